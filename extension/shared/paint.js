// The overlay's painting: one CSS Custom Highlight per stance class, and a lighter one of each
// for beliefs (plus the statement shown in the tooltip and a brief flash), registered on the
// document's CSS.highlights. No DOM node is added or changed: the page's own text is what shows
// the underlines. Statements of a cue class the reader switched off are not registered.

/** The highlight names, by paint key (extension/styles/highlights.css styles them; see [paintKey]). */
export const NAMES = {
  asserted: 'whosaid-asserted',
  disputed: 'whosaid-disputed',
  disputing: 'whosaid-disputing',
  'asserted-light': 'whosaid-asserted-light',
  'disputed-light': 'whosaid-disputed-light',
  'disputing-light': 'whosaid-disputing-light',
  active: 'whosaid-active',
  flash: 'whosaid-flash',
};

/** The highlight an item is painted in: its stance class, lighter for a belief (`it.light`). */
export const paintKey = (it, cls = it.cls) => (it.light ? `${cls}-light` : cls);
const FLASH_MS = 1600;
// Most ranges registered at once. Browsers re-check every registered range whenever any highlight
// changes (Chromium 156: ~20 ms per frame with 1,000 ranges, 130-300 ms with 18,000), so past
// this only the statements within a screen of the viewport are registered, updated on scroll.
export const PAINT_LIMIT = 800;

export class Painter {
  /** Paints in `win` the ranges of `items()` ({range, cls}, in page order), at most `limit` at once. */
  constructor(win, items, { limit = PAINT_LIMIT } = {}) {
    this.win = win;
    this.items = items;
    this.limit = limit;
    this.painted = new Set(); // items whose range is registered in its highlight
    this.frame = 0;
    this.timers = new Set();
    this.hidden = new Set(); // cue classes not painted (the popup's switches)
    this.highlights = {};
    const HighlightCtor = win.Highlight;
    for (const [cls, name] of Object.entries(NAMES)) {
      const h = new HighlightCtor();
      h.priority = cls === 'flash' ? 3 : cls === 'active' ? 2 : 1;
      this.highlights[cls] = h;
      win.CSS.highlights.set(name, h);
    }
  }

  /** True when there are too many statements to register them all (see PAINT_LIMIT). */
  get windowed() {
    return this.items().length > this.limit;
  }

  /**
   * Registers the ranges to paint: every statement's, or past the limit only those within a
   * screen of the viewport (found by binary search, as items are in page order).
   */
  refresh() {
    const want = (this.windowed ? this.nearViewport() : this.items()).filter((it) => this.shows(it));
    const keep = new Set(want);
    for (const it of this.painted) {
      if (!keep.has(it)) {
        this.highlights[paintKey(it)].delete(it.range);
        this.painted.delete(it);
      }
    }
    for (const it of want) {
      if (!this.painted.has(it)) {
        this.highlights[paintKey(it)].add(it.range);
        this.painted.add(it);
      }
    }
  }

  /** False for an item of a cue class switched off ([setHidden]). */
  shows(it) {
    return !this.hidden.has(it.cueClass);
  }

  /** Paints no statement of the cue classes `classes` (an array), and every other one again. */
  setHidden(classes) {
    this.hidden = new Set(classes);
    this.refresh();
  }

  /** Items whose text lies within one viewport height above or below the viewport, at most the limit. */
  nearViewport() {
    const h = this.win.innerHeight || this.win.document.documentElement.clientHeight;
    const top = -h, bottom = 2 * h;
    const items = this.items();
    let lo = 0, hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (items[mid].range.getBoundingClientRect().bottom < top) lo = mid + 1;
      else hi = mid;
    }
    // Nested statements start before the ones they hold: step back over those still in view.
    while (lo > 0 && items[lo - 1].range.getBoundingClientRect().bottom >= top) lo--;
    const out = [];
    for (let i = lo; i < items.length && out.length < this.limit; i++) {
      const r = items[i].range.getBoundingClientRect();
      if (r.top > bottom) break;
      if (r.bottom >= top && this.shows(items[i])) out.push(items[i]);
    }
    return out;
  }

  /** [refresh] at the next frame, when windowed (the page scrolled or resized). */
  scheduleRefresh() {
    if (!this.windowed || this.frame) return;
    this.frame = this.win.requestAnimationFrame(() => {
      this.frame = 0;
      try { this.refresh(); } catch (e) { console.debug('[whosaid]', e); }
    });
  }

  /** Marks `it` as the statement the tooltip shows (none: null). */
  setActive(it) {
    this.highlights.active.clear();
    if (it) this.highlights.active.add(it.range);
  }

  /** Flashes `it` for a moment (the reader went to it). */
  flash(it) {
    this.highlights.flash.add(it.range);
    const t = this.win.setTimeout(() => {
      this.timers.delete(t);
      this.highlights.flash.delete(it.range);
    }, FLASH_MS);
    this.timers.add(t);
  }

  /** Repaints `it` with the class `cls` (its stance changed). */
  restyle(it, cls) {
    if (cls !== it.cls && this.painted.has(it)) {
      this.highlights[paintKey(it)].delete(it.range);
      this.highlights[paintKey(it, cls)].add(it.range);
    }
    it.cls = cls;
  }

  /** Paints `it` no more (its text left the page). */
  forget(it) {
    if (this.painted.delete(it)) this.highlights[paintKey(it)].delete(it.range);
    this.highlights.flash.delete(it.range);
    this.highlights.active.delete(it.range);
  }

  /** Unregisters every highlight and stops every timer this painter made. */
  destroy() {
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    this.painted.clear();
    for (const t of this.timers) this.win.clearTimeout(t);
    this.timers.clear();
    for (const [cls, name] of Object.entries(NAMES)) {
      if (this.win.CSS.highlights.get(name) === this.highlights[cls]) this.win.CSS.highlights.delete(name);
    }
  }
}
