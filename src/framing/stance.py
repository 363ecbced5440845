"""framing.stance: loaded terms (غزو vs عملية عسكرية, الانفصاليين vs المتمردين ...) and scare quotes.

Terms come from ``lexicons/stance.tsv``; each word of a term matches with or without the
article, with the clitics و ف ب ل ك before it and common endings after it (غزو، الغزو،
بالغزو، وغزو، لغزو، غزواً). Every hit keeps its sentence, a keyword-in-context line a researcher
can check. Rates per 1,000 words come with exact Poisson intervals (see ``term_rates``).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pandas as pd
from scipy import stats

from .lexicons import Lexicons
from .matching import TermMatcher
from .normalize import NormalizedText, normalize
from .text import Span
from .types import ScareQuote, StanceHit, records_to_frame

__all__ = ["StanceLexicon", "find_stance_terms", "find_scare_quotes", "term_rates", "stance_to_frame", "ScareQuote"]

# Optional endings after a stance word (normalised): tanween alef, teh marbuta, plurals, pronouns.
SUFFIXES = ("ا", "ه", "ها", "هم", "هما", "ي", "يه", "ين", "ون", "ات", "ت", "يا", "يين", "يون", "تها", "ته")


@dataclass(frozen=True)
class StanceLexicon:
    """Stance terms compiled for matching, with each term's id, category and frame."""

    matcher: TermMatcher
    info: dict[str, tuple[str, str, str]]  # normalised term -> (id, category, frame)

    @classmethod
    def from_lexicons(cls, lexicons: Lexicons) -> StanceLexicon:
        info = {}
        for row in lexicons["stance.tsv"]:
            info.setdefault(normalize(row["term"]).strip(), (row["id"], row["category"], row["frame"]))
        return cls(TermMatcher(info, definite=True, suffixes=SUFFIXES), info)


def _sentence_of(sentences: Sequence[Span], starts: list[int], start: int) -> str:
    """Text of the sentence (sorted, non-overlapping; ``starts`` their starts) containing ``start``."""
    i = bisect.bisect_right(starts, start) - 1
    if i >= 0 and sentences[i].start <= start < sentences[i].end:
        return sentences[i].text
    return ""


def find_stance_terms(article_id: str, raw: str, normalized: NormalizedText, regions: Iterable[tuple[int, int]],
                      sentences: Sequence[Span], lexicon: StanceLexicon) -> list[StanceHit]:
    """Stance-term hits inside the given raw regions (the analysed parts)."""
    starts = [s.start for s in sentences]
    hits = []
    for r_start, r_end in regions:
        n_start = normalized.norm_index(r_start)
        n_end = normalized.norm_index(r_end)
        for m in lexicon.matcher.finditer(normalized.text, n_start, n_end):
            term_id, category, frame = lexicon.info[m.key]
            start, end = normalized.raw_span(m.word_start if m.word_start + len(m.prefix) == m.start else m.start, m.end)
            hits.append(StanceHit(article_id, term_id, category, frame, raw[start:end], _sentence_of(sentences, starts, start), start, end))
    return sorted(hits, key=lambda h: (h.start, h.end))


def find_scare_quotes(article_id: str, raw: str, normalized: NormalizedText, quote_spans: Iterable[tuple[int, int]],
                      sentences: Sequence[Span], statement_spans: Sequence[tuple[int, int]],
                      names: TermMatcher) -> list[ScareQuote]:
    """Quoted fragments of one to four words that are neither a name nor a statement's quote.

    ``quote_spans`` are normalised [open, close) spans; ``statement_spans`` raw content spans
    of direct statements (a one-word direct quote is speech, not distance); ``names`` matches agency, institution and people names.
    """
    out = []
    starts = [s.start for s in sentences]
    for a, b in quote_spans:
        inner = normalized.text[a + 1 : b - 1 if normalized.text[b - 1 : b] == '"' else b].strip()
        words = inner.split()
        if not 1 <= len(words) <= 4 or b - a > 80:
            continue
        if any(m.start <= a + 2 and m.end >= b - 2 for m in names.finditer(normalized.text, a, b)):
            continue  # a quoted name: “الناتو”، "رويترز"
        start, end = normalized.raw_span(a, b)
        k = bisect.bisect_right(statement_spans, (start, len(raw) + 1)) - 1
        if k >= 0 and statement_spans[k][0] <= start and end <= statement_spans[k][1]:
            continue  # the whole quoted content of a direct statement
        out.append(ScareQuote(article_id, raw[start:end], len(words), _sentence_of(sentences, starts, start), start, end))
    return out


def term_rates(hits: pd.DataFrame, words: pd.Series, *, by: str = "category", level: float = 0.95) -> pd.DataFrame:
    """Hits per 1,000 words for each outlet and term category (or ``by="term_id"``).

    ``hits`` has columns outlet and ``by``; ``words`` maps outlet -> word count. The interval
    is the exact (Garwood) Poisson interval for the count, scaled to the rate: it is valid for
    the small counts of a handful of articles, including zero, where a normal approximation is
    not. It treats words as independent trials, so it understates the spread between articles
    that differ in topic; compare outlets with several articles each before reading much into
    a difference.
    """
    groups = sorted(hits[by].unique()) if len(hits) else []
    rows = []
    alpha = 1 - level
    for outlet in sorted(words.index):
        n_words = int(words[outlet])
        sub = hits[hits["outlet"] == outlet]
        for g in groups:
            k = int((sub[by] == g).sum())
            low = stats.chi2.ppf(alpha / 2, 2 * k) / 2 if k > 0 else 0.0
            high = stats.chi2.ppf(1 - alpha / 2, 2 * (k + 1)) / 2
            scale = 1000 / n_words if n_words else float("nan")
            rows.append({"outlet": outlet, by: g, "count": k, "words": n_words,
                         "per_1000": round(k * scale, 4), "ci_low": round(low * scale, 4), "ci_high": round(high * scale, 4)})
    return pd.DataFrame(rows, columns=["outlet", by, "count", "words", "per_1000", "ci_low", "ci_high"])


def stance_to_frame(items: Iterable[StanceHit]) -> pd.DataFrame:
    """Stance hits as a DataFrame sorted by article and offset."""
    return records_to_frame(items, StanceHit)
