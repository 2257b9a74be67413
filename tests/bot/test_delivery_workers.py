"""Two delivery workers on one database (as two `tipline run` processes would be), and a worker
that dies mid-send: each reply reaches the platform once, each chat at no more than its pace.

The workers are real `Delivery` loops with their own database engines; the "platform" is a
recorder both send through. Runs on SQLite and PostgreSQL; waits on what the platform records.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from datetime import timedelta

from sqlmodel import select

from bot import texts
from bot.delivery import Delivery, Pace
from bot.i18n import Catalogs
from bot.outgoing import Outgoing
from bot.replies import encode, reply
from factchecks import outbox, outbox_claims
from factchecks.clock import as_utc, utc_now
from factchecks.database import Database
from factchecks.models import OutboxMessage, OutboxStatus

CHANNEL = "whatsapp"
GAP_S = 0.2
CHATS = [f"44770090{n:04d}" for n in range(6)]
PER_CHAT = 5
# The platform sees a send a moment after its claim (rendering, the HTTP call): the gap between
# two sends to one chat can be that much shorter than the gap between their claims.
SEND_JITTER_S = 0.05


class Platform:
    """Records every message it accepts, with when; wakes a waiter at each one."""

    def __init__(self) -> None:
        self.accepted: list[tuple[int, str, float]] = []  # (outbox id, chat, monotonic time)
        self._changed = asyncio.Event()

    async def send(self, message: Outgoing) -> str | None:
        self.accepted.append((message.id, message.address, time.monotonic()))
        self._changed.set()
        return f"wamid.{message.id}.{len(self.accepted)}"

    async def send_reengagement(self, message: Outgoing) -> None:
        raise AssertionError("no window closes in this test")

    async def wait_for(self, count: int, timeout_s: float = 30.0) -> None:
        async def reached() -> None:
            while len(self.accepted) < count:
                self._changed.clear()
                await self._changed.wait()

        await asyncio.wait_for(reached(), timeout_s)


def _worker(db: Database, platform: Platform) -> Delivery:
    delivery = Delivery(db, Catalogs())
    delivery.add_sender(CHANNEL, platform, Pace(per_chat_interval_s=GAP_S, max_per_s=1000.0))
    return delivery


async def _enqueue(db: Database, chats: list[str], per_chat: int) -> None:
    async with db.transaction() as session:
        for _ in range(per_chat):
            for chat in chats:
                outbox.enqueue(
                    session, channel=CHANNEL, address=chat, reply=encode(reply(texts.QUEUED))
                )


async def test_two_workers_send_each_reply_once_and_keep_each_chats_gap(db: Database) -> None:
    other_process_db = Database(db.url)
    platform = Platform()
    workers = [_worker(db, platform), _worker(other_process_db, platform)]
    try:
        for worker in workers:
            worker.start()
        await _enqueue(db, CHATS, PER_CHAT)
        for worker in workers:
            worker.wake()
        await platform.wait_for(len(CHATS) * PER_CHAT)
    finally:
        for worker in workers:
            await worker.stop()
        await other_process_db.dispose()

    ids = [message_id for message_id, _, _ in platform.accepted]
    assert len(ids) == len(set(ids)) == len(CHATS) * PER_CHAT  # nothing sent twice
    async with db.session() as session:
        rows = (await session.exec(select(OutboxMessage))).all()
    assert {row.status for row in rows} == {OutboxStatus.SENT}
    for chat in CHATS:
        sends = [(i, at) for i, address, at in platform.accepted if address == chat]
        assert [i for i, _ in sends] == sorted(i for i, _ in sends)  # in the order queued
        gaps = [later - earlier for (_, earlier), (_, later) in itertools.pairwise(sends)]
        assert min(gaps) >= GAP_S - SEND_JITTER_S, (chat, gaps)
        claims = sorted(
            claimed for row in rows if row.address == chat and (claimed := as_utc(row.attempted_at))
        )
        claim_gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(claims)]
        assert min(claim_gaps) >= GAP_S, (chat, claim_gaps)


async def test_a_reply_a_worker_died_sending_is_sent_again_by_the_other(db: Database) -> None:
    await _enqueue(db, CHATS[:1], 1)
    [message] = await outbox_claims.due_per_chat(db, CHANNEL, GAP_S)
    # The first worker claimed it a lease ago, called the platform, and died before recording
    # what came of it.
    claimed_at = utc_now() - outbox_claims.SENDING_LEASE - timedelta(seconds=1)
    assert await outbox_claims.claim(db, message, GAP_S, now=claimed_at)
    platform = Platform()
    survivor = _worker(db, platform)
    survivor.start()  # its first pass looks for such claims
    try:
        await platform.wait_for(1)
    finally:
        await survivor.stop()
    assert [message_id for message_id, _, _ in platform.accepted] == [message.id]
    async with db.session() as session:
        [row] = (await session.exec(select(OutboxMessage))).all()
    assert row.status == OutboxStatus.SENT and row.attempts == 2
