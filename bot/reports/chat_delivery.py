"""Reports and escalation packets delivered to an organisation's Telegram chat, by the bot.

A short summary message, then each file as a document. Within Telegram's limits: a message is
cut to 4096 characters and a bot uploads at most 50 MB a file (a bigger file fails the delivery,
which is retried and logged, rather than being sent cut). The chat is an organisation's, named
in the settings (`deliver = "telegram"`, `to = <chat id>`), never a voter's.

The report's folder goes as two documents, `report.html` (opens in any browser) and the whole
folder as one `.zip` (charts, CSV, JSON, the Data Package): fourteen documents would bury the
chat, and Telegram would pace them anyway.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from typing import Protocol

from telegram import Bot, LinkPreviewOptions
from telegram.error import RetryAfter, TelegramError

from bot.reports.destinations import DeliveryError
from bot.reports.tables import cell
from factchecks.reports.privacy_floor import PublishedReport

MAX_MESSAGE_CHARS = 4096
MAX_UPLOAD_BYTES = 50 * 1024 * 1024  # a bot's upload limit on the public Bot API


class ReportChat(Protocol):
    """A platform the bot can post a summary and files to."""

    async def post(self, chat: str, text: str, files: Sequence[tuple[str, bytes]]) -> None:
        """Send `text`, then each (file name, bytes) as a document; DeliveryError if refused."""


class TelegramReportChat:
    """Posts with the tip-line's own bot (python-telegram-bot's `Bot`)."""

    def __init__(self, bot: Bot) -> None:
        self._bot = bot

    async def post(self, chat: str, text: str, files: Sequence[tuple[str, bytes]]) -> None:
        """Summary first, then the documents in order."""
        for name, data in files:
            if len(data) > MAX_UPLOAD_BYTES:
                raise DeliveryError(f"telegram: {name} is over the bot's 50 MB upload limit")
        try:
            await self._bot.send_message(
                chat_id=int(chat),
                text=text[:MAX_MESSAGE_CHARS],
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
            for name, data in files:
                await self._bot.send_document(chat_id=int(chat), document=data, filename=name)
        except RetryAfter as error:
            wait = error.retry_after
            seconds = wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
            raise DeliveryError(f"telegram: flood control, retry after {seconds:.0f} s") from error
        except TelegramError as error:
            raise DeliveryError(f"telegram: {type(error).__name__}: {error}"[:300]) from error


def folder_documents(folder: Path, label: str) -> list[tuple[str, bytes]]:
    """`report.html` and the whole folder zipped (`tipline-report-<label>.zip`)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.iterdir()):
            archive.writestr(path.name, path.read_bytes())
    safe = label.replace("..", "_")
    return [
        ("report.html", (folder / "report.html").read_bytes()),
        (f"tipline-report-{safe}.zip", buffer.getvalue()),
    ]


def report_message(report: PublishedReport) -> str:
    """The short summary posted before the files."""
    period, k = report.period, report.min_voters
    if report.empty:
        counted = "no tips"
    else:
        counted = f"{cell(report.total.tips, k)} tips from {cell(report.total.voters, k)} voters"
    lines = [
        f"Tip-line report {period.label} ({period.first_day} to {period.last_day}, "
        f"{period.timezone}; {report.scope}): {counted}."
    ]
    shares = {found.outcome.value: found.share_percent for found in report.outcomes}
    if not report.empty:
        lines.append(
            "Answered at once: {automatic}% · by the desk: {desk}% · still open: {open}%".format(
                **{name: "—" if value is None else value for name, value in shares.items()}
            )
        )
    lines.append(
        f"Corrections issued: {len(report.desk.corrections)} · "
        f"escalations: {len(report.desk.escalations)}"
    )
    lines.append("Open report.html; the .zip holds the charts, the data and their description.")
    return "\n".join(lines)
