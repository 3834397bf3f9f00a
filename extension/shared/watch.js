// Text added to the page after highlights went on (live blogs, "read more", single-page sites) is
// read and analysed alone; text removed is forgotten. The overlay adds no node inside the article
// root, so these mutations are never our own. When a single-page site swaps the article out, the
// whole new article is read afresh. A page that changes all the time (a ticking clock, rotating
// teasers) gets scanned less and less often while its changes hold no statement: 250 ms, doubling
// up to 4 s. It imports nothing (see overlay.js).

const SCAN_DELAY = 250, MAX_SCAN_DELAY = 4000;

/** What a watcher observes: nodes added or removed anywhere in the body (filtered to `root` on use). */
function observeAdditions(observer, root) {
  observer.observe(document.body ?? root, { childList: true, subtree: true });
}

/**
 * The mutations a [Watcher] would have observed, kept from now until it starts (`records()`):
 * text a page adds while the request reads, analyses and paints its article.
 */
export class Recorder {
  constructor(root) {
    this.batches = []; // one array per callback: no spread of a huge batch into push()
    this.observer = new MutationObserver((records) => { this.batches.push(records); });
    observeAdditions(this.observer, root);
  }

  records() {
    return [...this.batches.flat(), ...this.observer.takeRecords()];
  }

  disconnect() {
    this.observer.disconnect();
  }
}

export class Watcher {
  /**
   * Watches the page for `page` (page.js Page) while `state` ({overlay, root, reading, known}) is its
   * active state; `page.stats` counts what the page made it do. `earlier`: the mutation records
   * since the article was read, taken as if observed here.
   */
  constructor(page, state, earlier = []) {
    this.page = page;
    this.state = state;
    this.pending = new Set(); // nodes added since the last scan
    this.removed = false; // nodes removed since the last scan
    this.timer = 0;
    this.restart = 0;
    this.idle = 0; // scans in a row that found no statement
    this.observer = new MutationObserver((records) => this.#changed(records));
    observeAdditions(this.observer, state.root);
    if (earlier.length) this.#changed(earlier);
  }

  /** True while the page still shows this watcher's highlights. */
  get current() {
    return this.page.active === this.state;
  }

  #changed(records) {
    const { page, state } = this;
    const stats = page.stats;
    // The extension was updated, reloaded or disabled while on: this copy stops.
    if (!page.alive()) { page.stop({ quiet: true }); return; }
    const t0 = performance.now();
    stats.mutations++;
    if (!state.root.isConnected) {
      if (!this.restart) this.restart = setTimeout(() => this.#reread(), page.restartDelay());
      stats.busyMs += performance.now() - t0;
      return;
    }
    for (const r of records) {
      if (r.removedNodes.length) this.removed = true;
      for (const n of r.addedNodes) {
        if ((n.nodeType === Node.TEXT_NODE || n.nodeType === Node.ELEMENT_NODE) && state.root.contains(n)) this.pending.add(n);
      }
    }
    if ((this.pending.size || this.removed) && !this.timer) {
      this.timer = setTimeout(() => this.#scan(), Math.min(SCAN_DELAY * 2 ** this.idle, MAX_SCAN_DELAY));
    }
    stats.busyMs += performance.now() - t0;
  }

  /** The article was swapped out: read the page afresh. */
  #reread() {
    if (!this.current) return;
    this.page.stats.restarts++;
    this.page.restarted();
    this.page.stop();
    this.page.start();
  }

  async #scan() {
    const { page, state } = this;
    this.timer = 0;
    let t = performance.now();
    const busy = () => { page.stats.busyMs += performance.now() - t; };
    page.stats.scans++;
    // Statements whose text left the page are forgotten first.
    if (this.removed) {
      this.removed = false;
      if (this.current && state.overlay.prune()) page.report();
    }
    // Only the outermost added nodes; a node inside another added one is read with it. (Each
    // node's ancestors are looked up in the set: linear in the nodes added, where comparing
    // every pair took seconds for a page that adds 10,000 nodes one at a time.)
    const added = new Set([...this.pending].filter((n) => n.isConnected));
    this.pending.clear();
    const roots = [...added].filter((n) => {
      for (let a = n.parentNode; a; a = a.parentNode) if (added.has(a)) return false;
      return true;
    });
    if (!roots.length || !this.current) return busy();
    try {
      busy();
      const map = await page.lib.article.collectText(roots, { known: state.known, reading: state.reading });
      t = performance.now();
      if (!this.current || !map.text.trim()) return busy();
      for (const n of map.nodes) state.known.add(n);
      const before = state.overlay.count;
      busy();
      const maps = await page.analyzer.paint(map, state.overlay, null);
      t = performance.now();
      if (!this.current) return busy();
      const found = state.overlay.count > before;
      this.idle = found ? 0 : this.idle + 1;
      // test-only {
      // Text without statements is not kept: a clock ticking for hours must not pile up maps.
      if (found) state.maps.push(...maps);
      // } test-only
      page.report();
      busy();
    } catch (e) {
      busy();
      page.log('could not read added text:', e);
      if (e instanceof page.lib.analyzer.CoreFailure) page.failed(e);
    }
  }

  /** Stops watching: no callback, scan or re-read follows. */
  disconnect() {
    this.observer.disconnect();
    clearTimeout(this.timer);
    clearTimeout(this.restart);
  }
}
