"""The fact-checkers' queue: tips about the same claim grouped into one item.

An item is open until fact-checkers answer it (with a new or an existing fact-check) or dismiss
it. Its `request_count` counts distinct voters, so one person resending a claim does not push it
up the queue.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ScalarSelect, distinct, func, update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks.clock import as_utc, utc_now
from factchecks.models import QueueItem, QueueStatus, Requester, Tip, TipStatus


@dataclass(frozen=True)
class QueueLine:
    """One open item as `/queue` lists it."""

    id: int
    request_count: int
    claim: str
    has_image: bool
    created_at: datetime
    suggested_fact_check_id: int | None
    # Why the suggestion was not answered automatically ("number differs: 3pm vs 7pm"), if known.
    suggestion_reason: str | None = None


async def open_item(
    session: AsyncSession,
    *,
    claim: str,
    fingerprint: str | None,
    language: str | None,
    suggested_fact_check_id: int | None,
    suggestion_reason: str | None = None,
) -> QueueItem:
    """Open a new queue item for a claim nobody has asked about yet.

    `suggestion_reason`: why the suggested fact-check was not sent automatically (the
    contradiction guard's `Conflict.reason`), shown to the desk with the suggestion.
    """
    item = QueueItem(
        status=QueueStatus.OPEN,
        claim=claim,
        fingerprint=fingerprint,
        language=language,
        suggested_fact_check_id=suggested_fact_check_id,
        suggestion_reason=suggestion_reason if suggested_fact_check_id is not None else None,
    )
    session.add(item)
    await session.flush()
    return item


async def attach_tip(session: AsyncSession, item: QueueItem, tip: Tip) -> None:
    """Put a tip in an item; count its voter once.

    The count is computed in the database after the item's row is locked, never read, changed
    and written back: two tips joining at once (a Telegram and a WhatsApp voter, or two
    workers) would otherwise both write "n + 1" and lose a voter. On PostgreSQL the lock makes
    the second joiner wait, and its count statement (a new snapshot under READ COMMITTED) sees
    the first one's tip; SQLite has one writer at a time anyway.
    """
    item_id = item.id or 0
    await session.exec(select(QueueItem.id).where(QueueItem.id == item_id).with_for_update())
    tip.queue_item_id = item_id
    tip.status = TipStatus.QUEUED
    session.add(tip)
    if not item.claim and tip.text:
        item.claim = tip.text
    if item.fingerprint is None and tip.fingerprint:
        item.fingerprint = tip.fingerprint
    item.updated_at = utc_now()
    session.add(item)
    await session.flush()
    await session.exec(
        update(QueueItem)
        .where(col(QueueItem.id) == item_id)
        .values(request_count=distinct_voters(item_id))
    )
    await session.refresh(item, ["request_count"])


def distinct_voters(item_id: int) -> ScalarSelect[int]:
    """The SQL that counts the distinct voters with a tip in item `item_id`."""
    return (
        select(func.count(distinct(col(Tip.requester_id))))
        .where(Tip.queue_item_id == item_id)
        .scalar_subquery()
    )


async def count_distinct_voters(session: AsyncSession, item_id: int) -> int:
    """The distinct voters with a tip in item `item_id`, counted from the tips (the slow twin of
    the stored `request_count`)."""
    voters = (
        await session.exec(select(Tip.requester_id).where(Tip.queue_item_id == item_id))
    ).all()
    return len(set(voters))


async def get_item(session: AsyncSession, item_id: int) -> QueueItem | None:
    """The queue item with this id."""
    return await session.get(QueueItem, item_id)


async def open_items(session: AsyncSession, limit: int = 20) -> list[QueueLine]:
    """Open items, most-requested first, then oldest first."""
    rows = await session.exec(
        select(QueueItem)
        .where(QueueItem.status == QueueStatus.OPEN)
        .order_by(col(QueueItem.request_count).desc(), col(QueueItem.id))
        .limit(limit)
    )
    return [
        QueueLine(
            id=item.id or 0,
            request_count=item.request_count,
            claim=item.claim,
            has_image=item.fingerprint is not None,
            created_at=as_utc(item.created_at) or utc_now(),
            suggested_fact_check_id=item.suggested_fact_check_id,
            suggestion_reason=item.suggestion_reason,
        )
        for item in rows.all()
    ]


async def count_open(session: AsyncSession) -> int:
    """How many items wait for fact-checkers."""
    return (
        await session.exec(
            select(func.count()).select_from(QueueItem).where(QueueItem.status == QueueStatus.OPEN)
        )
    ).one()


async def open_item_keys(session: AsyncSession) -> list[tuple[int, str, str | None]]:
    """(item id, tip text, tip fingerprint) for every tip in an open item: the grouping index."""
    rows = await session.exec(
        select(Tip.queue_item_id, Tip.text, Tip.fingerprint)
        .join(QueueItem, col(QueueItem.id) == col(Tip.queue_item_id))
        .where(QueueItem.status == QueueStatus.OPEN)
    )
    return [(item_id, text, fp) for item_id, text, fp in rows.all() if item_id is not None]


async def item_tips(session: AsyncSession, item_id: int) -> list[Tip]:
    """Every tip in an item, oldest first."""
    rows = await session.exec(select(Tip).where(Tip.queue_item_id == item_id).order_by(col(Tip.id)))
    return list(rows.all())


async def item_requesters(session: AsyncSession, item_id: int) -> list[Requester]:
    """Each voter with a tip in the item, once."""
    rows = await session.exec(
        select(Requester)
        .where(col(Requester.id).in_(select(Tip.requester_id).where(Tip.queue_item_id == item_id)))
        .order_by(col(Requester.id))
    )
    return list(rows.all())


async def close_item(
    session: AsyncSession,
    item: QueueItem,
    *,
    status: QueueStatus,
    assignee: str,
    fact_check_id: int | None = None,
    reason: str | None = None,
) -> None:
    """Answer or dismiss an item, and every tip in it with it."""
    item.status = status
    item.assignee = assignee
    item.fact_check_id = fact_check_id
    item.dismiss_reason = reason
    item.closed_at = item.updated_at = utc_now()
    session.add(item)
    tip_status = TipStatus.ANSWERED if status is QueueStatus.ANSWERED else TipStatus.DISMISSED
    for tip in await item_tips(session, item.id or 0):
        tip.status = tip_status
        tip.fact_check_id = fact_check_id
        session.add(tip)
    await session.flush()
