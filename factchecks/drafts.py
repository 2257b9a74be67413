"""Two-person review drafts: stored, listed, and decided once (a guarded UPDATE, so two
reviewers approving at once never both run it)."""

from __future__ import annotations

import json
from collections.abc import Mapping

from sqlalchemy import update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks.clock import utc_now
from factchecks.models import DeskActionKind, DeskDraft, DraftStatus


async def save(
    session: AsyncSession,
    *,
    item_id: int,
    author: str,
    action: DeskActionKind,
    payload: Mapping[str, str],
) -> DeskDraft:
    """Store a pending draft and return it (with its id)."""
    draft = DeskDraft(
        queue_item_id=item_id,
        author=author,
        action=action,
        payload=json.dumps(dict(payload), ensure_ascii=False),
        status=DraftStatus.PENDING,
    )
    session.add(draft)
    await session.flush()
    return draft


async def pending_for(session: AsyncSession, item_id: int) -> DeskDraft | None:
    """The draft waiting for review on item `item_id`, if any."""
    return (
        await session.exec(
            select(DeskDraft).where(
                col(DeskDraft.queue_item_id) == item_id,
                col(DeskDraft.status) == DraftStatus.PENDING,
            )
        )
    ).first()


async def pending(session: AsyncSession, limit: int = 20) -> list[DeskDraft]:
    """Drafts waiting for review, oldest first."""
    rows = await session.exec(
        select(DeskDraft)
        .where(col(DeskDraft.status) == DraftStatus.PENDING)
        .order_by(col(DeskDraft.id))
        .limit(limit)
    )
    return list(rows.all())


async def decide(
    session: AsyncSession, draft_id: int, status: DraftStatus, reviewer: str, reason: str | None
) -> bool:
    """Mark a pending draft approved or rejected; False if it was no longer pending."""
    result = await session.exec(
        update(DeskDraft)
        .execution_options(synchronize_session=False)
        .where(col(DeskDraft.id) == draft_id, col(DeskDraft.status) == DraftStatus.PENDING)
        .values(status=status, reviewer=reviewer, reason=reason, decided_at=utc_now())
    )
    return int(getattr(result, "rowcount", 0)) == 1


def payload_of(draft: DeskDraft) -> dict[str, str]:
    """The draft's command values."""
    return {str(key): str(value) for key, value in json.loads(draft.payload).items()}
