"""Meeting vocabulary in Arabic and English, grouped into concepts.

A question asks about a *concept* (meeting, agreement, visit ...) that the
article may express with another word or in the other language: «من التقى
العلوي؟» is answered by «خلال لقاء الدكتورة غادة والي», and "Who did he meet?"
by the same Arabic sentence. Each group lists surface forms; they are reduced
with the same stemmer as the index, so a group matches every inflection the
stemmer folds together. Groups are deliberately narrow (no generic words such
as «بحث», which also means "research"), since a too-wide concept would make
every paragraph look relevant.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .normalize import index_terms, normalize

CONCEPTS: dict[str, tuple[str, ...]] = {
    "meet": (
        "التقى", "يلتقي", "التقت", "لقاء", "اللقاء", "لقائه", "لقائها", "اجتمع", "اجتمعت",
        "يجتمع", "اجتماع", "الاجتماع", "اجتماعا", "استقبل", "استقبلت", "يستقبل", "استقبال",
        "مباحثات", "محادثات", "المباحثات", "المحادثات", "لقائهما", "قمة", "met", "meet", "meets",
        "meeting", "meetings", "talks",
        "hosted", "summit",
    ),
    # Not «زار»: the stemmer folds it together with «وزارة» (ministry).
    "visit": ("زيارة", "يزور", "زيارته", "visit", "visited", "visits", "visiting"),
    "agree": (
        "اتفق", "اتفقا", "اتفاق", "اتفاقية", "الاتفاقية", "اتفاقيات", "وقع", "وقعت", "توقيع",
        "agreed", "agree", "agreement", "accord", "pact", "signed", "sign", "signing",
        "memorandum",
    ),
    "look_forward": ("تطلع", "يتطلع", "تطلعا", "تطلعه"),
    "discuss": ("ناقش", "ناقشا", "مناقشة", "تطرق", "تطرقا", "discussed", "discuss", "discussion"),
    "call": ("اتصال", "اتصالا", "هاتفي", "هاتفيا", "phoned", "telephone"),
}


@lru_cache(maxsize=1)
def _stem_to_concept() -> dict[str, str]:
    table: dict[str, str] = {}
    for concept, forms in CONCEPTS.items():
        for form in forms:
            for term in index_terms(form):
                table.setdefault(term, concept)
    return table


def units(terms: list[str] | set[str]) -> frozenset[str]:
    """What terms say, for measuring coverage: meeting words become their concept."""
    table = _stem_to_concept()
    return frozenset(f"concept:{table[t]}" if t in table else t for t in terms)


# «وقعت مذبحة», «وقع حادث»: a massacre, an accident happened; no one signed («وقع», to sign,
# is written alike). Folded text.
_A_HAPPENING = re.compile(r"(?<!\w)[وف]?[يت]?وقع(?:ت)?(?= (?:ال)?(?:حادث|انفجار|هجوم|زلزال|تصادم|اصطدام"
                          r"|اشتباك|اعتداء|حريق|انهيار|قتال|معارك|مواجهات|مذبح|مجزر|جريم|كارث"
                          r"|تفجير|فيضان|غرق)\w*)")


def without_happenings(text: str) -> str:
    """``text`` folded (:func:`normalize`), without the «وقع» of a happening, which is no
    signing («في أي عام وقعت مذبحة سربرينيتشا؟»)."""
    return _A_HAPPENING.sub(" ", normalize(text))


def expand(terms: list[str]) -> list[str]:
    """``terms`` plus the terms of each concept they express, in the same script.

    Only same-script synonyms are added: lexical search cannot match across
    scripts anyway, and English "met" added to an Arabic question would only
    pull in unrelated English paragraphs.
    """
    table = _stem_to_concept()
    wanted = {(table[t], _is_arabic(t)) for t in terms if t in table}
    extra = [t for t, concept in table.items()
             if (concept, _is_arabic(t)) in wanted and t not in terms]
    return list(terms) + extra


def _is_arabic(term: str) -> bool:
    return bool(term) and "\u0600" <= term[0] <= "\u06ff"
