"""framing.names: the word classes of names and titles, and names read forwards."""

from __future__ import annotations

import re

from .speaker_base import (
    ACCORDING_WORDS, CONTENT_MARKER, CONTENT_NEXT, NAME_LINKS, PATRON_TITLES, SOURCE_NOUNS, THAT, TOKEN, _AFTER_WEEKDAY, _CLAUSE_BREAK, _DEF, _DERIVED_PARTICIPLE,
    _NAME_BREAK, _NUMBER_WORDS, _ON_BEHALF, _ORDINALS, _QUANTIFIERS, _RANK_GRADES, _WEEKDAYS, _ba_masdar, _derived_present, _looks_like_name,
    _masdar, _stop_word, _strip_article, _unnamed_group, _without_pronoun, _words_before_mentions, clitic_forms, strip_clitics,
)
from .text import INITIALS


_LED_BY = {"قياده", "رياسه", "اداره"}  # "تحت قيادة X"، "برئاسة X": led by a person, not an organisation's name


_RELATIVE_NEXT = re.compile(r"\s+(?:الذي|التي)(?!\w)")  # a relative clause right after a word
_LETTER_INITIALS = re.compile(r"(?:[\u0621-\u064a]\.){1,3}")  # initials of single letters, each with its dot: "ن.ن."
_THE_OFFICIAL = frozenset({"المسوول", "المسووله", "المسيول", "المسيوله"})  # المسؤول(ة), also spelled with ئ, once normalised
_OVER = re.compile(r"\s*علي\s+")  # على after a title: "المشرف على"
_TIME_AFTER = re.compile(r"\s*بعد(?:ما)?\s")  # "after" (a time), not ب and a title's complement
_OVER_BEFORE = re.compile(r"([^\s،,.:\"]+)\s+علي(?:\s+[^\s،,.:\"]+)?\s*$")  # a title, على and a word, before a position
_INNER_DASH = re.compile(r"(?<=\w)[-–—](?=\w)")  # a dash between two letters of one token
PREPS_BEFORE_ALI = frozenset({"عن", "من", "مع", "لدي"})  # no preposition follows these: علي after them is the name
_ACCORDING_ASIDE = re.compile(r"\s*[،,]\s*[وف]?(?:" + ACCORDING_WORDS + r"|نقلا|كما)(?!\w)")  # "، وفق ما نقلت عنه X،"
_ASIDE_NEXT = re.compile(r"\s*[،,]?\s*(?:وهو|وهي)(?!\w)")  # an aside on the person named right before
_COMPOUND_SECOND = frozenset({"الدين", "الله", "الاسلام", "الرحمن", "الهدي", "النور", "الحق", "الزمان"})  # "علم الدين"، "نور الهدى"
PREPS_AFTER_ALI_NAME = frozenset({"عن", "في", "الي", "خلال", "لدي"})  # nor precedes على: "الأمير علي عن قلقه"
_AYATOLLAH = ["ايه", "الله"]  # a cleric's honorific before his name, no part of it: "آية الله علي السيستاني"


_SPEAKS_FOR = re.compile(r"^(?:ال)?(?:متحدث|ناطق|رسمي)|^(?:ال)?(?:مستشار|وكيل|ممثل)")  # titles that speak for someone: "المتحدث باسم"


class NameReading:
    """A mixin of ``SpeakerReader``: which words may be names, titles, places or organisations,
    and the name a phrase holds (``read_name``); it uses the reader's lexicon sets."""

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
        return self._listed_given(word) or word in self.people

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

    def _verb_with_pronoun(self, word: str) -> bool:
        """Whether ``word`` is a reporting verb's form with an object pronoun, after و or ف or not
        ("ووصفه"، "رفضه")."""
        bare = _without_pronoun(word)
        return bare != word and self.verbs.lookup(bare) is not None and not self._listed_given(word) and word not in self.people

    def _din_name(self, words: list[str], i: int) -> bool:
        """Whether words[i] opens a compound given name in الدين with a name after it ("نجم الدين
        الأنديجاني"), not a title or a noun ("رجل الدين X"، "علماء الدين")."""
        if i + 2 >= len(words) or words[i + 1] != "الدين":
            return False
        w, after = words[i], words[i + 2]
        return (not _DEF.match(w) and _looks_like_name(w) and not _stop_word(w)
                and (not self._is_role_word(w) or (i > 0 and words[i - 1] in self._ranks))  # ("الدكتور نجم الدين": نجم 'star' a title elsewhere)
                and w not in self._ranks and w not in self._anon_words and not w.endswith(("ين", "ون", "اء"))
                and (self._name_like(after) or (after.startswith("ال") and self.plain_name(after) and after[2:] not in self._common_words)))

    def _name_like(self, word: str) -> bool:
        """A word that may be a name: no common word, verbal noun, verb, function word or ب / ل phrase."""
        return not _DEF.match(word) and word[:1] not in "بل" and self.plain_name(word)

    def _complement_before_name(self, words: list[str], i: int, before: str = "") -> bool:
        """Whether words[i], a common noun right after a title word (``before`` when i is 0), is the complement the title
        governs, with only adjectives after it before a listed given name and another name word ("مدربة مسار البحث
        العلمي زينب العيسى")."""
        w = words[i]
        if not (w in self._common_words and not self._listed_given(w) and w not in self.people
                and self._is_role_word(words[i - 1] if i else before)):
            return False
        k = i + 1
        while k < len(words) - 1 and k <= i + 3 and _DEF.match(words[k]) and not self._listed_given(words[k]):
            k += 1
        return k > i + 1 and k < len(words) - 1 and self._listed_given(words[k]) and (
            self._name_like(words[k + 1]) or (words[k + 1].startswith("ال") and not self._not_name(words[k + 1])))

    def _inflected_noun(self, word: str, nxt: str = "") -> bool:
        """A common noun in a form no name takes: a verbal noun with "your" ("إعطاءك كلمة السر") or a noun in ة in the
        dual construct, ``nxt`` no name word ("قائمتا «خبرة وشباب»": two lists; not "مارتا فيسوكا")."""
        return (word.endswith("ك") and _masdar(word[:-1])) or (
            word.endswith("تا") and word[:-2] + "ه" in self._common_words and not (nxt and not _DEF.match(nxt) and self._name_like(nxt)))

    def _tribal_nisba(self, word: str) -> bool:
        """Whether ``word`` may be a tribe's nisba closing a name after another family name in ـي
        (الحارثي، القحطاني): no common noun or adjective, nationality, place or title."""
        return (word.startswith("ال") and word.endswith("ي") and len(word) >= 6 and word[2:] not in self._common_words
                and word not in self._common_words and not self._nationality(word) and not self._is_place(word[2:])
                and not self._is_role_word(word) and not self._not_name(word) and word not in self._never_in_names)

    def _tribe_next(self, norm: str, tokens: list, words: list[str], j: int) -> bool:
        """Whether words[j], in the same run as the word before it, is a tribe's nisba that still
        belongs to the name (no relative clause after it: "X الحارثي المستوى الذي")."""
        return (j < len(words) and not _NAME_BREAK.search(norm, tokens[j - 1].end(), tokens[j].start())
                and self._tribal_nisba(words[j]) and not _RELATIVE_NEXT.match(norm, tokens[j].end()))

    def ali_is_name(self, words: list[str], before: str = "") -> bool:
        """Whether words[0], علي once normalised, is the name rather than the preposition (see
        ``_ali_name``; ``before`` is the word before it)."""
        return self._ali_name(words, 0, before)

    def _no_ala(self, word: str) -> bool:
        """Whether ``word`` is a verb of saying that takes no على (no_ala in verbs.tsv: قال، أضاف، أوضح): علي
        after it is the name."""
        verb = self.verbs.lookup(word) if word else None
        return verb is not None and verb.no_ala

    def _ali_name(self, words: list[str], i: int, before: str = "", *, then_content: bool = False, closed: bool = False) -> bool:
        """Whether words[i] is the name علي rather than the preposition على (both علي once
        normalised; ``before`` is the word before words[0]): before آل / بن / عبد or after بن / ابن /
        عبد ("أحمد بن علي"، "فاطمة عبد علي"); before a family name with the article when the word before is no
        title that takes على ("المشرف العام على إدارة ..."); after a rank, before any name-like
        word ("العميد علي ردمان قحطان"; but "وشدد العقيد على أهمية"); after another title, before
        two name-like words ("السفير علي عواض عسيري")."""
        if words[i] != "علي":
            return False
        prev, nxt = (words[i - 1] if i else before), words[i + 1] if i + 1 < len(words) else ""
        if nxt in ("ال", "بن", "عبد") or prev in ("ابن", "بن", "عبد"):
            return True
        if not nxt:  # علي closing the phrase after a listed given name: "وقال أحمد علي، إن"
            return i > 0 and self._listed_given(prev)
        if i > 0 and self._listed_given(prev) and nxt in PREPS_AFTER_ALI_NAME:
            return True  # "وقال المدير محمد علي في أحد التقارير": after a listed given name, before a preposition
            # (على never stands right before one)
        if before in PREPS_BEFORE_ALI and not i and _looks_like_name(nxt) and not _DEF.match(nxt) and not _stop_word(nxt):
            return True  # "نقلت رويترز عن علي أحمدي": no preposition follows another
        if (not i and self._no_ala(before) and self._listed_given(nxt) and i + 2 < len(words) and _DEF.match(words[i + 2])
                and not self._is_role_word(words[i + 2]) and not self._not_name(words[i + 2])):
            return True  # "قال علي سليمان الدخيل": a verb of saying that takes no على, then a given and a family name
        if not i and self._no_ala(before) and ((then_content and self._listed_given(nxt)) or (
                i + 2 < len(words) and self._is_role_word(words[i + 2]) and not _DEF.match(nxt) and not _stop_word(nxt)
                and nxt not in self._never_in_names and not nxt.endswith(("ه", "ها", "هم")))):
            return True  # "وقال علي مسفر إنه"، "وقال علي أحمدي المتحدث باسم ...": after such a verb, a given name and
            # the content, or a name word and a title (not "وقال على تويتر إنه"، "وأضاف على حسابه")
        if before == "و" and not i and nxt.startswith("ال") and nxt[2:] not in self._common_words and not self._not_name(nxt) \
                and nxt not in self._never_in_names and not self._is_place(nxt[2:]):
            return True  # "أكد محمد محسن، وعلي العطاس": و and the name before a family name (not "وعلى الرغم"، "وعلى الرياض")
        if nxt == "اكبر" and i + 2 < len(words) and self._name_like(words[i + 2]):
            return True  # "علي أكبر صالحي" (but "على أكبر عدد")
        if (self._listed_given(prev) and self._name_like(nxt) and nxt not in self._given_names
                and (i + 2 >= len(words) or not _DEF.match(words[i + 2]) or self._is_role_word(words[i + 2]))):
            return True  # "محمد علي جعفري"، "محمد علي مارم السكرتير" (but "أكد محمد على أهمية"، "حسين على هدير الحفار")
        family_then_content = (nxt.startswith("ال") and len(nxt) >= 5 and not self._not_name(nxt) and nxt not in self._never_in_names
                               and ([w.strip('"') for w in words[i + 2 : i + 3]] in (["ان"], ["بان"], ["قوله"]) or (closed and i + 2 == len(words))))
        # (a family name, then the content right after it or, ``closed``, a comma: على and its object never stand there)
        if family_then_content and (self._nationality(prev) or (
                self._listed_given(prev) and not _masdar(nxt[2:]) and (nxt[2:] not in self._common_words or nxt.endswith("ي")))):
            return True  # "وقال وزير النفط الكويتي علي العمير إن": after a nationality, any family name (even one the corpus
            # counts as a noun); "محمد علي النقي أن": after a listed given name, one that is no verbal noun nor a common word
        family = (nxt.startswith("ال") and nxt[2:] not in self._common_words and not self._not_name(nxt)
                  and nxt not in self._never_in_names)  # (not على الإنترنت، على المستوى)
        family_nisba = nxt.startswith("ال") and nxt.endswith("ي") and len(nxt) >= 6 and not self._not_name(nxt)  # (العمري, also "my age")
        if ((family or family_nisba) and self._listed_given(prev) and i + 2 < len(words) and self._is_role_word(words[i + 2])
                and not self._is_role_word(nxt)):
            return True  # "الدكتور محمد علي العمري المستشار الخاص": a given name, علي, a family name, then a title
        if prev in self._ranks:
            nisba = nxt.startswith("ال") and nxt.endswith("ي") and len(nxt) >= 6 and not self._not_name(nxt)  # ("الدكتور علي العمري")
            return family or nisba or nxt in self._name_openers or nxt in PREPS_AFTER_ALI_NAME or self._name_like(nxt) or (
                not _DEF.match(nxt) and nxt not in self._common_words and self.plain_name(nxt)) or (  # "المقدم علي عميرال جرمان الشهراني"
                not _DEF.match(nxt) and not _stop_word(nxt) and i + 2 < len(words) and self._tribal_nisba(words[i + 2]))
            # ("المقدم على عمير الشهراني": a name word that is also a noun, then a family name in ـي)
        if prev in self._title_words and prev not in self._in_charge and i + 2 < len(words) and self._name_like(nxt):
            return self._name_like(words[i + 2]) or words[i + 2].startswith("ال") or words[i + 2] in PREPS_AFTER_ALI_NAME
            # "السفير علي عواض عسيري"، "تحدث الشاعر علي عاشور عن تجربته" (على and its object do not stand before عن)
        if prev in self._title_words and prev not in self._in_charge and i + 2 == len(words) and self._listed_given(nxt):
            return True  # "أشار المواطن علي إبراهيم إلى أن": a title, then علي and a given name closing the phrase
        if (prev in self._title_words and prev not in self._in_charge and i + 2 < len(words) and not _DEF.match(nxt) and not _stop_word(nxt)
                and nxt not in self._common_words and self.plain_name(nxt) and self._tribal_nisba(words[i + 2])):
            return True  # "يقول المواطن علي مفرح الهروبي": a title, then علي, a name word and a family name in ـي (على, an
            # indefinite noun and a definite adjective do not agree)
        if (prev not in self._in_charge and self._name_like(nxt) and i + 2 < len(words) and words[i + 2].startswith("ال")
                and (words[i + 2][2:] not in self._common_words
                     or (self._listed_given(nxt) and words[i + 2].endswith("ي")))
                and not self._not_name(words[i + 2])):
            return True  # "بمحافظة هروب علي موسى الذيبي"، "بمدينة عدن علي سعيد الاحمدي": a given name, a father's and a family name
        if (closed and i + 2 == len(words) and prev and prev not in self._in_charge and prev not in self._title_words and len(nxt) >= 3
                and self._name_like(nxt) and not self._not_name(nxt) and nxt not in self._never_in_names
                and not nxt.endswith(("ه", "ها", "هم"))):
            return True  # "قال الأمين العام للنادي علي فقندش:": علي and one more name-like word closing the phrase
            # before its content (على and its object do not stand alone before a colon or أن; but a noun with
            # a pronoun may: "أكد اللاعب على جاهزيته،"; and after a bare title the object of رد/علق على may:
            # "ورد الوزير على كيري:")
        title = words[i - 2] if i >= 2 else before if i == 1 else ""
        if (title and prev.startswith("ال") and prev.endswith("ي") and len(prev) >= 6 and self._is_role_word(title)
                and self._name_like(nxt) and len(nxt) >= 3):
            return True  # "المدرب الوطني علي كميخ": a title and its nisba adjective, then the name
        if not prev and family and ((nxt.endswith("ي") and len(nxt) >= 5) or (then_content and nxt not in self._never_in_names)):
            return True  # "وقال علي القرني، المتحدث ...": right after the verb, before a family name in ـي, or any
            # family name the content follows ("وقال علي الريشان : ...")
        if (self._nationality(prev) and self._listed_given(nxt) and i + 2 < len(words) and words[i + 2].startswith("ال")
                and len(words[i + 2]) >= 5 and not words[i + 2].endswith(("ين", "ون", "ات")) and not self._not_name(words[i + 2])):
            return True  # "وزير النفط الكويتي علي صالح العمير": after a nationality, a listed given name and a family name
            # (not "الكويتي على صالح المواطنين": a plural)
        if (self._nationality(prev) and not _DEF.match(nxt) and self.plain_name(nxt) and len(nxt) >= 4
                and not (nxt[:1] in "بل" and (nxt[1:] in self._common_words or _masdar(nxt[1:]) or _DEF.match(nxt[1:])))
                and nxt not in self._never_in_names and not self._is_place(nxt) and not nxt.endswith(("ه", "ها", "هم"))):
            return True  # "ونفى رئيس البرلمان الإيراني علي لاريجاني ما قاله": after a nationality, علي before a name-like
            # word (على there takes a common noun, a place or a pronoun: "على ضرورة"، "تغلب المنتخب السعودي على لبنان")
        nisba_then_content = (nxt.startswith("ال") and nxt.endswith("ي") and len(nxt) >= 6
                              and [w.strip('"') for w in words[i + 2 : i + 3]] in (["ان"], []))  # (or «إن: 'علي الحربي: «إن')
        # ("البائع علي العامري أن": a family name the lexicon also counts as a word, then the content; على never
        # takes a bare adjective before أن)
        return bool(prev) and prev not in self._in_charge and (family or nisba_then_content)

    def _nisba_adjective_after(self, words: list[str]) -> bool:
        """An indefinite common noun with its adjective in ـية ("أمطار رعدية"، "مصادر أمنية") among
        the first words: a noun phrase, not a name (no given name or surname is such an adjective)."""
        for k in (1, 2):
            if k < len(words) and words[k].endswith("يه") and len(words[k]) >= 5 and not _DEF.match(words[k]) \
                    and not self._listed_given(words[k]) and words[1] in self._common_words:
                return True
        return False

    def _common_first(self, norm: str, s: int, words: list[str]) -> bool:
        """A common noun opens the phrase ("جنرال في"، "دور البريد"), unless a name-like word
        follows it ("جيل فارو"، "غزال عبد الله"), it is quoted ("وقالت "فارو""), or the article
        used it earlier as the surname after a known given name ("عاصم جهاد" ... "وأشار جهاد")."""
        first = words[0]
        if first not in self._common_words or first in self._name_openers or norm[max(0, s - 2) : s].strip() == '"':
            return False
        second = words[1] if len(words) > 1 else ""
        if (second and not _DEF.match(second) and second not in self._common_words and not self._not_name(second) and not _stop_word(second)
                and not (len(words) > 2 and _DEF.match(words[2]) and not self._listed_given(second) and second not in NAME_LINKS
                         and not self._is_role_word(words[2]) and not self._nationality(words[2]) and not words[2].startswith("الم"))):
            return False  # (but "رفضت قرار رفع العقوبة": a chain of nouns in construct, the last with the article; not
            # "هوي لي المحلل"، "جهاد نواجعة المولود": a name, then a title or a participle describing him)
        if (second and len(words) > 2 and not _DEF.match(second) and len(second) >= 3 and not _DEF.match(words[2])
                and self._is_role_word(words[2])
                and any(w in self.verbs.written for (w,) in _words_before_mentions(second, norm, min(len(norm), s + 3000), 1, window=3000))):
            return False  # "رفض إيدي هوي مدرب بورنموث" and later "وقال هوي": words spelled like nouns, then a title,
            # and the second the subject of a reporting verb elsewhere: a name
        # (a word alone, "يقول كيني:", after "مايكل كيني" earlier: any given name)
        alone = len(words) == 1 and CONTENT_NEXT.match(norm, s + len(first)) is not None
        return not self._given_before(first, norm, s, listed_only=not alone)

    def _given_before(self, surname: str, norm: str, before: int, *, listed_only: bool = False) -> bool:
        """Whether the article wrote ``surname`` after a given name somewhere before ``before``
        ("مارسيلو بييلسا"), not only after a title, a number or a relative pronoun. With
        ``listed_only``, only a given name of ``given_names.tsv`` counts."""
        return any(self._listed_given_word(word) or (not listed_only and self._unlisted_given(word))  # (also in a list: "وعصام الصغير")
                   for (word,) in _words_before_mentions(surname, norm, before, 1))

    def _given_basim(self, words: list[str], i: int, closed: bool, before: str = "") -> bool:
        """Whether words[i] is the given name باسم ending a title ("مدير الأكاديمية باسم اللهيبي، أن"), not
        "on behalf of" after a spokesman's title ("المتحدث باسم الشرطة"): a word with the article before it,
        one plain name after it, and the phrase closed there; or right after a rank ("الأستاذ باسم الغامدي"; ``before``
        is the word before words[0]), or right after a verb with a title after its family name."""
        prev = words[i - 1] if i else before
        return (words[i] == "باسم" and i < len(words) - 1 and self.plain_name(words[i + 1]) and (
            prev in self._ranks or (0 < i == len(words) - 2 and closed and _DEF.match(prev) is not None and not _SPEAKS_FOR.search(prev))
            or (not i and prev in self.verbs.written and i + 2 < len(words) and self._is_role_word(words[i + 2]))))
        # (or right after a verb, a title after the family name: "أكد باسم منقل أمين عام نادي الوحدة أن")

    def _unlisted_given(self, word: str) -> bool:
        """A word that may be a given name the lexicon lacks: no article, number, title or common word."""
        return not (_DEF.match(word) or word[0].isdigit() or _stop_word(word) or word in self._common_words
                    or self._is_role_word(word) or self._not_name(word) or word in self.verbs.written)

    def name_of_surname(self, surname: str, norm: str, before: int) -> str | None:
        """The full name a bare ``surname`` had when the article last wrote it before: after a listed
        given name, or after an unlisted one that follows a word with the article ("الممثل الخاص
        برناردينو ليون" -> برناردينو ليون; not "وتدير اجوكو": a verb), or None. Stricter than
        ``written_full_name``, which takes any plain word before a family name the article opened with."""
        for lead, word in reversed(_words_before_mentions(surname, norm, before, 2)):
            if '"' in word:
                continue  # ('الترحيب ب"أليكس شيفر"': a preposition and a quotation mark joined to the given name)
            given = self._listed_given_word(word) or (
                word if _DEF.match(lead) and word[:1] not in "يتو" and self._unlisted_given(word) else None)
            if given is not None and lead not in NAME_LINKS:
                return f"{given} {surname}"
        return None

    def _full_name_before(self, surname: str, norm: str, before: int) -> bool:
        """Whether the article wrote ``surname`` earlier as the end of a full name after a title
        or in a nasab: "المدرب راضي الشبعان"، "ممدوح بن فالح الثقيل" (the given name unlisted)."""
        for lead, given in _words_before_mentions(surname, norm, before, 2):
            if given == "علي" and ((lead.startswith("ال") and lead.endswith("ي") and len(lead) > 4) or lead in self._ranks):
                return True  # "وزير النفط الكويتي علي العمير"، "الأستاذ علي النقيدان": the name علي after a nisba or a rank
            if given.startswith("ال") or self._not_name(given) or _stop_word(given):
                continue
            if lead in NAME_LINKS or (given not in self._common_words and (
                    lead in self._ranks or lead in self._name_openers or (_DEF.match(lead) and lead in self._title_words)
                    or self._nationality(lead) or self._listed_given(given))):
                return True  # (after بن the word is a name even if it is also a common word: فالح; "المطرب العراقي كاظم الساهر")
        return self.titled_full_name(surname, norm, before) is not None

    def titled_full_name(self, surname: str, norm: str, before: int) -> str | None:
        """The full name the article wrote earlier for ``surname`` after a title and its complement:
        "رئيس نادي الخليج فوزي الباشا" -> فوزي الباشا (the given name unlisted), or None."""
        for *head, lead, given in reversed(_words_before_mentions(surname, norm, before, 4)):
            if (_DEF.match(lead) and not _DEF.match(given) and given not in self._common_words and not self._not_name(given)
                    and not _stop_word(given) and _looks_like_name(given)
                    and any(w in self._title_words and not _DEF.match(w) for w in head)
                    and all(w in self._title_words or self._is_org(w) or _DEF.match(w) for w in head)):
                return f"{given} {surname}"
            if _DEF.match(lead) and lead in self._title_words and self._listed_given(given):
                return f"{given} {surname}"  # "مع اللاعب رياض العريني": a title with the article, then a listed given name
        return None

    def listed_full_name(self, surname: str, norm: str, before: int) -> str | None:
        """``surname`` with the listed given name the article last wrote right before it (also in a list,
        after و: "وعصام الصغير" -> عصام الصغير), or None."""
        pattern = r"(?<!\S)(?:(\S+) )?(\S+) " + re.escape(surname) + r"(?!\w)"
        for link, word in reversed([m.groups() for m in re.finditer(pattern, norm[max(0, before - 3000) : before])]):
            given = self._listed_given_word(word)
            if given and link not in NAME_LINKS:  # (not the father closing a nasab: "ممدوح بن فالح الثقيل")
                return f"{given} {surname}"
        return None

    def _listed_given_word(self, word: str) -> str | None:
        """The listed given name ``word`` is, also after و in a list ("وعصام" -> عصام), or None."""
        if self._listed_given(word):
            return word
        return word[1:] if word[:1] == "و" and self._listed_given(word[1:]) else None

    def written_full_name(self, surname: str, norm: str, before: int) -> str:
        """``surname`` with the given name the article last wrote right before it ("عبداللطيف آل الشيخ" for
        "آل الشيخ"، "جيمس بالمير" for "بالمير"; not the father closing a nasab: "بن عبدالملك آل الشيخ"), or
        ``surname`` alone."""
        for lead, given in reversed(_words_before_mentions(surname, norm, before, 2)):
            if lead not in NAME_LINKS and not _DEF.match(given) and self.plain_name(given):
                return f"{given} {surname}"
        return surname

    def full_name_of_given(self, given: str, norm: str, before: int) -> str | None:
        """The full name the article wrote earlier for a listed given name used alone, after a title, rank or
        nationality: "وأوضحت هدى أن" after "الفنانة الكويتية هدى حسين" -> هدى حسين (the last one written)."""
        found = None
        lo = max(0, before - 3000)
        if norm.find(f" {given} ", lo, before) < 0:
            return None  # (most words are not written earlier with another word after them: no regex scan)
        pattern = r"(?<!\S)(\S+) " + re.escape(given) + r" ([^\s،,.:\"()]+)"
        for lead, family in re.findall(pattern, norm[lo:before]):
            if not (lead in self._ranks or (_DEF.match(lead) and (lead in self._title_words or self._is_role_word(lead)))
                    or self._nationality(lead, feminine=True)):
                continue
            if self._name_like(family) or (family.startswith("ال") and not self._not_name(family) and family[2:] not in self._common_words):
                found = f"{given} {family.replace('-', ' ')}"  # ("تشونغ مونغ-جون": a hyphenated name read as words)
        return found

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
                        or (nxt.endswith("ه") and not self._listed_given(nxt))):
            return None
        return word, toks[0].end()

    def _family_name_after_ibn(self, word: str) -> bool:
        """Whether ابن + ``word`` is a family name (ابن بطال، ابن كيران), not "the son of X"
        (ابن الضحية، ابن محمد، ابن عمه)."""
        return (not _DEF.match(word) and not word.endswith(("ها", "هم")) and not self._possessed_noun(word)
                and not self._kin_with_pronoun(word) and word not in self._common_words
                and not self._listed_given(word) and not self._not_name(word)
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

    def _kin_with_pronoun(self, word: str, pronoun: str = "ه") -> bool:
        """A relative or colleague with a possessive pronoun: "زميله"، "زوجته"، "عمه" (with ``pronoun`` ي,
        the writer's own: "زميلي"، "والدي")."""
        return word.endswith(pronoun) and word[: -len(pronoun)] in self._kin_stems

    def relative_of(self, word: str) -> bool:
        """A relative with a pronoun that cannot be read as ة: "زوجته"، "ابنتها"، "شقيقهم" (not "والده",
        which is also والدة)."""
        return (word.endswith("ته") and self._kin_with_pronoun(word)) or any(self._kin_with_pronoun(word, p) for p in ("ها", "هم"))

    def _ends_name(self, word: str, core: int = 0, nxt: str = "") -> bool:
        """A word that ends a name read forwards (after ``core`` name words; ``nxt`` follows it): a
        relative ("حسن عسيري زميله"), a noun in ـته with its pronoun ("لاكازيت رغبته"), and, as
        the third word, any common noun with its pronoun ("فاطمة عبدالله طالبة"، "مورينيو رحيله كمدرب")."""
        if (word.endswith("ته") and self._possessed_noun(word)) or self._kin_with_pronoun(word):
            return True
        return core >= 2 and (self._possessed_noun(word) or (
            len(word) == 5 and word[2] == "ي" and word.endswith("ه") and word not in self._name_openers
            and nxt[:1] in ("ك", "ل", "ب") and not _DEF.match(nxt)))

    def _given_after_region(self, words: list[str], k: int) -> int | None:
        """Where a listed given name opens a name after a region of two to four words opening with a
        place's name with the article ("الشرق الاوسط وشمال افريقيا"), starting at words[k]; else None."""
        if k >= len(words) or not (_DEF.match(words[k]) and (self._is_place(words[k]) or self._is_place(words[k][2:]))):
            return None  # (a region opens it: not "مدربة في التنمية البشرية آسيا ...")
        j = k
        while j < len(words) and j - k < 4 and not self._listed_given(words[j]):
            if words[j] in self.people or self._is_role_word(words[j]) or self._is_org(words[j]) or _stop_word(words[j]):
                return None
            j += 1
        return j if (j - k >= 2 and j + 1 < len(words) and self._listed_given(words[j]) and not _DEF.match(words[j])
                     and _looks_like_name(words[j + 1]) and not _stop_word(words[j + 1])) else None

    def _listed_given(self, word: str) -> bool:
        """A given name of the lexicons: given_names.tsv (counted from a corpus) or the given_name
        role of speaker_cues.tsv (added by hand: نادية، مساعد); or a compound in عبد written as one
        word, which is always a name (عبدالهادي، عبدالإله)."""
        return word in self._listed_given_names or (word.startswith("عبدال") and len(word) >= 8 and "ال" not in word[5:7])

    def _foreign_given(self, first: str, second: str) -> bool:
        """A given name that opens with ال once normalised (إلمار، ألبرتو) before an unlisted
        surname: no definite noun, which an indefinite name-like word cannot follow (or, if it
        is one, a title the lexicon lacks before the name: a person either way)."""
        stem = first[2:]
        return (first.startswith("ال") and len(first) >= 5 and (len(stem) <= 3 or stem not in self._common_words)
                and not stem.endswith(("ي", "يه", "ه", "ات", "ون", "ين", "ا", "ء")) and not _masdar(stem)
                and not second.endswith(("ه", "ها", "هم")) and not _masdar(second)
                and not (second[:1] in "وبل" and (second[1:] in self._common_words or _masdar(second[1:])))  # (not "بالقول"; باسكي)
                and not (self._not_name(first) or self._is_org(stem) or first in self._title_words or stem in self._title_words
                         or first in self._anon_words or stem in self._anon_words)
                and first not in self._ranks and not self._club_length([first], 0)
                and not _DEF.match(second) and second not in self._common_words and not self._listed_given(second)
                and _looks_like_name(second) and not self._not_name(second) and second not in self.verbs.written)

    def _possessed_noun(self, word: str, *, likely: bool = False) -> bool:
        """A common noun with a possessive pronoun ("نفى المدرب دخوله"، "استقالته"، "سعادتي"): not a name alone.

        ``likely``: also with ها / هم / هما ("بصفحتها"، "بحسابهم"), and with a bare ه only where it is more
        likely "his" than a normalised ة: the counted lexicon has the noun without it five times as
        often (موقعه: موقع and his, against موقعة; not منطقه, دوله)."""
        if len(word) < 4 or self._listed_given(word) or word in self.people:
            return False
        if len(word) >= 5 and word.endswith("تي") and word[:-2] + "ه" in self._common_words:
            return True  # "وأضاف سعادتي أن أتواجد": a noun in ة with "my", the speaker's own words
        if not likely:
            return word.endswith("ه") and (word[:-1] in self._common_words or (word.endswith("ته") and word[:-2] + "ه" in self._common_words))
        own = re.fullmatch(r"(..+?)(ته|ها|هم|هما|ه)", word)
        if own is None:
            return False
        stem, pronoun = own.groups()
        if pronoun == "ته" or (stem.endswith("ت") and pronoun != "ه"):
            stem = stem.removesuffix("ت") + "ه"  # (صفحته، صفحتها: صفحة and his, hers)
        elif pronoun == "ه":
            return stem in self._common_words and self._common_count.get(stem, 0) >= 5 * self._common_count.get(stem + "ه", 0)
        return stem in self._common_words

    def _quoted_person(self, norm: str, start: int, word: str, prev: str) -> bool:
        """Whether ``word`` at ``start`` opens a person's name in quotation marks right after a title ending
        in a word with the article: a listed given name, two or three name words ('رئيس لجنة التصوير
        الضوئي “حسان مبروك” أن'، 'محامية الهيئة «حنان الخطيب»'; not after a club: 'نجم ... دورتموند «ماركو رويس»')."""
        if not ((prev.startswith("ال") or (prev[:1] in "بل" and len(prev) >= 4 and not _DEF.match(prev[1:])))
                and self._listed_given(word) and norm[start - 1 : start] == '"'):
            return False
        close = norm.find('"', start + len(word), start + len(word) + 40)
        inner = norm[start:close].split() if close > 0 else []
        return 2 <= len(inner) <= 3 and all(_looks_like_name(x) and not (_DEF.match(x) and x.endswith("يه")) for x in inner)
        # (a family name with the article too: 'محامية الهيئة «حنان الخطيب»'; not a feminine adjective, which closes a
        # body's or a prize's name: «خليفة التربوية»)

    def _org_named_after(self, words: list[str], k: int) -> int:
        """Index after an organisation noun at ``k`` named after a person, its feminine adjective
        closing the name ("لمؤسسة سالم بن محفوظ الخيرية"، "جمعية محمد العلي الخيرية"), or 0."""
        w = words[k]
        if not (self._is_org(w) or (w[:1] == "ل" and self._is_org(w[1:]))):
            return 0
        for m in range(k + 1, min(len(words), k + 6)):
            if words[m] in self._org_adjectives:
                return m + 1 if m >= k + 2 else 0
            if _DEF.match(words[m]) and words[m] not in NAME_LINKS:
                return 0
        return 0

    def _skip_name_words(self, words: list[str], k: int) -> int:
        """Index after up to two words of an organisation's own name starting at ``k``
        (and after a patron's title and name: "جامعة الملك سعود"، "مستشفى الملك فهد")."""
        if k + 1 < len(words) and words[k] in PATRON_TITLES:
            k += 3 if words[k + 1] in ("عبد", "ابو") and k + 2 < len(words) else 2  # ("مركز الملك عبد الله بن ...": a compound name)
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
        if (k == stop and k < len(words) and (words[k].startswith("ال") or k + 1 == len(words)) and not self._not_name(words[k])
                and words[first + 1] not in self._common_words):  # (not "فريق مواجهة آثار العاصفة": a common noun opens no name)
            # "بنادي هجر فؤاد المسلم"، "رئيس نادي مارسيليا فينسينت لابورن" (the phrase's last word): a
            # one-word name, then the person's given name and surname
            k = first + 1
        return k

    def _ba_object(self, word: str) -> bool:
        """A word with ب that is the object of أشاد / رحب / ندد / أهاب ("بالدور"، "بجهود"، "برؤساء"، "بكافة"),
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
                or stem in self._plural_groups or stem in ("ما", "من") or stem in _QUANTIFIERS or possessed or not _looks_like_name(stem)
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
        before = [w for (w,) in _words_before_mentions(word, norm, pos, 1, window=5000, quoted=True)]
        return (any(self._is_org(w) and w.lstrip("وب") not in _LED_BY for w in before) and not any(self._listed_given(w) for w in before)
                and not self._full_name_before(word, norm, pos))
        # (not also a person's surname: "مايكل بلومبيرغ" and his company "شركة بلومبيرغ"، "كارم شوفال" and "فريق شوفال": the person speaks)

    def _club_length(self, words: list[str], i: int) -> int:
        """How many words from words[i] name a listed club ("مانشستر يونايتد": 2), or 0."""
        return next((k for k in (3, 2, 1) if i + k <= len(words) and " ".join(words[i : i + k]) in self._clubs), 0)

    def _is_org(self, word: str) -> bool:
        base = strip_clitics(word)
        dual = base[:-2] + "ه" if base.endswith(("تا", "تان", "تين", "تي")) else ""  # شركتا، منظمتان، جامعتي: two organisations
        dual = base[: -(len(base) - base.rfind("ت"))] + "ه" if dual else ""
        return any(w in self._org_words for w in clitic_forms(word)) or dual in self._org_words  # (بمنطقة، لمركز; not فتحي as ف + تحي)

    def _is_place(self, word: str) -> bool:
        return word in self._places or strip_clitics(word) in self._places

    def _nisba_name(self, word: str, min_len: int = 5) -> bool:
        """A family name in ـي with the article that is no common word (الغامدي، البهكلي)."""
        return (word.startswith("ال") and word.endswith("ي") and len(word) >= min_len
                and word[2:] not in self._common_words and not self._not_name(word))

    def _indefinite_nationality(self, word: str) -> bool:
        """A nisba without the article: سعودي (السعودية)، مصري (مصر)، أمريكي ("قال سعودي يعمل في الشركة")."""
        return not _DEF.match(word) and self._nationality("ال" + word)

    def _nationality(self, word: str, *, feminine: bool = False) -> bool:
        """A nisba of a listed place: الغاني (غانا)، المصري (مصر)، السوري (سوريا)، البرتغالي (البرتغال);
        with ``feminine``, its feminine too (الأسترالية، normalised الاستراليه)."""
        if feminine and word.endswith("يه") and len(word) >= 7:
            word = word[:-1]
        if not (word.startswith("ال") and word.endswith("ي") and len(word) >= 5):
            return False
        stem = word[2:-1]
        return any(self._is_place(art + stem + end) for art in ("", "ال") for end in ("", "ا", "يا", "ستان", "ي", "يه"))
        # (البرتغالي: البرتغال; الأفغاني: أفغانستان; التشيلي: تشيلي; السعودي: السعودية)

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

    def _surname_like(self, word: str) -> bool:
        """A word that may be a family name after a given name: a nisba with the article (العلواني) or a
        name-like word (عمخاي)."""
        if _DEF.match(word):
            return word.endswith("ي") and not self._not_name(word)
        return len(word) >= 3 and self._name_like(word)

    def accusative_noun(self, word: str, *, verbal: bool = False) -> bool:
        """An indefinite accusative adverb or object in -an ("واضحا"، "مقالا"): a common noun and ا, never a name; with
        ``verbal``, the object of a verb like توقع, also a verbal noun or a short noun ("تنامياً"، "نمواً")."""
        stem = word[:-1]
        return (word.endswith("ا") and len(word) >= (4 if verbal else 5) and not self._listed_given(word) and word not in self.people
                and (stem in self._common_words or (verbal and _masdar(stem))))

    def _not_name(self, word: str) -> bool:
        return (self._is_role_word(word) or self._inst_is_place(word) or word in ("عام", "العام") or word in _ON_BEHALF
                or word in self._places or strip_clitics(word) in self._places
                or (not _looks_like_name(word) and not self._listed_given(word))  # (ملهم, not "their ...")
                or (word in self._adjuncts and not self._listed_given(word)) or word in self._preps
                or ("." in word and word in self._ranks)  # (أ.د.: an abbreviated rank)
                or _derived_present(word))  # ("وأضاف يستمد المنتدى": a verb)

    def _weekday_surname(self, given: str, word: str, nxt: str) -> bool:
        """A family name spelled like a weekday right after a given name ("محمد الخميس أن"), not a
        day ("محمد الخميس الماضي"، "الجمعة 12 يوليو")."""
        return (word in _WEEKDAYS and self._listed_given(given)
                and nxt not in _AFTER_WEEKDAY and not nxt[:1].isdigit())

    def _agent_of(self, words: list[str]) -> bool:
        """A construct title before another title ("محامي السيدة لي": her lawyer), or before one
        word that is no listed given name and ends the phrase ("وقال محامي سانز"): unnamed."""
        return len(words) > 1 and words[0] in self._construct_titles and (
            words[1] in self._ranks or words[1] in self._title_words
            or (len(words) == 2 and not _DEF.match(words[1]) and not self._listed_given(words[1]) and not self._listed_given(words[0])))

    def _is_role_word(self, word: str) -> bool:
        return any(self._is_title(w) or w in self._org_words or w in SOURCE_NOUNS or w in self._anon_words for w in clitic_forms(word))

    def _is_title(self, word: str) -> bool:
        """A listed title word, or its feminine: القاضية، الوزيرة، مشرفة (not منظمة: an organisation)."""
        return word in self._title_words or (len(word) > 4 and word.endswith("ه") and word[:-1] in self._title_words
                                             and word not in self._org_words)

    def _inst_is_place(self, word: str) -> bool:
        return word in self.institutions or word in self._camp_of

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
        dashed = next((k for k, w in enumerate(words) if _INNER_DASH.search(w) and (
            (aside := _INNER_DASH.split(w, 1)[1]).startswith("ال") or self._is_role_word(aside) or aside in self._ranks)), None)
        if dashed is not None:
            # "فهد الجبير-أمين المنطقة": a dash inside a token opens an aside, a title; the name ends before it
            # (not "فرانك-فالتر شتاينماير": a double given name)
            words[dashed] = _INNER_DASH.split(words[dashed], 1)[0]
            tokens, words = tokens[: dashed + 1], words[: dashed + 1]
        before = (norm[max(0, pos - 16) : pos].split() or [""])[-1]  # (a rank before علي: "الرقيب علي العبدالله")
        closed = bool(tokens) and not norm[tokens[-1].end() : end].strip() and (
            CONTENT_NEXT.match(norm, tokens[-1].end()) is not None or norm[tokens[-1].end() : tokens[-1].end() + 3].lstrip()[:1] in ("،", ",")
            or norm.startswith(("قوله", "قولها"), tokens[-1].end() + 1))  # (the name's words end at a comma or the content)
        i = 0
        if skip_titles:
            while i < len(words):
                w = words[i]
                bracketed = norm[max(0, tokens[i].start() - 3) : tokens[i].start()].rstrip().endswith("(")
                close = norm.find(")", tokens[i].start(), tokens[i].start() + 40) if bracketed else -1
                single = close > 0 and not norm[tokens[i].end() : close].strip()  # "(أوبك)": one word in brackets
                if close > 0 and (single or close < end) and not (
                        (i and (self._is_role_word(words[i - 1]) or words[i - 1] in self._ranks)) or self._listed_given(w)):
                    while i < len(tokens) and tokens[i].start() < close:
                        i += 1  # "(أوبك)"، "مهرجان القطيف ( واحتنا فرحانه )": a name or abbreviation in brackets inside the title
                    continue  # (but "الفنان (شعبان عبدالرحيم)": the name after a title, in brackets, ending the phrase)
                named_org = self._org_named_after(words, i)
                if named_org:
                    i = named_org  # "لمؤسسة سالم بن محفوظ الخيرية": an organisation named after a person, its adjective last
                    continue
                club = self._club_length(words, i)
                if club and i + club < len(words):
                    i += club  # "مدرب أرسنال أرسين فينغر"، "لاعب برشلونة ليونيل ميسي": the club is the title's complement
                    while i + 1 < len(words) and _DEF.match(words[i]) and words[i] not in self._given_names:
                        i += 1  # "مدرب برشلونة الإسباني بطل الثلاثية ... X": its adjectives
                    if (i + 1 < len(words) and _DEF.match(words[i + 1]) and not _DEF.match(words[i])
                            and not self._listed_given(words[i]) and words[i] not in self.people):
                        i += 1  # "مدرب يوفنتوس بطل الدوري ... X": the club's description (its nouns are skipped next)
                    continue
                quoted = '"' in norm[max(0, tokens[i].start() - 1) : tokens[i].start()] or norm[tokens[i].end() : tokens[i].end() + 1] == '"'
                if quoted and i and self._quoted_person(norm, tokens[i].start(), w, words[i - 1]):
                    break  # 'رئيس لجنة التصوير الضوئي “حسان مبروك” أن': a person's name quoted after the title
                if (quoted and words[i + 1 : i + 2] in (["بن"], ["بنت"]) and w not in self._common_words and not self._is_org(w)
                        and _looks_like_name(w)):
                    break  # 'الطالب «غشام بن إبراهيم الفارس»': a name with its nasab quoted after the title
                if quoted and not ((words[i - 1] if i else before) in self._ranks and _looks_like_name(w)):
                    i += 1  # a quoted name (شركة «الحادي عشر») belongs to an organisation (but "الدكتور «جيكسون إن جي»")
                    close = norm.find('"', tokens[i - 1].end(), tokens[i - 1].end() + 40) if norm[max(0, tokens[i - 1].start() - 1)] == '"' else -1
                    inner = [k for k in range(i, len(tokens)) if tokens[k].start() < close]
                    if not (w in self._ranks or self._is_role_word(w) or any(self._listed_given(words[k]) for k in inner)):
                        i += len(inner)  # (all its words: شبكة "بي إين سبورتس"; but "المهندس عبدالعزيز آل حسن" quoted whole)
                    continue
                if w.isascii() and w.isalpha():
                    i += 1  # "قائد فريق الخدمة الدولي IST": a Latin abbreviation inside the title
                    continue
                if w in ("الذي", "التي", "الذين") or (w == "ما" and words[i + 1 : i + 2] != ["شاء"]):  # (ما شاء الله الزوي)
                    return None  # "في المؤتمر الذي عقدته ..."، "يرصد الكاتب ما حدث": a relative clause, no name
                if w in self.naming_nouns and i + 1 < len(tokens) and norm[tokens[i + 1].start() - 1] == '"':
                    i += 1  # "مستشارة مبادرة "بلدي" الدكتورة X": the noun that a quoted name follows
                    continue
                if (w in _ON_BEHALF and i + 1 < len(words) and not _DEF.match(words[i + 1]) and words[i + 1] not in self._given_names
                        and not self._is_org(words[i + 1]) and not self._given_basim(words, i, closed, before)):
                    # (an organisation noun is skipped with its name below; "المهندس باسم الغامدي" is a name)
                    i += 2  # "متحدث باسم يوروتانيل": the organisation's name, not the spokesman's
                    while i + 1 < len(words) and _masdar(words[i]) and not self._listed_given(words[i]) and _DEF.match(words[i + 1]):
                        i += 2  # "ناطق باسم سلطة تطوير العاصمة X": a verbal noun and its complement, still the organisation's
                    continue
                if w in _ON_BEHALF and i + 2 < len(words) and words[i + 1] in self._given_names and not _DEF.match(words[i + 2]):
                    i += 3  # "متحدث باسم هيلاري كلينتون": whom he speaks for (given name and surname), not his name
                    continue
                if (i and w[:1] == "و" and len(w) >= 4 and not self._listed_given(w) and not self._listed_given(w[1:])
                        and w not in self.people and i + 1 < len(words) and (words[i + 1] in self._ranks or self._is_role_word(words[i + 1]))):
                    i += 1  # "رئيس بلدية الثنية وتبالة المهندس X": و and a second place of the title, a rank or title next
                    continue
                if (i and w[:1] == "و" and w[1:] in words[:i] and i + 2 < len(words) and not self._listed_given(w[1:])
                        and not _DEF.match(w[1:])):
                    i += 2  # "رئيس مركز بني حرير وبني عدوان X": و and a word of the title again, a second place of the office
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
                if self._is_org(w) and i + 1 < len(words) and words[i + 1] in PATRON_TITLES:
                    i = self._skip_name_words(words, i + 1)  # "مدير مركز الملك فهد الثقافي X": the patron is not the speaker
                    continue
                skip = self._title_nouns(words, i, before)
                if skip:
                    i += skip  # nouns of the title, no name: "أخصائي علم الاجتماع"، "طب وجراحة العيون"، "ومطاحن الدقيق"
                    continue
                if (w in self._construct_titles and i + 1 < len(words) and (_DEF.match(words[i + 1]) or self._is_org(words[i + 1]))
                        and not self._listed_given(w)):
                    i += 1  # "نائب شيخ الجوهرجية في غرفة مكة X": a title before the word with the article it governs (or
                    # an organisation's noun: "محامية هيئة شؤون الأسرى X")
                    continue
                if w in self._ranks and i + 1 < len(words) and (self._is_role_word(words[i + 1]) or words[i + 1] in self._ranks):
                    i += 1  # "مدير مكتبة المسجد الحرام سعادة الأستاذ X": an honorific before another title or rank
                    continue
                if w in _RANK_GRADES and ((prev_rank := words[i - 1] if i else (norm[max(0, pos - 12) : pos].split() or [""])[-1]) in self._ranks
                                          or (prev_rank in _RANK_GRADES and i and (words[i - 2] if i >= 2 else before) in self._ranks)):
                    i += 1  # "الملازم أول تركي الحربي"، "اللواء بحري X"، "الفريق أول ركن X": the rank's grade or arm
                    continue
                if w[:1] in "بل" and self._is_place(w[1:]):
                    i += 1  # "بمكة المكرمة"، "بجدة": a place
                    continue
                if i and w[:1] == "ب" and len(w) > 3 and w[1:] in self._common_words and w not in self.people:
                    i = self._skip_name_words(words, i + 1)  # "... بمملكة النرويج": a prepositional phrase
                    continue
                if (i and w[:1] == "ل" and (len(w) > 3 or (len(w) == 3 and i + 1 < len(words) and _DEF.match(words[i + 1]))) and not _DEF.match(w) and not self._not_name(w) and w not in self.people
                        and w not in self._given_names
                        and (w[1:] in self._common_words or _masdar(w[1:]) or i + 1 >= len(words) or _DEF.match(words[i + 1]))  # (not ليندسي غراهام)
                        and not (w[1:] not in self._common_words and not self._is_org(w[1:]) and not _masdar(w[1:])
                                 and i + 1 < len(words) and self._family_nisba(words[i + 1]))):  # (nor "لوبا السمري": a name, then a family name)
                    # "المرصد السوري لحقوق الإنسان"، "المدير التنفيذي لسوق عكاظ": an organisation after لـ
                    i = self._skip_name_words(words, i + 1)
                    continue
                if w == "في" and i + 1 < len(words) and words[i + 1] in ("العاصمه", "مدينه", "محافظه", "منطقه"):
                    i += 1  # "قائد الشرطة في العاصمة الأفغانية كابل X": where the office is
                    continue
                if ((w in self._preps or strip_clitics(w) in self._preps) and i + 1 < len(words) and not _DEF.match(words[i + 1])
                        and not self._ali_name(words, i, before, closed=closed)):
                    # (not "متحدث الإمارة علي بن موسى"، "العميد علي ردمان قحطان": the name علي)
                    # "سفير السودان لدى أوغندا عبد الباقي كبير": the preposition's object is a place
                    # (or an organisation: "في جامعة هارفارد", read by the next step)
                    org_object = self._is_org(words[i + 1])
                    i += 1 if org_object else 2
                    while (not org_object and i < len(words) and words[i].endswith("ي") and not _DEF.match(words[i]) and len(words[i]) > 3
                           and words[i] in self._common_words):
                        i += 1  # "في مؤتمر صحفي": an adjective ending the object (not "ويلي نياميتوي")
                    continue
                if w == "في" and (k := self._given_after_region(words, i + 1)) is not None:
                    i = k  # "مدير المنظمة في الشرق الأوسط وشمال أفريقيا بيتر سلامة": the region of the office
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
                if (w in self._given_names and (i == 0 or self._is_role_word(words[i - 1]) or words[i - 1] in self._ranks
                                                or (i and words[i - 1].startswith("لل") and self._is_role_word(words[i - 2] if i >= 2 else before))
                                                or (i and _DEF.match(words[i - 1]) and self._is_role_word(words[i - 2] if i >= 2 else before)))
                        and i + 1 < len(words) and (words[i + 1] in ("بن", "ابن") or (
                            words[i + 1].startswith("ال") and not self._not_name(words[i + 1]) and words[i + 1] not in self._common_nouns
                            and words[i + 1][2:] not in self._common_words)  # (not "نائب حاكم الإقليم": a title's complement)
                            or (i + 2 < len(words) and words[i + 2] in ("الله", "الدين") and self._name_like(words[i + 1])))):
                    break  # "الدكتور مساعد الأحمد"، "مساعد بن إبراهيم"، "مساعد ضيف الله الجابري": a given name that is also a title word
                    # (also after the title's complement: "المرشح للرئاسة مساعد الزويهري"، "رئيس اللجنة حاكم الزاملي")
                if (i and w in self._given_names and i + 2 == len(words) and not _DEF.match(words[i + 1])
                        and not self._not_name(words[i + 1]) and words[i + 1] not in self._common_words):
                    break  # "... بمنطقة الحدود الشمالية مساعد غالي": a given name and surname end the phrase
                if self._given_basim(words, i, closed, before):
                    break
                if self._ali_name(words, i, before, closed=closed):
                    break  # "مدير المنتخب علي الشعيلان"، "الرقيب علي العبدالله": the name علي, not the preposition على
                if w in self._given_names and _DEF.match(w) and i + 1 < len(words) and (
                        not _DEF.match(words[i + 1]) or (words[i + 1].startswith("ال") and words[i + 1][2:] not in self._common_words)):
                    break  # "ألكسندرا بروكوبينكو"، "إلهام الغامدي": a given name that looks like a word with the article
                if (i == 0 and i + 1 < len(words) and self._foreign_given(w, words[i + 1])
                        and not (self._is_title(before) and not _DEF.match(before))):
                    break  # "وقال إلمار جيمولا": a given name read as المار (not "وزير العمل سجعان قزي": after a title
                    # in the construct state, the word with the article is what it governs)
                if self._din_name(words, i):
                    break  # "أستاذ التربية الدكتور نجم الدين الأنديجاني": a compound given name in الدين
                if self._complement_before_name(words, i, before):
                    i += 1  # "مدربة مسار البحث العلمي زينب العيسى": a common noun the title governs, its adjectives, then the name
                    continue
                if not (_DEF.match(w) or self._not_name(w) or w in self._never_in_names) or w in NAME_LINKS:
                    break
                if (w == "ال" and i + 1 < len(words) and _looks_like_name(words[i + 1])
                        and ((prev := words[i - 1] if i else before) in self._ranks or prev in self._title_words)):
                    break  # "الدكتور آل عمرو": a family name opened by آل (normalised to ال, not the article); not "كلية آل مكتوم"
                if i and self._is_place(w) and not _DEF.match(w) and _DEF.match(words[i - 1]):
                    if self._nationality(words[i - 1], feminine=True):
                        i += 1  # "في العاصمة الأفغانية كابل فريدون عبيدي": the place named after its adjective
                        continue
                    return None  # "الأمين العام روسيا وحلفاء ...": the object begins
                i += 1
        if i >= len(words) or i > max_skip or words[i] in self._verb_words or words[i] in _NUMBER_WORDS:
            return None  # (nor a number: "وسمو ولي العهد ... في استشهاد عشرة"; "الحادي عشر" is skipped above)
        if words[i].endswith(("اته", "اتها", "اتهم")) and words[i][: -1 if words[i].endswith("ه") else -2] in self._common_words:
            return None  # "واصل الفريق الأول ... تدريباته": a plural noun with its pronoun, the verb's object (not شحاته)
        if _stop_word(words[i]) and not self._ali_name(words, i, before, closed=closed) and words[i : i + 3] != ["ما", "شاء", "الله"]:  # (ما شاء الله الزوي)
            return None  # (علي آل حطاب، "مدير المنتخب علي الشعيلان": the name, not the preposition)
        if (words[i][:1] == "و" and not self._listed_given(words[i]) and words[i] not in self.people
                and (words[i][1:] in self._common_words or self._is_place(words[i][1:]) or words[i][1:] in self._preps  # (وبعد، وقبل)
                     or (i + 1 < len(words) and words[i + 1].startswith("ال")
                         and (words[i + 1][2:] in self._common_words or self._is_role_word(words[i + 1][2:]))))):
            return None  # "المسؤولون في الولايات المتحدة وجنوب شرق آسيا": و and a noun go on with what came before, no name
            # ("رئيس الاتحاد السابق ومالك القسم المهيمن": و and a second title, مالك 'owner' before its complement)
        if words[i : i + 2] == _AYATOLLAH and i + 2 < len(words):
            i += 2  # the honorific before a cleric's name
        if i < len(words) and norm[max(0, tokens[i].start() - 1) : tokens[i].start()] == '"':
            closing = norm.find('"', tokens[i].start(), min(len(norm), end + 1, tokens[i].start() + 40))  # (the closing mark may end the phrase)
            inner = norm[tokens[i].start() : closing].split() if closing > 0 else []
            if 2 <= len(inner) <= 4 and all(_looks_like_name(w) for w in inner) and min_words <= len(inner):
                return " ".join(inner), closing  # "الدكتور «جيكسون إن جي»": a quoted name, read whole
        nisba_before = i >= 1 and words[i - 1].startswith("ال") and words[i - 1].endswith(("ي", "يه"))
        described = i >= 1 and words[i - 1].startswith("ال") and (self._listed_given(words[i]) or (
            words[i] == "علي" and i + 1 < len(words) and (words[i + 1] in ("بن", "عبد") or (
                words[i + 1].startswith("ال") and words[i + 1].endswith("ي") and self._ali_name(words, i, before)))))
        # ("الصراف عبدالله بامهيل"، "المشارك علي بن عبدالله العمري")
        nisba_known = nisba_before and ((words[i] not in self._common_words and words[i] not in self.naming_nouns)
                                        or self._listed_given(words[i])) and (
            i >= 2 or self._inst_is_place(words[i - 1]) or self._nationality(words[i - 1], feminine=True)
            or (len(words[i - 1]) >= 8 and words[i - 1][2:] not in self._common_words))  # الباراغوياني
        # (not "السلطات المغربية خطة طموحة": a common noun after the adjective is the object)
        if min_words > 1 and not nisba_known and not described:
            # an unlisted title is read only as "the <noun> <nisba adjective> <name>", or
            # "the <nationality> <name>" ("الفرنسي آرسين فينجر")
            return None
        j, core = i, 0
        while j < len(words):
            initial = ((j > i + 1 and tokens[j - 1].group()[:-1] in INITIALS  # "ديفيد إيه. تومسون": a middle initial
                        and not words[j].startswith("و"))  # (not "جورج بي. وجيب بوش": و and the next name)
                       or (j == i + 1 and _LETTER_INITIALS.fullmatch(tokens[i].group()) is not None and words[i] not in self._ranks))
            # (or the name opens with initials of Arabic letters: "ن.ن. كول")
            if j > i and ((tokens[j - 1].group().endswith(".") and not initial) or tokens[j].group()[:1] in "-–—"
                          or _NAME_BREAK.search(norm, tokens[j - 1].end(), tokens[j].start())):
                break  # a full stop, an ellipsis, a dash, a comma, a colon or a quotation mark closes the name
                # ("محمد عبدالرحيم. ومن جانبه"، "X -الله عز وجل-"، "شاكيلا بيبي: "ذهبت")
            w = words[j]
            nxt_word = words[j + 1] if j + 1 < len(words) else ""
            if j == i and words[j : j + 3] == ["ما", "شاء", "الله"]:
                j, core = j + 3, 1  # the given name ما شاء الله (ما is never otherwise in a name)
                continue
            if j > i and w[:1] in "بل" and self._is_place(w[1:]):
                break  # "... عبد الله بن عبد العزيز بجدة": a place after the name
            if w in NAME_LINKS or w == "ال":  # بن، عبد، أبو، آل join the next word to the name
                family = w == "ال" and core and j + 1 < len(words) and self._is_role_word(words[j + 1]) and words[j + 1].startswith("ال")
                if j + 1 < len(words) and ((not self._not_name(words[j + 1]) and _looks_like_name(words[j + 1])) or family
                                           or (w in ("بن", "بنت", "عبد") and words[j + 1] == "علي")  # (أحمد بن علي، وفاء بنت علي، فاطمة عبد علي)
                                           or (w == "بن" and _looks_like_name(words[j + 1]) and not _DEF.match(words[j + 1])
                                               and not _stop_word(words[j + 1]) and words[j + 1] not in self.verbs.written)  # (أحمد بن مشرف: a title word as the father's name)
                                           or (w == "عبد" and words[j + 1].startswith("ال") and len(words[j + 1]) > 3)):  # (عبد الأمير: a title word after عبد)
                    # (the family after آل may be a title word: "عبدالعزيز آل الشيخ")
                    j, core = j + 2, core + 1
                    if w == "ال":
                        if self._tribe_next(norm, tokens, words, j):
                            j += 1  # "علي بن عمير آل جرمان الشهراني": the tribe's nisba after the clan
                        break  # "صالح آل طالب": آل and the family's name close the name
                    if words[j - 1] in NAME_LINKS and j < len(words) and _looks_like_name(words[j]) and not self._not_name(words[j]):
                        j += 1  # "بن عبد الرحمن": the father's compound name is one part of the name
                    continue
                break
            if w in _COMPOUND_SECOND and core:
                j += 1  # صلاح الدين، عبد الله: part of a compound given name
                continue
            if (core and nxt_word == "الله" and 2 <= len(w) <= 5 and w[:1] not in "يبل" and not w.endswith(("ه", "ها", "هم"))
                    and not _stop_word(w) and w != "شاء" and w not in self.verbs.written and w not in self._never_in_names):
                j, core = j + 2, core + 1  # "إبراهيم محمد الجار الله": a compound name in الله, its first word a common word
                continue  # elsewhere (not "رحمه الله"، "يرحمه الله"، "بإذن الله": a blessing)
            name_next = j + 1 < len(words) and (self._name_like(words[j + 1]) or words[j + 1] in self._given_names)
            nisba = (w.startswith("ال") and w.endswith("ي") and len(w) >= 6 and w[2:] not in self._common_words
                     and j + 2 < len(words) and self._name_like(words[j + 2]))  # (a two-word name after an unlisted nisba)
            adjective = w.startswith("ال") and w[2:] in self._common_words and self._listed_given(nxt_word)
            # (a common adjective, then a listed given name: "سكرتارية عربال الدائمة محمد النقي")
            if (core == 1 and j == i + 1 and name_next and (self._nationality(w) or nisba or adjective)
                    and not self._listed_given(words[i]) and words[i] not in self.people
                    and words[i] not in self._common_words and not _masdar(words[i])  # (not "دعم الفرنسي ميشال بلاتيني": the object)
                    and not (words[j + 1][:1] == "و" and not self._listed_given(words[j + 1]) and words[j + 1] not in self.people)):
                # (nor "شقران القحطاني ورشاد عقيلي": a name, its family name, and و opening the next person's)
                i = j = j + 1  # "مدرب يونايتد الهولندي لويس غال": a team or city and its nationality, then the name
                core = 0
                continue
            if (core == 2 and j == i + 2 and w in self._given_names and not _DEF.match(w)
                    and not any(self._listed_given(x) or x in self.people for x in words[i:j])
                    and _looks_like_name(nxt_word) and not _DEF.match(nxt_word) and nxt_word not in self._common_words
                    and not self._not_name(nxt_word) and nxt_word not in self.verbs.written and not self._ends_name(nxt_word)):
                # (not "تشونج مونج جون رغبته": the object after a full name)
                i = j  # "مدرب سان جرمان لوران بلان": a two-word team or city, then a listed given name opens the name
                core = 0
                continue
            clitic_def = not w.startswith(("ال", "لل")) and w[3:] not in self._common_words and w not in self._given_names
            short_al = w.startswith("ال") and len(w) <= 4 and w not in ("الله", "الان") and not _DEF.match(nxt_word)  # آلين
            foreign = j == i and (w in self._given_names or short_al or self._foreign_given(w, nxt_word))  # (إلمار جيمولا)
            if _DEF.match(w) and not foreign and not (core and clitic_def):  # (not "فالتر")
                weekday = core == 1 and j == i + 1 and self._weekday_surname(words[i], w, nxt_word)  # "محمد الخميس"
                if (core and w.startswith("ال") and (not self._not_name(w) or weekday) and not _stop_word(w) and _looks_like_name(w)
                        and w not in self._never_in_names and not self._is_org(w[2:])  # ("موغيريني المؤتمر الوطني": the object)
                        and not (core >= 2 and w.endswith("ات") and w[2:] in self._common_words)  # ("رزان صالح الفعاليات": a plural noun, the object)
                        and not (core >= 2 and w[2:] in self._common_words and nxt_word == "لدي")  # ("جيمي زوو الوسيط لدى مجموعة": a title)
                        and not (core >= 2 and w[2:] in self._common_words and not w.endswith("ي") and (
                            (core == 2 and j == i + 2 and self._listed_given(words[i]) and not self._listed_given(words[i + 1])
                             and words[i + 1] not in self.people and words[i + 1] not in self._common_words)
                            or (w not in self.people
                                and not any(self._listed_given(x) or x in self.people or x in NAME_LINKS for x in words[i:j]))))
                        # (a common noun with the article after a name not all of whose words are known is the object, no
                        # family name: "مريم رجوي الدول", a listed given name and an unlisted surname; "كازومي ماتسوي السلاح
                        # الذري", a foreign name with no listed given name in it)
                        and not (core >= 2 and (_masdar(w[2:]) or (_DERIVED_PARTICIPLE.fullmatch(w[2:])
                                                                    and words[j - 2] not in NAME_LINKS)))):
                    # (after a nasab a participle's shape is the family's: "ناصر بن سليمان المنيع")
                    # (not "جون ماكين الاتفاق": the object; not "سولي مونتاري المنضم حديثا": a description)
                    j, core = j + 1, core + 1  # a surname with the article closes the name
                    if (w.endswith("ي") or (core == 2 and self._listed_given(words[i]))) and self._tribe_next(norm, tokens, words, j):
                        j, core = j + 1, core + 1  # ... or a tribe's after a clan's: "ساعد العرابي الحارثي" (not "X الحارثي
                        # المستوى الذي": a noun in ى, the same once normalised, and its relative clause), or after a listed
                        # given name and a family name: "عبدالرحمن الجويد العيسى"
                elif core == 1 and words[i] in self._name_openers and self._title_surname(
                        w, words[j + 1] if j + 1 < len(words) else "",
                        closing=j + 1 >= len(words) and (CONTENT_NEXT.match(norm, tokens[j].end()) is not None
                                                         or _ASIDE_NEXT.match(norm, tokens[j].end()) is not None
                                                         or norm[tokens[j].end() : tokens[j].end() + 1] in ("،", ","))):
                    j, core = j + 1, core + 1  # "صالح القاضي ترسية مشروع": a title word as the family name (or "وقال صالح
                    # الملا :" with the content right after it, or an aside: "الدكتور سعيد الشيخ وهو الاقتصادي"، "نورة الأمين، ناشطة")
                elif core == 1 and w == "السيد" and self._listed_given(words[i]):
                    j, core = j + 1, core + 1  # "عسير محمد السيد، عن"، "سالم السيد القادم من": السيد (Mr) goes before a
                    # name, never after a given name: there it is the family name, whatever follows
                elif (core >= 2 and j >= i + 2 and (words[j - 2] in ("بن", "بنت") or (j >= i + 3 and words[j - 3] in ("بن", "بنت") and words[j - 2] == "عبد"))
                      and (self._nationality(w) or self._title_surname(
                          w, "" if j + 1 >= len(words) or _NAME_BREAK.search(norm, tokens[j].end(), tokens[j + 1].start()) else nxt_word,
                          closing=True))):
                    j, core = j + 1, core + 1  # "محمد بن عبدالرحمن المخرج"، "عبدالله بن عبدالمحسن التركي": after a nasab, a
                    # title word or a nisba is the family name
                elif core == 1 and words[i] in self._name_openers and self._nationality(w):
                    j, core = j + 1, core + 1  # "اللواء منصور التركي": a nationality as the family name
                elif (core == 1 and j == i + 1 and (words[i - 1] if i else before) in self._ranks and self._listed_given(words[i])
                      and self._is_role_word(w) and not _DEF.match(nxt_word) and nxt_word[:1] != "ل"):  # (no complement follows)
                    j, core = j + 1, core + 1  # "المهندس عصام الملا": after a rank and a given name, a title word is the family name
                break
            akbar = (w == "اكبر" and core and (words[j - 1] not in self._common_words or words[j - 1] == "علي") and _looks_like_name(nxt_word)
                     and not _DEF.match(nxt_word) and nxt_word not in self._common_words and not self._not_name(nxt_word))
            if akbar:
                j, core = j + 1, core + 1  # "علي أكبر ولايتي"، "شير أكبر خان": أكبر inside a name, not the superlative
                continue
            if w in self._never_in_names or (w[:1] in "وف" and w[1:] in self._never_in_names) or (j > i and len(w) >= 4 and w.endswith("يا") and w not in self.people
                                             and not self._listed_given(w) and (len(w) <= 6 or w[:-1] in self._common_words)):
                break  # "فرانسيس أخيرا"، "... رسميا": an adverb, not a surname (but "جوزيب ماريا بارتوميو"، "تشاتشاي ساريكالايا")
            if (w[:1] == "ي" and nxt_word in ("ان", "بان") and not self._listed_given(w) and w not in self._given_names
                    and w not in self.people):
                break  # "ولكن رئيس النادي يريد أن يحاكي": a present verb before أن, not a name
            if (j == i + 1 and w == "اي" and len(words[i]) >= 3 and words[i] not in INITIALS and not self._listed_given(words[i])
                    and words[i] not in self.people):  # (not "اف بي آي": initials)
                return None  # "ونفى المتحدث باسم الانتخابات ضبط أي عملية": a noun and أي (any), the verb's object
            if j > i and self.accusative_noun(w):
                break  # "كتب الدكتور علي بن تميم مقالا": an indefinite object after the name
            if (core >= 2 and len(w) >= 5 and w.endswith("ات") and (w in self._common_words or w[:-2] + "ه" in self._common_words)
                    and not self._listed_given(w) and w not in self.people and (i > 0 or self._listed_given(words[i]))):
                break  # "ونفى نائب الوزير كيرن ريجيجو معلومات تحدثت": a plural noun after a titled full name, the verb's object
                # (a bare one may not be a name at all: "كانت لوفتهانزا صرفت تعويضات")
            if (core >= 2 and words[j - 1] not in NAME_LINKS and w.endswith("ه") and w in self._common_words
                    and not self._listed_given(w) and w not in self.people and nxt_word and not _DEF.match(nxt_word)
                    and not self._is_role_word(nxt_word) and not _NAME_BREAK.search(norm, tokens[j].end(), tokens[j + 1].start())):
                break  # "حدد ... ديفيد كاميرون رؤية حكومته"، "أمل صقر تجربة مريرة": a noun in ـة and its
                # complement after a full name are the object (not "محمد مختار جمعة وزير الأوقاف")
            if j > i and w.endswith(("ه", "ها", "هم")) and _masdar(w[: -1 if w.endswith("ه") else -2]):
                break  # "أبو مازن استعداده": the verb's object, a verbal noun with its pronoun
            if (j > i and _masdar(w) and not re.search("[وي]", w[1:3]) and not self._known_name_word(w) and nxt_word
                    and ((_DEF.match(nxt_word) and not self._is_role_word(nxt_word)) or nxt_word.endswith(("ه", "ها", "هم")))):
                break  # "رفض فيريرا تجديد تعاقده"، "تسليم الجائزة": a verbal noun (no listed given name: إيهاب، تغريد) and its
                # complement after the name are the object (not a surname spelled like one, و or ي among its first letters:
                # "كارلوس تيفيز هدفه"، "ميغيل إرياس")
            if w[:1] == "ل" and w[1:] in self.verbs.written:
                break  # "وعاد العميد الصبيحي ليؤكد": ل and a verb, not a name
            if j > i and w[:1] == "و" and self._listed_given(w[1:]) and not self._listed_given(w) and w not in self.people:
                break  # "خورشيد خيبر ونورة السيد": و and a second person's given name (not وليد)
            if (core >= 2 and w[:1] == "و" and len(w) >= 4 and not self._listed_given(w) and w not in self.people
                    and self.plain_name(w[1:]) and nxt_word.startswith("ال") and self.plain_name(nxt_word)):
                break  # "محمد معافا وحجاب الحازمي": after a full name, و and a name word and a family name open a second person's
            if j > i and w[:1] in "لب" and (w[1:] in self._common_words or _stop_word(w[1:]) or (core >= 2 and _masdar(w[1:]))
                                            or (core >= 2 and w.startswith("بال") and len(w) >= 6 and w not in self.people)):
                # (or "كينياتا بوجود تهديد"، "عائلة سوهارتو باستغلال"، after a full name "يورجين تودنهوفر بالبيان"; but "مجدي
                # بازياد": a family name in با)
                break  # "إيرينا بوكوفا لعمال البناء"، "بينيتيز بخطوة": a prepositional phrase after the name
            if j > i and w in self._construct_titles and j + 1 < len(words) and (_DEF.match(words[j + 1]) or self._is_org(words[j + 1]) or (
                    words[j + 1].endswith("ي") and j + 2 < len(words) and _DEF.match(words[j + 2]))):
                break  # "إدريان لودفيج كبير الخبراء"، "ريك سبونر كبير محللي الأسواق" (a plural in construct)، "والتر
                # زاليسكو مالك شركة": a title after the name (but "عبد الباقي كبير")
            if j > i and w.endswith("ي") and w + "ن" in self._anon_words:
                break  # "ودعا طيب أغا مسؤولي الحركة": a plural noun in construct, the verb's object
            if j == i and self.construct_object(w, nxt_word):
                break  # "ووعد المدرب مشجعي فريقه": after a title, a plural noun in construct is the object, not a name
            if (j > i and w in self._common_words and j + 1 < len(words) and words[j + 1].startswith("ال")
                    and (words[j + 1][2:] in self._common_words
                         or (core >= 2 and not any(self._listed_given(x) or x in NAME_LINKS for x in words[i:j])))
                    and not self._listed_given(w) and w not in self._given_names
                    and w not in self.people and words[j - 1] not in NAME_LINKS and not self._is_role_word(w)
                    and words[j + 1] not in _COMPOUND_SECOND and not words[j + 1].endswith("ي")  # (not "محمود علم الدين"، "سعد منيف الكثيري")
                    and not self._is_role_word(words[j + 1]) and not self._is_role_word(words[j + 1][2:])):  # (not "عاصم جهاد المتحدث")
                break  # "وتذكر وربيك عملاء البنوك": a common noun in construct after the name, the verb's object; after a
                # full foreign name (no listed given name in it) whatever the complement ("وصف جيرارد بيكيه قرار اليويفا")
            if j > i and w.endswith(("تين", "تان")) and w[:-3] + "ه" in self._common_words:
                break  # "خوان رودريغيز تشكيلتين": a dual noun (تشكيلة) after the name
            if j > i and (self._ends_name(w, core, words[j + 1] if j + 1 < len(words) else "")
                          or (w[:1] == "و" and self._ends_name(w[1:]))
                          or (w == "فان" and j + 1 < len(words) and _DEF.match(words[j + 1]))):
                break  # "حسن عسيري زميله ..."، "لاكازيت رغبته"، "قوطالي فإن الحديث" (not "فان جال")
            if (core >= 2 and words[j - 1] not in NAME_LINKS and j + 1 < len(words) and words[j + 1] in self.people
                    and w not in self.people and w not in self._given_names and not self._listed_given(w)):
                break  # "انتقدت نرجس محمدي تخلي روحاني": after a full name, the noun before a listed person's name is the object's
            given = (j == i and (w in self._given_names or w == "علي")) or (  # the given names مساعد، أمين، علي ...
                j == i + 1 and self._listed_given(words[i]) and self._ali_name(words, j, closed=closed))  # "أحمد علي الإبراهيم"
            given = given or (j == i and self._given_basim(words, i, closed, before)) or (j == i and self._din_name(words, i))
            given = given or (j == i + 1 and self._listed_given(words[i]) and (self._is_role_word(w) or w in self._verb_words) and not _DEF.match(w) and (
                j + 1 >= len(words) or words[j + 1] in ("ان", "انه", "انها") or _NAME_BREAK.search(norm, tokens[j].end(), tokens[j + 1].start())))
            # ("وقال إبراهيم نجم، مستشار ...": a surname spelled like a title, or "أمين طالب، إن" like a verb, after a listed
            # given name and before a comma or the content)
            if (self._not_name(w) and not given) or (_stop_word(w) and not given) or (w in self._verb_words and not given) or not w or core >= max_words:
                break
            if j == i and self.accusative_noun(w) and not w[:-1].endswith("ي") and not self._surname_like(nxt_word):
                break  # "كان واضحا إذ أكد": an adverb in -an opens no name (but "ناديا"، "صوفيا",
                # and "يهودا عمخاي"، "ياسمينا العلواني" before a surname)
            if j == i and w.endswith("ته") and w[:-2] + "ه" in self._common_words and not self._listed_given(w) and w not in self.people:
                break  # "ذكر لي الأستاذ رغبته بزيارة": a noun in ـة with its pronoun (رغبة + ه) opens no name
            if j == i and w.endswith("نا") and len(w) >= 5 and w[:-2] in self._common_words and not self._listed_given(w) and w not in self.people:
                break  # "كما يقول سلفنا الفقهي": a noun with "our" opens no name
            if (j == i and w[:1] == "ب" and len(w) >= 5 and w.endswith("ي") and w[1:-1] in self._common_words
                    and w[1:] not in self._common_words and not self._listed_given(w) and w not in self.people):
                break  # "كما ذكرت بمقالي السابق": ب and a common noun with "my" open no name
            if (j == i or w[:1] in "وف") and self._verb_with_pronoun(w):
                break  # "امتدح اللاعب ووصفه بالمميز"، "أعلن رفضه": (و and) a reporting verb with its object pronoun opens
                # no name, and و with one ends it (not "مارك روته": a surname spelled like روت + ه)
            if (j == i and w == "اي" and (nxt_word in self._common_words or _masdar(nxt_word)) and not self._listed_given(nxt_word)
                    and f"اي {nxt_word}" not in self.people):
                return None  # "ورفض أي توجه خليجي": "any" and a noun, the verb's object (not "آي ويوي")
            if j == i and w[:1] == "ك" and w[1:] in self._anon_words:
                break  # "تابعت كغيري": "like others" opens no name
            if j > i and core >= 2 and w == "اي":
                break  # "لويز موشيكيوابو أي علاقة": "any" opens the object after a full name (not "آي ويوي")
            if (j > i and words[j + 1 : j + 2] == ["اي"] and (_masdar(w) or w in self._common_words)
                    and not self._listed_given(w) and w not in self.people):
                break  # "يرفض علان إجراء أي نوع": the verb's object (a noun, then "any") after the name
            if (j == i and len(w) >= 5 and w[:2] in ("سي", "ست", "سن") and j + 1 < len(words) and _DEF.match(words[j + 1])
                    and _masdar(words[j + 1][2:]) and not self._listed_given(w) and w not in self.people):
                break  # "الفريق سيبدأ الإعداد": a verb in the future and its verbal noun, no name
            j, core = j + 1, core + 1
        if core < min_words or core == 0:
            return None
        name = " ".join(words[i:j])
        if name in ("فان", "وان"):
            return None  # the conjunction فإن / وإن alone, not the Dutch "van" (فان جال)
        if j - i >= 2 and self._org_named_after([words[i - 1] if i else before, *words[i:j]], 0):
            # "لمؤسسة سالم بن محفوظ الخيرية": an organisation named after a person, its adjective after the name;
            # the person's name may follow it
            return self.read_name(norm, tokens[j - 1].end(), end, skip_titles=skip_titles, min_words=min_words,
                                  max_words=max_words, max_skip=max_skip)
        if (skip_titles and i and j + 1 < len(words) and words[j] in self._ranks and self._listed_given(words[j + 1])
                and not norm[tokens[j - 1].end() : tokens[j].start()].strip()):
            # "رئيس بلدية أبو عجرم المهندس X": a rank right after the name read opens the speaker's name; the first
            # was the title's complement (a place or body named like a person)
            return self.read_name(norm, tokens[j].start(), end, skip_titles=skip_titles, min_words=min_words,
                                  max_words=max_words, max_skip=max_skip)
        stop = tokens[j - 1].end() - (len(tokens[j - 1].group()) - len(tokens[j - 1].group().rstrip("-–—_.")))
        if j - 1 == dashed:
            stop = tokens[j - 1].start() + len(tokens[j - 1].group()) - len(tokens[j - 1].group().lstrip("-–—_.")) + len(words[j - 1])
        return name, stop

    def _name_before_marker(self, norm: str, pos: int, s_end: int) -> tuple[str, int] | None:
        """A title phrase cut by a preposition, then the name: "زعيم الأغلبية في مجلس الشيوخ
        ميتش مكونيل؛ أمس، إن" -> ميتش مكونيل (read forwards up to the content marker)."""
        over = _OVER.match(norm, pos)  # (the phrase ends before على, or with على and one word of its complement)
        held = _OVER_BEFORE.search(norm, max(0, pos - 50), pos) if over is None else None
        if ((over is not None and self._is_role_word((norm[max(0, pos - 30) : pos].split() or [""])[-1]))
                or (held is not None and self._is_role_word(held.group(1)))):
            pos = over.end() if over is not None else pos  # "والمشرف على فعاليات «الجادة» المخرج ممدوح سالم أن": a title
            # that takes على, then its complement
        elif not norm[pos : pos + 6].lstrip().startswith(("في ", "ب", "ل")) or _TIME_AFTER.match(norm, pos):
            return None  # (not بعد "after": "وقال رئيس الخليج بعد ختام معسكر فريقه": a time, no complement)
        lead = TOKEN.search(norm, pos, min(s_end, pos + 30))
        if lead is not None and lead.group()[:1] in "لب" and lead.group()[1:] in SOURCE_NOUNS:
            return None  # "والد الفتاة لصحيفة بوراس تيدنغ": the outlet told, not the speaker's name
        marker = CONTENT_MARKER.search(norm, pos, min(s_end, pos + 120))
        name_from = pos
        while marker is not None and ((marker.group() == "علي" and (norm[max(0, marker.start() - 4) : marker.start()].split()[-1:] in (["بن"], ["ابن"], ["بنت"])
                                                                  or norm[max(0, marker.start() - 10) : marker.start()].split()[-2:] == _AYATOLLAH))
                                      or (marker.group() == '"' and self._quoted_alias_at(norm, name_from, marker.start(), s_end))):
            # "وليد بن على الجلال"، "آية الله علي السيستاني": the name علي; "... في مالي “مينوسما”، راضية عاشوري، إن": an
            # organisation's quoted alias
            close = -1
            if marker.group() == '"':
                close = (marker.start() if norm.count('"', max(0, name_from - 3), marker.start()) % 2 == 1
                         else norm.find('"', marker.end(), s_end))
                name_from = close + 1 if close >= 0 else name_from  # (the name is read after the alias)
            marker = CONTENT_MARKER.search(norm, close + 1 if close >= 0 else marker.end(), min(s_end, pos + 120))
        if marker is None:  # no marker near: the name ends at a comma ("... في أوسلو الدكتور إيهان جاف، بضرورة")
            marker = _CLAUSE_BREAK.search(norm, pos, min(s_end, pos + 120))
        stop = marker.start() if marker is not None else s_end if s_end - pos <= 120 else -1
        # (or at the sentence's end: "..., بحسب المسؤول في مركز الأرصاد غلام رسول.")
        named = self.read_name(norm, name_from, stop, max_skip=6) if stop > name_from else None
        if named is None or " " not in named[0]:
            # one word after a prepositional phrase is a noun ("بالشروع في جلسات استماع"), not a name;
            # but a rank further on leads to it ("في لوس انجلوس السفير الدكتور فيصل السديري")
            return self._name_after_rank(norm, pos, s_end)
        return named

    def _quoted_alias_at(self, norm: str, pos: int, mark: int, s_end: int) -> bool:
        """Whether the quotation mark at ``mark`` (after ``pos``) opens or closes an organisation's short quoted
        alias with a person's title or name after it ("في مالي “مينوسما”، راضية عاشوري")."""
        closing = norm.count('"', max(0, pos - 3), mark) % 2 == 1  # (an odd count before it: ``mark`` closes the marks)
        opening = norm.rfind('"', max(0, pos - 3), mark) if closing else -1
        start = (opening if opening >= 0 else mark) + 1
        named = self.read_name(norm, pos, opening if opening >= 0 else mark, max_skip=6)
        if named is not None and len(named[0].split()) >= 2:
            return False  # a full name before the marks ('عبدالله البرقان لـ"الوطن"': the outlet he told)
        if self._alias_then_name(norm, start, s_end):
            return True
        close = norm.find('"', start, min(s_end, start + 40))
        comma = re.match(r"\s*[،,]\s*", norm[close + 1 : close + 4]) if close > 0 and len(norm[start:close].split()) <= 3 else None
        if comma is None:
            return False
        stop = _CLAUSE_BREAK.search(norm, close + 1 + comma.end(), min(s_end, close + 80))
        named = self.read_name(norm, close + 1 + comma.end(), stop.start(), skip_titles=False) if stop is not None else None
        return named is not None and len(named[0].split()) >= 2  # (the full name set off by commas after the alias)

    def _name_after_rank(self, norm: str, pos: int, s_end: int) -> tuple[str, int] | None:
        """The full name after the first rank word within the next fourteen words of a title's
        prepositional complement ("في الديوان الملكي المشرف العام على مركز ... د. عبدالله الربيعة"),
        if no clause break, complementiser or reporting verb comes first, nor a verbal noun just before
        the rank (not "في بيان مقتل الدكتور X": the victim; but "في دراسة تطوير برنامج الترجمة في المسجد
        الحرام الدكتور X")."""
        masdar_at = -9  # the word count at the last verbal noun without the article
        for k, t in enumerate(TOKEN.finditer(norm, pos, min(s_end, pos + 200))):
            word = t.group().rstrip(".")  # (د.)
            if k >= 14 or (k and _CLAUSE_BREAK.search(norm, pos, t.start())) or THAT.fullmatch(word) or word in self.verbs.written:
                return None
            if _masdar(strip_clitics(_strip_article(word))) and not _DEF.match(word):
                masdar_at = k  # (a verbal noun with the article is part of the title's complement: "للسياحة والتراث الوطني")
            if word in self._ranks:
                if k - masdar_at <= 2:
                    return None  # "مقتل الدكتور X": the verbal noun's object
                named = self.read_name(norm, t.start(), min(s_end, t.start() + 120), max_skip=3)
                return named if named is not None and " " in named[0] else None
        return None

    def apposition(self, norm: str, pos: int, s_end: int) -> tuple[str, int] | None:
        """A name set off by a comma after a title: "، راجناث سينغ:" -> ("راجناث سينغ", end) (also after
        the closing mark of a quoted name ending the title: "مصمم دار «ديور أوم»، كريس فان آش،")."""
        m = re.match(r"\s*\"?\s*[،,]\s*((?:[^\s،,:\"]+\s*){1,5}?)(?=\s*(?:[،,:]|\"|ل\s*\"|(?<!\w)(?:ب|و)?ان(?:ه|ها)?(?!\w)))", norm[pos : min(s_end, pos + 80)])
        # (the name may be followed by the outlet it told: "، محمد جريبي لـ"الوطن" أمس، أنه")
        if not m:
            return None
        words = m.group(1).split()
        if any(_stop_word(w) for w in words if w != "علي") or self._object_word(words[0]):
            return None  # "، أن الهدف ...": the content, not a name; "رحب الشمري، بحضور الطلاب": the verb's object
        first_ok = words and (words[0] == "علي" and len(words) > 1)  # علي the name
        if not words or _DEF.match(words[0]) or any(self._not_name(w) for w in words[1 if first_ok else 0 :] if not _DEF.match(w)):
            # "، الخبير والكاتب الاقتصادي الدكتور مقبل الذكير،": titles, then the name
            seg = re.match(r"\s*\"?\s*[،,]\s*([^،,:\"]{1,120}?)\s*(?=[،,:]|\"|(?<!\w)(?:ب|و)?ان(?:ه|ها)?(?!\w))", norm[pos : min(s_end, pos + 130)])
            if not seg or not any(self._is_role_word(w) or self._nationality(w) for w in seg.group(1).split()[:6]):
                return None  # (a title or a nationality first: "، السويسري كريستيان جروس، أنه")
            return self.read_name(norm, pos + seg.start(1), pos + seg.end(1))
        return " ".join(words), pos + m.end(1)

    def name_after_title(self, norm: str, pos: int, np_e: int, s_end: int) -> tuple[str, int] | None:
        """The name a title phrase ending at ``pos`` leads to: set off by a comma ("، X،"), after a
        preposition's object ("في مجلس الشيوخ X"), or in a later comma part of the title."""
        if _ACCORDING_ASIDE.match(norm, max(pos, np_e)):
            return None  # "وأضاف الوزير، وفق ما نقلت عنه صحيفة X، أن": an aside on the source, no name
        named = (self.apposition(norm, max(pos, np_e), s_end) or self._name_before_marker(norm, np_e, s_end)
                 or self._titled_segment(norm, max(pos, np_e), s_end))
        if named is not None and any(a.start == 0 and a.end == len(named[0]) for a in self.agencies.mentions(named[0])):
            return None  # "... لوكالة فرانس برس": the outlet told, not a name
        if named is not None and named[0].split()[0] in self.verbs.written:
            return None  # "كما ذكر متحدث باسم الشرطة، موضحا أن": a reporting verb's participle after the comma, no name
        if named is not None and self._object_word(named[0].split()[0]):
            return None  # "وطالب المواطن بتنفيذ عبارات"، "وأهاب رئيس اللجنة بكافة الزملاء": ب and a noun, the verb's object
        return named

    def _object_word(self, word: str) -> bool:
        """Whether ``word`` is ب or ل and a noun (a common word, a verbal noun or a quantifier): what a
        verb governs, never the first word of a name ("بتنفيذ"، "بكافة"، "بحضور")."""
        return word[:1] in "بل" and not self._listed_given(word) and (word[1:] in self._common_words or _masdar(word[1:])
                                                                      or word[1:] in _QUANTIFIERS)

    def official_again(self, phrase: str) -> bool:
        """"المسؤول" / "المسؤولة" alone or with a nationality or another adjective in ـي ("المسؤول الهندي"،
        "المسؤول الأممي"): the official the article quoted last, named, not a new unnamed source."""
        words = phrase.split()
        return (1 <= len(words) <= 2 and words[0] in _THE_OFFICIAL
                and (len(words) == 1 or self._nationality(words[1], feminine=True)
                     or (words[1].startswith("ال") and words[1].endswith(("ي", "يه")) and len(words[1]) >= 5)))

    def set_off_name(self, norm: str, pos: int, until: int) -> tuple[str, int] | None:
        """A full name set off by commas as the last part of a title phrase, right before the content
        at ``until`` ("مدير عام «مازيراتي» في الهند، أمبرتو سيني، فسوف"): every word a name word."""
        cut = norm.rfind("،", pos, until - 1)
        cut = max(cut, norm.rfind(",", pos, until - 1))
        if cut < 0:
            return None
        words = norm[cut + 1 : until].strip(" ،,").split()
        if not 2 <= len(words) <= 4 or not all(self.name_word(w) for w in words) or any(_DEF.match(w) and not w.endswith("ي") for w in words):
            return None
        end = norm.rfind(words[-1], cut + 1, until) + len(words[-1])
        return " ".join(words), end

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
                if named is not None and (" " in named[0] or (self.name_word(named[0]) and not (named[0] in self._common_words or _masdar(named[0])))):
                    return named  # (not "، دعم الفرنسي X لرئاسة الاتحاد": a verbal noun opens the content; nor
                    # "، لتكون جمعية الأمانة": ل and a verb, no name word)
            elif k == len(cuts) - 1 or (k == len(cuts) - 2 and not norm[seg_end + 1 : marker.start()].strip()):
                # "أمين عام الهيئة ...، التابعة لرابطة ...، عبدالحميد العبدالجبار، أن": the last part
                # before the marker is a name of two words or more, and nothing else
                named = self.read_name(norm, seg_start, seg_end, skip_titles=False)
                if (named is not None and len(named[0].split()) >= 2 and not norm[named[1] : seg_end].strip()
                        and (named[0].split()[0] in self._name_openers or named[0].startswith("عبد")
                             or named[0].split()[1] in ("بن", "بنت")  # "ملهم بن محمد هندي": a nasab
                             or (named[0].split()[-1].startswith("ال") and named[0].split()[-1].endswith("ي")))
                        and all(self.name_word(w) for w in named[0].split()[:-1])
                        and (self.name_word(named[0].split()[-1]) or (  # (not "كباراً وصغاراً"، "وتجنب اللجوء")
                            named[0].split()[-2] not in NAME_LINKS and "بن" in named[0].split()
                            and not named[0].endswith(("ا", "ه", "ات")) and not _masdar(named[0].split()[-1])))):
                    # (after a nasab the family name may be a word: "ملهم بن محمد هندي")
                    return named
        return None
