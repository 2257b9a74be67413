"""decide(): the best hit's score against the answer and suggest thresholds."""

from __future__ import annotations

import pytest

from matching import (
    DEFAULT_ANSWER_THRESHOLD,
    DEFAULT_SUGGEST_THRESHOLD,
    Decision,
    Hit,
    Signal,
    decide,
)


def _hits(*scores: float) -> list[Hit[int]]:
    return [Hit(number, score, Signal.TEXT, "text") for number, score in enumerate(scores)]


@pytest.mark.parametrize(
    ("scores", "expected"),
    [
        pytest.param((), Decision.NONE, id="no hits: nothing to say"),
        pytest.param((0.95,), Decision.ANSWER, id="confident"),
        pytest.param((0.8,), Decision.ANSWER, id="exactly the answer threshold answers"),
        pytest.param((0.79,), Decision.SUGGEST, id="just below answer: a human checks"),
        pytest.param((0.5,), Decision.SUGGEST, id="exactly the suggest threshold suggests"),
        pytest.param((0.49,), Decision.NONE, id="just below suggest: nothing"),
        pytest.param((0.3, 0.9, 0.6), Decision.ANSWER, id="best hit counts, in any order"),
        pytest.param((0.0,), Decision.NONE, id="zero"),
    ],
)
def test_decide(scores: tuple[float, ...], expected: Decision) -> None:
    assert decide(_hits(*scores), answer_threshold=0.8, suggest_threshold=0.5) is expected


def test_default_thresholds_are_usable() -> None:
    assert (
        decide(_hits(DEFAULT_ANSWER_THRESHOLD), DEFAULT_ANSWER_THRESHOLD, DEFAULT_SUGGEST_THRESHOLD)
        is Decision.ANSWER
    )
    assert (
        decide(
            _hits(DEFAULT_SUGGEST_THRESHOLD), DEFAULT_ANSWER_THRESHOLD, DEFAULT_SUGGEST_THRESHOLD
        )
        is Decision.SUGGEST
    )


@pytest.mark.parametrize(
    ("answer", "suggest"),
    [
        pytest.param(0.5, 0.8, id="suggest above answer"),
        pytest.param(1.2, 0.5, id="answer above 1"),
        pytest.param(0.8, -0.1, id="suggest below 0"),
    ],
)
def test_inconsistent_thresholds_are_refused(answer: float, suggest: float) -> None:
    with pytest.raises(ValueError, match=str(suggest)):
        decide(_hits(0.9), answer_threshold=answer, suggest_threshold=suggest)


def test_decision_values_are_stable_strings() -> None:
    assert [decision.value for decision in Decision] == ["answer", "suggest", "none"]
