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
sets. Two rare capitalised words in a row are also spelled together, common words or
not: "Rijal Almaa" is «رجال ألمع» (men; and «ألمع», as close as the common «عالما»), a
pair few texts write in a row. What the words are for is
:func:`search.hybrid_search`'s ``spelled_across``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from rapidfuzz.distance import Levenshtein

from .names import ARABIC_WORD, consonant_key, consonants_of, joined_names, romanize, rule_spelling

MIN_CONSONANTS = 2  # "Ali" (l) or "Hayy" (none) would spell a host of short words
MAX_WORDS_PER_NAME = 4  # one Latin name stands for at most a few Arabic words
MAX_NAMES = 6  # rare names spelled per question (a question of hundreds is no question)
MAX_PAIRED = 6  # close spellings of each word of a two-word name paired (the closest first)
# letters by which the romaniser's model may spell a word closer than its letter rules
# («العقيل»: Al-Aqil by the rules, Al-Aqeel by the model)
MODEL_MAY_CLOSE = 1
_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z]+\b")
_TWO_CAPITALISED = re.compile(r"\b(?=([A-Z][a-z]+) ([A-Z][a-z]+)\b)")  # overlapping: "A B C" has A B, B C
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
        common, and a rarer word as close would be another: «حمص», Homs)."""
        distances = self._distances(latin_word, exact_first=True)
        best = min(distances.values(), default=None)
        closest = sorted(word for word, distance in distances.items() if distance == best)
        if any(is_common(word) for word in closest):
            return ()
        return tuple(closest[:MAX_WORDS_PER_NAME])

    def _distances(self, latin_word: str, *, exact_first: bool) -> dict[str, int]:
        """The Arabic words close enough to spell a Latin word, with their distance in
        letters. The letter rules spell every word of its consonants; the romaniser's
        model those the rules bring near, when (``exact_first``) the rules spell none
        exactly."""
        latin = _letters(latin_word)
        allowed = max(1, len(latin) // 3)
        by_rules = {word: Levenshtein.distance(latin, _letters(rule_spelling(word)))
                    for key in consonants_of(latin_word) if len(key) >= MIN_CONSONANTS
                    for word in self._by_consonants.get(key, ())}
        if exact_first and 0 in by_rules.values():
            return {word: distance for word, distance in by_rules.items() if distance == 0}
        distances = {word: min([distance, *(Levenshtein.distance(latin, _letters(spelling))
                                            for spelling in romanize(word, 3))])
                     for word, distance in by_rules.items() if distance <= allowed + MODEL_MAY_CLOSE}
        return {word: distance for word, distance in distances.items() if distance <= allowed}

    def phrases(self, first: str, second: str) -> tuple[str, ...]:
        """The Arabic word pairs two Latin words in a row may spell, common words or not
        ("Rijal Almaa": «رجال ألمع», the men of Alma'; each word is a common one, or as
        close to one as to the name, but few texts write the two in a row). Every close
        spelling of each is paired; which pairs a text has is for the search to see."""
        firsts, seconds = (sorted(self._distances(word, exact_first=False).items(), key=lambda wd: wd[::-1])
                           for word in (first, second))
        return tuple(f"{a} {b}" for a, _ in firsts[:MAX_PAIRED] for b, _ in seconds[:MAX_PAIRED])

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
        pairs = [(first, second) for first, second in _TWO_CAPITALISED.findall(text)
                 if not {first.lower(), second.lower()} & _PARTICLES
                 and not is_known(first) and not is_known(second)]
        found += [phrase for first, second in pairs[:MAX_NAMES] for phrase in self.phrases(first, second)]
        return tuple(dict.fromkeys(found))
