"""Meeting records: who met whom, where, when, on what, with what outcome.

Records are extracted when a document is ingested (:mod:`retrieval.meetings`)
and kept in the store as JSON. Every field points at its evidence: the
paragraph (and window of a long paragraph) of its document and the character
span in that window's text, so an answer can cite and quote it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: paragraph, window, and ``text[start:end]`` of that window."""

    paragraph: int
    window: int
    start: int
    end: int


@dataclass(frozen=True)
class Person:
    """A participant as the article names them.

    ``latin`` is the name in Latin script (a likely romanisation for an Arabic
    name); ``titles`` are as written, ``titles_en`` their English renderings
    where the title vocabulary covers them (else empty).
    """

    name: str
    latin: str
    titles: tuple[str, ...] = ()
    titles_en: tuple[str, ...] = ()
    organisation: str | None = None
    organisation_en: str | None = None
    country: str | None = None
    role: str = "participant"  # "host", "guest", "participant", "party", "group" or "attendee"
    evidence: Evidence | None = None
    keys: tuple[str, ...] = ()  # spelling-blind name keys (see retrieval.names)


@dataclass(frozen=True)
class Fact:
    """A place, date, topic or outcome: the words as written and a normal form.

    ``value`` is the English place name, the ISO date, or empty for topics and
    outcomes; ``kind`` says how a date was found ("text", "dateline",
    "article") or what an outcome is ("agreed", "signed", "stressed",
    "looked_forward", "urged").
    """

    text: str
    value: str = ""
    kind: str = ""
    evidence: Evidence | None = None


@dataclass(frozen=True)
class Meeting:
    """One meeting, visit, reception, call, talks or signing reported by a document."""

    doc_id: str
    title: str
    language: str
    kind: str
    participants: tuple[Person, ...]
    place: Fact | None = None
    date: Fact | None = None
    topics: tuple[Fact, ...] = ()
    outcomes: tuple[Fact, ...] = ()
    evidence: Evidence | None = None
    url: str | None = None
    # people the report says attended («حضر الاستقبال ...», "Also present were ..."),
    # not sides of the meeting
    attendees: tuple[Person, ...] = ()

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Meeting:
        def evidence(value):
            return Evidence(**value) if value else None

        def fact(value):
            return Fact(**{**value, "evidence": evidence(value.get("evidence"))}) if value else None

        def person(value):
            return Person(**{**value, "titles": tuple(value.get("titles", ())),
                             "titles_en": tuple(value.get("titles_en", ())),
                             "keys": tuple(value.get("keys", ())),
                             "evidence": evidence(value.get("evidence"))})

        return cls(
            doc_id=data["doc_id"], title=data["title"], language=data["language"],
            kind=data["kind"], participants=tuple(person(p) for p in data["participants"]),
            place=fact(data.get("place")),
            date=fact(data.get("date")), topics=tuple(fact(t) for t in data.get("topics", ())),
            outcomes=tuple(fact(o) for o in data.get("outcomes", ())),
            evidence=evidence(data.get("evidence")), url=data.get("url"),
            attendees=tuple(person(p) for p in data.get("attendees", ())),
        )
