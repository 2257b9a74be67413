"""Every worker's match index follows what any worker changes (SQLite and PostgreSQL).

Two `MatchIndex`es on one database stand for two workers: what one process writes (an import,
an answer that teaches the matcher new wordings, a queued tip, a closed item) reaches the
other's index by `refresh`, and the refreshed index agrees with one loaded from scratch (the
slow twin).
"""

from __future__ import annotations

from dataclasses import replace

from sqlmodel import select

from factchecks import catalogue, index_changes, queue, requesters, tips
from factchecks.bulk_upsert import upsert_batch
from factchecks.database import Database
from factchecks.index_changes import note_changes
from factchecks.match_index import MatchIndex, MatchQuery
from factchecks.models import IndexChange, IndexChangeKind, QueueStatus, TextSource
from factchecks.records import FactCheckRecord
from factchecks.verdicts import Verdict

RECORD = FactCheckRecord(
    claim="Polling stations will close at noon on election day",
    verdict=Verdict.FALSE,
    url="https://example.org/fc/noon",
    summary="They close at 8 pm as every year.",
    publisher="Desk",
    language="en",
    image_hashes=("0f" * 16,),
)
ALIAS = "they shut the voting booths at twelve o'clock midday this time"
QUEUED_CLAIM = "the mayor bought ten thousand ballots from a printer in the harbour district"


async def _worker(db: Database) -> MatchIndex:
    index = MatchIndex()
    await index.load(db)
    return index


async def _keys(index: MatchIndex, text: str, *, queue_side: bool = False) -> list[int]:
    search = index.search_queue if queue_side else index.search_catalogue
    return [hit.key for hit in await search(MatchQuery(text)) if hit.score >= 0.8]


async def _voter(db: Database, name: str) -> int:
    async with db.transaction() as session:
        voter = await requesters.upsert_requester(
            session, pseudonym=name, channel="telegram", address=name, language_hint=None
        )
    return voter.id or 0


async def _queue_tip(db: Database, external_id: str, text: str) -> int:
    voter = await _voter(db, external_id)
    async with db.transaction() as session:
        item = await queue.open_item(
            session, claim=text, fingerprint=None, language="en", suggested_fact_check_id=None
        )
        tip, _ = await tips.store_tip(
            session,
            tips.NewTip("telegram", external_id, voter, text, None, None, "en", forwarded=False),
        )
        await queue.attach_tip(session, item, tip)
    return item.id or 0


async def test_an_import_elsewhere_is_matched_after_refresh(db: Database) -> None:
    other = await _worker(db)
    assert await _keys(other, RECORD.claim) == []
    async with db.transaction() as session:
        fact_check, _ = await catalogue.upsert_record(session, RECORD)
    assert await _keys(other, RECORD.claim) == []  # not until it refreshes
    assert await other.refresh(db) == 1
    assert await _keys(other, RECORD.claim) == [fact_check.id]
    assert await other.refresh(db) == 0  # nothing new: nothing re-read


async def test_new_wordings_taught_elsewhere_are_matched_after_refresh(db: Database) -> None:
    async with db.transaction() as session:
        fact_check, _ = await catalogue.upsert_record(session, RECORD)
    other = await _worker(db)
    assert await _keys(other, ALIAS) == []
    async with db.transaction() as session:  # what an /answer does on another worker
        await catalogue.add_texts(session, fact_check.id or 0, [(ALIAS, TextSource.ALIAS, None)])
    await other.refresh(db)
    assert await _keys(other, ALIAS) == [fact_check.id]


async def test_an_unchanged_reimport_is_no_change(db: Database) -> None:
    async with db.transaction() as session:
        await catalogue.upsert_record(session, RECORD)
    other = await _worker(db)
    async with db.transaction() as session:
        await catalogue.upsert_record(session, RECORD)
    assert await other.refresh(db) == 0


async def test_a_rolled_back_import_changes_nothing(db: Database) -> None:
    other = await _worker(db)
    try:
        async with db.transaction() as session:
            await catalogue.upsert_record(session, RECORD)
            raise RuntimeError("the file failed half-way")
    except RuntimeError:
        pass
    assert await other.refresh(db) == 0
    assert await _keys(other, RECORD.claim) == []


async def test_queued_tips_and_closed_items_reach_the_other_worker(db: Database) -> None:
    other = await _worker(db)
    item_id = await _queue_tip(db, "1:1", QUEUED_CLAIM)
    await other.refresh(db)
    assert await _keys(other, QUEUED_CLAIM, queue_side=True) == [item_id]
    async with db.transaction() as session:
        item = await queue.get_item(session, item_id)
        assert item is not None
        await queue.close_item(
            session, item, status=QueueStatus.DISMISSED, assignee="telegram:1", reason="spam"
        )
    await other.refresh(db)
    assert await _keys(other, QUEUED_CLAIM, queue_side=True) == []


async def test_refresh_agrees_with_a_full_load(db: Database) -> None:
    """The slow twin: after a mix of changes, the incrementally refreshed index finds what an
    index loaded from scratch finds, for every text involved."""
    other = await _worker(db)
    records = [
        replace(
            RECORD,
            claim=f"Ballot box number {n} was found empty in the river near district {n}",
            url=f"https://example.org/fc/{n}",
            image_hashes=(f"{n:02x}" * 16,),
        )
        for n in range(40)
    ]
    async with db.transaction() as session:
        await upsert_batch(session, records[:30])
    async with db.transaction() as session:
        await upsert_batch(session, [replace(r, extra_texts=(f"alias {r.url}",)) for r in records])
    queued = [f"rumour {n}: {QUEUED_CLAIM} on day {n}" for n in range(5)]
    items = [await _queue_tip(db, f"1:{n}", text) for n, text in enumerate(queued)]
    async with db.transaction() as session:
        item = await queue.get_item(session, items[0])
        assert item is not None
        await queue.close_item(
            session, item, status=QueueStatus.DISMISSED, assignee="telegram:1", reason="x"
        )
    await other.refresh(db)
    fresh = await _worker(db)
    for text in [r.claim for r in records] + [f"alias {r.url}" for r in records]:
        assert await _keys(other, text) == await _keys(fresh, text), text
    for text in queued:
        found = await _keys(other, text, queue_side=True)
        assert found == await _keys(fresh, text, queue_side=True), text
    assert other.fact_check_count == fresh.fact_check_count == 40


async def test_a_transaction_with_too_many_changes_notes_one_reload(db: Database) -> None:
    """An import of a large file keeps a bounded set of pending changes (its memory stays flat
    in the file's size) and writes one row; other workers re-read the whole catalogue."""
    other = await _worker(db)
    async with db.transaction() as session:
        fact_check, _ = await catalogue.upsert_record(session, RECORD)
        # The rest of a large import: more changes than a transaction keeps one by one.
        note_changes(
            session,
            IndexChangeKind.FACT_CHECK,
            list(range(10**9, 10**9 + index_changes.MAX_NOTED_CHANGES + 1)),
        )
    async with db.session() as session:
        rows = (await session.exec(select(IndexChange.kind, IndexChange.key))).all()
    assert [(IndexChangeKind(kind), key) for kind, key in rows] == [index_changes.RELOAD]
    assert await _keys(other, RECORD.claim) == []
    assert await other.refresh(db) == 1
    assert await _keys(other, RECORD.claim) == [fact_check.id]
    fresh = await _worker(db)  # the slow twin: loaded from scratch
    assert await _keys(fresh, RECORD.claim) == [fact_check.id]
    assert await other.refresh(db) == 0
