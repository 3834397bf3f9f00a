// Content script: put into a tab by the popup or the shortcut (inject.js), or by itself on a site
// set to "always". It loads the shared modules and hands the page to shared/page.js, which reads
// the article, has the Rust core (wasm, shared/analyzer.js) analyse it and paints the result with
// the shared overlay. A classic script (content scripts cannot be modules): the modules are loaded
// with import() from web_accessible_resources.
(() => {
  // The page can put named elements on the window this script sees (DOM clobbering: <div
  // id="browser">, <img name="__whosaidLoaded">): take only the real extension API, and a marker
  // that no element can equal.
  const isApi = (o) => typeof o?.runtime?.sendMessage === 'function' && typeof o?.runtime?.getURL === 'function';
  const api = isApi(globalThis.browser) ? globalThis.browser : globalThis.chrome;
  // A second injection of this file into the same page must not start a second copy, unless the
  // first belongs to an extension since updated, reloaded or disabled: then this one takes over.
  const alive = () => typeof api?.runtime?.id === 'string';
  const previous = globalThis.__whosaidAlive;
  if (globalThis.__whosaidLoaded === true && typeof previous === 'function' && previous()) return;
  if (typeof globalThis.__whosaidStop === 'function') {
    try { globalThis.__whosaidStop(); } catch { /* the old copy is beyond reach */ }
  }
  let page = null; // shared/page.js Page, once the modules are here
  globalThis.__whosaidLoaded = true;
  globalThis.__whosaidAlive = alive;
  globalThis.__whosaidStop = () => page?.stop({ quiet: true });

  const log = (...a) => console.debug('[whosaid]', ...a);
  // Every shared module in one file, each under its name (scripts/content-modules.mjs writes it at
  // build time): in Chrome a module imported here cannot import another (shared/overlay.js), and
  // one import is one trip. page.js gets them all as `lib`; the core starts compiling at once.
  let loading = null; // a failed load is tried again at the next message
  function load() {
    const t0 = performance.now();
    loading ??= import(api.runtime.getURL('shared/content-modules.js')).then((lib) => {
      const core = lib.analyzer.startCore(api);
      core.catch(() => {}); // the analyser reads the failure: the background analyses instead
      page = new lib.page.Page(api, lib, { alive, log, loadMs: performance.now() - t0, core });
      return page;
    }, (e) => { loading = null; throw e; });
    return loading;
  }

  // Set as this script runs: the popup and the background send their message as soon as the
  // injection returns. Until the modules are here any message with a name is taken; after, only
  // the names of messages.js TAB. Errors stay here: they are answered, never thrown into the page.
  api.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
    if (typeof msg?.type !== 'string' || (page && !page.answers(msg))) return false;
    load().then((p) => (p.answers(msg) ? p.answer(msg) : null))
      .then(sendResponse, (e) => sendResponse({ error: String(e?.message || e) }));
    return true;
  });

  // The highlight styles at once, as this copy starts: adding any stylesheet restyles the whole
  // page (60-80 ms on a 5 MB article), best while the request's message is on its way. This
  // classic script cannot import messages.js: BACKGROUND.styles is the one message written out.
  api.runtime.sendMessage({ type: 'styles' }).catch((e) => log('could not add the styles:', e));
  load().then((p) => p.begin(), (e) => log('could not load the modules:', e));
})();
