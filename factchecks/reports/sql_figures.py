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
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    ColumnElement,
    Integer,
    MetaData,
    Select,
    String,
    Table,
    and_,
    case,
    cast,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncConnection

from factchecks.database import Database, is_sqlite
from factchecks.models import metadata
from factchecks.reports.figures import (
    EVERYTHING,
    EXCLUDED_TIP_STATUSES,
    UNKNOWN,
    ClaimFigures,
    ClaimKind,
    Dimension,
    MediaType,
    Outcome,
    ReportFigures,
    TipFilter,
    Volume,
    VolumeRow,
)
from factchecks.reports.period import ReportPeriod
from factchecks.reports.regions import calling_code_sql, calling_codes_of_regions, region_label
from factchecks.reports.sql_time import epoch_seconds, local_day, local_from_epoch, local_hour
from factchecks.reports.voter_cells import volume_rows

TIP: Table = metadata.tables["tip"]
ITEM: Table = metadata.tables["queue_item"]
REQUESTER: Table = metadata.tables["requester"]
FACT_CHECK: Table = metadata.tables["fact_check"]
EPOCH_DAY = date(1970, 1, 1)
DEFAULT_TOP_CLAIMS = 20
STEPS = 9  # progress steps of `sql_figures`

Progress = Callable[[str], None]

# The period's counted tips, one narrow row each; per connection (both databases keep a temporary
# table to the connection that made it), dropped when the figures are read.
PERIOD_TIPS = Table(
    "report_period_tips",
    MetaData(),
    Column("channel", String(16)),
    Column("language", String(16)),
    Column("media", String(16)),
    Column("code", String(3)),
    Column("requester_id", Integer),
    Column("outcome", String(16)),
    Column("wait_s", BigInteger),
    Column("fc", Integer),
    Column("item", Integer),
    Column("forwarded", Integer),
    Column("frequently_forwarded", Integer),
    Column("at_s", BigInteger),
    prefixes=["TEMPORARY"],
)
T = PERIOD_TIPS.c


def _ignore(_step: str) -> None:
    return None


def _counted(start: datetime | None, end: datetime, scope: TipFilter) -> ColumnElement[bool]:
    """Tips that count: received in [start, end), not rate-limited nor blocked, in `scope`."""
    status = cast(TIP.c.status, String)
    conditions = [TIP.c.received_at < end, status.not_in(EXCLUDED_TIP_STATUSES)]
    if start is not None:
        conditions.append(TIP.c.received_at >= start)
    if scope.languages:
        conditions.append(func.coalesce(TIP.c.language, UNKNOWN).in_(sorted(scope.languages)))
    if scope.regions:
        codes = sorted(calling_codes_of_regions(scope.regions))
        conditions.append(
            TIP.c.requester_id.in_(
                select(REQUESTER.c.id).where(
                    REQUESTER.c.channel == "whatsapp",
                    calling_code_sql(REQUESTER.c.address).in_(codes),
                )
            )
        )
    return and_(*conditions)


def _media() -> ColumnElement[str]:
    has_text = and_(TIP.c.image_text.is_not(None), TIP.c.image_text != "")
    return case(
        (and_(TIP.c.fingerprint.is_not(None), has_text), MediaType.SCREENSHOT.value),
        (TIP.c.fingerprint.is_not(None), MediaType.PICTURE.value),
        (TIP.c.media_note.is_not(None), MediaType.OTHER.value),
        else_=MediaType.TEXT.value,
    )


def _dimension(dimension: Dimension) -> ColumnElement[str]:
    if dimension is Dimension.ALL:
        return literal(Dimension.ALL.value, String)
    return {Dimension.CHANNEL: T.channel, Dimension.LANGUAGE: T.language, Dimension.MEDIA: T.media}[
        dimension
    ]


def _outcome(end: datetime) -> ColumnElement[str]:
    """A tip's outcome at `end` (needs the queue item outer-joined)."""
    closed = and_(ITEM.c.closed_at.is_not(None), ITEM.c.closed_at < end)
    tip_status, item_status = cast(TIP.c.status, String), cast(ITEM.c.status, String)
    return case(
        (and_(tip_status == "answered", TIP.c.queue_item_id.is_(None)), Outcome.AUTOMATIC.value),
        (and_(item_status == "answered", closed), Outcome.DESK.value),
        (and_(item_status == "dismissed", closed), Outcome.DISMISSED.value),
        (tip_status == "unusable", Outcome.UNUSABLE.value),
        else_=Outcome.OPEN.value,
    )


def _with_item() -> Any:
    return TIP.outerjoin(ITEM, ITEM.c.id == TIP.c.queue_item_id)


def _item_key() -> ColumnElement[int]:
    """The queue item a tip is grouped by when it has no fact-check."""
    return case((TIP.c.fact_check_id.is_(None), TIP.c.queue_item_id), else_=None)


def _volume(row: Sequence[Any]) -> Volume:
    return Volume(int(row[0] or 0), int(row[1] or 0))


def _counts() -> list[ColumnElement[Any]]:
    return [func.count(), func.count(T.requester_id.distinct())]


async def _rows(connection: AsyncConnection, statement: Select[Any] | Any) -> list[Sequence[Any]]:
    return list((await connection.execute(statement)).all())


async def _copy_period_tips(
    connection: AsyncConnection, period: ReportPeriod, scope: TipFilter, *, sqlite: bool
) -> None:
    """Fill the temporary table with the period's counted tips (one pass over them)."""
    start, end = period.start_utc, period.end_utc
    outcome = _outcome(end)
    wait_s = case(
        (
            outcome == Outcome.DESK.value,
            epoch_seconds(ITEM.c.closed_at, sqlite=sqlite)
            - epoch_seconds(TIP.c.received_at, sqlite=sqlite),
        ),
        else_=0,
    )
    code = case((TIP.c.channel == "whatsapp", calling_code_sql(REQUESTER.c.address)), else_=None)
    source = (
        select(
            cast(TIP.c.channel, String),
            func.coalesce(TIP.c.language, UNKNOWN),
            _media(),
            code,
            TIP.c.requester_id,
            outcome,
            wait_s,
            TIP.c.fact_check_id,
            _item_key(),
            case((TIP.c.forwarded, 1), else_=0),
            case((TIP.c.frequently_forwarded, 1), else_=0),
            epoch_seconds(TIP.c.received_at, sqlite=sqlite),
        )
        .select_from(
            TIP.outerjoin(ITEM, ITEM.c.id == TIP.c.queue_item_id).join(
                REQUESTER, REQUESTER.c.id == TIP.c.requester_id
            )
        )
        .where(_counted(start, end, scope))
    )
    if sqlite:
        # Sorting for GROUP BY and the temporary table in memory, not in temporary files.
        await connection.exec_driver_sql("PRAGMA temp_store=MEMORY")
    await connection.run_sync(lambda sync: PERIOD_TIPS.drop(sync, checkfirst=True))
    await connection.run_sync(lambda sync: PERIOD_TIPS.create(sync))
    await connection.execute(
        PERIOD_TIPS.insert().from_select([column.name for column in PERIOD_TIPS.columns], source)
    )


async def sql_figures(
    db: Database,
    period: ReportPeriod,
    *,
    top: int = DEFAULT_TOP_CLAIMS,
    progress: Progress = _ignore,
    scope: TipFilter = EVERYTHING,
) -> ReportFigures:
    """Every figure of `period`'s report (of the tips in `scope`), counted by the database."""
    sqlite = is_sqlite(db.url)
    async with db.engine.connect() as connection:
        try:
            await _copy_period_tips(connection, period, scope, sqlite=sqlite)
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
    claim_count, claims = await _claims(connection, period, top, sqlite, progress, scope)
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
    cells = await _rows(
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
    statement = select(T.code, *_counts()).where(T.channel == "whatsapp").group_by(T.code)
    merged: dict[str, Volume] = {}
    for found, tips, voters in await _rows(connection, statement):
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
        for name, tips, voters in await _rows(
            connection, select(T.outcome, *_counts()).group_by(T.outcome)
        )
    }
    answered = T.outcome.in_([Outcome.AUTOMATIC.value, Outcome.DESK.value])
    answered_voters = (
        await connection.execute(select(func.count(T.requester_id.distinct())).where(answered))
    ).scalar_one()
    minute = cast(T.wait_s, Integer) // 60
    histogram = await _rows(
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
    [row] = await _rows(
        connection,
        select(func.count(ITEM.c.id.distinct()), func.count(TIP.c.requester_id.distinct()))
        .select_from(TIP.join(ITEM, ITEM.c.id == TIP.c.queue_item_id))
        .where(still_open, _counted(None, end, scope)),
    )
    return int(row[0]), int(row[1])


async def _claims(
    connection: AsyncConnection,
    period: ReportPeriod,
    top: int,
    sqlite: bool,
    progress: Progress,
    scope: TipFilter,
) -> tuple[int, tuple[ClaimFigures, ...]]:
    end = period.end_utc
    voters = func.count(T.requester_id.distinct())
    grouped = (
        select(
            T.fc,
            T.item,
            func.count().label("tips"),
            voters.label("voters"),
            func.sum(T.forwarded),
            func.count(case((T.forwarded == 1, T.requester_id)).distinct()),
            func.sum(T.frequently_forwarded),
            func.count(case((T.frequently_forwarded == 1, T.requester_id)).distinct()),
            func.min(T.at_s),
            func.max(T.at_s),
        )
        .where(or_(T.fc.is_not(None), T.item.is_not(None)))
        .group_by(T.fc, T.item)
    )
    claim_count = (
        await connection.execute(select(func.count()).select_from(grouped.subquery()))
    ).scalar_one()
    progress("claims")
    ranked = await _rows(
        connection,
        grouped.order_by(
            voters.desc(),
            func.count().desc(),
            func.coalesce(T.fc, 0),
            func.coalesce(T.item, 0),
        ).limit(top),
    )
    keys = [(row[0], row[1]) for row in ranked]
    languages = await _claim_languages(connection, keys)
    previous_period = period.previous()
    previous = await _claim_volumes(
        connection, keys, _counted(previous_period.start_utc, previous_period.end_utc, scope)
    )
    progress("claim languages and growth")
    history = await _claim_history(connection, keys, end, sqlite, scope)
    details = await _claim_details(connection, keys, end)
    progress("claim history")
    claims = []
    for row in ranked:
        key = (row[0], row[1])
        first_s, answered_s, voters_ever = history.get(key, (None, None, 0))
        kind, claim_id, text, verdict, url, status = details[key]
        claims.append(
            ClaimFigures(
                kind=kind,
                claim_id=claim_id,
                text=text,
                verdict=verdict,
                url=url,
                status=status,
                volume=Volume(int(row[2]), int(row[3])),
                forwarded=Volume(int(row[4] or 0), int(row[5])),
                frequently_forwarded=Volume(int(row[6] or 0), int(row[7])),
                languages=languages.get(key, ()),
                first_seen_s=int(row[8]),
                last_seen_s=int(row[9]),
                previous=previous.get(key, Volume(0, 0)),
                voters_ever=voters_ever,
                answer_s=(
                    answered_s - first_s if answered_s is not None and first_s is not None else None
                ),
            )
        )
    return int(claim_count), tuple(claims)


Key = tuple[int | None, int | None]


def _key_filter(keys: list[Key]) -> ColumnElement[bool]:
    fact_checks = [fc for fc, _ in keys if fc is not None]
    items = [item for fc, item in keys if fc is None and item is not None]
    return or_(
        TIP.c.fact_check_id.in_(fact_checks),
        and_(TIP.c.fact_check_id.is_(None), TIP.c.queue_item_id.in_(items)),
    )


async def _claim_languages(
    connection: AsyncConnection, keys: list[Key]
) -> dict[Key, tuple[tuple[str, Volume], ...]]:
    if not keys:
        return {}
    fact_checks = [fc for fc, _ in keys if fc is not None]
    items = [item for fc, item in keys if fc is None and item is not None]
    found: dict[Key, list[tuple[str, Volume]]] = {}
    for fc, item, language, tips, voters in await _rows(
        connection,
        select(T.fc, T.item, T.language, *_counts())
        .where(or_(T.fc.in_(fact_checks), and_(T.fc.is_(None), T.item.in_(items))))
        .group_by(T.fc, T.item, T.language),
    ):
        found.setdefault((fc, item), []).append((str(language), Volume(tips, voters)))
    return {
        key: tuple(sorted(values, key=lambda pair: (-pair[1].voters, -pair[1].tips, pair[0])))
        for key, values in found.items()
    }


async def _claim_volumes(
    connection: AsyncConnection, keys: list[Key], counted: ColumnElement[bool]
) -> dict[Key, Volume]:
    if not keys:
        return {}
    inner = (
        select(TIP.c.fact_check_id.label("fc"), _item_key().label("item"), TIP.c.requester_id)
        .where(counted, _key_filter(keys))
        .subquery()
    )
    rows = await _rows(
        connection,
        select(
            inner.c.fc, inner.c.item, func.count(), func.count(inner.c.requester_id.distinct())
        ).group_by(inner.c.fc, inner.c.item),
    )
    return {(fc, item): Volume(tips, voters) for fc, item, tips, voters in rows}


async def _claim_history(
    connection: AsyncConnection, keys: list[Key], end: datetime, sqlite: bool, scope: TipFilter
) -> dict[Key, tuple[int | None, int | None, int]]:
    """(first tip, first answer, distinct voters) of each claim up to `end`."""
    if not keys:
        return {}
    outcome = _outcome(end)
    answered_at = case(
        (outcome == Outcome.AUTOMATIC.value, epoch_seconds(TIP.c.received_at, sqlite=sqlite)),
        (outcome == Outcome.DESK.value, epoch_seconds(ITEM.c.closed_at, sqlite=sqlite)),
        else_=None,
    )
    inner = (
        select(
            TIP.c.fact_check_id.label("fc"),
            _item_key().label("item"),
            TIP.c.requester_id,
            epoch_seconds(TIP.c.received_at, sqlite=sqlite).label("at_s"),
            answered_at.label("answered_s"),
        )
        .select_from(_with_item())
        .where(_counted(None, end, scope), _key_filter(keys))
        .subquery()
    )
    rows = await _rows(
        connection,
        select(
            inner.c.fc,
            inner.c.item,
            func.min(inner.c.at_s),
            func.min(inner.c.answered_s),
            func.count(inner.c.requester_id.distinct()),
        ).group_by(inner.c.fc, inner.c.item),
    )
    return {
        (fc, item): (
            None if first is None else int(first),
            None if answered is None else int(answered),
            int(voters),
        )
        for fc, item, first, answered, voters in rows
    }


ClaimDetails = tuple[ClaimKind, int, str, str | None, str | None, str]


async def _claim_details(
    connection: AsyncConnection, keys: list[Key], end: datetime
) -> dict[Key, ClaimDetails]:
    details: dict[Key, ClaimDetails] = {}
    fact_checks = [fc for fc, _ in keys if fc is not None]
    items = [item for fc, item in keys if fc is None and item is not None]
    if fact_checks:
        for fc_id, claim, verdict, url in await _rows(
            connection,
            select(
                FACT_CHECK.c.id,
                FACT_CHECK.c.claim,
                cast(FACT_CHECK.c.verdict, String),
                FACT_CHECK.c.url,
            ).where(FACT_CHECK.c.id.in_(fact_checks)),
        ):
            details[(fc_id, None)] = (ClaimKind.FACT_CHECK, fc_id, claim, verdict, url, "answered")
    if items:
        for item_id, claim, status, closed_at in await _rows(
            connection,
            select(ITEM.c.id, ITEM.c.claim, cast(ITEM.c.status, String), ITEM.c.closed_at).where(
                ITEM.c.id.in_(items)
            ),
        ):
            closed = closed_at is not None and _as_utc(closed_at) < end
            details[(None, item_id)] = (
                ClaimKind.QUEUE_ITEM,
                item_id,
                claim,
                None,
                None,
                str(status) if closed else "open",
            )
    return details


def _as_utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value
