"""The rules that build common_nouns.tsv and given_names.tsv from a corpus."""

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "build_name_lexicons.py"
spec = importlib.util.spec_from_file_location("build_name_lexicons", SCRIPT)
build = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build)


def counts(texts):
    return build.count_tokens(text.split() for text in texts)


def test_a_word_mostly_written_with_the_article_is_a_common_noun_and_a_name_is_not():
    text = ["قال جنرال في الجيش"] * 3 + ["قال الجنرال ان"] * 6 + ["الامير فيصل بن سلمان"] * 6 + ["الفيصل"] * 9
    common = {row[0] for row in build.select_common(**counts(text))}
    assert "جنرال" in common  # bare 3, with the article 6, never in a name position
    assert "فيصل" not in common  # with the article too, but a name: after الأمير and before بن


def test_a_construct_head_is_a_common_noun():
    common = {row[0] for row in build.select_common(**counts(["وقال خفر السواحل"] * 30))}
    assert "خفر" in common


def test_given_names_stand_before_bin_or_after_personal_titles():
    c = counts(["قال الدكتور عادل الجبير"] * 5 + ["محمد بن سلمان"] * 3 + ["الفريق فنيا جاهز"] * 9)
    given = {row[0] for row in build.select_given(**c, common=set())}
    assert {"عادل", "محمد"} <= given
    assert "فنيا" not in given  # after الفريق (also "the team") and an adverb in ا


def test_the_conjunction_before_a_name_or_verb_is_no_given_name():
    c = counts(["ومحمد بن سلمان"] * 4 + ["محمد بن نايف"] * 4 + ["واعتبر بن كيران"] * 3 + ["اعتبر الوزير"] * 9 + ["وليد بن طلال"] * 3)
    given = {row[0] for row in build.select_given(**c, common=set())}
    assert {"محمد", "وليد"} <= given
    assert not {"ومحمد", "واعتبر"} & given
