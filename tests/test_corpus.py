import hashlib
import json
import re
import zipfile

import pytest
from conftest import RAW, ROOT, SNN

from framing import CorpusError, read_corpus


def test_raw_matches_checksums_in_data_readme():
    table = dict(re.findall(r"`(\d{3}_[0-9a-f]+\.txt)` \| `([0-9a-f]{64})`", (ROOT / "data" / "README.md").read_text()))
    files = sorted(p.name for p in RAW.glob("*.txt"))
    assert sorted(table) == files and len(files) == 5
    for name in files:
        assert hashlib.sha256((RAW / name).read_bytes()).hexdigest() == table[name]


def test_folder_of_txt_uses_stem_as_id_and_relative_source():
    arts = list(read_corpus(RAW))
    assert [a.id for a in arts] == sorted(p.stem for p in RAW.glob("*.txt"))
    assert arts[0].source == arts[0].id + ".txt"
    assert arts[0].text == (RAW / arts[0].source).read_text(encoding="utf-8")


def test_metadata_csv(tmp_path):
    (tmp_path / "a.txt").write_text("نص المقال", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,id,outlet,date\na.txt,x1,الجزيرة,2022-01-12\n", encoding="utf-8")
    [a] = read_corpus(tmp_path)
    assert (a.id, a.outlet, a.date) == ("x1", "الجزيرة", "2022-01-12")


@pytest.mark.parametrize("content,problem", [
    ("file,outlet\n,الجزيرة\n", "without a file name"),
    ("file,otulet\na.txt,x\n", "unknown metadata column"),
    ("file,outlet\nmissing.txt,x\n", "not in"),
])
def test_bad_metadata(tmp_path, content, problem):
    (tmp_path / "a.txt").write_text("نص", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text(content, encoding="utf-8")
    with pytest.raises(CorpusError, match=problem):
        list(read_corpus(tmp_path))


def test_windows_1256_is_decoded_when_certain(tmp_path):
    text = "قالت وكالة رويترز إن المحادثات بدأت اليوم في بروكسل"
    (tmp_path / "a.txt").write_bytes(text.encode("cp1256"))
    [a] = read_corpus(tmp_path)
    assert a.text == text


def test_undecodable_bytes_name_file_and_line(tmp_path):
    (tmp_path / "bad.txt").write_bytes("سطر\n".encode() + b"caf\xe9 au lait \xff\xfe")
    with pytest.raises(CorpusError, match=r"bad\.txt: line 2: not UTF-8"):
        list(read_corpus(tmp_path))


@pytest.mark.parametrize("data,problem", [(b"", "empty"), (b"  \n\t", "empty"), (b"\x89PNG\x00\x00\x01", "binary")])
def test_empty_and_binary_files(tmp_path, data, problem):
    (tmp_path / "x.txt").write_bytes(data)
    with pytest.raises(CorpusError, match=problem):
        list(read_corpus(tmp_path))


def test_skip_bad_collects_errors_and_keeps_the_rest(tmp_path):
    (tmp_path / "a.txt").write_text("نص جيد", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    errors = []
    arts = list(read_corpus(tmp_path, on_error=errors.append))
    assert [a.id for a in arts] == ["a"] and len(errors) == 1 and "b.txt" in str(errors[0])


def test_jsonl_with_named_columns_and_errors(tmp_path):
    path = tmp_path / "c.jsonl"
    rows = [{"doc": "1", "body": "نص أول"}, {"doc": "2", "body": "نص ثان"}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    arts = list(read_corpus(path, columns={"id": "doc", "text": "body"}))
    assert [a.id for a in arts] == ["1", "2"]
    with pytest.raises(CorpusError, match="no text column 'text'"):
        list(read_corpus(path))
    with pytest.raises(CorpusError, match="mapped column"):
        list(read_corpus(path, columns={"text": "body", "outlet": "source"}))


def test_duplicate_and_missing_ids(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("id,text\n1,نص\n1,نص آخر\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="duplicate article id '1'"):
        list(read_corpus(path))
    path.write_text("id,text\n,نص\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="line 2: missing article id"):
        list(read_corpus(path))


def test_zip_of_json_and_unknown_preset(tmp_path):
    path = tmp_path / "day.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("day.json", json.dumps([{"source": "x", "content": "نص", "title": "ع", "author": "واس", "url": "", "date_extracted": "2015"}]))
    [a] = read_corpus(path, preset="saudinewsnet")
    assert (a.id, a.outlet, a.byline) == ("day-00000", "x", "واس")
    with pytest.raises(CorpusError, match="unknown preset"):
        list(read_corpus(path, preset="nope"))


def test_reads_saudinewsnet_zip():
    zips = sorted(SNN.glob("*.zip"))
    if not zips:
        pytest.skip("SaudiNewsNet not available")
    errors = []
    arts = list(read_corpus(zips[2], preset="saudinewsnet", on_error=errors.append))
    assert len(arts) + len(errors) > 500
    assert all(a.text.strip() and a.outlet for a in arts)
    assert all("empty" in str(e) for e in errors)
