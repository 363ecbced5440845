from camel_tools.tokenizers.word import simple_word_tokenize

from framing.text import split_sentences, tokenize


def test_tokenizer_identical_to_camel_on_real_corpus(snn_sample):
    for text in snn_sample:
        assert tokenize(text) == simple_word_tokenize(text)


def test_tokenizer_identical_on_seeds():
    from conftest import RAW

    for path in sorted(RAW.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert tokenize(text) == simple_word_tokenize(text)


def test_sentences_arabic_punctuation():
    text = "قال الوزير إن المحادثات جيدة. هل ستستمر؟ نعم! وأضاف: لا."
    assert [s.text for s in split_sentences(text)] == [
        "قال الوزير إن المحادثات جيدة.", "هل ستستمر؟", "نعم!", "وأضاف: لا."]


def test_sentences_keep_abbreviations_and_decimals():
    text = "ذكرت أ. ف. ب أن النمو بلغ 2.5 في المئة. وقال د. أحمد ذلك."
    assert [s.text for s in split_sentences(text)] == [
        "ذكرت أ. ف. ب أن النمو بلغ 2.5 في المئة.", "وقال د. أحمد ذلك."]


def test_headline_pause_is_not_an_end_and_offsets_hold():
    text = "ألمانيا و الناتو.. يستعدان\nسطر ثان."
    sents = split_sentences(text, offset=10)
    assert [s.text for s in sents] == ["ألمانيا و الناتو.. يستعدان", "سطر ثان."]
    for s in sents:
        assert text[s.start - 10 : s.end - 10] == s.text
