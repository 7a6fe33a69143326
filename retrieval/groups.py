"""Groups that meet as one side: "the 10 premiers", «وفد من أعضاء الغرفة الدولية»,
and unnamed office-holders ("Turkey's ambassador to Athens").

A report often names one person and a group ("Mulroney ... meetings with the
10 premiers", «لقاء إبراهيم محلب ... مع الوفد الدولي»). The group is kept as a
side of the meeting, as written, so "Who did Mulroney meet?" has an answer. A
definite group («الوفد», "the delegation") takes the fuller phrase an earlier
sentence introduced it with («وفد من أعضاء الغرفة الدولية للنقل البحري»).
"""

from __future__ import annotations

import re

from .meeting_records import Person
from .meeting_vocabulary import ARABIC_WEEKDAYS, QUOTE_MARKS, TIMES_OF_DAY, fold, is_trigger_word
from .normalize import ARABIC
from .sentences import PREPOSITION_ALA, Sentence

# Plural nouns that name a group of people in English news.
ENGLISH_GROUP_NOUNS = frozenset("""
premiers ministers officials leaders delegation delegates representatives banks bankers
creditors businessmen executives members committee board unions chiefs governors ambassadors
envoys students workers farmers experts investors lawmakers legislators senators congressmen
diplomats negotiators mediators rebels opposition elders clerics mayors generals officers
parents teachers pupils residents voters journalists villagers families relatives activists
veterans survivors mps commission countries nations advisers advisors aides
industrialists entrepreneurs employers manufacturers exporters producers traders scholars
ambassador envoy mission
""".split())  # "talks with Turkey's ambassador to Athens": an unnamed office-holder too
# Offices that make a side only with what they head: "the president of the Peruvian central
# bank" (a bare "the prime minister" is mostly someone the article names)
_OFFICES_OF = frozenset("president chairman governor head chief minister secretary director".split())
# Arabic group heads (folded) and how an English answer names them.
ARABIC_GROUP_HEADS = {fold(arabic): english for arabic, english in {
    "وفد": "a delegation", "وفدا": "a delegation", "الوفد": "the delegation", "وفود": "delegations",
    "أعضاء": "members", "اعضاء": "members", "ممثلي": "representatives",
    "مسؤولي": "officials", "مسؤولين": "officials",
    "رؤساء": "heads", "سفراء": "ambassadors", "مشايخ": "sheikhs",
    "طلاب": "students", "طلبة": "students", "رجال": "men", "عدد": "a number",
    "مجموعة": "a group", "أهالي": "residents", "منسوبي": "staff", "قيادات": "leaders",
    "المهنئين": "well-wishers", "جموعا": "crowds", "جموع": "crowds", "المعزين": "mourners",
    "أسرة": "the family", "اسرة": "the family",
    # «زار ... بمستشفى عسير المركزي المصابين من جراء تفجير ...»: the injured, patients
    "المصابين": "the injured", "مصابي": "the injured", "المرضى": "patients",
    "وكلاء": "deputies", "مديري": "directors", "مدراء": "directors", "موظفي": "staff",
    "منتسبي": "staff", "قادة": "leaders", "القادة": "the leaders", "القيادات": "the leaders",
    "ضباط": "officers", "أئمة": "imams", "علماء": "scholars",
    "وجهاء": "notables", "أعيان": "notables", "شيوخ": "sheikhs", "أبناء": "sons",
    "الأمراء": "princes", "العلماء": "scholars", "المشايخ": "sheikhs", "الوزراء": "ministers",
    "المواطنين": "citizens", "العشرات": "dozens", "عشرات": "dozens", "أفراد": "members",
    "افراد": "members", "أقاربه": "his relatives", "اقاربه": "his relatives",
    "أصحاب": "dignitaries", "اصحاب": "dignitaries",  # «أصحاب السمو الأمراء»
    # «مع لجنة دراسة أوضاع هيئة الإذاعة», «مع الاتحاد الوطني الكردستاني وحركة التغيير» (not «حركة الشباب»,
    # whose attacks a report of a visit may mention)
    "لجنة": "a committee", "اللجنة": "the committee", "الاتحاد": "the union",
}.items()}
# Heads that name a side only with what qualifies them («المسؤولين الروس»)
_UNQUALIFIED = frozenset(fold(w) for w in ("مسؤولين",))
# Heads that name a crowd at a reception wherever they stand after the verb
# («استقبل ... حسين بن عبدالرحمن الدغيم جموعا من المواطنين», «التقى ... باراك أوباما
# العشرات من أقاربه»).
# «وفدا» ("a delegation", the object's case) anywhere after the verb: «استقبل ... الوابل وفدا إعلاميا»
_CROWDS = frozenset(fold(w) for w in ("جموعا", "جموع", "المهنئين", "المعزين", "العشرات", "أقاربه", "وفدا",
                                      "وفداً", "المصابين", "مصابي",
                                      # «استقبل محافظ الرس ...، في ديوان المحافظة مديري الجهات الحكومية»
                                      "مديري", "مدراء"))
# Words that end an Arabic group phrase: what follows is no longer the group.
_ARABIC_STOPS = frozenset(fold(w) for w in (
    "في", "حول", "بشأن", "لبحث", "لمناقشة", "وذلك", "أمس", "اليوم", "الذي", "التي", "حيث", "مع",
    "إن", "أن", "بأن", "لدى",  # «بعد لقائه مسؤولين من الحوثيين إن مهمة اللجنة ...»
    "بحضور", "بمقر", "بمكتبه", "عن", "إلى", "الى", "خلال", "بعد", "قبل", "بمناسبة", "لمناسبة",
    "ويقدر", "يقدر", "ويبلغ", "يبلغ",  # «بطلبة الكلية ... ويقدر عددهم بحوالي 1800»: "numbering"
)) | {PREPOSITION_ALA}
# Verbs whose other side follows «بـ» («التقى بطلبة الكلية»).
_MET_WITH = frozenset(fold(w) for w in ("التقى", "التقت", "التقوا", "يلتقي", "اجتمع", "اجتمعت",
                                        "اجتماعا", "اجتماعاً", "لقاء", "لقائه", "لقائها", "لقاءه"))
# Offices that are the other side after «ب» when no one is named: «يعقد ... اجتماعاً برئيس
# مجلس إدارة الاتحاد السعودي لكرة القدم وأعضاء المجلس»
_OFFICES_AFTER_BA = {fold(arabic): english for arabic, english in (
    ("رئيس", "the head"), ("مدير", "the director"), ("أمين", "the secretary"), ("محافظ", "the governor"))}
_ENGLISH_STOPS = frozenset("on in at to for over about during after before from by and who which that".split())
_MEETING_VERBS = frozenset("met meet meets received receives hosted welcomed invited invites".split())
MAX_GROUP_WORDS = 9
# The last word of an institution's name, before "and" and another: "World Bank and
# International Monetary Fund officials" (not "Baldrige and State Department officials")
_INSTITUTION_NOUNS = frozenset("bank fund department ministry commission council committee organisation "
                               "organization agency office union community treasury".split())
_TIME_AFTER = frozenset("today yesterday tomorrow this next last on".split())


def group_side(sentence: Sentence, language: str, earlier: list[Sentence]) -> Person | None:
    """The group a meeting sentence names as the other side, or ``None``."""
    if language == ARABIC:
        span = _arabic_group(sentence)
    else:
        span = _english_group(sentence)
    if span is None:
        return None
    start, end, head = span
    if language == ARABIC and end - start < 2 and _group_head(sentence.tokens[start].text) in _UNQUALIFIED:
        return None  # «مع مسؤولين في ...»: officials of no one said
    if language == ARABIC and head.startswith("ال"):
        fuller = _introduced(head[2:], earlier)
        if fuller is not None:
            sentence, start, end, head = fuller
    tokens = sentence.tokens
    # «بوفد شركة فلاي دبي» is «وفد شركة فلاي دبي» after «ب»
    first = tokens[start].start + (language == ARABIC and tokens[start].text != head)
    name = sentence.text[first:tokens[end - 1].end].rstrip(".,;:،")
    latin = _english_heads(tokens[start:end]) if language == ARABIC else name
    return Person(name=name, latin=latin, role="group",
                  evidence=sentence.evidence(first, first + len(name)))


def _english_heads(tokens) -> str:
    """How an English answer names an Arabic group: its head words in English,
    «العشرات من أقاربه» "dozens of his relatives"."""
    words: list[str] = []
    for k, token in enumerate(tokens):
        head = _group_head(token.text)
        if k > 0 and head in _UNQUALIFIED:
            continue  # «المهنئين ... من مسؤولين ومواطنين»: well-wishers, among them officials
        english = None if head is None else ARABIC_GROUP_HEADS.get(head) or _OFFICES_AFTER_BA.get(head)
        if english is not None and english not in words:
            joined = k > 0 and tokens[k - 1].text == "من" and words
            words.append(("of " if joined else "") + english)
    return " ".join(words) or "a group"


def _arabic_group(sentence: Sentence) -> tuple[int, int, str] | None:
    """«مع الوفد الدولي», «مع أعضاء اللجنة السياحية», «... اليوم المهنئين»: a group after
    «مع» or «بين», the verb, or the time of the meeting."""
    tokens = sentence.tokens
    for k, token in enumerate(tokens[:-1]):
        # «ما دار بينه وبين أعضاء لجنة الشؤون الخارجية»: «بين» introduces the other side too
        # a group may follow the time of the reception: «استقبل الأمير ... اليوم المهنئين»
        if not (token.text in ("مع", "بين", "وبين") or token.text in TIMES_OF_DAY
                or is_trigger_word(token.text)):
            continue
        # «... صباح أمس، وكلاء إمارة المنطقة», «مساء الأربعاء الماضي، وفدا إعلاميا»: the
        # day and a comma may follow the time
        start = k + 1
        while token.text in TIMES_OF_DAY and start < len(tokens) - 1 and start - k <= 3 \
                and (tokens[start].text == "،" or tokens[start].text in _AFTER_THE_TIME):
            start += 1
        if _group_head(tokens[start].text) is not None:
            span = _arabic_phrase(tokens, start)
            if is_trigger_word(token.text) and span[1] < len(tokens) and tokens[span[1]].text == "مع":
                continue  # «اجتمع الوفد مع الاتحاد الوطني ...»: the delegation is who met
            return span
    verb = next((k for k, token in enumerate(tokens) if is_trigger_word(token.text)), None)
    if verb is not None:
        met_with = fold(tokens[verb].text).lstrip("وف") in _MET_WITH
        crowd = next((k for k in range(verb + 1, len(tokens)) if tokens[k].text in _CROWDS
                      # «استقبل ... رئيس مدينة الملك عبدالعزيز "سفراء الحزم"»: a group by name
                      or tokens[k - 1].text in QUOTE_MARKS and tokens[k].text in ARABIC_GROUP_HEADS
                      # «التقى ... سامح شكري، أمس بمقر الكلية الحربية ...، بطلبة الكلية»
                      or met_with and tokens[k].text[:1] == "ب"
                      and (tokens[k].text[1:] in ARABIC_GROUP_HEADS
                           or tokens[k].text[1:] in _OFFICES_AFTER_BA)),
                     None)
        if crowd is None:
            # «بأن وفدا من جماعة انصار الله الحوثية سيلتقي ...»: the delegation as the subject;
            # «عقد قادة ورؤساء وفود دول مجلس التعاون ... اليوم اجتماعًا مع ...»: the group that held it
            crowd = next((k for k in range(max(verb - MAX_GROUP_WORDS, 0), verb) if tokens[k].text in _CROWDS
                          and _arabic_phrase(tokens, k)[1] == verb), None)
            if crowd is None and tokens[0].text in _HELD and 1 < verb < len(tokens) - 1 \
                    and _group_head(tokens[1].text) is not None and tokens[verb + 1].text == "مع":
                crowd = 1
        if crowd is not None:
            return _arabic_phrase(tokens, crowd)
    return None


_HELD = frozenset(fold(w) for w in ("عقد", "وعقد"))
_AFTER_THE_TIME = ARABIC_WEEKDAYS | frozenset(fold(w) for w in ("الماضي", "المقبل", "أمس", "اليوم"))


def _arabic_phrase(tokens, start: int) -> tuple[int, int, str]:
    quoted = start > 0 and tokens[start - 1].text in QUOTE_MARKS  # «"سفراء الحزم" من أبناء ...»
    end = start + 1
    while end < len(tokens) and end - start < MAX_GROUP_WORDS:
        word = tokens[end].text
        if quoted and word in QUOTE_MARKS:
            break
        if word in QUOTE_MARKS and end + 1 < len(tokens) \
                and re.match(r"[\u0621-\u064A]", tokens[end + 1].text):
            end += 1  # «وفداً من شركة "بيدو" الصينية»: a name in quotes
            continue
        if not re.match(r"[\u0621-\u064A]", word) or word in _ARABIC_STOPS or is_trigger_word(word) \
                or word.startswith("و") and is_trigger_word(word[1:]) \
                or re.fullmatch(r"[\u0621-\u064A]{3,}وا", word):
            break  # («بوفد الشركة وشاركوا»: "and they took part", a verb)
        end += 1
    while end > start + 1 and tokens[end - 1].text in QUOTE_MARKS:
        end -= 1
    return start, end, _group_head(tokens[start].text)


def _group_head(word: str) -> str | None:
    """The group head a word is, or is after «ب» («التقوا بوفد شركة ...», «برئيس ...»)."""
    if word in ARABIC_GROUP_HEADS:
        return word
    bare = word[1:] if word.startswith("ب") else None
    return bare if bare in ARABIC_GROUP_HEADS or bare in _OFFICES_AFTER_BA else None


def _english_group(sentence: Sentence) -> tuple[int, int, str] | None:
    """"meetings with the 10 premiers", "met with almost all the banks"."""
    tokens = sentence.tokens
    for k, token in enumerate(tokens):
        lower = token.text.lower()
        if lower == "between":  # "talks between the Yugoslav delegation ... and 16 Western
            # creditor countries": the group after "and"
            k = next((n for n in range(k + 1, min(k + 14, len(tokens))) if tokens[n].text == "and"), None)
            if k is None:
                continue
        elif lower != "with" and lower not in _MEETING_VERBS:
            continue
        start = k + 1
        for n in range(k + 1, min(k + 8, len(tokens))):
            word = tokens[n].text
            lower = word.lower()
            if lower == "with":
                start = n + 1  # "met this morning with members of ..."
                continue
            if lower in ENGLISH_GROUP_NOUNS:
                end = _english_tail(sentence, n + 1)
                return start, end, lower
            if lower in _OFFICES_OF and n + 1 < len(tokens) and tokens[n + 1].text.lower() == "of":
                end = _english_tail(sentence, n + 1)
                return (start, end, lower) if end > n + 1 else None
            if lower == "and" and n > k + 1 and tokens[n - 1].text in _INSTITUTION_NOUNS \
                    and n + 1 < len(tokens) \
                    and sentence.text[tokens[n + 1].start:tokens[n + 1].end][:1].isupper():
                continue  # "met World Bank and International Monetary Fund officials"
            if not re.fullmatch(r"[\w'’.-]+", word) or lower in _ENGLISH_STOPS:
                break
    return None


def _english_tail(sentence: Sentence, index: int) -> int:
    """"officials of Britain's Export Credits Guarantee Department", "representatives from
    major grain exporting companies": the "of"/"from" part, up to a stop word."""
    tokens = sentence.tokens
    if index < len(tokens) and tokens[index].text.lower() in ("of", "from"):
        end = index + 1
        while end < len(tokens) and end - index <= MAX_GROUP_WORDS \
                and re.fullmatch(r"[\w'’.-]+", tokens[end].text) \
                and tokens[end].text.lower() not in _ENGLISH_STOPS - {"and"} | _TIME_AFTER:
            end += 1
        if end > index + 1:
            return end
    return index


def _introduced(head: str, earlier: list[Sentence]) -> tuple[Sentence, int, int, str] | None:
    """«وفد من أعضاء الغرفة الدولية للنقل البحري»: the phrase that introduced «الوفد»
    (its sentence, token range and head)."""
    for sentence in earlier:
        for k, token in enumerate(sentence.tokens):
            if token.text in (head, "و" + head):
                start, end, _ = _arabic_phrase(sentence.tokens, k)
                if end - start >= 2:
                    return sentence, start, end, head
    return None
