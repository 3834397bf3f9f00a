// How well the extension finds the article on real saved pages: mozilla/readability's test pages
// (120 of them, in the project's shared corpus ../shared, which a fresh clone elsewhere does not
// have). Each page is served from 127.0.0.1 and opened in Chromium with the test build (every
// other host resolves to nothing: no network); the extension is turned on and the text it read
// (debugText) is scored against the text of Readability's expected.html: word F1, words counted
// as multisets. Readability's text is a reference, not a truth (it keeps captions and some site
// furniture, never the headline).
//
// usage: node tests/browser/corpus-check.mjs [--only slug,slug]   (after bash scripts/build.sh)
// prints the per-page table and the counts; corpus.test.mjs asserts the thresholds.
/* global DOMParser, Node -- used inside a function evaluated in the page */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, launchChromium } from './harness.mjs';

export const CORPUS = join(ROOT, '../shared/corpus/pages/readability-corpus.tar.gz');
// What the corpus check requires (issue 18): pages read with F1 >= GOOD, none below LOST.
export const GOOD = 0.9, LOST = 0.5;
const PAGE_MS = 15000;

/** The corpus unpacked into a temporary folder: {dir, slugs, done()}; null without ../shared. */
export function unpack() {
  if (!existsSync(CORPUS)) return null;
  const tmp = mkdtempSync(join(tmpdir(), 'whosaid-corpus-'));
  execFileSync('tar', ['-xzf', CORPUS, '-C', tmp]);
  const dir = join(tmp, 'readability-corpus');
  const slugs = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'source.html')))
    .map((e) => e.name).sort();
  return { dir, slugs, done: () => rmSync(tmp, { recursive: true, force: true }) };
}

// In the browser: the text of an HTML string, blocks (and <br>) apart, inline elements joined.
const HTML_TEXT = (html) => {
  const BREAKS = /^(address|article|aside|blockquote|br|caption|center|dd|details|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hgroup|hr|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)$/;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const parts = [];
  const visit = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return void parts.push(node.data);
    if (node.nodeType !== Node.ELEMENT_NODE || /^(script|style|template)$/.test(node.localName)) return;
    const block = BREAKS.test(node.localName);
    if (block) parts.push('\n');
    for (const c of node.childNodes) visit(c);
    if (block) parts.push('\n');
  };
  if (doc.body) visit(doc.body);
  return parts.join('');
};

const IDEOGRAPH = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** Lower-cased words: runs of letters, marks, digits; each Han or kana character a word of its own. */
export function words(text) {
  return text.normalize('NFKC').toLowerCase().replace(IDEOGRAPH, ' $& ').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** Word F1 of `read` against `expected`, both as multisets of [words]. */
export function wordF1(read, expected) {
  const bag = new Map();
  for (const w of words(expected)) bag.set(w, (bag.get(w) ?? 0) + 1);
  const readWords = words(read);
  const expectedCount = [...bag.values()].reduce((a, b) => a + b, 0);
  let common = 0;
  for (const w of readWords) {
    const left = bag.get(w) ?? 0;
    if (left > 0) { common++; bag.set(w, left - 1); }
  }
  const precision = readWords.length ? common / readWords.length : 0;
  const recall = expectedCount ? common / expectedCount : 0;
  const f1 = precision + recall ? 2 * precision * recall / (precision + recall) : 0;
  return { precision, recall, f1, read: readWords.length, expected: expectedCount };
}

const within = (p, ms, what) => {
  let timer;
  const late = new Promise((_, no) => { timer = setTimeout(() => no(new Error(`${what}: no answer in ${ms} ms`)), ms); });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
};

/** One page: the extension turned on, its text read and scored. */
async function checkPage(b, origin, slug, expected) {
  const page = await b.context.newPage();
  try {
    await page.goto(`${origin}/${encodeURIComponent(slug)}/`, { waitUntil: 'load', timeout: PAGE_MS }).catch((e) => {
      if (!/Timeout/i.test(String(e))) throw e; // a page whose load never ends is read as it stands
    });
    const st = await within(b.send(page, { type: 'activate', force: true }), PAGE_MS, 'activate');
    if (st?.error) throw new Error(st.error);
    const { texts } = await within(b.send(page, { type: 'debugText' }), PAGE_MS, 'debugText');
    return { slug, ...wordF1(texts.join('\n\n'), expected), error: null };
  } finally {
    await page.close({ runBeforeUnload: false }).catch(() => {});
  }
}

/** Every page of the unpacked corpus `c`: [{slug, precision, recall, f1, read, expected, error}]. */
export async function checkCorpus(c, { only = null, log = () => {} } = {}) {
  const srv = http.createServer((req, res) => {
    const slug = decodeURIComponent(/^\/([^/]+)\/$/.exec(new URL(req.url, 'http://x').pathname)?.[1] ?? '');
    const file = join(c.dir, slug, 'source.html');
    if (!slug || slug.includes('..') || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(readFileSync(file));
  });
  await new Promise((ok) => srv.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${srv.address().port}`;
  let b = await launchChromium();
  const rows = [];
  try {
    const blank = await b.context.newPage();
    for (const slug of c.slugs.filter((s) => !only || only.includes(s))) {
      const expected = await blank.evaluate(HTML_TEXT, readFileSync(join(c.dir, slug, 'expected.html'), 'utf8'));
      let row;
      try {
        row = await checkPage(b, origin, slug, expected);
      } catch (e) {
        row = { slug, ...wordF1('', expected), error: String(e?.message ?? e).split('\n')[0] };
        // A browser that stopped answering is replaced for the next page.
        if (!(await within(b.worker.evaluate(() => 1), 3000, 'ping').catch(() => false))) {
          await b.close().catch(() => {});
          b = await launchChromium();
        }
      }
      rows.push(row);
      log(row);
    }
    await blank.close().catch(() => {});
  } finally {
    await b.close().catch(() => {});
    await new Promise((ok) => srv.close(ok));
  }
  return rows;
}

/** The per-page table (worst first) and the counts, as text. */
export function table(rows) {
  const f = (x) => x.toFixed(3);
  const lines = ['| page | P | R | F1 | words read | words expected |', '|---|---|---|---|---|---|'];
  for (const r of [...rows].sort((a, b) => a.f1 - b.f1 || a.slug.localeCompare(b.slug))) {
    lines.push(`| ${r.slug} | ${f(r.precision)} | ${f(r.recall)} | ${f(r.f1)} | ${r.read} | ${r.expected} |${r.error ? ` error: ${r.error}` : ''}`);
  }
  lines.push('', summary(rows));
  return lines.join('\n');
}

/** The counts the thresholds are about. */
export function summary(rows) {
  const good = rows.filter((r) => r.f1 >= GOOD).length;
  const lost = rows.filter((r) => r.f1 < LOST).map((r) => r.slug);
  const sorted = rows.map((r) => r.f1).sort((a, b) => a - b);
  const median = sorted.length ? sorted[sorted.length >> 1] : 0;
  return `${rows.length} pages: ${good} with F1 >= ${GOOD}, ${lost.length} below ${LOST}${lost.length ? ` (${lost.join(', ')})` : ''}; median F1 ${median.toFixed(3)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { only: { type: 'string' } } });
  const c = unpack();
  if (!c) {
    console.log(`corpus check skipped: ${CORPUS} is not here (the project's shared corpus)`);
    process.exit(0);
  }
  try {
    const rows = await checkCorpus(c, { only: values.only?.split(','), log: (r) => console.error(`${r.slug}: F1 ${r.f1.toFixed(3)}${r.error ? ` (${r.error})` : ''}`) });
    console.log(table(rows));
  } finally {
    c.done();
  }
}
