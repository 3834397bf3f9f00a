// The whosaid demo page: the extension's own core (wasm) and overlay (shared/overlay.js) on the
// example article or on text pasted into the box, plus the claim map (parties and "disputes" edges,
// an SVG drawn here) and the claims listed by party.
// The party index, labels and el() come from shared/analysis.js, as the extension's popup and
// tooltip use them. The files under shared/, styles/ and wasm/ are build-time copies of what the
// extension ships (scripts/www.mjs). Text only ever reaches the page through textContent, never as HTML.
import init, { analyze, max_text_bytes as maxTextBytes, version } from './wasm/whosaid.js';
import * as analysis from './shared/analysis.js';
import { collectText } from './shared/article.js';
import { Overlay } from './shared/overlay.js';
import * as paint from './shared/paint.js';
import * as pointer from './shared/pointer.js';
import * as tooltip from './shared/tooltip.js';

const { CLASS_LABEL, el, empty, partyIndex, plural } = analysis;
const { NAMES } = paint;
const OVERLAY_PARTS = { analysis, paint, pointer, tooltip }; // what the overlay is made of (overlay.js)

const DEBOUNCE_MS = 300;
const SVG = 'http://www.w3.org/2000/svg';
const SELECTED = 'whosaid-selected'; // this page's own highlight: statements picked on the map

const $ = (id) => document.getElementById(id);
function svg(tag, attrs = {}, ...children) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  e.append(...children);
  return e;
}
const short = (s, max) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

let seedText = '';
let overlay = null;
let state = null; // what is on screen: {text, analysis, map, items, nodes, edges, ms}
let generation = 0;
const selected = new Highlight();
selected.priority = 0;
CSS.highlights.set(SELECTED, selected);

// ---------------------------------------------------------------------------------------------
// Text in, paragraphs out: blank lines separate paragraphs; text without any blank line has one
// paragraph per line. Inside a paragraph a line break reads as a space (as the browser shows it).

function paragraphs(text) {
  const t = text.replace(/\r\n?/g, '\n');
  const parts = /\n[ \t]*\n/.test(t) ? t.split(/\n[ \t]*\n/) : t.split('\n');
  return parts.map((p) => p.trim()).filter(Boolean);
}

/**
 * The claim map's data. Nodes: the analysis's parties, then (for statements in no party) the group
 * the overlay lists them under. Edges: one per (disputing party, disputed party), from every
 * statement's `disputes`, with the statement pairs behind it.
 */
export function claimGraph(analysis) {
  const party = partyIndex(analysis);
  const nodes = new Map();
  const node = (name) => {
    if (!nodes.has(name)) nodes.set(name, { name, members: new Set(), ids: [], fromCore: false, disputing: 0, disputed: 0 });
    return nodes.get(name);
  };
  for (const p of analysis.parties ?? []) {
    const n = node(p.name);
    n.fromCore = true;
    for (const m of p.members ?? []) n.members.add(m);
  }
  for (const s of analysis.statements) {
    const n = node(party(s.id));
    n.ids.push(s.id);
    const who = s.speaker?.name || s.speaker?.text;
    if (who && who !== n.name) n.members.add(who);
  }
  const edges = new Map();
  for (const s of analysis.statements) {
    for (const d of s.disputes ?? []) {
      const from = party(s.id), to = party(d);
      if (from == null || to == null) continue;
      const k = `${from}\u0000${to}`;
      if (!edges.has(k)) edges.set(k, { from, to, pairs: [] });
      edges.get(k).pairs.push([s.id, d]);
      node(from).disputing++;
      node(to).disputed++;
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

// ---------------------------------------------------------------------------------------------
// Analysis and painting.

/** A short first line that does not end like a sentence (., !, ?, a closing quote) is a headline. */
function isHeadline(p) {
  return p.length < 160 && !/[.!?\u0022\u201d]$/.test(p);
}

/**
 * Shows `text` analysed: paragraphs in the article view, highlights and tooltips (the shared
 * overlay), the claim map and the claims by party. `analysis` may be given (tests, hand-written
 * examples); by default the wasm core analyses the text exactly as the page shows it.
 */
export async function render(text, analysis = null) {
  const gen = ++generation;
  // A paste longer than the core takes is refused before it is laid out: laying out and reading
  // tens of megabytes would hold the page for seconds.
  const bytes = analysis ? 0 : new TextEncoder().encode(text).length;
  if (bytes > maxTextBytes()) {
    const mb = (n) => (n / (1 << 20)).toFixed(1);
    $('status').textContent = `This text is ${mb(bytes)} MB: the demo analyses up to ${mb(maxTextBytes())} MB at a time. Paste one article.`;
    document.documentElement.dataset.whosaid = 'ready';
    document.documentElement.dataset.renders = String(gen);
    return null;
  }
  document.documentElement.dataset.whosaid = 'busy';
  const article = $('article');
  article.replaceChildren(...paragraphs(text).map((p, i) => el(i === 0 && isHeadline(p) ? 'h2' : 'p', { text: p })));
  // The same reader the extension uses on real pages, so offsets are what the page shows.
  const map = await collectText([article]);
  if (gen !== generation) return null;
  const t0 = performance.now();
  analysis ??= map.text.trim() ? analyze(map.text) : empty();
  const ms = performance.now() - t0;
  overlay?.destroy();
  overlay = new Overlay(document, OVERLAY_PARTS);
  overlay.add(analysis, map);
  // The overlay's items of this batch, by statement id (it keys them `${batch}:${id}`).
  const batch = overlay.batches - 1;
  const items = new Map(overlay.items.filter((it) => it.batch === batch).map((it) => [it.s.id, it]));
  const graph = claimGraph(analysis);
  state = { text: map.text, analysis, map, items, ...graph, ms };
  clearSelection();
  drawMap(graph);
  drawClaims();
  const nDisputes = analysis.statements.reduce((n, s) => n + (s.disputes?.length ?? 0), 0);
  $('status').textContent = `${plural(analysis.statements.length, 'statement')} · ${plural(graph.nodes.length, 'party', 'parties')} · `
    + `${plural(nDisputes, 'dispute')} · analysed in ${ms < 1 ? '<1' : Math.round(ms)} ms`;
  document.documentElement.dataset.whosaid = 'ready';
  document.documentElement.dataset.renders = String(gen);
  return state;
}

/** What is on screen, for tests and the console. */
export function current() {
  return state;
}

function clearSelection() {
  selected.clear();
  for (const e of document.querySelectorAll('#map .selected, #claims .selected')) e.classList.remove('selected');
  $('selection').textContent = '';
}

/** Marks statements (ids) in the text, scrolls the first into view and says what was picked. */
function select(ids, label, source) {
  clearSelection();
  source?.classList.add('selected');
  const its = ids.map((id) => state.items.get(id)).filter(Boolean)
    .sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  for (const it of its) {
    selected.add(it.range);
    document.querySelector(`#claims [data-key="${CSS.escape(it.key)}"]`)?.classList.add('selected');
  }
  its[0]?.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
  $('selection').textContent = `${label}: ${plural(its.length, 'statement')} marked in the text.`;
  return its;
}

function selectParty(node, g) {
  overlay.hide();
  select(node.ids, node.name, g);
}

function selectEdge(edge, g) {
  const disputing = [...new Set(edge.pairs.map(([a]) => a))];
  const disputed = [...new Set(edge.pairs.map(([, b]) => b))];
  select([...disputing, ...disputed], `${edge.from} disputes ${edge.to}`, g);
  // The disputed claim's tooltip lists the statements disputing it, each one click away. It stays
  // open (pinned) while focus stays on the map, so the keyboard can go on to the next edge.
  const first = state.items.get(disputed[0]);
  if (first) {
    overlay.reveal(first.key, { focus: false, pinned: true });
  }
}

// ---------------------------------------------------------------------------------------------
// The claim map: parties on a circle, arrows from the disputing party to the disputed one.

const W = 440, H = 360;

function layout(nodes) {
  const max = Math.max(1, ...nodes.map((n) => n.ids.length));
  const r = (n) => 9 + 15 * Math.sqrt(n.ids.length / max);
  if (nodes.length === 1) return [{ x: W / 2, y: H / 2, r: r(nodes[0]) }];
  // Parties in a dispute first, so they sit next to each other at the top of the circle.
  const R = Math.min(W, H) / 2 - 62;
  return nodes.map((n, i) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / nodes.length;
    return { x: W / 2 + R * Math.cos(a), y: H / 2 + R * Math.sin(a), r: r(n), a };
  });
}

function activateOnKeys(g, fn) {
  g.addEventListener('click', fn);
  g.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      fn();
    }
  });
}

function drawMap({ nodes, edges }) {
  const box = $('map');
  if (!nodes.length) {
    box.replaceChildren(el('p', { class: 'empty', text: 'No attributed statements found in this text yet.' }));
    return;
  }
  // Disputing parties first: the busiest part of the map at the top.
  const order = [...nodes].sort((a, b) => (b.disputing + b.disputed) - (a.disputing + a.disputed) || b.ids.length - a.ids.length);
  const places = layout(order);
  const pos = new Map(order.map((n, i) => [n.name, places[i]]));
  const root = svg('svg', {
    viewBox: `0 0 ${W} ${H}`, role: 'group', 'aria-label': `Claim map: ${plural(nodes.length, 'party', 'parties')}, ${plural(edges.length, 'dispute edge')}`,
  });
  root.append(svg('defs', {},
    svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 8, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse', markerUnits: 'userSpaceOnUse' },
      svg('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrowhead' }))));
  const nodeLayer = svg('g', { class: 'nodes' });
  const edgeLayer = svg('g', { class: 'edges' });
  for (const n of order) {
    const p = pos.get(n.name);
    const title = `${n.name}: ${plural(n.ids.length, 'statement')}${n.members.size ? ` (${[...n.members].join(', ')})` : ''}`
      + `${n.disputing ? `; disputes others ${plural(n.disputing, 'time')}` : ''}${n.disputed ? `; disputed ${plural(n.disputed, 'time')}` : ''}`;
    const g = svg('g', {
      class: `node${n.disputing ? ' disputing' : ''}${n.disputed ? ' disputed' : ''}${n.fromCore ? '' : ' ungrouped'}`,
      tabindex: 0, role: 'button', 'aria-label': title, 'data-party': n.name, 'data-count': n.ids.length,
    });
    // Labels under the circle (over it in the top half), kept inside the picture.
    const label = short(n.name, 24);
    const half = label.length * 3.4 + 4; // about half the label's width at 12px
    const above = p.a !== undefined && Math.sin(p.a) < -0.3;
    const lx = Math.min(W - half, Math.max(half, p.x));
    const ly = above ? p.y - p.r - 7 : p.y + p.r + 15;
    g.append(
      svg('title', {}, title),
      svg('circle', { cx: p.x, cy: p.y, r: p.r }),
      svg('text', { x: p.x, y: p.y + 4, class: 'count', 'aria-hidden': 'true' }, String(n.ids.length)),
      svg('text', { x: lx, y: ly, 'text-anchor': 'middle', class: 'label', 'aria-hidden': 'true' }, label),
    );
    activateOnKeys(g, () => selectParty(n, g));
    nodeLayer.append(g);
  }
  for (const e of edges) {
    const a = pos.get(e.from), b = pos.get(e.to);
    let d, mx, my;
    if (e.from === e.to) { // a party disputing itself: a loop above its circle
      const y0 = a.y - a.r;
      d = `M${a.x - 6},${y0 + 1} C${a.x - 34},${y0 - 42} ${a.x + 34},${y0 - 42} ${a.x + 6},${y0 + 1}`;
      mx = a.x; my = y0 - 31;
    } else {
      // A gentle curve, so A → B and B → A stay apart; ends trimmed to the circles' edges.
      const dx = b.x - a.x, dy = b.y - a.y, len = Math.hypot(dx, dy) || 1;
      const ux = dx / len, uy = dy / len, bend = Math.min(40, len * 0.18);
      const cx = (a.x + b.x) / 2 - uy * bend, cy = (a.y + b.y) / 2 + ux * bend;
      const from = toward(a, cx, cy, a.r + 2), to = toward(b, cx, cy, b.r + 4);
      d = `M${from.x.toFixed(1)},${from.y.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${to.x.toFixed(1)},${to.y.toFixed(1)}`;
      mx = (from.x + 2 * cx + to.x) / 4; my = (from.y + 2 * cy + to.y) / 4;
    }
    const n = e.pairs.length;
    const title = `${e.from} disputes ${e.to}: ${plural(n, 'statement pair')}`;
    const g = svg('g', {
      class: 'edge', tabindex: 0, role: 'button', 'aria-label': title,
      'data-from': e.from, 'data-to': e.to, 'data-count': n,
    });
    g.append(
      svg('title', {}, title),
      svg('path', { d, class: 'hit' }),
      svg('path', { d, class: 'line', 'marker-end': 'url(#arrow)', 'stroke-width': Math.min(6, 1.5 + n * 0.75) }),
      svg('circle', { cx: mx, cy: my, r: 8, class: 'badge' }),
      svg('text', { x: mx, y: my + 3.5, class: 'badge-text', 'aria-hidden': 'true' }, String(n)),
    );
    activateOnKeys(g, () => selectEdge(e, g));
    edgeLayer.append(g);
  }
  // Nodes come first in the tab order; the edges end at the circles' rims so the paint order
  // (edges over nodes) hides nothing.
  root.append(nodeLayer, edgeLayer);
  box.replaceChildren(root);
  if (!edges.length) box.append(el('p', { class: 'empty', text: 'No party disputes another in this text.' }));
}

function toward(p, x, y, dist) {
  const dx = x - p.x, dy = y - p.y, len = Math.hypot(dx, dy) || 1;
  return { x: p.x + (dx / len) * dist, y: p.y + (dy / len) * dist };
}

// ---------------------------------------------------------------------------------------------
// Claims by party: the overlay's own grouping (the extension's popup shows the same list).

function drawClaims() {
  const box = $('claims');
  const groups = overlay.summary();
  if (!groups.length) {
    box.replaceChildren(el('p', { class: 'empty', text: 'Nothing attributed yet: paste a news article with quotes or reported speech.' }));
    return;
  }
  box.replaceChildren(...groups.map((g) => el('section', { class: 'group', 'data-party': g.party },
    // Page words each in their own <bdi>: a right-to-left mark in a quotation cannot reorder the
    // words around it.
    el('h3', {}, el('bdi', { text: g.party }), ` · ${g.count}`),
    el('ol', {}, ...g.statements.map((s) => {
      const b = el('button', { type: 'button', class: `claim ${s.cls}`, 'data-key': s.key, title: 'Show in the text' },
        el('bdi', { class: 'words', text: s.text }),
        el('span', { class: 'who' }, el('bdi', { text: s.speaker }), ...(s.cue ? [' · “', el('bdi', { text: s.cue }), '”'] : []), ` · ${CLASS_LABEL[s.cls]}`));
      b.addEventListener('click', () => {
        clearSelection();
        b.classList.add('selected');
        overlay.reveal(s.key);
      });
      return el('li', {}, b);
    })))));
}

// ---------------------------------------------------------------------------------------------
// The legend's samples take their look from the extension's own ::highlight() rules.

function legend() {
  const rules = [];
  for (const sheet of document.styleSheets) {
    try { rules.push(...sheet.cssRules); } catch { /* not ours */ }
  }
  for (const key of document.querySelectorAll('#legend .key')) {
    const name = NAMES[key.dataset.cls];
    const rule = rules.find((r) => r.selectorText?.includes(`::highlight(${name})`));
    if (!rule) continue;
    for (const prop of ['background-color', 'text-decoration']) key.style.setProperty(prop, rule.style.getPropertyValue(prop));
  }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  legend();
  const box = $('paste');
  const [, seed] = await Promise.all([init({ module_or_path: new URL('./wasm/whosaid_bg.wasm', import.meta.url) }), fetch('./seed.txt').then((r) => r.text())]);
  seedText = seed;
  $('version').textContent = `Core ${version()}, running as WebAssembly in this page.`;
  let timer = 0;
  const update = () => {
    clearTimeout(timer);
    timer = 0;
    return render(box.value.trim() ? box.value : seedText);
  };
  box.addEventListener('input', () => {
    clearTimeout(timer);
    $('status').textContent = 'Analysing…';
    timer = setTimeout(update, DEBOUNCE_MS);
  });
  $('edit-seed').addEventListener('click', () => {
    box.value = seedText;
    box.focus();
    box.setSelectionRange(0, 0);
    update();
  });
  $('show-seed').addEventListener('click', () => {
    box.value = '';
    update();
  });
  await update();
}

// For the console and the browser tests (WebDriver scripts cannot reach this module's exports).
globalThis.whosaidDemo = Object.freeze({ current, render, tip: () => overlay?.inspectTip() ?? null });

main().catch((e) => {
  document.documentElement.dataset.whosaid = 'error';
  $('status').textContent = `Could not start the analyser: ${e?.message || e}`;
  console.error(e);
});

