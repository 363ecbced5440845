"""framing.speakers: who a statement's speaker is, read from the phrase around a reporting verb.

The reader classifies a speaker phrase, in this order: an agency, a person in the gazetteer
(``people.tsv``), an anonymous source (مصدر، مسؤول، دبلوماسيون), a title followed by a name
("وزير الدفاع البريطاني بن والاس": a person even if unknown), a title alone resolved back to
the person it named earlier in the article, an institution (الكرملين، موسكو), a bare name.
Names are read forwards past titles, organisations, places and appositions with the word
classes of ``speaker_cues.tsv`` and the corpus-counted ``common_nouns.tsv`` and
``given_names.tsv``. It also finds a subject written before its verb ("وكان X قد أكد").
``ArticleMemory`` carries what an article has named so far, for titles, surnames and pronouns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .attribution import AgencyLexicon, end_after_quotes
from .errors import LexiconError
from .lexicons import Lexicons
from .matching import TermMatcher
from .normalize import normalize, spelling_variants
from .verbs import ReportingVerbs

__all__ = ["SpeakerReader", "Speaker", "ArticleMemory", "SPEAKER_CUE_ROLES"]

# Content markers after the speaker phrase (normalised text): إن / أن / بأن / : / a quotation mark / إلى أن ...
CONTENT_MARKER = re.compile(
    r"(?<!\w)(?:(?:الي|علي)\s+)?(?:ب|و|ف)?ان(?:ه|ها|هم|هما|هن|نا|ني)?(?!\w)|:|\"|(?<!\w)(?:الي|علي|من|عن)(?!\w)"
)
_CLAUSE_BREAK = re.compile(r"[،,;؛()]")
# "X -رئيس اللجنة- قال": a subject, then an aside between dashes, right before the verb
_DASHED_ASIDE = re.compile(r"[.،,]\s*([^\s\-–—،,.:\"][^\-–—،,.:\"]{1,60}?)\s+[-–—][^\-–—]{3,150}[-–—]\s*$")
# "ألقى X كلمة (قال / أكد) فيها": X gave the speech the verb reports
_DELIVERED_SPEECH = re.compile(r"(?<!\w)[وف]?(?:القي|القت|يلقي)\s+([^،,:\"]{3,130}?)\s+(?:كلمه|كلمته|كلمتها|خطابا|خطابه|محاضره)"
                               r"(?:\s+(?:بهذه\s+المناسبه|بالمناسبه|في\s+الحفل|خلال\s+الحفل))?\s*$")  # (كلمة بهذه المناسبة عبرت فيها)
# "تلقى ... اتصالاً هاتفياً (أمس) من X، ... أعرب خلاله": who called or wrote speaks in the verb after it
_CALL_FROM = re.compile(r"(?<!\w)(?:اتصالا|اتصال|مكالمه|برقيه|رساله)(?:\s+(?:هاتفيا|هاتفي|هاتفيه))?(?:\s+(?:اليوم|امس|مساء|صباح))?\s+من\s+")
_CALL_MADE = re.compile(r"(?<!\w)[وف]?(?:اجري|اجرت)\s+([^،,:\"]{3,120}?)\s+(?:اتصالا|اتصال|مكالمه)(?:\s+(?:هاتفيا|هاتفي|هاتفيه))?(?!\w)")
THAT = re.compile(r"(?<!\w)[بوف]?ان(?:ه|ها|هم)?(?!\w)")  # the complementiser (إن، أن، بأنه، وأن): the content begins
IN_IT = re.compile(r"\s+(?:من\s+)?(?:خلالها|خلاله|فيها|فيه)(?!\w)")  # "in it", right after a verb: "كلمة أكد فيها"
_IN_CALL = re.compile(r"\S+" + IN_IT.pattern)  # the verb, then "in it"
_LOOK_FURTHER = object()  # a clause's opening verb that does not settle its subject
# "ثم ألقيت كلمة الفرع، ألقاها مساعد المدير نواف الغامدي، أكد فيها": the one who gave it
# "أصدر الجيش بيانا أعرب فيه عن ...": who issued the statement speaks in it
_ISSUED_STATEMENT = re.compile(r"(?<!\w)[وف]?(?:اصدر|اصدرت)\s+([^،,:\"]{3,80}?)\s+(?:بيانا|بيان)\s*$")
_DELIVERED_IT = re.compile(r"(?<!\w)[وف]?(?:القاها|القتها)\s+([^،,:\"]{3,80}?)\s*[،,]\s*$")
# "X بدوره أشار"، "X من جهته أكد": an aside between the subject and its verb
# "من جهته"، "ومن جانبها"، "من ناحيته": "on his / her / their side", opening a speaker's turn
SIDE_PHRASE = r"[وف]?من\s+(?:جانب|جه|ناحي)(?:ته|تها|تهم|ه|ها|هم)"
_SUBJECT_ASIDE = re.compile(r"\s+(?:بدور(?:ه|ها|هم)|" + SIDE_PHRASE + r")\s*$")
_ON_BEHALF = ("باسم", "بلسان")  # "المتحدث باسم"، "الناطق بلسان": the title goes on with whom it speaks for
_WEEKDAYS = {"الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت"}
_AFTER_WEEKDAY = {"الماضي", "المقبل", "الفايت", "القادم", "المنصرم", "الموافق", "الاول", "الاخير"}  # "الخميس الماضي": a day
_TOPIC = re.compile(r"\s*[وف]?اما\s+")  # "أما X، فقال": X is the topic, and the subject of the verb after ف
_SV_LEAD = re.compile(r"(?<!\w)(?:[وف]?كان|[وف]?كانت|قد|فيما|بينما|كما|ان|بان|لكن|ولكن|اما|واما)(?!\w)")
SOURCE_NOUNS = {"صحيفتا", "وكالتا", "قناتا", "صحيفه", "جريده", "وكاله", "قناه", "شبكه", "موقع", "تلفزيون", "اذاعه", "مجله", "محطه", "مراسل", "مراسله"}
TOKEN = re.compile(r"[^\s،,:;؛()\"]+")
# the roles of lexicons/speaker_cues.tsv (documented in its header)
SPEAKER_CUE_ROLES = ("title", "anonymous", "anonymity", "adjunct", "preposition", "org", "place", "rank", "given_name",
                     "not_name", "in_charge", "common_noun", "plural_group", "naming_noun", "honorific_pronoun",
                     "construct_title", "kinship")
_DEF = re.compile(r"^(?:[وفبلك]?ال|لل)")
NAME_LINKS = {"بن", "بنت", "ابن", "ابو", "ام", "عبد", "دي", "فون", "دير", "ولد", "لو", "دو"}  # join the next word to a name
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
    titled: list[tuple[str, Speaker]] = field(default_factory=list)  # (normalised title, person)
    norm: str = ""
    ranges: list[tuple[int, int]] = field(default_factory=list)  # paragraphs read so far (normalised)
    named: dict[str, Speaker] = field(default_factory=dict)  # surname -> first named speaker
    sentence_start: int = -1  # start of the sentence of the last statement
    quoted_names: frozenset[str] = frozenset()  # short quotations the article repeats: names («غوغل»)
    last_agency: Speaker | None = None  # the agency or outlet that spoke last ("وأضافت الوكالة")
    topic: Speaker | None = None  # before anyone spoke: the titled person a sentence opened with ("نقل المدير X التعازي")
    organisations: set[str] = field(default_factory=set)  # the words of unlisted organisations that spoke


class SpeakerReader:
    """Reads speaker phrases with the people, institution, camp and speaker-cue lexicons."""

    def __init__(self, lexicons: Lexicons, agencies: AgencyLexicon | None = None, verbs: ReportingVerbs | None = None) -> None:
        self.agencies = agencies or AgencyLexicon.from_lexicons(lexicons)
        self.verbs = verbs or ReportingVerbs(lexicons)
        self.people: dict[str, tuple[str, str, str]] = {}  # norm variant -> (id, canonical, camp)
        self._titles: dict[str, list[str]] = {}  # person id -> normalised titles
        for row in lexicons["people.tsv"]:
            names = [row["name"], *filter(None, row.get("variants", "").split("|"))]
            for name in names:
                norm_name = normalize(name).strip()
                self.people.setdefault(norm_name, (row["id"], row["name"], row["camp"]))
                for variant in spelling_variants(norm_name, with_article=False):  # غروشكو / جروشكو ...
                    self.people.setdefault(variant, (row["id"], row["name"], row["camp"]))
            self._titles[row["id"]] = [normalize(t).strip() for t in row.get("titles", "").split("|") if t.strip()]
        self.people_matcher = TermMatcher(self.people)
        self._canonical = {pid: (canonical, camp) for pid, canonical, camp in self.people.values()}

        self.institutions: dict[str, tuple[str, str]] = {}
        for row in lexicons["institutions.tsv"]:
            self.institutions.setdefault(normalize(row["term"]).strip(), (row["id"], row["camp"]))
        self._inst_matcher = TermMatcher(self.institutions)

        self._camp_of: dict[str, str] = {}
        for row in lexicons["camps.tsv"]:
            self._camp_of.setdefault(" ".join(normalize(row["term"]).split()), row["camp"])
        self._camp_matcher = TermMatcher(self._camp_of, definite=True)

        roles: dict[str, set[str]] = {}
        cues = lexicons["speaker_cues.tsv"]
        for i, row in enumerate(cues):
            if row["role"] not in SPEAKER_CUE_ROLES:
                raise LexiconError(f"{cues.where(i)}: role {row['role']!r} not in {list(SPEAKER_CUE_ROLES)}")
            roles.setdefault(row["role"], set()).add(normalize(row["term"]).strip())
        self._title_words = roles.get("title", set())
        self._anon_words = roles.get("anonymous", set())
        self._adjuncts = roles.get("adjunct", set())
        self._preps = roles.get("preposition", set())
        self._org_words = roles.get("org", set())
        self._places = roles.get("place", set())
        self._ranks = roles.get("rank", set())
        self._given_names = roles.get("given_name", set())
        self._never_in_names = roles.get("not_name", set())
        # (and without the article: "للمشرف على" is read from "مشرف على")
        self._in_charge = roles.get("in_charge", set()) | {w[2:] for w in roles.get("in_charge", set()) if w.startswith("ال") and len(w) > 4}
        self._common_nouns = roles.get("common_noun", set())
        self._plural_groups = roles.get("plural_group", set())
        self.naming_nouns = roles.get("naming_noun", set())
        self._construct_titles = roles.get("construct_title", set())
        self._kinship = roles.get("kinship", set())
        # the stems a possessive pronoun attaches to: "زميله"، "زوجته" (ة is written ت before it)
        self._kin_stems = {k[:-1] + "ت" if k.endswith("ه") else k for k in self._kinship}
        # "معاليه" -> "معالي", "فضيلته" -> "فضيله": the honorific a pronoun stands for
        self._honorific_of = {w: w[:-2] + "ه" if w.endswith("ته") else w[:-1] for w in roles.get("honorific_pronoun", set())}
        self.anonymity = TermMatcher(roles.get("anonymity", set()))
        # words far more often common nouns than names (جنرال، مصور، دور): never open a bare name
        self._common_words = {normalize(r["word"]).strip() for r in lexicons["common_nouns.tsv"]} - self._given_names - set(self.people)
        self._name_openers = {normalize(r["word"]).strip() for r in lexicons["given_names.tsv"]}
        self._verb_words = self.verbs.written - self.verbs.clause_only_forms  # (a name may open with دان: "المحامي دان كينغ")
        self._honorifics = set(self._honorific_of.values()) | {"سمو", "صاحب", "السمو", "فضيله", "سعاده", "معالي"}

    def is_title_phrase(self, norm: str, s: int, e: int) -> bool:
        """Whether norm[s:e] opens with a title word (المتحدث، الخبير، وزير ...)."""
        first = TOKEN.search(norm, s, e)  # (وزيرة is a title before و is taken for a clitic)
        return first is not None and (first.group() in self._title_words or strip_clitics(first.group()) in self._title_words)

    def unnamed_before(self, norm: str, s_start: int, v_start: int) -> tuple[Speaker, tuple[int, int]] | None:
        """An unnamed source written right before its verb, as its subject ("هناك تقارير أكدت"),
        with its span, or None."""
        last = None
        for last in TOKEN.finditer(norm, max(s_start, v_start - 20), v_start):
            pass
        word = strip_clitics(last.group()) if last is not None and not norm[last.end() : v_start].strip() else ""
        base = _strip_article(word)
        if not word or (word not in self._anon_words and base not in self._anon_words):
            return None
        return Speaker("", f"anon:{base}", "anonymous", ""), last.span()

    def is_adjunct(self, word: str) -> bool:
        """A time word or adverb of the lexicon (أمس، مجددا): never a speaker, nor a verb."""
        return word in self._adjuncts

    def opens_speaker(self, word: str) -> bool:
        """Whether a speaker phrase may open with ``word``: a title, rank, organisation or source
        noun, a listed given name, a gazetteer name, or an honorific pronoun (سموه)."""
        return any(self._is_role_word(w) or w in self._ranks or w in self._name_openers or w in self.people
                   or w in self._honorific_of for w in {word, strip_clitics(word)})  # (وزير is no و + زير)

    def is_source(self, speaker: Speaker, norm: str, s: int) -> bool:
        """Whether a speaker read after بحسب / وفقا لـ with no فإن is a source that speaks: a listed
        person or one named after a title or rank, an unnamed source word (مصادر، شهود) or a
        listed institution."""
        if speaker.type == "anonymous":
            return speaker.id.removeprefix("anon:") in self._anon_words
        if speaker.type == "institution":
            return not speaker.id.startswith("inst:")
        first = TOKEN.search(norm, s)
        return speaker.type == "person" and bool(speaker.name_key) and (
            speaker.id in self._canonical
            or (first is not None and any(w in self._title_words or w in self._ranks or (w.startswith("ال") and w in self._anon_words)
                                          for w in (first.group(), strip_clitics(first.group())))))
        # (a definite source word before the name is a title: "بحسب المسؤول في مركز الأرصاد غلام رسول")

    def listed_person(self, norm: str, s: int, e: int):
        """The first gazetteer name in norm[s:e], unless a one-word variant (a surname), before a
        name-like word, is the given name of someone else: "ميشيل بلاتيني" is not شارل ميشيل."""
        for m in self.people_matcher.finditer(norm, s, e):
            nxt = TOKEN.match(norm, m.end + 1, e) if norm[m.end : m.end + 1] == " " else None
            word = nxt.group() if nxt is not None else ""
            if (" " not in m.key and word and (self._name_like(word) or word in self._name_openers)  # (not "ظريف موقف روحاني")
                    and not word.endswith(("ا", "ه")) and not (self._is_role_word(word) or self._is_place(word))
                    and word not in self._adjuncts and word not in self._preps
                    and word not in self.gazetteer_name(self.people[m.key][0]).split()
                    and norm.rfind(self.gazetteer_name(self.people[m.key][0]), max(0, s - 5000), s) < 0):
                continue  # (unless the article wrote the listed full name before: "محمود عباس" ... "وانتقد عباس صدور")
            return m
        return None

    def gazetteer_name(self, person_id: str) -> str:
        """The normalised canonical name of a gazetteer person ("" if the id is not listed)."""
        return normalize(self._canonical[person_id][0]).strip() if person_id in self._canonical else ""

    def plain_name(self, word: str) -> bool:
        """A word that may be (part of) a name, even opening with ب or ل (بيار، لبيد): no common
        word, title, function word, verbal noun or reporting verb."""
        return (_looks_like_name(word) and not self._not_name(word) and word not in self._common_words and not _stop_word(word)
                and not _masdar(word) and word not in self._verb_words)

    def named_as_organisation(self, word: str, memory: ArticleMemory, before: int) -> bool:
        """Whether the article wrote ``word`` before as an organisation: in the name of one that
        spoke, after an organisation noun of the lexicon (شركة، مجموعة، بنك ...), with a feminine adjective with the article
        ("داماك العقارية"، "أرامكو السعودية"), or as an abbreviation in parentheses ("(أجوكو)")."""
        if word in self._given_names or word in self.people or word in memory.named:
            return False
        if word in memory.organisations:
            return True  # (part of the name of an organisation that spoke before: "شركة الطيران ... فلاي دبي")
        if any(self._is_org(w) for (w,) in _words_before_mentions(word, memory.norm, before, 1, window=5000, quoted=True)):
            return True
        w = re.escape(word)
        return re.search(r"(?<!\w)" + w + r"\s+ال\w+يه(?!\w)|\(\s*" + w + r"\s*\)", memory.norm[max(0, before - 5000) : before]) is not None

    def name_word(self, word: str) -> bool:
        """Whether ``word`` may be part of a person's name (not a common noun, title or function word)."""
        return (word in self._name_openers or word in self._given_names or word in NAME_LINKS or word == "علي"
                or not (self._not_name(word) or word in self._common_words or _stop_word(word) or word[:1] in "بل"))

    def camp_in(self, norm_text: str) -> str:
        """Camp of the first camp cue in a normalised phrase, or ""."""
        for m in self._camp_matcher.finditer(norm_text):
            return self._camp_of[m.key]
        return ""

    # -- the speaker phrase -------------------------------------------------------------------

    def from_phrase(self, norm: str, s: int, e: int, context: str, memory: ArticleMemory, *,
                    before_verb: bool = False) -> tuple[Speaker, int] | None:
        """Classify the speaker phrase norm[s:e]; return it and where the phrase really ends.

        ``before_verb``: the phrase is the subject before its verb ("عون حذر"), where a bare
        word that is mostly a common noun may still be a surname named earlier."""
        np_norm = norm[s:e]
        tokens = list(TOKEN.finditer(norm, s, e))
        if not tokens:
            return None
        first = tokens[0].group()
        head = strip_clitics(first)
        if first == "الله" or _EULOGY.match(norm, s) or (_EULOGY.match(norm, e) and not self._is_role_word(first)):
            return None  # "ودعا الله أن ...": God is prayed to, not quoted; "قال صلى الله عليه وسلم"، "فقال
            # نوح عليه السلام": scripture quoted in a sermon, not a statement of the news (but "قال النبي
            # عليه الصلاة والسلام" keeps its title as the speaker)
        agency = next((a for a in self.agencies.mentions(norm, s, min(len(norm), e + 40)) if a.word_start < e), None)
        if agency is not None:
            opening = agency.word_start <= tokens[0].end() or first in SOURCE_NOUNS or head in SOURCE_NOUNS
            if opening and (agency.key not in self.agencies.needs_cue or re.search(r"(?:وكاله|صحيفه|قناه|مراسل)", np_norm)):
                return Speaker("", self.agencies.ids[agency.key], "agency", ""), end_after_quotes(norm, agency.end, len(norm) if '"' in norm[s : agency.word_start] else e)
            if not opening and agency.prefix.endswith("ل") and not self._rank_ahead(norm, agency.end, e):
                e = agency.word_start  # "... جونسون لهيئة الإذاعة البريطانية": told the BBC
                while e > s and norm[e - 1].isspace():
                    e -= 1
                np_norm = norm[s:e]
                tokens = list(TOKEN.finditer(norm, s, e))
                if not tokens:
                    return None
        if (memory.last_agency is not None and first.startswith("ال") and first[2:] in SOURCE_NOUNS and not first[2:].startswith("مراسل")
                and (len(tokens) == 1 or (tokens[1].group().startswith("ال") and tokens[1].group().endswith(("ي", "يه"))))):
            return memory.last_agency, tokens[-1].end() if len(tokens) <= 2 else tokens[1].end()  # "وأضافت الوكالة": the one named before
        person = self.listed_person(norm, s, e)
        title_like = (head in self._title_words or first in self._title_words
                      or (first.endswith("ه") and first[:-1] in self._title_words)  # "وكيله المحامي دان كينغ": his agent
                      or (first in self._construct_titles and len(tokens) > 1 and _DEF.match(tokens[1].group())))  # كبير المفاوضين
        if person is not None and title_like and person.start - len(person.prefix) > tokens[0].start():
            before = norm[max(s, person.start - len(person.prefix) - 20) : person.start - len(person.prefix)].split()
            if before and self._is_org(before[-1]):
                person = None  # "المتحدث باسم مركز الملك سلمان ...": the person names the organisation
            elif person.prefix.endswith("ل") or (len(before) > 1 and before[-1].startswith("لل") and "ال" + before[-1][2:] in self._title_words):
                person = None  # "قائد عسكري موالٍ للرئيس X"، "مستشار لهادي": the person is the title's complement
                # (not "الأمين العام للناتو X": an organisation, whose officer X is)
        if person is not None and (person.start - len(person.prefix) <= tokens[0].start() or title_like):
            pid, canonical, camp = self.people[person.key]
            known = memory.named.get(person.key) if " " not in person.key else None
            if known is not None and known.type == "person" and known.id != pid and " " in known.name_key:
                return known, person.end  # "وأضاف تراس" after "وارن تراس": the article's own Truss, not the listed one
            end = _nasab_end(norm, person.end, e)
            if '"' in norm[s : person.start - len(person.prefix)]:
                end = end_after_quotes(norm, end, len(norm))  # (الرئيس «أوباما»: its closing mark too)
            return Speaker("", pid, "person", camp, normalize(canonical)), end
        counted = tokens[1].group() if len(tokens) > 1 else ""
        if (first in _NUMBER_WORDS or (first.isdigit() and (counted in self._anon_words or counted.endswith(("ون", "ين"))))) and counted and not _DEF.match(counted):
            # "وحذرت ثماني منظمات"، "وقال 3 شهود": a counted group speaks, unnamed
            return Speaker("", f"anon:{_strip_article(strip_clitics(tokens[1].group()))}", "anonymous", self.camp_in(context)), tokens[1].end()
        if first in _QUANTIFIERS and self._people_after(norm, tokens[0].end()):
            return Speaker("", f"anon:{first}", "anonymous", self.camp_in(context)), tokens[0].end()  # عدد من، بعض
        if head.endswith(("ان", "ين")) and head[:-2] in self._anon_words:
            return Speaker("", f"anon:{head[:-2]}", "anonymous", self.camp_in(context)), tokens[0].end()  # شاهدان
        quoted_next = re.match(r'\s*"[^"]{1,25}"', norm[tokens[0].end() : tokens[0].end() + 30]) is not None  # (a short quoted name)
        construct_plural = head.startswith("م") and head.endswith("و") and not head.endswith(("يو", "وو")) and len(head) >= 5 and (quoted_next or len(tokens) > 1 and (
            tokens[1].group().startswith("ال") or head[:-1] + "ين" in self._common_words
            or head[:-1] + "ون" in self._common_words))  # مقاتلو طالبان، مقاتلو «طالبان»
        if (head in self._plural_groups or _unnamed_group(head) or construct_plural) and not self._is_role_word(first):
            # "قال فلسطينيون رأوا ..."، "قال مسلحون": an unnamed group speaks
            return Speaker("", f"anon:{head}", "anonymous", self.camp_in(context)), tokens[0].end()
        if first == "ابن" and len(tokens) > 1 and (nasab := self._named_by_nasab(tokens[1].group(), norm, s, memory)) is not None:
            return nasab, tokens[1].end()  # "وقال ابن إبراهيم" after "سلمان بن إبراهيم آل خليفة"
        if first == "ابن" and len(tokens) > 1 and (self._family_name_after_ibn(tokens[1].group()) or tokens[1].group() in self._given_names
                                                   or tokens[1].group() == "علي"):  # ("وقال ابن علي": a family name)
            name = f"ابن {tokens[1].group()}"  # "قال ابن بطال"، "ابن كيران": a name, not "the son of"
            return Speaker.person(name), tokens[1].end()
        agent_of = self._agent_of([t.group() for t in tokens[:2]])
        if first in self._kinship or head in self._kinship or agent_of:
            # "وقالت ابنة توننبرج"، "وقال والده": a relative, unnamed, of the person named after the
            # noun ("محامي السيدة لي": her lawyer)
            end = tokens[1].end() if len(tokens) > 1 and (agent_of or not _DEF.match(tokens[1].group()) and not self._not_name(tokens[1].group())) else tokens[0].end()
            return Speaker("", f"role:{' '.join(norm[s:end].split())}", "person", self.camp_in(context)), end
        if first in self._honorific_of:
            # "وقال معاليه"، "وقال سموه": the person last named with that honorific, unless the last
            # named speaker came after that name (then the speaker goes on)
            last = memory.last if memory.last is not None and memory.last.type == "person" and memory.last.name_key else None
            if last is None and memory.named:
                last = next(reversed(memory.named.values()))  # the person last named in a statement
            root = self._honorific_of[first]
            named, at, tries = None, s, 0
            while named is None and tries < 6:
                # the nearest honorific with a name after it ("وسمو نائبه" names nobody: look further back)
                at = norm.rfind(root + " ", max(0, s - 3000), at)
                if at < 0:
                    break
                tries += 1
                named = self.read_name(norm, at + len(root), min(s, at + 260), max_skip=14)
                if named is not None and ((named[0].split()[0] in self._common_words and named[0].split()[0] not in self._name_openers)
                                          or self._possessed_noun(named[0].split()[0])):
                    named = None  # "وسمو ولي العهد ... رجال الأمن"، "وسمو ولي عهده": no name after the honorific
            # (the last speaker keeps the pronoun if the article gave him the same honorific: "سمو
            # الأمير X ... جائزة الأمير نايف ... وأضاف سموه" is X; "كاميرون ... سماحة المفتي Y ... وقال سماحته" is Y)
            last_honoured = last is not None and re.search(
                re.escape(root) + r"[^.،,]{0,120}?" + re.escape(last.name_key.split()[0]), norm[max(0, s - 5000) : s]) is not None
            if named is not None and (last is None or not last_honoured):
                known = memory.named.get(named[0].split()[-1])
                sp = known or Speaker.person(named[0])
                return sp, tokens[0].end()
            if last is not None:
                return last, tokens[0].end()
            return Speaker("", f"role:{root}", "person", ""), tokens[0].end()
        nxt = tokens[1].group() if len(tokens) > 1 else ""
        object_next = (len(tokens) > 2 and _DEF.match(tokens[2].group()) and not _DEF.match(nxt) and nxt not in self._name_openers
                       and nxt not in self._given_names)  # "وتوقع حجي سن القانون": a noun and its complement
        known_surname = memory.named.get(first.strip('"'))
        other_person = nxt in self._name_openers or nxt in self._given_names or nxt in NAME_LINKS or (
            known_surname is not None and " " in known_surname.name_key and nxt in known_surname.name_key.split())
        if known_surname is not None and (
                not nxt or _DEF.match(nxt) or first.startswith("ال") or self._not_name(nxt) or nxt in self._common_words or object_next
                or (known_surname.type == "person" and known_surname.name_key.split()[-1] == first.strip('"')
                    and " " in known_surname.name_key and not other_person and nxt not in self.people
                    and norm.rfind(f"{first} {nxt}", 0, s) < 0)):  # (not "مريم رجوي" written so before: a full name)  # "وأكد شيخ أدى هبوط": the surname of عاصم شيخ, then the content
            # "وأضاف دغلس المكلف بملف الاستيطان": the surname of a person named earlier, then a description
            known = memory.named[first.strip('"')]  # "وتوقع المهنا": the surname of a person named earlier
            return known, tokens[0].end()
        tail = memory.named.get(nxt)
        if (tail is not None and tail.type == "person" and len(tail.name_key.split()) > 2
                and tail.name_key.endswith(f" {first} {nxt}")):
            return tail, tokens[1].end()  # "وطالبت ميرك إربه الساسة" after "بريجيته ميرك إربه": her last two names
        if head.endswith("ي") and head + "ن" in self._anon_words and len(tokens) > 1:
            return Speaker("", f"anon:{head}", "anonymous", self.camp_in(context)), tokens[1].end()  # "مسؤولي المتنزه": officials of
        if first in self._anon_words or head in self._anon_words:
            construct = len(tokens) > 2 and tokens[1].group().startswith("ال")  # "مسؤول التسوية القانونية بدر الحربي"
            named = self._name_ending_phrase(norm, tokens, e) if first.startswith("ال") or construct else None
            if named is not None:
                # "المسؤول الكنسي وديع أبونصار": the definite source word is a title here
                return Speaker.person(named[0], self.camp_in(context)), named[1]
            base = _strip_article(head)
            if first.startswith("ال") and memory.last and memory.last.type == "anonymous":
                prev = memory.last
                return Speaker("", prev.id, "anonymous", prev.camp), tokens[0].end()
            return Speaker("", f"anon:{base}", "anonymous", self.camp_in(context)), e
        if title_like and first in self._given_names and len(tokens) >= 3 and tokens[2].group() in ("الله", "الدين"):
            named = self.read_name(norm, s, e, skip_titles=False)  # "مساعد ضيف الله الجابري": a given name shaped like a title
            if named is not None and len(named[0].split()) >= 3:
                return Speaker.person(named[0]), named[1]
        if title_like:
            forward = self.read_name(norm, tokens[0].end(), e, max_skip=20)  # (a long title: "وكيل وزارة ... والبحث العلمي الدكتور X")
            if forward is not None and " " not in forward[0]:
                after = TOKEN.search(norm, forward[1], e)
                if after is not None and self._is_role_word(after.group()):
                    # "محافظ تنومة رئيس اللجنة ... عبدالرحمن بن زيد الهزاني": a place, then another title and the name
                    again = self.read_name(norm, after.start(), e)
                    if again is not None and " " in again[0]:
                        forward = again
            parts = forward[0].split() if forward is not None else []
            before_name = norm[s : forward[1] - len(forward[0])].split()[-1:] if forward is not None else []
            # "الدكتور سداد الحسيني"، "البريطاني ديفيد كاميرون": after a rank or a nationality, two
            # words or more are a name, even when one of them is also a common word
            vouched = (len(parts) > 1 and bool(before_name) and (before_name[0] in self._ranks or self._nationality(before_name[0]))
                       and not any(w.startswith("ال") and w not in ("الله", "الدين") and (
                                       self._not_name(w) or self._is_place(w) or (w[2:] in self._common_words and not w.endswith("ي")))
                                   for k, w in enumerate(parts[1:]) if parts[k] != "عبد"))
            # (not "الأمريكي حرص الولايات"; but "الدكتور وسيم عبد العزيز عالم": العزيز after عبد)
            if forward is not None and not vouched and ((len(parts) == 1 and (self._common_first(norm, forward[1] - len(forward[0]), parts)
                                                              or self._possessed_noun(parts[0]))) or (
                    len(parts) == 2 and parts[0].endswith("ه") and parts[0] not in self._name_openers and _DEF.match(parts[1]))):
                forward = None  # "قائد عسكري"، "حاكم X حالة الطوارئ": a common noun (and its complement), not a name
            if (forward is not None and not vouched and parts[0] not in self._name_openers and parts[0] not in self._given_names
                    and any(_masdar(w) and w not in self._given_names for w in parts)):
                forward = None  # "قائد عملية تحرير عدن": a verbal noun (تحرير) is the title's complement, not a name
            if (forward is not None and not vouched and len(parts) > 1 and parts[0].endswith("ي") and parts[0] in self._common_words
                    and parts[0] not in self._name_openers and before_name and not before_name[0].startswith("ال")
                    and not parts[1].startswith("ال")):
                forward = None  # "خبير قانوني ملم باللوائح": an adjective describing the title, not a name
            if forward is not None and not vouched and len(parts) > 1 and parts[0] not in self._name_openers and parts[0] not in self._given_names and (
                    any(w in self._common_words for w in parts[1:-1] if not _DEF.match(w))
                    or (parts[-1] in self._common_words and not parts[-1].endswith("ي"))  # (not "راجيف سوري")
                    or (len(parts) == 3 and _DEF.match(parts[2]) and parts[1] not in self._name_openers)
                    or (len(parts) == 2 and parts[0] in self._common_words and parts[1].startswith("ال")
                        and parts[1][2:] in self._common_words)):  # "ناطق باسم فرق الإطفاء": a noun and its complement
                forward = None  # "مدرب يوفنتوس بطل الدوري": a team or a place and its description, not a name
            elif forward is not None and len(parts) == 1:
                nxt = TOKEN.search(norm, forward[1], e)
                if nxt is not None and nxt.group() in self._common_words and not _DEF.match(nxt.group()):
                    forward = None  # "مدرب يوفنتوس بطل ...": a one-word team name described, not a person
            if (forward is None and (len(tokens) == 2 or (len(tokens) > 2 and tokens[2].group()[:1] in "لب"))
                    and (first in self._ranks or head in self._ranks)
                    and tokens[1].group().strip('"').startswith("ال") and (not self._not_name(tokens[1].group().strip('"'))
                                                                         or self._full_name_before(tokens[1].group(), norm, s))):
                # (a title word too when the article ended a full name with it: "المهندس المخرج"
                # after "محمد بن عبدالرحمن المخرج")
                # "اللواء المقدشي"، "العقيد "القرشي"": a family name alone closes the phrase after a title
                forward = tokens[1].group().strip('"'), tokens[1].end()
            known = memory.named.get(parts[0]) if forward is not None and len(parts) >= 2 and parts[1].startswith("ال") else None
            if known is not None and known.type == "person" and known.name_key.split()[-1] == parts[0]:
                # "ووصف السفير عسيري العلاقات ...": the surname of a person named earlier, then the object
                at = TOKEN.search(norm, forward[1] - len(forward[0]), e)
                return known, at.end()
            if forward is not None:
                # "خبير الطقس الدكتور عبدالله المسند أستاذ الجغرافيا ...": the first name after the titles
                name, name_end = forward
                title = " ".join(norm[s : name_end - len(name)].split())
                sp = Speaker.person(name, self.camp_in(title))
                memory.titled.append((title, sp))
                return sp, name_end
            title_end = self._title_end(tokens)  # no name was read: the title alone
            title = " ".join(norm[s:title_end].split())
            resolved = self._resolve_title(title, memory) or self._named_with_title(title, memory, s)
            if resolved is not None:
                return Speaker("", resolved.id, "person", resolved.camp, resolved.name_key), title_end
            return Speaker("", f"role:{title}", "person", self.camp_in(title)), title_end
        inst = next(iter(self._inst_matcher.finditer(norm, s, e)), None)
        if inst is not None and inst.start - len(inst.prefix) <= tokens[0].start():
            iid, camp = self.institutions[inst.key]
            if camp == "-":
                camp = self.camp_in(context)
            return Speaker("", iid, "institution", camp), inst.end
        if first in SOURCE_NOUNS or head in SOURCE_NOUNS:
            named = re.match(r'\s*"([^"]{2,40})"', norm[e : e + 45])
            name = " ".join(named.group(1).split()) if named else ""
            return Speaker("", f"outlet:{name}" if name else "outlet", "agency", ""), e
        if (self._is_org(first) and not _DEF.match(first) and len(tokens) >= 2 and first not in self._title_words
                and first not in self._anon_words and first not in SOURCE_NOUNS):
            # "أعرب قصر باكنغهام"، "قال مركز الرصد الجيولوجي": an organisation the lexicon does not list,
            # up to the verb's object ("أعلن تنظيم داعش مسؤوليته"، "أكدت قوات المارينز مقتل")
            k = 2
            while k < len(tokens):
                w = tokens[k].group()
                if (w in self.people and not self._name_like(tokens[k - 1].group())) or (not _DEF.match(w) and (
                        self._possessed_noun(w) or _masdar(w) or not _looks_like_name(w) or (
                        w in self._common_words and _DEF.match(tokens[k - 1].group())))):  # (or "... أردوغان باستخدام": the object)
                    break
                k += 1
            end = tokens[k - 1].end()
            return Speaker("", f"inst:{' '.join(norm[s:end].split())}", "institution", self.camp_in(context)), end
        words = [t.group() for t in tokens[:3]]
        # a bare name opens the phrase: not a common noun (دراسة، تعيينه، حاجة الشباب) or a
        # nisba adverb (خطيًا، رسميًا), which end in ة/ه or يا (بيلسا، أوباما are names)
        second = words[1] if len(words) > 1 else ""
        # a foreign given name in ـه ("أندريه كورتونوف") has a surname after it, not an adjective or a complement
        titled_after = re.match(r"\s*[،,]\s*([^\s،,]+)", norm[tokens[min(1, len(tokens) - 1)].end() : tokens[min(1, len(tokens) - 1)].end() + 40])
        titled_after = titled_after is not None and self._is_role_word(titled_after.group(1)) and len(tokens) == 2
        foreign_ه = (first.endswith("ه") and second and not _DEF.match(second) and (titled_after or not second.endswith(("ه", "ي", "يا")))
                     and not _masdar(first[:-1])  # (not "رفضت تعيينه ثلاث جامعات": a verbal noun with his)
                     and second not in self._common_words and not self._not_name(second) and not _stop_word(second)
                     and second not in self.verbs.written
                     and not (second[:1] in "لب" and (second[1:] in self._common_words or _masdar(second[1:]) or second.endswith("ات"))))
        # (not "ترشحه لانتخابات الرئاسة": a possessed noun, then a prepositional phrase)
        # "عيضه الهذلي"، "إيمان البهكلي": a word before a family name in ـي is a given name (an indefinite
        # noun takes no definite adjective, and a noun in ـة no masculine one)
        family_after = (second.startswith("ال") and second.endswith("ي") and len(second) >= 5
                        and second[2:] not in self._common_words and not self._not_name(second)
                        and not first.startswith(("ب", "ل")) and not first.endswith("ات"))
        common = ((first.endswith(("ه", "يا")) and not foreign_ه and not family_after and first not in self._name_openers
                   and not (len(tokens) == 1 and self._given_before(first, norm, s, listed_only=True)))  # "وقال بامخرمة" after "سعيد بامخرمة"
                  or (_masdar(first) and not family_after and first not in self._given_names)  # (not إيهاب حمودة)
                  or (first[:1] in "بل" and first[1:] in self._common_words)  # "طالبت بعقد جلسة": a prepositional object
                  or (first[:1] in "بل" and _masdar(first[1:]))  # اطلاق، بإخلاء
                  or (first.endswith("ا") and _masdar(first[:-1]))  # "أكدت تزامناً مع": an adverbial verbal noun
                  or (not before_verb and first.endswith("ا") and first[:-1] in self._common_words)  # "رفضت طلبا": an object
                  or _ADVERBIAL_PARTICIPLE.fullmatch(first) is not None  # "ويعلق مبتسما": how, not who
                  or (first.endswith("ات") and len(first) >= 5)  # تقديرات، مباحثات
                  or (not before_verb and not family_after and self._common_first(norm, s, words))) and first not in self.people  # جنرال، مصور
        article_name = first.startswith("ال") and (first in self._given_names or (  # ألكسندر فوتشيتش
            len(first) <= 4 and first not in ("الله", "الان") and self._name_like(second) and not _DEF.match(second)))  # "آلين ماك كويد"
        if (not _DEF.match(first) or article_name) and _looks_like_name(words[0]) and not self._is_role_word(first) and not common:
            named = self.read_name(norm, s, e, skip_titles=False)
            if named is not None:
                name, end = named
                organisation = self._organisation_name(name, norm, s, end)
                if organisation is not None:
                    return Speaker("", f"inst:{organisation[0]}", "institution", self.camp_in(context)), organisation[1]
                return Speaker.person(name), end
        if first.startswith("ال") and len(tokens) >= 3:
            # "المستثمر العقاري معتز الخياط": descriptive words the lexicon does not list, then a
            # name of two words or more
            named = self.read_name(norm, s, e, min_words=2)
            lead = named[0].split()[0] if named is not None else ""
            if named is not None and not ((_masdar(lead) or (lead.endswith("ا") and _masdar(lead[:-1])))
                                          and lead not in self._name_openers and lead not in self._given_names):
                # (not "أعلنت اللجنة العامة ... اكتمال مجمل الاستعدادات": the verb's object)
                name, end = named
                return Speaker.person(name), end
        if (len(tokens) >= 4 and not _DEF.match(first) and _DEF.match(tokens[1].group()) and first not in self.verbs.written
                and (tokens[2].group() in self._name_openers or tokens[2].group() in self._given_names)):
            # "منسق البرنامج أسامة بن أحمد الغامدي": a title the lexicon does not list, its complement,
            # then a full name opening with a listed given name
            named = self.read_name(norm, tokens[2].start(), e, skip_titles=False)
            if named is not None and " " in named[0]:
                return Speaker.person(named[0]), named[1]
        if (len(tokens) == 1 and first.startswith("ال") and first.endswith("ي") and len(first) > 5 and not self._not_name(first)
                and not self._is_role_word(first[2:])):  # (not "أعلن النادي")
            return Speaker.person(first), tokens[0].end()  # a family name: العواجي، الشمري
        if (first.startswith("ال") and len(first) > 4 and not self._not_name(first)
                and (len(tokens) == 1 or self._is_role_word(tokens[1].group()) or self._possessed_noun(tokens[1].group())
                     or _masdar(tokens[1].group()) or tokens[1].group() in self._common_words)
                and (self._given_before(first, norm, s, listed_only=True) or self._full_name_before(first, norm, s))):
            # (and "ودعا السيستاني رئيس الوزراء"، "وأبدى الرشيد اعتزازه": the verb's object follows)
            return Speaker.person(first), tokens[0].end()  # "وأوضح الثقيل" after "ممدوح بن فالح الثقيل"
        if (_DEF.match(first) and len(tokens) <= 3 and _looks_like_name(first[2:] if first.startswith("ال") else first)
                and not first.startswith(("بال", "كال"))):  # ("علّقت بالقول:": how, not who)
            return Speaker("", f"inst:{' '.join(np_norm.split())}", "institution", self.camp_in(context)), e
        return None

    # -- word classes and titles --------------------------------------------------------------

    def _title_end(self, tokens: list[re.Match]) -> int:
        """End of the title words of a phrase with no readable name: cut before an object
        ("الأمين العام روسيا ...") and before a trailing run of name-like words (up to four,
        which may end with one surname with the article), which is not part of the title.
        """
        words = [t.group() for t in tokens]
        for k in range(1, len(words)):
            if not _DEF.match(words[k]) and self._inst_is_place(words[k]) and _DEF.match(words[k - 1]):
                tokens, words = tokens[:k], words[:k]  # "الأمين العام روسيا ...": the object begins
                break
        end = len(words)
        start = end
        i = end - 1
        if i >= 1 and _DEF.match(words[i]) and not self._not_name(words[i]) and not _DEF.match(words[i - 1]) and not self._not_name(words[i - 1]):
            start = i  # a surname with the article, after a first name
            i -= 1
        while i >= 1 and end - i <= 4 and not _DEF.match(words[i]) and not self._not_name(words[i]):
            start = i
            i -= 1
        if start < end and _DEF.match(words[start]):
            start = end  # a lone definite word is a title complement, not a name
        if start >= end:
            return tokens[-1].end()
        return tokens[start - 1].end()

    def _known_name_word(self, word: str) -> bool:
        return word in self._given_names or word in self._name_openers or word in self.people

    def _title_nouns(self, words: list[str], i: int, before: str) -> int:
        """How many words at words[i] are nouns of the title read so far, not a name (0 if none):
        the field after a title that is no rank ("أخصائي علم الاجتماع"، "استشاري طب الأسنان"), two
        nouns joined by و before their complement ("أخصائي طب وجراحة العيون"), or a conjoined noun
        before its complement ("لصوامع الغلال ومطاحن الدقيق")."""
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        title = strip_clitics(words[i - 1] if i else before)
        if (nxt and not _DEF.match(w) and title in self._title_words and title not in self._ranks
                and nxt.startswith("ال") and nxt[2:] in self._common_words and not nxt.endswith(("ي", "يه")) and nxt not in ("الدين", "الله")
                and (w in self._common_words or len(w) <= 3 or _masdar(w)) and not (self._known_name_word(w) or self._known_name_word(nxt))):
            return 2
        if (i + 2 < len(words) and nxt[:1] == "و" and len(nxt) > 3 and _DEF.match(words[i + 2]) and not _DEF.match(w)
                and title in self._title_words and (nxt[1:] in self._common_words or _masdar(nxt[1:]))
                and not any(self._known_name_word(x) for x in (w, nxt, nxt[1:]))):
            return 2
        if (i and w[:1] == "و" and len(w) > 4 and nxt and _DEF.match(nxt)
                and not (self._known_name_word(w) or self._known_name_word(w[1:]))):
            return 1
        return 0

    def _name_like(self, word: str) -> bool:
        """A word that may be a name: no common word, verbal noun, verb, function word or ب / ل phrase."""
        return not _DEF.match(word) and word[:1] not in "بل" and self.plain_name(word)

    def _ali_name(self, words: list[str], i: int, before: str = "") -> bool:
        """Whether words[i] is the name علي rather than the preposition على (both علي once
        normalised; ``before`` is the word before words[0]): before آل / بن / عبد or after بن /
        ابن ("أحمد بن علي"); before a family name with the article when the word before is no
        title that takes على ("المشرف العام على إدارة ..."); after a rank, before any name-like
        word ("العميد علي ردمان قحطان"; but "وشدد العقيد على أهمية"); after another title, before
        two name-like words ("السفير علي عواض عسيري")."""
        if words[i] != "علي" or i + 1 >= len(words):
            return False
        prev, nxt = (words[i - 1] if i else before), words[i + 1]
        if nxt in ("ال", "بن", "عبد") or prev in ("ابن", "بن"):
            return True
        if nxt == "اكبر" and i + 2 < len(words) and self._name_like(words[i + 2]):
            return True  # "علي أكبر صالحي" (but "على أكبر عدد")
        if (prev in self._name_openers and self._name_like(nxt) and nxt not in self._given_names
                and (i + 2 >= len(words) or not _DEF.match(words[i + 2]))):
            return True  # "محمد علي جعفري" (but "أكد محمد على أهمية"، "حسين على هدير الحفار")
        family = nxt.startswith("ال") and nxt[2:] not in self._common_words and not self._not_name(nxt)  # (not على الإنترنت)
        if prev in self._ranks:
            return family or nxt in self._name_openers or self._name_like(nxt)
        if prev in self._title_words and prev not in self._in_charge and i + 2 < len(words) and self._name_like(nxt):
            return self._name_like(words[i + 2]) or words[i + 2].startswith("ال")  # "السفير علي عواض عسيري"
        if (prev not in self._in_charge and self._name_like(nxt) and i + 2 < len(words) and words[i + 2].startswith("ال")
                and words[i + 2][2:] not in self._common_words and not self._not_name(words[i + 2])):
            return True  # "بمحافظة هروب علي موسى الذيبي": a given name, a father's and a family name
        return bool(prev) and prev not in self._in_charge and family

    def _common_first(self, norm: str, s: int, words: list[str]) -> bool:
        """A common noun opens the phrase ("جنرال في"، "دور البريد"), unless a name-like word
        follows it ("جيل فارو"، "غزال عبد الله"), it is quoted ("وقالت "فارو""), or the article
        used it earlier as the surname after a known given name ("عاصم جهاد" ... "وأشار جهاد")."""
        first = words[0]
        if first not in self._common_words or first in self._name_openers or norm[max(0, s - 2) : s].strip() == '"':
            return False
        second = words[1] if len(words) > 1 else ""
        if second and not _DEF.match(second) and second not in self._common_words and not self._not_name(second) and not _stop_word(second):
            return False
        # (a word alone, "يقول كيني:", after "مايكل كيني" earlier: any given name)
        alone = len(words) == 1 and re.match(r"\s*(?::|(?:ب|و)?ان(?:ه|ها)?(?!\w))", norm[s + len(first) : s + len(first) + 6]) is not None
        return not self._given_before(first, norm, s, listed_only=not alone)

    def _given_before(self, surname: str, norm: str, before: int, *, listed_only: bool = False) -> bool:
        """Whether the article wrote ``surname`` after a given name somewhere before ``before``
        ("مارسيلو بييلسا"), not only after a title, a number or a relative pronoun. With
        ``listed_only``, only a given name of ``given_names.tsv`` counts."""
        for (word,) in _words_before_mentions(surname, norm, before, 1):
            if word in self._name_openers or word in self._given_names or (
                    not listed_only and not _DEF.match(word) and not word[0].isdigit() and not _stop_word(word) and word not in self._common_words
                    and not self._is_role_word(word) and not self._not_name(word) and word not in self.verbs.written):
                return True
        return False

    def _full_name_before(self, surname: str, norm: str, before: int) -> bool:
        """Whether the article wrote ``surname`` earlier as the end of a full name after a title
        or in a nasab: "المدرب راضي الشبعان"، "ممدوح بن فالح الثقيل" (the given name unlisted)."""
        for lead, given in _words_before_mentions(surname, norm, before, 2):
            if given.startswith("ال") or self._not_name(given) or _stop_word(given):
                continue
            if lead in NAME_LINKS or (given not in self._common_words and (
                    lead in self._ranks or lead in self._name_openers or (_DEF.match(lead) and lead in self._title_words))):
                return True  # (after بن the word is a name even if it is also a common word: فالح)
        return False

    def _surname_after_title(self, norm: str, pos: int, end: int) -> tuple[str, int] | None:
        """A family name alone right after a title, then a common word: "ألقى المهندس الغبان كلمة"."""
        toks = list(TOKEN.finditer(norm, pos, end))[:2]
        if not toks:
            return None
        word = toks[0].group()
        if not word.startswith("ال") or word[2:] in self._common_words or self._not_name(word) or word in self._title_words:
            return None
        nxt = toks[1].group() if len(toks) > 1 else ""
        if nxt and not (nxt in self._common_words or nxt in self.verbs.written or _stop_word(nxt)
                        or (nxt.endswith("ه") and nxt not in self._name_openers and nxt not in self._given_names)):
            return None
        return word, toks[0].end()

    def _family_name_after_ibn(self, word: str) -> bool:
        """Whether ابن + ``word`` is a family name (ابن بطال، ابن كيران), not "the son of X"
        (ابن الضحية، ابن محمد، ابن عمه)."""
        return (not _DEF.match(word) and not word.endswith(("ها", "هم")) and not self._possessed_noun(word)
                and not self._kin_with_pronoun(word) and word not in self._common_words
                and word not in self._given_names and word not in self._name_openers and not self._not_name(word)
                and not _stop_word(word))

    def _people_after(self, norm: str, pos: int) -> bool:
        """Whether the words after a quantifier name people: "عدد من المسؤولين"، "بعض الأشخاص"
        (not "جميع المخططات")."""
        words = norm[pos : pos + 40].split()[:2]
        if words and words[0] == "من":
            words = words[1:]
        if not words:
            return False
        base = _strip_article(strip_clitics(words[0]))
        return (base.endswith(("ين", "ون")) or base in self._anon_words or base in self._plural_groups
                or base in ("اشخاص", "ناس", "سكان", "اهالي", "افراد"))

    def _kin_with_pronoun(self, word: str) -> bool:
        """A relative or colleague with a possessive pronoun: "زميله"، "زوجته"، "عمه"."""
        return word.endswith("ه") and word[:-1] in self._kin_stems

    def _ends_name(self, word: str, core: int = 0, nxt: str = "") -> bool:
        """A word that ends a name read forwards (after ``core`` name words; ``nxt`` follows it): a
        relative ("حسن عسيري زميله"), a noun in ـته with its pronoun ("لاكازيت رغبته"), and, as
        the third word, any common noun with its pronoun ("فاطمة عبدالله طالبة"، "مورينيو رحيله كمدرب")."""
        if (word.endswith("ته") and self._possessed_noun(word)) or self._kin_with_pronoun(word):
            return True
        return core >= 2 and (self._possessed_noun(word) or (
            len(word) == 5 and word[2] == "ي" and word.endswith("ه") and word not in self._name_openers
            and nxt[:1] in ("ك", "ل", "ب") and not _DEF.match(nxt)))

    def _possessed_noun(self, word: str) -> bool:
        """A common noun with a possessive pronoun ("نفى المدرب دخوله"، "استقالته"): not a name alone."""
        if not word.endswith("ه") or len(word) < 4 or word in self._name_openers or word in self._given_names or word in self.people:
            return False
        return word[:-1] in self._common_words or (word.endswith("ته") and word[:-2] + "ه" in self._common_words)

    def _skip_name_words(self, words: list[str], k: int) -> int:
        """Index after up to two words of an organisation's own name starting at ``k``
        (and after a patron's title and name: "جامعة الملك سعود"، "مستشفى الملك فهد")."""
        if k + 1 < len(words) and words[k] in ("الملك", "الامير", "الشيخ", "الامام"):
            k += 2
            while k + 1 < len(words) and words[k] in ("بن", "ابن"):
                k += 2  # "جامع الإمام أنس بن مالك"
            return k
        if k + 3 < len(words) and words[k] in self._ranks and words[k + 1] in self._name_openers:
            return k + 3  # "كرسي المهندس عبدالله بقشان لأبحاث النحل": the patron's rank, given name and surname
        first, stop = k, k + 2
        while k < len(words) and k < stop and not _DEF.match(words[k]) and not self._not_name(words[k]) and words[k] not in NAME_LINKS:
            if k > first and (words[k] in self._name_openers or self._ali_name(words, k)):
                return k  # "مقاطعة شينكاي محمد قاسم خان": a given name opens the person's name
            k += 1
        if k == stop and k < len(words) and (words[k].startswith("ال") or k + 1 == len(words)) and not self._not_name(words[k]):
            # "بنادي هجر فؤاد المسلم"، "رئيس نادي مارسيليا فينسينت لابورن" (the phrase's last word): a
            # one-word name, then the person's given name and surname
            k = first + 1
        return k

    def _ba_object(self, word: str) -> bool:
        """A word with ب that is the object of أشاد / رحب / ندد ("بالدور"، "بجهود"، "برؤساء"),
        not part of a title ("بالقوات المسلحة"، "بشرطة جازان") nor a name (بندر، بنيامين)."""
        if word[:1] != "ب" or len(word) < 3 or word in self.people or word in self._given_names:
            return False
        rest = word[1:]
        stem = rest[2:] if rest.startswith("ال") else rest
        if self._is_org(stem) or self._is_place(stem) or self._is_place(rest):
            return False
        possessed = stem[-1:] == "ه" and stem[:-1] in self._common_words  # "باسمه"
        if _ba_masdar(word):
            return True
        if stem[-1:] == "ي" and _unnamed_group(stem[:-1] + "ون"):
            return True  # "بمقاتلي المقاومة": a group in the construct state
        return (rest.startswith("ال") or stem in self._common_words or self._is_role_word(stem) or _masdar(stem)  # باتخاذ
                or stem in self._plural_groups or stem in ("ما", "من") or possessed or not _looks_like_name(stem)
                or (stem.endswith("ات") and len(stem) >= 5))  # "بمستويات"، "بإنجازات": a plural noun

    def _organisation_name(self, name: str, norm: str, s: int, end: int) -> tuple[str, int] | None:
        """A bare name read at norm[s:end] that is an organisation's, with where it ends, or None:
        a dotted abbreviation ("بي.إم.آي"; not "د.هشام"، "و.ش"), a bank named before the word بنك
        ("كومرتس بنك"), or a name the article wrote after an organisation noun ("شركة أسوس"،
        "مجموعة فولكس فاجن")."""
        if any(len(parts := w.split(".")) >= 3 and all(1 < len(p) <= 3 for p in parts) for w in name.split()):
            return name, end
        bank = re.match(r"\s+(بنك|بانك)(?!\w)", norm[end : end + 8])
        if bank is not None:
            return f"{name} {bank.group(1)}", end + bank.end()
        return (name, end) if self._named_organisation(name, norm, s) else None

    def _named_organisation(self, word: str, norm: str, pos: int) -> bool:
        """Whether the article wrote ``word`` earlier right after an organisation noun ("كشفت
        شركة أسوس" before "وقالت أسوس إن"): the name is the organisation's."""
        if norm.find(word, max(0, pos - 5000), pos) < 0:
            return False  # (a plain search first: most names were not written before)
        return any(self._is_org(noun) for (noun,) in _words_before_mentions(word, norm, pos, 1, window=5000, quoted=True))

    def _is_org(self, word: str) -> bool:
        base = strip_clitics(word)
        dual = base[:-2] + "ه" if base.endswith(("تا", "تان", "تين")) else ""  # شركتا، منظمتان: two organisations
        dual = base[: -(len(base) - base.rfind("ت"))] + "ه" if dual else ""
        return (word in self._org_words or base in self._org_words or (base[:1] in "بل" and base[1:] in self._org_words)
                or dual in self._org_words)  # (بمنطقة، لمركز: ب / ل and the noun; not فتحي as ف + تحي)

    def _is_place(self, word: str) -> bool:
        return word in self._places or strip_clitics(word) in self._places

    def _nationality(self, word: str) -> bool:
        """A nisba of a listed place: الغاني (غانا)، المصري (مصر)، السوري (سوريا)، البرتغالي (البرتغال)."""
        if not (word.startswith("ال") and word.endswith("ي") and len(word) >= 5):
            return False
        stem = word[2:-1]
        return any(self._is_place(art + stem + end) for art in ("", "ال") for end in ("", "ا", "يا"))  # (البرتغالي: البرتغال)

    def _title_surname(self, word: str, nxt: str, *, closing: bool = False) -> bool:
        """A title word with the article right after a listed given name is the family name
        (القاضي، الوزير، الأمين) when no title complement follows it (a word with the article,
        an organisation, a place or a preposition, as in "الأمين العام"); with ``closing``, also
        when it ends the phrase."""
        if not word.startswith("ال") or not self._is_role_word(word) or self._is_org(word) or self._is_place(word):
            return False
        if not nxt:
            return closing
        return not (_DEF.match(nxt) or self._is_role_word(nxt) or self._is_place(nxt)
                    or nxt in self._preps or strip_clitics(nxt) in self._preps or nxt[:1] in "بل" or nxt in ("عام", "العام"))

    def _not_name(self, word: str) -> bool:
        return (self._is_role_word(word) or self._inst_is_place(word) or word in ("عام", "العام") or word in _ON_BEHALF
                or word in self._places or strip_clitics(word) in self._places
                or not _looks_like_name(word) or word in self._adjuncts or word in self._preps)

    def corefer(self, speaker: Speaker, memory: ArticleMemory) -> Speaker:
        """A bare surname ("لابرون") after the full name ("فينسن لابرون"), or another single word
        of it ("آي" after "آي ويوي"), is the same person; so is a name that starts another
        one: a listed name with its nasab ("محمد بن نايف بن عبدالعزيز آل سعود" is محمد بن نايف)
        or a name the article wrote in full before ("محمد بن نايف بن عبدالعزيز")."""
        if speaker.type != "person" or not speaker.name_key:
            return speaker
        words = speaker.name_key.split()
        if speaker.id == speaker.name_key and len(words) >= 3:
            listed = next(iter(self.people_matcher.finditer(speaker.name_key)), None)
            if listed is not None and listed.start == 0 and not listed.prefix and _is_nasab(speaker.name_key[listed.end :]):
                pid, canonical, camp = self.people[listed.key]
                return Speaker(speaker.surface, pid, "person", camp or speaker.camp, normalize(canonical))
        surname = words[-1]
        known = memory.named.get(surname)
        variant = _spelled_apart(words, memory.named) if known is None else None
        if variant is not None and variant.id != speaker.id:  # ("أبو ثنين" after "عبدالله أبوثنين", and the reverse)
            return Speaker(speaker.surface, variant.id, variant.type, variant.camp or speaker.camp, variant.name_key)
        if known is None and len(words) >= 2:
            longer = next((k for k in reversed(list(memory.named.values()))
                           if k.name_key.startswith(speaker.name_key + " ") and self._family_rest(k.name_key[len(speaker.name_key) :])), None)
            if longer is not None:
                return Speaker(speaker.surface, longer.id, longer.type, longer.camp or speaker.camp, longer.name_key)
        if known is None and len(words) == 1:
            # a single name that is another word of a person named earlier: "آي" after "آي ويوي"
            known = next((k for k in reversed(list(memory.named.values())) if surname in k.name_key.split()), None)
        if known is None:
            memory.named[surname] = speaker
            return speaker
        if known.id != speaker.id and len(speaker.name_key.split()) < len(known.name_key.split()):
            return Speaker(speaker.surface, known.id, known.type, known.camp or speaker.camp, known.name_key)
        return speaker

    def _named_by_nasab(self, father: str, norm: str, before: int, memory: ArticleMemory) -> Speaker | None:
        """The person written earlier as "X بن <father>", whom "ابن <father>" names."""
        for person in reversed(list(memory.named.values())):
            if person.type == "person" and f" بن {father} " in f" {person.name_key} ":
                return person
        at = norm.rfind(f" بن {father}", max(0, before - 3000), before)
        if at < 0 or (at + len(father) + 4 < before and not norm.startswith((" ", "،", ",", "."), at + len(father) + 4)):
            return None  # (not "بن إبراهيمي": the father's name must end there)
        start = norm.rfind(" ", 0, at) + 1
        named = self.read_name(norm, start, min(before, at + 80), skip_titles=False, max_words=5)
        if named is None or f" بن {father}" not in f" {named[0]}":
            return None
        words = named[0].split()
        k = words.index("بن") + 2
        if words[k : k + 1] == ["ال"]:
            k += 2  # "سلمان بن إبراهيم آل خليفة"
        elif k < len(words) and words[k].startswith("ال") and self._family_rest(" " + words[k]):
            k += 1  # a family name with the article
        name = " ".join(words[:k])
        return memory.named.get(words[k - 1]) or Speaker.person(name)

    def _family_rest(self, rest: str) -> bool:
        """The words a fuller name adds are its nasab or a family name: " بن عبدالعزيز آل سعود"،
        " العمري" (not a common noun read into the name: " الجاهزية")."""
        words = rest.split()
        if len(words) == 1 and words[0].startswith("ال") and len(words[0]) > 4:
            return words[0][2:] not in self._common_words and not _masdar(words[0][2:]) and not self._not_name(words[0])
        return _is_nasab(rest)

    def _weekday_surname(self, given: str, word: str, nxt: str) -> bool:
        """A family name spelled like a weekday right after a given name ("محمد الخميس أن"), not a
        day ("محمد الخميس الماضي"، "الجمعة 12 يوليو")."""
        return (word in _WEEKDAYS and (given in self._name_openers or given in self._given_names)
                and nxt not in _AFTER_WEEKDAY and not nxt[:1].isdigit())

    def _agent_of(self, words: list[str]) -> bool:
        """A construct title before another title: "محامي السيدة لي" is her lawyer, unnamed."""
        return len(words) > 1 and words[0] in self._construct_titles and (words[1] in self._ranks or words[1] in self._title_words)

    def _is_role_word(self, word: str) -> bool:
        base = strip_clitics(word)
        for w in (word, base, base[1:] if base[:1] in "لب" else base):
            if w in self._title_words or w in self._org_words or w in SOURCE_NOUNS or w in self._anon_words:
                return True
            if len(w) > 4 and w.endswith("ه") and w[:-1] in self._title_words:
                return True  # a title's feminine: القاضية، الوزيرة
        return False

    def _inst_is_place(self, word: str) -> bool:
        return word in self.institutions or word in self._camp_of

    def _resolve_title(self, title: str, memory: ArticleMemory) -> Speaker | None:
        for known, sp in reversed(memory.titled):
            if known.startswith(title) or title.startswith(known):
                return sp
        # gazetteer people named in the paragraphs read so far (looked up only when needed)
        mentions = [self.people[m.key][0] for a, b in memory.ranges for m in self.people_matcher.finditer(memory.norm, a, b)]
        for pid in reversed(mentions):
            for known in self._titles.get(pid, []):
                if known.startswith(title) or title.startswith(known):
                    canonical = self._canonical[pid]
                    return Speaker("", pid, "person", canonical[1], normalize(canonical[0]))
        return None

    def _named_with_title(self, title: str, memory: ArticleMemory, before: int) -> Speaker | None:
        """The person the article named with this title earlier, outside any statement:
        "أجرى وزير الخارجية الأستاذ عادل الجبير مباحثات ..." then "وقال معالي وزير الخارجية".
        Only title words may stand between the title and the name ("وزير الخارجية الإيطالي
        باولو ..." is another title)."""
        words = title.split()
        while words and words[0] in self._honorifics:
            words = words[1:]  # "معالي وزير الخارجية": the honorific is not part of the title
        # the title as written, then shorter ("أمير منطقة نجران بالملاحم ..." -> "أمير منطقة نجران")
        for k in range(len(words), 1, -1):
            # (the whole title of three words or more may have had its complement before the name:
            # "ورئيس لجنة الاحتراف بالاتحاد عبدالله البرقان")
            got = self._named_with_phrase(" ".join(words[:k]), title, memory, before, past_complement=k == len(words) >= 3)
            if got is not None:
                return got
        if len(words) == 2 and all(w.startswith("ال") for w in words):
            # "المدير العام" for "مدير عام الشؤون الصحية ... الأستاذ مطلق الخمعلي"
            return self._named_with_phrase(" ".join(w[2:] for w in words), title, memory, before, past_complement=True)
        return None

    def title_near_name(self, speaker: Speaker, memory: ArticleMemory, before: int) -> Speaker:
        """A short title alone ("role:المدرب") as the named speaker whose name the article wrote
        next to that title word: "أعلن مارسيلو بييلسا استقالته كمدرب لمارسيليا" ... "وقال المدرب";
        else the title itself."""
        words = speaker.id[5:].split()
        if not words or len(words) > 4 or not memory.named or self._agent_of(words):
            return speaker
        head = _strip_article(words[0]) if words[0].startswith("ال") else words[0]
        near = re.compile(r"(?<!\w)(?:[وفبك]?ال|لل|[وفبلك])?" + re.escape(head) + r"(?!\w)"  # (للمدرب too)
                          + (r"\s+(?:ال)?" + re.escape(_strip_article(words[1])) if len(words) > 2 else ""))
        # (a longer title: its first two words, the second with or without the article: "رئيس جمعية" for "رئيس الجمعية")
        for person in reversed(list(memory.named.values())):
            if person.type != "person" or not person.name_key:
                continue
            surname = person.name_key.split()[-1]
            if " " not in person.name_key and not self._given_before(surname, memory.norm, before):
                continue  # a single word that the article never wrote as a full name may be a misreading
            at = memory.norm.rfind(surname, max(0, before - 3000), before)
            while at >= 0:
                if near.search(memory.norm, max(0, at - 40), min(before, at + len(surname) + 40)):
                    return Speaker("", person.id, "person", person.camp or speaker.camp, person.name_key)
                at = memory.norm.rfind(surname, max(0, before - 3000), at)
        return speaker

    def _named_with_phrase(self, phrase: str, title: str, memory: ArticleMemory, before: int, *,
                           past_complement: bool = False) -> Speaker | None:
        norm, phrase = memory.norm, phrase + " "
        floor = max(0, before - 3000)
        at = norm.rfind(phrase, floor, before)
        while at >= 0:
            if at == 0 or not norm[at - 1].isalnum() or norm[at - 1] in "وفل":
                pos = at + len(phrase)
                for tok in TOKEN.finditer(norm, pos, min(before, pos + 60)):
                    word = tok.group()
                    if word not in self._title_words and word not in self._ranks and word not in self._honorifics and word != "الملكي":
                        break
                    pos = tok.end()  # (and "صاحب السمو الملكي الأمير": honorifics before the name)
                place = re.match(r"\s+(?:في|ب)\s*(\w+)", norm[pos : pos + 40])
                if place is not None and self._is_place(place.group(1)):
                    pos += place.end()  # "المدير العام لإدارة الطوارئ في ألبانيا شامسي براتشي": where, then the name
                # (``past_complement``: the title's complement, then the name: "مدير عام الشؤون الصحية ... X";
                # so too a complement opened by ب / ل: "وزير الدولة" for "وزير الدولة بوزارة الاتصالات ... المهندس X")
                nxt = TOKEN.match(norm, pos + (norm[pos : pos + 1] == " "))
                complement = past_complement or (nxt is not None and nxt.group()[:1] in "بل" and nxt.group() not in self._given_names)
                limit = _before_said(norm, pos, min(before, pos + 80))  # (not into what the titled person said: 'للشركة: "إن ..."')
                named = self.read_name(norm, pos, limit, skip_titles=complement, max_skip=8)
                lead = named[0].split()[0] if named is not None else ""
                if (named is not None and len(named[0].split()) >= 2 and (not complement or self.name_word(lead))
                        and not (lead.endswith("ات") and lead in self._common_words)):
                    # (past a complement, not "رئيس مجلس الشورى خادم الحرمين ـ حفظه الله": the object of his
                    # verb; not "مدير عام قنوات «فوكس»": a plural noun, the title's complement)
                    name = named[0]
                    return memory.named.get(name.split()[-1]) or Speaker.person(name, self.camp_in(title))
                comma = norm[max(floor, at - 3) : at].rstrip()
                if comma.endswith(("،", ",")):
                    # "الأمير جلوي بن عبدالعزيز، أمير منطقة نجران": the name came before the title
                    c = max(floor, at - 3) + len(comma) - 1
                    got = self._subject_in(norm, max(floor, c - 120), c, c, memory)
                    if got is not None and got[0].name_key and len(got[0].name_key.split()) >= 2:
                        return memory.named.get(got[0].name_key.split()[-1]) or got[0]
            at = norm.rfind(phrase, floor, at)
        return None

    # -- names, read forwards -----------------------------------------------------------------

    def read_name(self, norm: str, pos: int, end: int, *, skip_titles: bool = True,
                  min_words: int = 1, max_words: int = 3, max_skip: int = 10) -> tuple[str, int] | None:
        """The first name in norm[pos:end], read forwards: "الدكتور عبدالله المسند أستاذ ..." -> عبدالله المسند.

        With ``skip_titles``, title words, words with the article, organisations and places are
        skipped first. The name is up to ``max_words`` words, or a chain joined by بن / عبد /
        أبو / آل, and it closes at a surname with the article.
        """
        tokens = [t for t in TOKEN.finditer(norm, pos, end)][: max(14, max_skip + 6)]
        words = [w.strip("-–—_.") for w in (t.group() for t in tokens)]
        before = (norm[max(0, pos - 16) : pos].split() or [""])[-1]  # (a rank before علي: "الرقيب علي العبدالله")
        i = 0
        if skip_titles:
            while i < len(words):
                w = words[i]
                if norm[max(0, tokens[i].start() - 1) : tokens[i].start()] == "(" and norm[tokens[i].end() : tokens[i].end() + 1] == ")":
                    i += 1  # "(أوبك)": an organisation's abbreviation inside the title
                    continue
                quoted = '"' in norm[max(0, tokens[i].start() - 1) : tokens[i].start()] or norm[tokens[i].end() : tokens[i].end() + 1] == '"'
                if quoted and not ((words[i - 1] if i else before) in self._ranks and _looks_like_name(w)):
                    i += 1  # a quoted name (شركة «الحادي عشر») belongs to an organisation (but "الدكتور «جيكسون إن جي»")
                    continue
                if w.isascii() and w.isalpha():
                    i += 1  # "قائد فريق الخدمة الدولي IST": a Latin abbreviation inside the title
                    continue
                if w in ("الذي", "التي", "الذين"):
                    return None  # "في المؤتمر الذي عقدته ...": a relative clause, no name
                if w in self.naming_nouns and i + 1 < len(tokens) and norm[tokens[i + 1].start() - 1] == '"':
                    i += 1  # "مستشارة مبادرة "بلدي" الدكتورة X": the noun that a quoted name follows
                    continue
                if (w in _ON_BEHALF and i + 1 < len(words) and not _DEF.match(words[i + 1]) and words[i + 1] not in self._given_names
                        and not self._is_org(words[i + 1])):  # (an organisation noun is skipped with its name below)
                    i += 2  # "متحدث باسم يوروتانيل": the organisation's name, not the spokesman's
                    continue
                if (i and w[:1] == "و" and len(w) > 4 and w not in self._given_names and w not in self.people
                        and (_masdar(w[1:]) or w[1:] in self._common_words)):
                    i = self._skip_name_words(words, i + 1)  # "وكيل الوزارة للتفتيش وتطوير بيئة العمل الدكتور X": a conjoined noun of the title
                    continue
                if w in ("بهذا", "بهذه", "لهذا", "لهذه", "بذلك", "لذلك"):
                    i += 2 if i + 1 < len(words) and _DEF.match(words[i + 1]) else 1
                    continue  # "وقال الوزير بهذا الخصوص": an adjunct phrase, no name
                if w in _NUMBER_WORDS and i and words[i - 1] in _ORDINALS:
                    i += 1  # "شركة الحادي عشر": a number inside an organisation's name
                    continue
                if w == "من" and i + 1 < len(words) and _DEF.match(words[i + 1]):
                    i += 2  # "زعيم الحزب المقرب من الأكراد X": the title's complement
                    continue
                skip = self._title_nouns(words, i, before)
                if skip:
                    i += skip  # nouns of the title, no name: "أخصائي علم الاجتماع"، "طب وجراحة العيون"، "ومطاحن الدقيق"
                    continue
                if w in _RANK_GRADES and (words[i - 1] if i else (norm[max(0, pos - 12) : pos].split() or [""])[-1]) in self._ranks:
                    i += 1  # "الملازم أول تركي الحربي"، "اللواء بحري X": the rank's grade or arm
                    continue
                if w[:1] in "بل" and self._is_place(w[1:]):
                    i += 1  # "بمكة المكرمة"، "بجدة": a place
                    continue
                if i and w[:1] == "ب" and len(w) > 3 and w[1:] in self._common_words and w not in self.people:
                    i = self._skip_name_words(words, i + 1)  # "... بمملكة النرويج": a prepositional phrase
                    continue
                if (i and w[:1] == "ل" and (len(w) > 3 or (len(w) == 3 and i + 1 < len(words) and _DEF.match(words[i + 1]))) and not _DEF.match(w) and not self._not_name(w) and w not in self.people
                        and w not in self._given_names
                        and (w[1:] in self._common_words or i + 1 >= len(words) or _DEF.match(words[i + 1]))):  # (not ليندسي غراهام)
                    # "المرصد السوري لحقوق الإنسان"، "المدير التنفيذي لسوق عكاظ": an organisation after لـ
                    i = self._skip_name_words(words, i + 1)
                    continue
                if ((w in self._preps or strip_clitics(w) in self._preps) and i + 1 < len(words) and not _DEF.match(words[i + 1])
                        and not self._ali_name(words, i, before)):
                    # (not "متحدث الإمارة علي بن موسى"، "العميد علي ردمان قحطان": the name علي)
                    # "سفير السودان لدى أوغندا عبد الباقي كبير": the preposition's object is a place
                    # (or an organisation: "في جامعة هارفارد", read by the next step)
                    org_object = self._is_org(words[i + 1])
                    i += 1 if org_object else 2
                    while (not org_object and i < len(words) and words[i].endswith("ي") and not _DEF.match(words[i]) and len(words[i]) > 3
                           and words[i] in self._common_words):
                        i += 1  # "في مؤتمر صحفي": an adjective ending the object (not "ويلي نياميتوي")
                    continue
                if (len(w) >= 5 and w.endswith("ات") and i + 1 < len(words) and w not in self.people
                        and (_DEF.match(words[i + 1]) or w in self._common_words or norm[tokens[i + 1].start() - 1] == '"')):
                    # (or a common plural: "مدير جوازات محافظة الأحساء"; or before a quoted name: قنوات «فوكس»)
                    i += 1  # "مدير خدمات الأصول ... المهندس سعيد العمري": a plural noun, not a name
                    continue
                if self._is_org(w) or w in SOURCE_NOUNS or strip_clitics(w) in SOURCE_NOUNS:
                    # "لشركة أسواق العثيم يوسف القفاري": the organisation's own name is not the person's
                    i = self._skip_name_words(words, i + 1)
                    continue
                if (w in self._given_names and (i == 0 or self._is_role_word(words[i - 1]) or words[i - 1] in self._ranks)
                        and i + 1 < len(words) and (words[i + 1] in ("بن", "ابن") or (
                            words[i + 1].startswith("ال") and not self._not_name(words[i + 1]) and words[i + 1] not in self._common_nouns)
                            or (i + 2 < len(words) and words[i + 2] in ("الله", "الدين") and self._name_like(words[i + 1])))):
                    break  # "الدكتور مساعد الأحمد"، "مساعد بن إبراهيم"، "مساعد ضيف الله الجابري": a given name that is also a title word
                if (i and w in self._given_names and i + 2 == len(words) and not _DEF.match(words[i + 1])
                        and not self._not_name(words[i + 1]) and words[i + 1] not in self._common_words):
                    break  # "... بمنطقة الحدود الشمالية مساعد غالي": a given name and surname end the phrase
                if self._ali_name(words, i, before):
                    break  # "مدير المنتخب علي الشعيلان"، "الرقيب علي العبدالله": the name علي, not the preposition على
                if w in self._given_names and w.startswith("ال") and i + 1 < len(words) and (
                        not _DEF.match(words[i + 1]) or (words[i + 1].startswith("ال") and words[i + 1][2:] not in self._common_words)):
                    break  # "ألكسندرا بروكوبينكو"، "إلهام الغامدي": a given name that looks like a word with the article
                if not (_DEF.match(w) or self._not_name(w) or w in self._never_in_names) or w in NAME_LINKS:
                    break
                if i and self._is_place(w) and not _DEF.match(w) and _DEF.match(words[i - 1]):
                    return None  # "الأمين العام روسيا وحلفاء ...": the object begins
                i += 1
        if i >= len(words) or i > max_skip or words[i] in self._verb_words or words[i] in _NUMBER_WORDS:
            return None  # (nor a number: "وسمو ولي العهد ... في استشهاد عشرة"; "الحادي عشر" is skipped above)
        if _stop_word(words[i]) and not self._ali_name(words, i, before):
            return None  # (علي آل حطاب، "مدير المنتخب علي الشعيلان": the name, not the preposition)
        if (words[i][:1] == "و" and words[i] not in self._name_openers and words[i] not in self._given_names and words[i] not in self.people
                and (words[i][1:] in self._common_words or self._is_place(words[i][1:])
                     or (i + 1 < len(words) and words[i + 1].startswith("ال")
                         and (words[i + 1][2:] in self._common_words or self._is_role_word(words[i + 1][2:]))))):
            return None  # "المسؤولون في الولايات المتحدة وجنوب شرق آسيا": و and a noun go on with what came before, no name
            # ("رئيس الاتحاد السابق ومالك القسم المهيمن": و and a second title, مالك 'owner' before its complement)
        if i < len(words) and norm[max(0, tokens[i].start() - 1) : tokens[i].start()] == '"':
            closing = norm.find('"', tokens[i].start(), min(len(norm), end + 1, tokens[i].start() + 40))  # (the closing mark may end the phrase)
            inner = norm[tokens[i].start() : closing].split() if closing > 0 else []
            if 2 <= len(inner) <= 4 and all(_looks_like_name(w) for w in inner) and min_words <= len(inner):
                return " ".join(inner), closing  # "الدكتور «جيكسون إن جي»": a quoted name, read whole
        nisba_before = i >= 1 and words[i - 1].startswith("ال") and words[i - 1].endswith(("ي", "يه"))
        described = i >= 1 and words[i - 1].startswith("ال") and words[i] in self._name_openers  # "الصراف عبدالله بامهيل"
        nisba_known = nisba_before and (i >= 2 or self._inst_is_place(words[i - 1]) or self._nationality(words[i - 1])
                                        or (len(words[i - 1]) >= 8 and words[i - 1][2:] not in self._common_words))  # الباراغوياني
        if min_words > 1 and not nisba_known and not described:
            # an unlisted title is read only as "the <noun> <nisba adjective> <name>", or
            # "the <nationality> <name>" ("الفرنسي آرسين فينجر")
            return None
        j, core = i, 0
        while j < len(words):
            if j > i and (tokens[j - 1].group().endswith(".") or tokens[j].group()[:1] in "-–—"
                          or _NAME_BREAK.search(norm, tokens[j - 1].end(), tokens[j].start())):
                break  # a full stop, an ellipsis, a dash, a comma, a colon or a quotation mark closes the name
                # ("محمد عبدالرحيم. ومن جانبه"، "X -الله عز وجل-"، "شاكيلا بيبي: "ذهبت")
            w = words[j]
            nxt_word = words[j + 1] if j + 1 < len(words) else ""
            if j > i and w[:1] in "بل" and self._is_place(w[1:]):
                break  # "... عبد الله بن عبد العزيز بجدة": a place after the name
            if w in NAME_LINKS or w == "ال":  # بن، عبد، أبو، آل join the next word to the name
                family = w == "ال" and core and j + 1 < len(words) and self._is_role_word(words[j + 1]) and words[j + 1].startswith("ال")
                if j + 1 < len(words) and ((not self._not_name(words[j + 1]) and _looks_like_name(words[j + 1])) or family
                                           or (w == "بن" and words[j + 1] == "علي")):  # (أحمد بن علي)
                    # (the family after آل may be a title word: "عبدالعزيز آل الشيخ")
                    j, core = j + 2, core + 1
                    if w == "ال":
                        break  # "صالح آل طالب": آل and the family's name close the name
                    if words[j - 1] in NAME_LINKS and j < len(words) and _looks_like_name(words[j]) and not self._not_name(words[j]):
                        j += 1  # "بن عبد الرحمن": the father's compound name is one part of the name
                    continue
                break
            if w in ("الدين", "الله") and core:
                j += 1  # صلاح الدين، عبد الله: part of a compound given name
                continue
            name_next = j + 1 < len(words) and (self._name_like(words[j + 1]) or words[j + 1] in self._given_names)
            nisba = (w.startswith("ال") and w.endswith("ي") and len(w) >= 6 and w[2:] not in self._common_words
                     and j + 2 < len(words) and self._name_like(words[j + 2]))  # (a two-word name after an unlisted nisba)
            if (core == 1 and j == i + 1 and name_next and (self._nationality(w) or nisba)
                    and words[i] not in self._given_names and words[i] not in self._name_openers and words[i] not in self.people
                    and words[i] not in self._common_words and not _masdar(words[i])):  # (not "دعم الفرنسي ميشال بلاتيني": the object)
                i = j = j + 1  # "مدرب يونايتد الهولندي لويس غال": a team or city and its nationality, then the name
                core = 0
                continue
            if (core == 2 and j == i + 2 and w in self._given_names and not _DEF.match(w)
                    and not any(x in self._given_names or x in self._name_openers or x in self.people for x in words[i:j])
                    and _looks_like_name(nxt_word) and not _DEF.match(nxt_word) and nxt_word not in self._common_words
                    and not self._not_name(nxt_word) and nxt_word not in self.verbs.written):
                i = j  # "مدرب سان جرمان لوران بلان": a two-word team or city, then a listed given name opens the name
                core = 0
                continue
            clitic_def = not w.startswith(("ال", "لل")) and w[3:] not in self._common_words and w not in self._given_names
            short_al = w.startswith("ال") and len(w) <= 4 and w not in ("الله", "الان") and not _DEF.match(nxt_word)  # آلين
            if _DEF.match(w) and not (j == i and (w in self._given_names or short_al)) and not (core and clitic_def):  # (not "فالتر")
                weekday = core == 1 and j == i + 1 and self._weekday_surname(words[i], w, nxt_word)  # "محمد الخميس"
                if (core and w.startswith("ال") and (not self._not_name(w) or weekday) and not _stop_word(w) and _looks_like_name(w)
                        and w not in self._never_in_names
                        and not (core >= 2 and w.endswith("ات") and w[2:] in self._common_words)  # ("رزان صالح الفعاليات": a plural noun, the object)
                        and not (core >= 2 and (_masdar(w[2:]) or (_DERIVED_PARTICIPLE.fullmatch(w[2:])
                                                                    and words[j - 2] not in NAME_LINKS)))):
                    # (after a nasab a participle's shape is the family's: "ناصر بن سليمان المنيع")
                    # (not "جون ماكين الاتفاق": the object; not "سولي مونتاري المنضم حديثا": a description)
                    j, core = j + 1, core + 1  # a surname with the article closes the name
                elif core == 1 and words[i] in self._name_openers and self._title_surname(w, words[j + 1] if j + 1 < len(words) else ""):
                    j, core = j + 1, core + 1  # "صالح القاضي ترسية مشروع": a title word as the family name
                elif (core >= 2 and j >= i + 2 and (words[j - 2] in ("بن", "بنت") or (j >= i + 3 and words[j - 3] in ("بن", "بنت") and words[j - 2] == "عبد"))
                      and (self._nationality(w) or self._title_surname(
                          w, "" if j + 1 >= len(words) or _NAME_BREAK.search(norm, tokens[j].end(), tokens[j + 1].start()) else nxt_word,
                          closing=True))):
                    j, core = j + 1, core + 1  # "محمد بن عبدالرحمن المخرج"، "عبدالله بن عبدالمحسن التركي": after a nasab, a
                    # title word or a nisba is the family name
                elif core == 1 and words[i] in self._name_openers and self._nationality(w):
                    j, core = j + 1, core + 1  # "اللواء منصور التركي": a nationality as the family name
                break
            akbar = (w == "اكبر" and core and (words[j - 1] not in self._common_words or words[j - 1] == "علي") and _looks_like_name(nxt_word)
                     and not _DEF.match(nxt_word) and nxt_word not in self._common_words and not self._not_name(nxt_word))
            if akbar:
                j, core = j + 1, core + 1  # "علي أكبر ولايتي"، "شير أكبر خان": أكبر inside a name, not the superlative
                continue
            if w in self._never_in_names or (j > i and len(w) >= 4 and w.endswith("يا") and w not in self.people):
                break  # "فرانسيس أخيرا"، "... رسميا": an adverb, not a surname
            if j > i and w.endswith(("ه", "ها", "هم")) and _masdar(w[: -1 if w.endswith("ه") else -2]):
                break  # "أبو مازن استعداده": the verb's object, a verbal noun with its pronoun
            if w[:1] == "ل" and w[1:] in self.verbs.written:
                break  # "وعاد العميد الصبيحي ليؤكد": ل and a verb, not a name
            if j > i and w[:1] == "و" and w[1:] in self._name_openers and w not in self._name_openers and w not in self.people:
                break  # "خورشيد خيبر ونورة السيد": و and a second person's given name (not وليد)
            if j > i and w[:1] in "لب" and w[1:] in self._common_words:
                break  # "إيرينا بوكوفا لعمال البناء"، "بينيتيز بخطوة": a prepositional phrase after the name
            if j > i and w in self._construct_titles and j + 1 < len(words) and _DEF.match(words[j + 1]):
                break  # "إدريان لودفيج كبير الخبراء": a title after the name (but "عبد الباقي كبير")
            if j > i and w.endswith(("تين", "تان")) and w[:-3] + "ه" in self._common_words:
                break  # "خوان رودريغيز تشكيلتين": a dual noun (تشكيلة) after the name
            if j > i and (self._ends_name(w, core, words[j + 1] if j + 1 < len(words) else "")
                          or (w[:1] == "و" and self._ends_name(w[1:]))
                          or (w == "فان" and j + 1 < len(words) and _DEF.match(words[j + 1]))):
                break  # "حسن عسيري زميله ..."، "لاكازيت رغبته"، "قوطالي فإن الحديث" (not "فان جال")
            given = (j == i and (w in self._given_names or w == "علي")) or (  # the given names مساعد، أمين، علي ...
                j == i + 1 and words[i] in self._name_openers and self._ali_name(words, j))  # "أحمد علي الإبراهيم"
            if (self._not_name(w) and not given) or (_stop_word(w) and not given) or w in self._verb_words or not w or core >= max_words:
                break
            j, core = j + 1, core + 1
        if core < min_words or core == 0:
            return None
        name = " ".join(words[i:j])
        if name in ("فان", "وان"):
            return None  # the conjunction فإن / وإن alone, not the Dutch "van" (فان جال)
        stop = tokens[j - 1].end() - (len(tokens[j - 1].group()) - len(tokens[j - 1].group().rstrip("-–—_.")))
        return name, stop

    def _name_before_marker(self, norm: str, pos: int, s_end: int) -> tuple[str, int] | None:
        """A title phrase cut by a preposition, then the name: "زعيم الأغلبية في مجلس الشيوخ
        ميتش مكونيل؛ أمس، إن" -> ميتش مكونيل (read forwards up to the content marker)."""
        if not norm[pos : pos + 6].lstrip().startswith(("في ", "ب", "ل")):
            return None
        marker = CONTENT_MARKER.search(norm, pos, min(s_end, pos + 120))
        while marker is not None and marker.group() == "علي" and norm[max(0, marker.start() - 4) : marker.start()].split()[-1:] in (["بن"], ["ابن"]):
            marker = CONTENT_MARKER.search(norm, marker.end(), min(s_end, pos + 120))  # "وليد بن على الجلال": the name علي
        if marker is None:  # no marker near: the name ends at a comma ("... في أوسلو الدكتور إيهان جاف، بضرورة")
            marker = _CLAUSE_BREAK.search(norm, pos, min(s_end, pos + 120))
        stop = marker.start() if marker is not None else s_end if s_end - pos <= 120 else -1
        # (or at the sentence's end: "..., بحسب المسؤول في مركز الأرصاد غلام رسول.")
        named = self.read_name(norm, pos, stop, max_skip=6) if stop > pos else None
        if named is None or " " not in named[0]:
            # one word after a prepositional phrase is a noun ("بالشروع في جلسات استماع"), not a name;
            # but a rank further on leads to it ("في لوس انجلوس السفير الدكتور فيصل السديري")
            return self._name_after_rank(norm, pos, s_end)
        return named

    def _name_after_rank(self, norm: str, pos: int, s_end: int) -> tuple[str, int] | None:
        """The full name after the first rank word within the next fourteen words of a title's
        prepositional complement ("في الديوان الملكي المشرف العام على مركز ... د. عبدالله الربيعة"),
        if no clause break, complementiser, reporting verb or verbal noun comes first (not "في بيان
        مقتل الدكتور X": the victim)."""
        for k, t in enumerate(TOKEN.finditer(norm, pos, min(s_end, pos + 200))):
            word = t.group().rstrip(".")  # (د.)
            if (k >= 14 or (k and _CLAUSE_BREAK.search(norm, pos, t.start())) or THAT.fullmatch(word)
                    or word in self.verbs.written or _masdar(strip_clitics(_strip_article(word)))):
                return None
            if word in self._ranks:
                named = self.read_name(norm, t.start(), min(s_end, t.start() + 120), max_skip=3)
                return named if named is not None and " " in named[0] else None
        return None

    def apposition(self, norm: str, pos: int, s_end: int) -> tuple[str, int] | None:
        """A name set off by a comma after a title: "، راجناث سينغ:" -> ("راجناث سينغ", end)."""
        m = re.match(r"\s*[،,]\s*((?:[^\s،,:\"]+\s*){1,5}?)(?=\s*(?:[،,:]|\"|(?<!\w)(?:ب|و)?ان(?:ه|ها)?(?!\w)))", norm[pos : min(s_end, pos + 80)])
        if not m:
            return None
        words = m.group(1).split()
        if any(_stop_word(w) for w in words if w != "علي"):
            return None  # "، أن الهدف ...": the content, not a name
        first_ok = words and (words[0] == "علي" and len(words) > 1)  # علي the name
        if not words or _DEF.match(words[0]) or any(self._not_name(w) for w in words[1 if first_ok else 0 :] if not _DEF.match(w)):
            # "، الخبير والكاتب الاقتصادي الدكتور مقبل الذكير،": titles, then the name
            seg = re.match(r"\s*[،,]\s*([^،,:\"]{1,120}?)\s*(?=[،,:]|\"|(?<!\w)(?:ب|و)?ان(?:ه|ها)?(?!\w))", norm[pos : min(s_end, pos + 130)])
            if not seg or not any(self._is_role_word(w) for w in seg.group(1).split()[:6]):
                return None
            return self.read_name(norm, pos + seg.start(1), pos + seg.end(1))
        return " ".join(words), pos + m.end(1)

    def name_after_title(self, norm: str, pos: int, np_e: int, s_end: int) -> tuple[str, int] | None:
        """The name a title phrase ending at ``pos`` leads to: set off by a comma ("، X،"), after a
        preposition's object ("في مجلس الشيوخ X"), or in a later comma part of the title."""
        named = (self.apposition(norm, max(pos, np_e), s_end) or self._name_before_marker(norm, np_e, s_end)
                 or self._titled_segment(norm, max(pos, np_e), s_end))
        if named is not None and any(a.start == 0 and a.end == len(named[0]) for a in self.agencies.mentions(named[0])):
            return None  # "... لوكالة فرانس برس": the outlet told, not a name
        return named

    def _titled_segment(self, norm: str, pos: int, s_end: int) -> tuple[str, int] | None:
        """A name in a later comma-separated part of the title, before the content marker:
        "أشار رئيس قسم الأرصاد، ومدير مركز ...، الدكتور منصور المزروعي، إلى أن" -> منصور المزروعي."""
        marker = CONTENT_MARKER.search(norm, pos, min(s_end, pos + 240))
        if marker is None or self.verbs.find(norm, pos, marker.start()):
            return None
        cuts = [pos + c.end() for c in re.finditer(r"[،,]", norm[pos : marker.start()])]
        for k, seg_start in enumerate(cuts):
            seg_end = cuts[k + 1] - 1 if k + 1 < len(cuts) else marker.start()
            if any(self._is_role_word(w) for w in norm[seg_start:seg_end].split()[:6]):
                named = self.read_name(norm, seg_start, seg_end)
                if named is not None:
                    return named
            elif k == len(cuts) - 1 or (k == len(cuts) - 2 and not norm[seg_end + 1 : marker.start()].strip()):
                # "أمين عام الهيئة ...، التابعة لرابطة ...، عبدالحميد العبدالجبار، أن": the last part
                # before the marker is a name of two words or more, and nothing else
                named = self.read_name(norm, seg_start, seg_end, skip_titles=False)
                if (named is not None and len(named[0].split()) >= 2 and not norm[named[1] : seg_end].strip()
                        and (named[0].split()[0] in self._name_openers or named[0].startswith("عبد")
                             or (named[0].split()[-1].startswith("ال") and named[0].split()[-1].endswith("ي")))
                        and all(self.name_word(w) for w in named[0].split())):  # (not "كباراً وصغاراً"، "وتجنب اللجوء")
                    return named
        return None

    # -- a subject written before its verb ----------------------------------------------------

    def _subject_in(self, norm: str, a: int, b: int, v_start: int, memory: ArticleMemory):
        """The named speaker opened by the first title or known name in norm[a:b], if any."""
        prev_word = ""
        for tok in TOKEN.finditer(norm, a, b):
            word = tok.group()
            if self.people.get(strip_clitics(word)) or word in self.people:
                got = self.from_phrase(norm, tok.start(), b, norm[tok.start() : v_start], memory)
                return (got[0], (tok.start(), got[1])) if got is not None and got[0].type == "person" else None
            if (self._is_role_word(word) and prev_word and self._is_org(prev_word) and not self._is_org(word)) or (
                    word == "امام" and not _imam(norm, tok.end())):
                prev_word = word
                continue  # "مدينة الملك عبدالعزيز": a patron's title inside an organisation's name; "أمام الحضور": in front of
            if self._is_role_word(word):
                base = strip_clitics(word)
                if not (word in self._title_words or base in self._title_words):
                    return None  # "إدارة الرئيس ... بايدن"، "تقرير ...": an organisation or a report is the subject
                named = self._surname_after_title(norm, tok.end(), b) or self.read_name(norm, tok.end(), b, max_words=2, max_skip=5)
                if named is None:
                    return None
                name, end = named
                title = " ".join(norm[tok.start() : end - len(name)].split())
                return Speaker.person(name, self.camp_in(title)), (tok.start(), end)
            prev_word = word
        return None

    def clause_subject(self, norm: str, s_start: int, v_start: int, memory: ArticleMemory, *, comma: bool = True):
        """The named person of the clause right before a participle: "X رد بسرعة، محذرا" (with
        ``comma=False``, also a clause not closed by a comma: "عزز X فرضية ... عندما قال")."""
        before = norm[s_start:v_start].rstrip()
        if not before.endswith(("،", ",")):
            if comma:
                return None
            before += "،"  # (read as if closed by a comma; the character after the clause is a space)
        last = s_start + max(before.rfind("،", 0, -1), before.rfind(",", 0, -1)) + 1
        got = None
        lead = self._lead_verb_subject(norm, last, s_start + len(before), memory)
        if lead is not _LOOK_FURTHER:
            return lead
        if len(norm[last : s_start + len(before)].split()) <= 20:
            got = self._subject_in(norm, last, s_start + len(before), v_start, memory)
        return got or self.opening_clause_subject(norm, s_start, v_start, memory)

    def opening_clause_subject(self, norm: str, s_start: int, v_start: int, memory: ArticleMemory, *, closed: bool = True):
        """The named subject of the clause opening the sentence, after its verb (or كان), for a
        verb at ``v_start``: "نوه رئيس الأركان اللواء X بالدور ...، مؤكدا"، "تذمر أحمد بن علي ...،
        مؤكدا"، "من ناحيته، قدم النائب X العزاء ... مستنكرا" (a side phrase first is skipped).
        ``closed=False``: no comma closes that clause, so the verb's object may run into what is
        read as the name; only names of plain name words are taken ("واختتم الدكتور X كلامه"، "وخاطب
        الرئيس أوروبا" give none)."""
        side = _SIDE_OPENING.match(norm, s_start, v_start)
        a = side.end() if side is not None else s_start
        before = norm[a:v_start].rstrip()
        opening = before.split()[:2]
        first_end = min([i for i in (before.find("،"), before.find(",")) if i > 0], default=len(before))
        got = None
        if opening and opening[0] in ("وكان", "كان", "وكانت", "كانت"):
            # "وكان خالد بحاح نائب الرئيس ... أشاد ...، مشيرا": the name right after كان; without a
            # comma, a full name of plain name words ("كانت X ... عندما شاهدت الحية وقالت"), not
            # "وكان يحرص على ...، قائلا"، "وكان الأهلي قد اعترض"
            at = a + before.find(opening[0]) + len(opening[0])
            named = self.read_name(norm, at, a + first_end, skip_titles=False, max_words=2 if closed else 3)
            if named and not closed and named[0].count(" ") == 2 and named[0].endswith("ا") and named[0].split()[-1] not in self._name_openers:
                named = named[0].rsplit(" ", 1)[0], norm.rfind(" ", 0, named[1])  # ("X عائدا الى منزله": how, not a name)
            if named and ((not closed and " " not in named[0]) or not all(self.plain_name(w) for w in named[0].split())):
                return None  # ("وكانت أنباء تواترت ...، مشيرين": no name)
            if named:
                return Speaker.person(named[0]), (a, named[1])
        if len(opening) < 2 or not (self._is_role_word(opening[1]) or opening[1] in self._name_openers):
            return None
        if self._is_role_word(opening[1]):
            got = self._subject_in(norm, a, a + first_end, v_start, memory)
        else:
            at = a + before.find(opening[1], len(opening[0]))
            named = self.read_name(norm, at, a + first_end, skip_titles=False)
            ok = (named is not None and " " in named[0] and all(self.name_word(w) and w not in self._kinship for w in named[0].split())
                  and not opening[0].endswith(("ه", "ة")))  # (not "خطوة أولى ...": a noun opens the sentence)
            got = (Speaker.person(named[0]), (at, named[1])) if ok else None
        if got is not None and not closed and not all(
                self.plain_name(w) and self.name_word(w) and not self._possessed_noun(w) and not self._is_place(w)
                and not (w.endswith("ات") and len(w) >= 6) for w in got[0].name_key.split()):
            return None  # (nor "المؤلف ترسبات": a plural noun; nor "التقى الوزير بممثلين": a prepositional phrase)
        return got

    def opening_subject(self, norm: str, a: int, b: int, memory: ArticleMemory) -> Speaker | None:
        """The titled, named person right after the word opening the sentence norm[a:b], which
        is then read as a verb ("نقل المدير العام لحرس الحدود اللواء X تعازي ..."), or None."""
        first = TOKEN.search(norm, a, b)
        word = first.group() if first is not None else ""
        if (first is None or norm[a : first.start()].strip() or _DEF.match(word) or len(word) < 3 or word in self._preps or _stop_word(word)
                or any(w in self._title_words or w in self._ranks or w in self._name_openers or w in self.people
                       or w in self._honorific_of or w in self._given_names for w in {word, strip_clitics(word)})):
            return None  # (a title, a rank or a name opening the sentence is its subject, not a verb's)
        lead = TOKEN.search(norm, first.end(), b)
        if lead is None or not self.opens_speaker(lead.group()) or lead.group() in self.people:
            return None  # (tested first: most sentences open otherwise, and reading the phrase costs more)
        np_s, np_e = self.phrase_span(norm, first.end(), b)
        if TOKEN.search(norm, np_s, np_e) is None or norm[first.end() : np_s].strip():
            return None
        got = self.from_phrase(norm, np_s, np_e, norm[np_s:np_e], memory)
        if got is None or got[0].type != "person" or len(got[0].name_key.split()) < 2:
            return None
        return got[0]

    def opening_name(self, norm: str, a: int, b: int) -> tuple[Speaker, tuple[int, int]] | None:
        """The full name right after the verb opening the clause norm[a:b] ("وشعر ايتالو زانزي
        المدير التنفيذي ... بإحباط"): two name words or more, none a common word."""
        first = TOKEN.search(norm, a, b)
        if first is None or _DEF.match(first.group()) or first.group() in self._common_words:
            return None
        named = self.read_name(norm, first.end(), b, skip_titles=False)
        if named is None or " " not in named[0] or not all(self.name_word(w) and w not in self._common_words for w in named[0].split()):
            return None
        return Speaker.person(named[0]), (norm.find(named[0].split()[0], first.end(), named[1]), named[1])

    def _lead_verb_subject(self, norm: str, a: int, b: int, memory: ArticleMemory):
        """The subject of a reporting verb opening the clause norm[a:b] ("وقد عبر والد الشهيد عن
        شكره ... في استشهاد ابنه يحيى"): (speaker, span) when named, None when the verb has an
        unnamed subject (a name later in the clause is then no subject), or _LOOK_FURTHER when no
        subject is read right after the verb, or the verb is spelled like a preposition."""
        lead = re.match(r"\s*(?:(?:و|ف)?قد\s+)?(\S+)", norm[a:b])
        verb = lead and (self.verbs.by_form.get(lead.group(1)) or self.verbs.by_form.get(lead.group(1)[1:]))
        if verb is None or verb.participle:
            return _LOOK_FURTHER
        a += lead.end()
        np_s, np_e = self.phrase_span(norm, a, b)
        found = self.from_phrase(norm, np_s, np_e, norm[np_s:np_e], memory) if np_e > np_s else None
        if found is None or norm[a:np_s].strip():
            return _LOOK_FURTHER  # nothing read, or an adjunct skipped first ("صرّح بذلك الأستاذ X"، "وثمن الخميس تفضل")
        speaker = found[0]
        named = speaker.type == "person" and bool(speaker.name_key)
        if named and not all(self.name_word(w) for w in speaker.name_key.split()):
            return _LOOK_FURTHER
        if verb.strict:  # (a strict verb may be a preposition: "، عبر وسائل الإعلام،")
            first = TOKEN.search(norm, np_s, np_e)
            if named and first is not None and self.opens_speaker(first.group()):
                return speaker, (np_s, found[1])
            return None if speaker.type == "person" and not named else _LOOK_FURTHER
        return (speaker, (np_s, found[1])) if named else None

    def caller(self, norm: str, s_start: int, v_start: int, memory: ArticleMemory):
        """The named person a call or a cable came from, for a verb with خلاله / فيه right after
        it: "تلقى ... اتصالاً هاتفياً من الأمير X، ولي العهد ...، أعرب خلاله عن إدانته"، "أجرى
        الملك X اتصالاً هاتفياً بالرئيس Y أكد خلاله"."""
        if _IN_CALL.match(norm, v_start) is None:
            return None
        call = None
        for call in _CALL_FROM.finditer(norm, max(s_start, v_start - 300), v_start):
            pass
        made = None
        for made in _CALL_MADE.finditer(norm, max(s_start, v_start - 300), v_start):
            pass
        if made is not None and (call is None or made.start() > call.start()):
            call = made  # "أجرى الملك X اتصالاً هاتفياً بالرئيس Y، أكد خلاله": who made the call speaks
        if call is None or re.search(r'[.:"]', norm[call.end() : v_start]):
            return None
        np_s, np_e = call.span(1) if call is made else self.phrase_span(norm, call.end(), v_start)
        got = self.from_phrase(norm, np_s, np_e, norm[np_s:np_e], memory, before_verb=call is made) if np_e > np_s else None
        if got is None or got[0].type != "person" or not got[0].name_key:
            return None
        return got[0], (np_s, got[1])

    def subject_before(self, norm, s_start, v_start, memory):
        """SV order: "وكان ستولتنبرج أكد ..." / "ستولتنبرغ أكد ..."."""
        dashed = norm[max(s_start, v_start - 3) : v_start].strip()[-1:] in ("-", "–", "—")
        seg_start = max(s_start, v_start - 220)
        # (a sentence start counts as a clause boundary: "." is put before it)
        aside = _DASHED_ASIDE.search(("." if seg_start == s_start else "") + norm[seg_start:v_start]) if dashed else None
        if aside is not None:
            # "وليد الفى -رئيس اللجنة المنظمة- قال": the subject before an aside between dashes
            a = seg_start + aside.start(1) - (1 if seg_start == s_start else 0)
            b = a + len(aside.group(1))
            got = self.from_phrase(norm, a, b, aside.group(1), memory, before_verb=True) if len(aside.group(1).split()) <= 4 else None
            if got is not None and (len(got[0].name_key.split()) >= 2 or got[0].type == "institution"):
                return got[0], (a, got[1])
        caller = self.caller(norm, s_start, v_start, memory)
        if caller is not None:
            return caller
        speech = _DELIVERED_SPEECH.search(norm, max(s_start, v_start - 200), v_start) or _DELIVERED_IT.search(
            norm, max(s_start, v_start - 200), v_start)
        if speech is not None:
            # "ألقى الدكتور X كلمة أكد فيها ...": the one who gave the speech speaks
            got = self.from_phrase(norm, speech.start(1), speech.end(1), speech.group(1), memory, before_verb=True)
            if got is not None and got[0].type == "person" and got[0].name_key and (
                    len(got[0].name_key.split()) >= 2 or self._full_name_before(got[0].name_key, norm, speech.start(1))):
                return got[0], (speech.start(1), got[1])
        issued = _ISSUED_STATEMENT.search(norm, max(s_start, v_start - 200), v_start) if _IN_CALL.match(norm, v_start) else None
        if issued is not None:
            got = self.from_phrase(norm, issued.start(1), issued.end(1), issued.group(1), memory, before_verb=True)
            if got is not None and got[0].type in ("person", "institution", "agency"):
                return got[0], (issued.start(1), got[1])
        clause_start = max(s_start, v_start - 300)
        breaks = [b.start() for b in _CLAUSE_BREAK.finditer(norm, clause_start, v_start)]
        if breaks:
            clause_start = breaks[-1] + 1
        if len(breaks) >= 2 and norm[clause_start:v_start].split() in ([], ["قد"]):
            # "ستولتنبرغ، الذي كان يتحدث في ختام الاجتماع، قال": the subject before a relative clause
            inner = norm[breaks[-2] + 1 : breaks[-1]].split()
            # "أما الرئيس الفلسطيني، محمود عباس، فقال"، "وكان رئيس الأركان، اللواء محمد المقدشي، قد
            # أعلن": a title, then the name between commas (after its rank, if any)
            named = self.read_name(norm, breaks[-2] + 1, breaks[-1], skip_titles=False)
            ranked = len(inner) > 2 and inner[0] in self._ranks
            if ranked:
                named = self.read_name(norm, breaks[-2] + 1 + norm[breaks[-2] + 1 : breaks[-1]].find(inner[1]), breaks[-1], skip_titles=False)
            before = norm[max(s_start, breaks[-2] - 80) : breaks[-2]].split()
            if (named is not None and len(named[0].split()) >= 2 and len(named[0].split()) == len(inner) - ranked
                    and before and any(self._is_role_word(w) for w in before[-(6 if ranked else 4):])):
                return Speaker.person(named[0], self.camp_in(" ".join(before[-4:]))), (breaks[-2] + 1, named[1])
            # ... or an apposition: "وكان موتا، أحد العناصر الأساسية في الفريق، صرح"
            if inner and (inner[0] in ("الذي", "التي", "الذين", "احد", "احدي") or self._is_role_word(inner[0])):
                subject_start = breaks[-3] + 1 if len(breaks) >= 3 else max(s_start, v_start - 300)
                for lead in _SV_LEAD.finditer(norm, subject_start, breaks[-2]):
                    if not norm[subject_start : lead.start()].strip():
                        subject_start = lead.end()  # "وكان موتا": after the lead word
                words = list(TOKEN.finditer(norm, subject_start, breaks[-2]))
                if 1 <= len(words) <= 8:
                    got = self.from_phrase(norm, words[0].start(), breaks[-2], norm[words[0].start() : breaks[-2]], memory, before_verb=True)
                    if got is not None and got[0].type in ("person", "institution") and (got[0].name_key or got[0].type == "institution"):
                        return got[0], (words[0].start(), got[1])
                return None
        topic = _TOPIC.match(norm, s_start, breaks[0]) if len(breaks) == 1 else None
        if topic is not None and norm[clause_start:v_start].split() in ([], ["قد"], ["فقد"]):
            # "أما محامي القضايا الجزائية غازي مرابط، فقد رأى": the topic before its comma speaks
            got = self.from_phrase(norm, topic.end(), breaks[0], norm[topic.end() : breaks[0]], memory, before_verb=True)
            if got is not None and got[0].type in ("person", "institution") and (got[0].name_key or got[0].type == "institution"):
                return got[0], (topic.end(), got[1])
        if len(breaks) == 1 and norm[clause_start:v_start].split() in ([], ["قد"]):
            # "غير أنّ بيار باسكاري المدير السابق للتجارب ...، أكّد": a full name opening the
            # sentence (after its lead words), its title, a comma, then the verb
            lead = re.match(r"\s*(?:[وف]?(?:غير|الا|لكن|كما)\s+(?:ان|انه)\s+|[وف]?(?:لكن|اما)\s+)?", norm[s_start : breaks[0]])
            start = s_start + lead.end()
            named = self.read_name(norm, start, breaks[0], skip_titles=False)
            first = named[0].split()[0] if named is not None else ""
            if not lead.group().strip() and not (first in self._given_names or first in self._name_openers or first in self.people):
                named = None  # ("ويرافق بحاح وزير التخطيط ...،": a verb opens the sentence; without a lead, a listed given name must)
            rest = norm[named[1] : breaks[0]].split() if named is not None else []
            if (named is not None and len(named[0].split()) >= 2 and norm[start : named[1]].split() == named[0].split()
                    and all(self.plain_name(w) for w in named[0].split())  # (بيار: a name may open with ب)
                    and rest and self._is_role_word(rest[0]) and len(rest) <= 12):
                return Speaker.person(named[0], self.camp_in(" ".join(rest))), (start, named[1])
        # "X الذي (يعيش في مبنى مجاور) قال": the relative clause may hold up to eight words
        relative = re.search(r"(?<!\w)(?:الذي|التي|الذين)(?:\s+[^\s،,:\"]+){0,8}\s*$", norm[clause_start:v_start])
        if relative:
            # "وأمين هيئة الشرف صالح الصغير الذي أكد ...": the antecedent speaks
            np_e = clause_start + relative.start()
            lead = None
            for lead in _SV_LEAD.finditer(norm, clause_start, np_e):
                pass
            words = list(TOKEN.finditer(norm, lead.end() if lead else clause_start, np_e))[-8:]
            while words and words[0].group() in self.verbs.written:
                words = words[1:]  # "وقال مورينيو الذي أكد ...": the verb of the main clause
            first_role = next((k for k, w in enumerate(words) if self._is_role_word(w.group()) and not self._is_org(w.group())), None)
            if first_role:
                words = words[first_role:]  # "ويرأس البعثة مدير المنتخب إبراهيم العيد الذي أكد"
            bare = (1 <= len(words) <= 3 and not _DEF.match(words[0].group())
                    and all(not self._not_name(w.group()) and not _stop_word(w.group()) for w in words))  # (not "يحمي هذه البلاد التي")
            if words and (bare or self._is_role_word(words[0].group()) or any(self.people.get(w.group()) for w in words)):
                got = self.from_phrase(norm, words[0].start(), np_e, norm[words[0].start() : np_e], memory, before_verb=True)
                if got is not None and got[0].type in ("person", "institution") and (got[0].name_key or got[0].type == "institution"):
                    return got[0], (words[0].start(), got[1])
            return None
        lead = None
        for found in _SV_LEAD.finditer(norm, clause_start, v_start):
            if found.group() == "قد" and not norm[found.end() : v_start].strip():
                break  # "وكان X قد أكد": قد belongs to the verb; the subject follows كان
            lead = found
        if lead is not None and lead.group() == "قد":
            return None  # "... قد انتهت وأكد": a verb follows قد, not a subject
        np_s = lead.end() if lead else clause_start
        aside = _SUBJECT_ASIDE.search(norm, np_s, v_start)
        v_end_np = aside.start() if aside else v_start  # "أمين المجلس X بدوره أشار": the subject, then "in his turn"
        tokens = norm[np_s:v_end_np].split()
        if tokens and tokens[-1] == "قد":
            tokens = tokens[:-1]
        at_start = lead is None and not norm[s_start:np_s].strip()
        if tokens and len(tokens) > 4 and lead is not None and len(tokens) <= 14 and not self._is_role_word(tokens[0]):
            # "وكان وحيد الله مايار المتحدث باسم وزارة الصحة قال": a full name, then its title
            start = np_s + len(norm[np_s:v_start]) - len(norm[np_s:v_start].lstrip())
            named = self.read_name(norm, start, v_start, skip_titles=False)
            if named is not None and len(named[0].split()) >= 2:
                rest = norm[named[1] : v_start].split()
                if rest and self._is_role_word(rest[0]):
                    return Speaker.person(named[0], self.camp_in(norm[named[1] : v_start])), (start, named[1])
        if not tokens or (len(tokens) > 4 and not ((lead is not None or at_start) and self._is_role_word(tokens[0])
                                                    and len(tokens) <= 12)):
            return None  # a subject before its verb is short, or a titled phrase after a lead word (or before بدوره)
        while np_s < v_start and norm[np_s].isspace():
            np_s += 1
        person = self.listed_person(norm, np_s, v_start)
        inst = next(iter(self._inst_matcher.finditer(norm, np_s, v_start)), None)
        bare = lead is not None and len(tokens) <= 3 and all(_looks_like_name(t) for t in tokens) and not _DEF.match(tokens[0])
        if norm[np_s:v_end_np].rstrip().endswith("قد"):
            v_end_np = np_s + norm[np_s:v_end_np].rstrip().rfind("قد")
        person = self.listed_person(norm, np_s, v_end_np) if person is None else person
        opening = lead is not None or not norm[s_start:np_s].strip()  # after a lead word, or opening the sentence
        if person is None and (inst is None or lead is None) and not bare and not (opening and self._is_role_word(tokens[0])):
            return None
        got = self.from_phrase(norm, np_s, v_end_np, norm[np_s:v_end_np], memory, before_verb=True)
        return None if got is None else (got[0], (np_s, got[1]))

    # -- where the speaker phrase ends --------------------------------------------------------

    @staticmethod
    def context(norm: str, np_s: int, np_e: int, s_end: int) -> str:
        """The speaker phrase and what qualifies it, up to the content marker (for the camp)."""
        m = CONTENT_MARKER.search(norm, np_e, min(s_end, np_e + 80))
        return norm[np_s : m.start() if m else min(s_end, np_e + 80)]

    def phrase_span(self, norm: str, start: int, end: int, *, strip_lam: bool = False, object_ba: bool = False,
                    object_masdar: bool = False) -> tuple[int, int]:
        """Span of the speaker phrase after ``start``: skip leading adjuncts, stop at a comma,
        an adjunct, a content marker or a relative pronoun (and, with ``object_ba``, at the
        object of أشاد / رحب / ندد: "بالدور"، "برؤساء"; with ``object_masdar``, at a verbal
        noun after ب, the object of طالب: "بزيادة")."""
        s = e = start
        count = 0
        prev = ""
        extended = False  # a long title with its complement may run to 16 words
        in_name = False  # inside an organisation's quoted name
        rank_at = -9  # the phrase's word count at its last rank word
        lead = start  # where the phrase may begin (after an outlet the speaker told: "وأوضح لـ"الاقتصادية" X")
        for t in TOKEN.finditer(norm, start, end):
            word = t.group()
            if t.start() < lead:
                continue
            if count == 0 and re.search(r"[:\"]", norm[lead : t.start()]):
                # "وقال "...": the subject is not repeated; but "وقالت "فارو" خلال مقابلة إن": a quoted name
                quoted_name = ":" not in norm[lead : t.start()] and norm[t.end() : t.end() + 1] == '"' and CONTENT_MARKER.search(norm, t.end() + 1, min(end, t.end() + 60))
                if not quoted_name or self._is_role_word(word) or word in self.verbs.written:
                    break
                in_name = True  # read the quoted name as the phrase's first word
            verb = self.verbs.by_form.get(word) or (self.verbs.by_form.get(word[1:]) if word[:1] in "وف" else None)
            if verb is not None and not verb.strict and not verb.clause_only and not (
                    count and (prev in NAME_LINKS or prev == "ال")):  # ("المحامي دان كينغ": دان is a verb only at a clause start)  # (not "صالح آل طالب"، "أبو بيان"، "بين ريوود")
                break  # another reporting verb: the phrase ends (or, first, there is no subject)
            if count and self._abbreviation_in_title(norm, s, e, t.start()):
                pass  # "الأمين العام لمنظمة الدول المصدرة للنفط (أوبك) عبد الله البدري": an abbreviation in the title
            elif count and (_CLAUSE_BREAK.search(norm, e, t.start()) or ":" in norm[e : t.start()]
                          or re.search(r'\s"\s', norm[e : t.start() + 1])):
                break  # (a quotation mark between spaces opens a quotation: 'وقال صالح " يمكننا')
            # a title with its complement: "المشرف العام على إدارة الإعلام ... الدكتور X"
            complement = count and ((word in ("علي", "عن") and (prev in self._in_charge or (prev[:1] == "و" and prev[1:] in self._in_charge))) or word == "لدي")  # سفير X لدى Y
            if word == "علي" and not complement:
                nxt = norm[t.end() : t.end() + 40].split()[:2]
                # the name علي, not the preposition على: "مدير المنتخب علي الشعيلان"، "أحمد بن علي"،
                # "العميد علي ردمان قحطان"، and first in the phrase "أوضح علي آل حطاب"
                complement = bool(nxt) and self._ali_name([prev, word, *nxt] if count else [word, *nxt], 1 if count else 0)
            if count and word == "ل" and norm[t.end() : t.end() + 3].lstrip().startswith('"'):
                complement = True  # "المدير التنفيذي لـ"نوكيا" X": an organisation's quoted name follows
            if count and _EULOGY.match(norm, t.start()):
                break  # "قال النبي صلى الله عليه وسلم": the eulogy closes the title
            if count == 0 and word == "امام" and _imam(norm, t.end()):
                complement = True  # "إمام وخطيب المسجد النبوي الشيخ X" (إمام and أمام, in front of, are spelled alike once normalised)
            if (word in self._preps or strip_clitics(word) in self._preps) and not complement:
                break  # a preposition: right after the verb, the subject is not repeated
            after_ma = TOKEN.match(norm, t.end() + 1, end) if count == 0 and word == "ما" else None
            if after_ma is not None and (after_ma.group() in self.verbs.written or not self.name_word(after_ma.group())
                                         or len(after_ma.group()) <= 3):
                break  # "توضح ما سبق"، "وأضاف ما يلي": ما and its clause are the object, no subject follows
            if count == 0 and (word in self._adjuncts or strip_clitics(word) in self._adjuncts or word in ("ما", "قد", "لي", "لنا")
                               or (word in ("الماضي", "المقبل", "الجاري") and t.start() > lead)):
                continue  # (and "يوم السبت الماضي": the adjective of a skipped time word; "قال لي X": told me)
            if count == 0 and (word.startswith("ل") or word[1:] in SOURCE_NOUNS):
                # (لـ, للوكالة, or an agency's own name after لـ: "وأضاف لرويترز:")
                told = next(iter(self.agencies.mentions(norm, t.start(), min(end, t.end() + 40))), None)
                if told is not None and told.word_start <= t.start() + 2:
                    lead = end_after_quotes(norm, told.end, end)
                    s = e = lead
                    continue  # "وأوضح لـ"الاقتصادية" X، ...": told an outlet, the subject follows
            opening = '"' in norm[max(e, t.start() - 1) : t.start()]
            if opening and count and (self._is_org(prev) or prev == "ل" or (prev in self.naming_nouns and count > 1) or prev in self._ranks):
                in_name = True  # شركة «الحادي عشر»، المدير التنفيذي لـ"نوكيا": the organisation's quoted name is part of the phrase
            quoted = opening and not in_name and not (count and (self._is_role_word(prev) or prev in self._ranks) and not self._is_org(prev))
            # (العقيد "القرشي"، الدكتور «جيكسون إن جي»: a quoted name after a title or rank)
            if object_ba and self._ba_object(word):
                break  # "أشاد الوزير بالدور ..."، "رحب برؤساء المراكز": the verb's object
            if object_masdar and _ba_masdar(word) and word not in self.people and word not in self._given_names:
                break  # "طالب المزارع الأوروبي بزيادة السعر": what is demanded
            if word[:1] == "ل" and (word[1:] in SOURCE_NOUNS or strip_clitics(word) in SOURCE_NOUNS):
                break  # "وأكد الأحمدي لوكالة الأنباء ...": told an outlet; the phrase ends ("وأضاف لقناة X": no subject)
            if count == 0 and word in _QUANTIFIERS:
                pass  # "وذكر عدد من الأشخاص": an unnamed group speaks
            elif count and word in _WEEKDAYS and self._weekday_surname(prev, word, (norm[t.end() : min(end, t.end() + 40)].split() or [""])[0]):
                pass  # "محمد الخميس أن": a family name spelled like a weekday, after a given name
            elif not in_name and (word in self._adjuncts or (_stop_word(word) and not complement) or (quoted and not self.agencies.mentions(word))):
                break
            if count and self.agencies.mentions(word) and word.startswith("ل") and not self._rank_ahead(norm, t.end(), end):
                break  # "وقال X لقناة Y": told an outlet (not "الأمين العام للاتحاد العالمي ... الدكتور X": a title)
            if count == 0:
                s = t.start() + (1 if strip_lam and word.startswith("ل") and not word.startswith("لل") else 0)
                if strip_lam and word.startswith("لل"):
                    s = t.start() + 2  # "للمشرف" is ل + المشرف: the title read without its article
            e = t.end()
            linked = prev in NAME_LINKS or word in NAME_LINKS  # (inside a nasab: "محمد بن عبدالعزيز الصفيان")
            prev = word
            if count == 0 and strip_lam and word.startswith("ل"):
                prev = word[2:] if word.startswith("لل") else word[1:]  # "للمشرف على": المشرف takes على
            count += 0 if in_name else 1
            if in_name and norm[t.end() : t.end() + 1] == '"':
                in_name = False
            extended = extended or bool(complement)
            if word in self._ranks:
                rank_at = count  # a long title ending in a rank: its name follows (... والبحث العلمي الدكتور X)
            if count >= max(16 if extended else 14, min(rank_at + 5, 20)):
                if count < 22 and rank_at < 0 and self._rank_ahead(norm, t.end(), end):
                    continue  # "عضو مجلس ... رئيس لجنة العلاقات العامة الدكتور X،": a rank and the name still follow
                if count < 22 and linked:
                    continue  # a long title, then a name with its nasab: the name is read to its end
                break
        return s, e

    def called_name(self, norm: str, pos: int, end: int) -> tuple[str, int] | None:
        """The name given after an unnamed source by يدعى / تدعى / اسمه ("شاهد عيان يدعى أحمد
        اكاي،" -> أحمد اكاي), up to the next punctuation, or None."""
        called = _CALLED.match(norm, pos, end)
        if called is None:
            return None
        stop = _NAME_BREAK.search(norm, called.end(), end)
        return self.read_name(norm, called.end(), stop.start() if stop else end, skip_titles=False)

    def _name_ending_phrase(self, norm: str, tokens: list[re.Match], end: int) -> tuple[str, int] | None:
        """A name of two words or more that closes the phrase after a definite source word and its
        description: "المسؤول الكنسي وديع أبونصار" -> وديع أبونصار (nothing may follow it)."""
        if len(tokens) < 3:
            return None
        named = self.read_name(norm, tokens[0].end(), end, max_skip=10)
        if named is None or " " not in named[0] or norm[named[1] : end].strip(" .\"«»"):
            return None
        words = named[0].split()
        lead = words[0]
        phrase = lead[:1] in "بل" and lead not in self._name_openers and (lead[1:] in self._common_words or _masdar(lead[1:]))
        if (_DEF.match(lead) or phrase or lead in self._common_words
                or any(self._not_name(w) or w in self.verbs.written or _masdar(w) for w in words)):
            return None  # (not "وطالب المصدر بتحري الدقة": the verb's object)
        return named

    def _abbreviation_in_title(self, norm: str, s: int, e: int, nxt: int) -> bool:
        """Whether the parenthesis between norm[e] and the next word at ``nxt`` opens or closes a
        short abbreviation inside a title or an organisation's name (not an unnamed source's phrase:
        "خبراء أمنيون استخدام (داعش)")."""
        gap = norm[e:nxt]
        if "(" not in gap and ")" not in gap:
            return False
        lead = (norm[s:e].split() or [""])[0]
        if not self._is_role_word(lead) or strip_clitics(lead) in self._anon_words:
            return False
        return bool((_OPEN_PAREN.fullmatch(gap) and _ABBREVIATION.match(norm, nxt, nxt + 21))
                    or (_CLOSE_PAREN.fullmatch(gap) and "(" in norm[max(0, e - 22) : e]))

    def _rank_ahead(self, norm: str, pos: int, end: int) -> bool:
        """A rank within the next six words, before any comma or content marker."""
        for k, t in enumerate(TOKEN.finditer(norm, pos, min(end, pos + 80))):
            if k >= 6 or _CLAUSE_BREAK.search(norm, pos, t.start()) or CONTENT_MARKER.fullmatch(t.group()):
                return False
            if t.group() in self._ranks:
                return True
        return False


_MASDAR = re.compile(r"ا..ا.|است..ا.|ا.ت.ا.|ان..ا.|ت..ي.|ت.ا..")  # إطلاق، استخدام، اعتقال، انسحاب، تسليم، تزامن


_DERIVED_PARTICIPLE = re.compile(r"من(?:ت..|..)|مست...|مت...ه")  # منضم، منتخب، مستقيل، متخصصة: descriptions, not surnames
_ADVERBIAL_PARTICIPLE = re.compile(r"م(?:ست...|.ت..|ت...|ن...)ا")  # مبتسما، مستغربا، متسائلا، منفعلا
_SIDE_OPENING = re.compile(r"\s*(?:" + SIDE_PHRASE + r"|بدور(?:ه|ها|هم))\s*[،,]\s*")  # "من ناحيته، ..."


def _words_before_mentions(word: str, norm: str, before: int, n: int, *, window: int = 3000,
                           quoted: bool = False) -> list[tuple[str, ...]]:
    """The ``n`` words written right before each earlier whole-word mention of ``word`` in the
    ``window`` characters before ``before`` (with ``quoted``, also before «word»)."""
    pattern = r"(?<!\S)" + r"(\S+) " * n + ('"?' if quoted else "") + re.escape(word) + r"(?!\w)"
    return [m.groups() for m in re.finditer(pattern, norm[max(0, before - window) : before])]


_NASAB = re.compile(r"\s+(?:بن|ابن|ال)\s+\w+")


_KUNYA = ("ابو", "ابي", "ابا")


def _spelled_apart(words: list[str], named: dict[str, Speaker]) -> Speaker | None:
    """The person named before with a part of the name written joined or apart: "رامي عبدالرحمن"
    after "رامي عبد الرحمن"; a kunya, "أبو ثنين" after "عبدالله أبوثنين", "أبوثنين" after
    "عبدالله أبو ثنين"."""
    if len(words) >= 2:
        compact, spaced = "".join(words), " ".join(words)
        same = next((k for k in named.values() if k.type == "person" and k.name_key != spaced
                     and k.name_key.replace(" ", "") == compact), None)
        if same is not None:
            return same
    last = words[-1]
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


_EULOGY = re.compile(r"\s*(?:صلي\s+الله\s+عليه|عليه\s+وسلم|عليه\s+(?:الصلاه\s+و)?السلام|عليهم\s+السلام)(?!\w)")  # the Prophet, a prophet
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
_NAME_BREAK = re.compile(r'[:"،,;؛()]')  # punctuation that ends a name
_CALLED = re.compile(r"\s*[،,]?\s*(?:يدعي|تدعي|يسمي|تسمي|اسمه|اسمها)\s+")  # "شاهد يدعى X": X is the unnamed source's name
_RANK_GRADES = {"اول", "ثاني", "ثان", "بحري", "جوي", "طيار", "ركن", "الركن"}  # after a rank, before the name
_ORDINALS = {"الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"}
_QUANTIFIERS = {"عدد", "بعض", "جميع", "كافه", "معظم", "اغلب", "اكثر", "اقل"}
_STOPS = {"عليه", "عليها", "عليهم", "منه", "منها", "منهم", "عنه", "عنها", "عنهم", "به", "بها", "بهم", "عددا", "نفسه", "نفسها", "نفسهم", "انفسهم", "ثم", "وهو", "وهي", "وهم", "وهما", "فانه", "فانها", "فانهم", "اننا", "انني", "بانه", "بانها", "بانهم", "وان", "وانه", "عدد", "بعض", "كل", "جميع", "كافه", "بما", "مما", "باسمه", "باسمها", "هذه", "هذا", "هناك", "هنالك", "ذلك", "تلك", "هؤلاء", "هولاء", "او", "قوله", "قولها", "قولهم", "قولهما", "ل", "ب", "عدم", "بعدم", "لعدم", "ضروره", "بضروره", "اهميه", "باهميه", "استعداد", "ان", "بان", "انه", "انها", "انهم", "انهما", "انهن", "بانهن", "الي", "علي", "من", "الذي", "التي", "الذين", "اللذين", "اللتين", "عن", "لا", "لن", "لم", "عما", "كان", "كانت", "كانوا", "فيما", "كما", "بينما", "حيث", "عندما", "اكثر", "اقل", "قد", "فقد", "لقد"}


def _ba_masdar(word: str) -> bool:
    """ب and a verbal noun: "بزيادة"، "بإقامة"، "بالإفراج"، "بتوفير" (what is demanded or praised)."""
    if word[:1] != "ب" or len(word) < 4:
        return False
    stem = word[3:] if word.startswith("بال") else word[1:]
    return _masdar(stem) or (len(stem) == 5 and stem[2] == "ا" and stem[4] == "ه")  # (فعالة)


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


def _looks_like_name(word: str) -> bool:
    """A token that could be (part of) a proper name: no pronoun or plural ending, not a digit."""
    if not word or any(ch.isdigit() for ch in word) or len(word) < 2:
        return False
    return not word.endswith(("ها", "هم", "هما", "كم", "يون", "يين"))  # (نا ends names: دينا، سمينا)


def _strip_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def strip_clitics(word: str) -> str:
    """The word without a leading و / ف (kept when what follows is under three letters)."""
    if word[:1] in ("و", "ف") and (word.startswith("ال", 1) or _THREE_WORD_CHARS.match(word, 1)):
        return word[1:]
    return word
