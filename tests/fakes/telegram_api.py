"""A fake Telegram Bot API server for end-to-end tests, as small as what the tip-line uses.

The fake is a real HTTP server (aiohttp) on 127.0.0.1 with an ephemeral port. Point the *real*
python-telegram-bot at it with ``base_url=fake.base_url`` and ``base_file_url=fake.base_file_url``;
nothing in PTB or in the project is mocked.

    async with FakeTelegramAPI() as fake:
        bot = telegram.Bot(fake.token, base_url=fake.base_url, base_file_url=fake.base_file_url)
        async with bot:
            ana = fake.user(42, "Ana", "es")
            fake.text_message(ana, "Is voting moved to Wednesday?")
            ...
            [reply] = await fake.wait_for_messages(42, 1)

What it imitates, as the real Bot API does:

* routes ``/bot<token>/<method>`` (method names are case-insensitive) and
  ``GET /file/bot<token>/<file_path>``; a wrong token gets 401 ``Unauthorized``, an unknown method
  404 ``Not Found``; every answer is ``{"ok": ..., "result"/"error_code"/"description"}``;
* only the methods the tip-line and PTB's ``Application`` call: ``getMe``, ``getUpdates``,
  ``setWebhook``, ``deleteWebhook``, ``setMyCommands``, ``sendMessage``, ``sendPhoto``,
  ``sendDocument`` (uploads only, at most 50 MB, kept in ``documents``), ``answerCallbackQuery``
  and ``getFile``. Any other method is 404, and a parameter a method's
  handler does not implement (``parse_mode``, ``reply_parameters``, ...) is 400 ``the fake does
  not support ...``, so a bot that starts using one is noticed rather than half-imitated;
* request bodies as PTB sends them (``application/x-www-form-urlencoded`` with nested objects as
  JSON strings, ``multipart/form-data`` for uploads), plus ``application/json`` bodies and GET
  queries;
* ``getUpdates`` long polling: waits on an event (never a sleep loop) until an update arrives or
  ``timeout`` elapses; updates stay queued until a later call confirms them with ``offset``; a
  second concurrent ``getUpdates`` terminates the first with 409; 409 while a webhook is set;
  ``allowed_updates`` is remembered and, like Telegram, filters updates created *after* the call;
* validation that real bots trip over: empty or over-long text and captions, ``callback_data``
  over 64 bytes, text-only inline buttons, invalid bot commands, unknown chats (``chat not
  found``), unknown ``callback_query_id`` and ``file_id``, downloads over 20 MB (``file is too
  big``). A blocked user is ``fail_next("sendMessage", 403)``.

Error texts marked "approx." in the code are plausible but were not confirmed against Telegram.
"""

from __future__ import annotations

import asyncio
import base64
import copy
import hashlib
import io
import itertools
import json
import re
import time
import zlib
from collections import deque
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final
from urllib.parse import parse_qsl

from aiohttp import BodyPartReader, web
from PIL import Image

from tests.fakes.local_server import LocalServer

JSONDict = dict[str, Any]
Handler = Callable[[dict[str, Any]], Awaitable[Any]]

DEFAULT_TOKEN: Final = "123456:TEST-TOKEN"
BOT_USER_ID: Final = 999000
BOT_FIRST_NAME: Final = "Tipline"
BOT_USERNAME: Final = "tipline_test_bot"

#: ``telegram.constants.FileSizeLimit.FILESIZE_DOWNLOAD``: bots cannot download bigger files.
DOWNLOAD_LIMIT: Final = 20_000_000
MAX_TEXT_LENGTH: Final = 4096
MAX_CAPTION_LENGTH: Final = 1024
MAX_CALLBACK_DATA_BYTES: Final = 64
MAX_COMMANDS: Final = 100
#: A bot's upload limit for documents on the public Bot API.
UPLOAD_LIMIT: Final = 50 * 1024 * 1024

_API_PATH = re.compile(r"^/bot(?P<token>[^/]*)/(?P<method>[^/]*)/?$")
_FILE_PATH = re.compile(r"^/file/bot(?P<token>[^/]*)/(?P<path>.+)$")
_COMMAND_NAME = re.compile(r"^[a-z0-9_]{1,32}$")
_SECRET_TOKEN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_INT = re.compile(r"^-?\d+$")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# How form values arrive from PTB: nested objects and arrays as JSON strings, numbers as text.
_JSON_PARAMS: Final = _words("reply_markup link_preview_options allowed_updates commands")
_INT_PARAMS: Final = _words("chat_id offset limit")
_NUMBER_PARAMS: Final = _words("timeout")
_BOOL_PARAMS: Final = _words("drop_pending_updates")
_INLINE_BUTTON_ACTIONS: Final = _words(
    "url callback_data web_app login_url switch_inline_query switch_inline_query_current_chat "
    "switch_inline_query_chosen_chat copy_text callback_game pay"
)
# Update types Telegram does not send unless explicitly listed in allowed_updates.
_OPT_IN_UPDATES: Final = _words("chat_member message_reaction message_reaction_count")
_DEFAULT_DESCRIPTIONS: Final = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running",
    500: "Internal Server Error",
    502: "Bad Gateway",
}


# --------------------------------------------------------------------------------------------
# Records


@dataclass(frozen=True)
class SentMessage:
    """A message the bot delivered through sendMessage or sendPhoto (``text`` is the caption)."""

    chat_id: int
    text: str
    reply_markup: dict[str, Any] | None
    message_id: int
    method: str = "sendMessage"
    link_preview_options: dict[str, Any] | None = None
    file_id: str | None = None
    params: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def buttons(self) -> list[list[dict[str, Any]]]:
        """Rows of the inline keyboard (empty if there is none)."""
        if not self.reply_markup:
            return []
        rows = self.reply_markup.get("inline_keyboard") or []
        return [list(row) for row in rows]

    @property
    def callback_data(self) -> list[str]:
        """All ``callback_data`` values of the inline keyboard, row by row."""
        return [b["callback_data"] for row in self.buttons for b in row if "callback_data" in b]


@dataclass(frozen=True)
class UploadedFile:
    """A file part of a multipart request."""

    field_name: str
    filename: str | None
    content_type: str | None
    data: bytes


@dataclass(frozen=True)
class RejectedCall:
    """A call the fake answered with an error (injected or from validation)."""

    method: str
    params: Mapping[str, Any]
    status: int
    description: str


@dataclass(frozen=True)
class StoredFile:
    """A file the fake can serve through getFile and the download URL."""

    file_id: str
    file_unique_id: str
    file_path: str
    file_size: int
    data: bytes

    def as_json(self) -> JSONDict:
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": self.file_size,
            "file_path": self.file_path,
        }


@dataclass
class _Pending:
    update: JSONDict
    forced: bool = False
    delivered: bool = False

    @property
    def update_id(self) -> int:
        return int(self.update["update_id"])


@dataclass
class _Failure:
    status: int
    description: str
    retry_after: int | None


class ApiError(Exception):
    """Raised inside method handlers; becomes a Bot API error answer."""

    def __init__(self, status: int, description: str, parameters: JSONDict | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters


def _bad_request(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


# --------------------------------------------------------------------------------------------
# The server


class FakeTelegramAPI(LocalServer):
    """Fake Telegram Bot API server. See the module docstring."""

    def __init__(self, token: str = DEFAULT_TOKEN, *, host: str = "127.0.0.1") -> None:
        super().__init__(host)
        self.token = token
        self.bot_user: JSONDict = {
            "id": BOT_USER_ID,
            "is_bot": True,
            "first_name": BOT_FIRST_NAME,
            "username": BOT_USERNAME,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

        #: Every request: (method name, parsed params). Includes rejected/unauthorized calls.
        self.calls: list[tuple[str, dict[str, Any]]] = []
        #: Messages the bot delivered, in order.
        self.sent: list[SentMessage] = []
        # (chat id, file name, bytes) of every document the bot uploaded with sendDocument.
        self.documents: list[tuple[int, str, bytes]] = []
        #: Calls answered with an error (validation or ``fail_next``).
        self.rejected: list[RejectedCall] = []
        #: answerCallbackQuery params, in order.
        self.answered_callbacks: list[dict[str, Any]] = []
        #: file paths served through the download URL.
        self.downloads: list[str] = []
        #: Current webhook (url, secret_token, allowed_updates) or None.
        self.webhook: dict[str, Any] | None = None
        #: The command menu from setMyCommands.
        self.commands: list[dict[str, Any]] = []
        #: The ``allowed_updates`` Telegram remembers (None = default set).
        self.allowed_updates: list[str] | None = None
        #: Updates discarded at push time because ``allowed_updates`` excluded their type.
        self.filtered_updates: list[JSONDict] = []
        #: Highest ``offset`` received by getUpdates.
        self.confirmed_offset = 0

        self._pending: list[_Pending] = []
        self._failures: dict[str, deque[_Failure]] = {}
        self._files: dict[str, StoredFile] = {}
        self._files_by_path: dict[str, StoredFile] = {}
        self._photo_size_of: dict[str, JSONDict] = {}
        self._chats: dict[int, JSONDict] = {}
        self._messages: dict[tuple[int, int], JSONDict] = {}
        self._message_counters: dict[int, int] = {}
        self._callback_ids: set[str] = set()
        self._update_ids = itertools.count(1000)
        self._file_counter = itertools.count(1)
        self._callback_counter = itertools.count(1)
        self._poll_generation = 0
        self._closing = False

        # Each method with the parameters its handler implements; anything else is refused.
        methods: dict[str, tuple[Handler, str]] = {
            "getMe": (self._get_me, ""),
            "getUpdates": (self._get_updates, "offset limit timeout allowed_updates"),
            "setWebhook": (self._set_webhook, "url secret_token allowed_updates"),
            "deleteWebhook": (self._delete_webhook, "drop_pending_updates"),
            "setMyCommands": (self._set_my_commands, "commands"),
            "sendMessage": (
                self._send_message,
                "chat_id text reply_markup link_preview_options",
            ),
            "sendPhoto": (self._send_photo, "chat_id photo caption reply_markup"),
            "sendDocument": (self._send_document, "chat_id document caption"),
            "answerCallbackQuery": (self._answer_callback_query, "callback_query_id"),
            "getFile": (self._get_file, "file_id"),
        }
        self._methods: dict[str, tuple[str, Handler, frozenset[str]]] = {
            name.lower(): (name, handler, _words(params))
            for name, (handler, params) in methods.items()
        }

    # ---------------------------------------------------------------- lifecycle

    max_body_bytes = 60 * 1024 * 1024

    def _on_start(self) -> None:
        self._closing = False

    def _on_close(self) -> None:
        """Pending long polls return ``[]`` at once."""
        self._closing = True
        self._bump()

    @property
    def base_url(self) -> str:
        """For PTB's ``base_url`` (PTB appends the token)."""
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        """For PTB's ``base_file_url`` (PTB appends the token and ``/<file_path>``)."""
        return f"{self.url}/file/bot"

    # ---------------------------------------------------------------- test controls

    def fail_next(
        self, method: str, status: int, *, retry_after: int | None = None, times: int = 1
    ) -> None:
        """Answer the next ``times`` calls of ``method`` with a Bot API error.

        429 gets ``parameters.retry_after`` (default 1) and the description
        ``Too Many Requests: retry after N``. Failed sends are not recorded as delivered.
        """
        canonical = self._canonical(method)
        if canonical is None:
            raise ValueError(f"fail_next: unknown method {method!r}")
        if status == 429:
            retry_after = 1 if retry_after is None else retry_after
            text = f"Too Many Requests: retry after {retry_after}"
        else:
            text = _DEFAULT_DESCRIPTIONS.get(status, f"Error {status}")
            retry_after = None
        queue = self._failures.setdefault(canonical, deque())
        for _ in range(times):
            queue.append(_Failure(status, text, retry_after))

    def clear_failures(self) -> None:
        """Forget every failure still queued by ``fail_next``: the API works again."""
        self._failures.clear()

    def messages_to(self, chat_id: int) -> list[SentMessage]:
        return [m for m in self.sent if m.chat_id == chat_id]

    def calls_of(self, method: str) -> list[dict[str, Any]]:
        name = self._canonical(method) or method
        return [params for m, params in self.calls if m == name]

    # ---------------------------------------------------------------- waiting

    async def wait_for_messages(
        self, chat_id: int | None = None, count: int = 1, timeout: float = 10.0
    ) -> list[SentMessage]:
        """The first ``count`` messages delivered to ``chat_id`` (any chat if None), once there."""

        def ready() -> list[SentMessage] | None:
            found = [m for m in self.sent if chat_id is None or m.chat_id == chat_id]
            return found[:count] if len(found) >= count else None

        result = await self._wait_for(ready, timeout)
        if result is None:
            where = "in total" if chat_id is None else f"to chat {chat_id}"
            raise AssertionError(
                f"expected {count} message(s) {where} within {timeout}s\n{self.describe()}"
            )
        return result

    async def wait_for_call(
        self, method: str, timeout: float = 10.0, *, count: int = 1
    ) -> dict[str, Any]:
        """Params of the ``count``-th call of ``method`` (1-based), once it has arrived."""
        name = self._canonical(method) or method

        def ready() -> dict[str, Any] | None:
            matching = [params for m, params in self.calls if m == name]
            return matching[count - 1] if len(matching) >= count else None

        result = await self._wait_for(ready, timeout)
        if result is None:
            raise AssertionError(
                f"expected {count} call(s) of {name} within {timeout}s\n{self.describe()}"
            )
        return result

    async def wait_until_confirmed(self, update_id: int, timeout: float = 10.0) -> None:
        """Wait until a getUpdates ``offset`` > ``update_id`` has been received and the update is
        no longer pending. With PTB's Updater this means the update reached the bot's
        ``update_queue`` (not that a handler finished with it)."""

        def ready() -> bool | None:
            if self.confirmed_offset > update_id and all(
                p.update_id != update_id for p in self._pending
            ):
                return True
            return None

        if await self._wait_for(ready, timeout) is None:
            raise AssertionError(
                f"update {update_id} not confirmed within {timeout}s "
                f"(highest offset received: {self.confirmed_offset})\n{self.describe()}"
            )

    def describe(self) -> str:
        """Human-readable dump of what happened, for assertion messages."""
        lines = [f"Delivered messages ({len(self.sent)}):"]
        for m in self.sent:
            lines.append(
                f"  chat={m.chat_id} id={m.message_id} {m.method} text={m.text[:300]!r}"
                + (f" buttons={m.callback_data}" if m.callback_data else "")
            )
        if self.rejected:
            lines.append(f"Rejected calls ({len(self.rejected)}):")
            for r in self.rejected:
                lines.append(f"  {r.method} -> {r.status} {r.description!r}")
        names = [m for m, _ in self.calls]
        lines.append(f"Calls ({len(names)}), last 30: {names[-30:]}")
        lines.append(
            f"Pending updates: {[p.update_id for p in self._pending]}; "
            f"highest offset received: {self.confirmed_offset}"
        )
        if self.filtered_updates:
            lines.append(
                f"Updates dropped by allowed_updates={self.allowed_updates}: "
                f"{[u.get('update_id') for u in self.filtered_updates]}"
            )
        return "\n".join(lines)

    # ---------------------------------------------------------------- updates

    def push_update(self, update: JSONDict, *, update_id: int | None = None) -> JSONDict:
        """Queue ``update`` for getUpdates and return it (with ``update_id``).

        Without ``update_id`` the update keeps the id it has, or gets the next one. Pushing an id
        that getUpdates has already confirmed is a forced redelivery (a duplicate as Telegram
        sometimes sends): it is delivered once more regardless of ``offset``.
        """
        if update_id is None:
            update_id = update.get("update_id")
        if update_id is None:
            update_id = next(self._update_ids)
        update["update_id"] = update_id
        kind = next((k for k in update if k != "update_id"), None)
        allowed = self.allowed_updates
        if kind is not None and (
            (allowed and kind not in allowed) or (not allowed and kind in _OPT_IN_UPDATES)
        ):
            self.filtered_updates.append(update)
            self._bump()
            return update
        forced = update_id < self.confirmed_offset
        self._pending.append(_Pending(copy.deepcopy(update), forced=forced))
        self._bump()
        return update

    def _finish(self, update: JSONDict, push: bool) -> JSONDict:
        """Queue the update, or (``push=False``, for a webhook test) only give it an id."""
        if push:
            return self.push_update(update)
        update["update_id"] = next(self._update_ids)
        return update

    # ---------------------------------------------------------------- builders

    def user(
        self,
        user_id: int,
        first_name: str = "Ana",
        language_code: str | None = "es",
        *,
        username: str | None = None,
    ) -> JSONDict:
        """A User dict (with ``username`` when given); also registers the user's private chat
        with the bot."""
        user: JSONDict = {"id": user_id, "is_bot": False, "first_name": first_name}
        if language_code is not None:
            user["language_code"] = language_code
        chat: JSONDict = {"id": user_id, "type": "private", "first_name": first_name}
        if username is not None:
            user["username"] = chat["username"] = username
        self._chats[user_id] = chat
        return user

    def group(self, chat_id: int, title: str = "Organisation") -> JSONDict:
        """A group chat the bot is a member of (an organisation's), so the bot can write to it."""
        chat: JSONDict = {"id": chat_id, "type": "group", "title": title}
        self._chats[chat_id] = chat
        return chat

    def text_message(
        self,
        user: JSONDict,
        text: str,
        *,
        forward_from_channel: str | None = None,
        push: bool = True,
    ) -> JSONDict:
        """A ``message`` update with text, forwarded from a channel if one is named."""
        origin = _channel_origin(forward_from_channel, self._now())
        msg = self._user_message(user, forward_origin=origin, text=text)
        return self._finish({"message": msg}, push)

    def command(self, user: JSONDict, command: str, *args: str, push: bool = True) -> JSONDict:
        """A text message starting with a ``bot_command`` entity (CommandHandler needs it)."""
        cmd = command if command.startswith("/") else f"/{command}"
        text = " ".join([cmd, *args])
        entity = {"type": "bot_command", "offset": 0, "length": _utf16_len(cmd)}
        msg = self._user_message(user, text=text, entities=[entity])
        return self._finish({"message": msg}, push)

    def photo_message(
        self,
        user: JSONDict,
        image_bytes: bytes,
        *,
        caption: str | None = None,
        media_group_id: str | None = None,
        push: bool = True,
    ) -> JSONDict:
        """A photo message. ``photo`` lists PhotoSizes smallest first; the last one is
        ``image_bytes`` itself with its real width/height/file_size."""
        msg = self._user_message(
            user,
            photo=self._photo_sizes(image_bytes),
            caption=caption,
            media_group_id=media_group_id,
        )
        return self._finish({"message": msg}, push)

    def media_group(
        self, user: JSONDict, images: Sequence[bytes], *, caption: str | None = None
    ) -> list[JSONDict]:
        """An album: one photo update per image sharing ``media_group_id``; caption on the first."""
        group_id = str(13_000_000_000_000_000 + next(self._file_counter))
        return [
            self.photo_message(
                user, image, caption=caption if index == 0 else None, media_group_id=group_id
            )
            for index, image in enumerate(images)
        ]

    def document_message(
        self,
        user: JSONDict,
        data: bytes,
        *,
        file_name: str,
        mime_type: str,
        caption: str | None = None,
        file_size: int | None = None,
        push: bool = True,
    ) -> JSONDict:
        """A document message. ``file_size`` overrides the declared size (getFile then answers
        "file is too big" above 20 MB, as Telegram does)."""
        stored = self.register_file(data, kind="document", file_name=file_name, file_size=file_size)
        document = {
            "file_name": file_name,
            "mime_type": mime_type,
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": stored.file_size,
        }
        msg = self._user_message(user, document=document, caption=caption)
        return self._finish({"message": msg}, push)

    def sticker_message(self, user: JSONDict, *, push: bool = True) -> JSONDict:
        stored = self.register_file(b"RIFF\x00\x00\x00\x00WEBPVP8 fake-sticker", kind="sticker")
        sticker = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "type": "regular",
            "emoji": "😂",
            "file_size": stored.file_size,
        }
        return self._finish({"message": self._user_message(user, sticker=sticker)}, push)

    def voice_message(self, user: JSONDict, *, push: bool = True) -> JSONDict:
        stored = self.register_file(b"OggS\x00fake-voice-note", kind="voice")
        voice = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "duration": 3,
            "mime_type": "audio/ogg",
            "file_size": stored.file_size,
        }
        return self._finish({"message": self._user_message(user, voice=voice)}, push)

    def location_message(self, user: JSONDict, *, push: bool = True) -> JSONDict:
        location = {"latitude": -23.5505, "longitude": -46.6333}
        return self._finish({"message": self._user_message(user, location=location)}, push)

    def contact_message(self, user: JSONDict, *, push: bool = True) -> JSONDict:
        contact = {"phone_number": "+5511999990000", "first_name": "Bea"}
        return self._finish({"message": self._user_message(user, contact=contact)}, push)

    def poll_message(self, user: JSONDict, *, push: bool = True) -> JSONDict:
        poll = {
            "id": str(5_000_000_000_000_000 + next(self._file_counter)),
            "question": "Will the election be postponed?",
            "options": [
                {"text": option, "voter_count": 0, "persistent_id": str(index)}
                for index, option in enumerate(("Yes", "No"))
            ],
            "total_voter_count": 0,
            "is_closed": False,
            "is_anonymous": True,
            "type": "regular",
            "allows_multiple_answers": False,
            # PTB 22.8 refuses polls without these (Bot API 9.6 / 10.0).
            "allows_revoting": False,
            "members_only": False,
        }
        return self._finish({"message": self._user_message(user, poll=poll)}, push)

    def callback_query(
        self, user: JSONDict, data: str, message_id: int, *, push: bool = True
    ) -> JSONDict:
        """The user presses the inline button with ``data`` on bot message ``message_id``; the
        message must exist and carry that button (a user cannot press a button that is not
        there)."""
        chat_id = int(user["id"])
        stored = self._messages.get((chat_id, message_id))
        if stored is None:
            known = sorted(mid for (cid, mid) in self._messages if cid == chat_id)
            raise ValueError(
                f"callback_query: no message {message_id} in chat {chat_id}; known: {known}"
            )
        keyboard = (stored.get("reply_markup") or {}).get("inline_keyboard") or []
        datas = [b.get("callback_data") for row in keyboard for b in row]
        if data not in datas:
            raise ValueError(
                f"callback_query: message {message_id} has no button with callback_data "
                f"{data!r}; buttons: {datas}"
            )
        query_id = str(7_000_000_000_000_000_000 + next(self._callback_counter))
        self._callback_ids.add(query_id)
        query = {
            "id": query_id,
            "from": dict(user),
            "message": copy.deepcopy(stored),
            "chat_instance": str(8_000_000_000_000_000 + abs(chat_id) % 10**12),
            "data": data,
        }
        return self._finish({"callback_query": query}, push)

    def register_file(
        self,
        data: bytes,
        *,
        kind: str = "document",
        file_name: str | None = None,
        file_size: int | None = None,
    ) -> StoredFile:
        """Make ``data`` available through getFile and the download URL."""
        n = next(self._file_counter)
        size = len(data) if file_size is None else file_size
        digest = hashlib.sha256(kind.encode() + b"\0" + str(size).encode() + b"\0" + data)
        unique = "AQAD" + _b64(digest.digest()[:12])
        file_id = f"{kind[:2].upper()}ACAgEAAxkBAA{n:06d}{_b64(digest.digest()[12:24])}"
        ext = "." + file_name.rsplit(".", 1)[1].lower() if file_name and "." in file_name else ""
        stored = StoredFile(file_id, unique, f"{kind}s/file_{n}{ext}", size, data)
        self._files[file_id] = stored
        self._files_by_path[stored.file_path] = stored
        return stored

    # ---------------------------------------------------------------- builder internals

    @staticmethod
    def _now() -> int:
        return int(time.time())

    def _new_message(
        self, chat: JSONDict, sender: JSONDict | None, content: Mapping[str, Any]
    ) -> JSONDict:
        chat_id = int(chat["id"])
        message_id = self._message_counters.get(chat_id, 0) + 1
        self._message_counters[chat_id] = message_id
        msg: JSONDict = {"message_id": message_id, "date": self._now()}
        if sender is not None:
            msg["from"] = dict(sender)
        msg["chat"] = dict(chat)
        msg.update({k: copy.deepcopy(v) for k, v in content.items() if v is not None})
        self._messages[(chat_id, message_id)] = msg
        return msg

    def _user_message(self, user: JSONDict, **content: Any) -> JSONDict:
        chat = self._chats.get(int(user["id"]))
        if chat is None:
            chat = {"id": user["id"], "type": "private", "first_name": user["first_name"]}
            self._chats[int(user["id"])] = chat
        return copy.deepcopy(self._new_message(chat, user, content))

    def _photo_sizes(self, data: bytes) -> list[JSONDict]:
        """A thumbnail then the image itself, so a bot that takes ``photo[0]`` gets the
        thumbnail, as it would from Telegram."""
        with Image.open(io.BytesIO(data)) as image:
            variants: list[tuple[bytes, int, int]] = []
            if max(image.size) > 90:
                thumb = image.convert("RGB")
                thumb.thumbnail((90, 90))
                buffer = io.BytesIO()
                thumb.save(buffer, format="JPEG", quality=80)
                variants.append((buffer.getvalue(), thumb.width, thumb.height))
            variants.append((data, *image.size))
        sizes = []
        for blob, width, height in variants:
            stored = self.register_file(blob, kind="photo")
            size = {
                "file_id": stored.file_id,
                "file_unique_id": stored.file_unique_id,
                "file_size": stored.file_size,
                "width": width,
                "height": height,
            }
            self._photo_size_of[stored.file_id] = size
            sizes.append(dict(size))
        return sizes

    # ---------------------------------------------------------------- HTTP

    def _canonical(self, method: str) -> str | None:
        entry = self._methods.get(method.lower())
        return entry[0] if entry else None

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        file_match = _FILE_PATH.match(request.path)
        if file_match and request.method in ("GET", "HEAD"):
            return self._serve_file(file_match["token"], file_match["path"])
        match = _API_PATH.match(request.path)
        if match is None:
            return _error(404, "Not Found")
        token, raw_method = match["token"], match["method"]
        entry = self._methods.get(raw_method.lower())
        name = entry[0] if entry else raw_method
        try:
            params = await _read_params(request)
        except ApiError as exc:
            self.calls.append((name, {}))
            return self._reject(name, {}, exc)
        self.calls.append((name, params))
        self._bump()
        if token != self.token:
            return self._reject(name, params, ApiError(401, "Unauthorized"))
        if entry is None:
            return self._reject(name, params, ApiError(404, "Not Found"))
        _, handler, supported = entry
        unsupported = sorted(set(params) - supported)
        if unsupported:
            error = _bad_request(f"the fake does not support {', '.join(unsupported)} in {name}")
            return self._reject(name, params, error)
        queue = self._failures.get(name)
        if queue:
            failure = queue.popleft()
            parameters = (
                {"retry_after": failure.retry_after} if failure.retry_after is not None else None
            )
            return self._reject(
                name, params, ApiError(failure.status, failure.description, parameters)
            )
        try:
            result = await handler(params)
        except ApiError as exc:
            return self._reject(name, params, exc)
        return web.json_response({"ok": True, "result": result})

    def _reject(self, name: str, params: dict[str, Any], exc: ApiError) -> web.Response:
        self.rejected.append(RejectedCall(name, params, exc.status, exc.description))
        self._bump()
        return _error(exc.status, exc.description, exc.parameters)

    def _serve_file(self, token: str, path: str) -> web.StreamResponse:
        stored = self._files_by_path.get(path)
        if token != self.token or stored is None:
            return _error(404, "Not Found")
        self.downloads.append(path)
        self._bump()
        return web.Response(body=stored.data, content_type="application/octet-stream")

    # ---------------------------------------------------------------- validation helpers

    def _chat_for(self, params: Mapping[str, Any]) -> JSONDict:
        raw = params.get("chat_id")
        if raw is None or raw == "":
            raise _bad_request("chat_id is empty")
        chat = self._chats.get(raw) if isinstance(raw, int) else None
        if chat is None:
            raise _bad_request("chat not found")
        return chat

    @staticmethod
    def _check_markup(markup: Any) -> dict[str, Any] | None:
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise _bad_request("can't parse reply keyboard markup JSON object")
        if "inline_keyboard" not in markup:
            raise _bad_request("the fake does not support reply keyboards")
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            # approx.
            raise _bad_request("can't parse inline keyboard button: must be an Object")
        for row in rows:
            for button in row:
                if not isinstance(button, dict) or not isinstance(button.get("text"), str):
                    # approx.
                    raise _bad_request("can't parse inline keyboard button: Text must be a String")
                if not _INLINE_BUTTON_ACTIONS & button.keys():
                    raise _bad_request("text buttons are unallowed in the inline keyboard")
                if "callback_data" in button:
                    data = button["callback_data"]
                    size = len(data.encode("utf-8")) if isinstance(data, str) else 0
                    if not 1 <= size <= MAX_CALLBACK_DATA_BYTES:
                        raise _bad_request("BUTTON_DATA_INVALID")
                if "url" in button and not str(button["url"]).strip():
                    raise _bad_request("BUTTON_URL_INVALID")  # approx.
        return markup

    def _bot_message(
        self, chat: JSONDict, params: Mapping[str, Any], content: JSONDict
    ) -> JSONDict:
        markup = self._check_markup(params.get("reply_markup"))
        if markup is not None:
            content["reply_markup"] = markup
        if isinstance(params.get("link_preview_options"), dict):
            content["link_preview_options"] = params["link_preview_options"]
        return self._new_message(chat, self.bot_user, content)

    def _record_sent(
        self,
        method: str,
        msg: JSONDict,
        params: Mapping[str, Any],
        text: str,
        file_id: str | None = None,
    ) -> None:
        self.sent.append(
            SentMessage(
                chat_id=int(msg["chat"]["id"]),
                text=text,
                reply_markup=_as_dict(params.get("reply_markup")),
                message_id=int(msg["message_id"]),
                method=method,
                link_preview_options=_as_dict(params.get("link_preview_options")),
                file_id=file_id,
                params=dict(params),
            )
        )
        self._bump()

    # ---------------------------------------------------------------- methods

    async def _get_me(self, params: dict[str, Any]) -> Any:
        return dict(self.bot_user)

    async def _get_updates(self, params: dict[str, Any]) -> Any:
        if self.webhook is not None:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = params.get("offset")
        limit = params.get("limit", 100)
        limit = min(max(limit if isinstance(limit, int) else 100, 1), 100)
        raw_timeout = params.get("timeout", 0)
        timeout = float(raw_timeout) if isinstance(raw_timeout, int | float) else 0.0
        self._remember_allowed_updates(params)
        self._poll_generation += 1
        generation = self._poll_generation
        if isinstance(offset, int):
            self._confirm(offset)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + max(timeout, 0.0)
        while True:
            if self._closing:
                return []
            if generation != self._poll_generation:
                raise ApiError(409, _DEFAULT_DESCRIPTIONS[409])
            batch = sorted(self._pending, key=lambda p: p.update_id)[:limit]
            remaining = deadline - loop.time()
            if batch or remaining <= 0:
                for pending in batch:
                    pending.delivered = True
                return [copy.deepcopy(p.update) for p in batch]
            event = self._changed
            try:
                async with asyncio.timeout(remaining):
                    await event.wait()
            except TimeoutError:
                continue

    def _confirm(self, offset: int) -> None:
        if offset < 0:
            ordered = sorted(self._pending, key=lambda p: p.update_id)
            kept = ordered[offset:]
            if kept:
                self.confirmed_offset = max(self.confirmed_offset, kept[0].update_id)
            self._pending = kept
        else:
            self.confirmed_offset = max(self.confirmed_offset, offset)
            self._pending = [
                p
                for p in self._pending
                if not (p.update_id < offset and (not p.forced or p.delivered))
            ]
        self._bump()

    def _remember_allowed_updates(self, params: Mapping[str, Any]) -> None:
        if "allowed_updates" in params:
            allowed = params["allowed_updates"]
            self.allowed_updates = list(allowed) if isinstance(allowed, list) and allowed else None

    async def _set_webhook(self, params: dict[str, Any]) -> Any:
        url = params.get("url") or ""
        if not isinstance(url, str):
            raise _bad_request("bad webhook: Failed to resolve host")  # approx.
        secret = params.get("secret_token")
        if secret is not None and (not isinstance(secret, str) or not _SECRET_TOKEN.match(secret)):
            raise _bad_request("secret token contains unallowed characters")  # approx.
        self._remember_allowed_updates(params)
        self.webhook = (
            {"url": url, "secret_token": secret, "allowed_updates": params.get("allowed_updates")}
            if url
            else None
        )
        self._bump()
        return True

    async def _delete_webhook(self, params: dict[str, Any]) -> Any:
        self.webhook = None
        if params.get("drop_pending_updates"):
            self._pending.clear()
        self._bump()
        return True

    async def _set_my_commands(self, params: dict[str, Any]) -> Any:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise _bad_request('parameter "commands" is required')  # approx.
        if len(commands) > MAX_COMMANDS:
            raise _bad_request("BOT_COMMANDS_TOO_MUCH")
        for command in commands:
            if not isinstance(command, dict):
                raise _bad_request("can't parse BotCommand")  # approx.
            if not _COMMAND_NAME.match(str(command.get("command", ""))):
                raise _bad_request("BOT_COMMAND_INVALID")
            description = command.get("description")
            if not isinstance(description, str) or not 1 <= len(description) <= 256:
                raise _bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        self.commands = [dict(c) for c in commands]
        self._bump()
        return True

    async def _send_message(self, params: dict[str, Any]) -> Any:
        chat = self._chat_for(params)
        text = params.get("text")
        if not isinstance(text, str) or not text.strip():
            raise _bad_request("message text is empty")
        if len(text) > MAX_TEXT_LENGTH:
            raise _bad_request("message is too long")
        msg = self._bot_message(chat, params, {"text": text})
        self._record_sent("sendMessage", msg, params, text)
        return copy.deepcopy(msg)

    async def _send_photo(self, params: dict[str, Any]) -> Any:
        """An upload (multipart) or the ``file_id`` of a photo the fake already holds."""
        chat = self._chat_for(params)
        caption = params.get("caption") or ""
        if not isinstance(caption, str) or len(caption) > MAX_CAPTION_LENGTH:
            raise _bad_request("message caption is too long")
        photo = params.get("photo")
        if isinstance(photo, UploadedFile):
            try:
                sizes = self._photo_sizes(photo.data)
            except (OSError, ValueError):
                raise _bad_request("IMAGE_PROCESS_FAILED") from None
        elif isinstance(photo, str) and photo in self._photo_size_of:
            sizes = [dict(self._photo_size_of[photo])]
        elif not photo:
            raise _bad_request("there is no photo in the request")
        else:
            raise _bad_request("wrong file identifier/HTTP URL specified")
        msg = self._bot_message(chat, params, {"photo": sizes, "caption": caption or None})
        self._record_sent("sendPhoto", msg, params, caption, file_id=str(sizes[-1]["file_id"]))
        return copy.deepcopy(msg)

    async def _send_document(self, params: dict[str, Any]) -> Any:
        """An uploaded file (multipart), kept as sent in ``documents``."""
        chat = self._chat_for(params)
        caption = params.get("caption") or ""
        if not isinstance(caption, str) or len(caption) > MAX_CAPTION_LENGTH:
            raise _bad_request("message caption is too long")
        document = params.get("document")
        if not isinstance(document, UploadedFile):
            raise _bad_request("there is no document in the request")
        if not document.data:
            raise _bad_request("file must be non-empty")
        if len(document.data) > UPLOAD_LIMIT:
            raise _bad_request("Request Entity Too Large")  # approx.
        stored = self.register_file(document.data, kind="document", file_name=document.filename)
        meta = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_name": document.filename or "file",
            "file_size": len(document.data),
        }
        msg = self._bot_message(chat, params, {"document": meta, "caption": caption or None})
        self.documents.append((int(chat["id"]), document.filename or "file", document.data))
        self._record_sent("sendDocument", msg, params, caption, file_id=stored.file_id)
        return copy.deepcopy(msg)

    async def _answer_callback_query(self, params: dict[str, Any]) -> Any:
        query_id = params.get("callback_query_id")
        if query_id not in self._callback_ids:
            raise _bad_request(
                "query is too old and response timeout expired or query ID is invalid"
            )
        self.answered_callbacks.append(dict(params))
        self._bump()
        return True

    async def _get_file(self, params: dict[str, Any]) -> Any:
        file_id = params.get("file_id")
        stored = self._files.get(file_id) if isinstance(file_id, str) else None
        if stored is None:
            raise _bad_request("invalid file_id")
        if stored.file_size > DOWNLOAD_LIMIT:
            raise _bad_request("file is too big")
        return stored.as_json()


# --------------------------------------------------------------------------------------------
# Helpers


def _error(status: int, description: str, parameters: JSONDict | None = None) -> web.Response:
    body: JSONDict = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.json_response(body, status=status)


def _channel_origin(title: str | None, now: int) -> JSONDict | None:
    """The ``forward_origin`` of a message forwarded from the channel ``title``."""
    if title is None:
        return None
    return {
        "type": "channel",
        "date": now - 3600,
        "chat": {
            "id": -(1_000_000_000_000 + zlib.crc32(title.encode("utf-8")) % 1_000_000_000),
            "type": "channel",
            "title": title,
        },
        "message_id": 100 + zlib.crc32(title.encode()) % 9000,
    }


def _as_dict(value: Any) -> dict[str, Any] | None:
    return copy.deepcopy(value) if isinstance(value, dict) else None


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _coerce(name: str, value: str) -> Any:
    """Turn a form value into what the Bot API means by it."""
    if name in _JSON_PARAMS:
        try:
            return json.loads(value)
        except ValueError:
            if name == "reply_markup":
                raise _bad_request("can't parse reply keyboard markup JSON object") from None
            raise _bad_request(f"can't parse {name} JSON object") from None  # approx.
    if name in _INT_PARAMS and _INT.match(value):
        return int(value)
    if name in _NUMBER_PARAMS:
        try:
            return int(value) if _INT.match(value) else float(value)
        except ValueError:
            return value
    if name in _BOOL_PARAMS and value.lower() in ("true", "false", "1", "0"):
        return value.lower() in ("true", "1")
    return value


async def _read_params(request: web.Request) -> dict[str, Any]:
    params: dict[str, Any] = {k: _coerce(k, v) for k, v in request.query.items()}
    if request.method not in ("POST", "PUT"):
        return params
    content_type = request.content_type
    if content_type == "multipart/form-data":
        reader = await request.multipart()
        while True:
            part = await reader.next()
            if part is None:
                break
            if not isinstance(part, BodyPartReader) or part.name is None:
                continue
            if part.filename is not None:
                data = await part.read(decode=False)
                params[part.name] = UploadedFile(
                    part.name, part.filename, part.headers.get("Content-Type"), bytes(data)
                )
            else:
                params[part.name] = _coerce(part.name, await part.text())
        return params
    body = await request.read()
    if not body:
        return params
    if content_type == "application/json":
        try:
            decoded = json.loads(body)
        except ValueError:
            raise _bad_request("can't parse JSON object") from None  # approx.
        if not isinstance(decoded, dict):
            raise _bad_request("can't parse JSON object")  # approx.
        params.update({k: _coerce(k, v) if isinstance(v, str) else v for k, v in decoded.items()})
        return params
    text = body.decode("utf-8", "replace")
    params.update({k: _coerce(k, v) for k, v in parse_qsl(text, keep_blank_values=True)})
    return params
