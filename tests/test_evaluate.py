import pandas as pd
import pytest
from conftest import RAW, ROOT

from framing.errors import FramingError
from framing.evaluate import Score, evaluate, evaluate_corpora, read_gold


def test_score_arithmetic():
    s = Score(tp=8, fp=2, fn=4)
    assert (s.precision, round(s.recall, 4), round(s.f1, 4)) == (0.8, 0.6667, 0.7273)


def test_evaluate_counts_hits_misses_and_spurious():
    gold = pd.DataFrame([
        {"corpus": "c", "article_id": "a", "layer": "article", "agency": "", "kind": "", "speaker": "", "quote_type": ""},
        {"corpus": "c", "article_id": "a", "layer": "attribution", "agency": "reuters", "kind": "text", "speaker": "", "quote_type": ""},
        {"corpus": "c", "article_id": "a", "layer": "speaker", "agency": "", "kind": "", "speaker": "بن والاس", "quote_type": "direct"},
    ])
    attrs = pd.DataFrame({"article_id": ["a", "a"], "agency": ["reuters", "tass"], "kind": ["text", "credit"]})
    stmts = pd.DataFrame({"article_id": ["a"], "speaker_type": ["person"], "speaker_id": ["والاس"], "quote_type": ["indirect"]})
    overall = evaluate(gold, attrs, stmts).overall().set_index("layer")
    assert tuple(overall.loc["attribution", ["tp", "fp", "fn"]]) == (1, 1, 0)
    assert tuple(overall.loc["speaker", ["tp", "fp", "fn"]]) == (1, 0, 0)
    assert tuple(overall.loc["speaker+quote", ["tp", "fp", "fn"]]) == (0, 1, 1)


def test_a_speaker_named_exactly_is_matched_before_a_relative_sharing_the_surname():
    rows = [{"corpus": "c", "article_id": "a", "layer": "article", "agency": "", "kind": "", "speaker": "", "quote_type": ""}]
    rows += [{"corpus": "c", "article_id": "a", "layer": "speaker", "agency": "", "kind": "", "speaker": name, "quote_type": "indirect"}
             for name in ("ماريانو جينكيس", "هوغو جينكيس")]
    stmts = pd.DataFrame({"article_id": ["a"], "speaker_type": ["person"], "speaker_id": ["هوغو جينكيس"], "quote_type": ["indirect"]})
    report = evaluate(pd.DataFrame(rows), pd.DataFrame(columns=["article_id", "agency", "kind"]), stmts)
    assert tuple(report.overall().set_index("layer").loc["speaker", ["tp", "fp", "fn"]]) == (1, 0, 1)
    assert list(report.errors["item"]) == ["ماريانو جينكيس", "('ماريانو جينكيس', 'indirect')"]


def test_seed_gold_regression():
    """The seeds are development data: the extractor must keep scoring perfectly on them."""
    report = evaluate_corpora(ROOT / "data" / "gold" / "annotations", [("seeds", RAW, None)])
    overall = report.overall().set_index(["corpus", "layer"])
    assert overall.loc[("seeds", "attribution"), "f1"] == 1.0
    assert overall.loc[("seeds", "speaker"), "f1"] == 1.0
    assert overall.loc[("seeds", "speaker+quote"), "f1"] >= 0.95


def test_gold_file_is_well_formed():
    gold = read_gold(ROOT / "data" / "gold" / "annotations")
    annotated = set(gold[gold["layer"] == "article"]["article_id"])
    assert set(gold["article_id"]) == annotated
    assert (gold[gold["corpus"] == "saudinewsnet"]["layer"] == "article").sum() >= 15
    with pytest.raises(Exception):
        read_gold(ROOT / "missing.tsv")


def test_a_gold_folder_reads_its_files_in_name_order(tmp_path):
    head = "corpus\tarticle_id\tlayer\tagency\tkind\tspeaker\tquote_type\n"
    (tmp_path / "b.tsv").write_text(head + "c\t2\tarticle\t\t\t\t\n", encoding="utf-8")
    (tmp_path / "a.tsv").write_text("# a comment\n" + head + "c\t1\tarticle\t\t\t\t\n", encoding="utf-8")
    assert list(read_gold(tmp_path)["article_id"]) == ["1", "2"]
    with pytest.raises(FramingError, match="not found"):
        read_gold(tmp_path / "empty")  # (no such file or folder yet)
    (tmp_path / "empty").mkdir()
    with pytest.raises(FramingError, match="no gold .tsv file"):
        read_gold(tmp_path / "empty")


def test_a_note_opening_with_a_quotation_mark_swallows_no_row(tmp_path):
    """Gold is plain TSV: a '"' in a note is text, not CSV quoting that runs on over the next rows."""
    head = "corpus\tarticle_id\tlayer\tagency\tkind\tspeaker\tquote_type\tnote\n"
    rows = ['c\t1\tspeaker\t\t\tأم سعد\tdirect\t"تزوجته حين كنت ...\n', "c\t2\tarticle\t\t\t\t\tno statements\n"]
    (tmp_path / "g.tsv").write_text(head + "".join(rows), encoding="utf-8")
    gold = read_gold(tmp_path / "g.tsv")
    assert list(gold["article_id"]) == ["1", "2"]
    assert gold["note"].iloc[0] == '"تزوجته حين كنت ...'
