"""Escalation packets: the desk sends one claim's evidence to a platform's trust-and-safety
contact or an electoral body (`/escalate`), and records what became of it.

One row per packet. The packet (JSON, built by `factchecks.escalation_packet`) is stored with it,
as sent: it holds counts, masked wordings and picture fingerprints, never a voter identifier.
The row is delivered by whichever worker takes its lease (like a scheduled report), so it goes
out once however many workers share the database; the desk then records the recipient's answer
(`/escalation <id> acknowledged|actioned|declined <note>`). Registered on the shared metadata by
`factchecks.models`, which imports this module at its end.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import Column, DateTime, Enum, Table, Text, and_, or_
from sqlmodel import Field, SQLModel, col
from sqlmodel import select as select_rows

from factchecks.clock import as_utc, utc_now
from factchecks.database import Database
from factchecks.leased_rows import claim_due_rows, failed_attempt, set_row

MAX_ERROR_CHARS = 512


class EscalationStatus(StrEnum):
    """Where a packet stands: waiting to go (or retrying), sent, given up on, or the answer the
    desk recorded from the recipient."""

    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"
    ACKNOWLEDGED = "acknowledged"
    ACTIONED = "actioned"
    DECLINED = "declined"


# What the desk may record once a packet went out.
OUTCOMES = (EscalationStatus.ACKNOWLEDGED, EscalationStatus.ACTIONED, EscalationStatus.DECLINED)


class Escalation(SQLModel, table=True):
    """One escalation packet about a queue item, to one configured recipient."""

    __tablename__ = "escalation"

    id: int | None = Field(default=None, primary_key=True)
    queue_item_id: int = Field(foreign_key="queue_item.id", index=True)
    recipient: str = Field(max_length=128)  # a name from TIPLINE_ESCALATIONS
    status: EscalationStatus = Field(
        sa_column=Column(
            Enum(
                EscalationStatus,
                native_enum=False,
                values_callable=lambda e: [m.value for m in e],
                length=32,
            ),
            nullable=False,
        )
    )
    created_by: str = Field(max_length=64)  # a fact-checker's display name
    note: str | None = Field(default=None, sa_column=Column(Text, nullable=True))  # the desk's
    packet: str = Field(sa_column=Column(Text, nullable=False))  # JSON, as sent
    created_at: datetime = Field(
        default_factory=utc_now, sa_column=Column(DateTime(timezone=True), nullable=False)
    )
    updated_at: datetime = Field(
        default_factory=utc_now,
        sa_column=Column(DateTime(timezone=True), nullable=False, index=True),
    )
    attempts: int = 0
    next_attempt_at: datetime = Field(
        default_factory=utc_now, sa_column=Column(DateTime(timezone=True), nullable=False)
    )
    lease_until: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True)
    )
    sent_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True)
    )
    last_error: str | None = Field(default=None, max_length=MAX_ERROR_CHARS)
    outcome_note: str | None = Field(default=None, sa_column=Column(Text, nullable=True))


ESCALATION: Table = SQLModel.metadata.tables["escalation"]


@dataclass(frozen=True)
class EscalationView:
    """An escalation as the desk and the report show it (no packet, no error details)."""

    id: int
    queue_item_id: int
    recipient: str
    status: EscalationStatus
    created_by: str
    created_at: datetime
    updated_at: datetime
    sent_at: datetime | None
    note: str | None
    outcome_note: str | None


@dataclass(frozen=True)
class ClaimedEscalation:
    """A pending escalation this worker holds the lease of."""

    id: int
    recipient: str
    packet: str
    attempts: int


def _utc(value: datetime) -> datetime:
    found = as_utc(value)
    assert found is not None
    return found


def _view(row: Escalation) -> EscalationView:
    return EscalationView(
        id=row.id or 0,
        queue_item_id=row.queue_item_id,
        recipient=row.recipient,
        status=EscalationStatus(row.status),
        created_by=row.created_by,
        created_at=_utc(row.created_at),
        updated_at=_utc(row.updated_at),
        sent_at=as_utc(row.sent_at),
        note=row.note,
        outcome_note=row.outcome_note,
    )


async def record_escalation(
    db: Database,
    *,
    queue_item_id: int,
    recipient: str,
    created_by: str,
    note: str | None,
    packet: str,
) -> EscalationView:
    """Store a packet to be delivered (pending, due now)."""
    now = utc_now()
    row = Escalation(
        queue_item_id=queue_item_id,
        recipient=recipient,
        status=EscalationStatus.PENDING,
        created_by=created_by,
        note=note,
        packet=packet,
        created_at=now,
        updated_at=now,
        next_attempt_at=now,
    )
    async with db.transaction() as session:
        session.add(row)
        await session.flush()
        return _view(row)


async def claim_due_escalations(
    db: Database, now: datetime, lease: timedelta, recipients: set[str]
) -> list[ClaimedEscalation]:
    """Take the lease of every pending escalation that is due and free (one worker wins each:
    the UPDATE is conditional on the row still being free)."""
    rows = await claim_due_rows(
        db,
        ESCALATION,
        pending=EscalationStatus.PENDING.value,
        payload="packet",
        now=now,
        lease=lease,
        recipients=recipients,
    )
    return [ClaimedEscalation(*row) for row in rows]


async def mark_escalation_sent(db: Database, escalation_id: int, now: datetime) -> None:
    """The packet reached its recipient."""
    await set_row(
        db,
        ESCALATION,
        escalation_id,
        status=EscalationStatus.SENT.value,
        sent_at=now,
        updated_at=now,
        lease_until=None,
        last_error=None,
    )


async def mark_escalation_attempt_failed(
    db: Database, escalation_id: int, now: datetime, error: str, *, retry_in: timedelta | None
) -> None:
    """A failed attempt: retry after `retry_in`, or give up (failed) when None."""
    values = failed_attempt(
        error,
        retry_in=retry_in,
        now=now,
        failed=EscalationStatus.FAILED.value,
        max_error_chars=MAX_ERROR_CHARS,
    )
    if retry_in is None:
        values["updated_at"] = now
    await set_row(db, ESCALATION, escalation_id, **values)


async def record_outcome(
    db: Database, escalation_id: int, outcome: EscalationStatus, note: str | None
) -> EscalationView | None:
    """The recipient's answer, as the desk records it; None when there is no such escalation."""
    async with db.transaction() as session:
        row = await session.get(Escalation, escalation_id)
        if row is None:
            return None
        row.status = outcome
        row.outcome_note = note
        row.updated_at = utc_now()
        session.add(row)
        await session.flush()
        return _view(row)


async def find_escalation(db: Database, escalation_id: int) -> EscalationView | None:
    """One escalation, if it exists."""
    async with db.session() as session:
        row = await session.get(Escalation, escalation_id)
        return None if row is None else _view(row)


async def recent_escalations(db: Database, limit: int = 20) -> list[EscalationView]:
    """The newest escalations first."""
    async with db.session() as session:
        rows = (
            await session.exec(
                select_rows(Escalation).order_by(col(Escalation.id).desc()).limit(limit)
            )
        ).all()
    return [_view(row) for row in rows]


async def escalations_between(db: Database, start: datetime, end: datetime) -> list[EscalationView]:
    """Escalations made in [start, end), or whose status changed then: a report's list."""
    async with db.session() as session:
        rows = (
            await session.exec(
                select_rows(Escalation)
                .where(
                    or_(
                        and_(ESCALATION.c.created_at >= start, ESCALATION.c.created_at < end),
                        and_(ESCALATION.c.updated_at >= start, ESCALATION.c.updated_at < end),
                    )
                )
                .order_by(col(Escalation.id))
            )
        ).all()
    return [_view(row) for row in rows]
