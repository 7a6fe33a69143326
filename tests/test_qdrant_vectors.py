"""Paragraph vectors on Qdrant: the same answers as FAISS, and commits that stay atomic.

No Qdrant server runs here, so the store talks to qdrant-client's in-process
engine (``:memory:``) through the same client API a server is reached with;
an unreachable server is a real connection to a closed port.
"""

import json
import sys

import numpy as np
import pytest

from retrieval import KnowledgeBase, MissingDependencyError, StoreCorruptError, VectorEngineError
from retrieval import qdrant_vectors
from retrieval.cli import main
from retrieval.errors import InvalidArgumentError
from retrieval.qdrant_vectors import API_KEY_VARIABLE, IN_MEMORY, URL_VARIABLE, QdrantStaging
from retrieval.store import MANIFEST, NewParagraph, Store, StoredDocument

from .conftest import FIXTURES, ROOT

DIM = 4
UNREACHABLE = "http://127.0.0.1:1"


def _vector(*values):
    v = np.asarray(values, dtype=np.float32)
    return v / np.linalg.norm(v)


def _document(doc_id):
    return StoredDocument(doc_id, f"title {doc_id}", None, None, None, f"/x/{doc_id}",
                          f"hash-{doc_id}", "en")


def _paragraph(number, word, vector):
    return NewParagraph(number, 0, f"text {word}", "en", f"h-{word}", word, ((0, 4),), vector)


def _points(store, language="en"):
    client = qdrant_vectors._client(IN_MEMORY)
    return {int(r.id) for r in client.scroll(store.manifest["vectors"]["collections"][language],
                                            limit=1000)[0]}


@pytest.fixture
def store(tmp_path):
    store = Store.create(tmp_path / "q", "test:embedder", DIM, qdrant_url=IN_MEMORY)
    with store.writer() as writer:
        writer.add_document(_document("d1"), [_paragraph(0, "alpha", _vector(1, 0, 0, 0))])
        writer.add_document(_document("d2"), [_paragraph(0, "beta", _vector(0, 1, 0, 0)),
                                              _paragraph(1, "gamma", _vector(0, 0, 1, 0))])
    return store


def test_a_qdrant_store_answers_as_a_faiss_store_does(tmp_path, e5):
    sources = [ROOT / "seeds", FIXTURES / "news_meetings.jsonl"]
    faiss_kb = KnowledgeBase.open(tmp_path / "faiss", embedder=e5)
    qdrant_kb = KnowledgeBase.open(tmp_path / "qdrant", embedder=e5, qdrant_url=IN_MEMORY)
    faiss_kb.ingest(sources)
    qdrant_kb.ingest(sources)
    manifest = json.loads((tmp_path / "qdrant" / MANIFEST).read_text())
    assert manifest["vectors"]["engine"] == "qdrant"
    assert not list((tmp_path / "qdrant").glob("gen-*/*.faiss"))
    assert qdrant_kb.stats().vectors_by_language == faiss_kb.stats().vectors_by_language
    for question in ("من التقى جمال عبدالعزيز العلوي؟", "Who did Prince Mohammed bin Salman meet?",
                     "Nigeria France debt rescheduling", "ما موقف التمرد من الهدنة؟"):
        found = [(s.doc_id, s.paragraph, round(s.score, 5)) for s in qdrant_kb.search(question, k=5)]
        assert found == [(s.doc_id, s.paragraph, round(s.score, 5)) for s in faiss_kb.search(question, k=5)]
        assert qdrant_kb.ask(question).text == faiss_kb.ask(question).text
    reopened = KnowledgeBase.open(tmp_path / "qdrant")  # the manifest names the collections
    question = "من التقى جمال عبدالعزيز العلوي؟"
    assert reopened.ask(question).text == faiss_kb.ask(question).text


def test_replaced_paragraphs_get_new_ids_and_their_old_points_go(store):
    before = _points(store)
    with store.writer() as writer:
        kept = writer.remove_document("d2")
        writer.add_document(_document("d2"), [_paragraph(0, "beta", kept["h-beta"].paragraph)])
    assert len(before) == 3 and _points(store) == {1, 4}  # id 2 and 3 are not reused
    assert store.manifest["next_paragraph_id"] == 5
    ((pid, score),) = store.dense_search(_vector(0, 1, 0, 0), "en", 1)
    assert pid == 4 and score == pytest.approx(1.0)


def test_a_reader_of_an_older_generation_never_scores_another_paragraphs_vector(store):
    reader = Store.load(store.path)  # still on this generation while two writers commit
    with store.writer() as writer:
        writer.remove_document("d2")
    with store.writer() as writer:  # would reuse ids 2 and 3, which the reader still knows as d2
        writer.add_document(_document("d3"), [_paragraph(0, "delta", _vector(0, 0, 0, 1)),
                                              _paragraph(1, "epsilon", _vector(0, 0, 0, 1))])
    assert reader.dense_search(_vector(0, 0, 0, 1), "en", 5) == [(1, pytest.approx(0.0))]


def test_a_failed_writer_leaves_no_points(store):
    with pytest.raises(RuntimeError):
        with store.writer() as writer:
            writer.add_document(_document("d3"), [_paragraph(0, "delta", _vector(0, 0, 0, 1))])
            assert 4 in _points(store)
            raise RuntimeError("ingest failed")
    assert _points(store) == {1, 2, 3}
    assert 4 not in [pid for pid, _ in store.dense_search(_vector(0, 0, 0, 1), "en", 5)]


def test_a_killed_writers_points_stay_unseen_until_the_next_writer_deletes_them(store, monkeypatch):
    with monkeypatch.context() as patch:
        patch.setattr(QdrantStaging, "discard", lambda self: None)  # killed before cleaning up
        with pytest.raises(RuntimeError):
            with store.writer() as writer:
                writer.add_document(_document("d3"), [_paragraph(0, "delta", _vector(0, 0, 0, 1))])
                raise RuntimeError("killed")
    assert 4 in _points(store)
    reader = Store.load(store.path)
    assert 4 not in [pid for pid, _ in reader.dense_search(_vector(0, 0, 0, 1), "en", 5)]
    with store.writer():
        pass
    assert _points(store) == {1, 2, 3}


def test_points_of_removed_paragraphs_are_deleted_after_the_commit_or_by_the_next_writer(store, monkeypatch):
    with monkeypatch.context() as patch:
        patch.setattr(QdrantStaging, "committed", lambda self: None)  # killed right after the commit
        with store.writer() as writer:
            writer.remove_document("d1")
    assert 1 in _points(store)
    assert 1 not in [pid for pid, _ in Store.load(store.path).dense_search(_vector(1, 0, 0, 0), "en", 5)]
    with store.writer():
        pass
    assert _points(store) == {2, 3}


def test_load_checks_the_collections_against_the_metadata(store):
    client = qdrant_vectors._client(IN_MEMORY)
    collection = store.manifest["vectors"]["collections"]["en"]
    client.delete(collection, points_selector=[3], wait=True)
    with pytest.raises(StoreCorruptError, match="holds 2 points for 3 en paragraphs"):
        Store.load(store.path)
    client.delete_collection(collection)
    with pytest.raises(StoreCorruptError, match=f"no collection {collection}"):
        Store.load(store.path)


def test_server_errors_and_settings_keep_the_api_key_secret(tmp_path, store, monkeypatch):
    monkeypatch.setenv(API_KEY_VARIABLE, "s3cret-key")
    monkeypatch.setattr(qdrant_vectors, "_clients", {})
    with pytest.raises(VectorEngineError, match="Qdrant at http://127.0.0.1:1 failed") as failed:
        Store.create(tmp_path / "new", "test:embedder", DIM, qdrant_url=UNREACHABLE)
    assert "s3cret" not in str(failed.value) and not Store.exists(tmp_path / "new")
    with pytest.raises(InvalidArgumentError) as with_credentials:
        Store.create(tmp_path / "new", "test:embedder", DIM, qdrant_url="http://me:s3cret@host:6333")
    assert "s3cret" not in str(with_credentials.value)
    with pytest.raises(InvalidArgumentError, match="looks like http://localhost:6333"):
        Store.create(tmp_path / "new", "test:embedder", DIM, qdrant_url="./qdrant-data")
    monkeypatch.setenv(URL_VARIABLE, UNREACHABLE)  # the server moved: this URL wins over the manifest's
    with pytest.raises(VectorEngineError, match="127.0.0.1:1"):
        Store.load(store.path)
    assert "s3cret" not in (store.path / MANIFEST).read_text()


def test_a_store_keeps_the_engine_it_was_made_with(tmp_path, seed_copy, capsys):
    with pytest.raises(InvalidArgumentError, match="keeps its vectors in FAISS files"):
        KnowledgeBase.open(seed_copy, qdrant_url="http://localhost:6333")
    assert main(["ingest", str(ROOT / "seeds"), "--store", str(tmp_path / "m"), "--qdrant", IN_MEMORY]) == 2
    assert "gone when majlis exits" in capsys.readouterr().err
    assert not Store.exists(tmp_path / "m")


def test_without_qdrant_client_the_error_names_the_extra(tmp_path, monkeypatch):
    monkeypatch.setattr(qdrant_vectors, "_clients", {})
    monkeypatch.setitem(sys.modules, "qdrant_client", None)
    with pytest.raises(MissingDependencyError, match=r"majlis\[qdrant\]"):
        Store.create(tmp_path / "s", "test:embedder", DIM, qdrant_url=IN_MEMORY)
