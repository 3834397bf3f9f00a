// Writes the manifest for one browser from the single source (extension/manifest.json).
// usage: node scripts/manifest.mjs chrome|firefox extension/manifest.json > dist/<browser>/manifest.json
// The source carries both browsers' keys; each build drops the keys the other browser needs, so
// neither warns about keys it does not know.
import { readFileSync } from 'node:fs';

const [browser, source] = process.argv.slice(2);
if (!['chrome', 'firefox'].includes(browser) || !source) {
  console.error('usage: manifest.mjs chrome|firefox SOURCE');
  process.exit(2);
}
const m = JSON.parse(readFileSync(source, 'utf8'));
if (browser === 'chrome') {
  delete m.browser_specific_settings;
  delete m.background.scripts; // Chrome runs the service worker
} else {
  delete m.background.service_worker; // Firefox runs an event page from `scripts`
  delete m.minimum_chrome_version;
}
process.stdout.write(JSON.stringify(m, null, 2) + '\n');
