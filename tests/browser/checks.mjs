// The end-to-end checks, written once against a small browser adapter (chromium.test.mjs and
// firefox.test.mjs provide one each). Expected statements come from the native CLI run on the very
// text the extension read, so every painted range is checked against what the core returned.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { extentOf, partyOf, speakerLabel } from '../../extension/shared/analysis.js';
import { ARTIFACTS, PAGES, expectedClasses, nativeAnalyze, readHighlights, squash, stanceRanges, startServer, until } from './harness.mjs';

// Each stance, and its lighter highlight for beliefs.
const CLASSES = ['asserted', 'disputed', 'disputing', 'asserted-light', 'disputed-light', 'disputing-light'];
// The tooltip's shadow root is closed to the page: its text is asked of whoever holds the
// overlay, the page itself on overlay.html (window.overlay), else the content script (debugTip,
// a hook of the test build).
export const PAGE_TIP = '(() => window.overlay?.inspectTip()?.text ?? null)()';
export const extensionTip = async (A) => (await A.send({ type: 'debugTip' }))?.text ?? null;
// Elements the extension added to the page outside <head> and <body>: the tooltip's host.
export const OUR_NODES = '[...document.documentElement.children].filter((e) => e !== document.head && e !== document.body).length';
// The highlight names the page's copy of the content script paints under: drawn at random for
// it, so asked of it (debugNames, a hook of the test build); null where no copy answers.
export const ourNames = (A) => A.send({ type: 'debugNames' }).then((n) => n ?? null, () => null);
/** What the page shows painted (harness.mjs readHighlights), ours under `whosaid-<class>`. */
export const readPainted = async (A) => A.evalPage(readHighlights(await ourNames(A)));

/** Asserts that each stance highlight holds exactly the core's statements of that stance. */
export function assertPainted(got, batches) {
  const want = Object.fromEntries(CLASSES.map((c) => [c, []]));
  for (const { text, analysis } of batches) {
    const cls = expectedClasses(analysis);
    analysis.statements.forEach((s, i) => want[cls[i]].push(squash(text.slice(...extentOf(s)))));
  }
  for (const c of CLASSES) {
    const painted = (got.highlights[`whosaid-${c}`] ?? []).map(squash).sort();
    assert.deepEqual(painted, want[c].sort(), `whosaid-${c}: painted ranges differ from the core's statements`);
  }
}

/**
 * A page expression: the elements holding text of a statement painted under `names` (by class)
 * whose highlight shows no background there: the styles, scoped to the article where the browser
 * passes highlight styles on to descendants (paint.js styleScope), must reach every one. As
 * `tag: text` (the first of each element's text, for the message).
 */
const unstyled = (names) => `(() => {
  const out = [];
  for (const cls of ${JSON.stringify(CLASSES)}) {
    const name = ${JSON.stringify(names)}[cls];
    for (const r of (window.__registry ?? CSS.highlights).get(name) ?? []) {
      const top = r.commonAncestorContainer;
      const w = document.createTreeWalker(top.nodeType === Node.TEXT_NODE ? top.parentNode : top, NodeFilter.SHOW_TEXT);
      for (let n = w.currentNode; n; n = w.nextNode()) {
        if (n.nodeType !== Node.TEXT_NODE || !n.data.trim() || !r.intersectsNode(n)) continue;
        const bg = getComputedStyle(n.parentElement, '::highlight(' + name + ')').backgroundColor;
        if (bg === 'rgba(0, 0, 0, 0)' || bg === 'transparent') out.push(n.parentElement.localName + ': ' + n.data.trim().slice(0, 40));
      }
    }
  }
  return [...new Set(out)];
})()`;

function allPainted(got) {
  return CLASSES.flatMap((c) => got.highlights[`whosaid-${c}`] ?? []);
}

/**
 * @param {string} name browser name for test titles and artefacts
 * @param {(origin: string) => Promise<object>} launch returns the adapter:
 *   open(url), send(msg), evalPage(expr), hover(x, y), key(k), screenshot(file), storage(v),
 *   clearStorage(), popup() -> {evalIn(expr), close()}, options() -> {evalIn(expr), close()},
 *   networkMark() -> () => string[] (outside requests since the mark), close()
 */
export function suite(name, launch, { cspMode }) {
  describe(`${name}: the built extension on pages served from 127.0.0.1`, () => {
    let srv, A;
    const shot = (file) => A.screenshot(join(ARTIFACTS, `${name}-${file}.png`));

    before(async () => {
      srv = await startServer();
      A = await launch(srv.origin);
    });
    after(async () => {
      await A?.close();
      await srv?.close();
    });

    // No page has the content script until the reader asks: the toolbar button or the shortcut
    // puts it in (A.inject: what they do first).
    const open = async (url) => {
      await A.open(url);
      await A.inject();
      await until(() => A.send({ type: 'status' }), 'the content script');
    };

    async function turnOn(path) {
      await open(srv.origin + path);
      const st = await A.send({ type: 'toggle' });
      assert.equal(st?.error ?? null, null, 'the content script reported an error');
      assert.equal(st.on, true, 'highlights are on after the toggle');
      const { texts, blocks } = await A.send({ type: 'debugText' });
      return { st, texts, blocks };
    }

    it('seed article: every highlight is a statement the core returned, page furniture is not read', async () => {
      const { st, texts, blocks } = await turnOn('/seed.html');
      assert.equal(texts.length, 1);
      const text = texts[0];
      const flat = text.replace(/\s+/g, ' '); // the page has NBSPs in places
      assert.ok(flat.includes('Trump tweeted on Monday that Russia had told the United States'), 'article text read');
      for (const furniture of ['The editors said nothing here', 'Sign up for our free weekly newsletter', 'Support The Moscow Times said readers',
        'Hidden text', 'Invisible text', 'Form text', 'Input text', 'Comment text', 'Your view']) {
        assert.ok(!flat.includes(furniture), `footer/aside/nav/hidden/form/comment text not read: ${furniture}`);
      }
      const [analysis] = nativeAnalyze(texts, blocks);
      assert.ok(analysis.statements.length >= 8, `the core finds the seed's statements (got ${analysis.statements.length})`);
      assert.equal(st.count, analysis.statements.length, 'status count = statements');
      assert.equal(await until(async () => (await A.badge()) === String(st.count) && 'ok', 'badge'), 'ok', 'the badge shows the count');
      const got = await readPainted(A);
      assertPainted(got, [{ text, analysis }]);
      assert.deepEqual(await A.evalPage(unstyled(await ourNames(A))), [], 'painted text whose highlight is unstyled');
      // Hand-checked: statements of the gold reading that must be painted.
      const painted = allPainted(got).map(squash);
      for (const words of ['Moscow had not been in touch with Trump on the subject',
        'There really are (Russian) specialists who service hardware',
        'Russia had told the United States it had removed']) {
        assert.ok(painted.some((p) => p.includes(squash(words))), `painted: ${words}`);
      }
      await shot('seed');
    });

    // Trump's statement in the seed: the smallest one holding these words.
    const TRUMP = 'Russia had told the United States';
    const flatWs = (t) => t.replace(/\s+/g, ' ');

    async function trumpStatement() {
      const { texts, blocks } = await turnOn('/seed.html');
      const [analysis] = nativeAnalyze(texts, blocks);
      const mine = analysis.statements.filter((s) => flatWs(texts[0].slice(...s.content)).includes(TRUMP))
        .sort((a, b) => a.content[1] - a.content[0] - (b.content[1] - b.content[0]))[0];
      assert.ok(mine, "the core returns Trump's statement");
      return { mine, analysis };
    }

    async function hoverTrump() {
      const box = await A.evalPage(`(() => {
        const all = ${stanceRanges(await ourNames(A))};
        // The pointer goes on its first words, outside any statement nested in it.
        const flat = (r) => r.toString().replace(/\\s+/g, ' ');
        const r = all.filter((r) => flat(r).includes(${JSON.stringify(TRUMP)})).sort((a, b) => a.toString().length - b.toString().length)[0];
        if (!r) return null;
        r.startContainer.parentElement.scrollIntoView({ block: 'center' });
        const q = r.getClientRects()[0];
        return { x: q.left + Math.min(8, q.width / 2), y: q.top + q.height / 2 };
      })()`);
      assert.ok(box, "Trump's tweet is highlighted");
      await A.hover(1, 1); // a move, even if the pointer was left on the same spot before
      await A.hover(box.x, box.y);
      return until(() => extensionTip(A), 'tooltip');
    }

    it("seed article: the tooltip of Trump's tweet shows the core's speaker, cue, kind and disputers", async () => {
      const { mine, analysis } = await trumpStatement();
      const tip = await hoverTrump();
      assert.ok(tip.startsWith(speakerLabel(mine.speaker)), `speaker first: ${tip}`);
      if (mine.cue_text) assert.ok(tip.includes(`cue: “${mine.cue_text}”`), `cue: ${tip}`);
      assert.ok(tip.includes(mine.kind === 'direct' ? 'direct quote' : mine.kind === 'mixed' ? 'partly quoted' : 'not a direct quote'), `kind: ${tip}`);
      const by = analysis.statements.filter((s) => s.disputes?.includes(mine.id));
      if (by.length) {
        assert.match(tip, /Disputed by/);
        for (const s of by) {
          const group = analysis.parties?.find((p) => p.statements?.includes(s.id))?.name ?? partyOf(s);
          assert.ok(tip.includes(`${group} (`), `disputer's party ${group} listed: ${tip}`);
          assert.ok(tip.includes(`why: ${s.why}`), `the core's reason for ${s.id} shown: ${tip}`);
        }
      } else assert.doesNotMatch(tip, /Disputed by/);
      await shot('seed-tooltip');
    });

    it("seed article (gold): Trump's tweet: Donald Trump, tweeted, disputed by the Kremlin; Enter goes to a dispute", async (t) => {
      const { analysis, mine } = await trumpStatement();
      const disputed = analysis.statements.some((s) => s.disputes?.includes(mine.id));
      if (!disputed || !/Donald Trump/.test(mine.speaker?.name ?? '')) {
        t.todo(`core does not yet resolve "Donald Trump" and the Kremlin's disputes (speaker ${mine.speaker?.name}, disputed: ${disputed})`);
      }
      const tip = await hoverTrump();
      assert.match(tip, /^Donald Trump/);
      assert.match(tip, /tweeted/);
      assert.match(tip, /Disputed by/);
      assert.match(tip, /Kremlin \([^)]*\d+ statements?\)/);
      // Keyboard: focus the first disputing statement's button and press Enter.
      const { focused: target } = await A.send({ type: 'debugTip', focus: 0 });
      await A.key('Enter');
      const flashed = await until(async () => (await readPainted(A)).highlights['whosaid-flash']?.[0], 'flash');
      const quoted = target.replace(/ \([^)]*\)$/, '').replace(/^“|”$/g, '').replace(/…$/, '');
      assert.ok(squash(flashed).startsWith(squash(quoted)), `flashed the chosen statement: ${flashed} / ${quoted}`);
      const tip2 = await until(() => extensionTip(A), 'tooltip of the disputing statement');
      assert.match(tip2, /Disputes/);
      await shot('seed-dispute-flash');
    });

    it('shared overlay, hand-written disputes: styles per stance, tooltip with disputers and anonymous source, Enter jumps', async () => {
      await open(`${srv.origin}/overlay.html`);
      await until(() => A.evalPage('window.overlayReady === true'), 'overlay page ready');
      const got = await readPainted(A);
      assert.deepEqual(got.highlights['whosaid-disputed'], ['taxes would fall next year for most households']);
      assert.deepEqual(got.highlights['whosaid-disputing'], ['"Taxes will rise for almost everyone,"', 'the plan would cut anything at all']);
      // Each stance has its own underline style (not only its own colour).
      const styles = await A.evalPage(`(() => {
        const out = {};
        for (const sheet of document.styleSheets) for (const r of sheet.cssRules) {
          const m = /::highlight\\((whosaid-[a-z]+)\\)$/.exec(r.selectorText ?? '');
          if (m && r.style.textDecorationStyle) out[m[1]] = r.style.textDecorationStyle;
        }
        return out;
      })()`);
      assert.deepEqual(styles, { 'whosaid-asserted': 'solid', 'whosaid-disputed': 'wavy', 'whosaid-disputing': 'dotted' });
      // A belief is painted in its stance's lighter highlight: a fainter tint than the statement's.
      assert.deepEqual(got.highlights['whosaid-asserted-light'], ['spending will rise anyway']);
      assert.deepEqual(got.highlights['whosaid-asserted'], []);
      const alpha = await A.evalPage(`(() => {
        const out = {};
        for (const sheet of document.styleSheets) for (const r of sheet.cssRules) {
          const m = /::highlight\\((whosaid-asserted(?:-light)?)\\)$/.exec(r.selectorText ?? '');
          const a = /([\\d.]+)\\)$/.exec((r.style?.backgroundColor ?? '').replace(/\\s/g, ''));
          if (m && a && !(m[1] in out)) out[m[1]] = Number(a[1]);
        }
        return out;
      })()`);
      assert.ok(alpha['whosaid-asserted-light'] < alpha['whosaid-asserted'], `a belief's tint is lighter: ${JSON.stringify(alpha)}`);
      // The pointer onto the first range of a highlight (after a move elsewhere).
      const hoverFirst = async (name) => {
        const box = await A.evalPage(`(() => {
          const r = [...CSS.highlights.get(${JSON.stringify(name)})][0].getClientRects()[0];
          return { x: r.left + 10, y: r.top + r.height / 2 };
        })()`);
        await A.hover(1, 1);
        await A.hover(box.x, box.y);
      };
      await hoverFirst('whosaid-disputed');
      const tip = await until(() => A.evalPage(PAGE_TIP), 'tooltip');
      assert.match(tip, /^Jane Doe · Government/);
      assert.match(tip, /Governmentsaid · disputed claim · cue: “said”/, 'a statement said reads "said"');
      assert.match(tip, /not a direct quote/);
      assert.match(tip, /Disputed by/);
      assert.match(tip, /Anonymous source \(an official who asked not to be named, 1 statement\)/);
      assert.match(tip, /Opposition \(Sam Roe, 1 statement\)/);
      // Each disputing statement says why it was linked, under its button; markup stays text.
      assert.ok(tip.includes('why: says otherwise; about the same thing'), tip);
      assert.ok(tip.includes('why: denies it (“denied”); <b>names</b> Government'), tip);
      // Page text reached the tooltip as text, not markup.
      const tags = await A.evalPage('window.overlay.inspectTip().tags');
      assert.deepEqual(tags.filter((t) => !['div', 'span', 'p', 'ul', 'li', 'button', 'bdi'].includes(t)), []);
      // The page sees a host with no shadow root it can read or write.
      assert.equal(await A.evalPage(`[...document.documentElement.children].filter((e) => e !== document.head && e !== document.body).map((e) => e.shadowRoot).join()`), '');
      await shot('overlay-tooltip');
      if (A.forcedColors) { // Chromium can emulate forced colours: the shapes stay, in system colours
        await A.forcedColors(true);
        assert.equal(await A.evalPage(`matchMedia('(forced-colors: active)').matches`), true);
        await shot('overlay-forced-colors');
        await A.forcedColors(false);
      }
      await A.evalPage('window.overlay.focusTipButton(0)');
      await A.key('Enter');
      const flashed = await until(async () => (await readPainted(A)).highlights['whosaid-flash']?.[0], 'flash');
      assert.equal(flashed, '"Taxes will rise for almost everyone,"');
      const tip2 = await until(() => A.evalPage(PAGE_TIP), 'tooltip of the anonymous statement');
      assert.match(tip2, /^Anonymous source \(an official who asked not to be named\)/);
      // And the other way: under "Disputes", why this statement disputes that claim.
      assert.ok(tip2.includes('why: says otherwise; about the same thing'), tip2);
      assert.match(tip2, /The article does not name this source/);
      assert.match(tip2, /direct quote/);
      assert.match(tip2, /Disputes/);
      // Focus without a pointer: the caret (caret browsing, or a click) inside a statement opens it.
      await A.key('Escape');
      await A.evalPage(`(() => {
        const r = [...CSS.highlights.get('whosaid-disputing')].find((r) => r.toString().startsWith('the plan'));
        document.getSelection().collapse(r.startContainer, r.startOffset + 3);
      })()`);
      const tip3 = await until(async () => { const t = await A.evalPage(PAGE_TIP); return t?.startsWith('Sam Roe') && t; }, 'tooltip from the caret');
      assert.match(tip3, /Opposition/);
      // A belief's tooltip says "believes", not "said", nor "reported speech".
      await A.key('Escape');
      await hoverFirst('whosaid-asserted-light');
      const tip4 = await until(async () => { const t = await A.evalPage(PAGE_TIP); return t?.startsWith('Economists') && t; }, 'tooltip of the belief');
      assert.match(tip4, /^Economistsbelieves · claim · cue: “believe” · reported \(not a direct quote\)/);
      assert.doesNotMatch(tip4, /said|reported speech/);
      await A.evalPage('window.overlay.destroy()');
      assert.deepEqual((await readPainted(A)), { highlights: {}, nodes: 0 });
    });

    it('the "next statement" shortcut walks the statements in page order, each flashed with its tooltip', async () => {
      await turnOn('/seed.html');
      const seen = [];
      for (let i = 0; i < 3; i++) {
        // Firefox: geckodriver cannot reach the background page, so the message the command sends.
        const r = A.command ? await A.command('next-statement') : await A.send({ type: 'next' });
        assert.equal(r.ok, true);
        const flashed = await until(async () => (await readPainted(A)).highlights['whosaid-flash']?.at(-1), 'flash');
        assert.ok(await until(() => extensionTip(A), 'tooltip'));
        seen.push(flashed);
      }
      assert.equal(new Set(seen).size, 3, `three different statements: ${seen}`);
    });

    it('toggle off leaves no highlight and no extension node; the page\'s layout never moves', async () => {
      await open(`${srv.origin}/seed.html`);
      const LAYOUT = `JSON.stringify([document.documentElement.scrollHeight, document.documentElement.scrollWidth,
        document.body.childElementCount, ...[...document.querySelectorAll('p')].map((p) => p.getClientRects().length ? Math.round(p.getBoundingClientRect().top + scrollY) : null)])`;
      // A paragraph with no box (hidden) has no place: its rect's top would be the scroll offset.
      const before = await A.evalPage(LAYOUT);
      const on = await A.send({ type: 'toggle' });
      assert.equal(on.on, true);
      await A.send({ type: 'next' }); // scrolls, flashes, opens the tooltip
      await until(() => extensionTip(A), 'tooltip');
      assert.equal(await A.evalPage(LAYOUT), before, 'highlights and the tooltip leave the layout as it was');
      const st = A.command ? await A.command('toggle-highlights') : await A.send({ type: 'toggle' });
      assert.equal(st.on, false);
      assert.equal(await until(async () => (await A.badge()) === '' && 'ok', 'badge cleared'), 'ok');
      const got = await readPainted(A);
      assert.deepEqual(got.highlights, {});
      assert.equal(got.nodes, 0);
      assert.equal(await A.evalPage('document.querySelectorAll("[class*=whosaid],[id*=whosaid],[data-whosaid]").length'), 0);
      assert.equal(await A.evalPage(LAYOUT), before);
    });

    for (const page of PAGES) {
      it(`real page ${page}: highlights equal the core's statements`, async () => {
        const { st, texts, blocks } = await turnOn(`/pages/${page}.html`);
        const text = texts.join('\n\n');
        assert.ok(text.length > 2000, `article text read (${text.length} chars)`);
        const analyses = nativeAnalyze(texts, blocks);
        assertPainted(await readPainted(A), texts.map((t, i) => ({ text: t, analysis: analyses[i] })));
        assert.equal(st.count, analyses.reduce((n, a) => n + a.statements.length, 0));
        assert.deepEqual(await A.evalPage(unstyled(await ourNames(A))), [], 'painted text whose highlight is unstyled');
        await A.evalPage(`(() => { // the screenshot shows the first highlight
          const r = ${stanceRanges(await ourNames(A))}
            .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))[0];
          r?.startContainer.parentElement.scrollIntoView({ block: 'start' });
        })()`);
        await shot(`page-${page}`);
      });
    }

    it('a very long page (~130,000 characters) is analysed off the page\'s thread and painted', async () => {
      const { st, texts, blocks } = await turnOn('/generated/long.html');
      assert.ok(texts[0].length > 100_000, `${texts[0].length} chars`);
      const [analysis] = nativeAnalyze(texts, blocks);
      assert.equal(st.count, analysis.statements.length);
      assertPainted(await readPainted(A), [{ text: texts[0], analysis }]);
      await A.send({ type: 'toggle' });
    });

    it(`page served with "Content-Security-Policy: script-src 'self'" is analysed (${cspMode})`, async () => {
      const { texts, blocks } = await turnOn('/csp/seed.html');
      // Known once the wasm here has compiled, or failed to (the first analysis may not wait for it).
      assert.equal(await until(async () => (await A.send({ type: 'status' })).mode, 'the mode'), cspMode);
      const [analysis] = nativeAnalyze(texts, blocks);
      assert.ok(analysis.statements.length > 0);
      assertPainted(await readPainted(A), [{ text: texts[0], analysis }]);
      await shot('csp-seed');
    });

    it('paragraphs added after load are scanned alone, once', async () => {
      const { texts } = await turnOn('/dynamic.html');
      assert.equal(texts.length, 1);
      assert.ok(texts[0].includes('Anna Kowalski'));
      await A.evalPage('window.addUpdates()');
      const added = await until(async () => {
        const r = await A.send({ type: 'debugText' });
        return r.texts.length >= 2 && r;
      }, 'the added paragraphs to be read');
      const after2 = added.texts;
      assert.ok(after2[1].includes('steel for the main span'));
      assert.ok(!after2[1].includes('Anna Kowalski'), 'old text not read again');
      const analyses = nativeAnalyze(after2, added.blocks);
      assert.ok(analyses[1].statements.length > 0, 'the core finds statements in the added text');
      assertPainted(await readPainted(A), after2.map((t, i) => ({ text: t, analysis: analyses[i] })));
      await new Promise((ok) => setTimeout(ok, 800));
      assert.equal((await A.send({ type: 'debugText' })).texts.length, 2, 'no rescans without new page text');
      await shot('dynamic');
    });

    it('an article swapped out by a single-page site is read afresh', async () => {
      const { texts } = await turnOn('/dynamic.html');
      assert.ok(texts[0].includes('Anna Kowalski'));
      await A.evalPage('window.swapArticle()');
      const swapped = await until(async () => {
        const r = await A.send({ type: 'debugText' });
        return r.texts[0]?.includes('Port strike ends') && r;
      }, 'the new article to be read');
      const fresh = swapped.texts;
      assert.equal(fresh.length, 1);
      assert.ok(!fresh[0].includes('Anna Kowalski'));
      const analyses = nativeAnalyze(fresh, swapped.blocks);
      assert.ok(analyses[0].statements.length > 0);
      assertPainted(await readPainted(A), [{ text: fresh[0], analysis: analyses[0] }]);
    });

    it('the article read as the copy began is painted at the request, unless it changed in between', async () => {
      // As the shortcut does: the request right after the injection.
      await open(srv.origin + '/dynamic.html');
      const st = await A.send({ type: 'toggle' });
      assert.equal(st.on, true);
      assert.equal(st.timing.ahead, true, 'the request painted what was read and analysed ahead');
      const { texts, blocks } = await A.send({ type: 'debugText' });
      assertPainted(await readPainted(A), [{ text: texts[0], analysis: nativeAnalyze(texts, blocks)[0] }]);
      // Paragraphs added after the copy read the article, before the request.
      await open(srv.origin + '/dynamic.html');
      await A.send({ type: 'debugNames' }); // the article has been read ahead
      await A.evalPage('window.addUpdates()');
      const late = await A.send({ type: 'toggle' });
      assert.equal(late.timing.ahead, false, 'the text read ahead is not used once the article changed');
      const now = await A.send({ type: 'debugText' });
      assert.equal(now.texts.length, 1);
      assert.ok(now.texts[0].includes('steel for the main span'), 'the added paragraphs are read with the rest');
      const [analysis] = nativeAnalyze(now.texts, now.blocks);
      assert.ok(analysis.statements.some((s) => now.texts[0].slice(...s.content).includes('steel for the main span')));
      assertPainted(await readPainted(A), [{ text: now.texts[0], analysis }]);
      await A.send({ type: 'toggle' });
    });

    it('text added while the request is analysing the article is read once it is painted', async () => {
      await open(srv.origin + '/dynamic.html');
      // The page adds its updates once the request has read the article, before it analyses it.
      await A.evalPage(`document.addEventListener('whosaid-test-held', () => {
        window.addUpdates();
        document.dispatchEvent(new Event('whosaid-test-release'));
      }, { once: true })`);
      await A.send({ type: 'debugHold' });
      assert.equal((await A.send({ type: 'toggle' })).on, true);
      const added = await until(async () => {
        const r = await A.send({ type: 'debugText' });
        return r.texts.length >= 2 && r;
      }, 'the paragraphs added meanwhile to be read');
      assert.ok(!added.texts[0].includes('steel for the main span'), 'added after the article was read');
      assert.ok(added.texts[1].includes('steel for the main span'));
      const analyses = nativeAnalyze(added.texts, added.blocks);
      assert.ok(analyses[1].statements.length > 0);
      assertPainted(await readPainted(A), added.texts.map((t, i) => ({ text: t, analysis: analyses[i] })));
      await A.send({ type: 'toggle' });
    });

    it('the popup lists claims by party with counts; choosing one scrolls to it and flashes it', async () => {
      await A.clearStorage();
      await A.open(`${srv.origin}/seed.html`); // not asked for yet: the popup puts the content script in
      const popup = await A.popup();
      try {
        const groups = await until(() => popup.evalIn(`(() => {
          const h = [...document.querySelectorAll('#groups h2')].map((e) => e.textContent);
          return h.length ? h : null;
        })()`), 'popup groups');
        const st = await A.send({ type: 'status' });
        assert.equal(st.on, true, 'opening the popup turned highlights on');
        const total = groups.reduce((n, g) => n + Number(/\((\d+)\)$/.exec(g)[1]), 0);
        assert.equal(total, st.count);
        assert.ok(groups.some((g) => g.startsWith('Kremlin')), `a Kremlin group: ${groups}`);
        await popup.screenshot(join(ARTIFACTS, `${name}-popup.png`));
        // A disputing statement says whom it disputes and why (the core's reason).
        const whys = await popup.evalIn(`[...document.querySelectorAll('#groups .why')].map((e) => e.textContent)`);
        assert.ok(whys.some((w) => /^disputes Donald Trump: \S/.test(w)), `a Kremlin statement disputes Trump, with why: ${whys}`);
        const chosen = await popup.evalIn(`(() => { const b = document.querySelector('#groups li button'); b.click(); return b.querySelector('.text').textContent; })()`);
        const flashed = await until(async () => (await readPainted(A)).highlights['whosaid-flash']?.[0], 'flash after choosing in the popup');
        assert.ok(squash(flashed).startsWith(squash(chosen.replace(/…$/, ''))));
      } finally {
        await popup.close();
      }
    });

    it('the markup says: a blockquote of testimony without quote marks is its speaker\'s quotation; a headline and a caption give no speaker', async () => {
      const { st, texts, blocks } = await turnOn('/blocks.html');
      const [analysis] = nativeAnalyze(texts, blocks);
      assertPainted(await readPainted(A), [{ text: texts[0], analysis }]);
      const listed = st.groups.flatMap((g) => g.statements);
      const quoted = (words) => listed.find((s) => s.text.includes(words) && s.kind === 'direct');
      // Introduced with a colon by its speaker, and going on from the last one to speak.
      assert.equal(quoted('approved by the cabinet in March')?.speaker, 'Alan Grey', JSON.stringify(listed));
      assert.equal(quoted('Nobody asked us where the boats would go')?.speaker, 'fishing cooperative', JSON.stringify(listed));
      const painted = allPainted(await readPainted(A)).map(squash).join('|');
      for (const words of ['Minister Defends The Harbour Plan', 'the plan would cost too much']) {
        assert.ok(!painted.includes(squash(words)), `painted: ${words}`);
      }
      assert.ok(!listed.some((s) => /Jane Roe|^Minister$/.test(s.speaker)), `a speaker from the headline or the caption: ${JSON.stringify(listed)}`);
      await shot('blocks');
    });

    it('cue classes: a belief painted lighter, its tooltip says "believes"; the popup switches a class off and on, live', async () => {
      await A.clearStorage();
      const { texts, blocks } = await turnOn('/classes.html');
      const [analysis] = nativeAnalyze(texts, blocks);
      const byClass = Object.fromEntries(analysis.statements.map((s) => [s.cue_class, squash(texts[0].slice(...extentOf(s)))]));
      assert.deepEqual(Object.keys(byClass).sort(), ['belief', 'evidence', 'speech'], 'the core finds one statement of each class');
      const painted = async () => {
        const h = (await readPainted(A)).highlights;
        return { light: (h['whosaid-asserted-light'] ?? []).map(squash), plain: (h['whosaid-asserted'] ?? []).map(squash).sort() };
      };
      assert.deepEqual(await painted(), { light: [byClass.belief], plain: [byClass.speech, byClass.evidence].sort() });
      // The belief's tooltip reads "believes"; the finding's "found".
      const hoverTip = async (key, words) => {
        const name = (await ourNames(A))[key];
        const box = await A.evalPage(`(() => {
          const r = [...CSS.highlights.get(${JSON.stringify(name)})].find((r) => r.toString().includes(${JSON.stringify(words)}));
          const q = r.getClientRects()[0];
          return { x: q.left + 8, y: q.top + q.height / 2 };
        })()`);
        await A.hover(1, 1);
        await A.hover(box.x, box.y);
        return until(() => extensionTip(A), `tooltip of ${words}`);
      };
      const beliefTip = await hoverTip('asserted-light', 'the repairs will take longer');
      assert.match(beliefTip, /believes · claim · cue: “believe”/);
      assert.doesNotMatch(beliefTip, /said|reported speech/);
      await A.key('Escape');
      assert.match(await hoverTip('asserted', 'most residents cross'), /found · claim · cue: “found”/);
      await A.key('Escape');
      const popup = await A.popup();
      try {
        await until(() => popup.evalIn('document.querySelectorAll("#classes input").length === 3 && document.querySelector("#groups h2") !== null'), 'popup switches');
        const listed = () => popup.evalIn(`[...document.querySelectorAll('#groups .text')].map((e) => e.textContent)`);
        assert.equal((await listed()).length, 3);
        // Off: the belief is painted no more, on this page at once, and the list drops it.
        await popup.evalIn(`document.querySelector('#classes input[data-class="belief"]').click()`);
        await until(async () => (await painted()).light.length === 0 && (await listed()).length === 2, 'the belief hidden');
        assert.deepEqual((await painted()).plain, [byClass.speech, byClass.evidence].sort());
        assert.deepEqual((await A.storage()).hiddenClasses, ['belief']);
        assert.ok(!(await listed()).some((t) => squash(t).includes('repairs')), 'the popup lists no belief');
        // Stored: a fresh start on another load keeps it off.
        await popup.evalIn(`document.querySelector('#classes input[data-class="evidence"]').click()`);
        await until(async () => (await painted()).plain.length === 1, 'the finding hidden');
        assert.deepEqual((await A.storage()).hiddenClasses, ['belief', 'evidence']);
        await popup.evalIn(`document.querySelector('#classes input[data-class="belief"]').click()`);
        await until(async () => (await painted()).light.length === 1, 'the belief shown again');
        assert.deepEqual(await painted(), { light: [byClass.belief], plain: [byClass.speech] });
      } finally {
        await popup.close();
      }
      await A.send({ type: 'deactivate' });
      await turnOn('/classes.html?again');
      assert.deepEqual(await painted(), { light: [byClass.belief], plain: [byClass.speech] }, 'the stored switch applies to a new start');
      await A.clearStorage();
      await until(async () => (await painted()).plain.length === 2, 'every class shown once the setting is cleared');
    });

    it('the per-site choice persists (always / never), editable on the options page', async () => {
      await A.clearStorage();
      await open(`${srv.origin}/seed.html`);
      const popup = await A.popup();
      try {
        await until(() => popup.evalIn('document.querySelector("#choice:not([disabled])") !== null'), 'popup ready');
        await popup.choose('#choice', 'always');
        await until(async () => (await A.storage()).sites?.['127.0.0.1'] === 'always', 'choice stored');
      } finally {
        await popup.close();
      }
      // A new load of the site turns on by itself: the content script is registered for it.
      await A.open(`${srv.origin}/seed.html?again`);
      await until(async () => allPainted(await readPainted(A)).length > 0, 'highlights without a toggle');
      // The options page shows the choice and changes it to never.
      const opts = await A.options();
      try {
        await until(() => opts.evalIn(`document.querySelector('#sites select')?.value === 'always'`), 'options lists the site');
        await opts.choose('#sites select', 'never');
        await until(async () => (await A.storage()).sites?.['127.0.0.1'] === 'never', 'never stored');
      } finally {
        await opts.close();
      }
      await open(`${srv.origin}/seed.html?third`);
      const st = await A.send({ type: 'toggle' });
      assert.equal(st.on, false, '"never": the shortcut does not turn it on');
      assert.equal(st.choice, 'never');
      // Nor does "next statement" (Alt+Shift+N).
      const next = A.command ? await A.command('next-statement') : await A.send({ type: 'next' });
      assert.equal(next?.ok, false, '"never": next statement does not turn it on');
      assert.equal((await A.send({ type: 'status' })).on, false);
      assert.deepEqual((await readPainted(A)).highlights, {});
      await A.clearStorage();
    });

    // The copy keeps its site's choice (no trip to the background for each status or request):
    // a change made elsewhere must still reach it.
    it('a copy already in the page follows its site\'s choice changed in the popup, then on the options page', async () => {
      await A.clearStorage();
      await open(`${srv.origin}/seed.html?choice-live`);
      assert.equal((await A.send({ type: 'status' })).choice, 'ask');
      const popup = await A.popup();
      try {
        await until(() => popup.evalIn('document.querySelector("#choice:not([disabled])") !== null'), 'popup ready');
        await popup.choose('#choice', 'never');
        await until(() => popup.evalIn(`document.querySelector('#choice').value === 'never' && /never/.test(document.querySelector('#state').textContent)`), 'the popup shows never');
      } finally {
        await popup.close();
      }
      assert.equal((await A.send({ type: 'status' })).choice, 'never', 'the copy heard of the popup\'s change');
      const opts = await A.options();
      try {
        await until(() => opts.evalIn(`document.querySelector('#sites select')?.value === 'never'`), 'options lists the site');
        await opts.evalIn(`document.querySelector('#sites button').click()`); // "Forget": back to ask
        await until(async () => (await A.storage()).sites?.['127.0.0.1'] === undefined, 'ask stored (the site forgotten)');
      } finally {
        await opts.close();
      }
      await until(async () => (await A.send({ type: 'status' })).choice === 'ask', 'the copy heard of the options page\'s change');
      const next = A.command ? await A.command('next-statement') : await A.send({ type: 'next' });
      assert.equal(next?.ok, true, 'no longer "never": next statement turns it on');
      await A.send({ type: 'deactivate' });
      await A.clearStorage();
    });

    it('no page has the content script until the reader asks: the shortcut and the popup put it in', async () => {
      await A.clearStorage();
      await A.open(`${srv.origin}/seed.html?not-asked`);
      await new Promise((ok) => setTimeout(ok, 500));
      await assert.rejects(A.send({ type: 'status' }), 'a content script answered in a page nobody asked about');
      assert.deepEqual(await readPainted(A), { highlights: {}, nodes: 0 });
      if (A.command) { // the shortcut's handler, as the browser calls it (Chromium: the harness reaches the worker)
        const st = await A.command('toggle-highlights');
        assert.equal(st?.on, true, 'the shortcut put the content script in and turned highlights on');
        assert.ok(allPainted(await readPainted(A)).length > 0);
        await A.open(`${srv.origin}/seed.html?not-asked-again`);
        await assert.rejects(A.send({ type: 'status' }));
      }
      const popup = await A.popup();
      try {
        const on = await until(async () => (await A.send({ type: 'status' }).catch(() => null))?.on, 'on from the popup');
        assert.equal(on, true);
        assert.ok(allPainted(await readPainted(A)).length > 0, 'the popup put the content script in and turned it on');
      } finally {
        await popup.close();
      }
      await A.send({ type: 'toggle' });
    });

    it('the extension makes no network request', async () => {
      await A.clearStorage();
      const since = A.networkMark();
      const mark = srv.log.length;
      await turnOn('/seed.html');
      await turnOn('/csp/seed.html');
      await A.send({ type: 'next' });
      await A.send({ type: 'toggle' });
      const outside = since();
      assert.deepEqual(outside, [], 'requests that left the page\'s own server');
      const served = srv.log.slice(mark).map((r) => r.url).filter((u) => !u.startsWith('/favicon'));
      assert.deepEqual(served, ['/seed.html', '/csp/seed.html'], 'only the pages themselves were fetched');
    });

    // Last: in Chromium the extension does not come back (see updateExtension).
    it('an update or a disable while on: the old copy stops (no tooltip, its highlights go); after an update, asking again works', async () => {
      await A.clearStorage();
      const { texts, blocks } = await turnOn('/seed.html');
      const at = await A.evalPage(`(() => {
        const r = ${stanceRanges(await ourNames(A))}[0];
        r.startContainer.parentElement.scrollIntoView({ block: 'center' });
        const q = r.getClientRects()[0];
        return { x: q.left + Math.min(6, q.width / 2), y: q.top + q.height / 2 };
      })()`);
      const back = await A.updateExtension();
      await A.hover(1, 1);
      await A.hover(at.x, at.y);
      await new Promise((ok) => setTimeout(ok, 600));
      assert.equal((await readPainted(A)).nodes, 0, 'no tooltip from the old copy');
      if (!back) {
        // Disabled (Chromium here cannot bring an unpacked extension back): the old copy removed
        // its highlights at that pointer move.
        assert.deepEqual((await readPainted(A)).highlights, {});
        return;
      }
      // Updated: the toolbar button (or the shortcut) puts the new copy in, which works as before.
      await A.inject();
      const st = await A.send({ type: 'toggle' });
      assert.equal(st.on, true);
      const now = (await A.send({ type: 'debugText' })).texts;
      assert.deepEqual(now, texts);
      assertPainted(await readPainted(A), [{ text: now[0], analysis: nativeAnalyze(now, blocks)[0] }]);
      await A.send({ type: 'toggle' });
    });
  });
}
