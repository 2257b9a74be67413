"""Whole seconds in SQL (`factchecks.reports.sql_time.epoch_seconds`) against Python's own, on
both databases: the report's fast path and its slow twin must put every tip in the same second,
hour and day."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Column, DateTime, Integer, MetaData, Table, select

from factchecks.database import Database
from factchecks.reports.sql_time import epoch_seconds

MOMENTS = (
    datetime(2026, 12, 6, 23, 59, 59, 999_700, tzinfo=UTC),  # the last half millisecond of a day
    datetime(2026, 12, 7, 12, 0, 59, 999_999, tzinfo=UTC),
    datetime(2026, 12, 7, 12, 1, 0, tzinfo=UTC),
    datetime(2026, 12, 7, 12, 1, 0, 400, tzinfo=UTC),
)


async def test_sql_seconds_round_down_like_python(db: Database) -> None:
    table = Table(
        "moments",
        MetaData(),
        Column("id", Integer, primary_key=True),
        Column("at", DateTime(timezone=True)),
    )
    sqlite = db.engine.dialect.name == "sqlite"
    async with db.engine.begin() as connection:
        await connection.run_sync(table.create)
        await connection.execute(table.insert(), [{"at": moment} for moment in MOMENTS])
        seconds = (
            await connection.execute(
                select(epoch_seconds(table.c.at, sqlite=sqlite)).order_by(table.c.id)
            )
        ).scalars()
        assert list(seconds) == [int(moment.timestamp()) for moment in MOMENTS]
