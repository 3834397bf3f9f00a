#!/usr/bin/env python3
"""How often two annotations of the same article agree on its dispute edges.

Two blind samples, each annotated again from the same guidelines by another annotator:
data/disputes/agreement_disputes.jsonl, 10 articles of ../shared/corpus/polnear/train_disputes.jsonl
(the 72 given); data/disputes/agreement2_disputes.jsonl, 12 articles of the fourth and fifth
batches annotated here (the batches scored as held out: 3 with a required edge and 3 without from
each, seeded pick). An edge of one annotation is met by the other when the other has an edge
from the same attribution to the same claim (its target or one of its alternatives), required or
optional.
    python3 bench/dispute_agreement.py
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("SHARED", os.path.join(ROOT, "..", "shared"))


def load(path):
    with open(path, encoding="utf-8") as f:
        return {g["id"]: g for g in map(json.loads, f) if g}


def edges(g):
    return [(tuple(d["by"]["span"]),
             {tuple(d["target"]["span"])} | {tuple(s) for s in d["target"].get("alt_spans", [])},
             d["optional"]) for d in g["disputes"]]


def met(e, others):
    return any(e[0] == f[0] and e[1] & f[1] for f in others)


def compare(name, first, second):
    a_req = a_met = b_req = b_met = both = no_edge_agree = one_quiet = 0
    for i, g in second.items():
        a, b = edges(first[i]), edges(g)
        ra, rb = [e for e in a if not e[2]], [e for e in b if not e[2]]
        a_req, b_req = a_req + len(ra), b_req + len(rb)
        a_met += sum(met(e, b) for e in ra)
        b_met += sum(met(e, a) for e in rb)
        both += sum(met(e, rb) for e in ra)
        no_edge_agree += not ra and not rb
        one_quiet += bool(ra) != bool(rb)
    print("%s: %d articles re-annotated; first annotation's %d required edges: %d met by the second "
          "(%d of them required there too); second's %d required edges: %d met by the first; "
          "%d articles with no required edge in both, %d with required edges in one only"
          % (name, len(second), a_req, a_met, both, b_req, b_met, no_edge_agree, one_quiet))


def main():
    data = os.path.join(ROOT, "data", "disputes")
    given = load(os.path.join(SHARED, "corpus", "polnear", "train_disputes.jsonl"))
    compare("the 72 given", given, load(os.path.join(data, "agreement_disputes.jsonl")))
    batches = {**load(os.path.join(data, "train_fourth_disputes.jsonl")),
               **load(os.path.join(data, "train_fifth_disputes.jsonl"))}
    compare("the fourth and fifth batches", batches, load(os.path.join(data, "agreement2_disputes.jsonl")))


if __name__ == "__main__":
    main()
