"""Turns tools/{heldout,corpus}.txt into tests/data/*.jsonl. Run once; deterministic.

Each line: label (c complaint, o other, n near-miss other), integration,
key_exposed (y, n or -), optionally "leak" (exposure described in words),
then " | " and the text."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from fakes import Fakes

INT = {"ac": "activecampaign", "keap": "keap", "stripe": "stripe", "other": "other", "none": "none"}
root = os.path.join(os.path.dirname(__file__), "..")
for name in ["heldout", "corpus"]:
    fk = Fakes(name)
    out = []
    for line in open(os.path.join(root, "tools", name + ".txt"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        head, text = line.rstrip("\n").split(" | ", 1)
        lab, integ, exp, *words = head.split()
        row = {"text": fk.sub(text.replace("\\n", "\n")),
               "label": "complaint" if lab == "c" else "other"}
        if integ != "-":
            row["integration"] = INT[integ]
        if exp != "-":
            row["key_exposed"] = exp == "y"
        # Exposure described in words ("leak" after the three fields); every
        # other sentence says nothing of the kind.
        row["exposure_mentioned"] = words == ["leak"]
        if lab == "n":
            row["tag"] = "near_miss"
        row["voice"] = "chat"
        out.append(json.dumps(row, ensure_ascii=False))
    with open(os.path.join(root, "tests", "data", name + ".jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(name, len(out))
