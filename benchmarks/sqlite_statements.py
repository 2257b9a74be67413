"""What one SQLite statement costs the bot under asyncio: aiosqlite against `sqlite_link`.

    python -m benchmarks.sqlite_statements               # 7 rounds of 400 transactions each
    python -m benchmarks.sqlite_statements --rounds 3

Two engines on one migrated database, rounds interleaved, each transaction a plain ORM session
(no writer turns): SQLAlchemy's own aiosqlite connection (the baseline: four thread hops for a
SELECT), `factchecks.sqlite_link` on its thread (one hop a statement), and the same inside
`sqlite_link.brief()` (statements on the event loop's thread). Each round times transactions of
the shapes the tip path makes: one ORM primary-key SELECT, five of them, and one INSERT of a
voter. CPU time of the whole process (every thread) per transaction, median over the rounds,
with the ratio to the baseline; wall time is close to it on an idle machine.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import statistics
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks import sqlite_link
from factchecks.database import SQLITE_BUSY_TIMEOUT_S
from factchecks.models import Requester
from factchecks.schema import upgrade
from factchecks.sqlite_link import link_engine

TRANSACTIONS = 400
ENGINES = ("aiosqlite (SQLAlchemy's)", "sqlite_link, on its thread", "sqlite_link, brief")
Transaction = Callable[[], AbstractAsyncContextManager[AsyncSession]]


def _transactions(engine: AsyncEngine, brief: bool) -> Transaction:
    sessions = async_sessionmaker(engine, class_=AsyncSession, expire_on_commit=False)

    @asynccontextmanager
    async def transaction() -> AsyncIterator[AsyncSession]:
        with sqlite_link.brief() if brief else contextlib.nullcontext():
            async with sessions() as session, session.begin():
                yield session

    return transaction


async def _select(session: AsyncSession, n: int) -> None:
    (await session.exec(select(Requester).where(Requester.id == n))).first()


async def _five_selects(session: AsyncSession, n: int) -> None:
    for offset in range(5):
        await _select(session, n + offset)


async def _insert(session: AsyncSession, n: int) -> None:
    session.add(Requester(pseudonym=uuid.uuid4().hex, channel="whatsapp"))


SHAPES: dict[str, Callable[[AsyncSession, int], Awaitable[None]]] = {
    "1 SELECT by primary key": _select,
    "5 SELECTs by primary key": _five_selects,
    "1 INSERT": _insert,
}


async def _round(
    transaction: Transaction, work: Callable[[AsyncSession, int], Awaitable[None]], count: int
) -> float:
    """CPU milliseconds per transaction over `count` of them."""
    started = time.process_time()
    for n in range(count):
        async with transaction() as session:
            await work(session, n)
    return (time.process_time() - started) * 1000 / count


async def measure(rounds: int, per_round: int = TRANSACTIONS) -> dict[tuple[str, str], float]:
    """Median CPU ms per transaction, by (engine, shape)."""
    timings: dict[tuple[str, str], list[float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite+aiosqlite:///{Path(folder) / 'statements.db'}"
        await asyncio.to_thread(upgrade, url)
        timeout = {"timeout": SQLITE_BUSY_TIMEOUT_S}
        engines = [
            create_async_engine(url, connect_args=timeout),
            link_engine(url, SQLITE_BUSY_TIMEOUT_S),
        ]
        transactions = [
            _transactions(engines[0], brief=False),
            _transactions(engines[1], brief=False),
            _transactions(engines[1], brief=True),
        ]
        try:
            for _ in range(rounds):
                for name, transaction in zip(ENGINES, transactions, strict=True):
                    for shape, work in SHAPES.items():
                        await _round(transaction, work, per_round)  # warm: pool, caches
                        timings.setdefault((name, shape), []).append(
                            await _round(transaction, work, per_round)
                        )
        finally:
            for engine in engines:
                await engine.dispose()
    return {key: statistics.median(values) for key, values in timings.items()}


def markdown(
    medians: dict[tuple[str, str], float], rounds: int, per_round: int = TRANSACTIONS
) -> str:
    """The report section."""
    lines = [
        "## SQLite statements under asyncio: aiosqlite against `sqlite_link`",
        "",
        f"CPU time of the process per transaction (ms), median of {rounds} rounds of "
        f"{per_round} transactions, engines interleaved (`python -m "
        "benchmarks.sqlite_statements`); the ratio is the baseline's time over this one's.",
        "",
        "| transaction | " + " | ".join(ENGINES) + " |",
        "|---|" + "---:|" * len(ENGINES),
    ]
    for shape in SHAPES:
        base = medians[(ENGINES[0], shape)]
        cells = [f"{base:.3f}"] + [
            f"{medians[(name, shape)]:.3f} ({base / medians[(name, shape)]:.1f}x)"
            for name in ENGINES[1:]
        ]
        lines.append(f"| {shape} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def run(quick: bool) -> str:
    """The section for `python -m benchmarks` (--quick: one round of 100, a smoke check)."""
    rounds, per_round = (1, 100) if quick else (7, TRANSACTIONS)
    return markdown(asyncio.run(measure(rounds, per_round)), rounds, per_round)


def main(argv: Sequence[str] | None = None) -> None:
    """Print the section."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.sqlite_statements")
    parser.add_argument("--rounds", type=int, default=7, help="rounds per engine and shape")
    rounds = parser.parse_args(argv).rounds
    print(markdown(asyncio.run(measure(rounds)), rounds))


if __name__ == "__main__":
    main()
