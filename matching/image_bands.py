"""Caption bands: a strip of one colour with text, added above and/or below a photo (a meme).

`content_boxes` finds a picture on a background that covers most of the border; a band above a
photo covers only the top edge and a little of the sides, so it needs its own search. A band is
found from an edge inwards, one row at a time, at full height (rows are narrowed to at most
`_WORKING_WIDTH_PX` columns, which keeps the band's edge exact to the pixel):

1. The edge rows must be nearly one colour: the band's colour (any colour: white, black, red...).
2. Rows continue the band while they are mostly that colour (padding, thin lines of text), or
   while a run of busier rows (a line of large letters) is followed by a band row again soon.
3. The band stops at the photo: the first run of rows that is neither.

A photo whose edge is a plain sky gives a "band" too; that only adds one more region to search.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from PIL import Image

from matching.image_regions import Box

# Max difference (0-255, any channel) from the band's colour: tight, because a band is one flat
# colour (JPEG keeps it within a few levels) while a photo's plain sky or wall has grain and a
# gradient, which must not pass for a band.
BAND_TOLERANCE = 10
# Share of a row within the tolerance of the band's colour: the edge row, rows of the band, and
# rows of a line of letters (bold meme letters leave at least this much background between them).
EDGE_ROW_SHARE = 0.9
BAND_ROW_SHARE = 0.5
LETTER_ROW_SHARE = 0.1
# A line of letters is at most this share of the picture's height (two lines of a 35% band).
MAX_LETTER_RUN_SHARE = 0.2
# A band is at least this share of the height (less is a border line) and leaves at least
# MIN_PICTURE_SHARE of it for the picture.
MIN_BAND_SHARE = 0.04
EDGE_ROWS = 3
MIN_PICTURE_SHARE = 0.35
_WORKING_WIDTH_PX = 256
_WORKING_HEIGHT_PX = 2048

FloatArray = npt.NDArray[np.float64]


def band_boxes(picture: Image.Image) -> list[Box]:
    """The boxes of `picture` left when caption bands are cut off, most cut first; [] if none.

    A photo whose top or bottom edge is plain (a dark coat, a sky, a floor) passes for a band
    from that side as well, and cutting it off too loses the picture: so besides the box with
    both bands cut, the box with only the band above cut and the one with only the band below
    cut are given too. Each extra box is one more region to search, never a wrong answer.
    """
    rows, scale = _row_shares_source(picture)
    height = rows.shape[0]
    top = _band_end(rows)
    bottom = height - _band_end(rows[::-1])
    if top < MIN_BAND_SHARE * height:
        top = 0
    if height - bottom < MIN_BAND_SHARE * height:
        bottom = height
    boxes: list[Box] = []
    for upper, lower in ((top, bottom), (top, height), (0, bottom)):
        if (upper, lower) == (0, height) or lower - upper < MIN_PICTURE_SHARE * height:
            continue
        box = Box(0, round(upper * scale), picture.width, min(picture.height, round(lower * scale)))
        if box not in boxes:
            boxes.append(box)
    return boxes


def _row_shares_source(picture: Image.Image) -> tuple[npt.NDArray[np.int16], float]:
    """The picture narrowed to a few hundred columns (rows kept, up to a limit), and the scale."""
    rgb = picture.convert("RGB")
    height = min(rgb.height, _WORKING_HEIGHT_PX)
    width = min(rgb.width, _WORKING_WIDTH_PX)
    if (width, height) != rgb.size:
        rgb = rgb.resize((width, height), Image.Resampling.BOX)
    return np.asarray(rgb, dtype=np.int16), picture.height / height


def _band_end(pixels: npt.NDArray[np.int16]) -> int:
    """How many rows from the first one form a band (0: the first row is not a band's edge)."""
    height = pixels.shape[0]
    # JPEG blurs the outermost row or two of a picture (chroma is stored at half size), so the
    # band's colour and its flatness are read on the first EDGE_ROWS rows, the flattest counting.
    edge = pixels[:EDGE_ROWS]
    colour = np.median(edge.reshape(-1, edge.shape[-1]), axis=0)
    flat = (np.abs(edge - colour).max(axis=2) <= BAND_TOLERANCE).mean(axis=1)
    if float(flat.max()) < EDGE_ROW_SHARE:
        return 0  # most pictures: the edge is not one colour
    limit = round((1.0 - MIN_PICTURE_SHARE) * height)
    near = np.abs(pixels[:limit] - colour).max(axis=2) <= BAND_TOLERANCE
    shares: FloatArray = near.mean(axis=1)
    max_letters = max(1, round(MAX_LETTER_RUN_SHARE * height))
    end, row = 0, 0
    while row < limit:
        if shares[row] >= BAND_ROW_SHARE:
            row += 1
            end = row
            continue
        # A run of busier rows is a line of letters only if band rows follow it soon.
        ahead = row
        while ahead < min(limit, row + max_letters) and shares[ahead] >= LETTER_ROW_SHARE:
            if shares[ahead] >= BAND_ROW_SHARE:
                break
            ahead += 1
        if ahead < limit and shares[ahead] >= BAND_ROW_SHARE:
            row = ahead
            continue
        break
    return 0 if row >= limit else end  # never met a picture: a plain picture, not a band
