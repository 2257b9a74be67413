"""WhatsApp (Cloud API): webhook batches in, outbox messages out, the 24-hour window kept.

Inbound: the web server checks the signature and hands a parsed `WebhookBatch` to `accept`,
which stores every message in the inbox (deduplicated on its `wamid`) and records every status,
then returns, so Meta gets its 200 at once. A worker processes the inbox in order: media is
downloaded here (and nowhere else), each message becomes an `InboundMessage` or a `ButtonPress`
for the conversation, and is marked processed. What was stored but not processed when the
process stopped is processed at the next start.

Outbound: `WhatsAppSender` sends free-form messages only inside the voter's 24-hour window
(counted from `Requester.last_inbound_at`); outside it, or when Meta answers 131047, it raises
`OutsideWindowError` and the delivery worker holds the message and sends one approved template
in the voter's language instead. The held answer goes out when the voter writes again.

Language: WhatsApp sends none, so the country of the voter's phone number (libphonenumber's
calling-code table, then Babel's territory data) gives a weak hint, used after the language
detected in their message.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Collection, Mapping
from dataclasses import asdict
from datetime import datetime, timedelta
from typing import Any

import phonenumbers
from babel.languages import get_official_languages

from bot.background_loop import BackgroundLoop
from bot.channels import whatsapp_api
from bot.channels.whatsapp_api import (
    MAX_BUTTON_BODY_CHARS,
    MAX_BUTTON_TITLE_CHARS,
    MAX_BUTTONS,
    MAX_LIST_ROW_TITLE_CHARS,
    MAX_LIST_ROWS,
    MAX_TEXT_CHARS,
    MediaTooLargeError,
    WhatsAppAPIError,
    WhatsAppClient,
    send_error_for,
)
from bot.channels.whatsapp_webhook import (
    ButtonReply,
    DeliveryStatus,
    MediaRef,
    MessageKind,
    WebhookBatch,
    WhatsAppMessage,
    WhatsAppStatus,
)
from bot.conversation import Conversation
from bot.delivery import (
    OutsideWindowError,
    PermanentSendError,
    Sender,
    TransientSendError,
    hold_for_reply,
)
from bot.inbound import MEDIA_LIMIT_BYTES, ButtonPress, InboundMessage, MediaProblem
from bot.settings import WhatsAppTemplate
from factchecks import inbox, outbox, requesters
from factchecks.clock import utc_now
from factchecks.database import Database
from factchecks.outbox import PendingMessage

log = logging.getLogger(__name__)

CHANNEL = "whatsapp"
WINDOW = timedelta(hours=24)
# Sends are refused a little before the window closes: a message queued at 23:59:59 would
# otherwise fail with 131047 on the way.
WINDOW_MARGIN = timedelta(minutes=5)
IDLE_POLL_S = 30.0


class WhatsAppSender:
    """Sends outbox messages to WhatsApp voters; see the module docstring for the window."""

    def __init__(
        self,
        client: WhatsAppClient,
        db: Database,
        templates: Mapping[str, WhatsAppTemplate],
        default_language: str,
        menu_label: Callable[[str | None], str],
    ) -> None:
        self._client = client
        self._db = db
        self._templates = templates
        self._default_language = default_language
        self._menu_label = menu_label  # the list button's label, in a given language

    async def send(self, message: PendingMessage) -> str | None:
        """One message per reply: text, or text with reply buttons when it fits the limits."""
        last = await requesters.last_inbound_at(self._db, CHANNEL, message.address)
        if last is None or utc_now() - last >= WINDOW - WINDOW_MARGIN:
            raise OutsideWindowError("the voter's 24-hour window is closed")
        buttons = [button for row in message.buttons for button in row]
        fits = len(message.text) <= MAX_BUTTON_BODY_CHARS
        try:
            if buttons and fits and len(buttons) <= MAX_BUTTONS:
                return await self._client.send_buttons(
                    message.address,
                    message.text,
                    [(b.data, b.label[:MAX_BUTTON_TITLE_CHARS]) for b in buttons],
                )
            if buttons and fits:  # a list shows ten rows: the first ten (the likeliest first)
                return await self._client.send_list(
                    message.address,
                    message.text,
                    self._menu_label(message.language)[:MAX_BUTTON_TITLE_CHARS],
                    [(b.data, b.label[:MAX_LIST_ROW_TITLE_CHARS]) for b in buttons[:MAX_LIST_ROWS]],
                )
            text = _without_button_prompt(message.text) if buttons else message.text
            return await self._client.send_text(message.address, text[:MAX_TEXT_CHARS])
        except whatsapp_api.OutsideWindowError as error:
            raise OutsideWindowError(str(error)) from error
        except WhatsAppAPIError as error:
            raise send_error_for(error) from error
        except ValueError as error:  # a message WhatsApp would refuse: never retried
            raise PermanentSendError(str(error)) from error

    async def send_reengagement(self, message: PendingMessage) -> None:
        """The approved template in the message's language (else the default language's)."""
        template = self._templates.get(message.language or "") or self._templates.get(
            self._default_language
        )
        if template is None:
            raise PermanentSendError(
                f"no WhatsApp template for {message.language!r} (set WHATSAPP_TEMPLATES)"
            )
        try:
            await self._client.send_template(message.address, template.name, template.language_code)
        except WhatsAppAPIError as error:
            raise send_error_for(error) from error
        except ValueError as error:
            raise PermanentSendError(str(error)) from error


class WhatsAppChannel:
    """Owns the inbox worker for WhatsApp and the client shared with its sender."""

    def __init__(
        self,
        *,
        client: WhatsAppClient,
        db: Database,
        conversation: Conversation,
        languages: Collection[str],
        templates: Mapping[str, WhatsAppTemplate],
        default_language: str,
        menu_label: Callable[[str | None], str],
    ) -> None:
        self.client = client
        self._db = db
        self._conversation = conversation
        self._languages = languages
        self.sender: Sender = WhatsAppSender(client, db, templates, default_language, menu_label)
        self._loop = BackgroundLoop("whatsapp-inbox", self._handle_inbox, retry_after_s=IDLE_POLL_S)
        self._failed: set[str] = set()  # rows that raised: retried at the next start, not now

    async def accept(self, batch: WebhookBatch) -> int:
        """Store every message (a redelivered one is ignored) and status; returns how many new."""
        stored = 0
        for message in batch.messages:
            if await inbox.record_update(self._db, CHANNEL, message.message_id, _encode(message)):
                stored += 1
        for status in batch.statuses:
            await self._record_status(status)
        for part in batch.skipped:
            log.warning("whatsapp webhook part %s skipped: %s", part.path, part.reason)
        if stored:
            self._loop.wake()
        return stored

    def start(self) -> None:
        """Process the inbox in the background, starting with what an earlier run left."""
        self._loop.start()

    async def stop(self) -> None:
        """Finish the message in hand, stop; unprocessed messages wait in the inbox."""
        await self._loop.stop()
        await self.client.close()

    async def _handle_inbox(self) -> float:
        """One pass over the inbox; seconds until the next (0 when more may have arrived)."""
        rows = [
            row
            for row in await inbox.unprocessed_updates(self._db, CHANNEL)
            if row.external_id not in self._failed
        ]
        for row in rows:
            if self._loop.stopping:
                return 0.0
            await self._process(row.external_id, row.payload)
        return 0.0 if rows else IDLE_POLL_S

    async def _process(self, key: str, payload: str) -> None:
        try:
            message = _decode(payload)
            if message.kind is MessageKind.BUTTON and message.button is not None:
                await self._conversation.handle_button(
                    ButtonPress(
                        channel=CHANNEL,
                        user_id=message.sender_key,
                        address=message.address,
                        data=message.button.id,
                        region_language=self._region_language(message),
                    )
                )
            else:
                await self._conversation.handle_message(await self._inbound(message))
        except Exception:  # the channel's single error handler: log (no content), move on
            log.exception("handling whatsapp message %s failed; it stays in the inbox", key)
            self._failed.add(key)
            return
        await inbox.mark_processed(self._db, CHANNEL, key)

    async def _inbound(self, message: WhatsAppMessage) -> InboundMessage:
        images: tuple[bytes, ...] = ()
        problem: MediaProblem | None = None
        kind: str | None = message.kind.value if message.kind is not MessageKind.TEXT else None
        if message.media is not None:
            try:
                media = await self.client.download_media(message.media.media_id, MEDIA_LIMIT_BYTES)
                images = (media.data,)
            except MediaTooLargeError:
                problem = MediaProblem.TOO_LARGE
            except WhatsAppAPIError as error:
                log.warning("could not download whatsapp media: %s", type(error).__name__)
                problem = MediaProblem.DOWNLOAD_FAILED
        elif message.kind not in (MessageKind.TEXT, MessageKind.IMAGE):
            problem = MediaProblem.UNSUPPORTED
        return InboundMessage(
            channel=CHANNEL,
            external_id=message.message_id,
            user_id=message.sender_key,
            address=message.address,
            text=message.text,
            images=images,
            media_problem=problem,
            media_kind=kind,
            region_language=self._region_language(message),
            forwarded=message.forwarded or message.frequently_forwarded,
            frequently_forwarded=message.frequently_forwarded,
        )

    def _region_language(self, message: WhatsAppMessage) -> str | None:
        return region_language(message.wa_id, self._languages)

    async def _record_status(self, status: WhatsAppStatus) -> None:
        error = (
            f"{status.error_code}: {status.error_title or ''}".strip()
            if status.error_code is not None
            else None
        )
        row = await outbox.record_delivery_status(
            self._db, CHANNEL, status.message_id, status.status.value, error
        )
        if (
            row is not None
            and row.id is not None
            and status.status is DeliveryStatus.FAILED
            and status.error_code == whatsapp_api.OUTSIDE_WINDOW_CODE
        ):
            # Accepted, then refused for the window: hold it and ask the voter to write again.
            pending = PendingMessage(
                id=row.id,
                channel=CHANNEL,
                address=row.address,
                text=row.text,
                buttons=(),
                attempts=row.attempts,
                language=row.language,
            )
            try:
                await hold_for_reply(self._db, self.sender, pending)
            except TransientSendError as error:  # held anyway: it goes when the voter writes
                log.warning("no template reached a whatsapp voter: %s", error)
                await outbox.hold(self._db, row.id)


def region_language(wa_id: str | None, supported: Collection[str]) -> str | None:
    """An official language of the country of `wa_id`'s calling code, preferring one we speak.

    "5511..." is Brazil: "pt"; "221..." is Senegal: Wolof and French, so "fr" when only French
    has a catalog. None when the number's country is unknown.
    """
    if not wa_id:
        return None
    try:
        number = phonenumbers.parse("+" + wa_id.lstrip("+"))
    except phonenumbers.NumberParseException:
        return None
    territory = phonenumbers.region_code_for_number(number)
    if not territory or territory == "ZZ":
        return None
    official = get_official_languages(territory, de_facto=True)
    spoken = [language for language in official if language in supported]
    candidates = spoken or list(official)
    return candidates[0] if candidates else None


def _without_button_prompt(text: str) -> str:
    """The text without its last paragraph (the picker's prompt) when buttons cannot be shown."""
    body, separator, _prompt = text.rpartition("\n\n")
    return body if separator else text


def _encode(message: WhatsAppMessage) -> str:
    """The message as stored in the inbox (no profile name: the parser never keeps it)."""
    data = asdict(message)
    data["timestamp"] = message.timestamp.isoformat()
    return json.dumps(data)


def _decode(payload: str) -> WhatsAppMessage:
    data: dict[str, Any] = json.loads(payload)
    media = data.pop("media")
    button = data.pop("button")
    return WhatsAppMessage(
        **{
            **data,
            "timestamp": datetime.fromisoformat(data["timestamp"]),
            "kind": MessageKind(data["kind"]),
            "media": MediaRef(**media) if media else None,
            "button": ButtonReply(**button) if button else None,
        }
    )
