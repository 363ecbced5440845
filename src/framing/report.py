"""framing.report: the comparative report, one function per notebook section.

Each ``*_section(results, root)`` writes ``tables/NN_*.csv`` (UTF-8 with BOM, for spreadsheet
programs), ``tables/NN_*.tex`` (booktabs) and ``figures/NN_*.png/.pdf`` under ``root`` and
returns what it wrote as DataFrames and figures, for the notebook to show. ``build_report``
runs them all (the README's main job).
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from .aggregate import attribution_matrix, crosstab_counts, voice_balance
from .keyness import keyness_table
from .pipeline import Results, analyse, write_csv
from .plotting import CAMP_COLORS, save_figure, use_style
from .reuse import reuse_pairs, reuse_shares
from .stance import term_rates

__all__ = [
    "build_report", "save_table", "to_latex", "corpus_section", "attribution_section",
    "speakers_section", "stance_section", "reuse_section", "short_label",
]

KIND_ORDER = ["text", "credit", "dateline", "photo"]
CAMP_ORDER = ["russia", "nato_us", "eu", "ukraine", "other", "(none)"]


def short_label(label: str) -> str:
    """Outlet label for charts: "unidentified:000_3fbe..." -> "غير محدد 000"."""
    if label.startswith("unidentified:"):
        return "غير محدد " + label.split(":", 1)[1][:3]
    return label


def _latex_escape(value) -> str:
    text = str(value)
    for a, b in (("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"),
                 ("_", r"\_"), ("{", r"\{"), ("}", r"\}"), ("~", r"\textasciitilde{}"), ("^", r"\^{}")):
        text = text.replace(a, b)
    return text


def to_latex(frame: pd.DataFrame, *, index: bool = False) -> str:
    """A booktabs tabular of ``frame`` (Arabic cells need XeLaTeX/LuaLaTeX with an Arabic font)."""
    frame = frame.reset_index() if index else frame
    cols = list(frame.columns)
    align = "".join("r" if pd.api.types.is_numeric_dtype(frame[c]) else "l" for c in cols)
    lines = [f"\\begin{{tabular}}{{{align}}}", "\\toprule", " & ".join(_latex_escape(c) for c in cols) + r" \\", "\\midrule"]
    for row in frame.itertuples(index=False):
        lines.append(" & ".join(_latex_escape(v) for v in row) + r" \\")
    lines += ["\\bottomrule", "\\end{tabular}", ""]
    return "\n".join(lines)


def save_table(frame: pd.DataFrame, root: str | Path, name: str, *, index: bool = False) -> pd.DataFrame:
    """Write ``tables/<name>.csv`` (UTF-8 BOM) and ``tables/<name>.tex``; return the frame."""
    out = Path(root) / "tables"
    data = frame.reset_index() if index else frame
    write_csv(data, out / f"{name}.csv", bom=True)
    (out / f"{name}.tex").write_text(to_latex(data), encoding="utf-8")
    return frame


def _figure(width: float, height: float):
    use_style()
    return plt.subplots(figsize=(width, height))


# -- 00 corpus ----------------------------------------------------------------------------

def corpus_section(res: Results, root: str | Path) -> dict:
    """Articles, outlets, dates, words; what was set aside as chrome and why."""
    articles = res.articles[["id", "outlet", "outlet_evidence", "date", "page_date", "words", "title"]]
    save_table(articles, root, "00_articles")
    parts = res.parts.assign(chars=res.parts["end"] - res.parts["start"])
    kinds = parts.pivot_table(index="article_id", columns="kind", values="chars", aggfunc="sum", fill_value=0).sort_index()
    kinds.columns.name = None
    save_table(kinds, root, "00_characters_by_part_kind", index=True)
    chrome = parts[parts["kind"] == "chrome"][["article_id", "reason", "text"]].reset_index(drop=True)
    save_table(chrome, root, "00_chrome_lines")
    fig, ax = _figure(7, 3.2)
    order = [k for k in ["title", "heading", "paragraph", "caption", "date", "dateline", "credit", "chrome"] if k in kinds]
    left = np.zeros(len(kinds))
    labels = [short_label(res.outlet_of()[a]) for a in kinds.index]
    cmap = plt.get_cmap("tab10")
    for i, kind in enumerate(order):
        ax.barh(labels, kinds[kind], left=left, label=kind, color=cmap(i))
        left += kinds[kind].to_numpy()
    ax.set_xlabel("characters")
    ax.set_title("أجزاء المقال — Parts of each article (chrome is set aside)")
    ax.legend(ncols=4, fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.25), frameon=False)
    save_figure(fig, Path(root) / "figures" / "00_parts")
    return {"articles": articles, "kinds": kinds, "chrome": chrome, "figure": fig}


# -- 01 attribution -----------------------------------------------------------------------

def attribution_section(res: Results, root: str | Path) -> dict:
    """Which agencies each article relies on, and how (text, credit, dateline, photo)."""
    attr = res.with_outlet(res.attributions)
    by_kind = (attr.groupby(["article_id", "outlet", "agency", "kind"]).size().rename("count").reset_index()
               .sort_values(["article_id", "agency", "kind"], kind="stable").reset_index(drop=True))
    save_table(by_kind, root, "01_attributions_by_article")
    matrix = attribution_matrix(attr)
    save_table(matrix, root, "01_article_x_agency", index=True)
    formulas = (attr[attr["kind"] == "text"].assign(formula=lambda f: f["cue"].str.replace(r"\s+", " ", regex=True).str.strip(" \"“”«»"))
                .groupby("formula").size().rename("count").reset_index()
                .sort_values(["count", "formula"], ascending=[False, True], kind="stable").reset_index(drop=True))
    save_table(formulas, root, "01_formulas")
    fig = _attribution_figure(attr)
    save_figure(fig, Path(root) / "figures" / "01_attribution_matrix")
    return {"by_kind": by_kind, "matrix": matrix, "formulas": formulas, "figure": fig}


def _attribution_figure(attr: pd.DataFrame):
    agencies = sorted(attr["agency"].unique())
    articles = sorted(attr["article_id"].unique())
    outlet = dict(zip(attr["article_id"], attr["outlet"]))
    fig, ax = _figure(1.2 + 0.75 * max(len(agencies), 1), 0.9 + 0.55 * max(len(articles), 1))
    markers = {"text": ("o", "#2962a8"), "credit": ("s", "#c0392b"), "dateline": ("D", "#3a9d5d"), "photo": ("^", "#e0a800")}
    offsets = {"text": (-0.18, 0.12), "credit": (0.18, 0.12), "dateline": (-0.18, -0.14), "photo": (0.18, -0.14)}
    for kind in KIND_ORDER:
        sub = attr[attr["kind"] == kind].groupby(["article_id", "agency"]).size()
        if sub.empty:
            continue
        xs = [agencies.index(a) + offsets[kind][0] for _, a in sub.index]
        ys = [articles.index(r) + offsets[kind][1] for r, _ in sub.index]
        ax.scatter(xs, ys, s=60 + 40 * (sub.to_numpy() - 1), marker=markers[kind][0], color=markers[kind][1], label=kind)
        for x, y, n in zip(xs, ys, sub.to_numpy()):
            if n > 1:
                ax.annotate(f"×{n}", (x, y), textcoords="offset points", xytext=(7, -9), fontsize=7)
    ax.set_xticks(range(len(agencies)), agencies, rotation=45, ha="right")
    ax.set_yticks(range(len(articles)), [f"{a[:3]} · {short_label(outlet[a])}" for a in articles])
    ax.set_xlim(-0.6, len(agencies) - 0.4)
    ax.set_ylim(len(articles) - 0.5, -0.5)
    ax.grid(alpha=0.3)
    ax.set_title("مصادر الأخبار — Agencies each article attributes to, by kind")
    ax.legend(ncols=4, fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.28), frameon=False)
    return fig


# -- 02 speakers --------------------------------------------------------------------------

def speakers_section(res: Results, root: str | Path) -> dict:
    """Who speaks in each outlet: camps, speaker types, quote types, verb classes."""
    st = res.with_outlet(res.statements)
    save_table(st.drop(columns=["sentence"]), root, "02_statements")
    tables = {by: voice_balance(st, by=by) for by in ("camp", "speaker_type", "quote_type", "verb_class")}
    for by, table in tables.items():
        save_table(table, root, f"02_voice_by_{by}")
    speakers = (st.groupby(["speaker_id", "speaker_type", "camp"]).size().rename("statements").reset_index()
                .sort_values(["statements", "speaker_id"], ascending=[False, True], kind="stable").reset_index(drop=True))
    save_table(speakers, root, "02_speakers")
    fig = _camp_figure(st)
    save_figure(fig, Path(root) / "figures" / "02_speakers_by_camp")
    return {"statements": st, **tables, "speakers": speakers, "figure": fig}


def _camp_figure(st: pd.DataFrame):
    frame = st.assign(camp=st["camp"].replace("", "(none)"))
    counts = crosstab_counts(frame, "outlet", "camp").drop(columns="total")
    camps = [c for c in CAMP_ORDER if c in counts.columns]
    fig, ax = _figure(7, 0.8 + 0.5 * len(counts))
    left = np.zeros(len(counts))
    labels = [short_label(o) for o in counts.index]
    for camp in camps:
        ax.barh(labels, counts[camp], left=left, label=camp, color=CAMP_COLORS.get(camp if camp != "(none)" else "", "#cccccc"))
        for y, (x0, n) in enumerate(zip(left, counts[camp])):
            if n:
                ax.text(x0 + n / 2, y, str(int(n)), ha="center", va="center", fontsize=8, color="black" if camp in ("(none)", "eu") else "white")
        left += counts[camp].to_numpy()
    ax.invert_yaxis()
    ax.set_xlabel("statements (counts)")
    ax.set_title("من يتكلم؟ — Reported statements by speaker camp")
    ax.legend(ncols=6, fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.22), frameon=False)
    return fig


# -- 03 stance ----------------------------------------------------------------------------

def stance_section(res: Results, root: str | Path, *, background=None) -> dict:
    """Stance-term rates with intervals, keyness per outlet, scare quotes, keyword in context."""
    hits = res.with_outlet(res.stance_hits)
    words = res.articles.assign(outlet=res.articles["id"].map(res.outlet_of())).groupby("outlet")["words"].sum()
    rates = term_rates(hits, words, by="category")
    save_table(rates, root, "03_stance_rates")
    term_counts = crosstab_counts(hits, "term_id", "outlet") if len(hits) else pd.DataFrame()
    save_table(term_counts, root, "03_term_counts", index=True)
    kwic = hits[["article_id", "outlet", "term_id", "surface", "sentence"]]
    save_table(kwic, root, "03_kwic")
    key = keyness_table(res.tokens_by_outlet, background=background)
    top = key.groupby("outlet", sort=True).head(10).reset_index(drop=True)
    save_table(top, root, "03_keyness_top10")
    scare = res.with_outlet(res.scare_quotes)[["article_id", "outlet", "surface", "words", "sentence"]]
    save_table(scare, root, "03_scare_quotes")
    fig = _rates_figure(rates)
    save_figure(fig, Path(root) / "figures" / "03_stance_rates")
    return {"rates": rates, "term_counts": term_counts, "kwic": kwic, "keyness": key, "keyness_top": top, "scare_quotes": scare, "figure": fig}


def _rates_figure(rates: pd.DataFrame):
    use_style()
    cats = sorted(rates["category"].unique())
    outlets = sorted(rates["outlet"].unique())
    fig, axes = plt.subplots(1, len(cats), figsize=(2.2 * len(cats) + 1.5, 0.6 + 0.45 * len(outlets)), sharey=True)
    axes = np.atleast_1d(axes)
    for ax, cat in zip(axes, cats):
        sub = rates[rates["category"] == cat].set_index("outlet").reindex(outlets)
        y = np.arange(len(outlets))
        ax.errorbar(sub["per_1000"], y, xerr=[sub["per_1000"] - sub["ci_low"], sub["ci_high"] - sub["per_1000"]],
                    fmt="o", color="#2962a8", ecolor="#9bb5d9", capsize=2, ms=4)
        ax.set_title(cat, fontsize=9)
        ax.grid(axis="x", alpha=0.3)
        ax.set_xlim(left=0)
    axes[0].set_yticks(range(len(outlets)), [short_label(o) for o in outlets])
    axes[0].invert_yaxis()
    fig.supxlabel("hits per 1,000 words (95% exact Poisson interval)", fontsize=9)
    fig.suptitle("المفردات المحمّلة — Stance terms per outlet", fontsize=11)
    fig.tight_layout()
    return fig


# -- 04 reuse -----------------------------------------------------------------------------

def reuse_section(res: Results, root: str | Path, *, threshold: float | None = None) -> dict:
    """Shared wire copy: sentence pairs above the threshold, per-article shares, a heatmap."""
    kwargs = {} if threshold is None else {"threshold": threshold}
    pairs = reuse_pairs(res.sentences, **kwargs)
    save_table(pairs, root, "04_reuse_pairs")
    shares = reuse_shares(res.sentences, pairs)
    save_table(shares, root, "04_reuse_shares")
    articles = sorted(res.sentences["article_id"].unique())
    matrix = pd.DataFrame(0, index=articles, columns=articles)
    for r in pairs.itertuples():
        matrix.loc[r.article_a, r.article_b] += 1
        matrix.loc[r.article_b, r.article_a] += 1
    fig, ax = _figure(5.5, 4.6)
    im = ax.imshow(matrix.to_numpy(), cmap="Blues")
    outlet = res.outlet_of()
    labels = [f"{a[:3]} · {short_label(outlet[a])}" for a in articles]
    ax.set_xticks(range(len(articles)), [a[:3] for a in articles])
    ax.set_yticks(range(len(articles)), labels)
    for i in range(len(articles)):
        for j in range(len(articles)):
            ax.text(j, i, str(matrix.iat[i, j]), ha="center", va="center", fontsize=8,
                    color="white" if matrix.iat[i, j] > matrix.to_numpy().max() / 2 else "black")
    fig.colorbar(im, ax=ax, shrink=0.8, label="shared sentences")
    ax.set_title("النصوص المشتركة — Sentences shared between articles")
    save_figure(fig, Path(root) / "figures" / "04_reuse_heatmap")
    return {"pairs": pairs, "shares": shares, "matrix": matrix, "figure": fig}


def build_report(corpus: str | Path, root: str | Path, **options) -> list[Path]:
    """Analyse ``corpus`` and write data/articles.csv, tables/ and figures/ under ``root``."""
    root = Path(root)
    res = analyse(corpus, **options)
    write_csv(res.articles, root / "data" / "articles.csv")
    for section in (corpus_section, attribution_section, speakers_section, stance_section, reuse_section):
        section(res, root)
    return sorted(p for p in (root / "tables").iterdir()) + sorted(p for p in (root / "figures").iterdir())
