"""Collages: two to four pictures side by side or in a grid, any of them a fact-checked one.

A collage is cut where a straight line crosses (nearly) the whole picture: either a gutter (a line
of one colour between two pictures) or a seam (the colour jumps along the whole line, where two
pictures touch). A photo seldom has such a line from edge to edge, and a wrong cut only adds a
region to search. Cuts are made across, then down within each part (2x2 grids, 1+2 layouts).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from PIL import Image

from matching.image_regions import Box, WorkingCopy, working_copy

# A seam: the mean step (any channel) between two lines is at least SEAM_RATIO times the median
# step of the SEAM_WINDOW lines on its smoother side, plus SEAM_MARGIN levels. A gutter: two or
# more lines along which grey levels are within GUTTER_SPREAD (a one-colour line, even after
# JPEG; a photo's plain patch has more grain).
SEAM_RATIO = 2.0
SEAM_MARGIN = 12.0
SEAM_WINDOW = 4
SEAM_SPREAD = 0.6
GUTTER_SPREAD = 3.0
# Parts narrower than this share of the picture are not pictures (and at most this many parts).
MIN_PART_SHARE = 0.2
MAX_PARTS = 4

Int16Image = npt.NDArray[np.int16]


def grid_boxes(width: int, height: int) -> list[Box]:
    """The halves (left, right, top, bottom) and quarters of a `width` x `height` picture: where
    a collage app puts two or four pictures. Searched besides `collage_boxes`, which misses a
    seam where two pictures meet in like colours (a dark coat above a night sky, a grey floor
    above a green lawn) and then keeps them as one part."""
    across, down = width // 2, height // 2
    halves = [
        Box(0, 0, across, height),
        Box(across, 0, width, height),
        Box(0, 0, width, down),
        Box(0, down, width, height),
    ]
    quarters = [
        Box(left, top, right, bottom)
        for top, bottom in ((0, down), (down, height))
        for left, right in ((0, across), (across, width))
    ]
    return halves + quarters


def collage_boxes(picture: Image.Image, working: WorkingCopy | None = None) -> list[Box]:
    """The boxes of the pictures in a collage, in `picture`'s pixels; [] if it is not one.

    `working` is `picture`'s `working_copy`, when the caller has it already."""
    pixels, scale = working or working_copy(picture)
    parts: list[tuple[int, int, int, int]] = []
    for left, right in _segments(pixels, axis=1):
        for top, bottom in _segments(pixels[:, left:right], axis=0):
            parts.append((left, top, right, bottom))
    if not 2 <= len(parts) <= MAX_PARTS:
        return []
    return [
        Box(
            round(left * scale),
            round(top * scale),
            min(picture.width, round(right * scale)),
            min(picture.height, round(bottom * scale)),
        )
        for left, top, right, bottom in parts
    ]


def _segments(pixels: Int16Image, axis: int) -> list[tuple[int, int]]:
    """(start, end) of the parts of `pixels` between seams and gutters, across `axis` (1:
    columns); the whole when there are none."""
    lines = pixels if axis == 1 else pixels.transpose(1, 0, 2)  # lines[:, i] is line i
    length = lines.shape[1]
    if length < 8:
        return [(0, length)]
    grey = lines.mean(axis=2)
    flat = grey.std(axis=0) <= GUTTER_SPREAD
    # A gutter is at least two flat lines side by side: a single flat line is a plain patch.
    gutter = flat & (np.roll(flat, 1) | np.roll(flat, -1))
    # A seam: the step between line i and i + 1 is far above the steps around it.
    # ...all along it: an edge in a photo (a roof, a table) runs along part of the line only.
    jumps = np.abs(np.diff(lines, axis=1)).max(axis=2)
    steps = jumps.mean(axis=0)
    # The steps around: the smoother side's (a seam between a textured and a plain photo).
    padded = np.pad(steps, SEAM_WINDOW, mode="edge")
    windows = np.lib.stride_tricks.sliding_window_view(padded, 2 * SEAM_WINDOW + 1)
    before = np.median(windows[:, :SEAM_WINDOW], axis=1)
    after = np.median(windows[:, SEAM_WINDOW + 1 :], axis=1)
    around = np.minimum(before, after)
    spread = (jumps > around + SEAM_MARGIN).mean(axis=0)
    seam_after = (steps >= SEAM_RATIO * around + SEAM_MARGIN) & (spread >= SEAM_SPREAD)
    segments: list[tuple[int, int]] = []
    start: int | None = None
    for index in range(length):
        if gutter[index]:
            if start is not None:
                segments.append((start, index))
                start = None
            continue
        if start is None:
            start = index
        if index < length - 1 and seam_after[index]:
            segments.append((start, index + 1))
            start = None
    if start is not None:
        segments.append((start, length))
    # A sliver cut off by a seam belongs to the part it touches.
    merged: list[tuple[int, int]] = []
    for segment in segments:
        if merged and merged[-1][1] == segment[0]:
            small = min(merged[-1][1] - merged[-1][0], segment[1] - segment[0])
            if small < MIN_PART_SHARE * length:
                merged[-1] = (merged[-1][0], segment[1])
                continue
        merged.append(segment)
    kept = [(a, b) for a, b in merged if b - a >= MIN_PART_SHARE * length]
    return kept or [(0, length)]
