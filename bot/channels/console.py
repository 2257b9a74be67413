"""The console: the same conversation as Telegram, in a terminal, for `tipline demo`.

Type a claim, or the path of a picture, and read the reply; the person at the console is also a
fact-checker, so `/queue`, `/answer`, `/link` and `/dismiss` work too. Choices (the language
picker) are numbered lines: typing the number presses the button.
"""

from __future__ import annotations

import asyncio
import io
import itertools
import re
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TextIO

from aiohttp import web

from bot.conversation import Conversation
from bot.delivery import Pace
from bot.inbound import MEDIA_LIMIT_BYTES, ButtonPress, InboundMessage, MediaProblem
from bot.outgoing import Outgoing
from bot.text_cleaning import visible_or_empty

CHANNEL = "console"
CONSOLE_USER = "local"
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp", ".tif", ".tiff"}


class ConsoleChannel:
    """Prints outbox messages to a terminal and remembers the last choices it showed."""

    name = CHANNEL
    pace = Pace(per_chat_interval_s=0.0, max_per_s=0.0)  # a terminal has no flood limits

    def __init__(self, out: TextIO = sys.stdout) -> None:
        self._out = out
        self.choices: list[str] = []  # the data of the numbered choices last shown

    async def start(self) -> None:
        """Nothing to start: the terminal is read by `run_console`."""

    async def stop(self) -> None:
        """Nothing to stop."""

    def routes(self) -> list[web.RouteDef]:
        """A terminal serves no web routes."""
        return []

    async def send(self, message: Outgoing) -> str | None:
        """Print one message, its choices as numbered lines."""
        rendered = message.rendered()
        lines = [f"bot> {line}" for line in rendered.text_with_prompt.splitlines() or [""]]
        if message.picture is not None:  # a terminal shows no pictures: say what it is
            picture = message.picture
            lines.append(f"bot> [{picture.content_type}, {len(picture.data)} bytes]")
        if rendered.choices:
            self.choices = [choice.data for choice in rendered.choices]
            for number, choice in enumerate(rendered.choices, 1):
                lines.append(f"bot>   {number}. {choice.label}")
        self._out.write("\n" + "\n".join(lines) + "\n")
        self._out.flush()
        return None

    async def send_reengagement(self, message: Outgoing) -> None:
        """The terminal has no messaging window: never called."""

    async def reachable(self) -> bool:
        """The terminal is always there."""
        return True


# CSI (arrow keys, colours: ESC [ ... final byte) and OSC (ESC ] ... BEL or ESC \\) sequences.
_ESCAPE_SEQUENCE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)")


def _as_message(line: str, number: int, session: str, language: str | None) -> InboundMessage:
    # A terminal's escape sequences (arrow keys, colours) go whole, then the text is cleaned as
    # the inbox cleans a platform's (control characters, bytes that were not UTF-8), since the
    # console's messages do not pass through it.
    text = visible_or_empty(_ESCAPE_SEQUENCE.sub("", line)).strip()
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
    channel: ConsoleChannel,
    deliver: Callable[[], Awaitable[object]],
    *,
    stdin: TextIO = sys.stdin,
    stdout: TextIO = sys.stdout,
    language: str | None = None,
) -> None:
    """Read lines until end of input or /quit; after each, `deliver` prints what is due."""
    session = f"{time.time_ns():x}"
    if isinstance(stdin, io.TextIOWrapper):
        # A byte that is not in the terminal's encoding becomes U+FFFD, never an error that
        # would end the demo (and lose the lines after it).
        stdin.reconfigure(errors="replace")
    for number in itertools.count(1):
        stdout.write("you> ")
        stdout.flush()
        line = await asyncio.to_thread(stdin.readline)
        if not line or line.strip() in {"/quit", "/exit"}:
            return
        typed = line.strip()
        if not typed:
            continue
        if typed.isdigit() and 1 <= int(typed) <= len(channel.choices):
            press = ButtonPress(
                CHANNEL, CONSOLE_USER, CONSOLE_USER, channel.choices[int(typed) - 1], language
            )
            channel.choices = []
            await conversation.handle_button(press)
        else:
            await conversation.handle_message(_as_message(line, number, session, language))
        await deliver()
