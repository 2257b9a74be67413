"""`tipline import`: load fact-check files into the catalogue, fast and whole.

A file is streamed a chunk of records at a time (JSON Lines, CSV, JSON-LD lists and DataFeeds
never sit in memory whole); the next chunk is parsed in a thread (or, when asked, a process pool)
while the current one is written, so parsing overlaps the database's work; records
are upserted in batches (`bulk_upsert`: a few statements per thousand records), all in one
transaction: a file is imported whole or, if the database or the file fails half-way, not at all.
A record that cannot be read is skipped and reported with its position and reason; a picture that
is missing or unusable is left out with a warning, and its fact-check imported without it. Local
pictures are fingerprinted in a process pool (the work is CPU-bound); image URLs are never fetched.
With `dry_run` everything is done and counted, then rolled back.

Two records of one file with the same URL (else external id) are one fact-check: the later record
wins, as it would a file later, and is reported with a warning naming both positions; the
fact-check is counted once, for what the file did to it (created, updated or unchanged), and the
record it replaced as `replaced`, so the counts add up to the records read.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import time
from collections import Counter, deque
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks.bulk_upsert import upsert_batch
from factchecks.catalogue import UpsertResult
from factchecks.database import Database
from factchecks.formats import (
    Chunk,
    ReadOptions,
    estimate_records,
    parse_chunk,
    split_file,
)
from factchecks.formats import with_fingerprints as record_with_fingerprints
from factchecks.records import FactCheckRecord, ParsedRecord, RecordError, RecordWarning
from matching import ImageError, index_fingerprints
from matching.language import load_language_model

Parsed = ParsedRecord | RecordError

MAX_IMAGE_FILE_BYTES = 20_000_000
BATCH_SIZE = 1_000
"""Records per batch of upserts: large enough that statements are few, small enough that a
batch's rows stay a few megabytes."""


def fingerprint_file(path: Path) -> list[str] | None:
    """The hex fingerprints of a local image file (the whole picture first, then the crops,
    mirror and inner picture the matcher also indexes); None when it is missing or unusable."""
    try:
        if path.stat().st_size > MAX_IMAGE_FILE_BYTES:
            return None
        return [fingerprint.hex() for fingerprint in index_fingerprints(path.read_bytes())]
    except (OSError, ImageError):
        return None


@dataclass(frozen=True)
class ImportOptions:
    """How to import: how to read the file, and whether to keep the result."""

    read: ReadOptions = field(default_factory=ReadOptions)
    dry_run: bool = False
    batch_size: int = BATCH_SIZE


@dataclass(frozen=True)
class ImportReport:
    """What one file did (or, in a dry run, would do) to the catalogue."""

    path: Path
    created: int
    updated: int
    unchanged: int
    errors: tuple[RecordError, ...]
    warnings: tuple[RecordWarning, ...] = ()
    seconds: float = 0.0
    dry_run: bool = False
    replaced: int = 0
    """Records whose fact-check a later record of the file, with the same URL or external id,
    replaced (each such pair also has a warning)."""

    @property
    def skipped(self) -> int:
        """Records that could not be imported."""
        return len(self.errors)

    @property
    def records(self) -> int:
        """Records read, skipped and replaced ones included."""
        return self.created + self.updated + self.unchanged + self.skipped + self.replaced

    def summary(self) -> str:
        """One line for the terminal or a log."""
        prefix = f"{self.path}: " + ("dry run, nothing written: " if self.dry_run else "")
        rate = f" in {self.seconds:.1f} s ({self.records / self.seconds:,.0f} records/s)"
        timing = rate if self.seconds > 0 and self.records else ""
        if self.records and self.unchanged == self.records:
            return f"{prefix}unchanged ({self.records} records){timing}"
        replaced = (
            f"; {self.replaced} replaced by a later record with the same URL or external_id "
            "(see the warnings)"
            if self.replaced
            else ""
        )
        return (
            f"{prefix}{self.created} created, {self.updated} updated, "
            f"{self.unchanged} unchanged, {self.skipped} skipped{timing}{replaced}"
        )


class _DryRun(Exception):
    """Raised inside the transaction to roll a dry run back."""


Progress = Callable[[int], None]
"""Told how many more records were handled (read, skipped or stored)."""


async def import_file(
    db: Database,
    path: Path,
    options: ImportOptions | None = None,
    *,
    progress: Progress | None = None,
    executor: Executor | None = None,
) -> ImportReport:
    """Stream `path` into the catalogue in one transaction; see the module docstring.

    The next chunk is parsed while the current one is written: in `executor` (a process pool)
    when one is given, else in a thread of this job's own, which used less CPU per record than a
    pool on a busy two-core machine (see docs/decisions.md). Pictures are fingerprinted in
    `executor`, else in a process pool made (and shut down) for the file when it names any.
    Raises FormatError when the whole file is unusable.
    """
    options = options or ImportOptions()
    started = time.perf_counter()
    job = _Job(options, progress or (lambda _: None), executor)
    try:
        async with db.transaction() as session:
            pending: deque[asyncio.Future[list[Parsed]]] = deque()
            for chunk in split_file(path, options.read, options.batch_size):
                pending.append(job.parse(chunk))
                if len(pending) > job.parallel_chunks:
                    await job.store(session, await pending.popleft())
            while pending:
                await job.store(session, await pending.popleft())
            if options.dry_run:
                raise _DryRun
    except _DryRun:
        pass
    finally:
        job.close()
    return ImportReport(
        path=path,
        created=job.counts[UpsertResult.CREATED],
        updated=job.counts[UpsertResult.UPDATED],
        unchanged=job.counts[UpsertResult.UNCHANGED],
        errors=tuple(job.errors),
        warnings=tuple(job.warnings),
        seconds=time.perf_counter() - started,
        dry_run=options.dry_run,
        replaced=job.written.replaced,
    )


def picture_pool(workers: int | None = None) -> ProcessPoolExecutor:
    """A process pool for parsing chunks and fingerprinting pictures. Workers are forked after
    the language model is loaded, so they share it instead of loading it each (3 s)."""
    load_language_model()
    return ProcessPoolExecutor(
        max_workers=workers or os.cpu_count() or 1, mp_context=multiprocessing.get_context("fork")
    )


def count_records(path: Path) -> int | None:
    """About how many records `path` holds, for a progress bar's total."""
    return estimate_records(path)


class _Job:
    """The state of one file's import: counts, problems, and the worker pool."""

    def __init__(
        self, options: ImportOptions, progress: Progress, executor: Executor | None
    ) -> None:
        self.options = options
        self.progress = progress
        self.counts: Counter[UpsertResult] = Counter()
        self.errors: list[RecordError] = []
        self.warnings: list[RecordWarning] = []
        self.written = _WrittenFactChecks()
        self._executor = executor
        self._own_executor: ProcessPoolExecutor | None = None
        self._parser: ThreadPoolExecutor | None = None
        self._fingerprints: dict[Path, list[str] | None] = {}

    @property
    def parallel_chunks(self) -> int:
        """Chunks parsed ahead of the one being written: one per worker, plus one (one for the
        parsing thread)."""
        if self._executor is None:
            return 1
        return getattr(self._executor, "_max_workers", 1) + 1

    def parse(self, chunk: Chunk) -> asyncio.Future[list[Parsed]]:
        """A chunk's records: parsed by the executor, else by this job's parsing thread."""
        loop = asyncio.get_running_loop()
        if chunk.parsed is not None:
            done: asyncio.Future[list[Parsed]] = loop.create_future()
            done.set_result(list(chunk.parsed))
            return done
        if self._executor is None:
            if self._parser is None:
                self._parser = ThreadPoolExecutor(1, thread_name_prefix="import-parse")
            return loop.run_in_executor(self._parser, parse_chunk, chunk)
        return loop.run_in_executor(self._executor, parse_chunk, chunk)

    async def store(self, session: AsyncSession, parsed: list[Parsed]) -> None:
        """Fingerprint the chunk's pictures, then upsert its records."""
        batch: list[ParsedRecord] = []
        for item in parsed:
            if isinstance(item, RecordError):
                self.errors.append(item)
            else:
                batch.append(item)
        await self._fingerprint([path for item in batch for path in item.image_paths])
        records = []
        for item in batch:
            record, warnings = record_with_fingerprints(
                item, [(path, self._fingerprints[path]) for path in item.image_paths]
            )
            records.append(record)
            self.warnings.extend(warnings)
        if records:
            results = await upsert_batch(session, records)
            for item, record, result in zip(batch, records, results, strict=True):
                self._count(item, record, result)
        self.progress(len(parsed))

    def _count(self, item: ParsedRecord, record: FactCheckRecord, result: UpsertResult) -> None:
        """Count a stored record, once per fact-check; warn when it replaced an earlier one."""
        replaced = self.written.add(record, item.position, result)
        if replaced is None:
            self.counts[result] += 1
            return
        self.counts[replaced.counted] -= 1
        self.counts[replaced.counts_now] += 1
        self.warnings.append(replaced.warning(item, record, result))

    async def _fingerprint(self, paths: list[Path]) -> None:
        todo = list(dict.fromkeys(path for path in paths if path not in self._fingerprints))
        if not todo:
            return
        loop = asyncio.get_running_loop()
        executor = self._executor or self._pool()
        found = await asyncio.gather(
            *(loop.run_in_executor(executor, fingerprint_file, path) for path in todo)
        )
        self._fingerprints.update(zip(todo, found, strict=True))

    def _pool(self) -> ProcessPoolExecutor:
        if self._own_executor is None:
            self._own_executor = picture_pool()
        return self._own_executor

    def close(self) -> None:
        """Shut down the pool this job made, if any."""
        if self._own_executor is not None:
            self._own_executor.shutdown()
        if self._parser is not None:
            self._parser.shutdown(cancel_futures=True)


@dataclass(frozen=True)
class _Replaced:
    """A record that landed on a fact-check an earlier record of the same file wrote."""

    earlier_position: int
    key: str
    counted: UpsertResult
    """What the fact-check was counted as before this record."""
    counts_now: UpsertResult

    def warning(
        self, item: ParsedRecord, record: FactCheckRecord, result: UpsertResult
    ) -> RecordWarning:
        """What the fact-checker reads: both positions, the shared key, and which one is kept."""
        earlier = (
            f"an earlier record on the same {item.kind}"
            if self.earlier_position == item.position
            else f"{item.kind} {self.earlier_position}"
        )
        value = record.url if self.key == "URL" else record.external_id
        if result is UpsertResult.UNCHANGED:
            message = f"repeats {earlier} (same {self.key} {value}, same content): stored once"
        else:
            message = (
                f"has the same {self.key} as {earlier} ({value}) and replaces it: the later "
                "record in a file wins. The earlier record's claim stays attached to it only as "
                f"another wording to match; if the two are different fact-checks, give each its "
                f"own {self.key}"
            )
        return RecordWarning(item.source, item.position, message, item.kind)


_STRONGER = {UpsertResult.UNCHANGED: 0, UpsertResult.UPDATED: 1, UpsertResult.CREATED: 2}


class _WrittenFactChecks:
    """The fact-checks a file's records have written so far, by URL and by external id: the
    position of the last record that wrote each, and what the fact-check is counted as.

    Keys are kept as their 64-bit hashes, not the URLs: a fraction of the memory on a file of a
    million records, where the chance that two different keys share a hash is under 1 in 10^7.
    """

    def __init__(self) -> None:
        self._fact_check: dict[int, int] = {}
        self._position: list[int] = []
        self._counted: list[UpsertResult] = []
        self.replaced = 0

    def add(self, record: FactCheckRecord, position: int, result: UpsertResult) -> _Replaced | None:
        """Note a stored record; when it landed on a fact-check an earlier record of the file
        wrote, what it replaced."""
        keys = []
        if record.url:
            keys.append(("URL", hash(("url", record.url))))
        if record.external_id:
            keys.append(("external_id", hash(("id", record.external_id))))
        # As the upsert looks a record up: by URL, else by external id. A created record is a
        # new fact-check, whatever its keys: its URL or id moved on since an earlier record.
        found = next(
            ((name, self._fact_check[key]) for name, key in keys if key in self._fact_check),
            None,
        )
        if found is None or result is UpsertResult.CREATED:
            number = len(self._position)
            self._position.append(position)
            self._counted.append(result)
            self._fact_check.update((key, number) for _, key in keys)
            return None
        name, number = found
        counted = self._counted[number]
        now = max(counted, result, key=_STRONGER.__getitem__)
        replaced = _Replaced(self._position[number], name, counted, now)
        self._position[number] = position
        self._counted[number] = now
        self._fact_check.update((key, number) for _, key in keys)
        self.replaced += 1
        return replaced
