"""OCR of screenshots: the claim's words come back when tesseract is installed; "" otherwise.

Tests that need tesseract skip, with the reason, when it is not installed, unless
TIPLINE_REQUIRE_OCR=1 (CI sets it), which turns the skip into a failure.
"""

from __future__ import annotations

import io
import os
import stat
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from bot.screenshot_text import ScreenshotReader, available, screenshot_text
from matching import normalise

REQUIRE_OCR = os.environ.get("TIPLINE_REQUIRE_OCR") == "1"


@pytest.fixture
def tesseract() -> None:
    """Skip (or fail, under TIPLINE_REQUIRE_OCR=1) when the tesseract binary is missing."""
    if available():
        return
    reason = "tesseract is not installed (Debian: tesseract-ocr and its language packs)"
    if REQUIRE_OCR:
        pytest.fail(f"TIPLINE_REQUIRE_OCR=1 but {reason}")
    pytest.skip(reason)


# Debian's fonts-dejavu-core (on every machine image here) has the accented letters of Spanish,
# French and Portuguese; Pillow's built-in font draws boxes for them, so it is only a fallback.
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    if DEJAVU.is_file():
        return ImageFont.truetype(str(DEJAVU), size)
    return ImageFont.load_default(size=size)


def _post(lines: list[str], width: int = 720) -> Image.Image:
    """A screenshot of a social-media post: avatar, name, handle and the claim's lines."""
    screen = Image.new("RGB", (width, 150 + 46 * len(lines)), "white")
    draw = ImageDraw.Draw(screen)
    draw.ellipse((20, 20, 90, 90), fill=(29, 155, 240))
    draw.text((105, 25), "Daily Truth", fill="black", font=_font(28))
    draw.text((105, 60), "@dailytruth", fill=(110, 118, 125), font=_font(24))
    for number, line in enumerate(lines):
        draw.text((24, 115 + 46 * number), line, fill=(15, 20, 25), font=_font(30))
    return screen


def _chat(lines: list[str]) -> Image.Image:
    """A phone screenshot of a chat whose bubbles carry the claim's lines."""
    screen = Image.new("RGB", (720, 1280), (236, 229, 221))
    draw = ImageDraw.Draw(screen)
    draw.rectangle((0, 0, 720, 140), fill=(7, 94, 84))
    draw.text((110, 55), "Family group", fill="white", font=_font(30))
    top = 180
    for line in lines:
        draw.rounded_rectangle((20, top, 700, top + 70), 14, fill="white")
        draw.text((40, top + 18), line, fill=(20, 20, 20), font=_font(30))
        top += 90
    return screen


def _encode(picture: Image.Image, fmt: str = "PNG", **options: object) -> bytes:
    buffer = io.BytesIO()
    picture.save(buffer, fmt, **options)
    return buffer.getvalue()


def _words(text: str) -> set[str]:
    return set(normalise(text).split())


CLAIMS = [
    pytest.param(
        ["Polling stations will close", "at 5pm on election day,", "not at 8pm as announced."],
        ("eng",),
        id="English",
    ),
    pytest.param(
        ["Las mesas de votación", "cierran a las 17 horas,", "no a las 20 como dijeron."],
        ("spa", "eng"),
        id="Spanish",
    ),
    pytest.param(
        ["Les bureaux de vote", "fermeront à 17 heures", "et non à 20 heures."],
        ("fra", "eng"),
        id="French",
    ),
    pytest.param(
        ["As urnas eletrônicas", "foram trocadas antes", "da votação de domingo."],
        ("por",),
        id="Portuguese",
    ),
]


@pytest.mark.usefixtures("tesseract")
@pytest.mark.parametrize(("lines", "languages"), CLAIMS)
async def test_the_claim_in_a_post_screenshot_is_read(
    lines: list[str], languages: tuple[str, ...]
) -> None:
    text = await screenshot_text(_encode(_post(lines), "JPEG", quality=85), languages)
    expected = _words(" ".join(lines))
    assert len(expected & _words(text)) >= 0.9 * len(expected), text


@pytest.mark.usefixtures("tesseract")
async def test_every_tip_line_language_at_once_still_reads_the_claim() -> None:
    lines = ["The ballots were already", "marked before the polls opened."]
    text = await screenshot_text(_encode(_post(lines, width=540), "JPEG", quality=70))
    assert _words(" ".join(lines)) <= _words(text), text


@pytest.mark.usefixtures("tesseract")
async def test_the_claim_in_a_chat_screenshot_is_read() -> None:
    lines = ["Forwarded: voting is moved", "to Monday 14 October"]
    text = await screenshot_text(_encode(_chat(lines)), ("eng",))
    assert {"voting", "moved", "monday", "14", "october"} <= _words(text), text


@pytest.mark.usefixtures("tesseract")
async def test_a_photo_without_text_gives_little_or_nothing() -> None:
    from tests.matching.conftest import make_photo

    text = await screenshot_text(_encode(make_photo(4, (640, 480))), ("eng",))
    assert len(normalise(text).split()) <= 3, text


def _png_bomb(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    rows = (b"\x00" * (1 + (width + 7) // 8)) * height
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9))


@pytest.mark.usefixtures("tesseract")
@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"", id="empty"),
        pytest.param(b"this is not a picture", id="not an image"),
        pytest.param(_encode(_post(["a truncated picture"]), "JPEG")[:900], id="truncated JPEG"),
        pytest.param(_png_bomb(20_000, 20_000), id="PNG decompression bomb"),
        pytest.param(_encode(Image.new("RGB", (1, 1), "white")), id="1x1"),
    ],
)
async def test_bad_pictures_give_no_text(data: bytes) -> None:
    assert await screenshot_text(data) == ""


async def test_too_many_bytes_are_not_read(tmp_path: Path) -> None:
    reader = ScreenshotReader(
        binary=str(_fake(tmp_path, "echo should-not-run")), max_image_bytes=10
    )
    assert await reader.read(_encode(_post(["eleven bytes or more"]))) == ""


def _fake(tmp_path: Path, body: str) -> Path:
    """An executable standing in for tesseract: lists 'eng', then runs `body` for OCR."""
    script = tmp_path / "fake-tesseract"
    script.write_text(
        "#!/bin/sh\n"
        'if [ "$1" = "--list-langs" ]; then echo "List of available languages (1):"; '
        "echo eng; exit 0; fi\n"
        f"{body}\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return script


async def test_missing_tesseract_means_no_text_and_not_available() -> None:
    reader = ScreenshotReader(binary="tesseract-that-is-not-installed")
    assert reader.available() is False
    assert await reader.read(_encode(_post(["any claim at all"]))) == ""


async def test_a_failing_tesseract_gives_no_text(tmp_path: Path) -> None:
    reader = ScreenshotReader(binary=str(_fake(tmp_path, "echo broken >&2; exit 1")))
    assert reader.available()
    assert await reader.read(_encode(_post(["any claim at all"]))) == ""


async def test_a_hanging_tesseract_is_stopped(tmp_path: Path) -> None:
    # The fake never answers: the reader must give up after its timeout and kill it.
    reader = ScreenshotReader(binary=str(_fake(tmp_path, "exec tail -f /dev/null")), timeout_s=0.3)
    assert await reader.read(_encode(_post(["any claim at all"]))) == ""


async def test_only_installed_languages_are_asked_for(tmp_path: Path) -> None:
    # The fake prints its arguments: 'fra' is not installed there, so only 'eng' is passed.
    reader = ScreenshotReader(binary=str(_fake(tmp_path, 'echo "$@"')))
    assert await reader.read(_encode(_post(["x"])), ("fra", "eng")) == "stdin stdout -l eng"
    assert await reader.read(_encode(_post(["x"])), ("fra",)) == ""
