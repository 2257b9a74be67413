"""The one logging setup every entry point uses (`bot.cli`): readable lines or JSON lines, and
no line that names a voter or holds a secret.

What keeps identifiers out of the logs is the call sites: every `log.*` in `bot/` and
`factchecks/` logs a channel, a row id, a count or an error's type, never a message text, an
address, a platform id or an error's message that may quote them (tests/bot/test_privacy_scan_e2e
sends identifiable traffic and scans what was logged). This module adds what call sites cannot:
- Libraries that log what we must not are held at WARNING whatever the verbosity: httpx logs
  every request's URL at INFO, and the Bot API's URL holds the bot token; python-telegram-bot
  logs the parameters of its calls (chat ids, texts) at DEBUG; SQLAlchemy's engine logs
  statements and result rows (reply addresses) at INFO and DEBUG; aiohttp's access log prints
  request lines with their query strings (WhatsApp's verification call carries the verify
  token there).
- The database engines hide statement parameters in errors (`hide_parameters=True`,
  factchecks/database.py and migrations/env.py), so a traceback never quotes a tip's text.
- A last line of defence on the handler: the configured secrets (tokens, keys, passwords) are
  replaced by "[secret]" in whatever a record becomes, traceback included.
"""

from __future__ import annotations

import json
import logging
import sys
import traceback
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TextIO

from bot.settings import Settings

JSON_FORMAT = "json"
TEXT_LINE = "%(asctime)s %(levelname)s %(name)s: %(message)s"
REDACTED = "[secret]"
# Loggers held at WARNING or above: what they log below it names voters or holds secrets.
QUIET_LOGGERS = (
    "httpx",
    "httpcore",
    "telegram",
    "telegram.ext",
    "sqlalchemy",
    "sqlalchemy.engine",
    "sqlalchemy.pool",
    "aiohttp.access",
    "aiosqlite",
    "asyncpg",
)
_HANDLER_NAME = "tipline"


class JsonLines(logging.Formatter):
    """One JSON object per record: time (UTC, ISO 8601), level, logger, message, and the
    formatted traceback when there is one."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, ensure_ascii=False)


class SecretRedactor(logging.Formatter):
    """Wraps a formatter: the configured secrets never reach the output."""

    def __init__(self, inner: logging.Formatter, secrets: Iterable[str]) -> None:
        super().__init__()
        self._inner = inner
        # Longest first: a secret that contains another is replaced whole.
        self._secrets = sorted({s for s in secrets if len(s) >= 6}, key=len, reverse=True)

    def format(self, record: logging.LogRecord) -> str:
        return self.redact(self._inner.format(record))

    def redact(self, text: str) -> str:
        """`text` with every secret replaced."""
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        return text


def secrets_of(settings: Settings) -> list[str]:
    """Every secret in `settings`: what must never be printed."""
    values = (
        settings.secret_key,
        settings.telegram_bot_token,
        settings.telegram_webhook_secret,
        settings.whatsapp_access_token,
        settings.whatsapp_app_secret,
        settings.whatsapp_verify_token,
        settings.smtp_password,
    )
    return [value for value in values if value]


def configure_logging(
    *,
    log_format: str = "text",
    verbose: bool = False,
    secrets: Iterable[str] = (),
    stream: TextIO | None = None,
) -> logging.Handler:
    """Send every record of level INFO (`verbose`) or WARNING up to one handler on `stream`
    (stderr), as text or JSON lines, secrets redacted; hold `QUIET_LOGGERS` at WARNING.
    Calling it again replaces the handler it added before. Returns the handler."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == _HANDLER_NAME]:
        root.removeHandler(old)
    handler = logging.StreamHandler(stream if stream is not None else sys.stderr)
    handler.set_name(_HANDLER_NAME)
    inner = JsonLines() if log_format == JSON_FORMAT else logging.Formatter(TEXT_LINE)
    handler.setFormatter(SecretRedactor(inner, secrets))
    root.addHandler(handler)
    root.setLevel(logging.INFO if verbose else logging.WARNING)
    hold_quiet_loggers()
    return handler


def hold_quiet_loggers() -> None:
    """Hold `QUIET_LOGGERS` at WARNING at least (a test that captures DEBUG keeps this)."""
    for name in QUIET_LOGGERS:
        logger = logging.getLogger(name)
        if logger.level < logging.WARNING:
            logger.setLevel(logging.WARNING)


def error_summary(error: BaseException) -> str:
    """An error's type and where it was raised, without its message or any value, which may
    quote a voter's text or a statement's parameters: "OperationalError in
    factchecks/outbox.py:120 due_messages (raised at sqlalchemy/engine/default.py:945)"."""
    frames = traceback.extract_tb(error.__traceback__)
    if not frames:
        return type(error).__name__
    ours = [f for f in frames if any(p in f.filename for p in _OUR_PACKAGES)]
    place = _where(ours[-1]) if ours else _where(frames[-1])
    raised = f" (raised at {_where(frames[-1])})" if ours and ours[-1] is not frames[-1] else ""
    return f"{type(error).__name__} in {place}{raised}"


_OUR_PACKAGES = ("/bot/", "/factchecks/", "/matching/")


def _where(frame: traceback.FrameSummary) -> str:
    parts = frame.filename.replace("\\", "/").split("/")
    return f"{'/'.join(parts[-2:])}:{frame.lineno} {frame.name}"
