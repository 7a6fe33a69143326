"""What a meeting question asks: its intent, and whom, where and when it names.

Intents: who met whom / whom X met, where, when, what was discussed, what
was agreed, X's role, X's meetings — in Arabic and English. Names are found
by matching the question's words to the ledger (:mod:`meeting_ledger`), in
either script, with the corpus as a dictionary of ordinary words.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from . import glossary, places
from .dates import find_dates
from .groups import ENGLISH_GROUP_NOUNS
from .lexicon import without_happenings
from .meeting_ledger import HOLDER, NATIONAL, VERY_COMMON_NAME_MEETINGS, Ledger, best_matches
from .meeting_records import Person
from .meeting_vocabulary import (
    ARRIVAL_WORDS, BODY_NOUNS, ENGLISH_NATIONALITIES, ENGLISH_NOT_NAMES, ENGLISH_ORDINALS,
    ENGLISH_TITLE_HEADS, ENGLISH_TITLE_WORDS, RELATIVE_PRONOUNS, arabic_vocabulary, common_arabic_words,
    folded_tables, honorific_words, is_english_title_word, is_trigger_word, may_be_arabic_name,
)
from .names import CONSONANTS, EPONYM_TITLES, NAME_PARTICLES, in_institution_name, is_arabic, word_keys
from .names import INSTITUTION_WORDS as ARABIC_INSTITUTION_WORDS
from .normalize import (
    ARABIC, index_terms, normalize, strip_prefix, tokens, without_article, without_conjunction,
)
from .people import ARABIC_STOPWORDS, future_verb, inflected_word

WHO_MET, WHERE, WHEN, TOPICS, OUTCOMES, ROLE, LIST, ATTENDED = (
    "who_met", "where", "when", "topics", "outcomes", "role", "list", "attended")

_INTENTS_EN = [
    (ATTENDED, r"\bwho (?:else )?(?:attended|was present|were present|was also present|also attended)\b"
               r"|\bwho (?:else )?was there\b|\battended by\b|\bwho (?:else )?accompanied\b"
               r"|\baccompanied by\b|\baccompanying\b"),
    # "list" as a request, not a list a thing is on ("ranks first on the list of ...")
    (LIST, r"(?<!\bthe )(?<!\ba )\blist\b|\ball (?:the )?meetings\b|\bwhat meetings\b|\bwhich meetings\b"
           r"|\bmeetings (?:of|held by)\b|\bhow many meetings\b|\bhow many times\b"),
    (ROLE, r"\bwho is\b|\bwho's\b|\b(?:role|title|position|job|post)\b|\bwhat does \w+ do\b"
           r"|\b(?:which|what) (?:organi[sz]ation|ministry|agency|body|company|office)\b.*\b(?:head|lead|run|chair)s?\b"),
    (WHERE, r"\bwhere\b|\b(?:which|what) (?:city|country|place|summit|conference|venue|palace)\b"
            # "In which hospital did X visit the injured?" (not "To which hospital was the
            # driver taken?", which asks of no meeting)
            r"|\b(?:which|what) (?:hospital|hotel|town|village|capital|region|province)\b"
            r"(?=.*\b(?:visit|meet|met|receiv|host|talks))"
            r"|\blocation\b"),
    # "when" asks the date when it opens the question or a question ("Tell me when did ..."),
    # not in a clause ("Which summit was Tony Blair leaving when he hailed ...?")
    (WHEN, r"^\W*(?:and |so |but )?when\b|\bwhen (?:did|do|does|was|were|will|would|is|are|has|had)\b"
           r"|\b(?:tell me|know|say|remember|find out|ask) when\b"
           r"|\b(?:what|which) (?:date|day)\b|\b(?:what|which) (?:\w+ )?(?:year|month)\b|\bdate\b"),
    (WHO_MET, r"\bwhom?\b.*\b(?:meet|met|receiv|host|visit|talks? with|call|phon|sign)"),
    (OUTCOMES, r"\bagree|\bsign|\blook(?:ed|s)? forward|\boutcome|\bresult|\bstress|\bemphasi|\bconclu"
               r"|\burg(?:e|ed|es|ing)\b|\bcall(?:ed|s)? for\b"
               r"|\bcame out of\b|\bachiev|\baccomplish"
               # "What did Germany and Iran intend to resume after ... met ...?": what they decided
               r"|\bwhat did\b.*\b(?:intend|plan|decide|resolve)s? to\b"),
    (TOPICS, r"\bdiscuss|\breview|\bexamin|\bexplor|\bw[ei]nt over\b|\bgo(?:es)? over\b"
             r"|\btalk(?:ed)? about\b|\babout what\b|\btopic|\bsubject|\bon what\b|\bpurpose\b|\bwhy did\b"
             r"|\bcover|\binclude|\bprovides? for\b|\bprovisions?\b"  # what a signed text covers
             r"|\bwhat was .* about\b|\bagenda\b"
             r"|\b(?:what|which) (?:issues|matters|questions|files|subjects|themes)\b"
             r"|\bwhat\b.*\baddress(?:ed)?\b"  # "What issues did Shoukry address in his meeting ...?"
             # "What did Weinberger make a pitch for in his talks with Kurihara?"
             r"|\bwhat did\b.*\b(?:in|during|at) (?:his|her|their|the) (?:talks|meeting|visit)\b"),
    # "who" asking (not "the gunman who opened fire", a relative clause)
    (WHO_MET, r"^\W*(?:and |so |but )?who\b|\b(?:tell me|know|say|ask|asked|and|or) who\b|\bwhom\b"
              r"|\bmeet|\bmet\b|\breceiv|\bhost|\bvisit|\btalks\b|\bcall"),
]


_INTENTS_AR = [
    (ATTENDED, r"\bمن (?:الذي )?(?:حضر|حضروا|رافق|يرافق|رافقه|رافقها)\b|\bبحضور من\b|\bالوفد المرافق\b"),
    # «قائمة» as a request, not a list a thing is on («في قائمة المدن»)
    (LIST, r"لقاءات|اجتماعات|اذكر|(?<!في )(?<!علي )قايمه|كم لقاء|كم اجتماع|كم مره"),
    # «دور» as a word, not inside «تيودور»; «ترأس» heads
    (ROLE, r"منصب|من هو|من هي|صفه|وظيفه|\bدور(?:ه|ها)?\b|يشغل|تشغل|\b[تي]راس(?:ها|ه)?\b"),
    # «أين» as a word, not inside «براين» (Brian)
    (WHERE, r"\b[وف]?اين\b|\bاي (?:مدينه|دوله|بلد)\b|مكان"),
    # «تاريخ», not «التاريخي» ("historical")
    (WHEN, r"\b[وف]?متي\b|في اي (?:يوم|شهر|عام|سنه)\b|تاريخ(?!ي)"),
    # (not «في مداخلة مع أي قناة»: an interview, whose answer is the medium)
    (WHO_MET, r"مع من|مع اي\b(?! (?:قناه|صحيفه|جريده|وكاله|اذاعه|مجله|محطه|برنامج))|بمن"
              r"|من (?:التقي|التقت|استقبل|استقبلت|اجتمع|اجتمعت|زار|زارت|قابل|قابلت|وقع|وقعت"
              r"|س?[يت](?:لتقي|جتمع|ستقبل|قابل|وقع)\b)"  # (not «سيزور»: whom, or which city?)
              r"|من كان في (?:استقبال|وداع)"
              r"|من الذي|من هم الذين|من هما"),
    # patterns are matched against folded text: «نتائج» is «نتايج»
    (OUTCOMES, r"اتفق|اتفاق|وقع|توقيع|تطلع|نتايج|نتيجه|اسفر|\bاكد\b|اكد الجانبان|اكدا|\bشدد\b"
               r"|بماذا خرج|خرج به|\b[وف]?(?:حث|دعا)\b"),
    (TOPICS, r"بحث|ناقش|استعرض|موضوع|مواضيع|تناول|تطرق|حول ماذا|القضايا|محاور|ماذا|جدول الاعمال|الملفات"
             r"|[تي]تضمن|[تي]شمل|[تي]نص|بنود"),  # what a signed text covers
    # «سيلتقي», «يجتمع»: what will happen, or happens; not «مقابل» ("against", "in return for")
    (WHO_MET, r"التقي|التقت|استقبل|اجتمع|لقاء|زار|اتصال|(?<!م)قابل|\b[وف]?س?[يت](?:لتقي|جتمع)\b"),
]


# Words of a question that name no one: question words, meeting words, titles.
_NOT_ENTITIES = frozenset(normalize(w) for w in """
who whom whose what which where when why how did does do is are was were the a an and or of in on
one two three four five six seven eight nine ten twelve group
at to with by for from about did meet met meeting meetings received receive host hosted visited visit
talks talk discussed discuss agreed agree signed sign look looked forward role title position job
list all date day city country place they their them he she his her two sides both minister
president prime king prince sheikh dr mr mrs ms foreign secretary general director executive chief
under un un's what's who's whom's tell me between cheikh shaikh sheik reception side
من مع ماذا ما الذي التي اين متي هل في الي على عن كيف لماذا كم اي هو هي هم هما التقي التقت يلتقي
استقبل استقبلت اجتمع اجتماع لقاء اللقاء زار زياره بحث بحثا ناقش تناول تطرق اتفق اتفاق وقع توقيع
استعرض استعرضه استعرضا حضر حضروا بحضور استقبال الاستقبال
لقائه لقاءه لقائها لقائهما اجتماعه اجتماعها زيارته زيارتها استقباله استقبالها مباحثاته محادثاته
تطلع الجانبان الطرفان منصب دور صفه وظيفه تاريخ يوم مدينه دوله مكان الرئيس الوزير وزير الدكتور عهد
بشان شان بخصوص حول بدلا عوضا فضلا وفقا نظرا اضافه خلافا نيابه عمن ممن لمن لصالح
الدكتوره السيد السيده الامير الملك الشيخ خلال بين ذلك بمن لقاءات اجتماعات اذكر عقد تم جري
وزراء الوزراء رؤساء امراء الامراء سفراء السفراء مسوولي مسوولين ممثلي اعضاء مندوبي نواب النواب
اهالي الاهالي اهل سكان مواطني مواطنو
وزاره الوزاره هيئه الهيئه مؤسسه المؤسسه شركه الشركه لجنه اللجنه مجلس المجلس
منه منها منهم عنه عنها له لها معه معها عليه عليها عليهم عليهما خادم الحرمين الشريفين
انه انها انهم انهما بانه بانها لانه كان كانت
اول اولي ثانيه اخر اخري
زاره زارها زارهم زارته زارتها زارتهم التقاه التقاها التقاهم استقبله استقبلها استقبلهم
world cup million billion dollars
اوف اند
الف مليون مليار دولار ريال يورو جنيه
""".split())


_ASKED_HOST = re.compile(r"\bdid\b.*\b(?:receive|host|welcome)|استقبله|استقبلها|استقبلهم")


_ASKED_GUEST = re.compile(r"\bwho (?:received|hosted|welcomed|saw .* off|bade .* farewell)\b"
                          r"|من (?:الذي )?(?:استقبل|استقبلت)(?!ه)|من كان في (?:استقبال|وداع)")


def asked_role(question: str) -> str | None:
    """The role a reception question gives the person it names."""
    folded = normalize(question)
    if _ASKED_HOST.search(folded):
        return "host"
    if _ASKED_GUEST.search(folded):
        return "guest"
    return None


_LINEAGE = frozenset({"بن", "بنت", "ابن", "bin", "ibn", "bint"})
# "Ismail Ould Cheikh Ahmed": «الشيخ» in Latin letters, a title inside a name
_LATIN_SHEIKH = frozenset({"sheikh", "cheikh", "shaikh", "sheik"})
_TITLED_LINEAGE = frozenset({*_LINEAGE, "ولد", "ould", "ال", "al"})


@dataclass(frozen=True)
class Request:
    """What a meeting question asks: the intent, whom and where it names, and
    the name-like words that match no one in the ledger."""

    intent: str
    # per person named, per word of their name: the ledger keys it matched
    people: tuple[tuple[tuple[str, ...], ...], ...]

    def asks_about(self, person: Person) -> bool:
        """Whether the person is one the question names (by name or by office)."""
        return bool(self.mentions_of(person))

    def mentions_of(self, person: Person) -> set[int]:
        """The numbers of the question's mentions that name the person."""
        keys = set(person.keys)
        found = set()
        for number, mention in enumerate(self.people):
            for word in mention:
                holders = {k[len(HOLDER):] for k in word if k.startswith(HOLDER)}
                if (holders and keys and keys <= holders) or keys & set(word) \
                        or person.country and NATIONAL + person.country in word:
                    found.add(number)
        return found
    place: places.Place | None
    unknown: tuple[str, ...]
    names: tuple[str, ...] = ()  # the words of each mention, as written in the question
    # per mention: question words next to it that match no one ("Al-Wohaibi" in
    # "Saleh Al-Wohaibi"); a participant matched only by a first name must match one
    unmatched: tuple[tuple[str, ...], ...] = ()
    # per mention: the keys of its matched words themselves (not fuzzy ledger matches)
    own_keys: tuple[frozenset[str], ...] = ()
    # countries the question names ("the Spanish minister", «من كرواتيا»)
    countries: tuple[str, ...] = ()
    # every city it names, the meeting's place or a title's («مدير تعليم ينبع»)
    cities: tuple[str, ...] = ()
    # offices of another side that no one in the ledger holds («وزير الدفاع» after a name)
    offices: tuple[str, ...] = ()


def without_dates(question: str) -> str:
    """The question with the dates it names blanked out."""
    for found in reversed(find_dates(question)):
        question = question[:found.start] + " " + question[found.end:]
    return question


def topic_terms(question: str, request: Request) -> set[str]:
    """Index terms of what a question asks about beyond whom and where: its words
    less question and meeting words, titles, dates, the people, countries and places it
    names («... للمشاركة في قمة السور الأخضر»)."""
    named = set(index_terms(" ".join([*request.names, *(w for ws in request.unmatched for w in ws),
                                      *request.countries, *request.cities,
                                      request.place.name if request.place else ""])))
    question = without_dates(question)  # «في 10 أغسطس 2015» is when, not what
    return {term for word in tokens(question)
            if normalize(word) not in _NOT_ENTITIES and not word.isdigit() and not _is_title(word)
            and places.lookup(word) is None and places.demonym(word) is None  # «السوداني»
            for term in index_terms(word)} - named


# What is welcomed when no one is: someone's thing ("Blunkett's gracious apology", "his
# return") or a decision, a statement ... ("the G7 statement on debt relief")
_WELCOMED_THING = (r"(?:[\w-]+'s\b|(?:his|her|their|its|the|a|an|this|that)\s+(?:[\w'-]+\s+){0,2}"
                   r"(?:decision|statement|move|news|report|ruling|announcement|plan|proposals?|step|"
                   r"initiative|results?|review|apology|return|idea|offer|efforts?|bill|law|budget|"
                   r"figures|data|verdict|outcome|changes?)\b)")
# «وزارة الحج», «الوزارة»: a ministry, whose letters hold «زار» ("visited")
_MINISTRY = re.compile(r"(?<!\w)[وفبل]?(?:ال|ل)?وزار(?:ه|ات|ت\w*)(?!\w)")
# «الشؤون الاجتماعية»: social, whose letters hold «اجتماع» ("meeting")
_SOCIAL = re.compile(r"(?<!\w)[وفبل]?(?:ال|لل)?اجتماعي(?:ه|ين|ون|ات)?(?!\w)")


def _folded(question: str) -> str:
    """A question folded for its meeting words and intent: «وقع» of a happening taken out,
    and a ministry and «الاجتماعية» written as words no pattern reads as a visit or meeting."""
    folded = without_happenings(question)
    return _SOCIAL.sub("social", _MINISTRY.sub("ministry", folded))


# Words by which a question asks about a meeting, visit, call, talks, signing or agreement
# (folded; stems, so "visit" and "received", «التقى» and «لقاء» all count)
_MEETING_WORDS = re.compile(
    # (not "receive its approval": a thing received, not a visitor)
    r"\b(?:meet|met|receiv(?!\w*\s+(?:(?:its|their|his|her|the|an?)\s+)?(?:approval|award|prize|grant|funding"
    r"|support|backing|go-ahead|consent|payment|sentence|treatment|degree)\b)"
    r"|host|welcom(?!\w*\s+" + _WELCOMED_THING + r")"
    r"|visit|talks?\b|discuss|call|phon|sign|agree|accord|deal|summit|conference|audience|negotiat)"
    r"|(?<!\w)[وف]?(?:ال)?(?:س?[يت]?(?:لتقي|التقي|التقت|جتمع|اجتمع|ستقبل|استقبل|زور|زار|وقع|تفق|اتفق|قابل)"
    r"|لقاء|اجتماع|استقبال|زياره|مباحثات|محادثات|مشاورات|اتصال|هاتف|بحث|ناقش|مناقش|نقاش|توقيع|اتفاق|مذكره|قمه"
    r"|موتمر|وداع)")


def names_a_meeting(question: str) -> bool:
    """Whether a question asks about a meeting (or a visit, call, talks, signing or
    agreement), not only about what two people did ("Where did Blair back Brown's report?")."""
    return bool(_MEETING_WORDS.search(_folded(question)))


def intent_of(question: str, language: str) -> str | None:
    """The meeting intent a question asks, or ``None``: not for a question asking who
    said something ("Who said Reagan would meet the press?")."""
    folded = _folded(question)
    if _WHO_SAID.search(folded) or asks_at_which_event(question) or _WHO_LEADS.search(folded) \
            or _WHO_CHAIRED.search(folded):
        # (nor "At which meeting did Sir Ian Blair say ...?": where he spoke; nor who chairs
        # a meeting or a committee, «من ترأس اجتماع المجلس ...؟»: not someone's office)
        return None
    if _NOT_MET.search(folded):
        return None  # "Which village will Obama not visit?": no record says what did not happen
    outside_when = _WHEN_CLAUSE.sub(" ", folded)
    for intent, pattern in (_INTENTS_AR if language == ARABIC else _INTENTS_EN):
        if re.search(pattern, folded):
            if intent != WHEN and not re.search(pattern, outside_when):
                # "Which barrier did the dollar pierce when Miyazawa called for action ...?":
                # the clause dates what is asked
                continue
            if intent == WHO_MET and (_met_only_in_a_time_clause(folded)
                                      or _met_only_in_a_relative_clause(folded)):
                # «أي دول وافقت على مساعدة أوبك بعد أن زارها هشام ناظر؟»: the meeting only
                # dates what is asked, or says which thing is meant
                return None
            if intent != LIST and _HOW_MANY.search(folded):
                return None  # "For how many days will ... receive condolences?": a count, no record
            if intent == ROLE and _WHO_IS_WHO_MET.search(folded):
                return WHO_MET  # «من هي الوزيرة التي استقبلها شكري؟» asks who, not a role
            if intent == ROLE and _WHERE_OR_WHEN.search(folded):
                continue  # «أين يرأس الوزير اجتماع ...؟» asks where, not his office
            if intent == OUTCOMES and not re.search(pattern, _without_named_accords(folded)):
                continue  # «... يخالف اتفاق باريس؟»: the accord named is what is meant, not asked
            return intent
    return None


# What a question asks for is the medium someone spoke through, not whom they met (Arabic:
# see WHO_MET, «في مداخلة مع أي قناة»)
_ASKS_THE_MEDIUM = re.compile(r"\b(?:which|what) (?:tv |television |radio |news )?(?:channel|newspaper|paper|"
                              r"magazine|station|network|broadcaster|programme|program|news agency)\b")


def asks_the_medium(question: str) -> bool:
    """Whether an English question asks which channel, paper or programme ("On which channel
    did Kerry call Khamenei's speech disturbing?": no call of Kerry's answers it)."""
    return bool(_ASKS_THE_MEDIUM.search(_folded(question)))


# A clause dating what is asked, in the middle of a question ("... pierce when Miyazawa called
# for action", «... عندما دعا ...»; not "when did ...", which asks the date), to a comma
_WHEN_CLAUSE = re.compile(
    r"(?<=\w )(?:when(?! (?:did|do|does|was|were|will|would|is|are|has|had)\b)|(?:عندما|حينما))\b[^,،]*")


# «من ترأس ...», «من يرأس ...», «من يترأس ...», "Who chaired ...", "... who chairs ...": who
# chairs or chaired it (folded)
_WHO_CHAIRED = re.compile(r"^\W*[وف]?من\s+(?:[تي]|يت)راس(?:ت)?(?!\w)"
                          r"|\bwho (?:chaired|chairs|will chair|presided|presides)\b")


# An accord named by its city: «اتفاق باريس», "the Paris agreement"
_ARABIC_ACCORD = re.compile(r"(?<!\w)[وبل]?(?:ال)?اتفاق(?:يه)?\s+(\w+)")
_ENGLISH_ACCORD = re.compile(r"\b(\w+)\s+(?:accord|agreement|pact)\b")


def _without_named_accords(folded: str) -> str:
    """A (folded) question without the accords it names by their city."""
    def named(match: re.Match) -> str:
        return " " if places.cities_named([match.group(1)]) else match.group(0)
    return _ENGLISH_ACCORD.sub(named, _ARABIC_ACCORD.sub(named, folded))


# "Who ...", «من ...» (not «من أين», "from where", nor «من أي», "from which"); «من هو/هي»
# only as written with one space
_ASKS_WHO = re.compile(r"^\W*(?:who|whom)\b|^\W*(?:و|ف)?من(?: (?=(?:هو|هي)\b)|\s+(?!(?:هو|هي|اين|اي)\b))")


# "Which police chief backed ...?", «أي وزير ...», "What is the name of ...?", «ما اسم ...؟»:
# who, by another word
_WHICH_PERSON = re.compile(r"^\W*(?:which|what)((?: [\w'-]+){1,3})|^\W*[وف]?اي((?: \w+){1,2})")
_ASKS_A_NAME = re.compile(r"^\W*(?:what (?:is|was) (?:the )?name (?:of )?(?:the |an? )?"
                          r"|[وف]?ما (?:هو )?اسم )(.*)")
# where the noun phrase of "What is the name of the new label for ...?" ends
_PHRASE_ENDS = frozenset("who whom whose that which for in of at on to with from by".split())
_PERSON_NOUNS = frozenset(normalize(w) for w in """person man woman journalist lawyer player coach
author writer activist analyst economist expert candidate delegate child boy girl citizen gunman victim
suspect شخص رجل امراة صحفي محامي لاعب مدرب كاتب ناشط محلل خبير مرشح مندوب طفل مواطن مسلح ضحيه مشتبه
شاب فتاه زعيم
priest cleric rabbi كاردينال اسقف مطران حاخام
wife husband son daughter father mother brother sister cousin widow grandmother grandfather grandson
granddaughter nephew niece زوجه ابنه نجل نجله شقيق شقيقه والد والده ارمله حفيد حفيده
researcher scientist scholar student soldier hacker engineer manager judge
باحث باحثان باحثين باحثون طالب جندي مهندس""".split())
# (kin: not «جدة», Jeddah; nor «أم», «أب», «ابن», also "or", and the «بن» of names)


def _asks_for_a_person(folded: str) -> bool:
    """Whether a (folded) question asks which person ("Which police chief ...?", «أي
    وزير ...؟») or a person's name («ما اسم الطفل ...؟», «ما اسم الفلسطيني ...؟»; not «ما اسم
    البلدة ...؟», a town's) with other words than "who"."""
    if _ASKS_A_NAME.search(folded) is None:
        return bool(asked_person(folded))
    noun = _named_noun(folded)
    if not noun:
        return False
    if is_arabic(noun):
        bare = without_article(noun)
        return bare not in BODY_NOUNS and (_is_office(noun) or places.demonym(bare) is not None)
    return _person_word(noun) or noun in ENGLISH_NATIONALITIES


def _named_noun(folded: str) -> str:
    """The noun whose name a (folded) «ما اسم ...؟» or "What is the name of ...?" asks: the
    head of the phrase, an Arabic one's first word («البنك الألماني الصغير»), an English one's
    last ("the Labour Ministry website"); "" for another question."""
    name = _ASKS_A_NAME.search(folded)
    words = re.findall(r"[\w']+", name.group(1)) if name is not None else []
    if not words:
        return ""
    if is_arabic(words[0]):
        return words[0]
    phrase = list(itertools.takewhile(lambda word: word not in _PHRASE_ENDS, words)) or words[:1]
    return phrase[-1].removesuffix("'s")


def _person_word(word: str) -> bool:
    """Whether a (folded) word describes a person: a title or a person noun ("chief",
    "journalist")."""
    singular = word.removesuffix("s") if word.endswith("s") and not word.endswith("ss") else word
    return any(_is_title(w) or w in _PERSON_NOUNS for w in {word, singular})  # "researchers"


# Works, schemes and bodies whose name a "which" question asks ("Which trade paper reported
# ...?"); a sentence names one after the noun ("the trade paper Automotive News")
# (not a channel: "music channel MTV" is what a question on its show names)
ENGLISH_NAMED_KINDS = tuple("""paper newspaper magazine agency company firm show programme program
film movie book album song series novel play campaign project scheme initiative exhibition festival
operation""".split())
# ... and places whose name ends in the noun ("Which hospital ...?": "Hereford County Hospital")
ENGLISH_NAMED_PLACES = tuple("hospital university institute college school airport hotel stadium".split())
_NAMED_KINDS = frozenset(ENGLISH_NAMED_KINDS + ENGLISH_NAMED_PLACES) | frozenset(normalize(w) for w in """
صحيفة جريدة مجلة وكالة شركة برنامج فيلم كتاب حملة مشروع مبادرة معرض مهرجان""".split())


def thing_named(question: str) -> str:
    """The noun of a thing whose name a question asks («الإعصار» of «ما اسم الإعصار الذي اجتاح
    تايوان؟», "typhoon" of "What is the name of the typhoon ...?"), folded; "" when it asks
    none, or a person's."""
    folded = normalize(question)
    return "" if _asks_for_a_person(folded) else _named_noun(folded)


def asks_the_name_of_a_thing(question: str) -> bool:
    """Whether a question asks the name of something other than a person («ما اسم الخطة التي
    سيقدمها برلسكوني؟», "What is the name of Kraft's new label ...?"), or which work, scheme
    or body ("Which trade paper reported ...?")."""
    folded = normalize(question)
    if _ASKS_A_NAME.search(folded):
        return not _asks_for_a_person(folded)
    return any(word in _NAMED_KINDS for word in _which_words(folded))


def asked_person(question: str) -> str:
    """The title or person words by which a question asks which person: "chief" of "Which
    police chief backed ...?", «وزير» of «أي وزير ...؟»; "" when it asks no such thing."""
    described = [word for word in _which_words(normalize(question)) if _person_word(word)]
    return " ".join(described)


def _which_words(folded: str) -> list[str]:
    """The words after a (folded) question's "which" or "what" up to its verb."""
    which = _WHICH_PERSON.search(folded)
    if which is None:
        return []
    words = (which.group(1) or which.group(2) or "").split()
    if words and words[0] in _AUXILIARIES:
        return []  # "What did the minister say?": what, not who
    # (the words before a verb: "What system does Home Secretary Charles Clarke want ...?"
    # asks what system)
    return list(itertools.takewhile(lambda word: word not in _AUXILIARIES, words))


_AUXILIARIES = frozenset("""did does do is are was were will would has have had can could should may
might""".split())


def asks_who(question: str, language: str) -> bool:
    """Whether a question asks who did something other than meet ("Who announced the
    decision?", «من افتتح الاجتماع؟»): its answer names someone it does not. Not who
    someone is ("Who is Alaa Youssef?"), which the sentences naming them answer, unless a
    clause says whom it means («من هو مفوض النقل الأوروبي الذي تحدث عن ...؟») or an office
    opens it («من هو المتحدث باسم ...؟»); nor who met someone, unless the question names
    no meeting ("Who carried out the research?"). Also which person or what name, asked
    with other words ("Which police chief ...?", «ما اسم الطفل ...؟»)."""
    folded = normalize(question)
    if not _ASKS_WHO.search(folded):
        return _asks_for_a_person(folded) and intent_of(question, language) in (None, ROLE)
    intent = intent_of(question, language)
    return intent not in (ROLE, WHO_MET, ATTENDED, LIST) \
        or intent == WHO_MET and not names_a_meeting(question) \
        or intent == ROLE and (has_relative_clause(question) or opens_with_an_office(question))


def asks_at_which_event(question: str) -> bool:
    """Whether a question asks at which event someone said something ("At which event
    did Tony Blair say ...?", «في أي مؤتمر قال ...؟»)."""
    return bool(_AT_WHICH_EVENT.search(normalize(question)))


def asks_how_many(question: str) -> bool:
    """Whether a question asks a count, an amount or a measure ("How many ...?", «كم ...؟»,
    "How deep ...?")."""
    return bool(_HOW_MANY.search(normalize(question)))


def _met_only_in_a_time_clause(folded: str) -> bool:
    """Whether every meeting word of a (folded) question is in its «بعد أن» / "after" or
    «خلال» / "during" clause, which runs to a comma ("after he visited them", "during its
    visit"; not "After meeting Kerry, whom did Lavrov call?")."""
    clause = _TIME_CLAUSE.search(folded)
    if clause is None:
        return False
    comma = re.search(r"[,،]", folded[clause.end():])
    end = clause.end() + comma.start() if comma else len(folded)
    return bool(_MEETING_WORDS.search(folded[clause.start():end])) \
        and not _MEETING_WORDS.search(folded[:clause.start()]) and not _MEETING_WORDS.search(folded[end:])


# "Who supervises ...": who did something other than meet (not "Who is ...", "Who did ...")
_WHO_DOES = re.compile(r"^\W*who (?!(?:is|was|are|were|did|does|do|will|would|has|have|had|else|also|"
                       r"then|can|could|should|may|might)\b)\w+")


def _met_only_in_a_relative_clause(folded: str) -> bool:
    """Whether a (folded) question asks who did something else, its meeting words all in
    a relative clause that says which thing it means: "Who supervises the programme whose
    participants visited the museum?" (not "Who met the minister who visited Cairo?")."""
    who = _WHO_DOES.match(folded)
    if who is None or _MEETING_WORDS.search(folded, 0, who.end()):
        return False
    clause = _ENGLISH_RELATIVE.search(folded, who.end())
    return clause is not None and not _MEETING_WORDS.search(folded, 0, clause.start())


def asks_of_another_event(question: str, intent: str | None) -> bool:
    """Whether a question asks where or when something other than a meeting happened:
    "Where did the Emir of Asir open the new building ...?", «متى ينتهي عقد عمال المناجم؟»
    (no meeting word, no arrival, nobody it was done with), which no meeting record tells;
    not a follow-up that only asks about what came before ("And where was that?")."""
    folded = normalize(question)
    # (a meeting word, or a side, in what a speech was about is no meeting: «أين ألقى جون
    # كيري كلمته عن اتفاقية الشراكة ...؟», «... كلمته التي حذر فيها الكونغرس من رفض الاتفاق
    # النووي مع إيران؟»)
    said = _SPEECH_ABOUT.search(folded)
    asked = folded[:said.end()] if said else folded
    # (nor one in a clause that dates it: «أين ألقى غرينسبان خطابه قبل اجتماع وزراء مالية
    # مجموعة السبع؟», "Where did he stay after meeting Bush?")
    asked = _DATING_CLAUSE.sub(" ", asked)
    return intent in (WHERE, WHEN) and not _MEETING_WORDS.search(asked) \
        and not _ARRIVED_AT.search(folded) \
        and not _DONE_WITH.search(asked) \
        and sum(w not in _NOT_ENTITIES and w not in _HAPPENED for w in re.findall(r"\w+", folded)) >= 3


# A speech and what it was about, up to «عن»/"about"/"on"
_SPEECH_ABOUT = re.compile(r"\b(?:speech|address|lecture|remarks)\s+(?:about|on|in which)\b"
                           r"|(?<!\w)(?:ال)?(?:كلم|خطاب|محاضر)\w*\s+(?:عن|حول|التي|الذي)(?!\w)")
# A clause saying what came before or after, to a comma (not «من قبل», "by"; not "during",
# whose meeting is where the thing happened)
_DATING_CLAUSE = re.compile(r"\b(?:before|after|ahead of|prior to)\b[^,،]*"
                            r"|(?<!من )(?<!\w)(?:قبل|بعد|عقب)(?!\w)[^,،]*")
_HAPPENED = frozenset("that this it there be been happen happened take took place held hold".split())
_DONE_WITH = re.compile(r"\bwith\b|(?<!\w)(?:مع|برفقه)(?!\w)")


# "will Obama not visit", "did not meet", «لن يزور», «لم يلتق»
_NOT_MET = re.compile(r"(?:\bnot|\bnever|n't)\s+(?:\w+\s+)?"
                      r"(?:meet|met|visit|visited|visiting|receive|received|attend|attended|sign|signed)\b"
                      r"|(?<!\w)(?:لن|لم)\s+[يت](?:زور|زر|لتق\w*|ستقبل|حضر|وقع)(?:ه|ها|هم)?(?!\w)")
# "Who heads Saudi Arabia's delegation to ...?", "Who heads the Saudi side of the committees
# ...?": who holds a post, which a report says (the ledger's sides are no delegation's heads);
# not who chaired "the ... committee meeting in Cairo", a meeting's chair
_WHO_LEADS = re.compile(r"^\W*who (?:heads|headed|leads|led|chairs|chaired|will (?:head|lead|chair))\b"
                        r".*\b(?:delegation|committees?|side|council|panel|commission|board)\b(?! meeting)")
# «بعد أن زارها», "after he visited them", «خلال زيارته», "during its visit"
_TIME_CLAUSE = re.compile(r"\b(?:after|during)\b|(?<!\w)(?:بعد ان|بعدما|خلال|اثناء)(?!\w)")
# «متى وصل كيري إلى القاهرة؟», "When did he arrive in Cairo?": an arrival, which records tell
_ARRIVED_AT = re.compile(r"\barriv|\breach|(?<!\w)[وف]?(?:س?[يت]صل|وصل|وصول)\w*")
# "Who asked Gordon Brown whether ...?": what someone said or asked, not whom he met
# ("Which Greek minister said the talks ... were in the final stage?", «أي وزير يوناني قال ...»)
# ("Who from Sal Oppenheim called the deal ...?", "Which General People's Congress official
# spoke of the Cairo talks ...?": what a speaker said of talks, not who took part in them)
_WHO_SAID = re.compile(
    r"^\W*(?:(?:who(?: (?:from|at) [\w'’-]+(?: [\w'’-]+){0,3})?|(?:which|what)(?: [\w'’-]+){1,5})"
    r" (?:said|says|told|announced|stated|claimed|predicted|warned|"
    r"asked|questioned|critici[sz]ed|accused|blamed|denied|insisted|argued|described"
    r"|spoke (?:of|about)|talked about"
    r"|called(?=[^?]* an? \w))\b"  # ("called Brown's article a warning shot": named it, no phone call)
    r"|(?:من (?:الذي )?|اي(?: \w+){1,3} )(?:قال|صرح|اعلن|ذكر|توقع|سال|انتقد|اتهم)\b"
    # "What did Tony Blair call the Tory spending plans?": what he named them (not "call
    # for", "call on", nor "What did Obama call Netanyahu about?", a phone call)
    r"|^\W*what (?:did|does|do|would|will) (?:[\w'’-]+ ){1,5}call (?!(?:for|on|off|back|with|to)\b)"
    r"(?![^?]*\babout\W*$))")
# Words after which a country is what a meeting was about, not a side (folded)
_TOPIC_BEFORE = frozenset(normalize(w) for w in ("on", "about", "over", "regarding", "concerning",
                                                 "بشأن", "حول", "تجاه", "إزاء"))
# ... and before which it is ("When did the UN Security Council endorse the Iran nuclear deal?")
_TOPIC_AFTER = frozenset(("nuclear", "deal", "accord", "agreement", "pact", "crisis", "issue", "file",
                          "programme", "program", "conflict", "war"))
_HOW_MANY = re.compile(r"\bhow (?:many|much|long|old)\b|(?<!\w)(?:كم|بكم|ما عدد)(?!\w)"
                       # a measure: "How deep was the well ...?", "What temperature does ...?"
                       r"|\bhow (?:far|large|big|deep|high|tall|wide|heavy|fast|hot|cold)\b"
                       r"|^\W*what (?:temperature|depth|height|distance|length|speed|weight)\b"
                       r"|(?<!\w)باي (?:نسبه|مبلغ|قيمه)(?!\w)"  # «بأي نسبة»: by what share
                       # "What stake in Sunderland did Bob Murray buy?": a share
                       r"|^\W*what (?:stake|share|percentage|proportion)\b"
                       # "What was Brazil's unemployment rate ...?", «ما نسبة ...؟»: a figure
                       r"|^\W*what (?:is|was|are|were|will be) (?:the |its |their |[\w']+'s )?"
                       r"(?:[\w-]+ ){0,2}?"
                       r"(?:rate|percentage|proportion|share|figure|total|price|level|value|amount|area)\b"
                       # "What did the unemployment rate fall to ...?": the figure it reached
                       r"|^\W*what did\b.*\b(?:rise|fall|drop|climb|grow|increase|decrease|decline|jump|"
                       r"slip|shrink|surge|plunge|edge (?:up|down))\s+(?:to|by)\b"
                       r"|^\W*[وف]?ما (?:هي |هو )?(?:نسبه|معدل|حجم|قيمه|مقدار|عمق|ارتفاع|طول|مسافه|سرعه"
                       r"|وزن|درجه الحراره|(?:ال)?مساحه)(?!\w)")
# (in English, anything said or done there but meeting: "At which summit might Japan and West
# Germany come under pressure to cut interest rates?" asks the summit's name, not where they met)
_AT_WHICH_EVENT = re.compile(r"\b(?:at|in|during) (?:which|what) "
                            r"(?:meeting|conference|session|event|summit|forum)\b"
                            r"(?!.*\b(?:meet|meets|met|talks|hold|holds|held|sign|signs|signed)\b)"
                            r"|\bon (?:which|what) (?:\w+ )?(?:programme|program|show)\b"
                            r"|(?<!\w)(?:في|خلال) اي (?:اجتماع|موتمر|جلسه|مناسبه|لقاء|قمه|برنامج)(?!\w).*"
                            r"(?<!\w)[وف]?(?:قال|صرح|اعلن|اكد|حذر)(?!\w)")
_THE_PRESS = re.compile(r"\b(?:meet|meets|met|meeting)\s+(?:with\s+)?(?:the\s+)?"
                        r"(?:press|reporters|journalists)\b"
                        r"|(?:التقي|يلتقي|لقاء|التقاء)\S*(?:\s+\S+){0,4}?\s+(?:ب|مع\s+)?"
                        r"(?:الصحافه|الصحفيين|الاعلاميين|وسايل الاعلام)")
# A company's meeting of its shareholders is no meeting of sides ("When is Deutsche Boerse's
# annual general meeting?" read "Boerse" as Boris Skapin, whom the ledger knows)
_ASSEMBLY = re.compile(r"\b(?:general|shareholders'?|annual shareholder) meetings?\b|\bagms?\b"
                       r"|\bannual meetings? of (?:the |its )?shareholders\b|(?<!\w)الجمعيه العموميه(?!\w)")
# ("On which day will Sepp Blatter leave his post as FIFA president?" asks the day)
_WHERE_OR_WHEN = re.compile(r"\b[وف]?(?:اين|متي)\b|\b(?:where|when)\b|\b(?:which|what) (?:day|date)\b"
                            r"|في اي (?:يوم|تاريخ)(?!\w)")
_WHO_IS_WHO_MET = re.compile(r"(?:من هو|من هي|\bwho (?:is|was)\b|\bwho's\b).*(?:استقبل|التقي|التقا|"
                             r"اجتمع|زار|\b(?:met|meet|meeting|received|hosted|visited|talks?)\b)")


# "Who did James Baker meet, according to Reagan?", «... بحسب نايجل لوسون؟»: who said so
# is not asked about
_SOURCE = re.compile(r",?\s*(?:\baccording to\b|(?<!\w)(?:بحسب|حسب|وفقا ل|وفقاً ل)\s)[^,?;؟،]*",
                     re.IGNORECASE)
# "Who wrote the play 'The Narrator Said'?", «العرض المسرحي «قال الراوي»»: the title of a
# work names no one ("Said" is also a given name)
_QUOTED_TITLE = re.compile(
    r"(?:\b(?:play|film|movie|book|novel|programme|program|show|series|song|album|poem|slogan|"
    r"documentary|exhibition|campaign)|(?<!\w)[وبل]?(?:ال)?(?:مسرحي[ةه]|فيلم|كتاب|رواي[ةه]|برنامج|"
    r"مسلسل|[أا]غني[ةه]|قصيد[ةه]|شعار|حمل[ةه]|معرض|عرض)(?:\s+(?:ال)?(?:مسرحي[ةه]?|سينمائي[ةه]?))?)"
    r"\s+(['‘\"“«][^'’\"”»?؟]{1,80}['’\"”»])(?![\w'’])",
    re.IGNORECASE)


def _without_titles(question: str) -> str:
    """The question with the quoted titles of works it names taken out."""
    return _QUOTED_TITLE.sub(lambda m: m.group(0)[:m.start(1) - m.start(0)] + " ", question)


# A monarch's number after a name, as Arabic spells it («الثاني» ... «العاشر»)
_REGNAL_NUMBERS = dict(zip("II III IV V VI VII VIII IX X".split(),
                           "الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر".split()))


def parse(question: str, language: str, ledger: Ledger,
          is_common: Callable[[str], bool] = lambda word: False) -> Request | None:
    """The meeting request in a question; ``None`` when it is not a meeting question.

    Words that match a participant's name keys form mentions: consecutive
    words matched by one participant are one mention, and a word next to a
    mention that matches no one ("Ramzan" before "Kadyrov") belongs to it.
    Words that match no one are ``unknown`` names when they look like names:
    capitalised and rare in the corpus in English ("Guterres", not
    "Electricity"); in Arabic, rare words without the article that come in
    pairs («جاسيندا أرديرن», not «انضمام تركيا»). A country counts as a side
    only when the question names no person ("between Nigeria and France"). Meeting the
    press is a news conference, no one's meeting: no request.
    """
    intent = intent_of(question, language)
    question_folded = normalize(question)
    if intent is None or _THE_PRESS.search(question_folded) or _ASSEMBLY.search(question_folded):
        return None
    read = _SOURCE.sub(" ", _without_titles(question))
    written = _compounds_joined(re.findall(r"[\w\u0621-\u064A'’-]+", read))
    words = [re.sub(r"['’]s$", "", w).strip("'’-") for w in written]
    possessives = frozenset(k for k, w in enumerate(written) if re.search(r"\w['’]s$", w))
    # "King Mohammed VI": the numeral is part of the name, as Arabic writes it («محمد السادس»)
    words = [_REGNAL_NUMBERS.get(word, word) if k and words[k - 1][:1].isupper() else word
             for k, word in enumerate(words)]
    bodies = _owners_of_bodies(written)
    people: list[list[set[str]]] = []
    spelled: list[list[str]] = []
    absorbed: list[list[str]] = []
    absorbed_at: set[int] = set()
    # the mentions that took in a name-like word no one in the ledger has («جاك سترو»)
    with_stranger: set[int] = set()
    unknown: dict[int, str] = {}
    towns: set[int] = set()  # unknown words that name a town, not a person
    after_names: set[int] = set()
    countries: list[str] = []
    named_countries: list[str] = []  # by name, not by an adjective («الرقائق اليابانية»)
    cities: list[str] = []
    venue: list[str] = []
    place = None
    visited = False  # the place is where a visit went ("during his visit to Egypt")
    skip = 0
    last_matched = -2
    for index, word in enumerate(words):
        if skip or index in bodies:
            skip = max(0, skip - 1)
            continue
        folded = normalize(word)
        bare = strip_prefix(folded)
        if folded in NAME_PARTICLES and not places.find_in(
                [folded] + [normalize(w) for w in words[index + 1:index + 3]], fuzzy=False):
            if last_matched == index - 1:
                last_matched = index  # «محمد بن سلمان» is one name
            continue
        follows_name = last_matched == index - 1
        # «عبدالله بن مساعد»: after «بن» a father's name, however common a word («مساعد»)
        fathers_name = follows_name and index > 0 and normalize(words[index - 1]) in _LINEAGE
        if folded in _FEATURES or index + 1 < len(words) and words[index + 1].lower() in _FEATURES_AFTER:
            # «بحر إيجه», "Aegean Sea", "the Zaatari camp": a sea, a gulf, an island or a
            # camp, not a person
            skip = 1
            continue
        if index + 1 < len(words) and words[index + 1].lower() in _DIVISIONS_AFTER \
                and places.kind_of(word) is None:
            # "Abyan province": a place the gazetteer lacks, not a person (Al-Atyan, one
            # letter off); a known one is found below ("the Riyadh region")
            skip = 1
            continue
        if folded in _MEDALS and index + 1 < len(words) and normalize(words[index + 1]).startswith("ال"):
            skip = 1  # «وسام الاستحقاق الوطني»: a medal, not a man named Wisam
            continue
        if is_arabic(word) and follows_name and folded.startswith("ال") \
                and folded in folded_tables()["title_heads"] and not ledger.is_surname(folded):
            continue  # «نزار مدني القنصل العام ...»: the other side's title, not a family name
        if _venue_word(words, index) and not _not_a_name(word, folded, bare, index, follows_name):
            # «قصر العوجا», "Al-Yamamah Palace": the report must name it (not "Electricity"
            # in "Saudi Electricity Company", an ordinary word that Arabic translates)
            venue.append(word)
            continue
        airport_city = _airport_city(words, index)
        if airport_city is not None:  # «في مطار الجوف», "at Al-Jouf airport": the meeting's city
            cities.append(airport_city.name)
            place = place or airport_city
            continue
        if _family_name_of_a_stranger(words, index, unknown, towns, ledger):
            unknown[index] = word  # «عدنان الزهراني», «عدنان السيد»
            continue
        # («مركز أرامكو»: a body's own name, when the ledger has it as a side)
        if _names_a_feast(words, index) or _verb_after_question_word(words, index) \
                or not fathers_name and _not_a_name(word, folded, bare, index, follows_name) \
                or not follows_name and _qualifies_the_noun_before(words, index) \
                or not follows_name and _superlative(words, index) \
                or _spokesman_of(words, index) \
                or _after_a_relative_pronoun(words, index) \
                or (_names_a_building(words, index) and not ledger.names_only_bodies(ledger.keys_for(bare))
                    and not _the_city_named(words, index)) \
                or _in_institution_name(words, index):
            if follows_name and (folded in honorific_words() or folded in _LATIN_SHEIKH) \
                    and normalize(words[index - 1]) in _TITLED_LINEAGE:
                # «إسماعيل ولد الشيخ أحمد»: a title inside a name (not «الملك سلمان الشيخ
                # عبدالرحمن السديس», two people)
                last_matched = index
            country = _nationality(word, folded, bare, words[index + 1:index + 2])
            if country is not None:  # "Spanish" is an ordinary word, and names a country
                countries.append(country)
                skip = _rest_of_country(words, index)
            continue
        # «تركي بن سعود»: before «بن» a word is a given name, not "Turkish"
        fathered = index + 1 < len(words) and normalize(words[index + 1]) in _LINEAGE
        if is_arabic(word) and not follows_name and not fathered \
                and folded in folded_tables()["title_heads"] and not ledger.with_keys({"ar:" + folded}):
            continue  # «وكيل إمارة منطقة الباحة»: an office no one is named (not Al-Khail, "kil")
        country = None if fathered else _nationality(word, folded, bare, words[index + 1:index + 2])
        if country is not None:  # "Saudi", «المصري»: whose, not who
            countries.append(country)
            if not is_arabic(word):
                skip = _rest_of_country(words, index)
                continue  # "Indonesian" names no one
        if _regional_adjective(words, index):
            continue  # "Chechen President Ramzan Kadyrov": whose president, not a man named Chechen
        following = [normalize(w) for w in words[index + 1:index + 3]]
        # («لدى وصوله الطائف»: where he arrived)
        after_in = index > 0 and normalize(words[index - 1]) in ("في", "in", "at", "الي", "to", *_ARRIVED)
        # «أحمد السالم»: after a given name, a family name the ledger knows, not Salem (India)
        surname = follows_name and is_arabic(word) and folded.startswith("ال") and ledger.is_surname(folded)
        found_place = None if fathered or surname or _given_name(words, index, ledger) \
            or _family_name(words, index) \
            or _adjective_of_the_noun_before(words, index) else (
            places.find_in([folded] + following, fuzzy=after_in and is_arabic(word))
            # («وكيل», "deputy", is no «و» + Kiel; «سيب بلاتر», after a name no one has, is
            # Sepp Blatter, not Sepp in Latur)
            or (_place_after_prefix(folded, bare, following)
                if bare != folded and folded not in folded_tables()["title_heads"]
                and not (index - 1 in unknown and index - 1 not in towns) else None)
            # «للصين» is «ل» + «الصين»
            or (places.find_in(["ال" + folded[2:]] + following, fuzzy=False)
                if folded.startswith("لل") else None)
            # «وقعت المملكة»: Saudi Arabia
            or (places.the_kingdom(folded, following[0] if following else "") if is_arabic(word) else None))
        body: set[str] = set()
        if found_place is not None and found_place[1] == 1 and found_place[0].kind == "city" \
                and not after_in and ledger.names_a_body(body := ledger.keys_for(bare)):
            found_place = None  # "between King Abdulaziz University and Oxford": the university
        if found_place is not None and found_place[1] == 1 and found_place[0].kind == "city" \
                and _family_name_after_a_rare_one(words, index, ledger):
            found_place = None  # «بعاطي القرشي»: Al-Qurashi, not Qarshi
        if found_place is not None:
            if found_place[0].kind == "city":
                cities.append(found_place[0].name)
                if after_in and (place is None or place.kind == "city"
                                 or place.country == found_place[0].country):
                    # not «أمير منطقة مكة المكرمة», a title; nor "in Qatar after his visit to
                    # Cairo", a city of another country than the one asked about
                    place = found_place[0]
                    visited = _visit_before(words, index)
            else:
                countries.append(found_place[0].name)
                after = words[index + found_place[1]] if index + found_place[1] < len(words) else ""
                if (index == 0 or normalize(words[index - 1]) not in _TOPIC_BEFORE) \
                        and normalize(after) not in _TOPIC_AFTER:
                    # (not "what did the Doha meeting achieve on Syria?", nor "the Iran
                    # nuclear deal": what it was about)
                    named_countries.append(found_place[0].name)
                if after_in and place is None:  # "in Kuwait", «في الكويت»
                    place = found_place[0]
                    visited = _visit_before(words, index)
                elif place is None and _visit_before(words, index):  # «زيارته لمصر»
                    place, visited = found_place[0], True
            skip = found_place[1] - 1
            continue
        # «والكنائس»: the article after a conjunction or preposition too (not «فاليك»,
        # Falic, a name the ledger knows)
        with_article = folded if _has_article(word) else folded[1:] if (
            re.match(r"[وفبك]ال", folded) and not _keys_of(word, folded, folded, ledger)) else None
        if is_arabic(word) and with_article is not None and _town_office_before(words, index) \
                and _name_like(word, with_article[2:], is_common):
            unknown[index] = word  # «محافظ العويقيلة»: a town the gazetteer lacks
            towns.add(index)
            continue
        if is_arabic(word) and not follows_name and not fathered and (
                places.demonym(bare) is not None
                or with_article is not None and not ledger.is_surname(with_article)
                # «بالعيد» ("on Eid"), though «العيد» is someone's family name too
                or with_article is not None and with_article != folded
                and with_article in common_arabic_words()):
            continue  # «اليمني», «العالم»: not a name unless it follows one; «الجبير» is
        if is_arabic(word) and follows_name and spelled and len(spelled[-1]) >= 2 \
                and folded in common_arabic_words() and (
                    with_article is not None or not _begins_a_name(words, index + 1, ledger)
                    and not _foreign_name_ends_question(words, index, ledger, is_common)):
            # «مع سامح شكري الأوضاع في اليمن», «غوردون براون أكبر أحيائه»: after a full
            # name, a word of the language is what they discussed or did, unless a name
            # goes on after it («سعد الحريري عادل الجبير»)
            continue
        if is_arabic(word) and not follows_name and _governs_the_noun_after(words, index, ledger):
            continue  # «من هو مالك الأرض ...؟»: "the owner of the land", not a man named Malik
        keys = body or _keys_of(word, folded, bare, ledger)
        if keys and is_arabic(word) and ledger.names_only_bodies(keys) \
                and not (index > 0 and strip_prefix(normalize(words[index - 1])) in BODY_NOUNS):
            # «مركز أرامكو لريادة الأعمال»: a body by the word after its noun, not by
            # «ريادة» ("entrepreneurship"), which names another body («جمعية ريادة الأعمال»)
            keys = set()
        # «وأردوغان», «بتوني بلير»: a conjunction or preposition starts another person
        # (but «بندر» is a name, not «ب» + «ندر»)
        next_to_name = bool(people) and last_matched == index - 1
        adjacent = next_to_name and not _prefixed(word, ledger)
        # «سعد الحريري سامح شكري»: a family name ends a name; the next word starts another
        # («علي الحازمي روبن لي»: a known family name alone ends a name too)
        # («آلان غارسيا»: «آلان», Alan, has no article)
        after_full_name = next_to_name and is_arabic(word) and _has_article(spelled[-1][-1]) \
            and len(normalize(spelled[-1][-1])) >= 4 \
            and (len(spelled[-1]) >= 2 or ledger.is_surname(normalize(spelled[-1][-1]))) \
            and not folded.startswith("ال")
        after_family = adjacent and after_full_name
        # «جاك سترو عبدالرحمن السديس»: after a name the ledger does not know, a known and rare
        # one starts a second person (it does not own the whole name, as "Kadyrov" below does)
        after_stranger = bool(keys) and adjacent and len(people) - 1 in with_stranger \
            and not _very_common(keys, ledger)
        # "Mohammad Ismail Qasemyar": in English a name goes on after a very common given
        # name (Arabic may name two people in a row, «محمد بن سلمان مسعود بارزاني»)
        after_given = adjacent and not is_arabic(word) and len(people[-1]) == 1 \
            and _very_common(people[-1][0], ledger)
        if keys and adjacent and not after_family and not after_stranger \
                and _continues(people[-1], keys, ledger):
            people[-1].append(keys)
            spelled[-1].append(word)
        elif keys and (after_family or after_stranger or not (adjacent and (
                after_given or _very_common(keys, ledger) or (
                    len(people[-1]) < 2 and not _met_each_other(people[-1], keys, ledger)
                    and not (len(spelled[-1]) >= 2 and _name_goes_on(words, index, keys, ledger)))))):
            # after a full name («محمد بن سلمان مسعود بارزاني», «إبراهيم محلب مسعود
            # بارزاني») a known name is a second person
            people.append([keys])
            spelled.append([word])
            absorbed.append([])
        elif keys and adjacent and len(people[-1]) == 1 and (after_given or not _very_common(keys, ledger)):
            # "Ramzan Kadyrov" where "Ramzan" matched someone else: the name is Kadyrov's
            people[-1] = [keys]
            absorbed[-1] = [*absorbed[-1], spelled[-1][-1]]
            spelled[-1].append(word)
        elif adjacent and not after_family and (
                keys or _name_like(word, bare, is_common, after_name=True)
                or fathers_name and is_arabic(word)):
            absorbed[-1].append(word)  # "Ismail Ould Cheikh Ahmed": Cheikh, Ahmed
            spelled[-1].append(word)
            absorbed_at.add(index)
            if not keys and not fathers_name:
                with_stranger.add(len(people) - 1)
        else:
            # "Yvette Cooper": a capitalised word right after a name the ledger lacks is its
            # family name, however common a word ("cooper"), when it ends the name (not
            # "Hyundai Heavy Industries", a company)
            after_stranger_name = not is_arabic(word) and index - 1 in unknown \
                and not is_arabic(words[index - 1]) \
                and not (index + 1 < len(words) and words[index + 1][:1].isupper())
            # («باللورد وولف»: after a peer's honorific a family name, though its letters also
            # read as a common word, «و» + «ولف»)
            named_by_honorific = is_arabic(word) and _after_a_surname_honorific(words, index) \
                and not bare.startswith("ال") and bare not in common_arabic_words()
            if named_by_honorific or _name_like(word, bare, is_common, after_name=after_stranger_name):
                unknown[index] = word
                if after_full_name:
                    # «سعد الحريري سامح شكري»: a person's slot, though the word may look
                    # prefixed («حمد الضويلع فدريكا موغيريني»: Federica, not «ف» + «دريكا»)
                    after_names.add(index)
            continue
        last_matched = index
    starts = _mention_starts(words, spelled)
    for i in list(unknown):
        # "Ramzan" before "Kadyrov" (not «ميستورا» before «بعادل»: «بـ» starts another person;
        # nor «شومر» in «تشاك شومر برايان مولروني»: a stranger's two words before a full name
        # are another person's)
        mention = starts.get(i + 1)
        if mention is None or _prefixed(words[i + 1], ledger) or i in towns:
            continue
        if not (i - 1 in unknown and len(spelled[mention]) >= 2):
            absorbed[mention].append(unknown[i])
            absorbed_at.add(i)
    # ("Abu Arish": the name with its "Abu", which Arabic may join to it, «أبوعريش»)
    loose = {i: f"Abu {w}" if i and words[i - 1] == "Abu" else w
             for i, w in unknown.items() if i not in absorbed_at}
    residue = tuple(w for i, w in sorted(loose.items())
                    if not is_arabic(w) or _arabic_name_slot(words, loose, i)
                    or i in after_names or i - 1 in after_names and i - 1 in loose
                    or _place_slot(words, i)) + tuple(venue)
    offices: list[str] = []
    if not people:  # "Who did the Deputy Crown Prince meet in Cairo?"
        for _, keys, title, _ in _offices(words, countries, ledger, possessives):
            if keys:
                people.append([{HOLDER + key for key in keys}])
                spelled.append([title])
                absorbed.append([])
            elif people or residue:  # «أمير المنطقة الشرقية سفير اليابان»: someone there
                # must bear it; so too after a name the ledger does not know («متى التقى موكيش
                # أمباني وزير المالية الهندي؟»)
                offices.append(title)
    else:
        # «متى التقى دي ميستورا وزير الدفاع الكويتي؟»: an office after a name that its
        # bearer does not hold is the other side (``starts``: the mentions found above)
        for start, keys, office, holders in _offices(words, countries, ledger, possessives):
            end = start + len(office.split())
            if start <= min(starts) or not _other_sides_office(words, start, end, starts) \
                    or _holds_it(people, holders):  # «عادل الجبير وزير الخارجية»: his own office
                continue
            if keys:
                people.append([{HOLDER + key for key in keys}])
                spelled.append([office])
                absorbed.append([])
            else:  # no one, or too many to say who: someone there must bear it
                offices.append(office)
    if not people and not any(_is_title(w) for w in words):  # "Where did Nigeria and France sign?"
        two_countries = len(set(named_countries)) >= 2
        for country in named_countries:
            # the country as a side, or when two are, their people ("What did Argentina and
            # Venezuela agree?": their presidents signed; not "Who did Mauritania receive
            # from the ICC?", any Mauritanian's meeting)
            keys = ledger.parties(country) | (ledger.nationals(country) if two_countries else set())
            if keys:
                people.append([keys])
                spelled.append([country])
                absorbed.append([])
        if people:
            # "Where did Sweden sign an agreement with Algeria?": a country that is no
            # recorded party must at least be named in the report
            residue += tuple(c for c in dict.fromkeys(named_countries)
                             if not ledger.parties(c) and not (two_countries and ledger.nationals(c)))
    if intent == WHERE and not visited:
        place = None  # «أين بحث ... الأوضاع في اليمن؟»: a place in a where-question is a topic's
    own = tuple(frozenset().union(*(word_keys(w) | word_keys(strip_prefix(normalize(w)))
                                    for w in words if w not in extra))
                for words, extra in zip(spelled, absorbed))
    return Request(intent, tuple(tuple(tuple(sorted(w)) for w in mention) for mention in people),
                   place, residue, tuple(" ".join(words) for words in spelled),
                   tuple(tuple(words) for words in absorbed), own, tuple(dict.fromkeys(countries)),
                   tuple(dict.fromkeys(cities)), tuple(offices))


MAX_TITLE_HOLDERS = 3
# Offices in the plural close a title run: they name a group, not one holder.
_PLURAL_OFFICES = frozenset(normalize(w) for w in """
ministers officials secretaries leaders envoys ambassadors governors delegates representatives
heads chiefs presidents premiers directors chairmen members
""".split())
TITLE_MAJORITY = 0.6


def _rest_of_country(words: list[str], index: int) -> int:
    """How many words after a nationality ("Saudi") go on to name its country: "Arabia" of
    "Saudi Arabia's delegation" names no one."""
    whole = places.find_in([normalize(w) for w in words[index:index + 3]], fuzzy=False)
    return whole[1] - 1 if whole is not None and not is_arabic(words[index]) else 0


def _owners_of_bodies(written: list[str]) -> set[int]:
    """The positions of a capitalised name whose possessive governs a body's noun:
    "Manchester United's board" is a club, no person."""
    owners: set[int] = set()
    for k in range(len(written) - 1):
        if re.search(r"['’]s$", written[k]) and written[k + 1].lower() in INSTITUTION_WORDS:
            start = k
            while start > 0 and written[start - 1][:1].isupper():
                start -= 1
            owners.update(range(start, k + 1))
    return owners


def office_words(office: str) -> list[str]:
    """The words of an office less its nationality («وزير الدفاع الكويتي»: «وزير الدفاع»),
    which a title may write as a country («وزير الدفاع بدولة الكويت»)."""
    return [w for w in office.split() if not _is_nationality(w)]


def _is_nationality(word: str) -> bool:
    """"Kuwaiti", «الكويتي»: a word that names a country by its people."""
    folded = normalize(word)
    return _nationality(word, folded, strip_prefix(folded), []) is not None


def _other_sides_office(words: list[str], start: int, end: int, starts: dict[int, int]) -> bool:
    """Whether the title words ``words[start:end]`` after a name name another side:
    an office («وزير الدفاع», "the President of Senegal"), not an organisation («الاتحاد
    الأوروبي»), not a part of a longer title («المستشار الدبلوماسي لرئيس الوزراء»), and
    not the title of the name that follows ("Yemen's information minister Nadia Al-Sakkaf")."""
    heads = folded_tables()["title_heads"]
    run = [normalize(w) for w in words[start:end]]
    if is_arabic(words[start]) and run[0][:1] == "ل" and strip_prefix(run[0]) in heads:
        return False
    run[0] = _unprefixed_head(run[0]) if is_arabic(words[start]) else run[0]  # «التقى X بوزير الدفاع»
    if not any(w in heads or w in ENGLISH_TITLE_HEADS for w in run):
        return False
    return not any(end <= k <= end + 1 for k in starts)


def _unprefixed_head(folded: str) -> str:
    """A title's first word without the «ب» ("with") written on it: «التقى X بوزير ...»
    meets the minister. (Not «و»: «ورئيس جامعة ...» may stop short of the body it heads.)"""
    heads = folded_tables()["title_heads"]
    return folded[1:] if folded.startswith("ب") and folded not in heads and folded[1:] in heads else folded


def _offices(words: list[str], countries: list[str], ledger: Ledger, possessives: frozenset[int]
             ) -> list[tuple[int, set[str] | None, str, list[set[str]]]]:
    """(where it starts, its holders' keys, the office as written, each holder's keys)
    for each run of title words of two or more words; the holders' keys are ``None``
    when no one in the ledger holds the office, and empty when too many do.

    A question may name people by office alone: each run of title words («ولي ولي
    العهد», "Deputy Crown Prince") is looked up in the participants' titles, in the
    other language through the title vocabulary; a run that fits more than
    ``MAX_TITLE_HOLDERS`` people ("Foreign Minister") names no one in particular,
    unless the question's country ("Saudi", «المصري») narrows it down. A title
    followed by the place it governs («محافظ الخرج», "governor of Al-Kharj") is
    looked up with it; not one of a place's possession ("head of China's National Bureau
    of Statistics": the words at ``possessives`` were written with "'s")."""
    found = []
    run: list[str] = []
    heads = folded_tables()["title_heads"]
    for index, word in enumerate([*words, ""]):
        if word and _is_title(word):
            # «أمير المنطقة الشرقية سفير اليابان»: a head after a title's last word
            # starts another office (not «نائب رئيس», «ولي ولي العهد»)
            if len(run) >= 2 and is_arabic(word) and normalize(word) in heads \
                    and normalize(run[-1]) not in heads:
                found.extend(_offices_of_run(run, words, index, countries, ledger, possessives))
                run = []
            run.append(word)
            continue
        if run and normalize(word) in _PLURAL_OFFICES:
            run = []  # "the deputy finance ministers of the Group of 10": a group, not a holder
            continue
        if run:
            found.extend(_offices_of_run(run, words, index, countries, ledger, possessives))
        run = []
    return found


def _offices_of_run(run: list[str], words: list[str], index: int, countries: list[str], ledger: Ledger,
                    possessives: frozenset[int]) -> list[tuple[int, set[str] | None, str, list[set[str]]]]:
    """The office a run of title words ending before ``index`` names, as in :func:`_offices`."""
    governed, place_words = (None, []) if _given_name(words, index, ledger) else _place_after(words, index)
    after_place = index + len(place_words)
    if governed is not None and after_place - 1 in possessives and after_place < len(words):
        return []  # "head of China's central bank": an office of what the country has
    body = _organisation_after(words, index) if governed is None else []
    start = index - len(run)
    if len(run) >= 2 and start > 0 and _narrows_the_office(words[start - 1]):
        run, start = [words[start - 1], *run], start - 1  # "constitutional affairs spokesman"
    run = run + body  # "Secretary-General of the Muslim World League"
    if governed is None and len(run) == 1 and normalize(run[0]) in _TOWN_OFFICES and index < len(words) \
            and is_arabic(words[index]) and normalize(words[index]).startswith("ال"):
        run = run + [words[index]]  # «محافظ الرس»: a town the gazetteer lacks, with its office
    # one word alone («المنسق», "President") names no office in particular; with a
    # nationality after it («الرئيس الفرنسي») it does, and a longer office with one
    # («وزير الخارجية المصري») is held by someone known to be of that country
    national = index < len(words) and _is_nationality(words[index])
    if national:
        # «السفير البنغلاديشي لدى المملكة»: Bangladesh's ambassador, not one of the kingdom
        # the question also names
        folded = normalize(words[index])
        countries = [_nationality(words[index], folded, strip_prefix(folded), words[index + 1:index + 2])
                     or _nationality(words[index], folded, strip_prefix(folded), [])]
    owner = _country_before(words, start)
    if owner is not None:  # "Sudan's second vice president": held by someone of Sudan
        countries, national = [owner], True
    if not (len(run) >= 2 or governed is not None or national and len(run) == 1):
        return []
    if len(run) >= 2 and governed is None and not national and _qualifies(words, index, ledger):
        # «مدير الأمن القومي في مركز ...» is no «مدير الأمن العام»: the adjective narrows it
        run = run + [words[index]]
    elif len(run) >= 2 and governed is None and not national and _served(words, index, ledger):
        # «رئيس اللجنة الوطنية للمقاولين» is no «رئيس اللجنة الوطنية للتعليم العالمي»: the
        # word after the office with «لل» names whom its body serves (and a place after it
        # where: «المدير العام للتعليم في منطقة الرياض»)
        run = run + [words[index]]
        governed, place_words = _place_named_after(words, index + 1)
    elif len(run) >= 2 and governed is None and not national \
            and _governs_a_noun(run[-1], words, index, ledger):
        # «رئيس هيئة قناة السويس» is no «رئيس هيئة الأركان العامة»: the noun the office's
        # last word governs names its body
        run = run + [words[index]]
    # «بوزير الخارجية» after a name: the office of the one met with
    asked = [_unprefixed_head(normalize(run[0])), *run[1:]] if is_arabic(run[0]) else run
    holders = _people(ledger.holders(" ".join(asked), countries, governed, of_country=national))
    # as the question writes it, with the place it governs («محافظ الخرج»)
    office = " ".join(run + place_words)
    keys: set[str] | None = set()
    if not holders:
        keys = None
    elif len(holders) <= MAX_TITLE_HOLDERS:
        keys = set().union(*(k for k, _ in holders))
    else:
        # many holders, but most records give the office to one of them
        # («ولي ولي العهد»: a stray record or two does not make it common)
        top, count = max(holders, key=lambda h: h[1])
        if count >= TITLE_MAJORITY * sum(c for _, c in holders):
            keys = set(top)
    if not keys and national and index < len(words) and is_arabic(words[index]):
        # «وزير الخارجية الكندي» held by no one the ledger knows: whoever bears the
        # office at a meeting must be Canadian too
        office = f"{office} {words[index]}"
    return [(start, keys, office, [set(k) for k, _ in holders])]


# Words before an English office that tell which of its holders, not which office
# ("the new foreign minister", "the current chairman")
_WHICH_HOLDER = frozenset("""new current former acting interim outgoing incoming present then now
late previous newly top senior""".split())


def _narrows_the_office(word: str) -> bool:
    """Whether a lower-case English word before an office's title words names its field:
    the Liberal Democrats' "constitutional affairs spokesman" is not their "home affairs
    spokesman"."""
    return word.isalpha() and word.islower() and len(word) > 3 and word not in _WHICH_HOLDER \
        and word not in ENGLISH_ORDINALS \
        and bool(index_terms(word)) and not _is_nationality(word) and places.lookup(word) is None


def _country_before(words: list[str], start: int) -> str | None:
    """The country an English office follows, by name or by its people ("Sudan's second
    vice president", "the Malaysian transport minister"), if any."""
    at = start - 1
    while at >= 0 and words[at].lower() in ENGLISH_ORDINALS:
        at -= 1
    if at < 0 or is_arabic(words[at]) or not words[at][:1].isupper():
        return None
    place = places.lookup(words[at])
    if place is not None:
        return place.name if place.kind == "country" else None
    return _nationality(words[at], words[at].lower(), words[at].lower(), [])


def _qualifies(words: list[str], index: int, ledger: Ledger) -> bool:
    """Whether the word at ``index`` is an Arabic adjective that narrows the office before
    it («القومي», «الدولية»): a nisba with the article, no title, place or name any side bears."""
    if index >= len(words) or not is_arabic(words[index]):
        return False
    folded = normalize(words[index])
    return folded.startswith("ال") and len(folded) >= 5 and folded.endswith(("ي", "ية", "يه")) \
        and _no_title_place_or_name(words[index], ledger)


def _served(words: list[str], index: int, ledger: Ledger) -> bool:
    """Whether the word at ``index`` is an Arabic noun with «لل» (for the ...) that no title,
    place or name any side bears («للمقاولين», «للتعليم»)."""
    if index >= len(words) or not is_arabic(words[index]):
        return False
    folded = normalize(words[index])
    return folded.startswith("لل") and len(folded) >= 5 and _no_title_place_or_name(words[index], ledger)


def _governs_a_noun(last: str, words: list[str], index: int, ledger: Ledger) -> bool:
    """Whether an office's last Arabic word, without the article, governs the noun at
    ``index`` («هيئة قناة», «مكتب حاضنة»): a common word, or one no name is made of; no
    title, place or name any side bears."""
    if index >= len(words) or not is_arabic(last) or not is_arabic(words[index]) \
            or normalize(last).startswith("ال"):
        return False
    folded = normalize(words[index])
    return not folded.startswith("ال") and (folded in common_arabic_words() or not _is_name_part(folded)) \
        and _no_title_place_or_name(words[index], ledger)


def _no_title_place_or_name(word: str, ledger: Ledger) -> bool:
    """Whether a word after an office is no title, place or name a side bears: a word that
    may only narrow the office («القومي», «قناة»)."""
    folded = normalize(word)
    return not _is_title(word) and places.lookup(folded) is None and not ledger.is_surname(folded)


def _holds_it(people: list[list[set[str]]], holders: list[set[str]]) -> bool:
    """Whether someone the question names holds the office: every word of the mention is
    in one holder's name («عادل الجبير», a foreign minister), not merely a word a holder
    shares («محمد ثفيد» is no foreign minister because «محمد جواد ظريف» is)."""
    return any(all(word & holder for word in mention) for mention in people for holder in holders)


def _organisation_after(words: list[str], index: int) -> list[str]:
    """The organisation an English office belongs to: "of the Muslim World League"; or
    its portfolio in lower case, words of titles or of the glossary ("minister of water
    and electricity", not "minister of finance say")."""
    if index >= len(words) or words[index].lower() not in ("of", "for") or is_arabic(words[index]):
        return []
    end = index + 1
    if end < len(words) and words[end][:1].islower() and words[end] not in ("the", "and", "of"):
        while end < len(words) and (_is_title(words[end]) or glossary.entries(index_terms(words[end]))
                                    or words[end] == "and"):
            end += 1
        while end > index + 1 and words[end - 1] == "and":
            end -= 1
        return words[index:end] if end > index + 1 else []
    while end < len(words) and (words[end][:1].isupper() or words[end].lower() in ("the", "and", "of")):
        end += 1
    while end > index + 1 and words[end - 1].lower() in ("the", "and", "of"):
        end -= 1
    return words[index:end] if any(w[:1].isupper() for w in words[index + 1:end]) else []


def _people(holders: dict[str, tuple[set[str], int]]) -> list[tuple[set[str], int]]:
    """Title holders grouped into people, with their records' count: names sharing two
    words are one person («محمد بن سلمان» and «محمد بن سلمان بن عبدالعزيز»), not
    one word in two scripts («... بن عبدالعزيز»: «عبدالعزيز» and "abdasis")."""
    people: list[tuple[set[str], int]] = []
    for keys, count in holders.values():
        same = next((k for k, (p, _) in enumerate(people) if _shared_words(p, keys) >= 2), None)
        if same is None:
            people.append((set(keys), count))
        else:
            people[same] = (people[same][0] | keys, people[same][1] + count)
    return people


def _nationality(word: str, folded: str, bare: str, following: list[str]) -> str | None:
    """The country a nationality word names ("Spanish", «المصري», «الكوري الجنوبي»), if any."""
    if is_arabic(word):
        place = places.demonym(bare, following[0] if following else "")
        return place.name if place is not None else None
    # ("the campaign for the Syrians": a people, by its nationality in the plural; not "the
    # Philippines", a country's name)
    code = ENGLISH_NATIONALITIES.get(folded)
    if code is None and folded.endswith("s") and folded[:-1] in ENGLISH_NATIONALITIES \
            and places.lookup(word) is None:
        code = ENGLISH_NATIONALITIES[folded[:-1]]
    if code is not None:
        return places.country_name(code)
    return _country_of_demonym(word) if word[:1].isupper() else None


_ARRIVED = (*ARRIVAL_WORDS, normalize("وصولهما"))


def _regional_adjective(words: list[str], index: int) -> bool:
    """"Chechen" in "Chechen President Ramzan Kadyrov": a word shaped like a nationality
    before a title and the name it goes with, of a region the gazetteer lacks; or any
    capitalised word before "countries" or "states"."""
    word = words[index]
    if not is_arabic(word) and word[:1].isupper() and index + 1 < len(words) \
            and words[index + 1] in _PEOPLES_AND_STATES:
        return True  # "ten other Pacific countries", "the Gulf states": a region's
    return not is_arabic(word) and word[:1].isupper() and word.lower().endswith(("an", "en", "ese", "ish")) \
        and index + 2 < len(words) and normalize(words[index + 1]) in ENGLISH_TITLE_WORDS \
        and words[index + 2][:1].isupper()


_PEOPLES_AND_STATES = frozenset("countries nations states peoples economies members governments".split())


def _country_of_demonym(word: str) -> str | None:
    """The country an English demonym the table lacks names: "Indonesian" (Indonesia),
    "Jordanian" (Jordan), "Canadian" (Canada)."""
    stems = (word[:-1], word[:-2], word[:-3], word[:-2] + "a", word[:-3] + "a")
    for stem in stems if word.lower().endswith(("an", "i")) and len(word) >= 5 else ():
        place = places.lookup(stem)
        if place is not None and place.kind == "country":
            return place.name
    return None


_VISIT_WORDS = ("visit", "trip", "tour", "زيار", "جول")


def _visit_before(words: list[str], index: int) -> bool:
    """Whether the place at ``index`` is where a visit went: "his visit to Egypt",
    «زيارته إلى مصر», «زيارته لمصر»."""
    before = [normalize(w) for w in words[max(0, index - 2):index]]
    if before and before[-1] in ("to", "الي") and len(before) == 2:
        return before[0].startswith(_VISIT_WORDS)
    return bool(before) and normalize(words[index]).startswith("ل") and before[-1].startswith(_VISIT_WORDS)


def _place_after_prefix(folded: str, bare: str, following: list[str]) -> tuple[places.Place, int] | None:
    """A place after a prefix: «وبوليفيا» is «و» + Bolivia (not «وب» + «وليفيا»)."""
    alone = without_conjunction(folded)
    forms = [bare] + ([alone] if alone not in (folded, bare) else [])
    return next(filter(None, (places.find_in([form] + following, fuzzy=False) for form in forms)), None)


def _place_after(words: list[str], index: int) -> tuple[places.Place | None, list[str]]:
    """The place named at ``index`` ("of" and «في» skipped), if any, and the question's
    words for it ("of Al-Kharj", «الخرج»)."""
    following = [part for w in words[index:index + 1 + places.MAX_PLACE_WORDS]
                 for part in normalize(w).replace("-", " ").split()]  # "Al-Kharj"
    skipped = bool(following) and following[0] in ("of", "في")
    if skipped:
        following = following[1:]
    found = places.find_in(following, fuzzy=False) if following else None
    if found is None:
        return None, []
    return found[0], words[index:index + 2] if skipped else words[index:index + 1]


# words between an office and the place it is of («في منطقة الرياض», «بمحافظة الخرج»)
_BEFORE_A_PLACE = frozenset(normalize(word) for word in (
    "في", "منطقة", "محافظة", "مدينة", "بمنطقة", "بمحافظة", "بمدينة"))


def _place_named_after(words: list[str], index: int) -> tuple[places.Place | None, list[str]]:
    """The place named at ``index`` past «في» and a region's noun, if any, with the
    question's words up to it."""
    at = index
    while at < len(words) and normalize(words[at]) in _BEFORE_A_PLACE:
        at += 1
    governed, place_words = _place_after(words, at)
    return (governed, words[index:at] + place_words) if governed is not None else (None, [])


def _given_name(words: list[str], index: int, ledger: Ledger) -> bool:
    """"Vladimir Putin", "Vice President George Bush": an English given name that is also
    a town, a family name of the same person after it."""
    word = words[index] if index < len(words) else ""
    return bool(word) and not is_arabic(word) and index + 1 < len(words) and words[index + 1][:1].isupper() \
        and places.kind_of(word) == "city" \
        and _continues([ledger.keys_for(word)], ledger.keys_for(words[index + 1]), ledger)


def _family_name(words: list[str], index: int) -> bool:
    """"Ken Livingstone": an English town's name right after a capitalised given name (not
    the question's first word, a title, a place or a nationality) is that person's family
    name."""
    if index < 2 or is_arabic(words[index]) or places.kind_of(words[index]) != "city":
        return False
    before = words[index - 1]
    folded = normalize(before)
    return before[:1].isupper() and before[1:].islower() and places.kind_of(before) is None \
        and not _is_title(before) and folded not in _NOT_ENTITIES and folded not in ENGLISH_NATIONALITIES


def _family_name_after_a_rare_one(words: list[str], index: int, ledger: Ledger) -> bool:
    """«عاطي القرشي»: after a rare word that may be a given name, an Arabic family name the
    ledger knows is that person's, not a town (Qarshi, Uzbekistan)."""
    if index < 1 or not is_arabic(words[index]):
        return False
    folded = normalize(words[index])
    before = words[index - 1]
    return folded.startswith("ال") and ledger.is_surname(folded) and is_arabic(before) \
        and may_be_arabic_name(before) and not is_trigger_word(normalize(before)) \
        and places.lookup(strip_prefix(normalize(before))) is None


def _shared_words(a: set[str], b: set[str]) -> int:
    """Words two key sets share: Arabic words when both have them, else Latin keys."""
    arabic_a, arabic_b = {k for k in a if k.startswith("ar:")}, {k for k in b if k.startswith("ar:")}
    if arabic_a and arabic_b:
        return len(arabic_a & arabic_b)
    return len({k for k in a & b if not k.startswith(CONSONANTS)})


def _is_title(word: str) -> bool:
    """A word of a title or honorific ("King", «العهد»): part of naming someone by office."""
    folded = normalize(word)
    if is_arabic(word):
        return folded in _arabic_title_words() or strip_prefix(folded) in _arabic_title_words()
    return is_english_title_word(folded)


@lru_cache(maxsize=1)
def _arabic_title_words() -> frozenset[str]:
    tables = folded_tables()
    phrases = [*tables["honorifics"], *tables["to_english"]]
    # (a judge too, in a question: «بالقاضية البريطانية ليدي هيل» names her)
    return frozenset({*tables["title_heads"], *(w for p in phrases for w in p.split() if len(w) > 2),
                      *(normalize(w) for w in ("القاضي", "القاضية"))})


def _family_name_of_a_stranger(words: list[str], index: int, unknown: dict[int, str],
                               towns: set[int], ledger: Ledger) -> bool:
    """Whether an Arabic word with the article is the family name of the name-like word
    before it that no one in the ledger has: a word too rare to be common, or one names are
    made of («عدنان الزهراني»), or an honorific that is a name too, ending the name before
    «بـ», «و» or the question's end («عدنان السيد»). Not a nationality («عدنان اليمني»),
    a plural («ونظراؤه الخليجيون», "and his Gulf counterparts"), or a family name the ledger
    knows, which its people's names read («رائد الجبوري»)."""
    if index == 0 or index - 1 not in unknown or index - 1 in towns or not is_arabic(words[index - 1]) \
            or not is_arabic(words[index]) or not _has_article(words[index]):
        return False
    folded = normalize(words[index])
    if places.demonym(strip_prefix(folded)) is not None or folded.endswith("ون"):
        return False
    if folded in honorific_words():
        # (otherwise read as the honorific of a name after it: not «عدنان الأمير محمد ...»,
        # though a question may join the next person with «بـ» or «و»)
        after = normalize(words[index + 1]) if index + 1 < len(words) else ""
        return _is_name_part(folded[2:]) and (not after or after[:1] in "بو" and after not in NAME_PARTICLES)
    return not ledger.is_surname(folded) and (folded not in common_arabic_words() or _is_name_part(folded))


def _arabic_name_slot(words: list[str], loose: dict[int, str], index: int) -> bool:
    """Whether an unmatched Arabic word is part of a two-word name where a question
    puts a person: after «التقى»/«مع»/«من», or joined by «بـ»/«و» («بأنطونيو غوتيريش»);
    or names a body after its noun («شركة جوجل»). Rare words alone are often ordinary
    words the corpus happens to lack."""
    if index > 0 and strip_prefix(normalize(words[index - 1])) in BODY_NOUNS:
        return True
    first = index if index - 1 not in loose else index - 1
    if first == index and index > 0 and normalize(words[index - 1]) in _FOREIGN_PARTICLES:
        first = index - 1  # «دي ميستورا»: de Mistura
    elif first + 1 not in loose and first == index:
        return _after_a_surname_honorific(words, index) or _after_a_given_name(words, index) \
            or _between_the_verb_and_the_other_side(words, index)
    before = normalize(words[first - 1]) if first > 0 else ""
    opener = normalize(words[first])
    return (before in _PERSON_SLOT or strip_prefix(before) in _PERSON_SLOT
            # «السيناتور تشاك شومر»: a title with the article goes before its bearer's
            # name (without it the title is an office of what follows: «رئيس شركة ...»)
            or before.startswith("ال") and before in folded_tables()["title_heads"]
            or opener[:1] in ("ب", "و") and strip_prefix(opener) != opener)


# Honorifics that go before a family name alone («اللورد وولف», «السيدة تاتشر»)
_SURNAME_HONORIFICS = frozenset(normalize(w) for w in (
    "اللورد", "البارون", "البارونة", "الليدي", "السيد", "السيدة"))


def _after_a_surname_honorific(words: list[str], index: int) -> bool:
    """«باللورد وولف»: a word after a peer's or a plain honorific is a family name."""
    return index > 0 and strip_prefix(normalize(words[index - 1])) in _SURNAME_HONORIFICS


def _between_the_verb_and_the_other_side(words: list[str], index: int) -> bool:
    """«متى التقى تسيبراس بفرانك دن؟»: a rare word between the meeting's verb and «بـ» before
    the other side is the first side's name."""
    if index == 0 or index + 1 >= len(words):
        return False
    before, after = normalize(words[index - 1]), normalize(words[index + 1])
    return before in _MEETING_VERBS and after[:1] == "ب" and strip_prefix(after) != after


def _after_a_given_name(words: list[str], index: int) -> bool:
    """«بأنتوني ماير», «بالسير أنتوني ماير»: a rare word ending the question after a word
    the articles often write, which «بـ» joins to the question (or a title with the
    article after «بـ», «بالسير»), is a family name after a given name; so is one after
    an office and its nationality, before another office or the end («وزير التجارة
    الأسترالي أندرو روب السفير ...»)."""
    if index < 2 or not is_arabic(words[index - 1]) or _is_title(words[index - 1]):
        return False
    given, before = normalize(words[index - 1]), normalize(words[index - 2])
    if given in ARABIC_STOPWORDS:
        return False
    if index >= 3 and _is_nationality(words[index - 2]) and _is_title(words[index - 3]) \
            and (index + 1 == len(words) or _is_title(words[index + 1])):
        return True
    return index + 1 == len(words) and (
        given[:1] == "ب" and strip_prefix(given) != given and given not in common_arabic_words()
        or before.startswith("بال"))  # (not «بلدة»: a word of its own)


# Particles of foreign names written apart: «دي ميستورا», «فان دير» («لو», «لا» are
# also "if" and "no")
_FOREIGN_PARTICLES = frozenset(normalize(w) for w in ("دي", "دو", "دا", "فان", "فون"))


_TOWN_OFFICES = frozenset(normalize(w) for w in ("محافظ", "محافظة", "بلدية", "مدينة"))
_BEFORE_PLACES = _TOWN_OFFICES | {"في"}


def _town_office_before(words: list[str], index: int) -> bool:
    return index > 0 and normalize(words[index - 1]) in _TOWN_OFFICES


def _place_slot(words: list[str], index: int) -> bool:
    """«في غيتسهيد», «محافظ بلجرشي»: a rare word after «في» or a town's office
    names a place the gazetteer lacks."""
    return index > 0 and normalize(words[index - 1]) in _BEFORE_PLACES


_PERSON_SLOT = frozenset(normalize(w) for w in (
    "مع", "من", "التقى", "التقت", "يلتقي", "استقبل", "استقبلت", "اجتمع", "اجتمعت", "زار", "زارت",
    "هاتف", "وقع", "وقعت"))
# ... the verbs among them
_MEETING_VERBS = _PERSON_SLOT - {normalize("مع"), normalize("من")}


def _keys_of(word: str, folded: str, bare: str, ledger: Ledger) -> set[str]:
    """Ledger keys a question word matches.

    An Arabic word outside the name index matches the same word in an Arabic
    name, or a foreign name in an English article («بلير» → Blair), but not an
    Arabic name its romanisation merely resembles («انضمام» is not «نظام»).
    """
    if is_arabic(word):
        # «بندر» is a name, not «ب» + «ندر»; a common one only as spelled («كبير», "chief",
        # is no Jaber or Kadir one letter off)
        for form in (folded, bare):
            if _is_name_part(form):
                return ledger.keys_for(form, fuzzy=form not in common_arabic_words())
        if word.endswith(("ية", "يّة")):  # «زراعية» ("agricultural") is no name, «خوسيه» is
            return set()
        if future_verb(folded):  # «متى سيصل ...» ("will arrive") is no Faisal one letter off
            return set()
        if "ؤ" in word or "ئ" in word[1:-1]:
            return set()  # «لشؤون» ("for the affairs of") is no Chun: Latin names are spelt without one
        # «بلير» is Blair, not «ب» + «لير»; «فريق» ("team") is a word, not «ف» + Rick
        whole_word = folded in common_arabic_words() and bare not in common_arabic_words()
        # «ولافروف» is «و» + Lavrov, not «ول» + «افروف»
        conjoined = without_conjunction(folded) if len(folded) > 4 else bare
        for form in (folded,) if whole_word else dict.fromkeys((folded, conjoined, bare)):
            keys = _foreign_keys(form, ledger)
            if keys:
                return keys
        return set()
    # ("the Jazan Force headquarters", "Water Minister": a common word matches a name only as
    # spelled, not one letter off)
    return ledger.keys_for(word, fuzzy=_rare_in_english(word))


def _rare_in_english(word: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en") < COMMON_ENGLISH_ZIPF


COMMON_ENGLISH_ZIPF = 4.0  # about once in 100,000 words


def _has_article(word: str) -> bool:
    """Whether an Arabic word begins with the article: «الجبير» does, «آلان» (Alan), which
    folds to «الان», does not."""
    return normalize(word).startswith("ال") and not word.startswith("آ")


def _foreign_keys(form: str, ledger: Ledger) -> set[str]:
    """Keys of the names a folded Arabic word outside the name index spells, in either
    script; a common word only as spelled («أوباما» is Obama, but «مشروع», "bill", is not
    Masaru one letter off), and a common verb of the form «أفعل» with «ع» or «ح», which
    Latin spellings drop, none («أعلن», "announced", is no Alan; «مساعد» may be Musaed)."""
    # (and «قصيرا», "short" with the accusative «ا», is no Cossiga one letter off, nor
    # «مزارعي», "the growers of", Masaru)
    common = form in common_arabic_words() or _accusative_of_a_common_word(form) or inflected_word(form)
    verb = common and len(form) == 4 and form.startswith("ا") and ("ع" in form or "ح" in form)
    latin = set() if verb else ledger.keys_for(form, english_only=True, fuzzy=not common)
    return ledger.arabic_keys(form, spelled_apart=True) | latin


def _accusative_of_a_common_word(word: str) -> bool:
    """«قصيرا», «تجاريا»: a common word of four letters or more with the accusative «ا»."""
    return len(word) >= 5 and word.endswith("ا") and word[:-1] in common_arabic_words()


def _compounds_joined(words: list[str]) -> list[str]:
    """Words with «عبد» written apart joined to the next («عبد الله» is «عبدالله»), as the
    ledger keys names."""
    joined: list[str] = []
    for word in words:
        if joined and normalize(joined[-1]) == "عبد" and is_arabic(word):
            joined[-1] += word
        else:
            joined.append(word)
    return joined


def _name_like(word: str, bare: str, is_common: Callable[[str], bool], *,
               after_name: bool = False) -> bool:
    if is_arabic(word):  # «العقيبي» after «محمد» is a family name
        # («بروتوكولا تجاريا»: a common word with the accusative «ا» is what was signed; «ريغان
        # رغم تحفظاته»: a common word after a name, "despite", is no part of it; «للتعدين»,
        # "for mining", is «ل» and the article)
        return (after_name or not bare.startswith("ال")) and not normalize(word).startswith("لل") \
            and not is_common(bare) and not future_verb(bare) \
            and not _accusative_of_a_common_word(bare) \
            and not (after_name and not bare.startswith("ال") and bare in common_arabic_words())
    # "Alastair Campbell": after a given name, a capitalised word is the family name
    # however often the articles name him (not an Al-Asker that "Alastair" resembles)
    return (after_name and word[:1].isupper() or not is_common(word)) \
        and word.lower() not in BUILDINGS_BEFORE


def _in_institution_name(words: list[str], index: int) -> bool:
    """"Organisation of Islamic Cooperation", "Bank of England", "King Abdulaziz City
    for Science and Technology": capitalised words joined by "of" or "for", one of them
    an institution's, name no person."""
    if is_arabic(words[index]):
        # «في مستشفى الملك سعود», «جامعة الملك عبدالله بن عبدالعزيز»: named after a king
        k = index - 1
        while k >= 2 and normalize(words[k]) in NAME_PARTICLES:
            k -= 2
        return k >= 1 and normalize(words[k]) in EPONYM_TITLES \
            and strip_prefix(normalize(words[k - 1])) in ARABIC_INSTITUTION_WORDS
    if index > 0 and words[index].lower() in INSTITUTION_WORDS and words[index - 1][:1].isupper():
        return True  # "Nile Air", "World Bank": the body's own noun
    if _HOUSE_OF.match(" ".join(words[max(index - 1, 0):index + 2])):
        return True  # "Dar Al-Yaum", "Dar Al-Hayat": a press or publishing house (not Ishaq Dar)
    joining = ("of", "for", "the", "and", *_LINEAGE)  # (and "bin" within a name)
    start = end = index
    while start > 0 and (words[start - 1][:1].isupper() or words[start - 1] in joining):
        start -= 1
    while end + 1 < len(words) and (words[end + 1][:1].isupper() or words[end + 1] in joining):
        end += 1
    run = words[start:end + 1]
    if ("of" in run[1:-1] or "for" in run[1:-1]) and any(
            w.lower() in INSTITUTION_WORDS or w.lower() in _FOUNDED_INSTITUTIONS for w in run):
        return True
    # "King Abdullah Economic City", "King Abdulaziz University", "Prince Mohammed bin Abdulaziz
    # Hospital": named after a king or a prince (whose name goes on after "bin")
    if index >= 1 and words[index - 1].lower() in _EPONYM_TITLES:
        after = index + 1
        while after + 1 <= end and words[after] in _LINEAGE:
            after += 2
        if any(w.lower() in _EPONYM_NOUNS for w in words[after:min(end, after + 2) + 1]):
            return True
    # "Muslim World League Secretary-General ...": an institution's name that ends a word
    # or two later
    # ("the Adam Smith Lecture": an event named after someone; "the International Islamic
    # University", though not "Mexico City" nor "the Aramco Entrepreneurship Center", a party)
    return any(w.lower() in INSTITUTION_WORDS or w.lower() in _NAMED_AFTER or w.lower() in _SCHOOLS
               for w in words[index + 1:min(end, index + 2) + 1])


_SCHOOLS = frozenset("university institute academy college".split())
_HOUSE_OF = re.compile(r"(?:\S+ )?Dar (?:Al|El)-", re.IGNORECASE)


_NAMED_AFTER = frozenset("lecture lectures prize award trophy foundation festival treaty charter "
                        "partnership agreement accord pact protocol".split())
_EPONYM_TITLES = frozenset("king prince sheikh sultan emir".split())
_EPONYM_NOUNS = frozenset("city university center centre hospital airport foundation institute college "
                          "prize award road street mosque stadium port library park garden gardens".split())


INSTITUTION_WORDS = frozenset("organisation organization ministry bank league council union "
                              "committee commission agency fund office association federation "
                              "cooperation conference court airport board authority department "
                              "corporation chamber directorate bureau airlines airways company corp "
                              "coalition alliance front movement party air nations force olympics".split())


# Institutions named after a person ("King Abdullah University of Science and
# Technology"): a person's name in them only when "of" or "for" follows.
_FOUNDED_INSTITUTIONS = frozenset("university city institute academy college foundation centre center "
                                  "hospital".split())


def _very_common(keys: set[str], ledger: Ledger) -> bool:
    """A word in the names of very many meetings ("Ahmed"), likely a middle name. An
    Arabic word counts as written: «سامح» is rare even if its romanisation "Sami" is not."""
    arabic = {k for k in keys if k.startswith("ar:")}
    return len(ledger.with_keys(arabic or keys)) > VERY_COMMON_NAME_MEETINGS


# Nouns of geography before a name («بحر إيجه») and after one ("Aegean Sea").
_FEATURES = frozenset(normalize(w) for w in (
    "بحر", "البحر", "خليج", "الخليج", "جزيرة", "جزر", "نهر", "جبل", "جبال", "مضيق", "قناة", "بحيرة",
    "مخيم", "مخيمات"))
_MEDALS = frozenset(normalize(w) for w in ("وسام", "ووسام", "بوسام"))
_FEATURES_AFTER = frozenset("sea gulf island islands river mountains strait canal lake camp".split())
_DIVISIONS_AFTER = frozenset("province governorate district region county prefecture".split())


_BUILDINGS_AFTER = frozenset(normalize(w) for w in (
    "قصر", "مطار", "جامعة", "مستشفى", "مسجد", "مركز", "شارع", "فندق", "قاعة", "ميناء"))


BUILDINGS_BEFORE = frozenset("palace airport university hospital mosque centre center street "
                              "hotel hall port house company bank".split())


def _the_city_named(words: list[str], index: int) -> bool:
    """«مدينة عدن»: a city the gazetteer knows after the word for city, which also opens
    the names of places named after people («مدينة الملك عبدالعزيز»)."""
    place = places.lookup(strip_prefix(normalize(words[index])))
    return index > 0 and strip_prefix(normalize(words[index - 1])) == "مدينه" \
        and place is not None and place.kind == "city"


def _names_a_building(words: list[str], index: int) -> bool:
    """«قصر السلام», "Al-Salam Palace": a word of a building's name, not a person's."""
    before = normalize(words[index - 1]) if index > 0 else ""
    after = words[index + 1].lower() if index + 1 < len(words) else ""
    word = normalize(words[index])
    return (before in _BUILDINGS_AFTER or after in BUILDINGS_BEFORE
            or word in _BUILDINGS_AFTER or word in BUILDINGS_BEFORE
            or in_institution_name([normalize(w) for w in words[max(index - 3, 0):index + 1]],
                                   min(index, 3)))


_VENUES_AFTER = frozenset(normalize(w) for w in (
    "قصر", "بقصر", "فندق", "بفندق", "صحيفة", "بصحيفة", "qasr",
    # an Arabic question about an Arabic report: «في الكلية الحربية», «بمطار الملك خالد»
    "كلية", "الكلية", "بكلية", "بالكلية", "مطار", "بمطار", "مستشفى", "بمستشفى"))
_VENUES_BEFORE = frozenset({"palace", "hotel", "newspaper", "daily"})


def _airport_city(words: list[str], index: int) -> places.Place | None:
    """The city an airport is named after, in «في مطار الجوف» or "at Al-Jouf airport"."""
    before = normalize(words[index - 1]) if index > 0 else ""
    after = words[index + 1].lower() if index + 1 < len(words) else ""
    if not (before in ("مطار", "بمطار") and index > 1 and normalize(words[index - 2]) in ("في", "الي")
            or before == "بمطار" or after == "airport" and before in ("at", "in", "to")):
        return None
    place = places.lookup(normalize(words[index]).replace("-", " ")) or places.lookup(words[index])
    return place if place is not None and place.kind == "city" else None


def _venue_word(words: list[str], index: int) -> bool:
    """The name of a palace, hotel or newspaper the question puts a meeting in
    («قصر العوجا», "Al-Awja Palace", "Qasr Al-Hukm", "the Okaz newspaper"): a proper
    name that both scripts spell alike (a company's or university's name is
    translated, so it is not checked)."""
    word = normalize(words[index])
    bare = re.sub(r"^(?:al|el)-", "", word)
    before = normalize(words[index - 1]) if index > 0 else ""
    after = words[index + 1].lower() if index + 1 < len(words) else ""
    # («مستشفى الملك فهد»: the name after a title)
    titled = index > 1 and _is_title(words[index - 1]) and normalize(words[index - 2]) in _VENUES_AFTER
    return ((before in _VENUES_AFTER or after in _VENUES_BEFORE or titled)
            and word not in _NOT_ENTITIES and len(strip_prefix(bare)) >= 3 and not bare.isdigit()
            and places.lookup(word) is None)  # «مطار نيروبي»: the city is the place asked about


def _mention_starts(words: list[str], spelled: list[list[str]]) -> dict[int, int]:
    """Word index where each mention starts → mention number."""
    starts: dict[int, int] = {}
    position = 0
    for number, mention in enumerate(spelled):
        while position < len(words) and words[position] != mention[0]:
            position += 1
        starts[position] = number
        position += len(mention)
    return starts


def _prefixed(word: str, ledger: Ledger) -> bool:
    """An Arabic word opened by a conjunction or preposition («وأردوغان», «بعادل»); not
    a name that begins with their letter («لينغ», Lyng; «بلير», Blair)."""
    folded = normalize(word)
    return is_arabic(word) and strip_prefix(folded) != folded and not _is_name_part(folded) \
        and not _foreign_keys(folded, ledger)


def _begins_a_name(words: list[str], index: int, ledger: Ledger) -> bool:
    """Whether the word at ``index`` may be part of a name: a known one, or a name part."""
    if index >= len(words):
        return False
    folded = normalize(words[index])
    return _is_name_part(folded) or bool(_keys_of(words[index], folded, strip_prefix(folded), ledger))


def _foreign_name_ends_question(words: list[str], index: int, ledger: Ledger,
                                is_common: Callable[[str], bool]) -> bool:
    """«فرنسوا هولاند مايكل هوارد؟»: a word that spells a foreign name the ledger knows
    («مايكل», common in Arabic news as Michael), then a word the articles rarely use that
    ends the question, is a second person, though neither is a name the ledger has whole."""
    if index + 2 != len(words) or not _foreign_keys(normalize(words[index]), ledger):
        return False
    last = normalize(words[index + 1])
    return is_arabic(words[index + 1]) and not last.startswith("ال") and not is_common(strip_prefix(last))


def _name_goes_on(words: list[str], index: int, keys: set[str], ledger: Ledger) -> bool:
    """Whether the next word continues the name a word starts («مسعود» then «بارزاني»)."""
    if index + 1 >= len(words):
        return False
    folded = normalize(words[index + 1])
    following = _keys_of(words[index + 1], folded, strip_prefix(folded), ledger)
    return bool(following) and _continues([keys], following, ledger)


def _met_each_other(mention: list[set[str]], keys: set[str], ledger: Ledger) -> bool:
    """Whether the person a mention names met someone a word names: «محمد بن سلمان
    رمضان قاديروف» names two people with no «و» between them."""
    return bool(best_matches(mention, ledger) & ledger.with_keys(keys))


_FEASTS = frozenset(normalize(w) for w in ("الفطر", "الأضحى", "al-Fitr", "Fitr", "al-Adha", "Adha"))
_BLESSED = frozenset(normalize(w) for w in ("المبارك", "السعيد"))


def _names_a_feast(words: list[str], index: int) -> bool:
    """«بعيد الفطر المبارك» ("on the blessed Eid al-Fitr"): «عيد» before the feast's name,
    and «المبارك» after it, are no one's names; nor is "al-Fitr" after "Eid"."""
    return index + 1 < len(words) and normalize(words[index + 1]) in _FEASTS \
        or index > 0 and normalize(words[index - 1]) in _FEASTS and normalize(words[index]) in _BLESSED \
        or index > 0 and normalize(words[index - 1]) == "eid" and normalize(words[index]) in _FEASTS


def _not_a_name(word: str, folded: str, bare: str, index: int, follows_name: bool) -> bool:
    if folded in _NOT_ENTITIES or bare in _NOT_ENTITIES or len(bare) < 3 or bare.isdigit():
        return True
    if is_arabic(word):
        if follows_name and folded.startswith("ال"):
            return False  # «عبدالله التركي»: a family name, even one that is also a nisba
        # «وقعت», «صحيفة»: the verb of the meeting and the noun of a body name no one
        return bare in arabic_vocabulary() or bare in BODY_NOUNS or is_trigger_word(folded)
    if "-" in word and not re.match(r"(?:al|el|ad|as|ash|at|az|abu|bin|ibn|bani)-", word, re.IGNORECASE) \
            and any(places.lookup(part) is not None for part in word.split("-")):
        return True  # "the Turkey-EU talks deal", "Saudi-U.S. relations": places, not a name
    core = re.sub(r"^(?:al|el|ad|as|ash|at|az)-", "", word)  # "al-Jubeir" is capitalised
    return (not core[:1].isupper() or word.isupper() or index == 0 and folded in _NOT_ENTITIES
            or folded in _english_vocabulary() or _english_noun(folded))


# Arabic question words a verb follows («ماذا أراد المحافظون ...؟», «متى التقى ...؟»)
_QUESTION_WORDS = frozenset(normalize(w) for w in ("ماذا", "متى", "أين", "لماذا", "كيف", "هل"))


def _verb_after_question_word(words: list[str], index: int) -> bool:
    """Whether an Arabic word right after the question word is an ordinary word, so the
    verb: «أراد» ("wanted") is no one, though a film review's «ما أراد جون» made it a name."""
    return index == 1 and is_arabic(words[1]) and normalize(words[0]) in _QUESTION_WORDS \
        and normalize(words[1]) in common_arabic_words()


# Nouns of the one who owns or leads that are given names too («مالك», "owner"; «قائد»,
# "commander"): not «نايف» or «محمد», whom a common word may follow («نايف المعاني»)
_NOUNS_AND_NAMES = frozenset(normalize(w) for w in ("مالك", "صاحب", "قائد", "حاكم"))


def _governs_the_noun_after(words: list[str], index: int, ledger: Ledger) -> bool:
    """Whether an Arabic noun that is also a given name («مالك», "owner") governs the
    common word with the article after it, which is no one's family name («مالك الأرض»,
    "the landowner"; not «مالك الحسيني», whom the ledger knows)."""
    if index + 1 >= len(words) or normalize(words[index]) not in _NOUNS_AND_NAMES:
        return False
    following = normalize(words[index + 1])
    return following.startswith("ال") and following in common_arabic_words() \
        and not ledger.is_surname(following)


def _qualifies_the_noun_before(words: list[str], index: int) -> bool:
    """Whether an Arabic word with the article qualifies the definite common noun before
    it: «الاجتماع الشهري» is "the monthly meeting", not a meeting of someone Al-Shehri
    (after a title, an honorific or a name, such a word is a family name: «الوزير الشهري»)."""
    before = _definite_noun_before(words, index)
    return before is not None and before in common_arabic_words()


def _definite_noun_before(words: list[str], index: int) -> str | None:
    """The folded definite word before an Arabic word with the article, when it is no
    title, honorific or name that the word could be a family name after."""
    if index == 0 or not is_arabic(words[index]) or not normalize(words[index]).startswith("ال"):
        return None
    before = strip_prefix(normalize(words[index - 1]))
    if before.startswith("ال") and len(before) > 4 and before not in folded_tables()["title_heads"] \
            and before not in honorific_words() and not _is_name_part(before[2:]) \
            and not _is_name_part(before):
        return before
    return None


def _superlative(words: list[str], index: int) -> bool:
    """Whether a common Arabic word of the form «أفعل» is an elative before an ordinary
    indefinite noun: «أكبر ضابط شرطة» is "the most senior police officer", no Akbar (but
    «أحمد» before a name, or «أشرف مروان», is a name)."""
    folded = normalize(words[index])
    if len(folded) != 4 or not folded.startswith("ا") or folded not in common_arabic_words() \
            or index + 1 >= len(words) or not is_arabic(words[index + 1]):
        return False
    after = normalize(words[index + 1])
    return not after.startswith("ال") and after in common_arabic_words() and not _is_name_part(after)


_SPOKESMEN = frozenset(normalize(w) for w in ("المتحدث", "متحدث", "المتحدثة", "الناطق", "ناطق", "الناطقة"))


def _spokesman_of(words: list[str], index: int) -> bool:
    """Whether «باسم» is "on behalf of" after a spokesman («المتحدث باسم مشروع كروسريل»),
    not the name Basem."""
    if normalize(words[index]) != "باسم":
        return False
    before = [strip_prefix(normalize(word)) for word in words[max(0, index - 2):index]]
    if before and before[-1] == normalize("الرسمي"):  # «المتحدث الرسمي باسم ...»
        before.pop()
    return bool(before) and before[-1] in _SPOKESMEN


# Definite nouns of a place's kind: «العاصمة الرياض» names the capital, Riyadh
_PLACE_KIND_NOUNS = frozenset(normalize(w) for w in ("العاصمة", "المدينة", "المحافظة", "المنطقة",
                                                      "الإمارة", "الولاية", "البلدة", "القرية", "الميناء"))


def _adjective_of_the_noun_before(words: list[str], index: int) -> bool:
    """Whether a common Arabic word that names a town qualifies the definite noun before
    it: «اتفاقية المطاط الجديدة» is "the new rubber agreement", not one of El Jadida."""
    before = _definite_noun_before(words, index)
    return before is not None and before not in _PLACE_KIND_NOUNS \
        and normalize(words[index]) in common_arabic_words()


def _after_a_relative_pronoun(words: list[str], index: int) -> bool:
    """Whether an Arabic word comes right after «الذي», «التي» ...: a verb («الذي حذر فيه»,
    «التي تعهدت»), never a name, whatever name the ledger's records spell alike."""
    return index > 0 and is_arabic(words[index]) and normalize(words[index - 1]) in RELATIVE_PRONOUNS


# (after a word: not the question's own opening "Who")
_ENGLISH_RELATIVE = re.compile(r"(?<=\w)\W+(?:who|that|which|whose)\b", re.IGNORECASE)


def has_relative_clause(question: str) -> bool:
    """Whether a question describes what it asks about by a relative clause ("the minister
    who expects ...", «الوزير الذي ...»)."""
    return bool(_ENGLISH_RELATIVE.search(question)) \
        or any(normalize(word) in RELATIVE_PRONOUNS for word in tokens(question))


def asks_whom_an_office_names(question: str, request: Request) -> bool:
    """Whether a role question asks who holds an office, not the role of the people it
    names: they are all inside its relative clause («من هو المدير الفني لريال مدريد الذي
    يخطط للاعتماد على بيل؟» asks about Real Madrid's coach, not Bale), or the office
    opens it and they are whose office it is («من هو المتحدث باسم المكتب الإعلامي لرئيس
    الوزراء حيدر العبادي؟» asks for the spokesman, not Al-Abadi's post). So too a
    question asking "which" office holder, whose only people are offices ("Which Belgian
    minister chaired the meeting of EC farm ministers?" is not about the Belgian minister
    the records know best; "Which hospital did the deputy health minister visit?" is)."""
    folded = normalize(question)
    which = None if re.match(r"\W*what\b", folded) else _WHICH_PERSON.match(folded)  # not "What did ...?"
    if which is not None and any(map(_is_title, (which.group(1) or which.group(2)).split())) \
            and request.people and not request.unknown and all(
                key.startswith(HOLDER) for mention in request.people for word in mention for key in word):
        return True
    if request.intent != ROLE:
        return False
    named = [name for name, mention in zip(request.names, request.people)
             if not all(key.startswith(HOLDER) for word in mention for key in word)]
    if opens_with_an_office(question) and (named or request.unknown):
        return True
    english = _ENGLISH_RELATIVE.search(question)
    pronoun = next((m for m in re.finditer(r"[\w\u0621-\u064A]+", question)
                    if normalize(m.group()) in RELATIVE_PRONOUNS), None)
    starts = [m.start() for m in (english, pronoun) if m is not None]
    if not starts:
        return False
    head = {normalize(w) for w in _compounds_joined(re.findall(r"[\w\u0621-\u064A'’-]+",
                                                               question[:min(starts)]))}
    return not any(normalize(word) in head for name in [*named, *request.unknown] for word in name.split())


# "Who is the spokesman ...", «من هو المتحدث ...»: the word after the opening
_OPENING_WORD = re.compile(r"^\W*(?:who(?: is|'s| was) (?:the )?|[وف]?من (?:هو|هي) )([\w'-]+)")


# "Who is the Pentagon spokesman ...": the office of a body named before it
_BODY_S_OFFICE = re.compile(r"^\W*[Ww]ho(?: is|'s| was) (?:the )?(?:[A-Z][\w'-]*\s+){1,3}([a-z][\w'-]*)")


# "Who is Tony Blair's campaign boss?": an office a possessive name owns, last in the question
_NAME_S_OFFICE = re.compile(r"^\W*[Ww]ho(?: is|'s| was) (?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s?\s+"
                            r"(?:[\w-]+\s+){0,2}([\w-]+)\W*$")


def opens_with_an_office(question: str) -> bool:
    """Whether "who is" opens a question on an office or a person's kind, which its other
    words say whose («من هو المتحدث باسم ...», "Who is the lawyer of Bernard Ebbers?",
    "Who is the Pentagon spokesman who ...?", "Who is Michael Howard's shadow Chancellor?")."""
    opening = _OPENING_WORD.search(normalize(question))
    if opening is not None and _is_office(opening.group(1)):
        return True
    office = _BODY_S_OFFICE.match(question)
    if office is not None and _is_title(office.group(1)):
        return True
    office = _NAME_S_OFFICE.match(question)
    return office is not None and _is_office(normalize(office.group(1)))


def office_asked(question: str) -> str:
    """The words naming the office an English "who is" question asks the holder of:
    "general secretary" of "Who is the Labour Party's General Secretary?" and of "Who is
    the general secretary of the Labour Party?" (the last titles or person nouns in a row
    before what says whose); "" for any other question. (Not in Arabic, where a title runs
    on through the body's name, «مدير جوازات مطار الملك عبدالعزيز الدولي بجدة العقيد ...».)"""
    opening = _WHO_IS.match(question)
    if opening is None or not opens_with_an_office(question):
        return ""
    words = re.findall(r"[\w'’-]+", _WHOSE.split(opening.group(1))[0])
    runs = [list(run) for is_office, run in itertools.groupby(words, lambda word: _is_office(normalize(word)))
            if is_office]
    return " ".join(runs[-1]) if runs else ""


_WHO_IS = re.compile(r"\W*who(?: is|'s| was)\s+(.*)", re.IGNORECASE)
_WHOSE = re.compile(r"\b(?:of|at|in|for|on|with|who|whom|that|which)\b", re.IGNORECASE)


def _is_office(word: str) -> bool:
    """Whether a (folded) word is a title or a person noun, with the article or without it."""
    return _is_title(word) or word in _PERSON_NOUNS or without_article(word) in _PERSON_NOUNS  # «المندوب»


_NOUN_ENDINGS = ("tion", "sion", "ity", "ment", "ness", "ance", "ence", "ship")


def _english_noun(word: str) -> bool:
    """"Broadcasting", "Authority", "Development": a capitalised common noun of an
    institution's name, not a person's ("Manning", "Sterling" and "Fleming" are short)."""
    from wordfreq import zipf_frequency

    return (word.endswith(_NOUN_ENDINGS) or len(word) >= 9 and word.endswith("ing")) \
        and zipf_frequency(word, "en") >= 3.5


def _is_name_part(word: str) -> bool:
    from .people import is_name_part  # the extractor's name index

    return is_name_part(word)


@lru_cache(maxsize=1)
def _english_vocabulary() -> frozenset[str]:
    # "the Hazm Ambassadors team": a group noun is no one's name
    return frozenset({*ENGLISH_TITLE_WORDS, *ENGLISH_NATIONALITIES, *ENGLISH_NOT_NAMES, *ENGLISH_GROUP_NOUNS})


def _continues(mention: list[set[str]], keys: set[str], ledger: Ledger) -> bool:
    """Whether a word continues the name before it: a best match of the name so far
    matches it too («محمد بن سلمان» then «رمضان» is a second person)."""
    for number in best_matches(mention, ledger):
        for person in ledger.meetings[number].participants:
            if all(set(person.keys) & word for word in mention) and set(person.keys) & keys:
                return True
    return False


def date_asked(question: str) -> str | None:
    found = [d for d in find_dates(question) if d.how != "relative"]
    return found[0].iso if found else None
