"""Where the picture is in a meme: caption bands, the upright part of a rotated copy, the parts
of a collage; and nothing found in a plain photo."""

from __future__ import annotations

import io
from collections.abc import Callable

import numpy as np
import pytest
from PIL import Image, ImageDraw

from matching.image_bands import band_boxes
from matching.image_collage import collage_boxes
from matching.image_regions import Box
from matching.image_rotation import _majority, centred_box, fill_cropped, inner_scale
from tests.matching.conftest import font, with_caption_bands

MakePhoto = Callable[..., Image.Image]


@pytest.mark.parametrize("colour", [(255, 255, 255), (0, 0, 0), (220, 30, 40), (90, 200, 120)])
@pytest.mark.parametrize(("above", "below"), [(60, 0), (0, 30), (84, 42)])
def test_caption_bands_of_any_colour_are_cut_off_at_the_photo(
    photo: MakePhoto, colour: tuple[int, int, int], above: int, below: int
) -> None:
    picture = photo(11, (320, 240))
    meme = Image.new("RGB", (320, 240 + above + below), colour)
    meme.paste(picture, (0, above))
    draw = ImageDraw.Draw(meme)
    ink = (0, 0, 0) if sum(colour) > 384 else (255, 255, 255)
    for top, height in ((0, above), (above + 240, below)):
        if height:
            draw.text((20, top + height // 4), "NOT TRUE", fill=ink, font=font(height // 2))
    found = band_boxes(meme)[0]
    assert abs(found.top - above) <= 2
    assert abs(found.bottom - (above + 240)) <= 2


def test_a_plain_photo_has_no_band_and_no_rotation(photo: MakePhoto) -> None:
    # (It may be cut as a collage where a straight edge crosses it: that only adds regions.)
    for seed in range(12, 20):
        picture = photo(seed, (320, 240))
        assert band_boxes(picture) == []
        assert fill_cropped(picture) is None


@pytest.mark.parametrize("plain_edge", ["below", "above"])
def test_a_photo_with_a_plain_edge_under_a_band_is_also_kept_whole(
    photo: MakePhoto, plain_edge: str
) -> None:
    """A band on one side of a portrait whose dark coat fills its rows on the other side: the
    coat passes for a band too, and cutting both loses a third of the photo. One of the boxes
    found keeps the photo whole."""
    picture = photo(14, (320, 300))
    ImageDraw.Draw(picture).rectangle((0, 200, 320, 300), fill=(20, 30, 70))
    band = (0, 300) if plain_edge == "above" else (80, 0)  # rows of band above, below
    if plain_edge == "above":
        picture = picture.transpose(Image.Transpose.FLIP_TOP_BOTTOM)
    meme = Image.new("RGB", (320, 380), (240, 240, 240))
    meme.paste(picture, (0, band[0]))
    text_top = 20 if plain_edge == "below" else 320
    ImageDraw.Draw(meme).text((20, text_top), "NOT TRUE", fill=(0, 0, 0), font=font(40))
    boxes = band_boxes(meme)
    whole = Box(0, band[0], 320, band[0] + 300)
    assert any(max(abs(a - b) for a, b in zip(box, whole, strict=True)) <= 2 for box in boxes)
    assert len(boxes) >= 2  # the coat was taken for a band as well: the reason for this test


# Below about 2 degrees the filled corners of a 320x240 copy are a few pixels thin: not measured,
# those copies are near enough to the index's rotated variants as they are.
@pytest.mark.parametrize("degrees", [-5.0, -3.3, -2.2, 2.0, 4.2])
@pytest.mark.parametrize("expand", [False, True])
def test_a_rotated_copy_with_filled_corners_gives_the_upright_rectangle(
    photo: MakePhoto, degrees: float, expand: bool
) -> None:
    picture = photo(13, (320, 240))
    rotated = picture.rotate(
        degrees, resample=Image.Resampling.BICUBIC, expand=expand, fillcolor=(0, 0, 0)
    )
    found = fill_cropped(rotated)
    assert found is not None
    expected = centred_box(320, 240, inner_scale(320, 240, degrees))
    assert abs(found.width - expected.width) <= 4
    assert abs(found.height - expected.height) <= 4
    assert abs((found.left + found.right) / 2 - rotated.width / 2) <= 1


@pytest.mark.parametrize("degrees", [-4.0, 3.0])
def test_a_rotated_copy_whose_bottom_is_the_fill_colour_gives_the_upright_rectangle(
    photo: MakePhoto, degrees: float
) -> None:
    """A portrait's dark shoulders fill its bottom corners, rotated with a black fill: those two
    corners give the shoulders' slope, the two at the top agree, and theirs is the angle (the
    median of all four fell between them, and no angle was found)."""
    picture = photo(15, (320, 400))
    draw = ImageDraw.Draw(picture)
    for shoulder in ([(0, 300), (140, 400), (0, 400)], [(320, 290), (170, 400), (320, 400)]):
        draw.polygon(shoulder, fill=(6, 6, 10))
    rotated = picture.rotate(degrees, resample=Image.Resampling.BICUBIC, fillcolor=(0, 0, 0))
    found = fill_cropped(rotated)
    assert found is not None
    expected = centred_box(320, 400, inner_scale(320, 400, degrees))
    assert abs(found.width - expected.width) <= 4
    assert abs(found.height - expected.height) <= 4


def test_inner_scale_keeps_everything_when_upright_and_less_as_it_turns() -> None:
    assert inner_scale(400, 300, 0.0) == pytest.approx(1.0)
    assert 1.0 > inner_scale(400, 300, 2.0) > inner_scale(400, 300, 5.0) > 0.8
    assert inner_scale(400, 300, -3.0) == inner_scale(300, 400, 3.0)


@pytest.mark.parametrize("gutter", [0, 12])
def test_the_parts_of_a_collage_are_found(photo: MakePhoto, gutter: int) -> None:
    board = Image.new("RGB", (2 * 300 + gutter, 2 * 200 + gutter), (250, 250, 250))
    expected = []
    for number in range(4):
        left, top = (number % 2) * (300 + gutter), (number // 2) * (200 + gutter)
        board.paste(photo(20 + number, (300, 200)), (left, top))
        expected.append(Box(left, top, left + 300, top + 200))
    found = collage_boxes(board)
    assert len(found) == 4
    for box, want in zip(sorted(found), sorted(expected), strict=True):
        assert max(abs(a - b) for a, b in zip(box, want, strict=True)) <= 3


def _jpeg(picture: Image.Image, quality: int) -> Image.Image:
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _assert_upright_rectangle(found: Box | None, size: tuple[int, int], degrees: float) -> None:
    """`found` is the centred rectangle inside a `size` picture rotated by `degrees`, to 1%."""
    assert found is not None
    expected = centred_box(*size, inner_scale(*size, degrees))
    assert abs(found.width - expected.width) <= 0.01 * size[0]
    assert abs(found.height - expected.height) <= 0.01 * size[1]


@pytest.mark.parametrize("degrees", [-2.8, 1.6, 4.5])
def test_a_photo_with_the_fill_colour_along_its_edges_gives_the_upright_rectangle(
    photo: MakePhoto, degrees: float
) -> None:
    """White shop windows along the edges of a photo rotated with a white fill lengthen the
    fill at those places: the angle comes from the rest of each corner (it was a degree off)."""
    picture = photo(17, (400, 300))
    draw = ImageDraw.Draw(picture)
    for left in (30, 150, 260):
        draw.rectangle((left, 0, left + 50, 25), fill=(250, 250, 250))
    for top in (40, 170):
        draw.rectangle((0, top, 20, top + 60), fill=(248, 248, 248))
        draw.rectangle((385, top + 20, 400, top + 70), fill=(252, 252, 252))
    rotated = picture.rotate(degrees, resample=Image.Resampling.BICUBIC, fillcolor="white")
    _assert_upright_rectangle(fill_cropped(_jpeg(rotated, 66)), (400, 300), degrees)


@pytest.mark.parametrize("fill", [(166, 202, 222), (68, 251, 21)])
def test_a_rotated_copy_in_a_poor_jpeg_with_a_pale_or_bright_fill_gives_the_upright_rectangle(
    photo: MakePhoto, fill: tuple[int, int, int]
) -> None:
    """At quality 55 JPEG moves such fills past the tolerance here and there, which would cut
    the fill runs short; the corners' own pixels differ from the fill by up to 20 levels."""
    rotated = photo(18, (400, 300)).rotate(4.2, resample=Image.Resampling.BICUBIC, fillcolor=fill)
    _assert_upright_rectangle(fill_cropped(_jpeg(rotated, 55)), (400, 300), 4.2)


def test_caption_bands_of_the_corners_colour_are_no_rotation(photo: MakePhoto) -> None:
    """Four corners of one colour, and letters cutting the band's runs short at places: not
    the triangles of a rotated picture."""
    meme = with_caption_bands(photo(21, (400, 300)), "VOTE TODAY", "NOT TRUE")
    assert fill_cropped(_jpeg(meme, 75)) is None


def test_the_fill_mask_majority_is_that_of_each_pixels_neighbourhood() -> None:
    """The vectorised 3x3 majority next to its obvious twin (edges repeated outwards)."""
    mask = np.random.default_rng(3).random((23, 31)) < 0.5
    padded = np.pad(mask, 1, mode="edge")
    expected = np.array(
        [
            [padded[row : row + 3, column : column + 3].sum() >= 5 for column in range(31)]
            for row in range(23)
        ]
    )
    assert np.array_equal(_majority(mask), expected)


def test_a_small_expanded_rotated_copy_is_cut_as_expanded(photo: MakePhoto) -> None:
    """On a 160-pixel copy rotated 2 degrees in an expanded canvas, the picture's corners blur
    over a tenth of the top row: taken for a same-size canvas, its rectangle was cut 6 pixels
    too wide (the copy's four edges are now looked at, and a third of them allowed)."""
    rotated = photo(17, (160, 120)).rotate(
        2.0, resample=Image.Resampling.BICUBIC, expand=True, fillcolor="black"
    )
    found = fill_cropped(_jpeg(rotated, 80))
    assert found is not None
    expected = centred_box(160, 120, inner_scale(160, 120, 2.0))
    assert abs(found.width - expected.width) <= 3
    assert abs(found.height - expected.height) <= 3
