"""Generated pictures for the image tests: photo-like, seeded, small enough to keep tests fast.

Also the ways pictures travel that the matcher must see through: caption bands (memes), borders,
crops, mirroring, and chat or text screenshots drawn with Pillow's built-in scalable font.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont, ImageOps

MakePhoto = Callable[..., Image.Image]
Encode = Callable[..., bytes]


def make_photo(seed: int, size: tuple[int, int] = (256, 192)) -> Image.Image:
    """A picture with the structure of a photo: colour gradients, shapes, a caption and noise."""
    return _photo(seed, size).copy()


@lru_cache(maxsize=64)
def _photo(seed: int, size: tuple[int, int]) -> Image.Image:
    rng = np.random.default_rng(seed)
    width, height = size
    y, x = np.mgrid[0:height, 0:width] / max(width, height)
    channels = [
        rng.uniform(40, 200) + rng.uniform(-80, 80) * x + rng.uniform(-80, 80) * y for _ in range(3)
    ]
    image = Image.fromarray(np.clip(np.stack(channels, axis=-1), 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(image)
    for _ in range(12):
        left, top = int(rng.integers(0, width)), int(rng.integers(0, height))
        right = left + int(rng.integers(20, width // 2))
        bottom = top + int(rng.integers(20, height // 2))
        colour = tuple(int(c) for c in rng.integers(0, 256, 3))
        shape = draw.ellipse if rng.random() < 0.5 else draw.rectangle
        shape((left, top, right, bottom), fill=colour)
    draw.text((int(rng.integers(0, width // 2)), int(rng.integers(0, height - 20))), f"VOTE {seed}")
    noisy = np.asarray(image, dtype=np.float64) + rng.normal(0, 8, (height, width, 3))
    return Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8))


def encode(image: Image.Image, fmt: str = "PNG", **options: Any) -> bytes:
    """`image` saved in `fmt` (PNG at the fastest compression unless told otherwise)."""
    if fmt == "PNG":
        options.setdefault("compress_level", 1)
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """Pillow's built-in font at `size` pixels (scalable since Pillow 10.1: no font package)."""
    return ImageFont.load_default(size=size)


def with_caption_bands(picture: Image.Image, top: str, bottom: str) -> Image.Image:
    """A meme: white bands with black text added above and below the picture."""
    band = picture.height // 5
    meme = Image.new("RGB", (picture.width, picture.height + 2 * band), "white")
    meme.paste(picture, (0, band))
    draw = ImageDraw.Draw(meme)
    lettering = font(band // 2)
    draw.text((picture.width // 20, band // 4), top, fill="black", font=lettering)
    draw.text(
        (picture.width // 20, picture.height + band + band // 4),
        bottom,
        fill="black",
        font=lettering,
    )
    return meme


def with_border(picture: Image.Image, share: float, colour: str = "black") -> Image.Image:
    """`picture` framed by a uniform border `share` of its longer side wide."""
    return ImageOps.expand(picture, border=round(max(picture.size) * share), fill=colour)


def cropped(picture: Image.Image, share: float, across: float, down: float) -> Image.Image:
    """`picture` with `share` of each side cut, `across`/`down` (0-1) of it from the left/top."""
    cut_width, cut_height = round(picture.width * share), round(picture.height * share)
    left, top = round(cut_width * across), round(cut_height * down)
    return picture.crop(
        (left, top, picture.width - (cut_width - left), picture.height - (cut_height - top))
    )


def chat_screenshot(picture: Image.Image | None, lines: list[str]) -> Image.Image:
    """A phone screenshot of a chat: status bar, header, text bubbles and (maybe) the picture."""
    width = 540
    screen = Image.new("RGB", (width, 960), (236, 229, 221))
    draw = ImageDraw.Draw(screen)
    lettering = font(20)
    draw.rectangle((0, 0, width, 110), fill=(7, 94, 84))
    draw.text((16, 10), "12:41", fill="white", font=lettering)
    draw.ellipse((16, 48, 66, 98), fill=(200, 120, 90))
    draw.text((80, 60), "Family group", fill="white", font=lettering)
    top = 130
    for line in lines:
        draw.rounded_rectangle((16, top, width - 60, top + 44), 10, fill="white")
        draw.text((28, top + 10), line, fill=(20, 20, 20), font=lettering)
        top += 56
    if picture is not None:
        shown = picture.resize((380, round(380 * picture.height / picture.width)))
        draw.rounded_rectangle(
            (130, top, 130 + 400, top + shown.height + 60), 10, fill=(220, 248, 198)
        )
        screen.paste(shown, (140, top + 10))
        draw.text(
            (140, top + shown.height + 22), "look at this!", fill=(20, 20, 20), font=lettering
        )
    return screen


def text_screenshot(lines: list[str]) -> Image.Image:
    """A screenshot of a post that is only text: avatar, name and lines on white."""
    screen = Image.new("RGB", (600, 120 + 40 * len(lines)), "white")
    draw = ImageDraw.Draw(screen)
    draw.ellipse((16, 16, 76, 76), fill=(29, 155, 240))
    draw.text((90, 24), "Election News @news", fill="black", font=font(24))
    for number, line in enumerate(lines):
        draw.text((20, 100 + 40 * number), line, fill=(15, 20, 25), font=font(24))
    return screen


@pytest.fixture
def photo() -> MakePhoto:
    return make_photo


@pytest.fixture
def encoded() -> Encode:
    return encode
