"""Lookups on the tip path go through indexes, not scans of whole tables (decision 113): a reply
finds its recipient by channel and address (the scan cost 10.8 ms a reply at 100,000 voters), and
an album's claim finds the album's parts by album."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.dialects import postgresql, sqlite

from factchecks import inbox, requesters
from factchecks.database import Database, is_sqlite
from factchecks.models import Requester
from factchecks.requesters import find_by_address


async def test_a_voter_is_found_by_address_through_the_index(db: Database) -> None:
    async with db.transaction() as session:
        for n in range(3):
            await requesters.upsert_requester(
                session,
                pseudonym=f"voter-{n}",
                channel="whatsapp",
                address=f"5511000000{n}",
                language_hint=None,
            )
    async with db.session() as session:
        found = await find_by_address(session, "whatsapp", "55110000001")
        assert isinstance(found, Requester) and found.pseudonym == "voter-1"
        assert await find_by_address(session, "telegram", "55110000001") is None

        # The plan of the very query `find_by_address` makes.
        query = (
            requesters.by_address_query("whatsapp", "55110000001")
            .compile(
                dialect=sqlite.dialect() if is_sqlite(db.url) else postgresql.dialect(),
                compile_kwargs={"literal_binds": True},
            )
            .string
        )
        connection = await session.connection()
        if is_sqlite(db.url):
            plan = (await connection.execute(text(f"EXPLAIN QUERY PLAN {query}"))).all()
        else:
            await connection.execute(text("SET LOCAL enable_seqscan = off"))
            plan = (await connection.execute(text(f"EXPLAIN {query}"))).all()
    assert "ix_requester_channel_address" in " ".join(str(row) for row in plan)


async def test_an_album_is_claimed_through_the_album_index(db: Database) -> None:
    """The claim's check that an album is quiet looks up its parts by album, not by reading
    every message ever received (the keyed ids stay after handling, for deduplication)."""
    plans: list[str] = []
    sqlite_db = is_sqlite(db.url)

    def explain(connection: Any, cursor: Any, statement: str, parameters: Any, *args: Any) -> None:
        if "same_album" not in statement or statement.startswith("EXPLAIN"):
            return
        if not sqlite_db:  # the claim runs outside a transaction there: SET, not SET LOCAL
            cursor.execute("SET enable_seqscan = off")
        cursor.execute(("EXPLAIN QUERY PLAN " if sqlite_db else "EXPLAIN ") + statement, parameters)
        plans.append(" ".join(str(row) for row in cursor.fetchall()))
        if not sqlite_db:
            cursor.execute("RESET enable_seqscan")

    event.listen(db.engine.sync_engine, "before_cursor_execute", explain)
    try:
        await inbox.claim(
            db,
            ["whatsapp"],
            "worker-1",
            limit=8,
            lease=timedelta(seconds=60),
            album_quiet=timedelta(seconds=2),
        )
    finally:
        event.remove(db.engine.sync_engine, "before_cursor_execute", explain)
    assert plans and "ix_inbox_update_album" in plans[0]
