"""A fake Telegram Bot API server for end-to-end tests.

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
* request bodies as PTB sends them (``application/x-www-form-urlencoded`` with nested objects as
  JSON strings, ``multipart/form-data`` for uploads), plus ``application/json`` bodies and GET
  queries;
* ``getUpdates`` long polling: waits on an event (never a sleep loop) until an update arrives or
  ``timeout`` elapses; updates stay queued until a later call confirms them with ``offset``; a
  second concurrent ``getUpdates`` terminates the first with 409; 409 while a webhook is set;
  ``allowed_updates`` is remembered and, like Telegram, filters updates created *after* the call;
* message validation that real bots trip over: HTML / MarkdownV2 / Markdown parsing with Telegram's
  error texts (``can't parse entities: Unsupported start tag "x" at byte offset N``), empty or
  over-long text, ``callback_data`` over 64 bytes, replies to unknown messages, edits that change
  nothing (``message is not modified``), unknown chats (``chat not found``), blocked users (403),
  unknown ``callback_query_id`` and ``file_id``, downloads over 20 MB (``file is too big``).

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

from aiohttp import BodyPartReader, ClientSession, ClientTimeout, web
from PIL import Image

from tests.fakes.local_server import LocalServer

JSONDict = dict[str, Any]

DEFAULT_TOKEN: Final = "123456:TEST-TOKEN"
BOT_USER_ID: Final = 999000
BOT_FIRST_NAME: Final = "Tipline"
BOT_USERNAME: Final = "tipline_test_bot"

#: ``telegram.constants.FileSizeLimit.FILESIZE_DOWNLOAD``: bots cannot download bigger files.
DOWNLOAD_LIMIT: Final = 20_000_000
MAX_TEXT_LENGTH: Final = 4096
MAX_CAPTION_LENGTH: Final = 1024
MAX_CALLBACK_DATA_BYTES: Final = 64

_API_PATH = re.compile(r"^/bot(?P<token>[^/]*)/(?P<method>[^/]*)/?$")
_FILE_PATH = re.compile(r"^/file/bot(?P<token>[^/]*)/(?P<path>.+)$")
_COMMAND_NAME = re.compile(r"^[a-z0-9_]{1,32}$")
_LANGUAGE_CODE = re.compile(r"^[a-z]{2}$")
_SECRET_TOKEN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_INT = re.compile(r"^-?\d+$")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Parameters that PTB JSON-encodes (nested objects and arrays) and that arrive as JSON strings.
_JSON_PARAMS: Final = _words(
    "reply_markup link_preview_options reply_parameters allowed_updates commands scope "
    "entities caption_entities media message_ids reaction menu_button options"
)
_INT_PARAMS: Final = _words(
    "chat_id from_chat_id message_id offset limit max_connections cache_time user_id "
    "message_thread_id reply_to_message_id duration"
)
_NUMBER_PARAMS: Final = frozenset({"timeout"})
_BOOL_PARAMS: Final = _words(
    "disable_notification protect_content drop_pending_updates show_alert "
    "allow_sending_without_reply has_spoiler disable_content_type_detection "
    "allow_paid_broadcast show_caption_above_media"
)
_CHAT_ACTIONS: Final = _words(
    "typing upload_photo record_video upload_video record_voice upload_voice "
    "upload_document choose_sticker find_location record_video_note upload_video_note"
)
_INLINE_BUTTON_ACTIONS: Final = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
# Update types Telegram does not send unless explicitly listed in allowed_updates.
_OPT_IN_UPDATES: Final = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
_HTML_TAGS: Final = _words(
    "a b strong i em s strike del u ins tg-spoiler tg-emoji tg-time span pre code blockquote"
)
_HTML_ENTITY = re.compile(r"&(?:(lt|gt|amp|quot)|#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6}));")
_HTML_NAMED: Final = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
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
    """A message the bot delivered (sendMessage, sendPhoto, sendDocument, forward/copyMessage)
    or, in ``fake.edits``, the new state of an edited message.

    ``text`` is exactly what the bot sent (markup included; the caption for media);
    ``plain_text`` is what the user sees once Telegram has parsed ``parse_mode``.
    """

    chat_id: int
    text: str
    reply_markup: dict[str, Any] | None
    message_id: int
    method: str = "sendMessage"
    parse_mode: str | None = None
    plain_text: str = ""
    link_preview_options: dict[str, Any] | None = None
    reply_parameters: dict[str, Any] | None = None
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
# Telegram markup parsing (follows tdlib's parser closely enough to reproduce its errors)


class _EntityError(Exception):
    pass


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8", "surrogatepass"))


def _decode_html_entity(match: re.Match[str]) -> str | None:
    named, dec, hexa = match.groups()
    if named:
        return _HTML_NAMED[named]
    code = int(dec) if dec else int(hexa, 16)
    if code == 0 or code > 0x10FFFF:
        return None
    return chr(code)


def html_to_plain(text: str) -> str:
    """Parse Telegram HTML; return the visible text or raise ``_EntityError`` with tdlib's text."""
    out: list[str] = []
    stack: list[str] = []
    n = len(text)
    i = 0

    def err(message: str) -> _EntityError:
        return _EntityError(message)

    while i < n:
        c = text[i]
        if c == "&":
            m = _HTML_ENTITY.match(text, i)
            decoded = _decode_html_entity(m) if m else None
            if m and decoded is not None:
                out.append(decoded)
                i = m.end()
                continue
            out.append(c)
            i += 1
            continue
        if c != "<":
            out.append(c)
            i += 1
            continue
        begin = i
        at = _byte_offset(text, begin)
        i += 1
        if i < n and text[i] == "/":
            if not stack:
                raise err(f"Unexpected end tag at byte offset {at}")
            j = i + 1
            while j < n and not text[j].isspace() and text[j] != ">":
                j += 1
            end_name = text[i + 1 : j].lower()
            while j < n and text[j].isspace():
                j += 1
            if j >= n or text[j] != ">":
                raise err(f"Unclosed end tag at byte offset {at}")
            top = stack.pop()
            if end_name and end_name != top:
                raise err(
                    f'Unmatched end tag at byte offset {at}, expected "</{top}>", '
                    f'found "</{end_name}>"'
                )
            i = j + 1
            continue
        j = i
        while j < n and not text[j].isspace() and text[j] != ">":
            j += 1
        if j >= n:
            raise err(f"Unclosed start tag at byte offset {at}")
        tag = text[i:j].lower()
        if tag not in _HTML_TAGS:
            raise err(f'Unsupported start tag "{tag}" at byte offset {at}')
        i = j
        attributes: dict[str, str] = {}
        while True:
            while i < n and text[i].isspace():
                i += 1
            if i >= n:
                raise err(f"Unclosed start tag at byte offset {at}")
            if text[i] == ">":
                i += 1
                break
            name_begin = i
            while i < n and not text[i].isspace() and text[i] not in "=>":
                i += 1
            name = text[name_begin:i].lower()
            if not name:
                raise err(f'Empty attribute name in the tag "{tag}" at byte offset {at}')
            while i < n and text[i].isspace():
                i += 1
            if i >= n or text[i] != "=":
                raise err(
                    f'Expected equal sign in declaration of an attribute of the tag "{tag}" '
                    f"at byte offset {at}"
                )
            i += 1
            while i < n and text[i].isspace():
                i += 1
            if i >= n:
                raise err(f'Unclosed start tag "{tag}" at byte offset {at}')
            if text[i] in "'\"":
                quote = text[i]
                end = text.find(quote, i + 1)
                if end < 0:
                    raise err(f"Unclosed start tag at byte offset {at}")
                raw = text[i + 1 : end]
                value = _HTML_ENTITY.sub(lambda m: _decode_html_entity(m) or m.group(0), raw)
                i = end + 1
            else:
                token_begin = i
                while i < n and (text[i].isalnum() or text[i] in ".-"):
                    i += 1
                value = text[token_begin:i].lower()
                if i < n and not text[i].isspace() and text[i] != ">":
                    raise err(
                        f"Unexpected end of name token at byte offset "
                        f"{_byte_offset(text, token_begin)}"
                    )
            attributes[name] = value
        if tag == "span" and attributes.get("class") != "tg-spoiler":
            raise err(f'Tag "span" must have class "tg-spoiler" at byte offset {at}')
        stack.append(tag)
    if stack:
        raise err(f'Can\'t find end tag corresponding to start tag "{stack[-1]}"')
    return "".join(out)


_MDV2_RESERVED: Final = frozenset("_*[]()~`>#+-=|{}.!")
_MDV2_NAMES: Final = {
    "italic": "Italic",
    "underline": "Underline",
    "bold": "Bold",
    "strikethrough": "Strikethrough",
    "spoiler": "Spoiler",
    "code": "Code",
    "pre": "Pre",
    "link": "TextUrl",
}


def markdown_v2_to_plain(text: str) -> str:
    """Approximation of Telegram's MarkdownV2 parser: same escaping rules and error texts for the
    common mistakes (unescaped reserved characters, unclosed entities)."""
    out: list[str] = []
    stack: list[tuple[str, int]] = []
    n = len(text)
    i = 0

    def toggle(kind: str) -> None:
        if stack and stack[-1][0] == kind:
            stack.pop()
        else:
            stack.append((kind, _byte_offset(text, i)))

    while i < n:
        c = text[i]
        top = stack[-1][0] if stack else None
        if c == "\\" and i + 1 < n and 0 < ord(text[i + 1]) <= 126:
            out.append(text[i + 1])
            i += 2
            continue
        if top == "pre":
            if text.startswith("```", i):
                stack.pop()
                i += 3
            else:
                out.append(c)
                i += 1
            continue
        if top == "code":
            if c == "`":
                stack.pop()
            else:
                out.append(c)
            i += 1
            continue
        if c not in _MDV2_RESERVED:
            out.append(c)
            i += 1
            continue
        if text.startswith("```", i):
            stack.append(("pre", _byte_offset(text, i)))
            i += 3
            newline = text.find("\n", i)
            if newline >= 0 and re.fullmatch(r"[A-Za-z0-9_+#.-]*", text[i:newline]):
                i = newline + 1  # the language tag line
            continue
        if c == "`":
            toggle("code")
            i += 1
            continue
        if c == ">" and (i == 0 or text[i - 1] == "\n"):
            i += 1  # block quote marker
            continue
        if text.startswith("**>", i) and (i == 0 or text[i - 1] == "\n"):
            i += 3  # expandable block quote
            continue
        if text.startswith("||", i):
            toggle("spoiler")
            i += 2
            continue
        if text.startswith("__", i):
            toggle("underline")
            i += 2
            continue
        if c in "_*~":
            toggle({"_": "italic", "*": "bold", "~": "strikethrough"}[c])
            i += 1
            continue
        if c == "[":
            stack.append(("link", _byte_offset(text, i)))
            i += 1
            continue
        if c == "]" and top == "link":
            stack.pop()
            i += 1
            if i < n and text[i] == "(":
                j = i + 1
                while j < n and text[j] != ")":
                    j += 2 if text[j] == "\\" else 1
                if j >= n:
                    raise _EntityError(
                        f"Can't find end of a url at byte offset {_byte_offset(text, i)}"
                    )
                i = j + 1
            continue
        raise _EntityError(
            f"Character '{c}' is reserved and must be escaped with the preceding '\\'"
        )
    if stack:
        kind, at = stack[-1]
        raise _EntityError(f"Can't find end of {_MDV2_NAMES[kind]} entity at byte offset {at}")
    return "".join(out)


def markdown_to_plain(text: str) -> str:
    """Telegram's legacy ``Markdown`` parse mode (``*bold*``, ``_italic_``, `` `code` ``,
    ```` ```pre``` ````, ``[text](url)``)."""
    out: list[str] = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c == "\\" and i + 1 < n and text[i + 1] in "_*`[":
            out.append(text[i + 1])
            i += 2
            continue
        if c not in "_*`[":
            out.append(c)
            i += 1
            continue
        at = _byte_offset(text, i)
        error = _EntityError(f"Can't find end of the entity starting at byte offset {at}")
        if text.startswith("```", i):
            end = text.find("```", i + 3)
            if end < 0:
                raise error
            out.append(text[i + 3 : end])
            i = end + 3
        elif c == "[":
            end = text.find("]", i + 1)
            if end < 0:
                raise error
            out.append(text[i + 1 : end])
            i = end + 1
            if i < n and text[i] == "(":
                close = text.find(")", i)
                if close < 0:
                    raise error
                i = close + 1
        else:
            end = text.find(c, i + 1)
            if end < 0:
                raise error
            out.append(text[i + 1 : end])
            i = end + 1
    return "".join(out)


def render_plain(text: str, parse_mode: str | None) -> str:
    """What the user sees for ``text`` in ``parse_mode``; raises ``ApiError`` like Telegram."""
    if not parse_mode:
        return text
    mode = parse_mode.lower()
    try:
        if mode == "html":
            return html_to_plain(text)
        if mode == "markdownv2":
            return markdown_v2_to_plain(text)
        if mode == "markdown":
            return markdown_to_plain(text)
    except _EntityError as exc:
        raise _bad_request(f"can't parse entities: {exc}") from None
    raise _bad_request("unsupported parse_mode")


# --------------------------------------------------------------------------------------------
# The server


class FakeTelegramAPI(LocalServer):
    """Fake Telegram Bot API server. See the module docstring."""

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        host: str = "127.0.0.1",
        strict_chats: bool = True,
    ) -> None:
        super().__init__(host)
        self.token = token
        #: If true, sending to a chat the fake has never seen (``user()`` / ``group_chat()`` /
        #: builders register chats) fails with 400 "chat not found", like Telegram.
        self.strict_chats = strict_chats
        self.bot_user: JSONDict = {
            "id": BOT_USER_ID,
            "is_bot": True,
            "first_name": BOT_FIRST_NAME,
            "username": BOT_USERNAME,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

        #: Every request: (method name, parsed params). Includes rejected/unauthorized calls.
        self.calls: list[tuple[str, dict[str, Any]]] = []
        #: Messages the bot delivered, in order.
        self.sent: list[SentMessage] = []
        #: New states of messages after editMessageText / editMessageReplyMarkup.
        self.edits: list[SentMessage] = []
        #: (chat_id, message_id) removed through deleteMessage.
        self.deleted: list[tuple[int, int]] = []
        #: Calls answered with an error (validation or ``fail_next``).
        self.rejected: list[RejectedCall] = []
        #: answerCallbackQuery params, in order.
        self.answered_callbacks: list[dict[str, Any]] = []
        #: (chat_id, action) from sendChatAction.
        self.chat_actions: list[tuple[int, str]] = []
        #: file paths served through the download URL.
        self.downloads: list[str] = []
        #: Current webhook (url, secret_token, allowed_updates, max_connections) or None.
        self.webhook: dict[str, Any] | None = None
        #: (update_id, HTTP status) for each ``deliver_webhook``.
        self.webhook_deliveries: list[tuple[int, int]] = []
        #: Bot commands keyed by (scope JSON, language_code); default scope/language are
        #: ``'{"type": "default"}'`` and ``""``. See ``commands_for``.
        self.commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        #: setMyDescription / setMyShortDescription, keyed by (kind, language_code).
        self.descriptions: dict[tuple[str, str], str] = {}
        #: The ``allowed_updates`` Telegram remembers (None = default set).
        self.allowed_updates: list[str] | None = None
        #: Updates discarded at push time because ``allowed_updates`` excluded their type.
        self.filtered_updates: list[JSONDict] = []
        #: Highest ``offset`` received by getUpdates.
        self.confirmed_offset = 0
        self.blocked: set[int] = set()

        self._pending: list[_Pending] = []
        self._failures: dict[str, deque[_Failure]] = {}
        self._files: dict[str, StoredFile] = {}
        self._files_by_path: dict[str, StoredFile] = {}
        self._photo_size_of: dict[str, JSONDict] = {}
        self._chats: dict[int, JSONDict] = {}
        self._usernames: dict[str, int] = {}
        self._messages: dict[tuple[int, int], JSONDict] = {}
        self._message_counters: dict[int, int] = {}
        self._callback_ids: set[str] = set()
        self._update_ids = itertools.count(1000)
        self._file_counter = itertools.count(1)
        self._callback_counter = itertools.count(1)
        self._poll_generation = 0
        self._closing = False

        handlers: dict[str, Callable[[dict[str, Any]], Awaitable[Any]]] = {
            "getMe": self._get_me,
            "getUpdates": self._get_updates,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "setMyDescription": self._set_my_description,
            "getMyDescription": self._get_my_description,
            "setMyShortDescription": self._set_my_short_description,
            "getMyShortDescription": self._get_my_short_description,
            "sendMessage": self._send_message,
            "sendPhoto": self._send_photo,
            "sendDocument": self._send_document,
            "forwardMessage": self._forward_message,
            "copyMessage": self._copy_message,
            "sendChatAction": self._send_chat_action,
            "answerCallbackQuery": self._answer_callback_query,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "deleteMessage": self._delete_message,
            "getFile": self._get_file,
        }
        self._methods: dict[str, tuple[str, Callable[[dict[str, Any]], Awaitable[Any]]]] = {
            name.lower(): (name, handler) for name, handler in handlers.items()
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
        self,
        method: str,
        status: int,
        *,
        retry_after: int | None = None,
        description: str | None = None,
        times: int = 1,
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
            text = description or f"Too Many Requests: retry after {retry_after}"
        else:
            text = description or _DEFAULT_DESCRIPTIONS.get(status, f"Error {status}")
            retry_after = None
        queue = self._failures.setdefault(canonical, deque())
        for _ in range(times):
            queue.append(_Failure(status, text, retry_after))

    def clear_failures(self) -> None:
        """Forget every failure still queued by ``fail_next``: the API works again."""
        self._failures.clear()

    def block(self, chat_id: int) -> None:
        """The user blocked the bot: sends to ``chat_id`` get 403."""
        self.blocked.add(chat_id)

    def unblock(self, chat_id: int) -> None:
        self.blocked.discard(chat_id)

    def messages_to(self, chat_id: int) -> list[SentMessage]:
        return [m for m in self.sent if m.chat_id == chat_id]

    def calls_of(self, method: str) -> list[dict[str, Any]]:
        name = self._canonical(method) or method
        return [params for m, params in self.calls if m == name]

    def message(self, chat_id: int, message_id: int) -> JSONDict | None:
        """Current state of a message (sent by the bot or built for a user)."""
        msg = self._messages.get((chat_id, message_id))
        return copy.deepcopy(msg) if msg is not None else None

    def commands_for(
        self, language_code: str = "", scope: Mapping[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        return list(self.commands.get((self._scope_key(scope), language_code), []))

    @property
    def pending_updates(self) -> list[JSONDict]:
        """Updates not yet confirmed through ``offset``."""
        return [copy.deepcopy(p.update) for p in self._pending]

    def file_bytes(self, file_id: str) -> bytes:
        return self._files[file_id].data

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
                f"  chat={m.chat_id} id={m.message_id} {m.method} "
                f"parse_mode={m.parse_mode} text={m.text[:300]!r}"
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
        if push:
            return self.push_update(update)
        update["update_id"] = next(self._update_ids)
        return update

    @staticmethod
    def webhook_update_json(update: JSONDict) -> str:
        return json.dumps(update, ensure_ascii=False)

    async def deliver_webhook(
        self,
        update: JSONDict,
        *,
        url: str | None = None,
        secret_token: str | None = None,
        timeout: float = 10.0,
    ) -> int:
        """POST ``update`` to the webhook the bot set (or ``url``) the way Telegram does, with the
        ``X-Telegram-Bot-Api-Secret-Token`` header. Returns the HTTP status."""
        target = url or (self.webhook or {}).get("url")
        if not target:
            raise AssertionError("deliver_webhook: no webhook set and no url given")
        secret = (
            secret_token if secret_token is not None else (self.webhook or {}).get("secret_token")
        )
        headers = {"Content-Type": "application/json"}
        if secret:
            headers["X-Telegram-Bot-Api-Secret-Token"] = secret
        if "update_id" not in update:
            update["update_id"] = next(self._update_ids)
        body = self.webhook_update_json(update).encode("utf-8")
        async with (
            ClientSession(timeout=ClientTimeout(total=timeout)) as session,
            session.post(target, data=body, headers=headers) as response,
        ):
            await response.read()
            status = response.status
        self.webhook_deliveries.append((int(update["update_id"]), status))
        self._bump()
        return status

    # ---------------------------------------------------------------- builders

    def user(
        self,
        user_id: int,
        first_name: str = "Ana",
        language_code: str | None = "es",
        *,
        last_name: str | None = None,
        username: str | None = None,
        is_premium: bool | None = None,
    ) -> JSONDict:
        """A User dict; also registers the user's private chat with the bot."""
        user: JSONDict = {"id": user_id, "is_bot": False, "first_name": first_name}
        if last_name is not None:
            user["last_name"] = last_name
        if username is not None:
            user["username"] = username
        if language_code is not None:
            user["language_code"] = language_code
        if is_premium is not None:
            user["is_premium"] = is_premium
        chat: JSONDict = {"id": user_id, "type": "private", "first_name": first_name}
        if last_name is not None:
            chat["last_name"] = last_name
        if username is not None:
            chat["username"] = username
        self._register_chat(chat)
        return user

    def group_chat(
        self, chat_id: int, title: str = "Fact-checkers", *, type: str = "supergroup"
    ) -> JSONDict:
        """A group Chat dict (pass as ``chat=`` to builders); registers it as known."""
        chat: JSONDict = {"id": chat_id, "type": type, "title": title}
        self._register_chat(chat)
        return chat

    def text_message(
        self,
        user: JSONDict,
        text: str,
        *,
        forward_from_channel: str | None = None,
        forward_from_user: JSONDict | None = None,
        forward_hidden_name: str | None = None,
        forward_from_chat: str | None = None,
        forward_date: int | None = None,
        entities: Sequence[JSONDict] | None = None,
        chat: JSONDict | None = None,
        reply_to_message_id: int | None = None,
        push: bool = True,
    ) -> JSONDict:
        """A ``message`` update with text (optionally forwarded, see ``forward_origin``)."""
        msg = self._user_message(
            user,
            chat,
            origin=self._origin(
                forward_from_channel,
                forward_from_user,
                forward_hidden_name,
                forward_from_chat,
                forward_date,
            ),
            reply_to_message_id=reply_to_message_id,
            text=text,
            entities=list(entities) if entities else None,
        )
        return self._finish({"message": msg}, push)

    def edited_text_message(
        self,
        user: JSONDict,
        message_id: int,
        text: str,
        *,
        chat: JSONDict | None = None,
        push: bool = True,
    ) -> JSONDict:
        """An ``edited_message`` update for a message built earlier."""
        chat_id = (chat or user)["id"]
        stored = self._messages.get((chat_id, message_id))
        if stored is None:
            raise ValueError(f"no message {message_id} in chat {chat_id} to edit")
        stored["text"] = text
        stored["edit_date"] = self._now()
        return self._finish({"edited_message": copy.deepcopy(stored)}, push)

    def command(
        self,
        user: JSONDict,
        command: str,
        *args: str,
        chat: JSONDict | None = None,
        push: bool = True,
    ) -> JSONDict:
        """A text message starting with a ``bot_command`` entity (CommandHandler needs it)."""
        cmd = command if command.startswith("/") else f"/{command}"
        text = " ".join([cmd, *args])
        entity = {"type": "bot_command", "offset": 0, "length": _utf16_len(cmd)}
        msg = self._user_message(user, chat, text=text, entities=[entity])
        return self._finish({"message": msg}, push)

    def photo_message(
        self,
        user: JSONDict,
        image_bytes: bytes,
        *,
        caption: str | None = None,
        caption_entities: Sequence[JSONDict] | None = None,
        media_group_id: str | None = None,
        forward_from_channel: str | None = None,
        forward_from_user: JSONDict | None = None,
        forward_hidden_name: str | None = None,
        forward_from_chat: str | None = None,
        forward_date: int | None = None,
        width: int | None = None,
        height: int | None = None,
        chat: JSONDict | None = None,
        push: bool = True,
    ) -> JSONDict:
        """A photo message. ``photo`` lists PhotoSizes smallest first; the last one is
        ``image_bytes`` itself with its real width/height/file_size. Undecodable bytes need
        explicit ``width``/``height``."""
        msg = self._user_message(
            user,
            chat,
            origin=self._origin(
                forward_from_channel,
                forward_from_user,
                forward_hidden_name,
                forward_from_chat,
                forward_date,
            ),
            photo=self._photo_sizes(image_bytes, width, height),
            caption=caption,
            caption_entities=list(caption_entities) if caption_entities else None,
            media_group_id=media_group_id,
        )
        return self._finish({"message": msg}, push)

    def media_group(
        self,
        user: JSONDict,
        images: Sequence[bytes],
        *,
        caption: str | None = None,
        media_group_id: str | None = None,
        forward_from_channel: str | None = None,
        chat: JSONDict | None = None,
        push: bool = True,
    ) -> list[JSONDict]:
        """An album: one photo update per image sharing ``media_group_id``; caption on the first."""
        group_id = media_group_id or str(13_000_000_000_000_000 + next(self._file_counter))
        return [
            self.photo_message(
                user,
                image,
                caption=caption if index == 0 else None,
                media_group_id=group_id,
                forward_from_channel=forward_from_channel,
                chat=chat,
                push=push,
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
        media_group_id: str | None = None,
        forward_from_channel: str | None = None,
        forward_from_user: JSONDict | None = None,
        forward_hidden_name: str | None = None,
        forward_from_chat: str | None = None,
        forward_date: int | None = None,
        chat: JSONDict | None = None,
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
        msg = self._user_message(
            user,
            chat,
            origin=self._origin(
                forward_from_channel,
                forward_from_user,
                forward_hidden_name,
                forward_from_chat,
                forward_date,
            ),
            document=document,
            caption=caption,
            media_group_id=media_group_id,
        )
        return self._finish({"message": msg}, push)

    def sticker_message(
        self, user: JSONDict, *, emoji: str = "😂", chat: JSONDict | None = None, push: bool = True
    ) -> JSONDict:
        stored = self.register_file(b"RIFF\x00\x00\x00\x00WEBPVP8 fake-sticker", kind="sticker")
        sticker = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "type": "regular",
            "emoji": emoji,
            "set_name": "FakeStickers",
            "file_size": stored.file_size,
        }
        return self._finish({"message": self._user_message(user, chat, sticker=sticker)}, push)

    def voice_message(
        self,
        user: JSONDict,
        *,
        duration: int = 3,
        data: bytes = b"OggS\x00fake-voice-note",
        chat: JSONDict | None = None,
        push: bool = True,
    ) -> JSONDict:
        stored = self.register_file(data, kind="voice")
        voice = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "duration": duration,
            "mime_type": "audio/ogg",
            "file_size": stored.file_size,
        }
        return self._finish({"message": self._user_message(user, chat, voice=voice)}, push)

    def location_message(
        self,
        user: JSONDict,
        *,
        latitude: float = -23.5505,
        longitude: float = -46.6333,
        chat: JSONDict | None = None,
        push: bool = True,
    ) -> JSONDict:
        location = {"latitude": latitude, "longitude": longitude}
        return self._finish({"message": self._user_message(user, chat, location=location)}, push)

    def contact_message(
        self,
        user: JSONDict,
        *,
        phone_number: str = "+5511999990000",
        first_name: str = "Bea",
        contact_user_id: int | None = None,
        chat: JSONDict | None = None,
        push: bool = True,
    ) -> JSONDict:
        contact: JSONDict = {"phone_number": phone_number, "first_name": first_name}
        if contact_user_id is not None:
            contact["user_id"] = contact_user_id
        return self._finish({"message": self._user_message(user, chat, contact=contact)}, push)

    def poll_message(
        self,
        user: JSONDict,
        *,
        question: str = "Will the election be postponed?",
        options: Sequence[str] = ("Yes", "No"),
        chat: JSONDict | None = None,
        push: bool = True,
    ) -> JSONDict:
        poll = {
            "id": str(5_000_000_000_000_000 + next(self._file_counter)),
            "question": question,
            "options": [
                {"text": option, "voter_count": 0, "persistent_id": str(index)}
                for index, option in enumerate(options)
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
        return self._finish({"message": self._user_message(user, chat, poll=poll)}, push)

    def callback_query(
        self,
        user: JSONDict,
        data: str,
        message_id: int,
        *,
        chat: JSONDict | None = None,
        strict: bool = True,
        push: bool = True,
    ) -> JSONDict:
        """The user presses an inline button with ``data`` on bot message ``message_id``.

        With ``strict`` the message must exist and carry a button with that ``callback_data``
        (a user cannot press a button that is not there)."""
        chat_id = int((chat or user)["id"])
        stored = self._messages.get((chat_id, message_id))
        if stored is None:
            known = sorted(mid for (cid, mid) in self._messages if cid == chat_id)
            raise ValueError(
                f"callback_query: no message {message_id} in chat {chat_id}; known: {known}"
            )
        if strict:
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
        prefixes = {
            "photo": "AgACAgEAAxkBAA",
            "document": "BQACAgEAAxkBAA",
            "voice": "AwACAgEAAxkBAA",
            "sticker": "CAACAgEAAxkBAA",
        }
        file_id = f"{prefixes.get(kind, 'BAACAgEAAxkBAA')}{n:06d}{_b64(digest.digest()[12:24])}"
        ext = _extension(kind, file_name)
        folder = {"photo": "photos", "voice": "voice", "sticker": "stickers"}.get(kind, "documents")
        stored = StoredFile(file_id, unique, f"{folder}/file_{n}{ext}", size, data)
        self._files[file_id] = stored
        self._files_by_path[stored.file_path] = stored
        return stored

    # ---------------------------------------------------------------- builder internals

    @staticmethod
    def _now() -> int:
        return int(time.time())

    def _register_chat(self, chat: JSONDict) -> None:
        self._chats[int(chat["id"])] = dict(chat)
        if chat.get("username"):
            self._usernames[str(chat["username"]).lower()] = int(chat["id"])

    def _next_message_id(self, chat_id: int) -> int:
        value = self._message_counters.get(chat_id, 0) + 1
        self._message_counters[chat_id] = value
        return value

    def _private_chat(self, user: JSONDict) -> JSONDict:
        chat = self._chats.get(int(user["id"]))
        if chat is None or chat.get("type") != "private":
            chat = {"id": user["id"], "type": "private", "first_name": user["first_name"]}
            self._register_chat(chat)
        return chat

    def _new_message(
        self, chat: JSONDict, sender: JSONDict | None, content: Mapping[str, Any]
    ) -> JSONDict:
        chat_id = int(chat["id"])
        msg: JSONDict = {"message_id": self._next_message_id(chat_id), "date": self._now()}
        if sender is not None:
            msg["from"] = dict(sender)
        msg["chat"] = dict(chat)
        msg.update({k: copy.deepcopy(v) for k, v in content.items() if v is not None})
        self._messages[(chat_id, msg["message_id"])] = msg
        return msg

    def _user_message(
        self,
        user: JSONDict,
        chat: JSONDict | None,
        *,
        origin: JSONDict | None = None,
        reply_to_message_id: int | None = None,
        **content: Any,
    ) -> JSONDict:
        target = dict(chat) if chat is not None else self._private_chat(user)
        if chat is not None:
            self._register_chat(target)
        fields: JSONDict = {}
        if origin is not None:
            fields["forward_origin"] = origin
        if reply_to_message_id is not None:
            replied = self._messages.get((int(target["id"]), reply_to_message_id))
            if replied is None:
                raise ValueError(f"reply_to_message_id {reply_to_message_id} not found")
            fields["reply_to_message"] = copy.deepcopy(replied)
        fields.update(content)
        return copy.deepcopy(self._new_message(target, user, fields))

    def _origin(
        self,
        channel: str | None,
        user: JSONDict | None,
        hidden_name: str | None,
        chat: str | None,
        date: int | None,
    ) -> JSONDict | None:
        given = [x for x in (channel, user, hidden_name, chat) if x is not None]
        if not given:
            return None
        if len(given) > 1:
            raise ValueError("give at most one forward_from_* / forward_hidden_name")
        when = date if date is not None else self._now() - 3600
        if channel is not None:
            return {
                "type": "channel",
                "date": when,
                "chat": {"id": _stable_chat_id(channel), "type": "channel", "title": channel},
                "message_id": 100 + zlib.crc32(channel.encode()) % 9000,
            }
        if user is not None:
            return {"type": "user", "date": when, "sender_user": dict(user)}
        if hidden_name is not None:
            return {"type": "hidden_user", "date": when, "sender_user_name": hidden_name}
        assert chat is not None
        return {
            "type": "chat",
            "date": when,
            "sender_chat": {"id": _stable_chat_id(chat), "type": "supergroup", "title": chat},
        }

    def _photo_sizes(self, data: bytes, width: int | None, height: int | None) -> list[JSONDict]:
        variants: list[tuple[bytes, int, int]] = []
        try:
            with Image.open(io.BytesIO(data)) as image:
                real_w, real_h = image.size
                for side in (90, 320):
                    if max(real_w, real_h) <= side and variants:
                        break
                    thumb = image.convert("RGB")
                    thumb.thumbnail((side, side))
                    buffer = io.BytesIO()
                    thumb.save(buffer, format="JPEG", quality=80)
                    variants.append((buffer.getvalue(), thumb.width, thumb.height))
            variants.append((data, width or real_w, height or real_h))
        except (OSError, ValueError):
            if width is None or height is None:
                raise ValueError(
                    "photo_message: bytes are not an image Pillow can read; "
                    "pass width= and height= explicitly"
                ) from None
            variants = [(data, width, height), (data, width, height)]
        sizes = []
        for blob, w, h in variants:
            stored = self.register_file(blob, kind="photo")
            size = {
                "file_id": stored.file_id,
                "file_unique_id": stored.file_unique_id,
                "file_size": stored.file_size,
                "width": w,
                "height": h,
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
            self.rejected.append(RejectedCall(name, {}, exc.status, exc.description))
            self._bump()
            return _error(exc.status, exc.description, exc.parameters)
        self.calls.append((name, params))
        self._bump()
        if token != self.token:
            return self._reject(name, params, ApiError(401, "Unauthorized"))
        if entry is None:
            return self._reject(name, params, ApiError(404, "Not Found"))
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
            result = await entry[1](params)
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

    def _chat_for(self, params: Mapping[str, Any], key: str = "chat_id") -> JSONDict:
        raw = params.get(key)
        if raw is None or raw == "":
            raise _bad_request(f"{key} is empty")
        chat_id: int | None = None
        if isinstance(raw, int) and not isinstance(raw, bool):
            chat_id = raw
        elif isinstance(raw, str) and raw.startswith("@"):
            chat_id = self._usernames.get(raw[1:].lower())
        if chat_id is None:
            raise _bad_request("chat not found")
        chat = self._chats.get(chat_id)
        if chat is None:
            if self.strict_chats:
                raise _bad_request("chat not found")
            chat = {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"}
        if chat_id in self.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return chat

    def _check_markup(self, markup: Any) -> dict[str, Any] | None:
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise _bad_request("can't parse reply keyboard markup JSON object")
        if "inline_keyboard" not in markup:
            return markup  # reply keyboards, remove_keyboard, force_reply
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            # approx.
            raise _bad_request("can't parse inline keyboard button: must be an Object")
        for row in rows:
            for button in row:
                if not isinstance(button, dict) or not isinstance(button.get("text"), str):
                    # approx.
                    raise _bad_request("can't parse inline keyboard button: Text must be a String")
                actions = [key for key in _INLINE_BUTTON_ACTIONS if key in button]
                if not actions:
                    raise _bad_request("text buttons are unallowed in the inline keyboard")
                if "callback_data" in button:
                    data = button["callback_data"]
                    size = len(data.encode("utf-8")) if isinstance(data, str) else 0
                    if not 1 <= size <= MAX_CALLBACK_DATA_BYTES:
                        raise _bad_request("BUTTON_DATA_INVALID")
                if "url" in button and not str(button["url"]).strip():
                    raise _bad_request("BUTTON_URL_INVALID")  # approx.
        return markup

    def _reply_to(self, chat_id: int, params: Mapping[str, Any]) -> JSONDict | None:
        reply = params.get("reply_parameters")
        if reply is None and params.get("reply_to_message_id") is not None:
            reply = {
                "message_id": params["reply_to_message_id"],
                "allow_sending_without_reply": params.get("allow_sending_without_reply", False),
            }
        if reply is None:
            return None
        if not isinstance(reply, dict) or not isinstance(reply.get("message_id"), int):
            raise _bad_request("can't parse reply parameters JSON object")  # approx.
        target_chat = reply.get("chat_id", chat_id)
        replied = self._messages.get((target_chat, reply["message_id"]))
        if replied is None and not reply.get("allow_sending_without_reply"):
            raise _bad_request("message to be replied not found")
        return copy.deepcopy(replied) if replied is not None else None

    def _text_and_plain(
        self, text: Any, parse_mode: Any, *, caption: bool = False
    ) -> tuple[str, str]:
        if not isinstance(text, str) or (not text.strip() and not caption):
            raise _bad_request("message text is empty")
        mode = parse_mode if isinstance(parse_mode, str) and parse_mode else None
        plain = render_plain(text, mode)
        if caption:
            if len(plain) > MAX_CAPTION_LENGTH:
                raise _bad_request("message caption is too long")
        else:
            if not plain.strip():
                raise _bad_request("message text is empty")
            if len(plain) > MAX_TEXT_LENGTH:
                raise _bad_request("message is too long")
        return text, plain

    def _bot_message(
        self,
        chat: JSONDict,
        params: Mapping[str, Any],
        content: Mapping[str, Any],
        markup: dict[str, Any] | None,
    ) -> JSONDict:
        fields = dict(content)
        replied = self._reply_to(int(chat["id"]), params)
        if replied is not None:
            fields["reply_to_message"] = replied
        if markup is not None and "inline_keyboard" in markup:
            fields["reply_markup"] = markup
        if isinstance(params.get("link_preview_options"), dict):
            fields["link_preview_options"] = params["link_preview_options"]
        if params.get("protect_content"):
            fields["has_protected_content"] = True
        return self._new_message(chat, self.bot_user, fields)

    def _record_sent(
        self,
        method: str,
        msg: JSONDict,
        params: Mapping[str, Any],
        *,
        text: str,
        plain: str,
        file_id: str | None = None,
    ) -> None:
        self.sent.append(
            SentMessage(
                chat_id=int(msg["chat"]["id"]),
                text=text,
                reply_markup=_as_dict(params.get("reply_markup")),
                message_id=int(msg["message_id"]),
                method=method,
                parse_mode=params.get("parse_mode") or None,
                plain_text=plain,
                link_preview_options=_as_dict(params.get("link_preview_options")),
                reply_parameters=_as_dict(params.get("reply_parameters")),
                file_id=file_id,
                params=dict(params),
            )
        )
        self._bump()

    @staticmethod
    def _upload_of(params: Mapping[str, Any], key: str) -> UploadedFile | None:
        value = params.get(key)
        if isinstance(value, UploadedFile):
            return value
        if isinstance(value, str) and value.startswith("attach://"):
            attached = params.get(value.removeprefix("attach://"))
            if isinstance(attached, UploadedFile):
                return attached
        return None

    def _existing_file(self, params: Mapping[str, Any], key: str) -> StoredFile:
        value = params.get(key)
        if isinstance(value, str) and value in self._files:
            return self._files[value]
        if not value:
            raise _bad_request(f"there is no {key} in the request")
        raise _bad_request("wrong file identifier/HTTP URL specified")

    @staticmethod
    def _scope_key(scope: Any) -> str:
        if not isinstance(scope, Mapping) or not scope:
            scope = {"type": "default"}
        return json.dumps(dict(scope), sort_keys=True)

    @staticmethod
    def _language(params: Mapping[str, Any]) -> str:
        code = params.get("language_code") or ""
        if not isinstance(code, str) or (code and not _LANGUAGE_CODE.match(code)):
            raise _bad_request("LANG_CODE_INVALID")
        return code

    def _editable(self, params: Mapping[str, Any]) -> JSONDict | None:
        if params.get("inline_message_id"):
            return None
        chat = self._chat_for(params)
        message_id = params.get("message_id")
        if not isinstance(message_id, int):
            raise _bad_request("message identifier is not specified")  # approx.
        stored = self._messages.get((int(chat["id"]), message_id))
        if stored is None:
            raise _bad_request("message to edit not found")
        if stored.get("from", {}).get("id") != BOT_USER_ID:
            raise _bad_request("message can't be edited")
        return stored

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
        if "allowed_updates" in params:
            allowed = params["allowed_updates"]
            self.allowed_updates = list(allowed) if isinstance(allowed, list) and allowed else None
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

    async def _set_webhook(self, params: dict[str, Any]) -> Any:
        url = params.get("url") or ""
        if not isinstance(url, str):
            raise _bad_request("bad webhook: Failed to resolve host")  # approx.
        secret = params.get("secret_token")
        if secret is not None and (not isinstance(secret, str) or not _SECRET_TOKEN.match(secret)):
            raise _bad_request("secret token contains unallowed characters")  # approx.
        if params.get("drop_pending_updates"):
            self._pending.clear()
        if "allowed_updates" in params:
            allowed = params["allowed_updates"]
            self.allowed_updates = list(allowed) if isinstance(allowed, list) and allowed else None
        if not url:
            self.webhook = None
        else:
            self.webhook = {
                "url": url,
                "secret_token": secret,
                "allowed_updates": params.get("allowed_updates"),
                "max_connections": params.get("max_connections", 40),
                "drop_pending_updates": bool(params.get("drop_pending_updates")),
            }
        self._bump()
        return True

    async def _delete_webhook(self, params: dict[str, Any]) -> Any:
        self.webhook = None
        if params.get("drop_pending_updates"):
            self._pending.clear()
        self._bump()
        return True

    async def _get_webhook_info(self, params: dict[str, Any]) -> Any:
        info: JSONDict = {
            "url": (self.webhook or {}).get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(self._pending),
        }
        if self.webhook is not None:
            info["max_connections"] = self.webhook["max_connections"]
            if self.webhook.get("allowed_updates"):
                info["allowed_updates"] = self.webhook["allowed_updates"]
        return info

    async def _set_my_commands(self, params: dict[str, Any]) -> Any:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise _bad_request('parameter "commands" is required')  # approx.
        if len(commands) > 100:
            raise _bad_request("BOT_COMMANDS_TOO_MUCH")
        for command in commands:
            if not isinstance(command, dict):
                raise _bad_request("can't parse BotCommand")  # approx.
            if not _COMMAND_NAME.match(str(command.get("command", ""))):
                raise _bad_request("BOT_COMMAND_INVALID")
            description = command.get("description")
            if not isinstance(description, str) or not 1 <= len(description) <= 256:
                raise _bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        key = (self._scope_key(params.get("scope")), self._language(params))
        self.commands[key] = [dict(c) for c in commands]
        self._bump()
        return True

    async def _get_my_commands(self, params: dict[str, Any]) -> Any:
        key = (self._scope_key(params.get("scope")), self._language(params))
        return list(self.commands.get(key, []))

    async def _delete_my_commands(self, params: dict[str, Any]) -> Any:
        key = (self._scope_key(params.get("scope")), self._language(params))
        self.commands.pop(key, None)
        self._bump()
        return True

    async def _set_my_description(self, params: dict[str, Any]) -> Any:
        return self._set_description("description", params, 512)

    async def _set_my_short_description(self, params: dict[str, Any]) -> Any:
        return self._set_description("short_description", params, 120)

    def _set_description(self, kind: str, params: Mapping[str, Any], limit: int) -> bool:
        text = params.get(kind) or ""
        if not isinstance(text, str) or len(text) > limit:
            raise _bad_request(f"{kind.upper()}_INVALID")  # approx.
        language = self._language(params)
        if text:
            self.descriptions[(kind, language)] = text
        else:
            self.descriptions.pop((kind, language), None)
        self._bump()
        return True

    async def _get_my_description(self, params: dict[str, Any]) -> Any:
        return {"description": self.descriptions.get(("description", self._language(params)), "")}

    async def _get_my_short_description(self, params: dict[str, Any]) -> Any:
        language = self._language(params)
        return {"short_description": self.descriptions.get(("short_description", language), "")}

    async def _send_message(self, params: dict[str, Any]) -> Any:
        chat = self._chat_for(params)
        text, plain = self._text_and_plain(params.get("text"), params.get("parse_mode"))
        markup = self._check_markup(params.get("reply_markup"))
        content: JSONDict = {"text": plain}
        if isinstance(params.get("entities"), list) and not params.get("parse_mode"):
            content["entities"] = params["entities"]
        msg = self._bot_message(chat, params, content, markup)
        self._record_sent("sendMessage", msg, params, text=text, plain=plain)
        return copy.deepcopy(msg)

    async def _send_media(self, params: dict[str, Any], key: str, kind: str) -> Any:
        chat = self._chat_for(params)
        upload = self._upload_of(params, key)
        caption = params.get("caption")
        text, plain = ("", "")
        if caption:
            text, plain = self._text_and_plain(caption, params.get("parse_mode"), caption=True)
        markup = self._check_markup(params.get("reply_markup"))
        content: JSONDict = {"caption": plain or None}
        if kind == "photo":
            if upload is not None:
                try:
                    sizes = self._photo_sizes(upload.data, None, None)
                except ValueError:
                    raise _bad_request("IMAGE_PROCESS_FAILED") from None
            else:
                existing = self._existing_file(params, key)
                size = self._photo_size_of.get(existing.file_id)
                sizes = [size or {**existing.as_json(), "width": 0, "height": 0}]
            sizes = [{k: v for k, v in size.items() if k != "file_path"} for size in sizes]
            content["photo"] = sizes
            file_id = str(sizes[-1]["file_id"])
        else:
            stored = (
                self.register_file(upload.data, kind=kind, file_name=upload.filename)
                if upload is not None
                else self._existing_file(params, key)
            )
            document: JSONDict = {
                "file_id": stored.file_id,
                "file_unique_id": stored.file_unique_id,
                "file_size": stored.file_size,
            }
            if upload is not None and upload.filename:
                document["file_name"] = upload.filename
            if upload is not None and upload.content_type:
                document["mime_type"] = upload.content_type
            content["document"] = document
            file_id = stored.file_id
        msg = self._bot_message(chat, params, content, markup)
        method = "sendPhoto" if kind == "photo" else "sendDocument"
        self._record_sent(method, msg, params, text=text, plain=plain, file_id=file_id)
        return copy.deepcopy(msg)

    async def _send_photo(self, params: dict[str, Any]) -> Any:
        return await self._send_media(params, "photo", "photo")

    async def _send_document(self, params: dict[str, Any]) -> Any:
        return await self._send_media(params, "document", "document")

    def _source_message(self, params: Mapping[str, Any], verb: str) -> JSONDict:
        source_chat = self._chat_for(params, "from_chat_id")
        message_id = params.get("message_id")
        source = (
            self._messages.get((int(source_chat["id"]), message_id))
            if isinstance(message_id, int)
            else None
        )
        if source is None:
            raise _bad_request(f"message to {verb} not found")
        return source

    async def _forward_message(self, params: dict[str, Any]) -> Any:
        chat = self._chat_for(params)
        source = self._source_message(params, "forward")
        origin = source.get("forward_origin") or {
            "type": "user",
            "date": source["date"],
            "sender_user": source.get("from", {}),
        }
        content = {k: v for k, v in source.items() if k in _CONTENT_KEYS}
        content["forward_origin"] = origin
        msg = self._new_message(chat, self.bot_user, content)
        text = str(source.get("text") or source.get("caption") or "")
        self._record_sent("forwardMessage", msg, params, text=text, plain=text)
        return copy.deepcopy(msg)

    async def _copy_message(self, params: dict[str, Any]) -> Any:
        chat = self._chat_for(params)
        source = self._source_message(params, "copy")
        content = {k: v for k, v in source.items() if k in _CONTENT_KEYS}
        text = str(source.get("text") or source.get("caption") or "")
        plain = text
        if "caption" in params:
            text, plain = self._text_and_plain(
                params["caption"] or "", params.get("parse_mode"), caption=True
            )
            content["caption"] = plain or None
        markup = self._check_markup(params.get("reply_markup"))
        msg = self._bot_message(chat, params, content, markup)
        self._record_sent("copyMessage", msg, params, text=text, plain=plain)
        return {"message_id": msg["message_id"]}

    async def _send_chat_action(self, params: dict[str, Any]) -> Any:
        chat = self._chat_for(params)
        action = params.get("action")
        if action not in _CHAT_ACTIONS:
            raise _bad_request("wrong parameter action in request")
        self.chat_actions.append((int(chat["id"]), str(action)))
        self._bump()
        return True

    async def _answer_callback_query(self, params: dict[str, Any]) -> Any:
        query_id = params.get("callback_query_id")
        if query_id not in self._callback_ids:
            raise _bad_request(
                "query is too old and response timeout expired or query ID is invalid"
            )
        self.answered_callbacks.append(dict(params))
        self._bump()
        return True

    async def _edit_message_text(self, params: dict[str, Any]) -> Any:
        stored = self._editable(params)
        text, plain = self._text_and_plain(params.get("text"), params.get("parse_mode"))
        markup = self._check_markup(params.get("reply_markup"))
        if stored is None:
            return True  # inline message
        new_markup = markup if markup is not None and "inline_keyboard" in markup else None
        if stored.get("text") == plain and stored.get("reply_markup") == new_markup:
            raise _bad_request(_NOT_MODIFIED)
        stored["text"] = plain
        stored["edit_date"] = self._now()
        if new_markup is None:
            stored.pop("reply_markup", None)
        else:
            stored["reply_markup"] = new_markup
        self._record_edit("editMessageText", stored, params, text, plain)
        return copy.deepcopy(stored)

    async def _edit_message_reply_markup(self, params: dict[str, Any]) -> Any:
        stored = self._editable(params)
        markup = self._check_markup(params.get("reply_markup"))
        if stored is None:
            return True
        new_markup = markup if markup is not None and "inline_keyboard" in markup else None
        if stored.get("reply_markup") == new_markup:
            raise _bad_request(_NOT_MODIFIED)
        if new_markup is None:
            stored.pop("reply_markup", None)
        else:
            stored["reply_markup"] = new_markup
        stored["edit_date"] = self._now()
        text = str(stored.get("text") or stored.get("caption") or "")
        self._record_edit("editMessageReplyMarkup", stored, params, text, text)
        return copy.deepcopy(stored)

    def _record_edit(
        self, method: str, stored: JSONDict, params: Mapping[str, Any], text: str, plain: str
    ) -> None:
        self.edits.append(
            SentMessage(
                chat_id=int(stored["chat"]["id"]),
                text=text,
                reply_markup=copy.deepcopy(stored.get("reply_markup")),
                message_id=int(stored["message_id"]),
                method=method,
                parse_mode=params.get("parse_mode") or None,
                plain_text=plain,
                link_preview_options=_as_dict(params.get("link_preview_options")),
                params=dict(params),
            )
        )
        self._bump()

    async def _delete_message(self, params: dict[str, Any]) -> Any:
        chat = self._chat_for(params)
        key = (int(chat["id"]), params.get("message_id"))
        if not isinstance(key[1], int) or key not in self._messages:
            raise _bad_request("message to delete not found")
        del self._messages[(key[0], key[1])]
        self.deleted.append((key[0], key[1]))
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


_NOT_MODIFIED: Final = (
    "message is not modified: specified new message content and reply markup are exactly the "
    "same as a current content and reply markup of the message"
)
_CONTENT_KEYS: Final = _words(
    "text entities caption caption_entities photo document sticker voice location contact "
    "poll video audio animation"
)


# --------------------------------------------------------------------------------------------
# Helpers


def _error(status: int, description: str, parameters: JSONDict | None = None) -> web.Response:
    body: JSONDict = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.json_response(body, status=status)


def _as_dict(value: Any) -> dict[str, Any] | None:
    return copy.deepcopy(value) if isinstance(value, dict) else None


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _stable_chat_id(title: str) -> int:
    return -(1_000_000_000_000 + zlib.crc32(title.encode("utf-8")) % 1_000_000_000)


def _extension(kind: str, file_name: str | None) -> str:
    if file_name and "." in file_name:
        return "." + file_name.rsplit(".", 1)[1].lower()
    return {"photo": ".jpg", "voice": ".oga", "sticker": ".webp"}.get(kind, "")


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


def _coerce_json(name: str, value: Any) -> Any:
    if isinstance(value, str):
        return _coerce(name, value)
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
        params.update({k: _coerce_json(k, v) for k, v in decoded.items()})
        return params
    text = body.decode("utf-8", "replace")
    params.update({k: _coerce(k, v) for k, v in parse_qsl(text, keep_blank_values=True)})
    return params
