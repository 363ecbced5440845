"""framing.pipeline: the per-article analysis and the corpus-level extraction behind ``framing extract``.

``Analyzer.analyse(article)`` is a pure function of (article, lexicons): it splits, normalises
and extracts attributions, statements, stance terms and scare quotes. ``extract_corpus`` maps
it over a corpus, streaming (one article in memory per worker), optionally on several cores
with output identical to one core, and writes every table atomically.
"""

from __future__ import annotations

import csv
import multiprocessing as mp
import os
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import astuple, dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .attribution import AgencyLexicon, find_attributions
from .corpus import read_corpus
from .errors import CorpusError
from .keyness import keyness_table
from .lexicons import Lexicons
from .matching import TermMatcher
from .normalize import normalize_with_offsets
from .parts import ANALYSED_KINDS, Splitter
from .provenance import UNIDENTIFIED, describe_article
from .quotes import StatementExtractor
from .reuse import reuse_pairs
from .stance import StanceLexicon, find_scare_quotes, find_stance_terms
from .text import Span, count_words, split_sentences
from .types import (
    SORT_KEYS,
    Article,
    Attribution,
    Part,
    ScareQuote,
    StanceHit,
    Statement,
    columns_of,
    records_to_frame,
)

__all__ = ["Analyzer", "ArticleAnalysis", "Results", "analyse", "extract_corpus", "TABLES", "outlet_label", "write_csv"]

SENTENCE_COLUMNS = ["article_id", "outlet", "sentence", "norm", "start", "end"]
ARTICLE_COLUMNS = ["id", "source", "outlet", "outlet_evidence", "date", "date_evidence", "page_date", "title", "words"]
TABLES: dict[str, list[str]] = {
    "articles.csv": ARTICLE_COLUMNS,
    "parts.csv": columns_of(Part),
    "attributions.csv": columns_of(Attribution),
    "statements.csv": columns_of(Statement),
    "stance_hits.csv": columns_of(StanceHit),
    "scare_quotes.csv": columns_of(ScareQuote),
}
REUSE_SENTENCE_LIMIT = 50_000


def outlet_label(outlet: str, article_id: str) -> str:
    """The unit compared across outlets: the outlet, or the article itself when unidentified."""
    return f"{UNIDENTIFIED}:{article_id}" if outlet in ("", UNIDENTIFIED) else outlet


@dataclass
class ArticleAnalysis:
    """Everything extracted from one article."""

    article: dict
    parts: list[Part]
    attributions: list[Attribution]
    statements: list[Statement]
    stance_hits: list[StanceHit]
    scare_quotes: list[ScareQuote]
    sentences: list[tuple] = field(default_factory=list)  # rows of SENTENCE_COLUMNS
    tokens: Counter = field(default_factory=Counter)


class Analyzer:
    """Holds the compiled lexicons; ``analyse`` is a pure function of the article."""

    def __init__(self, lexicons: Lexicons | str | Path | None = None) -> None:
        if not isinstance(lexicons, Lexicons):
            lexicons = Lexicons.load(lexicons)
        self.lexicons = lexicons
        self.agencies = AgencyLexicon.from_lexicons(lexicons)
        self.splitter = Splitter(lexicons, self.agencies)
        self.statements = StatementExtractor(lexicons, self.agencies)
        self.stance = StanceLexicon.from_lexicons(lexicons)
        names = list(self.agencies.ids) + list(self.statements.speakers.institutions) + list(self.statements.speakers.people)
        self.names = TermMatcher(names)

    def analyse(self, article: Article) -> ArticleAnalysis:
        """Parts, attributions, statements, stance hits, scare quotes, sentences and tokens of one article."""
        normalized = normalize_with_offsets(article.text)
        parts = self.splitter.split(article, normalized)
        byline_norm = normalize_with_offsets(article.byline) if article.byline else None
        record = describe_article(article, parts, self.agencies)
        attributions = find_attributions(article, parts, normalized, self.agencies, byline_normalized=byline_norm,
                                         own_outlet=self.agencies.outlet_id(str(record["outlet"])))
        analysed = [p for p in parts if p.kind in ANALYSED_KINDS]
        sentences: list[Span] = []
        for p in analysed:
            sentences += split_sentences(article.text[p.start : p.end], offset=p.start)
        statements = self.statements.extract(article, parts, normalized, attributions, sentences)
        quotes: list[tuple[int, int]] = []
        pieces = []
        for p in analysed:
            n0, n1 = normalized.norm_index(p.start), normalized.norm_index(p.end)
            quotes += self.statements.quote_spans(normalized.text, n0, n1)
            pieces.append(normalized.text[n0:n1])
        tokens = count_words("\n".join(pieces))  # one pass over the analysed parts
        regions = [(p.start, p.end) for p in analysed]
        hits = find_stance_terms(article.id, article.text, normalized, regions, sentences, self.stance)
        direct = sorted((s.start, s.end) for s in statements if s.quote_type == "direct")
        scare = find_scare_quotes(article.id, article.text, normalized, quotes, sentences, direct, self.names)
        record["words"] = sum(tokens.values())
        label = outlet_label(str(record["outlet"]), article.id)
        bounds = np.searchsorted(normalized.offsets, [x for s in sentences for x in (s.start, s.end)]).tolist()
        sent_rows = [
            (article.id, label, s.text, normalized.text[bounds[2 * i] : bounds[2 * i + 1]], s.start, s.end)
            for i, s in enumerate(sentences)
        ]
        return ArticleAnalysis(record, parts, attributions, statements, hits, scare, sent_rows, tokens)


# -- corpus level -------------------------------------------------------------------------

_WORKER: Analyzer | None = None


def _init_worker(lexicons_folder) -> None:
    global _WORKER
    _WORKER = Analyzer(lexicons_folder)


def _work(article: Article) -> ArticleAnalysis:
    assert _WORKER is not None
    return _WORKER.analyse(article)


def analyse_corpus(articles: Iterable[Article], *, lexicons=None, jobs: int = 1, progress: bool | None = None) -> Iterator[ArticleAnalysis]:
    """Analyse articles in corpus order, on ``jobs`` processes (results identical to jobs=1)."""
    from tqdm import tqdm

    articles = tqdm(articles, unit=" articles", disable=not progress if progress is not None else None, mininterval=1.0)
    if jobs <= 1:
        analyzer = Analyzer(lexicons)
        for article in articles:
            yield analyzer.analyse(article)
        return
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(lexicons,)) as pool:
        yield from pool.imap(_work, articles, chunksize=16)


def write_csv(frame: pd.DataFrame, path: Path, *, bom: bool = False) -> None:
    """Write a table atomically (temporary file, then rename): UTF-8, '\\n' line ends."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = frame.to_csv(index=False, lineterminator="\n")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
        fh.write(data)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


class _TableWriter:
    """Rows streamed to temporary files, sorted and renamed into place at the end."""

    def __init__(self, out: Path) -> None:
        self.out = out
        out.mkdir(parents=True, exist_ok=True)
        self.files = {}
        for name, cols in TABLES.items():
            fh = tempfile.NamedTemporaryFile("w", dir=out, prefix=f".{name}.", suffix=".tmp", delete=False, encoding="utf-8", newline="")
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow(cols)
            self.files[name] = (fh, writer)

    def add(self, result: ArticleAnalysis) -> None:
        self.files["articles.csv"][1].writerow([result.article[c] for c in ARTICLE_COLUMNS])
        for name, items in (("parts.csv", result.parts), ("attributions.csv", result.attributions),
                            ("statements.csv", result.statements), ("stance_hits.csv", result.stance_hits),
                            ("scare_quotes.csv", result.scare_quotes)):
            writer = self.files[name][1]
            for item in items:
                writer.writerow(astuple(item))

    def finish(self) -> None:
        keys = {"articles.csv": ["id"], "parts.csv": SORT_KEYS["Part"], "attributions.csv": SORT_KEYS["Attribution"],
                "statements.csv": SORT_KEYS["Statement"], "stance_hits.csv": SORT_KEYS["StanceHit"],
                "scare_quotes.csv": SORT_KEYS["ScareQuote"]}
        for name, (fh, _) in self.files.items():
            fh.close()
            frame = pd.read_csv(fh.name, dtype=str, keep_default_na=False)
            for col in ("start", "end", "words"):
                if col in frame:
                    frame[col] = frame[col].astype(int)
            frame = frame.sort_values(keys[name], kind="stable")
            write_csv(frame, self.out / name)
            os.unlink(fh.name)

    def abort(self) -> None:
        for fh, _ in self.files.values():
            fh.close()
            if os.path.exists(fh.name):
                os.unlink(fh.name)


def extract_corpus(
    corpus: str | Path,
    out: str | Path,
    *,
    lexicons: str | Path | None = None,
    jobs: int = 1,
    skip_bad: bool = False,
    columns: dict[str, str] | None = None,
    preset: str | None = None,
    metadata: str | Path | None = None,
    reuse: bool | None = None,
    progress: bool | None = None,
) -> dict[str, int]:
    """Run the whole extraction on a corpus and write its tables to ``out``; return row counts.

    With ``skip_bad`` a bad record is skipped and listed in ``skipped.csv``; otherwise the
    first bad record stops the run with a CorpusError and no table is written. ``reuse=None``
    computes sentence reuse only for corpora up to 50,000 sentences (it is quadratic).
    """
    skipped: list[CorpusError] = []
    on_error = skipped.append if skip_bad else None
    articles = read_corpus(corpus, columns=columns, preset=preset, metadata=metadata, on_error=on_error)
    results = analyse_corpus(articles, lexicons=lexicons, jobs=jobs, progress=progress)
    return write_results(results, out, reuse=reuse, skipped=skipped if skip_bad else None)


def write_results(results: Iterable[ArticleAnalysis], out: str | Path, *, reuse: bool | None = None,
                  skipped: list[CorpusError] | None = None) -> dict[str, int]:
    """Write the tables of analysed articles (in corpus order) to ``out``; return row counts.

    Used by ``extract_corpus`` and by the Dask extraction, so both write identical files.
    Nothing is written if ``results`` raises: tables appear complete or not at all.
    """
    out = Path(out)
    writer = _TableWriter(out)
    tokens_by_outlet: dict[str, Counter] = {}
    sentences: list[tuple] = []
    n_sentences = 0
    counts = Counter()
    try:
        for result in results:
            writer.add(result)
            label = outlet_label(str(result.article["outlet"]), str(result.article["id"]))
            tokens_by_outlet.setdefault(label, Counter()).update(result.tokens)
            n_sentences += len(result.sentences)
            if reuse is True or (reuse is None and n_sentences <= REUSE_SENTENCE_LIMIT):
                sentences += result.sentences
            counts["articles"] += 1
    except BaseException:
        writer.abort()
        raise
    writer.finish()
    write_csv(keyness_table(tokens_by_outlet), out / "keyness.csv")
    if reuse is True or (reuse is None and n_sentences <= REUSE_SENTENCE_LIMIT):
        frame = pd.DataFrame(sentences, columns=SENTENCE_COLUMNS)
        write_csv(reuse_pairs(frame), out / "reuse.csv")
    if skipped is not None:
        write_csv(pd.DataFrame({"problem": [str(e) for e in skipped]}), out / "skipped.csv")
        counts["skipped"] = len(skipped)
    return dict(counts)


@dataclass
class Results:
    """All tables of an analysed (small) corpus, as DataFrames: what the notebooks work from."""

    articles: pd.DataFrame
    parts: pd.DataFrame
    attributions: pd.DataFrame
    statements: pd.DataFrame
    stance_hits: pd.DataFrame
    scare_quotes: pd.DataFrame
    sentences: pd.DataFrame
    tokens_by_outlet: dict[str, Counter]

    def outlet_of(self) -> dict[str, str]:
        """article id -> outlet label (the outlet, or "unidentified:<id>")."""
        return {r.id: outlet_label(r.outlet, r.id) for r in self.articles.itertuples()}

    def with_outlet(self, frame: pd.DataFrame, key: str = "article_id") -> pd.DataFrame:
        """``frame`` with an ``outlet`` column (label) inserted after its article id."""
        frame = frame.copy()
        if "outlet" in frame:
            frame = frame.drop(columns="outlet")
        frame.insert(frame.columns.get_loc(key) + 1, "outlet", frame[key].map(self.outlet_of()))
        return frame


def analyse(corpus: str | Path, *, lexicons=None, columns=None, preset=None, metadata=None) -> Results:
    """Analyse a small corpus in memory and return every table (sorted) as DataFrames."""
    from .attribution import attributions_to_frame
    from .parts import parts_to_frame
    from .quotes import statements_to_frame
    from .stance import stance_to_frame

    results = list(analyse_corpus(read_corpus(corpus, columns=columns, preset=preset, metadata=metadata),
                                  lexicons=lexicons, progress=False))
    articles = pd.DataFrame([r.article for r in results], columns=ARTICLE_COLUMNS).sort_values("id", kind="stable")
    tokens: dict[str, Counter] = {}
    for r in results:
        tokens.setdefault(outlet_label(str(r.article["outlet"]), str(r.article["id"])), Counter()).update(r.tokens)
    return Results(
        articles=articles.reset_index(drop=True),
        parts=parts_to_frame(p for r in results for p in r.parts),
        attributions=attributions_to_frame(a for r in results for a in r.attributions),
        statements=statements_to_frame(s for r in results for s in r.statements),
        stance_hits=stance_to_frame(h for r in results for h in r.stance_hits),
        scare_quotes=records_to_frame((q for r in results for q in r.scare_quotes), ScareQuote),
        sentences=pd.DataFrame([row for r in results for row in r.sentences], columns=SENTENCE_COLUMNS),
        tokens_by_outlet=tokens,
    )
