"""Urgent work first: ordinary work that has not started waits while an urgent block runs, for a
bounded time, and never for an urgent block of its own task. And on both databases, a delivery's
store that arrives while other work waits is committed before that work starts."""

from __future__ import annotations

import asyncio

from sqlalchemy import func
from sqlmodel import select

from factchecks import inbox
from factchecks.database import Database
from factchecks.inbox import NewMessage
from factchecks.models import InboxUpdate
from factchecks.urgent_first import UrgentFirst


async def _spin() -> None:
    """Let every task that can run take its steps (a few loop iterations, no clock)."""
    for _ in range(5):
        await asyncio.sleep(0)


async def test_ordinary_work_starts_when_the_urgent_block_ends() -> None:
    gate = UrgentFirst(max_hold_s=3600)
    release = asyncio.Event()
    order: list[str] = []

    async def urgent() -> None:
        async with gate.urgent():
            await release.wait()
            order.append("urgent")

    async def ordinary() -> None:
        await gate.ordinary()
        order.append("ordinary")

    first = asyncio.create_task(urgent())
    await _spin()
    second = asyncio.create_task(ordinary())
    await _spin()
    assert order == [] and gate.in_flight == 1  # held back, not started
    release.set()
    await asyncio.gather(first, second)
    assert order == ["urgent", "ordinary"] and gate.in_flight == 0


async def test_ordinary_work_is_held_back_only_for_a_while() -> None:
    gate = UrgentFirst(max_hold_s=0.01)
    release = asyncio.Event()

    async def urgent() -> None:
        async with gate.urgent():
            await release.wait()

    holder = asyncio.create_task(urgent())
    await _spin()
    await gate.ordinary()  # returns although the urgent block still runs
    assert gate.in_flight == 1
    release.set()
    await holder


async def test_work_inside_an_urgent_block_does_not_wait_for_it() -> None:
    gate = UrgentFirst(max_hold_s=3600)
    async with gate.urgent():
        nested = asyncio.ensure_future(gate.ordinary())  # the same context: inside the block
        await _spin()
        assert nested.done()
    # Nor does work with no urgent block around.
    idle = asyncio.create_task(gate.ordinary())
    await _spin()
    assert idle.done()


async def test_a_delivery_s_store_commits_before_waiting_work_starts(db: Database) -> None:
    """Ordinary transactions queue behind one held open; then a delivery arrives. Whatever the
    database, the delivery is stored before any of them starts."""
    release = asyncio.Event()
    started: list[str] = []

    async def holder() -> None:
        async with db.transaction(urgent=True) as session:
            session.add(InboxUpdate(channel="other", external_id="held", payload="{}"))
            await session.flush()
            await release.wait()

    async def ordinary(n: int) -> None:
        async with db.transaction() as session:
            async with db.session() as reader:
                stored = (
                    await reader.exec(
                        select(func.count())
                        .select_from(InboxUpdate)
                        .where(InboxUpdate.channel == "whatsapp")
                    )
                ).one()
            started.append(f"ordinary {n} sees {stored} stored")
            session.add(InboxUpdate(channel="other", external_id=f"o{n}", payload="{}"))

    async def deliver() -> None:
        message = NewMessage(external_id="m1", payload="{}", voter="v1")
        await inbox.record_messages(db, "whatsapp", [message])

    first = asyncio.create_task(holder())
    await _spin()
    waiting = [asyncio.create_task(ordinary(n)) for n in range(3)]
    await _spin()
    delivery = asyncio.create_task(deliver())
    await _spin()
    assert started == []
    release.set()
    await asyncio.gather(first, delivery, *waiting)
    assert sorted(started) == [f"ordinary {n} sees 1 stored" for n in range(3)]
