"""What the WhatsApp Cloud API accepts in a request: message limits and the checks on ids.

The client checks every request against these before sending it, so a message WhatsApp would
refuse fails here with a `ValueError` instead of costing a round trip (and a 4xx the outbox would
have to classify). The channel also uses the limits to cut its replies to fit. Kept apart from the
client so that callers can read the limits without the HTTP machinery.
"""

from __future__ import annotations

import re
from typing import Final

# Message limits from platforms.md 2.6 (pywa's `Button` and `send_message`).
MAX_TEXT_CHARS: Final = 4096
MAX_CAPTION_CHARS: Final = 1024
MAX_UPLOAD_BYTES: Final = 5_000_000  # an image WhatsApp will send
UPLOAD_TYPES: Final = frozenset({"image/jpeg", "image/png"})
MAX_BUTTONS: Final = 3
MAX_BUTTON_TITLE_CHARS: Final = 20
MAX_BUTTON_ID_CHARS: Final = 256
MAX_BUTTON_BODY_CHARS: Final = 1024
MAX_LIST_ROWS: Final = 10
MAX_LIST_ROW_TITLE_CHARS: Final = 24

RECIPIENT: Final = re.compile(r"\+?[0-9]{5,20}")
PHONE_NUMBER_ID: Final = re.compile(r"[0-9]{1,30}")
MEDIA_ID: Final = re.compile(r"[A-Za-z0-9_-]{1,128}")
LANGUAGE_CODE: Final = re.compile(r"[a-z]{2,3}(_[A-Za-z]{2,4})?")


def check_length(what: str, text: str, limit: int) -> None:
    if not text:
        raise ValueError(f"{what} is empty")
    if len(text) > limit:
        raise ValueError(f"{what} is {len(text)} characters; WhatsApp allows {limit}")


__all__ = [
    "LANGUAGE_CODE",
    "MAX_BUTTONS",
    "MAX_BUTTON_BODY_CHARS",
    "MAX_BUTTON_ID_CHARS",
    "MAX_BUTTON_TITLE_CHARS",
    "MAX_CAPTION_CHARS",
    "MAX_LIST_ROWS",
    "MAX_LIST_ROW_TITLE_CHARS",
    "MAX_TEXT_CHARS",
    "MAX_UPLOAD_BYTES",
    "MEDIA_ID",
    "PHONE_NUMBER_ID",
    "RECIPIENT",
    "UPLOAD_TYPES",
    "check_length",
]
