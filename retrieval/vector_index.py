"""The FAISS index of one language partition: exact while small, approximate when large.

Up to ``APPROXIMATE_ABOVE`` vectors a partition is an exact inner-product
index (``IndexFlatIP`` behind an id map): every search is a full scan, which
at 100,000 × 384 floats still takes a few milliseconds and needs no training.
Above that, the partition is rebuilt as an inverted file with 8-bit scalar
quantisation (``IVF<n>,SQ8``): a quarter of the memory (384 bytes a vector
instead of 1,536) and a scan of only ``NPROBE`` of its lists per query, at the
price of approximate results (recall against exact search is measured by
``bench/ann.py``). Both kinds keep ids, support removal, and reconstruct a
vector from its id, which the store needs to reuse vectors.

:class:`FaissVectors` holds a generation's partitions (one file per language
in the generation's folder) and :class:`FaissStaging` a writer's copy of them;
:mod:`.qdrant_vectors` serves the same methods from a Qdrant server.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from pathlib import Path

import faiss
import numpy as np

from .errors import StoreCorruptError

logger = logging.getLogger(__name__)

APPROXIMATE_ABOVE = 200_000
NPROBE = 24
TRAINING_SAMPLE = 100_000


def empty(dimension: int) -> faiss.Index:
    """A new exact index."""
    return faiss.IndexIDMap2(faiss.IndexFlatIP(dimension))


def is_approximate(index: faiss.Index) -> bool:
    return isinstance(faiss.downcast_index(index), faiss.IndexIVF)


def describe(index: faiss.Index) -> str:
    """"exact" or "IVF<lists>,SQ8", for the manifest and ``majlis stats``."""
    if is_approximate(index):
        return f"IVF{faiss.downcast_index(index).nlist},SQ8"
    return "exact"


def search(index: faiss.Index, vector: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Scores and ids of the ``k`` nearest vectors (fewer when the index is smaller)."""
    query = vector.reshape(1, -1).astype(np.float32)
    if is_approximate(index):
        scores, ids = index.search(query, k, params=faiss.SearchParametersIVF(nprobe=NPROBE))
    else:
        scores, ids = index.search(query, k)
    return scores[0], ids[0]


def all_vectors(index: faiss.Index) -> tuple[np.ndarray, np.ndarray]:
    """Every (id, vector) of an exact index."""
    ids = faiss.vector_to_array(faiss.downcast_index(index).id_map).astype(np.int64)
    vectors = faiss.downcast_index(index).index.reconstruct_n(0, index.ntotal)
    return ids, vectors


def fitted(index: faiss.Index) -> faiss.Index:
    """``index``, or its approximate rebuild once it holds more than ``APPROXIMATE_ABOVE``."""
    if is_approximate(index) or index.ntotal <= APPROXIMATE_ABOVE:
        return index
    ids, vectors = all_vectors(index)
    return approximate(vectors, ids)


def approximate(vectors: np.ndarray, ids: np.ndarray) -> faiss.Index:
    """An IVF-SQ8 index trained on (a sample of) ``vectors`` and holding all of them."""
    count, dimension = vectors.shape
    lists = int(min(4096, max(64, math.sqrt(count))))
    quantizer = faiss.IndexFlatIP(dimension)
    index = faiss.IndexIVFScalarQuantizer(quantizer, dimension, lists,
                                          faiss.ScalarQuantizer.QT_8bit,
                                          faiss.METRIC_INNER_PRODUCT)
    index.own_fields = True
    quantizer.this.disown()
    rng = np.random.default_rng(0)
    sample = vectors if count <= TRAINING_SAMPLE else vectors[rng.choice(count, TRAINING_SAMPLE,
                                                                         replace=False)]
    index.train(np.ascontiguousarray(sample, dtype=np.float32))
    index.set_direct_map_type(faiss.DirectMap.Hashtable)
    index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), ids.astype(np.int64))
    logger.info("a partition of %d vectors is now approximate (IVF%d,SQ8)", count, lists)
    return index


def _file(gen_dir: Path, language: str) -> Path:
    return gen_dir / f"vectors.{language}.faiss"


def _rows(index: faiss.Index, ids: Sequence[int]) -> np.ndarray:
    return np.vstack([index.reconstruct(int(i)) for i in ids]) if len(ids) else \
        np.empty((0, index.d), dtype=np.float32)


class FaissVectors:
    """The paragraph vectors of one generation, a FAISS index per language held in
    memory and written into the generation's folder."""

    shared = False  # each generation has its own files: every id found is one of its paragraphs

    def __init__(self, indexes: dict[str, faiss.Index]) -> None:
        self._indexes = indexes

    @classmethod
    def empty(cls, languages: Sequence[str], dimension: int) -> FaissVectors:
        return cls({language: empty(dimension) for language in languages})

    @classmethod
    def load(cls, gen_dir: Path, languages: Sequence[str], dimension: int) -> FaissVectors:
        """Read a generation's files (FileNotFoundError when one is missing)."""
        indexes = {}
        for language in languages:
            file = _file(gen_dir, language)
            if not file.exists():
                raise FileNotFoundError(file)
            try:
                index = faiss.read_index(str(file))
            except RuntimeError as exc:
                raise StoreCorruptError(f"cannot read {file}: {exc}") from exc
            if index.d != dimension:
                raise StoreCorruptError(
                    f"{file} holds {index.d}-dimensional vectors but the manifest says {dimension}")
            indexes[language] = index
        return cls(indexes)

    def problems(self, rows: dict[str, int], expected: dict[str, int]) -> list[str]:
        """What disagrees with the store's metadata: a partition holding another
        number of vectors than its language has paragraphs."""
        return [f"{index.ntotal} {language} vectors, {rows.get(language, 0)} {language} paragraphs, "
                f"manifest says {expected.get(language, 0)}"
                for language, index in self._indexes.items()
                if not index.ntotal == rows.get(language, 0) == expected.get(language, 0)]

    def search(self, language: str, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        index = self._indexes[language]
        if index.ntotal == 0 or k <= 0:
            return []
        scores, ids = search(index, vector, min(k, index.ntotal))
        return [(int(i), float(s)) for i, s in zip(ids, scores) if i >= 0]

    def vectors(self, language: str, ids: Sequence[int]) -> np.ndarray:
        """The vectors of the given paragraph ids, one row each, in order."""
        return _rows(self._indexes[language], ids)

    def counts(self) -> dict[str, int]:
        return {language: index.ntotal for language, index in self._indexes.items()}

    def describe(self) -> dict[str, str]:
        return {language: describe(index) for language, index in self._indexes.items()}

    def stage(self, first_new_id: int, live_ids) -> FaissStaging:
        """A writer's copy (``live_ids`` is for engines shared between generations)."""
        return FaissStaging({language: faiss.clone_index(index)
                             for language, index in self._indexes.items()})


class FaissStaging:
    """A writer's copy of the partitions: changed in memory, written by :meth:`write`."""

    def __init__(self, indexes: dict[str, faiss.Index]) -> None:
        self._indexes = indexes

    def add(self, language: str, ids: Sequence[int], vectors: np.ndarray) -> None:
        self._indexes[language].add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32),
                                             np.asarray(ids, dtype=np.int64))

    def remove(self, language: str, ids: Sequence[int]) -> None:
        self._indexes[language].remove_ids(np.asarray(ids, dtype=np.int64))

    def vectors(self, language: str, ids: Sequence[int]) -> np.ndarray:
        return _rows(self._indexes[language], ids)

    def write(self, gen_dir: Path) -> dict[str, str]:
        """Write the partitions (approximate once large) into the generation's
        folder; return what kind each is."""
        self._indexes = {language: fitted(index) for language, index in self._indexes.items()}
        for language, index in self._indexes.items():
            faiss.write_index(index, str(_file(gen_dir, language)))
        return {language: describe(index) for language, index in self._indexes.items()}

    def committed(self) -> None:
        """Nothing to do: the files are the generation's own."""

    def discard(self) -> None:
        """Nothing to do: the copy was only in memory."""
