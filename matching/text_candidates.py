"""The texts one search re-ranks (`Candidates`), and the fact-check an index key stands for.

`TextIndex.candidates` gathers, for one message, the shortlisted texts with everything the
calibrated model saw of them: features, product-rule factors, BM25, 4-gram overlap, rarity and
which of the message's rare words each holds. What is read from them (the ranking, the calibrated
scores, the best-hit raise of `top_scores`) needs only these arrays, never the index, so it lives
apart from the index's storage (`text_store`) and search (`text_index`); the calibration
benchmarks read a Candidates the same way.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Generic

import numpy as np
import numpy.typing as npt

from matching.hits import K
from matching.text_score import (
    best_hit_inputs,
    best_hit_scores,
    final_scores,
    probability,
    ranking_scores,
)
from matching.text_twins import twin_rows

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Candidates(Generic[K]):
    """The texts re-ranked for one query, with what the model saw; for search and calibration."""

    keys: list[K]
    slots: list[int]
    texts: list[str]
    features: FloatArray
    factors: FloatArray
    bm25: FloatArray
    gram_shared: FloatArray
    rarity: FloatArray
    # Which of the message's word terms each text has (`text_rarity.message_terms_held`), and
    # those terms' IDF: what the best-hit model compares between the best hit and its rivals.
    held: npt.NDArray[np.bool_]
    query_idf: FloatArray

    @property
    def ranking(self) -> FloatArray:
        """What orders the candidates (see `text_score.ranking_scores`)."""
        return ranking_scores(self.bm25, self.gram_shared)

    @property
    def scores(self) -> FloatArray:
        """The calibrated score of each candidate, on its own (before the running minimum)."""
        return final_scores(self.features, self.factors)

    @property
    def order(self) -> list[int]:
        """The rows best first, as `search` lists them (ties: oldest entry first)."""
        ranking = self.ranking
        return sorted(range(len(self.slots)), key=lambda row: (-ranking[row], self.slots[row]))

    def top_scores(self, order: Sequence[int], *, raise_clear_winner: bool = True) -> FloatArray:
        """`scores`, with the first row of `order` raised by the best-hit model if it stands out."""
        scores = self.scores
        if not order or not raise_clear_winner:
            return scores
        top = order[0]
        inputs = best_hit_inputs(
            probability(self.features),
            self.features,
            self.rarity,
            order,
            self.ranking,
            self.held,
            self.query_idf,
            twin_rows(self.texts, order) | self._same_fact_check(order),
        )
        raised = best_hit_scores(inputs, self.factors[top : top + 1])
        scores[top] = max(float(scores[top]), float(raised[0]))
        return scores

    def _same_fact_check(self, order: Sequence[int]) -> frozenset[int]:
        """The rows after the best whose text is another of the best hit's own fact-check (its
        title when its claim is best, a desk's alias): one answer with it, like a twin, never
        its rival (decision 145)."""
        best = fact_check_of(self.keys[order[0]])
        return frozenset(row for row in order[1:] if fact_check_of(self.keys[row]) == best)


def fact_check_of(key: Hashable) -> object:
    """The fact-check an index key stands for: the first element of a tuple key (the Matcher's
    (fact-check, text number)), else the key itself."""
    return key[0] if isinstance(key, tuple) else key
