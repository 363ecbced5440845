"""framing.attribution: the agencies and outlets an Arabic article attributes information to.

An agency mention counts as an attribution only in an attributing context, classed by ``kind``:

* ``text``: an in-text formula: نقلت وكالة X عن، بحسب X، وفق (ما ذكرته) X، حسب X، نقلاً عن X،
  أفادت / ذكرت / قالت X، قال ... لـ X، في تصريح لـ X;
* ``credit``: a credit or sign-off line ("المصدر : الجزيرة + وكالات", "ليفانت نيوز _ TASS _ DPA"),
  a byline field, or an agency in parentheses closing a paragraph ("(رويترز)");
* ``dateline``: place and agency opening the body or a paragraph ("بروكسل-رويترز", "(د ب أ)");
* ``photo``: the credit of a photo caption ("(أوليفييه هوسليه/فرانس برس)", "- AFP", "(غيتي)").

A mention that is only the subject of the news ("طرد مراسل رويترز") is not an attribution.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

from .errors import LexiconError
from .lexicons import Lexicons
from .matching import Match, RecentStretches, TermMatcher, last_match
from .normalize import TANWEEN, NormalizedText, normalize, spelling_variants
from .speaker_base import ACCORDING_WORDS as _ACCORDING_WORDS, HIJRI_MONTHS, MONTHS, _WEEKDAYS, _words_before_mentions
from .types import Article, Attribution, Part, records_to_frame

__all__ = ["AgencyLexicon", "find_attributions", "attributions_to_frame"]

# Words that name the kind of source right before its name: وكالة "تاس"، صحيفة نيويورك تايمز.
_DESCRIPTION = r"(?:\s+(?:شبه\s+)?ال(?:ماليه|اقتصاديه|رسميه|حكوميه|مستقله))?"  # no agency is named by it: "وكالة الأنباء المالية بلومبرغ"
_SOURCE_NOUN = (
    r"(?:ال)?(?:وكاله|وكالتا|وكالتي|صحيفه|صحيفتا|صحيفتي|جريده|قناه|قناتا|قناتي|شبكه|شبكتا|موقع|تلفزيون|راديو|اذاعه|مجله|دوريه|محطه|محطتا|محطتي|مراسل|مراسله|مراسلو|مجموعه|موسسه|خدمه)"
    r"(?:(?:\s*[\"(]\s*|\s+)(?:ال)?(?:انباء|انبا|اخبار|الصحافه))?"  # (وكالة «أنباء فارس»)
    + _DESCRIPTION
)
_THE = r"(?:/\s*)?(?:(?:ذي|ذا)\s+)?"  # an English "The" written before the name: صحيفة "ذي دايلي مايل" (a slash opening
# a title, as some wires write papers' names: صحيفة /صنداي تلغراف/)
_TAIL = r"(?:\s*" + _SOURCE_NOUN + r"(?:\s+" + _SOURCE_NOUN + r")?(?:\s+ال(?:اخبار|انباء)\s+ال\w+)?(?:(?<!انباء)(?<!اخبار)\s+ال\w+(?:ي|يه)|(?:\s+ال\w+){1,2}(?=\s*[\"(]))?)?\s*(?:ال(?=[\"(]))?[\"(]?\s*" + _THE + "$"  # (موقع صحيفة "X": two nouns; شبكة الإذاعة البريطانية "X": a nisba, but "وكالة الأنباء البحرينية" is a name, unless a quoted one follows: وكالة الأنباء الروسية «ريا نوفوستي»; الـ"بي بي سي": the article before the mark;
# "موقع الأخبار المالية X": a news site's description first; "وكالة أنباء النظام «سانا»": any description before a quoted name)
_VERBS = (
    r"نقلت|نقل|نقلته|نقلتها|ذكرت|ذكر|ذكرته|ذكرتها|افادت|افاد|افادته|اوردت|اورد|اوردته|اوردتها|قالت|قالته|قاله|اضافت|اوضحت|اعلنت|"
    r"نشرت|نشرته|نشرتها|نشرها|كشفت|بثت|بثته|اكدت|اشارت|تابعت|نسبت|نسبته|نسبتها|قدرته|قدرتها|تحدثت|قال|اكد|اضاف|اوضح|اعلن|كشف|نشر|بث|اشار|رصدت|رصد|"
    r"ابلغ|ابلغت|صرح|صرحت|قالوا|ذكروا|المح|المحت|لفتت|لفت|استطلعت|استطلع|استطلعتهم|استطلعهم|"  # (a poll the agency ran)
    r"كتبت|كتب|"  # ("وكتبت أمس صحيفة النهار:")
    r"نشره|ذكره|اورده|نقله|"  # (with a masculine object pronoun: "وفقا لما نشره موقع X")
    r"تقول|تذكر|تكتب|تنقل|تفيد|يقول|يذكر|يكتب|ينقل|"  # (the present: "كما تكتب جريدة اللوموند"، "تقول صحيفة X إن")
    r"رات|راي|اعتبرت|تساءلت|توقعت|حذرت|رجحت|"  # (an outlet's view: "رأت مجلة «ذي إيكونوميست» أنه")
    r"اعترفت|اعترف|"  # ("اعترفت قناة المسيرة بأن": what an outlet admitted)
    r"اشادت|اشاد|انتقدت|انتقد|"  # (an outlet's judgement: "أشادت قناة «الإخبارية» بتحقيق محرر ...")
    r"التقت|حاورت|"  # (the outlet's own interview: "والتقت «واس» بأحد مرتادي العين")
    r"اذاعت|اذاع"  # (what a broadcaster aired: "أذاعت قناة «الإخبارية» أسماء الشهداء")
)
_VERB_RIGHT_BEFORE = re.compile(r"(?<!\w)[وف]?(?:ذكرت|قالت|افادت|اوردت|اعلنت|اضافت|اوضحت|نقلت)\s*$")
_RELAYED_FROM_HIM = re.compile(r"(?<!\w)[وف]?(?:نقلت|نقلته|نقلتها|نقل|نقله|نقلها)\s+(?:عنه|عنها|عنهم|عنهما)\s*$")
_OUTLET_STILL_AHEAD = re.compile(r"\s*(?:(?:" + "|".join(sorted(_WEEKDAYS)) + r")(?!\w)|(?:\S+\s+)?" + _SOURCE_NOUN + ")")  # (after اليوم)
_THAT_AFTER_NAME = re.compile(r"\s*(?:ال[^\s\d.،,:\"]+\s+){0,3}(?:(?:امس|اليوم)\s+)?(?:[بو]?ان(?:ه|ها)?(?!\w)|:)")
_NOT_NEWS_AGENCIES = re.compile(r"\s*(?:التصنيف|السفر|السياحه|الطاقه|الفضاء|الغوث|الاغاثه|الاستخبارات|المخابرات|التوظيف|الاعلان|السيارات|الشحن)(?!\w)")
_CUE_RES = [
    # the source in brackets after the report: "(صحيفة مكة الإلكترونية)"، "(جريدة الشرق بعنوان ...)" (not a
    # list of bracketed names or a quoted one: «(إذاعة بلومبيرغ) و(تلفزيون بلومبيرغ)»)
    re.compile(r"[^\sو«\"(]\s*\(\s*" + _SOURCE_NOUN + r"\s*[\"]?\s*" + _THE + "$"),
    # verb immediately before the source: أفادت وكالة "إنترفاكس"، ذكرت صحيفة ...، بثت من / على / عبر قناة ...
    # (or with its object pronoun between: "كشفت عنها صحيفة نيويورك تايمز"، "أفاد بذلك الموقع"; and a day: "نقلتها عنه اليوم الاثنين صحيفة";
    # or a quantifier: "الخبر الذي بثته بعض الوكالات")
    re.compile(r"(?:^|\s)[وف]?(?:" + _VERBS + r")(?:\s+(?:عنه|عنها|عنهم|بذلك|ذلك))?(?:\s+(?:بعض|عده|معظم|كبري))?(?:\s+(?:اليوم|امس|ايضا|كذلك)"
               r"(?:\s+(?:" + "|".join(sorted(_WEEKDAYS)) + r"))?)?(?:\s+(?:من|علي|عبر)(?=\s*" + _SOURCE_NOUN + r"))?" + _TAIL),
    # بحسب / حسب / وفق / وفقا لـ (ما ذكرته / ما جاء في) X (also after a comma, a stop or a closing quotation mark
    # with no space: "هناك،بحسب"، "القصير.”وفقا")
    re.compile(
        r"(?:^|[\s\-–—(،,.\"])[وف]?(?:" + _ACCORDING_WORDS + r"|استنادا|نسبه)\s*(?:ل|الي)?\s*(?:ما\s+(?:" + _VERBS + r"|جاء\s+في|ورد\s+في)\s*(?:(?:به|بها)\s+)?)?"
        # (a report or count by X: "بحسب تقرير لرويترز"، "ووفقا لإحصاء رويترز"، "وفقا لبيانات نشرتها X"; what
        # the speaker told X: "بحسب تصريحاته لوكالة أنباء X"، "وفقا لمقابلة مع X"; an outlet's site: "وفقا للموقع الإلكتروني لصحيفة X")
        r"(?:(?:ال|ل)?(?:تقرير|تقارير|بيان|بيانات|معلومات|احصاءات|احصاء|احصاييه|احصاييات|مسح|استطلاع|ارقام|تقديرات|حصيله|تصريح|تصريحه|تصريحها|تصريحات|تصريحاته|تصريحاتها|"
        r"حديث|حديثه|حديثها|مقابله|مقابلته|مقابلتها|موقع)(?:\s+[^\s،,.]+)??\s*(?:ل|مع|نشرته|نشرتها|اوردته|اوردتها|اصدرته|اصدرتها|اعدته|اعدتها|عرضه|عرضته)?\s*)?"
        + _TAIL
    ),
    # "خبر صحيفة عكاظ"، "تقرير لوكالة X"، "بخبر في صحيفة X": a news item or report of X (its noun right before the outlet's;
    # but "نشرت أول مقال في جريدة X": where a writer published)
    re.compile(r"(?:^|\s)[وف]?(?:ب|ل|في|علي)?\s*(?:ال)?(?:خبر|تقرير|مقال|تحقيق|افتتاحيه)\s*(?:(?:ل|(?<=خبر\s)في\s)(?=\s*" + _SOURCE_NOUN + r"))?(?=\s*" + _SOURCE_NOUN + r")" + _TAIL),
    # "طالب عبر صفحات جريدة X بأن"، "كتب على صفحات صحيفة X": through or in the outlet's pages
    re.compile(r"(?:^|\s)[وف]?(?:عبر|علي|في)\s+صفحات" + _TAIL),
    # "واستندت صحيفة X في ذلك إلى تحليل": the outlet based its report on (the verb right before the outlet)
    re.compile(r"(?:^|\s)[وف]?(?:استندت|استند)" + _TAIL),
    # ردا على سؤال لـ X: the source answered the agency's question
    re.compile(r"(?:^|\s)[وف]?(?:ردا|جوابا)\s+علي\s+(?:سوال|اسيله)\s*(?:ل|من)?" + _TAIL),
    # نقلاً عن X; "نقلت وكالة Y عن صحيفة X": the outlet Y relays
    re.compile(r"(?:^|\s)[وف]?نقلا\s+عن" + _TAIL),
    re.compile(r"(?:^|\s)[وف]?(?:نقلت|نقل)(?:\s+[^\s،,.]+){1,6}?\s+عن\s*" + _SOURCE_NOUN + r"\s*[\"(]?\s*" + _THE + "$"),
    # نشرت (النتائج) على الموقع الإلكتروني لـ X (up to two words between)
    re.compile(r"(?:^|\s)[وف]?(?:نشرت|نشر|نشرته|نشرتها|نشره|نشرها)(?:\s+[^\s،,.]+){0,2}?\s+(?:في|علي)\s+(?:ال)?موقع(?:\s+(?:ال)?(?:الكتروني|رسمي))?\s*ل" + _TAIL),
    # "كتبت الأستاذة X مقالا في جريدة Y": a piece written in the outlet (its writer between, up to five words)
    re.compile(r"(?:^|\s)[وف]?(?:كتب|كتبت)(?:\s+[^\s،,.]+){0,5}?\s+(?:مقالا|مقاله|مقالة|عمودا|تقريرا)\s+(?:في|ب|علي)\s*"
               + _SOURCE_NOUN + r"\s*[\"(]?\s*" + _THE + "$"),
    # "عن تقرير منشور بالنسخة المدفوعة من صحيفة X"، "تقرير صحفي نشر بشبكة X": a report published in the outlet (up to
    # four words between)
    re.compile(r"(?:^|\s)[وف]?(?:ب|ل|في|عن)?\s*(?:ال)?(?:تقرير|مقال|مقاله|خبر|تحقيق)\s+(?:منشور|المنشور|نشر|نشرته|نشرتها)"
               r"(?:\s+[^\s،,.]+){0,4}?\s+(?:في|من|علي|ب)\s*" + _SOURCE_NOUN + r"\s*[\"(]?\s*" + _THE + "$"),
    # a survey, poll or consensus by X: "مسح لرويترز"، "مسح رويترز"، "استطلاع أجرته رويترز"، "متوسط توقعات بلومبرغ"
    # "في مقال نشر الثلاثاء في صحيفة "X""، "الدراسة المنشورة اليوم بمجلة X": where a piece was published
    # (or "عبر موقع صحيفة "X"": through the outlet's site)
    re.compile(r"(?:^|\s)[وف]?(?:نشرت|نشر|نشرته|نشرتها|نشره|نشرها|(?:ال)?منشور|(?:ال)?منشوره)(?:\s+[^\s،,.]+){0,2}?\s+(?:في|علي|عبر|ب)\s*" + _SOURCE_NOUN
               + r"(?:\s+" + _SOURCE_NOUN + r")?\s*[\"(]?\s*" + _THE + "$"),
    re.compile(r"(?:^|\s)[وف]?(?:مسح|استطلاع|احصاء|احصاءات|بيانات|توقعات|تقديرات)(?:\s+(?:شهري|اسبوعي|جديد|اجرته|اجرتها|تجريه|تجريها|يجريه|يجريها)){0,2}\s*(?:ل)?"
               + _TAIL),  # ("مسح شهري تجريه رويترز": a survey and how often, then who runs it)
    # ("أظهرت بيانات تومسون رويترز": the agency's data)
    re.compile(r"(?:^|\s)[وف]?(?:دراسه|مسح|استطلاع|تحليل|احصاء|تقرير)(?:\s+[^\s،,.]+){0,3}?\s+(?:قامت\s+بها|قام\s+به|اجرتها|اجراها|اعدتها|اعده)" + _TAIL),
    # ("أظهرت دراسة إحصائية حديثة قامت بها «أرقام»": a study the outlet ran)
    # "حسب ما نقل عنه الصحفي X الذي يعمل في مجلة Y": the relaying journalist's outlet
    re.compile(r"(?:^|\s)[وف]?(?:نقل|نقلت|نقله|نقلها|" + _ACCORDING_WORDS + r"|قال|ذكر|كتب)(?:\s+[^\s.]+){1,8}?\s+(?:الذي|التي)\s+(?:يعمل|تعمل)\s+(?:في|لدي|مع|ل)"
               + _TAIL),
    # "التقرير الذي اطلعت عليه وكالة X"، "وثيقة حصلت عليها X": the agency saw or obtained the document
    re.compile(r"(?:^|\s)[وف]?(?:اطلعت|اطلع|حصلت|حصل)\s+(?:عليه|عليها|عليهما|عليهم)" + _TAIL),
    # "في بيان تلقت وكالة X نسخة منه": the agency received the document
    re.compile(r"(?:^|\s)[وف]?(?:ب|ل|في)?(?:ال)?(?:بيان|رساله|وثيقه|تقرير)(?:\s+[^\s،,.]+){0,3}?\s+(?:تلقت|تلقي|تسلمت|تسلم)" + _TAIL),
    # "المصدر الذي اتصلت به وكالة X"، "تحدث إلى X": the agency reached the source
    re.compile(r"(?:^|\s)[وف]?(?:اتصلت|اتصل|اتصلوا|تحدثت|تحدث|تحدثوا)\s+(?:به|بها|بهم|اليه|اليها|اليهم|الي|مع)" + _TAIL),  # ("سكان تحدثوا مع رويترز")
    # "وأبلغ محلل «رويترز» أن"، "أخبر مسؤول كبير X": told the outlet, its subject in between
    re.compile(r"(?:^|\s)[وف]?(?:ابلغ|ابلغت|ابلغوا|اخبر|اخبرت|اخبروا)(?:\s+[^\s،,.:\"]+){1,6}?" + _TAIL),
    # في تصريح / حديث / مقابلة / اتصال لـ / مع X
    re.compile(
        r"(?:^|\s)[وف]?(?:في|خلال)\s+(?:تصريح|تصريحات|حديث|حوار|مقابله|لقاء|اتصال|مداخله|تقرير|برنامج)(?:ه|ها|هم|ات(?:ه|ها))?(?:\s+(?:خاص|خاصه|صحفي|صحفيه|هاتفي|مطول|مطوله|حصري|حصريه))?\s*(?:ل|مع|عبر|علي|الي\s|بثتها|نشرتها|نقلتها|نقلها|اجرتها|اجراها)?" + _TAIL
    ),
    # "وأكد X على موجات إذاعة Y أنه"، "عبر أثير إذاعة Y": on the radio's air (not "على شاشة": who appears on it)
    re.compile(r"(?:^|\s)[وف]?(?:علي|عبر|من\s+علي)\s+(?:موجات|اثير)" + _TAIL),
]
# A reporting verb earlier in the sentence, for "قال ... لـ X" / "وأضاف المصدر لـ X".
_REPORT_BEFORE = re.compile(
    r"(?<!\w)[وف]?(?:قال|قالت|قالوا|اضاف|اضافت|صرح|صرحت|اكد|اكدت|اوضح|اوضحت|افاد|افادت|ذكر|ذكرت|"
    r"كشف|كشفت|اشار|اشارت|تحدث|تحدثت|يقول|تقول|حذر|حذرت|اعلن|اعلنت|نفي|نفت|اكدوا|ذكروا|اوضحوا|قالا|اكدا|روت|ابلغ|ابلغت|ابلغوا|"
    r"مصرحا|مصرحه|مضيفا|مضيفه|موكدا|موكده|موضحا|موضحه|قايلا|قايله|"  # (and a participle: "، مصرحا لمجلة X بأن")
    r"مصرحين|مضيفين|موكدين|موضحين|قايلين|"  # (and its plural: "رفض ممثلو الأمن التعليق قائلين لرويترز إنه")
    r"لتصريحات|لتصريح|تصريحه)(?:\s|$)"  # (and a statement noun: "ووفقا لتصريحات الوزير X لوكالة رويترز")
)
_SENTENCE_BREAK = re.compile(r"[.!?؟\n]")
_WITNESS_FROM = re.compile(r"(?<!\w)(?:شاهد|شهود|مراسل|مراسلو|مراسله|صحفي|صحافي|مصور|مصورو)\s+(?:من|في)\s+(?:(?:وكاله|وكالتي)\s+)?")
_TOLD_APART = re.compile(r"(?:^|\s)ل\s*$")
_BROADCAST_NOUN = r"قناه|تلفزيون|اذاعه"  # a channel, a television, a radio
_TOLD_NOUN = re.compile(r"(?:^|\s)[وف]?(?:(?:ل(?:ل)?|من\s+)(?:وكاله|صحيفه|جريده|شبكه|موقع|مجله|" + _BROADCAST_NOUN + r")|ل(?:محطه|راديو))"
                        r"(?:\s+(?:شبكه|صحيفه|جريده|مجله|قناه))?(?:\s+(?:ال)?انباء)?" + _DESCRIPTION + r"(?:\s+ال\w{3,}(?:يه|ي))?\s*[\"(]?\s*$")
# (and "لموقع شبكة X"; "لمحطة X"، "لراديو X": told a station, but "من محطة الأخبار X" is a speaker's post; "للصحيفة
# الروسية «X»": a nisba between the noun and the name)
_GALLERY_CREDIT = re.compile(r'[.!?؟]\s+"[^"\n]{1,25}"\s')
_QUOTED_OPENING = re.compile(r'[.!?؟]\s*"\s*$')  # after a sentence, not opening a paragraph
_VERB_AFTER = re.compile(r'^\s*"?\s*(?:[\w"]+\s+){0,6}?[وف]?(?:' + _VERBS + r'|اكدتا|ذكرتا|قالتا|افادتا)(?!\w)')
# (an ambiguous name: its verb after adjectives and قد only: 'صحيفة "الشروق" الجزائرية قد ذكرت', not "صحيفة مكة بالطائف بمولود ذكر")
def _verb_next(skipped: str) -> re.Pattern:
    """The outlet's verb right after its name, past up to three ``skipped`` words (adjectives) or قد."""
    return re.compile(r'^\s*"?\s*(?:(?:' + skipped + r'|[وف]?قد)"?\s+){0,3}[وف]?(?:' + _VERBS + r')(?!\w)')


_VERB_NEXT = _verb_next(r"ال\w+")
_OWN_VERB_NEXT = _verb_next(r"ال(?!ذي|تي|ذين)\w+")
# (an unambiguous name with no source noun before it, its own verb right after it: "وكانت «واشنطن بوست» كتبت"، "وكانت هيئة
# الإذاعة البريطانية قد ذكرت"; not "الوكالات التي قال الرئيس": a relative clause, another subject)
_REPORT_AFTER = re.compile(r'^"\s*(?:' + _VERBS + r'|عن|ان|:)(?!\w)')
_PLACE_THEN_SEP = re.compile(r"^\s*(?:[^\s\d.،,:\"()]+\s+){0,2}[^\s\d.،,:\"()]+\s*(?:\([^\s\d.،,:\"()]+(?:\s+[^\s\d.،,:\"()]+)?\)\s*)?[-–—_/:]\s*\(?\s*$")
# ("بروكسل -"، "بيني (الكونغو) -": a place, perhaps its country in brackets, and a dash)
_OPEN_ONLY = re.compile(r"^\s*[\"(]?\s*$")
_PLACE_THEN_PAREN = re.compile(r"^\s*(?:[^\s\d.،,:\"()]+\s+){0,2}[^\s\d.،,:\"()]+\s*\(\s*$")  # "موسكو ("
_AFTER_DATELINE = re.compile(r"^\s*\)?\s*(?:[-–—_:/]|$)")
_CLOSING_PAREN = re.compile(r"^\s*\)\s*[.]?\s*$")
_PREPOSITION_MARK = re.compile(r'(?<!\w)(?:مع|عن|الي|علي|في)\s*"\s*$')  # "... مع «X»": a preposition's object, no caption credit
_BY_AGREEMENT = re.compile(r'(?<!\w)بالاتفاق مع\s*"?\s*$')
_PAPER_BEFORE = re.compile(r"(?<!\w)[وفبل]?(?:ال|لل)?(?:صحيفه|جريده|مجله)\s*[\"(]?\s*$")  # a print title's noun


@dataclass(frozen=True)
class AgencyLexicon:
    """Agency terms with their ids, and which terms need an agency cue to count."""

    matcher: TermMatcher
    ids: dict[str, str]  # normalised term -> agency id
    needs_cue: frozenset[str]  # normalised terms
    wire_cue: frozenset[str] = frozenset()  # of those, the wire agencies' (الفرنسية): never a place
    wires: frozenset[str] = frozenset()  # every wire agency's term: never a newspaper's name
    generic: frozenset[str] = frozenset()  # the unnamed agencies' terms (وكالات، وكالات الأنباء)
    given_names: frozenset[str] = frozenset()  # listed given names: "مايكل بلومبيرغ" is a person
    noun_only: frozenset[str] = frozenset()  # of the needs_cue terms, common nouns (العالم "the world") that count only
    # after a source noun (قناة العالم): "تقول للعالم إن" tells the world, not the channel
    # the last stretches read: the splitter and the attribution finder read the same lines
    _recent: RecentStretches = field(default_factory=RecentStretches, compare=False, repr=False)
    _names: dict[str, set[str]] = field(default_factory=dict, compare=False, repr=False)  # agency id -> names
    _surnames: list = field(default_factory=lambda: [None, frozenset()], compare=False, repr=False)  # [text, its surnames]

    @classmethod
    def from_lexicons(cls, lexicons: Lexicons) -> AgencyLexicon:
        table = lexicons["agencies.tsv"]
        ids: dict[str, str] = {}
        cue: set[str] = set()
        wire_cue: set[str] = set()
        wires: set[str] = set()
        generic: set[str] = set()
        noun_only: set[str] = set()
        for i, row in enumerate(table):
            if row["needs_cue"] not in ("yes", "no", "noun"):
                raise LexiconError(f"{table.where(i)}: needs_cue must be yes, no or noun, not {row['needs_cue']!r}")
            term = normalize(row["term"]).strip()
            ids[term] = row["id"]
            if row["type"] == "wire":
                wires.add(term)
            elif row["type"] == "generic":
                generic.add(term)
            if row["needs_cue"] == "noun":
                noun_only.add(term)
            if row["needs_cue"] in ("yes", "noun"):
                cue.add(term)
                if row["type"] == "wire":
                    wire_cue.add(term)
        for term, agency in list(ids.items()):  # written forms the lexicon need not list
            if term not in cue:
                for variant in spelling_variants(term):
                    if ids.setdefault(variant, agency) == agency and term in wires:
                        wires.add(variant)
        return cls(TermMatcher(ids), ids, frozenset(cue), frozenset(wire_cue), frozenset(wires), frozenset(generic), lexicons.given_names(),
                   frozenset(noun_only))

    def names_a_paper(self, norm: str, m: Match, floor: int = 0) -> bool:
        """Whether mention ``m`` of a wire agency follows a newspaper's noun: "وذكرت صحيفة آفي" is
        a Greek paper, not EFE (إفي)."""
        return m.key in self.wires and _PAPER_BEFORE.search(norm, max(floor, m.start - len(m.prefix) - 20),
                                                             m.start - len(m.prefix)) is not None

    def names_of(self, agency: str) -> frozenset[str]:
        """The normalised names of an agency or outlet, also without a leading صحيفة / جريدة
        ("صحيفة الجزيرة" -> الجزيرة)."""
        if not self._names:
            for term, agency_id in self.ids.items():
                self._names.setdefault(agency_id, set()).update({term, re.sub(r"^(?:صحيفه|جريده)\s+", "", term)})
        return frozenset(self._names.get(agency, ()))

    def outlet_id(self, outlet: str) -> str:
        """Agency id of an outlet given by id ("aawsat") or by name ("الجزيرة"), or ""."""
        if outlet in self.ids.values():
            return outlet
        return self.ids.get(" ".join(normalize(outlet).split()), "")

    def mentions(self, text: str, pos: int = 0, endpos: int | None = None) -> list[Match]:
        """All agency mentions in normalised ``text`` (attributing or not), but for a one-word name
        the text also gives a person as a surname ("مايكل بلومبيرغ" ... "قال بلومبيرغ"): there a
        bare mention in running text is the person; named with its noun ("وكالة بلومبيرغ"), in
        marks or after a bracket or a dash, it is still the outlet."""
        endpos = len(text) if endpos is None else endpos
        found = self._recent.get(text, pos, endpos, lambda: tuple(self.matcher.finditer(text, pos, endpos)))
        return [m for m in found if not (" " not in m.key and self._names_a_person(text, m.key) and _bare_in_running_text(text, m))]

    def _names_a_person(self, text: str, key: str) -> bool:
        """Whether ``text`` writes the one-word name ``key`` right after a listed given name."""
        long = len(text) >= 1000
        if long and self._surnames[0] is not text:  # once per article and name (a huge one is read paragraph by paragraph)
            self._surnames[:] = [text, {}]
        if long and key in self._surnames[1]:
            return self._surnames[1][key]
        found = key in text and any(w in self.given_names for (w,) in _words_before_mentions(key, text, len(text), 1, window=len(text)))
        if long:
            self._surnames[1][key] = found
        return found


def _bare_in_running_text(text: str, m: Match) -> bool:
    """Whether mention ``m`` follows a word (not a bracket, dash or mark) and no source noun."""
    start = m.start - len(m.prefix)
    return (re.search(r"\w\s+$", text[max(0, start - 3) : start]) is not None
            and not _has_source_noun_before(text, start, max(0, start - 40)))


_LOOKBACK = 400  # characters searched back for a sentence start: keeps the work per mention bounded


def _sentence_start(text: str, pos: int, floor: int) -> int:
    start = lo = max(floor, pos - _LOOKBACK)
    for m in _SENTENCE_BREAK.finditer(text, lo, pos):
        start = m.end()
    return start


ACCORDING_TO = re.compile(r"(?<!\w)[وف]?(?:" + _ACCORDING_WORDS + r")\s*$")  # right before a name


_SOURCE_NOUN_FIRST = re.compile(_SOURCE_NOUN + r"\s")  # a lexicon name that opens with its noun (وكالة الإعلام الروسية)


def _has_source_noun_before(text: str, start: int, floor: int) -> bool:
    window = text[max(floor, start - 40) : start]
    return re.search(_SOURCE_NOUN + r"\s*[\"(]?\s*" + _THE + "$", window) is not None


def classify_mention(norm: str, m: Match, part: Part | None, part_start: int, part_end: int, lex: AgencyLexicon) -> tuple[str, int] | None:
    """Kind of attribution for mention ``m`` in its part, and where its cue starts (or None)."""
    kind = part.kind if part is not None else "paragraph"
    if m.prefix.endswith("ك"):
        return None  # "كمال كافي": ك + إفي is a word or a name ("like EFE" attributes nothing either)
    # Only the 200 characters around a mention are examined, so a huge paragraph stays linear.
    near_start = m.start - len(m.prefix) - part_start <= 200
    head = norm[part_start if near_start else m.start - len(m.prefix) - 200 : m.start - len(m.prefix)]
    if not near_start:
        head = "\x00" + head  # not at the opening of its part: never a dateline or credit opening
    tail = norm[m.end : min(part_end, m.end + 200)]
    needs_cue = m.key in lex.needs_cue
    if kind in ("credit", "dateline", "byline"):
        # an ambiguous name (الرياض، اليوم) in a credit line is a place or a word unless the line
        # marks it as a source: quoted («الشرق الأوسط»), labelled (المصدر:) or listed with + _ |
        alone = (m.key in lex.wire_cue or (kind == "byline" and m.key.isascii())) and _whole_segment(head, tail)
        if needs_cue and not _marked_as_source(head, tail) and not alone:
            return None  # ("نيون ـ الفرنسية:"، a byline "الوئام - rt": a wire agency's ambiguous name, or a
            # Latin one in a byline, standing alone is the agency)
        return ("dateline" if kind == "dateline" else "credit"), part_start
    if kind == "caption":
        inside_parens = head.rfind("(") > head.rfind(")")
        trailing = re.fullmatch(r"\s*[-–—/]\s*", head[-3:]) is not None or re.search(r"[-–—/]\s*$", head) is not None
        if inside_parens or (trailing and not tail.strip(" .)") and not (needs_cue and not _marked_as_source(head, tail))):
            return "photo", part_start  # (not "عمر بن رباع - الرياض": a reader's signature and his city)
        return None
    if m.key in lex.generic and _NOT_NEWS_AGENCIES.match(tail):
        return None  # "وكالات التصنيف الائتماني"، "وكالات السفر": agencies of another trade, no news source
    if needs_cue and re.match(r"\s*(?:الرسمي(?:ه)?|الدولي|القاري|الاسيوي|الاوروبي|الافريقي|العربي|الخليجي|الماليه|العاجله|الرياضيه|المحليه)(?!\w)", tail):
        return None  # "لموقع الاتحاد الرسمي"، "لموقع الاتحاد الدولي": an organisation's site (the federation), not the paper
    # body text: dateline at the opening of a paragraph
    if _PLACE_THEN_PAREN.match(head) and re.match(r"^\s*\)\s*[-–—_:]", tail) and not needs_cue:
        return "dateline", part_start  # "موسكو (رويترز) -"
    if (_PLACE_THEN_SEP.match(head) or _OPEN_ONLY.match(head)) and _AFTER_DATELINE.match(tail):
        # an ambiguous name in a dateline is the place ("سبق- الرياض:") unless marked as a source
        in_parens = head.rstrip().endswith("(") and tail.lstrip().startswith(")")
        if not needs_cue or in_parens or _marked_as_source(head, tail):
            return "dateline", part_start
    # '"رويترز" مشاة أمام ...': captions run into the text, each opening with its quoted credit
    # (a gallery: two or more short quoted openings in the part)
    if _QUOTED_OPENING.search(head) and re.match(r'^\s*"\s*[^\s\W\d]', tail) and not _REPORT_AFTER.match(tail.lstrip()):
        if len(_GALLERY_CREDIT.findall(norm, part_start, part_end)) >= 2 or (m.key in lex.wires and not m.prefix and not needs_cue):
            return "photo", m.start - len(m.prefix) - 1  # (one wire's name alone in marks after a sentence: "... السلام. «واس » وفي")
    # "(رويترز)" closing a paragraph
    if head.rstrip().endswith("(") and _CLOSING_PAREN.match(tail):
        opening = m.start - len(m.prefix) - len(head) + len(head.rstrip()) - 1  # where "(" is
        if any(lex.ids[o.key] == lex.ids[m.key] and not norm[o.end : opening].strip() for o in lex.mentions(norm, max(part_start, opening - 80), opening)):
            return None  # "بحسب وكالة الأنباء القطرية (قنا).": the abbreviation after the agency's full name, no credit
        according = ACCORDING_TO.search(norm, max(part_start, opening - 12), opening)
        if according is not None:
            return "text", according.start()  # "...، حسب (الحياة)": the source after its cue, in brackets
        return "credit", m.start - len(m.prefix) - 1
    if head.rstrip().endswith("(") and _ISSUE_DATE.match(tail):
        return "text", m.start - len(m.prefix) - len(head) + len(head.rstrip()) - 1  # "(المدينة، 4 رمضان الفائت)": a paper
        # and its issue's date in brackets, the source cited after what it reported
    sent_start = _sentence_start(norm, m.start, part_start)
    window_start = max(sent_start, m.start - len(m.prefix) - 90)
    window = norm[window_start : m.start - len(m.prefix)]
    quoted = '"' in norm[max(0, m.start - 3) : m.start] and tail.lstrip().startswith('"')
    if _BY_AGREEMENT.search(head):
        return "credit", m.start - len(m.prefix) - 1  # "* بالاتفاق مع «بلومبيرغ»": a column syndicated from the outlet
    if quoted and _closes_as_credit(norm, m, head, tail, part_start, part_end, lex):
        return "photo", m.start - len(m.prefix) - 1  # "... من المهتمين «وكالات الأنباء»": a caption's credit closing its paragraph
    if (needs_cue and m.prefix.endswith("ل") and _TOLD_TAIL.match(tail) and not _TITLE_OF.search(window)
            and not (m.key in lex.noun_only and not _has_source_noun_before(norm, m.start - len(m.prefix), sent_start)) and (
            _told_before_content(norm, sent_start, m.start - len(m.prefix)) or _INTERVIEW_BEFORE.search(window))):
        return "text", sent_start  # "وقال X للجزيرة إن"، "في تصريحات للجزيرة،": told the outlet (not "تقول للعالم")
    according = ACCORDING_TO.search(norm, max(sent_start, m.start - len(m.prefix) - 12), m.start - len(m.prefix))
    if m.key in lex.wire_cue and according is not None and m.prefix in ("", "ل"):  # (not "بحسب فوات": ف + وات)
        return "text", according.start()  # "وفقا للألمانية"، "بحسب الفرنسية": the agency, not the adjective
    if lex.names_a_paper(norm, m, sent_start):
        return None
    if m.key in lex.wire_cue and not quoted and _BROADCASTER_BEFORE.search(norm, max(sent_start, m.start - len(m.prefix) - 12), m.start - len(m.prefix)):
        return None  # "القناة الفرنسية الثانية": the French channel (France 2), not AFP (الفرنسية) nor DPA (الألمانية)
    verb_before = _VERB_RIGHT_BEFORE.search(head) if needs_cue and m.key in lex.wires and not m.prefix.strip("و") else None
    if verb_before is not None and _THAT_AFTER_NAME.match(tail):
        return "text", m.start - len(m.prefix) - len(verb_before.group())  # "وذكرت الأناضول الحكومية التركية أمس أن":
        # a wire's ambiguous name as the subject of a reporting verb, its content marked after it
    relayed = _RELAYED_FROM_HIM.search(head) if needs_cue and not m.prefix.strip("و") else None
    if relayed is not None and _OUTLET_STILL_AHEAD.match(tail):
        relayed = None  # "نقلتها عنه اليوم الاثنين صحيفة X": a day, then the outlet
    if relayed is not None:
        return "text", m.start - len(m.prefix) - len(relayed.group())  # "في برنامجه الذي نقلت عنه الجزيرة": what an
        # outlet relayed from him (the verb and its pronoun mark the ambiguous name as a source)
    speaking_to = _SPEAKING_TO.search(window) is not None  # "متحدثا إلى X": speaking to the outlet, told it
    if (needs_cue and not quoted and not _has_source_noun_before(norm, m.start - len(m.prefix), sent_start) and not _ISSUE_AFTER.match(tail)
            and not speaking_to):
        # ambiguous words (الجزيرة، الفرنسية) need "وكالة/قناة ..." right before them (or the paper's issue after
        # them: "وفق ما نشرته الرياض بعدد الأحد"; or "متحدثا إلى" before them)
        return None
    if _HEAD_OF.search(window) is not None:
        return None  # "علّق X المدير العام لمجموعة MBC الذي قال": his title, the outlet he heads, not a source
    hits = [h.start() for h in (cue.search(window) for cue in _CUE_RES) if h]
    if hits:
        return "text", window_start + min(hits)
    named_as_source = _has_source_noun_before(norm, m.start - len(m.prefix), sent_start) or _SOURCE_NOUN_FIRST.match(norm, m.start)
    if (named_as_source and (_VERB_NEXT if needs_cue else _VERB_AFTER).match(tail)) or (not needs_cue and _OWN_VERB_NEXT.match(tail)):
        # "وكانت شبكة «X» أكدت أن": the named outlet is the subject of a reporting verb after it (its name may
        # hold the noun: "لكن وكالة الإعلام الروسية نقلت عن")
        return "text", m.start - len(m.prefix)
    if (m.prefix in ("", "و") and _WITNESS_FROM.search(window) is not None
            and _told_before_content(norm, sent_start, m.start - len(m.prefix), quotes=False)):
        return "text", sent_start  # "وقال شاهد من رويترز (في مطار أورلي ووكالة الأنباء الفرنسية) إن": the agencies' own witnesses
    if _STATEMENTS_TO.search(window) is not None:
        return "text", sent_start  # 'وجاءت تصريحات "بافيت" لمحطة "سي إن بي سي"': the statements of X to the outlet
    told = (m.prefix.endswith("ل") or _TOLD_NOUN.search(window) is not None or _TOLD_APART.search(window) is not None
            or speaking_to  # ("يقول X ... متحدثا إلى DW:": speaking to the outlet)
            or (_INFORMED.search(norm, sent_start, m.start - len(m.prefix)) is not None and _TOLD_TAIL.match(tail) is not None))
    # ("أبلغ X رويترز أنه": the agency is the verb's object)
    # ("قال ... لـ(وكالة) X"، "أكدوا لـ CNN": لـ written apart)
    if told and (_told_before_content(norm, sent_start, m.start - len(m.prefix), quotes=False) or _SAYING_AFTER.match(tail)):
        return "text", sent_start  # (not "وأشارت إلى أنه ... مقر سري لقناة X": inside what was said; "لخص X طروحاته
        # لمجلة Y قائلا": told, by the participle of saying after it)
    return None


def _closes_as_credit(norm: str, m: Match, head: str, tail: str, part_start: int, part_end: int, lex: AgencyLexicon) -> bool:
    """Whether a wire's name or the unnamed agencies' (وكالات الأنباء), in marks with no proclitic,
    closes its paragraph with no verb, source noun, preposition or cue before it: the credit of a
    caption run into the text, not a source the text names ("وفق «رويترز»")."""
    return (not m.prefix and (m.key in lex.wires or m.key in lex.generic) and tail.rstrip() == '"'
            and m.end + len(tail) >= part_end and not _REPORT_BEFORE.search(head[-40:])
            and not _has_source_noun_before(norm, m.start, part_start) and not _PREPOSITION_MARK.search(head)
            and not any(cue.search(head[-90:]) for cue in _CUE_RES) and ACCORDING_TO.search(head[:-1].rstrip()) is None)


def _told_before_content(norm: str, sent_start: int, pos: int, *, quotes: bool = True) -> bool:
    """A reporting verb earlier in the sentence, and no content marker (إن، أن، :, and with
    ``quotes`` a quotation mark) between it and ``pos``: the outlet was told the statement
    ("قال X للجزيرة إن"), it is not inside it ("أشارت إلى أنه ... مقر لقناة X")."""
    last = last_match(_REPORT_BEFORE, norm, sent_start, pos)
    return last is not None and not (_CONTENT_MARKER if quotes else _CONTENT_WORD).search(norm, last.end(), pos)


_ISSUE_DATE = re.compile(r"\s*[،,]\s*\d{1,2}\s*(?:" + MONTHS + "|" + HIJRI_MONTHS + r")(?!\w)[^()\n]{0,20}\)")  # "(X، 4 رمضان الفائت)"
_ISSUE_AFTER = re.compile(r"\s*(?:ب|في\s+)(?:عدد|عددها)(?!\w)")  # "الرياض بعدد الأحد"، "الجزيرة في عددها": a paper's issue
_BROADCASTER_BEFORE = re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:" + _BROADCAST_NOUN + r")\s*$")
_INFORMED = re.compile(r"(?<!\w)[وف]?(?:ابلغ|ابلغت|ابلغوا|افاد|افادت)(?!\w)")  # (أفاد X وكالة Y: informed the agency)
_SPEAKING_TO = re.compile(r"(?<!\w)(?:متحدثا|متحدثه|متحدثين|متحدثون)\s+(?:الي|مع)\s*$")  # "متحدثاً إلى X"
_SAYING_AFTER = re.compile(r'\s*"?\s*(?:قايلا|قايله|قايلين)(?!\w)')
_CONTENT_WORD = re.compile(r"(?<!\w)(?:ب|و|ف)?ان(?:ه|ها|هم|ي|ني|نا)?(?!\w)|:")  # (not a quotation mark: 'شاهد من وكالة «رويترز»';
# and "ويضيف إني كنت ... لعودتهم للوطن": the first person opens the content too)
_CONTENT_MARKER = re.compile(_CONTENT_WORD.pattern + r'|"')
_TOLD_TAIL = re.compile(r"\s*(?:نت\s*)?(?:[،,:.]|(?:ب)?ان(?:ه|ها|هم)?(?!\w)|$)")  # then the content (or the end)
# "المتحدث الرسمي للاتحاد": a title of the organisation, not a statement told to an outlet
_TITLE_OF = re.compile(r"(?<!\w)(?:المتحدث|المتحدثه|الناطق|الناطقه|متحدث|ناطق|رييس|رييسه|مدير|مديره|عضو|امين|مستشار|سفير|مندوب)"
                       r"(?:\s+(?:الرسمي|الرسميه|العام|العامه|الاعلامي|باسم))?\s*$")
_HEAD_OF = re.compile(r"(?<!\w)(?:ال)?(?:مدير|رييس|امين|مالك)(?:\s+(?:العام|العامه|التنفيذي|التحرير))?\s+ل(?:ال)?(?:مجموعه|شبكه|قناه|صحيفه|جريده|مجله|موقع|وكاله|اذاعه)?\s*$")
INTERVIEW_NOUNS = r"تصريحات|تصريح|حديث|مقابله|لقاء"  # a statement or an interview ("في تصريحات لـ X"، "في حديث لـ X")
_INTERVIEW_BEFORE = re.compile(r"(?<!\w)(?:" + INTERVIEW_NOUNS + r")(?:\s+\w+)?\s*$")
_STATEMENTS_TO = re.compile(r"(?<!\w)(?:" + INTERVIEW_NOUNS + r')(?:\s+"?[^\s".،,:]+"?){1,3}\s+ل' + _SOURCE_NOUN + r'\s*["(]?\s*$')
_NAMED_BY_NOUN = re.compile(r"(?:^|\s)[وف]?(?:ال)?(وكاله|صحيفه|جريده|قناه|شبكه|موقع|مجله|اذاعه)\s*[\"(]?\s*$")
_BACK_REFERENCE = r"(?<!\w)[وف]?(?:{verbs})\s+ال{noun}(?!\w)"


def _referred_back(norm: str, m: Match, part_start: int, part_end: int, kind: str) -> tuple[str, int] | None:
    """"اهتمت صحيفة «X» بـ... وقالت الصحيفة إن": a named outlet that the next sentences quote
    as "the newspaper" (a reporting verb with the bare noun, within 600 characters)."""
    if kind not in ("paragraph", "heading", "title"):
        return None
    named = _NAMED_BY_NOUN.search(norm, max(part_start, m.start - len(m.prefix) - 30), m.start - len(m.prefix))
    if named is None:
        return None
    back = re.compile(_BACK_REFERENCE.format(verbs=_VERBS, noun=named.group(1)))
    if back.search(norm, m.end, min(len(norm), m.end + 600)) is None:
        return None
    return "text", named.start(1)


# between two sources listed under one cue: a quotation mark, an adjective, و or ، and a source noun
_LISTED_AFTER = re.compile(r"[\")]?\s*(?:ال\w+\s*)?(?:و|،|,)\s*(?:صحف|" + _SOURCE_NOUN + r")?\s*[\"(]?\s*")  # (or brackets: "(X) و(Y)")


def end_after_quotes(norm: str, pos: int, limit: int) -> int:
    """Extend a mention ending at ``pos`` over its closing quotation marks (up to ``limit``)."""
    while pos < limit and norm[pos] == '"':
        pos += 1
    return pos


def closing_mark_end(norm: str, start: int, end: int) -> int:
    """End of a mention that opens a mark inside it (جريدة «الجزيرة»، صحيفة (أولي)): after its closing mark."""
    inner = norm[start:end]
    if inner.count('"') % 2 and norm[end : end + 1] == '"':
        return end + 1
    if inner.count("(") > inner.count(")") and norm[end : end + 1] == ")":
        return end + 1
    return end


def _whole_segment(head: str, tail: str) -> bool:
    """The mention is a whole segment of a credit line: between separators (- – _ : ، / or the
    double space a tatweel dash leaves once normalised) or the ends of the line."""
    before = re.search(r"(?:^|[-–—_:،,/]|\s{2})\s*$", head) is not None
    after = re.match(r"^\s*(?:$|[-–—_:،,/.]|\s{2})", tail) is not None or re.match(r"^\s*$", tail) is not None
    return before and after


def _marked_as_source(head: str, tail: str) -> bool:
    quoted = head.rstrip().endswith('"') and tail.lstrip().startswith('"')
    labelled = re.match(r"^\s*(?:المصدر|المصادر|source)\s*:", head) is not None
    listed = re.search(r"[+_|]\s*[\"(]?\s*$", head) is not None or re.match(r"^\s*[\")]?\s*[+_|]", tail) is not None
    return quoted or labelled or listed


def find_attributions(
    article: Article,
    parts: Iterable[Part],
    normalized: NormalizedText,
    lexicon: AgencyLexicon,
    *,
    byline_normalized: NormalizedText | None = None,
    own_outlet: str = "",
) -> list[Attribution]:
    """Attributions in an article, given its parts (see ``framing.parts``) and normalised text.

    ``own_outlet`` is the agency id of the publishing outlet: its self-credits ("بيروت: الوطن"
    in al-Watan, "لـ«سبق»" in Sabq) are not attributions and are left out.
    """
    norm = normalized.text
    out: list[Attribution] = []
    for part in parts:
        if part.kind == "chrome":
            continue
        n_start = int(normalized.norm_index(part.start))
        n_end = int(normalized.norm_index(part.end))
        last_text = None  # (end of the last in-text attribution, its cue start) in this part
        for m in lexicon.mentions(norm, n_start, n_end):
            got = classify_mention(norm, m, part, n_start, n_end, lexicon)
            if got is None:
                got = _referred_back(norm, m, n_start, n_end, part.kind)
            listed = last_text is not None and _LISTED_AFTER.fullmatch(norm, last_text[0], m.start)
            if got is None and listed and (m.key not in lexicon.needs_cue or re.search(r"[\"]|" + _SOURCE_NOUN, listed.group())):
                got = ("text", last_text[1])  # "وذكرت إذاعة X وصحيفتا "Y" و"Z"": the same cue names several sources
            if got is None:
                continue
            if got[0] == "text":
                last_text = (end_after_quotes(norm, m.end, n_end), got[1])
            kind, cue_start = got
            if kind == "dateline" and own_outlet and any(lexicon.ids[o.key] == own_outlet for o in lexicon.mentions(norm, n_start, m.start)):
                kind = "credit"  # "سبق- وكالات:" in Sabq: the paper's own credit line, not a place and an agency
            start, end = normalized.raw_span(m.start, closing_mark_end(norm, m.start, m.end))
            if article.text[end - 1 : end] and article.text[end - 1] in TANWEEN:
                continue  # "أبلغ لساناً" (لسان with its case ending), not ل + سانا: no name takes tanween
            cue_raw_start, _ = normalized.raw_span(cue_start, cue_start + 1)
            if kind == "text" and any(a.field == "text" and a.agency == lexicon.ids[m.key] and cue_raw_start <= a.start for a in out[-2:]):
                continue  # "وكالة الأنباء السعودية «واس»": the same agency named twice in one formula
            cue = article.text[cue_raw_start:start].strip() if kind == "text" else part.kind
            out.append(Attribution(article.id, lexicon.ids[m.key], kind, article.text[start:end], start, end, "text", cue))
    if article.byline and byline_normalized is not None:
        bnorm = byline_normalized.text
        fake = Part(article.id, "byline", 0, len(article.byline), article.byline)
        for m in lexicon.mentions(bnorm):
            if classify_mention(bnorm, m, fake, 0, len(bnorm), lexicon) is None:
                continue
            start, end = byline_normalized.raw_span(m.start, m.end)
            out.append(Attribution(article.id, lexicon.ids[m.key], "credit", article.byline[start:end], start, end, "byline", "byline"))
    if own_outlet:
        # the outlet's own name, also when another outlet shares it: "لـ«الجزيرة»" in the Saudi
        # al-Jazirah is the paper itself, not Al Jazeera (unless named as a channel: "قناة الجزيرة")
        own_names = lexicon.names_of(own_outlet)
        own_names |= {"ل" + n[2:] for n in own_names if n.startswith("ال")}  # ("للجزيرة": ل + الجزيرة, its article dropped)
        out = [a for a in out if a.agency != own_outlet and not (
            " ".join(normalize(a.surface).split()) in own_names and not re.search(r"قناه|شبكه|تلفزيون", normalize(a.cue)))]
    return sorted(out, key=lambda a: (a.field != "text", a.start, a.end, a.agency))


def attributions_to_frame(items: Iterable[Attribution]) -> pd.DataFrame:
    """Attributions as a DataFrame sorted by article and offset, in a fixed column order."""
    return records_to_frame(items, Attribution)
