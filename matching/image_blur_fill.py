"""A photo posted on a blurred, enlarged copy of itself: how a landscape photo fills a phone's
tall story or status frame (9:16, 4:5), and a portrait one a square or wide post. The fill is
no plain border (`image_regions` finds those) and no caption band (`image_bands`): it holds the
photo's own colours, so only its lack of detail tells it from the photo.

Along each line across the picture (a row for bands above and below, a column for bands at the
sides), detail is the median step between neighbouring pixels, so a line of text written on the
fill hardly counts. The photo's own middle gives the measure; the run of lines through the middle
with much more detail than a blur leaves is the photo (text on the fill, apart from it, is not).
Fills are centred, but a photo may start or end with a plain sky or floor, read as fill too: so
the box with the narrower band taken off both ends is always searched, and, where the two bands
are nearly as wide, the box as found and the one with the wider band off both ends as well.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from matching.image_regions import Box, WorkingCopy, runs, scaled_box

# A picture (its working copy) smaller than this on a side holds no photo on a fill.
MIN_SIDE_PX = 32
# The middle share of each side whose median detail is the photo's own.
MIDDLE_SHARE = 0.2
# A line with less detail than this share of the middle's is blurred fill. Detail is the median
# step along the line, so a line of text written on the fill hardly counts. Chosen with
# MIN_BAND_SHARE on the benchmark's tuning half (decision 129): at 0.35 and 3%, 40 of its 100
# plain face photos had a "fill" found in them, at 0.3 and 5% 11.
BLURRED_SHARE = 0.3
# A photo's own plain stripes up to this share of the side are bridged; a line of text on the
# fill, apart from the photo by more than that, is not part of it.
GAP_SHARE = 0.02
# Each of the two bands is at least this share of the side, and together at most this share.
MIN_BAND_SHARE = 0.05
MAX_BANDS_SHARE = 0.8
# Bands at most this many times as wide as each other give the box as found and the box with the
# wider band off both ends too; wider apart, one of them is the photo's own plain part.
NEARLY_EVEN = 2.0


def blur_fill_boxes(working: WorkingCopy, size: tuple[int, int]) -> list[Box]:
    """The boxes that may hold a photo centred on a blurred fill, in the pixels of the picture
    of `size` whose `working_copy` is `working`; empty when no side has a fill at both ends."""
    pixels, scale = working
    height, width = pixels.shape[:2]
    if min(height, width) < MIN_SIDE_PX:
        return []
    # Three times the grey level: the shares below are the same, and int16 is twice as fast.
    grey = pixels.sum(axis=2, dtype=np.int16)
    across = np.median(np.abs(np.diff(grey, axis=1)), axis=1)  # per row: bands above and below
    down = np.median(np.abs(np.diff(grey, axis=0)), axis=0)  # per column: bands at the sides
    boxes = [Box(0, start, width, end) for start, end in _photo_spans(across)]
    boxes += [Box(start, 0, end, height) for start, end in _photo_spans(down)]
    return [scaled_box(box, scale, size) for box in dict.fromkeys(boxes)]


def _photo_spans(detail: npt.NDArray[np.float64]) -> list[tuple[int, int]]:
    """(start, end) of the photo along one side, by the lines of little detail at both ends."""
    count = len(detail)
    middle = detail[
        int(count * (0.5 - MIDDLE_SHARE / 2)) : int(count * (0.5 + MIDDLE_SHARE / 2)) + 1
    ]
    own = float(np.median(middle)) if middle.size else 0.0
    if own <= 0:
        return []
    blurred = detail < BLURRED_SHARE * own
    photo = _middle_run(~blurred, round(GAP_SHARE * count))
    if photo is None:
        return []
    first, last = photo[0], count - photo[1]
    narrow, wide = sorted((first, last))
    if narrow < MIN_BAND_SHARE * count or first + last > MAX_BANDS_SHARE * count:
        return []
    spans = [(narrow, count - narrow)]
    if wide <= NEARLY_EVEN * narrow:
        spans += [(wide, count - wide), (first, count - last)]  # the likeliest last
    return spans


def _middle_run(flags: npt.NDArray[np.bool_], max_gap: int) -> tuple[int, int] | None:
    """(start, end) of the run of True through the middle of `flags`, joining runs split by at
    most `max_gap` False; None when the middle is False."""
    middle = len(flags) // 2
    for start, end in runs(flags, max_gap):
        if start <= middle < end:
            return start, end
    return None
