"""framing.verbs: the reporting-verb lexicon, found in text in every inflection.

``lexicons/verbs.tsv`` gives each verb's past, present and participle and its class (neutral
قال، emphatic أكد، denial نفى ...). Every written form is generated (قالت، قالوا، يقولون، تقول،
مضيفا، مضيفة ...) and found as a whole word, with the clitics و / ف split off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import LexiconError
from .lexicons import Lexicons
from .matching import word_starts
from .normalize import normalize

__all__ = ["VERB_CLASSES", "ReportingVerbs", "Verb"]

VERB_CLASSES = (
    "neutral", "emphatic", "interpretive", "denial", "accusation",
    "directive", "warning", "commitment", "announcement", "evaluation", "noun",
)
_WORD_RE = re.compile(r"\w+")
_SAYING_PREFIXES = ("بال", "بقول")  # ب and a verbal noun of saying, read like a participle: بالقول، بقوله ("by saying")


@dataclass(frozen=True)
class Verb:
    id: str
    cls: str
    participle: bool
    present: bool = False
    strict: bool = False  # a past form that is also a common word (بين 'between'): its speaker must follow it
    clause_only: bool = False  # a past form read as a verb only at a clause start (جدد, also 'new')
    no_ala: bool = False  # a verb of saying that never takes على: علي right after it opens a name (قال علي X)


class VerbMatch:
    """A reporting verb found in text, shaped like a regex match (start, end, group)."""

    __slots__ = ("_start", "_end", "_clitic", "_verb")

    def __init__(self, start: int, end: int, clitic: str, verb: str) -> None:
        self._start, self._end, self._clitic, self._verb = start, end, clitic, verb

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, name: str = "verb") -> str:
        return self._clitic if name == "clitic" else self._verb


class ReportingVerbs:
    """Every written form of the lexicon's reporting verbs (``by_form``: form -> Verb)."""

    def __init__(self, lexicons: Lexicons) -> None:
        self.by_form: dict[str, Verb] = {}
        table = lexicons["verbs.tsv"]
        for i, row in enumerate(table):
            if row["class"] not in VERB_CLASSES:
                raise LexiconError(f"{table.where(i)}: class {row['class']!r} not in {list(VERB_CLASSES)}")
            if row.get("strict", "") not in ("", "yes", "start"):
                raise LexiconError(f"{table.where(i)}: strict {row['strict']!r} not in ['', 'yes', 'start']")
            if row.get("no_ala", "") not in ("", "yes"):
                raise LexiconError(f"{table.where(i)}: no_ala {row['no_ala']!r} not in ['', 'yes']")
            past_forms = _past_forms(normalize(row["past"]).strip()) if row["past"] != "-" else []
            for form, is_part in _verb_forms(row):
                is_present = form.startswith(("ي", "ت")) and not row["past"].startswith(("ت",)) and form != normalize(row["past"])
                strict = row.get("strict", "") == "yes" and form in past_forms
                clause_only = row.get("strict", "") == "start" and form in past_forms
                self.by_form.setdefault(form, Verb(row["id"], row["class"], is_part, is_present, strict, clause_only, row.get("no_ala", "") == "yes"))
        # dual and plural forms (قالوا، قالا، قالتا، يقولون، يقولان): their subject came before them;
        # feminine singular forms (قالت، تقول): a one-word subject after them may be an organisation
        self.plural = frozenset(f for f in self.by_form if f.endswith("وا")) | self._inflected(table, ("ا", "تا"), ("ون", "ان"))
        self.feminine = self._inflected(table, ("ت",), ())
        # verbal nouns in construct ("وتأكيد الوزير أن"): by_noun maps each to its verb's row
        self.by_noun: dict[str, Verb] = {}
        for row in table:
            noun = normalize(row.get("noun", "")).strip()
            if noun:
                self.by_noun.setdefault(noun, Verb(row["id"], row["class"], False))
        # a verb whose verbal noun is spelled like its past (توقع، رفض; the noun column left empty): that
        # spelling with a pronoun is the noun where no verb can stand ("نقلت X عن الوزير توقّعه ارتفاع ...")
        self.past_as_noun: frozenset[str] = frozenset(
            normalize(row["past"]).strip() for row in table if row["past"] != "-" and not normalize(row.get("noun", "")).strip())
        # every written form, with and without its clitics: a sentence none of whose words is in
        # this set holds no reporting verb (tested at C speed before the word loop)
        self.written = frozenset(self.by_form) | {c + v for v in self.by_form for c in ("و", "ف")}
        # ب and a verbal noun read like a participle ("بالقول", by saying): its clause's subject speaks
        self.by_saying = frozenset(f for f, v in self.by_form.items() if v.participle and f.startswith(_SAYING_PREFIXES))
        # forms that are verbs only at a clause start (دان، جدد), which may be names or words elsewhere
        self.clause_only_forms = frozenset(f for f, v in self.by_form.items() if v.clause_only)
        self._nouns_written = frozenset(self.by_noun) | {c + v for v in self.by_noun for c in ("و", "ف", "ب", "ل")}

    def _inflected(self, table, past_endings: tuple[str, ...], present_endings: tuple[str, ...]) -> frozenset[str]:
        """The forms of each verb row with these endings (past + ending; present and its ت form
        + ending; ``present_endings == ()`` gives the ت present alone), where they read as that verb."""
        out = set()
        for row in table:
            if row["class"] == "noun":
                continue
            past = normalize(row["past"]).strip() if row["past"] != "-" else ""
            present = normalize(row["present"]).strip() if row["present"] != "-" else ""
            forms = [past + e for e in past_endings] if past and not past.endswith(("ي", "ا")) else []
            if present and not present_endings:
                forms.append("ت" + present[1:])
            elif present and not present.endswith(("ي", "و")):
                forms += [present + e for e in present_endings] + ["ت" + present[1:] + e for e in present_endings if e == "ان"]
            out.update(f for f in forms if self.by_form.get(f) is not None and self.by_form[f].id == row["id"])
        return frozenset(out)

    def is_plural(self, form: str) -> bool:
        """A dual or plural verb or participle as written: وأكدا، قالوا، مشيرين، مؤكدين."""
        verb = self.by_form.get(form)
        return form in self.plural or (verb is not None and verb.participle and form.endswith("ين"))

    def base_form(self, word: str) -> str:
        """``word`` without its clitic و / ف when the word itself is no written form (وقالت -> قالت),
        split off as ``find`` does."""
        return word[1:] if word not in self.by_form and word[:1] in ("و", "ف") else word

    def lookup(self, word: str) -> Verb | None:
        """The verb a normalised word is a form of, with or without its clitic و / ف, or None."""
        return self.by_form.get(self.base_form(word))

    def find(self, norm: str, start: int, end: int) -> list[VerbMatch]:
        """Reporting-verb forms in norm[start:end], with the clitic و/ف split off (word look-up)."""
        return _find(norm, start, end, self.written, self.by_form)

    def find_both(self, norm: str, start: int, end: int) -> tuple[list[VerbMatch], list[VerbMatch]]:
        """The reporting verbs (as ``find``) and the verbal nouns (تأكيد، إعلان، ترحيب ..., with a
        clitic و ف ب ل split off; ``by_noun`` gives each one's verb) in norm[start:end], over one
        reading of its words."""
        words = _WORD_RE.findall(norm, start, end)
        return (_find(norm, start, end, self.written, self.by_form, words),
                _find(norm, start, end, self._nouns_written, self.by_noun, words))


def _find(norm: str, start: int, end: int, written: frozenset[str], forms: dict[str, Verb],
          words: list[str] | None = None) -> list[VerbMatch]:
    """The words of norm[start:end] that are in ``written``, with a one-letter clitic split off
    where the word itself is not in ``forms`` (word look-up)."""
    present = written.intersection(_WORD_RE.findall(norm, start, end) if words is None else words)
    if not present:
        return []
    hits = [(s, w) for w in present for s in word_starts(norm, w, start, end)]
    out = []
    for s, w in sorted(hits):
        if w in forms:
            out.append(VerbMatch(s, s + len(w), "", w))
        else:
            out.append(VerbMatch(s, s + len(w), w[0], w[1:]))
    return out


def _past_forms(past: str) -> list[str]:
    """The past form and its inflections (قال، قالت، قالوا، قالا، قالتا)."""
    if not past:
        return []
    if past.endswith(("ي", "ا")):
        return [past]
    return [past] + [past + s for s in ("ت", "وا", "ا", "تا")]


def _verb_forms(row: dict[str, str]) -> list[tuple[str, bool]]:
    """Normalised surface forms of one verb row, with whether each is a participle."""
    forms: list[tuple[str, bool]] = []
    past = normalize(row["past"]).strip() if row["past"] != "-" else ""
    present = normalize(row["present"]).strip() if row["present"] != "-" else ""
    participle = normalize(row["participle"]).strip() if row["participle"] != "-" else ""
    if row["class"] == "noun":
        forms.append((past, False))
    elif past or present or participle:
        forms += [(f, False) for f in _past_forms(past)]
        if present:
            forms += [(present, False), ("ت" + present[1:], False)]
            if not present.endswith(("ي", "و")):
                forms += [(present + "ون", False), (present + "ان", False), ("ت" + present[1:] + "ان", False)]
        if participle:
            forms += [(participle + s, True) for s in ("ا", "ه", "ين")]
    for extra in row.get("extra", "").split():
        e = normalize(extra).strip()
        # (a participle: مضيفا; or ب and a verbal noun, "by saying", read like one: "ورد X على Y بالقول «...»")
        forms.append((e, (e.endswith(("ا", "ه")) and e.startswith(("م", "ن", "د", "ق", "ل")) and len(e) > 4 and e not in (past,))
                      or e.startswith(_SAYING_PREFIXES)))
    return forms
