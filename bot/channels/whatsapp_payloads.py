"""The requests `WhatsAppClient` sends, built and checked before any HTTP call: the JSON body of
each message kind (text, reply buttons, list menu, template, picture), a read receipt, and the
form of a picture upload.

Kept apart from the client (`whatsapp_api`) because building a request is pure: no session, no
token, no network. A request that breaks one of WhatsApp's limits (`whatsapp_limits`) raises
`ValueError` here, before anything is sent.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from aiohttp import FormData

from bot.channels.whatsapp_limits import (
    LANGUAGE_CODE,
    MAX_BUTTON_BODY_CHARS,
    MAX_BUTTON_ID_CHARS,
    MAX_BUTTON_TITLE_CHARS,
    MAX_BUTTONS,
    MAX_CAPTION_CHARS,
    MAX_LIST_ROW_TITLE_CHARS,
    MAX_LIST_ROWS,
    MAX_TEXT_CHARS,
    MAX_UPLOAD_BYTES,
    MEDIA_ID,
    RECIPIENT,
    UPLOAD_TYPES,
    check_length,
)


def text_message(to: str, body: str, *, preview_url: bool, reply_to: str | None) -> dict[str, Any]:
    """A text message; `reply_to` quotes one of the voter's."""
    check_length("body", body, MAX_TEXT_CHARS)
    payload = message(to, "text", reply_to)
    payload["text"] = {"body": body, "preview_url": preview_url}
    return payload


def buttons_message(
    to: str, body: str, buttons: Sequence[tuple[str, str]], *, reply_to: str | None
) -> dict[str, Any]:
    """Text with up to three reply buttons, each `(id, title)`."""
    check_length("body", body, MAX_BUTTON_BODY_CHARS)
    if not 1 <= len(buttons) <= MAX_BUTTONS:
        raise ValueError(f"{len(buttons)} buttons: WhatsApp allows 1 to {MAX_BUTTONS}")
    for button_id, title in buttons:
        check_length("button id", button_id, MAX_BUTTON_ID_CHARS)
        check_length("button title", title, MAX_BUTTON_TITLE_CHARS)
    if len({b[0] for b in buttons}) < len(buttons) or len({b[1] for b in buttons}) < len(buttons):
        raise ValueError("button ids and titles must each be unique")
    payload = message(to, "interactive", reply_to)
    payload["interactive"] = {
        "type": "button",
        "body": {"text": body},
        "action": {
            "buttons": [
                {"type": "reply", "reply": {"id": button_id, "title": title}}
                for button_id, title in buttons
            ]
        },
    }
    return payload


def list_message(
    to: str,
    body: str,
    button_label: str,
    rows: Sequence[tuple[str, str]],
    *,
    reply_to: str | None,
) -> dict[str, Any]:
    """Text with a menu of up to ten rows, each `(id, title)`, opened by a button labelled
    `button_label`."""
    check_length("body", body, MAX_BUTTON_BODY_CHARS)
    check_length("list button label", button_label, MAX_BUTTON_TITLE_CHARS)
    if not 1 <= len(rows) <= MAX_LIST_ROWS:
        raise ValueError(f"{len(rows)} rows: WhatsApp allows 1 to {MAX_LIST_ROWS}")
    for row_id, title in rows:
        check_length("row id", row_id, MAX_BUTTON_ID_CHARS)
        check_length("row title", title, MAX_LIST_ROW_TITLE_CHARS)
    if len({row[0] for row in rows}) < len(rows):
        raise ValueError("row ids must be unique")
    payload = message(to, "interactive", reply_to)
    payload["interactive"] = {
        "type": "list",
        "body": {"text": body},
        "action": {
            "button": button_label,
            "sections": [{"rows": [{"id": row_id, "title": title} for row_id, title in rows]}],
        },
    }
    return payload


def template_message(
    to: str, name: str, language_code: str, parameters: Sequence[str]
) -> dict[str, Any]:
    """An approved template, its body variables filled in order."""
    if not name:
        raise ValueError("template name is empty")
    if not LANGUAGE_CODE.fullmatch(language_code):
        raise ValueError(f"template language must look like 'pt_BR', got {language_code!r}")
    template: dict[str, Any] = {"name": name, "language": {"code": language_code}}
    if parameters:
        template["components"] = [
            {"type": "body", "parameters": [{"type": "text", "text": p} for p in parameters]}
        ]
    payload = message(to, "template", None)
    payload["template"] = template
    return payload


def image_message(to: str, media_id: str, caption: str) -> dict[str, Any]:
    """An uploaded picture, by its media id, with a caption (none when empty)."""
    if not MEDIA_ID.fullmatch(media_id):
        raise ValueError(f"not a media id: {media_id[:40]!r}")
    if len(caption) > MAX_CAPTION_CHARS:
        raise ValueError(f"caption is {len(caption)} characters; WhatsApp allows 1024")
    payload = message(to, "image", None)
    payload["image"] = {"id": media_id, **({"caption": caption} if caption else {})}
    return payload


def read_receipt(message_id: str) -> dict[str, Any]:
    """The body that marks a voter's message as read."""
    if not message_id:
        raise ValueError("message_id is empty")
    return {"messaging_product": "whatsapp", "status": "read", "message_id": message_id}


def upload_form(data: bytes, mime_type: str) -> FormData:
    """The multipart form of a picture upload (JPEG or PNG, at most 5 MB)."""
    if mime_type not in UPLOAD_TYPES:
        raise ValueError(f"WhatsApp images are JPEG or PNG, not {mime_type!r}")
    if not 0 < len(data) <= MAX_UPLOAD_BYTES:
        raise ValueError(f"an image of {len(data)} bytes; WhatsApp allows 1 to 5 MB")
    form = FormData()
    form.add_field("messaging_product", "whatsapp")
    form.add_field("type", mime_type)
    suffix = "png" if mime_type == "image/png" else "jpg"
    form.add_field("file", data, filename=f"picture.{suffix}", content_type=mime_type)
    return form


def message(to: str, type_: str, reply_to: str | None) -> dict[str, Any]:
    """The fields every message shares: to whom, of which type, quoting which message."""
    if not RECIPIENT.fullmatch(to):
        raise ValueError("recipient must be a WhatsApp id (digits)")  # never echo a number
    payload: dict[str, Any] = {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": to,
        "type": type_,
    }
    if reply_to:
        payload["context"] = {"message_id": reply_to}
    return payload
