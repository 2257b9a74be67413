"""`Database.read` and `Database.autocommit` (SQLite and PostgreSQL): on PostgreSQL their
statements run outside any transaction, which spares a BEGIN and a ROLLBACK or COMMIT round
trip each; `session` and `transaction`, their twins, run inside one. Both see and write the
same rows."""

from __future__ import annotations

import pytest
from sqlmodel import select

from factchecks import inbox, outbox, outbox_claims
from factchecks.database import Database, before_commit, is_sqlite, on_commit
from factchecks.group_commit import GroupCommit
from factchecks.inbox import NewMessage
from factchecks.models import InboxStatus, InboxUpdate


async def _in_transaction(db: Database, alone: bool) -> bool:
    """Whether the PostgreSQL connection is inside a transaction after a read (asyncpg's own
    view: a BEGIN was sent and not yet ended)."""
    sessions = db.read() if alone else db.session()
    async with sessions as session:
        await session.exec(select(InboxUpdate.id).limit(1))
        connection = await (await session.connection()).get_raw_connection()
        return bool(connection.driver_connection.is_in_transaction())  # type: ignore[union-attr]


async def test_a_read_on_postgresql_is_outside_any_transaction(db: Database) -> None:
    if is_sqlite(db.url):
        pytest.skip("SQLite: a read is an ordinary session")
    assert not await _in_transaction(db, alone=True)
    assert await _in_transaction(db, alone=False)  # the twin: a BEGIN came first


async def test_autocommit_writes_and_runs_the_commit_callbacks(db: Database) -> None:
    async with db.transaction() as session:
        outbox.enqueue(session, channel="whatsapp", address="chat", reply="hello")
    (due,) = await outbox.due_messages(db, "whatsapp")
    ran: list[str] = []
    async with db.autocommit() as session:
        assert await outbox_claims.claim_all_in(session, [(due, 5.0)]) == [True]
        on_commit(session, lambda: ran.append("after"))
    assert ran == ["after"]
    assert await outbox.due_messages(db, "whatsapp") == []  # being sent now


async def test_autocommit_refuses_writes_meant_to_come_last(db: Database) -> None:
    """`before_commit` writes take locks held until the commit: on PostgreSQL there is none."""

    async def last(_session: object) -> None:
        return None

    if is_sqlite(db.url):
        async with db.autocommit() as session:  # a transaction: allowed
            before_commit(session, "last", last)  # type: ignore[arg-type]
        return
    with pytest.raises(RuntimeError, match="before_commit"):
        async with db.autocommit() as session:
            before_commit(session, "last", last)  # type: ignore[arg-type]


async def test_finishes_outside_a_transaction_match_finishes_inside_one(db: Database) -> None:
    """The inbox worker's finished messages, recorded `alone` and the obvious way."""
    rows = [NewMessage(f"m-{n}", "{}", f"voter-{n}", None) for n in range(6)]
    async with db.transaction() as session:
        await inbox.record_all(session, [("telegram", rows)])
    async with db.session() as session:
        ids = [row.id or 0 for row in (await session.exec(select(InboxUpdate))).all()]
    ids.sort()
    outcomes = [InboxStatus.DONE, InboxStatus.FAILED, InboxStatus.DONE]
    alone = GroupCommit(db, write_all=inbox.finish_all, brief=True, alone=True)
    for item_id, status in zip(ids[:3], outcomes, strict=True):
        await alone(((item_id,), status))
    for item_id, status in zip(ids[3:], outcomes, strict=True):
        async with db.transaction() as session:
            await inbox.finish_all(session, [((item_id,), status)])
    async with db.session() as session:
        stored = {row.id: row for row in (await session.exec(select(InboxUpdate))).all()}
    for fast, slow in zip(ids[:3], ids[3:], strict=True):
        assert stored[fast].status == stored[slow].status != InboxStatus.PENDING
        assert stored[fast].payload is None and stored[fast].processed_at is not None
