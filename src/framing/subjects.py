"""framing.subjects: a speaker written before the verb."""

from __future__ import annotations

import re

from .attribution import INTERVIEW_NOUNS
from .matching import last_match
from .speaker_base import (
    BRACKETED_ASIDE, CALLED_WORDS, DASHES, IN_IT, SOURCE_NOUNS, STATEMENT_NOUNS, TOKEN, _CALL_FROM, _CALL_MADE, _SPEECH_BY, _CLAUSE_BREAK, _DASHED_ASIDE, _DEF, _DELIVERED_IT, _DELIVERED_SPEECH, _IN_CALL, _WROTE_IT,
    KANA, _ISSUED_STATEMENT, _LOOK_FURTHER, _SIDE_OPENING, _SUBJECT_ASIDE, _SV_LEAD, _TOPIC, ArticleMemory, Speaker,
    _imam, _looks_like_name, _masdar, _stop_word, _strip_article, _without_pronoun, strip_clitics,
)


_AUXILIARIES = ("قد", "كان", "كانت")  # right before the verb, after its subject
# words after which أن opens a verb, not a subject: "يمكن أن تستمر"، "بعد أن وصل"
_VERB_AFTER_AN = frozenset({"يمكن", "يجب", "ينبغي", "بعد", "قبل", "دون", "بدون", "يستطيع", "تستطيع", "يريد", "تريد",
                            "يحاول", "تحاول", "بد", "لابد", "يكاد", "تكاد", "اراد", "ارادت", "حاول", "حاولت"})


_KANA_LEAD = re.compile(r"\s*" + KANA + r"\s+([^\s،,.:\"]+)")  # "وكان زعيم الحزب X، دعا": كان, then the subject


_FIRST_COMMA = re.compile(r"[،,]")
_PARTICLE_OPENING = re.compile(r"\s*[وف]?(?:لقد|لم|ثم|كما)\s+(?=\S)")  # (a negation: "ولم يبد X ... اكتراثا، قائلا"; "ثم ألقت X كلمة ...، داعية";
# "كما قدم X شكره ... مشيراً": "also")
_ADJUNCT_OPENING = re.compile(r"\s*[وف]?(?:(?:في|خلال)\s+[^،,.:\"]{2,40}[،,]|(?:عقب|بعد|قبل|خلال|اثر|عند|فور)\s+ال[^\s،,.:\"]+(?:\s*[،,])?"
                              r"|في\s+(?:البدايه|البدء|المقابل|النهايه|الختام|الاثناء)(?!\w)(?:\s*[،,])?)\s*(?=\S)")
# (an adjunct of place or time opening the sentence: "وفي تلك الفعالية المهمة، علقت X ..."، "وعقب المباراة هنأ X"; one of
# the discourse's own, with no comma: "وفي البداية تحدث X"، "وفي المقابل أكد X")
_DEMONSTRATIVE_OBJECTS = ("ذلك", "هذا")  # a verb's object before its subject: "أوضح ذلك X"



class SubjectReading:
    """A mixin of ``SpeakerReader``: the subject of a verb in SV order ("وكان X قد أكد"), of a
    clause the sentence opened with, the caller of a call and the speaker of a speech."""

    # -- a subject written before its verb ----------------------------------------------------

    def _subject_in(self, norm: str, a: int, b: int, v_start: int, memory: ArticleMemory):
        """The named speaker opened by the first title or known name in norm[a:b], if any."""
        prev_word, reported = "", False
        for tok in TOKEN.finditer(norm, a, b):
            word = tok.group()
            if word in ("ان", "بان") and reported:
                return None  # "وأشار إلى أن المحافظة فقدت ...، مضيفا": after a reporting verb and أن, the reported clause's
                # subject, not the speaker's (but "ولا شك أن المصمم X ... بقوله إن ...، مضيفا")
            reported = reported or self._reporting_word(word)
            if self.people.get(strip_clitics(word)) or word in self.people:
                got = self.from_phrase(norm, tok.start(), b, norm[tok.start() : v_start], memory)
                return (got[0], (tok.start(), got[1])) if got is not None and got[0].type == "person" else None
            if (self._is_role_word(word) and prev_word and self._is_org(prev_word) and not self._is_org(word)) or (
                    word == "امام" and not _imam(norm, tok.end())):
                prev_word = word
                continue  # "مدينة الملك عبدالعزيز": a patron's title inside an organisation's name; "أمام الحضور": in front of
            if self._is_role_word(word):
                base = strip_clitics(word)
                rank = word in self._ranks or base in self._ranks
                if not (self._is_title(word) or self._is_title(base) or rank):
                    return None  # "إدارة الرئيس ... بايدن"، "تقرير ...": an organisation or a report is the subject (a rank
                    # is a person's: "ووقف اللواء البلوي على ...، مثمنًا")
                named = self._surname_after_title(norm, tok.end(), b) or self.read_name(norm, tok.end(), b, max_words=2, max_skip=5)
                if named is not None and not rank and self._nationality(named[0]):
                    named = None  # "وتولى المدرب التشيلي تدريب ...": the title's nationality, no name (but "اللواء التركي": a rank's family name)
                lead, *rest = named[0].split() if named is not None else [""]
                if self._object_word(lead) or (lead[:1] in "بل" and not self._listed_given(lead) and rest and _masdar(rest[0])):
                    named = None  # "تعرض شقيقه لمحاولة اختطاف، مؤكدا": ل and a noun (and its verbal noun) after the title, no name
                family = TOKEN.search(norm, tok.end(), b) if named is None and rank else None
                if family is not None and family.group().startswith("ال") and (
                        self._family_rest(" " + family.group()) or self._full_name_before(family.group(), norm, tok.start())):
                    named = family.group(), family.end()  # "ووقف اللواء البلوي على ...": a family name alone after a rank
                if named is None:
                    # "ثم يرصد الكاتب ما حدث ...، قائلا": the title alone, the person it named before
                    resolved = self._resolve_title(word, memory) or self._named_with_title(word, memory, tok.start())
                    quoted = '"' in norm[a:b]  # (not a title inside a quotation: "«... إذا لم يعضد الرئيس ...»، مشيرا")
                    return (resolved, (tok.start(), tok.end())) if resolved is not None and resolved.name_key and not quoted else None
                name, end = named
                if " " not in name and name.endswith("ه") and not self._listed_given(name) and name not in memory.named:
                    return None  # "ألقى الرئيس التنفيذي للشركة كلمة ...، داعيا": a noun in ة after the title, no name
                title = " ".join(norm[tok.start() : end - len(name)].split())
                return Speaker.person(name, self.camp_in(title)), (tok.start(), end)
            prev_word = word
        return None

    def _reporting_word(self, word: str) -> bool:
        """Whether ``word`` is a reporting verb's form (or ل and one: "ليقول")."""
        return self.verbs.lookup(word) is not None or (word[:1] == "ل" and self.verbs.lookup(word[1:]) is not None)

    def clause_subject(self, norm: str, s_start: int, v_start: int, memory: ArticleMemory, *, comma: bool = True):
        """The named person of the clause right before a participle: "X رد بسرعة، محذرا" (with
        ``comma=False``, also a clause not closed by a comma: "عزز X فرضية ... عندما قال")."""
        before = norm[s_start:v_start].rstrip()
        if not before.endswith(("،", ",")):
            if comma:
                return None
            before += "،"  # (read as if closed by a comma; the character after the clause is a space)
        last = s_start + max(before.rfind("،", 0, -1), before.rfind(",", 0, -1)) + 1
        opening = TOKEN.search(norm, last, s_start + len(before))
        if opening is not None and self.verbs.base_form(opening.group()) in self.verbs.plural:
            return None  # "وطالبوا عبر «سبق» وزير التعليم X بأن ...، مؤكدين": a plural verb's subject is its pronoun, the
            # titled name after it its object
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
        side = _SIDE_OPENING.match(norm, s_start, v_start) or _ADJUNCT_OPENING.match(norm, s_start, v_start)
        a = side.end() if side is not None else s_start
        particle = _PARTICLE_OPENING.match(norm, a, v_start)
        a = particle.end() if particle is not None else a  # "ولقد لخص X طروحاته ... قائلا": the particle before the verb
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
        if len(before.split()) > 2 and opening[1] in _DEMONSTRATIVE_OBJECTS:
            opening = [opening[0], before.split()[2]]  # "أوضح ذلك مدير مكتبة المسجد الحرام ... X، مشيراً": the object first
        if (len(opening) >= 2 and (particle is not None or (self._verb_like(opening[0]) and opening[1] not in self._common_words))
                and (known := memory.named.get(opening[1])) is not None and known.type == "person" and " " in known.name_key):
            at = a + before.find(opening[1], len(opening[0]))
            return known, (at, at + len(opening[1]))  # "ولم يبد المهنا ... اكتراثا، قائلا" after "عمر المهنا": the surname alone
            # (also right after the verb: "والتقى الهزاع بالعاملين ... وأثنى على جهودهم" after "محمد بن سلطان الهزاع")
        if (closed and len(opening) >= 2 and not opening[1].startswith("ال") and len(opening[1]) >= 4 and self.plain_name(opening[1])
                and not self._listed_given(opening[1]) and self._given_before(opening[1], norm, a, listed_only=True)):
            # "وأصدر بالمير بيانا ...، قائلا" after "طبيب الأسنان الأمريكي والتر جيمس بالمير": the surname alone
            at = a + before.find(opening[1], len(opening[0]))
            if not any(w in memory.named or w in self.people for w in norm[at + len(opening[1]) : v_start].split()):
                # (not when another person is named before the participle: "وأدلى ظريف بتصريحه ردا على تأكيد أوباما ...، داعيا")
                known = memory.named.get(opening[1])
                person = known if known is not None and known.type == "person" else Speaker.person(self.written_full_name(opening[1], norm, a))
                return person, (at, at + len(opening[1]))
        ali = len(opening) == 2 and opening[1] == "علي" and len(before.split()) > 2 and self._listed_given(before.split()[2])
        # ("قدم علي أحمد الشديدي شكره لهم، مؤكدا": علي before a listed given name is the name, not the preposition على)
        if len(opening) < 2 or not (self._is_role_word(opening[1]) or self._listed_given(opening[1]) or ali):
            return None
        if self._is_role_word(opening[1]):
            got = self._subject_in(norm, a, a + first_end, v_start, memory)
        else:
            at = a + before.find(opening[1], len(opening[0]))
            named = self.read_name(norm, at, a + first_end, skip_titles=False)
            words = named[0].split() if named is not None else []
            ok = (len(words) > 1 and all((self.name_word(w) or (k == len(words) - 1 and w[:1] == "ل" and len(w) >= 5 and self.plain_name(w)))
                                         and w not in self._kinship for k, w in enumerate(words))  # (a surname may open with ل: لاغارد)
                  and not opening[0].endswith(("ه", "ة")))  # (not "خطوة أولى ...": a noun opens the sentence)
            got = (Speaker.person(named[0]), (at, named[1])) if ok else None
        name_words = got[0].name_key.split() if got is not None else []
        if got is not None and not closed and not all(
                ((self.plain_name(w) or self._listed_given(w)) and self.name_word(w) and not self._possessed_noun(w) and not self._is_place(w)
                 and not (w.endswith("ات") and len(w) >= 6))
                or (k == 1 == len(name_words) - 1 and self._listed_given(name_words[0]) and _DEF.match(w) and self._nationality(w))
                for k, w in enumerate(name_words)):
            # (a family name spelled like a nationality after a listed given name is a name: "الدكتور إبراهيم التركي")
            return None  # (nor "المؤلف ترسبات": a plural noun; nor "التقى الوزير بممثلين": a prepositional phrase)
        return got

    def _verb_like(self, word: str) -> bool:
        """Whether the word opening a clause may be its verb, or a title in apposition, before a surname: no function
        word, kin word, given name, or indefinite title or listed common noun, which would govern it ("والتقى"، "وأثنى"،
        "والوزير"; not "ومنزل"، "وابن"، "ومع")."""
        bare = word[1:] if word[:1] in "وف" and len(word) > 3 else word
        return not (_stop_word(word) or _stop_word(bare) or bare in self._kinship or self._listed_given(bare)
                    or (not _DEF.match(bare) and (self._is_role_word(bare) or bare in self._common_words or word in self._common_words)))

    def opening_subject(self, norm: str, a: int, b: int, memory: ArticleMemory, *,
                        to_end: bool = False) -> tuple[Speaker, tuple[int, int]] | None:
        """The titled, named person right after the word opening the sentence norm[a:b], which
        is then read as a verb ("نقل المدير العام لحرس الحدود اللواء X تعازي ..."), and its span, or None; a time
        adjunct may come first ("وعقب المباراة هنأ رئيس البعثة X اللاعبين"). ``to_end``: the name ends at ``b``, and
        the title before it may run long ("تحدث المشرف العام على القطاعات السنية في نادي الاتحاد X وقال")."""
        adjunct = _ADJUNCT_OPENING.match(norm, a, b)
        if adjunct is not None:
            got = self.opening_subject(norm, adjunct.end(), b, memory, to_end=to_end)
            if got is not None and self._listed_given(got[0].name_key.split()[0]):
                return got  # (a listed given name opens it: not "بدأ الملك المؤسس يبني ويجمع")
        first = TOKEN.search(norm, a, b)
        word = first.group() if first is not None else ""
        if first is not None and not norm[a : first.start()].strip() and _DEF.match(word) and self._is_role_word(word):
            # "المؤرخ والفنان محمد صالح العبيدي تحدث عن ... وقال إن": a titled full name opening the
            # sentence is its subject, and the topic
            np_s, np_e = self.phrase_span(norm, first.start(), b)
            titled = len(memory.titled)
            got = self.from_phrase(norm, np_s, np_e, norm[np_s:np_e], memory) if np_s == first.start() and np_e > np_s else None
            words = got[0].name_key.split() if got is not None and got[0].type == "person" else []
            if (len(words) >= 2 and (self._listed_given(words[0]) or words[0] in self.people)
                    and all(self.plain_name(w) and self.name_word(w) and not (w.endswith("ا") and not self._listed_given(w)) for w in words)):
                return got[0], (np_s, got[1])
            del memory.titled[titled:]  # (a phrase read and rejected names no title: "الرئيس التونسي يحتج" is a heading)
            return None  # (nor "الشاعر الشعبي هنا ينصح ابنه"، "الأمير فيصل بن بندر مقلدا الهيضل": a name opens with a listed given
            # name, and an accusative in ا is no name word)
        if (first is None or norm[a : first.start()].strip() or _DEF.match(word) or len(word) < 3 or word in self._preps or _stop_word(word)
                or any(w in self._title_words or w in self._ranks or w in self._name_openers or w in self.people
                       or w in self._honorific_of or w in self._given_names for w in {word, strip_clitics(word)})):
            return None  # (a title, a rank or a name opening the sentence is its subject, not a verb's)
        lead = TOKEN.search(norm, first.end(), b)
        if lead is None or not self.opens_speaker(lead.group()) or lead.group() in self.people:
            return None  # (tested first: most sentences open otherwise, and reading the phrase costs more)
        np_s, np_e = (lead.start(), b) if to_end else self.phrase_span(norm, first.end(), b)
        if TOKEN.search(norm, np_s, np_e) is None or norm[first.end() : np_s].strip():
            return None
        got = self.from_phrase(norm, np_s, np_e, norm[np_s:np_e], memory)
        if to_end and got is not None and norm[got[1] : b].strip():
            return None
        second = TOKEN.search(norm, got[1], b) if got is not None and got[0].id.startswith("role:") else None
        if second is not None and norm[got[1] : second.start()].strip() in ("،", ",") and self._is_title(strip_clitics(second.group())):
            # "تفقد مساعد المدير العام للتعليم، نائب رئيس اللجنة X المدارس": a second title, then the name
            np_s, np_e = self.phrase_span(norm, second.start(), b)
            got = self.from_phrase(norm, np_s, np_e, norm[np_s:np_e], memory) if np_s == second.start() and np_e > np_s else None
        if got is None or got[0].type != "person" or len(got[0].name_key.split()) < 2:
            return None
        return got[0], (np_s, got[1])

    def opening_topic(self, norm: str, a: int, b: int, memory: ArticleMemory) -> tuple[Speaker, tuple[int, int]] | None:
        """The titled, named person opening the sentence norm[a:b] before a comma and a verb, in
        SV order: "مديرة الاستخبارات في الشركة لورا جالانت، أعطت تحليلات ...، وقالت"."""
        first = TOKEN.search(norm, a, b)
        comma = _FIRST_COMMA.search(norm, a, b)
        if first is None or comma is None or not self._is_title(strip_clitics(first.group())):
            return None
        got = self._subject_in(norm, first.start(), comma.start(), b, memory)
        if got is None or " " not in got[0].name_key or norm[got[1][1] : comma.start()].strip():
            return None  # (the name must close the phrase before the comma)
        return got

    def opening_name(self, norm: str, a: int, b: int) -> tuple[Speaker, tuple[int, int]] | None:
        """The full name right after the verb opening the clause norm[a:b] ("وشعر ايتالو زانزي
        المدير التنفيذي ... بإحباط"): two name words or more, none a common word."""
        first = TOKEN.search(norm, a, b)
        if (first is None or _DEF.match(first.group()) or first.group() in self._common_words
                or any(w in self._preps or _stop_word(w) for w in (first.group(), first.group()[1:] if first.group()[:1] in "وف" else ""))):
            return None  # (not "ومن جهة أخرى": a preposition opens the clause, no verb)
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
        """The named person a call or a cable came from, or who gave a speech, for a verb with
        خلاله / فيه right after it: "تلقى ... اتصالاً هاتفياً من الأمير X، ولي العهد ...، أعرب خلاله
        عن إدانته"، "أجرى الملك X اتصالاً هاتفياً بالرئيس Y أكد خلاله"، "بكلمة لعميد الكلية X أشاد
        من خلالها"."""
        if _IN_CALL.match(norm, v_start) is None:
            return None
        # the nearest of a call from X, a call X made ("أجرى الملك X اتصالاً هاتفياً بالرئيس Y، أكد خلاله")
        # and a speech by X ("بكلمة لعميد البحث العلمي الدكتور X أشاد من خلالها"): X speaks
        made = last_match(_CALL_MADE, norm, max(s_start, v_start - 300), v_start)
        speech = last_match(_SPEECH_BY, norm, max(s_start, v_start - 200), v_start)
        found = [m for m in (last_match(_CALL_FROM, norm, max(s_start, v_start - 300), v_start), made, speech) if m is not None]
        call = max(found, key=lambda m: m.start(), default=None)  # (on a tie, the earlier kind)
        if call is None or re.search(r'[.:"]', norm[call.end() : v_start]):
            return None
        np_s, np_e = (call.span(1) if call is made
                      else self.phrase_span(norm, call.end(), v_start, strip_lam=call is speech))
        got = self.from_phrase(norm, np_s, np_e, norm[np_s:np_e], memory, before_verb=call is made) if np_e > np_s else None
        if got is None or got[0].type != "person" or not (got[0].name_key or (
                call is speech and got[0].id.startswith("role:") and not norm[got[1] : v_start].strip())):
            return None  # (a title alone only right before the verb: "تصريحات للمدرب قال فيها")
        return got[0], (np_s, got[1])

    def _name_before_title(self, norm, words):
        """A full name opening with a listed given name (after ب / ل: "التقت بإبراهيم عوض"), right
        before the first title word of ``words``, the tokens before a relative pronoun: the
        antecedent, or None."""
        k = next((k for k, w in enumerate(words) if k and self._is_role_word(w.group()) and not self._is_org(w.group())), None)
        if k is None or k < 2:
            return None
        for j in range(max(0, k - 6), k - 1):  # the longest name first ("بمحمد بن سعد الشهري مدير")
            first = words[j].group()
            given = first[1:] if first[:1] in "بل" and not self._listed_given(first) else first
            if not (self._listed_given(given) or given == "علي"):  # (علي: also على)
                continue
            start = words[j].end() - len(given)
            named = self.read_name(norm, start, words[k - 1].end(), skip_titles=False)
            if named is not None and named[1] == words[k - 1].end() and len(named[0].split()) == k - j:
                return Speaker.person(named[0]), (start, named[1])
        return None

    def speech_owner(self, norm, s_start, v_start, memory):
        """The named person whose speech the sentence holds before ``v_start`` ("كلمة آندي كار الرئيس التنفيذي
        ...، هنأ فيها ...، مشيرا إلى أن"), for a participle that goes on with it; or None."""
        held = last_match(_VERB_IN_IT, norm, max(s_start, v_start - 400), v_start)  # ("هنأ فيها": the speech's verb)
        set_off = held is not None and norm[max(s_start, held.start() - 3) : held.start()].rstrip()[-1:] in ("،", ",")
        got = self.speech_giver(norm, s_start, held.start(), memory) if set_off else None  # (the speech set off: "كلمة X، هنأ فيها")
        return got if got is not None and len(got[0].name_key.split()) >= 2 else None

    def speech_giver(self, norm, s_start, v_start, memory):
        """The named person who gave or wrote the speech, post or interview a verb at ``v_start`` reports
        from ("ألقى X كلمة أكد فيها"، "كلمة الأستاذ X، أشار فيها"، "وكتب X تدوينة قال فيها"), or None."""
        speech = _DELIVERED_SPEECH.search(norm, max(s_start, v_start - 200), v_start) or (
            _WROTE_IT.search(norm, max(s_start, v_start - 200), v_start) if _IN_CALL.match(norm, v_start) else None) or _DELIVERED_IT.search(
            norm, max(s_start, v_start - 200), v_start) or (
            _SPEECH_OF.search(norm, max(s_start, v_start - 120), v_start) if _IN_CALL.match(norm, v_start) else None) or (
            _SPEECH_ISSUED.search(norm, max(s_start, v_start - 160), v_start) if _IN_CALL.match(norm, v_start) else None)
        # ("أعقب ذلك كلمة الأستاذ X، أشار فيها إلى": the speech's speaker)
        if speech is not None:
            # "ألقى الدكتور X كلمة أكد فيها ...": the one who gave the speech speaks
            lam = speech.group(1)[:1] == "ل" and self.opens_speaker(speech.group(1).split()[0][1:])  # ("كلمة لصاحب الجائزة X")
            got = self.from_phrase(norm, speech.start(1) + lam, speech.end(1), speech.group(1)[lam:], memory, before_verb=True)
            if got is not None and got[0].type == "person" and got[0].name_key and (
                    len(got[0].name_key.split()) >= 2 or self._full_name_before(got[0].name_key, norm, speech.start(1))
                    or self._given_before(got[0].name_key, norm, speech.start(1))):  # ("لاري بيدج" ... "وكتب بيدج تدوينة")
                full = self.listed_full_name(got[0].name_key, norm, speech.start(1)) if " " not in got[0].name_key else None
                return (Speaker.person(full) if full else got[0]), (speech.start(1) + lam, got[1])
        return None

    def subject_before(self, norm, s_start, v_start, memory, *, present: bool = False):
        """SV order: "وكان ستولتنبرج أكد ..." / "ستولتنبرغ أكد ..." (``present``: the verb is in the present)."""
        dashed = norm[max(s_start, v_start - 3) : v_start].strip()[-1:] in DASHES
        seg_start = max(s_start, v_start - 220)
        # (a sentence start counts as a clause boundary: "." is put before it)
        aside = _DASHED_ASIDE.search(("." if seg_start == s_start else "") + norm[seg_start:v_start]) if dashed else None
        if aside is not None:
            # "وليد الفى -رئيس اللجنة المنظمة- قال": the subject before an aside between dashes
            a = seg_start + aside.start(1) - (1 if seg_start == s_start else 0)
            b = a + len(aside.group(1))
            if (topic := _TOPIC.match(norm, a, b)) is not None:
                a = topic.end()  # ("أما السيد حسن - بائع - فيقول": after أما)
            phrase = norm[a:b]
            got = self.from_phrase(norm, a, b, phrase, memory, before_verb=True) if len(phrase.split()) <= 4 else None
            opener = phrase.split()[0] if phrase.split() else ""
            if got is not None and (len(got[0].name_key.split()) >= 2 or got[0].type == "institution" or (
                    got[0].name_key and opener != got[0].name_key and self.opens_speaker(opener))):
                return got[0], (a, got[1])  # (or one name after a title: "أما السيد حسن - بائع في محل - فيقول")
        caller = self.caller(norm, s_start, v_start, memory)
        if caller is not None:
            return caller
        called = _CALLED_THEN.search(norm, max(s_start, v_start - 60), v_start)
        if called is not None:
            # "صديقا لي اسمه أحمد قال لي إنه": the one named by اسمه / يدعى right before the verb
            named = self.read_name(norm, called.start(1), called.end(1), skip_titles=False)
            if named is not None and named[1] == called.end(1) and self._listed_given(named[0].split()[0]):
                return Speaker.person(named[0]), (called.start(1), named[1])
        had = _HAD_ONCE.search(norm, max(s_start, v_start - 160), v_start)
        if had is not None:
            # "سبق لوزير خارجية أمريكا السابق «جورج شولتز» أن قال": the one to whom it happened speaks
            got = self.from_phrase(norm, had.start(1), had.end(1), had.group(1), memory, before_verb=True)
            if got is not None and got[0].type in ("person", "institution") and (got[0].name_key or got[0].type == "institution"):
                return got[0], (had.start(1), got[1])
        speech = self.speech_giver(norm, s_start, v_start, memory)
        if speech is not None:
            return speech
        told = _STATEMENT_OF.search(norm, max(s_start, v_start - 200), v_start)
        if told is not None and not _CLAUSE_BREAK.search(norm, told.end(), v_start):
            # "وفي تصريح سابق لوزير الخارجية الأميركي جون كيري قال إنه": the one whose statement it was
            got = self.from_phrase(norm, told.end(), v_start, norm[told.end() : v_start], memory, before_verb=True)
            if (got is not None and got[0].type == "person" and got[0].name_key and len(got[0].name_key.split()) >= 2
                    and not norm[got[1] : v_start].strip()):
                return got[0], (told.end(), got[1])
        issued = _ISSUED_STATEMENT.search(norm, max(s_start, v_start - 260), v_start) if _IN_CALL.match(norm, v_start) else None
        if issued is not None:
            np_s, np_e = self.phrase_span(norm, issued.start(1) - 1, issued.end(1))  # (past a time: "أصدر أمس النائب X بيانا")
            got = self.from_phrase(norm, np_s, issued.end(1), issued.group(1), memory, before_verb=True) if np_e > np_s else None
            if got is not None and got[0].type in ("person", "institution", "agency"):
                return got[0], (np_s, got[1])
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
                    and before and any(self._is_role_word(w) or self._is_role_word(_without_pronoun(w)) for w in before[-(6 if ranked else 4):])):
                # (also a title with a pronoun: "رئيسها التنفيذي السابق، باتريك توماس، اعترف")
                return Speaker.person(named[0], self.camp_in(" ".join(before[-4:]))), (breaks[-2] + 1, named[1])
            # ... or an apposition: "وكان موتا، أحد العناصر الأساسية في الفريق، صرح" (or his full name: "وكان زيكو، واسمه الكامل X، قال";
            # or an aside: "لكن وولتر غولييلموني، وهو الأخ غير الشقيق لكافاني، كشف")
            if inner and (inner[0] in ("الذي", "التي", "الذين", "احد", "احدي", "واسمه", "واسمها", "وهو", "وهي") or self._is_role_word(inner[0])):
                subject_start = breaks[-3] + 1 if len(breaks) >= 3 else max(s_start, v_start - 300)
                for lead in _SV_LEAD.finditer(norm, subject_start, breaks[-2]):
                    if not norm[subject_start : lead.start()].strip():
                        subject_start = lead.end()  # "وكان موتا": after the lead word
                if (met := _MET_WITH.match(norm, subject_start, breaks[-2])) is not None:
                    subject_start = met.end()  # "وفي لقاء آخر مع X، وهو صاحب ...، أوضح": the one met speaks
                words = list(TOKEN.finditer(norm, subject_start, breaks[-2]))
                if 8 < len(words) <= 16 and inner[0] in ("الذي", "التي"):
                    # "مصطفى البرغوثي الأمين العام للمبادرة ... عضو المجلس التشريعي، الذي يسعى ...، أكد": a full name
                    # opening the clause, then its long title
                    named = self.read_name(norm, words[0].start(), breaks[-2], skip_titles=False)
                    rest = norm[named[1] : breaks[-2]].split() if named is not None else []
                    if (named is not None and len(named[0].split()) >= 2 and norm[words[0].start() : named[1]].split() == named[0].split()
                            and self._listed_given(named[0].split()[0]) and rest and self._is_role_word(rest[0])):
                        return Speaker.person(named[0], self.camp_in(" ".join(rest))), (words[0].start(), named[1])
                if 1 <= len(words) <= 8:
                    got = self.from_phrase(norm, words[0].start(), breaks[-2], norm[words[0].start() : breaks[-2]], memory, before_verb=True)
                    if got is not None and got[0].type in ("person", "institution") and (got[0].name_key or got[0].type == "institution"):
                        return got[0], (words[0].start(), got[1])
                return None
        then = _THEN_QAD.search(norm, clause_start, v_start)
        topic_end = then.start() if then is not None else v_start if norm[v_start : v_start + 1] == "ف" or present else None
        if topic_end is not None and (bare := _TOPIC.match(norm, clause_start, topic_end)) is not None:
            # "أما رالف فالتمان المختص النفطي فصرح"، "أما المصرف المركزي الصيني فأكد": the topic with no comma
            # before ف, its verb's subject (also after the clause before: "...، أما المغرد X فقد طالب")
            got = self.from_phrase(norm, bare.end(), topic_end, norm[bare.end() : topic_end], memory, before_verb=True)
            if got is not None and ((got[0].type == "person" and len(got[0].name_key.split()) >= 2) or got[0].type == "institution"):
                return got[0], (bare.end(), got[1])
        topic = _TOPIC.match(norm, s_start, breaks[0]) if len(breaks) == 1 else None
        if topic is None and len(breaks) > 1 and norm[breaks[0]] == "(":
            # "أما رعد جاسم (36 سنة) الموظف في ...، فقال": the topic with an age or a place in brackets
            asides = {p for m in BRACKETED_ASIDE.finditer(norm, breaks[0], v_start) for p in (m.start(), m.end() - 1)}
            if len([b for b in breaks if b not in asides]) == 1:
                topic = _TOPIC.match(norm, s_start, breaks[0])
        between = norm[clause_start:v_start].split()
        if topic is not None and (between in ([], ["قد"], ["فقد"]) or (
                between[:1] in (["وهو"], ["وهي"]) and len(between) <= 12 and (between[-1] == "فقد" or norm[v_start] == "ف"))):
            # "أما محامي القضايا الجزائية غازي مرابط، فقد رأى": the topic before its comma speaks (also
            # after an aside: "أما الشيخ X، وهو الإمام السابق ... فقد غرد")
            got = self.from_phrase(norm, topic.end(), breaks[0], norm[topic.end() : breaks[0]], memory, before_verb=True)
            if got is not None and got[0].type in ("person", "institution") and (got[0].name_key or got[0].type == "institution"):
                return got[0], (topic.end(), got[1])
        kana = _KANA_LEAD.match(norm, s_start, breaks[0]) if len(breaks) == 1 and between in ([], ["قد"]) else None
        listed = kana is not None and kana.group(1) in self.people
        if kana is not None and (self._is_role_word(kana.group(1)) or listed):
            # "وكان زعيم الحزب ... صلاح الدين دمرتاش، دعا": كان, a titled full name, a comma, then the
            # verb (or a listed name: "وكان السيسي؛ قد أوضح")
            got = self.from_phrase(norm, kana.start(1), breaks[0], norm[kana.start(1) : breaks[0]], memory, before_verb=True)
            if got is not None and got[0].type == "person" and (len(got[0].name_key.split()) >= 2 or listed):
                return got[0], (kana.start(1), got[1])
        if len(breaks) == 1 and norm[clause_start:v_start].split() in ([], ["قد"]):
            # "غير أنّ بيار باسكاري المدير السابق للتجارب ...، أكّد": a full name opening the
            # sentence (after its lead words), its title, a comma, then the verb
            lead = re.match(r"\s*(?:[وف]?(?:غير|الا|لكن|كما)\s+(?:ان|انه)\s+|[وف]?(?:لكن|اما)\s+)?", norm[s_start : breaks[0]])
            start = s_start + lead.end()
            named = self.read_name(norm, start, breaks[0], skip_titles=False)
            first = named[0].split()[0] if named is not None else ""
            if not lead.group().strip() and not (self._listed_given(first) or first in self.people):
                named = None  # ("ويرافق بحاح وزير التخطيط ...،": a verb opens the sentence; without a lead, a listed given name must)
            rest = norm[named[1] : breaks[0]].split() if named is not None else []
            if (named is not None and len(named[0].split()) >= 2 and norm[start : named[1]].split() == named[0].split()
                    and all(self.plain_name(w) for w in named[0].split())  # (بيار: a name may open with ب)
                    and rest and self._is_role_word(rest[0]) and len(rest) <= 12):
                return Speaker.person(named[0], self.camp_in(" ".join(rest))), (start, named[1])
        # "X الذي (يعيش في مبنى مجاور) قال": the relative clause may hold up to eight words
        relative = re.search(r"(?<!\w)(?:(?:الذي|التي|الذين)(?:\s+[^\s،,:\"]+){0,8}|والذي)\s*$", norm[clause_start:v_start])  # (or "X والذي قال")
        if relative:
            # "وأمين هيئة الشرف صالح الصغير الذي أكد ...": the antecedent speaks
            np_e = clause_start + relative.start()
            antecedent = (norm[clause_start:np_e].split() or [""])[-1]
            if (relative.group().startswith("الذين") and antecedent.endswith(("ين", "ون")) and antecedent not in self.people
                    and not self._listed_given(antecedent)):
                return None  # "ويحاول أوباما ترويج الاتفاق للمشرعين الذين يتوقع": a plural noun is الذين's antecedent
            verb_word = TOKEN.match(norm, v_start)
            set_off = (bool(breaks) and not norm[clause_start:np_e].strip() and norm[breaks[-1]] in "،,"
                       and not (verb_word is not None and IN_IT.match(norm, verb_word.end())))
            # (not "تصريحات ... آية الله علي خامنئي، التي أكد فيها": the relative's antecedent is what he said it in)
            if (not set_off and bool(breaks) and not norm[clause_start:np_e].strip() and norm[breaks[-1]] in "،,"
                    and verb_word is not None and IN_IT.match(norm, verb_word.end())):
                # "على تصريح رئيس لجنة الاحتراف، الذي كشف فيه": what was said, before the comma; its owner speaks
                owner = last_match(_STATEMENT_NOUN, norm, max(s_start, breaks[-1] - 120), breaks[-1])
                got = (self.from_phrase(norm, owner.end(), breaks[-1], norm[owner.end() : breaks[-1]], memory, before_verb=True)
                       if owner is not None else None)
                if got is not None and got[0].type in ("person", "institution") and not norm[got[1] : breaks[-1]].strip():
                    return got[0], (owner.end(), got[1])
            if set_off:
                # "... المدرب جوزيه مورينيو، الذي قال": the antecedent before the comma (a name ending there)
                np_e, clause_start = breaks[-1], (breaks[-2] + 1 if len(breaks) >= 2 else max(s_start, v_start - 300))
            lead = last_match(_SV_LEAD, norm, clause_start, np_e)
            words = list(TOKEN.finditer(norm, lead.end() if lead else clause_start, np_e))[-8:]
            while words and words[0].group() in self.verbs.written:
                words = words[1:]  # "وقال مورينيو الذي أكد ...": the verb of the main clause
            named = self._name_before_title(norm, list(TOKEN.finditer(norm, lead.end() if lead else clause_start, np_e))[-12:])
            if named is not None:
                return named  # "التقيت بعلي المحمد مدير المبيعات لمطعم ... الذي أشار": the name before the title
            first_role = next((k for k, w in enumerate(words) if self._is_role_word(w.group()) and not self._is_org(w.group())), None)
            if first_role is not None:
                # the last of titles joined by و: "الملك فاروق والكاتبة أغاثا كريستي التي كتبت" is the writer's
                first_role = max((k for k, w in enumerate(words) if k > first_role and w.group()[:1] == "و"
                                  and self._is_role_word(w.group()[1:])), default=first_role)
            if first_role:
                words = words[first_role:]  # "ويرأس البعثة مدير المنتخب إبراهيم العيد الذي أكد"
            bare = (1 <= len(words) <= 3 and not _DEF.match(words[0].group())
                    and all(not self._not_name(w.group()) and not _stop_word(w.group()) for w in words))  # (not "يحمي هذه البلاد التي")
            if words and (bare or self._is_role_word(words[0].group()) or any(self.people.get(w.group()) for w in words)):
                start = words[0].start() + (words[0].group()[:1] == "و" and self._is_role_word(words[0].group()[1:]))  # (after و)
                got = self.from_phrase(norm, start, np_e, norm[start:np_e], memory, before_verb=True)
                if set_off and got is not None and (norm[got[1] : np_e].strip() or got[0].type != "person" or len(got[0].name_key.split()) < 2):
                    got = None  # (not "سوزان رايس، مستشارة الرئيس أوباما للأمن الوطني، التي قالت": the apposition's complement)
                if got is not None and got[0].type in ("person", "institution") and (got[0].name_key or got[0].type == "institution"):
                    return got[0], (start, got[1])
            return None
        lead = None
        for found in _SV_LEAD.finditer(norm, clause_start, v_start):
            if found.group() in _AUXILIARIES and not norm[found.end() : v_start].strip():
                break  # "وكان X قد أكد"، "إلا أن X كان ندد": قد / كان belong to the verb; the subject comes before
            lead = found
        if lead is not None and lead.group() == "قد":
            return None  # "... قد انتهت وأكد": a verb follows قد, not a subject
        np_s = lead.end() if lead else clause_start
        aside = _SUBJECT_ASIDE.search(norm, np_s, v_start)
        v_end_np = aside.start() if aside else v_start  # "أمين المجلس X بدوره أشار": the subject, then "in his turn"
        tokens = norm[np_s:v_end_np].split()
        if tokens and tokens[-1] in _AUXILIARIES:
            tokens = tokens[:-1]
        at_start = lead is None and not norm[s_start:np_s].strip()
        side = _SIDE_OPENING.match(norm, s_start, np_s) if lead is None and not at_start else None
        opening_name = (at_start or (side is not None and not norm[side.end() : np_s].strip())) and self._listed_given(tokens[0] if tokens else "")
        if tokens and len(tokens) > 4 and (lead is not None or opening_name) and len(tokens) <= 14 and not self._is_role_word(tokens[0]):
            # "وكان وحيد الله مايار المتحدث باسم وزارة الصحة قال": a full name, then its title (or opening the
            # sentence, or after "من جهته،", with a listed given name: "خالد العطوي نائب رئيس النادي أكد")
            start = np_s + len(norm[np_s:v_start]) - len(norm[np_s:v_start].lstrip())
            named = self.read_name(norm, start, v_start, skip_titles=False)
            if named is not None and len(named[0].split()) >= 2:
                rest = norm[named[1] : v_start].split()
                if rest and self._is_role_word(rest[0]):
                    return Speaker.person(named[0], self.camp_in(norm[named[1] : v_start])), (start, named[1])
        if not tokens or (len(tokens) > 4 and not ((lead is not None or at_start) and self._is_role_word(tokens[0])
                                                    and len(tokens) <= (16 if at_start else 12))):
            # (opening the sentence, a prince's honorifics and two titles: "صاحب السمو الملكي الأمير X مستشار ... أمير منطقة مكة المكرمة صرح")
            return None  # a subject before its verb is short, or a titled phrase after a lead word (or before بدوره)
        if len(tokens) > 4 and any(t in ("لا", "لم", "لن", "ليس", "-", "–", "—") or t.endswith("..") for t in tokens):
            return None  # "ولكن المواطن لا يرى ...  - لقد ذكرت لك": a clause of its own (a question, then the answer), no subject
        while np_s < v_start and norm[np_s].isspace():
            np_s += 1
        person = self.listed_person(norm, np_s, v_start)
        inst = next(iter(self._inst_matcher.finditer(norm, np_s, v_start)), None)
        before_lead = norm[max(s_start, lead.start() - 12) : lead.start()].split()[-1:] if lead is not None else []
        modal = lead is not None and lead.group() == "ان" and before_lead[:1] and before_lead[0] in _VERB_AFTER_AN
        # ("يمكن أن تستمر طوال الصيف ووعد": after "يمكن أن" a verb, not a name)
        bare = ((lead is not None or (at_start and len(tokens) >= 2 and self._listed_given(tokens[0])))
                and not modal and len(tokens) <= 3 and all(_looks_like_name(t) for t in tokens) and not _DEF.match(tokens[0]))
        # (or a full name opening the sentence with a listed given name: "فتحي عربي يقول: نعاني ..."، "عبدالعزيز العمراني من جهته قال:")
        auxiliary = norm[np_s:v_end_np].split()[-1:]
        if auxiliary and auxiliary[0] in _AUXILIARIES:
            v_end_np = np_s + norm[np_s:v_end_np].rstrip().rfind(auxiliary[0])
        person = self.listed_person(norm, np_s, v_end_np) if person is None else person
        opening = lead is not None or not norm[s_start:np_s].strip()  # after a lead word, or opening the sentence
        outlet = lead is not None and len(tokens) <= 3 and _strip_article(tokens[0]) in SOURCE_NOUNS  # "بيد أن الصحيفة البريطانية أشارت"
        surname = lead is not None and not modal and len(tokens) == 1 and memory.named.get(tokens[0]) is not None
        # ("إلا أن المخلافي أكد": after a lead word, the surname of a person the article named)
        if (person is None and (inst is None or lead is None) and not bare and not outlet and not surname
                and not (opening and (self._is_role_word(tokens[0]) or (len(tokens) >= 3 and self._nationality(tokens[0]))))):
            return None  # (a nationality opens a subject too: "أما اللبناني شربل عقيقي فقال")
        got = self.from_phrase(norm, np_s, v_end_np, norm[np_s:v_end_np], memory, before_verb=True)
        quoted = self.titled_quoted_name(norm, np_s, v_end_np) if got is not None and got[0].id.startswith("role:") else None
        if quoted is not None and not norm[quoted[2] : v_end_np].strip():
            return Speaker.person(quoted[0].name_key, got[0].camp), quoted[1]  # 'أن وزير التعليم "د. عزام الدخيل" قال': the quoted name
        return None if got is None else (got[0], (np_s, got[1]))


_MET_WITH = re.compile(r"\s*[وف]?(?:في\s+)?(?:" + INTERVIEW_NOUNS + r"|حوار)(?:\s+[^\s،,]+)?\s+مع\s+")  # "وفي لقاء آخر مع X"
_CALLED_THEN = re.compile(r"(?<!\w)(?:" + CALLED_WORDS + r")\s+([^\s،,.:\"][^،,.:\"]{1,40}?)\s*(?:قد\s+)?$")  # "صديق اسمه X قال"
_HAD_ONCE = re.compile(r"(?<!\w)[وف]?(?:سبق|يسبق)\s+ل([^\s،,.:][^،,.:]{2,120}?)\s+ان\s*$")  # "سبق لـ X أن قال"
_THEN_QAD = re.compile(r"\s+فقد\s+$")  # "أما X فقد قال": the topic, then فقد and its verb


_STATEMENT_NOUN = re.compile(r"(?<!\w)(?:[لبو]|عل[يى]\s+)?(?:ال)?(?:" + STATEMENT_NOUNS + r")\s+")  # "تصريح X"
# "وفي تصريح سابق لـ X قال": a statement of X's, then its verb with X as subject
_STATEMENT_OF = re.compile(r"(?<!\w)[وف]?في\s+(?:" + INTERVIEW_NOUNS + r")(?:\s+(?:سابق|سابقه|اخر|صحفي|صحافي|خاص|متلفز))?\s+ل(?=[^\sل])")
_VERB_IN_IT = re.compile(r"(?<!\S)" + _IN_CALL.pattern)  # a verb, then "in it": "هنأ فيها"
_SPEECH_ISSUED = re.compile(r"(?<!\w)(?:[وف]?(?:كلام|" + STATEMENT_NOUNS + r"))\s+(?:صدر|صدرت|جاء|جاءت)\s+(?:عن|علي\s+لسان)\s+([^،,:]{3,100}?)\s*[،,]?\s*$")
# ("كلام صدر عن أمين عام "حزب الله" حسن نصر الله نفى فيه": the one it came from)
_SPEECH_OF = re.compile(r"(?<!\w)[وف]?كلمه\s+([^،,:\"]{3,80}?)\s*[،,]?\s*$")  # "كلمة الأستاذ X، أشار فيها" (or with no comma)
