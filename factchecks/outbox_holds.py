"""Messages held while a voter's WhatsApp 24-hour window is closed, and released as soon as they
write again (decision 119).

Kept apart from `factchecks.outbox` (adding, reading and failing messages) because holding is the
rule of one platform's window, decided by the sender and undone by the inbound path.
"""

from __future__ import annotations

from sqlalchemy import bindparam, update
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks.clock import utc_now
from factchecks.database import Database
from factchecks.models import OutboxMessage, OutboxStatus

_OUTBOX = OutboxMessage.__table__  # type: ignore[attr-defined]


async def hold(db: Database, message_id: int) -> None:
    """Keep a message until the voter writes again (WhatsApp's 24-hour window has closed)."""
    async with db.transaction() as session:
        message = await session.get(OutboxMessage, message_id)
        if message is not None:
            message.status = OutboxStatus.HELD
            session.add(message)


async def has_held(db: Database, channel: str, address: str) -> bool:
    """Whether messages already wait for this voter (so they were sent a template already)."""
    async with db.session() as session:
        row = (
            await session.exec(
                select(OutboxMessage.id).where(
                    OutboxMessage.channel == channel,
                    OutboxMessage.address == address,
                    OutboxMessage.status == OutboxStatus.HELD,
                )
            )
        ).first()
        return row is not None


# Built once: every message a voter sends releases what was held for them (decision 119).
_RELEASE_HELD = (
    update(_OUTBOX)
    .where(
        _OUTBOX.c.status == OutboxStatus.HELD.value,
        _OUTBOX.c.channel == bindparam("on_channel"),
        _OUTBOX.c.address == bindparam("for_address"),
    )
    .values(status=OutboxStatus.PENDING.value, next_attempt_at=bindparam("now"))
)


async def release_held(session: AsyncSession, channel: str, address: str) -> int:
    """The voter wrote again: their held messages are due now. Returns how many."""
    result = await session.exec(
        _RELEASE_HELD, params={"on_channel": channel, "for_address": address, "now": utc_now()}
    )
    return int(result.rowcount or 0)
