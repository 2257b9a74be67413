"""The daily retention job on SQLite and PostgreSQL: however many workers look, one pass a day."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta

from sqlmodel import select

from bot.retention_job import RetentionJob
from factchecks.clock import utc_now
from factchecks.database import Database, is_sqlite
from factchecks.models import PurgeRun
from factchecks.retention import RetentionPolicy


async def _runs(db: Database) -> int:
    async with db.session() as session:
        return len((await session.exec(select(PurgeRun))).all())


async def test_several_workers_run_one_pass_a_day(db: Database) -> None:
    now = utc_now()

    def clock() -> datetime:
        return now

    workers = [RetentionJob(db, RetentionPolicy(), clock=clock) for _ in range(3)]

    async def everyone_looks() -> None:
        if is_sqlite(db.url):  # one process by design: its workers look one after the other
            for worker in workers:
                await worker.run_pass()
        else:  # at the same moment: the advisory lock lets one in at a time
            await asyncio.gather(*(worker.run_pass() for worker in workers))

    await everyone_looks()
    await everyone_looks()
    assert await _runs(db) == 1 and sum(worker.passes for worker in workers) == 1

    now += timedelta(hours=23)  # not a day yet
    await everyone_looks()
    assert await _runs(db) == 1

    now += timedelta(hours=2)  # a day and an hour after the first pass
    await everyone_looks()
    assert await _runs(db) == 2 and sum(worker.passes for worker in workers) == 2
    for worker in workers:
        await worker.stop()
