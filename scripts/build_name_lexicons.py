"""Build ``common_nouns.tsv`` and ``given_names.tsv`` (src/framing/lexicons) from a corpus.

common_nouns.tsv: words that are common nouns, not names.

A bare word right after a reporting verb ("وقال جنرال في الجيش"، "وقال مصور لرويترز") looks
like a person's name to the speaker rules. This script counts, over a corpus, how often each
word is written bare and with the article (جنرال / الجنرال), and how often it follows a title
that introduces a name (الدكتور، الأمير، الشيخ ...) or precedes بن / بنت. A word that takes
the article at least half as often as it appears bare, at least 5 times, and almost never
stands in a name position is kept; so is a word seen at least 30 times, nine times in ten
right before a word with the article (the head of a construct: خفر السواحل، خادم الحرمين) and
never in a name position. Names with a common-noun twin (فيصل / الفيصل، تركي / التركي) are not
kept because they stand in name positions.

given_names.tsv: words that open names. A word seen at least 3 times before بن / بنت, or 5
times after a personal title (الدكتور، الأمير، الشيخ ...; not الفريق, which is also "the
team"), in at least 2% of its uses, and not a common noun, is a given name (not a word in و that
is also written without it, at least a fifth as often: ومحمد، ونوه). The speaker rules
use it to start a name after an unknown place ("حاكم مقاطعة شينكاي محمد قاسم خان").

    uv run python scripts/build_name_lexicons.py ../shared/corpora/saudinewsnet \
        --exclude 2015-07-26 2015-07-27 2015-07-31 2015-08-01 2015-08-02 2015-08-03 2015-08-04 2015-08-06 2015-08-07 2015-08-08 2015-08-09 2015-08-10 2015-08-11

The days holding gold articles are excluded, so the list owes nothing to the evaluation sets.
"""

from __future__ import annotations

import argparse
import collections
import re
from pathlib import Path

from framing.corpus import read_corpus
from framing.normalize import normalize

LEXICONS = Path(__file__).resolve().parents[1] / "src" / "framing" / "lexicons"
ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")
NAME_TITLES = {"الامير", "الشيخ", "الدكتور", "الدكتوره", "المهندس", "الاستاذ", "اللواء", "العميد", "العقيد", "الفريق", "السيد", "السيده"}
DEFINITE = ("ال", "وال", "بال", "فال", "كال", "لل")
MIN_DEFINITE = 5  # occurrences with the article
MIN_RATIO = 0.5  # with the article / bare
MAX_NAME_SHARE = 0.005  # name positions / all occurrences
MIN_CONSTRUCT = 30  # occurrences of a construct head
CONSTRUCT_SHARE = 0.9  # share of them right before a word with the article
PERSONAL_TITLES = NAME_TITLES - {"الفريق"}
MIN_BEFORE_BIN, MIN_AFTER_TITLE, MIN_NAME_SHARE = 3, 5, 0.02
CONJUNCTION_SHARE = 0.2  # a word in و is the conjunction and a word if the word without و is this common


def count(paths: list[Path]) -> dict[str, collections.Counter]:
    """The counts of every article of the corpora at ``paths`` (see ``count_tokens``)."""
    return count_tokens(
        ARABIC_WORD.findall(normalize(article.text))
        for path in paths
        for article in read_corpus(path, preset="saudinewsnet", on_error=lambda e: None)
    )


def count_tokens(articles) -> dict[str, collections.Counter]:
    """Word counts and name-position counts over articles given as lists of normalised words."""
    words, in_name, before_definite = collections.Counter(), collections.Counter(), collections.Counter()
    before_bin, after_title = collections.Counter(), collections.Counter()
    for tokens in articles:
        words.update(tokens)
        for a, b in zip(tokens, tokens[1:]):
            if b in ("بن", "بنت"):
                in_name[a] += 1
                before_bin[a] += 1
            if a in NAME_TITLES:
                in_name[b] += 1
            if a in PERSONAL_TITLES:
                after_title[b] += 1
            if b.startswith("ال"):
                before_definite[a] += 1
    return {"words": words, "in_name": in_name, "before_definite": before_definite,
            "before_bin": before_bin, "after_title": after_title}


def select_common(words: collections.Counter, in_name: collections.Counter, before_definite: collections.Counter,
                  **_) -> list[tuple[str, int, int, int]]:
    rows = []
    for word, bare in words.items():
        if len(word) < 3 or word.startswith(("ال", "لل")):
            continue
        definite = sum(words[p + word] for p in DEFINITE)
        total = bare + definite
        construct = bare >= MIN_CONSTRUCT and before_definite[word] >= CONSTRUCT_SHARE * bare and not in_name[word]
        if construct or (definite >= MIN_DEFINITE and definite >= MIN_RATIO * bare and in_name[word] <= MAX_NAME_SHARE * total):
            rows.append((word, bare, definite, in_name[word]))
    return sorted(rows)


def select_given(words: collections.Counter, before_bin: collections.Counter, after_title: collections.Counter,
                 common: set[str], **_) -> list[tuple[str, int, int, int]]:
    rows = []
    for word, uses in words.items():
        if len(word) < 2 or word.startswith("ال") or word in common or word.endswith("ا"):
            continue  # (ending in ا: an adverb after a title, "الفريق فنيا")
        if word.startswith("و") and words[word[1:]] >= CONJUNCTION_SHARE * uses:
            continue  # و, the conjunction, before a word also written without it: "ومحمد بن"، "ونوه بن X" (not وليد: ليد is rare)
        named = before_bin[word] + after_title[word]
        if (before_bin[word] >= MIN_BEFORE_BIN or after_title[word] >= MIN_AFTER_TITLE) and named >= MIN_NAME_SHARE * uses:
            rows.append((word, uses, before_bin[word], after_title[word]))
    return sorted(rows)


def write(path: Path, header: list[str], rows: list[tuple]) -> None:
    body = ["\t".join(str(x) for x in row) for row in rows]
    path.write_text("\n".join(header + body) + "\n", encoding="utf-8")
    print(f"{path}: {len(rows)} words")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="a SaudiNewsNet folder of day zips")
    parser.add_argument("--exclude", nargs="*", default=[], help="zip stems to leave out (the gold days)")
    parser.add_argument("--out", type=Path, default=LEXICONS, help="folder to write the two files to")
    args = parser.parse_args()
    paths = sorted(p for p in args.corpus.glob("*.zip") if p.stem not in set(args.exclude))
    counts = count(paths)
    common = select_common(**counts)
    source = f"# built by scripts/build_name_lexicons.py from {len(paths)} SaudiNewsNet days: {', '.join(p.stem for p in paths)}"
    header = [
        "# lexicon: common nouns (never the first word of a bare name)",
        "# version: 1",
        source,
        f"# kept: >= {MIN_DEFINITE} uses with the article, at least {MIN_RATIO} of the bare uses, and at most",
        f"#   {MAX_NAME_SHARE} of all uses after a name title (الدكتور، الأمير ...) or before بن / بنت;",
        f"#   or >= {MIN_CONSTRUCT} uses, {CONSTRUCT_SHARE} of them before a word with the article, none in a name position.",
        "# bare / definite / in_name = the counts. Delete a row to let a word open a name again.",
        "word\tbare\tdefinite\tin_name",
    ]
    write(args.out / "common_nouns.tsv", header, common)
    given = select_given(**counts, common={row[0] for row in common})
    write(args.out / "given_names.tsv", [
        "# lexicon: given names (words that open a person's name)",
        "# version: 1",
        source,
        f"# kept: >= {MIN_BEFORE_BIN} uses before بن / بنت or >= {MIN_AFTER_TITLE} after a personal title",
        f"#   ({', '.join(sorted(PERSONAL_TITLES))}), in >= {MIN_NAME_SHARE} of all uses; not a common noun;",
        f"#   not a word in و written without it in >= {CONJUNCTION_SHARE} as many uses (ومحمد، ونوه).",
        "# uses / before_bin / after_title = the counts. Add a row for a name the corpus lacks.",
        "word\tuses\tbefore_bin\tafter_title",
    ], given)


if __name__ == "__main__":
    main()
