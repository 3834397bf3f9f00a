// Writes DIR/content-modules.js (DIR: a built extension's shared/): every shared module in one ES
// module, each module's exports under its file name ({analysis, article, overlay, ...}), the `lib`
// content.js hands to shared/page.js. scripts/build.sh calls it for each folder it writes.
//
// Why: the content script can import a module only by its own URL (in Chrome a module it imports
// cannot import another: use_dynamic_url), and each import() costs it a trip (~4-5 ms here, one
// after another): eleven modules held the first highlights back by ~50 ms. One file is one trip.
//
// The shared modules import nothing and export only by declaration (`export const|function|class`
// at the start of a line); anything else fails the build. Each module keeps its own scope.
// usage: node scripts/content-modules.mjs DIR...
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export const OUT = 'content-modules.js';
const EXPORT = /^export (?:async )?(?:function\*?|class|const|let) ([A-Za-z_$][\w$]*)/;

/** The bundle of `modules`, [[name, source]]: one `export const name = (() => {...})();` each. */
export function bundle(modules) {
  const out = ['// Written by scripts/content-modules.mjs from the modules beside it (extension/shared/): do not edit.'];
  for (const [name, src] of modules) {
    const names = [];
    const body = src.split('\n').map((line, i) => {
      const m = EXPORT.exec(line);
      if (m) {
        names.push(m[1]);
        return line.slice('export '.length);
      }
      if (/^(import|export)\b/.test(line)) throw new Error(`${name}.js:${i + 1}: a shared module imports nothing and exports only declarations`);
      return line;
    });
    out.push(`export const ${name} = (() => {`, ...body, `return { ${names.join(', ')} };`, '})();', '');
  }
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    for (const dir of process.argv.slice(2)) {
      const files = readdirSync(dir).filter((f) => f.endsWith('.js') && f !== OUT).sort();
      writeFileSync(join(dir, OUT), bundle(files.map((f) => [basename(f, '.js'), readFileSync(join(dir, f), 'utf8')])));
    }
  } catch (e) {
    console.error(`content-modules: ${e.message}`);
    process.exit(1);
  }
}
