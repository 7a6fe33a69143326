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
"""

from __future__ import annotations

import logging
import math

import faiss
import numpy as np

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
