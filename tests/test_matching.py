import re

from hypothesis import given, settings
from hypothesis import strategies as st

from framing.matching import TermMatcher, word_starts
from framing.normalize import normalize
from framing.stance import SUFFIXES


def test_starter_set_is_exactly_the_words_that_begin_a_term(snn_sample, analyzer):
    """The C-speed pre-test must never skip a word that could begin a term."""
    matchers = [analyzer.agencies.matcher, analyzer.stance.matcher, analyzer.statements.speakers.people_matcher]
    words = {w for text in snn_sample[:300] for w in re.findall(r"\w+", normalize(text))}
    for m in matchers:
        starters = m._starter_words()
        for w in words:
            assert (w in starters) == bool(m._candidates(w)), w


def test_clitics_article_endings_and_abbreviations():
    m = TermMatcher(["غزو", "ضمانات أمنية"], definite=True, suffixes=SUFFIXES)
    text = normalize("وبالغزو ثم للغزو ثم الضمانات الأمنية ثم ضمانات امنيه")
    assert [x.key for x in m.finditer(text)] == ["غزو", "غزو", "ضمانات امنيه", "ضمانات امنيه"]
    a = TermMatcher(["أ ف ب", "رويترز"])
    text = normalize('قال لـ"رويترز" (أ.ف.ب) وأ ف ب')
    found = [(x.key, x.prefix) for x in a.finditer(text)]
    assert found == [("رويترز", "ل"), ("ا ف ب", ""), ("ا ف ب", "و")]
    assert [(x.key, x.prefix) for x in a.finditer(normalize('وقال ل "رويترز" و"رويترز"'))] == [("رويترز", "ل"), ("رويترز", "و")]
    # a term with the article after لـ is written لل: "للجزيرة"
    b = TermMatcher(["الجزيرة", "الجزيرة نت"])
    assert [(x.key, x.prefix) for x in b.finditer(normalize("قال للجزيرة إن وقال للجزيرة نت"))] == [("الجزيره", "ل"), ("الجزيره نت", "ل")]


@settings(derandomize=True, deadline=None, max_examples=300)
@given(st.text(alphabet=st.sampled_from(list('قال وقالت رويترز" ،.x1')), max_size=80), st.integers(0, 10), st.integers(0, 10))
def test_word_search_finds_exactly_the_whole_tokens(text, cut_start, cut_end):
    """The substring search gives the same words as reading every \\w+ token of the stretch."""
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    tokens = [(m.start(), m.group()) for m in re.compile(r"\w+").finditer(text, start, end)]
    for word in {w for _, w in tokens}:
        assert word_starts(text, word, start, end) == [s for s, w in tokens if w == word]
