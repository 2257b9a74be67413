"""Which due outbox messages may be sent now, and the claim that makes one a single worker's.

Fair and shared by any number of workers:
- `due_per_chat` reads at most one message per chat (its oldest due one), and only for chats
  whose last attempt is at least the per-chat gap ago, the longest-waiting chat first: one
  voter's backlog never fills the page and holds back everyone else's replies.
- `claim` marks a message `sending` with its attempt time, in one conditional UPDATE that also
  checks the chat's gap and that nothing else of that chat is in flight. Only one worker's claim
  succeeds, so no message is sent twice by two workers, and the per-chat pacing state is the
  `attempted_at` column every worker reads (on PostgreSQL an advisory lock per chat serialises
  the check with the write).
- A message still `sending` after `SENDING_LEASE` was claimed by a worker that died between
  the claim and its record of the outcome: it is "maybe sent". `recover_stale_sends` makes it due
  again (at least once: neither Telegram nor WhatsApp takes an idempotency key; see
  docs/delivery.md for the window and why a resend beats a lost answer).

Kept apart from `factchecks.outbox` (adding, reading and failing messages) because the pacing, the
fairness and the race between workers are a concern of their own.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import BigInteger, bindparam, exists, func, or_, update
from sqlalchemy import select as select_columns
from sqlalchemy.dialects import postgresql
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks.clock import as_utc, utc_now
from factchecks.database import Database
from factchecks.models import OutboxMessage, OutboxStatus, Requester
from factchecks.outbox import PendingMessage, Recipient, pending

# Longer than any send can take (the WhatsApp client gives up after 20 s, python-telegram-bot's
# default timeouts are 5 s): a claim older than this belongs to a worker that died.
SENDING_LEASE = timedelta(seconds=60)
_LONG_AGO = datetime(2000, 1, 1, tzinfo=UTC)  # the last attempt of a chat never written to
_OUTBOX = OutboxMessage.__table__  # type: ignore[attr-defined]
_REQUESTER = Requester.__table__  # type: ignore[attr-defined]
MAYBE_SENT = "maybe sent: the worker stopped during the platform call; sent again"


def _chat_busy(channel: object, address: object) -> object:
    """True where the chat (`address` on `channel`) had an attempt since the bound "since", or
    has a message in flight. (An UPDATE may not bind a column's own name.)"""
    other = _OUTBOX.alias("other")
    return exists().where(
        other.c.channel == channel,
        other.c.address == address,
        or_(
            other.c.attempted_at > bindparam("since"),
            other.c.status == OutboxStatus.SENDING.value,
        ),
    )


# The delivery loop's statements, built once: building and keying a statement costs Python
# time at every pass otherwise, and only the bound values change (channel, now, gap, limit).
def _due_per_chat() -> Any:
    oldest = (
        select(_OUTBOX.c.address.label("address"), func.min(_OUTBOX.c.id).label("id"))
        .where(
            _OUTBOX.c.channel == bindparam("chat_channel"),
            _OUTBOX.c.status == OutboxStatus.PENDING.value,
            _OUTBOX.c.next_attempt_at <= bindparam("now"),
        )
        .group_by(_OUTBOX.c.address)
        .subquery()
    )
    # The recipient, read with the page rather than by a statement per message: the voter who
    # last wrote from the address (`requesters.find_by_address`'s choice), if any.
    latest = _REQUESTER.alias("latest")
    recipient_id = (
        select_columns(latest.c.id)
        .where(latest.c.channel == _OUTBOX.c.channel, latest.c.address == _OUTBOX.c.address)
        .order_by(latest.c.last_inbound_at.desc())
        .limit(1)
        .correlate(_OUTBOX)
        .scalar_subquery()
    )
    return (
        select_columns(
            OutboxMessage,
            _REQUESTER.c.language,
            _REQUESTER.c.language_hint,
            _REQUESTER.c.region_language,
            _REQUESTER.c.last_inbound_at,
        )
        .join(oldest, col(OutboxMessage.id) == oldest.c.id)
        .outerjoin(_REQUESTER, _REQUESTER.c.id == recipient_id)
        .where(~_chat_busy(bindparam("chat_channel"), oldest.c.address))  # type: ignore[operator]
        .order_by(col(OutboxMessage.id))
        .limit(bindparam("limit"))
    )


_DUE_PER_CHAT = _due_per_chat()
# Claims messages, each of another chat, in one statement: a statement does not see its own
# changes, so two messages of one chat would both pass the check of the chat.
_CLAIM_CHATS = (
    update(_OUTBOX)
    .where(
        _OUTBOX.c.id.in_(bindparam("message_ids", expanding=True)),
        _OUTBOX.c.status == OutboxStatus.PENDING.value,
        ~_chat_busy(_OUTBOX.c.channel, _OUTBOX.c.address),  # type: ignore[operator]
    )
    .values(status=OutboxStatus.SENDING.value, attempted_at=bindparam("now"))
    .returning(_OUTBOX.c.id)
)


async def due_per_chat(
    db: Database,
    channel: str,
    per_chat_interval_s: float,
    limit: int = 100,
    now: datetime | None = None,
) -> list[PendingMessage]:
    """The oldest due message of each chat that may be written to now, longest-waiting first,
    each with its recipient (read in the same statement: `PendingMessage.recipient`).

    One message per chat per call: a pass over this list is one round of a round robin, so a
    chat with 300 messages waiting gets one, like a chat with one. A chat is left out while its
    last attempt is less than `per_chat_interval_s` ago or a message to it is being sent.
    """
    now = now or utc_now()
    since = now - timedelta(seconds=per_chat_interval_s)
    async with db.read() as session:
        rows = await session.exec(
            _DUE_PER_CHAT,
            params={"chat_channel": channel, "now": now, "since": since, "limit": limit},
        )
        return [
            pending(row, Recipient(language, hint, region, as_utc(wrote) if wrote else None))
            for row, language, hint, region, wrote in rows.all()
        ]


def _chat_lock_key(channel: str, address: str) -> int:
    """A 64-bit advisory-lock key for one chat (PostgreSQL's locks take a bigint)."""
    digest = hashlib.blake2b(f"outbox:{channel}:{address}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


async def claim(
    db: Database,
    message: PendingMessage,
    per_chat_interval_s: float,
    now: datetime | None = None,
) -> bool:
    """Mark `message` as being sent now, if it is still pending and its chat may be written to.

    False when another worker claimed it (or another message of its chat) first: then it is
    theirs to send. The record of the attempt is committed before the platform is called.
    """
    async with db.transaction(brief=True) as session:
        return await claim_in(session, message, per_chat_interval_s, now)


async def claim_in(
    session: AsyncSession,
    message: PendingMessage,
    per_chat_interval_s: float,
    now: datetime | None = None,
) -> bool:
    """`claim` inside the caller's transaction; the claim counts once that transaction has
    committed."""
    (claimed,) = await claim_all_in(session, [(message, per_chat_interval_s)], now)
    return claimed


async def claim_all_in(
    session: AsyncSession,
    asked: list[tuple[PendingMessage, float]],
    now: datetime | None = None,
) -> list[bool]:
    """`claim` of each (message, its chat's interval) inside the caller's transaction (shared:
    `factchecks.group_commit`); the claims count once that transaction has committed."""
    if not asked:
        return []
    if session.get_bind().dialect.name != "sqlite":
        # Two workers claiming two messages of one chat would each miss the other's
        # uncommitted claim; the lock makes the second one's check see the first's claim. One
        # statement takes every chat's lock, in the order of their keys (as every worker does,
        # so two of them cannot deadlock).
        keys = sorted({_chat_lock_key(m.channel, m.address) for m, _ in asked})
        await session.exec(_LOCK_CHATS, params={"keys": keys})
    now = now or utc_now()
    # One statement per chat interval for the first message asked of each chat; any later one
    # of a chat already asked for is claimed alone, after it (and finds its chat busy).
    first_of_chat: dict[tuple[str, str], int] = {}
    by_interval: dict[float, list[int]] = {}
    for n, (message, per_chat_interval_s) in enumerate(asked):
        if first_of_chat.setdefault((message.channel, message.address), n) == n:
            by_interval.setdefault(per_chat_interval_s, []).append(message.id)
    taken: set[int] = set()
    for per_chat_interval_s, ids in by_interval.items():
        taken |= await _claim_chats(session, ids, per_chat_interval_s, now)
    claimed = []
    for n, (message, per_chat_interval_s) in enumerate(asked):
        if first_of_chat[(message.channel, message.address)] == n:
            claimed.append(message.id in taken)
        else:  # after the first of its chat: alone, so it sees that claim
            alone = await _claim_chats(session, [message.id], per_chat_interval_s, now)
            claimed.append(bool(alone))
    return claimed


async def _claim_chats(
    session: AsyncSession, ids: list[int], per_chat_interval_s: float, now: datetime
) -> set[int]:
    """The messages of `ids` (each of another chat) claimed by one statement."""
    result = await session.exec(
        _CLAIM_CHATS,
        params={
            "message_ids": ids,
            "since": now - timedelta(seconds=per_chat_interval_s),
            "now": now,
        },
    )
    return set(result.scalars().all())


# The chats' advisory locks, taken in the order of the keys given (sorted by the caller).
_CHATS = (
    func.unnest(bindparam("keys", type_=postgresql.ARRAY(BigInteger)))
    .table_valued("key", with_ordinality="n")
    .render_derived(name="chat")
)
_LOCK_CHATS = (
    select(func.pg_advisory_xact_lock(_CHATS.c.key)).select_from(_CHATS).order_by(_CHATS.c.n)
)


async def recover_stale_sends(
    db: Database, now: datetime | None = None, max_attempts: int | None = None
) -> int:
    """Messages left `sending` past the lease (their worker died): due again, or failed once
    they have had `max_attempts` tries (a message that stops every worker that sends it must
    not do so forever). Returns how many were made due again.

    Whether the platform got them is unknown; they are sent again (see the module docstring).
    """
    now = now or utc_now()
    stale = (
        col(OutboxMessage.status) == OutboxStatus.SENDING,
        col(OutboxMessage.attempted_at) < now - SENDING_LEASE,
    )
    async with db.transaction() as session:
        if max_attempts is not None:
            await session.exec(
                update(OutboxMessage)
                .where(*stale, col(OutboxMessage.attempts) + 1 >= max_attempts)
                .values(
                    status=OutboxStatus.FAILED,
                    attempts=OutboxMessage.attempts + 1,
                    last_error=f"gave up: {MAYBE_SENT}",
                )
                .execution_options(synchronize_session=False)
            )
        result = await session.exec(
            update(OutboxMessage)
            .where(*stale)
            .values(
                status=OutboxStatus.PENDING,
                attempts=OutboxMessage.attempts + 1,
                last_error=MAYBE_SENT,
                next_attempt_at=now,
            )
            .execution_options(synchronize_session=False)
        )
        return int(result.rowcount or 0)


async def next_due_at(
    db: Database, channel: str, per_chat_interval_s: float = 0.0, now: datetime | None = None
) -> datetime | None:
    """When a pending message may next be sent, or None when nothing is pending: the earliest
    of the next retry time and the moment the first chat with a due message is free again."""
    now = now or utc_now()
    is_pending = (
        OutboxMessage.channel == channel,
        OutboxMessage.status == OutboxStatus.PENDING,
    )
    next_retry = select(func.min(OutboxMessage.next_attempt_at)).where(
        *is_pending, col(OutboxMessage.next_attempt_at) > now
    )
    due_chats = select(OutboxMessage.address).where(
        *is_pending, col(OutboxMessage.next_attempt_at) <= now
    )
    last_per_chat = (
        select(func.max(OutboxMessage.attempted_at).label("last"))
        .where(OutboxMessage.channel == channel, col(OutboxMessage.address).in_(due_chats))
        .group_by(col(OutboxMessage.address))
        .subquery()
    )
    # NULL when no chat has a due message; a chat never written to counts as free long ago.
    first_free = select(func.min(func.coalesce(last_per_chat.c.last, _LONG_AGO)))
    async with db.read() as session:
        retry, last = (
            await session.exec(select(next_retry.scalar_subquery(), first_free.scalar_subquery()))
        ).one()
    candidates = [moment for moment in (as_utc(retry),) if moment is not None]
    last = as_utc(last)
    if last is not None:
        candidates.append(max(now, last + timedelta(seconds=per_chat_interval_s)))
    return min(candidates, default=None)
