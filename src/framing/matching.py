"""framing.matching: lexicon terms found in normalised text by word look-up, in linear time.

Terms match as whole words, optionally preceded by the proclitics و ف ب ل ك (also written
apart: لـ"رويترز"), so "رويترز" also matches "ورويترز" and "لـ"رويترز"". With ``definite=True``
every word may carry the article (ال، لل); with ``suffixes`` the last word may carry one of the
given endings (غزواً، توترات). Abbreviations (أ ف ب) match with dots or spaces (أ.ف.ب).

The distinct words of the text are intersected with the set of every written form that can
begin a term (one C-speed set operation); each such word is found by substring search and its
term completed word by word from a dictionary keyed by the terms' first words. The cost is
linear in the text and nearly independent of the lexicon size (a regular-expression
alternation of hundreds of terms was 20x slower; see benchmarks/README.md).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .normalize import normalize

__all__ = ["TermMatcher", "Match", "RecentStretches"]

_WORD = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")
_CLITIC_GAP = re.compile(r"\s?\"\s?")  # لـ"رويترز": the proclitic written apart, before a quote
_GAP = re.compile(r"\s+|\s*[.\-]\s*")
_QUOTED_GAP = re.compile(r"\s+[\"(]\s*")  # after these words an opening mark may set off the name: وكالة الأنباء "الكويتية"، جريدة "الجزيرة"، صحيفة (أولي)
_QUOTED_AFTER = frozenset({"انباء", "الانباء", "صحيفه", "جريده", "مجله"})
_ABBR_GAP = re.compile(r"\.?\s*")
_PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")
_PROCLITIC_SET = frozenset(_PROCLITICS)
_CACHE_LIMIT = 200_000


class RecentStretches:
    """What was computed for the last few stretches text[pos:endpos] of the same texts.

    Several steps read the same paragraph of the same article (every lexicon is matched
    paragraph by paragraph); an entry is keyed by the text's identity and holds the text, so an
    id is never reused while its entry lives. Bounded: cleared when full.
    """

    def __init__(self, size: int = 64) -> None:
        self._entries: dict[tuple[int, int, int], tuple[str, object]] = {}
        self._size = size

    def get(self, text: str, pos: int, endpos: int, compute):
        key = (id(text), pos, endpos)
        got = self._entries.get(key)
        if got is None or got[0] is not text:
            if len(self._entries) >= self._size:
                self._entries.clear()
            got = self._entries[key] = (text, compute())
        return got[1]


_RECENT_WORDS = RecentStretches()


def _words_of(text: str, pos: int, endpos: int) -> list[str]:
    """The words of text[pos:endpos], shared by the matchers that read the same stretch."""
    return _RECENT_WORDS.get(text, pos, endpos, lambda: _WORD.findall(text, pos, endpos))


def word_starts(text: str, word: str, start: int, end: int) -> list[int]:
    """Starts of ``word`` as a whole ``\\w+`` token of text[start:end], by C-speed substring search."""
    out = []
    i = text.find(word, start, end)
    while i != -1:
        j = i + len(word)
        if (i == start or not _WORD_CHAR.match(text, i - 1)) and (j == end or not _WORD_CHAR.match(text, j)):
            out.append(i)
        i = text.find(word, i + 1, end)
    return out


def last_match(pattern: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    """The last match of ``pattern`` in text[start:end] (the nearest cue before a position), or None."""
    found = None
    for found in pattern.finditer(text, start, end):
        pass
    return found


def _term_starts(text: str, words: Iterable[str], pos: int, endpos: int) -> list[int]:
    """Sorted starts of the given words in text[pos:endpos], and of proclitics written apart
    before a quotation mark (لـ"رويترز"): every place a term can begin."""
    starts = {s for w in words for s in word_starts(text, w, pos, endpos)}
    q = text.find('"', pos, endpos)
    while q != -1:
        for end in (q, q - 1):  # the proclitic ends at the mark or one character before it
            for begin in (end - 1, end - 2):
                if begin >= pos and text[begin:end] in _PROCLITIC_SET and (end == q or not _WORD_CHAR.match(text, end)):
                    if begin == pos or not _WORD_CHAR.match(text, begin - 1):
                        starts.add(begin)
        q = text.find('"', q + 1, endpos)
    return sorted(starts)


@dataclass(frozen=True, slots=True)
class Match:
    """A term found in normalised text: [start, end) of the term itself, and its prefix."""

    key: str  # the normalised lexicon term
    start: int
    end: int
    prefix: str  # the proclitics before the term (normalised), e.g. "ل" or "و"
    word_start: int = -1  # start of the whole written word, proclitics included


class TermMatcher:
    """Finds any of many normalised terms in normalised text (see the module docstring)."""

    def __init__(self, terms: Iterable[str], *, definite: bool = False, suffixes: Iterable[str] = ()) -> None:
        self.definite = definite
        self.suffixes = sorted({s for s in suffixes if s}, key=len, reverse=True)
        self.terms: list[str] = []
        self._first: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
        seen = set()
        for term in terms:
            norm = " ".join(normalize(term).split())
            if not norm or norm in seen:
                continue
            seen.add(norm)
            self.terms.append(norm)
            words = tuple(_WORD.findall(norm))
            abbreviation = len(words) > 1 and all(len(w) == 1 for w in words)
            bases = tuple(self._base(w) for w in words) if definite else words
            self._first.setdefault(bases[0], []).append((bases, norm, abbreviation))
        for entries in self._first.values():
            entries.sort(key=lambda e: (-len(e[0]), -len(e[1])))
        self._suffix_set = frozenset(self.suffixes)
        # later words of a term match only as written (no article, no ending): testable by set
        self._exact_rest = not definite and not self.suffixes
        self._suffix_lengths = sorted({len(x) for x in self.suffixes}, reverse=True)
        self._cache: dict[str, tuple] = {}
        self._starters: frozenset[str] | None = None
        self._window = 2 + max((len(b) for entries in self._first.values() for b, _, _ in entries), default=1)

    @staticmethod
    def _base(word: str) -> str:
        return word[2:] if word.startswith("ال") and len(word) > 3 else word

    def _forms(self, word: str, *, first: bool, last: bool) -> Iterator[tuple[str, str]]:
        """(base, proclitic) readings of a text word."""
        for k in (0, 1, 2) if first else (0,):
            clitic = word[:k]
            if clitic not in _PROCLITIC_SET or len(word) - k < 1:
                continue
            rest = word[k:]
            stems = [rest]
            if self.definite:
                if rest.startswith("ال") and len(rest) > 3:
                    stems.append(rest[2:])
                if clitic.endswith("ل") and rest.startswith("ل") and len(rest) > 2:
                    stems.append(rest[1:])  # لل = لـ + الـ
            elif first and clitic.endswith("ل") and rest.startswith("ل") and len(rest) > 2:
                stems.append("ا" + rest)  # "للجزيرة" = لـ + "الجزيرة"
            for stem in stems:
                yield stem, clitic
                if last and self._suffix_lengths:
                    for n in self._suffix_lengths:
                        if len(stem) - n >= 2 and stem[-n:] in self._suffix_set:
                            yield stem[:-n], clitic

    def _starter_words(self) -> frozenset[str]:
        """Every text word that can begin a term (clitic + article + first word + ending)."""
        if self._starters is None:
            arts = ("", "ال", "ل") if self.definite else ("",)
            endings = ("", *self.suffixes)
            forms = set()
            for base in self._first:
                for clitic in _PROCLITICS:
                    for art in arts:
                        for ending in endings:
                            forms.add(clitic + art + base + ending)
                    if not self.definite and base.startswith("ال") and clitic.endswith("ل"):
                        forms.add(clitic + base[1:])  # لل + the rest of a term with the article
            self._starters = frozenset(w for w in forms if self._candidates(w))
            self._cache.clear()
        return self._starters

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Match]:
        """Yield non-overlapping Matches over normalised ``text``, left to right, longest first."""
        endpos = len(text) if endpos is None else endpos
        words = _words_of(text, pos, endpos)
        found = self._starter_words().intersection(words)
        if found and self._exact_rest and not all(self._has_single_word_term(w) for w in found):
            # a common first word ("ان" of "إن بي سي") counts only if a term's other words are there too
            vocab = frozenset(words)
            found = {w for w in found if self._has_single_word_term(w) or self._complete_in(w, vocab)}
        if not found:
            return  # most stretches of text hold no term: set tests at C speed
        resume = pos
        for start in _term_starts(text, found, pos, endpos):
            if start < resume:
                continue
            words = [w.span() for w in itertools.islice(_WORD.finditer(text, start, endpos), self._window)]
            got = self._match_at(text, words, 0)
            if got is not None:
                match, next_i = got
                yield match
                resume = words[next_i - 1][1]

    def _has_single_word_term(self, word: str) -> bool:
        return any(len(bases) == 1 for _, entries in self._candidates(word) for bases, _, _ in entries)

    def _complete_in(self, word: str, vocab: frozenset[str]) -> bool:
        """Whether some term beginning with ``word`` has all its other words in ``vocab``."""
        return any(all(b in vocab for b in bases[1:]) for _, entries in self._candidates(word) for bases, _, _ in entries)

    def _match_at(self, text: str, words: list[tuple[int, int]], i: int) -> tuple[Match, int] | None:
        start, end = words[i]
        word = text[start:end]
        if not self._candidates(word) and not (len(word) <= 2 and word in _PROCLITIC_SET):
            return None
        candidates = []
        # a proclitic written apart before a quote: لـ"رويترز" -> "ل" + "رويترز"
        if len(word) <= 2 and word in _PROCLITICS and i + 1 < len(words) and _CLITIC_GAP.fullmatch(text, end, words[i + 1][0]):
            for got in self._try(text, words, i + 1, outer_clitic=word):
                candidates.append((got[0], got[1], start))
        for got in self._try(text, words, i):
            candidates.append((got[0], got[1], start))
        if not candidates:
            return None
        (match, next_i, word_start) = max(candidates, key=lambda c: (c[0].end - c[0].start, -c[0].start))
        return Match(match.key, match.start, match.end, match.prefix, word_start), next_i

    def _candidates(self, word: str) -> tuple:
        """(clitic, entries) for each reading of ``word`` that starts some term (cached)."""
        got = self._cache.get(word)
        if got is None:
            got = tuple((clitic, self._first[stem]) for stem, clitic in self._forms(word, first=True, last=True) if stem in self._first)
            if len(self._cache) > _CACHE_LIMIT:
                self._cache.clear()
            self._cache[word] = got
        return got

    def _try(self, text: str, words: list[tuple[int, int]], i: int, outer_clitic: str = "") -> list[tuple[Match, int]]:
        start, end = words[i]
        out = []
        for clitic, entries in self._candidates(text[start:end]):
            if outer_clitic and clitic:
                continue
            for bases, norm, abbreviation in entries:
                j = self._rest(text, words, i, bases, abbreviation)
                if j is not None:
                    term_start = start + len(clitic)
                    out.append((Match(norm, term_start, words[j - 1][1], outer_clitic or clitic), j))
                    break
        return out

    def _rest(self, text: str, words, i: int, bases: tuple[str, ...], abbreviation: bool) -> int | None:
        """Index after the last word of a multi-word term starting at word i, or None."""
        j = i + 1
        for k, base in enumerate(bases[1:], start=1):
            if j >= len(words):
                return None
            gap = _ABBR_GAP if abbreviation else _GAP
            if not gap.fullmatch(text, words[j - 1][1], words[j][0]) and not (
                    bases[k - 1] in _QUOTED_AFTER and _QUOTED_GAP.fullmatch(text, words[j - 1][1], words[j][0])):
                return None
            w = text[words[j][0] : words[j][1]]
            if not any(stem == base for stem, _ in self._forms(w, first=False, last=k == len(bases) - 1)):
                return None
            j += 1
        return j
