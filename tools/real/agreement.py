#!/usr/bin/env python3
"""Inter-annotator agreement on an audit file (default tools/real/audit.jsonl).

audit.jsonl: 200 rows drawn at random (seed 20261204) from real_train.jsonl,
labelled a second time, blind: the second annotator read only the guideline
in tests/data/README.md and the texts, never the first labels or the
detector. audit2.jsonl: the same for 200 rows drawn at random (seed
20261205) from the batches b72 and later, labelled by other annotators.
audit3.jsonl: 200 rows drawn at random (seed 20261206) from the batches
b130 and later (chat-voice rows among them), labelled blind the same way.
audit_errors.jsonl is not a random draw: 150 out-of-fold false alarms the
model scored 0.9 or more (`fp_high`), 150 out-of-fold misses it scored
under 0.1 (`fn_low`), both drawn at random (seed 14) from `rekey train
--cv` at stop 43, and 100 rows it got right (`control`), shuffled and
labelled blind (label only): how many of the model's surest mistakes are
the labels' boundary rather than the model's. For a file whose rows carry
a `kind`, the label agreement is printed per kind instead.
Prints raw agreement and Cohen's kappa per field, and the second annotator
scored against the first as if it were a detector (a ceiling for the model).

Run from the repository root: python3 tools/real/agreement.py [FILE]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def kappa(a, b):
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b)) / n
    expected = sum((a.count(c) / n) * (b.count(c) / n) for c in set(a) | set(b))
    return observed, (observed - expected) / (1 - expected)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "audit.jsonl")
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    if all("kind" in r for r in rows):
        by_kind(rows)
        return
    for field in ("label", "integration", "exposure_mentioned"):
        a = [r["first"][field] for r in rows]
        b = [r["second"][field] for r in rows]
        observed, k = kappa(a, b)
        print(f"{field:20} agreement {observed:.3f}  kappa {k:.3f}  ({len(rows)} rows)")
    tp = sum(r["first"]["label"] == r["second"]["label"] == "complaint" for r in rows)
    fp = sum(r["first"]["label"] == "other" and r["second"]["label"] == "complaint" for r in rows)
    fn = sum(r["first"]["label"] == "complaint" and r["second"]["label"] == "other" for r in rows)
    p, rec = tp / (tp + fp), tp / (tp + fn)
    print(f"second vs first as a detector: precision {p:.3f} recall {rec:.3f} f1 {2 * p * rec / (p + rec):.3f}")
    print(f"rows the second annotator marked unsure: {sum(r.get('second_unsure', False) for r in rows)}")


def model_label(row):
    """The model's out-of-fold verdict on an error-audit row: the corpus
    label for a `control` row (one the model got right, no score kept),
    else its score read at even odds."""
    if row["oof_score"] is None:
        return row["first"]["label"]
    return "complaint" if row["oof_score"] >= 0.5 else "other"


def by_kind(rows):
    """Label agreement per `kind` of an error audit (see the docstring)."""
    for kind in sorted({r["kind"] for r in rows}):
        group = [r for r in rows if r["kind"] == kind]
        same = sum(r["first"]["label"] == r["second"]["label"] for r in group)
        with_model = sum(r["second"]["label"] == model_label(r) for r in group)
        unsure = sum(r.get("second_unsure", False) for r in group)
        print(
            f"{kind:8} second agrees with the corpus label on {same} of {len(group)} "
            f"({100 * same / len(group):.1f}%), with the model on {with_model}; "
            f"unsure on {unsure}"
        )


if __name__ == "__main__":
    main()
