// Content script: put into a tab by the popup or the shortcut (inject.js), or by itself on a site
// set to "always". It reads the article's text, has the Rust core (wasm) analyse it and paints the
// result with the shared overlay. A classic script (content scripts cannot be modules): the modules
// are loaded with import() from web_accessible_resources.
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
  globalThis.__whosaidLoaded = true;
  globalThis.__whosaidAlive = alive;
  globalThis.__whosaidStop = () => stop({ quiet: true });

  const site = location.hostname;
  let active = null; // {overlay, observer, known, root, …} while on
  let starting = null; // the promise of a start in progress
  let lastError = null;
  let analyzer = null;
  let mode = null; // 'content' (wasm here) or 'background' (page CSP forbids wasm here)
  let instances = 0; // wasm instances made here: a trapped one is replaced by a fresh one
  // test-only {
  let panicNext = false; // the next analysis runs the core's panic_for_test instead
  // } test-only
  // What the page made us do (the test build reports it): observer callbacks, scans of added text,
  // core calls, and the main-thread time spent in them.
  const stats = { mutations: 0, scans: 0, analyses: 0, busyMs: 0, restarts: 0, uncaught: 0 };

  const log = (...a) => console.debug('[whosaid]', ...a);
  const url = (p) => api.runtime.getURL(p);
  // test-only {
  // For the tests: errors of this extension's code that nothing caught. (Firefox shows content
  // scripts the page's events too: only those thrown from the extension's files count.)
  const ours = (stack) => typeof stack === 'string' && stack.includes(url(''));
  addEventListener('error', (e) => { if (ours(e.filename) || ours(e.error?.stack)) stats.uncaught++; });
  addEventListener('unhandledrejection', (e) => { if (ours(e.reason?.stack)) stats.uncaught++; });
  // } test-only

  /** The core failed in a way that leaves its instance unusable (a panic or another trap). */
  class CoreFailure extends Error {}

  // The same wasm in the background, off the page's main thread.
  async function analyzeInBackground(text) {
    const msg = { type: 'analyze', text };
    // test-only {
    if (panicNext) msg.panicForTest = true;
    panicNext = false;
    // } test-only
    stats.analyses++;
    const r = await api.runtime.sendMessage(msg);
    if (!r || r.error) {
      const E = r?.trapped ? CoreFailure : Error;
      throw new E(r?.error ?? 'no answer from the background');
    }
    return r.analysis;
  }
  // Texts this long go to the background even where the wasm runs here: one synchronous call on
  // them could hold the page's main thread past 50 ms.
  const BIG_TEXT = 100_000;
  // Texts longer than this are analysed in slices (cut between blocks, article.js TextMap.split):
  // each answer is then small enough to receive and paint in short tasks. Far above any article.
  const SLICE = 250_000;

  // A trap (a panic is `unreachable`) leaves the instance's memory half-updated: its message is
  // read from the panic hook, the instance dropped, and the next analysis makes a fresh one.
  function guarded(wasm) {
    return (text) => {
      stats.analyses++;
      try {
        // test-only {
        const panic = panicNext;
        panicNext = false;
        if (panic) wasm.panic_for_test();
        // } test-only
        return JSON.parse(wasm.analyze(text));
      } catch (e) {
        if (!(e instanceof WebAssembly.RuntimeError)) throw e;
        let message = null;
        try { message = wasm.take_panic(); } catch { /* the instance is beyond reading */ }
        analyzer = null;
        throw new CoreFailure(`the analyser failed (${message ?? e.message}); it has been restarted`);
      }
    };
  }

  // The analyser: wasm in this content script when the page lets it compile, else the same wasm in
  // the background (Chrome applies the page's CSP to content-script wasm, crbug 1385796).
  function getAnalyzer() {
    analyzer ??= (async () => {
      try {
        // A new URL for each instance: a new module record, so a fresh instance and memory.
        const n = instances++;
        const wasm = await import(url('wasm/whosaid.js') + (n ? `?instance=${n}` : ''));
        await wasm.default({ module_or_path: url('wasm/whosaid_bg.wasm') });
        mode = 'content';
        const run = guarded(wasm);
        return (text, { big = false } = {}) => (big || text.length > BIG_TEXT ? analyzeInBackground(text) : run(text));
      } catch (e) {
        log('wasm unavailable in the page, analysing in the background:', e?.message || e);
        mode = 'background';
        return analyzeInBackground;
      }
    })();
    return analyzer;
  }

  /** Analyses a map in slices and paints each as it comes; returns the maps painted. */
  async function analyzeAndPaint(map, analyze, overlay, inSlices, timing) {
    const done = [];
    for (const slice of map.split(SLICE)) {
      const t0 = performance.now();
      // Every slice of a big text goes to the background, the last short one too.
      const analysis = slice.text.trim() ? await analyze(slice.text, { big: map.length > BIG_TEXT }) : { statements: [], parties: [] };
      const t1 = performance.now();
      await inSlices(overlay.adding(analysis, slice));
      if (timing) {
        timing.analyze += t1 - t0;
        timing.paint += performance.now() - t1;
      }
      done.push(slice);
    }
    return done;
  }

  let loading = null; // the shared modules, once asked for (a failed load is tried again)
  function modules() {
    // Each by its own URL, all at once: in Chrome a module imported here cannot import another
    // (shared/overlay.js), so the overlay's parts are handed to it.
    const names = ['article', 'overlay', 'analysis', 'paint', 'pointer', 'tooltip'];
    loading ??= Promise.all(names.map((n) => import(url(`shared/${n}.js`))))
      .then((mods) => Object.fromEntries(names.map((n, i) => [n, mods[i]])), (e) => { loading = null; throw e; });
    return loading;
  }

  function report() {
    const count = active?.overlay.count ?? 0;
    api.runtime.sendMessage({ type: 'status', on: !!active, count, error: lastError }).catch(() => {});
  }

  async function start() {
    if (active) return;
    if (starting) return starting;
    starting = (async () => {
      const t0 = performance.now();
      // The wasm compiles off the main thread while the page is read.
      const analyzing = getAnalyzer();
      const lib = await modules();
      const { article, overlay: ov } = lib;
      const tm = performance.now();
      const root = await article.findArticleInSlices(document);
      if (!root) throw new Error('no document body');
      await article.untilShown(root);
      const map = await article.collectText([root]);
      await analyzing;
      // Through getAnalyzer() each time: after a trap it makes a fresh instance.
      const analyze = async (text, opts) => (await getAnalyzer())(text, opts);
      const t1 = performance.now();
      const timing = { startedAt: t0, load: tm - t0, read: t1 - tm, analyze: 0, paint: 0, chars: map.length,
        mode: map.length > BIG_TEXT ? 'background' : mode };
      // An overlay left by an extension since updated or disabled removes itself at the next
      // pointer move instead of answering it.
      const overlay = new ov.Overlay(document, lib, { alive });
      let maps;
      try {
        maps = await analyzeAndPaint(map, analyze, overlay, article.inSlices, timing);
      } catch (e) {
        // Nothing half-painted stays on the page.
        overlay.destroy();
        throw e;
      }
      // Removed nodes are not kept alive by being known.
      const known = new WeakSet(map.nodes);
      active = { overlay, root, known, article, pending: new Set(), timer: 0, idle: 0 };
      // test-only {
      active.maps = maps; // what debugText answers
      // } test-only
      active.observer = observe(active, analyze);
      const t3 = performance.now();
      timing.total = t3 - t0;
      active.timing = timing;
      // When the highlights are on screen: the frame after they were registered (for the benchmark).
      requestAnimationFrame(() => setTimeout(() => { timing.painted = performance.now() - t0; }));
    })();
    try {
      await starting;
      lastError = null;
    } catch (e) {
      lastError = String(e?.message || e);
      log('could not start:', e);
    } finally {
      starting = null;
      report();
    }
  }

  // Text added later (live blogs, "read more", single-page sites) is read and analysed alone.
  // The overlay adds no node inside the article root, so these mutations are never our own.
  // When a single-page site swaps the article out, the whole new article is read afresh.
  // A page that changes all the time (a ticking clock, rotating teasers) gets scanned less and
  // less often while its changes hold no statement: 250 ms, doubling up to 4 s.
  const SCAN_DELAY = 250, MAX_SCAN_DELAY = 4000;
  let recentRestarts = 0, lastRestart = -Infinity;
  function observe(state, analyze) {
    const mo = new MutationObserver((records) => {
      // The extension was updated, reloaded or disabled while on: this copy stops.
      if (!alive()) { stop({ quiet: true }); return; }
      const t0 = performance.now();
      stats.mutations++;
      if (!state.root.isConnected) {
        if (!state.restart) {
          // A page that keeps swapping its article out is re-read less and less often too (a
          // site navigated by hand, a swap more than 30 s after the last, starts again at 500 ms).
          if (performance.now() - lastRestart > 30_000) recentRestarts = 0;
          const delay = Math.min(500 * 2 ** recentRestarts, 8000);
          state.restart = setTimeout(() => {
            if (active !== state) return;
            stats.restarts++;
            recentRestarts++;
            lastRestart = performance.now();
            stop();
            start();
          }, delay);
        }
        stats.busyMs += performance.now() - t0;
        return;
      }
      for (const r of records) {
        if (r.removedNodes.length) state.removed = true;
        for (const n of r.addedNodes) {
          if ((n.nodeType === Node.TEXT_NODE || n.nodeType === Node.ELEMENT_NODE) && state.root.contains(n)) state.pending.add(n);
        }
      }
      if ((state.pending.size || state.removed) && !state.timer) {
        state.timer = setTimeout(() => scanAdded(state, analyze), Math.min(SCAN_DELAY * 2 ** state.idle, MAX_SCAN_DELAY));
      }
      stats.busyMs += performance.now() - t0;
    });
    mo.observe(document.body ?? state.root, { childList: true, subtree: true });
    return mo;
  }

  async function scanAdded(state, analyze) {
    state.timer = 0;
    let t = performance.now();
    const busy = () => { stats.busyMs += performance.now() - t; };
    stats.scans++;
    // Statements whose text left the page are forgotten first.
    if (state.removed) {
      state.removed = false;
      if (active === state && state.overlay.prune()) report();
    }
    // Only the outermost added nodes; a node inside another added one is read with it. (Each
    // node's ancestors are looked up in the set: linear in the nodes added, where comparing
    // every pair took seconds for a page that adds 10,000 nodes one at a time.)
    const added = new Set([...state.pending].filter((n) => n.isConnected));
    state.pending.clear();
    const roots = [...added].filter((n) => {
      for (let a = n.parentNode; a; a = a.parentNode) if (added.has(a)) return false;
      return true;
    });
    if (!roots.length || active !== state) return busy();
    try {
      busy();
      const map = await state.article.collectText(roots, { known: state.known });
      t = performance.now();
      if (active !== state || !map.text.trim()) return busy();
      for (const n of map.nodes) state.known.add(n);
      const before = state.overlay.count;
      busy();
      const maps = await analyzeAndPaint(map, analyze, state.overlay, state.article.inSlices, null);
      t = performance.now();
      if (active !== state) return busy();
      const found = state.overlay.count > before;
      state.idle = found ? 0 : state.idle + 1;
      // test-only {
      // Text without statements is not kept: a clock ticking for hours must not pile up maps.
      if (found) state.maps.push(...maps);
      // } test-only
      report();
      busy();
    } catch (e) {
      busy();
      log('could not read added text:', e);
      if (e instanceof CoreFailure) {
        lastError = e.message;
        report();
      }
    }
  }

  /** Turns highlights off. `quiet`: the extension is gone (updated, disabled): tell nobody. */
  function stop({ quiet = false } = {}) {
    if (!active) return;
    const state = active;
    active = null;
    state.observer.disconnect();
    clearTimeout(state.timer);
    clearTimeout(state.restart);
    state.overlay.destroy();
    if (!quiet) report();
  }

  // This site's remembered choice, asked of the background: the page's process never holds the
  // list of every site the reader has set.
  async function choice() {
    const r = await api.runtime.sendMessage({ type: 'choice' });
    return r?.choice ?? 'ask';
  }

  async function status() {
    return {
      on: !!active, busy: !!starting, error: lastError, site, choice: await choice(),
      count: active?.overlay.count ?? 0, mode, timing: active?.timing ?? null,
      // At most 300 statements listed (every party counted): on a page of thousands the answer
      // stays small and quick to send.
      groups: active ? active.overlay.summary({ limit: 100, total: 300 }) : [],
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
      // The shortcut obeys "never" as the toggle does.
      if (!active && (await choice()) !== 'never') await start();
      return { ok: !!active?.overlay.next() };
    },
    // test-only {
    // For tests: the text read from the page per batch, and what the page made us do.
    async debugText() {
      return { texts: active ? active.maps.map((m) => m.text) : [], stats: { ...stats }, instances };
    },
    // For tests: how many statements there are, how many are registered for painting, and how
    // many lie within a screen of the viewport by measuring every one (what windowing must match).
    async debugPainted() {
      if (!active) return null;
      const ov = active.overlay;
      const h = innerHeight;
      const near = ov.items.filter((it) => {
        const r = it.range.getBoundingClientRect();
        return r.bottom >= -h && r.top <= 2 * h;
      });
      const { painted, windowed, limit } = ov.painter;
      return { count: ov.count, painted: painted.size, windowed, near: near.length,
        nearPainted: near.filter((it) => painted.has(it)).length, limit };
    },
    // For tests: the next analysis panics inside the core (see src/wasm.rs panic_for_test).
    // For tests: the tooltip (its shadow root is closed to the page), and focus on its nth button.
    async debugTip(msg) {
      if (!active) return null;
      if (Number.isInteger(msg.focus)) return { focused: active.overlay.focusTipButton(msg.focus) };
      return active.overlay.inspectTip();
    },
    async debugPanicNext() {
      panicNext = true;
      return { ok: true };
    },
    // } test-only
  };

  api.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
    const h = msg && typeof msg.type === 'string' && Object.hasOwn(handlers, msg.type) ? handlers[msg.type] : null;
    if (!h) return false;
    // Errors stay here: they are answered, never thrown into the page.
    Promise.resolve().then(() => h(msg)).then(sendResponse, (e) => sendResponse({ error: String(e?.message || e) }));
    return true;
  });

  // This copy is here because the reader asked (the button, a shortcut) or chose "always": its
  // styles, the modules and the wasm are fetched now, while the request's message is on its way.
  api.runtime.sendMessage({ type: 'styles' }).catch((e) => log('could not add the styles:', e));
  modules().catch((e) => log('could not load the modules:', e));
  getAnalyzer();
  // Registered for an "always" site, this copy starts by itself; injected on request, it waits for
  // the request's message (the choice says so either way).
  choice().then((c) => { if (c === 'always') start(); }).catch((e) => log(e));
})();
