#!/usr/bin/env python3
"""The dispute linker measured on the dispute gold of PolNeAR train, by article-grouped
cross-validation. What the analyser runs: the hand-written decision list says which statements
dispute something, and a learned ranking (step 2 below, scripts/train_disputes.py) says which
claim; its CV line retrains the ranking without each fold. Also measured: the learned two-step
model over the features `whosaid pairs` prints (src/disputes/model.rs), step 1 included, which is
not adopted (see the README: step 1 does not beat the list).

Step 1, "does statement B dispute anything": logistic regression over B's features. Step 2, "which
statement A": a conditional logit over B's candidates, trained on the statements that do dispute.
An edge is drawn when P(B) x P(A | B) >= a threshold. Labels come from the gold (required and
optional edges: an optional edge is a fair answer); a statement that makes a gold dispute whose
claim is none of its candidates is left out of training. Standard library only, fixed seed.

    cargo build --release
    python3 bench/disputes_cv.py            # decision list and 5-fold CV of the model, scored by score.py
Gold: ../shared/corpus/polnear/train_disputes.jsonl and data/disputes/train_{more,third,fourth,fifth}_disputes.jsonl,
texts from ../shared/corpus/polnear/train.jsonl (SHARED overrides ../shared).
"""
import json
import math
import os
import random
import subprocess
import sys
import tempfile

SEED = int(os.environ.get("SEED", 14))
FOLDS = 5
EPOCHS = 40
RATE = 0.05
L2_STATEMENT = 1e-3
L2_PAIR = 1e-3
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("SHARED", os.path.join(ROOT, "..", "shared"))
BIN = os.path.join(ROOT, "target", "release", "whosaid")
# In the order they were annotated: the 72 given, then four batches of 60 annotated here.
GOLD = [os.path.join(SHARED, "corpus", "polnear", "train_disputes.jsonl"),
        os.path.join(ROOT, "data", "disputes", "train_more_disputes.jsonl"),
        os.path.join(ROOT, "data", "disputes", "train_third_disputes.jsonl"),
        os.path.join(ROOT, "data", "disputes", "train_fourth_disputes.jsonl"),
        os.path.join(ROOT, "data", "disputes", "train_fifth_disputes.jsonl")]
BATCHES = ["first", "second", "third", "fourth", "fifth"]
# Batches no rule was written looking at: each is scored as held out, with the ranking learned on
# the batches before it.
HELD_OUT = ["fourth", "fifth"]
TEXTS = os.path.join(SHARED, "corpus", "polnear", "train.jsonl")
SCORE = os.path.join(SHARED, "eval", "score.py")


def load_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_gold():
    """The dispute gold by article id, and the texts of those articles."""
    golds = {}
    for path in GOLD:
        for g in load_jsonl(path):
            golds[g["id"]] = g
    return golds, [r for r in load_jsonl(TEXTS) if r["id"] in golds]


def run(cmd, rows):
    inp = "".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in rows)
    out = subprocess.run([BIN, cmd], input=inp, capture_output=True, text=True, check=True).stdout
    return {d["id"]: d for d in map(json.loads, out.splitlines())}


def covers(content, span):
    s, e = content
    ov = max(0, min(e, span[1]) - max(s, span[0]))
    return ov >= 0.5 * (span[1] - span[0])


def label(doc, gold):
    """Per statement: the set of candidate indices that are right (empty: disputes nothing), or
    None when the statement makes a gold dispute whose claim is none of its candidates (the
    statement finder or the parties missed it: no answer is right, and "nothing" would be wrong)."""
    sts = doc["statements"]
    right = [set() for _ in sts]
    unknown = [False] * len(sts)
    for d in gold["disputes"]:
        targets = [d["target"]["span"]] + d["target"].get("alt_spans", [])
        by = d["by"]["span"]
        for i, st in enumerate(sts):
            if st["candidates"] is None or not covers(st["content"], by):
                continue
            found = {k for k, c in enumerate(st["candidates"])
                     if any(covers(sts[c["j"]]["content"], t) for t in targets)}
            right[i] |= found
            unknown[i] |= not found
    return [r if r or not u else None for r, u in zip(right, unknown)]


def examples(docs, golds, ids):
    """(statement features, candidate features, right candidate indices) per scored statement."""
    out = []
    for a in ids:
        doc = docs[a]
        right = label(doc, golds[a])
        for st, r in zip(doc["statements"], right):
            if st["features"] is not None and r is not None:
                out.append((st["features"], [c["features"] for c in st["candidates"]], r))
    return out


def sigmoid(z):
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def dot(w, x):
    return sum(a * b for a, b in zip(w, x))


def train_statement(data, n, rng):
    """Logistic regression, averaged over the second half of SGD (stable weights)."""
    w = [0.0] * n
    avg = [0.0] * n
    k = 0
    pos = sum(1 for _, _, r in data if r)
    weight_pos = max(1.0, (len(data) - pos) / max(pos, 1) / 4)  # rare positives count more
    order = list(range(len(data)))
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        rate = RATE / (1 + epoch * 0.1)
        for t in order:
            x, _, r = data[t]
            y = 1.0 if r else 0.0
            g = (sigmoid(dot(w, x)) - y) * (weight_pos if y else 1.0)
            for f in range(n):
                w[f] -= rate * (g * x[f] + L2_STATEMENT * w[f])
            if epoch >= EPOCHS // 2:
                k += 1
                for f in range(n):
                    avg[f] += w[f]
    return [v / k for v in avg]


def softmax(scores):
    m = max(scores)
    e = [math.exp(s - m) for s in scores]
    z = sum(e)
    return [v / z for v in e]


def train_pair(data, n, rng):
    """Conditional logit: the right candidates' share of the softmax is pushed up."""
    w = [0.0] * n
    avg = [0.0] * n
    k = 0
    sets = [(c, r) for _, c, r in data if r and c]
    order = list(range(len(sets)))
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        rate = RATE / (1 + epoch * 0.1)
        for t in order:
            cands, right = sets[t]
            p = softmax([dot(w, x) for x in cands])
            pr = sum(p[i] for i in right)
            # Gradient of -log(sum of right probabilities).
            grad = [0.0] * n
            for i, x in enumerate(cands):
                coef = p[i] - (p[i] / pr if i in right else 0.0)
                if coef:
                    for f in range(n):
                        grad[f] += coef * x[f]
            for f in range(n):
                w[f] -= rate * (grad[f] + L2_PAIR * w[f])
            if epoch >= EPOCHS // 2:
                k += 1
                for f in range(n):
                    avg[f] += w[f]
    return [v / k for v in avg]


def decide(doc, ws, wp, threshold):
    """Each statement's targets, as the Rust pass decides them (src/disputes/mod.rs `decide`)."""
    sts = doc["statements"]
    targets = [[] for _ in sts]
    for i, st in enumerate(sts):
        f = st["follow"]
        if f == "never":
            continue
        if f == "continues":
            targets[i] = list(targets[i - 1])
            continue
        if f == "quotes" and targets[i - 1]:
            targets[i] = list(targets[i - 1])
            continue
        if st["features"] is None or not st["candidates"]:
            continue
        pd = sigmoid(dot(ws, st["features"]))
        p = softmax([dot(wp, c["features"]) for c in st["candidates"]])
        k = max(range(len(p)), key=lambda a: (p[a], -a))
        if pd * p[k] >= threshold:
            targets[i].append(st["candidates"][k]["j"])
    return targets


def fit(docs, golds, ids, n_s, n_p):
    rng = random.Random(SEED)
    data = examples(docs, golds, ids)
    ws = train_statement(data, n_s, rng)
    wp = train_pair(data, n_p, rng)
    return ws, wp


def score(analysis, golds, texts, targets_by_doc, ids):
    """score.py disputes on the analysis with these targets; returns (P, R, F1, summary)."""
    with tempfile.TemporaryDirectory() as tmp:
        gp, pp, tp = (os.path.join(tmp, n) for n in ("gold.jsonl", "pred.jsonl", "texts.jsonl"))
        with open(gp, "w", encoding="utf-8") as g, open(pp, "w", encoding="utf-8") as p, \
                open(tp, "w", encoding="utf-8") as t:
            for a in ids:
                g.write(json.dumps(golds[a]) + "\n")
                t.write(json.dumps({"id": a, "text": texts[a]}) + "\n")
                out = json.loads(json.dumps(analysis[a]))
                for st, tg in zip(out["statements"], targets_by_doc[a]):
                    st["disputes"] = tg
                p.write(json.dumps(out) + "\n")
        res = subprocess.run([sys.executable, SCORE, "disputes", gp, pp, "--texts", tp, "--json"],
                             capture_output=True, text=True, check=True).stdout
    lines = res.strip().splitlines()
    summary = lines[-1]
    full = json.loads("\n".join(lines[:-1]))
    return full["dispute_PRF"], full["counts"], summary


def fit_ranking(docs, golds, ids, n_p):
    """Step 2 alone, as scripts/train_disputes.py trains it (its own seeded generator)."""
    data = [(None, c, r) for _, c, r in examples(docs, golds, ids) if r and c]
    return train_pair(data, n_p, random.Random(SEED))


# Least scores of a target tried (MIN_PAIR_SCORE in src/disputes/mod.rs is the one picked on all).
THRESHOLDS = [x * 0.25 for x in range(11)]


def rank(doc, listed, wp, threshold):
    """The analyser's targets with step 2 retrained: each statement the list links on its own
    gets its best-scored candidate, or none when that scores under `threshold`, unless the list's
    target is kept (a denial naming whose statement it answers); one that goes on from it shares
    it (src/disputes/mod.rs `rank_targets`). `listed` are the decision list's targets."""
    sts = doc["statements"]
    out = [list(t) for t in listed]
    for i, st in enumerate(sts):
        if st["follow"] != "own" or not listed[i] or not st["candidates"] or st["kept"]:
            continue
        scores = [dot(wp, c["features"]) for c in st["candidates"]]
        k = max(range(len(scores)), key=lambda a: (scores[a], -a))
        out[i] = [st["candidates"][k]["j"]] if scores[k] >= threshold else []
    for i in range(1, len(sts)):
        if sts[i]["follow"] in ("continues", "quotes") and listed[i] and listed[i] == listed[i - 1]:
            out[i] = list(out[i - 1])
    return out


def folds_of(ids, seed=SEED):
    order = sorted(ids)
    random.Random(seed).shuffle(order)
    return [order[k::FOLDS] for k in range(FOLDS)]


def pick_threshold(docs, golds, texts, analysis, listed, ids, n_p):
    """The least target score with the best F1 by article-grouped CV inside `ids` (the higher on
    a tie: a wrong "Disputed by" costs more than a missed one)."""
    inner = {}
    for fold in folds_of(ids, SEED + 1):
        wp = fit_ranking(docs, golds, [a for a in ids if a not in set(fold)], n_p)
        for a in fold:
            inner[a] = wp
    best = None
    for t in THRESHOLDS:
        targets = {a: rank(docs[a], listed[a], inner[a], t) for a in ids}
        (_, _, f1), _, _ = score(analysis, golds, texts, targets, ids)
        if best is None or f1 >= best[0]:
            best = (f1, t)
    return best[1]


def cross_validate(docs, golds, ids, n_s, n_p):
    """Per fold: weights learned without it; returns each article's (statement, pair) weights."""
    scored = {}
    for fold in folds_of(ids):
        rest = [a for a in ids if a not in set(fold)]
        ws, wp = fit(docs, golds, rest, n_s, n_p)
        for a in fold:
            scored[a] = (ws, wp)
    return scored


def main(argv):
    golds, rows = load_gold()
    texts = {r["id"]: r["text"] for r in rows}
    docs = run("pairs", rows)
    analysis = run("analyze", rows)
    ids = sorted(golds)
    batches = [sorted(g["id"] for g in load_jsonl(path)) for path in GOLD]
    subsets = [("all %d" % len(ids), ids)] + [("%s %d" % (name, len(b)), b)
                                               for name, b in zip(BATCHES, batches)]
    as_run = {a: [st["disputes"] for st in analysis[a]["statements"]] for a in ids}
    quiet = [a for a in ids if all(d["optional"] for d in golds[a]["disputes"])]
    n_s = len(next(st["features"] for d in docs.values() for st in d["statements"] if st["features"]))
    n_p = len(next(c["features"] for d in docs.values() for st in d["statements"]
                   if st["candidates"] for c in st["candidates"]))
    # Which statements dispute is the decision list's (`whosaid pairs` prints its targets).
    listed = {a: [st["listed"] for st in docs[a]["statements"]] for a in ids}
    ranked, picked = {}, []
    for fold in folds_of(ids):
        rest = [a for a in ids if a not in set(fold)]
        t = pick_threshold(docs, golds, texts, analysis, listed, rest, n_p)
        picked.append(t)
        wp = fit_ranking(docs, golds, rest, n_p)
        for a in fold:
            ranked[a] = rank(docs[a], listed[a], wp, t)
    print("least target score picked inside each fold's training part: %s; on all %d: %.2f"
          % (", ".join("%.2f" % t for t in picked), len(ids),
             pick_threshold(docs, golds, texts, analysis, listed, ids, n_p)))
    for name, sub in subsets:
        _, counts, summary = score(analysis, golds, texts, ranked, sub)
        print("decision list + learned ranking, %d-fold CV by article, %s articles: %s; %d edges "
              "drawn" % (FOLDS, name, summary, counts["d_pred"]))
    print("decision list + learned ranking: %d edges drawn in the %d articles with no required edge"
          % (sum(len(t) for a in quiet for t in ranked[a]), len(quiet)))
    _, counts, summary = score(analysis, golds, texts, as_run, ids)
    print("as the analyser runs (its ranking learned on all of them, so not a held-out figure): %s"
          % summary)
    # The batches held out: the ranking and its least score learned on the batches before each
    # only (the decision list has seen them all, but was written without looking at them).
    for name in HELD_OUT:
        k = BATCHES.index(name)
        seen, last = [a for b in batches[:k] for a in b], batches[k]
        t = pick_threshold(docs, golds, texts, analysis, listed, seen, n_p)
        wp = fit_ranking(docs, golds, seen, n_p)
        held = {a: rank(docs[a], listed[a], wp, t) for a in last}
        _, counts, summary = score(analysis, golds, texts, held, last)
        quiet_here = sum(len(x) for a in last if a in quiet for x in held[a])
        print("ranking learned on the %d articles before the %s batch, scored on its %d: %s; %d "
              "edges, %d in its articles with no required edge"
              % (len(seen), name, len(last), summary, counts["d_pred"], quiet_here))
    per_doc = cross_validate(docs, golds, ids, n_s, n_p)
    for t in (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5):
        targets = {a: decide(docs[a], *per_doc[a], t) for a in ids}
        _, counts, summary = score(analysis, golds, texts, targets, ids)
        print("two-step model, %d-fold CV by article, threshold %.2f: %s; %d edges drawn, %d in "
              "articles with no required edge" % (FOLDS, t, summary, counts["d_pred"],
                                                  sum(len(x) for a in quiet for x in targets[a])))


if __name__ == "__main__":
    main(sys.argv[1:])
