"""Where the picture is inside an image: uniform borders, caption bands and screenshot frames.

A voter rarely forwards the fact-checked photo as it was published: apps add borders, memes add
caption bands, and a screenshot puts the photo inside a chat or a social-media post. This module
finds the nested boxes that hold the picture, on a small working copy, with numpy only:

1. The background is the colour most of the box's border shares (none: the box is a photo).
2. Rows with some non-background pixels form runs; the tallest run is the picture (text lines,
   headers and buttons are short runs). Columns of that run are treated the same way.
3. The box found is searched again (a photo inside a chat bubble inside a screenshot).
4. Each box's edges are then tightened on the full picture: the working copy blurs the last
   pixel or two of a border into the picture, and a bright line on a dark photo moves its hash.

It also tells a layout of text (a screenshot of a tweet or a chat) from a picture: such images all
fingerprint alike, so they must be matched by their text, never by a hash.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np
import numpy.typing as npt
from PIL import Image

# Regions are found on a copy no larger than this: layout is coarse, and it keeps this fast.
WORKING_SIDE_PX = 768
# Max difference (0-255, any channel) from the background colour still counted as background:
# loose enough for JPEG noise and faint wallpaper patterns, tight enough for a picture's edges.
BACKGROUND_TOLERANCE = 24
# Share of the border that must be one colour for the box to have a background at all.
MIN_BORDER_SHARE = 0.5
# A row (or column) holding more than this share of non-background pixels is part of the content.
BUSY_SHARE = 0.05
# Gaps of background rows up to this share of the height do not split a run (JPEG, thin lines).
MERGE_GAP_SHARE = 0.01
# A box that keeps this much of both sides is the same box: stop searching inside it.
SAME_BOX_SHARE = 0.97
# Nesting depth: screenshot, then chat bubble, then the photo inside it.
MAX_LEVELS = 3
# A layout of text: at least this share of background, rows of content split by clean rows (at
# most CLEAN_ROW_SHARE content) that make up TEXT_CLEAN_ROWS of the height, and no block of content
# taller than TEXT_LINE_SHARE of it (lines of text, never a picture). Photos with a plain sky or
# a dark starry background keep a little content in almost every row, so they never qualify.
TEXT_BACKGROUND_SHARE = 0.5
CLEAN_ROW_SHARE = 0.005
TEXT_CLEAN_ROWS = 0.25
TEXT_LINE_SHARE = 0.3
MIN_TEXT_LINES = 3
# ...and text is written to be read: at least MIN_TEXT_LINES of those runs hold ink, at least
# MIN_INK_SHARE of their content pixels differing from the background by MIN_INK_CONTRAST in some
# channel (black on white: 255; grey timestamps: 130; "ok" in a wide chat bubble is half a per
# cent of the bubble). A faint photo (a retina scan, fog, an overcast sky) has thin dark lines on
# a plain field that pass for lines of text, all within a few tens of levels of the field; and a
# meme of such a photo has one inked run only, its caption band.
MIN_INK_CONTRAST = 96
MIN_INK_SHARE = 0.002

UInt8Image = npt.NDArray[np.uint8]
Int16Image = npt.NDArray[np.int16]
BoolArray = npt.NDArray[np.bool_]
WorkingCopy = tuple[Int16Image, float]


class Box(NamedTuple):
    """A rectangle in pixels: left and top included, right and bottom excluded."""

    left: int
    top: int
    right: int
    bottom: int

    @property
    def width(self) -> int:
        return self.right - self.left

    @property
    def height(self) -> int:
        return self.bottom - self.top


def working_copy(picture: Image.Image) -> WorkingCopy:
    """A small RGB copy of `picture` as int16, and the scale from it back to `picture`."""
    small = picture.convert("RGB")
    scale = 1.0
    if max(small.size) > WORKING_SIDE_PX:
        scale = max(small.size) / WORKING_SIDE_PX
        size = (max(1, round(small.width / scale)), max(1, round(small.height / scale)))
        small = small.resize(size, Image.Resampling.BOX)
    return np.asarray(small, dtype=np.int16), scale


def content_boxes(picture: Image.Image, working: WorkingCopy | None = None) -> list[Box]:
    """The nested boxes inside `picture` that hold its content, outermost first, in its pixels.

    Empty for a plain photo (no uniform background around it). Each box is inside the previous.
    `working` is `picture`'s `working_copy`, when the caller has it already.
    """
    pixels, scale = working or working_copy(picture)
    found: list[Box] = []
    left, top = 0, 0
    region = pixels
    slack = math.ceil(scale) + 1
    for _ in range(MAX_LEVELS):
        background = _background(region)
        inner = _content_box(region, background)
        if inner is None or background is None:
            break
        left, top = left + inner.left, top + inner.top
        region = region[inner.top : inner.bottom, inner.left : inner.right]
        box = scaled_box(
            Box(left, top, left + inner.width, top + inner.height), scale, picture.size
        )
        found.append(_tightened(picture, box, background, slack))
    return found


def is_text_layout(picture: Image.Image) -> bool:
    """True when `picture` is lines of text or UI on a plain background, with no picture block."""
    pixels, _ = working_copy(picture)
    background = _background(pixels)
    if background is None:
        return False
    content = _content_mask(pixels, background)
    if 1.0 - float(content.mean()) < TEXT_BACKGROUND_SHARE:
        return False
    row_shares = content.mean(axis=1)
    if float((row_shares <= CLEAN_ROW_SHARE).mean()) < TEXT_CLEAN_ROWS:
        return False
    lines = runs(row_shares > CLEAN_ROW_SHARE, max_gap=0)
    inked = [
        (start, end)
        for start, end in lines
        if _inked(pixels[start:end], content[start:end], background)
    ]
    if len(inked) < MIN_TEXT_LINES:
        return False
    tallest = max(end - start for start, end in lines)
    return bool(tallest < TEXT_LINE_SHARE * pixels.shape[0])


def _inked(rows: Int16Image, content: BoolArray, background: npt.NDArray[np.float64]) -> bool:
    """True when the content of `rows` holds ink: at least MIN_INK_SHARE of its pixels differ
    from `background` by MIN_INK_CONTRAST or more."""
    contrast = np.abs(rows[content] - background).max(axis=1)
    return bool(np.mean(contrast >= MIN_INK_CONTRAST) >= MIN_INK_SHARE)


def _content_box(pixels: Int16Image, background: npt.NDArray[np.float64] | None) -> Box | None:
    height, width = pixels.shape[:2]
    if background is None:
        return None
    content = _content_mask(pixels, background)
    row_gap = max(1, round(height * MERGE_GAP_SHARE))
    column_gap = max(1, round(width * MERGE_GAP_SHARE))
    rows = _tallest_run(content.mean(axis=1) > BUSY_SHARE, row_gap)
    if rows is None:
        return None
    columns = _tallest_run(content[rows[0] : rows[1]].mean(axis=0) > BUSY_SHARE, column_gap)
    if columns is None:
        return None
    # Rows again, within those columns: a header or a line of text beside the picture drops out.
    band = content[rows[0] : rows[1], columns[0] : columns[1]]
    refined = _tallest_run(band.mean(axis=1) > BUSY_SHARE, row_gap)
    if refined is None:
        return None
    box = Box(columns[0], rows[0] + refined[0], columns[1], rows[0] + refined[1])
    if box.width >= SAME_BOX_SHARE * width and box.height >= SAME_BOX_SHARE * height:
        return None
    return box


def _background(pixels: Int16Image) -> npt.NDArray[np.float64] | None:
    """The colour most of the border shares, or None when the border is not mostly one colour."""
    border = np.concatenate([pixels[0], pixels[-1], pixels[:, 0], pixels[:, -1]])
    coarse = border // 16
    codes = (coarse[:, 0] * 16 + coarse[:, 1]) * 16 + coarse[:, 2]
    values, counts = np.unique(codes, return_counts=True)
    commonest = border[codes == values[np.argmax(counts)]]
    colour: npt.NDArray[np.float64] = np.median(commonest, axis=0)
    close = np.abs(border - colour).max(axis=1) <= BACKGROUND_TOLERANCE
    if close.mean() < MIN_BORDER_SHARE:
        return None
    refined: npt.NDArray[np.float64] = np.median(border[close], axis=0)
    return refined


def _content_mask(pixels: Int16Image, background: npt.NDArray[np.float64]) -> BoolArray:
    """Pixels further than the tolerance from `background` in any channel."""
    colour = np.rint(background).astype(np.int16)
    mask: BoolArray = np.abs(pixels[:, :, 0] - colour[0]) > BACKGROUND_TOLERANCE
    for channel in (1, 2):
        mask |= np.abs(pixels[:, :, channel] - colour[channel]) > BACKGROUND_TOLERANCE
    return mask


def runs(flags: BoolArray, max_gap: int) -> list[tuple[int, int]]:
    """(start, end) of each run of True in `flags`, joining runs split by at most `max_gap`."""
    indices = np.flatnonzero(flags)
    if indices.size == 0:
        return []
    breaks = np.flatnonzero(np.diff(indices) > max_gap + 1)
    starts = np.concatenate([indices[:1], indices[breaks + 1]])
    ends = np.concatenate([indices[breaks], indices[-1:]]) + 1
    return list(zip(starts.tolist(), ends.tolist(), strict=True))


def _tallest_run(flags: BoolArray, max_gap: int) -> tuple[int, int] | None:
    found = runs(flags, max_gap)
    return max(found, key=lambda run: run[1] - run[0]) if found else None


def _tightened(
    picture: Image.Image, box: Box, background: npt.NDArray[np.float64], slack: int
) -> Box:
    """`box` with up to `slack` background rows or columns taken off each edge, at full size."""
    edges = list(box)
    for side in range(4):
        horizontal = side in (0, 2)  # left and right edges move along x
        for _ in range(slack):
            left, top, right, bottom = edges
            if (right - left if horizontal else bottom - top) <= 2 * slack:
                break
            line = {
                0: (left, top, left + 1, bottom),
                1: (left, top, right, top + 1),
                2: (right - 1, top, right, bottom),
                3: (left, bottom - 1, right, bottom),
            }[side]
            strip = np.asarray(picture.crop(line).convert("RGB"), dtype=np.int16)
            if float(_content_mask(strip, background).mean()) > BUSY_SHARE:
                break
            edges[side] += 1 if side < 2 else -1
    return Box(*edges)


def scaled_box(box: Box, scale: float, size: tuple[int, int]) -> Box:
    """`box` in a working copy's pixels, in the pixels of the picture of `size` it was made from."""
    width, height = size
    return Box(
        max(0, int(box.left * scale)),
        max(0, int(box.top * scale)),
        min(width, round(box.right * scale)),
        min(height, round(box.bottom * scale)),
    )
