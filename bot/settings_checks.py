"""The checks across settings that `Settings.validated` runs once every setting is read:
thresholds in order, modes and limits in range, what reports and escalations need to be
delivered, and the WhatsApp settings all present or all absent.

Kept apart from `bot.settings` (the fields, their defaults and the one reading of the
environment) because these rules relate settings to each other rather than read any; nothing
here reads the environment. Each check raises `SettingsError` naming the setting to fix.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.setting_values import SEMANTIC_MODES, SettingsError

if TYPE_CHECKING:
    from bot.settings import Settings

WHATSAPP_REQUIRED = (
    "WHATSAPP_ACCESS_TOKEN",
    "WHATSAPP_PHONE_NUMBER_ID",
    "WHATSAPP_APP_SECRET",
    "WHATSAPP_VERIFY_TOKEN",
)


def check_relations(settings: Settings) -> None:
    """Check relations between settings; raises SettingsError naming the culprit."""
    if not 0 <= settings.suggest_threshold <= settings.answer_threshold <= 1:
        raise SettingsError(
            "TIPLINE_SUGGEST_THRESHOLD",
            "thresholds must satisfy 0 <= suggest <= answer <= 1",
        )
    if settings.semantic not in SEMANTIC_MODES:
        raise SettingsError("TIPLINE_SEMANTIC", "must be auto, on or off")
    if settings.match_process not in SEMANTIC_MODES:
        raise SettingsError("TIPLINE_MATCH_PROCESS", "must be auto, on or off")
    if settings.multilingual not in SEMANTIC_MODES:
        raise SettingsError("TIPLINE_MULTILINGUAL", "must be auto, on or off")
    if not 1 <= settings.multilingual_threads <= 64:
        raise SettingsError("TIPLINE_MULTILINGUAL_THREADS", "must be between 1 and 64")
    for limit_name, limit in (
        ("TIPLINE_TIPS_PER_MINUTE", settings.tips_per_minute),
        ("TIPLINE_TIPS_PER_DAY", settings.tips_per_day),
    ):
        if limit < 0:
            raise SettingsError(limit_name, "must be 0 (no limit) or more")
    if settings.index_refresh_s <= 0:
        raise SettingsError("TIPLINE_INDEX_REFRESH_S", "must be a positive number of seconds")
    try:
        ZoneInfo(settings.timezone)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise SettingsError(
            "TIPLINE_TIMEZONE", "not a timezone name (e.g. Africa/Lagos)"
        ) from error
    organisations = (*settings.report_recipients, *settings.escalation_recipients)
    if any(r.deliver == "email" for r in organisations) and not (
        settings.smtp_host and settings.smtp_from
    ):
        raise SettingsError("TIPLINE_SMTP_HOST", "required (with TIPLINE_SMTP_FROM) to e-mail")
    if any(r.deliver == "telegram" for r in organisations) and not settings.telegram_bot_token:
        raise SettingsError("TELEGRAM_BOT_TOKEN", "required to deliver to a Telegram chat")
    names = [r.command_name for r in settings.escalation_recipients]
    if len(set(names)) != len(names):
        raise SettingsError("TIPLINE_ESCALATIONS", "two recipients have the same name")
    if settings.api_requests_per_minute < 1:
        raise SettingsError("TIPLINE_API_REQUESTS_PER_MINUTE", "must be at least 1")
    if settings.report_min_voters < 1:
        raise SettingsError("TIPLINE_REPORT_MIN_VOTERS", "must be at least 1")
    inbox_limits: tuple[tuple[str, float], ...] = (
        ("TIPLINE_INBOX_CONCURRENCY", settings.inbox_concurrency),
        ("TIPLINE_INBOX_MAX_ATTEMPTS", settings.inbox_max_attempts),
        ("TIPLINE_INBOX_RETRY_S", settings.inbox_retry_s),
        ("TIPLINE_INBOX_LEASE_S", settings.inbox_lease_s),
        ("TIPLINE_INBOX_POLL_S", settings.inbox_poll_s),
    )
    for inbox_name, inbox_limit in inbox_limits:
        if inbox_limit <= 0:
            raise SettingsError(inbox_name, "must be more than 0")
    if settings.http_port <= 0 or settings.http_port > 65535:
        raise SettingsError("TIPLINE_HTTP_PORT", "must be a TCP port number")
    whatsapp = dict(
        zip(
            WHATSAPP_REQUIRED,
            (
                settings.whatsapp_access_token,
                settings.whatsapp_phone_number_id,
                settings.whatsapp_app_secret,
                settings.whatsapp_verify_token,
            ),
            strict=True,
        )
    )
    if any(whatsapp.values()):
        for name, value in whatsapp.items():
            if not value:
                raise SettingsError(name, "required with the other WhatsApp settings")
