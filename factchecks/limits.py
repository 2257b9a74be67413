"""Tip limits: how many tips one voter may send a minute and a day before the rest are only kept.

A voter over a limit has their extra messages stored as `rate_limited` (kept for the record,
never matched, queued, answered or counted) and is told once, for each stretch of being over,
when they can send again. Only accepted tips count towards the limits, so a voter who keeps
flooding is let through again as soon as their accepted tips leave the window.

The stretch: it starts with the voter's last accepted tip; a `rate_limited` tip after it means
they were told already.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import BindParameter, ColumnElement, bindparam, case
from sqlmodel import col, func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks.clock import as_utc
from factchecks.models import Tip, TipStatus

MINUTE = timedelta(minutes=1)
DAY = timedelta(days=1)


@dataclass(frozen=True)
class TipLimits:
    """At most `per_minute` tips in any 60 seconds and `per_day` in any 24 hours; 0: no limit."""

    per_minute: int = 20
    per_day: int = 200


@dataclass(frozen=True)
class LimitReached:
    """The voter is over a limit until `until`; `told` when they were told so already (then
    `until` is not looked up: it is not needed)."""

    until: datetime
    told: bool


def _accepted(
    requester_id: int | BindParameter[int], since: datetime | BindParameter[datetime]
) -> tuple[ColumnElement[bool], ...]:
    """A voter's tips that count towards the limits (values, or bound parameters)."""
    return (
        col(Tip.requester_id) == requester_id,
        col(Tip.status) != TipStatus.RATE_LIMITED,
        col(Tip.received_at) > since,
    )


# Built once: every tip is counted against its voter's limits (decision 119). The voter's
# accepted tips of the last day: how many, how many in the last minute, the latest.
_RECENT = select(
    func.count(),
    func.sum(case((col(Tip.received_at) > bindparam("minute_ago"), 1), else_=0)),
    func.max(Tip.received_at),
).where(*_accepted(bindparam("requester"), bindparam("day_ago")))


async def _nth_latest_accepted(
    session: AsyncSession, requester_id: int, since: datetime, n: int
) -> datetime | None:
    """When the voter's `n`-th latest accepted tip after `since` arrived (None: fewer tips)."""
    row = (
        await session.exec(
            select(Tip.received_at)
            .where(*_accepted(requester_id, since))
            .order_by(col(Tip.received_at).desc())
            .offset(n - 1)
            .limit(1)
        )
    ).first()
    return as_utc(row)


async def check_tip_limit(
    session: AsyncSession, requester_id: int, limits: TipLimits, now: datetime
) -> LimitReached | None:
    """Whether a tip from `requester_id` arriving `now` is over a limit (counting the tips
    stored before it), and if so until when and whether the voter was told already.

    One query for a voter under the limits (nearly everyone); a flooder told already costs one
    more, and only the tip that tells them looks up when they can send again."""
    in_day, in_minute, last_accepted = (
        await session.exec(
            _RECENT,
            params={"requester": requester_id, "minute_ago": now - MINUTE, "day_ago": now - DAY},
        )
    ).one()
    over_minute = 0 < limits.per_minute <= (in_minute or 0)
    over_day = 0 < limits.per_day <= in_day
    if not (over_minute or over_day):
        return None
    told = (
        await session.exec(
            select(Tip.id)
            .where(
                col(Tip.requester_id) == requester_id,
                col(Tip.status) == TipStatus.RATE_LIMITED,
                col(Tip.received_at) >= last_accepted,
            )
            .limit(1)
        )
    ).first() is not None
    until = now
    for over, count, window in (
        (over_minute, limits.per_minute, MINUTE),
        (over_day, limits.per_day, DAY),
    ):
        if over and not told:
            # Room again once the oldest of the `count` latest tips leaves the window.
            oldest_counted = await _nth_latest_accepted(session, requester_id, now - window, count)
            if oldest_counted is not None:
                until = max(until, oldest_counted + window)
    return LimitReached(until=until, told=told)
