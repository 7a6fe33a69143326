"""Person names across scripts: Latin spellings of Arabic names, and matching.

An English question names «جمال عبدالعزيز العلوي» as "Jamal Al-Alawi"; an Arabic
one names "Sergei Lavrov" as «لافروف». Arabic names are romanised with
``arabic-name-romanizer`` (UNICEF's dictionary of ~60,000 attested spellings
from Wikidata, with a small ONNX model for unseen names), and every spelling
is reduced to a *skeleton* that ignores what romanisations disagree on
(vowels, ``w``/``ou``, ``j``/``g``, ``z``/``s``, doubled letters, the article "al-"), so
that two spellings of one name compare equal or one edit apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz.distance import OSA

from .normalize import normalize, strip_prefix, tokens, without_article, without_marks

# Gulf and Mashreq spellings ("Jamal Abdulaziz Al-Alawi", not the Maghreb's
# "Jamal Abdelaziz Alaoui"): the Arabic news majlis was built on is Saudi.
ROMANIZATION_COUNTRY = "SA"
_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "bin", "ben", "ibn",
                        "bint", "mr", "mrs", "ms", "dr", "sir", "de", "van", "von"})
_ARABIC_PARTICLES = frozenset({"بن", "بنت", "ابن", "ال", "آل"})
_MERGE_WITH_NEXT = frozenset({"abd", "abdel", "abdul", "abdal", "abdol", "abu", "abou", "abo"})
_SOUNDS = [  # applied in order
    ("ou", "u"), ("oo", "u"), ("ee", "i"), ("ea", "i"), ("ai", "i"), ("ei", "i"), ("ay", "i"), ("ey", "i"),
    ("kh", "k"), ("gh", "g"), ("sh", "s"), ("ch", "s"), ("th", "t"), ("dh", "d"), ("ph", "f"),
    ("q", "k"), ("c", "k"), ("v", "f"), ("p", "b"), ("w", "u"), ("y", "i"), ("o", "u"),
    ("e", "i"), ("j", "g"), ("z", "s"), ("h", ""),
]
_LATIN_WORD = re.compile(r"[a-z]+")
# "McDonald's", which Arabic spells with its "s" («ماكدونالدز»)
_POSSESSIVE_S = re.compile(r"([A-Za-z]+)['’]s\b")
ARABIC_WORD = re.compile(r"[\u0621-\u064A]+")  # a run of Arabic letters


# "Abu Arish", "Abdul-Malik", "Abd al-Rahman": a name after «أبو» or «عبد»
_JOINED_PREFIX = re.compile(r"\b(Abu|Abd(?:ul|el|al)?)[ -]([ae]l-)?([A-Z][a-z]+)\b")


def joined_names(text: str) -> list[tuple[str, str]]:
    """The names of an English text after "Abu" or "Abdul", each as written and as Arabic
    often writes it, one word («أبوعريش», «عبدالملك»): ("Abu Arish", "AbuArish"),
    ("Abdul-Malik", "AbdulMalik")."""
    return [(match.group(0), match.group(1) + (match.group(2) or "").rstrip("-") + match.group(3))
            for match in _JOINED_PREFIX.finditer(text)]


def is_arabic(text: str) -> bool:
    return bool(ARABIC_WORD.search(text))


@lru_cache(maxsize=4096)
def romanize(name: str, candidates: int = 1) -> tuple[str, ...]:
    """Likely Latin spellings of an Arabic name, best first (Latin names unchanged)."""
    if not is_arabic(name):
        return (name,)
    from arabic_name_romanizer import transliterate  # loads its index on first use

    found = transliterate(name, country=ROMANIZATION_COUNTRY, top_k=candidates)
    spellings = [found] if isinstance(found, str) else [c.text for c in found]
    return tuple(dict.fromkeys(s for s in spellings if s)) or (name,)


# «عبد الله الثاني», «محمد السادس», «إليزابيث الثانية»: a monarch's ordinal
_REGNAL = {normalize(word): numeral for words, numeral in (
    (("الأول", "الأولى"), "I"), (("الثاني", "الثانية"), "II"), (("الثالث", "الثالثة"), "III"),
    (("الرابع",), "IV"), (("الخامس",), "V"), (("السادس",), "VI"), (("السابع",), "VII"),
    (("الثامن",), "VIII"), (("التاسع",), "IX"), (("العاشر",), "X")) for word in words}


def latin_name(name: str) -> str:
    """How an English answer writes an Arabic name: "Abdullah II" for «عبد الله الثاني»."""
    words = name.split()
    numeral = _REGNAL.get(normalize(words[-1])) if len(words) >= 2 and is_arabic(name) else None
    if numeral is not None:
        return f"{romanize(' '.join(words[:-1]))[0]} {numeral}"
    return romanize(name)[0]


# Palaces the news names by their Arabic names, as English reports write them, and the
# city of those where the kingdom's King and governors receive
_PALACE_TABLE = (
    ("اليمامة", "Al-Yamamah Palace", "الرياض"), ("السلام", "Al-Salam Palace", "جدة"),
    ("الحكم", "Qasr Al-Hukm", "الرياض"), ("الصفا", "Al-Safa Palace", "مكة المكرمة"),
    ("العوجا", "Al-Awja Palace", "الرياض"), ("المؤتمرات", "the Conference Palace", None),
    ("الرئاسة", "the Presidential Palace", None), ("الاتحادية", "Al-Ittihadiya Palace", None),
    ("الإليزيه", "the Élysée Palace", None), ("بعبدا", "Baabda Palace", None),
    ("عابدين", "Abdeen Palace", None), ("الشعب", "the People's Palace", None),
    ("القبة", "Koubba Palace", None))
_PALACES = {normalize(arabic): english for arabic, english, _ in _PALACE_TABLE}
_PALACE_CITIES = {normalize(arabic): city for arabic, _, city in _PALACE_TABLE if city}


def palace_city(name: str) -> str | None:
    """The city (as Arabic writes it) of a palace named by its folded word («الحكم»)."""
    return _PALACE_CITIES.get(name)


_VENUE_KINDS = {normalize("قصر"): "Palace", normalize("فندق"): "Hotel", normalize("مستشفى"): "Hospital"}
# Words of hospitals' and hotels' names that English translates: whom they are named for,
# and what follows such a name in both languages ("King Fahad Central Hospital"; not
# «الحرس الوطني», "National Guard", whose adjective English puts first)
_VENUE_WORDS = {normalize(arabic): english for arabic, english in (
    ("الملك", "King"), ("الأمير", "Prince"), ("الأميرة", "Princess"), ("الشيخ", "Sheikh"),
    ("المركزي", "Central"), ("العام", "General"), ("التخصصي", "Specialist"), ("الجامعي", "University"))}


def english_venue(text: str) -> str:
    """A palace, hotel or hospital named in Arabic, for an English answer, with the Arabic
    after it: "Qasr Al-Hukm (قصر الحكم)", "Al-Faisaliah Hotel (فندق الفيصلية)"; other text
    as it is."""
    words = text.split()
    kind = normalize(words[0]) if words else ""
    if not is_arabic(text) or len(words) < 2 or kind not in _VENUE_KINDS:
        return text
    rest = " ".join(words[1:])
    if kind != normalize("قصر"):
        # («مستشفى الملك فهد المركزي»: "King Fahad Central Hospital")
        english = " ".join(_VENUE_WORDS.get(normalize(word)) or romanize(word)[0] for word in words[1:])
        return f"{english} {_VENUE_KINDS[kind]} ({text})"
    english = _PALACES.get(normalize(rest)) or f"{romanize(rest)[0]} Palace"
    return f"{english} ({text})"


def _ascii(text: str) -> str:
    return without_marks(text).lower()


def _squeeze(word: str) -> str:
    word = re.sub(r"^abd[eiuao]l(?=.)", "abd", word)  # Abdelrahman = Abd al-Rahman = Abdulrahman
    for before, after in _SOUNDS:
        word = word.replace(before, after)
    return re.sub(r"(.)\1+", r"\1", word)


CONSONANTS = "c:"  # the prefix of a consonant key
MIN_CONSONANTS = 5


def skeletons(latin_name: str) -> tuple[str, ...]:
    """Spelling-blind keys of the words of a Latin-script name, particles left out."""
    # a hyphenated name is one word ("In-yong" is not "yong"), the article apart ("Al-Alawi")
    text = re.sub(r"\b(al|el|ad|as|ash|at|az|ben|bin|abu|abd|abdul|abdel)-", r"\1 ",
                  _ascii(latin_name).replace("'", ""))
    words = _LATIN_WORD.findall(text.replace("-", ""))
    merged: list[str] = []
    for word in words:
        if merged and merged[-1] in _MERGE_WITH_NEXT:
            merged[-1] = "abd" + word if merged[-1].startswith("abd") else merged[-1] + word
        else:
            merged.append(word)
    keys = []
    for word in merged:
        if word in _PARTICLES:
            continue
        key = _squeeze(word)
        # (a consonant once however often the vowels between them spell it: "Continental",
        # "kntnntl", is the romaniser's "Contintal" of «كونتيننتال»)
        consonants = re.sub(r"(.)\1+", r"\1", re.sub(r"[aiu]", "", key))
        if len(consonants) >= MIN_CONSONANTS:
            # Arabic writes no short vowels: «شتولتنبرغ» romanised "Shutultunbrig" and
            # "Stoltenberg" share "stltnbrg"
            keys.append(CONSONANTS + consonants)
        if key.startswith("al") and len(key) >= 6:  # "Aljubeir", fused article
            keys.append(key[2:])
        keys.append(key)
        if "ch" in word:  # "ch" said k: "Sipchem" is «سبكيم», "Chrysler" «كرايسلر»
            keys.append(_squeeze(word.replace("ch", "k")))
        if re.search(r"[^aeiouy]e$", word) and len(word) >= 5:
            keys.append(key[:-1])  # a silent final "e": «ماس» is Masse, «جورج» George
        # French silent endings: «جيرو» is Giraud, «رينو» Renault, «غيمار» Gaymard
        silent = re.sub(r"(?:aud|ault|aux|eau)$", "u", word) if len(word) >= 5 else word
        silent = re.sub(r"(?<=[aeiouy]r)d$", "", silent) if len(word) >= 6 else silent
        if silent != word:
            keys.append(_squeeze(silent))
    return tuple(dict.fromkeys(k for k in keys if k))


COMPOUND_FIRST = ("عبد", "ابو")  # «عبد العزيز», «ابو مازن»: one name in two words (folded)


def arabic_words(name: str) -> tuple[str, ...]:
    """Folded words of an Arabic name without the article or «بن»."""
    words: list[str] = []
    for word in normalize(name).split():
        # «عبد العزيز» is «عبدالعزيز»; «غرم الله» is one given name, no «الله» on its own
        if words and (words[-1] in COMPOUND_FIRST or word == "الله"):
            words[-1] += word
            continue
        if word in _ARABIC_PARTICLES:
            continue
        if word.startswith("ال") and len(word) > 4:
            word = word[2:]
        words.append(word)
    return tuple(words)


def _spellings(arabic: str) -> tuple[str, ...]:
    """Likely Latin spellings of Arabic words; «ظ» read as "z" too, as Persian, Turkish
    and much of the Arab world say it («ظريف» is Zarif, which the romaniser spells Drif)."""
    found = romanize(arabic, 3)
    return found + romanize(arabic.replace("ظ", "ز"), 3) if "ظ" in arabic else found


@lru_cache(maxsize=8192)
def name_keys(name: str) -> frozenset[str]:
    """Every key a mention of this person may match: skeletons of its spellings,
    and the folded Arabic words when it is written in Arabic."""
    keys = set(arabic_keys(name)) if is_arabic(name) else set()
    for spelling in _spellings(name):
        keys.update(skeletons(spelling))
    if is_arabic(name):  # each word's own likely spellings too: «حسبو» is Hassabo or Hasbo
        words: list[str] = []
        for word in name.split():  # («عوض الله» is one: Awadallah, not "Allah" alone)
            if words and normalize(word) == "الله":
                words[-1] += " " + word
            else:
                words.append(word)
        for word in words:
            if normalize(word) not in _ARABIC_PARTICLES:
                for spelling in _spellings(word):
                    if " " in word and " " in spelling:
                        continue  # «فتح الله» is one name: "Feth Allah" would give a "Fit"
                    keys.update(skeletons(spelling))
    return frozenset(keys)


def arabic_keys(word: str) -> frozenset[str]:
    """The ``ar:`` keys of an Arabic word: its folded form without the article."""
    return frozenset(f"ar:{w}" for w in arabic_words(word))


@lru_cache(maxsize=8192)
def word_keys(word: str) -> frozenset[str]:
    """Keys of one word of a question, in the same space as :func:`name_keys`."""
    if is_arabic(word):
        keys = set(arabic_keys(word))
        spellings = _spellings(word)
        for spelling in spellings:
            keys.update(skeletons(spelling))
        # (the romaniser's model cuts long words short, «فايتوفارم» to "Faitov": its letter
        # rules spell them whole, "Faitoufaram", whose consonants are Phytopharm's)
        by_rules = rule_spelling(word)
        if _consonant_count(by_rules) >= max(map(_consonant_count, spellings)) + TRUNCATED_BY:
            keys.update(skeletons(by_rules))
        return frozenset(keys)
    return frozenset(skeletons(word))


TRUNCATED_BY = 2  # consonants the model's spellings lack where the letter rules have them


def _consonant_count(latin_word: str) -> int:
    return max(map(len, consonants_of(latin_word)), default=0)


def consonants_of(latin_name: str) -> frozenset[str]:
    """The consonant skeletons of a Latin-script name's words ("Lavrov" → ``lfrf``)."""
    return frozenset(re.sub(r"[aiu]", "", key) for key in skeletons(latin_name)
                     if not key.startswith(CONSONANTS))


@lru_cache(maxsize=65536)
def rule_spelling(arabic_word: str) -> str:
    """The romaniser's spelling of a word by its letter rules (no model: microseconds)."""
    from arabic_name_romanizer.rules import romanize as by_rules

    return by_rules(arabic_word)


# Arabic consonants as :func:`skeletons` writes them ("th", "dh", "kh", "sh" one letter;
# j as g, z as s, q as k); «ا و ي» and the hamzas are vowels to it, «ح ع ه» and «ة» silent.
_CONSONANT_OF = str.maketrans({chr(code): "" for code in range(0x0621, 0x064B)} | {
    "ب": "b", "ت": "t", "ث": "t", "ج": "g", "خ": "k", "د": "d", "ذ": "d", "ر": "r", "ز": "s",
    "س": "s", "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "s", "غ": "g", "ف": "f", "ق": "k",
    "ك": "k", "ل": "l", "م": "m", "ن": "n"})


def consonant_key(arabic_word: str) -> str:
    """The consonants of an Arabic word's Latin spelling, read off its letters: what
    ``consonants_of(rule_spelling(word))`` gives for 99.8 % of the news store's words,
    without spelling them («حماس» and Hamas: ``ms``; «العبيكان» and Obeikan: ``bkn``)."""
    word = re.sub("^ال", "", arabic_word).replace("عبدال", "عبد")
    return word.translate(_CONSONANT_OF)


@lru_cache(maxsize=65536)
def _rough_consonants(arabic_word: str) -> frozenset[str]:
    return consonants_of(rule_spelling(arabic_word))


def may_spell(arabic_word: str, latin_consonants: frozenset[str]) -> bool:
    """Whether an Arabic word may spell a Latin name with these consonant skeletons:
    a cheap test before :func:`word_keys` runs the romanisation model on it.

    The word is spelled by the romaniser's letter rules, which agree with its model
    on consonants up to a letter («قاسم»: Qasam by rules, Qassem or Gacem by model);
    a name with fewer than two consonants ("Yahya") may spell any short word. Among the
    ledger names of the news store, the rules keep every pair the model matches
    except a few matched only by the model's third spelling ("Putin" and «اللذين»).
    """
    return any(_close_consonants(a, b) for a in _rough_consonants(arabic_word) for b in latin_consonants)


def _close_consonants(rough: str, latin: str) -> bool:
    if len(latin) < 2:  # "Ali", "Yahya": any short word may spell them
        return len(rough) <= 2
    return OSA.distance(rough, latin) <= (1 if len(latin) <= 3 else 2)


def may_be_one_name(a: str, b: str) -> bool:
    """Whether two keys one edit apart may spell one name: not when one has a letter
    more at the end ("uali" for Waly is not "ualid" for Walid), unless it is a
    silent French "s" or "e" («دوما» is Dumas, «هولاند» is Hollande); nor when they
    begin with other consonants ("mursi" for Morsi is not "fursi" for Furse), where
    spellings differ by a vowel ("Olayan", «عليان» read "Alayan"; "Brahim", "Ibrahim")
    or by g and k ("Gaddafi", "Kadhafi") or f and w («فيرنر» for Werner)."""
    if a[0] != b[0] and not (a[1:] == b[1:] and _sound_alike(a[0], b[0])
                             or a[1:] == b and a[0] in _VOWELS or b[1:] == a and b[0] in _VOWELS):
        return False
    if len(a) == len(b) or a[-1] == b[-1]:
        return True
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[:-1] == shorter and longer[-1] in "si"


_VOWELS = frozenset("aeiou")


def _sound_alike(x: str, y: str) -> bool:
    return x in _VOWELS and y in _VOWELS or {x, y} in ({"g", "k"}, {"f", "u"})


def keys_match(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two key sets share a key, or have Latin keys one edit apart of which
    the longer has five or more letters ("uibi" for Wohaibi, "uaibi" for Wahaibi).
    A letter added or dropped at the end is another name, not a spelling ("uali"
    for Waly is not "ualid" for Walid)."""
    if a & b:
        return True
    for x in a:
        if x.startswith(("ar:", CONSONANTS)) or len(x) < 4:
            continue
        for y in b:
            if (not y.startswith(("ar:", CONSONANTS)) and len(y) >= 4 and max(len(x), len(y)) >= 5
                    and may_be_one_name(x, y) and OSA.distance(x, y) <= 1):
                return True
    return False


NAME_PARTICLES = frozenset(normalize(w) for w in
                            "بن بنت ابن آل ال أبو ولد bin ibn al el bint abu ould "
                            # European particles: "Staffan de Mistura", «دي ميستورا»
                            "de da di du van von der del della دي فان فون".split())


# Words that name a place or body after a person («مطار الملك عبدالعزيز», «جامعة نايف»)
INSTITUTION_WORDS = frozenset(normalize(w) for w in (
    "مطار", "مستشفى", "جامعة", "مدينة", "شارع", "مركز", "مجمع", "كلية", "قاعدة", "مؤسسة",
    "جائزة", "طريق", "حي", "مسجد", "برنامج", "مكتبة", "دارة", "ميناء", "صندوق", "مشروع",
    "قصر", "ملعب", "استاد", "معهد", "مستشفي", "باب", "وباب", "بوابة", "بيت",
    "بمطار", "بمستشفى", "بجامعة", "بمدينة", "لجامعة", "لمستشفى", "ومستشفى", "وجامعة",
    "جامعتي", "جامعتا", "بجامعتي", "لجامعتي"))  # «جامعتي الملك عبد العزيز وجدة»: two universities
# Royal titles that places and bodies are named for («مطار الملك عبدالعزيز», «جامعة الأمير سلطان»)
EPONYM_TITLES = frozenset(normalize(w) for w in ("الملك", "الأمير", "الشيخ", "السلطان"))
_HONORIFIC_WORDS = EPONYM_TITLES | frozenset(normalize(w) for w in ("الدكتور", "د"))


def in_institution_name(words: list[str], index: int) -> bool:
    """Whether the normalised ``words[index]`` names an institution after a person
    («جامعة نايف», «مدينة الملك عبدالعزيز», «مستشفى الدكتور سليمان الحبيب»), not the person."""
    return _after_institution(words, index) or (
        index >= 1 and words[index].startswith("ال") and _after_institution(words, index - 1))


def _after_institution(words: list[str], index: int) -> bool:
    return index >= 1 and _institution_word(words[index - 1]) or (
        index >= 2 and words[index - 1] in _HONORIFIC_WORDS and _institution_word(words[index - 2]))


def _institution_word(word: str) -> bool:
    return word in INSTITUTION_WORDS or strip_prefix(word) in INSTITUTION_WORDS  # «لمدينة»


def _naming_words(words: list[str]) -> set[str]:
    """The (folded) words of a text that may name a person: not the name of an institution
    («جامعة نايف العربية» does not name Mohammed bin Nayef); a name of two words as one
    too («عبد العزيز», «عبدالعزيز»)."""
    return {word for k, word in enumerate(words) if not in_institution_name(words, k)} | {
        name for k, name in _compounds(words) if not in_institution_name(words, k + 1)}


def _compounds(words: list[str]) -> list[tuple[int, str]]:
    """(where its first word is, the name) of each name of two folded words written as one:
    «عبد العزيز» as «عبدالعزيز»."""
    return [(k, first + word) for k, (first, word) in enumerate(zip(words, words[1:]))
            if strip_prefix(first) in COMPOUND_FIRST]


def names_in(names: Iterable[str], text: str, *, exactly: bool = False) -> bool:
    """Whether ``text`` names each of ``names`` (one word of each suffices), in either
    script; a person's name («محمد بن نايف») not by an institution named after
    someone («جامعة نايف»). ``exactly``: a Latin name is looked for only among Arabic words
    of its consonants (:func:`_may_spell_exactly`), many times faster, for the many
    sentences an answer weighs."""
    words_of_text = tokens(text)
    everywhere = set(words_of_text) | {normalize(m.group(1)) + "s" for m in _POSSESSIVE_S.finditer(text)}
    everywhere |= {name for _, name in _compounds(words_of_text)}
    everywhere |= {strip_prefix(word) for word in everywhere}
    free = _naming_words(words_of_text)
    free |= {strip_prefix(word) for word in free}
    other_script: list[frozenset[str]] | None = None
    for name in names:
        words = [w for w in tokens(name) if len(w) >= 3 and w not in NAME_PARTICLES]
        if not words:
            continue
        present = free if len(words) >= 2 else everywhere
        surname = words[-1]  # "Masoud Barzani" is not any Masoud
        if len(words) >= 2 and words[-2] in COMPOUND_FIRST:  # «... بن عبد العزيز»
            surname = words[-2] + surname
        if surname in present or strip_prefix(surname) in present:
            continue
        if other_script is None:
            # Arabic words as written too: folding makes «اليمامة» «اليمامه», which
            # romanises worse ("Yamamaha")
            in_order = ARABIC_WORD.findall(text)
            written = set(in_order) if not is_arabic(name) else set()
            other_script = [w for w in everywhere | written if len(w) >= 3 and is_arabic(w) != is_arabic(name)]
            if not is_arabic(name):  # «قصر السلام» is "Al-Salam Palace": the romaniser reads
                # «السلام» as the end of «عبد السلام», so the word without the article too
                other_script += [w[2:] for w in other_script if w.startswith("ال") and len(w) > 4]
        if is_arabic(name):
            wanted = word_keys(surname)
            found = any(keys_match(wanted, word_keys(word)) for word in other_script)
        else:  # the model romanises only the words that may spell it
            found = _spelled_in(surname, other_script, exactly) or (
                # "Benjamin Netanyahu" and «بنيامين نتنياهو» (Natiniaho): the family name's
                # consonants the same and the given name spelled alike
                len(words) >= 2 and _consonants_in(surname, other_script)
                and _spelled_in(words[0], other_script, exactly))
        if not found and not is_arabic(name):
            found = _venue_spelled(surname, text) or (
                len(words) == 1 and _same_consonants(surname, other_script)) or (
                # «أبوعريش»: "Abu Arish" written as one word
                f"abu {surname}" in normalize(name) and _spelled_in("abu" + surname, other_script, exactly)) or (
                # «سينرلي أوغلو», «سينرلي»: Turkish "-oglu" written apart, or left out
                surname.endswith(_TURKISH_SON) and len(surname) > len(_TURKISH_SON) + 3
                and _spelled_in(surname[:-len(_TURKISH_SON)], other_script, exactly)) or (
                # «فلاي دبي», «هيلي ماريام»: "Flydubai" and "Hailemariam" written as two words
                len(words) == 1 and _spelled_in(surname, _written_pairs(in_order, surname), exactly))
        if not found:
            return False
    return True


_TURKISH_SON = "oglu"  # "Sinirlioglu", "Davutoglu": son of


# nouns before the name of a palace, hotel or newspaper («قصر الحكم», «صحيفة عكاظ»)
_VENUE_NOUNS = frozenset(normalize(w) for w in ("قصر", "فندق", "صحيفة", "جريدة"))
_VENUE_NAME = re.compile(r"(?:^|\s)[وبل]?(?:%s)\s+([\u0621-\u064A]+)" % "|".join(sorted(_VENUE_NOUNS)))


def _venue_spelled(latin_word: str, text: str) -> bool:
    """Whether the word after a venue noun in ``text`` has the consonants of a Latin one
    ("Hukm" and «قصر الحكم», "Okaz" and «صحيفة عكاظ»): such names are spelled letter by
    letter, so the short vowels that Arabic does not write are all that may differ."""
    wanted = consonants_of(latin_word)
    if not any(len(c) >= 2 for c in wanted):
        return False
    for match in _VENUE_NAME.finditer(normalize(text)):
        word = match.group(1)
        bare = without_article(word)
        if wanted & _rough_consonants(bare):
            return True
    return False


def _written_pairs(arabic_words: list[str], latin_word: str) -> list[str]:
    """Each two Arabic words written one after the other (``arabic_words``, in the text's
    order), joined, whose consonants are a Latin word's, when it has
    ``MIN_LONE_CONSONANTS`` or more (fewer agree too often by chance)."""
    wanted = {key for key in consonants_of(latin_word) if len(key) >= MIN_LONE_CONSONANTS}
    if not wanted:
        return []
    pairs = (first + second for first, second in zip(arabic_words, arabic_words[1:]))
    return [pair for pair in pairs if wanted & _rough_consonants(pair)]


def _spelled_in(latin_word: str, arabic_words: list[str], exactly: bool = False) -> bool:
    wanted, consonants = word_keys(latin_word), consonants_of(latin_word)
    may = _may_spell_exactly if exactly else may_spell
    return any(keys_match(wanted, word_keys(word)) for word in arabic_words if may(word, consonants))


def _may_spell_exactly(arabic_word: str, latin_consonants: frozenset[str]) -> bool:
    """:func:`may_spell`, with the consonants the same but for how the two scripts write
    one sound ("x" is «كس», "ch" «تش», g and k: Oxford «أكسفورد», Charles «تشارلز»,
    Gaddafi «القذافي»). Words a consonant apart rarely spell the name (Makkah is no «مقطع»,
    French no «الفريق»), and running the model on them took most of the time of an answer
    in the other language."""
    rough = _rough_consonants(arabic_word)
    rough |= {word.replace("ts", "s") for word in rough}
    for latin in latin_consonants:
        for written in {latin, latin.replace("x", "ks")}:
            if any(word == written or _differ_by_g_or_k(word, written) for word in rough):
                return True
    return False


def _differ_by_g_or_k(a: str, b: str) -> bool:
    """Whether two consonant skeletons differ only in one letter, g in one and k in the other."""
    differing = [(x, y) for x, y in zip(a, b) if x != y]
    return len(a) == len(b) and len(differing) == 1 and set(differing[0]) == {"g", "k"}


MIN_SHARED_CONSONANTS = 3
MIN_LONE_CONSONANTS = 4


def _same_consonants(latin_word: str, arabic_words: list[str]) -> bool:
    """Whether an Arabic word has all the consonants of a long Latin one, and only them
    ("Al-Qunfudhah" and «القنفذة», which the romaniser reads "Al-Qanfa"): a town or a
    tribe is spelled letter by letter, and four consonants rarely agree by chance."""
    wanted = {c for c in consonants_of(latin_word) if len(c) >= MIN_LONE_CONSONANTS}
    return bool(wanted) and any(wanted & _rough_consonants(word) for word in arabic_words)


def _consonants_in(latin_word: str, arabic_words: list[str]) -> bool:
    """Whether an Arabic word romanises with the consonants of a Latin one (three or more)."""
    wanted = {c for c in consonants_of(latin_word) if len(c) >= MIN_SHARED_CONSONANTS}
    return bool(wanted) and any(
        wanted & {re.sub(r"[aiu]", "", key) for key in word_keys(word) if not key.startswith(("ar:", CONSONANTS))}
        for word in arabic_words if may_spell(word, frozenset(wanted)))
