"""Stickers (a bright disc, a label with a word) over a textured photo: the copy is answered with
its own fact-check, and a distinct photo under the same stickers matches nothing."""

from __future__ import annotations

import io
from collections import deque

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter

from matching import DEFAULT_ANSWER_THRESHOLD, ImageIndex
from matching.image_regions import Box
from matching.image_stickers import FLAT_RANGE, blobs, flat_mask, unstuck
from tests.matching.conftest import font, make_photo
from tests.matching.test_image_crops import gravel


def _blobs_by_flood_fill(mask: np.ndarray) -> list[tuple[int, Box]]:
    """The slow, obvious twin of `blobs`: visit every pixel, flood each new blob."""
    height, width = mask.shape
    seen = np.zeros_like(mask, dtype=bool)
    found = []
    for row in range(height):
        for column in range(width):
            if not mask[row, column] or seen[row, column]:
                continue
            seen[row, column] = True
            queue = deque([(row, column)])
            count, left, top, right, bottom = 0, column, row, column + 1, row + 1
            while queue:
                y, x = queue.popleft()
                count += 1
                left, top = min(left, x), min(top, y)
                right, bottom = max(right, x + 1), max(bottom, y + 1)
                for ny, nx in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
                    if 0 <= ny < height and 0 <= nx < width and mask[ny, nx] and not seen[ny, nx]:
                        seen[ny, nx] = True
                        queue.append((ny, nx))
            found.append((count, Box(left, top, right, bottom)))
    return found


@pytest.mark.parametrize("seed", range(6))
def test_blobs_are_those_a_flood_fill_finds(seed: int) -> None:
    rng = np.random.default_rng(seed)
    mask = rng.random((40, 57)) < (0.3 + 0.1 * seed)
    assert sorted(blobs(mask)) == sorted(_blobs_by_flood_fill(mask))


def _stuck(picture: Image.Image) -> Image.Image:
    """A white disc and a red label with a word, each about 1.5% of the picture; sent as JPEG."""
    stuck = picture.copy()
    draw = ImageDraw.Draw(stuck)
    side = round((picture.width * picture.height * 0.015) ** 0.5)
    draw.ellipse((260, 30, 260 + side, 30 + side), fill=(255, 255, 255))
    draw.rounded_rectangle((70, 150, 70 + 2 * side, 150 + side // 2), 6, fill=(200, 20, 30))
    draw.text((76, 152), "ballot", fill=(255, 255, 255), font=font(side // 3))
    return stuck


def _jpeg(picture: Image.Image) -> bytes:
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=50)
    return buffer.getvalue()


def _png(picture: Image.Image) -> bytes:
    buffer = io.BytesIO()
    picture.save(buffer, "PNG", compress_level=1)
    return buffer.getvalue()


def test_a_textured_photo_under_stickers_is_answered_and_another_is_not() -> None:
    index: ImageIndex[str] = ImageIndex()
    assert index.add("gravel", _png(gravel(0)))
    hits = index.search(_jpeg(_stuck(gravel(0))))
    assert [hit.key for hit in hits] == ["gravel"]
    assert hits[0].score >= DEFAULT_ANSWER_THRESHOLD
    for seed in (1, 2, 3):
        assert index.search(_jpeg(_stuck(gravel(seed)))) == []


def test_a_photo_without_stickers_is_not_painted() -> None:
    assert unstuck(make_photo(7, (320, 240))) is None
    assert unstuck(gravel(4)) is None


def _flat_mask_by_pillow(picture: Image.Image) -> np.ndarray:
    """The slow twin of `flat_mask`: Pillow's 3x3 max and min filters, channel by channel."""
    spread = None
    for channel in picture.convert("RGB").split():
        high = np.asarray(channel.filter(ImageFilter.MaxFilter(3)), dtype=np.int16)
        low = np.asarray(channel.filter(ImageFilter.MinFilter(3)), dtype=np.int16)
        spread = high - low if spread is None else np.maximum(spread, high - low)
    assert spread is not None
    return spread <= FLAT_RANGE


@pytest.mark.parametrize("seed", range(3))
def test_flat_mask_is_what_pillow_filters_give(seed: int) -> None:
    picture = _stuck(make_photo(seed, (320, 240)))
    grain = np.random.default_rng(seed).integers(-3, 4, (240, 320, 3))
    grainy = Image.fromarray(np.clip(np.asarray(picture) + grain, 0, 255).astype(np.uint8))
    for sample in (picture, grainy):
        assert np.array_equal(flat_mask(sample), _flat_mask_by_pillow(sample))
