"""framing.errors: the documented errors. Everything framing raises on bad input is one of these."""

from __future__ import annotations

__all__ = ["FramingError", "CorpusError", "LexiconError"]


class FramingError(ValueError):
    """Base class: bad input that framing recognised and explained."""


class CorpusError(FramingError):
    """A corpus file or record cannot be read; the message names the file and record."""


class LexiconError(FramingError):
    """A lexicon file is malformed; the message names the file and line."""
