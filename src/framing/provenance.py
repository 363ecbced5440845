"""framing.provenance: outlet, date and title of an article, each with the textual evidence for it.

The outlet comes from the corpus metadata when it has one; otherwise from the article's own
credit or sign-off line ("المصدر : الجزيرة + وكالات" -> الجزيرة; "ليفانت نيوز _ TASS _ DPA" ->
ليفانت نيوز). With no such evidence the outlet is "unidentified": never a guess. A date line
after the title is the stated publication date; a date in the site header before the title is
the page's own (scrape-time) date and is reported separately as ``page_date``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .attribution import AgencyLexicon
from .normalize import normalize
from .types import Article, Part

__all__ = ["describe_article", "UNIDENTIFIED", "parse_date"]

UNIDENTIFIED = "unidentified"
_LABEL = re.compile(r"^\s*(?:المصدر|المصادر|source)\s*:\s*", re.IGNORECASE)
_SPLIT = re.compile(r"\s*(?:[+_|/،,]|\s[-–—]\s)\s*")
_MONTHS = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7,
    "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7,
    "اب": 8, "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
}
_DMY = re.compile(r"(\d{1,2})\s*[/\-.]?\s*(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\s*[/\-.]?\s*(\d{4})")
_NUMERIC = re.compile(r"(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{4})")
_ISO = re.compile(r"(\d{4})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{1,2})")


def parse_date(text: str) -> str:
    """ISO date (YYYY-MM-DD) of a date expression in Arabic or numeric form, or ""."""
    norm = normalize(text)
    if m := _DMY.search(norm):
        day, month, year = int(m.group(1)), _MONTHS[m.group(2)], int(m.group(3))
    elif m := _ISO.search(norm):
        year, month, day = (int(g) for g in m.groups())
    elif m := _NUMERIC.search(norm):
        day, month, year = (int(g) for g in m.groups())
    else:
        return ""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return ""
    return f"{year:04d}-{month:02d}-{day:02d}"


def _outlet_from_credit(line: str, agencies: AgencyLexicon) -> str:
    labelled = _LABEL.match(line)
    body = line[labelled.end() :] if labelled else line
    segments = [s.strip(" \"'«»“”()") for s in _SPLIT.split(body) if s.strip(" \"'«»“”()")]
    if len(segments) < 2 and not labelled:
        return ""
    first = segments[0] if segments else ""
    mentions = agencies.mentions(normalize(first))
    generic = mentions and all(agencies.ids[m.key] == "agencies" for m in mentions)
    if not first or generic:
        return ""
    if mentions and not labelled:
        return ""  # "TASS _ DPA": only agencies, no outlet named
    return first


def describe_article(article: Article, parts: Sequence[Part], agencies: AgencyLexicon, *, words: int = 0) -> dict[str, str | int]:
    """One row of the corpus table: id, outlet and evidence, date and evidence, title, words."""
    outlet, evidence = article.outlet, "corpus metadata" if article.outlet else ""
    if not outlet:
        for part in reversed(parts):
            if part.kind == "credit" and (name := _outlet_from_credit(part.text, agencies)):
                outlet, evidence = name, f"credit line: {part.text}"
                break
    if not outlet:
        outlet, evidence = UNIDENTIFIED, "no credit line or sign-off names the outlet"
    date, date_evidence, page_date = article.date, "corpus metadata" if article.date else "", ""
    for part in parts:
        if part.kind == "date" and not date:
            date, date_evidence = parse_date(part.text) or part.text, f"date line after the title: {part.text}"
        elif part.kind == "chrome" and part.reason.startswith("page date"):
            page_date = parse_date(part.text) or part.text
    if not date:
        date_evidence = "the text states no publication date"
    title = article.title or next((p.text for p in parts if p.kind == "title"), "")
    return {
        "id": article.id,
        "source": article.source,
        "outlet": outlet,
        "outlet_evidence": evidence,
        "date": date,
        "date_evidence": date_evidence,
        "page_date": page_date,
        "title": title,
        "words": words,
    }
