"""A background task that works in passes: one pass, then sleep until woken or the next due time.

The outbox worker is this shape: `wake()` when there is new work, `stop()` to let the pass in
hand finish (it should check `stopping` between items), and a pass that fails is logged and
retried later rather than ending the task.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from bot.log_setup import error_summary

log = logging.getLogger(__name__)


class BackgroundLoop:
    """Runs `run_pass` until stopped; it returns how many seconds to sleep (0: go again now)."""

    def __init__(
        self, name: str, run_pass: Callable[[], Awaitable[float]], *, retry_after_s: float
    ) -> None:
        self._name = name
        self._run_pass = run_pass
        self._retry_after_s = retry_after_s  # after a failed pass
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._stopping = False

    @property
    def stopping(self) -> bool:
        """True once `stop()` was called: a pass should finish the item in hand and return."""
        return self._stopping

    def start(self) -> None:
        """Run in the background, starting with a pass at once."""
        self._stopping = False
        self._wake.set()
        self._task = asyncio.get_running_loop().create_task(self._run(), name=self._name)

    def wake(self) -> None:
        """There is new work: run a pass now rather than at the next due time."""
        self._wake.set()

    async def stop(self) -> None:
        """Let the pass in hand finish, then end the task."""
        self._stopping = True
        self._wake.set()
        if self._task is not None:
            await self._task
            self._task = None

    async def _run(self) -> None:
        while not self._stopping:
            self._wake.clear()
            try:
                sleep_s = await self._run_pass()
            except Exception as error:  # the worker must outlive a database hiccup
                # Where and what, not the error's message: it may quote a statement's values.
                log.error("%s: a pass failed: %s", self._name, error_summary(error))
                sleep_s = self._retry_after_s
            if self._stopping:
                break
            if sleep_s > 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), timeout=sleep_s)
