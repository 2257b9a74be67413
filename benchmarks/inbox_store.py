"""Storing one webhook POST: every message in its own transaction (before) against one (now).

    python -m benchmarks.inbox_store                    # 6,561 messages, SQLite and PostgreSQL
    python -m benchmarks.inbox_store --messages 1000

The baseline stores each message with `inbox.record_update`, one transaction each, as the
WhatsApp webhook did before 0007; the new path is `InboxWorker.store` (parsed messages cleaned,
keyed ids, one multi-row INSERT ... ON CONFLICT DO NOTHING per 1,000 rows, one transaction). Both
run in the same process on fresh databases, one after the other. PostgreSQL is the server of the
tests (TIPLINE_TEST_POSTGRES_URL); without one its row says why it is missing.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path

import asyncpg
from sqlalchemy.engine import make_url

from bot.i18n import Catalogs
from bot.inbound import InboundMessage, PendingMessage, encode_pending
from bot.inbox_worker import InboxWorker, Received
from factchecks import inbox
from factchecks.database import Database
from factchecks.schema import upgrade

POSTGRES_URL = os.environ.get(
    "TIPLINE_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
)


class _NoConversation:
    """The worker is only used to store here: it never hands a message on."""

    core = None


def _messages(count: int) -> list[Received]:
    return [
        Received(
            f"wamid.{uuid.uuid4().hex}",
            PendingMessage(
                InboundMessage(
                    channel="whatsapp",
                    external_id=f"wamid.{n}",
                    user_id=f"4477009{n:05d}",
                    address=f"4477009{n:05d}",
                    text=f"You can vote by SMS this year, text 4455 ({n})",
                )
            ),
        )
        for n in range(count)
    ]


@asynccontextmanager
async def _fresh_database(kind: str, folder: Path) -> AsyncIterator[Database]:
    if kind == "sqlite":
        url = f"sqlite+aiosqlite:///{folder / f'{uuid.uuid4().hex}.db'}"
        await asyncio.to_thread(upgrade, url)
        db = Database(url)
        try:
            yield db
        finally:
            await db.dispose()
        return
    name = f"tipline_bench_{uuid.uuid4().hex[:12]}"
    dsn = make_url(POSTGRES_URL).set(drivername="postgresql").render_as_string(False)
    admin = await asyncpg.connect(dsn, timeout=5)
    await admin.execute(f'CREATE DATABASE "{name}"')
    url = make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    try:
        await asyncio.to_thread(upgrade, url)
        db = Database(url)
        try:
            yield db
        finally:
            await db.dispose()
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


async def _one_each(db: Database, messages: Sequence[Received]) -> float:
    started = time.perf_counter()
    for received in messages:
        await inbox.record_update(
            db, "whatsapp", received.platform_id, encode_pending(received.pending)
        )
    return time.perf_counter() - started


async def _one_transaction(db: Database, messages: Sequence[Received]) -> float:
    worker = InboxWorker(db, _NoConversation(), "benchmark-key")  # type: ignore[arg-type]
    started = time.perf_counter()
    stored = await worker.store("whatsapp", messages)
    elapsed = time.perf_counter() - started
    assert stored == len(messages)
    return elapsed


async def run(count: int) -> str:
    """The section: seconds to store one POST of `count` messages, both ways, both databases."""
    Catalogs()  # the same imports as a running bot; not timed
    lines = [
        f"## Storing one webhook POST of {count:,} messages",
        "",
        "| database | one transaction per message (before) | one transaction (now) | speed-up |",
        "|---|---:|---:|---:|",
    ]
    with tempfile.TemporaryDirectory() as folder:
        for kind in ("sqlite", "postgresql"):
            try:
                async with _fresh_database(kind, Path(folder)) as db:
                    before = await _one_each(db, _messages(count))
                async with _fresh_database(kind, Path(folder)) as db:
                    now = await _one_transaction(db, _messages(count))
            except (OSError, asyncpg.PostgresError, TimeoutError) as error:
                lines.append(f"| {kind} | not measured: {error} | | |")
                continue
            lines.append(f"| {kind} | {before:.2f} s | {now:.2f} s | {before / now:.0f}x |")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> None:
    """Print the section."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.inbox_store")
    parser.add_argument("--messages", type=int, default=6561, help="messages in the POST")
    arguments = parser.parse_args(argv)
    print(asyncio.run(run(arguments.messages)))


if __name__ == "__main__":
    main()
