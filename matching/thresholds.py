"""What to do with a voter's message given its best hit: answer, ask a human, or nothing.

Scores are calibrated (see `text_score` and `image_index.distance_score`), so these defaults hold
for every query. Measured on 25 election claims in en/es/fr/pt/ar: forwarded copies with
boilerplate, emoji and URLs scored at least 0.81 with two typos (95% above 0.91 with three) unless
a number changed; unrelated claims at most 0.41; a few words of a claim ("the elections") at most
0.43.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from matching.hits import Hit

# At or above: answer automatically. A changed number (0.3 penalty) drops a copy below it.
DEFAULT_ANSWER_THRESHOLD = 0.8
# At or above (and below answer): queue for fact-checkers with the hit as a suggestion. Partial
# copies and re-typed paraphrases land here; unrelated claims stay well below.
DEFAULT_SUGGEST_THRESHOLD = 0.5


class Decision(StrEnum):
    """What the bot does with a message."""

    ANSWER = "answer"
    SUGGEST = "suggest"
    NONE = "none"


def decide(hits: Sequence[Hit[Any]], answer_threshold: float, suggest_threshold: float) -> Decision:
    """The decision for the best of `hits` (in any order); NONE when there are none."""
    if not 0.0 <= suggest_threshold <= answer_threshold <= 1.0:
        raise ValueError(
            "thresholds must satisfy 0 <= suggest <= answer <= 1, got "
            f"suggest={suggest_threshold!r}, answer={answer_threshold!r}"
        )
    best = max((hit.score for hit in hits), default=None)
    if best is None:
        return Decision.NONE
    if best >= answer_threshold:
        return Decision.ANSWER
    if best >= suggest_threshold:
        return Decision.SUGGEST
    return Decision.NONE
