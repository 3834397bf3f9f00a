// Content script: put into a tab by the popup or the shortcut (inject.js), or by itself on a site
// set to "always". It hands the page to shared/page.js, which reads the article, has the Rust core
// (wasm, shared/analyzer.js) analyse it and paints the result with the shared overlay. A classic
// script (content scripts cannot be modules) that imports nothing: the build writes the shared
// modules and the wasm glue around this file (scripts/content-script.mjs), as the two functions
// below.
/* global sharedModules, wasmGlue -- written around this file by scripts/content-script.mjs */
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
  let page = null; // shared/page.js Page, once the modules are evaluated
  globalThis.__whosaidLoaded = true;
  globalThis.__whosaidAlive = alive;
  globalThis.__whosaidStop = () => page?.stop({ quiet: true });

  const log = (...a) => console.debug('[whosaid]', ...a);
  // One message to the background at once, answered long before it is needed: the names this
  // copy paints under, drawn for it, this site's choice, and the cue classes switched off (the
  // styles go in once the article is found: shared/page.js). A classic script cannot import
  // messages.js: BACKGROUND.begin written out.
  const first = api.runtime.sendMessage({ type: 'begin' })
    .catch((e) => { log('could not ask the background:', e); return null; });

  // The wasm, fetched and compiled when the first instance of the core is asked for: after the
  // first painting (shared/analyzer.js), whose analysis the background's compiled core answers
  // sooner. Fetching and compiling it here as the copy began held the page's main thread 4-5 ms
  // more while the article was read (Chromium trace, guardian-1). Each instance of the core is made from it with a fresh copy
  // of the glue (fresh memory). Rejects where the page's CSP forbids wasm here (the background
  // analyses then).
  let compiled = null;
  const startCore = async () => {
    // eslint-disable-next-line no-restricted-globals -- the extension's own file, not the network
    compiled ??= WebAssembly.compileStreaming(fetch(api.runtime.getURL('wasm/whosaid_bg.wasm')));
    const wasm = wasmGlue();
    await wasm.default({ module_or_path: await compiled });
    return wasm;
  };

  // The shared modules, evaluated at the first message or as this copy begins, whichever comes
  // first. One that failed is tried again at the next message.
  function load() {
    if (!page) {
      const t0 = performance.now();
      const lib = sharedModules();
      page = new lib.page.Page(api, lib, { alive, log, loadMs: performance.now() - t0, startCore, first });
    }
    return page;
  }

  // Set as this script runs: the popup and the background send their message as soon as the
  // injection returns. Until the modules are here any message with a name is taken; after, only
  // the names of messages.js TAB. Errors stay here: they are answered, never thrown into the page.
  api.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
    if (typeof msg?.type !== 'string' || (page && !page.answers(msg))) return false;
    Promise.resolve().then(() => {
      const p = load();
      return p.answers(msg) ? p.answer(msg) : null;
    }).then(sendResponse, (e) => sendResponse({ error: String(e?.message || e) }));
    return true;
  });

  try {
    load().begin();
  } catch (e) {
    log('could not load the modules:', e);
  }
})();
