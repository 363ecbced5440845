from framing import Article


def test_chrome_opening_a_line_is_cut_off_and_the_text_after_it_analysed(analyzer):
    text = ("عنوان الخبر\n شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك عبر الوزير محمد السالم عن سعادته بالفوز.\n"
            "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك\n")
    res = analyzer.analyse(Article(id="t", text=text))
    parts = [(p.kind, text[p.start : p.end], p.reason) for p in res.parts]
    assert parts == [
        ("title", "عنوان الخبر", ""),
        ("chrome", "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك", "share bar opening the text"),
        ("paragraph", "عبر الوزير محمد السالم عن سعادته بالفوز.", ""),
        ("chrome", "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك", "share bar opening the text"),
    ]
    assert [(s.speaker_id, s.verb) for s in res.statements] == [("محمد السالم", "عبر")]


def test_a_line_ending_with_anna_is_one_part_with_the_next(analyzer):
    text = "عنوان الخبر\nوأوضح المتحدث أن الحريق وقع مبينا أنه\nصاحب الحادث دخان كثيف.\nوانتهى التحقيق.\n"
    res = analyzer.analyse(Article(id="t", text=text))
    assert [(p.kind, text[p.start : p.end]) for p in res.parts] == [
        ("title", "عنوان الخبر"),
        ("paragraph", "وأوضح المتحدث أن الحريق وقع مبينا أنه\nصاحب الحادث دخان كثيف."),
        ("paragraph", "وانتهى التحقيق."),
    ]
