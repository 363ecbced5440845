import pandas as pd

from framing.normalize import normalize
from framing.reuse import reuse_pairs, reuse_shares


def frame(rows):
    return pd.DataFrame([(a, o, s, normalize(s), i * 100, i * 100 + len(s)) for i, (a, o, s) in enumerate(rows)],
                        columns=["article_id", "outlet", "sentence", "norm", "start", "end"])


def test_rewritten_wire_sentence_is_found_and_unrelated_is_not():
    rows = [
        ("a", "x", "وأكدت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا أن موسكو تلقت عرضا من بروكسل."),
        ("b", "y", "من جانبها، أكدت الناطقة باسم وزارة الخارجية الروسية ماريا زاخاروفا، الجمعة، أن موسكو تلقت عرضاً من بروكسل."),
        ("c", "z", "وارتفعت أسعار النفط في الأسواق العالمية بعد قرار أوبك خفض الإنتاج الشهر المقبل."),
        ("a", "x", "وقال مسؤول في الوزارة إن الاجتماع سيعقد في موعده المحدد دون تأجيل."),
    ]
    pairs = reuse_pairs(frame(rows))
    assert list(zip(pairs["article_a"], pairs["article_b"])) == [("a", "b")]
    shares = reuse_shares(frame(rows), pairs).set_index("article_id")
    assert shares.loc["a", "reused"] == 1 and shares.loc["a", "sentences"] == 2
    assert shares.loc["c", "reused"] == 0


def test_same_outlet_pairs_are_not_reuse():
    s = "وأكدت المتحدثة باسم وزارة الخارجية الروسية أن موسكو تلقت عرضا من بروكسل اليوم."
    assert reuse_pairs(frame([("a", "x", s), ("b", "x", s)])).empty
