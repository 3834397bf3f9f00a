// Finding the article on pages shaped like the ones it once failed on (issue 18), in headless
// Chromium: extension/shared/article.js itself, served from 127.0.0.1 and run in the page, reads
// each page as the content script would (readArticleInSlices, then collectText).
/* global document -- used inside a function evaluated in the page */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { ROOT, startServer } from './harness.mjs';

const P = (n, what) => Array.from({ length: n }, (_, i) => `<p>${what} paragraph ${i + 1} tells the reader a good deal more about the matter at hand, at some length.</p>`).join('\n');
const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>${body}
<footer><p>Footer text that nobody should ever read as part of the article.</p></footer></body></html>`;
const nest = (depth, inner) => '<div>'.repeat(depth) + inner + '</div>'.repeat(depth);

const PAGES = {
  // aclu: a layout's class names the sidebar it also holds; comments stay out.
  '/sidebar-layout.html': page(`<div class="panel-display panel-two-col-sidebar-right-mix"><div class="panel-left">${P(6, 'Layout')}
    <div class="comments"><p>A comment that nobody should read as the article, however long it goes on.</p></div></div>
    <div class="sidebar-right"><p>Sidebar text that nobody should ever read as part of the article.</p></div></div>`),
  // mercurial: "shared" in a section's id is no "share" widget; a real share widget stays out.
  '/shared-id.html': page(`<div class="content"><div id="evolve-shared-mutable-history" class="section">${P(6, 'Shared')}</div>
    <div class="share-btns"><p>Share this page with your friends on every network you know of.</p></div></div>`),
  // cnn: <main> with "social" in a script hook's class.
  '/social-main.html': page(`<main class="container js-social-anchor-start">${P(6, 'Main')}</main>`),
  // royal-road: the author's note in <p>s, the chapter in <div>s of text.
  '/div-body.html': page(`<div class="author-note"><p>The author's note: thanks for reading, and see you next week with more.</p></div>
    <div class="chapter-content">${Array.from({ length: 12 }, (_, i) => `<div><div>&nbsp;</div><div><span>Chapter line ${i + 1} goes on, and on, as chapters do, with more words.</span></div></div>`).join('')}</div>`),
  // theverge and others: the byline, time, caption, bio and other stories inside <article>.
  '/article-extras.html': page(`<article><h1>The headline</h1><div class="byline">By Ann Writer, Staff Reporter</div>
    <div class="meta"><time datetime="2023-06-07">Jun 7, 2023, 8:54 PM UTC</time></div>${P(3, 'Story')}
    <figure><div style="height:40px"></div><figcaption>A caption: the minister, at the launch on Monday.</figcaption></figure>${P(3, 'More story')}
    <div class="rail"><h2>Most popular</h2><ol>${[1, 2, 3, 4].map((i) => `<li><a href="/s${i}"><h2>Other story ${i} with its own long headline</h2></a></li>`).join('')}</ol></div>
    <div class="author-bio">Ann Writer covers the city for the paper and has done so for years.</div></article>`),
  // A story in two halves whose common ancestor is five levels above each.
  '/split-body.html': page(`<div class="story">${nest(4, P(4, 'First half'))}<div class="ad-slot">Advertisement</div>${nest(4, P(4, 'Second half'))}</div>
    <div class="elsewhere"><p>Some other short text elsewhere on the page, not the story.</p></div>`),
  // nytimes-5: a section front, every block a teaser under its own linked headline; and an article
  // whose sections each open with a linked heading, which is no front.
  '/teasers.html': page(`<main><h2>Highlights</h2><ol>${Array.from({ length: 8 }, (_, i) => `<li><article><figure><div style="height:20px"></div>
    <figcaption>Credit Photographer ${i + 1}</figcaption></figure><div><h3>Kicker ${i + 1}</h3><h2><a href="/t${i}">Teaser headline ${i + 1}</a></h2>
    <p>Summary ${i + 1}: ${i % 2 ? 'short.' : 'a paragraph of what the other story says, long enough that its headline link is under a fifth of the teaser.'}</p>
    <p>By Writer ${i + 1}</p></div></article></li>`).join('')}</ol></main>`),
  '/linked-sections.html': page(`<article>${Array.from({ length: 7 }, (_, i) => `<section><h2><a href="#s${i}">Section ${i + 1}</a></h2>${P(3, `Section ${i + 1}`)}</section>`).join('')}</article>`),
};

const READ = async (path) => {
  const a = await import('/extension/shared/article.js');
  const reading = await a.readArticleInSlices(document);
  const map = await a.collectText([reading.root], { reading });
  return { text: map.text, path };
};

describe('article finding on pages shaped like its past failures', () => {
  let srv, browser, tab;
  before(async () => {
    srv = await startServer({ routes: PAGES });
    const { chromium } = createRequire(`${ROOT}/package.json`)('playwright-core');
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
    tab = await browser.newPage();
  });
  after(async () => {
    await browser?.close();
    await srv?.close();
  });
  const read = async (path) => {
    await tab.goto(srv.origin + path);
    return (await tab.evaluate(READ, path)).text.replace(/\s+/g, ' ');
  };
  const has = (text, words, n = 1) => {
    for (let i = 1; i <= n; i++) assert.ok(text.includes(`${words} paragraph ${i} `), `read: ${words} paragraph ${i}`);
  };
  const lacks = (text, words) => assert.ok(!text.includes(words), `not read: ${words}`);

  it('a layout class that names a sidebar does not hide the article: a second try reads it, comments and sidebar still out', async () => {
    const text = await read('/sidebar-layout.html');
    has(text, 'Layout', 6);
    for (const w of ['A comment that nobody', 'Sidebar text', 'Footer text', 'Home']) lacks(text, w);
  });

  it('"shared" in an id is not the furniture word "share"; a share widget stays out', async () => {
    const text = await read('/shared-id.html');
    has(text, 'Shared', 6);
    lacks(text, 'Share this page');
  });

  it('<main> with "social" in its class is read', async () => {
    has(await read('/social-main.html'), 'Main', 6);
  });

  it('a chapter written in <div>s is read, not only the author\'s note in <p>s', async () => {
    const text = await read('/div-body.html');
    for (let i = 1; i <= 12; i++) assert.ok(text.includes(`Chapter line ${i} goes on`), `chapter line ${i}`);
  });

  it('inside <article>: byline, time, caption, author bio and a list of other stories are left out', async () => {
    const text = await read('/article-extras.html');
    has(text, 'Story', 3);
    has(text, 'More story', 3);
    for (const w of ['By Ann Writer', 'Jun 7, 2023', 'A caption', 'Other story', 'Ann Writer covers']) lacks(text, w);
  });

  it('a section front of teasers: picture credits are read, and a teaser\'s text only when its summary outweighs its headline link (as Readability)', async () => {
    const text = await read('/teasers.html');
    for (let i = 1; i <= 8; i++) {
      assert.ok(text.includes(`Credit Photographer ${i}`), `read: credit ${i}`);
      const teaser = [`Kicker ${i} `, `Teaser headline ${i} `, `Summary ${i}:`, `By Writer ${i}`];
      if (i % 2) for (const w of teaser) assert.ok(text.includes(w), `read: ${w}`);
      else for (const w of teaser) lacks(text, w);
    }
  });

  it('an article whose sections open with linked headings is read whole', async () => {
    const text = await read('/linked-sections.html');
    for (let i = 1; i <= 7; i++) has(text, `Section ${i}`, 3);
  });

  it('a story split under ancestors five levels apart is read whole', async () => {
    const text = await read('/split-body.html');
    has(text, 'First half', 4);
    has(text, 'Second half', 4);
    lacks(text, 'Some other short text');
  });
});
