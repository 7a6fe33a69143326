"""Measure the pipeline on real news: ingest speed, ask latency, peak memory.

Takes whole articles from the news JSONL files, in file order, until each
language has at least ``--paragraphs`` paragraphs; ingests them into a fresh
store; then asks questions (the titles of ingested articles, which read like
news questions, half Arabic and half English) and times each ``ask``.
Medians and 95th percentiles come from one run on this machine.

Prints a table and writes bench/RESULTS.md.

    python bench/pipeline.py [--data ../shared/data/news] [--paragraphs 1000] [--questions 40]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from report import machine_line, publish  # noqa: E402

from retrieval import KnowledgeBase  # noqa: E402
from retrieval.splitting import split_paragraphs  # noqa: E402


def sample(file: Path, paragraphs: int) -> list[dict]:
    """Whole articles from the start of ``file`` until ``paragraphs`` are reached."""
    records, count = [], 0
    with open(file, encoding="utf-8") as handle:
        for line in handle:
            if count >= paragraphs:
                break
            record = json.loads(line)
            records.append(record)
            count += len(split_paragraphs(record["text"]))
    return records


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "news")
    parser.add_argument("--paragraphs", type=int, default=1000, help="per language")
    parser.add_argument("--questions", type=int, default=40)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS.md")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "sample.jsonl"
        records = []
        for language in ("ar", "en"):
            records += sample(args.data / f"news.{language}.jsonl", args.paragraphs)
        corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records),
                          encoding="utf-8")

        kb = KnowledgeBase.open(Path(tmp) / "store")
        started = time.perf_counter()
        report = kb.ingest([corpus], progress=True)
        ingest_seconds = time.perf_counter() - started
        stats = kb.stats()

        arabic = [r["title"] for r in records if r["id"].startswith("snn-")]
        english = [r["title"] for r in records if not r["id"].startswith("snn-")]
        half = args.questions // 2
        questions = arabic[:half] + english[:args.questions - half]
        kb.ask(questions[0])  # warm-up: first query pays for lazy set-up
        latencies, abstained = [], 0
        for question in questions:
            started = time.perf_counter()
            answer = kb.ask(question)
            latencies.append(1000 * (time.perf_counter() - started))
            abstained += answer.abstained
        search_latencies = []
        for question in questions:
            started = time.perf_counter()
            kb.search(question)
            search_latencies.append(1000 * (time.perf_counter() - started))
        store_bytes = sum(f.stat().st_size for f in (Path(tmp) / "store").rglob("*") if f.is_file())

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows = [
        ("documents", f"{stats.documents}"),
        ("paragraphs (vectors)", f"{stats.paragraphs} ({', '.join(f'{l} {n}' for l, n in stats.vectors_by_language)})"),
        ("ingest time", f"{ingest_seconds:.1f} s"),
        ("ingest throughput", f"{report.paragraphs_added / ingest_seconds:.1f} paragraphs stored/s "
                              f"({report.paragraphs_embedded} of {report.paragraphs_added} embedded: "
                              f"{report.paragraphs_embedded / ingest_seconds:.1f}/s; the rest were "
                              "repeated text)"),
        ("ask latency p50 / p95", f"{statistics.median(latencies):.0f} / {percentile(latencies, 0.95):.0f} ms"),
        ("search latency p50 / p95", f"{statistics.median(search_latencies):.0f} / {percentile(search_latencies, 0.95):.0f} ms"),
        ("questions asked (abstained)", f"{len(questions)} ({abstained})"),
        ("store size on disk", f"{store_bytes / 1e6:.1f} MB"),
        ("peak RSS", f"{peak_mb:.0f} MB"),
    ]
    lines = ["# Pipeline benchmark", "",
             f"{machine_line()}, embedder {stats.embedder}. Sample: the first "
             f"articles of news.ar.jsonl and news.en.jsonl up to {args.paragraphs} paragraphs each.",
             "", "| measure | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    publish(lines, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
