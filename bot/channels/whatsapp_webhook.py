"""WhatsApp Cloud API webhook payloads turned into values.

Pure functions over decoded JSON: no I/O, no clock, no logging. The web server checks the
signature first (`whatsapp_signature`), decodes the JSON, calls `parse_webhook`, and stores each
`WhatsAppMessage` under its `message_id` before handling it. The voter's profile name is read
past, never kept.

One POST can carry several entries, changes, messages and statuses (platforms.md 2.3); every one
becomes a value or a `SkippedPart` with its reason, so one odd item never loses the rest. Only a
body that is not a WhatsApp Business Account notification at all raises `WebhookPayloadError`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Final

from factchecks.models import DeliveryStatus

WEBHOOK_OBJECT: Final = "whatsapp_business_account"
_MAX_REASON_VALUE_CHARS: Final = 40
_MAX_TIMESTAMP: Final = 253402300799  # 9999-12-31T23:59:59Z


class WebhookPayloadError(ValueError):
    """The body is not a WhatsApp Business Account notification: nothing in it can be used.

    This is the only error `parse_webhook` raises; a malformed part inside a valid envelope is
    skipped and reported in `WebhookBatch.skipped` instead.
    """


class MessageKind(StrEnum):
    """What a voter sent, as the conversation needs to tell it apart."""

    TEXT = "text"
    IMAGE = "image"
    DOCUMENT = "document"
    BUTTON = "button"  # a reply button, a list row, or a template quick-reply button
    AUDIO = "audio"
    VOICE = "voice"  # an audio message recorded in WhatsApp (`audio.voice` is true)
    VIDEO = "video"
    STICKER = "sticker"
    LOCATION = "location"
    CONTACTS = "contacts"
    REACTION = "reaction"
    UNSUPPORTED = "unsupported"  # Meta's own "unsupported" type (e.g. a poll, a view-once)
    OTHER = "other"  # a type this module does not know (order, system, flow reply...)


@dataclass(frozen=True)
class MediaRef:
    """Media the voter sent that the bot can use (an image): fetch it by `media_id`."""

    media_id: str
    mime_type: str
    sha256: str | None = None  # as Meta gives it in the webhook (base64)


@dataclass(frozen=True)
class ButtonReply:
    """The button (or list row) the voter tapped: `id` is what we set, `title` what they saw."""

    id: str
    title: str


@dataclass(frozen=True)
class WhatsAppMessage:
    """One message from a voter, validated.

    `wa_id` is the phone-number-based WhatsApp id (`from`); `user_id` the business-scoped user id
    (BSUID) newer payloads add in `contacts[]`. Either may be missing, never both: use
    `sender_key` to identify the voter and `address` to reply.
    """

    message_id: str
    phone_number_id: str  # our business number the message was sent to
    wa_id: str | None
    user_id: str | None
    timestamp: datetime
    type: str  # Meta's `type`, as sent
    kind: MessageKind
    text: str = ""  # the text body, or the caption of an image, document or video
    media: MediaRef | None = None  # only for images and documents that are images
    button: ButtonReply | None = None
    forwarded: bool = False  # forwarded 5 times or fewer
    frequently_forwarded: bool = False  # forwarded more than 5 times
    context_message_id: str | None = None  # the message (usually ours) this one replies to
    error_code: int | None = None  # Meta's error for an "unsupported" message, if it gave one

    def __post_init__(self) -> None:
        if not self.wa_id and not self.user_id:
            raise ValueError(f"message {self.message_id!r} has neither a wa_id nor a user_id")

    @property
    def sender_key(self) -> str:
        """The stable key for this voter: the BSUID if present, else the wa_id (platforms.md)."""
        return self.user_id or self.wa_id or ""  # never "": __post_init__ requires one

    @property
    def address(self) -> str:
        """Where replies go: the wa_id, else the BSUID."""
        return self.wa_id or self.user_id or ""


@dataclass(frozen=True)
class WhatsAppStatus:
    """What happened to a message we sent (statuses can arrive late and out of order)."""

    message_id: str
    phone_number_id: str
    status: DeliveryStatus
    timestamp: datetime
    recipient_id: str | None
    error_code: int | None = None
    error_title: str | None = None


@dataclass(frozen=True)
class SkippedPart:
    """A part of the payload that was not turned into a value, and why (no message content)."""

    path: str  # e.g. "entry[0].changes[1].value.messages[2]"
    reason: str


@dataclass(frozen=True)
class WebhookBatch:
    """Everything one webhook POST carried, in payload order."""

    messages: tuple[WhatsAppMessage, ...] = ()
    statuses: tuple[WhatsAppStatus, ...] = ()
    skipped: tuple[SkippedPart, ...] = ()


# --------------------------------------------------------------------------------------------
# Parsing


class _Skip(Exception):
    """Internal: this part cannot be used; the reason goes into `WebhookBatch.skipped`."""


def parse_webhook(payload: Any, *, phone_number_id: str | None = None) -> WebhookBatch:
    """Turn a decoded webhook body into messages and statuses.

    With `phone_number_id`, changes addressed to another business number (an app subscribed to
    several) are skipped. Raises `WebhookPayloadError` only if the envelope itself is wrong.
    """
    if not isinstance(payload, Mapping):
        raise WebhookPayloadError(f"the webhook body is a {type(payload).__name__}, not an object")
    if payload.get("object") != WEBHOOK_OBJECT:
        raise WebhookPayloadError(
            f"the webhook object is {_short(payload.get('object'))}, not {WEBHOOK_OBJECT!r}"
        )
    entries = payload.get("entry")
    if not isinstance(entries, list):
        raise WebhookPayloadError("the webhook body has no entry list")

    messages: list[WhatsAppMessage] = []
    statuses: list[WhatsAppStatus] = []
    skipped: list[SkippedPart] = []
    for e, entry in enumerate(entries):
        entry_path = f"entry[{e}]"
        changes = entry.get("changes") if isinstance(entry, Mapping) else None
        if not isinstance(changes, list):
            skipped.append(SkippedPart(entry_path, "not an object with a changes list"))
            continue
        for c, change in enumerate(changes):
            path = f"{entry_path}.changes[{c}]"
            try:
                value, our_number = _change_value(change, phone_number_id)
            except _Skip as skip:
                skipped.append(SkippedPart(path, str(skip)))
                continue
            _parse_value(value, our_number, f"{path}.value", messages, statuses, skipped)
    return WebhookBatch(tuple(messages), tuple(statuses), tuple(skipped))


def _change_value(change: Any, wanted_number: str | None) -> tuple[Mapping[str, Any], str]:
    if not isinstance(change, Mapping):
        raise _Skip("not an object")
    field = change.get("field")
    if field != "messages":
        raise _Skip(f"field {_short(field)} is not handled")
    value = change.get("value")
    if not isinstance(value, Mapping):
        raise _Skip("no value object")
    metadata = value.get("metadata")
    number = metadata.get("phone_number_id") if isinstance(metadata, Mapping) else None
    if not isinstance(number, str) or not number:
        raise _Skip("no metadata.phone_number_id")
    if wanted_number is not None and number != wanted_number:
        raise _Skip("addressed to another phone number id")
    return value, number


def _parse_value(
    value: Mapping[str, Any],
    number: str,
    path: str,
    messages: list[WhatsAppMessage],
    statuses: list[WhatsAppStatus],
    skipped: list[SkippedPart],
) -> None:
    bsuids = _bsuids_by_wa_id(value.get("contacts"))
    for key in ("messages", "statuses", "errors"):
        items = value.get(key)
        if items is None:
            continue
        if not isinstance(items, list):
            skipped.append(SkippedPart(f"{path}.{key}", "not a list"))
            continue
        for i, item in enumerate(items):
            item_path = f"{path}.{key}[{i}]"
            try:
                if key == "messages":
                    messages.append(_message(item, number, bsuids))
                elif key == "statuses":
                    statuses.append(_status(item, number))
                else:
                    # A change-level error: Meta could not build a notification (e.g. an
                    # unsupported webhook payload). Nothing to handle, but worth a log line.
                    raise _Skip(f"Meta reported error {_error_summary(item)}")
            except _Skip as skip:
                skipped.append(SkippedPart(item_path, str(skip)))


def _bsuids_by_wa_id(contacts: Any) -> dict[str | None, str]:
    """wa_id -> BSUID from `contacts[]` (profile names are deliberately not read)."""
    found: dict[str | None, str] = {}
    if not isinstance(contacts, list):
        return found
    for contact in contacts:
        if not isinstance(contact, Mapping):
            continue
        user_id = contact.get("user_id")
        wa_id = contact.get("wa_id")
        if isinstance(user_id, str) and user_id:
            found[wa_id if isinstance(wa_id, str) and wa_id else None] = user_id
    return found


def _message(raw: Any, number: str, bsuids: Mapping[str | None, str]) -> WhatsAppMessage:
    if not isinstance(raw, Mapping):
        raise _Skip("not an object")
    message_id = _required_str(raw, "id")
    wa_id = _optional_str(raw, "from")
    user_id = bsuids.get(wa_id) if wa_id is not None else None
    if user_id is None and wa_id is None and len(bsuids) == 1:
        # A user with a username may expose only a BSUID; with one contact it is theirs.
        user_id = next(iter(bsuids.values()))
    if wa_id is None and user_id is None:
        raise _Skip("no sender (neither from nor contacts[].user_id)")
    type_ = _required_str(raw, "type")
    context = raw.get("context")
    if context is not None and not isinstance(context, Mapping):
        raise _Skip("context is not an object")
    context = context or {}

    fields = _content(raw, type_)
    error_code = None
    errors = raw.get("errors")
    if isinstance(errors, list) and errors and isinstance(errors[0], Mapping):
        code = errors[0].get("code")
        error_code = code if isinstance(code, int) and not isinstance(code, bool) else None
    context_id = context.get("id")
    return WhatsAppMessage(
        message_id=message_id,
        phone_number_id=number,
        wa_id=wa_id,
        user_id=user_id,
        timestamp=_timestamp(raw),
        type=type_,
        forwarded=context.get("forwarded") is True,
        frequently_forwarded=context.get("frequently_forwarded") is True,
        context_message_id=context_id if isinstance(context_id, str) and context_id else None,
        error_code=error_code,
        **fields,
    )


def _content(raw: Mapping[str, Any], type_: str) -> dict[str, Any]:
    """The type-specific fields of a message: kind, text, media, button."""
    simple = {
        "sticker": MessageKind.STICKER,
        "location": MessageKind.LOCATION,
        "contacts": MessageKind.CONTACTS,
        "reaction": MessageKind.REACTION,
        "unsupported": MessageKind.UNSUPPORTED,
    }
    if type_ == "text":
        body = _object(raw, "text").get("body")
        if not isinstance(body, str):
            raise _Skip("text message without text.body")
        return {"kind": MessageKind.TEXT, "text": body}
    if type_ in ("image", "document"):
        media = _object(raw, type_)
        caption = _caption(media)
        media_id = _required_str(media, "id", where=f"{type_}.id")
        mime_type = _optional_str(media, "mime_type") or ""
        is_image = type_ == "image" or mime_type.startswith("image/")
        ref = MediaRef(media_id, mime_type or "image/jpeg", _optional_str(media, "sha256"))
        kind = MessageKind.IMAGE if type_ == "image" else MessageKind.DOCUMENT
        return {"kind": kind, "text": caption, "media": ref if is_image else None}
    if type_ == "interactive":
        return _interactive(_object(raw, "interactive"))
    if type_ == "button":
        # A quick-reply button on a template message: `payload` is what we set.
        button = _object(raw, "button")
        payload = _optional_str(button, "payload")
        text = _optional_str(button, "text") or ""
        if payload is None:
            raise _Skip("button message without button.payload")
        return {"kind": MessageKind.BUTTON, "button": ButtonReply(payload, text)}
    if type_ == "audio":
        audio = raw.get("audio")
        voice = isinstance(audio, Mapping) and audio.get("voice") is True
        return {"kind": MessageKind.VOICE if voice else MessageKind.AUDIO}
    if type_ == "video":
        video = raw.get("video")
        return {"kind": MessageKind.VIDEO, "text": _caption(video)}
    return {"kind": simple.get(type_, MessageKind.OTHER)}


def _interactive(interactive: Mapping[str, Any]) -> dict[str, Any]:
    reply_type = interactive.get("type")
    if reply_type in ("button_reply", "list_reply"):
        reply = interactive.get(reply_type)
        if not isinstance(reply, Mapping):
            raise _Skip(f"interactive {reply_type} without its object")
        reply_id = _required_str(reply, "id", where=f"{reply_type}.id")
        title = _optional_str(reply, "title") or ""
        return {"kind": MessageKind.BUTTON, "button": ButtonReply(reply_id, title)}
    return {"kind": MessageKind.OTHER}


def _status(raw: Any, number: str) -> WhatsAppStatus:
    if not isinstance(raw, Mapping):
        raise _Skip("not an object")
    message_id = _required_str(raw, "id")
    status_name = _required_str(raw, "status")
    try:
        status = DeliveryStatus(status_name)
    except ValueError:
        raise _Skip(f"status {_short(status_name)} is not handled") from None
    error_code: int | None = None
    error_title: str | None = None
    errors = raw.get("errors")
    if isinstance(errors, list) and errors and isinstance(errors[0], Mapping):
        code = errors[0].get("code")
        if isinstance(code, int) and not isinstance(code, bool):
            error_code = code
        title = errors[0].get("title") or errors[0].get("message")
        error_title = title if isinstance(title, str) else None
    return WhatsAppStatus(
        message_id=message_id,
        phone_number_id=number,
        status=status,
        timestamp=_timestamp(raw),
        recipient_id=_optional_str(raw, "recipient_id"),
        error_code=error_code,
        error_title=error_title,
    )


# --------------------------------------------------------------------------------------------
# Field readers


def _object(raw: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = raw.get(key)
    if not isinstance(value, Mapping):
        raise _Skip(f"no {key} object")
    return value


def _required_str(raw: Mapping[str, Any], key: str, *, where: str | None = None) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value:
        raise _Skip(f"no {where or key}")
    return value


def _optional_str(raw: Mapping[str, Any], key: str) -> str | None:
    value = raw.get(key)
    return value if isinstance(value, str) and value else None


def _caption(media: Any) -> str:
    caption = media.get("caption") if isinstance(media, Mapping) else None
    return caption if isinstance(caption, str) else ""


def _timestamp(raw: Mapping[str, Any]) -> datetime:
    """Meta sends Unix seconds as a decimal string."""
    value = raw.get("timestamp")
    if isinstance(value, str) and value.isascii() and value.isdigit():
        seconds = int(value)
    elif isinstance(value, int) and not isinstance(value, bool):
        seconds = value
    else:
        raise _Skip("no valid timestamp")
    if not 0 <= seconds <= _MAX_TIMESTAMP:
        raise _Skip("timestamp out of range")
    return datetime.fromtimestamp(seconds, UTC)


def _error_summary(raw: Any) -> str:
    if not isinstance(raw, Mapping):
        return "(not an object)"
    return f"{_short(raw.get('code'))}: {_short(raw.get('title') or raw.get('message'))}"


def _short(value: Any) -> str:
    """A value for a reason line, cut short (reasons are logged; they must stay small)."""
    text = repr(value)
    if len(text) > _MAX_REASON_VALUE_CHARS:
        return text[: _MAX_REASON_VALUE_CHARS - 3] + "..."
    return text
