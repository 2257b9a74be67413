"""The channel-neutral inbound message: what every channel adapter turns a platform update into.

Adapters validate once, at the edge: nothing past this value knows python-telegram-bot objects or
WhatsApp JSON. What the inbox stores until a message is handled is a `PendingMessage` (the message
before its media is downloaded) or a `PendingButton`, encoded by `encode_pending`: never the
platform's own payload, which names the voter. `user_id` is the platform's id; it is used to
derive the voter's pseudonym and to check fact-checker rights, and it is never stored or logged
as such (only in the inbox's pending payload, dropped once the message is handled).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace
from enum import StrEnum
from typing import Any

from bot.text_cleaning import clean_optional, clean_text, visible_or_empty

# Media larger than this is never downloaded: the voter is told the limit (MediaProblem.TOO_LARGE).
# It is the Bot API's own download limit, and the same on every channel so the answer is too.
MEDIA_LIMIT_BYTES = 20_000_000


class MediaProblem(StrEnum):
    """Why media in a tip could not be used: the one list (the voter is told which, and the
    tip records it)."""

    # Found by the channel, before the media is looked at.
    TOO_LARGE = "too_large"  # over the platform's download limit: never downloaded
    UNSUPPORTED = "unsupported"  # a sticker, voice note, location, contact, poll, video...
    ANIMATED = "animated"  # a GIF the platform turned into a video
    DOWNLOAD_FAILED = "download_failed"  # the platform would not give us the file
    # Found when the picture is examined.
    LOW_DETAIL = "low_detail"
    TEXT_ONLY = "text_only"  # a screenshot of text whose text could not be read
    IMAGE_TOO_LARGE = "image_too_large"
    NOT_AN_IMAGE = "not_an_image"


@dataclass(frozen=True)
class InboundMessage:
    """One message (or a whole album) from one person, ready for the conversation."""

    channel: str
    external_id: str  # unique per channel: the platform's message (or album) id
    user_id: str
    address: str  # where replies go (a chat id); stored for replying, never exported
    text: str = ""
    images: tuple[bytes, ...] = ()
    media_problem: MediaProblem | None = None
    media_kind: str | None = None  # e.g. "sticker", "voice", for the record
    language_hint: str | None = None  # the platform's own guess (Telegram's language_code)
    region_language: str | None = None  # weaker: a language of the phone number's country
    forwarded: bool = False
    frequently_forwarded: bool = False  # WhatsApp: forwarded through many chats
    in_group: bool = False  # sent in the fact-checkers' group rather than a private chat


@dataclass(frozen=True)
class ButtonPress:
    """A voter pressed an inline button (e.g. the language picker)."""

    channel: str
    user_id: str
    address: str
    data: str
    language_hint: str | None = None
    region_language: str | None = None


@dataclass(frozen=True)
class MediaRef:
    """Media to download when the message is handled: the platform's file id and the size it
    declared (None when it declared none)."""

    file_id: str
    declared_size: int | None = None


@dataclass(frozen=True)
class PendingMessage:
    """A message as the inbox keeps it until it is handled: `message` without its pictures
    (`images` is empty), and where to fetch them."""

    message: InboundMessage
    media: MediaRef | None = None
    album: str | None = None  # the platform's album id: the parts are handled as one message


@dataclass(frozen=True)
class PendingButton:
    """A button press as the inbox keeps it; `acknowledge` is the platform's id for telling it
    the press was seen (Telegram's callback query id)."""

    press: ButtonPress
    acknowledge: str | None = None


Pending = PendingMessage | PendingButton


class PendingPayloadError(ValueError):
    """A stored payload is not one `encode_pending` wrote."""


def encode_pending(pending: Pending) -> str:
    """The JSON the inbox stores for `pending`."""
    if isinstance(pending, PendingButton):
        return json.dumps({"button": _fields(pending.press), "acknowledge": pending.acknowledge})
    message = _fields(pending.message)
    del message["images"]  # none yet: media is fetched when the message is handled
    media = _fields(pending.media) if pending.media is not None else None
    return json.dumps({"message": message, "media": media, "album": pending.album})


def _fields(value: Any) -> dict[str, Any]:
    """A flat dataclass's fields (`dataclasses.asdict` deep-copies: 5x slower on a big POST)."""
    return {field.name: getattr(value, field.name) for field in fields(value)}


def decode_pending(payload: str) -> Pending:
    """The value `encode_pending` stored; `PendingPayloadError` for anything else."""
    try:
        data: dict[str, Any] = json.loads(payload)
        if "button" in data:
            return PendingButton(ButtonPress(**data["button"]), data.get("acknowledge"))
        fields: dict[str, Any] = dict(data["message"])
        if fields.get("media_problem") is not None:
            fields["media_problem"] = MediaProblem(fields["media_problem"])
        media = data.get("media")
        return PendingMessage(
            InboundMessage(**fields),
            MediaRef(**media) if media is not None else None,
            data.get("album"),
        )
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise PendingPayloadError(f"not a pending message ({type(error).__name__})") from error


def clean_pending(pending: Pending) -> Pending:
    """`pending` with every text cleaned (`bot.text_cleaning`): ids and addresses lose control
    characters and unpaired surrogates, and a message text that shows nothing becomes "" (the
    empty-message reply). What a channel stores goes through this first."""
    if isinstance(pending, PendingButton):
        press = pending.press
        return PendingButton(
            replace(
                press,
                user_id=clean_text(press.user_id),
                address=clean_text(press.address),
                data=clean_text(press.data),
                language_hint=clean_optional(press.language_hint),
                region_language=clean_optional(press.region_language),
            ),
            clean_optional(pending.acknowledge),
        )
    message = pending.message
    media = pending.media
    return PendingMessage(
        replace(
            message,
            external_id=clean_text(message.external_id),
            user_id=clean_text(message.user_id),
            address=clean_text(message.address),
            text=visible_or_empty(message.text),
            media_kind=clean_optional(message.media_kind),
            language_hint=clean_optional(message.language_hint),
            region_language=clean_optional(message.region_language),
        ),
        replace(media, file_id=clean_text(media.file_id)) if media is not None else None,
        clean_optional(pending.album),
    )
