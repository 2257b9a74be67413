"""Word postings for the text index: numpy CSR arrays, a small pending segment, and tombstones.

Documents are numbered by slot in the order they were added. Slots below `main_count` live in
the compact arrays (postings by term for BM25, terms by slot for re-ranking); newer slots wait in
flat `array` buffers (4 bytes a term, no Python int per term) until `merge()` folds them in.
Removing a slot only marks it dead; the next merge drops it and renumbers the survivors, keeping
their order. Dict-of-lists postings of Python ints would take ~10 times the memory at 10^6 texts.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from matching.text_terms import sorted_counts

# Okapi BM25 parameters (the usual ones; short claims barely vary in length).
BM25_K1 = 1.2
BM25_B = 0.75

Float32Array = npt.NDArray[np.float32]
Float64Array = npt.NDArray[np.float64]
Int64Array = npt.NDArray[np.int64]
UInt32Array = npt.NDArray[np.uint32]


def idf(document_frequency: Float64Array, documents: int) -> Float64Array:
    """BM25 inverse document frequency (the Lucene form, never negative)."""
    frequency = np.maximum(document_frequency, 0.0)
    result: Float64Array = np.log1p((documents - frequency + 0.5) / (frequency + 0.5))
    return result


class WordPostings:
    """Word terms of every slot, searchable by BM25."""

    def __init__(self) -> None:
        self.vocabulary: dict[str, int] = {}
        self._document_frequency = np.zeros(1024, dtype=np.int64)
        # Main segment: postings by term and terms by slot, both CSR.
        self.main_count = 0
        self._term_starts = np.zeros(1, dtype=np.int64)
        self._posting_slots = np.zeros(0, dtype=np.uint32)
        self._posting_weights = np.zeros(0, dtype=np.float16)
        self._slot_starts = np.zeros(1, dtype=np.int64)
        self._slot_terms = np.zeros(0, dtype=np.uint32)
        self._slot_frequency = np.zeros(0, dtype=np.uint16)
        # Pending segment: slots main_count.., their term ids flat, in text order.
        self._pending_terms = array("I")
        self._pending_starts = array("q", [0])
        self._pending_index: dict[int, list[int]] | None = None
        self._alive = np.zeros(0, dtype=np.bool_)
        self._live = 0
        self._dead_main: list[int] = []
        self._total_length = 0
        self._merged_average = 1.0

    @property
    def slot_count(self) -> int:
        """Slots in use, dead ones included."""
        return self.main_count + len(self._pending_starts) - 1

    @property
    def pending_count(self) -> int:
        """Slots not yet merged into the main arrays."""
        return len(self._pending_starts) - 1

    @property
    def dead_count(self) -> int:
        """Dead slots still taking room."""
        return self.slot_count - self._live

    @property
    def live_count(self) -> int:
        """Slots not removed."""
        return self._live

    def add(self, terms: Sequence[str]) -> int:
        """Store the terms of a new document; its slot."""
        vocabulary = self.vocabulary
        ids = [vocabulary.setdefault(term, len(vocabulary)) for term in terms]
        if len(vocabulary) > self._document_frequency.size:
            grown = np.zeros(2 * len(vocabulary), dtype=np.int64)
            grown[: self._document_frequency.size] = self._document_frequency
            self._document_frequency = grown
        for term in set(ids):
            self._document_frequency[term] += 1
        self._pending_terms.extend(ids)
        self._pending_starts.append(len(self._pending_terms))
        slot = self.slot_count - 1
        if slot >= self._alive.size:
            grown_alive = np.zeros(max(1024, 2 * self._alive.size), dtype=np.bool_)
            grown_alive[: self._alive.size] = self._alive
            self._alive = grown_alive
        self._alive[slot] = True
        self._live += 1
        self._total_length += len(ids)
        self._pending_index = None
        return slot

    def remove(self, slot: int) -> None:
        """Mark `slot` dead: it scores nothing from now on."""
        if not self._alive[slot]:
            return
        self._alive[slot] = False
        self._live -= 1
        terms = self.terms_of(slot)
        self._total_length -= len(terms)
        for term in set(terms.tolist()):
            self._document_frequency[term] -= 1
        if slot < self.main_count:
            self._dead_main.append(slot)
        else:
            self._pending_index = None

    def is_alive(self, slot: int) -> bool:
        """Whether `slot` holds a document that was not removed."""
        return bool(self._alive[slot])

    def terms_of(self, slot: int) -> UInt32Array:
        """The term ids of `slot` (distinct for merged slots, in text order for pending ones)."""
        if slot < self.main_count:
            return self._slot_terms[self._slot_starts[slot] : self._slot_starts[slot + 1]]
        index = slot - self.main_count
        start, end = self._pending_starts[index], self._pending_starts[index + 1]
        return np.frombuffer(self._pending_terms, dtype=np.uint32)[start:end]

    def term_ids(self, terms: Iterable[str]) -> list[int]:
        """Ids of the known terms among `terms`, each once (unknown terms match nothing)."""
        found = {self.vocabulary.get(term) for term in terms}
        found.discard(None)
        return sorted(term for term in found if term is not None)

    def rarest(self, term_ids: Sequence[int], count: int) -> list[int]:
        """The `count` of `term_ids` that the fewest live documents have (ties: lower id)."""
        if len(term_ids) <= count:
            return list(term_ids)
        frequency = self._document_frequency[np.asarray(term_ids, dtype=np.int64)]
        order = np.argsort(frequency, kind="stable")[:count]
        return sorted(term_ids[position] for position in order.tolist())

    def idf_of(self, term_ids: Int64Array | UInt32Array) -> Float64Array:
        """IDF of each term id over the live documents."""
        frequency = self._document_frequency[term_ids].astype(np.float64)
        return idf(frequency, self._live)

    def unseen_idf(self) -> float:
        """IDF of a term no live document has: what an unknown query word is worth."""
        return math.log1p((self._live + 0.5) / 0.5)

    def bm25(self, term_ids: Sequence[int]) -> Float32Array:
        """The BM25 score of every slot for a query made of `term_ids` (dead slots score 0)."""
        scores = np.zeros(self.slot_count, dtype=np.float32)
        if not term_ids:
            return scores
        weights = self.idf_of(np.asarray(term_ids, dtype=np.int64)).astype(np.float32)
        for term, weight in zip(term_ids, weights.tolist(), strict=True):
            if term + 1 < self._term_starts.size:
                start, end = self._term_starts[term], self._term_starts[term + 1]
                slots = self._posting_slots[start:end]
                # Slots are distinct within one term's postings, so a fancy += adds each once.
                scores[slots] += self._posting_weights[start:end] * np.float32(weight)
        if self.pending_count:
            self._add_pending_bm25(scores, term_ids, weights)
        if self._dead_main:
            scores[self._dead_main] = 0.0
        return scores

    def _add_pending_bm25(
        self, scores: Float32Array, term_ids: Sequence[int], weights: Float32Array
    ) -> None:
        index = self._pending_postings()
        average = self._average_length()
        for term, weight in zip(term_ids, weights.tolist(), strict=True):
            for pending, frequency in _counted(index.get(term, ())):
                slot = self.main_count + pending
                if not self._alive[slot]:
                    continue
                length = self._pending_starts[pending + 1] - self._pending_starts[pending]
                scores[slot] += weight * _bm25_tf(frequency, length, average)

    def _pending_postings(self) -> dict[int, list[int]]:
        if self._pending_index is None:
            index: dict[int, list[int]] = {}
            for pending in range(self.pending_count):
                start, end = self._pending_starts[pending], self._pending_starts[pending + 1]
                for term in self._pending_terms[start:end]:
                    index.setdefault(term, []).append(pending)
            self._pending_index = index
        return self._pending_index

    def _average_length(self) -> float:
        return max(1.0, self._total_length / max(1, self._live))

    def merge(self) -> Int64Array:
        """Fold pending slots into the main arrays and drop dead slots.

        Returns the old slot of each new slot, so callers can renumber what they keep by slot.
        """
        survivors = np.flatnonzero(self._alive[: self.slot_count]).astype(np.int64)
        main_survivors = survivors[survivors < self.main_count]
        pending_survivors = survivors[survivors >= self.main_count] - self.main_count
        # (new slot, term, term frequency) for every live document.
        main_counts = (self._slot_starts[1:] - self._slot_starts[:-1])[main_survivors]
        main_rows = np.repeat(np.arange(main_survivors.size, dtype=np.int64), main_counts)
        main_terms = _gather(self._slot_starts, self._slot_terms, main_survivors)
        main_frequency = _gather(self._slot_starts, self._slot_frequency, main_survivors)
        starts = np.frombuffer(self._pending_starts, dtype=np.int64)
        flat = np.frombuffer(self._pending_terms, dtype=np.uint32)
        pending_counts = (starts[1:] - starts[:-1])[pending_survivors]
        pending_rows = np.repeat(
            np.arange(pending_survivors.size, dtype=np.int64) + main_survivors.size, pending_counts
        )
        width = max(1, len(self.vocabulary))
        keys = pending_rows * width
        del pending_rows
        keys += _gather(starts, flat, pending_survivors)
        del starts, flat
        # Temporaries are dropped as soon as used: at 10^6 texts each is ~100 MB.
        self._pending_terms = array("I")
        self._pending_starts = array("q", [0])
        pairs, pending_frequency = sorted_counts(keys)
        del keys
        rows = np.concatenate((main_rows.astype(np.int32), (pairs // width).astype(np.int32)))
        terms = np.concatenate((main_terms.astype(np.int32), (pairs % width).astype(np.int32)))
        del pairs, main_rows, main_terms
        frequency = np.concatenate((main_frequency, pending_frequency)).astype(np.float32)
        del main_frequency, pending_frequency
        lengths = np.bincount(rows, weights=frequency, minlength=survivors.size).astype(np.float32)

        self.main_count = int(survivors.size)
        per_slot = np.bincount(rows, minlength=self.main_count)
        self._slot_starts = np.concatenate(([0], np.cumsum(per_slot))).astype(np.int64)
        self._slot_terms = terms.astype(np.uint32)
        self._slot_frequency = np.minimum(frequency, 65535).astype(np.uint16)
        average = max(1.0, float(lengths.sum()) / max(1, self.main_count))
        self._merged_average = average
        weights = _bm25_tf_array(frequency, lengths[rows], average)
        del frequency
        order = np.argsort(terms, kind="stable")
        self._posting_slots = rows[order].astype(np.uint32)
        del rows
        self._posting_weights = weights[order].astype(np.float16)
        del weights, order
        per_term = np.bincount(terms, minlength=len(self.vocabulary))
        self._term_starts = np.concatenate(([0], np.cumsum(per_term))).astype(np.int64)
        self._document_frequency = np.zeros(max(1024, 2 * len(self.vocabulary)), dtype=np.int64)
        self._document_frequency[: per_term.size] = per_term
        self._pending_index = None
        self._alive = np.ones(max(1024, self.main_count), dtype=np.bool_)
        self._alive[self.main_count :] = False
        self._live = self.main_count
        self._dead_main = []
        self._total_length = int(lengths.sum())
        return survivors

    def distinct_terms(self, slots: Sequence[int]) -> tuple[Int64Array, UInt32Array, Float64Array]:
        """The distinct term ids of each of `slots` and their frequencies: (rows, terms, counts),
        rows[i] an index into `slots`."""
        chosen = np.asarray(slots, dtype=np.int64)
        in_main = chosen < self.main_count
        main_rows = np.flatnonzero(in_main)
        counts = (self._slot_starts[1:] - self._slot_starts[:-1])[chosen[main_rows]]
        rows = [np.repeat(main_rows, counts)]
        terms = [_gather(self._slot_starts, self._slot_terms, chosen[main_rows]).astype(np.uint32)]
        frequency = [_gather(self._slot_starts, self._slot_frequency, chosen[main_rows])]
        for row in np.flatnonzero(~in_main).tolist():
            distinct, repeats = sorted_counts(self.terms_of(int(chosen[row])).astype(np.int64))
            rows.append(np.full(distinct.size, row, dtype=np.int64))
            terms.append(distinct.astype(np.uint32))
            frequency.append(repeats)
        return (
            np.concatenate(rows),
            np.concatenate(terms),
            np.concatenate(frequency).astype(np.float64),
        )

    def bm25_of(
        self,
        slots: Sequence[int],
        rows: Int64Array,
        terms: UInt32Array,
        frequency: Float64Array,
        term_ids: Sequence[int],
    ) -> Float64Array:
        """BM25 of `slots` (their terms as `distinct_terms` gives them) for all of `term_ids`,
        equal to what `bm25` gives them.

        The shortlist is picked with the rarest query terms only; this scores it with every one.
        """
        count = len(slots)
        lengths = np.bincount(rows, frequency, minlength=count)
        in_query = np.isin(terms, np.asarray(term_ids, dtype=np.uint32))
        # Merged slots were weighted with the average length of their merge, as in `bm25`.
        merged = np.asarray(slots, dtype=np.int64)[rows] < self.main_count
        average = np.where(merged, self._merged_average, self._average_length())
        saturation = BM25_K1 * (1 - BM25_B + BM25_B * lengths[rows] / average)
        weight = self.idf_of(terms) * frequency * (BM25_K1 + 1) / (frequency + saturation)
        result: Float64Array = np.bincount(rows, weight * in_query, minlength=count).astype(
            np.float64
        )
        return result


def _gather(starts: Int64Array, values: npt.NDArray[Any], rows: Int64Array) -> npt.NDArray[Any]:
    """values[starts[r]:starts[r+1]] for each r in rows, concatenated."""
    counts = starts[rows + 1] - starts[rows]
    total = int(counts.sum()) if counts.size else 0
    if total == 0:
        return values[:0]
    offsets = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts)
    gathered: npt.NDArray[Any] = values[np.repeat(starts[rows], counts) + offsets]
    return gathered


def _counted(pending_slots: Iterable[int]) -> list[tuple[int, int]]:
    counts: dict[int, int] = {}
    for pending in pending_slots:
        counts[pending] = counts.get(pending, 0) + 1
    return list(counts.items())


def _bm25_tf(frequency: float, length: float, average: float) -> float:
    saturation = BM25_K1 * (1 - BM25_B + BM25_B * length / average)
    return frequency * (BM25_K1 + 1) / (frequency + saturation)


def _bm25_tf_array(frequency: Float32Array, length: Float32Array, average: float) -> Float32Array:
    saturation = BM25_K1 * (1 - BM25_B + BM25_B * length / np.float32(average))
    result: Float32Array = ((frequency * (BM25_K1 + 1)) / (frequency + saturation)).astype(
        np.float32
    )
    return result
