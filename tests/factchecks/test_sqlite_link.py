"""`factchecks.sqlite_link`: SQLite through one thread hop per statement, or none when brief.

The link must behave exactly like aiosqlite, the driver SQLAlchemy ships for SQLite under
asyncio (its slow, obvious twin): the same script of statements gives the same rows, row counts,
new ids and errors on both, on the link's thread and on the event loop's. And a brief statement
that meets another process's write lock must wait for it off the event loop: webhooks keep being
acknowledged while a `tipline import` holds the database.
"""

from __future__ import annotations

import asyncio
import itertools
import sqlite3
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import (
    Column,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    bindparam,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection, create_async_engine

from factchecks.database import SQLITE_BUSY_TIMEOUT_S, Database
from factchecks.sqlite_link import SQLiteLink

_METADATA = MetaData()
_ROWS = Table(
    "link_rows",
    _METADATA,
    Column("id", Integer, primary_key=True),
    Column("name", String, unique=True, nullable=False),
    Column("seen_at", DateTime, nullable=True),
)
_WHEN = datetime(2026, 11, 3, 7, 30, tzinfo=UTC).replace(tzinfo=None)


async def _script(connection: AsyncConnection) -> list[Any]:
    """Statements of every kind the bot makes; what a caller can observe of each."""
    seen: list[Any] = []
    result = await connection.execute(insert(_ROWS).values(name="first", seen_at=_WHEN))
    seen.append(("new id", result.inserted_primary_key))
    result = await connection.execute(
        insert(_ROWS), [{"name": f"many-{n}", "seen_at": None} for n in range(5)]
    )
    seen.append(("many", result.rowcount))
    result = await connection.execute(
        insert(_ROWS).values(name="returned").returning(_ROWS.c.id, _ROWS.c.name)
    )
    seen.append(("returning", result.all()))
    result = await connection.execute(
        update(_ROWS).where(_ROWS.c.name.like("many-%")).values(seen_at=_WHEN)
    )
    seen.append(("updated", result.rowcount))
    result = await connection.execute(select(_ROWS).order_by(_ROWS.c.id))
    seen.append(("rows", result.all()))
    result = await connection.execute(
        select(_ROWS.c.name).where(_ROWS.c.id == bindparam("wanted")), {"wanted": 3}
    )
    seen.append(("one", result.scalar_one_or_none()))
    seen.append(("none", (await connection.execute(select(_ROWS).where(_ROWS.c.id < 0))).all()))
    count = select(func.count()).select_from(_ROWS)
    seen.append(("count", (await connection.execute(count)).scalar()))
    try:
        async with connection.begin_nested():
            await connection.execute(insert(_ROWS).values(name="first"))
    except IntegrityError as error:
        seen.append(("duplicate", type(error.orig).__name__))
    seen.append(("after the error", (await connection.execute(count)).scalar()))
    return seen


async def _aiosqlite_run(path: Path) -> list[Any]:
    engine = create_async_engine(f"sqlite+aiosqlite:///{path}")
    try:
        async with engine.begin() as connection:
            await connection.run_sync(_METADATA.create_all)
            return await _script(connection)
    finally:
        await engine.dispose()


async def _link_run(path: Path, *, brief: bool) -> list[Any]:
    db = Database(f"sqlite+aiosqlite:///{path}")
    try:
        async with db.transaction() as session:
            connection = await session.connection()
            await connection.run_sync(_METADATA.create_all)
        async with db.transaction(brief=brief) as session:
            return await _script(await session.connection())
    finally:
        await db.dispose()


@pytest.mark.parametrize("brief", [False, True], ids=["on its thread", "on the loop"])
async def test_the_link_answers_as_aiosqlite_does(tmp_path: Path, brief: bool) -> None:
    expected = await _aiosqlite_run(tmp_path / "twin.db")
    assert ("duplicate", "IntegrityError") in expected  # the script reaches its error
    assert await _link_run(tmp_path / "link.db", brief=brief) == expected


async def test_committed_work_is_on_disk_for_other_connections(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    await _link_run(path, brief=True)
    with sqlite3.connect(path) as other:
        names = [row[0] for row in other.execute("SELECT name FROM link_rows ORDER BY id")]
    assert names == ["first", *(f"many-{n}" for n in range(5)), "returned"]


@asynccontextmanager
async def _write_lock_held_elsewhere(path: Path) -> AsyncIterator[sqlite3.Connection]:
    """Another process's writer (a `tipline import`), holding SQLite's write lock until it
    commits."""
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield other
    finally:
        if other.in_transaction:
            other.execute("COMMIT")
        other.close()


async def test_a_brief_write_waits_for_another_writer_off_the_event_loop(tmp_path: Path) -> None:
    path = tmp_path / "locked.db"
    db = Database(f"sqlite+aiosqlite:///{path}")
    try:
        async with db.transaction() as session:
            await (await session.connection()).run_sync(_METADATA.create_all)

        async def brief_write() -> None:
            async with db.transaction(brief=True) as session:
                await (await session.connection()).execute(insert(_ROWS).values(name="waited"))

        async with _write_lock_held_elsewhere(path) as other:
            write = asyncio.create_task(brief_write())
            # The loop keeps turning while the write waits. Had the write waited on the loop's
            # thread, one of these turns would have lasted the whole busy timeout.
            turns = [time.monotonic()]
            while len(turns) < 500 and not write.done():
                await asyncio.sleep(0)
                turns.append(time.monotonic())
            assert len(turns) == 500 and not write.done()
            longest = max(later - earlier for earlier, later in itertools.pairwise(turns))
            assert longest < SQLITE_BUSY_TIMEOUT_S / 2
            other.execute("INSERT INTO link_rows (name) VALUES ('other process')")
            other.execute("COMMIT")
            await write
        async with db.session() as session:
            rows = (await session.exec(select(_ROWS.c.name).order_by(_ROWS.c.id))).all()
        assert [row[0] for row in rows] == ["other process", "waited"]
    finally:
        await db.dispose()


async def test_a_link_stopped_outside_the_event_loop_closes_its_connection(
    tmp_path: Path,
) -> None:
    path = tmp_path / "stopped.db"
    link = await SQLiteLink.open(lambda: sqlite3.connect(path, check_same_thread=False), 1.0)
    cursor = link.cursor()
    await cursor.execute("CREATE TABLE kept (n INTEGER)")
    await link.commit()
    # SQLAlchemy terminates a connection the garbage collector found, maybe from no loop at all.
    await asyncio.to_thread(link.stop)
    link._thread.join()  # the thread ends once the connection is closed
    with pytest.raises(sqlite3.ProgrammingError):
        await cursor.execute("SELECT 1")
    with sqlite3.connect(path) as other:
        assert other.execute("SELECT name FROM sqlite_master").fetchall() == [("kept",)]
