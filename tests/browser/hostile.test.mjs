// Hostile pages and inputs (issue 6), in headless Chromium and Firefox ESR with the built extension:
// a 5 MB article, a page that never stops mutating, iframes and shadow roots, editable text and
// form fields, markup in quotations, right-to-left and mixed scripts, a page that removes the
// extension's nodes or overrides CSS.highlights, and a panic inside the wasm core. Plus the
// manifest's permissions and the shipped code, checked without a browser.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assertPainted, extensionTip, ourNames, readPainted } from './checks.mjs';
import { extentOf } from '../../extension/shared/analysis.js';
import { DIST, ROOT, TEST_DIST, filesUnder, launchChromium, launchFirefoxTab, nativeAnalyze, squash, stanceRanges, startServer, until } from './harness.mjs';
import { bigArticle, longNamePage } from './hostile-pages.mjs';

const BIG = bigArticle(5_000_000);
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

const TRAP = 'window.__trap';

// A point on the first words of the painted statement whose text includes `words` (`names`: the
// highlight names of the page's copy of the content script, checks.mjs ourNames). trap.js keeps
// the registry in window.__registry before a hostile page can override CSS.highlights.
const pointAt = (words, names) => `(() => {
  const all = ${stanceRanges(names)};
  const r = all.filter((r) => r.toString().includes(${JSON.stringify(words)})).sort((a, b) => a.toString().length - b.toString().length)[0];
  if (!r) return null;
  r.startContainer.parentElement.scrollIntoView({ block: 'center' });
  // A page may have replaced Range.prototype.getClientRects: trap.js kept the original.
  const q = (window.__clientRects ?? ((x) => x.getClientRects()))(r)[0];
  return { x: q.left + Math.min(6, q.width / 2), y: q.top + q.height / 2 };
})()`;

// ---------------------------------------------------------------------------------------------
// Browser adapters: the same calls in both browsers.

async function chromium() {
  const b = await launchChromium();
  const { page, tabId, ...tab } = await b.tab();
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; d.dismiss().catch(() => {}); });
  return {
    ...tab,
    name: 'chromium', cspMode: 'background',
    // What a page learns by loading the extension's files at their fixed URL.
    probeOwnFiles: () => page.evaluate(async (id) => {
      const out = [];
      for (const f of ['shared/overlay.js', 'shared/article.js', 'wasm/whosaid_bg.wasm']) {
        try { out.push((await fetch(`chrome-extension://${id}/${f}`)).status); } catch { out.push('blocked'); }
      }
      return out;
    }, b.extId),
    hover: async (x, y) => { await page.mouse.move(1, 1); await page.mouse.move(x, y); },
    typeInto: async (selector, text) => { await page.click(selector); await page.keyboard.type(text); },
    dialogs: () => dialogs,
    popupText: async () => {
      const p = await b.context.newPage();
      try {
        await p.goto(`chrome-extension://${b.extId}/popup.html?tab=${await tabId()}`);
        return await until(() => p.evaluate(`(() => {
          const g = document.getElementById('groups');
          return g.childElementCount ? { text: g.textContent, elements: [...g.querySelectorAll('*')].map((e) => e.localName) } : null;
        })()`), 'popup groups');
      } finally {
        await p.close();
        await page.bringToFront();
      }
    },
    close: () => b.close(),
  };
}

async function firefox() {
  const { proxy, b, main, pageTab } = await launchFirefoxTab();
  return {
    name: 'firefox', cspMode: 'content',
    open: async (url) => { await b.switchTo(main); await b.go(url); },
    inject: () => b.inExtension('const m = await import("/inject.js"); await m.ensureInjected(browser, arguments[0]);', [pageTab]),
    send: (msg) => b.inExtension('return browser.tabs.sendMessage(arguments[0], arguments[1]);', [pageTab, msg]),
    evalPage: (expr) => b.exec(`return ${expr};`),
    hover: async (x, y) => { await b.pointer(1, 1); await b.pointer(x, y); },
    typeInto: async (selector, text) => {
      await b.exec(`const e = document.querySelector(arguments[0]); e.focus(); const s = getSelection(); s.selectAllChildren(e); s.collapseToEnd();`, [selector]);
      await b.s('POST', '/actions', { actions: [{ type: 'key', id: 'kbd', actions: [...text].flatMap((c) => [{ type: 'keyDown', value: c }, { type: 'keyUp', value: c }]) }] });
    },
    dialogs: () => 0, // trap.js replaces alert/confirm/prompt; WebDriver would fail on a real one
    badge: () => b.inExtension('return browser.action.getBadgeText({ tabId: arguments[0] });', [pageTab]),
    popupText: null,
    close: async () => { await b.close(); await proxy.close(); },
  };
}

// ---------------------------------------------------------------------------------------------

/** The server and browser every hostile test shares, filled in before the first one (`A` and `srv`
 * stay the same objects, so the groups below can take them at once), and the steps they repeat. */
function hostileHarness(name, launch) {
  const srv = {};
  const A = {};
  const open = async (path) => {
    await A.open(srv.origin + path);
    await A.inject();
    await until(() => A.send({ type: 'status' }), 'the content script');
  };
  async function turnOn(path) {
    await open(path);
    const st = await A.send({ type: 'toggle' });
    assert.equal(st?.error ?? null, null, 'the content script reported an error');
    assert.equal(st.on, true);
    const { texts, blocks } = await A.send({ type: 'debugText' });
    return { st, texts, blocks };
  }
  const stats = async () => (await A.send({ type: 'debugText' })).stats;
  const trapClean = async () => {
    const trap = await A.evalPage(TRAP);
    assert.deepEqual(trap, { alerts: 0, errors: [], rejections: [] }, 'nothing ran as code or was thrown into the page');
    assert.equal((await stats()).uncaught, 0, 'no uncaught error in the content script either');
  };

  before(async () => {
    Object.assign(srv, await startServer({ routes: { '/hostile/big.html': BIG.html, '/hostile/longname.html': longNamePage() } }));
    Object.assign(A, await launch());
    A.tip = () => extensionTip(A);
  });
  after(async () => {
    await A.close?.();
    await srv.close?.();
  });
  return { name, srv, A, open, turnOn, stats, trapClean };
}

/** What a page puts in a quotation or a name is shown as text, in its direction, and cut short. */
function shownAsText({ A, turnOn, trapClean }) {
  it('markup in a quotation is shown as text in the tooltip and the popup, never run', async () => {
    const { texts, blocks } = await turnOn('/hostile/markup.html');
    assert.ok(texts[0].includes('"<img src=x onerror=alert(1)> clean and complete"'), 'the page shows the markup as text');
    const [analysis] = nativeAnalyze(texts, blocks);
    assertPainted(await readPainted(A), [{ text: texts[0], analysis }]);
    // The minister's claim is disputed: its tooltip lists Diaz's words, markup and all.
    const at = await A.evalPage(pointAt('clean and complete', await ourNames(A)));
    assert.ok(at, 'the claim with the markup is painted');
    await A.hover(at.x, at.y);
    const tip = await until(async () => { const t = await A.tip(); return t?.includes('Disputed by') && t; }, 'tooltip of the disputed claim');
    assert.ok(tip.includes('<script>alert(2)</script> clean and complete'), `markup listed as text: ${tip}`);
    assert.ok(tip.includes('<b>not</b> a fair vote'), tip);
    // Diaz's denial lists the claim it disputes, with the <img>. (The open tooltip may cover it:
    // leave it to close first.)
    await A.hover(1, 1);
    await until(async () => (await A.tip()) === null, 'the tooltip to close');
    const at2 = await A.evalPage(pointAt('in the north', await ourNames(A)));
    await A.hover(at2.x, at2.y);
    const tip2 = await until(async () => { const t = await A.tip(); return t?.includes('<img') && t; }, 'tooltip of the denial');
    assert.ok(tip2.includes('<img src=x onerror=alert(1)> clean and complete'), tip2);
    const made = (await A.send({ type: 'debugTip' })).tags;
    for (const tag of ['img', 'script', 'b']) assert.ok(!made.includes(tag), `no <${tag}> made in the tooltip: ${made}`);
    assert.equal(await A.evalPage(`document.querySelectorAll('img, b').length`), 0, 'none in the page either');
    if (A.popupText) {
      const popup = await A.popupText();
      assert.ok(popup.text.includes('<img src=x onerror=alert(1)>'), 'the popup lists the markup as text');
      for (const tag of ['img', 'script', 'b']) assert.ok(!popup.elements.includes(tag), `no <${tag}> in the popup`);
    }
    await sleep(300); // an onerror would fire by now
    await trapClean();
    assert.equal(A.dialogs(), 0, 'no dialog opened');
  });

  it('right-to-left and mixed-script text: no error, every highlight on the core\'s characters', async () => {
    const { st, texts, blocks } = await turnOn('/hostile/rtl.html');
    const [analysis] = nativeAnalyze(texts, blocks);
    assert.ok(analysis.statements.length >= 3, `statements found around the Arabic and Hebrew (${analysis.statements.length})`);
    assert.equal(st.count, analysis.statements.length);
    assertPainted(await readPainted(A), [{ text: texts[0], analysis }]);
    // The ranges hold exactly the core's UTF-16 spans, Arabic names and the emoji included.
    const mayor = analysis.statements.find((s) => texts[0].slice(...s.content).includes('rebuild the old market'));
    assert.ok(mayor, 'the mayor\'s quotation is found');
    assert.match(mayor.speaker.text, /محمد أحمد/, 'the speaker is the Arabic name');
    const at = await A.evalPage(pointAt('rebuild the old market', await ourNames(A)));
    await A.hover(at.x, at.y);
    const tip = await until(() => A.tip(), 'tooltip');
    assert.ok(tip.includes('محمد أحمد'), `tooltip names the speaker in Arabic: ${tip}`);
    await trapClean();
  });

  it('a right-to-left override inside a quotation reverses nothing around it in the tooltip and the popup', async () => {
    const { texts, blocks } = await turnOn('/hostile/bidi.html');
    const [analysis] = nativeAnalyze(texts, blocks);
    assertPainted(await readPainted(A), [{ text: texts[0], analysis }]);
    const at = await A.evalPage(pointAt('in every district', await ourNames(A)));
    assert.ok(at, 'the mayor\'s claim is painted');
    await A.hover(at.x, at.y);
    await until(async () => (await A.tip())?.includes('Disputed by'), 'tooltip of the disputed claim');
    const tip = await A.send({ type: 'debugTip' });
    // Every page string with the override is alone in its <bdi>: the cue and the counts after it
    // are outside, so they keep their order on screen.
    const marked = tip.isolated.filter((t) => t.includes('\u202e'));
    assert.ok(marked.length >= 1, `the quotation with the mark is shown: ${JSON.stringify(tip.isolated)}`);
    for (const t of marked) assert.ok(!/\((denied|saying|said)\)|statement/.test(t), `nothing of ours inside the isolated words: ${t}`);
    if (A.popupText) {
      const popup = await A.popupText();
      assert.ok(popup.elements.includes('bdi'), 'the popup sets page words apart');
    }
    await trapClean();
  });

  it('a speaker "named" by a megabyte of capitalised words: the tooltip and the popup show at most 100 characters of it', async () => {
    const { st, texts, blocks } = await turnOn('/hostile/longname.html');
    assert.ok(texts.join('').length > 1_000_000, 'the megabyte is read (in slices)');
    const analyses = nativeAnalyze(texts, blocks);
    assert.equal(st.count, analyses.reduce((n, a) => n + a.statements.length, 0));
    for (const g of st.groups) {
      assert.ok(g.party.length <= 101, `a party of ${g.party.length} characters`);
      for (const x of g.statements) assert.ok(x.speaker.length <= 140, `a speaker of ${x.speaker.length} characters`);
    }
    // The first statement's tooltip ("next statement"; the paragraph is too tall to point at).
    assert.equal((await A.send({ type: 'next' })).ok, true);
    const tip = await until(() => A.tip(), 'tooltip');
    assert.match(tip, /^(Alpha|Bravo|Charlie|Delta|Echo)\b/, 'the tooltip names the speaker');
    assert.ok(tip.length < 600, `a tooltip of ${tip.length} characters`);
    await trapClean();
  });
}

/** Nothing a page can do tells it whosaid is there, or switches it off. */
function unseen({ A, open, turnOn, trapClean }) {
  it('a page cannot tell whosaid is installed by loading its files (Chrome: dynamic URLs)', async (t) => {
    if (!A.probeOwnFiles) return t.skip('Firefox gives each install a random extension id: no fixed URL to probe');
    const { st } = await turnOn('/seed.html');
    assert.ok(st.count > 0, 'the content script loaded those files itself');
    assert.deepEqual(await A.probeOwnFiles(), ['blocked', 'blocked', 'blocked']);
    await A.send({ type: 'toggle' });
  });

  it('a page that clobbers globals with named elements (__whosaidLoaded, browser, chrome) cannot switch it off', async () => {
    const { st, texts, blocks } = await turnOn('/hostile/clobber.html');
    const [analysis] = nativeAnalyze(texts, blocks);
    assert.ok(analysis.statements.length >= 2, `the minister and Diaz (${analysis.statements.length})`);
    assert.equal(st.count, analysis.statements.length);
    assertPainted(await readPainted(A), [{ text: texts[0], analysis }]);
    await trapClean();
  });

  it('a page that looks for whosaid\'s highlights by name (listing CSS.highlights, probing ::highlight() styles) finds none', async () => {
    const { st, texts, blocks } = await turnOn('/hostile/spy.html');
    const [analysis] = nativeAnalyze(texts, blocks);
    assert.equal(st.count, analysis.statements.length);
    assertPainted(await readPainted(A), [{ text: texts[0], analysis }]);
    // Every highlight in use, the statement opened and the one flashed included.
    assert.equal((await A.send({ type: 'next' })).ok, true);
    await until(() => A.tip(), 'tooltip');
    const looks = await A.evalPage('window.__spy.looks');
    await until(async () => (await A.evalPage('window.__spy.looks')) > looks + 3, 'the page to look again');
    const spy = await A.evalPage('window.__spy');
    assert.deepEqual(spy.named, [], 'highlight names that say whosaid');
    assert.deepEqual(spy.styled, [], 'whosaid\'s old names styled in the page');
    // The registry is the page's: it sees names, drawn for this copy, that it could not guess.
    const names = await ourNames(A);
    for (const n of Object.values(names)) {
      assert.ok(spy.seen.includes(n), `the page lists ${n}`);
      assert.match(n, /^[a-z]{8,15}$/);
    }
    // A new copy (the next load) draws new names.
    await open('/hostile/spy.html');
    const again = await ourNames(A);
    assert.ok(Object.values(again).every((n) => !Object.values(names).includes(n)), `new names: ${JSON.stringify([names, again])}`);
    await trapClean();
  });
}

/** Only what a reader can see, outside fields, frames and shadow roots, is read, and for as long as it is there. */
function readsWhatShows({ name, A, open, turnOn, stats, trapClean }) {
  it('text no reader can see (off-screen, hidden, transparent, clipped, zero-size) is never read or painted', async () => {
    const { st, texts, blocks } = await turnOn('/hostile/hidden.html');
    assert.equal(texts.length, 1);
    for (const who of ['WHO', 'Doctors Without Borders', 'Red Cross', 'UNICEF', 'World Bank', 'Amnesty', 'European Medicines',
      'Lancet', 'Oxfam', 'Greenpeace', 'Red Crescent']) {
      assert.ok(!texts[0].includes(who), `hidden text read: ${who}`);
    }
    assert.ok(texts[0].includes('the vaccine is safe and effective') && texts[0].includes('Sara Diaz'), 'the visible article is read');
    const [analysis] = nativeAnalyze(texts, blocks);
    assert.equal(st.count, analysis.statements.length);
    assertPainted(await readPainted(A), [{ text: texts[0], analysis }]);
    // The minister's claim is disputed by Diaz alone: nothing hidden adds a party to its tooltip.
    const at = await A.evalPage(pointAt('the vaccine is safe and effective', await ourNames(A)));
    assert.ok(at, 'the minister\'s claim is painted');
    await A.hover(at.x, at.y);
    const tip = await until(async () => { const t = await A.tip(); return t?.includes('Disputed by') && t; }, 'tooltip of the disputed claim');
    assert.match(tip, /Sara Diaz/);
    for (const who of ['WHO', 'Amnesty', 'UNICEF', 'Red Crescent']) assert.ok(!tip.includes(who), `tooltip names hidden ${who}: ${tip}`);
    await trapClean();
  });

  it('a page that hides its body until its scripts run is read once it shows it', async () => {
    await open('/hostile/antiflicker.html');
    const st = await A.send({ type: 'toggle' });
    assert.equal(st.error ?? null, null);
    assert.equal(st.on, true);
    const { texts, blocks } = await A.send({ type: 'debugText' });
    assert.ok(texts[0].includes('Sara Diaz denied'), `the article is read once shown: ${JSON.stringify(texts[0]?.slice(0, 80))}`);
    const [analysis] = nativeAnalyze(texts, blocks);
    assert.ok(analysis.statements.length >= 2);
    assertPainted(await readPainted(A), [{ text: texts[0], analysis }]);
    await A.send({ type: 'toggle' });
    await trapClean();
  });

  it('a page that adds 10,000 nodes one at a time: read in linear time, the statement among them found', async () => {
    const { st } = await turnOn('/hostile/growing.html');
    const s0 = await stats();
    await A.evalPage('window.addMany(10000)');
    const after = await until(async () => { const s = await A.send({ type: 'status' }); return s.count > st.count && s; }, 'the added statement', 20000);
    assert.equal(after.count, st.count + 1, 'the mayor\'s statement among the added nodes is found');
    const s1 = await stats();
    console.log(`[${name}] 10,000 nodes added: ${s1.scans - s0.scans} scans, ${(s1.busyMs - s0.busyMs).toFixed(0)} ms of main-thread work`);
    // Comparing every pair of added nodes (100 million contains() calls) took seconds.
    assert.ok(s1.busyMs - s0.busyMs < 1500, `main-thread work for 10,000 added nodes: ${(s1.busyMs - s0.busyMs).toFixed(0)} ms`);
    const painted = Object.values((await readPainted(A)).highlights).flat();
    assert.ok(painted.some((t) => t.includes('We will rebuild the bridge by spring')), 'painted');
    await trapClean();
  });

  it('statements whose text leaves the page are forgotten: not counted, listed or painted', async () => {
    const { st, texts, blocks } = await turnOn('/hostile/growing.html');
    const [analysis] = nativeAnalyze(texts, blocks);
    assert.equal(st.count, analysis.statements.length);
    const from = texts[0].indexOf('Engineers denied'), to = texts[0].indexOf('than reported.') + 14;
    const inDenial = analysis.statements.filter((s) => s.content[0] >= from && s.content[1] <= to).length;
    assert.ok(inDenial >= 1);
    await A.evalPage('window.removeParagraph("denial")');
    const after = await until(async () => { const s = await A.send({ type: 'status' }); return s.count < st.count && s; }, 'the count to drop', 10000);
    assert.equal(after.count, st.count - inDenial);
    const listed = after.groups.flatMap((g) => g.statements.map((s) => s.text)).join(' | ');
    assert.ok(!/could reopen so soon|deeper than reported/.test(listed), `not listed: ${listed}`);
    const painted = Object.values((await readPainted(A)).highlights).flat();
    assert.ok(!painted.some((t) => /could reopen so soon|deeper than reported/.test(t)), 'not painted');
    // The minister's claim lost its only disputer: it is a plain claim again.
    assert.ok(!(await readPainted(A)).highlights['whosaid-disputed']?.length, 'no claim is left disputed');
    await trapClean();
  });

  it('editable text and form fields are never read, highlighted or modified', async () => {
    const FIELDS = `JSON.stringify([document.getElementById('editor').innerHTML, document.getElementById('area').value,
      document.getElementById('field').value, document.getElementById('plain').innerHTML, document.getElementById('empty').innerHTML])`;
    await open('/hostile/fields.html');
    const before = await A.evalPage(FIELDS);
    const { texts, blocks } = await turnOn('/hostile/fields.html');
    for (const t of ['Editable text', 'Textarea text', 'Input text', 'Plain editable text']) {
      assert.ok(!texts[0].includes(t), `not read: ${t}`);
    }
    const [analysis] = nativeAnalyze(texts, blocks);
    assert.ok(analysis.statements.length >= 2);
    assertPainted(await readPainted(A), [{ text: texts[0], analysis }]);
    const inFields = `(() => {
      const reg = window.__registry;
      const fields = ['editor', 'plain', 'empty'].map((id) => document.getElementById(id));
      return [...reg].flatMap(([, h]) => [...h]).filter((r) => fields.some((f) => f.contains(r.startContainer) || f.contains(r.endContainer))).length;
    })()`;
    assert.equal(await A.evalPage(inFields), 0, 'no range in editable text');
    assert.equal(await A.evalPage(FIELDS), before, 'fields unchanged');
    // Typing a quotation into the editable text: nothing is scanned, nothing painted there.
    const s0 = await stats();
    await A.typeInto('#editor', ' "Typed words stay mine," I said.');
    await A.typeInto('#plain', ' "Typed words stay mine," I said.');
    // An empty editable element gets a new text node: added to the page, but still editable.
    await A.typeInto('#empty', '"Typed words stay mine," I said.');
    await sleep(1200);
    const s1 = await stats();
    assert.equal(s1.analyses, s0.analyses, 'typing in editable text is not analysed');
    assert.equal(await A.evalPage(inFields), 0);
    for (const id of ['editor', 'empty']) {
      assert.ok((await A.evalPage(`document.getElementById('${id}').textContent`)).includes('Typed words stay mine'), `the typing landed in #${id}`);
    }
    assert.equal((await A.send({ type: 'debugText' })).texts.length, 1, 'no new text read');
    await trapClean();
  });

  it('iframes and shadow roots are skipped by design: nothing read, painted or added there', async () => {
    const { texts, blocks } = await turnOn('/hostile/frames.html');
    assert.ok(texts[0].includes('We never gave up'), 'the article around them is read');
    assert.ok(!texts[0].includes('Framed text'), 'iframe text is not read');
    assert.ok(!texts[0].includes('Shadow text'), 'shadow-root text is not read');
    const [analysis] = nativeAnalyze(texts, blocks);
    assertPainted(await readPainted(A), [{ text: texts[0], analysis }]);
    const inside = await A.evalPage(`(() => {
      const frame = document.getElementById('frame').contentDocument;
      const shadow = document.getElementById('shadow').shadowRoot;
      return {
        frameHighlights: [...frame.defaultView.CSS.highlights.keys()],
        frameNodes: [...frame.documentElement.children].filter((e) => e !== frame.head && e !== frame.body).length,
        shadowChildren: shadow.childNodes.length,
        rangesInShadow: [...window.__registry].flatMap(([, h]) => [...h]).filter((r) => r.startContainer.getRootNode() !== document).length,
      };
    })()`);
    assert.deepEqual(inside, { frameHighlights: [], frameNodes: 0, shadowChildren: 1, rangesInShadow: 0 });
    await trapClean();
  });
}

/** A page that fights back, or a core that fails, costs the page nothing. */
function underAttack({ name, A, open, turnOn, stats, trapClean }) {
  it('a page that mutates itself every few ms: scans stay bounded, no feedback loop, highlights stay right', async () => {
    const { texts, blocks } = await turnOn('/hostile/mutating.html');
    const [analysis] = nativeAnalyze(texts, blocks);
    assert.ok(analysis.statements.length >= 2);
    const s0 = await stats();
    const m0 = await A.evalPage('window.__mutations');
    const t0 = Date.now();
    await sleep(4000);
    const s1 = await stats();
    const m1 = await A.evalPage('window.__mutations');
    const secs = (Date.now() - t0) / 1000;
    const made = m1 - m0, scans = s1.scans - s0.scans, analyses = s1.analyses - s0.analyses, busy = s1.busyMs - s0.busyMs;
    console.log(`[${name}] mutating page: ${made} page changes in ${secs.toFixed(1)} s; ${s1.mutations - s0.mutations} observer callbacks, `
      + `${scans} scans, ${analyses} analyses, ${busy.toFixed(0)} ms of main-thread work`);
    assert.ok(made > 300, `the page kept changing (${made})`);
    // Without back-off this would be one scan per 250 ms (16 in 4 s); without a debounce, hundreds.
    assert.ok(scans <= 10, `scans bounded: ${scans}`);
    assert.ok(analyses <= scans, `at most one analysis per scan: ${analyses}`);
    assert.ok(busy < 0.1 * secs * 1000, `under 10% of the main thread: ${busy.toFixed(0)} ms in ${secs.toFixed(1)} s`);
    // The extension's own work changes nothing the page observes: once the page stops, so do we.
    await A.evalPage('window.stopMutating()');
    await sleep(4500); // longer than the longest scan delay
    const s2 = await stats();
    await sleep(1500);
    const s3 = await stats();
    assert.equal(s3.scans, s2.scans, 'no scan once the page is quiet');
    assert.equal(s3.mutations, s2.mutations, 'no mutation once the page is quiet (none of our own)');
    assertPainted(await readPainted(A), [{ text: texts[0], analysis }]);
    assert.equal((await A.send({ type: 'debugText' })).texts.length, 1, 'ticker text holds no statement: nothing kept');
    await trapClean();
  });

  for (const mode of ['remove-nodes', 'clear', 'override', 'fake']) {
    it(`a page that ${{ 'remove-nodes': 'removes the extension\'s nodes', clear: 'empties CSS.highlights', override: 'overrides CSS.highlights, Highlight and Range', fake: 'defines the tooltip\'s old element name and rewrites shadow roots' }[mode]}: nothing thrown into the page, clean degradation`, async () => {
      const { st, texts, blocks } = await turnOn(`/hostile/hostile-dom.html?mode=${mode}`);
      const [analysis] = nativeAnalyze(texts, blocks);
      assert.equal(st.count, analysis.statements.length, 'every statement found');
      if (mode !== 'clear') assertPainted(await readPainted(A), [{ text: texts[0], analysis }]);
      // Hover twice: the tooltip host is made (again, if the page removed it).
      const at = mode === 'clear' ? null : await A.evalPage(pointAt('no choice but to step down', await ourNames(A)));
      for (let i = 0; i < 2 && at; i++) {
        await A.hover(at.x, at.y);
        if (mode === 'remove-nodes') {
          await until(async () => (await A.evalPage('window.__hostile.removed')) > i, 'the page to remove the host');
        } else {
          const tip = await until(() => A.tip(), 'tooltip');
          if (mode === 'fake') {
            // The page reaches no shadow root of ours: the tooltip says what the core found.
            await sleep(200);
            assert.match(await A.tip(), /minister/i);
            assert.ok(!tip.includes('made up by the page') && !(await A.tip()).includes('made up by the page'));
            assert.equal(await A.evalPage('window.__hostile.faked'), 0, 'no shadow root of ours was open to the page');
          }
        }
        await A.hover(1, 1);
        await sleep(400);
      }
      if (mode === 'clear') {
        await until(async () => (await A.evalPage('window.__hostile.cleared')) > 0, 'the page to clear the highlights');
        assert.deepEqual((await readPainted(A)).highlights, {}, 'the page removed our highlights: they stay removed');
      }
      // Turning off and on again still works and reports no error.
      const off = await A.send({ type: 'toggle' });
      assert.equal(off.on, false);
      const on = await A.send({ type: 'toggle' });
      assert.equal(on.on, true);
      assert.equal(on.error, null);
      assert.equal(on.count, analysis.statements.length);
      await A.send({ type: 'toggle' });
      assert.equal((await readPainted(A)).nodes, 0);
      await trapClean();
    });
  }

  it('a panic in the wasm core is caught, reported, the page left untouched, and a fresh core works', async () => {
    for (const [path, where] of [['/seed.html', 'content'], ['/generated/long.html', 'background']]) {
      await open(path);
      assert.deepEqual(await A.send({ type: 'debugPanicNext' }), { ok: true });
      const st = await A.send({ type: 'toggle' });
      assert.equal(st.on, false, `${where}: not turned on`);
      assert.match(st.error ?? '', /panic_for_test: a deliberate panic in the core/, `${where}: the panic's message is reported`);
      assert.match(st.error, /restarted/);
      assert.deepEqual(await readPainted(A), { highlights: {}, nodes: 0 }, `${where}: nothing painted, no node added`);
      assert.equal(await until(async () => (await A.badge()) === '!' && '!', 'error badge'), '!');
      const again = await A.send({ type: 'toggle' });
      assert.equal(again.error, null, `${where}: the next analysis runs on a fresh instance`);
      assert.equal(again.on, true);
      const { texts, blocks } = await A.send({ type: 'debugText' });
      const analyses = nativeAnalyze(texts, blocks);
      assertPainted(await readPainted(A), texts.map((text, i) => ({ text, analysis: analyses[i] })));
      await A.send({ type: 'toggle' });
    }
  });
}

/** A 5 MB article. */
function bigArticlePage({ name, A, open }) {
  it('a 5 MB article: read and analysed in slices, no main-thread task of 50 ms or more, every statement found', async () => {
    await open('/hostile/big.html');
    // Long tasks where the browser reports them (Chromium), and in any browser the longest gap
    // between turns of a message loop in the page: a task of ours, or a frame our highlights
    // slowed, shows as a gap. (Message events, unlike timers, are not throttled in a background
    // tab, which the Firefox harness makes the page while it talks to the extension.)
    const WATCH = `(() => {
      window.__long = null;
      if (PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
        window.__long = [];
        new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(Math.round(e.duration)); }).observe({ type: 'longtask' });
      }
      window.__gap = 0;
      window.__ticking = true;
      const ch = new MessageChannel();
      let last = performance.now();
      ch.port1.onmessage = () => {
        const now = performance.now();
        window.__gap = Math.max(window.__gap, now - last);
        last = now;
        if (window.__ticking) ch.port2.postMessage(0);
      };
      ch.port2.postMessage(0);
    })()`;
    let st, attempts = [];
    // Chromium reports long tasks: none may reach 50 ms. Firefox has no long-task API: there the
    // longest event-loop gap must stay under 100 ms (a gap also holds garbage collection and the
    // browser's own frames, so it runs above the longest task). Up to three runs: a task can be
    // stretched by another process on a loaded machine; every run's figures are printed.
    const passed = (a) => (a.tasks != null ? a.tasks === 0 : a.gap < 100);
    for (let i = 0; i < 3; i++) {
      if (i) { await A.send({ type: 'deactivate' }); await open('/hostile/big.html'); }
      // open() put the content script in, as the toolbar button does, and it asked for its
      // stylesheet once it found the article (the names answer once the styles are in). Adding
      // any stylesheet makes the browser restyle what its rules may match (on these 25,420
      // paragraphs 60-80 ms in Chromium, whatever the rules; ~1 ms on an article): let that
      // frame pass, so what is watched is the toggle's own work.
      await ourNames(A);
      await A.evalPage('new Promise((ok) => { requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok))); setTimeout(ok, 1000); })');
      await A.evalPage(WATCH);
      st = await A.send({ type: 'toggle' });
      assert.equal(st.error, null);
      const timing = await until(async () => (await A.send({ type: 'status' })).timing?.painted && (await A.send({ type: 'status' })).timing, 'painted', 60000);
      await sleep(300);
      const seen = await A.evalPage('(() => { window.__ticking = false; return { long: window.__long, gap: Math.round(window.__gap) }; })()');
      attempts.push({ longest: seen.long ? Math.max(0, ...seen.long) : null, tasks: seen.long?.length ?? null, gap: seen.gap, timing });
      console.log(`[${name}] 5 MB article, run ${i + 1}: ${timing.chars} chars, ${st.count} statements, toggle -> painted ${Math.round(timing.painted)} ms `
        + `(read ${Math.round(timing.read)}, analyse ${Math.round(timing.analyze)}, paint ${Math.round(timing.paint)}); `
        + `long tasks: ${seen.long ? `${seen.long.length}${seen.long.length ? `, longest ${Math.max(...seen.long)} ms` : ''}` : 'not reported by this browser'}; longest event-loop gap ${seen.gap} ms`);
      if (passed(attempts.at(-1))) break;
    }
    const ok = attempts.find(passed);
    assert.ok(ok, `a run without a main-thread task of 50 ms or more: ${JSON.stringify(attempts.map(({ longest, tasks, gap }) => ({ longest, tasks, gap })))}`);
    assert.ok(st.timing.chars >= 5_000_000, `${st.timing.chars} chars read`);

    // Every statement: the core's statements of each slice, as the native CLI finds them.
    const { texts, blocks } = await A.send({ type: 'debugText' });
    assert.ok(texts.length >= 20, `analysed in slices (${texts.length})`);
    assert.ok(texts.every((t) => t.length <= 250_000), 'no slice over 250,000 chars');
    assert.equal(texts.join('').length + 2 * (texts.length - 1), st.timing.chars, 'the slices are the whole text, cut between blocks');
    const analyses = nativeAnalyze(texts, blocks);
    const total = analyses.reduce((n, a) => n + a.statements.length, 0);
    assert.equal(st.count, total, 'every statement of every slice is kept');
    const expected = new Set(analyses.flatMap((a, i) => a.statements.map((s) => squash(texts[i].slice(...extentOf(s))))));

    // Painting: only the statements within a screen of the viewport are registered (thousands
    // would make every frame slow); at each scroll position they are exactly those.
    for (const at of [0, 0.25, 0.5, 0.999]) {
      await A.evalPage(`window.scrollTo(0, ${at} * (document.documentElement.scrollHeight - innerHeight))`);
      const p = await until(async () => {
        const q = await A.send({ type: 'debugPainted' });
        return q.near > 0 && q.nearPainted === q.near && q;
      }, `highlights around ${at * 100}% of the page`, 5000);
      assert.equal(p.windowed, true);
      assert.ok(p.painted <= p.limit, `at most ${p.limit} registered (${p.painted})`);
      assert.ok(p.painted <= p.near + 5, `only statements near the viewport are registered (${p.painted} registered, ${p.near} near)`);
      const painted = Object.values((await readPainted(A)).highlights).flat();
      assert.ok(painted.length > 0);
      for (const r of painted) assert.ok(expected.has(squash(r)), `a painted range is a statement of the core: ${r.slice(0, 80)}`);
    }
    // Hovering still finds the statement under the pointer among all of them.
    const names = await ourNames(A);
    const target = await A.evalPage(`(() => {
      const h = [...CSS.highlights.get(${JSON.stringify(names.asserted)})];
      const r = h.find((r) => { const q = r.getBoundingClientRect(); return q.top > 100 && q.bottom < innerHeight - 100; });
      const q = r.getClientRects()[0];
      return { x: q.left + Math.min(6, q.width / 2), y: q.top + q.height / 2 };
    })()`);
    await A.hover(target.x, target.y);
    assert.ok(await until(() => A.tip(), 'tooltip on the 5 MB page'));
    await A.send({ type: 'toggle' });
    assert.deepEqual(await readPainted(A), { highlights: {}, nodes: 0 });
  });
}

function hostileSuite(name, launch) {
  const h = hostileHarness(name, launch);
  shownAsText(h);
  unseen(h);
  readsWhatShows(h);
  underAttack(h);
  bigArticlePage(h);
}

describe('chromium: hostile pages', () => hostileSuite('chromium', chromium));
describe('firefox: hostile pages', () => hostileSuite('firefox', firefox));

// ---------------------------------------------------------------------------------------------
// Permissions and shipped code, checked on the built extension and the README.

const README = readFileSync(join(ROOT, 'extension/README.md'), 'utf8');

for (const browser of ['chrome', 'firefox']) {
  it(`${browser}: the manifest asks for exactly the permissions the README explains, and no remote host`, () => {
    const m = JSON.parse(readFileSync(join(DIST[browser], 'manifest.json'), 'utf8'));
    // The README's list: the bullets after "The manifest's `permissions` list is exactly", up to
    // the first blank line after them, each starting with the permission in backticks.
    const from = README.indexOf("The manifest's `permissions` list is exactly");
    assert.ok(from > 0, 'the README has the permissions list');
    const list = README.slice(README.indexOf('\n\n', from) + 2, README.indexOf('\n\n', README.indexOf('\n\n', from) + 2));
    const documented = [...list.matchAll(/^- `([a-zA-Z_.]+)`:/gm)].map((x) => x[1]);
    assert.equal(documented.length, list.split('\n- ').length, 'every bullet of the list names one permission');
    assert.deepEqual(m.permissions ?? [], documented, 'permissions = the README list');
    assert.deepEqual(m.permissions, ['storage', 'activeTab', 'scripting']);
    // The install prompt asks for no site: no host permission, no content script declared.
    assert.equal(m.host_permissions, undefined, 'no host permissions');
    assert.equal(m.content_scripts, undefined, 'no content script in any page before the reader asks');
    assert.equal(m.optional_permissions, undefined);
    assert.deepEqual(m.optional_host_permissions, ['http://*/*', 'https://*/*'], 'one site at a time, asked when chosen "always"');
    assert.equal(m.externally_connectable, undefined, 'no page or other extension can message it');
    // The tests' build may read only the pages the tests serve.
    const t = JSON.parse(readFileSync(join(TEST_DIST[browser], 'manifest.json'), 'utf8'));
    assert.deepEqual(t.host_permissions, ['http://127.0.0.1/*', 'https://127.0.0.1/*']);
    assert.deepEqual({ ...t, host_permissions: undefined }, { ...m, host_permissions: undefined }, 'otherwise the same manifest');
    for (const w of m.web_accessible_resources) assert.ok(w.resources.every((r) => !/^https?:/.test(r)));
    const csp = m.content_security_policy.extension_pages;
    assert.equal(csp, "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'", 'only own scripts and wasm');
    assert.ok(!/https?:|\*/.test(csp), 'no remote source in the CSP');
  });
}

it('the shipped code has no eval, no new Function, no string timers and no remote URL', () => {
  const hits = [];
  for (const [rel, bytes] of filesUnder(DIST.chrome).filter(([f]) => /\.(js|html)$/.test(f))) {
    const src = bytes.toString('utf8');
    for (const [re, what] of [[/\beval\s*\(/g, 'eval('], [/\bnew\s+Function\s*\(/g, 'new Function('], [/\bFunction\s*\(\s*['"`]/g, 'Function("…")'],
      [/\bset(Timeout|Interval)\s*\(\s*['"`]/g, 'string timer'], [/\bimportScripts\s*\(/g, 'importScripts('],
      [/\b(https?|wss?|ftp):\/\/(?!(www\.w3\.org\/))[^\s'"`)]+/g, 'remote URL']]) {
      for (const m of src.matchAll(re)) hits.push(`${rel}: ${what} ${m[0].slice(0, 60)}`);
    }
  }
  assert.deepEqual(hits, []);
  // The check can see: a file with one of these would be listed.
  assert.match('x = eval("1")', /\beval\s*\(/);
});

// The tests' hooks, by the names the test build answers to: none may be in what is published.
const HOOKS = ['debugText', 'debugPainted', 'debugTip', 'debugNames', 'debugPanicNext', 'panicForTest', 'panic_for_test',
  'whosaidCommand', 'whosaidInject', 'test-only', "get('tab')"];
function hooksIn(files) {
  const hits = [];
  for (const [name, bytes] of files) {
    const text = bytes.toString('latin1');
    for (const h of HOOKS) if (text.includes(h)) hits.push(`${name}: ${h}`);
  }
  return hits;
}
function filesInZip(zip) {
  const names = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).split('\n').filter((n) => n && !n.endsWith('/'));
  return names.map((n) => [`${zip.slice(ROOT.length + 1)}:${n}`, execFileSync('unzip', ['-p', zip, n], { maxBuffer: 64 << 20 })]);
}

it('the published packages hold no test hook; the test build does (so the check can see them)', () => {
  const published = [...filesUnder(DIST.chrome), ...filesUnder(DIST.firefox),
    ...filesInZip(join(ROOT, 'dist/whosaid-chrome.zip')), ...filesInZip(join(ROOT, 'dist/whosaid-firefox.xpi'))];
  assert.ok(published.some(([n]) => n.endsWith('whosaid_bg.wasm')) && published.some(([n]) => n.endsWith('content.js')));
  assert.deepEqual(hooksIn(published), []);
  const test = hooksIn([...filesUnder(TEST_DIST.chrome), ...filesUnder(TEST_DIST.firefox)]);
  for (const h of HOOKS.filter((x) => x !== 'test-only')) assert.ok(test.some((t) => t.endsWith(`: ${h}`)), `the test build has ${h}`);
  assert.ok(test.some((t) => /wasm\/whosaid_bg\.wasm: panic_for_test$/.test(t)), 'the test build\'s core exports panic_for_test');
});
