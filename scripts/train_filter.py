#!/usr/bin/env python3
"""Trains the attribution filter (src/filter/mod.rs) on PolNeAR train; writes src/filter/weights.rs.

The rules propose attributions generously; this fits a logistic regression that predicts, from
the features `whosaid features` prints for each proposal, whether the proposal matches an
annotated attribution (the scorer's rule: it covers half the gold content and half of it lies in
the gold). Standard library only, fixed seed, deterministic.

    cargo build --release
    python3 scripts/train_filter.py ../shared/corpus/polnear/train.jsonl > src/filter/weights.rs
    python3 scripts/train_filter.py ../shared/corpus/polnear/train.jsonl --check   # the table is what it gives
    python3 scripts/train_filter.py TRAIN.jsonl --holdout 200   # report on the first 200 articles, trained on the rest
    python3 scripts/train_filter.py TRAIN.jsonl --exclude-first 200 --threshold T > ...  # weights without them
"""
import json
import math
import os
import random
import subprocess
import sys

EPOCHS = 12
RATE = 0.05
L2 = 1e-4
MIN_COUNT = 3      # features seen fewer times are dropped (noise, and a smaller table)
SEED = int(os.environ.get("SEED", 7))  # vary it to see how much a figure owes to chance
RUNS = 8           # models from different shuffles, averaged: which proposals pass varies less


def whosaid(rows, command, binary='target/release/whosaid'):
    """What `whosaid COMMAND` writes for each of `rows`, by article id."""
    inp = ''.join(json.dumps({'id': r['id'], 'text': r['text']}) + '\n' for r in rows)
    out = subprocess.run([binary, command], input=inp, capture_output=True, text=True, check=True).stdout
    return {d['id']: d for d in map(json.loads, out.splitlines())}


def proposals(rows):
    return {a: d['proposals'] for a, d in whosaid(rows, 'features').items()}


def gold_sets(row):
    sets = []
    for q in row['quotes']:
        chars = set()
        for a, b in q.get('quote_spans') or [[q['quote_start'], q['quote_end']]]:
            chars.update(range(a, b))
        sets.append(chars)
    return sets


def label(p, golds):
    pc = set(range(*p['content']))
    return int(any(len(g & pc) >= 0.5 * len(g) and len(g & pc) >= 0.5 * len(pc) for g in golds if g))


def examples(rows):
    props = proposals(rows)
    out = []
    for r in rows:
        golds = gold_sets(r)
        for p in props[r['id']]:
            out.append((p['features'], label(p, golds)))
    return out


def train(data):
    """The average of RUNS models, each fitted on its own shuffle of the data."""
    counts = {}
    for feats, _ in data:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    keep = {f for f, n in counts.items() if n >= MIN_COUNT}
    runs = [train_one(data, keep, SEED + r) for r in range(RUNS)]
    bias = sum(b for b, _ in runs) / RUNS
    return bias, {f: sum(w[f] for _, w in runs) / RUNS for f in keep}


def train_one(data, keep, seed):
    """Averaged SGD over the features in `keep`, from the shuffle `seed` gives."""
    w = {f: 0.0 for f in keep}
    bias = 0.0
    rng = random.Random(seed)
    order = list(range(len(data)))
    # The weights averaged over the second half of training: plain SGD's last weights depend
    # on the order of the last examples seen, and so does which proposals pass the threshold.
    avg, avg_bias, snapshots = {f: 0.0 for f in keep}, 0.0, 0
    for epoch in range(EPOCHS):
        if epoch >= EPOCHS // 2:
            for f in keep:
                avg[f] += w[f]
            avg_bias += bias
            snapshots += 1
        rng.shuffle(order)
        rate = RATE / (1 + epoch)
        for i in order:
            feats, y = data[i]
            z = bias + sum(w[f] for f in feats if f in w)
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            g = p - y
            bias -= rate * g
            for f in feats:
                if f in w:
                    w[f] -= rate * (g + L2 * w[f])
    for f in keep:
        avg[f] = (avg[f] + w[f]) / (snapshots + 1)
    return (avg_bias + bias) / (snapshots + 1), avg


def score(bias, w, feats):
    return bias + sum(w.get(f, 0.0) for f in feats)


def main(argv):
    # The threshold chosen on held-out train folds (bench/heldout.sh passes the same).
    run(argv, examples, (-1.0, -0.5, -0.25, 0.0, 0.25, 0.5), -0.75,
        'scripts/train_filter.py', 'weights.rs', '`filter::features`')


def run(argv, examples, holdout_thresholds, threshold, script, table_name, features):
    """The command line of a training script over `examples`: --holdout N reports on the first N
    articles trained on the rest; otherwise the table (--threshold, --exclude-first, --check)."""
    rows = [json.loads(l) for l in open(argv[0], encoding='utf-8')]
    if '--holdout' in argv:
        n = int(argv[argv.index('--holdout') + 1])
        bias, w = train(examples(rows[n:]))
        report_holdout(examples(rows[:n]), bias, w, holdout_thresholds)
        return
    if '--threshold' in argv:
        threshold = float(argv[argv.index('--threshold') + 1])
    if '--exclude-first' in argv:  # for measuring on held-out train articles
        rows = rows[int(argv[argv.index('--exclude-first') + 1]):]
    bias, w = train(examples(rows))
    emit(argv, rows, bias, w, threshold, script, table_name, features)


def report_holdout(test, bias, w, thresholds):
    """Prints, to stderr, how many held-out proposals each threshold keeps and how many are right."""
    for t in thresholds:
        kept = [y for f, y in test if score(bias, w, f) >= t]
        print('threshold %5.2f keeps %d of %d proposals, %.1f%% right (all: %.1f%%)'
              % (t, len(kept), len(test), 100 * sum(kept) / max(1, len(kept)),
                 100 * sum(y for _, y in test) / max(1, len(test))), file=sys.stderr)


def emit(argv, rows, bias, w, threshold, script, table_name, features):
    """Writes the weight table src/filter/TABLE_NAME (to stdout), or with --check compares it."""
    out = [
        f'//! Generated by {script} from PolNeAR train; do not edit by hand.',
        f'//! Logistic regression over the features of {features}: weights of features seen',
        f'//! at least {MIN_COUNT} times, {EPOCHS} epochs of SGD, the mean of {RUNS} runs from seed {SEED}.',
        '',
        f'pub const BIAS: f32 = {bias:.4f};',
        '/// Proposals scoring below this log-odds are dropped.',
        f'pub const THRESHOLD: f32 = {threshold:.2f};',
        '/// (feature, weight), sorted by feature.',
        'pub const WEIGHTS: &[(&str, f32)] = &[',
    ]
    for f in sorted(w):
        if abs(w[f]) >= 0.005:
            out.append('    ("%s", %.4f),' % (f.replace('\\', '\\\\').replace('"', '\\"'), w[f]))
    out.append('];')
    text = '\n'.join(out) + '\n'
    path = 'src/filter/' + table_name
    if '--check' in argv:
        table = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), path)
        if open(table, encoding='utf-8').read() != text:
            raise SystemExit('%s differs from what %s gives: run python3 %s TRAIN.jsonl > %s'
                             % (path, script, script, path))
        print('%s matches %s on %d articles' % (path, script, len(rows)))
        return
    sys.stdout.write(text)


if __name__ == '__main__':
    main(sys.argv[1:])
