"""The outbox: messages to voters and fact-checkers, stored in the same transaction as the change
that caused them, so a restart never loses a notification and a rollback never sends one.

A sender (see `bot.delivery`) takes due messages, sends them at the platform's pace, and marks
each one sent, due again later (a transient failure), or failed (a permanent one).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks.clock import as_utc, utc_now
from factchecks.database import Database
from factchecks.inbox import mark_processed, record_update
from factchecks.models import DeliveryStatus, InboxUpdate, OutboxMessage, OutboxStatus

MAX_ERROR_CHARS = 500


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


def pending(row: OutboxMessage) -> PendingMessage:
    """A stored row as a message to send."""
    return PendingMessage(
        id=row.id or 0,
        channel=row.channel,
        address=row.address,
        reply=row.reply,
        attempts=row.attempts,
        language=row.language,
        text=row.text,
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


async def next_due_at(db: Database, channel: str) -> datetime | None:
    """When the earliest pending message falls due, or None when nothing is pending."""
    async with db.session() as session:
        row = (
            await session.exec(
                select(OutboxMessage.next_attempt_at)
                .where(
                    OutboxMessage.channel == channel,
                    OutboxMessage.status == OutboxStatus.PENDING,
                )
                .order_by(col(OutboxMessage.next_attempt_at))
                .limit(1)
            )
        ).first()
        return as_utc(row)


async def mark_sent(db: Database, message_id: int, external_id: str | None = None) -> None:
    """The platform accepted the message (and gave it `external_id`, when it says)."""
    async with db.transaction() as session:
        message = await session.get(OutboxMessage, message_id)
        if message is not None:
            message.status = OutboxStatus.SENT
            message.attempts += 1
            message.sent_at = utc_now()
            message.external_id = external_id
            message.delivery_status = DeliveryStatus.SENT if external_id else None
            if external_id:
                await _apply_early_statuses(session, message, external_id)
            session.add(message)


# Delivery statuses in the order a message goes through them; "failed" ends it.
_STATUS_RANK: dict[str, int] = {
    DeliveryStatus.SENT: 1,
    DeliveryStatus.DELIVERED: 2,
    DeliveryStatus.READ: 3,
    DeliveryStatus.FAILED: 4,
}


def _early_channel(channel: str) -> str:
    return f"{channel}:status"


async def _apply_early_statuses(
    session: AsyncSession, message: OutboxMessage, external_id: str
) -> None:
    """Statuses that arrived before this send was recorded (they can overtake `mark_sent`)."""
    rows = (
        await session.exec(
            select(InboxUpdate).where(
                InboxUpdate.channel == _early_channel(message.channel),
                col(InboxUpdate.external_id).startswith(external_id + ":"),
                col(InboxUpdate.processed_at).is_(None),
            )
        )
    ).all()
    for row in rows:
        early = json.loads(row.payload or "{}")
        current = _STATUS_RANK.get(message.delivery_status or "", 0)
        if "status" in early and _STATUS_RANK.get(early["status"], 0) >= current:
            message.delivery_status = early["status"]
            if early.get("error"):
                message.last_error = str(early["error"])[:MAX_ERROR_CHARS]
        row.processed_at = utc_now()
        session.add(row)


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


async def release_held(session: AsyncSession, channel: str, address: str) -> int:
    """The voter wrote again: their held messages are due now. Returns how many."""
    rows = await session.exec(
        select(OutboxMessage).where(
            OutboxMessage.channel == channel,
            OutboxMessage.address == address,
            OutboxMessage.status == OutboxStatus.HELD,
        )
    )
    released = 0
    for message in rows.all():
        message.status = OutboxStatus.PENDING
        message.next_attempt_at = utc_now()
        session.add(message)
        released += 1
    return released


async def record_delivery_status(
    db: Database, channel: str, external_id: str, status: str, error: str | None = None
) -> OutboxMessage | None:
    """What the platform reported about a sent message (delivered, read, failed...).

    A status for a message not (yet) known is kept and applied by `mark_sent`: the platform can
    report on a message before our record of sending it is committed.
    """
    message = await _apply_status(db, channel, external_id, status, error)
    if message is not None:
        return message
    payload = json.dumps({"status": status, "error": error})
    if not await record_update(db, _early_channel(channel), f"{external_id}:{status}", payload):
        return None  # the same status again
    # `mark_sent` may have committed between our look and our record: look once more.
    message = await _apply_status(db, channel, external_id, status, error)
    if message is not None:
        await mark_processed(db, _early_channel(channel), f"{external_id}:{status}")
    return message


async def _apply_status(
    db: Database, channel: str, external_id: str, status: str, error: str | None
) -> OutboxMessage | None:
    async with db.transaction() as session:
        message = (
            await session.exec(
                select(OutboxMessage).where(
                    OutboxMessage.channel == channel, OutboxMessage.external_id == external_id
                )
            )
        ).first()
        if message is not None:
            if _STATUS_RANK.get(status, 0) >= _STATUS_RANK.get(message.delivery_status or "", 0):
                message.delivery_status = status
            if error:
                message.last_error = error[:MAX_ERROR_CHARS]
            session.add(message)
        return message
