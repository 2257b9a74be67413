"""Telegram, through python-telegram-bot v22: updates in, messages out.

Every update is parsed here and nowhere else into what the inbox keeps (`PendingMessage` or
`PendingButton`: no names, no usernames) and stored before Telegram is told it arrived; the inbox
worker (`bot.inbox_worker`) hands it back to be handled: media is downloaded here, after checking
its declared size against the Bot API's 20 MB limit, and a button press is acknowledged here.
A redelivered update is recognised by its keyed id and handled once. Private chats are for
voters; in the fact-checkers' group only desk commands are read.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Sequence
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
from telegram.ext import Application, ApplicationBuilder

from bot.channel import ChannelContext
from bot.delivery import Pace, PermanentSendError, TransientSendError
from bot.inbound import (
    MEDIA_LIMIT_BYTES,
    ButtonPress,
    InboundMessage,
    MediaProblem,
    MediaRef,
    Pending,
    PendingButton,
    PendingMessage,
)
from bot.inbox_worker import InboxWorker, Received
from bot.leadership import Leadership
from bot.outgoing import Outgoing
from bot.settings import Settings
from bot.web import telegram_routes

log = logging.getLogger(__name__)

CHANNEL = "telegram"
MAX_MESSAGE_CHARS = 4096
MAX_CAPTION_CHARS = 1024
ALLOWED_UPDATES = ["message", "callback_query"]
POLLING_LOCK = "tipline:telegram-polling"  # the advisory lock of the one polling process
POLL_TIMEOUT_S = 10  # getUpdates long polling: Telegram answers at once when updates wait
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
    BotCommand("forget", "Delete what I know about you"),
]


class TelegramSender:
    """Sends outbox messages with the bot, mapping Telegram's errors onto retry or give up."""

    def __init__(self, application: Application[Any, Any, Any, Any, Any, Any]) -> None:
        self._application = application

    async def send(self, message: Outgoing) -> str | None:
        """Send one message (cut to Telegram's 4096 characters), choices as an inline keyboard
        (one per row), under the choices' prompt; a message with a picture is a photo, its text
        the caption (cut to 1024)."""
        rendered = message.rendered()
        markup = None
        if rendered.choices:
            markup = InlineKeyboardMarkup(
                [[InlineKeyboardButton(c.label, callback_data=c.data)] for c in rendered.choices]
            )
        try:
            if message.picture is not None:  # its bytes, uploaded: a file id is one bot's own
                sent = await self._application.bot.send_photo(
                    chat_id=int(message.address),
                    photo=message.picture.data,
                    caption=rendered.text_with_prompt[:MAX_CAPTION_CHARS] or None,
                    reply_markup=markup,
                )
            else:
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
    """Takes Telegram's updates (polling or webhook) into the inbox, and handles them from there.

    Polling is our own loop over `getUpdates` rather than PTB's `Updater`: the Updater confirms a
    page of updates (the next call's `offset`) as soon as it has queued them, whether or not they
    were stored. Here a page is confirmed only once it is stored, so a tip that arrives while
    the database is unavailable is fetched again instead of lost.
    """

    def __init__(
        self,
        *,
        application: Application[Any, Any, Any, Any, Any, Any],
        inbox: InboxWorker,
        leadership: Leadership,
        desk_chat_id: int | None,
        pace: Pace,
        polling: bool = True,
        webhook_secret: str | None = None,
    ) -> None:
        self.name = CHANNEL
        self.pace = pace
        self._polling = polling
        self._webhook_secret = webhook_secret  # serve the webhook route (instead of polling)
        self.application = application
        self._inbox = inbox
        self._desk_chat_id = desk_chat_id
        self._poller: asyncio.Task[None] | None = None
        # Telegram serves getUpdates to one caller: only the process holding this lock polls.
        self.poll_leadership = leadership
        inbox.register(CHANNEL, self)

    async def send(self, message: Outgoing) -> str | None:
        """Send one outbox message (see `TelegramSender`)."""
        return await TelegramSender(self.application).send(message)

    async def send_reengagement(self, message: Outgoing) -> None:
        """Telegram has no messaging window: never called."""

    @property
    def polling(self) -> bool:
        """Whether this process is taking updates with getUpdates now."""
        return self._poller is not None and not self._poller.done()

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
        """Initialise (getMe), publish the command menu, start polling (unless by webhook)."""
        await self.application.initialize()
        await self.application.bot.set_my_commands(BOT_COMMANDS)
        await self.application.start()
        if self._polling:
            self.poll_leadership.start(self._gain_polling, self.stop_polling)

    async def _gain_polling(self) -> None:
        self.start_polling()

    def start_polling(self) -> None:
        """Take updates with `getUpdates`, in the background, until `stop_polling`."""
        if self._poller is None:
            self._poller = asyncio.get_running_loop().create_task(self._poll(), name="telegram")

    async def stop_polling(self) -> None:
        """Stop taking updates; what was fetched and not stored is fetched again next time."""
        if self._poller is not None:
            self._poller.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._poller
            self._poller = None

    async def stop(self) -> None:
        """Stop polling and shut the application down (the inbox worker owns what was stored)."""
        await self.poll_leadership.stop()
        await self.stop_polling()
        if self.application.running:
            await self.application.stop()
        await self.application.shutdown()

    async def accept(self, updates: Sequence[Update]) -> int:
        """Store the updates meant for the bot, in one transaction; returns how many were new.

        Raises on a database error: the caller must not confirm the updates to Telegram.
        """
        received = [item for update in updates if (item := self._received(update)) is not None]
        return await self._inbox.store(CHANNEL, received) if received else 0

    async def _poll(self) -> None:
        offset: int | None = None
        webhook_deleted = False
        failures = 0
        while True:
            try:
                if not webhook_deleted:  # as PTB's Updater does: polling and a webhook conflict
                    await self.application.bot.delete_webhook(drop_pending_updates=False)
                    webhook_deleted = True
                updates = await self.application.bot.get_updates(
                    offset=offset, timeout=POLL_TIMEOUT_S, allowed_updates=ALLOWED_UPDATES
                )
            except TelegramError as error:
                failures += 1
                log.warning("telegram getUpdates failed (%s)", type(error).__name__)
                await asyncio.sleep(_backoff_s(failures))  # a retry timer: nothing to wait on
                continue
            failures = 0
            if updates:
                await self._store_until_stored(updates)
                offset = updates[-1].update_id + 1  # confirms the page at the next call

    async def _store_until_stored(self, updates: Sequence[Update]) -> None:
        failures = 0
        while True:
            try:
                await self.accept(updates)
                return
            except Exception as error:  # the database is unavailable: keep them unconfirmed
                failures += 1
                log.warning(
                    "storing %d telegram updates failed (%s); they stay unconfirmed",
                    len(updates),
                    type(error).__name__,
                )
                await asyncio.sleep(_backoff_s(failures))

    def _received(self, update: Update) -> Received | None:
        """The update as the inbox keeps it; None when it is nothing for the bot."""
        platform_id = f"{self.application.bot.id}:{update.update_id}"
        query = update.callback_query
        if query is not None:
            if query.message is None or not query.data:
                return None
            press = ButtonPress(
                channel=CHANNEL,
                user_id=str(query.from_user.id),
                address=str(query.message.chat.id),
                data=query.data,
                language_hint=query.from_user.language_code,
            )
            return Received(platform_id, PendingButton(press, acknowledge=query.id))
        message = update.message
        if message is None or not self._is_for_us(message):
            return None
        return Received(platform_id, self._pending(message))

    async def on_button(self, pending: PendingButton) -> None:
        """Stop the button's spinner (Telegram refuses this for old presses: no matter)."""
        if pending.acknowledge is None:
            return
        try:
            await self.application.bot.answer_callback_query(pending.acknowledge)
        except TelegramError as error:
            log.info("callback query not answered (%s)", type(error).__name__)

    def decode_legacy(self, payload: str) -> Pending | None:
        """An update stored whole before 0007."""
        try:
            data = json.loads(payload)
            update = Update.de_json(data, self.application.bot)
        except (ValueError, TypeError, KeyError):
            return None
        received = self._received(update) if update is not None else None
        return received.pending if received is not None else None

    def _is_for_us(self, message: Message) -> bool:
        if message.from_user is None or message.from_user.is_bot:
            return False
        if message.chat.type == ChatType.PRIVATE:
            return True
        return self._desk_chat_id is not None and message.chat.id == self._desk_chat_id

    def _pending(self, message: Message) -> PendingMessage:
        assert message.from_user is not None
        media: MediaRef | None = None
        problem: MediaProblem | None = None
        kind: str | None = None
        if message.photo:
            kind = "photo"
            media = MediaRef(message.photo[-1].file_id, message.photo[-1].file_size)
        elif message.document is not None:
            document = message.document
            kind = "document"
            if (document.mime_type or "").startswith("image/"):
                media = MediaRef(document.file_id, document.file_size)
            else:
                problem = MediaProblem.UNSUPPORTED
        elif message.animation is not None:
            kind, problem = "animation", MediaProblem.ANIMATED
        else:
            kind = next((name for name in UNSUPPORTED_KINDS if getattr(message, name, None)), None)
            if kind is not None or not message.text:
                kind, problem = kind or "other", MediaProblem.UNSUPPORTED
        inbound = InboundMessage(
            channel=CHANNEL,
            external_id=f"{message.chat.id}:{message.message_id}",
            user_id=str(message.from_user.id),
            address=str(message.chat.id),
            text=message.text or message.caption or "",
            media_problem=problem,
            media_kind=kind,
            language_hint=message.from_user.language_code,
            forwarded=message.forward_origin is not None,
            in_group=message.chat.type != ChatType.PRIVATE,
        )
        album = (
            f"{message.chat.id}:album:{message.media_group_id}" if message.media_group_id else None
        )
        return PendingMessage(inbound, media, album)

    async def fetch_media(self, media: MediaRef) -> tuple[tuple[bytes, ...], MediaProblem | None]:
        """Download a picture, after checking its declared size against the 20 MB limit."""
        if media.declared_size is not None and media.declared_size > MEDIA_LIMIT_BYTES:
            return (), MediaProblem.TOO_LARGE
        try:
            telegram_file = await self.application.bot.get_file(media.file_id)
            if (telegram_file.file_size or 0) > MEDIA_LIMIT_BYTES:
                return (), MediaProblem.TOO_LARGE
            return (bytes(await telegram_file.download_as_bytearray()),), None
        except TelegramError as error:
            log.warning("could not download a file: %s", type(error).__name__)
            return (), MediaProblem.DOWNLOAD_FAILED


def _backoff_s(failures: int) -> float:
    """Seconds before retry number `failures`: 0.5 s doubling, at most 30 s."""
    return float(min(30.0, 0.5 * 2 ** (failures - 1)))


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
        inbox=context.inbox,
        leadership=Leadership(context.db, POLLING_LOCK),
        desk_chat_id=settings.factchecker_chat_id,
        pace=Pace(settings.per_chat_interval_s, settings.max_messages_per_s),
        polling=not context.webhook,
        webhook_secret=settings.require_webhook_secret() if context.webhook else None,
    )
