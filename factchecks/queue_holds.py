"""Holding a queue item: who may work on it now (`/take`, `/release`, and the lock taken before
answering or dismissing).

Each is a guarded UPDATE that refuses rather than overwrites when two fact-checkers race for one
item. Kept apart from `factchecks.queue` (opening, filling, closing, merging and splitting items)
because the race rules and their outcome (`Hold`, `Held`) are a concern of their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import ColumnElement, or_, update
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks.clock import utc_now
from factchecks.models import QueueItem, QueueStatus


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
    holder = or_(col(QueueItem.assignee).is_(None), col(QueueItem.assignee) == actor)
    result = await _if_open(session, item_id, holder)
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
    result = await _if_open(session, item_id, holder, assignee=actor)
    if rowcount(result):
        await session.refresh(item)
        return Held(Hold.OK, item, previous=seen)
    item = await session.get(QueueItem, item_id, populate_existing=True)
    return Held(_why(result, item, actor), item)


async def release(session: AsyncSession, item_id: int, actor: str) -> Held:
    """Unassign item `item_id`, which only the fact-checker holding it may do."""
    result = await _if_open(session, item_id, col(QueueItem.assignee) == actor, assignee=None)
    item = await session.get(QueueItem, item_id, populate_existing=True)
    return Held(_why(result, item, actor), item)


async def _if_open(
    session: AsyncSession, item_id: int, holder: ColumnElement[bool], **values: object
) -> object:
    """The guarded UPDATE each hold is: item `item_id`, if it is open and `holder` holds, gets
    `values` and a new `updated_at`. The result's `rowcount` says whether it did."""
    return await session.exec(
        update(QueueItem)
        .execution_options(synchronize_session=False)
        .where(col(QueueItem.id) == item_id, col(QueueItem.status) == QueueStatus.OPEN, holder)
        .values(updated_at=utc_now(), **values)
    )


def rowcount(result: object) -> int:
    return int(getattr(result, "rowcount", 0))


def _why(result: object, item: QueueItem | None, actor: str) -> Hold:
    """Hold.OK when the guarded UPDATE changed the row, else why it did not."""
    if rowcount(result):
        return Hold.OK
    if item is None:
        return Hold.NOT_FOUND
    if item.status != QueueStatus.OPEN:
        return Hold.CLOSED
    return Hold.TAKEN if item.assignee != actor else Hold.OK
