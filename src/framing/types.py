"""framing.types: the records the toolkit produces, as frozen dataclasses.

Offsets (``start``, ``end``) are always character offsets into the raw article text
(``Article.text``), or into ``Article.byline`` where a record's ``field`` says "byline".
"""

from __future__ import annotations

from dataclasses import dataclass, fields

__all__ = ["Article", "Part", "Attribution", "Statement", "StanceHit", "ScareQuote", "columns_of", "records_to_frame", "SORT_KEYS"]


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read: raw text plus whatever metadata the corpus gave."""

    id: str
    text: str
    outlet: str = ""
    date: str = ""
    title: str = ""
    byline: str = ""  # a separate byline / credit field (SaudiNewsNet's "author")
    url: str = ""
    source: str = ""  # where it was read from: a path, or "file.zip:member#record"


@dataclass(frozen=True, slots=True)
class Part:
    """A line-level part of an article: title, paragraph, heading, caption, credit, dateline, chrome."""

    article_id: str
    kind: str
    start: int
    end: int
    text: str
    reason: str = ""  # why a line was classed as it was (chrome: which pattern)


@dataclass(frozen=True, slots=True)
class Attribution:
    """An article attributing information to an agency or outlet."""

    article_id: str
    agency: str  # canonical ASCII id, e.g. "reuters"
    kind: str  # "text" | "credit" | "dateline" | "photo"
    surface: str  # raw text of the agency mention
    start: int
    end: int
    field: str = "text"  # "text" or "byline"
    cue: str = ""  # the formula or context that made it an attribution (raw text)


@dataclass(frozen=True, slots=True)
class Statement:
    """One reported statement: who says what, how, and through whom."""

    article_id: str
    speaker: str  # as written (raw)
    speaker_id: str  # gazetteer id, "anon:<head>", institution id, or the normalised name
    speaker_type: str  # "person" | "institution" | "anonymous" | "agency"
    camp: str  # "russia" | "nato_us" | "eu" | "ukraine" | "other" | ""
    verb: str  # as written (raw)
    verb_class: str
    quote_type: str  # "direct" | "partial" | "indirect"
    content: str  # raw text of what was said
    via_agency: str  # agency id it is relayed through, or ""
    start: int  # span of the whole statement (verb .. end of content)
    end: int
    sentence: str = ""


@dataclass(frozen=True, slots=True)
class StanceHit:
    """A loaded term found in an article, with its sentence (keyword in context)."""

    article_id: str
    term_id: str
    category: str
    frame: str
    surface: str
    sentence: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ScareQuote:
    """A short quoted fragment (one to four words) that is not a speaker's statement."""

    article_id: str
    surface: str
    words: int
    sentence: str
    start: int
    end: int


def columns_of(cls) -> list[str]:
    """Field names of a record class, in order (the column order of its table)."""
    return [f.name for f in fields(cls)]


# The row order of each record's table: by article, then position in the raw text.
SORT_KEYS: dict[str, list[str]] = {
    "Part": ["article_id", "start"],
    "Attribution": ["article_id", "field", "start", "end", "agency"],
    "Statement": ["article_id", "start", "end"],
    "StanceHit": ["article_id", "start", "end"],
    "ScareQuote": ["article_id", "start", "end"],
}


def records_to_frame(items, cls):
    """Records of dataclass ``cls`` as a DataFrame: fixed column order, sorted by SORT_KEYS."""
    import pandas as pd

    cols = columns_of(cls)
    frame = pd.DataFrame([[getattr(x, c) for c in cols] for x in items], columns=cols)
    return frame.sort_values(SORT_KEYS[cls.__name__], kind="stable").reset_index(drop=True)
