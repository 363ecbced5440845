from collections import Counter

import pandas as pd
import pytest
from conftest import make_article

from framing.keyness import keyness_table, log_odds_dirichlet
from framing.stance import term_rates


@pytest.mark.parametrize("form", ["غزو", "الغزو", "بالغزو", "وغزو", "لغزو", "غزواً", "للغزو"])
def test_stance_term_in_every_inflection(analyzer, form):
    hits = analyzer.analyse(make_article(f"عنوان\nتحدث التقرير عن {form} محتمل للبلاد.")).stance_hits
    assert [(h.term_id, h.surface) for h in hits] == [("invasion", form)]


@pytest.mark.parametrize("text,term", [
    ("طالبت موسكو بالضمانات الأمنية من الغرب.", "security_guarantees"),
    ("وقاتل الانفصاليون الموالون لروسيا في الشرق.", "separatists"),
    ("واعتبرت موسكو ذلك العملية العسكرية الخاصة.", "special_operation"),
])
def test_multiword_and_plural_terms(analyzer, text, term):
    hits = analyzer.analyse(make_article("عنوان\n" + text)).stance_hits
    assert term in {h.term_id for h in hits}
    for h in hits:
        assert h.sentence and h.surface in h.sentence


def test_no_false_match_inside_other_words(analyzer):
    hits = analyzer.analyse(make_article("عنوان\nوذلك ضمن خطة تضمن حقوق الجميع.")).stance_hits
    assert hits == []


def test_scare_quotes_are_short_fragments_not_names(analyzer):
    res = analyzer.analyse(make_article('عنوان\nوهدد الغرب بعقوبات "واسعة النطاق" ضد "الناتو" كما قالت "رويترز".'))
    assert [q.surface for q in res.scare_quotes] == ['"واسعة النطاق"']


def test_log_odds_matches_hand_computation():
    # y_i = (a 2, b 1), n_i = 3; y_j = (a 1, b 3), n_j = 4; prior α = (1, 1), α0 = 2.
    # δ_a = log(3/2) − log(2/4) = log 3 = 1.098612;  σ²_a = 1/3 + 1/2  -> z_a = 1.203470
    # δ_b = log(2/3) − log(4/2) = −log 3;            σ²_b = 1/2 + 1/4  -> z_b = −1.268569
    table = log_odds_dirichlet({"a": 2, "b": 1}, {"a": 1, "b": 3}, {"a": 1, "b": 1}).set_index("term")
    assert table.loc["a", "log_odds"] == pytest.approx(1.098612, abs=1e-6)
    assert table.loc["a", "z"] == pytest.approx(1.203470, abs=1e-6)
    assert table.loc["b", "log_odds"] == pytest.approx(-1.098612, abs=1e-6)
    assert table.loc["b", "z"] == pytest.approx(-1.268569, abs=1e-6)


def test_keyness_keeps_rare_terms_and_is_symmetric():
    table = keyness_table({"x": Counter({"غزو": 3, "حوار": 1}), "y": Counter({"حوار": 4, "نادر": 1})})
    assert set(table["term"]) == {"غزو", "حوار", "نادر"}
    x = table[table["outlet"] == "x"].set_index("term")
    y = table[table["outlet"] == "y"].set_index("term")
    assert x.loc["غزو", "z"] > 0 > y.loc["غزو", "z"]
    assert x.loc["حوار", "z"] == pytest.approx(-y.loc["حوار", "z"])


def test_rates_with_exact_poisson_interval():
    hits = pd.DataFrame({"outlet": ["a", "a", "b"], "category": ["war", "war", "war"]})
    rates = term_rates(hits, pd.Series({"a": 1000, "b": 500})).set_index("outlet")
    assert rates.loc["a", "per_1000"] == 2.0 and rates.loc["b", "per_1000"] == 2.0
    assert rates.loc["a", "ci_low"] == pytest.approx(0.2422, abs=1e-4)
    assert rates.loc["a", "ci_high"] == pytest.approx(7.2247, abs=1e-4)
