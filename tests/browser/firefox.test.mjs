// End-to-end tests in headless Firefox ESR with dist/firefox installed as a temporary add-on
// (geckodriver, W3C WebDriver). Outside traffic goes to a dead proxy that records it.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { suite } from './checks.mjs';
import { launchFirefoxTab, startServer, until } from './harness.mjs';

suite('firefox', async () => {
  const { proxy, b, main, pageTab } = await launchFirefoxTab();
  const extTab = async (path) => {
    const w = { handle: await b.openExtensionTab(path) };
    return {
      evalIn: async (expr) => {
        await b.switchTo(w.handle);
        try { return await b.exec(`return ${expr};`); } finally { await b.switchTo(main); }
      },
      // Picks an option with the keyboard, as a reader would (a trusted input: the page may ask
      // for a permission in its change handler).
      choose: async (selector, value) => {
        await b.switchTo(w.handle);
        try {
          await b.exec('document.querySelector(arguments[0]).focus();', [selector]);
          for (const key of ['\uE015', '\uE015', '\uE015', '\uE013', '\uE013', '\uE013']) { // down x3, then up x3
            if ((await b.exec('return document.querySelector(arguments[0]).value;', [selector])) === value) break;
            await b.s('POST', '/actions', { actions: [{ type: 'key', id: 'kbd', actions: [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }] }] });
          }
        } finally { await b.switchTo(main); }
      },
      screenshot: async (file) => {
        await b.switchTo(w.handle);
        try { await b.screenshot(file); } finally { await b.switchTo(main); }
      },
      close: async () => {
        await b.switchTo(w.handle);
        await b.s('DELETE', '/window');
        await b.switchTo(main);
      },
    };
  };
  return {
    open: async (url) => { await b.switchTo(main); await b.go(url); },
    // What the toolbar button or the shortcut does first: the content script goes into the tab.
    inject: () => b.inExtension('const m = await import("/inject.js"); await m.ensureInjected(browser, arguments[0]);', [pageTab]),
    send: (msg) => b.inExtension('return browser.tabs.sendMessage(arguments[0], arguments[1]);', [pageTab, msg]),
    evalPage: (expr) => b.exec(`return ${expr};`),
    hover: (x, y) => b.pointer(x, y),
    key: async (k) => {
      const value = { Enter: '\uE007', Escape: '\uE00C' }[k] ?? k;
      await b.s('POST', '/actions', { actions: [{ type: 'key', id: 'kbd', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }] });
    },
    screenshot: (file) => b.screenshot(file),
    storage: () => b.storage(),
    clearStorage: () => b.clearStorage(),
    popup: () => extTab(`popup.html?tab=${pageTab}`),
    badge: () => b.inExtension('return browser.action.getBadgeText({ tabId: arguments[0] });', [pageTab]),
    options: () => extTab('options.html'),
    // As an update does: the add-on reloads (from the browser chrome) while the page stays open.
    updateExtension: async () => { await b.reloadAddon(); return true; },
    networkMark: () => {
      const from = proxy.log.length;
      // Firefox's own services (remote settings) still call home despite the prefs; they are
      // the browser's traffic, not the extension's, and the dead proxy answers them nothing.
      const browserOwn = /^CONNECT [a-z0-9.-]+\.(mozilla\.(com|net|org)|firefox\.com|mozaws\.net):443 /;
      return () => proxy.log.slice(from).map((r) => r.line).filter((l) => !browserOwn.test(l));
    },
    close: async () => { await b.close(); await proxy.close(); },
  };
}, { cspMode: 'content' });

// A site the test build may not read (localhost; it may read 127.0.0.1): "always" asks for it, as a
// reader's click on the options page does (the prompt is answered yes by a pref), the content
// script is registered for it and a new load turns on by itself; "never" gives the permission back.
it('firefox: "always" asks for one site and turns it on as it loads; "never" gives it back', async () => {
  const srv = await startServer();
  const { proxy, b, main } = await launchFirefoxTab();
  const painted = async () => Object.values((await b.highlights()).highlights).flat().length;
  try {
    const url = `${srv.origin.replace('127.0.0.1', 'localhost')}/seed.html`;
    const origins = () => b.inExtension('return (await browser.permissions.getAll()).origins;');
    assert.ok(!(await origins()).some((o) => o.includes('localhost')), 'no permission for the site at first');
    const tab = await b.openExtensionTab('options.html');
    await b.switchTo(tab);
    await b.exec('document.getElementById("host").value = "localhost"; document.getElementById("newchoice").value = "always";');
    const add = await b.s('POST', '/element', { using: 'css selector', value: '#add button' });
    await b.s('POST', `/element/${Object.values(add)[0]}/click`, {});
    await b.switchTo(main);
    await until(async () => (await origins()).some((o) => o.includes('localhost')), 'the site granted');
    await b.go(url);
    await until(async () => (await painted()) > 0, 'highlights on the site without a click');
    // Never: the options page gives the permission back; a new load stays plain.
    await b.switchTo(tab);
    await b.exec('document.querySelector("#sites select").focus();');
    for (const key of ['\uE015', '\uE015']) {
      if ((await b.exec('return document.querySelector("#sites select").value;')) === 'never') break;
      await b.s('POST', '/actions', { actions: [{ type: 'key', id: 'kbd', actions: [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }] }] });
    }
    await b.switchTo(main);
    await until(async () => !(await origins()).some((o) => o.includes('localhost')), 'the permission given back');
    await b.go(`${url}?again`);
    await new Promise((ok) => setTimeout(ok, 1500));
    assert.equal(await painted(), 0, 'no highlights once "never"');
  } finally {
    await b.close();
    await proxy.close();
    await srv.close();
  }
});
