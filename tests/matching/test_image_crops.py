"""A copy cut on all four sides at once (the benchmark's "crop 10%": 10% of the width and 10% of
the height, each split between the two opposite edges) is answered with its own fact-check, even
on a fine texture, where a shift of 1% of a side moves the hash by 10 bits or more; and a
distinct picture of the same kind is not matched at all."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter

from matching import DEFAULT_ANSWER_THRESHOLD, ImageIndex
from matching.image_variants import (
    HALF_STEP_KEEP,
    QUERY_TRIM,
    half_step_boxes,
    picture_index_fingerprints,
    picture_query_fingerprints,
    trimmed_boxes,
)

SIDE_PX = 512


def gravel(seed: int) -> Image.Image:
    """A photo-like close-up of gravel: 1,800 shaded pebbles of 8-32 px, slightly blurred, with
    sensor noise. Like a real gravel, brick or grass photo, it has detail at the scale pHash and
    dHash look at, so their bits move fast when the frame shifts."""
    rng = np.random.default_rng(seed)
    base = np.clip(rng.normal(120, 10, 3), 0, 255)
    picture = Image.new("RGB", (SIDE_PX, SIDE_PX), tuple(int(c) for c in base))
    draw = ImageDraw.Draw(picture)
    for _ in range(1800):
        x, y = (int(v) for v in rng.integers(0, SIDE_PX, 2))
        across = int(rng.integers(4, 16))
        down = round(across * rng.uniform(0.6, 1.0))
        colour = tuple(int(c) for c in np.clip(base + rng.normal(0, 45), 0, 255))
        draw.ellipse((x - across, y - down, x + across, y + down), fill=colour)
    blurred = np.asarray(picture.filter(ImageFilter.GaussianBlur(1.2)), dtype=np.float64)
    noisy = blurred + rng.normal(0, 6, blurred.shape)
    return Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8))


def cut_on_four_sides(picture: Image.Image, across: float, down: float) -> Image.Image:
    """10% of the width and 10% of the height cut, `across` of the first from the left and
    `down` of the second from the top (the rest from the right and the bottom)."""
    cut_width, cut_height = round(picture.width * 0.1), round(picture.height * 0.1)
    left, top = round(cut_width * across), round(cut_height * down)
    box = (left, top, picture.width - (cut_width - left), picture.height - (cut_height - top))
    return picture.crop(box)


def _jpeg(picture: Image.Image, quality: int = 80) -> bytes:
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()


def _png(picture: Image.Image) -> bytes:
    buffer = io.BytesIO()
    picture.save(buffer, "PNG", compress_level=1)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def gravel_index() -> ImageIndex[str]:
    index: ImageIndex[str] = ImageIndex()
    assert index.add("gravel", _png(gravel(0)))
    return index


# Cuts halfway between the index's 90% windows (every 2.5% of a side) on both axes are the
# farthest from them: before the half-step windows and the query's trims, 13-14 bits here.
@pytest.mark.parametrize(
    ("across", "down"), [(0.125, 0.125), (0.625, 0.875), (0.875, 0.375), (0.375, 0.625), (0.5, 0.5)]
)
def test_a_textured_photo_cut_on_all_four_sides_is_answered(
    gravel_index: ImageIndex[str], across: float, down: float
) -> None:
    copy = cut_on_four_sides(gravel(0), across, down)
    hits = gravel_index.search(_jpeg(copy))
    assert [hit.key for hit in hits] == ["gravel"]
    assert hits[0].score >= DEFAULT_ANSWER_THRESHOLD


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_another_gravel_photo_and_its_cuts_are_not_matched(
    gravel_index: ImageIndex[str], seed: int
) -> None:
    other = gravel(seed)
    assert gravel_index.search(_png(other)) == []
    assert gravel_index.search(_jpeg(cut_on_four_sides(other, 0.375, 0.625))) == []


def test_the_worst_cut_is_nearer_with_the_trims_than_without() -> None:
    """The query's trims do the work: searched without them, the farthest cut is farther."""
    picture = gravel(0)
    stored = picture_index_fingerprints(picture)
    copy = cut_on_four_sides(picture, 0.625, 0.875)
    queries = picture_query_fingerprints(copy)
    whole = queries[0]
    with_trims = min(q.distance(s) for q in queries for s in stored)
    without = min(whole.distance(s) for s in stored)
    assert with_trims <= 6 < without


def test_half_step_windows_sit_between_the_crop_grid_positions() -> None:
    boxes = half_step_boxes(400, 200)
    assert len(boxes) == len(set(boxes)) == 25
    width, height = round(400 * HALF_STEP_KEEP), round(200 * HALF_STEP_KEEP)
    assert all(box.width == width and box.height == height for box in boxes)
    assert {box.left for box in boxes} == {5, 15, 25, 35, 45}
    assert {box.top for box in boxes} == {2, 8, 12, 18, 22}
    assert all(box.right <= 400 and box.bottom <= 200 for box in boxes)


def test_trims_cut_one_edge_across_and_one_edge_down() -> None:
    boxes = trimmed_boxes(360, 180)
    across, down = round(360 * QUERY_TRIM), round(180 * QUERY_TRIM)
    assert boxes == [
        (across, down, 360, 180),
        (across, 0, 360, 180 - down),
        (0, down, 360 - across, 180),
        (0, 0, 360 - across, 180 - down),
    ]
    assert trimmed_boxes(30, 30) == []  # too small to trim a whole pixel
