#!/usr/bin/env bash
# Scores the release CLI on the seed article, PolNeAR dev and Emergent train with ../shared/eval/score.py.
# Usage: bench/eval.sh [--json]   (builds the release binary first)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
cargo build --release --quiet
bin=target/release/whosaid
tmp=${TMPDIR:-/tmp}/whosaid-eval
mkdir -p "$tmp"
python3 -c 'import json,sys; print(json.dumps({"id":"seed/moscow-times-venezuela","text":open(sys.argv[1],encoding="utf-8").read()}))' \
  "$shared/corpus/seed/moscow-times-venezuela.txt" | "$bin" analyze > "$tmp/seed.jsonl"
python3 "$shared/eval/score.py" disputes "$shared/corpus/seed/moscow-times-venezuela.gold.json" "$tmp/seed.jsonl" "$@"
"$bin" analyze < "$shared/corpus/polnear/dev.jsonl" > "$tmp/dev.jsonl"
python3 "$shared/eval/score.py" attributions "$shared/corpus/polnear/dev.jsonl" "$tmp/dev.jsonl" "$@"
python3 "$shared/eval/score.py" disputes "$shared/corpus/polnear/dev_disputes.jsonl" "$tmp/dev.jsonl" --texts "$shared/corpus/polnear/dev.jsonl" "$@"
"$bin" stance < "$shared/corpus/emergent/train.jsonl" > "$tmp/stance.jsonl"
python3 "$shared/eval/score.py" stance "$shared/corpus/emergent/train.jsonl" "$tmp/stance.jsonl" "$@"
