"""The Latin words of a store that an Arabic word of a question may spell.

An Arabic question about an English article writes its names in Arabic letters
(«كلارا فيرس», «برومزغروف», «يوكوس»). BM25 cannot match across scripts, e5
rarely carries a rare name across, and the meeting ledger knows only the people
of meetings. So the names of the store's English paragraphs (words written
capitalised inside sentences at least as often as in lower case) are keyed by
their spelling-blind skeletons (:func:`names.skeletons`), the words of an
Arabic question that may be names by the skeletons of their romanisations, and
the names whose keys agree (equal, else one edit apart as :func:`names.keys_match`
allows) are searched for: «جوبيناث» finds "Gopinath", «جولياني» "Giuliani", «برومزغروف»
"Bromsgrove".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA

from .meeting_vocabulary import may_be_arabic_name
from .names import ARABIC_WORD, CONSONANTS, may_be_one_name, skeletons, word_keys

MIN_AFTER_CLITIC = 4  # letters a word keeps without its first («بندر» is no «ب» + «ندر»)
MIN_NEAR_KEY = 6  # keys one edit from a shorter one match other names: «غرين» is not Gareth
MAX_NAMES_PER_WORD = 4  # one Arabic word stands for at most a few spellings


_CLITICS = "وبلف"
_WORD = re.compile(r"\b[A-Za-z][a-z]+\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:(\"'\u201c]\s*)$")


def arabic_names_in(text: str) -> list[str]:
    """The Arabic words of ``text`` that may be names («جوبيناث», not «منصب»)."""
    return [word for word in dict.fromkeys(ARABIC_WORD.findall(text)) if may_be_arabic_name(word)]


def capitalised_names(texts: Iterable[str]) -> set[str]:
    """Lower-cased words that the texts write capitalised inside a sentence at least
    as often as in lower case: "Furse", "Yukos", "Green" (as in Philip Green), not "Cost"."""
    capitalised: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for text in texts:
        for match in _WORD.finditer(text):
            word = match.group()
            if word[0].islower():
                lower[word] += 1
            elif not _SENTENCE_START.search(text[max(0, match.start() - 3):match.start()]):
                capitalised[word.lower()] += 1
    return {word for word, count in capitalised.items() if count >= lower[word]}


class LatinSpellings:
    """Names of English texts by skeleton, for finding the ones an Arabic word spells."""

    def __init__(self, names: Iterable[str]) -> None:
        self._by_key: dict[str, set[str]] = {}
        for name in names:
            for key in skeletons(name):
                self._by_key.setdefault(key, set()).add(name)
        # keys one edit apart are looked up among the plain (vowelled) keys
        self._plain = [key for key in self._by_key if not key.startswith(CONSONANTS)]

    def spelled_by(self, arabic_word: str) -> tuple[str, ...]:
        """The names the Arabic word may spell: those with a key of its own, else
        those one edit away (a few at most)."""
        keys = {key for key in word_keys(arabic_word) if not key.startswith("ar:")}
        exact = sorted({name for key in keys for name in self._by_key.get(key, ())})
        if exact:
            return tuple(exact[:MAX_NAMES_PER_WORD])
        near: set[str] = set()
        for key in keys:
            if key.startswith(CONSONANTS) or len(key) < MIN_NEAR_KEY:
                continue
            for other, _distance, _ in process.extract(key, self._plain, scorer=OSA.distance,
                                                      score_cutoff=1, limit=None):
                if may_be_one_name(key, other):
                    near.update(self._by_key[other])
        return tuple(sorted(near)[:MAX_NAMES_PER_WORD])

    def in_question(self, text: str, is_common: Callable[[str], bool]) -> tuple[str, ...]:
        """The rare Latin names the Arabic names of a question may spell.

        A word that spells none may carry a preposition or conjunction («بريتشارد» is
        «ب» + Richard). A word that spells a name ``is_common`` in the articles is left
        out whole: searching for "Reagan" ranks the paragraphs that name him most, not
        those that answer, and «ريغان» is Reagan there, not the rarer Regan.
        """
        found: list[str] = []
        for word in arabic_names_in(text):
            names = self.spelled_by(word)
            if not names and word[0] in _CLITICS and len(word) > MIN_AFTER_CLITIC:
                names = self.spelled_by(word[1:])
            if not any(is_common(name) for name in names):
                found.extend(names)
        return tuple(dict.fromkeys(found))
