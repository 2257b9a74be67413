"""HammingIndex (multi-index hashing) returns exactly what an exhaustive scan returns."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pytest

import matching.hamming_index as hamming_index
from matching.hamming_index import CHUNKS, HammingIndex, probe_radii
from matching.hamming_scan import linear_scan

UInt64Array = npt.NDArray[np.uint64]


@pytest.mark.parametrize("radius", range(0, 129))
def test_probe_radii_satisfy_the_pigeonhole_bound_with_nothing_to_spare(radius: int) -> None:
    radii = probe_radii(radius)
    assert len(radii) == CHUNKS
    # Some chunk is within t_j bits whenever sum(t_j + 1) > radius, and no fewer probes would do.
    assert sum(t + 1 for t in radii) == radius + 1
    assert max(radii) - min(radii) <= 1


def _families(rng: np.random.Generator, count: int) -> UInt64Array:
    """Random codes, half of them near-copies (up to 20 flipped bits) of earlier ones."""
    codes = rng.integers(0, 2**64, size=(count, 2), dtype=np.uint64)
    for row in range(1, count):
        if rng.random() < 0.5:
            codes[row] = codes[rng.integers(0, row)]
            for bit in rng.choice(128, size=int(rng.integers(0, 21)), replace=False):
                codes[row, bit // 64] ^= np.uint64(1) << np.uint64(bit % 64)
    return codes


def _near(rng: np.random.Generator, code: UInt64Array, flips: int) -> tuple[int, int]:
    query = code.copy()
    for bit in rng.choice(128, size=flips, replace=False):
        query[bit // 64] ^= np.uint64(1) << np.uint64(bit % 64)
    return int(query[0]), int(query[1])


@pytest.mark.parametrize("radius", [0, 3, 8, 12, 15, 16, 24, 31, 40])
def test_search_equals_a_linear_scan_through_adds_removes_and_seals(
    monkeypatch: pytest.MonkeyPatch, radius: int
) -> None:
    # A small unsealed limit makes searches cross both the tables and the unsealed tail.
    monkeypatch.setattr(hamming_index, "MAX_UNSEALED", 300)
    rng = np.random.default_rng(radius)
    codes = _families(rng, 3000)
    index = HammingIndex(max_distance_bits=radius)
    alive = np.zeros(len(codes), dtype=np.bool_)
    for start in range(0, len(codes), 250):
        rows = index.add_many(codes[start : start + 250])
        assert rows.tolist() == list(range(start, start + len(rows)))
        alive[rows] = True
        for row in rng.choice(start + len(rows), size=40):
            index.remove(int(row))
            alive[row] = False
    assert len(index) == int(alive.sum())

    for trial in range(60):
        source = codes[rng.integers(0, len(codes))]
        query = _near(rng, source, int(rng.integers(0, radius + 8)))
        if trial % 10 == 0:
            query = (int(rng.integers(0, 2**63)), int(rng.integers(0, 2**63)))
        rows, distances = index.search(query)
        expected_rows, expected_distances = linear_scan(
            codes, alive, np.array(query, dtype=np.uint64), radius
        )
        assert rows.tolist() == expected_rows.tolist()
        assert distances.tolist() == expected_distances.tolist()


def test_a_smaller_radius_can_be_asked_for() -> None:
    rng = np.random.default_rng(3)
    codes = _families(rng, 2000)
    index = HammingIndex.from_codes(codes, max_distance_bits=20)
    alive = np.ones(len(codes), dtype=np.bool_)
    for radius in (0, 5, 11, 20):
        query = _near(rng, codes[7], 6)
        rows, _ = index.search(query, radius)
        expected, _ = linear_scan(codes, alive, np.array(query, dtype=np.uint64), radius)
        assert rows.tolist() == expected.tolist()


@pytest.mark.parametrize("bad", [-1, 21])
def test_radius_outside_the_index_limit_is_refused(bad: int) -> None:
    index = HammingIndex(max_distance_bits=20)
    with pytest.raises(ValueError, match=str(bad)):
        index.search((0, 0), bad)


@pytest.mark.parametrize("bad", [-1, 129])
def test_index_limit_outside_the_code_length_is_refused(bad: int) -> None:
    with pytest.raises(ValueError, match=str(bad)):
        HammingIndex(max_distance_bits=bad)


def test_rows_are_kept_in_insertion_order_and_never_reused() -> None:
    index = HammingIndex(max_distance_bits=4)
    first = index.add((1, 1))
    second = index.add((1, 1))
    index.remove(first)
    index.remove(first)
    index.remove(99)
    third = index.add((1, 1))
    assert (first, second, third) == (0, 1, 2)
    assert index.live_rows().tolist() == [1, 2]
    assert index.code(2) == (1, 1)
    rows, distances = index.search((1, 3))
    assert (rows.tolist(), distances.tolist()) == ([1, 2], [1, 1])


def test_empty_index_finds_nothing() -> None:
    rows, distances = HammingIndex(max_distance_bits=15).search((5, 5))
    assert rows.size == distances.size == 0
