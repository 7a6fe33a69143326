"""A document's sentences as tokens with offsets, for finding people and meetings.

Tokens are matched in folded form (:func:`normalize`) but keep the span of
their words in the original text, so every extracted fact can point at its
evidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .meeting_records import Evidence
from .normalize import fold_with_offsets
from .splitting import is_tag_line

_WORD = re.compile(r"[\w\u0621-\u064A]+(?:[.'\-][\w\u0621-\u064A]+)*\.?|[^\w\s]")


# «على» (on) folds to «علي» (Ali); tokens keep the preposition apart under this form.
PREPOSITION_ALA = "على"


@dataclass
class Token:
    text: str  # folded
    start: int  # in the window's original text
    end: int


@dataclass
class Sentence:
    paragraph: int
    window: int
    text: str  # the window's original text
    start: int
    end: int
    folded: str = ""
    tokens: list[Token] = field(default_factory=list)
    # for each character of ``folded`` (and one past its end): its index in ``text``
    offsets: list[int] = field(default_factory=list)

    def at(self, folded_index: int) -> int:
        """The index in ``text`` of a character of ``folded``."""
        return self.offsets[folded_index]

    def evidence(self, start: int | None = None, end: int | None = None) -> Evidence:
        return Evidence(self.paragraph, self.window, self.start if start is None else start,
                        self.end if end is None else end)

    def original(self, start: int, end: int) -> str:
        return self.text[start:end].strip(" ،,.:;")


def sentences_of(windows: Sequence[tuple[int, int, str, Sequence[tuple[int, int]]]]) -> list[Sentence]:
    """The sentences of paragraph windows (paragraph, window, text, sentence spans), tags
    left out."""
    result = []
    for paragraph, window, text, spans in windows:
        spans = spans or [(0, len(text))]
        for number, (start, end) in enumerate(spans):
            if is_tag_line(text[start:end], number == len(spans) - 1):
                continue
            folded, where = fold_with_offsets(text[start:end])
            sentence = Sentence(paragraph, window, text, start, end, folded,
                                offsets=[start + w for w in where])
            for m in _WORD.finditer(folded):
                first, last = sentence.at(m.start()), sentence.at(m.end() - 1) + 1
                word = PREPOSITION_ALA if text[first:last] in ("على", "وعلى") \
                    else m.group(0).rstrip(".")
                sentence.tokens.append(Token(word, first, last))
            result.append(sentence)
    return result


# --------------------------------------------------------------------- Arabic
