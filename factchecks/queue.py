"""The fact-checkers' queue: tips about the same claim grouped into one item.

An item is open until fact-checkers answer it (with a new or an existing fact-check) or dismiss
it. Its `request_count` counts distinct voters, so one person resending a claim does not push it
up the queue.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import ColumnElement, ScalarSelect, distinct, func, or_, update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks.claim_tags import move_item_tags
from factchecks.clock import as_utc, utc_now
from factchecks.erasure import unerased
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
    suggestion_score: float | None = None  # the suggestion's match score, 0 to 1
    assignee: str | None = None  # who has taken it
    growth_last_hour: int = 0  # distinct voters whose tips joined in the last hour


@dataclass(frozen=True)
class QueueFilter:
    """Which open items `/queue` lists: all of them unless narrowed."""

    assignee: str | None = None  # only the items this fact-checker has taken ("mine")
    taken: bool | None = None  # True: taken by anyone; False: taken by nobody ("new")
    images: bool = False  # only items with a picture
    language: str | None = None  # only items with a tip in this language

    def clauses(self) -> list[ColumnElement[bool]]:
        """The WHERE clauses (over QueueItem) of open items matching this filter."""
        found: list[ColumnElement[bool]] = [col(QueueItem.status) == QueueStatus.OPEN]
        if self.assignee is not None:
            found.append(col(QueueItem.assignee) == self.assignee)
        if self.taken is True:
            found.append(col(QueueItem.assignee).is_not(None))
        if self.taken is False:
            found.append(col(QueueItem.assignee).is_(None))
        if self.images:
            found.append(col(QueueItem.fingerprint).is_not(None))
        if self.language is not None:
            in_language = select(Tip.queue_item_id).where(col(Tip.language) == self.language)
            found.append(col(QueueItem.id).in_(in_language))
        return found


GROWTH_WINDOW = timedelta(hours=1)


async def open_item(
    session: AsyncSession,
    *,
    claim: str,
    fingerprint: str | None,
    language: str | None,
    suggested_fact_check_id: int | None,
    suggestion_reason: str | None = None,
    suggestion_score: float | None = None,
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
        suggestion_score=suggestion_score if suggested_fact_check_id is not None else None,
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


class Hold(StrEnum):
    """Whether a fact-checker may work on an item now, and if not, why."""

    OK = "ok"
    NOT_FOUND = "not_found"
    CLOSED = "closed"
    TAKEN = "taken"  # someone else took it


@dataclass(frozen=True)
class Held:
    """The outcome of asking for an item: the item (when it exists) and whether it is ours."""

    hold: Hold
    item: QueueItem | None = None
    previous: str | None = None  # `take`: who held the item before (None: nobody)

    @property
    def holder(self) -> str | None:
        """Who has the item taken, if anyone."""
        return self.item.assignee if self.item is not None else None


async def hold_for_closing(session: AsyncSession, item_id: int, actor: str) -> Held:
    """Lock item `item_id` for `actor` to answer or dismiss: it must be open and not taken by
    someone else.

    A guarded UPDATE, not a read then a write: of two fact-checkers answering at once, the
    second waits for the first's transaction (PostgreSQL's row lock, SQLite's one writer) and
    then finds the item closed, so voters are never notified twice.
    """
    result = await session.exec(
        update(QueueItem)
        .execution_options(synchronize_session=False)
        .where(
            col(QueueItem.id) == item_id,
            col(QueueItem.status) == QueueStatus.OPEN,
            or_(col(QueueItem.assignee).is_(None), col(QueueItem.assignee) == actor),
        )
        .values(updated_at=utc_now())
    )
    item = await session.get(QueueItem, item_id, populate_existing=True)
    return Held(_why(result, item, actor), item)


async def take(session: AsyncSession, item_id: int, actor: str, *, over: bool) -> Held:
    """Assign item `item_id` to `actor` if it is open and free (or, with `over`, held by
    whoever held it when we looked: a compare-and-set, so a race is refused, not overwritten).

    `Hold.OK` with `previous`, whom it was taken from (the caller logs it).
    """
    item = await session.get(QueueItem, item_id)
    if item is None or item.status != QueueStatus.OPEN:
        return Held(Hold.NOT_FOUND if item is None else Hold.CLOSED, item)
    seen = item.assignee
    if seen == actor:
        return Held(Hold.OK, item, previous=actor)
    if seen is not None and not over:
        return Held(Hold.TAKEN, item)
    holder = col(QueueItem.assignee).is_(None) if seen is None else col(QueueItem.assignee) == seen
    result = await session.exec(
        update(QueueItem)
        .execution_options(synchronize_session=False)
        .where(col(QueueItem.id) == item_id, col(QueueItem.status) == QueueStatus.OPEN, holder)
        .values(assignee=actor, updated_at=utc_now())
    )
    if _rowcount(result):
        await session.refresh(item)
        return Held(Hold.OK, item, previous=seen)
    item = await session.get(QueueItem, item_id, populate_existing=True)
    return Held(_why(result, item, actor), item)


async def release(session: AsyncSession, item_id: int, actor: str) -> Held:
    """Unassign item `item_id`, which only the fact-checker holding it may do."""
    result = await session.exec(
        update(QueueItem)
        .execution_options(synchronize_session=False)
        .where(
            col(QueueItem.id) == item_id,
            col(QueueItem.status) == QueueStatus.OPEN,
            col(QueueItem.assignee) == actor,
        )
        .values(assignee=None, updated_at=utc_now())
    )
    item = await session.get(QueueItem, item_id, populate_existing=True)
    return Held(_why(result, item, actor), item)


def _rowcount(result: object) -> int:
    return int(getattr(result, "rowcount", 0))


def _why(result: object, item: QueueItem | None, actor: str) -> Hold:
    """Hold.OK when the guarded UPDATE changed the row, else why it did not."""
    if _rowcount(result):
        return Hold.OK
    if item is None:
        return Hold.NOT_FOUND
    if item.status != QueueStatus.OPEN:
        return Hold.CLOSED
    return Hold.TAKEN if item.assignee != actor else Hold.OK


async def open_items(
    session: AsyncSession,
    limit: int = 20,
    where: QueueFilter | None = None,
    now: datetime | None = None,
) -> list[QueueLine]:
    """Open items matching `where`: most-requested first, then fastest growing (distinct voters
    in the last hour), then oldest first."""
    since = (now or utc_now()) - GROWTH_WINDOW
    growth = (
        select(func.count(distinct(col(Tip.requester_id))))
        .where(col(Tip.queue_item_id) == col(QueueItem.id), col(Tip.received_at) >= since)
        .correlate(QueueItem)
        .scalar_subquery()
    )
    rows = await session.exec(
        select(QueueItem, growth.label("growth"))
        .where(*(where or QueueFilter()).clauses())
        .order_by(col(QueueItem.request_count).desc(), growth.desc(), col(QueueItem.id))
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
            suggestion_score=item.suggestion_score,
            assignee=item.assignee,
            growth_last_hour=int(recent or 0),
        )
        for item, recent in rows.all()
    ]


async def count_open(session: AsyncSession, where: QueueFilter | None = None) -> int:
    """How many items wait for fact-checkers (those matching `where`)."""
    clauses = (where or QueueFilter()).clauses()
    return (await session.exec(select(func.count()).select_from(QueueItem).where(*clauses))).one()


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
    return [
        (item_id, text, unerased(fp)) for item_id, text, fp in rows.all() if item_id is not None
    ]


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
    return _rowcount(result) == 1


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
        keep.suggested_fact_check_id = other.suggested_fact_check_id
        keep.suggestion_reason = other.suggestion_reason
        keep.suggestion_score = other.suggestion_score
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


async def split_off(session: AsyncSession, item: QueueItem, tip: Tip) -> QueueItem:
    """Move `tip` out of `item` into a new open item of its own (same suggestion)."""
    new = await open_item(
        session,
        claim=tip.text or tip.image_text or "",
        fingerprint=tip.fingerprint,
        language=tip.language,
        suggested_fact_check_id=item.suggested_fact_check_id,
        suggestion_reason=item.suggestion_reason,
        suggestion_score=item.suggestion_score,
    )
    tip.queue_item_id = new.id
    session.add(tip)
    await session.flush()
    await recount(session, new)
    await recount(session, item)
    note_change(session, IndexChangeKind.TIP_QUEUED, tip.id or 0)  # it now groups under `new`
    return new
