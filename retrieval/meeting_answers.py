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
from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

from . import places
from .meeting_records import Evidence, Fact, Meeting, Person
from .models import Answer, Source
from .names import is_arabic, word_keys
from .normalize import ARABIC, normalize, tokens

WHO_MET, WHERE, WHEN, TOPICS, OUTCOMES, ROLE, LIST = (
    "who_met", "where", "when", "topics", "outcomes", "role", "list")
MAX_MEETINGS = 5

_INTENTS_EN = [
    (LIST, r"\blist\b|\ball (?:the )?meetings\b|\bwhat meetings\b|\bwhich meetings\b|\bmeetings (?:of|held by)\b|\bhow many meetings\b"),
    (ROLE, r"\bwho is\b|\bwho's\b|\b(?:role|title|position|job|post)\b|\bwhat does \w+ do\b"),
    (WHERE, r"\bwhere\b|\bwhich (?:city|country|place)\b|\bwhat (?:city|country|place)\b|\blocation\b"),
    (WHEN, r"\bwhen\b|\bwhat (?:date|day)\b|\bwhich (?:date|day)\b|\bdate\b"),
    (OUTCOMES, r"\bagree|\bsign|\blook(?:ed|s)? forward|\boutcome|\bresult|\bstress|\bemphasi|\bconclu"),
    (TOPICS, r"\bdiscuss|\btalk(?:ed)? about\b|\babout what\b|\btopic|\bsubject|\bon what\b|\bpurpose\b|\bwhy did\b|\bwhat was .* about\b"),
    (WHO_MET, r"\bwho\b|\bwhom\b|\bmeet|\bmet\b|\breceiv|\bhost|\bvisit|\btalks\b|\bcall"),
]
_INTENTS_AR = [
    (LIST, r"لقاءات|اجتماعات|اذكر|قائمه|كم لقاء|كم اجتماع"),
    (ROLE, r"منصب|من هو|من هي|صفه|وظيفه|دور|يشغل|تشغل"),
    (WHERE, r"اين|في اي مدينه|في اي دوله|في اي بلد|مكان"),
    (WHEN, r"متي|في اي يوم|تاريخ|في اي شهر"),
    (WHO_MET, r"مع من|بمن|من التقي|من استقبل|من اجتمع|من زار|من الذي|من هم الذين|من هما"),
    (OUTCOMES, r"اتفق|اتفاق|وقع|توقيع|تطلع|نتائج|نتيجه|اسفر|اكد الجانبان|اكدا"),
    (TOPICS, r"بحث|ناقش|موضوع|مواضيع|تناول|تطرق|حول ماذا|القضايا|محاور|ماذا"),
    (WHO_MET, r"التقي|استقبل|اجتمع|لقاء|زار|اتصال"),
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


_NAME_PARTICLES = frozenset(normalize(w) for w in "بن بنت ابن آل ال أبو bin ibn al el bint abu".split())


@dataclass(frozen=True)
class Request:
    """What a meeting question asks: the intent, whom and where it names, and
    the name-like words that match no one in the ledger."""

    intent: str
    # per person named, per word of their name: the ledger keys it matched
    people: tuple[tuple[tuple[str, ...], ...], ...]

    @property
    def keys(self) -> set[str]:
        return {key for mention in self.people for word in mention for key in word}
    place: places.Place | None
    unknown: tuple[str, ...]


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

    def keys_for(self, word: str) -> set[str]:
        """Ledger keys that one word of a question matches (exactly, or one edit off)."""
        found = set()
        for key in word_keys(word):
            if key in self._by_key:
                found.add(key)
            elif not key.startswith("ar:") and len(key) >= 5:
                for match, _distance, _ in process.extract(
                        key, self._latin_keys, scorer=OSA.distance, score_cutoff=1, limit=5):
                    found.add(match)
        return found

    def with_keys(self, keys: set[str]) -> set[int]:
        result: set[int] = set()
        for key in keys:
            result |= self._by_key.get(key, set())
        return result


def parse(question: str, language: str, ledger: Ledger) -> Request | None:
    """The meeting request in a question; ``None`` when it is not a meeting question."""
    intent = intent_of(question, language)
    if intent is None:
        return None
    raw_words = re.findall(r"[\w\u0621-\u064A'’-]+", question)
    people: list[list[set[str]]] = []
    unknown: list[str] = []
    place = None
    words = [re.sub(r"['’]s$", "", w).strip("'’-") for w in raw_words]
    skip = 0
    previous_matched = -2
    for index, word in enumerate(words):
        if skip:
            skip -= 1
            continue
        folded = normalize(word)
        bare = _without_prefix(folded)
        if folded in _NAME_PARTICLES:
            if previous_matched == index - 1:
                previous_matched = index  # «محمد بن سلمان» is one name
            continue
        if folded in _NOT_ENTITIES or bare in _NOT_ENTITIES or len(bare) < 2 or bare.isdigit():
            continue
        following = [normalize(w) for w in words[index + 1:index + 3]]
        found_place = (places.find_in([folded] + following, fuzzy=is_arabic(word))
                       or (places.find_in([bare] + following, fuzzy=False) if bare != folded
                           else None))
        if found_place is not None and found_place[0].kind == "city":
            place, skip = found_place[0], found_place[1] - 1
            continue
        if found_place is not None:  # a country: part of a title ("Saudi Arabia's"), not a filter
            skip = found_place[1] - 1
            continue
        keys = ledger.keys_for(word) | (ledger.keys_for(bare) if bare != folded else set())
        if keys:
            # Consecutive words that match one person's name are one mention.
            if people and previous_matched == index - 1 and _adjacent_match(people[-1], keys, ledger):
                people[-1].append(keys)
            else:
                people.append([keys])
            previous_matched = index
        elif _looks_like_name(word, index, language):
            unknown.append(word)
    return Request(intent, tuple(tuple(tuple(sorted(w)) for w in mention) for mention in people),
                   place, tuple(unknown))


def _without_prefix(word: str) -> str:
    for prefix in ("وب", "ول", "و", "ب", "ل"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix):]
    return word


def _adjacent_match(mention: list[set[str]], keys: set[str], ledger: Ledger) -> bool:
    """Whether a word continues the name before it: one participant matches both."""
    before = set().union(*mention)
    for number in ledger.with_keys(before) & ledger.with_keys(keys):
        if any(set(p.keys) & before and set(p.keys) & keys
               for p in ledger.meetings[number].participants):
            return True
    return False


def _looks_like_name(word: str, index: int, language: str) -> bool:
    if language == ARABIC or is_arabic(word):
        from .meetings import _is_arabic_name_part  # the extractor's name index

        return _is_arabic_name_part(_without_prefix(normalize(word)))
    return word[:1].isupper() and index > 0 and normalize(word) not in _NOT_ENTITIES


def meetings_of(who: str, ledger: Ledger) -> list[Meeting]:
    """Meetings of the person ``who`` names ("Ghada Waly", «العلوي»), newest first."""
    mention = [found for word in re.findall(r"[\w\u0621-\u064A'’-]+", who)
               if (found := ledger.keys_for(word.strip("'’-")))]
    return _newest_first([ledger.meetings[n] for n in _best_matches(mention, ledger)]) if mention else []


def _best_matches(mention, ledger: Ledger) -> set[int]:
    """Meetings with the participant who matches most words of one mention of a person.

    "Jamal Abdulaziz Al-Alawi" matches Al-Alawi on three words and every
    "... bin Abdulaziz" on one; only the best are the person meant.
    """
    scores: dict[int, int] = {}
    for number in ledger.with_keys(set().union(*mention)):
        meeting = ledger.meetings[number]
        scores[number] = max(sum(bool(set(p.keys) & set(word)) for word in mention)
                             for p in meeting.participants)
    best = max(scores.values(), default=0)
    return {number for number, score in scores.items() if score == best and best > 0}


def _newest_first(meetings: list[Meeting]) -> list[Meeting]:
    return sorted(meetings, key=lambda m: (m.date.value if m.date else ""), reverse=True)


def matching_meetings(request: Request, ledger: Ledger) -> list[Meeting]:
    """Meetings with every person the request names (and at its place), newest first."""
    chosen: set[int] | None = None
    for mention in request.people:
        numbers = _best_matches(mention, ledger)
        chosen = numbers if chosen is None else chosen & numbers
    meetings = [ledger.meetings[n] for n in sorted(chosen or ())]
    if request.place is not None:
        meetings = [m for m in meetings if m.place is not None and m.place.value == request.place.name]
    return _newest_first(meetings)


# ------------------------------------------------------------------ answering
_TEXT = {
    "en": {
        "frame": "According to the articles:",
        "none": "I found no record of such a meeting in these articles",
        "met": "{a} met {b}",
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


def _sides(meeting: Meeting, request: Request, language: str) -> tuple[str, str]:
    """(the person asked about, the other side) as display names; the other
    side's titles are given when the question asks who they are."""
    asked = [p for p in meeting.participants if set(p.keys) & request.keys]
    first = asked[0] if asked else meeting.participants[0]
    others = [p for p in meeting.participants if p is not first]
    joiner = " و" if language == ARABIC else " and "
    if request.intent in (WHO_MET, LIST):
        return (display_name(first, language),
                joiner.join(_described(p, language) for p in others).rstrip(",،"))
    return display_name(first, language), joiner.join(display_name(p, language) for p in others)


def compose(question: str, language: str, request: Request, meetings: list[Meeting],
            lookup: Callable[[str, int, int], Source | None]) -> Answer:
    """The answer to a parsed meeting question from the meetings that fit it."""
    language = ARABIC if language == ARABIC else "en"
    text = _TEXT[language]
    if not meetings:
        return Answer(question=question, text=text["none"] + ".", language=language,
                      abstained=True)
    citations = _Citations(lookup)
    lines: list[str] = []
    for meeting in meetings[:MAX_MEETINGS if request.intent in (LIST, WHO_MET) else 1]:
        a, b = _sides(meeting, request, language)
        cite_meeting = citations.cite(meeting, meeting.evidence)
        if request.intent in (WHO_MET, LIST):
            line = text["met"].format(a=a, b=b) + _place(meeting.place, language)
            line += _date(meeting.date, language) + "." + cite_meeting
        elif request.intent == WHERE:
            if meeting.place is None:
                line = text["where_unknown"].format(a=a, b=b) + "." + cite_meeting
            else:
                line = (text["met"].format(a=a, b=b) + _place(meeting.place, language) + "."
                        + citations.cite(meeting, meeting.place.evidence))
        elif request.intent == WHEN:
            if meeting.date is None:
                line = text["when_unknown"].format(a=a, b=b) + "." + cite_meeting
            else:
                line = (text["met"].format(a=a, b=b) + _date(meeting.date, language) + "."
                        + citations.cite(meeting, meeting.date.evidence or meeting.evidence))
        elif request.intent == TOPICS:
            if not meeting.topics:
                line = text["no_topics"].format(a=a, b=b) + "." + cite_meeting
            else:
                quotes = [f"«{t.text}»{citations.cite(meeting, t.evidence)}" for t in meeting.topics]
                line = (text["met"].format(a=a, b=b) + "." + cite_meeting + " " + text["discussed"]
                        + " " + " ".join(quotes) + _quote_note(meeting, language))
        elif request.intent == OUTCOMES:
            if not meeting.outcomes:
                line = text["no_outcomes"].format(a=a, b=b) + "." + cite_meeting
            else:
                quotes = [f"{text['outcomes'].get(o.kind, o.kind)}: «{o.text}»"
                          f"{citations.cite(meeting, o.evidence)}" for o in meeting.outcomes]
                line = (text["met"].format(a=a, b=b) + "." + cite_meeting + " "
                        + " ".join(quotes) + _quote_note(meeting, language))
        else:  # ROLE
            person = next((p for p in meeting.participants if set(p.keys) & request.keys),
                          meeting.participants[0])
            titles = _titles(person, language)
            if not titles:
                continue
            line = text["role"].format(a=display_name(person, language), titles=titles) + "." \
                + citations.cite(meeting, person.evidence)
        lines.append(line)
    if not lines:
        return Answer(question=question, text=text["none"] + ".", language=language,
                      abstained=True)
    lines.insert(0, text["list"] if request.intent == LIST else text["frame"])
    return Answer(question=question, text="\n".join(lines), language=language, abstained=False,
                  sources=tuple(citations.sources), meetings=tuple(meetings[:MAX_MEETINGS]))


def _quote_note(meeting: Meeting, language: str) -> str:
    return _TEXT[language]["quote_note"] if (meeting.language == ARABIC) != (language == ARABIC) else ""


def answer(question: str, language: str, ledger: Ledger,
           lookup: Callable[[str, int, int], Source | None], *,
           context: str = "") -> Answer | None:
    """A ledger answer, an abstention for a meeting the ledger does not hold,
    or ``None`` when the question is for the extractive answerer.

    ``context`` is the conversation so far: a follow-up that names no one
    ("And where was that?") is about the people named there.
    """
    request = parse(question, language, ledger)
    if request is not None and not request.people and context:
        earlier = parse(context + " " + question, language, ledger)
        if earlier is not None:
            request = Request(request.intent, earlier.people, request.place or earlier.place,
                              request.unknown)
    if request is None or not request.people:
        return None
    meetings = matching_meetings(request, ledger)
    if request.unknown:
        # "Did Al-Alawi meet Guterres?": a named side the ledger's meetings lack.
        meetings = [m for m in meetings if _mentions_all(m, request.unknown)]
    return compose(question, language, request, meetings, lookup)


def _mentions_all(meeting: Meeting, words: tuple[str, ...]) -> bool:
    names = " ".join(f"{p.name} {p.latin} {' '.join(p.titles)} {p.organisation or ''}"
                     for p in meeting.participants)
    present = set(tokens(names))
    return all(normalize(w) in present or _without_prefix(normalize(w)) in present for w in words)
