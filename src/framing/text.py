"""framing.text: word tokens and sentences for Arabic news text.

``tokenize`` gives exactly the tokens of CAMeL Tools' ``simple_word_tokenize`` (proved on real
text in ``tests/test_text.py``) with one regular expression instead of a per-character loop.
CAMeL Tools has no sentence splitter; ``split_sentences`` handles Arabic punctuation,
abbreviations such as "أ. ف. ب" and decimal numbers, and returns raw character offsets.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import numpy as np

from camel_tools.tokenizers.word import simple_word_tokenize
from camel_tools.utils.charsets import EMOJI_ALL_CHARSET, UNICODE_PUNCT_SYMBOL_CHARSET

from .normalize import normalize

__all__ = ["Span", "tokenize", "token_spans", "count_words", "split_sentences"]

_PUNCT = "".join(sorted(c for c in UNICODE_PUNCT_SYMBOL_CHARSET if len(c) == 1))
_PUNCT_CLASS = "[" + re.escape(_PUNCT) + "]"
_TOKEN_RE = re.compile(_PUNCT_CLASS + "|[^\\s" + re.escape(_PUNCT) + "]+")
# Padding every punctuation mark and symbol with spaces, then splitting on white space, gives
# the same tokens as the per-character loop, at C speed.
_PAD = str.maketrans({c: f" {c} " for c in _PUNCT})

# Characters that can start or continue a multi-character emoji sequence: text holding any of
# them goes to CAMeL's own tokenizer, so the output stays identical.
_EMOJI_CHARS = {c for seq in EMOJI_ALL_CHARSET for c in seq if not c.isascii()}
_EMOJI_CHARS |= {"\u20e3", "\ufe0f", "\u200d"}
_EMOJI_CHARS |= {chr(c) for c in range(0x1F1E6, 0x1F200)}  # regional indicators
_EMOJI_CHARS = frozenset(_EMOJI_CHARS)

# For counting words: True for the Basic Multilingual Plane characters that are punctuation or
# symbols (they become spaces), and for those that may be part of an emoji (exact path).
_PUNCT_BMP = np.zeros(0x10000, dtype=bool)
_PUNCT_BMP[[ord(c) for c in _PUNCT if ord(c) < 0x10000]] = True
_EMOJI_BMP = np.zeros(0x10000, dtype=bool)
_EMOJI_BMP[[ord(c) for c in _EMOJI_CHARS if ord(c) < 0x10000]] = True


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of text with its offsets [start, end) into the string it came from."""

    text: str
    start: int
    end: int


def tokenize(text: str) -> list[str]:
    """Word tokens: runs of non-space characters, each punctuation mark or symbol on its own."""
    if not _EMOJI_CHARS.isdisjoint(text):
        return simple_word_tokenize(text)
    return text.translate(_PAD).split()


def count_words(text: str) -> Counter:
    """How often each word token (a token with a letter in it) occurs in ``text``.

    The same counts as ``Counter(t for t in tokenize(text) if <t has a letter>)``; punctuation
    and symbols are blanked in one vectorised pass, as they never form part of a word.
    """
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    if codes.size and (codes.max() >= 0x10000 or _EMOJI_BMP[codes].any()):
        tokens = Counter(tokenize(text))  # astral characters or emoji: the exact tokenizer
    else:
        codes = np.where(_PUNCT_BMP[codes], np.uint32(32), codes)
        tokens = Counter(codes.tobytes().decode("utf-32-le").split())
    for t in [t for t in tokens if not (t.isalpha() or any(c.isalpha() for c in t))]:
        del tokens[t]
    return tokens


def token_spans(text: str) -> list[Span]:
    """Tokens with offsets (emoji sequences are split as single characters here)."""
    return [Span(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


# A sentence ends at . ! ? ؟ … (or a run of them) followed by space, a closing quote or the
# end; a line break always ends one. Two dots ("..") are a pause in Arabic headlines, not an end.
# A full stop written without the space after it also ends one between an Arabic word of three
# letters or more and a conjunction ("والمذهبية.وفيما يتعلق"; not "د.حمدان"، "م.أحمد"), and so does one
# closing a quotation with the next sentence written right after it ("ومشرفة.»وأضاف"; not a credit
# for the quotation: "الوقت.”وفقا لوكالة رويترز").
# (The leading look-ahead lets the regex engine skip to candidate characters: 3x faster.)
_END_RE = re.compile(r"(?=[!?؟….\n])(?:(?:[!?؟…]+|(?<!\.)\.(?!\.))[\"'”»)\]]*(?=\s|$)|\n+"
                     r"|(?<=[\u0621-\u064a]{3})\.(?=[وف][\u0621-\u064a]{2})"
                     r"|(?<=[\u0621-\u064a]{2})[.!?؟…]+[”»]+(?=[\u0621-\u064a])(?!وفق|بحسب|حسب|طبق|نقل))")
# A period right after a one-letter Arabic word (أ. ف. ب، د. for doctor, also joined: أ.د.) or a
# single Latin capital (U.S.) is an abbreviation, not an end.
_ABBREV_RE = re.compile(r"(?:^|[\s(\"«“])(?:[\u0621-\u064a]\.)?(?:[\u0621-\u064a]|[A-Z])\.$")  # (also after an opening mark: '"د. عزام')
# A Latin initial written out in Arabic letters after a name ("ديفيد إيه. تومسون") is no end
# either, when a word follows on the line (not an acronym's last letter: "بي بي سي.").
_INITIAL_WORDS = ("إيه", "اي", "بي", "سي", "دي", "جي", "جيه", "كيه", "إل", "إم", "إتش", "آر", "إس", "تي", "دبليو", "إكس", "إف")
_INITIALS = "|".join(sorted({v for w in _INITIAL_WORDS for v in (w, w.replace("إ", "ا"))}, key=lambda v: (-len(v), v)))
# (each also written without its hamza: "لورا ايه. كولانجيلو"; the raw text is matched, not its normal form)
INITIALS = frozenset(normalize(w) for w in _INITIALS.split("|"))  # (as name reading sees them)
_INITIAL_RE = re.compile(r"(?:^|\s)(?!(?:" + _INITIALS + r")\s)[\u0621-\u064a]{3,}\s(?:" + _INITIALS + r")\.$")


# A line broken right after the word that opens a reported clause ("مضيفاً أنه" / "عند الساعة ...") goes on on the
# next line: the break is the page's wrapping, not an end, for no sentence ends with أن / إن.
_OPENER_AT_END = re.compile(r"(?:^|\s)[وف]?ب?[أإا]ن\u0651?(?:ه|ها|هم|هما|نا|ني)?[ \t]*$")
_ARABIC_NEXT = re.compile(r"[ \t]*[\u0621-\u064a]")


def line_goes_on(text: str, end: int, start: int) -> bool:
    """Whether the line of ``text`` ending at ``end`` goes on in the one starting at ``start``
    after a single line break: it ends with أن / إن (and its pronoun) and an Arabic word follows."""
    return (text.count("\n", end, start) == 1 and not text[end:start].strip()
            and _OPENER_AT_END.search(text, max(0, end - 10), end) is not None and _ARABIC_NEXT.match(text, start) is not None)


def split_sentences(text: str, *, offset: int = 0) -> list[Span]:
    """Split ``text`` into sentences; offsets are into ``text`` plus ``offset``.

    Whitespace around sentences is trimmed; empty sentences are dropped.
    """
    spans: list[Span] = []
    start = 0
    for m in _END_RE.finditer(text):
        end = m.end()
        if m.group()[0] == "." and _ABBREV_RE.search(text, max(0, m.start() - 4), m.start() + 1):
            continue
        if m.group() == "\n" and line_goes_on(text, m.start(), end):
            continue
        if (m.group() == "." and _INITIAL_RE.search(text, max(0, m.start() - 24), m.start() + 1)
                and re.match(r" [\u0621-\u064a]", text[end : end + 2])):
            continue
        _append_trimmed(spans, text, start, end, offset)
        start = end
    _append_trimmed(spans, text, start, len(text), offset)
    return spans


def _append_trimmed(spans: list[Span], text: str, start: int, end: int, offset: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    s = start + lead
    spans.append(Span(stripped, s + offset, s + len(stripped) + offset))
