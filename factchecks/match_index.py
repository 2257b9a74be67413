"""The in-memory match indexes, built from the database and kept in step with it.

Two `matching.Matcher`s: one over the fact-check catalogue (keys are fact-check ids) and one over
the open queue (keys are queue item ids), which groups a new unmatched tip with earlier tips about
the same claim. Searches are CPU work, so they run in a worker thread; a lock keeps a search from
seeing an index half-updated.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from dataclasses import dataclass

from factchecks.catalogue import index_entries
from factchecks.database import Database
from factchecks.queue import open_item_keys
from matching import Hit, ImageFingerprint, Matcher
from matching.text_semantic import Encoder

# Matching reads at most this much of a message: enough for any real claim, and it keeps a
# 10,000-character paste from costing more than a normal message.
MAX_MATCH_CHARS = 2_000


@dataclass(frozen=True)
class MatchQuery:
    """What to look for: the text of a tip and the fingerprints of its pictures."""

    text: str
    fingerprints: tuple[ImageFingerprint, ...] = ()


class MatchIndex:
    """Thread-safe searching over fact-checks and open queue items."""

    def __init__(self, encoder: Encoder | None = None) -> None:
        """`encoder` (optional) re-ranks catalogue searches by meaning too; the queue's grouping
        of open tips stays lexical."""
        self._lock = threading.Lock()
        self._encoder = encoder
        self._catalogue: Matcher[int] = Matcher(encoder=encoder)
        self._queue: Matcher[int] = Matcher()

    async def load(self, db: Database) -> None:
        """(Re)build both indexes from the database."""
        async with db.session() as session:
            entries = await index_entries(session)
            queue_keys = await open_item_keys(session)
        catalogue: Matcher[int] = Matcher(encoder=self._encoder)
        for entry in entries:
            for text, language in entry.texts:
                catalogue.add_text(entry.fact_check_id, text, language)
            for fingerprint in entry.fingerprints:
                catalogue.add_fingerprint(
                    entry.fact_check_id, ImageFingerprint.from_hex(fingerprint)
                )
        queue: Matcher[int] = Matcher()
        for item_id, item_text, item_fingerprint in queue_keys:
            _add(queue, item_id, item_text, item_fingerprint)
        with self._lock:
            self._catalogue, self._queue = catalogue, queue

    @property
    def fact_check_count(self) -> int:
        """How many fact-checks can be matched."""
        return len(self._catalogue)

    def add_fact_check(self, fact_check_id: int, texts: list[str], fingerprints: list[str]) -> None:
        """Make a fact-check (or new wordings and pictures of it) matchable at once."""
        with self._lock:
            for text in texts:
                self._catalogue.add_text(fact_check_id, text)
            for fingerprint in fingerprints:
                self._catalogue.add_fingerprint(
                    fact_check_id, ImageFingerprint.from_hex(fingerprint)
                )

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
        return await asyncio.to_thread(self._search, self._catalogue_ref, query)

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
