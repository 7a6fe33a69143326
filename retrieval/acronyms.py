"""Latin acronyms that Arabic text spells letter by letter.

Arabic news writes an acronym as the names of its letters: «دبليو بي بي» is WPP, «بي إم
دبليو» BMW, «إم إس إن» MSN. Romanising those words gives nothing like the acronym, so
an Arabic question about an English article that names "WPP" neither finds it nor
counts it as named. Several letter names are also common words («في», "in"; «أو», "or";
«إن», «أم», «أي»), so a run of letter names counts only when it has one that is no other
word; «بي» is B or P, «اي» E or I.
"""

from __future__ import annotations

from itertools import product

from .normalize import normalize, tokens

# Folded Arabic letter names and the Latin letters they may name.
_LETTERS: dict[str, str] = {
    "ايه": "A", "بي": "BP", "سي": "C", "دي": "D", "ديه": "D", "اي": "EI", "اف": "F", "جي": "G",
    "اتش": "H", "جيه": "J", "كيه": "K", "ال": "L", "ام": "M", "ان": "N",
    "او": "O", "كيو": "Q", "ار": "R", "اس": "S", "تي": "T", "يو": "U", "في": "V", "دبليو": "W",
    "اكس": "X", "واي": "Y", "زد": "Z",
}
# Letter names that are also everyday words: a run needs one letter name besides these, or
# three of them that are no particles («إي إم آي» is EMI; «أو في أي» is "or in any")
_ALSO_WORDS = frozenset("اي ام ان او في ال".split())
_PARTICLES = frozenset("او في ال".split())
MAX_SPELLINGS = 8


def spelled_acronyms(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Each run of two or more letter names in ``text``: its words (folded) and the
    acronyms it may spell, at most ``MAX_SPELLINGS`` («بي إم دبليو»: BMW, PMW)."""
    words = tokens(normalize(text))
    runs: list[list[str]] = [[]]
    for word in words:
        if word in _LETTERS:
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    found = []
    for run in runs:
        if len(run) < 2 or all(word in _ALSO_WORDS for word in run) and (
                len(run) < 3 or any(word in _PARTICLES for word in run)):
            continue
        spellings = ["".join(letters) for letters in product(*(_LETTERS[word] for word in run))]
        found.append((tuple(run), tuple(spellings[:MAX_SPELLINGS])))
    return found
