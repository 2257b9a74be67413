"""Albums: Telegram delivers each picture of an album as its own update, with no count and no
end marker. Parts are buffered per (chat, album id) and handed on as one message once no new
part has arrived for `window_s` seconds.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace

from bot.inbound import InboundMessage

log = logging.getLogger(__name__)


@dataclass
class _Pending:
    parts: list[InboundMessage] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    deadline: float = 0.0


def merge_album(external_id: str, parts: list[InboundMessage]) -> InboundMessage:
    """One message from an album's parts: every picture, every caption, the first problem."""
    first = parts[0]
    captions = [part.text for part in parts if part.text.strip()]
    problem = next((part.media_problem for part in parts if part.media_problem), None)
    return replace(
        first,
        external_id=external_id,
        text="\n".join(dict.fromkeys(captions)),
        images=tuple(image for part in parts for image in part.images),
        media_problem=problem if not any(part.images for part in parts) else None,
        forwarded=any(part.forwarded for part in parts),
    )


class AlbumBuffer:
    """Collects album parts; calls `flush(message, update_keys)` once per album."""

    def __init__(
        self,
        window_s: float,
        flush: Callable[[InboundMessage, list[str]], Awaitable[None]],
    ) -> None:
        self._window_s = window_s
        self._flush = flush
        self._pending: dict[str, _Pending] = {}
        self._tasks: set[asyncio.Task[None]] = set()

    def add(self, album_id: str, part: InboundMessage, update_key: str) -> None:
        """Add a part; the album is flushed `window_s` after its last part arrived."""
        loop = asyncio.get_running_loop()
        pending = self._pending.get(album_id)
        if pending is None:
            pending = self._pending[album_id] = _Pending()
            task = loop.create_task(self._flush_when_quiet(album_id), name=f"album {album_id}")
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        pending.parts.append(part)
        pending.keys.append(update_key)
        pending.deadline = loop.time() + self._window_s

    async def _flush_when_quiet(self, album_id: str) -> None:
        loop = asyncio.get_running_loop()
        pending = self._pending[album_id]
        while (remaining := pending.deadline - loop.time()) > 0:
            await asyncio.sleep(remaining)  # a debounce timer: the protocol has no end marker
        del self._pending[album_id]
        try:
            await self._flush(merge_album(album_id, pending.parts), pending.keys)
        except Exception:
            log.exception("album could not be handled; its updates stay in the inbox")

    async def drain(self) -> None:
        """Flush every album now pending (at shutdown)."""
        for pending in self._pending.values():
            pending.deadline = 0.0
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
