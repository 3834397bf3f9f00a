// Benchmark (not a test): the wall clock from the reader's request to painted highlights, measured
// the same way for this build and, given its checkout, another one, run by turns in one sitting
// (the machine is shared: a build measured after the other meets other loads). One trip to the
// service worker makes the request (a build that injects on request: inject, then toggle; an older
// one whose content script was declared in every page, fa8df0f and before: toggle), then the
// status is asked until it says painted. Medians of RUNS (default 9) on the seed page and guardian-1.
// usage: node tests/browser/bench-request.mjs [RUNS] [OTHER_CHECKOUT...]   (after scripts/build.sh in each)
/* global chrome -- inside functions evaluated in the extension's service worker */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ROOT } from './harness.mjs';

const args = process.argv.slice(2);
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 9);
const others = args.filter((a) => !/^\d+$/.test(a));
const PATHS = ['/seed.html', '/pages/guardian-1.html'];

/** One build in its own browser: `run(path)` is one request -> painted, in ms. */
async function open(repo) {
  const { launchChromium, startServer, DIST } = await import(pathToFileURL(`${repo}/tests/browser/harness.mjs`).href);
  // A build that injects on request loads its test build (it may be put into 127.0.0.1 pages
  // without the toolbar click); an older one declares its content script in its package.
  const inject = existsSync(`${repo}/dist/test/chrome/manifest.json`);
  const srv = await startServer();
  const b = await launchChromium(inject ? {} : { ext: DIST.chrome });
  const page = await b.context.newPage();
  for (const p of b.context.pages()) if (p !== page) await p.close();
  return {
    repo, inject,
    async run(path) {
      await page.goto(srv.origin + path, { waitUntil: 'load' });
      await page.waitForTimeout(400);
      await page.bringToFront();
      const id = await b.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
      const t0 = performance.now();
      await b.worker.evaluate(async ([tab, first]) => {
        if (first) await globalThis.whosaidInject(tab);
        return chrome.tabs.sendMessage(tab, { type: 'toggle' });
      }, [id, inject]);
      while (!(await b.worker.evaluate((tab) => chrome.tabs.sendMessage(tab, { type: 'status' }), id))?.timing?.painted);
      return performance.now() - t0;
    },
    async close() { await b.close(); await srv.close(); },
  };
}

const builds = [await open(ROOT)];
for (const other of others) builds.push(await open(other));
const median = (xs) => [...xs].sort((a, c) => a - c)[Math.floor(xs.length / 2)];
const f = (xs) => `${median(xs).toFixed(1)} ms (${Math.min(...xs).toFixed(1)}-${Math.max(...xs).toFixed(1)})`;
for (const path of PATHS) {
  const times = builds.map(() => []);
  for (let i = 0; i < runs; i++) {
    // By turns, the order rotated each round.
    const order = builds.map((_, k) => (k + i) % builds.length);
    for (const k of order) times[k].push(await builds[k].run(path));
  }
  builds.forEach((b, k) => console.log(`${path} ${b.repo === ROOT ? 'this build' : b.repo} (${b.inject ? 'injected on request' : 'declared'}): ${f(times[k])}`));
  for (let k = 1; k < builds.length; k++) console.log(`${path} this build / ${builds[k].repo}: ${(median(times[0]) / median(times[k])).toFixed(2)} (ratio of medians)`);
}
for (const b of builds) await b.close();
