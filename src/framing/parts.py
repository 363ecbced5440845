"""framing.parts: split an article into line-level parts with offsets into the raw text.

Kinds: ``title``, ``heading``, ``paragraph``, ``caption`` (photo captions), ``credit`` (sign-off
or credit line), ``dateline`` (place and agency before the body), ``date`` (a stated date) and
``chrome`` (site furniture: menus, widgets, repeated lines, image alt text, the page's own date).
Chrome is recognised by the general patterns in ``lexicons/chrome.tsv`` and a few structural
rules, never by article; it is excluded from analysis but kept, with the reason, so nothing
silently disappears.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from .attribution import ACCORDING_TO, AgencyLexicon
from .errors import LexiconError
from .lexicons import Lexicons
from .normalize import NormalizedText, normalize, normalize_with_offsets
from .speaker_base import MONTHS
from .text import line_goes_on
from .types import Article, Part, records_to_frame

__all__ = ["Splitter", "ANALYSED_KINDS", "parts_to_frame", "DATE_RE"]

# Parts whose words are the outlet's own editorial text, analysed for statements and stance.
ANALYSED_KINDS = ("title", "heading", "paragraph", "caption")

_WEEKDAYS = "الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت"
# A line that is only a date (normalised text): "12 يناير 2022", "الجمعة ٢٠ / سبتمبر / ٢٠٢٤".
DATE_RE = re.compile(
    r"(?:(?:" + _WEEKDAYS + r")\s*[،,]?\s*)?"
    r"(?:\d{1,2}\s*[/\-.]?\s*(?:" + MONTHS + r")\s*[/\-.]?\s*\d{4}|\d{1,2}\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*\d{4}|\d{4}\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*\d{1,2})"
    r"(?:\s*[-–|،,]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:ص|م|am|pm))?)?"
)
_SENTENCE_END = re.compile(r"[.!?؟…:\"»)]\s*$")
_FINAL_STOP = re.compile(r"[.!?؟…:]\s*$")
_CAPTION_PAREN = re.compile(r"\(([^()]{1,60})\)\s*$")
_CAPTION_START = re.compile(r"^(?:صوره|الصوره|صور|لقطه|من الارشيف)(?:\s|:)")
_CREDIT_START = re.compile(r"^(?:المصدر|المصادر|source)\s*:|^[*\s]*خدمه\s")  # (and "* خدمة «نيويورك تايمز»": a syndication credit)
_SEGMENT_SEP = re.compile(r"\s*[-–—_+|/:،,]\s*|\s{2,}")


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    raw: str
    norm: str
    n_start: int  # [n_start, n_end): the line in the article's normalised text
    n_end: int


def _lines(text: str, normalized: NormalizedText) -> list[_Line]:
    """The non-blank lines of ``text``; a line that goes on after its break ("مضيفاً أنه" / "عند ...") is joined to the next."""
    out = []
    pos = 0
    for piece in text.split("\n"):
        end = pos + len(piece)
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            s, e = pos + lead, pos + lead + len(stripped)
            if out and line_goes_on(text, out[-1].end, s):
                s = out.pop().start
            n0, n1 = normalized.norm_index(s), normalized.norm_index(e)
            out.append(_Line(s, e, text[s:e], normalized.text[n0:n1], n0, n1))
        pos = end + 1
    return out


class Splitter:
    """Splits articles into parts using the chrome patterns and the agency lexicon."""

    def __init__(self, lexicons: Lexicons, agencies: AgencyLexicon | None = None) -> None:
        table = lexicons["chrome.tsv"]
        self._chrome = []
        self._openings = []  # patterns of chrome that opens a line the article's text goes on ("شارك ... اكتب رأيك أكد")
        for i, row in enumerate(table):
            at = row.get("at") or "line"
            if at not in ("line", "start"):
                raise LexiconError(f"{table.where(i)}: at must be 'line' or 'start', not {at!r}")
            try:
                pattern = re.compile(row["pattern"])
            except re.error as exc:
                raise LexiconError(f"{table.where(i)}: bad pattern ({exc})") from exc
            (self._chrome if at == "line" else self._openings).append((pattern, row["reason"]))
        # all patterns in one alternation: one regex call per line instead of one per pattern
        self._any_chrome = re.compile("|".join(f"(?:{p.pattern})" for p, _ in self._chrome)) if self._chrome else None
        self._agencies = agencies or AgencyLexicon.from_lexicons(lexicons)

    def chrome_reason(self, norm_line: str) -> str:
        """The reason a (normalised) line is chrome, or "" if it is not."""
        if self._any_chrome is None or not self._any_chrome.fullmatch(norm_line):
            return ""
        for pattern, reason in self._chrome:
            if pattern.fullmatch(norm_line):
                return reason
        return ""

    def _cut_opening(self, line: _Line, normalized: NormalizedText) -> tuple[tuple[_Line, str] | None, _Line | None]:
        """The chrome that opens ``line`` (a share bar run into the first sentence), with its reason, and the
        rest of the line (None when the chrome is the whole line)."""
        for pattern, reason in self._openings:
            m = pattern.match(line.norm)
            if m is None:
                continue
            rest = line.norm[m.end() :]
            if not rest.strip():
                return (line, reason), None
            n_rest = line.n_start + m.end() + len(rest) - len(rest.lstrip())
            n_head = line.n_start + len(line.norm[: m.end()].rstrip())
            head_end, rest_start = normalized.raw_span(line.n_start, n_head)[1], normalized.raw_span(n_rest, line.n_end)[0]
            head = _Line(line.start, head_end, line.raw[: head_end - line.start], normalized.text[line.n_start : n_head], line.n_start, n_head)
            tail = _Line(rest_start, line.end, line.raw[rest_start - line.start :], normalized.text[n_rest : line.n_end], n_rest, line.n_end)
            return (head, reason), tail
        return None, line

    def _credit_like(self, line: _Line, norm_text: str) -> bool:
        """A labelled source line ("المصدر : ..."), or a short line of segments (X - Y, X _ Y + Z)
        at least one of which names an agency."""
        mentions = self._agencies.mentions(norm_text, line.n_start, line.n_end)
        if not mentions:
            return False
        if _CREDIT_START.match(line.norm):
            return True
        words = line.norm.split()
        last = mentions[-1]
        if (len(words) <= 16 and DATE_RE.search(line.norm) and not _FINAL_STOP.search(line.norm)
                and last.key not in self._agencies.needs_cue and not norm_text[last.end : line.n_end].strip(" )")):
            return True  # "إسلام آباد 18 شوال 1436 هـ الموافق 03 اغسطس 2015 م واس": place, date, then the agency
        if len(words) > 8 or (_SENTENCE_END.search(line.norm.rstrip(":")) and not line.norm.endswith(")")):
            return False  # a sentence, not a credit line
        segments = [s for s in _SEGMENT_SEP.split(line.norm.strip("()[] ")) if s.strip("\"«» ")]
        if len(segments) > 1:
            return True
        if all(self._agencies.ids[m.key] == "agencies" for m in mentions) and norm_text[last.end : line.n_end].strip(" ).-–:"):
            return False  # "وكالات الأيتام": a heading on powers of attorney (وكالة), not the credit "وكالات"
        alone = len(mentions) == 1 and last.key in self._agencies.wire_cue and not (
            norm_text[line.n_start : last.start - len(last.prefix)].strip(" (-–") or norm_text[last.end : line.n_end].strip(" ).-–"))
        # (a line that is only a wire agency's ambiguous name, "الفرنسية", signs the article off)
        return len(words) <= 4 and (alone or any(m.key not in self._agencies.needs_cue for m in mentions))

    def _caption_like(self, line: _Line) -> bool:
        norm = line.norm
        if _CAPTION_START.match(norm):
            return True
        if norm.endswith("."):
            return False
        paren = _CAPTION_PAREN.search(norm)
        if paren and len(paren.group(1).split()) <= 5 and len(norm[: paren.start()].split()) >= 2:
            return not ACCORDING_TO.search(norm, 0, paren.start())  # ("...، حسب (الحياة)": a source, no caption credit)
        tail = re.search(r"[-–—]\s*([^-–—]{1,40})$", norm)
        if tail and len(norm.split()) >= 5:
            return bool(self._agencies.mentions(tail.group(1)))
        return False

    def split(self, article: Article, normalized: NormalizedText | None = None) -> list[Part]:
        """Parts of ``article`` in text order; every non-blank line is one part, or two when it
        opens with chrome (``at`` = ``start`` in chrome.tsv) that the article's text goes on after.

        ``normalized`` is the article's normalised text, if already computed.
        """
        normalized = normalized or normalize_with_offsets(article.text)
        lines = []
        opened = {}  # index of a line of opening chrome -> its reason
        for line in _lines(article.text, normalized):
            head, line = self._cut_opening(line, normalized)
            if head is not None:
                opened[len(lines)] = head[1]
                lines.append(head[0])
            if line is not None:
                lines.append(line)
        kinds: list[tuple[str, str]] = []
        seen: set[str] = set()
        title_seen = bool(article.title)
        body_started = False
        title_norm = normalize(article.title).strip() if article.title else ""
        for k, line in enumerate(lines):
            reason = ""
            flat = " ".join(line.norm.split())
            if k in opened:
                kinds.append(("chrome", opened[k]))
                continue
            if flat in seen:
                kind, reason = "chrome", "repeated line (duplicate title, caption or menu)"
            elif title_norm and line.norm == title_norm:
                kind = "title"
            elif title_seen and self._caption_like(line) and len(line.norm.split()) >= 4:
                kind = "caption"
            elif self._credit_like(line, normalized.text):
                kind = "credit" if body_started else "dateline"
            elif reason := self.chrome_reason(line.norm):
                kind = "chrome"
            elif DATE_RE.fullmatch(line.norm):
                kind, reason = ("date", "") if title_seen else ("chrome", "page date (site header, before the title)")
            elif not title_seen:
                kind, title_seen = "title", True
            elif self._caption_like(line):
                kind = "caption"
            elif not _FINAL_STOP.search(line.norm) and (
                len(line.norm.split()) <= 12 or (":" in line.norm and len(line.norm.split()) <= 20)
            ):
                kind = "heading"
            else:
                kind, body_started = "paragraph", True
            if kind != "chrome" or reason.startswith("repeated"):
                seen.add(flat)
            kinds.append((kind, reason))
        # a credit-like line after the last paragraph is a sign-off even if nothing followed
        return [Part(article.id, k, ln.start, ln.end, ln.raw, r) for ln, (k, r) in zip(lines, kinds)]


def parts_to_frame(items: Iterable[Part]) -> pd.DataFrame:
    """Parts as a DataFrame in article and text order."""
    return records_to_frame(items, Part)
