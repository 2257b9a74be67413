"""The channel-neutral inbound message: what every channel adapter turns a platform update into.

Adapters validate once, at the edge: nothing past this value knows python-telegram-bot objects or
WhatsApp JSON. `user_id` is the platform's id; it is used to derive the voter's pseudonym and to
check fact-checker rights, and it is never stored or logged as such.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

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
