"""Claiming due rows of a delivery table under a lease, so that of several workers one sends each.

Scheduled report deliveries (`report_delivery`) and escalation packets (`escalation`) share the
shape: a `status` that is pending until sent, a `next_attempt_at` (backoff), a `lease_until` held
while a worker sends, a `recipient` and an `attempts` count. A row is claimed by an UPDATE that is
conditional on it still being free, so when two workers read the same candidates one UPDATE
matches and the other takes nothing. The outcome of a send (`set_row`, `failed_attempt`) is
written the same way for both tables.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Table, and_, or_, select, update

from factchecks.database import Database


async def claim_due_rows(
    db: Database,
    table: Table,
    *,
    pending: str,
    payload: str,
    now: datetime,
    lease: timedelta,
    recipients: set[str],
) -> list[tuple[int, str, Any, int]]:
    """(id, recipient, the `payload` column's value, attempts including this one) of every row
    in `pending` status that is due, for one of `recipients`, and not held by a live lease."""
    free = and_(
        table.c.status == pending,
        table.c.next_attempt_at <= now,
        or_(table.c.lease_until.is_(None), table.c.lease_until < now),
        table.c.recipient.in_(sorted(recipients)),
    )
    async with db.transaction() as session:
        connection = await session.connection()
        candidates = (
            await connection.execute(
                select(table.c.id, table.c.recipient, table.c[payload], table.c.attempts)
                .where(free)
                .order_by(table.c.id)
            )
        ).all()
    claimed: list[tuple[int, str, Any, int]] = []
    for row_id, recipient, value, attempts in candidates:
        async with db.transaction() as session:
            connection = await session.connection()
            taken = await connection.execute(
                update(table)
                .where(table.c.id == row_id, free)
                .values(lease_until=now + lease, attempts=table.c.attempts + 1)
            )
        if taken.rowcount == 1:
            claimed.append((row_id, recipient, value, attempts + 1))
    return claimed


async def set_row(db: Database, table: Table, row_id: int, **values: object) -> None:
    """Set `values` on row `row_id` of `table` (sent, or an attempt's outcome)."""
    async with db.transaction() as session:
        connection = await session.connection()
        await connection.execute(update(table).where(table.c.id == row_id).values(**values))


def failed_attempt(
    error: str, *, retry_in: timedelta | None, now: datetime, failed: str, max_error_chars: int
) -> dict[str, object]:
    """The values that record a failed attempt: due again after `retry_in`, or `failed` (given
    up) when None; the lease is let go either way."""
    values: dict[str, object] = {"lease_until": None, "last_error": error[:max_error_chars]}
    if retry_in is None:
        values["status"] = failed
    else:
        values["next_attempt_at"] = now + retry_in
    return values
