"""The fact-checkers' queue: tips about the same claim grouped into one item.

An item is open until fact-checkers answer it (with a new or an existing fact-check) or dismiss
it. Its `request_count` counts distinct voters, so one person resending a claim does not push it
up the queue.

This module opens, fills, reads, closes, merges and splits items; listing the open ones is in
`factchecks.queue_listing`, and taking, releasing and holding one in `factchecks.queue_holds`.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import ScalarSelect, distinct, func, or_, update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks.claim_tags import move_item_tags
from factchecks.clock import utc_now
from factchecks.index_changes import note_change
from factchecks.models import (
    ConversationState,
    IndexChangeKind,
    QueueItem,
    QueueStatus,
    Requester,
    Tip,
    TipStatus,
)
from factchecks.queue_holds import rowcount
from matching.conflicts import Conflict


async def open_item(
    session: AsyncSession,
    *,
    claim: str,
    fingerprint: str | None,
    language: str | None,
    suggested_fact_check_id: int | None,
    suggestion_conflict: Conflict | None = None,
    suggestion_score: float | None = None,
) -> QueueItem:
    """Open a new queue item for a claim nobody has asked about yet.

    `suggestion_conflict`: why the suggested fact-check was not sent automatically (the
    contradiction guard's finding), stored as its kind and values so that the desk reads it in
    its own language, and in English as `suggestion_reason` (what older code shows).
    """
    item = QueueItem(
        status=QueueStatus.OPEN,
        claim=claim,
        fingerprint=fingerprint,
        language=language,
        suggested_fact_check_id=suggested_fact_check_id,
        suggestion_score=suggestion_score if suggested_fact_check_id is not None else None,
    )
    if suggested_fact_check_id is not None and suggestion_conflict is not None:
        item.suggestion_conflict = suggestion_conflict.kind
        item.suggestion_message_value = suggestion_conflict.message_value
        item.suggestion_claim_value = suggestion_conflict.claim_value
        item.suggestion_reason = suggestion_conflict.reason
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
        .execution_options(synchronize_session=False)
        .where(col(QueueItem.id) == item_id)
        .values(request_count=distinct_voters(item_id))
    )
    await session.refresh(item, ["request_count"])
    # Every worker's grouping index learns the tip (factchecks.index_changes).
    note_change(session, IndexChangeKind.TIP_QUEUED, tip.id or 0)


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


async def item_tips(session: AsyncSession, item_id: int) -> list[Tip]:
    """Every tip in an item, oldest first."""
    rows = await session.exec(select(Tip).where(Tip.queue_item_id == item_id).order_by(col(Tip.id)))
    return list(rows.all())


async def item_requesters(session: AsyncSession, item_id: int) -> list[Requester]:
    """Each voter with a tip in the item, once; not those who asked to be forgotten."""
    rows = await session.exec(
        select(Requester)
        .where(col(Requester.id).in_(select(Tip.requester_id).where(Tip.queue_item_id == item_id)))
        .where(col(Requester.state) != ConversationState.FORGOTTEN)
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


async def recent_voters(session: AsyncSession, item_id: int, since: datetime) -> int:
    """Distinct voters with a tip in item `item_id` received since `since`."""
    return (
        await session.exec(
            select(func.count(distinct(col(Tip.requester_id)))).where(
                col(Tip.queue_item_id) == item_id, col(Tip.received_at) >= since
            )
        )
    ).one()


async def mark_alerted(
    session: AsyncSession, item_id: int, now: datetime, quiet: timedelta
) -> bool:
    """Record a burst alert for item `item_id` unless one was sent within `quiet`; whether this
    call is the one that may send it (a guarded UPDATE: two workers never both alert)."""
    result = await session.exec(
        update(QueueItem)
        .execution_options(synchronize_session=False)
        .where(
            col(QueueItem.id) == item_id,
            or_(col(QueueItem.alerted_at).is_(None), col(QueueItem.alerted_at) <= now - quiet),
        )
        .values(alerted_at=now)
    )
    return rowcount(result) == 1


async def recipients_of(
    session: AsyncSession, fact_check_id: int
) -> list[tuple[Requester, str | None]]:
    """Each voter who was sent fact-check `fact_check_id` (automatically or by the desk), once,
    with the language detected in their (first) tip answered with it; not those who asked to
    be forgotten."""
    rows = await session.exec(
        select(Requester, Tip.language)
        .join(Tip, col(Tip.requester_id) == col(Requester.id))
        .where(col(Tip.fact_check_id) == fact_check_id, col(Tip.status) == TipStatus.ANSWERED)
        .where(col(Requester.state) != ConversationState.FORGOTTEN)
        .order_by(col(Requester.id), col(Tip.id))
    )
    seen: dict[int, tuple[Requester, str | None]] = {}
    for requester, language in rows.all():
        seen.setdefault(requester.id or 0, (requester, language))
    return list(seen.values())


async def recount(session: AsyncSession, item: QueueItem) -> None:
    """Set `item`'s voter count from its tips, in SQL (after tips moved in or out)."""
    await session.exec(
        update(QueueItem)
        .execution_options(synchronize_session=False)
        .where(col(QueueItem.id) == item.id)
        .values(request_count=distinct_voters(item.id or 0), updated_at=utc_now())
    )
    await session.refresh(item)


async def merge_into(session: AsyncSession, keep: QueueItem, other: QueueItem) -> list[Tip]:
    """Move every tip of `other` into `keep` and close `other` as merged; the moved tips."""
    moved = await item_tips(session, other.id or 0)
    for tip in moved:
        tip.queue_item_id = keep.id
        session.add(tip)
    other.status = QueueStatus.MERGED
    other.merged_into_id = keep.id
    other.closed_at = other.updated_at = utc_now()
    if keep.suggested_fact_check_id is None and other.suggested_fact_check_id is not None:
        copy_suggestion(other, keep)
    if not keep.claim and other.claim:
        keep.claim = other.claim
    if keep.fingerprint is None and other.fingerprint is not None:
        keep.fingerprint = other.fingerprint
    session.add_all([keep, other])
    await session.flush()
    await move_item_tags(session, other.id or 0, keep.id or 0)
    await recount(session, keep)
    await recount(session, other)
    # Every worker's grouping index: the merged item is gone, its tips now group under `keep`.
    note_change(session, IndexChangeKind.ITEM_CLOSED, other.id or 0)
    for tip in moved:
        note_change(session, IndexChangeKind.TIP_QUEUED, tip.id or 0)
    return moved


def copy_suggestion(source: QueueItem, target: QueueItem) -> None:
    """Give `target` the suggestion of `source`: the fact-check, its score, and why it was held
    back (kind, values and English reason; an item stored before 0017 has only the reason)."""
    target.suggested_fact_check_id = source.suggested_fact_check_id
    target.suggestion_score = source.suggestion_score
    target.suggestion_conflict = source.suggestion_conflict
    target.suggestion_message_value = source.suggestion_message_value
    target.suggestion_claim_value = source.suggestion_claim_value
    target.suggestion_reason = source.suggestion_reason


async def split_off(session: AsyncSession, item: QueueItem, tip: Tip) -> QueueItem:
    """Move `tip` out of `item` into a new open item of its own (same suggestion)."""
    new = await open_item(
        session,
        claim=tip.text or tip.image_text or "",
        fingerprint=tip.fingerprint,
        language=tip.language,
        suggested_fact_check_id=None,
    )
    copy_suggestion(item, new)
    tip.queue_item_id = new.id
    session.add(tip)
    await session.flush()
    await recount(session, new)
    await recount(session, item)
    note_change(session, IndexChangeKind.TIP_QUEUED, tip.id or 0)  # it now groups under `new`
    return new
