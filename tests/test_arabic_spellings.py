"""Arabic words a Latin name may spell (retrieval.arabic_spellings)."""

from __future__ import annotations

from retrieval.arabic_spellings import ArabicSpellings
from retrieval.names import consonant_key, consonants_of, rule_spelling

# sentences of snn-20150721-1887, snn-20150724-1014, snn-20150721-2440 and snn-20150806-0600
TEXTS = [
    "نفذت بلدية محافظة الدوادمي خلال شهر رمضان المبارك العديد من الجولات الرقابية على الأسواق",
    "وقد انبعث إصدارها من قِبل مكتبة العبيكان الرائدة",
    "أكد إسماعيل هنية نائب رئيس المكتب السياسي لحركة «حماس»",
    "وأوضح محمد العقيل المدير العام لجمرك المطار، أن تلك الكمية من المخدرات تم ضبطها",
]


def never(word: str) -> bool:
    return False


def test_an_arabic_word_s_consonants_are_read_off_its_letters():
    # the letters give what spelling the word by the romaniser's rules would
    for word in ("حماس", "العبيكان", "عبدالعزيز", "الدوادمي", "صامطة", "ظريف", "لوجسدون", "مشعل"):
        assert consonant_key(word) in consonants_of(rule_spelling(word)), word
    assert consonant_key("الدوادمي") == "ddm" and consonants_of("Dawadmi") == {"ddm"}


def test_a_latin_name_finds_the_arabic_word_spelled_closest_to_it():
    spellings = ArabicSpellings(TEXTS)
    assert spellings.spelling("Dawadmi", never) == ("الدوادمي",)
    assert spellings.spelling("Obeikan", never) == ("العبيكان",)
    assert spellings.spelling("Hamas", never) == ("حماس",)
    # the letter rules spell «العقيل» Al-Aqil, one letter off; the model Al-Aqeel
    assert spellings.spelling("Aqeel", never) == ("العقيل",)
    # of the words with its consonants (m, s), none is near enough to "Moses" or "Mousa"
    assert spellings.spelling("Mousa", never) == ()
    assert spellings.spelling("Stoltenberg", never) == ()


def test_a_name_whose_closest_word_is_common_is_spelled_by_none():
    # a rarer word as close would be another («حمص», Homs, is spelled Hamas by the rules)
    spellings = ArabicSpellings([*TEXTS, "وصلت القافلة إلى حمص"])
    assert set(spellings.spelling("Hamas", never)) == {"حماس", "حمص"}
    assert spellings.spelling("Hamas", lambda word: word == "حماس") == ()


def test_only_the_rare_capitalised_words_of_a_question_are_spelled():
    spellings = ArabicSpellings(TEXTS)
    known = {"Who", "Riyadh"}.__contains__  # words the English articles have
    assert spellings.in_question("Who is the acting head of the Dawadmi municipality near Riyadh?",
                                 known, never) == ("الدوادمي",)
    assert spellings.in_question("Which bookshop published Al-Obeikan's novel?", known, never) \
        == ("العبيكان",)
    assert spellings.in_question("who is the acting head of the municipality?", known, never) == ()
    # a question of more rare names than any real one spells only the first few
    many = " ".join(f"Zorqa{letter}" for letter in "bcdfghjklm") + " and Dawadmi"
    assert spellings.in_question(f"Who met {many}?", known, never) == ()
    assert spellings.in_question("Who met Dawadmi and " + many + "?", known, never) == ("الدوادمي",)


def test_two_capitalised_words_in_a_row_spell_words_written_together():
    # eval final180 gk-en-ar-04: "Rijal Almaa" is «رجال ألمع» (snn-20150724-1031). Alone,
    # "Rijal" spells «ريجل» closest and «رجال» (men) next, and "Almaa" «ألمع» as closely as
    # the common «عالما»: neither word is looked for on its own
    texts = [*TEXTS, "وبحضور مدير مستشفى رجال ألمع العام الأخصائي يحيى آل عامر",
             "وحضر الرجال الحفل", "وكان عالما جليلا", "نجم ريجل في السماء"]
    spellings = ArabicSpellings(texts)
    common = {"رجال", "الرجال", "عالما"}.__contains__
    assert spellings.spelling("Rijal", common) == ("ريجل",) and spellings.spelling("Almaa", common) == ()
    pairs = spellings.phrases("Rijal", "Almaa")
    assert "رجال ألمع" in pairs and "ريجل عالما" in pairs  # which a text has is the search's to see
    known = {"Who", "General", "Hospital"}.__contains__
    found = spellings.in_question("Who is the director of Rijal Almaa General Hospital?", known, common)
    assert "رجال ألمع" in found and "ريجل" in found
    # not with a word the English articles have, nor with a particle
    assert not any(" " in word for word in spellings.in_question(
        "Who is the director of Rijal General Hospital?", known, common))
    assert spellings.in_question("Who met Al Almaa?", known, common) == ()
