"""Companies as the sides of an agreement or talks: "Shell has signed a dollars 6bn
deal with ... Qatar", "Lockheed said it had signed an agreement with state-owned
Hindustan Aeronautics".

English capitalisation marks the names; what else is capitalised (people,
places, offices, nationalities, the first word of a sentence, a dateline) is
left out. A company is kept as a side with role "party", like a country that
signs.
"""

from __future__ import annotations

import re

from . import places
from .groups import ENGLISH_GROUP_NOUNS
from .meeting_records import Person
from .meeting_vocabulary import ENGLISH_NATIONALITIES, ENGLISH_NOT_NAMES, ENGLISH_TITLE_WORDS
from .sentences import Sentence

# Between a company and its verb: "Shell has signed", "Lockheed said it had signed".
_COMPANY_TO_VERB = frozenset("has have had will would is was also recently it said says".split())
# Words that may come between "with" and the company: "with US bank Wells Fargo",
# "with state-owned Hindustan Aeronautics".
_BEFORE_COMPANY = frozenset("the a an us u.s uk british french german japanese state-owned state "
                            "bank group firm company giant rival carrier airline oil chemicals "
                            "insurer".split())
MAX_COMPANY_WORDS = 4
_OPENING_WORDS = frozenset("the a an for while but and in after as on at when if since with by its his "
                           "he she it they we her their this that".split())
_TITLE_ABBREVIATIONS = frozenset("gen col lt sgt maj adm capt gov sen rep pres dr mr mrs ms prof".split())
_NOUNS_AFTER_ADJECTIVES = frozenset("sheikhdom kingdom emirate state states government firm group company "
                                    "bank country nation region province republic authorities "
                                    "officials market".split())


def companies(sentence: Sentence, cue: int, everyone: list[Person]) -> list[Person]:
    """Companies that sign or hold talks in an English sentence whose cue is token
    ``cue``: the capitalised name right before the verb ("Shell has signed", "Lockheed
    said it had signed") and the one after "with" ("talks with US bank Wells Fargo");
    not people (``everyone`` the article names), places, offices, or the capitalised
    word that opens a sentence ("While", "The")."""
    tokens = sentence.tokens
    raw = [sentence.text[t.start:t.end] for t in tokens]
    # a person's family name, or a part of it ("talks with Hernandez": Arturo Hernandez Grisanti)
    surnames = {word.lower() for p in everyone for word in p.name.split()[-3:] if p.name.split()}
    spans = []
    end = cue
    while end > 0 and tokens[end - 1].text in _COMPANY_TO_VERB | {"held", "hold", "holding", "merger"}:
        end -= 1
    end = _before_ticker(raw, end)  # "Chrysler Corp <C> have signed"
    if not (end == cue and cue < len(tokens) and tokens[cue].text == "talks"):
        before = _capitalised_run(raw, end, backwards=True)  # not "Debt talks between ..."
        spans.append(before)
        if before is not None and [t.text for t in tokens[max(0, before[0] - 3):before[0]]] \
                == ["said", "it", "and"]:
            # "Renault <RENA.PA> said it and Chrysler Corp have signed": who said it signs too
            spans.append(_capitalised_run(raw, _before_ticker(raw, before[0] - 3), backwards=True))
    with_at = next((k for k in range(cue, len(tokens)) if tokens[k].text == "with"), None)
    if with_at is None:  # "signed a deal to acquire 36 planes from Avions de Transport Regional"
        with_at = next((k for k in range(cue, min(cue + 12, len(tokens))) if tokens[k].text == "from"
                        and any(t.text in _BUYING | _BORROWING for t in tokens[cue:k])), None)
    if with_at is not None:
        start = with_at + 1
        while start < len(tokens) and start - with_at <= 3 and tokens[start].text in _BEFORE_COMPANY:
            start += 1
        spans.append(_capitalised_run(raw, start, backwards=False))
    companies = []
    for first, last in filter(None, spans):
        while first < last and tokens[first].text in _OPENING_WORDS:
            first += 1  # "While Russia ...", "The ..."
        words = [tokens[k].text for k in range(first, last)]
        if not words or last < len(tokens) and tokens[last].text in _NOUNS_AFTER_ADJECTIVES:
            continue  # "the Middle Eastern sheikhdom of Qatar": a description, not a name
        if (places.lookup(" ".join(words)) is not None or words[-1] in surnames
                or raw[last - 1].endswith(("'s", "’s")) or not re.search(r"[a-z]{2}", " ".join(words))
                # (a title word inside a longer name is the company's: "Avions de Transport Regional")
                or any(w in ENGLISH_TITLE_WORDS and (len(words) <= 2 or k in (0, len(words) - 1))
                       or w in ENGLISH_NOT_NAMES - _COMPANY_SUFFIXES and not (
                           w in _LENDER_SUFFIXES and k == len(words) - 1 and len(words) >= 2)
                       or w in ENGLISH_NATIONALITIES
                       or w in _TITLE_ABBREVIATIONS or w in ENGLISH_GROUP_NOUNS for k, w in enumerate(words))
                or len(words) == 1 and re.search(r"(?:ish|ean|ian|ese|ant|ic)$", words[0])
                or first == 0 and sentence.start == 0 and len(words) == 1 and raw[0].isupper()):
            # a person, a place or whose ("Poland's"), an office, "Treasury", "MPs",
            # "Scottish", or a dateline ("PARIS")
            continue
        name = sentence.original(tokens[first].start, tokens[last - 1].end)
        companies.append(Person(name=name, latin=name, role="party",
                                evidence=sentence.evidence(tokens[first].start, tokens[last - 1].end)))
    return companies


_BUYING = frozenset("acquire acquiring buy buying purchase purchasing order lease leasing".split())
# "signed up for a 550 mln ECU loan from the European Community": the lender
_BORROWING = frozenset("loan loans credit credits".split())
# Words that end a company's name ("Chrysler Corp"), though they are no person's
_COMPANY_SUFFIXES = frozenset("corp inc co corporation company group motors airlines".split())
# ... and a lender's: "the World Bank", "Deutsche Bank", "the International Monetary Fund"
_LENDER_SUFFIXES = frozenset("bank fund".split())


def _before_ticker(raw: list[str], at: int) -> int:
    """``at``, or where a stock ticker in angle brackets right before it begins
    ("Renault <RENA.PA> said")."""
    if at >= 3 and raw[at - 1] == ">" and "<" in raw[max(0, at - 4):at - 1]:
        return max(k for k in range(max(0, at - 4), at - 1) if raw[k] == "<")
    return at


# inside a company's name: "Avions de Transport Regional", "Regie Nationale des Usines Renault"
_INSIDE_NAMES = frozenset({"&", "of", "de", "du", "des", "la", "von", "van"})


def _capitalised_run(raw: list[str], at: int, *, backwards: bool) -> tuple[int, int] | None:
    """Token range of the capitalised words that end right before ``at`` (``backwards``)
    or begin at it, "&", "of", "de" ... allowed inside; ``None`` when there are none."""
    def capital(k: int) -> bool:
        return 0 <= k < len(raw) and raw[k][:1].isupper()

    def words(first: int, last: int) -> int:  # capitalised words in raw[first:last]
        return sum(capital(k) for k in range(first, last))

    if backwards:
        first = at
        while first > 0 and words(first, at) < MAX_COMPANY_WORDS and (
                capital(first - 1) or raw[first - 1] in _INSIDE_NAMES and capital(first - 2)):
            first -= 1
        return (first, at) if first < at and capital(first) else None
    last = at
    while last < len(raw) and words(at, last) < MAX_COMPANY_WORDS and (
            capital(last) or raw[last] in _INSIDE_NAMES and capital(last + 1)):
        last += 1
    return (at, last) if last > at else None
