"""framing.quotes: reported statements in Arabic news: who speaks, through which verb, how quoted.

The extractor reads each sentence of the outlet's own text for a reporting verb (any
inflection, with the clitics و ف: قال، وقالت، يقول، مضيفاً، لافتاً; ``framing.verbs``) or a
cue formula (نقلت وكالة X عن Y قوله، بحسب X، فإن، هذا ما قاله X), then the speaker phrase
between the verb and the content marker (إن / أن / بأن / : / a quotation mark / إلى أن /
على أن), read by ``framing.speakers``, and the content to the end of the sentence or the
quotation. A verb with no new subject ("وأضاف أن") continues the previous speaker.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple
from dataclasses import replace

import pandas as pd

from .attribution import AgencyLexicon, end_after_quotes
from .lexicons import Lexicons
from .matching import last_match
from .normalize import DIACRITICS, TANWEEN, NormalizedText, normalize
from .speaker_base import (AL_QAWL, AMMA, BRACKETED_ASIDE, CONTENT_MARKER, CONTENT_NEXT, DASHES, IN_IT, IS_NAMED, KANA, MANNER_PHRASE, NAME_LINKS, PATRON_TITLES, SIDE_PHRASE, STATEMENT_NOUNS, THAT, TOKEN, ArticleMemory,
                           Speaker, _ADVERBIAL_PARTICIPLE, _AFTER_WEEKDAY, _DEF, _NUMBER_WORDS, _QUANTIFIERS, _QUOTED_NAME, _WEEKDAYS, _ba_masdar, _is_naming_noun, _stop_word, _words_before_mentions,
                           strip_clitics)
from .speakers import SpeakerReader
from .text import Span, split_sentences
from .types import Article, Attribution, Part, Statement, records_to_frame
from .verbs import ReportingVerbs, Verb, VerbMatch

__all__ = ["StatementExtractor", "statements_to_frame", "quote_spans"]

_NAMED_PASSIVE = re.compile(r"[وف]?(?:" + IS_NAMED + ")")
_DIRECTIONS = {"شرق", "غرب", "شمال", "جنوب", "وسط", "شرقي", "غربي", "شمالي", "جنوبي"}  # (شرق أوكرانيا: a place's part)
_CONJUNCTION_BEFORE = re.compile(r"(?:(?<!\w)(?:بعد|قبل|قبيل|منذ|دون|بدون|رغم|برغم|عقب)|[،,]\s*الا)\s+$")
# (a conjunction's أن: "بعد أن"، "...، إلا أن" (however), no content marker)
_SURNAME_THEN_THAT = re.compile(r"\s+([^\W\d_]{2,})\s+(?:ب)?ان(?:ه|ها|هم)?(?!\w)")  # "يعتبر تود أن"
_FULL_NAME_THEN_THAT = re.compile(r"\s+([^\W\d_]{2,})\s+([^\W\d_]{2,})\s+(?:ب)?ان(?:ه|ها|هم)?(?!\w)")  # "تقول سارة ناهض أن"
_ON_BEHALF_OF = re.compile(r"(?<!\w)(?:بالنيابه|نيابه|بدلا|عوضا|فضلا|بعيدا|رغما)\s*$")  # before عن: no content follows
_STATEMENT_NOUN_BEFORE = re.compile(r"(?<!\w)(?:" + STATEMENT_NOUNS + r"|رساله|مقال|مداخله)\s+$")  # "في بيان أعلن فيه"
_PREP_MARKER = re.compile(r"(?<!\w)(?:الي|علي|من|عن)(?!\w)")
_RELAY = re.compile(r"(?=[وفني])(?<!\w)[وف]?(?:نقلت|نقل|نقلا|ينقل)(?!\w)")  # look-ahead first: quick skipping (and the present: "وينقل موقع X عن Y")
_RELAY_AN = re.compile(r"(?<!\w)(?:عن|قول|ما\s+(?:قاله|قالته|قالوا|ذكره|ذكرته|اكده|اكدته))\s+")  # (and "ونقل البيان قول X": X's words)
_PRAYED_TO = re.compile(r"\s*[-–—]?\s*(?:الله|المولي)(?!\w)")  # "دعا X الله / المولى أن": a prayer
_RELAY_PRONOUN = re.compile(r"(?<!\w)عن(?:ه|ها)\s+(?:قوله|قولها)(?!\w)")  # "نقل X عنه قوله": the person before
_ABBREVIATED_TITLE = re.compile(r"(?<![\w.])[دم]\.(?=\s?[^\W\d_]{2})")  # "د.هشام"، "د. الفلاح"، "م.القحطاني": doctor, engineer, abbreviated
_SPACED_DPA = re.compile(r"(?<!\w)د ب ا(?!\w)")  # "د ب أ": the agency's letters, not the title د
_SCRIPTURE_BEFORE = re.compile(r"(?<!\w)[وفل]?(?:قال|يقول|قوله)\s+(?:الله\s+)?(?:تعالي|سبحانه(?:\s+وتعالي)?|عز\s+وجل|جل\s+وعز)\s*:?\s*$")
_SLASHES = re.compile(r"(?<=\s)//(?=\s)")  # SPA's quotation marks (not a web address's)
_NOUN_OF_HIS = re.compile(r"(?<!\w)(\w{3,})(?:ه|ها|هم)(?!\w)")  # "نفيه"، "تأكيدها": a verbal noun and its speaker's pronoun
_SAYING = re.compile(r"(?<!\w)(?:قوله|قولها|قولهم|قولهما|تاكيده|تاكيدها)(?!\w)")
# بحسب / حسب / وفق X, وفقا / طبقا لـ X or joined (وفقا لمدير); the look-ahead first for quick skipping
_ACCORDING = re.compile(r"(?=[وفبحطا])(?<!\w)[وف]?(?:بحسب|حسب|وفق|(?:وفقا|طبقا)(?:\s*ل(?!\w))?|استنادا\s+الي)(?!\w)")  # (استناداً إلى: "based on")
# "قال X قائلاً:"، "ويضيف X مستطردا:" introduce the same content
_SAYING_PARTICIPLES = frozenset(normalize(w) for w in ("قائلا", "قائلة", "مستطردا", "مستطردة"))
_BY_SAYING = re.compile(r"\s*(?:[^\s،,.:\"]+\s+){0,4}?(?:بقوله|بقولها|بقولهم|بقولهما|بالقول)\s*:?\s*(?=\"|ان(?:ه|ها)?(?!\w))")
# ("عن X بقوله: «...»": what was said follows, a quotation or إن; not "ملتزم بالقول والفعل")
_SAYING_PRESENT = frozenset(normalize(w) for w in ("يقول", "تقول"))  # "وتابع X يقول:", right after the speaker
# a byline repeated at the head of the text, its parts set off by dashes and closed by a colon ("X - سبق - جازان :")
_BYLINE_HEAD = re.compile(r"[^\n:.،,\-–—]{2,40}(?:\s[\-–—]\s[^\n:.،,\-–—]{2,30}){1,3}\s?:\s*")
_ACCORDING_KEYS = ("حسب", "وفق", "طبقا", "استنادا")
_STATEMENT_NOUN = re.compile(r"\s*ل?(?:تصريحات|تصريح|كلام|اقوال)(?!\w)")  # (after بحسب / وفقا: a statement noun before its speaker)
_SAID_THIS = re.compile(r"(?=[هذ])(?<!\w)(?:هذا|هكذا|ذلك)\s+ما\s+(?:قاله|قالته|اكده|اكدته|اوضحه|اوضحته|اورده|اوردته|صرح\s+به|صرحت\s+به)(?!\w)")
_THEN_CONTENT = re.compile(r"(?:[،,]\s*|(?<=\s))(?:(?:فان|فانه|فانها|فانهم)(?!\w)|ف(?=(?:سوف|قد)(?!\w)))")  # (or "، فسوف"، "، فقد")
_WHAT_SAID = re.compile(r"\s*ل?ما\s+(\w+)(?!\w)")  # "بحسب ما قال"، "وطبقا لما أعلنه"
_AS_SAID = re.compile(r"(?:[،,]\s*|\s)(?:(?:وذلك\s+)?(?:حسبما|حسب\s+ما|بحسب\s+ما|وفق\s+ما)|وفقا\s+لما|طبقا\s+لما)\s+(?=\S)"
                      r"|(?P<which>[،,]\s*(?:(?:وهو|وهذا)\s+)?ما\s+(?=\S+ه(?!\w)))")  # (or "، وهو ما أكده X": which X confirmed)
# a year after its month or "عام" is when, not a count: "وفي أيار/مايو 2013 قال X" (but "1300 طالب")
_YEAR_BEFORE = re.compile(r"(?:عام|العام|سنه|يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر)\s+(?:19|20)\d\d\s+$")
_SIDE_START = re.compile(r"\s*(?:" + SIDE_PHRASE + r"|بدور(?:ه|ها))\s*[،,]?\s*")  # "من جهته" opening the sentence
_GUESTS = re.compile(r"[^،,.:]{0,40}?(?<!\w)ب(?:ال)?(?:وفد|وفود|ضيوف|ضيف|حضور|زوار|حاضرين|مشاركين|زائرين)(?!\w)")  # welcomed guests
_SUPERLATIVES = "ابرز|اهم|اكبر|اكثر|افضل|اشهر|اقوي|اقدم|احدث|اغلي|اميز|اجمل|اول|اخر|اخطر|اسرع|اعلي|اصغر|اقل|ادني|اطول|اوسع|اعظم|اروع"
# (elatives, normalised: أبرز، أهم، أول، آخر ...)
_WHAT_BEFORE = re.compile(r"(?<!\w)(?:" + _SUPERLATIVES + r")\s+ما\s+$")
# (a superlative and the relative ما right before a verb: "آخر ما كتب X", what X wrote, a noun; not "وهو ما أكده X")
_AS_SAID_BEFORE = re.compile(r"(?<!\w)(?:(?:ب?حسب|وفق)\s*ما|(?:وفقا|طبقا)\s+لما)\s+$")  # an aside's cue right before its verb
# "...، كما يقول X.": "as X says", the clause before is X's (a verb of saying or viewing, with no
# content of its own after X: "، كما أكد X أن" is "also", a statement of its own)
_AS_X_SAYS = re.compile(r"(?:[،,]\s*|\s)(?:كما|مثلما)\s+(?=\S)")  # (مثلما: "just as")
_TOLD_OUTLET_REST = re.compile(r"ل\s*(?:ال)?(?:وكاله|صحيفه|جريده|قناه|شبكه|موقع|مجله|اذاعه|تلفزيون)(?!\w)")  # "... لوكالة فرانس برس"
_AS_CLASSES = ("neutral", "emphatic", "interpretive")
_THIS_AFTER = re.compile(r"\s+ب?(?:ذلك|هذا(?!\s+ال))\s+(?=\S)")  # "أوضح ذلك X"، "كشف هذا لـ«Y» X"، "صرح بذلك X": the verb's
# content came before (not "ووصفت هذا العصر"، "وأكد هذا الناطق": هذا before a definite noun is its demonstrative)
# asides that may stand between the speaker and a prepositional marker: "وأعرب الملك باسمه واسم
# شعب المملكة عن"، "وأشار كارتر أيضا إلى"، "وأعرب X في أكثر من مناسبة عن"
_IN_HIS_NAME = re.compile(r"\s*(?:باسمه(?:ا)?\s+واسم\s+[^،,.:\"]{2,80}?|ايضا|كذلك|مجددا|مرارا|في\s+اكثر\s+من\s+مناسبه|في\s+(?:عده|عدد\s+من)\s+مناسبات"
                          r"|[،,]?\s*(?:في|خلال)\s+(?:تصريح|تصريحات|بيان|حديث|كلمه|كلمته|مؤتمر)(?:\s+(?!(?:الي|علي|من|عن)(?!\w))[^\s،,.:\"]+){0,3}?)\s*")
# (or "في تصريح له اليوم": where it was said, before إلى / على)
_WHEN_SAID = re.compile(r"(?:[،,]\s*(?:حين|حينما|عندما|اذ)|\s(?:حين|حينما|عندما))\s+$")  # (اذ only after a comma: "إذ قال" opens a story)
_FORMULA = re.compile(  # "خادم الحرمين «حفظه الله»"، «لا قدر الله»: a blessing or pious formula in the writer's sentence
    r"(?:(?:ي?(?:حفظ|رعا|رحم|وفق|ايد|اعز|سدد)(?:ه|ها|هم|هما)?|رحم|لا\s+قدر|ان\s+شاء|باذن|الحمد|ولله|جزاه|جزاهم)\s+(?:الله|لله)"
    r"(?:\s+(?:تعالي|الحمد|خيرا))?|الحمد\s+لله|(?:عليه|عليهم)\s+السلام|صلي\s+الله\s+عليه\s+وسلم|رضي\s+الله\s+(?:عنه|عنها|عنهم|عنهما))")
_PRAYER_OPENING = r"اللهم|(?:رحم|رحمه|رحمهم)\s+الله"  # the words a prayer opens with
_PRAYER = re.compile(r'[\s:"]*(?:' + _PRAYER_OPENING + r')(?!\w)')  # "اللهم ..."، "رحم الله الشهداء": a prayer
_ON_THE_TONGUE = re.compile(r"(?<!\w)علي\s+لسان\s+")
_ON_TONGUE = re.compile(r"(?:\s+(?:اليوم|امس|ايضا|" + "|".join(sorted(_WEEKDAYS)) + r"))*\s+" + _ON_THE_TONGUE.pattern)  # after a verb and its day
_CAME = ("جاء", "ورد")  # "حسب ما جاء / ورد على لسان X"
_CAME_IN = r"(?:" + "|".join(_CAME) + r")\s+في"  # "وجاء في بيان X «...»": what X's statement says
_NOUN_CUE = re.compile(r"(?<!\w)[وف]?(?:(?:وفقا|بحسب|حسب|وفق|طبقا)\s*ل?|" + _CAME_IN + r")\s*$")  # a statement noun's cue
_CAME_IN_BEFORE = re.compile(r"(?<!\w)[وف]?" + _CAME_IN + r"\s*$")
_CLAUSE_COMMA = re.compile(r"[،,]")
_WHERE_SAID = re.compile(r"[،,]\s*حيث\s+$")
_IMPERSONAL = re.compile(r"[وف]?(?:يذكر|يشار)\s+(?:(?:الي|اليه)\s+)?(?:ب)?ان")
# a present tense with no و, no subject and أن right after it: "وفي حالة بقاء دي خيا، يرجح أن يحل ...": it is likely
_IMPERSONAL_PRESENT = re.compile(r"(?:يرجح|يتوقع|يعتقد)\s+ان(?:ه|ها|هم)?(?!\w)")  # (and with its pronoun: "يُعتقد أنه سافر")
_ISSUED_BY = re.compile(r"\s+(?:صادر|صادره|الصادر|الصادره)\s+عن\s+")  # "بيان صادر عن X": X issued it
_RELATIVE_NEXT = re.compile(r"\s*[،,]?\s*(?:الذي|التي|الذين)(?!\w)")  # "X الذي ...": a relative clause after X
# "للمرصد الذي أشار": a relative clause on a prepositional object, right before the verb
# "X الذي قال: «...»": the relative clause's verb, with its content marker right after it
_RELATIVE_VERB = re.compile(r"\s*[،,]?\s*(?:الذي|التي)\s+(?:قد\s+)?([^\s،,:\"]+)(?=\s*(?::|\"|(?:ب|و)?ان(?:ه|ها|هم)?(?!\w)))")
# a relative clause set off after the named speaker, before the content marker
_RELATIVE_ASIDE = re.compile(r'\s*[،,]?\s*(?:الذي|التي)\s+[^،,.:"]{3,150}?(?:[،,]\s*(?=(?:[بوف]?ان\w{0,2}|عن|الي|علي)(?!\w)|[:"])|\s*(?=:))')
_OBJECT_RELATIVE = re.compile(r"(?<!\w)(?:[لب]\S+|\S+(?:ها|هم|هما))\s+(?:الذي|التي)\s*(?:قد\s*)?$")
_KANA_SUBJECT = re.compile(r"(?:^|(?<=[.،,\n]))\s*" + KANA + r"\s+([^\s،,.:\"]+)[،,]?\s+((?:[^\s.:\"]+\s+){0,14})$")
# "كل من" (each of) opening a list of speakers of one verb
_EACH_OF = re.compile(r"\s+كل\s+من\s+")
# a relative pronoun and a finite verb right before a participle ("X الذي قال مؤكدا:")
_SAID_AFTER_RELATIVE = re.compile(r"(?<!\w)(?:الذي|التي)\s+(?:قد\s+)?(\S+)\s+$")
# a dual or plural relative pronoun after the names of the people who speak ("X وY اللذان قالا")
_PLURAL_RELATIVE = re.compile(r"\s*[،,]?\s*(?:الذين|اللذان|اللذين|اللتان|اللتين)\s*(?:قد\s*)?")

# between two speakers of one verb: "X، وY"، "X وY" (the list may close with a plural of the verb:
# "وثمن كل من X، وY، ثمنوا دعم ...")
# (after an aside on the one before: "مصطفى عثمان (معتمر سوداني) وخورشيد خيبر"، "درويش سالم من الحديدة، وناجي صالح")
_LIST_ASIDE = r"(?:\s*\([^()\n]{1,60}\)|\s+من\s+[^\s،,.:\"()]+(?=\s*[،,]?\s*(?:و|ال?ي\s|ان)))?"
_NAME_SET_OFF = re.compile(r"\s*[،,]\s*([^\s،,.:\"]+(?:\s+[^\s،,.:\"]+){1,3})\s*[،,]")  # "، عيسى الصويتي،"
_ALI_BEFORE = re.compile(r"(?<!\S)([^\s،,.:\"]+)\s+علي\s+$")  # "... X على " right before a word
_SPACED_AND = re.compile(r"\s+و(?=\S)")
_AND_NEXT = re.compile(_LIST_ASIDE + r"\s*[،,]?\s*و(?=\S)")
_COMMA_NEXT = re.compile(_LIST_ASIDE + r"\s*[،,]\s*(?=\S)")  # after "كل من" a comma alone: "كل من X، Y، وZ:"
_LIST_END = re.compile(_LIST_ASIDE)
_PAIR_NEXT = re.compile(r"\s*و([^\s،,.:\"]+)\s+([^\s،,.:\"]+)")  # "ومحمد حديدي": و and a name of two words
_KANA_QAD = re.compile(r"(?<!\w)" + KANA + r"\s+(?:[^\s،,.:\"]+\s+){1,12}قد\s*$")


class _Found(NamedTuple):
    """A statement read in a sentence, before its content's end is settled."""
    verb_start: int
    verb_end: int
    content_start: int
    speaker: Speaker
    speaker_span: tuple[int, int]
    verb_id: str
    verb_class: str
    via: str
    content_end: int | None  # set when the content came first ('"..."، قال X')


def quote_spans(norm: str, start: int, end: int, resumes: re.Pattern | None = None) -> list[tuple[int, int]]:
    """Outermost quoted spans [open, close] in normalised text[start:end].

    Every quotation mark is folded to '"' by normalisation, and sites write « » either way
    round, so a mark's role is read from its neighbours: after a space or a clitic and before a
    letter it opens, after a letter or a stop and before a space it closes. Nested quotations
    («... «انقلاباً» ...») stay inside the outer one. A quote still open at the end runs to
    ``end`` (sites often omit the closing mark of a quote that ends the paragraph), unless more
    than one is open: marks written the wrong way round ("«الطهي ... «ضمن ... «شقيقي ...»"),
    which then close at the last closing mark, not swallow the rest of the paragraph. A mark
    written against the word before it ('وقال" وصل ...".') opens when the next mark closes. With
    ``resumes`` (``StatementExtractor.quote_spans`` passes the reporting participles after a
    comma: "، مشيراً إلى أن"), a quotation left open ends where the writer's voice resumes.
    The text after that point is read again for its own quotations (at most ``_MAX_RESUMES``
    times per line, which keeps a line's reading linear).
    """
    spans: list[tuple[int, int]] = []
    for _ in range(_MAX_RESUMES):
        resumed_at = _read_quotes(norm, start, end, resumes, spans)
        if resumed_at is None:
            break
        start = resumed_at
    return spans


_MAX_RESUMES = 20
_QUOTED_NUMBER = re.compile(r'"\s*\d[\d.,]*\s*"')  # "بواقع ” 8 ” مراكز": marks around a number set it off, they quote nothing


def _read_quotes(norm: str, start: int, end: int, resumes: re.Pattern | None, spans: list[tuple[int, int]]) -> int | None:
    """Add the quoted spans of text[start:end] to ``spans``; where the writer's voice resumed in a
    quotation left open, the position to read on from."""
    depth, opened, last_close = 0, -1, -1
    number_marks = {start + m.start() + k for m in _QUOTED_NUMBER.finditer(norm[start:end]) for k in (0, len(m.group()) - 1)}
    marks = [start + m.start() for m in re.finditer('"', norm[start:end]) if start + m.start() not in number_marks]
    for k, p in enumerate(marks):
        before = norm[p - 1] if p > start else " "
        after = norm[p + 1] if p + 1 < end else " "
        opens = (after.isalnum() and (before.isspace() or before in "(،,:؛-—" or (before in "وفبلك" and (p - 1 == start or norm[p - 2].isspace()))))
        closes = _closing_mark(norm, p, start, end)
        if closes and not depth and after.isspace() and k + 1 < len(marks) and _closing_mark(norm, marks[k + 1], start, end):
            closes = False  # 'وقال" وصل ... الأخضر".': a mark written against its word opens, when the next one closes
        if not opens and not closes and depth == 0 and norm[p + 1 : end].lstrip(" ")[:1] in ("", *".،,؛:!?؟…\n"):
            continue  # 'لآلاف السنين ” .': a stray mark before a stop (or the end) opens no quotation
        if opens or (not closes and depth == 0):
            if depth == 0:
                opened = p
            depth += 1
        elif depth:
            depth -= 1
            last_close = p
            if depth == 0:
                spans.append((opened, p + 1))
    if depth:
        close = last_close + 1 if depth > 1 and last_close > opened else end
        resumed = resumes.search(norm, opened, close) if depth == 1 and resumes is not None else None
        spans.append((opened, resumed.start() if resumed else close))
        if resumed is not None and resumed.end() < end:
            return resumed.end()
    return None


def _closing_mark(norm: str, p: int, start: int, end: int) -> bool:
    """Whether the quotation mark at ``p`` closes by its neighbours: after a letter or a stop, before no letter."""
    before = norm[p - 1] if p > start else " "
    after = norm[p + 1] if p + 1 < end else " "
    return not after.isalnum() and (before.isalnum() or before in ".!?؟…)")


class StatementExtractor:
    """Extracts statements from articles with the verb, people, institution and cue lexicons."""

    def __init__(self, lexicons: Lexicons, agencies: AgencyLexicon | None = None) -> None:
        self.agencies = agencies or AgencyLexicon.from_lexicons(lexicons)
        self.verbs = ReportingVerbs(lexicons)
        self.speakers = SpeakerReader(lexicons, self.agencies, self.verbs)
        # in a quotation left open, "، مشيراً إلى أن": a reporting participle (not an adverb such as
        # مجددا) after a comma is the writer's own voice again, so the quotation ended before it
        participles = sorted(f for f, v in self.verbs.by_form.items()
                             if v.participle and f.endswith("ا") and not self.speakers.is_adjunct(f))
        # and a paragraph break inside the line (sites that join paragraphs with runs of spaces)
        # opened by و and a reporting verb ("   ويؤكد رئيس الاتحاد ...") is the writer's voice too
        verbs = sorted(f for f, v in self.verbs.by_form.items()
                       if not v.participle and not v.strict and v.cls != "noun" and len(f) > 2)
        # so too a sentence's end, then و and a reporting verb: "«نؤكد أن ... العشرين.. وأوردت الصحف أن"
        self._writer_resumes = re.compile(
            r"\s*[،,]\s*(?:" + "|".join(map(re.escape, participles)) + r")(?!\w)"
            r"|(?:\s{3,}|(?<=[.!?؟])\s+)(?=و(?:" + "|".join(map(re.escape, verbs)) + r")(?!\w))")

    def quote_spans(self, norm: str, start: int, end: int) -> list[tuple[int, int]]:
        """``quote_spans`` with a quotation left open closed where the writer's voice resumes."""
        return quote_spans(norm, start, end, self._writer_resumes)

    def extract(
        self,
        article: Article,
        parts: Iterable[Part],
        normalized: NormalizedText,
        attributions: Iterable[Attribution] = (),
        sentences: list[Span] | None = None,
    ) -> list[Statement]:
        """Statements in the analysed parts of ``article`` (title, headings, paragraphs).

        ``sentences``: the sentences of the article's parts in text order, if already split.
        """
        normalized = _statement_text(normalized)
        sentence_starts = [s.start for s in sentences] if sentences is not None else []
        bounds = {}
        if sentences:
            flat = normalized.offsets.searchsorted([x for s in sentences for x in (s.start, s.end)]).tolist()
            bounds = {(s.start, s.end): (flat[2 * k], flat[2 * k + 1]) for k, s in enumerate(sentences)}
        norm = normalized.text
        memory = ArticleMemory(norm=norm)
        text_attr = [a for a in attributions if a.kind == "text" and a.field == "text"]
        out: list[Statement] = []
        read = [p for p in parts if p.kind in ("paragraph", "heading", "title")]
        own_bounds = [(normalized.norm_index(p.start), normalized.norm_index(p.end)) for p in read]
        own_quotes = [self.quote_spans(norm, a, b) for a, b in own_bounds]
        memory.quoted_names = (_repeated_quotations(norm, own_quotes, self.speakers.plain_name, self.speakers.is_given_name)
                               | self._quoted_outlets(norm, own_bounds, own_quotes) | self._quoted_places(norm, own_quotes)
                               | _names_after_naming_nouns(norm, own_quotes, self.speakers.naming_nouns))
        bounds_of = _passages(norm, own_bounds)  # (each quotation counted once above, in its own paragraph)
        quotes_of = [q if b == own else self.quote_spans(norm, *b) for q, b, own in zip(own_quotes, bounds_of, own_bounds)]
        for part, own, (p_start, p_end), quotes in zip(read, own_bounds, bounds_of, quotes_of):
            memory.ranges.append(own)
            if sentences is None:
                part_sentences = split_sentences(article.text[part.start : part.end], offset=part.start)
            else:
                i, j = bisect.bisect_left(sentence_starts, part.start), bisect.bisect_left(sentence_starts, part.end)
                part_sentences = sentences[i:j]
            for sent in part_sentences:
                s_start, s_end = bounds.get((sent.start, sent.end)) or (normalized.norm_index(sent.start), normalized.norm_index(sent.end))
                out.extend(self._sentence(article, normalized, s_start, s_end, p_end, quotes, sent.text, memory, text_attr))
                memory.previous_sentence = (s_start, s_end)
        out += self._speaker_lines(article, normalized, read, own_bounds, own_quotes, out, memory)
        out = sorted(_one_id_per_person(out, self.speakers.name_word, self.speakers.gazetteer_name, self.speakers.plain_name),
                     key=lambda s: (s.start, s.end))
        return self._named_when_continued(out)

    def _speaker_lines(self, article: Article, normalized: NormalizedText, read: list[Part], bounds: list[tuple[int, int]],
                       quotes_of: list, found: list[Statement], memory: ArticleMemory) -> list[Statement]:
        """A list of people's words, one to a paragraph, each opened by a full name and a colon (tweets,
        vox pops: "عثمان العمير: عرفت سعود ..."، "«أنغام: «...»"): each is that person's statement, direct
        when its words are quoted to their end. Only where two or more paragraphs of the article read so,
        and not a prayer alone ("مشاري العفاسي: اللهم اغفر له")."""
        norm = normalized.text
        starts = sorted(f.start for f in found)
        lines = []
        for part, (p_start, p_end), quotes in zip(read, bounds, quotes_of):
            m = _SPEAKER_LINE.match(norm, p_start, p_end) if part.kind in ("paragraph", "heading") else None
            if m is None or bisect.bisect_left(starts, part.start) < bisect.bisect_left(starts, part.end):
                continue  # (a paragraph whose words the verbs already read)
            got = self.speakers.from_phrase(norm, m.start(1), m.end(1), norm[m.start(1) : m.end(1)], memory)
            if (got is None or got[0].type != "person" or not got[0].name_key or got[1] < m.end(1)
                    or not (self.speakers.is_given_name(first := got[0].name_key.split()[0]) or first == "علي" or got[0].id != got[0].name_key)):
                continue  # (a listed given name or a gazetteer person: not "فرددت بعناد: لا.." in a story)
            lines.append((m, got[0], p_end, quotes))
        if len(lines) < 2:
            return []
        out = []
        for m, speaker, p_end, quotes in lines:
            c_start, c_end = m.end(), len(norm[:p_end].rstrip(" \n"))
            if len(norm[c_start:c_end].split()) < 3 or all(_PIOUS.search(c) for c in _CLAUSES.split(norm[c_start:c_end])
                                                           if len(c.split()) >= 2):
                continue  # (every clause a prayer or condolence: "الله يغفر له ويرحمه، إنا لله وإنا إليه راجعون")
            raw_sp, raw_c, raw_colon = normalized.raw_span(*m.span(1)), normalized.raw_span(c_start, c_end), normalized.raw_span(m.end(1), m.end())
            out.append(Statement(
                article_id=article.id, speaker=article.text[raw_sp[0] : raw_sp[1]], speaker_id=speaker.id, speaker_type=speaker.type,
                camp=speaker.camp, verb=article.text[raw_colon[0] : raw_colon[1]].strip(), verb_class="neutral",
                quote_type=_quote_type(norm, c_start, c_end, quotes, self.speakers.naming_nouns, memory.quoted_names),
                content=article.text[raw_c[0] : raw_c[1]].strip(), via_agency="", start=raw_sp[0], end=raw_c[1],
                sentence=article.text[raw_sp[0] : raw_c[1]]))
        return out

    def _named_when_continued(self, statements: list[Statement]) -> list[Statement]:
        """A title alone that speaks, then "وأضافت X" with X's bare name in the next statement: the
        name is the titled speaker's ("وأكدت متحدثة باسم الخارجية أنه ... وأضافت ماريا زاخاروفا: «...»")."""
        for i in range(1, len(statements)):
            before, now = statements[i - 1], statements[i]
            if (before.speaker_id.startswith("role:") and now.speaker and now.speaker_type == "person"
                    and self._feminine(before.verb) == self._feminine(now.verb)  # (not "قالت المتحدثة ... وأضاف X": another person)
                    and not now.speaker_id.startswith(("role:", "anon:")) and _WENT_ON.fullmatch(normalize(now.verb))
                    and 0 <= now.start - before.end <= 400):
                surface = normalize(now.speaker)
                first = TOKEN.search(surface)
                if first is not None and not self.speakers.is_title_phrase(surface, 0, len(surface)) and self.speakers.name_word(first.group()):
                    statements[i - 1] = replace(before, speaker_id=now.speaker_id, camp=now.camp or before.camp)
        return statements

    def _titled_one_name(self, norm: str, speaker: Speaker, span: tuple[int, int]) -> bool:
        """One name right after its title, no aside in brackets between ("تحدث المدير الفني للفريق نيبوشا"),
        the name no word with the article or an adverb in ـا ("فعلا")."""
        name = speaker.name_key
        return (self.speakers.is_title_phrase(norm, *span) and ")" not in norm[span[0] : span[1]] and self.speakers.plain_name(name)
                and not name.startswith("ال") and not (name.endswith("ا") and not self.speakers.plain_name(name[:-1])))

    def _feminine(self, verb: str) -> bool:
        """A verb as written in its feminine singular form (قالت، وأضافت، تقول): the lexicon's own list."""
        return self.verbs.base_form(normalize(verb)) in self.verbs.feminine

    def _quoted_places(self, norm: str, quotes_of: list[list[tuple[int, int]]]) -> frozenset[str]:
        """Short quotations that name a place ("في «شرق أوكرانيا»"، "«غزة»") or a listed institution
        ('روسيا و"أوبك"'): names, not quoted words."""
        out = set()
        for a, b in (q for quotes in quotes_of for q in quotes if q[1] - q[0] <= 40):
            words = norm[a:b].strip('" ').split()
            if 1 <= len(words) <= 3 and ((all(w in _DIRECTIONS or self.speakers.is_place(w) for w in words) and not set(words) <= _DIRECTIONS)
                                         or self.speakers.names_institution(" ".join(words))):
                out.add(" ".join(words))
        return frozenset(out)

    def _quoted_outlets(self, norm: str, bounds_of: list[tuple[int, int]], quotes_of: list[list[tuple[int, int]]]) -> frozenset[str]:
        """Quotations that are an agency's or outlet's whole name ("اعتمدته «ذا بانكر»"): names,
        not quoted words (the part's mentions are looked up once, and only for a part with a short quotation)."""
        out = set()
        for (p_start, p_end), quotes in zip(bounds_of, quotes_of):
            short = [(a, b) for a, b in quotes if b - a <= 60]
            if not short:
                continue
            spans = {(m.start, m.end) for m in self.agencies.mentions(norm, p_start, p_end)}
            for a, b in short:
                inner = norm[a:b].strip('" ')
                at = a + norm[a:b].find(inner)
                if (at, at + len(inner)) in spans:
                    out.add(" ".join(inner.split()))
        return frozenset(out)

    def _sentence(self, article, normalized, s_start, s_end, p_end, quotes, sentence, memory, text_attr):
        norm = normalized.text
        # the cue regexes run only where a plain substring search (C speed) finds their key words
        cands = [(m.start(), "relay", m) for m in _RELAY.finditer(norm, s_start, s_end)] if norm.find("نقل", s_start, s_end) >= 0 else []
        if any(norm.find(k, s_start, s_end) >= 0 for k in _ACCORDING_KEYS):
            cands += [(m.start(), "according", m) for m in _ACCORDING.finditer(norm, s_start, s_end) if not _inside(m.start(), quotes)]
        if norm.find("ما ", s_start, s_end) >= 0:
            cands += [(m.start(), "said_this", m) for m in _SAID_THIS.finditer(norm, s_start, s_end) if not _inside(m.start(), quotes)]
            cands += [(m.start(), "as_said", m) for m in _AS_SAID.finditer(norm, s_start, s_end) if not _inside(m.start(), quotes)]
            cands += [(m.start(), "as_said", m) for m in _AS_X_SAYS.finditer(norm, s_start, s_end) if not _inside(m.start(), quotes)]
        verb_hits, noun_hits = self.verbs.find_both(norm, s_start, s_end)
        cands += [(m.start(), "verb", m) for m in verb_hits if not _inside(m.start(), quotes) and self._verb_in_place(norm, s_start, m)
                  and not self._with_tanween(article.text, normalized, m)]
        cands += [(m.start(), "verbal_noun", m) for m in noun_hits if not _inside(m.start(), quotes)]
        cands.sort(key=lambda c: (c[0], c[1] != "relay"))
        if memory.last is not None and (side := _SIDE_START.match(norm, s_start, s_end)) is not None:
            self._newcomer(norm, side.end(), s_end, memory)
        found: list[_Found] = []
        co_speakers = {}  # index in found -> further speakers of the same verb, with their spans
        prev_what = ""
        for pos, what, m in cands:
            aside_of = None  # "وقال X في بيان مشيرا إلى أن ... "..."": the participle says what comes before the quotation
            if found and pos < max(found[-1].content_start, found[-1].speaker_span[1]):
                if not (what == "verb" and found[-1].content_end is None and pos > found[-1].speaker_span[1]
                        and norm.startswith('"', found[-1].content_start) and self._participle_aside(norm, m, found[-1].content_start)):
                    continue  # inside the speaker phrase or formula of the previous statement
                aside_of = found[-1]
            if found and what == "verb" and m.group("verb") in self.verbs.by_saying and not _GOES_ON_BEFORE.search(norm, max(0, pos - 40), pos):
                continue  # "ويعلق X على الطبق بالقول": the statement before says it (its content follows بالقول)
            clause, asyndetic, same_next, when, listed = None, False, False, False, False  # "...، فيما عبر X عن": a clause of its own inside the content, if X is written
            if (found and prev_what != "verbal_noun" and not (what == "verbal_noun" and pos == _skip_space(norm, found[-1].content_start, s_end))
                    and not self._may_continue(norm, m, what)):
                clause = (_NEW_CLAUSE.search(norm, max(0, pos - 12), pos) or _BUT_HE.search(norm, max(0, pos - 12), pos)
                          or (None if _inside(pos, quotes) else _RELATIVE_BEFORE.search(norm, max(0, pos - 8), pos)
                              or _TOPIC_CLAUSE.search(norm, max(0, pos - 90), pos))
                          if what == "verb" else None)
                object_taken = (found[-1].verb_class == "interpretive" and found[-1].speaker_span[1] > found[-1].speaker_span[0]
                                and not norm[found[-1].speaker_span[1] : found[-1].content_start].strip())
                if (clause is None and what == "verb" and m.group("clitic") == "و" and (found[-1].verb_class == "evaluation" or object_taken)
                        and not _THAT_OR_SAID.search(norm, found[-1].content_start, pos)):
                    # "ودانت الحكومة الألمانية التفجير وأعرب X عن": praise or blame takes an object, not a
                    # clause, so "و" and a verb with its own named subject open another statement (so does a
                    # description's object: "وصفت X الخبر بالصادم وقالت إنها «...»", the same speaker's words next)
                    clause = _SPACE_BEFORE.search(norm, max(0, pos - 3), pos)
                    same_next = object_taken and CONTENT_NEXT.match(norm, m.end()) is not None
                asyndetic = (clause is None and what == "verb" and not m.group("clitic") and not self.verbs.by_form[m.group("verb")].participle
                             and not _inside(pos, quotes) and _COMMA_BEFORE.search(norm, max(0, pos - 3), pos) is not None)
                if asyndetic:
                    # "ففي حين أكد X أن ...، أوضح Y أن": a bare past verb after a comma, with a person named
                    # after it, opens a sentence of its own
                    clause = _COMMA_BEFORE.search(norm, max(0, pos - 3), pos)
                if (clause is None and what == "verb" and not m.group("clitic") and self.verbs.by_form[m.group("verb")].present
                        and self._named_surname_then_that(norm, m.end(), s_end)):
                    # "... ويشير إلى أن ...، وإقبال منقطع النظير تقول سارة ناهض أن": a present verb, a new full name and
                    # أن open a statement of their own
                    clause = _SPACE_BEFORE.search(norm, max(0, pos - 3), pos)
                if (clause is None and what == "verb" and not m.group("clitic") and m.group("verb") in self.verbs.plural
                        and self._names_before_plural(norm, s_start, pos, s_end, memory) is not None):
                    # "...، مشيرين إلى ...، X وY وZ أوضحوا أن": names joined by و after a comma, then a plural verb, open
                    # a statement of their own
                    clause, listed = _SPACE_BEFORE.search(norm, max(0, pos - 3), pos), True
                when_at = (_WHEN_BEFORE.search(norm, max(0, pos - 12), pos) if clause is None and what == "verb" and not m.group("clitic")
                           and not _inside(pos, quotes) and not self.verbs.by_form[m.group("verb")].participle else None)
                when = when_at is not None and not _MARKER_NOT_WHEN.search(norm, found[-1].content_start, when_at.start())
                if when:
                    # "أبلغت الإدارة اللاعبين عن ...، بعد أن أعلن رئيس النادي X أنهم": a time clause in a content
                    # with no أن, its verb with a full name of its own (checked below)
                    clause = when_at
                if (clause is None and what == "verb" and m.group("clitic") == "و" and not _inside(pos, quotes)
                        and not self.verbs.by_form[m.group("verb")].participle and self._full_name_after(norm, m.end(), s_end)):
                    # "وقال علماء إن المشروع ... خارج كوكب الأرض وقال دان ويرثايمر أحد مستشاري المشروع": و, a verb and a
                    # full name open a statement of their own
                    clause = _SPACE_BEFORE.search(norm, max(0, pos - 3), pos)
                called = (clause is None and what == "verb" and IN_IT.match(norm, m.end()) is not None
                          and self.speakers.caller(norm, s_start, pos, memory) is not None)
                # ("...، كما تلقى X اتصالا هاتفيا من Y أعرب فيه عن": the caller's own statement)
                if clause is None and not called:
                    continue  # a verb inside the content of the previous statement (but "بعد إعلان X أن ...،
                    # إلا أن الوزير أوضح": a verbal noun sits in a clause whose own verb comes later; and
                    # "وأشارت الصحف إلى ترحيب الوزير X بـ": the verbal noun opening a content reports X)
            if what == "relay":
                got = self._relay(norm, m, s_start, s_end, memory, quotes)
            elif what == "according":
                got = self._according(norm, m, s_start, s_end, memory, not found)
            elif what == "said_this":
                got = self._said_this(norm, m, s_end, memory, quotes)
            elif what == "as_said":
                got = self._as_said(norm, m, s_start, s_end, memory)
            elif what == "verbal_noun":
                got = self._verbal_noun(norm, m, s_end, memory, quotes)
            else:
                got = self._verb_statement(norm, m, s_start, s_end, memory, quotes)
            if got is not None and got[3].type == "person" and self._one_word_no_name(article.text, normalized, got[4]):
                got = None  # "وقال هامساً:"، "حزنًا"، "وعد فأوفى": one word with tanween, or ف and a hamza, names nobody
            antecedent = (got is not None and clause is not None and _RELATIVE_BEFORE.fullmatch(clause.group()) is not None
                          and got[3].type == "person" and len(got[3].name_key.split()) >= 2 and got[4][0] < got[4][1] <= clause.start()
                          and not norm[got[4][1] : clause.start()].strip(" ،,")
                          and _THAT_OR_SAID.search(norm[got[1] : got[2] + 1]) is not None)
            # ("... وهو ما اعترف به المدرب جوزيه مورينيو، الذي قال إنه": a full name inside the content, its relative clause's verb)
            topic = clause is not None and _TOPIC_CLAUSE.fullmatch(clause.group()) is not None
            if topic and got is not None and not (clause.start() < got[4][0] < got[4][1] <= pos
                                                   and got[3].type in ("person", "institution", "anonymous")):
                got = None  # "...، أما المغرد X فقد طالب": the topic between أما and ف speaks, or nobody new
            elif got is not None and clause is not None and not topic and not antecedent and not listed and not (same_next and got[4][1] <= got[4][0]) and (
                    (got[4][1] <= got[4][0]) != bool(_BUT_HE.fullmatch(clause.group()))
                                                           or got[4][0] < pos or (
                    clause.group().rstrip().endswith(("حيث", "اذ")) and got[3].type != "person") or (
                    (_RELATIVE_BEFORE.fullmatch(clause.group()) or asyndetic)
                    and not (got[3].type == "person" and got[3].name_key and (norm[got[4][1] : got[2]].strip(" ،,") or (
                        asyndetic and len(got[3].name_key.split()) >= 2 and not norm[m.end() : got[4][0]].strip()))))
                    or (asyndetic and not self.speakers.opens_speaker(TOKEN.search(norm, *got[4]).group()))
                    or (when and not (got[3].type == "person" and len(got[3].name_key.split()) >= 2
                                      and self.speakers.opens_speaker(TOKEN.search(norm, *got[4]).group())
                                      and _THAT_OR_SAID.search(norm[got[1] : got[2] + 1]) is not None))):
                got = None  # ("...، في حين أكدت استعداد بلادها": the same speaker's content goes on; after حيث only a person,
                # and after a relative pronoun only a person named after the verb, with a content marker: "فولفسبورغ الذي
                # أعرب مدربه X عن", not "الهدنة التي أعلن عنها X" (what was announced);
                # after "لكنه" the pronoun is the subject, so no named one may follow: "ولكنه أضاف متسائلا")
            if got is not None:
                got = _Found(*got)
                if aside_of is not None:
                    got = got._replace(content_end=aside_of.content_start)
                speaker = self.speakers.corefer(got.speaker, memory)
                if (speaker.type == "anonymous" and memory.last is not None and memory.last.type == "person" and memory.last.name_key
                        and self.speakers.official_again(("ال" if norm.endswith("لل", 0, got.speaker_span[0]) else "") + norm[slice(*got.speaker_span)])):
                    speaker = memory.last  # "وقال المتحدث باسم الوزارة ن.ن. كول ... وأشار المسؤول الهندي إلى أن": the official named
                    # (also "وفقا للمسؤول الأممي")
                if speaker.id.startswith("role:") and got.speaker_span[1] <= got.verb_start:
                    # "إلا أن المدرب الفرنسي قال": a title before its verb, as after it, names the person written next to it
                    speaker = self.speakers.title_near_name(speaker, memory, got.speaker_span[0])
                if speaker.type != "agency" and not speaker.name_key and (
                        introduced := self.speakers.named_when_introduced(norm[slice(*got.speaker_span)].strip(), norm, got.speaker_span[0])):
                    speaker = self.speakers.corefer(introduced, memory)  # "عن الشاب" after "شاب ... يدعى X": X
                got = got._replace(speaker=speaker)
                if what == "verb":
                    others, content_at = self._others(norm, m, got, s_end, memory, quotes)
                    if not others and got.speaker_span[0] < got.speaker_span[1] <= got.verb_start and (_PLURAL_RELATIVE.fullmatch(
                            norm, got.speaker_span[1], got.verb_start) or (self.verbs.is_plural(m.group("verb"))
                                                                            and not norm[got.speaker_span[1] : got.verb_start].strip())):
                        others = self._antecedents(norm, s_start, got.speaker_span[1], s_end, memory, plural=True)[:-1]
                        # "X وY اللذان قالا"، "X وY وZ أكدوا": the names before the last one (which is the statement's
                        # speaker) speak too
                    if others:
                        co_speakers[len(found)] = [(self.speakers.corefer(o, memory), span) for o, span in others]
                        got = got._replace(content_start=max(got.content_start, content_at))
                    elif got.speaker_span[1] <= got.speaker_span[0] and speaker is memory.last and memory.others and self.verbs.is_plural(m.group("verb")):
                        co_speakers[len(found)] = [(o, (0, 0)) for o in memory.others]  # "وقال X وY ...، مشيرين إلى أن": both go on
                found.append(got)
                prev_what = what
                if speaker.type == "agency" and speaker.id and not speaker.id.startswith("outlet"):
                    memory.last_agency = speaker
                if speaker.type == "institution" and speaker.id.startswith("inst:"):
                    memory.organisations.update(speaker.id[5:].split())  # ("فلاي دبي" inside "شركة الطيران ... فلاي دبي")
                if what != "verbal_noun" and (what != "according" or speaker.type == "person"):
                    # (the clause around "تأكيد الوزير أن" has a subject of its own; "بحسب مصادر" does
                    # not go on speaking)
                    memory.last = speaker
                    memory.others = tuple(o for o, _ in co_speakers.get(len(found) - 1, ()))
                    memory.sentence_start = s_start
        if not found and memory.last is None:
            byline = _BYLINE_HEAD.match(norm, s_start, s_end)  # ("فهد العتيبي - سبق - الطائف : بعث الأمير X ...")
            topic = self.speakers.opening_subject(norm, byline.end() if byline is not None else s_start, s_end, memory)
            # (resolved like a speaker: a listed person with a nasab takes the listed id, and a later
            # surname alone is this person)
            memory.topic = memory.topic if topic is None else self.speakers.corefer(topic[0], memory)
        results = []
        raw_sent = normalized.raw_span(s_start, s_end)
        for i, (v_start, v_end, c_start, speaker, sp_span, verb_id, verb_cls, via, c_first_end) in enumerate(found):
            if c_first_end is not None:  # the content came first: '"..."، قال X'، '...، حسبما أشار X'
                c_end = c_first_end
            else:
                if (saying := _BY_SAYING.match(norm, c_start)) is not None:
                    c_start = saying.end()  # "عبّر عن الحادثة بقوله «...»": what he said, not what he spoke of
                limit = next((f.speaker_span[0] if c_start <= f.speaker_span[0] < f.speaker_span[1] <= f.verb_start
                              and _TOPIC_BEFORE.search(norm, max(0, f.speaker_span[0] - 8), f.speaker_span[0]) else f.verb_start
                              for f in found[i + 1 :] if f.verb_start >= c_start), s_end)  # (a topic before its verb ends it: "...، أما X فقال")
                c_end = _content_end(norm, c_start, limit, s_end, p_end, quotes)
                if i + 1 < len(found) and (tail := _CLAUSE_TAIL.search(norm, max(c_start, c_end - 15), c_end)):
                    c_end = tail.start()  # "...، فيما" before the next statement is not the content's
                elif i + 1 < len(found) and (on := _GOES_ON_BEFORE.search(norm, max(c_start, c_end - 40), c_end)):
                    c_end = on.start()  # "...، واختتم حديثه" before "بقوله": the next statement's clause
            n_words = len(norm[c_start:c_end].strip(" ،,:").split())
            opener = TOKEN.search(norm, *sp_span) if sp_span[1] > sp_span[0] else None
            one_word = (speaker.type == "person" and bool(speaker.name_key) and _PREP_BEFORE.search(norm, max(0, c_start - 6), c_start)
                        and (opener is None or self.speakers.opens_speaker(opener.group())))
            if n_words == 0 or (n_words == 1 and not one_word) or _PRAYER.match(norm, c_start) or self._only_time(norm, c_start, c_end):
                # (one word is content only after its preposition or بأنه, with a named or titled speaker: "حذر الشيخ X من الإسراف")
                continue  # (and "كتب معلقا «اللهم تقبل ...»": a prayer, not a statement; "وفاة الملا عمر التي أعلنت
                # الأسبوع الماضي": a passive verb and its time, nothing said)
            raw_v = normalized.raw_span(v_start, v_end)
            if self._passive(article.text[raw_v[0] : raw_v[1]], norm[v_start:v_end]):
                continue  # "شروط رُفضت من وزارة العمل": a past verb voweled as a passive, nobody speaks
            if not via:
                via = next((a.agency for a in text_attr if raw_sent[0] <= a.start < raw_sent[1]), "")
            raw_c = normalized.raw_span(c_start, c_end)
            quote_type = _quote_type(norm, c_start, c_end, quotes, self.speakers.naming_nouns, memory.quoted_names,
                                     described=verb_id == "wasaf",
                                     object_from=max(v_end, sp_span[1]) if c_first_end is None and verb_cls in _BA_OBJECT_CLASSES else None)
            for speaker, sp_span in [(speaker, sp_span), *co_speakers.get(i, [])]:
                raw_sp = normalized.raw_span(*sp_span) if sp_span[1] > sp_span[0] else (0, 0)
                results.append(
                    Statement(
                        article_id=article.id,
                        speaker=article.text[raw_sp[0] : raw_sp[1]].strip(" ،,") if sp_span[1] > sp_span[0] else "",
                        speaker_id=speaker.id,
                        speaker_type=speaker.type,
                        camp=speaker.camp,
                        verb=article.text[raw_v[0] : raw_v[1]],
                        verb_class=verb_cls,
                        quote_type=quote_type,
                        content=article.text[raw_c[0] : raw_c[1]].strip(" ،,:\n"),
                        via_agency=via if speaker.type != "agency" else "",
                        start=min(raw_v[0], raw_c[0], raw_sp[0]) if sp_span[1] > sp_span[0] else min(raw_v[0], raw_c[0]),
                        end=raw_c[1],
                        sentence=sentence,
                    )
                )
        return results

    def _newcomer(self, norm, pos, s_end, memory):
        """"من جهته هنأ الملحق الثقافي الدكتور X ...، وأوضح أن": after "for his part", a verb that
        reports nothing and a titled full name: a new participant, who goes on speaking."""
        verb = TOKEN.match(norm, pos, s_end)
        if verb is None or len(verb.group()) < 3 or self.verbs.find(norm, verb.start(), verb.end()):
            return
        got = self._speaker_after(norm, verb.end(), s_end, memory)
        if got is None or got[0].type != "person" or " " not in got[0].name_key or got[1] != _skip_space(norm, verb.end(), s_end):
            return
        words = got[0].name_key.split()
        after = TOKEN.match(norm, _skip_space(norm, got[2], s_end), s_end)
        if (not all(self.speakers.plain_name(w) or w in NAME_LINKS or self.speakers.is_given_name(w) or (k and words[k - 1] in NAME_LINKS)
                    for k, w in enumerate(words))  # (after بن any word: "عبدالعزيز بن عبدالله بن طالب")
                or (words[-1].startswith("ال") and after is not None and after.group() in _PREPOSITIONS | {"علي"})):
            return  # ("بدوره، تجنب يعالون الإشارة إلى": the verb's object, and its complement, read into the name)
        if norm.find(words[0], got[1], min(s_end, got[1] + 70)) < 0:
            return  # (the name is read after a long title: "بدوره، توقع X مساعد الناطق ... هطول أمطار" is no name)
        memory.last = self.speakers.corefer(got[0], memory)

    def _passive(self, raw: str, form: str) -> bool:
        """Whether a past reporting verb is written with a damma on its first letter, the passive
        (ذُكر، أُعلن، رُفضت); the present's damma (يُؤكد) marks no passive."""
        verb = self.verbs.lookup(form)
        return verb is not None and not verb.present and not verb.participle and _PASSIVE_PAST.match(raw) is not None

    def _verb_in_place(self, norm: str, s_start: int, m: VerbMatch) -> bool:
        """Whether a verb form found at ``m`` can be a verb there: not a noun's position ("ومناهج
        وتدريس")، and a form spelled like a common word (بين، عبر، جدد) only with a clitic, at a
        clause start, or before فيها ("ألقى X كلمة بيّن فيها": the speech's verb)."""
        if m.group("clitic") and not (m.group("clitic") == "ف" and self.verbs.by_form[m.group("verb")].clause_only):
            return True  # (but "فدان" is a feddan, not ف + دان)
        verb = self.verbs.by_form[m.group("verb")]
        in_it = IN_IT.match(norm, m.end()) is not None
        if verb.id == "taabaa" and not verb.present and norm.startswith(" ل", m.end()):
            return False  # "وهو موقع تابع لمؤسسة كارنيغي": the adjective 'affiliated with', not 'went on'
        if self._inside_name(norm, m.start(), m.end()):
            return False  # "اختيار هاني طالب بلان": a name's middle word, spelled like طالب 'demanded'
        if verb.participle and not m.group("clitic") and norm[max(0, m.start() - 4) : m.start()] == "غير ":
            return False  # "معلقات غير معلنة": غير and a participle are an adjective ('undisclosed'), no saying
        if verb.participle and self.speakers.is_adjunct(m.group("verb")) and not _COMMA_BEFORE.search(norm, max(0, m.start() - 3), m.start()):
            return False  # "لن يعود مجدّدًا إلى رسم": the adverb 'again', not the participle 'renewing' (", مجدداً تأكيده")
        if verb.cls == "noun" and _CAME_IN_BEFORE.search(norm, max(0, m.start() - 12), m.start()):
            return True  # "وجاء في بيان X": the statement noun after "came in", its issuer after it
        if (ali := _ALI_BEFORE.search(norm, max(0, m.start() - 30), m.start())) is not None and not _DEF.match(ali.group(1)) \
                and not self.speakers.is_given_name(ali.group(1)) and not self.speakers.is_title_phrase(norm, ali.start(1), ali.end(1)):
            return False  # "قبضت الشرطة على طالب جامعي": after a verb and على, the preposition's object (not "محمد علي قال")
        if _noun_position(norm, m.start()) and not (in_it and verb.clause_only):
            return False  # (but "رئيس الجمهورية الفرنسية جدد خلاله": جدد before "in it" is the verb)
        return (not (verb.strict or verb.clause_only) or _clause_start(norm, s_start, m.start(), strict=True) or in_it
                or (verb.strict and _RELATIVE_RIGHT_BEFORE.search(norm, max(0, m.start() - 30), m.start()) is not None
                    and _STRICT_MARKER_NEXT.match(norm, m.end()) is not None))

    def _with_tanween(self, raw: str, normalized: NormalizedText, m: VerbMatch) -> bool:
        """Whether a finite verb form is written with tanween in the raw text: "واجه رفضاً كبيراً" is the verbal
        noun (a refusal), never the dual past رفضا; a participle keeps its tanween ("مؤكداً")."""
        if self.verbs.by_form[m.group("verb")].participle:
            return False
        return _raw_marked(raw, normalized, (m.start(), m.end()), _FATHATAN)

    def _one_word_no_name(self, raw: str, normalized: NormalizedText, span: tuple[int, int]) -> bool:
        """Whether the speaker phrase at ``span`` is one word that the raw text shows is no name: written
        with tanween, an adverb or an indefinite noun ("هامساً"، "حزنًا"), or opening with ف and a hamza on
        alef, the conjunction and a verb or noun ("وعد فأوفى"; no name opens so)."""
        a, b = span
        if b <= a or " " in normalized.text[a:b].strip():
            return False
        return _raw_marked(raw, normalized, span, TANWEEN) or _FA_HAMZA.match(raw, normalized.raw_span(a, b)[0]) is not None

    def _inside_name(self, norm: str, v_start: int, v_end: int) -> bool:
        """Whether a verb form with no clitic stands inside a name: "هاني طالب بلان"."""
        before = _LAST_WORD.search(norm, max(0, v_start - 30), v_start)
        after = _NEXT_WORD.match(norm, v_end)
        return before is not None and after is not None and self.speakers.name_around(before.group(1), after.group(1))

    def _bracketed_outlet(self, norm: str, v_end: int, end: int) -> bool:
        """Whether an outlet's name in brackets comes right after the verb ("وأبلغت (عكاظ) X أن": the outlet told)."""
        opening = _skip_space(norm, v_end, end)
        close = norm.find(")", opening, end + 1)
        return (norm[opening : opening + 1] == "(" and close > opening
                and next(iter(self.agencies.mentions(norm, opening + 1, close)), None) is not None)

    def _quoted_body(self, norm: str, v_end: int, s_end: int):
        """A body named in quotation marks right after the verb, its definite name of two to six
        words closed before the content: 'أفادت «الشبكة الآشورية لحقوق الإنسان» نقلاً عن / أن'."""
        named = _QUOTED_BODY.match(norm, v_end, s_end)
        if named is None or not self.speakers.names_body(named.group(1).split()[0]):
            return None  # (an organisation's noun opens it: not «الذئاب المنفردة», «الدكتور X»)
        if next(iter(self.agencies.mentions(norm, named.start(1), named.end(1))), None) is not None:
            return None  # ("أبلغت «الشرق الأوسط»": told the paper)
        name = " ".join(named.group(1).split())
        return Speaker("", f"inst:{name}", "institution", self.speakers.camp_in(name)), (named.start(1), named.end(1)), named.end()

    def _quoted_person(self, norm: str, v_end: int, s_end: int):
        """A person's name of two to four plain name words in quotation marks right after the verb,
        then his description, not the content: 'وقال "كيم مين-سيوك" وهو متحدث باسم الوزارة ...'."""
        named = _QUOTED_NAME.match(norm, v_end, s_end)
        words = named.group(1).split() if named is not None else []
        if not (2 <= len(words) <= 4 and not _DEF.match(words[0]) and all(len(w) > 2 and
                self.speakers.plain_name(w.replace("-", "")) and self.speakers.name_word(w.replace("-", "")) for w in words)):
            return None  # (not «الذئاب المنفردة»: a definite phrase; nor "فكرتيني يا فاتن": speech)
        nxt = TOKEN.match(norm, _skip_space(norm, named.end(), s_end))
        if not (norm[named.end() : named.end() + 2].lstrip()[:1] in "،,:" or (nxt is not None and (
                nxt.group() in ("وهو", "وهي") or self.speakers.opens_speaker(nxt.group()) or THAT.fullmatch(nxt.group())
                or _WORD_THEN_THAT.match(norm, named.end(), s_end)))):
            return None  # (or the content right after it: 'وأكد "معيض الوادعي" أن'; or one word of description and a
            # comma before it: 'ذكرت "هدى القحطاني" معلمة، أن')
        if words[0].endswith("ه") and _DEF.match(words[1]) and not self.speakers.is_given_name(words[0]):
            name = " ".join(words)  # 'وقالت "مكافحة المخدرات":': a noun in ة before a definite one, a body's name
            return Speaker("", f"inst:{name}", "institution", self.speakers.camp_in(name)), (named.start(1), named.end(1)), named.end()
        return Speaker.person(" ".join(words)), (named.start(1), named.end(1)), named.end()

    def _while_clause_subject(self, norm: str, s_start: int, v_start: int, memory: ArticleMemory):
        """The subject of a clause opened by فيما / بينما / في حين with a verb that reports nothing, for a
        participle ending it: "...، فيما نشر الدكتور X صورة لمنهل برفقة ابنته مؤكداً أنه" -> X (a person
        opened by a title or a listed given name, no content marker between); the clause may open the sentence."""
        opened = last_match(_WHILE_OPENING, norm, s_start, v_start) or _WHILE_LEAD.match(norm, s_start, v_start)
        if (opened is None or _MARKER_NOT_WHEN.search(norm, opened.end(), v_start) or self.verbs.find(norm, opened.end(), v_start - 1)
                or norm[opened.end() : opened.end() + 1] in ("س", "ي")):
            return None  # (a reporting verb opening the clause speaks itself: "، فيما شدد X ...، معتبرا"; no future or
            # present: "، فيما ستعلن أسماء الفائزين في حفل، مشيرا")
        got = self.speakers.opening_clause_subject(norm, opened.end(), v_start, memory, closed=False)
        if got is None or got[0].type != "person" or len(got[0].name_key.split()) < 2:
            return None
        first = TOKEN.search(norm, *got[1])
        return got if first is not None and self.speakers.opens_speaker(first.group()) else None

    def _by_saying_subject(self, norm: str, s_start: int, v_start: int, memory: ArticleMemory, *, adjacent: bool = False):
        """The named subject right after the verb opening the clause of "بالقول" ("by saying"), with
        no comma between: "ووجه X حديثه إلى ... بالقول «...»"، "وعلق الوزير X على ذلك بالقول".
        ``adjacent``: any subject that ends right before the participle ("...، فرد الوزير قائلا")."""
        before = norm[s_start:v_start]
        start = s_start + max(before.rfind("،"), before.rfind(","), -1) + 1
        lead = TOKEN.search(norm, start, v_start)
        if lead is None or lead.group().startswith("ال") or self.speakers.opens_speaker(lead.group()):
            return None  # (the clause must open with its verb)
        np_s, np_e = self.speakers.phrase_span(norm, lead.end(), v_start)
        if np_e <= np_s or norm[lead.end() : np_s].strip():
            return None
        first = TOKEN.search(norm, np_s, np_e)
        if first is None or not (self.speakers.opens_speaker(first.group()) or first.group() in memory.named):
            return None  # (a title, a listed given name or a surname named before: not "اكتفت بالقول")
        found = self.speakers.from_phrase(norm, np_s, np_e, norm[np_s:np_e], memory)
        if adjacent and found is not None and not norm[found[1] : v_start].strip():
            return found[0], (np_s, found[1])
        if found is None or found[0].type != "person" or not found[0].name_key:
            return None
        return found[0], (np_s, found[1])

    def _opens_known(self, norm: str, span: tuple[int, int], memory: ArticleMemory) -> bool:
        """Whether the speaker phrase at ``span`` opens with a title, a listed given name or a name known already."""
        first = TOKEN.search(norm, *span)
        return first is not None and (self.speakers.opens_person(first.group()) or first.group() in memory.named)

    def _may_continue(self, norm: str, m: re.Match, what: str) -> bool:
        """After a statement, a new one starts only with a participle or "، وأضاف"-like verb."""
        if what == "as_said":
            return False  # its content runs from the sentence start
        if what in ("relay", "according", "said_this", "verbal_noun"):
            return bool(re.search(r"[،,.]\s*$", norm[max(0, m.start() - 3) : m.start()]))
        verb = self.verbs.by_form[m.group("verb")]
        if verb.participle or _NEW_SIDE.search(norm, max(0, m.start() - 25), m.start()):
            return True  # (and "...، من جهته، نفى X": another speaker's side)
        if _ALSO_BEFORE.search(norm, max(0, m.start() - 12), m.start()):
            # "...، كما أكد عضو مجلس الإدارة X أن": "also", a new statement with its own content marker
            # (not "...، كما ذكرت المصادر التاريخية، مضيفاً": "as the sources mention", an aside)
            return _MARKER_IN_CLAUSE.match(norm, m.end(), min(len(norm), m.end() + 150)) is not None
        return bool(m.group("clitic")) and (bool(re.search(r"[،,\".]\s*$", norm[max(0, m.start() - 3) : m.start()]))
                                            or norm[m.end() : m.end() + 3].lstrip().startswith((":", '"')))  # "المقبل وقال: ..."، 'وقال "...'

    def _via(self, norm, a, b):
        """The agency named in norm[a:b] that relays a statement ("نقلت وكالة X عن ..."), or ""."""
        mention = next(iter(self.agencies.mentions(norm, a, b)), None)
        return self.agencies.ids[mention.key] if mention else ""

    def _relay_pronoun(self, norm, m, s_start, s_end, memory, quotes):
        """"وشعر X بإحباط ... ونقل موقع النادي عنه قوله: «...»": the person the pronoun stands
        for (the named subject of the clause before, else the last named speaker) speaks."""
        said = _RELAY_PRONOUN.search(norm, m.end(), min(s_end, m.end() + 80))
        if said is None:
            return None
        got = (self.speakers.clause_subject(norm, s_start, m.start(), memory, comma=False)
               or self.speakers.opening_name(norm, s_start, m.start()))
        speaker = got[0] if got is not None else memory.last
        if speaker is None or speaker.type != "person" or not speaker.name_key:
            return None
        via = self._via(norm, m.end(), said.start())
        marker = self._marker(norm, said.end(), s_end, "neutral", quotes)
        if marker is None:
            return None
        span = got[1] if got is not None else (said.start(), said.start())
        return (m.start(), m.end(), _content_start(norm, marker), speaker, span, "relay", "neutral", via, None)

    def _relay(self, norm, m, s_start, s_end, memory, quotes):
        """نقلت وكالة X عن Y قوله إن ...: Y's statement, relayed by X."""
        an = _RELAY_AN.search(norm, m.end(), min(s_end, m.end() + 80))
        if an is None:
            return self._relay_pronoun(norm, m, s_start, s_end, memory, quotes)
        via = self._via(norm, m.end(), an.start())
        if not via and m.group().endswith("ينقل"):
            return None  # the present relays only with the outlet named ("وينقل موقع X عن"; not "ينقل اللاعب عن ...")
        np_s, np_e = self.speakers.phrase_span(norm, an.end(), s_end)
        if np_e <= np_s:
            return None
        got = self.speakers.from_phrase(norm, np_s, np_e, self.speakers.context(norm, np_s, np_e, s_end), memory)
        if got is None:
            return None
        speaker, used_end = got
        named = self.speakers.name_after_title(norm, used_end, np_e, s_end) if speaker.id.startswith("role:") else None
        if named is not None:
            # "نقلت وكالة X عن محلل سوق النفط في بنك Y «كارستن فرتش» أن": the name after the title and its complement
            speaker, used_end = Speaker.person(named[0], speaker.camp), named[1]
            np_e = max(np_e, used_end)
        elif speaker.id.startswith("role:"):
            speaker = self.speakers.title_near_name(speaker, memory, np_s)  # "ونقلت الصحيفة عن الوزير قوله": named before
        saying = _SAYING.search(norm, np_e, min(s_end, np_e + 60))
        if saying is None and _RELATIVE_NEXT.match(norm, np_e, s_end):
            # "عن الشاب، الذي يرقد في المستشفى بعد ...، قوله إنه": a relative clause, closed by a comma, between
            saying = next((x for x in _SAYING.finditer(norm, np_e, min(s_end, np_e + 250))
                           if norm[max(np_e, x.start() - 2) : x.start()].strip() in ("،", ",")), None)
        after = saying.end() if saying else np_e
        marker = self._marker(norm, after, s_end, "neutral", quotes)
        if marker is None:
            # "نقلت X عن Y نفيه الهجوم": Y's verbal noun with his pronoun, its object the content
            noun = next((n for n in _NOUN_OF_HIS.finditer(norm, used_end, min(s_end, used_end + 60))
                         if n.group(1) in self.verbs.by_noun or n.group(1) in self.verbs.past_as_noun), None)  # (توقعه: its noun)
            between = norm[used_end : noun.start()].strip(" ،,") if noun is not None else ""
            if noun is None or (between and not re.match(r"(?:وهو|وهي)(?!\w)", between)):
                return None  # (only an aside may stand between: "عن X وهو أحد قادة الانفصاليين نفيه")
            return (m.start(), m.end(), _skip_space(norm, noun.end(), s_end), speaker, (np_s, used_end), "relay", "neutral", via, None)
        return (m.start(), m.end(), _content_start(norm, marker), speaker, (np_s, used_end), "relay", "neutral", via, None)

    def _speaker_after(self, norm, pos, s_end, memory, *, strip_lam=False, object_ba=False):
        """The speaker phrase after a cue at ``pos``, with the name a bare title leads to:
        (speaker, phrase start, phrase end), or None."""
        np_s, np_e = self.speakers.phrase_span(norm, pos, s_end, strip_lam=strip_lam, object_ba=object_ba)
        if np_e <= np_s:
            return None
        got = self.speakers.from_phrase(norm, np_s, np_e, self.speakers.context(norm, np_s, np_e, s_end), memory)
        if got is None:
            return None
        speaker, sp_end = got
        if speaker.id.startswith("role:"):
            named = self.speakers.name_after_title(norm, sp_end, np_e, s_end)
            if named is not None:
                speaker, sp_end = Speaker.person(named[0], speaker.camp), named[1]
            else:
                speaker = self.speakers.title_near_name(speaker, memory, np_s)
        elif speaker.type == "anonymous" and norm.startswith("ال", np_s):
            named = self._source_named(norm, np_s, np_e, sp_end, s_end)
            if named is not None:
                speaker, sp_end = Speaker.person(named[0], speaker.camp), named[1]
        return speaker, np_s, sp_end

    def _source_named(self, norm, np_s, np_e, sp_end, s_end):
        """The full name after a definite source noun and its complement ("المسؤول في مركز
        الأرصاد غلام رسول"), or None when the source stays unnamed ("المصادر لرويترز دون الكشف
        عن هويتها")."""
        named = self.speakers.name_after_title(norm, sp_end, np_e, s_end)
        if named is None or len(named[0].split()) < 2 or named[0][:1] in "لب":
            return None
        if _CLAUSE_BREAK_IN.search(norm, np_e, named[1] - len(named[0])) and not all(self.speakers.name_word(w) for w in named[0].split()):
            return None  # "وفق المصادر التاريخية، معجبا بالثقافة": the clause goes on after the comma, no name
        if next(iter(self.speakers.anonymity.finditer(norm, np_s, min(s_end, named[1] + 40))), None):
            return None
        return named

    def _said_this(self, norm, m, s_end, memory, quotes):
        """'"..."، هذا ما قاله X': X's quotation, which came first."""
        before = _quote_before(norm, m.start(), quotes)
        got = self._speaker_after(norm, m.end(), s_end, memory) if before is not None else None
        if got is None:
            return None
        speaker, np_s, sp_end = got
        return (m.start(), m.end(), before, speaker, (np_s, sp_end), "qaal", "neutral", "", _quote_end(before, quotes))

    def _as_said(self, norm, m, s_start, s_end, memory):
        """'...، حسبما أشار X': X's statement, the clause before the cue (an agency is an
        attribution, left to the attribution step)."""
        verb = TOKEN.search(norm, m.end(), s_end)
        form, tongue = None, None
        if verb is not None:  # "طبقا لما قاله X": the verb with its object pronoun
            form = self.verbs.by_form.get(verb.group()) or (self.verbs.by_form.get(verb.group()[:-1]) if verb.group().endswith("ه") else None)
            if form is None and verb.group() in _CAME:
                tongue = _ON_THE_TONGUE.match(norm, _skip_space(norm, verb.end(), s_end))
                form = self.verbs.by_form["قال"] if tongue is not None else None  # "حسب ما جاء على لسان X": what X said
        if form is None or form.cls == "noun" or form.participle:
            return None
        if m.groupdict().get("which") and (form.cls not in ("neutral", "emphatic") or form.present or form.id == "rawaa"):
            return None  # ("، وهو ما رفضه X"، "ما عدّه X مؤشرا"، "ما يصفه X بـ": a view of what came before, not its statement;
            # "ما روته X": a story she told, which follows)
        as_x_says = m.group().strip(" ،,") in ("كما", "مثلما")
        end = s_end
        while end > verb.end() and norm[end - 1] in " .!؟?\n":
            end -= 1  # the speaker ends the sentence: not its full stop
        by = re.match(r"\s+(?:به|بها)(?!\w)", norm[verb.end() : verb.end() + 5])  # "بحسب ما أفاد به X"
        got = self._speaker_after(norm, tongue.end() if tongue else verb.end() + (by.end() if by else 0), end, memory)
        if got is None:
            return None
        speaker, np_s, sp_end = got
        if _RELATIVE_NEXT.match(norm, end_after_quotes(norm, sp_end, s_end), s_end):
            memory.last = speaker  # "بحسب ما أكد X الذي قال: «...»": the verb of X's relative clause carries the statement
            return None  # (and 'بحسب ما ذكرت "ذي دايلي مايل" التي رأت أن': the paper's)
        first = TOKEN.search(norm, np_s, sp_end)
        if speaker.type == "agency" or (first is not None and speaker.id.startswith("inst:") and first.group().startswith("ال")
                                        and first.group().endswith("ين") and len(first.group()) >= 7):
            return None  # (not "كما تنتقد المقصرين": "as you criticise the negligent", a plural in the object case)
        rest = norm[sp_end:s_end].strip(" .!؟?\n")
        if as_x_says and _TOLD_OUTLET_REST.match(rest) and not _CLAUSE_BREAK_IN.search(rest) and not self.verbs.find(norm, sp_end, s_end):
            rest = ""  # "... كما قالت المتحدثة X لوكالة فرانس برس.": told an outlet, the sentence ends
        titled = self.speakers.title_after(norm, _skip_space(norm, sp_end, s_end), end) if as_x_says and rest else None
        if titled is not None and not norm[titled:s_end].strip(" .!؟?\n"):
            rest = ""  # "...، كما صرح X المتحدث باسم الرئيس.": X's title after the name ends the sentence
        if as_x_says and form.cls not in _AS_CLASSES and (rest or speaker.id.startswith("role:")):
            return None  # ("، كما أعلن X تشكيل لجنة": an act, not "as X says"; but "، كما أعلن X." closing the sentence is,
            # unless X is a bare title that may have taken the object in: "كما أعلن الوزير تشكيل لجنة.")
        if as_x_says and rest and not (m.group()[:1] in "،," and rest[:1] in ("،", ",") and not rest[1:].lstrip().startswith('"')
                                       and self._marker(norm, sp_end, s_end, form.cls, far=True) is None):
            # "، كما قال X إن ..." (also said), "، كما يرى X ضرورة", '، كما قال X، "..."': X's own content follows (with no
            # comma before كما, X must end the sentence: "... إلى غرفة العمليات كما قالت المتحدثة X.")
            return None
        c_start = _skip_space(norm, s_start, m.start())
        return (verb.start(), verb.end(), c_start, speaker, (np_s, sp_end), form.id, form.cls, "", m.start())  # content up to the cue

    def _verbal_noun(self, norm, m, s_end, memory, quotes):
        """وتأكيد سموه أن ...، إعلان الناطق باسم X Y أن ...، ترحيب الوزيرة X بقرار ...: speech
        reported by a verbal noun. Read only with its speaker right after it, opened by a title, an
        honorific or a known name, and resolved to a named person or an institution; the content
        marker (أن, على / إلى / من before أن, عن after إعلان, or the object of praise or blame)
        within six words, with no comma before it."""
        verb = self.verbs.by_noun[m.group("verb")]
        got = self._speaker_after(norm, m.end(), s_end, memory, object_ba=verb.cls == "evaluation")
        if got is None:
            return None
        speaker, np_s, sp_end = got
        first = TOKEN.search(norm, np_s, sp_end)
        if (np_s != _skip_space(norm, m.end(), s_end) or first is None
                or not ((speaker.type == "person" and speaker.name_key and self.speakers.opens_speaker(first.group()))
                        or (speaker.type == "institution" and not speaker.id.startswith("inst:")))):
            return None
        if verb.cls == "evaluation":
            if _PRAISE_OBJECT.match(norm, sp_end) is None:
                return None
            return (m.start(), m.end(), _skip_space(norm, sp_end, s_end), speaker, (np_s, sp_end), verb.id, verb.cls, "", None)
        marker = self._marker(norm, sp_end, s_end, verb.cls, quotes, far=True)
        if marker is None or not (_NOUN_MARKER.fullmatch(marker.group()) or (verb.cls == "announcement" and marker.group() == "عن")
                                  or (verb.cls == "emphatic" and marker.group() == "علي")):
            return None  # (إعلان X عن: an announcement; تأكيد X على أهمية: what was stressed)
        gap = norm[sp_end : marker.start()]
        if _CLAUSE_BREAK_IN.search(gap) or len(gap.split()) > 6:
            return None  # (not "بإعلان الأمين العام، بان كي مون": a name, not بأن)
        return (m.start(), m.end(), _content_start(norm, marker), speaker, (np_s, sp_end), verb.id, verb.cls, "", None)

    def _according(self, norm, m, s_start, s_end, memory, first_in_sentence):
        """بحسب / وفقا لـ X، فإن ...: X's statement, the content after فإن; with no فإن, see
        ``_according_source`` (an agency is an attribution, not a speaker, and is left to the
        attribution step)."""
        then = _THEN_CONTENT.search(norm, m.end(), min(s_end, m.end() + 260))
        if then is not None and then.group().endswith("ف") and self.verbs.find(norm, then.end(), min(s_end, then.end() + 16)):
            then = None  # "ووفقا لتقرير رويترز، فقد أشار خبراء": the verb after فقد has its own speaker
        said = _WHAT_SAID.match(norm, m.end(), s_end)
        if said is not None:
            form = self.verbs.by_form.get(said.group(1)) or self.verbs.by_form.get(said.group(1)[:-1])
            if then is None or then.group()[:1] not in "،," or form is None or form.cls == "noun" or form.participle:
                return None  # "بحسب ما نقلت / قال ...": the verb after ما carries the statement (not "فان غال")
            # "وطبقا لما أعلنه X، فإن ...": X's, the content after فإن
            got = self._speaker_after(norm, said.end(), then.start(), memory)
            if got is None or got[0].type == "agency" or self.verbs.find(norm, got[2], then.start()):
                return None
            return (m.start(), m.end(), _skip_space(norm, then.end(), s_end), got[0], (got[1], got[2]), form.id, form.cls, "", None)
        noun = _STATEMENT_NOUN.match(norm, m.end(), s_end)  # "ووفقا لتصريحات الوزير X لوكالة رويترز، فإن": X's
        got = self._speaker_after(norm, noun.end() if noun else m.end(), then.start() if then else s_end, memory,
                                  strip_lam=True)  # (not "X فإن" as a name)
        if got is None or got[0].type == "agency":
            return None
        speaker, np_s, sp_end = got
        if speaker.id.startswith("role:") and then is not None and then.group()[:1] in "،,":
            named = self.speakers.set_off_name(norm, sp_end, then.start())
            if named is not None:  # "واستنادا إلى مدير عام «مازيراتي» في ...، أمبرتو سيني، فسوف": the name set off before the content
                speaker, sp_end = Speaker.person(named[0], speaker.camp), named[1]
        first = TOKEN.search(norm, np_s, sp_end)
        bare = (speaker.type == "person" and speaker.name_key and first is not None and not self.speakers.opens_speaker(first.group())
                and speaker.name_key.split()[-1] not in memory.named)
        titled = self.speakers.title_after(norm, sp_end, s_end) if bare and " " in speaker.name_key else None
        known = speaker.type == "person" and bool(speaker.name_key) and speaker.name_key.split()[-1] in memory.named
        if bare and titled is None:
            return None  # "ووفقا لنص المرسوم، فإن": a bare name after وفقا لـ must be a listed or known one
        if titled is not None:
            sp_end = titled  # (or one with its title after it: "بحسب غرايمي سميث، الخبير في مجموعة الأزمات")
            if then is not None and then.start() < sp_end:
                then = None
        if then is not None and then.start() - sp_end > 160:
            then = None
        if then is not None and not self.verbs.find(norm, sp_end, then.start()):
            return (m.start(), m.end(), _skip_space(norm, then.end(), s_end), speaker, (np_s, sp_end), "according", "neutral", "", None)
        return self._according_source(norm, m, s_start, s_end, speaker, np_s, sp_end, first_in_sentence, titled=titled is not None,
                                      known=known)

    def _according_source(self, norm, m, s_start, s_end, speaker, np_s, sp_end, first_in_sentence, *, titled=False, known=False):
        """بحسب / وفقا لـ X with no فإن: only a source named with a title or a known name, an
        unnamed source or a listed institution speaks, and its content is the rest of the sentence
        ("وبحسب المتحدث X، قتل ...") or, when nothing follows, the clause before ("قتل خمسة، بحسب
        المتحدث X."), if no statement came before it in the sentence."""
        if not titled and not known and not self.speakers.is_source(speaker, norm, np_s):
            return None  # (a person the article named before is one: "“...” بحسب أبيس")
        rest = _skip_space(norm, sp_end, s_end)
        if titled:
            rest = _skip_space(norm, rest + (norm[rest : rest + 1] in "،,"), s_end)  # (past the comma closing the title)
        if len(norm[rest:s_end].split()) >= 3:
            if self.verbs.find(norm, rest, min(s_end, rest + 40)):
                return None  # "وبحسب X، أكد Y أن": Y's statement
            return (m.start(), m.end(), rest, speaker, (np_s, sp_end), "according", "neutral", "", None)
        if not first_in_sentence or norm[rest:s_end].strip(" .!؟?\n\"") or not (
                _COMMA_BEFORE.search(norm, max(s_start, m.start() - 3), m.start()) or _QUOTE_BEFORE.search(norm, max(s_start, m.start() - 3), m.start())):
            return None  # (after a comma or a closing quotation mark: 'أي “خمس الاستهلاك” بحسب X.')
        while sp_end > np_s and norm[sp_end - 1] in " .!؟?\n":
            sp_end -= 1  # (the speaker ends the sentence: not its full stop)
        return (m.start(), m.end(), _skip_space(norm, s_start, m.start()), speaker, (np_s, sp_end), "according", "neutral", "", m.start())

    def _verb_statement(self, norm, m, s_start, s_end, memory, quotes):
        verb = self.verbs.by_form[m.group("verb")]
        v_start, v_end = m.start(), m.end()
        # a present form inside the clause is a noun or a subordinate verb ("ومناهج وتدريس وتشدد"),
        # unless a named subject ends right before it ("لكن القائد السابق X يرى أن")
        if (verb.present and not _clause_start(norm, s_start, v_start) and not self._named_right_before(norm, s_start, v_start, memory)
                and not self._titled_after_pause(norm, s_start, v_start, v_end)
                and not self._topic_speaks(norm, s_start, v_start, memory)
                and not self._named_surname_then_that(norm, v_end, s_end)):
            return None
        if verb.cls == "noun":
            if not _NOUN_CUE.search(norm[max(s_start, v_start - 20) : v_start]):
                return None
            np_s, np_e = self.speakers.phrase_span(norm, v_end, s_end, strip_lam=True)
            got = self.speakers.from_phrase(norm, np_s, np_e, norm[np_s:np_e], memory) if np_e > np_s else None
            first = TOKEN.match(norm, np_s) if got else None
            if got and _CAME_IN_BEFORE.search(norm, max(s_start, v_start - 12), v_start) and got[0].type == "person" and not (
                    got[0].name_key and self.speakers.opens_speaker(first.group())):
                return None  # (after "جاء في بيان", a person opened by a title or a listed name: not "بيان تم نشره")
            after_owner = TOKEN.match(norm, got[1] + 1) if got else None
            if (got and got[0].type == "person" and got[0].id == got[0].name_key and " " not in got[0].name_key
                    and first is not None and first.end() == got[1] and not self.speakers.opens_speaker(first.group())
                    and memory.named.get(got[0].name_key) is None and got[0].name_key not in self.speakers.people
                    and after_owner is not None and _DEF.match(after_owner.group())):
                return None  # "وبحسب بيان تمكن المكتب المركزي ...": an unknown word, then a definite noun: a verb and its subject
            marker = self._marker(norm, np_e, s_end, verb.cls, quotes) if got else None
            if marker is None:
                return None
            return (v_start, v_end, _content_start(norm, marker), got[0], (np_s, got[1]), verb.id, verb.cls, "", None)
        if _NOT_DOING.search(norm, max(s_start, v_start - 8), v_start):
            return None  # "فضل عدم ذكر اسمه"، "دون ذكر": a verbal noun after "not", nobody said anything
        if _IMPERSONAL.match(norm, v_start):
            return None  # "يذكر أن"، "يشار إلى أن": the paper's own aside, nobody's statement
        if _CONDITION_BEFORE.search(norm, max(s_start, v_start - 8), v_start):
            return None  # "إذا كشف فحص المسحة عن التهابات فهذا يعني": a condition, nothing was said
        if _CAN_BEFORE.search(norm, max(s_start, v_start - 10), v_start):
            return None  # "لا يمكن وصف X بأنه": a verbal noun after "can", nobody described anything
        if (this := _THIS_AFTER.match(norm, v_end)) is not None and (
                before := self._said_before(norm, m, verb, this.end(), s_start, s_end, memory)) is not None:
            return before
        speaker, sp_span, after = None, (v_end, v_end), v_end
        after_relative = None  # (a relative pronoun right before a finite verb: "X الذي قال")
        goes_on = (memory.previous_sentence is not None and memory.sentence_start == memory.previous_sentence[0]
                   and not norm[s_start:v_start].strip() and memory.last is not None and memory.last.type == "person")
        # ('وقال X "...الحرب." مضيفا أن'، "وقال X إن ... حاسم. مضيفا أن": a participle opening the sentence right after
        # the speaker's own sentence goes on with it)
        if verb.participle and (memory.sentence_start != s_start) and not goes_on:
            # a participle continues a statement of its own sentence, or the clause before it:
            # "وصل الوزير سيرغي لافروف إلى جنيف، مؤكدا أن ..." (a named subject only)
            # (a feminine participle, لافتة، مؤكدة, has an organisation or a woman as subject: read only
            # after a sentence opened by a verb in the feminine, "ثم ألقت مشرفة النشاط X كلمة ...، داعية",
            # and a woman opened by a title, a listed given name or a name known already)
            subject = None
            feminine = m.group("verb").endswith("ه")
            if not feminine or _FEMININE_LEAD.match(norm, s_start):
                # with no comma before it, the clause the sentence opened with: "قدم النائب X العزاء ...
                # مستنكرا" (not "عاد X مجدداً": again)
                subject = (self._by_saying_subject(norm, s_start, v_start, memory) if m.group("verb") in self.verbs.by_saying
                           else self.speakers.clause_subject(norm, s_start, v_start, memory)) or (
                    None if self.speakers.is_adjunct(m.group("verb"))
                    else self.speakers.opening_clause_subject(norm, s_start, v_start, memory, closed=False))
            if feminine and subject is not None and not self._opens_known(norm, subject[1], memory):
                subject = None  # (not "واعتبرت توكل نموذجاً مشرّفاً ...، مؤكدة": the object read as a name)
            if subject is None and not feminine and not m.group("verb").endswith(("ين", "ون", "ات")):
                subject = self._while_clause_subject(norm, s_start, v_start, memory) or self.speakers.speech_owner(norm, s_start, v_start, memory)
            if (subject is None and memory.last is None and not self.speakers.is_adjunct(m.group("verb"))
                    and not m.group("verb").endswith(("ين", "ون", "ه", "ات"))):  # (a masculine singular participle)
                subject = self.speakers.opening_name(norm, s_start, v_start)  # "تجرأ مارتي والش رئيس بلدية بوسطن ... قائلا إنه":
                # before anyone spoke, the full name right after the verb opening the sentence, a title after it
                title = TOKEN.search(norm, subject[1][1], v_start) if subject is not None else None
                if title is None or not self.speakers.opens_speaker(title.group()):
                    subject = None
            if subject is None and memory.last is not None and memory.last.name_key and _GOES_ON.fullmatch(norm, s_start, v_start):
                subject = memory.last, (v_start, v_start)  # "ومضى قائلا:"، "وتمضي قائلة": the last speaker goes on
            if subject is None and (said := _SAID_AFTER_RELATIVE.search(norm, max(s_start, v_start - 30), v_start)) is not None and (
                    (form := self.verbs.by_form.get(said.group(1))) is not None and form.cls != "noun" and not form.participle):
                named = self._antecedents(norm, s_start, said.start(), s_end, memory)
                subject = named[-1] if named else None  # "من X الذي قال مؤكدا: «...»": the relative clause's verb, then its participle
            if subject is None:
                return None
            speaker, sp_span = subject
        elif verb.participle and not m.group("verb").endswith(("ه", "ين", "ون", "ات")):
            # "...، فرد الوزير قائلا": a clause of its own, its subject written right before the participle, is not
            # the last speaker's
            subject = self._by_saying_subject(norm, s_start, v_start, memory, adjacent=True) or self._while_clause_subject(
                norm, s_start, v_start, memory)
            speaker, sp_span = subject if subject is not None else (None, sp_span)
        if not verb.participle:
            # a plural form (قالوا، رأوا) never has its subject after it: the subject came before
            after_relative = re.search(r"(?<!\w)(?<!الوقت )(?:الذي|التي|الذين|اللذان|اللذين|اللتان|اللتين)\s*(?:قد\s*)?$", norm[max(s_start, v_start - 18) : v_start])
            # (not "في الوقت الذي أكد X": a conjunction, the subject follows)
            if after_relative:
                relative = self._relative_clause_subject(norm, v_end, s_end)
                if relative is None:
                    return None  # "الخطوة التي أعلن عنها": the antecedent is what was said, and no subject follows
                np_s, np_e = relative
                if np_e == np_s and _THE_LATE.search(norm, max(s_start, v_start - 90), v_start):
                    return None  # "رحم الله الكاتب X الذي قال": a saying of the late, no statement of the news
                after_relative = None if np_e > np_s else after_relative
            elif ((m.group("clitic") == "ف" or (verb.present and not m.group("clitic")))
                  and _opened_by_topic(norm, s_start, v_start)
                  and (topic := self.speakers.subject_before(norm, s_start, v_start, memory, present=verb.present)) is not None
                  and topic[0].type in ("person", "institution") and (topic[0].name_key or topic[0].type == "institution")):
                speaker, sp_span = topic  # 'أما المواطن "علي بن قاسم" فطالب الجهات': the topic speaks, an object follows
                np_s = np_e = v_end
            else:
                each = _EACH_OF.match(norm, v_end)  # "وأكد كل من X وY أن": the list's first speaker here
                if each is not None and self._whoever(norm, each.end()):
                    each = None  # "وتمنى كل من شارك في مواقع التواصل التوفيق": whoever took part, no list of speakers
                tongue = _ON_TONGUE.match(norm, v_end, s_end)
                if tongue is not None and self.speakers.is_title_phrase(norm, tongue.end(), s_end, possessed=True):
                    each = tongue  # "أكدت الاثنين على لسان المتحدثة X أن": the titled one through whose mouth it was
                    # said (not "يقول على لسان أبي السعود": an author, through his character)
                plural = (m.group().endswith("وا") or (verb.present and m.group("verb").endswith("ون"))  # (قالوا، ويتهمون عون: no subject after)
                          or (m.group("clitic") and not verb.participle and m.group("verb") in self.verbs.plural
                              and m.group("verb").endswith("ا")))  # (or a dual with its و: "واستنكرا غياب البلدية"; not "كشفا طبيا")
                np_s, np_e = (v_end, v_end) if plural else self.speakers.phrase_span(
                    norm, each.end() if each else v_end, s_end, object_ba=verb.cls in ("evaluation", "commitment") or verb.id in _BA_ADDRESSEE,  # (أشاد / وعد / أهاب بـ)
                    object_masdar=verb.cls == "directive" or verb.id in _BA_CONTENT)  # (طالب بزيادة، أفاد بمقتل)
            if np_e > np_s and IN_IT.match(norm, v_end) and (self.speakers.caller(norm, s_start, v_start, memory) is not None
                                                              or self.speakers.speech_giver(norm, s_start, v_start, memory) is not None):
                np_s = np_e = v_end  # "تلقى اتصالاً من X جدد خلاله ترحيبه": the caller speaks, not a phrase after خلاله
                # (and "كلام صدر عن X نفى فيه أي رغبة": the one the words came from)
            kana = _KANA_SUBJECT.search(norm[s_start:v_start]) if np_e > np_s and v_start - s_start <= 220 else None
            if np_e > np_s and (_KANA_QAD.search(norm, max(s_start, v_start - 120), v_start) or (kana is not None and (
                    (self.speakers.opens_speaker(kana.group(1)) or self.speakers.is_given_name(kana.group(1))) if kana.group(2)
                    else self.speakers.names_subject(norm, s_start + kana.start(1), s_start + kana.end(1))))):
                np_s = np_e = v_end  # "وكان التحالف قد أعلن وقفا ..."، "وكان زعيم الحزب X دعا": the subject came before
                # (one word between كان and the verb is the subject if it may be one: "وكانت بريطانيا أعلنت الثلاثاء رصد ...")
            if np_e > np_s and _PRONOUN_SUBJECT.search(norm, max(s_start, v_start - 12), v_start):
                return None  # "هو يتهم قمبيز بأنه": a pronoun is the subject, the words after the verb its object (whom the
                # pronoun stands for is not read; "هي رأي عام": a noun spelled like a verb)
            quoted_body = (self._quoted_body(norm, v_end, s_end) or self._quoted_person(norm, v_end, s_end)) if np_e <= np_s else None
            if quoted_body is not None:
                speaker, sp_span, after = quoted_body  # 'أفادت «الشبكة الآشورية لحقوق الإنسان» نقلاً عن': a body named in marks
            elif np_e > np_s:
                obj = TOKEN.match(norm, np_s)
                obj = obj if obj is not None and (self.speakers.plural_object(obj.group()) or _OWN_TALK.fullmatch(obj.group())
                                                  or _ADVERBIAL_PARTICIPLE.fullmatch(obj.group())) else self._construct_object(norm, obj)
                # ("وقال مخاطبا المحطة إن": how he spoke, to whom; the subject is the one speaking before)
                subject = self._subject_after(norm, np_s, np_e, s_end, memory, verb, m.group("verb")) if obj is None else None
                body = self._body_as_object(norm, np_s, subject, verb, m.group("verb"), memory)
                if body is not None:
                    subject, obj = None, body  # "وطالب الحكومة الاتحادية بالإسراع": the object; the one speaking before goes on
                if subject is not None and verb.id == "ablagh" and (subject[0].type == "agency" or self._bracketed_outlet(norm, v_end, subject[2])):
                    told = self.speakers.phrase_span(norm, _skip_space(norm, subject[2] + (norm[subject[2] : subject[2] + 1] == '"'), s_end), s_end)
                    then = self._subject_after(norm, *told, s_end, memory, verb, m.group("verb")) if told[1] > told[0] else None
                    if (then is not None and then[0].type in ("person", "institution", "anonymous")
                            and self.speakers.opens_speaker(TOKEN.search(norm, *then[1]).group())):  # (not the rest of the outlet's name)
                        subject = then  # "أبلغ «عكاظ» مدير عام فرع المصلحة X أنه": the outlet told, then who told it
                if subject is not None and verb.cls == "accusation":
                    subject = self._accuser(norm, np_s, subject, s_end, memory)
                if subject is not None:
                    speaker, sp_span, after = subject
                elif obj is not None:
                    after = obj.end()  # "وحذر المستهلكين من": the object; the subject is the one speaking before
                    while (more := TOKEN.match(norm, after + 1)) is not None and more.group()[:1] == "و" and (
                            (construct := self._construct_object(norm, more, 1)) is not None or self.speakers.plural_object(more.group()[1:])):
                        after = (construct or more).end()  # ("وناشد المواطنين والمقيمين بالتعاون"، "ومستخدمي الطريق")
                    if verb.cls not in ("neutral", "interpretive") and memory.last is not None and memory.last.name_key:
                        speaker = memory.last  # (who then needs no content marker: "وطالب اللاعبين بمضاعفة جهودهم")
                else:
                    pre = self.speakers.subject_before(norm, s_start, v_start, memory, present=verb.present) if not m.group("clitic") else None
                    opener = TOKEN.search(norm, *pre[1]) if pre is not None else None
                    if opener is None or not (pre[0].type == "person" and " " in pre[0].name_key and self.speakers.opens_person(opener.group())):
                        return None
                    speaker, sp_span = pre  # "X، الرئيس التنفيذي لـ Y، وصف المعركة بأنها": a full name before the verb, its object after
            else:
                nxt = TOKEN.search(norm, v_end, s_end)
                if nxt and self.verbs.by_form.get(nxt.group(), None) is not None and self.verbs.by_form[nxt.group()].cls == "noun":
                    issuer = self._statement_issuer(norm, nxt.end(), s_end, memory, verb, m.group("verb"))
                    if issuer is None:
                        return None  # "وأكد بيان التجمع أن ...": a statement speaks, not the previous speaker
                    speaker, sp_span, after = issuer
                else:
                    when = _WHEN_SAID.search(norm, max(s_start, v_start - 12), v_start)
                    comma = when is not None and norm[when.start()] in "،,"
                    pre = None
                    if when is not None:
                        # "أحسن الوزير X، حين قال «...»"، "عزز X فرضية ... عندما قال": the subject of the clause before
                        pre = self.speakers.clause_subject(norm, s_start, when.start() + comma, memory, comma=comma)
                    where = _WHERE_SAID.search(norm, max(s_start, v_start - 12), v_start) if when is None else None
                    if where is not None and memory.sentence_start != s_start:
                        # "الشيخ X وضع هذا الفعل في سياق تاريخي، حيث قال": the subject of the clause before, when
                        # no statement came before it in the sentence (else its speaker goes on)
                        # (with clauses between, only the sentence's opening subject: "اضطرت الفنانة X للاعتذار ...،
                        # بسبب ثنائها على Y ...، حيث غردت" is X's)
                        one_clause = not _CLAUSE_COMMA.search(norm, s_start, where.start())
                        pre = (self.speakers.clause_subject(norm, s_start, where.start() + 1, memory) if one_clause
                               else self.speakers.opening_clause_subject(norm, s_start, where.start() + 1, memory))
                        pre = pre if pre is not None and pre[0].type == "person" and (
                            " " in pre[0].name_key or self._titled_one_name(norm, *pre)) else None
                        # (a full name, or one name after its title: not "وكانت «سبق» أطلقت ...، حيث يتوقع"، "مثل ويب (...) فعلا ...، حيث أكد")
                    if pre is None and not comma:
                        pre = self.speakers.subject_before(norm, s_start, v_start, memory, present=verb.present)
                    if pre is None and when is None and m.group("clitic") == "ف":
                        # "وعلّق X على الاتهامات، فأشار إلى أن": ف joins the verb to the clause before, and its subject
                        # (with no comma too: "وردد الرئيس X هذه الرسالة في خطاب ... فقال")
                        pre = self.speakers.clause_subject(norm, s_start, v_start, memory, comma=False)
                    if pre is None and when is None and m.group("clitic") == "و" and memory.sentence_start != s_start:
                        # "كانت X ... عندما شاهدت الحية وقالت "..."": the named subject the sentence opened with
                        pre = (self.speakers.opening_clause_subject(norm, s_start, v_start, memory, closed=False)
                               or self.speakers.opening_topic(norm, s_start, v_start, memory))
                        # (or the titled name opening it before its own verb: "مديرة ... X، أعطت ...، وقالت")
                        if pre is None:
                            pre = self.speakers.opening_subject(norm, s_start, v_start, memory, to_end=True)
                            # ("تحدث المشرف العام على القطاعات ... X وقال:": a long title, its name right before و and the verb)
                    if pre is None and when is not None:
                        return None  # "... التي أشار إليها شقيقه X حين ذكر": an unread subject, not the last speaker
                    if pre is not None and pre[0].type == "person" and (m.group("verb").endswith(("وا", "ون")) or (
                            m.group("verb") in self.verbs.plural and not re.search(r"(?<!\S)(?:[وب]|مع\s+)\S", norm[pre[1][1] : v_start]))):
                        return None  # "قبل الناخبون بتوصية ... تسيبراس، ورفضوا": a plural verb is not one person's (a dual
                        # may be two people's, the first named: "الملك X والرئيس Y ... أكدا"، "أجرى X اتصالا بالرئيس Y، أكدا
                        # خلاله"; not "X، الذي قدم شرحا عن")
                    if pre is None and not comma and when is None and not m.group("clitic") and self.verbs.is_plural(m.group("verb")):
                        pre = self._names_before_plural(norm, s_start, v_start, s_end, memory)  # "X وY وZ أكدوا"
                    if pre is not None:
                        speaker, sp_span = pre
                        in_it = IN_IT.match(norm, v_end)
                        after = in_it.end() if in_it else after  # "كلمة أكد فيها"، "أكد من خلالها على"
        if verb.cls == "directive" and _PRAYED_TO.match(norm, after, s_end):
            if speaker is not None and speaker.type == "person" and speaker.name_key:
                memory.last = speaker  # (who prays goes on speaking: "... وقال: «...»")
            return None  # "ودعا سمو الأمير X -الله عز وجل- أن ...": a prayer, not a statement
        relative = _RELATIVE_VERB.match(norm, after, s_end) if speaker is not None and sp_span[0] >= v_end else None
        if relative is not None and (form := self.verbs.by_form.get(relative.group(1))) is not None and form.cls != "noun":
            memory.last = speaker  # "بحسب ما أكد X الذي قال: «...»": the relative clause's verb carries the statement
            return None
        if speaker is not None and speaker.type == "person" and speaker.name_key and sp_span[0] >= v_end:
            aside = _RELATIVE_ASIDE.match(norm, after, s_end)
            after = aside.end() if aside is not None else after  # "وأعربت X التي ارتدت ... فستانا ...، عن سعادتها"
        named = speaker is not None and bool(speaker.name_key) and not _inside(sp_span[1] - 1, quotes)
        continuing = (speaker is None and _clause_start(norm, s_start, v_start) and (memory.last or memory.topic) is not None
                      and bool((memory.last or memory.topic).name_key))
        # ("وأكد خلال زيارته لمنزل أسرة الشهيدين في ... أمس، أن": the named person before goes on, after a long adjunct)
        if verb.id == "lafat" and _ATTENTION_OF.match(norm, v_end):
            return None  # "لفت انتباهي أن": the clause after drew someone's attention, nobody said it
        if verb.cls == "denial" and _DECLINED.search(norm, v_end, min(s_end, after + 25)):
            return None  # "ورفض X التعليق على ...": declined to speak, no statement (the noun may have been read into the name)
        if (verb.id == "rahhab" and (_GUESTS.match(norm, after, s_end) or self._titled_guest(norm, after, s_end))
                and not _IN_SPEECH.match(norm, v_end)  # ("كلمة رحب فيها بالحضور": welcoming them in a speech is said)
                and not any(self.verbs.by_form[v.group()].participle for v in self.verbs.find(norm, after, s_end))):
            if speaker is not None and speaker.type == "person" and speaker.name_key:
                memory.last = speaker  # (the host may speak next)
            return None  # "ورحب الدكتور X خلال الاستقبال بالوفد": welcoming guests is an act, not a statement (unless
            # the host goes on: "رحب فيها بالحضور؛ منوهاً بـ")
        marker = self._marker(norm, after, s_end, verb.cls, quotes, far=named or continuing, topic=verb.id in _ABOUT_TOPIC,
                              told=verb.id == "ablagh")
        if (marker is not None and not m.group("clitic") and _WHAT_BEFORE.search(norm, max(s_start, v_start - 12), v_start)
                and norm[after : marker.start()].strip()):
            return None  # "آخر ما كتب الأبنودي قبل رحيله، والثانية هي «...»": what X wrote, a noun; only words right
            # after the name are his ("ومن أجمل ما قال الشاعر X «...»")
        if (verb.id == "wasaf" and speaker is not None and marker is not None and sp_span[0] >= v_end
                and re.fullmatch(r"بان(?:ه|ها|هم)", marker.group()) and not norm[after : marker.start()].strip()):
            # "ووصف بلاتر بأنه «...»": who is described is the object (a subject would have its object before بأنه);
            # the subject came before ("لكن ... نتنياهو وصف الاتفاق بأنه"), or the one speaking before goes on
            pre = self.speakers.subject_before(norm, s_start, v_start, memory, present=verb.present) if not m.group("clitic") else None
            if pre is not None and pre[0].type == "person" and pre[0].name_key:
                speaker, sp_span, after = pre[0], pre[1], v_end
            elif m.group("clitic") or norm[s_start:v_start].rstrip()[-1:] in ("", "-", "–", "—", "،", ","):
                speaker, sp_span, after = None, (v_end, v_end), v_end  # (a verb opening its clause: not the noun in
                # "ينطبق عليهم وصف X بأنهم «...»", X's description)
        if (verb.id == "itabar" and m.group("verb")[:1] in ("ي", "ت") and speaker is not None and sp_span[0] >= v_end
                and (_CONSIDERED_AMONG.match(norm, after) or _CONSIDERED_AMONG.match(norm, v_end)) and not _CONSIDERED_THAT.match(norm, after)):
            return None  # "فيما يعتبر X من أبرز لاعبي الفريق"، "تعتبر البتراء أشهر المعالم"، "أغنية X تعتبر الأكثر مبيعا":
            # "is considered (one of)": what is considered comes after the verb and nobody speaks (but "يعتبر الوزير من
            # الضروري أن": his view)
        if verb.strict and not self._strict_reading(norm, verb, speaker, sp_span, v_end, after, marker, memory):
            return None  # "بين البلدين": the preposition, not the verb بيّن
        if (speaker is None and marker is not None and _FIRST_PERSON_THAT.fullmatch(marker.group())
                and _LIKE_FIRST_PERSON.fullmatch(m.group("verb"))):
            return None  # "وأعترف بأنني لم أركب الطائرة": أعترف 'I admit', spelled like اعترف 'he admitted': the writer's voice
        via = ""
        if speaker is not None and speaker.type == "agency":
            # "قالت صحيفة X نقلا عن مسؤولين ...": the officials speak, relayed by X
            relay = re.compile(r"(?<!\w)نقلا\s+عن\s+").search(norm, after, marker.start() if marker else min(s_end, after + 60))
            if relay:
                np2 = self.speakers.phrase_span(norm, relay.end(), s_end)
                got2 = self.speakers.from_phrase(norm, *np2, self.speakers.context(norm, *np2, s_end), memory) if np2[1] > np2[0] else None
                if got2 is not None:
                    via, speaker, sp_span = speaker.id, got2[0], (np2[0], got2[1])
                    marker = self._marker(norm, got2[1], s_end, verb.cls, quotes)
        if speaker is not None and speaker.type == "institution":
            # "وأوضحت الإمارة في بيان صدر على لسان متحدثها الرسمي X، أن": the body speaks through its spokesman
            tongue = _ON_THE_TONGUE.search(norm, after, min(s_end, after + 80))
            if tongue and (marker is None or tongue.start() <= marker.start()):
                np2 = (tongue.end(), min(marker.start() if marker is not None and marker.start() > tongue.end() else s_end, tongue.end() + 150))
                named = self.speakers.read_name(norm, np2[0], np2[1], max_skip=20)
                if named is not None and not all(self.speakers.name_word(w) for w in named[0].split()):
                    named = _name_words_only(norm, named, self.speakers.name_word)  # ("أحمد أبو زيد تضامن": the object after the name)
                if named is not None and " " in named[0] and all(self.speakers.name_word(w) for w in named[0].split()):
                    # (the spokesman's titles skipped: "متحدثها الرسمي والمشرف العام على الشؤون الإعلامية X")
                    speaker, sp_span, after = self.speakers.corefer(Speaker.person(named[0]), memory), (np2[0], named[1]), named[1]
                    marker = self._marker(norm, named[1], s_end, verb.cls, quotes)
        if marker is None and speaker is not None and not verb.participle:
            before = _quote_before(norm, v_start, quotes, after_stop=not m.group("clitic"))
            if before is not None and not sp_span[0] <= before < sp_span[1]:  # (not the speaker's quoted name: 'أما "X" فطالب')
                return (v_start, v_end, before, speaker, sp_span, verb.id, verb.cls, via, _quote_end(before, quotes))  # '"..."، قال X'
        if marker is None and speaker is not None and speaker.name_key and verb.cls == "neutral":
            bracket = _BRACKETED_WORDS.match(norm, after, s_end)
            if bracket is not None:
                # "وقال X (الشكر لله أولاً ... ثم الشكر موصول لجميع العاملين": his words in brackets (no quotation marks)
                return (v_start, v_end, bracket.end(), speaker, sp_span, verb.id, verb.cls, via, None)
        if (marker is None and verb.id == "wasaf" and speaker is not None and speaker.type == "person" and speaker.name_key
                and _DESCRIBED_AS.match(norm, after, s_end)
                and (sp_span[1] <= v_start or self.speakers.opens_speaker(TOKEN.search(norm, *sp_span).group()))):
            return (v_start, v_end, _skip_space(norm, after, s_end), speaker, sp_span, verb.id, verb.cls, via, None)  # "وصف X
            # الإنجاز بالتاريخي": the object and what it is described as
        ba = _BA_WORD.match(norm, after, s_end) if marker is None and verb.id in _BA_CONTENT and speaker is not None else None
        if ba is not None:
            word = ba.group(1)
            stem = word[3:] if word.startswith("بال") else word[1:]
            if len(stem) >= 3 and not (self.speakers.is_place(stem) or self.speakers.is_place(word[1:]) or self.speakers.is_given_name(stem)):
                # "وأفاد X بمواصلة الحملة هذا البرنامج"، "أفاد مصدر بمقتل": ب and what was reported (not a place: "بجدة")
                return (v_start, v_end, ba.start(1) + 1, speaker, sp_span, verb.id, verb.cls, via, None)
        obj = TOKEN.match(norm, _skip_space(norm, after, s_end)) if marker is None and verb.id in _OBJECT_CONTENT else None
        if (obj is not None and speaker is not None and speaker.type == "person" and speaker.name_key and sp_span[0] >= v_end
                and self.speakers.accusative_noun(obj.group(), verbal=True)):
            return (v_start, v_end, obj.start(), speaker, sp_span, verb.id, verb.cls, via, None)  # "توقعت المصممة X
            # تنامياً في ...": what is expected, an indefinite verbal noun as the object
        if (marker is None and verb.id == "qaal" and speaker is not None and speaker.type == "person" and speaker.name_key
                and sp_span[1] <= v_start and m.group("clitic") == "ف" and _TOPIC_OPENING.fullmatch(norm, s_start, v_start)
                and len(norm[v_end:s_end].split()) >= 4):
            return (v_start, v_end, _skip_space(norm, v_end, s_end), speaker, sp_span, verb.id, verb.cls, via, None)
            # "أما الطفلة رنا خالد فقالت سمعت عن ...": after the named topic, what she said follows with no marker
        if (marker is None and verb.id in _UNMARKED_SAYING and speaker is not None and speaker.type == "person"
                and speaker.name_key and sp_span[0] >= v_end and _UNMARKED_OPENING.match(norm, after, s_end)):
            return (v_start, v_end, _skip_space(norm, after, s_end), speaker, sp_span, verb.id, verb.cls, via, None)
            # "وأضاف يحيى العبيري لا بد من حل جذري": no marker, but his words open with a clause's particle right after his name
        if marker is None:
            # no complementiser: only strong verbs with a named speaker (أكد بلينكن دعم ...)
            if speaker is None or verb.cls in ("neutral", "interpretive", "noun") or after >= s_end:
                if (speaker is not None and sp_span[0] >= v_end and speaker.type == "person" and speaker.name_key
                        and (verb.cls == "neutral" or (verb.cls == "interpretive" and speaker.name_key.split()[-1] in norm[sp_span[0] : sp_span[1]]))
                        and self.speakers.is_title_phrase(norm, *sp_span)
                        and (self.speakers.name_word(speaker.name_key.split()[0])  # (not "... طريقة توزيع": the object)
                             or self.speakers.named_before(speaker.name_key, norm, sp_span[0]))):
                    memory.last = speaker  # "وأوضح المدير العام ... طريقة التوزيع وقال: «...»"، "ووصف المهندس المخرج
                    # المناسبة بالذكرى الغالية ... وقال" (after "محمد بن عبدالرحمن المخرج"): he goes on speaking
                    if len(speaker.name_key.split()) >= 2 and self.speakers.is_given_name(speaker.name_key.split()[0]):
                        memory.last = self.speakers.corefer(speaker, memory)  # (a full name: his surname alone is him later)
                return None
            if _NAMED_PASSIVE.fullmatch(m.group("verb")):
                if speaker.type == "person" and speaker.name_key:
                    memory.last, memory.sentence_start = self.speakers.corefer(speaker, memory), s_start  # (she may go on: "..., موضحة أن")
                return None  # "فتاة تدعى X": يدعى 'is named', spelled like يدعي 'claims' (which takes أن)
            if speaker.type == "person" and not speaker.name_key:
                if sp_span[0] >= v_end and self.speakers.is_kin_word(TOKEN.search(norm, *sp_span).group()):
                    memory.last = speaker  # "وأشاد معلم نيكول بإنجازها وقال": the unnamed relative or teacher goes on speaking
                return None
            if _WHEN_CLAUSE.match(norm, after):
                return None  # "جاء تعهد X بعدما قال Y إنه": a time clause, no object pledged or praised (the noun تعهّد)
            return (v_start, v_end, _skip_space(norm, after, s_end), speaker, sp_span, verb.id, verb.cls, "", None)
        if speaker is None and after_relative:
            named = self._antecedents(norm, s_start, max(s_start, v_start - 18) + after_relative.start(), s_end, memory)
            if named:
                speaker, sp_span = named[-1]  # "ويتفق معه محمد السقاف الذي قال:": the person named right before the relative
        if (speaker is None and after_relative and not IN_IT.match(norm, v_end)
                and _OBJECT_RELATIVE.search(norm[max(s_start, v_start - 30) : v_start])):
            return None  # "حسب حصيلة للمرصد الذي أشار إلى": a prepositional object's relative clause, not the last
            # speaker (but "لخطابه الذي أكد فيه": the speech of the one speaking); nor a noun that is hers or
            # theirs ("جمهورها الذي رفض ثناءها"): someone other than the person last quoted
        # (a verb with و / ف opens a clause of its own: "التقى المسؤولين وأكد" continues)
        unnamed = self.speakers.unnamed_before(norm, s_start, v_start) if speaker is None and not m.group("clitic") else None
        if unnamed is not None:
            speaker, sp_span = unnamed  # "رغم أن هناك أخبارا أكدت أن": not the last speaker
        if speaker is None and _IMPERSONAL_PRESENT.match(norm, v_start):
            return None  # (not the last speaker: "يرجح أن" with no subject is impersonal; "X، الرئيس التنفيذي، يتوقع أن" keeps X)
        if speaker is None:
            speaker = memory.last or (None if after_relative or (self._feminine(m.group("verb")) and not _feminine_name(memory.topic))
                                      else memory.topic)
            # (before anyone spoke, the person the story opened with; not with a feminine verb: "وسائل الإعلام التي
            # تظهر ... اسم مدرب جديد، تشير إلى أن" after "رئيس لجنة الانضباط إبراهيم الربيش")
            if speaker is not None and m.group("verb") in self.verbs.plural and speaker.type == "person" and not memory.others:
                return None  # "وكان أطباء ذكروا أن"، "وأكدا أن": a plural or dual verb does not continue one person (but the
                # people of the last statement: "وقال X وY ...، وأكدا أن")
        if speaker is None:
            return None
        if _POETRY.search(norm, v_end, marker.start()):
            return None  # "وكتب X مخاطباً Y شعراً: «...»": verse, not a statement
        return (v_start, v_end, _content_start(norm, marker), speaker, sp_span, verb.id, verb.cls, via, None)

    def _body_as_object(self, norm: str, np_s: int, subject, verb: Verb, form: str, memory: ArticleMemory) -> re.Match | None:
        """The word at ``np_s`` when it is a body in ة (an organisation noun, or a listed institution) read as the
        subject of a masculine past verb, which does not agree with it, so the body is the object ("وطالب الحكومة
        الاتحادية بالإسراع") and the person speaking before goes on; None otherwise (and after قال and the like,
        whose content is marked: "وقال الشرطة" is a slip of agreement)."""
        head = TOKEN.match(norm, np_s)
        if (subject is None or subject[0].type != "institution" or verb.cls in ("neutral", "interpretive") or verb.present
                or verb.participle or self._feminine(form) or form.endswith("ت") or head is None):
            return None
        if memory.last is None or memory.last.type != "person" or not memory.last.name_key:
            return None
        word = head.group()
        return head if word.startswith("ال") and word.endswith("ه") and self.speakers.is_body_noun(word) else None

    def _said_before(self, norm, m, verb, pos, s_start, s_end, memory):
        """"أوضح ذلك المتحدث X، وقال:": a past verb opening its sentence, ذلك and a named speaker or
        an organisation: what the sentence before said is theirs."""
        clause = norm[s_start : m.start()].rstrip()
        after_comma = clause[-1:] in ("،", ",") and len(clause.split()) >= 4  # "...، ذكر ذلك الأستاذ X.": the clause before
        if (verb.present or verb.participle or verb.cls not in _AS_CLASSES + ("announcement",)
                or (memory.previous_sentence is None and not after_comma) or (clause.strip(" -–") and not after_comma)):
            return None  # (a verb opening its sentence or after a comma: not "كما أكد ذلك X", an aside on its own sentence)
        got = self._speaker_after(norm, pos, s_end, memory)
        if got is None or not ((got[0].type == "person" and got[0].name_key) or got[0].type == "institution"):
            return None
        speaker, np_s, sp_end = got
        rest = norm[sp_end:s_end].lstrip(" ،,")
        nxt = s_end - len(rest)  # the next word, past a comma
        later = self.verbs.find(norm, nxt, s_end)
        if (rest.strip(" .") and not any(v.start() == nxt for v in later[:1])
                and not (self.speakers.is_title_phrase(norm, nxt, s_end) and (
                    not later or (later[0].group("clitic") == "و" and not _RELATIVE_BEFORE.search(norm, nxt, later[0].start()))))):
            return None  # (only a full stop, the speaker's next verb or his title may follow: "، وقال:"، "، مضيفا أن"،
            # "أوضح ذلك م. X وكيل أمانة الرياض."، "كشف هذا X السكرتير الخاص ... وقال:"; not "أكد ذلك الوزير في
            # كلمته أمام ..." nor "X والذي أكد أن")
        if after_comma:
            return (m.start(), m.end(), _skip_space(norm, s_start, m.start()), speaker, (np_s, sp_end), verb.id, verb.cls, "",
                    s_start + len(clause) - 1)
        prev_s, prev_e = memory.previous_sentence
        return (m.start(), m.end(), prev_s, speaker, (np_s, sp_end), verb.id, verb.cls, "", prev_e)

    def _only_time(self, norm, start, end):
        """Whether norm[start:end] is only a time ("الأسبوع الماضي"، "أمس")."""
        words = norm[start:end].replace("،", " ").replace(",", " ").strip(" .\n").split()
        return 0 < len(words) <= 4 and all(self.speakers.is_adjunct(w) or w in _AFTER_WEEKDAY for w in words)

    def _statement_issuer(self, norm, pos, s_end, memory, verb, form):
        """Who issued the statement a reporting noun names before its verb's content: "وأوضح بيان
        صادر عن وزير الدفاع X أن"، "وقال بيان لوزارة الدفاع إن" (None when no issuer is written)."""
        issued = _ISSUED_BY.match(norm, pos, s_end)
        if issued is not None:
            np_s, np_e = self.speakers.phrase_span(norm, issued.end(), s_end)
        elif re.match(r"\s+ل", norm[pos : pos + 3]):
            np_s, np_e = self.speakers.phrase_span(norm, _skip_space(norm, pos, s_end), s_end, strip_lam=True)  # "بيان لوزارة الدفاع"
        else:
            return None
        got = self._subject_after(norm, np_s, np_e, s_end, memory, verb, form) if np_e > np_s else None
        if got is None or not (got[0].type == "institution" or (got[0].type == "person" and got[0].name_key)):
            return None
        return got

    def _others(self, norm, m, got, s_end, memory, quotes):
        """Further speakers of the verb of ``got`` and where the content then starts: "وأكد كل من
        X، وY أن"، "أكد السفير X والسفير Y حرص البلدين" (after "كل من" any speaker; otherwise only
        a person named after a title, after a person so named)."""
        v_end, c_start, speaker, (sp_s, sp_e) = got.verb_end, got.content_start, got.speaker, got.speaker_span
        verb = self.verbs.by_form[m.group("verb")]
        each = _EACH_OF.fullmatch(norm, v_end, sp_s) is not None
        # two surnames of people named in full before: "وقال ماي وكازنوف إن"
        surnames = speaker.type == "person" and " " in speaker.name_key and norm[sp_s:sp_e].strip() == speaker.name_key.split()[-1]
        group = speaker.type == "person" and bool(speaker.name_key) and self.speakers.opens_group(norm, sp_s, sp_e)
        # ("وقال مشجعو نادي النصر X وY وZ:": the group's members, named)
        full = speaker.type == "person" and bool(speaker.name_key) and self._given_and_surname(norm[sp_s:sp_e])
        # ("وطالب محمد النفيعي ويوسف ناصر بمحاسبة": two full names, each opening with a listed given name)
        first = TOKEN.search(norm, sp_s, sp_e) if speaker.type == "person" and speaker.name_key else None
        dual = first is not None and first.group().endswith("ان") and self.speakers.title_pair(first.group())
        # ("وأكد المحللان X وY": a title in the dual, then its two people's names)
        if sp_s < v_end or got.content_end is not None or not (each or surnames or group or full or dual or (speaker.type == "person" and speaker.name_key
                                                                    and self.speakers.is_title_phrase(norm, sp_s, sp_e))):
            return [], c_start
        others, pos = [], sp_e
        if group and " " not in speaker.name_key:
            # "أبناء الفقيد عبدالرحمن ومساعد ومحمد": given names alone, each a speaker
            for a, b in self.speakers.given_name_chain(norm, pos, s_end):
                others.append((Speaker.person(norm[a:b], speaker.camp), (a, b)))
                pos = b
        if full and _AND_NEXT.match(norm, pos, s_end) is None and self.speakers.is_title_phrase(norm, pos, s_end):
            pos = self._title_before_next_name(norm, pos, s_end)  # "وقال X عضو اللجنة وY رئيس اللجنة السابق:"
        while len(others) < 9 and not (group and " " not in speaker.name_key):
            joined = _AND_NEXT.match(norm, pos, s_end) or (_COMMA_NEXT.match(norm, pos, s_end) if each else None)
            relative = (joined is not None and speaker.type == "person" and " " in speaker.name_key
                        and self.speakers.relative_of((norm[joined.end() : s_end].split() or [""])[0]))  # ("X وزوجته Y")
            if joined is None or (dual and others) or not (each or surnames or group or relative or dual or self.speakers.is_title_phrase(norm, joined.end(), s_end) or (
                    full and self._given_and_surname(" ".join(norm[joined.end() : s_end].split()[:3]), longer=True))):
                break
            np_s, np_e = self.speakers.phrase_span(norm, joined.end(), s_end)
            other = self._subject_after(norm, np_s, np_e, s_end, memory, verb, m.group("verb")) if np_e > np_s else None
            if surnames and other is not None and not (
                    other[0].type == "person" and " " in other[0].name_key and other[0].name_key != speaker.name_key
                    and norm[np_s : other[1][1]].strip() == other[0].name_key.split()[-1]):
                break  # (the second a surname too, of another person named before; the verb's object may follow it)
            if other is None or not ((other[0].type == "institution" and each) or (
                    other[0].type == "person" and other[0].name_key and other[0].name_key.split()[-1] in norm[np_s : other[1][1]]
                    and (_name_words(other[0].name_key.split(), self.speakers.name_word) or (relative and " " in other[0].name_key)
                         or (each and self.speakers.is_given_name(other[0].name_key.split()[0])) or (dual and " " in other[0].name_key)))):
                # ("كل من ... ومحمد جبار": a listed given name; after a dual title, a second name in full)
                break  # (a person named in the phrase itself, not a title resolved to someone named before,
                # nor the verb's object: "أكد المحافظ X ورئيس المجلس وجود قيادات": X's second title)
            others.append(other[:2])
            pos = other[1][1]  # (not past a title set off after the name: that may be the next speaker's)
        if (full or each) and len(others) < 9:
            for a, b in self._name_pairs(norm, pos, s_end):
                others.append((Speaker.person(norm[a:b], speaker.camp), (a, b)))  # "وذكر سعد إبراهيم ومحمد حديدي وشائع عداوي أن"
                pos = b
        if not others:
            return [], c_start
        if c_start >= pos:
            return others, c_start
        pos = _LIST_END.match(norm, pos, s_end).end()
        plural = re.match(r"\s*[،,]?\s*(\S+)", norm[pos:s_end])
        if plural and (form := self.verbs.by_form.get(plural.group(1))) is not None and form.id == verb.id:
            pos += plural.end()  # "وثمن كل من X، وY، ثمنوا دعم ...": the verb again, in the plural
        marker = self._marker(norm, pos, s_end, verb.cls, quotes, far=True)
        if marker is None and verb.cls in ("neutral", "interpretive", "noun"):
            return [], c_start
        return others, _content_start(norm, marker) if marker is not None else _skip_space(norm, pos, s_end)

    def _name_pairs(self, norm: str, pos: int, s_end: int) -> list[tuple[int, int]]:
        """The spans of the names in "وA B وC D" after the speakers read so far (a full name opened by a listed given name,
        or a "كل من" list), when nothing else comes before the content marker (أن، إن، a colon or a quotation): two
        words after each و, neither with the article nor a verb, the first a given name or the second a plain name
        ("وذكر سعد إبراهيم ومحمد حديدي وشائع عداوي أن")."""
        out = []
        while (m := _PAIR_NEXT.match(norm, pos, s_end)) is not None:
            first, second = m.group(1), m.group(2)
            if (_DEF.match(first) or _DEF.match(second) or first in self.verbs.written or second in self.verbs.written
                    or THAT.fullmatch(second) or not (self.speakers.is_given_name(first) or self.speakers.plain_name(second))):
                return []
            out.append((m.start(1), m.end(2)))
            pos = m.end()
        return out if out and (CONTENT_NEXT.match(norm, pos) or norm[pos:s_end].lstrip()[:1] == '"') else []

    def _complement_name(self, norm: str, np_s: int, after: int, s_end: int) -> tuple[str, int] | None:
        """The second full name (name, end) when the full name ending at ``after`` sits in a title's
        complement (a title word with ل, or باسم, before it) and another full name follows it at once."""
        before = norm[np_s:after].split()
        if not any(w == "باسم" or (w[:1] == "ل" and self.speakers.opens_speaker(w[1:])) for w in before[:-2]):
            return None
        nxt = norm[after : after + 60]
        if not nxt.startswith(" ") or not self._given_and_surname(" ".join(nxt.split()[:3]), longer=True):
            return None
        named = self.speakers.read_name(norm, after + 1, s_end, skip_titles=False)
        if named is None or len(named[0].split()) < 2 or norm[after : named[1] - len(named[0])].strip():
            return None
        return named

    def _title_before_next_name(self, norm: str, pos: int, s_end: int) -> int:
        """Where the title after a first speaker's full name ends, if و and a second full name follow
        it before any comma or colon ("أسامة فيلالي عضو اللجنة الوطنية للحج والعمرة وسعد جميل
        القرشي"); else ``pos``."""
        stop = _PUNCT_BREAK.search(norm, pos, min(s_end, pos + 120))
        for joined in _SPACED_AND.finditer(norm, pos, stop.start() if stop else min(s_end, pos + 120)):
            if self._given_and_surname(" ".join(norm[joined.end() : s_end].split()[:3]), longer=True):
                return joined.start()
        return pos

    def _given_and_surname(self, phrase: str, *, longer: bool = False) -> bool:
        """Whether ``phrase`` is two name words, a listed given name and a plain name ("محمد النفيعي"), or a
        given name and a clan's name ("يحيى آل زاهر"); ``longer``: or opens with them, or with a given name, a
        father's name and a family name with the article ("سعد جميل القرشي", جميل also an adjective)."""
        words = [w.strip("،,:") for w in phrase.split()]
        if longer and len(words) >= 2 and words[0] == "علي" and self.speakers.ali_is_name(words[:2], before="و"):
            return True  # "وعلي العطاس": the name علي before a family name (not the preposition: "وعلى الجميع")
        if len(words) < 2 or not self.speakers.is_given_name(words[0]) or words[1] in self.verbs.written:
            return False
        if len(words) == 3 and words[1] == "ال" and self.speakers.plain_name(words[2]):
            return True  # "يحيى آل زاهر": a given name and a clan's name
        if self.speakers.plain_name(words[1]):
            return len(words) == 2 or longer
        return (longer and len(words) == 3 and not words[1].startswith("ال") and words[2].startswith("ال")
                and self.speakers.plain_name(words[2]) and words[2] not in self.verbs.written)

    def _full_name_after(self, norm: str, v_end: int, s_end: int) -> bool:
        """Whether a full name follows the verb ending at ``v_end``: opened by a listed given name, or of
        plain name words only (no common noun, title or function word)."""
        named = self.speakers.read_name(norm, v_end + 1, min(s_end, v_end + 60), skip_titles=False)
        return (named is not None and len(named[0].split()) >= 2 and not norm[v_end : named[1] - len(named[0])].strip()
                and "علي" not in named[0].split()  # (not "وعلقت هيفاء على ما قاله": the preposition)
                and (self.speakers.is_given_name(named[0].split()[0])
                     or (all(self.speakers.plain_name(w) for w in named[0].split()) and named[0][:1] not in "بلو")))  # (not "بكل حب")

    def _named_surname_then_that(self, norm, v_end, s_end):
        """Whether the surname of a person the article named in full comes right after a present
        verb, then أن / إن: "وفي ظل هذا الواقع يعتبر تود أن" (after "إيمانويل تود"); or a full
        name opening with a listed given name: "... وإقبال منقطع النظير تقول سارة ناهض أن"."""
        got = _SURNAME_THEN_THAT.match(norm, v_end, s_end)
        if got is None:
            full = _FULL_NAME_THEN_THAT.match(norm, v_end, s_end)  # "... تقول سارة ناهض أن": a listed given name and a surname
            return full is not None and self.speakers.is_given_name(full.group(1)) and self.speakers.plain_name(full.group(2))
        return (self.speakers.plain_name(got.group(1))  # (not "يصر على أن")
                and self.speakers.named_before(got.group(1), norm, v_end))

    def _topic_speaks(self, norm, s_start, v_start, memory):
        """Whether a named person opening the sentence with أما is the subject of the present verb at ``v_start``,
        with no ف and a description between: "أما محمد الحيز صاحب محل فواكه يقول:" (not "أما معمم معروف يقول")."""
        if not _opened_by_topic(norm, s_start, v_start):
            return False
        got = self.speakers.subject_before(norm, s_start, v_start, memory, present=True)
        first = TOKEN.search(norm, *got[1]) if got is not None else None
        return (first is not None and got[0].type == "person" and len(got[0].name_key.split()) >= 2
                and self.speakers.opens_speaker(first.group()))

    def _titled_after_pause(self, norm, s_start, v_start, v_end):
        """Whether the verb at ``v_start`` follows a pause ("..") and a title, a rank or a listed given name
        opens the words after it: "وهو لا يتهرّب من مسؤولياته.. ويرى النائب X أنّ" (not "..يقول ربنا"، "..وتلفت
        نظرك": the sentence goes on)."""
        if not norm[max(s_start, v_start - 6) : v_start].rstrip().endswith(".."):
            return False
        nxt = TOKEN.search(norm, v_end, min(len(norm), v_end + 40))
        return nxt is not None and self.speakers.opens_speaker(nxt.group())

    def _named_right_before(self, norm, s_start, v_start, memory):
        """Whether a person's full name, opened by a title, a rank or a given name (or one name
        word after a rank), ends right before the verb at ``v_start`` as its subject (not "أما
        معمم عراقي معروف يقول")."""
        last = norm[max(s_start, v_start - 30) : v_start].split()
        dashed = bool(last) and last[-1][-1:] in DASHES
        if not last or not (dashed or self.speakers.name_word(last[-1].strip('"'))):
            return False  # (a plain test first: most present forms follow no name)
        got = self.speakers.subject_before(norm, s_start, v_start, memory, present=True)  # (called for a present form only)
        first = TOKEN.search(norm, got[1][0], got[1][1]) if got is not None else None
        between = norm[got[1][1] : v_start].strip() if got is not None else ""
        # (or a name and an aside between dashes: "حسين عطية - بائع عطور - يقول")
        return (first is not None and got[0].type == "person" and bool(got[0].name_key)
                and (len(got[0].name_key.split()) >= 2 or self.speakers.is_rank(first.group())  # (or "أما البروفسور X فيقول")
                     or (dashed and first.group() != got[0].name_key))  # (or a title: "أما السيد حسن - بائع - فيقول")
                and (not between or (dashed and between[:1] in DASHES))
                and (self.speakers.opens_speaker(first.group()) or (dashed and self.speakers.is_given_name(first.group()))))

    def _accuser(self, norm, np_s, subject, s_end, memory):
        """The subject of an accusation verb, which is not the person named right before the charge:
        "واتهم زعيم حزب معارض X بشن ..." (the title accuses, X is accused), "واتُّهم X بـ..." (no accuser)."""
        speaker, (sp_s, sp_e), after = subject
        if not (speaker.type == "person" and speaker.name_key and _CHARGE.match(norm, after, s_end)):
            return subject
        words = set(speaker.name_key.split())
        name_at = next((t.start() for t in TOKEN.finditer(norm, sp_s, sp_e) if strip_clitics(t.group().strip('"')) in words), None)
        if name_at is None:
            return subject
        if name_at <= sp_s or not self.speakers.is_title_phrase(norm, sp_s, name_at):
            return None
        title_end = sp_s + len(norm[sp_s:name_at].rstrip())
        got = self.speakers.from_phrase(norm, sp_s, title_end, norm[sp_s:title_end], memory)
        return (got[0], (sp_s, got[1]), _skip_space(norm, sp_e, s_end)) if got is not None else None

    def _subject_after(self, norm: str, np_s: int, np_e: int, s_end: int, memory: ArticleMemory, verb: Verb, form: str):
        """The speaker of the phrase norm[np_s:np_e] after a verb written ``form``, with the name a
        title or source noun leads to: (speaker, its span, where the phrase really ends), or None."""
        quoted = self.speakers.titled_quoted_name(norm, np_s, np_e)
        if quoted is not None:
            return quoted
        first = TOKEN.search(norm, np_s, np_e)
        if (first is not None and first.group()[:1] == "ل" and not self.speakers.is_given_name(first.group())
                and self.speakers.is_given_name(first.group()[1:])):
            return None  # "قال لعبدالرحمن بن عوف": ل and a given name, whom he spoke to, not the speaker
        got = self.speakers.from_phrase(norm, np_s, np_e, self.speakers.context(norm, np_s, np_e, s_end), memory)
        if got is None:
            named = self.speakers.called_name(norm, np_e, s_end)
            if named is None:
                return None
            return Speaker.person(named[0]), (np_s, named[1]), named[1]  # "وقالت طالبة بالأكاديمية تدعى X": the name given
        speaker, sp_span, after = got[0], (np_s, got[1]), got[1]
        words = speaker.name_key.split() if speaker.type == "person" and speaker.id == speaker.name_key else []
        if (form in self.verbs.feminine and words and norm[np_s : got[1]].replace('"', " ").split() == words
                and (len(words) == 1 or (len(words) == 2 and words[1].startswith("ال")))
                and self.speakers.named_as_organisation(words[0], memory, np_s, quoted=len(words) == 1 and norm[max(0, np_s - 1) : got[1] + 1].count('"') == 2)):
            # "وقالت داماك إن أرباحها" after "سهم داماك العقارية": the company, not a woman; "وأكدت
            # طالبان السيطرة على" after "حركة طالبان": the movement, then the verb's object; 'وذكرت "إينوك"'
            speaker = Speaker("", f"inst:{words[0]}", "institution", speaker.camp)
            after = norm.find(words[0], np_s) + len(words[0])
            sp_span = (np_s, after)
        named = self.speakers.called_name(norm, after, s_end) if speaker.type == "anonymous" or not speaker.name_key else None
        if named is not None:
            # "وقالت أم أخرى تدعى شاكيلا بيبي:"، "وقال شاهد عيان يدعى أحمد اكاي، إن": the name given
            speaker, sp_span, after = Speaker.person(named[0], speaker.camp), (np_s, named[1]), named[1]
        if (speaker.type == "person" and speaker.name_key and " " not in speaker.name_key
                and speaker.name_key not in self.speakers.people and norm[got[1] : got[1] + 2].lstrip()[:1] in ("،", ",")):
            # "وقالت مديرة تشيلسي، مارينا جرانوفسكايا:": the full name after the comma is the speaker
            named = self.speakers.apposition(norm, got[1], s_end)
            if named is not None and len(named[0].split()) >= 2 and not self.speakers.is_kin_word(named[0].split()[0]):
                # (not "وأوضح محمد، نجل الجنيد،": a relative's description of the name, set off)
                speaker = Speaker.person(named[0], speaker.camp)
                sp_span, after = (np_s, named[1]), named[1]
        if speaker.type == "person" and speaker.name_key and len(speaker.name_key.split()) >= 2:
            aside = _TITLE_ASIDE.match(norm, after, s_end)
            first = aside.group(1).split()[0] if aside is not None else ""
            if (aside is not None and self.speakers.opens_speaker(first) and not CONTENT_MARKER.fullmatch(first)
                    and not _ASIDE_MARKER.search(aside.group(1))):
                after = aside.end()  # "وأعلن لاري بيدج، المدير التنفيذي لـ«غوغل»، هذه التغييرات": his title, set off
        named = self._complement_name(norm, np_s, after, s_end) if speaker.type == "person" and len(speaker.name_key.split()) >= 2 else None
        if named is not None:
            # "المتحدث باسم المكتب الإعلامي لرئيس مجلس الوزراء حيدر العبادي سعد الحديثي": the first name is the
            # title's complement (whose office), the full name right after it speaks
            speaker, sp_span, after = Speaker.person(named[0], speaker.camp), (np_s, named[1]), named[1]
        if (speaker.type == "person" and speaker.name_key and not speaker.id.startswith("role:")
                and speaker.name_key.split()[-1] not in norm[np_s:np_e] and self.speakers.is_title_phrase(norm, np_s, np_e)):
            # "ولفت الخبير الاستراتيجي في شؤون الخليج X": a title resolved to a person named
            # earlier, but a full name follows the title's complement: that name speaks
            named = self.speakers.name_after_title(norm, got[1], np_e, s_end)
            if (named is not None and len(named[0].split()) >= 2 and all(self.speakers.name_word(w) for w in named[0].split())
                    and named[0].split()[-1] != speaker.name_key.split()[-1]):  # (the same person: keep the gazetteer id)
                speaker = Speaker.person(named[0], speaker.camp)
                sp_span, after = (np_s, named[1]), named[1]
        # "المسؤول الإعلامي في الائتلاف ... أحمد كامل": a definite source noun, then a full name
        construct = (re.match(r"[^\s،,]+\s+ال", norm[np_s:np_e]) is not None  # ("مسؤول الاتصالات في الرئاسة X": definite by its complement)
                     and norm[np_s:np_e].split()[0] not in _QUANTIFIERS)  # (not "مئات المتظاهرين ...": a counted group)
        definite_source = speaker.type == "anonymous" and (norm.startswith("ال", np_s) or construct)
        if speaker.id.startswith("role:") or definite_source:
            object_next = verb.cls == "evaluation" and norm[np_e : np_e + 3].lstrip().startswith("ب")
            # (not "أشاد الرئيس بدور X": the verb's object)
            if object_next:
                named = None
            elif definite_source:
                named = self._source_named(norm, np_s, np_e, got[1], s_end)
            else:
                named = self.speakers.name_after_title(norm, got[1], np_e, s_end)
            if named is not None:
                name, name_end = named
                title = speaker.id[5:]
                speaker = Speaker.person(name, speaker.camp)
                memory.titled.append((title, speaker))
                sp_span, after = (np_s, name_end), name_end
            elif speaker.id.startswith("role:"):
                speaker = self.speakers.title_near_name(speaker, memory, np_s)
        if (speaker.type == "institution" and speaker.id.startswith("inst:") and " " not in speaker.id
                and (set_off := _NAME_SET_OFF.match(norm, got[1], s_end)) is not None):
            # "وأوضح النوخذة، عيسى الصويتي، أن": a describing noun the lexicon lacks, then a full name set off by commas
            named = self.speakers.read_name(norm, set_off.start(1), set_off.end(1), skip_titles=False)
            words = named[0].split() if named is not None else []
            if (named is not None and named[1] == set_off.end(1) and len(words) >= 2
                    and self.speakers.is_given_name(words[0]) and all(self.speakers.name_word(w) for w in words)):
                speaker = Speaker.person(named[0], speaker.camp)
                sp_span, after = (np_s, named[1]), set_off.end()
        if norm[np_s - 1 : np_s] == '"' and norm[after : after + 1] == '"':
            after += 1  # 'وشدد "صمغان" على': the name's closing mark is no part of the content
        return speaker, sp_span, after

    def _names_before_plural(self, norm: str, s_start: int, v_start: int, s_end: int, memory: ArticleMemory):
        """The last of two names or more joined by و that open the sentence or clause right before the
        plural verb at ``v_start`` ("عبدالله الشمراني ومحمد الشمراني وسعد الشمراني أكدوا"), with its
        span; None otherwise."""
        named = self._antecedents(norm, s_start, v_start, s_end, memory, plural=True)
        if len(named) < 2:
            return None
        opening = norm[max(s_start, named[0][1][0] - 3) : named[0][1][0]].rstrip()
        return named[-1] if named[0][1][0] == s_start or not opening or opening.endswith(("،", ",", ".")) else None

    def _antecedents(self, norm: str, s_start: int, pronoun: int, s_end: int, memory: ArticleMemory, *, plural: bool = False) -> list:
        """The people named right before the relative pronoun at ``pronoun``, in text order, as
        (speaker, span): "محمد السقاف الذي"؛ after a dual or plural pronoun the names joined by و
        before it too ("فارس العتيبي وعمار المشجري اللذان"). A name counts when it has two words or
        more and opens with a listed given name, or is a person named before (also by the surname)."""
        plural = plural or _PLURAL_RELATIVE.match(norm, pronoun) is not None
        found, end = [], pronoun
        while len(found) < 10:
            named = self._name_ending_at(norm, s_start, end, s_end, memory)
            if named is None and plural and found:
                # "محمد بن مسفر حفيان وبخيت بن شوردي وعبدالله الزهراني أوضحوا": in a list of names before a plural
                # verb, a name whose given name is not listed
                named = self._name_ending_at(norm, s_start, end, s_end, memory, loose=True)
            if named is None:
                break
            found.append(named)
            joint = re.search(r"(?:\s*[،,]\s*|\s+)و$|\s*[،,]\s*$", norm[max(s_start, named[1][0] - 4) : named[1][0]])
            if not plural or joint is None:
                break
            end = named[1][0] - len(joint.group()) + (1 if joint.group().endswith("و") else 0)
        return list(reversed(found)) if not plural or len(found) >= 2 else []

    def _name_ending_at(self, norm: str, s_start: int, end: int, s_end: int, memory: ArticleMemory, *, loose: bool = False):
        """A person's name of two to four words ending right before ``end`` (a comma aside), or the
        surname of a person named in full before: (speaker, span), or None. ``loose``: the given name
        need not be listed when every word is a plain name word (in a list joined by و)."""
        stop = len(norm[s_start:end].rstrip(' ،,"')) + s_start  # (a name may be quoted: 'المتابع "فايز البلوي" الذي')
        tokens = list(TOKEN.finditer(norm, max(s_start, stop - 60), stop))[-4:]
        for k in range(max(0, len(tokens) - 4), len(tokens) - 1):
            start = tokens[k].start()
            if tokens[k].group()[:1] == "و" and (self.speakers.is_given_name(tokens[k].group()[1:]) or (
                    loose and not self.speakers.is_given_name(tokens[k].group()) and self.speakers.plain_name(tokens[k].group()[1:]))):
                start += 1  # "وعبدالرحمن المباركي": و joins it to the name before
            elif k > 0 and not norm[tokens[k - 1].end() : start].strip() and self.speakers.is_given_name(tokens[k - 1].group()):
                continue  # (a given name right before: the name starts there)
            named = self.speakers.read_name(norm, start, stop, skip_titles=False, max_words=4)
            if named is None or named[1] != stop or len(named[0].split()) < 2:
                continue
            words = named[0].split()
            known = memory.named.get(words[-1])
            if not (self.speakers.is_given_name(words[0]) or (known is not None and known.name_key.split()[-len(words) :] == words)
                    or (loose and not _DEF.match(words[0]) and all(w in NAME_LINKS or self.speakers.plain_name(w) for w in words)
                        and not any(w[:1] == "و" and not self.speakers.is_given_name(w) for w in words[1:]))):
                continue  # (not "هذا ما أضافه تشونج الذي": a verb before a surname named before)
            got = self.speakers.from_phrase(norm, start, stop, self.speakers.context(norm, start, stop, s_end), memory)
            if got is not None and got[0].type == "person" and got[0].name_key:
                return got[0], (start, stop)
        known = memory.named.get(tokens[-1].group()) if tokens else None
        if known is not None and known.type == "person" and len(known.name_key.split()) >= 2 and known.name_key.split()[-1] == tokens[-1].group():
            return known, (tokens[-1].start(), stop)  # "هذا ما أضافه تشونج الذي تابع": the surname of a person named in full before
        return None

    def _relative_clause_subject(self, norm: str, v_end: int, s_end: int) -> tuple[int, int] | None:
        """The subject phrase of a verb right after a relative pronoun, when one follows it: a
        titled or known one ("فولفسبورغ الذي أعرب مدربه ديتر هاكينغ عن"، "الوضع الذي قالت عنه
        ميركل إنه"); an empty span when the antecedent itself speaks ("X الذي قال"); None after
        عنه / عنها with no subject ("الخطوة التي أعلن عنها": the antecedent is what was said)."""
        about = re.match(r"\s*(?:عن|ب)(?:ه|ها)(?!\w)", norm[v_end : v_end + 6])  # (or "الذي أشاد به كثيرون")
        if about is not None:
            np_s, np_e = self.speakers.phrase_span(norm, v_end + about.end(), s_end)
            lead = TOKEN.search(norm, np_s, np_e) if np_e > np_s else None
            return (np_s, np_e) if lead is not None and self.speakers.opens_speaker(lead.group()) else None
        lead = TOKEN.match(norm, v_end + 1)
        if lead is not None and (self.speakers.opens_speaker(lead.group()) or (
                lead.group().endswith("ه") and self.speakers.opens_speaker(lead.group()[:-1]))):  # (مدربه: his coach)
            return self.speakers.phrase_span(norm, v_end, s_end)
        return v_end, v_end

    def _titled_guest(self, norm: str, after: int, s_end: int) -> bool:
        """Whether a welcome's object right after ``after`` is a titled person ("رحب ... بمحافظ المؤسسة")."""
        guest = TOKEN.search(norm, after, s_end)
        return (guest is not None and not norm[after : guest.start()].strip() and guest.group().startswith("ب")
                and self.speakers.is_title_phrase(guest.group()[1:], 0, len(guest.group()) - 1))

    def _whoever(self, norm: str, pos: int) -> bool:
        """Whether the words at ``pos``, after "كل من", open a relative clause ("كل من شارك في مواقع
        التواصل"، "كل من يرغب في"), not a list of names: a word no speaker or given name opens, then a
        preposition (or a reporting verb's form)."""
        words = norm[pos : pos + 40].split()[:2]
        if not words or self.speakers.opens_person(words[0]) or _DEF.match(words[0]):
            return False
        return words[0] in self.verbs.written or (len(words) == 2 and words[1] in ("في", "من", "علي", "الي", "عن", "مع"))

    def _strict_reading(self, norm: str, verb: Verb, speaker: Speaker | None, sp_span: tuple[int, int],
                        v_end: int, after: int, marker: re.Match | None, memory: ArticleMemory) -> bool:
        """A verb spelled like a common word (بيّن / بين، عبّر / عبر، ثمّن / ثمن) is a verb only
        with its speaker right after it, opened by a title or a known name, and with its content
        marker near: أن (عن for عبّر) right after a title or institution, within six words after
        a name ("وبين سعد الكثيري رئيس قسم شؤون المعلمين أن") or a surname named before ("وبيّن
        القحطاني، أنه"); ثمّن, which takes an object, needs a name."""
        v_start = v_end - len(norm[max(0, v_end - 30) : v_end].split()[-1])  # (after a space or a line break)
        if norm.startswith("وبين", v_start) and _BETWEEN_BEFORE.search(norm, max(0, v_start - 40), v_start):
            return False  # "الفرق بينه وبين X أنه": the second term of "between", no verb
        in_it = sp_span[0] < v_end and IN_IT.match(norm, v_end) is not None  # ("ألقت X كلمة عبرت فيها عن": the speech's speaker)
        relative = _RELATIVE_RIGHT_BEFORE.search(norm, max(0, v_start - 30), v_start)
        if (relative is not None and speaker is not None and speaker.type == "person" and speaker.name_key and marker is not None
                and sp_span[1] <= relative.start() and not norm[sp_span[1] : relative.start()].strip(" ،,")
                and _STRICT_MARKER.fullmatch(marker.group()) and not norm[v_end : marker.start()].strip()):
            return True  # "الدكتورة X التي بدورها عبرت عن سعادتها": a named person's relative clause, عن right after
        if (speaker is None and marker is not None and marker.group() == ":" and not norm[v_end : marker.start()].strip()
                and norm[max(0, v_start - 3) : v_start].rstrip()[-1:] in ("", ".", "،", ",", "؛")):
            return True  # 'وبيّن: "..."': a colon right after it, opening its sentence, is no "between"; the speaker before goes on
        if (speaker is not None and speaker.type == "person" and speaker.name_key and sp_span[1] <= v_start and not in_it
                and norm[v_start] == "و" and marker is not None and marker.group() in ("عن", "علي") and not norm[v_end : marker.start()].strip()):
            return True  # "والتقى X بالعاملين ... وأثنى على جهودهم"، "واستقبل X الوفد وعبر عن سعادته": joined by و to the clause of
            # the named person it opened with, its preposition right after it (not أن: "واعتقد أنه" may be the writer's "I")
        if speaker is None or (sp_span[0] < v_end and not in_it) or speaker.type not in ("person", "institution"):
            return False
        first = TOKEN.search(norm, sp_span[0], sp_span[1])
        known = speaker.type == "person" and first is not None and (memory.named.get(first.group()) is not None or (
            bool(speaker.name_key) and any(k.id == speaker.id for k in memory.named.values())))  # ("وعبر ملك المغرب عن": named before)
        named = speaker.type == "person" and bool(speaker.name_key)
        full_then_that = (named and len(speaker.name_key.split()) == 2 and marker is not None and THAT.fullmatch(marker.group()) is not None
                          and not norm[after : marker.start()].strip() and self.speakers.plain_name(speaker.name_key.split()[0]))
        # ("وبيّن فياض الحربي أنّ": a full name, its given name unlisted, and أن right after it)
        named_before = (named and first is not None and " " not in speaker.name_key and marker is not None
                        and (marker.group() == "عن" or THAT.fullmatch(marker.group()) is not None)
                        and not norm[after : marker.start()].strip() and bool(_words_before_mentions(first.group(), norm, v_start, 1)))
        # ("وعبر زيكو عن سعادته" after "الأسطورة زيكو"، "وبيّن الرويلي أن" after "الأستاذ حسين الرويلي": one name written
        # earlier, عن or أن right after it)
        saying = named and _SAYING_NEXT.match(norm, after) is not None  # ('وبين نبيل «عم أفراح» قائلًا: «...»')
        members = named and self.speakers.opens_group(norm, *sp_span)  # ("وعبر أبناء الفقيد عبدالرحمن ومساعد ومحمد عن")
        if first is None or not (in_it or known or full_then_that or named_before or saying or members or self.speakers.opens_speaker(first.group())
                                  or (named and self.speakers.is_kin_word(first.group()))):  # ("وعبر والد الشهيد X عن")
            return False
        if saying:
            return True
        if marker is None or verb.cls == "evaluation":
            return named and verb.cls == "evaluation"  # (praise takes an object: "أثنى فيها على البرنامج")
        gap = _TOLD_QUOTED.sub(" ", norm[after : marker.start()])  # (an outlet told, in marks: 'وبين X لـ"الوطن" أن')
        if not _STRICT_MARKER.fullmatch(marker.group()) or _CLAUSE_BREAK_IN.search(gap.strip(" ،,")):
            return False
        if (named and len(speaker.name_key.split()) >= 2 and gap.rstrip().endswith(("،", ","))
                and self.speakers.is_title_phrase(norm, after, marker.start())):
            return len(gap.split()) <= 14  # "وبين الدكتور X مدير إدارة ... في منطقة مكة المكرمة، أن": a title set off by a comma
        return len(gap.split()) <= (6 if named else 0)

    def _participle_aside(self, norm: str, v: VerbMatch, quote_at: int | None) -> bool:
        """A named speaker's adverbial participle ("مشيرا إلى أن ...") with, when ``quote_at`` is given,
        content of its own before the quotation there."""
        form = v.group()
        if v.group("clitic") or not self.verbs.by_form[form].participle or not form.endswith("ا") or self.speakers.is_adjunct(form):
            return False
        if quote_at is None:
            return True
        own = THAT.search(norm, v.end(), min(quote_at, v.end() + 12))
        before = norm[max(0, quote_at - 30) : quote_at].split()
        return (own is not None and len(norm[own.end() : quote_at].split()) >= 3 and bool(before)
                and before[-1] not in _NOT_CONSTRUCT and not THAT.fullmatch(before[-1]))
        # (not "موضحا أن ما يجري الآن هو «...»": the quotation completes the participle's own clause)

    def _construct_object(self, norm: str, word: re.Match | None, skip: int = 0) -> re.Match | None:
        """The word after ``word`` when ``word`` (after ``skip`` letters, a و) is a plural object in
        construct with it ("سائقي السيارات"، "ومستخدمي الطريق"), else None."""
        nxt = TOKEN.match(norm, word.end() + 1) if word is not None else None
        return nxt if nxt is not None and self.speakers.construct_object(word.group()[skip:], nxt.group()) else None

    def _marker(self, norm: str, after: int, s_end: int, verb_cls: str, quotes=(), *, far: bool = False,
                topic: bool = False, told: bool = False) -> re.Match | None:
        """The content marker after the speaker phrase (إن / أن / : / a quotation / إلى أن ...).

        ``far``: the speaker is named, so a longer aside may come first ("قال X حول ما يشاع
        عن ... إن"). ``topic``: the verb's عن names what was spoken about (قال، كتب), not what
        was expressed (أعرب عن). ``told``: the verb names whom it informed first ("أبلغ X الإدارة عن").
        """
        max_gap = 30 if far else 14
        told_until = -1  # the end of an outlet's name in quotation marks ("«سي إن إن» الإخبارية أن")
        for m in CONTENT_MARKER.finditer(norm, after, min(s_end, after + (360 if far else 200))):
            if m.start() < told_until or (THAT.fullmatch(m.group()) and _CONJUNCTION_BEFORE.search(norm, max(0, m.start() - 8), m.start())):
                continue  # ("وقال X بعد أن انتهى الاجتماع إن": بعد أن is "after", its clause is no content)
            gap = norm[after : m.start()]
            if ".." in _IN_MARKS.sub(" ", gap):
                return None  # an ellipsis ends the clause: "صرح مجد.. وهدية": no content follows the speaker
                # (but not one inside a name in marks: 'مدير مبادرة «عسير.. وجهة سياحية»:')
            between = [  # reporting verbs between the speaker and the marker (a reporting noun, في بيان، قائلاً, or بين, does not count)
                v for v in self.verbs.find(norm, after, m.start())
                if self.verbs.by_form[v.group()].cls != "noun" and not self.verbs.by_form[v.group()].strict
                and not (v.group() in _SAYING_PARTICIPLES and not v.group("clitic")) and v.group() not in self.verbs.by_saying
                and not (v.group() in _SAYING_PRESENT and not v.group("clitic") and (not norm[after : v.start()].strip() or (
                    far and _ADJUNCT_GAP.search(norm, after, v.start()) and not norm[v.end() : m.start()].strip()
                    and len(norm[after : v.start()].split()) <= 10 and not _PUNCT_BREAK.search(norm, after, v.start()))))
                # ("كتب X في تغريدة له على تويتر يقول:": the present of saying, after an adjunct, introduces the content)
                and not (self.verbs.by_form[v.group()].participle and not v.group("clitic") and not norm[after : v.start()].strip(" ،,")
                         and norm[v.end() : m.start()].strip() in ("،", ","))  # ("وقال X معقبا، إن": the manner of saying, set off)
                and (norm[after : v.start()].split() or [""])[-1] not in ("لم", "لا", "وهو", "وهي")
                and not _NOT_DOING.search(norm, max(after, v.start() - 8), v.start())
                and not (self.verbs.by_form[v.group()].participle and not v.group("clitic")
                         and (norm[after : v.start()].split() or [""])[-1] in _PREPS_BEFORE_NOUN)
                # ("ردا على سؤال «عكاظ» حول مطالبة البعض ...:": after a preposition the form is a noun, not a participle)
                and not _AS_SAID_BEFORE.search(norm, max(0, v.start() - 12), v.start())  # ("وأضاف X، بحسب ما أورد الموقع، بقوله:")
                and not (not v.group("clitic") and IN_IT.match(norm, v.end()) and _STATEMENT_NOUN_BEFORE.search(norm, max(0, v.start() - 16), v.start()))
                # ("وقال X في بيان أعلن فيه التغييرات «...»": the statement described, its verb no new speaker's)
                # ("متحدث لم تذكر اسمه"، "فضل عدم ذكر اسمه"، "وقال X ...، وهو يشير لـ Y «...»": asides)
            ]
            word = m.group()
            if between:
                quote_at = m.start() if word == '"' else None
                if not (far and verb_cls == "neutral" and all(self._participle_aside(norm, v, quote_at) for v in between)):
                    return None  # another reporting verb intervenes
                if quote_at is None:
                    continue  # "وقال X في بيان مشيرا إلى أن ... "...": the participle's clause, then the verb's quotation
            if word == ":" and norm.startswith("//", m.end()):
                continue  # a web address (http://...), not a colon opening the content
            if word == '"':
                span = next(((a, b) for a, b in quotes if a == m.start()), None)
                quoted = norm[span[0] + 1 : span[1] - 1].split() if span is not None else []
                if len(quoted) < 3 or _is_code(quoted):
                    continue  # (nor a quoted number or code, «5 + 1»)
                if len(quoted) <= 4 and norm[span[1] : span[1] + 3].lstrip().startswith(":"):
                    told_until = span[1]
                    continue  # 'عن العقد مع "بي إن سبورتس": "..."': a name before the colon that opens the content
                if any(a.start <= span[0] + 2 and a.end >= span[1] - 2 for a in self.speakers.agencies.mentions(norm, span[0], span[1])):
                    told_until = span[1]
                    continue  # "لوكالة أنباء "إيه جي آي" إن": the outlet told, in quotation marks
                if verb_cls in ("neutral", "interpretive") and (_quoted_name(norm, span[0], span[1], self.speakers.naming_nouns)
                                                                or self.speakers.names_institution(" ".join(quoted))):
                    continue  # "وشرح ... الآيات من تفسير كتاب «تيسير الكريم الرحمن»": a title in the marks, not what was said
                    # (or a listed institution's name: 'رئيس وحدة ... في "جيه بي مورجان" في أوروبا "إنها ..."')
                    # (a verb that needs its content marked; "أكد X حرص شركة «...» على" takes an object, read as before)
                if len(gap.split()) > (20 if far else 12):
                    return None
                return m
            if word == "عن" and _ON_BEHALF_OF.search(norm, max(0, m.start() - 12), m.start()):
                continue  # "في كلمته بالنيابة عن أولياء الأمور "..."": on behalf of, not what he spoke about
            if word == "علي" and MANNER_PHRASE.match(norm, m.start()):
                continue  # "وأشار على وجه الخصوص إلى": the manner, then the preposition that opens the content
            if _PREP_MARKER.fullmatch(word):
                # أشار إلى، شدد على، حذر من: content after a preposition right after the speaker (and
                # the comma closing an apposition: "عبر ...، الدكتور X، عن");
                # for neutral verbs only عن (أعرب عن، كشف عن)
                aside = BRACKETED_ASIDE.match(gap, len(gap) - len(gap.lstrip()))  # (nor an aside in brackets right after the name:
                # "أعرب X (متسوق)، عن سعادته")
                gap_words = MANNER_PHRASE.sub(" ", gap[aside.end() :] if aside else gap).strip(" ،,").split()
                # (the manner is no gap: "وشدد بشكل خاص على")
                titled = (far and 0 < len(gap_words) <= 12 and (word == "عن" or (word == "من" and verb_cls == "warning"))
                          and not re.search(r"[،,]", gap.strip(" ،,"))
                          and (self.speakers.is_title_phrase(norm, after, m.start()) or self.speakers.is_kin_word(gap_words[0]))
                          and not (topic and _THAT_OR_SAID.search(norm, m.end(), min(s_end, m.end() + 200))))
                # (a named speaker's title or kin after the name: "وأعرب X وزير الخارجية الألماني في تصريح عن"، "أعرب X
                # والد الشهيد، عن"، "حذر X
                # عضو المجلس، من": عن and a warning's من only, which a title seldom holds (على / إلى often do); but not
                # "وقال X قائد الجناح عن الحملة "...": what he spoke about, his words quoted after it)
                addressee = ((told and word == "عن") or (verb_cls == "directive" and word in ("الي", "علي"))) and 1 <= len(gap_words) <= (
                    4 if told else 2) and not re.search(r"[،,]", gap.strip(" ،,"))
                # ("أبلغ الرئيس X الإدارة الأميركية عن حاجته": the party informed, then what about; "داعيا العالم إلى العمل":
                # the party called on, then to what)
                if (gap_words and not _IN_HIS_NAME.fullmatch(gap) and not titled and not addressee) or (verb_cls in ("neutral", "noun") and word != "عن"):
                    continue  # ("وأعرب الملك باسمه واسم شعب المملكة عن": an aside before عن)
                colon = _TOPIC_THEN_COLON.match(norm[m.end() : m.end() + 81]) if word == "عن" else None
                if colon is not None and not any(True for _ in self.verbs.find(norm, m.end(), m.end() + colon.end())):
                    continue  # "قال عن عروض السيرك: ..."، 'عن العقد مع "بي إن": "..."': the colon opens the content
                    # (but not another verb's colon: "أعرب X عن سعادته ... وقال:": عن opened what he expressed)
                about = re.match(r'[^:"،,.]{0,60}(?=")', norm[m.end() : m.end() + 61]) if word == "عن" and topic else None
                if (about is not None and len(about.group().split()) <= 2 and not _BY_SAYING.match(norm, m.end())
                        and any(a == m.end() + about.end() and len(norm[a + 1 : b - 1].split()) >= 3 for a, b in quotes)):
                    continue  # 'وقالت X عن زميلها "..."': what she spoke about, her words quoted after it
                return m
            if len(gap.split()) > max_gap:
                return None
            return m
        return None


_THE_LATE = re.compile(r"(?<!\w)رحم(?:ه|ها)?\s+الله(?!\w)[^.!?؟:\"]*$")  # "رحم الله X الذي"، "X رحمه الله الذي"


_FATHATAN = TANWEEN[:1]


_FA_HAMZA = re.compile(r"ف[أإآ]")  # the conjunction ف before a word opening with a hamza on alef


def _raw_marked(raw: str, normalized: NormalizedText, span: tuple[int, int], marks: str) -> bool:
    """Whether the raw text behind the normalised ``span`` carries one of the diacritics ``marks``."""
    a, b = normalized.raw_span(*span)
    return any(c in raw[a:b] for c in marks)


def _feminine_name(speaker: Speaker | None) -> bool:
    """Whether a person's given name may have a feminine ending (ة، ا، ى, which normalisation spells ي:
    نادية، ريما، منى), for a verb in the feminine."""
    return speaker is not None and speaker.type == "person" and speaker.name_key.split()[:1] != [] and speaker.name_key.split()[0].endswith(("ه", "ا", "ي"))


def _one_id_per_person(statements: list[Statement], name_word, gazetteer_name=lambda pid: "", plain_name=lambda w: True) -> list[Statement]:
    """One id for one person within an article: a name the article also gave in full
    ("المقدشي" and later "محمد المقدشي", "نعمت زاده" and "محمد رضا نعمت زاده") takes the
    longest full name's id (``name_word`` tells the words a name may have); so does a name of
    two words that begins one full name only ("الأمير عبد العزيز" after "عبد العزيز بن تركي بن
    طلال"، "محمود اميري" and "محمود اميري مقدم"), and a surname of a gazetteer person the article quotes ("الرئيس هادي" and
    ``hadi``, عبد ربه منصور هادي; ``gazetteer_name``: person id -> normalised name;
    ``plain_name``: whether the third word of such a full name may be a name, not "ارتكاب")."""
    people = [s for s in statements if s.speaker_type == "person" and not s.speaker_id.startswith("role:")]
    listed = {gazetteer_name(s.speaker_id): s for s in people if s.speaker_id[:1] in "abcdefghijklmnopqrstuvwxyz"}
    listed.pop("", None)
    names = sorted({s.speaker_id for s in people if s.speaker_id[:1] not in "abcdefghijklmnopqrstuvwxyz"},
                   key=lambda n: (-len(n.split()), n))
    fuller: dict[str, tuple[str, str | None]] = {}  # name -> (the full id, its camp when it is a gazetteer person's)
    for short in names:
        for full in names:  # the longest name first
            extra = full.split()[: len(full.split()) - len(short.split())]
            if len(full.split()) > len(short.split()) and full.endswith(" " + short) and all(name_word(w) for w in extra):
                fuller[short] = (full, None)  # "نعمت زاده" in "محمد رضا نعمت زاده"
                break
        ending = [s for full, s in listed.items() if full == short or full.endswith(" " + short)]  # (or the listed name itself)
        if short not in fuller and len(ending) == 1:
            fuller[short] = (ending[0].speaker_id, ending[0].camp)
        variant = [s for full, s in listed.items() if _spelled_alike(full, short)]
        if short not in fuller and len(variant) == 1:
            fuller[short] = (variant[0].speaker_id, variant[0].camp)  # "سرجي لافروف" for سيرغي لافروف
        starting = [full for full in names if len(full.split()) >= 3 and full.startswith(short + " ")]
        linked = [full for full in starting if full.split()[len(short.split())] in NAME_LINKS]  # "عبد العزيز بن ..."
        if short not in fuller and len(short.split()) == 2 and len(linked) == 1:
            fuller[short] = (linked[0], None)
        clan = [full for full in starting if full.split()[len(short.split())] == "ال" and len(full.split()) == len(short.split()) + 2]
        if short not in fuller and " بن " in short and len(clan) == 1:
            fuller[short] = (clan[0], None)  # "عبد العزيز بن عبد الله" where the article also wrote "... آل الشيخ": the clan after the nasab
        if (short not in fuller and len(short.split()) == 2 and len(starting) == 1 and len(starting[0].split()) == 3
                and name_word(starting[0].split()[-1]) and plain_name(starting[0].split()[-1])):  # (not "ديل نيرو ارتكاب")
            fuller[short] = (starting[0], None)  # "محمود اميري" where the article also wrote "محمود اميري مقدم"
    if not fuller:
        return statements
    out = []
    for s in statements:
        full = fuller.get(s.speaker_id) if s.speaker_type == "person" else None
        if full is not None:
            s = replace(s, speaker_id=full[0], camp=s.camp if full[1] is None else full[1])
        out.append(s)
    return out


def _name_words_only(norm: str, named: tuple[str, int], name_word) -> tuple[str, int] | None:
    """The name read forwards cut before its first word that is no name word ("أحمد أبو زيد
    تضامن" -> أحمد أبو زيد), if two words or more remain; else None."""
    words = named[0].split()
    k = next(i for i, w in enumerate(words) if not name_word(w))
    if k < 2:
        return None
    start = named[1] - len(named[0])
    end = start
    for w in words[:k]:
        end = norm.index(w, end) + len(w)
    return " ".join(words[:k]), end


def _spelled_alike(full: str, other: str) -> bool:
    """Two spellings of one two-word name: the same surname and a given name that differs by at
    most two letters, starting alike ("سيرغي لافروف" / "سرجي لافروف"; not "بيل كلينتون")."""
    a, b = full.split(), other.split()
    if len(a) != 2 or len(b) != 2 or a[1] != b[1] or a[0] == b[0] or a[0][0] != b[0][0]:
        return False
    x, y = a[0], b[0]
    row = list(range(len(y) + 1))  # edit distance, one row at a time
    for i, cx in enumerate(x, 1):
        prev, row[0] = row[0], i
        for j, cy in enumerate(y, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (cx != cy))
    return row[-1] <= 2


def _name_words(words: list[str], name_word) -> bool:
    """Whether ``words`` read as a name: every word a name word, or all but one of three or more
    ("زهير حسين غنيم"; not "وجود قيادات", the verb's object)."""
    return sum(not name_word(w) for w in words) <= (1 if len(words) >= 3 else 0)


def _quote_end(start: int, quotes: list[tuple[int, int]]) -> int:
    """End of the quotation that opens at ``start``."""
    return next(b for a, b in quotes if a == start)


def _quote_before(norm: str, pos: int, quotes: list[tuple[int, int]], *, after_stop: bool = True) -> int | None:
    """Start of a quotation of three words or more that ends right before ``pos`` (a comma
    between): '"نحن سعداء ..."، قال X'. With ``after_stop``, a full stop may come between:
    '«...». يقول X' (but '«...». وأكد X عدم ...' begins a statement of its own)."""
    i = bisect.bisect_left(quotes, (pos,)) - 1
    if i < 0:
        return None
    a, b = quotes[i]
    if b > pos or not re.fullmatch(r"[\s،,.]*" if after_stop else r"[\s،,]*", norm[b:pos]) or len(norm[a + 1 : b - 1].split()) < 3:
        return None
    return a


_PREPOSITIONS = {"عن", "في", "من", "الي", "حول", "مع", "لدي", "منذ", "حتي", "دون", "ضد", "عبر", "نحو"}
# words that cannot be the indefinite first complement of a quoted name («مبادرة رسل السلام»)
_NOT_CONSTRUCT = _PREPOSITIONS | {"لا", "لن", "لم", "ما", "هي", "هو", "هم", "قد", "كل", "علي", "بين", "او", "ثم"}
_CLAUSE_WORDS = {"لا", "لن", "لم", "قد", "هو", "هي", "هم", "ان", "انه", "انها", "كان", "كانت", "ليس", "سوف", "الذي", "التي", "يجب", "نحن"}
# (a particle, pronoun or auxiliary makes a quotation a clause, someone's words, not a name)
_CALLED_FOR = {"الي", "علي", "عن", "حول", "ضد", "نحو"}  # "دعا إلى «...»": what is called for, a quotation (but "في «معرض ...»")


_CONSTRUCT_HEADS = frozenset({"اول", "كاول", "لاول", "باول", "كل", "لكل", "بكل", "اي", "لاي", "باي"})  # (not آخر: "على جانب آخر أكد")


def _noun_position(norm: str, pos: int) -> bool:
    """A word right after بن / أبو / آل / عبد is part of a name ("صالح آل طالب"), a word right
    after a number is a counted noun ("1300 طالب"), and a word right after a preposition is its
    object ("يعبر عن رأي"), and a word after a noun that takes one ("كأول طالب أجنبي"، "كل طالب"): not a verb."""
    before = norm[max(0, pos - 8) : pos].split()
    return bool(before) and norm[pos - 1 : pos].isspace() and (
        before[-1] in NAME_LINKS or before[-1] == "ال" or (before[-1].isdigit() and not _YEAR_BEFORE.search(norm, max(0, pos - 20), pos))
        or before[-1] in _PREPOSITIONS
        or before[-1] in _CONSTRUCT_HEADS)



_THEREFORE = frozenset({"لذلك", "ولذلك", "فلذلك", "لذا", "ولذا", "لهذا", "ولهذا"})  # "لذلك يقول X:": a clause opens after them


def _clause_start(norm: str, s_start: int, v_start: int, *, strict: bool = False) -> bool:
    """Whether a verb at ``v_start`` opens a clause (and, ``strict``, not merely after a quotation
    mark: 'قمة "كامب ديفيد" بين الرئيس' is the preposition بين after a quoted name)."""
    before = norm[max(s_start, v_start - 20) : v_start].rstrip()
    if before.endswith('"') and not strict and _TITLED_QUOTE.search(norm, s_start, norm.rfind('"', s_start, v_start)) is not None:
        return False  # 'فصل بعنوان "..." يصف': a title in the marks, and the clause goes on after it
    if v_start - s_start <= 1 or not before or before.endswith(("،", ",", ":") if strict else ("،", ",", ":", '"')):
        return True
    last = before.split()[-1] if before.split() else ""
    if norm[v_start - 1] == "." and len(last) >= 4 and last[-2].isalpha():
        return True  # "والإرهاب.يذكر الكاتب X": a full stop written with no space after it (not "د." or "أ.ف.ب.")
    return (last in ("فيما", "بينما", "كما", "حيث", "اذ", "وقد", "قد", "ولكن", "لكن", "فيه") or last in _THEREFORE or last.lstrip("وف").removeprefix("ب").startswith("المقابل")  # (وبالمقابل)
            or _WHEREAS.search(before) is not None  # "في حين يحذر X من": whereas
            or _SIDE_END.search(before) is not None  # "ومن جانبه بين ..."، "بدوره عبر ..."
            or _OPENING_TIME.fullmatch(norm, s_start, v_start) is not None  # "وفي الختام عبر X عن"
            or _OPENING_TOPIC.fullmatch(norm, s_start, v_start) is not None)  # "وعن حديقة المطار يقول X:"


_IN_SPEECH = re.compile(r"\s+فيها(?!\w)")  # "كلمة رحب فيها": in the speech
_TOPIC_THEN_FA = re.compile(r"(?:^|(?<=[.،,\n]))\s*" + AMMA + r"[^،,.:\n]{2,90}?\s*$")  # "أما X" before its verb with ف
_TOPIC_OPENING = re.compile(r"\s*" + AMMA + r"[^،,.:\n]{2,90}?\s*")  # a sentence opened by "أما X", up to its verb


def _opened_by_topic(norm: str, s_start: int, v_start: int) -> bool:
    """Whether "أما X" stands right before the verb at ``v_start``: the sentence opens with it, or a clause does."""
    return bool(_TOPIC_THEN_FA.search(norm, max(s_start, v_start - 100), v_start) or _TOPIC_OPENING.fullmatch(norm, s_start, v_start))


_TOPIC_BEFORE = re.compile(r"(?<!\w)" + AMMA + "$")
_TOPIC_CLAUSE = re.compile(r"[،,]\s*" + AMMA + r"[^،,.:\"]{2,70}?\s+(?:فقد\s+)?$")  # "...، أما X فقد طالب": a clause of its own
_WHEREAS = re.compile(r"(?<!\w)و?في\s+حين$")
_TITLED_QUOTE = re.compile(r'(?<!\w)[وف]?ب?عنوان\s*"[^"]*$')  # (the quotation a title opens: بعنوان «...»، تحت عنوان «...»)
_CREDIT_TAIL = re.compile(r"\s*[،,]?\s*[وف]?(?:بحسب|حسب|وفق|وفقا|طبقا)\s*ل?\s*(?:وكاله|صحيفه|قناه|موقع)?[^.،,:\"]{1,40}[.]?\s*")
_BRACKETED_WORDS = re.compile(r"\s*\((?=\s*[^\s()]+(?:\s+[^\s()]+){5})")  # "قال X (..." with six words or more inside: what he said
_OPENING_TIME = re.compile(r"\s*[وف]?في\s+(?:ال)?(?:ختام|نهايه|بدايه|مستهل)(?:\s+[^\s،,.:\"]+){0,3}\s*[،,]?\s*")  # the sentence's time
_SAYING_NEXT = re.compile(r'\s*(?:"[^"\n]{1,30}"\s*)?[،,]?\s*قايل(?:ا|ه)?\s*[:"]')  # after the speaker: (an alias,) "قائلا:"
_OPENING_TOPIC = re.compile(r"\s*[وف]?(?:عن|حول)\s+(?:[^\s،,.:\"]+\s+){0,3}[^\s،,.:\"]+\s*[،,]?\s*")  # the sentence's topic: "وعن X"
_ADJUNCT_GAP = re.compile(r"(?<!\w)(?:في|عبر|خلال|علي)\s")  # "في تغريدة له على تويتر"، "على موقع «تويتر»" between the speaker and يقول
_PUNCT_BREAK = re.compile(r"[،,.;؛:]")  # (a quotation mark may enclose a name: «تويتر»)
_CLAUSE_BREAK_IN = re.compile(r"[،,.;؛:\"]")
_TITLE_ASIDE = re.compile(r"\s*[،,]\s*([^،,:.]{2,100}?)\s*[،,]")  # "X، المدير التنفيذي لـ«غوغل»،"
_ASIDE_MARKER = THAT  # "X، رئيس اللجنة إن ...،": the content, not an aside
_CHARGE = re.compile(r"\s*ب(?!ان(?:ه|ها|هم)?(?!\w))\w{2,}")  # "اتهم X بشن"، "بالتورط": the charge (not بأن: the content)
_PRAISE_OBJECT = re.compile(r"\s*ب(?:ال)?\w{2,}")  # "ترحيب الوزيرة X بالقرار": what is praised or blamed
_NOUN_MARKER = re.compile(r"(?:(?:الي|علي|من)\s+)?ب?ان\w{0,2}")  # أن / بأن / على أن ...: what a verbal noun reports
_ALSO_BEFORE = re.compile(r"[،,]\s*كما\s+$")
_MARKER_IN_CLAUSE = re.compile(r"[^،,.:\"]*?(?:(?<!\w)(?:ب)?ان(?:ه|ها|هم)?(?!\w)|:|\")")  # a content marker before the clause ends
_BETWEEN_BEFORE = re.compile(r"(?<!\w)بين(?:ه|ها|هم|هما|نا|ي|ك)?[ \t]+(?:[^\s.!?؟،,:]+[ \t]+){0,3}$")  # "بينه وبين"، "بين الطرفين وبين"
_PIOUS = re.compile(r"(?<!\w)(?:" + _PRAYER_OPENING + r"|رحم\w*\s+الله|الله\s+ي\w+|انا\s+لله|الي\s+(?:رحمه|جنات|جنه)|ربنا\s+ي\w+|"
                    r"و?يرحم\w*|و?يغفر\w*|و?اغفر|و?الهم|السلوان|(?:بال|ال)?تعاز\w*|اعزي|البقاء\s+لله)(?!\w)")  # a prayer (its opening
# anywhere, or رحمها الله ...) or a condolence in a clause
_CLAUSES = re.compile(r"[،,.!؟?\n]+")
_SPEAKER_LINE = re.compile(r'\s*"?\s*([^\s:"،,.()\-–]+(?:\s+[^\s:"،,.()\-–]+){1,3})\s*:\s*')  # "Name: words", a paragraph's opening
_RELATIVE_RIGHT_BEFORE = re.compile(r"(?<!\w)(?:الذي|التي)\s+(?:بدور(?:ه|ها)\s+)?(?:قد\s+)?$")  # a relative pronoun right before a verb
_PRONOUN_SUBJECT = re.compile(r"(?<!\w)[وف]?(?:هو|هي|هم|هما)\s+(?:قد\s+)?$")  # a subject pronoun right before a verb
_STRICT_MARKER = re.compile(r"(?:(?:الي|علي)\s+)?ب?ان\w{0,2}|عن|" + AL_QAWL)  # أن / بأن / على أن ... or عن (or إلى
# القول): the markers a strict verb takes
_STRICT_MARKER_NEXT = re.compile(r"\s{0,2}(?:" + _STRICT_MARKER.pattern + r")(?!\w)")  # one right after a verb, a whole word (not عنه)
_NEW_SIDE = re.compile(r"(?<!\w)" + SIDE_PHRASE + r"\s*[،,]?\s*$")  # "، من جهته، نفى X" (or with no stop before it:
# "... الزيارات الشبابية من جانبه قال X أن")
# a clause of its own inside another's content: "...، فيما عبر X"، "...، حيث أكد X" (not كما: "as X wrote")
_WHILE = r"(?:فيما|بينما|في حين)"
_QUOTED_BODY = re.compile(r'\s*"(ال[^"\s]+(?:\s+[^"\s]+){1,5})"(?=\s*(?:نقلا\s+عن|[وفب]?ان(?:ه|ها)?(?!\w)|في\s+بيان|[،,:]))')
_WHEN_WORDS = r"بعد\s+ان|بعدما|عندما|حينما|حين"  # after, when: a time clause opens
_WHEN_CLAUSE = re.compile(r"\s*[،,]?\s*(?:" + _WHEN_WORDS + r"|بينما|قبلما|قبل\s+ان|لما)(?!\w)")  # a time clause
_DESCRIBED_AS = re.compile(r"\s*(?:[^\s،,.:\"]+\s+)?ال[^\s،,.:\"]+\s+(?:[^\s،,.:\"]+\s+){0,5}?ب(?:\s*\")?(?:ال)?[^\s،,.:\"]{3,}")
# "وصف X الإنجاز بالتاريخي"، 'وصف X قرار اليويفا بـ "الظالم"': the object (a noun and its definite complement too), then what it is described as
_PREP_BEFORE = re.compile(r"(?<!\w)(?:من|علي|الي|عن|بان(?:ه|ها|هم))\s*\"?\s*$")  # (or "describing as": "وصف الاتفاق بأنه تاريخي")
_IN_MARKS = re.compile(r'"[^"]{1,80}"')  # a name or title in quotation marks
_TOLD_QUOTED = re.compile(r'(?<!\S)ل\s*"[^"]{1,30}"')
_CONDITION_BEFORE = re.compile(r"(?<!\w)[وف]?(?:اذا|لو)\s+$")
_CAN_BEFORE = re.compile(r"(?<!\w)[وف]?(?:يمكن|يصعب|يستحيل|ينبغي|يجب)\s+$")  # "can", "must" before a verbal noun
_TOPIC_THEN_COLON = re.compile(r'(?:[^:"،,]|"[^:"،,]{1,30}")*:')  # what was spoken about, a quoted name in it, then a colon
_ABOUT_TOPIC = frozenset({"qaal", "kataba", "gharrad", "sarrah"})  # verbs whose عن is the topic: 'قالت عن زميلها "..."'
_OBJECT_CONTENT = frozenset({"tawaqqa"})  # verbs whose content may be an indefinite accusative noun: "توقع X ارتفاعاً"
_UNMARKED_SAYING = frozenset({"qaal", "adaaf", "taabaa"})  # verbs of saying whose words may follow the name unmarked
_UNMARKED_OPENING = re.compile(r"\s*(?:لا\s*بد|لابد|لقد|هناك|هنالك|نحن|لسنا|لم|لن)(?!\w)")  # ... when they open a clause
_BA_CONTENT = frozenset({"afaad"})  # verbs whose content may open with ب and a verbal noun: "أفاد بمقتل"
_CONSIDERED_AMONG = re.compile(r"\s*[،,]?\s*(?:(?:واحد|واحده|احد|احدي)\s+)?(?:من|(?:ال)?(?:" + _SUPERLATIVES + r"))(?!\w)")
# (after يعتبر X: "is considered (one of)")
_CONSIDERED_THAT = re.compile(r"\s*[،,]?\s*من\s+ال\S+\s+(?:ب)?ان(?:ه|ها|هم)?(?!\w)")  # "يعتبر X من الضروري أن": his view
_BA_OBJECT_CLASSES = ("commitment", "directive", "evaluation", "warning")  # verbs whose object may follow with ب: "وعد بتقديم"
# (with the others ب and a verbal noun is the manner: "قالت ببساطة «...»")
_BA_ADDRESSEE = frozenset({"ahaab"})  # verbs whose addressee follows with ب: "أهاب الدفاع المدني بالمواطنين"
_BA_WORD = re.compile(r"\s*[،,]?\s*(ب\S+)")  # (بأن is a content marker, read before)
# a sentence opened by a past verb in the feminine ("ثم ألقت"، "وختمت"), for a feminine participle after it
_FEMININE_LEAD = re.compile(r"\s*(?:[وف]?(?:ثم|قد|لقد|كما)\s+)?[وف]?[^\s،,.:\"]{2,}ت(?=\s)")
_OWN_TALK = re.compile(r"(?:حديثه|حديثها|كلامه|كلامها)")  # "وتابعت حديثها: «...»": her own talk, the object; she goes on
_GOES_ON = re.compile(r"\s*[وف]?(?:مضي|مضت|يمضي|تمضي|عاد|عادت|يعود|تعود|واصل|واصلت|يواصل|تواصل|ختم|ختمت|يختم|تختم|اختتم|اختتمت|يختتم|تختتم)(?:\s+"
                      + _OWN_TALK.pattern + r")?\s+")
# (then a participle: "ومضى قائلا"، "وواصل حديثه بالقول")
_GOES_ON_BEFORE = re.compile(r"[،,]" + _GOES_ON.pattern + r"$")  # "...، واختتم حديثه بقوله": the speaker goes on in a clause of its own
_WENT_ON = re.compile(r"[وف]?(?:اضاف|اضافت|تابع|تابعت|استطرد|استطردت|اردف|اردفت)")
_THAT_OR_SAID = re.compile(THAT.pattern + r'|[:"]')
_SPACE_BEFORE = re.compile(r"\s+$")
_WORD_THEN_THAT = re.compile(r"\s*[^\s،,.:\"]+\s*[،,]\s*[بو]?ان(?:ه|ها)?(?!\w)")  # "معلمة، أن": a word set off, then the content
_MARKER_NOT_WHEN = re.compile(r'(?<!بعد )(?<!قبل )(?:' + THAT.pattern + r')|[:"]')  # a content marker (not بعد أن: "after")
_WHILE_OPENING = re.compile(r"[،,]\s*" + _WHILE + r"\s+")  # "...، فيما نشر X"
_WHILE_LEAD = re.compile(r"\s*و?" + _WHILE + r"\s+")  # the same clause opening the sentence: "فيما تحدث X قائلا"
_WHEN_BEFORE = re.compile(r"(?<!\w)(?:" + _WHEN_WORDS + r")\s+$")  # a time clause right before its verb
_NEW_CLAUSE = re.compile(r"(?:[،,]\s*|\s)" + _WHILE + r"\s*$|[،,]\s*(?:حيث|اذ)\s*$")  # (إذ: "...، إذ كتب المتحدث X أن")

_FIRST_PERSON_THAT = re.compile(r"(?:ب|و|ف)?ان(?:ني|ي|نا)")  # أنني، بأني، أننا
_LIKE_FIRST_PERSON = re.compile(r"ا[^\W\d_]{4,}")  # a past of five letters or more opening with ا (اعترف، اعتبر، استغرب):
# its normalised spelling is also the first person of the present (أعترف، أعتبر، أستغرب)
_BUT_HE = re.compile(r"\s(?:و?لكن|الا\s+ان|غير\s+ان)(?:ه|ها)\s*$")  # "...، لكنه أعرب عن": the same speaker, a new statement
_PASSIVE_PAST = re.compile("(?:[وف][" + DIACRITICS + "]*)?" + r"[^\W\d_]\u064f")  # a damma on the first letter (after و / ف)
_POETRY = re.compile(r"(?<!\w)(?:شعرا|ابياتا|[بف]?(?:ال)?(?:قصيده|ابيات)|بيت\s+شعر)(?!\w)")  # a poem recited, not a statement
_RELATIVE_BEFORE = re.compile(r"\s(?:الذي|التي)\s*$")  # a relative clause inside a content, with its own subject
_CLAUSE_TAIL = re.compile(r"[\s،,]*(?:" + _WHILE + r"|حيث|اذ|" + _WHEN_WORDS + r"|[وف]?اما|(?:و?لكن|الا\s+ان|غير\s+ان)(?:ه|ها))\s*$")  # the connector is not the content before it
_NOT_DOING = re.compile(r"(?<!\w)(?:عدم|دون|بدون)\s+$")  # right before a verb's form: its verbal noun ("عدم ذكر اسمه")
_ATTENTION_OF = re.compile(r"\s+(?:(?:انتباه|نظر)(?:ي|ه|ها|نا|هم|كم)|ما)(?!\w)")  # لفت انتباهي/نظره: "caught my/his attention";
# "لفت ما أعلنه X": what X announced is what drew attention
_DECLINED = re.compile(r"(?<!\w)(?:ال)?(?:تعليق|ادلاء|افصاح|كشف|حديث|رد|تطرق|تصريح)(?!\w)")  # after رفض: declined to comment (or to touch on it)
_SIDE_END = re.compile(r"(?<!\w)(?:" + SIDE_PHRASE + r"|[وف]?بدور(?:ه|ها|هم)"
                       r"|[وف]?(?:من\s+(?:جهه|ناحيه|جانب)|علي\s+صعيد|في\s+سياق)\s+(?:اخر|اخري|ثانيه|متصل)\s*[،,]?"
                       r"|[وف]?(?:في\s+|ب)(?:هذا|ذات|نفس)\s+(?:الشان|الصدد|السياق|الاطار|الخصوص)\s*[،,]?"
                       r"|[وف]?(?:الي\s+(?:جانب\s+)?ذلك|(?:بال)?اضافه\s+الي\s+ذلك)\s*[،,]?)$")
# (or a turn to another matter: "من جهة ثانية أثنى X"، "وفي سياق متصل ثمّن X"; or "on this matter": "وفي هذا الشأن تقول X:"، "بهذا الصدد يقول X";
# or "besides": "إلى ذلك أبان X أن"، "وبالإضافة إلى ذلك قال X")


def _skip_space(norm: str, pos: int, end: int) -> int:
    while pos < end and norm[pos] in " ،,":
        pos += 1
    return pos


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` lies strictly inside one of the sorted, non-overlapping ``spans``."""
    i = bisect.bisect_left(spans, (pos,)) - 1
    return i >= 0 and spans[i][0] < pos < spans[i][1]


def _passages(norm: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The passage each paragraph's statements may reach: its own bounds, or, for a paragraph that
    ends with a colon before a paragraph opening with a quotation ("وتضيف:" / "«...»"), both."""
    out = list(bounds)
    for k in range(len(out) - 2, -1, -1):
        (a, b), (c, d) = out[k], out[k + 1]
        if norm[a:b].rstrip().endswith(":") and norm[c:d].lstrip().startswith('"'):
            out[k] = (a, d)
    return out


def _content_start(norm: str, marker: re.Match) -> int:
    return marker.start() if norm[marker.start()] == '"' else marker.end()


def _content_end(norm: str, c_start: int, limit: int, s_end: int, p_end: int, quotes) -> int:
    end = min(limit, s_end)
    opening = max(c_start + 2, c_start + len(norm[c_start : c_start + 6]) - len(norm[c_start : c_start + 6].lstrip()))
    lo = max(0, bisect.bisect_left(quotes, (c_start,)) - 1)
    hi = bisect.bisect_right(quotes, (max(end, opening), len(norm) + 1))  # (the quotation may open the next paragraph)
    for a, b in quotes[lo:hi]:
        if a <= opening and b > c_start and b > end and limit >= s_end:
            end = b  # a direct quote that runs across sentence ends
        elif a < end < b and limit >= s_end:
            end = b
    for a, b in quotes[lo:hi]:
        if c_start <= a and b < end and _CREDIT_TAIL.fullmatch(norm, b, end):
            end = b  # '“لم أرسل أي شيء سري.”وفقا لوكالة رويترز.': the agency credited after the quotation is no content
    return min(end, p_end)


def _repeated_quotations(norm: str, quotes_of: list[list[tuple[int, int]]], name_like=lambda w: True,
                         given=lambda w: False) -> frozenset[str]:
    """Short quotations (up to three words) an article writes three times or more, or with and
    without the article: names in quotation marks («غوغل»، «الفابيت»), not quoted words of a speaker."""
    counts = Counter(" ".join(norm[a:b].strip('" ').split()) for quotes in quotes_of for a, b in quotes
                     if b - a <= 120 and len(norm[a:b].split()) <= 3)
    repeated = {q for q, n in counts.items() if n >= 3 and q}
    by_bare: dict[tuple[str, ...], list[str]] = {}
    for q in counts:
        if " " in q:
            by_bare.setdefault(tuple(w.removeprefix("ال") for w in q.split()), []).append(q)
    for forms in by_bare.values():
        if len(forms) > 1:  # "حوار استراتيجي" and "الحوار الاستراتيجي": a name the writer declines, not a speaker's words
            repeated.update(forms)
    singles = {q: n for q, n in counts.items() if q and " " not in q}
    for q, n in singles.items():
        # a one-word quotation the article also writes without quotation marks ("لبيداً" and
        # "لبيد بن ربيعة"): a name, not a quoted word (not a verb or an adverb: "يتداعى"، "قريبا")
        stem = q.removesuffix("ا")
        if q[:1] in "يتن" or (norm.count(q) <= n and (stem == q or stem not in norm)) or not name_like(stem):
            continue  # (a substring count first: most quoted words are written once)
        if _whole_word_count(norm, q) > n or (stem != q and _whole_word_count(norm, stem) > 0):
            repeated.add(q)
    for q, n in counts.items():
        # a person's name of two or three words (a given name first) quoted once and written elsewhere without the
        # marks ("زار «عصام دربالة»" after "الدكتور عصام دربالة"; not a speaker's words a headline repeats)
        if (" " in q and q not in repeated and given(q.split()[0]) and all(name_like(w) and not w.startswith("ال") for w in q.split())
                and norm.count(q) > n and _whole_word_count(norm, q) > n):  # (a substring count first, as above)
            repeated.add(q)
    return frozenset(repeated)


def _whole_word_count(norm: str, word: str) -> int:
    """How often ``word`` stands as a whole word in ``norm`` (str.find, then the two boundaries)."""
    count, at, n = 0, norm.find(word), len(word)
    while at >= 0:
        if (at == 0 or not norm[at - 1].isalnum()) and (at + n == len(norm) or not norm[at + n].isalnum()):
            count += 1
        at = norm.find(word, at + n)
    return count


_COUNTS = frozenset(_NUMBER_WORDS | {"ميه", "مايه", "ميات", "الف", "مليون", "ملايين", "مليار", "مليارات"})
# (the number words a group is counted by, and hundreds to billions, normalised: "عشرة آلاف"، "مئة"، "مليون")


def _is_code(words: list[str]) -> bool:
    """A quotation of up to three words opening with a digit: an age, a number or a code («5 + 1»)."""
    return bool(words) and words[0][:1].isdigit() and len(words) <= 3


def _quoted_name(norm: str, a: int, b: int, naming_nouns: set[str], repeated: frozenset[str] = frozenset()) -> bool:
    """A quoted name: a single word that is definite (الهندية-الباكستانية) or in Latin script
    ("gis"; or up to four Latin words: "Corythomantis greeningi"), up to eight words after a naming noun
    (ولاية، تنظيم، مهرجان، شعار ...), a naming noun and its definite complements inside the marks
    («جمعية المنتجين والموزعين»، «مركز الملك سلمان»), or a short quotation the article repeats (``repeated``).
    "لا "تنوي" مهاجمة" stays a quotation."""
    items = re.split(r"[،,]", norm[a:b].strip('" .'))
    if len(items) >= 4 and all(1 <= len(item.split()) <= 3 for item in items) and b - a <= 400:
        return True  # "منها: «السهم، التايفون، الصقر، الدرع»": a list of names in the marks, nobody's words
    if b - a > 120:
        return False  # (a name is a few words: a long quotation is never read whole here)
    if repeated and " ".join(norm[a:b].strip('" ').split()) in repeated:
        return True
    words = norm[a:b].strip('" ').split()
    if _FORMULA.fullmatch(" ".join(words)):
        return True  # «حفظه الله»: a pious formula, nobody's quotation
    before = norm[max(0, a - 24) : a].split()
    if len(before) > 1 and before[-1] in ("ب", "ل"):
        before = before[:-1]  # ("المعنون بـ «...»": the preposition written apart)
    after_naming_noun = bool(before) and (_is_naming_noun(before[-1], naming_nouns, owned=True) or before[-1] == "ك")
    # (كـ«اسم مستخدم»: as; "في كتابه «...»": his book's title)
    if _is_code(words):
        return True  # «17 سنة»، «657 بي بي»: an age, a number or a code
    if len(words) == 1 and before and before[-1] in _COUNTS:
        return True  # 'عشرة آلاف "كيس" خبز': the measure a count word is given in, not the speaker's word (after
        # digits a quoted word may be his label: 'قتل خلالها 241 «إرهابيا»')
    named_body = re.split(r'[،,.:;؛"()\n]', norm[max(0, a - 50) : a])[-1].split()[-5:]  # (the words right before, no stop between)
    if (len(words) <= 3 and len(named_body) >= 2 and named_body[-1].startswith(("ال", "لل", "وال"))
            and any(_is_naming_noun(w, naming_nouns) and not any(_stop_word(x) or x in ("في", "مع", "ما") for x in named_body[k + 1 :])
                    for k, w in enumerate(named_body[:-2]))):  # (not 'جبهة النصرة «تقوم ...»': two words; nor a function word or
        # preposition between, which never stands inside a body's name: "بنك X أن هذه الدول «...»"، "إعلان الحكومة في الرياض «تحريرها»")
        return True  # 'لشركة بترول أبوظبي الوطنية للتوزيع "أدنوك للتوزيع"': the short name of a body named right before
    # (an indefinite first complement, «مبادرة رسل السلام»، only where the quotation is not what is
    # called for or spoken of: "يدعو إلى «تطبيق كامل للجدول»" is quoted speech)
    construct = len(words) > 2 and words[1] not in _NOT_CONSTRUCT and not (before and before[-1] in _CALLED_FOR)
    if 1 < len(words) <= 6 and _is_naming_noun(words[0], naming_nouns) and all(
            w.startswith(("ال", "وال", "لل")) or words[k - 1] in PATRON_TITLES or (k == 1 and construct)
            or (w.isdigit() and k == len(words) - 1) for k, w in enumerate(words[1:], 1)):  # («معرض وظائف 2015»: a year last)
        return True  # «جمعية المنتجين والموزعين»، «مركز الملك سلمان»، «مبادرة رسل السلام»: a named body, its naming noun inside the marks
    if (6 < len(words) and _is_naming_noun(words[0], naming_nouns) and (words[1].startswith(("ال", "لل")) or words[1] in PATRON_TITLES)
            and not (before and before[-1] in _CALLED_FOR) and not any(w in _CLAUSE_WORDS for w in words) and not re.search(r"[،,]", norm[a:b])):
        return True  # «جائزة اليونيسكو - الملك حمد بن عيسى آل خليفة لاستخدامات تكنولوجيا المعلومات ...»: a long name that its
        # naming noun and a definite complement open, with no word of a clause and no comma in it (not 'يشكو «مشروع
        # الفتنة المشترك ...، للإيقاع بين ... مستمر»')
    if 1 <= len(words) <= 4 and all(w.isascii() for w in words):
        return True  # ("gis"، 'الضفدعين "Corythomantis greeningi" و "Aparasphenodon brunoi"': up to four words in Latin script,
        # a name or term)
    if len(words) != 1:
        if bool(before) and re.fullmatch(r"[وف]?ب?عنوان", before[-1]):
            return len(words) <= 20  # 'ندوة بعنوان "إدارة الأزمات السياسية بطرق سلمية ..."': a title, however long
        return 1 < len(words) <= 8 and after_naming_noun  # مهرجان «أبها يجمعنا»، شعار «التنمية والمقاربة الحقوقية لجمعيات المكفوفين»
    return words[0].startswith("ال") or after_naming_noun


_COMMA_BEFORE = re.compile(r"[،,]\s*$")
_DESCRIBED_WORD = re.compile(r"(?<!\w)ب[^\s،,.:\"]*\s*$")  # what a description calls its object: "بـ"، "باللحظة"
_PREPS_BEFORE_NOUN = frozenset({"حول", "عن", "علي", "في", "من", "الي", "بشان", "تجاه", "ضد", "بعد", "قبل", "خلال"})
_QUOTE_BEFORE = re.compile(r'\S"\s*$')  # a quotation mark closing a word
_LAST_WORD = re.compile(r"(?<![^\s])([^\s،,:;؛()\"]+)[ \t]+$")  # the word right before, nothing but a space between
_NEXT_WORD = re.compile(r"[ \t]+([^\s،,:;؛()\".]+)")
_COMPLEMENT_QUOTED = re.compile(
    r'\s*"\s*بال(?!(?:تاكيد|طبع|فعل|امس|نسبه|رغم|تالي|اضافه|عكس|مناسبه|ذات|مقابل|حديث|نيابه|امكان)(?!\w))\w')
_WORD_BEFORE = re.compile(r"\w\s*$")  # (the quotation follows a word of the writer's sentence, not a sentence's end)
_AFTER_THAT_OR_COLON = re.compile(r'(?:[:،,]|' + THAT.pattern + r')\s*$')  # (after أنه «...» the quotation is what was said)
_QUOTED_AFTER_THAT = re.compile(r'[\s:]*(?:(?:(?:خلال|في|اثناء|امام)\s+(?:[^\s"،,.:]+\s+){1,5})?(?:ب)?ان(?:ه|ها)?(?!\w))?[\s:]*(?=")')
# ('"قوله: إن «...»"، "إن: «...»", or after an adjunct: "قال X: خلال كلمته في الحفل إن «...»"')
_GLOSS_AFTER = re.compile(r"(?:في\s+(?:اشاره|اشارته|اشارتها|تلميح|تلميحه)|وذلك\s+في\s+(?:اشاره|معرض)|(?:من\s+)?(?:دون|بدون)\s+ان)(?!\w)")
# (the writer's gloss after the quotation: "في إشارة إلى"، "«...» دون أن يبدي سبب امتناعه")
_REPORTED_AFTER = re.compile(r"(?:و|ف)?(?:ب)?ان(?:ه|ها|هم)?(?!\w)|(?:و|ف)?(?:لكن|الا)(?!\w)")  # '"..." وأن ...': speech continues


def _names_after_naming_nouns(norm: str, quotes_of: list[list[tuple[int, int]]], naming_nouns: set[str]) -> frozenset[str]:
    """Short quotations the article gives as a name after a naming noun (دار «ديور أوم»): names
    wherever they come again ("عمله مع «ديور أوم»"), not quoted words."""
    out = set()
    for a, b in (q for quotes in quotes_of for q in quotes if q[1] - q[0] <= 60):
        words = norm[a:b].strip('" ').split()
        if 1 <= len(words) <= 6 and _quoted_name(norm, a, b, naming_nouns):
            out.add(" ".join(words))
    return frozenset(out)


def _quote_type(norm: str, c_start: int, c_end: int, quotes, naming_nouns: set[str] = frozenset(),
                repeated: frozenset[str] = frozenset(), *, described: bool = False, object_from: int | None = None) -> str:
    """direct, partial or indirect; ``described``: the content is what a description calls its object, so a
    quoted word right after its ب ('وصف القرار بـ «الظالم»'، "باللحظة «التاريخية»") is the speaker's, not a name;
    ``object_from``: where the words after the speaker of a verb whose object may take ب begin, so a quotation after
    ب and a verbal noun there ("ووعد X باستمرار دعم «...»") ends the writer's object: partial."""
    object_opened = object_from is not None and _object_before_quote(norm, object_from, c_start)
    lead = _QUOTED_AFTER_THAT.match(norm, c_start, c_end)
    if lead is not None:
        c_start = lead.end()  # "قوله: إن «...»"، "إن: «...»": what follows the complementiser is quoted
    content = norm[c_start:c_end].strip(" ،,.")
    if not content:
        return "indirect"
    lo = max(0, bisect.bisect_left(quotes, (c_start,)) - 1)  # (sorted, non-overlapping spans)
    inside = [(max(a, c_start), min(b, c_end)) for a, b in quotes[lo:bisect.bisect_left(quotes, (c_end,))] if b > c_start]
    # a quoted name inside reported speech (ولاية "البنجاب"، تنظيم "داعش") is not a quotation; nor
    # is one that opens it ('إن «الفابيت» هي «...»'), unless the whole content is quoted
    names = {(a, b) for a, b in inside if _quoted_name(norm, a, b, naming_nouns, repeated)
             and not (described and _DESCRIBED_WORD.search(norm, max(0, a - 20), a))}
    for (a0, b0), (a, b) in zip(inside, inside[1:]):
        if (a0, b0) in names and len(norm[a:b].split()) <= 3 and re.fullmatch(r"\s*[،,]?\s*و\s*", norm[b0:a]):
            names.add((a, b))  # '"تويتر" و"انستقرام"': a short quotation joined to a quoted name is a name too
    inside = [(a, b) for a, b in inside if not _SCRIPTURE_BEFORE.search(norm, max(0, a - 30), a)]
    # (a verse quoted in the speaker's words, 'قال الله تعالى «...»', is scripture, not a quotation of the speaker)
    whole = len(inside) == 1 and content.startswith('"') and not norm[inside[0][1] : c_end].strip(" ،,.")
    if names and not whole:
        inside = [q for q in inside if q not in names]
        opening = c_end - len(norm[c_start:c_end].lstrip(" ،,."))  # where the content's first character is
        if content.startswith('"') and (not inside or inside[0][0] > opening):
            content = content.lstrip('"')  # the quotation mark that opened the content closed a name
    if not inside:
        return "indirect"
    last_close = max(b for _, b in inside)
    after = norm[last_close:c_end].strip(" ،,.:;؛!?؟\n\"")
    if (content.startswith('"') and _COMPLEMENT_QUOTED.match(norm, c_start) and _WORD_BEFORE.search(norm, max(0, c_start - 12), c_start)
            and not _AFTER_THAT_OR_COLON.search(norm, max(0, c_start - 12), c_start)):
        return "partial"  # 'واصفاً الإنجازات "بالمفخرة ..."': the writer's preposition opens the quotation, a fragment
    if described and content.startswith('"') and len(norm[inside[0][0] : inside[0][1]].split()) <= 4:
        return "partial"  # 'ووصف X السلاح بأنه «شر مطلق»، داعيا': a few quoted words a description calls its object, a
        # fragment (a longer quotation may be a sentence of his: 'بأنها "واحدة من المعارك الأكثر تنافسية"')
    if content.startswith('"') and _RELATIVE_BEFORE.search(norm, max(0, c_start - 12), c_start):
        return "partial"  # 'ندد بالهجوم الذي «تسبب بمقتل ...»': the quotation finishes the writer's relative clause
    if content.startswith('"') and (not after or (norm[last_close : last_close + 3].lstrip()[:1] in "،,." and not _REPORTED_AFTER.match(after))
                                    or _GLOSS_AFTER.match(after)):
        return "partial" if object_opened else "direct"  # the content is quoted to its end, or a new clause follows the
        # quotation ('"..."، حريص على ...')
    return "partial"


def _object_before_quote(norm: str, start: int, c_start: int) -> bool:
    """Whether the few words (three at most) between ``start`` and a quotation opening the content at ``c_start``
    begin with ب and a verbal noun ("تعهد X بتقديم «...»"، "وعد X باستمرار دعم «...»")."""
    if norm[c_start : c_start + 1] != '"':
        return False
    words = norm[start:c_start].strip(" ،,").split()
    return 1 <= len(words) <= 3 and _ba_masdar(words[0])  # (not a title's "بأعمال" before "في بيان «...»")


def statements_to_frame(items: Iterable[Statement]) -> pd.DataFrame:
    """Statements as a DataFrame sorted by article and offset, in a fixed column order."""
    return records_to_frame(items, Statement)


def _statement_text(normalized: NormalizedText) -> NormalizedText:
    """The text statements are read in: the period of an abbreviated title read as a space ("د.هشام" as "د هشام"،
    "م.القحطاني"), so the title is not part of the name; the letters of "د ب أ" joined ("د.ب.ا"), so its د is
    not that title; and the double slashes SPA writes around a quotation ("وقال // إن ... //") read as a
    quotation mark. One character for another, so every offset holds."""
    text = normalized.text
    if "د." in text or "م." in text:
        text = _ABBREVIATED_TITLE.sub("د ", text)  # (م. for المهندس is read as the title د too: a lone م is a clitic's
        # remainder in لم، كم and cannot be a title word of the lexicon)
    if "د ب ا" in text:
        text = _SPACED_DPA.sub("د.ب.ا", text)
    if " // " in text:
        text = _SLASHES.sub('" ', text)
    return normalized if text == normalized.text else NormalizedText(text, normalized.offsets)
