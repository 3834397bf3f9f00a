// The analyser: the Rust core (wasm) run on a page's text. In the content script when the page lets
// wasm compile there, else (and for long texts) in the background; a trap in the core (a panic is
// `unreachable`) replaces the instance; texts far longer than any article are analysed in slices,
// each painted as it comes. The background takes trapMessage and restartedError from here too.
// It imports nothing: the content script hands it the other modules (see overlay.js).

// Texts this long go to the background even where the wasm runs here: one synchronous call on
// them could hold the page's main thread past 50 ms.
export const BIG_TEXT = 100_000;
// Texts longer than this are analysed in slices (cut between blocks, article.js TextMap.split):
// each answer is then small enough to receive and paint in short tasks. Far above any article.
export const SLICE = 250_000;

/**
 * The wasm core's arguments for `blocks` ([{start, end, kind}], article.js TextMap.blockKinds):
 * their offsets in one array and their kinds in another (src/wasm.rs), or none.
 */
export const wasmBlocks = (blocks) => (blocks ? [blocks.flatMap((b) => [b.start, b.end]), blocks.map((b) => b.kind)] : []);

/** The core failed in a way that leaves its instance unusable (a panic or another trap). */
export class CoreFailure extends Error {}

/**
 * For an error the core threw: null when it is no trap (the instance is fine), else what the
 * panic hook kept of the panic's message, or the trap's own. `wasm`: the instance's bindings.
 */
export function trapMessage(e, wasm) {
  if (!(e instanceof WebAssembly.RuntimeError)) return null;
  let message = null;
  try { message = wasm.take_panic(); } catch { /* the instance is beyond reading */ }
  return message ?? e.message;
}

/** What a reader is told of a trap: the instance, whose memory may be half-updated, was replaced. */
export const restartedError = (message) => `the analyser failed (${message}); it has been restarted`;

export class Analyzer {
  /**
   * For one copy of the content script. `lib`: the shared modules (analysis, article, messages);
   * `stats`: the counters the test build reports (analyses); `startCore()`: starts a fresh
   * instance of the core here (content.js), rejecting where the page's CSP forbids wasm.
   */
  constructor(api, lib, stats, log, { startCore }) {
    Object.assign(this, { api, lib, stats, log, startCore });
    this.ready = null; // the promise of the analyse function in use
    // 'content' (wasm here) or 'background' (page CSP forbids wasm here); null until the wasm
    // here has compiled or failed to
    this.mode = null;
    this.instances = 0; // wasm instances made here: a trapped one is replaced by a fresh one
    this.here = false; // whether the analyse function in use is ready (else an analysis waits for it)
    this.ranIn = null; // where the last analysis ran: 'content' or 'background'
    // test-only {
    this.panicNext = false; // the next analysis runs the core's panic_for_test instead
    // } test-only
  }

  /** The same wasm in the background, off the page's main thread. */
  async #inBackground(text, blocks) {
    const msg = this.lib.messages.analyzeText(text, blocks);
    // test-only {
    if (this.panicNext) msg.panicForTest = true;
    this.panicNext = false;
    // } test-only
    this.stats.analyses++;
    this.ranIn = 'background';
    const r = await this.api.runtime.sendMessage(msg);
    if (!r || r.error) {
      const E = r?.trapped ? CoreFailure : Error;
      throw new E(r?.error ?? 'no answer from the background');
    }
    return r.analysis;
  }

  // A trap leaves the instance's memory half-updated: its message is read from the panic hook,
  // the instance dropped, and the next analysis makes a fresh one.
  #guarded(wasm) {
    return (text, blocks) => {
      this.stats.analyses++;
      this.ranIn = 'content';
      try {
        // test-only {
        const panic = this.panicNext;
        this.panicNext = false;
        if (panic) wasm.panic_for_test();
        // } test-only
        return wasm.analyze(text, ...wasmBlocks(blocks));
      } catch (e) {
        const message = trapMessage(e, wasm);
        if (message === null) throw e;
        this.ready = null;
        this.here = false;
        throw new CoreFailure(restartedError(message));
      }
    };
  }

  /**
   * The analyse function, (text, {big, blocks}) → analysis: wasm in this content script when the page
   * lets it compile, else the same wasm in the background (Chrome applies the page's CSP to
   * content-script wasm, crbug 1385796). Made at the first call and again after a trap.
   */
  get() {
    this.ready ??= (async () => {
      try {
        this.instances++;
        const wasm = await this.startCore();
        this.mode = 'content';
        const run = this.#guarded(wasm);
        this.here = true;
        return (text, { big = false, blocks } = {}) =>
          (big || text.length > BIG_TEXT ? this.#inBackground(text, blocks) : run(text, blocks));
      } catch (e) {
        this.log('wasm unavailable in the page, analysing in the background:', e?.message || e);
        this.mode = 'background';
        return (text, { blocks } = {}) => this.#inBackground(text, blocks);
      }
    })();
    return this.ready;
  }

  /**
   * Analyses `text` with the analyser in use (after a trap, a fresh one). `opts.blocks`: the
   * blocks read with it (article.js TextMap.blockKinds), or undefined.
   */
  async analyze(text, opts) {
    // The copy's first analysis, and those while its own wasm compiles (20-30 ms on a long article
    // in Chromium), go to the background's, compiled as the copy began: it answers sooner, and the
    // page's main thread reads the article meanwhile. The copy's own core is asked for after the
    // first painting (page.js), or here after a trap dropped it.
    if (!this.here && (this.ready || !this.instances) && text.length <= BIG_TEXT) return this.#inBackground(text, opts?.blocks);
    return (await this.get())(text, opts);
  }

  /**
   * Analyses a map (article.js TextMap) in slices and paints each on `overlay` as it comes;
   * returns the maps painted. `timing` ({analyze, paint}, or null) adds up the time of each.
   * `analysis`: the map's, when it was analysed already (a map of one slice).
   */
  async paint(map, overlay, timing, analysis = null) {
    const { article } = this.lib;
    const done = [];
    for (const slice of map.split(SLICE)) {
      // A page far longer than any article is read as plain text: its blocks' kinds, sent along
      // with every slice, cost the page's main thread long tasks in Chromium (a 5 MB page of
      // sections: tasks of 100-500 ms, none without them) for nothing an article needs.
      if (map.length > BIG_TEXT) slice.blocks.length = 0;
      const t0 = performance.now();
      // Every slice of a big text goes to the background, the last short one too.
      const result = analysis && slice === map ? analysis
        : slice.text.trim() ? await this.analyze(slice.text, { big: map.length > BIG_TEXT, blocks: slice.blockKinds })
          : this.lib.analysis.empty();
      const t1 = performance.now();
      await article.inSlices(overlay.adding(result, slice));
      if (timing) {
        timing.analyze += t1 - t0;
        timing.paint += performance.now() - t1;
      }
      done.push(slice);
    }
    return done;
  }
}
