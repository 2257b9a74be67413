"""A ClaimReview `reviewRating` as the rating text to show and the verdict it means.

The publisher's word (`alternateName`, else `name`) is kept; its verdict comes from the ratings
table (`verdicts`). A rating with only numbers is placed on the verdict scale.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from factchecks.formats.jsonld_values import one
from factchecks.formats.record_fields import MAX_RATING_CHARS, prose, rating_verdict
from factchecks.verdicts import Verdict, rating_for_verdict


def rating_of(rating: Mapping[str, object]) -> tuple[str | None, Verdict]:
    """The rating text to keep and the verdict of one Rating object."""
    alternate = _rating_word(rating, "alternateName")
    name = _rating_word(rating, "name")
    verdict = rating_verdict(alternate)
    if verdict is Verdict.OTHER:
        verdict = rating_verdict(name)
    if alternate or name:
        if verdict is Verdict.OTHER:
            verdict = _numeric_verdict(rating)
        return alternate or name, verdict
    verdict = _numeric_verdict(rating)
    # No word at all: the verdict's own word stands in, so that an export reads back the same.
    return (None if verdict is Verdict.OTHER else rating_for_verdict(verdict)), verdict


def _rating_word(rating: Mapping[str, object], key: str) -> str | None:
    return prose(one(rating.get(key)), f"reviewRating.{key}", max_chars=MAX_RATING_CHARS) or None


# Where a numeric rating falls on the scale from worst (0) to best (1): 1 of 5 is false, 2 and 3
# of 5 partly false (PolitiFact's "mostly false" and "half true"), 4 mostly true, 5 true.
_NUMERIC_BANDS: tuple[tuple[float, Verdict], ...] = (
    (0.125, Verdict.FALSE),
    (0.625, Verdict.PARTLY_FALSE),
    (0.875, Verdict.MOSTLY_TRUE),
    (1.0, Verdict.TRUE),
)


def _numeric_verdict(rating: Mapping[str, object]) -> Verdict:
    """The verdict a `ratingValue` means between `worstRating` (default 1) and `bestRating`
    (default 5); OTHER when a number is missing or unreadable or the value is off the scale."""
    value = _number(rating.get("ratingValue"))
    best = _number(rating.get("bestRating"), default=5.0)
    worst = _number(rating.get("worstRating"), default=1.0)
    if value is None or best is None or worst is None or best == worst:
        return Verdict.OTHER
    position = (value - worst) / (best - worst)
    if not 0.0 <= position <= 1.0:
        return Verdict.OTHER  # -1 "not rated", or a scale we misread: say nothing
    return next(verdict for limit, verdict in _NUMERIC_BANDS if position <= limit)


def _number(value: object, default: float | None = None) -> float | None:
    value = one(value)
    if value is None:
        return default
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip().replace(",", "."))
        except ValueError:
            return None
    else:
        return None
    return number if math.isfinite(number) else None
