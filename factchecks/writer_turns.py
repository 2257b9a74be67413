"""Turns at writing, for a database that takes one writer at a time (SQLite).

One turn is held at a time. Waiters are served first come, first served, except that an urgent
waiter goes before every ordinary one: storing a platform's delivery before acknowledging it is
urgent (the platform waits on the other end, and retries a slow acknowledgement), while handling
stored messages can wait a moment. The turn is handed straight to the next waiter on release, so
nobody slips in between, and a waiter cancelled after it was handed the turn passes it on.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager


class WriterTurns:
    """One writer at a time; urgent ones first, then in order of arrival. Not reentrant."""

    def __init__(self) -> None:
        self._held = False
        self._urgent: deque[asyncio.Future[None]] = deque()
        self._ordinary: deque[asyncio.Future[None]] = deque()

    @property
    def waiting(self) -> int:
        """How many writers wait for a turn."""
        return len(self._urgent) + len(self._ordinary)

    @asynccontextmanager
    async def turn(self, *, urgent: bool = False) -> AsyncIterator[None]:
        """Hold the turn for the block."""
        await self._acquire(urgent)
        try:
            yield
        finally:
            self._release()

    async def _acquire(self, urgent: bool) -> None:
        if not self._held and not self.waiting:
            self._held = True
            return
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        queue = self._urgent if urgent else self._ordinary
        queue.append(waiter)
        try:
            await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():
                self._release()  # handed the turn, then cancelled: pass it on
            elif waiter in queue:  # else a release already passed over it
                queue.remove(waiter)
            raise

    def _release(self) -> None:
        for queue in (self._urgent, self._ordinary):
            while queue:
                waiter = queue.popleft()
                if not waiter.done():
                    waiter.set_result(None)  # the turn goes to it; it stays held
                    return
        self._held = False
