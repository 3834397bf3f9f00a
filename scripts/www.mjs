// Assembles the demo page into dist/www/ and serves it on 127.0.0.1 (scripts/serve.sh calls this).
//
// dist/www/ is www/ plus build-time copies of what the extension ships, never hand-kept duplicates:
//   shared/*.js          extension/shared/ (every shared module, as the extension loads them: the demo
//                        imports analysis.js, article.js and the overlay's four)
//   styles/highlights.css written from extension/shared/paint.js highlightCss() (the ::highlight() styles
//                        under the names the demo paints with, paint.js NAMES)
//   wasm/*               dist/chrome/wasm/ (the core, as scripts/build.sh built it)
//   seed.txt             tests/fixtures/seed/moscow-times-venezuela.txt (the article the page opens on)
//   icon.png             extension/icons/icon-32.png
//
// Usage: node scripts/www.mjs [--port N] [--host 127.0.0.1] [--no-serve]     (env WASM_DIR: see assemble)
//   --port 0 picks a free port; the default 8377 falls back to a free port when it is taken.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { highlightCss } from '../extension/shared/paint.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT = join(ROOT, 'dist/www');
export const SEED = join(ROOT, 'tests/fixtures/seed/moscow-times-venezuela.txt');
const DEFAULT_PORT = 8377;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};
// The same policy as the page's <meta>: only this origin's files; wasm may compile; the overlay's
// shadow root carries its own <style>.
export const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; "
  + "connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Writes dist/www/ from www/, extension/shared, dist/chrome/wasm and the seed. */
export function assemble() {
  // WASM_DIR: take the core from another build (whosaid.js + whosaid_bg.wasm), e.g. to try a branch.
  const wasm = process.env.WASM_DIR ? resolve(process.env.WASM_DIR) : join(ROOT, 'dist/chrome/wasm');
  if (!existsSync(join(wasm, 'whosaid_bg.wasm'))) {
    throw new Error(`${wasm}/whosaid_bg.wasm is missing: run \`bash scripts/build.sh\` first (or scripts/serve.sh without --no-build)`);
  }
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  for (const f of ['index.html', 'demo.js', 'demo.css']) cpSync(join(ROOT, 'www', f), join(OUT, f));
  mkdirSync(join(OUT, 'shared'));
  for (const f of readdirSync(join(ROOT, 'extension/shared'))) {
    if (f.endsWith('.js')) cpSync(join(ROOT, 'extension/shared', f), join(OUT, 'shared', f));
  }
  mkdirSync(join(OUT, 'styles'));
  writeFileSync(join(OUT, 'styles/highlights.css'), highlightCss());
  cpSync(wasm, join(OUT, 'wasm'), { recursive: true });
  cpSync(SEED, join(OUT, 'seed.txt'));
  cpSync(join(ROOT, 'extension/icons/icon-32.png'), join(OUT, 'icon.png'));
  return OUT;
}

/** Serves `root` on host:port; resolves to {url, server}. Only files under root; no listing. */
export function serve({ root = OUT, host = '127.0.0.1', port = DEFAULT_PORT } = {}) {
  const server = http.createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    let body;
    try {
      if (!file.startsWith(root + sep) || !statSync(file).isFile()) throw new Error('not a file');
      body = readFileSync(file);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((ok, fail) => {
    const listen = (p) => server.listen(p, host, () => ok({ server, url: `http://${host}:${server.address().port}/` }));
    server.once('error', (e) => {
      if (e.code === 'EADDRINUSE' && port === DEFAULT_PORT) {
        server.once('error', fail);
        listen(0);
      } else fail(e);
    });
    listen(port);
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : dflt;
  };
  try {
    assemble();
  } catch (e) {
    console.error(`[www] ${e.message}`);
    process.exit(1);
  }
  console.log(`[www] assembled ${OUT}`);
  if (!args.includes('--no-serve')) {
    const { url } = await serve({ host: opt('--host', '127.0.0.1'), port: Number(opt('--port', DEFAULT_PORT)) });
    console.log(`[www] whosaid demo: ${url}  (Ctrl+C to stop)`);
  }
}
