"""A reply finds its recipient by channel and address through an index, not a scan of every
voter (on election day that scan cost 10.8 ms a reply at 100,000 voters; decision 113)."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.dialects import postgresql, sqlite

from factchecks import requesters
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
