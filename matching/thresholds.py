"""What to do with a voter's message given its best hit: answer, ask a human, or nothing.

Scores are calibrated (see `text_score` and `image_index.distance_score`), so these defaults hold
for every query. Text: on CheckThat! (tweets against 13,825 fact-checks, each searched with its
fact-check present and removed) answers at 0.8 or more were right at least 98% of the time
(out-of-fold on train, and on dev; docs/benchmarks.md). On election claims in
en/es/fr/pt/ar/ru/hi/zh/th, forwarded copies with boilerplate, emoji, URLs and typos score above
0.85 unless a number changed; half of a claim, or a changed date, lands between the thresholds;
a few words of a claim ("the elections") and unrelated claims stay below 0.5.
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
# The highest score of a hit the contradiction guard flagged (`claim_contradiction`): still a
# suggestion for the desk, never an answer at the default threshold. `decide` also refuses to
# answer with a flagged hit at any threshold.
DEMOTED_SCORE_CAP = 0.75


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
    # Ties: a hit without a conflict counts first, as searches list it.
    best = max(hits, key=lambda hit: (hit.score, hit.conflict is None), default=None)
    if best is None:
        return Decision.NONE
    if best.score >= answer_threshold and best.conflict is None:
        return Decision.ANSWER
    if best.score >= suggest_threshold:
        return Decision.SUGGEST
    return Decision.NONE
