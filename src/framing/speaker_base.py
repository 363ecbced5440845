"""framing.speaker_base: what the speaker modules share.

The ``Speaker`` record, ``ArticleMemory`` (what an article has named so far), the patterns of
the speaker phrase (content markers, asides, calls, tokens) and the word helpers that need no
lexicon (verbal nouns, nasab, stop words, clitics).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field



# Content markers after the speaker phrase (normalised text): إن / أن / بأن / : / a quotation mark / إلى أن ... / إلى القول
# ("وخلص X إلى القول «...»": what follows القول is what was said)
AL_QAWL = r"الي\s+القول(?:\s*:)?"
CONTENT_MARKER = re.compile(
    r"(?<!\w)" + AL_QAWL + r"(?!\w)|(?<!\w)(?:(?:الي|علي)\s+)?(?:ب|و|ف)?ان(?:ه|ها|هم|هما|هن|نا|ني)?(?!\w)|:|\"|(?<!\w)(?:الي|(?<!بن )(?<!عن )علي(?!\s+(?:بن|ابن)\s)|من|عن)(?!\w)"
)
_CLAUSE_BREAK = re.compile(r"[،,;؛()]")
# "X -رئيس اللجنة- قال": a subject, then an aside between dashes, right before the verb
_DASHED_ASIDE = re.compile(r"[.،,]\s*([^\s\-–—،,.:\"][^\-–—،,.:\"]{1,60}?)\s+[-–—][^\-–—]{3,150}[-–—]\s*$")
# "ألقى X كلمة (قال / أكد) فيها": X gave the speech the verb reports
_DELIVERED_SPEECH = re.compile(r"(?<!\w)[وف]?(?:القي|القت|يلقي)\s+([^،,:\"]{3,130}?)\s*[،,]?\s+(?:كلمه|كلمته|كلمتها|خطابا|خطابه|محاضره)"
                               r"(?:\s+(?:بهذه\s+المناسبه|بالمناسبه|في\s+الحفل|خلال\s+الحفل))?\s*[،,]?\s*$")  # (كلمة بهذه المناسبة عبرت فيها)
# "وكتب X تدوينة قال فيها": X wrote what the verb reports
_WROTE_IT = re.compile(r"(?<!\w)[وف]?(?:كتب|كتبت|نشر|نشرت)\s+([^،,:\"]{3,100}?)\s*[،,]?\s+(?:تدوينه|تغريده|مقالا|منشورا|رساله)(?:\s+[^\s،,:\"]+){0,3}?\s*$")
# "تلقى ... اتصالاً هاتفياً (أمس) من X، ... أعرب خلاله": who called or wrote speaks in the verb after it
_CALL_FROM = re.compile(r"(?<!\w)(?:اتصالا|اتصال|مكالمه|برقيه|رساله)(?:\s+(?:هاتفيا|هاتفي|هاتفيه))?(?:\s+(?:اليوم|امس|مساء|صباح))?\s*[،,]?\s+من\s+")  # (a comma after the time: "اتصالاً هاتفياً أمس، من")
_CALL_MADE = re.compile(r"(?<!\w)[وف]?(?:اجري|اجرت)\s+([^،,:\"]{3,120}?)\s+(?:اتصالا|اتصال|مكالمه)(?:\s+(?:هاتفيا|هاتفي|هاتفيه))?(?!\w)")
KANA = r"[وف]?(?:كان|كانت)"  # the auxiliary كان / كانت (with و / ف) that a subject follows: "وكان X قد أكد"
THAT = re.compile(r"(?<!\w)[بوف]?ان(?:ه|ها|هم)?(?!\w)")  # the complementiser (إن، أن، بأنه، وأن): the content begins
CONTENT_NEXT = re.compile(r"\s*(?::|[بوف]?ان(?:ه|ها)?(?!\w))")  # the content right after a word: "يقول كيني:"، "علي الريشان :"
IN_IT = re.compile(r"\s+(?:من\s+)?(?:خلالها|خلاله|فيها|فيه)(?!\w)")  # "in it", right after a verb: "كلمة أكد فيها"
_IN_CALL = re.compile(r"\S+" + IN_IT.pattern)  # the verb, then "in it"
# nouns of what someone said (a speech, a statement, an interview, a tweet): its owner follows them
STATEMENT_NOUNS = r"كلمه|خطاب|خطبه|تصريحات|تصريح|حديث|مقابله|لقاء|بيان|تغريده"
_SPEECH_BY = re.compile(r"(?<!\w)[وب]?(?:" + STATEMENT_NOUNS + r")\s+(?=ل\S)")
# ("كلمة لرئيس اللجنة X بارك فيها"، "تصريحات للرئيس X أكد فيها": the speaker after ل)
_LOOK_FURTHER = object()  # a clause's opening verb that does not settle its subject
# "ثم ألقيت كلمة الفرع، ألقاها مساعد المدير نواف الغامدي، أكد فيها": the one who gave it
# "أصدر الجيش بيانا أعرب فيه عن ...": who issued the statement speaks in it
# (with a relative clause on the statement between: "بيانا حصلت عليه رويترز قال فيه": the issuer, not the agency)
_ISSUED_STATEMENT = re.compile(r"(?<!\w)[وف]?(?:اصدر|اصدرت)\s+([^،,:\"]{3,140}?)\s+(?:بيانا|بيان)"
                               r"(?:\s+(?:حصلت|اطلعت|تلقت|تسلمت)\s+(?:عليه|عليها)?[^،,:\"]{2,40}?)?\s*$")
# (and "في بيان أصدره X، قال فيه": who issued the statement)
_DELIVERED_IT = re.compile(r"(?<!\w)[وف]?(?:القاها|القتها|(?:بيان|بيانا)\s+(?:اصدره|اصدرته))\s+([^،,:\"]{3,80}?)\s*[،,]\s*$")
# "X بدوره أشار"، "X من جهته أكد": an aside between the subject and its verb
# "من جهته"، "ومن جانبها"، "من ناحيته": "on his / her / their side", opening a speaker's turn
# (جانبه is "his side", but جهه / ناحيه are جهة / ناحية normalised: "من جهة أخرى"، "من ناحية ثانية" are
# "on the other hand", no speaker's turn; those take ته / تها / تهم only)
ACCORDING_WORDS = r"بحسب|حسب|وفق|وفقا|طبقا"  # "according to" (attribution cues; an aside after a title)
SIDE_PHRASE = r"[وف]?من\s+(?:جانب(?:ه|ها|هم)|(?:جانب|جه|ناحي)(?:ته|تها|تهم))(?!\w)"
# "وأشار على وجه الخصوص إلى"، "وشدد بشكل خاص على": how the point was made, between the verb and its preposition
BRACKETED_ASIDE = re.compile(r"\([^()،,.:\"]{1,30}\)")  # "(36 سنة)"، "(متسوق)" after a name: an aside, no clause break
MANNER_PHRASE = re.compile(r"(?<!\w)(?:علي\s+وجه\s+(?:الخصوص|التحديد|العموم)|ب(?:وجه|شكل|صوره)\s+(?:خاص|عام|خاصه|عامه)|خصوصا|تحديدا|بالتحديد|بالخصوص)"
                           r"(?!\w)\s*[،,]?")
_SUBJECT_ASIDE = re.compile(r"\s+(?:بدور(?:ه|ها|هم)|" + SIDE_PHRASE + r")\s*$")
_ON_BEHALF = ("باسم", "بلسان")  # "المتحدث باسم"، "الناطق بلسان": the title goes on with whom it speaks for
MONTHS = (  # month names, normalised: Gregorian, then Levantine
    "يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|"
    "كانون الثاني|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين الاول|تشرين الثاني|كانون الاول"
)
HIJRI_MONTHS = "محرم|صفر|ربيع الاول|ربيع الثاني|ربيع الاخر|جمادي الاولي|جمادي الاخره|جمادي الاخري|رجب|شعبان|رمضان|شوال|ذو القعده|ذي القعده|ذو الحجه|ذي الحجه"
_WEEKDAYS = {"الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت"}
_DAY_WORDS = _WEEKDAYS | {"اليوم", "امس", "الغد", "غد", "يوم", "باكر", "هذا", "ذلك"}  # after صباح / مساء: a time, not a name
_AFTER_WEEKDAY = {"الماضي", "المقبل", "الفايت", "القادم", "المنصرم", "الموافق", "الاول", "الاخير"}  # "الخميس الماضي": a day
AMMA = r"[وف]?اما\s+"  # أما "as for", opening a topic
DASHES = ("-", "–", "—")  # the dashes that set off an aside
_TOPIC = re.compile(r"\s*" + AMMA)  # "أما X، فقال": X is the topic, and the subject of the verb after ف
_SV_LEAD = re.compile(r"(?<!\w)(?:[وف]?كان|[وف]?كانت|قد|فيما|بينما|كما|ان|بان|لكن|ولكن|اما|واما)(?!\w)")
SOURCE_NOUNS = {"صحيفتا", "وكالتا", "قناتا", "محطتا", "صحيفتي", "وكالتي", "قناتي", "صحيفه", "جريده", "وكاله", "قناه", "شبكه", "موقع", "تلفزيون", "اذاعه", "مجله", "محطه", "مراسل", "مراسله"}
TOKEN = re.compile(r"[^\s،,:;؛()\"]+")
# the roles of lexicons/speaker_cues.tsv (documented in its header)
SPEAKER_CUE_ROLES = ("title", "anonymous", "anonymity", "adjunct", "preposition", "org", "place", "rank", "given_name",
                     "not_name", "in_charge", "in_field", "common_noun", "plural_group", "naming_noun", "honorific_pronoun",
                     "construct_title", "kinship", "deceased", "club", "org_adjective", "to_place", "time_head")
DEF_PREFIX = r"(?:[وفبلك]?ال|لل)"  # the article, with a clitic or as لل
_DEF = re.compile(r"^" + DEF_PREFIX)
PATRON_TITLES = ("الملك", "الامير", "الشيخ", "الامام")  # a body named after a person: "مركز الملك فهد"، «جامعة الأمير سلطان»
NAME_LINKS = {"بن", "بنت", "ابن", "ابو", "ابا", "ام", "عبد", "دي", "دل", "فون", "دير", "ولد", "لو", "دو"}  # join the next word to a name
_THREE_WORD_CHARS = re.compile(r"\w{3}")


@dataclass
class Speaker:
    surface: str
    id: str
    type: str
    camp: str
    name_key: str = ""  # normalised name, for "named speaker" scoring

    @classmethod
    def person(cls, name: str, camp: str = "") -> Speaker:
        """A person the gazetteer does not list, known by the (normalised) name read."""
        return cls("", name, "person", camp, name)


@dataclass
class ArticleMemory:
    """What an article has said so far: for resolving titles and pronoun subjects."""

    last: Speaker | None = None
    others: tuple[Speaker, ...] = ()  # the further speakers of ``last``'s statement ("وقال X وY"), for a dual or plural verb after it
    titled: list[tuple[str, Speaker]] = field(default_factory=list)  # (normalised title, person)
    norm: str = ""
    ranges: list[tuple[int, int]] = field(default_factory=list)  # paragraphs read so far (normalised)
    named: dict[str, Speaker] = field(default_factory=dict)  # surname -> first named speaker
    sentence_start: int = -1  # start of the sentence of the last statement
    quoted_names: frozenset[str] = frozenset()  # short quotations the article repeats: names («غوغل»)
    last_agency: Speaker | None = None  # the agency or outlet that spoke last ("وأضافت الوكالة")
    topic: Speaker | None = None  # before anyone spoke: the titled person a sentence opened with ("نقل المدير X التعازي")
    organisations: set[str] = field(default_factory=set)  # the words of unlisted organisations that spoke
    previous_sentence: tuple[int, int] | None = None  # the sentence read before the current one
    gazetteer_seen: list[str] = field(default_factory=list)  # gazetteer people named in the first ``gazetteer_read`` ranges
    gazetteer_read: int = 0


_MASDAR = re.compile(r"ا..ا.|است..ا.|ا.ت.ا.|ان..ا.|ت..ي.|ت.ا..|ت[^\Wاويه]{3}")  # إطلاق، استخدام، اعتقال، انسحاب، تسليم، تزامن، تعثر


_DERIVED_PARTICIPLE = re.compile(r"من(?:ت..|..)|مست...|مت...ه")  # منضم، منتخب، مستقيل، متخصصة: descriptions, not surnames
_ADVERBIAL_PARTICIPLE = re.compile(r"م(?:ست...|.ت..|ت...|ت.ا..|ن...|.ا..)ا")  # مبتسما، مستغربا، متسائلا، منفعلا، مخاطبا
_JOINED_PRESENT = re.compile(r"[وف][يت](?:ست|.ت)[^\Wاوي]{3}")  # "يتساءل ويستغرب"، "ويعتبر": و and a present of forms VIII and X
_SIDE_OPENING = re.compile(r"\s*(?:" + SIDE_PHRASE + r"|بدور(?:ه|ها|هم))\s*[،,]?\s*")  # "من ناحيته، ..." (the comma may be left out: "من جانبه استعرض X")


def _words_before_mentions(word: str, norm: str, before: int, n: int, *, window: int = 3000,
                           quoted: bool = False) -> list[tuple[str, ...]]:
    """The ``n`` words written right before each earlier whole-word mention of ``word`` in the
    ``window`` characters before ``before`` (with ``quoted``, also before «word»)."""
    pattern = r"(?<!\S)" + r"(\S+) " * n + ('"?' if quoted else "") + re.escape(word) + r"(?!\w)"
    return [m.groups() for m in re.finditer(pattern, norm[max(0, before - window) : before])]


_NASAB = re.compile(r"\s+(?:بن|ابن|ال)\s+(?:عبد\s+(?=ال))?\w+")  # (and "بن عبد العزيز" written apart)


_KUNYA = ("ابو", "ابي", "ابا")


def _spelled_apart(words: list[str], named: dict[str, Speaker]) -> Speaker | None:
    """The person named before with a part of the name written joined or apart: "رامي عبدالرحمن"
    after "رامي عبد الرحمن", "عبد الغني" after "حسين عبدالغني"; a kunya, "أبو ثنين" after "عبدالله أبوثنين", "أبوثنين" after
    "عبدالله أبو ثنين"."""
    if len(words) >= 2:
        compact, spaced = "".join(words), " ".join(words)
        same = next((k for k in named.values() if k.type == "person" and k.name_key != spaced
                     and k.name_key.replace(" ", "") == compact), None)
        if same is not None:
            return same
    last = words[-1]
    if len(words) == 2 and words[0] in ("عبد", "ابو") and (joined := named.get(words[0] + last)) is not None and joined.type == "person":
        return joined  # "قال عبد الغني" after "حسين عبدالغني": the family name written apart
    if len(words) == 1 and last.startswith("عبد") and len(last) > 5:
        # "وقال عبدالرحمن" after "رامي عبد الرحمن": the family name written joined
        same = next((k for k in reversed(list(named.values())) if k.type == "person" and k.name_key.endswith(" عبد " + last[3:])), None)
        if same is not None:
            return same
    if len(words) >= 2 and words[-2] in _KUNYA:
        return named.get(words[-2] + last)
    kunya = next((k for k in _KUNYA if last.startswith(k) and len(last) > len(k) + 2), None)
    known = named.get(last[len(kunya) :]) if kunya else None
    if known is not None and f" {kunya} {last[len(kunya):]}" in f" {known.name_key}":
        return known
    return None


def _is_nasab(rest: str) -> bool:
    """The rest of a name is its nasab or family: " بن عبدالعزيز آل سعود"."""
    return _nasab_end(rest, 0, len(rest)) == len(rest) > 0


def _nasab_end(norm: str, pos: int, end: int) -> int:
    """The end of a listed name's nasab written after it: "محمد بن نايف| بن عبدالعزيز آل سعود"."""
    while (m := _NASAB.match(norm, pos, end)) is not None:
        pos = m.end()
    return pos


def _masdar(word: str) -> bool:
    """A verbal noun of a derived form (إفعال، استفعال، افتعال، انفعال، تفعيل): never a name."""
    return _MASDAR.fullmatch(word) is not None


_DERIVED_PRESENT = re.compile(r"[يت]ست...?")  # يستمد، تستخدم: the present of a verb of form X (its past, استفعل،
# and form VIII's, افتعل، are spelled like foreign names: إسترين، أشتون، أرتيم)


def _derived_present(word: str) -> bool:
    """The present tense of a verb of form X (يستفعل: "وأضاف يستمد المنتدى أهميته"): never a name."""
    return _DERIVED_PRESENT.fullmatch(word) is not None


_EULOGY = re.compile(r"\s*(?:صلي\s+الله\s+عليه|عليه\s+وسلم|عليه\s+(?:الصلاه\s+و)?السلام|عليهم\s+السلام"
                     r"|تبارك\s+وتعالي|سبحانه\s+وتعالي|عز\s+وجل|جل\s+(?:وعلا|وعز|جلاله))(?!\w)")  # the Prophet, a prophet, God
_IMAM_OF = {"وخطيب", "المسجد", "مسجد", "الحرم", "جامع", "الجامع", "الحرمين"}


def _imam(norm: str, pos: int) -> bool:
    """Whether امام ending at ``pos`` is إمام (an imam: "إمام وخطيب المسجد"), not أمام (in front of),
    which normalisation spells alike."""
    nxt = norm[pos : pos + 10].split()[:1]
    return bool(nxt) and nxt[0] in _IMAM_OF


# "وذكر عدد من ..."، "وأوضح أكثر من ثلث الخريجين": a group, not a name (not كل: "كل من X وY")
_NUMBER_WORDS = {"اثنان", "اثنين", "ثلاث", "ثلاثه", "اربع", "اربعه", "خمس", "خمسه", "ست", "سته", "سبع", "سبعه", "ثماني", "ثمان",
                 "ثمانيه", "تسع", "تسعه", "عشر", "عشره", "عشرات", "مئات", "الاف"}
_OPEN_PAREN, _CLOSE_PAREN = re.compile(r"\s*\(\s*"), re.compile(r"\s*\)\s*")
_ABBREVIATION = re.compile(r"[^()]{1,20}\)")  # "(أوبك)": a short name closed within twenty characters
_QUOTED_NAME = re.compile(r'\s*"([^"\n]{3,40})"')  # a name in quotation marks right after the verb or a title
_NAME_BREAK = re.compile(r'[:"،,;؛()]')  # punctuation that ends a name
IS_NAMED = r"يدعي|تدعي"  # يُدعى / تُدعى 'is named', normalised like يدعي 'claims'
CALLED_WORDS = IS_NAMED + r"|يسمي|تسمي|اسمه|اسمها"  # the words that give a person's name: "يدعى X"، "اسمه X"
_CALLED = re.compile(r"\s*[،,]?\s*(?:(?:في|من)\s+(?:[^\s،,.:\"]+\s+){1,4}?)?و?(?:" + CALLED_WORDS + r")\s+")  # "شاهد يدعى X"، "مقيم في مقديشو يدعى X"،
# "مهندس في محطة للصرف الصحي يدعى X": X is the unnamed source's name; "أحد المحققين ويدعى X": and is named X
_RANK_GRADES = {"اول", "ثاني", "ثان", "بحري", "جوي", "طيار", "ركن", "الركن"}  # after a rank, before the name
_ORDINALS = {"الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"}
_QUANTIFIERS = {"عدد", "بعض", "جميع", "كافه", "معظم", "اغلب", "اكثر", "اقل", "عشرات", "ميات", "الاف"}  # (and hundreds, thousands of)
_OF = frozenset({"ذات", "ذو", "ذوي", "ذوو"})  # "of": "والمؤسسات الدولية ذات الصلة" (no name), "جمعية ذوي الإعاقة" (a body's name)
_STOPS = {"لاسيما", "ولاسيما", "عليه", "عليها", "عليهم", "منه", "منها", "منهم", "عنه", "عنها", "عنهم", "عنا", "عني", "منا", "علينا", "الينا", "بنا", "به", "بها", "بهم", "عددا", "عده", "نفسه", "نفسها", "نفسهم", "انفسهم", "ثم", "وهو", "وهي", "وهم", "وهما", "فانه", "فانها", "فانهم", "اننا", "انني", "بانه", "بانها", "بانهم", "وان", "وانه", "عدد", "بعض", "كل", "جميع", "كافه", "بما", "مما", "باسمه", "باسمها", "هذه", "هذا", "لذلك", "لهذا", "لهذه", "لتلك", "بذلك", "بهذا", "بهذه", "هناك", "هنالك", "ذلك", "تلك", "هؤلاء", "هولاء", "او", "قوله", "قولها", "قولهم", "قولهما", "بقوله", "بقولها", "بقولهم", "بدون", "ل", "ب", "عدم", "بعدم", "لعدم", "ضروره", "بضروره", "اهميه", "باهميه", "استعداد", "حرص", "عزم", "تمسك", "سقوط", "وقوع", "مقتل", "حدوث", "وجود", "ان", "بان", "انه", "انها", "انهم", "انهما", "انهن", "بانهن", "الي", "علي", "من", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "عن", "لا", "لن", "لم", "ولا", "ولن", "ولم", "فلا", "فلن", "فلم", "عما", "كان", "كانت", "كانوا", "فيما", "كما", "بينما", "حيث", "عندما", "اكثر", "اقل", "قد", "فقد", "لقد", "انك", "بانك", "انكم", "بانكم", "بانني",
          "ليس", "ليست", "ليسوا", "وليس", "وليست", "وليسوا", "فليس", "فليست",  # (not, a verb: "ورحب، وليست وظيفتها")
          "هو", "هي", "هم", "هما", "هن",  # (a pronoun: "فهذه المصممة هي البوصلة")
          "لماذا", "ماذا", "كيف", "اين", "هل", "اذا", "لمن", "نفسك", "نفسي",  # (a question: "وتساءل الكاتب لماذا")
          "وانا", "نحن", "ونحن",  # ("وقال وأنا واحد ممن": the speaker's own "I")
          "بصفته", "بصفتها", "بصفتهم", "بصفتهما",  # ("وقال المحافظ بصفته متحدثا باسم X": in his capacity as, an aside)
          "رغم", "برغم", "بالرغم",  # (despite: "الناقد ... اللذيذة رغم ندرتها"، "رفض المدرب ... رغم أهميته")
          "قلت", "فقلت", "وقلت",  # (the writer's "I said": "هكذا قال زميلي النصراوي، فقلت:")
          "ومن", "فمن"}  # (and from, and who: "فترى الناس ومن حولك")
_STOPS |= _OF


def _ba_masdar(word: str) -> bool:
    """ب and a verbal noun: "بزيادة"، "بإقامة"، "بالإفراج"، "بتوفير" (what is demanded or praised)."""
    if word[:1] != "ب" or len(word) < 4:
        return False
    stem = word[3:] if word.startswith("بال") else word[1:]
    return (_masdar(stem) or (len(stem) == 5 and stem[2] == "ا" and stem[4] == "ه")  # (فعالة)
            or (len(stem) >= 6 and stem.endswith("ات") and _masdar(stem[:-2])))  # (its plural: "بتغييرات"، "بإجراءات")


_SAID_START = re.compile(r'[:"]')


def _before_said(norm: str, pos: int, end: int) -> int:
    """Where what someone said may start in norm[pos:end]: a colon, or a quotation mark that
    does not close a short quoted name within a few words ("لجنة «الميثاق» الدكتور X")."""
    at = pos
    while (m := _SAID_START.search(norm, at, end)) is not None:
        if m.group() == '"':
            close = norm.find('"', m.end(), min(len(norm), m.end() + 40))
            if close > 0 and len(norm[m.end() : close].split()) <= 4:
                at = close + 1  # (past the quoted name)
                continue
        return m.start()
    return end


def _stop_word(word: str) -> bool:
    return word in _STOPS


def _unnamed_group(word: str) -> bool:
    """An indefinite plural of a nationality or participle: فلسطينيون، مسلحون، متظاهرون."""
    if len(word) < 5 or word.startswith("ال"):
        return False
    return (len(word) >= 6 and word.endswith(("يون", "يين"))) or (word.startswith("م") and word.endswith("ون"))  # مدعون


# a particle with a first-person pronoun: "وأضاف لدينا كميات"، "ولكننا نعرف"، "أذكر أني سألت" (no name)
_FIRST_PERSON = re.compile(r"[وف]?(?:لدي|عند|لكن|ان|مع|بين)(?:نا|ني)$|[وف]?(?:نحن|اني)$")


def _looks_like_name(word: str) -> bool:
    """A token that could be (part of) a proper name: no pronoun or plural ending, not a digit."""
    if not word or any(ch.isdigit() for ch in word) or len(word) < 2:
        return False
    return (not word.endswith(("ها", "هم", "هما", "كم", "يون", "يين", "تنا"))  # (نا ends names: دينا، سمينا; not تنا: طبيعتنا)
            and not _FIRST_PERSON.match(word))


def _strip_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def strip_clitics(word: str) -> str:
    """The word without a leading و / ف (kept when what follows is under three letters)."""
    if word[:1] in ("و", "ف") and (word.startswith("ال", 1) or _THREE_WORD_CHARS.match(word, 1)):
        return word[1:]
    return word


def _is_naming_noun(word: str, naming_nouns: set[str], *, owned: bool = False) -> bool:
    """A naming noun, with or without the clitics (فيلم keeps its ف; لشعار، وبمشروع); ``owned``: also with a
    possessive pronoun (كتابه، روايتها)."""
    if any(w in naming_nouns for w in clitic_forms(word)):
        return True
    if owned and (bare := _without_pronoun(word)) != word and strip_clitics(bare) != "اسم":
        # (ماركه is the normalised ماركة: tried as written first; not "طلب عدم نشر اسمه «...»", an unnamed source's words)
        forms = (bare, bare[:-1] + "ه") if bare.endswith("ت") else (bare,)  # (روايته -> روايه, the normalised رواية; or a noun in ت)
        return any(w in naming_nouns for f in forms for w in clitic_forms(f))
    return False


def _without_pronoun(word: str) -> str:
    """A noun without its possessive pronoun: رئيسها -> رئيس، مديره -> مدير (the word itself when none)."""
    for suffix in ("هما", "هم", "ها", "ه"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def clitic_forms(word: str) -> tuple[str, ...]:
    """The word as written, without a leading و / ف, and without a preposition ب / ل after that:
    the forms a lexicon word may take in running text ("لمركز"، "وبمنطقة"، "لشعار")."""
    base = strip_clitics(word)
    return (word, base, base[1:]) if base[:1] in ("ب", "ل") else (word, base)
