"""Extract meeting records from one document, in Arabic or English.

The work is done per document, not per sentence: a sentence that reports a
meeting («جاء ذلك خلال لقاء الدكتورة غادة والي», "He met ...") with one named
side takes the person the article is about (its first named person) as the
other; later sentences with «الجانبان» / "the two sides" add topics and
outcomes to the meeting they follow. People are found by :mod:`people`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from . import places
from .dates import find_dates
from .companies import companies
from .groups import group_side
from .meeting_records import Evidence, Fact, Meeting, Person
from .meeting_vocabulary import (
    ARABIC_WEEKDAYS, ARRIVAL_WORDS, BODY_NOUNS, ENGLISH_ANAPHORA, ENGLISH_OUTCOMES, ENGLISH_TOPICS,
    ENGLISH_TRIGGERS, POSTED_TITLES, QUOTE_MARKS, TIMES_OF_DAY, common_arabic_words, fold, honorific_words,
    folded_tables, is_title_head, is_trigger_word, phrase_pattern,
)
from .names import EPONYM_TITLES, name_keys, palace_city, romanize
from .normalize import ARABIC, strip_prefix
from .people import (
    Mention, capitalised, english_title, is_name_part, merge_mentions, people_named, same_person,
)
from .sentences import Sentence, sentences_of

EXTRACTOR_VERSION = 172


MAX_FACT_CHARS = 300


_TIME_BEFORE_EVENT = frozenset(fold(w) for w in ("بعد", "عقب", "قبل", "منذ"))
_SINCE_THE_SIGNING = re.compile(rf"(?<!\w)(?:{'|'.join(sorted(_TIME_BEFORE_EVENT))})\s+$")


def _kind_and_span(sentence: Sentence, language: str, skip: tuple[str, ...] = (), *,
                   relative: bool = False) -> tuple[str, int, int] | None:
    """The kind of meeting a sentence reports and the span of its cue (kinds in
    ``skip`` left out), or ``None``; with ``relative``, a cue in a relative clause counts
    («مذكرة التفاهم التي وقعها ...»)."""
    if language == ARABIC:
        for kind, phrases in _visit_last(folded_tables()["triggers"]):
            if kind in skip:
                continue
            for match in phrase_pattern(phrases, arabic=True).finditer(sentence.folded):
                if not relative and _RELATIVE_BEFORE.search(sentence.folded, 0, match.start()):
                    continue
                if kind == "reception" and _RECEIVED_THING_AR.match(sentence.folded, match.end()):
                    continue  # «استقبل مطار ... أول رحلة», «واستقبل الطائرة عند وصولها»
                if kind == "signing" and _SINCE_THE_SIGNING.search(sentence.folded, 0, match.start(1)):
                    continue  # «أول مسؤول غربي يزور إيران بعد توقيع الاتفاق النووي»: a time
                if _A_MATCH.match(sentence.folded, match.end(1)) and match.group(1).endswith("لقاء"):
                    continue  # «لقاء منتخب تيمور الشرقية», «لقاء السوبر»: a football match
                if kind == "signing" and match.group(1) in _OCCURRED and not any(
                        t.text == "مع" or any(stem in t.text for stem in _SIGNED_STEMS)
                        for t in sentence.tokens):
                    continue  # «إلا أن الطلاق وقع أيضا»: "occurred", nothing signed
                if _NEWS_OF.search(sentence.folded, 0, match.start(1)) and match.group(1).startswith("ال"):
                    continue  # «بتسريب خبر اللقاء»: a meeting reported elsewhere, not held here
                # «أن توقع»: the cue is the verb, «أن» only tells it from "expected"
                start = match.start(1) + (len("ان ") if match.group(1).startswith("ان ") else 0)
                return kind, start, match.end(1)
        signs = _SIGNS_AT_START.match(sentence.folded) if "signing" not in skip else None
        if signs is not None:
            return "signing", signs.start(1), signs.end(1)
        opening = _DISCUSSED_WITH_AR.match(sentence.folded)
        return ("talks", opening.start(1), opening.end(1)) if opening and "talks" not in skip else None
    found = _english_cue(sentence.folded, skip)
    if found is not None and not relative:
        # "after talks with Turkey's ambassador to Athens who arrived last night from a
        # meeting with ... Papandreou": the relative clause's meeting is the ambassador's
        clause = _RELATIVE_WHO.search(sentence.folded, 0, found[1])
        earlier = _english_cue(sentence.folded[:clause.start()], skip) if clause else None
        if earlier is not None:
            return earlier
    return found


# (folded English text up to a cue; no comma between: "Ozal, who met Papandreou, said")
_RELATIVE_WHO = re.compile(r"\b(?:who|whom)\b[^,;]*$")


def _english_cue(folded: str, skip: tuple[str, ...]) -> tuple[str, int, int] | None:
    """The kind and span of the first English cue of a (folded) sentence, as
    :func:`_kind_and_span` finds it."""
    for kind, phrases in _visit_last(ENGLISH_TRIGGERS):
        if kind in skip:
            continue
        for match in phrase_pattern(phrases, arabic=False).finditer(folded):
            if kind == "reception" and _receives_a_thing(folded, match.start(1), match.end(1)):
                continue  # "received a detailed proposal from Mr Glazer"
            if _NEGATED.search(folded, 0, match.start(1)):
                continue  # "While he did not meet with Jorge Cardenas, ..."
            if _URGED_TO.search(folded, max(0, match.start(1) - 80), match.start(1)):
                continue  # "he will advise Brazil to take up discussions with its ... creditors"
            if kind == "signing" and _SOUGHT.search(folded, max(0, match.start(1) - 30), match.start(1)):
                continue  # "to seek a memorandum of understanding between Britain and Japan"
            if kind == "signing" and _SIGNED_ALONE.match(folded, match.end(1)) \
                    and not _WITH_OR_BETWEEN.search(folded, match.end(1)):
                continue  # "They have signed a House of Commons motion": signers, no sides
            return kind, match.start(1), match.end(1)
    match = _DISCUSSED_WITH.search(folded) or _TALKS_WITH.search(folded)
    if match:
        return "talks", match.start(1), match.end(1)
    match = _MEETING_AWHILE_WITH.search(folded)
    if match is None or "meeting" in skip:
        return None
    cue = match.lastindex  # "met ... with" (group 1) or "meeting ... between" (2)
    return "meeting", match.start(cue), match.end(cue)


# «وقع», «وقعت»: "signed", or "occurred" when nothing signed is named
_OCCURRED = frozenset(fold(w) for w in ("وقع", "وقعت", "ووقع", "ووقعت"))
_SIGNED_STEMS = tuple(fold(w) for w in ("مذكر", "اتفاق", "عقد", "عقود", "بروتوكول", "معاهد", "ميثاق",
                                        "وثيق", "صفق"))
# «خبر اللقاء», «تفاصيل الاجتماع»: the news of a meeting (folded text before the cue)
_NEWS_OF = re.compile(r"(?<!\w)(?:خبر|نبا|انباء|اخبار|تفاصيل)\s+$")
# What follows «لقاء» when it is a match, not a meeting (folded text)
_A_MATCH = re.compile(r"\s+(?:منتخب|فريقي|السوبر|الديربي|مباراه)(?!\w)")
# «توقّع إدارة مطار ... يوم غد الخميس، عقد ...»: «توقع» opening a sentence signs when what
# is signed follows (no «أن» between: «توقع صندوق النقد أن ...» is "expected")
_SIGNS_AT_START = re.compile(r"^\W*((?:و)?توقع)\s+(?:(?!ان\s)\S+\s+){1,12}?"
                             r"(?:عقد|عقود|اتفاقي\w*|مذكر\w*)(?!\w)")


# «بحث الدكتور صالح ... رئيس مجلس إدارة الشركة السعودية للكهرباء مع رئيس ...»: a sentence
# that opens with "discussed" (or "reviewed", «استعرض ... مع ... العلاقات»), its subject's
# name and titles, then «مع» and the other side (not «وبحث الجانبان ...», «بحث اللقاء ...»);
# «كما بحث ...» ("also discussed") too
_DISCUSSED_WITH_AR = re.compile(r"^\W*(?:و?كما\s+)?((?:و)?(?:بحث|يبحث|ناقش|يناقش|تباحث|يتباحث|استعرض|"
                                r"يستعرض))\s+"
                                r"(?!(?:الجانبان|الطرفان|اللقاء|الاجتماع|المجتمعون|الوزير|الجانب)\b)"
                                r"(?:\S+\s+){1,24}?مع\s")


# "after meeting for about an hour with ...", "was meeting this afternoon with his top
# economic advisers": a few words between the cue and "with"
_MEETING_AWHILE_WITH = re.compile(r"\b(meeting|met)\b(?:\s+(?:for|this|about|an?|the|briefly|privately|"
                                  r"separately|again|later|earlier|today|yesterday|afternoon|morning|"
                                  r"evening|hour|hours|minutes|\d+)){1,5}\s+with\b"
                                  # "a meeting later this month between ...", "a meeting next week between"
                                  r"|\b(meeting)\b(?:\s+(?:later|earlier|this|next|last|week|month|year|"
                                  r"today|tomorrow|on|monday|tuesday|wednesday|thursday|friday|saturday|"
                                  r"sunday)){1,4}\s+between\b")


def reports_a_meeting(text: str, language: str) -> bool:
    """Whether a sentence has a cue of a meeting, visit, call, talks or signing, also in a
    relative clause («مذكرة التفاهم التي وقعها الدخيل والفالح» says that they signed it)."""
    sentence = sentences_of([(0, 0, text, [(0, len(text))])])[0]
    return _kind_and_span(sentence, language, relative=True) is not None


def _visit_last(triggers: dict) -> list:
    """The kinds in the order cues are tried, a visit last: «أجرى ... محادثات مع نظيره
    ... خلال زيارة ...» reports talks held during a visit."""
    return sorted(triggers.items(), key=lambda item: item[0] == "visit")


# «خالد العبيدي الذي يزور روسيا ... وقع الاتفاق»: a cue in a relative clause tells
# more about a person; the sentence reports what its main verb says
_RELATIVE_BEFORE = re.compile(r"(?<!\w)(?:الذي|التي|اللذين|اللتين|الذين)\s+$")
# An Arabic reception that receives no guest: an airport receiving a flight, a hospital
# its cases, the kingdom its first batch of pilgrims, a plane, a shipment, requests (folded).
_RECEIVED_THING_AR = re.compile(r"\s+(?:(?:مطار|ميناء|مستشفي|مستشفيات)(?!\w)|(?:[^\s]+\s+){0,3}?(?:ال)?"
                                r"(?:طايره|رحله|رحلات|شحنه|طلبات|بلاغات|حالات|فوج|افواج|قوافل|"
                                r"معتمر|معتمرين)(?!\w))")
# "had emphasised in talks this morning with Funaro"
_TALKS_WITH = re.compile(r"\b(talks)\b(?:\s+[\w-]+){1,3}?\s+with\b")


# What is received, not who: "received a detailed proposal", "A proposal was received by".
_THINGS_RECEIVED = (r"proposals?|offers?|letters?|messages?|bids?|reports?|awards?|approval|requests?|"
                    r"invitations?|payments?|orders?|loans?|aid|shipments?|complaints?|assurances?|"
                    r"support|backing|answers?|repl(?:y|ies)|responses?|funds?|funding|money|grants?|"
                    r"deliver(?:y|ies)|cargo(?:es)?|tenders?|news|information|cop(?:y|ies)|documents?|"
                    r"notes?|votes?|applications?|deposits?|credits?|prizes?|sums?|"
                    # "who received an honorary knighthood from the Queen"
                    r"knighthoods?|honou?rs?|fellowships?|medals?|degrees?|doctorates?|ovations?|"
                    # "welcomed his release", "welcomed the return of the four detainees"
                    r"releases?|returns?|decisions?|moves?|announcements?|steps?|initiatives?|"
                    r"treatment|verdicts?|rulings?|"
                    # "the ONS had received a written paper from the Treasury"
                    r"papers?|memos?|briefings?|dossiers?|submissions?|evidence|petitions?|warnings?|"
                    r"threats?|guarantees?|instructions?|"
                    # "Ken Clarke welcomed a relaxation of the rules"
                    r"relaxations?|changes?|reforms?|plans?|results?|agreements?|deals?|measures?|"
                    r"cuts?|rises?|increases?|efforts?|progress|figures?|statements?|commitments?|pledges?")
_RECEIVED_THING_AFTER = re.compile(rf"\W*(?:(?:a|an|the|its|his|her|their|this|that|some|new|\d[\w.,]*)\s+)?"
                                   rf"(?:[\w-]+\s+){{0,2}}?(?:{_THINGS_RECEIVED})\b")
_RECEIVED_FROM = re.compile(r"\s+from\b")
_RECEIVED_THING_BEFORE = re.compile(rf"\b(?:{_THINGS_RECEIVED})\s+(?:(?:was|were|had been|has been|have been|"
                                    rf"is|are|being)|"
                                    # "the support he had received", "the treatment they received"
                                    rf"(?:that\s+|which\s+)?(?:he|she|they|it|we|i|you)"
                                    rf"(?:\s+(?:had|has|have))?)\s+$")


def _receives_a_thing(folded: str, cue_start: int, cue_end: int) -> bool:
    """Whether a reception cue is about a thing received (an offer, a letter), not a guest
    ("the aid the country receives from its trade partner": a guest is received by someone)."""
    return bool(_RECEIVED_THING_AFTER.match(folded, cue_end) or _RECEIVED_FROM.match(folded, cue_end)
                or _RECEIVED_THING_BEFORE.search(folded[max(0, cue_start - 40):cue_start]))


_HE_AND = re.compile(r"\b(?:he|she) and\b")
# "three days before he is due to meet President Vladimir Putin": a pronoun right before the
# cue, in a clause of time
_HE_BEFORE_CUE = re.compile(r"\b(?:before|after|when|as|until|while)\s+(?:he|she)\s+(?:(?:is|was|will|would|"
                            r"also|then|has|had|due|to|expected|scheduled|set|plans|planned|going)\s+){0,4}$")
# «وكان في استقباله», «كان في استقبال فخامته»: whoever follows received him (folded text);
# «وكان في وداعه»: saw him off
# «فخامته», «سموه»: "his excellency", "his highness" ... naming someone just mentioned
_HONORIFIC_PRONOUNS = frozenset(fold(w) for w in ("سموه", "سموّه", "معاليه", "جلالته", "فخامته", "دولته"))
_RECEIVED_HIM = re.compile(r"(?:^|\s)و?كان[ت]?\s+(?:في\s+)?ب?"
                           r"(?:(?:استقبال|وداع)(?:ه|ها|هم|\s+(?:%s)))(?!\w)"
                           % "|".join(sorted(_HONORIFIC_PRONOUNS)))
# («حيث كان باستقباله الرئيس كينياتا»: «ب» for «في»)
# («كان في استقبال سمو ولي العهد ...»: an honorific, then the title)
_HONORIFICS_BEFORE_A_TITLE = ("سمو", "معالي", "فخامة", "جلالة", "دولة")
_RECEIVING_TITLED = re.compile(r"(?:^|\s)و?كان[ت]?\s+(?:في\s+)?ب?(?:استقبال|وداع)\s+(?:(?:%s)\s+)?(\w+)"
                               % "|".join(sorted(fold(w) for w in _HONORIFICS_BEFORE_A_TITLE)))


def _received_him(sentence: Sentence) -> tuple[int, int] | None:
    """The span of «وكان في استقباله ...», «... مراد، كان في استقبال الوزير»: a reception
    of the person the text speaks of, named by a pronoun or by a title alone."""
    found = _RECEIVED_HIM.search(sentence.folded)
    if found is None:
        found = _RECEIVING_TITLED.search(sentence.folded)
        heads = folded_tables()["title_heads"]
        if found is None or not (found.group(1).startswith("ال") and found.group(1)[2:] in heads
                                 or found.group(1) in heads and not found.group(1).startswith("ال")):
            return None
    return found.start(), found.end()


_IT_BEFORE_CUE = re.compile(r"\bit\s+(?:(?:has|had|have|also|will|would|has also)\s+)*$")
# What one side signs on its own: a motion, a petition, a bill into law, an order
_SIGNED_ALONE = re.compile(r"\s+(?:(?:a|an|the|into|his|her|its|their)\s+)?(?:[\w-]+\s+){0,3}?"
                           r"(?:motions?|petitions?|bills?|laws?|legislation|decrees?|orders?|autographs?)\b")
_WITH_OR_BETWEEN = re.compile(r"\b(?:with|between)\b")
_SOUGHT = re.compile(r"\b(?:seek|seeks|seeking|sought|want|wants|wanted|propose|proposes|proposed|"
                     r"hopes? for|negotiate|negotiating)\s+(?:an?\s+|the\s+)?$")
# "He held talks with ...", "The USDA secretary met this morning with ...": the subject
# "did not meet", "has never met", "won't hold talks": no meeting took place
_NEGATED = re.compile(r"(?:\bnot|\bnever|n't)\s+(?:\w+\s+)?$")
# "advise Brazil to take up discussions with ...", "urged Iran to hold talks": what someone
# else is asked to do, not a meeting
_URGED_TO = re.compile(r"\b(?:(?:advis|urg|encourag|persuad)(?:e|es|ed|ing)|press(?:es|ed|ing)"
                       r"|call(?:s|ed|ing)? on)\s+(?:[\w'.-]+\s+){1,4}?to\s+(?:[\w-]+\s+){0,3}$")
# "Yesterday, he held talks with ...": a time before the subject
_LEADING_TIME = r"(?:(?:yesterday|today|earlier|later)(?: today)?,\s*)?"
_PRONOUN_SUBJECT = re.compile(r"\W*" + _LEADING_TIME
                              + r"(?:he|she|the (?:[\w.-]+ ){0,3}(?:secretary|minister|president|"
                              r"premier|chancellor|chairman|governor|ambassador|envoy|leader|king|"
                              r"monarch|emir|sultan)\b)")
# Between such a subject and its verb: "The Saudi leader will hold talks with ..."
_AUXILIARIES = re.compile(r"\s*(?:(?:will|would|also|later|then|earlier|already|previously|is to|was to|"
                          r"has|have|had|is|was)\s+){0,3}")
# "had discussed Argentina's loan request with World Bank Vice-President David Knox"
_DISCUSSED_WITH = re.compile(r"\b(discuss(?:ed|es|ing)?)\b[^.;]{0,80}?\bwith\b")


# A sentence that opens by listing who attended: «حضر اللقاء ...», «وقد حضر المعايدة ...»,
# "Also present were ...".
# «حضر الاستقبال ...», «كما حضره من الجانب اللبناني ...», «فيما حضره ...», «حيث حضر اللقاء ...»,
# "Also present was ...";
# or who came with a side: «ورافق سموه ...», «ويتكون الوفد المرافق لسموه من ...»; or who
# led a side's delegation to it: «ورأس وفد المملكة العربية السعودية إلى أعمال الاجتماع ...»
_ATTENDANCE = re.compile(r"^\W*(?:(?:كما |فيما |وقد |قد |حيث )?و?(?:حضر|يحضر|حضره|حضرها|وحضر|رافق|رافقه|"
                         r"رافقها|(?:را?س|تراس|يراس|يتراس) وفد)(?!\w)"
                         r"|و?(?:يتكون|يتالف|ضم|يضم|تكون|تالف) الوفد المرافق"
                         r"|also (?:present|attending)\b)")


def _attendance(sentence: Sentence, language: str) -> bool:
    return bool(_ATTENDANCE.search(sentence.folded))


def _country_parties(sentence: Sentence, language: str, cue: int) -> list[Person]:
    """The countries that sign: named before the verb ("Nigeria and France have signed"),
    right after it («وقعت المملكة ...»), or after «مع»/"with" («... مع جمهورية ناميبيا»).
    The verb is the first cue word in Arabic, the cue (token ``cue``) in English ("In a
    sign of a thaw in relations between Egypt and Israel, the two countries have signed")."""
    parties: list[Person] = []
    tokens = sentence.tokens
    verb = next((k for k, t in enumerate(tokens) if is_trigger_word(t.text)), len(tokens)) \
        if language == ARABIC else cue
    i = 0
    last_end = None  # the token after the last party found past the verb
    while i < len(tokens):
        # «... مع جمهورية ناميبيا», "with the Middle Eastern sheikhdom of Qatar"
        reach = 3 if language == ARABIC else 6
        window = tokens[max(verb, i - reach):i]
        with_at = max((k for k, t in enumerate(window) if t.text in ("مع", "with")), default=None)
        # ("with Tanzania which could cost the UK pounds 1 billion": the UK is no side)
        after = i > verb and (i == verb + 1 or with_at is not None and not any(
            t.text in _CLAUSE_BREAKS for t in window[with_at:])
            # «مع كلٍ منْ جمهورية جيبوتي و جمهورية النيجر»: the list goes on
            or last_end is not None and last_end < i and all(
                t.text in _LIST_JOINS or strip_prefix(t.text) in _STATE_NOUNS for t in tokens[last_end:i]))
        if i == verb or i > verb and not after:
            i += 1
            continue
        words = [strip_prefix(tokens[k].text) if language == ARABIC else _us_or_word(sentence, k)
                 for k in range(i, min(i + places.MAX_PLACE_WORDS, len(tokens)))]
        hit = places.find_in(words, fuzzy=False) or places.the_kingdom(
            tokens[i].text, tokens[i + 1].text if i + 1 < len(tokens) else "")
        if hit and hit[0].kind == "country" and all(p.country != hit[0].name for p in parties):
            first, last = tokens[i], tokens[i + hit[1] - 1]
            # as an English report writes it ("the Soviet Union", not today's Russia; "US" is the
            # United States)
            name = hit[0].name if language == ARABIC or words[0] in _ABBREVIATED.values() \
                else sentence.original(first.start, last.end)
            parties.append(Person(name=name, latin=name, country=hit[0].name, role="party",
                                  evidence=sentence.evidence(first.start, last.end)))
            if i > verb:
                last_end = i + hit[1]
        i += hit[1] if hit else 1
    return parties


# a verb of meeting that opens a sentence, its subject after it: «تعقد», «اجتمعت», «ستلتقي»
_CONVENE = re.compile(r"^\W*[وف]?س?(?:تعقد|عقدت|تجتمع|اجتمعت|تلتقي|التقت)(?!\w)")


def _countries_convene(sentence: Sentence) -> bool:
    """Whether an Arabic sentence opens with a verb of meeting whose subject is a
    country: «تعقد الولايات المتحدة واليابان ... اجتماعا»."""
    tokens = sentence.tokens
    if not _CONVENE.match(sentence.folded) or len(tokens) < 2:
        return False
    hit = places.find_in([strip_prefix(t.text) for t in tokens[1:1 + places.MAX_PLACE_WORDS]], fuzzy=False)
    return bool(hit) and hit[0].kind == "country"


def _us_or_word(sentence: Sentence, index: int) -> str:
    """An English token as the gazetteer reads it: "US" in capitals is the United States
    (folded, it is the pronoun "us"), "U.K." the United Kingdom, when it names the country
    itself ("with the US,", "the U.S. and Japan", "the US has signed"), not a name's first
    word ("The U.S. Army") or what is American ("US oil giant Exxon")."""
    tokens = sentence.tokens
    token = tokens[index]
    country = _ABBREVIATED.get(sentence.text[token.start:token.end].rstrip("."))
    if country is None:
        return token.text
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    following = sentence.text[after.start:after.end] if after is not None else ""
    return country if not following[:1].isalpha() or following in _AFTER_A_SIDE else token.text


_US = "u.s."
_ABBREVIATED = {"US": _US, "U.S": _US, "U.K": "uk"}  # ("the U.S., Japan, ... and the U.K. -- ")
_AFTER_A_SIDE = frozenset("and has have had will would is was are were signed agreed".split())


_CLAUSE_BREAKS = frozenset({"which", "that", "who", "whose", ",", ";", "التي", "الذي"})
_LIST_JOINS = frozenset({"و", "،", ",", "and"})


def _signing_bodies(sentence: Sentence, verb: int,
                    signers: Sequence[int]) -> tuple[list[Person], Person | None]:
    """«وقعت الأكاديمية العربية للعلوم والتكنولوجيا والنقل البحري مذكرة تفاهم مع ...»,
    «وقع الصندوق السعودي للتنمية اتفاقية تعاون مع البنك السعودي البريطاني»: the bodies that
    sign, named right after the verb (before what they sign) and after «مع» (also after a
    person who signs, named between them at one of the token positions ``signers``: «وقع
    مدير الجامعة الدكتور ... اتفاقية تعاون مع جامعة أكسفورد»)."""
    tokens = sentence.tokens
    verb = _past_an_aside(tokens, verb)
    first = _body_at(sentence, verb + 1, _SIGNED_THINGS)
    openers = [first] if first is not None else []
    joined = _body_at(sentence, verb + 1, _JOINED_BODIES) if first is None else None
    if joined is not None:
        # «وقعت محافظة العاصمة وجامعة العلوم التطبيقية مؤخرا مذكرة تفاهم»: two bodies sign
        after_and = next(k for k in range(verb + 1, len(tokens)) if tokens[k].text in _JOINED_BODIES)
        second = _body_at(sentence, after_and, _SIGNED_THINGS)
        if second is not None:
            openers = [joined, second]
    # past what the bodies sign («عقد إنشاء وتشغيل مبنى الطيران الخاص مع ...»), or past the
    # signer's titles and name
    reach = next(k for k in range(verb, len(tokens)) if tokens[k].end >= openers[-1].evidence.end) + 14 \
        if openers else verb + 30
    after = next((k for k in range(verb + 1, min(reach, len(tokens))) if tokens[k].text == "مع"), None)
    if after is None or not openers and not any(verb < position < after for position in signers):
        return openers, None
    return openers, _body_at(sentence, after + 1, _BODY_ENDS)


def _past_an_aside(tokens, verb: int) -> int:
    """«وقعت، الأسبوع الماضي، صحيفة ...»: the last token of a short aside set off by commas
    right after the verb (or the verb itself)."""
    if verb + 1 < len(tokens) and tokens[verb + 1].text in ("،", ","):
        close = next((k for k in range(verb + 2, min(verb + 7, len(tokens)))
                      if tokens[k].text in ("،", ",")), None)
        if close is not None:
            return close
    return verb


def _body_at(sentence: Sentence, start: int, ends: frozenset[str]) -> Person | None:
    """A body's name of two to eight words from token ``start``, up to one of ``ends``; a
    name in quotes after the body's noun counts as one word («صحيفة "سبق" الإلكترونية»)."""
    tokens = sentence.tokens
    joined = start < len(tokens) and tokens[start].text in _JOINED_BODIES  # «وجامعة ...»: «و» is no part
    first = tokens[start].text[joined:] if start < len(tokens) else ""
    if not (first.startswith("ال") or first in BODY_NOUNS) or first in _SIGNED_THINGS | _NOT_BODIES \
            or strip_prefix(tokens[start].text) in folded_tables()["title_heads"] \
            or tokens[start].text in honorific_words() or places.lookup(tokens[start].text):
        return None
    end = start + joined
    while end < len(tokens) and end - start < 8 and tokens[end].text not in ends | _RECENTLY \
            and not _ends_a_body(tokens[end].text):
        if end == start + joined + 1 and first in BODY_NOUNS and tokens[end].text in QUOTE_MARKS:
            close = next((k for k in range(end + 1, min(end + 7, len(tokens)))
                          if tokens[k].text in QUOTE_MARKS), None)
            if close is None or close == end + 1:
                break
            end = close + 1
            continue
        if not re.fullmatch(r"[\u0621-\u064A]+", tokens[end].text):
            break
        end += 1
    last = end
    end = _past_when_and_where(tokens, end) if ends is _SIGNED_THINGS else end
    if end + 1 < len(tokens) and tokens[end].text in _RECENTLY and tokens[end + 1].text in ends:
        end += 1  # «... مؤخرا مذكرة تفاهم»
    if last - start < 2 or ends is not _BODY_ENDS and (end >= len(tokens) or tokens[end].text not in ends):
        return None
    name = sentence.original(tokens[start].start + joined, tokens[last - 1].end)
    # a side like a group: its common words («الهيئة», «الوطني», «للعلوم») key no one
    return Person(name=name, latin=romanize(name)[0], role="group",
                  evidence=sentence.evidence(tokens[start].start + joined, tokens[last - 1].end))


def _ends_a_body(word: str) -> bool:
    """«بالمملكة الأردنية», «بدولة قطر»: where the body is; «لتطوير التعاون»: what for;
    «وجامعة جدة»: the next body; «في الدمام الخميس»: where and when it signs."""
    return word.startswith("لت") or word in _BODY_VERBS or word.startswith("ب") and (
        word[1:] in _STATE_NOUNS or places.lookup(word[1:]) is not None) or word in _JOINED_BODIES \
        or word == "في" or word in ARABIC_WEEKDAYS


def _past_when_and_where(tokens, index: int) -> int:
    """The token after «في الدمام الخميس», «يوم الأحد»: the place and day a body signs,
    between its name and what it signs."""
    while index < len(tokens):
        word = tokens[index].text
        if word == "في" and index + 1 < len(tokens):
            following = tokens[index + 1:index + 1 + places.MAX_PLACE_WORDS]
            hit = places.find_in([strip_prefix(t.text) for t in following], fuzzy=False)
            if not hit:
                return index
            index += 1 + hit[1]
        elif word.startswith("ب") and places.lookup(word[1:]) is not None \
                or word in ARABIC_WEEKDAYS or word in _RECENTLY or word in _SIGNING_DAY_WORDS:
            index += 1  # «بالدمام يوم غد الخميس ،»
        else:
            return index
    return index


# «بالدمام يوم غد الخميس ، عقد ...»: the words of the day a body signs on, before what it signs
_SIGNING_DAY_WORDS = frozenset(fold(w) for w in (
    "يوم", "غد", "غدا", "غداً", "المقبل", "القادم", "الماضي", "،", ","))


# «مع وزارة الصحة يقوم بموجبها ...»: what the body does comes after its name
_BODY_VERBS = frozenset(fold(w) for w in ("يقوم", "تقوم", "يتم", "تهدف", "يهدف", "بموجبها", "بموجبه",
                                          "التي", "الذي", "لمدة", "وتشمل", "ويشمل", "تشمل", "يشمل"))


_STATE_NOUNS = frozenset(fold(w) for w in ("المملكة", "دولة", "جمهورية", "سلطنة", "الإمارات"))
# «مع الدول الأخرى», «مع الجهات المعنية»: others in general, no body
_NOT_BODIES = frozenset(fold(w) for w in ("الدول", "الجهات", "الجانب", "الشركات", "الجميع"))
# what is signed, and the words that end the name of a body that signs
_SIGNED_THINGS = frozenset(fold(w) for w in (
    "مذكرة", "اتفاقية", "اتفاقيات", "اتفاق", "اتفاقا", "عقد", "عقدا", "عقود", "بروتوكول", "مع",
    "مذكرتي", "مذكرتين", "مذكرات", "اتفاقيتي", "اتفاقيتين",
    "المذكرة", "الاتفاقية", "الاتفاقيات", "الاتفاق", "العقد", "العقود", "البروتوكول"))
# «وجامعة ...»: where the first of two bodies that sign ends
_JOINED_BODIES = frozenset("و" + noun for noun in BODY_NOUNS)
_RECENTLY = frozenset(fold(w) for w in ("مؤخرا", "مؤخراً", "أمس", "اليوم", "أخيرا"))
_BODY_ENDS = _SIGNED_THINGS | frozenset(fold(w) for w in (
    "يقدم", "تقدم", "في", "على", "من", "أمس", "اليوم", "يوم", "بحضور", "بقيمة", "لتقديم", "بهدف", "ل",
    "حول", "بشأن")) | ARABIC_WEEKDAYS


def _has_anaphora(sentence: Sentence, language: str) -> bool:
    if language == ARABIC:
        return bool(phrase_pattern(folded_tables()["anaphora"], arabic=True).search(sentence.folded))
    text = " " + sentence.folded + " "
    return any(" " + phrase in text for phrase in ENGLISH_ANAPHORA)


def _clause(sentence: Sentence, match: re.Match) -> str:
    """The sentence from a cue to its end, at most ``MAX_FACT_CHARS`` characters."""
    text = sentence.text[sentence.at(match.start(1)):sentence.end].strip()
    if len(text) > MAX_FACT_CHARS:
        cut = text.rfind(" ", 0, MAX_FACT_CHARS)
        text = text[:cut if cut > 0 else MAX_FACT_CHARS] + " …"
    return text


# "held talks with Tony Blair on Friday over government plans ...", "discussions with the
# premiers on the pace of free trade talks": what the talks were about (not "met ... over
# the weekend", "on Friday", "on the sidelines")
_TALKS_OVER = re.compile(
    r"\b(?:talks|discussions|met|meeting|spoke)\b[^.;]*?\s(over|on)\s+(?!(?:the\s+|a\s+|his\s+|her\s+|"
    r"their\s+)?(?:weekend|past|last|next|coming|years?|months?|days?|weeks?|night|dinner|lunch|"
    r"breakfast|phone|telephone|sidelines?|behalf|way|visit|tour|trip|arrival|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|today|tomorrow|yesterday)\b|\d)")


_AGREED_TO_MEET = re.compile(r"\s+to\s+(?:meet|hold\s+talks|visit|talk)\b")


def _facts(sentence: Sentence, language: str) -> tuple[list[Fact], list[Fact]]:
    """(topics, outcomes) stated in one sentence."""
    tables = folded_tables()
    arabic = language == ARABIC
    topic_phrases = tables["topics"] if arabic else ENGLISH_TOPICS
    outcome_table = tables["outcomes"] if arabic else ENGLISH_OUTCOMES
    topics, outcomes = [], []
    for kind, phrases in outcome_table.items():
        match = phrase_pattern(phrases, arabic=arabic).search(sentence.folded)
        if match and not arabic and _AGREED_TO_MEET.match(sentence.folded, match.end()):
            continue  # "has agreed to meet ... Oliver Tambo": the meeting itself, not its outcome
        if match and not re.search(r"\w", sentence.folded[match.end():]):
            continue  # "... five months after it was signed.": the cue ends the sentence, says nothing
        if match:
            outcomes.append(Fact(_clause(sentence, match), kind=kind, evidence=sentence.evidence()))
            break
    if not outcomes or outcomes[0].kind == "stressed":  # «وأكد ... خلال اللقاء دعم ...»: also a topic
        match = phrase_pattern(topic_phrases, arabic=arabic).search(sentence.folded) or (
            None if arabic else _TALKS_OVER.search(sentence.folded))
        # "... had been told not to discuss the proposals with the press" is no topic
        if match and not (not arabic and re.search(r"\bnot\s+$", sentence.folded[:match.start(1)])):
            topics.append(Fact(_clause(sentence, match), kind="topic", evidence=sentence.evidence()))
    return topics, outcomes


def _before_the_topic(place: Fact | None, topic: Fact, sentence: Sentence) -> bool:
    """Whether a sentence names a city before the topic it states."""
    said_at = sentence.text.find(topic.text.removesuffix(" …")[:MAX_FACT_CHARS // 4], sentence.start)
    return place is not None and place.kind == "city" and place.evidence is not None \
        and 0 <= place.evidence.end <= said_at


def _place_in(sentence: Sentence, language: str, named: Sequence[Mention] = (),
              kind: str = "") -> Fact | None:
    """The first city a sentence puts something in («في فينيا», "in Vienna"), else the
    first country; not a word of a name (in «باولو جينتيلوني» «اولو» is no Oulu)."""
    names = [m.person.evidence for m in named if m.person.evidence is not None]
    # «... في اجتماع ثلاثي لبحث ملفات الأوضاع في سوريا واليمن»: a country after the
    # purpose is what they discuss
    purpose = next((t.start for t in sentence.tokens if t.text in _PURPOSE_WORDS), sentence.end) \
        if language == ARABIC else sentence.end
    found = [f for f in _places_in(sentence, language, kind=kind, name_ends={n.end for n in names})
             if not any(f.evidence.start < n.end and n.start < f.evidence.end for n in names)
             and not (f.kind == "country" and f.evidence.start > purpose)]
    return next((f for f in found if f.kind == "city"),
                next((f for f in found if f.kind == "venue"), found[0] if found else None))


_THE_MEETING = tuple(fold(w) for w in ("اللقاء", "الاجتماع", "الاستقبال"))
_PURPOSE_WORDS = frozenset(fold(w) for w in ("لبحث", "لمناقشة", "لاستعراض", "بحث", "وبحث", "ناقش", "وناقش"))


# «في قصر اليمامة», «بقصر الحكم», «بقصر الصفا بمكة المكرمة»: a palace the news names
_VENUES = frozenset({"قصر", "بقصر", "فندق", "بفندق"})
_HOTELS = frozenset({"فندق", "بفندق"})
# «زار ... مستشفى الملك فهد المركزي بجازان», «في مستشفى عسير المركزي»: a hospital is where
# a visit was, or what «في» puts a meeting in (not «مذكرة ... لتشغيل مستشفى شرق جدة»)
_HOSPITALS = frozenset({"مستشفي", "بمستشفي"})
MAX_HOSPITAL_WORDS = 3
# words that end a hotel's name («بفندق ومارينا البيلسان، يوم ...»)
_AFTER_A_HOTEL = frozenset(fold(w) for w in ("في", "يوم", "أمس", "اليوم", "بحضور", "وذلك", "حيث", "مع",
                                             "على"))


def _venue(sentence: Sentence, index: int) -> Fact | None:
    """A palace, hotel or hospital and the city after it, as written: the text says where
    («قصر الصفا بمكة المكرمة»), the value is the city's English name ("" when the text
    names none)."""
    tokens = sentence.tokens
    end = (_hospital_name_end if tokens[index].text in _HOSPITALS else _palace_name_end)(tokens, index)
    if end == index + 1:
        return None
    city = None
    after = tokens[end].text if end < len(tokens) else ""
    if after.startswith("ب"):  # «بمكة المكرمة»
        words, skip = [after[1:], *(t.text for t in tokens[end + 1:end + places.MAX_PLACE_WORDS])], 0
    elif after == "في":  # «في مكة المكرمة»
        words, skip = [t.text for t in tokens[end + 1:end + 1 + places.MAX_PLACE_WORDS]], 1
    else:
        words, skip = [], 0
    found = places.find_in(words, fuzzy=False) if words else None
    if found and found[0].kind == "city":
        city = found[0]
        end += found[1] + skip
    elif end - index == 2 and palace_city(tokens[index + 1].text) is not None:
        city = places.lookup(palace_city(tokens[index + 1].text))  # «بقصر الحكم»: in Riyadh
    start = tokens[index].start + (1 if tokens[index].text in ("بقصر", "بفندق", "بمستشفي") else 0)
    return Fact(sentence.original(start, tokens[end - 1].end), value=city.name if city else "",
                kind="city" if city else "venue", evidence=sentence.evidence(start, tokens[end - 1].end))


def _palace_name_end(tokens, index: int) -> int:
    """Where the name of the palace or hotel at ``index`` ends."""
    end = index + 1
    hotel = tokens[index].text in _HOTELS  # a hotel's name need not take the article («فندق هيلتون»)
    while end < len(tokens) and end - index <= (3 if hotel else 2) and (
            tokens[end].text.startswith("ال") or hotel and re.match(r"[\u0621-\u064A]", tokens[end].text)
            and tokens[end].text not in _AFTER_A_HOTEL) \
            and tokens[end].text not in _DAY_WORDS and places.lookup(tokens[end].text) is None:
        end += 1
    return end


def _hospital_name_end(tokens, index: int) -> int:
    """Where the name of the hospital at ``index`` ends: words with the article that are
    no title or honorific («المركزي», not «الدكتور»), places («مستشفى عسير المركزي»), a bare
    first word («مستشفى ثادق»), or whom it is named after («مستشفى الملك فهد المركزي»)."""
    end = index + 1
    eponym = end < len(tokens) and tokens[end].text in EPONYM_TITLES
    end += eponym
    while end < len(tokens) and end - index <= MAX_HOSPITAL_WORDS + 2 * eponym:
        word = tokens[end].text
        if is_title_head(word) or word in honorific_words() or is_trigger_word(word) \
                or word in _DAY_WORDS or word in _AFTER_A_HOTEL \
                or word.startswith("ب") and places.lookup(word[1:]) is not None:
            break  # («... بجازان»: the city after the name)
        bare = (end == index + 1 or eponym and end - index <= 4) and not word.startswith("و") \
            and re.match(r"[\u0621-\u064A]", word) is not None
        if not (word.startswith("ال") or places.lookup(word) is not None or bare):
            break
        end += 1
    return end if end > index + 1 + eponym else index + 1


# Seats of government English reports name instead of their city ("a lunch at the White
# House"), as (folded words, city)
_ENGLISH_VENUES = ((("the", "white", "house"), "Washington"), (("10", "downing", "street"), "London"),
                   (("downing", "street"), "London"), (("the", "kremlin"), "Moscow"),
                   (("the", "elysee", "palace"), "Paris"), (("the", "elysee"), "Paris"))


def _english_venue(sentence: Sentence, index: int) -> Fact | None:
    """"the White House", "10 Downing Street": the venue as written, in its city."""
    words = [t.text.lower() for t in sentence.tokens[index:index + 3]]
    for venue, city in _ENGLISH_VENUES:
        if tuple(words[:len(venue)]) == venue:
            place = places.lookup(city)
            first, last = sentence.tokens[index], sentence.tokens[index + len(venue) - 1]
            return Fact(sentence.original(first.start, last.end), value=place.name if place else city,
                        kind="city", evidence=sentence.evidence(first.start, last.end))
    return None


def _city_before(sentence: Sentence, index: int) -> Fact | None:
    """The city named just before «حيث» ("where"), past commas and the day."""
    tokens = sentence.tokens
    k = index - 1
    while k >= 0 and (tokens[k].text in ("،", ",") or tokens[k].text in _DAY_WORDS):
        k -= 1
    place = (places.lookup(tokens[k].text) or places.lookup(strip_prefix(tokens[k].text))) if k >= 0 else None
    if place is None or place.kind != "city":
        return None
    start = tokens[k].start
    return Fact(sentence.original(start, tokens[k].end), value=place.name, kind=place.kind,
                evidence=sentence.evidence(start, tokens[k].end))


_DAY_WORDS = TIMES_OF_DAY | {fold("الليلة")}


# «تشهد الدوحة اجتماعا», «استضافت الرياض»: the city where something happens, as subject
_HOSTING_VERBS = frozenset(fold(w) for w in (
    "شهدت", "تشهد", "شهد", "يشهد", "ستشهد", "سيشهد", "استضافت", "تستضيف", "ستستضيف", "استضاف", "يستضيف",
    "سيستضيف"))


# «تمنى ... أن يزور محافظة عدن», «لم يزر»: a visit wished for or denied, not made
_NOT_DONE = frozenset(fold(w) for w in ("أن", "ان", "لن", "لم", "عدم"))
# verbs whose object is the place visited: «يزور وزير الخارجية السعودي عادل الجبير موسكو»
_VISIT_VERBS = frozenset(fold(w) for w in ("زار", "زارت", "يزور", "تزور", "سيزور", "ستزور", "يزورون",
                                            "زاروا"))


def _visited(tokens, index: int, name_ends: set[int]) -> int | None:
    """Where the place a visit verb's object names stands: the first city or country after
    the verb that is not part of the visitor's title («زار مدير جوازات منطقة عسير اللواء
    ...»; but «يزور وزير الخارجية السعودي عادل الجبير موسكو», «الذي يزور العاصمة»)."""
    in_title = False
    for k in range(index + 1, min(index + 10, len(tokens))):
        word = tokens[k].text
        if not re.match(r"[\w\u0621-\u064A]", word) or is_trigger_word(word):
            return None
        if tokens[k - 1].end in name_ends:
            in_title = False  # the visitor's name ends their title
        if is_title_head(word):
            in_title = True
        elif not in_title and places.kind_of(word) is not None:
            return k
    return None


MAX_QUOTED_NAME_WORDS = 4  # «سعوديون في أمريكا»: longer quotes are what someone said


def _in_a_quoted_name(sentence: Sentence, at: int) -> bool:
    """Whether the character ``at`` of a sentence's text is inside a short «...» quote:
    the name of a group or paper, not a place where something happened."""
    opened = sentence.text.rfind("«", sentence.start, at)
    if opened < 0 or sentence.text.rfind("»", opened, at) >= 0:
        return False
    closed = sentence.text.find("»", at, sentence.end)
    return closed >= 0 and len(sentence.text[opened + 1:closed].split()) <= MAX_QUOTED_NAME_WORDS


def _places_in(sentence: Sentence, language: str, *, kind: str,
               name_ends: set[int] = frozenset()) -> list[Fact]:
    """Places a sentence names where something happens; ``name_ends``: where the names
    of its people end (a visitor's name ends the title a place may belong to)."""
    tokens = sentence.tokens
    visit = kind == "visit"
    facts = []
    for i, token in enumerate(tokens):
        word = token.text
        if language == ARABIC:
            if word == "في" and i + 1 < len(tokens) and tokens[i + 1].text in _PLACE_KINDS:
                continue
            if _in_a_quoted_name(sentence, token.start):
                continue  # «مجموعة «سعوديون في أمريكا»», «لـ«الرياض»»: a name, not where
            # «في مدينة السيح»: a kind of place after «في» is followed by its name; alone
            # («أمير منطقة مكة») it belongs to a title
            # «للعاصمة الإثيوبية أديس أبابا»: a visit to the capital is where it took place
            if word == "حيث":
                city = _city_before(sentence, i)  # «زار ... بكين، أمس، حيث التقى ...»
                if city is not None:
                    facts.append(city)
                continue
            if word in _VENUES or word in _HOSPITALS and (visit or word.startswith("ب")) \
                    or word == "في" and i + 1 < len(tokens) and tokens[i + 1].text in _VENUES | _HOSPITALS:
                venue = _venue(sentence, i + (word == "في"))
                if venue is not None:
                    facts.append(venue)
                continue
            # «في أحد فنادق العاصمة الكينية نيروبي»: a building of the capital with its name
            # («بمطار الجوف», «استقبل مطار الجوف أول رحلة»: the airport's city)
            preposition = word in ("في", "بمدينه", "بالعاصمه", "للعاصمه", "بمقر", "بمطار") \
                or word == "العاصمه" and i > 0 and tokens[i - 1].text in _BUILDINGS or (
                word in _PLACE_KINDS and i > 0 and tokens[i - 1].text == "في") or (
                word == "مطار" and i > 0 and tokens[i - 1].text in ("استقبل", "واستقبل"))
            at = i + 1  # where the place's name begins
            if preposition and at + 1 < len(tokens) and places.demonym(tokens[at].text) is not None:
                at += 1  # «في العاصمة القطرية الدوحة»: the city after its nisba
            elif preposition and word == "في" and at + 1 < len(tokens) and tokens[at].text in _BUILDINGS \
                    and places.kind_of(tokens[at + 1].text) == "city":
                at += 1  # «في مطار نيروبي الدولي»: the building's city
            # («في الوادي الصناعي»: a described valley; but «مطار نيروبي الدولي» is the airport's)
            candidates = [tokens[at].text] if preposition and at < len(tokens) and (
                tokens[at - 1].text in _BUILDINGS or not _described_town(tokens, at)) else []
            if word.startswith("ب") and len(word) >= 4 and not preposition:
                # «بالرياض»; a country here is usually a title's (but «بمصر الجديدة» names a
                # district of Cairo)
                following = [t.text for t in tokens[i + 1:i + places.MAX_PLACE_WORDS]] \
                    if places.kind_of(word[1:]) == "country" else []
                named = places.find_in([word[1:]] + following, fuzzy=False)
                if named is None or named[0].kind != "city" \
                        or _ends_a_title(tokens, i) or _described_town(tokens, i):
                    continue
                candidates = [word[1:]] + following[:named[1] - 1]
            elif word.startswith("ل") and len(word) >= 4 and i > 0 and (
                    strip_prefix(tokens[i - 1].text) in _VISIT_WORDS
                    or i > 1 and tokens[i - 1].text in _HONORIFIC_PRONOUNS
                    and strip_prefix(tokens[i - 2].text) in _VISIT_WORDS):
                candidates = [word[1:]]  # «بزيارة لموسكو», «زيارة سموه للأردن»: where the visit goes
            elif word in _VISIT_VERBS and (i == 0 or tokens[i - 1].text not in _NOT_DONE) \
                    and (at := _visited(tokens, i, name_ends)) is not None:
                preposition, candidates = True, [tokens[at].text]  # «يزور ... الجبير موسكو اليوم»
            elif word in _HOSTING_VERBS and i + 1 < len(tokens) \
                    and places.kind_of(tokens[i + 1].text) == "city":
                preposition, at = True, i + 1  # «أن تشهد الدوحة اليوم اجتماعا ثلاثيا»: the host city
                candidates = [tokens[at].text]
            elif word == "الي" and i > 0 and (tokens[i - 1].text in ARRIVAL_WORDS
                                              or strip_prefix(tokens[i - 1].text) in ARRIVAL_WORDS
                                              or i > 1 and tokens[i - 2].text == "خلال"
                                              and strip_prefix(tokens[i - 1].text) in _VISIT_WORDS):
                # «بعيد وصوله الى اربيل ... لقاء مع بارزاني», «التقى خلال زيارة إلى القاهرة
                # ب...»: there; «فور وصولهم إلى مطار الرياض»: the airport's city
                preposition, at = True, i + 1
                if at + 1 < len(tokens) and tokens[at].text in _BUILDINGS \
                        and places.kind_of(tokens[at + 1].text) == "city":
                    at += 1
                candidates = [tokens[at].text] if at < len(tokens) else []
            elif visit and word == "الي" and any(strip_prefix(t.text) in _VISIT_WORDS for t in tokens[:i]):
                # «بزيارة إلى المملكة الأردنية الهاشمية», «زيارة الأمير ... وزير الدفاع إلى الأردن»
                preposition, at = True, i + 1
                candidates = [tokens[at].text] if at < len(tokens) else []
            if not candidates:
                continue
            rest = [t.text for t in tokens[at + 1:at + places.MAX_PLACE_WORDS]]
            # Misspellings are looked up only after «في»: «بليدة» is not «بالخرج»; and not
            # for common words («في أندية الحي» is not Angers)
            found = places.find_in(candidates + (rest if preposition else []),
                                   fuzzy=preposition and candidates[0] not in common_arabic_words())
            offset = at - i if preposition else 0
        else:
            # "was to leave later today for Ottawa for trade talks": where the trip goes
            leaving_for = word == "for" and any(t.text in _DEPARTURE_WORDS for t in tokens[max(i - 3, 0):i])
            if not (word in ("in", "to", "at") or leaving_for) or i + 1 >= len(tokens):
                continue
            if word == "to" and kind == "signing":
                continue  # "signed a ... agreement that will channel ... aid to Ankara": whither
            if word == "to" and i > 0 and tokens[i - 1].text in _POSTED:
                continue  # "talks with Turkey's ambassador to Athens" in Ankara: his post
            if word == "to" and i > 0 and (tokens[i - 1].text in _TRAVEL_WORDS
                                           or not visit and tokens[i - 1].text in ("visit", "visits")
                                           # (but talks "during the visit to Bogota" were there)
                                           and not any(t.text == "during" for t in tokens[max(i - 3, 0):i])):
                continue  # "had flown to West Germany", talks "ahead of her visit to Moscow"
            venue = _english_venue(sentence, i + 1) if word in ("in", "at") else None
            if venue is not None:  # "at the White House"
                facts.append(venue)
                continue
            if not capitalised(sentence.text[tokens[i + 1].start:tokens[i + 1].end]):
                continue
            found = places.find_in([t.text for t in tokens[i + 1:i + 1 + places.MAX_PLACE_WORDS]],
                                   fuzzy=False)
            offset = 1
        if found and found[0].kind == "country" and word != "الي" and _after_title(tokens, i):
            continue  # «وزير الخارجية في المملكة العربية السعودية»: whose minister, not where
        if found and language == ARABIC and found[0].name == "Oman" and _names_jordan(tokens):
            found = (places.lookup("Amman") or found[0], found[1])  # «عمان» is Amman too
        if found:
            place, size = found
            first, last = tokens[i + offset], tokens[i + offset + size - 1]
            start = first.start + (1 if offset == 0 and language == ARABIC else 0)  # not «ب»
            facts.append(Fact(sentence.original(start, last.end), value=place.name,
                              kind=place.kind, evidence=sentence.evidence(start, last.end)))
    return facts


# "ambassador to Athens", "envoy to Moscow": where someone is posted, not where they meet
_POSTED = POSTED_TITLES | frozenset("ambassadors envoys representative delegate".split())


def _described_town(tokens, index: int) -> bool:
    """«بالمدينة الاقتصادية», «في الوادي الصناعي»: "the economic city", "the industrial
    valley", not Medina or El Oued (but «بالمنامة البحرينية» is Manama)."""
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    named = places.lookup(strip_prefix(tokens[index].text)) if index < len(tokens) else None
    return named is not None and named.kind == "city" and len(following) >= 5 \
        and following.startswith("ال") and following.endswith(("ي", "يه")) \
        and places.lookup(following) is None and places.demonym(following) is None  # (not «إلى»)


_PLACE_KINDS = frozenset({"مدينه", "محافظه", "منطقه", "العاصمه"})
_BUILDINGS = frozenset(fold(w) for w in ("فنادق", "فندق", "مقر", "مطار", "قصر"))
_VISIT_WORDS = frozenset({"زياره", "زيارته", "زيارتها", "زيارتهم"})
_WIRE_DATELINE = re.compile(r"^([A-Z][A-Z .'-]{2,30}), ([A-Z][a-z]+\.? \d{1,2}) - ")


def _names_jordan(tokens) -> bool:
    """«بحث وزير الخارجية الأردني ... في عمان»: Jordan, whose capital Amman is spelled as
    Oman is («عمّان» without its mark)."""
    return any(getattr(places.lookup(strip_prefix(t.text)) or places.demonym(strip_prefix(t.text)),
                       "country", None) == "JO" for t in tokens)


def _ends_a_title(tokens, index: int) -> bool:
    """«رئيس المجلس البلدي بتبوك», «مدير التعليم بالمخواه»: a city that ends a title (its
    head, then words with the article), where the office is, not where anyone met."""
    for k in range(index - 1, max(index - 4, -1), -1):
        if is_title_head(tokens[k].text):
            return True
        if not tokens[k].text.startswith("ال"):
            return False
    return False


def _after_title(tokens, index: int) -> bool:
    return any(k >= 0 and is_title_head(tokens[k].text) for k in (index - 1, index - 2))


def _dateline(sentences: list[Sentence], article_date: str | None) -> tuple[Fact | None, Fact | None]:
    """(place, date) of a wire dateline: a short first paragraph «الرياض 25 شوال 1436 هـ ...»."""
    if not sentences or sentences[0].paragraph != 0:
        return None, None
    first = sentences[0]
    wire = _WIRE_DATELINE.match(first.text)  # "PARIS, March 27 - Nigeria and France ..."
    if wire:
        place = places.lookup(wire.group(1).title())
        found = find_dates(wire.group(2), article_date)
        evidence = Evidence(first.paragraph, first.window, 0, wire.end(2))
        return (Fact(wire.group(1), value=place.name, kind=place.kind, evidence=evidence)
                if place else None,
                Fact(wire.group(2), value=found[0].iso, kind="dateline", evidence=evidence)
                if found else None)
    if len(first.text) > 120:
        return None, None
    dates = find_dates(first.text, article_date)
    if not dates and not re.search(r"[–-]", first.text):
        return None, None
    date = None
    if dates:
        found = next((d for d in dates if d.how == "gregorian"), dates[0])
        date = Fact(first.text[found.start:found.end], value=found.iso, kind="dateline",
                    evidence=Evidence(first.paragraph, first.window, found.start, found.end))
    place = None
    for k in range(len(first.tokens)):  # «عين اليوم – الخرطوم», «الرياض 25 شوال ...»
        head = places.find_in([t.text for t in first.tokens[k:k + places.MAX_PLACE_WORDS]],
                              fuzzy=False)
        # a city; or a country opening the line, a city-state's («الكويت 25 شوال ...»)
        if head and (head[0].kind == "city" or k == 0 and head[0].kind == "country"):
            begin, token = first.tokens[k], first.tokens[k + head[1] - 1]
            place = Fact(first.text[begin.start:token.end], value=head[0].name, kind=head[0].kind,
                         evidence=Evidence(first.paragraph, first.window, begin.start, token.end))
            break
    return place, date


@dataclass
class _Draft:
    """A meeting while its document is read."""

    kind: str
    people: list[Person]
    sentence: Sentence
    topics: list[Fact] = field(default_factory=list)
    outcomes: list[Fact] = field(default_factory=list)
    place: Fact | None = None
    date: Fact | None = None
    attendees: list[Person] = field(default_factory=list)

    def has(self, person: Person) -> bool:
        return any(same_person(person, p) for p in self.people)

    def add(self, person: Person) -> None:
        if not self.has(person):
            self.people.append(person)

    def attend(self, people: list[Person]) -> None:
        """People present who are not sides; a side named again is not one of them."""
        for person in people:
            if not self.has(person) and all(not same_person(person, p) for p in self.attendees):
                self.attendees.append(person)


def prepare() -> None:
    """Load the extractor's word lists (name index, word frequencies, cue tables) now,
    rather than inside the first document's write."""
    folded_tables()
    common_arabic_words()
    is_name_part("محمد")


def extract_meetings(
    doc_id: str,
    title: str,
    language: str,
    windows: Sequence[tuple[int, int, str, Sequence[tuple[int, int]]]],
    *,
    article_date: str | None = None,
    url: str | None = None,
) -> list[Meeting]:
    """The meetings a document reports.

    ``windows`` are ``(paragraph, window, text, sentence spans)`` in reading
    order, as the store keeps them.
    """
    sentences = sentences_of(windows)
    # («ورأس وفد المملكة ... نيابة عن خادم الحرمين الشريفين الملك سلمان ...»: the king was not there)
    mentions = [[m for m in named if not _on_behalf_of(sentence, m)]
                for sentence, named in zip(sentences, people_named(sentences, language))]
    everyone = _everyone(mentions)
    drafts: list[_Draft] = []
    current: _Draft | None = None
    # «قام الوزير ... بزيارة لمقر ...، يرافقه ...»: who came with a visitor attend the
    # meeting the next sentences report
    companions: list[Person] = []
    companions_at = -1
    # what sentences say before any side is named ("The heads ... have met in Mexico City")
    early = _Draft("", [], sentences[0]) if sentences else None
    # trips still to come: (sentence number, who travels, the city they will visit)
    trips: list[tuple[int, list[Person], Fact]] = []
    for number, (sentence, sentence_mentions) in enumerate(zip(sentences, mentions)):
        trigger = _kind_and_span(sentence, language)
        coming = _FUTURE_VISIT.search(sentence.folded) if language != ARABIC else None
        city = _place_visited(sentence, coming.end()) if coming is not None else None
        if city is not None and city.kind == "city":
            # "Michael Armacost will visit Tokyo next week for meetings with ...": who goes where
            travellers = [_canonical(m.person, everyone) for m in sentence_mentions
                          if m.position < _cue_token(sentence, coming.start())]
            if travellers:
                trips.append((number, travellers, city))
        joined = False  # one more person joined the open meeting
        receiving = _received_him(sentence) if language == ARABIC else None
        if receiving is not None:
            trigger = ("meeting", *receiving)
        if trigger is not None and language != ARABIC and trigger[0] in ("talks", "meeting") \
                and _with_a_country(sentence, trigger[1]) \
                and all(m.position < _cue_token(sentence, trigger[1]) for m in sentence_mentions):
            # "both he and trade representative Clayton Yeutter were disappointed at the
            # outcome of talks with Japan": one side, whose talks were with a country
            trigger = None
        present: list[Person] = []
        # the group the sentence names as a side, if any (it depends on the sentence alone)
        group = group_side(sentence, language, sentences[:number]) if trigger is not None else None
        named_here = sentence_mentions
        if trigger is not None and language != ARABIC:
            sentence_mentions = _english_sides(sentence, sentence_mentions, trigger[1])
        elif trigger is not None:
            sentence_mentions = _before_a_description(sentence, sentence_mentions, trigger[1])
            sentence_mentions = _before_another_event(sentence, _not_the_leaders(
                sentence, _not_the_speaker(sentence, _during_his(sentence, _not_named_for(
                    sentence, sentence_mentions), trigger[1]), trigger[1])), trigger[1])
            # «استقبل ... المهنئين ... بحضور الأمير منصور بن محمد»: the prince attended, he
            # was no side
            sentence_mentions, in_presence = _split_at(sentence, sentence_mentions, _IN_PRESENCE,
                                                       after=_cue_token(sentence, trigger[1]))
            # «استقبل ... الشمري في مكتبه، فريق "سفراء الحزم" المكون من مشرف التوجيه ... مسفر
            # آل هاشل»: the group's members are there, the group is the other side
            sentence_mentions, members = _split_at(sentence, sentence_mentions, _MADE_UP_OF,
                                                   after=_cue_token(sentence, trigger[1])) \
                if group is not None else (sentence_mentions, [])
            # «استقبل ... مديري الجهات ...، الذين قدموا لتهنئة وكيل المحافظة ماجد العساف»: whom
            # those received came to see is no side
            sentence_mentions, _ = _split_at(sentence, sentence_mentions, _WHO_CAME,
                                             after=_cue_token(sentence, trigger[1]))
            # «يستقبل ... خالد الفيصل ... المعزين في وفاة الأمير سعود بن فيصل»: who died is no
            # side (nor when the host is named by a title alone: «أمير مكة المكرمة يستقبل ...»)
            died = _word_past_cue(sentence, trigger[1], _DEATH_OF)
            if died is not None:
                sentence_mentions = [m for m in sentence_mentions if m.position < died]
            # «في زيارة أولى للمدينة منذ تحريرها من ... والمخلوع علي عبد الله صالح»: "since" tells
            # of an earlier event, whose people are no sides
            since = _word_past_cue(sentence, trigger[1], _SINCE, unless=_a_time_from)
            if since is not None and any(m.position < since for m in sentence_mentions):
                sentence_mentions = [m for m in sentence_mentions if m.position < since]
            # «صدرت موافقة خادم الحرمين الشريفين ... على قيام ... السديس بزيارة ...»: who
            # approved the visit is no side
            undertaking = _undertaking_before(sentence, trigger)
            if undertaking is not None:
                sentence_mentions = [m for m in sentence_mentions if m.position > undertaking]
            # «زار أمين منطقة عسير ... رجال الأمن المصابين ...، يرافقه رئيس المجلس البلدي ...»:
            # who came with the visitor attended (a side after all when no other is named)
            sentence_mentions, with_them = _companions(sentence, sentence_mentions, trigger[1])
            if with_them and not in_presence and group is None \
                    and _makes_a_visit(sentence, sentence_mentions, trigger):
                # «قام وزير الإسكان ... بزيارة لمقر مصلحة الجمارك، يرافقه ...»: the visitor and
                # his company, whom the meeting the next sentences report has attend
                companions = _distinct([_canonical(m.person, everyone) for m in with_them])
                companions_at, trigger, with_them = number, None, []
            present = _distinct([_canonical(m.person, everyone) for m in members + in_presence + with_them])
        elif language == ARABIC:
            _, with_them = _split_at(sentence, sentence_mentions, _ACCOMPANIED_BY)
            if with_them:
                companions = _distinct([_canonical(m.person, everyone) for m in with_them])
                companions_at = number
        named = _distinct([_canonical(m.person, everyone) for m in sentence_mentions])
        if trigger is not None and language == ARABIC \
                and all(m.position > _cue_token(sentence, trigger[1]) for m in sentence_mentions):
            # «وكان خادم الحرمين الشريفين قد استقبل ... الأمراء ... وسعد الحريري»: the king is
            # the host, not the first guest named
            king = _king_by_honorific(sentence, trigger[1], mentions[:number])
            if king is not None and all(not same_person(king, p) for p in named):
                named = [_canonical(king, everyone), *named]
        if trigger is not None and len(named) == 1 and sentence_mentions:
            named = _named_by_title(sentence, named[0], sentence_mentions[0].position, everyone)
        if trigger is not None and language != ARABIC and len(named) < 2 and _PAIR.match(sentence.folded):
            # "The pair met on the platform ... as Mr Mallon toured the region"
            pair = _last_two(mentions[:number], everyone)
            named = pair + [p for p in named if all(not same_person(p, q) for q in pair)] if pair else named
        if trigger is not None and language != ARABIC and everyone:
            named = _with_pronoun_subject(
                sentence, named, everyone[0], trigger[1], _last_subject(mentions[:number], everyone),
                named_first=any(m.position < _cue_token(sentence, trigger[1]) for m in sentence_mentions))
        if receiving is not None:
            # «وصل الرئيس الشيشاني ... وكان في استقباله بمطار ... محمد بن مصطفى سيف، ومدير
            # ...»: those named were there to receive the person the text speaks of
            guest = _last_spoken_of(sentences[:number], mentions[:number], everyone) \
                or (everyone[0] if everyone else None)
            if guest is not None and named and all(not same_person(guest, p) for p in named):
                named = [guest, *named]
            # «وكان في استقباله سمو وزير الدفاع، ومعالي رئيس هيئة الأركان ...»: a host
            # named by a title the article gave one person
            named += [p for p in _called_by_title(sentence, receiving[1], everyone, named)
                      if all(not same_person(p, q) for q in named)]
        if _attendance(sentence, language):
            # «حضر الاستقبال ...» lists who attended the open meeting, not another meeting
            trigger = None
            if current is not None:
                current.attend(named)
        opening = _DISCUSSED_WITH_AR.match(sentence.folded) if language == ARABIC else None
        if trigger is not None and opening is not None and trigger[1] == opening.start(1) \
                and len(named) == 1 and not present \
                and all(m.position < _cue_token(sentence, opening.end() - 3) for m in sentence_mentions) \
                and group is None:
            # «كما بحث ... خالد العطية مع مساعدة وزير الخارجية الأمريكي ...، آن باترسون»:
            # talks with someone not recognised, not with the open meeting's people
            trigger = None
        # "Rikanovic yesterday met World Bank ... officials in Washington": he met a group,
        # not (or not only) the open meeting's people
        meets_a_group = trigger is not None and len(named) == 1 and language != ARABIC \
            and all(m.position < _cue_token(sentence, trigger[1]) for m in sentence_mentions) \
            and group is not None
        traveller = _trip_of(sentence, sentence_mentions, trigger) if language == ARABIC else None
        if traveller is not None:
            # «... أحرج الرئيس بشار الأسد ...، مطالبين بانتظار ما ستسفر عنه زيارة الجبير إلى
            # موسكو»: the trip of the one named after «زيارة», no meeting of the others
            named = [_canonical(traveller.person, everyone)]
            if current is None or not current.has(named[0]):
                trigger = None  # («واعتبر زيارة مملوك للسعودية لم تتم ...»: a trip, reported as such)
        if trigger is not None and current is not None and len(named) == 1 and not _elsewhere(
                current, sentence, language, mentions[number], trigger[0]) and not meets_a_group and not (
                # "Reagan's invitation to ... Gorbachev to visit the United States": a trip
                trigger[0] == "visit" and _visits_a_place(sentence, trigger[2])
                and _kind_and_span(sentence, language, skip=("visit",)) is None):
            # one more person at the open meeting («خلال لقائه الأمير ...»), unless
            # named far from the cue («خلال اللقاء ... وفقاً لتوجيهات الملك سلمان»); the
            # sentence may say where it was («جرت مراسم توقيع الاتفاقيات، في جنيف ...»)
            if _near_cue(sentence, sentence_mentions, trigger[1], current.kind) \
                    and not _makes_a_visit(sentence, sentence_mentions, trigger):
                # («وتطرقت محادثات كارتر في أربيل ...»: a side's meeting again, which may say where)
                again = language == ARABIC and current.has(named[0])
                current.add(named[0])
                if current.kind == "meeting" and trigger[0] == "reception" and same_person(
                        current.people[0], named[0]):
                    # «السديري خلال لقائه وفد جامعة جازان», then «استقبل ... السديري بمقر
                    # السفارة في أوتاوا وفداً من جامعة جازان»: the report says what it was
                    current.kind = "reception"
                joined = again or _kind_and_span(sentence, language,
                                                 skip=_OTHER_KINDS[current.kind]) is not None
                trigger = None
            elif not _another_kind_met(sentence, trigger, current.kind, language):
                trigger = None
        if trigger is not None and trigger[0] in ("meeting", "talks") and not named and current is None \
                and language == ARABIC and _countries_convene(sentence):
            # «تعقد الولايات المتحدة واليابان وعشر دول أخرى ... اجتماعا غدا»: countries meet
            parties = _country_parties(sentence, language, _cue_token(sentence, trigger[1]))
            named = parties if len(parties) >= 2 else named
        if trigger is not None and trigger[0] == "signing" and len(named) < 2 and current is None:
            named = [*named, *_country_parties(sentence, language, _cue_token(sentence, trigger[1]))]
            if language == ARABIC and len(named) < 2:
                openers, partner = _signing_bodies(sentence, _cue_token(sentence, trigger[1]),
                                                   [m.position for m in sentence_mentions])
                named = [*openers, *named]
                if partner is not None and (len(named) < 2 or len(openers) == 2):
                    named = [*named, partner]  # («وقعت جامعة ... وجامعة ... اتفاقية مع وزارة ...»)
        # ("Mexican officials, led by Finance Minister Gustavo Petricioli, signed a ... loan with
        # the Inter-American Development Bank": one person signs with a body)
        # ("Stephen Schechter, a UK investment banker who has held talks with Borussia Dortmund":
        # one person holds talks with a body, unless a body is the subject: "Mr Varley declined
        # to be drawn on reports that Barclays had held merger talks with US bank Wells Fargo")
        if trigger is not None and trigger[0] in ("signing", "talks") and current is None \
                and language != ARABIC and (not sentence_mentions or len(named) == 1 and (
                    trigger[0] == "signing"
                    or sentence_mentions[0].position < _cue_token(sentence, trigger[1]))):
            cue = _cue_token(sentence, trigger[1])
            bodies = [p for p in companies(sentence, cue, everyone)
                      if all(p.name != other.name for other in named)]
            if sentence_mentions and trigger[0] == "talks" and (
                    any(p.evidence.start < sentence.tokens[cue].start for p in bodies)
                    # ("the bank's participation in future credit talks with the IMF": no one
                    # held these talks)
                    or not sentence.folded.startswith(("held", "hold"), trigger[1])):
                bodies = []
            named = [*named, *bodies]
        if trigger is not None and (len(named) == 1 and (current is None or not current.has(named[0])
                                                         or meets_a_group)
                                    or _they_met(sentence, sentence_mentions, trigger, language)):
            # "meetings with the 10 premiers", «لقاء ... مع الوفد الدولي»; «... السلفي،
            # ومدير عام المطار، حامد الغريبي، ... والتقوا بوفد شركة فلاي دبي»
            if group is not None:
                named = [*named, group]
        if present and len(named) < 2:
            named, present = [*named, *present], []  # «... بحضور X»: X is the other side after all
        if trigger is not None and trigger[0] == "visit" and _visits_a_place(sentence, trigger[2]) and (
                len(named) == 1 or all(m.position < _cue_token(sentence, trigger[1])
                                       for m in sentence_mentions)):
            # "Jack Straw is to visit Thailand", "Funaro and Gros last week visited
            # Washington": a trip, not a meeting (nor one between those who travel);
            # another cue may still report one ("after talks with Chancellor Helmut
            # Kohl ahead of her visit to Moscow")
            trigger = _kind_and_span(sentence, language, skip=("visit",))
        if trigger is not None and language == ARABIC and current is not None \
                and sentence.folded.startswith(_THE_MEETING, trigger[1]) \
                and any(current.has(p) for p in named):
            # «وفي بداية اللقاء رفع الدكتور الحجري تعازيه لخادم الحرمين الشريفين الملك سلمان»:
            # the open meeting, and someone it speaks of
            trigger = None
        if trigger is not None and language == ARABIC and len(named) == 1 \
                and _their_own_meeting(sentence, sentence_mentions, trigger[1]):
            trigger = None  # «ما قدمه مملوك ... خلال لقائه السياسيين السعوديين»: his, with no one named
        if trigger is not None and named:
            # "Last month, it signed a production agreement with ... Nissan Motor": "it" is
            # a company, not the article's first person
            subjects = [] if language != ARABIC and _IT_BEFORE_CUE.search(sentence.folded[:trigger[1]]) \
                else everyone
            if everyone and _left_out(everyone[0], named_here, sentence_mentions) \
                    and not _speaker_meets(sentence, trigger[1], language):
                # "Chief of Staff Howard Baker said President Reagan will meet the press": who
                # speaks of the meeting, named in this sentence and no side, is not its subject
                # here either (but «وقال ... إن لقاءه ...», «أعلن فابيوس انه ... سيلتقي»: his own)
                subjects = []
            opened = _opened(trigger[0], named, subjects, current, sentence, language)
            if opened is not None:
                if number - companions_at <= MAX_COMPANION_SENTENCES:
                    present += [p for p in companions if all(not same_person(p, n) for n in named)]
                opened.attend(present)
                companions = []
                drafts.append(opened)
                if receiving is not None and opened.place is None:
                    # «وكان في استقبالهم فور وصولهم إلى مطار الرياض»; or the city the sentence
                    # before says they arrived in («وكان ... قد وصل الطائف»), not a country
                    # of a title («وقادة القوات المشاركة في تحالف دعم الشرعية في اليمن»)
                    here = _place_in(sentence, language, mentions[number], kind=trigger[0])
                    arrived = _city_arrived_at(sentences[number - 1], language) if number > 0 else None
                    opened.place = here if here is not None and here.kind == "city" else arrived or here
                # who received him on arrival: what follows is about the meeting he came to
                if receiving is None or current is None:
                    current = opened
        reader = current or (early if trigger is not None else None)
        if reader is None:
            continue
        topics, outcomes = _facts(sentence, language)
        reader.topics.extend(topics)
        reader.outcomes.extend(outcomes)
        if (reader.place is None or reader.place.kind == "country") and (
                sentence is reader.sentence or trigger is not None or joined):
            # "... in West Germany", then "a private meeting in Frankfurt": the city (not
            # «تناول اللقاء ... الأوضاع في فلسطين», a topic; but «سيلتقي ... في كوالالمبور لبحث
            # ...» names the city before what they will discuss)
            here = _place_in(sentence, language, mentions[number],
                             kind=trigger[0] if trigger else reader.kind)
            if sentence is reader.sentence or not topics or _before_the_topic(here, topics[0], sentence):
                reader.place = _narrower(reader.place, here)
        if current is not None and current.date is None and sentence is current.sentence:
            current.date = _date_in(sentence, article_date, mentions[number] if language != ARABIC else (),
                                    cue_at=trigger[1] if trigger is not None and language == ARABIC else None)
    if drafts and early is not None and not _ANOTHER_MATTER.match(drafts[0].sentence.folded):
        first = drafts[0]
        first.place = first.place or early.place
        first.topics[:0] = early.topics  # in reading order: said before the sides were named
        first.outcomes[:0] = early.outcomes
    numbers = {id(sentence): number for number, sentence in enumerate(sentences)}
    _on_the_trip(drafts, trips, numbers)
    if language == ARABIC:
        _in_the_city_just_named(drafts, numbers)
    dateline = _dateline(sentences, article_date)
    return [_finished(d, doc_id, title, language, url, article_date, dateline) for d in drafts]


# «من ناحية أخرى التقى ...», "Separately, ...": the sentence turns to another story, so
# what came before any side was named is not about its meeting (folded text)
_ANOTHER_MATTER = re.compile(r"\W*(?:و)?(?:من ناحيه اخري|من جهه اخري|في سياق اخر|علي صعيد اخر|في شان اخر"
                             r"|separately|in another development|elsewhere)(?!\w)")


NEAR_CUE_TOKENS = 8
MAX_COMPANION_SENTENCES = 2  # «..., يرافقه ...» then the meeting, within two sentences


def _with_pronoun_subject(sentence: Sentence, named: list[Person], subject: Person,
                          trigger_at: int, last: Person | None, *, named_first: bool) -> list[Person]:
    """English sides with the person a pronoun or an office stands for: "he and
    Economy Minister Juan Sourrouille had discussed ...", "He held talks with the
    envoy", "The Saudi leader will hold talks with Prime Minister Margaret Thatcher".
    An office is the article's ``subject``; "he" or "she" is the ``last`` person a
    sentence opened with ("Funaro said ... He had earlier met Volcker"), or that comes
    right before the cue with nobody named before it ("... three days before he is due to
    meet President Vladimir Putin"). ``named_first``: someone is named before the cue."""
    opening = _PRONOUN_SUBJECT.match(sentence.folded)
    he_and = _HE_AND.search(sentence.folded[:trigger_at]) or (
        not named_first and _HE_BEFORE_CUE.search(sentence.folded[:trigger_at])
        # (not "until he receives a decent pension")
        and sentence.folded.startswith(("meet", "met ", "hold", "held", "talk"), trigger_at))
    pronoun = bool(opening) and bool(re.match(r"\W*" + _LEADING_TIME + r"(?:he|she)\b", sentence.folded))
    if he_and or pronoun:
        subject = last or subject
    if any(same_person(subject, p) for p in named):
        return named
    # "She had flown to West Germany from talks with President Francois Mitterrand":
    # nobody named before the cue, and nobody reported to have said it
    reported = any(w in _REPORTING_VERBS for w in re.findall(r"[a-z]+", sentence.folded[:trigger_at]))
    if he_and or opening and (not named or _opens_with_a_cue(sentence.folded, opening.end())
                              or pronoun and not reported and not named_first):
        return [subject, *named]
    return named


def _left_out(person: Person, named_here: list[Mention], sides: list[Mention]) -> bool:
    """Whether a sentence names a person and leaves them out of its meeting's sides."""
    return any(same_person(person, m.person) for m in named_here) \
        and not any(same_person(person, m.person) for m in sides)


_OWNERS = frozenset({"his", "her", "their"})
_THAT_HE = frozenset(fold(w) for w in ("أنه", "أنها", "بأنه", "بأنها", "إنه", "إنها"))


def _speaker_meets(sentence: Sentence, cue_at: int, language: str) -> bool:
    """Whether the meeting a sentence reports is its speaker's own: the meeting word says
    whose it is («لقاءه», "his talks"), or the speaker says "that he" («انه سيلتقي»)."""
    cue = _cue_token(sentence, cue_at)
    tokens = sentence.tokens
    if language == ARABIC:  # (as written: folding makes «زيارة» «زياره»)
        written = sentence.original(tokens[cue].start, tokens[cue].end)
        return written.endswith(("ه", "ها", "هما")) or any(t.text in _THAT_HE for t in tokens[:cue])
    return cue > 0 and tokens[cue - 1].text in _OWNERS


def _they_met(sentence: Sentence, mentions: list[Mention], trigger: tuple[str, int, int],
              language: str) -> bool:
    """Whether the people named before a plural cue («التقوا») are one side; in English,
    any people named before the cue ("Ms Jamieson and First Minister Jack McConnell met
    supporters' representatives": a group, found by the caller, is the other)."""
    cue = sentence.folded[trigger[1]:trigger[2]]
    plural = cue.endswith(("وا", "يا")) or language != ARABIC
    return (trigger[0] == "meeting" and len(mentions) >= 2 and plural
            and all(m.position < _cue_token(sentence, trigger[1]) for m in mentions))


_PAIR = re.compile(r"\W*(?:the pair|the two men|the two women|both men|both women)\b")


def _last_two(earlier: list[list[Mention]], everyone: list[Person]) -> list[Person]:
    """The last two people named before: whom "the pair" or "the two men" stands for."""
    found: list[Person] = []
    for mentions in reversed(earlier):
        for mention in reversed(mentions):
            person = _canonical(mention.person, everyone)
            if all(not same_person(person, p) for p in found):
                found.insert(0, person)
            if len(found) == 2:
                return found
    return []


def _last_subject(earlier: list[list[Mention]], everyone: list[Person]) -> Person | None:
    """The person the nearest earlier sentence that names anyone names first."""
    for mentions in reversed(earlier):
        if mentions:
            return _canonical(mentions[0].person, everyone)
    return None


def _last_spoken_of(earlier: list[Sentence], mentions: list[list[Mention]],
                    everyone: list[Person]) -> Person | None:
    """The person the nearest earlier sentence speaks of: the first it names, or one
    it calls by a title of theirs alone («وكان سمو ولي عهد أبو ظبي قد وصل الطائف»
    after «... الشيخ محمد بن زايد آل نهيان ولي عهد أبو ظبي»)."""
    for sentence, named in zip(reversed(earlier), reversed(mentions)):
        if named:
            return _canonical(named[0].person, everyone)
        titled = next((p for p in everyone for title in p.titles
                       if len(title.split()) >= 2 and fold(title) in sentence.folded), None)
        if titled is not None:
            return titled
    return None


# «وكان ... قد وصل الطائف», «وقد غادر ... جدة مساء أمس»: arrived in, or left, a city
_ARRIVED_OR_LEFT = re.compile(r"(?<!\w)و?(?:وصل|وصلت|غادر|غادرت)(?!\w)")


def _city_arrived_at(sentence: Sentence, language: str) -> Fact | None:
    """The city a sentence says someone arrived in or left, where those who «كان في
    استقباله» or «في وداعه» met them."""
    verb = _ARRIVED_OR_LEFT.search(sentence.folded) if language == ARABIC else None
    if verb is None:
        return None
    tokens = sentence.tokens
    for k in range(_cue_token(sentence, verb.start()) + 1, len(tokens)):
        found = places.find_in([t.text for t in tokens[k:k + places.MAX_PLACE_WORDS]], fuzzy=False)
        if found is not None and found[0].kind == "city" and not _after_title(tokens, k):
            # (not «حاكم دبي», a title)
            last = tokens[k + found[1] - 1]
            return Fact(sentence.original(tokens[k].start, last.end), value=found[0].name, kind="city",
                        evidence=sentence.evidence(tokens[k].start, last.end))
    return None


_ON_BEHALF = frozenset({*(fold(w) for w in ("نيابة", "نيابةً")), "behalf"})


def _on_behalf_of(sentence: Sentence, mention: Mention) -> bool:
    """Whether a sentence names someone as whom another stands in for: «نيابة عن خادم
    الحرمين الشريفين الملك سلمان», "on behalf of King Salman"."""
    tokens = sentence.tokens
    for k in range(mention.position - 1, max(mention.position - 8, 0), -1):
        if tokens[k].text in ("عن", "of") and tokens[k - 1].text in _ON_BEHALF:
            return True
        if not re.match(r"[\w\u0621-\u064A]", tokens[k].text) or is_trigger_word(tokens[k].text):
            return False
    return False


_KING_HONORIFIC = fold("خادم الحرمين الشريفين")
_DEPUTY = fold("نائب")
_HONORIFIC_REACH = 40  # characters before a name in which its honorific stands


def _king_by_honorific(sentence: Sentence, cue_at: int, earlier: list[list[Mention]]) -> Person | None:
    """The king an earlier sentence named after «خادم الحرمين الشريفين», when that honorific
    alone comes before a sentence's meeting cue (not «نائب خادم الحرمين الشريفين», the
    viceroy)."""
    def the_king_s(text: str) -> bool:
        at = text.rfind(_KING_HONORIFIC)
        return at >= 0 and not text[:at].rstrip().endswith(_DEPUTY)

    if not the_king_s(sentence.folded[:cue_at]):
        return None
    for mentions in earlier:
        for mention in mentions:
            start = mention.person.evidence.start if mention.person.evidence is not None else 0
            if the_king_s(fold(mention.sentence.text[max(0, start - _HONORIFIC_REACH):start])):
                return mention.person
    return None


def _called_by_title(sentence: Sentence, after: int, everyone: list[Person],
                     named: list[Person]) -> list[Person]:
    """The people a sentence calls, after ``after``, by a title of two words or more
    that no one else in the article holds (nor is part of a title of one it names)."""
    holders: dict[str, list[Person]] = {}
    for person in everyone:
        for title in {fold(t) for t in person.titles if len(t.split()) >= 2}:
            holders.setdefault(title, []).append(person)
    named_titles = [fold(t) for p in named for t in p.titles]
    return [people[0] for title, people in holders.items()
            if len(people) == 1 and re.search(r"(?<!\w)" + re.escape(title) + r"(?!\w)",
                                              sentence.folded[after:])
            and not any(title in other for other in named_titles)]


def _opens_with_a_cue(folded: str, at: int) -> bool:
    """Whether a meeting cue follows ``at``, auxiliaries aside ("will hold talks")."""
    verb = _AUXILIARIES.match(folded, at).end()
    return any(phrase_pattern(phrases, arabic=False).match(folded, verb)
               for phrases in ENGLISH_TRIGGERS.values())


def _visits_a_place(sentence: Sentence, cue_end: int) -> bool:
    """Whether the words right after a visit cue name a place ("visit Thailand",
    «زيارة إلى بغداد»), not a person."""
    return _place_visited(sentence, cue_end) is not None


def _place_visited(sentence: Sentence, cue_end: int) -> Fact | None:
    """The place named right after a visit cue, as written."""
    tokens = sentence.tokens
    k = _cue_token(sentence, cue_end)
    while k < len(tokens) and strip_prefix(tokens[k].text) in ("to", "the", "إلى", "الى", "الي"):
        k += 1
    found = places.find_in([strip_prefix(t.text) for t in tokens[k:k + places.MAX_PLACE_WORDS]], fuzzy=False)
    if found is None:
        return None
    place, size = found
    start, end = tokens[k].start, tokens[k + size - 1].end
    return Fact(sentence.original(start, end), value=place.name, kind=place.kind,
                evidence=sentence.evidence(start, end))


def _with_a_country(sentence: Sentence, cue_at: int) -> bool:
    """Whether a country follows the cue's "with" ("talks with Japan", "met with the
    Soviet Union"), and no title or name after it."""
    words = [t.text for t in sentence.tokens[_cue_token(sentence, cue_at):]]
    if "with" not in words[:3]:
        return False
    words = words[words.index("with") + 1:]
    if words[:1] == ["the"]:
        words = words[1:]
    found = places.find_in(words[:places.MAX_PLACE_WORDS], fuzzy=False)
    if found is None or found[0].kind != "country":
        return False
    after = words[found[1]:found[1] + 1]
    return not after or after[0] in _AFTER_A_COUNTRY


# Words after "talks with Japan" that end the phrase (not "Japan agriculture minister ...")
_AFTER_A_COUNTRY = frozenset({".", ",", ";", "on", "over", "about", "in", "and", "to", "for", "that",
                              "last", "this", "but", "which", "at"})


_WITH_ITS_OWNER = frozenset(fold(w) for w in ("لقائه", "لقائها", "اجتماعه", "اجتماعها", "استقباله",
                                                "استقبالها", "زيارته", "زيارتها"))


def _their_own_meeting(sentence: Sentence, mentions: list[Mention], cue_at: int) -> bool:
    """Whether the cue is a meeting noun whose pronoun is the one person the sentence names
    before it («قدمه مملوك ... خلال لقائه ...»): that person's meeting, not the article
    subject's with them."""
    cue = _cue_token(sentence, cue_at)
    word = sentence.tokens[cue].text if cue < len(sentence.tokens) else ""
    return (word in _WITH_ITS_OWNER or strip_prefix(word) in _WITH_ITS_OWNER) \
        and any(m.position < cue for m in mentions)


def _trip_of(sentence: Sentence, mentions: list[Mention],
             trigger: tuple[str, int, int] | None) -> Mention | None:
    """The person named right after an Arabic visit noun when a place follows them
    («زيارة الجبير إلى موسكو», «رحب حزب ... بزيارة الأمير محمد بن سلمان ... لمصر»), else
    ``None``."""
    if trigger is None or trigger[0] != "visit" \
            or not sentence.folded.startswith(("زياره", "بزياره"), trigger[1]):
        return None
    tokens = sentence.tokens
    after = _cue_token(sentence, trigger[1]) + 1
    # (past an honorific: «بزيارة الأمير محمد بن سلمان»)
    traveller = next((m for m in mentions if after <= m.position <= after + 2 and all(
        t.text in honorific_words() for t in tokens[after:m.position])), None)
    if traveller is None or traveller.person.evidence is None:
        return None
    ends = traveller.person.evidence.end
    past = next((k for k in range(after, len(tokens)) if tokens[k].start >= ends), len(tokens))
    # (the place may come after the traveller's title: «... محمد بن سلمان ولي ولي العهد
    # السعودى ووزير الدفاع لمصر»)
    for k in range(past, min(past + MAX_TITLE_TOKENS, len(tokens))):
        word = tokens[k].text
        if not re.match(r"\w", word):
            return None
        if word == "الي":  # «إلى», folded
            words = [t.text for t in tokens[k + 1:k + 1 + places.MAX_PLACE_WORDS]]
        elif word.startswith("ل") and len(word) >= 4:  # «زيارة مملوك للسعودية»
            words = ["ال" + word[2:] if word.startswith("لل") else word[1:]]
        else:
            continue
        return traveller if places.find_in(words, fuzzy=False) else None
    return None


MAX_TITLE_TOKENS = 8


# «قيام» ("the making of"): «على قيام الشيخ ... بزيارة»
_UNDERTAKING = frozenset(fold(w) for w in ("قيام", "بقيام", "لقيام"))


def _a_visit_made(sentence: Sentence, trigger: tuple[str, int, int]) -> bool:
    """Whether an Arabic sentence's cue is «بزيارة» («قام ... بزيارة», "made a visit")."""
    return trigger[0] == "visit" and sentence.folded.startswith("بزياره", trigger[1])


def _undertaking_before(sentence: Sentence, trigger: tuple[str, int, int]) -> int | None:
    """The token of «قيام» before an Arabic «بزيارة», whose visitor it names next."""
    if not _a_visit_made(sentence, trigger):
        return None
    cue = _cue_token(sentence, trigger[1])
    return next((k for k in range(cue - 1, -1, -1) if sentence.tokens[k].text in _UNDERTAKING), None)


def _makes_a_visit(sentence: Sentence, mentions: list[Mention], trigger: tuple[str, int, int]) -> bool:
    """«ويقوم غابريال بزيارة تستمر ثلاثة ايام»: whoever is named before «بزيارة» is
    making a visit of their own."""
    return _a_visit_made(sentence, trigger) and all(m.position < _cue_token(sentence, trigger[1])
                                                     for m in mentions)


def _cue_token(sentence: Sentence, cue_at: int) -> int:
    """The index of the token where a cue found in the folded sentence begins."""
    start = sentence.at(cue_at)
    return next((k for k, t in enumerate(sentence.tokens) if t.start >= start), len(sentence.tokens))


def _another_kind_met(sentence: Sentence, trigger: tuple[str, int, int], kind: str, language: str) -> bool:
    """Whether an Arabic sentence's verb reports another meeting than the open one, of
    another kind: the visit to the wounded, then «والتقى في نهاية الزيارة المشرف العام على
    مستشفى عسير المركزي الدكتور ...» (not «خلال اللقاء ...», the open meeting again)."""
    return language == ARABIC and trigger[0] == "meeting" and kind != "meeting" \
        and sentence.folded[trigger[1]:trigger[2]] in _MET_VERBS


_MET_VERBS = frozenset(fold(w) for w in ("التقى", "التقت", "اجتمع", "اجتمعت"))


def _near_cue(sentence: Sentence, mentions: list[Mention], cue_at: int, kind: str) -> bool:
    """Whether someone is named near the cue, or near another Arabic cue word of the open
    meeting's ``kind`` («جرت مراسم توقيع الاتفاقيات، في جنيف ... و وقعها من جانب المملكة وزير
    العمل ...»)."""
    words = folded_tables()["triggers"][kind]
    cues = {_cue_token(sentence, cue_at)} | {k for k, t in enumerate(sentence.tokens)
                                              if t.text in words or strip_prefix(t.text) in words}
    return any(abs(m.position - cue) <= NEAR_CUE_TOKENS for m in mentions for cue in cues)


# for each kind of meeting, the others (to look for a cue of that kind alone)
_OTHER_KINDS = {kind: tuple(other for other in ENGLISH_TRIGGERS if other != kind)
                for kind in ENGLISH_TRIGGERS}


_REPORTING_VERBS = frozenset({"said", "says", "told", "added", "announced", "reported", "noted", "notes"})
# ... and those that are followed by what was said, not by whom it was said to ("at a dinner
# hosted by John Prescott he told Mr Brown"), unless that is an audience ("Clark told a
# press conference he was persuaded the Reagan administration ...")
_SAYING_VERBS = _REPORTING_VERBS - {"told"}
_AUDIENCES = frozenset("reporters journalists newsmen press news nation parliament mps delegates "
                       "conference audience radio television newspaper".split())


def _an_audience(tokens, k: int) -> bool:
    """Whether token ``k`` (past "a", "the") opens an audience: "reporters", "a news conference"."""
    if k < len(tokens) and tokens[k].text in ("a", "the"):
        k += 1
    return k < len(tokens) and tokens[k].text in _AUDIENCES


# Words before "to" that send someone elsewhere (the meeting was not there).
_TRAVEL_WORDS = frozenset("flown flew fly left leave return returned returning way headed heading "
                          "travel travelled traveled trip journey".split())
_DEPARTURE_WORDS = frozenset("leave leaves leaving left depart departs departed departing bound".split())
_APPOSITIVE_OPENERS = frozenset({"a", "an", "the", "who", "whose", "on", "one", "after"})


def _english_sides(sentence: Sentence, mentions: list[Mention], trigger_at: int) -> list[Mention]:
    """The mentions that can be sides of the meeting a sentence reports: not the
    speaker of "Spokesman Marlin Fitzwater said Reagan met ...", nor a person in an
    appositive before the verb ("Dumas, a close aide to President Mitterrand, met ...")."""
    tokens = sentence.tokens
    verb = _cue_token(sentence, trigger_at)
    said = [k for k in range(verb) if tokens[k].text in _REPORTING_VERBS]
    # "Gerasimov ... told reporters the agreement had been reached during a visit to
    # Moscow by Iran's Oil Minister Aqazadeh": the visitor comes after "by"
    by = next((k for k in range(verb + 1, min(len(tokens), verb + NEAR_CUE_TOKENS))
               if tokens[k].text == "by"), None)
    if said and any(said[-1] < m.position < verb or by is not None and m.position > by for m in mentions):
        mentions = [m for m in mentions if m.position > said[-1]]
    # "Dr Greenspan, who has been in the UK to attend the G7 meeting in London, said the
    # world ... owed to Smith": what a side says after the cue names no side
    says = next((k for k in range(verb + 1, len(tokens) - 1)
                 if tokens[k].text in _SAYING_VERBS and tokens[k + 1].text != "to"
                 or tokens[k].text == "told" and _an_audience(tokens, k + 1)), None)
    if says is not None and any(m.position < says for m in mentions):
        mentions = [m for m in mentions if m.position < says]
    # "after talks with Turkey's ambassador to Athens who arrived last night from a meeting
    # with Greek Prime Minister Andreas Papandreou": his own meeting's people are no sides
    clause = _WHO.search(sentence.folded, trigger_at)
    if clause is not None and _english_cue(sentence.folded[clause.end():], ()) is not None:
        mentions = [m for m in mentions if m.position < _cue_token(sentence, clause.start())]
    # "will visit Leicester South, where Lib Dem MP Parmjit Singh Gill overturned a big Labour
    # majority": who did something else at the place is no side ("Cairo, where he met ..." is)
    where = _WHERE_CLAUSE.search(sentence.folded, trigger_at)
    if where is not None and _english_cue(sentence.folded[where.end():], ()) is None:
        mentions = [m for m in mentions if m.position < _cue_token(sentence, where.start())]
    kept: list[Mention] = []
    for mention in mentions:
        if kept and mention.position < verb and _in_appositive(tokens, kept[-1].position,
                                                                mention.position, verb):
            continue
        if kept and mention.position > verb and _opens_a_time_clause(sentence, mention.position):
            continue  # "starts negotiations ... one year after President Corazon Aquino took power"
        kept.append(mention)
    return kept


_WHO = re.compile(r"\bwhom?\b")
_WHERE_CLAUSE = re.compile(r",\s*where\b")
_TIME_CONJUNCTIONS = frozenset("after since until before when while".split())
_MAX_TITLE_WORDS = 4


def _opens_a_time_clause(sentence: Sentence, position: int) -> bool:
    """Whether the name at ``position``, past its capitalised title, follows "after",
    "since" and the like: the subject of a clause of time, not a side."""
    k = position - 1
    while k >= 0 and position - k <= _MAX_TITLE_WORDS and capitalised(sentence.text[
            sentence.tokens[k].start:sentence.tokens[k].end]):
        k -= 1
    return k >= 0 and sentence.tokens[k].text.lower() in _TIME_CONJUNCTIONS


# «وصرح السفير حسام القاويش المتحدث الرسمي ... بأن المهندس إبراهيم محلب أكد خلال اللقاء»
# («أكدت نائبة رئيس الائتلاف ... أن زيارة ... وليد المعلم لطهران ...»: she made no visit)
_AR_REPORTING = frozenset(
    fold(conjunction + verb + ending) for conjunction in ("", "و") for ending in ("", "ت")  # «وقالت»
    for verb in ("صرح", "قال", "ذكر", "أوضح", "أفاد", "أعلن", "كشف", "أكد", "أشار"))
_AR_DESCRIBING = frozenset(fold(w) for w in ("وصف", "ووصف"))
_AR_THAT = frozenset(fold(w) for w in ("أن", "بأن", "إن", "ان", "بان"))


def _not_the_speaker(sentence: Sentence, mentions: list[Mention], trigger_at: int) -> list[Mention]:
    """The mentions of an Arabic sentence that can be sides of its meeting: not the
    speaker between a reporting verb and «أن», or the quotation, before the meeting
    word («وقال سفين دزيي، المتحدث ...: «عندما زار ...»»)."""
    tokens = sentence.tokens
    verb = _cue_token(sentence, trigger_at)
    said = next((k for k in range(verb) if tokens[k].text in _AR_REPORTING), None)
    that = next((k for k in range(said or 0, verb)
                 if tokens[k].text in _AR_THAT or tokens[k].text in _QUOTE_OPENERS), None)
    described = next((k for k in range(verb) if tokens[k].text in _AR_DESCRIBING), None)
    if described is not None and (said is None or that is None):
        # «وصف وزير الإعلام الأردني محمد المومني، زيارة الأمير محمد بن سلمان ... بـ«التاريخية»»:
        # who describes the visit did not make it
        said, that = described, verb
    if said is None or that is None:
        return mentions
    return [m for m in mentions if not said < m.position < that]


_QUOTE_OPENERS = frozenset({":", "«", '"', "“"})
LEADERS_SPAN = 16


_DURING = frozenset(fold(w) for w in ("خلال", "لدى", "أثناء", "اثناء", "عند"))
MAX_SUBJECT_TOKENS = 8


def _during_his(sentence: Sentence, mentions: list[Mention], trigger_at: int) -> list[Mention]:
    """«وأكدها الرئيس بوتين خلال استقباله لولي ولي العهد ... محمد بن سلمان»: the sides of
    «خلال استقباله» are who comes right before it and who comes after; people named
    earlier in the sentence («الزيارة التي سوف يقوم بها الملك سلمان ...») are not."""
    tokens = sentence.tokens
    cue = _cue_token(sentence, trigger_at)
    if cue == 0 or tokens[cue - 1].text not in _DURING or not tokens[cue].text.endswith(("ه", "ها")):
        return mentions
    before = [m for m in mentions if cue - 1 - MAX_SUBJECT_TOKENS <= m.position < cue - 1]
    if not before or not any(m.position > cue for m in mentions):
        return mentions
    return [before[-1], *(m for m in mentions if m.position > cue)]


def _done_by_another(tokens, k: int) -> bool:
    """«التي أجراها ...», «الذي قام به ...»: a relative clause whose verb may have its own
    subject, named after it (not «الزيارة التي يقوم بها إلى مملكة إسبانيا، مع ...»)."""
    if tokens[k].text not in ("التي", "الذي") or k + 2 >= len(tokens):
        return False
    verb = tokens[k + 1].text
    return len(verb) >= 4 and verb.endswith(("ها", "ه")) and not verb.startswith("ال") \
        or tokens[k + 2].text in ("بها", "به")


# What bears a person's name without them: «مبادرة الرئيس بوتين», «رؤية خادم الحرمين»
_NAMED_FOR = frozenset(fold(w) for w in ("مبادرة", "بمبادرة", "لمبادرة", "خطة", "بخطة", "لخطة", "رؤية",
                                         "جائزة", "بجائزة", "لجائزة"))


def _not_named_for(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The mentions of an Arabic sentence less those naming an initiative, a plan or a
    prize after a person («ما يسمى «مبادرة الرئيس بوتين»»), right after its noun or after
    one title or honorific."""
    tokens = sentence.tokens

    def named_for(position: int) -> bool:
        before = [t.text for t in tokens[max(0, position - 2):position]]
        return bool(before) and (before[-1] in _NAMED_FOR or len(before) == 2 and before[0] in _NAMED_FOR
                                 and (is_title_head(before[1]) or before[1] in honorific_words()))
    return [m for m in mentions if not named_for(m.position)]


# «وهو», «وهي»: "who is" (a clause describing the one just named)
_WHO_IS = frozenset(fold(w) for w in ("وهو", "وهي"))


def _before_a_description(sentence: Sentence, mentions: list[Mention], trigger_at: int) -> list[Mention]:
    """The mentions of an Arabic sentence up to a clause describing someone named past the
    cue: «يتطلع إلى لقاء بارزاني وهو زعيم مخضرم لقوات حاربت صدام حسين» (Saddam Hussein is
    no side)."""
    cue = _cue_token(sentence, trigger_at)
    for k in range(cue + 1, len(sentence.tokens)):
        if sentence.tokens[k].text in _WHO_IS and any(cue < m.position < k for m in mentions):
            return [m for m in mentions if m.position < k]
    return mentions


def _before_another_event(sentence: Sentence, mentions: list[Mention], trigger_at: int) -> list[Mention]:
    """The mentions of an Arabic sentence up to a second meeting word (or the «أن» of
    what a speaker said), once two people are named before it: «استقبل ... الملك سلمان ...
    الرئيس عبد الفتاح السيسي في الرياض، وذلك بعد زيارة الأمير محمد بن نايف إلى القاهرة» (not
    «التقى الأمير محمد بن سلمان خلال زيارته لروسيا الرئيس الروسي فلاديمير بوتين», where one
    person comes before «زيارته»); or up to a relative clause whose verb has a subject of its
    own, once one is («زيارة عادل الجبير ... إلى موسكو ... ستستكمل المباحثات التي أجراها
    الأمير محمد بن سلمان»: the prince's talks were another event)."""
    cue = _cue_token(sentence, trigger_at)
    tokens = sentence.tokens
    said = any(tokens[k].text in _AR_REPORTING for k in range(cue))
    for k in range(cue + 2, len(tokens)):
        if _done_by_another(tokens, k) and any(cue < m.position < k for m in mentions) and any(
                k < m.position <= k + MAX_SUBJECT_TOKENS
                and all(t.text != "مع" for t in tokens[k:m.position]) for m in mentions):
            return [m for m in mentions if m.position < k]
        # («أعلن الأمير محمد بن سلمان خلال لقائه الرئيس ... بوتين ... أن خادم الحرمين الشريفين
        # الملك سلمان ... سيزور روسيا»: what was announced names others)
        if is_trigger_word(tokens[k].text) or said and tokens[k].text in _AR_THAT:
            before = _distinct([m.person for m in mentions if m.position < k])
            # («وقال الجبير في مؤتمر صحافي ... إن الحل يجب أن يشمل رحيل بشار الأسد», «زيارة
            # فابيوس بعد زيارة ... غابريال»: what he said, an earlier event)
            another = tokens[k].text in _AR_THAT or tokens[k - 1].text in _TIME_BEFORE_EVENT
            if len(before) >= (1 if another else 2):
                return [m for m in mentions if m.position < k]
            return mentions
    return mentions


def _split_at(sentence: Sentence, mentions: list[Mention], words: frozenset[str], *,
              after: int = -1) -> tuple[list[Mention], list[Mention]]:
    """The mentions of a sentence before and after the first of ``words`` past token
    ``after`` («بحضور» "in the presence of", «يرافقه» "accompanied by"), once someone is
    named before it; else all of them and none."""
    tokens = sentence.tokens
    at = next((k for k in range(after + 1, len(tokens)) if tokens[k].text in words), None)
    if at is None or not any(m.position < at for m in mentions):
        return mentions, []
    return [m for m in mentions if m.position < at], [m for m in mentions if m.position > at]


def _companions(sentence: Sentence, mentions: list[Mention], cue_at: int
                ) -> tuple[list[Mention], list[Mention]]:
    """The mentions of an Arabic sentence less, and then, those named after «يرافقه»
    ("accompanied by"): up to the meeting's cue when the companions come before it."""
    sides, after = _split_at(sentence, mentions, _ACCOMPANIED_BY)
    cue = _cue_token(sentence, cue_at)
    if any(m.position < cue for m in after):
        sides += [m for m in after if m.position > cue]
        after = [m for m in after if m.position < cue]
    return sides, after


_IN_PRESENCE = frozenset({"بحضور", "وبحضور"})
_WHO_CAME = frozenset(fold(w) for w in ("الذين", "اللذين", "اللذان"))
_SINCE = frozenset(fold(w) for w in ("منذ", "ومنذ"))
_DURATION_WORDS = frozenset(fold(w) for w in (
    "ما", "أكثر", "نحو", "حوالي", "حوالى", "قرابة", "عام", "عامين", "أعوام", "سنة", "سنتين", "سنوات",
    "شهر", "شهرين", "أشهر", "أسبوع", "أسبوعين", "أسابيع", "يوم", "يومين", "أيام", "بداية", "مطلع",
    "فترة", "زمن", "عقود", "عقد", "ساعات"))
_DEATH_OF = frozenset(fold(w) for w in ("وفاة", "بوفاة", "لوفاة", "رحيل", "برحيل", "لرحيل"))
_MADE_UP_OF = frozenset(fold(w) for w in ("المكون", "المكونة", "المؤلف", "المؤلفة", "المشكل", "المشكلة"))
_ACCOMPANIED_BY = frozenset(fold(w) for w in ("يرافقه", "يرافقها", "يرافقهم", "ويرافقه", "برفقة"))


def _word_past_cue(sentence: Sentence, cue_at: int, words: frozenset[str], *,
                   unless: Callable[[Sentence, int], bool] | None = None) -> int | None:
    """The token index of the first of ``words`` past the cue at ``cue_at``, but not one
    whose next token ``unless`` accepts; ``None`` when there is none."""
    tokens = sentence.tokens
    return next((k for k in range(_cue_token(sentence, cue_at) + 1, len(tokens))
                 if tokens[k].text in words
                 and not (unless is not None and k + 1 < len(tokens) and unless(sentence, k + 1))), None)


def _a_time_from(sentence: Sentence, index: int) -> bool:
    """Whether a span of time or a day opens at token ``index`` («منذ ما يقارب أربع سنوات»,
    «منذ الاثنين الماضي», «منذ 2011»), not an event («منذ تحريرها»)."""
    token = sentence.tokens[index]
    if token.text in _DURATION_WORDS or token.text in ARABIC_WEEKDAYS or token.text[:1].isdigit():
        return True
    return any(found.start == 0 for found in find_dates(sentence.text[token.start:sentence.end]))


def _not_the_leaders(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The mentions of an Arabic sentence less those the relations of two countries
    are «بقيادة» ("under the leadership of"): «العلاقات ... بين المملكة والأردن بقيادة
    خادم الحرمين الشريفين الملك سلمان وأخيه جلالة الملك عبدالله الثاني» names the
    kings, not the sides of the visit the sentence goes on to report."""
    tokens = sentence.tokens
    spans = []
    for k, token in enumerate(tokens):
        if token.text in ("بقياده", "وبقياده"):
            end = k + 1
            while end < len(tokens) and end - k <= LEADERS_SPAN and tokens[end].text not in ("،", ",", ".") \
                    and not is_trigger_word(tokens[end].text):
                end += 1
            spans.append((k, end))
    if not spans:
        return mentions
    return [m for m in mentions if not any(k < m.position < end for k, end in spans)]


def _in_appositive(tokens, before: int, position: int, verb: int) -> bool:
    """Whether ``position`` lies in ", a ... ," between a name at ``before`` and the verb."""
    opened = any(tokens[c].text == "," and tokens[c + 1].text in _APPOSITIVE_OPENERS
                 for c in range(before + 1, position))
    return opened and any(tokens[c].text == "," for c in range(position + 1, verb))


def _named_by_title(sentence: Sentence, person: Person, position: int,
                    everyone: list[Person]) -> list[Person]:
    """«استقبل رئيس إقليم كردستان مسعود بارزاني وزير الخارجية القطري»: a side named only
    by a title, after the named person, that another person of the article holds; the
    title is theirs, not the host's. The host holds it too, or a shorter form of it: «عقد
    الأمير محمد بن سلمان ووزير الدفاع الأمريكي اجتماعاً» after «وزير الدفاع الأمريكي اشتون
    كارتر» is Carter, not an aide «بمكتب وزير الدفاع». The fullest title found wins."""
    name_start = sentence.tokens[position].start
    found: tuple[int, Person, str] | None = None
    for other in everyone:
        if same_person(other, person):
            continue
        for title in other.titles:
            folded = fold(title)
            at = sentence.folded.find(folded)
            # (a fuller title than the host's names no one else when its holder is named here:
            # «... بحضور وكيل وزارة الداخلية لشؤون المناطق الأمير منصور بن محمد»)
            hosts_it = title in person.titles or (
                any(title.startswith(t + " ") for t in person.titles) and not _named_in(other, sentence))
            if len(folded.split()) >= 2 and hosts_it and at >= 0 and sentence.at(at) > name_start \
                    and (found is None or len(folded) > found[0]):
                found = len(folded), other, title
    if found is None:
        return [person]
    _, other, title = found
    kept = tuple(t for t in person.titles if t != title)
    # English renderings go with the title, unless a kept title has the same
    theirs = set(other.titles_en) - {english_title(fold(t)) for t in kept}
    host = replace(person, titles=kept, titles_en=tuple(t for t in person.titles_en if t not in theirs))
    return [host, other]


def _named_in(person: Person, sentence: Sentence) -> bool:
    """Whether a sentence writes a person's family name (or single name)."""
    last = fold(person.name.split()[-1])
    return any(token.text == last for token in sentence.tokens)


def _everyone(mentions: list[list[Mention]]) -> list[Person]:
    """Everyone a document names, first mention first, mentions of one person merged."""
    people: list[Person] = []
    for sentence_mentions in mentions:
        named_here: dict[int, str] = {}  # person → the name this sentence gave them
        for mention in sentence_mentions:
            match = next((k for k, p in enumerate(people) if same_person(p, mention.person)
                          and not _relative(named_here.get(k), mention.person.name)), None)
            if match is None:
                people.append(mention.person)
                match = len(people) - 1
            else:
                people[match] = merge_mentions(people[match], mention.person)
            named_here[match] = mention.person.name
    return people


def _relative(named: str | None, name: str) -> bool:
    """"Reagan and Nancy Reagan": a sentence that names someone by family name alone
    and then gives that name a first name speaks of two people."""
    words = name.split()
    return named is not None and len(named.split()) == 1 and len(words) >= 2 and words[-1] == named


def _canonical(person: Person, everyone: list[Person]) -> Person:
    return next((p for p in everyone if p.name == person.name),
                next((p for p in everyone if same_person(p, person)), person))


def _distinct(people: list[Person]) -> list[Person]:
    kept: list[Person] = []
    for person in people:
        if all(not same_person(person, p) for p in kept):
            kept.append(person)
    return kept


def _elsewhere(current: _Draft, sentence: Sentence, language: str, named: Sequence[Mention],
               kind: str) -> bool:
    """Whether a meeting sentence is set in another city than the open meeting: «زار ...
    بكين ... حيث التقى ...», then «وتوجه ... إلى القاهرة بهدف عقد اجتماع مع ... نبيل العربي»."""
    if current.place is None or current.place.kind != "city":
        return False
    found = _place_in(sentence, language, named, kind=kind)
    if found is not None:
        return found.kind == "city" and found.value != current.place.value
    tokens = sentence.tokens
    # «توجه ... إلى القاهرة بهدف عقد اجتماع»: the trip's end is where it is held
    return any(token.text in ("الي", "to") and k + 1 < len(tokens)
               and (city := places.lookup(tokens[k + 1].text)) is not None
               and city.kind == "city" and city.name != current.place.value
               for k, token in enumerate(tokens))


# English groups whose members a report may go on to name ("officials", "advisers"), not
# others ("congressional leaders" are not the advisers Reagan met afterwards)
_MEMBERS_NAMED_LATER = re.compile(
    r"\b(?:officials|advisers|advisors|aides|delegation|delegates|representatives)\b", re.IGNORECASE)


_SIGNED_BY = re.compile(r"\W*the (?:loan|agreement|accord|deal|contract|memorandum|pact|treaty|protocol)s? "
                        r"(?:was|were|has been|have been|had been) signed by\b")
# «وقد وقع المذكرة فهد الرشيد ... وسامي الخرساني»: who signed the text just reported
_SIGNED_IT = re.compile(r"^\W*(?:وقد |و)?وقع(?:ت|ا)? (?:المذكره|الاتفاقيه|الاتفاق|العقد)(?!\w)")


def _opened(kind: str, named: list[Person], everyone: list[Person], current: _Draft | None,
            sentence: Sentence, language: str) -> _Draft | None:
    """A new meeting the sentence reports, or ``None`` (its people join the open one)."""
    sides = list(named)
    if len(sides) == 1 and everyone and not same_person(everyone[0], sides[0]):
        sides.insert(0, everyone[0])  # «جاء ذلك خلال لقاء ...»: the article's subject
    # («وكان الجبير قد التقى لافروف في الدوحة الأسبوع الماضي»: "had met", an earlier meeting)
    known = current is not None and all(current.has(p) for p in sides) \
        and not (language == ARABIC and _HAD_MET.search(sentence.folded))
    refers_back = current is not None and _has_anaphora(sentence, language) and len(named) < 2
    # "Reagan was meeting ... with his top economic advisers. ... Reagan met ... with
    # Treasury Secretary James Baker, ...": the group's members, named (not "He had earlier
    # met ... Paul Volcker", another meeting)
    known = known or (language != ARABIC and current is not None and any(current.has(p) for p in sides)
                      and any(p.role == "group" and _MEMBERS_NAMED_LATER.search(p.name)
                              for p in current.people)
                      and not re.search(r"\b(?:earlier|previously|before that)\b", sentence.folded))
    # "The Philippines and the World Bank have signed a 300 mln dlr loan ... The loan was
    # signed by Finance Minister Jaime Ongpin and A. Karasmasoglu": who signed the same text
    signed_back = kind == "signing" and current is not None and current.kind == "signing" \
        and bool((_SIGNED_IT if language == ARABIC else _SIGNED_BY).match(sentence.folded))
    if len(sides) >= 2 and not known and not refers_back and not signed_back:
        return _Draft(kind, sides, sentence)
    if current is not None:
        for person in sides:
            current.add(person)
    return None


# «وكان الجبير قد التقى ...»: "had met" (folded)
_HAD_MET = re.compile(r"(?<!\w)و?كان[تا]?(?:\s+\S+){0,4}?\s+قد\s+(?:التقي|التقت|اجتمع|زار|استقبل|بحث|وقع)")


# «من المقرر أن توقع», «سيلتقي», "will meet", "is to sign": a meeting still to come
_WILL_HAPPEN = re.compile(r"(?<!\w)(?:من المقرر|من المنتظر|سوف|(?:و?س|ان )[يت](?:وقع|لتقي|زور|بحث|جتمع|"
                          r"ستقبل|عقد|جري|ناقش|تباحث|غادر|توجه)\w*"
                          r"|will(?!\s+to\b)|(?:is|are) to|to be)(?!\w)")  # (not "the political will to")


def _date_in(sentence: Sentence, article_date: str | None, named: Sequence[Mention], *,
             cue_at: int | None = None) -> Fact | None:
    """The sentence's date; of several, the one nearest the last side ``named`` ("in Rome
    from June 3 to 6 ... an audience with Pope John Paul II on June 6"), else the first.
    An Arabic report dates a meeting right after its verb («استقبل ... اليوم») and may
    date other events later («... الذي وافته المنية الأربعاء الماضي»): the first there."""
    dates = find_dates(sentence.text[sentence.start:sentence.end], article_date,
                       ahead=bool(_WILL_HAPPEN.search(sentence.folded)))
    saying = _when_said(sentence, cue_at) if cue_at is not None else None
    if saying is not None:
        # «اعلن ... فابيوس امس انه سيتوجه الى ايران "الاسبوع المقبل"»: "yesterday" dates
        # what he said, not the meeting
        dates = [d for d in dates if not saying[0] <= sentence.start + d.start < saying[1]]
    if not dates:
        return None
    last = max((m.person.evidence.start for m in named if m.person.evidence is not None), default=None)
    date = dates[0] if last is None else min(
        dates, key=lambda d: abs(sentence.start + d.start - last))
    start, end = sentence.start + date.start, sentence.start + date.end
    return Fact(sentence.text[start:end], value=date.iso, kind="text",
                evidence=sentence.evidence(start, end))


def _when_said(sentence: Sentence, cue_at: int) -> tuple[int, int] | None:
    """The span between an Arabic sentence's reporting verb and the «أن» («انه») of
    what was said (where the day it was said is written), when the meeting's cue (at
    ``cue_at`` in the folded text) is in what was said; else ``None``."""
    tokens = sentence.tokens
    said = next((k for k, t in enumerate(tokens) if t.text in _AR_REPORTING), None)
    if said is None:
        return None
    that = next((k for k in range(said + 1, len(tokens))
                 if tokens[k].text in _AR_THAT or _PRONOUN_ENDING.sub("", tokens[k].text) in _AR_THAT), None)
    if that is None or sentence.at(cue_at) < tokens[that].start:
        return None  # («قال لافروف أمس» after «بعد لقاء جمعه ...»: the day of both)
    if _WITHIN_HOURS.search(sentence.folded, cue_at):
        return None  # («صرح مصدر ... اليوم السبت بأن وفدا ... سيلتقي بعد ساعات»: that day too)
    return tokens[said].end, tokens[that].start


_PRONOUN_ENDING = re.compile(r"(?:ه|ها|هم|هما)$")  # «انه»: «ان» and "he"
_WITHIN_HOURS = re.compile(r"(?<!\w)(?:بعد|خلال)\s+(?:ساعات|ساعه|ساعتين)(?!\w)")


_MIN_BODY_WORD = 4


def _body_keys(name: str) -> tuple[str, ...]:
    """Keys of the words that single out a body a record names as a side («مركز أرامكو
    لريادة الأعمال»: Aramco; «جامعة أكسفورد»: Oxford), so a question in either script
    finds it; none for a group of people («وفد ...») or a body named by common words
    and people's names («مدينة الملك عبدالله الاقتصادية»: not King Abdullah's meetings)."""
    words = name.split()
    if not words or strip_prefix(fold(words[0])) not in BODY_NOUNS:
        return ()
    keys: set[str] = set()
    for word in words[1:]:
        folded = fold(word)
        if len(folded) >= _MIN_BODY_WORD and not folded.startswith(("ال", "لل")) \
                and not is_name_part(folded) and strip_prefix(folded) == folded \
                and folded not in common_arabic_words():
            keys |= name_keys(word)
    return tuple(sorted(keys))


def _finished(draft: _Draft, doc_id: str, title: str, language: str, url: str | None,
              article_date: str | None, dateline: tuple[Fact | None, Fact | None]) -> Meeting:
    dateline_place, dateline_date = dateline
    if language == ARABIC and dateline_date is not None and article_date \
            and dateline_date.value > article_date[:10] and not _WILL_HAPPEN.search(draft.sentence.folded):
        # «... يزور موسكو الثلاثاء المقبل» opens the report; «وكان الجبير التقى لافروف في
        # الدوحة» is past: that day to come is not its date
        dateline_date = None
    date = draft.date or dateline_date
    if date is None and article_date and not _WILL_HAPPEN.search(draft.sentence.folded):
        # (not for a meeting still to come: the article's day is not its day)
        date = Fact(article_date, value=article_date[:10], kind="article")
    hosted = draft.kind == "reception"
    participants = tuple(
        replace(person, role=person.role if person.role in ("party", "group")
                else ("host" if k == 0 else "guest") if hosted else "participant",
                keys=_body_keys(person.name) if person.role == "group"
                else tuple(sorted(name_keys(person.name))))
        for k, person in enumerate(draft.people))
    return Meeting(
        doc_id=doc_id, title=title, language=language, kind=draft.kind,
        participants=participants, date=date,
        place=draft.place if _visits_from_dateline(draft, language)
        else _better_place(draft.place, dateline_place),
        topics=tuple(_unique(draft.topics)), outcomes=tuple(_unique(draft.outcomes)),
        evidence=draft.sentence.evidence(), url=url,
        attendees=tuple(replace(person, role="attendee", keys=tuple(sorted(name_keys(person.name))))
                        for person in draft.attendees),
    )


def _on_the_trip(drafts: list[_Draft], trips: list[tuple[int, list[Person], Fact]],
                 numbers: dict[int, int]) -> None:
    """"WASHINGTON - Michael Armacost will visit Tokyo next week for meetings with
    high-level officials ... The Armacost discussions with Deputy Foreign Minister Ryohei
    Murata ...": a meeting of someone's coming trip that says no place is in the city
    visited, not where the report was filed. ``numbers``: each sentence's place in the
    article, by ``id``."""
    for draft in drafts:
        if draft.place is not None:
            continue
        number = numbers.get(id(draft.sentence), -1)
        draft.place = next((city for said, travellers, city in reversed(trips)
                            if said <= number and any(draft.has(p) for p in travellers)), None)


# how many sentences back a meeting that names no place may find its city
_SAME_TRIP_SENTENCES = 2


def _in_the_city_just_named(drafts: list[_Draft], numbers: dict[int, int]) -> None:
    """«وصل ... كارتر ... إلى بغداد، حيث يلتقي مسؤولين عراقيين. ومن المقرر أن يلتقي كارتر
    ... رئيس الوزراء حيدر العبادي»: a meeting that names no place, of someone whose
    meeting a sentence or two before was in a city, is in that city."""
    for k, draft in enumerate(drafts):
        if draft.place is not None:
            continue
        number = numbers.get(id(draft.sentence), -1)
        draft.place = next((
            earlier.place for earlier in reversed(drafts[:k])
            if earlier.place is not None and earlier.place.kind == "city"
            and 0 <= number - numbers.get(id(earlier.sentence), -99) <= _SAME_TRIP_SENTENCES
            and any(draft.has(p) for p in earlier.people)
            # («... خلال لقائه الرئيس بوتين ... في 18 من يونيو الماضي»: another day, another trip)
            and not (draft.date and earlier.date and draft.date.value != earlier.date.value)), None)


def _visits_from_dateline(draft: _Draft, language: str) -> bool:
    """"SEOUL - South Korea's Finance Minister ... will visit U.S. Treasury Secretary James
    Baker next week": a visit still to come starts where the report was filed."""
    return language != ARABIC and draft.kind == "visit" and bool(
        _FUTURE_VISIT.search(draft.sentence.folded))


_FUTURE_VISIT = re.compile(r"\b(?:will|to|would) (?:also )?visit\b")


def _narrower(known: Fact | None, found: Fact | None) -> Fact | None:
    """A place found later replaces a country only with a city of that country."""
    if known is None or found is None:
        return known or found
    if known.kind == "venue" and found.kind == "city":
        return _in_city(known, found)
    if found.kind == "city" and _country_code(found) == _country_code(known):
        return found
    return known


def _in_city(venue: Fact, city: Fact) -> Fact:
    """A palace the text names without its city, placed in the city found elsewhere."""
    return replace(venue, value=city.value, kind="city")


def _country_code(fact: Fact) -> str | None:
    place = places.lookup(fact.value)
    return place.country if place is not None else None


def _better_place(in_text: Fact | None, dateline: Fact | None) -> Fact | None:
    """The meeting sentence's place, unless it is only a country and the dateline names a
    city in it ("PARIS, March 3 - ... in France"; not "WASHINGTON - ... in West Germany")."""
    if in_text is None:
        return dateline
    if in_text.kind == "venue":
        return _in_city(in_text, dateline) if dateline is not None and dateline.kind == "city" else in_text
    if in_text.kind == "country" and dateline is not None and dateline.kind == "city" \
            and _country_code(dateline) == _country_code(in_text):
        return dateline
    return in_text


def _unique(facts: list[Fact]) -> list[Fact]:
    seen: set[str] = set()
    kept = []
    for fact in facts:
        if fact.text not in seen:
            seen.add(fact.text)
            kept.append(fact)
    return kept
