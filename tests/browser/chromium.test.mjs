// End-to-end tests in headless Chromium with dist/chrome loaded (playwright-core, /usr/bin/chromium).
/* global chrome -- inside functions evaluated in the extension's service worker */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { suite } from './checks.mjs';
import { DIST, filesUnder, launchChromium, startServer, until } from './harness.mjs';

suite('chromium', async (origin) => {
  const b = await launchChromium();
  const { page, tabId, ...tab } = await b.tab();
  const extPage = async (path) => {
    const p = await b.context.newPage();
    await p.goto(`chrome-extension://${b.extId}/${path}`);
    if (path.startsWith('popup')) await p.setViewportSize({ width: 420, height: 600 });
    return {
      evalIn: (expr) => p.evaluate(expr),
      // Picks an option with the keyboard, as a reader would: a trusted input, so the page may
      // ask for a permission in its change handler.
      choose: async (selector, value) => {
        await p.focus(selector);
        for (let i = 0; i < 4 && (await p.$eval(selector, (e) => e.value)) !== value; i++) await p.keyboard.press('ArrowDown');
        for (let i = 0; i < 4 && (await p.$eval(selector, (e) => e.value)) !== value; i++) await p.keyboard.press('ArrowUp');
      },
      screenshot: (file) => p.screenshot({ path: file }),
      close: async () => { await p.close(); await page.bringToFront(); },
    };
  };
  return {
    ...tab,
    hover: (x, y) => page.mouse.move(x, y),
    key: (k) => page.keyboard.press(k),
    screenshot: (file) => page.screenshot({ path: file }),
    forcedColors: (on) => page.emulateMedia({ forcedColors: on ? 'active' : 'none' }),
    storage: () => b.worker.evaluate(() => chrome.storage.local.get(null)),
    clearStorage: () => b.worker.evaluate(() => chrome.storage.local.clear()),
    popup: async () => extPage(`popup.html?tab=${await tabId()}`),
    // The shortcut's handler, as the browser would call it for the active tab.
    command: async (name) => {
      const id = await tabId();
      return b.worker.evaluate(([n, tab]) => globalThis.whosaidCommand(n, { id: tab }), [name, id]);
    },
    options: () => extPage('options.html'),
    // runtime.reload(), as an update begins; an extension loaded with --load-extension does not
    // come back from it here, so to the page this is a disable. False: it is gone.
    updateExtension: async () => {
      await b.worker.evaluate(() => { chrome.runtime.reload(); }).catch(() => {});
      await page.bringToFront();
      return false;
    },
    networkMark: () => {
      const from = b.requests.length;
      return () => {
        const seen = b.requests.slice(from);
        // The extension's own loads (content script and service worker) must show up here, or the
        // observer is blind and an empty list would prove nothing.
        if (!seen.some((u) => u.endsWith('/wasm/whosaid_bg.wasm'))) return ['(no extension request observed: the request observer is blind)'];
        // The extension's own files load from its fixed id or, for the page's content script,
        // from the session's dynamic id (use_dynamic_url): chrome-extension:// never leaves.
        return seen.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('chrome-extension://'));
      };
    },
    close: () => b.close(),
  };
}, { cspMode: 'background' });

it('the shipped code has no network API but the wasm loader fetching its own file', () => {
  const hits = [];
  for (const [rel, bytes] of filesUnder(DIST.chrome).filter(([f]) => f.endsWith('.js'))) {
    for (const m of bytes.toString('utf8').matchAll(/\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon|RTCPeerConnection|importScripts)\s*\(/g)) hits.push(`${rel}: ${m[1]}`);
  }
  // wasm-bindgen's loader fetches the module_or_path it is given: always the extension's own wasm
  // URL. The content script fetches that file to compile it, and carries a copy of the loader
  // (scripts/content-script.mjs), which it gives the compiled module: no URL.
  assert.deepEqual(hits, ['content.js: fetch', 'content.js: fetch', 'wasm/whosaid.js: fetch']);
});

// The content script asks the service worker for its site's choice and reads no storage itself:
// none of it is readable from a page's process (issue 16, finding 8: a page's renderer holds
// nothing of the list of sites). Run in the content script's own world, through the DevTools
// protocol, as a compromised renderer could.
it('chromium: the content script cannot read the extension\'s storage (the list of sites)', async () => {
  const srv = await startServer();
  const b = await launchChromium();
  try {
    await b.storage({ sites: { 'example.org': 'never' } });
    const page = await b.newPage(`${srv.origin}/seed.html`);
    const cdp = await b.context.newCDPSession(page);
    const worlds = [];
    cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
    await b.worker.evaluate((t) => globalThis.whosaidInject(t), await b.tabId(page));
    await cdp.send('Runtime.enable');
    const world = await until(() => worlds.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(b.extId)) ?? worlds.find((c) => c.auxData?.type === 'isolated'), 'the content script\'s world');
    const r = await cdp.send('Runtime.evaluate', {
      contextId: world.id, awaitPromise: true, returnByValue: true,
      expression: '(async () => { try { return JSON.stringify(await chrome.storage.local.get(null)); } catch (e) { return `refused: ${e.message}`; } })()',
    });
    assert.ok(r.result?.value, `an answer from the content script's world: ${JSON.stringify(r)}`);
    assert.match(r.result.value, /^refused: /, `storage read from a page's process: ${r.result.value}`);
  } finally {
    await b.close();
    await srv.close();
  }
});
