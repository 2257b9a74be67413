"""Work that must run in exactly one process at a time (Telegram long polling), taken over when
that process dies.

`Leadership` holds a named advisory lock (`factchecks.advisory_lock`): the process that gets it
runs `on_gained`; the others try again every `retry_s`. The holder checks its lock's connection
every `check_s`: if the connection is lost (the database restarted, the network dropped), the
server has released the lock and another process may already hold it, so `on_lost` runs at once
and this process goes back to waiting. A process killed with -9 loses its connection, the server
releases the lock, and a waiting process takes over within `retry_s` of the server noticing.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from bot.background_loop import BackgroundLoop
from factchecks.advisory_lock import AdvisoryLock
from factchecks.database import Database

log = logging.getLogger(__name__)

RETRY_S = 1.0
CHECK_S = 2.0


async def _nothing() -> None:
    return None


class Leadership:
    """Runs `on_gained` while this process holds the lock `name`, `on_lost` when it no longer
    does; `start()` it once, `stop()` it at shutdown (which releases the lock)."""

    def __init__(
        self, db: Database, name: str, *, retry_s: float = RETRY_S, check_s: float = CHECK_S
    ) -> None:
        self._lock = AdvisoryLock(db, name)
        self._retry_s = retry_s
        self._check_s = check_s
        self._on_gained: Callable[[], Awaitable[None]] = _nothing
        self._on_lost: Callable[[], Awaitable[None]] = _nothing
        self._loop = BackgroundLoop(f"leadership-{name}", self._pass, retry_after_s=retry_s)
        self.refusals = 0  # how many times another process held the lock when this one asked
        self.losses = 0  # how many times the lock was lost with its connection

    @property
    def held(self) -> bool:
        """Whether this process is the leader now."""
        return self._lock.held

    def start(
        self, on_gained: Callable[[], Awaitable[None]], on_lost: Callable[[], Awaitable[None]]
    ) -> None:
        """Try for the lock in the background, now and every `retry_s` until it is ours."""
        self._on_gained, self._on_lost = on_gained, on_lost
        self._loop.start()

    async def stop(self) -> None:
        """Stop trying; if leader, run `on_lost` and release the lock for another process."""
        await self._loop.stop()
        if self._lock.held:
            await self._on_lost()
        await self._lock.release()

    async def _pass(self) -> float:
        if not self._lock.held:
            if not await self._lock.try_acquire():
                self.refusals += 1
                return self._retry_s
            log.info("%s: this process is the leader now", self._lock.name)
            try:
                await self._on_gained()
            except Exception:  # could not start the work: let another process try
                await self._lock.release()
                raise
            return self._check_s
        if await self._lock.still_held():
            return self._check_s
        log.warning("%s: leadership lost; handing over", self._lock.name)
        await self._on_lost()
        self.losses += 1  # counted once the work has stopped here
        return 0.0
