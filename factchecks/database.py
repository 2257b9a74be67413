"""The database connection: one async engine, sessions, and transactions, for SQLite or PostgreSQL.

SQLite is the embedded default. It gets WAL journaling (readers do not block the writer), a busy
timeout (a second writer waits instead of failing) and enforced foreign keys, set on every
connection because SQLite keeps these per connection.

SQLite has one writer at a time. Left to SQLite, a second writer waits in its busy handler, which
sleeps in growing steps (1, 2, 5 ... 100 ms) and polls: under load most of a worker's time went to
those sleeps. So the transactions of one process take turns instead (`factchecks.writer_turns`:
woken the moment the writer before commits, storing a delivery before anything else); SQLite's
busy timeout is left for other processes (a `tipline import` beside `tipline run`). Reads
(`session`) never wait for a turn: WAL lets them run beside the writer. Every write goes through
`transaction`, the few Core writers too (on the transaction's connection). PostgreSQL locks rows,
not the database, and takes no turns; there a delivery's store only goes first in the sense that
the process starts no ordinary transaction while one runs (`factchecks.urgent_first`).

SQLite is reached through `factchecks.sqlite_link` rather than aiosqlite's own connection: one
thread hop per statement instead of four, and none for the statements of a `brief` transaction
(the tip path's few small ones), which run on the event loop's thread without ever waiting on a
lock there.
"""

from __future__ import annotations

import asyncio
import contextvars
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any, TypeVar

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks import sqlite_link
from factchecks.sqlite_link import link_engine
from factchecks.urgent_first import UrgentFirst
from factchecks.writer_turns import WriterTurns

SQLITE_BUSY_TIMEOUT_S = 30
# Connections kept open. Under load a worker has about 20 sessions at once (8 inbox messages, 8
# sends, webhooks, jobs); with SQLAlchemy's default of 5 the rest were opened and closed again
# for each session (on SQLite a thread and a connection each time). Most recently used first:
# below capacity a few connections do the work, their prepared statements warm (used in turn, the
# 20 PostgreSQL connections put reply p99 at 0.3 s instead of 0.03 at 23 tips/s; decision 120).
POOL_SIZE = 20
_Arbiter = TypeVar("_Arbiter", WriterTurns, UrgentFirst)
_AFTER_COMMIT = "tipline.after_commit"
_BEFORE_COMMIT = "tipline.before_commit"
# The task whose transaction holds this process's SQLite writer turn (a nested transaction of the
# same task must not wait for itself; a task it starts is another task and waits its turn).
_TURN_HOLDER: contextvars.ContextVar[asyncio.Task[Any] | None] = contextvars.ContextVar(
    "tipline_sqlite_turn", default=None
)


def on_commit(session: AsyncSession, callback: Callable[[], None]) -> None:
    """Run `callback` once the transaction `session` belongs to has committed (never on rollback).

    For in-memory state that must follow the database, such as the match index.
    """
    session.info.setdefault(_AFTER_COMMIT, []).append(callback)


def before_commit(
    session: AsyncSession, name: str, callback: Callable[[AsyncSession], Awaitable[None]]
) -> None:
    """Run `callback(session)` as the transaction's last statements, once per `name`.

    For writes that must come last because they take a lock held until commit (the match
    index's version rows, `factchecks.index_changes`)."""
    session.info.setdefault(_BEFORE_COMMIT, {}).setdefault(name, callback)


def is_sqlite(url: str) -> bool:
    """True for any SQLite URL (file or memory)."""
    return make_url(url).get_backend_name() == "sqlite"


def _in_memory(url: str) -> bool:
    """An in-memory SQLite database: one connection, kept (SQLAlchemy's static pool)."""
    return is_sqlite(url) and make_url(url).database in (None, "", ":memory:")


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class Database:
    """Owns the engine; hands out sessions and transactions. Close it with `dispose()`."""

    def __init__(self, url: str) -> None:
        self.url = url
        # hide_parameters: an error's message never quotes a statement's values (tip texts,
        # reply addresses), in a log line or anywhere else the error travels.
        pool: dict[str, Any] = (
            {} if _in_memory(url) else {"pool_size": POOL_SIZE, "pool_use_lifo": True}
        )
        if is_sqlite(url):
            self.engine: AsyncEngine = link_engine(
                url, SQLITE_BUSY_TIMEOUT_S, hide_parameters=True, **pool
            )
            event.listen(self.engine.sync_engine, "connect", _on_sqlite_connect)
        else:
            self.engine = create_async_engine(url, hide_parameters=True, **pool)
        self._sessions = async_sessionmaker(
            self.engine, class_=AsyncSession, expire_on_commit=False
        )
        # PostgreSQL: sessions outside any transaction (`read`, `autocommit`), on the same pool.
        self._alone = (
            self._sessions
            if is_sqlite(url)
            else async_sessionmaker(
                self.engine.execution_options(isolation_level="AUTOCOMMIT"),
                class_=AsyncSession,
                expire_on_commit=False,
            )
        )
        self._takes_turns = is_sqlite(url)
        self._turns: dict[asyncio.AbstractEventLoop, WriterTurns] = {}
        self._gates: dict[asyncio.AbstractEventLoop, UrgentFirst] = {}

    @asynccontextmanager
    async def transaction(
        self, *, urgent: bool = False, brief: bool = False
    ) -> AsyncIterator[AsyncSession]:
        """A session whose work commits on success and rolls back on any error.

        Callbacks registered with `before_commit` run last inside the transaction; those
        registered with `on_commit` run after a successful commit, in order. `urgent` (storing
        a platform's delivery before acknowledging it): on SQLite, go before the process's other
        waiting writers; on PostgreSQL, ordinary transactions of this process wait (briefly, see
        `factchecks.urgent_first`) to start until it is done. `brief`: a few small statements on
        indexed rows (the tip path's); on SQLite they run on the event loop's thread
        (`factchecks.sqlite_link`), so never make one for a statement that may take long.
        """
        if brief and self._takes_turns:
            with sqlite_link.brief():
                async with self.transaction(urgent=urgent) as session:
                    yield session
            return
        if not self._takes_turns:
            gate = self._per_loop(self._gates, UrgentFirst)
            if urgent:
                async with gate.urgent(), self._transaction() as session:
                    yield session
                return
            await gate.ordinary()
            async with self._transaction() as session:
                yield session
            return
        task = asyncio.current_task()
        if task is None or _TURN_HOLDER.get() is task:
            async with self._transaction() as session:
                yield session
            return
        async with self._per_loop(self._turns, WriterTurns).turn(urgent=urgent):
            holder = _TURN_HOLDER.set(task)
            try:
                async with self._transaction() as session:
                    yield session
            finally:
                _TURN_HOLDER.reset(holder)

    @staticmethod
    def _per_loop(
        held: dict[asyncio.AbstractEventLoop, _Arbiter], make: Callable[[], _Arbiter]
    ) -> _Arbiter:
        """This loop's turns or gate (they wait on the loop they were made on; one loop at a
        time uses a Database, so another loop's are dropped)."""
        loop = asyncio.get_running_loop()
        arbiter = held.get(loop)
        if arbiter is None:
            held.clear()
            arbiter = held[loop] = make()
        return arbiter

    @asynccontextmanager
    async def _transaction(self) -> AsyncIterator[AsyncSession]:
        async with self._sessions() as session:
            async with session.begin():
                yield session
                for callback in session.info.pop(_BEFORE_COMMIT, {}).values():
                    await callback(session)
            for callback in session.info.pop(_AFTER_COMMIT, []):
                callback()

    @asynccontextmanager
    async def read(self) -> AsyncIterator[AsyncSession]:
        """A session for a read of one statement. On PostgreSQL it runs outside any transaction:
        no BEGIN and no ROLLBACK, each a round trip to the server, around it (a tip's reply
        reads its recipient, the delivery worker its page). Reads of several statements that
        must see one state use `session`."""
        async with self._alone() as session:
            yield session

    @asynccontextmanager
    async def autocommit(self, *, brief: bool = False) -> AsyncIterator[AsyncSession]:
        """A session for writes that each stand alone. On PostgreSQL every statement commits
        on its own (no BEGIN and COMMIT round trips; an error leaves the statements before it
        written, and `on_commit` callbacks run only when the block ends without one); on SQLite
        it is a `transaction`. `before_commit` needs a transaction: it is refused here."""
        if self._takes_turns:
            async with self.transaction(brief=brief) as session:
                yield session
            return
        await self._per_loop(self._gates, UrgentFirst).ordinary()
        async with self._alone() as session:
            yield session
            if session.info.pop(_BEFORE_COMMIT, None):
                # Its writes take locks meant to be held until a commit that never comes here.
                raise RuntimeError("before_commit callbacks need Database.transaction")
            for callback in session.info.pop(_AFTER_COMMIT, []):
                callback()

    @asynccontextmanager
    async def session(self) -> AsyncIterator[AsyncSession]:
        """A session for reads (and for callers that manage commits themselves)."""
        async with self._sessions() as session:
            yield session

    async def dispose(self) -> None:
        """Close every pooled connection."""
        await self.engine.dispose()
