"""Dates written in news text: Gregorian and Hijri, Arabic and English, and "yesterday".

Saudi wire copy opens with a dateline such as «الرياض 25 شوال 1436 هـ الموافق
10 اغسطس 2015 م واس»; the Gregorian half is taken when present, and a Hijri
date alone is converted with ``hijridate`` (the Umm al-Qura calendar Saudi
Arabia uses). A date without a year takes the article's year; «أمس»,
"yesterday" and "last night" count back from the article date, «غداً» and "tomorrow" forward.
Results are ISO dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from hijridate import Hijri

from .normalize import fold_with_offsets, normalize

_GREGORIAN_AR = {
    "يناير": 1, "كانون الثاني": 1, "فبراير": 2, "شباط": 2, "مارس": 3, "اذار": 3,
    "ابريل": 4, "نيسان": 4, "مايو": 5, "ايار": 5, "يونيو": 6, "حزيران": 6,
    "يوليو": 7, "تموز": 7, "اغسطس": 8, "اب": 8, "سبتمبر": 9, "ايلول": 9,
    "اكتوبر": 10, "تشرين الاول": 10, "نوفمبر": 11, "تشرين الثاني": 11,
    "ديسمبر": 12, "كانون الاول": 12,
}
_HIJRI = {
    "محرم": 1, "صفر": 2, "ربيع الاول": 3, "ربيع الاخر": 4, "ربيع الثاني": 4,
    "جمادي الاولي": 5, "جمادي الاخره": 6, "جمادي الثانيه": 6, "رجب": 7, "شعبان": 8,
    "رمضان": 9, "شوال": 10, "ذو القعده": 11, "ذي القعده": 11, "ذو الحجه": 12, "ذي الحجه": 12,
}
_ENGLISH = {name: number for number, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")], start=1) for name in names}
_WEEKDAYS = {  # Monday is 0
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4,
    "السبت": 5, "الاحد": 6,
}


def weekday_named(text: str) -> int | None:
    """The weekday a text names («يوم الثلاثاء», "on Tuesday"; Monday is 0), or ``None``."""
    found = re.search(_WEEKDAY_NAME, fold_with_offsets(text)[0])
    return _WEEKDAYS[found[1]] if found else None


def weekdays_named(text: str) -> set[int]:
    """Every weekday a text names ("on Sunday ... described Friday's meeting")."""
    return {_WEEKDAYS[name] for name in re.findall(_WEEKDAY_NAME, fold_with_offsets(text)[0])}


def _alternation(names) -> str:
    return "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))


_WEEKDAY_NAME = re.compile(rf"(?<!\w)({_alternation(_WEEKDAYS)})(?!\w)")


_DAY_MONTH_YEAR_AR = re.compile(
    rf"(?<!\d)(\d{{1,2}})\s+(?:من\s+)?({_alternation(_GREGORIAN_AR)})(?:\s+(\d{{4}}))?(?!\w)")
_HIJRI_DATE = re.compile(
    rf"(?<!\d)(\d{{1,2}})\s+({_alternation(_HIJRI)})\s+(\d{{4}})(?!\d)")
_DAY_MONTH_YEAR_EN = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_alternation(_ENGLISH)})\.?(?:,?\s+(\d{{4}}))?\b")
_MONTH_DAY_YEAR_EN = re.compile(
    rf"\b({_alternation(_ENGLISH)})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?")
_RELATIVE = re.compile(r"(?<!\w)(امس|البارحه|اليوم|yesterday|last night|today|tonight|غدا|tomorrow)(?!\w)")
_WEEKDAY = re.compile(
    rf"(?<!\w)(?:(?:يوم|اليوم|امس)\s+(?=\S)|on\s+|last\s+|(غدا|غد|tomorrow)[\s,،]+)?"
    rf"({_alternation(_WEEKDAYS)})(?!\w)(?:\s+(المقبل|القادم|الماضي))?")


@dataclass(frozen=True)
class FoundDate:
    """A date in a text: ISO value and the character span of its words."""

    iso: str
    start: int
    end: int
    how: str  # "gregorian", "hijri", "relative"


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str, article_date: str | None = None, *, ahead: bool = False) -> list[FoundDate]:
    """Dates written in ``text``, in order; spans index ``text`` itself. A weekday alone is
    the last such day up to the article's date, or with ``ahead`` (the text speaks of what
    will happen: «من المقرر أن توقع ... الخميس») the next one from it; «الخميس المقبل»
    and «الخميس الماضي» say which themselves."""
    folded, where = fold_with_offsets(text)
    article = _parse_iso(article_date)
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []

    def add(value: date | None, start: int, end: int, how: str) -> None:
        if value is None or any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        found.append(FoundDate(value.isoformat(), where[start], where[end - 1] + 1, how))

    for match in _DAY_MONTH_YEAR_AR.finditer(folded):
        year = int(match[3]) if match[3] else (article.year if article else None)
        if year:
            add(_make(year, _GREGORIAN_AR[match[2]], int(match[1])), *match.span(), "gregorian")
    for pattern, day_group, month_group in ((_DAY_MONTH_YEAR_EN, 1, 2), (_MONTH_DAY_YEAR_EN, 2, 1)):
        for match in pattern.finditer(folded):
            year = int(match[3]) if match[3] else (article.year if article else None)
            if year:
                add(_make(year, _ENGLISH[match[month_group]], int(match[day_group])),
                    *match.span(), "gregorian")
    for match in _HIJRI_DATE.finditer(folded):
        try:
            value = Hijri(int(match[3]), _HIJRI[match[2]], int(match[1])).to_gregorian()
        except (ValueError, OverflowError):
            value = None
        add(value, *match.span(), "hijri")
    if article is not None:
        # A named weekday first: «اليوم الثلاثاء» is the Tuesday, not the paper's date.
        for match in _WEEKDAY.finditer(folded):
            if match[2] in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                            "sunday") and match.group(0) == match[2]:
                continue  # an English weekday needs "on"/"last"
            back = (article.weekday() - _WEEKDAYS[match[2]]) % 7
            if match[1]:  # «غداً الخميس»: that weekday nearest the day after the paper's date
                back = min(back - 7, back, key=lambda days: abs(days + 1))
            elif match[3] in ("المقبل", "القادم") or ahead and match[3] is None and back \
                    and not match.group(0).startswith(("امس", "اليوم", "last")):
                back -= 7  # (not «أمس الثلاثاء», «اليوم الأربعاء»: the days they name)
            add(article - timedelta(days=back), *match.span(), "relative")
        for match in _RELATIVE.finditer(folded):
            back = {"اليوم": 0, "today": 0, "tonight": 0, "غدا": -1, "tomorrow": -1}.get(match[1], 1)
            add(article - timedelta(days=back), *match.span(), "relative")
    return sorted(found, key=lambda d: d.start)


# a time too vague for a date: a month, a year, "next week", «الأسبوع المقبل» (folded text; "may"
# only with a day or year, being a verb too)
_MONTHS_WRITTEN_OUT = [name for name in _ENGLISH
                       if len(name) > 4 and name != "march" or name in ("june", "july", "sept")]
_VAGUE_TIME = re.compile(
    rf"(?<!\w)(?:{_alternation(_MONTHS_WRITTEN_OUT)}"
    rf"|{_alternation(set(_GREGORIAN_AR) - {'اب'})}|{_alternation(_HIJRI)}"
    r"|(?:may|march)(?=,?\s+\d)|(?<=\d\s)(?:may|march)|1[89]\d\d|20\d\d"
    r"|(?:next|last|this|coming|past) (?:week|month|year|weekend)|ago"
    r"|(?:الاسبوع|الشهر|العام|السنه) (?:المقبل|القادم|الماضي|الجاري|الحالي)|نهايه الاسبوع)(?!\w)")
# a newswire's dateline: its date is the report's, not the event's ("WASHINGTON, March 4 -")
# (the city is its first group)
DATELINE = re.compile(r"^\W*([A-Z][A-Z .'-]+),\s+\w+\.?\s+\d{1,2}\s+-\s+")


def states_a_time(text: str) -> bool:
    """Whether a sentence says when something happens: a date, a weekday, «أمس», "April
    2008", "next week" (not only a dateline's date)."""
    body = DATELINE.sub("", text, count=1)
    return bool(find_dates(body, _ANY_DAY)) or bool(_VAGUE_TIME.search(fold_with_offsets(body)[0]))


_ANY_DAY = "2000-01-03"  # a reference day for relative dates (which one is not asked)

# what a Saudi wire dateline writes besides its place and dates (folded): «هـ», «م»,
# «الموافق», the agency
_DATELINE_WORDS = frozenset({"ه", "م", "الموافق", "لموافق", "واس"})
_DIGIT = re.compile(r"\d")


def only_a_dateline(text: str) -> bool:
    """Whether a paragraph or a sentence is only a wire dateline, a place and its dates
    («جنيف 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس»), which reports nothing."""
    # (asked of every sentence an answer may quote: without a digit, no date is written —
    # find_dates reads weekdays and «أمس» only from an article's date — and the slower
    # character-by-character folding is spared)
    if not _DIGIT.search(normalize(text)):
        return False
    found = find_dates(text)
    if not found:
        return False
    rest = text
    for written in reversed(found):
        rest = rest[:written.start] + " " + rest[written.end:]
    words = [word for word in re.findall(r"[^\W\d_]+", fold_with_offsets(rest)[0])
             if word not in _DATELINE_WORDS]
    return len(words) <= 2  # (the place: «مكة المكرمة»)


def _parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
