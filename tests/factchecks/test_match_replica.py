"""The catalogue searched in a child process (`match_replica`) finds what the worker's own copy
finds, after a load, a refresh and the desk's new wordings, and a dead child leaves searching to
the worker (SQLite and PostgreSQL)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import subprocess
import sys
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest

from factchecks import catalogue
from factchecks.bulk_upsert import upsert_batch
from factchecks.database import Database
from factchecks.match_index import MatchIndex, MatchQuery
from factchecks.match_replica import CatalogueReplica, ReplicaState
from factchecks.models import TextSource
from factchecks.records import FactCheckRecord
from factchecks.verdicts import Verdict
from matching import Hit, ImageFingerprint
from tests.factchecks.test_text_vectors import BagOfWords

RECORD = FactCheckRecord(
    claim="Polling stations will close at noon on election day",
    verdict=Verdict.FALSE,
    url="https://example.org/fc/noon",
    summary="They close at 8 pm as every year.",
    publisher="Desk",
    language="en",
    title="Do polling stations close at noon?",
    image_hashes=("0f" * 16,),
)
RECORDS = [
    replace(
        RECORD,
        claim=f"Ballot box number {n} was found empty in the river near district {n}",
        url=f"https://example.org/fc/{n}",
        title=f"Was ballot box {n} found in a river?",
        image_hashes=(f"{n:02x}" * 16,),
    )
    for n in range(1, 25)
]
ROOT = Path(__file__).resolve().parents[2]
ALIAS = "they shut the voting booths at twelve o'clock midday this time"


@pytest.fixture
async def replica() -> AsyncIterator[CatalogueReplica]:
    child = CatalogueReplica()
    yield child
    child.close()


def _queries() -> list[MatchQuery]:
    texts = [RECORD.claim, ALIAS, "polling stations will NOT close at noon on election day"]
    texts += [r.claim for r in RECORDS] + [r.title or "" for r in RECORDS]
    texts += [
        "the noon closing story again",
        "Ballot box number 7 was found full in the river near district 9",
        "hello",
    ]
    pictures = [
        MatchQuery("", (ImageFingerprint.from_hex(h),))
        for r in (RECORD, *RECORDS)
        for h in (*r.image_hashes, "ab" * 16)
    ]
    return [MatchQuery(text) for text in texts] + pictures


def _seen(hits: list[Hit[int]]) -> list[tuple[int, float, str | None]]:
    return [(h.key, round(h.score, 9), h.conflict.reason if h.conflict else None) for h in hits]


async def _same_hits(child: MatchIndex, twin: MatchIndex, replica: CatalogueReplica) -> None:
    assert await replica.ready()
    for query in _queries():
        from_child = await replica.search(query.text or None, query.fingerprints)
        assert from_child is not None
        expected = _seen(await twin.search_catalogue(query))
        assert _seen(from_child) == expected, query
        assert _seen(await child.search_catalogue(query)) == expected, query


async def test_the_child_finds_what_the_worker_finds(
    db: Database, replica: CatalogueReplica
) -> None:
    """The slow twin is an index without a child, loaded and changed the same way."""
    async with db.transaction() as session:
        fact_check, _ = await catalogue.upsert_record(session, RECORD)
        await upsert_batch(session, RECORDS[:10])
    child, twin = MatchIndex(replica=replica), MatchIndex()
    for index in (child, twin):
        await index.load(db)
    await _same_hits(child, twin, replica)
    # Fact-checks imported elsewhere and the desk's new wordings (another worker's /answer).
    async with db.transaction() as session:
        await upsert_batch(session, RECORDS[10:])
        await catalogue.add_texts(session, fact_check.id or 0, [(ALIAS, TextSource.ALIAS, None)])
    for index in (child, twin):
        assert await index.refresh(db) > 0
    # This worker's own /answer: its wordings and pictures are matchable at once.
    for index in (child, twin):
        index.add_fact_check(fact_check.id or 0, ["the noon closing story again"], ["ab" * 16])
    await _same_hits(child, twin, replica)
    hits = await child.search_catalogue(MatchQuery(ALIAS))
    assert hits and hits[0].key == fact_check.id and hits[0].score >= 0.8


async def _one_fact_check_in_the_child(
    db: Database, replica: CatalogueReplica
) -> tuple[MatchIndex, int]:
    """An index over one fact-check (`RECORD`), its copy built in the child; the id."""
    async with db.transaction() as session:
        fact_check, _ = await catalogue.upsert_record(session, RECORD)
    index = MatchIndex(replica=replica)
    assert index.match_process is ReplicaState.BUILDING  # nothing loaded yet
    await index.load(db)
    assert await replica.ready()
    assert index.match_process is ReplicaState.READY
    return index, fact_check.id or 0


async def test_a_dead_child_leaves_searching_to_the_worker(
    db: Database, replica: CatalogueReplica, caplog: pytest.LogCaptureFixture
) -> None:
    index, fact_check_id = await _one_fact_check_in_the_child(db, replica)
    (pid,) = replica.process_ids
    os.kill(pid, signal.SIGKILL)
    with caplog.at_level(logging.WARNING):
        hits = await index.search_catalogue(MatchQuery(RECORD.claim))
        assert hits and hits[0].key == fact_check_id and hits[0].score >= 0.8
        assert not replica.usable
        assert index.match_process is ReplicaState.FAILED  # what /healthz shows
        # Changes after its death reach the worker's own copy still.
        index.add_fact_check(fact_check_id, [ALIAS], [])
        hits = await index.search_catalogue(MatchQuery(ALIAS))
        assert hits and hits[0].key == fact_check_id
    assert "the matching process failed" in caplog.text


async def test_a_failed_change_leaves_searching_to_the_worker(
    db: Database, replica: CatalogueReplica
) -> None:
    """A change the child could not make: its copy is incomplete, so it is not searched again."""
    index, fact_check_id = await _one_fact_check_in_the_child(db, replica)
    replica.add_aliases(fact_check_id, [ALIAS], ["not a fingerprint"])
    assert await replica.search(RECORD.claim, ()) is None
    assert not replica.usable
    hits = await index.search_catalogue(MatchQuery(RECORD.claim))
    assert hits and hits[0].key == fact_check_id


async def test_an_encoder_keeps_searching_in_the_worker(
    db: Database, replica: CatalogueReplica
) -> None:
    """The child holds the lexical matcher only: with a sentence encoder it is not used."""
    async with db.transaction() as session:
        fact_check, _ = await catalogue.upsert_record(session, RECORD)
    index = MatchIndex(BagOfWords(), vector_model="bag 1", replica=replica)
    await index.load(db)
    assert not await replica.ready()  # never given the catalogue
    assert index.match_process is None
    hits = await index.search_catalogue(MatchQuery(RECORD.claim))  # the worker's own copy
    assert hits and hits[0].key == fact_check.id


OWNER = """
import asyncio, sys
from factchecks.match_replica import CatalogueReplica

async def main() -> None:
    replica = CatalogueReplica()
    replica.load([])
    assert await replica.ready()
    print(*replica.process_ids, flush=True)
    await asyncio.Event().wait()

asyncio.run(main())
"""


async def test_the_child_ends_when_its_worker_is_killed() -> None:
    """kill -9 of the worker leaves no matching process behind (waited for on its pidfd)."""
    owner = subprocess.Popen([sys.executable, "-c", OWNER], stdout=subprocess.PIPE, cwd=ROOT)
    assert owner.stdout is not None
    line = await asyncio.wait_for(asyncio.to_thread(owner.stdout.readline), 60)
    owner.stdout.close()  # the child inherited this pipe: no read may wait on it
    (child,) = map(int, line.split())
    ended = asyncio.Event()
    pidfd = os.pidfd_open(child)
    loop = asyncio.get_running_loop()
    loop.add_reader(pidfd, ended.set)
    try:
        owner.kill()
        await asyncio.to_thread(owner.wait)
        await asyncio.wait_for(ended.wait(), 30)
    finally:
        loop.remove_reader(pidfd)
        os.close(pidfd)
        with contextlib.suppress(ProcessLookupError):
            os.kill(child, signal.SIGKILL)  # only when the test failed
