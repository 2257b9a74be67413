"""Small pieces the desk's replies share: several messages as lines, and times as the desk
reads them (UTC, to the minute, the same for every fact-checker whatever their language)."""

from __future__ import annotations

from datetime import datetime

from bot.replies import Msg
from factchecks.clock import as_utc


def when(moment: datetime) -> str:
    """`2026-11-03 14:05 UTC`."""
    return f"{(as_utc(moment) or moment):%Y-%m-%d %H:%M} UTC"


def lines(messages: list[Msg]) -> Msg:
    """Several messages shown one per line, as one paragraph."""
    return Msg(
        "\n".join(f"{{line{i}}}" for i in range(len(messages))),
        {f"line{i}": message for i, message in enumerate(messages)},
    )
