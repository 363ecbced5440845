"""Measure the sentence-reuse threshold instead of guessing it.

    uv run python benchmarks/reuse_threshold.py ../shared/corpora/saudinewsnet

Negatives: pairs of sentences from articles of different outlets published on different days
(2,000 sentences from each of two days: 4 million pairs; reuse between them is vanishingly
rare). Positives: the cross-outlet pairs in the bundled seeds that a reader confirms are the
same wire sentence rewritten (listed in benchmarks/README.md), and the same SaudiNewsNet
sentences after the edits outlets make (a lead-in phrase, a weekday, a dropped clause).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from framing import analyse, normalize, read_corpus, split_sentences
from framing.reuse import DEFAULT_THRESHOLD as T

LEADS = ["من جانبها، ", "وفي هذا السياق، ", "في المقابل، ", "بدوره، "]


def sentences_of(path: Path, n: int, seed: int) -> list[tuple[str, str]]:
    out = []
    for a in read_corpus(path, preset="saudinewsnet", on_error=lambda e: None):
        for s in split_sentences(a.text):
            if len(s.text.split()) >= 6:
                out.append((a.outlet, normalize(s.text)))
    random.Random(seed).shuffle(out)
    return out[:n]


def edit(sentence: str, rng: random.Random) -> str:
    words = sentence.split()
    choice = rng.randrange(3)
    if choice == 0:
        return normalize(rng.choice(LEADS)) + sentence
    if choice == 1:
        i = rng.randrange(1, len(words))
        return " ".join(words[:i] + ["الثلاثاء،"] + words[i:])
    cut = max(6, int(len(words) * 0.8))
    return " ".join(words[:cut])


def main(corpus: str) -> None:
    zips = sorted(Path(corpus).glob("*.zip"))
    a, b = sentences_of(zips[0], 2000, 1), sentences_of(zips[-1], 2000, 2)
    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, lowercase=False)
    X = vec.fit_transform([s for _, s in a] + [s for _, s in b])
    sim = (X[: len(a)] @ X[len(a) :].T).toarray()
    same_outlet = np.array([[oa == ob for ob, _ in b] for oa, _ in a])
    neg = sim[~same_outlet]
    rng = random.Random(3)
    originals = [s for _, s in a[:500]]
    edited = [edit(s, rng) for s in originals]
    Y = vec.transform(originals + edited)
    pos_edit = np.asarray((Y[:500].multiply(Y[500:])).sum(axis=1)).ravel()
    res = analyse(Path(__file__).resolve().parent.parent / "data" / "raw")
    from framing.reuse import reuse_pairs

    seed_pairs = reuse_pairs(res.sentences, threshold=0.3)
    print(f"unrelated pairs: {neg.size:,}; 99th pct {np.percentile(neg, 99):.3f}; 99.99th pct {np.percentile(neg, 99.99):.3f}; "
          f"max {neg.max():.3f}; share >= {T}: {(neg >= T).mean():.2e}")
    print(f"edited copies: {len(pos_edit)}; min {pos_edit.min():.3f}; 1st pct {np.percentile(pos_edit, 1):.3f}; "
          f"share >= {T}: {(pos_edit >= T).mean():.3f}")
    print("seed cross-outlet pairs with similarity >= 0.3 (read them to judge):")
    for r in seed_pairs.itertuples():
        print(f"  {r.similarity:.3f}  {r.article_a[:3]}~{r.article_b[:3]}  {r.sentence_a[:60]} | {r.sentence_b[:60]}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/saudinewsnet")
