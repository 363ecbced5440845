"""framing.reuse: sentence-level wire-copy reuse between articles of different outlets.

Sentences are compared as TF-IDF vectors of character n-grams (3 to 5, within word
boundaries) of normalised text, by cosine similarity (scikit-learn). Character n-grams survive
the small edits outlets make to wire copy (clitics, spelling variants, a changed word). The
default threshold, 0.45, is measured, not guessed: ``benchmarks/reuse_threshold.py`` shows
that pairs of unrelated sentences stay far below it and that lightly edited copies stay above.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer

__all__ = ["DEFAULT_THRESHOLD", "MIN_WORDS", "sentence_similarity", "reuse_pairs", "reuse_shares"]

DEFAULT_THRESHOLD = 0.45
MIN_WORDS = 6  # shorter sentences (headings, bylines) are too generic to count as reuse


def sentence_similarity(sentences: Sequence[str]) -> np.ndarray:
    """Cosine similarity matrix of normalised sentences (char 3-5-gram TF-IDF)."""
    if not sentences:
        return np.zeros((0, 0))
    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, lowercase=False, dtype=np.float64)
    X = vec.fit_transform(sentences)
    return (X @ X.T).toarray()


def reuse_pairs(sentences: pd.DataFrame, *, threshold: float = DEFAULT_THRESHOLD, min_words: int = MIN_WORDS) -> pd.DataFrame:
    """Pairs of sentences from articles of different outlets with similarity >= threshold.

    ``sentences`` has columns article_id, outlet, sentence (raw), norm (normalised), start, end.
    Output: article_a, sentence_a, article_b, sentence_b, similarity (+ offsets), sorted.
    """
    cols = ["article_a", "sentence_a", "start_a", "end_a", "article_b", "sentence_b", "start_b", "end_b", "similarity"]
    keep = sentences[sentences["norm"].str.split().str.len() >= min_words].reset_index(drop=True)
    if keep.empty:
        return pd.DataFrame(columns=cols)
    sim = sentence_similarity(list(keep["norm"]))
    outlets = keep["outlet"].to_numpy()
    articles = keep["article_id"].to_numpy()
    rows = []
    ii, jj = np.nonzero(np.triu(sim >= threshold, k=1))
    for i, j in zip(ii, jj):
        if articles[i] == articles[j] or outlets[i] == outlets[j]:
            continue
        a, b = (i, j) if (articles[i], keep.at[i, "start"]) <= (articles[j], keep.at[j, "start"]) else (j, i)
        rows.append([articles[a], keep.at[a, "sentence"], int(keep.at[a, "start"]), int(keep.at[a, "end"]),
                     articles[b], keep.at[b, "sentence"], int(keep.at[b, "start"]), int(keep.at[b, "end"]),
                     round(float(sim[i, j]), 4)])
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values(["article_a", "start_a", "article_b", "start_b"], kind="stable").reset_index(drop=True)


def reuse_shares(sentences: pd.DataFrame, pairs: pd.DataFrame, *, min_words: int = MIN_WORDS) -> pd.DataFrame:
    """Per article: sentences compared, how many also appear in another outlet's article, and the share."""
    keep = sentences[sentences["norm"].str.split().str.len() >= min_words]
    reused = set(zip(pairs["article_a"], pairs["start_a"])) | set(zip(pairs["article_b"], pairs["start_b"]))
    rows = []
    for article_id, group in keep.groupby("article_id", sort=True):
        n = len(group)
        k = sum((article_id, int(s)) in reused for s in group["start"])
        rows.append({"article_id": article_id, "outlet": group["outlet"].iloc[0], "sentences": n,
                     "reused": k, "share": round(k / n, 4) if n else 0.0})
    return pd.DataFrame(rows, columns=["article_id", "outlet", "sentences", "reused", "share"])
