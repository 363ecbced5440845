"""framing.distributed: the same extraction on Dask (optional extra: ``pip install framing[dask]``).

The per-article analysis is a pure function of (article, lexicons), so it maps over a
``dask.bag`` of articles, one Analyzer per partition. The results come back in corpus order
and are written by the same code as ``framing extract``: the files are identical.

    import dask.bag as db
    from framing.distributed import articles_bag, extract_bag

    bag = articles_bag("corpus.jsonl", npartitions=8)          # or db.from_sequence(articles)
    extract_bag(bag, "out/")                                   # on any Dask scheduler / cluster

A partitioned DataFrame with id and text columns works through ``frame_to_bag``.
"""

from __future__ import annotations

from pathlib import Path

from .corpus import read_corpus
from .pipeline import Analyzer, ArticleAnalysis, write_results
from .types import Article

__all__ = ["articles_bag", "frame_to_bag", "analyse_bag", "extract_bag"]


def _dask_bag():
    try:
        import dask.bag as db
    except ImportError as exc:  # pragma: no cover - exercised only without the extra
        raise ImportError("framing.distributed needs Dask: pip install 'framing[dask]'") from exc
    return db


def articles_bag(corpus: str | Path, *, npartitions: int = 8, **read_options):
    """A dask.bag of the corpus's Articles (read here, analysed where Dask runs them)."""
    db = _dask_bag()
    return db.from_sequence(list(read_corpus(corpus, **read_options)), npartitions=npartitions)


def frame_to_bag(frame, *, columns: dict[str, str] | None = None):
    """A dask.bag of Articles from a (Dask or pandas) DataFrame with id and text columns."""
    db = _dask_bag()
    names = {"id": "id", "text": "text", "outlet": "outlet", "date": "date", "title": "title", "byline": "byline"}
    names.update(columns or {})

    def to_articles(part):
        return [Article(id=str(row[names["id"]]), text=str(row[names["text"]]),
                        **{k: str(row[v]) for k, v in names.items() if k not in ("id", "text") and v in part.columns})
                for _, row in part.iterrows()]

    if hasattr(frame, "to_delayed"):
        return db.from_delayed([__import__("dask").delayed(to_articles)(d) for d in frame.to_delayed()])
    return db.from_sequence(to_articles(frame), npartitions=1)


def _analyse_partition(articles, lexicons) -> list[ArticleAnalysis]:
    analyzer = Analyzer(lexicons)
    return [analyzer.analyse(a) for a in articles]


def analyse_bag(bag, *, lexicons=None):
    """A bag of ArticleAnalysis, one Analyzer per partition."""
    return bag.map_partitions(_analyse_partition, lexicons)


def extract_bag(bag, out: str | Path, *, lexicons=None, reuse: bool | None = None, scheduler: str | None = None) -> dict[str, int]:
    """Analyse a bag of Articles with Dask and write the tables of ``framing extract`` to ``out``."""
    results = analyse_bag(bag, lexicons=lexicons).compute(scheduler=scheduler)
    return write_results(results, out, reuse=reuse)
