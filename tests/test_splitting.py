import json

from retrieval.splitting import (
    MAX_SENTENCE_CHARS,
    MAX_WINDOW_CHARS,
    is_tag_line,
    split_paragraphs,
    split_sentences,
    windows,
)

from .conftest import FIXTURES


def test_paragraphs_split_on_blank_lines_and_join_hard_wraps():
    text = "first line\nwrapped\n\n\n\nsecond\r\n\r\nthird  \n \n"
    assert split_paragraphs(text) == ["first line wrapped", "second", "third"]
    assert split_paragraphs("") == []
    assert split_paragraphs(" \n\n \n") == []


def test_a_line_that_says_no_word_is_no_paragraph():
    # snn-20150807-0479 parts its report with «***», bbc-politics-174 has a line "."
    text = "الفقرة الأولى.\n\n***\n\n.\n\n37\n\nhttp://cdn.top4top.net/d_302983943f1.mp4\n\nThe end."
    assert split_paragraphs(text) == ["الفقرة الأولى.", "The end."]
    # a heading of one word, a link inside a sentence, a number with its unit are paragraphs
    for kept in ("تبادل الزيارات", "Next", "See www.bbc.co.uk for more.", "37 مليون"):
        assert split_paragraphs(kept) == [kept]


def _sentences(text, language):
    return [text[s.start:s.end] for s in split_sentences(text, language)]


def test_arabic_sentences_end_at_arabic_question_mark_not_at_comma():
    text = "التقى الوزير نظيره، وبحثا التعاون. هل اتفقا؟ نعم اتفقا على 3.5 مليون."
    assert _sentences(text, "ar") == [
        "التقى الوزير نظيره، وبحثا التعاون.",
        "هل اتفقا؟",
        "نعم اتفقا على 3.5 مليون.",
    ]


def test_a_number_in_brackets_mid_sentence_does_not_start_one():
    # snn-20150809-0552: the segmenter read «(15)» and «(33)» as list items
    text = "نتج عن التفجير استشهاد (15) وإصابة (33) من المصلين. وهي ثلاث: (1) الأولى، (2) الثانية."
    assert _sentences(text, "ar") == [
        "نتج عن التفجير استشهاد (15) وإصابة (33) من المصلين.",
        "وهي ثلاث: (1) الأولى، (2) الثانية.",
    ]
    assert _sentences("The blast killed (15) and hurt (33) people. Police came.", "en") == [
        "The blast killed (15) and hurt (33) people.", "Police came."]


def test_a_decimal_written_with_a_right_to_left_mark_does_not_end_a_sentence():
    # snn-20150725-0169 writes «8.\u200f6 في المائة»; the sale figure is in the same sentence
    text = ("وقالت وزارة التجارة إن المبيعات هبطت 8.\u200f6 في المائة إلى وتيرة سنوية قدرها 482 ألف "
            "وحدة. وعدلت الوزارة مبيعات مايو.")
    assert _sentences(text, "ar") == [text[:text.index(" وعدلت")], "وعدلت الوزارة مبيعات مايو."]


def test_a_capitalised_verb_or_conjunction_after_us_does_not_start_a_sentence():
    # reut-7802: "The U.S. Will pursue its complaint ..." had been cut after "U.S."
    assert _sentences("GENEVA - The U.S. Will pursue its complaint. Talks between the U.S. And "
                      "Japan ended.", "en") == ["GENEVA - The U.S. Will pursue its complaint.",
                                                "Talks between the U.S. And Japan ended."]
    assert _sentences("The company sells in the U.S. The firm said profits rose.", "en") == [
        "The company sells in the U.S.", "The firm said profits rose."]


def test_english_abbreviations_do_not_end_sentences():
    text = "Dr. Smith met U.S. officials in Vienna. They agreed."
    assert _sentences(text, "en") == ["Dr. Smith met U.S. officials in Vienna.", "They agreed."]


def test_a_title_cut_to_one_letter_does_not_end_a_sentence():
    # snn-20150731-1124: «أ. د.» (professor), «د.» (doctor) and «م.» (engineer) before names
    text = ("وقام بتوقيع المذكرة الدكتور جمعان رشيد بن رقوش رئيس جامعة نايف العربية للعلوم الأمنية "
            "وأ. د. ماهر سليم رئيس جامعة الشرق الأوسط. وعبر م. القحطاني عن سعادته.")
    assert _sentences(text, "ar") == [text[:text.index("الأوسط.") + 7], "وعبر م. القحطاني عن سعادته."]
    assert _sentences("The talks ended at noon. They met again.", "en") == [
        "The talks ended at noon.", "They met again."]


def test_overlong_sentence_is_cut_at_semicolons():
    clause = "وبحث الجانبان سبل التعاون المشترك في مجالات عدة " * 4
    text = "؛ ".join([clause.strip()] * 4) + "."
    assert len(text) > MAX_SENTENCE_CHARS
    parts = _sentences(text, "ar")
    assert len(parts) == 4
    assert all(len(part) <= MAX_SENTENCE_CHARS for part in parts)


def test_a_quotation_left_unclosed_does_not_swallow_the_sentences_after_it():
    # snn-20150724-1773 opens quotations with « " » and closes them with «»», or not at all:
    # the segmenter read 4,296 characters, from the son's words to the army's cyber drills,
    # as one quoted sentence (fixtures/news_beit_ummar.jsonl, news.ar.jsonl line 375)
    article = json.loads((FIXTURES / "news_beit_ummar.jsonl").read_text(encoding="utf-8").splitlines()[0])
    parts = _sentences(split_paragraphs(article["text"])[0], "ar")
    assert all(len(part) <= MAX_SENTENCE_CHARS for part in parts)
    assert any(part.startswith("وأشارت الحركتان") and "(52 عامًا)" in part for part in parts)
    # a quotation of a few sentences, its marks matched, stays one sentence with its speaker
    quoted = 'وقال: "اقتحموا البيت. وبعد ان فتحنا الباب بدأوا بالصراخ." ثم غادر الجنود.'
    assert _sentences(quoted, "ar") == [quoted[:quoted.index("ثم") - 1], "ثم غادر الجنود."]


def test_long_paragraph_becomes_overlapping_windows_of_whole_sentences():
    text = " ".join(f"This is sentence number {i} of a long paragraph." for i in range(120))
    result = windows(7, text, "en")
    assert len(result) > 1
    assert all(w.paragraph == 7 for w in result)
    assert [w.window for w in result] == list(range(len(result)))
    assert all(len(w.text) <= MAX_WINDOW_CHARS for w in result)
    assert result[0].text.startswith("This is sentence number 0 ")
    assert result[-1].text.endswith("number 119 of a long paragraph.")
    for previous, current in zip(result, result[1:]):  # one sentence of overlap
        last = previous.text[previous.sentences[-1].start:previous.sentences[-1].end]
        assert current.text.startswith(last)


def test_short_paragraph_is_one_window_with_sentence_spans():
    (window,) = windows(0, "One. Two.", "en")
    assert window.text == "One. Two."
    assert [window.text[s.start:s.end] for s in window.sentences] == ["One.", "Two."]


def test_a_report_s_closing_tags_are_no_sentence():
    text = ("وأكد الجبير ترحيب المملكة بأي اتفاق. سمات الجبير الخارجية حماس سامح شكري وزير الخارجية")
    spans = split_sentences(text, "ar")
    assert len(spans) == 2
    last = text[spans[-1].start:spans[-1].end]
    assert is_tag_line(last, True)
    assert not is_tag_line(last, False)  # only a window's last sentence: «سمات» is "traits" too
    assert not is_tag_line(text[spans[0].start:spans[0].end], False)


def test_a_dateline_or_byline_is_told_from_a_sentence():
    from retrieval.splitting import is_byline

    for line in ("عين اليوم – جدة", "محمد السريعي – عين اليوم", "Next Previous عين اليوم – واس"):
        assert is_byline(line), line
    for sentence in ("WASHINGTON, June 18 - U.S.-Canadian ties could worsen if the two nations fail",
                     "Profits rose - 12%.", "وزير الدفاع", "88591 - Stc"):
        assert not is_byline(sentence), sentence


def test_a_paragraph_that_says_nothing_is_told_from_one_that_reports():
    from retrieval.dates import only_a_dateline
    from retrieval.splitting import says_nothing

    for line in ("Next Previous عين اليوم – واس", "***", "وزير الدفاع",
                 "برلين 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس",
                 "مكة المكرمة 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس"):
        assert says_nothing(line), line
    assert only_a_dateline("صنعاء 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس")
    for text in ("برلين 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس التقى وزير الخارجية نظيره الألماني.",
                 "وصل الوفد إلى الرياض في 10 أغسطس 2015", "Profits rose 12% in 2004.",
                 "استقبل الوزير السفير"):
        assert not says_nothing(text), text
        assert not only_a_dateline(text), text


def test_a_heading_is_told_from_a_sentence():
    from retrieval.splitting import is_heading

    for line in ("قرية رجال ألمع", "وزير الدفاع", "Christmas sales"):
        assert is_heading(line), line
    for text in ("استقطبت القرية زوارها.", "Profits rose 12%", "Ambassador: the talks failed",
                 "a line of more than eight words with no stop at its end"):
        assert not is_heading(text), text


def test_a_link_line_that_repeats_the_title_is_told_from_a_sentence():
    from retrieval.splitting import repeats_the_title

    # snn-20150723-0989 (fd-en-ar-03): the paper's link line was quoted for where a soldier died
    title = "الجيش التركي يقصف مواقع داعش بعد إطلاق نار تسبب بمقتل أحد جنوده"
    assert repeats_the_title(f"رابط الخبر بصحيفة الوئام: {title}", title)
    assert repeats_the_title(title + ".", title) and repeats_the_title(f"Source: {title}", title + ".")
    # a sentence that only ends with the title says more; so may one ending with a short title
    assert not repeats_the_title(f"وقال المتحدث إن {title}", title)
    assert not repeats_the_title("The minister said the talks had failed.", "the talks had failed")
    assert not repeats_the_title("Result: Failed", "Failed")
    assert not repeats_the_title("رابط الخبر بصحيفة الوئام: خبر آخر", title)
    assert not repeats_the_title(title, None)
