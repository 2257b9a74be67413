"""What the index counts: word-prefix terms, character pairs for unspaced scripts, 4-grams."""

from __future__ import annotations

import numpy as np
import pytest

from matching.text_terms import GRAM_BUCKETS, WORD_PREFIX_CHARS, gram_buckets, word_terms


@pytest.mark.parametrize(
    ("normalised", "expected"),
    [
        pytest.param("elections election electoral", ["elect"] * 3, id="prefix is the stem"),
        pytest.param("the vote is on", ["vote"], id="stop words dropped"),
        pytest.param("las elecciones", ["elecc"], id="Spanish stop words dropped"),
        pytest.param("14 2024", ["14", "2024"], id="numbers are terms"),
        pytest.param("选举推迟", ["选举", "举推", "推迟"], id="Chinese run becomes pairs"),
        pytest.param("选", ["选"], id="one Chinese character is itself"),
        pytest.param("ภาษาไทย", ["ภา", "าษ", "ษา", "าไ", "ไท", "ทย"], id="Thai run becomes pairs"),
        pytest.param("abc投票xyz", ["abc", "投票", "xyz"], id="mixed word splits by script"),
        pytest.param("", [], id="nothing"),
    ],
)
def test_word_terms(normalised: str, expected: list[str]) -> None:
    assert word_terms(normalised) == expected


def test_word_prefix_length_is_what_the_terms_use() -> None:
    assert word_terms("presidential") == ["presidential"[:WORD_PREFIX_CHARS]]


def test_gram_buckets_are_distinct_per_text_and_in_range() -> None:
    buckets, owners = gram_buckets(["vote vote vote", "", "ab", "vote"])
    assert buckets.dtype == np.uint32 and owners.dtype == np.int64
    assert int(buckets.max()) < GRAM_BUCKETS
    pairs = list(zip(owners.tolist(), buckets.tolist(), strict=True))
    assert pairs == sorted(set(pairs))
    assert 1 not in owners.tolist()
    assert owners.tolist().count(2) == 1
    first = {b for o, b in pairs if o == 0}
    last = {b for o, b in pairs if o == 3}
    assert last <= first and len(last) == len(" vote ") - 3


def test_gram_buckets_of_a_text_do_not_depend_on_its_neighbours() -> None:
    alone, _ = gram_buckets(["polls close at 7pm"])
    buckets, owners = gram_buckets(["x y", "polls close at 7pm", "🗳 z"])
    assert buckets[owners == 1].tolist() == alone.tolist()


def test_a_typo_keeps_most_grams() -> None:
    right, _ = gram_buckets(["presidential elections postponed"])
    typo, _ = gram_buckets(["presidental elections postponed"])
    shared = np.intersect1d(right, typo).size
    assert shared / right.size > 0.8


def test_no_text_no_grams() -> None:
    buckets, owners = gram_buckets([])
    assert buckets.size == owners.size == 0
