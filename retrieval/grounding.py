"""Check a generated answer against the sources it was given, before anyone reads it.

An answer is kept only when every ``[n]`` it cites is one of the sources,
it cites at least one, and every number and name in it appears in what it
cites (or in the meeting records built from those sources) — in either
script, since an English answer may spell «غادة والي» as "Ghada Waly".
"I don't know" needs no citation. Anything else raises
:class:`GenerationError` with the reason, and the caller falls back to the
extractive answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .generation import DONT_KNOW, GenerationError
from .meeting_records import Meeting
from .meeting_vocabulary import ENGLISH_NATIONALITIES, ENGLISH_TITLE_WORDS, arabic_vocabulary
from .models import Source
from .names import is_arabic, keys_match, word_keys
from .normalize import ARABIC, detect_language, normalize, strip_prefix, tokens

_MARKER = re.compile(r"\[(\d+)\]")
_NUMBER = re.compile(r"\d+")
_LATIN_WORD = re.compile(r"\b[A-Z][a-zA-Z'’-]{2,}")
_QUOTED = re.compile(r"«[^»]*»|\([^)]*\)|\"[^\"]*\"")
_COMMON = frozenset("""the according this that these those there they their then than when where
what which who whom while with from into about after before during between both each other
some many most more also however meanwhile yesterday today sources source article articles
january february march april may june july august september october november december monday
tuesday wednesday thursday friday saturday sunday""".split())


@dataclass(frozen=True)
class Checked:
    """A generated answer that passed: its text, and whether it says it does not know."""

    text: str
    abstained: bool


def check(text: str, language: str, sources: Sequence[Source],
          meetings: Sequence[Meeting] = ()) -> Checked:
    """The answer if it is grounded in ``sources``; :class:`GenerationError` says why not."""
    language = ARABIC if language == ARABIC else "en"
    text = normalize_digits(text.strip())
    if _is_dont_know(text, language):
        return Checked(DONT_KNOW[language], abstained=True)
    cited = [int(n) for n in _MARKER.findall(text)]
    if not cited:
        raise GenerationError("the generated answer cites no source")
    wrong = sorted({n for n in cited if not 1 <= n <= len(sources)})
    if wrong:
        raise GenerationError(f"the generated answer cites [{wrong[0]}], which is not a source")
    plain = _MARKER.sub(" ", text)
    if detect_language(_QUOTED.sub(" ", plain)) != language:
        raise GenerationError("the generated answer is not in the question's language")
    evidence = " ".join(sources[n - 1].text for n in sorted(set(cited)))
    records = " ".join(_record_text(m) for m in meetings)
    allowed = normalize_digits(evidence + " " + records)
    numbers = set(_NUMBER.findall(allowed))
    for number in _NUMBER.findall(plain):
        if number not in numbers:
            raise GenerationError(f"the generated answer says {number}, which its sources do not")
    present = _words(allowed)
    for name in _names(plain, language):
        if not _named_in(name, present):
            raise GenerationError(f"the generated answer names {name!r}, which its sources do not")
    return Checked(text, abstained=False)


def normalize_digits(text: str) -> str:
    return text.translate({0x0660 + d: str(d) for d in range(10)}
                          | {0x06F0 + d: str(d) for d in range(10)})


def _is_dont_know(text: str, language: str) -> bool:
    folded = normalize(text)
    return any(folded.startswith(normalize(phrase).rstrip(".")) for phrase in DONT_KNOW.values()) \
        and not _MARKER.search(text)


def _record_text(meeting: Meeting) -> str:
    parts = [f"{meeting.place.value} {meeting.place.text}" if meeting.place else "", meeting.date.value if meeting.date else ""]
    for person in meeting.participants:
        parts += [person.name, person.latin, *person.titles, *person.titles_en,
                  person.organisation or "", person.organisation_en or "", person.country or ""]
    return " ".join(parts)


def _names(text: str, language: str) -> list[str]:
    """Name-like words of an answer: capitalised Latin words not opening a sentence,
    and Arabic words of the name index."""
    from .people import is_name_part

    found = []
    for sentence in re.split(r"(?<=[.!?؟])\s+", text):
        for match in _LATIN_WORD.finditer(sentence):
            word = match.group(0).strip("'’-")
            lower = word.lower()
            if match.start() == 0 or lower in _COMMON or lower in ENGLISH_TITLE_WORDS \
                    or lower in ENGLISH_NATIONALITIES:
                continue
            found.append(word)
    if language == ARABIC:
        vocabulary = arabic_vocabulary()
        found += [w for w in tokens(text) if is_arabic(w) and len(w) >= 4
                  and w not in vocabulary and strip_prefix(w) not in vocabulary
                  and is_name_part(strip_prefix(w))]
    return found


def _words(text: str) -> set[str]:
    words = set(tokens(text))
    return words | {strip_prefix(w) for w in words}


def _named_in(name: str, present: set[str]) -> bool:
    folded = normalize(name)
    if folded in present or strip_prefix(folded) in present:
        return True
    keys = word_keys(folded)
    return any(keys_match(keys, word_keys(word)) for word in present
               if is_arabic(word) != is_arabic(folded) and len(word) >= 3)
