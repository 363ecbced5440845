"""framing.coreference: one person under several mentions in an article."""

from __future__ import annotations

import re

from .matching import last_match
from .normalize import normalize
from .speaker_base import (
    DEF_PREFIX, NAME_LINKS, TOKEN, ArticleMemory, Speaker, _before_said, _is_nasab, clitic_forms, _masdar, _spelled_apart, _stop_word, _strip_article,
)

_DOUBLED = re.compile(r"(\w)\1")


def _skeleton(word: str) -> str:
    """A transliterated name without its doubled letters and the long vowels inside it, and with
    its g written one way, so that spellings of one foreign name compare equal (زانداميلا / زنداميلا،
    بيللوتشي / بيلوتشي، بوجدانوف / بوغدانوف، جوردون / غوردن)."""
    word = _DOUBLED.sub(r"\1", word.replace("ج", "غ"))
    return word[:1] + re.sub(r"[اوي]", "", word[1:-1]) + word[-1:]  # (long vowels written or not: جوردون / غوردن)


def _fuller(words: list[str], known: Speaker) -> bool:
    """``words`` is the fuller name of a person named before with the same given name and
    surname: "ناصر بن حمد بن عوشن" after "ناصر عوشن", "أحمد بن مهدي الحارثي" after "أحمد الحارثي"
    (the words the article wrote before, in order, with more between them)."""
    short = known.name_key.split()
    if known.type != "person" or len(short) < 2 or len(words) <= len(short) or words[0] != short[0] or words[-1] != short[-1]:
        return False
    rest = iter(words)
    return all(w in rest for w in short)


def _other_given(words: list[str], known: Speaker) -> bool:
    """A name of two words or more whose given name the person named before does not have
    ("سالم القرني" after "محمد بن منصور القرني"; not "عبد الله القرني" after "عبدالله القرني")."""
    theirs = known.name_key.split()
    if known.type != "person" or len(words) < 2 or len(theirs) < 2 or words[0] in NAME_LINKS or words[0] == "ال":
        return False
    joined = {a + b for a, b in zip(theirs, theirs[1:]) if a in NAME_LINKS}  # ("عبد اللطيف" is عبداللطيف)
    return words[0] not in theirs and words[0] not in joined and not any(w.startswith(words[0]) for w in theirs)


class Coreference:
    """A mixin of ``SpeakerReader``: a surname, a spelling variant or a title alone resolved to
    the person the article named before (``corefer``, ``title_near_name``)."""

    def corefer(self, speaker: Speaker, memory: ArticleMemory) -> Speaker:
        """A bare surname ("لابرون") after the full name ("فينسن لابرون"), or another single word
        of it ("آي" after "آي ويوي"), is the same person; so is a name that starts another
        one: a listed name, alone or with its nasab ("محمد بن نايف بن عبدالعزيز آل سعود" is محمد بن نايف)
        or a name the article wrote in full before ("محمد بن نايف بن عبدالعزيز")."""
        if speaker.type != "person" or not speaker.name_key:
            return speaker
        words = speaker.name_key.split()
        if speaker.id == speaker.name_key and len(words) >= 2:
            listed = next(iter(self.people_matcher.finditer(speaker.name_key)), None)
            if listed is not None and listed.start == 0 and not listed.prefix and (
                    listed.end == len(speaker.name_key) or _is_nasab(speaker.name_key[listed.end :])):  # (or the listed name itself)
                pid, canonical, camp = self.people[listed.key]
                return Speaker(speaker.surface, pid, "person", camp or speaker.camp, normalize(canonical))
        surname = words[-1]
        known = memory.named.get(surname)
        if known is None and len(words) <= 2 and len(surname) >= 5:
            # "الفارسي" after "زياد فارسي" (and "فارسي" after "زياد الفارسي"): a family name with or without its article,
            # alone or after the same given name ("مروان الزبيدي" after "مروان بن رشاد زبيدي")
            other = memory.named.get(surname[2:] if surname.startswith("ال") else "ال" + surname)
            known = other if other is not None and other.type == "person" and " " in other.name_key and (
                len(words) == 1 or other.name_key.split()[0] == words[0]) else None
        variant = _spelled_apart(words, memory.named) if known is None else None
        if variant is None and known is None:
            variant = self._misspelt_foreign(words, memory)
        if variant is not None and variant.id != speaker.id:  # ("أبو ثنين" after "عبدالله أبوثنين", and the reverse)
            return Speaker(speaker.surface, variant.id, variant.type, variant.camp or speaker.camp, variant.name_key)
        if known is None and len(words) >= 2:
            longer = next((k for k in reversed(list(memory.named.values()))
                           if k.name_key.startswith(speaker.name_key + " ") and self._family_rest(k.name_key[len(speaker.name_key) :])), None)
            if longer is not None:
                return Speaker(speaker.surface, longer.id, longer.type, longer.camp or speaker.camp, longer.name_key)
        if known is None and len(words) == 1:
            # a single name that is another word of a person named earlier: "آي" after "آي ويوي" (a
            # transliterated one also spelled with a letter doubled or not, or with a long a or not:
            # "بيلوتشي" after "كريستيان بيللوتشي"، "زانداميلا" after "روجريو زنداميلا")
            squeezed = _skeleton(surname) if len(surname) >= 5 else surname
            known = next((k for k in reversed(list(memory.named.values())) if surname in k.name_key.split() or (
                k.type == "person" and squeezed in {_skeleton(w) for w in k.name_key.split() if len(w) >= 5})), None)
        if known is None:
            memory.named[surname] = speaker
            if len(words) >= 3 and words[-2].startswith("ال") and words[-2].endswith("ي") and surname.endswith("ي"):
                memory.named.setdefault(words[-2], speaker)  # (a clan's name before a tribe's: "محمود الصرخي الحسني", then "الصرخي")
            return speaker
        if (known.id != speaker.id and (len(words) < len(known.name_key.split()) or _fuller(words, known))
                and not _other_given(words, known)):  # (not "سالم القرني" after "محمد بن منصور القرني": another person)
            return Speaker(speaker.surface, known.id, known.type, known.camp or speaker.camp, known.name_key)
        if known.id != speaker.id and len(words) >= 2:
            memory.named[surname] = speaker  # another person of the same family name, named in full: the bare surname is now theirs
        return speaker

    def _misspelt_foreign(self, words: list[str], memory: ArticleMemory) -> Speaker | None:
        """The foreign person named before with the same given name and a family name one letter apart,
        a slip of transliteration ("فلوريان فيريدي" after "فلوريان فيريري"); not an Arabic name, whose family
        names one letter apart are other families (الشهري، الشمري)."""
        if len(words) != 2 or self._listed_given(words[0]) or words[1].startswith("ال") or len(words[1]) < 5:
            return None
        for known in reversed(list(memory.named.values())):
            theirs = known.name_key.split()
            if (known.type == "person" and len(theirs) == 2 and theirs[0] == words[0] and len(theirs[1]) == len(words[1])
                    and sum(a != b for a, b in zip(theirs[1], words[1])) == 1):
                return known
        return None

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

    def _resolve_title(self, title: str, memory: ArticleMemory) -> Speaker | None:
        for known, sp in reversed(memory.titled):
            if known.startswith(title) or title.startswith(known):
                return sp
        # gazetteer people named in the paragraphs read so far (looked up only when needed, each paragraph once)
        while memory.gazetteer_read < len(memory.ranges):
            a, b = memory.ranges[memory.gazetteer_read]
            memory.gazetteer_seen.extend(self.people[m.key][0] for m in self.people_matcher.finditer(memory.norm, a, b))
            memory.gazetteer_read += 1
        for pid in reversed(memory.gazetteer_seen):
            for known in self._titles.get(pid, []):
                if known.startswith(title) or title.startswith(known):
                    canonical = self._canonical[pid]
                    return Speaker("", pid, "person", canonical[1], normalize(canonical[0]))
        return None

    def named_by_nationality(self, phrase: str, norm: str, memory: ArticleMemory, before: int) -> Speaker | None:
        """"المسؤول الإماراتي"، "الدبلوماسي الروسي": a person noun and a nationality name the
        person the article named right after the nearest earlier mention of that nationality
        ("وزير الدولة الإماراتي للشؤون الخارجية أنور قرقاش"), or None (also when the noun named an
        unnamed source before: "دبلوماسي أميركي ... وأشار الدبلوماسي الأميركي")."""
        head, nationality = (phrase.split() + ["", ""])[:2]
        if len(phrase.split()) != 2 or not head.startswith("ال") or not self._nationality(nationality):
            return None
        floor = max(0, before - 3000)
        if re.search(r"(?<!\w)(?:ال)?" + re.escape(head[2:]) + r"(?!\w)", norm[floor:before]):
            return None  # "مسؤول أمريكي رفيع ... وشرح المسؤول الأميركي": the unnamed source of that noun named before
        mention = last_match(re.compile(r"(?<!\w)(?:ال)?" + re.escape(_strip_article(nationality)) + r"(?!\w)"), norm, floor, before)
        if mention is None:
            return None
        named = self.read_name(norm, mention.end(), min(before, mention.end() + 80), max_skip=6)
        words = named[0].split() if named is not None else []
        if (len(words) >= 2 and named[1] - len(named[0]) - mention.end() <= 60 and (self._listed_given(words[0]) or words[-1] in memory.named)
                and all((self.plain_name(w) and w not in self._preps) or w in NAME_LINKS for w in words)):
            return memory.named.get(words[-1]) or Speaker.person(named[0])
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
        if len(words) == 1 and words[0].startswith("ال") and words[0][2:] in self._title_words:
            return self._named_after_bare_title(words[0][2:], memory, before)
        if len(words) == 2 and all(w.startswith("ال") for w in words):
            # "المدير العام" for "مدير عام الشؤون الصحية ... الأستاذ مطلق الخمعلي"
            return self._named_with_phrase(" ".join(w[2:] for w in words), title, memory, before, past_complement=True)
        return None

    def _named_after_bare_title(self, head: str, memory: ArticleMemory, before: int) -> Speaker | None:
        """"المحافظ" for the person the nearest earlier mention of that title named after a short
        complement: "محافظ اللاذقية إبراهيم خضر السالم" (up to four place, definite, rank or title words,
        then a listed given name and at least one more name word); None if that mention names no one."""
        norm = memory.norm
        floor = max(0, before - 3000)
        mentions = re.finditer(r"(?<!\w)(?:ال|[وفبل]|لل|وال)?" + re.escape(head) + r"(?!\w)", norm[floor:before])
        # (not a mention inside a quotation: 'وقال وزير الطاقة X إنه «يرفض ما قاله وزير الخارجية Y»')
        at = next((floor + m.end() for m in reversed(list(mentions))
                   if norm.count('"', max(floor, norm.rfind("\n", floor, floor + m.start()) + 1), floor + m.start()) % 2 == 0), None)
        if at is None:
            return None
        limit = _before_said(norm, at, min(before, at + 100))
        for k, tok in enumerate(TOKEN.finditer(norm, at, limit)):
            word = tok.group()
            if k > 4 or re.search(r"[.،,؛:()]", norm[at : tok.start()]):
                return None
            if self._listed_given(word):
                named = self.read_name(norm, tok.start(), limit, skip_titles=False)
                if named is None or len(named[0].split()) < 2 or not all(self.name_word(w) for w in named[0].split()):
                    return None
                known = memory.named.get(named[0].split()[-1])
                return known if known is not None and not _other_given(named[0].split(), known) else Speaker.person(named[0])
            if not (word.startswith("ال") or self._is_place(word) or word in self._ranks or word in self._honorifics
                    or word in self._title_words) or _stop_word(word) or word in self.verbs.written:
                return None
        return None

    def named_when_introduced(self, word: str, norm: str, before: int) -> Speaker | None:
        """The person the article introduced as an indefinite ``word`` with a name given by يدعى /
        اسمه ("منح شاب من أهالي الأحساء يدعى X ...") whom the definite word ("الشاب") refers back to."""
        if not word.startswith("ال") or len(word) < 5:
            return None
        floor = max(0, before - 3000)
        bare = last_match(re.compile(r"(?<!\w)[وف]?" + re.escape(_strip_article(word)) + r"(?!\w)"), norm, floor, before)
        named = self.called_name(norm, bare.end(), min(before, bare.end() + 120)) if bare is not None else None
        if named is None or len(named[0].split()) < 2:
            return None
        return Speaker.person(named[0])

    def title_near_name(self, speaker: Speaker, memory: ArticleMemory, before: int) -> Speaker:
        """A short title alone ("role:المدرب") as the named speaker whose name the article wrote
        next to that title word: "أعلن مارسيلو بييلسا استقالته كمدرب لمارسيليا" ... "وقال المدرب";
        else the title itself."""
        words = speaker.id[5:].split()
        if not words or len(words) > 4 or not memory.named or self._agent_of(words):
            return speaker
        head = _strip_article(words[0]) if words[0].startswith("ال") else words[0]
        nisba = words[2] if len(words) > 2 and words[2].startswith("ال") and words[2].endswith("ي") else ""
        near = re.compile(r"(?<!\w)(?:" + DEF_PREFIX + r"|[وفبلك])?" + re.escape(head) + r"(?!\w)"  # (للمدرب too)
                          + (r"\s+(?:ال)?" + re.escape(_strip_article(words[1])) + r"(?!\w)(?:\s+(ال\w+ي)(?!\w))?" if len(words) > 2 else ""))
        # (a longer title: its first two words, the second with or without the article: "رئيس جمعية" for "رئيس الجمعية";
        # a different nisba after them is another title: "رئيس الاتحاد الآسيوي" is not "رئيس الاتحاد الأوروبي")
        for person in reversed(list(memory.named.values())):
            if person.type != "person" or not person.name_key or person.name_key.split()[0] == head:
                continue  # (not "حاكم ولاية تكساس" for "حاكم الزاملي": the title word is that person's given name)
            surname = person.name_key.split()[-1]
            if " " not in person.name_key and not self._given_before(surname, memory.norm, before):
                continue  # a single word that the article never wrote as a full name may be a misreading
            at = memory.norm.rfind(surname, max(0, before - 3000), before)
            while at >= 0:
                found = near.search(memory.norm, max(0, at - 40), min(before, at + len(surname) + 40))
                if found is not None and not (nisba and found.lastindex and found.group(1) != nisba):
                    return Speaker("", person.id, "person", person.camp or speaker.camp, person.name_key)
                at = memory.norm.rfind(surname, max(0, before - 3000), at)
        return speaker

    def _comma_before_title(self, norm: str, at: int, floor: int) -> int | None:
        """Offset of the comma (or semicolon) between a name and the title at ``at``: right before the
        title ("X، أمير منطقة نجران"), or before the first of titles joined by و ("X؛ نائب رئيس الدولة
        ورئيس مجلس الوزراء وحاكم دبي"); None if there is none."""
        lead = norm[max(floor, at - 3) : at].rstrip()
        if lead.endswith(("،", ",", "؛")):
            return max(floor, at - 3) + len(lead) - 1
        if at > floor and norm[at - 1] == "و":
            start = max(floor, at - 100)
            chain = norm[start:at]
            cut = max(chain.rfind("،"), chain.rfind(","), chain.rfind("؛"))
            first = TOKEN.search(chain, cut + 1) if cut >= 0 else None
            if first is not None and first.group() in self._title_words and not re.search(r'[.:"]', chain[cut + 1 :]):
                return start + cut
        return None

    def _named_with_phrase(self, phrase: str, title: str, memory: ArticleMemory, before: int, *,
                           past_complement: bool = False) -> Speaker | None:
        norm = memory.norm
        floor = max(0, before - 3000)
        if norm.find(phrase, floor, before) < 0:
            return None  # (most titles were not written before: no pattern to build)
        # the title followed by a space or a comma ("برئاسة مدير عام السجون، اللواء X")
        starts = [(m.start(), m.group(1) is None or m.group(1) in self._ranks or self._listed_given(m.group(1)))
                  for m in re.finditer(re.escape(phrase) + r"(?:(?=\s)|\s*[،,]\s*(?=(\S+)))", norm[floor:before])]
        # (after a comma only a rank or a listed given name opens the name: not "أمير منطقة القصيم، أحر التعازي";
        # the name may then have come before the title)
        body_named_after = any(w in self.naming_nouns for w in clitic_forms(phrase.split()[-1]))
        # (a title ending in the body it serves, "المدير العام لشركة": the words after it name the company)
        phrase += " "
        while starts:
            at, name_after = starts.pop()
            at += floor
            if at and norm[at - 1].isalnum() and norm[at - 1] not in "وفل":
                continue
            name_after = name_after and not body_named_after
            if body_named_after:
                before_words = norm[max(floor, at - 80) : at].split()
                known = memory.named.get(before_words[-1]) if before_words else None  # (looked up by its surname)
                if (known is not None and known.type == "person" and " " in known.name_key
                        and before_words[-len(known.name_key.split()):] == known.name_key.split()):
                    return known  # "عن X المدير العام لشركة Y": the person named right before the title
            if name_after:
                pos = at + len(phrase)
                for tok in TOKEN.finditer(norm, pos, min(before, pos + 60)):
                    word = tok.group()
                    if word not in self._title_words and not self._honorific_word(word):
                        break
                    pos = tok.end()  # (and "صاحب السمو الملكي الأمير": honorifics before the name)
                place = re.match(r"\s+(?:في|ب)\s*(\w+)", norm[pos : pos + 40])
                if place is not None and self._is_place(place.group(1)):
                    pos += place.end()  # "المدير العام لإدارة الطوارئ في ألبانيا شامسي براتشي": where, then the name
                # (``past_complement``: the title's complement, then the name: "مدير عام الشؤون الصحية ... X";
                # so too a complement opened by ب / ل: "وزير الدولة" for "وزير الدولة بوزارة الاتصالات ... المهندس X")
                nxt = TOKEN.match(norm, pos + (norm[pos : pos + 1] == " "))
                complement = past_complement or (nxt is not None and nxt.group()[:1] in "بل" and nxt.group() not in self._given_names)
                principal = nxt is not None and self._principal_title(nxt.group(), construct=True)
                if principal and (known := self._known_right_before(norm, at, floor, memory) or self._ranked_right_before(norm, at, floor)):
                    return known  # "الدكتور X السكرتير الخاص لرئيس الجمهورية Y": X, named right before; Y is whom he serves
                limit = _before_said(norm, pos, min(before, pos + 80))  # (not into what the titled person said: 'للشركة: "إن ..."')
                named = self.read_name(norm, pos, limit, skip_titles=complement, max_skip=8)
                lead = named[0].split()[0] if named is not None else ""
                skipped = norm[pos : named[1] - len(named[0])].split() if named is not None else []
                if (named is not None and len(named[0].split()) >= 2 and (not complement or self.name_word(lead))
                        and not (lead.endswith("ات") and lead in self._common_words)
                        and not any(w in self._adjuncts for w in skipped)):  # (not "الأمين العام للأمم المتحدة بشدة قتل رضيع")
                    # (past a complement, not "رئيس مجلس الشورى خادم الحرمين ـ حفظه الله": the object of his
                    # verb; not "مدير عام قنوات «فوكس»": a plural noun, the title's complement)
                    name = named[0]
                    known = memory.named.get(name.split()[-1])
                    return known if known is not None and not _other_given(name.split(), known) else Speaker.person(name, self.camp_in(title))
            c = self._comma_before_title(norm, at, floor)
            if c is not None:
                # "الأمير جلوي بن عبدالعزيز، أمير منطقة نجران": the name came before the title
                got = self._subject_in(norm, max(floor, c - 120), c, c, memory)
                if got is not None and got[0].name_key and len(got[0].name_key.split()) >= 2:
                    return memory.named.get(got[0].name_key.split()[-1]) or got[0]
            known = self._known_right_before(norm, at, floor, memory) or self._ranked_right_before(norm, at, floor)
            if known is not None:
                return known
        return None

    def _honorific_word(self, word: str) -> bool:
        """A rank or honorific that may stand before a name ("صاحب السمو الملكي الأمير")."""
        return word in self._ranks or word in self._honorifics or word == "الملكي"

    def _ranked_right_before(self, norm: str, at: int, floor: int) -> Speaker | None:
        """A full name after a rank, written right before the title at ``at`` (or a chain of titles ending
        there) with no stop between, outside any statement: "برئاسة المهندس X أمين الطائف رئيس اللجنة"
        for "وأكد رئيس اللجنة"."""
        start = max(floor, at - 80)
        tokens = list(TOKEN.finditer(norm, start, at))
        k = next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].group() in self._ranks), None)
        if k is None:
            return None
        rank = tokens[k]
        while k and (self._honorific_word(tokens[k - 1].group()) or (tokens[k - 1].group()[:1] in "لب" and self._honorific_word(tokens[k - 1].group()[1:]))):
            k -= 1  # ("لصاحب السمو الملكي الأمير X مستشار ...": the honorifics before the rank)
        first = tokens[k].group()
        if (first[:1] in "لب" and self._honorific_word(first[1:])) or (k and tokens[k - 1].group() in self._preps):
            return None  # "شكره لصاحب السمو الملكي الأمير X": the one addressed, not the one who holds the title here
        named = self.read_name(norm, rank.end(), at, skip_titles=False)
        if named is None or len(named[0].split()) < 2 or not self._listed_given(named[0].split()[0]):
            return None
        gap = norm[named[1] : at].split()
        if (re.search(r'[.،,؛:"()]', norm[rank.end() : at]) or len(gap) > 6 or (gap and not self._is_role_word(gap[0]))
                or any(w in self.verbs.written for w in gap)):
            return None
        return Speaker.person(named[0])

    def _known_right_before(self, norm: str, at: int, floor: int, memory: ArticleMemory) -> Speaker | None:
        """A person named in full in a statement, written right before the title at ``at`` or before a
        chain of titles ending there, with no stop between: "الأمير خالد الفيصل مستشار خادم الحرمين
        الشريفين أمير منطقة مكة المكرمة" for "وقال سمو أمير منطقة مكة المكرمة"."""
        start = max(floor, at - 80)
        for person in reversed(list(memory.named.values())):
            if person.type != "person" or len(person.name_key.split()) < 2:
                continue
            end = norm.rfind(" " + person.name_key.split()[-1], start, at)
            if end < 0:
                continue
            gap = norm[end + 1 + len(person.name_key.split()[-1]) : at].split()
            if (not re.search(r'[.،,؛:"()]', norm[end:at]) and len(gap) <= 6
                    and (not gap or self._is_role_word(gap[0])) and not any(w in self.verbs.written for w in gap)):
                return person
        return None
