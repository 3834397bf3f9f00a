// Regenerates tests/browser/fixtures/ from the project's shared corpus (../shared/corpus).
// usage: node tests/browser/make-fixtures.mjs   (from the repo root; outputs are committed)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = join(here, '../../../shared/corpus');
const out = join(here, 'fixtures');
mkdirSync(join(out, 'pages'), { recursive: true });

// Real saved pages from mozilla/readability's test corpus (see fixtures/README.md).
export const PAGES = ['bbc-1', 'guardian-1', 'nytimes-1', 'nytimes-3', 'seattletimes-1', 'telegraph', 'wapo-2',
  'schema-org-context-object', 'ehow-1'];
// More of them for the reader's gold (fixtures/gold.json, gold.test.mjs): the page alone.
export const GOLD_PAGES = ['wapo-1', 'nytimes-2', 'nytimes-4', 'herald-sun-1', 'tmz-1', 'theverge', 'webmd-1',
  'medicalnewstoday', 'cnn', 'spiceworks', 'gitlab-blog', 'article-author-tag'];
for (const p of PAGES) {
  // Copied by content (the corpus files are read-only; the copies need not be). One change: a
  // style that hides the whole body until a script removes it (ChartBeat's flicker control on
  // seattletimes-1) is dropped, as the live page's script would; offline it never runs.
  const html = readFileSync(join(corpus, 'pages', p, 'source.html'), 'utf8')
    .replace(/<style id="chartbeat-flicker-control-style"[^>]*>[\s\S]*?<\/style>/, '');
  writeFileSync(join(out, 'pages', `${p}.html`), html);
  writeFileSync(join(out, 'pages', `${p}.article.txt`), readFileSync(join(corpus, 'pages', p, 'article.txt')));
}
// Those are in the corpus's archive of all 120 pages only.
for (const p of GOLD_PAGES) {
  const html = execFileSync('tar', ['-xzOf', join(corpus, 'pages', 'readability-corpus.tar.gz'), `readability-corpus/${p}/source.html`]);
  writeFileSync(join(out, 'pages', `${p}.html`), html);
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// The seed article as a page: site chrome around an <article>, the paywall appeal in an <aside>.
const lines = readFileSync(join(corpus, 'seed/moscow-times-venezuela.txt'), 'utf8').split('\n').filter((l) => l.trim());
const [banner, title, credit] = lines;
const endBody = lines.indexOf('Sign up for our free weekly newsletter');
const body = lines.slice(3, endBody);
const tail = lines.slice(endBody);
const seed = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${esc(title)} - The Moscow Times</title>
<style>body{font:18px/1.6 Georgia,serif;max-width:44rem;margin:0 auto;padding:1rem}nav a{margin-right:1rem}aside{font-size:14px;color:#555;border-top:1px solid #ccc}</style>
</head>
<body>
<nav><a href="/">News</a><a href="/opinion">Opinion</a><a href="/business">Business</a><a href="/">Support The Moscow Times said readers</a></nav>
<div class="banner-support"><a href="/support">${esc(banner)}</a></div>
<article>
<h1>${esc(title)}</h1>
<figure><div class="placeholder-image" style="height:120px;background:#ddd"></div><figcaption>${esc(credit)}</figcaption></figure>
${body.map((l) => `<p>${esc(l)}</p>`).join('\n')}
<p hidden>Hidden text: the minister said this must never be read.</p>
<p style="display:none">Invisible text: the spokesman said this must never be read.</p>
<form class="reply"><label>Your view <textarea>Form text: a reader said this must never be read.</textarea></label><input value="Input text: nobody said this"></form>
<section class="comments"><h3>Comments</h3><p>Comment text: a commenter said this must never be read, obviously.</p></section>
</article>
<aside class="newsletter">
${tail.map((l) => `<p>${esc(l)}</p>`).join('\n')}
</aside>
<footer><p>© The Moscow Times. The editors said nothing here should be highlighted.</p></footer>
</body>
</html>
`;
writeFileSync(join(out, 'seed.html'), seed);
console.log(`wrote ${PAGES.length + GOLD_PAGES.length} pages and seed.html into ${out}`);
