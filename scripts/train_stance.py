#!/usr/bin/env python3
"""Train the stance classifier and write its weights as Rust (src/stance/weights.rs).

  python3 scripts/train_stance.py [TRAIN.jsonl]       # CV report, full fit, write weights + parity fixture
  python3 scripts/train_stance.py TRAIN.jsonl --cv    # only the grouped cross-validation report

Python standard library only; deterministic (fixed seed). The model is a three-class logistic
regression over a few dozen hand-made features (lexicon cues by position, negation near the claim's
words, question form, word overlap with the claim). The word lists are read from
src/stance/lexicon.rs, and feature extraction here mirrors src/stance/mod.rs line for line: change one,
change the other (tests/stance.rs checks both the feature names and the labels on a fixture of
pairs this script writes).

Honest evaluation: grouped K-fold by claim_id, so every test fold holds claims never seen in
training. That is the figure that says whether it generalises; the full-train figure is printed too.
"""
import json
import math
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEXICON_RS = os.path.join(ROOT, 'src', 'stance', 'lexicon.rs')
WEIGHTS_RS = os.path.join(ROOT, 'src', 'stance', 'weights.rs')
PARITY = os.path.join(ROOT, 'tests', 'fixtures', 'stance', 'parity.jsonl')
DEFAULT_TRAIN = '/work/shared/corpus/emergent/train.jsonl'

SEED = 20141
FOLDS = 10
EPOCHS = 60
LR0 = 0.5
L2 = 1e-3
LABELS = ('for', 'against', 'observing')


def words_of(body):
    return [tuple(s.split(' ')) for s in re.findall(r'"([^"]*)"', body)]


def read_lexicon(path=LEXICON_RS):
    """The Rust file's lists as lists of word tuples: every `pub const NAME: &[&str] = &[ ... ];`
    block by its NAME, and the rows of its `GROUPS` table by their name; and the table's names in
    order."""
    src = re.sub(r'//[^\n]*', '', open(path, encoding='utf-8').read())
    out = {}
    for m in re.finditer(r'pub const (\w+): &\[&str\] = &\[(.*?)\];', src, re.S):
        out[m.group(1)] = words_of(m.group(2))
    table = re.search(r'pub const GROUPS: \[\(&str, &\[&str\]\); \d+\] = \[(.*?)\n\];', src, re.S).group(1)
    groups = []
    for m in re.finditer(r'\("(\w+)", &\[(.*?)\]\)', table, re.S):
        groups.append(m.group(1))
        out[m.group(1)] = words_of(m.group(2))
    return out, tuple(groups)


# The groups scanned for position-dependent cues, in feature order (the GROUPS table).
LEX, GROUPS = read_lexicon()
PLACES = ('any', 'lead', 'tail', 'inq', 'afterq')
NEGATION = set(w[0] for w in LEX['NEGATION'])
STOP = set(w[0] for w in LEX['STOPWORDS'])


def feature_names():
    names = ['%s:%s' % (g, p) for g in GROUPS for p in PLACES]
    names += ['neg:any', 'neg:two', 'neg:near_claim', 'neg:caps', 'neg:lead', 'neg:inq', 'neg:afterq',
              'q:any', 'q:end', 'q:opener', 'q:mid',
              'claim:neg', 'claim:neg_text_neg', 'claim:hedge',
              'overlap', 'overlap:none', 'overlap:half',
              'len:short', 'len:long', 'quote']
    return names


NAMES = feature_names()
INDEX = {n: i for i, n in enumerate(NAMES)}


def tokens(text):
    """(word, all_caps, question_index) per word; mirrors `tokenize` in stance/mod.rs.

    A word is a maximal run of alphanumerics and apostrophes (curly ones folded to '), with
    apostrophes trimmed from both ends. question_index counts the '?' seen before the word."""
    out = []
    cur = []
    q = 0

    def flush():
        w = ''.join(cur).strip("'")
        cur.clear()
        if w:
            letters = [c for c in w if c.isalpha()]
            caps = len(letters) >= 2 and all(c.isupper() for c in letters)
            out.append((w.lower(), caps, q))

    for c in text:
        if c in '\u2019\u2018':
            c = "'"
        if c.isalnum() or c == "'":
            cur.append(c)
        else:
            flush()
            if c == '?':
                q += 1
    flush()
    return out, q


def is_neg(w):
    return w in NEGATION or w.endswith("n't")


def stem(w):
    return w[:5]


def content_stems(words):
    return set(stem(w) for w in words if len(w) > 2 and w not in STOP)


def match_at(words, i, entries):
    """Does one of the entries (tuples of words) start at word i?"""
    return any(tuple(words[i:i + len(e)]) == e for e in entries)


def hits(words, entries):
    """Start indices where an entry (tuple of words) matches."""
    out = []
    n = len(words)
    for i in range(n):
        for e in entries:
            k = len(e)
            if words[i] == e[0] and i + k <= n and tuple(words[i:i + k]) == e:
                out.append(i)
                break
    return out


def features(claim, text):
    """Sparse {index: value}; mirrors `features` in stance/mod.rs."""
    toks, nq = tokens(text)
    words = [t[0] for t in toks]
    n = len(words)
    qpos = [t[2] for t in toks]
    f = {}

    def put(name, v=1.0):
        f[INDEX[name]] = v

    for g in GROUPS:
        hs = hits(words, LEX[g])
        if not hs:
            continue
        put(g + ':any')
        if any(i < 3 for i in hs):
            put(g + ':lead')
        if any(i >= n - 2 for i in hs):
            put(g + ':tail')
        if any(qpos[i] < nq for i in hs):
            put(g + ':inq')
        if any(qpos[i] > 0 for i in hs):
            put(g + ':afterq')

    cwords, _ = tokens(claim)
    cwords = [t[0] for t in cwords]
    cstems = content_stems(cwords)
    all_caps_text = n > 0 and all(t[1] or not any(ch.isalpha() for ch in t[0]) for t in toks)
    negs = [i for i in range(n) if is_neg(words[i])]
    if negs:
        put('neg:any')
        if len(negs) >= 2:
            put('neg:two')
        for i in negs:
            if any(stem(w) in cstems for w in words[i + 1:i + 4] if len(w) > 2 and w not in STOP):
                put('neg:near_claim')
                break
        if not all_caps_text and any(toks[i][1] for i in negs):
            put('neg:caps')
        if negs[0] == 0:
            put('neg:lead')
        if any(qpos[i] < nq for i in negs):
            put('neg:inq')
        if any(qpos[i] > 0 for i in negs):
            put('neg:afterq')

    if nq:
        put('q:any')
        if text.rstrip().endswith('?'):
            put('q:end')
        if n and match_at(words, 0, LEX['QUESTION_OPENERS']):
            put('q:opener')
        if any(p > 0 for p in qpos):
            put('q:mid')

    claim_neg = any(is_neg(w) for w in cwords)
    if claim_neg:
        put('claim:neg')
        if negs:
            put('claim:neg_text_neg')
    if hits(cwords, LEX['hedge']):
        put('claim:hedge')

    if cstems:
        tstems = content_stems(words)
        ov = len(cstems & tstems) / len(cstems)
        put('overlap', ov)
        if ov == 0:
            put('overlap:none')
        if ov >= 0.5:
            put('overlap:half')
    if n <= 5:
        put('len:short')
    if n > 20:
        put('len:long')
    if any(c in text for c in '"\u201c\u201d'):
        put('quote')
    return {k: v for k, v in f.items() if v != 0.0}


# ---------------------------------------------------------------- model

def scores(w, b, x):
    return [b[c] + sum(w[i][c] * v for i, v in x.items()) for c in range(3)]


def predict(w, b, x):
    s = scores(w, b, x)
    return max(range(3), key=lambda c: (s[c], -c))


def train(xs, ys, seed=SEED):
    """Multinomial logistic regression by SGD with a decaying step and L2; deterministic."""
    rng = random.Random(seed)
    d = len(NAMES)
    w = [[0.0] * 3 for _ in range(d)]
    b = [0.0] * 3
    order = list(range(len(xs)))
    step = 0
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        for j in order:
            step += 1
            lr = LR0 / (1 + 0.001 * step)
            x, y = xs[j], ys[j]
            s = scores(w, b, x)
            m = max(s)
            e = [math.exp(v - m) for v in s]
            z = sum(e)
            for c in range(3):
                g = e[c] / z - (1.0 if c == y else 0.0)
                b[c] -= lr * g
                for i, v in x.items():
                    w[i][c] -= lr * (g * v + L2 * w[i][c])
    return w, b


def report(gold, pred):
    right = sum(g == p for g, p in zip(gold, pred))
    tp = sum(g == p == 1 for g, p in zip(gold, pred))
    np_, ng = sum(p == 1 for p in pred), sum(g == 1 for g in gold)
    pr = tp / np_ if np_ else 0.0
    rc = tp / ng if ng else 0.0
    f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
    return 'accuracy %.1f  against P/R/F1 %.1f/%.1f/%.1f  (%d pairs)' % (
        100 * right / len(gold), 100 * pr, 100 * rc, 100 * f1, len(gold))


def grouped_cv(rows, xs, ys):
    claims = sorted(set(r['claim_id'] for r in rows))
    random.Random(SEED).shuffle(claims)
    fold_of = {c: k % FOLDS for k, c in enumerate(claims)}
    pred = [None] * len(rows)
    for k in range(FOLDS):
        tr = [j for j, r in enumerate(rows) if fold_of[r['claim_id']] != k]
        w, b = train([xs[j] for j in tr], [ys[j] for j in tr])
        for j, r in enumerate(rows):
            if fold_of[r['claim_id']] == k:
                pred[j] = predict(w, b, xs[j])
    return pred


def rust_f32(v):
    s = repr(float('%.6g' % v))
    return s if ('.' in s or 'e' in s) else s + '.0'


def write_weights(w, b, cv_line, full_line, n):
    lines = [
        '// @generated by scripts/train_stance.py -- do not edit by hand; run the script instead.',
        '// Three-class logistic regression (for, against, observing) over the features of',
        '// src/stance/mod.rs, trained by SGD (seed %d, %d epochs, L2 %g) on %d Emergent train pairs.' % (SEED, EPOCHS, L2, n),
        '// Grouped %d-fold CV by claim: %s' % (FOLDS, cv_line),
        '// Full train (resubstitution): %s' % full_line,
        '',
        '/// Feature names, in the order `features` in stance/mod.rs fills them.',
        'pub const FEATURE_NAMES: [&str; %d] = [' % len(NAMES),
    ]
    lines += ['    "%s",' % nm for nm in NAMES]
    lines += ['];', '', '/// Class biases: for, against, observing.',
              'pub const BIAS: [f32; 3] = [%s];' % ', '.join(rust_f32(v) for v in b), '',
              '/// Per-feature weights: for, against, observing.',
              'pub const WEIGHTS: [[f32; 3]; %d] = [' % len(NAMES)]
    for i in range(len(NAMES)):
        lines += ['    // %s' % NAMES[i], '    [%s],' % ', '.join(rust_f32(v) for v in w[i])]
    lines += ['];', '']
    with open(WEIGHTS_RS, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines))


def rounded(w, b):
    """The weights exactly as Rust will hold them (printed with 6 significant digits)."""
    return ([[float('%.6g' % v) for v in row] for row in w], [float('%.6g' % v) for v in b])


def write_parity(rows, xs, w, b, k=150):
    """A fixed sample of pairs with this script's label, for tests/stance.rs to compare against."""
    sample = sorted(random.Random(SEED + 1).sample(range(len(rows)), k))
    os.makedirs(os.path.dirname(PARITY), exist_ok=True)
    with open(PARITY, 'w', encoding='utf-8') as f:
        for j in sample:
            r = rows[j]
            s = scores(w, b, xs[j])
            f.write(json.dumps({'id': r['id'], 'claim': r['claim'], 'text': r['text'],
                                'expected': LABELS[predict(w, b, xs[j])],
                                'features': sorted(xs[j]),
                                'margin': round(sorted(s)[-1] - sorted(s)[-2], 4)}) + '\n')


def main(argv):
    args = [a for a in argv if not a.startswith('--')]
    path = args[0] if args else DEFAULT_TRAIN
    rows = [json.loads(line) for line in open(path, encoding='utf-8') if line.strip()]
    xs = [features(r['claim'], r['text']) for r in rows]
    ys = [LABELS.index(r['stance']) for r in rows]
    cv = grouped_cv(rows, xs, ys)
    cv_line = report(ys, cv)
    print('grouped %d-fold CV by claim: %s' % (FOLDS, cv_line))
    if '--cv' in argv:
        return
    w, b = rounded(*train(xs, ys))
    full_line = report(ys, [predict(w, b, x) for x in xs])
    print('full train (resubstitution): %s' % full_line)
    write_weights(w, b, cv_line, full_line, len(rows))
    write_parity(rows, xs, w, b)
    print('wrote %s and %s' % (os.path.relpath(WEIGHTS_RS, ROOT), os.path.relpath(PARITY, ROOT)))


if __name__ == '__main__':
    main(sys.argv[1:])
