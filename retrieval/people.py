"""The people a document names: names, titles, organisations, in Arabic and English.

No Arabic named-entity recogniser ships its model in a package (CAMeL Tools,
Farasa and Stanza download theirs at run time), so people are found the way
news writes them: a run of words that are attested personal-name parts (the
name index of ``arabic-name-romanizer``) or that follow an honorific
(«الدكتورة», "Dr", "President"), with the title phrase next to it. English
names are capitalised runs, split from the titles before them.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from . import places
from .meeting_records import Person
from .meeting_vocabulary import (
    ARABIC_WEEKDAYS, BODY_NOUNS, COUNTERPART_WORDS, ENGLISH_NATIONALITIES, ENGLISH_NOT_NAMES,
    ENGLISH_TITLE_HEADS, ENGLISH_TITLE_WORDS, FORMER_WORDS, POSTED_TITLES,
    RANK_QUALIFIERS, RELATIVE_PRONOUNS, arabic_vocabulary,
    common_arabic_words, fold,
    folded_tables, honorific_words, is_english_title_word, is_title_head, is_trigger_word,
)
from .names import EPONYM_TITLES, INSTITUTION_WORDS, in_institution_name, latin_name, name_keys
from .normalize import ARABIC, strip_prefix
from .sentences import PREPOSITION_ALA, Sentence, Token

MAX_NAME_WORDS = 9  # «سعود بن عبدالله بن منصور بن جلوي»


_MIN_NAME_COUNT = 3  # attestations in the name index for a word to count as a name part


ARABIC_STOPWORDS = frozenset({PREPOSITION_ALA}) | frozenset(fold(w) for w in (
    "و",  # written apart: «مدير تعليم صبيا و يحيى علي الفيفي»
    "في", "من", "إلى", "عن", "مع", "خلال", "اليوم", "أمس", "أن", "إن", "وذلك", "ذلك",
    "الذي", "التي", "حيث", "بحضور", "كما", "وقد", "قد", "لبحث", "حفظه", "حفظها", "أيده", "رعاه",
    "الله", "والوفد", "الوفد", "وعدد", "عدد", "بين", "بعد", "قبل", "عبر", "هذا", "هذه",
    "وأكد", "أكد", "وأوضح", "أوضح", "وقال", "قال", "بمقر", "مقر", "بمكتب", "مكتب", "بقصر", "قصر",
    "بمكتبه", "مكتبه", "بمكتبها", "بمقره", "بمقرها", "بديوان",
    "مساء", "صباح", "يوم", "امس", "المفدى", "بالنيابة", "سموه", "معاليه", "جلالته",
    "نظيره", "نظيرها", "نظيريه", "نظراءه",
    # common words that are also attested names, which news puts right after a name
    "لدى", "كان", "فقد", "نقل", "قوله", "أول", "بأن", "تحيات", "حيث", "مدينة", "جبل", "فرحة",
    "بيان", "روح", "عدة", "مرات", "أم", "لأم", "باشا", "عقب", "أمام", "ضمن", "عند",
    "إلا", "وإلا",  # «وإلا فإن» ("otherwise") reads as two indexed names
    "شكر",  # «شكر الشمراني الوفد»: "thanked"
    "تم", "خلاله", "خلالها", "بهذه", "بهذا", "لهذه", "لهذا",  # «... الداخلية تم خلاله بحث»
    "فيما", "وفيما", "بينما", "وبينما",  # «... أمين عام الهيئة فيما مثل المركز ...»: "while"
    "حول", "بشأن", "أية", "أي",  # «جون كيري حول ...»: "about"
    "سبق", "سبقت",  # «فلاديمير بوتين سبق والتقى ...»: "had already"
    "لم", "لن",  # «مع رئيس البرلمان العراقي لم يكن على أجندة ...»: "was not"
    "بها", "به", "بهم", "له", "لها", "لهم",  # «الزيارة التي قام بها قاسم سليماني»: "by him"
    "حتى", "الآن", "أني", "أنني",  # «ولم تصل منها حتى الآن عاملة»: "until now"
    "كلام", "حديث", "رأي",  # «كلام دي ميستورا»: "the words of", not a given name
    "مناقشات", "مناقشة",  # «سيعقد مع نظيره سيرجي لافروف مناقشات موسعة»: "discussions"
    "منذ",  # «وليد المعلم منذ ما يقارب أربع سنوات»: "since"
    "أنه", "أنها", "إنه", "إنها", "بأنه", "بأنها",  # «أعلن ... جون كيري انه ينوي»: "that he"
    "أو",  # «السعودية او الامارات او قطر»: "or"
    "هاتفي", "هاتفية",  # «خلال اتصال هاتفي تلقاه الملك سلمان»: "by telephone"
    "استهل", "واستهل", "تناول", "وتناول",  # «الوزير شكري استهل اللقاء»: "opened", "took up"
    "أهمية", "ضرورة",  # «أكد ... ناصر جودة أهمية التعاون»: "the importance of", "the need for"
    "نقاش",  # «دار نقاش مفتوح بينه وبين طلاب الكلية»: "a discussion took place"
    "أيضا", "أيضاً",  # «والتقى الوزير الأمريكي أيضا جنودا أمريكيين»: "also"
    "ما", "لما", "مما",  # «جدة الرئيس سارة أوباما ما زالت تأمل»: "still"; «لما سيقوله»: "what"
))


_TWO_HOLY_MOSQUES = fold("الحرمين الشريفين")


# Honorifics that are also titles, worth showing as one.
_TITLE_HONORIFICS = frozenset(fold(w) for w in (
    "خادم الحرمين الشريفين", "خادم الحرمين الشريفين الملك", "الملك", "الأمير", "الشيخ",
    "الملكة", "الأميرة", "ولي العهد", "عاهل البلاد"))


# Honorifics after which a word outside the name index may still be a
# (foreign) name: «الدكتور رالف بيتر كينج».
_PERSONAL_HONORIFICS = frozenset(fold(w) for w in (
    "الدكتور", "الدكتورة", "د", "السيد", "السيدة", "المهندس", "المهندسة", "الأستاذ", "الأستاذة",
    "الرئيس", "السفير", "معالي", "سعادة", "فخامة"))


_RANK_QUALIFIERS = frozenset(fold(w) for w in RANK_QUALIFIERS)
# verbs that a meeting's subject follows: «زارت برايس ايشام مديرة مكتب ...»
_MEETING_VERBS = frozenset(fold(conjunction + verb) for conjunction in ("", "و") for verb in (
    "التقى", "التقت", "زار", "زارت", "استقبل", "استقبلت", "اجتمع", "اجتمعت"))


# Given names written as two words with «الله»: «غرم الله سدران», «حسن نصر الله» (not «حفظه الله»)
_THEOPHORIC_HEADS = frozenset(fold(w) for w in (
    "غرم", "عطا", "ضيف", "جار", "فتح", "نصر", "خير", "عوض", "رزق", "فضل", "حسب", "مال", "دخيل",
    "عبيد", "هبة", "جاد", "عون", "فرج", "سيف", "حرز"))
# Nouns that make «الملك عبدالعزيز» part of a place or body's name.
_AR_CONNECTORS = frozenset({"بن", "بنت", "ابن", "ال", "ابو", "عبد", "ام", "ولد"})
_SPOKESPEOPLE = frozenset(fold(w) for w in ("الناطق", "الناطقة", "ناطق", "ناطقة", "المتحدث", "المتحدثة",
                                            "متحدث", "متحدثة", "متحدثا", "ناطقا"))
# «رمضان الماضي» ("last Ramadan"), «شهر رمضان المبارك», «شباط الماضي»: a month that is also a
# given name, and the word after it says it is the month
_NAMED_MONTHS = frozenset(fold(w) for w in (
    "محرم", "صفر", "رجب", "شعبان", "رمضان", "شوال", "شباط", "آذار", "نيسان", "أيار", "حزيران",
    "تموز", "آب", "أيلول"))
_MONTH_QUALIFIERS = frozenset(fold(w) for w in (
    "الماضي", "المقبل", "القادم", "الجاري", "الفائت", "المنصرم", "المبارك", "الكريم", "الفضيل"))
# «ظهر غد الأحد» ("tomorrow noon, Sunday"), «عصر اليوم»: a time of day that is also a name
# («ظهر», «عصر»), then the day
_PARTS_OF_DAY = frozenset(fold(w) for w in ("ظهر", "عصر", "صباح", "مساء", "فجر", "ليل"))
_DAYS_AFTER = ARABIC_WEEKDAYS | frozenset(fold(w) for w in ("غد", "غدا", "اليوم", "أمس", "يوم"))
# «وزير الخارجية الأمريكي جون كيري غدا»: when, not the rest of a foreign name
_WHEN_WORDS = frozenset(fold(w) for w in ("غدا", "غداً", "اليوم", "أمس", "الليلة", "حاليا", "أيضا"))
# particles inside European names: «دي ميستورا», «فان رومبوي», «فون دير لاين»
_FOREIGN_PARTICLES = frozenset(fold(w) for w in ("دي", "دو", "دا", "فان", "فون", "ديل", "لا"))


_EN_STOP = frozenset("""the a an but and he she it they his her its in on at of for to with by
this that these those when while after before mr said says also however meanwhile on""".split())


_EN_PARTICLES = frozenset({"al", "el", "de", "van", "von", "le", "la", "bin"})


_EN_HONORIFICS = frozenset({"mr", "ms", "mrs", "dr", "sir", "dame"})


# months and weekdays that may open a capitalised run before a title ("May" is also a name)
_EN_CALENDAR = frozenset("""january february march april june july august september october november
december monday tuesday wednesday thursday friday saturday sunday""".split())
_EN_ORGS = frozenset("un eu nato opec imf wto fed g7 g8 who unesco unicef gcc asean".split())


def _name_index(sql: str) -> list[tuple]:
    """Rows of a query on arabic-name-romanizer's name index (read-only)."""
    index = resources.files("arabic_name_romanizer").joinpath("resources/names.sqlite3")
    with resources.as_file(index) as path:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return connection.execute(sql).fetchall()
        finally:
            connection.close()


@lru_cache(maxsize=1)
def _name_parts() -> dict[str, int]:
    """Folded Arabic name parts → attestations, from arabic-name-romanizer's index."""
    counts: dict[str, int] = {}
    for key, count in _name_index("SELECT arabic_key, SUM(count) FROM units GROUP BY arabic_key"):
        for word in fold(key).split():
            counts[word] = counts.get(word, 0) + count
    return counts


@dataclass
class Mention:
    person: Person
    sentence: Sentence
    position: int  # token index of the name's first word


# Given names of North Africa written with the article: «الطيب البكوش», «الحبيب الصيد», «الباجي
# قائد السبسي»
_ARTICLE_GIVEN_NAMES = frozenset("الطيب الحبيب الهادي المنصف الباجي المنجي الصادق الطاهر المختار".split())


def _article_given_name(tokens: list[Token], i: int) -> bool:
    """Whether ``tokens[i]`` is such a given name: a family name follows, and it does not
    qualify the word before it («اليمن الحبيب», "beloved Yemen")."""
    return tokens[i].text in _ARTICLE_GIVEN_NAMES and i + 1 < len(tokens) \
        and is_name_part(tokens[i + 1].text) and not is_trigger_word(tokens[i + 1].text) \
        and not (i > 0 and tokens[i - 1].text.startswith("ال")
                 and places.demonym(strip_prefix(tokens[i - 1].text)) is None)  # (after «التونسي»)


def is_name_part(word: str) -> bool:
    tables = folded_tables()
    if len(word) < 2 or word in ARABIC_STOPWORDS or word in tables["title_heads"] \
            or word in _AR_CONNECTORS \
            or len(word) > 2 and word in honorific_words():  # «معالي» is an honorific, not a name
        return False
    if word.startswith("عبد") and len(word) >= 6:  # «عبدالعزيز» is indexed as «عبد العزيز»
        return True
    return _name_parts().get(word, 0) >= _MIN_NAME_COUNT


def _honorific_before(tokens: list[Token], index: int) -> int:
    """How many tokens before ``index`` form an honorific («الدكتورة», «صاحب السمو»,
    also after «و»: «وأ. د.»)."""
    for size in (4, 3, 2, 1):
        if index - size >= 0 and _is_honorific(tokens[index - size:index]):
            return size
    return 0


def _is_honorific(words: list[Token]) -> bool:
    """Whether tokens form an honorific, alone or after «و»."""
    if words[0].text not in _honorific_openings() and not words[0].text.startswith("و"):
        return False  # (most words open none: spares the joins)
    phrase = " ".join(t.text for t in words)
    return phrase in _honorifics() or _after_and(phrase) in _honorifics()


def _and_honorific(words: list[Token]) -> bool:
    """«والدكتور», «وأ. د.»: an honorific after «و» opens the next person of a list."""
    return _after_and(" ".join(t.text for t in words)) in _honorifics()


def _after_and(phrase: str) -> str:
    """A phrase without its leading «و» (empty when it has none)."""
    return phrase[1:].lstrip() if phrase.startswith("و") else ""


@lru_cache(maxsize=1)
def _honorifics() -> frozenset[str]:
    """The folded honorific phrases, for lookups (the table keeps them longest first)."""
    return frozenset(folded_tables()["honorifics"])


@lru_cache(maxsize=1)
def _honorific_openings() -> frozenset[str]:
    return frozenset(phrase.split(" ")[0] for phrase in _honorifics())


# «دولة رئيس الوزراء» honours a prime minister; «من دولة تصدر عمالتها» is "a state that exports"
_STATE = fold("دولة")


def _arabic_people(sentence: Sentence) -> list[tuple[int, int]]:
    """Token ranges of the names in an Arabic sentence."""
    tokens = sentence.tokens
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        honorific = _honorific_before(tokens, i)
        # (not the «الشيخ» that ends a name: «ولد الشيخ عقد مشاورات», "held")
        honoured = honorific > 0 and not _stray_letter(sentence, i - 1) \
            and not (runs and runs[-1][1] > i - honorific) \
            and not (i - honorific > 0 and tokens[i - honorific - 1].text in _LINEAGE_WORDS) \
            and not (honorific == 1 and tokens[i - 1].text == _STATE and _unknown_word(tokens[i].text))
        # «وزير الدفاع الأميركي اشتون كارتر»: a foreign name right after a title
        # «ويدعى جون هاوسر»: "called", "named" before a name
        called = i > 0 and tokens[i - 1].text in _NAMING_WORDS
        titled = not honoured and (_title_just_before(tokens, i) or _institution_title_before(tokens, i)
                                   or called)
        word = tokens[i].text
        # «شبيلي بن مجدوع»: a word the index lacks, followed by «بن» and a name
        begins_lineage = (_unknown_word(word) and i + 2 < len(tokens)
                          and tokens[i + 1].text in ("بن", "بنت")
                          and (is_name_part(tokens[i + 2].text) or _unknown_word(tokens[i + 2].text)))
        # «الملحق التجاري الاندونيسي واوان سودار ماوان»: after a title a foreign name may
        # begin with «و», which is then no conjunction
        # (not a common word followed by another: «وزير الخارجية الأمريكي أية صعوبة»)
        # («خادم الحرمين الشريفين» is the king's: «الملك» or his name follows, never a
        # foreign name; «أكد خادم الحرمين الشريفين تنديد بلاده»: "condemnation")
        kings = honoured and " ".join(t.text for t in tokens[i - honorific:i]).endswith(_TWO_HOLY_MOSQUES)
        foreign_first = (honoured or titled) and not kings and not _preposition_and_common_word(word) \
            and not _present_verb(word) and not _feminine_noun(sentence, tokens[i]) and (
            _unknown_word(word) and (
            honoured or word not in common_arabic_words() or i + 1 < len(tokens)
            and _rare_word(tokens[i + 1].text)) or titled and (
            # «الإيطالي باولو جينتيلوني»: a name as written, another unknown word after it
            _unknown_word(word, whole=True) and i + 1 < len(tokens) and _unknown_word(tokens[i + 1].text) or
            # «... إلى سورية ستافان دي ميستورا»: a given name, a particle and a family name
            _unknown_word(word, whole=True) and i + 2 < len(tokens)
            and tokens[i + 1].text in _FOREIGN_PARTICLES and _rare_word(tokens[i + 2].text) or
            word.startswith("و") and _rare_word(word[1:]) and word not in common_arabic_words()
            # «الرئيس الروسي فلاديمير بوتين»: a given name that is also a city
            or places.kind_of(word) == "city" and i + 1 < len(tokens)
            and _unknown_word(tokens[i + 1].text)
            # «رئيس وزراء نيوزيلندا جون كي،»: a family name that is also a short word
            or _unknown_word(word, whole=True) and _short_family_name(tokens, i + 1)))
        # «يوكيا أمانو، مدير عام الوكالة ...»: two rare words, a comma and a title (not
        # «وطالب نواب كويتيون، رئيس الحكومة»); «مع باولو جينتيلوني وزير الخارجية», «زارت
        # برايس ايشام مديرة مكتب ...»: after «مع» or the verb, a word the index lacks and a
        # rare one, then a title
        appositive = i + 3 < len(tokens) and _rare_word(tokens[i + 1].text) and (
            _rare_word(word, whole=True) and tokens[i + 2].text == "،" and is_title_head(tokens[i + 3].text)
            or i > 0 and (tokens[i - 1].text == "مع" or tokens[i - 1].text in _MEETING_VERBS) and (
                # «مع آن باترسون مساعدة وزير الخارجية»: «آن» (Anne) is no particle «أن»
                _unknown_word(word, whole=True) or sentence.original(tokens[i].start, tokens[i].end) == "آن")
            and (is_title_head(tokens[i + 2].text) or _assistant_title(tokens, i + 2)))
        foreign_first = foreign_first or appositive
        # «الشيخ صباح خالد الحمد الصباح»: after an honorific «صباح» is a name, not "morning"
        # (but «دولة» is also "state": «من دول» after it is "of the states of")
        named_after_honorific = honoured and word in ARABIC_STOPWORDS and len(word) > 2 \
            and _name_parts().get(word, 0) >= _MIN_NAME_COUNT
        # «عبد الله بن زايد», «عبد الفتاح السيسي»: «عبد» written apart from the rest
        split_abd = word == "عبد" and i + 1 < len(tokens) and is_name_part("عبد" + tokens[i + 1].text)
        # «... ، وخليفة بن داري»: «و» ("and") before a name with its lineage
        and_lineage = _and_name(tokens, i, listing=bool(runs))
        # «ألكسندر» folds to «الكسندر», but a hamza says it is no article
        article = word.startswith(("ال", "لل")) \
            and not sentence.text[tokens[i].start:].startswith(("أل", "إل")) \
            and not _article_given_name(tokens, i)
        # «الناطقة باسم دي ميستورا»: "on behalf of", not the name Basem
        on_behalf = word == "باسم" and i > 0 and tokens[i - 1].text in _SPOKESPEOPLE
        month = word in _NAMED_MONTHS and i + 1 < len(tokens) and tokens[i + 1].text in _MONTH_QUALIFIERS \
            or word in _PARTS_OF_DAY and i + 1 < len(tokens) and tokens[i + 1].text in _DAYS_AFTER
        # «رئيس ديوان المظالم»: a body's noun opens its name, not a person's
        body = word in BODY_NOUNS and not begins_lineage
        # «رابطة دول جنوب شرقي آسيا»: after a point of the compass, a region («آسيا» and
        # «شرقي» are names too)
        region = i > 0 and tokens[i - 1].text in _COMPASS_POINTS
        if article or on_behalf or month or body or region or _medal(tokens, i) or is_trigger_word(word) \
                or _office_with_pronoun(word) or honoured and word in _RANK_QUALIFIERS or not (
                is_name_part(word) or begins_lineage or foreign_first or named_after_honorific
                or split_abd or and_lineage):
            # A name opens with a given name, never with the article: «الرئيس التنفيذي»
            # is a title.
            i += 1
            continue
        if honoured and i >= 2 and (tokens[i - 2].text in INSTITUTION_WORDS
                                    or strip_prefix(tokens[i - 2].text) in INSTITUTION_WORDS):
            # «مطار الملك عبدالعزيز», «لمدينة الملك عبدالله» name a place, not a person (nor
            # does the lineage after it: «مطار الأمير عبد المحسن بن عبد العزيز بينبع»)
            i = _past_lineage(tokens, i + (word == "عبد" and i + 1 < len(tokens)))
            continue
        if i >= 1 and strip_prefix(tokens[i - 1].text) in _FOUNDED_BODIES and i + 1 < len(tokens) \
                and tokens[i + 1].text in ("بن", "بنت"):
            # «مؤسسة محمد بن سلمان بن عبد العزيز الخيرية»: a body named for its founder, the
            # whole lineage with it
            i = _past_lineage(tokens, i)
            continue
        foreign = titled or appositive or honoured and tokens[i - 1].text in _PERSONAL_HONORIFICS
        j = i + 1
        while j < len(tokens) and j - i < MAX_NAME_WORDS:
            word = tokens[j].text
            if is_trigger_word(word) or _medal(tokens, j):  # «... آل سعود وسام الأسد الوطني»
                break
            if word in _AR_CONNECTORS and j + 1 < len(tokens):
                j += 1
                continue
            if is_name_part(word) or (foreign and j - i < 3 and _unknown_word(word)
                                      and not _possessed_noun(word) and word not in _WHEN_WORDS
                                      and not future_verb(word)
                                      # («يدعى محمد بمسدس»: "with a pistol")
                                      and not (called and _preposition_and_word(word))
                                      # «الدكتور كي جوي كيفية الاستفادة»: "how", «د. عزام الدخيل
                                      # بتجربة» "with the experience", not a name
                                      and not (j - i == 2 and len(word) >= 4 and (
                                          len(word) >= 5 and _preposition_and_word(word)
                                          or word in common_arabic_words()
                                          and _word_frequency(word) >= 4.0))) \
                    or foreign and j - i == 1 and _short_family_name(tokens, j) \
                    or tokens[j - 1].text == "عبد" and is_name_part("عبد" + word) \
                    or word == "الله" and tokens[j - 1].text in _THEOPHORIC_HEADS:
                j += 1
                continue
            if tokens[j - 1].text in ("بن", "بنت", "ابن") and _lineage_name(word) or (
                    tokens[j - 1].text == "ولد" and re.fullmatch(r"[\u0621-\u064A]{2,}", word)):
                # «عبدالله بن مجدوع», «إياد بن أمين», «إسماعيل ولد الشيخ أحمد»: a name follows
                j += 1
                continue
            if tokens[j - 1].text == "ال" and (_unknown_word(word) or word not in ARABIC_STOPWORDS
                                               and re.fullmatch(r"[\u0621-\u064A]{3,}", word)):
                j += 1  # «آل مجدوع»: a family name the index lacks; «آل الشيخ», though a title
                continue
            if tokens[j - 1].text in _FOREIGN_PARTICLES and j - i >= 2 and _rare_word(word):
                j += 1  # «ستيفان دي ميستورا»: a family name after its particle
                break
            if honoured and j - i == 1 and _article_name(word):
                j += 1  # «معالي عادل الجبير»: a given name and a family name the index lacks
                if j < len(tokens) and _family_name(tokens[j].text):
                    j += 1  # «الدكتور أحمد الخازم الغامدي»: and the family's nisba
                break
            if _family_name(word) or j - i >= 2 and _after_bin(tokens, i, j) and _article_name(word) \
                    and not _object_after_family_name(tokens, j) or (
                    # «رئيس التحرير محمد المختار الفال», «رئيس الوزراء خالد محفوظ بحاح»: a
                    # titled name's rare family name
                    j - i == 2 and (_article_name(word) or _rare_word(word)) and not _a_word(word)
                    and not _possessed_noun(word) and _title_head_before(tokens, i)):
                j += 1  # «محمد العقيبي», «علي بن ناصر الغفيص»: a family name the index lacks
            elif j - i == 1 and not _possessed_noun(word) and (
                    _rare_word(word) or _article_name(word) and word not in common_arabic_words()
                    # «جوزيف بلاتر», though «لاتر» is a town (Latur)
                    or _rare_word(word, whole=True) and places.lookup(strip_prefix(word))) \
                    and places.lookup(tokens[i].text) is None and (
                        # «الفريق توماس بيكيت»: a rank before the given name (not «الملك
                        # فهد لطباعة المصحف», «ب» or «ل» and a word)
                        honoured and not _preposition_and_word(word) and word not in common_arabic_words()
                        or _after_a_nationality(tokens, i)
                        or _title_head_before(tokens, i) or tokens[i - 1].text == "،"
                        and _title_head_before(tokens, i - 1, reach=10)
                        # «أجرى عادل الجبير وزير الخارجية مباحثات»: the title after the name
                        or j + 1 < len(tokens) and is_title_head(tokens[j + 1].text)):
                # «وزير الداخلية كريم سنجاري», «وزير الخارجية عادل الجبير», «مدير الهيئة
                # ... التقني، ألكسندر فومين»: a titled given name and a family name the
                # index lacks; then perhaps a family name (the first was the father's:
                # «محمد مفرج العميري»)
                j += 1
                if j < len(tokens) and _family_name(tokens[j].text):
                    j += 1
            break
        while j > i and tokens[j - 1].text in _AR_CONNECTORS:
            j -= 1
        if j - i == 2 and tokens[i + 1].text in _AR_COMMON_NOUNS and not (honoured or titled):
            i += 1  # «أن هيبة الدولة قد عادت» ("the state's prestige"), though «هيبة» is a name
            continue
        if j - i >= 2 or (honoured and j - i >= 1):
            if titled and not is_name_part(tokens[i].text) and j - i < 2:
                i += 1
                continue
            phrase = " ".join(t.text for t in tokens[i:j])
            first = places.lookup(tokens[i].text)
            # «أمير دولة قطر الشقيقة»: a country and its epithet are not a name; nor
            # «سفير ... في بغداد ثامر السبهان»: the city where an office is held
            if first is not None and (_where_held(tokens, i) or _city_of_office(tokens, i)):
                # «سفير ... في لبنان علي عواض عسيري»: a titled name may start after the country
                i += 1 if first.kind == "city" or _title_just_before(tokens, i + 1) else j - i
                continue
            if first is not None and first.kind == "city" and tokens[i + 1].text in _POINT_ADJECTIVES:
                i = j  # «كورنيش جدة الشمالي»: a city's quarter (north Jeddah), not a person
                continue
            if places.lookup(phrase) is None:
                runs.append((i, j))
        i = max(j, i + 1)
    return runs


def _past_lineage(tokens: list[Token], index: int) -> int:
    """The index after a name's lineage, from its given name at ``index``: «محمد بن سلمان بن
    عبد العزيز» (a split «عبد» with the word after it)."""
    while index + 2 < len(tokens) and tokens[index + 1].text in ("بن", "بنت"):
        index += 2 + (tokens[index + 2].text == "عبد")
    return index + 1


def _assistant_title(tokens: list[Token], index: int) -> bool:
    """«مساعدة وزير الخارجية»: "assistant" before an office (elsewhere «مساعدة» is "help")."""
    return (tokens[index].text == "مساعده" and index + 1 < len(tokens)
            and is_title_head(tokens[index + 1].text))


def _office_with_pronoun(word: str) -> bool:
    """«وسمو نائبه»: "his deputy", an office after the honorific, not a name."""
    heads = folded_tables()["title_heads"]
    return any(word.endswith(ending) and word[:-len(ending)] in heads for ending in ("ه", "ها", "هم"))


def _stray_letter(sentence: Sentence, index: int) -> bool:
    """«بعدما ا ابرمت»: a lone «ا» with no stop is a slip of the keys, not «أ.» (professor)."""
    token = sentence.tokens[index]
    return token.text == "ا" and sentence.text[token.end:token.end + 1] != "."


_LINEAGE_WORDS = ("ولد", "بن", "بنت", "ابن", "ال")  # what makes the honorific after it a name's («ولد الشيخ»)


def _and_name(tokens: list[Token], index: int, *, listing: bool) -> bool:
    """«وخليفة بن داري»: a conjunction, then a given name and «بن»; in a list after a
    comma, a given name and a family name («، وسامي الخرساني،»); ``listing`` (the
    sentence has named someone already): the same without the comma («... عبدالرحمن
    النجم وعبدالباسط السلفي مدير عام ...»)."""
    if not (_conjoined_name(tokens, index) and index + 1 < len(tokens)):
        return False
    return tokens[index + 1].text in ("بن", "بنت") or _listed_with_family_name(tokens, index, listing=listing)


def _listed_with_family_name(tokens: list[Token], index: int, *, listing: bool) -> bool:
    """A comma (or an earlier name) before, a family name after, and then a comma, a
    title or the end: «، وسامي الخرساني، مدير ...» (not «، ورافق الحارثي عدد من
    الضباط», "and accompanied al-Harithi")."""
    comma = index > 0 and tokens[index - 1].text in ("،", ",")
    # (not «بين ايران والقوى الكبرى»: a given name has no article)
    if index == 0 or not (comma or listing and not tokens[index].text[1:].startswith("ال")):
        return False
    family_at = index + 1
    # «ويحيى علي الفيفي مدير ...»: a father's name between the given name and the family's
    if index + 3 < len(tokens) and is_name_part(tokens[index + 1].text) \
            and not tokens[index + 1].text.startswith("ال") and tokens[index + 2].text.startswith("ال"):
        family_at = index + 2
    family = tokens[family_at].text
    after = family_at + 1
    if family == "ال" and after < len(tokens):  # «وعبدالرحمن آل الشيخ»: a family, whatever its name
        known = re.fullmatch(r"[\u0621-\u064A]{3,}", tokens[after].text) is not None
        after += 1
    else:
        known = _family_name(family) or listing and _article_name(family) \
            and family not in common_arabic_words()
    return known and (after == len(tokens) or tokens[after].text in ("،", ",", ".")
                      or is_title_head(tokens[after].text))


def _after_a_nationality(tokens: list[Token], index: int) -> bool:
    """«... لكرة القدم السويسري جوزيف بلاتر»: a given name after the nationality that ends
    an office (not «للسفير الألماني هدية تذكارية», "a souvenir gift", nor «الشعب المصري لما
    قدمته», where no office ends)."""
    return index > 0 and places.demonym(tokens[index - 1].text) is not None \
        and not tokens[index + 1].text.endswith("يه") \
        and _title_head_before(tokens, index, first_back=2, reach=10)


def _medal(tokens: list[Token], index: int) -> bool:
    """«وسام البرلمان», «وسام الأسد الوطني»: a medal ("the parliament's medal"), not a man
    named Wisam."""
    return tokens[index].text == "وسام" and index + 1 < len(tokens) \
        and tokens[index + 1].text.startswith("ال") and tokens[index + 1].text in common_arabic_words()


def _short_family_name(tokens: list[Token], index: int) -> bool:
    """A two-letter word that ends a sentence or clause after a titled foreign given name:
    «كي» (Key) in «رئيس وزراء نيوزيلندا جون كي،», though «كي» is also "so that"."""
    return (index < len(tokens) and len(tokens[index].text) == 2
            and re.fullmatch(r"[\u0621-\u064A]{2}", tokens[index].text) is not None
            and (index + 1 == len(tokens) or tokens[index + 1].text in ("،", ",", ".")))


def _title_just_before(tokens: list[Token], index: int) -> bool:
    """Whether a title naming a foreign office («وزير الدفاع الأميركي», «المستشارة
    الألمانية», «سفير فنلندا», «سفير مملكة النرويج لدى المملكة») ends right before
    ``index``: a nationality or a country after a title head."""
    if index >= 1 and strip_prefix(tokens[index - 1].text) in COUNTERPART_WORDS or index >= 2 \
            and places.demonym(tokens[index - 1].text) is not None \
            and strip_prefix(tokens[index - 2].text) in COUNTERPART_WORDS:
        return True  # «مع نظيره سيرجي لافروف», «بنظيره الروسي سيرجي لافروف»: "his counterpart"
    if index >= 3 and tokens[index - 1].text in _COUNTRY_QUALIFIERS \
            and places.kind_of(tokens[index - 2].text) == "country":
        return _title_head_before(tokens, index, first_back=3)  # «وزير خارجية روسيا الاتحادية»
    if index == 0 or not (places.demonym(tokens[index - 1].text) is not None
                          or places.kind_of(tokens[index - 1].text) == "country"
                          or index >= 2 and tokens[index - 2].text == "لدي"):
        return False
    return _title_head_before(tokens, index, first_back=2)


# what follows a country's name in its full style: «روسيا الاتحادية», «الأردنية الهاشمية»
_COUNTRY_QUALIFIERS = frozenset(fold(w) for w in (
    "الاتحادية", "الهاشمية", "الشعبية", "الديمقراطية", "الشقيقة", "الصديقة"))


def _institution_title_before(tokens: list[Token], index: int, *, reach: int = 8) -> bool:
    """Whether a title naming an institution («رئيس جامعة الملك عبدالله للعلوم
    والتقنية», «مدير مستشفى الملك فهد») ends right before ``index``; the names inside
    it belong to the institution."""
    for k in range(index - 1, max(index - reach, 1) - 1, -1):
        word = tokens[k].text
        if word in INSTITUTION_WORDS and is_title_head(tokens[k - 1].text):
            return True
        if is_title_head(word) and not word.startswith("ال"):
            # «لمدير معهد المعلمين سابقا وأول مدير تعليم ...»: another title began, whose
            # complement follows (not «... للعلوم والتقنية البروفيسور جان لو شامو»)
            return False
        if _is_boundary(tokens[k]) or is_trigger_word(word) or strip_prefix(word) in RELATIVE_PRONOUNS \
                or _honorific_before(tokens, k + 1) and tokens[k - 1].text not in INSTITUTION_WORDS:
            # «رئيس مركز الثنية والذي وافته المنية»: a clause, not a name, follows; «قائد
            # قاعدة الملك فهد الجوية اللواء طيار ركن ...»: a rank, which names its own way
            return False
    return False


def _title_head_before(tokens: list[Token], index: int, *, first_back: int = 1, reach: int = 7) -> bool:
    """Whether a title («وزير الداخلية», «الملحق التجاري», «وزير الداخلية في حكومة
    الإقليم», «سفير مملكة النرويج لدى المملكة», «المبعوث الخاص للأمم المتحدة إلى
    سورية») ends ``first_back`` tokens before
    ``index``, its head fewer than ``reach`` tokens back."""
    crossed_to = False  # «إلى»: only an envoy's title goes on past it («المبعوث ... إلى سورية»)
    for back in range(first_back, reach):
        k = index - back
        if k < 0:
            return False
        word = tokens[k].text
        crossed_to = crossed_to or word == "الي"
        if word in COUNTERPART_WORDS:
            # «نظيره الصيني شي جينبينغ» («نظيرة» is a given name too), the nationality
            # right after it (not «لقاءه مع نظيره الروسي بالإيجابي والبناء وأنه اتسم»)
            return back <= 2
        if _heads_title(tokens, k):  # (before the name check: «سلطان بروناي» is Sultan's too)
            return not crossed_to or strip_prefix(word) in _ENVOYS
        if word not in ("في", "لدي", "الي") and word not in _ACTING and _is_boundary(tokens[k]) \
                or is_trigger_word(word) \
                or is_name_part(word) and not word.startswith("ال") and not _where_held(tokens, k):
            # «الملك سلمان في جدة»: the title is Salman's (but «وزير الدولة» is a title,
            # and «سفير ... في لبنان» ends at a country, though «لبنان» is a given name too;
            # «سفير ... في بغداد» at a city)
            return False
    return False


# «محافظ ينبع بالنيابة خالد الغملاس»: "acting", inside a title (a stopword after a name)
_ACTING = frozenset(fold(w) for w in ("بالنيابة", "بالإنابة"))


_SULTAN = frozenset(fold(w) for w in ("سلطان", "السلطان"))


def _heads_title(tokens: list[Token], index: int) -> bool:
    """A title head («وزير», «لرئيس»), or «سلطان» before a country: «سلطان بروناي» is
    an office, though Sultan alone is a given name."""
    if index > 0 and tokens[index].text in EPONYM_TITLES and tokens[index - 1].text in INSTITUTION_WORDS:
        return False  # «مطار الملك عبدالعزيز الدولي»: a king in a place's name
    return is_title_head(tokens[index].text) or tokens[index].text in _SULTAN \
        and index + 1 < len(tokens) and places.kind_of(tokens[index + 1].text) == "country"


# Bodies news names for their founders or patrons («مؤسسة محمد بن سلمان الخيرية», «جائزة محمد
# بن راشد»): a name right after one of them is the body's
_FOUNDED_BODIES = frozenset(fold(w) for w in ("مؤسسة", "جائزة", "مركز", "جامعة", "مستشفى", "برنامج",
                                             "كرسي", "صندوق", "مدينة", "مدرسة", "مسجد", "مجمع"))
_ENVOYS = frozenset(fold(w) for w in (
    "مبعوث", "المبعوث", "سفير", "السفير", "ممثل", "الممثل", "موفد", "الموفد"))


def _where_held(tokens: list[Token], index: int) -> bool:
    """A country, or a city after «في» or «لدى», that ends a title: «سفير ... في لبنان»,
    «سفير ... في بغداد» (not «بشار», Béchar, in «الرئيس السوري بشار الأسد»)."""
    kind = places.kind_of(tokens[index].text)
    return kind == "country" or kind == "city" and index > 0 and tokens[index - 1].text in ("في", "لدي")


def _city_of_office(tokens: list[Token], index: int) -> bool:
    """A city right after a title head, with a given name after it: «محافظ جدة خالد
    الغملاس» (not «الرئيس بشار الأسد», whose family name has the article)."""
    return places.kind_of(tokens[index].text) == "city" and index > 0 \
        and is_title_head(tokens[index - 1].text) and index + 1 < len(tokens) and is_name_part(tokens[index + 1].text) \
        and not tokens[index + 1].text.startswith("ال")


# Nisba adjectives that name no country («الأممي», «الدولي»).
_ADJECTIVES = frozenset(fold("ال" + w) for w in (
    "أممي", "دولي", "عربي", "خليجي", "إسلامي", "أوروبي", "إقليمي", "وطني", "رسمي", "حكومي"))


def _lineage_name(word: str) -> bool:
    """A word after «بن»: a name even when it is also a title («أمين») or not indexed."""
    return (_unknown_word(word) or bool(re.fullmatch(r"[\u0621-\u064A]{2,}", word))
            and word in folded_tables()["title_heads"] and not word.startswith("ال"))


def _object_after_family_name(tokens: list[Token], j: int) -> bool:
    """«زار ... سعد بن رحيل السويدي المصابين»: a common word after a family name is what
    the sentence goes on about ("the injured"), not a second family name."""
    word, before = tokens[j].text, tokens[j - 1].text
    return before.startswith("ال") and before != "ال" and word in common_arabic_words() \
        and _word_frequency(word) >= 4.0  # (not «آل الشيخ»)


def _after_bin(tokens: list[Token], i: int, j: int) -> bool:
    """Whether a name so far has the form «X بن Y»."""
    return any(t.text in ("بن", "بنت") for t in tokens[i:j])


# «ال» nouns news puts right after a name that are no family name
# («... فاروق المملكة», «عبدالعزيز الزيارة»).
_AR_COMMON_NOUNS = frozenset(fold(w) for w in (
    "المملكة", "الزيارة", "الوزارة", "الحكومة", "الدولة", "المنطقة", "الرئاسة", "الجامعة",
    "الشركة", "المؤسسة", "الهيئة", "اللجنة", "الوفد", "المدينة", "المحافظة", "الإمارة",
    "الجمعية", "الغرفة", "الأمانة", "المجلس", "الاجتماع", "اللقاء", "المركز", "الإدارة",
    "الضريبة", "الخارجية", "الداخلية", "المنظمة", "البلاد", "العاصمة",
    # collectives: «بادل سمو الأمير فيصل بن بندر الجميع التهنئة»
    "الجميع", "الحضور", "الحاضرين", "الضيوف", "المشاركين", "الجانبين", "الطرفين",
    # «وفدا إعلاميا رفيع المستوى» ("high-level"), not a man named Rafi'
    "المستوى",
    # what is conveyed: «كما نقل محمد بن سلمان الدعوة من العاهل السعودي»
    "الدعوة", "الرسالة", "التهاني", "التحية", "التحيات"))


def _article_name(word: str) -> bool:
    """An «ال» word that can end a «X بن Y» name: not a title, place or adjective."""
    return (word.startswith("ال") and len(word) >= 5 and word not in ARABIC_STOPWORDS
            and word not in _AR_COMMON_NOUNS and word not in RELATIVE_PRONOUNS
            and word not in folded_tables()["title_heads"] and word not in _TITLE_MODIFIERS
            and word not in _ADJECTIVES and places.demonym(word) is None
            and places.lookup(word) is None and not is_trigger_word(word))


def _family_name(word: str) -> bool:
    """«الصمعاني»: an «ال...ي» family name (nisba) that is not a demonym («المصري»)."""
    if not (word.startswith("ال") and word.endswith("ي") and len(word) >= 6):
        return False
    stem = word[2:-1]
    return (word not in _ADJECTIVES and places.demonym(word) is None
            and places.lookup(stem) is None and places.lookup("ال" + stem) is None
            and word not in folded_tables()["title_heads"] and word not in ARABIC_STOPWORDS
            and word not in _TITLE_MODIFIERS and word not in _AR_COMMON_NOUNS)


def _rare_word(word: str, *, whole: bool = False) -> bool:
    """An unknown word that is also rare in Arabic text: «سنجاري», not «حكومة» (famous
    foreign names such as «أردوغان» are common, so only guesses use this)."""
    return _unknown_word(word, whole=whole) and word not in common_arabic_words()


def _preposition_and_common_word(word: str) -> bool:
    """«بأجواء» («الرئيس الأميركي بأجواء عائلية»): «ب» or «ل» before a common word
    of four letters or more begins no name, unless the whole word is common too
    («باراك» is Barack, though «أراك» is a word) and the rest is not much commoner
    («لإجراء»: «إجراء» is five times as common)."""
    common = common_arabic_words()
    return word[:1] in ("ب", "ل") and len(word) >= 5 and word[1:] in common and (
        word not in common or _word_frequency(word[1:]) > _word_frequency(word) + 0.5)


def _word_frequency(word: str) -> float:
    """wordfreq's Zipf frequency of a folded word, its «ه» read as «ة» too («طباعه»)."""
    from wordfreq import zipf_frequency

    return max(zipf_frequency(word, "ar"), zipf_frequency(re.sub("ه$", "ة", word), "ar"))


def inflected_word(word: str) -> bool:
    """«مزارعي» ("the farmers of"), «ناشطي» ("the activists of"): a common word with the «ي»
    of a construct plural or a nisba after it, not a foreign name one letter from a Latin
    one (Masaru, Nasmi)."""
    stem = word[:-1]
    return word.endswith("ي") and len(stem) >= 4 and _word_frequency(stem) >= _INFLECTED_STEM_FREQUENCY


_INFLECTED_STEM_FREQUENCY = 3.6  # Zipf; «ناشط» is 3.8, «مورس» (Morsi's «مورسي») 3.45


def _a_word(word: str) -> bool:
    """A word of the language more than a name: «المنعقد» (Zipf 3.6), not «الفال» (2.3)."""
    return word in common_arabic_words() or _word_frequency(word) >= 3.3


def _possessed_noun(word: str) -> bool:
    """A noun with a possessive ending: «استعداده» ("his readiness", in «أبدى الرئيس
    الفلسطيني محمود عباس استعداده»), the word without it a word of the language; after
    «ك», «ب» or «ل» too («اوباما كعادته», "as is his custom")."""
    if word[:1] in ("ك", "ب", "ل") and len(word) >= 6 and _possessed_noun(word[1:]):
        return True
    for ending in ("هما", "هم", "ها", "ه"):
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) >= 3:
            if stem.endswith("ت") and _word_frequency(stem[:-1] + "ه") >= 4.0 \
                    and _word_frequency(word) >= 3.0:
                return True  # «جولته» ("his tour"): a common «جولة» with its «ة» written «ت»
            return _a_word(word) and (stem in common_arabic_words() or _word_frequency(stem) >= 3.3)
    return False


_COMMON_VERB_FREQUENCY = 4.0  # Zipf: about once in 100,000 words


def _feminine_noun(sentence: Sentence, token: Token) -> bool:
    """«يزور الرئيس مدرسة القرية» ("the village school"): a common word written with «ة»
    after a title is a noun, not a foreign given name."""
    return sentence.original(token.start, token.end).endswith("ة") and token.text in common_arabic_words()


def _present_verb(word: str) -> bool:
    """«يغادر» ("leaves", in «نائب الرئيس يغادر عدن»): a common word of the present tense
    («ي», «ت»), not a foreign given name such as «يوهان» or «تاتسو»."""
    return len(word) >= 4 and word[0] in "يت" and word in common_arabic_words() \
        and _word_frequency(word) >= _COMMON_VERB_FREQUENCY


def future_verb(word: str) -> bool:
    """«سيعقد» ("will hold", in «سيرجي لافروف سيعقد اجتماعا»): «س» before a verb far
    commoner without it; not «سيرجي» or «ستيفان»."""
    if len(word) < 4 or word[0] != "س" or word[1] not in "يتنا":
        return False
    verb = _word_frequency(word[1:])
    return verb >= 3.5 and verb > _word_frequency(word)


def _preposition_and_word(word: str) -> bool:
    """«لطباعة» («مجمع الملك فهد لطباعة المصحف»): «ب» or «ل» before a word of the
    language, however rare among the most common ones."""
    rest = word[1:]
    return word[:1] in ("ب", "ل") and len(rest) >= 3 and (
        rest in common_arabic_words() or _word_frequency(rest) >= 3.0)


def _unknown_word(word: str, *, whole: bool = False) -> bool:
    """A word that may be part of a foreign name: Arabic letters, not a known function
    word, title («لرئيس») or place («بدولة قطر»), with or without a prefix; with
    ``whole``, only as written («باولو» is Paolo, though «اولو» is Oulu)."""
    tables = folded_tables()
    bare = word if whole else strip_prefix(word)
    return (bool(re.fullmatch(r"[\u0621-\u064A]{2,}", word)) and word not in ARABIC_STOPWORDS
            and not word.startswith(("ال", "لل", "بال", "و"))
            and word not in tables["title_heads"] and bare not in tables["title_heads"]
            and word not in arabic_vocabulary() and bare not in arabic_vocabulary()
            and places.lookup(word) is None and places.lookup(bare) is None)


def _in_place(tokens: list[Token], index: int) -> bool:
    """«في» before a place inside a title: «رئيس الغرفة التجارية في أبها»."""
    return (tokens[index].text == "في" and index + 1 < len(tokens)
            and places.lookup(tokens[index + 1].text) is not None)


def _is_boundary(token: Token) -> bool:
    return (not re.match(r"[\w\u0621-\u064A]", token.text)) or token.text in ARABIC_STOPWORDS


def _arabic_titles(sentence: Sentence, start: int, end: int,
                   runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token ranges of the titles written just before and after a name."""
    tokens = sentence.tokens
    taken = {k for a, b in runs for k in range(a, b)}
    before = _title_before(tokens, start, end, runs, taken)
    keep = before is not None and not _owned_by_the_name_before(tokens, before, runs, taken)
    titles = [before] if keep else []
    return _titles_after(tokens, end, taken, titles)


def _owned_by_the_name_before(tokens: list[Token], title: tuple[int, int], runs: list[tuple[int, int]],
                              taken: set[int]) -> bool:
    """Whether a title right after another name that has none before it is that name's
    (:func:`_titles_after` gives it to it): «استقبل سامح شكري وزير الخارجية المصري فيسنا
    بوسيتش»; not one joined by «و» («محمد جواد ظريف ووزير الصناعة محمد رضا نعمت زادة»)."""
    if tokens[title[0]].text not in folded_tables()["title_heads"]:
        return False
    previous = next((run for run in runs if run[1] == title[0]), None)
    return previous is not None and _title_before(tokens, *previous, runs, taken) is None


def _title_before(tokens: list[Token], start: int, end: int, runs: list[tuple[int, int]],
                  taken: set[int]) -> tuple[int, int] | None:
    """The token range of the title written just before the name at ``start:end``."""
    # «معالي وزير الخارجية بجمهورية مصر العربية سامح شكري»; not across «و» and an
    # honorific: «... رئيس جامعة نايف وأ. د. ماهر سليم» (the title is the other man's).
    k = start - _honorific_before(tokens, start)
    title_end = k
    if 2 <= k and end < len(tokens) and tokens[k - 1].text in ("،", ",") \
            and tokens[end].text in ("،", ",") and _title_head_before(tokens, k - 1):
        title_end = k - 1  # «بدأ رئيس الوزراء الماليزي ، نجيب عبد الرزاق ، اليوم»: set off by commas
    left = title_end
    # («... آل الشيخ عضو مجلس إدارة ... وعبدالباسط السلفي»: with «و» on the name, the
    # title before it closes the previous person's entry)
    coordinated = _and_honorific(tokens[k:start]) or k == start and _conjoined_name(tokens, start) \
        and any(b <= start for _, b in runs)
    while not coordinated and left > 0 and left - 1 not in taken and not is_trigger_word(
            tokens[left - 1].text) and (not _is_boundary(tokens[left - 1]) or _in_place(tokens, left - 1)
                                         or tokens[left - 1].text in _ACTING
                                         # «رئيس مدينة الملك عبدالله ...», «المشرف العام على مركز ...»
                                         or tokens[left - 1].text in INSTITUTION_WORDS
                                         or _overseer_of(tokens, left - 1)):
        left -= 1
    first_head = next((m for m in range(left, title_end) if _heads_title(tokens, m)), None)
    if first_head is not None:
        return first_head, title_end
    if left < start and " ".join(t.text for t in tokens[left:start]) in _TITLE_HONORIFICS:
        return left, start  # «خادم الحرمين الشريفين الملك سلمان»
    if k < start and " ".join(t.text for t in tokens[k:start]) in _TITLE_HONORIFICS:
        return k, start
    return None


def _titles_after(tokens: list[Token], end: int, taken: set[int], titles: list[tuple[int, int]]
                  ) -> list[tuple[int, int]]:
    """``titles`` (those before the name) with the titles written after it."""
    heads = folded_tables()["title_heads"]
    # After: «جمال العلوي الرئيس التنفيذي لهيئة ... رئيس اللجنة الوطنية ...، المدير ...».
    m = end
    current: int | None = None
    previous_head = False
    while m < len(tokens) and m not in taken:
        word = tokens[m].text
        if word in ("،", ",") and m + 1 < len(tokens) and tokens[m + 1].text in heads:
            if current is not None:
                titles.append((current, m))
            current, previous_head = None, False
            m += 1
            continue
        # («مديرة مكتب الشؤون الثقافية»: "office" after a head is the title's, not "at the office")
        if _is_boundary(tokens[m]) and not (previous_head and word == "مكتب") or is_trigger_word(word) \
                or word in _PARTS_OF_DAY or word in _DAYS_AFTER or word in _SENT_THINGS or future_verb(word):
            # «... رئيس اللجنة الأولمبية العربية السعودية ظهر غد الأحد»: the time, not the title;
            # «... وزير الدفاع اتصالا هاتفيا», «... برقية»: what he received; «... سيغادر»: a verb
            break
        if word in _MATTERS and _place_ends_at(tokens, m):
            break  # «... بدولة الإمارات العربية المتحدة العلاقات الأخوية»: what they reviewed
        if any(_and_honorific(tokens[m:m + size]) for size in (1, 2)) \
                and not (m + 1 < len(tokens) and tokens[m + 1].text in _TITLE_MODIFIERS):
            # «... رئيس جامعة نايف وأ. د. ماهر سليم»: the next person (not «العضو
            # المنتدب والرئيس التنفيذي لـ...», a second title)
            break
        # («الرئيس التنفيذي لمدينة الملك عبدالله»: a king in the name of a body, not a title)
        is_head = word in heads and not in_institution_name([t.text for t in tokens], m) \
            or _assistant_title(tokens, m)
        if current is None:
            if not is_head:
                break
            current = m
        elif is_head and not previous_head and m - current >= 2:
            titles.append((current, m))
            current = m
        previous_head = is_head
        m += 1
    # «التقى الرئيس الروسي فلاديمير بوتين وزير الخارجية الأمريكي جون كيري»: a title that
    # runs into the next name is that person's, when this one has a title before the name
    # (in «استقبل سامح شكري وزير الخارجية المصري فيسنا بوسيتش» it is Shoukry's)
    if current is not None and m > current and (m not in taken or not titles or _conjoined_name(tokens, m)):
        titles.append((current, m))
    return titles


# What someone receives or sends, after his title («تلقى ... وزير الدفاع اتصالا هاتفيا»)
_SENT_THINGS = frozenset(fold(w) for w in ("اتصالا", "اتصالاً", "برقية", "برقيتين", "رسالة", "رسالتين",
                                           "خطابا", "دعوة"))


# What sides review or discuss, the object after «استعرض/بحث ... مع ...» and the other
# side's titles
_MATTERS = frozenset(fold(w) for w in ("العلاقات", "علاقات", "سبل", "أوجه", "آفاق", "مجالات", "الأوضاع",
                                       "المستجدات", "القضايا", "الموضوعات", "المواضيع", "الجهود",
                                       "التعاون", "الأحداث", "مجمل"))


def _place_ends_at(tokens: list[Token], index: int) -> bool:
    """Whether a place's name ends just before ``index`` («الإمارات العربية المتحدة»)."""
    words = [t.text for t in tokens[:index]]
    return any((found := places.find_in(words[k:], fuzzy=False)) is not None and found[1] == index - k
               for k in range(max(0, index - places.MAX_PLACE_WORDS), index))


def _overseer_of(tokens: list[Token], index: int) -> bool:
    """«على» in «المشرف العام على مركز ...»: inside the title ("supervisor of")."""
    return tokens[index].text == PREPOSITION_ALA and index > 0 \
        and tokens[index - 1].text in _OVERSEER_WORDS


_OVERSEER_WORDS = frozenset(fold(w) for w in ("المشرف", "العام", "مشرف", "القائم"))


def _conjoined_name(tokens: list[Token], index: int) -> bool:
    """«وعبدالباسط»: «و» written on a given name, so the name opens the next entry of a list."""
    word = tokens[index].text
    return word.startswith("و") and not is_name_part(word) and is_name_part(word[1:])


def english_opening(folded_title: str) -> str:
    """The English of the longest run of two or more words an Arabic title opens with
    that the vocabulary covers («المدير التنفيذي لمستشفى ...»: Executive Director), else
    "" (one word may be the head of an office it does not name: «رئيس» of «رئيس وزراء ...»)."""
    words = folded_title.split()
    return next((found for size in range(len(words), 1, -1)
                 if (found := english_title(" ".join(words[:size])))), "")


def english_title(folded_title: str) -> str:
    """The English of an Arabic title when the vocabulary covers every word, else ""."""
    table = folded_tables()["to_english"]
    words = folded_title.split()
    if len(words) > 1 and words[-1] in FORMER_WORDS:  # «رئيس وزراء لبنان الأسبق»
        held = english_title(" ".join(words[:-1]))
        return "Former " + held if held else ""
    pieces: list[str] = []
    i = 0
    while i < len(words):
        # «نائبة رئيس الوزراء ووزيرة خارجية كرواتيا»: a second title after «و»
        second = i > 0 and words[i].startswith("و") and len(words[i]) > 3
        for size in range(min(7, len(words) - i), 0, -1):
            english = _english_phrase(words[i:i + size], table, first=i == 0)
            if not english and second:
                english = _english_phrase([words[i][1:], *words[i + 1:i + size]], table, first=True)
                english = "and " + english if english else ""
            if english:
                if pieces and english.startswith("the "):  # «رئيس اللجنة»: Head of the Committee
                    english = "of " + english
                # of a body a «رئيس» is its head; of a country a president stays one
                if english.startswith("of ") and pieces and pieces[-1] in ("President", "and President") \
                        and not ((country := places.lookup(english[3:])) is not None
                                 and country.kind == "country"):
                    pieces[-1] = pieces[-1].replace("President", "Head")
                if english.startswith("of ") and pieces and pieces[-1].endswith(" of"):
                    english = english[3:]  # «أمير منطقة الرياض»: Governor of Riyadh
                pieces.append(english)
                i += size
                break
        else:
            return ""
    return " ".join(pieces)


def _english_phrase(words: list[str], table: dict[str, str], *, first: bool) -> str:
    """English for a run of title words: a known phrase, «لـ»/«بـ» + one, or a place."""
    phrase = " ".join(words)
    if phrase in table:
        return table[phrase]
    if not first and phrase[:1] in ("ل", "ب"):
        bare = ("ال" + phrase[2:]) if phrase.startswith("لل") else phrase[1:]
        if bare in table:
            return "of " + table[bare]
        place = places.lookup(bare)
        if place is not None:
            return "of " + place.name
    place = places.lookup(phrase)
    if place is None and not first:
        # «وزير الخارجية القطري», «الملحق التجاري للجمهورية الاندونيسية»: of Qatar, of Indonesia
        state = words[0][2:] if words[0].startswith("لل") else strip_prefix(words[0]).removeprefix("ال")
        if len(words) == 1 or len(words) == 2 and state in _STATE_WORDS:
            place = places.demonym(words[-1])
    if place is None:
        return ""
    return "of " + place.name if not first and place.kind == "country" else place.name


# «جمهورية», «دولة», «مملكة» before a nisba: «للجمهورية الاندونيسية» is Indonesia
_STATE_WORDS = frozenset(fold(w) for w in ("جمهورية", "دولة", "مملكة", "سلطنة", "إمارة"))


def _arabic_person(sentence: Sentence, run: tuple[int, int],
                   runs: list[tuple[int, int]]) -> Person:
    tokens = sentence.tokens
    start, end = run
    name_start = tokens[start].start + _and_name(tokens, start, listing=True)  # «وخليفة بن داري» is Khalifa's
    name = sentence.original(name_start, tokens[end - 1].end)
    titles, titles_en = [], []
    organisation = country = None
    heads = folded_tables()["title_heads"]
    for a, b in _arabic_titles(sentence, start, end, runs):
        first = tokens[a].text
        # «والمستشار بالديوان الملكي», «وقائد منطقة الطائف», «التقى ... بنائب رئيس الوزراء»:
        # the conjunction or preposition is no part of it
        joined = first[:1] in ("و", "ب", "ل") and first not in heads and first[1:] in heads
        text = sentence.original(tokens[a].start + joined, tokens[b - 1].end)
        folded = " ".join([first[joined:], *(t.text for t in tokens[a + 1:b])])
        titles.append(text)
        titles_en.append(english_title(folded))
        if organisation is None:
            organisation = _organisation(sentence, a, b)
        for m in range(a, b):
            word = tokens[m].text
            if country is None:
                bare = word[1:] if word[:1] in ("ب", "ل") else word
                found = places.find_in([bare] + [t.text for t in tokens[m + 1:b]], fuzzy=False)
                if found and found[0].kind == "country":
                    country = found[0].name
    organisation_en = None
    if organisation:
        english = english_title(fold(organisation))
        organisation_en = english.removeprefix("the ") or None
    return Person(
        name=name, latin=latin_name(name), titles=tuple(titles),
        titles_en=tuple(titles_en), organisation=organisation,
        organisation_en=organisation_en, country=country,
        evidence=sentence.evidence(name_start, tokens[end - 1].end),
    )


_TITLE_MODIFIERS = frozenset(fold(w) for w in (
    "التنفيذي", "التنفيذية", "العام", "العامة", "الخاص", "الأول", "المساعد", "الأعلى", "الدائم",
    "الفخري", "الإقليمي", "بالنيابة", "السابق", "السابقة", "المستقيل", "المستقيلة", "المنتدب"))


def _organisation(sentence: Sentence, a: int, b: int) -> str | None:
    """The body a title belongs to: «الرئيس التنفيذي لهيئة تنظيم سوق العمل» → «هيئة ...»."""
    tokens = sentence.tokens
    heads = folded_tables()["title_heads"]
    m = a
    while m < b and (tokens[m].text in heads or tokens[m].text in _TITLE_MODIFIERS):
        m += 1
    if m >= b or m == a:
        return None
    word = tokens[m].text
    prefixed = word[:1] in ("ل", "ب") and len(word) > 3 and not word.startswith("لدي")
    noun = word.startswith("ال") and not word.endswith(("ي", "يه"))
    if not (prefixed or noun):
        return None
    text = sentence.original(tokens[m].start, tokens[b - 1].end)
    if prefixed:
        text = ("ال" + text[2:]) if text.startswith("لل") else text[1:]
    return text


# -------------------------------------------------------------------- English
@lru_cache(maxsize=1)
def _latin_given_names() -> frozenset[str]:
    """Lower-case Latin spellings in the name index, for telling "Clara Furse" from "Paris Club"."""
    return frozenset(latin.lower() for (latin,) in _name_index(
        "SELECT DISTINCT latin FROM units WHERE role = 'given'"))


_EN_NAME_PARTICLES = frozenset({"al", "bin", "de", "van", "von", "al-", "el", "arap", "la", "der", "del",
                                "los", "da", "di", "du"})


def _english_people(sentence: Sentence, honoured: frozenset[str]) -> list[tuple[int, int, int]]:
    """(title start, name start, name end) token indexes of the people named in a sentence.

    A name is a capitalised run after its title words ("Foreign Minister",
    "Iraq's"); an untitled run counts when its first word is a known given
    name or its last word is elsewhere "Mr X" / "Ms X" (``honoured``).
    """
    tokens = sentence.tokens
    raw = [sentence.text[t.start:t.end] for t in tokens]
    found = []
    i = 0
    while i < len(tokens):
        if not capitalised(raw[i]):
            i += 1
            continue
        j = i
        while j < len(tokens) and (capitalised(raw[j]) or (
                j > i and tokens[j].text in _EN_NAME_PARTICLES and (
                    j + 1 < len(tokens) and capitalised(raw[j + 1])
                    # "Miguel de la Madrid", "Ursula von der Leyen"
                    or j + 2 < len(tokens) and tokens[j + 1].text in _EN_NAME_PARTICLES
                    and capitalised(raw[j + 2])))):
            j += 1
            if _full_stop(raw[j - 1]):
                break  # "... held on 5 May. Mr Blair": a sentence the segmenter left joined
        while i < j - 1 and tokens[i].text in _EN_STOP and not _initial(raw[i]):
            i += 1  # "But Reagan announced ...": capitalised only as the sentence's first word
        while i < j - 1 and tokens[i].text in _EN_CALENDAR:
            i += 1  # "says on 13 March Lord Goldsmith met ...": a date before the title
        if (i > 0 and tokens[i - 1].text in ("in", "at") and j - i >= 3
                and places.lookup(raw[i]) is not None):
            i += 1  # "met ... in Paris Haddadi Gholam-reza": the place is not a name
        # "Turkish Ambassador to Athens Nazmi Akiman": the post's place ends the title
        posted = i >= 2 and tokens[i - 1].text == "to" and tokens[i - 2].text in POSTED_TITLES \
            and j - i >= 3 and places.lookup(raw[i]) is not None
        if posted:
            i += 1
        title_end = i
        while title_end < j and not _initial(raw[title_end]) and (
                _english_title_word(tokens[title_end].text) or (
                # a modifier before a title: "Kenyan President", "Peruvian central bank" (not
                # a name's last word: "Labour MP Oona King")
                title_end + 1 < j - 1 and tokens[title_end + 1].text in ENGLISH_TITLE_WORDS
                )):
            title_end += 1
        # "Federal Reserve Board Chairman Alan Greenspan", "West German Finance Minister
        # Gerhard Stoltenberg": what comes before the run's last title word is its office
        heads = [k for k in range(title_end, j - 1) if _english_title_head(tokens[k].text)]
        if heads:
            title_end = heads[-1] + 1
        # "GM's Rick Wagoner": a body's possessive before a name of two words
        owned = j - title_end >= 3 and tokens[title_end].text.endswith("'s") \
            and not any(tokens[k].text.endswith("'s") for k in range(title_end + 1, j))
        title_end += owned
        name_words = [tokens[k].text for k in range(title_end, j)]
        start = i
        if posted:  # from the title, and the title words before it: "Turkish Ambassador to Athens"
            start = i - 3
            while start > 0 and capitalised(raw[start - 1]) and _english_title_word(tokens[start - 1].text):
                start -= 1
        if start == title_end and j - title_end >= 2:
            # "minister for women Jacqui Smith" (a name of two words: not "vice chairman of
            # banking giant Citigroup")
            start = _office_of_a_field_before(tokens, raw, start)
        # "LSE chief executive Clara Furse", "SEPA vice-director Pan Yue": lower-case title
        # words and acronyms before
        while start > 0 and (tokens[start - 1].text in ENGLISH_TITLE_WORDS
                             or "-" in tokens[start - 1].text and _english_title_head(tokens[start - 1].text)
                             or raw[start - 1].isupper() and len(raw[start - 1]) >= 2
                             # "Chancellor of the Exchequer Nigel Lawson"
                             or tokens[start - 1].text in ("of", "the") and any(
                                 tokens[k].text in ENGLISH_TITLE_HEADS
                                 for k in range(max(0, start - 3), start - 1))):
            start -= 1
        start = _office_words_before(tokens, raw, start) if start < title_end else start
        titled = owned or any(_english_title_head(tokens[k].text) for k in range(start, title_end)) or (
            # "Labour minister, Alfredo Franco, met ...": the title before a comma
            start >= 2 and tokens[start - 1].text == ","
            and tokens[start - 2].text in ENGLISH_TITLE_HEADS)
        plausible = (
            name_words and not any(w in ENGLISH_NOT_NAMES or w in _EN_ORGS or w.endswith("'s")
                                   # "the Paris G-7 meeting": no name has a digit
                                   or any(c.isdigit() for c in w) for w in name_words)
            # "An Audience With Alastair Campbell": a programme in title case, no one's name
            and not any(w in _EN_STOP for w in name_words[1:])
            and places.lookup(" ".join(raw[title_end:j])) is None
            # "Chief U.S. Arms control negotiator Max Kampelman": a country's initials open
            # an office, no one's name
            and not (raw[title_end].isupper() and (initials := places.lookup(raw[title_end])) is not None
                     and initials.kind == "country")
            and (titled or (len(name_words) >= 2 and name_words[0] not in _EN_PARTICLES
                            and (name_words[0] in _latin_given_names()
                                 or name_words[-1] in honoured))))
        # "Gabin Ran Kankani, head of the Bank's Brazil division": a title after the name
        appositive = j + 1 < len(tokens) and tokens[j].text == "," and (
            tokens[j + 1].text in ENGLISH_TITLE_HEADS | {"head", "chief"}
            # "A. Karasmasoglu, World Bank vice-president": a body's office
            or any(_english_title_head(tokens[k].text) and all(capitalised(raw[m]) for m in range(j + 1, k))
                   for k in range(j + 2, min(j + 5, len(tokens))))
            # "Blake Lee-Harwood, campaigns director at Greenpeace": lower-case office words
            or _office_from(tokens, raw, j + 1) is not None)
        if j - title_end == 1 and title_end == i and i > 0 and tokens[i - 1].text == "of":
            # "the director general of OMNIS", "a representative of Sunkist": whose office,
            # not who holds it
            plausible = False
        if not plausible and appositive and len(name_words) >= 2 and not any(
                w in ENGLISH_NOT_NAMES or w in _EN_ORGS for w in name_words):
            plausible = places.lookup(" ".join(raw[title_end:j])) is None
        if plausible:
            found.append((start, title_end, j))
        i = max(j, i + 1)
    return found


def _office_of_a_field_before(tokens: list[Token], raw: list[str], start: int) -> int:
    """"minister for women Jacqui Smith", "director of telecoms research Tony Lavender",
    "secretary of state George Shultz": a title, "for" or "of", and one or two lower-case
    words of its field right before a name; where the title starts (``start`` when none)."""
    k = _lower_case_words_before(tokens, raw, start, 2)
    if k == start or k < 2 or tokens[k - 1].text not in ("for", "of"):
        return start
    return k - 2 if _english_title_head(tokens[k - 2].text) else start


def _lower_case_words_before(tokens: list[Token], raw: list[str], start: int, most: int) -> int:
    """Where the run of up to ``most`` lower-case words (no stop words) that ends at
    ``start`` begins; ``start`` when there is none."""
    k = start
    while k > 0 and start - k < most and raw[k - 1].isalpha() and raw[k - 1].islower() \
            and tokens[k - 1].text not in _EN_STOP:
        k -= 1
    return k


def _office_words_before(tokens: list[Token], raw: list[str], start: int) -> int:
    """"Mexican central bank head Miguel Mancera": the lower-case words of an office
    between a nationality (or "Mexico's") and its title, up to three."""
    k = _lower_case_words_before(tokens, raw, start, 3)
    if k == start or k == 0:
        return start
    before = tokens[k - 1].text
    owner = before in ENGLISH_NATIONALITIES or (
        before.endswith("'s") and places.lookup(before[:-2]) is not None)
    return k - 1 if owner else start


_ABBREVIATIONS = frozenset("gov sen rep col gen sgt capt prof cmdr adm lieut maj insp supt messrs "
                           "mrs jr sr st no".split())


def _initial(raw_word: str) -> bool:
    """"A." in "A. Karasmasoglu": a given name's initial, not the article."""
    return bool(re.fullmatch(r"[A-Z]\.", raw_word))


def _full_stop(raw_word: str) -> bool:
    """Whether a word as written ends a sentence ("May."), not an abbreviation ("Gen.")."""
    match = re.fullmatch(r"([A-Za-z]{3,})\.", raw_word)
    return bool(match) and match.group(1).lower() not in _ABBREVIATIONS


def _english_title_word(word: str) -> bool:
    return (is_english_title_word(word) or word in ENGLISH_NATIONALITIES or word in _EN_ORGS
            or word in _EN_STOP or (word.endswith("'s") and places.lookup(word[:-2]) is not None))


def _english_title_head(word: str) -> bool:
    """A word that makes a run a title: "Minister", and "Vice-President" as well."""
    return word in ENGLISH_TITLE_HEADS or "-" in word and word.split("-")[-1] in ENGLISH_TITLE_HEADS


def capitalised(word: str) -> bool:
    return word[:1].isupper() and word.lower() not in ("i",)


def _english_person(sentence: Sentence, span: tuple[int, int, int]) -> Person:
    tokens = sentence.tokens
    title_start, start, end = span
    name = sentence.original(tokens[start].start, tokens[end - 1].end)
    # ("Chancellor of the Exchequer" keeps "of the", "minister for women" its "for")
    inner = range(title_start + 1, start - 1)
    title_words = [sentence.text[t.start:t.end] for k, t in enumerate(tokens[title_start:start], title_start)
                   if (t.text not in _EN_STOP or k in inner and t.text in ("of", "the", "for")
                       or k in inner and t.text == "to" and tokens[k - 1].text in POSTED_TITLES)
                   and t.text.rstrip(".") not in _EN_HONORIFICS]
    if not title_words:
        office = _office_between_commas(sentence, start, end)
        if office is not None:
            first = office[0] + (tokens[office[0]].text in ("the", "a", "an"))
            title_words = sentence.original(tokens[first].start, tokens[office[1] - 1].end).split()
    country = organisation = None
    kept = []
    for k, word in enumerate(title_words):
        lower = word.lower()
        if lower in _COMPASS and k + 1 < len(title_words) and \
                title_words[k + 1].lower() in ENGLISH_NATIONALITIES:
            continue  # "West German": the nationality says the country
        place = places.lookup(lower[:-2]) if lower.endswith("'s") else None
        if place is not None and country is None:
            country = place.country_name  # "Iraq's Trade Minister"
        elif lower in ENGLISH_NATIONALITIES and country is None:
            country = places.country_name(ENGLISH_NATIONALITIES[lower])
        elif lower in _EN_ORGS:
            organisation = word
        elif lower.endswith("'s") and k == len(title_words) - 1 and organisation is None:
            organisation = word[:-2]  # "GM's Rick Wagoner"
        else:
            kept.append(word)
    if all(places.lookup(word) is not None for word in kept):
        kept = []  # "the relief deal with Tanzania Mr Brown said": a place is no title
    title = " ".join(kept)
    return Person(name=name, latin=name, titles=(title,) if title else (),
                  titles_en=(title,) if title else (), organisation=organisation,
                  organisation_en=organisation, country=country,
                  evidence=sentence.evidence(tokens[start].start, tokens[end - 1].end))


_COMPASS = frozenset({"west", "east", "north", "south"})
_OFFICE_LINKS = frozenset({"of", "at", "for", "to", "on", "in", "the", "and", "&"})


def _office_between_commas(sentence: Sentence, start: int, end: int) -> tuple[int, int] | None:
    """Token range of an office set off by commas beside a name: after it ("Jean-Paul
    Dessertine, international director at BUE, said") or before it ("The
    Director-General of the Food and Agricultural Organisation (FAO), Edouard Saouma,")."""
    tokens = sentence.tokens
    raw = [sentence.text[t.start:t.end] for t in tokens]
    if end < len(tokens) and tokens[end].text == ",":
        office = _office_from(tokens, raw, end + 1)
        if office is not None:
            return office
    if start >= 2 and tokens[start - 1].text == "," and end < len(tokens) and tokens[end].text == ",":
        for first in range(max(0, start - 14), start - 1):
            if first == 0 or tokens[first - 1].text in (",", "-", "the", "a"):
                office = _office_from(tokens, raw, first)
                if office is not None and office[1] == start - 1:
                    return office
    return None


def _office_from(tokens: list[Token], raw: list[str], first: int) -> tuple[int, int] | None:
    """An office starting at token ``first``: up to two words before its head ("managing
    director"), then what it heads ("of the Food and Agricultural Organisation (FAO)")."""
    if first < len(tokens) and tokens[first].text in ("the", "a", "an"):
        first += 1
    head = next((k for k in range(first, min(first + 3, len(tokens)))
                 if _english_title_head(tokens[k].text) and tokens[k].text not in _EN_HONORIFICS), None)
    if head is None or any(not raw[k].isalpha() or capitalised(raw[k])
                           and tokens[k].text not in ENGLISH_TITLE_WORDS for k in range(first, head)):
        return None
    last = head + 1
    while last < len(tokens) and tokens[last].text in ENGLISH_TITLE_WORDS and raw[last].islower():
        last += 1  # "chief executive"
    if last < len(tokens) and tokens[last].text not in _OFFICE_LINKS and tokens[last].text != ",":
        return None  # "President Alan Garcia": a titled name, not an office
    possessed = False  # "... Trade's negotiating group": what the body has is the office too
    while last < len(tokens) and last - first < 14 and (
            tokens[last].text in _OFFICE_LINKS or capitalised(raw[last]) or raw[last].isupper()
            or raw[last] in ("(", ")")  # "(FAO)"
            # "director of the Japan office of the U.S. Trade Representative's Office"
            or raw[last].isalpha() and last + 1 < len(tokens) and tokens[last + 1].text == "of"
            or possessed and raw[last].isalpha()):
        possessed = raw[last].endswith("'s") or possessed and raw[last].islower()
        last += 1
    while last > head + 1 and (tokens[last - 1].text in _OFFICE_LINKS or raw[last - 1] == "("):
        last -= 1
    return first, last


def _surname_mentions(sentences: list[Sentence], per_sentence: list[list[Mention]]) -> None:
    """Add the later mentions of a person by surname alone ("Funaro", "Reagan")
    after a full or titled mention ("Dilson Funaro", "President Reagan")."""
    known: dict[str, Person] = {}
    particles: dict[str, str] = {}  # "Croo" → "de": "Herman De Croo" is later "De Croo"
    family_first: dict[str, Person] = {}
    for mentions in per_sentence:
        for mention in mentions:
            words = mention.person.name.lower().split()
            surname = words[-1]
            if surname not in _EN_PARTICLES and len(surname) >= 3:
                known.setdefault(surname, mention.person)
                if len(words) >= 3 and words[-2] in _EN_PARTICLES:
                    particles.setdefault(surname, words[-2])
            # "Trade Minister Rha Woong Bae", "Finance Minister Chung In-yong": a titled
            # Korean or Chinese name starts with the family name ("Rha said ..."); a
            # Western given name never stands alone so
            if mention.person.titles and len(words) >= 2 and len(words[0]) >= 3 \
                    and words[0] not in _latin_given_names() and not places.find_in(words, fuzzy=False) \
                    and words[0] not in _EN_PARTICLES and ("-" in words[1] or len(words) >= 3):
                family_first.setdefault(words[0], mention.person)
    for word, person in family_first.items():
        known.setdefault(word, person)
    for sentence, mentions in zip(sentences, per_sentence):
        covered = _covering(sentence, mentions)
        added = [Mention(replace(known[token.text], evidence=sentence.evidence(token.start, token.end)),
                         sentence, k)
                 for k, token in enumerate(sentence.tokens)
                 if k not in covered and token.text in known
                 and capitalised(sentence.text[token.start:token.end])
                 # "Howard Baker" is not "James Baker" (but "But Reagan" is Reagan)
                 and not (k > 0 and sentence.tokens[k - 1].text not in _EN_STOP
                          and sentence.tokens[k - 1].text != particles.get(token.text)
                          and capitalised(sentence.text[sentence.tokens[k - 1].start:
                                                        sentence.tokens[k - 1].end]))]
        if added:
            mentions[:] = sorted(mentions + added, key=lambda m: m.position)


# ------------------------------------------------------------------- assembly
_HONOURED = re.compile(r"\b(?:mr|ms|mrs|dr|sir)\.? ([a-z][\w'-]+)")


def people_named(sentences: list[Sentence], language: str) -> list[list[Mention]]:
    honoured = frozenset(m.group(1) for s in sentences for m in _HONOURED.finditer(s.folded))
    per_sentence = []
    for number, sentence in enumerate(sentences):
        mentions = []
        if language == ARABIC and _is_byline(sentences, number):
            pass  # «إبراهيم الحذيفي – عين اليوم»: the reporter, no one in the news
        elif language == ARABIC:
            runs = _arabic_people(sentence)
            for run in runs:
                mentions.append(Mention(_arabic_person(sentence, run, runs), sentence, run[0]))
        else:
            for span in _english_people(sentence, honoured):
                mentions.append(Mention(_english_person(sentence, span), sentence, span[1]))
        per_sentence.append(mentions)
    if language == ARABIC:
        _arabic_surname_mentions(sentences, per_sentence)
    else:
        _surname_mentions(sentences, per_sentence)
    return per_sentence


# A reporter's line: a few words, a dash, a few words («محمد السريعي – عين اليوم»)
_BYLINE = re.compile(r"^\W*(?:\S+\s+){1,3}\S+\s*[–-]\s*(?:\S+\s*){1,3}$")


def _is_byline(sentences: list[Sentence], number: int) -> bool:
    """Whether a sentence is an article's opening line that names its reporter and
    outlet, a paragraph of its own."""
    sentence = sentences[number]
    return number == 0 and sentence.paragraph == 0 \
        and bool(_BYLINE.match(sentence.text[sentence.start:sentence.end])) \
        and (len(sentences) == 1 or sentences[1].paragraph != 0)


def _famous_foreign_name(word: str) -> bool:
    """«كارتر», «بوتين», «أردوغان»: a family name frequent in Arabic news for its famous
    bearers, neither a word of the language (no article) nor an Arabic name part."""
    return len(word) >= 4 and not word.startswith("ال") and not is_name_part(word)


def _arabic_surname_mentions(sentences: list[Sentence], per_sentence: list[list[Mention]]) -> None:
    """Add the mentions of a person by family name alone («بين كيري ونظيره الروسي»
    after «جون كيري»). The family name must be one person's in the article, and no
    common word or place («الفهد», «جدة») or father's name («بن سلمان»)."""
    known: dict[str, Person | None] = {}
    said_only: set[str] = set()  # common words («شكري» "my thanks"): only as a speaker
    for mentions in per_sentence:
        for mention in mentions:
            names = mention.person.name.split()
            if len(names) < 2:
                continue
            surname = fold(names[-1])
            if len(surname) < 3 or fold(names[-2]) in _NOT_FAMILY_NAME_AFTER \
                    or places.lookup(surname) is not None or is_trigger_word(surname):
                continue
            if surname in common_arabic_words() and not _famous_foreign_name(surname):
                said_only.add(surname)
            other = known.setdefault(surname, mention.person)
            if other is not None and not same_person(other, mention.person):
                known[surname] = None  # two of one family: «صالح الحربي», «محمود الحربي»
    for sentence, mentions in zip(sentences, per_sentence):
        tokens = sentence.tokens
        covering = _covering(sentence, mentions)
        for k, token in enumerate(tokens):
            person = known.get(token.text)
            if person is None or k in covering \
                    or token.text in said_only and (k == 0 or tokens[k - 1].text not in _SPEAKING):
                continue
            before = covering.get(k - 1)
            given = fold(person.name.split()[0])
            if before is not None:
                # «عبد الله» found, then «الحصين»: one name, if it is the same man's
                if "".join(before.person.name.split()) + fold(person.name.split()[-1]) \
                        == "".join(fold(person.name).split()):
                    start = before.person.evidence.start
                    whole = replace(person, evidence=sentence.evidence(start, token.end))
                    mentions[mentions.index(before)] = Mention(whole, sentence, before.position)
                continue
            previous = tokens[k - 1].text if k > 0 else ""
            bare = previous[1:] if previous.startswith("و") and len(previous) > 3 else previous
            names = fold(person.name).split()
            # «على أن يلتقي دي ميستورا اليوم» after «ستيفان دي ميستورا»: the particle too
            particle = previous in _FOREIGN_PARTICLES and len(names) >= 3 and names[-2] == previous \
                and k - 1 not in covering
            if not particle and (is_name_part(previous) or is_name_part(bare)) \
                    and given not in (previous, bare) and not is_trigger_word(previous):
                continue  # «صالح الحربي» is not «محمود الحربي» (but «التقى لافروف» is he)
            first = k - 1 if particle else k
            found = replace(person, evidence=sentence.evidence(tokens[first].start, token.end))
            mentions.append(Mention(found, sentence, first))
        mentions.sort(key=lambda m: m.position)


def _covering(sentence: Sentence, mentions: list[Mention]) -> dict[int, Mention]:
    """The mention each token of a sentence belongs to, by token index."""
    return {k: m for m in mentions for k, t in enumerate(sentence.tokens)
            if m.person.evidence is not None and m.person.evidence.start <= t.start < m.person.evidence.end}


_COMPASS_POINTS = frozenset(fold(w) for w in ("جنوب", "شمال", "شرق", "غرب", "وجنوب", "وشمال", "وشرق", "وغرب"))
# «الشمالي», «الشرقية»: a point of the compass after a city names its quarter
_POINT_ADJECTIVES = frozenset(fold("ال" + w + e) for w in ("شمالي", "جنوبي", "شرقي", "غربي")
                              for e in ("", "ة"))


# «ويدعى», «المدعو», «اسمه»: "called", "named", "his name is", before a name
_NAMING_WORDS = frozenset(fold(w) for w in (
    "يدعى", "ويدعى", "تدعى", "وتدعى", "المدعو", "المدعوة", "اسمه", "واسمه", "اسمها", "واسمها"))


# «ونوه شكري»: verbs a report puts before the family name of whom it quotes
_SPEAKING = frozenset(fold(w) for v in (
    "أكد", "قال", "أوضح", "أضاف", "نوه", "شدد", "أشار", "لفت", "أعرب", "أعلن", "صرح", "دعا",
    "استهل", "تناول") for w in (v, "و" + v))


_NOT_FAMILY_NAME_AFTER = frozenset(fold(w) for w in ("بن", "بنت", "ابن", "آل", "ال", "أبو", "ابو"))


def same_person(a: Person, b: Person) -> bool:
    """Whether two mentions name one person ("Mr Blair" and "Tony Blair"), not two of
    one family («محمد بن زايد آل نهيان» and «طحنون بن زايد آل نهيان»)."""
    keys_a, keys_b = name_keys(a.name), name_keys(b.name)
    shared = keys_a & keys_b
    if not shared:
        return False
    words_a, words_b = _name_words(a.name), _name_words(b.name)
    if len(words_a) > 1 and len(words_b) > 1 and not (
            name_keys(words_a[0]) & name_keys(words_b[0])):
        return False  # different given names
    (one, one_words), (other, other_words) = sorted(((a, words_a), (b, words_b)), key=lambda p: len(p[1]))
    if len(one_words) == 1 < len(other_words) and _royal(one) and not _royal(other):
        return False  # "Prince Charles" is called "Charles", and is no "Charles Kennedy"
    father_a, father_b = _father(words_a), _father(words_b)
    if father_a and father_b and not name_keys(father_a) & name_keys(father_b):
        return False  # «محمد بن سلمان ... آل سعود» and «محمد بن نايف ... آل سعود»
    surname = _surname(a)
    return len(shared) >= min(len(keys_a), len(keys_b)) or bool(surname) and surname == _surname(b)


_ROYAL_TITLES = frozenset("prince princess king queen".split())


def _royal(person: Person) -> bool:
    """Whether an English mention carries a royal title, by which a given name alone names
    its bearer."""
    return any(_ROYAL_TITLES.intersection(title.lower().split()) for title in person.titles)


def _name_words(name: str) -> list[str]:
    """The words of a name, «عبد» joined to the word after it: «نجيب عبد الرزاق» is
    Najib and Abd al-Razzaq, and «عبد الرزاق» alone is no other given name."""
    return re.sub(r"(?<!\S)(عبد) (?=\S)", r"\1_", name).split()


_FATHER_OF = frozenset({"بن", "بنت", "ابن", "bin", "ibn", "bint"})


def _father(words: list[str]) -> str:
    """The father's name in «X بن Y ...» ("X bin Y ..."), or ""."""
    at = next((k for k, w in enumerate(words[:-1]) if w.lower() in _FATHER_OF), None)
    return words[at + 1] if at is not None else ""


def _surname(person: Person) -> str:
    """The family name, or "" when the name ends in a father's name: «محمد بن نايف بن
    عبدالعزيز» and «محمد بن سلمان بن عبدالعزيز» are brothers' sons, not one man."""
    words = person.latin.lower().replace("-", " ").split()
    if len(words) >= 2 and words[-2] in ("bin", "ben", "ibn", "bint"):
        return ""
    return words[-1] if words else ""


def merge_mentions(a: Person, b: Person) -> Person:
    """One person from two mentions: the longer name, every title."""
    keep, other = (a, b) if len(a.name) >= len(b.name) else (b, a)
    titles = tuple(dict.fromkeys(keep.titles + other.titles))
    titles_en = tuple(dict.fromkeys(keep.titles_en + other.titles_en))
    return replace(keep, titles=titles, titles_en=titles_en,
                   organisation=keep.organisation or other.organisation,
                   organisation_en=keep.organisation_en or other.organisation_en,
                   country=keep.country or other.country)
