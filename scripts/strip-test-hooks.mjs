// Removes the browser tests' hooks from a built extension folder: every region of a .js file
// from a line holding `// test-only {` to the line holding `// } test-only`, both included.
// usage: node scripts/strip-test-hooks.mjs DIR...
// An unclosed or nested region fails the build: a half-stripped file must never ship.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OPEN = /\/\/ test-only \{\s*$/;
const CLOSE = /\/\/ \} test-only\s*$/;

export function strip(src, name = 'source') {
  const out = [];
  let from = -1;
  src.split('\n').forEach((line, i) => {
    if (OPEN.test(line)) {
      if (from >= 0) throw new Error(`${name}:${i + 1}: test-only region opened inside another (from line ${from + 1})`);
      from = i;
    } else if (CLOSE.test(line)) {
      if (from < 0) throw new Error(`${name}:${i + 1}: test-only region closed but never opened`);
      from = -1;
    } else if (from < 0) {
      out.push(line);
    }
  });
  if (from >= 0) throw new Error(`${name}:${from + 1}: test-only region never closed`);
  return out.join('\n');
}

function walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (p.endsWith('.js')) {
      const src = readFileSync(p, 'utf8');
      const out = strip(src, p);
      if (out !== src) writeFileSync(p, out);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dirs = process.argv.slice(2);
  if (!dirs.length) {
    console.error('usage: strip-test-hooks.mjs DIR...');
    process.exit(2);
  }
  try {
    for (const d of dirs) walk(d);
  } catch (e) {
    console.error(`strip-test-hooks: ${e.message}`);
    process.exit(1);
  }
}
