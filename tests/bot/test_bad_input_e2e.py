"""Bad input on Telegram: each gets a clear reply in the voter's language, and the tip is kept.

Driven like the other end-to-end tests: the real python-telegram-bot against the fake Bot API
server, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pytest
from PIL import Image
from sqlmodel import select

from bot.app import Tipline
from factchecks.models import QueueItem, Tip, TipStatus
from tests.bot.conftest import FACTCHECKER_ID, encode, photo_like
from tests.fakes.telegram_api import FakeTelegramAPI, JSONDict


async def _tips_of(tipline: Tipline) -> list[Tip]:
    async with tipline.db.session() as session:
        return list((await session.exec(select(Tip).order_by(Tip.id))).all())


def _bomb_png() -> bytes:
    """A small file that decodes to 48 million pixels (over the 40-million-pixel limit)."""
    return encode(Image.new("L", (8000, 6000)), optimize=True)


def _animated_gif() -> bytes:
    frames = [photo_like(seed, (160, 120)).convert("P") for seed in (1, 2, 3)]
    buffer = io.BytesIO()
    frames[0].save(buffer, format="GIF", save_all=True, append_images=frames[1:], duration=100)
    return buffer.getvalue()


def _send_document(
    data: bytes, mime_type: str, **extra: Any
) -> Callable[[FakeTelegramAPI, JSONDict], object]:
    def send(api: FakeTelegramAPI, voter: JSONDict) -> object:
        return api.document_message(voter, data, file_name="file", mime_type=mime_type, **extra)

    return send


# (what the voter sends, the English reply's opening, the Spanish reply's opening, tip note)
UNUSABLE = [
    pytest.param(
        lambda api, voter: api.sticker_message(voter),
        "I can only check text and pictures",
        "Por ahora solo puedo verificar textos e imágenes",
        "sticker:unsupported",
        id="sticker",
    ),
    pytest.param(
        lambda api, voter: api.voice_message(voter),
        "I can only check text and pictures",
        "Por ahora solo puedo verificar textos e imágenes",
        "voice:unsupported",
        id="voice-note",
    ),
    pytest.param(
        lambda api, voter: api.location_message(voter),
        "I can only check text and pictures",
        "Por ahora solo puedo verificar textos e imágenes",
        "location:unsupported",
        id="location",
    ),
    pytest.param(
        lambda api, voter: api.contact_message(voter),
        "I can only check text and pictures",
        "Por ahora solo puedo verificar textos e imágenes",
        "contact:unsupported",
        id="contact",
    ),
    pytest.param(
        lambda api, voter: api.poll_message(voter),
        "I can only check text and pictures",
        "Por ahora solo puedo verificar textos e imágenes",
        "poll:unsupported",
        id="poll",
    ),
    pytest.param(
        _send_document(b"\x89PNG but really a text file", "image/png"),
        "I could not open that file as a picture",
        "No pude abrir ese archivo como imagen",
        "document:not_an_image",
        id="not-an-image",
    ),
    pytest.param(
        _send_document(_bomb_png(), "image/png"),
        "That picture is too large for me to open",
        "Esa imagen es demasiado grande para abrirla",
        "document:image_too_large",
        id="decompression-bomb",
    ),
    pytest.param(
        _send_document(_animated_gif(), "image/gif"),
        "I cannot check animations yet",
        "Todavía no puedo verificar animaciones",
        "document:animated",
        id="animated-gif",
    ),
    pytest.param(
        lambda api, voter: api.text_message(voter, "  \n\t "),
        "Your message was empty",
        "Tu mensaje estaba vacío",
        None,
        id="whitespace-only",
    ),
]


@pytest.mark.parametrize(("send", "english", "spanish", "note"), UNUSABLE)
@pytest.mark.parametrize("language", ["en", "es"])
async def test_unusable_message_gets_a_clear_reply_and_the_tip_is_kept(
    telegram_api: FakeTelegramAPI,
    tipline: Tipline,
    send: Callable[[FakeTelegramAPI, JSONDict], object],
    english: str,
    spanish: str,
    note: str | None,
    language: str,
) -> None:
    voter = telegram_api.user(801, language_code=language)
    send(telegram_api, voter)
    [reply] = await telegram_api.wait_for_messages(801)
    assert reply.text.startswith(english if language == "en" else spanish)
    [tip] = await _tips_of(tipline)
    assert tip.status == TipStatus.UNUSABLE and tip.media_note == note


async def test_a_file_over_20_mb_is_refused_without_downloading_it(
    telegram_api: FakeTelegramAPI, tipline: Tipline
) -> None:
    voter = telegram_api.user(802, language_code="es")
    telegram_api.document_message(
        voter,
        encode(photo_like(3)),
        file_name="scan.png",
        mime_type="image/png",
        file_size=25_000_000,
        caption=None,
    )
    [reply] = await telegram_api.wait_for_messages(802)
    assert reply.text.startswith("Ese archivo es demasiado grande para descargarlo")
    assert "20 MB" in reply.text
    assert telegram_api.calls_of("getFile") == []
    [tip] = await _tips_of(tipline)
    assert tip.media_note == "document:too_large"


async def test_an_unusable_picture_with_a_caption_is_still_checked_by_its_caption(
    telegram_api: FakeTelegramAPI, tipline: Tipline
) -> None:
    voter = telegram_api.user(803, language_code="en")
    telegram_api.document_message(
        voter,
        b"not a picture at all",
        file_name="claim.jpg",
        mime_type="image/jpeg",
        caption="You can vote by SMS this year: text your ID number to 4455 and your vote counts",
    )
    [reply] = await telegram_api.wait_for_messages(803)
    assert "Verdict: False" in reply.text
    [tip] = await _tips_of(tipline)
    assert tip.status == TipStatus.ANSWERED and tip.media_note == "document:not_an_image"


async def test_ten_thousand_characters_are_kept_and_queued_without_flooding_the_desk(
    telegram_api: FakeTelegramAPI, tipline: Tipline
) -> None:
    paragraph = (
        "Polling stations in the northern districts will close at noon on election day "
        "because of a curfew announced by the army. "
    )
    long_text = (paragraph * (10_000 // len(paragraph) + 1))[:10_000]
    voter = telegram_api.user(804, language_code="en")
    telegram_api.text_message(voter, long_text)
    [reply] = await telegram_api.wait_for_messages(804)
    assert "sent it to our fact-checkers" in reply.text
    [tip] = await _tips_of(tipline)
    assert tip.text == long_text.strip() and tip.status == TipStatus.QUEUED

    checker = telegram_api.user(FACTCHECKER_ID, language_code="en")
    telegram_api.command(checker, "/queue")
    [listing] = await telegram_api.wait_for_messages(FACTCHECKER_ID)
    assert "Polling stations in the northern districts" in listing.text
    assert len(listing.text) < 1_000  # an excerpt per line, not the whole paste
    async with tipline.db.session() as session:
        [item] = (await session.exec(select(QueueItem))).all()
    assert item.request_count == 1
