from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from framing import Analyzer, Lexicons

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
SHARED = ROOT.parent / "shared"
SNN = SHARED / "corpora" / "saudinewsnet"


@pytest.fixture(scope="session")
def lexicons() -> Lexicons:
    return Lexicons.load()


@pytest.fixture(scope="session")
def analyzer(lexicons) -> Analyzer:
    return Analyzer(lexicons)


@pytest.fixture(scope="session")
def snn_sample() -> list[str]:
    """Texts of real SaudiNewsNet articles (two days, every 5th record), or skip if absent."""
    zips = sorted(SNN.glob("*.zip"))
    if not zips:
        pytest.skip("SaudiNewsNet is not available beside the repository (../shared/corpora/saudinewsnet)")
    texts = []
    for path in zips[:2]:
        with zipfile.ZipFile(path) as z:
            name = next(n for n in z.namelist() if n.endswith(".json"))
            records = json.loads(z.read(name))
        texts += [r["content"] for r in records[::5] if r.get("content")]
    return texts


def make_article(text: str, article_id: str = "t", **meta):
    from framing import Article

    return Article(id=article_id, text=text, **meta)
