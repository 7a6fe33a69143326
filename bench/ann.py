"""Exact vs approximate vector search at scale: memory, latency and recall.

Builds N synthetic unit vectors (default one million) shaped like real
embeddings: noisy copies of real multilingual-e5 paragraph vectors when the
XQuAD cache from bench/calibrate.py exists, else of random centres. Then the
exact index the store uses for small partitions and the IVF-SQ8 index it
switches to above ``APPROXIMATE_ABOVE`` (retrieval/vector_index.py) are each
built and queried with 200 perturbed copies of stored vectors, k = 50 (the
number of candidates the hybrid search takes per language).

Prints a table and writes bench/ANN.md.

    python bench/ann.py [--vectors 1000000]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

import faiss
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from report import machine_line, publish  # noqa: E402

from retrieval import vector_index  # noqa: E402
from retrieval.search import CANDIDATES  # noqa: E402

QUERIES = 200


def synthetic(count: int, dimension: int, cache: Path, rng) -> np.ndarray:
    if cache.exists():
        saved = np.load(cache)
        centres = np.vstack([saved["P_ar"], saved["P_en"]]).astype(np.float32)
    else:
        centres = rng.standard_normal((500, dimension)).astype(np.float32)
        centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    vectors = np.empty((count, dimension), dtype=np.float32)
    for start in range(0, count, 100_000):
        end = min(count, start + 100_000)
        chunk = centres[rng.integers(0, len(centres), end - start)]
        chunk = chunk + 0.5 / np.sqrt(dimension) * rng.standard_normal(chunk.shape).astype(np.float32)
        vectors[start:end] = chunk / np.linalg.norm(chunk, axis=1, keepdims=True)
    return vectors


def timed_search(index, queries, k):
    latencies, results = [], []
    for query in queries:
        started = time.perf_counter()
        _, ids = vector_index.search(index, query, k)
        latencies.append(1000 * (time.perf_counter() - started))
        results.append(ids)
    return latencies, results


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * resource.getpagesize() / 2**20


def p95(values):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--vectors", type=int, default=1_000_000)
    parser.add_argument("--dimension", type=int, default=384)
    parser.add_argument("--cache", type=Path, default=ROOT / "bench" / ".cache" / "xquad-e5.npz")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "ANN.md")
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    base = rss_mb()
    vectors = synthetic(args.vectors, args.dimension, args.cache, rng)
    ids = np.arange(args.vectors, dtype=np.int64)
    picks = rng.integers(0, args.vectors, QUERIES)
    queries = vectors[picks] + 0.3 / np.sqrt(args.dimension) * rng.standard_normal(
        (QUERIES, args.dimension)).astype(np.float32)
    queries /= np.linalg.norm(queries, axis=1, keepdims=True)
    k = min(CANDIDATES, args.vectors)

    rows = []
    started = time.perf_counter()
    exact = vector_index.empty(args.dimension)
    exact.add_with_ids(vectors, ids)
    build_exact = time.perf_counter() - started
    exact_bytes = faiss.serialize_index(exact).nbytes
    lat_exact, truth = timed_search(exact, queries, k)
    rows.append(("exact (IndexFlatIP)", build_exact, exact_bytes, lat_exact, 1.0, 1.0))
    del exact

    started = time.perf_counter()
    approx = vector_index.approximate(vectors, ids)
    build_approx = time.perf_counter() - started
    approx_bytes = faiss.serialize_index(approx).nbytes
    lat_approx, found = timed_search(approx, queries, k)
    recall10 = np.mean([len(set(t[:10]) & set(f[:10])) / 10 for t, f in zip(truth, found)])
    recall_k = np.mean([len(set(t) & set(f)) / k for t, f in zip(truth, found)])
    rows.append((vector_index.describe(approx) + f", nprobe {vector_index.NPROBE}", build_approx,
                 approx_bytes, lat_approx, recall10, recall_k))
    del vectors
    resident = rss_mb()

    lines = ["# Exact vs approximate vector search", "",
             f"{machine_line()}, faiss {faiss.__version__}. {args.vectors:,} synthetic "
             f"{args.dimension}-dimensional unit vectors (noisy copies of real e5 paragraph "
             f"vectors), {QUERIES} queries, k = {k}. Recall is against the exact search.", "",
             "| index | build | index size | search p50 | search p95 | recall@10 | "
             f"recall@{k} |", "|---|---|---|---|---|---|---|"]
    for name, build, size, latencies, r10, rk in rows:
        lines.append(f"| {name} | {build:.1f} s | {size / 2**20:.0f} MiB | "
                     f"{statistics.median(latencies):.2f} ms | {p95(latencies):.2f} ms | "
                     f"{r10:.3f} | {rk:.3f} |")
    lines += ["", f"Process memory after dropping the raw vectors, approximate index loaded: "
              f"{resident:.0f} MiB (before making the vectors: {base:.0f} MiB). The store switches a language "
              f"partition to the approximate index above {vector_index.APPROXIMATE_ABOVE:,} vectors.", ""]
    publish(lines, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
