// The overlay's pointer and keyboard handling: which statement lies under the pointer or the
// selection (hit-testing by text node, not by every range), opening and closing the tooltip for
// it, and repainting as the page scrolls. Every listener is passive and none may throw into the
// page's event dispatch.

const HIDE_DELAY_MS = 300;

export class Pointer {
  /** Listens on the overlay's document and window for as long as the overlay lives. */
  constructor(overlay) {
    this.ov = overlay;
    this.doc = overlay.doc;
    this.win = overlay.win;
    this.abort = new AbortController();
    this.frame = 0;
    this.hideTimer = 0;
    this.last = null; // the last pointer position, {x, y, target}
    this.#listen();
  }

  #listen() {
    const ov = this.ov;
    const opts = { signal: this.abort.signal, passive: true, capture: true };
    // Nothing the overlay does may throw into the page's event dispatch.
    const guard = (fn) => (...a) => { try { fn(...a); } catch (e) { console.debug('[whosaid]', e); } };
    this.doc.addEventListener('pointermove', guard((e) => {
      this.last = { x: e.clientX, y: e.clientY, target: e.target };
      if (this.frame) return;
      this.frame = this.win.requestAnimationFrame(guard(() => {
        this.frame = 0;
        this.#onPointer();
      }));
    }), opts);
    this.doc.addEventListener('selectionchange', guard(() => this.#onSelection()), opts);
    this.doc.addEventListener('keydown', guard((e) => {
      if (e.key === 'Escape' && ov.current) ov.hide();
    }), opts);
    this.win.addEventListener('scroll', guard(() => {
      if (ov.current && !ov.pinned) ov.hide();
      ov.painter.scheduleRefresh();
    }), opts);
    this.win.addEventListener('resize', guard(() => ov.painter.scheduleRefresh()), opts);
  }

  /** The smallest statement whose painted text lies under the point (x, y). */
  hit(x, y) {
    let best = null;
    for (const it of this.#near(x, y)) {
      if (!this.ov.painter.shows(it)) continue; // a class switched off: not painted, no tooltip
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
    if (typeof d.caretPositionFromPoint !== 'function' && typeof d.caretRangeFromPoint !== 'function') return this.ov.items;
    const nodes = new Set();
    const caret = typeof d.caretPositionFromPoint === 'function' ? d.caretPositionFromPoint(x, y) : null;
    const range = caret ? null : d.caretRangeFromPoint?.(x, y);
    const at = caret?.offsetNode ?? range?.startContainer;
    if (at) nodes.add(at);
    const el = d.elementFromPoint(x, y);
    if (el && el.childNodes.length <= 64) for (const c of el.childNodes) nodes.add(c);
    const out = new Set();
    for (const n of nodes) for (const it of this.ov.byNode.get(n) ?? []) out.add(it);
    return out;
  }

  #onPointer() {
    const ov = this.ov;
    if (!ov.alive()) { ov.destroy(); return; }
    const p = this.last;
    if (!p) return;
    if (ov.tooltip.host && p.target === ov.tooltip.host) { this.cancelHide(); return; }
    const it = this.hit(p.x, p.y);
    if (it) {
      this.cancelHide();
      if (it.key !== ov.current) ov.show(it, p);
    } else if (ov.current && !ov.pinned && !this.hideTimer) {
      this.hideTimer = this.win.setTimeout(() => { this.hideTimer = 0; ov.hide(); }, HIDE_DELAY_MS);
    }
  }

  /** Keeps the tooltip open: the pointer came back to a statement or onto the tooltip. */
  cancelHide() {
    if (this.hideTimer) { this.win.clearTimeout(this.hideTimer); this.hideTimer = 0; }
  }

  #onSelection() {
    const ov = this.ov;
    if (!ov.alive()) { ov.destroy(); return; }
    const sel = this.doc.getSelection();
    if (!sel || !sel.rangeCount || !sel.focusNode) return;
    if (ov.tooltip.holds(sel.focusNode)) return;
    // The statements covering the focus node (or, in an element, the child at the offset).
    const f = sel.focusNode;
    const near = [...(ov.byNode.get(f) ?? []), ...(ov.byNode.get(f.childNodes?.[sel.focusOffset]) ?? []),
      ...(ov.byNode.get(f.childNodes?.[sel.focusOffset - 1]) ?? [])];
    const it = near.find((i) => {
      if (!ov.painter.shows(i)) return false;
      try { return i.range.isPointInRange(sel.focusNode, sel.focusOffset); } catch { return false; }
    });
    if (it && it.key !== ov.current) ov.show(it, null, { focus: false, pinned: true });
  }

  /** Removes every listener, frame and timer. */
  destroy() {
    this.abort.abort();
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    this.cancelHide();
  }
}
