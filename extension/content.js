// Content script: idle until turned on (by the popup, the shortcut, or the site's "always" choice).
// Then it reads the article's text, has the Rust core (wasm) analyse it and paints the result with
// the shared overlay. A classic script (manifest content scripts cannot be modules): the modules
// are loaded with import() from web_accessible_resources only when first needed.
(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  // A second injection of this file into the same page must not start a second copy.
  if (globalThis.__whosaidLoaded) return;
  globalThis.__whosaidLoaded = true;

  const site = location.hostname;
  let active = null; // {overlay, observer, maps, known, root} while on
  let starting = null; // the promise of a start in progress
  let lastError = null;
  let analyzer = null;
  let mode = null; // 'content' (wasm here) or 'background' (page CSP forbids wasm here)

  const log = (...a) => console.debug('[whosaid]', ...a);
  const url = (p) => api.runtime.getURL(p);

  // The same wasm in the background, off the page's main thread.
  async function analyzeInBackground(text) {
    const r = await api.runtime.sendMessage({ type: 'analyze', text });
    if (!r || r.error) throw new Error(r?.error ?? 'no answer from the background');
    return JSON.parse(r.json);
  }
  // Texts this long go to the background even where the wasm runs here: one synchronous call on
  // them could hold the page's main thread past 50 ms.
  const BIG_TEXT = 100_000;

  // The analyser: wasm in this content script when the page lets it compile, else the same wasm in
  // the background (Chrome applies the page's CSP to content-script wasm, crbug 1385796).
  function getAnalyzer() {
    analyzer ??= (async () => {
      try {
        const wasm = await import(url('wasm/whosaid.js'));
        await wasm.default({ module_or_path: url('wasm/whosaid_bg.wasm') });
        mode = 'content';
        return (text) => (text.length > BIG_TEXT ? analyzeInBackground(text) : JSON.parse(wasm.analyze(text)));
      } catch (e) {
        log('wasm unavailable in the page, analysing in the background:', e?.message || e);
        mode = 'background';
        return analyzeInBackground;
      }
    })();
    return analyzer;
  }

  async function modules() {
    const [article, overlay] = await Promise.all([import(url('shared/article.js')), import(url('shared/overlay.js'))]);
    return { article, overlay };
  }

  function report() {
    const count = active?.overlay.count ?? 0;
    api.runtime.sendMessage({ type: 'status', on: !!active, count }).catch(() => {});
  }

  async function start() {
    if (active) return;
    if (starting) return starting;
    starting = (async () => {
      const t0 = performance.now();
      // The wasm compiles off the main thread while the page is read.
      const analyzing = getAnalyzer();
      const { article, overlay: ov } = await modules();
      const tm = performance.now();
      const root = article.findArticle(document);
      if (!root) throw new Error('no document body');
      const map = await article.collectText([root]);
      const analyze = await analyzing;
      const t1 = performance.now();
      const analysis = map.text.trim() ? await analyze(map.text) : { statements: [], parties: [] };
      const t2 = performance.now();
      const overlay = new ov.Overlay(document);
      overlay.add(analysis, map);
      const known = new Set(map.nodes);
      active = { overlay, root, maps: [map], known, article, pending: new Set(), timer: 0 };
      active.observer = observe(active, analyze);
      const t3 = performance.now();
      const timing = { load: tm - t0, read: t1 - tm, analyze: t2 - t1, paint: t3 - t2, total: t3 - t0, chars: map.text.length,
        mode: map.text.length > BIG_TEXT ? 'background' : mode };
      active.timing = timing;
      // When the highlights are on screen: the frame after they were registered (for the benchmark).
      requestAnimationFrame(() => setTimeout(() => { timing.painted = performance.now() - t0; }));
      report();
    })();
    try {
      await starting;
      lastError = null;
    } catch (e) {
      lastError = String(e?.message || e);
      log('could not start:', e);
    } finally {
      starting = null;
    }
  }

  // Text added later (live blogs, "read more", single-page sites) is read and analysed alone.
  // The overlay adds no node inside the article root, so these mutations are never our own.
  // When a single-page site swaps the article out, the whole new article is read afresh.
  function observe(state, analyze) {
    const mo = new MutationObserver((records) => {
      if (!state.root.isConnected) {
        if (!state.restart) state.restart = setTimeout(() => { if (active === state) { stop(); start(); } }, 500);
        return;
      }
      for (const r of records) {
        for (const n of r.addedNodes) {
          if ((n.nodeType === Node.TEXT_NODE || n.nodeType === Node.ELEMENT_NODE) && state.root.contains(n)) state.pending.add(n);
        }
      }
      if (state.pending.size && !state.timer) state.timer = setTimeout(() => scanAdded(state, analyze), 250);
    });
    mo.observe(document.body ?? state.root, { childList: true, subtree: true });
    return mo;
  }

  async function scanAdded(state, analyze) {
    state.timer = 0;
    // Only the outermost added nodes; a node inside another added one is read with it.
    const added = [...state.pending].filter((n) => n.isConnected);
    state.pending.clear();
    const roots = added.filter((n) => !added.some((m) => m !== n && m.contains(n)));
    if (!roots.length || active !== state) return;
    try {
      const map = await state.article.collectText(roots, { known: state.known });
      if (active !== state || !map.text.trim()) return;
      for (const n of map.nodes) state.known.add(n);
      const analysis = await analyze(map.text);
      if (active !== state) return;
      state.overlay.add(analysis, map);
      state.maps.push(map);
      report();
    } catch (e) {
      log('could not read added text:', e);
    }
  }

  function stop() {
    if (!active) return;
    const state = active;
    active = null;
    state.observer.disconnect();
    clearTimeout(state.timer);
    clearTimeout(state.restart);
    state.overlay.destroy();
    report();
  }

  async function choice() {
    const { sites = {} } = await api.storage.local.get('sites');
    return sites[site] ?? 'ask';
  }

  async function status() {
    return {
      on: !!active, busy: !!starting, error: lastError, site, choice: await choice(),
      count: active?.overlay.count ?? 0, mode, timing: active?.timing ?? null,
      groups: active ? active.overlay.summary() : [],
    };
  }

  const handlers = {
    async toggle(msg) {
      if (active) stop();
      else if (msg.force || (await choice()) !== 'never') await start();
      return status();
    },
    async activate(msg) {
      if (!active && (msg.force || (await choice()) !== 'never')) await start();
      return status();
    },
    async deactivate() { stop(); return status(); },
    status,
    async reveal(msg) { return { ok: !!active?.overlay.reveal(msg.key) }; },
    async next() {
      if (!active) await start();
      return { ok: !!active?.overlay.next() };
    },
    // For tests: the text read from the page and what the core returned, per batch.
    async debugText() {
      return active ? { texts: active.maps.map((m) => m.text) } : { texts: [] };
    },
  };

  api.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
    const h = msg && typeof msg.type === 'string' && Object.hasOwn(handlers, msg.type) ? handlers[msg.type] : null;
    if (!h) return false;
    // Errors stay here: they are answered, never thrown into the page.
    Promise.resolve().then(() => h(msg)).then(sendResponse, (e) => sendResponse({ error: String(e?.message || e) }));
    return true;
  });

  // The site's remembered choice: "always" turns highlights on by itself.
  choice().then((c) => { if (c === 'always') start(); }).catch((e) => log(e));
})();
