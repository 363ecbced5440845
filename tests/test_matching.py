import re

from framing.matching import TermMatcher
from framing.normalize import normalize
from framing.stance import SUFFIXES


def test_starter_set_is_exactly_the_words_that_begin_a_term(snn_sample, analyzer):
    """The C-speed pre-test must never skip a word that could begin a term."""
    matchers = [analyzer.agencies.matcher, analyzer.stance.matcher, analyzer.statements._people_matcher]
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
