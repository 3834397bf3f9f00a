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
  const url = (p) => api.runtime.getURL(p);
  // Asked of the background at once; both answers come long before they are needed. The highlight
  // styles, written into this frame under names drawn for this copy: adding any stylesheet
  // restyles the whole page (60-80 ms on a 5 MB article), best while the request's message is on
  // its way. And this site's choice, for the request that put this copy here. A classic script
  // cannot import messages.js: BACKGROUND.styles and .choice are the messages written out.
  const styled = api.runtime.sendMessage({ type: 'styles' })
    .then((r) => r?.names ?? null, (e) => { log('could not add the styles:', e); return null; });
  const chosen = api.runtime.sendMessage({ type: 'choice' }).catch(() => null);

  // Instance n of the core, once its wasm has compiled: a new URL for each, a new module record,
  // so fresh memory. Rejects where the page's CSP forbids wasm here (the background analyses
  // then). The first starts now, beside the modules' load: after it, it came ~12 ms later here.
  const startCore = async (n = 0) => {
    const wasm = await import(url('wasm/whosaid.js') + (n ? `?instance=${n}` : ''));
    await wasm.default({ module_or_path: url('wasm/whosaid_bg.wasm') });
    return wasm;
  };
  const core = startCore();
  core.catch(() => {}); // the analyser reads the failure: the background analyses instead

  // Every shared module in one file, each under its name (scripts/content-modules.mjs writes it at
  // build time): in Chrome a module imported here cannot import another (shared/overlay.js), and
  // one import is one trip. page.js gets them all as `lib`.
  let loading = null; // a failed load is tried again at the next message
  function load() {
    const t0 = performance.now();
    loading ??= import(url('shared/content-modules.js')).then((lib) => {
      page = new lib.page.Page(api, lib, { alive, log, loadMs: performance.now() - t0, core, startCore, styled, chosen });
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

  load().then((p) => p.begin(), (e) => log('could not load the modules:', e));
})();
