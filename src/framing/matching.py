"""framing.matching: lexicon terms compiled to one linear-time regular expression over normalised text.

Terms match as whole words, optionally preceded by the proclitics و ف ب ل ك (and, for
``definite=True``, the article ال), so "رويترز" also matches "لـ"رويترز"" and "ورويترز".
Alternations of literal words with no nested quantifiers keep matching linear in the input.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .normalize import normalize

__all__ = ["TermMatcher", "Match", "term_key"]

_SPACE_DOT = re.compile(r"[\s.]+")


def term_key(text: str) -> str:
    """Key of a normalised term or matched surface: spaces and dots removed ("أ. ف. ب" == "أ ف ب")."""
    return _SPACE_DOT.sub("", text)


@dataclass(frozen=True, slots=True)
class Match:
    """A term found in normalised text: [start, end) of the term itself, and its prefix."""

    key: str
    start: int
    end: int
    prefix: str  # the proclitics matched before the term (normalised), e.g. "ل" or "و"
    word_start: int = -1  # start of the whole written word, proclitics included


def _word_pattern(word: str, *, definite: bool, suffixes: str) -> str:
    body = re.escape(word)
    if definite and not word.startswith("ال"):
        body = f"(?:ال|ل)?{body}"
    return body + suffixes


class TermMatcher:
    """Finds any of many normalised terms in normalised text.

    ``suffixes`` is a regex fragment of optional endings (for stance terms); ``definite`` makes
    the article ال optional before every word of a term.
    """

    def __init__(self, terms: Iterable[str], *, definite: bool = False, suffixes: str = "") -> None:
        keys: dict[str, str] = {}
        for term in terms:
            norm = normalize(term).strip()
            if norm:
                keys.setdefault(norm, term)
        self.terms = sorted(keys, key=lambda t: (-len(t), t))
        alts = []
        for term in self.terms:
            words = term.split()
            if all(len(w) == 1 for w in words) and len(words) > 1:
                sep = r"\.?\s*"  # abbreviations: أ ف ب, أ.ف.ب, أ. ف. ب
                alts.append(sep.join(re.escape(w) for w in words) + r"\.?")
            else:
                alts.append(r"\s+".join(_word_pattern(w, definite=definite, suffixes=suffixes) for w in words))
        body = "|".join(f"(?P<t{i}>{alt})" for i, alt in enumerate(alts)) if alts else r"(?P<t0>(?!x)x)"
        self._re = re.compile(r"(?<!\w)(?P<prefix>[وف]?[بلك]?)(?:\s?\"\s?)?(?:" + body + r")(?!\w)")

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        """Yield Match objects over normalised ``text``."""
        endpos = len(text) if endpos is None else endpos
        for m in self._re.finditer(text, pos, endpos):
            group = m.lastgroup
            yield Match(self.terms[int(group[1:])], m.start(group), m.end(group), m.group("prefix"), m.start())
