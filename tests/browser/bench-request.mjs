// Benchmark (not a test): the wall clock from the reader's request to painted highlights, measured
// the same way for this build and, given its checkout, an older one whose content script was
// declared in every page (fa8df0f and before). One trip to the service worker makes the request
// (this build: inject, then toggle; a declared one: toggle), then the status is asked until it says
// painted. Medians of 9 runs on the seed page and guardian-1.
// usage: node tests/browser/bench-request.mjs [OTHER_CHECKOUT]   (after scripts/build.sh in each)
/* global chrome -- inside functions evaluated in the extension's service worker */
import { pathToFileURL } from 'node:url';
import { ROOT } from './harness.mjs';

async function measure(repo, inject) {
  const { launchChromium, startServer, DIST } = await import(pathToFileURL(`${repo}/tests/browser/harness.mjs`).href);
  const srv = await startServer();
  // This build's test build may be put into 127.0.0.1 pages; an older one declares its script.
  const b = await launchChromium(inject ? {} : { ext: DIST.chrome });
  const page = await b.context.newPage();
  for (const p of b.context.pages()) if (p !== page) await p.close();
  const out = [];
  for (const path of ['/seed.html', '/pages/guardian-1.html']) {
    const xs = [];
    for (let i = 0; i < 9; i++) {
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
      xs.push(performance.now() - t0);
    }
    xs.sort((a, c) => a - c);
    out.push(`${path} ${xs[4].toFixed(1)} ms (${xs[0].toFixed(1)}-${xs[8].toFixed(1)})`);
  }
  await b.close();
  await srv.close();
  return out.join(', ');
}

console.log(`this build (injected on request): ${await measure(ROOT, true)}`);
if (process.argv[2]) console.log(`${process.argv[2]} (declared): ${await measure(process.argv[2], false)}`);
