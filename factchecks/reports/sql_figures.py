"""The report's figures computed by the database: a few GROUP BY queries over the period's tips.

Each query returns at most a few thousand rows (days x values, hours x values, calling codes,
minute buckets, the top claims), whatever the number of tips, so a week of a million tips is
counted where it is stored. `reference_figures` is the slow twin a test compares this with.
`progress` is told after each step (the command line's progress bar).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
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
from sqlalchemy.ext.asyncio import AsyncConnection

from factchecks.database import Database, is_sqlite
from factchecks.models import metadata
from factchecks.reports.figures import (
    EXCLUDED_TIP_STATUSES,
    UNKNOWN,
    ClaimFigures,
    ClaimKind,
    Dimension,
    MediaType,
    Outcome,
    ReportFigures,
    Volume,
    VolumeRow,
)
from factchecks.reports.period import ReportPeriod
from factchecks.reports.regions import calling_code_sql, region_label
from factchecks.reports.sql_time import epoch_seconds, local_day, local_hour, local_seconds

TIP: Table = metadata.tables["tip"]
ITEM: Table = metadata.tables["queue_item"]
REQUESTER: Table = metadata.tables["requester"]
FACT_CHECK: Table = metadata.tables["fact_check"]
EPOCH_DAY = date(1970, 1, 1)
DEFAULT_TOP_CLAIMS = 20
STEPS = 8  # progress steps of `sql_figures`

Progress = Callable[[str], None]


def _ignore(_step: str) -> None:
    return None


def _counted(start: datetime | None, end: datetime) -> ColumnElement[bool]:
    """Tips that count: received in [start, end), not rate-limited nor blocked."""
    status = cast(TIP.c.status, String)
    conditions = [TIP.c.received_at < end, status.not_in(EXCLUDED_TIP_STATUSES)]
    if start is not None:
        conditions.append(TIP.c.received_at >= start)
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
    if dimension is Dimension.CHANNEL:
        return cast(TIP.c.channel, String)
    if dimension is Dimension.LANGUAGE:
        return func.coalesce(TIP.c.language, UNKNOWN)
    if dimension is Dimension.MEDIA:
        return _media()
    return literal(Dimension.ALL.value, String)


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
    return [func.count(), func.count(TIP.c.requester_id.distinct())]


async def _rows(connection: AsyncConnection, statement: Select[Any] | Any) -> list[Sequence[Any]]:
    return list((await connection.execute(statement)).all())


async def sql_figures(
    db: Database,
    period: ReportPeriod,
    *,
    top: int = DEFAULT_TOP_CLAIMS,
    progress: Progress = _ignore,
) -> ReportFigures:
    """Every figure of `period`'s report, counted by the database."""
    sqlite = is_sqlite(db.url)
    start, end = period.start_utc, period.end_utc
    counted = _counted(start, end)
    async with db.engine.connect() as connection:
        [total_row] = await _rows(connection, select(*_counts()).where(counted))
        progress("totals")
        daily, hourly, breakdown = await _volume_rows(connection, period, sqlite=sqlite)
        progress("days and hours")
        regions = await _regions(connection, counted)
        progress("regions")
        outcomes, answered_voters, minutes = await _outcomes(connection, counted, end, sqlite)
        progress("outcomes")
        backlog_items, backlog_voters = await _backlog(connection, end)
        progress("backlog")
        claim_count, claims = await _claims(connection, period, top, sqlite, progress)
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
    connection: AsyncConnection, period: ReportPeriod, *, sqlite: bool
) -> tuple[tuple[VolumeRow, ...], tuple[VolumeRow, ...], tuple[VolumeRow, ...]]:
    start, end = period.start_utc, period.end_utc
    local = local_seconds(TIP.c.received_at, period.offsets(start, end), sqlite=sqlite)
    daily: list[VolumeRow] = []
    hourly: list[VolumeRow] = []
    breakdown: list[VolumeRow] = []
    for dimension in Dimension:
        inner = (
            select(
                local_day(local).label("day"),
                local_hour(local).label("hour"),
                _dimension(dimension).label("value"),
                TIP.c.requester_id,
            )
            .where(_counted(start, end))
            .subquery()
        )
        for slot, rows in (("day", daily), ("hour", hourly), ("period", breakdown)):
            if slot == "period" and dimension is Dimension.ALL:
                continue  # the totals
            key = inner.c[slot] if slot != "period" else literal(period.label, String)
            statement = (
                select(
                    key, inner.c.value, func.count(), func.count(inner.c.requester_id.distinct())
                )
                .group_by(key, inner.c.value)
                .order_by(key, inner.c.value)
            )
            for found, value, tips, voters in await _rows(connection, statement):
                label = (
                    (EPOCH_DAY + timedelta(days=int(found))).isoformat()
                    if slot == "day"
                    else f"{int(found):02d}"
                    if slot == "hour"
                    else period.label
                )
                rows.append(VolumeRow(label, dimension, str(value), Volume(tips, voters)))
    return tuple(daily), tuple(hourly), tuple(breakdown)


async def _regions(
    connection: AsyncConnection, counted: ColumnElement[bool]
) -> tuple[tuple[str, Volume], ...]:
    code = calling_code_sql(REQUESTER.c.address).label("code")
    inner = (
        select(code, TIP.c.requester_id)
        .select_from(TIP.join(REQUESTER, REQUESTER.c.id == TIP.c.requester_id))
        .where(counted, TIP.c.channel == "whatsapp")
        .subquery()
    )
    statement = select(
        inner.c.code, func.count(), func.count(inner.c.requester_id.distinct())
    ).group_by(inner.c.code)
    merged: dict[str, Volume] = {}
    for found, tips, voters in await _rows(connection, statement):
        label = region_label(str(found))
        # Distinct voters add up across codes: a voter has one number, hence one code.
        before = merged.get(label, Volume(0, 0))
        merged[label] = Volume(before.tips + tips, before.voters + voters)
    return tuple(sorted(merged.items(), key=lambda pair: (-pair[1].voters, pair[0])))


async def _outcomes(
    connection: AsyncConnection, counted: ColumnElement[bool], end: datetime, sqlite: bool
) -> tuple[tuple[tuple[Outcome, Volume], ...], int, tuple[tuple[Outcome, int, int], ...]]:
    outcome = _outcome(end)
    inner = (
        select(
            outcome.label("outcome"),
            TIP.c.requester_id,
            case(
                (
                    outcome == Outcome.DESK.value,
                    epoch_seconds(ITEM.c.closed_at, sqlite=sqlite)
                    - epoch_seconds(TIP.c.received_at, sqlite=sqlite),
                ),
                else_=0,
            ).label("wait_s"),
        )
        .select_from(_with_item())
        .where(counted)
        .subquery()
    )
    found = {
        Outcome(str(name)): Volume(tips, voters)
        for name, tips, voters in await _rows(
            connection,
            select(
                inner.c.outcome, func.count(), func.count(inner.c.requester_id.distinct())
            ).group_by(inner.c.outcome),
        )
    }
    answered = inner.c.outcome.in_([Outcome.AUTOMATIC.value, Outcome.DESK.value])
    answered_voters = (
        await connection.execute(
            select(func.count(inner.c.requester_id.distinct())).where(answered)
        )
    ).scalar_one()
    minute = (cast(inner.c.wait_s, Integer) // 60).label("minute")
    minutes_inner = select(inner.c.outcome, minute).where(answered).subquery()
    histogram = await _rows(
        connection,
        select(minutes_inner.c.outcome, minutes_inner.c.minute, func.count())
        .group_by(minutes_inner.c.outcome, minutes_inner.c.minute)
        .order_by(minutes_inner.c.outcome, minutes_inner.c.minute),
    )
    return (
        tuple((name, found.get(name, Volume(0, 0))) for name in Outcome),
        int(answered_voters),
        tuple(sorted((Outcome(str(o)), int(m), int(n)) for o, m, n in histogram)),
    )


async def _backlog(connection: AsyncConnection, end: datetime) -> tuple[int, int]:
    still_open = and_(
        ITEM.c.created_at < end, or_(ITEM.c.closed_at.is_(None), ITEM.c.closed_at >= end)
    )
    [row] = await _rows(
        connection,
        select(func.count(ITEM.c.id.distinct()), func.count(TIP.c.requester_id.distinct()))
        .select_from(TIP.join(ITEM, ITEM.c.id == TIP.c.queue_item_id))
        .where(still_open, _counted(None, end)),
    )
    return int(row[0]), int(row[1])


async def _claims(
    connection: AsyncConnection,
    period: ReportPeriod,
    top: int,
    sqlite: bool,
    progress: Progress,
) -> tuple[int, tuple[ClaimFigures, ...]]:
    start, end = period.start_utc, period.end_utc
    fact_check, item = TIP.c.fact_check_id, _item_key()
    has_claim = or_(fact_check.is_not(None), TIP.c.queue_item_id.is_not(None))
    inner = (
        select(
            fact_check.label("fc"),
            item.label("item"),
            TIP.c.requester_id,
            TIP.c.forwarded,
            TIP.c.frequently_forwarded,
            epoch_seconds(TIP.c.received_at, sqlite=sqlite).label("at_s"),
        )
        .where(_counted(start, end), has_claim)
        .subquery()
    )
    voters = func.count(inner.c.requester_id.distinct())
    grouped = select(
        inner.c.fc,
        inner.c.item,
        func.count().label("tips"),
        voters.label("voters"),
        func.sum(case((inner.c.forwarded, 1), else_=0)),
        func.count(case((inner.c.forwarded, inner.c.requester_id)).distinct()),
        func.sum(case((inner.c.frequently_forwarded, 1), else_=0)),
        func.count(case((inner.c.frequently_forwarded, inner.c.requester_id)).distinct()),
        func.min(inner.c.at_s),
        func.max(inner.c.at_s),
    ).group_by(inner.c.fc, inner.c.item)
    claim_count = (
        await connection.execute(select(func.count()).select_from(grouped.subquery()))
    ).scalar_one()
    progress("claims")
    ranked = await _rows(
        connection,
        grouped.order_by(
            voters.desc(),
            func.count().desc(),
            func.coalesce(inner.c.fc, 0),
            func.coalesce(inner.c.item, 0),
        ).limit(top),
    )
    keys = [(row[0], row[1]) for row in ranked]
    languages = await _claim_languages(connection, keys, _counted(start, end))
    previous_period = period.previous()
    previous = await _claim_volumes(
        connection, keys, _counted(previous_period.start_utc, previous_period.end_utc)
    )
    progress("claim languages and growth")
    history = await _claim_history(connection, keys, end, sqlite)
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
    connection: AsyncConnection, keys: list[Key], counted: ColumnElement[bool]
) -> dict[Key, tuple[tuple[str, Volume], ...]]:
    if not keys:
        return {}
    inner = (
        select(
            TIP.c.fact_check_id.label("fc"),
            _item_key().label("item"),
            func.coalesce(TIP.c.language, UNKNOWN).label("language"),
            TIP.c.requester_id,
        )
        .where(counted, _key_filter(keys))
        .subquery()
    )
    found: dict[Key, list[tuple[str, Volume]]] = {}
    for fc, item, language, tips, voters in await _rows(
        connection,
        select(
            inner.c.fc,
            inner.c.item,
            inner.c.language,
            func.count(),
            func.count(inner.c.requester_id.distinct()),
        ).group_by(inner.c.fc, inner.c.item, inner.c.language),
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
    connection: AsyncConnection, keys: list[Key], end: datetime, sqlite: bool
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
        .where(_counted(None, end), _key_filter(keys))
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
