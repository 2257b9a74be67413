"""Finding the picture inside borders, caption bands and screenshots; telling text layouts apart."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest
from PIL import Image

from matching.image_regions import Box, content_boxes, is_text_layout
from tests.matching.conftest import (
    chat_screenshot,
    text_screenshot,
    with_border,
    with_caption_bands,
)

MakePhoto = Callable[..., Image.Image]


def _close(found: Box, expected: Box, slack_px: int) -> bool:
    return all(abs(a - b) <= slack_px for a, b in zip(found, expected, strict=True))


def test_a_photo_has_no_inner_box(photo: MakePhoto) -> None:
    for seed in range(6):
        assert content_boxes(photo(seed, (320, 240))) == []


def test_a_border_is_trimmed(photo: MakePhoto) -> None:
    framed = with_border(photo(1, (320, 240)), 0.1, "white")
    [box] = content_boxes(framed)
    assert _close(box, Box(32, 32, 352, 272), 2)


@pytest.mark.parametrize(("colour", "slack_px"), [("white", 0), ("black", 1)])
def test_a_border_is_trimmed_to_the_pixel_on_a_large_dark_picture(
    photo: MakePhoto, colour: str, slack_px: int
) -> None:
    """Found on a small working copy, the box is tightened on the full picture: a line of
    border left on a dark photo would move its hash (a starry sky failed that way). On a black
    border a dark photo's own edge may pass for border: one pixel of slack there."""
    dark = photo(4, (1000, 872)).point(lambda value: value // 4)
    framed = with_border(dark, 0.083, colour)
    width = (framed.width - 1000) // 2
    outer = content_boxes(framed)[0]
    assert _close(outer, Box(width, width, width + 1000, width + 872), slack_px), outer


def test_caption_bands_are_cut_off(photo: MakePhoto) -> None:
    meme = with_caption_bands(photo(2, (320, 240)), "WHAT THEY", "DON'T TELL YOU")
    assert _close(content_boxes(meme)[-1], Box(0, 48, 320, 288), 2)


def test_the_photo_inside_a_chat_bubble_is_found(photo: MakePhoto) -> None:
    screen = chat_screenshot(photo(3, (320, 240)), ["look", "is this real?"])
    # chat_screenshot puts the picture, 380 pixels wide, at (140, 252).
    assert _close(content_boxes(screen)[-1], Box(140, 252, 520, 537), 3)


@pytest.mark.parametrize(
    ("picture", "expected"),
    [
        pytest.param(text_screenshot(["one line", "two lines", "three"]), True, id="text post"),
        pytest.param(chat_screenshot(None, ["hello", "vote monday"]), True, id="text chat"),
        pytest.param(Image.new("RGB", (300, 200), "white"), False, id="blank"),
    ],
)
def test_text_layouts_are_told_apart(picture: Image.Image, expected: bool) -> None:
    assert is_text_layout(picture) is expected


def test_photos_and_framed_photos_are_not_text_layouts(photo: MakePhoto) -> None:
    for seed in range(4):
        picture = photo(seed, (320, 240))
        assert not is_text_layout(picture)
        assert not is_text_layout(with_caption_bands(picture, "A", "B"))


def _faint_scan(seed: int) -> Image.Image:
    """A faint photo like a retina scan: a grey field with grain and a few thin dark wavy lines
    (vessels) across it, all within a few tens of levels of the field."""
    rng = np.random.default_rng(seed)
    height, width = 240, 320
    field = 100 + rng.normal(0, 3, (height, width))
    columns = np.arange(width)
    for number in range(5):
        middle = 30 + 45 * number + 10 * np.sin(columns / rng.uniform(20, 60))
        for row in range(height):
            field[row] -= 40 * np.exp(-(((row - middle) / 2.0) ** 2))
    grey = np.clip(field, 0, 255).astype(np.uint8)
    return Image.fromarray(np.stack([grey] * 3, axis=-1))


def test_a_faint_photo_with_thin_lines_is_not_a_text_layout() -> None:
    """Its lines pass for lines of text by their layout, but they are not ink: a retina scan in
    the benchmark was refused as text, and every copy of it went unmatched."""
    for seed in range(3):
        scan = _faint_scan(seed)
        assert not is_text_layout(scan)
        assert not is_text_layout(with_caption_bands(scan, "THE TRUTH", "ABOUT VOTES"))
