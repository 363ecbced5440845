"""framing.corpus: reading a corpus of Arabic articles, from any of the usual shapes.

A corpus is one of:

* a folder of ``.txt`` files (the file stem is the article id), with an optional metadata CSV
  (``metadata=`` or a ``metadata.csv`` inside the folder) whose ``file`` column names the file;
* a ``.csv``, ``.json`` (an array of objects), ``.jsonl`` file with a text column and optional
  id, outlet, date, title, byline and url columns (``columns=`` maps them if they differ);
* a ``.zip`` holding such files (SaudiNewsNet ships one JSON array per day), or a folder of zips.

Articles are yielded one at a time, so memory does not grow with the corpus. Bad input raises
:class:`~framing.errors.CorpusError` naming the file and record; with ``on_error`` a caller can
collect the problems and go on instead.
"""

from __future__ import annotations

import csv
import io
import json
import os
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path

from .errors import CorpusError
from .types import Article

__all__ = ["read_corpus", "decode_bytes", "FIELDS", "PRESETS", "MAX_ARTICLE_BYTES"]

# Article fields a corpus may provide; "text" is required.
FIELDS = ("id", "text", "outlet", "date", "title", "byline", "url")
# Column names of known public corpora, so users need not map them by hand.
PRESETS: dict[str, dict[str, str]] = {
    "saudinewsnet": {
        "text": "content",
        "outlet": "source",
        "date": "date_extracted",
        "title": "title",
        "byline": "author",
        "url": "url",
    },
}
# Columns of a folder's metadata CSV that are understood (besides FIELDS): the derived
# provenance columns that ``framing corpus`` writes, so its output can be read back.
METADATA_EXTRA = ("file", "outlet_evidence", "date_evidence", "page_date", "sha256", "words")
MAX_ARTICLE_BYTES = 50 * 1024 * 1024

ErrorHandler = Callable[[CorpusError], None]


def _raise(error: CorpusError) -> None:
    raise error


def decode_bytes(data: bytes, where: str) -> str:
    """Decode an article's bytes: UTF-8 (with or without BOM), else Windows-1256 when certain.

    Raises CorpusError for binary data (NUL bytes), or text that is neither.
    """
    if b"\x00" in data:
        raise CorpusError(f"{where}: binary data (NUL bytes), not a text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = ""
    letters = [c for c in text if c.isalpha()]
    arabic = sum("\u0600" <= c <= "\u06ff" for c in letters)
    if letters and arabic / len(letters) >= 0.8 and not any("\x80" <= c <= "\x9f" for c in text):
        return text
    line = data[: utf8_error.start].count(b"\n") + 1
    raise CorpusError(
        f"{where}: line {line}: not UTF-8 (byte 0x{data[utf8_error.start]:02x} at offset "
        f"{utf8_error.start}) and not recognisably Windows-1256 Arabic; re-encode the file as UTF-8"
    )


def _check_text(text: str, where: str) -> str:
    if not text.strip():
        raise CorpusError(f"{where}: empty article (no text)")
    return text


def _resolve_columns(columns: Mapping[str, str] | None, preset: str | None) -> dict[str, str]:
    mapping = {f: f for f in FIELDS}
    if preset is not None:
        if preset not in PRESETS:
            raise CorpusError(f"unknown preset {preset!r}; known: {sorted(PRESETS)}")
        mapping.update(PRESETS[preset])
    for key, value in (columns or {}).items():
        if key not in FIELDS:
            raise CorpusError(f"unknown article field {key!r} in columns; valid: {list(FIELDS)}")
        mapping[key] = value
    return mapping


def read_corpus(
    path: str | Path,
    *,
    columns: Mapping[str, str] | None = None,
    preset: str | None = None,
    metadata: str | Path | None = None,
    on_error: ErrorHandler | None = None,
) -> Iterator[Article]:
    """Yield the articles of a corpus (folder, .txt, .csv, .json, .jsonl or .zip), in a stable order.

    ``columns`` maps article fields (id, text, outlet, date, title, byline, url) to the names
    the corpus uses; ``preset`` names a known corpus's mapping ("saudinewsnet"). ``on_error``
    receives each CorpusError instead of raising it (the bad record is skipped).
    Ids must be unique: a duplicate is an error.
    """
    path = Path(path)
    handler = on_error or _raise
    mapping = _resolve_columns(columns, preset)
    if not path.exists():
        raise CorpusError(f"{path}: no such file or folder")
    seen: set[str] = set()
    base = str(path if path.is_dir() else path.parent) + os.sep
    for article in _read_any(path, mapping, metadata, handler):
        if article.source.startswith(base):  # record provenance relative to the corpus
            article = replace(article, source=article.source[len(base) :])
        if article.id in seen:
            handler(CorpusError(f"{article.source}: duplicate article id {article.id!r}"))
            continue
        seen.add(article.id)
        yield article


def _read_any(path: Path, mapping, metadata, handler) -> Iterator[Article]:
    if path.is_dir():
        yield from _read_folder(path, mapping, metadata, handler)
        return
    suffix = path.suffix.lower()
    if suffix == ".txt":
        try:
            yield _read_txt(path.read_bytes(), path.stem, str(path))
        except CorpusError as exc:
            handler(exc)
    elif suffix == ".zip":
        yield from _read_zip(path, mapping, handler)
    elif suffix in (".csv", ".json", ".jsonl"):
        yield from _read_table(path.read_bytes(), suffix, path.stem, str(path), mapping, handler)
    else:
        raise CorpusError(f"{path}: unsupported corpus file type {suffix!r} (use a folder, .txt, .csv, .json, .jsonl or .zip)")


def _read_txt(data: bytes, article_id: str, where: str, **meta: str) -> Article:
    if len(data) > MAX_ARTICLE_BYTES:
        raise CorpusError(f"{where}: {len(data)} bytes is over the {MAX_ARTICLE_BYTES}-byte limit for one article")
    text = _check_text(decode_bytes(data, where), where)
    return Article(id=article_id, text=text, source=where, **meta)


def _read_folder(folder: Path, mapping, metadata, handler) -> Iterator[Article]:
    meta_path = Path(metadata) if metadata is not None else folder / "metadata.csv"
    meta = _read_metadata(meta_path) if (metadata is not None or meta_path.is_file()) else {}
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() == ".txt")
    names = {p.name for p in files}
    for name, row in sorted(meta.items()):
        if name not in names:
            handler(CorpusError(f"{meta_path}: line {row['_line']}: metadata row names file {name!r}, which is not in {folder}"))
    others = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in (".zip", ".csv", ".json", ".jsonl") and p != meta_path)
    for p in files:
        row = meta.get(p.name, {})
        fields = {k: row.get(k, "") for k in ("outlet", "date", "title", "byline", "url")}
        try:
            yield _read_txt(p.read_bytes(), row.get("id") or p.stem, str(p), **fields)
        except CorpusError as exc:
            handler(exc)
    for p in others:
        yield from _read_any(p, mapping, None, handler)


def _read_metadata(path: Path) -> dict[str, dict[str, str]]:
    if not path.is_file():
        raise CorpusError(f"{path}: metadata file not found")
    text = decode_bytes(path.read_bytes(), str(path))
    reader = csv.DictReader(io.StringIO(text))
    header = reader.fieldnames or []
    if "file" not in header:
        raise CorpusError(f"{path}: metadata needs a 'file' column; has {header}")
    unknown = [c for c in header if c not in FIELDS and c not in METADATA_EXTRA]
    if unknown:
        raise CorpusError(f"{path}: unknown metadata column(s) {unknown}; known: {list(FIELDS[:1] + FIELDS[2:] + METADATA_EXTRA)}")
    rows: dict[str, dict[str, str]] = {}
    for line, row in enumerate(reader, start=2):
        name = (row.get("file") or "").strip()
        if not name:
            raise CorpusError(f"{path}: line {line}: metadata row without a file name")
        if name in rows:
            raise CorpusError(f"{path}: line {line}: file {name!r} listed twice")
        rows[name] = {k: (v or "").strip() for k, v in row.items() if k} | {"_line": str(line)}
    return rows


def _read_zip(path: Path, mapping, handler) -> Iterator[Article]:
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise CorpusError(f"{path}: not a valid zip file ({exc})") from exc
    with archive:
        for info in sorted(archive.infolist(), key=lambda i: i.filename):
            if info.is_dir():
                continue
            suffix = Path(info.filename).suffix.lower()
            where = f"{path}:{info.filename}"
            if suffix == ".txt":
                try:
                    yield _read_txt(archive.read(info), Path(info.filename).stem, where)
                except CorpusError as exc:
                    handler(exc)
            elif suffix in (".csv", ".json", ".jsonl"):
                yield from _read_table(archive.read(info), suffix, Path(info.filename).stem, where, mapping, handler)


def _records(data: bytes, suffix: str, where: str) -> Iterable[tuple[int, dict]]:
    text = decode_bytes(data, where)
    if suffix == ".csv":
        reader = csv.DictReader(io.StringIO(text, newline=""))
        return ((n, row) for n, row in enumerate(reader, start=2))
    if suffix == ".jsonl":
        return _jsonl_records(text, where)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{where}: invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from exc
    if isinstance(value, dict):
        value = next((v for v in value.values() if isinstance(v, list)), [value])
    if not isinstance(value, list):
        raise CorpusError(f"{where}: JSON must be an array of article objects")
    return enumerate(value)


def _jsonl_records(text: str, where: str) -> Iterator[tuple[int, dict]]:
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield line_no, json.loads(line)
        except json.JSONDecodeError as exc:
            raise CorpusError(f"{where}: line {line_no}: invalid JSON ({exc.msg})") from exc


def _read_table(data: bytes, suffix: str, stem: str, where: str, mapping, handler) -> Iterator[Article]:
    record_word = "line" if suffix in (".csv", ".jsonl") else "record"
    checked = False
    for number, record in _records(data, suffix, where):
        rec_where = f"{where}: {record_word} {number}"
        if not isinstance(record, dict):
            handler(CorpusError(f"{rec_where}: not an object"))
            continue
        if not checked:
            _check_columns(record.keys(), mapping, where)
            checked = True
        try:
            yield _article_from_record(record, mapping, f"{stem}-{number:05d}", rec_where)
        except CorpusError as exc:
            handler(exc)


def _check_columns(keys: Iterable[str], mapping: Mapping[str, str], where: str) -> None:
    keys = list(keys)
    if mapping["text"] not in keys:
        raise CorpusError(
            f"{where}: no text column {mapping['text']!r}; columns are {keys}. Name it with "
            f"columns={{'text': ...}} (CLI: --column text=NAME) or a preset"
        )
    explicit = {k: v for k, v in mapping.items() if v != k}
    missing = [f"{k}={v}" for k, v in explicit.items() if v not in keys]
    if missing:
        raise CorpusError(f"{where}: mapped column(s) not found: {missing}; columns are {keys}")


def _article_from_record(record: dict, mapping: Mapping[str, str], default_id: str, where: str) -> Article:
    def get(field: str) -> str:
        value = record.get(mapping[field])
        return "" if value is None else str(value)

    has_id_column = mapping["id"] in record
    article_id = get("id").strip() if has_id_column else default_id
    if not article_id:
        raise CorpusError(f"{where}: missing article id (empty {mapping['id']!r})")
    text = get("text")
    if "\x00" in text:
        raise CorpusError(f"{where}: binary data (NUL characters) in the text")
    if len(text) > MAX_ARTICLE_BYTES:
        raise CorpusError(f"{where}: text over the {MAX_ARTICLE_BYTES}-character limit for one article")
    _check_text(text, where)
    return Article(
        id=article_id,
        text=text,
        outlet=get("outlet").strip(),
        date=get("date").strip(),
        title=get("title").strip(),
        byline=get("byline").strip(),
        url=get("url").strip(),
        source=where,
    )
