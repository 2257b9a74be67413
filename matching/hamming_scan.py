"""The slow twin of the Hamming index: an exhaustive numpy scan, exact by construction.

`HammingIndex` must return exactly what this returns; the tests hold the two together on seeded
random codes, and the benchmark times both. It also serves the index's few unsealed codes.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

CODE_WORDS = 2
CODE_BITS = 64 * CODE_WORDS

UInt64Array = npt.NDArray[np.uint64]
Int64Array = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]


def code_array(code: tuple[int, int]) -> UInt64Array:
    """A 128-bit code, given as two 64-bit words, as a numpy row."""
    return np.array(code, dtype=np.uint64)


def distances(codes: UInt64Array, query: UInt64Array) -> npt.NDArray[np.uint8]:
    """Hamming distance of each row of `codes` (n x 2 words) to `query` (2 words), 0-128."""
    # Word by word in uint8 (128 fits): a reduction along a length-2 axis is several times slower.
    counts: npt.NDArray[np.uint8] = np.bitwise_count(codes[:, 0] ^ query[0])
    counts += np.bitwise_count(codes[:, 1] ^ query[1])
    return counts


def linear_scan(
    codes: UInt64Array, alive: BoolArray, query: UInt64Array, max_distance_bits: int
) -> tuple[Int64Array, Int64Array]:
    """(rows, distances) of the live rows of `codes` within `max_distance_bits` of `query`,
    nearest first, ties by row number."""
    found = distances(codes, query)
    rows = np.flatnonzero((found <= max_distance_bits) & alive).astype(np.int64)
    near = found[rows].astype(np.int64)
    order = np.lexsort((rows, near))
    return rows[order], near[order]
