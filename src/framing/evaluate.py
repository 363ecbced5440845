"""framing.evaluate: precision, recall and F1 of the extractor against hand annotations.

Gold is a TSV, or a folder of them read as one (``data/gold/annotations``), with one row per annotated article (layer ``article``),
per attribution (agency id and kind) and per named speaker (name and quote type). Scores are
over sets per article: attributions as (agency, kind) pairs; named speakers as names; and
named speakers with their quote type. A predicted speaker matches a gold name when they share
the surname (last word, after normalisation) or one name contains the other's last word.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .errors import FramingError
from .lexicons import Lexicons
from .normalize import normalize

__all__ = ["Score", "EvaluationReport", "evaluate", "evaluate_folder", "read_gold"]

LAYERS = ("attribution", "speaker", "speaker+quote")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn


@dataclass
class EvaluationReport:
    """Scores per corpus, layer and article, plus the errors (for the README's error analysis)."""

    per_article: pd.DataFrame
    errors: pd.DataFrame
    totals: dict = field(default_factory=dict)

    def overall(self) -> pd.DataFrame:
        rows = []
        for (corpus, layer), g in self.per_article.groupby(["corpus", "layer"], sort=True):
            s = Score(int(g.tp.sum()), int(g.fp.sum()), int(g.fn.sum()))
            rows.append({"corpus": corpus, "layer": layer, "articles": len(g), "tp": s.tp, "fp": s.fp, "fn": s.fn,
                         "precision": round(s.precision, 3), "recall": round(s.recall, 3), "f1": round(s.f1, 3)})
        return pd.DataFrame(rows)

    def to_text(self, *, per_article: bool = False) -> str:
        out = [self.overall().to_string(index=False)]
        if per_article:
            out += ["", self.per_article.to_string(index=False)]
        if len(self.errors):
            out += ["", "errors:", self.errors.to_string(index=False)]
        return "\n".join(out)


def read_gold(path: str | Path) -> pd.DataFrame:
    """The gold TSV, or every ``*.tsv`` of a gold folder in name order (``data/gold/annotations``), as one
    DataFrame (comment lines skipped); raises FramingError if missing or malformed."""
    path = Path(path)
    if path.is_dir():
        files = sorted(path.glob("*.tsv"))
        if not files:
            raise FramingError(f"{path}: no gold .tsv file in this folder")
        return pd.concat([_read_gold_file(f) for f in files], ignore_index=True)
    return _read_gold_file(path)


def _read_gold_file(path: Path) -> pd.DataFrame:
    if not path.is_file():
        raise FramingError(f"{path}: gold file not found")
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE)
    need = {"corpus", "article_id", "layer", "agency", "kind", "speaker", "quote_type"}
    if not need <= set(reader.fieldnames or []):
        raise FramingError(f"{path}: gold needs columns {sorted(need)}; has {reader.fieldnames}")
    frame = pd.DataFrame(list(reader)).fillna("")
    bad = frame[~frame["layer"].isin(["article", "attribution", "speaker"])]
    if len(bad):
        raise FramingError(f"{path}: unknown layer {bad.iloc[0]['layer']!r}")
    return frame


def _surname_match(a: str, b: str) -> bool:
    ta, tb = normalize(a).split(), normalize(b).split()
    if not ta or not tb:
        return False
    return ta[-1] == tb[-1] or ta[-1] in tb or tb[-1] in ta


def _match_sets(gold: list, pred: list, same, exact=None) -> tuple[Score, list, list]:
    """One-to-one matching of two lists with the predicate ``same``: pairs that are ``exact``
    first (so "هوغو جينكيس" is not taken by "ماريانو جينكيس", who shares his surname), then greedily."""
    pred_left = list(pred)
    score = Score()
    gold_left = list(gold)
    if exact is not None:
        for g in list(gold_left):
            hit = next((p for p in pred_left if exact(g, p)), None)
            if hit is not None:
                pred_left.remove(hit)
                gold_left.remove(g)
                score.tp += 1
    missed = []
    for g in gold_left:
        hit = next((p for p in pred_left if same(g, p)), None)
        if hit is None:
            missed.append(g)
        else:
            pred_left.remove(hit)
            score.tp += 1
    score.fn, score.fp = len(missed), len(pred_left)
    return score, missed, pred_left


def _same_name(a: str, b: str) -> bool:
    return normalize(a).split() == normalize(b).split()


def evaluate(gold: pd.DataFrame, attributions: pd.DataFrame, statements: pd.DataFrame, *, lexicons: Lexicons | None = None) -> EvaluationReport:
    """Score predicted attribution and statement tables against gold rows."""
    lexicons = lexicons or Lexicons.load()
    canonical = {r["id"]: r["name"] for r in lexicons["people.tsv"]}
    rows, errors = [], []
    annotated = gold[gold["layer"] == "article"]
    for corpus, article_id in sorted(set(zip(annotated["corpus"], annotated["article_id"]))):
        gsub = gold[(gold["corpus"] == corpus) & (gold["article_id"] == article_id)]
        g_attr = sorted({(r.agency, r.kind) for r in gsub[gsub["layer"] == "attribution"].itertuples()})
        a = attributions[attributions["article_id"] == article_id]
        p_attr = sorted({(r.agency, r.kind) for r in a.itertuples()})
        g_sp = gsub[gsub["layer"] == "speaker"]
        s = statements[(statements["article_id"] == article_id) & (statements["speaker_type"] == "person")]
        s = s[~s["speaker_id"].str.startswith("role:")]
        p_names = sorted({canonical.get(r.speaker_id, r.speaker_id) for r in s.itertuples()})
        p_pairs = sorted({(canonical.get(r.speaker_id, r.speaker_id), r.quote_type) for r in s.itertuples()})
        g_names = sorted(set(g_sp["speaker"]))
        g_pairs = sorted(set(zip(g_sp["speaker"], g_sp["quote_type"])))
        for layer, gl, pl, same, exact in (
            ("attribution", g_attr, p_attr, lambda x, y: x == y, None),
            ("speaker", g_names, p_names, _surname_match, _same_name),
            ("speaker+quote", g_pairs, p_pairs, lambda x, y: x[1] == y[1] and _surname_match(x[0], y[0]),
             lambda x, y: x[1] == y[1] and _same_name(x[0], y[0])),
        ):
            score, missed, extra = _match_sets(gl, pl, same, exact)
            rows.append({"corpus": corpus, "article_id": article_id, "layer": layer, "tp": score.tp, "fp": score.fp,
                         "fn": score.fn, "f1": round(score.f1, 3)})
            errors += [{"corpus": corpus, "article_id": article_id, "layer": layer, "error": "missed", "item": str(m)} for m in missed]
            errors += [{"corpus": corpus, "article_id": article_id, "layer": layer, "error": "spurious", "item": str(x)} for x in extra]
    return EvaluationReport(pd.DataFrame(rows), pd.DataFrame(errors, columns=["corpus", "article_id", "layer", "error", "item"]))


def evaluate_folder(gold_path: str | Path, pred: str | Path) -> EvaluationReport:
    """Score the tables written by ``framing extract`` in ``pred`` against ``gold_path``."""
    pred = Path(pred)
    tables = {}
    for name in ("attributions.csv", "statements.csv"):
        if not (pred / name).is_file():
            raise FramingError(f"{pred}: no {name}; run framing extract first")
        tables[name] = pd.read_csv(pred / name, dtype=str, keep_default_na=False)
    gold = read_gold(gold_path)
    return evaluate(gold, tables["attributions.csv"], tables["statements.csv"])


def evaluate_corpora(gold_path: str | Path, corpora: Iterable[tuple[str, str | Path, str | None]], *, lexicons=None) -> EvaluationReport:
    """Extract only the gold articles of each (corpus name, path, preset) and score them."""
    from .corpus import read_corpus
    from .pipeline import Analyzer

    gold = read_gold(gold_path)
    corpora = list(corpora)
    gold = gold[gold["corpus"].isin([name for name, _, _ in corpora])]  # score only the corpora given
    analyzer = Analyzer(lexicons)
    attrs, stmts = [], []
    for name, path, preset in corpora:
        wanted = set(gold[(gold["corpus"] == name) & (gold["layer"] == "article")]["article_id"])
        for article in read_corpus(path, preset=preset, on_error=lambda e: None):
            if article.id in wanted:
                res = analyzer.analyse(article)
                attrs += res.attributions
                stmts += res.statements
    from .attribution import attributions_to_frame
    from .quotes import statements_to_frame

    return evaluate(gold, attributions_to_frame(attrs), statements_to_frame(stmts), lexicons=analyzer.lexicons)
