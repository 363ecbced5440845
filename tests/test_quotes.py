import pytest
from conftest import make_article


def statements(analyzer, body):
    return analyzer.analyse(make_article("عنوان الخبر\n" + body)).statements


def said(analyzer, body, *fields):
    """The given fields of each statement read in ``body``: tuples, or values for one field."""
    rows = [tuple(getattr(s, f) for f in fields) for s in statements(analyzer, body)]
    return [r[0] for r in rows] if len(fields) == 1 else rows


@pytest.mark.parametrize("body,speaker_id,stype,verb_class,quote", [
    ("وقال وزير الدفاع البولندي ماريوش بواشتشاك إن القوات جاهزة للانتشار.", "ماريوش بواشتشاك", "person", "neutral", "indirect"),
    ("وأكدت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا أن موسكو \"لن تقبل أي إنذار\".", "zakharova", "person", "emphatic", "partial"),
    ("وقال ديمتري بيسكوف للصحافيين: \"نحن لا نتفاوض من موقع قوة ولن نتراجع\".", "peskov", "person", "neutral", "direct"),
    ("ونفى الكرملين، اليوم الأحد، أن تكون لديه نية لمهاجمة أي دولة.", "kremlin", "institution", "denial", "indirect"),
    ("وحذر مسؤول رفض الكشف عن اسمه من أن الوضع قد يتدهور سريعا.", "anon:مسوول", "anonymous", "warning", "indirect"),
    ("وقالت مصادر دبلوماسية إن الجولة الثانية ستعقد في جنيف.", "anon:مصادر", "anonymous", "neutral", "indirect"),
    ("وشدد الرئيس الأوكراني فولوديمير زيلينسكي على أن بلاده لن تتنازل عن أرضها.", "zelensky", "person", "emphatic", "indirect"),
    ("ودعا المستشار الألماني أولاف شولتس إلى خفض التصعيد فورا في المنطقة.", "scholz", "person", "directive", "indirect"),
    ("وقالت وزارة الخارجية الروسية في بيان إن موسكو سترد على أي استفزاز.", "russia_mfa", "institution", "neutral", "indirect"),
    ("وذكر تلفزيون روسيا اليوم أن الوفد وصل إلى جنيف.", "rt", "agency", "neutral", "indirect"),
    ("وكتب زيلينسكي على تويتر: \"لن نستسلم أبدا لأي ضغوط\".", "zelensky", "person", "neutral", "direct"),
    ("إلا أن شادي عوض الذي يعيش في مبنى مجاور قال إنه شاهد ما جرى بعينيه.", "شادي عوض", "person", "neutral", "indirect"),
    ("وقال المشرف العام على إدارة الإعلام بجامعة تبوك الدكتور سمير بن موسى النجدي إن القبول مستمر.",
     "سمير بن موسي النجدي", "person", "neutral", "indirect"),
    ("وقال وزير خارجية قطر خالد العطية إن بلاده مستعدة للوساطة.", "خالد العطيه", "person", "neutral", "indirect"),
    ("وقال الوزير إن ولاية \"البنجاب\" آمنة تماما الآن.", "role:الوزير", "person", "neutral", "indirect"),
    ("وقال الوزير إن المتهمين أطلقوا على أنفسهم اسم \"مجموعة شباب المنارة\".", "role:الوزير", "person", "neutral", "indirect"),
    ("وقال مسلحون إنهم سيطروا على المدينة بالكامل.", "anon:مسلحون", "anonymous", "neutral", "indirect"),
    ("إلا أن قائد الجيش العماد جان قهوجي رد بسرعة، محذرا من افتعال أي مواجهات.", "جان قهوجي", "person", "warning", "indirect"),
    # names read forwards after the titles, past organisations, places and quoted names
    ("أكد خبير الطقس الدكتور عبدالله المسند أستاذ الجغرافيا بجامعة القصيم أن الحر سيستمر.", "عبدالله المسند", "person", "emphatic", "indirect"),
    ("وأوضح الرئيس التنفيذي لشركة أسواق العثيم يوسف القفاري أن العروض مستمرة.", "يوسف القفاري", "person", "neutral", "indirect"),
    ("ونقلت الوكالة عن سفير السودان لدى أوغندا عبد الباقي كبير قوله إن الزيارة ناجحة.", "عبد الباقي كبير", "person", "neutral", "indirect"),
    ("كشف رئيس مجلس إدارة شركة «الحادي عشر» الأمير عبد العزيز بن تركي أن الاستثمار ضروري.", "عبد العزيز بن تركي", "person", "announcement", "indirect"),
    ("وقالت الباحثة الاقتصادية سمينا أحمد إن صناعة البناء تنمو بقوة.", "سمينا احمد", "person", "neutral", "indirect"),
    ("ووبخت المتحدثة باسم الحزب يو إيون-هي اليابان بسبب موقفها من الماضي.", "يو ايون-هي", "person", "evaluation", "indirect"),
    ("وجاء ذلك بعد اعتراف الرئيس بشار الأسد في خطابه الأخير بأن جيشه متعب.", "assad", "person", "neutral", "indirect"),
    ("وأوضح رئيس ميدان الحوراء للهجن مفلح الفايدي أن السباق سيقام السبت.", "مفلح الفايدي", "person", "neutral", "indirect"),
    ("من جانبه، أوضح علي آل حطاب الناشط الحقوقي أن التصرف كان خطأ.", "علي ال حطاب", "person", "neutral", "indirect"),
    ("وقال بيلسا: «توصلنا لاتفاق من أجل تمديد العقد لهذا الموسم».", "بيلسا", "person", "neutral", "direct"),
    ("وقال سامي أبو زهري: «إن التعديل يمثل «انقلاباً» على اتفاق المصالحة».", "سامي ابو زهري", "person", "neutral", "direct"),
    ("وأوضح مدير خدمات الأصول بالطائف المهندس سعيد العمري، أن الشبكة اكتملت.", "سعيد العمري", "person", "neutral", "indirect"),
    ("وقالت ميوكو ساكاشيتا المتحدثة باسم الجماعة إن التسرب سيتكرر.", "ميوكو ساكاشيتا", "person", "neutral", "indirect"),
    ("وأفاد شاهدان لوكالة رويترز بأن الطائرة أسقطت قنبلة على السوق.", "anon:شاهد", "anonymous", "neutral", "indirect"),
    ("وأكد الأمير أن المدينة ستوفر نظام الخرائط \"gis\" للوزارة قريبا.", "role:الامير", "person", "emphatic", "indirect"),
    ("وقال وزير النفط الإيراني بيجن زنغنه في تصريحات أذيعت أمس إن الإنتاج سيزيد.", "بيجن زنغنه", "person", "neutral", "indirect"),
    ("قال زعيم الأغلبية في مجلس الشيوخ الأمريكي ميتش مكونيل أمس إن المجلس سيصوت.", "ميتش مكونيل", "person", "neutral", "indirect"),
    ("وقالت \"فارو\" خلال مقابلة قبل وفاتها إن أبناءها أيدوا قرارها.", "فارو", "person", "neutral", "indirect"),
    # an organisation's one-word name, then the person: a known given name opens the name
    ("قال مدير الفريق الأول لكرة القدم بنادي هجر فؤاد المسلم إن المرحلة انتهت بنجاح.", "فواد المسلم", "person", "neutral", "indirect"),
    ("وأكد حاكم مقاطعة شينكاي محمد قاسم خان حصيلة القتلى في الحادث.", "محمد قاسم خان", "person", "emphatic", "indirect"),
    # a definite source noun with a full name is a named person
    ("أعلن المسؤول الإعلامي في الائتلاف الوطني السوري المعارض أحمد كامل في تصريحات بأنه ترتكب جرائم.",
     "احمد كامل", "person", "announcement", "indirect"),
    # a named speaker may put a long aside before the content
    ("وقال عضو الهيئة السياسية هادي البحرة حول ما يشاع عن تعديلات على المبادرة التي يتم النقاش حولها بين إيران وروسيا "
     "ونظام الأسد إن أي حل لن يكون قابلا للتنفيذ.", "هادي البحره", "person", "neutral", "indirect"),
    # the name in a later comma-separated part of the title
    ("ومن جهته، أشار رئيس قسم الأرصاد، ومدير مركز التميز بجامعة الملك عبدالعزيز، الدكتور منصور المزروعي، إلى أن الحالة نادرة.",
     "منصور المزروعي", "person", "interpretive", "indirect"),
    ("قال أستاذ الاقتصاد بجامعة الملك عبدالعزيز بجدة، الخبير الاقتصادي الدكتور مقبل الذكير، إن هناك علاقة عكسية.",
     "مقبل الذكير", "person", "neutral", "indirect"),
    # a place after في, then a foreign name ending in ي (no adjective)
    ("أعلن المتحدث باسم الرئاسة في بوروندي ويلي نياميتوي أمس أن رئيس المخابرات السابق قتل.",
     "ويلي نياميتوي", "person", "announcement", "indirect"),
    # names that look like other words: لـ + noun, the article, ـه
    ("في المقابل، رأى السيناتور الجمهوري ليندسي غراهام أن الرئيس ضعيف.", "ليندسي غراهام", "person", "interpretive", "indirect"),
    ("وتقول الباحثة في معهد كارنيغي ألكسندرا بروكوبينكو إن الاقتصاد صامد.", "الكسندرا بروكوبينكو", "person", "neutral", "indirect"),
    ("وقال أندريه كورتونوف، المدير العام لمجلس الشؤون الدولية، إن الغرب لن يتنازل.", "اندريه كورتونوف", "person", "neutral", "indirect"),
    ("وقال كبير المفاوضين الروس فلاديمير ميدينسكي إن المحادثات كانت بناءة.", "فلاديمير ميدينسكي", "person", "neutral", "indirect"),
    # كان ... قد, a subject before a relative clause between commas, بحسب X فإن
    ("وكان وزير الخارجية الروسي سيرغي لافروف قد أكد في وقت سابق أن موسكو تنتظر ردا.", "lavrov", "person", "emphatic", "indirect"),
    ("ستولتنبرغ، الذي كان يتحدث في ختام الاجتماع، قال إن الحلف لن يغلق أبوابه.", "stoltenberg", "person", "neutral", "indirect"),
    ("وبحسب المتحدث باسم الجيش أوليكسي دميتراشكيفسكي، فإن القصف استمر طوال الليل.", "اوليكسي دميتراشكيفسكي", "person", "neutral", "indirect"),
    ("وبحسب مصدر عسكري، فإن القوات تقدمت نحو المدينة.", "anon:مصدر", "anonymous", "neutral", "indirect"),
    # بحسب X with no فإن: the rest of the sentence, or the clause before when X ends it
    ("وبحسب المتحدث باسم الشرطة العقيد راشد محمد بورشيد، قتل خمسة أشخاص في الهجوم.", "راشد محمد بورشيد", "person", "neutral", "indirect"),
    ("وقتل خمسة أشخاص في الهجوم، بحسب المتحدث باسم الشرطة العقيد راشد محمد بورشيد.", "راشد محمد بورشيد", "person", "neutral", "indirect"),
    ("وقتل خمسة أشخاص في الهجوم، بحسب مصادر أمنية.", "anon:مصادر", "anonymous", "neutral", "indirect"),
    # the quotation first: '"..."، قال X' and '"..."، هذا ما قاله X'
    ('"لن نسمح بتوسع الحلف شرقا"، قال وزير الخارجية الروسي سيرغي لافروف للصحفيين.', "lavrov", "person", "neutral", "direct"),
    ('"نحن سعداء تماما بالعودة إلى المسابقة"، هذا ما قاله جون ألكسندر أمين عام النادي.', "جون الكسندر", "person", "neutral", "direct"),
    # قائلاً after the speaker; "his agent, the lawyer X"; a team described after a coach's title
    ('وصرح آنخيل دي ماريا (27 عاما) بعد انتقاله قائلا: "أنا فخور جدا بهذا الانتقال".', "انخيل دي ماريا", "person", "neutral", "direct"),
    ("وقال وكيله المحامي دان كينغ إن موكله مختل عقليا.", "دان كينغ", "person", "neutral", "indirect"),
    ("وألمح مدرب يوفنتوس بطل الدوري الإيطالي في المواسم الأخيرة ماسيميليانو أليغري إلى بقاء اللاعب.",
     "ماسيميليانو اليغري", "person", "interpretive", "indirect"),
    ("وقالت إليسا لينش مسؤولة المتحف إن هذه المعسكرات تشكل فصلا مخزيا.", "اليسا لينش", "person", "neutral", "indirect"),
    ("وكان موتا، أحد العناصر الأساسية في وسط الفريق، صرح مرارا في الأسابيع الأخيرة أنه يريد الرحيل.", "موتا", "person", "neutral", "indirect"),
    ("وقالت مديرة تشيلسي، مارينا جرانوفسكايا: \"نحن سعداء بالتزام المدرب معنا\".", "مارينا جرانوفسكايا", "person", "neutral", "direct"),
    ("وصرح مدير جوازات محافظة الأحساء العقيد منصور الملحم، بأن الجوازات أصدرت 1785 بطاقة.", "منصور الملحم", "person", "neutral", "indirect"),
    ("وقال مورينيو الذي أكد لدى عودته أنه ينوي البقاء طويلا في النادي.", "مورينيو", "person", "emphatic", "indirect"),
    ('من جهته قال مدير المنتخب السعودي للشباب علي الشعيلان: "إن مستوى أداء اللاعبين بدأ يتحسن".', "علي الشعيلان", "person", "neutral", "direct"),
    ("وكان وحد الله مايار المتحدث باسم وزارة الصحة قال في وقت سابق إن امرأة وطفلا من بين القتلى.", "وحد الله مايار", "person", "neutral", "indirect"),
    ('وأوضح لـ"الاقتصادية" عيضه الهذلي، الناطق الإعلامي للشؤون الصحية، أن المواليد بلغوا 275.', "عيضه الهذلي", "person", "neutral", "indirect"),
    ("أوضح مدير العلاقات العامة بجمعية البر، وليد بن خالد البوسيف، أن الجمعية أطلقت المشروع.", "وليد بن خالد البوسيف", "person", "neutral", "indirect"),
    ("وذكر حينها سراج الحميدان، الناطق الإعلامي، أن المواليد الإناث تفوقن.", "سراج الحميدان", "person", "neutral", "indirect"),
    ("أما الرئيس الفلسطيني، محمود عباس، فقال إن هذا النوع من الهجمات سيستمر.", "abbas", "person", "neutral", "indirect"),  # (the listed id)
    ("واكد مقاتلو طالبان باكستان على موقعهم أن حقاني كان مريضا.", "anon:مقاتلو", "anonymous", "emphatic", "indirect"),
    ("وقالت وسائل الإعلام الباكستانية إن المتمردين أخفوا وفاته.", "anon:سايل", "anonymous", "neutral", "indirect"),
    # a relative of a named person is not that person
    ("وقالت ابنة توننبرج إن جونسون كان موجودا بالقرب من مكتب أبيها.", "role:ابنه توننبرج", "person", "neutral", "indirect"),
    # a gazetteer name in a spelling the gazetteer does not list (غ for ج)
    ("وقال ميرتشا غيوانا إن الحلف مستعد للحوار مع موسكو.", "geoana", "person", "neutral", "indirect"),
    # job titles, with a long complement before the name: a coordinator, a judge (before the word it governs), a prosecutor
    ("وأضاف المنسق الإعلامي للجنة الوطنية لمقاومة الجدار والاستيطان محمد عوض، أن القوات اعتقلت شابين.",
     "محمد عوض", "person", "neutral", "indirect"),
    ("وأوضح منسق عام اللجنة المحلية للانتخابات البلدية بمحافظة جدة محمد الزهراني أن الخطة تهدف للتعريف.",
     "محمد الزهراني", "person", "neutral", "indirect"),
    ("وأكد قاضي الاستئناف بمحكمة جازان الشيخ إياس بن علي، أن الحادثة نابعة من الحقد.", "اياس بن علي", "person", "emphatic", "indirect"),
    ("وقال المدعي العام للولاية فنسنت كوهين إن التحقيق مستمر.", "فنسنت كوهين", "person", "neutral", "indirect"),
    # an envoy's title goes on after إلى and a place; a listed name that opens like بأن after a title; a rank
    ("من جهته، أعرب موفد الأمم المتحدة إلى الشرق الأوسط نيكولاي ملادينوف عن اشمئزازه حيال الهجوم.",
     "نيكولاي ملادينوف", "person", "neutral", "indirect"),
    ("ولكن الكومندر إليسا سميث المتحدثة باسم البنتاغون نفت أن يكون أي من المخطوفين مقاتلا.", "اليسا سميث", "person", "denial", "indirect"),
    ("ودعا المبعوث الأممي إلى التمسك بمبدأ حماية المدنيين.", "role:المبعوث الاممي", "person", "directive", "indirect"),
    # the name علي after a title and its nisba adjective (but "الوزير السعودي على أهمية": the preposition)
    ("من جانبه، يشيد المدرب الوطني علي كميخ بالحراك الذي شهده الفريق.", "علي كميخ", "person", "evaluation", "indirect"),
    ("وشدد الوزير السعودي على أهمية التعاون.", "role:الوزير السعودي", "person", "emphatic", "indirect"),
    # the writer's own relative or colleague is unnamed; an unnamed source in the accusative after لكن / أن
    ("ما قبل البارحة، يقول لي زميلي بالجامعة: إن الجدل قد يقودنا إلى الوعي.", "role:زميلي", "person", "neutral", "indirect"),
    ("وقال والدي إن الطريق طويل.", "role:والدي", "person", "neutral", "indirect"),
    ("وتعتزم الشركة تسريح سبعين شخصا، لكن مصدرا بالشركة قال لرويترز إن العدد خفض للنصف.", "anon:مصدر", "anonymous", "neutral", "indirect"),
    ("كما أن تقريرا أمميا أشار إلى أن نسبة المقاتلين الأجانب ارتفعت.", "anon:تقرير", "anonymous", "interpretive", "indirect"),
    # a plural noun after a titled full name is the verb's object
    ("ونفى نائب وزير الداخلية كيرن ريجيجو معلومات تحدثت عن رهائن، قائلا \"لا نعتقد أن هناك رهائن\".",
     "كيرن ريجيجو", "person", "denial", "direct"),
    # a gazetteer surname of two words
    ("التقى الوزير الأمين العام للأمم المتحدة بان كي مون.\nوقال كي مون إن الحل سياسي.", "ban_ki_moon", "person", "neutral", "indirect"),
    # a kunya before a job noun; a present verb after "في حين" (whereas) opens its clause
    ("ويقول أبو أحمد سائق على خط المهاجرين إنه كان يملأ قنينة الماء.", "ابو احمد", "person", "neutral", "indirect"),
    ("في حين يحذر أبو غسان من تشغيل المكيف أثناء النوم.", "ابو غسان", "person", "warning", "indirect"),
    # the same words closing a name are its family name: "قاضي" after a given name
    ("وقال الشيخ إسماعيل قاضي إن اللجنة اجتمعت.", "اسماعيل قاضي", "person", "neutral", "indirect"),
])
def test_speaker_verb_and_quote_type(analyzer, body, speaker_id, stype, verb_class, quote):
    [st] = statements(analyzer, body)
    assert (st.speaker_id, st.speaker_type, st.verb_class, st.quote_type) == (speaker_id, stype, verb_class, quote)


def test_verb_without_new_subject_continues_previous_speaker(analyzer):
    body = ("وقال وزير الخارجية الأميركي أنتوني بلينكن إن الحوار هو الخيار الأفضل.\n"
            "وأضاف أن واشنطن مستعدة لكل الاحتمالات في حال فشل المفاوضات.")
    first, second = statements(analyzer, body)
    assert first.speaker_id == second.speaker_id == "blinken"
    assert second.camp == "nato_us"


def test_honorific_pronoun_resolves_to_the_person_named_with_the_honorific(analyzer):
    body = ("شجب معالي وزير العدل الدكتور وليد الصمعاني العمل الإرهابي.\n"
            "وقال معاليه في تصريح صحفي إن الاعتداء جريمة لا يقرها دين.")
    sts = statements(analyzer, body)  # (شجب, condemned, is itself a reporting verb since the eighth session)
    assert [(s.verb, s.speaker_id) for s in sts] == [("شجب", "وليد الصمعاني"), ("وقال", "وليد الصمعاني")]


def test_title_resolves_to_person_named_earlier(analyzer):
    body = ("التقى ينس ستولتنبرغ وزراء الخارجية في بروكسل اليوم.\n"
            "وقال الأمين العام للناتو إن الحلف لن يغلق أبوابه أمام أي دولة.")
    [st] = statements(analyzer, body)
    assert (st.speaker_id, st.camp) == ("stoltenberg", "nato_us")


def test_participle_continues_speaker_and_offsets_are_raw(analyzer):
    body = "قال الرئيس الروسي فلاديمير بوتين إن المحادثات مفيدة، مضيفاً أن الرد الغربي ما زال منتظرا."
    text = "عنوان الخبر\n" + body
    sts = analyzer.analyse(make_article(text)).statements
    assert [s.verb for s in sts] == ["قال", "مضيفاً"]
    assert all(s.speaker_id == "putin" for s in sts)
    for s in sts:
        assert s.content in text[s.start : s.end]


def test_a_given_name_alone_is_the_full_name_written_after_a_title_before(analyzer):
    body = 'تبدأ الفنانة الكويتية هدى حسين تصوير مسلسل جديد.\nوأوضحت هدى أن "العمل مشتق من رواية".'
    assert said(analyzer, body, "speaker_id") == ["هدي حسين"]
    body = "سيعلن الملياردير الكوري الجنوبي تشونغ مونغ-جون ترشحه.\nوقال تشونغ إن فرصه جيدة."
    assert said(analyzer, body, "speaker_id") == ["تشونغ مونغ جون"]
    assert said(analyzer, "وقالت هدى إن العمل جيد.", "speaker_id") == ["هدي"]  # (no full name before)


def test_in_reply_after_the_verb_is_no_name(analyzer):
    body = "وأعلن المتحدث دميتري بيسكوف أن روسيا سترد.\nوقال رداً على سؤال حول الرد الممكن: «هذا دون شك ممكن»."
    assert said(analyzer, body, "speaker_id", "quote_type") == [("peskov", "indirect"), ("peskov", "direct")]


def test_a_participle_after_the_titles_comma_is_no_name(analyzer):
    body = "وأسفر الهجوم عن سبعة جرحى، كما ذكر متحدث باسم شرطة البنجاب، موضحا أن تبادل النار مستمر."
    assert said(analyzer, body, "speaker_id") == ["role:متحدث باسم شرطه البنجاب"] * 2


def test_listed_name_opening_like_ban_after_a_title(analyzer):
    # "بان" is also بأن: after a title, the listed name goes on the speaker, not into the content
    [st] = statements(analyzer, "وحذر معالي الأمين العام للأمم المتحدة بان كي مون من تدهور الوضع الإنساني.")
    assert (st.speaker_id, st.speaker) == ("ban_ki_moon", "معالي الأمين العام للأمم المتحدة بان كي مون")
    assert st.content.startswith("تدهور")


def test_quotation_finishing_the_writers_relative_clause_is_partial(analyzer):
    body = "وندد الرئيس الفرنسي فرانسوا هولاند، أمس (السبت) بالهجوم الذي «تسبب بمقتل موظف متعاقد واحد على الأقل»."
    assert said(analyzer, body, "speaker_id", "quote_type") == [("فرانسوا هولاند", "partial")]


def test_unbalanced_quote_runs_to_end_of_paragraph(analyzer):
    body = "وقال لافروف: \"لن نسمح بتوسع الحلف شرقا. هذا خط أحمر"
    [st] = statements(analyzer, body)
    assert st.quote_type == "direct" and st.content.endswith("خط أحمر")


def test_speaker_who_talked_to_an_outlet_and_relayed_speaker(analyzer):
    [st] = statements(analyzer, "وصرح رئيس الوزراء البريطاني بوريس جونسون لهيئة الإذاعة البريطانية بأن العقوبات ستكون قاسية.")
    assert (st.speaker_id, st.via_agency) == ("johnson", "bbc")
    [st] = statements(analyzer, "ونقلت وكالة الأنباء الألمانية عن المستشار الألماني قوله: \"لن نقبل بتغيير الحدود بالقوة\".")
    assert (st.speaker_type, st.camp, st.quote_type, st.via_agency) == ("person", "eu", "direct", "dpa")


@pytest.mark.parametrize("body,speaker_type,via", [
    ("وقالت صحيفة نيويورك تايمز نقلا عن مسؤولين أميركيين إن روسيا حشدت مزيدا من القوات.", "anonymous", "nyt"),
    ("بحسب ما نقلت وكالة إنترفاكس عن مصدر عسكري، فإن القوات سيطرت على المطار.", "anonymous", "interfax"),
    ("ونقلت قناة \"سي إن إن\" عن مصادر مطلعة أن الرئيس سيعلن عقوبات جديدة.", "anonymous", "cnn"),
])
def test_relayed_sources(analyzer, body, speaker_type, via):
    [st] = statements(analyzer, body)
    assert (st.speaker_type, st.via_agency) == (speaker_type, via)


@pytest.mark.parametrize("body", [
    "وقال فلسطينيون رأوا أبو لطيفة إنه كان مصابا في رجليه.",  # a plural verb's subject is never after it
    "وكان التحالف بقيادة السعودية قد أعلن وقفا لإطلاق النار مساء الأحد.",  # كان X قد: X is the subject
    "وطمأنت إدارة الرئيس الأميركي جو بايدن حلفاءها، رافضة أي اتفاق دون مشاركتهم.",  # an organisation speaks
    "وذكر المرصد السوري لحقوق الإنسان أن 25 شخصا قتلوا.",  # an organisation's name after لـ
    "وأوضح عميد عمادة السنة التحضيرية بجامعة الملك سعود أن القبول بدأ.",  # a university named after a king
    "دعا الأمين العام روسيا وحلفاء الناتو إلى مواصلة الحوار.",  # the object begins with a place
    "وقال محامي سانز إن موكله تسلم خطابا من الاتحاد هذا الأسبوع.",  # his lawyer, unnamed
    "وأعلن رئيس الوزراء الذي رفض مسبقا دعوات الاستقالة أن الحكومة باقية.",  # after الذي the phrase is the object
    "وتشير تقديرات الصندوق إلى أن النمو سيتباطأ.",  # a plural noun, not a name
    "وقال مصممو السيارة إن هدفهم حماية البيئة.",  # a plural in construct: an unnamed group
    # common nouns are no names (common_nouns.tsv)
    "وقال جنرال في القوات الجوية طلب عدم الكشف عن اسمه إن 17 شخصا قتلوا.",
    "وقال مصور لوكالة رويترز إن أحوال البحر كانت هادئة.",
    "وأعلن خفر السواحل الإيطالي أن السفن أنقذت 370 شخصا.",
    "فيما أشار قائد عسكري إلى أن وفدا رسميا أرسل إلى المنطقة.",
    "أعلن حاكم كاليفورنيا حالة الطوارئ واستدعى الحرس الوطني.",
    "وقال شخصان مقربان إن الاتحاد دشن تحقيقا داخليا.",
    "وقال مدعون إن المتهمين قبلوا رشى بملايين الدولارات.",
    "كما تعهدت الجبهة بإخلاء جميع مواقعها على الحدود.",  # a verbal noun after بـ
    "وأشارت المصادر لرويترز دون الكشف عن هويتها إلى أن الأعضاء أبلغوا.",
    "وزار اللواء صالح آل طالب مقر البريد الممتاز في خدمة المرابطين.",  # طالب inside the name is no verb
    "والأدهى أن يتحدث مغفل عن مناهج وتدريس وتشدد فيقحم الإسلام فيما نهى عنه.",  # تشدد: a noun in a list
    "وجدد الموقع الرسمي للنادي على الإنترنت تحذيره من التدخين داخل الملعب.",  # على, not the name علي
    "وشارك في الملتقى 1300 طالب شاركوا بمجموعة من الابتكارات.",  # طالب after a number: a noun
    "كانت الحكومة طالبت بعقد جلسة استثنائية لحلف الناتو.",  # a prepositional object
    "وكانت الحكومة أكدت تزامناً مع الغارات أنها لن تتهاون.",  # an adverbial verbal noun
    "وأكد رؤساء الأركان خلال مداولاتهم على أهمية القوة المشتركة.",  # a plural title: a group
    "وقالت سيدة شهدت الحادث إن الأرض اهتزت.",  # an unnamed woman
])
def test_objects_and_organisations_are_not_named_speakers(analyzer, body):
    assert not [s for s in statements(analyzer, body) if s.speaker_type == "person" and not s.speaker_id.startswith("role:")]


def test_title_alone_resolves_to_the_name_the_article_gave_it_outside_statements(analyzer):
    body = ("أجرى وزير الخارجية الأستاذ عادل بن أحمد الجبير مباحثات مع وزير الخارجية الإيطالي باولو جينتيلوني.\n"
            "وقال معالي وزير الخارجية إن المباحثات كانت مثمرة وبناءة.\n"
            "وأفاد معاليه أنه جرى بحث القضية الفلسطينية.")
    sts = statements(analyzer, body)
    assert [s.speaker_id for s in sts] == ["al_jubeir"] * 2  # (the listed person the full name with its nasab names)


def test_common_word_is_a_surname_after_the_given_name_it_had_earlier(analyzer):
    body = ("وكان عاصم جهاد المتحدث باسم الوزارة في بغداد أمس.\n"
            "وأشار جهاد إلى أن سعر البرميل ارتفع الشهر الماضي.")
    [st] = statements(analyzer, body)
    assert (st.speaker_id, st.speaker_type) == ("عاصم جهاد", "person")  # (the full name the sentence before gave)


def test_surname_with_a_description_honorific_and_plural_verbs_after_a_named_speaker(analyzer):
    body = ("وقال غسان دغلس المسؤول في السلطة إن الاتصالات جارية.\n"
            "وأضاف دغلس المكلف بملف الاستيطان أن التشييع سيكون في نابلس.\n"
            "وأكد سموه أن الجناة سينالون جزاءهم.\n"
            "وكان أطباء ذكروا أن الوالدة مصابة بحروق بالغة.")
    sts = statements(analyzer, body)
    assert [s.speaker_id for s in sts] == ["غسان دغلس"] * 3  # the doctors' plural verb is not his


def test_title_after_the_name_and_honorific_pronouns_resolve_to_the_named_speaker(analyzer):
    body = ("رفع الأمير جلوي بن عبدالعزيز بن مساعد، أمير منطقة نجران، التعازي لذوي الشهداء.\n"
            "وأكد أمير منطقة نجران أن المواطنين يد واحدة.\n"
            "ودعا سموه المولى أن يحفظ الوطن من كل مكروه.")
    sts = statements(analyzer, body)
    # (the prayer "ودعا سموه المولى أن ..." is no statement since the ninth session, as "دعا الله أن" never was)
    assert [s.speaker_id for s in sts] == ["جلوي بن عبدالعزيز بن مساعد"]  # (his whole nasab: مساعد is a name after بن)


def test_known_surname_then_an_aside(analyzer):
    body = ("طالب رئيس مجلس النواب سليم الجبوري أمس رئيس الوزراء بإقالة الوزراء الفاسدين.\n"
            "وقال الجبوري عشية جلسة للبرلمان إن «المجلس سيحدد أسماء المؤسسات لمحاسبتها».")
    sts = statements(analyzer, body)
    assert [(s.speaker_id, s.quote_type) for s in sts] == [("سليم الجبوري", "indirect"), ("سليم الجبوري", "direct")]


@pytest.mark.parametrize("body,speaker_id", [
    # a family name with ابن is a name, not "the son of"
    ("وقال ابن خلدون في مقدمته: «الظلم مؤذن بخراب العمران».", "ابن خلدون"),
    # a prepositional phrase with a common noun inside a long title, then the name after a comma
    ("وطالب رئيس الجمعية الخليجية للبيئة بمملكة البحرين في المنامة الدكتور سالم جواد، بضرورة حماية الشواطئ.", "سالم جواد"),
    # the one who gave the speech speaks through "أكد فيها / من خلالها"
    ("ثم ألقى الدكتور نبيل بن صالح الهاشمي كلمة أكد من خلالها على أهمية التدريب المستمر.", "نبيل بن صالح الهاشمي"),
    # a family name alone right after a title, then the speech he gave
    ("حيث ألقى المهندس الزهراني كلمة رحب فيها بالحضور، مؤكدا أهمية المشروع للمنطقة.", "الزهراني"),
    # a rank's grade is part of the title
    ("وأوضح الملازم أول فهد الدوسري أن الدوريات منتشرة في الأحياء.", "فهد الدوسري"),
])
def test_more_speaker_phrases(analyzer, body, speaker_id):
    sts = [s for s in statements(analyzer, body) if s.speaker_type == "person"]
    assert sts and {s.speaker_id for s in sts} == {speaker_id}


@pytest.mark.parametrize("body", [
    "وذكر عدد من الأهالي أن المياه انقطعت ثلاثة أيام.",  # a quantifier and people: an unnamed group
    "ونفى المدرب الإسباني دخوله في مفاوضات مع أي ناد آخر.",  # a verbal noun with a pronoun is no name
    "وقال ابن الضحية إن والده خرج مبكرا.",  # ابن + a definite noun: a relative
    "ويرى الكاتب أن الشاعر يعبر عن رأي مجتمع كامل في قصيدته.",  # رأي after عن is a noun, not the verb رأى
    "وكشف اللواء التركي في المؤتمر الذي عقدته الوزارة أن الخلية تضم عشرة أشخاص.",  # no name after الذي
])
def test_more_phrases_that_are_not_named_speakers(analyzer, body):
    assert not [s for s in statements(analyzer, body) if s.speaker_type == "person" and not s.speaker_id.startswith("role:")]


def test_quantifier_group_does_not_continue_the_previous_speaker(analyzer):
    body = ("وقال المحامي سامي العتيبي إن القضية في يد القضاء.\n"
            "وذكر بعض المسؤولين أن الجلسة المقبلة ستكون حاسمة.")
    first, second = statements(analyzer, body)
    assert (first.speaker_id, second.speaker_type) == ("سامي العتيبي", "anonymous")


def test_short_title_alone_is_the_person_named_next_to_that_title_word(analyzer):
    body = ("أعلن البرتغالي جوزيه مورينيو رحيله كمدرب للفريق بعد المباراة.\n"
            "وقال مورينيو إنه فخور بما حققه.\n"
            "وأضاف المدرب أن قراره نهائي ولا رجعة فيه.")
    sts = statements(analyzer, body)
    # (the first sentence is itself an announcement, read since البرتغالي is known as a nationality)
    assert [s.speaker_id for s in sts] == ["جوزيه مورينيو"] * 3
    assert [s.verb for s in sts][-1] == "وأضاف"


def test_one_id_for_a_surname_and_the_full_name_in_one_article(analyzer):
    body = ("وأكد اللواء الشهري أن القوات تتقدم في المحافظة.\n"
            "وجدد رئيس الأركان اللواء ناصر الشهري التأكيد على أن المعركة مستمرة.")
    sts = statements(analyzer, body)
    assert {s.speaker_id for s in sts} == {"ناصر الشهري"}


def test_quotation_then_a_new_clause_is_direct(analyzer):
    body = "وقال المؤرخ سعيد الغامدي: «التاريخ يكتبه المنتصرون دائما»، وهو رأي يشاركه فيه كثيرون."
    [st] = statements(analyzer, body)
    assert st.quote_type == "direct"


@pytest.mark.parametrize("body,speaker_id,quote", [
    # a place after the first title, then another title and the name
    ("وأوضح محافظ بيشة رئيس لجنة التنمية بالمحافظة سعد بن فهد العمري أن المهرجان يبدأ غدا.", "سعد بن فهد العمري", "indirect"),
    # "، حين قال": the subject of the clause before
    ("وأصاب وزير الخارجية الأردني ناصر جودة، حين قال «إن المنطقة تحتاج إلى حلول سياسية».", "ناصر جوده", "direct"),
    # a rank, then the name علي
    ("وقال الرقيب علي العتيبي: نحن في خدمة الوطن طوال أيام العيد.", "علي العتيبي", "indirect"),
    # a quoted festival name in reported speech is no quotation
    ("وأكد المدير خالد الشمري أن مهرجان «ليالي الطائف» يستقبل الزوار يوميا.", "خالد الشمري", "indirect"),
    # a time adjunct with its adjective before the quotation
    ("وكان الوزير سامي الحربي قد قال يوم الأحد الماضي «لا تراجع عن القرار».", "سامي الحربي", "direct"),
    # the content before "، حسبما أشار X"
    ("وكان انتخابه لثماني سنوات غير منطقي، حسبما أشار رئيس اللجنة الألماني هانز مولر.", "هانز مولر", "indirect"),
    # a subject, an aside between dashes, then the verb
    ("فيصل العتيبي -رئيس اللجنة المنظمة للمهرجان- قال: \"نسعى لإسعاد الزوار كل مساء\".", "فيصل العتيبي", "direct"),
    # a masdar-shaped given name before a family name in ـي
    ("وقالت إحسان البلوشي إن التجربة كانت رائعة.", "احسان البلوشي", "indirect"),
    # an organisation's quoted name after لـ, then the person's name
    ("ونقلت وكالة رويترز عن المدير التنفيذي لـ \"سامسونغ\" جون لي قوله \"هذه خطوتنا الأخيرة في التحول\".", "جون لي", "direct"),
    # "قال عن X:": the colon opens the content
    ("وقال الفنان سعد المطيري عن عروض السيرك: \"سعيد بهذه التجربة في جدة\".", "سعد المطيري", "direct"),
    # a title word as the family name after a listed given name, before an indefinite object
    ("أعلن أمين منطقة عسير صالح القاضي ترسية مشروع مقر نادي الطيران الشراعي.", "صالح القاضي", "indirect"),
    # an unlisted descriptive noun with the article, then a listed given name and a surname
    ("وقال الصراف عبدالله بامهيل، إن محال الصرافة شهدت طلبا كبيرا.", "عبدالله بامهيل", "indirect"),
    # a nationality of a listed country, a name, then a description in ـ منضم
    ("كشف الغاني سولي مونتاري المنضم حديثا لصفوف الفريق، إن مفاوضاته لم تستغرق سوى دقائق.", "سولي مونتاري", "indirect"),
    # "في الوقت الذي أكد X": a conjunction, not a relative clause after its antecedent
    ("في الوقت الذي أكد منصور البلوي المشرف على الفريق أن المشروع لم يكتمل بعد.", "منصور البلوي", "indirect"),
    # a long titled subject between كان and قد
    ("وكان المتحدث الرسمي باسم الانتخابات البلدية المهندس جديع القحطاني قد دعا الشباب إلى المشاركة.", "جديع القحطاني", "indirect"),
    # a quotation mark between spaces opens the quotation: the name ends before it
    ('وقال صالح " يمكننا ان نجمد الأحكام اثناء فترة الحوار بالتوافق معهم."', "صالح", "direct"),
    # a surname alone, written earlier at the end of a full name in a nasab or after a title
    ("افتتح الدورة الدكتور ممدوح بن فالح الثقيل مساعد المدير العام.\nوأوضح الثقيل أن البرنامج ساهم في سرعة اكتشاف الحالات.",
     "الثقيل", "indirect"),
    ("وزار الأطفال المدرب راضي الشبعان في مقر الجمعية.\nوأكد الشبعان أن مهارات الحركة أساسية للأطفال.", "الشبعان", "indirect"),
    # روت (narrated) opens a quotation; روى is not read (رؤى, visions, once normalised)
    ('وروت القاضية كارين يونغ "لقد فكرت مليا وتساءلت ما الذي قد يؤلمهما فعلا".', "كارين يونغ", "direct"),
    # a hyphenated given name; a word in فال... continuing a name is no ف + article
    ("حذر وزير الخارجية الألماني فرانك- فالتر شتاينماير من استمرار تصعيد العنف في تركيا.", "فرانك فالتر شتاينماير", "indirect"),
    # a long nisba the lexicons do not hold, then a name of three words
    ("وقال الباراغوياني خوان انخل نابوت لوكالة فرانس أن أمريكا الجنوبية ستدعم المرشح.", "خوان انخل نابوت", "indirect"),
    # "وفقا / طبقا لما قاله X" without a comma: X's statement, the clause before the cue
    ("وأظهرت الاختبارات أنها تزيد عن الحد طبقا لما قاله ضابط الشرطة تورليف سكوفيرينج بمنطقة روميريكي.", "تورليف سكوفيرينج", "indirect"),
    # the aside "باسمه واسم ..." before عن; the king named in a gazetteer title
    ("بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز برقية تهنئة للرئيس.\n"
     "وأعرب الملك المفدى باسمه واسم شعب وحكومة المملكة العربية السعودية عن أصدق التهاني.", "salman", "indirect"),
    # a title with honorifics before the name, resolved later from the title alone
    ("كما بعث نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير فهد بن سعد بن عبدالعزيز برقية تهنئة.\n"
     "وعبر سمو نائب خادم الحرمين الشريفين عن أبلغ التهاني لفخامته.", "فهد بن سعد بن عبدالعزيز", "indirect"),
    # a title of twelve words ending in a rank, then a given name that is also a title word before بن
    ("استنكر وكيل وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد لشؤون المطبوعات والبحث العلمي الدكتور "
     "مساعد بن إبراهيم الحديثي، حادثة التفجير الإرهابي.", "مساعد بن ابراهيم الحديثي", "indirect"),
    # علي between a given name and a family name is part of the name
    ("أوضح الرئيس التنفيذي لهيئة الربط الكهربائي م. أحمد علي الإبراهيم أنه تم الانتهاء من الأعمال.", "احمد علي الابراهيم", "indirect"),
    # a title after the name (كبير الخبراء); an outlet told, its name in quotation marks, before إن
    ('وقال إدريان لودفيج كبير الخبراء الأمنيين "أدركنا حاجتنا إلى التحرك بشكل أسرع".', "ادريان لودفيج", "direct"),
    ('وقال المدير جون سميث لشبكة "سي إن إن" الإخبارية إن الشركة ستطلق تحديثات شهرية.', "جون سميث", "indirect"),
    # "لم تذكر اسمه" is an aside, not a verb that ends the speaker phrase; "أيضا" before إلى
    ('وذكر المدير خالد الفهد الذي لم تذكر الصحيفة اسمه الكامل ان "معظم البرامج موجهة بشكل صحيح".', "خالد الفهد", "direct"),
    ("وأشار الوزير سامي العتيبي أيضا إلى التزام بلاده بأمن حلفائها.", "سامي العتيبي", "indirect"),
    # after a rank, علي before a name-like word is the name, not the preposition على
    ("وقال العميد علي ردمان قحطان أحد القيادات العسكرية لـ «عكاظ» إنه يجري تطهير مواقع.", "علي ردمان قحطان", "indirect"),
    ("وشدد العقيد سامي الحربي على أهمية الالتزام بالتعليمات.", "سامي الحربي", "indirect"),
    # a person's name quoted after the title (not an organisation's quoted name)
    ("وأوضح رئيس لجنة التصوير الضوئي “حسان مبروك” أن الفريق قام بزيارة للمناطق الشمالية.", "حسان مبروك", "indirect"),
    # a given name that is also a title word (مساعد) after the title's complement ("المرشح للرئاسة")
    ("ويأتي فتح الملف بعد أن وعد المرشح للرئاسة مساعد الزويهري بتوفير كل متطلبات الفريق.", "مساعد الزويهري", "indirect"),
    # a family name spelled like a title (الشيخ) before an aside on the person
    ("حيث يرى الدكتور سعيد الشيخ وهو الاقتصادي السعودي البارز أن الوصول إلى المعدل ناتج عن القسمة.", "سعيد الشيخ", "indirect"),
    # أبا (the kunya's accusative) joins the next word to the name, as أبو does
    ("أشاد نائب رئيس النادي فيصل أبا الخيل بسير المعسكر.", "فيصل ابا الخيل", "indirect"),
    # أفاد takes its content after ب ("أفاد بمواصلة"، "أفاد بتحسن")
    ("وأفاد مدير المكتب وليد بن علي الجلال بمواصلة الحملة هذا البرنامج.", "وليد بن علي الجلال", "indirect"),
    # after a descriptive noun, before a family name in ـي and the content (العامري is also a counted word)
    ("بدوره أكد البائع علي العامري أن طرق حفظ العسل كثيرة.", "علي العامري", "indirect"),
    # "مستطردا:" introduces the same content as the verb before it
    ("ويضيف الباحث حسن أبو هنية مستطردا: «معظم المتطرفين نشأوا في السجون».", "حسن ابو هنيه", "direct"),
])
def test_the_one_named_speaker_and_quote_type(analyzer, body, speaker_id, quote):
    sts = [s for s in statements(analyzer, body) if s.speaker_type == "person"]
    assert [(s.speaker_id, s.quote_type) for s in sts] == [(speaker_id, quote)]


@pytest.mark.parametrize("body,wrong", [
    ("وقال المتحدث باسم مركز الملك سلمان للإغاثة إن القافلة وصلت.", "salman"),  # a name inside an organisation's name
    ("واتهم المخرج حسن عسيري زميله باستنساخ شخصياته.", "حسن عسيري زميله"),  # a colleague is no part of the name
    ("ويعلق مبتسما «هذه صورة لا تفارق خيالي».", "مبتسما"),  # an adverbial participle
])
def test_words_misread_as_names_are_no_speaker(analyzer, body, wrong):
    assert wrong not in [s.speaker_id for s in statements(analyzer, body)]


def test_impersonal_aside_is_nobodys_statement(analyzer):
    body = "وقال الوزير فهد العلي إن المهرجان ناجح.\nيذكر أن المهرجان يستمر أسبوعين."
    assert [s.speaker_id for s in statements(analyzer, body)] == ["فهد العلي"]


def test_indefinite_title_names_the_person_a_definite_title_refers_to(analyzer):
    body = ("استقبل مدير عام الشؤون الصحية بالمنطقة الأستاذ سالم القحطاني فريقا هندسيا من الوزارة.\n"
            "حيث أكد المدير العام بأن المديرية تركز على تشغيل المشاريع.")
    [st] = statements(analyzer, body)
    assert st.speaker_id == "سالم القحطاني"


def test_named_speaker_with_a_long_relative_clause_before_the_quotation(analyzer):
    body = ("وقالت سارة جونسون التي قادت الدراسة وهي باحثة في مجال الصحة العامة والنشاط البدني في جامعة "
            "ميشيغان \"بدأنا نؤمن أن كثرة الجلوس أمر مختلف عن قلة الرياضة.\"")
    [st] = statements(analyzer, body)
    assert (st.speaker_id, st.quote_type) == ("ساره جونسون", "direct")


@pytest.mark.parametrize("body,name", [
    ("وقال نيلز مويزنيكس وهو مفوض حقوق الإنسان إن الوضع مقلق.", "نيلز مويزنيكس"),
    ("وقالت إيرينا بوكوفا لعمال البناء إن الموقع سيبقى مفتوحا.", "ايرينا بوكوفا"),
])
def test_name_ends_before_a_clause_or_a_prepositional_phrase(analyzer, body, name):
    [st] = statements(analyzer, body)
    assert st.speaker_id == name


def test_nationality_then_a_name_and_the_last_blind_sets_shapes(analyzer):
    body = "وقال الإيطالي كارلو أنشيلوتي المدير الفني للفريق \"نحن سعداء بهذا الفوز الكبير.\""
    [st] = statements(analyzer, body)
    assert (st.speaker_id, st.quote_type) == ("كارلو انشيلوتي", "direct")
    body = "وتمت إزالة 40 مبسطاً عشوائياً في الطرقات، وذلك بحسب ما أفاد به رئيس البلدية الدكتور سامي العنزي."
    [st] = statements(analyzer, body)
    assert st.speaker_id == "سامي العنزي"


def test_a_shorter_name_takes_the_longest_full_name_of_the_article(analyzer):
    body = ("وقال وزير الصناعة الإيراني محمد نعمت زاده إن بلاده تحتاج إلى استثمارات كبيرة.\n"
            "وأكد نعمت زاده أنه يتوقع رفع العقوبات قريبا.")
    sts = statements(analyzer, body)
    assert {s.speaker_id for s in sts} == {"محمد نعمت زاده"}


def test_an_accusative_noun_after_the_verb_is_no_name(analyzer):
    body = "لكنها رفضت طلبا تقدمت به إحدى الجماعات بأن يفرج عن المعتقلين."
    assert not [s for s in statements(analyzer, body) if s.speaker_type == "person"]


def test_given_name_that_is_also_a_title_word_ending_the_phrase(analyzer):
    body = "وقال المدير التنفيذي للمجلس المصري للشؤون الخارجية أمين شلبي إن الزيارة مهمة."
    [st] = statements(analyzer, body)
    assert st.speaker_id == "امين شلبي"


@pytest.mark.parametrize("body,speaker_id,verb_class", [
    # بيّن / عبّر, spelled like the prepositions بين / عبر: read with a named speaker and أن / عن near
    ("من جانبه بين مدير إدارة شؤون المعلمين بتعليم جازان عثمان عريبي، أن المقابلات تبدأ غدا.", "عثمان عريبي", "neutral"),
    ("وبين سعد منيف الكثيري رئيس قسم شؤون المعلمين أن المقابلات مقسمة على يومين.", "سعد منيف الكثيري", "neutral"),
    ("وعبر الوزير خالد الوهيبي عن سعادته الكبيرة بهذا التكريم.", "خالد الوهيبي", "neutral"),
    # praise and condemnation (evaluation), without a complementiser, with a named speaker
    ("من جهته ثمّن مدير العلاقات العامة بالقوات المسلحة اللواء صالح آل طالب دور البريد الممتاز.", "صالح ال طالب", "evaluation"),
    ("وأشاد مدير شرطة المنطقة اللواء ناصر الدويسي بجهود رجال الأمن في حماية الحدود.", "ناصر الدويسي", "evaluation"),
    ("وانتقد السيناتور جون ماكين الاتفاق مع إيران بشدة.", "جون ماكين", "evaluation"),
    # a title, then the rank and the name between commas, then قد and the verb
    ("وكان رئيس هيئة الأركان العامة في اليمن، اللواء محمد المقدشي، قد أعلن الخميس، أن صنعاء أولوية.", "محمد المقدشي", "announcement"),
])
def test_verbs_spelled_like_common_words_praise_and_a_subject_between_commas(analyzer, body, speaker_id, verb_class):
    sts = [s for s in statements(analyzer, body) if s.speaker_type == "person"]
    assert [(s.speaker_id, s.verb_class) for s in sts] == [(speaker_id, verb_class)]


@pytest.mark.parametrize("body", [
    "وقال الوزير إن الاتفاق بين البلدين أن يتم التعاون.",  # بين inside the content
    "وتبين أن المتهم كان في المنزل وقت الحادث.",  # تبين أن: "it turned out"
    "وتتم المسابقة بين أغسطس ونوفمبر على أن يكون الحفل في ديسمبر.",  # بين after a word: the preposition
    "وارتفع ثمن النفط بعد قرار خفض الإنتاج.",  # ثمن: the price
    "وعبر حسابه على تويتر نشر صورا من الحفل.",  # عبر: via
    "وأشاد الرئيس وأعضاء فريق الزيارة بدور المملكة البارز في مكافحة جرائم غسل الأموال.",  # the object is no name
])
def test_prepositions_and_objects_are_not_named_statements(analyzer, body):
    assert not [s for s in statements(analyzer, body) if s.speaker_type == "person" and not s.speaker_id.startswith("role:")]


def test_given_name_of_a_full_nasab_and_a_gazetteer_surname_take_the_full_id(analyzer):
    body = ("كشف رئيس مجلس إدارة الشركة الأمير عبد العزيز بن تركي بن طلال أن الاستثمار ضروري.\n"
            "وبيّن الأمير عبد العزيز أن هذه التقنية لا تحتاج إلى أسلاك.\n"
            "وأكد الرئيس اليمني عبد ربه منصور هادي أن الحكومة تقف مع السلام.\n"
            "وقال الرئيس هادي إن الحوار يجب أن يستند إلى القرار 2216.")
    ids = {s.speaker_id for s in statements(analyzer, body) if s.speaker_type == "person"}
    assert ids == {"عبد العزيز بن تركي بن طلال", "hadi"}


@pytest.mark.parametrize("body", [
    "كما أعلن ترشحه لانتخابات الرئاسة عام 2014 قبل أن يسحب ترشحه.",  # a possessed verbal noun, then its complement
    "ويحمل البرنامج أحلاما ورؤى اصطدمت فجأة بأنظمة متعنتة تكمن في نظام الوزارة.",  # رؤى is no verb
    "وأشار التقرير إلى أن الأسعار ارتفعت.\nوذكر التقرير أن الطلب تراجع.",  # a common noun is no surname
])
def test_common_words_after_a_verb_are_no_named_speaker(analyzer, body):
    assert not [s for s in statements(analyzer, body) if s.speaker_type == "person" and not s.speaker_id.startswith("role:")]


@pytest.mark.parametrize("body", [
    "ويؤكد الأهالي أنهم ملوا الوعود المتكررة.",  # residents: an unnamed group
    "يقول المعارضون للإصلاح داخل الحزب الشيوعي الحاكم إن تخصيص الأراضي خطر.",  # داخل is a preposition
])
def test_groups_and_prepositional_phrases_are_not_named(analyzer, body):
    assert not [s for s in statements(analyzer, body) if s.speaker_type == "person" and not s.speaker_id.startswith("role:")]


@pytest.mark.parametrize("body,speaker_id", [
    # an honorific pronoun: the nearest earlier honorific followed by a name ("وسمو نائبه" names nobody)
    ("رفع صاحب السمو الملكي الأمير سعود بن نايف بن عبدالعزيز التعازي لخادم الحرمين الشريفين وسمو نائبه.\n"
     "وقال سموه إن هذه آفة من الآفات.", "سعود بن نايف بن عبدالعزيز"),
    # the speech a surname gave, when the article wrote the full name earlier
    ("بحضور المهندس ابراهيم بن احمد الغبان.\nحيث ألقى المهندس الغبان كلمة أكد فيها أهمية عمل رئيس المركز.", "ابراهيم بن احمد الغبان"),
    # a title that names another person earlier, then a full name after the title's complement
    ("رأى الخبير في شؤون الشرق الأوسط الدكتور فولفجانج فوجل أن الزيارة ناجحة.\n"
     "ولفت الخبير الإستراتيجي في شؤون الخليج العربي هاينريش شوماخر إلى أن الجولة مهمة.", "هاينريش شوماخر"),
])
def test_honorific_pronouns_speeches_and_titles_lead_to_the_named_speaker(analyzer, body, speaker_id):
    sts = [s for s in statements(analyzer, body) if s.speaker_type == "person"]
    assert sts and sts[-1].speaker_id == speaker_id


def test_god_is_prayed_to_not_quoted(analyzer):
    body = "وأكد الشيخ صالح بن حميد أن المملكة بلد السلام.\nودعا الله عز وجل أن يوفق شبابنا، مؤكدا أن المملكة ستظل آمنة."
    ids = {s.speaker_id for s in statements(analyzer, body)}
    assert ids == {"صالح بن حميد"}


def test_a_title_resolved_to_a_gazetteer_person_keeps_the_id_when_the_same_name_follows(analyzer):
    body = ("وقالت ماريا زاخاروفا إن موسكو لن تقبل أي إنذار.\n"
            "وأكدت المتحدثة باسم وزارة الخارجية الروسية، ماريا زاخاروفا، أن المسؤولين الروس سيحضرون الاجتماع.")
    assert {s.speaker_id for s in statements(analyzer, body)} == {"zakharova"}


@pytest.mark.parametrize("body,speaker_id,verb_class,verb", [
    # speech reported by a verbal noun, its speaker right after it
    ("وسلطت الصحف الضوء على إعلان الناطق الرسمي باسم الائتلاف الوطني السوري سالم المسلط أن القرارات لا قيمة لها.",
     "سالم المسلط", "announcement", "إعلان"),
    ("وأشارت الصحف إلى ترحيب وزيرة المهجرين اللبنانية أليس شبطيني بقرار تمديد ولاية القادة الأمنيين.",
     "اليس شبطيني", "evaluation", "ترحيب"),
    ("وجاء ذلك بعد تأكيد وزارة الخارجية الروسية أن المحادثات مستمرة.", "russia_mfa", "emphatic", "تأكيد"),
    ("وتتوالى إجراءات الحكومة التي كان آخرها إعلان الرئيس التركي رجب طيب أردوغان عن توقيف 1300 شخص.",
     "erdogan", "announcement", "إعلان"),
    # an honorific pronoun after the verbal noun: the person the honorific named before
    ("ترأس صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز أمس جلسة المجلس، وتأكيد سموه ـ أيده الله ـ في الجلسة "
     "أن الإرهاب لن يؤثر على المملكة.", "mbn", "emphatic", "وتأكيد"),  # (the listed id)
])
def test_speech_reported_by_a_verbal_noun(analyzer, body, speaker_id, verb_class, verb):
    sts = statements(analyzer, body)
    assert [(s.speaker_id, s.verb_class, s.verb) for s in sts] == [(speaker_id, verb_class, verb)]
    assert sts[0].quote_type == "indirect"


@pytest.mark.parametrize("body", [
    "واهتمت الصحيفة بإعلان الأمين العام للأمم المتحدة، بان كي مون، اتفاقا بين الأطراف المتحاربة.",  # بان: a name, not بأن
    "وشهد الاجتماع تأكيد الحضور على أهمية التعاون بين الجهات.",  # the attendees: no named speaker
    "وتم إعلان النتائج أن شاء الله في الأسبوع المقبل.",  # no speaker after the verbal noun
    "ويأتي هذا التحذير من أن الأسعار سترتفع بعد الإعلان.",  # a verbal noun with the article
])
def test_verbal_nouns_without_a_named_speaker_right_after_report_nothing(analyzer, body):
    assert not statements(analyzer, body)


def test_a_verbal_noun_statement_leaves_the_clause_verb_its_own_subject(analyzer):
    body = ("وجاء ذلك بعد إعلان اللواء منصور التركي عن تورط 40 امرأة في التنظيم، إلا أن المتحدث الأمني أوضح "
            "أن التنظيم فشل في تجنيد النساء.")
    sts = statements(analyzer, body)
    assert [(s.verb, s.speaker_id) for s in sts][0] == ("إعلان", "منصور التركي")
    assert [s.verb for s in sts] == ["إعلان", "أوضح"]
    assert "أوضح" not in sts[0].content


@pytest.mark.parametrize("body,speaker_id", [
    # a nationality after a listed given name is the family name (اللواء منصور التركي)
    ("وقال المتحدث الأمني اللواء منصور التركي إن التحقيقات مستمرة.", "منصور التركي"),
    # a title of a woman opens the speaker of a verb spelled like a common word (وزيرة is no و + زيرة)
    ("وبينت وزيرة الصحة ليلى العمري أن الحملة تبدأ غدا.", "ليلي العمري"),
])
def test_nationality_family_name_and_a_title_starting_with_waw(analyzer, body, speaker_id):
    assert [s.speaker_id for s in statements(analyzer, body) if s.speaker_type == "person"] == [speaker_id]


@pytest.mark.parametrize("body,speaker_id,quote", [
    # after a rank or a nationality, two words are a name even when one is also a common word
    ("وقال رئيس الوزراء البريطاني ديفيد كاميرون إنه تم بناء المزيد من الأسوار.", "ديفيد كاميرون", "indirect"),
    ("وقال نائب رئيس «أرامكو السعودية» السابق الدكتور سداد الحسيني: إن السوق تتجاوب ببطء.", "سداد الحسيني", "indirect"),
    # the name as the last comma part of a title, before the marker
    ("من جانبه، أوضح أمين عام الهيئة العالمية للتنمية البشرية، التابعة لرابطة العالم الإسلامي، "
     "عبدالحميد العبدالجبار، أن المشاركة جزء من حملة كبيرة.", "عبدالحميد العبدالجبار", "indirect"),
    # a comma closing the apposition before عن
    ("عبر المشرف العام على مركز الملك سلمان للإغاثة، الدكتور عبدالله الربيعة، عن سعادته بتدشين الحملة.",
     "عبدالله الربيعه", "indirect"),
    # the name علي after a title, not the preposition على
    ("وأوضح متحدث الإمارة علي بن موسى زعله بأن التعليمات واضحة وصريحة.", "علي بن موسي زعله", "indirect"),
    # وفقا لـ written joined to a title (للمشرف على ...)
    ("ووفقاً للمشرف على الفريق علي بن داوود حدادي فإن الفريق يسعى إلى توثيق المواقع.", "علي بن داوود حدادي", "indirect"),
    # آل and a family name that is also a title word
    ("وتابع الشيخ عبدالعزيز بن عبدالله آل الشيخ يقول: واجب الدعاة الكشف عن هذه الفئة.", "عبدالعزيز بن عبدالله ال الشيخ", "indirect"),
])
def test_names_after_ranks_commas_and_joined_prepositions(analyzer, body, speaker_id, quote):
    sts = [s for s in statements(analyzer, body) if s.speaker_type == "person"]
    assert [(s.speaker_id, s.quote_type) for s in sts][:1] == [(speaker_id, quote)]


def test_an_unnamed_source_after_bihasab_does_not_go_on_speaking(analyzer):
    # "بحسب مصادر" is an aside: the next verb without a subject is the person named before
    body = ("وقال وزير الصحة اليمني علي الأهدل إن المرضى يموتون يوميا.\n"
            "وتعجز الحكومة عن توفير الوقود، حسب مصادر محلية.\n"
            "وأضاف أن مركز الغسيل لا يستطيع توفير الكهرباء.")
    sts = statements(analyzer, body)
    assert [s.speaker_id for s in sts] == ["علي الاهدل", "anon:مصادر", "علي الاهدل"]


def test_the_conjunction_fa_inna_alone_is_no_name(analyzer):
    # after a title, فإن is the conjunction, not the Dutch "van" (فان جال keeps it)
    norm = "الطبيب المعالج فان"
    assert analyzer.statements.speakers.read_name(norm, 0, len(norm)) is None
    norm = "المدرب فان جال"
    assert analyzer.statements.speakers.read_name(norm, 0, len(norm)) == ("فان جال", len(norm))


@pytest.mark.parametrize("body,speaker_ids", [
    # a listed surname (عباس، ميشيل) before another name word is someone else's given name ...
    ("وقال عباس عراقجي إن طهران لن تقبل التمديد.", ["عباس عراقجي"]),
    ("وقال ميشيل ستيش إن النادي سعيد بالتعاقد.", ["ميشيل ستيش"]),
    # ... unless the article wrote the listed full name before: then the next word is the object
    ("وقال الرئيس الفلسطيني محمود عباس إن الجريمة بشعة.\nوانتقد عباس صدور بيانات إدانة فقط.", ["abbas", "abbas"]),
    # a known surname after a title, then the verb's object
    ("وأكد السفير علي عواض عسيري أن المملكة حريصة على الاستقرار.\n"
     "ووصف السفير عسيري العلاقات السعودية اللبنانية بأنها علاقات متينة.", ["علي عواض عسيري", "علي عواض عسيري"]),
    # ابن X names the person written before as "... بن X"
    ("عد الشيخ سلمان بن إبراهيم آل خليفة رئيس الاتحاد الآسيوي بلاتيني مرشحا فريدا.\n"
     'وقال ابن إبراهيم "بالتأكيد نحن تابعنا قرار بلاتيني".', ["سلمان بن ابراهيم ال خليفه"]),
    # a titled subject, then بدوره / من جهته, then the verb
    ("أمين مجلس شباب منطقة عسير عادل آل عمر بدوره أشار إلى أن أكثر من ألفي زائر حضروا.", ["عادل ال عمر"]),
    # an ordinal and a superlative describe; they never name
    ("وذكرت ثالث أكبر شركة سيارات في اليابان أن أرباحها ارتفعت.", []),
    # a specialist's field after أخصائي / استشاري is no name; a long title then a rank and the name
    ("دعا أخصائي طب عيون إلى ضرورة ارتداء النظارات الشمسية.", ["role:اخصايي طب عيون"]),
    ("وأوضح أخصائي علم الاجتماع والباحث الاجتماعي حسن آل إبراهيم أن الألعاب الشعبية تراث.", ["حسن ال ابراهيم"]),
    ("وأوضح عضو مجلس إدارة الجمعية السعودية لطب العيون أخصائي طب وجراحة العيون رئيس لجنة العلاقات العامة "
     "الدكتور وسيم عبد العزيز عالم، أن العينين عرضة للإصابة.", ["وسيم عبد العزيز عالم"]),
    # a given name that looks like a word with the article, before a family name
    ("وتشير أخصائية التغذية إلهام الغامدي إلى أن الجسم يحتاج إلى الماء.", ["الهام الغامدي"]),
    # بيّن (also "between") with a long title set off by a comma before أن
    ("وبين الدكتور موفق أبو طالب مدير إدارة الحج والعمرة في منطقة مكة المكرمة، أن الاجتماع تطرق إلى الترتيبات.",
     ["موفق ابو طالب"]),
    # ما after the verb opens its object: no subject follows
    ("والجامعة إذ توضح ما سبق، فإنها تؤكد على تطبيق مبدأ الشفافية.", []),
    # a nationality whose country is written with the article (البرتغال -> البرتغالي) before the name
    ("قال البرتغالي جوزيه مورينيو مدرب تشيلسي بطل الدوري الإنجليزي الممتاز اليوم إن خلافاته انتهت.", ["جوزيه مورينيو"]),
    # a verb after قد is no subject of the next verb
    ("وتوقع المدرب أن الخلافات قد انتهت وأكد على استعداده للقتال.", ["role:المدرب"]),
    # وقال right before a quotation opens a new statement inside the content of the one before
    ('وحذر الرئيس سمير الحربي من الانشغال في الأمور السياسية وقال "يجب ألا تشغلنا عن التنمية".', ["سمير الحربي", "سمير الحربي"]),
    # شجب (condemned) at a clause start; معاليه then names the condemning minister
    ("شجب وزير العدل الدكتور وليد بن محمد الصمعاني العمل الإرهابي الآثم.\n"
     "وأدان معاليه هذا العمل الإجرامي، مشيرا إلى أن القضاء سيقف في وجه كل مفسد.",
     ["وليد بن محمد الصمعاني"] * 3),
    ("وأصدرت الحكومة بيان شجب واستنكار للعملية الإرهابية.", []),
    # سموه skips an honorific before a possessed noun ("وسمو ولي عهده") for the one before a name
    ("رعى صاحب السمو الأمير بندر بن سعود بن محمد آل سعود الحفل.\n"
     "وقدم سموه شكره لخادم الحرمين الشريفين وسمو ولي عهده على دعمهم.\n"
     "وأوضح سموه أن هذا البرنامج يعد الثمرة الأولى للوحدة.", ["بندر بن سعود بن محمد ال سعود"]),
    # a family name alone (also "the pasha") after the full name written after a title and its complement
    ("وجّه رئيس نادي الخليج فوزي الباشا رسالة للأندية التي فاوضت النادي بأن تغلق باب المفاوضات، "
     "وأكّد الباشا أنه يحترم رغبات كل الأندية.",
     ["فوزي الباشا"]),
    # a title last in a chain joined by و after the name and a semicolon names that person
    ("نشر الشيخ محمد بن راشد آل مكتوم؛ نائب رئيس دولة الإمارات ورئيس مجلس الوزراء وحاكم دبي، صورة نادرة على تويتر.\n"
     "وقال حاكم دبي إن الرحلة ممتعة.", ["محمد بن راشد ال مكتوم"]),
    # after a rank, علي before a preposition is the name (no preposition follows على): "الأمير علي عن قلقه"
    ("اعتبر الأمير علي بن الحسين أن النظام فاسد.\nوأعرب الأمير علي عن قلقه من الآثار المضرة للأزمة.",
     ["علي بن الحسين"] * 2),
    # nor an honorific whose phrase runs on into a prepositional object: one unlisted word there is no name
    ("كما اطلع سمو الرئيس العام على الإجراءات المتبعة لانضمام الشباب لعضويته.\n"
     "وأكد سموه أن الملاحظات كثيرة.", ["role:سمو"]),
    ("كما اطلع سمو الرئيس العام على الإجراءات المتبعة لانضما م الشباب لعضويته.\n"
     "وأكد سموه أن الملاحظات كثيرة.", ["role:سمو"]),
])
def test_listed_surnames_known_surnames_and_nasab(analyzer, body, speaker_ids):
    assert [s.speaker_id for s in statements(analyzer, body) if s.speaker_type == "person"] == speaker_ids


def test_a_relative_clause_on_a_prepositional_object_is_not_the_last_speaker(analyzer):
    body = ("وقال مدير المرصد رامي عبد الرحمن إن الاشتباكات مستمرة.\n"
            "وقتل 25 متطرفا، حسب حصيلة للمرصد الذي أشار إلى تزامن الاشتباكات مع الغارات.")
    assert [s.speaker_id for s in statements(analyzer, body) if s.verb == "أشار"] == []


def test_a_known_surname_read_as_a_common_noun_after_a_rank(analyzer):
    # "ملائكة" is also a common noun: the name read after the rank is dropped, and the known-surname
    # reading must not use it (this crashed on 2015-08-08-00547 of SaudiNewsNet)
    body = ("وأوضح الخبير الأمني اللواء عبدالله ملائكة أن عدد المتهمين كبير.\n"
            "واستنكر اللواء ملائكة الفعل الإجرامي الذي وقع في المسجد، لافتا أن ترويع الناس لم يسبق.")
    assert all(s.speaker_type == "person" for s in statements(analyzer, body))


def test_a_given_name_never_written_with_the_article(analyzer):
    # رأفت is counted as a construct head (never with the article) but is listed as a given name
    body = "وأوضح رأفت الصباغ المتحدث الرسمي باسم المركز، أن المساعدات تأتي ضمن برنامج الإغاثة."
    assert [s.speaker_id for s in statements(analyzer, body)] == ["رافت الصباغ"]


def test_a_second_verb_with_a_colon_opens_a_new_statement(analyzer):
    body = ('من جانبه، أكد اللاعب مبارك الأسمري أن الفريق وصل إلى جاهزية كبيرة للموسم المقبل وقال: '
            '"نقضي هذه الأيام المرحلة الأخيرة من المعسكر الإعدادي في تونس".')
    sts = statements(analyzer, body)
    assert [(s.verb, s.quote_type) for s in sts] == [("أكد", "indirect"), ("وقال", "direct")]


def test_a_speaker_told_an_outlet_and_an_honorific_of_a_mufti(analyzer):
    body = ("وقال رئيس الوزراء البريطاني ديفيد كاميرون إنه تم تعزيز الأمن.\n"
            "وأضاف لقناة سكاي نيوز اليوم “نحقق تقدما لكن هناك حاجة لفعل المزيد في النفق.”\n"
            "وصف سماحة مفتي عام المملكة الشيخ عبدالعزيز بن عبدالله آل الشيخ الحادثة بالعمل الإجرامي.\n"
            "وقال سماحته في مداخلة مع قناة الإخبارية: المصاب مصاب الجميع.")
    sts = statements(analyzer, body)
    assert [(s.speaker_id, s.quote_type) for s in sts] == [
        ("ديفيد كاميرون", "indirect"), ("ديفيد كاميرون", "direct"), ("عبدالعزيز بن عبدالله ال الشيخ", "indirect"),
        ("عبدالعزيز بن عبدالله ال الشيخ", "indirect")]  # (وصف ... بالعمل الإجرامي: what he described it as)
    found = analyzer.analyse(make_article("عنوان الخبر\n" + body)).attributions
    assert {(a.agency, a.kind) for a in found} == {("skynews_arabia", "text"), ("alekhbariya", "text")}


@pytest.mark.parametrize("body,not_person", [
    # an organisation the article named after an organisation noun
    ("كشفت شركة أسوس أمس عن هاتف جديد.\nوقالت أسوس إن الهاتف يقدم كاميرتين.", "اسوس"),
    # the organisation a spokesman speaks for
    ("وقال متحدث باسم يوروتانيل في بيان “الدخول الإجرامي لنفق القنال نادر للغاية”.", "يوروتانيل"),
    # جدد, also the plural of جديد
    ("وذلك بمنعه من تسجيل محترفين جدد وخصم نقاط منه في الدوري.", "وخصم نقاط"),
    # a participle whose clause verb has an unnamed subject: a name later in the clause is no speaker
    ("وقد عبر والد الشهيد عن شكره لكل من واساهم في استشهاد ابنه يحيى، لافتا بأن الفقيد استشهد من أجل الوطن.", "يحيي"),
    # after a nationality, a noun and a definite complement are no name
    ("وأكد وزير الدفاع الأمريكي حرص الولايات المتحدة على تعزيز السلام في المنطقة.", "حرص الولايات"),
    # a bare phrase after وفقا لـ that is no listed or known name
    ("ووفقا لنص المرسوم، فإن العقوبة تشمل السجن والغرامة.", "نص المرسوم"),
    # a noun conjoined to the title's organisation is no name (مؤسسة صوامع الغلال ومطاحن الدقيق)
    ("ولفت مدير عام المؤسسة العامة لصوامع الغلال ومطاحن الدقيق، إلى أن الكمية بلغت 341 ألف طن.", "ومطاحن الدقيق"),
    # a name the article wrote after مجموعة / شركة is the organisation's, even of two words
    ("أعلنت مجموعة فولكس فاجن الألمانية ارتفاع مبيعاتها.\nوأوضحت فولكس فاجن أن مبيعاتها وصلت إلى 31 ألف سيارة.", "فولكس فاجن"),
    # a dotted abbreviation names an organisation (not "د.هشام": Dr.)
    ("وقالت بي.إم.آي للبحوث إن صعود الدولار سيبقي الضغوط على السوق.", "بي.ام.اي"),
    # a bank named before the word بنك is an institution
    ("ويقول كومرتس بنك إنه متفائل بأن أوبك ستتفق.", "كومرتس"),
    # a plural before a quoted name belongs to the organisation (قنوات «فوكس»)
    ("قال سانغاي رينا مدير عام قنوات «فوكس إنترناشونال» في الشرق الأوسط إن الإقبال يشهد ثورة.\n"
     "وستندلع معركة أسعار بين المزودين، بحسب مدير عام قنوات «فوكس إنترناشونال» في الشرق الأوسط.", "قنوات فوكس انترناشونال"),
    # يقول / تقول introduce the content only right after the speaker, not later in the sentence
    ("اتحرج كثيرا اذا قال لي احدهم انت تشخر طبعا الآن زوجتي تقول وبعض الناس اتمنى ان توافيني بنصيحة.", "لي"),
    # a noun with "our" (سلف + نا) is no name
    ("فأكثر من قول (لا أدري)، لأنها نصف العلم، كما يقول سلفنا الفقهي، وبكثرة اللا أدريات ستصبح أعلم العلماء.", "سلفنا الفقهي"),
])
def test_organisations_and_common_phrases_are_no_person(analyzer, body, not_person):
    assert not_person not in {s.speaker_id for s in statements(analyzer, body) if s.speaker_type == "person"}


def test_bin_ali_names_and_a_name_after_the_opening_verb(analyzer):
    # علي after بن / ابن is the name, not the preposition على; a participle after a sentence opened
    # by a verb and a name takes that name; a quoted name after دورة keeps the content indirect
    body = ("تذمر أحمد بن علي رئيس نادي الاتفاق المكلف، من كثرة الحديث عن انتقال اللاعب، عبر وسائل الإعلام، "
            "مؤكدا أن الحكاية أصبحت مملة.\n"
            'وقال ابن علي لـ "الاقتصادية" "أريد أن أؤكد أن اللاعب باق مع الفريق".\n'
            "وأوضح أن دورة «سوق عكاظ» الحالية ستشهد توزيع المشاركين على مجالات متخصصة.")
    sts = statements(analyzer, body)
    assert [(s.speaker_id, s.quote_type) for s in sts] == [
        ("احمد بن علي", "indirect"), ("احمد بن علي", "direct"), ("احمد بن علي", "indirect")]


@pytest.mark.parametrize("body,speaker_id", [
    # المسئول (spelled with ئ) takes على; a plural noun with ب is the object of praise
    ("وقد أشاد المسئول على الفئات السنية فوزي كرني بمستويات بعض اللاعبين.", "فوزي كرني"),
    # the speech a person gave, named after "ألقاها"
    ("ثم ألقيت كلمة الفرع، ألقاها مساعد مدير عام الفرع نواف الغامدي، أكد فيها أهمية الجهود المجتمعية.", "نواف الغامدي"),
])
def test_spelling_variants_and_delivered_speeches(analyzer, body, speaker_id):
    assert [s.speaker_id for s in statements(analyzer, body) if s.speaker_type == "person"][:1] == [speaker_id]


def test_an_adjective_after_an_indefinite_title_and_a_dual_noun_are_no_name(analyzer):
    body = ('وقال خبير قانوني ملم باللوائح "في حال عدم تقدم أحد للترشح ستتم تزكيته".\n'
            "واختار المدير الفني خوان رودريغيز تشكيلتين في المباراة.\nوأكد المدير الفني أن الفريق قدم مباراة رائعة.")
    ids = said(analyzer, body, "speaker_id")
    assert ids == ["role:خبير", "خوان رودريغيز"]


def test_a_conjoined_noun_in_a_title_is_no_name(analyzer):
    body = "وأكد رئيس لجنة الاتصالات والنقل وتقنية المعلومات بمجلس الشورى الأستاذ جبريل بن حسن العريشي أن الباقات الجديدة مخالفة."
    assert [s.speaker_id for s in statements(analyzer, body)] == ["جبريل بن حسن العريشي"]


def test_a_quotation_closed_by_a_full_stop_is_no_content_of_the_next_conjoined_verb(analyzer):
    # '... "...". وأكد X عدم ...' is a statement of its own; '«...». يقول X' (no و) is content first
    body = ('وأضاف فينجر: "الدوري الممتاز يتطلب القتال في كل مباراة منذ البداية". '
            "وأكد فينجر عدم مشاركة المهاجم أليكسيس سانشيز في المباراة.\n"
            "«هي مسؤولية كبيرة تتطلب مني إبراز صورة فرنسا الجميلة». يقول غيوم غوميز الذي يعد الطعام للرئيس.")
    sts = statements(analyzer, body)
    assert [(s.speaker_id, s.quote_type, s.content[:8]) for s in sts] == [
        ("فينجر", "direct", '"الدوري '), ("فينجر", "indirect", "عدم مشار"), ("غيوم غوميز", "direct", "«هي مسؤو")]


def test_a_name_written_with_its_nasab_is_the_same_person(analyzer):
    # a listed person with the nasab after the listed name; a shorter form of a full name written before
    body = ("رأس صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز آل سعود وزير الداخلية اجتماعا.\n"
            "وقال سموه: \"إن هذه الحوادث لن تثني عزائمنا\".\n"
            "ودعا سمو الأمير محمد بن نايف بن عبدالعزيز لضرورة تكثيف الاستعدادات.\n"
            "وأكد الأمير فيصل بن خالد بن عبدالعزيز أن الموسم سيكون مميزا.\n"
            "وقال الأمير فيصل بن خالد إن العمل جميل للغاية.")
    sts = statements(analyzer, body)
    assert [(s.speaker_id, s.content[:5]) for s in sts] == [
        ("mbn", '"إن ه'), ("mbn", "لضرور"), ("فيصل بن خالد بن عبدالعزيز", "الموس"), ("فيصل بن خالد بن عبدالعزيز", "العمل")]


@pytest.mark.parametrize("body", [
    "وأوضح أكثر من ثلث الخريجين أنهم لا يشعرون بالرضا.",  # a quantified group
    "وأوضح %43 من المشاركين أنهم لا يشعرون بالرضا.",  # a percentage
    "علّقت بالقول: «ولم لا نساند بعضنا؟»",  # how, not who
])
def test_quantities_and_manner_are_no_named_speaker(analyzer, body):
    assert not [s for s in statements(analyzer, body) if s.speaker_type in ("person", "institution") and not s.speaker_id.startswith("role:")]


def test_spelling_variant_of_a_listed_name_and_a_title_set_off_after_the_name(analyzer):
    body = ("أكد وزير الخارجية الروسي سيرغي لافروف أن العلاقات تطورت.\n"
            "وقال سرجي لافروف في مؤتمر صحفي إن هناك تطابقا في وجهات النظر.\n"
            "وأعلن لاري بيدج، المدير التنفيذي لـ«غوغل»، هذه التغييرات.\n"
            'وقال رئيس نادي مارسيليا فينسينت لابورن: "أصبت بالدهشة ولا أفهم التفاصيل".\n'
            "وفي الحديث قال لي النبي عليه الصلاة والسلام: (لا تحقرن من المعروف شيئا).")
    sts = statements(analyzer, body)
    assert [(s.speaker_id, s.content[:6]) for s in sts if s.speaker_type == "person"] == [
        ("lavrov", "العلاق"), ("lavrov", "هناك ت"), ("لاري بيدج", "هذه ال"), ("فينسينت لابورن", '"أصبت '), ("role:النبي", "(لا تح")]


def test_a_short_quotation_the_article_repeats_is_a_name_not_a_partial_quote(analyzer):
    body = ("أعلنت شركة «غوغل» إعادة هيكلة تشمل «الفابيت» وشركات مثل «غوغل إكس».\n"
            "وقال بيدج إن «غوغل» ستصبح أصغر.\n"
            "وأضاف أن «غوغل» هي الأكبر بين شركات «الفابيت».\n"
            "وقال بيدج إن «الفابيت» هي «في الأساس مجموعة من الشركات».\n"
            "وقال المحلل علي حسن إن القرار «يتداعى» تحت الضغط.")
    # (the company's own announcement in the first line is an institution's statement, not scored here)
    assert [s.quote_type for s in statements(analyzer, body) if s.speaker_type == "person"] == ["indirect", "indirect", "partial", "partial"]


@pytest.mark.parametrize("body,expected", [
    # "وهو يشير لـ X" is an aside before the quotation; the outlet told after a title with no
    # readable name is no person; a verbal noun after an organisation is the verb's object
    ("وقال فان جال للصحفيين بعد فوز يونايتد في سانتا كلارا، وهو يشير لدي ماريا «لم يكن على متن الطائرة».\n"
     'وقال وكيل وزاة الصحة المصرية طارق خاطر لوكالة فرانس برس عبر الهاتف ان "الشرطيين المصابين نقلوا الى المستشفى".\n'
     "أعلنت اللجنة العامة للانتخابات البلدية اكتمال مجمل الاستعدادات لانطلاق المرحلة الأولى.",
     [("فان جال", "direct"), ("role:وكيل وزاه الصحه المصريه", "direct")]),
    # خطيب is a title and جامع an organisation whose patron's nasab is part of its name; وعد takes
    # its object with بـ, which is no part of the speaker's name
    ('وقال خطيب جامع الإمام أنس بن مالك في العاصمة حمد الدهلوس في خطبة الجمعة "لا بد أن نعرف فاعل الجريمة".\n'
     "وقال رئيس الوزراء الكسيس تسيبراس إن البلاد في أزمة.\n"
     'ووعد تسيبراس باتخاذ تدابير لتحسين "مراكز الإيواء وإجراءات التعرف" العمليات.',
     [("حمد الدهلوس", "direct"), ("تسيبراس", "indirect"), ("تسيبراس", "partial")]),
    # "وأوضح <title> طريقة التوزيع وقال: «...»": the titled person (named earlier, "في ألبانيا"
    # between the title and the name) goes on speaking, not the previous speaker
    ("حضر المراسم السفير طلعت رضوان والمدير العام لإدارة الطوارئ والأزمات في ألبانيا شامسي براتشي.\n"
     "وقال السفير رضوان: إن المملكة قررت مد يد العون.\n"
     "وأوضح المدير العام لإدارة الطوارئ والأزمات في ألبانيا طريقة توزيع هذه المساعدات وقال: « إنه سيتم توزيع حجم كبير منها».",
     [("رضوان", "indirect"), ("شامسي براتشي", "direct")]),
])
def test_speakers_and_quote_types_across_sentences(analyzer, body, expected):
    assert [(s.speaker_id, s.quote_type) for s in statements(analyzer, body)] == expected


def test_a_given_name_shaped_like_a_verbal_noun_and_an_unnamed_leader(analyzer):
    # إيهاب is a given name though shaped like a verbal noun; قيادي (a leader) is an unnamed source,
    # and "تعيينه" (his appointment) with a noun after it is no foreign name in ـه
    body = ("كشف إيهاب حمودة، سفير مصر لدى دولة الإمارات، عن وجود مباحثات بين المسؤولين.\n"
            "وقال قيادي في المقاومة الشعبية لرويترز: إن البطلة قادت عملية ناجحة. وأضاف القيادي أن أم الشهيد حملت السلاح.\n"
            "وكانت رفضت تعيينه ثلاث جامعات سعودية.")
    assert [(s.speaker_id, s.speaker_type) for s in statements(analyzer, body)] == [
        ("ايهاب حموده", "person"), ("anon:قيادي", "anonymous"), ("anon:قيادي", "anonymous")]


@pytest.mark.parametrize("body,expected", [
    # a definite source word before a full name is a title (and بحسب reads it too); أكبر inside a name
    ("وقال المسؤول الكبير في الشرطة شير أكبر خان لوكالة فرانس برس إن «منزلاً من الطين انهار».\n"
     "وشعر بالزلزال سكان المدن، بحسب المسؤول في مركز الأرصاد الباكستاني غلام رسول.\n"
     "وقال وزير الخارجية الإيراني علي أكبر صالحي إن الاتفاق نهائي.\n"
     "وحصل الفريق على أكبر عدد من النقاط.",
     [("شير اكبر خان", "direct"), ("غلام رسول", "indirect"), ("علي اكبر صالحي", "indirect")]),
    # a team and its nationality or a two-word team before the name; "X الذي قال:" carries the
    # statement of the verb before it; عندما قال without a comma has the clause's subject
    ('لكنه لم يلحق بالرحلة بحسب ما أكد مدرب يونايتد الهولندي لويس غال الذي قال: "لقد سمعت بأنه لم يكن على الطائرة".\n'
     'ثم عزز مدرب سان جرمان لوران بلان فرضية ضم دي ماريا عندما قال من شارلوت "إن هناك احتمالا كبيرا".\n'
     "ونفى فابيوس الذي اعتبر من الصارمين في المحادثات أن يكون موقفه سينعكس سلبا.",
     [("لويس غال", "direct"), ("لوران بلان", "direct"), ("فابيوس", "indirect")]),
    # "نقل X عنه قوله": the person the pronoun stands for; the name right after the clause's verb
    ("وشعر ايتالو زانزي المدير التنفيذي لروما بإحباط ونقل موقع النادي عنه قوله للصحافيين: «الاستقبال كان رائعا في المطار».",
     [("ايتالو زانزي", "direct")]),
    # "ومن جانبه" before a strict verb; a title whose complement was written otherwise before the name;
    # a full stop ends a name
    ("والتقى الوفد وزير الدولة بوزارة الاتصالات وتكنولوجيا المعلومات المهندس محمد عبدالرحيم.\n"
     "ومن جانبه عبر وزير الدولة بالاتصالات عن امله ان يسهم التعاون في تطوير البنى التحتية.",
     [("محمد عبدالرحيم", "indirect")]),
    # an organisation the lexicon does not list speaks as an institution, up to the verb's object
    ("أعرب قصر باكنغهام عن خيبة أمله جراء نشر الصور.\nوأعلن تنظيم داعش مسؤوليته عن الهجوم.",
     [("inst:قصر باكنغهام", "indirect"), ("inst:تنظيم داعش", "indirect")]),
    # كـ before a short quotation names it; an ellipsis after a would-be speaker ends the clause
    ('ودعا مدير التعليم محمد العقيبي المتقدمين لاستخدام السجل المدني كـ " اسم مستخدم " في النظام.\n'
     "وبكل ساعة صرح مجد.. وهدية وعز على الناس.",
     [("محمد العقيبي", "indirect")]),
])
def test_ninth_session_speaker_rules(analyzer, body, expected):
    assert [(s.speaker_id, s.quote_type) for s in statements(analyzer, body)] == expected


@pytest.mark.parametrize("body,expected", [
    # a foreign given name in ـة before a comma and a title; a title's feminine (القاضية)
    ('وقالت باربرة جافي، القاضية في المحكمة العليا في نيويورك: "أوجه التشابه بين الشمبانزي والإنسان كبيرة".',
     [("باربره جافي", "person", "direct")]),
    # a one-word common noun that the article wrote before as a surname, right before the marker
    ("يبين الخبير مايكل كيني أمورا كثيرة.\nيقول كيني: إن الجزء الذي عثر عليه صغير.", [("مايكل كيني", "person", "indirect")]),
    # "أعلن النادي" is the club; a counted group and a plural in construct before a quoted name are unnamed
    ("أعلن النادي عبر مركزه الإعلامي عن بعض الأمور الخيرية.\n"
     "وحذرت ثماني منظمات حقوقية في بيان مشترك من حصول انتهاكات.\n"
     "وأكد مقاتلو «طالبان» باكستان أن حقاني بخير.",
     [("inst:النادي", "institution", "indirect"), ("anon:منظمات", "anonymous", "indirect"), ("anon:مقاتلو", "anonymous", "indirect")]),
    # أنهن is a content marker; a quoted name after a naming noun inside the title is skipped
    ('وذكرت مستشارة مبادرة "بلدي" الدكتورة هتون الفاسي أنهن اللاتي لديهن عمل قيادي.',
     [("هتون الفاسي", "person", "indirect")]),
    # "أول من أمس" after a name is a time, no part of it
    ("أعلن رئيس الوزراء البريطاني ديفيد كاميرون أول من أمس أن الاستراتيجية جاهزة.", [("ديفيد كاميرون", "person", "indirect")]),
])
def test_ninth_session_speaker_types(analyzer, body, expected):
    assert [(s.speaker_id, s.speaker_type, s.quote_type) for s in statements(analyzer, body)] == expected


@pytest.mark.parametrize("body,expected", [
    # "وكان <title> X دعا": the subject came before the verb (the word after it is the object)
    ("وقالت الوكالة إن الهجوم وقع مساء السبت.\n"
     "وكان زعيم الحزب المقرب من الأكراد في تركيا صلاح الدين دمرتاش دعا السبت الحكومة التركية إلى وقف العنف.",
     [("inst:الوكاله", "indirect"), ("صلاح الدين دمرتاش", "indirect")]),
    # سموه: a number after another honorific is no name; a prayer (دعا ... الله أن) is no statement
    ("رفع صاحب السمو الأمير الدكتور نايف بن ثنيان بن محمد أحر التعازي لخادم الحرمين الشريفين وسمو ولي ولي العهد في استشهاد عشرة من منسوبي قوات الطوارئ.\n"
     "وقال سموه: إن هذا العمل الإرهابي جبان.\n"
     "ودعا سمو الأمير نايف بن ثنيان -الله عز وجل- أن يتغمد المتوفين بواسع رحمته.",
     [("نايف بن ثنيان بن محمد", "indirect")]),
    # a definite source word, an adjective and a full name; "في تصريح له اليوم" before إلى
    ('وقال المسؤول الكنسي وديع أبونصار "قدم مجلس رؤساء الكنائس شكوى ضد الناشط".\n'
     "وأشار المهندس عبدالله بن محمد المطيري في تصريح له اليوم إلى قيام الوزارة بإعداد برنامج آلي.\n"
     "وطالب المصدر بتحري الدقة في نقل الأخبار.",
     [("وديع ابونصار", "direct"), ("عبدالله بن محمد المطيري", "indirect"), ("anon:مصدر", "indirect")]),
    # officials in the construct state (مسؤولي) are unnamed
    ("لكن مسؤولي المتنزه قالوا إنهم يعملون بشكل مستمر من أجل توعية العامة.", [("anon:مسوولي", "indirect")]),
])
def test_ninth_session_subjects_before_the_verb_and_prayers(analyzer, body, expected):
    assert [(s.speaker_id, s.quote_type) for s in statements(analyzer, body)] == expected


@pytest.mark.parametrize("body,expected", [
    # a known surname before words that are no part of the full name: the surname speaks
    ('ومن جهته، قال عاصم شيخ رئيس خدمات ضرائب الشركات «أدت الإصلاحات إلى تخفيض الضرائب».\n'
     "وأكد شيخ أدى هبوط أسعار النفط إلى ظهور تحديات أمام البلدان.",
     [("عاصم شيخ", "direct"), ("عاصم شيخ", "indirect")]),
    # "بن على" inside a name after a long title is no content marker
    ('وقال مدير مكتب الحملة الوطنية لنصرة الأشقاء في لبنان وليد بن على الجلال " إن المشروع ختم المرحلة الثالثة ".',
     [("وليد بن علي الجلال", "direct")]),
    # "الذي قالت عنه X إنه": the subject follows عنه; "التي أعلن عنها" with none is no statement;
    # سيدنا and a blessing formula are no part of the name
    ('وهو الوضع الذي قالت عنه المستشارة الألمانية أنجيلا ميركل إنه "ليس حياة طبيعية".\n'
     "تأتي هذه الخطوة التي أعلن عنها في بيان نشر على الإنترنت.\n"
     "للشعر الأصيل الذي قال عنه سيدنا عمر بن الخطاب رضي الله عنه: «عليكم بالشعر فإنه ديوان العرب».",
     [("merkel", "direct"), ("عمر بن الخطاب", "direct")]),
])
def test_ninth_session_known_surnames_and_relative_clauses(analyzer, body, expected):
    assert [(s.speaker_id, s.quote_type) for s in statements(analyzer, body)] == expected


@pytest.mark.parametrize("body,expected", [
    # an unnamed source "called" X is X; أبدى / أبان are reporting verbs; "والمشرف على" keeps its complement
    ('وقالت أم أخرى تدعى شاكيلا بيبي: "ذهبت لمركز الشرطة لتقديم شكوى".\n'
     "وأبدى الدكتور عبدالله الرشيد اعتزازه بوجوده في الأمسية.\n"
     "وأوضح مدير المركز الإعلامي بالجامعة والمشرف على الجناح موسى بن يحيى محرق، أن المشاركة تأتي إيمانا بدور الجامعة.\n"
     "وقد أبان مسؤول التسوية القانونية بدر الحربي أن المحكمة ستطلق سراح القاتل.",
     [("شاكيلا بيبي", "direct"), ("عبدالله الرشيد", "indirect"), ("موسي بن يحيي محرق", "indirect"), ("بدر الحربي", "indirect")]),
    # a research chair's patron is no speaker; "وكان <title>، X أعلن، أواخر يوليو، أن"
    ("وأوضح رئيس جمعية النحالين والمشرف على كرسي المهندس عبدالله بقشان لأبحاث النحل الدكتور أحمد الخازم أن الأسعار ارتفعت.\n"
     "وكان الرئيس التركي، رجب طيب أردوغان أعلن، أواخر يوليو الماضي، أن بلاده ستسمح للتحالف باستخدام القاعدة.",
     [("احمد الخازم", "indirect"), ("erdogan", "indirect")]),
    # a prayer to المولى is no statement, and "هذه البلاد التي" is no antecedent that speaks
    ('ودعا سمو الأمير سعود بن نايف بن عبدالعزيز المولى أن يحمي هذه البلاد التي شرفها الله بخدمة بيته وقال: "ليس هناك أعظم شرف من هذا".',
     [("سعود بن نايف بن عبدالعزيز", "direct")]),
])
def test_ninth_session_called_names_and_new_verbs(analyzer, body, expected):
    assert [(s.speaker_id, s.quote_type) for s in statements(analyzer, body)] == expected


@pytest.mark.parametrize("body,expected", [
    # a quoted name after a rank, read whole; a given name shaped like a title before a compound name
    ("كشف الدكتور «جيكسون إن جي» أنه التقى مجموعة من الآباء.\n"
     "إلى ذلك، قال مساعد ضيف الله الجابري أحد أقارب الشهيد إن الشهيد يبلغ 29 عاما.",
     [("جيكسون ان جي", "indirect"), ("مساعد ضيف الله الجابري", "indirect")]),
    # an organisation's abbreviation in parentheses inside the title; a rank and a family name before لـ
    ('أعلن الأمين العام لمنظمة الدول المصدرة للنفط (أوبك) عبد الله البدري أن المنظمة "ليست مستعدة" لخفض الإنتاج.\n'
     "وقال اللواء المطيري لذوي الشهيد إن استشهاده فخر لكل رجل أمن.",
     [("عبد الله البدري", "partial"), ("المطيري", "indirect")]),
])
def test_ninth_session_quoted_names_and_parentheses(analyzer, body, expected):
    assert [(s.speaker_id, s.quote_type) for s in statements(analyzer, body)] == expected


def test_an_aside_holding_the_content_marker_is_the_content(analyzer):
    body = 'ويقول وليد عصام الفي، رئيس اللجنة المنظمة إن إقامة السيرك فكرة قديمة، وأضاف: "كانت فكرتي أن يكون هناك سيرك".'
    assert [(s.speaker_id, s.quote_type) for s in statements(analyzer, body)] == [
        ("وليد عصام الفي", "indirect"), ("وليد عصام الفي", "direct")]


@pytest.mark.parametrize("body", [
    "وطالب المزارع الأوروبي بزيادة السعر ليصل إلى أربعين سنتا.",  # what is demanded, after an unnamed subject
    "التقى الوزير بممثلين عن النقابة، ودعا لعدم تعطيل الاقتصاد الفرنسي.",  # ل and a noun: the object
])
def test_what_a_directive_verb_asks_for_is_no_name(analyzer, body):
    assert not [s for s in statements(analyzer, body) if s.speaker_type == "person" and not s.speaker_id.startswith("role:")]


def test_last_two_names_a_short_article_name_and_a_dual_verb(analyzer):
    body = ("قالت بريجيته ميرك إربه عمدة المدينة: «هذا يوم سعيد لمدينة بايرويت».\n"
            "وطالبت ميرك إربه الساسة «بتوفير الشروط التي تتيح تجميع الأرشيف».\n"
            "قال آلين ماك كويد، كبير الاقتصاديين في المجموعة: «معظم الناس يوافقون على الشطب».\n"
            "وقال بخيت العامري إن المسرحية ناجحة. وتحدث الضيوف ومنهم الشاعر سليمان الصقعبي والفنان عبدالله العامر اللذان "
            "أبديا إعجابهما بالعمل وأكدا أن الجمعية نشطة.")  # (a dual verb does not continue the one speaker before)
    assert [s.speaker_id for s in statements(analyzer, body)] == [
        "بريجيته ميرك اربه", "بريجيته ميرك اربه", "الين ماك كويد", "بخيت العامري"]


@pytest.mark.parametrize("body,speaker_id,quote", [
    # ف joins a verb to the clause before it, whose subject it shares
    ("وعلّق حسن قشقوي نائب وزير الخارجية على هذه الاتهامات، فأشار إلى أن الحكومة تختلف معنا.", "حسن قشقوي", "indirect"),
    # what follows إن is quoted whole, after a colon on either side
    ("ونقلت وكالات أنباء إيرانية عن حسين أمير عبد اللهيان قوله: إن «طهران تعتبر أمن دول المنطقة بمثابة أمنها».",
     "amir_abdollahian", "direct"),
    ("وقال أمير عبد اللهيان للإذاعة الحكومية إن: «مكافحة التطرف ضرورة جوهرية للتنمية».", "amir_abdollahian", "direct"),
    # after a nasab, a title word or a nisba closes the name as the family's
    ("وقال أمين الطائف المهندس محمد بن عبدالرحمن المخرج إن المعرض يحكي سيرة الملك.", "محمد بن عبدالرحمن المخرج", "indirect"),
    ("وقال الأمين العام للرابطة الدكتور عبدالله بن عبدالمحسن التركي إن التصريحات مرفوضة.", "عبدالله بن عبدالمحسن التركي", "indirect"),
])
def test_clause_subjects_quotes_after_inna_and_family_names_after_a_nasab(analyzer, body, speaker_id, quote):
    [st] = statements(analyzer, body)
    assert (st.speaker_id, st.quote_type) == (speaker_id, quote)


def test_a_rank_and_the_title_word_that_ended_a_full_name_before(analyzer):
    body = ("افتتح الأمير المعرض، وكان في استقباله أمين الطائف المهندس محمد بن عبدالرحمن المخرج، ومدير الشرطة.\n"
            'وأوضح المهندس المخرج أن المعرض يحكي سيرة الملك. وقال "لقد حظيت مدينة الورد باهتمام الملك الراحل".')
    assert {s.speaker_id.split()[-1] for s in statements(analyzer, body)} == {"المخرج"}


def test_before_anyone_spoke_a_verb_without_subject_is_the_titled_person_the_story_opened_with(analyzer):
    body = ("نقل المدير العام لحرس الحدود اللواء بحري عواد بن عيد البلوي، تعازي ومواساة سمو الأمير لذوي الشهيدين.\n"
            "وأكد خلال زيارته لمنزل أسرة الشهيدين في محافظة بارق بمنطقة عسير، ومركز حلي التابع لمحافظة القنفذة أمس، "
            "أن الشهيدين استشهدا في ميدان العز والشهامة.")
    assert [s.speaker_id for s in statements(analyzer, body)] == ["عواد بن عيد البلوي"]
    body = ("اضطرت الفنانة السورية أصالة نصري للاعتذار لجمهورها.\n"
            "وانهالت التعليقات من جمهورها الذي رفض ثناءها على البرنامج، وأن كثيرا من الممثلين تضرروا منه.")
    assert [s.speaker_id for s in statements(analyzer, body)] == []  # (a relative clause's verb has its antecedent as subject)


@pytest.mark.parametrize("body,speaker_id", [
    ("وأوضح رئيس الفرقة الثانية للنقل والطرق بمحافظة هروب علي موسى الذيبي، أن الفرقة على أتم الاستعداد.", "علي موسي الذيبي"),
    ("وحول تأثير كثرة الانتقالات، يرى لاعب نادي الشباب السابق، والمدرب الوطني حاليا عبدالرحمن الحمدان أن الانتقال ظاهرة صحية.",
     "عبدالرحمن الحمدان"),
    ("من جهته طمأن رئيس البعثة الأستاذ حبيب الكري على سير التدريبات اليومية، وأنها تسير وفق ما خطط له.", "حبيب الكري"),
    ("وطمأنت إدارة الرئيس الأميركي جو بايدن حلفاءها الأوروبيين بأنها ستعمل بالتنسيق معهم.", "inst:اداره الرييس الاميركي جو بايدن"),
])
def test_names_after_a_place_a_players_title_reassurance_and_an_organisation_before_its_object(analyzer, body, speaker_id):
    [st] = statements(analyzer, body)
    assert st.speaker_id == speaker_id


def test_a_quotation_the_writer_glosses_is_direct_and_an_adjunct_after_a_title_is_no_name(analyzer):
    body = ('وقال المدير التنفيذي للشركة راجيف سوري "بهذه الخطوة، نكون أكملنا الخطوة الأخيرة من تحول الشركة" في إشارة إلى قرار المجموعة.\n'
            "وقال سيرجي لافروف إن الوضع صعب. وقال الوزير بهذا الخصوص: نعم، نحن نقدم دعما عسكريا تقنيا للحكومة.")
    assert [(s.speaker_id, s.quote_type) for s in statements(analyzer, body)] == [
        ("راجيف سوري", "direct"), ("lavrov", "indirect"), ("lavrov", "indirect")]


def test_names_against_descriptions_quoted_numbers_and_names_written_again(analyzer):
    body = ("وتوضح العالمة النفسية كارول دامياني المتخصصة في معالجة الضحايا أن التعرف على الحطام سيريح العائلات.\n"
            "وأكد زلاتكو داليتش أن فريقه لم يصل بعد إلى المستوى المطلوب بأداء اللاعبين صغار السن كحسين عبد الله «17 سنة».\n"
            'وأوضح حسين شاهين أنه تمكن من كسب الملك بعد أن أوغر "الربيع" صدره، وهي الواقعة التي أكسبت "لبيداً" مكانة رفيعة لدى لبيد وقومه.')
    assert [(s.speaker_id, s.quote_type) for s in statements(analyzer, body)] == [
        ("كارول دامياني", "indirect"), ("زلاتكو داليتش", "indirect"), ("حسين شاهين", "indirect")]


def test_an_unknown_word_after_a_feminine_verb_is_a_body_and_titles_written_after_a_name(analyzer):
    body = ("ارتفعت الأسهم بعد صعود سهم داماك العقارية.\nوقالت داماك إن أرباحها زادت بأكثر من ثلاثة أمثالها.\n"
            'وقال روبرت إيجر رئيس مجلس الإدارة والرئيس التنفيذي للشركة: "إن النتائج القوية أظهرت قوة علاماتنا التجارية".\n'
            'وأضاف الرئيس التنفيذي للشركة: "نحن سعداء للغاية بنتائجنا في الربع الثالث".')
    assert [(s.speaker_id, s.speaker_type) for s in statements(analyzer, body)] == [
        ("inst:داماك", "institution"), ("روبرت ايجر", "person"), ("روبرت ايجر", "person")]


def test_the_articles_full_name_beats_a_listed_surname_and_a_name_opening_the_sentence_before_a_comma(analyzer):
    body = ('وصرح وارن تراس نائب رئيس الوزراء الأسترالي أن «السلطات قد تتمكن من إصدار إعلان رسمي هذا الأسبوع».\n'
            "وأضاف تراس، «لذلك فإن عمليات بحث دقيقة ستواصل التركيز على منطقة البحث».\n"
            "غير أن بيار باسكاري المدير السابق للتجارب في المديرية العامة للأسلحة، أكد أن المحققين سيتجاهلون كل الفرضيات.")
    assert [s.speaker_id for s in statements(analyzer, body)] == ["وارن تراس", "وارن تراس", "بيار باسكاري"]


def test_a_titled_name_opening_the_sentence_a_relative_clause_aside_and_an_abbreviated_company(analyzer):
    body = ("الدكتور عبدالرحمن الهيجان عضو مجلس الشورى قال: إن هذه الحادثة جريمة بشعة.\n"
            "وأعربت ديانا حداد التي ارتدت خلال الحفل فستانا من تصميم مغربي، عن سعادتها بهذه المحبة.\n"
            "ويأتي نصف الإنتاج من شركة الخليج العربي للنفط (أجوكو) الحكومية.\n"
            "وقالت «أجوكو» إن إنتاجها يبلغ 220 ألف برميل يوميا.\n"
            "وقال كارستن فرتش محلل سوق النفط في البنك: «الأسعار إما أن تستقر أو تضعف أكثر».")
    assert [(s.speaker_id, s.speaker_type) for s in statements(analyzer, body)] == [
        ("عبدالرحمن الهيجان", "person"), ("ديانا حداد", "person"), ("inst:اجوكو", "institution"), ("كارستن فرتش", "person")]


@pytest.mark.parametrize("text,word", [
    ("لبيد بن ربيعة ولبيد وقال لبيدا لبيد", "لبيد"), ("قريبا قريب قريبا.", "قريبا"), ("", "x"), ("ab ab_ab abab ab", "ab"),
])
def test_whole_word_count_matches_a_word_boundary_scan(text, word):
    import re
    from framing.quotes import _whole_word_count
    expected = len(re.findall(r"(?<![^\W_])" + re.escape(word) + r"(?![^\W_])", text))
    assert _whole_word_count(text, word) == expected


@pytest.mark.parametrize("body,speaker_id", [
    ("وأوضح مدير عام جمرك الحديثة إبراهيم العنزي، أن الكمية كانت مخبأة بطريقة محكمة.", "ابراهيم العنزي"),  # a customs post
    ("من جانبه، أوضح المهدي أخريف أن الحيدري من طليعة الرواد.", "المهدي اخريف"),  # a given name with the article
])
def test_a_customs_post_in_a_title_and_a_given_name_with_the_article(analyzer, body, speaker_id):
    [st] = statements(analyzer, body)
    assert (st.speaker_id, st.speaker_type) == (speaker_id, "person")


def test_a_verb_after_la_ends_the_name_and_a_verbal_noun_is_no_name_after_a_title(analyzer):
    body = ("وقال العميد عبد الله الصبيحي إن المحور أصبح على مشارف تعز.\n"
            "وقال قائد عملية تحرير عدن إن المحورين يسيران وفق الخطة المرسومة.\n"
            "وعاد العميد الصبيحي ليؤكد أن التحالف كان له دور بارز، موضحا أن التنسيق جار في كل الخطوات.")
    ids = {s.speaker_id for s in statements(analyzer, body) if s.speaker_type == "person"}
    assert "عمليه تحرير" not in ids and "ليوكد" not in ids and "عبد الله الصبيحي" in ids


def test_the_caller_speaks_in_the_clause_after_the_call(analyzer):
    body = ("تلقى نائب خادم الحرمين الشريفين الأمير محمد بن نايف اتصالاً هاتفياً امس من الشيخ سيف بن زايد آل نهيان "
            "نائب رئيس مجلس الوزراء، أعرب فيه عن استنكاره للاعتداء الآثم.")
    assert [(s.speaker_id, s.verb) for s in statements(analyzer, body)] == [("سيف بن زايد ال نهيان", "أعرب")]


def test_condemnation_with_dan_a_title_of_secretary_and_a_surname_in_ta_marbuta(analyzer):
    body = ("دان عميد السلك الدبلوماسي سفير جمهورية جيبوتي ضياء الدين سعيد بامخرمة، بشدة التفجير الإرهابي.\n"
            "وقال بامخرمة في بيان أمس: أدين باسم بلدي الحادث الإجرامي.\n"
            "بدوره، دان أمين سر مجلس الأمة، عادل الخرافي، العمل الإرهابي، مؤكدا أن الخليج مستهدف.\n"
            "وقال وكيله المحامي دان كينغ إن موكله مختل عقليا.\n"
            "وتبلغ مساحة الأرض ألف فدان في المنطقة.")
    assert [(s.speaker_id, s.verb_class) for s in statements(analyzer, body)] == [
        ("ضياء الدين سعيد بامخرمه", "evaluation"), ("ضياء الدين سعيد بامخرمه", "neutral"),
        ("عادل الخرافي", "evaluation"), ("عادل الخرافي", "emphatic"), ("دان كينغ", "neutral")]


def test_a_participle_after_an_opening_clause_without_a_comma(analyzer):
    body = ("من ناحيته، قدم النائب حمود الحمدان العزاء إلى أسر الشهداء مستنكرا أيادي الغدر التي امتدت إلى المسجد.\n"
            "وقال: إن يد الحزم يجب أن تنال من القائمين على هذا العمل.\n"
            "وأشار المدير إلى جهود الفرق.\n"
            "وخاطب الرئيس أوروبا بلهجة تحد قائلا: «نحن نستقبل مليون مهاجر كل عام».\n"
            "ولفت الانتباه إلى أن الدراسات تشير إلى تقدم المستوى الصحي.")
    found = said(analyzer, body, "speaker_id", "verb")
    assert found[:2] == [("حمود الحمدان", "مستنكرا"), ("حمود الحمدان", "وقال")]
    assert all(sid not in ("اوروبا", "inst:الانتباه") for sid, _ in found)


def test_a_prime_minister_a_given_name_with_the_article_a_movement_and_declining_to_comment(analyzer):
    body = ("قال رئيس وزراء ماليزيا نجيب عبد الرزاق اليوم إن الحطام من الطائرة.\n"
            "قال الفاتح عروة الرئيس التنفيذي لشركة زين إنها تخطط للتوسع.\n"
            "وقال عروة إن الإيرادات ارتفعت.\n"
            "وسيطرت حركة طالبان على المنطقة.\n"
            "ورفض عبيد التعليق على الخسائر في الأرواح.\n"
            "وأكدت طالبان السيطرة على وسط الإقليم.")
    assert [(s.speaker_id, s.speaker_type) for s in statements(analyzer, body)] == [
        ("نجيب عبد الرزاق", "person"), ("الفاتح عروه", "person"), ("الفاتح عروه", "person"), ("inst:طالبان", "institution")]


def test_a_new_side_an_issued_statement_a_quote_closed_before_a_spaced_comma_and_the_name_after_kana(analyzer):
    body = ("ونفى الأطباء ان تكون المادة بين الادوية المرسلة ، من جهته، نفى فريد (22 عاما) تناوله مادة منشطة: \"لم اتناول اي مادة محظورة\".\n"
            "كما أصدر الجيش بيانا أعرب فيه عن شكره للمواطنين.\n"
            "وصرح روسل خانداكر (20 عاما) \"بقينا في الظلام 68 عاما واليوم رأينا النور\" ، وكان رئيس الوزراء وقع الاتفاق.\n"
            "كانت جان جونسون تهم بمغادرة شقتها عندما شاهدت الحية وقالت لمحطة تلفزيونية \"صرخنا وعدنا الى الشقة\".\n"
            "وكان الأهلي قد اعترض على القرار وقال إنه سيستأنف.")
    found = said(analyzer, body, "speaker_id", "quote_type")
    assert found[1:5] == [("فريد", "direct"), ("army", "indirect"), ("روسل خانداكر", "direct"), ("جان جونسون", "direct")]
    assert found[-1][0] != "قد اعترض"


def test_speeches_an_unlisted_title_a_park_and_a_name_given_in_full_elsewhere(analyzer):
    body = ("وألقت عميدة الدراسات الصيفية في الجامعة الدكتورة ساندرا ندف كلمة بهذه المناسبة عبرت فيها عن شكرها للأمير.\n"
            "كما ألقى الملحق الثقافي الدكتور محمد العيسى كلمة أثنى فيها على البرنامج ومبادرة الجمعية.\n"
            "من جهته، أشار منسق البرنامج أسامة بن أحمد الغامدي، إلى أن فكرة الملتقى جاءت من الشباب.\n"
            "وقال المتحدث باسم غابة مودوك الوطنية كين ساندوسكي إن رول كان بمفرده.\n"
            "وقال الدكتور محمود أميري نجاد إن التقرير مهم.\n"
            "وقال المتحدث محمود أميري إن الأوضاع سيئة.\n"
            "وكان اثنى عشر شخصا قد أصيبوا في الحادث.")
    assert [s.speaker_id for s in statements(analyzer, body)] == [
        "ساندرا ندف", "محمد العيسي", "اسامه بن احمد الغامدي", "كين ساندوسكي", "محمود اميري نجاد", "محمود اميري نجاد"]


def test_quotation_marks_written_the_wrong_way_round_close_at_the_last_closing_mark(analyzer):
    body = ("كما اطلع الوفد على الدورات في مجالات «الطهي، والخياطة، والحرف اليدوية «ضمن برنامج الحملة «شقيقي مستقبلك بيدك». "
            "ورحب المدير الإقليمي للحملة الدكتور بدر بن عبد الرحمن السمحان بالزيارة التي قام بها الوفد. وأكد السمحان أن الزيارة تأتي استكمالا لزيارات سابقة.")
    from framing import normalize
    from framing.quotes import quote_spans
    norm = normalize(body)
    [(a, b)] = quote_spans(norm, 0, len(norm))
    assert norm[b - 1] == '"' and b < norm.find("ورحب")  # (not to the end of the paragraph)
    assert [s.speaker_id for s in statements(analyzer, body)] == ["بدر بن عبد الرحمن السمحان", "بدر بن عبد الرحمن السمحان"]


def test_an_adverb_after_the_subject_is_no_name(analyzer):
    body = ("أدانت الأمانة العامة لمجلس التعاون لدول الخليج العربية بشدة حادث التفجير الانتحاري الجبان الذي استهدف مسجداً "
            "في مقر قوات الطوارئ، وأسفر عن استشهاد عدد من أفراد قوات الطوارئ، ووصفه بأنه جريمة بشعة تتنافى مع القيم.")
    assert all(s.speaker_id != "بشده حادث" for s in statements(analyzer, body))


def test_several_speakers_of_one_verb(analyzer):
    body = ("وثمن كل من رئيس اللجنة الكشفية العالمية السابق سيمون ري، والأمين العام للمنظمة الكشفية العربية الدكتور عاطف عبدالمجيد، "
            "والأمين العام للاتحاد العالمي للكشاف المسلم الدكتور زهير حسين غنيم، ثمنوا دعم المملكة لأعمال الكشافة العالمية.\n"
            "وأشار كل من درويش سالم من الحديدة، وناجي صالح من مأرب إلى أن النجاحات تعزى إلى التنسيق.\n"
            "ويقول كل من مصطفى عثمان (معتمر سوداني) وخورشيد خيبر: نغادر المملكة بعد أيام رائعة.\n"
            "أكد محافظ عدن الجديد نايف البكري ورئيس مجلس المقاومة في المحافظة وجود قيادات حوثية كبيرة وقعوا أسرى.")
    found = [(s.speaker_id, s.content[:11]) for s in statements(analyzer, body)]
    assert found[:3] == [("سيمون ري", "دعم المملكة"), ("عاطف عبدالمجيد", "دعم المملكة"), ("زهير حسين غنيم", "دعم المملكة")]
    assert found[3:5] == [("درويش سالم", "النجاحات تع"), ("ناجي صالح", "النجاحات تع")]
    assert [f[0] for f in found[5:7]] == ["مصطفي عثمان", "خورشيد خيبر"]  # (not "خورشيد خيبر ونورة")
    assert [f[0] for f in found[7:]] == ["نايف البكري"]  # his second title, then the verb's object


def test_a_list_after_each_of_split_after_a_nisba_family_name(analyzer):
    body = "حيث قال كل من شقران القحطاني ورشاد عقيلي وخالد المالكي: إن الأزرق سيعود."
    # a name whose family name is a nisba, then و and an unlisted given name; a listed given name after و
    assert [s.speaker_id for s in statements(analyzer, body)] == ["شقران القحطاني", "رشاد عقيلي", "خالد المالكي"]


def test_a_time_word_a_latin_abbreviation_and_a_quoted_outlet_in_the_speaker_phrase(analyzer):
    body = ("وكان البيع متوقعا بعدما قال وزير المالية البريطاني جورج أوزبورن الشهر الماضي إنه يرغب في بيع الأسهم.\n"
            "وأوضح قائد فريق الخدمة الدولي IST بالوفد السعودي منصور المقيطيب، أن الورشة تأتي ضمن جهود الجمعية.\n"
            "وذكرت وكالة «رويترز» الأسبوع الماضي، أن البنك سيحصل على رأس المال.")
    found = said(analyzer, body, "speaker", "speaker_id")
    assert found == [("وزير المالية البريطاني جورج أوزبورن", "جورج اوزبورن"),
                     ("قائد فريق الخدمة الدولي IST بالوفد السعودي منصور المقيطيب", "منصور المقيطيب"),
                     ("وكالة «رويترز»", "reuters")]


def test_a_rank_after_a_place_leads_to_the_name_and_a_participle_ends_an_open_quotation(analyzer):
    body = ("استنكر القنصل العام للمملكة العربية السعودية في لوس انجلوس السفير الدكتور فيصل بن عبد العزيز السديري العمل الإرهابي الدنيء.\n"
            "وقال في تصريح له اليوم إن \"من قام بهذا العمل لا ينتمي للإسلام ، مشيراً إلى أن ما يحدث يزيد المواطنين تلاحما.\n"
            "عبر المستشار في الديوان الملكي المشرف العام على مركز الملك سلمان للإغاثة د. عبدالله الربيعة عن سعادته بتدشين الحملة.\n"
            "وقال الوزير في بيان بمناسبة اغتيال الدكتور محمد العلي إن البلاد بخير.")
    found = said(analyzer, body, "speaker_id", "verb", "quote_type")
    assert found[:4] == [("فيصل بن عبد العزيز السديري", "استنكر", "indirect"), ("فيصل بن عبد العزيز السديري", "وقال", "direct"),
                         ("فيصل بن عبد العزيز السديري", "مشيراً", "indirect"), ("عبدالله الربيعه", "عبر", "indirect")]


def test_companies_after_a_feminine_verb_and_a_fellow_after_his_name(analyzer):
    body = ("وقالت فيسبوك إنها تستضيف أكثر من 40 مليون صفحة لشركات صغيرة.\n"
            "وأكدت سامسونغ أن المبيعات ارتفعت.\n"
            "وقال أرون ستين الزميل بمعهد الأطلسي إن حجم الانفجار يشير إلى منظمة.")
    found = said(analyzer, body, "speaker_id", "speaker_type")
    assert found == [("facebook", "institution"), ("samsung", "institution"), ("ارون ستين", "person")]


def test_an_imam_scripture_in_a_sermon_given_names_and_a_strict_insisted(analyzer):
    body = ("أكد إمام وخطيب المسجد النبوي الشيخ عبدالمحسن بن محمد القاسم شأن دماء المسلمين عند الله عظيم، "
            "قال صلى الله عليه وسلم «لزوال الدنيا أهون عند الله من قتل رجل مسلم».\n"
            "وأضاف أن الأنبياء يدعون للمؤمنين، فقال نوح عليه السلام ((رب اغفر لي ولوالدي)).\n"
            "وأوضح المتحدث الرسمي لوزارة العمل تيسير المفرج أن المكتب سيكون خاضعاً لسلطة الوزارة.\n"
            "واعتبر الوزير بطرس حرب أن من حق العماد التلويح بالشارع.\n"
            "وأصر المدرب على البقاء في الملعب حتى نهاية التدريب.\n"
            "ويصر المسؤولون في الولايات المتحدة وجنوب شرق آسيا على أن النزاع سيتصاعد.\n"
            "وقال السفير أمام الحضور إن المباراة انتهت.")
    found = said(analyzer, body, "speaker_id", "verb")
    assert found == [("عبدالمحسن بن محمد القاسم", "أكد"), ("عبدالمحسن بن محمد القاسم", "وأضاف"), ("تيسير المفرج", "وأوضح"),
                     ("بطرس حرب", "واعتبر"), ("anon:مسوولون", "ويصر"), ("role:السفير", "وقال")]


def test_a_topic_before_its_comma_a_kunya_written_apart_and_titles_of_lawyers_and_spokesmen(analyzer):
    body = ("وقالت آمنة القلالي إن القانون خطر. أما محامي القضايا الجزائية غازي مرابط، فقد رأى أن \"القانون إشارة سيئة\".\n"
            "أوضح وكيل الوزارة د. عبدالله أبوثنين أن الوزارة ستعمل. وشدد أبو ثنين على مواصلة التفتيش.\n"
            "وقال الناطق بلسان الخارجية التركية تانجو بيلتش إن العملية مستمرة.\n"
            "ووصفت رزان صالح الفعاليات بأنها مميزة من حيث تصميم المسرح.\n"
            "يقول محامي السيدة لي \"إنها قد وجدت مخطوطة الرواية في صندوق للأمانات\".")
    found = said(analyzer, body, "speaker_id", "verb")
    assert found == [("امنه القلالي", "وقالت"), ("غازي مرابط", "رأى"), ("عبدالله ابوثنين", "أوضح"), ("عبدالله ابوثنين", "وشدد"),
                     ("تانجو بيلتش", "وقال"), ("رزان صالح", "ووصفت"), ("role:محامي السيده", "يقول")]


def test_months_are_time_words_presenters_and_singers_are_titles_and_given_names_with_the_article(analyzer):
    body = ("وكانت العائلة أعلنت نهاية يونيو (حزيران) الماضي أن الشابة نقلت إلى مركز للمرضى.\n"
            "وكتبت مقدمة البرامج والمنتجة التلفزيونية الشهيرة أوبرا وينفري في تغريدة «أخيرا (ترقد) بسلام».\n"
            "كذلك كتبت مغنية الراب والمنتجة ميسي ايليوت عبر «تويتر»، «قلبي مثقل بالحزن حقا».\n"
            "ومن جهتها أشادت العنود الجديعي المشرفة في إدارة الموهوبين على الدور التربوي الذي يقدمه المعرض.")
    found = said(analyzer, body, "speaker_id")
    assert "نهايه يونيو" not in found and "يونيو" not in found
    assert [f for f in found if not f.startswith("inst:")] == ["اوبرا وينفري", "ميسي ايليوت", "العنود الجديعي"]


def test_a_strict_verb_after_a_known_surname_a_pronoun_object_and_a_quoted_association(analyzer):
    body = ("وكشف رئيس البلدية المهندس بادي القحطاني عن تعرض جزء من المسطحات للتلف.\n"
            "وبيّن القحطاني، أنه جرى عقد اجتماع في وقت سابق مع المستثمر.\n"
            "وعقد الفرع موسم الأفلام ودعا إليه عددا من المخرجين والمؤلفين والمهتمين بصناعة الأفلام.\n"
            "وقال عبدالعزيز السماعيل إنه لا يعرف دورا لـ\"جمعية المنتجين والموزعين السعوديين\" في هذه القضية.\n"
            "وقال أثنائها رئيس الجمعية محمد الغامدي: إن السينما ليست ممنوعة في المملكة.")
    found = said(analyzer, body, "speaker_id", "verb", "quote_type")
    assert found[:2] == [("بادي القحطاني", "وكشف", "indirect"), ("بادي القحطاني", "وبيّن", "indirect")]
    assert found[2:] == [
                         ("عبدالعزيز السماعيل", "وقال", "indirect"), ("محمد الغامدي", "وقال", "indirect")]
    body = "وهو ما دعا إليه خادم الحرمين الشريفين الملك عبد الله بن عبد العزيز من ضرورة الحوار بين الأديان."
    assert [s.speaker_id for s in statements(analyzer, body)] == ["عبد الله بن عبد العزيز"]  # (إليه, then the subject)


def test_a_conjoined_title_is_no_name():
    from framing import Analyzer, normalize
    speakers = Analyzer().statements.speakers
    norm = normalize("رئيس الاتحاد الكوري السابق ومالك القسم المهيمن من أسهم المجموعة")
    assert speakers.read_name(norm, 0, len(norm)) is None


def test_callers_a_weekday_surname_a_district_in_a_title_and_a_president_as_a_complement(analyzer):
    body = ("أجرى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز اتصالاً هاتفياً أمس بالرئيس عبدالفتاح السيسي أكد خلاله على أهمية إعلان القاهرة للأمتين.\n"
            "وتلقى خادم الحرمين الشريفين اتصالاً هاتفياً أمس من فخامة الرئيس فرانسوا هولاند رئيس الجمهورية الفرنسية جدد خلاله ترحيبه بخادم الحرمين خلال زيارته لفرنسا.\n"
            "وأوضح رئيس اللجنة الاجتماعية الأهلية بحي الروضة محمد الخميس أن 3 جهات تعمل على تدريب الشباب.\n"
            "كشف قائد عسكري يمني موالٍ للرئيس عبد ربه منصور هادي عن أن المقاومة أعدت خطة لتحرير المدن.")
    found = said(analyzer, body, "speaker_id")
    assert found[:3] == ["salman", "فرانسوا هولاند", "محمد الخميس"]
    assert "hadi" not in found
    # an organisation after لل is the title's, and the listed person after it holds the title
    body = "وجدد الأمين العام للناتو ستولتنبرغ دعم الحلف لأوكرانيا على المستويين السياسي والعسكري."
    assert [(s.speaker, s.speaker_id) for s in statements(analyzer, body)] == [("الأمين العام للناتو ستولتنبرغ", "stoltenberg")]


def test_an_abbreviated_doctor_a_counterpart_a_rights_minister_and_many_unnamed(analyzer):
    body = ("حيث دعا د.اليامي كافة هيئات حماية حقوق الإنسان للتحرك الفوري.\n"
            "وأوضح د. الزهراني أن الكثير من الدراسات تبين ذلك.\n"
            "ومن جهته قال وزير حقوق الانسان عزالدين الاصبحي ان التمرد المسلح يشكل اعتداء.\n"
            "وقالت وزيرة الداخلية البريطانية تيريزا ماي ونظيرها الفرنسي برنار كازنوف في رسالة مشتركة: «لا توجد حلول سهلة».\n"
            "لكن كثيرين حثوا أنقرة على عدم استخدام القوة المفرطة.")
    found = said(analyzer, body, "speaker", "speaker_id", "speaker_type")
    assert found == [("د.اليامي", "اليامي", "person"), ("د. الزهراني", "الزهراني", "person"),
                     ("وزير حقوق الانسان عزالدين الاصبحي", "عزالدين الاصبحي", "person"),
                     ("وزيرة الداخلية البريطانية تيريزا ماي", "تيريزا ماي", "person"),
                     ("نظيرها الفرنسي برنار كازنوف", "برنار كازنوف", "person"), ("كثيرين", "anon:كثيرين", "anonymous")]


def test_the_accused_before_the_charge_is_not_the_accuser_and_companies_speak_as_institutions(analyzer):
    body = ("واتهم زعيم حزب معارض مؤيد للأكراد اردوغان بشن الضربات الجوية لحرمان الأكراد من المكاسب.\n"
            "واتهم الرئيس اردوغان المعارضة بدعم الإرهاب.\n"
            "وقالت فيات كرايسلر ونيسان موتور اليوم الاثنين إن مبيعاتهما فاقت التوقعات.")
    found = said(analyzer, body, "speaker_id", "speaker_type")
    assert found == [("erdogan", "person"), ("fiat_chrysler", "institution")]
    assert said(analyzer, body, "start")[0] > 60  # (the first sentence names no accuser)


def test_a_quoted_name_written_with_and_without_the_article_and_a_title_before_its_verb(analyzer):
    body = ('أكد وزير الخارجية الاميركي جون كيري ان الاتفاق سيجعل المنطقة اكثر امانا، وذلك في ختام "حوار استراتيجي" مع مصر.\n'
            'وتابع الوزير الاميركي في ختام "الحوار الاستراتيجي" ان الاتفاق مهم.')
    assert said(analyzer, body, "quote_type") == ["indirect", "indirect"]
    body = ("وكان ضم الحارس ضربة موفقة للمدرب ارسين فينجر واثبت المدرب الفرنسي سريعا تأثير الحارس في أول ظهور.\n"
            'وقال فينجر للصحفيين "أدى بشكل جيد".\n'
            "وخرجت شباك الحارس نظيفة ليكمل يوما جميلا بالنسبة لفينجر إلا أن المدرب الفرنسي قال إن العمل الحقيقي سيبدأ الأسبوع المقبل.")
    assert said(analyzer, body, "speaker_id") == ["ارسين فينجر", "ارسين فينجر"]


def test_an_airline_named_in_a_long_title_a_secretary_and_there_are_reports(analyzer):
    body = ("قالت شركة الطيران منخفض التكلفة فلاي دبي اليوم إنها ستبدأ تسيير رحلات من المطار الجديد.\n"
            "وأضافت فلاي دبي أنها ستقوم بتسيير رحلات جدولها الشتوي من المطار الجديد.\n"
            "من جهته، كشف سكرتير الاتحاد الكويتي لكرة القدم سهو السهو أنه يتوجب على الكويت توقيع العقود.\n"
            "رغم أن هناك أخبارا أكدت أن إدارة النادي أبدت استعدادها.")
    found = said(analyzer, body, "speaker_id", "speaker_type")
    assert found[:2] == [("inst:شركه الطيران منخفض التكلفه فلاي دبي", "institution"), ("inst:فلاي", "institution")]
    assert found[2:] == [("سهو السهو", "person"), ("anon:اخبارا", "anonymous")]  # (not "هناك أخبارا", nor the last speaker)


def test_a_quotation_mark_against_its_verb_and_a_name_written_joined_after_apart(analyzer):
    body = ('وكشف ميشال أولاس في حسابه أن ليون ينتظر موافقة يونايتد، وقال" وصل رافايل إلى ليون، نحن بانتظار الضوء الأخضر".\n'
            'وقال مدير المرصد رامي عبد الرحمن "خطفت جبهة النصرة خمسة مقاتلين على الأقل".\n'
            'وذكر رامي عبدالرحمن، أن جبهة النصرة "تقوم بمطاردة المقاتلين" في ادلب.')
    found = said(analyzer, body, "speaker_id", "quote_type")
    assert found == [("ميشال اولاس", "indirect"), ("ميشال اولاس", "direct"), ("رامي عبد الرحمن", "direct"), ("رامي عبد الرحمن", "partial")]


def test_a_nasab_after_a_long_title_businessmen_and_a_present_verb_after_its_subject(analyzer):
    body = ("وأوضح مدير عام إدارة العلاقات العامة والإعلام المتحدث الاعلامي بأمانة المنطقة الشرقية محمد بن عبدالعزيز الصفيان، أن اللجنة ستبدأ غداً.\n"
            "واكد رجال أعمال ان القرار قد يتسبب بهروب المستوردين.\n"
            "وكان عمر دائما يقول إن الصبر مفتاح الفرج.\n"
            "يجد المهاجم نفسه وحيدًا، لكن القائد السابق للفريق براين روبسون يرى بان القوة الضاربة قد تؤمن الخلفية.\n"
            "ومناهج وتدريس وتشدد على القيم.")
    found = said(analyzer, body, "speaker_id", "verb")
    assert found == [("محمد بن عبدالعزيز الصفيان", "وأوضح"), ("anon:رجال", "واكد"),
                     ("براين روبسون", "يرى")]  # (not "عمر دائما": an adverb after a given name)


def test_a_student_a_body_named_after_a_king_quoted_or_not_and_its_quoted_alias(analyzer):
    body = ("وعبر الطالب سعود الزيد، عن بالغ سعادته بهذا الإنجاز، وقال «إن ذلك بفضل الله ثم ما وفرته لنا حكومتنا».\n"
            "وأبان الزيد أن هذه الجهود التي يقوم بها «مركز الملك سلمان» تنطلق عبر تعاون مثمر.\n"
            "فيما أوضح مدير مركز الملك فهد الثقافي «قرية المفتاحة» سعيد بن محيا الأحمري أن افتتاح المعرض جاء بمبادرة.\n"
            'وأكد رئيس شركة أرامكو "إن الأسعار ستتحسن قريبا جدا".')
    found = said(analyzer, body, "speaker_id", "quote_type")
    assert found[:4] == [("سعود الزيد", "indirect"), ("سعود الزيد", "direct"), ("سعود الزيد", "indirect"),
                         ("سعيد بن محيا الاحمري", "indirect")]
    assert found[4] == ("role:رييس شركه ارامكو", "direct")  # (a quotation after a company's name is still the statement)
    body = "من جانبه أكد مدير مركز الملك عبد الله بن عبد العزيز بجدة الدكتور / زهير عبد الرحيم ميمني إن الملتقى يهدف إلى إتاحة فرص عمل."
    assert said(analyzer, body, "speaker_id") == ["زهير عبد الرحيم ميمني"]  # (the centre's patron is not the speaker)


def test_a_family_name_opened_by_al_after_a_title_and_a_saying_after_the_name(analyzer):
    body = ("أدان الأمين العام لمجلس الشورى، الدكتور محمد بن عبدالله آل عمرو، الحادث الإجرامي الذي استهدف رجال الأمن وهم يؤدون "
            "صلاة الظهر في مسجد قوات الطوارئ بمنطقة عسير، وأدى إلى استشهاد عدد من رجال الأمن.\n"
            "ووصف الدكتور آل عمرو حادث التفجير بأنه عمل إجرامي.\n"
            "فيما اشار عبد الرحيم بن محمد بقوله لم نكن نتوقع ان يصل هذا الموقع الى هذا الحال.")
    found = said(analyzer, body, "speaker_id")
    assert found == ["محمد بن عبدالله ال عمرو", "محمد بن عبدالله ال عمرو", "عبد الرحيم بن محمد"]  # (not "عمرو حادث"، "... بقوله")


def test_as_explained_by_with_no_comma_before_it_and_its_relative_clause(analyzer):
    body = "خرج حارس المرمى في القنوات الفضائية للحديث عن حقن مسكنة استخدمها قبل المباريات بثلاث ساعات وفق ما أوضحه عبد الله العنزي."
    assert said(analyzer, body, "speaker_id", "verb") == [("عبد الله العنزي", "أوضحه")]
    body = ('لكنه لم يلحق بالرحلة بحسب ما أكد مدرب يونايتد الهولندي لويس فان غال الذي قال: "لقد سمعت بأنه لم يكن على الطائرة".')
    assert said(analyzer, body, "speaker_id", "quote_type") == [("لويس فان غال", "direct")]  # (the relative clause's quotation)


def test_a_statement_issued_by_a_body_or_a_person_written_with_it(analyzer):
    body = ("وقال محمد العلي إن الوضع جيد.\n"
            "وأصدرت اللجنة السعودية للرقابة على المنشطات بيانا قالت فيه إن الحقن غير محظورة.\n"
            "وأوضح بيان صادر عن وزير الدفاع موشيه يعالون أنه فرض الاعتقال الإداري.\n"
            "وقال بيان لوزارة الدفاع إن التحقيق مستمر.\n"
            "وأكد بيان التجمع أن المسيرة سلمية.")
    found = said(analyzer, body, "speaker_id", "speaker_type")
    assert found == [("محمد العلي", "person"), ("inst:اللجنه السعوديه للرقابه علي المنشطات", "institution"),
                     ("موشيه يعالون", "person"), ("ministry", "institution")]  # (not the last speaker; nobody for the last)


def test_a_quoted_foundation_name_is_no_quotation(analyzer):
    body = "وقال الملحق الثقافي الدكتور محمد العيسى: إن شراكة برنامج «مسك الخيرية» تحظى بدعم مؤسسة «مسك الخيرية» من أجل خدمة الشباب."
    assert said(analyzer, body, "speaker_id", "quote_type") == [("محمد العيسي", "indirect")]


def test_a_source_named_by_what_it_is_called_and_a_permalink_line(analyzer):
    body = ("وقالت طالبة بالأكاديمية تُدعى هامدي عثمان حسين «أحلم بأن أكون مصورة سينمائية في الصومال».\n"
            "وقال مقيم في مقديشو يدعى مقطر ظاهر «أفلامي المفضلة هي الأميركية».\n"
            "رابط الخبر بصحيفة الوئام: طالب جامعي يتبرع بجزء من كبده لطفلة")
    assert said(analyzer, body, "speaker_id", "quote_type") == [("هامدي عثمان حسين", "direct"), ("مقطر ظاهر", "direct")]
    text = "عنوان\n" + body
    parts = analyzer.analyse(make_article(text)).parts
    assert [p.kind for p in parts if text[p.start : p.end].startswith("رابط الخبر")] == ["chrome"]  # (the title again: no statement)


def test_a_long_slogan_after_its_naming_noun_is_a_name(analyzer):
    body = 'وأوضح مدير عام الجمعية محمد الشويمان أن الجمعية أقامت ورشة عمل تحت شعار "التنمية والمقاربة الحقوقية لجمعيات المكفوفين".'
    assert said(analyzer, body, "speaker_id", "quote_type") == [("محمد الشويمان", "indirect")]  # (not partial)


def test_a_festival_speaks_a_bracketed_name_in_a_title_and_asides_before_the_marker(analyzer):
    body = ("وقال مهرجان القاهرة السينمائي الدولي في بيان أمس إن احتفالية التكريم ستقام في نوفمبر.\n"
            "من جانبه ألقى نائب رئيس مهرجان القطيف ( واحتنا فرحانه ) رائد عبدالله أبو عزيز كلمة قال فيها : انتهينا من حفل الختام.\n"
            "بدوره عبر مدير فرع الجمعية العربية السعودية للثقافة والفنون بأبها أحمد السروي عن استنكاره الحادث الإرهابي.\n"
            "وأعرب رافايل بينيتيز في أكثر من مناسبة عن قلقه على الصلابة الدفاعية للفريق.")
    found = said(analyzer, body, "speaker_id", "speaker_type")
    assert found == [("inst:مهرجان القاهره السينمايي الدولي", "institution"), ("رايد عبدالله ابو عزيز", "person"),
                     ("احمد السروي", "person"), ("رافايل بينيتيز", "person")]  # (not "مهرجان"، "واحتنا فرحانه")


def test_a_novels_or_a_spacecrafts_quoted_name_is_no_quotation(analyzer):
    body = 'وقال الناقد حامد بن عقيل إن رواية "ساق البامبو" تحاول فهم الذهنية الاجتماعية.'
    assert said(analyzer, body, "speaker_id", "quote_type") == [("حامد بن عقيل", "indirect")]
    body = "وقال الدكتور أشرف تادرس إن مركبة «نيو هورايزونز» وصلت إلى أقرب نقطة من بلوتو."
    assert said(analyzer, body, "speaker_id", "quote_type") == [("اشرف تادرس", "indirect")]


def test_a_name_in_brackets_after_a_title_or_an_abbreviation_before_the_name(analyzer):
    body = ("يقول الفنان (شعبان عبدالرحيم) إن محمد عبده فنان العرب.\n"
            "وقالت الرئيس التنفيذي لشركة الأوراق المالية و الإستثمار (سيكو)، السيدة نجلاء محمد الشيراوي: «نحن سعداء بهذا التعيين».")
    assert said(analyzer, body, "speaker_id") == ["شعبان عبدالرحيم", "نجلاء محمد الشيراوي"]


def test_a_body_the_lexicon_does_not_list_and_a_coach_written_after_under_the_leadership_of(analyzer):
    body = "كشفت اللجنة التنفيذية لمهرجان «عيدنا كدا» في نسخته الثانية عن تأمين خدمة منخفضة التكلفة لزائري المنطقة."
    assert said(analyzer, body, "speaker_id", "speaker_type") == [("inst:اللجنه التنفيذيه لمهرجان عيدنا كدا", "institution")]
    body = ("وسبق لروميرو اللعب تحت قيادة فان جال عندما كان الاثنان معا في الكمار الهولندي.\n"
            'وقال فان جال "سيرجيو حارس موهوب للغاية وأنا سعيد لانضمامه".')
    assert said(analyzer, body, "speaker_id", "speaker_type") == [("فان جال", "person")]  # (not an organisation's name)


def test_a_club_speaks_as_an_institution_and_its_coach_as_a_person(analyzer):
    body = ('أكد أرسنال الإنجليزي أن مهاجمه أوليفييه جيرو لم يفقد وعيه.\n'
            'وقال فيردر بريمن في بيان "فرانكو دي سانتو رحل عن الفريق".\n'
            "وقال لاعب برشلونة ليونيل ميسي إن الفوز مهم.\n"
            "وقال مدرب أرسنال أرسين فينغر إن الفريق جاهز.\n"
            "وألمح مدرب يوفنتوس بطل الدوري الايطالي في المواسم الاربعة الاخيرة ماسيميليانو اليغري الى بقاء اللاعب.")
    found = said(analyzer, body, "speaker_id", "speaker_type")
    assert found == [("inst:ارسنال", "institution"), ("inst:فيردر بريمن", "institution"), ("ليونيل ميسي", "person"),
                     ("ارسين فينغر", "person"), ("ماسيميليانو اليغري", "person")]  # (the club is the title's complement)
    found = said(analyzer, "أعلن اولمبيك ليون المنتمي لدوري الدرجة الأولى الفرنسي أنه ضم المدافع.", "speaker_id", "speaker_type")
    assert found == [("inst:اولمبيك ليون", "institution")]


def test_the_name_ali_after_a_place_a_given_name_alone_and_sources_before_their_object(analyzer):
    body = ("في سياق آخر، قال المتحدث باسم المقاومة الشعبية بمدينة عدن علي سعيد الاحمدي إن المنطقة الشمالية أصبحت مطهرة.\n"
            "وأكدت المصادر سقوط قتلى وجرحى من الطرفين في تلك المواجهات.\n"
            "وأشارت لينا إلى أن هناك خمس نساء بريطانيات في الحسبة.")
    found = said(analyzer, body, "speaker_id", "speaker_type")
    assert found == [("علي سعيد الاحمدي", "person"), ("anon:مصادر", "anonymous"), ("لينا", "person")]  # (not "سقوط قتلي وجرحي")


def test_a_quotation_left_open_ends_at_a_paragraph_run_opened_by_a_reporting_verb(analyzer):
    body = ('وقال الاتحاد في البيان: "نؤكد اطلاعنا على حيثيات الأمر.   أولا: الحفل جرى في إحدى السفن السياحية.   '
            'ويؤكد رئيس مجلس إدارة الاتحاد، فهد الحريشي، حرص الاتحاد على الانضباط، مشدداً على رفضه لأي خروج عن الضوابط.')
    found = said(analyzer, body, "speaker_id", "quote_type")
    assert ("فهد الحريشي", "indirect") in found  # (the rest of the line had been read as the federation's quotation)


def test_a_quoted_name_with_an_indefinite_first_complement_unless_the_object_of_a_preposition(analyzer):
    body = ('وأعرب الأمير بندر بن عبدالله عن شكره للدعوة لتقديم رسالة "مبادرة رسل السلام العالمي" التي تبناها الملك.\n'
            'ويدعو القرار إلى «تطبيق كامل للجدول الزمني الوارد» في الاتفاق المبرم في فيينا.')
    assert said(analyzer, body, "quote_type") == ["indirect", "partial"]


def test_a_verbal_noun_object_ends_the_speaker_phrase(analyzer):
    # (the object after a family name alone, and after a title and a comma, is never read as a name)
    assert said(analyzer, "وأكد الزعبي حرص المؤسسة الأمنية على وضع كل الإمكانات.", "speaker_id") == ["الزعبي"]
    assert said(analyzer, ("وأكد الرئيس التنفيذي للشركة، حرص شركة «الربيع السعودية للأغذية» على تنظيم لقاءات دورية ونشاطات "
                  "تفاعلية لمنسوبي الشركة، تماشياً مع التزامنا التام بتقوية قنوات التواصل."), "speaker_id") == ["role:الرييس التنفيذي للشركه"]


def test_a_title_with_its_field_before_the_name(analyzer):
    body = ("قال المتخصص في مواقع التواصل الاجتماعي يوسف السلوم إن الظاهرة في طريقها للزوال.\n"
            "وقال الخبير في الشؤون الاقتصادية فضل البوعينين إن الأسعار سترتفع.\n"
            "وقال الخبير في تصريح للصحيفة إن الأسعار سترتفع.")
    assert said(analyzer, body, "speaker_id") == ["يوسف السلوم", "فضل البوعينين", "فضل البوعينين"]  # (the title alone: the expert named before)


def test_a_new_subject_after_while_speaks_in_a_clause_of_its_own(analyzer):
    body = ("وعدّ رئيس اللجنة السابق سيمون ري، المملكة أحد أهم الجمعيات الكشفية، فيما عبر الأمين العام للمنظمة "
            "الدكتور عاطف عبدالمجيد عن اعتزازه وفخره بالوجود الكشفي السعودي في المحافل الإقليمية.\n"
            "وأكدت الناطقة ماريا زاخاروفا أن موسكو \"تلقت عرضاً من بروكسل\"، في حين أكدت استعداد بلادها للحوار المباشر.")
    assert said(analyzer, body, "speaker_id") == ["سيمون ري", "عاطف عبدالمجيد", "zakharova"]  # (no new subject: the content goes on)


def test_counterparts_names_and_unnamed_others(analyzer):
    body = ("وأكد وزير الداخلية الفرنسي برنار كازنوف ونظيرته البريطانية تيريزا ماي في بيان مشترك أن معالجة الوضع أولوية.\n"
            "وقالت الفنانة نادية الجندي إن المسلسل مقتبس من أعمال أخرى.\n"
            "وقال أحد الأنصار إن المحكمة غير شرعية، بينما يضيف آخر: «نحن معك وسنظل معك حتى النهاية».\n"
            "وأعلنت الأمم المتحدة أن المساعدات وصلت، فيما أعلنت دول أخرى نيتها المساعدة في الأشهر المقبلة.")
    found = said(analyzer, body, "speaker_id", "speaker_type")
    assert ("برنار كازنوف", "person") in found and ("تيريزا ماي", "person") in found
    assert ("ناديه الجندي", "person") in found  # (نادية is normalised like ناديه, "his club")
    assert ("anon:اخر", "anonymous") in found and ("anon:دول", "anonymous") in found


def test_quoted_names_after_a_naming_noun_with_a_preposition_or_joined_to_another(analyzer):
    body = ("وقال طارق العلي إن الفكرة راودته بعد نجاحه في فيلم \"معتوق في بانكوك\" الذي قدمه مع الفنان علاء مرسي.\n"
            "وأكد الحارثي حرص الشركة على تنظيم لقاءات دورية تجسيداً لشعار «الربيع صحة للجميع» في كل المناسبات.\n"
            "وأشار السلوم إلى أن عملية شراء المتابعين في \"الفيسبوك\" و\"انستقرام\" تتم عن طريق مواقع معينة.")
    assert said(analyzer, body, "quote_type") == ["indirect", "indirect", "indirect"]


def test_a_surname_after_ali_named_before_and_told_whom(analyzer):
    body = ("وتسربت مراسلات أجراها وزير النفط الكويتي علي العمير مع نظيره السعودي علي النعيمي.\n"
            "وقال العمير للنعيمي إن الحكومة السعودية \"ستتحمل الخسائر الجسيمة التي ستلحق بالكويت\".\n"
            "صرح بذلك وكيل الوزارة الدكتور توفيق السديري الذي بين أنه تم توزيع الموسوعة على الخطباء في كل المناطق.")
    found = said(analyzer, body, "speaker_id", "speaker_type")
    assert found[0] == ("العمير", "person") and ("بذلك", "person") not in found  # ("بذلك": with that, never a name)


def test_a_listed_person_written_in_full_keeps_the_listed_id(analyzer):
    body = ("أطلق الرئيس الأميركي باراك أوباما خطته المنتظرة حول المناخ، مؤكداً ضرورة التحرك فورا ضد التلوث.\n"
            "وقال الرئيس الأميركي إن التغير المناخي أحد التحديات الأساسية في عصرنا.")
    assert set(said(analyzer, body, "speaker_id")) == {"obama"}


def test_a_quoted_event_name_with_its_year_after_in(analyzer):
    body = ("ولفت رئيس الغرفة إلى أن الشركات ستجد ضالتها في \"معرض وظائف 2015\" كواحدة من أهم الوسائل في الحصول على الكفاءات.\n"
            "وأضاف أن المشروع يتماشى مع \"خطة دبي 2021\"، حيث سينتج ما يزيد على ثلاثة آلاف ميجاواط.")
    assert said(analyzer, body, "quote_type") == ["indirect", "indirect"]


def test_a_nasab_written_apart_keeps_the_listed_id_and_just_before_ends_a_name(analyzer):
    body = ("رأس صاحب السمو الملكي الأمير محمد بن نايف بن عبد العزيز آل سعود وزير الداخلية اجتماعا مع قادة القطاعات الأمنية.\n"
            "وقال سموه: «إن هذه الحوادث لن تثني عزائمنا».\n"
            "ودعا سمو الأمير محمد بن نايف بن عبد العزيز الى ضرورة تكثيف الاستعدادات.\n"
            "وقال ستاثاكيس قبيل بدء المفاوضات السبت أن المحادثات أصبحت \"في المرحلة النهائية\".")
    found = said(analyzer, body, "speaker_id", "content")
    assert [f[0] for f in found] == ["mbn", "mbn", "ستاثاكيس"]
    assert found[1][1].startswith("ضرورة")  # (not "العزيز الى ضرورة": the father's name is read whole)


def test_creditors_in_construct_and_a_foreign_given_name_read_with_the_article(analyzer):
    body = ("وقال مصدر أوروبي انه فيما يصر دائنو اليونان على \"تعاون جيد جدا\" من جانب أثينا، فإن الطرفين \"يبذلان جهدا\".\n"
            "وقال إلمار جيمولا الذي يمثل 39 أسرة من أسر ضحايا الحادث:\" نحن نجهز لرفع دعاوى\".")
    found = said(analyzer, body, "speaker_id", "speaker_type")
    assert ("anon:داينو", "anonymous") in found and ("المار جيمولا", "person") in found


def test_after_that_and_is_named_open_no_content(analyzer):
    body = ("وقال الوزير محمد العلي بعد أن انتهى الاجتماع إن الأمر جيد.\n"
            "ويعتقد الادعاء العام أن مساعد قائد الطائرة ويدعى اندرياس لوبيتس تعمد بعد أن حبس القائد خارج القمرة إسقاط الطائرة.\n"
            "وكانت فتاة أمريكية، تُدعى إيمي بلول، قد أطلقت المبادرة عام 2013، موضحة أن الفكرة بدأت قبل رسمها للوشم بنحو شهر.\n"
            "وأطلق مطور تطبيقات عربي، يدعى حسن قاسم، الإصدار الثاني من تطبيقه. وأوضح قاسم أن هدف التطبيق حذف الملفات بأمان.")
    found = said(analyzer, body, "speaker_id", "content")
    assert found == [("محمد العلي", "الأمر جيد."),
                     ("inst:الادعاء العام", "مساعد قائد الطائرة ويدعى اندرياس لوبيتس تعمد بعد أن حبس القائد خارج القمرة إسقاط الطائرة."),
                     ("ايمي بلول", "الفكرة بدأت قبل رسمها للوشم بنحو شهر."),
                     ("حسن قاسم", "هدف التطبيق حذف الملفات بأمان.")]


def test_names_after_an_unlisted_title_or_a_comma_aside_and_a_given_name_that_is_a_word(analyzer):
    body = ("منطقة حائل.وأوضح المشارك علي بن عبدالله العمري أن إنتاج عسل البرسيم يستغرق نحو 25 يوماً.\n"
            "وقال الباحث الفلكي، بقسم علوم الفلك بجامعة الملك عبدالعزيز، ملهم بن محمد هندي: \"هذه الشهب تصل إلى ذروتها\".\n"
            "واوضح وحيد سعودي مدير عام التحاليل في هيئة الارصاد لفرانس برس \"بلا شك هناك درجات حرارة اعلى\".\n"
            "وتمنت مشرفة الفريق التطوعي أن يأخذ هذا المسلك الكثير من المهتمين.")
    assert said(analyzer, body, "speaker_id") == ["علي بن عبدالله العمري", "ملهم بن محمد هندي", "وحيد سعودي", "role:مشرفه الفريق التطوعي"]


def test_a_newspaper_after_however_speaks_not_the_last_speaker(analyzer):
    body = ("وقال العداء محمد فرح: \"أنا سعيد لأنني رياضي نظيف\".\n"
            "وتتركز التحاليل على الهيموجلوبين، بيد أن الصحيفة البريطانية أشارت إلى أن النسب غير الطبيعية لا تدل على التعاطي.\n"
            "وأشارت صحيفة \"نوفوستي\" إلى أن النيابة العامة تلقت تقارير عن المباراة.")
    assert said(analyzer, body, "speaker_id") == ["محمد فرح", "inst:الصحيفه البريطانيه", "outlet:نوفوستي"]  # (a Serbian paper, not RIA)


def test_a_quoted_code_or_place_is_no_quotation_and_reassuring_no_participle(analyzer):
    body = ("وأكد الوزير شتاينماير تفهم بلاده قلق الرياض من الاتفاق الذي أبرمته إيران مع دول \"5 + 1\"، مبيناً أن العقوبات ستعود.\n"
            "وقال المتحدث وين دي بروين انه لا يمكن ان يكشف عن التفاصيل واكتفى بالقول انه تم العثور على القطع في \"شرق اوكرانيا\".\n"
            "وأكد المخرج ممدوح سالم أن النتائج مطمئنة للغاية.")
    found = said(analyzer, body, "speaker_id", "verb", "quote_type")
    assert ("شتاينماير", "وأكد", "indirect") in found and ("وين دي بروين", "وقال", "indirect") in found
    assert [f[1] for f in found[-1:]] == ["وأكد"]  # (مطمئنة: the adjective)


def test_a_verb_joined_by_fa_to_an_unclosed_clause_and_a_foreign_given_name_before_a_ba_surname(analyzer):
    body = ("وقبل الجولة قال ظريف في بيان نشر على موقع الوزارة إن طهران ستواصل دعمها.\n"
            "وردد الرئيس الايراني حسن روحاني هذه الرسالة في خطاب ألقاه اليوم فقال “الشعب الايراني يدعم كل الشعوب المقهورة.”\n"
            "من جهته قال اليستير باسكي المتحدث باسم مجلس الامن القومي: إن وضع بولارد ستحدده لجنة.")
    found = said(analyzer, body, "speaker_id", "speaker_type")
    assert found[1:] == [("rouhani", "person"), ("اليستير باسكي", "person")]  # (not the last speaker ظريف)


def test_foreign_given_names_open_names_after_titles_nationalities_and_complements(analyzer):
    body = ("اعرب رئيس الحكومة ديفيد كاميرون الجمعة عن استعداده \"تقديم مساعدة إضافية\" لفرنسا.\n"
            "وقال كاميرون \"نحن مستعدون لتقديم مساعدة إضافية\".\n"
            "وقال الافغاني رضا البالغ العشرين من العمر وهو يخرج من خيمته \"لم اتمكن من الدخول الى المحطة\".\n"
            "وأكد طبيب المنتخب البرازيلي رودريجو لاسمار في تصريحات صحفية أن الاتحاد لن يتحدث عن الموضوع.\n"
            "قال أسطورة كرة القدم الأرجنتينية دييجو مارادونا إنه يريد محاربة المافيا.\n"
            "يقول المشرع كيم يونج –نام، \"يعتقد كثير من الناس بأنه لا ينبغي ذلك\".")
    assert said(analyzer, body, "speaker_id") == ["ديفيد كاميرون", "ديفيد كاميرون", "رضا", "رودريجو لاسمار", "دييجو مارادونا", "كيم يونج"]


def test_no_name_after_a_verbal_noun_or_a_title_in_the_complement(analyzer):
    assert said(analyzer, "أكدت زيارة الرئيس الفرنسي فرانسوا هولاند أن العلاقات قوية.", "speaker_type") == []
    assert said(analyzer, "وسيمنع رفض الاتفاق الرئيس باراك أوباما من رفع معظم العقوبات.", "speaker_type") == []
    # (but a rank before the name is the name's own: "سعادة الشيخ X"; welcoming the guests is an act, see below)
    assert said(analyzer, "حيث أشاد سعادة الشيخ عبدالرحمن بن نومة في بداية الحفل بالمنظمين.", "speaker_id") == ["عبدالرحمن بن نومه"]


def test_a_name_with_a_middle_initial_and_a_listed_full_name_with_its_id(analyzer):
    body = ("وقال ديفيد إيه. تومسون رئيس المؤتمر العالمي للبطاطا للصحفيين إن البطاطا ستخدم خطط الصين.\n"
            "ذكر الرئيس الأمريكي باراك أوباما اليوم الثلاثاء بالاسم أمريكيين محتجزين في إيران وقال إن بلاده لن يهدأ لها بال.")
    assert said(analyzer, body, "speaker_id") == ["ديفيد ايه تومسون", "obama"]


def test_a_noun_in_ta_marbuta_and_its_complement_end_a_full_name(analyzer):
    body = ("حدد رئيس الوزراء البريطاني ديفيد كاميرون رؤية حكومته للقضاء على التطرف.\n"
            "وقال كاميرون إن بلاده ستنظر في سبل مواجهة الفكر المتطرف.\n"
            "وقال الدكتور محمد مختار جمعة وزير الأوقاف إن الخطبة موحدة.")
    assert said(analyzer, body, "speaker_id") == ["ديفيد كاميرون", "محمد مختار جمعه"]


def test_the_noun_after_kana_is_the_subject_and_a_quoted_phrase_named_is_no_quotation(analyzer):
    body = ("وكانت بريطانيا أعلنت الثلاثاء رصد مبلغ إضافي بقيمة 7 ملايين جنيه.\n"
            "وكانت جماعات أعلنت ولاءها لداعش سبق لها أن هددت بإسقاط حكم حماس.\n"
            "وقال سولفانغ لـ«رويترز» إن التقرير استخدم عبارة «القوات الموالية للحوثيين» لأنه من المستحيل تحديد المهاجمين.")
    assert said(analyzer, body, "speaker_id", "quote_type") == [("uk", "indirect"), ("سولفانغ", "indirect")]


def test_an_imam_after_an_honorific_a_side_phrase_after_the_verb_and_a_bracketed_surname(analyzer):
    body = ("أكد فضيلة إمام وخطيب المسجد النبوي الشيخ الدكتور علي بن عبدالرحمن الحذيفي أن من موجبات ورود الحوض الدعوة.\n"
            "وقال الوزير محمد العلي إن الوضع جيد.\n"
            "وأوضح من جهته مساعد مدير المستشفى الدكتور علي الغامدي، أنه بعد الانتهاء من العملية تحسن المريض.\n"
            "تحت إشراف الفنان التشكيلي الأستاذ علي النقيدان. ويتوقع (النقيدان أن تحظى الفعالية بمتابعة كبيرة.")
    assert said(analyzer, body, "speaker_id") == ["علي بن عبدالرحمن الحذيفي", "محمد العلي", "علي الغامدي", "النقيدان"]
    # "من ناحية ثانية" (on the other hand) is no side phrase: the speaker before goes on
    body = 'وقال الوزير محمد العلي إن الوضع جيد.\nوحذّر من ناحية ثانية من «أن هناك أعدادًا من الفتيان لا يتحكمون في تصرفاتهم».'
    assert said(analyzer, body, "speaker_id") == ["محمد العلي", "محمد العلي"]


def test_a_relative_ma_ends_a_title_which_then_names_the_person_before(analyzer):
    body = ("رفض الكاتب الصحفي فهد بن جليد، أن يطلق الخليجيون التهم على الشاب السعودي.\n"
            'ثم يرصد الكاتب ما حدث على تطبيق (سناب شات)، قائلاً: "لعلنا نذكر مؤخراً ما تم خلال (أبو ظبي لايف)".\n'
            "قال وزير النفط بالحكومة الليبية الموازية في طرابلس ما شاء الله الزوي أمس (الخميس) إن إنتاج ليبيا مستقر.")
    found = said(analyzer, body, "speaker_id")
    assert found[:2] == ["فهد بن جليد", "فهد بن جليد"] and found[2].endswith("شاء الله الزوي")  # (ما of ما شاء الله opens no clause)


def test_a_one_word_name_after_a_noun_and_its_nationality(analyzer):
    body = ("وأكد البائع العماني أمجد أن المبيعات تتجاوز 90 ألف ريال في الموسم السياحي.\n"
            "وقال الوزير محمد العلي إن الوضع جيد. ودعا الشعب اليمني بمختلف مكوناتهم الوطنية إلى الوقوف صفا واحدا.")
    assert "امجد" in said(analyzer, body, "speaker_id") and "بمختلف" not in said(analyzer, body, "speaker_id")


def test_marks_around_a_number_quote_nothing(analyzer):
    body = "وأوضح رئيس اللجنة المهندس عجب بن عبدالله القحطاني أنه تم إقرار المراكز بواقع ” 8 ” مراكز بسكاكا و” 3 ” بطبرجل."
    assert said(analyzer, body, "quote_type") == ["indirect"]


def test_a_verbal_noun_and_its_complement_inside_the_organisation_a_spokesman_speaks_for(analyzer):
    body = "وقال ناطق باسم سلطة تطوير العاصمة رمضان ساجد ان اراضي هذا الحي العشوائي منحت الى متعهدين."
    assert said(analyzer, body, "speaker_id") == ["رمضان ساجد"]


def test_kana_between_the_subject_and_its_verb_and_an_organisation_noun_is_no_family_name(analyzer):
    body = ("وقال وزير الخارجية عادل الجبير إن الوضع جيد.\n"
            'الا ان الجبير كان ندد الاسبوع الماضي بـ"التصريحات العدائية" التي صدرت عن مسؤولين ايرانيين.\n'
            "وقال روجريو زانداميلا كبير اقتصاديي الصندوق المختص بالصومال إن البيانات غائبة.\n"
            "وقال الصندوق بأن الأوضاع السياسية ما زالت تشكل تحديا.")
    assert said(analyzer, body, "speaker_id", "speaker_type")[1:2] + said(analyzer, body, "speaker_type")[-1:] == [
        ("al_jubeir", "person"), "institution"]


def test_a_south_asian_given_name_and_a_second_person_complementiser_ending_a_phrase(analyzer):
    body = ("وقال رئيس هيئة الأرصاد غلام رسول إنه من المتوقع سقوط المزيد من الأمطار.\n"
            "بل قد تتهم بأنك إما حسود أو من طبقة كذا أو غيره من التهم الجاهزة.")
    assert said(analyzer, body, "speaker_id") == ["غلام رسول"]


def test_who_issued_the_statement_speaks_in_it(analyzer):
    body = ('جاء ذلك في بيان أصدره أمين عام الرابطة الدكتور عبدالله بن عبدالمحسن التركي، قال فيه إن "الرابطة تابعت بأسى التصريحات".\n'
            "واستنكر التركي هذه التصريحات غير المسؤولة.")
    assert said(analyzer, body, "speaker_id") == ["عبدالله بن عبدالمحسن التركي", "عبدالله بن عبدالمحسن التركي"]
    # a relative clause on the statement (an agency obtained it) and a time before the issuer: the issuer speaks, relayed
    body = ("وأصدر أول أمس الخميس النائب البارز إليوت انجيل وهو أكبر نائب ديمقراطي في لجنة الشؤون الخارجية بمجلس النواب "
            "بيانا حصلت عليه رويترز قال فيه إنه سيعارض الاتفاق.")
    assert said(analyzer, body, "speaker_id", "speaker", "via_agency") == [("اليوت انجيل", "النائب البارز إليوت انجيل", "reuters")]


def test_what_was_said_after_bi_qawlihi_a_title_after_the_name_and_a_prayer(analyzer):
    body = ('فيما عبر مدير القناة جمال خاشقجي عن الحادثة بقوله "هذه جريمة ما بعدها جريمة".\n'
            "وقال ريك سبونر كبير محللي الأسواق في سيدني إن أرقام الوظائف ستؤثر على الدولار.\n"
            'أما الكاتب محمد الرطيان فقال في تغريدته "اللهم انتقم ممن نفذ ودبر".')
    assert said(analyzer, body, "speaker_id", "quote_type") == [("جمال خاشقجي", "direct"), ("ريك سبونر", "indirect")]


def test_the_topic_speaks_after_an_aside_and_the_opening_subject_after_haythu(analyzer):
    body = ('وقال جمال خاشقجي إن الجريمة كبيرة.\n'
            'أما الشيخ عادل الكلباني، وهو الإمام السابق للحرم فقد غرد قائلا "هذه الأعمال لا تزيدنا إلا تمسكا".\n'
            'إمام المسجد الحرام الشيخ سعود الشريم وضع هذا الفعل في سياق تاريخي، حيث قال في تغريدة له "قتل المصلين غرسة قديمة".')
    assert said(analyzer, body, "speaker_id") == ["جمال خاشقجي", "عادل الكلباني", "سعود الشريم"]


def test_arabic_given_names_the_counted_list_lacks(analyzer):
    body = ("ترك رئيس النادي كارل هاينز رومينيغه مصير اللاعب بيده.\nوأكد رومينيغه: «لا يوجد أي عرض من يوفنتوس».\n"
            "وقالت غادة المشاط إن السياحة تتعافى.\n"
            "اتهمت زعيمة الحزب مريم رجوي الدول «5+1» بتقديم تنازلات.")
    assert said(analyzer, body, "speaker_id") == ["كارل هاينز رومينيغه", "غاده المشاط", "مريم رجوي"]


def test_the_opening_subject_speaks_after_haythu_across_clauses_and_her_audience_does_not(analyzer):
    body = ('اضطرت الفنانة السورية أصالة نصري للاعتذار لجمهورها، بسبب ثنائها على الممثل رامز جلال وبرنامجه، حيث غردت قائلة: '
            '"أسحب كل كلامي الذي قلته عن البرنامج".\n'
            "وانهالت التعليقات على أصالة من جمهورها الذي رفض ثناءها على البرنامج، وأن كثيرا من الممثلين تضرروا منه.")
    assert said(analyzer, body, "speaker_id") == ["اصاله نصري"]


def test_a_titled_name_opening_the_sentence_is_the_topic_and_kana_a_title_a_name_and_a_comma(analyzer):
    body = ("المؤرخ محمد صالح العبيدي تحدث عن تاريخ ونشأة هذه السوق.\n"
            "وقال إن تاريخ إنشاء السوق قديم جدا.\n"
            "وكان زعيم الحزب المقرب من الأكراد صلاح الدين دمرتاش، دعا أمس الحكومة إلى وقف العنف وبدء مفاوضات.")
    assert said(analyzer, body, "speaker_id") == ["محمد صالح العبيدي", "صلاح الدين دمرتاش"]
    body = "الشاعر الشعبي هنا ينصح ابنه نصحاً مباشراً.\nوقال إن الزواج مسؤولية كبيرة."
    assert said(analyzer, body, "speaker_id") == []


def test_a_womans_name_in_ta_marbuta_before_a_family_nisba_and_a_body_speaking_through_its_spokesman(analyzer):
    body = ("وأوضحت مديرة المدرسة سارة الغامدي أن الإدارة بدأت العمل.\n"
            "وأعلن حاكم الولاية حالة الطوارئ في المدينة.\n"
            "وقالت الوزارة على لسان المتحدث باسمها خالد المرزوقي إن الخدمة ستعود قريبا.")
    assert said(analyzer, body, "speaker_id") == ["ساره الغامدي", "خالد المرزوقي"]


def test_a_surname_spelled_with_a_letter_doubled_or_not_and_a_title_formed_with_a_given_name(analyzer):
    body = ("وقال مالك السيرك كريستيان بيللوتشي إنه سيشارك في العروض 60 فنانا.\n"
            "وأضاف بيلوتشي أن هناك عروضا لرقصات من الأرجنتين.\n"
            "أشاد رائد الفضاء الأمريكي الدكتور باز ألدرين بجهود المملكة في مجال أبحاث الفضاء.")
    assert said(analyzer, body, "speaker_id") == ["كريستيان بيللوتشي", "كريستيان بيللوتشي", "باز الدرين"]
    body = "تعهد خوسيب ماريا بارتوميو رئيس نادي برشلونة، بأن يكافح من أجل منع انتقال اللاعبين."
    assert said(analyzer, body, "speaker_id") == ["خوسيب ماريا بارتوميو"]  # (a given name in ـيا is no adverb)


def test_a_nationality_opens_the_topic_of_amma_and_a_bare_present_verb_before_an_is_impersonal(analyzer):
    body = ('وقال جمال الحربي إن الحفلة رائعة.\n'
            'أما اللبناني شربل عقيقي فقال إن "الحفلة جميلة جدا وأصوات حلوة".\n'
            "وفي حالة بقاء الحارس، يرجح أن يحل روميرو مكان فاليز كحارس بديل.")
    assert said(analyzer, body, "speaker_id") == ["جمال الحربي", "شربل عقيقي"]


def test_only_and_following_are_no_names(analyzer):
    body = ('وقال المتحدث حسيب صديقي لوكالة الصحافة الفرنسية إثر تزايد الشائعات "الملا عمر مات".\n'
            "وأشار فقط إلى أن الراتب يعادل عشرة أعوام.")  # (فقط no name: the speaker before goes on)
    assert said(analyzer, body, "speaker_id") == ["حسيب صديقي", "حسيب صديقي"]


def test_a_quotation_opening_with_the_writers_preposition_is_a_fragment(analyzer):
    body = ('أشاد المدير العام مطلق الخمعلي بمستوى الأداء، واصفاً الإنجازات المتحققة في المركز "بالمفخرة والشيء الذي يثلج الصدر".\n'
            'وقال المدرب خالد العمري للصحفيين "بالتأكيد سنلعب من أجل الفوز في المباراة".')
    assert said(analyzer, body, "speaker_id", "quote_type") == [
        ("مطلق الخمعلي", "indirect"), ("مطلق الخمعلي", "partial"), ("خالد العمري", "direct")]


def test_a_verbal_noun_before_any_a_long_assistants_title_and_a_name_spelled_with_a_long_a(analyzer):
    body = ("وقال المساعد التنفيذي لمدير عام الملكية الأردنية لشؤون الإعلام والاتصال باسل الكيلاني إن رحلات حولت مسار هبوطها.\n"
            "(بريطانيا رفضت أخذ أي منهم باستثناء طالبي اللجوء السياسي).\n"
            "وقال روجريو زنداميلا كبير اقتصاديي الصندوق إنه سعيد بنشاط الصندوق.\n"
            "وتابع زانداميلا إننا واجهنا وضع غياب البيانات.\n"
            "وقال الدكتور عبدالله المساعد إن الدراسة مهمة.")  # (a family name still)
    assert said(analyzer, body, "speaker_id") == ["باسل الكيلاني", "روجريو زنداميلا", "روجريو زنداميلا", "عبدالله المساعد"]


def test_an_operations_name_and_a_long_title_are_quoted_names_and_a_quotation_after_that_is_direct(analyzer):
    body = ('وأوضح المدير العام حمد الشنيبر أن المبادرة تأتي تقديرا للمرابطين خلال "عاصفة الحزم"، ولتحقيق مزيد من التكاتف.\n'
            'وأشار إلى أن الإدارة أقامت ندوة بعنوان "إدارة الأزمات السياسية بطرق سلمية واستغلال المواقف والأحداث لتعزيز الولاء والانتماء عند الصغار".\n'
            "وأعلن المدير خالد العمري أنه «بالتزامن مع فعاليات رياضية كبيرة لن يتم السماح بالعصي».")
    assert said(analyzer, body, "speaker_id", "quote_type") == [
        ("حمد الشنيبر", "indirect"), ("حمد الشنيبر", "indirect"), ("خالد العمري", "direct")]


def test_a_second_speaker_after_blame_a_title_before_the_preposition_and_a_name_given_when_the_speaker_goes_on(analyzer):
    body = ("ودانت الحكومة الألمانية التفجير الإرهابي وأعرب فرانك شتاينماير وزير الخارجية الألماني في تصريح نشرته الخارجية الألمانية عن مواساة الحكومة للمملكة.\n"
            "وتمنى الوزير الألماني عن أمله في إلقاء القبض على مرتكبي هذا العمل الإجرامي.\n"
            "حذر الشيخ مبشر بن محمد آل غرمان عضو المجلس الأعلى للقضاء، من الإسراف.\n"
            "وأكدت متحدثة باسم وزارة الخارجية الروسية أنه تمت مناقشة المسألة.\n"
            "وأضافت ماريا زاخاروفا: «كل ما يمكنني قوله هو أن اتفاقا مثل هذا لا يمكن أن يتم إلا من خلال مجلس الأمن».\n"
            "فإن طابعها إنساني ورحب، وليست وظيفتها مكانية.")
    assert said(analyzer, body, "speaker_id") == [
        "germany", "فرانك شتاينماير", "فرانك شتاينماير", "مبشر بن محمد ال غرمان", "zakharova", "zakharova"]
    body = ("قالت المتحدثة: «أنا سامية كمال».\n"
            "وأضاف خالد العمري: أهلا، ما الذي جاء بك؟")
    assert said(analyzer, body, "speaker_id")[0] == "role:المتحدثه"  # (another person: the verb is masculine)


def test_by_saying_after_any_verb_and_a_body_named_in_quotation_marks(analyzer):
    body = ('رفض قائد المقاومة الشعبية في تعز الشيخ حمود المخلافي الطلب الذي تقدم به قائد الميليشيات.\n'
            'واختتم المخلافي رده بالقول "أنت تطلب الشيء المستحيل من الشخص الخطأ".\n'
            'ويعلق الكاتب على هذا الطبق بالقول: «إنه طبق في غاية الروعة يستحق أن يتربع على أفضل الموائد».\n'
            "وأفادت «الشبكة الآشورية لحقوق الإنسان» نقلاً عن مراقبين محليين أن التنظيم يستعد لشن هجوم.\n"
            "وقال المرصد السوري لحقوق الإنسان إن الاشتباكات مستمرة.")
    assert said(analyzer, body, "speaker_id", "verb") == [
        ("حمود المخلافي", "رفض"), ("حمود المخلافي", "بالقول"), ("role:الكاتب", "ويعلق"),
        ("inst:الشبكه الاشوريه لحقوق الانسان", "وأفادت"), ("inst:المرصد السوري لحقوق الانسان", "وقال")]
    body = "وقال خالد العمري إن الخطر قائم.\nوتقول «الذئاب المنفردة» إن الهجوم وقع."
    assert "inst:الذياب المنفرده" not in said(analyzer, body, "speaker_id")  # (no organisation's noun opens it)


def test_one_of_them_before_a_name_and_a_shop_owner_unnamed(analyzer):
    body = ('وقال خالد العمري إن الوضع صعب.\n'
            'ويقول احدهم بهفارد أسمر (50 عاما) وهو جالس عند باب صيدليته: "نعاني من وجود رقابتين".\n'
            'ويقول صاحب محل لبيع الهواتف الجوالة بأسى "أدفع للحكومة بشكل شهري ضريبة".\n'
            "وقال المدرب ماجد لموقع النادي الرسمي إن الفريق جاهز.")
    assert said(analyzer, body, "speaker_id") == [
        "خالد العمري", "بهفارد اسمر", "role:صاحب محل لبيع الهواتف الجواله", "ماجد"]


def test_according_to_a_name_with_its_title_after_it(analyzer):
    # a name the lexicon does not list speaks after بحسب / وفقا لـ when its title follows it
    body = "وارتفع عدد الضحايا في صفوف المدنيين، بحسب غرايمي سميث، الخبير في مجموعة الأزمات الدولية."
    assert said(analyzer, body, "speaker_id", "content") == [("غرايمي سميث", "وارتفع عدد الضحايا في صفوف المدنيين")]
    body = 'وبحسب دان سينيكال، العضو المنتدب في شركة نيوفليت لإدارة الأصول، "تغيير الأهداف كان أكبر مما هو متوقع".'
    assert said(analyzer, body, "speaker_id", "quote_type") == [("دان سينيكال", "direct")]
    body = "وارتفعت الاستثمارات بمقدار 630 مليار دولار، وفقا لديريك سيسورز المحلل الاقتصادي لدى معهد أميركان إنتربرايز."
    assert said(analyzer, body, "speaker_id") == ["ديريك سيسورز"]
    # (a statement noun before the name is not part of it; a bare name with no title is still no source)
    assert said(analyzer, "ووفق كلام إبراهيم عميش، النائب في البرلمان، فإن الجلسة أرجئت.", "speaker_id") == ["ابراهيم عميش"]
    assert said(analyzer, "وارتفعت الأسعار، بحسب جدول الأسعار الجديد.", "speaker_id") == []


def test_according_to_what_a_person_announced_then_and_a_title_named_after_a_preposition_written_apart(analyzer):
    body = ('وقال خالد العمري إن الوضع صعب جدا.\n'
            'وطبقا لما أعلنه رئيس أركان القوات الجوية العميد صقر الجروشي، فإن الطائرات الليبية كانت ستحلق في سماء عدة مدن.\n'
            'وأوضح عميد السنة التحضيرية الدكتور نامي بن مفرج الجهني أن البرنامج والمعنون بـ "شغف المعرفة ومتعة التعلم", يستمر حتى الثلاثاء.')
    assert said(analyzer, body, "speaker_id", "quote_type") == [
        ("خالد العمري", "indirect"), ("صقر الجروشي", "indirect"), ("نامي بن مفرج الجهني", "indirect")]


def test_a_relayed_verbal_noun_and_a_quotation_opening_the_sentence(analyzer):
    body = ('ونقلت خدمة دي.إيه.إن الإخبارية التابعة للانفصاليين عن إدوارد باسورين وهو أحد قادة الانفصاليين نفيه الهجوم على قوات حكومية.\n'
            "وسجل العداء أوساين بولت زمنا قدره 9.87 ثانية. «بالمجمل كان السباق جيدا»، هذا ما قاله بولت.")
    assert said(analyzer, body, "speaker_id", "quote_type", "via_agency") == [
        ("ادوارد باسورين", "indirect", "dan"), ("اوساين بولت", "direct", "")]


def test_abd_before_a_title_word_a_ranked_surname_before_its_object_and_a_noun_in_ta_marbuta_after_a_title(analyzer):
    body = ('وقال العميد عبد الامير الخزرجي نائب قائد الفرقة الذهبية ان «قوات الفرقة تمكنت من تحرير الجامعة».\n'
            "وأوضح مدير عام التعليم الدكتور يوسف بن محمد الثويني أن المشروعات معتمدة.\n"
            "وثمن الدكتور الثويني جهود صاحب السمو الملكي الأمير سعود بن عبدالمحسن بن عبدالعزيز ودعمه للتعليم.\n"
            "وألقى الرئيس التنفيذي للشركة كلمة خلال الحفل هنأ فيها الجميع، معبرا عن سعادته بما رآه خلال الحفل.\n"
            "وقال مستشار محافظ أسيوط إن ما فعله كان لأخذ العبرة.")
    assert said(analyzer, body, "speaker_id") == [
        "عبد الامير الخزرجي", "يوسف بن محمد الثويني", "يوسف بن محمد الثويني", "role:مستشار محافظ اسيوط"]


def test_a_feminine_nationality_and_a_foreign_name_ending_in_a_listed_given_name_before_the_object(analyzer):
    body = ("وقالت الاسترالية جانيت ماغواير التي كانت شقيقتها في الطائرة ان العثور على الحطام امر صعب.\n"
            "كما أبدى الكوري الجنوبي تشونج مونج جون رغبته في الترشح.")
    assert said(analyzer, body, "speaker_id", "speaker_type") == [
        ("جانيت ماغواير", "person"), ("تشونج مونج جون", "person")]


def test_names_and_objects_that_are_no_statements(analyzer):
    body = ("وشرح الشيخ خلال درسه الأسبوعي الآيات المتعلقة بالحج من تفسير كتاب «تيسير الكريم الرحمن في تفسير كلام المنان».\n"
            "وأعلنت مجموعة «ريتشمون»، وهي ثاني أكبر مجموعة عالمية، بدورها تأثر مبيعاتها سلبا.\n"
            "وجاء ذلك مع اختيار هاني طالب بلان عضو مجلس إدارة الاتحاد نائبا لرئيس لجنة الحكام.")
    assert [s for s in said(analyzer, body, "speaker_id") if not s.startswith("inst:")] == []


def test_admission_a_titled_apposition_after_a_quoted_name_and_an_adverb_after_the_verb(analyzer):
    body = ("رئيسها التنفيذي السابق، باتريك توماس، اعترف لـ«الشرق الأوسط» بأنهم يتوقفون عن بيع المنتج.\n"
            "بدليل أن سكوت ستاينبورغ أعلن مؤخرا أنه سيغلق ماركة «باند أوف آوتسايدرز».\n"
            "من جهته، أعلن مصمم دار «ديور أوم»، كريس فان آش، أنه سيتوقف عن تصميم خطه الخاص، مضيفا أنه سيركز على عمله مع «ديور أوم».")
    assert said(analyzer, body, "speaker_id", "quote_type") == [
        ("باتريك توماس", "indirect"), ("سكوت ستاينبورغ", "indirect"), ("كريس فان اش", "indirect"), ("كريس فان اش", "indirect")]


def test_but_he_opens_a_second_statement_of_the_same_speaker(analyzer):
    body = ("وقال رئيس المكتب مارتن دولان إن الحطام للرحلة.\n"
            'واكد انه يجب توخي الحذر حتى التاكد من ذلك لكنه اعرب عن الامل في الحصول على معلومات "في الساعات ال24 المقبلة".')
    got = said(analyzer, body, "speaker_id", "verb", "quote_type", "content")
    assert [g[:3] for g in got] == [("مارتن دولان", "وقال", "indirect"), ("مارتن دولان", "واكد", "indirect"),
                                    ("مارتن دولان", "اعرب", "partial")]
    assert got[1][3] == "يجب توخي الحذر حتى التاكد من ذلك"



def test_a_first_person_present_spelled_like_a_past_is_the_writers_voice(analyzer):
    body = ("وقال أحمد العلي إن الوضع صعب جدا.\n"
            "وأعترف بأنني لم أكن قد ركبت الطائرة من قبل.\n"
            "وأقرت جودي ماغي بأن الأمر صعب.")
    assert said(analyzer, body, "speaker_id", "verb") == [("احمد العلي", "وقال"), ("جودي ماغي", "وأقرت")]


def test_a_stray_mark_a_quoted_surname_and_a_one_word_name_after_a_rank_before_its_verb(analyzer):
    body = ("وأوضح مدير المتحف حمود عبد الله الغامدي أن المتحف كبير، مشيرا إلى أن المتحف يضم قطعا نادرة ” . سمات متحف \" حضارات الأمم \"\n"
            "ودعا المتحدث الإعلامي، محمد بن صمغان، المواطنين لأخذ الحيطة. وشدد \"صمغان\" على أهمية الالتزام بالتعليمات.\n"
            "أما البروفسور وسلزربجيريسكي فيقول: إنني رجل متخصص في الحضارة والاجتماع.")
    assert said(analyzer, body, "speaker_id", "quote_type") == [
        ("حمود عبد الله الغامدي", "indirect"), ("حمود عبد الله الغامدي", "indirect"), ("محمد بن صمغان", "indirect"),
        ("محمد بن صمغان", "indirect"), ("وسلزربجيريسكي", "indirect")]


def test_an_abbreviated_engineer_on_behalf_of_and_a_statement_of_a_named_person(analyzer):
    body = ("أوضح المتحدث الرسمي المهندس جديع القحطاني أن عدد الدوائر يبلغ 343 دائرة.\n"
            "وأشار م.القحطاني إلى أن القرار حدد 10 دوائر لكل أمانة.\n"
            'قال عضو الجمعية بندر بن عثمان الصالح في كلمته بالنيابة عن أولياء الأمور "إن مبادرة الشراكة جاءت لتضيف إلى أبنائنا أبعادا أخرى".\n'
            "وفي تصريح سابق لوزير الخارجية الأميركي جون كيري قال إنه يعتزم بحث سبل مواجهة التنظيم.\n"
            "ولم يفقد المدرب الأمل بضمه.")
    assert said(analyzer, body, "speaker_id", "quote_type") == [
        ("جديع القحطاني", "indirect"), ("جديع القحطاني", "indirect"), ("بندر بن عثمان الصالح", "direct"), ("kerry", "indirect")]


def test_a_colonel_a_known_surname_after_a_present_verb_and_the_adverb_again(analyzer):
    body = ("عاد عالم الاجتماع الفرنسي إيمانويل تود إلى الساحة العلمية بقوة.\n"
            "وفي ظل هذا الواقع يعتبر تود أن اليساريين يمثلون الوجه الآخر.\n"
            "وقال الكولونيل توكور جوسو المتحدث باسم الجيش إن 101 ممن تم تحريرهم أطفال.\n"
            "وأعلن لوران سوريسو أنه لن يعود مجدّدًا إلى رسم الكاريكاتير.\n"
            "وطالبت الجامعة العربية المؤسسات الدولية ذات الصلة بالتحرك الفوري.")
    got = said(analyzer, body, "speaker_id", "verb")
    assert [g for g in got if not g[0].startswith("inst:")] == [
        ("ايمانويل تود", "يعتبر"), ("توكور جوسو", "وقال"), ("لوران سوريسو", "وأعلن")]


def test_a_question_verb_and_question_words_that_are_no_names(analyzer):
    body = ('وتساءل مدير الفرع المكلف الدكتور غازي فلمبان: "كيف يتم استبعاد الطلاب من خريجي الدبلوم والبرنامج معتمد؟".\n'
            "وتساءل الكاتب لماذا لم تتحرك الجهات المعنية حتى الآن.\n"
            'وقال المفوض الاوروبي لشؤون التوسيع يوهانس هان ان "الرد يجب ان يكون متكافئا ومحدد الهدف".')
    assert [s for s in said(analyzer, body, "speaker_id", "quote_type") if not s[0].startswith("role:")] == [
        ("غازي فلمبان", "direct"), ("يوهانس هان", "direct")]


def test_compound_and_kin_like_given_names_a_plural_object_and_a_speech_named_before_its_verb(analyzer):
    body = ("من جهته، يقول حكمة الله صافي، خبير الشؤون الأفغانية، إن الاستقالة مؤشر على وجود خلافات.\n"
            "من ناحيته، قال نظير محمد مطمين، وهو كاتب سياسي، إن الانقسامات أمر طبيعي.\n"
            "ودعا طيب أغا مسؤولي الحركة للانتقال إلى أفغانستان.\n"
            "أعقب ذلك كلمة الأستاذ حمد بوعلي، أشار فيها إلى ضرورة التمسك بالوحدة الوطنية.\n"
            "وتكشف الممثلة الفائزة بجائزة الأوسكار عدة مرات ميريل ستريب عن موهبتها.")
    assert [s for s in said(analyzer, body, "speaker_id") if not s.startswith("role:")] == [
        "حكمه الله صافي", "نظير محمد مطمين", "طيب اغا", "حمد بوعلي"]


def test_a_kin_description_before_an_and_a_womans_name_that_is_also_a_noun(analyzer):
    body = ("من جهته أعرب فهد بن فهيد السبيعي والد الشهيد، عن شكره وتقديره لسمو الأمير على تعازيه.\n"
            'وتقول عواطف السلمان، التي تعمل معاونة لمدير قسم التقنيات، إن "عملية الأرشفة تتم باستخدام تقنيات خاصة".\n'
            "وقال الشيخ عادل الكلباني إن المواقع كشفت المخبأ. وقال وأنا واحد ممن كان له نصيب من تلك الشتائم.")
    assert said(analyzer, body, "speaker_id", "quote_type") == [
        ("فهد بن فهيد السبيعي", "indirect"), ("عواطف السلمان", "direct"), ("عادل الكلباني", "indirect")]


def test_an_addressee_after_the_verb_a_cognate_object_and_a_time_that_says_nothing(analyzer):
    body = ("وكان الملك فيصل بن عبد العزيز، رحمه الله، يحب السلام.\n"
            "كما أكد للرئيس الأمريكي إيزنهاور أن الحل يتوقف على فلسطين.\n"
            "وطالما أكد للغرب أنه لا سلام في الشرق الأوسط.\n"
            "فقال الشيخ محمد بن راشد قولته المشهورة: (تمنيت لو كان لدي ثلاثة من طراز فيصل).\n"
            "وجاءت الهجمات بعد وفاة الملا عمر التي أعلنت الأسبوع الماضي.")
    assert said(analyzer, body, "speaker_id") == ["فيصل بن عبد العزيز", "فيصل بن عبد العزيز", "محمد بن راشد"]


def test_a_representative_a_library_an_honorific_and_an_object_before_the_subject(analyzer):
    body = ("وأوضحت ممثلة برنامج الأغذية العالمي المديرة القطرية في العراق جين بيرس أن نقص الأموال أجبر البرنامج على التقليص.\n"
            "وتضم المكتبة آلاف الكتب. أوضح ذلك مدير مكتبة المسجد الحرام سعادة الأستاذ منصور بن محمد النقيب, "
            "مشيراً إلى وجود مكتبة رقمية.\n"
            'وعن هذه الشراكة قال ممثل "يورو سبورت عربية" إدوارد غريفيود: "نعتز بتوقيع هذه الاتفاقية".\n'
            "حذر ممثل ديالى في البرلمان العراقي النائب صلاح مزاحم الجبوري من مخاطر إشعال الفتنة بين أهالي المدينة.")
    assert said(analyzer, body, "speaker_id", "verb") == [
        ("جين بيرس", "وأوضحت"), ("منصور بن محمد النقيب", "أوضح"), ("منصور بن محمد النقيب", "مشيراً"), ("ادوارد غريفيود", "قال"),
        ("صلاح مزاحم الجبوري", "حذر")]  # ("أوضح ذلك X": what the sentence before said)


def test_a_relative_clause_with_its_own_speaker_inside_a_papers_content(analyzer):
    body = ('وبدورها كشفت صحيفة "ذي دايلي ستار صنداي" بان سيتي حجز موعدا للفحص الطبي رغم أنه لم يتوصل الى اتفاق '
            "مع فولفسبورغ الذي أعرب مدربه ديتر هاكينغ عن إستغرابه من رغبة اللاعب في الإنتقال.\n"
            'وقرر سيتي تعديل عرضه بحسب ما ذكرت "ذي دايلي مايل" التي رأت أن المدرب لن يتردد في إشراكه.\n'
            "وأكد المتحدث باسم الحكومة راجح بادي أن الهدنة التي أعلن عنها خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز "
            "ونفذتها قوات التحالف تأتي في إطار الحرص على المدنيين.")
    assert said(analyzer, body, "speaker_id", "verb") == [
        ("daily_star", "كشفت"), ("ديتر هاكينغ", "أعرب"), ("daily_mail", "رأت"), ("راجح بادي", "وأكد")]


def test_a_subject_named_by_acts_before_the_verb_verse_and_passives(analyzer):
    body = ("لكن المدرب لويس إنريكي أكد أن بيدرو يمكن الاعتماد عليه.\n"
            "وظهر إيفان راكيتيتش لاعب اشبيلية السابق بشكل جيد وسجل هدفا في مرمى روما وأشار إلى قوة الفريق كوحدة واحدة.\n"
            "وكتب أنس الدغيم مخاطباً الفريق خلفان شعراً: «أظننتَ بالويسكي تنالُ المرتجى.. و المبتغى يا ضاحيَ».\n"
            "وهناك شروط أخرى رُفضت من وزارة العمل السعودية لأنها غير معقولة.\n"
            "يقول الحق تبارك وتعالى في سورة الرعد: \"إن الله لا يغير ما بقوم حتى يغيروا ما بأنفسهم\".")
    assert said(analyzer, body, "speaker_id", "verb") == [("لويس انريكي", "أكد"), ("ايفان راكيتيتش", "وأشار")]


def test_an_affiliated_site_and_an_object_that_is_a_congress(analyzer):
    body = ("وقال الوزير خالد العطية إن المشهد معقد. ونشر التقرير موقع تابع لمؤسسة كارنيغي للأبحاث: «المشهد معقد جدا في سوريا».\n"
            "دعا الممثل الأعلى في الاتحاد فيديريكا موغيريني المؤتمر الوطني العام الليبي إلى الالتحاق بالاتفاق السياسي.")
    assert said(analyzer, body, "speaker_id", "verb") == [("خالد العطيه", "وقال"), ("فيديريكا موغيريني", "دعا")]


def test_ali_before_a_family_name_right_after_the_verb_and_a_refusal_to_touch_on_it(analyzer):
    body = ("وقال محمد البلوي: تم تأمين مولد كهربائي للصالة بطريقة بدائية جداً.\n"
            "وقال علي القرني، المتحدث الإعلامي لتعليم تبوك: إن المشروع عبارة عن صالة رياضية.\n"
            "ورفض المدرب لوران بلان التطرق الى موضوع اللاعب بعد الخسارة امام تشيلسي.")
    assert said(analyzer, body, "speaker_id") == ["محمد البلوي", "علي القرني"]


def test_a_rank_before_ali_a_name_opening_with_lam_and_an_aside_before_a_colon(analyzer):
    body = ("وقال المقدم علي عميرال جرمان الشهراني: المتحدث الإعلامي للدفاع المدني إن رجال الدفاع المدني باشروا بلاغاً.\n"
            "وأشارت المتحدثة باسم الشرطة الإسرائيلية لوبا السمري في بيان إلى أن 850 شخصا دخلوا ساحات المسجد.\n"
            "يقول ألبرتو أكوستا، الذي شغل منصب وزير الطاقة إبان فترة رئاسته الأولى: «تكمن المشكلة في محاولتنا».")
    assert said(analyzer, body, "speaker_id", "quote_type") == [
        ("علي عميرال جرمان الشهراني", "indirect"), ("لوبا السمري", "indirect"), ("البرتو اكوستا", "direct")]


def test_saying_after_an_adjunct_and_a_subject_after_an_opening_adjunct(analyzer):
    body = ("كتب الرئيس رافائيل ماتشادو في تغريدة له على «تويتر» يقول: «تمثل الصين الحضارة والتاريخ».\n"
            "وفي تلك الفعالية المهمة، علقت كريستين لاغارد المديرة التنفيذية لصندوق النقد الدولي على الجهود الصينية، "
            "فضلا عن سن الإصلاحات، حيث قالت في خطابها الرئيسي: «إنه أمر جيد بالنسبة للصين».\n"
            "اتحرج كثيراً اذا قال لي احدهم انت تشخر طبعاً الآن زوجتي تقول اتمنى ان توافيني بنصيحة.")
    assert said(analyzer, body, "speaker_id", "quote_type") == [
        ("رافاييل ماتشادو", "direct"), ("كريستين لاغارد", "direct")]


def test_the_head_of_a_trade_a_clerics_title_a_paramedic_and_a_speech_after_a_comma(analyzer):
    body = ("ويتابع شيخ الجواهرجية جميل فارسي بقوله إن جهود مؤسسة التدريب سيكون لها أثر.\n"
            "من جهته طالب نائب شيخ الجوهرجية في غرفة مكة زياد فارسي وزارة التجارة بإعادة النظر في التصريح.\n"
            "أما المولوي أكبر أغا، وهو قيادي سابق في طالبان، فقال: «(داعش) لا مكانة له في أفغانستان».\n"
            "وقال مسعف يعمل في هيئة الإسعاف إن ستة أشخاص أصيبوا.\n"
            "ثم ألقى قائد عام المخيم تكاياسو شيما، كلمة اكد فيها أهمية المخيم في تعزيز الصداقة.")
    assert [s for s in said(analyzer, body, "speaker_id") if not s.startswith("anon:")] == [
        "جميل فارسي", "زياد فارسي", "اغا", "تكاياسو شيما"]


def test_the_day_before_yesterday_is_no_speaker(analyzer):
    body = 'يذكر أن عبدالعزيز كابراوي نائب وزير النقل الماليزي قال أمس الأول إن هناك "شبه تيقن" أن الحطام من الطائرة.'
    assert said(analyzer, body, "speaker_id", "quote_type") == [("عبدالعزيز كابراوي", "partial")]


def test_as_soon_as_he_arrived_is_no_name(analyzer):
    body = ('وصل رئيس الوزراء خالد بحاح، إلى مطار عدن أمس. وقال فور وصوله في تصريحات إلى الصحفيين '
            '"عودتي إلى عدن جزء من عملية تحريرها".')
    assert said(analyzer, body, "speaker_id", "quote_type") == [("خالد بحاح", "direct")]


def test_a_fuller_name_after_the_short_one_is_the_same_person(analyzer):
    body = ('وأوضح المتحدث باسم الإداريين ناصر عوشن لـ"الوطن" أنهم تقدموا عبر برنامج "جدارة".\n'
            'من جانبه، أوضح المتحدث ناصر بن حمد بن عوشن في تصريح أن النسبة العظمى منهم اجتازوا اختبار "قياس".')
    assert said(analyzer, body, "speaker_id", "quote_type") == [("ناصر عوشن", "indirect"), ("ناصر عوشن", "indirect")]


def test_a_plural_object_after_the_verb_leaves_the_last_speaker_speaking(analyzer):
    body = ("قال المدرب أحمد الزهراني إن الفريق جاهز.\n"
            "وطالب اللاعبين بمضاعفة جهودهم في المباريات المقبلة.\n"
            "وحذر المستهلكين من شراء الذهب. وقال: «الأسعار ستنخفض».")
    assert said(analyzer, body, "speaker_id", "verb") == [
        ("احمد الزهراني", "قال"), ("احمد الزهراني", "وطالب"), ("احمد الزهراني", "وحذر"), ("احمد الزهراني", "وقال")]


def test_a_clause_with_its_own_subject_before_a_participle_and_after_a_comma(analyzer):
    body = ("وقال المتحدث ناصر عوشن إنهم تواصلوا عبر حسابه في موقع التواصل الاجتماعي متسائلين عن مصيرهم، فرد الوزير "
            "قائلا \"موضوعكم شأن خاص بوزارة التعليم\".\n"
            "ففي حين أكد وزير الخدمة المدنية خالد العرج أن موضوعهم شأن خاص بوزارة التعليم، "
            "أوضح مساعد المدير العام أحمد بن مهدي الحارثي أن الآلية تتم من قبل وزارة الخدمة المدنية.")
    got = said(analyzer, body, "speaker_id", "verb")
    assert got[0] == ("ناصر عوشن", "وقال") and got[1][0] != "ناصر عوشن"
    assert got[2:] == [("خالد العرج", "أكد"), ("احمد بن مهدي الحارثي", "أوضح")]


def test_waw_and_a_verb_is_no_one_word_name(analyzer):
    body = "وقال اللاعب أحمد العشيمي إن الفريق جيد. ولكني رفضت وطلبت من عبدالفتاح ان يهتم لدروسه."
    assert said(analyzer, body, "speaker_id") == ["احمد العشيمي"]


def test_a_call_after_a_time_and_comma_a_king_by_his_title_and_a_surname_like_ba_and_a_noun(analyzer):
    body = ("تلقى الأمير محمد بن نايف اتصالاً هاتفياً أمس، من جلالة الملك محمد السادس ملك المملكة المغربية، "
            "أعرب خلاله عن إدانته للتفجير الإرهابي. وعبر ملك المغرب عن خالص عزائه لأسر الشهداء.\n"
            "وعادت الفرنسية إيزابيل بريم إلى بلادها. وقالت بريم في التسجيل المصور “من فضلكما أعيداني إلى فرنسا سريعا.”\n"
            "تمكن مبتعث سعودي من الالتحاق بالجامعة كأول طالب أجنبي يفعل ذلك بمرحلة البكالوريوس.")
    assert said(analyzer, body, "speaker_id", "quote_type") == [
        ("محمد السادس", "indirect"), ("محمد السادس", "indirect"), ("ايزابيل بريم", "direct")]


def test_a_source_named_after_a_place_a_call_inside_a_content_and_a_title_word_as_father(analyzer):
    body = ("وقال مهندس في محطة للصرف الصحي يدعى جيانغ وكان يتفقد محطات الضخ: «إنّه من أقوى الأعاصير».\n"
            "وأعرب خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز عن شكره، كما تلقى اتصالا هاتفيا امس من جلالة "
            "الملك حمد بن عيسى آل خليفة ملك مملكة البحرين أعرب فيه عن استنكاره للاعتداء الآثم.\n"
            "ورأى أحمد بن مشرف إنّ شواطئ المملكة ستتحرر. وبيّن فياض الحربي أنّ وسائل السلامة معدومة على شاطئ «نصف القمر».\n"
            "وأشاد معلم نيكول بإنجازها وقال إنها كانت تلميذة مثالية.")
    got = [(s, q) for s, q in said(analyzer, body, "speaker_id", "quote_type") if not s.startswith(("role:", "anon:"))]
    assert got == [("جيانغ", "direct"), ("salman", "indirect"), ("حمد بن عيسي ال خليفه", "indirect"),
                   ("احمد بن مشرف", "indirect"), ("فياض الحربي", "indirect")]


def test_a_listed_surname_after_another_given_name_and_a_title_after_an_inner_dash(analyzer):
    body = ("قال وزير الخارجية عادل بن أحمد الجبير إن الوضع جيد.\n"
            "وأوضح م. فهد الجبير-أمين المنطقة الشرقية- أنّ الأمانة عملت على تهيئة الشواطئ.\n"
            "وقال فرانك-فالتر شتاينماير إن الوضع جيد.")
    assert said(analyzer, body, "speaker_id") == ["al_jubeir", "فهد الجبير", "فرانك-فالتر شتاينماير"]


def test_some_people_a_clause_after_idh_an_opening_adjunct_and_a_plural_verb(analyzer):
    body = ("كما انتقد البعض طول فترة الاحتفال التي بدأت قبل نحو أسبوعين.\n"
            "وأكدت وزارة الخارجية مقتل أحد مواطنيها، إذ كتب المتحدث باسم وزير الخارجية نيلسون كغويتي على «تويتر» أن "
            "ثلاثة مواطنين كانوا في مكان الحادث.\n"
            "وعقب المباراة هنأ رئيس البعثة بتال العتيبي اللاعبين وطالبهم بمضاعفة الجهد وقال: \"الفوز دافع قوي للمنتخب\".\n"
            "قبل الناخبون بتوصية رئيس الوزراء أليكسيس تسيبراس، ورفضوا الشروط الخاصة بصفقة الإنقاذ.")
    got = said(analyzer, body, "speaker_id", "quote_type")
    assert [g for g in got if not g[0].startswith(("inst:", "role:", "anon:", "ministry"))] == [
        ("نيلسون كغويتي", "indirect"), ("بتال العتيبي", "direct")]
    assert ("anon:بعض", "indirect") in got


def test_a_name_in_quotation_marks_a_governors_place_and_at_after_a_feminine_verb(analyzer):
    body = ("وقال “كيم مين-سيوك” وهو متحدث باسم وزارة الدفاع للصحافيين “نحن متأكدون أن الأمر يتعلق بألغام”.\n"
            "ضحك المخرج فقال والدي «فكرتيني يا فاتن»، وترتب على ذلك أنه غير القصة.\n"
            "انطلق المهرجان بحضور محافظ أملج زياد بن عبد المحسن البازعي. "
            "وأوضح محافظ أملج عند إطلاق شارة بدء السباق أن السباق يقام للمرة الأولى.\n"
            "فالوزارة وعدت عند تأسيسها ببناء مئة ألف وحدة سكنية.")
    assert [s for s in said(analyzer, body, "speaker_id") if not s.startswith(("inst:", "role:", "anon:"))] == [
        "كيم مين-سيوك", "زياد بن عبد المحسن البازعي"]


def test_a_foreign_surname_in_ya_and_ali_bin_after_a_title(analyzer):
    body = ("وقال وزير التجارة الجنرال تشاتشاي ساريكالايا للصحفيين إن الصين وافقت على شراء الارز.\n"
            "فيما أوضح عضو المجلس البلدي علي بن هذال أن رمي النفايات تصرف غير حضاري.")
    assert said(analyzer, body, "speaker_id") == ["تشاتشاي ساريكالايا", "علي بن هذال"]


def test_a_possessed_noun_and_a_prepositional_phrase_are_no_names(analyzer):
    body = ("لكن الخطر هو الطائفية التي تنفي طبيعتنا الأولى التي ورثناها من أجدادنا.\n"
            "ورأت لكبر سنها ومرضها أن تقوم بتوكيل ابنها على الشركة.")
    assert not [s for s in said(analyzer, body, "speaker_type") if s == "person"]


def test_ali_after_a_preposition_or_bin_is_a_name(analyzer):
    body = ("ونقلت وكالة «رويترز» عن علي أحمدي المتحدث باسم قوات المقاومة في عدن أن القتال مستمر.\n"
            "وأوضح مدير مكتب الحملة في لبنان وليد بن علي الجلال أن الحملة مستمرة.")
    assert said(analyzer, body, "speaker_id") == ["علي احمدي", "وليد بن علي الجلال"]


def test_a_nationality_after_the_comma_a_parliament_and_a_rank_with_a_family_name(analyzer):
    body = ("تفقد مدير عام حرس الحدود اللواء البحري عواد بن عيد البلوي أمس قطاعات حرس الحدود بمنطقة تبوك. "
            "ووقف اللواء البلوي على سير العمل الميداني، مثمنًا دور رجال حرس الحدود في حفظ أمن الوطن.\n"
            "كشف المدير الفني للفريق الأول بالنادي الأهلي السعودي، السويسري كريستيان جروس، أنه رفض عرضاً لتجديد عقده.\n"
            "أكد المبعوث الأممي لقاءه المقرر في الجزائر مع أبو سهمين، رئيس برلمان طرابلس.")
    assert [s for s in said(analyzer, body, "speaker_id") if not s.startswith(("role:", "inst:"))] == [
        "عواد بن عيد البلوي", "كريستيان جروس"]


def test_a_foreign_given_name_shaped_like_a_verbal_noun(analyzer):
    body = ("يقول إيلان جولدفاجن، كبير الاقتصاديين في بنك إيتو يونيبانكو، \"نحن نتّجه نحو تصنيف من الدرجة غير الاستثمارية\".\n"
            "وأعلن الجيش استهداف ثكنات المسلحين.")
    assert [s for s in said(analyzer, body, "speaker_type") if s == "person"] == ["person"]  # (not "استهداف ثكنات")
    assert said(analyzer, body, "speaker_id")[0] == "ايلان جولدفاجن"


def test_the_commission_for_virtue_in_a_title_and_a_speech_after_a_comma(analyzer):
    body = ("أوضح المتحدث الرسمي للرئاسة العامة لهيئة الأمر بالمعروف والنهي عن المنكر الشيخ تركي الشليل، أن قضايا التحرش "
            "تدخل ضمن القضايا التي تعالجها الرئاسة.\n"
            "وألقت عميدة الدراسات الصيفية في جامعة هارفارد الدكتورة ساندرا ندف كلمة بهذه المناسبة، عبرت فيها عن شكرها.")
    assert said(analyzer, body, "speaker_id") == ["تركي الشليل", "ساندرا ندف"]


def test_a_source_noun_made_definite_by_its_complement_then_a_name(analyzer):
    body = ("وأكد مسؤول الاتصالات في الرئاسة ويلي نياميتوي مقتل الجنرال. وقال في تغريدة على تويتر «خسرت شقيقا، رفيقا في النضال».\n"
            "وقال مسؤول في الوزارة إن التحقيق مستمر.")
    assert said(analyzer, body, "speaker_id", "quote_type") == [
        ("ويلي نياميتوي", "indirect"), ("ويلي نياميتوي", "direct"), ("anon:مسوول", "indirect")]


def test_a_statement_relaying_a_persons_words(analyzer):
    body = ("وقالت السفارة في بيان إن الأبراج نقلت جوا إلى القاهرة.\n"
            "ونقل البيان قول الجنرال تشارلز هوبر كبير مسؤولي الدفاع في السفارة \"الإنتاج المشترك يعطي الشعب المصري قدرات قوية.\"")
    assert said(analyzer, body, "speaker_id", "quote_type")[-1] == ("تشارلز هوبر", "direct")


def test_how_and_to_whom_after_the_verb_leave_the_last_speaker_speaking(analyzer):
    body = ("وقال جون ستيوارت إن «البرنامج انتهى».\n"
            "وقال مخاطبا المحطة إن «نفاقكم ليس عيبا طارئا في المحطة».\n"
            "وقالت ستريب عن سبرينجفيلد \"يملأ الاستادات بأنحاء البلاد كل أسبوع\".")
    assert said(analyzer, body, "speaker_id", "quote_type") == [
        ("جون ستيوارت", "direct"), ("جون ستيوارت", "direct"), ("ستريب", "direct")]


def test_no_name_in_a_possessed_prepositional_phrase_or_a_joined_present_verb(analyzer):
    body = ("وأصيب اللاعب بينما قال بطل قطر بموقعه على الإنترنت إن لاعبه تعرض لقطع جزئي في الرباط.\n"
            "ولكن المتناقضات جعلت من يراقب المشهد يتساءل ويستغرب (كيف لناد يشتكي الديون أن يتحول إلى ناد يدخل كل المفاوضات؟).")
    assert said(analyzer, body, "speaker_id") == ["role:بطل قطر"]


def test_a_chain_of_nouns_in_construct_is_no_name_but_a_name_before_its_title_is(analyzer):
    body = ("حفظت لجنة الانضباط هيبة العقوبات عندما رفضت قرار رفع العقوبة على لاعبي الهلال والنصر.\n"
            "وقال هوي لي المحلل لدى فيليب فيوتشرز إن صدور تقرير قوي قد يؤدي إلى نزول سعر الذهب.")
    assert said(analyzer, body, "speaker_id") == ["هوي لي"]


def test_tweets_quoted_after_a_colon_names_with_ali_or_a_title_word_and_prayers(analyzer):
    body = ("وقال علي الريشان : أعظم ذنب بعد الكفر سفك الدم الحرام.\n"
            "وقال صالح الملا : الإرهاب لا دين له ولا مذهب.\n"
            "وقال حمدان المري : رحم الله الشهداء وشافى المصابين.\n"
            "الالتهابات: إذا كشف فحص مسحة عنق الرحم عن وجود التهابات فهذا يعني أن الخلايا بيضاء.")
    assert said(analyzer, body, "speaker_id") == ["علي الريشان", "صالح الملا"]


def test_at_once_is_no_name_and_a_participle_of_saying_after_an_outlet_told(analyzer):
    body = ("وقال محمد صادق إسماعيل إن الأمر محسوم.\n"
            "فقال على الفور: «لن نتراجع عن القرار مهما حدث».\n"
            "ولقد لخص رشيد رنا طروحاته لمجلة أرت نيوز قائلاً، «أطمح لأن تتحول شبه القارة لمساحة تشبه الاتحاد الأوروبي».")
    assert said(analyzer, body, "speaker_id", "quote_type") == [
        ("محمد صادق اسماعيل", "indirect"), ("محمد صادق اسماعيل", "direct"), ("رشيد رنا", "direct")]


def test_a_dual_noun_or_a_pronoun_after_the_verb_is_no_speaker(analyzer):
    body = ("وكتبت زاويتين كلتيهما أسبوعيتان: الأولى بعنوان \"وميض\" والأخرى بعنوان \"نساء للوطن\".\n"
            "كتب عنا الدكتور علي بن عبدالعزيز آل عبدالقادر في كتابه: \"المرأة الإرادة والتحدي\".")
    assert [s for s in said(analyzer, body, "speaker_id") if s in ("زاويتين", "عنا")] == []


def test_a_plural_in_a_construct_chain_and_a_surname_after_a_negated_opening_verb(analyzer):
    body = ("ويقول مبتكرو وسيلة النقل المحمولة انها سهلة الاستخدام للغاية.\n"
            "ونفى عمر المهنا رئيس لجنة الحكام أن يكون غاضبا من القرار.\n"
            "ولم يبد المهنا في حديث خاص لوكالة الأنباء الألمانية اكتراثا لتعيين حكام أجانب، قائلا: «نحترم قرار اتحاد الكرة».")
    assert said(analyzer, body, "speaker_id", "quote_type") == [
        ("anon:مبتكرو", "indirect"), ("عمر المهنا", "indirect"), ("عمر المهنا", "direct")]


def test_the_topic_of_amma_speaks_without_a_comma_and_a_specialist_is_a_title(analyzer):
    body = ("وأشار سباستيان جرلاخ إلى أن السوق أمام معضلة حقيقية.\n"
            "أما رالف فالتمان المختص النفطي فصرح لـ \"الاقتصادية\"، بأن استمرار تزايد الحفارات يؤكد إصرار المنتجين.\n"
            "وقال كارستن فريتش المختص في أسواق النفط لدى كومرتس بنك \"إن الصين استغلت انخفاض الأسعار\".")
    assert said(analyzer, body, "speaker_id") == ["سباستيان جرلاخ", "رالف فالتمان", "كارستن فريتش"]


def test_an_acronym_a_rating_agency_and_a_play_named_in_marks(analyzer):
    body = ("وقال «CNI» إن نحو 73 في المائة من الشركات اعتمدت التدابير ذاتها.\n"
            "وتقول «فيتش»: «تعاني البرازيل أيضا من ارتفاع معدلات التضخم وتباطؤ الاقتصاد».\n"
            "كشف المنتج أحمد الإبياري بدء عمل بروفات مسرحية \"كدب في كدب\" التي يعود بها الفنان إلى المسرح.")
    assert said(analyzer, body, "speaker_id", "speaker_type", "quote_type") == [
        ("inst:cni", "institution", "indirect"), ("fitch", "institution", "direct"), ("احمد الابياري", "person", "indirect")]


def test_bayyana_with_an_outlet_told_in_marks_before_its_content(analyzer):
    body = 'وبين مدير المهرجان عمر الجاسر لـ"اليوم" أن الفعاليات مستمرة حتى نهاية الأسبوع.'
    assert said(analyzer, body, "speaker_id") == ["عمر الجاسر"]


def test_a_title_with_another_nisba_is_another_persons(analyzer):
    body = ("دعا الشيخ سلمان بن إبراهيم آل خليفة رئيس الاتحاد الآسيوي لكرة القدم إلى الاصطفاف وراء مرشح واحد.\n"
            "وقال ميشيل بلاتيني رئيس الاتحاد الاوروبي إنه أراد «منح الفيفا الكرامة».\n"
            "وقال رئيس الاتحاد الآسيوي في افادة صحفية «بالتأكيد نحن تابعنا قرار ميشيل بلاتيني بالترشح».")
    assert said(analyzer, body, "speaker_id")[-1] == "سلمان بن ابراهيم ال خليفه"


def test_a_companys_alias_in_marks_then_the_name_but_not_a_quoted_verbal_noun(analyzer):
    body = ('وأوضح مدير عام الشركة الوطنية السياحية "سياحية" المهندس صالح قدح أن الفعالية يقبل عليها الآلاف.\n'
            'وأكدت القيادة العامة للقوات المسلحة الإماراتية «استشهاد» سيف يوسف أحمد الفلاسي أثناء تأدية عمله.')
    assert said(analyzer, body, "speaker_id") == ["صالح قدح", "inst:القياده العامه للقوات المسلحه الاماراتيه"]


def test_an_organiser_then_another_title_then_the_name(analyzer):
    body = 'يقول منظم الفعالية الفنان الشاب عوض زارب: "إن المرسم يهدف إلى مشاركة الجمهور".'
    assert said(analyzer, body, "speaker_id", "quote_type") == [("عوض زارب", "direct")]


def test_a_given_name_alone_is_the_person_named_with_it_before(analyzer):
    body = ("قال وزير البترول المصري شريف إسماعيل، إن وزارته ستتعاقد مع مصرف استثمار.\n"
            'وأضاف شريف في مقابلة مع وكالة رويترز، "اتفقنا على طرح 4 شركات في البورصة".\n'
            "وقال محمد الكعبي إن السوق مستقرة. وقال محمد سالم إن الأسعار ترتفع. وأضاف محمد في المؤتمر أن الطلب قوي.")
    found = said(analyzer, body, "speaker_id", "quote_type")
    assert found[:2] == [("شريف اسماعيل", "indirect"), ("شريف اسماعيل", "direct")]
    between = body + "\nوالفرق بينه وبين شريف أنه يعمل في الحكومة."
    assert said(analyzer, between, "speaker_id", "quote_type") == found  # بين ... وبين: "between", no verb
    assert ("محمد الكعبي", "indirect") not in found[4:]  # two people named محمد: a lone محمد is neither


def test_a_participle_before_anyone_spoke_is_the_titled_full_name_opening_the_sentence(analyzer):
    body = ("تجرأ مارتي والش رئيس بلدية بوسطن على واحدة من أقدم التقاليد قائلا إنه يعتزم حظر مضغ التبغ.\n"
            "وقال والش إنه واثق من موافقة المجلس.")
    assert said(analyzer, body, "speaker_id") == ["مارتي والش", "مارتي والش"]
    body = "ومن جهة أخرى تلقى رئيس النادي خطاب شكر من مدير الإدارة مشيراً للأثر الكبير للمشاركة."
    assert said(analyzer, body, "speaker_id") == []  # a preposition opens the sentence: no name after a verb


def test_lammaha_and_a_quotation_after_an_adjunct_and_inna(analyzer):
    body = ('وقال رجل الأعمال صبيح الهاشمي إن السوق مستقرة. ولمح الهاشمي إلى أن المتضرر الأول هو المواطن.\n'
            'وقال السيسي: خلال كلمته في حفل الافتتاح إن "مصر دولة عظيمة جدا".')
    assert said(analyzer, body, "speaker_id", "verb", "quote_type")[1:] == [
        ("صبيح الهاشمي", "ولمح", "indirect"), ("sisi", "وقال", "direct")]


def test_a_title_then_the_family_name_of_a_full_name_written_before(analyzer):
    body = ("نال الزميل المصور بندر محمد الحمر المصور في مكتب الزميلة عكاظ بالقصيم تقدير الجهات الأمنية وكرم اللواء "
            "بدر الطالب مدير شرطة منطقة القصيم الزميل بندر الحمر ظهر اليوم وعبر الزميل الحمر عن شكره لشرطة القصيم.")
    assert said(analyzer, body, "speaker_id", "speaker_type") == [("الحمر", "person")]  # (not role:الزميل الحمر)


def test_a_verbal_noun_after_a_comma_is_no_name_in_the_title(analyzer):
    body = 'أعلن رئيس اتحاد أمريكا الجنوبية لكرة القدم، دعم الفرنسي ميشال بلاتيني لرئاسة الاتحاد الدولي "فيفا".'
    assert "دعم" not in said(analyzer, body, "speaker_id")


def test_an_outlet_told_is_no_name_even_when_the_lexicon_lacks_it(analyzer):
    body = 'وصرح والد الفتاة لصحيفة نوفا تيدنغ "الوضع خطير للغاية".'
    assert [s for s in said(analyzer, body, "speaker_type") if s == "person"] == ["person"]
    assert "تيدنغ" not in " ".join(said(analyzer, body, "speaker_id"))


def test_a_title_named_before_with_a_comma_and_an_accusative_quantifier(analyzer):
    body = ("بدأ أمس الاجتماع السنوي لمديري السجون، برئاسة مدير عام السجون، اللواء إبراهيم بن محمد الحمزي.\n"
            "وأكد مدير عام السجون، على التزام المديرية بمراجعة شاملة لإجراءاتها. كما أبدى بعضا من الملاحظات الهامة.")
    assert said(analyzer, body, "speaker_id") == ["ابراهيم بن محمد الحمزي"]


def test_a_surname_with_another_given_name_is_another_person(analyzer):
    body = ("وأوضح مدير فرع الزراعة محمد بن منصور القرني أن الإنتاج وفير.\n"
            "وبين مدير عام الزراعة في بيشة المهندس سالم القرني أن المهرجان مهم. وقال عبدالله القرني إن السوق نشطة.\n"
            "وأضاف القرني أن الأسعار مناسبة.")
    assert said(analyzer, body, "speaker_id")[:3] == ["محمد بن منصور القرني", "سالم القرني", "عبدالله القرني"]


def test_the_giver_of_a_speech_named_after_its_noun_speaks_in_it(analyzer):
    body = "وقد بدئ الحفل بكلمة لسعادة عميد البحث العلمي الدكتور عبدالله الطاهر أشاد من خلالها بالدور الكبير للمحتفى به."
    assert said(analyzer, body, "speaker_id") == ["عبدالله الطاهر"]


def test_kama_after_a_comma_opens_another_statement(analyzer):
    body = ("أعلنت إدارة الفئات السنية بنادي الوحدة عن بدء استقبال اللاعبين الجدد يوم غد، "
            "كما أكد عضو مجلس الإدارة وائل غلام أن الأجهزة الفنية الجديدة سيعلن عنها لاحقا.")
    assert said(analyzer, body, "speaker_id")[-1] == "وايل غلام"


def test_a_declarations_name_in_marks_is_no_quotation(analyzer):
    body = 'أكد وزير الخارجية المصري سامح شكري أن صدور "إعلان القاهرة" سيعزز التعاون بين البلدين.'
    assert said(analyzer, body, "quote_type") == ["indirect"]


def test_a_rank_after_a_title_complement_with_verbal_nouns_and_g_spelled_two_ways(analyzer):
    body = ("وأوضح مدير عام المشاريع في الهيئة العامة للسياحة والتراث الوطني المهندس عبد المحسن أبانمي أن المشروع مهم.\n"
            "وقال نائب وزير الخارجية الروسي ميخائيل بوجدانوف إن الجولة قريبة. وأعلن بوغدانوف أنه سيتم عقد لقاء.")
    assert said(analyzer, body, "speaker_id") == ["عبد المحسن ابانمي", "ميخاييل بوجدانوف", "ميخاييل بوجدانوف"]


def test_since_is_a_preposition_and_long_vowels_vary_in_a_foreign_name(analyzer):
    body = ("وقال فيليب جوردون، منسق البيت الأبيض السابق: «لا نقع دائما على سوق كهذه».\n"
            "وبعد أن كان كيري أعلن منذ أسابيع عزمه التوجه إلى الدوحة، تأتي مشاركة لافروف.\n"
            "من جهته، أعرب غوردن عن اعتقاده بأن الاتفاق مرن.")
    assert said(analyzer, body, "speaker_id") == ["فيليب جوردون", "kerry", "فيليب جوردون"]


def test_an_ambiguous_outlet_name_in_marks_speaks(analyzer):
    body = 'قالت صحيفة "ماركا" الأسبانية إن رونالدو اعتاد التسجيل. وذكرت "ماركا" أن اللاعب صار قريبا من الرقم.'
    assert said(analyzer, body, "speaker_id", "speaker_type") == [("marca", "agency"), ("marca", "agency")]


def test_as_x_says_after_the_clause_it_reports(analyzer):
    # "...، كما يقول X.": "as X says", the clause before is X's
    body = "يظهر أن أنموذج التكنولوجيا الأحيائية يعتبر متدرجا وطويل الأمد، كما يقول رافي مهروترا، المحلل في كريدي سويس."
    assert said(analyzer, body, "speaker_id", "quote_type", "content") == [
        ("رافي مهروترا", "indirect", "يظهر أن أنموذج التكنولوجيا الأحيائية يعتبر متدرجا وطويل الأمد")]
    body = "قتل عشرة أشخاص في الهجوم، كما يقول ناشطون."
    assert said(analyzer, body, "speaker_id") == ["anon:ناشطون"]
    # "also": X's own content follows, after a marker or in quotation marks after the aside
    body = "وصل الوفد إلى المدينة، كما أكد الوزير خالد بحاح أن الحكومة مستعدة."
    assert said(analyzer, body, "speaker_id", "content") == [("خالد بحاح", "الحكومة مستعدة.")]
    body = 'واختار لندن لأن ذلك، كما قال خنفر، "يتيح مسافة كافية لإنجاز عمل متوازن".'
    assert said(analyzer, body, "speaker_id", "quote_type") == [("خنفر", "direct")]
    # an act, not a statement of the clause before
    assert said(analyzer, "ووصل الوفد إلى المدينة، كما أعلن الوزير تشكيل لجنة.", "speaker_id") == []


def test_the_tongue_of_a_spokesman_and_a_former_adverb(analyzer):
    # "حسب ما جاء على لسان X": what X said, the clause before
    body = "والاتفاق يمنع إيران من امتلاك سلاح نووي، حسب ما جاء على لسان فيدريكا موغيريني منسقة السياسة الخارجية."
    assert said(analyzer, body, "speaker_id", "content") == [("فيدريكا موغيريني", "والاتفاق يمنع إيران من امتلاك سلاح نووي")]
    # a body speaks through its spokesman, whose name ends before the verb's object
    body = "وأكدت الخارجية المصرية على لسان متحدثها المستشار أحمد أبو زيد تضامن مصر مع المملكة."
    assert said(analyzer, body, "speaker_id", "content") == [("احمد ابو زيد", "تضامن مصر مع المملكة.")]
    # سابقا right after the verb is when; inside a title it is "former"
    body = "ولعبت أم سياف دورا مهما، حسب ما أعلنت سابقا المتحدثة باسم مجلس الأمن القومي برناديت ميهان."
    assert said(analyzer, body, "speaker_id") == ["برناديت ميهان"]
    body = "وقال مدير عام السجون سابقا اللواء الدكتور علي بن حسين الحارثي إن الوزارة مشهود لها."
    assert said(analyzer, body, "speaker_id") == ["علي بن حسين الحارثي"]


def test_a_full_name_before_a_verb_with_its_object_after(analyzer):
    # SV order: the phrase after the verb is its object, the subject a full name before it
    body = 'ريتشارد جونزاليس، الرئيس التنفيذي لـ "آبي فاي"، وصف معركة الاستحواذ بأنها "واحدة من المعارك الأكثر تنافسية".'
    assert said(analyzer, body, "speaker_id", "quote_type") == [("ريتشارد جونزاليس", "direct")]
    body = "لكن بنيامين نتنياهو رفض تغيير موقفه من الاتفاق النووي."
    assert said(analyzer, body, "speaker_id") == ["netanyahu"]
    # not a phrase that opens with no title, rank or given name
    assert said(analyzer, "وفي الوقت نفسه قصة الخاتم رفض تغيير موقفه من الاتفاق.", "speaker_id") == []


@pytest.mark.parametrize("body,people", [
    # a descriptive noun the lexicon does not list as a title (and its adjective), then two name words
    ("وصرح المصور المستقل تتسوزو كيدا «أريد أن يعلم العالم برمته ما حصل هنا».", ["تتسوزو كيدا"]),
    ("وقالت المزارعة ويندي بولمر إن المحصول تضرر كثيرا هذا العام.", ["ويندي بولمر"]),
    ("وقالت الزائرة نجود الشمري إن مستوى التنظيم كان رائعا.", ["نجود الشمري"]),
    # not a body and its object, or a noun and its complement
    ("وتوقعت الأرصاد هطولا للأمطار الرعدية على المرتفعات.", []),
])
def test_an_unlisted_descriptive_noun_then_two_name_words(analyzer, body, people):
    assert [s.speaker_id for s in statements(analyzer, body) if s.speaker_type == "person"] == people


def test_banks_and_research_firms_speak_as_bodies(analyzer):
    body = 'وقال جيفريز إن القطاع سيزيد الاقتراض. وقال مورغان ستانلي "إن الأسعار ستبقى منخفضة لفترة طويلة".'
    assert said(analyzer, body, "speaker_id", "speaker_type") == [
        ("jefferies", "institution"), ("morgan_stanley", "institution")]


def test_cited_by_and_asides_of_citing(analyzer):
    # أورد: reported, cited
    body = '"اللقاءات العامة لم تكن لتؤثر على تركيزه على الإطلاق". ذلك ما أورده بارنستون عنه.'
    assert said(analyzer, body, "speaker_id", "quote_type") == [("بارنستون", "direct")]
    assert said(analyzer, "وأوردت صحيفة الحياة أن الوزير سيزور البلاد قريبا.", "speaker_id") == ["alhayat"]
    # "بحسب ما أورد X" between the speaker and his content is an aside, not another verb
    body = 'وأضاف شيخ الأزهر أحمد الطيب، بحسب ما أورد الموقع الرسمي لـ "مشيخة الأزهر"، بقوله: "الخلاف حدث بعد 25 سنة بينهما".'
    assert said(analyzer, body, "speaker_id", "quote_type") == [("احمد الطيب", "direct")]


def test_people_met_and_quoted_in_a_feature(analyzer):
    # a present verb, a new full name (a woman's listed given name) and أن, inside another's content
    body = ("ويشير خالد المحمد إلى أن المقهى افتتح مؤخرا، وفي أحد الأركان جلست سيدة تقول سارة ناهض أن المقاهي "
            "النسائية ظاهرة آخذة في النمو.")
    assert said(analyzer, body, "speaker_id") == ["خالد المحمد", "ساره ناهض"]
    # the person met, named before the title, speaks in the relative clause (not the title's complement)
    body = ('التقيت بعلي المحمد مدير المبيعات لمطعم وكوفي شوب "فوشون" الذي أشار إلى أن المقهى افتتح مؤخرا.\n'
            "والتقينا بمحمد بن سعد الشهري مدير المدرسة الذي أكد أن الطلاب مستعدون.")
    assert said(analyzer, body, "speaker_id") == ["علي المحمد", "محمد بن سعد الشهري"]
    # of two titled people joined by و, the last is the relative pronoun's antecedent
    body = "وأقام فيه الملك فاروق والكاتبة أغاثا كريستي التي كتبت من شرفتها أن النيل «أجمل أنهار الأرض»."
    # (its first form, "التي كتبت روايتها «...»", is no statement now: a novel's title after a naming noun with its pronoun)
    assert said(analyzer, body, "speaker_id") == ["اغاثا كريستي"]
    # a listed given name after the rank is the name (no other title and name are looked for after it)
    body = "وقال السيد فهد المدير المسؤول عن أحد أشهر المقاهي بشارع التحلية إن الإقبال كبير."
    assert said(analyzer, body, "speaker_id") == ["فهد"]


def test_welcoming_guests_a_year_and_a_department(analyzer):
    # welcoming guests is an act, unless the host goes on to say something
    assert said(analyzer, "ورحب الدكتور عبدالله الربيعة خلال الاستقبال بالوفد الكويتي، مقدما لهم شرحا.", "speaker_id") == []
    assert said(analyzer, "وقد رحب أمير منطقة عسير بمحافظ المؤسسة العامة للتدريب التقني، وتطرق سموه إلى جهود المؤسسة.", "speaker_id") == []
    assert set(said(analyzer, "ورحب وزير الخارجية سامح شكري بقرار مجلس الأمن، معتبرا أنه خطوة مهمة.", "speaker_id")) == {"shoukry"}  # (a decision)
    body = "ورحب الدكتور حسين العوض في بداية الاجتماع بالحضور، مؤكداً أن الاجتماع فرصة ثمينة للالتقاء."
    assert "حسين العوض" in said(analyzer, body, "speaker_id")
    # a year after its month is when, not a count before a noun
    body = "وفي أيار/مايو 2013 قال حاكم ولاية كولورادو جون هيكنلوبر إنه من غير المرجح أن يسمح بذلك."
    assert said(analyzer, body, "speaker_id") == ["جون هيكنلوبر"]
    # دائرة opens an organisation, not a name
    body = "وعد مدير دائرة الحكام بالاتحاد السعودي لكرة القدم الخبير الإنجليزي هاورد ويب، بالوصول بالتحكيم إلى أفضل المستويات."
    assert said(analyzer, body, "speaker_id") == ["هاورد ويب"]


def test_shapes_from_a_wire_day(analyzer):
    # the given name ما شاء الله
    body = 'وقال ما شاء الله الزوي وزير النفط في الحكومة الموازية "إن ليبيا تنتج حاليا نحو 400 ألف برميل يوميا".'
    assert said(analyzer, body, "speaker_id", "quote_type") == [("ما شاء الله الزوي", "direct")]
    # "... كما قالت X لوكالة Y.": with no comma before كما, X ends the sentence (after the outlet told)
    body = "والجريح أدخل على الفور إلى غرفة العمليات كما قالت المتحدثة باسم السلطات الصحية ايفا ليندال لوكالة فرانس برس."
    assert said(analyzer, body, "speaker_id", "content", "via_agency") == [
        ("ايفا ليندال", "والجريح أدخل على الفور إلى غرفة العمليات", "afp")]
    # a capital named after its adjective is the title's place, not the name's first word
    body = "وأكد قائد الشرطة القضائية في العاصمة الأفغانية كابل فريدون عبيدي مقتل الأشخاص الأربعة."
    assert said(analyzer, body, "speaker_id") == ["فريدون عبيدي"]


def test_a_newcomer_for_his_part_goes_on_speaking(analyzer):
    body = ("وأشاد السفير نبيل بن محمد آل صالح بالتفوق العلمي للمبتعث.\n"
            "من جهته هنأ الملحق الثقافي في أستراليا الدكتور عبدالعزيز بن عبدالله بن طالب، المبتعث حسام زواوي بهذا الإنجاز.\n"
            "وأوضح أن الملحقية نظمت معرضا للإبداعات العلمية.")
    assert said(analyzer, body, "speaker_id") == ["نبيل بن محمد ال صالح", "عبدالعزيز بن عبدالله بن طالب"]
    # (not a verb's object and its complement read as a name)
    body = ("وأكد كارتر أن البلدين سيعملان معا.\n"
            "بدوره، تجنب يعالون الإشارة إلى الخلاف في بيانه، وقال: «بيننا مصالح مشتركة وقيم مشتركة».")
    assert "يعالون الاشاره" not in said(analyzer, body, "speaker_id")


def test_names_of_iranian_women_and_a_noun_before_a_listed_name(analyzer):
    # علي inside a woman's name; a surname spelled with a long a later; a given name in ـها
    body = ("وقالت المحامية الإيرانية ليلى علي أكرمي، لـ«الشرق الأوسط»: «نأمل الإفراج عنها».\n"
            "وعن عدد معتقلات الرأي، قالت المحامية إكرامي: «خمسون امرأة في السجن».\n"
            "وقالت الباحثة الإيرانية رها بحريني لـ«الشرق الأوسط» إن «المنظمة تتابع حالتها».")
    assert said(analyzer, body, "speaker_id") == ["ليلي علي اكرمي", "ليلي علي اكرمي", "رها بحريني"]
    # after a full name, a noun before a listed person's name is the object's
    body = "وفي بداية هذا العام، انتقدت نرجس محمدي تخلي روحاني وحكومته عن وعود حماية النشطاء."
    assert said(analyzer, body, "speaker_id") == ["نرجس محمدي"]
    # declining to be named is no statement; a statement noun after وفقا لـ, then its speaker
    assert "inst:الكشف" not in said(analyzer, "وقال متعامل بالسوق لـ«الشرق الأوسط»، رفض الكشف عن هويته: «الطلب ضعيف».", "speaker_id")
    body = "ووفقا لتصريحات وزير البترول شريف إسماعيل لوكالة رويترز الاثنين الماضي، فإن مصر تسعى إلى خفض المستحقات."
    assert said(analyzer, body, "speaker_id", "via_agency") == [("شريف اسماعيل", "reuters")]


def test_describing_as_and_the_antecedent_of_a_relative_clause(analyzer):
    # وصف: one word after بأنه is content; "بالـ" after the object is what it is described as
    assert said(analyzer, "ووصف الوزير خالد الفالح الاتفاق بأنه تاريخي.", "speaker_id") == ["خالد الفالح"]
    assert said(analyzer, "ووصف الوزير خالد الفالح الاتفاق بالتاريخي.", "speaker_id") == ["خالد الفالح"]
    # who is described right before بأنه is the object: the speaker goes on
    body = 'وقال تشونغ مونغ جون إن الفرص جيدة.\nووصف بلاتر بانه "يشبه آكل لحوم البشر الذي يلتهم والديه".'
    assert said(analyzer, body, "speaker_id") == ["تشونغ مونغ جون", "تشونغ مونغ جون"]
    # ... but the noun وصف inside a sentence is X's description
    body = 'فأغلب الجماهير ينطبق عليهم وصف كريستيان هبل بأنهم "يصفقون للألعاب النارية، ولا يصفقون لشروق الشمس".'
    assert said(analyzer, body, "speaker_id") == ["كريستيان هبل"]
    # a titled full name set off by a comma before its relative clause speaks, also inside a content
    assert said(analyzer, "التقى المدرب جوزيه مورينيو، الذي قال إنه قلق بشأن كثرة الإصابات.", "speaker_id") == ["جوزيه مورينيو"]
    body = ("وكشفت الأرقام أن استفادة الفريق منه لا تتجاوز 60% وهو ما اعترف به المدير الفني البرتغالي جوزيه مورينيو، "
            "الذي قال إنه قلق بشأن كثرة تعرضه للإصابات.")
    assert said(analyzer, body, "speaker_id") == ["inst:الارقام", "جوزيه مورينيو"]
    # (not the complement of an apposition, nor the antecedent of "أشاد به كثيرون")
    body = "أولهن سوزان رايس، مستشارة الرئيس أوباما للأمن الوطني، التي قالت: «رتبنا التطورات لضمان الوقت الكافي»."
    assert "obama" not in said(analyzer, body, "speaker_id")
    body = "وقد هاجم المسؤولون رئيس الوزراء بنيامين نتنياهو لمعارضته الشديدة للاتفاق النووي، الذي أشاد به كثيرون في إيران بوصفه نقطة تحول."
    assert said(analyzer, body, "speaker_id") == ["anon:كثيرون"]
    # a committee named with لـ and a verbal noun; "أن يكون حذرا" (cautious) has no speaker
    body = "كشفت اللجنة التطوعية لتحسين أوضاع المطوفات عن مطالب المطوفات وأبرز خططها."
    assert said(analyzer, body, "speaker_type") == ["institution"]
    assert said(analyzer, "ونصح المتسابق بأن يكون حذرا خلال مشاركته في «إكس فاكتور» طيلة موسمه.", "speaker_id") == []


def test_an_organisations_quoted_alias_before_the_name_and_a_quoted_list(analyzer):
    # the organisation's short alias in marks, then the full name (after a comma or not)
    body = ("قالت المتحدثة باسم بعثة الأمم المتحدة لحفظ السلام في مالي “مينوسما”، راضية عاشوري، "
            "إن “العملية البرية تم تنفيذها بمعرفة القوات المالية من جانب واحد”.")
    assert said(analyzer, body, "speaker_id") == ["راضيه عاشوري"]
    body = 'وقال الرئيس التنفيذي للموارد البشرية في "موبايلي" فايز عوض إن الكوادر الوطنية لها دور كبير.'
    assert said(analyzer, body, "speaker_id") == ["فايز عوض"]
    # (not an outlet the named speaker told, nor a second quoted name later in the sentence)
    body = 'أكد رئيس لجنة الاحتراف في الاتحاد السعودي لكرة القدم عبدالله البرقان لـ"الوطن" صحة انتقال اللاعب سعيد المولد إلى نادي الاتحاد.'
    assert said(analyzer, body, "speaker_id") == ["عبدالله البرقان"]
    # a list of names in the marks is nobody's words
    body = "وأوضح قائد الفريق المقدم طيار موسى الفيفي أن الاستعراض اشتمل على حركات منها: «السهم، التايفون، الصقر، الدرع، الرمح»."
    assert said(analyzer, body, "speaker_id", "quote_type") == [("موسي الفيفي", "indirect")]


def test_a_name_quoted_once_a_time_clause_and_a_relative_with_wa(analyzer):
    # a person's name quoted once and written elsewhere without marks makes no partial quotation
    body = ("وقال خالد الشريف إن الدكتور عصام دربالة توفي مساء السبت.\n"
            "وأشار الشريف إلى أن أحد محامي الجماعة زار «عصام دربالة» في نفس يوم وفاته.")
    assert said(analyzer, body, "quote_type") == ["indirect", "indirect"]
    # ... but a speaker's words a headline repeats stay quoted
    body = 'عنوان: مقلقة للغاية ومزعجة\nواعتبر الوزير جون كيري التصريحات "مقلقة للغاية ومزعجة" وهي تثير الشكوك.'
    assert said(analyzer, body, "quote_type") == ["partial"]
    # a time clause after a noun spelled like a verb is no content: the verb inside it speaks
    body = 'جاء تعهد بروكنشاير بعدما قال وزير الخارجية فيليب هاموند إنه "لا يمكن لأوروبا حماية نفسها".'
    assert said(analyzer, body, "speaker_id", "quote_type") == [("فيليب هاموند", "direct")]
    # "X والذي قال": the name before it speaks; a set-off relative with فيها is what was said
    body = "أوضح ذلك الناطق الإعلامي بجوازات القصيم الرائد حماد المطيري والذي أكد أن الاستقبال مستمر حتى نهاية الشهر."
    assert said(analyzer, body, "speaker_id") == ["حماد المطيري"]
    body = "واعتبر الوزير تصريحات المرشد الأعلى، آية الله علي خامنئي، التي أكد فيها أن إيران ستبقى في حالة حرب، مقلقة."
    assert "ايه الله" not in said(analyzer, body, "speaker_id")


def test_expressing_after_a_title_and_an_honorific_before_a_family_name(analyzer):
    # عبّر ... عن after the speaker's title, even when a quotation follows later in the sentence
    body = 'وعبر الشيخ صالح التركي رئيس شركة نسما عن فخره بهذا المشروع، مؤكداً أن "رسالة المشروع تكمن في خلق فرص للسيدات".'
    assert said(analyzer, body, "speaker_id", "quote_type") == [("صالح التركي", "indirect"), ("صالح التركي", "direct")]
    # (but قال ... عن Y "...": what he spoke about, then his words)
    body = 'وقال العقيد تركي المالكي قائد الجناح عن الحملة "إنها مستمرة حتى تحقيق أهدافها كاملة".'
    assert said(analyzer, body, "speaker_id", "quote_type") == [("تركي المالكي", "direct")]
    # معالي before a family name names the minister
    assert said(analyzer, "وأكد معالي الغامدي أهمية تضافر الجهود.", "speaker_id") == ["الغامدي"]
    # a family name alone after the full name was written with a title and a nationality before it; "ما يسمى" is no speaker
    body = "فاجأ المطرب العراقي كاظم الساهر جمهور المهرجان.\nوقال الساهر في دبي أمس إن الأغنية موجهة للقادة."
    assert said(analyzer, body, "speaker_id", "speaker_type") == [("كاظم الساهر", "person")]  # (the full name: المطرب is a title)
    body = 'أعلن ما يسمى "تنظيم أجناد مصر" عودته للساحة بعد اختفائه.'
    assert "يسمي" not in said(analyzer, body, "speaker_id")


def test_counted_crowds_and_a_family_name_written_joined(analyzer):
    # hundreds, thousands, dozens of people speak unnamed (and no name later in the sentence is theirs)
    assert said(analyzer, "وقال آلاف المحتجين إنهم سيواصلون الاعتصام.", "speaker_id") == ["anon:الاف"]
    body = "كما طالب مئات المتظاهرين الأردنيين في مسيرة نظمتها حراكات شعبية، حكومة بلادهم بوقف «كافة التعاملات مع حكومة الاحتلال»."
    assert said(analyzer, body, "speaker_id", "speaker_type") == [("anon:ميات", "anonymous")]
    # "عبدالرحمن" after "رامي عبد الرحمن": the family name written joined
    body = 'وقال مدير المرصد رامي عبد الرحمن "تهدم جزء كبير من الجسرين".\nوقال عبدالرحمن ان الضربات "لا تقطع الطريق على التنظيم".'
    assert said(analyzer, body, "speaker_id") == ["رامي عبد الرحمن", "رامي عبد الرحمن"]


def test_two_of_a_title_a_kunya_and_a_family_name_in_ba(analyzer):
    # two of a title, unnamed; "a second one" is no name
    body = 'قال مندوبان في منظمة "أوبك" إن المنظمة لا تنوي عقد اجتماع طارئ.\nوقال مندوب ثان إنه ليس ثمة احتمال لعقد اجتماع.'
    assert said(analyzer, body, "speaker_id", "speaker_type") == [("anon:مندوب", "anonymous"), ("role:مندوب", "person")]
    body = "رأى خبيران سياسيان، أن البيان المشترك يمثل «خارطة طريق» للشراكة."
    assert said(analyzer, body, "speaker_id", "speaker_type") == [("anon:خبير", "anonymous")]  # (a dual adjective after the dual)
    body = "أكد اقتصاديان على أن رفع سعر الفائدة سيسهم في خفض قيمة القروض."
    assert said(analyzer, body, "speaker_id", "speaker_type") == [("anon:اقتصادي", "anonymous")]  # (the dual of a nisba noun)
    # "يمكن" (it is possible) is no name after "ما ذكر"
    body = "وقال عضو اللجنة محمود رشوان إن القرار للبنك المركزي.\nوزاد بقوله: بناء على ما ذكر يمكن تلخيص هذا كله في أن الرفع يخفض الاقتراض."
    assert "يمكن تلخيص" not in said(analyzer, body, "speaker_id")
    # after أبو, a common word is the name's ("أحسن أبو طالب")
    body = ("إلى ذلك، طالب الخبير الأمني أستاذ علم الإجرام بجامعة نايف العربية للعلوم الأمنية أحسن أبو طالب بمراقبة المساجد، "
            "مشددا على أنها الملاذ.")
    assert set(said(analyzer, body, "speaker_id")) == {"احسن ابو طالب"}
    # ب and a verbal noun after a full name is the object's complement; a family name in با after one name is the name's
    body = "واتهمت النيابة فيها عائلة سوهارتو باستغلال مؤسسة خيرية لجمع الأموال."
    assert "عايله سوهارتو باستغلال" not in said(analyzer, body, "speaker_id")
    assert said(analyzer, "وقال مجدي بازياد إن السوق تراجعت كثيرا هذا العام.", "speaker_id") == ["مجدي بازياد"]
    # امتدح praises, with a quoted fragment
    body = "امتدح مانويل بليجريني الأداء الذي «لا يصدق» لديفيد سيلفا في المباراة."
    assert said(analyzer, body, "speaker_id", "verb_class", "quote_type") == [("مانويل بليجريني", "evaluation", "partial")]


def test_shapes_from_a_late_july_day(analyzer):
    # a strict verb after the sentence's time adjunct
    body = "وفي الختام عبر رئيس مجلس الإدارة الدكتور عادل الضويحي عن شكره وتقديره لجميع العاملين في المخيم."
    assert said(analyzer, body, "speaker_id") == ["عادل الضويحي"]
    # his words in brackets (six words or more), not an age or an aside
    body = "وقال مدير المكتب الشيخ حسين بامشموس (الشكر لله أولاً وآخراً ثم الشكر موصول لجميع العاملين والداعمين."
    assert said(analyzer, body, "speaker_id", "content") == [("حسين بامشموس", "الشكر لله أولاً وآخراً ثم الشكر موصول لجميع العاملين والداعمين.")]
    assert said(analyzer, "وقال المسؤولون في مستشفى غزة إن القتيل يدعى محمد المصري (17 عاما).", "speaker_id") == []
    # the agency credited after a quotation is no part of it
    body = "وقالت الوزيرة هيلاري كلينتون للصحفيين “لم أرسل أو أتلق أي شيء سري في ذلك الوقت.”وفقا لوكالة رويترز."
    assert said(analyzer, body, "quote_type", "via_agency") == [("direct", "reuters")]
    # حتى never continues a name
    assert said(analyzer, "وقال المدرب جوزيه مورينيو حتى الآن إن الفريق جاهز.", "speaker_id") == ["جوزيه مورينيو"]


def test_a_person_noun_and_a_nationality_name_the_one_named_after_it(analyzer):
    body = ("بحث رئيس الوزراء خالد بحاح في الرياض مع وزير الدولة الإماراتي للشؤون الخارجية أنور قرقاش، مستجدات الوضع.\n"
            "من جانبه، أعرب المسؤول الإماراتي عن أمله في أن يعم الأمن المحافظات اليمنية كافة.")
    assert said(analyzer, body, "speaker_id") == ["انور قرقاش"]
    # (not when the noun named an unnamed source before)
    body = ("وصل وزير الخارجية الأميركي جون كيري إلى مصر.\nوبحسب دبلوماسي أميركي فإن كيري سيحاول الإجابة على الأسئلة.\n"
            "وأشار الدبلوماسي الأميركي إلى أن كيري سيبحث النزاع في اليمن.")
    assert "kerry" not in said(analyzer, body, "speaker_id")


def test_a_name_after_the_office_place_and_mr_as_a_family_name(analyzer):
    body = ("كشف كاتب العدل والرئيس السابق لهيئة الأمر بالمعروف في محافظة تنومة بمنطقة عسير محمد السيد، عن محاولة "
            "رجل أمن قتله دهساً بالسيارة.")
    assert said(analyzer, body, "speaker_id") == ["محمد السيد"]


def test_a_listed_name_like_a_marker_and_pronouns_after_the_verb(analyzer):
    # "بان" opens Ban Ki-moon's name, not بأن; but after أبلغ the one informed follows
    body = "وأعرب بان كي مون في بيان له عن خالص تعازيه لأسرة الرضيع.\nوقال بان كي مون إن هذا يمثل تهديداً إضافياً."
    assert said(analyzer, body, "speaker_id") == ["ban_ki_moon", "ban_ki_moon"]
    body = "وأبلغت القوى الكبرى بان كي مون الأمين العام للأمم المتحدة، أنها تعتزم تقديم مشروع قرار."
    assert "ban_ki_moon" not in said(analyzer, body, "speaker_id")
    # "كما ذكرت لك": to you, no speaker; "كلا الجانبين": both sides, the object
    assert said(analyzer, "وأحيانا بلا سبب كما ذكرت لك بأني أعاني من حرقة.", "speaker_id") == []
    body = "ودان الأمين العام بان كي مون الهجوم، وحث الأمين العام كلا الجانبين على اتخاذ خطوات جريئة للعودة إلى طريق السلام."
    assert "كلا الجانبين" not in said(analyzer, body, "speaker_id")


def test_a_verbal_noun_after_can_is_no_statement(analyzer):
    body = "ربما لا يمكن وصف الرئيس بأنه سياسي محايد. وقال الرئيس إن الانتخابات ستجري في موعدها."
    assert said(analyzer, body, "verb") == ["وقال"]
    body = "ولا يمكن أن يقول الرئيس إن الانتخابات ستؤجل، وقد أكد الرئيس أن الانتخابات ستجري في موعدها."
    assert said(analyzer, body, "verb") == ["أكد"]


def test_a_topic_with_an_age_in_brackets_and_kana_with_a_listed_name_before_a_comma(analyzer):
    body = "أما رعد جاسم (36 سنة) الموظف في شركة «نفط الجنوب»، فقال إن «غضب السكان يعود لعدم استفادتهم من الثروة»."
    assert said(analyzer, body, "speaker", "quote_type") == [("رعد جاسم", "direct")]
    for body in ("وكان السيسي؛ قد أوضح أن أولوية بلاده هي تأمين الملاحة.", "وكان السيسي، قد أوضح أن أولوية بلاده هي تأمين الملاحة."):
        assert said(analyzer, body, "speaker_id") == ["sisi"]


def test_an_honorific_pronoun_speaks_and_a_name_after_it_is_in_what_was_said(analyzer):
    body = ("استقبل صاحب السمو الملكي الأمير سعود بن نايف بن عبدالعزيز أمير المنطقة الشرقية السفير الكوري.\n"
            "من جانبه، أكد سموه دعم حكومة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود للاستثمار.")
    assert said(analyzer, body, "speaker", "speaker_id") == [("سموه", "سعود بن نايف بن عبدالعزيز")]
    body = "أعلن باريس سان جرمان تعاقده مع دي ماريا. وكان سان جرمان أعلن قبل أيام توصله إلى اتفاق مع مانشستر يونايتد."
    assert said(analyzer, body, "speaker_type") == ["institution", "institution"]  # the club, also by its short name


def test_participle_clause_before_the_quotation_of_a_saying_verb(analyzer):
    # "وقال X في بيان مشيرا إلى أن ... "..."": the quotation is what he said, the participle's clause
    # comes before it; but a quotation completing the participle's own clause stays its content
    body = ('وقال جون سميث المتحدث باسم الشركة في بيان مشيرا إلى أن الرحلات ستعود في الربيع '
            '"يأتي الخفض وسط زيادة كبيرة في المنافسة على المسارات".')
    assert said(analyzer, body, "speaker_id", "verb", "quote_type") == [
        ("جون سميث", "وقال", "direct"), ("جون سميث", "مشيرا", "indirect")]
    completes = 'ويضيف جون سميث موضحا أن ما يجري الآن هو «تهيئة الأمر على الأرض قبل الهجوم».'
    assert said(analyzer, completes, "verb", "quote_type") == [("موضحا", "partial")]


def test_verb_with_this_reports_the_sentence_before(analyzer):
    # "أوضح ذلك X، وقال:": X said what the sentence before reports, and goes on
    body = ("نفذت الشرطة حملة أمنية مكثفة في عدد من الأحياء.\n"
            "أوضح ذلك الناطق الإعلامي للشرطة الرائد سالم العتيبي، وقال: شملت الحملة حي السوق.")
    rows = said(analyzer, body, "speaker_id", "verb", "content")
    assert rows == [("سالم العتيبي", "أوضح", "نفذت الشرطة حملة أمنية مكثفة في عدد من الأحياء."),
                    ("سالم العتيبي", "وقال", "شملت الحملة حي السوق.")]
    # not an aside on its own sentence, nor a speaker who goes on with something else
    assert said(analyzer, "ارتفعت التكلفة كثيرا. وتأخر التنفيذ كما أكد ذلك مجلس الشورى في تقريره.", "verb") == []
    assert said(analyzer, "افتتح المعرض أمس. أكد ذلك الوزير سالم العتيبي في جولته على الأجنحة.", "verb") == []


def test_definite_noun_refers_to_the_person_introduced_with_a_name(analyzer):
    # "شاب ... يدعى X" then "عن الشاب ... قوله": the young man is X
    body = ("تبرع شاب من أهالي الأحساء يدعى حسن بن محمد الجطيل بكليته لوالدته.\n"
            "ونقلت صحيفة محلية عن الشاب، الذي يرقد في المستشفى بعد العملية، قوله إنه سعيد بما فعل.")
    assert said(analyzer, body, "speaker_id", "speaker_type") == [("حسن بن محمد الجطيل", "person")]


def test_a_quoted_organisation_of_several_words_inside_a_title_then_the_name(analyzer):
    # 'رئيس مجموعة شبكة "بي إن سبورتس" X:': every word of the quoted name belongs to the title
    body = 'في المقابل، أكد رئيس مجموعة شبكة "بي إين سبورتس" ناصر الخليفي: "حصولنا على حقوق البث يعزز طموحنا".'
    assert said(analyzer, body, "speaker_id", "quote_type") == [("ناصر الخليفي", "direct")]
    # but a rank and a name quoted whole after a title are the name
    body = 'وذكر مدير عام فرع الهيئة في منطقة الرياض "المهندس عبدالعزيز آل حسن"؛ في بيان صحفي أن الترميم يزداد.'
    assert said(analyzer, body, "speaker_id") == ["عبدالعزيز ال حسن"]


def test_a_quoted_name_in_the_topic_before_the_colon(analyzer):
    # 'قال X عن العقد مع "بي إن سبورتس": "..."': what he spoke about, then his words after the colon
    body = 'وقال رئيس اللجنة الأولمبية الدولية توماس باخ عن توقيع العقد مع "بي إين سبورتس": "نعتقد بأن الشبكة ستقوم بتغطية رائعة".'
    assert said(analyzer, body, "quote_type", "content") == [("direct", '"نعتقد بأن الشبكة ستقوم بتغطية رائعة".')]
    body = 'يرى هاري تشيلينغوريان، رئيس الاستراتيجية لدى «بي إن بي باريبا»: «ستحتاج شركات النفط إلى تمويل طويل الأمد».'
    assert said(analyzer, body, "quote_type", "content") == [("direct", "«ستحتاج شركات النفط إلى تمويل طويل الأمد».")]


def test_a_spokesman_for_a_named_person_is_not_that_person(analyzer):
    # "متحدث باسم هيلاري كلينتون": whom he speaks for; his own name, if written, follows
    body = "أعلن متحدث باسم هيلاري كلينتون المرشحة للانتخابات الرئاسية، أنها ستمثل أمام لجنة تحقيق."
    assert "هيلاري كلينتون" not in said(analyzer, body, "speaker_id")  # (his own name, written, is read: see the table below)


def test_a_plural_object_in_construct_is_not_the_speaker(analyzer):
    # "وطالب سائقي السيارات ومستخدمي الطريق بإجراء": whom he urged (the subject would be سائقو); the speaker goes on
    body = ("وقال المهندس أحمد اليامي إن الأعمال مستمرة.\n"
            "وطالب سائقي السيارات ومستخدمي الطريق بإجراء فحص مستمر لفواصل التمدد.")
    assert said(analyzer, body, "speaker_id", "content") == [("احمد اليامي", "الأعمال مستمرة."),
                                                              ("احمد اليامي", "بإجراء فحص مستمر لفواصل التمدد.")]
    # a singular in ـي (محامي) before a definite word is the subject
    assert said(analyzer, 'يقول محامي السيدة "إنها وجدت المخطوطة في صندوق الأمانات".', "speaker_id") == ["role:محامي السيده"]


def test_a_noun_with_its_pronoun_after_a_rank_opens_no_name(analyzer):
    # "ذكر لي الأستاذ رغبته بزيارة": his wish (رغبة + ه), the object; no one named
    body = ("ففي أحد الأيام ذكر لي الأستاذ رغبته بزيارة المدينة المنورة فوافقت.\n"
            "فقال لي بأن كلها أغراض لا غنى عنها في السفر الطويل إلى المدينة.")
    assert all(" " not in s for s in said(analyzer, body, "speaker_id"))


def test_the_present_of_relaying_with_the_outlet_named(analyzer):
    body = 'وينقل موقع "سي إن إن بالعربية" عن المصور أحمد التوقي أن "عرضة الجمال هي أحد طرق سباق الجمال التقليدي بين جملين".'
    assert said(analyzer, body, "speaker_id", "quote_type", "via_agency") == [("احمد التوقي", "direct", "cnn")]
    # (تنقّل بين أندية is moving between clubs, and ينقل with no outlet named relays nothing)
    body = "أما المدافع أسامة هوساوي فتنقل بين أندية الوحدة والهلال قبل أن يعود مدافعا عن ألوان الأهلي الذي استقر فيه أخيرا."
    assert said(analyzer, body, "verb") == []


@pytest.mark.parametrize("body,speaker_id", [
    # the spokesman's own name after whom he speaks for
    ("وقال المتحدث باسم هيلاري كلينتون براين فالون إنها ستمثل أمام اللجنة.", "براين فالون"),
    # a foreign given name shaped like ب and a verbal noun (اسكال)
    ("وقال باسكال نيابيندا رئيس الحزب إن التصريحات سلبية.", "باسكال نيابيندا"),
    # a common noun, an unlisted given name, the father's listed one and a family name
    ("وفي هذا الصدد، قال المواطن مرعيد عبدالله الشمري إنه قدم شكوى لرئيس البلدية قبل خمسة أشهر.", "مرعيد عبدالله الشمري"),
    # a family name in ـية is no organisation's adjective
    ("وقال وزير خارجية قطر خالد العطية إن بلاده مستعدة للوساطة بين الطرفين.", "خالد العطيه"),
    # a common noun with لدى after a two-word name is a title
    ("وقال جيمي زوو الوسيط لدى مجموعة غوسن سيكيوريتيز إن المستثمرين لا يثقون بعودة قريبة إلى السوق.", "جيمي زوو"),
    # a compound given name whose second word has the article (سيف الإسلام، as صلاح الدين)
    ("وقال سيف الإسلام القذافي إن المحاكمة ظالمة.", "سيف الاسلام القذافي"),
    # a family name in ته that is no noun with its pronoun (رغبته is)
    ("وقال الدكتور محمود شحاته إن البرنامج ناجح جدا في كل الأحوال.", "محمود شحاته"),
])
def test_names_read_whole_after_titles_and_nouns(analyzer, body, speaker_id):
    assert said(analyzer, body, "speaker_id") == [speaker_id]


WHO_HOW = ("speaker_id", "speaker_type", "quote_type")
_PALMER_NAMED = "وتم الكشف الثلاثاء عن هوية طبيب الأسنان الأمريكي والتر جيمس بالمير.\n"


@pytest.mark.parametrize("body,fields,expected", [
    # a compound given name after a title, and its surname alone after it
    ("وأوضح رئيس النادي عطا الله الجعيد أن المقترحات كثيرة. وقال الجعيد: «هنا مقترح منح جائزة الشعر لشاعر عربي».",
     ("speaker_id", "speaker_type"), [("عطا الله الجعيد", "person")] * 2),
    # an account speaks as an institution
    ('إلى أن أعلن حساب بطولة السوبر السعودي في موقع "تويتر" توضيحا للجماهير، أن التبرع أمر اختياري وليس إجباريا.',
     ("speaker_type",), ["institution"]),
    # "لمؤسسة سالم بن محفوظ الخيرية": the founder's name and the adjective are the organisation's
    ("وأوضح بسام يماني نائب المدير التنفيذي لمؤسسة سالم بن محفوظ الخيرية بأن المؤسسة أعلنت عن 160 منحة تعليمية.\n"
     "وأكد نائب المدير التنفيذي لمؤسسة سالم بن محفوظ الخيرية بأن المنح تستهدف الطلاب الموهوبين والمتميزين.",
     ("speaker_id",), ["بسام يماني", "بسام يماني"]),
    # "أما المصرف المركزي الصيني فأكد": the topic speaks, not the person quoted before
    ("وقال جيمي زوو إن المستثمرين لا يثقون بعودة قريبة إلى السوق.\n"
     "أما المصرف المركزي الصيني فأكد أنه سيؤمن السيولة اللازمة لضمان استقرار البورصتين.",
     ("speaker_type",), ["person", "institution"]),
    # a bare family name is the person of that name named last
    ("قال المواطن مرعيد عبدالله الشمري إنه قدم شكوى لرئيس البلدية قبل خمسة أشهر.\n"
     "من جهته، أكد رئيس البلدية صالح الشمري أن هناك إنجازات عدة للبلدية وقراها.\n"
     "وأشار الشمري إلى أن هناك أعمالا ما زالت تحت التنفيذ وسيتم الانتهاء منها قريبا.",
     ("speaker_id",), ["مرعيد عبدالله الشمري", "صالح الشمري", "صالح الشمري"]),
    # a paragraph that ends with "وتضيف:" introduces the quotation opening the next paragraph
    ('وتقول كاتي وروبيك، مديرة وكالة الاحتيال، إن الرسائل حقيقية، وتضيف: \n"اذا ساورك الشك، اتصل بمصرفك."',
     WHO_HOW, [("كاتي وروبيك", "person", "indirect"), ("كاتي وروبيك", "person", "direct")]),
    # "ومضى قائلا" / "وتمضي قائلة": the last speaker goes on
    ('وقال سامي الحربي إن الرسائل حقيقية.\nومضى قائلا: "لا تتصل من الرقم الظاهر."',
     WHO_HOW, [("سامي الحربي", "person", "indirect"), ("سامي الحربي", "person", "direct")]),
    # a common noun in construct after a one-word name is the verb's object, not a surname
    ('وقال كاتي وروبيك إن الرسائل حقيقية.\nوتذكر وربيك عملاء البنوك قائلة، "موظف البنك لا يتصل بالعميل."',
     WHO_HOW, [("كاتي وروبيك", "person", "indirect"), ("كاتي وروبيك", "person", "direct")]),
    # one name after its title, the subject of the clause before "حيث قال"
    ("تحدث المدير الفني للفريق الأول لكرة القدم نيبوشا، عن مباراة الفريق الودية، حيث قال : كانت مباراة قوية.",
     WHO_HOW, [("نيبوشا", "person", "indirect")]),
    # a government agency (وكالة and no news agency's name) is an institution
    ("وقالت وكالة حماية البيئة إن التلوث ارتفع.", WHO_HOW, [("inst:وكاله حمايه البييه", "institution", "indirect")]),
    # a one-word title is the person the nearest mention of it named after a short complement, and
    # "بصفته ..." after it is an aside, not part of the speaker ("باسم الأسد" names no speaker)
    ("وأشارت صحيفة الوطن إلى أن محافظ اللاذقية إبراهيم خضر السالم قام بتعزية عائلة الفقيد.\n"
     "وقال المحافظ بصفته متحدثا باسم الأسد لوالدة الفقيد إن “حق فقيدهم لن يضيع”.",
     ("speaker_id",), ["alwatan", "ابراهيم خضر السالم"]),
    # ... but not a mention inside what someone else is quoted saying
    ("وقال الطبيب محمد القحطاني في مؤتمر صحفي عقده أمس بحضور عدد من الصحفيين إنه «يرفض ما قاله وزير الصحة إبراهيم السالم عن المستشفى».\n"
     "وقال الوزير إن المستشفى جاهز.",
     ("speaker_id",), ["محمد القحطاني", "role:الوزير"]),
    # "قائلا" after a clause of another verb: its titled subject, a family name spelled like a nationality
    ("يتحدث الدكتور إبراهيم التركي في تقديمه للكتاب قائلاً: الكتاب عن الشعر في الشعر.",
     WHO_HOW, [("ابراهيم التركي", "person", "indirect")]),
    # a surname alone opening the clause before a participle, after the full name was written ...
    (_PALMER_NAMED + "وأصدر بالمير بيانا ألقى فيه باللوم على مرشديه، قائلا إنهم صوروا له أن الصيد مشروع.",
     ("speaker_id", "quote_type"), [("جيمس بالمير", "indirect")]),
    # ... but not when another person is named between it and the participle
    (_PALMER_NAMED + "وأصدر بالمير بيانا ردا على تأكيد أوباما أن الصيد ممنوع، داعيا الكونغرس إلى التحرك.",
     ("speaker_id",), ["obama", "obama"]),
    # "دل" joins a Spanish or Portuguese family name; "وكان X، واسمه الكامل ...، قال": X speaks
    ('أعلن الاتحاد البرازيلي دعم ترشح نجمه السابق زيكو.\nوقال رئيس الاتحاد ماركو بولو دل نيرو في بيان: "يحظى زيكو بدعمنا".\n'
     'وكان زيكو، واسمه الكامل آرثر أنطونيس كوامبرا "62 عاما" أحد أبرز نجوم البلاد، قال قبل يومين: "أرسلت رسالة".',
     ("speaker_id",), ["ماركو بولو دل نيرو", "زيكو"]),
    # "“...” بحسب X": a person the article named before is the source of the quoted fragment before it
    ("وذكر الباحث سيباستيان أبيس أن الحرب طويلة.\nلكن الحرب باتت تشكل “خطرا كبيرا على الأمن” بحسب أبيس.",
     ("speaker_id", "quote_type"), [("سيباستيان ابيس", "indirect"), ("سيباستيان ابيس", "partial")]),
    # "أول" before a title opens no name; a possessed verbal noun after a nisba surname is the object
    ('وقال أول رئيس للجنة الأولمبية في جنوب السودان ويلسون دينج كوويروت: "في الأشهر الأخيرة".\n'
     "وقال اللاعب طلال الشمالي إن الفريق قدم مستوى كبيرا.\nوأكد الشمالي شكره لادارة النادي على فترتي الإعداد.",
     ("speaker_id",), ["ويلسون دينج كوويروت", "طلال الشمالي", "طلال الشمالي"]),
    # "خصوم X" (X's opponents) speak as a group; a present plural verb has no subject after it
    ("وكان الزعيم المسيحي ميشال عون قائدا للجيش.\n"
     "ويقول خصوم عون إن الظروف الأمنية لا تسمح بالفراغ. ويتهمون عون بطرح روكز لأنه زوج ابنته.",
     WHO_HOW, [("anon:خصوم", "anonymous", "indirect")]),
    # علي after a place closing a title, before a family name in ـي and a quotation opened by «إن
    ("وقال مدير عام فرع وزارة العمل بمنطقة جازان علي الحربي: «إن الحملات مستمرة».",
     WHO_HOW, [("علي الحربي", "person", "direct")]),
    # "من جانبه" with no comma before the verb whose clause a participle closes; a product's quoted name is no quotation
    ("من جانبه استعرض مساعد الرئيس التنفيذي للإعلام عبدالله الزيد بالمهرجان، ملامح الخطة، موضحا أنه تم تبني هوية جديدة.\n"
     "فيما اعتبر بندر السمان أن طرح منتج «النقد الميسّر» يمنح العملاء خيارات أوسع.",
     WHO_HOW, [("عبدالله الزيد", "person", "indirect"), ("بندر السمان", "person", "indirect")]),
    # "آل X" alone: the family name of the person the article named in full before
    ("يبدو أن وزير الشؤون البلدية المهندس عبداللطيف آل الشيخ ضاق ذرعا بالأخطاء.\n"
     "وفيما لم يفصح التعميم عن المبالغ، دعا آل الشيخ مسؤولي الأمانات إلى العمل على تلافي الأخطاء.",
     ("speaker_id", "quote_type"), [("عبداللطيف ال الشيخ", "indirect")]),
    # a present verb after a title in quotation marks goes on the clause: the chapter describes, nobody speaks
    ('ويحتوي التقرير على فصل جديد بعنوان "العمل نحو مجتمع نقل مستدام" يصف جهود نيسان المفصلة للحد من الحوادث.\n'
     'وقال رئيس الشركة كارلوس غصن: "نطمح لأن نكون الأكثر مسؤولية".',
     ("speaker_id", "quote_type"), [("كارلوس غصن", "direct")]),
    # two surnames of people named in full before, one verb
    ("وكتبت وزيرة الداخلية البريطانية تريزا ماي ووزير الداخلية الفرنسي برنار كازنوف في تعليق مشترك أن الأزمة عالمية.\n"
     'وقال ماي وكازنوف إن مئات المهاجرين "يواجهون مجازفات أكثر خطورة".',
     ("speaker_id", "quote_type"), [("تريزا ماي", "indirect"), ("برنار كازنوف", "indirect"),
                                    ("تريزا ماي", "partial"), ("برنار كازنوف", "partial")]),
    # a title ending in the company it serves: the person named right before it, not the company's name after it
    ("ونقلت الوكالة عن تريكورا هاردجو المدير العام لشركة انجكاسا بورا الحكومية قوله إن المطار يعمل.\n"
     "وأوضح المدير العام لشركة تشغيل المطارات أن الرحلات الداخلية مستمرة.",
     ("speaker_id",), ["تريكورا هاردجو", "تريكورا هاردجو"]),
    # "معاليه" is the speaker honoured so, not the minister congratulated (لمعالي X) in his speech
    ("وألقى معالي الشيخ مبشر بن محمد آل غرمان كلمة رفع من خلالها التهنئة لمعالي وزير العدل الشيخ الدكتور وليد بن محمد الصمعاني.\n"
     "كما أكد معاليه في كلمته على ما تنعم به البلاد من أمن.",
     ("speaker_id",), ["مبشر بن محمد ال غرمان"]),
    # a quotation left open ends at a sentence's end before و and a reporting verb: the writer speaks again
    ("وصرح مسؤول لوكالة فرانس برس: «نؤكد أن المنفذ رجل في العشرين.. وأوردت الصحف أن الشاب «ش أ أ» التحق بالتنظيم.\n"
     "ونقلت صحيفة «حريت» عن عز الدين كوتشوك حاكم الإقليم القول إنه تم العثور على الضابطين. "
     "وأوضح كوتشوك أن الضابطين كانا يعملان بالشرطة، مشيراً إلى أنه لم يتضح ما إذا كان الحادث «إرهابياً».",
     ("speaker_id", "quote_type"), [("anon:مسوول", "direct"), ("inst:الصحف", "partial"),
                                    ("عز الدين كوتشوك", "indirect"), ("عز الدين كوتشوك", "indirect"),
                                    ("عز الدين كوتشوك", "partial")]),
    # a title, then the name in quotation marks: the name speaks, not the words after the marks
    ('وقال مدير عام مكتب الصحة بالمحافظة "الخضر لصور" إن ألف قتيل سقطوا.\n'
     'وأضاف أن "القتلى سقطوا خلال عمليات العنف".',
     ("speaker_id",), ["الخضر لصور", "الخضر لصور"]),
    # a descriptive noun the lexicon does not list, its nisba, then a listed given name: a person, not a body
    ("قالت الفارسة السعودية العنود إنها تطمح في التأهل لبطولة العالم.",
     ("speaker_id", "speaker_type"), [("العنود", "person")]),
    # "يعتقد X أن": a belief reported, like يرى
    ("وقال ريو فرديناند إن الوضع جيد.\nويعتقد فرديناند أن ناديه السابق يحتاج إلى تعزيز دفاعه.",
     ("speaker_id", "verb"), [("ريو فرديناند", "وقال"), ("ريو فرديناند", "ويعتقد")]),
    # "على لسان X": said through X's mouth
    ('وترفض مدريد ذلك، حيث أكدت الاثنين على لسان المتحدثة باسم الحكومة ثريا ساينث دي سانتاماريا أن الناخبين مدعوون إلى "انتخاب برلمانهم".',
     ("speaker_id", "quote_type"), [("ثريا ساينث دي سانتاماريا", "partial")]),
    # a full name opening the sentence with a listed given name, then a present verb of saying
    ("شكا عدد من أهالي القرية من انقطاع المياه.\nمحمد الأحمد يقول: نعاني من انقطاع المياه عن منازلنا.",
     ("speaker_id",), ["محمد الاحمد"]),
    # "يُعتقد أنه": it is believed, nobody's statement (not the last speaker's)
    ("وقال اليكس المسؤول إن الوضع خطير.\nوفي الوقت نفسه، يُعتقد أنه سافر مئة مواطن للانضمام إلى التنظيم.",
     ("speaker_id",), ["اليكس"]),
    # "أم محمد": a woman's kunya, named like "أبو محمد" (but "أم الضحية" is a relative)
    ("وذكرت أم محمد أن البنك يلاحق زوجها.", ("speaker_id",), ["ام محمد"]),
    ("وقالت أم الضحية إن ابنها بريء.", ("speaker_id",), ["role:ام"]),
    # a verbal noun after ب closing the phrase is no name: "رفضت الانصياع للطلبات ... بتأجيل العقوبات"
    ("يحسب للجنة الحالية أنها رفضت الانصياع للطلبات غير المنطقية بتأجيل العقوبات أو ترحيلها، وتبنت رأيا يتسق والعدالة، "
     "وبقيت الآمال معقودة عليها في أن تكون رادعة بحزم لأي تدخل أو محاولة، وأن تقدم نفسها بشكل لائق.",
     ("speaker_id",), []),
    # a sentence opened by a prince's honorifics, his name and two titles, then the verb
    ("وقضية ارتفاع عدد المواطنين عامل أساسي في زيادة عدد السيارات!!\n"
     "صاحب السمو الملكي الأمير خالد الفيصل مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة صرح في مجلسه: أن هناك أربعة طرق.",
     ("speaker_id",), ["خالد الفيصل"]),
    # Western given names that open like a clitic and a word (بريان، وودي), listed by hand
    ('وقال بريان هانسفورد المتحدث باسم المفوضية، "يلجأ اليائسون إلى إجراءات يائسة".\nوقال لي وودي ألن: «كنت أحاول تقليد بوب هوب».',
     ("speaker_id",), ["بريان هانسفورد", "وودي الن"]),
    # "وجاء في بيان X": the statement's issuer speaks (and "وجاء في البيان" names nobody)
    ("وجاء في بيان رئيس اقليم كردستان مسعود برزاني «يجب إبعاد ساحة الحرب».\nوجاء في البيان أن الوضع خطير.\n"
     "وجاء في بيان تم نشره على الإنترنت أن الهجوم كان موجها.",
     ("speaker_id", "quote_type"), [("مسعود برزاني", "direct")]),
    # a feminine participle after a sentence opened by a feminine verb ("ثم ألقت"): a woman named with a
    # feminine title speaks; an organisation (منظمة, not the feminine of منظم) or an object read as a
    # name ("توكل نموذجاً") does not
    ("ثم ألقت مشرفة إدارة النشاط إيمان الفريدي كلمة خاطبت فيها النزيلات، داعية إلى تجاوز السلبيات.\n"
     "كما وزعت منظمة الهلال الأحمر مناشير تتضمن الإجراءات الوقائية، داعية الأهالي لعدم التعرض للشمس.\n"
     "ووصفت هذا العصر بعصر المرأة، واعتبرت توكل نموذجاً مشرّفاً للمرأة العربية، مؤكدة أن فوزها اعتراف عالمي.",
     ("speaker_id", "verb"), [("ايمان الفريدي", "داعية")]),
    # "والتر" (Walter) spells like و and the article: a listed given name; "مالك" after a name and before an
    # organisation is its owner, not a third name word (but "مالك عقار" is a name); "متعهد" a title
    ("وقال والتر زاليسكو مالك شركة جروب إنه تم وضع كاميرات.\nوقال مالك عقار إن الحرب انتهت.\n"
     "وقال متعهد الحفلة جمال جاد إن الإقبال كبير.",
     ("speaker_id",), ["والتر زاليسكو", "مالك عقار", "جمال جاد"]),
    # "عن بعد" (remote) inside a title: the phrase goes on to the name
    ("من جهته أكد عميد عمادة التعلم الإلكتروني والتعليم عن بعد الدكتور يحيى الحفظي، أن الجامعة تسعى إلى تطوير العمل.",
     ("speaker_id",), ["يحيي الحفظي"]),
    # a titled name opening the sentence before its own verb (SV), then "وقالت" with no subject: hers, not the
    # last speaker's (the report)
    ('وأشار التقرير إلى أن المجموعة ظهرت العام الماضي.\nمديرة الاستخبارات في الشركة لورا جالانت، أعطت تحليلات عميقة، '
     'وقالت: "بما أننا نواصل تتبع المجموعة فسنتمكن من الكشف عن المزيد".',
     ("speaker_id", "verb"), [("inst:التقرير", "وأشار"), ("لورا جالانت", "وقالت")]),
    # SPA's double slashes around a quotation are quotation marks (not a speaker named "//"); a verse quoted in
    # the speaker's words ("قال الله تعالى «...»") is scripture and leaves the statement indirect
    ("وأوضح مدير المستشفى العميد عطيه بن محمد الزهراني، أن العملية نادرة.\n"
     "وقال // إن هذا النجاح يأتي ضمن استراتيجية الإدارة العامة للخدمات الطبية // .\n// انتهى //\n"
     "وقال الوزير محمد الأحمد إن المصاب كبير، قال الله تعالى «ومن أظلم ممن منع مساجد الله»، وهذا عمل إجرامي.",
     ("speaker_id", "quote_type"), [("عطيه بن محمد الزهراني", "indirect"), ("عطيه بن محمد الزهراني", "direct"),
                                    ("محمد الاحمد", "indirect")]),
    # a plural noun right before الذين is its antecedent: no person speaks in its clause ("يتوقع أن يصوتوا")
    ("وقال الرئيس الأمريكي باراك أوباما إن الاعتبارات السياسية تبعد المشرعين.\n"
     "ويحاول أوباما ترويج الاتفاق للمشرعين الذين يتوقع أن يصوتوا عليه الشهر المقبل.",
     ("speaker_id", "verb"), [("obama", "وقال")]),
    # a negation particle with its clitic (فلم، ولم، ولا) opens no name: "وهو يتساءل فلم يستطع صبرا"
    ("ولعل من أبرز قصص الفكر النقدي حكاية موسى والخضر وهو يتساءل فلم يستطع صبرا أن يشاهد ما ينكره.",
     ("speaker_id",), []),
    # "عبر" (also 'via') with one name the article wrote before and عن right after it: the verb 'expressed'
    ('وزار الأسطورة زيكو مقر الاتحاد البرازيلي أمس.\nوقال ديل نيرو "سيحصل زيكو على دعمنا لترشحه".\n'
     'وعبر زيكو عن سعادته بهذا الرد.\nوقال "بالنسبة لي لم أكن لأبدأ حملتي دون التحدث مع الاتحاد".\n'
     "وانتقل الوفد عبر الحدود عن طريق البر.",
     ("speaker_id", "verb"), [("ديل نيرو", "وقال"), ("زيكو", "وعبر"), ("زيكو", "وقال")]),
    # a time after the verb ("مطلع العام", "الأسبوع الحالي") is no speaker; after "يمكن أن" a verb, not a name, is
    # the subject before "ووعد", which continues the speaker
    ("وكانت الحكومة المصرية أعلنت مطلع العام أنها ستخفض الدعم.\n"
     'وحذر الوزير أحمد سالم من أن الأزمة يمكن أن تطول أشهرا ووعد "بمزيد من الدعم للمزارعين" في الموسم المقبل.',
     ("speaker_id", "verb"), [("government", "أعلنت"), ("احمد سالم", "وحذر"), ("احمد سالم", "ووعد")]),
    # one word in quotation marks, written before in them and never out of them, names a company; "مستثمر آخر" is
    # unnamed
    ('ارتفع سهم "ماستركارد" أمس.\nوذكرت "ماستركارد" في بيان أنها رفعت أرباحها.\nوقال مستثمر آخر إن العرض لا يعكس قيمة الشركة.\n'
     'وقال المدرب سعود الباز إن الفريق جاهز.\nوأشار "الباز" إلى أن المباراة صعبة.',
     ("speaker_id", "speaker_type"), [("inst:ماستركارد", "institution"), ("anon:مستثمر", "anonymous"),
                                      ("سعود الباز", "person"), ("سعود الباز", "person")]),
    # a dual or plural verb or participle after a statement of two people ("وقال X وY") goes on for both
    ('وقال وزير الخارجية أحمد سالم ونظيره الأردني خالد عمر إن التعاون مستمر، مشيرين إلى أن اللجنة ستجتمع قريبا.\n'
     'وأكدا أن "الحدود آمنة تماما".\nوقال سالم إن الزيارة ناجحة، مشيرين إلى أن الوفد عاد.',
     ("speaker_id", "verb"), [("احمد سالم", "وقال"), ("خالد عمر", "وقال"), ("احمد سالم", "مشيرين"), ("خالد عمر", "مشيرين"),
                              ("احمد سالم", "وأكدا"), ("خالد عمر", "وأكدا"), ("احمد سالم", "وقال"), ("احمد سالم", "مشيرين")]),
    # two surnames of players named in full before (رياض, a listed given name) share the verb; a dual verb after
    # "الذي" has no one subject ("قدم شرحا": an explanation); "سيكون" is a verb, not a name
    ("وقع النادي عقدا مع اللاعب رياض العريني كما وقع عقدا مع اللاعب خالد القصيمي.\n"
     "من جانبه أبدى العريني والقصيمي سعادتهما بالانضمام للفريق.\n"
     "والتقى الوفد رئيس الجامعة الدكتور جمعان رشيد، الذي قدم شرحا عن مهام الجامعة.\n"
     "وعن أبرز التأثيرات، قال سيكون من الواضح انخفاض الكلفة.",
     ("speaker_id", "verb"), [("رياض العريني", "أبدى"), ("خالد القصيمي", "أبدى")]),
    # a surname spelled like a title (نجم 'star') after a listed given name, before a comma or alone after the full
    # name; a given name with و in a list ("وعصام الصغير"); فاليري (Valerie) opens like ف and the article
    ("دشن الوزير الطابع بحضور خالد نجم، وزير الاتصالات، وعصام الصغير، رئيس هيئة البريد.\n"
     "وقال نجم في البيان إن الطابع يحمل صورة سفينتين.\nوقال الصغير إن الطابع صممه فنان.\n"
     "وقال إبراهيم نجم، مستشار المفتي، إن المؤتمر مهم.\nوقال فاليري بيرال وهو أستاذ بجامعة أكسفورد إن النتائج مهمة.",
     ("speaker_id", "speaker_type"), [("خالد نجم", "person"), ("عصام الصغير", "person"), ("ابراهيم نجم", "person"),
                                      ("فاليري بيرال", "person")]),
    # a relay "نقلت X عن" a title with its complement, then the name: the name speaks
    ("ونقلت وكالة رويترز عن محلل سوق النفط في بنك كومرتس الخبير المعروف كارستن فرتش أن السعر يتراوح.\n"
     "ونقلت وكالة إنترفاكس عن المتحدث باسم المكتب الرئاسي في روسيا ديمتري بيسكوف قوله إن التعديلات لم تناقش.",
     ("speaker_id", "via_agency"), [("كارستن فرتش", "reuters"), ("peskov", "interfax")]),
    # a family named after its forebear's given name ("فراج الفراج") is a name after any title, also in a relative clause
    ('ويشرف على الدورة نائب مدير عام المعهد فراج الفراج الذي أوضح أن الهدف إعداد المدربين.\nوقال: "تحتوي الدورة على موضوعات مختلفة".',
     ("speaker_id", "quote_type"), [("فراج الفراج", "indirect"), ("فراج الفراج", "direct")]),
    # an adverb in -an (واضحا) opens no name, unless a surname follows it (ياسمينا العلواني)
    ('لكن رد الاتحاد الدولي للسباحة كان واضحا إذ أكد عدم وجود أي حدود عمرية.\nوقالت المطربة ياسمينا العلواني إن الحفل رائع.',
     ("speaker_id",), ["ياسمينا العلواني"]),
    # a name with its nasab quoted after a title is read whole; "حديثا" (recently) after a title opens no name
    ('يفتخر الطالب «غشام بن إبراهيم الفارس» من إدارة تعليم منطقة الرياض بما شاهده.\nوقال «الفارس» في حديثه لـ«عكاظ» إن الجناح تميز.\n'
     'عبر لاعب الفريق والمنتقل حديثا لصفوفه من نادي القادسية سيف الحشان عن استيائه الشديد.',
     ("speaker_id",), ["غشام بن ابراهيم الفارس"]),
    # ب and a listed person's name is the object, not part of the subject's title; "ومضى" (went on) is no name
    ('وأشاد الرئيس الكيني أوهورو كينياتا بأوباما واصفا زيارته بأنها ناجحة.\nقال ومضى: لم ينعدم وجود الأوفياء.',
     ("speaker_id", "verb"), [("اوهورو كينياتا", "واصفا")]),
    # two of a title, then their names ("المحللان ... الدكتور X والدكتور Y") both speak; a participle set off by commas
    # before the content marker is the manner of saying ("وقال X معقبا، إن"); معقبا is never a name
    ('وكشف الدكتور عبدالله التركي أن الرابطة تدعم.\nوقال الدكتور التركي معقبا، إن الرابطة تأمل من المؤسسات.\n'
     'أكد المحللان السياسيان الدكتور عبدالله القباع والدكتور محمد السعيد أن العلاقات قوية.\n'
     'وقال الدكتور السعيد أستاذ العلوم السياسية بجامعة القاهرة معقبا، إن الزيارة مهمة.\nيقول معقباً على فضيلته إن جنس الإنسان مغيب عن ذهنه.',
     ("speaker_id", "verb"), [("عبدالله التركي", "وكشف"), ("عبدالله التركي", "وقال"), ("عبدالله القباع", "أكد"),
                              ("محمد السعيد", "أكد"), ("محمد السعيد", "معقبا")]),
    # "آراء" (opinions) speak as an unnamed group; غير and a participle are an adjective ("غير معلنة"), no saying
    ('وأشارت آراء متفائلة إلى أن هذا سيكون مدعاة لإعادة السهم.\n'
     'وأضاف الوزير محمد السالم أن التقليص سيزيل أي شكوك حول وجود معلقات غير معلنة على الشركة، مما يعطي رسائل عديدة.',
     ("speaker_type", "verb"), [("anonymous", "وأشارت"), ("person", "وأضاف")]),
    # a wire agency told, after the speaker and right before the content, is no part of the speaker ("وأبلغ X رويترز")
    ('وأبلغ المتحدث باسم فينيفست رويترز "تم تحديد موعد نهائي لنقل الحصة".\nوقال مراسل رويترز إن القصف استمر.',
     ("speaker_id", "speaker_type"), [("role:المتحدث باسم", "person"), ("reuters", "agency")]),
    # the feminine ranks are ranks: after الدكتورة two name words are a name, even one spelled like a common noun
    ('وقالت الدكتورة ياسمين الفاطمي إن الوضع صعب.', ("speaker_id",), ["ياسمين الفاطمي"]),
    # after a listed given name, السيد (Mr) is the family name even before a description or a title
    ('وأوضح الحرفي سالم السيد القادم من ينبع أن الصناعات تجد إقبالا.\nوقال محمد السيد الرئيس التنفيذي للشركة إن الوضع صعب.',
     ("speaker_id",), ["سالم السيد", "محمد السيد"]),
    # vox-pop titles (الزائر، المواطنة ...); after a comma, a bare verb with a titled full name right after it opens a
    # statement of its own even without a content marker ("، وعد الزائر X المهرجان متنفسا")
    ('وأوضح الحرفي سالم الغامدي أن الصناعات تجد إقبالا, وعد الزائر طارق اللهيبي المهرجان متنفسا للجميع, مبينًا أن الفكرة رائعة.',
     ("speaker_id", "verb"), [("سالم الغامدي", "وأوضح"), ("طارق اللهيبي", "وعد"), ("طارق اللهيبي", "مبينًا")]),
    # after a title: ب and a noun is the object (no name); صباح is a given name unless a time follows; علي and a given name
    ('وطالب المواطن بتنفيذ عبارات وجسور ومشاريع لدرء أخطار السيول.\n'
     'طالبت المواطنة صباح السلمي وزير الصحة بإنصافها في إعادة وظيفتها.\n'
     'ومن جانبه، أشار المواطن علي إبراهيم إلى أن نصر الجنود فرحة للأهالي.',
     ("speaker_id",), ["صباح السلمي", "علي ابراهيم"]),
    ('وقال الوزير صباح اليوم إن الوضع صعب.', ("speaker_id",), ["role:الوزير"]),
    # أبلغ names whom it informed before عن ("أبلغ X الإدارة الأميركية عن حاجته"); هنا (here) is never a name
    ('أبلغ الرئيس الأوكراني بيوتر بوروشينكو الإدارة الأميركية عن حاجته إلى صواريخ لمقاومة العدوان.\n'
     'وعلى هامش زيارة الوزيرة أعلن هنا أن القوات ستحصل على منحة.', ("speaker_id",), ["بيوتر بوروشينكو"]),
    # فالح is a given name (not ف and a word with the article); statements "of" X ("تصريحات للرئيس X أكد فيها"): X speaks
    ('بدوره، أكد عضو مجلس محافظة الأنبار فالح العيساوي أن "القوات تفرض سيطرة كاملة على الجامعة".\n'
     'أعلن متمردو حركة الشباب مسؤوليتهم عن قتل نائب، بعد ساعات على تصريحات للرئيس الأمريكي باراك أوباما أكد فيها أن الحركة قد "ضعفت".',
     ("speaker_id",), ["فالح العيساوي", "anon:متمردو", "obama"]),
    # a participle opening the sentence after the speaker's quotation goes on with him; a title written right after
    # a named person (through a chain of titles, no stop between) is his later
    ('وقال ماثيو تيرنر المحلل في ماكويري "استفاد الذهب على الأرجح من المخاوف." مضيفا أن الخطوة تزيد من حالة عدم اليقين.\n'
     'يفتتح صاحب السمو الملكي الأمير خالد الفيصل مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة السوق غدا.\n'
     'وأكد سمو الأمير خالد الفيصل أن السوق سيواصل رسالته.\nوقال سمو أمير منطقة مكة المكرمة: "إن تنمية الثقافة طريقنا".',
     ("speaker_id", "verb"), [("ماثيو تيرنر", "وقال"), ("ماثيو تيرنر", "مضيفا"), ("خالد الفيصل", "وأكد"), ("خالد الفيصل", "وقال")]),
    # two words spelled like nouns (أيدي، هوى), then a title, and the second the subject of a reporting verb later: a name
    ('رفض إيدي هوي مدرب بورنموث أن تسلب الهزيمة فرحة اللعب.\nوقال هوي للصحفيين "لعبنا بشكل رائع في الشوط الأول".\n'
     'وقال عالم فلك في الجامعة إن الهلال سيظهر.', ("speaker_id",), ["ايدي هوي", "ايدي هوي"]),
    # "اللواء الأول مشاة التابع" is a brigade (مشاة، التابع never names); "، إلا أن" (however) is no content marker;
    # after a description and its object, "وقالت إنها «...»" is the same speaker's next statement
    ('قال الناطق الرسمي باسم اللواء الأول مشاة التابع للجيش الليبي أحمد الخراز، إن المظاهرات ستواجه.\n'
     'بعد أن أقر وزيرها الدكتور مفرج الحقباني فتح المجال للمواطنين، إلا أن هذه الخطوة اصطدمت بقرار الفلبين.\n'
     'فيما وصفت المذيعة مهيرة عبدالعزيز الخبر بالصادم وقالت إنها "استيقظت صباح السبت على خبر مؤسف".',
     ("speaker_id", "verb", "quote_type"), [("احمد الخراز", "قال", "indirect"), ("مهيره عبدالعزيز", "وصفت", "indirect"),
                                            ("مهيره عبدالعزيز", "وقالت", "direct")]),
    # مصلى (a prayer hall) is an imam's place, not a name; "ما" and a present verb are the object ("ما يصدر عن");
    # a quotation followed by "دون أن" (without) is quoted to its end
    ('فيما قال إمام وخطيب مصلى الإمامين العسكريين في البصرة الشيخ كامل الباهلي، إن «المطالبة غير صحيحة».\n'
     'ويعتبر ما يصدر عن السلطات السورية «محض افتراء».\n'
     'وقال وزير الإعلام الأردني د.محمد المومني لدى سؤاله: «إن الحكومة ترفض التعليق على الأمر» دون أن يبدي سبب امتناعه.',
     ("speaker_id", "quote_type"), [("كامل الباهلي", "direct"), ("محمد المومني", "direct")]),
    # "من جانبه" opens another speaker's turn even with no stop before it; a present verb before أن is no name
    ('وقال الخمري أن الهدف هو تنشيط السياحة الداخلية من جانبه قال عبد الرحمن بن جبر المطيري عضو الوفد أن البيوت كثيرة.\n'
     'ولكن رئيس النادي السعودي يريد أن يحاكي هذه الطريقة، معتقدا أنها هي الطريقة المثلى.',
     ("speaker_id",), ["الخمري", "عبد الرحمن بن جبر المطيري"]),
    # a relative clause "in which" he said (الذي كشف فيه) after a comma: the statement's owner speaks, not the one before
    ('علق المتحدث الرسمي هاني حجازي على تصريح رئيس لجنة الاحتراف، الذي كشف فيه عن أن اللجنة لم تتلق الحوالات، '
     'حيث قال حجازي: «صحيح أنه لا يحق لنا التسجيل».', ("speaker_id",), ["role:رييس لجنه الاحتراف", "هاني حجازي"]),
    # after a preposition a participle's form is a noun ("حول مطالبة البعض"), no verb between the speaker and the quotation;
    # a word and أي (any) after a title are the verb's object, not a name
    ('قال المتحدث باسم الانتخابات المهندس جديع القحطاني، ردا على سؤال «عكاظ» حول مطالبة البعض بتأجيل مشاركة المرأة: '
     '«هناك بعض الآراء التي تدعو إلى ذلك».\nونفى المتحدث باسم الانتخابات البلدية ضبط أي عملية بيع أصوات.',
     ("speaker_id", "quote_type"), [("جديع القحطاني", "direct"), ("جديع القحطاني", "indirect")]),
    # a question in an interview ("لا يرى ...") is no subject of the answer's verb ("- لقد ذكرت لك")
    ('وقال المدير عبدالله الشهري إن الاستقدام تغير.\n* ولكن المواطن لا يرى مثل هذا الاهتمام..   - لقد ذكرت لك أننا نراعي مصالح المواطن.',
     ("speaker_id",), ["عبدالله الشهري", "عبدالله الشهري"]),
])
def test_who_speaks_in_context(analyzer, body, fields, expected):
    assert said(analyzer, body, *fields) == expected


def test_the_person_named_before_a_relative_pronoun_speaks(analyzer):
    body = ("وقال الوزير خالد العمر إن الخطة جاهزة. ومن بين هؤلاء الملياردير الروسي يوري ميلنر الذي أعلن أنه يعتزم رصد المال.\n"
            "ويتفق معهم محمد السقاف وعبدالرحمن المباركي اللذان قالا: إن ما قدمه العالمي كفيل.\n"
            "هذا ما أضافه العمر الذي تابع: «سنبدأ غدا».")
    found = [(s.speaker_id, s.verb) for s in statements(analyzer, body)]
    assert found == [("خالد العمر", "وقال"), ("يوري ميلنر", "أعلن"), ("محمد السقاف", "قالا"), ("عبدالرحمن المباركي", "قالا"),
                     ("خالد العمر", "تابع")]  # (the last: the surname of a person named before, after a verb)


def test_a_plural_group_noun_that_names_its_members(analyzer):
    body = ("وقال مشجعو نادي النصر صالح الحبشي وخالد العتيبي وتركي العتيبي: إن العالمي يعرف جيدا ماذا يريد.\n"
            "وقال مسلحون من الحي إن الهجوم وقع ليلا.")
    found = [s.speaker_id for s in statements(analyzer, body)]
    assert found == ["صالح الحبشي", "خالد العتيبي", "تركي العتيبي", "anon:مسلحون"]


def test_ali_after_a_nationality_and_a_relay_by_verbal_noun(analyzer):
    body = ("نقلت صحيفة القبس الكويتية عن وزير النفط الكويتي علي العمير، توقّعه ارتفاع أسعار النفط. "
            "ونقلت الصحيفة عن الوزير قوله إن هناك ارتياحاً.\n"
            "وقال وزير النفط الكويتي علي العمير إن الأسعار سترتفع.\n"
            "بدوره أثنى رئيس الوزراء الإسرائيلي على القوة التي اطلقت النار فكتب يقول: «بودي أن أثني».")
    found = [(s.speaker_id, s.verb) for s in statements(analyzer, body)]
    # (the name علي before a family name the corpus also counts as a noun, closed by a comma or the content;
    # not "الإسرائيلي على القوة التي": the preposition)
    assert found[:3] == [("علي العمير", "نقلت"), ("علي العمير", "ونقلت"), ("علي العمير", "وقال")]
    assert all("القوه" not in s for s, _ in found)


def test_forces_loyal_to_a_listed_person_speak_themselves(analyzer):
    body = ("أكدت القوات الموالية لحكومة الرئيس اليمني عبدربه منصور هادي اليوم أنها بسطت سيطرتها.\n"
            "واتهم زعيم حزب معارض مؤيد للأكراد اردوغان بشن الضربات الجوية.")
    found = [(s.speaker_id, s.speaker_type) for s in statements(analyzer, body)]
    assert found[0] == ("inst:القوات", "institution")
    assert all("اردوغان" not in sid for sid, _ in found)  # (a title with its complement: no name read after it)


def test_the_short_name_of_a_body_named_right_before_is_no_quotation(analyzer):
    body = ('وقال وزير الطاقة سهيل المزروعي إن اللجنة تضم الرئيس التنفيذي لشركة بترول الإمارات الوطنية "اينوك" ووكيل الوزارة.\n'
            "ويرى جينز نارفيغ المحلل في بنك دانسكيان أن هذه الدول «تضررت بحق» من انخفاض أسعار النفط.")
    assert said(analyzer, body, "speaker_id", "quote_type") == [("سهيل المزروعي", "indirect"), ("جينز نارفيغ", "partial")]


def test_a_nationality_of_a_country_ending_in_ya(analyzer):
    body = "وتولى المدرب التشيلي تدريب الفريق، وعن هذا الأمر تحدث قائلا: «لقد كان شرفا لي أن أدربه»."
    assert all(s.speaker_id != "التشيلي" for s in statements(analyzer, body))


def test_a_team_noun_in_a_title_and_a_rank_with_two_grades(analyzer):
    body = ("وأعلن لاعب فريق الأهلي ياسر الفهمي مغادرته صفوف الفريق.\n"
            "وقال الفريق أول ركن حسين القحطاني إن القوات جاهزة.\n"
            'ويقول قائد فريق مواجهة آثار العاصفة هناك: "نحن نستعد للعاصفة".\n'
            "قام الباحثون بقيادة الدكتور كارم شوفال بتحليل العادات. وأفاد فريق شوفال أن هذا لا يعني شيئا. "
            "وأضاف شوفال: إن هناك دراسات سابقة.")
    found = [(s.speaker_id, s.speaker_type) for s in statements(analyzer, body)]
    assert found == [("ياسر الفهمي", "person"), ("حسين القحطاني", "person"), ("role:قايد فريق", "person"),
                     ("inst:فريق شوفال", "institution"), ("كارم شوفال", "person")]  # (his team, then he: not an organisation)


def test_told_one_of_the_papers_and_a_plural_noun_with_its_pronoun_are_no_names(analyzer):
    body = ("وقد وضعت كورتني ستيوارت صورة الطفل على صفحتها. وقالت لإحدى الصحف: إن الطفل كان يحب الغسالة.\n"
            "واصل الفريق الأول لكرة القدم بنادي القادسية تدريباته ضمن البرنامج الإعدادي. وقال : أحب أن أطمئن الجميع.")
    found = [s.speaker_id for s in statements(analyzer, body)]
    assert "لاحدي الصحف" not in found and not any("تدريباته" in f for f in found)


def test_a_compound_name_written_apart_instead_a_verb_after_a_statement_noun(analyzer):
    body = ("قال نجم الفريق حسين عبدالغني إن الفريق قادر. وعن غيابه قال عبد الغني :\"الفريق يعج بالأسماء\".\n"
            "وتوقعت المؤسسة بدلاً من ذلك انزلاق الاقتصاد إلى الركود.\n"
            'وبحسب بيان تمكن المكتب المركزي للتحقيقات من "تفكيك خلية ارهابية".')
    found = [s.speaker_id for s in statements(analyzer, body)]
    assert found[:2] == ["حسين عبدالغني", "حسين عبدالغني"]  # (the family name written apart the second time)
    assert "بدلا" not in found and "تمكن" not in found  # (an adverb; a verb and its subject after a statement noun)


def test_a_name_before_its_verb_with_an_aside_between_dashes(analyzer):
    body = ("وأضاف التاجر أن الأسعار مرتفعة.\n"
            "حسين عطية - بائع عطور - يقول من جانبه «كانت حركة البيع جيدة في العشرة أيام الأولى».\n"
            "أما السيد حسن - بائع في محل «عطارة» - فيقول: «نسبة مبيعاتنا لا تصل إلى 40% هذا العام».\n"
            "وبالمقابل يرى محمد عباس - بائع في أحد محلات الساعات - أن مبيعاتهم كانت جيدة جدا.")
    assert said(analyzer, body, "speaker_id", "quote_type")[1:] == [("حسين عطيه", "direct"), ("حسن", "direct"), ("محمد عباس", "indirect")]


def test_a_tweeter_before_his_verb_and_a_topic_after_a_comma(analyzer):
    body = ("وقد تفاعل عدد من المغردين مع القصة.\n"
            "المغرد خالد المرزوق قال في تغريدة “يعجز الإنسان عن تصور مثل هذا الفعل”، أما المغرد عبد الكريم العنزي فقد طالب "
            "بتكريمه في تغريدة أخرى.\n"
            "وأكد الوزير أن الوضع مستقر، أما رئيس الوزراء فقال إن الحكومة ستتحرك.")
    found = [(s.speaker_id, s.verb, s.content) for s in statements(analyzer, body)]
    assert [f[:2] for f in found] == [("خالد المرزوق", "قال"), ("عبد الكريم العنزي", "طالب"), ("role:الوزير", "وأكد"),
                                      ("role:رييس الوزراء", "فقال")]
    assert found[2][2] == "الوضع مستقر"  # (the topic after the comma is no part of the content before it)


def test_a_speaker_set_off_by_an_aside_with_wahuwa(analyzer):
    body = ("وقال المدرب إن الفريق جاهز. لكن وولتر غولييلموني، وهو الأخ غير الشقيق لكافاني ومدير أعماله، كشف بان اللاعب حصل "
            "على ضمانات.\nوفي لقاء آخر مع حسين المعلاق, وهو صاحب أحد محلات الفواكه, أوضح أن العنب مطلوب.")
    assert [s.speaker_id for s in statements(analyzer, body)] == ["role:المدرب", "وولتر غولييلموني", "حسين المعلاق"]


def test_names_with_abd_ali_a_father_after_ali_and_a_tribe_after_a_clan(analyzer):
    body = ("وقال المواطن حسين عبد علي إن الأسعار مرتفعة.\n"
            "ونقل عن وزير النفط الكويتي علي صالح العمير أمس الأول ثقته في آفاق الطلب قائلا: «إن الدول المنتجة تتوقع ذلك».\n"
            "ثم كلمة لصاحب الجائزة الدكتور ساعد العرابي الحارثي رحب فيها بالحضور وهنأ المكرمين.\n"
            "وحرص الوفد الكويتي على صالح المواطنين في الخارج، وقال المدرب محمد العتيبي السعودي إن الفريق جاهز.")
    found = [s.speaker_id for s in statements(analyzer, body)]
    # (welcoming the guests in a speech is said; a nationality after a family name is no tribe's nisba)
    assert found == ["حسين عبد علي", "علي صالح العمير", "ساعد العرابي الحارثي", "محمد العتيبي"]
    body = ("دعا المرجع الديني محمود الصرخي الحسني إلى تدويل القضية. وفي تصريحات نشرت على موقعه، دعا الصرخي الأمم المتحدة "
            "إلى تبني شؤون العراق.\nمن جانبه ثمن اللواء مستور الحارثي المستوى الذي ظهر عليه رجال الأمن.")
    found = [(s.speaker, s.speaker_id) for s in statements(analyzer, body)]
    # (the clan's name alone is the person's; a noun in ى before its relative clause is no tribe's nisba)
    assert found[1:] == [("الصرخي", "محمود الصرخي الحسني"), ("اللواء مستور الحارثي", "مستور الحارثي")]


def test_a_name_joined_by_abu_before_a_title_and_the_one_it_befell_to_say(analyzer):
    body = ("وقالت أنوار أبو سكينة، المتحدثة باسم المنظمة، لوكالة «رويترز»: «يبلغ العجز الآن 101 مليون دولار».\n"
            "سبق لوزير خارجية أمريكا السابق «جورج شولتز» أن قال بداية عام 1987 أن القضية دخلت الثلاجة.")
    # (a first word shaped like a verbal noun, أنوار, then أبو and a title after a comma; a listed surname, شولتز,
    # after another given name in quotation marks is someone else)
    assert said(analyzer, body, "speaker_id", "quote_type") == [("انوار ابو سكينه", "direct"), ("جورج شولتز", "indirect")]


def test_a_person_introduced_by_ismuhu_right_before_the_verb(analyzer):
    body = ("أما ثالثة الأثافي فهي أن صديقا لي اسمه أحمد قال لي إنه اشترى ذات يوم لبن ناقة.\n"
            "وكان شاب يدعى خالد الحربي قد قال إن الحادث وقع ليلا.")
    # (قال before لي "to me" is the verb, not a name's middle word)
    assert [s.speaker_id for s in statements(analyzer, body)] == ["احمد", "خالد الحربي"]


def test_an_official_named_after_where_he_works_and_a_long_title_before_a_relative(analyzer):
    body = ("وأكد مسؤول (بارع) في الأحساء محمد عبدالعزيز العويفير أن الحرفيين مؤهلون.\n"
            "وقال مسؤول في الوزارة إن القرار نهائي.\n"
            "مصطفى البرغوثي الأمين العام للمبادرة الفلسطينية عضو المجلس التشريعي الفلسطيني، الذي يسعى جاهدا لكشف "
            "الإرهاب في المحافل الدولية، أكد على ضرورة أن يقف العالم أمام مسؤولياته.\n"
            "ونقلت إحدى الصحف تصريحات للمدرب قال فيها إنه يشعر بالإحباط. ووعد المدرب مشجعي فريقه بحل جميع المشكلات.\n"
            "وكانت محكمة استئناف طهران أكدت إدانته بتهمتين.")
    found = [s.speaker_id for s in statements(analyzer, body)]
    # (no name after the unnamed official; a plural noun in construct after a title, and a noun in ة with
    # its pronoun, are no names)
    assert found[:4] == ["محمد عبدالعزيز العويفير", "anon:مسوول", "مصطفي البرغوثي", "role:مدرب"]
    assert not any("مشجعي" in f or "ادانته" in f for f in found)


def test_a_topic_with_a_quoted_name_a_written_post_and_scholars_as_a_group(analyzer):
    body = ('أما المواطن "علي بن قاسم" فطالب الجهات المعنية بمضاعفة الجهود بالرقابة على المتنزهات.\n'
            "وتحولت شركة جوجل التي أسسها لاري بيدج وسيرجي برين عام 1998. وكتب بيدج الرئيس التنفيذي الحالي لجوجل تدوينة "
            "قال فيها “سيسمح لنا الهيكل الجديد بالتركيز على الفرص”.\n"
            "أكد علماء ووجهاء محافظة القطيف ان تفجير المسجد كشف الوجه البشع للاجرام.")
    # (after أما, the object follows the verb with ف, and the quoted name is no content; the writer of a post
    # speaks in it, named in full as before)
    assert said(analyzer, body, "speaker_id", "quote_type") == [("علي بن قاسم", "indirect"), ("لاري بيدج", "direct"),
                                                                 ("anon:علماء", "indirect")]


def test_wa_a_verb_and_a_full_name_open_a_statement_inside_another_content(analyzer):
    body = ("وقال علماء إن المشروع تتضاءل الى جانبه أي برامج أخرى خارج كوكب الارض وقال دان ويرثايمر أحد مستشاري "
            "المشروع إن الموقع مهم.\n"
            "وأوضح المدير أن الجمعية ودعت بكل حب وتقدير 27 مصابا. وعلقت هيفاء على ما قاله بأنها خافت.")
    found = [s.speaker_id for s in statements(analyzer, body)]
    # (not "ودعت بكل حب": a verb of farewell and its adverb; nor "هيفاء على": the preposition)
    assert found[:3] == ["anon:علماء", "دان ويرثايمر", "role:المدير"] and len(found) == 3


def test_based_on_a_titled_name_then_fa_inna(analyzer):
    body = "واستنادا إلى المدير خالد العلي فإن المشروع ناجح. واستنادا إلى هذه المعطيات قررت الوزارة الإغلاق."
    assert said(analyzer, body, "speaker_id", "verb") == [("خالد العلي", "واستنادا إلى")]


def test_went_on_talking_by_saying_is_the_last_speaker(analyzer):
    body = ("وقال المدرب خالد العلي: «الفريق جاهز».\n"
            "وواصل حديثه بالقول: «عملت مؤخرًا مع الحكام»، معبرًا عن سعادته بشغل هذا المنصب، متمنيًا أن ينقل خبراته.")
    assert said(analyzer, body, "speaker_id", "verb", "quote_type") == [
        ("خالد العلي", "وقال", "direct"), ("خالد العلي", "بالقول", "direct"), ("خالد العلي", "معبرًا", "indirect"),
        ("خالد العلي", "متمنيًا", "indirect")]


def test_an_abbreviated_rank_and_a_given_name_in_ya_before_a_title(analyzer):
    body = ("وأكد مدير جامعة الملك خالد أ.د. عبدالرحمن بن حمد الداود أن التفجير جريمة. وقال الداود إن الأمر مهم.\n"
            "من جهتها، نفت ليا تسيميل، محامية حزران الإسرائيلية، التهم الموجهة إلى موكلها، قائلة لوكالة «رويترز» إن حزران بريء.")
    # (أ.د. ends no sentence and is no name; ليا before a title set off by commas is a given name, not an adverb in -يا)
    assert [s.speaker_id for s in statements(analyzer, body)] == ["عبدالرحمن بن حمد الداود", "عبدالرحمن بن حمد الداود", "ليا تسيميل"]


def test_an_outlet_told_after_a_time_clause(analyzer):
    body = "بعد أن أعلن رئيس النادي جيجي بيكالي لصحيفة برو سبورت الرومانية أنهم بصدد إنهاء الصفقة."
    found = analyzer.analyse(make_article("عنوان الخبر\n" + body))
    assert [(a.agency, a.kind) for a in found.attributions] == [("prosport", "text")]


def test_kana_and_a_given_name_and_names_after_ranks_and_titles(analyzer):
    body = ("وكان جون كيري وزير الخارجية الأمريكي أبلغ المنتدى أن الصين تقيد حرية الملاحة.\n"
            "وقال الدكتور علي العمري رئيس منظمة “فور شباب”: “سافرت لأحضر زواجه”. وشدد العقيد على أهمية الالتزام.\n"
            "وتزامن ذلك مع تصريح رئيس اللجنة حاكم الزاملي الذي أعلن أن جهات سياسية تحاول حرف الحقيقة. "
            "وقال حاكم ولاية تكساس إن الإعصار قوي. وقال نائب حاكم الإقليم عبدالستار باريز إن الهجوم صد.\n"
            "ذكر ذلك رئيس البلدية المهندس عصام الملا في تصريح صحفي، موضحا أن البلدية أغلقت المطعم.")
    found = [s.speaker_id for s in statements(analyzer, body)]
    # (the subject before the verb after كان, not its object المنتدى; العمري a family name after a rank, not على;
    # حاكم a given name after a title's complement, a title before ولاية / الإقليم; الملا a family name after a rank)
    assert found == ["kerry", "علي العمري", "role:العقيد", "حاكم الزاملي", "role:حاكم ولايه", "عبدالستار باريز", "عصام الملا"]


def test_the_one_met_in_an_interview_noun_of_the_shared_list(analyzer):
    body = ("وقال الوزير إن الاتفاق إطاري. وفي حديث لي مع فاليري لينسي، المديرة التنفيذية لمشروع ويسكونسن، قالت إن الوثيقة "
            "تركت مساحة كافية للتراجع.")
    assert [s.speaker_id for s in statements(analyzer, body)] == ["role:الوزير", "فاليري لينسي"]


def test_a_noun_with_an_indefinite_adjective_in_iyya_is_no_name(analyzer):
    body = ("توقعت الرئاسة العامة للأرصاد سماء غائمة جزئيا، فيما يتوقع هطول أمطار رعدية على مناطق عسير والباحة. "
            "وقال غيوم كلارييه: \"الطقس سيتحسن\".")
    # (a person's name may open with a common noun, "غيوم", when its next word is none)
    assert [s.speaker_id for s in statements(analyzer, body)] == ["غيوم كلارييه"]


def test_according_to_a_title_then_a_name_set_off_before_fa_sawfa(analyzer):
    body = ("واستنادًا إلى مدير عام «مازيراتي» في الشرق الأوسط والهند وأفريقيا، أمبرتو سيني، فسوف تستهدف خطط الشركة "
            "تحقيق مبيعات كبيرة.\nووفقا لتقرير الصحيفة، فقد أشار خبراء في مجال الأمن إلى أن الموقع زائف.")
    found = said(analyzer, body, "speaker_id", "verb", "content")
    # (the content after فسوف keeps سوف; after "فقد أشار" the verb has its own speaker)
    assert found[0] == ("امبرتو سيني", "واستنادًا إلى", "سوف تستهدف خطط الشركة تحقيق مبيعات كبيرة.")
    assert [f[1] for f in found[1:]] == ["أشار"]


def test_a_time_clause_with_a_named_speaker_inside_a_content_with_no_that(analyzer):
    body = ("وأبلغت إدارة النادي اللاعبين عن عدم حاجة الفريق لهما بعد أن قرر المدرب الاستغناء عنهما، وربما تفشل عودتهما "
            "بعد أن أعلن رئيس النادي جيجي بيكالي أنهم بصدد إنهاء صفقة الثنائي.\n"
            "وأعلنت الحركة تعيين زعيم جديد لها بعدما أكدت يوم الخميس نبأ وفاته من دون تحديد تاريخها.")
    found = said(analyzer, body, "speaker_id", "content")
    assert found[1] == ("جيجي بيكالي", "بصدد إنهاء صفقة الثنائي.")
    assert found[0][1].endswith("وربما تفشل عودتهما")  # (the time word is no part of the content before)
    assert "نبا وفاته" not in [f[0] for f in found]  # (no subject after أكدت: "نبأ وفاته" is its object)


def test_a_tribal_nisba_after_a_listed_given_name_and_a_family_name(analyzer):
    body = ("وعبر رئيس الوفد مشرف النشاط الاجتماعي بتعليم الرياض عبدالرحمن الجويد العيسى عن شكره للأمير على حسن الاستضافة.\n"
            "وقال محمد الأحمد السعودي إن الزيارة مفيدة.")
    # (a nationality after the family name is no part of the name)
    assert [s.speaker_id for s in statements(analyzer, body)] == ["عبدالرحمن الجويد العيسي", "محمد الاحمد"]


def test_a_participle_ending_a_while_clause_whose_verb_reports_nothing(analyzer):
    body = ("عبر فيه مغردون عن استنكارهم الجريمة، فيما نشر الدكتور طارق الحبيب صورة لمنهل برفقة ابنته مؤكداً أنه عمل معه.\n"
            "وأفاد المشرف العام على البرنامج، أن موعد التحكيم أثناء فترة السوق، فيما ستعلن أسماء الفائزين في حفل رسمي، "
            "مشيرا إلى أنه يتم تشكيل لجنة تحكيم.")
    found = said(analyzer, body, "speaker_id", "verb")
    assert found[0] == ("طارق الحبيب", "مؤكداً")
    assert "اسماء الفايزين" not in [f[0] for f in found]  # (a future verb's object, not a name)


def test_a_title_that_takes_ala_then_its_complement_then_the_name(analyzer):
    body = "من جانبه، أوضح مخرج العرض والمشرف على فعاليات «الجادة» المخرج ممدوح سالم أن ميزة العرض أنه يدخل ضمن مدرسة."
    assert said(analyzer, body, "speaker_id") == ["ممدوح سالم"]


def test_a_feminine_verb_with_no_subject_does_not_go_to_a_man_the_story_opened_with(analyzer):
    body = ("مقعد رئيس لجنة الانضباط إبراهيم الربيش لا يزال شاغرا منذ أن قدم استقالته. والتحدي الأكبر وضع حد للشائعات على "
            "وسائل الإعلام التي تظهر كل حين اسم مدرب جديد، تشير إلى أن اتحاد القدم اقترب من التوقيع معه.\n")
    assert said(analyzer, body, "speaker_id") == []
    body = "فازت الفنانة نادية الجندي بالجائزة أمس. وقالت: «هذا يوم جميل في حياتي الفنية كلها»."
    assert said(analyzer, body, "speaker_id") == ["ناديه الجندي"]  # (a given name in ة: a woman may go on)


def test_a_quoted_name_before_the_content_or_after_a_title_before_the_verb(analyzer):
    body = ('وأكد "معيض الوادعي" أن كل ولي أمر لا يمكن أن يغامر.\n'
            'في حين ذكرت "هدى القحطاني" معلمة، أن موعد الدراسة يحتاج إعادة نظر.\n'
            'وما تزال المدن تنتظر قرارا، خاصة أن وزير التعليم "د. عزام الدخيل" قال خلال اجتماعه بالمديرين إن لهم الصلاحيات كافة.\n'
            'ومديرها يرفض التصريح للصحيفة.')
    assert said(analyzer, body, "speaker_id") == ["معيض الوادعي", "هدي القحطاني", "عزام الدخيل"]


def test_a_name_opening_with_letter_initials_and_the_official_again(analyzer):
    body = ('وقال المتحدث باسم الوزارة ن.ن. كول "لقد وجهنا رسائل لمزودي خدمات الإنترنت". '
            "وأشار المسؤول الهندي إلى أن هذه الخطوة ترمي إلى وقف المواد.\nوقال مسؤول آخر إن القرار مؤقت.")
    assert said(analyzer, body, "speaker_id") == ["ن.ن كول", "ن.ن كول", "anon:مسوول"]


def test_a_participle_goes_on_with_the_speech_the_sentence_held(analyzer):
    body = ("وقد تخلل الاحتفال كلمة آندي كار الرئيس التنفيذي للشركة، هنأ فيها الجميع بالعيد، متمنيا التوفيق للجميع، "
            "مشيرا إلى أن الإنجازات نتاج لجهود الموظفين.")
    assert said(analyzer, body, "speaker_id", "verb") == [("اندي كار", "مشيرا")]


def test_informed_an_outlet_then_who_informed_it(analyzer):
    body = ("إلى ذلك أبلغ «عكاظ» مدير عام فرع المصلحة في محافظة جدة أحمد بن عبيد الطائفي أنه في ضوء استكمال المنظومة "
            "أطلقت المصلحة الأرشفة.")
    assert said(analyzer, body, "speaker_id") == ["احمد بن عبيد الطايفي"]


def test_a_two_letter_verbal_noun_and_its_definite_complement_is_no_name(analyzer):
    body = "وبالتعاقد مع هذا اللاعب يكون الاتحاد قد أعلن أيضًا فك الارتباط مع اللاعبين.\nوقال عز الدين الفاسي إن العقد انتهى."
    assert said(analyzer, body, "speaker_id") == ["عز الدين الفاسي"]


def test_a_title_with_its_pronoun_then_a_name(analyzer):
    body = "وأكدت الوكالة أنها قلقة جدا، وقال رئيسها كريغ ريدي إنه «سيتم فتح تحقيق موسع»."
    assert said(analyzer, body, "speaker_id", "quote_type") == [("inst:الوكاله", "indirect"), ("كريغ ريدي", "direct")]


def test_a_long_complement_then_a_rank_and_the_name(analyzer):
    body = ("في الشأن ذاته، أوضح الباحث الرئيسي في دراسة تطوير برنامج الترجمة في المسجد الحرام الدكتور رمزي بن أحمد الزهراني "
            "أن الدراسة تهدف إلى التعرف على تاريخ الترجمة.\nوفي بيان مقتل الدكتور سالم العلي قال الأمن إن التحقيق جار.")
    assert said(analyzer, body, "speaker_id") == ["رمزي بن احمد الزهراني", "inst:الامن"]


def test_a_body_quoted_after_a_title_then_the_name(analyzer):
    body = ("من جانبه أكد مدير عام «ماجد للتنمية المجتمعية» همام زارع، أن هذه الشراكة تأتي لتفعيل مبادئها.\n"
            "وكشفت صحيفة «لا ناسيون» قبل أسابيع أن النيابة اكتشفت الشركة.")
    assert said(analyzer, body, "speaker", "speaker_id") == [
        ("مدير عام «ماجد للتنمية المجتمعية» همام زارع", "همام زارع"), ("صحيفة", "outlet:لا ناسيون")]


def test_a_family_name_spelled_like_a_verb_before_the_content(analyzer):
    body = "وقال المخرج محمد طالب، إن مسرحيات الطفل هدفت لإيصال معان سامية."
    assert said(analyzer, body, "speaker_id", "verb") == [("محمد طالب", "وقال")]


def test_a_surname_alone_after_the_full_name_was_written_where_nobody_spoke(analyzer):
    body = ("وذكر أحمد فوزي إن الممثل الخاص برناردينو ليون سيكون في جنيف يوم الاثنين، ولم تعد تدير ليون الجلسة.\n"
            "وأشار ليون إلى أن تقدماً كبيراً تم إحرازه حتى الآن.")
    assert said(analyzer, body, "speaker_id") == ["احمد فوزي", "برناردينو ليون"]


def test_a_present_verb_after_the_sentence_s_topic(analyzer):
    body = ("وعن حديقة المطار يقول عبدالله الغامدي: عفا عليها الزمن، فلا يوجد بها سوى عدد بسيط من الألعاب.\n"
            "وحول هذه النقطة يشدد المستشار عبد المجيد على أن البرلمان لن يسلم السلطة.\n"
            "ومناهج وتدريس وتشدد في المدارس.")
    assert said(analyzer, body, "speaker", "verb") == [("عبدالله الغامدي", "يقول"), ("المستشار عبد المجيد", "يشدد")]


def test_the_given_name_basim_after_a_title_but_not_on_behalf_of(analyzer):
    body = ("وبين مدير الأكاديمية باسم اللهيبي، أن الورشة تستمر لمدة ثلاثة أيام.\n"
            "وقال المتحدث الرسمي باسم الشرطة، إن التحقيق جار.")
    assert said(analyzer, body, "speaker_id") == ["باسم اللهيبي", "role:المتحدث الرسمي باسم الشرطه"]


def test_each_of_a_list_set_off_by_commas_alone(analyzer):
    body = "وقال كل من هادي شرعبي، قاسم ياسين، وضالع حسين: زحام الجوازات هذه الأيام يصعب علاجه."
    assert said(analyzer, body, "speaker_id") == ["هادي شرعبي", "قاسم ياسين", "ضالع حسين"]


def test_a_relative_with_her_pronoun_then_a_name_and_a_byname_after_a_strict_verb(analyzer):
    body = ("وقال عمها محمد العلي إن الأمر صعب.\nوقالت والدة راكب الأمواج إن ابنها بخير.\n"
            "وبين نبيل «عم أفراح» قائلًا: «حتى أنا لم أسلم من التهم».")
    assert said(analyzer, body, "speaker_id") == ["محمد العلي", "role:والده راكب", "نبيل"]


def test_whoever_after_each_of_and_words_that_open_no_name(analyzer):
    body = ("وتمنى كل من شارك في مواقع التواصل التوفيق له.\n"
            "وبعد إنزاله المشرد الذي قال بأنه كان متعباً.\n"
            "وفي نهاية اللقاء أكد جميل قاسم سعادته بما وصل له الفريق من إعداد.\nمؤكدا ان الفريق سيبدأ الاعداد للمباراة، مؤكدا ان الفريق سيكون أفضل.\n"
            "ونفت وزيرة الخارجية لويز موشيكيوابو أي علاقة لبلادها بالأمر.")
    # (the participles opening the next line go on with جميل قاسم's statement)
    assert said(analyzer, body, "speaker_id") == ["جميل قاسم", "جميل قاسم", "جميل قاسم", "لويز موشيكيوابو"]


def test_as_a_titled_name_said_closing_the_sentence_and_a_term_known_as(analyzer):
    body = ("وتسبب انفجار شاحنة بمقتل 15 شخصاً على الأقل، كما صرح سيد ظفر هاشمي المتحدث باسم الرئيس الأفغاني.\n"
            'وأوضح الوزير عبد الواحد النبوي بأن الوزارة بصدد تطبيق نظام يعرف بـ "المؤسسة الذكية" على شبكة الإنترنت.')
    assert said(analyzer, body, "speaker_id", "quote_type") == [("سيد ظفر هاشمي", "indirect"), ("عبد الواحد النبوي", "indirect")]


def test_this_was_said_by_x_after_a_comma_and_a_body_s_name_in_quotation_marks(analyzer):
    body = ("الجدير ذكره أن نظام التسريع ينفذ سنويا للطلاب الذين أبدوا تفوقا، ذكر ذلك رئيس قسم الموهوبين الأستاذ فهد الحربي.\n"
            'وقالت "مكافحة المخدرات": على جميع المتقدمين الاستعلام عن قبولهم.\n'
            'وأكد "معيض الوادعي" أن كل ولي أمر لا يمكن أن يغامر.')
    assert said(analyzer, body, "speaker_id") == ["فهد الحربي", "inst:مكافحه المخدرات", "معيض الوادعي"]


def test_ali_and_one_name_word_closing_the_phrase_after_a_title_complement(analyzer):
    # "علي" is also the preposition على once normalised; with one more name-like word and then the
    # content it is the name (but not a noun with a pronoun, nor the object after a bare title)
    body = ("من جانبه، قال الأمين العام للنادي علي فقندش: «يحاول مثل هؤلاء فرض الترويع».\n"
            "وأكد اللاعب على جاهزيته، وقال إن الأمر مهم.")
    assert said(analyzer, body, "speaker_id") == ["علي فقندش", "role:اللاعب"]


def test_imam_and_preacher_after_another_title(analyzer):
    body = "وقال عضو هيئة كبار العلماء إمام وخطيب المسجد الحرام الشيخ الدكتور صالح بن عبدالله بن حميد: «إن ما حدث اعتداء آثم»."
    assert said(analyzer, body, "speaker_id", "quote_type") == [("صالح بن عبدالله بن حميد", "direct")]


def test_two_full_names_joined_by_and_both_speak(analyzer):
    body = "وطالب محمد النفيعي ويوسف ناصر بمحاسبة من قام بذلك التصرف."
    assert said(analyzer, body, "speaker_id") == ["محمد النفيعي", "يوسف ناصر"]
    assert said(analyzer, "واستقبل محمد النفيعي ويوسف ناصر الضيوف.", "speaker_id") == []


def test_the_question_answered_before_the_subject(analyzer):
    body = ("* هل تؤدي كثرة النوم إلى السمنة؟ ويجيب عن هذا السؤال أحمد عادل الوايل من قسم التمريض: "
            "الاثنان يؤديان للبدانة.")
    assert said(analyzer, body, "speaker_id", "quote_type") == [("احمد عادل الوايل", "indirect")]
    # (a question that goes on is no lead: "على سؤال حول المباراة" is not followed by the subject)
    body = "وأجاب على سؤال حول المباراة المدرب خالد العلي بأن الفريق جاهز."
    assert "حول المباراه" not in said(analyzer, body, "speaker_id")


def test_a_title_on_some_level_then_the_name_after_a_comma(analyzer):
    # "على المستوى الاتحادي": the title's complement, not the name علي and a family name
    body = ('وقالت رئيسة مؤتمر وزراء التعليم الألمان على المستوى الاتحادي والولايات، برونهيلد كورت، اليوم الجمعة: '
            '"معسكرات تعليم اللغة مهمة".')
    assert said(analyzer, body, "speaker_id", "quote_type") == [("برونهيلد كورت", "direct")]


def test_sons_named_by_their_given_names_alone(analyzer):
    body = "وقد عبر أبناء الفقيد عبدالرحمن ومساعد ومحمد وعبدالله عن خالص شكرهم لسموه، وقالوا إن ذلك ليس بمستغرب."
    assert said(analyzer, body, "speaker_id", "verb") == [
        ("عبدالرحمن", "عبر"), ("مساعد", "عبر"), ("محمد", "عبر"), ("عبدالله", "عبر"),
        ("عبدالرحمن", "وقالوا"), ("مساعد", "وقالوا"), ("محمد", "وقالوا"), ("عبدالله", "وقالوا")]
    # (one given name only is no list: "أبناء المنطقة" speak unnamed)
    assert said(analyzer, "وقال أبناء المنطقة إن الطريق خطير.", "speaker_id") == ["anon:ابناء"]


def test_as_announced_closing_the_sentence(analyzer):
    # "، كما/مثلما أعلن X." at the end of the sentence: the clause before is X's (an announcement
    # verb with content of its own after X is a statement of its own)
    body = ("وسيبقى المدرب في منصبه حتى نهاية الموسم، مثلما أعلن رئيس النادي خالد العلي.\n"
            "وتنتهي الأعمال في الصيف، كما أعلن وزير النقل سعد الهاجري.")
    assert said(analyzer, body, "speaker_id", "content") == [
        ("خالد العلي", "وسيبقى المدرب في منصبه حتى نهاية الموسم"), ("سعد الهاجري", "وتنتهي الأعمال في الصيف")]
    assert said(analyzer, "من الموضوعية أن تثني على المتميزين كما تنتقد المقصرين.", "speaker_id") == []


def test_a_participle_opening_the_sentence_after_the_speakers_own(analyzer):
    body = ('وقال ممثل اليونيسيف باليمن، جوليان هارنيس، إن حصول أطفال اليمن على التعليم أمر حاسم. '
            'مضيفا "إننا نبذل قصارى جهودنا لإعادة الأطفال إلى المدارس".')
    assert said(analyzer, body, "speaker_id", "quote_type") == [("جوليان هارنيس", "indirect"), ("جوليان هارنيس", "direct")]


def test_a_title_with_its_region_before_the_name(analyzer):
    body = 'وأضاف مدير المنظمة في الشرق الأوسط وشمال أفريقيا بيتر سلامة، "النتيجة المأساوية هي أن الأطفال يلقون حتفهم".'
    assert said(analyzer, body, "speaker_id", "quote_type") == [("بيتر سلامه", "direct")]


def test_a_verb_in_the_present_of_form_ten_is_no_name(analyzer):
    body = ("كشف أمين عام الاتحاد عبدالرحيم حسن نقي عن محاور المنتدى، وقال نقي بأن هذه المحاور تغطي كل الاهتمامات. "
            "وأضاف يستمد هذا المنتدى أهميته لكونه ينعقد في ظل ظروف فيها من الفرص ما يبنى أن يبحث بين أوساط الأعمال.")
    assert "يستمد" not in said(analyzer, body, "speaker_id")


def test_a_naming_noun_with_the_article_before_a_quoted_name(analyzer):
    body = "وقال رأفت الصباغ، المتحدث الرسمي لمركز الملك سلمان، إن السفينة «درب الخير» تحمل على متنها 3540 طنا من المواد."
    assert said(analyzer, body, "speaker_id", "quote_type") == [("رافت الصباغ", "indirect")]


def test_attention_caught_is_no_speaker(analyzer):
    body = ("في أحد المطاعم لفت انتباهي أن موظف المبيعات يعتذر عن تقديم وجبة طفل.\n"
            "ولفت الوزير انتباه الحضور إلى أن الموظف يعتذر.")
    assert said(analyzer, body, "speaker_id") == ["role:الوزير"]


def test_opec_speaks_as_an_institution_and_institutions_in_marks_are_names(analyzer):
    # (without its row أوبك was one name, and "رفعت أوبك" earlier made it the full name of a person)
    body = ("رفعت منظمة البلدان المصدرة للبترول (أوبك) اليوم توقعاتها. وفي تقريرها الشهري رفعت أوبك التوقعات.\n"
            "وقالت أوبك إن الإنتاج سينخفض.")
    assert said(analyzer, body, "speaker_id", "speaker_type") == [("opec", "institution")]
    # (its name in marks is a name, not a quotation)
    body = 'وأشار كروج إلى أن الصادرات ستحتل مقدمة المباحثات بين روسيا و"أوبك" آخر الشهر الجاري في موسكو.'
    assert said(analyzer, body, "quote_type") == ["indirect"]
    body = 'يقول هاري هامبسون، رئيس وحدة الجهات المانحة في "جيه بي مورجان" في أوروبا "إنها مسألة كبيرة".'
    assert said(analyzer, body, "quote_type", "content") == [("direct", '"إنها مسألة كبيرة".')]


def test_others_than_me_speak_unnamed(analyzer):
    body = "قلت وقال غيري، وسأظل أقول إن تشخيص الأزمة الحالية هو طريق العلاج."
    assert said(analyzer, body, "speaker_id", "speaker_type") == [("anon:غيري", "anonymous")]


def test_not_naming_and_surprise(analyzer):
    # "فضل عدم ذكر اسمه": ذكر after عدم is a verbal noun, no verb with "اسمه" as its subject; استغرب
    # (wondered at) reports disapproval; إزاء (towards) ends a phrase
    body = ("من جهته، قال مصدر مسؤول في الأمانة - فضل عدم ذكر اسمه- إن انقطاع المياه كان في أحد دورات المياه.\n"
            "واستغرب محمد العتيبي - زائر للمتنزه - من قيام الأمانة بوضع سيارة محملة بالماء.\n"
            "وقال السفير علاء يوسف إن اللقاء ناجح. كما أشاد بالمواقف المشرفة للرياض إزاء مصر وشعبها، منوها إلى أن المصريين لن ينسوا الدعم.")
    assert said(analyzer, body, "speaker_id", "verb_class") == [
        ("anon:مصدر", "neutral"), ("محمد العتيبي", "evaluation"), ("علاء يوسف", "neutral")]
    assert said(analyzer, "لم استغرب عندما وصل خبر الوفاة إلى أكثر من مليون مشارك.", "speaker_id") == []  # (the writer's own voice)


def test_each_of_a_list_whose_surname_is_a_common_word(analyzer):
    body = "فيما أشار كل من عايض عوضة ومحمد جبار وناصر الشهراني إلى أن الانقطاع المتكرر للشبكة يجعل الأهالي يدفعون رسوما."
    assert said(analyzer, body, "speaker_id") == ["عايض عوضه", "محمد جبار", "ناصر الشهراني"]


def test_expressed_about_then_said_with_a_colon(analyzer):
    # أعرب عن: عن opens what was expressed even when another verb's colon follows ("وقال:"); a colon right
    # after the عن phrase opens the content ("ويضيف عن الشريحة المستهدفة: «...»")
    body = "من جانبه أعرب جوسيمار سوزا روبرتو عن سعادته لتوقيعه لمصلحة فريق الفتح وقال: تعد هذه الخطوة الثانية."
    assert said(analyzer, body, "speaker_id", "verb") == [("جوسيمار سوزا روبرتو", "أعرب"), ("جوسيمار سوزا روبرتو", "وقال")]
    body = "ويضيف عن الشريحة المستهدفة: «الشريحة المستهدفة تتبين من خلال رسالة البرنامج»."
    assert said(analyzer, "وقال المدير إن البرنامج ناجح.\n" + body, "quote_type") == ["indirect", "direct"]


def test_quoted_places_in_a_list_and_pious_formulas_are_no_quotation(analyzer):
    # a plural naming noun (قرى) before a quoted name; a quoted name joined to it by "، و"; a blessing in marks
    body = 'وذكر شيخ يوسف أن قوات الأسد حاولت التقدم نحو قرى "بيت فارس"، و"بين حلبية" في ريف حماة.'
    assert said(analyzer, body, "quote_type") == ["indirect"]
    body = 'من جهته، أكد موفق جمال أن الشركة تشرفت بالتكريم من خادم الحرمين الشريفين "حفظه الله"، الذي يولي الجمعية اهتمامه.'
    assert said(analyzer, body, "quote_type") == ["indirect"]
    body = 'وطالب الخشت بأن ينتقل التعاون من مرحلة «الكيمياء المشتركة» إلى مرحلة «الشراكة الاستراتيجية».'
    assert said(analyzer, body, "quote_type") == ["indirect"]
    # (a quoted predicate is still a fragment of the speaker's words)
    body = ('وقالت الوزيرة راشماواتي سوكارنوبوتري إن الزعيم اختير للجائزة، معتبرة ان التأكيدات حول انتهاكات حقوق '
            'الانسان في بلده "خاطئة".')
    assert said(analyzer, body, "quote_type") == ["indirect", "partial"]


def test_closing_the_talk_by_saying(analyzer):
    # "واختتم حديثه بقوله «...»": the last speaker goes on; in the same sentence his earlier content ends before it
    body = 'وقال المدرب خالد سعد إن الفريق جاهز، واختتم حديثه بقوله «لست قلقا من أي شيء أبدا».'
    assert said(analyzer, body, "speaker_id", "verb", "quote_type", "content") == [
        ("خالد سعد", "وقال", "indirect", "الفريق جاهز"), ("خالد سعد", "بقوله", "direct", "«لست قلقا من أي شيء أبدا».")]
    body = 'وقال المدرب خالد سعد إن الفريق جاهز. وختم كلامه بالقول: «لست قلقا من أي شيء أبدا».'
    assert said(analyzer, body, "quote_type") == ["indirect", "direct"]


def test_a_topic_then_a_description_then_a_present_verb(analyzer):
    # "أما X صاحب محل يقول:": the named topic speaks with no ف before its verb; an unnamed description does not
    body = 'وقال التاجر أحمد سعد إن الطلب زاد. أما محمد الحيز صاحب محل فواكه يقول: إن الطلب ازداد بشكل كبير.'
    assert said(analyzer, body, "speaker_id") == ["احمد سعد", "محمد الحيز"]
    assert said(analyzer, "أما معمم عراقي معروف يقول إن الحرب انتهت.", "speaker_id") == []


def test_a_full_stop_with_no_space_and_a_book_title_in_marks(analyzer):
    # ".يذكر": a present verb right after a full stop written with no space opens a clause; "في كتابه «...»"
    # (a naming noun with its possessive) gives the book's title, no quotation
    body = 'وهو ما جعل تنظيمهم يعتمد على التطرف والإرهاب.يذكر الكاتب صالح زهر الدين في كتابه «الحركات والأحزاب الإسلامية» أن مؤسس الجماعة كان معلما.'
    assert said(analyzer, body, "speaker_id", "quote_type") == [("صالح زهر الدين", "indirect")]
    # (not "طلب عدم نشر اسمه «...»": the unnamed source's words; nor "التي كتبت روايتها «...»": a novel, no statement)
    body = 'وقال المسؤول الذي طلب عدم نشر اسمه "غرق زورق واحترق آخر".'
    assert said(analyzer, body, "quote_type") == ["direct"]
    body = 'أقام في الفندق الملك فاروق والكاتبة أغاثا كريستي التي كتبت روايتها «جريمة على ضفاف النيل» من شرفتها في الفندق.'
    assert said(analyzer, body, "speaker_id") == []


def test_name_after_a_comma_then_the_outlet_told_and_purpose_and_counts(analyzer):
    # "رئيس X، محمد جريبي لـ"الوطن" أمس، أنه": the name set off by a comma, then the outlet it told
    body = 'وأوضح رئيس لجنة الإصحاح البيئي بالبلدية، محمد جريبي لـ"الوطن" أمس، أنه تم ضبط المصنع.'
    assert said(analyzer, body, "speaker_id") == ["محمد جريبي"]
    # (not "، لتكون جمعية الأمانة": ل and a verb after the comma; not "5000 موظف مؤكداً": a count of people)
    body = ("استقبل أمين المنطقة الدكتور خالد بن عبدالقادر طاهر رئيس الجمعية. وقد ابدى الأمين سعادته بصدور ترخيص الجمعية، "
            "لتكون جمعية الأمانة هي أول جمعية تعنى بمنسوبي الأمانة البالغ عددهم أكثر من 5000 موظف مؤكداً على إن الجمعيات "
            "التعاونية اصبحت تمثل جانباً هاماً.")
    assert said(analyzer, body, "speaker_id") == ["خالد بن عبدالقادر طاهر", "خالد بن عبدالقادر طاهر"]


def test_like_others_is_no_name(analyzer):
    # "كغيري" (like others) opens no name
    body = "ولقد تابعت كغيري أن المسؤولين السعوديين يقدمون كل يوم نجاحات في السياسة الخارجية."
    assert said(analyzer, body, "speaker_type") == []


def test_words_that_came_from_someone_and_a_plural_object_after_a_title(analyzer):
    # "كلام صدر عن X نفى فيه": X speaks (not "أي رغبة" after فيه)
    body = 'وما لفت في هذا المجال كلام صدر عن أمين عام "حزب الله" حسن نصر الله نفى فيه أي رغبة للحزب بأن يستقيل سلام.'
    assert said(analyzer, body, "speaker_id") == ["حسن نصر الله"]
    # "دعا الوزير مديري إدارات التعليم": the plural after the definite title is the object; the title is the minister named before
    body = ("حيث سارع وزير التعليم الدكتور عزام الدخيل، بإصدار عدد من التكليفات الجديدة. ويتوقع التربويون أن ينطلق العام "
            "الدراسي بجدية، بعد أن دعا الوزير مديري إدارات التعليم بالمناطق إلى متابعة الاستعداد لبدء العام الدراسي.")
    assert said(analyzer, body, "speaker_id") == ["عزام الدخيل"]


def test_a_topic_then_fa_and_no_marker_and_considered(analyzer):
    # "أما X فقالت سمعت ...": after a named topic (a line opened by a space), what she said follows with no marker
    body = "وقال الزائر أحمد سعد إن المعرض جميل.\n أما الطفلة رنا خالد فقالت سمعت عن الملك فيصل من والدي كثيرا."
    assert said(analyzer, body, "speaker_id", "content") == [
        ("احمد سعد", "المعرض جميل."), ("رنا خالد", "سمعت عن الملك فيصل من والدي كثيرا.")]
    # عدّ "considered", with its speaker right after it (not "عدت إلى المنزل")
    body = 'بدوره، عدّ السفير الأميركي في بيروت ديفيد هيل، أن الجيش اللبناني قام بعمل «مدهش» للرد على التهديد.'
    assert said(analyzer, body, "speaker_id", "verb_class", "quote_type") == [("ديفيد هيل", "interpretive", "partial")]
    assert said(analyzer, "وقد عدت إلى المنزل بعد أن انتهى الاجتماع الذي حضره الوزير.", "speaker_id") == []


def test_a_surname_spelled_like_a_country_and_an_mp_for_a_bloc(analyzer):
    # "وقال السويد" after "الدكتور عبدالله السويد": the surname, not Sweden; (not "الصندوق" after "أمين الصندوق")
    body = ("أدى المدير العام للإدارة العامة للمجاهدين الدكتور عبدالله السويد وعدد من قادة القطاعات صلاة الميت على الشهيد.\n"
            'وقال السويد عقب التشييع "نحمد الله على نعمة الأمن، وهذه اللحمة بين المواطن والقيادة".')
    assert said(analyzer, body, "speaker_id", "speaker_type") == [("عبدالله السويد", "person")]
    # "النائب عن كتلة X": the bloc an MP is for is part of the title
    body = "ويرى النائب عن كتلة الأحرار حاكم الزاملي أن العراق أوفى بجميع التزاماته تجاه الكويت."
    assert said(analyzer, body, "speaker_id") == ["حاكم الزاملي"]


def test_a_dual_verb_has_no_subject_after_it(analyzer):
    # "واستنكرا غياب البلدية": the dual's subject came before; its object is no speaker (not "كشفا طبيا", a noun)
    body = ("وقام المواطنان محمد معافا وحجاب الحازمي بتحويل مسار السيول، وقالا في حديث للصحيفة إنهما سارعا بفتح طريق "
            "آخر للسيول، واستنكرا غياب البلدية التي لم تقم بدورها.")
    assert "غياب" not in said(analyzer, body, "speaker_id")


def test_a_plural_naming_noun_in_t_with_its_pronoun(analyzer):
    # "ومحافظاتها «...»": the pronoun comes off a plural in ت, which stays as written (not read as ة)
    body = "وقال المحافظ أحمد سعد إن المنطقة ومحافظاتها «بيشة والنماص» تشهد أمطارا غزيرة هذا الأسبوع."
    assert said(analyzer, body, "quote_type") == ["indirect"]


def test_a_participle_after_a_reported_clause_and_l_before_a_given_name(analyzer):
    # "وأشار إلى أن المحافظة فقدت ابنا ...، مضيفاً": the reported clause's subject is not the participle's
    body = ('وقال نائب المحافظ تركي الحارثي إن الشهيد كان بارا بوالديه.\n'
            'وأشار إلى أن المحافظة فقدت ابنا من أبنائها المخلصين، مضيفاً أن ما خفّف من مصابهم أنه مات شهيداً.')
    assert set(said(analyzer, body, "speaker_id")) == {"تركي الحارثي"}
    # (but "ولا شك أن المصمم X أفضل من لخص ... بقوله إن ...، مضيفا": no reporting verb before أن)
    body = "ولا شك أن المصمم كارل لاغرفيلد أفضل من لخص الموسم بقوله إن الموضة غير ضرورية، مضيفا بأن هناك مشكلات أهم منها."
    assert set(said(analyzer, body, "speaker_id")) == {"كارل لاغرفيلد"}
    # "قال لعبدالرحمن بن عوف": ل and a given name is whom he spoke to, no speaker
    body = "وقال لعبدالرحمن بن عوف حين تزوج إن الوليمة سنة."
    assert said(analyzer, body, "speaker_id") in ([], [""])


def test_a_list_of_two_people_whose_second_given_name_is_unlisted(analyzer):
    # "كل من محمد معافا وحجاب الحازمي": و, a name word and a family name open the second person's name
    body = "وأكد كل من محمد معافا وحجاب الحازمي أنهما سارعا بفتح طريق آخر للسيول."
    assert said(analyzer, body, "speaker_id") == ["محمد معافا", "حجاب الحازمي"]


def test_an_ellipsis_inside_a_name_in_marks_does_not_end_the_clause(analyzer):
    # 'مدير مبادرة «عسير.. وجهة سياحية»:': the ".." belongs to the initiative's name, the content follows the colon
    body = "من جهته، قال طارق خان مدير مبادرة «عسير.. وجهة سياحية»: لم نلمس أي حالات إلغاء للحجوزات."
    assert said(analyzer, body, "speaker_id") == ["طارق خان"]
    assert said(analyzer, "وصرح مجد.. وهدية الحفل كانت جميلة.", "speaker_id") == []


def test_a_compound_given_name_in_al_din_after_a_rank(analyzer):
    # "الدكتور نجم الدين الأنديجاني": نجم ('star', a title elsewhere) opens a name in الدين after the rank
    body = "رأى أستاذ التربية الدكتور نجم الدين الأنديجاني، أن المناهج الدراسية تتسم بتوصيف محدد."
    assert said(analyzer, body, "speaker_id") == ["نجم الدين الانديجاني"]
    # (not "رجل الدين": a title, the name after it)
    assert said(analyzer, "وقال رجل الدين محمد العلي إن المناهج تتسم بتوصيف محدد.", "speaker_id") == ["محمد العلي"]


def test_a_syndicate_and_a_court_are_organisations(analyzer):
    # "وكيل نقابة المهن التمثيلية الفنان X": the syndicate's name is no person's, the name follows the title
    body = 'وقال وكيل نقابة المهن التمثيلية الفنان سامح الصريطي لـ"الوطن": "الفنانة توفيت داخل غرفة العناية".'
    assert said(analyzer, body, "speaker_id") == ["سامح الصريطي"]
    body = "وقالت محكمة الاستئناف إن الحكم نهائي."
    assert said(analyzer, body, "speaker_type") == ["institution"]


def test_a_family_name_in_allah_closes_the_name(analyzer):
    # "إبراهيم محمد الجار الله": الله closes a family name (الجار الله), not the content; not a blessing ("رحمه الله")
    body = "وأشاد مدير المهرجان إبراهيم محمد الجار الله بالدعم الكبير، مؤكدا أن المهرجان ناجح."
    assert set(said(analyzer, body, "speaker_id")) == {"ابراهيم محمد الجار الله"}
    assert said(analyzer, "وقال الشيخ محمد رحمه الله إن الأمر انتهى.", "speaker_id") == ["محمد"]


def test_a_verb_form_written_with_tanween_is_a_noun(analyzer):
    # "واجه رفضاً كبيراً": رفضاً with tanween is the verbal noun (a refusal), not the dual past رفضا
    body = "إلا أن تخصص الصيدلة واجه رفضاً كبيراً من قبل كليات الصيدلة في جميع أنحاء المملكة."
    assert said(analyzer, body, "speaker_id") == []
    # (a participle keeps its tanween: "مؤكداً")
    body = "وقال الوزير أحمد سعد إن العمل مستمر، مؤكداً أن المشروع سينتهي قريبا."
    assert said(analyzer, body, "verb") == ["وقال", "مؤكداً"]


def test_a_second_place_of_the_title_before_a_rank(analyzer):
    # "رئيس بلدية الثنية وتبالة المهندس X": و and the second place belong to the title, the rank then the name
    body = "من جانبه ذكر رئيس بلدية الثنية وتبالة المهندس خالد مغدي الوادعي أنه تم إبلاغ المقاول بعمل مطبات صناعية."
    assert said(analyzer, body, "speaker_id") == ["خالد مغدي الوادعي"]


def test_a_verb_with_her_own_talk_as_its_object_goes_on(analyzer):
    # "وتابعت حديثها بكلمات متقطعة ...: «...»": her own talk is the object, the last speaker goes on
    body = ("من جهتها، تقول الشابة ريام ثابت إنها لم تصدق نفسها. "
            "وتابعت حديثها بكلمات متقطعة والدموع تنهمر من عينيها: «أشعر بأنني خلقت من جديد».")
    assert said(analyzer, body, "speaker_id", "quote_type") == [("ريام ثابت", "indirect"), ("ريام ثابت", "direct")]


def test_b_and_a_noun_with_my_opens_no_name(analyzer):
    # "وكما ذكرت بمقالي السابق، ...": the columnist's own article ("in my article"), no speaker
    body = ("والتجارية أيضا فيها ارتفاعات بلا سقف، وكما ذكرت بمقالي السابق، كل مالك له حق رفع الإيجار دون مرجعية، "
            "وحتى نكون أكثر عمقا بالمشكلة، يجب أن يكون هناك تنظيم للأسعار.")
    assert said(analyzer, body, "speaker_id") == []


def test_a_reporting_verb_with_its_object_pronoun_is_no_name(analyzer):
    # "امتدح اللاعب ووصفه بالمميز": و and a verb with its pronoun end the phrase; "أعلن رفضه": no name opens with one
    body = "وقال المدرب إن الاستغناء عنه جاء لكبر سنه، في الوقت الذي امتدح اللاعب ووصفه بالمميز، مشيرًا إلى أنه يعرفه."
    assert "ووصفه" not in said(analyzer, body, "speaker_id")
    assert said(analyzer, "وأعلن رفضه استخدام القوة ضد المتظاهرين.", "speaker_id") == []
    # (but "مارك روته": a surname spelled like روت and a pronoun)
    assert said(analyzer, "وقال رئيس وزراء هولندا مارك روته إن الاتفاق جيد.", "speaker_id") == ["مارك روته"]


def test_the_head_of_a_syndicate_is_a_title(analyzer):
    # "نقيب الأشراف، محمود الشريف، ...": نقيب (the head of a syndicate) opens the title, the name set off by commas
    body = "وقال نقيب الأشراف، محمود الشريف، في تصريح له أمس، إن الهجوم إرهابي."
    assert said(analyzer, body, "speaker_id") == ["محمود الشريف"]


def test_an_elder_called_uncle_before_his_name(analyzer):
    # 'العم "عبدالله الحكيم" يشير إلى أنه': العم (an elder's honorific) is a title, the quoted name after it his
    body = 'العم "عبدالله الحكيم" يشير إلى أنه أمضى 30 عاما في هذه المهنة.'
    assert said(analyzer, body, "speaker_id") == ["عبدالله الحكيم"]


def test_which_a_named_person_confirmed(analyzer):
    # "...، ما أكده رئيس لجنة الاحتراف الدكتور X": the clause before is X's statement
    body = "وقد سمح للهلال بتسجيل اللاعب مؤقتًا، ما أكده رئيس لجنة الاحتراف الدكتور عبدالله البرقان، ليحق له المشاركة."
    assert said(analyzer, body, "speaker_id") == ["عبدالله البرقان"]
    # (not a view of it: "، وهو ما رفضه اتحاد الكرة"، "وهو ما يصفه مواطنون بالاستغلال")
    assert "رفضه" not in said(analyzer, "وطالب النادي بالسماح للجمهور بالحضور، وهو ما رفضه اتحاد الكرة بشدة.", "verb")
    assert said(analyzer, "وارتفعت الأسعار كثيرا، وهو ما يصفه مواطنون بالاستغلال.", "speaker_id") == []


def test_ali_spelled_with_alef_maqsura_after_a_rank(analyzer):
    # "المقدم على عمير الشهراني": after a rank, على before a name word and a family name in ـي is the name علي
    body = "من جهته، أوضح المتحدث الإعلامي بالدفاع المدني، المقدم على عمير الشهراني، أنه باشر بلاغا عن سقوط مقذوف."
    assert said(analyzer, body, "speaker_id") == ["علي عمير الشهراني"]
    # (but the preposition after a rank: "وشدد العقيد على أهمية التعاون")
    assert said(analyzer, "وشدد المتحدث باسم الشرطة العقيد على أهمية التعاون مع المواطنين.", "speaker_id") == ["role:المتحدث باسم الشرطه العقيد"]


def test_ali_closing_the_name_before_a_comma_or_the_end(analyzer):
    # "وقال أحمد علي، إن": علي after a listed given name, right before a comma or the sentence's end, is the name
    assert said(analyzer, "وقال أحمد علي، إن الأسعار ارتفعت.", "speaker_id") == ["احمد علي"]
    body = "وارتفعت الأسعار بنسبة عشرة في المئة، بحسب ما ذكره المتحدث باسم الوزارة أحمد علي."
    assert said(analyzer, body, "speaker_id") == ["احمد علي"]
    # (but "وأكد محمد على ضرورة العمل": the preposition)
    assert said(analyzer, "وأكد محمد على ضرورة العمل.", "speaker_id") == ["محمد"]


def test_a_strict_verb_after_a_turn_to_another_matter(analyzer):
    # "من جهة ثانية أثنى X على": a turn to another matter opens the clause, as "ومن جانبه" does
    body = 'من جهة ثانية أثنى مدير المنتخب إبراهيم العيد على تفوق اللاعبين، وقال: "البطولة لم تبدأ بعد".'
    assert said(analyzer, body, "speaker_id", "quote_type") == [("ابراهيم العيد", "indirect"), ("ابراهيم العيد", "direct")]
    assert said(analyzer, "وفي سياق متصل ثمن مدير المنتخب إبراهيم العيد جهود اللاعبين.", "speaker_id") == ["ابراهيم العيد"]


def test_two_full_names_the_first_with_a_title_after_it(analyzer):
    # "وقال X عضو اللجنة الوطنية للحج والعمرة وY رئيس اللجنة السابق:": two speakers, the first's title between them
    body = "وقال أسامة فيلالي عضو اللجنة الوطنية للحج والعمرة وسعد جميل القرشي رئيس اللجنة السابق: نأمل أن تخرج اللجنة بنتائج مرضية."
    assert said(analyzer, body, "speaker_id") == ["اسامه فيلالي", "سعد جميل القرشي"]
    # (and with no title: a given name, a father's name that is also an adjective, and a family name)
    body = "وقال أسامة فيلالي وسعد جميل القرشي: نأمل أن تخرج اللجنة بنتائج مرضية."
    assert said(analyzer, body, "speaker_id") == ["اسامه فيلالي", "سعد جميل القرشي"]


def test_names_joined_by_and_before_a_plural_verb(analyzer):
    # "X وY وZ أكدوا": full names joined by و open the sentence, each a speaker of the plural verb
    body = "وكان الطريق خطرا. عبدالله الشمراني ومحمد الشمراني وسعد الشمراني أكدوا ضرورة إيجاد مطبات صناعية للطريق."
    assert said(analyzer, body, "speaker_id") == ["عبدالله الشمراني", "محمد الشمراني", "سعد الشمراني"]
    # (not one person before a plural verb: "قبل الناخبون بتوصية تسيبراس، ورفضوا")
    assert said(analyzer, "عبدالله الشمراني زار الطريق أمس. المواطنون أكدوا ضرورة إيجاد مطبات.", "speaker_id") == []


def test_a_full_name_opening_the_sentence_before_a_past_verb(analyzer):
    # "عبدالعزيز العمراني من جهته قال:": a full name with a listed (or a compound عبد) given name opens the sentence,
    # then the past verb (as before a present one: "فتحي عربي يقول")
    body = "وكانت المخيمات كثيرة.\nعبدالهادي الثقفي قال: المخيمات التسويقية تحتوي على أماكن ترفيهية."
    assert said(analyzer, body, "speaker_id") == ["عبدالهادي الثقفي"]
    body = "وكانت المخيمات كثيرة.\nعبدالعزيز العمراني من جهته قال: جميعنا نتكاتف مع قوات الأمن."
    assert said(analyzer, body, "speaker_id") == ["عبدالعزيز العمراني"]
    # (not a common noun opening it: "الطريق أكد")
    assert said(analyzer, "وكانت المخيمات كثيرة. موسم الصيف أكد حاجة الأسر إلى الترفيه.", "speaker_id") == []


def test_a_tribal_nisba_after_the_clan_closes_the_name(analyzer):
    # "علي بن عمير آل جرمان الشهراني": after آل and the clan's name, the tribe's nisba still belongs to the name
    body = "واستمرت عمليات الإطفاء 7 ساعات. صرح ذلك المتحدث الإعلامي للدفاع المدني المقدم علي بن عمير آل جرمان الشهراني."
    assert said(analyzer, body, "speaker_id") == ["علي بن عمير ال جرمان الشهراني"]
    assert said(analyzer, "وقال الشيخ صالح آل طالب إن الحج ناجح.", "speaker_id") == ["صالح ال طالب"]


def test_declared_this_after_the_statement(analyzer):
    # "... . صرح بذلك X، موضحا أن": the sentence before is X's statement, as after "صرح ذلك X"
    body = "وجه الوزير بتوزيع موسوعة خطب الجمعة على فروع الوزارة. صرح بذلك وكيل الوزارة الدكتور توفيق بن عبدالعزيز السديري، لافتا إلى أن الموسوعة تضم 77 خطبة."
    assert said(analyzer, body, "speaker_id", "verb") == [("توفيق بن عبدالعزيز السديري", "صرح"), ("توفيق بن عبدالعزيز السديري", "لافتا")]


def test_a_nisba_surname_after_a_listed_given_name(analyzer):
    # "الغواص عبدالله التركي" ... "وقال التركي": the surname of the person named before, not "the Turkish" (side)
    body = "عرف الغواص عبدالله التركي قاع البحر منذ صغره. وقال التركي «عملية الغوص سهلة»."
    assert said(analyzer, body, "speaker_id") == ["عبدالله التركي"]


def test_ali_after_and_in_a_list_of_full_names(analyzer):
    # "أكد محمد محسن، وعلي العطاس، ومحمد القحطاني أن": و and علي before a family name is the name, the list goes on
    body = "بداية، أكد محمد محسن، وعلي العطاس، ومحمد القحطاني أن الفريق يسير وفق منهجية جيدة."
    assert said(analyzer, body, "speaker_id") == ["محمد محسن", "علي العطاس", "محمد القحطاني"]
    # (not "وعلى الجميع": the preposition and a common noun)
    assert said(analyzer, "أكد محمد محسن، وعلى الجميع أن يلتزموا بالنظام.", "speaker_id") == ["محمد محسن"]


def test_a_full_name_set_off_after_a_describing_noun(analyzer):
    # "وأوضح النوخذة، عيسى الصويتي، أن": a noun the lexicon does not list as a title, then a full name between commas
    assert said(analyzer, "وأوضح النوخذة، عيسى الصويتي، أن الصيد ما زال في أوله.", "speaker_id") == ["عيسي الصويتي"]
    # (not an aside after a body: "وقالت الوزارة، في بيان لها، إن")
    assert said(analyzer, "وقالت الوزارة، في بيان لها، إن الأسعار مرتفعة.", "speaker_type") == ["institution"]


def test_saadi_is_a_given_name(analyzer):
    # "سعدي" (also "my luck", a common noun in the corpus counts) opens a name: a given_name row of speaker_cues.tsv
    body = "وأوضح سعدي حجي الجردان رئيس شؤون رعايا السعوديين في السفارة بأن السفارة تواصلت مع الأمن."
    assert said(analyzer, body, "speaker_id") == ["سعدي حجي الجردان"]


def test_a_verb_form_after_a_verb_and_ala_is_its_object(analyzer):
    # "قبضت الشرطة على طالب جامعي": after a verb and على, طالب is a student, not "demanded"
    assert said(analyzer, "قبضت شرطة منطقة جازان على طالب جامعي لتورطه في قضية طعن مواطن.", "verb") == []
    # (but the name علي after a given name: "وكان محمد علي قال إن")
    assert said(analyzer, "وكان محمد علي قال إن الأسعار مرتفعة.", "speaker_id") == ["محمد علي"]


def test_la_siyama_opens_no_name(analyzer):
    # "لاسيما صديقي الذي قال": the particle "especially", then an unnamed friend: no name
    body = "ويبحث الأهلاويون عن مشجب، لاسيما صديقي الذي قال ذات غصة بأن الأهلي لا يستطيع الفوز."
    assert said(analyzer, body, "speaker_id") == []


def test_his_wife_named_after_him_speaks_too(analyzer):
    # "أعلن X وزوجته Y أنهما": a relative with a pronoun that is no ة (زوجته، أرملته) and a name: a second speaker
    body = "أعلن مؤسس موقع فيسبوك، مارك زوكربيرغ، وزوجته بريشيلا تشان أنهما ينتظران مولودا جديدا."
    assert said(analyzer, body, "speaker_id") == ["مارك زوكربيرغ", "بريشيلا تشان"]
    assert said(analyzer, "وتعرض الرئيس الراحل ياسر عرفات للاغتيال بالسم، كما تؤكد أرملته سهى عرفات.", "speaker_id") == ["سهي عرفات"]
    # (not a relative with no name: "وقال محمد الحربي وزوجته إن")
    assert said(analyzer, "وقال محمد الحربي وزوجته إن الحادث مؤلم.", "speaker_id") == ["محمد الحربي"]


def test_given_names_that_open_like_b_and_a_word(analyzer):
    # "بلال"، "بكري": given_name rows of speaker_cues.tsv (they open like ب + a word), so a second full name goes on
    body = "وقال ثامر الزهراني وبلال عبدالكريم إن المنتخب ضعيف."
    assert said(analyzer, body, "speaker_id") == ["ثامر الزهراني", "بلال عبدالكريم"]


def test_manner_between_the_verb_and_its_preposition(analyzer):
    # "على وجه الخصوص"، "بشكل خاص"، "تحديدا": how the point was made; على there is no name علي, the speaker goes on
    body = "وكان الوزير خالد العطية قد أكد أمس أن الأمر مهم. وأشار على وجه الخصوص إلى المساعدات الأمنية. وشدد بشكل خاص على التنسيق."
    assert said(analyzer, body, "speaker_id", "content") == [
        ("خالد العطيه", "الأمر مهم."), ("خالد العطيه", "المساعدات الأمنية."), ("خالد العطيه", "التنسيق.")]


def test_a_verbal_noun_of_form_five_after_the_verb_is_no_name(analyzer):
    # تفعّل (تعثر، تسلم، تحسن): the verb's object, not a two-word name; a foreign name of the same letters stays one
    assert said(analyzer, "وكان رئيس المجلس قد تحدث. وأكد تعثر مشروعين حيويين في المحافظة.", "speaker") == []
    assert said(analyzer, "وقال تشرشل إن الحرب طويلة.", "speaker_id") == ["تشرشل"]


def test_god_named_as_jalla_wa_azza_is_no_speaker(analyzer):
    assert said(analyzer, "قال جلّ وعزّ: “فلا تميلوا كل الميل”. وقال الكاتب أحمد الحربي إن الآية واضحة.", "speaker_id") == ["احمد الحربي"]


def test_said_about_it_then_a_titled_subject(analyzer):
    # "قال عنها X إنها": عنها (about it) before a titled or named subject is no preposition that ends the phrase;
    # before a noun ("كتبت عنه مرات"، "كشف عنه فيديو") nobody is named
    body = "وأصبحت الهجمات يومية، في حملة قال عنها رئيس الوزراء أحمد داود أوغلو إنها «قتال متزامن للإرهاب»."
    assert said(analyzer, body, "speaker_id") == ["احمد داود اوغلو"]
    assert said(analyzer, "هذا ما كشف عنه فيديو طريف عن شاب بريطاني. وقد كتبت عنه مرات ورأيت أن أعيد الكتابة.", "speaker") == []


def test_a_verbal_noun_and_its_complement_after_the_name_are_the_object(analyzer):
    # "رفض فيريرا تجديد تعاقده": تجديد (a verbal noun) with its complement is what was refused, not a surname;
    # a surname spelled like one (و or ي among its first letters) stays: "كارلوس تيفيز هدفه"، "ميغيل إرياس"
    assert said(analyzer, "بعدما رفض فيريرا تجديد تعاقده لمدة موسم قادم.", "speaker_id") == ["فيريرا"]
    body = "سجل المهاجم كارلوس تيفيز هدفه الأول. وقال ميغيل إرياس مفوض الطاقة والمناخ، إن التوقيع مهم."
    assert said(analyzer, body, "speaker_id") == ["ميغيل ارياس"]


def test_a_speaker_whose_name_is_withheld_is_anonymous(analyzer):
    body = 'من جهته، أوضح لـ"الاقتصادية" مثمن عقاري- فضل عدم ذكر اسمه- أن لكل مدينة خصوصية من حيث التثمين.'
    assert said(analyzer, body, "speaker_type", "speaker_id") == [("anonymous", "anon:مثمن عقاري")]


def test_the_statement_described_by_its_own_verb_and_an_initial_spelt_out(analyzer):
    # "في بيان أعلن فيه التغييرات": the statement's description, no new speaker; جيه (J.) opens a name
    body = "وقال جيه جونسون وزير الأمن الداخلي في بيان أعلن فيه التغييرات “يتطلب مناخ التهديد الحالي أن نعرف المزيد.”"
    assert said(analyzer, body, "speaker_id", "quote_type") == [("جيه جونسون", "direct")]


def test_the_full_name_after_a_titles_complement_speaks(analyzer):
    # "لرئيس مجلس الوزراء X Y": X names whose office the title serves; the full name right after it speaks
    body = 'وقال المتحدث الرسمي باسم المكتب الإعلامي لرئيس مجلس الوزراء حيدر العبادي سعد الحديثي لـ"الوطن": إن الحكومة ترفض القصف.'
    assert said(analyzer, body, "speaker_id") == ["سعد الحديثي"]


def test_ali_after_a_verb_of_saying_that_takes_no_ala(analyzer):
    # قال takes no على, so "قال علي X الY" is the name علي; تهاني (also "congratulations") as a given_name row
    body = "وفي هذا السياق قال علي سليمان الدخيل مدير عام التسويق «إن الشركة تستمر في تطوير الباقات»."
    assert said(analyzer, body, "speaker_id", "quote_type") == [("علي سليمان الدخيل", "direct")]
    assert said(analyzer, "أشادت عضو مجلس إدارة النادي الأدبي تهاني الصبيح بكتاب الرصد.", "speaker_id") == ["تهاني الصبيح"]


def test_two_papers_named_after_a_dual_source_noun(analyzer):
    # "صحيفتي X وY" (two papers, the dual before a construct): a source noun, no person's name
    body = 'وبحسب ما أكدت صحيفتي "ميل أون صنداي" الإنجليزية و"أس" الإسبانية فإن الفريق سيضم اللاعب.'
    assert [t for t in said(analyzer, body, "speaker_type")] == ["agency"]


def test_a_first_person_word_is_no_name(analyzer):
    # "وأضاف لدينا كميات": the speaker goes on in the first person; لدينا، ولكننا are no name's words
    body = ("أكد المدير العام الدكتور إبراهيم الحفظي أن إدارته لم تعلن، وأضاف لدينا كميات كبيرة من الدم متوافرة بكل الفصائل، "
            "ونحن على أتم الاستعداد لذلك، حيث إنه سبق قيامنا بجمع كميات من الدم.")
    assert "لدينا كميات كبيره" not in said(analyzer, body, "speaker_id")


def test_a_surname_spelled_like_a_title_then_a_long_quotation(analyzer):
    # "نورة الأمين، ناشطة": a title word after a listed given name, then a comma, is the family name; "وأضافت
    # الأمين «...»." a long quotation closing the sentence is the content, not a name quoted after a title
    body = ("وقالت نورة الأمين، ناشطة مدنية من محافظة ذي قار: «سوف نبقى نتظاهر حتى يتم القضاء على الفساد». "
            "وأضافت الأمين «نرحب بجميع الراغبين بالتظاهر ولكننا نعرف أيضًا المتلونين وأتباع من هم بالسلطة».")
    assert said(analyzer, body, "speaker_id", "quote_type") == [("نوره الامين", "direct")] * 2


def test_a_title_written_after_a_ranked_name_resolves_later(analyzer):
    # "برئاسة المهندس X أمين الطائف رئيس اللجنة" (no statement), then "وأكد رئيس اللجنة": X; but not the
    # one addressed: "شكره لصاحب السمو الملكي الأمير Y مستشار ..." then "ودعا مستشار ..."
    body = ("وعقدت اللجنة اجتماعات برئاسة المهندس محمد بن عبدالرحمن المخرج أمين الطائف رئيس اللجنة، للاستعداد للانتخابات. "
            "وأكد رئيس اللجنة على تحقيق توجيهات الوزير.")
    assert said(analyzer, body, "speaker_id")[-1].startswith("محمد بن عبدالرحمن")
    body = ("وحضر معالي مستشار خادم الحرمين الشريفين الدكتور سعد الشثري الحفل. وقدم الدكتور الشثري شكره لصاحب السمو الملكي "
            "الأمير خالد الفيصل مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة على جهوده. "
            "ودعا مستشار خادم الحرمين الشريفين أبناء المجتمع لبذل ما يستطيعون.")
    assert said(analyzer, body, "speaker_id")[-1] == "سعد الشثري"


def test_an_aside_on_the_source_after_a_title_is_no_name(analyzer):
    # "وأضاف الوزير، وفق ما نقلت عنه صحيفة X، أن": the aside names the outlet, not the minister
    body = "وأضاف الوزير، وفق ما نقلت عنه صحيفة الحياة، أن الوضع خطير."
    assert said(analyzer, body, "speaker_id") == ["role:الوزير"]


def test_a_rank_after_a_name_read_in_the_title_opens_the_speakers_name(analyzer):
    # "رئيس بلدية أبو عجرم المهندس X": the town (a kunya's shape) is the title's complement; the rank opens the name
    body = "من جهته، أبدى رئيس بلدية أبو عجرم المهندس مشعل الحسن دهشته من التعليقات الساخرة، مؤكدا أنها لا تمثل الأهالي."
    assert set(said(analyzer, body, "speaker_id")) == {"مشعل الحسن"}


def test_a_given_name_set_off_before_a_relatives_description(analyzer):
    # "وأوضح محمد، نجل الجنيد،": the relative's description after the name, not a name itself
    body = "وأوضح محمد، نجل الجنيد، في صفحته على موقع «فيسبوك» أمس، أن الحوثيين اختطفوا والده."
    assert said(analyzer, body, "speaker_id") == ["محمد"]


def test_a_saying_of_the_late_is_no_statement(analyzer):
    # "رحم الله الكاتب X الذي قال": a saying of someone dead, quoted in a column
    body = "رحمَ الله الكاتب مصطفى صادق الرافعي الذي قال: “فإن كثيرًا من كلام الصحف لو مسخه الله لطار كله ذبابًا” وكان صادقًا."
    assert said(analyzer, body, "speaker_id") == []


def test_given_names_added_by_hand(analyzer):
    # يانا (a foreign given name), a row of speaker_cues.tsv: a given name the corpus-built list lacks
    assert said(analyzer, "وقالت يانا هيباشكوفا في حديثها إن المدينة تستحق الزيارة.", "speaker_id") == ["يانا هيباشكوفا"]


def test_a_feminine_body_after_a_masculine_verb_is_its_object(analyzer):
    # "وطالب الحكومة الاتحادية بالإسراع": طالب does not agree with الحكومة; the one speaking before demands it
    # (but "وطالبت الحكومة" and "ودعت الوزارة": the body speaks)
    body = ("وقال متى حداد عضو مجلس محافظة نينوى للصحفيين إن المئات يقفون محتجين. "
            "وطالب الحكومة الاتحادية بالإسراع بتحرير مناطق المسيحيين.")
    assert said(analyzer, body, "speaker_id") == ["متي حداد", "متي حداد"]
    body = "وقال علي الحربي إن الحملات مستمرة. ودعت الوزارة أصحاب العمل إلى الالتزام بالقرارات."
    assert said(analyzer, body, "speaker_type") == ["person", "institution"]


def test_a_title_after_the_name_that_owns_the_sentence_before(analyzer):
    # "أوضح ذلك م. X وكيل أمانة الرياض.": the speaker's title may follow the name
    body = ("وتم عقد لقاءات تعريفية وورش عمل ضمن الخطة الإعلامية. "
            "أوضح ذلك م. محمد بن صالح الضبعان وكيل أمانة الرياض للتعمير والمشاريع.")
    assert said(analyzer, body, "speaker_id") == ["محمد بن صالح الضبعان"]


def test_a_given_name_shaped_like_a_plural_a_name_like_a_noun_and_dawn(analyzer):
    # ميسون (in -ون like "مسلحون") and وفاء ("loyalty") are given names; "فجر أمس" is a time, no name
    body = "وحذرت ميسون الدملوجي، المتحدثة الرسمية باسم الائتلاف، من «نشوء ديكتاتورية جديدة تحصر الصلاحيات بيد شخص واحد»."
    assert said(analyzer, body, "speaker_id") == ["ميسون الدملوجي"]
    assert said(analyzer, "وقالت وفاء الكيلاني: خبر مفزع يوجع القلب.", "speaker_id") == ["وفاء الكيلاني"]
    assert "فجر" not in said(analyzer, "وأعلن فجر أمس عن استشهاد الرجل الذي أمضى أسبوعا في المستشفى.", "speaker_id")
    assert said(analyzer, "أذكر أني سألت أحدهم عن أصوله فذكر لي أن لا فكرة لديه.", "speaker_id") == []


def test_a_nasab_with_ali_after_bint_and_a_strict_verb_after_a_relative(analyzer):
    # "بنت علي": علي is the father's name, not the preposition على (spelled alike once normalised);
    # "X التي (بدورها) عبرت عن": عبّر, also "via", is the verb in a named person's relative clause
    body = "وعبرت رئيسة القسم الأستاذة وفاء بنت علي المذن عن شكرها لمدير التعليم على جهوده."
    assert said(analyzer, body, "speaker_id") == ["وفاء بنت علي المذن"]
    body = "كما تم تكريم الطبيبة د. فاديا جاويش التي بدورها عبرت عن سعادتها بهذا التكريم."
    assert said(analyzer, body, "speaker_id") == ["فاديا جاويش"]
    # not a relative clause on a noun ("الدولة الوحيدة التي عبرت عن") nor "عبّر عنه" with the speaker after
    body = "وسمى أوباما إسرائيل بصفتها الدولة الوحيدة التي عبرت عن معارضتها علنا للاتفاق."
    assert said(analyzer, body, "speaker_id") == []
    assert said(analyzer, "وهو الغضب الذي عبّر عنه مدير الهيئة بوصفه الشركات بأنها شبكات.", "speaker_id") == []


def test_an_acronym_of_an_organisation_is_an_institution(analyzer):
    assert said(analyzer, "وقال «أياتا» في تقريره الشهري إن الطلب ارتفع 1.2 في المائة.", "speaker_id", "speaker_type") == [
        ("iata", "institution")]


def test_a_list_of_named_lines_each_a_statement(analyzer):
    # tweets or vox pops, one a paragraph: "Name: words" (direct when quoted to the end); a prayer or
    # condolence alone is no statement; only where two or more paragraphs read so
    body = ("عثمان العمير: عرفت سعود مقبلاً على النجاح أيام لندن، سافرنا معا.\n"
            "مشاري العفاسي: اللهم اغفر له وارحمه وعافه واعف عنه.\n"
            "«نسرين طافش: «مؤلم خبر الرحيل فجأة من دون سابق إنذار».\n"
            "«ديانا كرازون: «سعود الدوسري الله يرحمك ويغفر لك، إنا لله وإنا إليه راجعون».")
    assert said(analyzer, body, "speaker_id", "quote_type") == [("عثمان العمير", "indirect"), ("نسرين طافش", "direct")]
    assert said(analyzer, "عثمان العمير: عرفت سعود مقبلاً على النجاح أيام لندن، سافرنا معا.", "speaker_id") == []
    body = "فرددت بعناد: لا.. اللي عاوزني يجيني في بيتي.\nقلت بلهفة: هل عاد عمر من الإسكندرية؟"
    assert said(analyzer, body, "speaker_id") == []  # a story's lines, no names


def test_a_participle_after_a_clause_opened_by_also(analyzer):
    # "كما قدم X شكره ... مشيراً إلى أن": كما ("also") before the opening verb, whose titled subject speaks
    body = "كما قدم رئيس الوفد عوض العقيلي شكره لرئيس الاتحاد على دعمه مشيراً إلى أنهم قادرون على تحقيق اللقب."
    assert said(analyzer, body, "speaker_id") == ["عوض العقيلي"]


def test_an_outlet_told_in_brackets_and_a_function_word_alone(analyzer):
    # "وأبلغت (عكاظ) X أن": the outlet in brackets was told; the titled person after it speaks
    body = "وأبلغت (عكاظ) منسقة المبادرة الدكتورة نائلة عطار أن المبادرة سوف تعقد ندوات توعوية."
    assert said(analyzer, body, "speaker_id") == ["نايله عطار"]
    # "ورفض، ومن هذا المنطلق": من (with its و) is nobody's name
    body = "وثمة من قال أنت روح الأهلي ورفض، ومن هذا المنطلق أتمنى أن لا تحيد أنديتنا عن هذا المبدأ."
    assert said(analyzer, body, "speaker_id") == []


def test_a_relative_named_after_a_masculine_verb_and_a_noun_after_the_title(analyzer):
    # "قال شقيقه X": after a masculine verb, شقيقه is "his brother" (not شقيقة, a sister), named after it
    body = "قال شقيقه إبراهيم البغلي: إن شقيقه اختفى يوم الأربعاء عقب ممارسته لرياضة المشي."
    assert said(analyzer, body, "speaker_id") == ["ابراهيم البغلي"]
    assert said(analyzer, "وقالت شقيقة إبراهيم البغلي إن شقيقها اختفى يوم الأربعاء.", "speaker_id") == ["role:شقيقه ابراهيم"]
    assert said(analyzer, "وتابع شقيقه إبراهيم البغلي: إن شقيقه اختفى يوم الأربعاء.", "speaker_id") == ["ابراهيم البغلي"]  # (a past in ت)
    # "تعرض شقيقه لمحاولة اختطاف، مؤكدا": ل and a noun after the title are its complement, no name;
    # the participle's subject is the verb's before it
    body = "ولم يستبعد إبراهيم البغلي، تعرض شقيقه لمحاولة اختطاف، مؤكداً أن السلطات تبحث في كل الاحتمالات."
    assert said(analyzer, body, "speaker_id") == ["ابراهيم البغلي"]


def test_a_name_after_two_titles_opening_the_article(analyzer):
    # "تفقد مساعد المدير العام، نائب رئيس اللجنة X": the second title's name is the topic, whom a
    # later surname names
    body = ("تفقد مساعد المدير العام للتعليم بمنطقة الرياض، نائب رئيس لجنة متابعة أعمال التأهيل فهد بن فرج الصقيه بعض المدارس.\n"
            "وفي نهاية الجولة بين الصقيه أن الإدارة قامت بصيانة أكثر من 300 مبنى.")
    assert said(analyzer, body, "speaker_id") == ["فهد بن فرج الصقيه"]


def test_a_name_after_an_adjective_of_the_title_and_ali_inside_it(analyzer):
    # "سكرتارية عربال الدائمة محمد علي النقي أن": an unlisted word and a common adjective close the title;
    # علي between a given name and a family name before أن is the name
    body = "وأكد رئيس مجلس إدارة سكرتارية عربال الدائمة محمد علي النقي أن المؤتمر سيشهد مشاركة واسعة."
    assert said(analyzer, body, "speaker_id") == ["محمد علي النقي"]
    assert said(analyzer, "وقال محمد علي النقي إن المؤتمر سيشهد مشاركة واسعة.", "speaker_id") == ["محمد علي النقي"]


def test_the_man_written_of_before_is_unnamed(analyzer):
    body = "كان رجل يتمشى في حديقة فرأى كلبا يهجم على فتاة.\nأجاب الرجل: لكنني لست من نيويورك."
    assert said(analyzer, body, "speaker_type") == ["anonymous"]


def test_a_full_name_and_its_title_before_the_verb(analyzer):
    # "X نائب رئيس النادي أكد أن": a full name opening the sentence (a listed given name first, or
    # after "من جهته،"), its title, then the verb
    body = "خالد العطوي نائب رئيس النادي أكد أن الفريق جاهز للمباراة."
    assert said(analyzer, body, "speaker_id") == ["خالد العطوي"]
    body = "من جهته، خالد العطوي نائب رئيس النادي أكد أن الفريق جاهز للمباراة."
    assert said(analyzer, body, "speaker_id") == ["خالد العطوي"]


def test_the_official_again_and_words_that_name_nobody(analyzer):
    # "ووفقا للمسؤول الأممي": the official with an adjective in ـي, after لل, is the one quoted last
    body = ("وقال عدنان حزام، المتحدث باسم الصليب الأحمر، إن «الصليب قام بتسهيل نقل الأسرى».\n"
            "ووفقا للمسؤول الأممي، فإن الصليب الأحمر «لمس تجاوبًا» لدى الأطراف.")
    assert said(analyzer, body, "speaker_id") == ["عدنان حزام", "عدنان حزام"]
    # "معظم" (most) and "أي توتر" (any tension) are nobody's names
    assert said(analyzer, "ولم يكن هذا رأئي وحدي، بل رأي معظم من حضر تلك المناسبة.", "speaker_id") == []
    body = "يأتي ذلك للتأكيد على أهمية العلاقة ونفي أي توتر يشوبها بما أن الطرفين لديهما مصلحة."
    assert said(analyzer, body, "speaker_id") == []
    assert said(analyzer, "وقال آي ويوي إن الفن حر.", "speaker_id") == ["اي ويوي"]


def test_a_quantifier_with_its_clitic_is_no_name(analyzer):
    # "فبعض الدول التي يتوقع": "some", with its clitic ف, opens no name
    assert said(analyzer, "فبعض الدول التي يتوقع أن تجني أكبر المكاسب تناصب المهاجرين العداء.", "speaker_id") == []
    assert said(analyzer, "وقال بعض المسؤولين إن السوق مستقر.", "speaker_type") == ["anonymous"]


def test_a_quoted_name_and_a_participle_after_its_relative_clause(analyzer):
    # 'المتابع "فايز البلوي" الذي قال مؤكدا:': the name in quotation marks, the relative clause's verb, then a participle
    body = "أولهما من المتابع “فايز البلوي” الذي قال مؤكداً: “الواسطة في بيتك أيضاً”."
    assert said(analyzer, body, "speaker_id", "quote_type") == [("فايز البلوي", "direct")]
    body = "وثانيهما تعليق المغرد فهد الصبيحي الذي قال موضحاً: “الواسطة أصبحت مثل الدم في العروق”."
    assert said(analyzer, body, "speaker_id") == ["فهد الصبيحي"]
    # (a participle after a relative clause on a thing speaks for nobody)
    assert said(analyzer, "وهو القرار الذي صدر مؤكداً أن السوق مستقر.", "speaker_id") == []


def test_one_of_a_group_named_by_a_construct(analyzer):
    # "أحد شهود العيان X": one of a group named by a noun and its complement, then his name
    body = "وقد أشار أحد شهود العيان خالد الوصيفر إلى أن الحريق كشف صعوبة وصول الفرق."
    assert said(analyzer, body, "speaker_id") == ["خالد الوصيفر"]
    assert said(analyzer, "وقال أحد أبناء الحي إسماعيل غالب: إن الاحتفال جاء مختلفا.", "speaker_id") == ["اسماعيل غالب"]
    # unnamed, the group's member is an anonymous source
    assert said(analyzer, "وقال أحد مسؤولي الشركة إن الإنتاج توقف.", "speaker_type") == ["anonymous"]


def test_one_word_with_tanween_names_nobody(analyzer):
    # "وقال هامساً:": a word written with tanween after the verb is an adverb, not the speaker's name
    body = "عقد الرئيس مؤتمرا قال خلاله نتنياهو: بعد مفاوضات شاقة أعطانا الضوء.\nوقال هامساً: ألم أقل لك لن يهتم أحد!"
    assert said(analyzer, body, "speaker_id") == ["netanyahu"]
    assert said(analyzer, "ويعتبر واحداً من أفضل اللاعبين في الدوري.", "speaker_id") == []
    # (an unnamed group keeps its quantifier: "وقال عددٌ من الأهالي")
    assert said(analyzer, "وقال عددٌ من الأهالي إن الشبكة ضعيفة.", "speaker_type") == ["anonymous"]


def test_a_given_name_joined_to_a_preposition_and_a_quotation_mark_is_not_read(analyzer):
    # 'الترحيب ب"أليكس شيفر"': the earlier full name is written with ب and a mark joined to it; the id keeps no ب"
    body = ('وقال "كاليانا سيفاجنانام": "نود الترحيب ب"أليكس شيفر" في منصبه".\n'
            'وقال "شيفر"، "حتماً أننا سننطلق على أساس العمل".')
    assert said(analyzer, body, "speaker_id")[-1] == "شيفر"


def test_names_joined_by_wa_after_a_comma_before_a_plural_verb(analyzer):
    # "...، X وY وZ أوضحوا أن": names joined by و after a comma open a statement of their own, also a name whose
    # given name is not listed ("بخيت بن شوردي") between listed ones
    body = ("انتقد أصحاب المواشي رفع السعر، مشيرين إلى أنها المنطقة الوحيدة، محمد بن مسفر حفيان وبخيت بن شوردي "
            "وعبدالله الزهراني أوضحوا لـ«عكاظ» أن سعادتهم لم تكتمل.")
    assert said(analyzer, body, "speaker_id")[-3:] == ["محمد بن مسفر حفيان", "بخيت بن شوردي", "عبدالله الزهراني"]
    # (a name that is not the list's does not join it: "حفيان وبخيت بن شوردي" is two people)
    body = "محمد حفيان وبخيت بن شوردي وعبدالله الزهراني أوضحوا أن سعادتهم لم تكتمل."
    assert said(analyzer, body, "speaker_id") == ["محمد حفيان", "بخيت بن شوردي", "عبدالله الزهراني"]


def test_ali_before_a_given_name_opening_the_clause_of_a_participle(analyzer):
    # "قدم علي أحمد الشديدي شكره لهم، مؤكدا": علي before a listed given name is the subject's name, not على
    body = "بدوره، قدم علي أحمد الشديدي والد الشهيد شكره لهم وجميع القيادات الأمنية، مؤكدا أن ابنه لقي ربه."
    assert said(analyzer, body, "speaker_id") == ["علي احمد الشديدي"]


def test_a_byline_repeated_at_the_head_of_the_text_is_skipped_for_the_opening_subject(analyzer):
    # "X - سبق - جازان : اعتمد رئيس اللجنة Y ...": the person the story opens with, after the byline, goes on speaking
    body = ("عمر عريبي - سبق - جازان : اعتمد رئيس اللجنة المحلية للانتخابات البلدية بمنطقة جازان محمد بن حمود الشايع "
            "التقسيم الجغرافي للانتخابات بالمنطقة. وبين الشايع أن مهام المشرفين تتمثل في التنسيق.")
    assert said(analyzer, body, "speaker_id") == ["محمد بن حمود الشايع"]


def test_through_the_mouth_of_its_spokesman_with_a_possessive(analyzer):
    # "وكانت الشؤون الصحية أوضحت على لسان ناطقها X أن": the body speaks through its spokesman, named
    body = "وكانت الشؤون الصحية أوضحت على لسان ناطقها عبدالوهاب شلبي أن السيارات تابعة للشؤون الصحية."
    assert said(analyzer, body, "speaker_id") == ["عبدالوهاب شلبي"]


def test_the_verb_ittala_is_no_name(analyzer):
    # "بحسب خطاب اطلعت "الوطن" عليه أنه"، "وأطلع على آلية ...، مشيداً": a verb (was informed), never a speaker's name
    body = "جاء ذلك خلال زيارة معاليه لغرفة الاذاعة بالمسجد الحرام وأطلع على آلية نقل الدروس, مشيداً بالتعاون بين الرئاسة والوزارة."
    assert "واطلع" not in said(analyzer, body, "speaker_id")


def test_a_common_noun_and_its_complement_after_a_full_foreign_name_are_the_object(analyzer):
    # "وانتقد المدافع جيرارد بيكيه قرار اليويفا": after a full name with no listed given name, a common noun and
    # its definite complement are the verb's object, even when the complement is no common word
    body = "وانتقد المدافع جيرارد بيكيه قرار اليويفا، مؤكدا أنه ظالم للنادي."
    assert set(said(analyzer, body, "speaker_id")) == {"جيرارد بيكيه"}


def test_a_description_of_a_noun_and_its_complement_with_a_quoted_word(analyzer):
    # 'وصف X قرار اليويفا بـ “الظالم”': the object may be a noun and its definite complement, and the quoted word
    # the description calls it is the speaker's (partial), not a quoted name
    body = "وفرضت اللجنة غرامة على النادي، فيما وصف لاعب الفريق الأسباني جيرارد بيكيه قرار اليويفا بـ “الظالم”."
    assert said(analyzer, body, "speaker_id", "quote_type") == [("جيرارد بيكيه", "partial")]
    body = "وقف النواب، في حين وصف رئيس المجلس محمد الناصر إقرار القانون باللحظة «التاريخية»."
    assert said(analyzer, body, "speaker_id", "quote_type") == [("محمد الناصر", "partial")]


def test_a_name_with_a_later_word_that_is_wa_and_a_common_noun_names_nobody(analyzer):
    # "كشفت آفاق وجماليات الواجهة": و and a common noun inside the "name" join things, not one person's names
    # (but "سيرينا وليامس": a surname that opens with و stays)
    body = "وسط إطلالة فريدة، كشفت آفاق وجماليات الواجهة الجنوبية للمدينة عن معطيات ربانية."
    assert said(analyzer, body, "speaker_id") == []
    body = "وقالت اللاعبة سيرينا وليامس إنها سعيدة بالفوز."
    assert said(analyzer, body, "speaker_id") == ["سيرينا وليامس"]


def test_one_word_opening_with_fa_and_a_hamza_names_nobody(analyzer):
    # "عندما تكتب: وعد فأوفى!!": ف and a word with a hamza on its alef (a verb) is no speaker's name
    body = "عندما تكتب عن خبر يخص مسؤولا في التعليم: وعد فأوفى، فأنت تخرج من قميص الإعلام النظيف."
    assert said(analyzer, body, "speaker_id") == []


def test_dhawi_inside_the_name_of_a_body_in_the_title(analyzer):
    # "رئيس مجلس إدارة جمعية ذوي الإعاقة X": "of" inside the body's name; the title goes on to the name
    body = "وثمّن رئيس مجلس إدارة جمعية ذوي الإعاقة محمد بن صالح العوفي؛ هذا التبرع السخي من رجل الأعمال."
    assert said(analyzer, body, "speaker_id") == ["محمد بن صالح العوفي"]


def test_a_league_and_a_cup_name_what_is_quoted_after_them(analyzer):
    # 'في دوري «عبداللطيف جميل»': a league's (or a cup's) name in quotation marks makes no statement partial
    body = "وأكد اللاعب حمد الجهيم بأنه وبعد آخر مباراة للرائد في دوري «عبداللطيف جميل» السعودي للمحترفين تم إسقاط اسمه."
    assert said(analyzer, body, "speaker_id", "quote_type") == [("حمد الجهيم", "indirect")]


def test_a_saudi_town_after_ba_inside_a_title(analyzer):
    # "رئيس جمعية الأيتام بالرس X": ب and a town (a place of the lexicon) are inside the title, not the verb's object
    body = "وثمّن رئيس جمعية الأيتام بالرس محمد العوفي هذا التبرع السخي من رجل الأعمال."
    assert said(analyzer, body, "speaker_id") == ["محمد العوفي"]


def test_ali_after_a_given_name_before_a_preposition_is_the_name(analyzer):
    # "محمد علي في أحد التقارير": على never stands right before a preposition, so علي there is the name
    body = "وقال مدير الدائرة محمد علي في أحد التقارير إن الأموال المهربة كثيرة."
    assert said(analyzer, body, "speaker_id") == ["محمد علي"]


def test_womens_given_names_that_are_also_nouns(analyzer):
    # "فائزة" (also "winner"), "أمل" (also "hope"): listed given names, so a title before them reaches the name
    body = "وترى مصممة الأزياء فائزة خير الله أن المصممات السعوديات استطعن إثبات كفاءتهن."
    assert said(analyzer, body, "speaker_id") == ["فايزه خير الله"]


def test_a_workshop_names_what_is_quoted_after_it(analyzer):
    # 'على أهمية ورشة "صيانة 101"': a workshop's name in quotation marks makes no statement partial
    body = 'وأكدت الجوهرة القحطاني صاحبة المشروع على أهمية ورشة "صيانة 101" التي تهدف إلى تأهيل المتدربات.'
    assert said(analyzer, body, "quote_type") == ["indirect"]


def test_a_relative_of_the_dead_then_a_name_after_a_masculine_verb_is_named(analyzer):
    # "عم الشهيد X": after a masculine verb the name is the uncle's own (the dead man was named before);
    # after a feminine one it is the dead man's ("والدة الشهيد سامي الحربي"), and a rank after the
    # noun is his too ("والد الشهيد النقيب ياسر")
    body = ("وذكر عم الشهيد حسين دواس آل منصور أن ولد أخيه استشهد أثناء تواجده بالمنزل.\n"
            "وعبر والد الشهيد محمد العتيبي عن فخره باستشهاد ابنه.\n"
            "وقالت والدة الشهيد سامي الحربي إن ابنها كان بطلا.")
    assert said(analyzer, body, "speaker_id") == ["حسين دواس ال منصور", "محمد العتيبي", "role:والده"]
    assert said(analyzer, "وقال والد الشهيد النقيب ياسر القحطاني إن ابنه كان بطلا.", "speaker_id") == ["role:والد"]


def test_a_construct_title_before_an_organisation_and_a_quoted_name_with_the_article(analyzer):
    # "محامية هيئة ...": a construct title before an organisation's noun is a title (not "محامي سانز", Sanz's
    # lawyer); the name after it in quotation marks may end in a family name with the article
    body = ("بدورها قالت محامية هيئة شؤون الأسرى الفلسطينية «حنان الخطيب»: إن 16 أسيراً مريضاً يقبعون في المستشفى.\n"
            "وقال محامي هيئة الأسرى محمد العتيبي إن الأوضاع صعبة.\nوقال محامي سانز إن موكله بريء.")
    assert said(analyzer, body, "speaker_id") == ["حنان الخطيب", "محمد العتيبي", "role:محامي سانز"]


def test_the_given_name_basim_right_after_a_rank(analyzer):
    # باسم after a rank is a given name ("الأستاذ باسم الغامدي"), not "on behalf of" as after a spokesman's title
    body = ("حيث حققت الحملات أهدافها، حسب مدير إدارة التفتيش الأستاذ باسم الغامدي.\n"
            "وقال المهندس باسم الغامدي إن الحملات مستمرة.\nوقال الناطق باسم الحكومة إن الحملات مستمرة.")
    assert said(analyzer, body, "speaker_id") == ["باسم الغامدي", "باسم الغامدي", "role:الناطق باسم الحكومه"]


def test_ahaab_calls_on_the_addressee_after_bi(analyzer):
    # "وأهاب X بالمواطنين ...": a directive whose addressee follows with ب (also "بكافة"), after the speaker
    body = ("وأهاب مدير مكتب عمل محافظة المندق جمعان صالح الزهراني بأصحاب المحلات التقيد بالأنظمة.\n"
            "وأهاب رئيس لجنة الإعلام الرياضي محمد العلي بكافة الزملاء الإعلاميين بالعمل الجاد.\n"
            "وأهاب الدفاع المدني بالمواطنين الحذر.")
    assert said(analyzer, body, "speaker_id", "verb_class") == [
        ("جمعان صالح الزهراني", "directive"), ("محمد العلي", "directive"), ("inst:الدفاع المدني", "directive")]


def test_an_operetta_a_camp_and_an_event_name_what_is_quoted_after_them(analyzer):
    body = ('وأوضح غالي الجهني أن حفل الافتتاح يتضمن أوبريت "حكاية شمس.. وقصة أثر" من كلمات الشاعر ياسر الرفاعي.\n'
            "وبين عصام بدوه أن مخيم «بسمة 5» يأتي لتخفيف الضغوطات النفسية.\n"
            "وأكد إبراهيم الدعيلج عدم قبول ما حدث في أحد عروض فعالية «ستاند أب» كوميدي.")
    assert said(analyzer, body, "quote_type") == ["indirect", "indirect", "indirect"]


def test_a_foreign_family_name_misspelt_by_one_letter_is_the_same_person(analyzer):
    body = ("وأكد الطبيب الفرنسي فلوريان فيريري، أن الجسم يحتاج إلى التريبتوفان.\n"
            "وأوضح الطبيب الفرنسي فلوريان فيريدي أن تناوله لا يكفي.\n"
            "وقال محمد الشهري إن الأمر صعب.\nوقال محمد الشمري إن الأمر سهل.")
    assert said(analyzer, body, "speaker_id") == ["فلوريان فيريري", "فلوريان فيريري", "محمد الشهري", "محمد الشمري"]


def test_a_family_name_with_its_article_is_the_person_named_without_it(analyzer):
    body = ("من جانبه أوضح نائب شيخ الجواهرجية زياد فارسي أن الاستغلال لا يكون من التجار المعروفين.\n"
            "كما يؤكد الفارسي أن الفوضى الحاصلة في السوق نتيجة لدخول غير المختصين.")
    assert said(analyzer, body, "speaker_id") == ["زياد فارسي", "زياد فارسي"]


def test_tawaqqa_with_an_indefinite_accusative_noun_as_what_is_expected(analyzer):
    body = ('توقعت مصممة الديكور السعودية أماني الصوفي تنامياً في حجم تجارة الأثاث في السوق السعودي، '
            'وقالت "حجم سوق الأثاث في ارتفاع مستمر منذ عام 2001".\n'
            "وتوقع المحلل محمد العمري ارتفاعاً في أسعار النفط خلال الربع المقبل.")
    assert said(analyzer, body, "speaker_id", "quote_type") == [
        ("اماني الصوفي", "indirect"), ("اماني الصوفي", "direct"), ("محمد العمري", "indirect")]


def test_bayyana_after_a_family_name_written_before_then_anna(analyzer):
    # a strict verb (بيّن) with a family name the article wrote before after its given name, and أن right after it
    body = ("وترأس اللجنة مدير عام الشؤون الصحية بالمنطقة الأستاذ حسين الرويلي، بحضور أعضاء اللجنة.\n"
            "وبيّن الرويلي أن اللجنة سرعت إنهاء أعمال التعاقدات وتسهيل إجراءاتها.\n"
            "وبين القحطاني أن الفرق بين الفريقين كبير.")
    assert said(analyzer, body, "speaker") == ["الرويلي"]


def test_a_quantifier_with_a_pronoun_names_nobody(analyzer):
    body = ("استطرد أغلبنا طيلة الأيام الماضية في الحديث عن قضايا التحرش، وأن أنجع الطرق لردعه هو سن تشريع.\n"
            "وتعهد بعضهن بإقناعه بالعدول عن القرار في أقرب وقت.")
    assert said(analyzer, body, "speaker_id") == []


def test_a_quoted_name_after_a_title_ending_in_a_place_with_bi(analyzer):
    body = 'وأوضح مدير فرع مكتب العمل بخيبر "فهد الرشيدي" لـ"سبق"؛ أن هذه الحملة التفتيشية أتت بمتابعة ودعم من الفرع.'
    assert said(analyzer, body, "speaker_id") == ["فهد الرشيدي"]


def test_khalas_with_its_subject_and_ila_al_qawl(analyzer):
    # خلص (concluded) is strict: read with its subject right after it; "إلى القول" then opens what was said
    body = ("وخلص أمير منطقة حائل إلى القول «نحن نعول على الشراكة مع الهيئة».\n"
            "لكن التحقيق خلص الى اتهامها قبل أن يحكم عليها غيابيا.\n"
            "وقال الوزير خالد العلي إن الوضع صعب، وأشار إلى القول: «لا حل قريبا».")
    assert said(analyzer, body, "verb", "quote_type") == [("وخلص", "direct"), ("وقال", "indirect"), ("وأشار", "direct")]


def test_ali_after_a_given_name_then_a_family_name_and_a_title(analyzer):
    # علي between a listed given name and a family name, then a title: the name علي, not the preposition على
    body = ("وقال الدكتور محمد علي العمري المستشار الخاص إن القوات لم تنفذ أية عملية.\n"
            "وأكد الدكتور محمد علي مارم السكرتير الخاص أن الأوضاع تتطور.")
    assert said(analyzer, body, "speaker_id") == ["محمد علي العمري", "محمد علي مارم"]


def test_a_name_right_after_li_and_a_title_is_the_principals(analyzer):
    # "السكرتير الخاص للرئيس هادي": the secretary speaks, unnamed; هادي is whom he serves (but a rank is also a noun:
    # "للفريق" is the team's); after a rank and a full name, a listed person later in the title is the principal too
    body = ("وأكد السكرتير الخاص للرئيس هادي أن الأوضاع تتطور.\n"
            "وقال القائد السابق للفريق براين روبسون إن الفريق منافس على اللقب.\n"
            "وقال الدكتور محمد علي مارم السكرتير الخاص لرئيس الجمهورية اليمني عبدربه منصور هادي إن القوات لم تنفذ أية عملية.")
    assert said(analyzer, body, "speaker_id") == ["role:السكرتير الخاص للرييس", "براين روبسون", "محمد علي مارم"]


def test_kashaf_hadha_then_told_outlet_and_a_titled_speaker_who_goes_on(analyzer):
    # "كشف هذا لـ«X» Y": هذا (as ذلك) is the object, what the sentence before said; Y and his title may be followed by
    # his next verb ("... السكرتير الخاص وقال:")
    body = ('وصلت كتيبة عسكرية إماراتية إلى عدن لتأمين مطارها.\n'
            'كشف هذا لـ"الرياض" الدكتور محمد علي مارم، وقال: القوات لم تنفذ أية عملية إنزال بري.\n'
            'وشارك نحو ألف جندي في تأمين المطار.\n'
            'أكد ذلك الدكتور خالد العلي السكرتير الخاص وقال: العمل يسير بتنظيم كبير.')
    assert said(analyzer, body, "speaker_id") == ["محمد علي مارم"] * 2 + ["خالد العلي"] * 2


def test_a_title_serving_a_principal_resolves_to_the_name_before_it(analyzer):
    # "الدكتور X السكرتير الخاص لرئيس الجمهورية Y": the title's later mention ("السكرتير الخاص للرئيس") is X, named
    # right before it; Y is whom he serves
    body = ('وصلت كتيبة عسكرية إماراتية إلى عدن لتأمين مطارها.\n'
            'كشف هذا لـ"الرياض" الدكتور محمد علي مارم السكرتير الخاص لرئيس الجمهورية اليمني عبدربه منصور هادي '
            'وقال: القوات لم تنفذ أية عملية إنزال بري.\n'
            'وأكد السكرتير الخاص للرئيس هادي أن الأوضاع تتطور بإيجابية.')
    assert said(analyzer, body, "speaker_id") == ["محمد علي مارم"] * 3


def test_a_quoted_car_model_after_cars_is_a_name(analyzer):
    # سيارة / سيارات / طراز are naming nouns: "مبيعات سيارات «إس يو في»" names a class of cars, no quotation
    body = "أعرب أكسل بنسلر، مدير الإنتاج في الشركة، عن أمله في استمرار نمو مبيعات سيارات «إس يو في» في أسواق العالم."
    assert said(analyzer, body, "quote_type") == ["indirect"]


def test_a_subject_pronoun_before_the_verb_makes_the_name_after_it_the_object(analyzer):
    # "هو يتهم قمبيز بأنه": the pronoun is the subject; قمبيز, named before, is who is accused
    body = ("بعد أن انتهى قمبيز من احتلال مصر، أرسل مجموعة إلى ملك الحبشة.\n"
            "طبعًا هي هدية تحمل إهانة في إطار مهذب، هو يتهم قمبيز بأنه أضعف من أن يستخدم هذا القوس.")
    assert said(analyzer, body, "speaker_id") == []


def test_a_directive_with_bi_and_a_plural_verbal_noun(analyzer):
    # "وطالب بتغييرات": ب and the plural of a verbal noun is what is demanded, the subject the clause's before
    body = "غربل مدرب الفريق الأول التونسي فتحي الجبال خارطة فريقه، وطالب بتغييرات عدة في صفوف الفريق."
    assert said(analyzer, body, "speaker_id") == ["فتحي الجبال"]


def test_a_present_verb_after_therefore_opens_a_clause(analyzer):
    # "لذلك يقول X:": a present form right after لذلك / لذا / لهذا opens its clause, it is no noun inside one
    body = ("وجاء لويس الرابع عشر بعد سلسلة من الحروب، لذلك يقول ميكافيلي في كتابه المشهور الأمير: العزلة خطرة، "
            "خصوصاً وقت الحرب.")
    assert said(analyzer, body, "speaker_id") == ["ميكافيلي"]


def test_a_given_and_family_name_with_the_article_is_the_person_named_without_it(analyzer):
    body = ('وأوضح الأمين العام للنقابة مروان بن رشاد زبيدي ل"الرياض"، أن هذا الموسم يشهد عزوفاً كبيراً.\n'
            "وعزا مروان الزبيدي العزوف إلى صعوبة العمل، مشيراً إلى أن المجال متاح.")
    # ("عزا" reports nothing; its subject is the participle's)
    assert said(analyzer, body, "speaker_id") == ["مروان بن رشاد زبيدي"] * 2


def test_a_time_after_a_title_is_no_prepositional_complement(analyzer):
    # "وقال رئيس الخليج بعد ختام معسكر فريقه": بعد 'after' opens a time, not ب and the title's complement, so the
    # words after it are no name; the title is the club president named before
    body = ("أكد فوزي الباشا رئيس نادي الخليج أن المستوى المميز سيكون دافعا قويا.\n"
            "وقال رئيس الخليج بعد ختام معسكر فريقه في بالنسيا الإسبانية، إن المدرب وقف على جاهزية اللاعبين.")
    assert said(analyzer, body, "speaker_id") == ["فوزي الباشا"] * 2


def test_despite_opens_no_name_after_a_title(analyzer):
    # "الناقد ... اللذيذة رغم ندرتها": رغم 'despite' is no name word after the title's description
    body = ("يقول الشاعر والناقد فهد عافت: “السبب الحقيقي لفوز النصر أن الفريق حدد هدفه مبكرا”.\n"
            "ويعرج الناقد الأدبي صاحب المقالات الرياضية اللذيذة رغم ندرتها، على خسارتي النصر أمام الأهلي، "
            "مشيرا إلى أن الخسارة الثانية كانت مؤلمة.")
    assert "رغم" not in said(analyzer, body, "speaker_id")


def test_a_known_surname_after_a_lead_word_is_the_subject_before_the_verb(analyzer):
    # "إلا أن المخلافي أكد أن": after إلا أن, the surname of a person the article named is the subject, not the
    # speaker of the sentence before
    body = ("كشف قائد المقاومة الشعبية في تعز حمود المخلافي، أن قيادات حزبية تقدموا بمبادرة.\n"
            "وعلى صفحته بموقع فيسبوك أعلن البركاني عن المبادرة، مشيرا إلى أن شخصيات من تعز شاركته في صياغتها.\n"
            "إلا أن المخلافي أكد أن المقاومة جزء لا يتجزأ من التحالف العربي.")
    assert said(analyzer, body, "speaker_id")[-1] == "حمود المخلافي"


def test_yablugh_amounts_to_and_reports_nothing(analyzer):
    # يبلغ is "amounts to" ("يبلغ سعر خدمات الإنترنت 15 هللة"); أبلغ 'told' is read in the past only
    body = ("تتيح الباقة الجديدة للمشتركين وضوحا في التكلفة، كما يبلغ سعر خدمات الإنترنت 15 هللة للميجابايت، "
            "في حين أن خدمات الرسائل النصية بـ 19 هللة للرسالة.")
    assert said(analyzer, body, "speaker_id") == []


def test_a_present_verb_after_a_pause_with_a_title_next_opens_a_clause(analyzer):
    # ".. ويرى النائب X أنّ": after a pause written "..", a present form with a title next opens its clause
    # (the participle after it is the MP's, not the prime minister's named first); "..يقول ربنا" does not
    body = ("يحظى الرئيس تمام سلام بدعم واسع، وهو لا يتهرّب من مسؤولياته.. ويرى النائب عمار حوري أنّ الاستقالة حق "
            "طبيعي لرئيس الحكومة، مشيرًا إلى أن من عليه أن يستقيل هو من يُعطّل.\n"
            "أنا بطبيعتي إنسان متفائل.. يقول ربنا في الحديث القدسي إن الظن حسن.")
    assert said(analyzer, body, "speaker_id") == ["عمار حوري"] * 2


def test_a_strict_verb_opening_its_sentence_with_a_colon_goes_on_with_the_speaker(analyzer):
    # 'وبيّن: "..."': بيّن with a colon right after it is the verb, not "between"; the last speaker goes on
    body = ('وأوضح المتحدث الرسمي لوزارة الصحة الدكتور خالد مرغلاني، أنه تم التأكد من استكمال التجهيزات.\n'
            'وبيّن: "تم مناقشة الاستعدادات وتكامل الخدمات الصحية لضيوف الرحمن".')
    assert said(analyzer, body, "speaker_id", "quote_type") == [("خالد مرغلاني", "indirect"), ("خالد مرغلاني", "direct")]


def test_an_indefinite_nationality_opens_no_name(analyzer):
    # "قال سعودي يعمل في الشركة": an unnamed Saudi; "مقتل طالب سعودي يدرس": a Saudi student (طالب no verb with a named
    # subject); but a family name the article gave stays the person's ("وأشار هندي" after "ملهم بن محمد هندي")
    assert said(analyzer, "قال سعودي يعمل في الشركة إن الوضع سيئ.", "speaker_type") == ["anonymous"]
    body = ("تحقق الشرطة في مقتل طالب سعودي يدرس في جامعة مدينة ويتشيتا، عثر عليه فجر الأحد مصابا بطلقات نارية.\n"
            'وقال الباحث الفلكي ملهم بن محمد هندي إن الشهب تبلغ ذروتها الليلة.\nوأشار هندي إلى أن رصدها ممكن بالعين.')
    assert [s for s in said(analyzer, body, "speaker_id") if not s.startswith("anon:")] == ["ملهم بن محمد هندي"] * 2


def test_the_writers_i_said_after_a_comma_is_no_name(analyzer):
    # "هكذا قال زميلي النصراوي، فقلت:": فقلت is the columnist's "I said", not a name set off after the title
    body = "يجب أن لا نجهض طموحات الاتحاد.. هكذا قال زميلي النصراوي، فقلت: ما يمدح السوق إلا من ربح فيه!!"
    assert "فقلت" not in said(analyzer, body, "speaker_id")


def test_basim_right_after_a_verb_with_a_title_after_the_family_name_is_a_given_name(analyzer):
    # "أكد باسم منقل أمين عام نادي الوحدة أن": باسم opens the name (a title follows the family name), not "on behalf of"
    body = 'أكد باسم منقل أمين عام نادي الوحدة أن المرحلة المقبلة مهمة جدا.\nوقال "من مهام عمل أمانة النادي إعادة النظر".'
    assert said(analyzer, body, "speaker_id") == ["باسم منقل"] * 2
    assert said(analyzer, "وقال المتحدث باسم الشرطة إن الوضع هادئ.", "speaker_id") == ["role:المتحدث باسم الشرطه"]


def test_a_present_verb_after_on_this_matter_opens_a_clause(analyzer):
    # "وفي هذا الصدد يقول X:": "on this matter" opens the sentence; the present verb after it is the verb of saying
    body = 'وفي هذا الصدد يقول الباحث جبر الشوفي: «لدينا مشكلة حقيقية في المنطقة».'
    assert said(analyzer, body, "speaker_id", "quote_type") == [("جبر الشوفي", "direct")]


def test_and_who_ends_a_name(analyzer):
    # "فترى الناس ومن حولك على وضعك": ومن (and who, and from) is no word of a name
    body = "الناس لا تكشف عن وجوههم إلا حين تنتهي المنفعة، فترى الناس ومن حولك على وضعك الطبيعي وأهميتك."
    assert said(analyzer, body, "speaker_id") == []


def test_an_indefinite_plural_of_a_participle_is_an_unnamed_group(analyzer):
    # "ونقلت قناة X عن مسافرين ... قولهم": travellers (مسافر + ين), unnamed, not a person called مسافرين
    body = "ونقلت قناة «سكاي نيوز» عن مسافرين بين ركاب الطائرة قولهم، إنهم أبلغوا بوجود شحنة مشتبه بها."
    assert said(analyzer, body, "speaker_type") == ["anonymous"]


def test_a_verb_after_besides_opens_a_clause(analyzer):
    # "إلى ذلك أبان X أن": أبان is a verb only at a clause start, and "إلى ذلك" (besides) opens one
    body = "واصل الفريق تدريباته بالمعسكر.\nإلى ذلك أبان بدر هوساوي إداري الفريق أن أمور المعسكر تسير على خير ما يرام."
    assert said(analyzer, body, "speaker_id") == ["بدر هوساوي"]


def test_a_quotation_after_ba_and_a_verbal_noun_is_partial(analyzer):
    # "ووعد X باستمرار دعم «...»": the writer's words open the object the quotation ends; "دعا إلى «...»" quoted
    # to its end stays direct, and so does "قالت ببساطة «...»" (the manner)
    body = ("ووعد الرئيس حسن العلي باستمرار دعم «الأصدقاء في المنطقة والشعوب في فلسطين واليمن».\n"
            "ودعا الوزير خالد السالم إلى «تطبيق كامل للجدول الزمني».\n"
            "وقالت الكاتبة نورة الفهد ببساطة «ما هو أصل الحب وحش».")
    assert said(analyzer, body, "quote_type") == ["partial", "direct", "direct"]


def test_a_name_quoted_after_an_epidemic_or_aboard_is_no_quotation(analyzer):
    # 'وباء "كورونا"'، 'على متن "يو إس إس إلكسندريا"': names in the reported speech, so it stays indirect
    body = ('وقال المدعي العام ديردي ديلي إن الرقيب كان يعمل ميكانيكيا على متن "يو إس إس إلكسندريا"، الغواصة النووية الهجومية.\n'
            'وقال الوزير خالد الفالح إن الأطباء تعرضوا لمخاطر عديدة في ظل وباء "كورونا".')
    assert said(analyzer, body, "quote_type") == ["indirect", "indirect"]


def test_is_considered_one_of_is_no_statement(analyzer):
    # "فيما يعتبر X من أبرز لاعبي الفريق"، "تعتبر البتراء أشهر المعالم": "is considered (one of)", nobody speaks, and
    # the verbs after do not go on from X; "يعتبر X من الضروري أن" and "يعتبر X أن" are his view
    body = ("فيما يعتبر حسن رغفاوي من أبرز لاعبي الفريق الأول.\nونفت إدارة النادي أن الصفقة تمهيد لبيع عقد اللاعب.\n"
            "وتعتبر البتراء أشهر المعالم الأثرية في الأردن.")
    assert "حسن رغفاوي" not in said(analyzer, body, "speaker_id")
    body = "ويعتبر الوزير محمد العلي من الضروري أن تتم المراجعة.\nويعتبر الدكتور سعد الفهد أن المراجعة ضرورية."
    assert said(analyzer, body, "speaker_id") == ["محمد العلي", "سعد الفهد"]


def test_a_religious_authority_is_a_title(analyzer):
    # "المرجع الشيعي في العراق الشيخ X": المرجع opens a person's title, not an institution's name
    body = "دعا المرجع الشيعي في العراق الشيخ محمد الحكيم الحكومة إلى الإصلاح."
    assert said(analyzer, body, "speaker_id") == ["محمد الحكيم"]


def test_the_honorific_ayatollah_opens_no_name(analyzer):
    # "آية الله أحمد جنتي"، "المرجع ... في العراق آية الله علي السيستاني": the honorific is no part of the name, and علي
    # after it is the name, not the preposition على
    assert said(analyzer, "وقال آية الله أحمد جنتي إن الاتفاق سيئ.", "speaker_id") == ["احمد جنتي"]
    body = "دعا المرجع الشيعي الأعلى في العراق آية الله علي السيستاني رئيس الوزراء إلى الضرب بيد من حديد."
    assert said(analyzer, body, "speaker_id") == ["علي السيستاني"]


def test_is_considered_the_most_right_after_the_verb_is_no_statement(analyzer):
    # "إلا أن أغنية X تعتبر الأكثر مبيعا": the superlative right after تعتبر is no speaker's name
    body = ('وغنت ماجدة عددا من الأغنيات، إلا أن أغنية "كن صديقي" تعتبر الأكثر مبيعا وتداولا على الرغم من مضي عشرة أعوام.\n'
            "وكشفت أنها تعكف حاليا على عدد من الأعمال الفنية.")
    assert not any("مبيعا" in s for s in said(analyzer, body, "speaker_id"))


def test_ba_and_a_definite_noun_after_a_full_name_ends_it(analyzer):
    # "رحب الدكتور يورجين تودنهوفر بالبيان المشترك ... معتبرا أن": the praised statement is no part of the name the
    # participle goes on with
    body = "من جهته، رحب الخبير في شؤون الخليج الدكتور يورجين تودنهوفر بالبيان المشترك للاجتماع الوزاري معتبرا أن البيان خطة عمل."
    assert set(said(analyzer, body, "speaker_id")) == {"يورجين تودنهوفر"}


def test_any_and_a_noun_opens_no_name(analyzer):
    # "ورفض أي توجه خليجي": أي (any) and a noun are the verb's object, no person
    body = "كانت أجندته تعتمد على التهديد والوعيد ورفض أي توجه خليجي على وجه الخصوص."
    assert said(analyzer, body, "speaker_id") == []


def test_a_participles_plural_in_construct_is_an_unnamed_group(analyzer):
    # "ونقلت صحيفة X عن محققي جهاز المخابرات أن": investigators (محقق + ي in construct), unnamed, no person "محققي"
    body = "ونقلت صحيفة يديعوت أحرونوت في تقرير لها عن محققي جهاز المخابرات أن أعضاء التنظيم أصبحوا يؤيدون القتل."
    assert said(analyzer, body, "speaker_type") == ["anonymous"]


def test_ala_before_the_side_is_the_preposition(analyzer):
    # "وأضاف على الجانب الإيراني أن يمتنع": على and "the side", no person called علي الجانب; the speaker goes on
    body = "وقال الخبير الدكتور يورجين تودنهوفر إن التغيير يحتاج إلى عمل، وأضاف على الجانب الإيراني أن يمتنع عن دعم التنظيمات."
    assert said(analyzer, body, "speaker_id") == ["يورجين تودنهوفر"] * 2


def test_ali_after_a_title_before_a_preposition_is_the_name(analyzer):
    # "تحدث الشاعر علي عاشور عن تجربة سباع، وقال": علي عاشور before عن is the poet, not "on عاشور"; سباع, the topic,
    # does not speak
    body = 'من جانبه، تحدث الشاعر علي عاشور عن تجربة سباع، وقال "بكثير من الترميز والوصف تبرز تجربة سباع".'
    assert "سباع" not in said(analyzer, body, "speaker_id")


def test_a_tweet_after_on_the_site_and_she_says(analyzer):
    # "وغردت كلينتون الخميس الماضي على موقع «تويتر» تقول: «...»": the present of saying after an adjunct with على
    # introduces the tweet
    body = "وغردت كلينتون الخميس الماضي على موقع «تويتر» تقول: «يحاول الجمهوريون منع ملايين المواطنين من التصويت»."
    assert said(analyzer, body, "speaker_id", "quote_type") == [("كلينتون", "direct")]


def test_the_official_in_charge_is_a_title(analyzer):
    # "أعلن المكلف بالإعلام في وزارة الداخلية X أن": المكلف opens a title, the name after its complement speaks
    body = "حيث أعلن المكلف بالإعلام في وزارة الداخلية وليد الوقيني أن عمليات التمشيط لا تزال جارية."
    assert said(analyzer, body, "speaker_id") == ["وليد الوقيني"]


def test_unmarked_words_opening_with_a_clause_particle_after_a_named_speaker(analyzer):
    # "وأضاف يحيى العبيري لا بد من حل جذري": no أن or colon, but his words open with a clause's particle right after
    # his name; a word that is no such particle still needs its marker
    assert said(analyzer, "وأضاف يحيى العبيري لا بد من حل جذري لهذه المشكلة.", "speaker_id", "quote_type") == [("يحيي العبيري", "indirect")]
    assert said(analyzer, "وقال خالد الغامدي لقد تأخرت المشاريع كثيرا هذا العام.", "speaker_id") == ["خالد الغامدي"]
    assert said(analyzer, "وقال خالد الغامدي علاقات البلدين في أوجها حاليا.", "speaker_id") == []


def test_ali_after_a_title_and_a_nationality_before_a_name_like_word(analyzer):
    # "ونفى رئيس البرلمان الإيراني علي لاريجاني ما قاله المعهد": علي is the name; "على ضرورة" after them is no name
    body = "ونفى رئيس البرلمان الإيراني علي لاريجاني ما قاله المعهد أيضا."
    assert said(analyzer, body, "speaker_id") == ["علي لاريجاني"]
    body = "وشدد رئيس الوزراء العراقي على ضرورة الإسراع في الإصلاحات."
    assert said(analyzer, body, "speaker_id") == ["role:رييس الوزراء العراقي"]



def test_what_someone_wrote_is_a_noun_unless_his_words_follow_the_name(analyzer):
    # "آخر ما كتب الأبنودي قبل رحيله، والثانية هي «...»": the relative ما makes "what X wrote" a noun; the quotation
    # further on is a song's title, not his words; right after the name, a quotation is his
    body = "وتعد هذه الأغنية آخر ما كتب الأبنودي قبل رحيله، والثانية هي «فات الكتير يا بلادنا» إحدى أغاني فرقة الأرض."
    assert said(analyzer, body, "speaker_id") == []
    body = "ومن أجمل ما قال الشاعر محمد الثبيتي «إن الحياة جميلة جدا لمن يراها»."
    assert said(analyzer, body, "speaker_id", "quote_type") == [("محمد الثبيتي", "direct")]


def test_a_common_noun_with_the_article_after_a_full_foreign_name_is_the_object(analyzer):
    # "ووصف رئيس البلدية كازومي ماتسوي السلاح الذري": no listed given name in the name, so السلاح (a common noun)
    # is no family name
    body = "ووصف رئيس بلدية المدينة كازومي ماتسوي السلاح الذري بانه خطر على البشرية."
    assert said(analyzer, body, "speaker_id") == ["كازومي ماتسوي"]


def test_a_few_quoted_words_a_description_gives_are_a_fragment(analyzer):
    # "ووصف X السلاح الذري بانه «شر مطلق»، داعيا ...": what he calls it, quoted, is a fragment of his words
    body = "ووصف رئيس بلدية المدينة كازومي ماتسوي السلاح الذري بانه “شر مطلق”، داعيا العالم الى العمل."
    assert said(analyzer, body, "verb", "quote_type")[0] == ("ووصف", "partial")


def test_a_participle_of_calling_on_takes_its_addressee_before_its_preposition(analyzer):
    # "...، داعيا العالم الى العمل": العالم is the party called on, then to what; the call is a statement of its own
    body = "وقال الوزير خالد الفالح إن السلاح الذري خطير، داعيا العالم الى العمل من أجل السلام."
    assert said(analyzer, body, "verb", "quote_type") == [("وقال", "indirect"), ("داعيا", "indirect")]


def test_a_few_quoted_latin_words_are_a_name_not_a_quotation(analyzer):
    # 'أن الضفدعين "Corythomantis greeningi" و "Aparasphenodon brunoi" يمتلكان': species' Latin names, no fragment
    body = 'وأوضح الباحث إدموند برودي أن الضفدعين "Corythomantis greeningi" و "Aparasphenodon brunoi" يمتلكان آلية هجومية.'
    assert said(analyzer, body, "quote_type") == ["indirect"]


def test_a_title_in_the_dual_names_two_speakers(analyzer):
    # "وأكد المحللان X وY ...": a title in the dual, then both its people speak
    body = "وأكد المحللان خالد الفالح ومحمد الجدعان بقاء الأسعار مرتفعة."
    assert said(analyzer, body, "speaker_id") == ["خالد الفالح", "محمد الجدعان"]



def test_the_two_scientists_is_a_title_not_a_name_word(analyzer):
    # "وأوضح العالمان X وY اللذان أشرفا على الدراسة أن": العالمان (the singular is also "the world") is a title
    body = "وأوضح العالمان إدموند برودي وكارلوس غاريد اللذان أشرفا على الدراسة أن الضفدعين يمتلكان آلية هجومية."
    assert said(analyzer, body, "speaker_id")[0] == "ادموند برودي"


def test_disclosed_is_a_reporting_verb(analyzer):
    # "أفصح وزير العمل X في تدوينة ... أنه التقى": أفصح reports what he disclosed
    body = "وأفصح وزير العمل الدكتور مفرج الحقباني في تدوينة على حسابه في موقع تويتر، أنه التقى بوزير الإسكان."
    assert said(analyzer, body, "speaker_id", "verb_class") == [("مفرج الحقباني", "announcement")]


def test_a_quoted_word_after_a_count_is_its_measure_not_a_fragment(analyzer):
    # 'ما تستهلكه المخابز عشرة آلاف "كيس" خبز يوميا': the unit counted, quoted by the writer, not the speaker's words
    body = 'وأكد نائب رئيس اللجنة فايز حمادة أن المخابز تستهلك عشرة آلاف "كيس" خبز يوميا.'
    assert said(analyzer, body, "quote_type") == ["indirect"]


def test_a_noun_with_my_is_no_speakers_name(analyzer):
    # "وأضاف سعادتي أيضاً أن أتواجد ...": "my happiness", the speaker's own words, not a person named سعادتي
    body = 'وقال الكابتن خميس الزهراني: "لدي ثلاث رسائل".\nوأضاف سعادتي أيضاً أن أتواجد في نادي الاتحاد.'
    assert "سعادتي" not in said(analyzer, body, "speaker_id")


def test_a_while_clause_opening_the_sentence_gives_its_participle_a_subject(analyzer):
    # "فيما تحدث مدير الشركة الكابتن X قائلاً: «...»": the clause opens the sentence, no comma before فيما
    body = 'وقال الدكتور عبدالله بن عفيف: "نفخر بالتعاون".\nفيما تحدث مدير شركة التطوير الرياضي الكابتن خميس الزهراني قائلاً: "لدي ثلاث رسائل".'
    assert said(analyzer, body, "speaker_id") == ["عبدالله بن عفيف", "خميس الزهراني"]


def test_a_long_titled_subject_opening_the_sentence_speaks_through_a_joined_verb(analyzer):
    # "وفي البداية تحدث المشرف العام على القطاعات السنية في نادي الاتحاد X وقال: «...»": the title runs past في, and its
    # name ends right before و and the verb; a discourse adverbial with no comma may open the sentence
    body = 'وفي البداية تحدث المشرف العام على القطاعات السنية في نادي الاتحاد محمد الجهني وقال: "يسعدنا التعاون".'
    assert said(analyzer, body, "speaker_id", "quote_type") == [("محمد الجهني", "direct")]


def test_the_word_a_title_governs_is_not_a_foreign_given_name(analyzer):
    # "وقال وزير العمل سجعان قزي إن": العمل is the ministry (a short stem like إلمار's), the name is سجعان قزي
    body = "وقال وزير العمل سجعان قزي إن الوقت للصمود."
    assert said(analyzer, body, "speaker_id") == ["سجعان قزي"]


def test_a_surname_named_before_right_after_the_opening_verb_is_the_participles_subject(analyzer):
    # "واستدرك الملحم في تصريحه مطالباً ...": الملحم, named before in full, is the subject of the clause, not the
    # speaker quoted last
    body = ("وقال أمين الأحساء المهندس عادل بن محمد الملحم إن الحدائق جاهزة. وقال المدير خالد الفالح إن العمل مستمر. "
            "واستدرك الملحم في تصريحه مطالباً الجميع بضرورة الحرص والاهتمام بالحدائق.")
    assert said(analyzer, body, "speaker_id")[-1] == "عادل بن محمد الملحم"


def test_a_strict_verb_joined_by_wa_to_a_named_subjects_clause_speaks_for_it(analyzer):
    # "واستقبل الأمير X الوفد في مكتبه وعبر عن سعادته": عبر (also "across") after و, عن right after it, the clause's subject
    body = "واستقبل أمير المنطقة الأمير فيصل بن خالد الوفد في مكتبه وعبر عن سعادته بالزيارة."
    assert said(analyzer, body, "speaker_id", "verb") == [("فيصل بن خالد", "وعبر")]


def test_a_verbal_noun_after_a_preposition_is_no_name_after_a_title(analyzer):
    # "أشار إليه الطبيب بإجراء التحليل": ب and a verbal noun, what the doctor advised, not the doctor's name
    body = ("أبو فهد يسأل ويقول إنه أصيب باصفرار بالجسم وكذلك العيون، وعند الذهاب لعيادة خاصة أشار إليه الطبيب بإجراء التحليل "
            "وبعد ظهور النتائج التحليلية أخبره الطبيب أنه مصاب بفيروس كبدي.")
    assert not [s for s in said(analyzer, body, "speaker_id") if "اجراء" in s]


def test_what_after_a_reporting_verb_opens_its_object_not_a_subject(analyzer):
    # "أود أن أوضح ما انطوى عليه الخبر من مغالطات": ما and its clause are what is clarified; انطوى is no name
    body = "أود أن أوضح ما انطوى عليه الخبر من مغالطات، حيث إن تعيينه نظامي."
    assert said(analyzer, body, "speaker_id") == []


def test_a_long_quoted_name_its_naming_noun_opens_does_not_make_a_fragment(analyzer):
    # "أعلنت عن النسخة الثانية من «جائزة اليونيسكو - الملك حمد ... في مجال التعليم»": the prize's name, not quoted speech
    body = ("صرح الدكتور ماجد بن علي النعيمي أن المنظمة قد أعلنت عن النسخة الثانية من «جائزة اليونيسكو - الملك حمد بن عيسى "
            "آل خليفة لاستخدامات تكنولوجيا المعلومات والاتصال في مجال التعليم»، وذلك على موقع المنظمة الإلكتروني.")
    assert said(analyzer, body, "quote_type") == ["indirect"]


def test_a_titles_word_repeated_after_wa_names_a_second_place_of_the_office(analyzer):
    # "كلمة لرئيس مركز بني حرير وبني عدوان X نوه فيها": وبني repeats بني, the second place, and the name follows
    body = "وتخلل الحفل كلمة لرئيس مركز بني حرير وبني عدوان محمد بن معيض الفائز نوه فيها إلى جهود القائمين على الملتقى."
    assert said(analyzer, body, "speaker_id") == ["محمد بن معيض الفايز"]


def test_ali_after_a_title_before_a_name_word_and_a_family_nisba_is_the_name(analyzer):
    # "يقول المواطن علي مفرح الهروبي ... إنهم": علي, an unlisted name word and a family name in ـي (على, an indefinite
    # noun and a definite adjective would not agree)
    body = "يقول المواطن علي مفرح الهروبي من سكان قرية الخليلة إنهم يعانون احتجازات متكررة."
    assert said(analyzer, body, "speaker_id") == ["علي مفرح الهروبي"]


def test_content_after_anna_at_a_line_end_is_read_on_the_next_line(analyzer):
    # "مضيفاً أنه" / "عند الساعة السادسة ...": the page broke the line inside the sentence; the reported clause follows
    body = ("وأكد الناطق الإعلامي لشرطة المنطقة الشرقية العقيد زياد الرقيطي، الواقعة مضيفاً أنه\n"
            " عند الساعة السادسة من صباح أمس أبلغ مقيم مركز الضبط الأمني.")
    assert said(analyzer, body, "speaker_id", "verb") == [("زياد الرقيطي", "مضيفاً")]


def test_an_aside_in_brackets_after_the_name_is_no_gap_before_the_preposition(analyzer):
    # "أعرب X (متسوق)، عن سعادته": the bracketed role, then عن opening what he expressed
    body = "من جهته، أعرب عبدالله ظافر الشهري (متسوق)، عن سعادته بما شاهده في المهرجان من كميات العسل الجيد."
    assert said(analyzer, body, "speaker_id", "verb") == [("عبدالله ظافر الشهري", "أعرب")]


def test_an_elative_after_a_given_name_is_no_family_name(analyzer):
    # "ويستعرض د. فواز أبرز مقومات الاقتصاد": أبرز governs the noun after it (the most notable ...), no part of the name
    body = "ويستعرض د. فواز أبرز مقومات الاقتصاد السعودي، مبيناً أن الاعتماد على الوظيفة أصبح جزءاً من الماضي."
    assert said(analyzer, body, "speaker_id") == ["فواز"]


def test_a_verbal_noun_of_emphasis_reports_what_follows_ala(analyzer):
    # "وجاء تأكيد الرئيس X على أهمية ...": what the president stressed, like "أكد X على أهمية"
    body = "وجاء تأكيد الرئيس المصري عبدالفتاح السيسي على أهمية إعلان القاهرة للعلاقات بين البلدين."
    assert said(analyzer, body, "speaker_id", "verb") == [("sisi", "تأكيد")]


def test_nabbaha_reports_what_is_pointed_out(analyzer):
    # "ونبه X إلى خطورة ..."، "منبهًا إلى وجود ثغرة": alerted to, like لفت / نوه
    body = "ونبه مدير الدفاع المدني العقيد محمد العاصمي إلى خطورة السيول في الأودية."
    assert said(analyzer, body, "speaker_id", "verb_class") == [("محمد العاصمي", "interpretive")]


def test_a_nasab_takes_the_id_of_the_same_name_with_its_clan(analyzer):
    # "الشيخ عبد العزيز بن عبد الله" and later "... بن عبد الله آل الشيخ": one person, the fuller name's id
    body = ("قال الشيخ عبد العزيز بن عبد الله إن الصلاة واجبة على كل مسلم. "
            "وأكد الشيخ عبد العزيز بن عبد الله آل الشيخ أن البدع خطيرة.")
    assert set(said(analyzer, body, "speaker_id")) == {"عبد العزيز بن عبد الله ال الشيخ"}


def test_a_germ_named_in_quotation_marks_makes_no_fragment(analyzer):
    # "لانتقال ميكروب «سالمونيلا»": the germ's name after ميكروب, not a quoted fragment of the speaker's words
    body = ("ذكر ذلك سعد الثويني، مدير إدارة الإعلام بأمانة المنطقة، مبيناً أن سبب التسمم عائد لانتقال ميكروب «سالمونيلا» "
            "من بعض العمالة المشغلة للمطعم.")
    assert said(analyzer, body, "quote_type") == ["indirect"]


def test_a_common_noun_the_title_governs_comes_before_the_name(analyzer):
    # "مدربة مسار البحث العلمي زينب العيسى": مسار (track) is what the trainer trains, its adjectives follow, then her name
    body = "وأفادت مدربة مسار البحث العلمي زينب العيسى أن مسار البحث العلمي يتم فيه تدريب الطالبات."
    assert said(analyzer, body, "speaker_id", "verb") == [("زينب العيسي", "وأفادت")]


def test_names_of_two_words_joined_by_wa_before_the_content_each_speak(analyzer):
    # "وذكر سعد إبراهيم ومحمد حديدي وشائع عداوي أن": three residents, named in a row before أن (حديدي، شائع also words)
    body = "وذكر سعد إبراهيم ومحمد حديدي وشائع عداوي أن المحافظة تحتاج إلى العديد من الخدمات."
    assert said(analyzer, body, "speaker_id") == ["سعد ابراهيم", "محمد حديدي", "شايع عداوي"]


def test_a_listed_given_name_before_a_name_word_opens_a_new_name_not_a_surname(analyzer):
    # "كل من أحمد إبراهيم ... وإبراهيم مشرعي": إبراهيم opens the next resident's name, not the surname of the first
    body = ("وقال كل من أحمد إبراهيم وسامي الحازمي وإبراهيم مشرعي وخالد الألمعي «نسمع عن المجلس البلدي إلا أننا لم نشاهد "
            "له أي إنجازات».")
    assert said(analyzer, body, "speaker_id") == ["احمد ابراهيم", "سامي الحازمي", "ابراهيم مشرعي", "خالد الالمعي"]


def test_a_verbal_noun_with_your_or_a_dual_noun_in_construct_is_no_name(analyzer):
    # "ويرفض إعطاءك كلمة السر" (giving you), "وطالبت قائمتا «...» و«...»" (the two lists): nouns, no speakers' names
    body = ("ويرفض إعطاءك كلمة السر الخاصة بهاتفه. وطالبت قائمتا «خبرة وشباب» و«الاتفاق الجديد» المتنافستان على رئاسة النادي "
            "مؤيديهم بمراعاة مطالب الرئاسة.")
    assert [s for s in said(analyzer, body, "speaker_type") if s == "person"] == []


@pytest.mark.parametrize("body, expected", [
    # "وقال علي مسفر إنه": after قال (which takes no على) a listed given name, then the content
    ("وقال علي مسفر إنه تم التحول إلى الدرهم الإلكتروني في كافة الرسوم.", [("علي مسفر", "وقال")]),
    # "وقال علي أحمدي المتحدث باسم القوات ...": a name word, then a title
    ("وقال علي أحمدي المتحدث باسم القوات التي تقاتل الحوثيين في عدن إن القتال مستمر.", [("علي احمدي", "وقال")]),
    # but على and its object, then the content: "وقال على تويتر إنه" (no speaker named)
    ("وقال على تويتر إنه سيفعل ذلك قريبا.", []),
])
def test_ali_after_a_verb_that_takes_no_ala_opens_a_name_before_the_content_or_a_title(analyzer, body, expected):
    assert [(i, v) for i, v in said(analyzer, body, "speaker_id", "verb") if i] == expected


def test_a_present_verb_after_bihadha_alsadad_opens_a_statement(analyzer):
    # "بهذا الصدد يقول د.X -استشاري ...- إن": "on this matter", written with ب as with في, before the verb
    body = "بهذا الصدد يقول د.كيفن حافظ -استشاري طب الطوارئ- إن هناك محلولاً يضاف عادة إلى العطور الرخيصة."
    assert said(analyzer, body, "speaker_id", "verb") == [("كيفن حافظ", "يقول")]


@pytest.mark.parametrize("body, expected", [
    # "ونقلت الصحيفة عن إحداهن قولها": one of the women described, unnamed: an anonymous source, not a name
    ("ونقلت الصحيفة عن إحداهن قولها إن عملية الخداع بدأت عبر الإنترنت.", [("anonymous", "إحداهن")]),
    ("وقال أحدهم إن الحي يعاني من الإهمال منذ سنوات.", [("anonymous", "أحدهم")]),
    # with his name after it, the name speaks
    ("ويقول أحدهم محمد العلي (50 عاما) إن الحي يعاني من الإهمال.", [("person", "أحدهم محمد العلي")]),
])
def test_one_of_them_is_an_anonymous_source_unless_named(analyzer, body, expected):
    assert said(analyzer, body, "speaker_type", "speaker") == expected


def test_a_noun_with_bi_after_the_comma_is_the_verbs_object_not_the_speakers_name(analyzer):
    # "رحب الشمري، بحضور الطلاب للنادي": بحضور (ب and a noun) is what he welcomed, no name set off after his family name
    body = "وفي بداية اللقاء رحب الشمري، بحضور الطلاب للنادي، وذلك لتعزيز قيم الولاء للملك والانتماء للوطن."
    assert said(analyzer, body, "speaker_id", "verb") == [("الشمري", "رحب")]


def test_an_unnamed_source_and_is_named_after_him(analyzer):
    # "وقال أحد المحققين ويدعى X من مركز ...": و before يدعى ('and is named'), then his name and where he works
    body = "وقال أحد المحققين ويدعى فاليري زولوتاريف من مركز مكافحة التطرف إن الوضع خطير."
    assert said(analyzer, body, "speaker_id", "verb") == [("فاليري زولوتاريف", "وقال")]


@pytest.mark.parametrize("body, expected", [
    # 'وأعلنت «الخضري»' after "شركة أبناء عبدالله عبدالمحسن الخضري": the company named after a man, quoted by his family name
    ("ارتفعت أرباح شركة أبناء عبدالله عبدالمحسن الخضري إلى 48 مليون ريال. وأعلنت «الخضري» أن صافي الربح ارتفع.",
     [("institution", "inst:الخضري")]),
    # but a company's brand between its noun and the name: the man who heads it
    ("قال رئيس شركة سابك يوسف البنيان إن الأرباح ارتفعت. وأكد «البنيان» أن الشركة مستمرة في الاستثمار.",
     [("person", "يوسف البنيان"), ("person", "يوسف البنيان")]),
])
def test_a_family_name_quoted_alone_after_a_company_named_after_that_man(analyzer, body, expected):
    assert said(analyzer, body, "speaker_type", "speaker_id") == expected


@pytest.mark.parametrize("body, expected", [
    # "فيما أجمع X، وY، وZ على أن": agreed as one, each of them speaks
    ("فيما أجمع إبراهيم حسن، ومحمد دهمان، ويحيى آل زاهر على أن المشروع متأخر منذ سنوات.",
     ["ابراهيم حسن", "محمد دهمان", "يحيي ال زاهر"]),
    # but أجمع 'entire' after a noun is no verb
    ("وهذا أمر يعرفه العالم أجمع على حد سواء.", []),
])
def test_ajma_agreed_as_one_is_a_reporting_verb(analyzer, body, expected):
    assert said(analyzer, body, "speaker_id") == expected


def test_a_given_name_and_a_clans_name_opens_a_list_of_speakers(analyzer):
    # "وقال يحيى آل زاهر وإبراهيم حسن ومحمد دهمان إن": a clan's name (آل زاهر) is a surname too: each named resident speaks
    body = "وقال يحيى آل زاهر وإبراهيم حسن ومحمد دهمان إن لهم مطالبات منذ زمن في البلدية."
    assert said(analyzer, body, "speaker_id") == ["يحيي ال زاهر", "ابراهيم حسن", "محمد دهمان"]


@pytest.mark.parametrize("body, expected", [
    # "وطالبوا عبر «سبق» وزير التعليم X بأن ...، مؤكدين": the plural verb's subject is "they", the minister its object
    ('وطالبوا عبر "سبق" وزير التعليم الدكتور عزام محمد الدخيل بأن يمنحهم فرصة إكمال الدراسة، مؤكدين أن المدة قليلة جدًا.', []),
    # the singular verb: the minister is its subject, and his participle's
    ("وطالب وزير التعليم الدكتور عزام محمد الدخيل المعلمين بالعمل، مؤكدا أن المدة قليلة جدًا.",
     [("عزام محمد الدخيل", "وطالب"), ("عزام محمد الدخيل", "مؤكدا")]),
])
def test_a_titled_name_after_a_plural_verb_is_its_object(analyzer, body, expected):
    assert [(i, v) for i, v in said(analyzer, body, "speaker_id", "verb") if i] == expected


@pytest.mark.parametrize("rank", ["الليفتنانت كولونيل", "اللفتنانت كولونيل"])
def test_lieutenant_before_another_rank_and_the_name(analyzer, rank):
    # "وقالت الليفتنانت كولونيل X إن": lieutenant colonel, two rank words before the name
    body = f"وقالت {rank} فاليري هندرسون إن شبكة البريد الإلكتروني أوقفت عن العمل."
    assert said(analyzer, body, "speaker_id") == ["فاليري هندرسون"]
