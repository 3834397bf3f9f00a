/* global document, CSS, window -- inside functions evaluated in the page */
// The demo page (www/) in headless Chromium (and Firefox ESR), served by scripts/serve.sh from 127.0.0.1 exactly as
// a new user opens it. Needs dist/chrome/wasm (bash scripts/build.sh) and /usr/bin/chromium.
//   node --test --test-concurrency=1 tests/browser/demo.test.mjs
// What the page shows is checked against the same wasm run here in Node on the very text the page
// analysed, and the claim map against edges computed here from that analysis JSON.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { extentOf, partyOf } from '../../extension/shared/analysis.js';
import { ARTIFACTS, READ_HIGHLIGHTS, ROOT, expectedClasses, launchFirefox, squash, startDeadProxy, until } from './harness.mjs';

// Each stance, and its lighter highlight for beliefs.
const CLASSES = ['asserted', 'disputed', 'disputing', 'asserted-light', 'disputed-light', 'disputing-light'];
const SEED = readFileSync(join(ROOT, 'tests/fixtures/seed/moscow-times-venezuela.txt'), 'utf8');
const PASTED = readFileSync(join(ROOT, 'tests/fixtures/disputes/manafort-not-true.txt'), 'utf8');
// The tooltip's shadow root is closed to the page: the demo, which holds the overlay, tells.
const TIP_TEXT = '(() => window.whosaidDemo.tip()?.text ?? null)()';
// A point on Trump's painted statement (scrolled into view), or null: read the same way in both
// browsers.
const TRUMP_POINT = `(() => {
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('whosaid-')) continue;
    for (const r of h) {
      if (!r.toString().includes('most of their people')) continue;
      r.startContainer.parentElement.scrollIntoView({ block: 'center', behavior: 'instant' });
      const b = r.getClientRects()[0];
      return { x: b.left + Math.min(20, b.width / 2), y: b.top + b.height / 2 };
    }
  }
  return null;
})()`;
// What the page has on screen, from the page's own module (it publishes current() and render()).
const STATE = `(() => {
  const s = window.whosaidDemo.current();
  return s && { text: s.text, analysis: s.analysis };
})()`;

/** The core as the page has it (dist/www/wasm), run in Node: the oracle for the page's analysis. */
async function nodeCore() {
  const m = await import(join(ROOT, 'dist/www/wasm/whosaid.js'));
  await m.default({ module_or_path: readFileSync(join(ROOT, 'dist/www/wasm/whosaid_bg.wasm')) });
  return (text) => m.analyze(text);
}

/** A statement's party: the analysis's parties, else the overlay's group for it. */
function partyFn(analysis) {
  const named = new Map();
  for (const p of analysis.parties) for (const id of p.statements) named.set(id, p.name);
  const byId = new Map(analysis.statements.map((s) => [s.id, s]));
  return (id) => named.get(id) ?? partyOf(byId.get(id));
}

/** Parties and dispute edges computed here from the analysis JSON (not with the page's code). */
function expectedGraph(analysis) {
  const party = partyFn(analysis);
  const nodes = new Set([...analysis.parties.map((p) => p.name), ...analysis.statements.map((s) => party(s.id))]);
  const edges = new Map();
  for (const s of analysis.statements) {
    for (const d of s.disputes) {
      const k = `${party(s.id)} -> ${party(d)}`;
      edges.set(k, (edges.get(k) ?? 0) + 1);
    }
  }
  return { nodes: [...nodes].sort(), edges: [...edges].map(([k, n]) => `${k} x${n}`).sort() };
}

/** `bash scripts/serve.sh --no-build --port 0`, as the README has it; resolves to {url, server}. */
async function startDemo() {
  const server = spawn('bash', [join(ROOT, 'scripts/serve.sh'), '--no-build', '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((ok, fail) => {
    let out = '';
    server.stdout.on('data', (d) => {
      out += d;
      const m = /whosaid demo: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) ok(m[1]);
    });
    server.once('exit', (code) => fail(new Error(`scripts/serve.sh exited (${code}): ${out}`)));
  });
  return { url, server };
}

/** Every stance highlight (`got`: READ_HIGHLIGHTS) holds exactly the core's statements of that stance. */
function assertPainted(got, text, analysis) {
  const cls = expectedClasses(analysis);
  const want = Object.fromEntries(CLASSES.map((c) => [c, []]));
  analysis.statements.forEach((s, i) => want[cls[i]].push(squash(text.slice(...extentOf(s)))));
  for (const c of CLASSES) {
    assert.deepEqual((got.highlights[`whosaid-${c}`] ?? []).map(squash).sort(), want[c].sort(), `whosaid-${c} holds the core's ${c} statements`);
  }
}

const DRAWN_GRAPH = `(() => ({
  nodes: [...document.querySelectorAll('#map svg g.node')].map((g) => g.dataset.party).sort(),
  edges: [...document.querySelectorAll('#map svg g.edge')].map((g) => g.dataset.from + ' -> ' + g.dataset.to + ' x' + g.dataset.count).sort(),
}))()`;

describe('demo page (www/) served by scripts/serve.sh on 127.0.0.1, in headless Chromium', () => {
  let server, url, browser, page, analyze;
  const requests = [];
  const errors = [];

  const state = () => page.evaluate(STATE);
  const renders = () => page.evaluate(() => Number(document.documentElement.dataset.renders ?? 0));
  const ready = (after = 0) => until(() => page.evaluate((n) => document.documentElement.dataset.whosaid === 'ready'
    && Number(document.documentElement.dataset.renders) > n, after), 'the demo to finish analysing');
  const drawnGraph = () => page.evaluate(DRAWN_GRAPH);
  const selectedTexts = () => page.evaluate(() => [...(CSS.highlights.get('whosaid-selected') ?? [])].map((r) => r.toString()));

  const painted = async (text, analysis) => assertPainted(await page.evaluate(READ_HIGHLIGHTS), text, analysis);

  before(async () => {
    analyze = await nodeCore();
    // The command the README gives, minus the build (the test runs after scripts/build.sh).
    ({ url, server } = await startDemo());
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(url, { waitUntil: 'load' });
    await ready();
  });

  after(async () => {
    await browser?.close();
    server?.kill();
  });

  it('serves .wasm as application/wasm and .js as text/javascript', async () => {
    for (const [path, type] of [['wasm/whosaid_bg.wasm', 'application/wasm'], ['demo.js', 'text/javascript'], ['shared/overlay.js', 'text/javascript'], ['', 'text/html']]) {
      const r = await fetch(url + path);
      assert.equal(r.status, 200, path);
      assert.ok(r.headers.get('content-type').startsWith(type), `${path}: ${r.headers.get('content-type')}`);
    }
    assert.equal((await fetch(`${url}../package.json`)).status, 404, 'nothing outside dist/www is served');
  });

  it('opens on the seed article: every stance highlight holds the core\'s statements', async () => {
    const { text, analysis } = await state();
    assert.ok(text.includes('Trump tweeted on Monday'), 'the seed article is on the page');
    assert.equal(squash(text), squash(SEED), 'the page analysed the seed text, all of it');
    assert.deepEqual(analysis, analyze(text), 'the page shows what the core returns for that text');
    assert.ok(analysis.statements.length >= 10, `statements found: ${analysis.statements.length}`);
    await painted(text, analysis);
    const status = await page.textContent('#status');
    assert.match(status, new RegExp(`^${analysis.statements.length} statements`));
    await page.screenshot({ path: join(ARTIFACTS, 'demo-seed.png') });
  });

  it('hovering Trump\'s tweet opens its tooltip', async () => {
    const { text, analysis } = await state();
    const trump = analysis.statements.find((s) => text.slice(...s.content).includes('most of their people'));
    assert.ok(trump, 'a statement holds Trump\'s "most of their people"');
    const rect = await page.evaluate(TRUMP_POINT);
    assert.ok(rect, 'Trump\'s statement is painted');
    await page.mouse.move(rect.x, rect.y);
    const tip = await until(() => page.evaluate(TIP_TEXT), 'the tooltip');
    assert.ok(tip.includes(trump.speaker.name ?? trump.speaker.text), `tooltip names the speaker: ${tip}`);
    if (trump.cue_text) assert.ok(tip.includes(trump.cue_text), `tooltip gives the cue: ${tip}`);
    // Whatever disputes the core finds for it are listed, by party.
    const party = partyFn(analysis);
    const disputers = new Set(analysis.statements.filter((s) => s.disputes.includes(trump.id)).map((s) => party(s.id)));
    if (disputers.size) assert.ok(tip.includes('Disputed by'), `tooltip lists who disputes it: ${tip}`);
    for (const p of disputers) assert.ok(tip.includes(p), `tooltip names ${p} among the disputers: ${tip}`);
    await page.screenshot({ path: join(ARTIFACTS, 'demo-tooltip.png') });
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
  });

  it('claim map: the parties as nodes and exactly the analysis\'s dispute edges', async () => {
    const { analysis } = await state();
    const want = expectedGraph(analysis);
    const drawn = await drawnGraph();
    assert.deepEqual(drawn.nodes, want.nodes, 'one node per party');
    for (const p of analysis.parties) assert.ok(drawn.nodes.includes(p.name), `party ${p.name} is on the map`);
    assert.deepEqual(drawn.edges, want.edges, 'the edges drawn are the disputes in the analysis');
    if (!want.edges.length) {
      console.log('# note: the core returns no disputes for the seed article; the map draws none');
      return;
    }
    // The first edge selects the statements on both of its ends.
    const first = await page.locator('#map g.edge').first();
    const [from, to] = await first.evaluate((g) => [g.dataset.from, g.dataset.to]);
    await first.click();
    const party = partyFn(analysis);
    const ids = new Set();
    for (const s of analysis.statements) {
      for (const d of s.disputes) if (party(s.id) === from && party(d) === to) ids.add(s.id).add(d);
    }
    const { text } = await state();
    assert.deepEqual((await selectedTexts()).map(squash).sort(),
      analysis.statements.filter((s) => ids.has(s.id)).map((s) => squash(text.slice(...extentOf(s)))).sort(), `${from} -> ${to} selects both sides`);
    assert.ok(await page.evaluate(TIP_TEXT), 'the disputed claim\'s tooltip is open');
    await page.screenshot({ path: join(ARTIFACTS, 'demo-seed-edge.png') });
    await page.keyboard.press('Escape');
  });

  it('a node selects its party\'s statements (mouse, and Enter from the keyboard)', async () => {
    const { text, analysis } = await state();
    const last = (await drawnGraph()).nodes.at(-1);
    const counts = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('#map g.node')].map((g) => [g.dataset.party, Number(g.dataset.count)])));
    const top = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
    for (const how of ['click', 'keyboard']) {
      await page.evaluate(() => CSS.highlights.get('whosaid-selected').clear());
      const node = page.locator(`#map g.node[data-party="${how === 'click' ? top : last}"]`);
      if (how === 'click') await node.click();
      else { await node.focus(); await page.keyboard.press('Enter'); }
      const name = how === 'click' ? top : last;
      const party = partyFn(analysis);
      const want = analysis.statements.filter((s) => party(s.id) === name).map((s) => squash(text.slice(...extentOf(s)))).sort();
      assert.deepEqual((await selectedTexts()).map(squash).sort(), want, `${how}: ${name}'s statements are selected`);
      assert.match(await page.textContent('#selection'), new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ${want.length} statement`));
    }
  });

  it('hand-written disputes: edges drawn from the analysis, an edge selects both sides and opens the disputed claim', async () => {
    // Whatever the core returns today, the map must draw what an analysis with disputes says.
    const paras = ['The finance minister, Jane Doe, said on Monday that taxes would fall next year.',
      '"Taxes will rise for almost everyone," an official who asked not to be named told reporters.',
      'The opposition leader, Sam Roe, denied that taxes would fall. Roe also said the plan was late.'];
    const text = paras.join('\n\n');
    const span = (w) => [text.indexOf(w), text.indexOf(w) + w.length];
    const sp = (t, name, party, anonymous = false) => ({ text: t, mention: span(t), name, party, anonymous });
    const st = (id, words, cue, speaker, stance, disputes) => ({ id, kind: words.startsWith('"') ? 'direct' : 'indirect', content: span(words), parts: [span(words)],
      cue: span(cue), cue_text: cue, speaker, claim: 0, stance, disputes });
    const analysis = {
      statements: [
        st(0, 'taxes would fall next year', 'said', sp('Jane Doe', 'Jane Doe', 'Government'), 'asserts', []),
        st(1, '"Taxes will rise for almost everyone,"', 'told reporters', sp('an official who asked not to be named', null, null, true), 'disputes', [0]),
        st(2, 'taxes would fall.', 'denied', sp('Sam Roe', 'Sam Roe', 'Opposition'), 'disputes', [0]),
        st(3, 'the plan was late', 'said', sp('Roe', 'Sam Roe', 'Opposition'), 'asserts', []),
      ],
      parties: [{ name: 'Government', members: ['Jane Doe'], statements: [0] }, { name: 'Opposition', members: ['Sam Roe'], statements: [2, 3] }],
    };
    await page.evaluate(([t, a]) => window.whosaidDemo.render(t, a).then(() => true), [text, analysis]);
    const s = await state();
    assert.equal(s.text, text, 'the page lays the paragraphs out as the text the analysis indexes');
    await painted(text, analysis);
    const drawn = await drawnGraph();
    assert.deepEqual(drawn, expectedGraph(analysis));
    assert.deepEqual(drawn.edges, ['Anonymous source -> Government x1', 'Opposition -> Government x1']);
    const edge = page.locator('#map g.edge[data-from="Opposition"]');
    await edge.focus();
    await page.keyboard.press('Enter');
    assert.deepEqual((await selectedTexts()).map(squash).sort(), [squash('taxes would fall next year'), squash('taxes would fall.')].sort());
    const tip = await until(() => page.evaluate(TIP_TEXT), 'the disputed claim\'s tooltip');
    assert.match(tip, /Jane Doe/);
    assert.match(tip, /Disputed by/);
    assert.match(tip, /Opposition \(Sam Roe, 1 statement\)/);
    assert.equal(await page.evaluate(() => document.activeElement?.dataset?.from), 'Opposition', 'focus stays on the edge');
    await page.screenshot({ path: join(ARTIFACTS, 'demo-edge.png') });
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(TIP_TEXT), null, 'Escape closes the tooltip');
    // Tab order: the textarea, its buttons, then the map's nodes and edges.
    await page.focus('#show-seed');
    const seen = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      seen.push(await page.evaluate(() => { const a = document.activeElement; return a.dataset.party ?? (a.dataset.from ? `${a.dataset.from}->${a.dataset.to}` : a.id || a.tagName); }));
    }
    // Nodes (parties in a dispute first, then by statements), then edges in text order.
    assert.deepEqual(seen.slice(0, 5), ['Government', 'Opposition', 'Anonymous source', 'Anonymous source->Government', 'Opposition->Government']);
  });

  it('pasted text is analysed as it is typed (debounced), and the example comes back', async () => {
    const n0 = await renders();
    await page.fill('#paste', PASTED);
    await ready(n0);
    const { text, analysis } = await state();
    assert.ok(text.includes('Nice try, not true'), 'the pasted article is on the page');
    assert.equal(squash(text), squash(PASTED));
    assert.deepEqual(analysis, analyze(text));
    assert.ok(analysis.statements.length >= 3, `statements in the pasted text: ${analysis.statements.length}`);
    await painted(text, analysis);
    assert.deepEqual(await drawnGraph(), expectedGraph(analysis));
    assert.ok((await page.textContent('#claims')).includes('Manafort'), 'claims by party list the pasted article\'s speakers');
    await page.screenshot({ path: join(ARTIFACTS, 'demo-pasted.png') });
    // Typing: one analysis once the keys stop, not one per key.
    const n1 = await renders();
    await page.focus('#paste');
    await page.keyboard.press('End');
    await page.keyboard.type('\n\nThe senator said the bill would pass.', { delay: 15 });
    await ready(n1);
    await new Promise((ok) => setTimeout(ok, 600));
    assert.equal(await renders(), n1 + 1, 'one analysis after typing stops');
    const typed = await state();
    assert.ok(typed.analysis.statements.some((s) => typed.text.slice(...s.content).includes('the bill would pass')), 'the typed sentence is analysed');
    const n2 = await renders();
    await page.click('#show-seed');
    await ready(n2);
    assert.equal(squash((await state()).text), squash(SEED), 'back on the example');
  });

  it('a paste longer than the core takes (5 MB) is refused with the limit, quickly, and the page stays as it was', async () => {
    const before = await state();
    const n0 = await renders();
    const big = `${'"We will win," the mayor said. '.repeat(170_000)}`; // 5.3 MB
    const t0 = Date.now();
    await page.evaluate((t) => { const box = document.getElementById('paste'); box.value = t; box.dispatchEvent(new Event('input', { bubbles: true })); }, big);
    await ready(n0);
    const status = await page.textContent('#status');
    assert.match(status, /^This text is 5\.\d MB: the demo analyses up to 4\.0 MB at a time\. Paste one article\.$/);
    assert.ok(Date.now() - t0 < 5000, `refused in ${Date.now() - t0} ms`);
    assert.equal(squash((await state()).text), squash(before.text), 'the article shown is unchanged');
    const n1 = await renders();
    await page.click('#show-seed');
    await ready(n1);
    assert.equal(squash((await state()).text), squash(SEED));
  });

  it('made no request outside 127.0.0.1 and logged no error', () => {
    assert.ok(requests.some((u) => u.endsWith('/wasm/whosaid_bg.wasm')), 'the request log sees the page\'s own loads');
    assert.deepEqual(requests.filter((u) => !u.startsWith(url)), []);
    assert.deepEqual(errors, []);
  });

  it('www/ parses no text as HTML and runs no string as code', () => {
    for (const f of readdirSync(join(ROOT, 'www')).filter((n) => n.endsWith('.js'))) {
      const src = readFileSync(join(ROOT, 'www', f), 'utf8');
      assert.doesNotMatch(src, /\.(innerHTML|outerHTML)\b|insertAdjacentHTML|DOMParser|createContextualFragment|\beval\(|new Function\(|document\.write/, f);
    }
  });
});

// Firefox ESR (CSS Custom Highlights since 140) through geckodriver, with the extension installed
// as in the extension tests (it stays off: the demo paints with its own copy of the overlay).
const haveFirefox = ['/usr/bin/firefox-esr', process.env.FIREFOX].some((f) => f && existsSync(f))
  && spawnSync('geckodriver', ['--version']).status === 0;
describe('demo page in headless Firefox ESR', { skip: !haveFirefox && 'no firefox-esr or geckodriver (scripts/setup.sh installs them)' }, () => {
  let demo, proxy, b, analyze;
  const stateFx = () => b.exec(`return ${STATE};`);
  const readyFx = (n = 0) => until(() => b.exec(`return document.documentElement.dataset.whosaid === 'ready' && Number(document.documentElement.dataset.renders) > ${n};`), 'the demo to finish analysing');

  before(async () => {
    analyze = await nodeCore();
    demo = await startDemo();
    proxy = await startDeadProxy();
    b = await launchFirefox({ proxyPort: proxy.port });
    await b.go(demo.url);
    await readyFx();
  });
  after(async () => {
    await b?.close();
    await proxy?.close();
    demo?.server.kill();
  });

  it('seed article: highlights, tooltip, claim map; pasted text analysed; nothing sent out', async () => {
    const { text, analysis } = await stateFx();
    assert.equal(squash(text), squash(SEED));
    assert.deepEqual(analysis, analyze(text));
    assertPainted(await b.highlights(), text, analysis);
    assert.deepEqual(await b.exec(`return ${DRAWN_GRAPH};`), expectedGraph(analysis));
    const at = await b.exec(`return ${TRUMP_POINT};`);
    assert.ok(at, 'Trump\'s statement is painted');
    await b.pointer(at.x, at.y);
    const tip = await until(() => b.exec(`return ${TIP_TEXT};`), 'the tooltip');
    assert.match(tip, /Donald Trump/);
    await b.screenshot(join(ARTIFACTS, 'firefox-demo-tooltip.png'));
    const n = await b.exec('return Number(document.documentElement.dataset.renders);');
    await b.exec('const box = document.getElementById("paste"); box.value = arguments[0]; box.dispatchEvent(new Event("input", { bubbles: true }));', [PASTED]);
    await readyFx(n);
    const pasted = await stateFx();
    assert.equal(squash(pasted.text), squash(PASTED));
    assert.deepEqual(pasted.analysis, analyze(pasted.text));
    assertPainted(await b.highlights(), pasted.text, pasted.analysis);
    // Firefox's own services (remote settings) call home despite the prefs: the browser's traffic,
    // not the page's, answered nothing by the dead proxy (as in firefox.test.mjs).
    const browserOwn = /^CONNECT [a-z0-9.-]+\.(mozilla\.(com|net|org)|firefox\.com|mozaws\.net):443 /;
    assert.deepEqual(proxy.log.map((l) => l.line).filter((l) => !browserOwn.test(l)), [], 'the page sent nothing out of 127.0.0.1');
  });
});
