"""framing.aggregate: per-outlet tables a paper reports (counts first; shares always with their base)."""

from __future__ import annotations

import pandas as pd

__all__ = ["crosstab_counts", "voice_balance", "attribution_matrix", "with_shares"]


def crosstab_counts(frame: pd.DataFrame, rows: str, cols: str) -> pd.DataFrame:
    """Counts of ``rows`` x ``cols`` (sorted, zero-filled, with a total column)."""
    if frame.empty:
        return pd.DataFrame()
    table = pd.crosstab(frame[rows], frame[cols]).sort_index().sort_index(axis=1)
    table["total"] = table.sum(axis=1)
    table.columns.name = None
    return table


def with_shares(counts: pd.DataFrame) -> pd.DataFrame:
    """Long table: row, column, count, base (row total), share (count / base)."""
    rows = []
    for row_key, row in counts.iterrows():
        base = int(row["total"])
        for col in counts.columns:
            if col == "total":
                continue
            rows.append({"group": row_key, "value": col, "count": int(row[col]), "base": base,
                         "share": round(row[col] / base, 4) if base else 0.0})
    return pd.DataFrame(rows, columns=["group", "value", "count", "base", "share"])


def voice_balance(statements: pd.DataFrame, *, by: str) -> pd.DataFrame:
    """Statements per outlet by ``by`` (camp, speaker_type, quote_type or verb_class): counts and shares."""
    frame = statements.copy()
    frame[by] = frame[by].replace("", "(none)").fillna("(none)")
    table = with_shares(crosstab_counts(frame, "outlet", by))
    return table.rename(columns={"group": "outlet", "value": by})


def attribution_matrix(attributions: pd.DataFrame) -> pd.DataFrame:
    """Article x agency: number of attributions (all kinds)."""
    return crosstab_counts(attributions, "article_id", "agency")
