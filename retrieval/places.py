"""Places: cities and countries named in Arabic or English, matched to one English name.

Cities come from ``data/places.tsv`` (GeoNames, built by ``tools/build_places.py``),
countries from ``pycountry`` with their Arabic names from its ISO 3166
translations, plus the everyday names news uses ("Britain", «السعودية»).
News misspells places («فينيا» for «فيينا»), so an Arabic word that is no exact
name is matched to a city or country name of five or more letters at one edit
away, a swap of two letters counting as one (rapidfuzz's OSA distance), provided it starts with the same letter and no
other such name is as close.
"""

from __future__ import annotations

import gettext
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pycountry
from rapidfuzz import process
from rapidfuzz.distance import OSA

from .normalize import normalize, strip_prefix, tokens, without_article, without_conjunction, without_marks

# Everyday names that ISO's official ones miss, by ISO code.
_COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("United States", "America", "U.S.", "USA", "الولايات المتحدة", "أمريكا", "امريكا",
           "الولايات المتحدة الأمريكية"),
    "GB": ("United Kingdom", "Britain", "UK", "U.K.", "England", "بريطانيا", "المملكة المتحدة", "إنجلترا",
           "انجلترا", "إنكلترا"),
    "RU": ("Russia", "Soviet Union", "روسيا"),
    "DE": ("Germany", "West Germany", "ألمانيا"),
    "SA": ("Saudi Arabia", "السعودية", "المملكة العربية السعودية"),
    "AE": ("UAE", "United Arab Emirates", "الإمارات", "دولة الإمارات"),
    "IR": ("Iran", "إيران"),
    "SY": ("Syria", "سوريا", "سورية"),
    "KR": ("South Korea", "كوريا الجنوبية"),
    "KP": ("North Korea", "كوريا الشمالية"),
    "CN": ("China", "الصين"),
    "TR": ("Turkey", "تركيا"),
    "PS": ("Palestine", "فلسطين"),
    "VE": ("Venezuela", "فنزويلا"),
    "LT": ("Lithuania", "ليتوانيا"),  # pycountry's Arabic is «لثوانيا»
    "BO": ("Bolivia",),
    "TW": ("Taiwan",),
    "VN": ("Vietnam", "فيتنام"),
    "TZ": ("Tanzania",),
    "MD": ("Moldova", "مولدوفا", "مولدافيا"),
    "MV": ("Maldives", "المالديف", "جزر المالديف"),  # pycountry gives «المالديف» to Moldova
    "CZ": ("Czech Republic",),
    "NZ": ("New Zealand", "نيوزيلندا", "نيوزلندا"),
    "PE": ("Peru", "بيرو"),
    "BN": ("Brunei", "بروناي", "بروناي دار السلام"),  # pycountry's Arabic only in full
    "BD": ("Bangladesh", "بنغلاديش", "بنجلاديش"),
    "LK": ("Sri Lanka", "سيريلانكا"),
    "TH": ("Thailand", "تايلند"),
    "MM": ("Myanmar", "Burma", "ميانمار", "بورما"),
    "BY": ("Belarus", "بيلاروسيا"),
    "ZW": ("Zimbabwe", "زيمبابوي"),
    "MT": ("Malta", "مالطا"),
    "VA": ("Vatican", "Holy See", "الفاتيكان"),
    "KG": ("Kyrgyzstan", "قرغيزستان"),
    "RS": ("Serbia", "صربيا"),
    "HU": ("Hungary", "المجر", "هنغاريا"),
    "VI": ("Virgin Islands", "U.S. Virgin Islands", "جزر فيرجن", "جزر العذراء"),
    "MP": ("Northern Mariana Islands", "Mariana Islands", "جزر ماريانا"),
}
# Countries of the news of the 1980s that ISO 3166-1 no longer lists, by their former codes.
_FORMER_COUNTRIES: dict[str, tuple[str, ...]] = {
    "YU": ("Yugoslavia", "يوغوسلافيا", "يوغسلافيا"),
    "CS": ("Czechoslovakia", "تشيكوسلوفاكيا"),
    "DD": ("East Germany", "ألمانيا الشرقية"),
}
_MIN_FUZZY_LETTERS = 5


@dataclass(frozen=True)
class Place:
    """A city or country, by its English name."""

    name: str
    country: str  # ISO 3166 alpha-2
    kind: str  # "city" or "country"

    @property
    def country_name(self) -> str:
        return country_name(self.country)


def country_name(code: str) -> str:
    """Short English name of the country with ISO code ``code``."""
    aliases = _COUNTRY_ALIASES.get(code) or _FORMER_COUNTRIES.get(code)
    if aliases and not aliases[0].isupper():
        return aliases[0]
    country = pycountry.countries.get(alpha_2=code)
    return getattr(country, "common_name", None) or country.name if country else code


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, Place], dict[str, Place]]:
    """(exact keys → place, Arabic keys for fuzzy matching → place)."""
    exact: dict[str, Place] = {}
    arabic: dict[str, Place] = {}

    def add(name: str, place: Place) -> None:
        key = normalize(name)
        if not key or key in exact and exact[key].kind == "country":
            return
        plain = _without_accents(key)
        if plain != key:  # "Brasília" is written "BRASILIA" in a dateline
            exact.setdefault(plain, place)
        if _arabic_script(key):
            if len(key) < 3:  # «بن» is a name particle, not Bonn
                return
            arabic.setdefault(key, place)
            if place.kind == "city" and len(key) >= 4 and not key.startswith("ال"):
                # GeoNames often spells «خرطوم» where news writes «الخرطوم»
                exact.setdefault("ال" + key, place)
        exact.setdefault(key, place)
        words = " ".join(tokens(name))
        if words != key:  # "U.S." is read as the words "u", "s"
            exact.setdefault(words, place)

    translations = _arabic_translations()
    countries = [(Place(country_name(c.alpha_2), c.alpha_2, "country"), c) for c in pycountry.countries]
    for place, country in countries:  # first: they mend pycountry's Arabic (Moldova «المالديف»)
        for alias in _COUNTRY_ALIASES.get(country.alpha_2, ()):
            add(alias, place)
    for code, names in _FORMER_COUNTRIES.items():
        former = Place(country_name(code), code, "country")
        for name in names:
            add(name, former)
    for place, country in countries:
        for name in {country.name, getattr(country, "official_name", None),
                     getattr(country, "common_name", None)} - {None}:
            add(name, place)
            arabic_name = translations.gettext(name)
            add(arabic_name, place)
            if " و" in arabic_name and arabic_name != name:
                add(arabic_name.split(" و")[0], place)  # «البوسنة والهرسك»: «البوسنة» alone
    for name, code, other_names in _cities():
        place = Place(name, code, "city")
        add(name, place)
        for spelling in other_names:
            add(spelling, place)
    return exact, arabic


def _arabic_translations() -> gettext.NullTranslations:
    """pycountry's Arabic names of countries."""
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"], fallback=True)


def _cities() -> list[tuple[str, str, list[str]]]:
    """(English name, country code, other names) of each city in ``data/places.tsv``."""
    text = resources.files("retrieval").joinpath("data/places.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        name, code, _population, other_names = line.split("\t")
        rows.append((name, code, [n for n in other_names.split("|") if n]))
    return rows


def _arabic_script(text: str) -> bool:
    return "\u0600" <= text[0] <= "\u06ff"


@lru_cache(maxsize=1)
def _arabic_names() -> dict[str, str]:
    """English name of a place → how Arabic news writes it (the first spelling known)."""
    translations = _arabic_translations()
    names: dict[str, str] = {}
    for country in pycountry.countries:
        spellings = [*_COUNTRY_ALIASES.get(country.alpha_2, ()), translations.gettext(country.name)]
        arabic = next((a for a in spellings if _arabic_script(a)), None)
        if arabic:
            names.setdefault(country_name(country.alpha_2), arabic)
    for former in _FORMER_COUNTRIES.values():
        names.setdefault(former[0], next(n for n in former if _arabic_script(n)))
    from wordfreq import zipf_frequency

    for name, _code, other_names in _cities():
        arabic = [n for n in other_names if _arabic_script(n)]
        if arabic:  # the column holds Latin spellings too ("New York", "Berne")
            # the spelling Arabic text uses most: «لندن», not GeoNames' first «لأندأن»
            names.setdefault(name, max(arabic, key=lambda n: zipf_frequency(n, "ar")))
    return names


def arabic_name(name: str) -> str | None:
    """How Arabic writes a place ``name`` gives in English ("Tokyo" → «طوكيو»), if known."""
    return _arabic_names().get(name)


def _without_accents(text: str) -> str:
    """Latin letters without their accents ("brasília" → "brasilia"); Arabic unchanged."""
    return text if text.isascii() or _arabic_script(text) else without_marks(text)


def kind_of(name: str) -> str | None:
    """"city" or "country" when ``name`` names a place, else ``None``."""
    place = lookup(name)
    return place.kind if place is not None else None


@lru_cache(maxsize=65536)  # asked of every word of every sentence at ingest
def lookup(name: str) -> Place | None:
    """The place ``name`` names exactly (any script, folded), if any; a town of an Arab
    country also by how its Latin spelling sounds ("Al-Hofuf" is GeoNames' "Al Hufūf")."""
    key = normalize(name)
    place = _table()[0].get(key)
    if place is None and _LATIN_NAME.fullmatch(key):
        place = _arab_towns_by_sound().get(_latin_sound(key))
    return place


# Arab countries, whose town names English writes as it hears them ("Buraidah", "Buraydah")
_ARAB_COUNTRIES = frozenset("SA AE KW QA BH OM YE IQ JO SY LB EG SD LY TN DZ MA PS".split())
_LATIN_ARTICLES = ("al", "el", "ad", "ar", "as", "ash", "at", "az")
_LATIN_NAME = re.compile(r"[a-z]+(?:[ '-][a-z]+)*")  # folded; "al-hofuf", not "- nigeria"
_MIN_SOUND_LETTERS = 4
_COMMON_ENGLISH_ZIPF = 3.5  # "media", "sale": words, however a town's name sounds


def _latin_sound(key: str) -> str:
    """A folded Latin spelling of an Arabic place name as it sounds, whatever the
    transliteration: "al-hofuf" and "al hufuf" are "hufuf", "buraidah" and "buraydah"
    "buraida"."""
    words = key.replace("-", " ").split()
    if len(words) > 1 and words[0] in _LATIN_ARTICLES:
        words = words[1:]
    sound = "".join(words).replace("ou", "u").replace("o", "u").replace("ee", "i").replace("y", "i")
    sound = re.sub(r"(.)\1", r"\1", sound)
    return sound[:-1] if sound.endswith("h") and len(sound) > _MIN_SOUND_LETTERS else sound


@lru_cache(maxsize=1)
def _arab_towns_by_sound() -> dict[str, Place]:
    """The towns of Arab countries by :func:`_latin_sound` of each Latin name, when no
    other town, country or common English word sounds the same."""
    from wordfreq import zipf_frequency

    exact = _table()[0]
    towns: dict[str, set[Place]] = {}
    for key, place in exact.items():
        if place.kind == "city" and place.country in _ARAB_COUNTRIES and key.isascii():
            towns.setdefault(_latin_sound(key), set()).add(place)
    taken = {_latin_sound(key) for key, place in exact.items() if key.isascii()
             and (place.kind == "country" or place.country not in _ARAB_COUNTRIES)}
    return {sound: next(iter(alike)) for sound, alike in towns.items()
            if len(alike) == 1 and len(sound) >= _MIN_SOUND_LETTERS and sound not in taken
            and zipf_frequency(sound, "en") < _COMMON_ENGLISH_ZIPF}


def fuzzy_lookup(name: str) -> Place | None:
    """An Arabic place name one edit from ``name`` and from no other name."""
    key = normalize(name)
    exact, arabic = _table()
    if key in exact:
        return exact[key]
    stem = without_article(key, shortest=1)
    if len(stem) < _MIN_FUZZY_LETTERS or not "\u0600" <= key[0] <= "\u06ff":
        return None
    close = process.extract(key, list(arabic), scorer=OSA.distance,
                            score_cutoff=1, limit=3)
    # A misspelling seldom touches the first letter: «فينيا» is Vienna, not
    # Kenya («كينيا») or Guinea («غينيا»), which are as close; «السيح» is not
    # «السيب» (Seeb): the article does not count.
    places = {arabic[match] for match, _distance, _ in close
              if len(without_article(match, shortest=1)) >= _MIN_FUZZY_LETTERS
              and without_article(match, shortest=1)[0] == stem[0]}
    return places.pop() if len(places) == 1 else None


MAX_PLACE_WORDS = 3


def cities_named(words: list[str]) -> set[str]:
    """The names of the cities that folded words (as :func:`normalize.tokens` gives them)
    name, a prefix such as «ب» dropped («بلندن»)."""
    return {place.name for place in _places_named(words) if place.kind == "city"}


def countries_named(words: list[str], *, nisbas: bool = True) -> set[str]:
    """The names of the countries that folded words name, by name or, in Arabic and with
    ``nisbas``, by nisba («اليونان», «اليونانيين», «لليونان»: Greece)."""
    return {place.name for place in _places_named(words, nisbas=nisbas) if place.kind == "country"}


def _places_named(words: list[str], *, nisbas: bool = False) -> list[Place]:
    """The places folded words name, longest names first; with ``nisbas``, the countries of
    Arabic nisbas too."""
    exact = _table()[0]
    words = [_with_article(word) for word in words]
    found = []
    k = 0
    while k < len(words):
        size = min(MAX_PLACE_WORDS, len(words) - k)
        while size > 1 and " ".join(words[k:k + size]) not in exact:
            size -= 1
        place = exact.get(" ".join(words[k:k + size])) if size > 1 else \
            exact.get(words[k]) or exact.get(strip_prefix(words[k])) or (
                demonym(strip_prefix(words[k])) if nisbas and _arabic_script(words[k]) else None)
        if place is not None:
            found.append(place)
        k += size if place is not None else 1
    return found


def _with_article(word: str) -> str:
    """A folded word after «ل» with the article back: «للهند», «وللمملكة» are «ل» + «الهند»,
    «المملكة», whose alef the «ل» drops."""
    bare = without_conjunction(word)
    return "ال" + bare[2:] if bare.startswith("لل") and len(bare) > 4 else word


# Nisba adjectives whose country the stem does not give away.
_DEMONYM_STEMS = {
    "امريك": "US", "اميرك": "US", "بريطان": "GB", "روس": "RU", "فرنس": "FR", "الман": "DE",
    "ايران": "IR", "ترك": "TR", "صين": "CN", "يابان": "JP", "اسرائيل": "IL", "فلسطين": "PS",
    "سور": "SY", "امارات": "AE", "استرال": "AU", "هند": "IN", "باكستان": "PK", "ايطال": "IT",
    "اسبان": "ES", "كند": "CA", "شيشان": "RU", "كرد": "IQ", "سعود": "SA",
}


_POINTS = {"الجنوبي": "الجنوبيه", "الجنوبيه": "الجنوبيه", "الشمالي": "الشماليه",
           "الشماليه": "الشماليه"}


def the_kingdom(word: str, following: str) -> tuple[Place, int] | None:
    """«وقعت المملكة ...», «مع أي دولتين وقعت المملكة»: Saudi news calls Saudi Arabia
    «المملكة» (not «المملكة المتحدة», «المملكة المغربية»); folded words, and the word after."""
    if strip_prefix(normalize(word)) != "المملكه":
        return None
    following = normalize(following)
    if following == "المتحده" or demonym(following) is not None:
        return None
    return lookup("Saudi Arabia"), 1


@lru_cache(maxsize=65536)  # asked of every word of every sentence at ingest
def demonym(word: str, following: str = "") -> Place | None:
    """The country an Arabic nisba names: «المصري» → Egypt, «الأمريكي» → United States;
    with the word after it, «الكوري الجنوبي» → South Korea."""
    point = _POINTS.get(normalize(following))
    if point is not None:
        stem = normalize(word).removeprefix("ال").removesuffix("ه").removesuffix("ي")
        for candidate in (stem + "يا " + point, stem + "ا " + point):
            place = _table()[0].get(candidate)
            if place is not None and place.kind == "country":
                return place
    key = normalize(word)
    if key.startswith("ال"):
        key = key[2:]
    for suffix in ("يين", "يون", "يه", "ي"):
        if key.endswith(suffix) and len(key) > len(suffix) + 1:
            stem = key[: -len(suffix)]
            break
    else:
        return None
    if stem in _DEMONYM_STEMS:
        code = _DEMONYM_STEMS[stem]
        return Place(country_name(code), code, "country")
    for candidate in (stem, "ال" + stem, stem + "ا", stem + "يا"):
        place = _table()[0].get(candidate)
        if place is not None and place.kind == "country":
            return place
    return None


def find_in(words: list[str], *, fuzzy: bool) -> tuple[Place, int] | None:
    """The place that the first words of ``words`` name, and how many words it takes."""
    for size in range(min(MAX_PLACE_WORDS, len(words)), 0, -1):
        phrase = " ".join(words[:size])
        place = fuzzy_lookup(phrase) if fuzzy and size == 1 else lookup(phrase)
        if place is not None:
            return place, size
    return None
