"""Hostile and broken input: nothing crashes, every problem is said, nothing stored is lost.

Property-based (hypothesis) for the text functions and for questions, table-driven for
files that real feeds produce.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from retrieval import Answer, InvalidQuestionError, KnowledgeBase
from retrieval.ingest import MAX_DOCUMENT_CHARS
from retrieval.knowledge_base import MAX_QUESTION_CHARS
from retrieval.loading import SUPPORTED_SUFFIXES, read_documents
from retrieval.normalize import detect_language, index_terms, normalize
from retrieval.splitting import split_paragraphs, split_sentences, windows

# Text with the characters real feeds mix in: Arabic, Latin, digits, diacritics,
# tatweel, bidi controls, zero-width characters, newlines, NUL and surrogates excluded.
NASTY = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
        st.sampled_from(list("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202e\u2066\u2069"
                             "\ufeff\u0640\u064b\u0651ًٌ؟،؛\n\n\t<>&\"'")),
        st.sampled_from(list("التقى الوزير نظيره في فيينا Minister met Vienna 2015 ١٤٣٦.")),
    ),
    max_size=400,
)


@given(NASTY)
@settings(max_examples=300, deadline=None)
def test_text_functions_never_crash_and_keep_their_promises(text):
    normalize(text)
    assert detect_language(text) in ("ar", "en")
    assert all(term and " " not in term for term in index_terms(text))
    for number, paragraph in enumerate(split_paragraphs(text)):
        assert paragraph == paragraph.strip() and "\n" not in paragraph
        language = detect_language(paragraph)
        for span in split_sentences(paragraph, language):
            assert 0 <= span.start < span.end <= len(paragraph)
            assert paragraph[span.start:span.end].strip()
        for window in windows(number, paragraph, language):
            assert window.text in paragraph
            assert all(0 <= s.start < s.end <= len(window.text) for s in window.sentences)


@given(st.binary(max_size=2000), st.sampled_from(SUPPORTED_SUFFIXES))
@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_bytes_in_any_supported_file_give_documents_or_problems(tmp_path, data, suffix):
    file = tmp_path / f"input{suffix}"
    file.write_bytes(data)
    documents, problems = read_documents(file)
    assert all(d.text.strip() for d in documents)
    assert all(p.reason for p in problems)


@given(NASTY)
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_question_gets_an_answer_or_a_clear_error(seed_kb, question):
    try:
        answer = seed_kb.ask(question)
    except InvalidQuestionError as exc:
        assert not question.split() or len(" ".join(question.split())) > MAX_QUESTION_CHARS
        assert str(exc)
    else:
        assert isinstance(answer, Answer)
        assert answer.language in ("ar", "en") and answer.text


@pytest.mark.parametrize("size", [1, 2, 10, 200, MAX_QUESTION_CHARS])
def test_questions_of_every_allowed_size(seed_kb, size):
    question = ("من التقى العلوي؟ " * size)[:size]
    if not question.strip():
        pytest.skip("whitespace")
    assert isinstance(seed_kb.ask(question), Answer)


@pytest.mark.parametrize("size", [MAX_QUESTION_CHARS + 1, 100_000])
def test_questions_over_the_limit_are_refused(seed_kb, size):
    with pytest.raises(InvalidQuestionError, match="keep it under"):
        seed_kb.ask("س" * size)


HOSTILE_FILES = {
    "empty.txt": (b"", "no readable text"),
    "blank.md": (b" \n\t\n\n  \r\n", "no readable text"),
    "huge.txt": (("كلمة " * (MAX_DOCUMENT_CHARS // 4)).encode(), "over the limit of 200,000"),
    "binary.txt": (bytes(range(256)) * 4, "binary file"),
    "latin1.md": ("Réunion à Genève".encode("latin-1"), "not UTF-8"),
    "broken.json": (b'{"id": "x", "text": ', "invalid JSON"),
    "records.jsonl": (b'{"id": "ok1", "text": "The envoy met the minister."}\n'
                      b'not json\n[1, 2]\n{"id": "", "text": "t"}\n', None),
    "mixed.txt": ("التقى الوزير Mr. Smith في Vienna يوم ١٠ أغسطس.\n\n"
                  "\u202eRTL override\u202c و\u200bصفر\u200c عرض \ufeff".encode(), None),
    "scripts.html": (b"<html><script>alert('x')</script><style>p{}</style><body><p>"
                     b"The delegation <b>met</b> officials.</p><script>steal()</script></body></html>",
                     None),
    "nested.html": (("<div>" * 30_000 + "<p>Deep talks in Oman.</p>").encode(), None),
}


def test_hostile_files_are_reported_and_nothing_stored_is_lost(seed_copy, tmp_path, e5):
    folder = tmp_path / "hostile"
    folder.mkdir()
    for name, (data, _) in HOSTILE_FILES.items():
        (folder / name).write_bytes(data)
    kb = KnowledgeBase.open(seed_copy, embedder=e5)
    before = kb.stats()
    report = kb.ingest([folder])

    reasons = {p.path.rsplit("/", 1)[1]: p.reason for p in report.problems}
    for name, (_, expected) in HOSTILE_FILES.items():
        if expected is not None:
            assert expected in reasons[name], (name, reasons.get(name))
    assert {k for k in reasons if k.startswith("records.jsonl")} == {
        "records.jsonl:2", "records.jsonl:3", "records.jsonl:4"}
    assert report.documents_added == 4  # ok1, mixed, scripts, nested
    stats = KnowledgeBase.open(seed_copy, embedder=e5).stats()
    assert stats.documents == before.documents + 4
    assert "غادة والي" in kb.ask("من التقى جمال عبدالعزيز العلوي؟").text
    assert "alert" not in json.dumps([s.text for s in kb.search("delegation met officials", k=3)])


def test_file_and_paragraph_limits_are_refused_with_the_fix(seed_copy, tmp_path, e5, monkeypatch):
    from retrieval import ingest, loading

    monkeypatch.setattr(loading, "MAX_FILE_BYTES", 1000)
    monkeypatch.setattr(ingest, "MAX_PARAGRAPHS_PER_DOCUMENT", 3)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "big.txt").write_text("x" * 1001, encoding="utf-8")
    (tmp_path / "in" / "many.txt").write_text("\n\n".join(["فقرة."] * 4), encoding="utf-8")
    (tmp_path / "in" / "fine.txt").write_text("\n\n".join(["فقرة."] * 3), encoding="utf-8")
    kb = KnowledgeBase.open(seed_copy, embedder=e5)
    report = kb.ingest([tmp_path / "in"])
    reasons = sorted(p.reason for p in report.problems)
    assert any("file has 1,001 bytes, over the limit of 1,000; split it" in r for r in reasons)
    assert any("has 4 paragraphs, over the limit of 3; split it" in r for r in reasons)
    assert report.documents_added == 1 and kb.stats().documents == 2
