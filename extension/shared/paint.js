// The overlay's painting: one CSS Custom Highlight per stance class, and a lighter one of each
// for beliefs (plus the statement shown in the tooltip and a brief flash), registered on the
// document's CSS.highlights. No DOM node is added or changed: the page's own text is what shows
// the underlines. Statements of a cue class the reader switched off are not registered.

/**
 * The highlight names, by paint key (see [paintKey]): the demo's and the test page's. The
 * content script paints under names the background draws at random for each copy
 * ([randomNames]): a page shares the registry
 * and its ::highlight() styles, and must not find, probe or paint with whosaid's by name.
 */
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

/**
 * A name for each class of NAMES, none guessable from outside: lower-case letters, 8 to 15 of
 * them, drawn by `random(n)` (a whole number below n).
 */
export function randomNames(random = (n) => crypto.getRandomValues(new Uint32Array(1))[0] % n) {
  const word = () => Array.from({ length: 8 + random(8) }, () => String.fromCharCode(97 + random(26))).join('');
  const names = {};
  const taken = new Set();
  for (const cls of Object.keys(NAMES)) {
    let name;
    do name = word(); while (taken.has(name));
    taken.add(name);
    names[cls] = name;
  }
  return names;
}

/** True for a set of names as [randomNames] draws them: one for each class of NAMES. */
export const isHighlightNames = (names) => typeof names === 'object' && names !== null
  && Object.keys(NAMES).every((cls) => typeof names[cls] === 'string' && /^[a-z]{8,15}$/.test(names[cls]));

// A scope for the styles: an id, a tag, or the root element, nothing a page's markup could turn
// into more CSS (the background checks it again).
const IDENT = /^[A-Za-z_][\w-]*$/;
const SCOPE = /^(?:#[A-Za-z_][\w-]*|[a-z][a-z0-9-]*|:root)$/;
export const isStyleScope = (scope) => typeof scope === 'string' && SCOPE.test(scope);
// Tags a page uses for its main story, rarely for much else.
const STORY_TAGS = new Set(['article', 'main']);

/**
 * The element to scope the highlight styles to for text under `root`, and its selector ({el,
 * selector}): `root` by its id, or by its tag if it is an <article> or <main>, else the nearest
 * ancestor with an id, else the document's root element. Why: adding a stylesheet restyles every element its rules
 * may match, all of them for a universal `::highlight()` rule (10-19 ms on guardian-1, whose
 * 600 KB of CSS each element is matched against), only the scope's subtree for a scoped one
 * (3-5 ms), where the browser passes highlight styles on to descendants ([stylesReach]).
 */
export function styleScope(root) {
  if (IDENT.test(root.id)) return { el: root, selector: `#${root.id}` };
  if (STORY_TAGS.has(root.localName)) return { el: root, selector: root.localName };
  for (let a = root.parentElement; a && a !== a.ownerDocument.documentElement; a = a.parentElement) {
    if (IDENT.test(a.id)) return { el: a, selector: `#${a.id}` };
  }
  return { el: root.ownerDocument.documentElement, selector: ':root' };
}

/**
 * True when the highlight styles written for `scope` (an element) reach the text of `inner`, an
 * element under it. They do where the browser makes each highlight pseudo-element inherit from
 * its parent element's (CSS Pseudo 4, highlight inheritance: Chromium); Firefox styles a
 * highlight by the rules that match its own element only, and needs universal rules.
 */
export function stylesReach(win, scope, inner, name) {
  if (!inner || inner === scope) return true;
  const background = (el) => win.getComputedStyle(el, `::highlight(${name})`).backgroundColor;
  const want = background(scope);
  return want !== 'rgba(0, 0, 0, 0)' && background(inner) === want;
}

/**
 * The ::highlight() styles for `names` (default: NAMES), on the elements `scope` selects and, where
 * highlight styles inherit, their descendants (see [styleScope]); universal rules without one.
 * Each stance has its own underline style, not only its own colour: solid = claim, wavy =
 * disputed claim, dotted = a statement that disputes another. The tinted backgrounds are
 * translucent so they read on light and dark pages. Beliefs ("believes", "wants", "expects") take
 * the same shapes, lighter: a view held reads differently from words said.
 */
export function highlightCss(names = NAMES, scope = '') {
  const n = (cls) => `${scope}::highlight(${names[cls]})`;
  return `${n('asserted')} {
  background-color: rgb(64 128 235 / 0.16);
  text-decoration: underline solid rgb(40 100 220) 2px;
}
${n('disputed')} {
  background-color: rgb(235 110 40 / 0.18);
  text-decoration: underline wavy rgb(215 70 20) 1.5px;
}
${n('disputing')} {
  background-color: rgb(150 80 220 / 0.16);
  text-decoration: underline dotted rgb(140 60 210) 3px;
}
${n('asserted-light')} {
  background-color: rgb(64 128 235 / 0.07);
  text-decoration: underline solid rgb(40 100 220 / 0.5) 1px;
}
${n('disputed-light')} {
  background-color: rgb(235 110 40 / 0.08);
  text-decoration: underline wavy rgb(215 70 20 / 0.5) 1px;
}
${n('disputing-light')} {
  background-color: rgb(150 80 220 / 0.07);
  text-decoration: underline dotted rgb(140 60 210 / 0.5) 2px;
}
${n('active')} {
  background-color: rgb(64 128 235 / 0.32);
}
${n('flash')} {
  background-color: rgb(255 205 0 / 0.65);
  color: #000;
}
@media (forced-colors: active) {
  ${n('asserted')},
  ${n('disputed')},
  ${n('disputing')},
  ${n('asserted-light')},
  ${n('disputed-light')},
  ${n('disputing-light')} {
    background-color: transparent;
    text-decoration-color: LinkText;
  }
  ${n('active')},
  ${n('flash')} {
    background-color: Highlight;
    color: HighlightText;
  }
}
`;
}

/** The highlight an item is painted in: its stance class, lighter for a belief (`it.light`). */
export const paintKey = (it, cls = it.cls) => (it.light ? `${cls}-light` : cls);
const FLASH_MS = 1600;
// Most ranges registered at once. Browsers re-check every registered range whenever any highlight
// changes (Chromium 156: ~20 ms per frame with 1,000 ranges, 130-300 ms with 18,000), so past
// this only the statements within a screen of the viewport are registered, updated on scroll.
export const PAINT_LIMIT = 800;

export class Painter {
  /**
   * Paints in `win` the ranges of `items()` ({range, cls}, in page order), at most `limit` at
   * once, under `names` (by class, as NAMES).
   */
  constructor(win, items, { limit = PAINT_LIMIT, names = NAMES } = {}) {
    this.win = win;
    this.items = items;
    this.limit = limit;
    this.names = names;
    this.painted = new Set(); // items whose range is registered in its highlight
    this.frame = 0;
    this.timers = new Set();
    this.hidden = new Set(); // cue classes not painted (the popup's switches)
    this.highlights = {};
    const HighlightCtor = win.Highlight;
    for (const [cls, name] of Object.entries(names)) {
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
    for (const [cls, name] of Object.entries(this.names)) {
      if (this.win.CSS.highlights.get(name) === this.highlights[cls]) this.win.CSS.highlights.delete(name);
    }
  }
}
