"""Stickers: small flat blobs of one colour (a disc, an emoji, a label with a word) put over a
picture. They cover 1-6% of it, but one bright disc on a textured photo moves its hash 15-30
bits, because pHash and dHash look at the few coarse shades a texture averages out to.

`unstuck(picture)` is the picture in grey with each such blob painted over by the shades around
it (a normalised blur of the rest): a query searches it besides the picture itself, so a wrong
guess (a flat road sign taken for a sticker) only adds one fingerprint that matches nothing.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from PIL import Image

from matching.image_regions import Box

# Stickers are looked for on a copy no larger than this (as the index's variants are made).
STICKER_SIDE_PX = 256
# A sticker's inside is flat: every channel's range over a 3x3 window is at most this many levels
# (JPEG q30-60 of a flat colour, at this size). Fitted on the tuning set's stickers: 4 levels
# answered 84.1%, 6 87.1%, 10 78.2%, 16 80.0% (70.6% without).
FLAT_RANGE = 6
# A blob is a sticker when its flat pixels cover this share of the copy (stickers 0.5-2% each,
# two may touch; a plain sky or wall is larger and stays), fill at least MIN_FILL of their
# bounding box (a disc 79%, a label with letters less) and the box is not longer than MAX_ASPECT
# times its width.
MIN_SHARE = 0.002
MAX_SHARE = 0.05
MIN_FILL = 0.4
MAX_ASPECT = 5.0
# Pixels around a blob painted over too (JPEG's ringing at its edge), and the painting's blur
# radius, as a share of the copy's longer side (0.02: 82.4% answered on the tuning set, 0.04
# 87.1%, 0.07 88.8%).
MARGIN_PX = 2
FILL_RADIUS_SHARE = 0.07

BoolImage = npt.NDArray[np.bool_]
Floats = npt.NDArray[np.float64]


def unstuck(picture: Image.Image) -> Image.Image | None:
    """`picture` in grey (at most STICKER_SIDE_PX a side) with its stickers painted over; None
    when it has none."""
    copy = reduced_rgb(picture, STICKER_SIDE_PX)
    boxes = sticker_boxes(flat_mask(copy))
    if not boxes:
        return None
    cover = np.zeros((copy.height, copy.width), dtype=np.bool_)
    for box in boxes:
        cover[
            max(0, box.top - MARGIN_PX) : box.bottom + MARGIN_PX,
            max(0, box.left - MARGIN_PX) : box.right + MARGIN_PX,
        ] = True
    return painted_over(copy, cover, FILL_RADIUS_SHARE)


def reduced_rgb(picture: Image.Image, side: int) -> Image.Image:
    """`picture` in RGB, at most `side` pixels a side (as the index's variants are made)."""
    copy = picture.convert("RGB")
    if max(copy.size) > side:
        copy.thumbnail((side, side), Image.Resampling.LANCZOS)
    return copy


def painted_over(copy: Image.Image, cover: BoolImage, radius_share: float) -> Image.Image:
    """`copy` in grey with the pixels of `cover` painted by the shades around them: a blur of
    the rest, normalised by how much of the rest each blur window saw, of radius `radius_share`
    of the longer side."""
    grey = np.asarray(copy.convert("L"), dtype=np.float64)
    known = (~cover).astype(np.float64)
    radius = max(2, round(radius_share * max(grey.shape)))
    around = _blur(grey * known, radius) / np.maximum(_blur(known, radius), 1e-9)
    painted = np.where(cover, around, grey)
    return Image.fromarray(np.clip(np.rint(painted), 0, 255).astype(np.uint8))


def flat_mask(picture: Image.Image) -> BoolImage:
    """Pixels of an RGB `picture` whose 3x3 window (edges repeated) has a range of at most
    FLAT_RANGE in every channel. Nine shifted views of one padded array: several times faster
    than Pillow's MaxFilter and MinFilter per channel, which a test compares it with."""
    pixels = np.asarray(picture.convert("RGB"), dtype=np.int16)
    height, width = pixels.shape[:2]
    padded = np.pad(pixels, ((1, 1), (1, 1), (0, 0)), mode="edge")
    views = [padded[y : y + height, x : x + width] for y in range(3) for x in range(3)]
    spread = np.maximum.reduce(views) - np.minimum.reduce(views)
    return np.asarray(spread.max(axis=2) <= FLAT_RANGE)


def sticker_boxes(mask: BoolImage) -> list[Box]:
    """Bounding boxes of the blobs of `mask` sized and shaped like stickers."""
    height, width = mask.shape
    area = height * width
    boxes = []
    for count, box in blobs(mask):
        if (
            MIN_SHARE * area <= count <= MAX_SHARE * area
            and count >= MIN_FILL * box.width * box.height
            and max(box.width, box.height) <= MAX_ASPECT * min(box.width, box.height)
        ):
            boxes.append(box)
    return boxes


def blobs(mask: BoolImage) -> list[tuple[int, Box]]:
    """(pixel count, bounding box) of each 4-connected blob of True pixels, in the order of their
    first row's run. Runs of each row are joined to the runs they touch in the row above (union
    find): a few thousand runs, not a visit per pixel."""
    parent: list[int] = []

    def root(run: int) -> int:
        while parent[run] != run:
            parent[run] = parent[parent[run]]
            run = parent[run]
        return run

    runs: list[tuple[int, int, int]] = []  # (row, start, end)
    above: list[tuple[int, int, int]] = []  # (run number, start, end) in the row above
    for row in range(mask.shape[0]):
        edges = np.diff(np.concatenate(([0], mask[row].astype(np.int8), [0])))
        starts, ends = np.flatnonzero(edges == 1).tolist(), np.flatnonzero(edges == -1).tolist()
        current = []
        first = 0
        for start, end in zip(starts, ends, strict=True):
            number = len(runs)
            parent.append(number)
            runs.append((row, start, end))
            while first < len(above) and above[first][2] <= start:
                first += 1
            other = first
            while other < len(above) and above[other][1] < end:
                mine, theirs = root(number), root(above[other][0])
                if mine != theirs:
                    parent[mine] = theirs
                other += 1
            current.append((number, start, end))
        above = current
    found: dict[int, list[int]] = {}  # root: [count, left, top, right, bottom]
    for number, (row, start, end) in enumerate(runs):
        blob = found.setdefault(root(number), [0, start, row, end, row + 1])
        blob[0] += end - start
        blob[1], blob[2] = min(blob[1], start), min(blob[2], row)
        blob[3], blob[4] = max(blob[3], end), max(blob[4], row + 1)
    return [(count, Box(*edges)) for count, *edges in found.values()]


def _blur(values: Floats, radius: int) -> Floats:
    """Two passes of a (2 radius + 1)-wide box blur across and down (near a Gaussian), zero
    outside: sums, so that a normalised blur can divide by the blurred weights."""
    for _ in range(2):
        for axis in (0, 1):
            values = _box_sum(values, radius, axis)
    return values


def _box_sum(values: Floats, radius: int, axis: int) -> Floats:
    length = values.shape[axis]
    padding = [(radius + 1, radius) if side == axis else (0, 0) for side in range(2)]
    sums = np.cumsum(np.pad(values, padding), axis=axis)
    window = 2 * radius + 1
    return np.take(sums, np.arange(window, window + length), axis=axis) - np.take(
        sums, np.arange(length), axis=axis
    )
