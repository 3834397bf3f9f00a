// Writes the manifest for one browser from the single source (extension/manifest.json).
// usage: node scripts/manifest.mjs chrome|firefox extension/manifest.json [--test] > dist/<browser>/manifest.json
// --test: the browser tests' build, which may read the pages they serve (http://127.0.0.1) without
// the toolbar click or the shortcut that grants activeTab: neither can be pressed in a headless
// browser here.
// The source carries both browsers' keys; each build drops the keys the other browser needs, so
// neither warns about keys it does not know.
import { readFileSync } from 'node:fs';

const [browser, source, flag] = process.argv.slice(2);
if (!['chrome', 'firefox'].includes(browser) || !source) {
  console.error('usage: manifest.mjs chrome|firefox SOURCE');
  process.exit(2);
}
const m = JSON.parse(readFileSync(source, 'utf8'));
if (browser === 'chrome') {
  delete m.browser_specific_settings;
  delete m.background.scripts; // Chrome runs the service worker
  // Chrome's extension id is the same for everyone: on their fixed URLs the files would tell any
  // page that whosaid is installed. A dynamic URL changes each session, and only it loads them.
  // (Firefox gives each install its own random id already.)
  for (const w of m.web_accessible_resources ?? []) w.use_dynamic_url = true;
} else {
  delete m.background.service_worker; // Firefox runs an event page from `scripts`
  delete m.minimum_chrome_version;
}
if (flag === '--test') m.host_permissions = ['http://127.0.0.1/*', 'https://127.0.0.1/*'];
process.stdout.write(JSON.stringify(m, null, 2) + '\n');
