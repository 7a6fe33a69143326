"""The meeting ledger of a store, indexed by the keys of the participants' names.

A question's words are matched to participants through spelling-blind name
keys (:mod:`names`); this module finds the meetings of the person a group of
words names: the participant matching most of the words wins ("Jamal
Abdulaziz Al-Alawi" is not every "... bin Abdulaziz").
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from .meeting_records import Meeting, Person
from .meeting_vocabulary import ENGLISH_ORDINALS, ENGLISH_TITLE_HEADS, held_before
from .names import (
    COMPOUND_FIRST, CONSONANTS, MIN_SHARED_CONSONANTS, arabic_keys, consonants_of, is_arabic, may_be_one_name,
    may_spell, names_in, word_keys,
)
from . import places
from .normalize import normalize, strip_prefix

VERY_COMMON_NAME_MEETINGS = 25


_HOLDERS_KEPT = 1024  # offices looked up, kept for the questions that follow


# A romanised Arabic word opening with consonant, vowel, consonant: a foreign name's
# opening cluster that Arabic writes with no vowel («كرو» Croo, «ستراو» Straw).
_INITIAL_CLUSTER = re.compile(r"^([bcdfgklmnprstvz])[aiu]([lr])")


_MIN_APART_LETTERS = 5  # an Arabic name spelled one letter off («ميركل», «ميريكل») is this long


def _one_vowel_apart(a: str, b: str) -> bool:
    """Whether one of two words is the other with one «ا», «و» or «ي» more inside it (not
    a leading «و», "and": «وأردوغان»)."""
    shorter, longer = sorted((a, b), key=len)
    return len(longer) == len(shorter) + 1 and any(
        longer[i] in "اوي" and longer[:i] + longer[i + 1:] == shorter for i in range(4, len(longer)))


def _a_country_in_english(person: Person) -> bool:
    """Whether a participant is a country recorded as a side by its English name."""
    return person.role == "party" and not is_arabic(person.name) \
        and places.kind_of(person.name) == "country"


class Ledger:
    """The meeting records of a store, indexed by the keys of participants' names."""

    def __init__(self, meetings: list[Meeting]) -> None:
        self.meetings = meetings
        self._holders: dict[tuple, dict[str, tuple[set[str], int]]] = {}
        # (doc_id, paragraph, window) → the people read there, built when first asked
        self._people_at: dict[tuple[str, int, int], set[tuple[int, int, str]]] | None = None
        self._by_key: dict[str, set[int]] = {}
        # the keys of countries recorded as sides by their English names ("Qatar": katar)
        # and of no one else, which Arabic words may sound like («قطار», a train): an Arabic
        # question names a country by its Arabic name, which the gazetteer reads
        country_keys: set[str] = set()
        other_keys: set[str] = set()
        for number, meeting in enumerate(meetings):
            for person in meeting.participants:
                (country_keys if _a_country_in_english(person) else other_keys).update(person.keys)
                for key in person.keys:
                    self._by_key.setdefault(key, set()).add(number)
        self._country_keys = country_keys - other_keys
        self._latin_keys = [k for k in self._by_key
                            if not k.startswith(("ar:", CONSONANTS)) and len(k) >= 5]
        self._arabic_keys = [k for k in self._by_key
                             if k.startswith("ar:") and len(k) - 3 >= _MIN_APART_LETTERS]
        # keys of people written in Latin script (English articles)
        self._english = {key for meeting in meetings for person in meeting.participants
                         if not is_arabic(person.name) for key in person.keys}
        self._english_keys = [k for k in self._english if len(k) >= 5 and not k.startswith(CONSONANTS)]
        self._english_consonants = frozenset().union(*(
            consonants_of(person.name) for meeting in meetings for person in meeting.participants
            if not is_arabic(person.name) and person.keys))
        # (not «السلام» of «عصام آل عبد السلام»: the family name is «عبد السلام», and
        # «السلام» alone is "peace")
        self._surnames = {words[-1] for meeting in meetings for person in meeting.participants
                          if is_arabic(person.name)
                          for words in [normalize(person.name).split()]
                          if words and not (len(words) >= 2 and words[-2] in COMPOUND_FIRST)}
        # keys of bodies recorded as sides («جامعة أكسفورد»; a company that signed, «رينو»
        # Renault), which may share a city's name (Oxford, Reno)
        self._body_keys = {key for meeting in meetings for person in meeting.participants
                           if person.role == "group" or person.role == "party" and not person.country
                           for key in person.keys}
        self._bodies_only = self._body_keys - {key for meeting in meetings for person in meeting.participants
                                               if person.role != "group" for key in person.keys}
        # a country as a side, by its name today ("the Soviet Union" is Russia)
        self._party_keys: dict[str, set[str]] = {}
        # the meetings of people recorded as of a country ("Argentine President Nestor Kirchner")
        self._nationals: dict[str, set[int]] = {}
        for number, meeting in enumerate(meetings):
            for person in meeting.participants:
                if person.role == "party":
                    self._party_keys.setdefault(person.country or person.name, set()).update(person.keys)
                elif person.country and person.role != "group":
                    self._nationals.setdefault(person.country, set()).add(number)

    def people_at(self, doc_id: str, paragraph: int, window: int) -> list[tuple[int, int, str]]:
        """(start, end, name) of the people the records read in a paragraph window: the
        sides and those who attended, where the text names them."""
        if self._people_at is None:
            self._people_at = {}
            for meeting in self.meetings:
                for person in (*meeting.participants, *meeting.attendees):
                    where = person.evidence
                    if where is not None and person.role not in ("party", "group"):
                        at = (meeting.doc_id, where.paragraph, where.window)
                        self._people_at.setdefault(at, set()).add((where.start, where.end, person.name))
        return sorted(self._people_at.get((doc_id, paragraph, window), ()))

    def keys_for(self, word: str, *, english_only: bool = False, fuzzy: bool = True) -> set[str]:
        """Ledger keys that one word of a question matches (exactly, or with ``fuzzy`` one
        edit off); with ``english_only``, only keys of people named in Latin script."""
        if english_only and is_arabic(word) and not may_spell(word, self._english_consonants):
            return set()  # spelled by rules, it is far from every English name: no model run
        found = set()
        pool = self._english_keys if english_only else self._latin_keys
        for key in word_keys(word):
            if key in self._by_key and (not english_only or key in self._english):
                found.add(key)
            elif english_only and (cluster := _INITIAL_CLUSTER.sub(r"\1\2", key)) in self._english:
                found.add(cluster)  # «كرو» is read "Kiru", but spells "Croo"
            elif fuzzy and not key.startswith(("ar:", CONSONANTS)) and len(key) >= 5:
                for match, _distance, _ in process.extract(
                        key, pool, scorer=OSA.distance, score_cutoff=1, limit=5):
                    if may_be_one_name(match, key):  # "Arabian" is not "Arabia"
                        found.add(match)
        return found - self._country_keys if is_arabic(word) else found

    def is_surname(self, word: str) -> bool:
        """Whether a folded Arabic word is, as written, the last name of someone in the
        ledger («الجبير»; «العالم» is not «عالم»)."""
        return word in self._surnames

    def arabic_keys(self, word: str, *, spelled_apart: bool = False) -> set[str]:
        """Ledger keys of the word's folded Arabic form (no romanisation); with
        ``spelled_apart``, also of Arabic spellings of a word of five or more letters with
        one long vowel more or less («ميركل» and the article's «ميريكل»; not «سيجري», "will
        hold", and «سيرجي», Sergei)."""
        found = {key for key in arabic_keys(word) if key in self._by_key}
        if spelled_apart:
            for key in arabic_keys(word):
                if len(key) - 3 >= _MIN_APART_LETTERS:
                    found.update(match for match, _distance, _ in process.extract(
                        key, self._arabic_keys, scorer=OSA.distance, score_cutoff=1, limit=5)
                        if _one_vowel_apart(key, match))
        return found

    def holders(self, title: str, countries: list[str], place: places.Place | None = None, *,
                of_country: bool = False) -> dict[str, tuple[set[str], int]]:
        """Participants whose titles contain ``title`` (Arabic or English), by name →
        (their keys, how many records give them that title); only those from
        ``countries`` when the question names any (with ``of_country``, only those
        known to be: «الرئيس الفرنسي»), and whose titles name ``place`` when given
        («محافظ الخرج»)."""
        asked = (title, tuple(countries), place, of_country)
        if asked not in self._holders:  # a question is parsed more than once
            if len(self._holders) >= _HOLDERS_KEPT:
                self._holders.clear()
            self._holders[asked] = self._find_holders(title, countries, place, of_country)
        return self._holders[asked]

    def _find_holders(self, title: str, countries: list[str], place: places.Place | None,
                      of_country: bool) -> dict[str, tuple[set[str], int]]:
        arabic = is_arabic(title)
        wanted = normalize(title) if arabic else title.lower()
        english = _english_title_of(wanted) if arabic else wanted
        offices = _synonyms(english)
        found: dict[str, tuple[set[str], int]] = {}
        for meeting in self.meetings:
            for person in meeting.participants:
                # an Arabic office opens its title: «مستشار خادم الحرمين الشريفين» advises
                # the King, it is not the King
                if not person.titles or not any(_holds_office(person, wanted, office) for office in offices):
                    continue
                if countries and person.country not in countries and (
                        person.country is not None or of_country and not _titled_from(person, countries)):
                    continue
                if place is not None and not _titles_name(person, place):
                    continue
                keys, count = found.get(person.name, (set(), 0))
                found[person.name] = (keys | set(person.keys), count + 1)
        return found

    def parties(self, country: str) -> set[str]:
        """Keys of a country that is itself a side of a recorded signing or talks."""
        return {key for key in self._party_keys.get(country, ())}

    def nationals(self, country: str) -> set[str]:
        """The key that stands for the people recorded as of a country (none if there are
        none): a mention with it matches them (:func:`best_matches`)."""
        return {NATIONAL + country} if country in self._nationals else set()

    def of_country(self, country: str) -> set[int]:
        """The meetings of people recorded as of a country."""
        return self._nationals.get(country, set())

    def names_a_body(self, keys: set[str]) -> bool:
        """Whether any of these keys is one of a body recorded as a side (Oxford the
        university, not the city)."""
        return bool(keys & self._body_keys)

    def names_only_bodies(self, keys: set[str]) -> bool:
        """Whether these keys name bodies and no person («رياده» of «جمعية ريادة الأعمال»)."""
        return bool(keys) and keys <= self._bodies_only

    def with_keys(self, keys: set[str]) -> set[int]:
        result: set[int] = set()
        for key in keys:
            result |= self._by_key.get(key, set())
        return result


HOLDER = "holder:"  # marks the keys of a mention by title: the holders' own keys
NATIONAL = "of:"  # the key of a country's people («of:Argentina»)


def best_matches(mention, ledger: Ledger) -> set[int]:
    """Meetings with the participant who matches most words of one mention of a person.

    "Jamal Abdulaziz Al-Alawi" matches Al-Alawi on three words and every
    "... bin Abdulaziz" on one; only the best are the person meant.
    """
    if len(mention) == 1 and any(k.startswith(NATIONAL) for k in mention[0]):
        # a country: the country as a party, or its people
        party = {k for k in mention[0] if not k.startswith(NATIONAL)}
        return ledger.with_keys(party) | {n for k in mention[0] if k.startswith(NATIONAL)
                                          for n in ledger.of_country(k[len(NATIONAL):])}
    if len(mention) == 1 and all(k.startswith(HOLDER) for k in mention[0]):
        # a title mention: participants all of whose name keys are a holder's
        keys = {k[len(HOLDER):] for k in mention[0]}
        return {n for n in ledger.with_keys(keys)
                if any(p.keys and set(p.keys) <= keys for p in ledger.meetings[n].participants)}
    scores: dict[int, float] = {}
    for number in ledger.with_keys(set().union(*mention)):
        scores[number] = matched_words(ledger.meetings[number], mention)
    best = max(scores.values(), default=0)
    return {number for number, score in scores.items() if score == best and best > 0}


def has_words(meeting: Meeting, mention, extra: tuple[str, ...]) -> bool:
    """Whether a participant the mention matches also bears the mention's other words:
    spelled alike, or, for a Latin word, with the same consonants as their romanised
    family name ("Benjamin Netanyahu" is «بنيامين نتنياهو», romanised Natiniaho)."""
    matched = set().union(*mention)
    return any(set(p.keys) & matched and (names_in(extra, f"{p.name} {p.latin}")
                                          or _same_consonants(extra, p.latin))
               for p in meeting.participants)


def _same_consonants(words: tuple[str, ...], latin_name: str) -> bool:
    if not latin_name.split() or is_arabic(latin_name):
        return False
    family = consonants_of(latin_name.split()[-1])
    return any(len(c) >= MIN_SHARED_CONSONANTS and c in family
               for word in words if not is_arabic(word) for c in consonants_of(word))


def matched_words(meeting: Meeting, mention) -> float:
    """How well the best participant matches a mention: one per word, and half a
    point more when the mention's first word is their first or family name, not a
    father's name ("King Salman" is Salman bin Abdulaziz, not Mohammed bin Salman;
    "President Hadi" may be Abd-Rabbuh Mansour Hadi as well as Hadi Al Kulaib)."""
    def score(person) -> float:
        keys = set(person.keys)
        matched = sum(bool(keys & set(word)) for word in mention)
        # an Arabic word that matches an Arabic name only by its romanised sound («زايد»
        # and «سعيد» are both "sid") counts less than one spelled alike
        by_sound = sum(1 for word in mention if keys & set(word) and _by_sound_only(set(word), keys))
        if len(mention) >= 2 and keys & set(mention[-1]) and not keys & set(mention[0]):
            if _spelled_apart(mention[0], keys):
                matched += 1  # "Staffan de Mistura" is «ستيفان دي ميستورا» (Stifan) as well as «ستافان»
            elif matched == 1 and len(person.name.split()) >= 2:
                return 0  # «رائد الجبوري» is not «سليم الجبوري»: the family name alone is no match
        given = word_keys(person.name.split()[0]) if len(person.name.split()) >= 2 else frozenset()
        if len(mention) >= 2 and given & set(mention[-1]) and not given & set(mention[0]):
            return 0  # "Alaa Youssef" is not «يوسف بن علوي»: his family name is Yousef's given name
        # every word of a longer mention matched: "Nawaz Sharif" is «محمد نواز شريف»
        whole = len(mention) >= 2 and matched == len(mention)
        return matched - SOUND_ONLY_DISCOUNT * by_sound \
            + 0.5 * bool(whole or _own_name_keys(person.name) & set(mention[0]))

    return max(score(p) for p in meeting.participants)


SOUND_ONLY_DISCOUNT = 0.25


def _by_sound_only(word: set[str], keys: set[str]) -> bool:
    """Whether an Arabic word matches an Arabic-spelled name through Latin keys alone."""
    arabic = {k for k in word if k.startswith("ar:")}
    return bool(arabic) and any(k.startswith("ar:") for k in keys) and not arabic & keys


def _spelled_apart(word: set[str], keys) -> bool:
    """Whether a given name's keys are one letter from a participant's (a vowel spelled
    another way); only for names of five letters or more."""
    return any(len(a) >= 5 and OSA.distance(a, b) <= 1
               for a in word if not a.startswith(("ar:", CONSONANTS, HOLDER)) for b in keys
               if not b.startswith(("ar:", CONSONANTS)))


# "the Emir of Asir" is what the title table renders «أمير منطقة عسير» as: Governor of Asir;
# «رئيس البنك المركزي», Head of the Central Bank, is the bank's president in English news
_OFFICE_SYNONYMS = {"emir": "governor", "head": "president"}


def _synonyms(english: str) -> list[str]:
    """An English office and its other names in the title table."""
    found = [english]
    for word, other in _OFFICE_SYNONYMS.items():
        if re.search(rf"\b{word}\b", english):
            found.append(re.sub(rf"\b{word}\b", other, english))
    return found


@lru_cache(maxsize=8192)
def _holds_office(person, office: str, english: str) -> bool:
    """Whether one of a participant's titles is the office (folded Arabic or lower-case
    English), not a post serving it: «مستشار خادم الحرمين الشريفين» and "Advisor to the
    Custodian of the Two Holy Mosques" do not hold «خادم الحرمين الشريفين»."""
    offices = [o for o in (office, english) if o]
    if any(is_arabic(t) for t in person.titles):
        # an Arabic title opens with its office, and so does its word-by-word English
        # (not a former holder's: «رئيس وزراء لبنان الأسبق», "Former Prime Minister of Lebanon")
        titles = [re.sub(r"^و(?=[^ ]{3})", "", normalize(t)) for t in person.titles if not held_before(t)]
        # (a first or second vice president is a vice president)
        titles += [_without_ordinal(t.lower()) for t in person.titles_en if not held_before(t)]
        return any(t.startswith(o) for t in titles for o in offices)
    titles = [t.lower() for t in person.titles_en if not held_before(t)]
    # an office with what it heads ("head of the central bank"), not an open "governor of"
    reordered = [_office_first(t) for t in titles] if any(" of the " in o for o in offices) else []
    return any(_holds(t, o) for t in titles + reordered for o in offices)


def _without_ordinal(title: str) -> str:
    """A lower-case English title without its ordinal ("second vice president" → "vice president")."""
    first, space, rest = title.partition(" ")
    return rest if space and first in ENGLISH_ORDINALS else title


def _office_first(title: str) -> str:
    """"central bank head" as "head of the central bank", the order Arabic titles take."""
    words = title.split()
    if len(words) >= 2 and (words[-1] in ENGLISH_TITLE_HEADS or words[-1] == "head") and "of" not in words:
        return f"{words[-1]} of the {' '.join(words[:-1])}"
    return title


def _holds(title: str, office: str) -> bool:
    at = title.find(office)
    return at >= 0 and not re.search(r"\b(?:to|of|for)(?: the)?\s*$", title[:at])


def _titled_from(person, countries: list[str]) -> bool:
    """Whether a participant's Arabic titles give one of ``countries`` by a nisba
    («الرئيس الفرنسي»)."""
    return any((found := places.demonym(w)) is not None and found.name in countries
               for t in person.titles for w in normalize(t).split())


def _titles_name(person, place: places.Place) -> bool:
    """Whether a participant's titles name a place, in either script («محافظ الخرج»)."""
    words = [strip_prefix(w) for t in person.titles for w in normalize(t).split()]
    if any((found := places.lookup(w)) is not None and found.name == place.name for w in words):
        return True
    return place.name.lower() in " ".join(person.titles_en).lower()


def _own_name_keys(name: str) -> frozenset[str]:
    """Keys of a name's first word and of its last word unless a father's name follows
    «بن» there («محمد بن سلمان»: Mohammed only; «عبدربه منصور هادي»: Abd-Rabbuh, Hadi)."""
    words = name.split()
    if len(words) > 1 and normalize(words[0]) in COMPOUND_FIRST:
        words = [words[0] + words[1], *words[2:]]  # «عبد الله بن زايد» is «عبدالله بن زايد»
    if not words:
        return frozenset()
    own = word_keys(words[0])
    if len(words) > 1 and normalize(words[-2]) not in ("بن", "بنت", "ابن", "bin", "ibn", "ben"):
        own |= word_keys(words[-1])
    return own


def by_surname(meeting: Meeting, mention, own: frozenset[str]) -> bool:
    """A participant whose surname the question spells exactly ("Kadyrov" in
    "Ramzan Kadyrov"), not merely one edit away ("Ghofais" is not "Jones")."""
    matched = set().union(*mention)
    return any(set(p.keys) & matched and p.name.split() and word_keys(p.name.split()[-1]) & own
               for p in meeting.participants)


def newest_first(meetings: list[Meeting]) -> list[Meeting]:
    return sorted(meetings, key=lambda m: (m.date.value if m.date else ""), reverse=True)


def meetings_of(who: str, ledger: Ledger) -> list[Meeting]:
    """Meetings of the person ``who`` names ("Ghada Waly", «العلوي»), newest first."""
    mention = [found for word in re.findall(r"[\w\u0621-\u064A'’-]+", who)
               if (found := ledger.keys_for(word.strip("'’-")))]
    return newest_first([ledger.meetings[n] for n in best_matches(mention, ledger)]) if mention else []


def _english_title_of(arabic_title: str) -> str:
    """The English of a folded Arabic title, when the vocabulary has it ("" if not)."""
    from .people import english_title

    return english_title(arabic_title).lower()
