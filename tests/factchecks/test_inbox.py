"""The inbox's claims: many workers, one database, each message handled once and each voter's
messages in order (every test runs on SQLite and PostgreSQL)."""

from __future__ import annotations

import asyncio
import json
import random
from datetime import datetime, timedelta

from factchecks import inbox
from factchecks.clock import as_utc, utc_now
from factchecks.database import Database
from factchecks.inbox import Claim, NewMessage
from factchecks.models import InboxStatus, InboxUpdate

CHANNELS = ["telegram"]
LONG = timedelta(hours=1)


def _message(voter: int, seq: int, album: str | None = None) -> NewMessage:
    return NewMessage(
        external_id=f"m-{voter}-{seq}",
        payload=json.dumps({"voter": voter, "seq": seq}),
        voter=f"voter-{voter}",
        album=album,
    )


def _seen(claim: Claim) -> list[tuple[int, int]]:
    return [(p["voter"], p["seq"]) for p in (json.loads(x or "{}") for x in claim.payloads)]


async def _claim(db: Database, worker: str, limit: int = 10, **kwargs: timedelta) -> list[Claim]:
    options = {"lease": LONG, "album_quiet": timedelta(0), **kwargs}
    return await inbox.claim(db, CHANNELS, worker, limit=limit, **options)


async def test_a_delivery_is_stored_once_in_one_go(db: Database) -> None:
    batch = [_message(v, 0) for v in range(1500)]  # more rows than one INSERT statement takes
    assert await inbox.record_messages(db, "telegram", [*batch, batch[0]]) == 1500
    assert await inbox.record_messages(db, "telegram", [*batch[:10], _message(9999, 0)]) == 1
    assert await inbox.record_messages(db, "whatsapp", batch[:3]) == 3  # ids are per channel
    assert (await inbox.backlog(db, ["telegram"])).pending == 1501


async def test_only_a_voters_oldest_message_is_claimable(db: Database) -> None:
    await inbox.record_messages(db, "telegram", [_message(v, s) for s in range(3) for v in (1, 2)])
    first = await _claim(db, "a")
    assert sorted(seen for claim in first for seen in _seen(claim)) == [(1, 0), (2, 0)]
    assert await _claim(db, "b") == []  # both voters have a message in hand
    await inbox.finish(db, first[0].ids, InboxStatus.DONE)
    [after] = await _claim(db, "b")
    assert _seen(after) == [(1, 1)]


async def test_a_retried_message_holds_back_its_voter_only(db: Database) -> None:
    await inbox.record_messages(db, "telegram", [_message(1, 0), _message(1, 1), _message(2, 0)])
    [one, two] = await _claim(db, "a")
    await inbox.retry_later(db, one.ids, LONG)
    await inbox.finish(db, two.ids, InboxStatus.DONE)
    assert await _claim(db, "a") == []  # voter 1 waits for their first message's retry
    await inbox.retry_later(db, one.ids, timedelta(0))
    [again] = await _claim(db, "b")
    assert _seen(again) == [(1, 0)] and again.attempts == 2


async def test_a_dead_workers_lease_runs_out_and_another_takes_over(db: Database) -> None:
    await inbox.record_messages(db, "telegram", [_message(1, 0)])
    [lost] = await _claim(db, "dead", lease=timedelta(0))
    [taken] = await _claim(db, "alive")
    assert taken.ids == lost.ids and taken.attempts == 2


async def test_an_album_is_claimed_whole_once_quiet(db: Database) -> None:
    parts = [_message(1, s, album="album-1") for s in range(3)]
    await inbox.record_messages(db, "telegram", [*parts, _message(1, 3)])
    assert await _claim(db, "a", album_quiet=LONG) == []  # a part may still come
    [album] = await _claim(db, "a")
    assert _seen(album) == [(1, 0), (1, 1), (1, 2)]
    await inbox.finish(db, album.ids, InboxStatus.DONE)
    [rest] = await _claim(db, "a")
    assert _seen(rest) == [(1, 3)]
    rows = await inbox.rows_of(db, "telegram")
    done = [row for row in rows if row.status is InboxStatus.DONE]
    assert len(done) == 3 and all(r.payload is None and r.voter is None for r in done)


async def test_two_workers_share_the_inbox_each_message_once_each_voter_in_order(
    database_url: str,
) -> None:
    voters, per_voter = 8, 6
    setup = Database(database_url)
    await inbox.record_messages(
        setup, "telegram", [_message(v, s) for s in range(per_voter) for v in range(voters)]
    )
    await setup.dispose()
    handled: list[tuple[str, int, int]] = []
    in_hand: set[int] = set()
    finished = 0
    progress = asyncio.Condition()

    async def handle(db: Database, worker: str, claim: Claim) -> None:
        nonlocal finished
        [(voter, seq)] = _seen(claim)
        assert voter not in in_hand, "two messages of one voter in hand at once"
        in_hand.add(voter)
        await asyncio.sleep(0)  # let the other worker run while this one is in hand
        handled.append((worker, voter, seq))
        in_hand.discard(voter)
        await inbox.finish(db, claim.ids, InboxStatus.DONE)
        async with progress:
            finished += 1
            progress.notify_all()

    async def work(worker: str) -> None:
        db = Database(database_url)
        try:
            while True:
                before = finished
                claims = await _claim(db, worker, limit=3)
                if claims:
                    await asyncio.gather(*(handle(db, worker, claim) for claim in claims))
                elif finished == voters * per_voter:
                    return
                else:  # the other worker holds every voter's next message: wait for it
                    async with progress:
                        await progress.wait_for(lambda seen=before: finished != seen)
        finally:
            await db.dispose()

    await asyncio.gather(work("one"), work("two"))
    assert sorted((voter, seq) for _, voter, seq in handled) == [
        (v, s) for v in range(voters) for s in range(per_voter)
    ]  # every message exactly once
    for voter in range(voters):
        assert [seq for _, v, seq in handled if v == voter] == list(range(per_voter))


def _claimable_by_reading(rows: list[InboxUpdate], now: datetime, limit: int) -> list[list[int]]:
    """The slow twin of `inbox.claim`'s one statement: the module's rules read row by row in
    Python. Each claim: a head's id, then its album's other pending parts, oldest first."""
    pending = [row for row in rows if row.status is InboxStatus.PENDING]
    claims: list[list[int]] = []
    for row in pending:
        lease = as_utc(row.claimed_until) if row.claimed_until is not None else None
        free = lease is None or lease <= now
        oldest = not any(o.voter == row.voter and (o.id or 0) < (row.id or 0) for o in pending)
        if free and oldest and len(claims) < limit:
            parts = [
                o.id or 0
                for o in pending
                if row.album is not None and o.album == row.album and o.voter == row.voter
            ]
            claims.append(sorted({row.id or 0, *parts}))
    return claims


async def test_one_statement_claims_what_the_rules_read_row_by_row_say(db: Database) -> None:
    """Random histories (several voters, albums, claims of any size, messages finished or
    retried): every claim takes exactly what the rules, read in Python, make claimable."""
    rng = random.Random(7)
    seq = 0
    for step in range(40):
        batch = []
        for _ in range(rng.randint(0, 4)):
            voter, seq = rng.randint(1, 5), seq + 1
            album = f"album-{voter}-{seq // 3}" if rng.random() < 0.3 else None
            batch.append(_message(voter, seq, album=album))
        await inbox.record_messages(db, "telegram", batch)
        limit = rng.randint(1, 4)
        before = await inbox.rows_of(db, "telegram")
        expected = _claimable_by_reading(before, utc_now(), limit)
        claims = await _claim(db, f"worker-{step % 2}", limit=limit)
        assert [sorted(claim.ids) for claim in claims] == expected
        for claim in claims:
            outcome = rng.random()
            if outcome < 0.6:
                await inbox.finish(db, claim.ids, InboxStatus.DONE)
            elif outcome < 0.8:
                await inbox.retry_later(db, claim.ids, timedelta(0))
            # else: still in hand (its lease holds the voter's later messages back)
    assert any(row.status is InboxStatus.DONE for row in await inbox.rows_of(db, "telegram"))
