"""What a search returns: one candidate match, with a calibrated score and the signal behind it."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

from matching.claim_contradiction import Conflict

K = TypeVar("K", bound=Hashable)


class Signal(StrEnum):
    """Which kind of evidence produced a hit."""

    TEXT = "text"
    IMAGE = "image"


@dataclass(frozen=True)
class Hit(Generic[K]):
    """A candidate match for a query.

    `score` is in [0, 1] and absolute, not relative to the other candidates, so one threshold
    means the same for every query (see `matching.thresholds`). `matched` is the indexed text, or
    the fingerprint hex for images, kept for display and audit. `conflict` is set when the
    message says something the matched text does not (`claim_contradiction`): the score is then
    capped below the answer threshold, and `conflict.reason` tells the desk why.
    """

    key: K
    score: float
    signal: Signal
    matched: str
    conflict: Conflict | None = None
