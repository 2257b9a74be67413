"""Fact-checks of one claim are one answer: the best hit's near-identical twins among its rivals.

A catalogue often holds several fact-checks of the same claim (Snopes checked "clowns plan a
purge on Halloween" twice, in different words). When the best hit has such a twin ranked just
below it, the best-hit rule (`text_score.best_hit_inputs`) would read the twin as a close rival
and doubt the hit, although answering with either would tell the voter the same thing. So the
twins are set aside before the hit is compared with its rivals: they count neither as the
runner-up (in probability or ranking) nor among the rivals whose words the hit must not share.

A twin is one of the TWIN_WINDOW candidates after the best whose normalised text has a
rapidfuzz token_set_ratio of at least TWIN_RATIO with the best hit's. Chosen on CheckThat!
train out-of-fold (decision 106): between 0.65 and 0.85 the rule answers alike; at 0.6 texts of
different claims on one story start to count as twins and the rule loses its rivals.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz

# token_set_ratio (0-1) at or above which a rival text is the best hit's twin.
TWIN_RATIO = 0.8
# How many candidates after the best are compared with it (the rivals the rule looks at are
# fewer: text_score.RIVALS).
TWIN_WINDOW = 19


def twin_rows(texts: Sequence[str], order: Sequence[int]) -> frozenset[int]:
    """The rows of `order[1 : 1 + TWIN_WINDOW]` whose text is a near-identical twin of the best.

    `texts` are the candidates' normalised texts, `order` their rows best first.
    """
    if len(order) < 2:
        return frozenset()
    best = texts[order[0]]
    return frozenset(
        row
        for row in order[1 : 1 + TWIN_WINDOW]
        if fuzz.token_set_ratio(best, texts[row]) >= 100.0 * TWIN_RATIO
    )
