"""The sample catalogue searched as voters write (`benchmarks/sample_wordings.py`, the design
rows): each sure paraphrase is answered with its fact-check, no paraphrase with another one, no
contradiction automatically with the claim it contradicts (but the `missed` rows, each with
why), and no unrelated message at all."""

from __future__ import annotations

import pytest

from benchmarks.sample_wordings import DESIGN, Wording, WordingKind, sample_matcher
from matching import DEFAULT_ANSWER_THRESHOLD, DEFAULT_SUGGEST_THRESHOLD, Decision, decide

MATCHER = sample_matcher()


def _rows(kind: WordingKind) -> list[Wording]:
    return [row for row in DESIGN if row.kind is kind and row.missed is None]


def _decided(message: str) -> tuple[Decision, int | None]:
    hits = MATCHER.search(message)
    decision = decide(hits, DEFAULT_ANSWER_THRESHOLD, DEFAULT_SUGGEST_THRESHOLD)
    return decision, hits[0].key if hits else None


@pytest.mark.parametrize("row", _rows(WordingKind.PARAPHRASE), ids=lambda row: row.message[:40])
def test_a_paraphrase_is_answered_with_its_fact_check_and_no_other(row: Wording) -> None:
    decision, key = _decided(row.message)
    if row.sure:
        assert (decision, key) == (Decision.ANSWER, row.key)
    else:
        assert decision is not Decision.ANSWER or key == row.key


@pytest.mark.parametrize("row", _rows(WordingKind.CONTRADICTION), ids=lambda row: row.message[:40])
def test_a_message_saying_something_else_is_not_answered_with_the_claim(row: Wording) -> None:
    decision, key = _decided(row.message)
    assert not (decision is Decision.ANSWER and key == row.key)


@pytest.mark.parametrize("row", _rows(WordingKind.UNRELATED), ids=lambda row: row.message[:40])
def test_an_unrelated_message_is_not_answered(row: Wording) -> None:
    assert _decided(row.message)[0] is not Decision.ANSWER
