"""Reciprocal rank fusion: merge rankings that score on different scales.

RRF (Cormack et al., 2009) gives each item ``sum(weight / (k + rank))`` over
the rankings it appears in, ranks counted from 1. It needs no score
normalisation, which is why it suits BM25 (unbounded) next to cosine
similarity; ``k = 60`` is the paper's value and damps the top ranks' lead.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

RRF_K = 60


def reciprocal_rank_fusion(
    rankings: Sequence[Sequence[Hashable]],
    *,
    k: int = RRF_K,
    weights: Sequence[float] | None = None,
) -> list[tuple[Hashable, float]]:
    """Fuse best-first rankings into one ``[(item, score), ...]``, best first.

    Ties keep the order in which items were first seen, so the result is
    deterministic.
    """
    if weights is None:
        weights = [1.0] * len(rankings)
    if len(weights) != len(rankings):
        raise ValueError("one weight per ranking")
    scores: dict[Hashable, float] = {}
    for ranking, weight in zip(rankings, weights):
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + weight / (k + rank)
    return sorted(scores.items(), key=lambda pair: -pair[1])
