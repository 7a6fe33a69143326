import pytest

from retrieval.fusion import reciprocal_rank_fusion


def test_rrf_by_hand():
    # a: 1/(60+1) + 1/(60+2); b: 1/(60+2) + 1/(60+1); c: 1/(60+3); d: 1/(60+3)
    fused = dict(reciprocal_rank_fusion([["a", "b", "c"], ["b", "a", "d"]]))
    assert fused["a"] == pytest.approx(1 / 61 + 1 / 62)
    assert fused["b"] == pytest.approx(1 / 62 + 1 / 61)
    assert fused["c"] == pytest.approx(1 / 63)
    assert fused["d"] == pytest.approx(1 / 63)


def test_rrf_rewards_agreement_and_keeps_first_seen_order_on_ties():
    fused = reciprocal_rank_fusion([["x", "y"], ["y", "z"]])
    assert [item for item, _ in fused] == ["y", "x", "z"]


def test_rrf_weights_and_empty_input():
    fused = dict(reciprocal_rank_fusion([["a"], ["b"]], k=0, weights=[2.0, 1.0]))
    assert fused == {"a": 2.0, "b": 1.0}
    assert reciprocal_rank_fusion([]) == []
    with pytest.raises(ValueError):
        reciprocal_rank_fusion([["a"]], weights=[1.0, 2.0])
