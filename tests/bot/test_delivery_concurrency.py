"""A page's sends overlap: a slow platform call to one voter holds back nobody else's reply, no
more than `SEND_CONCURRENCY` are in flight, and sends in flight together still start at the
channel's overall pace. A real `Delivery` loop on SQLite and PostgreSQL; the platform is a
recorder that can hold a send until the test lets it go."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from bot import texts
from bot.delivery import SEND_CONCURRENCY, Delivery, Pace
from bot.i18n import Catalogs
from bot.outgoing import Outgoing
from bot.replies import encode, reply
from factchecks import outbox
from factchecks.database import Database

CHANNEL = "whatsapp"
WAIT_S = 30.0  # a bound for waits on the platform, never reached when the code is right
JITTER_S = 0.1  # how much later than its slot one send may reach the platform (a busy machine)


class Platform:
    """Accepts sends, holding the first one (`hold_first`) or all (`hold_all`) until `release`;
    records starts and ends."""

    def __init__(self, *, hold_first: bool = False, hold_all: bool = False) -> None:
        self.hold_first = hold_first
        self.hold_all = hold_all
        self.release = asyncio.Event()
        self.started: list[tuple[str, float]] = []  # (chat, monotonic time)
        self.accepted: list[str] = []
        self.in_flight = 0
        self.most_in_flight = 0
        self._changed = asyncio.Event()

    async def send(self, message: Outgoing) -> str | None:
        self.started.append((message.address, time.monotonic()))
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        self._changed.set()
        try:
            if self.hold_all or (self.hold_first and len(self.started) == 1):
                await self.release.wait()
        finally:
            self.in_flight -= 1
        self.accepted.append(message.address)
        self._changed.set()
        return f"wamid.{message.id}"

    async def send_reengagement(self, message: Outgoing) -> None:
        raise AssertionError("no window closes in this test")

    async def until(self, condition: Callable[[], bool]) -> None:
        """Wait until `condition` holds (it is checked at each send's start and end)."""

        async def reached() -> None:
            while not condition():
                self._changed.clear()
                await self._changed.wait()

        await asyncio.wait_for(reached(), WAIT_S)


async def _deliver(
    db: Database, platform: Platform, chats: list[str], max_per_s: float
) -> Delivery:
    async with db.transaction() as session:
        for chat in chats:
            outbox.enqueue(
                session, channel=CHANNEL, address=chat, reply=encode(reply(texts.QUEUED))
            )
    delivery = Delivery(db, Catalogs())
    delivery.add_sender(CHANNEL, platform, Pace(per_chat_interval_s=0.0, max_per_s=max_per_s))
    delivery.start()
    return delivery


async def test_a_slow_send_to_one_voter_holds_back_nobody_else(db: Database) -> None:
    chats = [f"4477009{n:05d}" for n in range(5)]
    platform = Platform(hold_first=True)
    delivery = await _deliver(db, platform, chats, max_per_s=1000.0)
    try:
        # One at a time, the first send would hold every other reply back: none would come.
        await platform.until(lambda: len(platform.accepted) == 4)
        slow_chat = platform.started[0][0]
        assert slow_chat not in platform.accepted and platform.in_flight == 1
        platform.release.set()
        await platform.until(lambda: len(platform.accepted) == 5)
    finally:
        platform.release.set()
        await delivery.stop()
    assert sorted(platform.accepted) == chats  # each once


async def test_no_more_than_the_bound_are_in_flight(db: Database) -> None:
    chats = [f"4477008{n:05d}" for n in range(SEND_CONCURRENCY * 2 + 3)]
    platform = Platform(hold_all=True)
    delivery = await _deliver(db, platform, chats, max_per_s=1000.0)
    try:
        await platform.until(lambda: platform.in_flight == SEND_CONCURRENCY)
        for _ in range(20):  # let anything else that could start do so
            await asyncio.sleep(0)
        assert platform.in_flight == SEND_CONCURRENCY and not platform.accepted
        platform.release.set()
        await platform.until(lambda: len(platform.accepted) == len(chats))
    finally:
        platform.release.set()
        await delivery.stop()
    assert platform.most_in_flight == SEND_CONCURRENCY
    assert sorted(platform.accepted) == chats


async def test_sends_in_flight_together_keep_the_channel_pace(db: Database) -> None:
    chats = [f"4477007{n:05d}" for n in range(20)]
    platform = Platform()
    max_per_s = 25.0  # one send every 40 ms at the most, on average
    delivery = await _deliver(db, platform, chats, max_per_s=max_per_s)
    try:
        await platform.until(lambda: len(platform.accepted) == len(chats))
    finally:
        await delivery.stop()
    starts = sorted(at for _, at in platform.started)
    # Each send reaches the platform a moment after its slot (its claim on the database), so
    # single gaps vary by that moment; the rate over the run is the pace. Unpaced, the twenty
    # would have gone out together (eight at a time), in a few milliseconds.
    assert starts[-1] - starts[0] >= (len(chats) - 1) / max_per_s - JITTER_S
