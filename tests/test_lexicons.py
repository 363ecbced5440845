import unicodedata

import pytest

from framing import LexiconError, Lexicons
from framing.lexicons import LEXICON_FILES, read_tsv
from framing.normalize import normalize

TERM_COLUMNS = {"agencies.tsv": "term", "institutions.tsv": "term", "camps.tsv": "term", "stance.tsv": "term",
                "speaker_cues.tsv": "term", "people.tsv": "name"}


def test_all_bundled_lexicons_load(lexicons):
    assert set(lexicons.tables) == set(LEXICON_FILES)
    assert len({r["id"] for r in lexicons["agencies.tsv"]}) >= 40


@pytest.mark.parametrize("name,column", sorted(TERM_COLUMNS.items()))
def test_terms_are_nfc_and_unique_after_normalisation(lexicons, name, column):
    seen = {}
    for i, row in enumerate(lexicons[name]):
        term = row[column]
        assert unicodedata.is_normalized("NFC", term), lexicons[name].where(i)
        key = (" ".join(normalize(term).split()), row.get("role", ""))
        assert key not in seen, f"{lexicons[name].where(i)} duplicates line {seen.get(key)}"
        seen[key] = lexicons[name].lines[i]
        assert normalize(normalize(term)) == normalize(term)


def test_malformed_rows_name_file_and_line(tmp_path):
    with pytest.raises(LexiconError, match=r"x\.tsv:3: 4 cells"):
        read_tsv("# c\nid\tterm\na\tb\tc\td\n", source="x.tsv", required=("id", "term"))
    with pytest.raises(LexiconError, match=r"x\.tsv:2: empty required"):
        read_tsv("id\tterm\n\tb\n", source="x.tsv", required=("id", "term"))
    with pytest.raises(LexiconError, match="header lacks"):
        read_tsv("id\n", source="x.tsv", required=("id", "term"))


def test_user_folder_overrides_one_file(tmp_path):
    (tmp_path / "stance.tsv").write_text("id\tterm\tcategory\tframe\nfoo\tتجربة\ttest\tf\n", encoding="utf-8")
    lex = Lexicons.load(tmp_path)
    assert [r["id"] for r in lex["stance.tsv"]] == ["foo"]
    assert len(lex["agencies.tsv"]) > 100
    (tmp_path / "verbs.tsv").write_bytes(b"id\tclass\tpast\tpresent\tparticiple\n\xff\n")
    with pytest.raises(LexiconError, match="verbs.tsv:2: not valid UTF-8"):
        Lexicons.load(tmp_path)


def test_unknown_speaker_cue_role_names_file_and_line(tmp_path):
    from framing.quotes import StatementExtractor

    (tmp_path / "speaker_cues.tsv").write_text("term\trole\nوزير\ttitle\nسفير\ttitel\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"speaker_cues\.tsv:3: role 'titel'"):
        StatementExtractor(Lexicons.load(tmp_path))


def test_verb_no_ala_other_than_yes_names_file_and_line(tmp_path):
    from framing.verbs import ReportingVerbs

    (tmp_path / "verbs.tsv").write_text("id\tclass\tpast\tpresent\tparticiple\tno_ala\nqaal\tneutral\tقال\tيقول\tقائل\tyes\n"
                                        "akkad\temphatic\tأكد\tيؤكد\tمؤكد\tno\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"verbs\.tsv:3: no_ala 'no'"):
        ReportingVerbs(Lexicons.load(tmp_path))


def test_chrome_position_other_than_line_or_start_names_file_and_line(tmp_path):
    from framing.parts import Splitter

    (tmp_path / "chrome.tsv").write_text("pattern\treason\tat\nlogo\talt text\tline\nشارك.*\tshare bar\tend\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"chrome\.tsv:3: at must be 'line' or 'start'"):
        Splitter(Lexicons.load(tmp_path))
