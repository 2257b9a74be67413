"""The inbox: every message is stored once, before it is acknowledged, then claimed and handled.

Storing: `record_messages` stores all the messages of one delivery (a webhook POST, a page of
Telegram updates) in one transaction, skipping those already stored (same channel and keyed
message id): the unique constraint decides, so two deliveries racing each other still give one
row each.

Handling: any number of workers, in any number of processes, share one database. `claim` takes
messages with a lease (`claimed_by`, `claimed_until`); a worker that dies simply lets its lease
run out and another takes the message over. On PostgreSQL the claim locks the rows it reads with
`FOR UPDATE SKIP LOCKED`, so two workers never take the same row; SQLite has one writer at a
time and one process, so the same statement is enough there. A voter's messages are handled
one at a time and in order: only a voter's oldest unfinished message can be claimed, so the next
waits until it is `complete` (or `failed`). A message that fails is released until a later time
(`retry_later`); each claim counts an attempt.

The early delivery statuses of sent messages (`record_update`, `mark_processed`, used by
`factchecks.delivery_records`) live in the same table under their own channel name; no worker
claims them.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, bindparam, exists, func, literal_column, or_, update
from sqlalchemy import select as select_columns
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks.clock import as_utc, utc_now
from factchecks.database import Database
from factchecks.models import InboxStatus, InboxUpdate

_INBOX = InboxUpdate.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class NewMessage:
    """A message to store: its keyed id, parsed payload, and the keyed voter and album."""

    external_id: str
    payload: str
    voter: str | None = None
    album: str | None = None


@dataclass(frozen=True)
class Claim:
    """Rows one worker now holds: one message, or every part of an album (oldest first)."""

    ids: tuple[int, ...]
    channel: str
    payloads: tuple[str | None, ...]
    attempts: int  # this claim included


BRIEF_ROWS = 20  # a delivery of up to this many messages is stored in a brief transaction


async def record_messages(db: Database, channel: str, messages: Sequence[NewMessage]) -> int:
    """Store `messages` in one transaction; returns how many were new (the rest were stored
    before, or repeat one earlier in `messages`)."""
    if not messages:
        return 0
    # The platform waits for it; a delivery of a few messages is brief (a large one is not).
    async with db.transaction(urgent=True, brief=len(messages) <= BRIEF_ROWS) as session:
        return await record_in(session, channel, messages)


async def record_in(session: AsyncSession, channel: str, messages: Sequence[NewMessage]) -> int:
    """`record_messages` inside the caller's transaction."""
    (new,) = await record_all(session, [(channel, messages)])
    return new


async def record_all(
    session: AsyncSession, deliveries: Sequence[tuple[str, Sequence[NewMessage]]]
) -> list[int]:
    """Store several deliveries (channel, messages) in one statement, inside the caller's
    transaction (`bot.inbox_worker` shares one between the deliveries that arrive together:
    `factchecks.group_commit`); how many messages of each were new. A message stored before
    counts for none of them; one repeated within the call counts once, for the delivery it
    first appears in."""
    now = utc_now()
    owners: dict[tuple[str, str], int] = {}  # (channel, keyed id) -> the delivery it is in
    rows: list[dict[str, Any]] = []
    for position, (channel, messages) in enumerate(deliveries):
        for message in messages:
            key = (channel, message.external_id)
            if key in owners:
                continue
            owners[key] = position
            rows.append(
                {
                    "channel": channel,
                    "external_id": message.external_id,
                    "payload": message.payload,
                    "voter": message.voter,
                    "album": message.album,
                    "status": InboxStatus.PENDING.value,
                    "attempts": 0,
                    "received_at": now,
                }
            )
    new = [0] * len(deliveries)
    if not rows:
        return new
    # One statement run over every row: SQLAlchemy sends them as multi-row INSERTs of a
    # bounded size ("insertmanyvalues"), compiled once, and returns the new rows' keys.
    sqlite_session = session.get_bind().dialect.name == "sqlite"
    statement = _INSERT_SQLITE if sqlite_session else _INSERT_POSTGRESQL
    for channel, external_id in (await session.exec(statement, params=rows)).all():
        new[owners[(channel, external_id)]] += 1
    return new


def _insert(dialect: Any) -> Any:
    return (
        dialect.insert(_INBOX)
        .on_conflict_do_nothing(index_elements=["channel", "external_id"])
        .returning(_INBOX.c.channel, _INBOX.c.external_id)
    )


_INSERT_SQLITE = _insert(sqlite)
_INSERT_POSTGRESQL = _insert(postgresql)


def _take_heads() -> Any:
    """The statement `claim` runs, built once: building and keying a statement of this size costs
    about a millisecond of Python, paid at every claim otherwise (bound values change, not SQL).

    Takes (lease, attempt counted) and returns each voter's oldest pending message whose lease
    is free; an album's first part once the album is quiet. Columns, not ORM objects: nothing
    here is changed through the session. On PostgreSQL the heads are locked with `SKIP LOCKED`,
    so two workers claiming at once take different rows; SQLite has one writer at a time."""
    head = _INBOX.alias("head")
    earlier = _INBOX.alias("earlier")
    same_album = _INBOX.alias("same_album")
    heads = (
        select_columns(head.c.id)
        .where(
            # Written out, not bound: only then can the planner use the partial index of pending
            # rows (`ix_inbox_update_pending`) in a statement prepared once and run many times.
            head.c.status == literal_column(f"'{InboxStatus.PENDING.value}'"),
            head.c.channel.in_(bindparam("channels", expanding=True)),
            or_(head.c.claimed_until.is_(None), head.c.claimed_until <= bindparam("now")),
            ~exists().where(
                earlier.c.voter == head.c.voter,
                earlier.c.status == InboxStatus.PENDING.value,
                earlier.c.id < head.c.id,
            ),
            or_(
                head.c.album.is_(None),
                ~exists().where(
                    same_album.c.album == head.c.album,
                    same_album.c.received_at > bindparam("album_since"),
                ),
            ),
        )
        .order_by(head.c.id)
        .limit(bindparam("limit"))
        .with_for_update(skip_locked=True, of=head)
    )
    return _taking(update(_INBOX).where(_INBOX.c.id.in_(heads))).returning(
        _INBOX.c.id,
        _INBOX.c.channel,
        _INBOX.c.payload,
        _INBOX.c.attempts,
        _INBOX.c.album,
        _INBOX.c.voter,
    )


def _taking(statement: Any) -> Any:
    """`statement` (an UPDATE of inbox rows) giving them to the bound worker until the bound
    time, one attempt more."""
    return statement.values(
        claimed_by=bindparam("worker"),
        claimed_until=bindparam("until"),
        attempts=_INBOX.c.attempts + 1,
    )


_TAKE_HEADS = _take_heads()
_TAKE_ALBUM_REST = _taking(
    update(_INBOX).where(
        # Not named as the columns: an UPDATE reserves those names for its SET clause.
        _INBOX.c.album == bindparam("of_album"),
        _INBOX.c.voter == bindparam("of_voter"),
        _INBOX.c.status == InboxStatus.PENDING.value,
        _INBOX.c.id != bindparam("head"),
    )
).returning(_INBOX.c.id, _INBOX.c.payload)


async def claim(
    db: Database,
    channels: Collection[str],
    worker: str,
    *,
    limit: int,
    lease: timedelta,
    album_quiet: timedelta,
) -> list[Claim]:
    """Claim up to `limit` messages for `worker`, oldest first, at most one per voter.

    A message is claimable when it is pending, nobody holds a live lease on it (nor is it
    waiting for a retry), and it is its voter's oldest pending message. A picture of an album is
    claimed with every other part of the album, once no part has arrived for `album_quiet`
    (albums have no end marker).
    """
    if limit <= 0 or not channels:
        return []
    now = utc_now()
    taking = {"worker": worker, "until": now + lease}
    claims: list[Claim] = []
    # One statement finds and takes the heads; on PostgreSQL it runs outside a transaction (a
    # BEGIN and a COMMIT are a round trip each, and claims come several times a second).
    async with db.autocommit() as session:
        heads = (
            await session.exec(
                _TAKE_HEADS,
                params={
                    "channels": list(channels),
                    "now": now,
                    "album_since": now - album_quiet,
                    "limit": limit,
                    **taking,
                },
            )
        ).all()
        for head in sorted(heads, key=lambda row: row.id):
            ids, payloads = [head.id], [head.payload]
            if head.album is not None:
                # The album's other parts: none is a head (the head is older and pending), so
                # no other worker takes them meanwhile.
                rest = await session.exec(
                    _TAKE_ALBUM_REST,
                    params={
                        "of_album": head.album,
                        "of_voter": head.voter,
                        "head": head.id,
                        **taking,
                    },
                )
                for part_id, payload in sorted(rest.all()):
                    ids.append(part_id)
                    payloads.append(payload)
            claims.append(
                Claim(
                    ids=tuple(ids),
                    channel=head.channel,
                    payloads=tuple(payloads),
                    attempts=head.attempts,
                )
            )
    return claims


async def renew(db: Database, ids: Collection[int], worker: str, lease: timedelta) -> None:
    """Extend `worker`'s leases on `ids` (messages still in hand)."""
    if not ids:
        return
    async with db.transaction() as session:
        await session.exec(
            update(_INBOX)
            .where(_INBOX.c.id.in_(list(ids)), _INBOX.c.claimed_by == worker)
            .values(claimed_until=utc_now() + lease)
        )


# Built once: every message is finished (decision 119).
_FINISH = (
    update(_INBOX)
    .where(
        _INBOX.c.id.in_(bindparam("ids", expanding=True)),
        _INBOX.c.status == InboxStatus.PENDING.value,
    )
    .values(
        status=bindparam("outcome"),
        processed_at=bindparam("at"),
        payload=None,
        voter=None,
        album=None,
        claimed_until=None,  # `claimed_by` stays: which worker handled it
    )
)


async def finish(db: Database, ids: Collection[int], status: InboxStatus) -> None:
    """The messages are handled (`DONE`) or given up on (`FAILED`): their parsed payload, voter
    and album are dropped; the keyed id stays, so a redelivery is still recognised, and so does
    the (random) name of the worker that handled them."""
    async with db.transaction(brief=True) as session:
        await finish_all(session, [(ids, status)])


async def finish_all(
    session: AsyncSession, finished: Sequence[tuple[Collection[int], InboxStatus]]
) -> list[None]:
    """`finish` for several (ids, status) inside the caller's transaction, one statement per
    status (shared: `factchecks.group_commit`)."""
    by_status: dict[InboxStatus, list[int]] = {}
    for ids, status in finished:
        by_status.setdefault(status, []).extend(ids)
    now = utc_now()
    for status, ids in by_status.items():
        await session.exec(_FINISH, params={"ids": ids, "outcome": status.value, "at": now})
    return [None] * len(finished)


async def retry_later(db: Database, ids: Collection[int], delay: timedelta) -> None:
    """Release the messages, claimable again after `delay` (the voter's later messages wait)."""
    async with db.transaction() as session:
        await session.exec(
            update(_INBOX)
            .where(_INBOX.c.id.in_(list(ids)), _INBOX.c.status == InboxStatus.PENDING.value)
            .values(claimed_by=None, claimed_until=utc_now() + delay)
        )


@dataclass(frozen=True)
class Backlog:
    """Messages not yet handled, and when the oldest arrived."""

    pending: int
    oldest: datetime | None


async def backlog(db: Database, channels: Collection[str]) -> Backlog:
    """How many messages of `channels` wait (or are in hand), and the oldest's arrival."""
    async with db.session() as session:
        count, oldest = (
            await session.exec(
                select(func.count(), func.min(InboxUpdate.received_at)).where(
                    and_(
                        col(InboxUpdate.status) == InboxStatus.PENDING,
                        col(InboxUpdate.channel).in_(list(channels)),
                    )
                )
            )
        ).one()
        return Backlog(int(count), as_utc(oldest))


async def rows_of(db: Database, channel: str) -> list[InboxUpdate]:
    """Every row of `channel`, oldest first (for tests and operators' checks)."""
    async with db.session() as session:
        rows = await session.exec(
            select(InboxUpdate).where(InboxUpdate.channel == channel).order_by(col(InboxUpdate.id))
        )
        return list(rows.all())


# -- Early delivery statuses (`factchecks.delivery_records`) ---------------------------------------


async def record_update(db: Database, channel: str, external_id: str, payload: str) -> bool:
    """Store one update; False when this channel already delivered this id."""
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
            row.status = InboxStatus.DONE
            session.add(row)
