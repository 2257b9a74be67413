"""The inbox: every platform update is recorded once, before it is acted on.

`record_update` returns False for an update already seen (same channel and external id), which
is how a redelivered update is answered once. The unique constraint does the deciding, so two
deliveries racing each other still produce one row.
"""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from factchecks.clock import utc_now
from factchecks.database import Database
from factchecks.models import InboxUpdate


async def record_update(db: Database, channel: str, external_id: str, payload: str) -> bool:
    """Store an update; False when this channel already delivered this id."""
    try:
        async with db.transaction() as session:
            session.add(InboxUpdate(channel=channel, external_id=external_id, payload=payload))
    except IntegrityError:
        return False
    return True


async def mark_processed(db: Database, channel: str, external_id: str) -> None:
    """Note that an update has been fully handled."""
    async with db.transaction() as session:
        row = (
            await session.exec(
                select(InboxUpdate).where(
                    InboxUpdate.channel == channel, InboxUpdate.external_id == external_id
                )
            )
        ).first()
        if row is not None:
            row.processed_at = utc_now()
            session.add(row)


async def unprocessed_updates(db: Database, channel: str) -> list[InboxUpdate]:
    """Updates received but never marked processed (a crash in between), oldest first."""
    async with db.session() as session:
        rows = await session.exec(
            select(InboxUpdate)
            .where(InboxUpdate.channel == channel, InboxUpdate.processed_at.is_(None))  # type: ignore[union-attr]
            .order_by(InboxUpdate.id)  # type: ignore[arg-type]
        )
        return list(rows.all())
