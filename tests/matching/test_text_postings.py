"""WordPostings: BM25 from numpy arrays and the pending segment equals a plain Python BM25."""

from __future__ import annotations

import math
import random
from collections import Counter

import numpy as np
import pytest

from matching.text_postings import BM25_B, BM25_K1, WordPostings

_WORDS = [f"w{number}" for number in range(40)]


def _plain_bm25(documents: dict[int, list[str]], query: list[str], slots: int) -> list[float]:
    """Okapi BM25 written out term by term: the slow twin."""
    live = len(documents)
    average = sum(len(terms) for terms in documents.values()) / max(1, live)
    frequency = Counter(term for terms in documents.values() for term in set(terms))
    scores = [0.0] * slots
    for slot, terms in documents.items():
        counts = Counter(terms)
        for term in set(query):
            if term in counts:
                idf = math.log1p((live - frequency[term] + 0.5) / (frequency[term] + 0.5))
                tf = counts[term]
                norm = BM25_K1 * (1 - BM25_B + BM25_B * len(terms) / average)
                scores[slot] += idf * tf * (BM25_K1 + 1) / (tf + norm)
    return scores


def _random_terms(rng: random.Random) -> list[str]:
    return [rng.choice(_WORDS) for _ in range(rng.randint(1, 12))]


@pytest.mark.parametrize("merged", [False, True], ids=["pending", "merged"])
def test_bm25_equals_the_plain_formula(merged: bool) -> None:
    rng = random.Random(3)
    postings = WordPostings()
    documents = {postings.add(terms): terms for terms in (_random_terms(rng) for _ in range(80))}
    for slot in rng.sample(sorted(documents), 10):
        postings.remove(slot)
        documents.pop(slot)
    if merged:
        survivors = postings.merge().tolist()
        documents = {new: documents[old] for new, old in enumerate(survivors)}
    for _ in range(20):
        query = _random_terms(rng)
        expected = _plain_bm25(documents, query, postings.slot_count)
        found = postings.bm25(postings.term_ids(query))
        # float16 postings weights: about three significant digits.
        assert found.tolist() == pytest.approx(expected, rel=2e-3, abs=2e-3)


def test_merge_keeps_order_and_drops_the_dead() -> None:
    postings = WordPostings()
    slots = [postings.add([word]) for word in ("a", "b", "c", "d")]
    postings.remove(slots[1])
    assert postings.live_count == 3 and postings.dead_count == 1

    survivors = postings.merge()

    assert survivors.tolist() == [0, 2, 3]
    assert postings.main_count == postings.slot_count == 3
    assert postings.dead_count == 0
    assert postings.bm25(postings.term_ids(["c"])).argmax() == 1


def test_adds_after_a_merge_are_searched_before_the_next() -> None:
    postings = WordPostings()
    postings.add(["a", "b"])
    postings.merge()
    slot = postings.add(["b", "c"])
    scores = postings.bm25(postings.term_ids(["c"]))
    assert slot == 1 and scores[1] > 0 and scores[0] == 0


def test_removed_slot_scores_nothing_in_either_segment() -> None:
    postings = WordPostings()
    merged = postings.add(["x"])
    postings.merge()
    pending = postings.add(["x"])
    postings.remove(merged)
    postings.remove(pending)
    postings.remove(pending)
    assert postings.live_count == 0
    assert not np.any(postings.bm25(postings.term_ids(["x"])))


def test_distinct_terms_of_merged_and_pending_slots() -> None:
    postings = WordPostings()
    postings.add(["a", "a", "b"])
    postings.merge()
    postings.add(["c", "c"])
    rows, terms, counts = postings.distinct_terms([1, 0])
    vocabulary = postings.vocabulary
    found = sorted(zip(rows.tolist(), terms.tolist(), counts.tolist(), strict=True))
    assert found == [(0, vocabulary["c"], 2), (1, vocabulary["a"], 2), (1, vocabulary["b"], 1)]


def test_bm25_of_a_shortlist_equals_bm25_of_everything() -> None:
    rng = random.Random(9)
    postings = WordPostings()
    for _ in range(60):
        postings.add(_random_terms(rng))
    postings.merge()
    for _ in range(5):
        postings.add(_random_terms(rng))
    for _ in range(10):
        query = postings.term_ids(_random_terms(rng))
        everything = postings.bm25(query)
        slots = sorted(rng.sample(range(postings.slot_count), 20))
        rows, terms, counts = postings.distinct_terms(slots)
        shortlist = postings.bm25_of(slots, rows, terms, counts, query)
        assert shortlist.tolist() == pytest.approx(everything[slots].tolist(), rel=2e-3, abs=2e-3)


def test_unknown_query_terms_are_ignored() -> None:
    postings = WordPostings()
    postings.add(["a"])
    assert postings.term_ids(["zzz", "a", "a"]) == [postings.vocabulary["a"]]
    assert postings.bm25([]).tolist() == [0.0]
