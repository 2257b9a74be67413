"""The top claims of a period: ranked in SQL from the period's tips, then their languages, the
period before, their whole history and their fact-check or queue item."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import ColumnElement, String, and_, case, cast, func, or_, select
from sqlalchemy.ext.asyncio import AsyncConnection

from factchecks.reports.figures import (
    ClaimFigures,
    ClaimKind,
    Outcome,
    TipFilter,
    Volume,
)
from factchecks.reports.period import ReportPeriod
from factchecks.reports.period_tips import (
    FACT_CHECK,
    ITEM,
    TIP,
    Progress,
    T,
    counted,
    counts,
    fetch_rows,
    item_key,
    outcome_at,
    with_item,
)
from factchecks.reports.sql_time import epoch_seconds


async def claim_figures(
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
    ranked = await fetch_rows(
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
        connection, keys, counted(previous_period.start_utc, previous_period.end_utc, scope)
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
    for fc, item, language, tips, voters in await fetch_rows(
        connection,
        select(T.fc, T.item, T.language, *counts())
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
        select(TIP.c.fact_check_id.label("fc"), item_key().label("item"), TIP.c.requester_id)
        .where(counted, _key_filter(keys))
        .subquery()
    )
    rows = await fetch_rows(
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
    outcome = outcome_at(end)
    answered_at = case(
        (outcome == Outcome.AUTOMATIC.value, epoch_seconds(TIP.c.received_at, sqlite=sqlite)),
        (outcome == Outcome.DESK.value, epoch_seconds(ITEM.c.closed_at, sqlite=sqlite)),
        else_=None,
    )
    inner = (
        select(
            TIP.c.fact_check_id.label("fc"),
            item_key().label("item"),
            TIP.c.requester_id,
            epoch_seconds(TIP.c.received_at, sqlite=sqlite).label("at_s"),
            answered_at.label("answered_s"),
        )
        .select_from(with_item())
        .where(counted(None, end, scope), _key_filter(keys))
        .subquery()
    )
    rows = await fetch_rows(
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
        for fc_id, claim, verdict, url in await fetch_rows(
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
        for item_id, claim, status, closed_at in await fetch_rows(
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
