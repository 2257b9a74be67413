"""A collage whose seam the detector misses (two pictures meeting in like dark colours) is still
answered for each picture in it, from its halves; a collage of other pictures matches nothing."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, ImageDraw

from matching import DEFAULT_ANSWER_THRESHOLD, ImageIndex
from matching.image_collage import collage_boxes, grid_boxes
from tests.matching.conftest import make_photo

DARK = (22, 26, 40)


def _dark_at(seed: int, where: str) -> Image.Image:
    """A photo-like picture with a grainy dark area at the bottom (a coat) or the top (a night
    sky)."""
    picture = make_photo(seed, (320, 320))
    box = (0, 200, 320, 320) if where == "bottom" else (0, 0, 320, 130)
    ImageDraw.Draw(picture).rectangle(box, fill=DARK)
    grain = np.random.default_rng(seed).normal(0, 12, (320, 320, 3))
    return Image.fromarray(np.clip(np.asarray(picture) + grain, 0, 255).astype(np.uint8))


def _stacked(upper: Image.Image, lower: Image.Image) -> Image.Image:
    """Two pictures stacked in 360 px cells without a gutter, sent as JPEG."""
    board = Image.new("RGB", (360, 720))
    board.paste(upper.resize((360, 360)), (0, 0))
    board.paste(lower.resize((360, 360)), (0, 360))
    buffer = io.BytesIO()
    board.save(buffer, "JPEG", quality=70)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _png(picture: Image.Image) -> bytes:
    buffer = io.BytesIO()
    picture.save(buffer, "PNG", compress_level=1)
    return buffer.getvalue()


def _jpeg(picture: Image.Image) -> bytes:
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def index() -> ImageIndex[str]:
    built: ImageIndex[str] = ImageIndex()
    assert built.add("coat", _png(_dark_at(11, "bottom")))
    assert built.add("night", _png(_dark_at(12, "top")))
    return built


def test_each_picture_of_a_collage_with_a_missed_seam_is_answered(index: ImageIndex[str]) -> None:
    board = _stacked(_dark_at(11, "bottom"), _dark_at(12, "top"))
    # The detector cuts in the wrong place: the coat and the night sky pass for one picture.
    assert (0, 360, 360, 720) not in collage_boxes(board)
    hits = index.search(_jpeg(board))
    assert sorted(hit.key for hit in hits) == ["coat", "night"]
    assert all(hit.score >= DEFAULT_ANSWER_THRESHOLD for hit in hits)


def test_a_collage_of_other_pictures_matches_nothing(index: ImageIndex[str]) -> None:
    for seeds in ((21, 22), (23, 24), (25, 26)):
        board = _stacked(_dark_at(seeds[0], "bottom"), _dark_at(seeds[1], "top"))
        assert index.search(_jpeg(board)) == []


def test_grid_boxes_are_the_halves_and_quarters() -> None:
    assert grid_boxes(301, 200) == [
        (0, 0, 150, 200),
        (150, 0, 301, 200),
        (0, 0, 301, 100),
        (0, 100, 301, 200),
        (0, 0, 150, 100),
        (150, 0, 301, 100),
        (0, 100, 150, 200),
        (150, 100, 301, 200),
    ]
