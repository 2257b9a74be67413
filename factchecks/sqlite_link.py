"""SQLite under asyncio with one thread hop per statement, and none for the tip path's brief ones.

SQLAlchemy's asyncio support drives SQLite through aiosqlite, which hands every call (make a
cursor, execute, fetch the rows, close the cursor, commit) to the connection's own thread and
back: four hops for one SELECT, each a queue, a thread wake-up and an event-loop wake-up. On the
tip path that was most of what a statement cost (0.63 ms of CPU for a primary-key SELECT in the
ORM, against 0.13 ms for the same query without asyncio; decision 112). `SQLiteLink` is the
driver-level connection that SQLAlchemy's aiosqlite dialect adapts (through
`create_async_engine(async_creator=...)`, its documented hook), with another rule for where
work runs:

- **On the connection's thread, in one hop**: a statement is executed and its rows fetched by
  one job; commits and rollbacks (a commit may checkpoint the WAL to disk) are one job each.
- **On the event loop's thread, at once**: a statement made inside `brief()`. The tip path's
  transactions (storing a delivery, claiming it, storing and answering the tip, marking a reply
  sent) are a few small statements on indexed rows, each a few microseconds of SQLite work; a
  hop costs more than the statement. Such a statement runs under a busy timeout of 0: when
  another connection holds the write lock, SQLite says SQLITE_BUSY at once, the statement has
  done nothing, and it runs again on the connection's thread with the real busy timeout. So the
  event loop never waits on a lock, whoever holds it.

Everything else about the connection is the standard library's `sqlite3`, opened with the
arguments SQLAlchemy's dialect derives from the URL, so errors, types and transactions behave as
they do under aiosqlite (`tests/factchecks/test_sqlite_link.py` compares the two).
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import threading
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from queue import SimpleQueue
from typing import Any, TypeVar

from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

# The task whose statements run on the loop's thread now (a task it starts inherits the variable
# but is another task, and goes to the link's thread).
_BRIEF: ContextVar[asyncio.Task[Any] | None] = ContextVar("sqlite_brief", default=None)
_STOP = object()  # tells a connection's thread to end
_T = TypeVar("_T")


@contextlib.contextmanager
def brief() -> Iterator[None]:
    """Statements made in this block by this task run on the event loop's thread."""
    token = _BRIEF.set(asyncio.current_task())
    try:
        yield
    finally:
        _BRIEF.reset(token)


def link_engine(url: str, busy_timeout_s: float, **options: Any) -> AsyncEngine:
    """An async engine for the SQLite database at `url` whose connections are `SQLiteLink`s,
    opened with the arguments SQLAlchemy's dialect derives from the URL (`options` go to
    `create_async_engine`)."""

    async def open_link() -> SQLiteLink:
        args, kwargs = engine.sync_engine.dialect.create_connect_args(engine.url)
        kwargs.update(timeout=busy_timeout_s, check_same_thread=False)
        connect: Callable[..., sqlite3.Connection] = sqlite3.connect
        return await SQLiteLink.open(lambda: connect(*args, **kwargs), busy_timeout_s)

    engine = create_async_engine(url, async_creator=open_link, **options)
    return engine


@dataclass(frozen=True)
class _Outcome:
    """What a statement left on its cursor: all a DBAPI caller reads afterwards."""

    description: Any
    rowcount: int
    lastrowid: int | None
    rows: list[Any]


def _is_busy(error: sqlite3.OperationalError) -> bool:
    return getattr(error, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_BUSY


def _serve(jobs: SimpleQueue[Any]) -> None:
    """A connection's thread: run each job, hand its result to the job's event loop."""
    while True:
        job = jobs.get()
        if job is _STOP:
            return
        future, function = job
        try:
            result = function()
        except BaseException as error:  # handed to the awaiting task, which raises it
            if future is not None:
                future.get_loop().call_soon_threadsafe(_settle, future, None, error)
        else:
            if future is not None:
                future.get_loop().call_soon_threadsafe(_settle, future, result, None)


def _settle(future: asyncio.Future[Any], result: Any, error: BaseException | None) -> None:
    if future.done():  # the awaiting task was cancelled
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)


class SQLiteLink:
    """One SQLite connection and its thread, shaped as aiosqlite's `Connection` for SQLAlchemy.

    Open it with `await SQLiteLink.open(connect, busy_timeout_s)`; `connect` opens the
    `sqlite3` connection (on the link's thread)."""

    def __init__(self, busy_timeout_s: float) -> None:
        self._connection: sqlite3.Connection | None = None
        self._patient_ms = int(busy_timeout_s * 1000)
        self._waits = True  # the connection's busy timeout is the patient one (else 0)
        self._jobs: SimpleQueue[Any] = SimpleQueue()
        self._thread = threading.Thread(
            target=_serve, args=(self._jobs,), name="sqlite-link", daemon=True
        )
        self._thread.start()

    @classmethod
    async def open(
        cls, connect: Callable[[], sqlite3.Connection], busy_timeout_s: float
    ) -> SQLiteLink:
        """A link to the database `connect` opens."""
        link = cls(busy_timeout_s)
        try:
            link._connection = await link._on_thread(connect)
        except BaseException:
            link._jobs.put(_STOP)
            raise
        return link

    @property
    def _conn(self) -> sqlite3.Connection:
        if self._connection is None:
            raise sqlite3.ProgrammingError("Cannot operate on a closed database.")
        return self._connection

    @property
    def isolation_level(self) -> str | None:
        """The `sqlite3` connection's (SQLAlchemy reads it)."""
        return self._conn.isolation_level

    def cursor(self) -> LinkCursor:
        """A cursor: it holds the outcome of its last statement."""
        return LinkCursor(self)

    async def commit(self) -> None:
        """Commit, on the link's thread: a commit may write the WAL back to the database, and
        without WAL (a file system that cannot share memory) it waits for readers to finish.
        With no transaction open (only reads were made) there is nothing to do."""
        connection = self._connection
        if connection is not None and connection.in_transaction:
            await self._on_thread(lambda: self._patiently(connection, connection.commit))

    async def rollback(self) -> None:
        """Roll back, on the link's thread; nothing to do with no transaction open, as when the
        pool resets a connection whose transaction committed (every session's end)."""
        connection = self._connection
        if connection is not None and connection.in_transaction:
            await self._on_thread(lambda: self._patiently(connection, connection.rollback))

    async def create_function(self, *args: Any, **kwargs: Any) -> None:
        """`sqlite3.Connection.create_function` (SQLAlchemy's dialect adds REGEXP)."""
        connection = self._conn
        await self._on_thread(lambda: connection.create_function(*args, **kwargs))

    async def close(self) -> None:
        """Close the connection and end the thread."""
        connection, self._connection = self._connection, None
        if connection is None:
            return
        try:
            await self._on_thread(connection.close)
        finally:
            self._jobs.put(_STOP)

    def stop(self) -> None:
        """Close without waiting (SQLAlchemy's terminate, perhaps outside any event loop): the
        thread closes the connection and ends."""
        connection, self._connection = self._connection, None
        if connection is not None:
            self._jobs.put((None, connection.close))  # nobody awaits it
        self._jobs.put(_STOP)

    async def run(self, sql: str, parameters: Any, many: bool) -> _Outcome:
        """Execute one statement (or one statement for many rows) and fetch its rows."""
        connection = self._conn
        if not many and _BRIEF.get() is asyncio.current_task() is not None:
            try:
                self._set_patience(connection, patient=False)
                return self._execute(connection, sql, parameters, many)
            except sqlite3.OperationalError as error:
                if not _is_busy(error):
                    raise
                # Another connection holds the lock: nothing was done; wait for it off the loop.
        outcome: _Outcome = await self._on_thread(
            lambda: self._patiently(
                connection, lambda: self._execute(connection, sql, parameters, many)
            )
        )
        return outcome

    def _set_patience(self, connection: sqlite3.Connection, patient: bool) -> None:
        """Wait up to the busy timeout for a lock (patient), or not at all."""
        if patient is not self._waits:
            connection.execute(f"PRAGMA busy_timeout = {self._patient_ms if patient else 0}")
            self._waits = patient

    def _patiently(self, connection: sqlite3.Connection, function: Callable[[], _T]) -> _T:
        self._set_patience(connection, patient=True)
        return function()

    @staticmethod
    def _execute(connection: sqlite3.Connection, sql: str, parameters: Any, many: bool) -> _Outcome:
        cursor = connection.cursor()
        try:
            if many:
                cursor.executemany(sql, parameters)
            else:
                cursor.execute(sql, parameters)
            rows = cursor.fetchall() if cursor.description else []
            return _Outcome(cursor.description, cursor.rowcount, cursor.lastrowid, rows)
        finally:
            cursor.close()

    def _on_thread(self, function: Callable[[], Any]) -> asyncio.Future[Any]:
        future = asyncio.get_running_loop().create_future()
        self._jobs.put((future, function))
        return future


class LinkCursor:
    """A DBAPI cursor with aiosqlite's async methods; its rows are fetched with the statement."""

    arraysize = 1

    def __init__(self, link: SQLiteLink) -> None:
        self._link = link
        self.description: Any = None
        self.rowcount = -1
        self.lastrowid: int | None = None
        self._rows: list[Any] = []

    async def __aenter__(self) -> LinkCursor:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def execute(self, sql: str, parameters: Any = ()) -> LinkCursor:
        """Run `sql`; its rows wait here for the fetch calls."""
        self._keep(await self._link.run(sql, parameters, many=False))
        return self

    async def executemany(self, sql: str, parameters: Sequence[Any]) -> LinkCursor:
        """Run `sql` once per row of parameters (always on the link's thread)."""
        self._keep(await self._link.run(sql, parameters, many=True))
        return self

    def _keep(self, outcome: _Outcome) -> None:
        self.description = outcome.description
        self.rowcount = outcome.rowcount
        self.lastrowid = outcome.lastrowid
        self._rows = outcome.rows

    async def fetchall(self) -> list[Any]:
        """The rows not fetched yet."""
        rows, self._rows = self._rows, []
        return rows

    async def fetchone(self) -> Any:
        """The next row, or None."""
        return self._rows.pop(0) if self._rows else None

    async def fetchmany(self, size: int | None = None) -> list[Any]:
        """Up to `size` (else `arraysize`) more rows."""
        count = size or self.arraysize
        rows, self._rows = self._rows[:count], self._rows[count:]
        return rows

    async def __aiter__(self) -> AsyncIterator[Any]:
        while self._rows:
            yield self._rows.pop(0)

    async def close(self) -> None:
        """Forget the rows."""
        self._rows = []
