/* global chrome -- used inside functions evaluated in the extension's service worker */
// Shared by the browser tests and the benchmark: a static server on 127.0.0.1, a recording dead-end
// proxy (Firefox), browser launchers with the built extension loaded, and the native CLI as oracle.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NAMES, highlightCss } from '../../extension/shared/paint.js';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, '../..');
export const FIXTURES = join(here, 'fixtures');
export const ARTIFACTS = join(here, 'artifacts');
// The packages as published (no test hook), and the same code with its hooks (debugText, the
// core's panic_for_test, the popup's ?tab=N ...) that the browsers here load. scripts/build.sh
// writes both.
export const DIST = { chrome: join(ROOT, 'dist/chrome'), firefox: join(ROOT, 'dist/firefox') };
export const TEST_DIST = { chrome: join(ROOT, 'dist/test/chrome'), firefox: join(ROOT, 'dist/test/firefox') };
export const GECKO_ID = 'whosaid@whosaid.invalid';
export const GECKO_UUID = '4f8a9c1e-5b2d-4e7a-9f3c-2d1e0b6a7c58';
export const CSP = "script-src 'self'";
export const PAGES = ['bbc-1', 'guardian-1', 'nytimes-1', 'nytimes-3', 'seattletimes-1', 'telegraph', 'wapo-2',
  'schema-org-context-object'];

mkdirSync(ARTIFACTS, { recursive: true });

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.css': 'text/css' };

/**
 * Serves tests/browser/fixtures on 127.0.0.1 (random port). /csp/<path> serves the same file with
 * `Content-Security-Policy: script-src 'self'`. `routes` adds pages made by a test: path -> HTML
 * string, or a function returning one. Every request is kept in `server.log`.
 */
export async function startServer({ routes = {} } = {}) {
  const log = [];
  const srv = http.createServer((req, res) => {
    log.push({ method: req.method, url: req.url, at: Date.now() });
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const headers = { 'Cache-Control': 'no-store' };
    if (path.startsWith('/csp/')) {
      path = path.slice(4);
      headers['Content-Security-Policy'] = CSP;
    }
    if (Object.hasOwn(routes, path)) {
      const r = routes[path];
      res.writeHead(200, { ...headers, 'Content-Type': TYPES['.html'] }).end(typeof r === 'function' ? r() : r);
      return;
    }
    if (path === '/generated/long.html') { // the seed article's body 50 times: ~130,000 characters
      const seed = readFileSync(join(FIXTURES, 'seed.html'), 'utf8');
      const body = /<article>([\s\S]*)<\/article>/.exec(seed)[1];
      const html = seed.replace(/<article>[\s\S]*<\/article>/, `<article>${Array.from({ length: 50 }, (_, i) => `<section><h2>Part ${i + 1}</h2>${body}</section>`).join('\n')}</article>`);
      res.writeHead(200, { ...headers, 'Content-Type': TYPES['.html'] }).end(html);
      return;
    }
    if (path === '/extension/styles/highlights.css') { // the overlay page's styles, as the demo's (scripts/www.mjs)
      res.writeHead(200, { ...headers, 'Content-Type': TYPES['.css'] }).end(highlightCss());
      return;
    }
    // /extension/... : the shared modules, for the overlay page (as the www/ demo will load them).
    const base = path.startsWith('/extension/') ? ROOT : FIXTURES;
    const file = normalize(join(base, path));
    let body;
    try {
      if (!file.startsWith(base === ROOT ? join(ROOT, 'extension') : FIXTURES) || !statSync(file).isFile()) throw new Error('not a file');
      body = readFileSync(file);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise((ok) => srv.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${srv.address().port}`;
  return { origin, log, close: () => new Promise((ok) => { srv.closeAllConnections?.(); srv.close(ok); }) };
}

/** A proxy that answers nothing and records what was asked of it: Firefox's only way out. */
export async function startDeadProxy() {
  const log = [];
  const srv = net.createServer((sock) => {
    sock.once('data', (buf) => {
      const line = buf.toString('latin1').split('\r\n')[0];
      log.push({ line, at: Date.now() });
      sock.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
    sock.on('error', () => {});
  });
  await new Promise((ok) => srv.listen(0, '127.0.0.1', ok));
  return { port: srv.address().port, log, close: () => new Promise((ok) => srv.close(ok)) };
}

// ---------------------------------------------------------------------------------------------
// The native CLI as the oracle: what the core returns for the very text the extension read.

let built = false;
function cliPath() {
  // WHOSAID_CLI: a prebuilt CLI (it must come from the same core as the wasm in dist/).
  if (process.env.WHOSAID_CLI) return process.env.WHOSAID_CLI;
  const bin = join(ROOT, 'target/release/whosaid');
  if (!built) {
    const r = spawnSync('cargo', ['build', '--release', '--quiet', '--bin', 'whosaid'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('cargo build --release failed');
    built = true;
  }
  return bin;
}

/** Code-point offsets (the CLI's) to UTF-16 offsets (the wasm's and JS strings'). */
export function cpToUtf16(text, offsets) {
  const cps = [...text];
  const table = new Uint32Array(cps.length + 1);
  for (let i = 0; i < cps.length; i++) table[i + 1] = table[i] + cps[i].length;
  return offsets.map((o) => table[o]);
}

/** UTF-16 offsets into `text` as code points (offsets ascending). */
function utf16ToCp(text, offsets) {
  const out = [];
  let u = 0, cp = 0;
  for (const o of offsets) {
    while (u < o) { u += text.codePointAt(u) > 0xffff ? 2 : 1; cp++; }
    out.push(cp);
  }
  return out;
}

/**
 * Runs `whosaid analyze` on each text, with the blocks the extension read with it (debugText's
 * `blocks`: [{start, end, kind}] in UTF-16, or null), so the core reads what the extension's did;
 * statements with UTF-16 offsets.
 */
export function nativeAnalyze(texts, blocks = []) {
  const line = (text, i) => {
    const b = blocks?.[i];
    if (!b) return { id: String(i), text };
    const cps = utf16ToCp(text, b.flatMap((x) => [x.start, x.end]));
    return { id: String(i), text, blocks: b.map((x, k) => ({ start: cps[2 * k], end: cps[2 * k + 1], kind: x.kind })) };
  };
  const input = texts.map((text, i) => JSON.stringify(line(text, i))).join('\n') + '\n';
  const r = spawnSync(cliPath(), ['analyze'], { input, maxBuffer: 1 << 28, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`whosaid analyze failed: ${r.stderr}`);
  return r.stdout.trim().split('\n').filter(Boolean).map((line, i) => {
    const a = JSON.parse(line);
    for (const s of a.statements) {
      s.content = cpToUtf16(texts[i], s.content);
      if (s.parts) s.parts = s.parts.map((part) => cpToUtf16(texts[i], part));
      if (s.cue) s.cue = cpToUtf16(texts[i], s.cue);
      if (s.speaker?.mention) s.speaker.mention = cpToUtf16(texts[i], s.speaker.mention);
    }
    return a;
  });
}

/** The class the overlay paints a statement with (same rule as extension/shared/analysis.js). */
export function expectedClasses(analysis) {
  const disputed = new Set(analysis.statements.flatMap((s) => s.disputes ?? []));
  // A belief is painted in the lighter highlight of its stance.
  const light = (s) => (s.cue_class === 'belief' ? '-light' : '');
  return analysis.statements.map((s) => (s.stance === 'disputes' || s.disputes?.length ? 'disputing' : disputed.has(s.id) ? 'disputed' : 'asserted') + light(s));
}

/** Whitespace-free form: a Range's toString() has no block separators and raw page whitespace. */
export const squash = (s) => s.replace(/\s+/g, '');

/**
 * Reads, in the page's own world, what is painted (CSS.highlights is per document; a hostile page's
 * trap.js keeps it as window.__registry before the page can override it): each highlight's ranges
 * as text, under its name, and `whosaid-<class>` for the names a copy of the content script paints
 * under (`names`, by class: its answer to debugNames, as the page cannot know them), and the nodes
 * the extension added beside <head> and <body> (the tooltip's host).
 */
export const readHighlights = (names = null) => `(() => {
  const ours = new Map(Object.entries(${JSON.stringify(names ?? {})}).map(([cls, n]) => [n, 'whosaid-' + cls]));
  const out = {};
  for (const [name, h] of window.__registry ?? CSS.highlights) out[ours.get(name) ?? name] = [...h].map((r) => r.toString());
  return { highlights: out, nodes: [...document.documentElement.children].filter((e) => e !== document.head && e !== document.body).length };
})()`;
export const READ_HIGHLIGHTS = readHighlights();

/**
 * A page expression: the ranges painted as statements (asserted, disputed, disputing), in the
 * highlights of `names` (by class; paint.js NAMES on the demo and the overlay page).
 */
export const stanceRanges = (names = NAMES) => `['asserted', 'disputed', 'disputing']
  .flatMap((c) => [...((window.__registry ?? CSS.highlights).get(${JSON.stringify(names)}[c]) ?? [])])`;

// ---------------------------------------------------------------------------------------------
// Chromium (playwright-core driving the Debian build; it never downloads a browser).

export async function launchChromium({ ext = TEST_DIST.chrome } = {}) {
  // Report the service worker's requests too (the no-network test looks at all of them).
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS ??= '1';
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'whosaid-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: false, // --headless=new below: the mode that runs extensions
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--load-extension=${ext}`, `--disable-extensions-except=${ext}`,
      // Saved pages still point at live hosts: nothing may leave this machine.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
    viewport: { width: 1200, height: 900 },
  });
  const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker', { timeout: 15000 });
  const extId = new URL(worker.url()).host;
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const b = {
    kind: 'chromium', context, worker, extId, requests,
    async newPage(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    // The extension sees no tab URLs (no "tabs" permission): the page is found as the active tab.
    async tabId(page) {
      await page.bringToFront();
      return worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
    },
    async send(page, msg) {
      const id = await b.tabId(page);
      // No page has the content script until asked for: put it in first, as the toolbar does.
      await worker.evaluate((tab) => globalThis.whosaidInject(tab), id);
      return worker.evaluate(([tab, m]) => chrome.tabs.sendMessage(tab, m), [id, msg]);
    },
    // The one tab an adapter drives (the others closed), and what every adapter does with it.
    async tab() {
      const page = await context.newPage();
      for (const p of context.pages()) if (p !== page) await p.close();
      const tabId = () => b.tabId(page);
      return {
        page, tabId,
        open: (url) => page.goto(url, { waitUntil: 'load' }),
        // What the toolbar button or the shortcut does first: the content script goes into the tab.
        inject: async () => worker.evaluate((t) => globalThis.whosaidInject(t), await tabId()),
        send: async (msg) => {
          const id = await tabId();
          return worker.evaluate(([tab, m]) => chrome.tabs.sendMessage(tab, m), [id, msg]);
        },
        evalPage: (expr) => page.evaluate(expr),
        badge: async () => {
          const id = await tabId();
          return worker.evaluate((tab) => chrome.action.getBadgeText({ tabId: tab }), id);
        },
      };
    },
    highlights: (page) => page.evaluate(READ_HIGHLIGHTS),
    async storage(value) {
      if (value !== undefined) await worker.evaluate((v) => chrome.storage.local.set(v), value);
      return worker.evaluate(() => chrome.storage.local.get(null));
    },
    async clearStorage() { await worker.evaluate(() => chrome.storage.local.clear()); },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return b;
}

// ---------------------------------------------------------------------------------------------
// Firefox ESR through geckodriver: a minimal W3C WebDriver client (selenium-webdriver needs a newer
// Node than this machine's). The add-on is installed temporarily from dist/test/firefox.

async function freePort() {
  const s = net.createServer();
  await new Promise((ok) => s.listen(0, '127.0.0.1', ok));
  const { port } = s.address();
  await new Promise((ok) => s.close(ok));
  return port;
}

export async function launchFirefox({ ext = TEST_DIST.firefox, proxyPort } = {}) {
  const port = await freePort();
  const driver = spawn(process.env.GECKODRIVER ?? 'geckodriver', ['--host', '127.0.0.1', '--port', String(port), '--log', 'error',
    // System access lets the harness open extension pages, which WebDriver cannot navigate to.
    '--allow-system-access'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let driverErr = '';
  driver.stderr.on('data', (d) => { driverErr += d; });
  const base = `http://127.0.0.1:${port}`;
  const call = async (method, path, body) => {
    const r = await fetch(base + path, { method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    const j = await r.json();
    if (j.value?.error) throw new Error(`webdriver ${method} ${path}: ${j.value.error}: ${j.value.message}`);
    return j.value;
  };
  for (let i = 0; ; i++) {
    try { await fetch(`${base}/status`); break; } catch (e) {
      if (i > 100) {
        driver.kill();
        throw new Error(`geckodriver did not start: ${driverErr}`, { cause: e });
      }
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }
  const profileDir = mkdtempSync(join(tmpdir(), 'whosaid-firefox-'));
  const prefs = {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: GECKO_UUID }),
    // Nothing leaves the machine: everything but loopback goes to a dead proxy that records it.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': proxyPort ?? 9,
    'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': proxyPort ?? 9,
    'network.proxy.no_proxies_on': '127.0.0.1,localhost',
    'network.proxy.allow_hijacking_localhost': false,
    'network.dns.disableIPv6': true,
    // Quieten Firefox's own background traffic so the proxy log shows what pages and add-ons ask.
    'app.update.enabled': false, 'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false, 'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.update.enabled': false,
    'extensions.update.enabled': false, 'extensions.getAddons.cache.enabled': false,
    'network.captive-portal-service.enabled': false, 'network.connectivity-service.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false, 'toolkit.telemetry.enabled': false,
    'browser.newtabpage.enabled': false, 'browser.startup.page': 0,
    'services.settings.server': 'http://127.0.0.1:9/v1', 'network.prefetch-next': false,
    'dom.input_events.security.minNumTicks': 0, 'dom.input_events.security.minTimeElapsedInMS': 0,
    // A site's permission asked for by "always" is granted without the prompt a reader would answer.
    'extensions.webextOptionalPermissionPrompts': false,
  };
  let sid = null;
  const s = (method, path, body) => call(method, `/session/${sid}${path}`, body);
  try {
    const session = await call('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          browserName: 'firefox', acceptInsecureCerts: true,
          'moz:firefoxOptions': { binary: process.env.FIREFOX ?? '/usr/bin/firefox-esr', args: ['-headless', '-profile', profileDir], prefs },
        },
      },
    });
    sid = session.sessionId;
    await s('POST', '/moz/addon/install', { path: ext, temporary: true });
    await s('POST', '/window/rect', { width: 1200, height: 900 });
  } catch (e) {
    // A Firefox that refuses the add-on (too old for the manifest, say) must fail the suite, not
    // leave the browser and its driver running so that the test process never exits.
    if (sid) await call('DELETE', `/session/${sid}`).catch(() => {});
    driver.kill();
    rmSync(profileDir, { recursive: true, force: true });
    throw e;
  }
  const extOrigin = `moz-extension://${GECKO_UUID}`;
  const b = {
    kind: 'firefox', extOrigin, s,
    async go(url) { await s('POST', '/url', { url }); },
    async exec(script, args = []) { return s('POST', '/execute/async', { script: `const done = arguments[arguments.length - 1]; Promise.resolve((async () => { ${script} })()).then((v) => done({ ok: v }), (e) => done({ err: String(e && e.stack || e) }));`, args }).then((r) => { if (r?.err) throw new Error(r.err); return r?.ok; }); },
    highlights() { return b.exec(`return ${READ_HIGHLIGHTS};`); },
    async handles() { return s('GET', '/window/handles'); },
    async current() { return s('GET', '/window'); },
    async switchTo(handle) { await s('POST', '/window', { handle }); },
    /** Opens an extension page in a new tab (from the browser chrome) and returns its handle. */
    async openExtensionTab(path) {
      const before = new Set(await s('GET', '/window/handles'));
      await s('POST', '/moz/context', { context: 'chrome' });
      try {
        await s('POST', '/execute/sync', {
          script: `const win = Services.wm.getMostRecentWindow('navigator:browser');
            win.gBrowser.addTab(arguments[0], { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });`,
          args: [`${extOrigin}/${path}`],
        });
      } finally {
        await s('POST', '/moz/context', { context: 'content' });
      }
      const handle = await until(async () => (await s('GET', '/window/handles')).find((h) => !before.has(h)), 'extension tab');
      const back = await s('GET', '/window');
      await s('POST', '/window', { handle });
      await until(() => b.exec('return document.readyState === "complete" && location.href.startsWith("moz-extension:");'), 'extension page loaded');
      await s('POST', '/window', { handle: back });
      return handle;
    },
    /** Reloads the add-on, as an update does; its pages close, so the next call opens one anew. */
    async reloadAddon() {
      const back = await b.current();
      await s('POST', '/moz/context', { context: 'chrome' });
      try {
        await s('POST', '/execute/async', {
          script: `const done = arguments[arguments.length - 1];
            const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
            AddonManager.getAddonByID(arguments[0]).then((a) => a.reload()).then(() => done(true), (e) => done(String(e)));`,
          args: [GECKO_ID],
        });
      } finally {
        await s('POST', '/moz/context', { context: 'content' });
      }
      b.extHandle = null;
      const handles = await s('GET', '/window/handles');
      await b.switchTo(handles.includes(back) ? back : handles[0]);
    },
    /** Runs `script` in an extension page (with browser.* APIs), in a second tab, then returns. */
    async inExtension(script, args = []) {
      const back = await b.current();
      b.extHandle ??= await b.openExtensionTab('options.html');
      await b.switchTo(b.extHandle);
      try { return await b.exec(script, args); } finally { await b.switchTo(back); }
    },
    /** The browser tab id of the current page (the only tab that is not the extension's own). */
    async tabId() {
      const url = await s('GET', '/url');
      return b.inExtension(`const me = await browser.tabs.getCurrent(); const ts = await browser.tabs.query({}); const t = ts.find((t) => t.id !== me.id && (!t.url || t.url === arguments[0])) ; return t && t.id;`, [url]);
    },
    async send(msg) {
      const id = await b.tabId();
      return b.inExtension('const m = await import("/inject.js"); await m.ensureInjected(browser, arguments[0]); return browser.tabs.sendMessage(arguments[0], arguments[1]);', [id, msg]);
    },
    storage(value) { return b.inExtension('if (arguments[0] != null) await browser.storage.local.set(arguments[0]); return browser.storage.local.get(null);', [value ?? null]); },
    clearStorage() { return b.inExtension('await browser.storage.local.clear();'); },
    async screenshot(file) { writeFileSync(file, Buffer.from(await s('GET', '/screenshot'), 'base64')); },
    async pointer(x, y) {
      await s('POST', '/actions', { actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [{ type: 'pointerMove', x: Math.round(x), y: Math.round(y), duration: 0, origin: 'viewport' }] }] });
    },
    async close() {
      try { await call('DELETE', `/session/${sid}`); } catch { /* already gone */ }
      driver.kill();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
  return b;
}

// Firefox with the extension behind a dead proxy that records outside traffic, and the id of
// the page's tab (seen from an extension page; it never changes across navigations).
export async function launchFirefoxTab() {
  const proxy = await startDeadProxy();
  const b = await launchFirefox({ proxyPort: proxy.port });
  const main = await b.current();
  const pageTab = await b.inExtension(`
    const me = await browser.tabs.getCurrent();
    return (await browser.tabs.query({})).find((t) => t.id !== me.id).id;`);
  return { proxy, b, main, pageTab };
}

/** Every file below `dir`: its path from there and its bytes. */
export function filesUnder(dir) {
  const out = [];
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out.push([join(e.parentPath ?? e.path, e.name).slice(dir.length + 1), readFileSync(join(e.parentPath ?? e.path, e.name))]);
  }
  return out;
}

/** Polls `fn` until it returns a truthy value (returned) or `ms` pass (throws with `what`). */
export async function until(fn, what, ms = 15000) {
  const end = Date.now() + ms;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) { last = e; }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)?.slice(0, 300)})`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}
