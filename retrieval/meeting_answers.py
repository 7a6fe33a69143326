"""Answer meeting questions from the ledger: who met whom, where, when, on what, with what result.

A question is a meeting question when it asks one of the intents below and
names someone in the ledger (in either script: "Ghada Waly" finds «غادة والي»).
The answer is built from the records, in the question's language, and cites
the paragraph each fact was read from. When the question names people or a
place and no recorded meeting fits them all, the answer says so instead of
quoting the nearest sentence. Anything else goes to the extractive answerer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from . import places
from .dates import find_dates
from .meeting_records import Evidence, Fact, Meeting, Person
from .meeting_vocabulary import (
    ENGLISH_NATIONALITIES, ENGLISH_TITLE_WORDS, arabic_vocabulary, folded_tables,
)
from .models import Answer, Source
from .names import is_arabic, keys_match, word_keys
from .normalize import ARABIC, index_terms, normalize, strip_prefix, tokens

WHO_MET, WHERE, WHEN, TOPICS, OUTCOMES, ROLE, LIST = (
    "who_met", "where", "when", "topics", "outcomes", "role", "list")
MAX_MEETINGS = 5
VERY_COMMON_NAME_MEETINGS = 25

_INTENTS_EN = [
    (LIST, r"\blist\b|\ball (?:the )?meetings\b|\bwhat meetings\b|\bwhich meetings\b|\bmeetings (?:of|held by)\b|\bhow many meetings\b"),
    (ROLE, r"\bwho is\b|\bwho's\b|\b(?:role|title|position|job|post)\b|\bwhat does \w+ do\b"),
    (WHERE, r"\bwhere\b|\bwhich (?:city|country|place)\b|\bwhat (?:city|country|place)\b|\blocation\b"),
    (WHEN, r"\bwhen\b|\bwhat (?:date|day)\b|\bwhich (?:date|day)\b|\bdate\b"),
    (WHO_MET, r"\bwhom?\b.*\b(?:meet|met|receiv|host|visit|talks? with|call|phon|sign)"),
    (OUTCOMES, r"\bagree|\bsign|\blook(?:ed|s)? forward|\boutcome|\bresult|\bstress|\bemphasi|\bconclu"),
    (TOPICS, r"\bdiscuss|\btalk(?:ed)? about\b|\babout what\b|\btopic|\bsubject|\bon what\b|\bpurpose\b|\bwhy did\b|\bwhat was .* about\b"),
    (WHO_MET, r"\bwho\b|\bwhom\b|\bmeet|\bmet\b|\breceiv|\bhost|\bvisit|\btalks\b|\bcall"),
]
_INTENTS_AR = [
    (LIST, r"لقاءات|اجتماعات|اذكر|قائمه|كم لقاء|كم اجتماع"),
    (ROLE, r"منصب|من هو|من هي|صفه|وظيفه|دور|يشغل|تشغل"),
    (WHERE, r"اين|في اي مدينه|في اي دوله|في اي بلد|مكان"),
    (WHEN, r"متي|في اي يوم|تاريخ|في اي شهر"),
    (WHO_MET, r"مع من|بمن|من (?:التقي|التقت|استقبل|استقبلت|اجتمع|اجتمعت|زار|زارت)|من الذي|من هم الذين|من هما"),
    (OUTCOMES, r"اتفق|اتفاق|وقع|توقيع|تطلع|نتائج|نتيجه|اسفر|اكد الجانبان|اكدا"),
    (TOPICS, r"بحث|ناقش|موضوع|مواضيع|تناول|تطرق|حول ماذا|القضايا|محاور|ماذا"),
    (WHO_MET, r"التقي|التقت|استقبل|اجتمع|لقاء|زار|اتصال"),
]
# Words of a question that name no one: question words, meeting words, titles.
_NOT_ENTITIES = frozenset(normalize(w) for w in """
who whom whose what which where when why how did does do is are was were the a an and or of in on
at to with by for from about did meet met meeting meetings received receive host hosted visited visit
talks talk discussed discuss agreed agree signed sign look looked forward role title position job
list all date day city country place they their them he she his her two sides both minister
president prime king prince sheikh dr mr mrs ms foreign secretary general director executive chief
under un un's what's who's whom's tell me between
من مع ماذا ما الذي التي اين متي هل في الي على عن كيف لماذا كم اي هو هي هم هما التقي التقت يلتقي
استقبل استقبلت اجتمع اجتماع لقاء اللقاء زار زياره بحث بحثا ناقش تناول تطرق اتفق اتفاق وقع توقيع
تطلع الجانبان الطرفان منصب دور صفه وظيفه تاريخ يوم مدينه دوله مكان الرئيس الوزير وزير الدكتور
الدكتوره السيد السيده الامير الملك الشيخ خلال بين ذلك بمن لقاءات اجتماعات اذكر عقد تم جري
""".split())


_ASKED_HOST = re.compile(r"\bdid\b.*\b(?:receive|host|welcome)|استقبله|استقبلها|استقبلهم")
_ASKED_GUEST = re.compile(r"\bwho (?:received|hosted|welcomed)\b|من (?:الذي )?(?:استقبل|استقبلت)(?!ه)")


def _asked_role(question: str) -> str | None:
    """The role a reception question gives the person it names."""
    folded = normalize(question)
    if _ASKED_HOST.search(folded):
        return "host"
    if _ASKED_GUEST.search(folded):
        return "guest"
    return None
_NAME_PARTICLES = frozenset(normalize(w) for w in
                            "بن بنت ابن آل ال أبو ولد bin ibn al el bint abu ould".split())


@dataclass(frozen=True)
class Request:
    """What a meeting question asks: the intent, whom and where it names, and
    the name-like words that match no one in the ledger."""

    intent: str
    # per person named, per word of their name: the ledger keys it matched
    people: tuple[tuple[tuple[str, ...], ...], ...]

    def asks_about(self, person: Person) -> bool:
        """Whether the person is one the question names (by name or by office)."""
        keys = set(person.keys)
        for mention in self.people:
            for word in mention:
                holders = {k[len(_HOLDER):] for k in word if k.startswith(_HOLDER)}
                if (holders and keys and keys <= holders) or keys & set(word):
                    return True
        return False
    place: places.Place | None
    unknown: tuple[str, ...]
    names: tuple[str, ...] = ()  # the words of each mention, as written in the question
    # per mention: question words next to it that match no one ("Al-Wohaibi" in
    # "Saleh Al-Wohaibi"); a participant matched only by a first name must match one
    unmatched: tuple[tuple[str, ...], ...] = ()
    # per mention: the keys of its matched words themselves (not fuzzy ledger matches)
    own_keys: tuple[frozenset[str], ...] = ()


def intent_of(question: str, language: str) -> str | None:
    """The meeting intent a question asks, or ``None``."""
    folded = normalize(question)
    for intent, pattern in (_INTENTS_AR if language == ARABIC else _INTENTS_EN):
        if re.search(pattern, folded):
            return intent
    return None


class Ledger:
    """The meeting records of a store, indexed by the keys of participants' names."""

    def __init__(self, meetings: list[Meeting]) -> None:
        self.meetings = meetings
        self._by_key: dict[str, set[int]] = {}
        for number, meeting in enumerate(meetings):
            for person in meeting.participants:
                for key in person.keys:
                    self._by_key.setdefault(key, set()).add(number)
        self._latin_keys = [k for k in self._by_key if not k.startswith("ar:") and len(k) >= 5]
        # keys of people written in Latin script (English articles)
        self._english = {key for meeting in meetings for person in meeting.participants
                         if not is_arabic(person.name) for key in person.keys}
        self._english_keys = [k for k in self._english if len(k) >= 5]
        self._surnames = {normalize(person.name).split()[-1] for meeting in meetings
                          for person in meeting.participants
                          if is_arabic(person.name) and person.name.split()}
        self._party_keys = {person.name: set(person.keys) for meeting in meetings
                            for person in meeting.participants if person.role == "party"}

    def keys_for(self, word: str, *, english_only: bool = False) -> set[str]:
        """Ledger keys that one word of a question matches (exactly, or one edit off);
        with ``english_only``, only keys of people named in Latin script."""
        found = set()
        pool = self._english_keys if english_only else self._latin_keys
        for key in word_keys(word):
            if key in self._by_key and (not english_only or key in self._english):
                found.add(key)
            elif not key.startswith("ar:") and len(key) >= 5:
                for match, _distance, _ in process.extract(
                        key, pool, scorer=OSA.distance, score_cutoff=1, limit=5):
                    found.add(match)
        return found

    def is_surname(self, word: str) -> bool:
        """Whether a folded Arabic word is, as written, the last name of someone in the
        ledger («الجبير»; «العالم» is not «عالم»)."""
        return word in self._surnames

    def exact_keys(self, word: str) -> set[str]:
        """Ledger keys equal to one of the word's keys."""
        return {key for key in word_keys(word) if key in self._by_key}

    def holders(self, title: str, countries: list[str]) -> dict[str, set[str]]:
        """Participants whose titles contain ``title`` (Arabic or English), by name →
        their keys; only those from ``countries`` when the question names any."""
        arabic = is_arabic(title)
        wanted = normalize(title) if arabic else title.lower()
        english = _english_of(wanted) if arabic else wanted
        found: dict[str, set[str]] = {}
        for meeting in self.meetings:
            for person in meeting.participants:
                written = normalize(" ".join(person.titles))
                rendered = " ".join(person.titles_en).lower()
                if not (wanted in written or wanted in rendered or english and english in rendered):
                    continue
                if countries and person.country is not None and person.country not in countries:
                    continue
                found.setdefault(person.name, set()).update(person.keys)
        return found

    def parties(self, country: str) -> set[str]:
        """Keys of a country that is itself a side of a recorded signing or talks."""
        return {key for key in self._party_keys.get(country, ())}

    def with_keys(self, keys: set[str]) -> set[int]:
        result: set[int] = set()
        for key in keys:
            result |= self._by_key.get(key, set())
        return result


def parse(question: str, language: str, ledger: Ledger,
          is_common: Callable[[str], bool] = lambda word: False) -> Request | None:
    """The meeting request in a question; ``None`` when it is not a meeting question.

    Words that match a participant's name keys form mentions: consecutive
    words matched by one participant are one mention, and a word next to a
    mention that matches no one ("Ramzan" before "Kadyrov") belongs to it.
    Words that match no one are ``unknown`` names when they look like names:
    capitalised and rare in the corpus in English ("Guterres", not
    "Electricity"); in Arabic, rare words without the article that come in
    pairs («جاسيندا أرديرن», not «انضمام تركيا»). A country counts as a side
    only when the question names no person ("between Nigeria and France").
    """
    intent = intent_of(question, language)
    if intent is None:
        return None
    words = [re.sub(r"['’]s$", "", w).strip("'’-")
             for w in re.findall(r"[\w\u0621-\u064A'’-]+", question)]
    people: list[list[set[str]]] = []
    spelled: list[list[str]] = []
    absorbed: list[list[str]] = []
    absorbed_at: set[int] = set()
    unknown: dict[int, str] = {}
    countries: list[str] = []
    place = None
    skip = 0
    last_matched = -2
    for index, word in enumerate(words):
        if skip:
            skip -= 1
            continue
        folded = normalize(word)
        bare = strip_prefix(folded)
        if folded in _NAME_PARTICLES:
            if last_matched == index - 1:
                last_matched = index  # «محمد بن سلمان» is one name
            continue
        follows_name = last_matched == index - 1
        if _not_a_name(word, folded, bare, index, follows_name) or _names_a_building(words, index):
            if follows_name and is_arabic(word) and folded in _honorific_words():
                last_matched = index  # «إسماعيل ولد الشيخ أحمد»: a title inside a name
            continue
        nationality = (places.demonym(bare) if is_arabic(word)
                       else ENGLISH_NATIONALITIES.get(folded))
        if nationality is not None:  # "Saudi", «المصري»: whose, not who
            countries.append(nationality.name if isinstance(nationality, places.Place)
                             else places.country_name(nationality))
        following = [normalize(w) for w in words[index + 1:index + 3]]
        after_in = index > 0 and normalize(words[index - 1]) in ("في", "in", "at", "الي", "to")
        found_place = (places.find_in([folded] + following, fuzzy=after_in and is_arabic(word))
                       or (places.find_in([bare] + following, fuzzy=False) if bare != folded
                           else None))
        if found_place is not None:
            if found_place[0].kind == "city":
                if after_in:  # not «أمير منطقة مكة المكرمة», a title
                    place = found_place[0]
            else:
                countries.append(found_place[0].name)
                if after_in and place is None:  # "in Kuwait", «في الكويت»
                    place = found_place[0]
            skip = found_place[1] - 1
            continue
        if is_arabic(word) and not follows_name and (
                places.demonym(bare) is not None
                or folded.startswith("ال") and not ledger.is_surname(folded)):
            continue  # «اليمني», «العالم»: not a name unless it follows one; «الجبير» is
        keys = _keys_of(word, folded, bare, ledger)
        # «وأردوغان», «بتوني بلير»: a conjunction or preposition starts another person
        # (but «بندر» is a name, not «ب» + «ندر»)
        adjacent = bool(people) and last_matched == index - 1 and not (
            is_arabic(word) and bare != folded and not _is_name_part(folded))
        if keys and adjacent and _continues(people[-1], keys, ledger):
            people[-1].append(keys)
            spelled[-1].append(word)
        elif keys and not (adjacent and (_very_common(keys, ledger) or (
                len(people[-1]) < 2 and not _met_each_other(people[-1], keys, ledger)))):
            # after a full name («محمد بن سلمان مسعود بارزاني») a known name is a second person
            people.append([keys])
            spelled.append([word])
            absorbed.append([])
        elif keys and adjacent and len(people[-1]) == 1 and not _very_common(keys, ledger):
            # "Ramzan Kadyrov" where "Ramzan" matched someone else: the name is Kadyrov's
            people[-1] = [keys]
            absorbed[-1] = [*absorbed[-1], spelled[-1][-1]]
            spelled[-1].append(word)
        elif adjacent and (keys or _name_like(word, bare, is_common)):
            absorbed[-1].append(word)  # "Ismail Ould Cheikh Ahmed": Cheikh, Ahmed
            spelled[-1].append(word)
            absorbed_at.add(index)
        else:
            if _name_like(word, bare, is_common):
                unknown[index] = word
            continue
        last_matched = index
    starts = _mention_starts(words, spelled)
    for i in list(unknown):
        if i + 1 in starts:  # "Ramzan" before "Kadyrov"
            absorbed[starts[i + 1]].append(unknown[i])
            absorbed_at.add(i)
    loose = {i: w for i, w in unknown.items() if i not in absorbed_at}
    residue = tuple(w for i, w in sorted(loose.items())
                    if not is_arabic(w) or _arabic_name_slot(words, loose, i))
    if not people:  # "Who did the Deputy Crown Prince meet in Cairo?"
        for keys, title in _title_mentions(words, countries, ledger):
            people.append([{_HOLDER + key for key in keys}])
            spelled.append([title])
            absorbed.append([])
    if not people and not any(_is_title(w) for w in words):  # "Where did Nigeria and France sign?"
        for country in countries:
            if ledger.parties(country):
                people.append([ledger.parties(country)])
                spelled.append([country])
                absorbed.append([])
    own = tuple(frozenset().union(*(word_keys(w) | word_keys(strip_prefix(normalize(w)))
                                    for w in words if w not in extra))
                for words, extra in zip(spelled, absorbed))
    return Request(intent, tuple(tuple(tuple(sorted(w)) for w in mention) for mention in people),
                   place, residue, tuple(" ".join(words) for words in spelled),
                   tuple(tuple(words) for words in absorbed), own)


MAX_TITLE_HOLDERS = 3


def _title_mentions(words: list[str], countries: list[str], ledger: Ledger
                    ) -> list[tuple[set[str], str]]:
    """People a question names by office alone, when few in the ledger hold it.

    Each run of title words («ولي ولي العهد», "Deputy Crown Prince") is looked
    up in the participants' titles, in the other language through the title
    vocabulary; a run that fits more than ``MAX_TITLE_HOLDERS`` people ("Foreign
    Minister") names no one in particular, unless the question's country
    ("Saudi", «المصري») narrows it down.
    """
    found = []
    run: list[str] = []
    for word in [*words, ""]:
        if word and _is_title(word):
            run.append(word)
            continue
        if len(run) >= 2:  # one word («المنسق», "President") names no office in particular
            holders = _people(ledger.holders(" ".join(run), countries))
            if 0 < len(holders) <= MAX_TITLE_HOLDERS:
                found.append((set().union(*holders), " ".join(run)))
        run = []
    return found


def _people(holders: dict[str, set[str]]) -> list[set[str]]:
    """Title holders grouped into people: names sharing two keys are one person
    («محمد بن سلمان» and «محمد بن سلمان بن عبدالعزيز»)."""
    people: list[set[str]] = []
    for keys in holders.values():
        same = next((p for p in people if len(p & keys) >= 2), None)
        if same is None:
            people.append(set(keys))
        else:
            same |= keys
    return people


def _is_title(word: str) -> bool:
    """A word of a title or honorific ("King", «العهد»): part of naming someone by office."""
    folded = normalize(word)
    if is_arabic(word):
        return folded in _arabic_title_words() or strip_prefix(folded) in _arabic_title_words()
    return folded in ENGLISH_TITLE_WORDS


@lru_cache(maxsize=1)
def _arabic_title_words() -> frozenset[str]:
    tables = folded_tables()
    phrases = [*tables["honorifics"], *tables["to_english"]]
    return frozenset({*tables["title_heads"], *(w for p in phrases for w in p.split() if len(w) > 2)})


def _arabic_name_slot(words: list[str], loose: dict[int, str], index: int) -> bool:
    """Whether an unmatched Arabic word is part of a two-word name where a question
    puts a person: after «التقى»/«مع»/«من», or joined by «بـ»/«و» («بأنطونيو غوتيريش»).
    Rare words alone are often ordinary words the corpus happens to lack."""
    first = index if index - 1 not in loose else index - 1
    if first + 1 not in loose and first == index:
        return False
    before = normalize(words[first - 1]) if first > 0 else ""
    opener = normalize(words[first])
    return (before in _PERSON_SLOT or strip_prefix(before) in _PERSON_SLOT
            or opener[:1] in ("ب", "و") and strip_prefix(opener) != opener)


_PERSON_SLOT = frozenset(normalize(w) for w in (
    "مع", "من", "التقى", "التقت", "يلتقي", "استقبل", "استقبلت", "اجتمع", "اجتمعت", "زار", "زارت",
    "هاتف", "وقع", "وقعت"))


def _english_of(arabic_title: str) -> str:
    """The English of a folded Arabic title, when the vocabulary has it ("" if not)."""
    from .people import english_title

    return english_title(arabic_title).lower()


@lru_cache(maxsize=1)
def _honorific_words() -> frozenset[str]:
    return frozenset(w for phrase in folded_tables()["honorifics"] for w in phrase.split())


def _keys_of(word: str, folded: str, bare: str, ledger: Ledger) -> set[str]:
    """Ledger keys a question word matches.

    An Arabic word outside the name index matches the same word in an Arabic
    name, or a foreign name in an English article («بلير» → Blair), but not an
    Arabic name its romanisation merely resembles («انضمام» is not «نظام»).
    """
    if is_arabic(word):
        if _is_name_part(folded):  # «بندر» is a name, not «ب» + «ندر»
            return ledger.keys_for(folded)
        if _is_name_part(bare):
            return ledger.keys_for(bare)
        for form in dict.fromkeys((folded, bare)):  # «بلير» is Blair, not «ب» + «لير»
            keys = ({k for k in ledger.exact_keys(form) if k.startswith("ar:")}
                    | ledger.keys_for(form, english_only=True))
            if keys:
                return keys
        return set()
    return ledger.keys_for(word)


def _name_like(word: str, bare: str, is_common: Callable[[str], bool]) -> bool:
    if is_arabic(word):
        return not bare.startswith("ال") and not is_common(bare)
    return not is_common(word) and word.lower() not in _BUILDINGS_BEFORE


def _very_common(keys: set[str], ledger: Ledger) -> bool:
    """A word in the names of very many meetings ("Ahmed"), likely a middle name."""
    return len(ledger.with_keys(keys)) > VERY_COMMON_NAME_MEETINGS


_BUILDINGS_AFTER = frozenset(normalize(w) for w in (
    "قصر", "مطار", "جامعة", "مستشفى", "مسجد", "مركز", "شارع", "فندق", "قاعة", "ميناء"))
_BUILDINGS_BEFORE = frozenset("palace airport university hospital mosque centre center street "
                              "hotel hall port house company bank".split())


def _names_a_building(words: list[str], index: int) -> bool:
    """«قصر السلام», "Al-Salam Palace": a word of a building's name, not a person's."""
    before = normalize(words[index - 1]) if index > 0 else ""
    after = words[index + 1].lower() if index + 1 < len(words) else ""
    word = normalize(words[index])
    return (before in _BUILDINGS_AFTER or after in _BUILDINGS_BEFORE
            or word in _BUILDINGS_AFTER or word in _BUILDINGS_BEFORE)


def _mention_starts(words: list[str], spelled: list[list[str]]) -> dict[int, int]:
    """Word index where each mention starts → mention number."""
    starts: dict[int, int] = {}
    position = 0
    for number, mention in enumerate(spelled):
        while position < len(words) and words[position] != mention[0]:
            position += 1
        starts[position] = number
        position += len(mention)
    return starts


def _met_each_other(mention: list[set[str]], keys: set[str], ledger: Ledger) -> bool:
    """Whether the person a mention names met someone a word names: «محمد بن سلمان
    رمضان قاديروف» names two people with no «و» between them."""
    return bool(_best_matches(mention, ledger) & ledger.with_keys(keys))


def _not_a_name(word: str, folded: str, bare: str, index: int, follows_name: bool) -> bool:
    if folded in _NOT_ENTITIES or bare in _NOT_ENTITIES or len(bare) < 3 or bare.isdigit():
        return True
    if is_arabic(word):
        if follows_name and folded.startswith("ال"):
            return False  # «عبدالله التركي»: a family name, even one that is also a nisba
        return bare in arabic_vocabulary()
    return (not word[:1].isupper() or word.isupper() or index == 0 and folded in _NOT_ENTITIES
            or folded in _english_vocabulary())


def _is_name_part(word: str) -> bool:
    from .people import is_name_part  # the extractor's name index

    return is_name_part(word)


def _matched_at(index: int, words: list[str], ledger: Ledger) -> bool:
    return index < len(words) and bool(ledger.keys_for(words[index]))




@lru_cache(maxsize=1)
def _english_vocabulary() -> frozenset[str]:
    return frozenset({*ENGLISH_TITLE_WORDS, *ENGLISH_NATIONALITIES, *_MONTHS_AND_DAYS})


_MONTHS_AND_DAYS = ("january february march april may june july august september october "
                    "november december monday tuesday wednesday thursday friday saturday "
                    "sunday").split()


def _continues(mention: list[set[str]], keys: set[str], ledger: Ledger) -> bool:
    """Whether a word continues the name before it: a best match of the name so far
    matches it too («محمد بن سلمان» then «رمضان» is a second person)."""
    for number in _best_matches(mention, ledger):
        for person in ledger.meetings[number].participants:
            if all(set(person.keys) & word for word in mention) and set(person.keys) & keys:
                return True
    return False


def meetings_of(who: str, ledger: Ledger) -> list[Meeting]:
    """Meetings of the person ``who`` names ("Ghada Waly", «العلوي»), newest first."""
    mention = [found for word in re.findall(r"[\w\u0621-\u064A'’-]+", who)
               if (found := ledger.keys_for(word.strip("'’-")))]
    return _newest_first([ledger.meetings[n] for n in _best_matches(mention, ledger)]) if mention else []


_HOLDER = "holder:"  # marks the keys of a mention by title: the holders' own keys


def _best_matches(mention, ledger: Ledger) -> set[int]:
    """Meetings with the participant who matches most words of one mention of a person.

    "Jamal Abdulaziz Al-Alawi" matches Al-Alawi on three words and every
    "... bin Abdulaziz" on one; only the best are the person meant.
    """
    if len(mention) == 1 and all(k.startswith(_HOLDER) for k in mention[0]):
        # a title mention: participants all of whose name keys are a holder's
        keys = {k[len(_HOLDER):] for k in mention[0]}
        return {n for n in ledger.with_keys(keys)
                if any(p.keys and set(p.keys) <= keys for p in ledger.meetings[n].participants)}
    scores: dict[int, float] = {}
    for number in ledger.with_keys(set().union(*mention)):
        scores[number] = _matched_words(ledger.meetings[number], mention)
    best = max(scores.values(), default=0)
    return {number for number, score in scores.items() if score == best and best > 0}


def _has_words(meeting: Meeting, mention, extra: tuple[str, ...]) -> bool:
    matched = set().union(*mention)
    return any(set(p.keys) & matched and _names_in(extra, f"{p.name} {p.latin}")
               for p in meeting.participants)


def _matched_words(meeting: Meeting, mention) -> float:
    """How well the best participant matches a mention: one per word, and half a
    point more when the mention's first word is their first name ("King Salman"
    is Salman bin Abdulaziz, not Mohammed bin Salman)."""
    return max(sum(bool(set(p.keys) & set(word)) for word in mention)
               + 0.5 * bool(_first_name_keys(p.name) & set(mention[0]))
               for p in meeting.participants)


@lru_cache(maxsize=8192)
def _first_name_keys(name: str) -> frozenset[str]:
    words = name.split()
    return word_keys(words[0]) if words else frozenset()


def _by_surname(meeting: Meeting, mention, own: frozenset[str]) -> bool:
    """A participant whose surname the question spells exactly ("Kadyrov" in
    "Ramzan Kadyrov"), not merely one edit away ("Ghofais" is not "Jones")."""
    matched = set().union(*mention)
    return any(set(p.keys) & matched and p.name.split() and word_keys(p.name.split()[-1]) & own
               for p in meeting.participants)


def _newest_first(meetings: list[Meeting]) -> list[Meeting]:
    return sorted(meetings, key=lambda m: (m.date.value if m.date else ""), reverse=True)


def matching_meetings(request: Request, ledger: Ledger) -> list[Meeting]:
    """Meetings with every person the request names (and at its place), newest first."""
    chosen: set[int] | None = None
    for number, mention in enumerate(request.people):
        numbers = _best_matches(mention, ledger)
        extra = request.unmatched[number] if number < len(request.unmatched) else ()
        if extra:
            # "Saleh Al-Wohaibi": a Saleh whose name also has Al-Wohaibi, or who matches
            # two words of the name; failing those, one whose surname the words match.
            sure = {n for n in numbers if _has_words(ledger.meetings[n], mention, extra)
                    or _matched_words(ledger.meetings[n], mention) >= 2}
            own = request.own_keys[number] if number < len(request.own_keys) else frozenset()
            numbers = sure or {n for n in numbers if _by_surname(ledger.meetings[n], mention, own)}
        chosen = numbers if chosen is None else chosen & numbers
    meetings = [ledger.meetings[n] for n in sorted(chosen or ())]
    if request.place is not None:
        there = [m for m in meetings if _held_in(m, request.place)]
        if there:
            return there
        # None recorded there. If some were recorded elsewhere, the ones whose place
        # went unrecorded are most likely other reports of those: no meeting there.
        if any(m.place is not None for m in meetings):
            return []
    return meetings


def _held_in(meeting: Meeting, place: places.Place) -> bool | None:
    """Whether a meeting took place in a city or country (``None``: not recorded)."""
    if meeting.place is None:
        # a reception with no recorded place was most likely in the host's country
        host = next((p for p in meeting.participants if p.role == "host"), None)
        if place.kind == "country" and host is not None and host.country == place.name:
            return True
        return None
    if meeting.place.value == place.name:
        return True
    if place.kind == "country":
        where = places.lookup(meeting.place.value)
        return where is not None and where.country == place.country
    return False


# ------------------------------------------------------------------ answering
_TEXT = {
    "en": {
        "frame": "According to the articles:",
        "none": "I found no record of such a meeting in these articles",
        "met": "{a} met {b}",
        "verbs": {"meeting": "{a} met {b}", "reception": "{a} received {b}",
                  "visit": "{a} met {b} during a visit", "call": "{a} spoke by telephone with {b}",
                  "talks": "{a} held talks with {b}", "signing": "{a} signed an agreement with {b}"},
        "in": " in {place}",
        "on": " on {date}",
        "article_date": " (the article's date)",
        "where_unknown": "The articles do not say where {a} and {b} met",
        "when_unknown": "The articles do not say when {a} and {b} met",
        "discussed": "They discussed:",
        "no_topics": "The articles do not say what {a} and {b} discussed",
        "outcomes": {"agreed": "agreed", "signed": "signed", "stressed": "stressed",
                     "looked_forward": "looked forward to"},
        "no_outcomes": "The articles report no agreement or outcome of the meeting of {a} and {b}",
        "role": "{a}: {titles}",
        "list": "Meetings on record:",
        "quote_note": " (quoted in the article's language)",
    },
    "ar": {
        "frame": "بحسب المقالات:",
        "none": "لم أجد في هذه المقالات ما يدل على لقاء كهذا",
        "met": "التقى {a} {b}",
        "verbs": {"meeting": "التقى {a} {b}", "reception": "استقبل {a} {b}",
                  "visit": "التقى {a} {b} خلال زيارة", "call": "أجرى {a} اتصالاً هاتفياً مع {b}",
                  "talks": "أجرى {a} محادثات مع {b}", "signing": "وقّع {a} اتفاقاً مع {b}"},
        "in": " في {place}",
        "on": " بتاريخ {date}",
        "article_date": " (تاريخ المقال)",
        "where_unknown": "لا تذكر المقالات أين التقى {a} و{b}",
        "when_unknown": "لا تذكر المقالات متى التقى {a} و{b}",
        "discussed": "بحث الجانبان:",
        "no_topics": "لا تذكر المقالات ما بحثه {a} و{b}",
        "outcomes": {"agreed": "اتفقا", "signed": "وقعا", "stressed": "أكدا",
                     "looked_forward": "تطلعا"},
        "no_outcomes": "لا تذكر المقالات نتيجة للقاء {a} و{b}",
        "role": "{a}: {titles}",
        "list": "اللقاءات المسجلة:",
        "quote_note": "",
    },
}


class _Citations:
    """Numbers the paragraphs an answer cites, in order of first use."""

    def __init__(self, lookup: Callable[[str, int, int], Source | None]) -> None:
        self._lookup = lookup
        self.sources: list[Source] = []
        self._numbers: dict[tuple[str, int, int], int] = {}

    def cite(self, meeting: Meeting, evidence: Evidence | None) -> str:
        evidence = evidence or meeting.evidence
        if evidence is None:
            return ""
        key = (meeting.doc_id, evidence.paragraph, evidence.window)
        if key not in self._numbers:
            source = self._lookup(*key)
            if source is None:
                return ""
            self.sources.append(source)
            self._numbers[key] = len(self.sources)
        return f" [{self._numbers[key]}]"


def display_name(person: Person, language: str) -> str:
    """The name for an answer: Latin with the Arabic original in English answers."""
    if language != ARABIC and is_arabic(person.name):
        return f"{person.latin} ({person.name})"
    return person.name


def _described(person: Person, language: str) -> str:
    titles = _titles(person, language)
    name = display_name(person, language)
    comma = "،" if language == ARABIC else ","
    return f"{name}{comma} {titles}{comma}" if titles else name


def _titles(person: Person, language: str) -> str:
    if language == ARABIC or not is_arabic(person.name):
        return "؛ ".join(person.titles) if language == ARABIC else "; ".join(person.titles)
    shown = [english or arabic for english, arabic in zip(person.titles_en, person.titles)]
    return "; ".join(shown)


def _date(fact: Fact | None, language: str) -> str:
    if fact is None:
        return ""
    text = _TEXT[language]
    note = text["article_date"] if fact.kind == "article" else ""
    return text["on"].format(date=fact.value) + note


def _place(fact: Fact | None, language: str) -> str:
    if fact is None:
        return ""
    name = fact.text if language == ARABIC and fact.evidence is not None else fact.value
    if language == ARABIC and is_arabic(fact.text):
        name = fact.text.lstrip("ب") if fact.text.startswith("بال") else fact.text
    return _TEXT[language]["in"].format(place=name)


def _sides(meeting: Meeting, request: Request, language: str) -> tuple[str, str, bool]:
    """(the person asked about, the other side, whether the other side ends with
    titles) as display names; the other side's titles are given when the
    question asks who they are."""
    asked = [p for p in meeting.participants if request.asks_about(p)]
    first = asked[0] if asked else meeting.participants[0]
    host = next((p for p in meeting.participants if p.role == "host"), None)
    if meeting.kind == "reception" and host is not None:
        first = host  # "X received Y" whichever of them was asked about
        asked = [host, *(p for p in asked if p is not host)]
    others = [p for p in meeting.participants if p is not first]
    if len(request.people) >= 2 and len(asked) >= 2 and request.intent not in (WHO_MET, LIST):
        others = asked[1:]  # "Where did X meet Y?": X and Y, not everyone present
    joiner = " و" if language == ARABIC else " and "
    if request.intent in (WHO_MET, LIST):
        described = joiner.join(_described(p, language) for p in others)
        return display_name(first, language), described.rstrip(",،"), described.endswith((",", "،"))
    return (display_name(first, language),
            joiner.join(display_name(p, language) for p in others), False)


def compose(question: str, language: str, request: Request, meetings: list[Meeting],
            lookup: Callable[[str, int, int], Source | None]) -> Answer | None:
    """The answer to a parsed meeting question from the meetings that fit it
    (best first); ``None`` when they lack what it asks (a role nobody wrote down)."""
    language = ARABIC if language == ARABIC else "en"
    text = _TEXT[language]
    citations = _Citations(lookup)
    if request.intent == ROLE:
        line = _role_line(request, meetings, language, citations)
        if line is None:
            return None
        lines = [line]
        used = meetings[:1]
    elif request.intent in (LIST, WHO_MET):
        used = meetings[:MAX_MEETINGS]
        lines = [_met_line(m, request, language, citations, place=True, date=True) for m in used]
    else:
        wanted = {WHERE: "place", WHEN: "date", TOPICS: "topics", OUTCOMES: "outcomes"}[request.intent]
        if request.intent == WHERE:
            meetings = _by_agreed_place(meetings)
        meeting = next((m for m in meetings if getattr(m, wanted)), meetings[0])
        used = [meeting]
        lines = [_detail_line(meeting, request, language, citations)]
    lines.insert(0, text["list"] if request.intent == LIST else text["frame"])
    return Answer(question=question, text="\n".join(lines), language=language, abstained=False,
                  sources=tuple(citations.sources), meetings=tuple(used), produced_by="meetings")


def _by_agreed_place(meetings: list[Meeting]) -> list[Meeting]:
    """Reports of one meeting first by the place most of them give (a city before
    a country): several papers ran it, and one misread place is outvoted."""
    votes: dict[str, int] = {}
    for meeting in meetings:
        if meeting.place is not None:
            votes[meeting.place.value] = votes.get(meeting.place.value, 0) + 1
    return sorted(meetings, key=lambda m: (
        m.place is None, -votes.get(m.place.value, 0) if m.place else 0,
        m.place is not None and m.place.kind != "city"))


def _met_line(meeting: Meeting, request: Request, language: str, citations: _Citations, *,
              place: bool = False, date: bool = False) -> str:
    a, b, titled = _sides(meeting, request, language)
    text = _TEXT[language]
    line = text["verbs"].get(meeting.kind, text["met"]).format(a=a, b=b)
    where = (_place(meeting.place, language) if place else "") + \
        (_date(meeting.date, language) if date else "")
    if where and titled:  # "..., Executive Director of UNODC, in Vienna"
        line += "،" if language == ARABIC else ","
    return line + where + "." + citations.cite(meeting, meeting.evidence)


def _detail_line(meeting: Meeting, request: Request, language: str, citations: _Citations) -> str:
    text = _TEXT[language]
    a, b, _ = _sides(meeting, request, language)
    cite = citations.cite(meeting, meeting.evidence)
    if request.intent == WHERE:
        if meeting.place is None:
            return text["where_unknown"].format(a=a, b=b) + "." + cite
        return (text["met"].format(a=a, b=b) + _place(meeting.place, language) + "."
                + citations.cite(meeting, meeting.place.evidence))
    if request.intent == WHEN:
        if meeting.date is None:
            return text["when_unknown"].format(a=a, b=b) + "." + cite
        return (text["met"].format(a=a, b=b) + _date(meeting.date, language) + "."
                + citations.cite(meeting, meeting.date.evidence or meeting.evidence))
    if request.intent == TOPICS:
        if not meeting.topics:
            return text["no_topics"].format(a=a, b=b) + "." + cite
        quotes = [f"«{t.text}»{citations.cite(meeting, t.evidence)}" for t in meeting.topics]
        return (text["met"].format(a=a, b=b) + "." + cite + " " + text["discussed"] + " "
                + " ".join(quotes) + _quote_note(meeting, language))
    if not meeting.outcomes:
        return text["no_outcomes"].format(a=a, b=b) + "." + cite
    quotes = [f"{text['outcomes'].get(o.kind, o.kind)}: «{o.text}»{citations.cite(meeting, o.evidence)}"
              for o in meeting.outcomes]
    return text["met"].format(a=a, b=b) + "." + cite + " " + " ".join(quotes) \
        + _quote_note(meeting, language)


def _role_line(request: Request, meetings: list[Meeting], language: str,
               citations: _Citations) -> str | None:
    """The titles of the person asked about, from the first meeting that records them."""
    for meeting in meetings:
        for person in meeting.participants:
            if request.asks_about(person) and _titles(person, language):
                return (_TEXT[language]["role"].format(a=display_name(person, language),
                                                       titles=_titles(person, language))
                        + "." + citations.cite(meeting, person.evidence))
    return None


def _quote_note(meeting: Meeting, language: str) -> str:
    return _TEXT[language]["quote_note"] if (meeting.language == ARABIC) != (language == ARABIC) else ""


@dataclass(frozen=True)
class NamesToFind:
    """People a meeting question names that the ledger cannot settle.

    The ledger may have missed a meeting (extraction is imperfect), so the
    question goes to the extractive answerer; its answer counts only if the
    paragraphs it cites name each of these people (:func:`cites_everyone`).
    """

    names: tuple[str, ...]


def answer(question: str, language: str, ledger: Ledger,
           lookup: Callable[[str, int, int], Source | None], *,
           context: str = "", is_common: Callable[[str], bool] = lambda word: False,
           ) -> Answer | NamesToFind | None:
    """A ledger answer; or the names an extractive answer must cite; or ``None``
    when the question is not about meetings of named people.

    ``context`` is the conversation so far: a follow-up that names no one
    ("And where was that?") is about the people named there.
    """
    request = parse(question, language, ledger, is_common)
    if request is not None and not request.people and not request.unknown and context:
        earlier = parse(context + " " + question, language, ledger, is_common)
        if earlier is not None:
            request = replace(earlier, intent=request.intent,
                              place=request.place or earlier.place)
    if request is None:
        return None
    if not request.people:
        return NamesToFind(request.unknown) if request.unknown else None
    meetings = matching_meetings(request, ledger)
    day = _date_asked(question)
    if day is not None:  # "Who did X receive on 30 July 2015?"
        on_day = [m for m in meetings if m.date is not None and _near(m.date.value, day)]
        if meetings and not on_day:
            return refusal(question, language)  # they met, but not that day
        meetings = on_day
    if request.place is not None:
        # a meeting whose place went unrecorded counts only if its report names the place
        meetings = [m for m in meetings if m.place is not None
                    or _reported_in(m, request.place, lookup)]
    if request.unknown:
        # "Did Al-Alawi meet Guterres?": keep meetings whose report names Guterres.
        meetings = [m for m in meetings if _mentions_all(m, request.unknown, lookup)]
    if meetings:
        ranked = _by_relevance(meetings, question, lookup)
        role = _asked_role(question)
        if role is not None:  # "Who did X receive?" X hosted; "Who received X?" X was a guest
            ranked.sort(key=lambda m: not any(p.role == role and request.asks_about(p)
                                               for p in m.participants))
        found = compose(question, language, request, ranked, lookup)
        if found is not None:
            return found
    # Not in the ledger: an extractive answer must name the people (and the place).
    place = (request.place.name,) if request.place is not None else ()
    return NamesToFind(request.names + request.unknown + place)


@dataclass(frozen=True)
class SearchHints:
    """What the ledger knows about the people a question names, for search: the
    paragraphs reporting their meetings (best first) and their names in both
    scripts ("Kadyrov" in an English question also finds «قاديروف»)."""

    paragraphs: tuple[tuple[str, int, int], ...] = ()
    names: tuple[str, ...] = ()


def search_hints(question: str, language: str, ledger: Ledger,
                 is_common: Callable[[str], bool] = lambda word: False) -> SearchHints:
    """:class:`SearchHints` for a question (empty when it names no one in the ledger)."""
    request = parse(question, language, ledger, is_common) if intent_of(question, language) \
        else _names_only(question, language, ledger, is_common)
    if request is None or not request.people:
        return SearchHints()
    spellings: dict[str, None] = {}
    for mention in request.people:
        for number in sorted(_best_matches(mention, ledger))[:MAX_MEETINGS]:
            for person in ledger.meetings[number].participants:
                if all(set(person.keys) & set(word) for word in mention):
                    spellings.setdefault(person.name)
                    spellings.setdefault(person.latin)
    reported: dict[tuple[str, int, int], None] = {}
    for meeting in matching_meetings(request, ledger)[:MAX_MEETINGS]:
        for fact in (meeting.evidence, *(f.evidence for f in (meeting.place, *meeting.topics,
                                                              *meeting.outcomes) if f)):
            if fact is not None:
                reported.setdefault((meeting.doc_id, fact.paragraph, fact.window))
    return SearchHints(tuple(reported), tuple(spellings)[:8])


def _names_only(question: str, language: str, ledger: Ledger,
                is_common: Callable[[str], bool]) -> Request | None:
    """Mentions in a question that asks no meeting intent ("Tell me about Kadyrov")."""
    return parse(f"who met {question}" if language != ARABIC else f"من التقى {question}",
                 language, ledger, is_common)


def _date_asked(question: str) -> str | None:
    found = [d for d in find_dates(question) if d.how != "relative"]
    return found[0].iso if found else None


def _near(value: str, day: str) -> bool:
    """Within a day: a meeting «أمس» is often dated by the next day's paper."""
    try:
        return abs((date.fromisoformat(value[:10]) - date.fromisoformat(day)).days) <= 1
    except ValueError:
        return False


def _by_relevance(meetings: list[Meeting], question: str,
                  lookup: Callable[[str, int, int], Source | None]) -> list[Meeting]:
    """Meetings whose report shares most words with the question (its topic) first,
    then the newest."""
    wanted = set(index_terms(question))

    def shared(meeting: Meeting) -> int:
        reported = ""
        if meeting.evidence is not None:
            source = lookup(meeting.doc_id, meeting.evidence.paragraph, meeting.evidence.window)
            reported = source.text if source is not None else ""
        text = " ".join([meeting.title, reported, *(t.text for t in meeting.topics),
                         *(o.text for o in meeting.outcomes)])
        return len(wanted & set(index_terms(text)))

    return sorted(meetings, key=lambda m: (shared(m), m.date.value if m.date else ""), reverse=True)


def _reported_in(meeting: Meeting, place: places.Place,
                 lookup: Callable[[str, int, int], Source | None]) -> bool:
    """Whether the paragraph reporting a meeting names a place (any script, any prefix)."""
    if meeting.evidence is None:
        return False
    source = lookup(meeting.doc_id, meeting.evidence.paragraph, meeting.evidence.window)
    words = tokens(source.text) if source is not None else []
    for index in range(len(words)):
        window = [strip_prefix(words[index]), *words[index + 1:index + places.MAX_PLACE_WORDS]]
        found = places.find_in(window, fuzzy=False) or places.find_in(words[index:index + 3],
                                                                       fuzzy=False)
        if found and (found[0].name == place.name or place.kind == "country"
                      and found[0].country == place.country):
            return True
    return False


def _mentions_all(meeting: Meeting, words: tuple[str, ...],
                  lookup: Callable[[str, int, int], Source | None]) -> bool:
    """Whether the participants or the paragraph reporting the meeting name ``words``."""
    text = " ".join(f"{p.name} {p.latin} {' '.join(p.titles)} {p.organisation or ''}"
                    for p in meeting.participants)
    if meeting.evidence is not None:
        source = lookup(meeting.doc_id, meeting.evidence.paragraph, meeting.evidence.window)
        text += " " + (source.text if source else "")
    return _names_in(words, text)


def cites_everyone(answer: Answer, wanted: NamesToFind) -> bool:
    """Whether the paragraphs an answer cites name every person in ``wanted``."""
    text = " ".join(source.text for _, source in answer.cited())
    return not answer.abstained and _names_in(wanted.names, text)


def _names_in(names: Iterable[str], text: str) -> bool:
    """Whether ``text`` names each of ``names`` (one word of each suffices), in either script."""
    present = set(tokens(text))
    present |= {strip_prefix(word) for word in present}
    other_script: list[frozenset[str]] | None = None
    for name in names:
        words = [w for w in tokens(name) if len(w) >= 3 and w not in _NAME_PARTICLES]
        if not words:
            continue
        surname = words[-1]  # "Masoud Barzani" is not any Masoud
        if surname in present or strip_prefix(surname) in present:
            continue
        if other_script is None:
            other_script = [word_keys(w) for w in present if len(w) >= 3 and is_arabic(w)
                            != is_arabic(name)]
        if not any(keys_match(word_keys(surname), keys) for keys in other_script):
            return False
    return True


def refusal(question: str, language: str) -> Answer:
    """The answer for a meeting the articles do not report."""
    language = ARABIC if language == ARABIC else "en"
    return Answer(question=question, text=_TEXT[language]["none"] + ".", language=language,
                  abstained=True, produced_by="meetings")
