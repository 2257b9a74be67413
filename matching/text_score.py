"""How alike a voter's message and an indexed claim are, as a calibrated score in [0, 1].

Both sides are normalised, then compared with rapidfuzz: token_sort_ratio for "the same words",
token_set_ratio for "the claim is inside a longer forward". Penalties keep a confident wrong answer
rare: a short query that is merely part of a long claim, very short texts, and a query whose
numbers (dates, times, counts) differ from the claim's all score lower.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from matching.text_normalise import normalise

# rapidfuzz ratios of unrelated texts in one language sit around 0.45-0.65 (shared letters and
# stop words), so ratios are rescaled to make this chance level 0 and keep 1 at 1.
CHANCE_RATIO = 0.5
# Texts shorter than this (normalised characters) are too short to be sure of: "vote" or "the
# elections" equal to an indexed title still only reach a suggestion. Confidence grows as the
# square root of length up to this point.
INFORMATIVE_CHARS = 30
# A query that is part of a longer claim keeps the square root of its share of the claim: two
# thirds of a claim (the claim minus a trailing clause) can still be answered, half of it is
# only suggested, and a few words of it ("the elections") prove almost nothing.
# A claim that is only this share of a longer message still keeps full weight (the rest is
# commentary); below it the weight falls towards MIN_CLAIM_WEIGHT as the claim drowns in the text.
FULL_WEIGHT_CLAIM_SHARE = 0.5
MIN_CLAIM_WEIGHT = 0.5
# Score lost when none of the claim's numbers appear in a query that has numbers of its own
# ("12 November" vs "21 November"): enough to drop an answer to a suggestion for a human.
NUMBER_MISMATCH_PENALTY = 0.3

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True)
class PreparedText:
    """A text normalised once, with the number tokens the number check needs."""

    normalised: str
    numbers: frozenset[str]


def prepare(text: str) -> PreparedText:
    """`text` normalised for scoring."""
    normalised = normalise(text)
    numbers = frozenset(word for word in normalised.split() if any(c.isdigit() for c in word))
    return PreparedText(normalised, numbers)


def score_prepared(query: PreparedText, indexed: PreparedText) -> float:
    """The score of `indexed` for `query`, both already prepared."""
    if not query.normalised or not indexed.normalised:
        return 0.0
    pair = (query.normalised, indexed.normalised)
    query_len, indexed_len = float(len(query.normalised)), float(len(indexed.normalised))
    whole_above = _above_chance(max(fuzz.ratio(*pair), fuzz.token_sort_ratio(*pair)))
    part_above = _above_chance(max(fuzz.partial_ratio(*pair), fuzz.token_set_ratio(*pair)))
    if query_len < indexed_len:
        containment = math.sqrt(query_len / indexed_len)
    else:
        claim_share = indexed_len / query_len
        containment = min(
            1.0, MIN_CLAIM_WEIGHT + (1.0 - MIN_CLAIM_WEIGHT) * claim_share / FULL_WEIGHT_CLAIM_SHARE
        )
    informativeness = math.sqrt(min(1.0, min(indexed_len, query_len) / INFORMATIVE_CHARS))
    score = max(whole_above, part_above * containment) * informativeness
    return score * _number_factor(query, indexed)


def score_text(query: str, indexed: str) -> float:
    """The score of the indexed text `indexed` for the voter's text `query`, in [0, 1]."""
    return score_prepared(prepare(query), prepare(indexed))


def upper_bounds(query: PreparedText, indexed: Sequence[str]) -> FloatArray:
    """For each normalised indexed text, at least the score `score_prepared` gives, vectorised.

    Everything but the number check, which only lowers scores, so the top of these bounds can be
    confirmed with `score_prepared` one by one.
    """
    if not indexed or not query.normalised:
        return np.zeros(len(indexed), dtype=np.float64)
    choices = list(indexed)

    def ratios(scorer: Callable[..., float]) -> FloatArray:
        found: FloatArray = process.cdist(
            [query.normalised], choices, scorer=scorer, dtype=np.float64
        )
        return found.ravel()

    whole = np.maximum(ratios(fuzz.ratio), ratios(fuzz.token_sort_ratio))
    part = np.maximum(ratios(fuzz.partial_ratio), ratios(fuzz.token_set_ratio))
    indexed_chars = np.fromiter((len(text) for text in choices), np.float64, count=len(choices))
    # The same arithmetic as score_prepared, in the same order, so the bounds equal the exact
    # scores before the number check (the slow-twin test holds the two together).
    query_len = float(len(query.normalised))
    indexed_len = np.maximum(indexed_chars, 1.0)
    whole_above = np.maximum(0.0, (whole / 100.0 - CHANCE_RATIO) / (1.0 - CHANCE_RATIO))
    part_above = np.maximum(0.0, (part / 100.0 - CHANCE_RATIO) / (1.0 - CHANCE_RATIO))
    claim_share = indexed_len / query_len
    containment = np.where(
        query_len < indexed_len,
        np.sqrt(query_len / indexed_len),
        np.minimum(
            1.0,
            MIN_CLAIM_WEIGHT + (1.0 - MIN_CLAIM_WEIGHT) * claim_share / FULL_WEIGHT_CLAIM_SHARE,
        ),
    )
    informativeness = np.sqrt(
        np.minimum(1.0, np.minimum(indexed_len, query_len) / INFORMATIVE_CHARS)
    )
    bounds: FloatArray = np.maximum(whole_above, part_above * containment) * informativeness
    return np.where(indexed_chars > 0, bounds, 0.0)


def _number_factor(query: PreparedText, indexed: PreparedText) -> float:
    if not query.numbers or not indexed.numbers:
        return 1.0
    missing = len(indexed.numbers - query.numbers) / len(indexed.numbers)
    return 1.0 - NUMBER_MISMATCH_PENALTY * missing


def _above_chance(ratio: float) -> float:
    return max(0.0, (ratio / 100.0 - CHANCE_RATIO) / (1.0 - CHANCE_RATIO))
