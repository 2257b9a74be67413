"""Where a scheduled report (or an escalation packet) goes: an e-mail with the files attached,
a signed webhook, a Telegram chat (`bot.reports.chat_delivery`), a folder.

Each function raises `DeliveryError` with a short reason when the recipient did not take the
report (the scheduler retries with backoff and logs it); nothing here retries by itself.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import mimetypes
import shutil
import smtplib
from email.message import EmailMessage
from pathlib import Path

import aiohttp

from bot.reports.recipients import ReportRecipient
from bot.settings import Settings
from factchecks.reports.privacy_floor import PublishedReport

SIGNATURE_HEADER = "X-Tipline-Signature"
WEBHOOK_TIMEOUT_S = 30.0
SMTP_TIMEOUT_S = 30.0


class DeliveryError(Exception):
    """The recipient did not take the report; the message says why (no voter data in it)."""


def signature(body: bytes, secret: str) -> str:
    """The webhook's signature header value: `sha256=<hex HMAC-SHA256 of the body>`."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


async def post_webhook(recipient: ReportRecipient, folder: Path) -> None:
    """POST summary.json, signed with the recipient's secret."""
    await post_signed(recipient, (folder / "summary.json").read_bytes())


async def post_signed(recipient: ReportRecipient, body: bytes) -> None:
    """POST a JSON body to the recipient's URL, signed with its secret."""
    headers = {
        "Content-Type": "application/json",
        SIGNATURE_HEADER: signature(body, recipient.secret or ""),
    }
    timeout = aiohttp.ClientTimeout(total=WEBHOOK_TIMEOUT_S)
    try:
        async with (
            aiohttp.ClientSession(timeout=timeout) as session,
            session.post(recipient.to, data=body, headers=headers) as response,
        ):
            if response.status >= 300:
                raise DeliveryError(f"webhook answered HTTP {response.status}")
    except (aiohttp.ClientError, TimeoutError) as error:
        raise DeliveryError(f"webhook unreachable: {type(error).__name__}") from error


def _message(
    settings: Settings, recipient: ReportRecipient, report: PublishedReport, folder: Path
) -> EmailMessage:
    period = report.period
    k = report.min_voters
    tips = "no tips" if report.empty else f"{report.total.tips or f'<{k}'} tips"
    return _email(
        settings,
        recipient,
        f"Tip-line report {period.label} ({period.timezone})",
        f"The tip-line's report for {period.first_day} to {period.last_day} ({report.scope}): "
        f"{tips}. Open report.html; the data and its description are attached too.\n",
        {path.name: path.read_bytes() for path in sorted(folder.iterdir())},
    )


def _email(
    settings: Settings,
    recipient: ReportRecipient,
    subject: str,
    body: str,
    files: dict[str, bytes],
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = settings.smtp_from or ""
    message["To"] = recipient.to
    message["Subject"] = subject
    message.set_content(body)
    for name, data in files.items():
        kind = mimetypes.guess_type(name)[0] or "application/octet-stream"
        maintype, _, subtype = kind.partition("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return message


def _send(settings: Settings, message: EmailMessage) -> None:
    with smtplib.SMTP(settings.smtp_host or "", settings.smtp_port, timeout=SMTP_TIMEOUT_S) as smtp:
        if settings.smtp_starttls:
            smtp.starttls()
        if settings.smtp_user:
            smtp.login(settings.smtp_user, settings.smtp_password or "")
        smtp.send_message(message)


async def send_email(
    settings: Settings, recipient: ReportRecipient, report: PublishedReport, folder: Path
) -> None:
    """E-mail the folder's files over TIPLINE_SMTP_* (the standard library's client, threaded)."""
    await _deliver_email(settings, _message(settings, recipient, report, folder))


async def email_files(
    settings: Settings,
    recipient: ReportRecipient,
    subject: str,
    body: str,
    files: dict[str, bytes],
) -> None:
    """E-mail `files` (name -> bytes) with a plain-text body."""
    await _deliver_email(settings, _email(settings, recipient, subject, body, files))


async def _deliver_email(settings: Settings, message: EmailMessage) -> None:
    try:
        await asyncio.to_thread(_send, settings, message)
    except (smtplib.SMTPException, OSError) as error:
        raise DeliveryError(f"SMTP: {type(error).__name__}: {error}"[:300]) from error


def write_files(recipient: ReportRecipient, name: str, files: dict[str, bytes]) -> None:
    """Put `files` in `<recipient's directory>/<name>/`, moved into place in one rename."""
    target = Path(recipient.to) / name
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = target.with_name(f".{target.name}.incoming")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir()
        for file_name, data in files.items():
            (staging / file_name).write_bytes(data)
        shutil.rmtree(target, ignore_errors=True)
        staging.rename(target)
    except OSError as error:
        raise DeliveryError(f"directory: {error.strerror or error}") from error


def copy_folder(recipient: ReportRecipient, folder: Path, label: str) -> None:
    """Put the report folder under the recipient's directory as `<period>/` (replacing one)."""
    target = Path(recipient.to) / label.replace("..", "_")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = target.with_name(f".{target.name}.incoming")
        shutil.rmtree(staging, ignore_errors=True)
        shutil.copytree(folder, staging)
        shutil.rmtree(target, ignore_errors=True)
        staging.rename(target)
    except OSError as error:
        raise DeliveryError(f"directory: {error.strerror or error}") from error
