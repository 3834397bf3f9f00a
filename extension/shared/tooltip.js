// The overlay's tooltip: who said a statement, how, and the statements that dispute it or that it
// disputes, each a button that goes there. It lives in a closed shadow root on a plain host element
// outside <body>; page text reaches it through textContent only (analysis.js el/iso).
// It imports nothing: analysis.js is passed in (see overlay.js).

const TOOLTIP_CSS = `
:host { all: initial; }
.tip { position: fixed; z-index: 2147483647; max-width: min(28rem, calc(100vw - 16px)); box-sizing: border-box;
  font: 14px/1.4 system-ui, sans-serif; color: #15171a; background: #fff; border: 1px solid #8a8f98;
  border-radius: 6px; box-shadow: 0 4px 18px rgb(0 0 0 / 0.25); padding: 8px 10px; overflow: auto; }
.tip[hidden] { display: none; }
.who { font-weight: 600; }
.act { font-style: italic; }
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

export class Tooltip {
  /**
   * A tooltip in `doc`, written with `analysis` (the module analysis.js). `item(key)`: the
   * overlay's statement of that key; `go(key)`: the reader chose that statement; `close()`: the
   * reader closed the tooltip (Escape, ×).
   */
  constructor(doc, analysis, { item, go, close }) {
    Object.assign(this, { doc, analysis, item, go, close });
    this.host = null;
    this.tip = null;
  }

  /** True when `node` is the tooltip's host or inside it (the page's events about it are ours). */
  holds(node) {
    return !!this.host && (node === this.host || this.host.contains(node));
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
    tip.addEventListener('keydown', (e) => { if (e.key === 'Escape') this.close(); });
    root.append(style, tip);
    // Outside <body>, so the page's own observers on body and its layout never see it.
    this.doc.documentElement.append(host);
    this.host = host;
    this.tip = tip;
  }

  /** Opens the tooltip for `it`, near the pointer `at` ({x, y}) or under the statement. */
  show(it, at, { focus = false } = {}) {
    this.#ensureHost();
    const { CLASS_LABEL, CUE_CLASS_VERB, cueClassOf, el, iso, kindLabel, speakerLabel } = this.analysis;
    const tip = this.tip;
    tip.replaceChildren();
    const s = it.s;
    const head = el('div');
    head.append(el('bdi', 'who', speakerLabel(s.speaker)));
    if (s.speaker?.party && s.speaker.party !== s.speaker.name) head.append(el('span', 'party', ' · ', iso(s.speaker.party)));
    tip.append(head);
    // What the cue reports first: "believes" and "found" read differently from "said".
    const meta = el('p', 'meta', el('span', 'act', CUE_CLASS_VERB[cueClassOf(s)]), ` · ${CLASS_LABEL[it.cls]}`);
    if (s.cue_text) meta.append(' · cue: “', iso(s.cue_text), '”');
    meta.append(` · ${kindLabel(s)}`);
    tip.append(meta);
    if (s.speaker?.anonymous) tip.append(el('p', 'meta', 'The article does not name this source.'));
    // Why each edge was drawn, as the core words it: the disputing statement carries it.
    this.#edgeList('Disputed by', it.disputedBy, (o) => o.s.why);
    this.#edgeList('Disputes', it.disputes, () => s.why);
    const close = el('button', 'close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', 'Close');
    close.addEventListener('click', () => this.close());
    tip.append(close);
    tip.hidden = false;
    this.#place(it, at);
    if (focus) tip.focus({ preventScroll: true });
  }

  /**
   * One section of the tooltip ("Disputed by", "Disputes"): the statements of `keys` grouped by
   * party, each a button that goes to it, with the edge's reason as `whyOf` gives it.
   */
  #edgeList(title, keys, whyOf) {
    const { el, iso, plural } = this.analysis;
    const tip = this.tip;
    if (!keys.length) return;
    tip.append(el('div', 'sec', title));
    const byParty = new Map();
    for (const k of keys) {
      const o = this.item(k);
      if (!o) continue;
      if (!byParty.has(o.party)) byParty.set(o.party, []);
      byParty.get(o.party).push(o);
    }
    for (const [party, items] of byParty) {
      const names = [...new Set(items.map((o) => o.s.speaker?.name || o.s.speaker?.text).filter((n) => n && n !== party))];
      const grp = el('div', 'grp', iso(party), ' (');
      for (const name of names) grp.append(iso(name), ', ');
      grp.append(`${plural(items.length, 'statement')})`);
      tip.append(grp);
      const ul = el('ul');
      for (const o of items) ul.append(this.#edge(o, whyOf(o)));
      tip.append(ul);
    }
  }

  /** One statement in an edge list: a button that goes to it, and why the edge was drawn. */
  #edge(o, why) {
    const { el, excerpt, iso } = this.analysis;
    const li = el('li');
    const words = excerpt(o.text, 140);
    const quoted = /^["“‘'«]/.test(words) ? words : `“${words}”`; // a direct quote brings its own marks
    const b = el('button', null, iso(quoted));
    if (o.s.cue_text) b.append(' (', iso(o.s.cue_text), ')');
    b.type = 'button';
    b.title = 'Go to this statement';
    b.addEventListener('click', () => this.go(o.key));
    li.append(b);
    if (why) li.append(el('span', 'why', 'why: ', iso(why)));
    return li;
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

  hide() {
    if (this.tip) this.tip.hidden = true;
  }

  /**
   * What the tooltip shows, for whoever holds the overlay (its shadow root is closed to the
   * page): its text, or null when closed, the tags it is made of, and the page words set apart
   * in <bdi> elements.
   */
  inspect() {
    const tip = this.tip;
    if (!tip?.isConnected) return null;
    return {
      text: tip.hidden ? null : tip.textContent, tags: [...tip.querySelectorAll('*')].map((e) => e.localName),
      isolated: [...tip.querySelectorAll('bdi')].map((e) => e.textContent),
    };
  }

  /** Moves keyboard focus to the tooltip's `n`th statement button; returns its text, or null. */
  focusButton(n = 0) {
    const b = this.tip && !this.tip.hidden ? this.tip.querySelectorAll('ul button')[n] : null;
    b?.focus();
    return b ? b.textContent : null;
  }

  /** Removes the host and everything in it. */
  destroy() {
    this.host?.remove();
    this.host = this.tip = null;
  }
}
