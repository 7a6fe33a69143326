"""Sentence vectors pooled from the paragraph's own encoder pass ("late chunking")
against sentences embedded on their own, scored as search scores paragraphs.

Ingest embeds every sentence of a paragraph of several in a second encoder pass,
which costs about a third of ingest time. Late chunking would spare that pass:
encode the paragraph once and mean-pool the final token states of each
sentence's tokens. This measures whether those pooled vectors give the same
retrieval gain on XQuAD (both languages; Recall@5, gold among target-language
paragraphs; tuning = even-numbered articles, held-out = odd), with the paragraph
vectors and the independently embedded sentences that ``bench/calibrate.py``
caches (it computes them when the cache is missing).

The other way to spare a pass is checked too: embed only the sentences and
make each paragraph's vector the token-weighted mean of its sentences'
vectors (a paragraph of one sentence keeps its own vector either way).

Prints a table and writes bench/LATE_CHUNKING.md.

    python bench/late_chunking.py [--data ../shared/data/xquad] [--cache FILE]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import calibrate  # noqa: E402
from report import machine_line, publish  # noqa: E402

from retrieval import e5_onnx  # noqa: E402
from retrieval.e5_model_file import E5ModelFile, dequantise  # noqa: E402
from retrieval.embedding import E5Embedder  # noqa: E402
from retrieval.splitting import split_sentences  # noqa: E402

WEIGHTS = (0.0, 0.3, 0.5, 0.7, 1.0)
LAST_STATES = "l{last}.oln.y"  # the encoder graph's name for the last layer's output


def token_state_session(model_path: Path):
    """The onnxruntime encoder with the last layer's token states as a second output."""
    import onnxruntime
    from onnx import TensorProto, helper

    model = E5ModelFile(model_path)
    graph = e5_onnx._encoder_graph(model, ranges=e5_onnx._ranges_for(model), calibrating=False)
    name = LAST_STATES.format(last=model.shape.layers - 1)
    graph.graph.output.append(helper.make_tensor_value_info(
        name, TensorProto.FLOAT, ["batch", "length", model.shape.hidden]))
    options = onnxruntime.SessionOptions()
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    session = onnxruntime.InferenceSession(graph.SerializeToString(), options,
                                           providers=["CPUExecutionProvider"],
                                           disabled_optimizers=["SkipLayerNormFusion"])
    return session, name


def pooled_sentences(paragraphs: list[str], lang: str, encoder: e5_onnx.E5Onnx, session, output: str):
    """Each sentence's mean final token state from its paragraph's pass, and its paragraph."""
    tokenizer = encoder.tokenizer
    vectors, owner = [], []
    for number, text in enumerate(paragraphs):
        spans = split_sentences(text, lang)
        # each sentence tokenised on its own: the paragraph's tokens are their concatenation
        pieces = [tokenizer.content_ids(_prefix(k) + text[s.start:s.end]) for k, s in enumerate(spans)]
        ids = [i for piece in pieces for i in piece][:encoder._window]
        tokens = [tokenizer.bos, *ids, tokenizer.eos]
        embedded = (dequantise(encoder._word_blocks[tokens]) + encoder._positions[:len(tokens)]
                    + encoder._token_type)[None].astype(np.float32)
        states = session.run([output], {"embedded": embedded,
                                        "mask": np.ones((1, len(tokens)), np.int32)})[0][0]
        position = 1
        for piece in pieces:
            start, end = position, min(position + len(piece), len(tokens) - 1)
            position += len(piece)
            vectors.append(states[start:end].mean(axis=0) if end > start else states[1:-1].mean(axis=0))
            owner.append(number)
    vectors = np.array(vectors, dtype=np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True), np.array(owner)


def paragraphs_from_sentences(paragraphs: list[str], lang: str, sentences, encoder: e5_onnx.E5Onnx):
    """Each paragraph's vector as the token-weighted mean of its sentences' vectors."""
    vectors, owner = sentences
    weights = np.array([len(encoder.tokenizer.content_ids(e5_onnx.PREFIXES[False] + text[s.start:s.end]))
                        for text in paragraphs for s in split_sentences(text, lang)], dtype=np.float64)
    summed = np.zeros((len(paragraphs), vectors.shape[1]))
    np.add.at(summed, owner, vectors * weights[:, None])
    return (summed / np.linalg.norm(summed, axis=1, keepdims=True)).astype(np.float32)


def _prefix(index: int) -> str:
    """The passage prefix, before the first sentence only."""
    return e5_onnx.PREFIXES[False] if index == 0 else ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "xquad")
    parser.add_argument("--articles", type=int, default=48)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "LATE_CHUNKING.md")
    parser.add_argument("--cache", type=Path, default=ROOT / "bench" / ".cache" / "xquad-e5-onnxruntime.npz",
                        help="the vectors cache bench/calibrate.py keeps (default: %(default)s)")
    args = parser.parse_args()

    cache = args.cache
    paragraphs, questions, gold, article_of = calibrate.load(args.data, args.articles)
    P, Q = calibrate.embed(paragraphs, questions, cache, "onnxruntime")
    alone = calibrate.embed_sentences(paragraphs, cache.with_name(cache.stem + "-sentences.npz"), "onnxruntime")
    encoder = e5_onnx.E5Onnx()
    session, output = token_state_session(e5_onnx.bundled_model_path())
    pooled = {lang: pooled_sentences(paragraphs[lang], lang, encoder, session, output) for lang in calibrate.LANGS}
    from_sentences = {lang: paragraphs_from_sentences(paragraphs[lang], lang, alone[lang], encoder)
                      for lang in calibrate.LANGS}
    embedder = E5Embedder("onnxruntime")
    cross_Q = {lang: embedder.cross_lingual_query(Q[lang], lang) for lang in calibrate.LANGS}
    articles = np.arange(article_of.max() + 1)
    splits = {"tune": articles[articles % 2 == 0], "held-out": articles[articles % 2 == 1]}
    q_article = article_of[gold]

    lines = [f"# Late chunking vs sentences embedded alone (XQuAD, {len(paragraphs['ar'])} paragraphs "
             "per language)", "", f"{machine_line()}. Recall@5 (tuning / held-out), paragraph score "
             "= (1 − w) × cosine + w × max(cosine, best sentence cosine), gold among "
             "target-language paragraphs; cross-language questions centred as search does. "
             "Paragraph vectors from the paragraph's own pass, or (last rows) the token-weighted "
             "mean of its sentences' vectors, which would spare that pass instead.", "",
             "| sentences | w | ar→ar | ar→en | en→en | en→ar |", "|---|---|---|---|---|---|"]
    for label, sentences, paragraph_vectors, weights in (
            ("embedded alone", alone, P, WEIGHTS),
            ("pooled from the paragraph", pooled, P, WEIGHTS),
            ("embedded alone; paragraph = their mean", alone, from_sentences, (0.0, 0.5))):
        for weight in weights:
            cells = []
            for q_lang, t_lang in (("ar", "ar"), ("ar", "en"), ("en", "en"), ("en", "ar")):
                queries = Q[q_lang] if q_lang == t_lang else cross_Q[q_lang]
                scores = calibrate.mixed_scores(queries, paragraph_vectors[t_lang], sentences[t_lang], weight)
                hit = (scores > scores[np.arange(len(gold)), gold][:, None]).sum(axis=1) < 5
                cells.append(" / ".join(f"{hit[np.isin(q_article, splits[s])].mean():.3f}" for s in splits))
            lines.append(f"| {label} | {weight} | " + " | ".join(cells) + " |")
    publish(lines, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
