"""Retention: what identifies a voter, or what they wrote, is kept no longer than it is needed.

One pass (`purge`) runs every kind of expiry in `EXPIRIES`, in order, in one transaction, and
returns how many of each went (counts only, never an identifier). Each kind is one small function
`(ExpiryPass) -> int` that counts what it would remove and, unless the pass is a dry run, removes
it; a dry run therefore reports exactly what the real pass would do, and changes nothing.

What goes, and what stays (docs/privacy.md):
- reply addresses of voters who have not written for `address_days` (90): `requester.address`
  becomes NULL (they cannot be reached until they write again); for WhatsApp the calling code
  (a country, 1-3 digits) is kept in `requester.calling_code` so the trend reports' regions do
  not change. Every outbox message to such an address goes with it, sent or pending: they hold
  the address, and a pending one could no longer be delivered anyway.
- sent and failed outbox messages older than `address_days`, whoever they went to.
- handled inbox rows older than `address_days` (keyed ids only: their use, recognising a
  platform's redelivery, is over within days).
- tip texts older than `tip_text_days` (365) unless the tip is attached to a published
  fact-check (directly, or through its answered queue item): `text` becomes "" and a non-empty
  `image_text` becomes `EXPIRED_TEXT`, so the row, and every count the reports make from it
  (channel, language, media type, outcome, voter), stays as it was.
- media older than `media_days` (30): see `expire_media`, the place where the tip pictures'
  table plugs in.

The caller gives `now` (the settable clock): tests jump past a retention period by passing a
later time.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import ColumnElement, and_, case, delete, exists, func, or_, update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks import tip_pictures
from factchecks.clock import as_utc
from factchecks.database import Database
from factchecks.models import (
    InboxStatus,
    InboxUpdate,
    OutboxMessage,
    OutboxStatus,
    PurgeRun,
    QueueItem,
    Requester,
    Tip,
)
from factchecks.reports.regions import calling_code_sql

# What a non-empty `tip.image_text` becomes when it expires: non-empty, so the reports still
# count the tip as a screenshot (text read from a picture), and saying nothing of the text.
EXPIRED_TEXT = "[expired]"
WHATSAPP = "whatsapp"


class ExpiryKind(StrEnum):
    """What a retention pass removes; the keys of its counts. Persisted by value (purge_run)."""

    MEDIA = "media"
    MESSAGES_TO_EXPIRED_ADDRESSES = "messages_to_expired_addresses"
    OLD_SENT_MESSAGES = "old_sent_messages"
    REPLY_ADDRESSES = "reply_addresses"
    HANDLED_INBOX_ROWS = "handled_inbox_rows"
    TIP_TEXTS = "tip_texts"


@dataclass(frozen=True)
class RetentionPolicy:
    """How long each kind is kept, in days (from `Settings`: TIPLINE_RETAIN_*)."""

    media_days: int = 30
    address_days: int = 90  # after the voter's last message
    tip_text_days: int = 365  # unless the tip is attached to a published fact-check


@dataclass(frozen=True)
class ExpiryPass:
    """One pass's context: its session, its time, the policy, and whether it only counts."""

    session: AsyncSession
    now: datetime
    policy: RetentionPolicy
    dry_run: bool

    def before(self, days: int) -> datetime:
        """The cutoff `days` before `now`: what is older goes."""
        return self.now - timedelta(days=days)


Expiry = Callable[[ExpiryPass], Awaitable[int]]


async def _count(session: AsyncSession, model: Any, where: ColumnElement[bool]) -> int:
    found = (await session.exec(select(func.count()).select_from(model).where(where))).one()
    return int(found)


def _expiring_address(cutoff: datetime) -> ColumnElement[bool]:
    """Requesters whose reply address expires at `cutoff`."""
    return and_(col(Requester.address).is_not(None), col(Requester.last_inbound_at) < cutoff)


def _to_expiring_address(cutoff: datetime) -> ColumnElement[bool]:
    """Outbox rows to an address that expires now, and that no voter who wrote since holds
    (the same chat may be two requesters after a key rotation)."""
    same_chat = and_(
        col(Requester.channel) == col(OutboxMessage.channel),
        col(Requester.address) == col(OutboxMessage.address),
    )
    expiring = exists().where(same_chat, col(Requester.last_inbound_at) < cutoff)
    fresh = exists().where(same_chat, col(Requester.last_inbound_at) >= cutoff)
    return and_(expiring, ~fresh)


async def expire_media(run: ExpiryPass) -> int:
    """Pictures voters sent (kept for the desk's `/show`, `factchecks.tip_pictures`) stored
    before `media_days`; the tips keep their fingerprints, which show nothing of the picture and
    which the reports count by."""
    cutoff = run.before(run.policy.media_days)
    if run.dry_run:
        return await tip_pictures.count_pictures_before(run.session, cutoff)
    return await tip_pictures.delete_pictures_before(run.session, cutoff)


async def expire_messages_to_expired_addresses(run: ExpiryPass) -> int:
    """Every outbox message to a reply address that expires in this pass, whatever its state:
    the voter can no longer be reached, and the row holds the address."""
    where = _to_expiring_address(run.before(run.policy.address_days))
    found = await _count(run.session, OutboxMessage, where)
    if found and not run.dry_run:
        await run.session.exec(
            delete(OutboxMessage).where(where).execution_options(synchronize_session=False)
        )
    return found


async def expire_old_sent_messages(run: ExpiryPass) -> int:
    """Sent or failed outbox messages older than `address_days` (to the desk too)."""
    cutoff = run.before(run.policy.address_days)
    where = and_(
        col(OutboxMessage.status).in_([OutboxStatus.SENT, OutboxStatus.FAILED]),
        col(OutboxMessage.created_at) < cutoff,
        ~_to_expiring_address(cutoff),  # counted by the kind above
    )
    found = await _count(run.session, OutboxMessage, where)
    if found and not run.dry_run:
        await run.session.exec(
            delete(OutboxMessage).where(where).execution_options(synchronize_session=False)
        )
    return found


async def expire_reply_addresses(run: ExpiryPass) -> int:
    """Reply addresses of voters silent for `address_days`; a WhatsApp voter's calling code
    stays, for the reports' regions."""
    where = _expiring_address(run.before(run.policy.address_days))
    found = await _count(run.session, Requester, where)
    if found and not run.dry_run:
        address = cast(ColumnElement[str], col(Requester.address))
        code = case(
            (col(Requester.channel) == WHATSAPP, func.nullif(calling_code_sql(address), "")),
            else_=None,
        )
        await run.session.exec(
            update(Requester)
            .where(where)
            .values(calling_code=code, address=None)
            .execution_options(synchronize_session=False)
        )
    return found


async def expire_handled_inbox_rows(run: ExpiryPass) -> int:
    """Inbox rows handled (or given up on) more than `address_days` ago, and early delivery
    statuses as old (`factchecks.delivery_records`: they sit in the inbox under
    "<channel>:status")."""
    where = and_(
        col(InboxUpdate.received_at) < run.before(run.policy.address_days),
        or_(
            col(InboxUpdate.status).in_([InboxStatus.DONE, InboxStatus.FAILED]),
            col(InboxUpdate.channel).endswith(":status"),
        ),
    )
    found = await _count(run.session, InboxUpdate, where)
    if found and not run.dry_run:
        await run.session.exec(
            delete(InboxUpdate).where(where).execution_options(synchronize_session=False)
        )
    return found


async def expire_tip_texts(run: ExpiryPass) -> int:
    """Texts of tips older than `tip_text_days`, unless attached to a published fact-check.

    The row stays (the reports count it); only what the voter wrote goes."""
    answered_item = exists().where(
        col(QueueItem.id) == col(Tip.queue_item_id), col(QueueItem.fact_check_id).is_not(None)
    )
    image_text = col(Tip.image_text)
    where = and_(
        col(Tip.text_expired_at).is_(None),
        col(Tip.received_at) < run.before(run.policy.tip_text_days),
        col(Tip.fact_check_id).is_(None),
        ~answered_item,
        or_(col(Tip.text) != "", and_(image_text.is_not(None), image_text != "")),
    )
    found = await _count(run.session, Tip, where)
    if found and not run.dry_run:
        await run.session.exec(
            update(Tip)
            .where(where)
            .values(
                text="",
                image_text=case(
                    (and_(image_text.is_not(None), image_text != ""), EXPIRED_TEXT),
                    else_=image_text,
                ),
                text_expired_at=run.now,
            )
            .execution_options(synchronize_session=False)
        )
    return found


# Every kind, in the order a pass runs them: messages to expiring addresses before the
# addresses themselves (they are found by the address).
EXPIRIES: tuple[tuple[ExpiryKind, Expiry], ...] = (
    (ExpiryKind.MEDIA, expire_media),
    (ExpiryKind.MESSAGES_TO_EXPIRED_ADDRESSES, expire_messages_to_expired_addresses),
    (ExpiryKind.OLD_SENT_MESSAGES, expire_old_sent_messages),
    (ExpiryKind.REPLY_ADDRESSES, expire_reply_addresses),
    (ExpiryKind.HANDLED_INBOX_ROWS, expire_handled_inbox_rows),
    (ExpiryKind.TIP_TEXTS, expire_tip_texts),
)


async def purge(
    db: Database, policy: RetentionPolicy, now: datetime, *, dry_run: bool = False
) -> dict[ExpiryKind, int]:
    """Run every expiry in one transaction; how many of each kind went (or would go).

    A real pass is recorded in `purge_run` (its time and counts), which the daily job reads."""
    counts: dict[ExpiryKind, int] = {}
    async with db.transaction() as session:
        run = ExpiryPass(session, now, policy, dry_run)
        for kind, expiry in EXPIRIES:
            counts[kind] = await expiry(run)
        if not dry_run:
            session.add(PurgeRun(ran_at=now, counts=json.dumps(counts, sort_keys=True)))
    return counts


async def last_run_at(db: Database) -> datetime | None:
    """When the last real pass ran, if ever."""
    async with db.session() as session:
        found = (await session.exec(select(func.max(PurgeRun.ran_at)))).one()
    return as_utc(found)
