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
from factchecks.records import ParsedRecord, RecordError, RecordWarning
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

    @property
    def skipped(self) -> int:
        """Records that could not be imported."""
        return len(self.errors)

    @property
    def records(self) -> int:
        """Records read, skipped ones included."""
        return self.created + self.updated + self.unchanged + self.skipped

    def summary(self) -> str:
        """One line for the terminal or a log."""
        prefix = f"{self.path}: " + ("dry run, nothing written: " if self.dry_run else "")
        rate = f" in {self.seconds:.1f} s ({self.records / self.seconds:,.0f} records/s)"
        timing = rate if self.seconds > 0 and self.records else ""
        if self.records and self.unchanged == self.records:
            return f"{prefix}unchanged ({self.records} records){timing}"
        return (
            f"{prefix}{self.created} created, {self.updated} updated, "
            f"{self.unchanged} unchanged, {self.skipped} skipped{timing}"
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
            self.counts.update(await upsert_batch(session, records))
        self.progress(len(parsed))

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
