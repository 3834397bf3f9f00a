// The reader's gold on 20 saved news pages (fixtures/gold.json, written by reading each page):
// the test build in Chromium turned on each page, and every gold statement painted, with its
// speaker, and no gold non-statement (byline, caption, related headline) painted. An entry with
// "open" says why it does not hold yet: it is reported as a todo, and a todo that holds is said.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FIXTURES, launchChromium, readHighlights, squash, startServer } from './harness.mjs';

const GOLD = JSON.parse(readFileSync(join(FIXTURES, 'gold.json'), 'utf8')).pages;
const STATEMENT_CLASSES = ['asserted', 'disputed', 'disputing'].flatMap((c) => [c, `${c}-light`]).map((c) => `whosaid-${c}`);

/** What the page shows: the painted statements' texts, and the listed statements (Overlay.summary). */
async function onPage(b, srv, slug) {
  const page = await b.context.newPage();
  try {
    await page.goto(`${srv.origin}/pages/${slug}.html`, { waitUntil: 'load', timeout: 15000 }).catch(() => {});
    const st = await b.send(page, { type: 'activate', force: true });
    assert.equal(st?.error ?? null, null, `${slug}: the content script reported an error`);
    const names = await b.send(page, { type: 'debugNames' });
    const { highlights } = await page.evaluate(readHighlights(names));
    const painted = STATEMENT_CLASSES.flatMap((c) => highlights[c] ?? []).map(squash);
    return { painted, listed: st.groups.flatMap((g) => g.statements) };
  } finally {
    await page.close({ runBeforeUnload: false }).catch(() => {});
  }
}

/** The speaker of the painted statement holding `words`, or why there is none. */
function speakerOf({ painted, listed }, words) {
  const w = squash(words);
  const range = painted.filter((p) => p.includes(w)).sort((a, b) => a.length - b.length)[0];
  if (!range) return { miss: 'not painted' };
  // The list shows each statement's first 200 characters: the one this range starts with.
  const s = listed.find((x) => range.startsWith(squash(x.text.replace(/…$/, ''))));
  return s ? { speaker: s.speaker } : { miss: 'painted but not listed' };
}

/** Each gold entry of a page as a check: [title, open or null, () => failure message or null]. */
function checks(slug, gold, seen) {
  const out = [];
  for (const { text, speaker, open = null } of gold.statements) {
    out.push([`"${text}" is ${speaker}'s`, open, () => {
      const got = speakerOf(seen(), text);
      if (got.miss) return `${slug}: "${text}" ${got.miss}`;
      return got.speaker.toLowerCase().includes(speaker.toLowerCase()) ? null : `${slug}: "${text}" is painted as ${got.speaker}'s`;
    }]);
  }
  for (const entry of gold.not) {
    const { text, open = null } = typeof entry === 'string' ? { text: entry } : entry;
    out.push([`"${text}" is not painted`, open, () => {
      const w = squash(text);
      const hit = seen().painted.find((p) => p.includes(w) || w.includes(p));
      return hit ? `${slug}: "${text}" is painted (${hit.slice(0, 80)})` : null;
    }]);
  }
  return out;
}

describe("the reader's gold on 20 saved pages, in Chromium", () => {
  let srv, b;
  const seen = new Map();
  before(async () => {
    srv = await startServer();
    b = await launchChromium();
    for (const slug of Object.keys(GOLD)) seen.set(slug, await onPage(b, srv, slug));
  });
  after(async () => {
    await b?.close();
    await srv?.close();
  });

  it('covers at least 20 pages, each with a non-statement', () => {
    const slugs = Object.keys(GOLD);
    assert.ok(slugs.length >= 20, `${slugs.length} pages`);
    for (const s of slugs) assert.ok(GOLD[s].not.length > 0, `${s}: no non-statement`);
  });

  for (const [slug, gold] of Object.entries(GOLD)) {
    for (const [title, open, check] of checks(slug, gold, () => seen.get(slug))) {
      it(`${slug}: ${title}`, open ? { todo: open } : {}, () => {
        const failure = check();
        assert.equal(failure, null, failure ?? '');
      });
    }
  }
});
