"""Keeping every worker's in-memory match index in step with the database.

A transaction that changes what the matcher should find (a fact-check added or given new
wordings, a tip queued, a queue item closed) notes the change with `note_change`. As its last
statements before commit it raises the stream's row in `index_version` and writes one
`index_change` row per change, stamped with the new version. The row lock taken by that UPDATE
is held until commit, so versions commit in increasing order: a worker that reads version v and
then the changes above the version it had seen misses nothing, whichever worker (or `tipline
import`) made them. Holding the lock only for the commit keeps writers from waiting on each
other for long; catalogue and queue have a row each, so an import never holds back queueing.

A transaction that notes more than `MAX_NOTED_CHANGES` changes of one stream (an import of a
large file) notes one `RELOAD` instead: the pending set, and the rows written at commit, stay
bounded whatever the file's size, and re-reading a whole stream is what so many changes cost a
worker anyway.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

from sqlalchemy import delete, insert, update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks.clock import utc_now
from factchecks.database import before_commit
from factchecks.models import IndexChange, IndexChangeKind, IndexStream, IndexVersion

_PENDING = "tipline.index_changes"
# Changes older than this are deleted now and then: a worker that was away longer has
# restarted, and a restart loads the whole index.
KEEP_CHANGES = timedelta(hours=1)
PRUNE_EVERY_VERSIONS = 500
# Changes of one stream a transaction keeps before it notes a whole-stream reload instead: about
# 2 MB of pending keys, and 20 incremental queries for a worker (`match_index.REFRESH_CHUNK`).
MAX_NOTED_CHANGES = 20_000
RELOAD = (IndexChangeKind.RELOAD, 0)
WRITE_CHUNK = 2_000  # change rows per INSERT: the statement's parameters stay a few hundred kB

STREAM_OF: dict[IndexChangeKind, IndexStream] = {
    IndexChangeKind.FACT_CHECK: IndexStream.CATALOGUE,
    IndexChangeKind.TIP_QUEUED: IndexStream.QUEUE,
    IndexChangeKind.ITEM_CLOSED: IndexStream.QUEUE,
}


def note_change(session: AsyncSession, kind: IndexChangeKind, key: int) -> None:
    """Record, when the caller's transaction commits, that `key` changed as `kind` says."""
    pending: dict[IndexStream, set[tuple[IndexChangeKind, int]]] = session.info.setdefault(
        _PENDING, defaultdict(set)
    )
    changes = pending[STREAM_OF[kind]]
    if RELOAD not in changes:
        changes.add((kind, key))
        if len(changes) > MAX_NOTED_CHANGES:
            changes.clear()
            changes.add(RELOAD)
    before_commit(session, _PENDING, _write_changes)


def note_changes(session: AsyncSession, kind: IndexChangeKind, keys: list[int]) -> None:
    """`note_change` for many keys (an import batch)."""
    for key in keys:
        note_change(session, kind, key)


async def _write_changes(session: AsyncSession) -> None:
    pending: dict[IndexStream, set[tuple[IndexChangeKind, int]]] = session.info.pop(_PENDING, {})
    now = utc_now()
    # Always the same order (catalogue, then queue), so two writers never wait on each other
    # in a cycle.
    for stream in IndexStream:
        changes = pending.get(stream)
        if not changes:
            continue
        version = (
            await session.exec(
                update(IndexVersion)
                .where(col(IndexVersion.stream) == stream)
                .values(version=col(IndexVersion.version) + 1)
                .returning(col(IndexVersion.version))
            )
        ).scalar_one_or_none()
        if version is None:  # a database made without the migrations (which add the rows)
            version = 1
            await session.exec(insert(IndexVersion).values(stream=stream, version=version))
        ordered = sorted(changes)
        for start in range(0, len(ordered), WRITE_CHUNK):
            await session.exec(
                insert(IndexChange),
                params=[
                    {
                        "stream": stream,
                        "version": version,
                        "kind": kind,
                        "key": key,
                        "created_at": now,
                    }
                    for kind, key in ordered[start : start + WRITE_CHUNK]
                ],
            )
        if version % PRUNE_EVERY_VERSIONS == 0:
            await session.exec(
                delete(IndexChange).where(
                    col(IndexChange.stream) == stream,
                    col(IndexChange.created_at) < now - KEEP_CHANGES,
                )
            )


async def versions(session: AsyncSession) -> dict[IndexStream, int]:
    """Each stream's current version (0 for a stream never changed)."""
    rows = (await session.exec(select(IndexVersion.stream, IndexVersion.version))).all()
    found = {IndexStream(stream): version for stream, version in rows}
    return {stream: found.get(stream, 0) for stream in IndexStream}


async def changes_since(
    session: AsyncSession, stream: IndexStream, version: int
) -> list[tuple[IndexChangeKind, int]]:
    """The changes of `stream` above `version`, in version order, each (kind, key) once."""
    rows = (
        await session.exec(
            select(IndexChange.kind, IndexChange.key)
            .where(col(IndexChange.stream) == stream, col(IndexChange.version) > version)
            .order_by(col(IndexChange.version), col(IndexChange.id))
        )
    ).all()
    return list(dict.fromkeys((IndexChangeKind(kind), key) for kind, key in rows))
