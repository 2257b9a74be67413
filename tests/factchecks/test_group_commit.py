"""Group commit: writes asked for together share a transaction, and each caller still gets its
own result or its own error (every test runs on SQLite and PostgreSQL)."""

from __future__ import annotations

import asyncio
import json

import pytest
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks import inbox, outbox, outbox_claims
from factchecks.database import Database
from factchecks.group_commit import GroupCommit
from factchecks.inbox import NewMessage
from factchecks.models import InboxStatus, InboxUpdate, OutboxMessage, OutboxStatus

Delivery = tuple[str, list[NewMessage]]


def _message(n: int) -> NewMessage:
    return NewMessage(f"m-{n}", json.dumps({"n": n}), f"voter-{n % 7}", None)


def _deliveries() -> list[Delivery]:
    """Deliveries of one to four messages, some repeating an earlier one (a redelivery) and
    one repeating a message of its own."""
    deliveries: list[Delivery] = []
    for n in range(24):
        rows = [_message(n * 3 + k) for k in range(1 + n % 4)]
        if n % 5 == 4:
            rows.append(_message((n - 2) * 3))  # stored by an earlier delivery
        if n % 7 == 6:
            rows.append(rows[0])
        deliveries.append(("whatsapp" if n % 2 else "telegram", rows))
    return deliveries


async def _record(session: AsyncSession, delivery: Delivery) -> int:
    return await inbox.record_in(session, *delivery)


async def _stored(db: Database) -> list[tuple[str, str, str | None]]:
    async with db.session() as session:
        rows = (await session.exec(select(InboxUpdate))).all()
    return sorted((row.channel, row.external_id, row.payload) for row in rows)


@pytest.mark.parametrize("in_one_statement", [False, True], ids=["each", "one-statement"])
async def test_deliveries_stored_together_match_one_transaction_each(
    database_url: str, in_one_statement: bool
) -> None:
    """The slow twin: the same deliveries, one `record_messages` transaction each (in order),
    store the same rows and count the same new messages per delivery as deliveries stored
    together, one statement apiece or one statement for all (`inbox.record_all`, as the
    inbox worker stores them)."""
    deliveries = _deliveries()
    one_by_one = Database(database_url)
    try:
        alone = [await inbox.record_messages(one_by_one, *d) for d in deliveries]
        rows_alone = await _stored(one_by_one)
        async with one_by_one.transaction() as session:
            for row in (await session.exec(select(InboxUpdate))).all():
                await session.delete(row)
    finally:
        await one_by_one.dispose()
    db = Database(database_url)
    try:
        group: GroupCommit[Delivery, int] = (
            GroupCommit(db, write_all=inbox.record_all, urgent=True, brief=True)
            if in_one_statement
            else GroupCommit(db, _record, urgent=True, brief=True)
        )
        together = []
        for delivery in deliveries:  # asked in order, all before the first is written
            together.append(asyncio.ensure_future(group(delivery)))
        counts = await asyncio.gather(*together)
        assert list(counts) == alone
        assert await _stored(db) == rows_alone
        assert group.transactions < len(deliveries) / 4  # they did share
    finally:
        await db.dispose()


async def test_a_write_that_fails_fails_alone(db: Database) -> None:
    async def write(session: AsyncSession, delivery: Delivery) -> int:
        if delivery[0] == "broken":
            raise ValueError("this one cannot be written")
        return await inbox.record_in(session, *delivery)

    group = GroupCommit(db, write, brief=True)
    asked = [("telegram", [_message(1)]), ("broken", [_message(2)]), ("telegram", [_message(3)])]
    outcomes = await asyncio.gather(*(group(d) for d in asked), return_exceptions=True)
    assert outcomes[0] == 1 and outcomes[2] == 1
    assert isinstance(outcomes[1], ValueError)
    assert [row[1] for row in await _stored(db)] == ["m-1", "m-3"]


async def test_a_delivery_that_fails_a_shared_statement_fails_alone(db: Database) -> None:
    """Deliveries written in one statement: when it fails, each is tried again alone, and only
    the one that cannot be written fails."""

    batches: list[int] = []

    async def write_all(session: AsyncSession, deliveries: list[Delivery]) -> list[int]:
        batches.append(len(deliveries))
        if any(channel == "broken" for channel, _ in deliveries):
            raise ValueError("this one cannot be written")
        return await inbox.record_all(session, deliveries)

    group = GroupCommit(db, write_all=write_all, brief=True)
    asked = [("telegram", [_message(1)]), ("broken", [_message(2)]), ("telegram", [_message(3)])]
    outcomes = await asyncio.gather(*(group(d) for d in asked), return_exceptions=True)
    assert outcomes[0] == 1 and outcomes[2] == 1
    assert isinstance(outcomes[1], ValueError)
    assert [row[1] for row in await _stored(db)] == ["m-1", "m-3"]
    assert batches == [3, 1, 1, 1]  # shared, failed, then each alone


async def test_messages_finished_together_match_one_finish_each(database_url: str) -> None:
    """The slow twin of `inbox.finish_all`: handled and failed messages finished in one go
    leave the same rows as one `finish` each."""
    outcomes = [InboxStatus.DONE, InboxStatus.FAILED, InboxStatus.DONE, InboxStatus.DONE]
    results = []
    for together in (False, True):
        db = Database(database_url)
        try:
            await inbox.record_messages(db, "telegram", [_message(n) for n in range(8)])
            async with db.session() as session:
                ids = sorted((await session.exec(select(InboxUpdate.id))).all())
            finished = [((ids[2 * n], ids[2 * n + 1]), status) for n, status in enumerate(outcomes)]
            if together:
                async with db.transaction() as session:
                    await inbox.finish_all(session, finished)
            else:
                for pair, status in finished:
                    await inbox.finish(db, pair, status)
            async with db.session() as session:
                rows = (await session.exec(select(InboxUpdate).order_by(InboxUpdate.id))).all()
                results.append([(row.status, row.payload, row.voter) for row in rows])
            async with db.transaction() as session:
                for row in rows:
                    await session.delete(row)
        finally:
            await db.dispose()
    assert results[0] == results[1]
    assert [status for status, _, _ in results[1]].count(InboxStatus.FAILED) == 2
    assert all(payload is None and voter is None for _, payload, voter in results[1])


async def test_a_caller_cancelled_before_its_turn_is_not_written(db: Database) -> None:
    first_in = asyncio.Event()
    release = asyncio.Event()

    async def write(session: AsyncSession, delivery: Delivery) -> int:
        if delivery[1][0].external_id == "m-1":
            first_in.set()
            await release.wait()
        return await inbox.record_in(session, *delivery)

    group = GroupCommit(db, write)
    first = asyncio.ensure_future(group(("telegram", [_message(1)])))
    await first_in.wait()
    second = asyncio.ensure_future(group(("telegram", [_message(2)])))
    third = asyncio.ensure_future(group(("telegram", [_message(3)])))
    await asyncio.sleep(0)  # let both ask (a scheduling step, not a wait for time)
    second.cancel()
    release.set()
    assert await first == 1 and await third == 1
    with pytest.raises(asyncio.CancelledError):
        await second
    assert [row[1] for row in await _stored(db)] == ["m-1", "m-3"]


@pytest.mark.parametrize("together", [False, True], ids=["one_by_one", "all_in_one"])
async def test_claims_sharing_a_transaction_keep_one_message_per_chat_in_flight(
    db: Database, together: bool
) -> None:
    """Two messages of one chat claimed in one shared transaction: the second sees the first's
    claim, as it would in a transaction of its own, and another chat is not held up. The same
    whether each claim takes its own chat's lock (`claim_in`, the obvious twin) or one statement
    takes every chat's lock first (`claim_all_in`, what the delivery worker uses)."""
    async with db.transaction() as session:
        for address, text in (("chat-a", "one"), ("chat-a", "two"), ("chat-b", "three")):
            outbox.enqueue(session, channel="whatsapp", address=address, reply=text)
    due = await outbox.due_messages(db, "whatsapp")
    claims = (
        GroupCommit(db, write_all=outbox_claims.claim_all_in, brief=True)
        if together
        else GroupCommit(db, _claim, brief=True)
    )
    outcomes = await asyncio.gather(*(claims((message, 5.0)) for message in due))
    assert outcomes == [True, False, True]
    assert claims.transactions == 1
    async with db.session() as session:
        statuses = (await session.exec(select(OutboxMessage.reply, OutboxMessage.status))).all()
    assert sorted(statuses) == [
        ("one", OutboxStatus.SENDING),
        ("three", OutboxStatus.SENDING),
        ("two", OutboxStatus.PENDING),
    ]


async def _claim(session: AsyncSession, asked: tuple[outbox.PendingMessage, float]) -> bool:
    return await outbox_claims.claim_in(session, *asked)


async def test_a_shared_transaction_takes_at_most_most_writes(db: Database) -> None:
    sizes: list[int] = []

    async def write(session: AsyncSession, delivery: Delivery) -> int:
        if not session.info.get("counted"):
            session.info["counted"] = True
            sizes.append(0)
        sizes[-1] += 1
        return await inbox.record_in(session, *delivery)

    group = GroupCommit(db, write, most=3)
    counts = await asyncio.gather(*(group(("telegram", [_message(n)])) for n in range(10)))
    assert list(counts) == [1] * 10
    assert max(sizes) == 3 and sum(sizes) == 10
    assert group.transactions == len(sizes)


async def test_a_write_in_flight_when_the_writer_is_cancelled_does_not_hang_its_caller(
    db: Database,
) -> None:
    """The loop closing under a shared transaction: its callers and those waiting are told."""
    inside = asyncio.Event()

    async def write(session: AsyncSession, delivery: Delivery) -> int:
        inside.set()
        await asyncio.Event().wait()  # never set: the writer is cancelled here
        return 0

    group = GroupCommit(db, write)
    in_flight = asyncio.ensure_future(group(("telegram", [_message(1)])))
    await inside.wait()
    waiting = asyncio.ensure_future(group(("telegram", [_message(2)])))
    assert group._writer is not None
    group._writer.cancel()
    for caller in (in_flight, waiting):
        with pytest.raises(asyncio.CancelledError):
            await asyncio.wait_for(caller, 10)  # a guard: it hung before, it never waits now
