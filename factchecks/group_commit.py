"""Group commit: small writes asked for at about the same time share one transaction.

Under load a worker makes many tiny transactions that do not depend on each other: storing a
webhook's one message, recording that a reply is being sent, that it was sent, that an inbox
message is handled. Each pays a transaction's fixed cost, and on SQLite it holds the process's
one writer turn (`factchecks.writer_turns`) for it: in the load benchmark the turn was held 93%
of the time, at about 6.5 transactions a tip, and was what capped throughput (decision 120).

A `GroupCommit` runs one write at a time. Writes asked for while one runs, or while it waits for
its turn, are taken together by the next transaction, inside it (so every write that arrived
before it began joins it); with no load a write goes alone at once, as before. Each caller gets
its own write's result once the transaction has committed, or its own error.

If a shared transaction fails, its writes are tried again one per transaction, so one bad write
never fails the others. A caller cancelled before its write was taken is dropped; one cancelled
after that is written anyway (like any transaction whose commit has begun). Never call one from
inside a transaction of the same process: on SQLite it would wait for the turn it holds.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from typing import Any, Generic, TypeVar

from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks.database import Database

Item = TypeVar("Item")
Result = TypeVar("Result")
MOST_PER_TRANSACTION = 64


WriteAll = Callable[[AsyncSession, list[Item]], Awaitable[list[Result]]]


def each(write: Callable[[AsyncSession, Item], Awaitable[Result]]) -> WriteAll[Item, Result]:
    """A write of one item, made the write of a list: the items one after the other."""

    async def write_all(session: AsyncSession, items: list[Item]) -> list[Result]:
        return [await write(session, item) for item in items]

    return write_all


class GroupCommit(Generic[Item, Result]):
    """`await group(item)` runs `write(session, item)` in a transaction it may share with other
    items, and returns its result once that transaction committed.

    `write_all` instead of `write`: one call writes every item the transaction took and returns
    their results in order, so that it can write them in one statement. Under load a statement
    is an await, and each await waits its turn on a busy event loop: a shared store of about
    seven deliveries, one INSERT each, kept the platform waiting 26-35 ms (median; decision
    132)."""

    def __init__(
        self,
        db: Database,
        write: Callable[[AsyncSession, Item], Awaitable[Result]] | None = None,
        *,
        write_all: WriteAll[Item, Result] | None = None,
        urgent: bool = False,
        brief: bool = False,
        most: int = MOST_PER_TRANSACTION,
        order: Callable[[Item], Any] | None = None,
        alone: bool = False,
    ) -> None:
        """Give `write` or `write_all`. `order`: a shared transaction writes its items sorted by
        this key (on PostgreSQL, locks taken in one order by every worker cannot deadlock).
        `alone`: every statement `write_all` makes stands on its own (an UPDATE of rows no
        other of its statements touches, as the inbox's finished messages, one per outcome):
        on PostgreSQL they run outside a transaction (`Database.autocommit`), sparing its BEGIN
        and COMMIT round trips."""
        if write_all is None:
            if write is None:
                raise ValueError("give write or write_all")
            write_all = each(write)
        elif write is not None:
            raise ValueError("give write or write_all, not both")
        self._db = db
        self._write_all = write_all
        self._urgent = urgent
        self._alone = alone
        self._brief = brief
        self._most = most
        self._order = order
        self._waiting: deque[tuple[Item, asyncio.Future[Result]]] = deque()
        self._writer: asyncio.Task[None] | None = None
        self.transactions = 0  # committed, shared or not: for tests and benchmarks

    async def __call__(self, item: Item) -> Result:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Result] = loop.create_future()
        self._waiting.append((item, future))
        if self._writer is None or self._writer.done():
            self._writer = loop.create_task(self._write_waiting(), name="group-commit")
        return await future

    async def _write_waiting(self) -> None:
        taken: list[tuple[Item, asyncio.Future[Result]]] = []
        try:
            while self._waiting:
                taken = []
                try:
                    async with self._transaction() as session:
                        taken = self._take()
                        results = await self._write_taken(session, taken)
                except Exception as error:
                    taken = taken or self._take()  # it could not begin: those waiting hear why
                    if len(taken) <= 1:
                        _fail(taken, error)
                    else:
                        await self._one_by_one(taken)
                    continue
                self._settle(taken, results)
        except asyncio.CancelledError:  # the loop is closing: nobody is left waiting forever
            for _, future in [*taken, *self._waiting]:
                future.cancel()
            raise

    def _transaction(self) -> AbstractAsyncContextManager[AsyncSession]:
        if self._alone:
            return self._db.autocommit(brief=self._brief)
        return self._db.transaction(urgent=self._urgent, brief=self._brief)

    async def _write_taken(
        self, session: AsyncSession, taken: list[tuple[Item, asyncio.Future[Result]]]
    ) -> list[Result]:
        """Each item's result, in the order taken (written in `order`'s, when given); nothing
        is written when every caller was cancelled before its turn."""
        if not taken:
            return []
        positions = list(range(len(taken)))
        if self._order is not None:
            key = self._order
            positions.sort(key=lambda position: key(taken[position][0]))
        written = await self._write_all(session, [taken[position][0] for position in positions])
        results = dict(zip(positions, written, strict=True))
        return [results[position] for position in range(len(taken))]

    def _take(self) -> list[tuple[Item, asyncio.Future[Result]]]:
        taken: list[tuple[Item, asyncio.Future[Result]]] = []
        while self._waiting and len(taken) < self._most:
            item, future = self._waiting.popleft()
            if not future.done():  # a caller cancelled before its turn is dropped
                taken.append((item, future))
        return taken

    async def _one_by_one(self, taken: list[tuple[Item, asyncio.Future[Result]]]) -> None:
        for item, future in taken:
            try:
                async with self._transaction() as session:
                    (result,) = await self._write_all(session, [item])
            except Exception as error:
                _fail([(item, future)], error)
                continue
            self._settle([(item, future)], [result])

    def _settle(
        self, taken: list[tuple[Item, asyncio.Future[Result]]], results: list[Result]
    ) -> None:
        """The transaction committed: each caller gets its result."""
        self.transactions += 1
        for (_, future), result in zip(taken, results, strict=True):
            if not future.done():
                future.set_result(result)


def _fail(taken: list[tuple[Item, asyncio.Future[Result]]], error: Exception) -> None:
    for _, future in taken:
        if not future.done():
            future.set_exception(error)
