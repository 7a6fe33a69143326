import pytest

from retrieval.normalize import detect_language, index_terms, normalize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أكّدَ", "اكد"),                      # diacritics and hamza on alef
        ("جمـــال", "جمال"),                   # tatweel
        ("إيران آسيا ٱلله", "ايران اسيا الله"),  # alef variants
        ("مدرسة", "مدرسه"),                    # ta marbuta
        ("إلى", "الي"),                        # alef maqsura
        ("١٤٣٦ ۲۰۱۵", "1436 2015"),            # Arabic-Indic and Eastern digits
        ("مؤتمر رئيس", "موتمر رييس"),          # hamza seats
        ("غادة\u200bوالي\u200f", "غادهوالي"),   # zero-width and bidi marks dropped
        ("Vienna MEETING", "vienna meeting"),
        ("", ""),
    ],
)
def test_normalize_folds_spelling_variants(text, expected):
    assert normalize(text) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("التقى الوزير نظيره", "ar"),
        ("The minister met his counterpart", "en"),
        ("بحث مع UNODC سبل التعاون", "ar"),
        ("UNODC head Ghada Waly (غادة والي) met him", "en"),
        ("", "en"),
        ("2015 12", "en"),
    ],
)
def test_detect_language_by_script(text, language):
    assert detect_language(text) == language


def test_index_terms_match_inflections_in_both_languages():
    assert index_terms("اللقاء") == index_terms("لقاء")
    assert index_terms("والعلوي") == index_terms("العلوي")
    assert index_terms("meetings") == index_terms("meeting")
    # «والي» (a surname) keeps its first letter: it is not «و» + «الي».
    assert index_terms("والي") != index_terms("الي")


def test_index_terms_drop_question_words_but_keep_names():
    assert index_terms("من التقى جمال؟") == index_terms("التقى جمال")
    assert "vienna" in index_terms("Who did he meet in Vienna?")
    assert index_terms("في من على") == []
    assert index_terms("") == []


def test_index_terms_drop_the_vocative_which_stems_like_a_verse():
    # «أيها القارئ» (O reader): «أيها» stems as «آية» (verse) does, and a book review's every
    # address to its reader matched «في أي سورة وردت آية الجزية ...؟»
    assert index_terms("يا أيها القارئ، أيتها القارئة") == index_terms("القارئ القارئة")
    assert index_terms("الآية") and not set(index_terms("أيها")) & set(index_terms("الآية"))
