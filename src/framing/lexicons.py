"""framing.lexicons: strict loading of the TSV lexicons and gazetteers (package data or your own).

A lexicon file is UTF-8 TSV: ``#`` comment lines (name, version, column notes), one header
row, then one row per entry. Parsing is strict: a malformed row raises :class:`LexiconError`
naming the file and line. To use your own lexicons, copy ``src/framing/lexicons/`` to a folder,
edit it, and pass the folder (``Lexicons.load(folder)`` or ``framing extract --lexicons``);
files missing from your folder fall back to the bundled ones.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .errors import LexiconError
from .normalize import normalize

__all__ = ["LexiconTable", "Lexicons", "read_tsv", "LEXICON_FILES"]

# file name -> columns that must be present and non-empty
LEXICON_FILES: dict[str, tuple[str, ...]] = {
    "agencies.tsv": ("id", "term", "type", "needs_cue"),
    "verbs.tsv": ("id", "class", "past", "present", "participle"),
    "people.tsv": ("id", "name", "camp"),
    "institutions.tsv": ("id", "term", "camp"),
    "speaker_cues.tsv": ("term", "role"),
    "common_nouns.tsv": ("word",),
    "given_names.tsv": ("word",),
    "camps.tsv": ("term", "camp"),
    "stance.tsv": ("id", "term", "category", "frame"),
    "chrome.tsv": ("pattern", "reason"),
}


@dataclass(frozen=True, slots=True)
class LexiconTable:
    """Rows of one lexicon file, as dicts keyed by the header, with the source line numbers."""

    name: str
    source: str
    columns: tuple[str, ...]
    rows: tuple[dict[str, str], ...]
    lines: tuple[int, ...]
    sha256: str

    def __iter__(self):
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def where(self, i: int) -> str:
        """'file:line' of row ``i``, for error messages."""
        return f"{self.source}:{self.lines[i]}"


def read_tsv(text: str, *, source: str, required: Sequence[str] = ()) -> LexiconTable:
    """Parse lexicon TSV text strictly. Raises LexiconError naming ``source`` and the line."""
    header: tuple[str, ...] | None = None
    rows: list[dict[str, str]] = []
    lines: list[int] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [unicodedata.normalize("NFC", c.strip()) for c in line.split("\t")]
        if header is None:
            header = tuple(cells)
            missing = [c for c in required if c not in header]
            if missing:
                raise LexiconError(f"{source}:{lineno}: header lacks column(s) {missing}; has {list(header)}")
            if len(set(header)) != len(header):
                raise LexiconError(f"{source}:{lineno}: duplicate column names in header {list(header)}")
            continue
        if len(cells) > len(header):
            raise LexiconError(
                f"{source}:{lineno}: {len(cells)} cells but the header has {len(header)} columns"
            )
        cells += [""] * (len(header) - len(cells))
        row = dict(zip(header, cells))
        empty = [c for c in required if not row[c]]
        if empty:
            raise LexiconError(f"{source}:{lineno}: empty required cell(s) {empty}")
        rows.append(row)
        lines.append(lineno)
    if header is None:
        raise LexiconError(f"{source}: no header row (the file is empty or all comments)")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    name = Path(source).name
    return LexiconTable(name, source, header, tuple(rows), tuple(lines), digest)


def _read_file(path: Path | resources.abc.Traversable, source: str, required: Sequence[str]):
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LexiconError(f"{source}: cannot read ({exc})") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise LexiconError(f"{source}:{line}: not valid UTF-8") from exc
    return read_tsv(text, source=source, required=required)


@dataclass(frozen=True)
class Lexicons:
    """All lexicons the analysis uses, keyed by file name (see ``LEXICON_FILES``)."""

    tables: dict[str, LexiconTable] = field(default_factory=dict)

    @classmethod
    def load(cls, folder: str | Path | None = None) -> Lexicons:
        """Bundled lexicons, with any file of the same name in ``folder`` taking precedence."""
        tables = {}
        bundled = resources.files("framing") / "lexicons"
        for name, required in LEXICON_FILES.items():
            user = Path(folder) / name if folder is not None else None
            if folder is not None and not Path(folder).is_dir():
                raise LexiconError(f"{folder}: lexicon folder not found")
            if user is not None and user.is_file():
                tables[name] = _read_file(user, str(user), required)
            else:
                tables[name] = _read_file(bundled / name, f"framing/lexicons/{name}", required)
        return cls(tables)

    def __getitem__(self, name: str) -> LexiconTable:
        return self.tables[name]

    def given_names(self) -> frozenset[str]:
        """The listed given names, normalised: given_names.tsv (counted from a corpus) and the
        given_name rows of speaker_cues.tsv (added by hand: نادية، مساعد)."""
        words = {normalize(r["word"]).strip() for r in self["given_names.tsv"]}
        return frozenset(words | {normalize(r["term"]).strip() for r in self["speaker_cues.tsv"] if r["role"] == "given_name"})

    def versions(self) -> dict[str, str]:
        """File name -> first 12 hex digits of its SHA-256, to cite the lexicons used."""
        return {name: t.sha256[:12] for name, t in sorted(self.tables.items())}
