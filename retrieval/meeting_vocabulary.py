"""Words that mark meetings, titles and outcomes in Arabic and English news.

Arabic entries are written as in print and folded with :func:`normalize` when
the tables are built, so «الدكتورة» and «الدكتوره» are one entry. The English
renderings of titles and organisations cover what official news repeats; a
title outside them is shown as written.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cached_property, lru_cache

from .normalize import normalize, strip_prefix

# A meeting's kind, from the word that reports it.
ARABIC_TRIGGERS = {
    "meeting": ("التقى", "التقت", "يلتقي", "تلتقي", "لقاء", "لقائه", "لقائها", "لقائهما", "اللقاء",
                "التقوا", "التقيا", "اجتمع", "اجتمعت", "يجتمع", "اجتماع", "اجتماعا", "اجتماعه",
                "اجتمعوا", "اجتمعا", "سيلتقي", "ستلتقي", "سيجتمع", "ستجتمع",
                "مؤتمر صحافي مشترك", "مؤتمر صحفي مشترك", "مؤتمرا صحفيا مشتركا"),
    "reception": ("استقبل", "استقبلت", "يستقبل", "تستقبل", "استقباله", "استقبالها"),
    "visit": ("زار", "زارت", "يزور", "زيارة", "زيارته", "زيارتها",
              "بزيارة", "بزيارته", "بزيارتها"),  # «قام الوزير ... بزيارة لمحافظة فيفاء»
    "talks": ("مباحثات", "محادثات", "مشاورات", "بحث مع", "بحثت مع", "يبحث مع", "تباحث"),
    "call": ("اتصالا هاتفيا", "اتصال هاتفي", "اتصالاً هاتفياً", "هاتف", "هاتفه", "تحدث هاتفيا",
             "هاتفيا",
             # «أجرى اتصالاً مع رئيس الحكومة اللبنانية»: a call, though "telephone" is not said
             # (not «الاتصالات», "communications")
             "أجرى اتصالا", "أجرى اتصالاً", "أجرت اتصالا", "أجرت اتصالاً", "اتصالا مع", "اتصالاً مع"),
    "signing": ("وقع", "وقعت", "وقعا", "توقيع", "مذكرة تفاهم", "قام بتوقيع", "قاما بتوقيع",
                "وقعها", "وقعه", "وقعتها", "وقعاها",  # «المذكرة التي وقعها ...», "which he signed"
                # what will be signed: «سيوقع», «ستوقع»; «توقع» alone is more often "expected",
                # after «أن» a body signs («من المقرر أن توقع إدارة المطار ... عقد ...»); «أن يوقع
                # على تعهد» is what a job applicant must do
                "سيوقع", "ستوقع", "سيوقعان", "ستوقعان", "أن توقع"),
}
ENGLISH_TRIGGERS = {
    "meeting": ("met", "meets", "meeting with", "met with", "meet", "meeting in", "meetings with",
                "meeting between",
                "joint press conference", "joint news conference", "audience with", "guest of",
                "guests of", "issued a joint declaration", "issued a joint statement",
                "issued a joint communique"),
    "reception": ("received", "receives", "hosted", "hosts", "welcomed"),
    "visit": ("visited", "visiting", "visit to", "visits", "will visit", "to visit", "state visit",
              "official visit"),
    "talks": ("held talks", "talks with", "hold talks", "discussions with", "talked with",
              "during talks", "during their talks", "for talks", "talks between",
              # "Ongpin starts negotiations with the ... advisory committee" (not "is in
              # negotiations with", "Mr Seifert's negotiations with the LSE")
              *(f"{verb} negotiations with" for verb in (
                  "start", "starts", "started", "begin", "begins", "began", "open", "opens", "opened",
                  "hold", "holds", "held", "resume", "resumes", "resumed"))),
    "call": ("phoned", "telephoned", "telephone call", "phone call", "spoke by telephone",
             "spoke by phone"),
    "signing": ("signed", "memorandum of understanding"),
}
# Outcomes: what the sides agreed, signed, stressed or looked forward to.
ARABIC_OUTCOMES = {
    "agreed": ("اتفق", "اتفقا", "اتفق الجانبان", "تم الاتفاق", "واتفق", "الاتفاق على", "باتفاق على"),
    "signed": ("وقع الجانبان", "وقعا", "تم توقيع", "جرى توقيع", "التوقيع على"),
    "stressed": ("أكد الجانبان", "اكد الجانبان", "أكدا", "شدد الجانبان", "شددا",
                 "أكد", "وأكد", "شدد", "وشدد"),
    "looked_forward": ("تطلع الجانبان", "تطلعا", "أعرب الجانبان عن تطلعهما", "يتطلع الجانبان"),
    # what one side urged («وحث د. الدخيّل على نشر أرقام الاتصال»)
    "urged": ("حث", "وحث", "حثا", "دعا", "ودعا", "دعوا"),
}
ENGLISH_OUTCOMES = {
    "agreed": ("agreed", "reached agreement", "reached an agreement", "struck a deal"),
    "signed": ("signed",),
    "stressed": ("stressed", "underlined", "emphasised", "emphasized", "reaffirmed"),
    "looked_forward": ("looked forward", "look forward", "hoped to"),
    "urged": ("urged", "called for"),  # (not "called on": also "visited")
}
ARABIC_TOPICS = ("لبحث", "بحث", "بحثا", "وبحث", "تم بحث", "استعراض", "تم استعراض", "استعرض",
                 "واستعرض", "استعرضا", "خلال اللقاء", "خلال الاستقبال", "خلال الاجتماع", "تناول",
                 "تناولا", "تناولت", "ناقش", "ناقشا", "ناقشت", "مناقشة", "تطرق", "تطرقا", "تطرقت",
                 "استعرضت", "تطرق الجانبان",
                 "وتطرق الجانبان", "جرى بحث", "جرى خلال", "تبادل الطرفان الحديث", "تبادل الحديث",
                 "تبادلا الحديث", "تبادل الأحاديث", "تبادل وجهات النظر", "تبادلا وجهات النظر",
                 # what a signed text covers: «وتتضمن المذكرة جملة من البنود ...»
                 *(f"{conjunction}{verb} {thing}" for conjunction in ("", "و")
                   for verb in ("تتضمن", "تشمل", "تنص", "تهدف")
                   for thing in ("المذكرة", "الاتفاقية", "مذكرة التفاهم", "مجالات")),
                 *(f"{conjunction}{verb} {thing}" for conjunction in ("", "و")
                   for verb in ("يتضمن", "يشمل", "ينص", "يهدف") for thing in ("الاتفاق", "العقد")))
ENGLISH_TOPICS = ("discussed", "to discuss", "would discuss", "will discuss",
                  "talks on", "talks about", "focused on", "focus on",
                  "centred on", "centered on", "covered", "to talk about", "talked about",
                  "to talk on", "in pursuit of", "during the meeting", "during the talks",
                  "reviewed", "to review", "to coordinate", "to examine", "to explore",
                  "provides for", "provide for", "on the agenda")
# Words that refer back to people named earlier.
ARABIC_ANAPHORA = ("الجانبان", "الجانبين", "الطرفان", "الطرفين", "لقائه", "لقائها", "لقائهما", "استقباله",
                   "جاء ذلك", "وجاء ذلك", "خلال اللقاء", "خلال الاجتماع", "خلال الاستقبال")
ENGLISH_ANAPHORA = ("the two", "both sides", "the two sides", "he ", "she ", "they ")

# Honorifics that stand before a name and are not part of it.
# «الفريق أول ركن»: words that qualify a military rank ("first", "staff", "retired", "pilot")
RANK_QUALIFIERS = ("أول", "ركن", "متقاعد", "طيار")
ARABIC_HONORIFICS = (
    "حضرة صاحب الجلالة", "صاحب الجلالة", "صاحب السمو الملكي", "صاحب السمو", "صاحبة السمو",
    "خادم الحرمين الشريفين", "معالي", "سعادة", "فخامة", "سمو", "دولة", "سماحة",
    "الدكتور", "الدكتورة", "د.", "د", "م", "أ", "المهندس", "المهندسة", "الشيخ", "الشيخة", "الأمير",
    "الأميرة", "الملك", "الملكة", "السيد", "السيدة", "الأستاذ", "الأستاذة", "اللواء",
    "الفريق", "العميد", "العقيد", "القاضي", "الرئيس",
    "اللورد", "البارون", "البارونة", "الليدي",  # British peers (not «السير», also "going")
    "أ د",  # «أ. د.» (professor and doctor), as its words read without the stops
    # a rank with "staff", "retired" or "pilot": «اللواء متقاعد عبده السيد»
    "الفريق أول", *(f"{rank} {kind}" for rank in ("اللواء", "الفريق", "الفريق أول", "العميد", "العقيد")
                    for kind in RANK_QUALIFIERS),
)
# Words that open a title: «وزير الخارجية ...», «المدير التنفيذي لـ...».
ARABIC_TITLE_HEADS = (
    "وزير", "وزيرة", "الوزير", "رئيس", "رئيسة", "الرئيس", "نائب", "النائب", "سفير", "سفيرة",
    "السفير", "مدير", "مديرة", "المدير", "أمين", "الأمين", "وكيل", "وكيلة", "محافظ", "المحافظ",
    "أمير", "ولي", "قنصل", "القنصل", "مستشار", "المستشار", "مستشارة", "المستشارة", "ممثل", "الممثل",
    "مبعوث", "المبعوث", "عضو", "العضو", "عميد", "مساعد", "قائد", "المتحدث", "الناطق", "عاهل", "ملك", "الملك",
    "المفوض", "مفوض", "رئيسا", "المنسق", "منسق", "الملحق", "ملحق",
    "المرجع", "مرجع",  # «المرجع السيستاني»: a Shiite religious authority
    "المشرف",  # «المشرف العام على مركز الملك سلمان للإغاثة»
    "حاكم",  # «حاكم الشارقة الدكتور سلطان بن محمد القاسمي» (not «الحاكم», "ruling")
    # «نظيره الصيني شي جينبينغ»: his counterpart, an office by reference
    "نظيره", "نظيرته", "نظيرها", "نظيرهم",
    # a woman's office: «فيسنا بوسيتش نائبة رئيس الوزراء»
    "نائبة", "النائبة", "الوزيرة", "الرئيسة", "السفيرة", "المديرة", "المتحدثة", "الناطقة",
    "مبعوثة", "المبعوثة", "مفوضة", "المفوضة", "منسقة", "المنسقة",
    "سيناتور", "السيناتور", "سناتور", "السناتور",  # «السيناتور تشاك شومر», both spellings
)
# Words that make a run of capitalised words a title ("Foreign Minister"); the
# other title words only qualify one ("Energy" in "Energy Minister").
ENGLISH_TITLE_HEADS = frozenset("""
president minister secretary chancellor king queen prince princess sheikh emir sultan
ambassador chairman chairwoman governor senator secretary-general director commissioner pope
premier leader envoy spokesman spokeswoman ceo mp lord lady representative undersecretary
under-secretary mr mrs ms dr sir chief boss counterpart attache general gen admiral colonel col
adviser advisor cardinal archbishop bishop lieutenant brigadier marshal
""".split())
ENGLISH_TITLE_WORDS = frozenset("""
cardinal archbishop bishop
president prime minister foreign finance trade defence defense interior economy secretary
chancellor king queen prince princess sheikh emir sultan ambassador mr mrs ms dr chairman
chairwoman chief executive governor senator secretary-general deputy crown vice general
director commissioner pope premier leader envoy spokesman spokeswoman head state minister
treasury home energy oil labour labor health education culture chair ceo mp lord lady sir
representative undersecretary under-secretary officials official managing acting senior
boss counterpart attache cultural military commercial agriculture commerce justice transport
industry information housing planning tourism environment exchequer gen admiral colonel col
adviser advisor economic staff affairs lieutenant brigadier marshal consul
""".split())


def is_english_title_word(word: str) -> bool:
    """A (lower-case) word of English titles, or one of such words joined by hyphens
    ("vice-director")."""
    return word in ENGLISH_TITLE_WORDS or "-" in word and all(
        part in ENGLISH_TITLE_WORDS for part in word.split("-"))

# Capitalised words of institutions and dates: never part of a person's name.
ENGLISH_NOT_NAMES = frozenset("""party ministry bank corporation inc co corp group union council
committee commission house office street government administration agency department company
airlines association organisation organization fund news court parliament congress senate
club motors agreement directorate bureau authority institute secretariat
initiative summit conference forum arab lecture lectures prize award trophy foundation festival treaty charter
assembly board league federation exchange market treasury reuters bbc january february march
april may june july august september october november december monday tuesday wednesday
thursday friday saturday sunday eid ramadan christmas easter""".split())


def _library_demonyms() -> dict[str, str]:
    """English demonyms of every country ("peruvian" → PE), from countryinfo."""
    import countryinfo

    found: dict[str, str] = {}
    for country in countryinfo.all_countries():
        try:
            code, words = country.iso(2), country.demonym() or ""
        except (KeyError, AttributeError, TypeError):
            continue
        for word in words.lower().split(","):
            if word.strip() and code:
                found.setdefault(word.strip(), code.upper())
    return found


# The news's own forms win: abbreviations, historic states, and the usual word where
# the library gives another ("argentine", "saudi"; it has "welsh" for GB).
_NEWS_NATIONALITIES = {
    "american": "US", "us": "US", "u.s.": "US", "british": "GB", "uk": "GB", "french": "FR",
    "german": "DE", "west german": "DE", "japanese": "JP", "saudi": "SA", "iranian": "IR",
    "iraqi": "IQ", "egyptian": "EG", "russian": "RU", "soviet": "RU", "chinese": "CN",
    "israeli": "IL", "palestinian": "PS", "syrian": "SY", "turkish": "TR", "indian": "IN",
    "pakistani": "PK", "italian": "IT", "spanish": "ES", "irish": "IE", "canadian": "CA",
    "australian": "AU", "brazilian": "BR", "mexican": "MX", "kuwaiti": "KW", "jordanian": "JO",
    "lebanese": "LB", "bahraini": "BH", "qatari": "QA", "emirati": "AE", "omani": "OM",
    "yemeni": "YE", "dutch": "NL", "belgian": "BE", "swiss": "CH", "austrian": "AT",
    "korean": "KR", "south korean": "KR", "ukrainian": "UA", "polish": "PL", "greek": "GR",
    "argentine": "AR", "venezuelan": "VE", "nigerian": "NG", "south african": "ZA",
    "briton": "GB",
    "philippine": "PH",  # "Philippine Finance Secretary" (the library knows only "Filipino")
}


class _Nationalities(Mapping):
    """English nationality word → ISO country code, read from countryinfo on first use
    (not at import: ``majlis --help`` needs none of it)."""

    @cached_property
    def _words(self) -> dict[str, str]:
        return {**_library_demonyms(), **_NEWS_NATIONALITIES}

    def __getitem__(self, word: str) -> str:
        return self._words[word]

    def __iter__(self):
        return iter(self._words)

    def __len__(self) -> int:
        return len(self._words)


ENGLISH_NATIONALITIES: Mapping[str, str] = _Nationalities()

# English renderings of common Arabic titles and organisations (longest match wins).
# ordinals of a deputy's title («النائب الثاني ...»: Second Vice President)
TITLE_ORDINALS = (("الأول", "First"), ("الثاني", "Second"))
ENGLISH_ORDINALS = frozenset(english.lower() for _, english in TITLE_ORDINALS)

ARABIC_TO_ENGLISH = {
    "وزير الخارجية": "Foreign Minister", "وزير الداخلية": "Interior Minister",
    "وزير الدفاع": "Defence Minister", "وزير المالية": "Finance Minister",
    "وزير التجارة": "Commerce Minister", "وزير العمل": "Labour Minister",
    "وزير الدولة": "Minister of State", "وزير": "Minister", "وزيرة": "Minister",
    "المرجع": "Grand Ayatollah", "مرجع": "Grand Ayatollah",
    "وزير الإعلام": "Information Minister", "وزير الثقافة والإعلام": "Minister of Culture and Information",
    "وزير الصحة": "Health Minister", "وزير التعليم": "Education Minister",
    "وزير الاقتصاد": "Economy Minister", "وزير النفط": "Oil Minister", "وزير البترول": "Petroleum Minister",
    "وزير الطاقة": "Energy Minister", "وزير الزراعة": "Agriculture Minister",
    "وزير العدل": "Justice Minister", "وزير المياه والكهرباء": "Minister of Water and Electricity",
    "وزير الشؤون البلدية والقروية": "Minister of Municipal and Rural Affairs",
    "وزير الشؤون الإسلامية": "Minister of Islamic Affairs", "وزير الحج": "Hajj Minister",
    "وزير التجارة والصناعة": "Minister of Commerce and Industry", "وزير الصناعة": "Industry Minister",
    "وزير الشؤون الاجتماعية": "Social Affairs Minister", "وزير الخدمة المدنية": "Civil Service Minister",
    "وزير الدولة للشؤون الخارجية": "Minister of State for Foreign Affairs",
    "وزير النقل": "Transport Minister", "وزير الإسكان": "Housing Minister",
    "رئيس مجلس الوزراء": "Prime Minister", "رئيس الوزراء": "Prime Minister",
    "رئيس وزراء": "Prime Minister",  # «رئيس وزراء لبنان»: of a country named after it
    "نائب رئيس الوزراء": "Deputy Prime Minister", "نائبة رئيس الوزراء": "Deputy Prime Minister",
    "نائب رئيس مجلس الوزراء": "Deputy Prime Minister", "نائبة": "Deputy",
    # «وزيرة خارجية كرواتيا»: of a country named after it
    "وزير خارجية": "Foreign Minister of", "وزيرة خارجية": "Foreign Minister of",
    "وزيرة الخارجية": "Foreign Minister",
    "ولي العهد": "Crown Prince", "ولي ولي العهد": "Deputy Crown Prince",
    "خادم الحرمين الشريفين": "Custodian of the Two Holy Mosques",
    "خادم الحرمين الشريفين الملك": "Custodian of the Two Holy Mosques King", "عاهل البلاد": "King",
    "الرئيس التنفيذي": "Chief Executive", "المدير التنفيذي": "Executive Director",
    "العضو المنتدب": "Managing Director",
    "المديرة التنفيذية": "Executive Director", "المدير العام": "Director-General",
    "مدير عام": "Director-General", "مدير": "Director", "المدير": "Director",
    "وكيل الأمين العام": "Under-Secretary-General", "الأمين العام": "Secretary-General",
    "أمين عام": "Secretary-General", "نائب الأمين العام": "Deputy Secretary-General",
    "أمير منطقة": "Governor of", "محافظ": "Governor", "حاكم": "Ruler of",
    "نائب أمير منطقة": "Deputy Governor of", "وكيل إمارة منطقة": "Deputy Governor of",
    "وكيل إمارة": "Deputy Governor", "وكيل وزارة": "Deputy Minister",
    "سفير": "Ambassador", "السفير": "Ambassador", "سفيرة": "Ambassador",
    "سيناتور": "Senator", "السيناتور": "Senator", "سناتور": "Senator", "السناتور": "Senator",
    "القنصل العام": "Consul General", "رئيس": "President", "الرئيس": "President",
    "رئيسة": "President", "نائب رئيس": "Vice President", "نائب": "Deputy",
    # «النائب الثاني للرئيس السوداني», «النائب الأول لرئيس مجلس الوزراء»
    **{f"النائب {arabic} {office}": f"{english} {title}"
       for arabic, english in TITLE_ORDINALS
       for office, title in (("للرئيس", "Vice President"), ("لرئيس الجمهورية", "Vice President"),
                             ("لرئيس مجلس الوزراء", "Deputy Prime Minister"),
                             ("لرئيس الوزراء", "Deputy Prime Minister"))},
    "مستشار": "Adviser", "المبعوث الخاص": "Special Envoy", "مبعوث": "Envoy",
    "الملحق التجاري": "Trade Attache", "الملحق الثقافي": "Cultural Attache",
    "الملحق العسكري": "Military Attache", "الملحق": "Attache", "ملحق": "Attache",
    "ملك": "King", "عاهل": "King", "سلطان": "Sultan", "السلطان": "Sultan",
    "الملك": "King", "الأمير": "Prince", "الشيخ": "Sheikh", "الدكتور": "Dr", "الدكتورة": "Dr",
    "اللجنة الوطنية لمكافحة الاتجار بالأشخاص":
        "the National Committee to Combat Trafficking in Persons",
    "هيئة تنظيم سوق العمل": "the Labour Market Regulatory Authority",
    "الأمم المتحدة": "the United Nations",
    "مكتب الأمم المتحدة المعني بالمخدرات والجريمة": "the UN Office on Drugs and Crime",
    "مجلس التعاون لدول الخليج العربية": "the Gulf Cooperation Council",
    "مجلس التعاون الخليجي": "the Gulf Cooperation Council",
    "جامعة الدول العربية": "the Arab League", "الاتحاد الأوروبي": "the European Union",
    "رابطة العالم الإسلامي": "the Muslim World League",
    "منظمة التعاون الإسلامي": "the Organisation of Islamic Cooperation",
    # its name before 2011, still in use
    "منظمة المؤتمر الإسلامي": "the Organisation of Islamic Cooperation",
    "البنك الدولي": "the World Bank", "البنك المركزي": "the Central Bank", "صندوق النقد الدولي": "the International Monetary Fund",
    "منظمة الصحة العالمية": "the World Health Organization", "مجلس الأمن": "the Security Council",
    "مجلس الشورى": "the Shura Council", "مجلس الوزراء": "the Council of Ministers",
    "المنطقة الشرقية": "the Eastern Province",
}


# English offices the table above does not name, as Arabic reports write them (and the
# Arabic for some it names more than once: "King" is «الملك», not «عاهل البلاد»)
ENGLISH_TO_ARABIC = {
    "king": "الملك", "president": "الرئيس", "prime minister": "رئيس الوزراء", "deputy": "نائب",
    "treasury secretary": "وزير الخزانة", "secretary of state": "وزير الخارجية",
    "foreign secretary": "وزير الخارجية", "home secretary": "وزير الداخلية",
    "defence secretary": "وزير الدفاع", "defense secretary": "وزير الدفاع",
    "agriculture secretary": "وزير الزراعة", "trade minister": "وزير التجارة",
    "economics minister": "وزير الاقتصاد", "leader": "زعيم",
    "chief": "رئيس", "chairman": "رئيس", "chairwoman": "رئيسة", "chief executive": "الرئيس التنفيذي",
    "governor": "محافظ", "counterpart": "نظيره", "trade representative": "الممثل التجاري",
    "undersecretary of state": "وكيل وزارة الخارجية", "first minister": "الوزير الأول",
    "mp": "النائب", "spokesman": "المتحدث", "spokeswoman": "المتحدثة",
    "premier": "رئيس الوزراء", "commerce secretary": "وزير التجارة",
    "chancellor of the exchequer": "وزير الخزانة", "u.k. chancellor of the exchequer": "وزير الخزانة البريطاني",
    "central bank governor": "محافظ البنك المركزي", "central bank president": "رئيس البنك المركزي",
    "deputy finance minister": "نائب وزير المالية", "gen": "الجنرال", "lord": "اللورد",
}


@lru_cache(maxsize=1)
def _arabic_titles() -> dict[str, str]:
    """English titles (lower case) → Arabic: the table above read backwards (its first
    Arabic form), then the English-only offices."""
    found: dict[str, str] = {}
    for arabic, english in ARABIC_TO_ENGLISH.items():
        if not english.endswith(" of") and not english.startswith("the "):
            found.setdefault(english.lower(), arabic)
    return {**found, **ENGLISH_TO_ARABIC}


def arabic_title(english: str) -> str:
    """The Arabic of an English title the vocabulary names whole ("Finance Minister":
    «وزير المالية»), else "" (word by word, "Federal Reserve Board Chairman" would be no Arabic)."""
    title = " ".join(english.lower().split())
    if title.startswith("former "):  # "Former Foreign Minister": «وزير الخارجية السابق»
        held = arabic_title(title[7:]).split()
        if len(held) == 1 and not held[0].startswith("ال"):
            held = ["ال" + held[0]]  # "former chief": «الرئيس السابق»
        # (the adjective follows a definite phrase: not «نائب رئيس السابق»)
        former = "السابقة" if len(held) == 1 and held[0].endswith("ة") else "السابق"  # «الرئيسة السابقة»
        return " ".join([*held, former]) if held and held[-1].startswith("ال") else ""
    return _arabic_titles().get(title, "")


def fold(text: str) -> str:
    return " ".join(normalize(text).split())


# «نظيره», «نظرائه»: his or her counterpart(s), an office by reference (folded)
COUNTERPART_WORDS = frozenset(fold(w) for w in (
    "نظيره", "نظيرته", "نظيرها", "نظيريه", "نظيرهم", "نظراءه", "نظرائه"))


# «بعيد وصوله الى اربيل», «وصل ... إلى»: arrived (folded)
ARRIVAL_WORDS = frozenset(fold(w) for w in ("وصوله", "وصولها", "وصولهم", "وصل", "وصلت"))


# The time of day a report gives right after its verb («استقبل ... اليوم», «صباح أمس»)
TIMES_OF_DAY = frozenset(fold(w) for w in ("اليوم", "أمس", "مساء", "صباح"))
ARABIC_WEEKDAYS = frozenset(fold(w) for w in (
    "السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"))
# a body named by a noun in construct: «جامعة نايف العربية للعلوم الأمنية», «وزارة الصحة»,
# «شركة "إكس جت"»
BODY_NOUNS = frozenset(fold(w) for w in (
    "جامعة", "معهد", "مؤسسة", "مركز", "كلية", "صندوق", "شركة", "هيئة", "وزارة", "غرفة", "أكاديمية",
    "جمعية", "قسم", "مدينة", "محافظة", "أمانة", "بلدية", "منظمة", "بنك", "مصرف", "صحيفة", "موقع",
    "إدارة", "مجموعة", "نادي", "اتحاد", "مستشفى", "مجلس", "ديوان", "بيت"))
# «رئيس وزراء لبنان الأسبق»: an office held before (folded last words of a title)
# Titles of someone posted to a place: "ambassador to Athens", "envoy to Moscow"
POSTED_TITLES = frozenset("ambassador envoy emissary".split())
FORMER_WORDS = frozenset(fold(w) for w in ("السابق", "السابقة", "الأسبق", "الأسبقة"))


def held_before(title: str) -> bool:
    """Whether a title, Arabic or English, is an office its bearer no longer holds."""
    return title.lower().startswith("former ") or bool(set(fold(title).split()[-1:]) & FORMER_WORDS)


# the Arabic nouns of bodies an English question names ("Military Academy students",
# «طلبة الكلية الحربية»)
ARABIC_BODY_NOUNS_OF = {"academy": ("كلية", "أكاديمية"), "college": ("كلية",), "institute": ("معهد",)}
# a name in quotes: «صحيفة "سبق"», «موقع "إم إس إن" العربية» (each mark is a token of its own)
QUOTE_MARKS = frozenset({'"', "«", "»", "“", "”"})


@lru_cache(maxsize=1)
def folded_tables() -> dict[str, object]:
    """The Arabic tables above, folded for matching."""
    def phrases(words) -> tuple[str, ...]:
        return tuple(sorted({fold(w) for w in words}, key=len, reverse=True))

    return {
        "triggers": {kind: phrases(words) for kind, words in ARABIC_TRIGGERS.items()},
        "outcomes": {kind: phrases(words) for kind, words in ARABIC_OUTCOMES.items()},
        "topics": phrases(ARABIC_TOPICS),
        "anaphora": phrases(ARABIC_ANAPHORA),
        "honorifics": phrases(ARABIC_HONORIFICS),
        "title_heads": frozenset(fold(w) for w in ARABIC_TITLE_HEADS),
        "to_english": {fold(k): v for k, v in ARABIC_TO_ENGLISH.items()},
    }


@lru_cache(maxsize=64)
def phrase_pattern(phrases: tuple[str, ...], *, arabic: bool) -> re.Pattern:
    """A regex matching any of ``phrases`` as whole words (Arabic: with a «و»/«ف» prefix)."""
    body = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    if arabic:
        return re.compile(rf"(?<![\w])(?:[وف])?({body})(?![\w])")
    return re.compile(rf"\b({body})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _trigger_words() -> frozenset[str]:
    return frozenset(w for words in folded_tables()["triggers"].values() for w in words
                     if " " not in w)


def is_trigger_word(word: str) -> bool:
    return word in _trigger_words() or strip_prefix(word) in _trigger_words()


def is_title_head(word: str) -> bool:
    """Whether a folded word opens a title («وزير», «لرئيس»), with or without a prefix."""
    heads = folded_tables()["title_heads"]
    return word in heads or strip_prefix(word) in heads


_ARABIC_MONTHS = "يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر".split()
# «... وعبدالله بن أحمد السلمان الذين ...»: relative pronouns end a name
RELATIVE_PRONOUNS = frozenset(fold(w) for w in
                              "الذي التي الذين اللذين اللتين اللذان اللتان اللواتي اللاتي".split())


@lru_cache(maxsize=1)
def arabic_vocabulary() -> frozenset[str]:
    """Folded title, honorific, month and meeting words: never part of a person's name."""
    tables = folded_tables()
    words = set(tables["title_heads"]) | set(_ARABIC_MONTHS) | RELATIVE_PRONOUNS
    for phrase in [*tables["honorifics"], *tables["to_english"], *tables["topics"],
                   *(w for ws in tables["triggers"].values() for w in ws),
                   *(w for ws in tables["outcomes"].values() for w in ws)]:
        words.update(phrase.split())
    return frozenset(words)


# Arabic words this common are ordinary words, not foreign names or misspelt places:
# «حكومة» (zipf 5.2) and «أندية» are, «سنجاري» (1.5) and «لافروف» (3.2) are not.
COMMON_ARABIC_WORDS = 12_000


@lru_cache(maxsize=1)
def common_arabic_words() -> frozenset[str]:
    """The most frequent Arabic words (wordfreq's list, folded)."""
    from wordfreq import top_n_list

    return frozenset(fold(word) for word in top_n_list("ar", COMMON_ARABIC_WORDS))


def may_be_arabic_name(word: str) -> bool:
    """Whether an Arabic word of four letters or more may be a name: neither it nor it
    without a leading conjunction or preposition is a common word or one of the tables' words
    («جوبيناث», «وفايتسزكر»; not «التجارة», «مرة» or «منصب»)."""
    folded = fold(word)
    if len(folded) < 4:
        return False
    common, vocabulary = common_arabic_words(), arabic_vocabulary()
    return not any(form in common or form in vocabulary for form in (folded, strip_prefix(folded)))


@lru_cache(maxsize=1)
def honorific_words() -> frozenset[str]:
    """Folded words of the honorifics («صاحب», «السمو», «معالي» ...)."""
    return frozenset(w for phrase in folded_tables()["honorifics"] for w in phrase.split())
