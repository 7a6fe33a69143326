"""Answer meeting questions from the ledger: who met whom, where, when, on what, with what result.

A question that asks a meeting intent and names someone in the ledger
(:mod:`meeting_questions`, :mod:`meeting_ledger`) is answered from the records,
in the question's language, citing the paragraph each fact was read from.
When the question names people, a place or a day that no recorded meeting
fits, the answer says so instead of quoting the nearest sentence; when the
ledger may simply have missed the meeting, the extractive answerer gets the
question, and its answer must name those people (:class:`NamesToFind`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from rapidfuzz import fuzz

from . import glossary, places
from .answering import Evidence as SearchEvidence, abstain_text
from .dates import weekday_named, weekdays_named
from .meeting_records import Evidence, Fact, Meeting, Person
from .meeting_vocabulary import (
    ARABIC_BODY_NOUNS_OF, COUNTERPART_WORDS, ENGLISH_NATIONALITIES, ENGLISH_TITLE_HEADS, held_before,
    arabic_title, may_be_arabic_name,
)
from .meetings import reports_a_meeting
from .meeting_ledger import HOLDER, Ledger, best_matches, by_surname, has_words, matched_words
from .meeting_questions import (
    ATTENDED, LIST, OUTCOMES, ROLE, TOPICS, WHEN, WHERE, WHO_MET, Request, date_asked, asked_role,
    asks_of_another_event, asks_the_medium, asks_whom_an_office_names, intent_of, names_a_meeting,
    office_words, parse, topic_terms, without_dates,
)
from .models import Answer, Source
from .names import INSTITUTION_WORDS, NAME_PARTICLES, english_venue, is_arabic, names_in, skeletons, word_keys
from .normalize import ARABIC, index_terms, normalize, strip_prefix, tokens, without_article
from .people import english_opening
from .search import numbers_in
from .splitting import Span, split_sentences

MAX_MEETINGS = 5
MAX_CITATIONS = 3  # papers cited for one line


def matching_meetings(request: Request, ledger: Ledger) -> list[Meeting]:
    """Meetings with every person the request names (and at its place), newest first."""
    chosen: set[int] | None = None
    for number in range(len(request.people)):
        numbers = _meetings_naming(request, number, ledger)
        chosen = numbers if chosen is None else chosen & numbers
    meetings = [ledger.meetings[n] for n in sorted(chosen or ())]
    if request.place is not None:
        # Those recorded there, then those whose place went unrecorded (the caller
        # keeps them only if their report names the place); none recorded elsewhere.
        there = [m for m in meetings if _held_in(m, request.place)]
        return there + [m for m in meetings if _held_in(m, request.place) is None]
    return meetings


def _meetings_naming(request: Request, number: int, ledger: Ledger) -> set[int]:
    """The numbers of the ledger's meetings with the request's person ``number``."""
    mention = request.people[number]
    numbers = best_matches(mention, ledger)
    extra = request.unmatched[number] if number < len(request.unmatched) else ()
    if not extra:
        return numbers
    # "Saleh Al-Wohaibi": a Saleh whose name also has Al-Wohaibi, or who matches
    # two words of the name; failing those, one whose surname the words match.
    sure = {n for n in numbers if has_words(ledger.meetings[n], mention, extra)
            or matched_words(ledger.meetings[n], mention) >= 2}
    own = request.own_keys[number] if number < len(request.own_keys) else frozenset()
    asked = {key for person in request.people for word in person for key in word}
    # (not when the unmatched word is the family name itself: "Mohammed Al-Suwaiket"
    # is no «متقاعد محمد» whose last word is Mohammed;
    # and when it is the given name, only someone the ledger knows by family name
    # alone: «برويز مشرف» is "Musharraf", but «رائد الجبوري» is not «سليم الجبوري»)
    surname_unmatched = number < len(request.names) and request.names[number].split()[-1] in extra
    return sure or (set() if surname_unmatched else
                    {n for n in numbers if by_surname(ledger.meetings[n], mention, own)
                     and not _other_given_names(ledger.meetings[n], mention, asked, extra)})


def _other_given_names(meeting: Meeting, mention, asked: set[str], unmatched: tuple[str, ...] = ()) -> bool:
    """Whether everyone in a meeting that a mention's words match has a given name the
    question does not say (none of the ``asked`` keys: «سليم الجبوري» for «رائد الجبوري»;
    not "Friedrich Wilhelm Christians" for «فريدريش فيلهلم كريستيانز», whose words the
    question splits), nor spells another way ("Ramzan Kadyrov" is «رمضان أحمد قاديروف»,
    romanised Ramadan)."""
    matched = [p for p in meeting.participants if any(set(p.keys) & set(word) for word in mention)]
    return bool(matched) and all(len(p.name.split()) >= 2 and not word_keys(p.name.split()[0]) & asked
                                 and not _spelled_alike(p.latin.split()[0] if p.latin else "", unmatched)
                                 for p in matched)


SAME_NAME_RATIO = 75  # rapidfuzz ratio of two spellings of one given name ("Ramzan", "Ramadan")


def _spelled_alike(given: str, words: tuple[str, ...]) -> bool:
    if not given:
        return False
    # a compound given name romanised with hyphens ("Izz-ad-Din") is one word in the
    # question ("Ezzeddine"): compared by their spelling-blind keys
    compound = "".join(skeletons(given)) if "-" in given else ""
    return any(not is_arabic(w) and (
        fuzz.ratio(w.lower(), given.lower()) >= SAME_NAME_RATIO
        or compound and any(fuzz.ratio(key, compound) >= SAME_NAME_RATIO for key in skeletons(w)))
        for w in words)


def _held_in(meeting: Meeting, place: places.Place) -> bool | None:
    """Whether a meeting took place in a city or country (``None``: not recorded)."""
    if meeting.place is None:
        # a reception with no recorded place was most likely in the host's country
        host = next((p for p in meeting.participants if p.role == "host"), None)
        if place.kind == "country" and host is not None and host.country == place.name:
            return True
        return None
    if not meeting.place.value:
        return None  # a palace in a city the article does not name
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
        "at": " at {place}",
        "on": " on {date}",
        "article_date": " (the article's date)",
        "where_unknown": "The articles do not say where {a} and {b} met",
        "when_unknown": "The articles do not say when {a} and {b} met",
        "report_says": "The report says:",
        "discussed": "They discussed:",
        "attended": "Also present:",
        "no_topics": "The articles do not say what {a} and {b} discussed",
        "outcomes": {"agreed": "agreed", "signed": "signed", "stressed": "stressed",
                     "looked_forward": "looked forward to", "urged": "urged"},
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
        "at": " في {place}",
        "on": " بتاريخ {date}",
        "article_date": " (تاريخ المقال)",
        "where_unknown": "لا تذكر المقالات أين التقى {a} و{b}",
        "when_unknown": "لا تذكر المقالات متى التقى {a} و{b}",
        "report_says": "وجاء في الخبر:",
        "discussed": "بحث الجانبان:",
        "attended": "وحضر:",
        "no_topics": "لا تذكر المقالات ما بحثه {a} و{b}",
        "outcomes": {"agreed": "اتفقا", "signed": "وقعا", "stressed": "أكدا",
                     "looked_forward": "تطلعا", "urged": "دعا"},
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

    def source(self, meeting: Meeting, evidence: Evidence) -> Source | None:
        """The paragraph (window) ``evidence`` points into."""
        return self._lookup(meeting.doc_id, evidence.paragraph, evidence.window)

    def quote(self, meeting: Meeting, evidence: Evidence | None) -> str:
        """The words ``evidence`` spans, or "" when its paragraph is gone."""
        source = self.source(meeting, evidence) if evidence is not None else None
        return source.text[evidence.start:evidence.end].strip() if source is not None else ""

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
    if language == ARABIC and person.role == "party":  # "Nigeria" in an English report: «نيجيريا»
        return places.arabic_name(person.name) or person.name
    return person.name


def _described(person: Person, language: str) -> str:
    titles = _titles(person, language)
    name = display_name(person, language)
    comma = "،" if language == ARABIC else ","
    return f"{name}{comma} {titles}{comma}" if titles else name


def _titles(person: Person, language: str) -> str:
    """A person's titles in the answer's language where the vocabulary has them: an
    Arabic title in English, an English one («وزير المالية» for "Finance Minister") in Arabic."""
    if language == ARABIC:
        shown = person.titles if is_arabic(person.name) else [arabic_title(t) or t for t in person.titles]
        return "؛ ".join(shown)
    if not is_arabic(person.name):
        return "; ".join(person.titles)
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
    name = fact.value  # the gazetteer's name: "Bern" for a dateline's "BERNE"
    if not name:  # a palace in no city the article names: «قصر الحكم», "Qasr Al-Hukm (قصر الحكم)"
        venue = fact.text if language == ARABIC else english_venue(fact.text)
        return _TEXT[language]["at"].format(place=venue)
    if language == ARABIC and is_arabic(fact.text):
        name = fact.text.lstrip("ب") if fact.text.startswith("بال") else fact.text
    elif language == ARABIC:  # "Tokyo" in an English report: «طوكيو»
        name = places.arabic_name(name) or name
    elif is_arabic(fact.text):
        # «مستشفى الملك فهد المركزي بجازان»: "at King Fahad Central Hospital (...) in Jazan"
        venue = _without_city(fact.text, name)
        english = english_venue(venue)
        if english != venue:
            return _TEXT[language]["at"].format(place=english) + _TEXT[language]["in"].format(place=name)
    elif places.lookup(fact.text) is None:
        # a palace or a seat of government the text names without its city, which is
        # known: "at Al-Yamamah Palace (قصر اليمامة) in Riyadh", "at the White House in Washington"
        return _TEXT[language]["at"].format(place=english_venue(fact.text)) + _TEXT[language]["in"].format(
            place=name)
    return _TEXT[language]["in"].format(place=name)


def _without_city(venue: str, city: str) -> str:
    """An Arabic venue without the city it ends with («... المركزي بجازان», «قصر الصفا بمكة
    المكرمة», «مستشفى قوى الأمن في الرياض»)."""
    words = venue.split()
    for size in (2, 1):
        if len(words) - size < 2:
            continue
        tail = places.lookup(strip_prefix(" ".join(words[-size:])))
        if tail is not None and tail.name == city:
            kept = words[:-size]
            return " ".join(kept[:-1] if normalize(kept[-1]) == "في" and len(kept) > 2 else kept)
    return venue


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
    bodies = ("party", "group") if meeting.kind == "signing" else ("party",)
    if first.role not in bodies and any(p.role not in ("party", "group") for p in others):
        # "Shultz signed an agreement with Halefoglu", not "with United States and Turkey
        # and Halefoglu": a signer's counterpart is a person, the states and bodies that
        # sign are whose they are
        others = [p for p in others if p.role not in bodies]
    if len(request.people) >= 2 and len(asked) >= 2 and request.intent not in (WHO_MET, LIST):
        others = asked[1:]  # "Where did X meet Y?": X and Y, not everyone present
    joiner = " و" if language == ARABIC else " and "
    if request.intent in (WHO_MET, LIST):
        named = display_name(first, language)
        if len(request.people) >= 2 and _one_each(request, asked) and any(p not in asked for p in others):
            # "Whom did Cathy Jamieson and Jack McConnell meet?": the two are one side
            named = joiner.join(display_name(p, language) for p in asked)
            others = [p for p in others if p not in asked]
        described = joiner.join(_described(p, language) for p in others)
        return named, described.rstrip(",،"), described.endswith((",", "،"))
    return (display_name(first, language),
            joiner.join(display_name(p, language) for p in others), False)


def _one_each(request: Request, asked: list[Person]) -> bool:
    """Whether each of the question's mentions names one of ``asked`` and no other (not
    "George" of "George W Bush", which names George Shultz too)."""
    matched = [request.mentions_of(p) for p in asked]
    return len(asked) == len(request.people) and all(len(m) == 1 for m in matched) \
        and len(set().union(*matched)) == len(asked)


# The field of a meeting record a question of each intent asks for.
_ASKED_FIELD = {WHERE: "place", WHEN: "date", TOPICS: "topics", OUTCOMES: "outcomes", ATTENDED: "attendees"}


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
        # one line per meeting: the papers that reported it share the best report's line
        # (however each spells the names: «بن عبدالعزيز», «بن عبد العزيز»)
        reports: dict[str, list[Meeting]] = {}
        for meeting in meetings:
            line = _met_line(meeting, request, language, place=True, date=True)
            same = reports.get(line) or next(
                (group for group in reports.values() if _one_meeting(group[0], meeting, request)), None)
            if same is not None:
                same.append(meeting)
            elif len(reports) < MAX_MEETINGS:
                reports[line] = [meeting]
        used = [m for same in reports.values() for m in same[:MAX_CITATIONS]]
        lines = [line + "".join(citations.cite(m, m.evidence) for m in same[:MAX_CITATIONS])
                 for line, same in reports.items()]
    else:
        wanted = _ASKED_FIELD[request.intent]
        # the meeting asked about is the best one; other reports of it (the same
        # sides) may supply what its own record lacks, other meetings may not
        meetings = [m for m in meetings if _same_sides(m, meetings[0], request)]
        if request.intent == WHERE:
            # the reports of that meeting vote: not the same two meeting again days apart
            # elsewhere, or with a third (Jubeir and Lavrov in Moscow; with Kerry in Doha)
            meetings = _by_agreed_place([m for m in meetings if _same_sides(meetings[0], m, request)
                                         and _days_apart(m, meetings[0]) <= SAME_MEETING_DAYS])
        if request.intent == WHEN:
            meetings = _by_stated_date(meetings)
        meeting = next((m for m in meetings if getattr(m, wanted)), meetings[0])
        kind = _outcome_asked(question) if request.intent == OUTCOMES else None
        if kind is not None:  # "What did they agree on?": a report of what they agreed, not
            # what one side stressed (no such report: the paragraphs naming them may say)
            meeting = next((m for m in meetings if any(o.kind == kind for o in m.outcomes)), None) or next(
                (m for m in meetings if any(o.kind not in _SAID_BY_ONE for o in m.outcomes)), None)
            if meeting is None:
                return None
        if request.intent in (TOPICS, OUTCOMES, ATTENDED) and not getattr(meeting, wanted):
            return None  # no record says: the paragraphs naming them may ("progress ... on")
        used = [meeting]
        lines = [_detail_line(meeting, request, language, citations)]
    lines.insert(0, text["list"] if request.intent == LIST else text["frame"])
    return Answer(question=question, text="\n".join(lines), language=language, abstained=False,
                  sources=tuple(citations.sources), meetings=tuple(used), produced_by="meetings")


_OUTCOMES_ASKED = (("agreed", re.compile(r"\bagree|اتفق|اتفاق")),
                   ("signed", re.compile(r"\bsign(?:ed|s|ing)?\b|(?:^|\s)[وف]?(?:وقع|توقيع)")),  # not «يتوقع»
                   ("urged", re.compile(r"\burg(?:e|ed|es|ing)\b|\bcall(?:ed|s)? for\b"
                                        r"|(?:^|\s)[وف]?(?:حث|دعا)(?!\w)")))
_SAID_BY_ONE = ("stressed", "urged")  # what one side may say alone, no outcome of both


def _outcome_asked(question: str) -> str | None:
    """The kind of outcome a question names ("agreed", "signed"), if any."""
    folded = normalize(question)
    return next((kind for kind, pattern in _OUTCOMES_ASKED if pattern.search(folded)), None)


def _same_sides(meeting: Meeting, best: Meeting, request: Request) -> bool:
    """Whether ``meeting`` has everyone ``best`` has besides the people asked about
    (another paper's report of one meeting, not the same person's next meeting)."""
    return all(any(set(p.keys) & set(q.keys) or not p.keys and p.name == q.name
                   for q in meeting.participants)
               for p in best.participants if not request.asks_about(p))


SAME_MEETING_DAYS = 3  # reports of one meeting dated further apart than this are of two


def _one_meeting(meeting: Meeting, other: Meeting, request: Request) -> bool:
    """Whether two records are reports of one meeting: the same people besides those asked
    about, days apart at most ``SAME_MEETING_DAYS``, and no two places."""
    def has_everyone_of(a: Meeting, b: Meeting) -> bool:
        return all(any(_one_person(p, q) for q in a.participants)
                   for p in b.participants if not request.asks_about(p))
    return has_everyone_of(meeting, other) and has_everyone_of(other, meeting) \
        and _days_apart(meeting, other) <= SAME_MEETING_DAYS \
        and (meeting.place is None or other.place is None or meeting.place.value == other.place.value)


def _one_person(person: Person, other: Person) -> bool:
    """Whether two participants' names are one person's: the same given name, and one name's
    words all in the other («عبدالله الربيعة», «عبدالله بن عبد العزيز الربيعة»; not «سلمان بن
    عبدالعزيز» and his son «محمد بن سلمان بن عبدالعزيز»)."""
    a, b = _name_words(person.name), _name_words(other.name)
    return bool(a) and bool(b) and a[0] == b[0] and (set(a) <= set(b) or set(b) <= set(a))


def _name_words(name: str) -> list[str]:
    """A name's folded words without particles, «عبد العزيز» as one word."""
    folded = re.sub(r"(?<!\w)عبد\s+(?=ال)", "عبد", normalize(name))
    return [word for word in folded.split() if word not in NAME_PARTICLES]


def _days_apart(meeting: Meeting, other: Meeting) -> int:
    """Days between two meetings' dates (0 when either is unknown)."""
    a, b = (_iso_day(m.date.value) if m.date is not None else None for m in (meeting, other))
    return abs((a - b).days) if a is not None and b is not None else 0


def _by_stated_date(meetings: list[Meeting]) -> list[Meeting]:
    """Reports of one meeting dated only by their articles: the earliest first (a
    later article may look back on it: a cabinet session welcoming a visit reported
    the week before). A date the best report's text states is kept."""
    if not meetings or meetings[0].date is None or meetings[0].date.kind != "article":
        return meetings
    return sorted(meetings, key=lambda m: (m.date is None or m.date.kind != "article",
                                           m.date.value if m.date is not None else ""))


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


def _met_line(meeting: Meeting, request: Request, language: str, *,
              place: bool = False, date: bool = False) -> str:
    """"A met B, title, in Vienna on 2015-08-10." (the caller adds the citation)."""
    a, b, titled = _sides(meeting, request, language)
    line = _verb(meeting, language, a, b)
    where = (_place(meeting.place, language) if place else "") + \
        (_date(meeting.date, language) if date else "")
    if where and titled:  # "..., Executive Director of UNODC, in Vienna"
        line += "،" if language == ARABIC else ","
    return line + where + "."


def _verb(meeting: Meeting, language: str, a: str, b: str) -> str:
    """"A met B", "A received B", "A signed an agreement with B" for the kind. Arabic
    puts two names side by side («التقى محمد بن سلمان اشتون كارتر»), which Latin names do
    not tell apart: «التقى George Shultz مع Joe Clark»."""
    text = _TEXT[language]
    verb = text["verbs"].get(meeting.kind, text["met"])
    if language == ARABIC and _LATIN.search(a + b):
        verb = verb.replace("{a} {b}", "{a} مع {b}")
    return verb.format(a=a, b=b)


_LATIN = re.compile(r"[A-Za-z]")


def _detail_line(meeting: Meeting, request: Request, language: str, citations: _Citations) -> str:
    text = _TEXT[language]
    a, b, _ = _sides(meeting, request, language)
    met = _verb(meeting, language, a, b)
    cite = citations.cite(meeting, meeting.evidence)
    if request.intent == WHERE:
        if meeting.place is None:
            return text["where_unknown"].format(a=a, b=b) + "." + cite
        return (met + _place(meeting.place, language) + "."
                + citations.cite(meeting, meeting.place.evidence))
    if request.intent == WHEN:
        if meeting.date is None:
            # a meeting still to come, dated by no day: what the report says of when
            # («انه سيتوجه الى ايران "الاسبوع المقبل" حيث سيلتقي ...»)
            said = citations.quote(meeting, meeting.evidence)
            return text["when_unknown"].format(a=a, b=b) + "." + (
                f" {text['report_says']} «{said}»{_quote_note(meeting, language)}" if said else "") + cite
        return (met + _date(meeting.date, language) + "."
                + citations.cite(meeting, meeting.date.evidence or meeting.evidence))
    if request.intent == ATTENDED:
        present = ("، " if language == ARABIC else "; ").join(
            _described(p, language).rstrip(",،") for p in meeting.attendees)
        return (met + "." + cite + " " + text["attended"] + " " + present + "."
                + citations.cite(meeting, meeting.attendees[0].evidence))
    if request.intent == TOPICS:
        if not meeting.topics:
            return text["no_topics"].format(a=a, b=b) + "." + cite
        quotes = [f"«{t.text}»{citations.cite(meeting, t.evidence)}" for t in meeting.topics]
        return (met + "." + cite + " " + text["discussed"] + " "
                + " ".join(quotes) + _quote_note(meeting, language))
    if not meeting.outcomes:
        return text["no_outcomes"].format(a=a, b=b) + "." + cite
    quotes = [f"{text['outcomes'].get(o.kind, o.kind)}: «{o.text}»{citations.cite(meeting, o.evidence)}"
              for o in meeting.outcomes]
    return met + "." + cite + " " + " ".join(quotes) \
        + _quote_note(meeting, language)


def _role_line(request: Request, meetings: list[Meeting], language: str,
               citations: _Citations) -> str | None:
    """The titles of the person asked about, from the first meeting that records them;
    else the sentence of a report that names them («بحضور المشرف العام على مستشفى عسير
    المركزي الدكتور عبدالعزيز هيجان ...»: what they are is written next to their name).
    The person asked about is the first one named: «ما منصب آن باترسون التي التقت وزير
    الخارجية القطري؟» asks Patterson's."""
    request = replace(request, people=request.people[:1])
    for meeting in meetings:
        for person in meeting.participants:
            if request.asks_about(person) and _titles(person, language):
                return (_TEXT[language]["role"].format(a=display_name(person, language),
                                                       titles=_titles(person, language))
                        + "." + citations.cite(meeting, person.evidence))
    for meeting in meetings:
        for person in meeting.participants:
            if not request.asks_about(person) or person.evidence is None:
                continue
            source = citations.source(meeting, person.evidence)
            if source is not None:
                sentence = _sentence_around(source, person.evidence.start, person.evidence.end)
                line = _TEXT[language]["role"].format(a=display_name(person, language),
                                                      titles=f"«{sentence}»")
                return line + citations.cite(meeting, person.evidence) + _quote_note(meeting, language)
    return None


def _sentence_around(source: Source, start: int, end: int) -> str:
    """The sentences of a paragraph (window) that hold ``source.text[start:end]``."""
    spans = [span for span in split_sentences(source.text, source.language)
             if span.start < end and start < span.end] or [Span(0, len(source.text))]
    return source.text[spans[0].start:spans[-1].end].strip()


def _quote_note(meeting: Meeting, language: str) -> str:
    return _TEXT[language]["quote_note"] if (meeting.language == ARABIC) != (language == ARABIC) else ""


@dataclass(frozen=True)
class NamesToFind:
    """People a meeting question names that the ledger cannot settle.

    The ledger may have missed a meeting (extraction is imperfect), so the
    question goes to the extractive answerer; its answer counts only if the
    paragraphs it cites name each of these people (:func:`cites_everyone`), and
    one of them names all the people in ``together`` (two people said to have
    met are named in one paragraph, not one here and one there).
    """

    names: tuple[str, ...]
    together: tuple[str, ...] = ()
    # the answer when no paragraph naming them answers: the ledger's "the articles do
    # not say when they met" (None: there is no such meeting)
    otherwise: Answer | None = None
    # (doc_id, paragraph) of the reports of their meeting the ledger has: those speak of
    # everyone, by name or not ("In his talks with ... Kurihara, he said, he made a pitch")
    reports: frozenset[tuple[str, int]] = frozenset()
    # "When did X meet Y?", "Did X meet Y?": one quoted sentence must name them together,
    # report a meeting, and not say they did not meet (a paragraph may name them apart:
    # "Y refuses to meet X's ambassador"; a sentence may name them for something else)
    in_one_sentence: bool = False
    # "What is X's role?" asks what a paragraph says of one person, not whether a meeting
    # took place: a paragraph naming them may be looked for past the first hits
    about_one_person: bool = False
    # places the cited paragraphs must name too, in either script, as the gazetteer reads
    # them: the cities a question names («مترو مكة المكرمة»), and the countries of "Did
    # Egypt and Israel sign the trade protocol in Washington?"
    places: tuple[str, ...] = ()


def answer(question: str, language: str, ledger: Ledger,
           lookup: Callable[[str, int, int], Source | None], *,
           context: str = "", is_common: Callable[[str], bool] = lambda word: False,
           spells: Callable[[str], tuple[str, ...]] = lambda word: (),
           ) -> Answer | NamesToFind | None:
    """A ledger answer; or the names an extractive answer must cite; or ``None``
    when the question is not about meetings of named people.

    ``context`` is the conversation so far: a follow-up that names no one
    ("And where was that?") is about the people named there. ``spells`` gives the
    Latin names of the articles an Arabic word may spell («لامبورغيني»: "lamborghini").
    """
    if asks_the_medium(question):
        return None  # "On which channel did Kerry call ...?": no meeting of Kerry's says
    request = parse(question, language, ledger, is_common)
    if request is not None and not request.people and not request.unknown and context:
        earlier = parse(context + " " + question, language, ledger, is_common)
        if earlier is not None:
            request = replace(earlier, intent=request.intent,
                              place=request.place or earlier.place)
    if request is None or asks_whom_an_office_names(question, request):
        # "Who is the German economy minister who expects no turnaround before 2006?": the
        # clause tells which holder, maybe not the one the records name; the articles say
        return None
    yes_no = bool(_YES_NO.match(question))  # «هل ...؟», "Did ...?"
    if asks_of_another_event(question, request.intent) \
            or request.intent == WHO_MET and not names_a_meeting(question) and _WHO_DID_IT.match(question):
        # an extractive answer, which must name the people asked about (not the offices of
        # "the general administration of agriculture affairs", a body's); so too for who did
        # something that is no meeting ("Who wrote the book Brown's Britain?")
        return _names_to_find(replace(request, offices=(), unknown=()), ledger) if request.people else None
    if not request.people:
        # "Who received the Yanbu education director in Riyadh?": whatever is quoted
        # must name the people the ledger does not know and the places; asked whether they
        # did it, the countries that are its sides too
        wanted = request.cities
        if request.place is not None and request.place.name not in wanted:
            wanted += (request.place.name,)
        if yes_no:
            wanted += request.countries
        if len(request.unknown) >= 2 and request.offices and _asks_whether_they_met(question, request):
            # «متى التقى موكيش أمباني وزير المالية الهندي؟»: neither side is in the ledger (a
            # name of two words or more, and an office), and a quoted sentence must name both;
            # not "Where did the Hajj executive committee of Makkah health affairs meet?"
            return _names_to_find(request, ledger, in_one_sentence=True, cities=wanted)
        return NamesToFind(request.unknown, places=wanted) if request.unknown or wanted else None
    by_office = _by_office_only(request, ledger)
    meetings = matching_meetings(request, ledger)
    day = date_asked(question)
    if day is not None:  # "Who did X receive on 30 July 2015?"
        on_day = [m for m in meetings if m.date is not None and _near(m.date.value, day)]
        if meetings and not on_day:
            return refusal(question, language)  # they met, but not that day
        # a meeting dated that very day before one the day after (which may be the next)
        meetings = [m for m in on_day if m.date.value[:10] == day] or on_day
    weekday = weekday_named(question)
    if weekday is not None:
        # "Where will de Mistura travel on Saturday to meet Syrian opposition leaders?": not
        # his meeting with Assad, whose report names no Saturday
        meetings = [m for m in meetings if _on_weekday(m, weekday, lookup)]
    if request.place is not None:
        # a meeting whose place went unrecorded counts only if its report names the place
        meetings = [m for m in meetings if m.place is not None and m.place.value
                    or _reported_in(m, request.place, lookup)]
    if request.unknown:
        # "Did Al-Alawi meet Guterres?": keep meetings whose report names Guterres.
        meetings = [m for m in meetings if _mentions_all(m, request.unknown, lookup)]
    asked_cities = request.cities if yes_no else ()  # whether they did it there
    if asked_cities:
        # «هل زار الشيخ صلاح البدير قيادة قوة نجران؟»: he visited the force in Jazan
        meetings = [m for m in meetings if all(_reported_in(m, city, lookup) for city in map(
            places.lookup, request.cities) if city is not None)]
    if request.offices:
        # «... دي ميستورا وزير الدفاع الكويتي»: someone else there holds that office
        meetings = [m for m in meetings if _someone_bears(m, request, lookup)]
    ranked = _by_relevance(meetings, question, language, request, lookup) if meetings else []
    # (a word common in the articles names nothing: «الماليون» is "financial", not Mallon)
    if ranked and _off_topic(ranked[0], question, language, request, lookup,
                             lambda word: () if is_common(word) else spells(word)):
        ranked = []  # «... للمشاركة في قمة السور الأخضر»: none of X's meetings was that
    if ranked:
        role = asked_role(question)
        if role is not None:  # "Who did X receive?" X hosted; "Who received X?" X was a guest
            # (and the injured X visited did not receive him: a named host before a group)
            ranked.sort(key=lambda m: (
                not any(p.role == role and request.asks_about(p) for p in m.participants),
                role == "guest" and sum(p.role != "group" for p in m.participants) < 2))
        others = _other_side_countries(request, meetings) if len(request.people) == 1 else ()
        if others:
            # one side named, the other by country ("Madani and the Spanish minister")
            ranked.sort(key=lambda m: not _involves(m, others, request))
            if not _involves(ranked[0], others, request):
                if yes_no:
                    # "Did Gordon Brown sign a debt relief deal with Kenya?": his deal was
                    # with Tanzania
                    return refusal(question, language)
                if set(request.names) <= set(request.countries):
                    # «أين وقعت الصين وولاية فيكتوريا الأسترالية ...؟»: a country's signing
                    # with others (China's loan from the World Bank) is another one; the
                    # articles may say where this one was
                    return _names_to_find(request, ledger, cities=asked_cities)
        found = compose(question, language, request, ranked, lookup)
        if found is not None and _says_what_was_asked(found, request):
            return found
        reports = frozenset((m.doc_id, m.evidence.paragraph) for m in ranked[:MAX_MEETINGS]
                            if m.evidence is not None)
        # the record does not say where, when or what was discussed: the paragraphs
        # naming them may ("had talks with Mr Sears in October 2002", "on Monday" in an
        # undated article), and so may the reports of the meeting
        return _names_to_find(request, ledger, otherwise=found, reports=reports,
                              in_one_sentence=_asks_whether_they_met(question, request), cities=asked_cities)
    if by_office:  # none of the holder's meetings answers: whoever the articles say holds it
        return None
    # Not in the ledger: an extractive answer must name the people (and the place).
    return _names_to_find(request, ledger, in_one_sentence=_asks_whether_they_met(question, request),
                          cities=asked_cities)


def _asks_whether_they_met(question: str, request: Request) -> bool:
    """Whether a question takes the meeting of the people it names (by name or by office:
    «متى التقى ... موراخوفسكي رئيس وزراء كندا؟») as given ("When did X meet Y?") or asks if
    it happened («هل التقى X Y؟»), rather than naming the second
    only as context ("Who did Obama meet after Netanyahu's speech?", "Who accompanied X on
    the Haramain train's trial run?"), or asking what they discussed or agreed, which a
    sentence may say without naming them ("the two companies are discussing ..."); not
    when it names no meeting at all ("Where did Tony Blair back Gordon Brown's pre-Budget
    report?")."""
    return len(request.people) + len(request.unknown) + len(request.offices) >= 2 and (
        request.intent not in (WHO_MET, ATTENDED, TOPICS, OUTCOMES) or bool(_YES_NO.match(question))) \
        and names_a_meeting(question)


# "Who wrote ...?", «من كتب ...؟»: who as the subject (not "Whom did he check on ...?",
# which a visit may answer)
_WHO_DID_IT = re.compile(r"\W*(?:who\s+(?!did|does|do|will|would|has|had|is|was|are|were)\w"
                         # "Who was appointed housing minister ...?": what was done to someone
                         r"|who\s+(?:is|was|are|were|has been|had been|will be)\s+"
                         r"(?!(?:received|hosted|visited|welcomed|met)\b)\w+ed\b"
                         r"|[وف]?من\s+(?!هو|هي|الذي|التي)\w)", re.IGNORECASE)
_YES_NO = re.compile(r"\W*(?:هل|did|has|have|had|was|were|is)\b", re.IGNORECASE)


def _by_office_only(request: Request, ledger: Ledger) -> bool:
    """Whether a role question names its person only by an office the records' people hold
    ("Who is the German economy minister?")."""
    return request.intent == ROLE and not request.unknown \
        and all(_holder_name(mention, ledger) for mention in request.people)


def _holder_name(mention, ledger: Ledger) -> str | None:
    """The name of whom a question names by office («الرئيس الفرنسي»: François Hollande)."""
    if len(mention) != 1 or not all(k.startswith(HOLDER) for k in mention[0]):
        return None
    keys = {k[len(HOLDER):] for k in mention[0]}
    # (not a bare given name that one of the holders shares: «محمد» of «محمدو إيسوفو»)
    names = [p.name for n in ledger.with_keys(keys) for p in ledger.meetings[n].participants
             if p.keys and set(p.keys) <= keys and len(p.name.split()) >= 2]
    return max(dict.fromkeys(names), key=names.count) if names else None  # the most usual spelling


def _someone_bears(meeting: Meeting, request: Request, lookup: Callable[[str, int, int], Source | None]) -> bool:
    """Whether someone in a meeting besides the people asked about holds each office the
    question names; the report decides for a participant the record gives no title."""
    for office in request.offices:
        verdicts = [_bears(p, office) for p in meeting.participants if not request.asks_about(p)]
        if not (any(verdicts) or None in verdicts and names_in([office], _report(meeting, lookup))):
            return False
    return True


def _bears(person: Person, office: str) -> bool | None:
    """Whether a participant's titles have every word of an office: true when they are
    only in the other language (nothing to compare), ``None`` when the record gives
    them none (the report may), false for a group («سفراء الحزم»)."""
    nations = [found for word in tokens(office) if is_arabic(word)
               and (found := places.demonym(strip_prefix(word))) is not None]
    if person.country and any(person.country != nation.name for nation in nations):
        return False  # «وزير الخارجية الكندي»: not Egypt's
    # (not "Former Prime Minister of Lebanon"; nor, for a question naming an office, «نظيره
    # اليمني», "his Yemeni counterpart", which says whose counterpart, not what office)
    asks_an_office = _names_an_office(office)
    said = [person.name] if person.role == "group" else [
        t for t in [*person.titles, *person.titles_en]
        if t and not held_before(t) and (_names_an_office(t) or not asks_an_office)]
    written = [t for t in said if is_arabic(t) == is_arabic(office)]
    # the country may be in a title of the other script: "King of Morocco", «ملك المملكة المغربية»
    every_title = set(tokens(" ".join(said))) | {strip_prefix(word) for word in tokens(" ".join(said))}
    named = _places_named(every_title)
    if not written:
        if not said or person.role == "group":
            return None if not said else False
        # nothing to compare but the place: "the head of the Tabuk municipal council" is not
        # «رئيس فرع الإفتاء بالمنطقة» (Asir's)
        cities = {found.name for word in tokens(office) if (found := places.lookup(word)) is not None
                  and found.kind == "city"}
        return cities <= named and _same_kind_of_office(person, office)
    titles = set(tokens(" ".join(written)))
    titles |= {strip_prefix(word) for word in titles}
    titles |= {without_article(word) for word in titles}  # «الرئيس» is «رئيس جمهورية ...»
    if not all(_of_country(person, named, nation.name) for nation in nations):
        return False  # «وزير الخارجية الكندي»: not the German foreign minister
    # ("secretary of state" is the "Minister of State" the Arabic «وزير الدولة» reads as;
    # "counterpart" asks for no word of a title: the question's nationality tells whose)
    return all(word in titles or strip_prefix(word) in titles or without_article(word) in titles
               or _same_country(word, named) or any(word in kind and kind & titles for kind in _OFFICE_KINDS)
               for word in tokens(" ".join(office_words(office)))
               if word not in ("of", "the") and word not in _COUNTERPART_WORDS)


# heads of offices that name the same kind of post in one language or the other
_OFFICE_KINDS = ({"president", "head", "chairman", "chairwoman", "chief", "ceo", "leader", "premier"},
                 {"governor", "emir"}, {"minister", "secretary"}, {"secretary-general", "secretary"},
                 {"under-secretary", "undersecretary", "secretary"})
_NOT_OFFICES = frozenset({"mr", "mrs", "ms", "dr", "sir", "lord", "lady", "counterpart", "boss", "general"})
# "his Omani counterpart", «نظيره العماني»: the other side, whatever its title says
_COUNTERPART_WORDS = frozenset({"counterpart", "counterparts"}) | COUNTERPART_WORDS


def _names_an_office(title: str) -> bool:
    """Whether a title has a word besides "counterpart", a nationality or a place
    («نظيره اليمني», "his Yemeni counterpart", has none)."""
    return any(word not in _COUNTERPART_WORDS and word not in ("his", "her", "their", "its", "of", "the")
               and word not in ENGLISH_NATIONALITIES and places.demonym(word) is None
               and places.lookup(word) is None
               for word in {strip_prefix(word) for word in tokens(title)})


def _same_kind_of_office(person: Person, office: str) -> bool:
    """Whether an English office and a participant's Arabic titles, whose English the
    vocabulary does not cover whole, may be one post: the head of the title's opening
    («المدير التنفيذي لمستشفى ...»: Executive Director) is no foreign minister."""
    asked = {w for w in office.lower().split() if w in ENGLISH_TITLE_HEADS} - _NOT_OFFICES
    opened = {w for t in person.titles if is_arabic(t) and not is_arabic(office)
              for w in english_opening(normalize(t)).lower().split()
              if w in ENGLISH_TITLE_HEADS} - _NOT_OFFICES
    if not asked or not opened:
        return True  # nothing to compare
    kinds = [kind for kind in _OFFICE_KINDS if asked & kind]
    return bool(asked & opened) or any(kind & opened for kind in kinds)


def _places_named(title_words: set[str]) -> set[str]:
    """The places a title's words name, as places or as nationalities («المغربية»: Morocco)."""
    return {found.name for word in title_words
            for found in (places.lookup(word), places.demonym(word)) if found is not None}


def _same_country(word: str, named: set[str]) -> bool:
    """«ملك المغرب» for «ملك المملكة المغربية», «الرئيس المالديفي» for «رئيس جمهورية
    المالديف»: a country the title names another way."""
    country = places.lookup(word) or places.lookup(strip_prefix(word)) or places.demonym(strip_prefix(word))
    return country is not None and country.kind == "country" and country.name in named


def _of_country(person: Person, named: set[str], country: str) -> bool:
    """Whether the record shows a participant to be of a country: its country, or the
    country or nationality its titles name (``named``: «وزير الخارجية بجمهورية ألمانيا
    الاتحادية» is German; «وزير الخارجية» alone says nothing)."""
    return person.country == country if person.country else country in named


def _names_to_find(request: Request, ledger: Ledger, otherwise: Answer | None = None,
                   reports: frozenset[tuple[str, int]] = frozenset(), *,
                   in_one_sentence: bool = False, cities: tuple[str, ...] = ()) -> NamesToFind:
    place = (request.place.name,) if request.place is not None else ()
    people = tuple(_holder_name(mention, ledger) or name
                   for mention, name in zip(request.people, request.names)) + request.unknown + request.offices
    # the place as a place, in either script («القاهرة» for a question's "Cairo" and back)
    return NamesToFind(people, together=people if len(people) >= 2 else (), otherwise=otherwise,
                       reports=reports, in_one_sentence=in_one_sentence,
                       about_one_person=request.intent == ROLE, places=tuple(dict.fromkeys(cities + place)))


def _says_what_was_asked(answer: Answer, request: Request) -> bool:
    """False for a where or when answer whose meeting's record lacks the place or date."""
    if request.intent not in (WHERE, WHEN) or not answer.meetings:
        return True
    told = getattr(answer.meetings[0], _ASKED_FIELD[request.intent])
    # "Where ... during his visit to Egypt?" is not answered by "in Egypt"
    return told is not None and not (request.intent == WHERE and request.place is not None
                                     and told.value == request.place.name)


@dataclass(frozen=True)
class SearchHints:
    """What the ledger knows about the people a question names, for search: the
    paragraphs reporting their meetings (best first) and their names in both
    scripts ("Kadyrov" in an English question also finds «قاديروف»)."""

    paragraphs: tuple[tuple[str, int, int], ...] = ()
    names: tuple[str, ...] = ()


def search_hints(question: str, language: str, ledger: Ledger,
                 is_common: Callable[[str], bool] = lambda word: False,
                 lookup: Callable[[str, int, int], Source | None] | None = None) -> SearchHints:
    """:class:`SearchHints` for a question (empty when it names no one in the ledger).

    With ``lookup`` (the reports' paragraphs), when most of the meetings are reported in
    the question's language, those whose reports share most words with it come first,
    else the newest: of Khalid Al-Faisal's many meetings, «الاجتماع الشهري للقيادات
    الأمنية» asks about one that is not recent."""
    if intent_of(question, language):
        request = parse(question, language, ledger, is_common)
    else:  # («ما هدف محادثات نيجيريا ...؟»: a country's many signings say nothing of that)
        request = _names_only(question, language, ledger, is_common)
        if request is not None and all(_is_country(name) for name in request.names):
            return SearchHints()
    if request is None or not request.people \
            or asks_whom_an_office_names(question, request):
        return SearchHints()  # (a holder the clause may not mean, as in answer())
    spellings: dict[str, None] = {}
    for mention_number, mention in enumerate(request.people):
        for number in sorted(_meetings_naming(request, mention_number, ledger))[:MAX_MEETINGS]:
            for person in ledger.meetings[number].participants:
                if all(set(person.keys) & set(word) for word in mention):
                    spellings.setdefault(person.name)
                    spellings.setdefault(person.latin)
    reported: dict[tuple[str, int, int], None] = {}
    meetings = matching_meetings(request, ledger)
    if lookup is not None and len(meetings) > MAX_MEETINGS \
            and 2 * sum(m.language == language for m in meetings) > len(meetings):
        # (words are shared within a language; across, the glossary's few would decide)
        meetings = _by_relevance(meetings, question, language, request, lookup)
    for meeting in meetings[:MAX_MEETINGS]:
        for fact in (meeting.evidence, *(f.evidence for f in (meeting.place, *meeting.topics,
                                                              *meeting.outcomes) if f)):
            if fact is not None:
                reported.setdefault((meeting.doc_id, fact.paragraph, fact.window))
    return SearchHints(tuple(reported), tuple(spellings)[:8])


def _is_country(name: str) -> bool:
    return places.kind_of(name) == "country"


def _names_only(question: str, language: str, ledger: Ledger,
                is_common: Callable[[str], bool]) -> Request | None:
    """Mentions in a question that asks no meeting intent ("Tell me about Kadyrov")."""
    return parse(f"who met {question}" if language != ARABIC else f"من التقى {question}",
                 language, ledger, is_common)


def _on_weekday(meeting: Meeting, weekday: int, lookup: Callable[[str, int, int], Source | None]) -> bool:
    """Whether a meeting may be on a weekday (Monday is 0): the date its text gives falls
    on it; or, dated by its paper, that date does or its report names that day."""
    day = _iso_day(meeting.date.value) if meeting.date is not None else None
    if day is not None and meeting.date.kind == "text":
        return day.weekday() == weekday
    return day is not None and day.weekday() == weekday or weekday in weekdays_named(_report(meeting, lookup))


def _near(value: str, day: str) -> bool:
    """Within a day: a meeting «أمس» is often dated by the next day's paper."""
    a, b = _iso_day(value), _iso_day(day)
    return a is not None and b is not None and abs((a - b).days) <= 1


def _by_relevance(meetings: list[Meeting], question: str, language: str, request: Request,
                  lookup: Callable[[str, int, int], Source | None]) -> list[Meeting]:
    """Meetings whose report shares most words with the question (of two alike in the other
    language, the one rendering more of them through the glossary: "phone numbers" in
    «أرقام الاتصال الهاتفي», "director of health affairs" in «مدير عام الشؤون الصحية»)
    first, then the newest; signings first when the question asks what was signed («مع من
    وقع غوردون براون اتفاق تخفيف الديون؟» asks of no talks of his), talks when it asks
    about talks ("Who did King Salman hold official talks with ...?")."""
    wanted = set(index_terms(question))
    asked = glossary.entries(wanted - _PRESENCE)  # not who was there: every report says it
    signed = bool(_ASKS_SIGNING.search(normalize(question)))
    talks = bool(_ASKS_TALKS.search(normalize(question)))  # "hold official talks with"
    weekday = weekday_named(question)  # "Which city will Jubeir visit on Tuesday?"

    def shared(meeting: Meeting) -> tuple[int, int]:
        """The question's words the report has, then those it renders in the other language
        (a tie-breaker: a glossary entry is coarser than a word)."""
        said = set(index_terms(_all_said(meeting, lookup)))
        across = glossary.covered(asked, said) if meeting.language != language else ()
        return len(wanted & said), len(across)

    def in_a_city_asked(meeting: Meeting) -> bool:
        """"Where in Jazan did ... visit?": a meeting at a hospital there before one
        elsewhere, or one that names no more than the city."""
        return request.intent == WHERE and meeting.place is not None \
            and meeting.place.value in request.cities and places.lookup(meeting.place.text) is None

    def on_that_day(meeting: Meeting) -> bool:
        day = _iso_day(meeting.date.value) if weekday is not None and meeting.date is not None else None
        return day is not None and day.weekday() == weekday

    return sorted(meetings, key=lambda m: (signed and m.kind == "signing", talks and m.kind == "talks",
                                           on_that_day(m), in_a_city_asked(m), shared(m),
                                           m.date.value if m.date else ""),
                  reverse=True)


_PRESENCE = frozenset(index_terms("attended attending present accompanied"))


def _iso_day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


_ASKS_TALKS = re.compile(r"(?<!\w)(?:talks|مباحثات|محادثات)(?!\w)")
_ASKS_SIGNING = re.compile(r"(?<!\w)(?:[وف]?(?:وقع|وقعت|وقعا|يوقع|سيوقع|ستوقع|توقيع)"
                           r"|sign|signs|signed|signing)(?!\w)")


def _all_said(meeting: Meeting, lookup: Callable[[str, int, int], Source | None]) -> str:
    """Everything known of a meeting as text: headline, report, topics, outcomes, and
    the participants' titles (an office asked by its words: «مديرة مكتب الشؤون الثقافية
    والإعلامية») and groups in English too ("from the Organisation of Islamic Cooperation",
    "his relatives" asked of an Arabic report)."""
    titled = [" ".join([*p.titles, *p.titles_en, p.organisation_en or "",
                        p.latin if p.role == "group" else ""]) for p in meeting.participants]
    return " ".join([meeting.title, _report(meeting, lookup), *(t.text for t in meeting.topics),
                     *(o.text for o in meeting.outcomes), *titled])


# A question with this many words beyond names, titles and question words asks about
# a topic; a meeting whose report shares too few of them is not the one asked about.
MIN_TOPIC_WORDS = 3
TOPIC_SHARE = 3  # a meeting must share a third of them
# (across languages, of the topic words the glossary translates, one must be shared)
MIN_TRANSLATABLE_TOPIC = 2


def _off_topic(meeting: Meeting, question: str, language: str, request: Request,
               lookup: Callable[[str, int, int], Source | None],
               spells: Callable[[str], tuple[str, ...]]) -> bool:
    """Whether a question names a topic that a meeting's report hardly mentions: a
    number it does not state; in the other language, a name of the topic it does not
    write («مصنع لامبورغيني» in a report of Chrysler's deal with Renault), or none of
    the glossary's words: «هجوم المسلحين على مركز الشرطة» (attack, police) is none of a
    Reuters report of Pakistan's signing with Sweden."""
    said = _all_said(meeting, lookup)
    asked_numbers = numbers_in(without_dates(question))
    dated = meeting.date.value if meeting.date else ""
    if asked_numbers and not asked_numbers <= numbers_in(f"{said} {dated}"):
        return True  # «ديونها البالغة 20.3 مليار دولار»: a report without 20.3 is of another deal
    topic = topic_terms(question, request)
    if meeting.language != language:
        written = set(tokens(said))
        if any(is_arabic(word) and may_be_arabic_name(word) and set(index_terms(word)) <= topic
               and (spelled := spells(word)) and not written & set(spelled) for word in tokens(question)):
            return True
        translatable = glossary.entries(topic)
        return len(translatable) >= MIN_TRANSLATABLE_TOPIC \
            and not glossary.covered(translatable, index_terms(said))
    shared = topic & set(index_terms(said))
    return len(topic) >= MIN_TOPIC_WORDS and len(shared) * TOPIC_SHARE < len(topic)


def _involves(meeting: Meeting, countries: tuple[str, ...], request: Request) -> bool:
    """Whether a meeting's other side or its place belongs to one of ``countries`` (by a
    participant's country, a nisba or place in their titles, or the meeting's city)."""
    if any(_countries_of(p) & set(countries) for p in meeting.participants
           if not request.asks_about(p)):
        return True
    where = places.lookup(meeting.place.value) if meeting.place is not None else None
    return where is not None and where.country_name in countries


def _countries_of(person: Person) -> set[str]:
    """The countries a participant's record names: their country, nisbas, English
    nationality words ("Philippine Finance Secretary") and places in their titles."""
    found = {person.country} if person.country else set()
    words = [re.sub(r"['’]s$", "", w) for w in normalize(" ".join(person.titles)).split()]
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else ""
        if word in ENGLISH_NATIONALITIES:
            found.add(places.country_name(ENGLISH_NATIONALITIES[word]))
        place = places.demonym(word, following) or places.lookup(strip_prefix(word))
        hit = places.find_in(words[index:index + places.MAX_PLACE_WORDS], fuzzy=False)
        for found_place in (place, hit[0] if hit else None):  # "South Korea's Finance Minister"
            if found_place is not None:
                found.add(found_place.country_name)
    return found


def _other_side_countries(request: Request, meetings: list[Meeting]) -> tuple[str, ...]:
    """The countries a question names for the other side: not the asked person's own
    («وزير الخارجية القطري خالد العطية» asks about a Qatari, not about meeting one)."""
    own = {country for m in meetings for p in m.participants if request.asks_about(p)
           for country in _countries_of(p)}
    return tuple(c for c in request.countries if c not in own)


def _reported_in(meeting: Meeting, place: places.Place,
                 lookup: Callable[[str, int, int], Source | None]) -> bool:
    """Whether the paragraph reporting a meeting names a place (any script, any prefix)."""
    return _names_place(_report(meeting, lookup), place, where=True)


_NISBA_ENDINGS = ("n", "an", "i", "ese")  # (not "ian": "Nigerian" is not of Niger)


def _names_places(names: tuple[str, ...], text: str) -> bool:
    """Whether a text names each place: spelled alike, as the gazetteer reads it, or a
    country by its nisba (in either script)."""
    def by_nisba(country: str) -> bool:
        # (or an English one the tables lack, made from the name: "Venezuelan")
        made = {country.lower() + ending for ending in _NISBA_ENDINGS}
        return any(word in made or (found := places.demonym(word)) is not None
                   and found.country_name == country for word in tokens(text))

    def names_it(name: str) -> bool:
        place = places.lookup(name)
        if place is not None and _names_place(text, place, where=True):
            return True
        # where something is, not whence: «رحلة ... قادمة من مطار القاهرة» is no meeting
        # in Cairo, nor "Shultz arrived from Helsinki" one in Helsinki
        if place is not None and place.kind != "country" and _names_place(text, place):
            return False
        return names_in([name], text) or place is not None and place.kind == "country" \
            and by_nisba(place.name)

    return all(names_it(name) for name in names)


def _names_place(text: str, place: places.Place, *, where: bool = False) -> bool:
    """Whether a text names a place (any script, any prefix); ``where``: as where
    something is, not whence («رحلة قادمة من مطار القاهرة», "arrived from Cairo")."""
    words = tokens(text)
    for index in range(len(words)):
        if where and _whence(words, index):
            continue
        window = [strip_prefix(words[index]), *words[index + 1:index + places.MAX_PLACE_WORDS]]
        found = places.find_in(window, fuzzy=False) or places.find_in(words[index:index + 3],
                                                                       fuzzy=False)
        if found and (found[0].name == place.name or place.kind == "country"
                      and found[0].country == place.country):
            return True
    return False


def _whence(words: list[str], index: int) -> bool:
    """Whether the place at ``index`` is where someone came from: «من», "from", before it
    or before the airport («من مطار القاهرة»)."""
    before = index - 1
    if before >= 0 and words[before] in INSTITUTION_WORDS:
        before -= 1
    return before >= 0 and words[before] in ("من", "from")


def _mentions_all(meeting: Meeting, words: tuple[str, ...],
                  lookup: Callable[[str, int, int], Source | None]) -> bool:
    """Whether the participants or the paragraph reporting the meeting name ``words``,
    or the paragraph before it («زار ... مستشفى الملك سعود», then «وكان في استقباله ...»);
    "Academy" by its Arabic noun too («الكلية الحربية»)."""
    text = " ".join(f"{p.name} {p.latin} {' '.join(p.titles)} {p.organisation or ''}"
                    for p in meeting.participants)
    before = None
    if meeting.evidence is not None and meeting.evidence.paragraph > 0:
        before = lookup(meeting.doc_id, meeting.evidence.paragraph - 1, 0)
    said = " ".join((text, _report(meeting, lookup), before.text if before else ""))
    return all(names_in([word], said) or any(names_in([noun], said) for noun in
                                             ARABIC_BODY_NOUNS_OF.get(word.lower(), ()))
               for word in words)


def _report(meeting: Meeting, lookup: Callable[[str, int, int], Source | None]) -> str:
    """The text of the paragraph that reports a meeting ("" if unknown)."""
    if meeting.evidence is None:
        return ""
    source = lookup(meeting.doc_id, meeting.evidence.paragraph, meeting.evidence.window)
    return source.text if source is not None else ""


def cites_everyone(answer: Answer, wanted: NamesToFind) -> bool:
    """Whether the paragraphs an answer cites name every person in ``wanted``, and one
    of them all of ``wanted.together``."""
    sources = [source for _, source in answer.cited()]
    if not answer.abstained and any((s.doc_id, s.paragraph) in wanted.reports for s in sources):
        return True
    cited = [source.text for source in sources]
    if wanted.in_one_sentence:  # the quoted sentences, one per line after the first
        cited = [line for line in answer.text.splitlines()[1:] if not _NEGATION.search(line)
                 and reports_a_meeting(line, ARABIC if is_arabic(line) else "en")
                 and all(_fully_named(name, line) for name in wanted.together)]
    everything = " ".join(cited)
    # (a country may be named by the report's title alone: "VENEZUELAN PRESIDENT DEFENDS
    # REFINANCING ACCORD" over "Lusinchi said the 20.3 billion dlr debt rescheduling signed
    # feb. 27 ...")
    titles = " ".join(dict.fromkeys(source.title for source in sources if source.title))
    return not answer.abstained and _names_all(wanted.names, everything, f"{everything} {titles}") \
        and _names_places(wanted.places, everything) \
        and (not wanted.together or any(_names_all(wanted.together, text) for text in cited))


def _names_all(names: tuple[str, ...], text: str, countries_text: str | None = None) -> bool:
    """Whether a text names each of the people and countries: a country (in
    ``countries_text`` when given) by any of its names ("Britain" for the United Kingdom,
    «بريطانيا»), or its nisba."""
    countries = tuple(name for name in names if _is_country(name))
    return names_in([name for name in names if name not in countries], text) \
        and _names_places(countries, text if countries_text is None else countries_text)


def _fully_named(name: str, text: str) -> bool:
    """Whether a text in the name's script has every word of it («رائد الجبوري», not
    «سليم الجبوري»); across scripts, :func:`names_in` alone decides."""
    if is_arabic(name) != is_arabic(text):
        return True
    words = set(tokens(text)) | {strip_prefix(word) for word in tokens(text)}
    return all(word in words or strip_prefix(word) in words for word in tokens(name)
               if len(word) >= 3 and word not in NAME_PARTICLES)


# «لم يصدر ما يفيد بإجراء ديمبسي مباحثات», «التي تمتنع ... عن لقاء», "are not attending"
_NEGATION = re.compile(r"(?<!\w)(?:لم|لن|لا(?!\s*سيما)|نفى|نفت|تمتنع|يمتنع|رفض|رفضت)(?!\w)"
                       r"|\b(?:not|never|refused|denied|declined)\b|n't\b", re.IGNORECASE)


def naming_everyone(evidence: SearchEvidence, wanted: NamesToFind) -> SearchEvidence | None:
    """``evidence`` cut down to the hits whose paragraph names every person in
    ``wanted`` (``None`` when no hit does)."""
    def names_everyone(paragraph) -> bool:
        return ((paragraph.doc_id, paragraph.paragraph) in wanted.reports
                or _names_all(wanted.names, paragraph.text)
                and _names_places(wanted.places, paragraph.text))

    hits = [hit for hit in evidence.hits
            if hit.paragraph_id in evidence.paragraphs
            and names_everyone(evidence.paragraphs[hit.paragraph_id])]
    if not hits:
        return None
    kept = {hit.paragraph_id for hit in hits}
    return replace(evidence, hits=hits,
                   paragraphs={pid: p for pid, p in evidence.paragraphs.items() if pid in kept})


def refusal(question: str, language: str) -> Answer:
    """The answer for a meeting the articles do not report; for a question that names
    no meeting ("Why did Sipchem's net profit fall?"), the plain "I don't know"."""
    language = ARABIC if language == ARABIC else "en"
    text = _TEXT[language]["none"] + "." if names_a_meeting(question) else abstain_text(language)
    return Answer(question=question, text=text, language=language, abstained=True, produced_by="meetings")
