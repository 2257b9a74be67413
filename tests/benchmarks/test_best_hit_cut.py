"""How `benchmarks.best_hit_cut` chooses the best-hit rule's cut from a grid (no data needed)."""

from __future__ import annotations

from benchmarks.best_hit_cut import reaches_target, steady_cut


def test_a_cut_must_reach_the_target_with_one_more_wrong_answer() -> None:
    assert reaches_target(293, 1)  # 293 of 295 would still be 99.3% right
    assert not reaches_target(312, 3)  # 99.05% now, 98.7% with one more wrong
    assert not reaches_target(0, 0)  # a cut that answers nothing proves nothing


def test_the_steady_cut_is_the_lowest_from_which_every_higher_one_passes() -> None:
    precise = {0.95: True, 0.955: False, 0.96: True, 0.965: True, 0.97: True}
    assert steady_cut(precise) == 0.96  # 0.95 passes alone, below a cut that fails
    assert steady_cut({0.96: True, 0.97: False}) is None
