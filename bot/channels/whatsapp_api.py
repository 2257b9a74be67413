"""A small WhatsApp Cloud API (Graph API) client on aiohttp: send messages, fetch voters' media.

Only what the tip-line needs: text, reply buttons, list menus, templates, mark-as-read, media
id -> URL -> bytes, and pictures uploaded and sent (the desk's `/show`). It never retries a send
itself (the outbox does, and a send that timed out may still have been delivered); the one retry
it makes is fetching a fresh media URL when the old one expired.

Failures are the error tree of `whatsapp_errors` (re-exported here). The access token is never
put in a URL, a log line or an exception message (Graph's own error texts are scrubbed of it).

The message limits and the checks on ids are in `whatsapp_limits`; the request bodies, built and
checked before any call, in `whatsapp_payloads`; the reading of Graph's answers and errors in
`whatsapp_answers`; the media values (`MediaInfo`, `MediaFile`) and the download's size guard in
`whatsapp_media`. This module is the client itself: the session, the HTTP calls and the download.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Mapping, Sequence
from types import TracebackType
from typing import Any, Final, Self

from aiohttp import ClientError, ClientSession, ClientTimeout, FormData

from bot.channels.whatsapp_answers import (
    MAX_ERROR_TEXT_CHARS,
    graph_error,
    json_object,
    media_info,
    retry_after_seconds,
    sent_message_id,
    uploaded_media_id,
)
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
from bot.channels.whatsapp_limits import MEDIA_ID, PHONE_NUMBER_ID
from bot.channels.whatsapp_media import (
    DOWNLOAD_CHUNK_BYTES,
    EXPIRED_URL_STATUSES,
    SHA256_HEX,
    ExpiredURL,
    MediaFile,
    MediaInfo,
    refuse_if_larger,
)
from bot.channels.whatsapp_payloads import (
    buttons_message,
    image_message,
    list_message,
    read_receipt,
    template_message,
    text_message,
    upload_form,
)
from bot.platform_endpoints import GRAPH_API_VERSION, WHATSAPP_API_BASE_URL

log = logging.getLogger(__name__)

DEFAULT_BASE_URL: Final = WHATSAPP_API_BASE_URL

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
        return await self._send(text_message(to, body, preview_url=preview_url, reply_to=reply_to))

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
        return await self._send(buttons_message(to, body, buttons, reply_to=reply_to))

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
        return await self._send(list_message(to, body, button_label, rows, reply_to=reply_to))

    async def send_template(
        self, to: str, name: str, language_code: str, parameters: Sequence[str] = ()
    ) -> str:
        """Send an approved template (the only kind allowed outside the 24-hour window), its
        body variables filled in order; returns the `wamid`."""
        return await self._send(template_message(to, name, language_code, parameters))

    async def upload_media(self, data: bytes, mime_type: str) -> str:
        """Upload a picture (JPEG or PNG, at most 5 MB) to send; returns its media id."""
        form = upload_form(data, mime_type)
        answer = await self._graph("POST", f"{self.phone_number_id}/media", form)
        return uploaded_media_id(answer)

    async def send_image(self, to: str, media_id: str, caption: str = "") -> str:
        """Send an uploaded picture (`upload_media`), with a caption; returns the `wamid`."""
        return await self._send(image_message(to, media_id, caption))

    async def mark_read(self, message_id: str) -> None:
        """Mark a voter's message as read (blue ticks)."""
        payload = read_receipt(message_id)
        await self._graph("POST", f"{self.phone_number_id}/messages", payload)

    async def _send(self, payload: Mapping[str, Any]) -> str:
        data = await self._graph("POST", f"{self.phone_number_id}/messages", payload)
        return sent_message_id(data)

    # ---------------------------------------------------------------- media

    async def media_url(self, media_id: str) -> MediaInfo:
        """Look up a media id from a webhook: its short-lived download URL, type and size."""
        if not MEDIA_ID.fullmatch(media_id):
            raise ValueError(f"not a media id: {media_id[:40]!r}")
        return media_info(media_id, await self._graph("GET", media_id, None))

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
        data = json_object(raw)
        if 200 <= status < 300 and data is not None:
            return data
        raise graph_error(status, data, raw, retry_after_seconds(retry_after), self._scrub)

    def _network_error(self, what: str, error: ClientError) -> WhatsAppNetworkError:
        return WhatsAppNetworkError(self._scrub(f"{what} failed: {type(error).__name__}: {error}"))

    def _scrub(self, text: str) -> str:
        """Graph texts are ours to log; make sure the token can never ride along."""
        return text.replace(self._token, "[access token]")[:MAX_ERROR_TEXT_CHARS]


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
