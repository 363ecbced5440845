from camel_tools.tokenizers.word import simple_word_tokenize

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from framing.normalize import normalize
from framing.text import count_words, split_sentences, tokenize


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


def test_a_latin_initial_in_arabic_letters_is_no_end():
    text = "وقال ديفيد إيه. تومسون رئيس المؤتمر إن البطاطا مفيدة. ونقلت ذلك بي بي سي. وقال آخر."
    assert [s.text for s in split_sentences(text)] == [
        "وقال ديفيد إيه. تومسون رئيس المؤتمر إن البطاطا مفيدة.", "ونقلت ذلك بي بي سي.", "وقال آخر."]
    text = "وقالت لورا ايه. كولانجيلو إن الخطر واحد."  # (the initial written without its hamza)
    assert [s.text for s in split_sentences(text)] == [text]


def test_headline_pause_is_not_an_end_and_offsets_hold():
    text = "ألمانيا و الناتو.. يستعدان\nسطر ثان."
    sents = split_sentences(text, offset=10)
    assert [s.text for s in sents] == ["ألمانيا و الناتو.. يستعدان", "سطر ثان."]
    for s in sents:
        assert text[s.start - 10 : s.end - 10] == s.text


def _words_by_tokenizer(text):
    return Counter(t for t in tokenize(text) if any(c.isalpha() for c in t))


def test_word_counts_equal_the_tokenizer_on_real_corpus(snn_sample):
    for text in snn_sample[:500]:
        assert count_words(normalize(text)) == _words_by_tokenizer(normalize(text))


@settings(derandomize=True, deadline=None, max_examples=300)
@given(st.text(alphabet=st.sampled_from(list("قال ،.«»\"()-_%$©x1٣\n\u00a0😀🇸🇦❤\ufe0f\u200d#*")), max_size=60))
def test_word_counts_equal_the_tokenizer_on_any_text(text):
    assert count_words(text) == _words_by_tokenizer(text)


def test_a_full_stop_without_a_space_before_a_conjunction_ends_a_sentence():
    text = "بعيداً عن التعصب والمذهبية.وفيما يتعلق بالجانب التنظيمي، أكد عضو الفريق. وكان في استقباله د.حمدان. زوروا sfda.gov.sa"
    assert [s.text for s in split_sentences(text)] == [
        "بعيداً عن التعصب والمذهبية.", "وفيما يتعلق بالجانب التنظيمي، أكد عضو الفريق.", "وكان في استقباله د.حمدان.", "زوروا sfda.gov.sa"]


def test_a_closing_quotation_mark_with_the_next_sentence_right_after_it_ends_a_sentence():
    text = ("وقال: «نسعى إلى التميز.»وأضاف: «اشتملت الرحلة على نشاطات.»الجدير بالذكر أن البرنامج انطلق. وقال «لا»و«نعم».\n"
            "وقالت «لم أرسل شيئا.»وفقا لوكالة رويترز.")
    assert [s.text for s in split_sentences(text)] == [
        "وقال: «نسعى إلى التميز.»", "وأضاف: «اشتملت الرحلة على نشاطات.»", "الجدير بالذكر أن البرنامج انطلق.", "وقال «لا»و«نعم».",
        "وقالت «لم أرسل شيئا.»وفقا لوكالة رويترز."]


def test_an_abbreviated_rank_after_an_opening_quotation_mark_ends_no_sentence():
    text = 'قال وزير التعليم "د. عزام الدخيل" إن الدراسة تبدأ في موعدها.'
    assert len(split_sentences(text)) == 1


def test_a_line_broken_after_anna_goes_on_on_the_next_line():
    # "مضيفاً أنه" / "عند الساعة ...": no sentence ends with أن, so the break is the page's wrapping (a blank line still ends one)
    text = "وأكد العقيد زياد الرقيطي الواقعة مضيفاً أنه\n عند الساعة السادسة أبلغ مقيم المركز.\nوقال بأنه\n\nانتهى.\nهذا كل شيء"
    assert [s.text for s in split_sentences(text)] == [
        "وأكد العقيد زياد الرقيطي الواقعة مضيفاً أنه\n عند الساعة السادسة أبلغ مقيم المركز.", "وقال بأنه", "انتهى.", "هذا كل شيء"]
