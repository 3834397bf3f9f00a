// whosaid on one page, for the content script (content.js): turning highlights on (find the
// article, read it, analyse, paint) and off, the status it reports to the background's badge, and
// the answers to the messages a tab receives (messages.js TAB). It imports nothing: content.js
// hands it every shared module as `lib` (see overlay.js).

// The article found as a copy begins is read, when the request comes within this long, without
// looking for it again.
const FRESH_MS = 1000;

export class Page {
  /**
   * `api`: the extension API; `lib`: the shared modules by name (analysis, analyzer, article,
   * messages, overlay, paint, pointer, settings, tooltip, watch); `alive()`: false once the
   * extension that put this copy here was updated, reloaded or disabled. `loadMs`: how long the
   * modules took to evaluate (timing.load of the first start; the modules are there for the next);
   * `startCore()`: see analyzer.js Analyzer. `first`: the background's answer to the copy's first
   * message (messages.js BACKGROUND.begin: the names it paints under, this site's choice, the
   * hidden cue classes), or null.
   */
  constructor(api, lib, { alive, log, loadMs = 0, startCore, first = null }) {
    this.api = api;
    this.lib = lib;
    this.alive = alive;
    this.log = log;
    this.loadMs = loadMs;
    this.site = location.hostname;
    this.active = null; // {overlay, root, known, watcher, timing, …} while on
    this.starting = null; // the promise of a start in progress
    this.lastError = null;
    // What the page made us do (the test build reports it): observer callbacks, scans of added
    // text, core calls, and the main-thread time spent in them.
    this.stats = { mutations: 0, scans: 0, analyses: 0, busyMs: 0, restarts: 0, uncaught: 0 };
    this.analyzer = new lib.analyzer.Analyzer(api, lib, this.stats, log, { startCore });
    const answer = Promise.resolve(first).then((r) => r ?? {});
    // Names no page can guess (paint.js), drawn here if the background could not answer.
    this.names = answer.then((r) => r.names ?? lib.paint.randomNames());
    // The highlight styles asked for ([style]): {el, ready}, every highlight under `el` styled
    // once `ready` resolves.
    this.styles = null;
    this.prepared = null; // the article found as the copy began ([begin])
    this.chosen = answer.then((r) => r.choice ?? this.#askChoice()); // see [choice]
    this.restarts = { recent: 0, last: -Infinity }; // article swaps re-read lately
    this.hidden = []; // cue classes the reader switched off (settings.js), applied to each overlay
    // From the background, which also tells of later changes (TAB.classes): a content script
    // reads no storage.
    this.hiddenRead = answer.then((r) => this.hideClasses(r.hidden));
    // test-only {
    // For the tests: errors of this extension's code that nothing caught. (Firefox shows content
    // scripts the page's events too: only those thrown from the extension's files count.)
    const ours = (stack) => typeof stack === 'string' && stack.includes(api.runtime.getURL(''));
    addEventListener('error', (e) => { if (ours(e.filename) || ours(e.error?.stack)) this.stats.uncaught++; });
    addEventListener('unhandledrejection', (e) => { if (ours(e.reason?.stack)) this.stats.uncaught++; });
    // } test-only
  }

  /**
   * This copy is here because the reader asked (the button, a shortcut) or chose "always": the
   * background's answer is on its way (content.js asked for the names and the choice), as is
   * the request's message. Registered for an "always" site, it starts by itself; injected on
   * request, it waits for the request's message (the choice says so either way).
   */
  begin() {
    const { settings } = this.lib;
    this.prepared = this.#prepare();
    this.choice().then((c) => { if (c === settings.ALWAYS) this.start(); }).catch((e) => this.log(e));
  }

  /**
   * Finds the article, and unless the site is set to "never" asks for its highlight styles (the
   * restyle that adding them causes is then over, or under way, when the request comes) and
   * reads and analyses it ahead ([readAhead]). Resolves to {reading, at, ahead} (article.js
   * Reading, or null; when it was found; [readAhead]'s answer, or null).
   */
  async #prepare() {
    try {
      const reading = await this.lib.article.readArticleInSlices(document);
      const at = performance.now();
      if (!reading || (await this.choice()) === this.lib.settings.NEVER) return { reading, at, ahead: null };
      this.#style(reading.root);
      return { reading, at, ahead: await this.#readAhead(reading) };
    } catch (e) {
      this.log('could not look for the article:', e);
      return { reading: null, at: -Infinity, ahead: null };
    }
  }

  /**
   * The article's text read and analysed as the copy begins: injected on request, the request's
   * message comes a few ms after, and then only painting is left (the background's core
   * answers: this copy's own starts after the first painting, analyzer.js). {map, analysis,
   * changed()}: `analysis` null where the text is too long for one analysis (the request
   * analyses it in slices), `changed()` true once anything under the article changed since (the
   * request then reads it again). Null where the article is not shown yet or could not be read.
   */
  async #readAhead(reading) {
    const { article, analyzer: { BIG_TEXT } } = this.lib;
    const root = reading.root;
    if (!(await article.untilShown(root, { graceMs: 0 }))) return null;
    let changed = false;
    const observer = new MutationObserver(() => { changed = true; observer.disconnect(); });
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    setTimeout(() => { changed = true; observer.disconnect(); }, FRESH_MS);
    try {
      const map = await article.collectText([root], { reading });
      const one = map.length <= BIG_TEXT && map.text.trim();
      const analysis = one ? await this.analyzer.analyze(map.text, { blocks: map.blockKinds }) : null;
      return { map, analysis, changed: () => changed };
    } catch (e) {
      this.log('could not read the article ahead:', e);
      return null;
    }
  }

  /**
   * The page's article, its text and analysis when read ahead ({reading, ahead}): those found as
   * the copy began if recent and nothing changed since, else the article found now.
   */
  async #reading() {
    const prepared = this.prepared && (await this.prepared);
    this.prepared = null;
    if (prepared?.reading?.root.isConnected && performance.now() - prepared.at < FRESH_MS) {
      const ahead = prepared.ahead && !prepared.ahead.changed() ? prepared.ahead : null;
      return { reading: prepared.reading, ahead };
    }
    return { reading: await this.lib.article.readArticleInSlices(document), ahead: null };
  }

  /**
   * Resolves once the highlight styles reach the text under `root`: those asked for already when
   * their scope holds it, else styles scoped to it (paint.js styleScope), and universal ones where
   * the scoped ones do not reach its descendants (no highlight inheritance: Firefox). Resolves
   * as well when they could not go in: the highlights are then registered unstyled.
   */
  #style(root) {
    if (this.styles?.el.isConnected && this.styles.el.contains(root)) return this.styles.ready;
    const { paint, messages } = this.lib;
    const scope = paint.styleScope(root);
    const styles = { el: scope.el, ready: null };
    const add = async (names, selector) => {
      const r = await this.api.runtime.sendMessage(messages.addStyles(names, selector));
      if (!r || r.error) throw new Error(r?.error ?? 'no answer from the background');
    };
    styles.ready = (async () => {
      const names = await this.names;
      await add(names, scope.selector);
      const inner = scope.el === root ? root.querySelector('p') ?? root.firstElementChild : root;
      if (!paint.stylesReach(window, scope.el, inner, names.asserted)) {
        await add(names, null);
        styles.el = document.documentElement;
      }
    })().catch((e) => this.log('could not add the styles:', e));
    this.styles = styles;
    return styles.ready;
  }

  /** Tells the background what the badge shows: on, how many statements, or the error. */
  report() {
    const count = this.active?.overlay.count ?? 0;
    const msg = this.lib.messages.reportStatus({ on: !!this.active, count, error: this.lastError });
    this.api.runtime.sendMessage(msg).catch(() => {});
  }

  /** The core failed on added text: the badge and the popup say so. */
  failed(e) {
    this.lastError = e.message;
    this.report();
  }

  async start() {
    if (this.active) return;
    if (this.starting) return this.starting;
    this.starting = this.#start();
    try {
      await this.starting;
      this.lastError = null;
    } catch (e) {
      this.lastError = String(e?.message || e);
      this.log('could not start:', e);
    } finally {
      this.starting = null;
      this.report();
    }
  }

  async #start() {
    const t0 = performance.now();
    const { reading, ahead } = await this.#reading();
    if (!reading) throw new Error('no document body');
    // Text added from here on, while the article is read, analysed and painted, goes to the
    // watcher that starts after painting (a live blog adds a paragraph while the request runs).
    const early = new this.lib.watch.Recorder(reading.root);
    try {
      await this.#startReading(t0, reading, ahead, early);
    } finally {
      early.disconnect();
    }
  }

  /**
   * [start] on the article `reading` found, its text read ahead or not ([readAhead]); `early`:
   * the page's mutations from then on (watch.js Recorder).
   */
  async #startReading(t0, reading, ahead, early) {
    const { article, analyzer: { BIG_TEXT }, overlay: { Overlay }, watch: { Watcher } } = this.lib;
    const root = reading.root;
    const styled = this.#style(root);
    if (!ahead) await article.untilShown(root);
    const map = ahead?.map ?? (await article.collectText([root], { reading }));
    // test-only {
    // debugHold: the page is told, and may add text before the start goes on.
    if (this.held) {
      this.held = false;
      await new Promise((ok) => {
        document.addEventListener('whosaid-test-release', ok, { once: true });
        document.dispatchEvent(new Event('whosaid-test-held'));
      });
    }
    // } test-only
    const t1 = performance.now();
    const timing = { startedAt: t0, load: this.loadMs, read: t1 - t0, analyze: 0, paint: 0, chars: map.length,
      mode: null, ahead: !!ahead?.analysis };
    this.loadMs = 0;
    // An overlay left by an extension since updated or disabled removes itself at the next
    // pointer move instead of answering it.
    const overlay = new Overlay(document, this.lib, { alive: this.alive, names: await this.names });
    await this.hiddenRead;
    await styled;
    overlay.setHidden(this.hidden);
    let maps;
    try {
      maps = await this.analyzer.paint(map, overlay, timing, ahead?.analysis);
      timing.mode = map.length > BIG_TEXT ? 'background' : this.analyzer.ranIn;
    } catch (e) {
      // Nothing half-painted stays on the page.
      overlay.destroy();
      throw e;
    }
    // Removed nodes are not kept alive by being known.
    this.active = { overlay, root, reading, known: new WeakSet(map.nodes) };
    // test-only {
    this.active.maps = maps; // what debugText answers
    // } test-only
    this.active.watcher = new Watcher(this, this.active, early.records());
    timing.total = performance.now() - t0;
    this.active.timing = timing;
    // When the highlights are on screen: the frame after they were registered (for the benchmark).
    // Then this copy's own core is made, for the text the page adds later.
    requestAnimationFrame(() => setTimeout(() => {
      timing.painted = performance.now() - t0;
      this.analyzer.get();
    }));
  }

  /**
   * How long to wait before reading a swapped-out article afresh: a page that keeps swapping it
   * is re-read less and less often (a swap more than 30 s after the last starts again at 500 ms).
   */
  restartDelay() {
    if (performance.now() - this.restarts.last > 30_000) this.restarts.recent = 0;
    return Math.min(500 * 2 ** this.restarts.recent, 8000);
  }

  /** A swapped-out article is being read afresh (see [restartDelay]). */
  restarted() {
    this.restarts.recent++;
    this.restarts.last = performance.now();
  }

  /** Turns highlights off. `quiet`: the extension is gone (updated, disabled): tell nobody. */
  stop({ quiet = false } = {}) {
    if (!this.active) return;
    const state = this.active;
    this.active = null;
    state.watcher.disconnect();
    state.overlay.destroy();
    if (!quiet) this.report();
  }

  /** Paints none of the cue classes `hidden` from now on (the popup's switches, from any tab). */
  hideClasses(hidden) {
    this.hidden = this.lib.settings.classList(hidden);
    this.active?.overlay.setHidden(this.hidden);
  }

  // This site's remembered choice, from the background: the page's process never holds the list
  // of every site the reader has set. The first came with the copy's first message; the answer is
  // kept (the request, the status the popup polls, the toggle's reply make no trip for it) until
  // the choices change (TAB.choices), and then asked afresh.
  choice() {
    this.chosen ??= this.#askChoice();
    return this.chosen;
  }

  async #askChoice() {
    try {
      const r = await this.api.runtime.sendMessage(this.lib.messages.askChoice());
      if (typeof r?.choice === 'string') return r.choice;
    } catch (e) {
      this.log('could not ask for the site\'s choice:', e);
    }
    this.chosen = null; // asked again next time
    return this.lib.settings.ASK;
  }

  /** What the popup shows (messages.js TAB.status). */
  async status() {
    const active = this.active;
    return {
      on: !!active, busy: !!this.starting, error: this.lastError, site: this.site, choice: await this.choice(),
      count: active?.overlay.count ?? 0, mode: this.analyzer.mode, timing: active?.timing ?? null, hidden: this.hidden,
      // At most 300 statements listed (every party counted): on a page of thousands the answer
      // stays small and quick to send.
      groups: active ? active.overlay.summary({ limit: 100, total: 300 }) : [],
    };
  }

  /** True when this copy answers `msg` (a name of messages.js TAB). */
  answers(msg) {
    return this.lib.messages.isOneOf(this.lib.messages.TAB, msg);
  }

  /** The answer to `msg`, one of messages.js TAB. */
  answer(msg) {
    const { TAB } = this.lib.messages;
    switch (msg.type) {
      case TAB.toggle: return this.#toggle(msg);
      case TAB.activate: return this.#activate(msg);
      case TAB.deactivate:
        this.stop();
        return this.status();
      case TAB.status: return this.status();
      case TAB.reveal: return { ok: !!this.active?.overlay.reveal(msg.key) };
      case TAB.next: return this.#next();
      case TAB.classes:
        this.hideClasses(msg.hidden);
        return this.status();
      case TAB.choices:
        this.chosen = null;
        return {};
      // test-only {
      case TAB.debugText: return this.#debugText();
      case TAB.debugPainted: return this.#debugPainted();
      case TAB.debugTip: return this.#debugTip(msg);
      case TAB.debugHold:
        this.held = true;
        return { ok: true };
      // The next analysis panics: the request's own, not one read ahead.
      case TAB.debugPanicNext: return Promise.resolve(this.prepared).then(() => {
        this.prepared = null;
        this.analyzer.panicNext = true;
        return { ok: true };
      });
      // Once the styles asked for as the copy began are in (their restyle over, for the tests that time the toggle alone).
      case TAB.debugNames: return Promise.resolve(this.prepared).then(() => this.styles?.ready).then(() => this.names);
      // } test-only
      default: return null;
    }
  }

  /** False when the site is set to "never" and the message does not insist (`force`). */
  async #allowed(msg) {
    return msg.force || (await this.choice()) !== this.lib.settings.NEVER;
  }

  async #toggle(msg) {
    if (this.active) this.stop();
    else if (await this.#allowed(msg)) await this.start();
    return this.status();
  }

  async #activate(msg) {
    if (!this.active && (await this.#allowed(msg))) await this.start();
    return this.status();
  }

  async #next() {
    // The shortcut obeys "never" as the toggle does.
    if (!this.active && (await this.#allowed({}))) await this.start();
    return { ok: !!this.active?.overlay.next() };
  }

  // test-only {
  /** For tests: the text read from the page per batch, its blocks (or null), and what the page made us do. */
  #debugText() {
    const maps = this.active?.maps ?? [];
    return { texts: maps.map((m) => m.text), blocks: maps.map((m) => m.blockKinds ?? null), stats: { ...this.stats }, instances: this.analyzer.instances };
  }

  /**
   * For tests: how many statements there are, how many are registered for painting, and how many
   * lie within a screen of the viewport by measuring every one (what windowing must match).
   */
  #debugPainted() {
    if (!this.active) return null;
    const ov = this.active.overlay;
    const h = innerHeight;
    const near = ov.items.filter((it) => {
      const r = it.range.getBoundingClientRect();
      return r.bottom >= -h && r.top <= 2 * h;
    });
    const { painted, windowed, limit } = ov.painter;
    return { count: ov.count, painted: painted.size, windowed, near: near.length,
      nearPainted: near.filter((it) => painted.has(it)).length, limit };
  }

  /** For tests: the tooltip (its shadow root is closed to the page), and focus on its nth button. */
  #debugTip(msg) {
    if (!this.active) return null;
    if (Number.isInteger(msg.focus)) return { focused: this.active.overlay.focusTipButton(msg.focus) };
    return this.active.overlay.inspectTip();
  }
  // } test-only
}
