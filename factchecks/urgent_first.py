"""Urgent transactions first, for a database that runs many writers at once (PostgreSQL).

PostgreSQL needs no turns (`factchecks.writer_turns` is SQLite's), but one process's transactions
still share its event loop and connections. Under a burst, a webhook's store (the platform waits
for our acknowledgement, and retries a slow one) queued behind the inbox worker's and the
delivery's statements: acknowledge p99 400-600 ms. So while an urgent transaction is in flight,
an ordinary one waits before it starts (never once started), for at most `max_hold_s`: a steady
stream of deliveries can slow the handling of stored messages, never stop it.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
from collections.abc import AsyncIterator

MAX_HOLD_S = 1.0  # an ordinary transaction waits at most this long for urgent ones

# Set inside an urgent block: a transaction the same task opens there must not wait for itself.
_IN_URGENT: contextvars.ContextVar[bool] = contextvars.ContextVar("tipline_urgent", default=False)


class UrgentFirst:
    """Counts urgent blocks in flight; ordinary work waits (bounded) until there are none."""

    def __init__(self, max_hold_s: float = MAX_HOLD_S) -> None:
        self._max_hold_s = max_hold_s
        self._in_flight = 0
        self._idle = asyncio.Event()
        self._idle.set()

    @property
    def in_flight(self) -> int:
        """How many urgent blocks run now."""
        return self._in_flight

    @contextlib.asynccontextmanager
    async def urgent(self) -> AsyncIterator[None]:
        """An urgent block: ordinary work that has not started yet waits for its end."""
        self._in_flight += 1
        self._idle.clear()
        marker = _IN_URGENT.set(True)
        try:
            yield
        finally:
            _IN_URGENT.reset(marker)
            self._in_flight -= 1
            if not self._in_flight:
                self._idle.set()

    async def ordinary(self) -> None:
        """Return once no urgent block runs, or after `max_hold_s`, whichever comes first.

        Once: an urgent block that starts after this returns does not hold the caller back."""
        if not self._in_flight or _IN_URGENT.get():
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._idle.wait(), self._max_hold_s)
