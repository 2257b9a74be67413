"""Writers take turns: one at a time, urgent ones first, then in order; a cancelled waiter never
keeps the turn from the others. And on SQLite, many concurrent transactions of one process all
commit (no "database is locked" after the busy handler's sleeps), a delivery's store first."""

from __future__ import annotations

import asyncio
from pathlib import Path

from sqlalchemy import func
from sqlmodel import select

from factchecks import inbox
from factchecks.database import Database
from factchecks.inbox import NewMessage
from factchecks.models import InboxUpdate
from factchecks.schema import upgrade
from factchecks.writer_turns import WriterTurns


async def _order_of_turns(arrivals: list[tuple[str, bool]]) -> list[str]:
    """Who wrote in which order, when `arrivals` (name, urgent) queue behind a held turn."""
    turns = WriterTurns()
    written: list[str] = []
    release_first = asyncio.Event()

    async def first() -> None:
        async with turns.turn():
            await release_first.wait()
            written.append("first")

    async def writer(name: str, urgent: bool) -> None:
        async with turns.turn(urgent=urgent):
            written.append(name)

    holder = asyncio.create_task(first())
    await asyncio.sleep(0)  # the first writer takes the turn
    tasks = []
    for name, urgent in arrivals:
        tasks.append(asyncio.create_task(writer(name, urgent)))
        await asyncio.sleep(0)  # each queues in its order of arrival
    assert turns.waiting == len(arrivals)
    release_first.set()
    await asyncio.gather(holder, *tasks)
    return written


def _slow_order(arrivals: list[tuple[str, bool]]) -> list[str]:
    """The same order, the obvious way: the holder, then urgent in arrival order, then the rest."""
    return (
        ["first"]
        + [name for name, urgent in arrivals if urgent]
        + [name for name, urgent in arrivals if not urgent]
    )


async def test_urgent_writers_go_first_then_everyone_in_order() -> None:
    for arrivals in (
        [("a", False), ("b", True), ("c", False), ("d", True)],
        [("a", False), ("b", False), ("c", False)],
        [("a", True), ("b", True)],
        [("a", True), ("b", False), ("c", True), ("d", False), ("e", False), ("f", True)],
    ):
        assert await _order_of_turns(arrivals) == _slow_order(arrivals)


async def test_a_cancelled_waiter_passes_the_turn_on() -> None:
    turns = WriterTurns()
    release = asyncio.Event()
    written: list[str] = []

    async def hold() -> None:
        async with turns.turn():
            await release.wait()

    async def writer(name: str) -> None:
        async with turns.turn():
            written.append(name)

    holder = asyncio.create_task(hold())
    await asyncio.sleep(0)
    doomed = asyncio.create_task(writer("doomed"))
    after = asyncio.create_task(writer("after"))
    await asyncio.sleep(0)
    doomed.cancel()  # cancelled while waiting
    release.set()
    await holder
    await after
    assert doomed.cancelled() and written == ["after"]
    # Handed the turn, then cancelled before it ran: the turn still moves on.
    release.clear()
    victims: list[asyncio.Task[None]] = []

    async def hold_then_cancel() -> None:
        async with turns.turn():
            await release.wait()
        victims[0].cancel()  # in the step that handed it the turn, before it could run

    holder = asyncio.create_task(hold_then_cancel())
    await asyncio.sleep(0)
    victims.append(asyncio.create_task(writer("handed")))
    last = asyncio.create_task(writer("last"))
    await asyncio.sleep(0)
    release.set()
    async with asyncio.timeout(10):  # a turn kept by the cancelled writer would hang here
        await holder
        await last
    assert victims[0].cancelled() and written == ["after", "last"]
    async with turns.turn():  # and nothing holds it now
        assert turns.waiting == 0


async def test_many_writers_of_one_process_all_commit_on_sqlite(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'turns.db'}"
    await asyncio.to_thread(upgrade, url)
    db = Database(url)
    try:

        async def store(n: int) -> int:
            message = NewMessage(external_id=f"m{n}", payload="{}", voter=f"v{n % 7}")
            return await inbox.record_messages(db, "whatsapp", [message])

        async def touch(n: int) -> None:  # ordinary writers, interleaved with the stores
            async with db.transaction() as session:
                session.add(InboxUpdate(channel="other", external_id=f"o{n}", payload="{}"))
                await session.flush()
                await asyncio.sleep(0)  # hand the loop to the others mid-transaction

        results = await asyncio.gather(
            *(store(n) for n in range(60)), *(touch(n) for n in range(60))
        )
        assert sum(r for r in results if isinstance(r, int)) == 60
        async with db.session() as session:
            count = (await session.exec(select(func.count()).select_from(InboxUpdate))).one()
        assert count == 120
        # A transaction inside another of the same task does not wait for itself.
        async with db.transaction(), db.transaction() as inner:
            inner.add(InboxUpdate(channel="other", external_id="nested", payload="{}"))
    finally:
        await db.dispose()
