"""The fake Bot API server, driven by the real python-telegram-bot over real HTTP."""

from __future__ import annotations

import asyncio
import datetime as dtm
import io
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import ClientSession
from PIL import Image
from telegram import (
    Bot,
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    MessageEntity,
    MessageOriginChannel,
    ReplyParameters,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    Conflict,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)
from telegram.warnings import PTBDeprecationWarning

from .telegram_api import BOT_USER_ID, DEFAULT_TOKEN, FakeTelegramAPI, SentMessage

USER_ID = 4242


def png(width: int, height: int, color: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture(autouse=True)
def _ptb_timedelta(monkeypatch: pytest.MonkeyPatch) -> None:
    # PTB 22 warns (PTBDeprecationWarning) whenever a time-period attribute such as
    # RetryAfter.retry_after is read as an int; with warnings as errors that would replace the
    # RetryAfter itself. Opting in to timedelta values is what the project should do as well.
    monkeypatch.setenv("PTB_TIMEDELTA", "true")


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegramAPI]:
    async with FakeTelegramAPI() as api:
        yield api


@pytest.fixture
async def bot(fake: FakeTelegramAPI) -> AsyncIterator[Bot]:
    async with Bot(fake.token, base_url=fake.base_url, base_file_url=fake.base_file_url) as b:
        yield b


async def one_update(bot: Bot) -> Update:
    updates = await bot.get_updates(timeout=0)
    assert len(updates) == 1, updates
    return updates[0]


# ------------------------------------------------------------------------------ basics


async def test_initialize_calls_get_me(fake: FakeTelegramAPI, bot: Bot) -> None:
    assert fake.calls[0][0] == "getMe"
    assert bot.id == BOT_USER_ID
    assert bot.username == "tipline_test_bot"
    assert bot.bot.can_join_groups is True


async def test_send_message_is_recorded_with_parsed_params(fake: FakeTelegramAPI, bot: Bot) -> None:
    fake.user(USER_ID)
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Português", callback_data="lang:pt")]])
    first = await bot.send_message(
        USER_ID,
        "¿Qué idioma?",
        reply_markup=keyboard,
        link_preview_options=LinkPreviewOptions(is_disabled=True),
    )
    second = await bot.send_message(USER_ID, "segunda")

    assert first.chat.id == USER_ID and first.chat.type == "private"
    assert first.from_user is not None and first.from_user.id == BOT_USER_ID
    assert first.text == "¿Qué idioma?"
    assert first.reply_markup == keyboard
    assert second.message_id == first.message_id + 1

    sent = fake.sent[0]
    assert sent == SentMessage(
        chat_id=USER_ID,
        text="¿Qué idioma?",
        reply_markup={"inline_keyboard": [[{"text": "Português", "callback_data": "lang:pt"}]]},
        message_id=first.message_id,
        link_preview_options={"is_disabled": True},
    )
    assert sent.callback_data == ["lang:pt"]
    # PTB sends form-encoded strings; the fake turns them back into Bot API types.
    params = fake.calls_of("sendMessage")[0]
    assert params["chat_id"] == USER_ID
    assert isinstance(params["reply_markup"], dict)


async def test_wait_for_messages_returns_when_they_arrive(fake: FakeTelegramAPI, bot: Bot) -> None:
    fake.user(USER_ID)
    waiter = asyncio.create_task(fake.wait_for_messages(USER_ID, 2, timeout=5))
    await bot.send_message(USER_ID, "one")
    assert not waiter.done()
    await bot.send_message(USER_ID, "two")
    assert [m.text for m in await waiter] == ["one", "two"]


async def test_wait_for_messages_times_out_with_a_dump(fake: FakeTelegramAPI, bot: Bot) -> None:
    fake.user(USER_ID)
    await bot.send_message(USER_ID, "only one")
    with pytest.raises(AssertionError, match="expected 2 message") as info:
        await fake.wait_for_messages(USER_ID, 2, timeout=0.05)
    assert "only one" in str(info.value)


async def test_unknown_chat(fake: FakeTelegramAPI, bot: Bot) -> None:
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(777, "hello?")
    assert fake.sent == []
    assert [r.status for r in fake.rejected] == [400]


# ------------------------------------------------------------------------------ errors


async def test_429_raises_retry_after_and_is_not_delivered(fake: FakeTelegramAPI, bot: Bot) -> None:
    fake.user(USER_ID)
    fake.fail_next("sendMessage", 429, retry_after=7)
    with pytest.raises(RetryAfter) as info:
        await bot.send_message(USER_ID, "flood")
    assert info.value.retry_after == dtm.timedelta(seconds=7)
    assert fake.sent == []
    assert fake.rejected[0].description == "Too Many Requests: retry after 7"

    await bot.send_message(USER_ID, "after the wait")
    assert [m.text for m in fake.sent] == ["after the wait"]


async def test_retry_after_warns_without_ptb_timedelta(
    fake: FakeTelegramAPI, bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PTB quirk: RetryAfter.__init__ reads retry_after, which warns unless PTB_TIMEDELTA is
    set; under filterwarnings=error the warning would escape instead of RetryAfter."""
    monkeypatch.delenv("PTB_TIMEDELTA")
    fake.user(USER_ID)
    fake.fail_next("sendMessage", 429, retry_after=3)
    with pytest.warns(PTBDeprecationWarning, match="retry_after"), pytest.raises(RetryAfter):
        await bot.send_message(USER_ID, "flood")


@pytest.mark.parametrize(
    ("status", "exception", "message"),
    [
        (400, BadRequest, "Bad Request"),
        (403, Forbidden, "Forbidden: bot was blocked by the user"),
        (409, Conflict, "Conflict: terminated by other getUpdates request"),
        (500, NetworkError, "Internal Server Error"),
        (502, NetworkError, "Bad Gateway"),
        (401, InvalidToken, "Unauthorized"),
    ],
)
async def test_injected_status_maps_to_ptb_exception(
    fake: FakeTelegramAPI,
    bot: Bot,
    status: int,
    exception: type[TelegramError],
    message: str,
) -> None:
    fake.user(USER_ID)
    fake.fail_next("sendMessage", status, times=2)
    for _ in range(2):
        with pytest.raises(TelegramError) as info:
            await bot.send_message(USER_ID, "x")
        assert type(info.value) is exception
        assert str(info.value).startswith(message)
    await bot.send_message(USER_ID, "third time lucky")
    assert [m.text for m in fake.sent] == ["third time lucky"]


async def test_wrong_token_is_rejected_on_get_me(fake: FakeTelegramAPI) -> None:
    wrong = Bot("654321:WRONG", base_url=fake.base_url, base_file_url=fake.base_file_url)
    with pytest.raises(InvalidToken, match="was rejected by the server"):
        async with wrong:
            pass
    assert fake.calls == [("getMe", {})]


async def test_raw_http_error_shapes(fake: FakeTelegramAPI) -> None:
    async with ClientSession() as session:
        async with session.post(f"{fake.base_url}654321:WRONG/getMe") as response:
            assert response.status == 401
            assert await response.json() == {
                "ok": False,
                "error_code": 401,
                "description": "Unauthorized",
            }
        async with session.post(f"{fake.base_url}{fake.token}/fooBar") as response:
            assert response.status == 404
            assert await response.json() == {
                "ok": False,
                "error_code": 404,
                "description": "Not Found",
            }
        # Method names are case-insensitive; GET query strings and JSON bodies work too.
        async with session.get(f"{fake.base_url}{fake.token}/GETME") as response:
            assert (await response.json())["result"]["id"] == BOT_USER_ID
        fake.user(USER_ID)
        async with session.post(
            f"{fake.base_url}{fake.token}/sendMessage",
            json={"chat_id": USER_ID, "text": "json body", "reply_markup": {"inline_keyboard": []}},
        ) as response:
            assert (await response.json())["result"]["text"] == "json body"
    assert fake.calls[-1] == (
        "sendMessage",
        {"chat_id": USER_ID, "text": "json body", "reply_markup": {"inline_keyboard": []}},
    )
    assert fake.calls[1][0] == "fooBar"


async def test_unknown_method_through_do_api_request(bot: Bot) -> None:
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("fooBar")


# ------------------------------------------------------------------------------ updates


async def test_text_update_is_parsed(fake: FakeTelegramAPI, bot: Bot) -> None:
    ana = fake.user(USER_ID, "Ana", "pt-br")
    pushed = fake.text_message(ana, "Votação adiada para quarta?")
    update = await one_update(bot)
    assert update.update_id == pushed["update_id"] == 1000
    assert update.message is not None
    assert update.message.text == "Votação adiada para quarta?"
    assert update.message.chat.id == USER_ID and update.message.chat.type == "private"
    assert update.effective_user is not None
    assert update.effective_user.language_code == "pt-br"
    assert update.message.forward_origin is None
    assert filters.TEXT.check_update(update)
    assert not filters.FORWARDED.check_update(update)


async def test_forwarded_text_has_forward_origin(fake: FakeTelegramAPI, bot: Bot) -> None:
    fake.text_message(
        fake.user(USER_ID), "URGENTE: eleição cancelada", forward_from_channel="Notícias Urgentes"
    )
    update = await one_update(bot)
    assert update.message is not None
    origin = update.message.forward_origin
    assert isinstance(origin, MessageOriginChannel)
    assert origin.chat.title == "Notícias Urgentes" and origin.chat.type == "channel"
    assert isinstance(origin.date, dtm.datetime)
    assert filters.FORWARDED.check_update(update)


async def test_photo_sizes_and_download(fake: FakeTelegramAPI, bot: Bot) -> None:
    image = png(800, 600)
    fake.photo_message(fake.user(USER_ID), image, caption="olha isso")
    update = await one_update(bot)
    message = update.message
    assert message is not None and filters.PHOTO.check_update(update)
    assert message.caption == "olha isso"
    assert len(message.photo) >= 2
    smallest, largest = message.photo[0], message.photo[-1]
    assert (largest.width, largest.height, largest.file_size) == (800, 600, len(image))
    assert max(smallest.width, smallest.height) <= 90
    assert smallest.file_unique_id != largest.file_unique_id

    telegram_file = await bot.get_file(largest.file_id)
    assert telegram_file.file_size == len(image)
    assert bytes(await telegram_file.download_as_bytearray()) == image
    small = await (await bot.get_file(smallest.file_id)).download_as_bytearray()
    with Image.open(io.BytesIO(bytes(small))) as thumbnail:
        assert thumbnail.size == (smallest.width, smallest.height)
    assert len(fake.downloads) == 2

    # The same bytes sent again keep their file_unique_id (a cheap exact-duplicate key).
    fake.photo_message(fake.user(USER_ID), image)
    again = (await bot.get_updates(offset=update.update_id + 1, timeout=0))[0]
    assert again.message is not None
    assert again.message.photo[-1].file_unique_id == largest.file_unique_id


async def test_media_group(fake: FakeTelegramAPI, bot: Bot) -> None:
    fake.media_group(fake.user(USER_ID), [png(40, 40), png(50, 30)], caption="album")
    updates = await bot.get_updates(timeout=0)
    messages = [u.message for u in updates if u.message is not None]
    assert len(messages) == 2
    assert messages[0].media_group_id == messages[1].media_group_id is not None
    assert [m.caption for m in messages] == ["album", None]


async def test_document_and_download_limit(fake: FakeTelegramAPI, bot: Bot) -> None:
    ana = fake.user(USER_ID)
    fake.document_message(ana, b"%PDF-1.4 tiny", file_name="boato.pdf", mime_type="application/pdf")
    fake.document_message(
        ana, b"x", file_name="video.mp4", mime_type="video/mp4", file_size=25_000_000
    )
    small, big = await bot.get_updates(timeout=0)
    assert small.message is not None and small.message.document is not None
    assert small.message.document.file_name == "boato.pdf"
    assert small.message.document.mime_type == "application/pdf"
    assert filters.Document.PDF.check_update(small)
    downloaded = await (await bot.get_file(small.message.document.file_id)).download_as_bytearray()
    assert bytes(downloaded) == b"%PDF-1.4 tiny"

    assert big.message is not None and big.message.document is not None
    assert big.message.document.file_size == 25_000_000
    with pytest.raises(BadRequest, match="File is too big"):
        await bot.get_file(big.message.document.file_id)
    with pytest.raises(BadRequest, match="Invalid file_id"):
        await bot.get_file("no-such-file")


async def test_other_message_kinds(fake: FakeTelegramAPI, bot: Bot) -> None:
    ana = fake.user(USER_ID)
    fake.sticker_message(ana)
    fake.voice_message(ana)
    fake.location_message(ana)
    fake.contact_message(ana)
    fake.poll_message(ana)
    sticker, voice, location, contact, poll = await bot.get_updates(timeout=0)

    assert sticker.message is not None and sticker.message.sticker is not None
    assert filters.Sticker.ALL.check_update(sticker)
    assert sticker.message.sticker.type == "regular"
    assert voice.message is not None and voice.message.voice is not None
    assert filters.VOICE.check_update(voice)
    assert voice.message.voice.duration == dtm.timedelta(seconds=3)
    voice_bytes = await (await bot.get_file(voice.message.voice.file_id)).download_as_bytearray()
    assert bytes(voice_bytes).startswith(b"OggS")
    assert location.message is not None and location.message.location is not None
    assert filters.LOCATION.check_update(location)
    assert contact.message is not None and contact.message.contact is not None
    assert contact.message.contact.phone_number == "+5511999990000"
    assert poll.message is not None and poll.message.poll is not None
    assert filters.POLL.check_update(poll)
    assert [o.text for o in poll.message.poll.options] == ["Yes", "No"]
    for update in (sticker, voice, location, contact, poll):
        assert not filters.TEXT.check_update(update)


async def test_command_has_bot_command_entity(fake: FakeTelegramAPI, bot: Bot) -> None:
    fake.command(fake.user(USER_ID), "/queue", "5", "pt")
    update = await one_update(bot)
    assert update.message is not None
    assert update.message.text == "/queue 5 pt"
    assert update.message.entities[0].type == MessageEntity.BOT_COMMAND
    assert update.message.entities[0].length == len("/queue")
    assert filters.COMMAND.check_update(update)

    async def noop(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        return None

    handler = CommandHandler("queue", noop)
    check = handler.check_update(update)
    assert check
    assert isinstance(check, tuple) and check[0] == ["5", "pt"]


async def test_callback_query_round_trip(fake: FakeTelegramAPI, bot: Bot) -> None:
    ana = fake.user(USER_ID)
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Español", callback_data="lang:es")]])
    sent = await bot.send_message(USER_ID, "Idioma?", reply_markup=keyboard)
    with pytest.raises(ValueError, match="no button"):
        fake.callback_query(ana, "lang:xx", sent.message_id)
    fake.callback_query(ana, "lang:es", sent.message_id)

    update = await one_update(bot)
    query = update.callback_query
    assert query is not None
    assert query.data == "lang:es"
    assert query.from_user.id == USER_ID
    assert query.message is not None and query.message.message_id == sent.message_id
    assert await query.answer() is True
    assert fake.answered_callbacks[0]["callback_query_id"] == query.id
    with pytest.raises(BadRequest, match="Query is too old"):
        await bot.answer_callback_query("123")


async def test_messages_are_validated_like_telegram(fake: FakeTelegramAPI, bot: Bot) -> None:
    fake.user(USER_ID)
    with pytest.raises(BadRequest, match="Button_data_invalid"):
        await bot.send_message(
            USER_ID,
            "x",
            reply_markup=InlineKeyboardMarkup(
                [[InlineKeyboardButton("x", callback_data="é" * 33)]]
            ),
        )
    with pytest.raises(BadRequest, match="Text buttons are unallowed"):
        await bot.send_message(
            USER_ID,
            "x",
            reply_markup=InlineKeyboardMarkup.from_button(InlineKeyboardButton("x")),
        )
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(USER_ID, "x" * 4097)
    with pytest.raises(BadRequest, match="Message text is empty"):
        await bot.send_message(USER_ID, " \n ")
    await bot.send_message(USER_ID, "x" * 4096)
    assert [len(m.text) for m in fake.sent] == [4096]


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda b: b.send_message(USER_ID, "<b>x</b>", parse_mode="HTML"), id="HTML"),
        pytest.param(
            lambda b: b.send_message(USER_ID, "*x*", parse_mode=ParseMode.MARKDOWN_V2),
            id="MarkdownV2",
        ),
        pytest.param(
            lambda b: b.send_photo(USER_ID, png(8, 8), caption="_x_", parse_mode="Markdown"),
            id="caption-Markdown",
        ),
        pytest.param(
            lambda b: b.send_message(USER_ID, "x", reply_parameters=ReplyParameters(1)),
            id="reply_parameters",
        ),
        pytest.param(lambda b: b.answer_callback_query("1", text="ok"), id="callback-text"),
        pytest.param(
            lambda b: b.set_my_commands([BotCommand("start", "Go")], language_code="es"),
            id="commands-language",
        ),
    ],
)
async def test_what_the_bot_does_not_use_is_refused(
    fake: FakeTelegramAPI, bot: Bot, call: Any
) -> None:
    """A parameter the fake does not implement is a 400 naming it, never silently ignored."""
    fake.user(USER_ID)
    with pytest.raises(BadRequest, match="The fake does not support"):
        await call(bot)
    assert fake.sent == []


async def test_methods_the_bot_does_not_use_are_not_found(fake: FakeTelegramAPI, bot: Bot) -> None:
    fake.user(USER_ID)
    sent = await bot.send_message(USER_ID, "x")
    # PTB reports any 404 of a Bot method as InvalidToken("Not Found").
    with pytest.raises(InvalidToken, match="Not Found"):
        await bot.edit_message_text("y", USER_ID, sent.message_id)
    with pytest.raises(InvalidToken, match="Not Found"):
        await bot.send_chat_action(USER_ID, "typing")
    assert [r.status for r in fake.rejected] == [404, 404]


async def test_send_photo_upload(fake: FakeTelegramAPI, bot: Bot) -> None:
    fake.user(USER_ID)
    card = png(64, 64, (0, 128, 0))
    keyboard = InlineKeyboardMarkup.from_button(InlineKeyboardButton("Más", callback_data="more"))
    message = await bot.send_photo(USER_ID, card, caption="Falso", reply_markup=keyboard)
    assert message.caption == "Falso" and message.reply_markup == keyboard
    sent = fake.sent[-1]
    assert (sent.method, sent.text, sent.callback_data) == ("sendPhoto", "Falso", ["more"])
    assert sent.file_id == message.photo[-1].file_id
    assert (message.photo[-1].width, message.photo[-1].height) == (64, 64)
    downloaded = await (await bot.get_file(message.photo[-1].file_id)).download_as_bytearray()
    assert bytes(downloaded) == card

    # Re-sending by file_id (e.g. a tip's picture sent on) needs no upload.
    resent = await bot.send_photo(USER_ID, message.photo[-1].file_id)
    assert resent.photo[-1].file_unique_id == message.photo[-1].file_unique_id
    with pytest.raises(BadRequest, match="Image_process_failed"):
        await bot.send_photo(USER_ID, b"not an image")
    with pytest.raises(BadRequest, match="Message caption is too long"):
        await bot.send_photo(USER_ID, card, caption="x" * 1025)


async def test_send_document_upload_to_a_group(fake: FakeTelegramAPI, bot: Bot) -> None:
    group = fake.group(-4001, "Commission")
    message = await bot.send_document(-4001, b"<!doctype html>", filename="report.html")
    assert message.chat.type == "group" and message.chat.title == group["title"]
    assert message.document is not None and message.document.file_name == "report.html"
    assert fake.documents == [(-4001, "report.html", b"<!doctype html>")]
    assert fake.sent[-1].method == "sendDocument"
    downloaded = await (await bot.get_file(message.document.file_id)).download_as_bytearray()
    assert bytes(downloaded) == b"<!doctype html>"
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_document(-4002, b"x", filename="a.csv")
    with pytest.raises(BadRequest, match="File must be non-empty"):
        await bot.send_document(-4001, b"", filename="empty.csv")
    assert len(fake.documents) == 1


# ------------------------------------------------------------------------------ polling


async def test_updates_stay_until_confirmed_by_offset(fake: FakeTelegramAPI, bot: Bot) -> None:
    ana = fake.user(USER_ID)
    first = fake.text_message(ana, "one")["update_id"]
    second = fake.text_message(ana, "two")["update_id"]
    assert [u.update_id for u in await bot.get_updates(timeout=0)] == [first, second]
    # Not confirmed yet: delivered again.
    assert [u.update_id for u in await bot.get_updates(timeout=0)] == [first, second]
    assert [u.update_id for u in await bot.get_updates(offset=first + 1, timeout=0)] == [second]
    await fake.wait_until_confirmed(first, timeout=1)
    assert await bot.get_updates(offset=second + 1, timeout=0) == ()
    assert [u.update_id for u in await bot.get_updates(limit=1, timeout=0)] == []


async def test_forced_redelivery_of_a_confirmed_update(fake: FakeTelegramAPI, bot: Bot) -> None:
    pushed = fake.text_message(fake.user(USER_ID), "dup?")
    update_id = pushed["update_id"]
    await bot.get_updates(timeout=0)
    await bot.get_updates(offset=update_id + 1, timeout=0)
    fake.push_update(pushed, update_id=update_id)
    again = await bot.get_updates(offset=update_id + 1, timeout=0)
    assert [u.update_id for u in again] == [update_id]
    assert again[0].message is not None and again[0].message.text == "dup?"


async def test_long_poll_returns_as_soon_as_an_update_is_pushed(
    fake: FakeTelegramAPI, bot: Bot
) -> None:
    ana = fake.user(USER_ID)
    loop = asyncio.get_running_loop()
    started = loop.time()
    poll = asyncio.create_task(bot.get_updates(timeout=30))
    await fake.wait_for_call("getUpdates")
    assert not poll.done()
    fake.text_message(ana, "wake up")
    updates = await asyncio.wait_for(poll, timeout=5)
    assert [u.message.text for u in updates if u.message] == ["wake up"]
    assert loop.time() - started < 5


async def test_long_poll_times_out_empty(fake: FakeTelegramAPI, bot: Bot) -> None:
    assert await bot.get_updates(timeout=dtm.timedelta(milliseconds=200)) == ()
    assert fake.calls_of("getUpdates")[0]["timeout"] == 0.2


async def test_second_poller_terminates_the_first(fake: FakeTelegramAPI, bot: Bot) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=30))
    await fake.wait_for_call("getUpdates")
    async with Bot(fake.token, base_url=fake.base_url) as other:
        assert await other.get_updates(timeout=0) == ()
    with pytest.raises(Conflict, match="terminated by other getUpdates request"):
        await asyncio.wait_for(first, timeout=5)


async def test_allowed_updates_filters_later_updates(fake: FakeTelegramAPI, bot: Bot) -> None:
    ana = fake.user(USER_ID)
    sent = await bot.send_message(
        USER_ID,
        "x",
        reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("b", callback_data="b")]]),
    )
    await bot.get_updates(timeout=0, allowed_updates=["message"])
    fake.callback_query(ana, "b", sent.message_id)
    fake.text_message(ana, "kept")
    updates = await bot.get_updates(timeout=0)
    assert [u.message.text for u in updates if u.message] == ["kept"]
    assert len(updates) == 1
    assert "callback_query" in fake.filtered_updates[0]
    assert "allowed_updates" in fake.describe()


async def test_close_releases_a_pending_long_poll() -> None:
    fake = FakeTelegramAPI()
    await fake.start()
    async with Bot(fake.token, base_url=fake.base_url) as bot:
        poll = asyncio.create_task(bot.get_updates(timeout=30))
        await fake.wait_for_call("getUpdates")
        await fake.close()
        assert await asyncio.wait_for(poll, timeout=5) == ()
    await fake.close()  # idempotent


# ------------------------------------------------------------------------------ webhook, commands


async def test_webhook_is_remembered_and_blocks_polling(fake: FakeTelegramAPI, bot: Bot) -> None:
    url = "https://tipline.example.org/webhooks/telegram"
    assert await bot.set_webhook(url, secret_token="s3cr3t", allowed_updates=["message"])
    assert fake.webhook == {"url": url, "secret_token": "s3cr3t", "allowed_updates": ["message"]}
    assert fake.allowed_updates == ["message"]
    with pytest.raises(Conflict, match="webhook is active"):
        await bot.get_updates(timeout=0)
    with pytest.raises(BadRequest, match="Secret token contains unallowed characters"):
        await bot.set_webhook(url, secret_token="not allowed!")
    assert await bot.delete_webhook()
    assert fake.webhook is None
    assert await bot.get_updates(timeout=0) == ()


async def test_command_menu(fake: FakeTelegramAPI, bot: Bot) -> None:
    await bot.set_my_commands([BotCommand("start", "Start"), BotCommand("help", "Help")])
    assert fake.commands == [
        {"command": "start", "description": "Start"},
        {"command": "help", "description": "Help"},
    ]
    with pytest.raises(BadRequest, match="Bot_command_invalid"):
        await bot.set_my_commands([BotCommand("Start", "x")])
    with pytest.raises(BadRequest, match="Bot_command_description_invalid"):
        await bot.set_my_commands([BotCommand("start", "x" * 257)])
    assert [c["command"] for c in fake.commands] == ["start", "help"]


# ------------------------------------------------------------------------------ full Application


async def test_application_polling_end_to_end(fake: FakeTelegramAPI) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        keyboard = [[InlineKeyboardButton("Português", callback_data="lang:pt")]]
        await update.effective_message.reply_text(
            "Olá! Envie a mensagem suspeita.", reply_markup=InlineKeyboardMarkup(keyboard)
        )

    async def tip(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        forwarded = update.effective_message.forward_origin is not None
        await update.effective_message.reply_text(f"Recebido (encaminhada={forwarded})")

    async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None
        await query.answer()
        await context.bot.send_message(USER_ID, f"Idioma: {query.data}")

    app = (
        Application.builder()
        .token(fake.token)
        .base_url(fake.base_url)
        .base_file_url(fake.base_file_url)
        .build()
    )
    app.add_handler(CommandHandler("start", start))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, tip))
    app.add_handler(CallbackQueryHandler(button))

    ana = fake.user(USER_ID)
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=dtm.timedelta(seconds=5))
        try:
            fake.command(ana, "/start")
            fake.text_message(ana, "Eleição adiada!", forward_from_channel="Canal X")
            first, second = await fake.wait_for_messages(USER_ID, 2)
            assert first.text == "Olá! Envie a mensagem suspeita."
            assert first.callback_data == ["lang:pt"]
            assert second.text == "Recebido (encaminhada=True)"
            # PTB 22: reply_text() only quotes in group chats unless do_quote=True (the fake
            # would refuse reply_parameters).
            assert fake.rejected == []

            pressed = fake.callback_query(ana, "lang:pt", first.message_id)
            third = (await fake.wait_for_messages(USER_ID, 3))[2]
            assert (
                fake.answered_callbacks[0]["callback_query_id"] == pressed["callback_query"]["id"]
            )
            assert third.text == "Idioma: lang:pt"
            await fake.wait_until_confirmed(pressed["update_id"])
        finally:
            await app.updater.stop()
            await app.stop()
    assert fake.calls[0][0] == "getMe"
    assert "deleteWebhook" in [name for name, _ in fake.calls]


async def test_default_token(fake: FakeTelegramAPI) -> None:
    assert fake.token == DEFAULT_TOKEN
    assert fake.base_url == f"http://127.0.0.1:{fake.port}/bot"
    assert fake.base_file_url == f"http://127.0.0.1:{fake.port}/file/bot"
