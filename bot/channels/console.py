"""The console: the same conversation as Telegram, in a terminal, for `tipline demo`.

Type a claim, or the path of a picture, and read the reply; the person at the console is also a
fact-checker, so `/queue`, `/answer`, `/link` and `/dismiss` work too.
"""

from __future__ import annotations

import asyncio
import itertools
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TextIO

from bot.conversation import Conversation
from bot.inbound import MEDIA_LIMIT_BYTES, InboundMessage, MediaProblem
from factchecks.outbox import PendingMessage

CHANNEL = "console"
CONSOLE_USER = "local"
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp", ".tif", ".tiff"}


class ConsoleSender:
    """Prints outbox messages; buttons are shown as the command that does the same."""

    def __init__(self, out: TextIO) -> None:
        self._out = out

    async def send(self, message: PendingMessage) -> str | None:
        """Print one message."""
        lines = [f"bot> {line}" for line in message.text.splitlines() or [""]]
        for row in message.buttons:
            for button in row:
                if button.data.startswith("lang:"):
                    command = f"/language {button.data.removeprefix('lang:')}"
                    lines.append(f"bot>   [{button.label}] type: {command}")
        self._out.write("\n" + "\n".join(lines) + "\n")
        self._out.flush()
        return None

    async def send_reengagement(self, message: PendingMessage) -> None:
        """The terminal has no messaging window: never called."""


def _as_message(line: str, number: int, session: str, language: str | None) -> InboundMessage:
    text = line.strip()
    images: tuple[bytes, ...] = ()
    problem: MediaProblem | None = None
    candidate = Path(text.strip("'\"")).expanduser()
    if candidate.suffix.lower() in IMAGE_SUFFIXES and candidate.is_file():
        # A path to an image stands for a picture the voter sent, as on Telegram.
        if candidate.stat().st_size > MEDIA_LIMIT_BYTES:
            problem = MediaProblem.TOO_LARGE
        else:
            images = (candidate.read_bytes(),)
        text = ""
    return InboundMessage(
        channel=CHANNEL,
        external_id=f"{session}:{number}",
        user_id=CONSOLE_USER,
        address=CONSOLE_USER,
        text=text,
        images=images,
        media_problem=problem,
        media_kind="photo" if problem else None,
        language_hint=language,
    )


async def run_console(
    conversation: Conversation,
    deliver: Callable[[], Awaitable[object]],
    *,
    stdin: TextIO = sys.stdin,
    stdout: TextIO = sys.stdout,
    language: str | None = None,
) -> None:
    """Read lines until end of input or /quit; after each, `deliver` prints what is due."""
    session = f"{time.time_ns():x}"
    for number in itertools.count(1):
        stdout.write("you> ")
        stdout.flush()
        line = await asyncio.to_thread(stdin.readline)
        if not line or line.strip() in {"/quit", "/exit"}:
            return
        if not line.strip():
            continue
        await conversation.handle_message(_as_message(line, number, session, language))
        await deliver()
