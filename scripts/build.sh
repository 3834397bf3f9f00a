#!/usr/bin/env bash
# Builds the wasm core and writes the packages dist/chrome/, dist/firefox/, dist/whosaid-chrome.zip and
# dist/whosaid-firefox.xpi from extension/ (one manifest source, see scripts/manifest.mjs), then
# the browser tests' build with its hooks in dist/test/chrome/ and dist/test/firefox/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
log() { printf '[build] %s\n' "$*"; }
source "$(dirname "$0")/cargo-retry.sh"

# CORE_DIR: build the core from another checkout (e.g. a snapshot of HEAD); default: this one.
core=${CORE_DIR:-.}

# wasm OUT_DIR [FEATURES]: the core as wasm, bound for the web and shrunk. The test build keeps
# its own target directory so switching features does not rebuild the other each time.
wasm() {
  local out=$1 features=${2:-} target=target
  [ -n "$features" ] && target=target/test-hooks
  # cdylib via `cargo rustc` keeps fat LTO while the crate stays rlib-only (DESIGN.md).
  log "cargo rustc (profile wasm, wasm32-unknown-unknown${features:+, features $features}) in $core"
  (cd "$core" && cargo_retry rustc --quiet --lib --profile wasm --target wasm32-unknown-unknown --crate-type cdylib \
    --target-dir "$target" ${features:+--features "$features"})
  rm -rf "$out" && mkdir -p "$out"
  log "wasm-bindgen --target web"
  wasm-bindgen --target web --no-typescript --experimental-reset-state-function --out-dir "$out" --out-name whosaid \
    "$core/$target/wasm32-unknown-unknown/wasm/whosaid.wasm"
  log "wasm-opt -Oz"
  npx --no-install wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$out/whosaid_bg.wasm" -o "$out/whosaid_bg.opt.wasm"
  mv "$out/whosaid_bg.opt.wasm" "$out/whosaid_bg.wasm"
}

# extension DIR WASM_DIR BROWSER [--test]: one browser's folder. Everything under extension/ except
# the manifest source and docs ships as is, but content.js, which is written with the shared
# modules and the wasm glue around it: one classic script, nothing for it to import
# (scripts/content-script.mjs).
extension() {
  local dir=$1 out=$2 browser=$3 flag=${4:-}
  rm -rf "$dir" && mkdir -p "$dir/wasm"
  cp -R extension/. "$dir/"
  rm -f "$dir/manifest.json" "$dir"/*.md
  cp "$out/whosaid.js" "$out/whosaid_bg.wasm" "$dir/wasm/"
  node scripts/content-script.mjs "$dir"
  node scripts/manifest.mjs "$browser" extension/manifest.json $flag > "$dir/manifest.json"
}

# The packages: no test hook (scripts/strip-test-hooks.mjs, and a core without panic_for_test).
wasm target/wasm-pkg
for browser in chrome firefox; do
  extension "dist/$browser" target/wasm-pkg "$browser"
done
node scripts/strip-test-hooks.mjs dist/chrome dist/firefox
rm -f dist/whosaid-chrome.zip dist/whosaid-firefox.xpi
(cd dist/chrome && zip -qr -X ../whosaid-chrome.zip .)
(cd dist/firefox && zip -qr -X ../whosaid-firefox.xpi .)
log "wasm $(stat -c %s dist/chrome/wasm/whosaid_bg.wasm) bytes ($(gzip -9c dist/chrome/wasm/whosaid_bg.wasm | wc -c) gzipped)"
log "wrote dist/chrome dist/firefox dist/whosaid-chrome.zip dist/whosaid-firefox.xpi"

# The browser tests' build: the same code with its hooks (debugText, panic_for_test, ...), and
# read access to the pages the tests serve on 127.0.0.1 (scripts/manifest.mjs --test).
wasm target/wasm-pkg-test test-hooks
for browser in chrome firefox; do
  extension "dist/test/$browser" target/wasm-pkg-test "$browser" --test
done
log "wrote dist/test/chrome dist/test/firefox (with test hooks: never to be published)"
