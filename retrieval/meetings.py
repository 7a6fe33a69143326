"""Extract meeting records from one document, in Arabic or English.

No Arabic named-entity recogniser ships its model in a package (CAMeL Tools,
Farasa and Stanza download theirs at run time), so people are found the way
news writes them: a run of words that are attested personal-name parts (the
name index of ``arabic-name-romanizer``) or that follow an honorific
(«الدكتورة», "Dr", "President"), with the title phrase next to it. English
names are capitalised runs, split from the titles before them.

The work is done per document, not per sentence: a sentence that reports a
meeting («جاء ذلك خلال لقاء الدكتورة غادة والي», "He met ...") with one named
side takes the person the article is about (its first named person) as the
other; later sentences with «الجانبان» / "the two sides" add topics and
outcomes to the meeting they follow.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

from . import places
from .dates import find_dates
from .meeting_records import Evidence, Fact, Meeting, Person
from .meeting_vocabulary import (
    ENGLISH_ANAPHORA, ENGLISH_NATIONALITIES, ENGLISH_OUTCOMES, ENGLISH_TITLE_HEADS,
    ENGLISH_TITLE_WORDS,
    ENGLISH_TOPICS, ENGLISH_TRIGGERS, fold, folded_tables, phrase_pattern,
)
from .names import name_keys, romanize
from .normalize import ARABIC, fold_with_offsets

EXTRACTOR_VERSION = 10
MAX_FACT_CHARS = 300
MAX_NAME_WORDS = 6
_MIN_NAME_COUNT = 3  # attestations in the name index for a word to count as a name part

# «على» (on) folds to «علي» (Ali); tokens keep the preposition apart under this form.
_PREPOSITION_ALA = "على"
_AR_STOP = frozenset({_PREPOSITION_ALA}) | frozenset(fold(w) for w in (
    "في", "من", "إلى", "عن", "مع", "خلال", "اليوم", "أمس", "أن", "إن", "وذلك", "ذلك",
    "الذي", "التي", "حيث", "بحضور", "كما", "وقد", "قد", "لبحث", "حفظه", "حفظها", "أيده", "رعاه",
    "الله", "والوفد", "الوفد", "وعدد", "عدد", "بين", "بعد", "قبل", "عبر", "هذا", "هذه",
    "وأكد", "أكد", "وأوضح", "أوضح", "وقال", "قال", "بمقر", "مقر", "بمكتب", "مكتب", "بقصر", "قصر",
    "مساء", "صباح", "يوم", "امس", "المفدى", "بالنيابة", "سموه", "معاليه", "جلالته",
    "نظيره", "نظيرها", "نظيريه", "نظراءه",
))
# Honorifics that are also titles, worth showing as one.
_TITLE_HONORIFICS = frozenset(fold(w) for w in (
    "خادم الحرمين الشريفين", "خادم الحرمين الشريفين الملك", "الملك", "الأمير", "الشيخ",
    "الملكة", "الأميرة", "ولي العهد", "عاهل البلاد"))
# Honorifics after which a word outside the name index may still be a
# (foreign) name: «الدكتور رالف بيتر كينج».
_PERSONAL_HONORIFICS = frozenset(fold(w) for w in (
    "الدكتور", "الدكتورة", "د", "السيد", "السيدة", "المهندس", "المهندسة", "الأستاذ", "الأستاذة",
    "الرئيس", "السفير", "معالي", "سعادة", "فخامة"))
# Nouns that make «الملك عبدالعزيز» part of a place or body's name.
_INSTITUTIONS = frozenset(fold(w) for w in (
    "مطار", "مستشفى", "جامعة", "مدينة", "شارع", "مركز", "مجمع", "كلية", "قاعدة", "مؤسسة",
    "جائزة", "طريق", "حي", "مسجد", "برنامج", "مكتبة", "دارة", "ميناء", "صندوق", "مشروع",
    "قصر", "ملعب", "استاد", "معهد", "مستشفي"))
_AR_INSTITUTIONS_EXTRA = frozenset(fold(w) for w in ("بمطار", "بمستشفى", "بجامعة", "بمدينة",
                                                       "لجامعة", "لمستشفى", "ومستشفى", "وجامعة"))
_AR_CONNECTORS = frozenset({"بن", "بنت", "ابن", "ال", "ابو", "عبد", "ام"})
_EN_STOP = frozenset("""the a an but and he she it they his her its in on at of for to with by
this that these those when while after before mr said says also however meanwhile on""".split())
_EN_NOT_NAMES = frozenset("""party ministry bank corporation inc co corp group union council
committee commission house office street government administration agency department company
airlines association organisation organization fund news court parliament congress senate
club motors
assembly board league federation exchange market treasury reuters bbc january february march
april may june july august september october november december monday tuesday wednesday
thursday friday saturday sunday""".split())
_EN_PARTICLES = frozenset({"al", "el", "de", "van", "von", "le", "la", "bin"})
_EN_HONORIFICS = frozenset({"mr", "ms", "mrs", "dr", "sir", "dame"})
_EN_ORGS = frozenset("un eu nato opec imf wto fed g7 g8 who unesco unicef gcc asean".split())
_WORD = re.compile(r"[\w\u0621-\u064A]+(?:[.'\-][\w\u0621-\u064A]+)*\.?|[^\w\s]")


@lru_cache(maxsize=1)
def _name_parts() -> dict[str, int]:
    """Folded Arabic name parts → attestations, from arabic-name-romanizer's index."""
    index = resources.files("arabic_name_romanizer").joinpath("resources/names.sqlite3")
    counts: dict[str, int] = {}
    with resources.as_file(index) as path:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            for key, count in connection.execute(
                    "SELECT arabic_key, SUM(count) FROM units GROUP BY arabic_key"):
                for word in fold(key).split():
                    counts[word] = counts.get(word, 0) + count
        finally:
            connection.close()
    return counts


@dataclass
class _Token:
    text: str  # folded
    start: int  # in the window's original text
    end: int


@dataclass
class _Sentence:
    paragraph: int
    window: int
    text: str  # the window's original text
    start: int
    end: int
    folded: str = ""
    tokens: list[_Token] = field(default_factory=list)

    def evidence(self, start: int | None = None, end: int | None = None) -> Evidence:
        return Evidence(self.paragraph, self.window, self.start if start is None else start,
                        self.end if end is None else end)

    def original(self, start: int, end: int) -> str:
        return self.text[start:end].strip(" ،,.:;")


@dataclass
class _Mention:
    person: Person
    sentence: _Sentence
    position: int  # token index of the name's first word


_INITIAL_AT_END = re.compile(r"(?:^|\s)\w\.\s*$")


def _joined(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans, rejoined where the splitter cut after an initial («د.», "J.")."""
    joined: list[tuple[int, int]] = []
    for start, end in spans or [(0, len(text))]:
        if joined and _INITIAL_AT_END.search(text[joined[-1][0]:joined[-1][1]]):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _sentences(windows: Sequence[tuple[int, int, str, Sequence[tuple[int, int]]]]) -> list[_Sentence]:
    result = []
    for paragraph, window, text, spans in windows:
        for start, end in _joined(text, spans):
            sentence = _Sentence(paragraph, window, text, start, end)
            folded, where = fold_with_offsets(text[start:end])
            sentence.folded = folded
            sentence.tokens = [
                _Token(_PREPOSITION_ALA if text[start + where[m.start()]:
                                                 start + where[m.end() - 1] + 1] in ("على", "وعلى")
                       else m.group(0).rstrip("."),
                       start + where[m.start()], start + where[m.end() - 1] + 1)
                for m in _WORD.finditer(folded)]
            result.append(sentence)
    return result


# --------------------------------------------------------------------- Arabic
def _strip_prefix(word: str) -> str:
    for prefix in ("وب", "وال", "ول", "و", "ف"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix):] if prefix != "وال" else word[1:]
    return word


def _is_arabic_name_part(word: str) -> bool:
    tables = folded_tables()
    if word in _AR_STOP or word in tables["title_heads"] or word in _AR_CONNECTORS:
        return False
    if word.startswith("عبد") and len(word) >= 6:  # «عبدالعزيز» is indexed as «عبد العزيز»
        return True
    return _name_parts().get(word, 0) >= _MIN_NAME_COUNT


def _honorific_before(tokens: list[_Token], index: int) -> int:
    """How many tokens before ``index`` form an honorific («الدكتورة», «صاحب السمو»)."""
    honorifics = folded_tables()["honorifics"]
    for size in (4, 3, 2, 1):
        if index - size >= 0 and " ".join(t.text for t in tokens[index - size:index]) in honorifics:
            return size
    return 0


def _arabic_people(sentence: _Sentence) -> list[tuple[int, int]]:
    """Token ranges of the names in an Arabic sentence."""
    tokens = sentence.tokens
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        honoured = _honorific_before(tokens, i) > 0
        word = tokens[i].text
        if word.startswith(("ال", "لل")) or _trigger_at(word) or not (
                _is_arabic_name_part(word) or (honoured and _unknown_word(word))):
            # A name opens with a given name, never with «ال»: «الرئيس التنفيذي» is a title.
            i += 1
            continue
        if honoured and i >= 2 and tokens[i - 2].text in _INSTITUTIONS | _AR_INSTITUTIONS_EXTRA:
            i += 1  # «مطار الملك عبدالعزيز» names an airport, not a person
            continue
        foreign = honoured and tokens[i - 1].text in _PERSONAL_HONORIFICS
        j = i + 1
        while j < len(tokens) and j - i < MAX_NAME_WORDS:
            word = tokens[j].text
            if _trigger_at(word):
                break
            if word in _AR_CONNECTORS and j + 1 < len(tokens):
                j += 1
                continue
            if _is_arabic_name_part(word) or (foreign and j - i < 3 and _unknown_word(word)):
                j += 1
                continue
            if j - i >= 2 and (_family_name(word) or _after_bin(tokens, i, j) and _article_name(word)):
                j += 1  # «وليد بن محمد الصمعاني», «علي بن ناصر الغفيص»: a family name the index lacks
            break
        while j > i and tokens[j - 1].text in _AR_CONNECTORS:
            j -= 1
        if j - i >= 2 or (honoured and j - i >= 1):
            phrase = " ".join(t.text for t in tokens[i:j])
            if places.lookup(phrase) is None:
                runs.append((i, j))
        i = max(j, i + 1)
    return runs


# Nisba adjectives that name no country («الأممي», «الدولي»).
_ADJECTIVES = frozenset(fold("ال" + w) for w in (
    "أممي", "دولي", "عربي", "خليجي", "إسلامي", "أوروبي", "إقليمي", "وطني", "رسمي", "حكومي"))


def _after_bin(tokens: list[_Token], i: int, j: int) -> bool:
    """Whether a name so far has the form «X بن Y»."""
    return any(t.text in ("بن", "بنت") for t in tokens[i:j])


def _article_name(word: str) -> bool:
    """An «ال» word that can end a «X بن Y» name: not a title, place or adjective."""
    return (word.startswith("ال") and len(word) >= 5 and word not in _AR_STOP
            and word not in folded_tables()["title_heads"] and word not in _TITLE_MODIFIERS
            and word not in _ADJECTIVES and places.demonym(word) is None
            and places.lookup(word) is None and not _trigger_at(word))


def _family_name(word: str) -> bool:
    """«الصمعاني»: an «ال...ي» family name (nisba) that is not a demonym («المصري»)."""
    if not (word.startswith("ال") and word.endswith("ي") and len(word) >= 6):
        return False
    stem = word[2:-1]
    return (word not in _ADJECTIVES and places.demonym(word) is None
            and places.lookup(stem) is None and places.lookup("ال" + stem) is None
            and word not in folded_tables()["title_heads"] and word not in _AR_STOP
            and word not in _TITLE_MODIFIERS)


def _unknown_word(word: str) -> bool:
    """A word that may be part of a foreign name: Arabic letters, not a known function word."""
    tables = folded_tables()
    return (bool(re.fullmatch(r"[\u0621-\u064A]{2,}", word)) and word not in _AR_STOP
            and not word.startswith(("ال", "لل", "بال", "و"))
            and word not in tables["title_heads"] and places.lookup(word) is None)


def _is_boundary(token: _Token) -> bool:
    return (not re.match(r"[\w\u0621-\u064A]", token.text)) or token.text in _AR_STOP


def _arabic_titles(sentence: _Sentence, start: int, end: int,
                   runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token ranges of the titles written just before and after a name."""
    tokens = sentence.tokens
    heads = folded_tables()["title_heads"]
    taken = {k for a, b in runs for k in range(a, b)}
    titles: list[tuple[int, int]] = []
    # Before: «معالي وزير الخارجية بجمهورية مصر العربية سامح شكري».
    k = start - _honorific_before(tokens, start)
    left = k
    while left > 0 and not _is_boundary(tokens[left - 1]) and left - 1 not in taken \
            and not _trigger_at(tokens[left - 1].text):
        left -= 1
    first_head = next((m for m in range(left, k) if tokens[m].text in heads
                       or _strip_prefix(tokens[m].text) in heads), None)
    if first_head is not None:
        titles.append((first_head, k))
    elif left < start and " ".join(t.text for t in tokens[left:start]) in _TITLE_HONORIFICS:
        titles.append((left, start))  # «خادم الحرمين الشريفين الملك سلمان»
    elif k < start and " ".join(t.text for t in tokens[k:start]) in _TITLE_HONORIFICS:
        titles.append((k, start))
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
        if _is_boundary(tokens[m]) or _trigger_at(word):
            break
        is_head = word in heads
        if current is None:
            if not is_head:
                break
            current = m
        elif is_head and not previous_head and m - current >= 2:
            titles.append((current, m))
            current = m
        previous_head = is_head
        m += 1
    if current is not None and m > current:
        titles.append((current, m))
    return titles


@lru_cache(maxsize=1)
def _trigger_words() -> frozenset[str]:
    return frozenset(w for words in folded_tables()["triggers"].values() for w in words
                     if " " not in w)


def _trigger_at(word: str) -> bool:
    return word in _trigger_words() or _strip_prefix(word) in _trigger_words()


def english_title(folded_title: str) -> str:
    """The English of an Arabic title when the vocabulary covers every word, else ""."""
    table = folded_tables()["to_english"]
    words = folded_title.split()
    pieces: list[str] = []
    i = 0
    while i < len(words):
        for size in range(min(7, len(words) - i), 0, -1):
            english = _english_phrase(words[i:i + size], table, first=i == 0)
            if english:
                if pieces and english.startswith("the "):  # «رئيس اللجنة»: Head of the Committee
                    english = "of " + english
                if english.startswith("of ") and pieces and pieces[-1] == "President":
                    pieces[-1] = "Head"
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
    return place.name if place is not None else ""


def _arabic_person(sentence: _Sentence, run: tuple[int, int],
                   runs: list[tuple[int, int]]) -> Person:
    tokens = sentence.tokens
    start, end = run
    name = sentence.original(tokens[start].start, tokens[end - 1].end)
    titles, titles_en = [], []
    organisation = country = None
    for a, b in _arabic_titles(sentence, start, end, runs):
        text = sentence.original(tokens[a].start, tokens[b - 1].end)
        folded = " ".join(t.text for t in tokens[a:b])
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
        name=name, latin=romanize(name)[0], titles=tuple(titles),
        titles_en=tuple(titles_en), organisation=organisation,
        organisation_en=organisation_en, country=country,
        evidence=sentence.evidence(tokens[start].start, tokens[end - 1].end),
    )


_TITLE_MODIFIERS = frozenset(fold(w) for w in (
    "التنفيذي", "التنفيذية", "العام", "العامة", "الخاص", "الأول", "المساعد", "الأعلى", "الدائم",
    "الفخري", "الإقليمي", "بالنيابة"))


def _organisation(sentence: _Sentence, a: int, b: int) -> str | None:
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
    index = resources.files("arabic_name_romanizer").joinpath("resources/names.sqlite3")
    with resources.as_file(index) as path:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return frozenset(latin.lower() for (latin,) in connection.execute(
                "SELECT DISTINCT latin FROM units WHERE role = 'given'"))
        finally:
            connection.close()


def _english_people(sentence: _Sentence, honoured: frozenset[str]) -> list[tuple[int, int, int]]:
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
        if not _capitalised(raw[i]):
            i += 1
            continue
        j = i
        while j < len(tokens) and (_capitalised(raw[j]) or (
                j > i and tokens[j].text in ("al", "bin", "de", "van", "von", "al-", "el")
                and j + 1 < len(tokens) and _capitalised(raw[j + 1]))):
            j += 1
        title_end = i
        while title_end < j and (_english_title_word(tokens[title_end].text) or (
                # a modifier before a title: "Kenyan President", "Peruvian central bank"
                title_end + 1 < j and tokens[title_end + 1].text in ENGLISH_TITLE_WORDS)):
            title_end += 1
        name_words = [tokens[k].text for k in range(title_end, j)]
        start = i
        # "LSE chief executive Clara Furse": lower-case title words and acronyms before
        while start > 0 and (tokens[start - 1].text in ENGLISH_TITLE_WORDS
                             or raw[start - 1].isupper() and len(raw[start - 1]) >= 2):
            start -= 1
        titled = any(tokens[k].text in ENGLISH_TITLE_HEADS for k in range(start, title_end))
        plausible = (
            name_words and not any(w in _EN_NOT_NAMES or w in _EN_ORGS or w.endswith("'s")
                                   for w in name_words)
            and places.lookup(" ".join(raw[title_end:j])) is None
            and (titled or (len(name_words) >= 2 and name_words[0] not in _EN_PARTICLES
                            and (name_words[0] in _latin_given_names()
                                 or name_words[-1] in honoured))))
        # "Gabin Ran Kankani, head of the Bank's Brazil division": a title after the name
        appositive = (j + 1 < len(tokens) and tokens[j].text == ","
                      and tokens[j + 1].text in ENGLISH_TITLE_HEADS | {"head", "chief"})
        if not plausible and appositive and len(name_words) >= 2 and not any(
                w in _EN_NOT_NAMES or w in _EN_ORGS for w in name_words):
            plausible = places.lookup(" ".join(raw[title_end:j])) is None
        if plausible:
            found.append((start, title_end, j))
        i = max(j, i + 1)
    return found


def _english_title_word(word: str) -> bool:
    return (word in ENGLISH_TITLE_WORDS or word in ENGLISH_NATIONALITIES or word in _EN_ORGS
            or word in _EN_STOP or (word.endswith("'s") and places.lookup(word[:-2]) is not None))


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word.lower() not in ("i",)


def _english_person(sentence: _Sentence, span: tuple[int, int, int]) -> Person:
    tokens = sentence.tokens
    title_start, start, end = span
    name = sentence.original(tokens[start].start, tokens[end - 1].end)
    title_words = [sentence.text[t.start:t.end] for t in tokens[title_start:start]
                   if t.text not in _EN_STOP and t.text.rstrip(".") not in _EN_HONORIFICS]
    country = organisation = None
    kept = []
    for word in title_words:
        lower = word.lower()
        place = places.lookup(lower[:-2]) if lower.endswith("'s") else None
        if place is not None and country is None:
            country = place.country_name  # "Iraq's Trade Minister"
        elif lower in ENGLISH_NATIONALITIES and country is None:
            country = places.country_name(ENGLISH_NATIONALITIES[lower])
        elif lower in _EN_ORGS:
            organisation = word
        else:
            kept.append(word)
    title = " ".join(kept)
    return Person(name=name, latin=name, titles=(title,) if title else (),
                  titles_en=(title,) if title else (), organisation=organisation,
                  organisation_en=organisation, country=country,
                  evidence=sentence.evidence(tokens[start].start, tokens[end - 1].end))


# ------------------------------------------------------------------- assembly
_HONOURED = re.compile(r"\b(?:mr|ms|mrs|dr|sir)\.? ([a-z][\w'-]+)")


def _mentions(sentences: list[_Sentence], language: str) -> list[list[_Mention]]:
    honoured = frozenset(m.group(1) for s in sentences for m in _HONOURED.finditer(s.folded))
    per_sentence = []
    for sentence in sentences:
        mentions = []
        if language == ARABIC:
            runs = _arabic_people(sentence)
            for run in runs:
                mentions.append(_Mention(_arabic_person(sentence, run, runs), sentence, run[0]))
        else:
            for span in _english_people(sentence, honoured):
                mentions.append(_Mention(_english_person(sentence, span), sentence, span[1]))
        per_sentence.append(mentions)
    return per_sentence


def _same_person(a: Person, b: Person) -> bool:
    """Whether two mentions name one person ("Mr Blair" and "Tony Blair")."""
    keys_a, keys_b = name_keys(a.name), name_keys(b.name)
    shared = keys_a & keys_b
    if not shared:
        return False
    return len(shared) >= min(len(keys_a), len(keys_b)) or _surname(a) == _surname(b)


def _surname(person: Person) -> str:
    words = person.latin.lower().replace("-", " ").split()
    return words[-1] if words else ""


def _merge(a: Person, b: Person) -> Person:
    """One person from two mentions: the longer name, every title."""
    keep, other = (a, b) if len(a.name) >= len(b.name) else (b, a)
    titles = tuple(dict.fromkeys(keep.titles + other.titles))
    titles_en = tuple(dict.fromkeys(keep.titles_en + other.titles_en))
    return replace(keep, titles=titles, titles_en=titles_en,
                   organisation=keep.organisation or other.organisation,
                   organisation_en=keep.organisation_en or other.organisation_en,
                   country=keep.country or other.country)


def _kind_and_span(sentence: _Sentence, language: str) -> tuple[str, int, int] | None:
    if language == ARABIC:
        for kind, phrases in folded_tables()["triggers"].items():
            match = phrase_pattern(phrases, arabic=True).search(sentence.folded)
            if match:
                return kind, match.start(1), match.end(1)
        return None
    for kind, phrases in ENGLISH_TRIGGERS.items():
        match = phrase_pattern(phrases, arabic=False).search(sentence.folded)
        if match:
            return kind, match.start(1), match.end(1)
    return None


# A sentence that opens by listing who attended: «حضر اللقاء ...», "Also present were ...".
_ATTENDANCE = re.compile(r"^\W*(?:و?(?:حضر|يحضر|وحضر)(?!\w)|also (?:present|attending)\b)")


def _attendance(sentence: _Sentence, language: str) -> bool:
    return bool(_ATTENDANCE.search(sentence.folded))


def _country_parties(sentence: _Sentence, language: str) -> list[Person]:
    """Countries named before the verb of a signing ("Nigeria and France have signed")."""
    parties: list[Person] = []
    tokens = sentence.tokens
    i = 0
    while i < len(tokens) and not (_trigger_at(tokens[i].text) if language == ARABIC
                                   else tokens[i].text.startswith("sign")):
        hit = places.find_in([_strip_prefix(t.text) for t in tokens[i:i + places.MAX_PLACE_WORDS]],
                             fuzzy=False)
        if hit and hit[0].kind == "country" and all(p.name != hit[0].name for p in parties):
            first, last = tokens[i], tokens[i + hit[1] - 1]
            parties.append(Person(name=hit[0].name, latin=hit[0].name, country=hit[0].name,
                                  role="party",
                                  evidence=sentence.evidence(first.start, last.end)))
        i += hit[1] if hit else 1
    return parties


def _has_anaphora(sentence: _Sentence, language: str) -> bool:
    if language == ARABIC:
        return bool(phrase_pattern(folded_tables()["anaphora"], arabic=True).search(sentence.folded))
    text = " " + sentence.folded + " "
    return any(" " + phrase in text for phrase in ENGLISH_ANAPHORA)


def _clause(sentence: _Sentence, match: re.Match) -> str:
    """The sentence from a cue to its end, at most ``MAX_FACT_CHARS`` characters."""
    folded_start = match.start(1)
    where = fold_with_offsets(sentence.text[sentence.start:sentence.end])[1]
    start = sentence.start + where[folded_start]
    text = sentence.text[start:sentence.end].strip()
    if len(text) > MAX_FACT_CHARS:
        cut = text.rfind(" ", 0, MAX_FACT_CHARS)
        text = text[:cut if cut > 0 else MAX_FACT_CHARS] + " …"
    return text


def _facts(sentence: _Sentence, language: str) -> tuple[list[Fact], list[Fact]]:
    """(topics, outcomes) stated in one sentence."""
    tables = folded_tables()
    arabic = language == ARABIC
    topic_phrases = tables["topics"] if arabic else ENGLISH_TOPICS
    outcome_table = tables["outcomes"] if arabic else ENGLISH_OUTCOMES
    topics, outcomes = [], []
    for kind, phrases in outcome_table.items():
        match = phrase_pattern(phrases, arabic=arabic).search(sentence.folded)
        if match:
            outcomes.append(Fact(_clause(sentence, match), kind=kind, evidence=sentence.evidence()))
            break
    if not outcomes:
        match = phrase_pattern(topic_phrases, arabic=arabic).search(sentence.folded)
        if match:
            topics.append(Fact(_clause(sentence, match), kind="topic", evidence=sentence.evidence()))
    return topics, outcomes


def _place_in(sentence: _Sentence, language: str) -> Fact | None:
    """The first city a sentence puts something in («في فينيا», "in Vienna"), else the first country."""
    found = _places_in(sentence, language)
    return next((f for f in found if f.kind == "city"), found[0] if found else None)


def _places_in(sentence: _Sentence, language: str) -> list[Fact]:
    tokens = sentence.tokens
    facts = []
    for i, token in enumerate(tokens):
        word = token.text
        if language == ARABIC:
            preposition = word in ("في", "بمدينه", "بالعاصمه", "بمقر")
            candidates = [tokens[i + 1].text] if preposition and i + 1 < len(tokens) else []
            if word.startswith("ب") and len(word) > 4:
                candidates = [word[1:]]  # «بالرياض»; a country here is usually a title's
                if (places.lookup(word[1:]) or places.Place("", "", "")).kind != "city":
                    continue
            if not candidates:
                continue
            rest = [t.text for t in tokens[i + 2:i + 1 + places.MAX_PLACE_WORDS]]
            # Misspellings are looked up only after «في»: «بليدة» is not «بالخرج».
            found = places.find_in(candidates + (rest if preposition else []), fuzzy=preposition)
            offset = 1 if preposition else 0
        else:
            if word not in ("in", "to") or i + 1 >= len(tokens):
                continue
            if not _capitalised(sentence.text[tokens[i + 1].start:tokens[i + 1].end]):
                continue
            found = places.find_in([t.text for t in tokens[i + 1:i + 1 + places.MAX_PLACE_WORDS]],
                                   fuzzy=False)
            offset = 1
        if found:
            place, size = found
            first, last = tokens[i + offset], tokens[i + offset + size - 1]
            facts.append(Fact(sentence.original(first.start, last.end), value=place.name,
                              kind=place.kind, evidence=sentence.evidence(first.start, last.end)))
    return facts


_WIRE_DATELINE = re.compile(r"^([A-Z][A-Z .'-]{2,30}), ([A-Z][a-z]+\.? \d{1,2}) - ")


def _dateline(sentences: list[_Sentence], article_date: str | None) -> tuple[Fact | None, Fact | None]:
    """(place, date) of a wire dateline: a short first paragraph «الرياض 25 شوال 1436 هـ ...»."""
    if not sentences or sentences[0].paragraph != 0:
        return None, None
    first = sentences[0]
    wire = _WIRE_DATELINE.match(first.text)  # "PARIS, March 27 - Nigeria and France ..."
    if wire:
        place = places.lookup(wire.group(1).title())
        found = find_dates(wire.group(2), article_date)
        evidence = Evidence(first.paragraph, first.window, 0, wire.end(2))
        return (Fact(wire.group(1), value=place.name, kind=place.kind, evidence=evidence)
                if place else None,
                Fact(wire.group(2), value=found[0].iso, kind="dateline", evidence=evidence)
                if found else None)
    if len(first.text) > 120:
        return None, None
    dates = find_dates(first.text, article_date)
    if not dates and not re.search(r"[–-]", first.text):
        return None, None
    date = None
    if dates:
        found = next((d for d in dates if d.how == "gregorian"), dates[0])
        date = Fact(first.text[found.start:found.end], value=found.iso, kind="dateline",
                    evidence=Evidence(first.paragraph, first.window, found.start, found.end))
    place = None
    for k in range(len(first.tokens)):  # «عين اليوم – الخرطوم», «الرياض 25 شوال ...»
        head = places.find_in([t.text for t in first.tokens[k:k + places.MAX_PLACE_WORDS]],
                              fuzzy=False)
        if head and head[0].kind == "city":
            begin, token = first.tokens[k], first.tokens[k + head[1] - 1]
            place = Fact(first.text[begin.start:token.end], value=head[0].name, kind="city",
                         evidence=Evidence(first.paragraph, first.window, begin.start, token.end))
            break
    return place, date


def extract_meetings(
    doc_id: str,
    title: str,
    language: str,
    windows: Sequence[tuple[int, int, str, Sequence[tuple[int, int]]]],
    *,
    article_date: str | None = None,
    url: str | None = None,
) -> list[Meeting]:
    """The meetings a document reports.

    ``windows`` are ``(paragraph, window, text, sentence spans)`` in reading
    order, as the store keeps them.
    """
    sentences = _sentences(windows)
    mentions = _mentions(sentences, language)
    people: list[Person] = []  # everyone named, first mention first, merged across mentions
    for sentence_mentions in mentions:
        for mention in sentence_mentions:
            match = next((k for k, p in enumerate(people) if _same_person(p, mention.person)), None)
            if match is None:
                people.append(mention.person)
            else:
                people[match] = _merge(people[match], mention.person)

    def canonical(person: Person) -> Person:
        return next((p for p in people if _same_person(p, person)), person)

    dateline_place, dateline_date = _dateline(sentences, article_date)
    meetings: list[dict] = []
    current: dict | None = None
    early_place: Fact | None = None
    early_facts: list[tuple[list[Fact], list[Fact]]] = []
    for sentence, sentence_mentions in zip(sentences, mentions):
        trigger = _kind_and_span(sentence, language)
        named = []
        for mention in sentence_mentions:
            person = canonical(mention.person)
            if all(not _same_person(person, p) for p in named):
                named.append(person)
        if trigger is not None and _attendance(sentence, language):
            trigger = None  # «حضر اللقاء ...» lists attendees, not another meeting
        if trigger is not None and named and current is not None and len(named) == 1:
            if not any(_same_person(named[0], q) for q in current["people"]):
                current["people"].append(named[0])  # one more person at the open meeting
            trigger = None
        if trigger is not None and trigger[0] == "signing" and len(named) < 2 and current is None:
            named = [*named, *_country_parties(sentence, language)]
        if trigger is not None and named:
            kind = trigger[0]
            sides = list(named)
            if len(sides) == 1 and people and not _same_person(people[0], sides[0]):
                sides.insert(0, people[0])  # «جاء ذلك خلال لقاء ...»: the article's subject
            known = current is not None and all(
                any(_same_person(p, q) for q in current["people"]) for p in sides)
            if len(sides) >= 2 and not known and not (
                    current is not None and _has_anaphora(sentence, language) and len(named) < 2):
                current = {"kind": kind, "people": sides, "sentence": sentence,
                           "topics": [], "outcomes": [], "place": None, "date": None,
                           "trigger": trigger}
                meetings.append(current)
            elif current is not None:
                for person in sides:
                    if not any(_same_person(person, q) for q in current["people"]):
                        current["people"].append(person)
        if current is None:
            if trigger is not None:  # "The heads ... have met in Mexico City to discuss ..."
                early_place = early_place or _place_in(sentence, language)
                early_facts.append(_facts(sentence, language))
            continue
        topics, outcomes = _facts(sentence, language)
        current["topics"].extend(topics)
        current["outcomes"].extend(outcomes)
        if current["place"] is None and (sentence is current["sentence"] or trigger is not None):
            # the meeting's sentence, or another that reports it ("have met in Mexico City")
            current["place"] = _place_in(sentence, language)
        if current["date"] is None and sentence is current["sentence"]:
            dates = find_dates(sentence.text[sentence.start:sentence.end], article_date)
            if dates:
                found = dates[0]
                current["date"] = Fact(
                    sentence.text[sentence.start + found.start:sentence.start + found.end],
                    value=found.iso, kind="text",
                    evidence=sentence.evidence(sentence.start + found.start,
                                               sentence.start + found.end))
    result = []
    for record in meetings:
        sentence = record["sentence"]
        date = record["date"] or dateline_date
        if date is None and article_date:
            date = Fact(article_date, value=article_date[:10], kind="article")
        host_first = record["kind"] in ("reception",)
        participants = tuple(
            replace(person, role=person.role if person.role == "party"
                    else ("host" if k == 0 else "guest") if host_first else "participant",
                    keys=tuple(sorted(name_keys(person.name))))
            for k, person in enumerate(record["people"]))
        result.append(Meeting(
            doc_id=doc_id, title=title, language=language, kind=record["kind"],
            participants=participants,
            place=_better_place(record["place"] or (early_place if record is meetings[0] else None),
                                dateline_place),
            date=date,
            topics=tuple(_unique(record["topics"] + (
                [t for ts, _ in early_facts for t in ts] if record is meetings[0] else []))),
            outcomes=tuple(_unique(record["outcomes"] + (
                [o for _, os in early_facts for o in os] if record is meetings[0] else []))),
            evidence=sentence.evidence(), url=url,
        ))
    return result


def _better_place(in_text: Fact | None, dateline: Fact | None) -> Fact | None:
    """The meeting sentence's place, unless it is only a country and the dateline names a city."""
    if in_text is None or (in_text.kind == "country" and dateline is not None
                           and dateline.kind == "city"):
        return dateline or in_text
    return in_text


def _unique(facts: list[Fact]) -> list[Fact]:
    seen: set[str] = set()
    kept = []
    for fact in facts:
        if fact.text not in seen:
            seen.add(fact.text)
            kept.append(fact)
    return kept
