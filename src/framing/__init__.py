"""framing: computational media-framing analysis of Arabic news.

Wire-agency attribution, quoted speakers, stance terms, keyness and wire-copy reuse, from a
corpus of Arabic articles to per-outlet tables and figures. Start with :func:`analyse` (small
corpora, in memory) or :func:`extract_corpus` (any size, streamed to CSV).
"""

from .corpus import read_corpus
from .errors import CorpusError, FramingError, LexiconError
from .lexicons import Lexicons
from .normalize import normalize, normalize_with_offsets
from .pipeline import Analyzer, Results, analyse, extract_corpus
from .text import split_sentences, tokenize
from .types import Article, Attribution, Part, StanceHit, Statement

__version__ = "0.1.0"

__all__ = [
    "Analyzer", "Article", "Attribution", "CorpusError", "FramingError", "LexiconError", "Lexicons",
    "Part", "Results", "StanceHit", "Statement", "analyse", "extract_corpus", "normalize",
    "normalize_with_offsets", "read_corpus", "split_sentences", "tokenize", "__version__",
]
