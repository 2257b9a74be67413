"""Importing fact-checks at scale: `tipline import` against a plain bulk insert of the same rows.

    python -m benchmarks.catalogue_import                 # 200,000 records, SQLite and PostgreSQL
    python -m benchmarks.catalogue_import --records 20000

A JSON Lines file of generated records (claims in 8 languages, half without a language so it is
detected, a summary, aliases) is imported into an empty database, then imported again unchanged.
The baseline inserts the same rows (fact-checks and their texts) with plain multi-row INSERTs and
nothing else: no parsing, no validation, no language detection, no lookups. PostgreSQL is the
server of the tests (TIPLINE_TEST_POSTGRES_URL); without one its rows say why they are missing.
Peak Python memory (tracemalloc) is measured on smaller imports at two sizes, as JSON Lines and as
one DataFeed JSON-LD document, to show it does not grow with the file.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import tempfile
import time
import tracemalloc
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import asyncpg
from sqlalchemy import func, insert, select
from sqlalchemy.engine import make_url

from factchecks.catalogue import text_hash
from factchecks.clock import utc_now
from factchecks.database import Database
from factchecks.importer import import_file, picture_pool
from factchecks.models import FactCheck, FactCheckText, TextSource
from factchecks.schema import upgrade
from factchecks.verdicts import Verdict

POSTGRES_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
TARGET_PER_SECOND = 5_000

_CLAIMS = {
    "en": "The {n} polling stations in district {d} will close at noon on election day",
    "es": "Las {n} mesas del distrito {d} cerrarán al mediodía el día de la elección",
    "pt": "As {n} seções eleitorais da zona {d} vão fechar ao meio-dia no dia da eleição",
    "fr": "Les {n} bureaux de vote du district {d} fermeront à midi le jour du scrutin",
    "ar": "ستغلق {n} مراكز اقتراع في الدائرة {d} عند الظهر يوم الانتخابات",
    "hi": "जिला {d} के {n} मतदान केंद्र चुनाव के दिन दोपहर में बंद हो जाएंगे",
    "id": "Sebanyak {n} TPS di daerah {d} akan tutup pada siang hari saat pemilu",
    "ru": "{n} избирательных участков в округе {d} закроются в полдень в день выборов",
}
_RATINGS = ("False", "Falso", "Faux", "Falsch", "Enganoso", "Misleading", "झूठ", "Hoaks")


def write_records(path: Path, count: int, seed: int = 7) -> None:
    """`count` generated records as JSON Lines: every other record has no language."""
    rng = random.Random(seed)
    languages = list(_CLAIMS)
    with path.open("w", encoding="utf-8") as file:
        for index in range(count):
            language = languages[index % len(languages)]
            claim = _CLAIMS[language].format(n=rng.randint(2, 999), d=index)
            record: dict[str, Any] = {
                "claim": claim,
                "rating": _RATINGS[index % len(_RATINGS)],
                "url": f"https://factchecks.example/{language}/{index}",
                "summary": f"{claim}. This was checked against the official list ({index}).",
                "publisher": "Example Desk",
                "published_at": "2026-03-01T10:00:00Z",
                "aliases": [f"{claim} (shared on {rng.randint(1, 28)} March)"],
            }
            if index % 2:
                record["language"] = language
            file.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_feed(path: Path, count: int, seed: int = 7) -> None:
    """The same kind of records as one Data Commons DataFeed (.json), a ClaimReview per item."""
    rng = random.Random(seed)
    languages = list(_CLAIMS)
    with path.open("w", encoding="utf-8") as file:
        file.write('{"@context": "https://schema.org", "@type": "DataFeed", "dataFeedElement": [')
        for index in range(count):
            language = languages[index % len(languages)]
            claim = _CLAIMS[language].format(n=rng.randint(2, 999), d=index)
            review = {
                "@type": "ClaimReview",
                "url": f"https://factchecks.example/{language}/{index}",
                "claimReviewed": claim,
                "reviewRating": {"@type": "Rating", "alternateName": _RATINGS[index % 8]},
                "author": {"@type": "Organization", "name": "Example Desk"},
                "datePublished": "2026-03-01",
                "itemReviewed": {"@type": "Claim", "alternateName": [f"{claim} (shared)"]},
            }
            item = {"@type": "DataFeedItem", "item": review}
            file.write(("," if index else "") + json.dumps(item, ensure_ascii=False))
        file.write("]}")


def baseline_rows(path: Path) -> list[dict[str, Any]]:
    """The rows the import stores, computed outside the timing (the baseline only inserts)."""
    rows = []
    with path.open(encoding="utf-8") as file:
        for line in file:
            values = json.loads(line)
            rows.append(values)
    return rows


async def bulk_insert(db: Database, rows: Sequence[dict[str, Any]], batch: int = 1_000) -> None:
    """Insert the fact-checks and their texts with plain multi-row INSERTs, one transaction."""
    table = FactCheck.__table__  # type: ignore[attr-defined]
    texts = FactCheckText.__table__  # type: ignore[attr-defined]
    now = utc_now()
    async with db.transaction() as session:
        for start in range(0, len(rows), batch):
            chunk = rows[start : start + batch]
            fact_checks = [
                {
                    "url": row["url"],
                    "external_id": None,
                    "claim": row["claim"],
                    "verdict": Verdict.FALSE,
                    "rating_text": row["rating"],
                    "title": "",
                    "summary": row["summary"],
                    "publisher": row["publisher"],
                    "language": row.get("language", "und"),
                    "claimant": "",
                    "created_at": now,
                    "updated_at": now,
                }
                for row in chunk
            ]
            # Ids come from a sequence here: cheaper than any lookup the import has to do.
            result = await session.exec(select(func.coalesce(func.max(table.c.id), 0)))
            first_id = int(result.one()[0]) + 1
            for offset, row in enumerate(fact_checks):
                row["id"] = first_id + offset
            await session.exec(insert(table), params=fact_checks)
            ids = [row["id"] for row in fact_checks]
            text_rows = [
                {
                    "fact_check_id": fc_id,
                    "text": text,
                    "text_hash": text_hash(text),
                    "source": source,
                    "language": None,
                }
                for fc_id, row in zip(ids, chunk, strict=True)
                for text, source in (
                    (row["claim"], TextSource.CLAIM),
                    (row["aliases"][0], TextSource.ALIAS),
                )
            ]
            await session.exec(insert(texts), params=text_rows)


@dataclass(frozen=True)
class Timing:
    """One database's figures, in records per second (wall-clock, or per CPU-second)."""

    database: str
    records: int
    baseline: float
    first_import: float
    first_import_cpu: float
    pooled_import: float
    pooled_import_cpu: float
    unchanged_import: float
    unchanged_import_cpu: float
    note: str = ""


async def _fresh_database(kind: str, folder: Path) -> tuple[str, str | None]:
    """A migrated empty database URL, and the PostgreSQL database to drop after (if any)."""
    if kind == "sqlite":
        url = f"sqlite+aiosqlite:///{folder / f'{uuid.uuid4().hex}.db'}"
        await asyncio.to_thread(upgrade, url)
        return url, None
    name = f"tipline_bench_{uuid.uuid4().hex[:12]}"
    connection = await asyncpg.connect(_dsn(POSTGRES_URL), timeout=5)
    try:
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()
    url = make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    await asyncio.to_thread(upgrade, url)
    return url, name


async def _drop(name: str | None) -> None:
    if name is None:
        return
    connection = await asyncpg.connect(_dsn(POSTGRES_URL), timeout=5)
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await connection.close()


async def _server_cpu(name: str | None) -> float:
    """CPU seconds used so far by the PostgreSQL backends serving database `name` (read from
    /proc: the server runs on this machine); 0 for SQLite, whose work is in our own threads."""
    if name is None:
        return 0.0
    connection = await asyncpg.connect(_dsn(POSTGRES_URL), timeout=5)
    try:
        rows = await connection.fetch("SELECT pid FROM pg_stat_activity WHERE datname = $1", name)
    finally:
        await connection.close()
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for row in rows:
        try:
            fields = Path(f"/proc/{row['pid']}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
    return total


def _dsn(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


async def measure(kind: str, path: Path, records: int, folder: Path) -> Timing:
    """Baseline, first import, unchanged re-import and an import parsed in 2 processes, each
    into a fresh database of `kind`. CPU counts this process (its threads included), the pool's
    workers for the pooled import, and the PostgreSQL backends that served the import."""
    try:
        url, name = await _fresh_database(kind, folder)
    except (OSError, asyncpg.PostgresError, TimeoutError) as error:
        return Timing(kind, records, 0, 0, 0, 0, 0, 0, 0, note=f"not measured: {error}")
    rows = baseline_rows(path)
    db = Database(url)
    try:
        started = time.perf_counter()
        await bulk_insert(db, rows)
        baseline = records / (time.perf_counter() - started)
    finally:
        await db.dispose()
        await _drop(name)
    del rows
    url, name = await _fresh_database(kind, folder)
    db = Database(url)
    try:
        cpu = time.process_time()
        first = await import_file(db, path)
        first_cpu = time.process_time() - cpu + await _server_cpu(name)
        cpu, server = time.process_time(), await _server_cpu(name)
        again = await import_file(db, path)
        again_cpu = time.process_time() - cpu + await _server_cpu(name) - server
    finally:
        await db.dispose()
        await _drop(name)
    url, name = await _fresh_database(kind, folder)
    db = Database(url)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = time.process_time()
    pool = picture_pool(2)
    try:
        pooled = await import_file(db, path, executor=pool)
        server = await _server_cpu(name)
    finally:
        pool.shutdown()
        await db.dispose()
        await _drop(name)
    done = resource.getrusage(resource.RUSAGE_CHILDREN)
    pooled_cpu = (
        time.process_time()
        - cpu
        + server
        + (done.ru_utime - children.ru_utime)
        + (done.ru_stime - children.ru_stime)
    )
    assert first.created == pooled.created == records and again.unchanged == records
    return Timing(
        kind,
        records,
        baseline,
        records / first.seconds,
        records / first_cpu,
        records / pooled.seconds,
        records / pooled_cpu,
        records / again.seconds,
        records / again_cpu,
    )


async def peak_memory(sizes: Sequence[int], folder: Path) -> list[tuple[str, int, float, float]]:
    """(shape, records, file MB, peak traced Python MB) importing files of `sizes` records, as
    JSON Lines and as one DataFeed JSON-LD document, into SQLite."""
    peaks = []
    for shape, suffix, writer in (
        ("JSON Lines", "jsonl", write_records),
        ("DataFeed JSON-LD", "json", write_feed),
    ):
        for size in sizes:
            path = folder / f"memory-{size}.{suffix}"
            writer(path, size)
            url, _ = await _fresh_database("sqlite", folder)
            db = Database(url)
            await import_file(db, path)  # load the language model before tracing
            await db.dispose()
            url, _ = await _fresh_database("sqlite", folder)
            db = Database(url)
            tracemalloc.start()
            try:
                await import_file(db, path)
                peak = tracemalloc.get_traced_memory()[1] / 1e6
                peaks.append((shape, size, path.stat().st_size / 1e6, peak))
            finally:
                tracemalloc.stop()
                await db.dispose()
    return peaks


async def run_async(records: int, memory_sizes: Sequence[int]) -> str:
    """The markdown section."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "records.jsonl"
        write_records(path, records)
        # Loads the language model outside the timings (a one-off 3 s per process).
        warm_url, _ = await _fresh_database("sqlite", folder)
        warm = folder / "warm.jsonl"
        write_records(warm, 10)
        warm_db = Database(warm_url)
        await import_file(warm_db, warm)
        await warm_db.dispose()
        timings = [await measure(kind, path, records, folder) for kind in ("sqlite", "postgresql")]
        peaks = await peak_memory(memory_sizes, folder)
    lines = [
        "## Catalogue import",
        "",
        f"`tipline import` of {records:,} generated JSON Lines records (8 languages, half "
        "without a language, so detected; a summary and an alias each) into an empty database, "
        "then the same file again (nothing changed), next to a plain multi-row INSERT of the same "
        f"rows measured in the same run. The target is {TARGET_PER_SECOND:,} records/s.",
        "",
        "| database | plain bulk insert | tipline import | ratio | per CPU-second | "
        "parsed in 2 processes (per CPU-second) | unchanged re-import (per CPU-second) |",
        "|---|---|---|---|---|---|---|",
    ]
    for timing in timings:
        if timing.note:
            lines.append(f"| {timing.database} | {timing.note} | | | | | |")
            continue
        lines.append(
            f"| {timing.database} | {timing.baseline:,.0f}/s | {timing.first_import:,.0f}/s | "
            f"{timing.first_import / timing.baseline:.2f} | {timing.first_import_cpu:,.0f}/s | "
            f"{timing.pooled_import:,.0f}/s ({timing.pooled_import_cpu:,.0f}/s) | "
            f"{timing.unchanged_import:,.0f}/s ({timing.unchanged_import_cpu:,.0f}/s) |"
        )
    load = os.getloadavg()[0]
    lines += [
        "",
        f"Rates are wall-clock records per second; the machine's load average was {load:.1f} "
        f'on {os.cpu_count()} cores when the section finished. "Per CPU-second" divides by '
        "the CPU time the import used: this process with its threads (the SQLite thread, the "
        "parsing thread), the pool's workers when parsing in processes, and the PostgreSQL "
        "backends that served it: what free cores would give.",
        "",
        "Peak traced Python memory while importing into SQLite: "
        + "; ".join(
            f"{shape}, {size:,} records ({megabytes:.0f} MB file): {peak:.1f} MB"
            for shape, size, megabytes, peak in peaks
        )
        + " (the file is streamed, a batch at a time; what grows with it is the 64-bit hash of"
        " each record's URL or id, kept to report a repeat within the file: decision 137).",
    ]
    return "\n".join(lines) + "\n"


def run(quick: bool) -> str:
    """The section for `python -m benchmarks` (--quick: 4,000 records, a smoke check)."""
    if quick:
        return asyncio.run(run_async(4_000, (1_000, 4_000)))
    return asyncio.run(run_async(200_000, (5_000, 50_000)))


def main() -> None:
    """Run alone: `python -m benchmarks.catalogue_import [--records N]`."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.catalogue_import")
    parser.add_argument("--records", type=int, default=200_000)
    arguments = parser.parse_args()
    print(asyncio.run(run_async(arguments.records, (5_000, 50_000))))


if __name__ == "__main__":
    main()
