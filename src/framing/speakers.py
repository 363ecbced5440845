"""framing.speakers: who a statement's speaker is, read from the phrase around a reporting verb.

The reader classifies a speaker phrase, in this order: an agency, a person in the gazetteer
(``people.tsv``), an anonymous source (مصدر، مسؤول، دبلوماسيون), a title followed by a name
("وزير الدفاع البريطاني بن والاس": a person even if unknown), a title alone resolved back to
the person it named earlier in the article, an institution (الكرملين، موسكو), a bare name.
Names are read forwards past titles, organisations, places and appositions with the word
classes of ``speaker_cues.tsv`` and the corpus-counted ``common_nouns.tsv`` and
``given_names.tsv``. It also finds a subject written before its verb ("وكان X قد أكد").
``ArticleMemory`` carries what an article has named so far, for titles, surnames and pronouns.

``SpeakerReader`` is assembled from mixins, one module each: ``names`` (word classes and names
read forwards), ``coreference`` (one person under several mentions) and ``subjects`` (a speaker
written before the verb); ``speaker_base`` holds what they share. This module reads the phrase
itself: its classification (``from_phrase``) and where it ends (``phrase_span``).
"""

from __future__ import annotations

import re

from .attribution import AgencyLexicon, closing_mark_end, end_after_quotes
from .coreference import Coreference
from .errors import LexiconError
from .lexicons import Lexicons
from .matching import TermMatcher, last_match
from .names import PREPS_BEFORE_ALI, NameReading
from .normalize import normalize, spelling_variants
from .subjects import SubjectReading
from .verbs import ReportingVerbs
from .speaker_base import (
    CONTENT_MARKER, CONTENT_NEXT, MANNER_PHRASE, NAME_LINKS, SIDE_PHRASE, SOURCE_NOUNS, SPEAKER_CUE_ROLES, TOKEN, _ABBREVIATION, _ADVERBIAL_PARTICIPLE, _JOINED_PRESENT,
    _CALLED, _CLAUSE_BREAK, _CLOSE_PAREN, _DEF, _EULOGY, _NAME_BREAK, _NUMBER_WORDS, _OPEN_PAREN, _QUANTIFIERS, _QUOTED_NAME,
    _DAY_WORDS, _OF, _WEEKDAYS, ArticleMemory, Speaker, _ba_masdar, _imam, _looks_like_name, _masdar, _nasab_end, _stop_word,
    _strip_article, _unnamed_group, _words_before_mentions, _is_naming_noun, strip_clitics,
)

__all__ = ["SpeakerReader", "Speaker", "ArticleMemory", "SPEAKER_CUE_ROLES"]


_AND_GIVEN = re.compile(r"\s*[،,]?\s*و([^\s،,.:\"]+)")  # "ومساعد": the next given name in a list
_COMMA_OR_CONTENT = re.compile(r"\s*[،,]|" + CONTENT_NEXT.pattern)  # a name ends here: "همام زارع، أن"، "محمد طالب إن"


def _long_closing_quotation(norm: str, pos: int, end: int, *, longer_than: int) -> bool:
    """Whether the quotation opened right before ``pos`` has more than ``longer_than`` words and
    closes the sentence (or runs to its end)."""
    close = norm.find('"', pos, end)
    if close < 0:
        return len(norm[pos:end].split()) > longer_than
    return len(norm[pos:close].split()) > longer_than and norm[close + 1 : end].strip()[:1] in ("", ".", "!", "؟", "?")


def _named_by_given(word: str, memory: ArticleMemory) -> Speaker | None:
    """The one person the article named with two words or more who opens with ``word`` (None if
    none, or more than one)."""
    found = {p.id: p for p in memory.named.values()
             if p.type == "person" and " " in p.name_key and p.name_key.split()[0] == word}
    return next(iter(found.values())) if len(found) == 1 else None


def _with_bare(words: set[str]) -> set[str]:
    """Title words with and without the article ("للمشرف على" is read from "مشرف على"، "خبير في")."""
    return words | {w[2:] for w in words if w.startswith("ال") and len(w) > 4}


# the occasion after a title, not its field: "الخبير في تصريح"، "الباحث في حديثه لـ"
_SPEECH_AFTER = re.compile(r"\s+(?:تصريح|تصريحات|حديث|لقاء|مقابله|كلمه|بيان|اتصال|مداخله|ندوه|محاضره|ورقه|دراسه|تغريده|مقال)\w{0,3}(?!\w)")


_NEXT_AFTER_DASH = re.compile(r"[\s\-–—،,(]*([^\s\-–—،,(:;؛)\"]+)")  # the next word, past dashes and commas
_SIDE_LEAD = re.compile(SIDE_PHRASE + r"\s*[،,]?")  # "من جهته" right after the verb
# "ويجيب عن هذا السؤال X": the question answered, between the verb and its subject
_QUESTION_LEAD = re.compile(r"(?:عن|علي)\s+(?:(?:هذا|ذلك|هذه)\s+)?(?:السوال|التساول|الاسيله|التساولات|سوال)(?!\w)\s*[،,]?"
                            r"(?!\s*(?:حول|عن|في|من|بشان|الي|علي|ل\w+|ب\w+)(?!\w))")  # (not "على سؤال حول المباراة": the question goes on)
_CLERIC_HONORIFICS = ("فضيله", "سماحه")  # before إمام: "فضيلة إمام وخطيب المسجد النبوي"
_TITLE_AFTER = re.compile(r"\s*[،,]?\s*(ال[^\s،,.:\"]+)")  # a definite word after a name: its title?
_APPOSITION_END = re.compile(r'[،,.:"؛]')
_IN_PLACE = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?في\s")  # "مسؤول (بارع) في ...": where a source works
_FOUNDER_LINKS = ("ابناء", "بن", "اولاد")  # "شركة أبناء عبدالله بن X": the sons of the man a company is named after
_ONE_OF_THEM = ("احدهم", "احداهن", "احدهن", "احداهم")  # one of the people described, before a name
_ONE_OF = ("احد", "احدي")  # one of a group named after it ("أحد شهود العيان X")
_ANOTHER = frozenset({"اخر", "اخران", "اخرون", "اخرين", "اخري", "اخريان", "اخريات"})  # "مستثمر آخر": another (unnamed) one


_PLACE_TITLES = {"محافظ", "امير", "سفير", "قنصل", "ملك", "عمده", "حاكم", "والي"}  # titles whose complement is a place
_AGENCY_OPENS = re.compile(r"(?:^|[.\n؟!]\s*)و?وكاله\s*\"?\s*$")  # "وكالة «X» ..." opening a sentence


_INFORMED_BEFORE = re.compile(r"(?:بلغ|خبر)\w{0,3}\s*$")  # "أبلغت / أخبر X": the one told follows the verb


_ADDRESSED = re.compile(r"(?:(?<!\S)و?[لب]|(?<!\S)و?[لب]صاحب\s+ال)$")  # an honorific after ل / ب: the one addressed


# participles of allegiance: a person named after them is whom the group backs or opposes
_ALLEGIANCE = frozenset(p + w + e for p in ("", "ال") for w in ("موال", "موالي", "تابع", "مويد", "مناهض", "معارض", "مقرب")
                        for e in ("", "ه", "ين", "ون"))


class SpeakerReader(NameReading, Coreference, SubjectReading):
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
        self._time_heads = roles.get("time_head", set())
        self._preps = roles.get("preposition", set())
        self._org_words = roles.get("org", set())
        self._places = roles.get("place", set())
        self._ranks = roles.get("rank", set())
        self._given_names = roles.get("given_name", set())
        self._never_in_names = roles.get("not_name", set())
        self._in_charge = _with_bare(roles.get("in_charge", set()))
        self._in_field = _with_bare(roles.get("in_field", set()))
        self._to_place = _with_bare(roles.get("to_place", set()))  # an envoy's title goes on after إلى and a place
        self._common_nouns = roles.get("common_noun", set())
        self._plural_groups = roles.get("plural_group", set())
        self._clubs = roles.get("club", set())
        self._org_adjectives = roles.get("org_adjective", set())  # closes an organisation named after its founder
        self.naming_nouns = roles.get("naming_noun", set())
        self._construct_titles = roles.get("construct_title", set())
        self._kinship = roles.get("kinship", set())
        self._deceased = roles.get("deceased", set())
        # the stems a possessive pronoun attaches to: "زميله"، "زوجته" (ة is written ت before it)
        self._kin_stems = {k[:-1] + "ت" if k.endswith("ه") else k for k in self._kinship}
        # "معاليه" -> "معالي", "فضيلته" -> "فضيله": the honorific a pronoun stands for
        self._honorific_of = {w: w[:-2] + "ه" if w.endswith("ته") else w[:-1] for w in roles.get("honorific_pronoun", set())}
        self.anonymity = TermMatcher(roles.get("anonymity", set()))
        self._withholding = {t.split()[0] for t in roles.get("anonymity", set()) if t.strip()}  # (first words: رفض، فضل، طلب ...)
        # words far more often common nouns than names (جنرال، مصور، دور): never open a bare name
        self._common_words = {normalize(r["word"]).strip() for r in lexicons["common_nouns.tsv"]} - self._given_names - set(self.people)
        self._common_count = {normalize(r["word"]).strip(): int(r["bare"]) for r in lexicons["common_nouns.tsv"]}  # bare uses counted
        self._name_openers = {normalize(r["word"]).strip() for r in lexicons["given_names.tsv"]}
        self._listed_given_names = lexicons.given_names()  # (both lists: see _listed_given)
        self._verb_words = self.verbs.written - self.verbs.clause_only_forms  # (a name may open with دان: "المحامي دان كينغ")
        self._honorifics = set(self._honorific_of.values()) | {"سمو", "صاحب", "السمو", "فضيله", "سعاده", "معالي"}

    def is_title_phrase(self, norm: str, s: int, e: int, *, possessed: bool = False) -> bool:
        """Whether norm[s:e] opens with a title word (المتحدث، الخبير، وزير ...); with ``possessed``, also
        with a possessive pronoun ("ناطقها"، "متحدثه": its spokesman)."""
        first = TOKEN.search(norm, s, e)  # (وزيرة is a title before و is taken for a clitic)
        word = first.group() if first is not None else ""
        return first is not None and (word in self._title_words or strip_clitics(word) in self._title_words or self.title_pair(word)
                                      or (possessed and self._possessed_title(word)))

    def title_pair(self, word: str) -> bool:
        """The dual or plural of a title word: المحللان، الخبيران، المحللين."""
        return word.endswith(("ان", "ين")) and word[:-2] in self._title_words

    def unnamed_before(self, norm: str, s_start: int, v_start: int) -> tuple[Speaker, tuple[int, int]] | None:
        """An unnamed source written right before its verb, as its subject ("هناك تقارير أكدت"),
        with its span, or None."""
        last = last_match(TOKEN, norm, max(s_start, v_start - 20), v_start)
        word = strip_clitics(last.group()) if last is not None and not norm[last.end() : v_start].strip() else ""
        base = _strip_article(word)
        if not word or (word not in self._anon_words and base not in self._anon_words):
            return None
        counted = last_match(TOKEN, norm, max(s_start, last.start() - 16), last.start())
        if counted is not None and any(ch.isdigit() for ch in counted.group()):
            return None  # "البالغ عددهم أكثر من 5000 موظف مؤكداً": a count of people, not who speaks
        return Speaker("", f"anon:{base}", "anonymous", ""), last.span()

    def _surname_then_object(self, word: str, nxt: str, memory: ArticleMemory) -> Speaker | None:
        """The person named before whose surname ``word`` is, when ``nxt`` does not go on with a
        name but opens the verb's object ("ووصف السفير عسيري العلاقات"، "وثمن الدكتور الثويني جهود"),
        or None (not "الدكتور خالد العمري" after a "محمد خالد")."""
        known = memory.named.get(word)
        if (known is None or known.type != "person" or known.name_key.split()[-1] != word
                or nxt in NAME_LINKS or self._listed_given(nxt) or self._nisba_name(nxt)):
            return None
        return known

    def named_before(self, surname: str, norm: str, before: int) -> bool:
        """Whether the article wrote ``surname`` before ``before`` as the end of a fuller name
        (after a given name, or after a title or a nasab: "محمد بن عبدالرحمن المخرج")."""
        return self._given_before(surname, norm, before) or self._full_name_before(surname, norm, before)

    def _verbal_noun_then_possessed(self, word: str, norm: str, end: int, phrase_end: int, s: int, memory: ArticleMemory) -> bool:
        """Whether a one-word name nobody has been given (``word``, ending at ``end``) is followed
        by a common noun with a possessive pronoun (أرباحها، مبيعاتها، دعمه): the pair is then the
        verb's object ("أعلنت بدورها تأثر مبيعاتها"), not its subject."""
        nxt = TOKEN.search(norm, end, phrase_end)
        if nxt is None or self._listed_given(word) or word in self.people or word in memory.named:
            return False
        if self.named_before(word, norm, s):
            return False
        w = nxt.group()
        stem = w[:-2] if w.endswith(("ها", "هم")) else w[:-1] if w.endswith("ه") else ""
        return len(stem) >= 3 and (stem in self._common_words or stem + "ه" in self._common_words
                                   or (stem.endswith("ات") and len(stem) >= 5) or (stem.endswith("ت") and stem[:-1] + "ه" in self._common_words))

    def names_body(self, word: str) -> bool:
        """Whether ``word`` (with or without the article) is an organisation's or a naming noun
        (المرصد، الشبكة، المنظمة): the word a body's name opens with."""
        base = word[2:] if word.startswith("ال") else word
        return self._is_org(base) or base in self.naming_nouns

    def is_adjunct(self, word: str) -> bool:
        """A time word or adverb of the lexicon (أمس، مجددا): never a speaker, nor a verb."""
        return word in self._adjuncts

    def _unnamed_plural(self, word: str, *, in_construct: bool) -> bool:
        """An indefinite plural that speaks as an unnamed group: a nationality's or participle's in -يون / -ون
        ("فلسطينيون"، "مسلحون"); or, ending like a name may (-ين، -ي), a participle's whose singular the lexicon lists
        as a common noun: "عن مسافرين" (مسافر + ين) and, ``in_construct`` with a complement after it, "عن محققي جهاز
        المخابرات" (محقق + ي)."""
        if self._listed_given(word):
            return False
        if _unnamed_group(word):
            return True
        if word[:1] != "م" or word in self.people:
            return False
        return ((len(word) >= 6 and word.endswith("ين") and word[:-2] in self._common_words)
                or (in_construct and len(word) >= 5 and word.endswith("ي") and word[:-1] in self._common_words))

    def _construct_plural(self, head: str, tokens: list[re.Match], norm: str) -> bool:
        """A sound plural in construct, its ن dropped, opening the phrase: مفعلو before a definite
        word, a quoted name or a plural the lexicon knows ("مقاتلو طالبان"، "مقاتلو «طالبان»"), or
        فاعلو before a place or a definite common noun ("دائنو اليونان"): an unnamed group."""
        if not head.endswith("و") or len(head) < 5:
            return False
        nxt = tokens[1].group() if len(tokens) > 1 else ""
        if head.startswith("م") and not head.endswith(("يو", "وو")):
            quoted_next = re.match(r'\s*"[^"]{1,25}"', norm[tokens[0].end() : tokens[0].end() + 30]) is not None  # (a short quoted name)
            chain = ((nxt in self._common_words or (nxt.endswith("ه") and not self._listed_given(nxt))) and len(tokens) > 2
                     and tokens[2].group().startswith("ال") and not self._nationality(tokens[2].group()))  # "مبتكرو وسيلة النقل"
            return quoted_next or bool(nxt) and (nxt.startswith("ال") or head[:-1] + "ين" in self._common_words
                                                 or head[:-1] + "ون" in self._common_words or chain)
        return len(head) == 5 and head[1] == "ا" and nxt.startswith("ال") and (self._is_place(nxt) or nxt[2:] in self._common_words)

    def _family_nisba(self, word: str) -> bool:
        """A family name in ـي that is neither a place nor a nationality (الغامدي، العتيبي)."""
        return self._nisba_name(word, min_len=6) and not self._is_place(word) and not self._nationality(word)

    def _one_word_name(self, word: str, after: str) -> bool:
        """A name of one word after a nationality: a name-like word that is no common noun, closed
        by the phrase's end, a title or a word that never continues a name (البالغ)."""
        return (_looks_like_name(word) and not _DEF.match(word) and word not in self._common_words and not _masdar(word)
                and not self._not_name(word) and not _stop_word(word) and word not in self.verbs.written
                and not (word[:1] in "بل" and word[1:] in self._common_words)  # (not "الشعب اليمني بمختلف مكوناته")
                and not (self._possessed_noun(word) and not self._listed_given(word))  # (nor "وأكد الشمالي شكره": his thanks)
                and (not after or after in self._never_in_names or self._is_role_word(after)))

    def _given_after_complement(self, tokens: list[re.Match]) -> int:
        """Where a listed given name follows a title's definite complement ("طبيب المنتخب
        البرازيلي رودريجو"، "أسطورة كرة القدم الأرجنتينية دييجو"): its token index, or 0."""
        k, definite = 1, False
        while k < min(len(tokens) - 1, 6):
            word = tokens[k].group()
            if self._listed_given(word):
                return k if definite else 0
            if self._is_role_word(word) and word not in self._ranks:
                return 0  # "مستشار الرئيس الفلسطيني محمود عباس": the name is the other title's (but "سعادة الشيخ X")
            if _DEF.match(word):
                definite = True
            elif not _DEF.match(tokens[k + 1].group()) or _masdar(word):
                return 0  # (an indefinite word only as the head of a construct: كرة القدم)
            k += 1
        return 0

    def is_body_noun(self, word: str) -> bool:
        """A definite organisation noun (الحكومة، الوزارة، اللجنة) or a listed institution's name."""
        return word in self.institutions or (word.startswith("ال") and self._is_org(word[2:]))

    def names_institution(self, text: str) -> bool:
        """Whether ``text`` (normalised) is a listed institution's whole name ("اوبك"، "جيه بي مورجان")."""
        return " ".join(text.split()) in self.institutions

    def is_place(self, word: str) -> bool:
        """A place of the lexicon, with or without its clitics (أوكرانيا، بجدة)."""
        return self._is_place(word)

    def is_kin_word(self, word: str) -> bool:
        """Whether ``word`` names a relative (والد، شقيق، ابنة): "X والد الشهيد" describes X like a title;
        or the writer's own ("يقول لي زميلي"، "قال أخي"), who is unnamed."""
        base = strip_clitics(word)
        return base in self._kinship or word in self._kinship or any(len(w) > 3 and self._kin_with_pronoun(w, "ي") for w in {word, base})

    def _masculine_verb_before(self, norm: str, pos: int) -> bool:
        """Whether the word right before ``pos`` is a reporting verb in the masculine singular (قال،
        ويضيف), whose subject cannot be a woman ("شقيقة X", X's sister, spelled like شقيقه once normalised)."""
        prev = (norm[max(0, pos - 20) : pos].split() or [""])[-1]
        verb = self.verbs.lookup(prev)
        form = self.verbs.base_form(prev)
        return (verb is not None and not verb.participle and form not in self.verbs.feminine and not self.verbs.is_plural(form)
                and not (verb.present and form.startswith("ت")))  # (تقول is hers or yours; تابع, a past, is his)

    def is_rank(self, word: str) -> bool:
        """Whether ``word`` is a rank written before a name (الدكتور، اللواء، البروفيسور)."""
        return word in self._ranks

    def opens_speaker(self, word: str) -> bool:
        """Whether a speaker phrase may open with ``word``: a title, rank, organisation or source
        noun, a listed given name, a gazetteer name, or an honorific pronoun (سموه)."""
        return any(self._is_role_word(w) or w in self._ranks or w in self._name_openers or w in self.people
                   or w in self._honorific_of for w in {word, strip_clitics(word)})  # (وزير is no و + زير)

    def is_given_name(self, word: str) -> bool:
        """Whether ``word`` is a listed given name (given_names.tsv or the cue list: ريتشارد، نادية)."""
        return self._listed_given(word)

    def opens_person(self, word: str) -> bool:
        """Whether a person's phrase may open with ``word``: a speaker's opening word or a listed given name."""
        return self.opens_speaker(word) or self._listed_given(word)

    def names_subject(self, norm: str, s: int, e: int) -> bool:
        """Whether the one word norm[s:e] may be a verb's subject: a speaker's opening word, a
        place ("وكانت بريطانيا أعلنت") or a listed institution ("وكانت الرئاسة قالت")."""
        word = norm[s:e]
        if self.opens_speaker(word) or self._is_place(word):
            return True
        inst = next(iter(self._inst_matcher.finditer(norm, s, e)), None)
        return inst is not None and inst.end == e

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

    def _possessed_title(self, word: str, *, with_org: bool = False) -> bool:
        """A title word with a possessive pronoun: "وكيله المحامي X" (his agent), "رئيسها X" (its head);
        not ـه on an organisation's noun (منظمة, which ـه also spells), unless ``with_org``."""
        if word.endswith("ها"):
            return word[:-2] in self._title_words
        return word.endswith("ه") and word[:-1] in self._title_words and (with_org or not self._is_org(_strip_article(word)))

    def _principal_title(self, word: str, *, construct: bool = False) -> bool:
        """لـ and a title with the article ("للرئيس"، "للأمين"), or with ``construct`` also without it ("لرئيس
        الجمهورية"): a name right after it is the principal's, whom the title before serves ("السكرتير الخاص للرئيس
        هادي"، "قائد موالٍ للرئيس X"), not the speaker's (a rank is also a noun: "القائد السابق للفريق X", the team's)."""
        if word.startswith("لل"):
            title = "ال" + word[2:]
        elif construct and word.startswith("ل"):
            title = word[1:]
        else:
            return False
        return title in self._title_words and title not in self._ranks

    def title_after(self, norm: str, pos: int, end: int) -> int | None:
        """Where a title set after a name ends ("غرايمي سميث، الخبير في مجموعة الأزمات"، "ديريك
        سيسورز المحلل الاقتصادي لدى معهد X"): at the next comma, colon, quotation mark or full stop;
        None when no definite title word follows the name at ``pos``."""
        m = _TITLE_AFTER.match(norm, pos, end)
        if m is None:
            return None
        word = m.group(1)
        if not (word in self._title_words or word in self._in_field or self._possessed_title(word, with_org=True)):
            return None
        stop = _APPOSITION_END.search(norm, m.end(), end)
        return stop.start() if stop else end

    def _agency_opening_before(self, norm: str, s: int) -> Speaker | None:
        """The wire agency last named before ``s``, if "وكالة" and its name opened that sentence."""
        m = next((m for m in reversed(list(self.agencies.mentions(norm, max(0, s - 1500), s)))
                  if m.key in self.agencies.wires and m.key not in self.agencies.needs_cue), None)
        if m is not None and _AGENCY_OPENS.search(norm, max(0, m.start - len(m.prefix) - 16), m.start - len(m.prefix)):
            return Speaker("", self.agencies.ids[m.key], "agency", "")
        return None

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
            before = norm[max(0, m.start - len(m.prefix) - 60) : m.start - len(m.prefix)].split() or [""]
            while len(before) >= 3 and before[-2] in ("بن", "ابن", "بنت"):
                before = before[:-2]  # "عادل بن أحمد الجبير": the given name heads the nasab
            prev = before[-1].lstrip('"')  # (a quoted name: «جورج شولتز»)
            if (" " not in m.key and not m.prefix and self._listed_given(prev)
                    and prev not in self.gazetteer_name(self.people[m.key][0]).split()):
                continue  # "م. فهد الجبير": a surname after another given name is someone else (not عادل الجبير)
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

    def name_around(self, before: str, after: str) -> bool:
        """Whether a word between ``before`` and ``after`` is a name's middle word: a listed given
        name before it and a plain name word after it, with no article, preposition or و ("هاني طالب بلان")."""
        if not (self._listed_given(before) and self.plain_name(after) and not _DEF.match(after) and after[:1] != "و"
                and after not in ("لي", "له", "لها", "لهم", "لنا", "لك")):  # (not "أحمد قال لي": to me)
            return False
        rest = after[1:]  # (a name may open with ب or ل, بلان، but not a preposition's object: بإقالة، للوزير)
        return after[:1] not in "بل" or not (rest in self._common_words or _masdar(rest) or _DEF.match(rest) or rest.endswith(("ه", "ات")))

    def named_as_organisation(self, word: str, memory: ArticleMemory, before: int, *, quoted: bool = False) -> bool:
        """Whether the article wrote ``word`` before as an organisation: in the name of one that
        spoke, after an organisation noun of the lexicon (شركة، مجموعة، بنك ...), with a feminine adjective with the article
        ("داماك العقارية"، "أرامكو السعودية"), or as an abbreviation in parentheses ("(أجوكو)"). ``quoted``: the word
        is written in quotation marks ('وذكرت "إينوك"'), which names a body when it was written before in them, and
        never out of them (not 'وقالت "فارو"' after "ميا فارو")."""
        if word in self._given_names or word in self.people or word in memory.named:
            return False
        if quoted and not self._listed_given(word) and not _words_before_mentions(word, memory.norm, before, 1) and (
                _words_before_mentions(word, memory.norm, before, 1, quoted=True)):
            return True
        if quoted and not self._listed_given(word) and any(
                self._is_org(ws[i]) and all(w in _FOUNDER_LINKS or self._listed_given(w) for w in ws[i + 1 :])
                for ws in _words_before_mentions(word, memory.norm, before, 4, window=5000) for i in range(3)):
            return True  # 'وأعلنت «الخضري»' after "شركة أبناء عبدالله عبدالمحسن الخضري": a company named after a man (his
            # sons), only given names between its noun and his family name, then quoted alone
        if word in memory.organisations:
            return True  # (part of the name of an organisation that spoke before: "شركة الطيران ... فلاي دبي")
        if any(self._is_org(w) for (w,) in _words_before_mentions(word, memory.norm, before, 1, window=5000, quoted=True)):
            return True
        w = re.escape(word)
        return re.search(r"(?<!\w)" + w + r"\s+ال\w+يه(?!\w)|\(\s*" + w + r"\s*\)", memory.norm[max(0, before - 5000) : before]) is not None

    def name_word(self, word: str) -> bool:
        """Whether ``word`` may be part of a person's name (not a common noun, title or function word)."""
        return (self._listed_given(word) or word in NAME_LINKS or word == "علي"
                or not (self._not_name(word) or word in self._common_words or _stop_word(word) or word[:1] in "بل"))

    def camp_in(self, norm_text: str) -> str:
        """Camp of the first camp cue in a normalised phrase, or ""."""
        for m in self._camp_matcher.finditer(norm_text):
            return self._camp_of[m.key]
        return ""

    # -- the speaker phrase -------------------------------------------------------------------

    def _honoured(self, norm: str, root: str, first: str, s: int) -> bool:
        """Whether the article gave the person whose name opens with ``first`` the honorific
        ``root`` before ``s`` (and not to another name read right after it: "صاحب السمو الأمير X
        ... السفير الكوري Y" gives it to X, not Y)."""
        floor = max(0, s - 5000)
        for m in re.finditer(re.escape(root) + r"[^.،,]{0,120}?" + re.escape(first), norm[floor:s]):
            named = self.read_name(norm, floor + m.start() + len(root), min(s, floor + m.end()), max_skip=14)
            if named is None or named[0].split()[0] == first:
                return True
        return False

    def from_phrase(self, norm: str, s: int, e: int, context: str, memory: ArticleMemory, *,
                    before_verb: bool = False) -> tuple[Speaker, int] | None:
        """Classify the speaker phrase norm[s:e]; return it and where the phrase really ends.

        ``before_verb``: the phrase is the subject before its verb ("عون حذر"), where a bare
        word that is mostly a common noun may still be a surname named earlier. An unlisted
        "name" followed by a phrase that withholds the name ("مثمن عقاري- فضّل عدم ذكر اسمه-") is
        an anonymous source."""
        got = self._classify_phrase(norm, s, e, context, memory, before_verb=before_verb)
        if got is not None and got[0].type == "person" and self._names_nobody(got[0].name_key.split()):
            return None
        if got is not None and got[0].type == "person" and got[0].id == got[0].name_key and self._name_withheld(norm, got[1]):
            return Speaker("", "anon:" + got[0].id, "anonymous", got[0].camp), got[1]
        return got

    def _names_nobody(self, words: list[str]) -> bool:
        """Whether a person's name read as ``words`` names nobody: a function word alone, with its و / ف too
        ("ورفض، ومن هذا المنطلق"), "أي" and a noun ("ونفي أي توتر", the verb's object; not "آي ويوي"), or a
        quantifier opening it, also with a pronoun ("رأي معظم من حضر"، "فبعض الدول التي يتوقع"، "استطرد أغلبنا"), or a later word that is و and a common noun,
        a list of things rather than one person's name ("كشفت آفاق وجماليات الواجهة")."""
        first = words[0][1:] if words and words[0][:1] in "وف" else words[0] if words else ""
        return ((len(words) == 1 and (_stop_word(words[0]) or _stop_word(first)))
                or (len(words) == 2 and words[0] == "اي" and words[1] in self._common_words)
                or first in _QUANTIFIERS or re.sub(r"(?:نا|هم|هما|هن|كم)$", "", first) in _QUANTIFIERS
                or any(w[:1] == "و" and len(w) >= 5 and not self._listed_given(w)
                       and (w[1:] in self._common_words or _stop_word(w[1:]) or self._not_name(w[1:])) for w in words[1:]))

    def _name_withheld(self, norm: str, pos: int) -> bool:
        """Whether a phrase withholding the speaker's name ("فضّل عدم ذكر اسمه") follows ``pos``."""
        nxt = _NEXT_AFTER_DASH.match(norm, pos)
        return nxt is not None and self._withholds_at(norm, nxt.start(1), min(len(norm), pos + 45), nxt.group(1))

    def _withholds_at(self, norm: str, start: int, end: int, word: str) -> bool:
        """Whether an anonymity phrase ("رفض الكشف عن اسمه") opens with ``word`` at ``start``."""
        return word in self._withholding and any(a.word_start == start for a in self.anonymity.finditer(norm, start, end))

    def _classify_phrase(self, norm: str, s: int, e: int, context: str, memory: ArticleMemory, *,
                         before_verb: bool = False) -> tuple[Speaker, int] | None:
        """from_phrase's reading of the phrase, before the withheld-name check."""
        np_norm = norm[s:e]
        tokens = list(TOKEN.finditer(norm, s, e))
        if not tokens:
            return None
        first = tokens[0].group()
        if first in _ONE_OF_THEM and len(tokens) > 1:
            # "ويقول أحدهم X (50 عاما)": one of the people just described, then his name
            return self._classify_phrase(norm, tokens[1].start(), e, context, memory, before_verb=before_verb)
        if first in _ONE_OF and len(tokens) > 2 and not _DEF.match(tokens[1].group()) and _DEF.match(tokens[2].group()):
            # "أحد شهود العيان X": one of a group named by a construct, then perhaps his name
            got = self._classify_phrase(norm, tokens[1].start(), e, context, memory, before_verb=before_verb)
            named = (self.read_name(norm, tokens[3].start(), e, skip_titles=False)
                     if got is not None and got[0].type == "anonymous" and len(tokens) > 4 and self._listed_given(tokens[3].group()) else None)
            if named is not None and " " in named[0]:
                return Speaker.person(named[0], self.camp_in(context)), named[1]  # "أحد أبناء الحي إسماعيل غالب"
            return got
        head = strip_clitics(first)
        if (self._indefinite_nationality(first) and not self._listed_given(first) and first not in self.people
                and first not in memory.named and not self.named_before(first, norm, s)):
            return Speaker("", f"anon:{first}", "anonymous", self.camp_in(context)), tokens[0].end()  # "قال سعودي يعمل في
            # الشركة": an unnamed Saudi, no name (and "مقتل طالب سعودي يدرس": a Saudi student, no verb's named subject); not
            # a family name the article gave ("وأشار هندي" after "ملهم بن محمد هندي")
        if first == "الله" or _EULOGY.match(norm, s) or (_EULOGY.match(norm, e) and not self._is_role_word(first)):
            return None  # "ودعا الله أن ...": God is prayed to, not quoted; "قال صلى الله عليه وسلم"، "فقال
            # نوح عليه السلام": scripture quoted in a sermon, not a statement of the news (but "قال النبي
            # عليه الصلاة والسلام" keeps its title as the speaker)
        agency = next((a for a in self.agencies.mentions(norm, s, min(len(norm), e + 40))
                       if a.word_start < e and not self.agencies.names_a_paper(norm, a, s)), None)
        if agency is not None:
            opening = (agency.word_start <= tokens[0].end() or first in SOURCE_NOUNS or head in SOURCE_NOUNS
                       or (first in ("ذي", "ذا") and len(tokens) > 1 and agency.word_start <= tokens[1].end()))  # ("ذي دايلي مايل": The)
            if opening and (agency.key not in self.agencies.needs_cue or re.search(r"(?:وكاله|صحيفه|قناه|مراسل)", np_norm)
                            or '"' in norm[max(0, agency.word_start - 2) : agency.word_start]):  # ('وذكرت "ماركا"': an ambiguous name in marks)
                return Speaker("", self.agencies.ids[agency.key], "agency", ""), end_after_quotes(norm, closing_mark_end(norm, agency.start, agency.end),
                                                                                        len(norm) if '"' in norm[s : agency.word_start] else e)
            if not opening and agency.prefix.endswith("ل") and not self._rank_ahead(norm, agency.end, e):
                e = agency.word_start  # "... جونسون لهيئة الإذاعة البريطانية": told the BBC
                while e > s and norm[e - 1].isspace():
                    e -= 1
                np_norm = norm[s:e]
                tokens = list(TOKEN.finditer(norm, s, e))
                if not tokens:
                    return None
        told = next((k for k, t in enumerate(tokens) if k and t.group()[:1] == "ل" and t.group()[1:] in SOURCE_NOUNS), 0)
        if told:
            e = tokens[told - 1].end()  # "وصرح والد الفتاة لصحيفة بوراس تيدنغ": told an outlet (one the lexicon may not list)
            np_norm, tokens = norm[s:e], tokens[:told]
        the_source = (first.startswith("ال") and first[2:] in SOURCE_NOUNS and not first[2:].startswith("مراسل")
                      and (len(tokens) == 1 or (tokens[1].group().startswith("ال") and tokens[1].group().endswith(("ي", "يه")))))
        agency_before = self._agency_opening_before(norm, s) if the_source and first == "الوكاله" else None
        if the_source and (agency_before or memory.last_agency) is not None:
            # "وأضافت الوكالة": the one named before (a wire that opened a sentence since, as its subject, first:
            # "وكالة «أسوشييتد برس» رصدت ... كما ذكرت الوكالة")
            return agency_before or memory.last_agency, tokens[-1].end() if len(tokens) <= 2 else tokens[1].end()
        if len(tokens) == 1 and first.isascii() and first.isalpha() and len(first) <= 5:
            return Speaker("", f"inst:{first}", "institution", self.camp_in(context)), tokens[0].end()  # 'وقال «CNI» إن': an acronym
        # "أكد سموه دعم حكومة ... الملك سلمان": after an honorific pronoun, a name is in what was said
        person = self.listed_person(norm, s, e) if first not in self._honorific_of else None
        title_like = (head in self._title_words or first in self._title_words
                      or self._possessed_title(first)
                      or (first in self._construct_titles and len(tokens) > 1
                          and (_DEF.match(tokens[1].group()) or self._is_org(tokens[1].group()))))  # كبير المفاوضين، محامي هيئة
        if person is not None and title_like and person.start - len(person.prefix) > tokens[0].start():
            before = norm[max(s, person.start - len(person.prefix) - 20) : person.start - len(person.prefix)].split()
            if before and self._is_org(before[-1]):
                person = None  # "المتحدث باسم مركز الملك سلمان ...": the person names the organisation
            elif (person.prefix.endswith("ل") or (len(before) > 1 and self._principal_title(before[-1]))
                  or (first in self._ranks and (own := self.read_name(norm, s, e)) is not None and " " in own[0]
                      and own[1] < person.start - len(person.prefix))):
                person = None  # "قائد عسكري موالٍ للرئيس X"، "مستشار لهادي": the person is the title's complement; so
                # after a rank and a full name: "الدكتور X السكرتير الخاص لرئيس الجمهورية Y" (X speaks)
                # (not "الأمين العام للناتو X": an organisation, whose officer X is)
        backing = next((k for k, t in enumerate(tokens) if strip_clitics(t.group()) in _ALLEGIANCE), 0) if person is not None else 0
        if (backing and person.start - len(person.prefix) > tokens[backing].start() and first.startswith("ال")
                and not (self._is_role_word(first) or first in self._ranks)):
            # "القوات الموالية لحكومة الرئيس اليمني عبدربه منصور هادي": the forces speak, not the person they back
            group = " ".join(t.group() for t in tokens[:backing])
            return Speaker("", f"inst:{group}", "institution", self.camp_in(context)), tokens[backing - 1].end()
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
        if head == "البعض":
            return Speaker("", "anon:بعض", "anonymous", self.camp_in(context)), tokens[0].end()  # "وانتقد البعض طول فترة الاحتفال": some (people)
        if first.endswith("ا") and first[:-1] in _QUANTIFIERS:
            return None  # "كما أبدى بعضا من الملاحظات": an accusative quantifier, the object
        if first in _QUANTIFIERS and self._people_after(norm, tokens[0].end()):
            return Speaker("", f"anon:{first}", "anonymous", self.camp_in(context)), tokens[0].end()  # عدد من، بعض
        if first.startswith("ال") and self.title_pair(first) and len(tokens) > 1:
            # "أكد المحللان السياسيان الدكتور X والدكتور Y": two of a title, then their names: the first speaks (the
            # second is read as a co-speaker after it)
            k = 1
            while k < len(tokens) and tokens[k].group().startswith("ال") and tokens[k].group().endswith(("يان", "يين")):
                k += 1
            named = self.read_name(norm, tokens[k].start(), e) if 1 < k < len(tokens) and tokens[k].group() in self._ranks else None
            if named is not None and " " in named[0]:
                return Speaker.person(named[0], self.camp_in(context)), named[1]
        if head.endswith(("ان", "ين")) and (head[:-2] in self._anon_words or (
                head.endswith(("يان", "يين")) and len(head) >= 7 and head[:-2] in self._common_words) or (
                self.title_pair(head) and len(head) > 5 and (len(tokens) == 1 or not self.name_word(tokens[1].group())
                                                                     or tokens[1].group().endswith(("يان", "يين"))))):
            # شاهدان; "قال مندوبان في منظمة أوبك", "رأى خبيران سياسيان": two of a title, unnamed; "أكد اقتصاديان": two of a
            # nisba noun
            return Speaker("", f"anon:{head[:-2]}", "anonymous", self.camp_in(context)), tokens[0].end()
        if len(tokens) > 1 and tokens[1].group() in _ANOTHER and not _DEF.match(first) and not self._listed_given(first) and head not in SOURCE_NOUNS:
            return Speaker("", f"anon:{head}", "anonymous", self.camp_in(context)), tokens[1].end()  # "قال مستثمر آخر": unnamed
        if ((head in self._plural_groups or self._unnamed_plural(head, in_construct=len(tokens) > 1) or self._construct_plural(head, tokens, norm))
                and not self._is_role_word(first)):  # (not a given name shaped like a plural: ميسون)
            members = self.group_members(norm, tokens, e)
            if members is not None:
                return Speaker.person(members[0], self.camp_in(context)), members[1]
            # "قال فلسطينيون رأوا ..."، "قال مسلحون": an unnamed group speaks
            return Speaker("", f"anon:{head}", "anonymous", self.camp_in(context)), tokens[0].end()
        if first == "ابن" and len(tokens) > 1 and (nasab := self._named_by_nasab(tokens[1].group(), norm, s, memory)) is not None:
            return nasab, tokens[1].end()  # "وقال ابن إبراهيم" after "سلمان بن إبراهيم آل خليفة"
        if first == "ابن" and len(tokens) > 1 and (self._family_name_after_ibn(tokens[1].group()) or tokens[1].group() in self._given_names
                                                   or tokens[1].group() == "علي"):  # ("وقال ابن علي": a family name)
            name = f"ابن {tokens[1].group()}"  # "قال ابن بطال"، "ابن كيران": a name, not "the son of"
            return Speaker.person(name), tokens[1].end()
        kunya = (first == "ام" and len(tokens) > 1 and self._listed_given(tokens[1].group()) and not tokens[1].group().startswith("ال")
                 and memory.named.get(tokens[1].group()) is None and (len(tokens) == 2 or not self._listed_given(tokens[2].group())))
        # ("وذكرت أم محمد أن": a woman's kunya, read as a name like أبو محمد (ام joins a name); not the mother of someone
        # named before, nor "أم محمد علي": محمد علي's mother)
        agent_of = self._agent_of([t.group() for t in tokens[:3]])  # (two words only when the phrase ends there)
        own_name_at = []  # where a relative's own name may start: the relative speaks, named
        if (len(tokens) >= 3 and (self.relative_of(first) or (self._kin_with_pronoun(first) and self._masculine_verb_before(norm, s)))
                # (ـه is also ة: والدة X; but after a masculine verb it is his: "قال شقيقه إبراهيم البغلي")
                and not norm[tokens[0].end() : tokens[1].start()].strip()):  # (not "ابنه (دايم السيف)": a byname in brackets)
            own_name_at.append(1)  # "وقال عمها محمد العلي": her uncle
        if (len(tokens) >= 4 and first in self._kinship and tokens[1].group() in self._deceased and self._masculine_verb_before(norm, s)
                and not _CLAUSE_BREAK.search(norm, tokens[0].start(), tokens[2].start())):  # (no comma between them)
            own_name_at.append(2)  # "وذكر عم الشهيد حسين دواس": the uncle (the dead man was named before; after a feminine
            # verb, "والدة الشهيد سامي الحربي", the name is his), if the name opens with a listed given name
        for k in own_name_at:
            named = self.read_name(norm, tokens[k].start(), e, skip_titles=False)
            if named is not None and " " in named[0] and (k == 1 or self._listed_given(named[0].split()[0])):
                return Speaker.person(named[0], self.camp_in(context)), named[1]
        if (self.is_kin_word(first) or agent_of) and not kunya and not (
                self._listed_given(first) and len(tokens) > 1 and self._listed_given(tokens[1].group())):
            # (but "قال نظير محمد مطمين": a given name spelled like a kin word, then a given name)
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
                if _ADDRESSED.search(norm, max(0, at - 12), at):
                    continue  # "التهنئة لمعالي وزير العدل X"، "لصاحب السمو": who is addressed (ل، ب), not who speaks
                named = self.read_name(norm, at + len(root), min(s, at + 260), max_skip=14)
                if named is not None and ((named[0].split()[0] in self._common_words and named[0].split()[0] not in self._name_openers)
                                          or self._possessed_noun(named[0].split()[0])
                                          or (" " not in named[0] and not self._listed_given(named[0]) and named[0] not in self.people)):
                    named = None  # "وسمو ولي العهد ... رجال الأمن"، "وسمو ولي عهده": no name after the honorific
                    # (nor one unlisted word far into the phrase: "سمو الرئيس العام على الإجراءات ... لعضويته")
            # (the last speaker keeps the pronoun if the article gave him the same honorific: "سمو
            # الأمير X ... جائزة الأمير نايف ... وأضاف سموه" is X; "كاميرون ... سماحة المفتي Y ... وقال سماحته" is Y)
            last_honoured = last is not None and self._honoured(norm, root, last.name_key.split()[0], s)
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
        other_person = self._listed_given(nxt) or nxt in NAME_LINKS or (
            known_surname is not None and " " in known_surname.name_key and nxt in known_surname.name_key.split())
        if known_surname is not None and (
                not nxt or _DEF.match(nxt) or first.startswith("ال") or self._not_name(nxt) or nxt in self._common_words or object_next
                or (known_surname.type == "person" and known_surname.name_key.split()[-1] == first.strip('"')
                    and " " in known_surname.name_key and not other_person and nxt not in self.people
                    and not (self._listed_given(first) and self.plain_name(nxt))  # ("وإبراهيم مشرعي" after "أحمد إبراهيم")
                    and norm.rfind(f"{first} {nxt}", 0, s) < 0)):  # (not "مريم رجوي" written so before: a full name)  # "وأكد شيخ أدى هبوط": the surname of عاصم شيخ, then the content
            # "وأضاف دغلس المكلف بملف الاستيطان": the surname of a person named earlier, then a description
            known = memory.named[first.strip('"')]  # "وتوقع المهنا": the surname of a person named earlier
            return known, tokens[0].end()
        if len(tokens) == 1 and known_surname is None and (by_given := _named_by_given(first, memory)) is not None:
            return by_given, tokens[0].end()  # "وأضاف شريف في مقابلة" after "شريف إسماعيل": his given name alone
        if (len(tokens) == 1 and known_surname is None and not _DEF.match(first) and len(first) >= 3
                and (full := self.full_name_of_given(first, norm, s))):
            return Speaker.person(full), tokens[0].end()  # "وأوضحت هدى أن" after "الفنانة الكويتية هدى حسين", who had not spoken
        tail = memory.named.get(nxt)
        if (tail is not None and tail.type == "person" and len(tail.name_key.split()) > 2
                and tail.name_key.endswith(f" {first} {nxt}")):
            return tail, tokens[1].end()  # "وطالبت ميرك إربه الساسة" after "بريجيته ميرك إربه": her last two names
        if head.endswith("ي") and head + "ن" in self._anon_words and len(tokens) > 1:
            return Speaker("", f"anon:{head}", "anonymous", self.camp_in(context)), tokens[1].end()  # "مسؤولي المتنزه": officials of
        if head == "اخر":  # "بينما يضيف آخر: «...»": another one, unnamed (not "آخر الإحصاءات": the latest)
            return (Speaker("", "anon:اخر", "anonymous", self.camp_in(context)), tokens[0].end()) if len(tokens) == 1 else None
        if (first.endswith("ا") and len(first) > 3 and first[:-1] in self._anon_words and not self._listed_given(first)
                and not (len(tokens) > 1 and tokens[1].group().startswith("ال"))):
            # "لكن مصدرا بالشركة قال"، "إن مسؤولا كبيرا": an unnamed source in the accusative after لكن / إن (not the
            # dual in construct: "رجلا الأعمال X")
            return Speaker("", f"anon:{first[:-1]}", "anonymous", self.camp_in(context)), tokens[0].end()
        if first in self._anon_words or head in self._anon_words:
            construct = len(tokens) > 2 and tokens[1].group().startswith("ال")  # "مسؤول التسوية القانونية بدر الحربي"
            named = self._name_ending_phrase(norm, tokens, e) if first.startswith("ال") or construct else None
            c_end = s + len(context.rstrip())
            if named is None and len(tokens) == 1 and not first.startswith("ال") and c_end > e and _IN_PLACE.match(norm, e, c_end):
                # "مسؤول (بارع) في الأحساء محمد العويفير": an indefinite source word, where it works, then a name
                named = self._name_ending_phrase(norm, list(TOKEN.finditer(norm, s, c_end)), c_end)
                named = named if named is not None and self._listed_given(named[0].split()[0]) else None
            if named is not None:
                # "المسؤول الكنسي وديع أبونصار": the definite source word is a title here
                return Speaker.person(named[0], self.camp_in(context)), named[1]
            base = _strip_article(head)
            named = self.named_by_nationality(" ".join(t.group() for t in tokens[:2]), norm, memory, s) if len(tokens) == 2 else None
            if named is not None:
                return named, tokens[1].end()  # "من جانبه، أعرب المسؤول الإماراتي" after "الوزير الإماراتي أنور قرقاش"
            if first.startswith("ال") and memory.last and memory.last.type == "anonymous":
                prev = memory.last
                return Speaker("", prev.id, "anonymous", prev.camp), tokens[0].end()
            return Speaker("", f"anon:{base}", "anonymous", self.camp_in(context)), e
        if title_like and first in self._given_names and len(tokens) >= 3 and tokens[2].group() in ("الله", "الدين"):
            named = self.read_name(norm, s, e, skip_titles=False)  # "مساعد ضيف الله الجابري": a given name shaped like a title
            if named is not None and len(named[0].split()) >= 3:
                return Speaker.person(named[0]), named[1]
        full = self.listed_full_name(first, norm, s) if title_like and len(tokens) == 1 and not first.startswith("ال") else None
        if full is not None:
            # "وقال نجم" after "خالد نجم، وزير الاتصالات": a surname spelled like a title
            return memory.named.get(first) or Speaker.person(full), tokens[0].end()
        if title_like and len(tokens) > 2 and (first in self._ranks or head in self._ranks):
            known = self._surname_then_object(tokens[1].group(), tokens[2].group(), memory)
            if known is not None:
                return known, tokens[1].end()  # "وثمن الدكتور الثويني جهود ...": right after a rank
        if title_like:
            at = tokens[0].end()
            quoted = re.match(r'\s*"([^"]{1,40})"', norm[at:e])
            if quoted is not None and self._alias_then_name(norm, at + quoted.start(1), e):
                at += quoted.end()  # 'ممثل "يورو سبورت عربية" إدوارد غريفيود': the organisation quoted after the title, then the name
            forward = self.read_name(norm, at, e, max_skip=20)  # (a long title: "وكيل وزارة ... والبحث العلمي الدكتور X")
            place_end = 0
            if forward is not None and " " not in forward[0] and not self._listed_given(forward[0]):  # (not "السيد فهد المدير ...")
                after = TOKEN.search(norm, forward[1], e)
                if after is not None and self._is_role_word(after.group()):
                    # "محافظ تنومة رئيس اللجنة ... عبدالرحمن بن زيد الهزاني": a place, then another title and the name
                    again = self.read_name(norm, after.start(), e)
                    if again is not None and " " in again[0]:
                        forward = again
            parts = forward[0].split() if forward is not None else []
            before_name = norm[s : forward[1] - len(forward[0])].split()[-1:] if forward is not None else []
            if forward is not None and before_name and self._principal_title(before_name[0]):
                forward = None  # "السكرتير الخاص للرئيس هادي": the name is the principal's, the title's complement
            # "الدكتور سداد الحسيني"، "البريطاني ديفيد كاميرون": after a rank or a nationality, two
            # words or more are a name, even when one of them is also a common word
            # a family named after its forebear's given name ("فراج الفراج"، "حمد الحمد") is a name after any title
            doubled = len(parts) == 2 and parts[1] == "ال" + parts[0] and not parts[0].endswith("ه")
            vouched = doubled or (len(parts) > 1 and bool(before_name) and (before_name[0] in self._ranks or self._nationality(before_name[0]))
                       and not any(w.startswith("ال") and w not in ("الله", "الدين") and (
                                       self._not_name(w) or self._is_place(w) or (w[2:] in self._common_words and not w.endswith("ي")))
                                   for k, w in enumerate(parts[1:]) if parts[k] != "عبد"))
            # (not "الأمريكي حرص الولايات"; but "الدكتور وسيم عبد العزيز عالم": العزيز after عبد)
            if forward is not None and not vouched and ((len(parts) == 1 and (self._common_first(norm, forward[1] - len(forward[0]), parts)
                                                              or self._possessed_noun(parts[0]))) or (
                    len(parts) == 2 and parts[0].endswith("ه") and not self._listed_given(parts[0]) and _DEF.match(parts[1])
                    and not self._family_nisba(parts[1]))):
                forward = None  # "قائد عسكري"، "حاكم X حالة الطوارئ": a common noun (and its complement), not a name
            elif (forward is not None and len(parts) == 1 and before_name and strip_clitics(before_name[0]) in _PLACE_TITLES
                  and parts[0] not in memory.named and not self._listed_given(parts[0])):
                place_end = forward[1]
                forward = None  # "وأوضح محافظ أملج عند": the governor's place, not his name, is part of the title
                # (but "مديرة المدرسة سارة الغامدي": a woman's name in ة before a family name in ـي)
            if (forward is not None and not vouched and not self._listed_given(parts[0])
                    and any((_masdar(w) or (w[:1] in "بل" and _masdar(w[1:]))) and w not in self._given_names for w in parts)):
                forward = None  # "قائد عملية تحرير عدن": a verbal noun (تحرير) is the title's complement, not a name (nor after ب
                # or ل: "أشار إليه الطبيب بإجراء التحليل", what he advised)
            if (forward is not None and not vouched and len(parts) > 1 and parts[0].endswith("ي") and parts[0] in self._common_words
                    and parts[0] not in self._name_openers and before_name and not before_name[0].startswith("ال")
                    and not parts[1].startswith("ال")):
                forward = None  # "خبير قانوني ملم باللوائح": an adjective describing the title, not a name
            if forward is not None and not vouched and len(parts) > 1 and not self._listed_given(parts[0]) and parts[0] != "علي" and (
                    # (علي opens a name read forwards only where it is read as the name, not على)
                    any(w in self._common_words for w in parts[1:-1] if not _DEF.match(w))
                    or (parts[-1] in self._common_words and not parts[-1].endswith("ي") and parts[-2] not in ("بن", "ابن", "ابو"))
                    # (not "راجيف سوري"; but "علي بن هذال"، "أحسن أبو طالب": after بن or أبو a name)
                    or (len(parts) == 3 and _DEF.match(parts[2]) and parts[1] not in self._name_openers
                        and parts[1] not in ("الله", "الدين"))  # (but "عطا الله الجعيد": a compound given name)
                    or (len(parts) == 2 and parts[0] in self._common_words and parts[1].startswith("ال")
                        and parts[1][2:] in self._common_words)):  # "ناطق باسم فرق الإطفاء": a noun and its complement
                forward = None  # "مدرب يوفنتوس بطل الدوري": a team or a place and its description, not a name
            elif forward is not None and len(parts) == 1:
                nxt = TOKEN.search(norm, forward[1], e)
                if nxt is not None and not _DEF.match(nxt.group()) and (nxt.group() in self._common_words or (
                        nxt.group()[:1] == "ل" and not self._listed_given(parts[0])
                        and (nxt.group()[1:] in self._common_words or _masdar(nxt.group()[1:])))):
                    # (and "صاحب محل لبيع الهواتف": a noun and what it is for, no name)
                    forward = None  # "مدرب يوفنتوس بطل ...": a one-word team name described, not a person
            if (forward is None and (len(tokens) == 2 or (len(tokens) > 2 and tokens[2].group()[:1] in "لب"))
                    and tokens[1].group().strip('"').startswith("ال")
                    and (((first in self._ranks or head in self._ranks) and not self._not_name(tokens[1].group().strip('"')))
                         or self._full_name_before(tokens[1].group(), norm, s))):
                # (after any title, a family name the article wrote after a given name before: "المحامي الخطيب"
                # after "جميل الخطيب")
                # (a title word too when the article ended a full name with it: "المهندس المخرج"
                # after "محمد بن عبدالرحمن المخرج")
                # "اللواء المقدشي"، "العقيد "القرشي"": a family name alone closes the phrase after a title
                forward = tokens[1].group().strip('"'), tokens[1].end()
            known = (self._surname_then_object(parts[0], parts[1], memory)
                     if forward is not None and len(parts) >= 2 and parts[1].startswith("ال") else None)
            if known is not None:
                # "ووصف السفير عسيري العلاقات ...": after the titles (a definite object read into the name)
                at = TOKEN.search(norm, forward[1] - len(forward[0]), e)
                return known, at.end()
            if forward is not None:
                # "خبير الطقس الدكتور عبدالله المسند أستاذ الجغرافيا ...": the first name after the titles
                name, name_end = forward
                title = " ".join(norm[s : name_end - len(name)].split())
                sp = Speaker.person(name, self.camp_in(title))
                memory.titled.append((title, sp))
                return sp, name_end
            title_end = max(self._title_end(tokens), place_end)  # no name was read: the title alone
            field = next((k for k in range(1, len(tokens)) if tokens[k].group() == "في" and tokens[k - 1].group() in self._in_field), 0)
            if field:
                title_end = min(title_end, tokens[field - 1].end())  # ("الباحث في شؤون ...": the title, as before a name)
            title = " ".join(norm[s:title_end].split())
            resolved = self._resolve_title(title, memory) or self._named_with_title(title, memory, s) or self.named_by_nationality(title, norm, memory, s)
            if resolved is not None:
                return Speaker("", resolved.id, "person", resolved.camp, resolved.name_key), title_end
            return Speaker("", f"role:{title}", "person", self.camp_in(title)), title_end
        club = self._club_length([t.group() for t in tokens[:3]], 0)
        if club:
            name = " ".join(t.group() for t in tokens[:club])
            return Speaker("", f"inst:{name}", "institution", ""), tokens[club - 1].end()  # "وقال أرسنال": a club speaks
        inst = next(iter(self._inst_matcher.finditer(norm, s, e)), None)
        if inst is not None and inst.start - len(inst.prefix) <= tokens[0].start():
            iid, camp = self.institutions[inst.key]
            if camp == "-":
                camp = self.camp_in(context)
            return Speaker("", iid, "institution", camp), inst.end
        if (first == "وكاله" and len(tokens) >= 2 and "انباء" not in tokens[1].group() and "اخبار" not in tokens[1].group()
                and norm[tokens[1].start() - 1] != '"' and not tokens[1].group().isascii()):
            # "وكالة حماية البيئة"، "وكالة الطاقة الدولية": a government agency (news agencies are matched by the
            # lexicon before this, or named as وكالة الأنباء / a quoted name)
            return Speaker("", f"inst:{' '.join(np_norm.split())}", "institution", self.camp_in(context)), e
        if first in SOURCE_NOUNS or head in SOURCE_NOUNS:
            opened = norm.find('"', s, e + 2)  # (صحيفة "نوفوستي": the quoted name may begin inside the phrase)
            named = re.match(r'"([^"]{2,40})"', norm[opened : opened + 45]) if opened >= 0 else None
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
        titled_after = re.match(r"\s*[،,]\s*([^\s،,]+)", norm[tokens[-1].end() : tokens[-1].end() + 40])
        titled_after = titled_after is not None and (self._is_role_word(titled_after.group(1)) or titled_after.group(1) in self._construct_titles) and (
            len(tokens) == 2 or (len(tokens) == 3 and tokens[1].group() in NAME_LINKS))
        linked_titled = titled_after and len(tokens) == 3  # "أنوار أبو سكينة، المتحدثة": a name joined by أبو, then a title
        foreign_ه = (first.endswith("ه") and second and not _DEF.match(second) and (titled_after or not second.endswith(("ه", "ي", "يا")))
                     and not _masdar(first[:-1])  # (not "رفضت تعيينه ثلاث جامعات": a verbal noun with his)
                     and not (first.endswith("ته") and len(first) >= 6 and second[:1] in "بلو" and not self._listed_given(first))
                     # (nor "أكدت إدانته بتهمتين": a noun in ة with his, then a preposition or و; but "بريجيته ميركل")
                     and second not in self._common_words and not self._not_name(second) and not _stop_word(second)
                     and second not in self.verbs.written
                     and not (second[:1] in "لب" and (second[1:] in self._common_words or _masdar(second[1:]) or second.endswith("ات"))))
        # (not "ترشحه لانتخابات الرئاسة": a possessed noun, then a prepositional phrase)
        # "عيضه الهذلي"، "إيمان البهكلي": a word before a family name in ـي is a given name (an indefinite
        # noun takes no definite adjective, and a noun in ـة no masculine one)
        family_after = self._nisba_name(second) and not first.startswith(("ب", "ل")) and not first.endswith("ات")
        common = ((first.endswith(("ه", "يا")) and not foreign_ه and not family_after
                   and not (first.endswith("يا") and titled_after)  # ("ليا تسيميل، محامية حزران": a name before a title)
                   and not self._listed_given(first)  # (نادية، normalised like ناديه: a listed given name)
                   and not (len(tokens) == 1 and self._given_before(first, norm, s, listed_only=True)))  # "وقال بامخرمة" after "سعيد بامخرمة"
                  or (_masdar(first) and not family_after and first not in self._given_names and not linked_titled  # (not إيهاب حمودة)
                      and not (first.startswith("اي") and first not in self._common_words and second and not _DEF.match(second)
                               and second not in self._common_words and self.plain_name(second)))
                  # (but "إيلان جولدفاجن"، "إيثان بلفنز": a foreign given name shaped like a verbal noun, then a surname)
                  or (first[:1] in "بل" and first[1:] in self._common_words  # "طالبت بعقد جلسة": a prepositional object
                      and not self._listed_given(first)  # (not بريان، Brian: a listed given name)
                      and not (len(tokens) == 1 and self._given_before(first, norm, s, listed_only=True)))  # (not "بريم" after "إيزابيل بريم")
                  or (first[:1] in "بل" and _masdar(first[1:]) and first not in self._given_names)  # اطلاق، بإخلاء (not باسكال)
                  or (first[:1] in "بل" and second.endswith(("ها", "هم", "هما")) and not self._listed_given(first))  # "ورأت لكبر سنها"
                  or (first.endswith("ا") and _masdar(first[:-1]))  # "أكدت تزامناً مع": an adverbial verbal noun
                  or (not before_verb and first.endswith("ا") and first[:-1] in self._common_words
                      and first not in self._given_names)  # "رفضت طلبا": an object (but "وأشارت لينا")
                  or _ADVERBIAL_PARTICIPLE.fullmatch(first) is not None  # "ويعلق مبتسما": how, not who
                  or second == "اي"  # "رفضت أخذ أي منهم": a verbal noun and its object (no name is followed by "any")
                  or (first.endswith("ات") and len(first) >= 5)  # تقديرات، مباحثات
                  or (first.endswith("تي") and self._possessed_noun(first))  # "وأضاف سعادتي أن": "my happiness", his own words
                  or (len(first) == 2 and _DEF.match(second) and second not in ("الدين", "الله") and not self._listed_given(first)
                      and first not in memory.named)  # "أعلن أيضا فك الارتباط": a verbal noun of two letters and its complement
                  or (not self._listed_given(first) and first not in memory.named and self._nisba_adjective_after(words))
                  # "يتوقع هطول أمطار رعدية"، "أكدت مصادر أمنية": a noun phrase with an indefinite adjective in ـية
                  or (first.endswith(("تين", "تان")) and self._common_count.get(first[:-3] + "ه", 0) >= 20)  # "وكتبت زاويتين": a dual
                  # noun (of a noun used bare at least 20 times in the counted days: not مارتين)
                  or (len(tokens) == 1 and first[:1] == "و" and ((len(first) == 5 and first.endswith("ت")) or first[1:] in self.verbs.written
                                                                 or _JOINED_PRESENT.fullmatch(first))
                      and not self._listed_given(first) and first not in memory.named)  # "رفضت وطلبت": و and another verb
                  or (not before_verb and not family_after and not linked_titled
                      and self._common_first(norm, s, words))) and first not in self.people  # جنرال، مصور
        foreign = bool(second) and self._foreign_given(first, second)  # "إلمار جيمولا" (المار has a verbal noun's shape)
        common = common and not foreign and not (first.endswith("ه") and second in ("الله", "الدين"))
        # ("حكمة الله صافي"، "نعمة الله": a compound given name; not "رسول الله")
        article_name = first in self._given_names or (first.startswith("ال") and (foreign or (  # (ألكسندر، "والتر": listed)
            len(first) <= 4 and first not in ("الله", "الان") and self._name_like(second) and not _DEF.match(second))))  # "آلين ماك كويد"
        if ((not _DEF.match(first) or article_name) and (_looks_like_name(words[0]) or self._listed_given(first))  # (ليون ends like a plural)
                and not self._is_role_word(first) and not common and not self._inflected_noun(first, second)):
            named = self.read_name(norm, s, e, skip_titles=False)
            parts = named[0].split() if named is not None else []
            if len(parts) == 2 and self._listed_given(parts[0]) and parts[1].startswith("ال") and parts[1][2:] in self._common_words:
                follows = TOKEN.search(norm, named[1], e)
                again = (self.read_name(norm, named[1], e) if follows is not None and (
                    self._nationality(follows.group()) or follows.group() in self._ranks or self._listed_given(follows.group())) else None)
                if again is not None and " " in again[0]:
                    named = again  # "رائد الفضاء الأمريكي الدكتور باز ألدرين"، "مالك السيرك كريستيان X": a given name's
                    # word and a noun form a title ("astronaut", "owner"); the name follows (after a nationality or rank)
            if named is not None and " " not in named[0] and self._verbal_noun_then_possessed(named[0], norm, named[1], e, s, memory):
                named = None  # "أعلنت بدورها تأثر مبيعاتها": a verbal noun and its possessed complement, the object
            if named is not None:
                name, end = named
                organisation = self._organisation_name(name, norm, s, end)
                if organisation is not None:
                    return Speaker("", f"inst:{organisation[0]}", "institution", self.camp_in(context)), organisation[1]
                if " " not in name and name not in memory.named:
                    name = self.name_of_surname(name, norm, s) or name  # "وأشار ليون" after "برناردينو ليون", who had not spoken
                return Speaker.person(name), end
        if first.startswith("ال") and len(tokens) >= 3:
            # "المستثمر العقاري معتز الخياط": descriptive words the lexicon does not list, then a
            # name of two words or more
            named = self.read_name(norm, s, e, min_words=2)
            lead = named[0].split()[0] if named is not None else ""
            between = norm[tokens[1].start() : named[1] - len(named[0])].split() if named is not None else []
            titled_object = _masdar(first[2:]) and any(self._is_role_word(w) and w not in self._ranks for w in between)
            # ("رفض الاتفاق الرئيس باراك أوباما": a verbal noun, then a title (not a rank) whose name it is: the object)
            if named is not None and not titled_object and not ((_masdar(lead) or (lead.endswith("ا") and _masdar(lead[:-1]))
                                                                 or (lead[:1] in "بل" and _masdar(lead[1:])))  # (بتأجيل العقوبات)
                                                                and not self._listed_given(lead)):
                # (not "أعلنت اللجنة العامة ... اكتمال مجمل الاستعدادات": the verb's object)
                name, end = named
                return Speaker.person(name), end
        nat = 0 if self._nationality(first) else 1 if (
            len(tokens) >= 3 and _DEF.match(first) and not self._is_org(first) and not self._is_org(first[2:])
            and first[2:] not in SOURCE_NOUNS and self._nationality(tokens[1].group())) else -1
        if 0 <= nat < len(tokens) - 1 and self._one_word_name(tokens[nat + 1].group(), tokens[nat + 2].group() if len(tokens) > nat + 2 else ""):
            # "وقال الأفغاني رضا البالغ العشرين"، "وأكد البائع العماني أمجد أن": a nationality, one name
            return Speaker.person(tokens[nat + 1].group()), tokens[nat + 1].end()
        given = (self._given_after_complement(tokens)
                 if not _DEF.match(first) and first not in self.verbs.written and not _masdar(first) else 0)
        if given:
            # "منسق البرنامج أسامة بن أحمد الغامدي"، "طبيب المنتخب البرازيلي رودريجو لاسمار": a title the
            # lexicon does not list, its complement, then a full name opening with a listed given name
            named = self.read_name(norm, tokens[given].start(), e, skip_titles=False)
            if named is not None and " " in named[0]:
                return Speaker.person(named[0]), named[1]
        if (len(tokens) == 1 and first.startswith("ال") and first.endswith("ي") and len(first) > 5 and not self._not_name(first)
                and not self._is_role_word(first[2:])):  # (not "أعلن النادي")
            return Speaker.person(first), tokens[0].end()  # a family name: العواجي، الشمري
        if first == "ال" and len(tokens) >= 2 and self._full_name_before(family := f"ال {tokens[1].group()}", norm, s):
            # "دعا آل الشيخ مسؤولي" after "المهندس عبداللطيف آل الشيخ": the family name of a person named in full before
            return Speaker.person(self.written_full_name(family, norm, s)), tokens[1].end()
        if (first.startswith("ال") and len(first) > 4 and not self._not_name(first) and not self._is_org(first[2:])  # (not "وقال الصندوق")
                and (len(tokens) == 1 or self._is_role_word(tokens[1].group()) or self._possessed_noun(tokens[1].group())
                     or self._possessed_noun(tokens[1].group(), likely=True)  # (also "hers", "theirs": "العريني والقصيمي سعادتهما")
                     or _masdar(tokens[1].group()) or tokens[1].group() in self._common_words
                     or (len(tokens) == 2 and tokens[1].group().startswith("لل"))  # "وقال العمير للنعيمي": told whom
                     or (tokens[1].group().startswith("وال") and self._full_name_before(tokens[1].group()[1:], norm, s)))
                # ("أبدى العريني والقصيمي سعادتهما": two surnames of people named in full before)
                and (self._given_before(first, norm, s, listed_only=True) or self._full_name_before(first, norm, s))):
            # (and "ودعا السيستاني رئيس الوزراء"، "وأبدى الرشيد اعتزازه": the verb's object follows)
            # "وأوضح الثقيل" after "ممدوح بن فالح الثقيل"; "وأكد الباشا" after "رئيس نادي الخليج فوزي الباشا" is فوزي الباشا
            return Speaker.person(self.titled_full_name(first, norm, s) or self.listed_full_name(first, norm, s) or first), tokens[0].end()
        if (first.startswith("ال") and 3 <= len(tokens) <= 4 and not self._is_org(first[2:]) and first[2:] not in SOURCE_NOUNS
                and not self._is_place(first) and all(t.group().startswith("ال") for t in tokens[1:-2])
                and re.fullmatch(r"[\w\s]+", norm[tokens[0].start() : tokens[-1].end()])
                and self._name_like(tokens[-2].group()) and self.plain_name(tokens[-1].group())  # (a surname may open with ب: بولمر)
                and (self._listed_given(tokens[-2].group()) or tokens[-2].group() in NAME_LINKS or (
                    not (tokens[-2].group()[:1] == "و" and (tokens[-2].group()[1:] in self._common_words or _stop_word(tokens[-2].group()[1:])))
                    and not tokens[-2].group().endswith(("ه", "ا", "ت"))
                    and not (tokens[-1].group().startswith("ال") and tokens[-1].group()[2:] in self._common_words)))
                # (not "هطولا للأمطار"، "حالة الطوارئ"، "وكل ما"، "وأرباب العمل")
                and not any(self._is_place(t.group()) or t.group() in self.verbs.written for t in tokens[-2:])):
            # "الناجي سوناو تسوبوي"، "المصور المستقل تتسوزو كيدا": a descriptive noun (and its adjective) the lexicon
            # does not list as a title, then two name words: a person, not a body
            return Speaker.person(" ".join(t.group() for t in tokens[-2:])), tokens[-1].end()
        if (len(tokens) == 4 and first.startswith("ال") and first[2:] in self._common_words and not self._is_org(first[2:])
                and first[2:] not in SOURCE_NOUNS and not self._is_place(first)
                and re.fullmatch(r"[\w\s]+", norm[tokens[0].start() : tokens[-1].end()])
                and self.plain_name(tokens[1].group()) and not _DEF.match(tokens[1].group()) and not _masdar(tokens[1].group())
                and tokens[1].group() not in self._common_words and tokens[1].group() not in self.verbs.written
                and self._listed_given(tokens[2].group()) and self._family_nisba(tokens[3].group())):
            # "المواطن مرعيد عبدالله الشمري": a common noun, then a given name the lexicon lacks, the father's
            # (listed) given name and a family name in ـي: a person
            return Speaker.person(" ".join(t.group() for t in tokens[1:])), tokens[-1].end()
        if (first.startswith("ال") and 2 <= len(tokens) <= 4 and not self._is_org(first[2:]) and first[2:] not in SOURCE_NOUNS
                and not self._is_place(first) and not self._listed_given(first)
                and all(t.group().startswith("ال") and t.group().endswith(("ي", "يه")) for t in tokens[1:-1])
                and self._listed_given(tokens[-1].group()) and not self._is_place(tokens[-1].group())):
            # "الفارسة السعودية العنود": a descriptive noun the lexicon does not list as a title, its nisba, then a
            # listed given name: a person named by her given name, not a body
            return Speaker.person(tokens[-1].group()), tokens[-1].end()
        if (_DEF.match(first) and len(tokens) <= 3 and _looks_like_name(first[2:] if first.startswith("ال") else first)
                and not first.startswith(("بال", "كال")) and not self._listed_given(first)):  # ("علّقت بالقول:": how, not who; "والتر": a name)
            if len(tokens) == 1 and first[2:] not in self._common_words and self._full_name_before(first, norm, s):
                return Speaker.person(self.written_full_name(first, norm, s)), e  # "وقال السويد" after "الدكتور عبدالله السويد":
                # his surname, not Sweden
            return Speaker("", f"inst:{' '.join(np_norm.split())}", "institution", self.camp_in(context)), e
        if first.startswith("ال") and self._is_org(first[2:]):
            # "كشفت اللجنة التنفيذية لمهرجان «عيدنا كدا» في نسخته الثانية": a body the lexicon does not list
            body = " ".join(np_norm.replace('"', " ").split())
            return Speaker("", f"inst:{body}", "institution", self.camp_in(context)), e
        return None

    def opens_group(self, norm: str, s: int, e: int) -> bool:
        """Whether the phrase norm[s:e] opens with a plural group noun that names its members
        ("مشجعو نادي النصر صالح الحبشي وخالد العتيبي")."""
        tokens = list(TOKEN.finditer(norm, s, e))
        return bool(tokens) and strip_clitics(tokens[0].group()) in self._plural_groups and len(tokens) >= 3

    def group_members(self, norm: str, tokens: list[re.Match], e: int) -> tuple[str, int] | None:
        """The first of the people a plural group noun names after it, when its name opens with a
        listed given name and و and another such name follow ("مشجعو نادي النصر صالح الحبشي وخالد
        العتيبي"): (name, where it ends), or None."""
        if len(tokens) < 4:
            return None
        named = self.read_name(norm, tokens[1].start(), e, max_skip=4)
        if named is None or not self._listed_given(named[0].split()[0]):
            return None
        if " " not in named[0]:
            # "أبناء الفقيد عبدالرحمن ومساعد ومحمد": given names alone, three or more joined by و
            return named if len(self.given_name_chain(norm, named[1], e)) >= 2 else None
        after = TOKEN.search(norm, named[1], e)
        if after is None or norm[named[1] : after.start()].strip(" ،,") or after.group()[:1] != "و" or not self._listed_given(after.group()[1:]):
            return None
        return named

    def given_name_chain(self, norm: str, pos: int, end: int) -> list[tuple[int, int]]:
        """Spans of the listed given names that follow ``pos`` one after another, each after و (or "، و"):
        "ومساعد ومحمد" after "عبدالرحمن" (at most nine)."""
        spans = []
        for given in _AND_GIVEN.finditer(norm, pos, end):
            if given.start() != pos or not self._listed_given(given.group(1)) or len(spans) >= 9:
                break
            spans.append(given.span(1))
            pos = given.end()
        return spans

    def plural_object(self, word: str) -> bool:
        """A common noun in the plural or dual of the object case ("وحذر المستهلكين من"، "حث الجانبين
        على"): what the verb acts on, not its subject (which is written "المستهلكون")."""
        return word.startswith("ال") and word.endswith("ين") and len(word) >= 8 and word[2:-2] in self._common_words

    def titled_quoted_name(self, norm: str, np_s: int, np_e: int):
        """A title, then a person's name of two to four plain name words in quotation marks, after a
        rank if any: 'وقال مدير عام مكتب الصحة "الخضر لصور" ...'، 'أن وزير التعليم "د. عزام الدخيل" قال' (the
        name, not the words after the marks): (speaker, span, end) or None."""
        q = norm.find('"', np_s, np_e)
        if q <= np_s or not self.is_title_phrase(norm, np_s, q) or re.search(r"[،,.:؛]", norm[np_s:q]):
            return None
        before = norm[np_s:q].split()
        if not norm[q - 1].isspace() or before[-1] in ("ل", "ب") or _is_naming_noun(before[-1], self.naming_nouns):
            return None  # (not 'لـ«الشرق الأوسط»': an outlet told; nor 'شركة «الحادي عشر»': a body's name)
        named = _QUOTED_NAME.match(norm, q)
        if named is None or any(True for _ in self.agencies.mentions(norm, named.start(1), named.end(1))):
            return None
        words = named.group(1).split()
        if len(words) > 2 and words[0].strip(".") in self._ranks:
            words = words[1:]  # ("د. عزام الدخيل": the rank inside the marks)
        if not (2 <= len(words) <= 4 and self.name_word(words[0]) and all(
                len(w) > 2 and self.plain_name(w) and not self.is_title_phrase(w, 0, len(w)) and w not in self.verbs.written
                and not _stop_word(w) and not w.startswith("لل") for w in words)):
            return None  # (the first a name word; a family name may open like a clitic: "الخضر لصور"; not "«ماجد للتنمية
            # المجتمعية»": ل and the article, a body's name)
        return Speaker.person(" ".join(words)), (np_s, named.end()), named.end()

    def construct_object(self, word: str, nxt: str) -> bool:
        """A sound plural of the object case in construct, its ن dropped, before a word with the
        article or a possessed noun ("وطالب سائقي السيارات"، "مشجعي فريقه"): the verb's object (its subject would be سائقو)."""
        return (word.endswith("ي") and len(word) >= 5 and word[:-1] + "ين" in self._common_words
                and (_DEF.match(nxt) is not None or (nxt.endswith(("ه", "ها", "هم")) and len(nxt) >= 4))  # (or "مشجعي فريقه")
                and word not in self._common_words  # (not the singular محامي، قاضي: "يقول محامي السيدة")
                and not self._listed_given(word) and word not in self.people)

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
        prev = prev2 = ""  # the phrase's last word and the one before it
        extended = False  # a long title with its complement may run to 16 words
        in_name = False  # inside an organisation's quoted name
        rank_at = -9  # the phrase's word count at its last rank word
        org_at = role_at = envoy_at = -9  # and at its last organisation word, title word and envoy word
        lead = start  # where the phrase may begin (after an outlet the speaker told: "وأوضح لـ"الاقتصادية" X")
        time_of = False  # the word skipped last opens a time ("مطلع العام")
        for t in TOKEN.finditer(norm, start, end):
            word = t.group()
            if t.start() < lead:
                continue
            if count == 0 and re.search(r"[:\"]", norm[lead : t.start()]):
                # "وقال "...": the subject is not repeated; but "وقالت "فارو" خلال مقابلة إن": a quoted name
                quoted_name = ":" not in norm[lead : t.start()] and norm[t.end() : t.end() + 1] == '"' and CONTENT_MARKER.search(norm, t.end() + 1, min(end, t.end() + 60))
                outlet = next((a.word_start for a in self.agencies.mentions(norm, t.start(), min(end, t.end() + 40))
                               if a.word_start <= t.start() + 3 and norm[a.end : a.end + 1] == '"' and a.key not in self.agencies.needs_cue), None)
                # (not an ambiguous name: 'أبلغت «الشرق الأوسط» أن' is told, after its subject)
                if outlet is not None and ":" not in norm[lead : t.start()]:
                    lead = s = e = outlet  # 'بحسب ما ذكرت "ذي دايلي مايل"': an outlet's quoted name (after "The") opens the phrase
                    if t.start() < lead:
                        continue
                elif not quoted_name or self._is_role_word(word) or word in self.verbs.written:
                    break
                else:
                    in_name = True  # read the quoted name as the phrase's first word
            if (count == 0 and (_stop_word(word) or CONTENT_MARKER.fullmatch(word)) and " " in norm[t.start() : t.start() + 40]
                    and not _INFORMED_BEFORE.search(norm, max(0, start - 12), start)):  # ("أبلغت بان كي مون": whom it informed)
                listed = self._listed_name_at(norm, t.start(), end)
                if listed is not None:
                    return t.start(), listed  # "وقال بان كي مون إن": a listed name that opens like بأن
            if count and (_stop_word(word) or CONTENT_MARKER.fullmatch(word)):
                listed = self._listed_name_at(norm, t.start(), end)
                if listed is not None:
                    return s, listed  # "الأمين العام للأمم المتحدة بان كي مون الحادث": the same, after a title
            if count and self.verbs.lookup(word) is None and self._withholds_at(norm, t.start(), min(end, t.start() + 40), word):
                break  # "مثمن عقاري- فضل عدم ذكر اسمه-": the speaker's name withheld, no name word
            verb = self.verbs.lookup(word)
            if verb is not None and not verb.strict and not verb.clause_only and not (
                    count and (prev in NAME_LINKS or prev == "ال")) and not (  # ("المحامي دان كينغ": دان is a verb only at a clause start)  # (not "صالح آل طالب"، "أبو بيان"، "بين ريوود")
                    count and self._listed_given(prev) and _COMMA_OR_CONTENT.match(norm, t.end()) is not None):
                # (nor "المخرج أمين طالب، إن": a family name spelled like a verb, after a given name and before the content)
                break  # another reporting verb: the phrase ends (or, first, there is no subject)
            if (count and prev.startswith("ال") and self._is_role_word(prev)
                    and (word in self._plural_groups or (word.endswith("ي") and word[:-1] + "و" in self._plural_groups))):
                break  # "دعا الوزير مديري إدارات التعليم": a plural after a definite title is the verb's object
            if count and self._abbreviation_in_title(norm, s, e, t.start()):
                pass  # "الأمين العام لمنظمة الدول المصدرة للنفط (أوبك) عبد الله البدري": an abbreviation in the title
            elif count and (_CLAUSE_BREAK.search(norm, e, t.start()) or ":" in norm[e : t.start()]
                          or re.search(r'\s"\s', norm[e : t.start() + 1])):
                break  # (a quotation mark between spaces opens a quotation: 'وقال صالح " يمكننا')
            # a title with its complement: "المشرف العام على إدارة الإعلام ... الدكتور X"
            complement = count and ((word in ("علي", "عن") and (prev in self._in_charge or (prev[:1] == "و" and prev[1:] in self._in_charge)))
                                    or (word == "عن" and prev in ("النهي", "والنهي"))  # (هيئة الأمر بالمعروف والنهي عن المنكر)
                                    or (word == "عن" and _DEF.match(prev) and norm.startswith("بعد", t.end() + 1))
                                    or (word == "بعد" and prev == "عن")  # ("عمادة التعليم عن بعد": remote, an adverb in the name)
                                    or (word == "علي" and norm.startswith(("المستوي ", "الصعيد "), t.end() + 1))  # ("... الألمان على المستوى الاتحادي")
                                    or word == "لدي" or (word == "في" and prev in self._in_field and not _SPEECH_AFTER.match(norm, t.end()))
                                    or (word == "الي" and 0 <= count - envoy_at <= 3 and self._envoy_to_place(norm, t.end(), end)))
            # (سفير X لدى Y؛ "الباحث في الشؤون الإسرائيلية X" but not "الخبير في تصريح لـ...")
            if word == "علي" and not complement:
                ahead = norm[t.end() : t.end() + 40].split()[:2]
                closed = bool(ahead) and ahead[0][-1:] in "،,:."
                nxt = [w.strip("،,:.") for w in ahead[: 1 if closed else 2]]  # (a comma or the sentence's end closes the phrase)
                # the name علي, not the preposition على: "مدير المنتخب علي الشعيلان"، "أحمد بن علي"،
                # "العميد علي ردمان قحطان"، and first in the phrase "أوضح علي آل حطاب"
                before = (norm[max(0, t.start() - 12) : t.start()].split() or [""])[-1] if not count else ""
                follow = TOKEN.search(norm, t.end(), end) if not count else None  # ("وقال علي الريشان :": one word, then the content)
                then_content = follow is not None and not norm[t.end() : follow.start()].strip() and CONTENT_NEXT.match(norm, follow.end()) is not None
                complement = bool(nxt) and self._ali_name([prev, word, *nxt] if count else [word, *nxt], 1 if count else 0,
                                                          prev2 if count else before if before in PREPS_BEFORE_ALI or before == "و" or self._no_ala(before) else "",  # ("عن علي أحمدي")
                                                          then_content=then_content, closed=closed)
            if count and word == "ل" and norm[t.end() : t.end() + 3].lstrip().startswith('"'):
                complement = True  # "المدير التنفيذي لـ"نوكيا" X": an organisation's quoted name follows
            if count and _EULOGY.match(norm, t.start()):
                break  # "قال النبي صلى الله عليه وسلم": the eulogy closes the title
            if word == "امام" and _imam(norm, t.end()) and (count == 0 or prev in self._ranks or prev in _CLERIC_HONORIFICS
                                                            or norm.startswith("وخطيب", t.end() + 1)):
                complement = True  # "(فضيلة) إمام وخطيب المسجد النبوي الشيخ X" (إمام and أمام, in front of, are spelled alike once normalised;
                # "إمام وخطيب" also after another title: "عضو هيئة كبار العلماء إمام وخطيب المسجد الحرام")
            question = _QUESTION_LEAD.match(norm, t.start(), end) if count == 0 and word in ("عن", "علي") else None
            if question is not None:
                lead = s = e = question.end()  # "ويجيب عن هذا السؤال X": the question answered, then the subject
                continue
            if count == 0 and word in ("عنه", "عنها", "عنهم", "عنهما") and self.opens_person((norm[t.end() : t.end() + 30].split() or [""])[0]):
                lead = s = e = t.end()  # "في حملة قال عنها رئيس الوزراء X إنها": what it was said about, then a titled or named subject
                continue  # (not "كتبت عنه مرات"، "كشف عنه فيديو": a noun)
            if (word in self._preps or strip_clitics(word) in self._preps) and not complement:
                break  # a preposition: right after the verb, the subject is not repeated
            after_ma = TOKEN.match(norm, t.end() + 1, end) if count == 0 and word == "ما" else None
            if after_ma is not None and not norm.startswith("شاء الله", after_ma.start()) and (  # (the name "ما شاء الله X")
                    after_ma.group() in self.verbs.written or not self.name_word(after_ma.group()) or len(after_ma.group()) <= 3
                    or (not self._listed_given(after_ma.group()) and after_ma.group() not in self.people)):
                break  # "توضح ما سبق"، "وأضاف ما يلي"، "ويعتبر ما يصدر عن"، "أوضح ما انطوى عليه": ما and its clause are the object,
                # no subject follows (only a listed given name or person may start one there)
            side = (_SIDE_LEAD.match(norm, t.start(), end) if word.endswith("من") else MANNER_PHRASE.match(norm, t.start(), end)) if count == 0 else None
            if side is not None:
                lead = s = e = side.end()  # "وأوضح من جهته مساعد مدير المستشفى X": for his part, then the subject
                # (or how: "وأشار على وجه الخصوص إلى": على is no name علي there)
                continue
            if count == 0 and (word in self._adjuncts or strip_clitics(word) in self._adjuncts
                               or (word in ("ما", "قد", "لي", "لنا", "لك", "لكم", "لهم", "سابقا", "لاحقا") and not norm.startswith("شاء الله", t.end() + 1))
                               or (word in ("الماضي", "المقبل", "الجاري", "الحالي", "المنصرم", "الاول") and t.start() > lead)
                               or (word in self._time_heads and _DEF.match((norm[t.end() : t.end() + 20].split() or [""])[0]))
                               # ("أعلنت مطلع الأسبوع": the start of a time, not مطلع 'informed' in "مصدر مطلع")
                               or (time_of and _DEF.match(word) and not self._is_role_word(word))  # ("مطلع العام": the time's noun)
                               or (word == "اول" and norm.startswith("امس", t.end() + 1))  # ("أول أمس": the day before yesterday)
                               or (word == "اول" and self._is_role_word((norm[t.end() : t.end() + 20].split() or [""])[0]))):
                # ("وقال أول رئيس للجنة X": the first holder of the title, then the title)
                time_of = word in self._time_heads
                continue  # (and "يوم السبت الماضي": the adjective of a skipped time word; "قال لي X": told me; "أعلنت سابقا X":
                # before, at the phrase's start only: "مدير عام السجون سابقا اللواء X" is a former director)
            if count == 0 and (word.startswith("ل") or word[1:] in SOURCE_NOUNS):
                # (لـ, للوكالة, or an agency's own name after لـ: "وأضاف لرويترز:")
                told = next(iter(self.agencies.mentions(norm, t.start(), min(end, t.end() + 40))), None)
                if told is not None and told.word_start <= t.start() + 2:
                    lead = end_after_quotes(norm, told.end, end)
                    s = e = lead
                    continue  # "وأوضح لـ"الاقتصادية" X، ...": told an outlet, the subject follows
            if count == 0 and word in ("لاحد", "لاحدي", "لبعض", "لعدد"):
                break  # "وقالت لإحدى الصحف: إن": told one of them; the subject is not repeated
            if count == 0 and not strip_lam and ((word.startswith("لل") and len(word) > 4) or (
                    word[:1] == "ل" and self._is_role_word(word[1:]) and not self._listed_given(word))):
                break  # "كما أكد للرئيس الأمريكي X:"، "أكد للغرب أنه": told someone; the subject is not repeated
            opening = '"' in norm[max(e, t.start() - 1) : t.start()]
            if opening and count and (self._is_org(prev) or prev == "ل" or (prev in self.naming_nouns and count > 1) or prev in self._ranks
                                      or ((count - org_at <= 4 or count - role_at <= 1) and self._alias_then_name(norm, t.start(), end))):
                in_name = True  # شركة «الحادي عشر»، المدير التنفيذي لـ"نوكيا": the organisation's quoted name is part of the phrase
                # (so is a quoted alias after its name: "مركز الملك فهد الثقافي «قرية المفتاحة» X", and an organisation
                # quoted after a title, then the name: 'ممثل "يورو سبورت عربية" إدوارد غريفيود')
            quoted = opening and not in_name and not (count and (self._is_role_word(prev) or prev in self._ranks) and not self._is_org(prev))
            if opening and count and not in_name and _long_closing_quotation(norm, t.start(), end, longer_than=4):
                break  # 'وأضافت الأمين «نرحب بجميع الراغبين ...».': a long quotation closing the sentence after a title is
                # the content, no quoted name (but 'مديرة «التحالف لإنهاء العبودية ...»، X': an organisation's)
            if quoted and count and self._quoted_person(norm, t.start(), word, prev):
                quoted = False  # ('رئيس لجنة التصوير الضوئي “حسان مبروك” أن': a person's name quoted after the title, read on)
            # (العقيد "القرشي"، الدكتور «جيكسون إن جي»: a quoted name after a title or rank)
            if count >= 2 and word[:1] == "ب" and self._possessed_noun(word[1:], likely=True):
                break  # "قال بطل قطر بموقعه على الإنترنت": a prepositional phrase with its possessor, not part of the name
            if count and word[:1] == "ب" and word[1:] in self.people:
                break  # "أشاد الرئيس الكيني أوهورو كينياتا بأوباما": ب and a listed person, the verb's object
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
            elif (count and word in self._adjuncts and self._listed_given(word) and (self._is_role_word(prev) or prev in self._ranks)
                  and (norm[t.end() : min(end, t.end() + 20)].split() or [""])[0].strip("،,") not in _DAY_WORDS):
                pass  # "طالبت المواطنة صباح السلمي": after a title, a given name spelled like a time word (not "صباح اليوم")
            elif (count and word in _OF and self._is_org(prev)
                  and (norm[t.end() : min(end, t.end() + 20)].split() or [""])[0].startswith("ال")):
                pass  # "رئيس جمعية ذوي الإعاقة X": "of" inside the name of the body in the title, which goes on
            elif not in_name and (word in self._adjuncts or (_stop_word(word) and not complement) or (quoted and not self.agencies.mentions(word))):
                break
            told = next(iter(self.agencies.mentions(norm, t.start(), t.end())), None) if count and not word.startswith("ل") else None
            if (told is not None and told.word_start == t.start() and told.key not in self.agencies.needs_cue
                    and not (self._is_role_word(prev) or prev in SOURCE_NOUNS or self._is_org(prev) or prev in self._ranks
                             or prev.endswith(("ي", "يه")))  # (nor "وكالة الأنباء السورية سانا")
                    and (CONTENT_NEXT.match(norm, told.end) is not None or norm[told.end : told.end + 2].lstrip()[:1] == '"')):
                break  # "وأبلغ المتحدث باسم فينيفست رويترز": the agency told, after the speaker (not "مراسل رويترز")
            if count and self.agencies.mentions(word) and word.startswith("ل") and not self._rank_ahead(norm, t.end(), end):
                break  # "وقال X لقناة Y": told an outlet (not "الأمين العام للاتحاد العالمي ... الدكتور X": a title)
            if count == 0:
                s = t.start() + (1 if strip_lam and word.startswith("ل") and not word.startswith("لل") else 0)
                if strip_lam and word.startswith("لل"):
                    s = t.start() + 2  # "للمشرف" is ل + المشرف: the title read without its article
            e = t.end()
            linked = prev in NAME_LINKS or word in NAME_LINKS  # (inside a nasab: "محمد بن عبدالعزيز الصفيان")
            prev2, prev = prev, word
            if count == 0 and strip_lam and word.startswith("ل"):
                prev = word[2:] if word.startswith("لل") else word[1:]  # "للمشرف على": المشرف takes على
            count += 0 if in_name else 1
            if in_name and norm[t.end() : t.end() + 1] == '"':
                in_name = False
            extended = extended or bool(complement)
            if self._is_org(word) or (word.startswith("ال") and self._is_org(word[2:])):
                org_at = count  # (الشركة too: "مدير عام الشركة الوطنية السياحية «سياحية» المهندس X")
            if word in self._ranks:
                rank_at = count  # a long title ending in a rank: its name follows (... والبحث العلمي الدكتور X)
            if self._is_role_word(word):
                role_at = count
            if strip_clitics(word) in self._to_place:
                envoy_at = count
            if count >= max(16 if extended else 14, min(rank_at + 5, 20)):
                if count < 22 and rank_at < 0 and self._rank_ahead(norm, t.end(), end):
                    continue  # "عضو مجلس ... رئيس لجنة العلاقات العامة الدكتور X،": a rank and the name still follow
                if count < 22 and linked:
                    continue  # a long title, then a name with its nasab: the name is read to its end
                break
        return s, e

    def _listed_name_at(self, norm: str, pos: int, end: int) -> int | None:
        """Where a gazetteer name of two words or more that starts at ``pos`` ends (None if none does)."""
        listed = next(iter(self.people_matcher.finditer(norm, pos, min(end, pos + 40))), None)
        if listed is not None and listed.start - len(listed.prefix) == pos and " " in listed.key:
            return listed.end
        return None

    def _envoy_to_place(self, norm: str, pos: int, end: int) -> bool:
        """After an envoy's إلى, a place ("المبعوث الأممي إلى اليمن X"، "إلى الشرق الأوسط"), not what is
        called for ("ودعا المبعوث إلى التمسك") nor the people spoken to ("وقال المبعوث إلى الصحفيين")."""
        nxt = TOKEN.search(norm, pos, end)
        return nxt is not None and (self._is_place(nxt.group()) or norm.startswith("الشرق الاوسط", nxt.start()))

    def _alias_then_name(self, norm: str, pos: int, end: int) -> bool:
        """Whether the quotation opening at ``pos`` is a short alias (three words at most) with a
        person's title or name after it, not the statement itself: «قرية المفتاحة» سعيد ..."""
        close = norm.find('"', pos, min(end, pos + 40))
        after = TOKEN.search(norm, close + 1, end) if close > 0 else None
        alias = norm[pos:close].split()
        return (after is not None and len(alias) <= 3 and not norm[close + 1 : after.start()].strip(" ،,")  # (or a comma: "“مينوسما”، راضية عاشوري،")
                and not (len(alias) == 1 and _masdar(alias[0]))  # (not 'وأكدت القيادة «استشهاد» سيف ...': a verbal noun, the object)
                and (self.opens_speaker(after.group()) or self._listed_given(after.group())  # (a title, a rank or a given name: not "«فيفا» خلفا لـ")
                     or self._name_then_content(norm, after.start(), end)))

    def _name_then_content(self, norm: str, pos: int, end: int) -> bool:
        """Two or three plain name words at ``pos``, then a comma or the content ("همام زارع، أن")."""
        words = []
        for t in TOKEN.finditer(norm, pos, min(end, pos + 50)):
            if words and (norm[words[-1].end() : t.start()].strip() or CONTENT_MARKER.fullmatch(t.group())):
                break
            words.append(t)
        # (the given name may be a common word, همام; no preposition or time word: not "«لا ناسيون» قبل أسابيع أن")
        return (2 <= len(words) <= 3 and self.plain_name(words[-1].group()) and all(
                    _looks_like_name(w.group()) and not _DEF.match(w.group()) and not _stop_word(w.group())
                    and w.group() not in self._verb_words and w.group() not in self._preps and not self.is_adjunct(w.group())
                    for w in words)
                and _COMMA_OR_CONTENT.match(norm, words[-1].end()) is not None)

    def called_name(self, norm: str, pos: int, end: int) -> tuple[str, int] | None:
        """The name given after an unnamed source by يدعى / تدعى / اسمه ("شاهد عيان يدعى أحمد
        اكاي،" -> أحمد اكاي), up to the next punctuation, or None."""
        called = _CALLED.match(norm, pos, end)
        if called is None:
            return None
        stop = _NAME_BREAK.search(norm, called.end(), end)
        stop = stop.start() if stop else end
        conj = next((t for t in TOKEN.finditer(norm, called.end(), stop) if t.group()[:1] == "و" and not self._listed_given(t.group())), None)
        return self.read_name(norm, called.end(), conj.start() if conj else stop, skip_titles=False)  # (not "جيانغ وكان يتفقد")

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
                or any(self._not_name(w) or w in self.verbs.written or _masdar(w) for w in words)
                or any(w[:1] == "و" and len(w) > 3 and not self._listed_given(w) for w in words[1:])):
            return None  # (not "وطالب المصدر بتحري الدقة": the verb's object; nor "وأكدت المصادر سقوط قتلى وجرحى")
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
