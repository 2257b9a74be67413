"""The report's figures computed by the database: GROUP BY queries over the period's tips.

The period's counted tips are first copied, once, into a narrow temporary table with everything
the report groups by already worked out (local day and hour, media type, outcome at the end of
the period, wait for an answer, claim key, calling code); every breakdown then reads that table
instead of evaluating date functions and joins over the tips again. Each query returns at most a
few thousand rows (days x values, hours x values, calling codes, minute buckets, the top claims),
whatever the number of tips, so a week of a million tips is counted where it is stored.
`reference_figures` is the slow twin a test compares this with. `progress` is told after each
step (the command line's progress bar).
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Integer,
    and_,
    cast,
    func,
    or_,
    select,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncConnection

from factchecks.database import Database, is_sqlite
from factchecks.reports.claim_figures import claim_figures
from factchecks.reports.figures import (
    EVERYTHING,
    Outcome,
    ReportFigures,
    TipFilter,
    Volume,
    VolumeRow,
)
from factchecks.reports.period import ReportPeriod
from factchecks.reports.period_tips import (
    ITEM,
    PERIOD_TIPS,
    TIP,
    Progress,
    T,
    copy_period_tips,
    counted,
    counts,
    fetch_rows,
    ignore_progress,
)
from factchecks.reports.regions import region_label
from factchecks.reports.sql_time import local_day, local_from_epoch, local_hour
from factchecks.reports.voter_cells import volume_rows

DEFAULT_TOP_CLAIMS = 20
STEPS = 9  # progress steps of `sql_figures`


def _volume(row: Sequence[Any]) -> Volume:
    return Volume(int(row[0] or 0), int(row[1] or 0))


async def sql_figures(
    db: Database,
    period: ReportPeriod,
    *,
    top: int = DEFAULT_TOP_CLAIMS,
    progress: Progress = ignore_progress,
    scope: TipFilter = EVERYTHING,
) -> ReportFigures:
    """Every figure of `period`'s report (of the tips in `scope`), counted by the database."""
    sqlite = is_sqlite(db.url)
    async with db.engine.connect() as connection:
        try:
            await copy_period_tips(connection, period, scope, sqlite=sqlite)
            progress("the period's tips")
            figures = await _figures(connection, period, top, sqlite, progress, scope)
            return replace(figures, scope=scope)
        finally:
            # After a failed query PostgreSQL refuses anything until rollback, which drops the
            # table anyway; a table left on a pooled SQLite connection is dropped before reuse.
            with contextlib.suppress(SQLAlchemyError):
                await connection.run_sync(lambda sync: PERIOD_TIPS.drop(sync, checkfirst=True))


async def _figures(
    connection: AsyncConnection,
    period: ReportPeriod,
    top: int,
    sqlite: bool,
    progress: Progress,
    scope: TipFilter,
) -> ReportFigures:
    total_row = (
        await connection.execute(select(func.count(), func.count(T.requester_id.distinct())))
    ).one()
    progress("totals")
    daily, hourly, breakdown = await _volume_rows(connection, period)
    progress("days and hours")
    regions = await _regions(connection)
    progress("regions")
    outcomes, answered_voters, minutes = await _outcomes(connection)
    progress("outcomes")
    backlog_items, backlog_voters = await _backlog(connection, period.end_utc, scope)
    progress("backlog")
    claim_count, claims = await claim_figures(connection, period, top, sqlite, progress, scope)
    return ReportFigures(
        period=period,
        total=_volume(total_row),
        daily=daily,
        hourly=hourly,
        breakdown=breakdown,
        regions=regions,
        outcomes=outcomes,
        answered_voters=answered_voters,
        answer_minutes=minutes,
        backlog_items=backlog_items,
        backlog_voters=backlog_voters,
        claim_count=claim_count,
        claims=claims,
    )


async def _volume_rows(
    connection: AsyncConnection, period: ReportPeriod
) -> tuple[tuple[VolumeRow, ...], tuple[VolumeRow, ...], tuple[VolumeRow, ...]]:
    """Group the period into voter cells in SQL; every breakdown is counted from them."""
    local = local_from_epoch(T.at_s, period.offsets(period.start_utc, period.end_utc))
    inner = select(
        local_day(local).label("day"),
        local_hour(local).label("hour"),
        T.channel,
        T.language,
        T.media,
        T.requester_id,
    ).subquery()
    keys = [inner.c.day, inner.c.hour, inner.c.channel, inner.c.language, inner.c.media]
    cells = await fetch_rows(
        connection,
        select(*keys, inner.c.requester_id, func.count()).group_by(*keys, inner.c.requester_id),
    )
    return volume_rows(
        [
            (int(d), int(h), str(c), str(lang), str(m), int(v), int(n))
            for d, h, c, lang, m, v, n in cells
        ],
        period.label,
    )


async def _regions(connection: AsyncConnection) -> tuple[tuple[str, Volume], ...]:
    statement = select(T.code, *counts()).where(T.channel == "whatsapp").group_by(T.code)
    merged: dict[str, Volume] = {}
    for found, tips, voters in await fetch_rows(connection, statement):
        label = region_label(str(found or ""))
        # Distinct voters add up across codes: a voter has one number, hence one code.
        before = merged.get(label, Volume(0, 0))
        merged[label] = Volume(before.tips + tips, before.voters + voters)
    return tuple(sorted(merged.items(), key=lambda pair: (-pair[1].voters, pair[0])))


async def _outcomes(
    connection: AsyncConnection,
) -> tuple[tuple[tuple[Outcome, Volume], ...], int, tuple[tuple[Outcome, int, int], ...]]:
    found = {
        Outcome(str(name)): Volume(tips, voters)
        for name, tips, voters in await fetch_rows(
            connection, select(T.outcome, *counts()).group_by(T.outcome)
        )
    }
    answered = T.outcome.in_([Outcome.AUTOMATIC.value, Outcome.DESK.value])
    answered_voters = (
        await connection.execute(select(func.count(T.requester_id.distinct())).where(answered))
    ).scalar_one()
    minute = cast(T.wait_s, Integer) // 60
    histogram = await fetch_rows(
        connection,
        select(T.outcome, minute, func.count())
        .where(answered)
        .group_by(T.outcome, minute)
        .order_by(T.outcome, minute),
    )
    return (
        tuple((name, found.get(name, Volume(0, 0))) for name in Outcome),
        int(answered_voters),
        tuple(sorted((Outcome(str(o)), int(m), int(n)) for o, m, n in histogram)),
    )


async def _backlog(connection: AsyncConnection, end: datetime, scope: TipFilter) -> tuple[int, int]:
    still_open = and_(
        ITEM.c.created_at < end, or_(ITEM.c.closed_at.is_(None), ITEM.c.closed_at >= end)
    )
    [row] = await fetch_rows(
        connection,
        select(func.count(ITEM.c.id.distinct()), func.count(TIP.c.requester_id.distinct()))
        .select_from(TIP.join(ITEM, ITEM.c.id == TIP.c.queue_item_id))
        .where(still_open, counted(None, end, scope)),
    )
    return int(row[0]), int(row[1])
