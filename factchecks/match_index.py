"""The in-memory match indexes, built from the database and kept in step with it.

Two `matching.Matcher`s: one over the fact-check catalogue (keys are fact-check ids) and one over
the open queue (keys are queue item ids), which groups a new unmatched tip with earlier tips about
the same claim. Searches are CPU work, so they run in a worker thread; a lock keeps a search from
seeing an index half-updated. With a `CatalogueReplica` (`match_replica`), the catalogue's
searches run in a child process instead, on another core, and this process's copy answers
whenever the child cannot.

Many workers: every process keeps its own indexes and brings them up to date with `refresh`, a
few times a second (see `factchecks.index_changes`): what another worker (or `tipline import`)
changed is read back incrementally, so a fact-check answered on one worker is matched by all.

With a sentence encoder, the catalogue's vectors come from the database (`text_vectors`): loaded
with the index, and the missing ones computed in the background after start
(`start_embedding`), batch by batch, each batch stored and put in the live index at once. The
multilingual encoder's vectors (every language) are stored and loaded the same way, under its own
model name.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError
from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks.catalogue import IndexEntry, index_entries, text_hash
from factchecks.database import Database
from factchecks.index_changes import RELOAD, changes_since, versions
from factchecks.match_replica import CatalogueReplica, ReplicaState
from factchecks.matcher_entries import add_aliases, add_entry
from factchecks.models import IndexChangeKind, IndexStream
from factchecks.queue_listing import open_item_keys
from factchecks.text_vectors import (
    Vector,
    store_vectors,
    stored_vectors,
    texts_without_vectors,
)
from matching import Hit, ImageFingerprint, Matcher
from matching.cross_lingual import MultilingualEncoder
from matching.text_semantic import Encoder

log = logging.getLogger(__name__)

# Matching reads at most this much of a message: enough for any real claim, and it keeps a
# 10,000-character paste from costing more than a normal message.
MAX_MATCH_CHARS = 2_000
# Texts embedded (and stored) per step of the background embedding: a step holds the index lock
# only to add its vectors, and a stop waits for at most one step (about 1 s on one core).
EMBEDDING_BATCH = 64
# Keys read back per query when refreshing (an import can change thousands of fact-checks; both
# databases cap the parameters of one statement).
REFRESH_CHUNK = 1_000


@dataclass(frozen=True)
class MatchQuery:
    """What to look for: the text of a tip and the fingerprints of its pictures."""

    text: str
    fingerprints: tuple[ImageFingerprint, ...] = ()


class MatchIndex:
    """Thread-safe searching over fact-checks and open queue items."""

    def __init__(
        self,
        encoder: Encoder | None = None,
        vector_model: str | None = None,
        *,
        multilingual: MultilingualEncoder | None = None,
        multilingual_model: str | None = None,
        replica: CatalogueReplica | None = None,
    ) -> None:
        """`encoder` (optional) re-ranks searches by meaning too: the catalogue's, and the
        queue's grouping of open tips (the same rule decides "the same claim" for both, issue
        11: lexical plus the semantic model when installed). `vector_model` names the
        encoder's model (with its version): with it, the catalogue's vectors are stored and
        loaded under that name. `multilingual` and `multilingual_model`: the same for the
        multilingual encoder (matching across languages, `matching.cross_lingual`).
        `replica`: a child process that searches the catalogue on another core
        (`match_replica`); lexical only, so it is ignored with either encoder."""
        self._lock = threading.Lock()
        self._replica = replica if encoder is None and multilingual is None else None
        self._encoder = encoder
        self._vector_model = vector_model if encoder is not None else None
        self._multilingual = multilingual
        self._multilingual_model = multilingual_model if multilingual is not None else None
        self._embedding: asyncio.Task[int] | None = None
        self._catalogue: Matcher[int] = self._new_catalogue()
        self._queue: Matcher[int] = Matcher(encoder=encoder)
        self._seen: dict[IndexStream, int] = {}  # the version of each stream reflected here
        self._refreshing = asyncio.Lock()
        # Told how long each catalogue search took, waiting included (the bot's metrics).
        self.on_search_s: Callable[[float], None] | None = None

    async def load(self, db: Database) -> None:
        """(Re)build both indexes from the database."""
        async with db.session() as session:
            seen = await versions(session)  # first: changes committed after it are re-read
            entries = await index_entries(session)
            queue_keys = await open_item_keys(session)
            vectors = (
                await stored_vectors(session, self._vector_model)
                if self._vector_model is not None
                else {}
            )
            dense = (
                await stored_vectors(session, self._multilingual_model)
                if self._multilingual_model is not None
                else {}
            )
        catalogue = self._new_catalogue()
        for entry in entries:
            add_entry(catalogue, entry, vectors, dense)
        queue: Matcher[int] = Matcher(encoder=self._encoder)
        for item_id, item_text, item_fingerprint in queue_keys:
            _add(queue, item_id, item_text, item_fingerprint)
        with self._lock:
            self._catalogue, self._queue = catalogue, queue
            self._seen = seen
            if self._replica is not None:
                self._replica.load(entries)

    async def refresh(self, db: Database) -> int:
        """Apply what any worker changed since the last load or refresh; how many changes.

        Cheap when nothing changed (one query on a two-row table). Re-applying a change this
        process made itself is harmless: the matcher keeps a text or fingerprint once."""
        async with self._refreshing, db.session() as session:
            current = await versions(session)
            catalogue_changes: list[tuple[IndexChangeKind, int]] = []
            queue_changes: list[tuple[IndexChangeKind, int]] = []
            if current[IndexStream.CATALOGUE] > self._seen.get(IndexStream.CATALOGUE, 0):
                catalogue_changes = await changes_since(
                    session, IndexStream.CATALOGUE, self._seen.get(IndexStream.CATALOGUE, 0)
                )
            if current[IndexStream.QUEUE] > self._seen.get(IndexStream.QUEUE, 0):
                queue_changes = await changes_since(
                    session, IndexStream.QUEUE, self._seen.get(IndexStream.QUEUE, 0)
                )
            if RELOAD in catalogue_changes or RELOAD in queue_changes:
                await self.load(db)  # an import too large to note change by change
                return len(catalogue_changes) + len(queue_changes)
            # The matchers change in a worker thread: the lock may be held by a long search,
            # and waiting for it here would stall the event loop (every voter) meanwhile.
            fact_check_ids = [key for _, key in catalogue_changes]
            for start in range(0, len(fact_check_ids), REFRESH_CHUNK):
                chunk = fact_check_ids[start : start + REFRESH_CHUNK]
                entries = await index_entries(session, chunk)
                vectors = await self._stored_vectors(session, entries, self._vector_model)
                dense = await self._stored_vectors(session, entries, self._multilingual_model)
                await asyncio.to_thread(self._add_entries, entries, vectors, dense)
            queued = [key for kind, key in queue_changes if kind is IndexChangeKind.TIP_QUEUED]
            for start in range(0, len(queued), REFRESH_CHUNK):
                keys = await open_item_keys(session, queued[start : start + REFRESH_CHUNK])
                await asyncio.to_thread(self._add_queue_keys, keys)
            closed = [key for kind, key in queue_changes if kind is IndexChangeKind.ITEM_CLOSED]
            if closed:
                await asyncio.to_thread(self._remove_queue_items, closed)
            self._seen = current
        if catalogue_changes and self._multilingual_model is not None:
            self._embed_again(db)
        return len(catalogue_changes) + len(queue_changes)

    def _new_catalogue(self) -> Matcher[int]:
        return Matcher(encoder=self._encoder, multilingual=self._multilingual)

    def _add_entries(
        self, entries: list[IndexEntry], vectors: dict[str, Vector], dense: dict[str, Vector]
    ) -> None:
        with self._lock:
            for entry in entries:
                add_entry(self._catalogue, entry, vectors, dense)
            if self._replica is not None:
                self._replica.add(entries)

    def _add_queue_keys(self, keys: list[tuple[int, str, str | None]]) -> None:
        with self._lock:
            for item_id, item_text, item_fingerprint in keys:
                _add(self._queue, item_id, item_text, item_fingerprint)

    def _remove_queue_items(self, item_ids: list[int]) -> None:
        with self._lock:
            for item_id in item_ids:
                self._queue.remove(item_id)

    async def _stored_vectors(
        self, session: AsyncSession, entries: list[IndexEntry], model: str | None
    ) -> dict[str, Vector]:
        if model is None:
            return {}
        hashes = [text_hash(text) for entry in entries for text, _, _ in entry.texts]
        return await stored_vectors(session, model, hashes)

    async def embed_catalogue(self, db: Database) -> int:
        """Compute, store and use the vectors of catalogue texts that have none stored, for each
        encoder; how many were computed (0 without an encoder or a model name)."""
        done = 0
        encoder, model = self._encoder, self._vector_model
        if encoder is not None and model is not None:
            done += await self._embed(db, model, encoder.encode, dense=False)
        multilingual, dense_model = self._multilingual, self._multilingual_model
        if multilingual is not None and dense_model is not None:
            done += await self._embed(db, dense_model, multilingual.passage, dense=True)
        return done

    async def _embed(
        self,
        db: Database,
        model: str,
        encode: Callable[[list[str]], Vector],
        *,
        dense: bool,
    ) -> int:
        async with db.session() as session:
            missing = await texts_without_vectors(session, model, any_language=dense)
        for start in range(0, len(missing), EMBEDDING_BATCH):
            batch = missing[start : start + EMBEDDING_BATCH]
            texts = [item.text for item in batch]
            vectors = await asyncio.to_thread(encode, texts)
            try:
                async with db.transaction() as session:
                    await store_vectors(session, model, texts, vectors)
            except IntegrityError:
                # Another worker (or this one's start job) stored some of them meanwhile: store
                # the rest; the texts it stored are skipped this time.
                async with db.transaction() as session:
                    await store_vectors(session, model, texts, vectors)
            with self._lock:
                for item, vector in zip(batch, vectors, strict=True):
                    if dense:
                        self._catalogue.add_text(item.fact_check_id, item.text, dense_vector=vector)
                    else:
                        self._catalogue.add_text(item.fact_check_id, item.text, vector=vector)
        if missing:
            log.info("embedded %d catalogue texts (%s)", len(missing), model)
        return len(missing)

    def start_embedding(self, db: Database) -> None:
        """`embed_catalogue` in the background (call at start, from the running loop)."""
        if self._vector_model is not None or self._multilingual_model is not None:
            self._embedding = asyncio.get_running_loop().create_task(
                self.embed_catalogue(db), name="embed-catalogue"
            )

    def _embed_again(self, db: Database) -> None:
        """New catalogue texts from another worker or an import: embed them in the background
        too, once the start's job is done (never after `stop_embedding`). Without it, texts
        added while running would wait for a restart: a search embeds only a few itself."""
        task = self._embedding
        if task is None or not task.done():
            return
        if not task.cancelled() and task.exception() is not None:
            log.warning("background embedding failed: %r", task.exception())
        self.start_embedding(db)

    async def embedded(self) -> None:
        """Wait until the background embedding (if one runs) has finished."""
        task = self._embedding
        if task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.shield(task)

    async def stop_embedding(self) -> None:
        """Stop the background embedding; what it stored stays stored."""
        task, self._embedding = self._embedding, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def close(self) -> None:
        """Stop the matching process, if there is one (blocks until it has ended)."""
        if self._replica is not None:
            self._replica.close()

    @property
    def match_process(self) -> ReplicaState | None:
        """Whether the matching process searches now (None: this index has none)."""
        return self._replica.state if self._replica is not None else None

    @property
    def applied_versions(self) -> dict[str, int]:
        """The version of each stream (`IndexStream`) this index reflects."""
        return {stream.value: version for stream, version in self._seen.items()}

    @property
    def fact_check_count(self) -> int:
        """How many fact-checks can be matched."""
        return len(self._catalogue)

    def add_fact_check(self, fact_check_id: int, texts: list[str], fingerprints: list[str]) -> None:
        """Make the desk's new wordings (aliases) and pictures of a fact-check matchable at once."""
        with self._lock:
            add_aliases(self._catalogue, fact_check_id, texts, fingerprints)
            if self._replica is not None:
                self._replica.add_aliases(fact_check_id, texts, fingerprints)

    def add_to_queue_item(self, item_id: int, text: str, fingerprint: str | None) -> None:
        """Let later tips about the same claim find this open item."""
        with self._lock:
            _add(self._queue, item_id, text, fingerprint)

    def close_queue_item(self, item_id: int) -> None:
        """An answered or dismissed item no longer gathers tips."""
        with self._lock:
            self._queue.remove(item_id)

    async def search_catalogue(self, query: MatchQuery) -> list[Hit[int]]:
        """Fact-checks matching the query, best first."""
        started = time.perf_counter()
        hits = (
            await self._replica.search(query.text[:MAX_MATCH_CHARS] or None, query.fingerprints)
            if self._replica is not None
            else None
        )
        if hits is None:
            hits = await asyncio.to_thread(self._search, self._catalogue_ref, query)
        if self.on_search_s is not None:
            self.on_search_s(time.perf_counter() - started)
        return hits

    async def search_queue(self, query: MatchQuery) -> list[Hit[int]]:
        """Open queue items about the same claim, best first."""
        return await asyncio.to_thread(self._search, self._queue_ref, query)

    def _catalogue_ref(self) -> Matcher[int]:
        return self._catalogue

    def _queue_ref(self) -> Matcher[int]:
        return self._queue

    def _search(self, which: Callable[[], Matcher[int]], query: MatchQuery) -> list[Hit[int]]:
        text = query.text[:MAX_MATCH_CHARS] or None
        with self._lock:
            return which().search(text=text, images=query.fingerprints)


def _add(matcher: Matcher[int], key: int, text: str, fingerprint: str | None) -> None:
    if text.strip():
        matcher.add_text(key, text[:MAX_MATCH_CHARS])
    if fingerprint:
        matcher.add_fingerprint(key, ImageFingerprint.from_hex(fingerprint))
