"""Generated pictures for the image tests: photo-like, seeded, small enough to keep tests fast."""

from __future__ import annotations

import io
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageDraw

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


@pytest.fixture
def photo() -> MakePhoto:
    return make_photo


@pytest.fixture
def encoded() -> Encode:
    return encode
