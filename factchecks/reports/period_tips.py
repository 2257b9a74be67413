"""The period's counted tips, copied once into a narrow temporary table, and the pieces of SQL
that say which tips count and what happened to them.

Both databases keep a temporary table to the connection that made it; `sql_figures` makes it
at the start of a report and drops it at the end. Every date function and join over the tips is
evaluated here, once per tip.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
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
    select,
)
from sqlalchemy.ext.asyncio import AsyncConnection

from factchecks.claim_tags import in_tags_sql
from factchecks.models import metadata
from factchecks.reports.figures import (
    EXCLUDED_TIP_STATUSES,
    UNKNOWN,
    MediaType,
    Outcome,
    TipFilter,
)
from factchecks.reports.period import ReportPeriod
from factchecks.reports.regions import calling_codes_of_regions, requester_calling_code_sql
from factchecks.reports.sql_time import epoch_seconds

TIP: Table = metadata.tables["tip"]
ITEM: Table = metadata.tables["queue_item"]
REQUESTER: Table = metadata.tables["requester"]
FACT_CHECK: Table = metadata.tables["fact_check"]
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


def ignore_progress(_step: str) -> None:
    return None


def counted(start: datetime | None, end: datetime, scope: TipFilter) -> ColumnElement[bool]:
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
                    requester_calling_code_sql(REQUESTER.c.address, REQUESTER.c.calling_code).in_(
                        codes
                    ),
                )
            )
        )
    if scope.tags:
        conditions.append(in_tags_sql(scope.tags, TIP.c.queue_item_id, TIP.c.fact_check_id))
    return and_(*conditions)


def media_type() -> ColumnElement[str]:
    has_text = and_(TIP.c.image_text.is_not(None), TIP.c.image_text != "")
    return case(
        (and_(TIP.c.fingerprint.is_not(None), has_text), MediaType.SCREENSHOT.value),
        (TIP.c.fingerprint.is_not(None), MediaType.PICTURE.value),
        (TIP.c.media_note.is_not(None), MediaType.OTHER.value),
        else_=MediaType.TEXT.value,
    )


def outcome_at(end: datetime) -> ColumnElement[str]:
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


def with_item() -> Any:
    return TIP.outerjoin(ITEM, ITEM.c.id == TIP.c.queue_item_id)


def item_key() -> ColumnElement[int]:
    """The queue item a tip is grouped by when it has no fact-check."""
    return case((TIP.c.fact_check_id.is_(None), TIP.c.queue_item_id), else_=None)


def counts() -> list[ColumnElement[Any]]:
    return [func.count(), func.count(T.requester_id.distinct())]


async def fetch_rows(
    connection: AsyncConnection, statement: Select[Any] | Any
) -> list[Sequence[Any]]:
    return list((await connection.execute(statement)).all())


async def copy_period_tips(
    connection: AsyncConnection, period: ReportPeriod, scope: TipFilter, *, sqlite: bool
) -> None:
    """Fill the temporary table with the period's counted tips (one pass over them)."""
    start, end = period.start_utc, period.end_utc
    outcome = outcome_at(end)
    wait_s = case(
        (
            outcome == Outcome.DESK.value,
            epoch_seconds(ITEM.c.closed_at, sqlite=sqlite)
            - epoch_seconds(TIP.c.received_at, sqlite=sqlite),
        ),
        else_=0,
    )
    code = case(
        (
            TIP.c.channel == "whatsapp",
            requester_calling_code_sql(REQUESTER.c.address, REQUESTER.c.calling_code),
        ),
        else_=None,
    )
    source = (
        select(
            cast(TIP.c.channel, String),
            func.coalesce(TIP.c.language, UNKNOWN),
            media_type(),
            code,
            TIP.c.requester_id,
            outcome,
            wait_s,
            TIP.c.fact_check_id,
            item_key(),
            case((TIP.c.forwarded, 1), else_=0),
            case((TIP.c.frequently_forwarded, 1), else_=0),
            epoch_seconds(TIP.c.received_at, sqlite=sqlite),
        )
        .select_from(
            TIP.outerjoin(ITEM, ITEM.c.id == TIP.c.queue_item_id).join(
                REQUESTER, REQUESTER.c.id == TIP.c.requester_id
            )
        )
        .where(counted(start, end, scope))
    )
    if sqlite:
        # Sorting for GROUP BY and the temporary table in memory, not in temporary files.
        await connection.exec_driver_sql("PRAGMA temp_store=MEMORY")
    await connection.run_sync(lambda sync: PERIOD_TIPS.drop(sync, checkfirst=True))
    await connection.run_sync(lambda sync: PERIOD_TIPS.create(sync))
    await connection.execute(
        PERIOD_TIPS.insert().from_select([column.name for column in PERIOD_TIPS.columns], source)
    )
