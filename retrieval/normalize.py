"""Arabic-aware text normalisation, language detection and index terms.

The original text is always kept for display; the forms made here are only for
matching. Normalisation folds what Arabic writers vary freely (diacritics,
tatweel, alef/hamza forms, ta marbuta, alef maqsura, Arabic-Indic digits), so
that «أكّد» matches «اكد» and «١٤٣٦» matches «1436». Index terms are then light
Snowball stems (Arabic or English by script) of the normalised tokens: stemming
lets «اللقاء» match «لقاء» and "meetings" match "meeting", at the price of
some over-merging, which BM25's IDF and the dense leg keep in check.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache

import Stemmer

_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F]")
# Harakat, tanween, shadda, sukun, superscript alef, Quranic marks, tatweel.
_DIACRITICS = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
# Bidi controls and zero-width characters carry no meaning for matching.
_INVISIBLE = re.compile(r"[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]")
_FOLD = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ؤ": "و",
        "ئ": "ي",
        "ک": "ك", "ی": "ي", "ڤ": "ف", "گ": "ك", "پ": "ب", "چ": "ج",
        **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + d): str(d) for d in range(10)},  # Eastern Arabic-Indic digits
    }
)
_TOKEN = re.compile(r"[\w]+", re.UNICODE)

ARABIC = "ar"
ENGLISH = "en"
LANGUAGES = (ARABIC, ENGLISH)

# A few function words per language that carry no retrieval signal but are
# frequent enough to dominate short questions.
_STOPWORDS = {
    ARABIC: frozenset(
        "في من الي علي عن ان او ما ماذا هل كيف متي اين لماذا كم اي التي الذي الذين "
        "هذا هذه ذلك تلك هو هي هم هما مع قد لقد كان كانت ثم و ف ب ل ال "
        "اليه اليها اليهم عليه عليها عليهم فيه فيها فيهم منه منها منهم له لها لهم "
        "به بها بهم عنه عنها عنهم معه معها بين لدي عند "
        "يا ايها ايتها".split()  # the vocative: «أيها» stems as «آية» (a verse) does
    ),
    ENGLISH: frozenset(
        "a an the of in on at to for from by with and or is are was were be been "
        "what who whom whose which when where why how did do does this that these "
        "those it its as into about".split()
    ),
}

_stemmers = threading.local()


def without_marks(text: str) -> str:
    """``text`` decomposed (NFKD) and without its combining marks: Latin letters lose
    their accents ("Brasília" → "Brasilia")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def normalize(text: str) -> str:
    """Return the matching form of ``text``: NFKC, folded Arabic, lower-case Latin."""
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE.sub("", text)
    text = _DIACRITICS.sub("", text)
    return text.translate(_FOLD).lower()


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """:func:`normalize` character by character, with the index in ``text`` of each
    folded character (and ``len(text)`` at the end), so that a match in the folded
    text maps back to a span of the original."""
    chars: list[str] = []
    where: list[int] = []
    for index, char in enumerate(text):
        for piece in _folded_char(char):
            chars.append(piece)
            where.append(index)
    where.append(len(text))
    return "".join(chars), where


@lru_cache(maxsize=4096)
def _folded_char(char: str) -> str:
    return normalize(char)


def without_article(word: str, *, shortest: int = 3) -> str:
    """A folded Arabic word without «ال», when ``shortest`` letters or more remain."""
    return word[2:] if word.startswith("ال") and len(word) - 2 >= shortest else word


@lru_cache(maxsize=65536)
def strip_prefix(word: str) -> str:
    """A folded Arabic word without a leading «و», «ف», «ب» or «ل» (and pairs such as
    «وب»), when three or more letters remain: «وبالرياض» → «الرياض»."""
    for prefix in ("وب", "ول", "و", "ف", "ب", "ل"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix):]
    return word


def without_conjunction(word: str) -> str:
    """A folded Arabic word without a leading «و» or «ف» alone, where :func:`strip_prefix`
    takes a pair: «ولافروف» → «لافروف» (not «افروف»), «وبوليفيا» → «بوليفيا»."""
    return word[1:] if word[:1] in ("و", "ف") else word


def detect_language(text: str) -> str:
    """``"ar"`` when Arabic letters outnumber Latin ones, else ``"en"``.

    Script counting is exact for the two languages majlis serves and costs
    nothing; a statistical detector adds no accuracy for Arabic vs English.
    """
    arabic = len(_ARABIC_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    return ARABIC if arabic > latin else ENGLISH


def _stemmer(language: str) -> Stemmer.Stemmer:
    # PyStemmer objects are not thread-safe; one per thread and language.
    cache = getattr(_stemmers, "cache", None)
    if cache is None:
        cache = _stemmers.cache = {}
    if language not in cache:
        cache[language] = Stemmer.Stemmer("arabic" if language == ARABIC else "english")
    return cache[language]


def tokens(text: str) -> list[str]:
    """Normalised word tokens of ``text`` (no stemming, stopwords kept)."""
    return _TOKEN.findall(normalize(text))


def index_terms(text: str, *, drop_stopwords: bool = True) -> list[str]:
    """Stemmed, normalised terms for lexical search, each stemmed by its own script."""
    terms = []
    for token in tokens(text):
        language = ARABIC if _ARABIC_LETTER.search(token) else ENGLISH
        if drop_stopwords and token in _STOPWORDS[language]:
            continue
        if token.isdigit():
            terms.append(token)
            continue
        if language == ARABIC and token.startswith("وال") and len(token) >= 6:
            # Snowball keeps the conjunction in «والعلوي»; drop it when an
            # article and a word of three or more letters follow (not «والي»).
            token = token[1:]
        stem = _stemmer(language).stemWord(token)
        if stem:
            terms.append(stem)
    return terms
