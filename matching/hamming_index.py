"""Exact Hamming-radius search over 128-bit codes by multi-index hashing (Norouzi et al., 2012).

Each code is split into eight 16-bit chunks, and each chunk position has a table from chunk value
to the rows holding it (rows sorted by that chunk, with a copy of their codes in the same order,
plus offsets, as numpy arrays: a probed bucket is then one contiguous read, not a random gather per
candidate, which is what a lookup among millions of codes spends its time on). By the pigeonhole
principle, if two codes differ in at most r bits then some chunk j differs in at most t_j bits,
for any t_j with sum(t_j + 1) > r; so probing every chunk value within t_j of the query's chunk
finds every candidate, and checking the candidates' full distance keeps exactly the right ones.
At r = 15 that is 8 x 17 table probes instead of reading every code.

New codes go to an unsealed tail scanned linearly, sealed into the tables once it grows; removed
rows are tombstoned. Rows are numbered in insertion order and never reused. `hamming_scan` is the
slow twin the tests compare this with.
"""

from __future__ import annotations

import itertools
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from matching.hamming_scan import (
    CODE_BITS,
    CODE_WORDS,
    BoolArray,
    Int64Array,
    UInt64Array,
    distances,
    linear_scan,
)

CHUNK_BITS = 16
CHUNKS = CODE_BITS // CHUNK_BITS
_CHUNK_VALUES = 1 << CHUNK_BITS
# Probing a chunk within t bits costs sum(C(16, i), i <= t) lookups: 697 at t = 3 but 2,517 at
# t = 4, when the candidates approach a full scan anyway. Past this, scan.
MAX_PROBE_RADIUS = 3
# Unsealed codes are scanned on every search; past this many they are sealed into the tables
# (a rebuild: about half a second per million codes).
MAX_UNSEALED = 32_768
_INITIAL_CAPACITY = 1024


@lru_cache(maxsize=MAX_PROBE_RADIUS + 1)
def _ball(radius: int) -> npt.NDArray[np.int64]:
    """Every 16-bit mask with at most `radius` bits set, fewest bits first."""
    masks = [
        sum(1 << bit for bit in bits)
        for weight in range(radius + 1)
        for bits in itertools.combinations(range(CHUNK_BITS), weight)
    ]
    return np.array(masks, dtype=np.int64)


def probe_radii(max_distance_bits: int) -> list[int]:
    """Per chunk, the radius to probe (-1: skip the chunk) so that sum(t_j + 1) > max distance."""
    quotient, remainder = divmod(max_distance_bits + 1, CHUNKS)
    return [quotient if chunk < remainder else quotient - 1 for chunk in range(CHUNKS)]


def _chunks(codes: UInt64Array) -> npt.NDArray[np.uint16]:
    """The 16-bit chunks of each code: an (n, 8) array, chunk j = bits 16j..16j+15 of the code."""
    contiguous = np.ascontiguousarray(codes, dtype="<u8")
    return contiguous.view("<u2").reshape(len(codes), CHUNKS)


class HammingIndex:
    """128-bit codes (two uint64 words each) by row number; finds all rows within a radius."""

    def __init__(self, max_distance_bits: int) -> None:
        if not 0 <= max_distance_bits <= CODE_BITS:
            raise ValueError(
                f"max_distance_bits must be in [0, {CODE_BITS}], got {max_distance_bits!r}"
            )
        self.max_distance_bits = max_distance_bits
        self._codes: UInt64Array = np.zeros((_INITIAL_CAPACITY, CODE_WORDS), dtype=np.uint64)
        self._alive: BoolArray = np.zeros(_INITIAL_CAPACITY, dtype=np.bool_)
        self._rows = 0
        self._live = 0
        self._sealed = 0
        # Per chunk: rows sorted by chunk value (uint32), their codes in that order, and where
        # each value's rows start. Memory: 8 x (4 + 16) bytes per code.
        self._order: npt.NDArray[np.uint32] = np.zeros((CHUNKS, 0), dtype=np.uint32)
        self._sorted_codes: UInt64Array = np.zeros((CHUNKS, 0, CODE_WORDS), dtype=np.uint64)
        self._offsets: Int64Array = np.zeros((CHUNKS, _CHUNK_VALUES + 1), dtype=np.int64)

    @classmethod
    def from_codes(cls, codes: UInt64Array, max_distance_bits: int) -> HammingIndex:
        """An index of `codes` (n x 2 uint64), rows 0..n-1, built in one go."""
        index = cls(max_distance_bits)
        index.add_many(codes)
        index.seal()
        return index

    def __len__(self) -> int:
        """How many live (not removed) codes."""
        return self._live

    @property
    def row_count(self) -> int:
        """Rows ever added, removed ones included: the next row number."""
        return self._rows

    def add(self, code: tuple[int, int]) -> int:
        """Index `code` (two 64-bit words); returns its row number."""
        return int(self.add_many(np.array([code], dtype=np.uint64))[0])

    def add_many(self, codes: UInt64Array) -> Int64Array:
        """Index each row of `codes` (n x 2 uint64); returns their row numbers."""
        codes = np.asarray(codes, dtype=np.uint64).reshape(-1, CODE_WORDS)
        first, count = self._rows, len(codes)
        self._reserve(first + count)
        self._codes[first : first + count] = codes
        self._alive[first : first + count] = True
        self._rows += count
        self._live += count
        if self._rows - self._sealed > MAX_UNSEALED:
            self.seal()
        return np.arange(first, first + count, dtype=np.int64)

    def remove(self, row: int) -> None:
        """Forget row `row`; an unknown or already removed row is ignored."""
        if 0 <= row < self._rows and self._alive[row]:
            self._alive[row] = False
            self._live -= 1

    def code(self, row: int) -> tuple[int, int]:
        """The code stored at `row`."""
        first, second = self._codes[row].tolist()
        return int(first), int(second)

    def live_rows(self) -> Int64Array:
        """Row numbers of the live codes, in insertion order."""
        return np.flatnonzero(self._alive[: self._rows]).astype(np.int64)

    def seal(self) -> None:
        """Rebuild the chunk tables over every row, so no code is left to scan linearly."""
        chunks = _chunks(self._codes[: self._rows])
        # Drop the old tables first: during a rebuild only one copy should be held.
        self._order = np.zeros((CHUNKS, 0), dtype=np.uint32)
        self._sorted_codes = np.zeros((CHUNKS, 0, CODE_WORDS), dtype=np.uint64)
        self._sealed = 0
        order = np.empty((CHUNKS, self._rows), dtype=np.uint32)
        sorted_codes = np.empty((CHUNKS, self._rows, CODE_WORDS), dtype=np.uint64)
        offsets = np.zeros((CHUNKS, _CHUNK_VALUES + 1), dtype=np.int64)
        for chunk in range(CHUNKS):
            values = chunks[:, chunk]
            # A stable sort keeps rows in insertion order within each value.
            order[chunk] = np.argsort(values, kind="stable")
            np.take(self._codes, order[chunk], axis=0, out=sorted_codes[chunk])
            np.cumsum(np.bincount(values, minlength=_CHUNK_VALUES), out=offsets[chunk, 1:])
        self._order, self._sorted_codes, self._offsets = order, sorted_codes, offsets
        self._sealed = self._rows

    def search(
        self, code: tuple[int, int], max_distance_bits: int | None = None
    ) -> tuple[Int64Array, Int64Array]:
        """(rows, distances) of live codes within the radius of `code`, nearest first, ties by
        row number. The radius defaults to, and may not exceed, the index's `max_distance_bits`."""
        radius = self.max_distance_bits if max_distance_bits is None else max_distance_bits
        if not 0 <= radius <= self.max_distance_bits:
            raise ValueError(
                f"max_distance_bits must be in [0, {self.max_distance_bits}], got {radius!r}"
            )
        query = np.array(code, dtype=np.uint64)
        radii = probe_radii(radius)
        if max(radii) > MAX_PROBE_RADIUS:
            return linear_scan(self._codes[: self._rows], self._alive[: self._rows], query, radius)
        rows, found = self._probe(query, radii, radius)
        tail = self._codes[self._sealed : self._rows]
        if len(tail):
            tail_distances = distances(tail, query)
            close = np.flatnonzero(tail_distances <= radius)
            rows = np.concatenate([rows, close + self._sealed])
            found = np.concatenate([found, tail_distances[close].astype(np.int64)])
        live = self._alive[rows]
        rows, found = rows[live], found[live]
        order = np.lexsort((rows, found))
        return rows[order], found[order]

    def _probe(
        self, query: UInt64Array, radii: list[int], radius: int
    ) -> tuple[Int64Array, Int64Array]:
        """Sealed rows within `radius` of `query`, each once, found through the chunk tables."""
        if self._sealed == 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        query_chunks = _chunks(query.reshape(1, CODE_WORDS))[0].astype(np.int64)
        probed = [chunk for chunk in range(CHUNKS) if radii[chunk] >= 0]
        values = np.concatenate([query_chunks[c] ^ _ball(radii[c]) for c in probed])
        chunk_of = np.concatenate([np.full(len(_ball(radii[c])), c) for c in probed])
        starts = self._offsets[chunk_of, values]
        lengths = self._offsets[chunk_of, values + 1] - starts
        total = int(lengths.sum())
        # Every probed bucket is a run of the flattened order array: expand runs into positions.
        run_starts = starts + chunk_of * self._sealed
        skips = np.repeat(run_starts - (np.cumsum(lengths) - lengths), lengths)
        positions = skips + np.arange(total)
        found = distances(self._sorted_codes.reshape(-1, CODE_WORDS)[positions], query)
        close = np.flatnonzero(found <= radius)
        candidates = self._order.reshape(-1)[positions[close]].astype(np.int64)
        rows, first = np.unique(candidates, return_index=True)
        return rows, found[close][first].astype(np.int64)

    def _reserve(self, rows: int) -> None:
        capacity = len(self._codes)
        if rows <= capacity:
            return
        while capacity < rows:
            capacity *= 2
        codes = np.zeros((capacity, CODE_WORDS), dtype=np.uint64)
        codes[: self._rows] = self._codes[: self._rows]
        alive = np.zeros(capacity, dtype=np.bool_)
        alive[: self._rows] = self._alive[: self._rows]
        self._codes, self._alive = codes, alive
