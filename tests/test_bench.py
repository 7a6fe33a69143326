"""The benchmark scripts run end to end on a tiny corpus written here."""

import json
import subprocess
import sys

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.slow


def _bench(script, *args):
    """Run a benchmark script as a user would; its standard output."""
    return subprocess.run([sys.executable, str(ROOT / "bench" / script), *map(str, args)],
                          capture_output=True, text=True, check=True).stdout


def _xquad(lang, contexts, questions):
    return {"version": "1.1", "data": [
        {"title": f"a{n}", "paragraphs": [
            {"context": context, "qas": [{"id": f"{n}-{i}", "question": q,
                                          "answers": [{"text": "x", "answer_start": 0}]}
                                         for i, q in enumerate(qs)]}
            for context, qs in zip(article, article_questions)]}
        for n, (article, article_questions) in enumerate(zip(contexts, questions))]}


def _tiny_xquad(tmp_path):
    """Two XQuAD-shaped articles per language in ``tmp_path/xquad``; that folder."""
    data = tmp_path / "xquad"
    data.mkdir()
    en = _xquad("en", [["The ministers met in Geneva.", "Rain closed the road."],
                       ["Gold prices rose.", "The bank kept rates unchanged."]],
                [[["Where did the ministers meet?"], ["Why was the road closed?"]],
                 [["What rose?"], ["What did the bank do?"]]])
    ar = _xquad("ar", [["التقى الوزيران في جنيف.", "أغلق المطر الطريق."],
                       ["ارتفعت أسعار الذهب.", "أبقى البنك الفائدة دون تغيير."]],
                [[["أين التقى الوزيران؟"], ["لماذا أغلق الطريق؟"]],
                 [["ما الذي ارتفع؟"], ["ماذا فعل البنك؟"]]])
    (data / "xquad.en.json").write_text(json.dumps(en), encoding="utf-8")
    (data / "xquad.ar.json").write_text(json.dumps(ar, ensure_ascii=False), encoding="utf-8")
    return data


def test_calibrate_runs_on_a_tiny_xquad(tmp_path):
    data = _tiny_xquad(tmp_path)
    out = tmp_path / "CALIBRATION.md"
    stdout = _bench("calibrate.py", "--data", data, "--out", out, "--cache", tmp_path / "cache.npz")
    assert "Dense Recall@5 by cross-language offset" in stdout
    assert "Cross-language search with centred queries" in stdout
    assert "## Abstention" in out.read_text(encoding="utf-8")


def test_late_chunking_runs_on_a_tiny_xquad(tmp_path):
    data = _tiny_xquad(tmp_path)
    out = tmp_path / "LATE_CHUNKING.md"
    stdout = _bench("late_chunking.py", "--data", data, "--out", out, "--cache", tmp_path / "cache.npz")
    assert "| pooled from the paragraph | 0.5 |" in stdout
    assert "| embedded alone | 0.5 |" in out.read_text(encoding="utf-8")
    assert "| embedded alone; paragraph = their mean | 0.5 |" in stdout


def _tiny_news(tmp_path):
    data = tmp_path / "news"
    data.mkdir()
    (data / "news.ar.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"id": "snn-1", "title": "وزير الخارجية يلتقي نظيره", "text": "التقى الوزير نظيره.\n\nوبحثا التعاون."},
        {"id": "snn-2", "title": "ارتفاع الذهب", "text": "ارتفعت أسعار الذهب."},
    ]), encoding="utf-8")
    (data / "news.en.jsonl").write_text("\n".join(json.dumps(r) for r in [
        {"id": "bbc-1", "title": "Ministers meet in Geneva", "text": "The ministers met.\n\nThey agreed."},
    ]), encoding="utf-8")
    return data


def test_pipeline_runs_on_a_tiny_news_sample(tmp_path):
    data = _tiny_news(tmp_path)
    out = tmp_path / "RESULTS.md"
    stdout = _bench("pipeline.py",
                    "--data", data, "--paragraphs", "2", "--questions", "2", "--out", out)
    assert "ingest throughput" in stdout
    text = out.read_text(encoding="utf-8")
    # whole articles up to 2 paragraphs per language: snn-1 (2) and bbc-1 (2)
    assert "| documents | 2 |" in text and "ask latency p50 / p95" in text


def test_bot_load_runs_with_a_few_chats(tmp_path):
    out = tmp_path / "BOT_LOAD.md"
    stdout = _bench("bot_load.py", "--chats", "4", "--out", out)
    assert "| chats answered | 4 of 4 |" in stdout
    assert "| error replies | 0 |" in out.read_text(encoding="utf-8")


def test_ann_runs_on_a_few_thousand_vectors(tmp_path):
    out = tmp_path / "ANN.md"
    stdout = _bench("ann.py", "--vectors", "3000", "--out", out, "--cache", tmp_path / "none.npz")
    assert "exact (IndexFlatIP)" in stdout and ",SQ8, nprobe" in stdout
    row = [line for line in out.read_text(encoding="utf-8").splitlines() if "SQ8" in line][0]
    assert float(row.split("|")[6]) > 0.5  # recall@10 of the approximate index


def test_retrieval_xquad_runs_on_a_tiny_xquad(tmp_path):
    data = _tiny_xquad(tmp_path)
    out = tmp_path / "RETRIEVAL.md"
    stdout = _bench("retrieval_xquad.py", "--data", data, "--out", out)
    for system in ("majlis hybrid", "majlis dense", "BM25, plain tokenizer", "LangChain FAISS + MiniLM"):
        assert f"| {system} |" in stdout
    assert "## held-out half" in out.read_text(encoding="utf-8")


def test_speed_runs_on_a_tiny_news_sample(tmp_path):
    data = _tiny_news(tmp_path)
    out = tmp_path / "SPEED.md"
    stdout = _bench("speed.py",
                    "--data", data, "--base", "4", "--sizes", "4,20", "--questions", "2", "--out", out)
    text = out.read_text(encoding="utf-8")
    assert "| 4 |" in text and "| 20 |" in text and "stock ÷ majlis" in stdout


def test_embedding_runtime_runs_on_a_tiny_sample(tmp_path):
    _tiny_news(tmp_path)
    _tiny_xquad(tmp_path)
    out = tmp_path / "EMBEDDING.md"
    stdout = _bench("embedding_runtime.py", "--data", tmp_path, "--paragraphs", "3", "--rounds", "1",
                    "--out", out)
    assert "| passages/s, median round |" in stdout
    text = out.read_text(encoding="utf-8")
    assert "Agreement (cosine" in text and "| ar→en |" in text


def test_ask_latency_runs_on_a_tiny_store(tmp_path):
    from retrieval import KnowledgeBase

    from .conftest import FIXTURES

    store = tmp_path / "store"
    KnowledgeBase.open(store).ingest([FIXTURES / "news_nissan_successor.jsonl"])
    questions = tmp_path / "set.jsonl"
    questions.write_text(
        '{"id": "q1", "question": "What stake does Renault own in Nissan?", "doc": "bbc-business-216", '
        '"expect": [["44%"]]}\n'
        '{"id": "q2", "question": "من سيدير شركة نيسان يوميا؟", "doc": "bbc-business-216", '
        '"expect": [["Shiga"]]}\n'
        '{"id": "q3", "question": "Where did Shiga meet Alfonsin?", "abstain": true}\n'
        '{"id": "q4", "question": "Who won?", "doc": "bbc-sport-001", "expect": [["x"]]}\n', encoding="utf-8")
    out = tmp_path / "ASK_LATENCY.md"
    stdout = _bench("ask_latency.py", "--store", store, "--questions", questions, "--out", out)
    text = out.read_text(encoding="utf-8")
    assert "| en→en | 1 |" in text and "| ar→en | 1 |" in text and "| en→none | 1 |" in text
    assert "| all | 3 |" in stdout and "1 about articles not in the store left out" in stdout
