"""The daily retention pass (`factchecks.retention`), run by one worker only, once a day.

Every `tipline run` process has this job. Each hour (and at start) it tries the advisory lock
"retention" (`factchecks.advisory_lock`: one holder at a time across processes on PostgreSQL);
the holder reads when the last pass ran (`purge_run`, committed by whichever worker ran it) and
runs one when that is a day old, then lets the lock go. So with any number of workers the pass
runs once a day, and a day missed while everything was down is made up at the next start.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from bot.background_loop import BackgroundLoop
from factchecks.advisory_lock import AdvisoryLock
from factchecks.clock import utc_now
from factchecks.database import Database
from factchecks.retention import ExpiryKind, RetentionPolicy, last_run_at, purge

log = logging.getLogger(__name__)

LOCK_NAME = "retention"
CHECK_S = 3600.0  # how often a worker looks whether a pass is due
EVERY = timedelta(days=1)


def describe(counts: dict[ExpiryKind, int]) -> str:
    """`reply_addresses=3, tip_texts=0, ...`: counts only, for logs and the command line."""
    return ", ".join(f"{kind.value}={count}" for kind, count in counts.items())


class RetentionJob:
    """`start()` it with the bot, `stop()` it at shutdown; `run_pass` is one look (tests)."""

    def __init__(
        self,
        db: Database,
        policy: RetentionPolicy,
        *,
        clock: Callable[[], datetime] = utc_now,
        check_s: float = CHECK_S,
    ) -> None:
        self._db = db
        self._policy = policy
        self._clock = clock
        self._check_s = check_s
        self._lock = AdvisoryLock(db, LOCK_NAME)
        self._loop = BackgroundLoop("retention", self.run_pass, retry_after_s=check_s)
        self.passes = 0  # passes this worker ran

    def start(self) -> None:
        """Look now, then every `check_s`."""
        self._loop.start()

    async def stop(self) -> None:
        """Let a pass in hand finish, and stop."""
        await self._loop.stop()
        await self._lock.release()

    async def run_pass(self) -> float:
        """Run the retention pass if it is due and no other worker is at it; seconds to sleep."""
        if not await self._lock.try_acquire():
            return self._check_s
        try:
            now = self._clock()
            last = await last_run_at(self._db)
            if last is None or now - last >= EVERY:
                counts = await purge(self._db, self._policy, now)
                self.passes += 1
                log.info("retention pass: %s", describe(counts))
        finally:
            await self._lock.release()
        return self._check_s
