"""What waits: the inbox's unprocessed updates and the outbox's due messages, per channel, with
the age of the oldest, and the voters held back by the tip limit. Read at scrape time by
`GET /metrics`, from the database, so every worker reports the same, whole picture.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks.clock import as_utc, utc_now
from factchecks.models import InboxStatus, InboxUpdate, OutboxMessage, OutboxStatus, Tip, TipStatus


@dataclass(frozen=True)
class Backlog:
    """How many items wait on one channel, and how long the oldest has waited."""

    channel: str
    count: int
    oldest_age_s: float


def _age_s(oldest: datetime | None, now: datetime) -> float:
    aware = as_utc(oldest)
    return max(0.0, (now - aware).total_seconds()) if aware is not None else 0.0


async def inbox_backlog(session: AsyncSession) -> list[Backlog]:
    """Updates received and not yet processed, per channel (early delivery statuses, kept
    under `<channel>:status` until their send is recorded, are not work and not counted)."""
    now = utc_now()
    rows = await session.exec(
        select(InboxUpdate.channel, func.count(), func.min(InboxUpdate.received_at))
        .where(col(InboxUpdate.status) == InboxStatus.PENDING)
        .where(col(InboxUpdate.channel).not_like("%:%"))
        .group_by(col(InboxUpdate.channel))
    )
    return [Backlog(channel, count, _age_s(oldest, now)) for channel, count, oldest in rows.all()]


async def outbox_backlog(session: AsyncSession) -> list[Backlog]:
    """Messages due now and not sent (or being sent), per channel; the age is how long the
    oldest has been due."""
    now = utc_now()
    rows = await session.exec(
        select(OutboxMessage.channel, func.count(), func.min(OutboxMessage.next_attempt_at))
        .where(
            col(OutboxMessage.status).in_([OutboxStatus.PENDING, OutboxStatus.SENDING]),
            col(OutboxMessage.next_attempt_at) <= now,
        )
        .group_by(col(OutboxMessage.channel))
    )
    return [Backlog(channel, count, _age_s(oldest, now)) for channel, count, oldest in rows.all()]


async def rate_limited_voters(session: AsyncSession, within: timedelta) -> dict[str, int]:
    """Distinct voters with a message kept as rate-limited in the last `within`, per channel."""
    rows = await session.exec(
        select(Tip.channel, func.count(func.distinct(Tip.requester_id)))
        .where(
            col(Tip.status) == TipStatus.RATE_LIMITED,
            col(Tip.received_at) >= utc_now() - within,
        )
        .group_by(col(Tip.channel))
    )
    return dict(rows.all())
