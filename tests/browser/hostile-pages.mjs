// Pages for tests/browser/hostile.test.mjs that are made rather than stored: a 5 MB article built
// from the repo's own article texts. The small hostile pages are files in fixtures/hostile/.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, ROOT } from './harness.mjs';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Paragraphs of every real article text shipped in the repo (no ../shared). */
function paragraphs() {
  const texts = [readFileSync(join(ROOT, 'tests/fixtures/seed/moscow-times-venezuela.txt'), 'utf8')];
  for (const f of readdirSync(join(FIXTURES, 'pages')).filter((f) => f.endsWith('.article.txt')).sort()) {
    texts.push(readFileSync(join(FIXTURES, 'pages', f), 'utf8'));
  }
  return texts.flatMap((t) => t.split(/\n\s*\n|\n/)).map((p) => p.trim()).filter((p) => p.length > 40);
}

/**
 * An article of at least `chars` characters of text: the repo's articles one after another, in
 * sections with headings, as one <article>. Returns { html, paragraphs, chars }.
 */
export function bigArticle(chars = 5_000_000) {
  const ps = paragraphs();
  const parts = [];
  let n = 0, section = 0, count = 0;
  while (n < chars) {
    section++;
    parts.push(`<section><h2>Part ${section}</h2>`);
    for (const p of ps) {
      parts.push(`<p>${esc(p)}</p>`);
      n += p.length + 2;
      count++;
    }
    parts.push('</section>');
  }
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>A very long article</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:44rem;margin:0 auto;padding:1rem}</style>
</head>
<body>
<nav><a href="/">Home</a></nav>
<article>
<h1>A very long article</h1>
${parts.join('\n')}
</article>
<footer><p>The end.</p></footer>
</body>
</html>
`;
  return { html, paragraphs: count, chars: n };
}

/**
 * A page whose quotation is attributed to "Mr." and a megabyte of capitalised words: the name
 * the tooltip shows must stay short (the core once made it a name of the whole run).
 */
export function longNamePage(bytes = 1_000_000) {
  const words = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo'];
  const run = [];
  for (let n = 0, i = 0; n < bytes; i++) { run.push(words[(i * 7) % 5]); n += 6; }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A name of a megabyte</title>
<script src="/hostile/trap.js"></script></head><body><article><h1>Council vote</h1>
<p>"We will win the vote on Tuesday," said Mr. ${run.join(' ')}.</p>
<p>The council said the vote would take place on Tuesday as planned.</p>
</article></body></html>`;
}
