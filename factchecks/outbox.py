"""The outbox: messages to voters and fact-checkers, stored in the same transaction as the change
that caused them, so a restart never loses a notification and a rollback never sends one.

A sender (see `bot.delivery`) takes due messages, sends them at the platform's pace, and marks
each one sent (`factchecks.delivery_records`), due again later (a transient failure), or failed
(a permanent one).

This module holds the messages themselves: adding one, reading them, and recording a failed
attempt. Which message each worker may send next (fair, paced per chat) and the claim that makes
it one worker's alone are in `factchecks.outbox_claims`; messages held while WhatsApp's 24-hour
window is closed are in `factchecks.outbox_holds`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks.clock import as_utc, utc_now
from factchecks.database import Database
from factchecks.models import OutboxMessage, OutboxStatus

MAX_ERROR_CHARS = 500


@dataclass(frozen=True)
class Recipient:
    """What a message's page read of its recipient (the voter who last wrote from its address):
    their languages and when they last wrote. All None when nobody wrote from it."""

    language: str | None
    language_hint: str | None
    region_language: str | None
    last_inbound_at: datetime | None


@dataclass(frozen=True)
class PendingMessage:
    """A message due to be sent: a reply value (JSON, as the bot encoded it) to render now."""

    id: int
    channel: str
    address: str
    reply: str | None  # None only for rows written before replies were stored as values
    attempts: int
    language: str | None = None  # the language the reply was meant in when it was queued
    text: str | None = None  # the finished text of such an older row
    # Read with the message (`due_per_chat`), a moment before it is sent; None: not read yet.
    recipient: Recipient | None = None


def enqueue(
    session: AsyncSession,
    *,
    channel: str,
    address: str,
    reply: str,
    language: str | None = None,
) -> OutboxMessage:
    """Add a reply value to the outbox inside the caller's transaction.

    `language` is the recipient's language as known now (their message's, say); the channel
    renders the reply when it sends, in their language at that moment.
    """
    message = OutboxMessage(
        channel=channel,
        address=address,
        reply=reply,
        status=OutboxStatus.PENDING,
        language=language,
    )
    session.add(message)
    return message


def pending(row: OutboxMessage, recipient: Recipient | None = None) -> PendingMessage:
    """A stored row as a message to send (with its recipient, when read with it)."""
    return PendingMessage(
        id=row.id or 0,
        channel=row.channel,
        address=row.address,
        reply=row.reply,
        attempts=row.attempts,
        language=row.language,
        text=row.text,
        recipient=recipient,
    )


async def reply_of(db: Database, message_id: int) -> str | None:
    """The reply value stored in outbox message `message_id` (to show it again, paged on)."""
    async with db.session() as session:
        row = await session.get(OutboxMessage, message_id)
        return row.reply if row is not None else None


async def due_messages(db: Database, channel: str, limit: int = 100) -> list[PendingMessage]:
    """Pending messages whose time has come, oldest first."""
    async with db.session() as session:
        rows = await session.exec(
            select(OutboxMessage)
            .where(
                OutboxMessage.channel == channel,
                OutboxMessage.status == OutboxStatus.PENDING,
                col(OutboxMessage.next_attempt_at) <= utc_now(),
            )
            .order_by(col(OutboxMessage.id))
            .limit(limit)
        )
        return [pending(row) for row in rows.all()]


async def pending_channels(db: Database) -> set[str]:
    """The channels with messages waiting (due or not): a pass skips the others cheaply."""
    async with db.read() as session:
        return set((await session.exec(_PENDING_CHANNELS)).all())


# Built once, like the delivery loop's other statements (`factchecks.outbox_claims`).
_PENDING_CHANNELS = (
    select(OutboxMessage.channel).where(OutboxMessage.status == OutboxStatus.PENDING).distinct()
)


async def outbox_backlog(db: Database, now: datetime | None = None) -> tuple[int, float]:
    """How many messages wait to be sent (pending or being sent, every channel), and how long
    the oldest of them has waited in seconds (0 when none): for the metrics."""
    now = now or utc_now()
    async with db.session() as session:
        count, oldest = (
            await session.exec(
                select(func.count(), func.min(OutboxMessage.created_at)).where(
                    col(OutboxMessage.status).in_([OutboxStatus.PENDING, OutboxStatus.SENDING])
                )
            )
        ).one()
    oldest_at = as_utc(oldest)
    age = (now - oldest_at).total_seconds() if oldest_at is not None else 0.0
    return int(count), max(age, 0.0)


async def retry_later(db: Database, message_id: int, delay_s: float, error: str) -> None:
    """A transient failure: try again after `delay_s` seconds (due again even if it was held)."""
    async with db.transaction() as session:
        message = await session.get(OutboxMessage, message_id)
        if message is not None:
            message.status = OutboxStatus.PENDING
            message.attempts += 1
            message.last_error = error[:MAX_ERROR_CHARS]
            message.next_attempt_at = utc_now() + timedelta(seconds=delay_s)
            session.add(message)


async def mark_failed(db: Database, message_id: int, error: str) -> None:
    """A permanent failure (blocked bot, deleted chat): keep the row and the reason, stop trying."""
    async with db.transaction() as session:
        message = await session.get(OutboxMessage, message_id)
        if message is not None:
            message.status = OutboxStatus.FAILED
            message.attempts += 1
            message.last_error = error[:MAX_ERROR_CHARS]
            session.add(message)
