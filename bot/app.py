"""The composition root: the one place where settings become a running tip-line.

`build_tipline(settings)` is what tests call; `bot.cli.main()` is what the `tipline` command calls.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from telegram.ext import Application, ApplicationBuilder

from bot import texts
from bot.channels.telegram import CHANNEL as TELEGRAM
from bot.channels.telegram import TelegramChannel
from bot.channels.whatsapp import CHANNEL as WHATSAPP
from bot.channels.whatsapp import WhatsAppChannel
from bot.channels.whatsapp_api import WhatsAppClient
from bot.conversation import Conversation, Thresholds
from bot.delivery import Delivery, Pace
from bot.desk import Desk, DeskAddress
from bot.i18n import Catalogs
from bot.screenshot_text import ScreenshotReader
from bot.settings import Settings
from bot.voter_locale import voter_translator
from bot.web import WhatsAppSecrets, create_web_app
from factchecks.database import Database
from factchecks.match_index import MatchIndex
from factchecks.schema import upgrade
from matching.sentence_encoder import bundled_model_name

log = logging.getLogger(__name__)


@dataclass
class Tipline:
    """Every long-lived part of a running tip-line."""

    settings: Settings
    db: Database
    index: MatchIndex
    catalogs: Catalogs
    conversation: Conversation
    delivery: Delivery
    telegram: TelegramChannel | None
    whatsapp: WhatsAppChannel | None = None

    async def start(self, *, polling: bool = True) -> None:
        """Start delivering and handling each configured channel's messages."""
        self.delivery.start()
        self.index.start_embedding(self.db)
        if self.whatsapp is not None:
            self.whatsapp.start()
        if self.telegram is not None:
            await self.telegram.start(polling=polling)

    async def stop(self) -> None:
        """Stop taking updates, finish what is in hand, close the database."""
        if self.telegram is not None:
            await self.telegram.stop()
        if self.whatsapp is not None:
            await self.whatsapp.stop()
        await self.index.stop_embedding()
        await self.delivery.stop()
        await self.db.dispose()

    def web_app(self, *, telegram_webhook: bool = False) -> web.Application:
        """The web server's routes for the configured webhook channels."""
        settings = self.settings
        secrets = None
        if self.whatsapp is not None:
            secrets = WhatsAppSecrets(
                app_secret=settings.whatsapp_app_secret or "",
                verify_token=settings.whatsapp_verify_token or "",
                phone_number_id=settings.whatsapp_phone_number_id or "",
            )
        return create_web_app(
            telegram=self.telegram if telegram_webhook else None,
            webhook_secret=settings.require_webhook_secret() if telegram_webhook else None,
            whatsapp=self.whatsapp,
            whatsapp_secrets=secrets,
        )


def build_telegram_application(
    settings: Settings, *, webhook: bool
) -> Application[Any, Any, Any, Any, Any, Any]:
    """python-telegram-bot's Application, pointed at the configured Bot API server."""
    builder = (
        ApplicationBuilder()
        .token(settings.require_telegram_token())
        .base_url(settings.telegram_api_base_url)
        .base_file_url(settings.telegram_api_file_url)
    )
    if webhook:
        builder = builder.updater(None)
    return builder.build()


async def build_tipline(
    settings: Settings,
    *,
    webhook: bool = False,
    extra_factcheckers: frozenset[tuple[str, str]] = frozenset(),
    use_telegram: bool = True,
) -> Tipline:
    """Migrate the database, load the match index, and wire every part together."""
    secret_key = settings.require_secret_key()
    await asyncio.to_thread(upgrade, settings.database_url)
    db = Database(settings.database_url)
    encoder = await asyncio.to_thread(settings.load_encoder)
    if encoder is not None:
        log.info("semantic re-ranking on (all-MiniLM-L6-v2, %d dimensions)", encoder.dimensions)
    index = MatchIndex(encoder, bundled_model_name() if encoder is not None else None)
    await index.load(db)
    catalogs = Catalogs(default_language=settings.default_language)
    delivery = Delivery(
        db,
        {},
        per_chat_interval_s=settings.per_chat_interval_s,
        max_per_s=settings.max_messages_per_s,
    )

    desk_address = None
    if settings.factchecker_chat_id is not None:
        desk_address = DeskAddress(TELEGRAM, str(settings.factchecker_chat_id))
    desk = Desk(
        db=db,
        index=index,
        catalogs=catalogs,
        factcheckers=frozenset((TELEGRAM, uid) for uid in settings.factchecker_ids)
        | extra_factcheckers,
        publisher_name=settings.publisher_name,
        desk_address=desk_address,
        voter_translator=lambda requester, detected: voter_translator(
            catalogs, requester, detected
        ),
    )
    screenshot_reader = ScreenshotReader()  # OCR, when tesseract is installed
    conversation = Conversation(
        db=db,
        index=index,
        catalogs=catalogs,
        secret_key=secret_key,
        thresholds=Thresholds(settings.answer_threshold, settings.suggest_threshold),
        desk=desk,
        wake_delivery=delivery.wake,
        read_screenshot=screenshot_reader.read if screenshot_reader.available() else None,
    )
    telegram = None
    if use_telegram and settings.telegram_bot_token:
        telegram = TelegramChannel(
            application=build_telegram_application(settings, webhook=webhook),
            db=db,
            conversation=conversation,
            desk_chat_id=settings.factchecker_chat_id,
            album_window_s=settings.album_window_s,
        )
        delivery.add_sender(TELEGRAM, telegram.sender)
    whatsapp = None
    if settings.whatsapp_enabled:
        whatsapp = WhatsAppChannel(
            client=WhatsAppClient(
                settings.whatsapp_api_base_url,
                settings.whatsapp_phone_number_id or "",
                settings.whatsapp_access_token or "",
            ),
            db=db,
            conversation=conversation,
            languages=catalogs.languages,
            templates=settings.whatsapp_templates,
            default_language=settings.default_language,
            menu_label=lambda language: catalogs.translator(
                language or settings.default_language
            ).gettext(texts.LANGUAGE_MENU),
        )
        delivery.add_sender(
            WHATSAPP,
            whatsapp.sender,
            Pace(settings.whatsapp_per_chat_interval_s, settings.whatsapp_max_messages_per_s),
        )
    log.info("tip-line ready with %d fact-checks", index.fact_check_count)
    return Tipline(settings, db, index, catalogs, conversation, delivery, telegram, whatsapp)
