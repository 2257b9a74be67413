"""What happened to a message once sent: the record that the platform took it, and the
statuses it reports later (delivered, read, failed).

A status can overtake the record of the send (the platform calls our webhook before the send's
transaction commits): such a status is kept in the inbox table under the channel's status name
(`factchecks.inbox.record_update`) and applied when the send is recorded (`mark_sent_all`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import bindparam, update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks.clock import utc_now
from factchecks.database import Database
from factchecks.inbox import mark_processed, record_update
from factchecks.models import DeliveryStatus, InboxUpdate, OutboxMessage, OutboxStatus
from factchecks.outbox import MAX_ERROR_CHARS

_OUTBOX = OutboxMessage.__table__  # type: ignore[attr-defined]


# Built once: every reply is recorded as sent (decision 119).
_MARK_SENT = (
    update(_OUTBOX)
    .where(_OUTBOX.c.id == bindparam("message"))
    .values(
        status=OutboxStatus.SENT.value,
        attempts=_OUTBOX.c.attempts + 1,
        sent_at=bindparam("at"),
        external_id=bindparam("platform_id"),
        delivery_status=bindparam("delivery"),
    )
)


async def mark_sent(
    db: Database, message_id: int, external_id: str | None = None, *, channel: str = ""
) -> None:
    """The platform accepted the message (and gave it `external_id`, when it says); statuses
    the platform (`channel`) reported before this record are applied."""
    async with db.transaction(brief=True) as session:
        await mark_sent_all(session, [(message_id, external_id, channel)])


async def mark_sent_all(
    session: AsyncSession, sent: Sequence[tuple[int, str | None, str]]
) -> list[None]:
    """`mark_sent` for several (message id, platform id, channel) inside the caller's
    transaction (shared: `factchecks.group_commit`): one statement records them all, and one
    looks for the statuses that overtook any of them."""
    if not sent:
        return []
    now = utc_now()
    await session.exec(
        _MARK_SENT,
        params=[
            {
                "message": message_id,
                "at": now,
                "platform_id": external_id,
                "delivery": DeliveryStatus.SENT.value if external_id else None,
            }
            for message_id, external_id, _ in sent
        ],
    )
    await _apply_early_statuses(session, [(m, x, c) for m, x, c in sent if x and c])
    return [None] * len(sent)


# Delivery statuses in the order a message goes through them; "failed" ends it.
_STATUS_RANK: dict[str, int] = {
    DeliveryStatus.SENT: 1,
    DeliveryStatus.DELIVERED: 2,
    DeliveryStatus.READ: 3,
    DeliveryStatus.FAILED: 4,
}


def _early_channel(channel: str) -> str:
    return f"{channel}:status"


# Built once: every send recorded looks for statuses that overtook it (each platform id and
# status is one row of the status channel: `record_delivery_status`).
_EARLY_ROWS = select(InboxUpdate).where(
    col(InboxUpdate.channel).in_(bindparam("early_channels", expanding=True)),
    col(InboxUpdate.external_id).in_(bindparam("early_ids", expanding=True)),
    col(InboxUpdate.processed_at).is_(None),
)


async def _apply_early_statuses(
    session: AsyncSession, sent: Sequence[tuple[int, str, str]]
) -> None:
    """Statuses that arrived before these sends were recorded (they can overtake `mark_sent`):
    (message id, platform id, channel) each. Looked up by their exact keys, one for each
    `DeliveryStatus` (every status a channel records); a platform id sent twice gets them on
    its first message, as one `mark_sent` after another would."""
    if not sent:
        return
    message_of: dict[tuple[str, str], int] = {}
    for message_id, external_id, channel in sent:
        for status in DeliveryStatus:
            key = (_early_channel(channel), f"{external_id}:{status.value}")
            message_of.setdefault(key, message_id)
    rows = (
        await session.exec(
            _EARLY_ROWS,
            params={
                "early_channels": sorted({early for early, _ in message_of}),
                "early_ids": sorted({key for _, key in message_of}),
            },
        )
    ).all()
    overtaken: dict[int, list[InboxUpdate]] = {}  # rare: nothing overtook most sends' record
    for row in rows:
        # The statement pairs every channel with every id: only the pairs asked for count.
        owner = message_of.get((row.channel, row.external_id))
        if owner is not None:
            overtaken.setdefault(owner, []).append(row)
    for message_id, early_rows in overtaken.items():
        await _apply_early_rows(session, message_id, early_rows)


async def _apply_early_rows(
    session: AsyncSession, message_id: int, rows: Sequence[InboxUpdate]
) -> None:
    """Apply to message `message_id` the statuses kept in `rows`, and mark them handled."""
    message = await session.get(OutboxMessage, message_id)
    if message is None:
        return
    for row in rows:
        early = json.loads(row.payload or "{}")
        current = _STATUS_RANK.get(message.delivery_status or "", 0)
        if "status" in early and _STATUS_RANK.get(early["status"], 0) >= current:
            message.delivery_status = early["status"]
            if early.get("error"):
                message.last_error = str(early["error"])[:MAX_ERROR_CHARS]
        row.processed_at = utc_now()
        session.add(row)
    session.add(message)


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
