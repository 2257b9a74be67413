"""Listing the queue's open items: `/queue`'s lines (filtered, most-requested first), their count,
and the tips the grouping index keys on.

Only reads. Kept apart from `factchecks.queue` (which opens, fills, closes, merges and splits
items) so that what the desk sees, and how it is narrowed and ordered, is in one place.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, distinct, func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks.clock import as_utc, utc_now
from factchecks.erasure import unerased
from factchecks.models import QueueItem, QueueStatus, Tip
from matching.conflicts import Conflict


@dataclass(frozen=True)
class QueueLine:
    """One open item as `/queue` lists it."""

    id: int
    request_count: int
    claim: str
    has_image: bool
    created_at: datetime
    suggested_fact_check_id: int | None
    # Why the suggestion was not answered automatically, if known: the contradiction guard's
    # finding, or only its English words for an item stored before findings were (0017).
    suggestion_conflict: Conflict | None = None
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
            suggestion_conflict=held_back_by(item),
            suggestion_reason=item.suggestion_reason,
            suggestion_score=item.suggestion_score,
            assignee=item.assignee,
            growth_last_hour=int(recent or 0),
        )
        for item, recent in rows.all()
    ]


def held_back_by(item: QueueItem) -> Conflict | None:
    """The contradiction guard's finding that held `item`'s suggestion back, from its stored
    kind and values; None without one, or for an item stored before they were (0017)."""
    if item.suggestion_conflict is None:
        return None
    return Conflict(
        item.suggestion_conflict,
        item.suggestion_message_value or "",
        item.suggestion_claim_value or "",
    )


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
