#!/usr/bin/env bash
# Builds the extension and runs only the end-to-end browser tests (Chromium, then Firefox ESR).
# Extra arguments go to `node --test`, e.g. --test-name-pattern=popup
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
bash scripts/build.sh
cargo build --release --quiet --bin whosaid
node --test --test-concurrency=1 "$@" tests/browser/chromium.test.mjs tests/browser/firefox.test.mjs tests/browser/hostile.test.mjs
