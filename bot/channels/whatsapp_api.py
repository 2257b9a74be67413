"""A small WhatsApp Cloud API (Graph API) client on aiohttp: send messages, fetch voters' media.

Only what the tip-line needs: text, reply buttons, list menus, templates, mark-as-read, media
id -> URL -> bytes, and pictures uploaded and sent (the desk's `/show`). It never retries a send
itself (the outbox does, and a send that timed out may still have been delivered); the one retry
it makes is fetching a fresh media URL when the old one expired.

Failures are the error tree of `whatsapp_errors` (re-exported here). The access token is never
put in a URL, a log line or an exception message (Graph's own error texts are scrubbed of it).

The message limits and the checks on ids are in `whatsapp_limits`; the media values
(`MediaInfo`, `MediaFile`) and the download's size guard are in `whatsapp_media`. This module
is the client itself: building requests, the HTTP calls and decoding Graph's answers.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Mapping, Sequence
from types import TracebackType
from typing import Any, Final, Self

from aiohttp import ClientError, ClientSession, ClientTimeout, FormData

from bot.channels.whatsapp_errors import (
    OUTSIDE_WINDOW_CODE,
    TRANSIENT_CODES,
    GraphAPIError,
    MediaDownloadError,
    MediaTooLargeError,
    OutsideWindowError,
    WhatsAppAPIError,
    WhatsAppNetworkError,
    is_transient_graph_error,
    send_error_for,
)
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
    PHONE_NUMBER_ID,
    RECIPIENT,
    UPLOAD_TYPES,
    check_length,
)
from bot.channels.whatsapp_media import (
    DOWNLOAD_CHUNK_BYTES,
    EXPIRED_URL_STATUSES,
    SHA256_HEX,
    ExpiredURL,
    MediaFile,
    MediaInfo,
    refuse_if_larger,
)
from bot.platform_endpoints import GRAPH_API_VERSION, WHATSAPP_API_BASE_URL

log = logging.getLogger(__name__)

DEFAULT_BASE_URL: Final = WHATSAPP_API_BASE_URL

_MAX_ERROR_TEXT_CHARS: Final = 300


# --------------------------------------------------------------------------------------------
# Client


class WhatsAppClient:
    """Calls the Cloud API as one business phone number.

    `base_url` includes the Graph version (`DEFAULT_BASE_URL`); tests point it at a fake server.
    The aiohttp session is made on first use by `session_factory` (default: a plain
    `ClientSession`) and closed by `close()` or leaving `async with`.
    """

    def __init__(
        self,
        base_url: str,
        phone_number_id: str,
        access_token: str,
        *,
        session_factory: Callable[[], ClientSession] | None = None,
        request_timeout_s: float = 20.0,
        download_timeout_s: float = 60.0,
    ) -> None:
        if not base_url.startswith(("https://", "http://")):
            raise ValueError(f"base_url must be an http(s) URL, got {base_url!r}")
        if not PHONE_NUMBER_ID.fullmatch(phone_number_id):
            raise ValueError(f"phone_number_id must be digits, got {phone_number_id!r}")
        if not access_token:
            raise ValueError("access_token is empty")
        self.base_url = base_url.rstrip("/")
        self.phone_number_id = phone_number_id
        self._token = access_token
        self._session_factory = session_factory or ClientSession
        self._session: ClientSession | None = None
        self._request_timeout = ClientTimeout(total=request_timeout_s)
        self._download_timeout = ClientTimeout(total=download_timeout_s)

    def __repr__(self) -> str:
        return f"WhatsAppClient({self.base_url!r}, phone_number_id={self.phone_number_id!r})"

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the session (a later call opens a new one)."""
        session, self._session = self._session, None
        if session is not None:
            await session.close()

    async def phone_number(self) -> Mapping[str, Any]:
        """Graph's record of our business phone number (`/healthz` asks it: a cheap read that
        needs a valid token)."""
        return await self._graph("GET", f"{self.phone_number_id}?fields=id", None)

    # ---------------------------------------------------------------- sending

    async def send_text(
        self, to: str, body: str, *, preview_url: bool = False, reply_to: str | None = None
    ) -> str:
        """Send a text message; returns its `wamid`. `reply_to` quotes one of the voter's."""
        check_length("body", body, MAX_TEXT_CHARS)
        payload = self._message(to, "text", reply_to)
        payload["text"] = {"body": body, "preview_url": preview_url}
        return await self._send(payload)

    async def send_buttons(
        self,
        to: str,
        body: str,
        buttons: Sequence[tuple[str, str]],
        *,
        reply_to: str | None = None,
    ) -> str:
        """Send text with up to three reply buttons, each `(id, title)`; returns the `wamid`.
        The voter's tap comes back as a webhook message with `button_reply.id`."""
        check_length("body", body, MAX_BUTTON_BODY_CHARS)
        if not 1 <= len(buttons) <= MAX_BUTTONS:
            raise ValueError(f"{len(buttons)} buttons: WhatsApp allows 1 to {MAX_BUTTONS}")
        for button_id, title in buttons:
            check_length("button id", button_id, MAX_BUTTON_ID_CHARS)
            check_length("button title", title, MAX_BUTTON_TITLE_CHARS)
        if len({b[0] for b in buttons}) < len(buttons) or len({b[1] for b in buttons}) < len(
            buttons
        ):
            raise ValueError("button ids and titles must each be unique")
        payload = self._message(to, "interactive", reply_to)
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
        return await self._send(payload)

    async def send_list(
        self,
        to: str,
        body: str,
        button_label: str,
        rows: Sequence[tuple[str, str]],
        *,
        reply_to: str | None = None,
    ) -> str:
        """Send text with a menu of up to ten rows, each `(id, title)`, opened by a button
        labelled `button_label`; returns the `wamid`. A chosen row comes back as `list_reply`."""
        check_length("body", body, MAX_BUTTON_BODY_CHARS)
        check_length("list button label", button_label, MAX_BUTTON_TITLE_CHARS)
        if not 1 <= len(rows) <= MAX_LIST_ROWS:
            raise ValueError(f"{len(rows)} rows: WhatsApp allows 1 to {MAX_LIST_ROWS}")
        for row_id, title in rows:
            check_length("row id", row_id, MAX_BUTTON_ID_CHARS)
            check_length("row title", title, MAX_LIST_ROW_TITLE_CHARS)
        if len({row[0] for row in rows}) < len(rows):
            raise ValueError("row ids must be unique")
        payload = self._message(to, "interactive", reply_to)
        payload["interactive"] = {
            "type": "list",
            "body": {"text": body},
            "action": {
                "button": button_label,
                "sections": [{"rows": [{"id": row_id, "title": title} for row_id, title in rows]}],
            },
        }
        return await self._send(payload)

    async def send_template(
        self, to: str, name: str, language_code: str, parameters: Sequence[str] = ()
    ) -> str:
        """Send an approved template (the only kind allowed outside the 24-hour window), its
        body variables filled in order; returns the `wamid`."""
        if not name:
            raise ValueError("template name is empty")
        if not LANGUAGE_CODE.fullmatch(language_code):
            raise ValueError(f"template language must look like 'pt_BR', got {language_code!r}")
        template: dict[str, Any] = {"name": name, "language": {"code": language_code}}
        if parameters:
            template["components"] = [
                {"type": "body", "parameters": [{"type": "text", "text": p} for p in parameters]}
            ]
        payload = self._message(to, "template", None)
        payload["template"] = template
        return await self._send(payload)

    async def upload_media(self, data: bytes, mime_type: str) -> str:
        """Upload a picture (JPEG or PNG, at most 5 MB) to send; returns its media id."""
        if mime_type not in UPLOAD_TYPES:
            raise ValueError(f"WhatsApp images are JPEG or PNG, not {mime_type!r}")
        if not 0 < len(data) <= MAX_UPLOAD_BYTES:
            raise ValueError(f"an image of {len(data)} bytes; WhatsApp allows 1 to 5 MB")
        form = FormData()
        form.add_field("messaging_product", "whatsapp")
        form.add_field("type", mime_type)
        suffix = "png" if mime_type == "image/png" else "jpg"
        form.add_field("file", data, filename=f"picture.{suffix}", content_type=mime_type)
        answer = await self._graph("POST", f"{self.phone_number_id}/media", form)
        media_id = answer.get("id")
        if not isinstance(media_id, str) or not MEDIA_ID.fullmatch(media_id):
            raise GraphAPIError(200, None, "the upload answer carries no media id")
        return media_id

    async def send_image(self, to: str, media_id: str, caption: str = "") -> str:
        """Send an uploaded picture (`upload_media`), with a caption; returns the `wamid`."""
        if not MEDIA_ID.fullmatch(media_id):
            raise ValueError(f"not a media id: {media_id[:40]!r}")
        if len(caption) > MAX_CAPTION_CHARS:
            raise ValueError(f"caption is {len(caption)} characters; WhatsApp allows 1024")
        payload = self._message(to, "image", None)
        payload["image"] = {"id": media_id, **({"caption": caption} if caption else {})}
        return await self._send(payload)

    async def mark_read(self, message_id: str) -> None:
        """Mark a voter's message as read (blue ticks)."""
        if not message_id:
            raise ValueError("message_id is empty")
        payload = {"messaging_product": "whatsapp", "status": "read", "message_id": message_id}
        await self._graph("POST", f"{self.phone_number_id}/messages", payload)

    def _message(self, to: str, type_: str, reply_to: str | None) -> dict[str, Any]:
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

    async def _send(self, payload: Mapping[str, Any]) -> str:
        data = await self._graph("POST", f"{self.phone_number_id}/messages", payload)
        messages = data.get("messages")
        if isinstance(messages, list) and messages and isinstance(messages[0], Mapping):
            message_id = messages[0].get("id")
            if isinstance(message_id, str) and message_id:
                return message_id
        # Accepted (2xx) but no id: do not retry, it may well have been sent.
        raise GraphAPIError(200, None, "the send answer carries no messages[0].id")

    # ---------------------------------------------------------------- media

    async def media_url(self, media_id: str) -> MediaInfo:
        """Look up a media id from a webhook: its short-lived download URL, type and size."""
        if not MEDIA_ID.fullmatch(media_id):
            raise ValueError(f"not a media id: {media_id[:40]!r}")
        data = await self._graph("GET", media_id, None)
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

    async def download_media(self, media_id: str, max_bytes: int) -> MediaFile:
        """The bytes of a voter's media, at most `max_bytes`.

        Refuses (`MediaTooLargeError`) on the declared `file_size` before downloading, on the
        response's Content-Length before reading, and while streaming, so an oversized file is
        never read whole. An expired URL is replaced by a fresh one, once.
        """
        if max_bytes <= 0:
            raise ValueError("max_bytes must be positive")
        info = await self.media_url(media_id)
        try:
            return await self._download(info, max_bytes)
        except ExpiredURL as expired:
            log.info("a media URL answered %s; fetching a fresh one", expired.status)
        info = await self.media_url(media_id)
        try:
            return await self._download(info, max_bytes)
        except ExpiredURL as expired:
            raise MediaDownloadError(
                f"media {media_id}: a fresh URL also answered {expired.status}",
                status=expired.status,
            ) from None

    async def _download(self, info: MediaInfo, max_bytes: int) -> MediaFile:
        refuse_if_larger(info.media_id, info.file_size, max_bytes, "declared")
        buffer = bytearray()
        try:
            async with self._open_session().get(
                info.url,
                headers=self._auth_headers(),
                timeout=self._download_timeout,
                max_redirects=3,  # aiohttp drops Authorization on a cross-origin redirect
            ) as response:
                if response.status in EXPIRED_URL_STATUSES:
                    raise ExpiredURL(response.status)
                if response.status >= 300:
                    raise MediaDownloadError(
                        f"media {info.media_id}: download answered {response.status}",
                        status=response.status,
                    )
                refuse_if_larger(info.media_id, response.content_length, max_bytes, "sent")
                async for chunk in response.content.iter_chunked(DOWNLOAD_CHUNK_BYTES):
                    buffer += chunk
                    refuse_if_larger(info.media_id, len(buffer), max_bytes, "streamed")
        except TimeoutError:
            raise WhatsAppNetworkError(f"media {info.media_id}: download timed out") from None
        except ClientError as error:
            raise self._network_error(f"media {info.media_id}: download", error) from None
        data = bytes(buffer)
        declared = info.sha256.lower() if info.sha256 else ""
        if SHA256_HEX.fullmatch(declared) and hashlib.sha256(data).hexdigest() != declared:
            raise MediaDownloadError(
                f"media {info.media_id}: the bytes do not match the declared sha256", status=None
            )
        return MediaFile(media_id=info.media_id, mime_type=info.mime_type, data=data)

    # ---------------------------------------------------------------- HTTP

    def _open_session(self) -> ClientSession:
        if self._session is None or self._session.closed:
            self._session = self._session_factory()
        return self._session

    def _auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._token}"}

    async def _graph(
        self, method: str, path: str, payload: Mapping[str, Any] | FormData | None
    ) -> Mapping[str, Any]:
        """One Graph request (a JSON body, or a form for an upload); the decoded JSON object of
        a 2xx answer, else a raised error."""
        url = f"{self.base_url}/{path}"
        body = {"data": payload} if isinstance(payload, FormData) else {"json": payload}
        try:
            async with self._open_session().request(
                method,
                url,
                **body,
                headers=self._auth_headers(),
                timeout=self._request_timeout,
                allow_redirects=False,
            ) as response:
                status = response.status
                retry_after = response.headers.get("Retry-After")
                raw = await response.read()
        except TimeoutError:
            raise WhatsAppNetworkError(f"{method} /{path} timed out") from None
        except ClientError as error:
            # Not chained: some aiohttp errors keep the request headers, token included.
            raise self._network_error(f"{method} /{path}", error) from None
        data = _json_object(raw)
        if 200 <= status < 300 and data is not None:
            return data
        raise self._graph_error(status, data, raw, _seconds(retry_after))

    def _graph_error(
        self,
        status: int,
        data: Mapping[str, Any] | None,
        raw: bytes,
        retry_after_s: float | None,
    ) -> GraphAPIError:
        error = data.get("error") if data is not None else None
        if not isinstance(error, Mapping):
            text = raw[:_MAX_ERROR_TEXT_CHARS].decode("utf-8", "replace").strip()
            what = "a non-JSON answer" if data is None else "no error object"
            message = f"{what}: {text!r}" if text else what
            return GraphAPIError(status, None, self._scrub(message), retry_after_s=retry_after_s)
        error_data = error.get("error_data")
        details = error_data.get("details") if isinstance(error_data, Mapping) else None
        code = _int_or_none(error.get("code"))
        cls = OutsideWindowError if code == OUTSIDE_WINDOW_CODE else GraphAPIError
        return cls(
            status,
            code,
            self._scrub(str(error.get("message") or "no message")),
            subcode=_int_or_none(error.get("error_subcode")),
            error_type=_str_or_none(error.get("type")),
            details=self._scrub(details) if isinstance(details, str) else None,
            fbtrace_id=_str_or_none(error.get("fbtrace_id")),
            retry_after_s=retry_after_s,
        )

    def _network_error(self, what: str, error: ClientError) -> WhatsAppNetworkError:
        return WhatsAppNetworkError(self._scrub(f"{what} failed: {type(error).__name__}: {error}"))

    def _scrub(self, text: str) -> str:
        """Graph texts are ours to log; make sure the token can never ride along."""
        return text.replace(self._token, "[access token]")[:_MAX_ERROR_TEXT_CHARS]


def _json_object(raw: bytes) -> Mapping[str, Any] | None:
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _seconds(header: str | None) -> float | None:
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


__all__ = [
    "DEFAULT_BASE_URL",
    "GRAPH_API_VERSION",
    "OUTSIDE_WINDOW_CODE",
    "TRANSIENT_CODES",
    "GraphAPIError",
    "MediaDownloadError",
    "MediaTooLargeError",
    "OutsideWindowError",
    "WhatsAppAPIError",
    "WhatsAppClient",
    "WhatsAppNetworkError",
    "is_transient_graph_error",
    "send_error_for",
]
