"""Trend reports at scale: `tipline report` on a week of 1,000,000 tips, next to a plain count.

    python -m benchmarks.reports                       # 1,000,000 tips, SQLite and PostgreSQL
    python -m benchmarks.reports --tips 100000 --databases sqlite

A synthetic week (`benchmarks.report_data`: a fifth of the tips in the week before, for growth)
is written into an empty database and ANALYZEd, as a live database is. The baseline is a plain
`SELECT count(*)` over the same week's tips; the report is everything `tipline report` does
(every aggregation, the privacy floor, charts, CSV, JSON, the HTML page). Each is timed after one
untimed warm-up count. PostgreSQL is the tests' server (TIPLINE_TEST_POSTGRES_URL); without one
its row says why it is missing.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import asyncpg
from sqlalchemy import func, select, text
from tqdm import tqdm

from benchmarks import catalogue_import
from benchmarks.report_data import TIP, write_synthetic_period
from bot.reports.folder import write_report
from factchecks.database import Database
from factchecks.reports.period import week_period
from factchecks.reports.sql_figures import STEPS

WEEK = "2026-W48"
TIMEZONE = "Africa/Lagos"
DATABASES = ("sqlite", "postgresql")


@dataclass(frozen=True)
class ReportTiming:
    """One database's figures."""

    database: str
    tips: int
    tips_in_week: int
    write_s: float
    count_s: float
    report_s: float
    note: str = ""


async def measure(kind: str, tips: int, folder: Path) -> ReportTiming:
    """Write the week, then time the plain count and the whole report."""
    catalogue_import.POSTGRES_URL = os.environ.get(
        "TIPLINE_TEST_POSTGRES_URL", catalogue_import.POSTGRES_URL
    )
    try:
        url, name = await catalogue_import._fresh_database(kind, folder)
    except (OSError, asyncpg.PostgresError, TimeoutError) as error:
        return ReportTiming(kind, tips, 0, 0, 0, 0, f"no PostgreSQL server: {error}")
    db = Database(url)
    try:
        period = week_period(WEEK, TIMEZONE)
        started = time.perf_counter()
        with tqdm(total=tips, desc=f"writing {kind}", unit="tip", disable=None) as bar:
            written = await write_synthetic_period(db, period, tips=tips, progress=bar.update)
        async with db.engine.begin() as connection:
            await connection.execute(text("ANALYZE"))
        write_s = time.perf_counter() - started
        plain = (
            select(func.count())
            .select_from(TIP)
            .where(TIP.c.received_at >= period.start_utc, TIP.c.received_at < period.end_utc)
        )
        async with db.engine.connect() as connection:
            await connection.execute(plain)  # warm-up
            started = time.perf_counter()
            counted = (await connection.execute(plain)).scalar_one()
            count_s = time.perf_counter() - started
        assert counted == written.tips_in_period
        with tqdm(total=STEPS + 1, desc=f"report {kind}", unit="step", disable=None) as bar:
            started = time.perf_counter()
            await write_report(
                db,
                period,
                folder / f"report-{kind}",
                min_voters=5,
                progress=lambda _step: bar.update(1) and None,
            )
            report_s = time.perf_counter() - started
        return ReportTiming(kind, tips, written.tips_in_period, write_s, count_s, report_s)
    finally:
        await db.dispose()
        await catalogue_import._drop(name)


def render(timings: Sequence[ReportTiming]) -> str:
    """The section for docs/benchmarks.md."""
    lines = [
        "## Trend reports",
        "",
        f"`tipline report --week {WEEK}` ({TIMEZONE}) on a synthetic week; the baseline is a plain "
        "`SELECT count(*)` over the same week's tips, in the same run.",
        "",
        "| database | tips written | tips in the week | SELECT count(*) | whole report | ratio |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for t in timings:
        if t.note:
            lines.append(f"| {t.database} | {t.tips:,} | – | – | – | {t.note} |")
            continue
        ratio = t.report_s / t.count_s if t.count_s else float("inf")
        lines.append(
            f"| {t.database} | {t.tips:,} | {t.tips_in_week:,} | {t.count_s:.3f} s "
            f"| {t.report_s:.1f} s | {ratio:,.0f}× |"
        )
    return "\n".join(lines) + "\n"


async def run_async(tips: int, databases: Sequence[str]) -> str:
    """Measure on each database; the markdown section."""
    with tempfile.TemporaryDirectory() as folder:
        timings = [await measure(kind, tips, Path(folder)) for kind in databases]
    return render(timings)


def run(quick: bool) -> str:
    """The section for `python -m benchmarks` (100,000 tips with --quick)."""
    return asyncio.run(run_async(100_000 if quick else 1_000_000, DATABASES))


def main(argv: Sequence[str] | None = None) -> None:
    """`python -m benchmarks.reports`."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.reports", description=__doc__)
    parser.add_argument("--tips", type=int, default=1_000_000)
    parser.add_argument("--databases", default=",".join(DATABASES))
    args = parser.parse_args(argv)
    databases = [name.strip() for name in args.databases.split(",") if name.strip()]
    print(asyncio.run(run_async(args.tips, databases)))


if __name__ == "__main__":
    main()
