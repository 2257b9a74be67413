"""WhatsApp (Cloud API): webhook batches in, outbox messages out, the 24-hour window kept.

Inbound: the web server checks the signature and hands a parsed `WebhookBatch` to `accept`,
which stores every message of the POST in the inbox in one transaction (deduplicated on a keyed
hash of its `wamid`; parsed, no profile name) and records every status, then returns, so Meta
gets its 200 at once. The inbox worker (`bot.inbox_worker`) handles them, each voter's in order:
media is downloaded here (and nowhere else) when it asks. What was stored but not handled when
the process stopped is handled by whichever worker claims it.

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
from collections.abc import Collection, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

import phonenumbers
from aiohttp import web
from babel.languages import get_official_languages

from bot import replies, texts
from bot.channel import ChannelContext
from bot.channels import whatsapp_api
from bot.channels.whatsapp_api import (
    MediaTooLargeError,
    WhatsAppAPIError,
    WhatsAppClient,
    send_error_for,
)
from bot.channels.whatsapp_limits import (
    MAX_BUTTON_BODY_CHARS,
    MAX_BUTTON_TITLE_CHARS,
    MAX_BUTTONS,
    MAX_CAPTION_CHARS,
    MAX_LIST_ROW_TITLE_CHARS,
    MAX_LIST_ROWS,
    MAX_TEXT_CHARS,
)
from bot.channels.whatsapp_webhook import (
    ButtonReply,
    MessageKind,
    WebhookBatch,
    WhatsAppMessage,
    WhatsAppStatus,
)
from bot.channels.whatsapp_webhook import MediaRef as WebhookMedia
from bot.delivery import (
    OutsideWindowError,
    Pace,
    PermanentSendError,
    TransientSendError,
    hold_for_reply,
)
from bot.i18n import Catalogs
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
from bot.outgoing import Outgoing, prepare
from bot.rendering import RenderedChoice
from bot.setting_values import WhatsAppTemplate
from bot.settings import Settings
from bot.web import WhatsAppSecrets, whatsapp_routes
from factchecks import delivery_records, outbox
from factchecks.clock import utc_now
from factchecks.database import Database
from factchecks.models import DeliveryStatus
from factchecks.pseudonyms import keyed_id

log = logging.getLogger(__name__)

CHANNEL = "whatsapp"
WINDOW = timedelta(hours=24)
# Sends are refused a little before the window closes: a message queued at 23:59:59 would
# otherwise fail with 131047 on the way.
WINDOW_MARGIN = timedelta(minutes=5)
MORE_PREFIX = "more:"  # a list menu's "next page" row: more:<outbox message id>:<first choice>


class WhatsAppSender:
    """Sends outbox messages to WhatsApp voters; see the module docstring for the window.

    Choices are shown as reply buttons (up to 3), else as a list menu (up to 10 rows; a longer
    list is paged: 9 rows and a "More languages" row that shows the next page), else as text.
    """

    def __init__(
        self,
        client: WhatsAppClient,
        templates: Mapping[str, WhatsAppTemplate],
        default_language: str,
    ) -> None:
        self._client = client
        self._templates = templates
        self._default_language = default_language

    async def send(self, message: Outgoing) -> str | None:
        """One message per reply: text, or text with its choices when they fit the limits, or a
        picture (uploaded, then sent as an image with the text as its caption)."""
        # The farewell to an erased voter answers the button they just pressed (their window is
        # open), and no voter row remembers when they last wrote any more.
        if not message.reply.last:
            last = message.last_wrote
            if last is None or utc_now() - last >= WINDOW - WINDOW_MARGIN:
                raise OutsideWindowError("the voter's 24-hour window is closed")
        rendered = message.rendered()
        text = rendered.text_with_prompt
        try:
            if message.picture is not None:  # uploaded: a media id is one number's own
                media_id = await self._client.upload_media(
                    message.picture.data, message.picture.content_type
                )
                caption = rendered.body[:MAX_CAPTION_CHARS]
                return await self._client.send_image(message.address, media_id, caption)
            if rendered.choices and len(text) <= MAX_BUTTON_BODY_CHARS:
                if len(rendered.choices) <= MAX_BUTTONS:
                    return await self._client.send_buttons(
                        message.address,
                        text,
                        [(c.data, c.label[:MAX_BUTTON_TITLE_CHARS]) for c in rendered.choices],
                    )
                rows = list_page(message, rendered.choices)
                menu = message.translator.gettext(texts.LANGUAGE_MENU)
                return await self._client.send_list(
                    message.address, text, menu[:MAX_BUTTON_TITLE_CHARS], rows
                )
            return await self._client.send_text(message.address, rendered.body[:MAX_TEXT_CHARS])
        except WhatsAppAPIError as error:
            if isinstance(error, OutsideWindowError):
                raise
            raise send_error_for(error) from error
        except ValueError as error:  # a message WhatsApp would refuse: never retried
            raise PermanentSendError(str(error)) from error

    async def send_reengagement(self, message: Outgoing) -> None:
        """The approved template in the message's language (else the default language's)."""
        template = self._templates.get(message.language) or self._templates.get(
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


def list_page(message: Outgoing, choices: Sequence[RenderedChoice]) -> list[tuple[str, str]]:
    """The list menu's rows from `message.reply.first_choice` on: all of them when they fit,
    else 9 and a last row that asks for the next page (`more:<outbox id>:<next first>`)."""
    first = message.reply.first_choice if message.reply.first_choice < len(choices) else 0
    shown = list(choices[first:])
    rows = [(c.data, c.label[:MAX_LIST_ROW_TITLE_CHARS]) for c in shown]
    if len(rows) <= MAX_LIST_ROWS:
        return rows
    following = first + MAX_LIST_ROWS - 1
    more = message.translator.gettext(texts.MORE_LANGUAGES)[:MAX_LIST_ROW_TITLE_CHARS]
    return [*rows[: MAX_LIST_ROWS - 1], (f"{MORE_PREFIX}{message.id}:{following}", more)]


class WhatsAppChannel:
    """Stores what the webhook delivers, handles media and buttons for the inbox worker, and
    owns the client shared with its sender."""

    def __init__(
        self,
        *,
        client: WhatsAppClient,
        db: Database,
        inbox: InboxWorker,
        templates: Mapping[str, WhatsAppTemplate],
        default_language: str,
        catalogs: Catalogs,
        pace: Pace,
        webhook_keys: WhatsAppSecrets,
        secret_key: str,
    ) -> None:
        self.name = CHANNEL
        self._secret_key = secret_key
        self.pace = pace
        self._catalogs = catalogs
        self._webhook_keys = webhook_keys
        self.client = client
        self._db = db
        self._inbox = inbox
        self._languages = catalogs.languages
        self.sender = WhatsAppSender(client, templates, default_language)
        inbox.register(CHANNEL, self)

    async def accept(self, batch: WebhookBatch) -> int:
        """Store every message of one POST in one transaction (a redelivered one is ignored),
        then record every status; returns how many messages were new. Raises on a database
        error, before the POST is answered: Meta then delivers it again."""
        stored = await self._inbox.store(
            CHANNEL,
            [Received(message.message_id, self._pending(message)) for message in batch.messages],
        )
        for status in batch.statuses:
            await self._record_status(status)
        for part in batch.skipped:
            log.warning("whatsapp webhook part %s skipped: %s", part.path, part.reason)
        return stored

    async def start(self) -> None:
        """Nothing to start: the inbox worker handles what the webhook stores."""

    def routes(self) -> list[web.RouteDef]:
        """The webhook's routes (Meta's handshake and its notifications)."""
        return whatsapp_routes(self, self._webhook_keys)

    async def send(self, message: Outgoing) -> str | None:
        """Send one outbox message (see `WhatsAppSender`); its id as the outbox keeps it."""
        wamid = await self.sender.send(message)
        return self.sent_id(wamid) if wamid else None

    def sent_id(self, wamid: str) -> str:
        """A sent message's id as stored (outbox, early statuses): a keyed hash, since WhatsApp's
        id of a message encodes its recipient's number."""
        return keyed_id(self._secret_key, CHANNEL, "sent", wamid)

    async def send_reengagement(self, message: Outgoing) -> None:
        """Send the approved template that asks the voter to write again."""
        await self.sender.send_reengagement(message)

    async def reachable(self) -> bool:
        """Whether the Graph API answers for our phone number."""
        try:
            await self.client.phone_number()
        except WhatsAppAPIError as error:
            log.warning("whatsapp unreachable: %s", type(error).__name__)
            return False
        return True

    async def stop(self) -> None:
        """Close the client (unhandled messages wait in the inbox)."""
        await self.client.close()

    def _pending(self, message: WhatsAppMessage) -> Pending:
        """The message as the inbox keeps it (no profile name: the parser never reads it)."""
        if message.kind is MessageKind.BUTTON and message.button is not None:
            return PendingButton(
                ButtonPress(
                    channel=CHANNEL,
                    user_id=message.sender_key,
                    address=message.address,
                    data=message.button.id,
                    region_language=self._region_language(message),
                )
            )
        problem: MediaProblem | None = None
        if message.media is None and message.kind not in (MessageKind.TEXT, MessageKind.IMAGE):
            problem = MediaProblem.UNSUPPORTED
        inbound = InboundMessage(
            channel=CHANNEL,
            external_id=message.message_id,
            user_id=message.sender_key,
            address=message.address,
            text=message.text,
            media_problem=problem,
            media_kind=message.kind.value if message.kind is not MessageKind.TEXT else None,
            region_language=self._region_language(message),
            forwarded=message.forwarded or message.frequently_forwarded,
            frequently_forwarded=message.frequently_forwarded,
        )
        media = MediaRef(message.media.media_id) if message.media is not None else None
        return PendingMessage(inbound, media)

    async def fetch_media(self, media: MediaRef) -> tuple[tuple[bytes, ...], MediaProblem | None]:
        """Download a picture (never more than the 20 MB limit)."""
        try:
            downloaded = await self.client.download_media(media.file_id, MEDIA_LIMIT_BYTES)
        except MediaTooLargeError:
            return (), MediaProblem.TOO_LARGE
        except WhatsAppAPIError as error:
            log.warning("could not download whatsapp media: %s", type(error).__name__)
            return (), MediaProblem.DOWNLOAD_FAILED
        return (downloaded.data,), None

    async def on_button(self, pending: PendingButton) -> None:
        """ "More languages": queue the next page of the menu (the press itself changes nothing)."""
        press = pending.press
        if press.data.startswith(MORE_PREFIX):
            await self._next_page(press.address, press.data)

    def decode_legacy(self, payload: str) -> Pending | None:
        """A message stored before 0007 (our own `WhatsAppMessage` encoding)."""
        try:
            return self._pending(_decode(payload))
        except (ValueError, TypeError, KeyError, AttributeError):
            return None

    async def _next_page(self, address: str, data: str) -> None:
        """ "More languages" was pressed: queue the same menu again, from the next page."""
        _prefix, message_id, first = data.split(":")
        raw = await outbox.reply_of(self._db, int(message_id))
        if raw is None or not first.isdigit():
            return
        async with self._db.transaction() as session:
            outbox.enqueue(
                session,
                channel=CHANNEL,
                address=address,
                reply=replies.encode(replies.decode(raw).starting_at(int(first))),
            )

    def _region_language(self, message: WhatsAppMessage) -> str | None:
        return region_language(message.wa_id, self._languages)

    async def _record_status(self, status: WhatsAppStatus) -> None:
        error = (
            f"{status.error_code}: {status.error_title or ''}".strip()
            if status.error_code is not None
            else None
        )
        row = await delivery_records.record_delivery_status(
            self._db, CHANNEL, self.sent_id(status.message_id), status.status.value, error
        )
        if (
            row is not None
            and row.id is not None
            and status.status is DeliveryStatus.FAILED
            and status.error_code == whatsapp_api.OUTSIDE_WINDOW_CODE
        ):
            # Accepted, then refused for the window: hold it and ask the voter to write again.
            message = await prepare(self._db, self._catalogs, outbox.pending(row))
            try:
                await hold_for_reply(self._db, self.sender, message)
            except TransientSendError as error:  # held anyway: it goes when the voter writes
                log.warning("no template reached a whatsapp voter: %s", error)


def build(settings: Settings, context: ChannelContext) -> WhatsAppChannel | None:
    """The WhatsApp channel, when its settings are all there."""
    if not settings.whatsapp_enabled:
        return None
    return WhatsAppChannel(
        client=WhatsAppClient(
            settings.whatsapp_api_base_url,
            settings.whatsapp_phone_number_id or "",
            settings.whatsapp_access_token or "",
        ),
        db=context.db,
        inbox=context.inbox,
        templates=settings.whatsapp_templates,
        default_language=settings.default_language,
        catalogs=context.catalogs,
        pace=Pace(settings.whatsapp_per_chat_interval_s, settings.whatsapp_max_messages_per_s),
        webhook_keys=WhatsAppSecrets(
            app_secret=settings.whatsapp_app_secret or "",
            verify_token=settings.whatsapp_verify_token or "",
            phone_number_id=settings.whatsapp_phone_number_id or "",
        ),
        secret_key=settings.require_secret_key(),
    )


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


def _decode(payload: str) -> WhatsAppMessage:
    """A message as stored before 0007."""
    data: dict[str, Any] = json.loads(payload)
    media = data.pop("media")
    button = data.pop("button")
    return WhatsAppMessage(
        **{
            **data,
            "timestamp": datetime.fromisoformat(data["timestamp"]),
            "kind": MessageKind(data["kind"]),
            "media": WebhookMedia(**media) if media else None,
            "button": ButtonReply(**button) if button else None,
        }
    )
