// Paints an analysis over a document without touching its DOM: CSS Custom Highlights for the
// statements (paint.js), one shadow-root host for the tooltip (tooltip.js), pointer and keyboard
// handling (pointer.js). This file keeps the statements: added batch by batch in page order,
// indexed by key, text node and party, listed for the popup, pruned when their text goes.
// Shared by the extension's content script and the www/ demo page, so it knows nothing about
// extension APIs. Page text only ever reaches the UI through textContent, never as HTML.
//
// It imports nothing: the modules it is made of come in as `lib`, {analysis, paint, pointer,
// tooltip} (each module's namespace). In Chrome a module that the content script imports cannot
// import another: its own URL is the extension's fixed one, which use_dynamic_url refuses to the
// page's context (extension/README.md, "How it works").

export class Overlay {
  /**
   * Paints over `doc` with the modules `lib` (see above). `alive`: false once whoever made the
   * overlay is gone (an extension updated or disabled while the page stays open); the overlay
   * then removes itself at the next pointer move or selection. `names`: the highlight names by
   * class (paint.js NAMES, the default).
   */
  constructor(doc, lib, { paintLimit = lib.paint.PAINT_LIMIT, alive = () => true, names = lib.paint.NAMES } = {}) {
    this.doc = doc;
    this.analysis = lib.analysis;
    this.alive = alive;
    this.win = doc.defaultView;
    this.items = []; // {key, s, range, cls, cueClass, light, batch, disputedBy: [keys], disputes: [keys], party}, in page order
    this.byKey = new Map();
    this.byNode = new WeakMap(); // text node -> items whose range covers some of it
    this.groups = null; // summary() cache: {limit, total, out}
    this.byParty = new Map(); // party -> its items, in page order
    this.unsorted = new Set(); // parties whose items a batch inserted out of page order
    this.batches = 0;
    this.current = null; // key shown in the tooltip
    this.pinned = false; // the tooltip stays open when the pointer leaves or the page scrolls
    this.painter = new lib.paint.Painter(this.win, () => this.items, { limit: paintLimit, names });
    this.tooltip = new lib.tooltip.Tooltip(doc, lib.analysis, {
      item: (key) => this.byKey.get(key), go: (key) => this.reveal(key), close: () => this.hide(),
    });
    this.pointer = new lib.pointer.Pointer(this);
  }

  get count() {
    return this.items.length;
  }

  /**
   * Adds one analysis of `map.text` (see article.js TextMap). Statements whose span maps to no
   * page text are dropped. Returns the number painted.
   */
  add(analysis, map) {
    const job = this.adding(analysis, map);
    let r;
    while (!(r = job.next()).done);
    return r.value;
  }

  /**
   * The work of [add], yielding after each statement: driven in slices (article.js inSlices),
   * thousands of statements never hold the page's main thread for long. Returns the number painted.
   */
  *adding(analysis, map) {
    const { classify, cueClassOf, disputedByIndex, extentOf, partyIndex } = this.analysis;
    const batch = this.batches++;
    const key = (id) => `${batch}:${id}`;
    const disputedBy = disputedByIndex(analysis);
    const partyOfId = partyIndex(analysis);
    const fresh = [];
    for (const s of analysis.statements) {
      yield;
      const [from, to] = extentOf(s);
      const range = map.range(from, to);
      if (!range || !this.#shows(range)) continue;
      const item = {
        key: key(s.id), s, range, cls: classify(s, disputedBy), batch,
        // What the cue reports: a belief is painted lighter; a class can be switched off.
        cueClass: cueClassOf(s), light: cueClassOf(s) === 'belief',
        text: map.text.slice(from, to), from,
        party: partyOfId(s.id),
        disputedBy: (disputedBy.get(s.id) ?? []).map(key),
        disputes: (s.disputes ?? []).map(key),
        // Where its text starts and ends (a live Range moves when they are removed: these tell).
        first: range.startContainer, last: range.endContainer,
      };
      fresh.push(item);
      this.byKey.set(item.key, item);
      // The text nodes it covers, for hit-testing by node instead of by every range.
      for (const n of map.nodesIn(from, to)) {
        const list = this.byNode.get(n);
        if (list) list.push(item);
        else this.byNode.set(n, [item]);
      }
    }
    // Offsets in one map follow document order: sort by them, then merge with the earlier batches.
    fresh.sort((a, b) => a.from - b.from || a.text.length - b.text.length);
    const appended = this.#merge(fresh);
    for (const it of fresh) {
      const list = this.byParty.get(it.party);
      if (list) list.push(it);
      else this.byParty.set(it.party, [it]);
      if (!appended) this.unsorted.add(it.party);
    }
    this.groups = null;
    this.painter.refresh();
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
   * Claims grouped by party, for the popup: [{party, count, statements: [{key, text, speaker, cls, cue}]}],
   * statements of a class switched off left out.
   * `limit` caps the statements listed per group, `total` those listed in all (count stays the
   * full number).
   */
  summary({ limit = Infinity, total = Infinity } = {}) {
    if (this.groups?.limit === limit && this.groups.total === total) return this.groups.out;
    const { excerpt, speakerLabel } = this.analysis;
    for (const party of this.unsorted) this.byParty.get(party).sort((a, b) => (this.#before(a, b) ? -1 : 1));
    this.unsorted.clear();
    // Ties in code-point order: localeCompare's first call in this world builds a collator, 3 ms
    // of the status the popup asks for (profiled on guardian-1 in Chromium).
    const list = [...this.byParty].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    let left = total;
    const visible = list.map(([party, items]) => [party, items.filter((it) => this.painter.shows(it))]).filter(([, items]) => items.length);
    const out = visible.map(([party, items]) => {
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
   * Paints, lists and steps to no statement of the cue classes `classes` (an array of the core's
   * `cue_class` values), and to every other one again: the popup's switches, applied live.
   */
  setHidden(classes) {
    this.painter.setHidden(classes);
    this.groups = null;
    const shown = this.current && this.byKey.get(this.current);
    if (shown && !this.painter.shows(shown)) this.hide();
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
      this.painter.forget(it);
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
      this.painter.restyle(it, this.analysis.stanceClass(it.s, of.length, by.length));
    }
    if (this.current && !this.byKey.has(this.current)) this.hide();
    this.groups = null;
    this.painter.refresh();
    return gone.size;
  }

  /**
   * Scrolls to a statement, flashes it and opens its tooltip, with keyboard focus in it unless
   * `focus` is false. `pinned`: the tooltip stays open as the pointer leaves (focus pins it too).
   */
  reveal(key, { focus = true, pinned = false } = {}) {
    const it = this.byKey.get(key);
    if (!it) return false;
    // Instant, not smooth: the tooltip is placed against where the statement ends up.
    it.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    if (this.painter.windowed) this.painter.refresh();
    this.painter.flash(it);
    this.show(it, null, { focus, pinned });
    return true;
  }

  /** Reveals the statement after the one shown (document order), wrapping around. */
  next() {
    const items = this.items.filter((it) => this.painter.shows(it));
    if (!items.length) return false;
    const i = items.findIndex((it) => it.key === this.current);
    return this.reveal(items[(i + 1) % items.length].key);
  }

  /** Opens the tooltip for `it`, near the pointer `at` ({x, y}) or under the statement. */
  show(it, at, { focus = false, pinned = false } = {}) {
    this.current = it.key;
    this.pinned = pinned || focus;
    this.painter.setActive(it);
    this.tooltip.show(it, at, { focus });
  }

  hide() {
    this.pointer.cancelHide();
    this.current = null;
    this.pinned = false;
    this.painter.setActive(null);
    this.tooltip.hide();
  }

  /** What the tooltip shows (see Tooltip.inspect): its shadow root is closed to the page. */
  inspectTip() {
    return this.tooltip.inspect();
  }

  /** Moves keyboard focus to the tooltip's `n`th statement button; returns its text, or null. */
  focusTipButton(n = 0) {
    return this.tooltip.focusButton(n);
  }

  /** Removes every highlight, listener, timer and node this overlay made. */
  destroy() {
    this.pointer.destroy();
    this.painter.destroy();
    this.tooltip.destroy();
    this.items = [];
    this.byKey.clear();
    this.byNode = new WeakMap();
    this.byParty.clear();
    this.unsorted.clear();
    this.groups = null;
  }
}
