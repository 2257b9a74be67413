"""The "maybe sent" window: how long a sent reply goes unrecorded, on SQLite and PostgreSQL.

    python -m benchmarks.delivery_window [--messages 200]

Each reply is claimed (`sending`, committed), sent, then recorded (`sent`, committed). A worker
killed after the platform accepted a reply and before that record commits leaves it `sending`;
after the lease it is sent again, and the voter gets it twice (neither Telegram nor WhatsApp
takes an idempotency key). This prints, per database, the medians and 99th percentiles of:
- claim: the commit before the platform call (what every reply now costs more than before);
- window: from the platform's answer to the commit of the record, the span in which a crash
  doubles a reply (the answer's travel from the platform, not measurable here, adds to it);
- send: the platform call itself, against the fake Graph API on 127.0.0.1, as the baseline
  measured in the same run (a real Graph call over the internet takes far longer).
PostgreSQL is measured when a server answers at TIPLINE_TEST_POSTGRES_URL (default: local).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import asyncpg
from sqlalchemy.engine import make_url

from bot.channels.whatsapp_api import WhatsAppClient
from factchecks import delivery_records, outbox, outbox_claims
from factchecks.database import Database
from factchecks.schema import upgrade
from tests.fakes.graph_api import FakeGraphAPI

POSTGRES_URL = os.environ.get(
    "TIPLINE_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
)
CHATS = 20  # the replies go to this many chats, round robin


@dataclass(frozen=True)
class WindowFigures:
    """Milliseconds for each step, as (median, 99th percentile)."""

    database: str
    messages: int
    claim_ms: tuple[float, float]
    window_ms: tuple[float, float]
    send_ms: tuple[float, float]


def _median_p99(values_s: Sequence[float]) -> tuple[float, float]:
    ordered = sorted(values_s)
    p99 = ordered[max(0, round(0.99 * len(ordered)) - 1)]
    return statistics.median(ordered) * 1000, p99 * 1000


async def measure(url: str, name: str, messages: int) -> WindowFigures:
    """Claim, send (to the fake Graph API) and record `messages` replies on the database."""
    await asyncio.to_thread(upgrade, url)
    db = Database(url)
    claims, windows, sends = [], [], []
    try:
        async with db.transaction() as session:
            for n in range(messages):
                outbox.enqueue(
                    session, channel="whatsapp", address=f"4477009{n % CHATS:05d}", reply="{}"
                )
        async with FakeGraphAPI() as graph:
            client = WhatsAppClient(graph.base_url, graph.phone_number_id, graph.access_token)
            async with client:
                while len(sends) < messages:
                    for message in await outbox_claims.due_per_chat(db, "whatsapp", 0.0):
                        started = time.perf_counter()
                        assert await outbox_claims.claim(db, message, 0.0)
                        claimed = time.perf_counter()
                        external_id = await client.send_text(message.address, "Hello")
                        answered = time.perf_counter()
                        await delivery_records.mark_sent(
                            db, message.id, external_id, channel=message.channel
                        )
                        recorded = time.perf_counter()
                        claims.append(claimed - started)
                        sends.append(answered - claimed)
                        windows.append(recorded - answered)
    finally:
        await db.dispose()
    return WindowFigures(
        name, messages, _median_p99(claims), _median_p99(windows), _median_p99(sends)
    )


async def _postgres_database() -> str | None:
    dsn = make_url(POSTGRES_URL).set(drivername="postgresql").render_as_string(False)
    try:
        connection = await asyncpg.connect(dsn, timeout=5)
    except (OSError, asyncpg.PostgresError, TimeoutError):
        return None
    name = f"tipline_bench_{uuid.uuid4().hex[:12]}"
    try:
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()
    return make_url(POSTGRES_URL).set(database=name).render_as_string(False)


async def _drop(url: str) -> None:
    dsn = make_url(POSTGRES_URL).set(drivername="postgresql").render_as_string(False)
    connection = await asyncpg.connect(dsn, timeout=5)
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')
    finally:
        await connection.close()


async def run(messages: int) -> list[WindowFigures]:
    """The figures on a SQLite file and, when a server answers, on PostgreSQL."""
    figures = []
    with tempfile.TemporaryDirectory() as folder:
        sqlite_url = f"sqlite+aiosqlite:///{Path(folder) / 'window.db'}"
        figures.append(await measure(sqlite_url, "SQLite", messages))
    postgres_url = await _postgres_database()
    if postgres_url is not None:
        try:
            figures.append(await measure(postgres_url, "PostgreSQL", messages))
        finally:
            await _drop(postgres_url)
    return figures


def report(figures: Sequence[WindowFigures]) -> str:
    """A markdown table of the figures."""
    lines = [
        "| database | replies | claim ms (median / p99) | window ms (median / p99) "
        "| send ms, local fake (median / p99) |",
        "|---|---:|---:|---:|---:|",
    ]
    for f in figures:
        lines.append(
            f"| {f.database} | {f.messages} | {f.claim_ms[0]:.1f} / {f.claim_ms[1]:.1f} "
            f"| {f.window_ms[0]:.1f} / {f.window_ms[1]:.1f} "
            f"| {f.send_ms[0]:.1f} / {f.send_ms[1]:.1f} |"
        )
    return "\n".join(lines)


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.delivery_window")
    parser.add_argument("--messages", type=int, default=200, help="replies per database")
    arguments = parser.parse_args()
    print(report(asyncio.run(run(arguments.messages))))


if __name__ == "__main__":
    main()
