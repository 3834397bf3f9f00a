#!/usr/bin/env bash
# Installs everything the build and the tests need on a fresh Debian machine (run as root).
# Idempotent: each step is skipped when what it installs is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[setup] %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

# rustfmt and clippy for scripts/test.sh; the Rust target for the wasm build.
for c in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$c"; then
    log "rustup component add $c"
    rustup component add "$c"
  fi
done
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen CLI must equal the crate pin in Cargo.toml (its schema version must match).
want=$(sed -n 's/^wasm-bindgen *= *"=\([0-9.]*\)".*/\1/p' Cargo.toml | head -1)
[ -n "$want" ] || { echo '[setup] no wasm-bindgen = "=x.y.z" pin found in Cargo.toml' >&2; exit 1; }
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  log "cargo install wasm-bindgen-cli --version $want (had: ${have:-none})"
  cargo install wasm-bindgen-cli --version "$want" --force
fi

# Browsers and their drivers come from Debian; nothing downloads a browser by itself.
need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v chromedriver >/dev/null || need_apt+=(chromium-driver)
command -v firefox-esr >/dev/null || need_apt+=(firefox-esr)
command -v zip >/dev/null || need_apt+=(zip)
if [ ${#need_apt[@]} -gt 0 ]; then
  log "apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}"
fi

if ! command -v geckodriver >/dev/null; then
  log "cargo install geckodriver"
  cargo install geckodriver
fi

# JS tools (binaryen for wasm-opt, web-ext, eslint, playwright-core) pinned by package-lock.json.
# Skipped when node_modules was installed from this very lock file.
stamp=node_modules/.whosaid-lock.sha256
lock=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$lock" ]; then
  log "npm ci"
  npm ci --no-audit --no-fund
  echo "$lock" > "$stamp"
fi

log "done"
