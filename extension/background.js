// Background (Chrome: module service worker; Firefox: module event page). Runs the same wasm
// for pages whose CSP stops the content script from compiling it, keeps the toolbar badge, and
// turns keyboard commands into messages to the tab. It makes no network request.
import init, { analyze } from './wasm/whosaid.js';

const api = globalThis.browser ?? globalThis.chrome;
let ready = null;

function core() {
  ready ??= init({ module_or_path: api.runtime.getURL('wasm/whosaid_bg.wasm') });
  return ready;
}

async function handle(msg, sender) {
  switch (msg?.type) {
    case 'analyze': {
      await core();
      return { json: analyze(String(msg.text)) };
    }
    case 'status': {
      const tabId = sender.tab?.id;
      if (tabId == null) return {};
      await api.action.setBadgeBackgroundColor({ tabId, color: '#1e5ac8' });
      await api.action.setBadgeText({ tabId, text: msg.on ? String(msg.count) : '' });
      await api.action.setTitle({
        tabId,
        title: msg.on ? `whosaid: ${msg.count} statement${msg.count === 1 ? '' : 's'} on this page` : 'whosaid: highlight who said what',
      });
      return {};
    }
    default:
      return null;
  }
}

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  // Only this extension's own content scripts and pages talk to it.
  if (sender.id !== api.runtime.id || !['analyze', 'status'].includes(msg?.type)) return false;
  handle(msg, sender).then(sendResponse, (e) => sendResponse({ error: String(e?.message || e) }));
  return true;
});

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
  if (command === 'toggle-highlights') return sendToTab(tab.id, { type: 'toggle' });
  if (command === 'next-statement') return sendToTab(tab.id, { type: 'next' });
  return null;
}
api.commands.onCommand.addListener(onCommand);
// The browser tests call this: headless browsers cannot press extension shortcuts.
globalThis.whosaidCommand = onCommand;
