import pytest
from conftest import make_article


def attrs(analyzer, text, **meta):
    res = analyzer.analyse(make_article(text, **meta))
    return [(a.agency, a.kind) for a in res.attributions], res


@pytest.mark.parametrize("sentence,expected", [
    ("ونقلت وكالة رويترز عن مصدر قوله إن الاجتماع انتهى.", ("reuters", "text")),
    ("وقال الوزير، بحسب تاس، إن المحادثات مستمرة.", ("tass", "text")),
    ("وذكرت وكالة الصحافة الفرنسية أن القمة تأجلت.", ("afp", "text")),
    ("وأفادت وكالة «الأناضول» التركية بأن الوفد وصل.", ("anadolu", "text")),
    ("وفق ما ذكرته وكالة إنترفاكس، فإن الوفد غادر.", ("interfax", "text")),
    ('وذكر موقع صحيفة "دايلي مايل" أن المدرب أبلغ لاعبيه.', ("daily_mail", "text")),  # (ديلي / دايلي, ميل / مايل)
    ('وذكرت صحيفة "ذي دايلي ستار" أن النادي حجز موعدا.', ("daily_star", "text")),  # (an English "The" before the name)
    ("وأعلن المصمم أنه سيتوقف، مصرحا لمجلة «ويمنز وير ديلي» بأن الوضع صعب.", ("wwd", "text")),  # (told, by a participle after the content)
    ("وقال شاهد من رويترز في المطار إن الطائرة وصلت.", ("reuters", "text")),  # (the agency's own witness)
    ("ونقل راديو «بي بي سي» أمس عن الملا قوله «إن الجماعة يجب أن تتعامل مع شؤونها».", ("bbc", "text")),
    ("نقل التلفزيون السوري عن وزير الخارجية قوله إن سوريا تدعم الجهود.", ("syrian_tv", "text")),
    ("وكان مسؤولون في الإدارة أكدوا لـ CNN أن الرئيس وافق.", ("cnn", "text")),  # (لـ written apart: told the outlet)
    ("وفي مقال نشر الثلاثاء في صحيفة «جمهورييت» المعارضة، انتقد الوزير السياسة الأميركية.", ("cumhuriyet", "text")),
    ("وقال مسؤول لـ\"رويترز\" إن القرار نهائي.", ("reuters", "text")),
    ("وقال المتحدث في تصريح لوكالة سبوتنيك إن الرد سيأتي.", ("sputnik", "text")),
    ("ونقلت صحيفة نيويورك تايمز عن دبلوماسيين أن العقوبات جاهزة.", ("nyt", "text")),
    ("وذلك نقلا عن وكالة الأنباء السعودية.", ("spa", "text")),
    ("وذكرت وكالة أنباء النظام «سانا» أن خمسة أشخاص قتلوا.", ("sana", "text")),  # (a description before the quoted name)
    ('وكان موقع "غوكر" الإلكتروني قد نشر صورا تظهر الأرقام.', ("gawker", "text")),
    # the present of an outlet's verb, and "به" after the verb of بحسب ما
    ("وتمثل الضربات منعطفا مهما كما تكتب جريدة اللوموند الفرنسية.", ("le_monde", "text")),
    ("ويقول موقع «بي سي ماجازين» المتخصص إن الأطفال يشاهدون أقل.", ("pc_magazine", "text")),
    ("وأحيل نص الاتفاق إلى البرلمان، حسبما أفادت به وكالة «رويترز».", ("reuters", "text")),
    # a report published in an outlet; outlets added with their other spellings and full names
    ("ونقلت المجلة عن تقرير منشور بالنسخة المدفوعة من صحيفة “وول ستريت جورنال”، أن النظارة ستتغير.", ("wsj", "text")),
    ("ونقلت مجلة “بي سي وورلد” الأمريكية أن النظارة ستتغير.", ("pc_world", "text")),
    ('وأوضحت صحيفة "فيلت أم زونتاج" الألمانية أنه تم ترحيل ثمانية آلاف شخص.', ("die_welt", "text")),
    ("وقال الحارس، في تصريحات نشرتها صحيفة “لندن إيفنينج ستاندرد”، “سيكون شعورا غريبا”.", ("evening_standard", "text")),
    # papers that share a name with others: Kuwait's al-Watan and al-Nahar are not the Saudi or Lebanese dailies
    ("نقلت صحيفة الوطن الكويتية خبرا عن وجود مفاوضات.", ("alwatan_kw", "text")),
    ("ونقلت صحيفة النهار الكويتية عن مصادر حكومية قولها إن الوزارة اقترحت زيادة.", ("annahar_kw", "text")),
    ('ووفقا لجريدة "لا جازيتا ديلو سبورت" الإيطالية، فإنه سيتم حسم الصفقة.', ("gazzetta", "text")),
    ('وأفاد ناشطون لشبكة "سوريا مباشر" أن الطائرة سقطت في السوق.', ("syria_mubasher", "text")),
    ("حسب أ ف ب فإن الاشتباكات توقفت.", ("afp", "text")),
    ("قال مصدر دبلوماسي لـ«الشرق الأوسط» إن المفاوضات متعثرة.", ("aawsat", "text")),
    ("وصرح رئيس الوزراء لهيئة الإذاعة البريطانية بأن العقوبات قاسية.", ("bbc", "text")),
    ("ووفقا لتصريحات وزير البترول شريف إسماعيل لوكالة رويترز الاثنين الماضي، فإن مصر تسعى إلى خفض المستحقات.", ("reuters", "text")),
    ("وفي مقال بعنوان «عبقرية ترامب» رأت مجلة «ذي إيكونوميست» أنه يطمح إلى أرضية سياسية.", ("economist", "text")),  # (an outlet's view)
    ("وبحسب صحيفة سودويتشه تسايتونج نقلا عن مصدر بالوزارة، فإن البرنامج يحتاج أسسا صلبة.", ("sueddeutsche", "text")),
    ("وذكرت الأناضول الحكومية التركية أمس أن نحو 390 مقاتلا قتلوا.", ("anadolu", "text")),  # (a wire's ambiguous name after its verb)
    ("موسكو (رويترز) - قال الوزير إن المحادثات انتهت.", ("reuters", "dateline")),
    ("وقال مصدر عسكري لوكالة تاس إن القوات انسحبت.", ("tass", "text")),
    ("وقال الوزير لتلفزيون بلومبرغ إن الأسعار سترتفع.", ("bloomberg", "text")),
    ("وذكرت صحيفة الواشنطن بوست أن الإدارة قلقة.", ("wapo", "text")),
    ("ونشرت النتائج على الموقع الإلكتروني لصحيفة \"الغارديان\" البريطانية.", ("guardian", "text")),
    ("وذكر تلفزيون الصين المركزي أن الطائرة هبطت بسلام.", ("cctv", "text")),
    ("وأضاف المتحدث في مقابلة بثتها \"رويترز\" أن الحكومة ستعود.", ("reuters", "text")),
    ("وقالت صحيفة كاتمندو بوست إن الشرطة اعتقلت رجلا.", ("kathmandu_post", "text")),
    ("اهتمت صحيفة «الصنداي تليجراف» بأسعار النفط، وأشارت الصحيفة إلى أن الأزمة مستمرة.", ("sunday_telegraph", "text")),
    ("ارتفعت الأسعار أمس. \"رويترز\" متسوقون في طوكيو. \"أ ب\" عمال في ميناء هامبورغ.", ("reuters", "photo")),
    ("الأمير خلال استقباله المواطنين أمس في قصر السلام. «واس » وفي بداية الاستقبال أنصت الجميع.", ("spa", "photo")),
    ("نقلت صحيفة بانكوك بوست عن وزير الصحة قوله إن المعدل انخفض.", ("bangkok_post", "text")),
    ("وقال المتحدث باسم الهيئة لوكالة «ايه ايه بي» «لقد حصلنا على بعض الصور».", ("aap", "text")),
    ("أفادت مجلة «كمبيوتر بيلد» الألمانية بأن تباطؤ سرعة الإنترنت قد لا يرجع إلى الشركة.", ("computer_bild", "text")),
    ("كما أبلغ الملياردير تشونج مونج جون وهو من أكثر الشخصيات تأثيرا في كرة القدم الآسيوية رويترز انه سيترشح.", ("reuters", "text")),
    ("وقال ماريانو في مقابلة مع صحيفة كورييرا ديلا سييرا إن المخاطر ملموسة.", ("corriere", "text")),
    ("وأفادت هيئة الإذاعة والتلفزيون اليابانية (إن.اتش.كيه) أن سقوط الطائرة أدى إلى اشتعال النار.", ("nhk", "text")),
    ("وتحدثت صحيفة ذي ديلي نيشن عن «ظاهرة أوباما» ودعت الكينيين إلى التمثل به.", ("daily_nation", "text")),
    ("وأشارت أرقام نشرها موقع الأخبار المالية أرقام دوت كوم نقلا عن بيانات للبنك المركزي إلى أداء قوي.", ("argaam", "text")),
    ("جانب من آثار التفجير الذي استهدف المسجد بعسير.\"واس\" وحول حادثة التفجير، أوضح المتحدث أنه انتحاري.", ("spa", "photo")),
    ("ولقد لخص الفنان طروحاته لمجلة أرت نيوز قائلاً، «أطمح لأن تتحول القارة لمساحة واحدة».", ("artnews", "text")),
    # an ambiguous outlet name told a statement, with لل for لـ + الـ
    ("وقال الخبير العسكري فايز الدويري للجزيرة إن الحشود غير مسبوقة.", ("aljazeera", "text")),
    ("وفي تصريحات للجزيرة نت، قال المحلل إن موسكو لن تتراجع.", ("aljazeera", "text")),
    ("وقال مصدر عسكري في اتصال مع فرانس برس إن القوات أقفلت المنطقة.", ("afp", "text")),
    ("ووفقا لما جاء في موقع «فرنس24»، يزور المدينة كثير من السائحات.", ("france24", "text")),
    ("وأفاد شاهد من وكالة «رويترز» للأنباء بأن عشرات المحتجين اعتقلوا.", ("reuters", "text")),
    ('وذكرت إذاعة "راديو مونت كارلو" وصحيفتا "ليكيب" الفرنسية و"ديلي ميل" البريطانية أنه جرى الاتفاق.', ("daily_mail", "text")),
    ('وكان "جولدمان ساكس" الأكثر مشاركة في الصفقات وفقا لـ "تومسون رويترز".', ("reuters", "text")),
    # the agency reached the source; an outlet the lexicon holds by its full name
    ('وقال المصدر العسكري الذي اتصلت به وكالة الصحافة الفرنسية "تعرض المعسكر لهجوم".', ("afp", "text")),
    ("وقال رئيس لجنة السوق لتلفزيون سكاي إنه يتوقع خسائر كبيرة.", ("skai", "text")),
    ("وأضاف في مقابلة مطولة مع إذاعة موزاييك إف إم أنه سيترشح.", ("mosaique_fm", "text")),
    ("وذكر الوزير لهيئة الإذاعة والتلفزيون التركية أن المحادثات تقدمت.", ("trt", "text")),
    ('وكانت صحيفة "الغارديان" البريطانية قالت إن الوزير استقال.', ("guardian", "text")),  # the verb after the outlet
    ('وكانت شبكتا «سي ان ان تورك» و«ان تي في» التلفزيونيتين أكدتا أن مقاتلات أقلعت.', ("ntv", "text")),
    ("وأشارت الصحيفة إلى المقابلة التي بثت من قناة سي إن إن مساء الأحد.", ("cnn", "text")),
    ("ومن ناحية أخرى، ألمحت صحيفة \"ديلو سبورت\" الإيطالية إلى أن الفريق سيسعى للصفقة.", ("corriere_dello_sport", "text")),
    # a report or data by X, the agency's question, two source nouns, a name cut short
    ("وبحسب تقرير لرويترز فإن الشركة ستغلق مصانعها.", ("reuters", "text")),
    ('وطبقا لتقرير "في.جي"، فقد تم استئجار طاقم من شركة أخرى.', ("vg", "text")),
    ("وارتفع المؤشر 0.5 في المائة بحسب بيانات وكالة رويترز.", ("reuters", "text")),
    ("وردا على سؤال لوكالة فرانس برس أكد قيادي في الحركة أنه تحدث إليه.", ("afp", "text")),
    ('ونقل موقع صحيفة "في.جي" على الانترنت عن الركاب قولهم إنهم أُبلغوا بالأمر.', ("vg", "text")),
    ("وقال رئيس الاتحاد لوكالة فرانس أن القارة ستدعم المرشح.", ("afp", "text")),
    ("وذكرت وكالة الأنباء المركزية التايوانية أمس أن الإعصار اقترب.", ("cna", "text")),
    ("وهنا نستعرض أبرز المعطيات بحسب ما جاء في تقرير طبي عرضه “الجزيرة نت”.", ("aljazeera", "text")),
    ("في تقرير للعربية نت أكدت جمعية البر الخيرية أن الفائض كبير.", ("alarabiya", "text")),
    # what the speaker told an agency, in a بحسب formula; an agency's quoted name after وكالة أنباء
    ('وستفرض ضرائب على "المتخلفين"، بحسب تصريحاته لوكالة أنباء "إيه جي آي" المحلية.', ("agi", "text")),
    ("وذلك وفقا لمقابلة مع رويترز نشرت أمس.", ("reuters", "text")),
    # an ambiguous wire name right after وفقا لـ / بحسب (no space after the full stop before it)
    ("وتوقع المدرب تفوق الفريق في الموسم الجديد.وفقا للالمانية.", ("dpa", "text")),
    ("وتوقع المدرب تفوق الفريق في الموسم الجديد، بحسب الفرنسية.", ("afp", "text")),
    # in statements an outlet relayed
    ("وقال المدرب في تصريحات نقلتها صحيفة “إكسبريس” البريطانية إن الفريق سيعود بقوة.", ("express", "text")),
    # a short name after a source noun, and the longer name it is part of
    ("وقالت صحيفة تايمز البريطانية ومحطة ايه.آر.دي الألمانية إنهما حصلتا على المعلومات.", ("times", "text")),
    ("وقالت صحيفة تايمز البريطانية ومحطة ايه.آر.دي الألمانية إنهما حصلتا على المعلومات.", ("ard", "text")),
    ("وأمس، قالت صحيفة «واشنطن تايمز» (اليمينية) إن مجلس الأمن أجل المناقشة.", ("washington_times", "text")),
    ("وأشار النائب في تصريحات لصحيفة «إزفيستيا» الروسية إلى أنه يخطط للسفر.", ("izvestia", "text")),
    # what an outlet published, with a masculine object pronoun; a news item in a paper
    ("ووفقا لما نشره موقع boredpanda الليتواني، فإن الفريق رسم 209 منازل.", ("bored_panda", "text")),
    ("وأنجبت المرأة طفلة في مايو، على ما ذكرت صحيفة “ملبورن ايدج”.", ("the_age", "text")),
    ("أختم بخبر في صحيفة اليـوم (الجمعة 23 فبراير 2007) عن تأكيد الوزير تطبيق النظام.", ("alyaum", "text")),
    # a description no agency is named by, between the agency noun and the name
    ("وقال الوسيط لوكالة الأنباء المالية بلومبرغ إن المستثمرين لا يثقون بالسوق.", ("bloomberg", "text")),
    ("وذكرت وكالة الأنباء شبه الرسمية فارس أن الوفد وصل.", ("fars", "text")),
    # outlets added after the thirtieth session's last sets
    ("وذكرت فيرفاكس ميديا للإعلام أن باكر باع المنزل مقابل نحو 70 مليون دولار.", ("fairfax_media", "text")),
    ('وحسب موقع "يمن برس"، تابع خلفان هجومه على نصر الله.', ("yemen_press", "text")),
    # the object pronoun and a day between the relaying verb and the outlet
    ('وقال المدير في تصريحات نقلتها عنه اليوم الاثنين صحيفة "كيكر": "المدرب لا يبالغ".', ("kicker", "text")),
    # told a site and its network, two source nouns
    ('وقال زيكو قبل يومين لموقع شبكة جلوبو سبورت في الإنترنت: "أرسلت رسالة".', ("globo_esporte", "text")),
    # IRNA as إيرنا and described as the official Iranian agency
    ("وأكد، بحسب وكالة «إيرنا»، أن التعاون مهم.", ("irna", "text")),
    ("دعا الرئيس إلى تعاون أكبر، حسبما نقلت وكالة الأنباء الرسمية الإيرانية.", ("irna", "text")),
    ("وقال الابن لوكالة الانباء السويسرية (إس.دي.إيه) إن البطاقة أرسلت قبل خمسين عاما.", ("sda", "text")),
    # a plural participle of saying before the outlet told
    ("ورفض ممثلو الأمن العام التعليق اليوم الاثنين قائلين لرويترز إنه ليس لديهم المزيد.", ("reuters", "text")),
    # a paper's name between slashes, spelled تليجراف
    ('وقال الوزيران في تعليق مشترك نشر في صحيفة /صنداي تليجراف/ "ما نواجهه أزمة عالمية".', ("sunday_telegraph", "text")),
    # a statement "to" (إلى) a broadcaster, Spain's public television
    ("وقالت رئيسة الاتحاد في تصريح الى محطة التلفزيون العامة الاسبانية «تي في اي»: «لا أخبار عنهم».", ("tve", "text")),
    # two stations named in brackets after a dual noun; an outlet's own interview
    ("وذكرت محطتا (سي إن إن تورك) و(إن تي في) التلفزيونيتان أن الشرطة داهمت مئة موقع.", ("cnn_turk", "text")),
    ("وذكرت محطتا (سي إن إن تورك) و(إن تي في) التلفزيونيتان أن الشرطة داهمت مئة موقع.", ("ntv", "text")),
    ("والتقت “واس” بأحد مرتادي العين، وقال إنه يتردد عليها كل يوم.", ("spa", "text")),
    ("وفي حوار مع وكالة «رويترز» للأنباء، قال المبتكر إن الزبائن سيمكنهم حجز الألواح.", ("reuters", "text")),
    ("قبل أيام كتبت الأستاذة لمياء باعشن مقالا في جريدة المدينة بعنوان (بصمة العالم).", ("almadina", "text")),
    ("وفي برنامج على شبكة سي إن إن (CNN) قال المحلل السياسي فريد زكريا إن الولايات المتحدة باقية.", ("cnn", "text")),
    ('ونقلت وكالة "ايه بي ايه" للأنباء أن امرأة حاملا نقلت إلى المستشفى.', ("apa", "text")),
    ("وذلك وفقا لما نقلته وكالة أنباء (إسنا) عن الرئيس الإيراني.", ("isna", "text")),
])
def test_attribution_formulas_in_body_text(analyzer, sentence, expected):
    found, _ = attrs(analyzer, "عنوان الخبر\n" + sentence)
    assert expected in found


@pytest.mark.parametrize("sentence", [
    "وقررت السلطات طرد مراسل رويترز من البلاد.",
    "التقى الرئيس مديري وكالات الأنباء العالمية.",
    "وزار الوفد شبه الجزيرة العربية أمس.",
    "وقالت الحكومة الفرنسية إن القرار صائب.",
    "وعبر الجيش منطقة الأناضول الشرقية.",
    "اهتمت صحيفة «الغارديان» بالقضية ثم انتقلت إلى الرياضة.",
    "وبدأ العام الدراسي أمس. \"الجزيرة\" زارت المدارس.",
    "وقال المدرب إن الفريق سيسافر للجزيرة الأسبوع المقبل.",
    "تحدث المتحدث الرسمي للاتحاد بأنه تم اتخاذ قرارات.",  # the federation's spokesman
    "قالت إن المناطقية انتصار للفرد لا للمجتمع، لبعض المواطنين لا للوطن، وهي محرمة.",  # inside the content
    "وزار وفد من وكالة فرانس برس المدينة أمس.",
    "وبحسب تقرير الحكومة الفرنسية فإن النمو تباطأ.",  # الفرنسية: the adjective
    "فإن الذنوب تعظم بحسب عظم المفسدة أو بحسب فوات المصلحة.",  # ف + وات, not the Tunisian agency
    "ودفع ثمن الهاتف ببطاقة أمريكان إكسبريس.",
    "وسبق أن حذرت وكالات التصنيف الائتماني من أنها قد تخفض تصنيف البلاد.",  # rating agencies, no news source
    "أتذكر اليوم الذي نشرت فيه أول مقال في جريدة الرياض عام 1982.",  # where the writer published
])
def test_subject_of_the_news_is_not_an_attribution(analyzer, sentence):
    found, _ = attrs(analyzer, "عنوان الخبر\n" + sentence)
    assert found == []


def test_credit_dateline_and_photo_kinds(analyzer):
    text = ("عنوان الخبر\n"
            "الرئيس خلال المؤتمر الصحفي (أوليفييه هوسليه/فرانس برس)\n"
            "موسكو-رويترز\n"
            "قال الكرملين إن المحادثات مفيدة وإنها ستستمر الأسبوع المقبل في جنيف.\n"
            "(د ب أ) - وأضاف المتحدث أن الوفد سيعود.\n"
            "المصدر : الجزيرة + وكالات")
    found, res = attrs(analyzer, text)
    assert ("afp", "photo") in found
    assert ("reuters", "dateline") in found
    assert ("dpa", "dateline") in found
    assert ("agencies", "credit") in found
    assert ("aljazeera", "credit") not in found  # the outlet's own credit line: a self-credit
    # a dateline's place with its country in brackets
    found, _ = attrs(analyzer, "عنوان الخبر\nبيني (الكونغو) - د.ب.أ: قالت السلطات الدينية أمس إن متمردين خطفوا ستة رجال دين.")
    assert found == [("dpa", "dateline")]
    assert res.article["outlet"] == "الجزيرة"
    for a in res.attributions:
        assert text[a.start : a.end] == a.surface


@pytest.mark.parametrize("byline,expected", [
    ("كوالالمبور ـ الفرنسية:", [("afp", "credit")]),  # a tatweel as a dash: الفرنسية stands alone
    ("الرياض - الجزيرة", []),  # an outlet's ambiguous name in a credit needs a mark
    ("الوئام - rt", [("rt", "credit")]),  # a Latin name standing alone in a byline, in any case
    ("اف ب - موسكو", [("afp", "credit")]),  # AFP's letters run together
])
def test_wire_name_standing_alone_in_a_byline(analyzer, byline, expected):
    found, _ = attrs(analyzer, "عنوان الخبر\nقال الوزير إن الاجتماع انتهى.", byline=byline)
    assert [a for a in found if a[1] == "credit"] == expected


def test_listed_ambiguous_name_needs_a_mark(analyzer):
    found, _ = attrs(analyzer, "عنوان الخبر\nوذكرت وكالة رويترز والجزيرة هادئة.")
    assert found == [("reuters", "text")]


def test_byline_field_gives_credit_but_not_the_place(analyzer):
    found, res = attrs(analyzer, "نص الخبر هنا طويل بما يكفي لفقرة كاملة.", byline="الرياض - واس")
    assert found == [("spa", "credit")]
    assert res.attributions[0].field == "byline"


def test_nested_relay_gives_attribution_and_anonymous_statement(analyzer):
    found, res = attrs(analyzer, "عنوان\nونقلت إنترفاكس عن مصدر دبلوماسي قوله إن الجولة المقبلة ستعقد في فيينا.")
    assert ("interfax", "text") in found
    [st] = res.statements
    assert (st.speaker_type, st.via_agency, st.quote_type) == ("anonymous", "interfax", "indirect")


def test_ambiguous_outlet_name_in_a_byline_is_a_place_unless_marked(analyzer):
    found, _ = attrs(analyzer, "نص الخبر هنا طويل بما يكفي لفقرة كاملة.", byline="واس - الرياض")
    assert found == [("spa", "credit")]
    found, _ = attrs(analyzer, "نص الخبر هنا طويل بما يكفي لفقرة كاملة.", byline="لندن: «الشرق الأوسط»")
    assert found == [("aawsat", "credit")]
    found, _ = attrs(analyzer, "نص الخبر هنا طويل بما يكفي لفقرة كاملة.", byline="لندن: «الشرق الأوسط»", outlet="aawsat")
    assert found == []


def test_own_outlet_then_agencies_opening_the_text_is_a_credit_not_a_dateline(analyzer):
    text = "سبق- وكالات: أعلن سياسي تونسي أنه سيعمل على تمكين الرئيس الأسبق من العودة إلى بلاده."
    found, _ = attrs(analyzer, text, outlet="sabq")
    assert found == [("agencies", "credit")]
    found, _ = attrs(analyzer, "الرياض- وكالات: أعلن سياسي تونسي أنه سيعمل على تمكين الرئيس الأسبق.", outlet="sabq")
    assert found == [("agencies", "dateline")]


def test_an_outlet_sharing_its_name_with_another_is_itself_in_its_own_pages(analyzer):
    # the Saudi al-Jazirah writes "لـ«الجزيرة»" for itself; "قناة الجزيرة" there is still Al Jazeera
    text = "عنوان الخبر\nوقال رئيس الاتحاد أحمد عيد في حديثه الخاص لـ «الجزيرة»: قدمنا عدة دعوات."
    assert attrs(analyzer, text, outlet="aljazirah")[0] == []
    assert attrs(analyzer, text)[0] == [("aljazeera", "text")]
    text = "عنوان الخبر\nوذكرت قناة الجزيرة أن الوفد وصل."
    assert attrs(analyzer, text, outlet="aljazirah")[0] == [("aljazeera", "text")]


def test_an_agency_name_quoted_after_its_noun_and_an_outlet_it_relays(analyzer):
    found, res = attrs(analyzer, "عنوان\nوقالت وكالة «أنباء فارس» الإيرانية إن أمير الكويت هنأ الوزير.\n"
                                 "وأضافت الوكالة أن الشيخ صباح الأحمد رحب بالتعاون الإقليمي.")
    assert found == [("fars", "text")]
    assert [(s.speaker_id, s.speaker_type) for s in res.statements] == [("fars", "agency"), ("fars", "agency")]
    found, _ = attrs(analyzer, 'عنوان\nونقلت وكالة "أنباء الشرق الأوسط" عن صحيفة "برلينر مورجن بوست"، أن السيدة كانت تعيش في دار للمسنين.')
    assert sorted(found) == [("berliner_morgenpost", "text"), ("mena", "text")]
    found, _ = attrs(analyzer, "عنوان\nوقال زعيم الحزب لصحيفة «حرييت»: «يمكننا تحمل هذه المسؤولية من أجل البلاد».")
    assert found == [("hurriyet", "text")]


def test_a_line_of_place_date_and_agency_is_a_dateline_except_in_the_agencys_own_pages(analyzer):
    text = "إسلام آباد 18 شوال 1436 هـ الموافق 03 اغسطس 2015 م واس\nلقي خمسة مسلحين مصرعهم في اشتباكات مع قوات الأمن."
    assert attrs(analyzer, text)[0] == [("spa", "dateline")]
    assert attrs(analyzer, text, outlet="was")[0] == []  # (SaudiNewsNet's label for SPA's own site)


@pytest.mark.parametrize("sentence,expected", [
    ('كان المحللون الذين استطلعت وكالة "د.ب.أ-أيه.إف.إكس" للأنباء الاقتصادية يتوقعون أرباحا أكبر.', ("dpa", "text")),  # a poll the agency ran
    ("وتبيع الصين الألواح الشمسية بسعر أقل، بحسب مجموعة بلومبيرج لتمويل الطاقة الجديدة.", ("bloomberg", "text")),  # the group, a source
    ("ورفض التعليق لكن سكانا تحدثوا مع رويترز هاتفيا قالوا إن الجثث متناثرة.", ("reuters", "text")),  # spoke with the agency
    ("وبحسب حصيلة لوكالة فرانس برس، قتل 17 عنصرا من قوات الأمن.", ("afp", "text")),  # the agency's toll
    ("وقال الرئيس إن الوضع تغير، حسب ما نقل عنه الصحفي روبن رايت الذي يعمل في مجلة نيويوركر.", ("new_yorker", "text")),  # the relaying journalist's outlet
    ("وأشارت وكالة أنباء الصين الجديدة (شينخوا) إلى أن المسودة أثارت قلقا.", ("xinhua", "text")),  # Xinhua's Arabic name
    ('وأثار المطرب جدلا عندما قال في لقاء عبر قناة "العربية" إن أفضل مطربة هي نوال.', ("alarabiya", "text")),  # on the channel
    ('وأبلغ محلل "رويترز" يوم الجمعة، أن أي تغيير سيتطلب موافقة المساهمين.', ("reuters", "text")),  # told the agency
    ("أبلغ جوردون ديريك رئيس اتحاد الكاريبي رويترز انه لم يحدث رسميا.", ("reuters", "text")),  # a name and a title between
    ("وذكرت صحيفة «ديلي صباح» أنّ الأهداف تقع قرب الحدود.", ("daily_sabah", "text")),  # not Sabah, the longer name
    ("وأشار موقع «تي إم زي» المتخصص في أخبار المشاهير إلى أن المغنية توفيت.", ("tmz", "text")),  # أشار, masculine
    ("ورصدت وكالة الأنباء السعودية «واس» طبيعة الشرم الساحرة.", ("spa", "text")),  # the agency reported
    ('وقالت الخارجية في بيان -بحسب وكالة الأنباء الفرنسية- "نرحب بالأمر".', ("afp", "text")),  # between dashes
])
def test_a_poll_an_agency_ran_and_an_agency_group_as_source(analyzer, sentence, expected):
    assert attrs(analyzer, "عنوان\n" + sentence)[0] == [expected]


def test_data_an_outlet_published_and_an_outlet_inside_what_was_said(analyzer):
    found, res = attrs(analyzer, "عنوان\nوأظهرت البيانات التي نشرتها مجلة «ذا بانكر» العالمية أن المصارف تقدمت.\n"
                                 "وقال الأمين العام وسام فتوح إن المقياس الذي اعتمدته «ذا بانكر» يبين قوة المصارف.")
    assert found == [("the_banker", "text")]
    assert [s.quote_type for s in res.statements] == ["indirect"]  # (a quoted outlet's name is no quotation)
    # the channel is what the source spoke about, not whom it told: inside the content, after أنه
    found, _ = attrs(analyzer, "عنوان\nوأشارت المصادر إلى أنه بعد دخول المنزل اكتشف أنه مقر سري لقناة «المسيرة» بعدن.")
    assert found == []


def test_a_wire_agencys_ambiguous_name_alone_on_a_line_and_the_own_outlet_after_lam(analyzer):
    found, _ = attrs(analyzer, "عنوان\nوقال الوزير إن الوضع جيد في البلاد.\n الفرنسية\nرابط الخبر بصحيفة الوئام: جلسة")
    assert found == [("afp", "credit")]
    # "للجزيرة" in the Saudi al-Jazirah is the paper itself (ل + الجزيرة, the article's alif dropped)
    found, _ = attrs(analyzer, "عنوان\nمن جهته كشف «للجزيرة» رئيس البلدية عن تعرض المسطحات للتلف.", outlet="aljazirah")
    assert found == []


@pytest.mark.parametrize("body,expected", [
    # the Makkah daily after its noun; not its reporter's job ("صحيفة مكة بالطائف بمولود ذكر": ذكر is "male" there)
    ("وأشار وفقاً لما أوردته صحيفة “مكة”، إلى أن المحاولة لم تكن الأولى.", [("makkah", "text")]),
    ("رزق الزميل المحرر الصحفي بمكتب صحيفة مكة بالطائف بمولود ذكر اتفق وحرمه على تسميته نواف.", []),
    ('وكانت صحيفة "الشروق" الجزائرية قد ذكرت أن الفريق يبحث عن مهاجم.', [("shorouk", "text")]),
    # an outlet's name inside what was said in the first person is no outlet told ("لعودتهم للوطن": to the homeland)
    ("ويضيف إني كنت أتساءل كيف أنهي الإجراءات الرسمية لعودتهم للوطن، ولكني تفاجأت بالجمعية.", []),
    ("في تصريح لصحيفة «جهان»، قالت الوزيرة إن السياسات خاطئة.", [("jahan", "text")]),
    ("وأعرب الأمين العام عن تعازيه، بحسب مركز أنباء الأمم المتحدة.", [("un_news", "text")]),
    # a study the outlet ran, its ambiguous name in marks ("أرقام" is also "numbers")
    ("أظهرت دراسة إحصائية حديثة قامت بها «أرقام» على شركات التأمين أن مكرر الربح بلغ 46 مرة.", [("argaam", "text")]),
    ("وارتفعت الأرقام الصادرة عن الوزارة كثيرا، حسب أرقام رسمية.", []),
    # what an outlet wrote ("وكتبت صحيفة X:"), its ambiguous name after the source noun
    ("وكتبت أمس صحيفة النهار اللبنانية:\nليس المرء بالسنين وعددها، هو في الروح.", [("annahar", "text")]),
    # an agency whose lexicon name holds its noun, as the subject of a relay verb after it
    ("لكن وكالة الإعلام الروسية نقلت عن متحدث باسم الكرملين نفيه أي لقاء.", [("ria", "text")]),
    # the source in brackets after the report, but not bracketed names in a list
    ("أعلن الوزير عن تخطيط الوزارة لاستقبال 5 ملايين حاج (صحيفة مكة الإلكترونية)، وقرأت في موقع الوزارة أن الهدف كبير.",
     [("makkah", "text")]),
    ("لأن الشركات التي يملكها مثل: «(إذاعة بلومبيرغ) و(تلفزيون بلومبيرغ) تشن حملة علي».", []),
    # what an outlet admitted; Forbes spelled with ز
    ("اعترفت قناة المسيرة التابعة للحوثيين بأن الغارات كثيفة.", [("almasirah", "text")]),
    ("فهي ضمن أثرى 10 شخصيات في الصين، حسب مجلة فوربز، كما أنها ممثلة.", [("forbes", "text")]),
    # a report published through an outlet's site ("نشر عبر موقع صحيفة X")
    ('وأوضح التقرير الذي نشر أخيراً عبر موقع صحيفة "ديلي ميل" البريطانية أن المضخة صغيرة.', [("daily_mail", "text")]),
    # بحسب after a comma written against it
    ("وسط مؤشرات متزايدة على توترات عسكرية هناك،بحسب وكالة يونهاب الكورية الجنوبية للانباء.ويزداد التوتر.", [("yonhap", "text")]),
    # KCNA before Taiwan's CNA
    ("وذكرت وكالة الأنباء المركزية الكورية الشمالية الرسمية أن الإمبرياليين جردوا كوريا من توقيتها.\n"
     "وذكرت وكالة الأنباء المركزية التايوانية أن الإعصار ضرب الجزيرة.", [("kcna", "text"), ("cna", "text")]),
    # an agency named by its country's adjective
    ('وشددت الدراسة على أن الصكوك ابتكار مهم، حسبما نقلت وكالة الأنباء البحرينية "بنا".\n'
     "وذكرت وكالة الأنباء التونسية أن الانتخابات ستجرى في موعدها.", [("bna", "text"), ("tap", "text")]),
    # the article before a quoted outlet; L'Express
    ('وقال الرئيس الأمريكي باراك أوباما في مقابلة مع الـ"بي بي سي" إن بريطانيا يجب أن تبقى.\n'
     "وأفادت مجلة “لكسبريس”، التي نقلت الخبر عن صحيفة سويسرية، أن السائحات يتنقلن.", [("bbc", "text"), ("lexpress", "text")]),
    # a count by an agency; RIA by its Arabic name
    ("ووفقا لإحصاء رويترز فقد أصيب 11 شخصا في الهجوم.\n"
     "جاء هذا خلال زيارته لموسكو كما نقلته وكالة الإعلام الروسية.", [("reuters", "text"), ("ria", "text")]),
    # a statement published in two newspapers (the genitive dual صحيفتي), one written without its article
    ("وأكد الوزيران في بيان مشترك نشر في صحيفتي جورنال دو ديمانش الفرنسية وتلغراف البريطانية أن الوضع أولوية.",
     [("jdd", "text"), ("telegraph", "text")]),
    # a nisba between the outlet's noun and its name; a Greek paper spelled like EFE (إفي) is not the agency
    ('وكان فرح قد خضع للتحقيق بعد أن ذكرت شبكة الإذاعة البريطانية "بي بي سي" أن مدربه يتبنى نظاما للمنشطات.\n'
     'وذكرت صحيفة آفي المقربة من الحكومة الأحد أن "كل الدلائل تشير إلى اتفاق".', [("bbc", "text")]),
    # SANA by its full name (not Al Arabiya); a paper told what a woman recounted
    ("قالت الوكالة العربية السورية للأنباء يوم الاثنين إن السلطات اعتقلت أحد أقارب الرئيس.\n"
     "وروت مارغو باخمان لصحيفة “ايل كوتيديانو” المحلية “لم أكن أتصور أني سأتمكن من معانقة والدتي”.",
     [("sana", "text"), ("il_quotidiano", "text")]),
    # a French magazine, also as the subject of لفتت
    ('وسبق لمجلة "فرانس فوتبول" الفرنسية أن كشفت عن موافقة يونايتد على العرض.\n'
     "من جهة أخرى، لفتت مجلة «فرانس فوتبول» إلى إصابة أربعة لاعبين في المباراة.",
     [("france_football", "text"), ("france_football", "text")]),
    # a Brazilian sports site and a sports channel, their names quoted
    ("وذكر موقع “جلوبوسبورت” الرياضي أن الاتحاد سيخضع اللاعب لاختبار جديد.\n"
     "وأكدت شبكة “فوكس سبورت” التلفزيونية أن الاختبار الأول كشف عن مادة محظورة.",
     [("globo_esporte", "text"), ("fox_sports", "text")]),
    # the verb's object pronoun between the verb and the outlet
    ("يلتقي التوأمان بصدفة في قصة هوليوودية كشفت عنها صحيفة “نيويورك تايمز” الأمريكية.", [("nyt", "text")]),
    # La Stampa spelled as one word
    ("استقبل المسن حصانه وفقًا لما ذكرت صحيفة “لاستمبا” الإيطالية.", [("la_stampa", "text")]),
    # a Berlin daily and a Korean one
    ('وقالت صحيفة "برلينر تسايتونج" الألمانية الصادرة أمس، إن البوابة تلقت تبرعات.\n'
     'وأعفي الوزير، وفق ما ذكرت صحيفة "كوريان تايمز" أمس.', [("berliner_zeitung", "text"), ("korea_times", "text")]),
    # La Gazzetta with its article joined, after a verb with its object pronoun ("نسبتها")
    ("ونقلت الصحافة تصريحات نسبتها صحيفة «لاغازيتا ديلو سبورت» الإيطالية إلى رومينيغه.", [("gazzetta", "text")]),
    # "according to" right after a closing quotation mark, with no space
    ("وأضاف قائلا “هناك أيضا بيانات التجارة المهمة للأسواق.”وفقا لوكالة رويترز.", [("reuters", "text")]),
    # a Bremen daily, a computing magazine, and a figure an outlet estimated ("قدرته مجلة X")
    ('وذكرت صحيفة «فيسر كورير» الألمانية أن اللاعب يستعد للانتقال.\n'
     'وأشار موقع "بي سي ماجازين" المتخصص إلى أن الخاصية متاحة.\n'
     'وتحدثت التقارير عن عرض يبلغ 65 مليون يورو، فيما قدرته مجلة “ليكيب” بـ63 مليون يورو.',
     [("weser_kurier", "text"), ("pc_magazine", "text"), ("lequipe", "text")]),
    # France TV Sport under its Latin web name
    ("ونشرت صحيفة «francetvsport» الفرنسية تقريرًا عن رفع نادي بورتو شكوى.", [("francetv_sport", "text")]),
    # a consensus an outlet publishes
    ("وجاء صافي الربح أقل من توقعاتنا واقل من متوسط توقعات بلومبرغ بحدود 72.1%.", [("bloomberg", "text")]),
    # Libya's al-Wasat portal
    ("ووفق تصريحات مصدر عسكري، لم يتم ذكر اسمه، بقاعدة طبرق لـ «بوابة الوسط» الإخبارية الليبية الجمعة، فإن المركب كان قادما.",
     [("alwasat_ly", "text")]),
    # IRNA under its full Arabic name
    ("نقلت وكالة أنباء الجمهورية الإسلامية الإيرانية عن صالحي قوله إن البرلمان لا يملك سلطة على الاتفاق.", [("irna", "text")]),
    # a news site described before its name (not the paper named الأخبار)
    ("وأشارت أرقام نشرها موقع الأخبار المالية أرقام دوت كوم إلى أداء قوي.",
     [("argaam", "text")]),
    # a French channel is not AFP (الفرنسية)
    ("وبثت القناة الفرنسية الثانية مشاهد الإعدام. وذكرت وكالة الصحافة الفرنسية أن الوضع هادئ.",
     [("afp", "text")]),
    # an Indonesian paper
    ('وذكرت اليوم صحيفة " جاكرتا جلوب " الإندونيسية على موقعها الالكتروني أن الشرطة اكتشفت الكمية.',
     [("jakarta_globe", "text")]),
    # Swedish papers, one told (لصحيفة X)
    ('وذكرت صحيفة "اكسبرسين" السويدية أن الفتاة اختفت. وصرح والد الفتاة لصحيفة بوراس تيدنغ "الوضع خطير".',
     [("expressen", "text"), ("boras_tidning", "text")]),
    # an agency informed by a named speaker (أفادت X وكالة Y)
    ("وأفرجت السلطات عنه الاثنين على أن يحاكم طليقا، بحسب ما افادت زوجته يارا بدر وكالة فرانس برس.",
     [("afp", "text")]),
    # an agency's data and a news site
    ("أظهرت بيانات تومسون رويترز أن الصفقات ارتفعت. ونقل موقع سيريا نيوز الاخباري عن الدبلوماسي قوله إن اللقاء قريب.",
     [("reuters", "text"), ("syria_news", "text")]),
    # a magazine named without its article
    ("كما نشرت مجلة «أتلانتيك» الأميركية الشهيرة مقالاً أشارت فيه إلى أن الصراعات الداخلية هي القضية.",
     [("atlantic", "text")]),
    # a British paper whose name is also the underground railway, after its noun; AFP's English letters spelled out
    ("ضرب قرويون خمس نساء حسبما أوردته صحيفة ميترو البريطانية. وركب الزوار مترو الأنفاق. وقال المتحدث للشرطة لوكالة أي إف بي: يبدو أن القرية غاضبة.",
     [("metro", "text"), ("afp", "text")]),
    # the Greek daily; the outlet a speaker heads, in his title, is no source
    ("وأوضحت صحيفة «كاثميريني» السبت أن خمسة متخصصين انتهوا من التفتيش.", [("kathimerini", "text")]),
    # Maariv after its noun; "المعاريف" (acquaintances) closing a poem's line is no dateline
    ("وذكرت صحيفة معاريف الإسرائيلية أن الحكومة تدرس القرار.", [("maariv", "text")]),
    ("يكفيه بالدنيا قليل المعاريف\nاللي تحلي في حياته مقامه\nاللي حداهم ما يعد المصاريف", []),
    ('وبالمثل علّق علي جابر المدير العام لمجموعة MBC الذي قال موجهاً كلامه للراحل: "كنت صديقاً ودوداً".', []),
    # RTL with its letters dotted (read as RT before), Skai radio, and foreign dailies in Arabic and Latin letters
    ("وقال الوزير مضيفًا لاذاعة (ار.تي.ال)، أنّ الاتفاق قريب.", [("rtl", "text")]),
    ("وصرح رئيس لجنة اسواق المال لاذاعة سكاي بأن الاتفاق قريب.", [("skai", "text")]),
    ("في حين ذكرت صحيفة «ذي كلاريون- ليدجر» أن الشرطة اعتقلت رجلا.", [("clarion_ledger", "text")]),
    ("نشرت صحيفة “ilsole24ore” الإيطالية تقريراً حيث قالت إن الاتفاق قريب.", [("il_sole_24_ore", "text")]),
    ('ونقلت صحيفة "آستى بايفاليخت" عن وزير الدفاع قوله إن الاتفاق قريب.', [("eesti_paevaleht", "text")]),
    ("ونقلت صحيفة «هندوستان تايمز» عن مسؤول قوله إن الاتفاق قريب.", [("hindustan_times", "text")]),
    ("وقالت مجلة التايم إن الاتفاق قريب. وقال لاعب الوسط جو تايم إن الفريق جاهز.", [("time", "text")]),
    # "حسب ما قالته X" (the verb with its pronoun); MTV with its letters dotted
    ("تصدرت المغنية الترشيحات، حسب ما قالته شبكة تلفزيون «إم.تي.في».", [("mtv", "text")]),
    ("تصدرت المغنية الترشيحات، حسب ما قالته وكالة رويترز.", [("reuters", "text")]),
    # a quantifier between the verb and the agencies; information an outlet read ("طبقاً لمعلومات طالعتها X")
    ("الخبر الذي بثته بعض الوكالات مختصراً، ظهر أولاً في مدونة. وقال الوزير إن بعض الوكالات أخطأت.", [("agencies", "text")]),
    ("ويزوره شهرياً 124 مليوناً، طبقاً لمعلومات طالعتها “العربية.نت”، وفيها أن قيمته مليار دولار.", [("alarabiya", "text")]),
    ('وتحدثا عنها بالتفصيل في مقال نشر هذا الإسبوع في مجلة "وايرد". وقال الوزير وايرد إن الفريق جاهز.', [("wired", "text")]),
    # outlets cited in Arabic news the lexicon first lacked; a word shared with an outlet's name needs its noun
    ("بينما قالت صحيفة السفير اللبنانية إن الاتفاق قريب. وقال السفير الأمريكي إن الاتفاق قريب.", [("assafir", "text")]),
    ("وقال قائد الفريق لمحطة كانال بلوس التلفزيونية: نحن جاهزون.", [("canal_plus", "text")]),
    ("وقالت متحدثة لشبكة ميغا التلفزيونية إن المصارف ستفتح.", [("mega_tv", "text")]),
    ("وذكر موقع popular science الأمريكي، أن الجهاز جديد. وأفادت مجلة «نيتشر ميثودس» أن التجربة نجحت.",
     [("popular_science", "text"), ("nature_methods", "text")]),
    ("وحسب إحصائية لموقع \"معلومات مباشر\" فإن الأسهم ارتفعت. حسبما ذكرت وكالة افي.", [("mubasher", "text"), ("efe", "text")]),
    ("كشفت وثائق نشرها موقع ويكيليكس الجمعة أن الاتفاق قريب. ووفقا لما نقله موقع تك كرانش فإن الشركة تدرس العرض.",
     [("wikileaks", "text"), ("techcrunch", "text")]),
    ("في تصريحاته لصحيفة «دي ستاندارد» قال اللاعب إنه سعيد. ووفق موقع كورة فإن النادي جاهز. ولعب الأطفال الكورة.",
     [("de_standaard", "text"), ("kooora", "text")]),
    # told a station or a radio; in "من محطة الأخبار X" (where the speaker works) "الأخبار" names no paper
    ('وقالت الوزيرة لراديو هيئة الاذاعة البريطانية (بي.بي.سي) "لا يمكن أن نقبل بذلك".', [("bbc", "text")]),
    ("وقال لويك فيرين، من محطة الأخبار الأوروبية «يورونيوز»: «المنتجون كانوا الأوائل».", []),
    # a national agency as "وكالة أنباء" and the country; outlets first met in later samples
    ("وتوقعت الشركة في تقريرها الذي نقلته وكالة أنباء الكويت أمس أن ينمو الناتج.", [("kuna", "text")]),
    ('وكتب المدرب في بيان نشره موقع صحيفة "ستار تربيون" أن كل شيء كان قانونيا.', [("star_tribune", "text")]),
    ("وقال الوزير في تصريحات لصحيفة «هانوفرشه ألجماينه تسايتونج» إن الاتفاق قريب.", [("hannoversche_allgemeine", "text")]),
    ("وحسب ما نشرته صحيفة لوس انجلس تايمز نقلا عن الباحثين، فإن الأعراض واضحة.", [("latimes", "text")]),
])
def test_agencies_named_in_more_ways(analyzer, body, expected):
    found, _ = attrs(analyzer, "عنوان\n" + body)
    assert found == expected


def test_an_organisations_official_site_is_not_the_paper_of_that_name(analyzer):
    body = "وقال اماجو بينيك رئيس الاتحاد النيجيري لموقع الاتحاد الرسمي «ألمانيا ليست فقط بطلة العالم لكنها قوة اقتصادية»."
    found, _ = attrs(analyzer, "عنوان\n" + body)
    assert found == []
    body = "وقال فابيو كانافارو قائد إيطاليا السابق لموقع الاتحاد الدولي (الفيفا) على الإنترنت “سأكون سعيدا”."
    found, _ = attrs(analyzer, "عنوان\n" + body)
    assert found == []


def test_a_document_the_agency_saw_or_obtained(analyzer):
    body = ("وكشفت النشرة الإحصائية التي أطلعت عليها وكالة الأنباء السعودية “واس” عن بلوغ عدد المراكز 600 مركز.\n"
            "وتقضي اللوائح الجديدة - التي اطلعت عليها «رويترز» - أيضا بحظر بيع الفحم.\n"
            "وتظهر الوثيقة التي حصلت عليها وكالة فرانس برس أن الحكومة وافقت على الخطة.\n"
            "وقال الجيش في بيان تلقت رويترز نسخة منه إن الهجوم وقع ليلا.\nوتلقى مراسل فرانس برس تهديدات.")
    found, _ = attrs(analyzer, "عنوان\n" + body)
    assert found == [("spa", "text"), ("reuters", "text"), ("afp", "text"), ("reuters", "text")]


def test_an_abbreviation_in_brackets_after_the_full_name_is_no_credit(analyzer):
    found, _ = attrs(analyzer, "عنوان\nجاء ذلك خلال لقاء الوزيرين، بحسب وكالة الأنباء القطرية (قنا).")
    assert found == [("qna", "text")]
    found, _ = attrs(analyzer, "عنوان\nجاء ذلك خلال لقاء الوزيرين (قنا).")
    assert found == [("qna", "credit")]


def test_a_noun_with_its_case_ending_is_no_agency(analyzer):
    body = ("ومن أبلغ بيننا اليوم لساناً من الشاعر، فهو في النثر أبلغ وأفصح لساناً من كثير.\n"
            "وقال المرصد في تصريح لسانا إن القصف تواصل.")
    found, _ = attrs(analyzer, "عنوان\n" + body)
    assert found == [("sana", "text")]


def test_statements_of_a_person_to_an_outlet(analyzer):
    body = ('قال رجل الأعمال "وارن بافيت" إنه قد يقوم بعدة عمليات استحواذ صغيرة.\n'
            'وجاءت تصريحات "بافيت" لمحطة "سي إن بي سي"، بعد قيام شركته بشراء شركة أخرى.')
    found, _ = attrs(analyzer, "عنوان\n" + body)
    assert found == [("cnbc", "text")]


def test_a_name_read_as_like_plus_an_agency_is_none(analyzer):
    found, _ = attrs(analyzer, "عنوان\nأقر البرلمان التونسي قانونًا جديدًا لمكافحة الإرهاب.", byline="كمال كافي، أ ف ب - تونس")
    assert found == [("afp", "credit")]


def test_a_syndication_service_line_is_a_credit(analyzer):
    body = "تتدفق الأموال الصينية في جميع أنحاء البلاد.\n\n* خدمة «نيويورك تايمز»"
    found, _ = attrs(analyzer, "عنوان\n" + body)
    assert found == [("nyt", "credit")]


def test_a_wire_named_after_a_nisba_of_news_agency_and_the_agency_that_opened_the_sentence(analyzer):
    body = ("وفي تصريحات نشرتها وكالة الأنباء الروسية «ريا نوفوستي»، قال ناطق باسم السفارة إن موظفا أفرج عنه.\n"
            "لكن صحيفة «المصري اليوم» الخاصة قالت إن «البث المشترك شابته عوائق».\n"
            "وكالة «أسوشييتد برس» للأنباء رصدت هي الأخرى احتفاء الإعلام بالافتتاح. كما ذكرت الوكالة أن الإعلام اعتبر "
            "إنجاز المشروع دليلا على جدية الرئيس.")
    found, res = attrs(analyzer, "عنوان\n" + body)
    assert sorted(set(found)) == [("almasry_alyoum", "text"), ("ap", "text"), ("ria", "text")]
    assert [s.speaker_id for s in res.statements if s.verb == "ذكرت"] == ["ap"]


def test_a_news_item_of_a_paper(analyzer):
    found, _ = attrs(analyzer, "عنوان\nتابعت تعليقات المواطنين على خبر صحيفة عكاظ، الذي يشير إلى أنه يجري درس الحلول.")
    assert found == [("okaz", "text")]


def test_a_heading_that_opens_with_the_plural_of_wakala_is_no_credit(analyzer):
    found, _ = attrs(analyzer, "عنوان\nتعد الوكالة الشرعية من أبرز الوسائل.\n\nوكالات الأيتام\n\nتوفي والدنا وترك أموالا.")
    assert found == []


def test_a_wire_or_the_agencies_in_marks_closing_a_caption(analyzer):
    found, _ = attrs(analyzer, "عنوان\nدشنت الشركات ألعابها في ألمانيا وحضر المعرض عدد كبير من المهتمين «وكالات الأنباء»\n")
    assert found == [("agencies", "photo")]
    for body in ("وقال مسؤول إن الوضع هادئ، وفق «رويترز»", "والوضع هادئ كما ذكرت «رويترز»"):
        found, _ = attrs(analyzer, "عنوان\n" + body + "\n")
        assert found == [("reuters", "text")]  # a cue before it: the text's source
    found, _ = attrs(analyzer, "عنوان\nعلينا أن نتوقع المزيد من المشاحنات بينهم.\n* بالاتفاق مع «بلومبيرغ»\n")
    assert found == [("bloomberg", "credit")]  # a column syndicated from the outlet


def test_an_outlet_named_like_a_person_the_article_names(analyzer):
    body = ("هاجم ترامب الملياردير مايكل بلومبيرغ. وأسس بلومبيرغ شركة «بلومبيرغ» عام 1981.\n"
            "وقال بلومبيرغ إنه أصلح النظام التعليمي في نيويورك.")
    found, res = attrs(analyzer, "عنوان\n" + body)
    assert found == []  # the person of that surname speaks, not the outlet
    assert [(s.speaker, s.speaker_type) for s in res.statements] == [("بلومبيرغ", "person")]
    body = "هاجم ترامب الملياردير مايكل بلومبيرغ.\nوقالت وكالة بلومبيرغ إن الأسهم تراجعت. وذكرت «بلومبيرغ» أن النفط ارتفع."
    found, _ = attrs(analyzer, "عنوان\n" + body)
    assert found == [("bloomberg", "text"), ("bloomberg", "text")]  # named with its noun or in marks: the outlet
    found, _ = attrs(analyzer, "عنوان\nوقالت بلومبيرغ إن الأسهم تراجعت.")
    assert found == [("bloomberg", "text")]  # no person of that name: the outlet
    found, _ = attrs(analyzer, "عنوان\nفاز الفريق على منافسه.", byline="ساو باولو ـ رويترز:")
    assert found == [("reuters", "credit")]  # a place, a dash, then the agency (ـ is dropped when normalising)
    found, _ = attrs(analyzer, "عنوان\nونقل تلفزيون «فوكس» عن مسؤول أن الطائرة سقطت، كما قال مسؤول لشبكة «إي بي سي».")
    assert sorted(found) == [("abc", "text"), ("fox", "text")]
    body = 'وقالت مجلة "كايشن" في تقريرها إن الطلب تراجع. وذكر موقع التوتو ميركاتو نقلا عن مصادر أن اللاعب قلق.'
    found, _ = attrs(analyzer, "عنوان\n" + body)
    assert found == [("caixin", "text"), ("tuttomercato", "text")]


def test_a_signature_with_a_city_that_names_a_paper_is_no_photo_credit(analyzer):
    # "عمر بن رباع - الرياض" closing a reader's letter: the writer's city, not al-Riyadh's photo
    body = ("إن من القواعد المتينة لهذه البلاد المباركة بناء الإنسان والعناية بتعليمه، لأنه النواة الأولى للتنمية والرقي.\n"
            "عمر بن رباع - الرياض\n")
    found, _ = attrs(analyzer, "عنوان\n" + body)
    assert found == []
    found, _ = attrs(analyzer, "عنوان\nالرئيس خلال المؤتمر الصحفي - AFP\nقال الكرملين إن المحادثات مفيدة.")
    assert found == [("afp", "photo")]


def test_an_agency_named_with_its_last_words_in_quotation_marks(analyzer):
    found, _ = attrs(analyzer, 'عنوان الخبر\nوعزا التقرير التراجع لعوامل موسمية، وفقا لوكالة الأنباء "الكويتية".\n'
                               'وقالت وكالة أنباء "الشرق الأوسط" إن الوفد وصل.')
    assert found == [("kuna", "text"), ("mena", "text")]


def test_told_an_outlet_in_his_interview_and_outlets_after_their_noun(analyzer):
    found, _ = attrs(analyzer, "عنوان الخبر\nوأكد الوزير في حديثه لقناة العربية أن الأمر صعب.\n"
                               "وذكرت شبكة (تي إن) التلفزيونية أن اللاعب باق.\nوقالت مجلة التايم إن البحث مهم.\n"
                               "وجاء في بيان لأولي سولفانغ مسؤول الطوارئ أن القصف مستمر.")
    assert found == [("alarabiya", "text"), ("tn", "text"), ("time", "text")]


def test_the_guardian_written_without_the_article(analyzer):
    found, _ = attrs(analyzer, 'عنوان الخبر\nوأشارت جريدة "جارديان" التي نشرت نتائج الدراسة إلى أن الباحثين لم يحددوا السبب.')
    assert found == [("guardian", "text")]


def test_according_to_a_paper_in_brackets_closing_a_paragraph(analyzer):
    # "حسب (الحياة)" at the end of a paragraph with no full stop: the source named after its cue,
    # not a caption's credit; and the Saudi daily named with its noun and marks, "جريدة «الجزيرة»"
    found, _ = attrs(analyzer, "عنوان الخبر\nوأوضح أن العقوبة يتم تشديدها إذا كانت الظروف المحيطة بالواقعة مشددة، حسب (الحياة)\n"
                               'ولفت المحامي إلى استسهال المتحرشين فعلهم.\nنشرت جريدة "الجزيرة" أن وزارة العمل تشرع في وضع الآليات.')
    assert found == [("alhayat", "text"), ("aljazirah", "text")]


def test_outlets_named_with_their_noun_and_a_mark(analyzer):
    # magazines and papers whose bare names are ordinary words are listed with their noun; the
    # name may be set off by marks or brackets, and the surface keeps its closing mark
    res = analyzer.analyse(make_article("عنوان الخبر\nأكدت صحيفة (أولي) الأرجنتينية أن المهاجم قرر البقاء.\n"
                                        "وفي حديثه لمجلة «الرجل» السعودية بين الباحث أن البكتيريا خطر.\n"
                                        "وذكرت مجلة ميد أن التراجع كبير.\nوردت أنباء نشرتها صحيفة مال الإلكترونية عن نية المؤسسة.\n"
                                        "وذكر موقع dailymail البريطاني أن روسيا أطلقت الأقمار."))
    assert [(a.agency, a.kind, a.surface) for a in res.attributions] == [
        ("ole", "text", "صحيفة (أولي)"), ("alrajol", "text", "مجلة «الرجل»"), ("meed", "text", "مجلة ميد"),
        ("maal", "text", "صحيفة مال"), ("daily_mail", "text", "dailymail")]


def test_an_outlet_that_based_its_report_on_a_source(analyzer):
    found, _ = attrs(analyzer, 'عنوان الخبر\nواستندت صحيفة "بيلد أم زونتاج" الألمانية في ذلك إلى تحليل الرابطة الألمانية. '
                               "وأشارت إلى أن أسعار البنزين انخفضت.")
    assert found == [("bild", "text")]


def test_a_paper_named_by_its_issue(analyzer):
    # "الرياض" is a city unless named as a source; "بعدد الأحد" (in Sunday's issue) names the paper
    found, _ = attrs(analyzer, "عنوان الخبر\nتم إلغاء صك أرض في الخرج وذلك وفق ما نشرته الرياض بعدد الأحد.\n"
                               "وصل الوفد إلى الرياض بعدد كبير من الخبراء.")
    assert found == [("alriyadh", "text")]


def test_a_journal_and_a_site_after_a_verb_with_bidhalik(analyzer):
    found, _ = attrs(analyzer, "عنوان الخبر\nوذكر القائمون على الدراسة التي نشرتها صحيفة «ذا لانسيت» البريطانية أن اللقاح فعال.\n"
                               'أوجد مختصون طريقة لاختراق البندقية، أفاد بذلك الموقع الإلكتروني "ويرد".\n'
                               "وقال الوزير ويرد على ذلك بأن الأمر مهم.")
    assert found == [("lancet", "text"), ("wired", "text")]


def test_israeli_public_and_army_radio(analyzer):
    found, _ = attrs(analyzer, "عنوان الخبر\nونقلت الإذاعة الإسرائيلية عن المصادر القول إن المجموعة تضم مستوطنين.\n"
                               "ونقلت إذاعة الجيش الإسرائيلي أمس عن مسؤولين في وزارة الدفاع استعدادهم للمحادثات.")
    assert found == [("israel_radio", "text"), ("idf_radio", "text")]


def test_an_ambiguous_outlet_that_relayed_from_him(analyzer):
    # "نقلت عنه الجزيرة": the verb and its pronoun mark الجزيرة (also "island") as the source; not a day
    # before the outlet ("نقلتها عنه اليوم الاثنين صحيفة X": اليوم is "today", not the paper Alyaum)
    found, _ = attrs(analyzer, 'عنوان الخبر\nهو الذي يقول في برنامجه الذي نقلت عنه الجزيرة "عندي قدرة المفكرين على أن يديروا الدنيا".\n'
                               'وقال رومينيجه في تصريحات نقلتها عنه اليوم الاثنين صحيفة "كيكر": "جوارديولا لا يبالغ في طلباته".\n'
                               'وقال النجار في تصريحات عبر إذاعة "يو إف إم": "تم التوقيع مع اللاعب".')
    assert found == [("aljazeera", "text"), ("kicker", "text"), ("ufm", "text")]


def test_an_outlets_site_a_report_with_its_article_and_a_broadcast(analyzer):
    # "وفقًا للموقع الإلكتروني لصحيفة X": the outlet's site; "وفقا للتقرير" (لل: the report with its
    # article); "أذاعت قناة X": what a broadcaster aired
    found, _ = attrs(analyzer, "عنوان الخبر\nصمم رياضي سابق ملابس ذكية جديدة وفقًا للموقع الإلكتروني لصحيفة “ديلي ميل” البريطانية.\n"
                               "ووفقا للتقرير الذي نشرته رويترز فإن العدد كبير.\n"
                               "أذاعت قناة “الإخبارية” عصر اليوم أسماء الشهداء.")
    assert found == [("daily_mail", "text"), ("reuters", "text"), ("alekhbariya", "text")]


def test_through_or_on_an_outlets_pages(analyzer):
    # "طالب عبر صفحات جريدة X بأن"، "كتب على صفحات مجلة X": what a speaker wrote in the outlet's pages is attributed to it
    found, _ = attrs(analyzer, "عنوان الخبر\nوكان رئيس النادي قد طالب عبر صفحات جريدة واشنطن بوست الأمريكية بأن يقوم الاتحاد بمراجعة العقوبة.\n"
                               "وكتب الباحث في مقالته على صفحات مجلة «ذي أتلانتيك» أن التنظيم يتمدد.")
    assert found == [("wapo", "text"), ("atlantic", "text")]


def test_a_quoted_agency_name_after_its_description(analyzer):
    # "وفقا لوكالة الأنباء الروسية «موسكفا»": a wire of the lexicon named in marks after its description
    found, _ = attrs(analyzer, "عنوان الخبر\nوفقا لوكالة الأنباء الروسية «موسكفا» بعث الممثل برسالة لشرطة مترو موسكو.")
    assert found == [("moskva", "text")]


def test_a_yemeni_news_site(analyzer):
    # "وفقاً لموقع المشهد اليمني": a Yemeni news site of the lexicon
    found, _ = attrs(analyzer, "عنوان الخبر\nوقال سكان محليون وفقاً لموقع المشهد اليمني، إن المقاومة قصفت مواقع الحوثيين.")
    assert found == [("almashhad_alyemeni", "text")]


def test_a_survey_the_agency_runs_every_month(analyzer):
    # "وأظهر مسح شهري تجريه رويترز": a survey, how often, then the agency that runs it (in the present tense)
    found, _ = attrs(analyzer, "عنوان الخبر\nوأظهر مسح شهري تجريه رويترز لانتاج المنظمة أنه بلغ أكثر من 32 مليون برميل يوميا.")
    assert found == [("reuters", "text")]


def test_told_the_world_is_no_outlet(analyzer):
    # العالم is Al-Alam TV only after a source noun (needs_cue = noun): "تقول للعالم إن" tells the world
    found, _ = attrs(analyzer, "عنوان الخبر\nأرادت مصر أن تقول للعالم إنها لا تستسلم لمحاولات ثنيها.")
    assert found == []
    found, _ = attrs(analyzer, "عنوان الخبر\nوقال الوزير لقناة العالم إن الوضع صعب.")
    assert found == [("alalam", "text")]


def test_a_report_published_on_an_outlet_with_bi(analyzer):
    # "تقرير صحفي نشر بشبكة X": published on the outlet, ب written onto its noun (as "في شبكة X")
    found, _ = attrs(analyzer, "عنوان الخبر\nأكد تقرير صحفي نشر بشبكة abc الإخبارية ثبوت تورط مئات الفلبينيين.")
    assert found == [("abc", "text")]
    found, _ = attrs(analyzer, "عنوان الخبر\nوأشار الكاتب خلال مقاله المنشور اليوم بصحيفة الوطن السعودية إلى أن الزحام متوقع.")
    assert found == [("alwatan", "text")]


def test_an_outlet_that_praised_or_criticised(analyzer):
    # "أشادت قناة «الإخبارية» بـ": the outlet's own judgement, credited to it (as "رأت مجلة X")
    found, _ = attrs(analyzer, 'عنوان الخبر\nأشادت قناة "الإخبارية" السعودية بتحقيق محرر الصحيفة عن الحادثة.')
    assert found == [("alekhbariya", "text")]
    found, _ = attrs(analyzer, "عنوان الخبر\nوانتقد الوزير صحيفة الحياة بسبب تقريرها عن الحادثة.")
    assert found == []


def test_an_unambiguous_outlet_name_with_its_own_verb_after_it(analyzer):
    # no source noun before the name, but the lexicon's unambiguous name and its own verb right after it (after قد or
    # an adjective): "وكانت هيئة الإذاعة البريطانية تحدثت عن"; a relative clause's verb has another subject
    found, _ = attrs(analyzer, "عنوان الخبر\nوكانت هيئة الإذاعة البريطانية تحدثت عن اتفاق سياسي قريب في اليمن.")
    assert found == [("bbc", "text")]
    found, _ = attrs(analyzer, "عنوان الخبر\nوهي الوكالات التي قال الرئيس بوتين إنها تمد الأوساط الإعلامية بالأخبار.")
    assert found == []


def test_stuttgart_papers_are_outlets(analyzer):
    text = 'وقال النائب في تصريحات لصحيفة "شتوتجارتر ناخريشتن" الألمانية الصادرة اليوم إنه لن يخضع لضغط.'
    assert [(a.agency, a.kind) for a in analyzer.analyse(make_article(text)).attributions] == [("stuttgarter_nachrichten", "text")]


def test_sport_mediaset_is_not_the_paper_sport_and_the_lancet_in_latin(analyzer):
    # "شبكة سبورت ميدياسيت الإيطالية": the Italian network, not the Spanish paper Sport named in its first word; the
    # journal written "Lancet" without "The"
    found, _ = attrs(analyzer, "عنوان الخبر\nوأكدت التقارير الواردة من شبكة سبورت ميدياسيت الإيطالية، أن مستقبله في خطر.")
    assert found == [("sport_mediaset", "text")]
    found, _ = attrs(analyzer, "عنوان الخبر\nوذكرت الدراسة التي نشرتها مجلة Lancet الطبية أن المشكلات كبيرة.")
    assert found == [("lancet", "text")]


def test_a_study_published_in_a_journal_and_a_statement_on_the_radios_air(analyzer):
    # "الورقة المنشورة اليوم بمجلة X": where the study was published; "على موجات إذاعة X": what he said on its air
    found, _ = attrs(analyzer, "عنوان الخبر\nوكشفت الورقة البحثية المنشورة اليوم بمجلة لانسيت الطبية عن مشكلات صادمة.")
    assert found == [("lancet", "text")]
    found, _ = attrs(analyzer, "عنوان الخبر\nوأكد الرئيس السبسي على موجات إذاعة موزاييك إف إم أنه بصحة جيدة.")
    assert found == [("mosaique_fm", "text")]


def test_corse_matin_and_berlingske(analyzer):
    # two dailies the lexicon lacked: the Corsican Corse-Matin and the Danish Berlingske
    found, _ = attrs(analyzer, "عنوان الخبر\nونقلت صحيفة «كورس ماتان»، أمس، أن استجوابه متعذر.")
    assert found == [("corse_matin", "text")]
    found, _ = attrs(analyzer, 'عنوان الخبر\nوأكد مستشاره النبأ بعد أن نشرت صحيفة "برلينكسجه" الدنماركية النبأ.')
    assert found == [("berlingske", "text")]


def test_speaking_to_an_outlet(analyzer):
    # "يقول البروفيسور X ... متحدثاً إلى DW: «...»": speaking to the outlet is telling it, a text attribution
    found, _ = attrs(analyzer, "عنوان الخبر\nويقول البروفيسور أناغنوستيس باراسكيبفوبولوس، من معهد فراونهوفر في برلين متحدثاً إلى DW: “هذه نظرة نحو المستقبل”.")
    assert found == [("dw", "text")]


def test_a_study_published_in_a_journal_called_a_periodical(analyzer):
    # 'دراسة حديثة نشرت في دورية "كرنت بيولوجي"': دورية (a periodical) names the journal the study appeared in
    found, _ = attrs(analyzer, 'عنوان الخبر\nأكدت دراسة حديثة نشرت في دورية "كرنت بيولوجي" أن الضفدعين ساما.')
    assert found == [("current_biology", "text")]


@pytest.mark.parametrize("sentence,agency", [
    # 'وأظهر مقطع فيديو بثته قناة "سكاي تي جي 24" الإخبارية': the Italian channel that aired the footage
    ('وأظهر مقطع فيديو بثته قناة "سكاي تي جي 24" الإخبارية المسافرين وهم يصرخون.', "sky_tg24"),
    # "وبحسب موقع فاميلي شير الإلكتروني": the US family-advice site the list comes from
    ("وبحسب موقع فاميلي شير الإلكتروني هناك 8 مؤشرات واضحة تدل على ذلك.", "familyshare"),
    # "وأوضحت المرأة، التي تحدثت إلى “لايف نيوز”، أنها": the Russian site she spoke to
    ("وأوضحت المرأة، التي تحدثت إلى “لايف نيوز”، أنها كانت جادة في البداية.", "lifenews"),
])
def test_outlets_the_lexicon_lacked_in_blind_sets(analyzer, sentence, agency):
    found, _ = attrs(analyzer, "عنوان الخبر\n" + sentence)
    assert found == [(agency, "text")]


def test_told_a_paper_described_by_its_nationality_before_its_name(analyzer):
    # "وقالت للصحيفة الروسية “X” إن": the nisba between the told paper's noun and its name
    found, _ = attrs(analyzer, "عنوان الخبر\nوقال للصحيفة البريطانية “تليغراف” إن عملية الخداع بدأت عبر الإنترنت.")
    assert found == [("telegraph", "text")]


@pytest.mark.parametrize("sentence,expected", [
    # "(المدينة، 4 رمضان الفائت)": a paper and its issue's date in brackets after the figures it published
    ("من أعداد المتقدمين البالغ 583 ألفا (المدينة، 4 رمضان الفائت)، وهي نتيجة أخرى.", [("almadina", "text")]),
    # but the city and a date is no issue: "(المدينة المنورة، 4 رمضان)"
    ("وصل الوفد إلى المدينة (المدينة المنورة، 4 رمضان) أمس.", []),
])
def test_a_paper_cited_in_brackets_with_its_issues_date(analyzer, sentence, expected):
    found, _ = attrs(analyzer, "عنوان الخبر\n" + sentence)
    assert found == expected
