"""framing.normalize: Arabic orthographic normalisation for matching, with offsets back to raw text.

Matching runs on normalised text; every match is reported with the raw surface text and raw
character offsets. Each step is a small named function (the same steps as CAMeL Tools'
``dediac_ar`` and ``normalize_*_ar``; ``tests/test_normalize.py`` proves they agree on real
text); :func:`normalize` composes them and :func:`normalize_with_offsets` also returns the map
from every normalised character back to its raw position.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import numpy as np

__all__ = [
    "NormalizedText",
    "QUOTE_MARKS",
    "normalize",
    "normalize_with_offsets",
    "remove_diacritics",
    "remove_tatweel",
    "remove_quranic_marks",
    "normalize_persian_letters",
    "fold_presentation_forms",
    "normalize_alef",
    "normalize_alef_maksura",
    "normalize_teh_marbuta",
    "normalize_hamza_carriers",
    "normalize_digits",
    "normalize_quotes",
    "spelling_variants",
]

# Same set as camel_tools.utils.charsets.AR_DIAC_CHARSET (harakat, shadda, sukun, dagger alef),
# plus the Quranic annotation marks, which CAMeL leaves in place.
DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0653)) + "\u0670"
TANWEEN = DIACRITICS[:3]  # the indefinite case endings ً ٌ ٍ (U+064B-064D), which normalising drops
QURANIC_MARKS = "".join(chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06E5, 0x06E6))
TATWEEL = "\u0640"
# Zero-width and bidirectional controls: invisible, so they must not break a match.
INVISIBLES = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad"
DELETED = DIACRITICS + QURANIC_MARKS + TATWEEL + INVISIBLES

ALEF_FORMS = "\u0622\u0623\u0625\u0671"  # آ أ إ ٱ  (CAMeL's normalize_alef_ar)
# Every quotation-mark style real sites use, folded to ASCII '"' for matching.
# Braces included: Asharq al-Awsat's site prints its quotation marks as { }.
QUOTE_MARKS = "\"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u2036\u275d\u275e\u301d\u301e\uff02{}"

_ALEF = {ord(c): "\u0627" for c in ALEF_FORMS}
_MAKSURA = {0x0649: "\u064a"}  # ى -> ي
_TEH = {0x0629: "\u0647"}  # ة -> ه
_HAMZA = {0x0624: "\u0648", 0x0626: "\u064a"}  # ؤ -> و, ئ -> ي
_DIGITS = {0x0660 + i: str(i) for i in range(10)} | {0x06F0 + i: str(i) for i in range(10)}
_QUOTES = {ord(c): '"' for c in QUOTE_MARKS}
_PERSIAN = {0x06A9: "\u0643", 0x06CC: "\u064a"}  # Persian keheh -> kaf, Farsi yeh -> yeh
_LATIN_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}
_DELETE = {ord(c): None for c in DELETED}

_SUBSTITUTE = {**_ALEF, **_MAKSURA, **_TEH, **_HAMZA, **_DIGITS, **_QUOTES, **_PERSIAN, **_LATIN_LOWER}
_TABLE = str.maketrans({**_SUBSTITUTE, **_DELETE})

# Presentation forms (ligatures such as U+FEFB) can expand to two letters: slow path.
_PRESENTATION = (range(0xFB50, 0xFE00), range(0xFE70, 0xFF00))

# Look-up tables over the Basic Multilingual Plane: True where a character is kept, and the
# code point each character becomes (the same map as _TABLE, vectorised for long texts).
_KEEP = np.ones(0x10000, dtype=bool)
_KEEP[[ord(c) for c in DELETED]] = False
_MAP = np.arange(0x10000, dtype=np.uint32)
for _code, _new in _SUBSTITUTE.items():
    _MAP[_code] = ord(_new) if isinstance(_new, str) else _new
_VECTOR_MIN = 256  # below this length str.translate is quicker than the numpy round trip


def remove_diacritics(text: str) -> str:
    """Remove harakat, shadda, sukun and dagger alef (CAMeL's ``dediac_ar``)."""
    return text.translate({ord(c): None for c in DIACRITICS})


def remove_quranic_marks(text: str) -> str:
    """Remove Quranic annotation marks (U+06D6..U+06ED), which CAMeL Tools keeps."""
    return text.translate({ord(c): None for c in QURANIC_MARKS})


def fold_presentation_forms(text: str) -> str:
    """Replace Arabic presentation forms (ﻗﺎﻝ, the ligature ﻻ) by ordinary letters (NFKC)."""
    return _PRESENTATION_RE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def normalize_persian_letters(text: str) -> str:
    """Fold Persian keheh (ک) to kaf and Farsi yeh (ی) to yeh, as found in transliterated names."""
    return text.translate(_PERSIAN)


def remove_tatweel(text: str) -> str:
    """Remove tatweel (kashida), the letter-stretching character."""
    return text.replace(TATWEEL, "")


def normalize_alef(text: str) -> str:
    """Fold alef with hamza or madda (أ إ آ ٱ) to bare alef (ا)."""
    return text.translate(_ALEF)


def normalize_alef_maksura(text: str) -> str:
    """Fold alef maksura (ى) to yeh (ي)."""
    return text.translate(_MAKSURA)


def normalize_teh_marbuta(text: str) -> str:
    """Fold teh marbuta (ة) to heh (ه)."""
    return text.translate(_TEH)


def normalize_hamza_carriers(text: str) -> str:
    """Fold hamza on waw (ؤ) to waw and hamza on yeh (ئ) to yeh."""
    return text.translate(_HAMZA)


def normalize_digits(text: str) -> str:
    """Map Arabic-Indic and Persian digits to ASCII digits."""
    return text.translate(_DIGITS)


def normalize_quotes(text: str) -> str:
    """Fold every quotation-mark style (“ ” « » ″ ...) to ASCII '"'."""
    return text.translate(_QUOTES)


_PRESENTATION_RE = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")


def _needs_slow_path(text: str) -> bool:
    return _PRESENTATION_RE.search(text) is not None


def normalize(text: str) -> str:
    """Normalise Arabic text for matching (all steps of this module, plus ASCII lower case).

    The result is meant for matching, never for display.
    """
    if _needs_slow_path(text):
        return _normalize_slow(text).text
    if len(text) < _VECTOR_MIN:
        return text.translate(_TABLE)
    return normalize_with_offsets(text).text


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """Normalised text plus ``offsets``: raw index of each normalised character (and the end)."""

    text: str
    offsets: np.ndarray  # int64, len(text) + 1; offsets[-1] == len(raw)

    def norm_index(self, raw_pos: int) -> int:
        """Index in the normalised text of the first character at or after raw offset ``raw_pos``."""
        return int(self.offsets.searchsorted(raw_pos))

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw (start, end) of the normalised span [start, end).

        The end takes in the characters normalisation deleted after the last letter (its
        diacritics, as in "مضيفاً"), so the raw surface is the whole written word.
        """
        if end <= start:
            pos = int(self.offsets[start])
            return pos, pos
        return int(self.offsets[start]), int(self.offsets[end])


def normalize_with_offsets(raw: str) -> NormalizedText:
    """Normalise ``raw`` and keep, for each normalised character, its raw offset.

    Linear in the input; vectorised except for text with Arabic presentation forms.
    """
    if _needs_slow_path(raw):
        return _normalize_slow(raw)
    if len(raw) < _VECTOR_MIN:
        text = raw.translate(_TABLE)
        if len(text) == len(raw):
            return NormalizedText(text, np.arange(len(raw) + 1, dtype=np.int64))
    codes = np.frombuffer(raw.encode("utf-32-le"), dtype=np.uint32)
    bmp = codes < 0x10000
    all_bmp = bool(bmp.all())
    keep = _KEEP[codes] if all_bmp else np.where(bmp, _KEEP[np.where(bmp, codes, 0)], True)
    if len(raw) >= _VECTOR_MIN:
        mapped = _MAP[codes] if all_bmp else np.where(bmp, _MAP[np.where(bmp, codes, 0)], codes)
        text = mapped[keep].tobytes().decode("utf-32-le")
    offsets = np.append(np.flatnonzero(keep), len(raw)).astype(np.int64)
    return NormalizedText(text, offsets)


def _normalize_slow(raw: str) -> NormalizedText:
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(raw):
        code = ord(ch)
        if code in _PRESENTATION[0] or code in _PRESENTATION[1]:
            ch = unicodedata.normalize("NFKC", ch)
        piece = ch.translate(_TABLE)
        out.append(piece)
        offsets.extend([i] * len(piece))
    offsets.append(len(raw))
    return NormalizedText("".join(out), np.asarray(offsets, dtype=np.int64))


def spelling_variants(term: str, *, with_article: bool = True) -> set[str]:
    """Other spellings of a normalised, transliterated name that Arabic outlets use.

    g written غ or ج (تلغراف، تلجراف); a medial alef written or left out in a long word (كاتماندو،
    كاتمندو); and a foreign outlet name with the article (الواشنطن بوست، البي بي سي). Only for
    names that are not ordinary words (the outlets of lexicons/agencies.tsv that need no cue, and
    the people of lexicons/people.tsv, without the article).
    """
    if not re.search("[\u0621-\u064a]", term):
        return set()  # Latin-script names: case is already folded
    if term.startswith(("ال", "وكال")) or any(len(w) < 3 for w in term.split()):
        return set()  # an Arabic descriptive name (الصحافة الفرنسية، وكالة الأنباء ...) or an abbreviation
    forms = {term, term.replace("غ", "ج"), term.replace("ج", "غ")}
    for form in list(forms):
        words = form.split()
        for k, word in enumerate(words):
            if len(word) >= 6 and not word.startswith("ال"):
                for i in range(1, len(word) - 1):
                    if word[i] == "ا":
                        forms.add(" ".join([*words[:k], word[:i] + word[i + 1 :], *words[k + 1 :]]))
    if with_article:
        forms |= {"ال" + f for f in forms}
    forms.discard(term)
    return forms
