#!/usr/bin/env python3
"""Where each required dispute edge of the annotated PolNeAR train articles is lost, as the
analyser runs: which step would have to change for it to be drawn. Counts only, per batch, so
that the batches scored as held out (the fourth and fifth) can be counted without being read.

    cargo build --release
    python3 bench/dispute_losses.py

An edge is a disputing statement B and the claim A it disputes. In the order the pass meets them:
- "B is no statement" / "A is no statement": no statement covers that end (the statement finder);
- "both ends one side": the parties put B's and A's speakers on one side (parties.rs);
- "B never weighed": B is reported inside another statement, or its speaker names no side;
- "B goes on from the statement before": B shares that statement's targets;
- "A is no candidate of B": A is after B, too far, hosted, or its side unnamed;
- "no signal the list reads": the decision list (rules.rs) sees no dispute in B's words although
  A is among B's candidates: the counter-claim with no denial word;
- "another claim drawn": B is linked, to a statement other than A;
- "drawn": found.
Gold and texts as in bench/disputes_cv.py (SHARED overrides ../shared).
"""
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import disputes_cv as cv  # noqa: E402  (the gold, the texts and the analyser's runs)

ORDER = ["drawn", "another claim drawn", "no signal the list reads", "A is no candidate of B",
         "B goes on from the statement before", "B never weighed", "both ends one side",
         "A is no statement", "B is no statement"]


def loss(d, sts, pairs):
    """Where the required edge `d` is lost among the statements `sts` (analyze) and `pairs`."""
    targets = [d["target"]["span"]] + d["target"].get("alt_spans", [])
    bs = [s for s in sts if cv.covers(s["content"], d["by"]["span"])]
    as_ = [s for s in sts if any(cv.covers(s["content"], t) for t in targets)]
    if not bs:
        return "B is no statement"
    if not as_:
        return "A is no statement"
    b, ids = bs[0], {s["id"] for s in as_}
    if set(b["disputes"]) & ids:
        return "drawn"
    if b["speaker"].get("party") in {s["speaker"].get("party") for s in as_}:
        return "both ends one side"
    p = pairs[b["id"]]
    if p["follow"] == "never":
        return "B never weighed"
    if p["candidates"] is None:
        return "B goes on from the statement before"
    if not any(c["j"] in ids for c in p["candidates"]):
        return "A is no candidate of B"
    if b["disputes"]:
        return "another claim drawn"
    return "no signal the list reads"


def main():
    golds, rows = cv.load_gold()
    analysis, pairs = cv.run("analyze", rows), cv.run("pairs", rows)
    batches = [(name, [g["id"] for g in cv.load_jsonl(path)])
               for name, path in zip(cv.BATCHES, cv.GOLD)]
    print("%-38s" % "required edges" + "".join("%8s" % name for name, _ in batches) + "     all")
    counts = {name: collections.Counter() for name, _ in batches}
    for name, ids in batches:
        for a in ids:
            sts, ps = analysis[a]["statements"], pairs[a]["statements"]
            for d in golds[a]["disputes"]:
                if not d["optional"]:
                    counts[name][loss(d, sts, ps)] += 1
    for k in ORDER + ["total"]:
        row = [sum(c.values()) if k == "total" else c[k] for c in counts.values()]
        print("%-38s" % k + "".join("%8d" % n for n in row) + "%8d" % sum(row))


if __name__ == "__main__":
    main()
