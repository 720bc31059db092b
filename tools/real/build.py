#!/usr/bin/env python3
"""Assembles the real-message corpus from the hand-labelled batches b*.py.

Every row is a public message found with the search tool (issue threads,
Q&A and documentation pages), labelled by the guideline in
tests/data/README.md. Rows are split by source thread: a thread's rows all
land in the same split, chosen by a hash of its URL, so no thread is in two
splits. Writes tests/data/real_train.jsonl and tests/data/real_heldout.jsonl.

It also writes tests/data/real_translated.jsonl from translations/*.jsonl:
real training messages translated into Rekey's other languages, each row
{"original": <the English row's text>, "text": <translation>, "language":
<ISO 639-1>}. A translation takes its original's label, integration, voice,
source and exposure label, so it follows the original's relabelling; an
original that is not a training row (it moved to held-out, or its text
changed) stops the build.

Run from the repository root: python3 tools/real/build.py

With --pending FILE it writes nothing else: the batches waiting in
tools/real/pending/ (mined and measured, not yet trained on: the unseen set)
go to FILE as rows in the same format, each with its `batch`, for
`rekey eval FILE`; rows from threads already trained on are left out of it.
"""
import glob
import hashlib
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "tests", "data")
# Percentage of threads in the held-out split.
HELDOUT_PERCENT = 40


def thread(url):
    return url.split("#")[0].rstrip("/")


def split_of(url):
    h = int(hashlib.sha256(thread(url).encode()).hexdigest()[:8], 16)
    return "heldout" if h % 100 < HELDOUT_PERCENT else "train"


def load(folder=HERE, with_batch=False):
    rows = []
    for path in sorted(glob.glob(os.path.join(folder, "b[0-9]*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for r in mod.ROWS:
            source, voice, label, integration, text = r[:5]
            assert voice in ("chat", "issue", "forum"), r
            assert label in ("complaint", "other"), r
            assert integration in ("activecampaign", "keap", "stripe", "other", "none"), r
            row = {
                "text": text,
                "label": label,
                "integration": integration,
                "voice": voice,
                "source": source,
                "exposure_mentioned": bool(r[5]) if len(r) > 5 else False,
            }
            if with_batch:
                row["batch"] = os.path.basename(path)[:-3]
            if len(r) > 6:
                # The language of a row not written in English (ISO 639-1).
                assert r[6] != "en" and len(r[6]) == 2, r
                row["language"] = r[6]
            rows.append(row)
    seen = set()
    for r in rows:
        key = r["text"].lower()
        if key in seen:
            sys.exit(f"duplicate text: {r['text'][:60]}")
        seen.add(key)
    return rows


def translated(train, seen):
    """The translation rows, each with its training original's labels."""
    by_text = {r["text"]: r for r in train}
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, "translations", "*.jsonl"))):
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            t = json.loads(line)
            original = by_text.get(t["original"])
            if original is None or "language" in original:
                sys.exit(f"{path}:{n}: the original is not an English training row")
            assert t["language"] in ("de", "es", "fr", "it", "pt"), (path, n)
            key = t["text"].lower()
            if key in seen:
                sys.exit(f"{path}:{n}: duplicate text: {t['text'][:60]}")
            seen.add(key)
            row = {k: original[k] for k in ("label", "integration", "voice", "source", "exposure_mentioned")}
            row = {"text": t["text"], **row, "language": t["language"], "translated_from": "en"}
            out.append(row)
    return out


def write_pending(path):
    """The pending batches' rows from new threads, for `rekey eval`."""
    used = {thread(r["source"]) for r in load()}
    rows, seen = [], 0
    for r in load(os.path.join(HERE, "pending"), with_batch=True):
        # A row from a thread already trained on is not unseen: it is left
        # out here, and trained on with its batch when the batch moves.
        if thread(r["source"]) in used:
            seen += 1
        else:
            rows.append(r)
    if seen:
        print(f"pending: {seen} rows left out, their threads already trained on")
    with open(path, "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    batches = sorted({r["batch"] for r in rows}, key=lambda b: int(b[1:]))
    print(f"pending: {len(rows)} rows from {len(batches)} batches ({', '.join(batches)})")


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--pending":
        return write_pending(sys.argv[2])
    rows = load()
    splits = {"train": [], "heldout": []}
    for r in rows:
        splits[split_of(r["source"])].append(r)
    splits["translated"] = translated(splits["train"], {r["text"].lower() for r in rows})
    for name, rs in splits.items():
        with open(os.path.join(OUT, f"real_{name}.jsonl"), "w") as f:
            for r in rs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        c = sum(r["label"] == "complaint" for r in rs)
        e = sum(r["exposure_mentioned"] for r in rs)
        threads = len({thread(r["source"]) for r in rs})
        print(f"{name}: {len(rs)} rows, {c} complaints, {e} exposure, {threads} threads")


if __name__ == "__main__":
    main()
