"""A fake WhatsApp Cloud API (Graph API) server, and builders for Meta's webhook payloads.

The fake is a real HTTP server (aiohttp) on 127.0.0.1 with an ephemeral port. Point the client at
``fake.base_url`` (what ``WHATSAPP_API_BASE_URL`` would be); nothing in the project is mocked.

    async with FakeGraphAPI() as fake:
        client = WhatsAppClient(fake.base_url, fake.phone_number_id, fake.access_token)
        media_id = fake.add_media(jpeg_bytes)
        payload = webhook_payload([image_message(VOTER, media_id, caption="is this real?")])
        assert await fake.deliver_webhook(f"{tipline_url}/webhooks/whatsapp", payload) == 200
        [reply] = await fake.wait_for_messages(VOTER)

What it imitates, as Meta does (platforms.md section 2):

* ``POST /{version}/{phone_number_id}/messages``: what ``WhatsAppClient`` sends (text, interactive
  reply buttons and list menus, templates with text body parameters, mark-as-read), validated
  like the Cloud API (``messaging_product``, ``to``, ``type``, text up to 4096 characters, 1 to 3
  buttons with unique titles up to 20 characters and ids up to 256, 1 to 10 list rows with titles
  up to 24, a button or list body up to 1024, registered templates with the right number of
  parameters, the 24-hour window when the test closes it); any other message type or interactive
  kind is refused as one the fake does not know; answers
  ``{"messaging_product", "contacts", "messages": [{"id"}]}``;
* ``POST /{version}/{phone_number_id}/media``: a picture uploaded to send (multipart:
  ``messaging_product``, ``type``, ``file``; JPEG or PNG up to 5 MB), answered ``{"id"}``; an
  ``image`` message then sends it by that id, with a caption up to 1024 characters
  (``SentMessage.media_id``; ``media_data`` gives the bytes);
* ``GET /{version}/{media_id}``: ``{"url", "mime_type", "sha256", "file_size", "id",
  "messaging_product"}``, a new URL on every call; the URL points back at this server
  (``/whatsapp_business/attachments/?mid=...&ext=...&hash=...``, shaped like Meta's lookaside),
  needs the same bearer token, and stops working when the test expires it;
* ``GET /{version}/{phone_number_id}``: the number's record (``id``, ``display_phone_number``);
* ``Authorization: Bearer <token>`` on every call: missing or wrong gives 401 with a Graph error;
* errors as Graph sends them: ``{"error": {"message", "type", "code", "error_subcode",
  "error_data": {"messaging_product", "details"}, "fbtrace_id"}}``, from validation or injected
  with ``fail_next``; a dropped connection or a request that never answers, on demand;
* webhooks: builders for the ``whatsapp_business_account`` envelope and every message and status
  shape the tip-line meets, a signer for ``X-Hub-Signature-256``, ``deliver_webhook`` that posts
  the body as Meta does (non-ASCII and ``/`` escaped, so only the raw bytes verify), and
  ``verify_webhook`` for the subscription handshake.

Error texts and statuses marked "approx." are plausible but were not confirmed against Meta.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import itertools
import json
import re
import secrets
import time
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, Literal

from aiohttp import ClientSession, ClientTimeout, web

from tests.fakes.local_server import LocalServer

JSONDict = dict[str, Any]

DEFAULT_VERSION: Final = "v23.0"
DEFAULT_ACCESS_TOKEN: Final = "EAAGtest0ACCESS0TOKEN0do0not0log"
DEFAULT_PHONE_NUMBER_ID: Final = "106540352242922"
DEFAULT_DISPLAY_PHONE_NUMBER: Final = "15550001111"
DEFAULT_WABA_ID: Final = "102290129340398"
DEFAULT_APP_SECRET: Final = "test-app-secret"
DEFAULT_VERIFY_TOKEN: Final = "test-verify-token"
DEFAULT_VOTER: Final = "5511999990000"

MAX_TEXT_CHARS: Final = 4096
MAX_BUTTONS: Final = 3
MAX_BUTTON_TITLE_CHARS: Final = 20
MAX_BUTTON_ID_CHARS: Final = 256
MAX_BUTTON_BODY_CHARS: Final = 1024
MAX_LIST_ROWS: Final = 10
MAX_LIST_ROW_TITLE_CHARS: Final = 24
MAX_CAPTION_CHARS: Final = 1024
MAX_UPLOAD_IMAGE_BYTES: Final = 5 * 1024 * 1024
UPLOAD_IMAGE_TYPES: Final = frozenset({"image/jpeg", "image/png"})

Endpoint = Literal["messages", "media", "download", "upload"]
ENDPOINTS: Final[tuple[Endpoint, ...]] = ("messages", "media", "download", "upload")
SignatureMode = Literal["valid", "missing", "wrong"]

_PATH_MESSAGES = re.compile(r"^/(?P<version>v\d+\.\d+)/(?P<node>[^/]+)/messages/?$")
_PATH_UPLOAD = re.compile(r"^/(?P<version>v\d+\.\d+)/(?P<node>[^/]+)/media/?$")
_PATH_NODE = re.compile(r"^/(?P<version>v\d+\.\d+)/(?P<node>[^/]+)/?$")
_PATH_DOWNLOAD = "/whatsapp_business/attachments/"
_RECIPIENT = re.compile(r"^\+?[0-9][0-9 ()-]{3,30}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(_[A-Za-z]{2,4})?$")

# Graph's wording for the errors the tip-line meets (Meta's error-code reference; pywa
# errors.py). The HTTP statuses Meta pairs them with are approx.
ERROR_TEXTS: Final[Mapping[int, tuple[str, str | None]]] = {
    1: ("An unknown error has occurred.", None),
    2: ("An unexpected error has occurred. Please retry your request later.", None),
    4: ("(#4) Application request limit reached", None),
    10: ("(#10) Application does not have permission for this action", None),
    100: ("(#100) Invalid parameter", None),
    104: ("An access token is required to request this resource.", None),
    190: ("Invalid OAuth access token - Cannot parse access token", None),
    80007: ("(#80007) Rate limit issues", None),
    130429: ("(#130429) Rate limit hit", "Cloud API message throughput has been reached."),
    131000: ("(#131000) Something went wrong", "Something went wrong"),
    131009: ("(#131009) Parameter value is not valid", None),
    131026: ("(#131026) Message undeliverable", "Message Undeliverable."),
    131047: (
        "(#131047) Re-engagement message",
        "Message failed to send because more than 24 hours have passed since the customer "
        "last replied to this number.",
    ),
    131048: (
        "(#131048) Spam rate limit hit",
        "Message failed to send because there are restrictions on how many messages can be "
        "sent from this phone number.",
    ),
    131056: (
        "(#131056) (Business Account, Consumer Account) pair rate limit hit",
        "Message failed to send because there were too many messages sent from this phone "
        "number to the same phone number in a short period of time.",
    ),
    132000: ("(#132000) Number of parameters does not match the expected number of params", None),
    132001: ("(#132001) Template name does not exist in the translation", None),
}
#: The Graph error code ``fail_next`` uses for a status when no code is given.
DEFAULT_CODE_FOR_STATUS: Final[Mapping[int, int]] = {
    400: 100,
    401: 190,
    403: 10,
    404: 100,
    429: 130429,
    500: 1,
    502: 1,
    503: 2,
}


# --------------------------------------------------------------------------------------------
# Records


@dataclass(frozen=True)
class SentMessage:
    """A message the fake accepted (the send answered 200 with ``message_id``)."""

    to: str  # the recipient's wa_id (digits only, as Meta normalises ``to``)
    message_id: str
    type: str  # "text", "interactive", "template" or "image"
    text: str  # the text body, the interactive body, an image's caption; "" for a template
    buttons: tuple[tuple[str, str], ...] = ()  # (id, title) of each reply button
    template: str | None = None
    language: str | None = None
    parameters: tuple[str, ...] = ()  # the template's body parameters, in order
    reply_to: str | None = None  # context.message_id
    preview_url: bool = False
    media_id: str | None = None  # an image's uploaded media (``media_data`` has its bytes)
    payload: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)
    #: When the fake accepted it (``time.monotonic()``): reply latency in load tests.
    received_at: float = field(default_factory=time.monotonic, compare=False, repr=False)

    @property
    def button_ids(self) -> list[str]:
        return [button_id for button_id, _ in self.buttons]


@dataclass(frozen=True)
class GraphRequest:
    """A request the fake received, whatever it answered."""

    endpoint: str  # "messages", "media", "download" or "unknown"
    method: str
    path: str
    query: Mapping[str, str]
    body: Any  # decoded JSON for POSTs (None if absent or not JSON)
    authorization: str | None  # the raw header, to check how the token was sent


@dataclass(frozen=True)
class RejectedRequest:
    """A request answered with an error (validation, auth, injection, expiry)."""

    endpoint: str
    status: int
    code: int | None
    message: str
    body: Any


@dataclass(frozen=True)
class StoredMedia:
    """A file the fake serves through the media endpoints."""

    media_id: str
    data: bytes = field(repr=False)
    mime_type: str
    sha256: str  # what ``GET /{media_id}`` declares (hex)
    file_size: int  # what ``GET /{media_id}`` declares
    chunked: bool  # serve without Content-Length


@dataclass(frozen=True)
class WebhookResponse:
    """What our webhook endpoint answered."""

    status: int
    text: str


@dataclass
class _Failure:
    status: int
    body: bytes
    content_type: str
    headers: Mapping[str, str]
    action: Literal["answer", "disconnect", "hang"] = "answer"


@dataclass
class _IssuedURL:
    media_id: str
    expired: bool = False


class GraphError(Exception):
    """Raised inside handlers; becomes a Graph error answer."""

    def __init__(
        self,
        status: int,
        code: int,
        message: str | None = None,
        *,
        subcode: int | None = None,
        details: str | None = None,
    ) -> None:
        default_message, default_details = ERROR_TEXTS.get(code, (f"(#{code}) Error", None))
        super().__init__(message or default_message)
        self.status = status
        self.code = code
        self.message = message or default_message
        self.subcode = subcode
        self.details = details if details is not None else default_details

    def body(self) -> JSONDict:
        error: JSONDict = {"message": self.message, "type": "OAuthException", "code": self.code}
        if self.subcode is not None:
            error["error_subcode"] = self.subcode
        if self.details is not None:
            error["error_data"] = {"messaging_product": "whatsapp", "details": self.details}
        error["fbtrace_id"] = "A" + secrets.token_urlsafe(16)
        return {"error": error}


def _invalid(details: str, code: int = 100) -> GraphError:
    return GraphError(400, code, details=details)  # approx. wording of the details


def _missing_object(node: str) -> GraphError:
    return GraphError(
        400,
        100,
        f"Unsupported post request. Object with ID '{node}' does not exist, cannot be loaded "
        "due to missing permissions, or does not support this operation.",
        subcode=33,
    )


# --------------------------------------------------------------------------------------------
# The server


class FakeGraphAPI(LocalServer):
    """Fake WhatsApp Cloud API server. See the module docstring."""

    def __init__(self, *, host: str = "127.0.0.1") -> None:
        super().__init__(host)
        self.access_token = DEFAULT_ACCESS_TOKEN
        self.phone_number_id = DEFAULT_PHONE_NUMBER_ID
        self.app_secret = DEFAULT_APP_SECRET
        self.version = DEFAULT_VERSION

        #: Every request, in order.
        self.requests: list[GraphRequest] = []
        #: Messages accepted, in order.
        self.sent: list[SentMessage] = []
        #: Requests answered with an error.
        self.rejected: list[RejectedRequest] = []
        #: Message ids marked as read.
        self.read_marks: list[str] = []
        #: Media ids uploaded through ``POST /{phone_number_id}/media``, in order.
        self.uploads: list[str] = []
        #: Media ids looked up through ``GET /{media_id}``, and ids whose bytes were served.
        self.media_lookups: list[str] = []
        self.downloads: list[str] = []
        #: Recipients whose 24-hour window is closed: only templates reach them (131047).
        self.closed_windows: set[str] = set()
        #: (name, language) -> number of body parameters.
        self.templates: dict[tuple[str, str], int] = {}

        self._media: dict[str, StoredMedia] = {}
        self._urls: dict[str, _IssuedURL] = {}
        self._failures: dict[str, deque[_Failure]] = {}
        self._message_counter = itertools.count(1)
        self._media_counter = itertools.count(1)
        self._released = asyncio.Event()

    # ---------------------------------------------------------------- lifecycle

    max_body_bytes = 8 * 1024 * 1024

    def _on_start(self) -> None:
        self._released = asyncio.Event()

    def _on_close(self) -> None:
        """Requests held by ``hang_next`` are released first."""
        self._released.set()

    @property
    def base_url(self) -> str:
        """The Graph base URL with its version, as ``WHATSAPP_API_BASE_URL`` would hold it."""
        return f"{self.url}/{self.version}"

    # ---------------------------------------------------------------- test controls

    def fail_next(
        self,
        endpoint: Endpoint,
        status: int,
        *,
        code: int | None = None,
        subcode: int | None = None,
        message: str | None = None,
        details: str | None = None,
        headers: Mapping[str, str] | None = None,
        body: bytes | None = None,
        times: int = 1,
    ) -> None:
        """Answer the next ``times`` authorised calls of ``endpoint`` with an error.

        The body is a Graph error object: ``code`` defaults by status (400: 100, 401: 190,
        429: 130429, 500: 1, 503: 2 ...), ``message`` and ``details`` by code (see
        ``ERROR_TEXTS``). ``body`` replaces it with raw bytes (e.g. a proxy's HTML page).
        Failed sends are not recorded in ``sent``.
        """
        self._check_endpoint(endpoint)
        if body is None:
            error = GraphError(
                status,
                code if code is not None else DEFAULT_CODE_FOR_STATUS.get(status, 1),
                message,
                subcode=subcode,
                details=details,
            )
            raw, content_type = json.dumps(error.body()).encode(), "application/json"
        else:
            raw, content_type = body, "text/html"
        queue = self._failures.setdefault(endpoint, deque())
        for _ in range(times):
            queue.append(_Failure(status, raw, content_type, dict(headers or {})))

    def disconnect_next(self, endpoint: Endpoint, *, times: int = 1) -> None:
        """Drop the connection of the next ``times`` calls without answering."""
        self._check_endpoint(endpoint)
        queue = self._failures.setdefault(endpoint, deque())
        for _ in range(times):
            queue.append(_Failure(0, b"", "", {}, action="disconnect"))

    def hang_next(self, endpoint: Endpoint, *, times: int = 1) -> None:
        """Never answer the next ``times`` calls (until ``close``): the client must time out."""
        self._check_endpoint(endpoint)
        queue = self._failures.setdefault(endpoint, deque())
        for _ in range(times):
            queue.append(_Failure(0, b"", "", {}, action="hang"))

    def close_window(self, wa_id: str) -> None:
        """The voter last wrote over 24 hours ago: anything but a template gets 131047."""
        self.closed_windows.add(wa_id)

    def open_window(self, wa_id: str) -> None:
        """The voter wrote again: free-form messages reach them."""
        self.closed_windows.discard(wa_id)

    def register_template(self, name: str, language: str, parameter_count: int = 0) -> None:
        """An approved template; sending any other gets 132001, a wrong count 132000."""
        self.templates[(name, language)] = parameter_count

    def add_media(
        self,
        data: bytes,
        mime_type: str = "image/jpeg",
        *,
        media_id: str | None = None,
        declared_size: int | None = None,
        declared_sha256: str | None = None,
        chunked: bool = False,
    ) -> str:
        """Hold a file as if a voter had sent it; returns its media id for a webhook payload.

        ``declared_size`` / ``declared_sha256`` make ``GET /{media_id}`` lie (to test that the
        client checks the stream); ``chunked`` serves it without Content-Length.
        """
        if media_id is None:
            media_id = str(1_000_000_000_000_000 + next(self._media_counter))
        self._media[media_id] = StoredMedia(
            media_id=media_id,
            data=data,
            mime_type=mime_type,
            sha256=declared_sha256 or hashlib.sha256(data).hexdigest(),
            file_size=len(data) if declared_size is None else declared_size,
            chunked=chunked,
        )
        return media_id

    def expire_media_urls(self, media_id: str | None = None) -> int:
        """Expire every URL issued so far (for ``media_id`` only, if given), as Meta does after
        five minutes; returns how many. A fresh ``GET /{media_id}`` issues a working one."""
        count = 0
        for issued in self._urls.values():
            if not issued.expired and (media_id is None or issued.media_id == media_id):
                issued.expired = True
                count += 1
        return count

    def media_data(self, media_id: str) -> bytes:
        """The bytes of media the fake holds (an upload, or ``add_media``)."""
        return self._media[media_id].data

    def messages_to(self, to: str) -> list[SentMessage]:
        return [m for m in self.sent if m.to == to]

    def requests_to(self, endpoint: str) -> list[GraphRequest]:
        return [r for r in self.requests if r.endpoint == endpoint]

    # ---------------------------------------------------------------- waiting

    async def wait_for_messages(
        self, to: str | None = None, count: int = 1, timeout: float = 10.0
    ) -> list[SentMessage]:
        """The first ``count`` messages accepted for ``to`` (anyone if None), once there."""

        def ready() -> list[SentMessage] | None:
            found = [m for m in self.sent if to is None or m.to == to]
            return found[:count] if len(found) >= count else None

        result = await self._wait_for(ready, timeout)
        if result is None:
            where = "in total" if to is None else f"to {to}"
            raise AssertionError(
                f"expected {count} message(s) {where} within {timeout}s\n{self.describe()}"
            )
        return result

    async def wait_for_requests(
        self, endpoint: Endpoint, count: int = 1, timeout: float = 10.0
    ) -> list[GraphRequest]:
        """The first ``count`` requests to ``endpoint``, once they have arrived."""

        def ready() -> list[GraphRequest] | None:
            found = self.requests_to(endpoint)
            return found[:count] if len(found) >= count else None

        result = await self._wait_for(ready, timeout)
        if result is None:
            raise AssertionError(
                f"expected {count} {endpoint} request(s) within {timeout}s\n{self.describe()}"
            )
        return result

    def describe(self) -> str:
        """Human-readable dump of what happened, for assertion messages."""
        lines = [f"Accepted messages ({len(self.sent)}):"]
        for m in self.sent:
            extra = f" buttons={m.button_ids}" if m.buttons else ""
            if m.template:
                extra += f" template={m.template}/{m.language} {list(m.parameters)}"
            lines.append(f"  to={m.to} {m.message_id} {m.type} {m.text[:300]!r}{extra}")
        if self.rejected:
            lines.append(f"Rejected requests ({len(self.rejected)}):")
            for r in self.rejected:
                lines.append(f"  {r.endpoint} -> {r.status} code={r.code} {r.message!r}")
        lines.append(f"Requests ({len(self.requests)}), last 30:")
        lines.extend(f"  {r.method} {r.path}" for r in self.requests[-30:])
        return "\n".join(lines)

    # ---------------------------------------------------------------- webhooks out

    def webhook_payload(
        self,
        messages: Sequence[JSONDict] = (),
        statuses: Sequence[JSONDict] = (),
    ) -> JSONDict:
        """``webhook_payload`` addressed to this fake's business number."""
        return webhook_payload(messages, statuses, phone_number_id=self.phone_number_id)

    async def deliver_webhook(
        self,
        url: str,
        payload: Mapping[str, Any] | bytes,
        *,
        signature: SignatureMode = "valid",
        timeout: float = 10.0,
    ) -> int:
        """POST a notification (a payload, or raw bytes as they are) to our webhook the way Meta
        does; returns the HTTP status. ``signature``: "valid" (``X-Hub-Signature-256`` with this
        fake's app secret), "missing", or "wrong" (another key)."""
        body = payload if isinstance(payload, bytes) else encode_webhook(payload)
        headers = {"Content-Type": "application/json", "User-Agent": "facebookexternalua"}
        if signature != "missing":
            secret = self.app_secret if signature == "valid" else self.app_secret + "-forged"
            headers["X-Hub-Signature-256"] = sign_body(body, secret)
        async with (
            ClientSession(timeout=ClientTimeout(total=timeout)) as session,
            session.post(url, data=body, headers=headers) as response,
        ):
            return response.status

    async def verify_webhook(
        self,
        url: str,
        verify_token: str,
        *,
        challenge: str | None = None,
        timeout: float = 10.0,
    ) -> WebhookResponse:
        """Meta's subscription handshake: ``GET url?hub.mode=...&hub.verify_token=...&
        hub.challenge=...``. A working endpoint answers 200 with the challenge as plain text."""
        params = {
            "hub.mode": "subscribe",
            "hub.verify_token": verify_token,
            "hub.challenge": challenge or str(secrets.randbelow(10**10)),
        }
        async with (
            ClientSession(timeout=ClientTimeout(total=timeout)) as session,
            session.get(url, params=params) as response,
        ):
            return WebhookResponse(response.status, await response.text())

    # ---------------------------------------------------------------- dispatch

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        endpoint, node = self._route(request)
        body: Any = None
        if endpoint == "upload":  # multipart/form-data: the file's bytes and its fields
            form = await request.post() if request.content_type == "multipart/form-data" else {}
            body = dict(form)
        elif request.method == "POST":
            raw = await request.read()
            try:
                body = json.loads(raw) if raw else None
            except ValueError:
                body = None
        authorization = request.headers.get("Authorization")
        self.requests.append(
            GraphRequest(
                endpoint, request.method, request.path, dict(request.query), body, authorization
            )
        )
        self._bump()
        try:
            if endpoint == "unknown":
                raise GraphError(400, 2500, f"Unknown path components: {request.path}")  # approx.
            self._check_token(authorization)
            injected = self._take_failure(endpoint)
            if injected is not None:
                return await self._injected(request, endpoint, body, injected)
            if endpoint == "messages":
                return web.json_response(await self._messages(request, node, body))
            if endpoint == "upload":
                return web.json_response(self._upload(node, body))
            if endpoint == "media":
                return web.json_response(self._media_info(request, node))
            return await self._download(request)
        except GraphError as error:
            self._record_rejection(endpoint, error.status, error.code, error.message, body)
            return web.json_response(error.body(), status=error.status)

    def _route(self, request: web.Request) -> tuple[str, str]:
        if request.path == _PATH_DOWNLOAD and request.method in ("GET", "HEAD"):
            return "download", ""
        match = _PATH_MESSAGES.match(request.path)
        if match and request.method == "POST":
            return "messages", match["node"]
        match = _PATH_UPLOAD.match(request.path)
        if match and request.method == "POST":
            return "upload", match["node"]
        match = _PATH_NODE.match(request.path)
        if match and request.method == "GET":
            return "media", match["node"]
        return "unknown", ""

    def _check_token(self, authorization: str | None) -> None:
        # Graph also takes ?access_token=, but the client must never put the token in a URL:
        # the fake only accepts the header.
        if not authorization:
            raise GraphError(401, 104)  # approx. status
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(
            token.strip().encode(), self.access_token.encode()
        ):
            raise GraphError(401, 190)

    def _take_failure(self, endpoint: str) -> _Failure | None:
        queue = self._failures.get(endpoint)
        return queue.popleft() if queue else None

    async def _injected(
        self, request: web.Request, endpoint: str, body: Any, failure: _Failure
    ) -> web.StreamResponse:
        if failure.action == "hang":
            await self._released.wait()  # set by close(); a client still waiting gets a 503
            return web.json_response(GraphError(503, 2).body(), status=503)
        if failure.action == "disconnect":
            self._record_rejection(endpoint, 0, None, "connection dropped", body)
            if request.transport is not None:
                request.transport.abort()
            return web.Response(status=500)  # never reaches the client
        code = None
        message = failure.body[:200].decode("utf-8", "replace")
        if failure.content_type == "application/json":
            error = json.loads(failure.body)["error"]
            code, message = error["code"], error["message"]
        self._record_rejection(endpoint, failure.status, code, message, body)
        return web.Response(
            status=failure.status,
            body=failure.body,
            content_type=failure.content_type,
            headers=failure.headers,
        )

    def _record_rejection(
        self, endpoint: str, status: int, code: int | None, message: str, body: Any
    ) -> None:
        self.rejected.append(RejectedRequest(endpoint, status, code, message, body))
        self._bump()

    @staticmethod
    def _check_endpoint(endpoint: str) -> None:
        if endpoint not in ENDPOINTS:
            raise ValueError(f"unknown endpoint {endpoint!r}; one of {ENDPOINTS}")

    # ---------------------------------------------------------------- /messages

    async def _messages(self, request: web.Request, node: str, body: Any) -> JSONDict:
        if node != self.phone_number_id:
            raise _missing_object(node)
        if request.content_type != "application/json" or not isinstance(body, dict):
            raise _invalid("The request body must be a JSON object.")
        if body.get("messaging_product") != "whatsapp":
            raise GraphError(400, 100, "(#100) The parameter messaging_product is required.")
        if body.get("status") == "read":
            message_id = body.get("message_id")
            if not isinstance(message_id, str) or not message_id:
                raise GraphError(400, 100, "(#100) The parameter message_id is required.")
            self.read_marks.append(message_id)
            self._bump()
            return {"success": True}
        to = body.get("to")
        if not isinstance(to, str) or not to:
            raise GraphError(400, 100, "(#100) The parameter to is required.")
        if not _RECIPIENT.match(to):
            raise _invalid("Invalid value for the parameter to.", 131009)
        wa_id = re.sub(r"\D", "", to)
        kind = body.get("type", "text")  # Graph defaults a missing type to text
        context = body.get("context")
        reply_to = context.get("message_id") if isinstance(context, dict) else None
        if kind != "template" and wa_id in self.closed_windows:
            raise GraphError(400, 131047)
        if kind == "text":
            record = self._text(body)
        elif kind == "interactive":
            record = self._interactive(body)
        elif kind == "template":
            record = self._template(body)
        elif kind == "image":
            record = self._image(body)
        else:
            raise _invalid(
                f"Param type must be one of text, interactive, template, image; got {kind}."
            )
        message_id = self._new_message_id(wa_id)
        self.sent.append(
            SentMessage(
                to=wa_id,
                message_id=message_id,
                type=str(kind),
                reply_to=reply_to if isinstance(reply_to, str) else None,
                payload=body,
                **record,
            )
        )
        self._bump()
        return {
            "messaging_product": "whatsapp",
            "contacts": [{"input": to, "wa_id": wa_id}],
            "messages": [{"id": message_id}],
        }

    @staticmethod
    def _text(body: Mapping[str, Any]) -> JSONDict:
        text = body.get("text")
        content = text.get("body") if isinstance(text, dict) else None
        if not isinstance(content, str) or not content.strip():
            raise GraphError(400, 100, "(#100) The parameter text['body'] is required.")
        if len(content) > MAX_TEXT_CHARS:
            raise _invalid(f"Param text['body'] must be at most {MAX_TEXT_CHARS} characters long.")
        preview = text.get("preview_url", False) if isinstance(text, dict) else False
        return {"text": content, "preview_url": preview is True}

    @staticmethod
    def _interactive(body: Mapping[str, Any]) -> JSONDict:
        interactive = body.get("interactive")
        if not isinstance(interactive, dict):
            raise GraphError(400, 100, "(#100) The parameter interactive is required.")
        if interactive.get("type") not in ("button", "list"):
            raise _invalid("The fake only knows interactive messages of type button and list.")
        text_obj = interactive.get("body")
        text = text_obj.get("text") if isinstance(text_obj, dict) else None
        if not isinstance(text, str) or not text.strip():
            raise GraphError(
                400, 100, "(#100) The parameter interactive['body']['text'] is required."
            )
        if len(text) > MAX_BUTTON_BODY_CHARS:
            raise _invalid(
                f"Param interactive['body']['text'] must be at most {MAX_BUTTON_BODY_CHARS} "
                "characters long."
            )
        action = interactive.get("action")
        if interactive.get("type") == "list":
            return {"text": text, "buttons": FakeGraphAPI._list_rows(action)}
        raw_buttons = action.get("buttons") if isinstance(action, dict) else None
        if not isinstance(raw_buttons, list) or not raw_buttons:
            raise GraphError(
                400, 100, "(#100) The parameter interactive['action']['buttons'] is required."
            )
        if len(raw_buttons) > MAX_BUTTONS:
            raise _invalid(
                f"Param interactive['action']['buttons'] must have at most {MAX_BUTTONS} elements."
            )
        buttons: list[tuple[str, str]] = []
        for i, button in enumerate(raw_buttons):
            reply = button.get("reply") if isinstance(button, dict) else None
            if (
                not isinstance(button, dict)
                or button.get("type") != "reply"
                or not isinstance(reply, dict)
            ):
                raise _invalid(
                    f"Param interactive['action']['buttons'][{i}] must be a reply button."
                )
            button_id, title = reply.get("id"), reply.get("title")
            if not isinstance(button_id, str) or not 1 <= len(button_id) <= MAX_BUTTON_ID_CHARS:
                raise _invalid(
                    f"Param interactive['action']['buttons'][{i}]['reply']['id'] must be 1 to "
                    f"{MAX_BUTTON_ID_CHARS} characters long."
                )
            if not isinstance(title, str) or not 1 <= len(title) <= MAX_BUTTON_TITLE_CHARS:
                raise _invalid(
                    f"Param interactive['action']['buttons'][{i}]['reply']['title'] must be 1 to "
                    f"{MAX_BUTTON_TITLE_CHARS} characters long."
                )
            buttons.append((button_id, title))
        if len({b[0] for b in buttons}) < len(buttons) or len({b[1] for b in buttons}) < len(
            buttons
        ):
            raise _invalid("Buttons must have unique ids and unique titles.", 131009)
        return {"text": text, "buttons": tuple(buttons)}

    @staticmethod
    def _list_rows(action: Any) -> tuple[tuple[str, str], ...]:
        """A list message's rows as (id, title), validated like Meta does (approx. texts)."""
        label = action.get("button") if isinstance(action, dict) else None
        if not isinstance(label, str) or not 1 <= len(label) <= MAX_BUTTON_TITLE_CHARS:
            raise _invalid(
                f"Param interactive['action']['button'] must be 1 to {MAX_BUTTON_TITLE_CHARS} "
                "characters long."
            )
        sections = action.get("sections")
        if not isinstance(sections, list) or not sections:
            raise GraphError(
                400, 100, "(#100) The parameter interactive['action']['sections'] is required."
            )
        rows: list[tuple[str, str]] = []
        for section in sections:
            section_rows = section.get("rows") if isinstance(section, dict) else None
            if not isinstance(section_rows, list) or not section_rows:
                raise _invalid("Each section must have at least one row.")
            for row in section_rows:
                row_id = row.get("id") if isinstance(row, dict) else None
                title = row.get("title") if isinstance(row, dict) else None
                if not isinstance(row_id, str) or not 1 <= len(row_id) <= 200:
                    raise _invalid("Row id must be 1 to 200 characters long.")
                if not isinstance(title, str) or not 1 <= len(title) <= MAX_LIST_ROW_TITLE_CHARS:
                    raise _invalid(
                        f"Row title must be 1 to {MAX_LIST_ROW_TITLE_CHARS} characters long."
                    )
                rows.append((row_id, title))
        if len(rows) > MAX_LIST_ROWS:
            raise _invalid(f"A list message can have at most {MAX_LIST_ROWS} rows.", 131009)
        if len({r[0] for r in rows}) < len(rows):
            raise _invalid("Row ids must be unique.", 131009)
        return tuple(rows)

    def _template(self, body: Mapping[str, Any]) -> JSONDict:
        template = body.get("template")
        if not isinstance(template, dict):
            raise GraphError(400, 100, "(#100) The parameter template is required.")
        name = template.get("name")
        language = template.get("language")
        code = language.get("code") if isinstance(language, dict) else None
        if not isinstance(name, str) or not name:
            raise GraphError(400, 100, "(#100) The parameter template['name'] is required.")
        if not isinstance(code, str) or not _LANGUAGE.match(code):
            raise GraphError(
                400, 100, "(#100) The parameter template['language']['code'] is required."
            )
        expected = self.templates.get((name, code))
        if expected is None:
            raise GraphError(
                404, 132001, details=f"template name ({name}) does not exist in {code}"
            )  # approx. status
        parameters: list[str] = []
        components = template.get("components") or []
        for component in components if isinstance(components, list) else []:
            if not isinstance(component, dict) or component.get("type") != "body":
                raise _invalid("The fake only knows body template components.")
            for parameter in component.get("parameters") or []:
                if not isinstance(parameter, dict) or parameter.get("type") != "text":
                    raise _invalid("The fake only knows text template parameters.")
                parameters.append(str(parameter.get("text", "")))
        if len(parameters) != expected:
            raise GraphError(
                400,
                132000,
                details=f"body: number of localizable_params ({len(parameters)}) does not "
                f"match the expected number of params ({expected})",
            )
        return {"text": "", "template": name, "language": code, "parameters": tuple(parameters)}

    def _image(self, body: Mapping[str, Any]) -> JSONDict:
        """An image message: only by the id of media uploaded to this number (the fake does not
        fetch ``link`` URLs)."""
        image = body.get("image")
        media_id = image.get("id") if isinstance(image, dict) else None
        if not isinstance(media_id, str) or media_id not in self._media:
            raise GraphError(400, 131053, "(#131053) Media upload error")  # approx. wording
        caption = image.get("caption", "") if isinstance(image, dict) else ""
        if not isinstance(caption, str) or len(caption) > MAX_CAPTION_CHARS:
            raise _invalid(f"Param image['caption'] must be at most {MAX_CAPTION_CHARS} chars.")
        return {"text": caption, "media_id": media_id}

    def _upload(self, node: str, form: Mapping[str, Any]) -> JSONDict:
        """``POST /{phone_number_id}/media``: a picture to send; answers ``{"id"}``."""
        if node != self.phone_number_id:
            raise _missing_object(node)
        if form.get("messaging_product") != "whatsapp":
            raise GraphError(400, 100, "(#100) The parameter messaging_product is required.")
        upload = form.get("file")
        if not isinstance(upload, web.FileField):
            raise GraphError(400, 100, "(#100) The parameter file is required.")
        mime_type = form.get("type") or upload.content_type
        if mime_type not in UPLOAD_IMAGE_TYPES or upload.content_type != mime_type:
            raise _invalid(f"Param file must be a JPEG or PNG image, got {mime_type}.")  # approx.
        data = upload.file.read()
        if not 0 < len(data) <= MAX_UPLOAD_IMAGE_BYTES:
            raise _invalid("Param file must be at most 5MB.", 131052)  # approx. wording
        media_id = self.add_media(data, mime_type)
        self.uploads.append(media_id)
        self._bump()
        return {"id": media_id}

    def _new_message_id(self, wa_id: str) -> str:
        # Real wamids are base64 of a protobuf holding the recipient; this keeps the look.
        raw = f"{wa_id}:{next(self._message_counter):012d}:{secrets.token_hex(4)}".encode()
        return "wamid.HBgM" + base64.b64encode(raw).decode("ascii")

    # ---------------------------------------------------------------- media

    def _media_info(self, request: web.Request, node: str) -> JSONDict:
        if node == self.phone_number_id:  # GET /{phone_number_id}: the number's own record
            return {"id": node, "display_phone_number": DEFAULT_DISPLAY_PHONE_NUMBER}
        stored = self._media.get(node)
        if stored is None:
            raise _missing_object(node)
        self.media_lookups.append(node)
        token = secrets.token_urlsafe(24)
        self._urls[token] = _IssuedURL(node)
        self._bump()
        url = f"{self.url}{_PATH_DOWNLOAD}?mid={node}&ext={int(time.time())}&hash={token}"
        return {
            "messaging_product": "whatsapp",
            "url": url,
            "mime_type": stored.mime_type,
            "sha256": stored.sha256,
            "file_size": stored.file_size,
            "id": node,
        }

    async def _download(self, request: web.Request) -> web.StreamResponse:
        issued = self._urls.get(request.query.get("hash", ""))
        if issued is None or issued.expired or issued.media_id != request.query.get("mid"):
            # Meta's lookaside is not Graph: an expired URL gets a bare error page (approx.).
            self._record_rejection("download", 404, None, "URL expired", None)
            return web.Response(status=404, text="URL signature expired")
        stored = self._media[issued.media_id]
        self.downloads.append(stored.media_id)
        self._bump()
        if not stored.chunked:
            return web.Response(body=stored.data, content_type=stored.mime_type)
        # Chunked transfer encoding: no Content-Length, the client learns the size by reading.
        response = web.StreamResponse()
        response.content_type = stored.mime_type
        response.enable_chunked_encoding()
        await response.prepare(request)
        try:
            for start in range(0, len(stored.data), 16 * 1024):
                await response.write(stored.data[start : start + 16 * 1024])
            await response.write_eof()
        except ConnectionResetError:
            pass  # the client stopped reading (e.g. it refused an oversized file)
        return response


# --------------------------------------------------------------------------------------------
# Webhook payload builders (shapes from platforms.md 2.4 and pywa's test fixtures)

_inbound_counter = itertools.count(1)


def new_wamid() -> str:
    """A fresh, unique inbound message id in the ``wamid.`` style."""
    raw = f"in:{next(_inbound_counter):012d}:{secrets.token_hex(6)}".encode()
    return "wamid.HBgN" + base64.b64encode(raw).decode("ascii")


def _now() -> str:
    return str(int(time.time()))


def _sha256_b64(media_id: str) -> str:
    """A plausible webhook ``sha256`` (base64 there, unlike the media endpoint's hex)."""
    return base64.b64encode(hashlib.sha256(media_id.encode()).digest()).decode()


def _message(
    wa_id: str,
    type_: str,
    content: JSONDict | None,
    *,
    forwarded: bool = False,
    frequently_forwarded: bool = False,
    context_id: str | None = None,
) -> JSONDict:
    message: JSONDict = {"from": wa_id, "id": new_wamid(), "timestamp": _now(), "type": type_}
    context: JSONDict = {}
    if context_id is not None:
        context["from"] = DEFAULT_DISPLAY_PHONE_NUMBER
        context["id"] = context_id
    # Meta sets one flag or the other, never both: forwarded for up to 5 hops, frequently
    # forwarded beyond.
    if frequently_forwarded:
        context["frequently_forwarded"] = True
    elif forwarded:
        context["forwarded"] = True
    if context:
        message["context"] = context
    if content is not None:
        message[type_] = content
    return message


def text_message(
    wa_id: str, body: str, *, forwarded: bool = False, frequently_forwarded: bool = False
) -> JSONDict:
    """A text message (``type: text``)."""
    return _message(
        wa_id,
        "text",
        {"body": body},
        forwarded=forwarded,
        frequently_forwarded=frequently_forwarded,
    )


def image_message(
    wa_id: str,
    media_id: str,
    *,
    caption: str | None = None,
    frequently_forwarded: bool = False,
) -> JSONDict:
    """An image, as ``add_media`` made ``media_id`` available."""
    image: JSONDict = {"mime_type": "image/jpeg", "sha256": _sha256_b64(media_id), "id": media_id}
    if caption is not None:
        image = {"caption": caption, **image}
    return _message(wa_id, "image", image, frequently_forwarded=frequently_forwarded)


def document_message(
    wa_id: str,
    media_id: str,
    *,
    mime_type: str = "application/pdf",
    caption: str | None = None,
) -> JSONDict:
    """A document (a picture sent "as a file" is a document with an image mime type)."""
    document: JSONDict = {
        "filename": "document",
        "mime_type": mime_type,
        "sha256": _sha256_b64(media_id),
        "id": media_id,
    }
    if caption is not None:
        document["caption"] = caption
    return _message(wa_id, "document", document)


def button_reply(wa_id: str, button_id: str, title: str) -> JSONDict:
    """The voter tapped a reply button (or chose a list row) of one of our messages."""
    return _message(
        wa_id,
        "interactive",
        {"type": "button_reply", "button_reply": {"id": button_id, "title": title}},
        context_id="wamid.OUR_MESSAGE",
    )


def template_button_reply(wa_id: str, payload: str, text: str) -> JSONDict:
    """The voter tapped a quick-reply button of a template message (``type: button``)."""
    return _message(
        wa_id, "button", {"payload": payload, "text": text}, context_id="wamid.OUR_TEMPLATE"
    )


def audio_message(wa_id: str, *, voice: bool = True) -> JSONDict:
    """A voice note (``voice: true``) or an audio file."""
    audio = {
        "mime_type": "audio/ogg; codecs=opus",
        "sha256": _sha256_b64("1234567890"),
        "id": "1234567890",
        "voice": voice,
    }
    return _message(wa_id, "audio", audio)


def video_message(wa_id: str, *, caption: str | None = None) -> JSONDict:
    """A video, possibly with a caption."""
    video: JSONDict = {
        "mime_type": "video/mp4",
        "sha256": _sha256_b64("765756756"),
        "id": "765756756",
    }
    if caption is not None:
        video["caption"] = caption
    return _message(wa_id, "video", video)


def sticker_message(wa_id: str, *, animated: bool = False) -> JSONDict:
    """A sticker (webp)."""
    sticker = {
        "mime_type": "image/webp",
        "sha256": _sha256_b64("1234567891"),
        "id": "1234567891",
        "animated": animated,
    }
    return _message(wa_id, "sticker", sticker)


def location_message(wa_id: str, *, name: str | None = None) -> JSONDict:
    """A shared location."""
    location: JSONDict = {"latitude": -23.5505, "longitude": -46.6333}
    if name is not None:
        location["name"] = name
    return _message(wa_id, "location", location)


def contacts_message(wa_id: str) -> JSONDict:
    """A shared contact card. Its ``contacts`` is a list, unlike the other types' objects."""
    message = _message(wa_id, "contacts", None)
    message["contacts"] = [
        {
            "name": {"first_name": "Chandler", "formatted_name": "Chandler Bing"},
            "phones": [{"phone": "+1 555-555-5555", "type": "CELL"}],
        }
    ]
    return message


def reaction_message(wa_id: str) -> JSONDict:
    """An emoji reaction to one of our messages."""
    return _message(wa_id, "reaction", {"message_id": "wamid.OUR_MESSAGE", "emoji": "👍"})


def unsupported_message(wa_id: str) -> JSONDict:
    """A message Meta cannot pass on (a poll, a view-once...): ``type: unsupported`` + errors."""
    message = _message(wa_id, "unsupported", None)
    message["errors"] = [
        {
            "code": 131051,
            "title": "Message type unknown",
            "message": "Message type unknown",
            "error_data": {"details": "Message type is currently not supported."},
        }
    ]
    return message


def status_update(
    message_id: str,
    status: Literal["sent", "delivered", "read", "failed"],
    recipient_id: str = DEFAULT_VOTER,
    *,
    timestamp: int | None = None,
    error_code: int | None = None,
) -> JSONDict:
    """A status of a message we sent. ``failed`` carries ``errors[]`` (default 131047); the
    others carry ``conversation`` and ``pricing`` like Meta's."""
    update: JSONDict = {
        "id": message_id,
        "status": status,
        "timestamp": str(timestamp) if timestamp is not None else _now(),
        "recipient_id": recipient_id,
    }
    if status == "failed":
        code = error_code if error_code is not None else 131047
        default_message, default_details = ERROR_TEXTS.get(code, (f"(#{code}) Error", None))
        title = re.sub(r"^\(#\d+\) ", "", default_message)
        update["errors"] = [
            {
                "code": code,
                "title": title,
                "message": title,
                "error_data": {"details": default_details or title},
            }
        ]
    else:
        update["conversation"] = {
            "id": secrets.token_hex(16),
            "origin": {"type": "service"},
            **(
                {"expiration_timestamp": str(int(time.time()) + 86_400)} if status == "sent" else {}
            ),
        }
        update["pricing"] = {"billable": False, "pricing_model": "PMP", "category": "service"}
    return update


def contact_for(wa_id: str, name: str = "Ana", *, user_id: str | None = None) -> JSONDict:
    """A ``contacts[]`` entry: the sender's profile name and wa_id (and BSUID, if given)."""
    contact: JSONDict = {"profile": {"name": name}, "wa_id": wa_id}
    if user_id is not None:
        contact["user_id"] = user_id
    return contact


def webhook_payload(
    messages: Sequence[JSONDict] = (),
    statuses: Sequence[JSONDict] = (),
    *,
    contacts: Sequence[JSONDict] | None = None,
    names: Mapping[str, str] | None = None,
    phone_number_id: str = DEFAULT_PHONE_NUMBER_ID,
) -> JSONDict:
    """One notification: the ``whatsapp_business_account`` envelope, one entry, one change.

    ``contacts`` defaults to one entry per sender of ``messages`` (profile name from ``names``,
    else "Ana"); status-only notifications carry none, like Meta's.
    """
    value: JSONDict = {
        "messaging_product": "whatsapp",
        "metadata": {
            "display_phone_number": DEFAULT_DISPLAY_PHONE_NUMBER,
            "phone_number_id": phone_number_id,
        },
    }
    if contacts is None:
        senders = list(dict.fromkeys(str(m["from"]) for m in messages if "from" in m))
        contacts = [contact_for(s, (names or {}).get(s, "Ana")) for s in senders]
    if contacts:
        value["contacts"] = list(contacts)
    if messages:
        value["messages"] = list(messages)
    if statuses:
        value["statuses"] = list(statuses)
    return {
        "object": "whatsapp_business_account",
        "entry": [{"id": DEFAULT_WABA_ID, "changes": [{"value": value, "field": "messages"}]}],
    }


def merge_payloads(*payloads: Mapping[str, Any]) -> JSONDict:
    """Several notifications as one POST with several ``entry[]`` items (Meta batches)."""
    entries: list[Any] = []
    for payload in payloads:
        entries.extend(payload["entry"])
    return {"object": "whatsapp_business_account", "entry": entries}


def encode_webhook(payload: Mapping[str, Any]) -> bytes:
    """The body as Meta sends it: non-ASCII as ``\\uXXXX`` and ``/`` as ``\\/`` (approx.), so
    a server that re-serialises the JSON before checking the signature fails."""
    return json.dumps(payload, ensure_ascii=True).replace("/", "\\/").encode("ascii")


def sign_body(body: bytes, app_secret: str) -> str:
    """The ``X-Hub-Signature-256`` value: ``sha256=`` + hex HMAC-SHA256 of the raw body."""
    return "sha256=" + hmac.new(app_secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def all_message_builders(wa_id: str, media_id: str) -> Iterable[tuple[str, JSONDict]]:
    """One message of every shape, named: for tests that must hold for any message."""
    yield "text", text_message(wa_id, "Voting moved to Wednesday?")
    yield "forwarded text", text_message(wa_id, "share!", forwarded=True)
    yield "image", image_message(wa_id, media_id, caption="is this real?")
    yield "frequently forwarded image", image_message(wa_id, media_id, frequently_forwarded=True)
    yield "image document", document_message(wa_id, media_id, mime_type="image/png")
    yield "pdf document", document_message(wa_id, media_id)
    yield "button reply", button_reply(wa_id, "lang:pt", "Português")
    yield "template button", template_button_reply(wa_id, "show_verdict", "See the verdict")
    yield "voice", audio_message(wa_id)
    yield "audio", audio_message(wa_id, voice=False)
    yield "video", video_message(wa_id, caption="watch")
    yield "sticker", sticker_message(wa_id)
    yield "location", location_message(wa_id)
    yield "contacts", contacts_message(wa_id)
    yield "reaction", reaction_message(wa_id)
    yield "unsupported", unsupported_message(wa_id)
