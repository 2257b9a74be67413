"""The desk's audit log: every desk action, who did it (a display name), when, on what, and the
state before and after, written in the same transaction as the action itself.

`/history` reads it back per queue item; statistics count it per fact-checker. It never holds a
platform id or anything else that identifies a voter.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks.clock import as_utc, utc_now
from factchecks.models import DeskAction, DeskActionKind

State = Mapping[str, Any]


@dataclass(frozen=True)
class LoggedAction:
    """One line of an item's history."""

    at: datetime
    actor: str
    action: DeskActionKind
    fact_check_id: int | None
    before: State
    after: State


def record(
    session: AsyncSession,
    *,
    actor: str,
    action: DeskActionKind,
    queue_item_id: int | None = None,
    fact_check_id: int | None = None,
    before: State | None = None,
    after: State | None = None,
) -> None:
    """Add one action to the log, inside the caller's transaction."""
    session.add(
        DeskAction(
            at=utc_now(),
            actor=actor,
            action=action,
            queue_item_id=queue_item_id,
            fact_check_id=fact_check_id,
            before=json.dumps(dict(before), ensure_ascii=False) if before else None,
            after=json.dumps(dict(after), ensure_ascii=False) if after else None,
        )
    )


async def item_history(session: AsyncSession, queue_item_id: int) -> list[LoggedAction]:
    """Every action on item `queue_item_id`, oldest first."""
    rows = await session.exec(
        select(DeskAction)
        .where(DeskAction.queue_item_id == queue_item_id)
        .order_by(col(DeskAction.at), col(DeskAction.id))
    )
    return [_logged(row) for row in rows.all()]


async def fact_check_history(session: AsyncSession, fact_check_id: int) -> list[LoggedAction]:
    """Every action on fact-check `fact_check_id` (answers with it, corrections), oldest first:
    its correction ledger."""
    rows = await session.exec(
        select(DeskAction)
        .where(DeskAction.fact_check_id == fact_check_id)
        .order_by(col(DeskAction.at), col(DeskAction.id))
    )
    return [_logged(row) for row in rows.all()]


def _logged(row: DeskAction) -> LoggedAction:
    return LoggedAction(
        at=as_utc(row.at) or utc_now(),
        actor=row.actor,
        action=row.action,
        fact_check_id=row.fact_check_id,
        before=json.loads(row.before) if row.before else {},
        after=json.loads(row.after) if row.after else {},
    )
