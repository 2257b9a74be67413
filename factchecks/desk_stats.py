"""The desk's figures for a period (`/stats`): what came in, what was answered and how fast,
what waits, and who did what. Counts only: no text, no voter.

Time to answer is measured per answered item, from its first tip to its closing, which is when
every voter's notification is queued (in the same transaction), so it is the wait a voter saw
up to the outbox's pacing.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks.clock import as_utc
from factchecks.models import DeskAction, DeskActionKind, QueueItem, QueueStatus, Tip, TipStatus

CLOSING_ACTIONS = (
    DeskActionKind.ANSWER,
    DeskActionKind.LINK,
    DeskActionKind.CONFIRM,
    DeskActionKind.DISMISS,
)


@dataclass(frozen=True)
class DeskFigures:
    """What `/stats` shows for one period."""

    tips: int = 0
    answered_automatically: int = 0
    queued: int = 0
    answered_by_desk: int = 0  # items
    dismissed: int = 0  # items
    backlog: int = 0  # open items now
    oldest_waiting_s: float | None = None
    answer_times_s: tuple[float, ...] = ()  # sorted
    by_channel: dict[str, int] = field(default_factory=dict)
    by_language: dict[str, int] = field(default_factory=dict)
    by_factchecker: dict[str, int] = field(default_factory=dict)  # items closed, by display name

    @property
    def median_s(self) -> float | None:
        """The median time to answer."""
        return percentile(self.answer_times_s, 50)

    @property
    def p90_s(self) -> float | None:
        """The 90th-percentile time to answer."""
        return percentile(self.answer_times_s, 90)


def percentile(ordered: tuple[float, ...], rank: float) -> float | None:
    """The `rank`-th percentile of sorted values by linear interpolation between the closest
    ranks (numpy's default), or None for no values."""
    if not ordered:
        return None
    position = (len(ordered) - 1) * rank / 100
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


async def desk_figures(session: AsyncSession, since: datetime, now: datetime) -> DeskFigures:
    """The desk's figures for tips received and items closed in [since, now]."""
    in_period = (col(Tip.received_at) >= since, col(Tip.received_at) <= now)
    tips = (
        await session.exec(
            select(Tip.channel, Tip.language, Tip.status, Tip.queue_item_id).where(*in_period)
        )
    ).all()
    closed = (
        await session.exec(
            select(QueueItem.status, QueueItem.created_at, QueueItem.closed_at).where(
                col(QueueItem.closed_at) >= since, col(QueueItem.closed_at) <= now
            )
        )
    ).all()
    oldest = (
        await session.exec(
            select(func.min(QueueItem.created_at), func.count()).where(
                col(QueueItem.status) == QueueStatus.OPEN
            )
        )
    ).one()
    actors = (
        await session.exec(
            select(DeskAction.actor).where(
                col(DeskAction.at) >= since,
                col(DeskAction.at) <= now,
                col(DeskAction.action).in_(CLOSING_ACTIONS),
            )
        )
    ).all()
    times = sorted(
        ((as_utc(closed_at) or now) - (as_utc(created_at) or now)).total_seconds()
        for status, created_at, closed_at in closed
        if status == QueueStatus.ANSWERED
    )
    oldest_at = as_utc(oldest[0])
    return DeskFigures(
        tips=len(tips),
        answered_automatically=sum(
            1 for _, _, status, item in tips if status == TipStatus.ANSWERED and item is None
        ),
        queued=sum(1 for _, _, _, item in tips if item is not None),
        answered_by_desk=sum(1 for status, _, _ in closed if status == QueueStatus.ANSWERED),
        dismissed=sum(1 for status, _, _ in closed if status == QueueStatus.DISMISSED),
        backlog=int(oldest[1]),
        oldest_waiting_s=(now - oldest_at).total_seconds() if oldest_at else None,
        answer_times_s=tuple(times),
        by_channel=_most_first(Counter(channel for channel, _, _, _ in tips)),
        by_language=_most_first(Counter(language or "?" for _, language, _, _ in tips)),
        by_factchecker=_most_first(Counter(actors)),
    )


def _most_first(counts: Counter[str]) -> dict[str, int]:
    """Counts, largest first, ties in alphabetical order (the same on every database)."""
    return dict(sorted(counts.items(), key=lambda pair: (-pair[1], pair[0])))
