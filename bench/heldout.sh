#!/usr/bin/env bash
# Held-out check on PolNeAR train, so that rule and model changes are judged on articles the tables
# were not learned from (dev is kept for the issue's figure). For each of 4 folds of 200 train
# articles: learn the cue table (scripts/learn_cues.py), the filter (scripts/train_filter.py) and
# the tail model (scripts/train_tail.py) without the fold, build, analyse the fold, score it.
# Prints each fold and the pooled figure.
# Works on a copy of the tree in $TMPDIR, so the checkout's generated tables are left as they are.
# Usage: bench/heldout.sh      env: FOLDS ("0 1 2 3"), TH (filter threshold, -0.75), TAIL_TH
# (tail threshold, the script's own), SEED
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-$PWD/../shared}
train="$shared/corpus/polnear/train.jsonl"
work=${TMPDIR:-/tmp}/whosaid-heldout
copy=$work/tree
mkdir -p "$copy"
tar cf - --exclude=./target --exclude=./node_modules --exclude=./dist --exclude=./.git --exclude=./.tools . | (cd "$copy" && tar xf -)
: > "$work/gold.jsonl"
: > "$work/pred.jsonl"
for fold in ${FOLDS:-0 1 2 3}; do
  # The fold first, then the rest: both scripts take --exclude-first N.
  python3 - "$train" "$fold" > "$work/train-$fold.jsonl" <<'PY'
import sys
rows = open(sys.argv[1], encoding='utf-8').read().splitlines()
f = int(sys.argv[2])
print('\n'.join(rows[f * 200:(f + 1) * 200] + rows[:f * 200] + rows[(f + 1) * 200:]))
PY
  head -200 "$work/train-$fold.jsonl" > "$work/gold-$fold.jsonl"
  (cd "$copy" \
    && python3 scripts/learn_cues.py "$work/train-$fold.jsonl" --exclude-first 200 > src/lexicon/learned_cues.rs \
    && cargo build --release --quiet \
    && python3 scripts/train_filter.py "$work/train-$fold.jsonl" --exclude-first 200 --threshold "${TH:--0.75}" > src/filter/weights.rs \
    && cargo build --release --quiet \
    && python3 scripts/train_tail.py "$work/train-$fold.jsonl" --exclude-first 200 ${TAIL_TH:+--threshold "$TAIL_TH"} > src/filter/tail_weights.rs \
    && cargo build --release --quiet \
    && target/release/whosaid analyze < "$work/gold-$fold.jsonl" > "$work/pred-$fold.jsonl")
  echo -n "fold $fold: "
  python3 "$shared/eval/score.py" attributions "$work/gold-$fold.jsonl" "$work/pred-$fold.jsonl"
  cat "$work/gold-$fold.jsonl" >> "$work/gold.jsonl"
  cat "$work/pred-$fold.jsonl" >> "$work/pred.jsonl"
done
echo -n "pooled: "
python3 "$shared/eval/score.py" attributions "$work/gold.jsonl" "$work/pred.jsonl"
