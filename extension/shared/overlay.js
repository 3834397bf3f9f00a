// Paints an analysis over a document without touching its DOM: CSS Custom Highlights for the
// statements, one shadow-root host for the tooltip. Shared by the extension's content script and
// the www/ demo page, so it knows nothing about extension APIs.
// Page text only ever reaches the UI through textContent, never as HTML.

export const NAMES = {
  asserted: 'whosaid-asserted',
  disputed: 'whosaid-disputed',
  disputing: 'whosaid-disputing',
  active: 'whosaid-active',
  flash: 'whosaid-flash',
};

const KIND_LABEL = {
  direct: 'direct quote',
  mixed: 'partly quoted',
  indirect: 'reported speech (not a direct quote)',
};
const CLASS_LABEL = { asserted: 'claim', disputed: 'disputed claim', disputing: 'disputes a claim' };
const FLASH_MS = 1600;
const HIDE_DELAY_MS = 300;
// Most ranges registered at once. Browsers re-check every registered range whenever any highlight
// changes (Chromium 156: ~20 ms per frame with 1,000 ranges, 130-300 ms with 18,000), so past
// this only the statements within a screen of the viewport are registered, updated on scroll.
export const PAINT_LIMIT = 800;

/** The stance class a statement is painted with. */
export function classify(statement, disputedBy) {
  return stanceClass(statement, statement.disputes?.length, disputedBy.get(statement.id)?.length);
}

/** The class of a statement that disputes `disputes` statements and is disputed by `disputedBy`. */
function stanceClass(statement, disputes, disputedBy) {
  if (statement.stance === 'disputes' || disputes) return 'disputing';
  return disputedBy ? 'disputed' : 'asserted';
}

/** How the tooltip and the popup name a speaker. */
export function speakerLabel(speaker) {
  if (!speaker) return 'Unattributed';
  const who = speaker.name || speaker.text;
  if (speaker.anonymous) return who ? `Anonymous source (${who})` : 'Anonymous source';
  return who || 'Unattributed';
}

/** The group a statement is listed under when the analysis puts it in no party. */
export function partyOf(s) {
  const sp = s.speaker;
  return sp?.party || (sp?.anonymous ? 'Anonymous source' : sp?.name || sp?.text) || 'Unattributed';
}

function excerpt(text, max = 160) {
  // Only the start is shown: a long statement is not scanned whole.
  const t = text.slice(0, 2 * max + 40).replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

const TOOLTIP_CSS = `
:host { all: initial; }
.tip { position: fixed; z-index: 2147483647; max-width: min(28rem, calc(100vw - 16px)); box-sizing: border-box;
  font: 14px/1.4 system-ui, sans-serif; color: #15171a; background: #fff; border: 1px solid #8a8f98;
  border-radius: 6px; box-shadow: 0 4px 18px rgb(0 0 0 / 0.25); padding: 8px 10px; overflow: auto; }
.tip[hidden] { display: none; }
.who { font-weight: 600; }
.party { color: #4a4f57; }
.meta { margin: 2px 0 0; color: #30343a; }
.sec { margin: 8px 0 2px; font-weight: 600; }
.grp { margin: 4px 0 0; color: #30343a; }
.why { display: block; margin: 0 0 3px 7px; font-size: 12.5px; color: #4a4f57; }
ul { margin: 2px 0 0; padding: 0; list-style: none; }
button { all: unset; display: block; cursor: pointer; padding: 3px 4px; margin: 1px 0; border-radius: 4px;
  border-left: 3px solid #b0b4ba; }
button:hover, button:focus-visible { background: #e8eefb; outline: 2px solid #1e5ac8; }
.close { position: absolute; top: 2px; right: 4px; border: none; padding: 0 4px; font-size: 16px; }
@media (prefers-color-scheme: dark) {
  .tip { color: #eceef1; background: #1f2226; border-color: #6b717a; }
  .party, .meta, .grp, .why { color: #c3c7cd; }
  button:hover, button:focus-visible { background: #2c3a55; outline-color: #8fb1ff; }
}
@media (forced-colors: active) {
  .tip { border: 2px solid CanvasText; background: Canvas; color: CanvasText; }
  button:focus-visible { outline: 2px solid Highlight; }
}`;

export class Overlay {
  /**
   * Paints over `doc`. `alive`: false once whoever made the overlay is gone (an extension
   * updated or disabled while the page stays open); the overlay then removes itself at the next
   * pointer move or selection.
   */
  constructor(doc = document, { paintLimit = PAINT_LIMIT, alive = () => true } = {}) {
    this.doc = doc;
    this.alive = alive;
    this.win = doc.defaultView;
    this.paintLimit = paintLimit;
    this.painted = new Set(); // items whose range is registered in its highlight
    this.refreshFrame = 0;
    this.items = []; // {key, s, range, cls, batch, disputedBy: [keys], disputes: [keys], party}, in page order
    this.byKey = new Map();
    this.byNode = new WeakMap(); // text node -> items whose range covers some of it
    this.groups = null; // summary() cache: {limit, total, out}
    this.byParty = new Map(); // party -> its items, in page order
    this.unsorted = new Set(); // parties whose items a batch inserted out of page order
    this.batches = 0;
    this.highlights = {};
    const HighlightCtor = this.win.Highlight;
    for (const [cls, name] of Object.entries(NAMES)) {
      const h = new HighlightCtor();
      h.priority = cls === 'flash' ? 3 : cls === 'active' ? 2 : 1;
      this.highlights[cls] = h;
      this.win.CSS.highlights.set(name, h);
    }
    this.abort = new AbortController();
    this.host = null;
    this.current = null; // key shown in the tooltip
    this.timers = new Set();
    this.frame = 0;
    this.#listen();
  }

  get count() {
    return this.items.length;
  }

  /**
   * Adds one analysis of `map.text` (see article.js TextMap). Statements whose span maps to no
   * page text are dropped. Returns the number painted.
   */
  add(analysis, map) {
    const job = this.#adding(analysis, map);
    let r;
    while (!(r = job.next()).done);
    return r.value;
  }

  /**
   * [add] in slices of `budgetMs`, awaiting `pause()` between them, so thousands of statements
   * never hold the page's main thread for long. Resolves to the number painted.
   */
  async addInSlices(analysis, map, { budgetMs = 8, pause = () => new Promise((ok) => this.win.setTimeout(ok)) } = {}) {
    const job = this.#adding(analysis, map);
    let t = performance.now();
    for (;;) {
      const r = job.next();
      if (r.done) return r.value;
      if (performance.now() - t > budgetMs) {
        await pause();
        t = performance.now();
      }
    }
  }

  /** The work of [add], yielding after each statement. */
  *#adding(analysis, map) {
    const batch = this.batches++;
    const key = (id) => `${batch}:${id}`;
    const disputedBy = new Map();
    for (const s of analysis.statements) {
      for (const d of s.disputes ?? []) {
        if (!disputedBy.has(d)) disputedBy.set(d, []);
        disputedBy.get(d).push(s.id);
      }
    }
    const partyNames = new Map();
    for (const p of analysis.parties ?? []) for (const id of p.statements ?? []) partyNames.set(id, p.name);
    const fresh = [];
    for (const s of analysis.statements) {
      yield;
      const range = map.range(s.content[0], s.content[1]);
      if (!range || !this.#shows(range)) continue;
      const cls = classify(s, disputedBy);
      const item = {
        key: key(s.id), s, range, cls, batch,
        text: map.text.slice(s.content[0], s.content[1]),
        party: partyNames.get(s.id) ?? partyOf(s),
        disputedBy: (disputedBy.get(s.id) ?? []).map(key),
        disputes: (s.disputes ?? []).map(key),
        // Where its text starts and ends (a live Range moves when they are removed: these tell).
        first: range.startContainer, last: range.endContainer,
      };
      fresh.push(item);
      this.byKey.set(item.key, item);
      // The text nodes it covers, for hit-testing by node instead of by every range.
      for (const n of map.nodesIn(s.content[0], s.content[1])) {
        const list = this.byNode.get(n);
        if (list) list.push(item);
        else this.byNode.set(n, [item]);
      }
    }
    // Offsets in one map follow document order: sort by them, then merge with the earlier batches.
    fresh.sort((a, b) => a.s.content[0] - b.s.content[0] || a.text.length - b.text.length);
    const appended = this.#merge(fresh);
    for (const it of fresh) {
      const list = this.byParty.get(it.party);
      if (list) list.push(it);
      else this.byParty.set(it.party, [it]);
      if (!appended) this.unsorted.add(it.party);
    }
    this.groups = null;
    this.refresh();
    return fresh.length;
  }

  /**
   * True when some of the range's text has a box on the page (what was read may have been hidden
   * or moved off the page since): a highlight nobody can see would still count, list and link.
   */
  #shows(range) {
    const x = this.win.scrollX, y = this.win.scrollY;
    for (const q of range.getClientRects()) {
      if (q.width > 0 && q.height > 0 && q.right + x > 0 && q.bottom + y > 0) return true;
    }
    return false;
  }

  /** True when there are too many statements to register them all (see PAINT_LIMIT). */
  get windowed() {
    return this.items.length > this.paintLimit;
  }

  /**
   * Registers the ranges to paint: every statement's, or past the limit only those within a
   * screen of the viewport (found by binary search, as items are in page order).
   */
  refresh() {
    const want = this.windowed ? this.nearViewport() : this.items;
    const keep = new Set(want);
    for (const it of this.painted) {
      if (!keep.has(it)) {
        this.highlights[it.cls].delete(it.range);
        this.painted.delete(it);
      }
    }
    for (const it of want) {
      if (!this.painted.has(it)) {
        this.highlights[it.cls].add(it.range);
        this.painted.add(it);
      }
    }
  }

  /** Items whose text lies within one viewport height above or below the viewport, at most the limit. */
  nearViewport() {
    const h = this.win.innerHeight || this.doc.documentElement.clientHeight;
    const top = -h, bottom = 2 * h;
    const items = this.items;
    let lo = 0, hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (items[mid].range.getBoundingClientRect().bottom < top) lo = mid + 1;
      else hi = mid;
    }
    // Nested statements start before the ones they hold: step back over those still in view.
    while (lo > 0 && items[lo - 1].range.getBoundingClientRect().bottom >= top) lo--;
    const out = [];
    for (let i = lo; i < items.length && out.length < this.paintLimit; i++) {
      const r = items[i].range.getBoundingClientRect();
      if (r.top > bottom) break;
      if (r.bottom >= top) out.push(items[i]);
    }
    return out;
  }

  #scheduleRefresh() {
    if (!this.windowed || this.refreshFrame) return;
    this.refreshFrame = this.win.requestAnimationFrame(() => {
      this.refreshFrame = 0;
      try { this.refresh(); } catch (e) { console.debug('[whosaid]', e); }
    });
  }

  #before(a, b) {
    return (a.range.compareBoundaryPoints(this.win.Range.START_TO_START, b.range) || a.text.length - b.text.length) <= 0;
  }

  /**
   * Merges `fresh` (sorted) into the sorted items: linear, not a sort of everything again.
   * Returns true when they all went after the items there were (the usual case).
   */
  #merge(fresh) {
    const before = (a, b) => this.#before(a, b);
    const old = this.items;
    if (!old.length || !fresh.length || before(old[old.length - 1], fresh[0])) {
      for (const it of fresh) old.push(it);
      return true;
    }
    const out = [];
    let i = 0, j = 0;
    while (i < old.length && j < fresh.length) out.push(before(old[i], fresh[j]) ? old[i++] : fresh[j++]);
    while (i < old.length) out.push(old[i++]);
    while (j < fresh.length) out.push(fresh[j++]);
    this.items = out;
    return false;
  }

  /**
   * Claims grouped by party, for the popup: [{party, count, statements: [{key, text, speaker, cls, cue}]}].
   * `limit` caps the statements listed per group, `total` those listed in all (count stays the
   * full number).
   */
  summary({ limit = Infinity, total = Infinity } = {}) {
    if (this.groups?.limit === limit && this.groups.total === total) return this.groups.out;
    for (const party of this.unsorted) this.byParty.get(party).sort((a, b) => (this.#before(a, b) ? -1 : 1));
    this.unsorted.clear();
    const list = [...this.byParty].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
    let left = total;
    const out = list.map(([party, items]) => {
      const shown = items.slice(0, Math.min(limit, left));
      left -= shown.length;
      return {
        party, count: items.length,
        statements: shown.map((it) => ({
          key: it.key, text: excerpt(it.text, 200), speaker: speakerLabel(it.s.speaker), cls: it.cls,
          cue: it.s.cue_text ?? null, kind: it.s.kind,
          // What it disputes (the parties) and why, for a disputing statement.
          against: [...new Set(it.disputes.map((k) => this.byKey.get(k)?.party).filter(Boolean))],
          why: it.disputes.length ? it.s.why ?? null : null,
        })),
      };
    });
    this.groups = { limit, total, out };
    return out;
  }

  /**
   * Forgets the statements whose text left the page (a live blog drops old posts, a page swaps a
   * section out): they are no longer counted, listed, linked or stepped to. Returns how many.
   */
  prune() {
    const gone = new Set(this.items.filter((it) => !it.first.isConnected || !it.last.isConnected || it.range.collapsed));
    if (!gone.size) return 0;
    this.items = this.items.filter((it) => !gone.has(it));
    for (const it of gone) {
      this.byKey.delete(it.key);
      if (this.painted.delete(it)) this.highlights[it.cls].delete(it.range);
      this.highlights.flash.delete(it.range);
      this.highlights.active.delete(it.range);
    }
    for (const [party, list] of this.byParty) {
      const kept = list.filter((it) => !gone.has(it));
      if (kept.length) this.byParty.set(party, kept);
      else this.byParty.delete(party);
    }
    // A claim whose only disputer left is a plain claim again.
    for (const it of this.items) {
      const by = it.disputedBy.filter((k) => this.byKey.has(k));
      const of = it.disputes.filter((k) => this.byKey.has(k));
      if (by.length === it.disputedBy.length && of.length === it.disputes.length) continue;
      it.disputedBy = by;
      it.disputes = of;
      const cls = stanceClass(it.s, of.length, by.length);
      if (cls !== it.cls && this.painted.has(it)) {
        this.highlights[it.cls].delete(it.range);
        this.highlights[cls].add(it.range);
      }
      it.cls = cls;
    }
    if (this.current && !this.byKey.has(this.current)) this.hide();
    this.groups = null;
    this.refresh();
    return gone.size;
  }

  /** Scrolls to a statement, flashes it and opens its tooltip with keyboard focus in it. */
  reveal(key, { focus = true } = {}) {
    const it = this.byKey.get(key);
    if (!it) return false;
    // Instant, not smooth: the tooltip is placed against where the statement ends up.
    it.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    if (this.windowed) this.refresh();
    this.highlights.flash.add(it.range);
    this.#later(() => this.highlights.flash.delete(it.range), FLASH_MS);
    this.show(it, null, { focus });
    return true;
  }

  /** Reveals the statement after the one shown (document order), wrapping around. */
  next() {
    if (!this.items.length) return false;
    const i = this.items.findIndex((it) => it.key === this.current);
    return this.reveal(this.items[(i + 1) % this.items.length].key);
  }

  #later(fn, ms) {
    const t = this.win.setTimeout(() => { this.timers.delete(t); fn(); }, ms);
    this.timers.add(t);
    return t;
  }

  #listen() {
    const opts = { signal: this.abort.signal, passive: true, capture: true };
    // Nothing the overlay does may throw into the page's event dispatch.
    const guard = (fn) => (...a) => { try { fn(...a); } catch (e) { console.debug('[whosaid]', e); } };
    this.doc.addEventListener('pointermove', guard((e) => {
      this.lastPointer = { x: e.clientX, y: e.clientY, target: e.target };
      if (this.frame) return;
      this.frame = this.win.requestAnimationFrame(guard(() => {
        this.frame = 0;
        this.#onPointer();
      }));
    }), opts);
    this.doc.addEventListener('selectionchange', guard(() => this.#onSelection()), opts);
    this.doc.addEventListener('keydown', guard((e) => {
      if (e.key === 'Escape' && this.current) this.hide();
    }), opts);
    this.win.addEventListener('scroll', guard(() => {
      if (this.current && !this.pinned) this.hide();
      this.#scheduleRefresh();
    }), opts);
    this.win.addEventListener('resize', guard(() => this.#scheduleRefresh()), opts);
  }

  /** The smallest statement whose painted text lies under the point (x, y). */
  hit(x, y) {
    let best = null;
    for (const it of this.#near(x, y)) {
      const b = it.range.getBoundingClientRect();
      if (x < b.left || x > b.right || y < b.top || y > b.bottom) continue;
      for (const r of it.range.getClientRects()) {
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) {
          if (!best || it.text.length < best.text.length) best = it;
          break;
        }
      }
    }
    return best;
  }

  /**
   * The statements that may lie under (x, y): those covering the text node at the caret there or
   * a text child of the element there. Only these get their rects measured, so a page with
   * thousands of statements costs the same per pointer move as one with ten.
   */
  #near(x, y) {
    const d = this.doc;
    if (typeof d.caretPositionFromPoint !== 'function' && typeof d.caretRangeFromPoint !== 'function') return this.items;
    const nodes = new Set();
    const caret = typeof d.caretPositionFromPoint === 'function' ? d.caretPositionFromPoint(x, y) : null;
    const range = caret ? null : d.caretRangeFromPoint?.(x, y);
    const at = caret?.offsetNode ?? range?.startContainer;
    if (at) nodes.add(at);
    const el = d.elementFromPoint(x, y);
    if (el && el.childNodes.length <= 64) for (const c of el.childNodes) nodes.add(c);
    const out = new Set();
    for (const n of nodes) for (const it of this.byNode.get(n) ?? []) out.add(it);
    return out;
  }

  #onPointer() {
    if (!this.alive()) { this.destroy(); return; }
    const p = this.lastPointer;
    if (!p) return;
    if (this.host && p.target === this.host) { this.#cancelHide(); return; }
    const it = this.hit(p.x, p.y);
    if (it) {
      this.#cancelHide();
      if (it.key !== this.current) this.show(it, p);
    } else if (this.current && !this.pinned && !this.hideTimer) {
      this.hideTimer = this.#later(() => { this.hideTimer = 0; this.hide(); }, HIDE_DELAY_MS);
    }
  }

  #cancelHide() {
    if (this.hideTimer) { this.win.clearTimeout(this.hideTimer); this.timers.delete(this.hideTimer); this.hideTimer = 0; }
  }

  #onSelection() {
    if (!this.alive()) { this.destroy(); return; }
    const sel = this.doc.getSelection();
    if (!sel || !sel.rangeCount || !sel.focusNode) return;
    if (this.host && (sel.focusNode === this.host || this.host.contains(sel.focusNode))) return;
    // The statements covering the focus node (or, in an element, the child at the offset).
    const f = sel.focusNode;
    const near = [...(this.byNode.get(f) ?? []), ...(this.byNode.get(f.childNodes?.[sel.focusOffset]) ?? []),
      ...(this.byNode.get(f.childNodes?.[sel.focusOffset - 1]) ?? [])];
    const it = near.find((i) => {
      try { return i.range.isPointInRange(sel.focusNode, sel.focusOffset); } catch { return false; }
    });
    if (it && it.key !== this.current) this.show(it, null, { focus: false, pinned: true });
  }

  #ensureHost() {
    // The page may have removed the host: make it anew. A plain element, not a custom one (a page
    // could define that name first and take the element over), and a closed shadow root: the
    // page can neither read the tooltip nor write its own "Disputed by" into it.
    if (this.host?.isConnected && this.tip?.isConnected) return;
    this.host?.remove();
    const host = this.doc.createElement('div');
    // Inline !important keeps page rules for unknown elements from moving or hiding the host.
    host.style.cssText = 'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483647 !important;';
    const root = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = TOOLTIP_CSS;
    const tip = this.doc.createElement('div');
    tip.className = 'tip';
    tip.setAttribute('role', 'dialog');
    tip.setAttribute('aria-label', 'whosaid: statement details');
    tip.tabIndex = -1;
    tip.hidden = true;
    tip.addEventListener('keydown', (e) => { if (e.key === 'Escape') this.hide(); });
    root.append(style, tip);
    // Outside <body>, so the page's own observers on body and its layout never see it.
    this.doc.documentElement.append(host);
    this.host = host;
    this.tip = tip;
  }

  /** Opens the tooltip for `it`, near the pointer `at` ({x, y}) or under the statement. */
  show(it, at, { focus = false, pinned = false } = {}) {
    this.#ensureHost();
    this.current = it.key;
    this.pinned = pinned || focus;
    this.highlights.active.clear();
    this.highlights.active.add(it.range);
    const d = this.doc;
    const tip = this.tip;
    tip.replaceChildren();
    const el = (tag, cls, ...parts) => {
      const e = d.createElement(tag);
      if (cls) e.className = cls;
      e.append(...parts);
      return e;
    };
    // Page words each in their own <bdi>: a right-to-left mark inside a quotation ("\u202e")
    // cannot reorder the words around it.
    const iso = (text) => el('bdi', null, text);
    const s = it.s;
    const head = el('div');
    head.append(el('bdi', 'who', speakerLabel(s.speaker)));
    if (s.speaker?.party && s.speaker.party !== s.speaker.name) head.append(el('span', 'party', ' · ', iso(s.speaker.party)));
    tip.append(head);
    const meta = el('p', 'meta', CLASS_LABEL[it.cls]);
    if (s.cue_text) meta.append(' · cue: “', iso(s.cue_text), '”');
    meta.append(` · ${KIND_LABEL[s.kind] ?? s.kind}`);
    tip.append(meta);
    if (s.speaker?.anonymous) tip.append(el('p', 'meta', 'The article does not name this source.'));
    // Why each edge was drawn, as the core words it: the disputing statement carries it.
    this.#edgeList(el, iso, 'Disputed by', it.disputedBy, (o) => o.s.why);
    this.#edgeList(el, iso, 'Disputes', it.disputes, () => s.why);
    const close = el('button', 'close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', 'Close');
    close.addEventListener('click', () => this.hide());
    tip.append(close);
    tip.hidden = false;
    this.#place(it, at);
    if (focus) tip.focus({ preventScroll: true });
  }

  /**
   * One section of the tooltip ("Disputed by", "Disputes"): the statements of `keys` grouped by
   * party, each a button that goes to it, with the edge's reason as `whyOf` gives it. `el` and
   * `iso` make the tooltip's elements (page words in a <bdi>).
   */
  #edgeList(el, iso, title, keys, whyOf) {
    const tip = this.tip;
    if (!keys.length) return;
    tip.append(el('div', 'sec', title));
    const byParty = new Map();
    for (const k of keys) {
      const o = this.byKey.get(k);
      if (!o) continue;
      if (!byParty.has(o.party)) byParty.set(o.party, []);
      byParty.get(o.party).push(o);
    }
    for (const [party, items] of byParty) {
      const names = [...new Set(items.map((o) => o.s.speaker?.name || o.s.speaker?.text).filter((n) => n && n !== party))];
      const n = items.length;
      const grp = el('div', 'grp', iso(party), ' (');
      for (const name of names) grp.append(iso(name), ', ');
      grp.append(`${n} statement${n === 1 ? '' : 's'})`);
      tip.append(grp);
      const ul = el('ul');
      for (const o of items) {
        const li = el('li');
        const words = excerpt(o.text, 140);
        const quoted = /^["“‘'«]/.test(words) ? words : `“${words}”`; // a direct quote brings its own marks
        const b = el('button', null, iso(quoted));
        if (o.s.cue_text) b.append(' (', iso(o.s.cue_text), ')');
        b.type = 'button';
        b.title = 'Go to this statement';
        b.addEventListener('click', () => this.reveal(o.key));
        li.append(b);
        const why = whyOf(o);
        if (why) li.append(el('span', 'why', 'why: ', iso(why)));
        ul.append(li);
      }
      tip.append(ul);
    }
  }

  #place(it, at) {
    const tip = this.tip;
    const rects = [...it.range.getClientRects()];
    let r = rects[0] ?? it.range.getBoundingClientRect();
    if (at) r = rects.find((q) => at.y >= q.top && at.y <= q.bottom) ?? r;
    const vw = this.doc.documentElement.clientWidth, vh = this.doc.documentElement.clientHeight;
    // Below the line when it fits, else on the roomier side, scrolling inside rather than
    // covering the line the reader is on.
    tip.style.maxHeight = '';
    const w = tip.offsetWidth, h = tip.offsetHeight;
    const below = vh - r.bottom - 14, above = r.top - 14;
    const left = Math.max(8, Math.min((at?.x ?? r.left) - 16, vw - w - 8));
    let top;
    if (h <= below || below >= above) {
      top = r.bottom + 6;
      if (h > below) tip.style.maxHeight = `${Math.max(80, below)}px`;
    } else {
      if (h > above) tip.style.maxHeight = `${Math.max(80, above)}px`;
      top = Math.max(8, r.top - 6 - Math.min(h, Math.max(80, above)));
    }
    tip.style.left = `${left}px`;
    tip.style.top = `${top}px`;
  }

  /**
   * What the tooltip shows, for whoever holds this overlay (its shadow root is closed to the
   * page): its text, or null when closed, the tags it is made of, and the page words set apart
   * in <bdi> elements.
   */
  inspectTip() {
    const tip = this.tip;
    if (!tip?.isConnected) return null;
    return {
      text: tip.hidden ? null : tip.textContent, tags: [...tip.querySelectorAll('*')].map((e) => e.localName),
      isolated: [...tip.querySelectorAll('bdi')].map((e) => e.textContent),
    };
  }

  /** Moves keyboard focus to the tooltip's `n`th statement button; returns its text, or null. */
  focusTipButton(n = 0) {
    const b = this.tip && !this.tip.hidden ? this.tip.querySelectorAll('ul button')[n] : null;
    b?.focus();
    return b ? b.textContent : null;
  }

  hide() {
    this.#cancelHide();
    this.current = null;
    this.pinned = false;
    this.highlights.active.clear();
    if (this.tip) this.tip.hidden = true;
  }

  /** Removes every highlight, listener, timer and node this overlay made. */
  destroy() {
    this.abort.abort();
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    if (this.refreshFrame) this.win.cancelAnimationFrame(this.refreshFrame);
    this.painted.clear();
    for (const t of this.timers) this.win.clearTimeout(t);
    this.timers.clear();
    for (const [cls, name] of Object.entries(NAMES)) {
      if (this.win.CSS.highlights.get(name) === this.highlights[cls]) this.win.CSS.highlights.delete(name);
    }
    this.host?.remove();
    this.host = this.tip = null;
    this.items = [];
    this.byKey.clear();
    this.byNode = new WeakMap();
    this.byParty.clear();
    this.unsorted.clear();
    this.groups = null;
  }
}
