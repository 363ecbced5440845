"""framing.keyness: words that distinguish each outlet, by weighted log-odds with an informative prior.

Monroe, Colaresi & Quinn (2008), "Fightin' Words", Political Analysis 16(4): the log-odds ratio
of a word in one outlet against the pooled others, with a Dirichlet prior taken from a
background corpus (by default the pooled corpus itself), divided by its standard error to give
a z-score. No word is dropped for rarity: the prior shrinks rare words towards zero instead.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

import numpy as np
import pandas as pd

__all__ = ["log_odds_dirichlet", "keyness_table"]


def log_odds_dirichlet(
    counts_i: Mapping[str, int], counts_j: Mapping[str, int], prior: Mapping[str, float]
) -> pd.DataFrame:
    """Log-odds ratio of each word in corpus i versus corpus j, with its z-score.

    ``prior`` gives the Dirichlet pseudo-count α_w of each word (a background corpus's counts;
    α_0 = their sum). Words in i or j missing from the prior get no pseudo-count and a tiny
    floor (0.01) so that the statistic stays defined.

        δ_w = log[(y_iw + α_w) / (n_i + α_0 − y_iw − α_w)] − log[(y_jw + α_w) / (n_j + α_0 − y_jw − α_w)]
        σ²_w ≈ 1/(y_iw + α_w) + 1/(y_jw + α_w),   z_w = δ_w / σ_w
    """
    vocab = sorted(set(counts_i) | set(counts_j))
    y_i = np.array([counts_i.get(w, 0) for w in vocab], dtype=float)
    y_j = np.array([counts_j.get(w, 0) for w in vocab], dtype=float)
    alpha = np.array([max(float(prior.get(w, 0.0)), 0.01) for w in vocab])
    a0 = float(sum(prior.values())) + 0.01 * sum(1 for w in vocab if prior.get(w, 0.0) <= 0.01)
    n_i, n_j = y_i.sum(), y_j.sum()
    delta = np.log((y_i + alpha) / (n_i + a0 - y_i - alpha)) - np.log((y_j + alpha) / (n_j + a0 - y_j - alpha))
    sigma = np.sqrt(1.0 / (y_i + alpha) + 1.0 / (y_j + alpha))
    return pd.DataFrame({"term": vocab, "count_i": y_i.astype(int), "count_j": y_j.astype(int),
                         "log_odds": delta, "z": delta / sigma})


def keyness_table(tokens_by_outlet: Mapping[str, Counter], *, background: Mapping[str, float] | None = None,
                  prior_scale: float = 1.0) -> pd.DataFrame:
    """One outlet against the pooled others, for every outlet: outlet, term, counts, log_odds, z.

    ``background`` is a larger corpus's word counts for the prior (default: the pooled corpus);
    ``prior_scale`` multiplies it (smaller = weaker prior). Sorted by outlet, then z descending.
    """
    pooled: Counter = Counter()
    for c in tokens_by_outlet.values():
        pooled.update(c)
    prior = {w: prior_scale * v for w, v in (background or pooled).items()}
    frames = []
    for outlet in sorted(tokens_by_outlet):
        rest = pooled.copy()
        rest.subtract(tokens_by_outlet[outlet])
        rest = Counter({w: v for w, v in rest.items() if v > 0})
        table = log_odds_dirichlet(tokens_by_outlet[outlet], rest, prior)
        table.insert(0, "outlet", outlet)
        frames.append(table.rename(columns={"count_i": "count_outlet", "count_j": "count_rest"}))
    cols = ["outlet", "term", "count_outlet", "count_rest", "log_odds", "z"]
    if not frames:
        return pd.DataFrame(columns=cols)
    out = pd.concat(frames, ignore_index=True)[cols]
    out["log_odds"] = out["log_odds"].round(6)
    out["z"] = out["z"].round(6)
    return out.sort_values(["outlet", "z", "term"], ascending=[True, False, True], kind="stable").reset_index(drop=True)
