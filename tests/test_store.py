"""The store on its own: FAISS + SQLite + manifest, with hand-made vectors."""

import json
import math

import numpy as np
import pytest

from retrieval.errors import EmbedderMismatchError, StoreCorruptError, StoreNotFoundError
from retrieval.store import MANIFEST, NewParagraph, Store, StoredDocument

DIM = 4


def _vector(*values):
    v = np.asarray(values, dtype=np.float32)
    return v / np.linalg.norm(v)


def _document(doc_id, language="en"):
    return StoredDocument(doc_id, f"title {doc_id}", None, None, None, f"/x/{doc_id}",
                          f"hash-{doc_id}", language)


def _paragraph(number, terms, vector, language="en"):
    return NewParagraph(number, 0, f"text {terms}", language, f"h-{terms}", terms,
                        ((0, 4),), vector)


@pytest.fixture
def store(tmp_path):
    store = Store.create(tmp_path / "s", "test:embedder", DIM)
    with store.writer() as writer:
        writer.add_document(_document("d1"), [_paragraph(0, "alpha beta", _vector(1, 0, 0, 0))])
        writer.add_document(_document("d2"), [
            _paragraph(0, "alpha alpha gamma delta", _vector(0, 1, 0, 0)),
            _paragraph(1, "epsilon", _vector(0, 0, 1, 0)),
        ])
        writer.add_document(_document("d3", "ar"), [
            _paragraph(0, "لقاء", _vector(0, 0, 0, 1), language="ar")])
    return store


def test_bm25_matches_the_formula_by_hand(store):
    # FTS5's bm25: k1 = 1.2, b = 0.75, idf = ln((N - n + 0.5) / (n + 0.5)).
    n_docs, lengths = 4, {"alpha beta": 2, "alpha alpha gamma delta": 4, "epsilon": 1, "لقاء": 1}
    avgdl = sum(lengths.values()) / n_docs
    idf = math.log((n_docs - 1 + 0.5) / (1 + 0.5))
    expected = idf * 1 * 2.2 / (1 + 1.2 * (1 - 0.75 + 0.75 * 4 / avgdl))
    ((pid, score),) = store.lexical_search(["gamma"], k=5)
    assert store.paragraphs([pid])[pid].text == "text alpha alpha gamma delta"
    assert score == pytest.approx(expected, rel=1e-6)


def test_bm25_ranks_the_denser_match_first_and_escapes_syntax(store):
    ranked = store.lexical_search(["alpha"], k=5)
    texts = [store.paragraphs([pid])[pid].text for pid, _ in ranked]
    assert texts == ["text alpha alpha gamma delta", "text alpha beta"]
    assert store.lexical_search(['al"pha OR', "NEAR("], k=5) == []
    assert store.lexical_search([], k=5) == []


def test_dense_search_is_per_language(store):
    en = store.dense_search(_vector(0, 0, 0, 1), "en", 5)
    ar = store.dense_search(_vector(0, 0, 0, 1), "ar", 5)
    assert len(en) == 3 and len(ar) == 1
    assert ar[0][1] == pytest.approx(1.0)


def test_reload_keeps_everything_and_checks_the_manifest(store):
    again = Store.load(store.path, "test:embedder", DIM)
    assert again.count_documents() == 3
    assert again.count_vectors() == {"ar": 1, "en": 3}
    with pytest.raises(EmbedderMismatchError, match="built with test:embedder"):
        Store.load(store.path, "other:embedder", DIM)
    with pytest.raises(StoreNotFoundError, match="majlis ingest"):
        Store.load(store.path / "nothing")


def test_failed_write_leaves_the_store_as_it_was(store):
    before = json.loads((store.path / MANIFEST).read_text())
    with pytest.raises(RuntimeError):
        with store.writer() as writer:
            writer.remove_document("d1")
            raise RuntimeError("crash in the middle")
    assert json.loads((store.path / MANIFEST).read_text()) == before
    assert Store.load(store.path).count_documents() == 3
    assert store.document("d1") is not None
    assert sorted(p.name for p in store.path.glob("gen-*")) == [before["generation"]]


def test_removing_a_document_returns_its_vectors_for_reuse(store):
    with store.writer() as writer:
        kept = writer.remove_document("d2")
    assert set(kept) == {"h-alpha alpha gamma delta", "h-epsilon"}
    assert kept["h-epsilon"].paragraph == pytest.approx(_vector(0, 0, 1, 0))
    assert kept["h-epsilon"].sentences is None  # one sentence: its paragraph vector stands for it
    assert store.document("d2") is None
    assert store.count_vectors() == {"ar": 1, "en": 1}
    assert store.lexical_search(["gamma"], k=5) == []


def test_sentence_vectors_are_kept_read_back_and_returned_for_reuse(store):
    sentences = np.vstack([_vector(1, 1, 0, 0), _vector(0, 1, 1, 0.5)])
    paragraph = NewParagraph(0, 0, "One. Two.", "en", "h-two", "one two", ((0, 4), (5, 9)),
                             _vector(1, 2, 1, 0), sentences)
    with store.writer() as writer:
        writer.add_document(_document("d4"), [paragraph])
    assert store.has_sentence_vectors
    pid = store.paragraph_id("d4", 0, 0)
    stored = store.sentence_vectors([pid, store.paragraph_id("d1", 0, 0)])
    assert list(stored) == [pid]  # one-sentence paragraphs have no rows
    assert stored[pid] == pytest.approx(sentences, abs=1e-3)  # kept as float16
    with store.writer() as writer:
        kept = writer.remove_document("d4")
    assert kept["h-two"].sentences == pytest.approx(sentences, abs=1e-3)
    assert store.sentence_vectors([pid]) == {}


def test_a_paragraph_of_several_sentences_without_their_vectors_is_recorded(store):
    with store.writer() as writer:
        writer.add_document(_document("d4"), [
            NewParagraph(0, 0, "One. Two.", "en", "h-two", "one two", ((0, 4), (5, 9)), _vector(1, 2, 1, 0))])
    assert not store.has_sentence_vectors
    with store.writer() as writer:
        [(pid, text, spans)] = writer.windows_without_sentence_vectors()
        assert (text, spans) == ("One. Two.", ((0, 4), (5, 9)))
        writer.set_sentence_vectors(pid, np.vstack([_vector(1, 0, 0, 0), _vector(0, 1, 0, 0)]))
        writer.sentence_vectors_complete()
    assert store.has_sentence_vectors and len(store.sentence_vectors([pid])[pid]) == 2
    assert json.loads((store.path / MANIFEST).read_text())["sentence_vectors"] is True


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda m: m.update(format_version=99), "format version 99"),
        (lambda m: m.update(format="something else"), "not a majlis store"),
        (lambda m: m["counts"]["vectors"].update(en=7), "inconsistent"),
        (lambda m: m["files"].update({"meta.sqlite": 1}), "manifest says 1"),
    ],
)
def test_manifest_that_disagrees_is_refused(store, change, message):
    manifest = json.loads((store.path / MANIFEST).read_text())
    change(manifest)
    (store.path / MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(StoreCorruptError, match=message):
        Store.load(store.path)


def test_unreadable_manifest_is_refused(store):
    (store.path / MANIFEST).write_text("{not json")
    with pytest.raises(StoreCorruptError, match="cannot read"):
        Store.load(store.path)


def test_store_files_are_not_pickles(store):
    generation = store.path / json.loads((store.path / MANIFEST).read_text())["generation"]
    assert (generation / "meta.sqlite").read_bytes().startswith(b"SQLite format 3")
    for language in ("ar", "en"):
        assert not (generation / f"vectors.{language}.faiss").read_bytes().startswith(b"\x80")


def test_a_large_partition_becomes_approximate_and_keeps_working(tmp_path, monkeypatch):
    from retrieval import vector_index

    monkeypatch.setattr(vector_index, "APPROXIMATE_ABOVE", 300)
    rng = np.random.default_rng(0)
    centres = rng.standard_normal((20, DIM * 8)).astype(np.float32)
    dim = DIM * 8
    store = Store.create(tmp_path / "big", "test:embedder", dim)

    def vec(i):
        v = centres[i % 20] + 0.3 * rng.standard_normal(dim).astype(np.float32)
        return v / np.linalg.norm(v)

    vectors = {}
    with store.writer() as writer:
        for d in range(40):
            paragraphs = []
            for p in range(10):
                vectors[(d, p)] = vec(d * 10 + p)
                paragraphs.append(_paragraph(p, f"doc{d} term{p}", vectors[(d, p)]))
            writer.add_document(_document(f"d{d}"), paragraphs)
    assert store.index_kinds()["en"].startswith("IVF") and store.index_kinds()["ar"] == "exact"
    reloaded = Store.load(store.path, "test:embedder", dim)
    assert reloaded.index_kinds() == store.index_kinds()
    assert json.loads((store.path / MANIFEST).read_text())["index"]["en"].startswith("IVF")
    hits = reloaded.dense_search(vectors[(7, 3)], "en", 5)
    assert reloaded.paragraphs([hits[0][0]])[hits[0][0]].doc_id == "d7"
    with reloaded.writer() as writer:  # removal and reuse work on the approximate index
        kept = writer.remove_document("d7")
    assert len(kept) == 10 and reloaded.count_vectors()["en"] == 390
    assert float(kept["h-doc7 term3"].paragraph @ vectors[(7, 3)]) > 0.99
