// Regenerates the README's screenshots of the demo page into www/screenshots/ (committed PNGs).
//   bash scripts/build.sh && node scripts/screenshots.mjs
// Uses dist/chrome/wasm from the last build, assembles dist/www/ and serves it on 127.0.0.1 (a free
// port), then drives /usr/bin/chromium (playwright-core; it never downloads a browser).
/* global document, CSS, window -- inside functions evaluated in the page */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { assemble, serve } from './www.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'www/screenshots');
const PASTE = readFileSync(join(ROOT, 'tests/fixtures/disputes/manafort-not-true.txt'), 'utf8');

mkdirSync(OUT, { recursive: true });
assemble();
const { url, server } = await serve({ port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', '--font-render-hinting=none'],
});

const ready = (page, after = 0) => page.waitForFunction((n) => document.documentElement.dataset.whosaid === 'ready'
  && Number(document.documentElement.dataset.renders) > n, after, { timeout: 15000 });
const renders = (page) => page.evaluate(() => Number(document.documentElement.dataset.renders ?? 0));

/** Moves the pointer onto the painted statement holding `words` (scrolled to the middle). */
async function hoverStatement(page, words) {
  const at = await page.evaluate((w) => {
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('whosaid-')) continue;
      for (const r of h) {
        if (!r.toString().includes(w)) continue;
        // Scrolled only when out of view, so the first screenshot shows the page as it opens.
        r.startContainer.parentElement.scrollIntoView({ block: 'nearest', behavior: 'instant' });
        const b = r.getClientRects()[0];
        return { x: b.left + Math.min(40, b.width / 2), y: b.top + b.height / 2 };
      }
    }
    return null;
  }, words);
  if (!at) throw new Error(`no painted statement holds ${words}`);
  await page.mouse.move(at.x, at.y);
  await page.waitForFunction(() => !document.querySelector('whosaid-overlay')?.shadowRoot?.querySelector('.tip')?.hidden);
}

const shots = [];
async function shot(page, name) {
  const file = join(OUT, `${name}.png`);
  await page.screenshot({ path: file });
  shots.push(file);
}

try {
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 960 }, colorScheme: scheme });
    await page.goto(url, { waitUntil: 'load' });
    await ready(page);
    if (scheme === 'dark') {
      await hoverStatement(page, 'most of their people');
      await shot(page, 'demo-dark');
      await page.close();
      continue;
    }
    // 1. The first thing a visitor sees: the seed article, Trump's tweet and its tooltip.
    await hoverStatement(page, 'most of their people');
    await shot(page, 'demo');
    await page.mouse.move(2, 2);
    await page.keyboard.press('Escape');
    // 2. The claim map: a dispute edge when the core finds one, else the busiest party.
    const edge = page.locator('#map g.edge').first();
    if (await edge.count()) {
      await edge.focus();
      await page.keyboard.press('Enter');
    } else {
      await page.locator('#map g.node').first().focus();
      await page.keyboard.press('Enter');
    }
    await shot(page, 'demo-claim-map');
    await page.keyboard.press('Escape');
    // 3. Pasted text, analysed as it arrives.
    await page.evaluate(() => window.scrollTo(0, 0));
    const n = await renders(page);
    await page.fill('#paste', PASTE);
    await ready(page, n);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'demo-pasted');
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
for (const f of shots) console.log(`[screenshots] wrote ${f.slice(ROOT.length + 1)}`);
