#!/usr/bin/env bash
# The one test command: Rust format, lints and tests; JS lint; extension lint; build; end-to-end
# tests in headless Chromium and Firefox ESR. Needs what scripts/setup.sh installs.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
step() { printf '\n== %s\n' "$*"; }
source scripts/cargo-retry.sh

step "cargo fmt --check"
cargo_retry fmt --check
step "cargo clippy --all-targets -- -D warnings"
cargo_retry clippy --quiet --all-targets -- -D warnings
step "cargo test --release"
cargo_retry test --release --quiet
step "generated dispute ranking matches its script"
python3 scripts/train_disputes.py --check
step "generated cue table, attribution filter and tail model match their scripts (need ../shared's PolNeAR train)"
if [ -f ../shared/corpus/polnear/train.jsonl ]; then
  python3 scripts/learn_cues.py ../shared/corpus/polnear/train.jsonl --check
  cargo_retry build --release --quiet --bin whosaid
  python3 scripts/train_filter.py ../shared/corpus/polnear/train.jsonl --check
  python3 scripts/train_tail.py ../shared/corpus/polnear/train.jsonl --check
else
  echo "skipped: ../shared/corpus/polnear/train.jsonl is not here (a clone without the corpus)"
fi
step "npm run lint"
npm run --silent lint
step "build"
bash scripts/build.sh
# The demo page's folder (dist/www/) from the same build.
bash scripts/serve.sh --no-build --no-serve
step "web-ext lint (errors fail)"
npx --no-install web-ext lint --source-dir dist/firefox --output json > target/web-ext-lint.json || true
node -e '
const r = JSON.parse(require("fs").readFileSync("target/web-ext-lint.json", "utf8"));
for (const m of [...r.errors, ...r.warnings]) console.log(`${m._type}: ${m.code} ${m.file ?? ""}:${m.line ?? ""} ${m.message}`);
console.log(`web-ext lint: ${r.errors.length} errors, ${r.warnings.length} warnings`);
process.exit(r.errors.length ? 1 : 0);'
step "browser tests (Chromium, then Firefox ESR)"
cargo_retry build --release --quiet --bin whosaid
node --test --test-concurrency=1 tests/browser/chromium.test.mjs tests/browser/firefox.test.mjs tests/browser/demo.test.mjs tests/browser/hostile.test.mjs \
  tests/browser/article.test.mjs tests/browser/gold.test.mjs
# Article finding on readability's 120 saved pages (about 2 minutes; the per-page table is printed).
# The pages are in the project's shared corpus (../shared): without it the test says it is skipped.
step "corpus check (readability's pages)"
node --test --test-concurrency=1 tests/browser/corpus.test.mjs
