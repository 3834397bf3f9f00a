#!/usr/bin/env bash
# Builds what the demo page needs and serves it on 127.0.0.1, printing the URL.
#   bash scripts/serve.sh                 build (scripts/build.sh), assemble dist/www/, serve on :8377
#   bash scripts/serve.sh --no-build      reuse dist/chrome/wasm from an earlier build
#   bash scripts/serve.sh --port 0        any free port (the URL printed is the one to open)
#   bash scripts/serve.sh --no-serve      build and assemble only
# dist/www/ is a plain static folder: any server that sends .wasm as application/wasm serves it.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

build=1
args=()
for a in "$@"; do
  case "$a" in
    --no-build) build=0 ;;
    *) args+=("$a") ;;
  esac
done

if [ "$build" = 1 ]; then
  bash scripts/build.sh
fi
exec node scripts/www.mjs "${args[@]}"
