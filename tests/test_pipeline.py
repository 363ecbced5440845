import filecmp

import pytest
from conftest import RAW

from framing import CorpusError, extract_corpus
from framing.cli import main


def test_extract_writes_sorted_tables_identical_with_two_jobs(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    extract_corpus(RAW, one, jobs=1)
    extract_corpus(RAW, two, jobs=2)
    names = sorted(p.name for p in one.iterdir())
    assert names == ["articles.csv", "attributions.csv", "keyness.csv", "parts.csv", "reuse.csv",
                     "scare_quotes.csv", "stance_hits.csv", "statements.csv"]
    for name in names:
        assert filecmp.cmp(one / name, two / name, shallow=False), name
    header = (one / "attributions.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("article_id,agency,kind,surface,start,end")
    header = (one / "statements.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("article_id,speaker,speaker_id,speaker_type,camp,verb,verb_class,quote_type,content,via_agency,start,end")


def test_offsets_of_every_item_point_into_raw_text(analyzer):
    from framing import read_corpus

    for article in read_corpus(RAW):
        res = analyzer.analyse(article)
        for item in res.attributions + res.stance_hits:
            assert article.text[item.start : item.end] == item.surface
        for st in res.statements:
            assert st.content in article.text[st.start : st.end]
        covered = sum(p.end - p.start for p in res.parts)
        assert covered == sum(len(line.strip()) for line in article.text.split("\n"))


def test_bad_record_stops_the_run_and_writes_nothing(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("قال الوزير إن الاجتماع انتهى.", encoding="utf-8")
    (corpus / "b.txt").write_bytes(b"\x00\x01")
    with pytest.raises(CorpusError, match="binary"):
        extract_corpus(corpus, tmp_path / "out")
    assert not any((tmp_path / "out").glob("*.csv"))
    counts = extract_corpus(corpus, tmp_path / "out2", skip_bad=True)
    assert counts == {"articles": 1, "skipped": 1}
    assert "b.txt" in (tmp_path / "out2" / "skipped.csv").read_text(encoding="utf-8")


def test_cli_reports_errors_without_traceback(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "missing"), "--out", str(tmp_path / "o")]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    assert main(["extract", str(RAW), "--out", str(tmp_path / "o")]) == 0
    assert "5 articles" in capsys.readouterr().out


def test_cli_evaluate_from_extracted_tables(tmp_path, capsys):
    from conftest import ROOT

    assert main(["extract", str(RAW), "--out", str(tmp_path / "o")]) == 0
    assert main(["evaluate", str(ROOT / "data" / "gold" / "annotations"), "--pred", str(tmp_path / "o")]) == 0
    out = capsys.readouterr().out
    assert "seeds" in out and "attribution" in out
