"""The Arabic words of a store that a Latin name of an English question may spell.

The other direction of :mod:`latin_spellings`: an English question about an Arabic
article writes its names in Latin letters ("Hamas", "Dawadmi", "Al-Mulaihan"), which
BM25 cannot match in Arabic paragraphs, and e5 carries a rare name across scripts
unreliably. So the words of the store's Arabic paragraphs are keyed by the consonants
their letters spell (:func:`names.consonant_key`); a capitalised word of a question
looks up its own consonants, and keeps the Arabic words whose Latin spelling is
closest to it letter by letter: "Dawadmi" is «الدوادمي», "Obeikan" «العبيكان».

Only rare names are spelled: a capitalised word that a few English paragraphs have
("Riyadh", "Iranian", "Friday", "Fund"; the count is the knowledge base's) is searched
for in English, and a name whose closest spelling is a common Arabic word (Asir, «عسير»;
Hamas, «حماس») is left to the other searches: a common word is in many of the paragraphs
dense search finds, and lifting them all lost more answers than it gained on the eval
sets. What the words are for is :func:`search.hybrid_search`'s ``spelled_across``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from rapidfuzz.distance import Levenshtein

from .names import ARABIC_WORD, consonant_key, consonants_of, joined_names, romanize, rule_spelling

MIN_CONSONANTS = 2  # "Ali" (l) or "Hayy" (none) would spell a host of short words
MAX_WORDS_PER_NAME = 4  # one Latin name stands for at most a few Arabic words
MAX_NAMES = 6  # rare names spelled per question (a question of hundreds is no question)
# letters by which the romaniser's model may spell a word closer than its letter rules
# («العقيل»: Al-Aqil by the rules, Al-Aqeel by the model)
MODEL_MAY_CLOSE = 1
_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z]+\b")
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "abu", "mr", "mrs", "ms", "dr"})


def _letters(spelling: str) -> str:
    """A Latin spelling's letters, lower-cased, without the article and doubled letters."""
    letters = re.sub(r"[^a-z]", "", re.sub(r"^(?:al|el)[- ]", "", spelling.lower()))
    return re.sub(r"(.)\1", r"\1", letters)


class ArabicSpellings:
    """Words of Arabic texts by their consonants."""

    def __init__(self, texts: Iterable[str]) -> None:
        words: set[str] = set()
        for text in texts:
            words.update(ARABIC_WORD.findall(text))
        self._by_consonants: dict[str, list[str]] = {}
        for word in sorted(words):
            self._by_consonants.setdefault(consonant_key(word), []).append(word)

    def spelling(self, latin_word: str, is_common: Callable[[str], bool]) -> tuple[str, ...]:
        """The Arabic words whose spelling is closest to a Latin word's, when close
        enough and not ``is_common`` («الدوادمي» for Dawadmi; for Hamas none: «حماس» is
        common, and a rarer word as close would be another: «حمص», Homs). The letter
        rules spell every word of its consonants; the romaniser's model those the
        rules bring near, when the rules spell none exactly."""
        latin = _letters(latin_word)
        allowed = max(1, len(latin) // 3)
        by_rules = {word: Levenshtein.distance(latin, _letters(rule_spelling(word)))
                    for key in consonants_of(latin_word) if len(key) >= MIN_CONSONANTS
                    for word in self._by_consonants.get(key, ())}
        distances = {word: distance for word, distance in by_rules.items() if distance == 0}
        if not distances:
            distances = {word: min([distance, *(Levenshtein.distance(latin, _letters(spelling))
                                                for spelling in romanize(word, 3))])
                         for word, distance in by_rules.items() if distance <= allowed + MODEL_MAY_CLOSE}
        best = min(distances.values(), default=allowed + 1)
        closest = sorted(word for word, distance in distances.items() if distance == best <= allowed)
        if any(is_common(word) for word in closest):
            return ()
        return tuple(closest[:MAX_WORDS_PER_NAME])

    def in_question(self, text: str, is_known: Callable[[str], bool],
                    is_common: Callable[[str], bool]) -> tuple[str, ...]:
        """The Arabic words the capitalised words of an English question may spell,
        leaving out the words ``is_known`` in English (see the module docstring)."""
        # («أبوعريش», «عبدالملك»: Arabic writes "Abu" and "Abdul" joined to the name after
        # them, as often as apart)
        joined = [joined for _, joined in joined_names(text)]
        names = [word for word in dict.fromkeys([*joined, *_CAPITALISED.findall(text)])
                 if word.lower() not in _PARTICLES and not is_known(word)]
        found = [arabic for name in names[:MAX_NAMES] for arabic in self.spelling(name, is_common)]
        return tuple(dict.fromkeys(found))
