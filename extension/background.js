// Background (Chrome: module service worker; Firefox: module event page). Runs the same wasm
// for pages whose CSP stops the content script from compiling it, keeps the toolbar badge, puts
// the content script into the tab a keyboard command is for, and keeps it registered for the
// sites set to "always". It makes no network request.
import { addStyles, ensureInjected, syncAlways } from './inject.js';
import { plural } from './shared/analysis.js';
import { restartedError, trapMessage, wasmBlocks } from './shared/analyzer.js';
import { BACKGROUND, COMMANDS, choicesChanged, hideClasses, isOneOf } from './shared/messages.js';
import { randomNames } from './shared/paint.js';
import { choiceFor, onHiddenClassesChanged, onSitesChanged, readHiddenClasses } from './shared/settings.js';
import init, { __wbg_reset_state, analyze, take_panic } from './wasm/whosaid.js';
// test-only {
import { panic_for_test } from './wasm/whosaid.js';
// } test-only

const api = globalThis.browser ?? globalThis.chrome;
let ready = null;

// The content script reads no storage (it asks here for its own site's choice): in Chrome, none
// of it is readable from a page's process at all. (Firefox has no such setting for
// storage.local: there a content script could read the list of sites.)
(async () => api.storage.local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }))()
  .catch((e) => console.debug('[whosaid] could not keep storage from content scripts:', e));

function core() {
  ready ??= init({ module_or_path: api.runtime.getURL('wasm/whosaid_bg.wasm') });
  return ready;
}

/**
 * The analysis of `text`, parsed here so the tab receives it once (not as JSON to parse again on
 * its main thread). A trap in the core (a panic is `unreachable`) is answered as an error with
 * the panic's message, and the instance, whose memory may be half-updated, is replaced.
 */
function run(text, msg) {
  try {
    // test-only {
    if (msg.panicForTest === true) panic_for_test();
    // } test-only
    return { analysis: analyze(text, ...wasmBlocks(Array.isArray(msg.blocks) ? msg.blocks : null)) };
  } catch (e) {
    const message = trapMessage(e, { take_panic });
    if (message === null) return { error: String(e?.message || e) };
    console.debug('[whosaid] the analyser trapped:', message);
    try {
      __wbg_reset_state(); // a new instance of the compiled module, fresh memory
    } catch (r) {
      console.debug('[whosaid] could not restart the analyser:', r);
      ready = null;
    }
    return { error: restartedError(message), trapped: true };
  }
}

// The answers to shared/messages.js BACKGROUND, for the sender's own tab and page.
const handlers = {
  async [BACKGROUND.analyze](msg) {
    await core();
    return run(String(msg.text), msg);
  },
  async [BACKGROUND.begin](msg, sender) {
    // A new copy of the content script: the names it paints under, drawn for it, with its site's
    // choice and the hidden classes. Its styles go in when it asks (BACKGROUND.styles). The
    // core starts compiling here too: the copy's first analysis may come before its own has.
    core().catch(() => {});
    const [choice, hidden] = await Promise.all([choiceOf(sender), readHiddenClasses(api)]);
    return { names: randomNames(), choice, hidden };
  },
  async [BACKGROUND.styles](msg, sender) {
    // Into the sender's own frame only.
    const tabId = sender.tab?.id;
    if (tabId == null) return { error: 'no tab' };
    await addStyles(api, tabId, sender.frameId ?? 0, msg.names, msg.scope ?? null);
    return {};
  },
  async [BACKGROUND.choice](msg, sender) {
    return { choice: await choiceOf(sender) };
  },
  async [BACKGROUND.status](msg, sender) {
    const tabId = sender.tab?.id;
    if (tabId == null) return {};
    const failed = typeof msg.error === 'string' && msg.error;
    await api.action.setBadgeBackgroundColor({ tabId, color: failed ? '#b3261e' : '#1e5ac8' });
    await api.action.setBadgeText({ tabId, text: failed ? '!' : msg.on ? String(msg.count) : '' });
    await api.action.setTitle({
      tabId,
      title: failed ? `whosaid could not analyse this page: ${msg.error}`
        : msg.on ? `whosaid: ${plural(msg.count, 'statement')} on this page` : 'whosaid: highlight who said what',
    });
    return {};
  },
};

/** The reader's choice for the sender's own page, not a site the message names. */
async function choiceOf(sender) {
  let host = '';
  try { host = new URL(sender.url ?? sender.tab?.url ?? '').hostname; } catch { /* no page */ }
  return choiceFor(api, host);
}

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  // Only this extension's own content scripts and pages talk to it.
  if (sender.id !== api.runtime.id || !isOneOf(BACKGROUND, msg)) return false;
  handlers[msg.type](msg, sender).then(sendResponse, (e) => sendResponse({ error: String(e?.message || e) }));
  return true;
});

// The popup's class switches, from any tab: every copy of the content script hears of them (it
// cannot watch storage itself).
onHiddenClassesChanged(api, (hidden) => toEveryTab(hideClasses(hidden)));
// The per-site choices: every copy forgets the one it kept (the message names no site).
onSitesChanged(api, () => toEveryTab(choicesChanged()));

async function toEveryTab(msg) {
  for (const tab of await api.tabs.query({})) sendToTab(tab.id, msg);
}

async function sendToTab(tabId, msg) {
  try {
    return await api.tabs.sendMessage(tabId, msg);
  } catch {
    return null; // no content script here (browser pages, the store): nothing to do
  }
}

async function onCommand(command, tab) {
  tab ??= (await api.tabs.query({ active: true, currentWindow: true }))[0];
  if (!tab?.id) return null;
  const message = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : null;
  if (!message) return null;
  // The shortcut granted activeTab for this tab: the content script may go in now.
  try {
    await ensureInjected(api, tab.id);
  } catch {
    return null; // a page the extension may not read (browser pages, the store)
  }
  return sendToTab(tab.id, message());
}
api.commands.onCommand.addListener(onCommand);

// The sites set to "always": registered whenever the choices or the grants change (a grant can
// also be taken back in the browser's own settings), and at start.
const resync = () => syncAlways(api).catch((e) => console.debug('[whosaid] could not register for "always" sites:', e));
onSitesChanged(api, resync);
api.permissions.onAdded?.addListener(resync);
api.permissions.onRemoved?.addListener(resync);
api.runtime.onInstalled.addListener(resync);
api.runtime.onStartup.addListener(resync);
// test-only {
// The browser tests call these: headless browsers cannot press extension shortcuts or the
// toolbar button.
globalThis.whosaidCommand = onCommand;
globalThis.whosaidInject = (tabId) => ensureInjected(api, tabId);
// } test-only
