"""What every fake platform server shares: an aiohttp server on 127.0.0.1 and waiting on events.

A subclass implements `_dispatch` (every route goes there) and may hook `_on_start` and
`_on_close`. Tests wait for what the server received with `_wait_for`, which wakes on `_bump`
rather than polling, so nothing depends on timing.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable
from types import TracebackType
from typing import Self, TypeVar

from aiohttp import web

T = TypeVar("T")


class LocalServer:
    """An aiohttp server on an ephemeral port of `host`; an async context manager."""

    max_body_bytes = 1024 * 1024

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self._changed = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._sock: socket.socket | None = None
        self._port: int | None = None

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        raise NotImplementedError

    def _on_start(self) -> None:
        """Called just before the server starts listening."""

    def _on_close(self) -> None:
        """Called just before the server stops (e.g. to release held requests)."""

    async def start(self) -> None:
        """Start listening on `host` with an ephemeral port."""
        if self._runner is not None:
            raise RuntimeError(f"{type(self).__name__} already started")
        self._on_start()
        app = web.Application(client_max_size=self.max_body_bytes)
        app.router.add_route("*", "/{tail:.*}", self._dispatch)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=2.0)
        await runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            sock.bind((self.host, 0))
            await web.SockSite(runner, sock).start()
        except BaseException:
            sock.close()
            await runner.cleanup()
            raise
        self._runner = runner
        self._sock = sock
        self._port = int(sock.getsockname()[1])

    async def close(self) -> None:
        """Stop the server."""
        if self._runner is None:
            return
        self._on_close()
        runner, sock = self._runner, self._sock
        self._runner = self._sock = None
        await runner.cleanup()
        if sock is not None:
            sock.close()

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError(f"{type(self).__name__} not started")
        return self._port

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def _bump(self) -> None:
        """Wake every waiter. An Event is swapped rather than a Condition notified because
        state also changes from synchronous code (a test pushing an update)."""
        event, self._changed = self._changed, asyncio.Event()
        event.set()

    async def _wait_for(self, predicate: Callable[[], T | None], timeout: float) -> T | None:
        """`predicate()` once it is not None, or None after `timeout` seconds."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            value = predicate()
            if value is not None:
                return value
            remaining = deadline - loop.time()
            if remaining <= 0:
                return None
            event = self._changed
            try:
                async with asyncio.timeout(remaining):
                    await event.wait()
            except TimeoutError:
                return predicate()
