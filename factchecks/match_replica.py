"""A copy of the catalogue's lexical matcher in a child process: a tip's search runs on another
core than the worker's event loop (issue 10, decision 134).

Searching is pure CPU work in Python: in a thread it still holds the worker's one interpreter
lock, so every store, reply and webhook answer waits for it. The child holds its own
`matching.Matcher` over the same fact-checks and answers the catalogue's searches; the worker
keeps its own copy too, complete at all times, which searches whenever the child cannot (while
it builds its copy at start, or after it died), so a voter is never left without an answer.

One child, one queue: every change (a full load, fact-checks added by a refresh, the desk's new
wordings) is sent to it in the order the worker's own copy made it, and a search sent after a
change sees it. Only the lexical matcher and pictures are copied: with a sentence encoder the
child would hold a second model, and `MatchIndex` then searches in a thread as before.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import multiprocessing.connection
import os
import signal
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from enum import StrEnum

from factchecks.catalogue import IndexEntry
from factchecks.matcher_entries import add_aliases, add_entry
from matching import Hit, ImageFingerprint, Matcher
from matching.language import load_language_model

log = logging.getLogger(__name__)


class ReplicaState(StrEnum):
    """Where a catalogue search runs now (shown by `/healthz`)."""

    BUILDING = "building"  # the child builds its copy; the worker searches its own meanwhile
    READY = "ready"  # the child searches
    FAILED = "failed"  # the child was given up; the worker searches its own copy for good


# Fact-checks sent to the child at once during a full load.
LOAD_CHUNK = 2_000
# The child's matcher (in the worker process this stays None).
_matcher: Matcher[int] | None = None


def _start_child() -> None:
    """In the child, at start: Ctrl+C in the terminal is the worker's to handle (it stops the
    child itself); the language identifier's model is loaded now, not in a voter's search (as
    the worker loads its own at start); the child ends with its worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    load_language_model()
    _end_with_the_worker()


def _end_with_the_worker() -> None:
    """Exit when the worker that started this child has gone, even by kill -9 (the child holds
    its own end of the queue's pipe, so reading it would never tell)."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="end-with-the-worker", daemon=True).start()


def _child_matcher() -> Matcher[int]:
    global _matcher
    if _matcher is None:
        _matcher = Matcher()
    return _matcher


def _load(entries: list[IndexEntry]) -> None:
    """In the child: a new matcher with `entries`."""
    global _matcher
    _matcher = Matcher()
    _add(entries)


def _add(entries: list[IndexEntry]) -> None:
    matcher = _child_matcher()
    for entry in entries:
        add_entry(matcher, entry)


def _add_aliases(fact_check_id: int, texts: list[str], fingerprints: list[str]) -> None:
    add_aliases(_child_matcher(), fact_check_id, texts, fingerprints)


def _search(text: str | None, fingerprints: tuple[ImageFingerprint, ...]) -> list[Hit[int]]:
    return _child_matcher().search(text=text, images=fingerprints)


class CatalogueReplica:
    """The child process and what the worker knows of it: whether its copy is complete.

    Changes are sent without waiting (the worker's own copy already has them); callers send
    them in the order they made them, under their own lock. `search` returns None whenever the
    child's copy cannot be trusted to be complete: its last load is still being built, or a
    change or a search failed (the child is then given up for good and the worker searches its
    own copy, as without a child)."""

    def __init__(self) -> None:
        # spawn, not fork: the worker has threads (the database's, the default executor's)
        # whose locks a forked child could inherit held.
        self._pool = ProcessPoolExecutor(
            1, mp_context=multiprocessing.get_context("spawn"), initializer=_start_child
        )
        self._loaded: Future[None] | None = None
        self._failed = False
        self._guard = threading.Lock()

    @property
    def usable(self) -> bool:
        """Whether a search now would see every change sent."""
        loaded = self._loaded
        return not self._failed and loaded is not None and loaded.done() and self._ok(loaded)

    @property
    def state(self) -> ReplicaState:
        """Building, ready or failed (`usable` is READY)."""
        if self.usable:
            return ReplicaState.READY
        return ReplicaState.FAILED if self._failed else ReplicaState.BUILDING

    async def ready(self) -> bool:
        """Wait until the last load is built in the child; whether the child is usable."""
        loaded = self._loaded
        if loaded is not None:
            with contextlib.suppress(Exception):
                await asyncio.wrap_future(loaded)
        return self.usable

    @property
    def process_ids(self) -> list[int]:
        """The child's process id, once started (for an operator's process list, and tests)."""
        processes = self._pool._processes or {}  # the standard library keeps them here
        return [process.pid for process in processes.values() if process.pid]

    def load(self, entries: list[IndexEntry]) -> None:
        """Replace the child's copy with `entries` (the catalogue's full load), sent in chunks:
        a large catalogue is never one object to copy and pickle at once."""
        self._loaded = self._send(_load, entries[:LOAD_CHUNK])
        for start in range(LOAD_CHUNK, len(entries), LOAD_CHUNK):
            self._loaded = self._send(_add, entries[start : start + LOAD_CHUNK])

    def add(self, entries: list[IndexEntry]) -> None:
        """Fact-checks added or changed (a refresh)."""
        self._send(_add, entries)

    def add_aliases(self, fact_check_id: int, texts: list[str], fingerprints: list[str]) -> None:
        """The desk's new wordings and pictures of one fact-check."""
        self._send(_add_aliases, fact_check_id, texts, fingerprints)

    async def search(
        self, text: str | None, fingerprints: tuple[ImageFingerprint, ...]
    ) -> list[Hit[int]] | None:
        """The child's hits, or None when the worker must search its own copy."""
        if not self.usable:
            return None
        try:
            hits = await asyncio.wrap_future(self._pool.submit(_search, text, fingerprints))
        except (BrokenProcessPool, RuntimeError) as error:  # the child died, or was shut down
            self._give_up(error)
            return None
        except Exception:  # this one search failed: the worker's copy tries it too
            return None
        # A change sent before this search may have failed meanwhile: its copy is incomplete.
        return hits if self.usable else None

    def close(self) -> None:
        """Stop the child (pending changes and searches are dropped)."""
        self._failed = True
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _send(self, change: Callable[..., None], *args: object) -> Future[None] | None:
        if self._failed:
            return None
        try:
            future: Future[None] = self._pool.submit(change, *args)
        except Exception as error:  # a broken or shut-down pool
            self._give_up(error)
            return None
        future.add_done_callback(self._ok)
        return future

    def _ok(self, future: Future[None]) -> bool:
        if future.cancelled():
            return False
        error = future.exception()
        if error is not None:
            self._give_up(error)
            return False
        return True

    def _give_up(self, error: BaseException) -> None:
        with self._guard:
            if self._failed:
                return
            self._failed = True
        log.warning(
            "the matching process failed (%s); this worker searches in its own process",
            type(error).__name__,
        )
