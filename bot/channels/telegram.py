"""Telegram, through python-telegram-bot v22: updates in, messages out.

Every update is recorded in the inbox before anything else (a redelivered update is answered
once; one that was recorded but not finished is replayed at the next start), turned into an
`InboundMessage` here and nowhere else, and handed to the conversation. Media is downloaded here,
after checking its declared size against the Bot API's 20 MB limit. Private chats are for voters;
in the fact-checkers' group only desk commands are read.
"""

from __future__ import annotations

import json
import logging
from datetime import timedelta
from typing import Any

from aiohttp import web
from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    Update,
)
from telegram.constants import ChatType
from telegram.error import (
    BadRequest,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.ext import Application, ApplicationBuilder, ContextTypes, TypeHandler

from bot.channel import ChannelContext
from bot.channels.albums import AlbumBuffer
from bot.conversation import Conversation
from bot.delivery import Pace, PermanentSendError, TransientSendError
from bot.inbound import MEDIA_LIMIT_BYTES, ButtonPress, InboundMessage, MediaProblem
from bot.leadership import Leadership
from bot.outgoing import Outgoing
from bot.settings import Settings
from bot.web import telegram_routes
from factchecks import inbox
from factchecks.database import Database

log = logging.getLogger(__name__)

CHANNEL = "telegram"
MAX_MESSAGE_CHARS = 4096
ALLOWED_UPDATES = ["message", "callback_query"]
POLLING_LOCK = "tipline:telegram-polling"  # the advisory lock of the one polling process
UNSUPPORTED_KINDS = (
    "sticker",
    "voice",
    "audio",
    "video",
    "video_note",
    "location",
    "venue",
    "contact",
    "poll",
    "dice",
    "game",
    "story",
    "invoice",
)
BOT_COMMANDS = [
    BotCommand("start", "Start"),
    BotCommand("help", "How to use this bot"),
    BotCommand("language", "Choose your language"),
]


class TelegramSender:
    """Sends outbox messages with the bot, mapping Telegram's errors onto retry or give up."""

    def __init__(self, application: Application[Any, Any, Any, Any, Any, Any]) -> None:
        self._application = application

    async def send(self, message: Outgoing) -> str | None:
        """Send one message (cut to Telegram's 4096 characters), choices as an inline keyboard
        (one per row), under the choices' prompt."""
        rendered = message.rendered()
        markup = None
        if rendered.choices:
            markup = InlineKeyboardMarkup(
                [[InlineKeyboardButton(c.label, callback_data=c.data)] for c in rendered.choices]
            )
        try:
            sent = await self._application.bot.send_message(
                chat_id=int(message.address),
                text=rendered.text_with_prompt[:MAX_MESSAGE_CHARS],
                reply_markup=markup,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        except RetryAfter as error:
            raise TransientSendError("flood control", _seconds(error)) from error
        except (Forbidden, BadRequest, InvalidToken) as error:
            raise PermanentSendError(str(error)) from error
        except (NetworkError, TelegramError) as error:
            raise TransientSendError(str(error)) from error
        return str(sent.message_id)

    async def send_reengagement(self, message: Outgoing) -> None:
        """Telegram has no messaging window: never called."""


def _seconds(error: RetryAfter) -> float:
    value = error.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


class TelegramChannel:
    """Owns the python-telegram-bot Application and its one handler."""

    def __init__(
        self,
        *,
        application: Application[Any, Any, Any, Any, Any, Any],
        db: Database,
        conversation: Conversation,
        desk_chat_id: int | None,
        album_window_s: float,
        pace: Pace,
        polling: bool = True,
        webhook_secret: str | None = None,
    ) -> None:
        self.name = CHANNEL
        self.pace = pace
        self._polling = polling
        self._webhook_secret = webhook_secret  # serve the webhook route (instead of polling)
        self.application = application
        self._db = db
        self._conversation = conversation
        self._desk_chat_id = desk_chat_id
        self._albums = AlbumBuffer(album_window_s, self._album_ready)
        self.poll_leadership = Leadership(db, POLLING_LOCK)
        application.add_handler(TypeHandler(Update, self._on_update))
        application.add_error_handler(self._on_error)

    async def send(self, message: Outgoing) -> str | None:
        """Send one outbox message (see `TelegramSender`)."""
        return await TelegramSender(self.application).send(message)

    async def send_reengagement(self, message: Outgoing) -> None:
        """Telegram has no messaging window: never called."""

    async def reachable(self) -> bool:
        """Whether the Bot API answers getMe."""
        try:
            await self.application.bot.get_me()
        except TelegramError as error:
            log.warning("telegram unreachable: %s", type(error).__name__)
            return False
        return True

    def routes(self) -> list[web.RouteDef]:
        """The webhook route, when the bot takes updates by webhook rather than polling."""
        if self._webhook_secret is None:
            return []
        return telegram_routes(self, self._webhook_secret)

    async def start(self) -> None:
        """Initialise (getMe), publish the command menu, replay the inbox, start handling."""
        await self.application.initialize()
        await self.application.bot.set_my_commands(BOT_COMMANDS)
        await self.application.start()
        for row in await inbox.unprocessed_updates(self._db, CHANNEL):
            update = Update.de_json(json.loads(row.payload), self.application.bot)
            await self._handle(update, row.external_id)
        if self._polling and self.application.updater is not None:
            # Telegram serves getUpdates to one caller: only the process holding the lock polls.
            self.poll_leadership.start(self._start_polling, self._stop_polling)

    async def _start_polling(self) -> None:
        if self.application.updater is not None and not self.application.updater.running:
            await self.application.updater.start_polling(
                allowed_updates=ALLOWED_UPDATES, drop_pending_updates=False
            )

    async def _stop_polling(self) -> None:
        if self.application.updater is not None and self.application.updater.running:
            await self.application.updater.stop()

    async def stop(self) -> None:
        """Stop polling, finish pending albums and updates, shut down."""
        await self.poll_leadership.stop()
        await self._stop_polling()
        await self._albums.drain()
        if self.application.running:
            await self.application.stop()
        await self.application.shutdown()

    async def _on_update(self, update: object, _context: ContextTypes.DEFAULT_TYPE) -> None:
        if not isinstance(update, Update):
            return
        key = f"{self.application.bot.id}:{update.update_id}"
        if not await inbox.record_update(self._db, CHANNEL, key, json.dumps(update.to_dict())):
            log.info("update %s delivered again; already handled", update.update_id)
            return
        await self._handle(update, key)

    async def _handle(self, update: Update, key: str) -> None:
        if update.callback_query is not None:
            query = update.callback_query
            await query.answer()
            if query.message is not None and query.data:
                await self._conversation.handle_button(
                    ButtonPress(
                        channel=CHANNEL,
                        user_id=str(query.from_user.id),
                        address=str(query.message.chat.id),
                        data=query.data,
                        language_hint=query.from_user.language_code,
                    )
                )
        elif update.message is not None and self._is_for_us(update.message):
            message = update.message
            inbound = await self._inbound(message)
            if message.media_group_id:
                album_id = f"{message.chat.id}:album:{message.media_group_id}"
                self._albums.add(album_id, inbound, key)
                return
            await self._conversation.handle_message(inbound)
        await inbox.mark_processed(self._db, CHANNEL, key)

    async def _album_ready(self, message: InboundMessage, keys: list[str]) -> None:
        await self._conversation.handle_message(message)
        for key in keys:
            await inbox.mark_processed(self._db, CHANNEL, key)

    def _is_for_us(self, message: Message) -> bool:
        if message.from_user is None or message.from_user.is_bot:
            return False
        if message.chat.type == ChatType.PRIVATE:
            return True
        return self._desk_chat_id is not None and message.chat.id == self._desk_chat_id

    async def _inbound(self, message: Message) -> InboundMessage:
        assert message.from_user is not None
        images: list[bytes] = []
        problem: MediaProblem | None = None
        kind: str | None = None
        if message.photo:
            kind = "photo"
            problem = await self._download(
                message.photo[-1].file_id, message.photo[-1].file_size, images
            )
        elif message.document is not None:
            document = message.document
            kind = "document"
            if (document.mime_type or "").startswith("image/"):
                problem = await self._download(document.file_id, document.file_size, images)
            else:
                problem = MediaProblem.UNSUPPORTED
        elif message.animation is not None:
            kind, problem = "animation", MediaProblem.ANIMATED
        else:
            kind = next((name for name in UNSUPPORTED_KINDS if getattr(message, name, None)), None)
            if kind is not None or not message.text:
                kind, problem = kind or "other", MediaProblem.UNSUPPORTED
        return InboundMessage(
            channel=CHANNEL,
            external_id=f"{message.chat.id}:{message.message_id}",
            user_id=str(message.from_user.id),
            address=str(message.chat.id),
            text=message.text or message.caption or "",
            images=tuple(images),
            media_problem=problem,
            media_kind=kind,
            language_hint=message.from_user.language_code,
            forwarded=message.forward_origin is not None,
            in_group=message.chat.type != ChatType.PRIVATE,
        )

    async def _download(
        self, file_id: str, declared_size: int | None, into: list[bytes]
    ) -> MediaProblem | None:
        if declared_size is not None and declared_size > MEDIA_LIMIT_BYTES:
            return MediaProblem.TOO_LARGE
        try:
            telegram_file = await self.application.bot.get_file(file_id)
            if (telegram_file.file_size or 0) > MEDIA_LIMIT_BYTES:
                return MediaProblem.TOO_LARGE
            into.append(bytes(await telegram_file.download_as_bytearray()))
        except TelegramError as error:
            log.warning("could not download a file: %s", error)
            return MediaProblem.DOWNLOAD_FAILED
        return None

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        # Logs the failure without the update itself: it would name the voter.
        update_id = update.update_id if isinstance(update, Update) else None
        log.error("handling update %s failed", update_id, exc_info=context.error)


def build_application(
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


def build(settings: Settings, context: ChannelContext) -> TelegramChannel | None:
    """The Telegram channel, when a bot token is configured."""
    if not settings.telegram_bot_token:
        return None
    return TelegramChannel(
        application=build_application(settings, webhook=context.webhook),
        db=context.db,
        conversation=context.conversation,
        desk_chat_id=settings.factchecker_chat_id,
        album_window_s=settings.album_window_s,
        pace=Pace(settings.per_chat_interval_s, settings.max_messages_per_s),
        polling=not context.webhook,
        webhook_secret=settings.require_webhook_secret() if context.webhook else None,
    )
