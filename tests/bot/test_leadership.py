"""Telegram long polling in exactly one process at a time (PostgreSQL advisory lock).

Two tip-lines on one database stand for two workers: one polls, the other waits; when the
poller stops (or its database connection dies, as when its process is killed), the other takes
over and answers voters. SQLite runs one process by design: its lock is always granted.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import pytest
from sqlalchemy import text

from bot.app import Tipline
from bot.channels.telegram import POLLING_LOCK
from factchecks.advisory_lock import AdvisoryLock
from factchecks.database import Database, is_sqlite
from tests.bot.conftest import SEED_URL, StartTipline
from tests.fakes.telegram_api import FakeTelegramAPI


def _polling(tipline: Tipline) -> bool:
    telegram = tipline.telegram
    assert telegram is not None
    return telegram.polling


async def _until(condition: Callable[[], bool], what: str, timeout_s: float = 15) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, what
        await asyncio.sleep(0.02)  # waiting on the condition


async def test_one_of_two_workers_polls_and_the_other_takes_over(
    start_tipline: StartTipline, telegram_api: FakeTelegramAPI, database_url: str
) -> None:
    if is_sqlite(database_url):
        pytest.skip("SQLite runs one process by design")
    first = await start_tipline()
    await _until(lambda: _polling(first), "the first worker never started polling")
    second = await start_tipline()
    assert second.telegram is not None
    leadership = second.telegram.poll_leadership
    await _until(lambda: leadership.refusals >= 2, "the second worker never asked for the lock")
    assert _polling(first) and not _polling(second)

    await first.stop()  # the poller goes away; the other takes over
    await _until(lambda: _polling(second), "the second worker never took over")
    voter = telegram_api.user(811, language_code="en")
    telegram_api.text_message(voter, "You can vote by SMS this year: text your ID number to 4455")
    [reply] = await telegram_api.wait_for_messages(811, timeout=15)
    assert SEED_URL + "sms" in reply.text


async def _terminate_lock_holders(db: Database) -> None:
    """Kill the database sessions holding advisory locks: what the server does when the
    holding process dies (kill -9) or its network goes."""
    async with db.engine.connect() as connection:
        await connection.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' "
                "AND granted AND database = "
                "(SELECT oid FROM pg_database WHERE datname = current_database())"
            )
        )


async def test_a_poller_that_loses_its_connection_stops_and_the_other_polls(
    start_tipline: StartTipline, telegram_api: FakeTelegramAPI, database_url: str
) -> None:
    if is_sqlite(database_url):
        pytest.skip("SQLite runs one process by design")
    first = await start_tipline()
    await _until(lambda: _polling(first), "the first worker never started polling")
    second = await start_tipline()
    db = Database(database_url)
    try:
        await _terminate_lock_holders(db)
    finally:
        await db.dispose()
    assert first.telegram is not None
    leadership = first.telegram.poll_leadership
    # The first notices (and stops polling); then exactly one of them takes the lock and polls.
    await _until(lambda: leadership.losses >= 1, "the first never noticed its lock was gone")
    await _until(lambda: _polling(first) != _polling(second), "not exactly one poller")
    voter = telegram_api.user(812, language_code="en")
    telegram_api.text_message(voter, "You can vote by SMS this year: text your ID number to 4455")
    [reply] = await telegram_api.wait_for_messages(812, timeout=15)
    assert SEED_URL + "sms" in reply.text


async def test_a_lock_whose_connection_dies_is_taken_over(db: Database) -> None:
    first, second = AdvisoryLock(db, POLLING_LOCK), AdvisoryLock(db, POLLING_LOCK)
    try:
        assert await first.try_acquire()
        if is_sqlite(db.url):  # one process by design: always granted
            assert await second.try_acquire()
            return
        assert not await second.try_acquire()
        assert await first.still_held()
        # The holder's connection dies (its process killed, the network gone): the server
        # releases the lock.
        await _terminate_lock_holders(db)
        assert not await first.still_held()
        assert await second.try_acquire()
    finally:
        await first.release()
        await second.release()
