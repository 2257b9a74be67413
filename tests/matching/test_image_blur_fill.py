"""Finding a photo centred on a blurred, enlarged copy of itself (`image_blur_fill`): the box
is the photo's to within a few pixels, a line of text on the fill does not move it, and a plain
photo has no fill found in it."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageDraw, ImageFilter

from matching import DEFAULT_ANSWER_THRESHOLD, ImageIndex
from matching.image_blur_fill import blur_fill_boxes
from matching.image_regions import Box, working_copy
from tests.matching.conftest import font, make_photo


def _on_fill(picture: Image.Image, canvas: tuple[int, int], text: str | None) -> Image.Image:
    zoom = max(canvas[0] / picture.width, canvas[1] / picture.height)
    enlarged = picture.resize((int(picture.width * zoom) + 1, int(picture.height * zoom) + 1))
    fill = enlarged.crop((0, 0, *canvas)).filter(ImageFilter.GaussianBlur(10))
    fill.paste(picture, ((canvas[0] - picture.width) // 2, (canvas[1] - picture.height) // 2))
    if text is not None:
        ImageDraw.Draw(fill).text((12, 10), text, fill="white", font=font(24))
    return fill


def _near(found: list[Box], expected: Box, slack: int) -> bool:
    return any(
        max(abs(a - b) for a, b in zip(box, expected, strict=True)) <= slack for box in found
    )


@pytest.mark.parametrize(
    ("canvas", "text"),
    [((320, 569), None), ((320, 569), "BREAKING: LOOK"), ((427, 240), None), ((320, 320), "wow")],
    ids=["story 9:16", "story with text on the fill", "wide 16:9", "square"],
)
def test_the_photo_on_a_blurred_fill_is_found(canvas: tuple[int, int], text: str | None) -> None:
    photo = make_photo(7, (320, 240))
    posted = _on_fill(photo, canvas, text)
    left, top = (canvas[0] - 320) // 2, (canvas[1] - 240) // 2
    found = blur_fill_boxes(working_copy(posted), posted.size)
    assert _near(found, Box(left, top, left + 320, top + 240), slack=4), found


@pytest.mark.parametrize("seed", range(100, 120))
def test_a_plain_photo_has_no_fill(seed: int) -> None:
    photo = make_photo(seed, (320, 240))
    assert blur_fill_boxes(working_copy(photo), photo.size) == []


def test_a_photo_between_plain_bars_of_unequal_width_keeps_its_own_crops() -> None:
    """Plain side bars (40 and 70 pixels) are a border, not a blurred fill: the photo found
    inside stays the region whose mirror image and crops are indexed, so a mirrored copy of the
    bare photo is answered."""
    photo = make_photo(11, (320, 240))
    framed = Image.new("RGB", (40 + 320 + 70, 240), (30, 30, 30))
    framed.paste(photo, (40, 0))
    index: ImageIndex[int] = ImageIndex()
    assert index.add(1, _png(framed))
    hits = index.search(_png(photo.transpose(Image.Transpose.FLIP_LEFT_RIGHT)), k=1)
    assert hits and hits[0].key == 1 and hits[0].score >= DEFAULT_ANSWER_THRESHOLD


def _png(picture: Image.Image) -> bytes:
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return buffer.getvalue()
