// Writes the content script of a built extension folder: DIR/content.js with the shared modules
// (DIR/shared/*.js) and the wasm glue (DIR/wasm/whosaid.js) around it, in one classic script that
// scripting.executeScript puts into the tab in one trip. scripts/build.sh calls it for each folder.
//
// Why: a content script cannot be a module, and each import() it makes costs it a fetch of the
// extension's own URL: on the seed page the bundle's import took 15-32 ms and the glue's 17-24,
// most of the time from the request to painted highlights. Here nothing is imported.
//
// What content.js sees, in the scope around it: `sharedModules()`, every shared module evaluated,
// each module's exports under its file name ({analysis, article, overlay, ...}, the `lib` it hands
// to shared/page.js), and `wasmGlue()`, a fresh copy of wasm-bindgen's glue (its own state, so
// its own instance and memory) each call. Both are functions: a second injection into a page that
// has a live copy only parses them.
//
// The shared modules import nothing and export only by declaration (`export const|function|class`
// at the start of a line); the glue exports by declaration and one closing `export { ... }`
// list. Anything else fails the build. Each module keeps its own scope.
// usage: node scripts/content-script.mjs DIR...
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const EXPORT = /^export (?:async )?(?:function\*?|class|const|let) ([A-Za-z_$][\w$]*)/;
const EXPORT_LIST = /^export \{([^}]*)\};?\s*$/;

/**
 * `src` (a module named `name`) as the body of a function returning its exports: `export` taken
 * off its declarations, an `export { a, b as c }` list turned into the returned names.
 */
export function unexport(name, src) {
  const names = [];
  const body = src.split('\n').map((line, i) => {
    const m = EXPORT.exec(line);
    if (m) {
      names.push(m[1]);
      return line.slice('export '.length);
    }
    const list = EXPORT_LIST.exec(line);
    if (list) {
      for (const item of list[1].split(',').map((s) => s.trim()).filter(Boolean)) {
        const [local, as = local] = item.split(/\s+as\s+/);
        names.push(as === local ? local : `${as}: ${local}`);
      }
      return '';
    }
    if (/^(import|export)\b/.test(line) || /\bimport\s*(\.|\()/.test(line)) {
      throw new Error(`${name}:${i + 1}: ${line.trim().slice(0, 60)}: a module here imports nothing and exports only declarations`);
    }
    return line;
  });
  return { body, names };
}

/** The content script: `modules` [[name, source]] and the wasm `glue` around `content` (content.js). */
export function contentScript(content, modules, glue) {
  const out = ['// Written by scripts/content-script.mjs from extension/content.js, extension/shared/ and the',
    '// wasm glue: do not edit.', '(() => {', 'const sharedModules = () => {'];
  const all = [];
  for (const [name, src] of modules) {
    const { body, names } = unexport(`${name}.js`, src);
    out.push(`const ${name} = (() => {`, ...body, `return { ${names.join(', ')} };`, '})();', '');
    all.push(name);
  }
  out.push(`return { ${all.join(', ')} };`, '};', '');
  // wasm-bindgen's glue finds its wasm by import.meta.url only when given none: content.js always
  // gives it the compiled module.
  const { body, names } = unexport('wasm/whosaid.js', glue.replaceAll('import.meta.url', 'undefined'));
  out.push('const wasmGlue = () => {', ...body, `return { ${names.join(', ')} };`, '};', '');
  out.push(content, '})();', '');
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    for (const dir of process.argv.slice(2)) {
      const shared = join(dir, 'shared');
      const files = readdirSync(shared).filter((f) => f.endsWith('.js')).sort();
      const modules = files.map((f) => [basename(f, '.js'), readFileSync(join(shared, f), 'utf8')]);
      const read = (f) => readFileSync(join(dir, f), 'utf8');
      writeFileSync(join(dir, 'content.js'), contentScript(read('content.js'), modules, read('wasm/whosaid.js')));
    }
  } catch (e) {
    console.error(`content-script: ${e.message}`);
    process.exit(1);
  }
}
