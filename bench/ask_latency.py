"""`ask` latency on the evaluation questions: what users ask, not article titles.

The other latency benchmarks (``pipeline.py``, ``speed.py``) ask the titles of the
ingested articles, which are short and rarely name anyone. The questions of ``eval/``
name people, offices, places and figures, often in the other language than the
article that answers them, and cost more: their names are looked for in the other
script in every candidate sentence. This script opens a store that holds the articles
those questions are about (build it with ``majlis ingest ../shared/data/news/news.ar.jsonl
../shared/data/news/news.en.jsonl --store STORE``), asks each question twice in a shuffled
order, and reports p50 / p95 / mean of the first ask (nothing cached for it but what earlier
questions left) and of the repeat, per language pair. One run on this machine.

Prints a table and writes bench/ASK_LATENCY.md.

    python bench/ask_latency.py --store STORE [--questions eval] [--limit 600]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import percentile  # noqa: E402
from report import machine_line, publish  # noqa: E402

from retrieval import KnowledgeBase  # noqa: E402
from retrieval.evaluation import read_cases  # noqa: E402
from retrieval.normalize import detect_language  # noqa: E402


def _summary(times: list[float]) -> str:
    return (f"{statistics.median(times):.0f} / {percentile(times, 0.95):.0f} / "
            f"{statistics.mean(times):.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True,
                        help="a store holding the articles the questions are about")
    parser.add_argument("--questions", type=Path, default=ROOT / "eval",
                        help="a question set (JSON Lines) or a folder of them (default: eval/)")
    parser.add_argument("--limit", type=int, default=600, help="questions asked (default 600)")
    parser.add_argument("--seed", type=int, default=1, help="the shuffle's seed")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "ASK_LATENCY.md")
    args = parser.parse_args()

    files = sorted(args.questions.glob("*.jsonl")) if args.questions.is_dir() else [args.questions]
    cases = [case for file in files for case in read_cases(file)]
    random.Random(args.seed).shuffle(cases)
    cases = cases[:args.limit]
    kb = KnowledgeBase.open(args.store)
    started = time.perf_counter()
    kb.ask("Who met whom?")  # the model, the ledger and the spellings loaded
    loading = time.perf_counter() - started
    stats = kb.stats()

    first: dict[str, list[float]] = {}
    repeated: dict[str, list[float]] = {}
    skipped = 0  # questions about articles the store does not hold
    for case in cases:
        target = kb.document_language(case.docs[0]) if case.docs else "none"
        if target is None:
            skipped += 1
            continue
        pair = f"{detect_language(case.question)}→{target}"
        for times in (first, repeated):
            started = time.perf_counter()
            kb.ask(case.question)
            times.setdefault(pair, []).append(1000 * (time.perf_counter() - started))

    if not first:
        parser.error(f"the store {args.store} holds none of the articles the questions are about")
    pairs = sorted(first, key=lambda pair: (pair.endswith("none"), pair))
    lines = ["# `ask` latency on the evaluation questions", "",
             f"{machine_line()}. Store: {stats.paragraphs:,} paragraphs, {stats.documents:,} articles; "
             f"{len(cases) - skipped} questions of {len(files)} set(s) in a shuffled order (seed {args.seed}"
             f"{f'; {skipped} about articles not in the store left out' if skipped else ''}), "
             f"each asked twice; loading the store, the model and the ledger took {loading:.1f} s. "
             "p50 / p95 / mean.", "",
             "| questions | n | first ask | repeated |", "|---|---|---|---|"]
    for pair in [*pairs, "all"]:
        once = [t for p in pairs if pair in ("all", p) for t in first[p]]
        again = [t for p in pairs if pair in ("all", p) for t in repeated[p]]
        lines.append(f"| {pair} | {len(once)} | {_summary(once)} | {_summary(again)} |")
    publish(lines, args.out)


if __name__ == "__main__":
    main()
