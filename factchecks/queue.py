"""The fact-checkers' queue: tips about the same claim grouped into one item.

An item is open until fact-checkers answer it (with a new or an existing fact-check) or dismiss
it. Its `request_count` counts distinct voters, so one person resending a claim does not push it
up the queue.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks.clock import as_utc, utc_now
from factchecks.index_changes import note_change
from factchecks.models import IndexChangeKind, QueueItem, QueueStatus, Requester, Tip, TipStatus


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
    """Put a tip in an item; count its voter once."""
    already = (
        await session.exec(
            select(func.count())
            .select_from(Tip)
            .where(Tip.queue_item_id == item.id, Tip.requester_id == tip.requester_id)
        )
    ).one()
    tip.queue_item_id = item.id
    tip.status = TipStatus.QUEUED
    session.add(tip)
    if not already:
        item.request_count += 1
    if not item.claim and tip.text:
        item.claim = tip.text
    if item.fingerprint is None and tip.fingerprint:
        item.fingerprint = tip.fingerprint
    item.updated_at = utc_now()
    session.add(item)
    await session.flush()
    # Every worker's grouping index learns the tip (factchecks.index_changes).
    note_change(session, IndexChangeKind.TIP_QUEUED, tip.id or 0)


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


async def open_item_keys(
    session: AsyncSession, tip_ids: Collection[int] | None = None
) -> list[tuple[int, str, str | None]]:
    """(item id, tip text, tip fingerprint) for every tip in an open item: the grouping index;
    only for the tips `tip_ids` when given (to bring a running index up to date)."""
    query = (
        select(Tip.queue_item_id, Tip.text, Tip.fingerprint)
        .join(QueueItem, col(QueueItem.id) == col(Tip.queue_item_id))
        .where(QueueItem.status == QueueStatus.OPEN)
    )
    if tip_ids is not None:
        query = query.where(col(Tip.id).in_(tip_ids))
    rows = await session.exec(query)
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
    note_change(session, IndexChangeKind.ITEM_CLOSED, item.id or 0)
