"""Reading Graph's answers for `WhatsAppClient`: the JSON object of a reply, what a send, an upload
or a media lookup answered, `Retry-After`, and an error answer as one of the `whatsapp_errors`
tree.

Kept apart from the client (`whatsapp_api`) because decoding is pure: it takes the status, headers
and bytes the client read and trusts none of them. Texts that reach an error pass through the
client's `scrub`, which removes the access token.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any, Final

from bot.channels.whatsapp_errors import OUTSIDE_WINDOW_CODE, GraphAPIError, OutsideWindowError
from bot.channels.whatsapp_limits import MEDIA_ID
from bot.channels.whatsapp_media import MediaInfo

MAX_ERROR_TEXT_CHARS: Final = 300


def sent_message_id(data: Mapping[str, Any]) -> str:
    """The `wamid` of a message Graph accepted."""
    messages = data.get("messages")
    if isinstance(messages, list) and messages and isinstance(messages[0], Mapping):
        message_id = messages[0].get("id")
        if isinstance(message_id, str) and message_id:
            return message_id
    # Accepted (2xx) but no id: do not retry, it may well have been sent.
    raise GraphAPIError(200, None, "the send answer carries no messages[0].id")


def uploaded_media_id(answer: Mapping[str, Any]) -> str:
    """The media id of a picture Graph accepted."""
    media_id = answer.get("id")
    if not isinstance(media_id, str) or not MEDIA_ID.fullmatch(media_id):
        raise GraphAPIError(200, None, "the upload answer carries no media id")
    return media_id


def media_info(media_id: str, data: Mapping[str, Any]) -> MediaInfo:
    """A media lookup's answer: the short-lived download URL, type and size."""
    url = data.get("url")
    if not isinstance(url, str) or not url.startswith(("https://", "http://")):
        raise GraphAPIError(200, None, "the media answer carries no http(s) url")
    mime_type = data.get("mime_type")
    sha256 = data.get("sha256")
    file_size = data.get("file_size")
    if isinstance(file_size, str) and file_size.isdigit():
        file_size = int(file_size)
    return MediaInfo(
        media_id=media_id,
        url=url,
        mime_type=mime_type if isinstance(mime_type, str) else "application/octet-stream",
        sha256=sha256 if isinstance(sha256, str) and sha256 else None,
        file_size=file_size
        if isinstance(file_size, int) and not isinstance(file_size, bool)
        else None,
    )


def graph_error(
    status: int,
    data: Mapping[str, Any] | None,
    raw: bytes,
    retry_after_s: float | None,
    scrub: Callable[[str], str],
) -> GraphAPIError:
    """The error a non-2xx (or non-JSON) answer stands for, its texts passed through `scrub`."""
    error = data.get("error") if data is not None else None
    if not isinstance(error, Mapping):
        text = raw[:MAX_ERROR_TEXT_CHARS].decode("utf-8", "replace").strip()
        what = "a non-JSON answer" if data is None else "no error object"
        message = f"{what}: {text!r}" if text else what
        return GraphAPIError(status, None, scrub(message), retry_after_s=retry_after_s)
    error_data = error.get("error_data")
    details = error_data.get("details") if isinstance(error_data, Mapping) else None
    code = _int_or_none(error.get("code"))
    cls = OutsideWindowError if code == OUTSIDE_WINDOW_CODE else GraphAPIError
    return cls(
        status,
        code,
        scrub(str(error.get("message") or "no message")),
        subcode=_int_or_none(error.get("error_subcode")),
        error_type=_str_or_none(error.get("type")),
        details=scrub(details) if isinstance(details, str) else None,
        fbtrace_id=_str_or_none(error.get("fbtrace_id")),
        retry_after_s=retry_after_s,
    )


def json_object(raw: bytes) -> Mapping[str, Any] | None:
    """The answer's body as a JSON object; None when it is not one."""
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def retry_after_seconds(header: str | None) -> float | None:
    """`Retry-After` in seconds (Graph rarely sends it; proxies in front of it may)."""
    if header is None:
        return None
    try:
        value = float(header.strip())
    except ValueError:
        return None
    return value if 0 <= value <= 86_400 else None


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None
