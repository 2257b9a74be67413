"""Scheduled reports' deliveries: one row per organisation and period, claimed under a lease.

The unique (recipient, period) row is what makes a report go out once with any number of
workers: each worker may try to create it (the second insert fails harmlessly), and only the one
whose conditional UPDATE takes the lease delivers. A worker that dies mid-delivery loses its
lease when it expires, and another takes the row over.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Table, select
from sqlalchemy.exc import IntegrityError

from factchecks.database import Database
from factchecks.leased_rows import claim_due_rows, failed_attempt, set_row
from factchecks.models import ReportDelivery, ReportDeliveryStatus, metadata

DELIVERY: Table = metadata.tables["report_delivery"]
MAX_ERROR_CHARS = 512


@dataclass(frozen=True)
class ClaimedDelivery:
    """A delivery this worker holds the lease of."""

    id: int
    recipient: str
    period: str
    attempts: int


async def ensure_delivery(db: Database, recipient: str, period: str, now: datetime) -> bool:
    """Create the (recipient, period) row unless it exists; True when this call created it."""
    try:
        async with db.transaction() as session:
            session.add(
                ReportDelivery(
                    recipient=recipient,
                    period=period,
                    status=ReportDeliveryStatus.PENDING,
                    created_at=now,
                    next_attempt_at=now,
                )
            )
    except IntegrityError:
        return False  # another worker (or an earlier pass) made it
    return True


async def claim_due(
    db: Database, now: datetime, lease: timedelta, recipients: set[str]
) -> list[ClaimedDelivery]:
    """Take the lease of every pending delivery that is due and not held by a live lease."""
    rows = await claim_due_rows(
        db,
        DELIVERY,
        pending=ReportDeliveryStatus.PENDING.value,
        payload="period",
        now=now,
        lease=lease,
        recipients=recipients,
    )
    return [ClaimedDelivery(*row) for row in rows]


async def mark_sent(db: Database, delivery_id: int, now: datetime) -> None:
    """The report reached its recipient."""
    await set_row(
        db,
        DELIVERY,
        delivery_id,
        status=ReportDeliveryStatus.SENT.value,
        sent_at=now,
        lease_until=None,
        last_error=None,
    )


async def mark_failed_attempt(
    db: Database,
    delivery: ClaimedDelivery,
    now: datetime,
    error: str,
    *,
    retry_in: timedelta | None,
) -> None:
    """Record a failed attempt: retry after `retry_in`, or give up (failed) when None."""
    values = failed_attempt(
        error,
        retry_in=retry_in,
        now=now,
        failed=ReportDeliveryStatus.FAILED.value,
        max_error_chars=MAX_ERROR_CHARS,
    )
    await set_row(db, DELIVERY, delivery.id, **values)


async def delivery_rows(db: Database) -> list[tuple[str, str, str, int]]:
    """(recipient, period, status, attempts) of every delivery, for tests and operators."""
    async with db.engine.connect() as connection:
        rows = (
            await connection.execute(
                select(
                    DELIVERY.c.recipient, DELIVERY.c.period, DELIVERY.c.status, DELIVERY.c.attempts
                ).order_by(DELIVERY.c.id)
            )
        ).all()
    return [(str(r[0]), str(r[1]), str(r[2]), int(r[3])) for r in rows]
