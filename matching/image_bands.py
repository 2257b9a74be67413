"""Caption bands: a strip of one colour with text, added above and/or below a photo (a meme).

`content_boxes` finds a picture on a background that covers most of the border; a band above a
photo covers only the top edge and a little of the sides, so it needs its own search. A band is
found from an edge inwards, one row at a time, at full height (rows are narrowed to at most
`_WORKING_WIDTH_PX` columns, which keeps the band's edge exact to the pixel):

1. The edge rows must be nearly one colour: the band's colour (any colour: white, black, red...).
2. Rows continue the band while they are mostly that colour (padding, thin lines of text), or
   while a run of busier rows (a line of large letters) is followed by a band row again soon.
   Letter rows are read with a looser tolerance: JPEG smears a band's colour for a few pixels
   around bold letters, and a row of such letters can keep almost none of it exactly.
3. The band stops at the photo: the first run of rows that is neither.

Where the band ends is sometimes ambiguous, so a side may give more than one end, each one more
region to search (never a wrong answer): the last band row before a line of letters that runs
into the photo, and the photo's first row after it; the end of the band, and the end of a thin
rule of another colour drawn between band and photo. A photo whose edge is plain (a sky, a dark
coat) gives a "band" too: so the boxes with only the band above, or only the one below, cut off
are given as well.
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
LETTER_ROW_SHARE = 0.05
LETTER_TOLERANCE = 32
# A line of letters is at most this share of the picture's height (two lines of a 35% band).
MAX_LETTER_RUN_SHARE = 0.2
# A band is at least this share of the height (less is a border line) and leaves at least
# MIN_PICTURE_SHARE of it for the picture.
MIN_BAND_SHARE = 0.04
EDGE_ROWS = 3
# A rule between band and photo: up to this share of the height (at least MIN_RULE_ROWS) of rows
# that are each nearly one colour (EDGE_ROW_SHARE within BAND_TOLERANCE of their median).
MAX_RULE_SHARE = 0.015
MIN_RULE_ROWS = 2
MIN_PICTURE_SHARE = 0.35
_WORKING_WIDTH_PX = 256
_WORKING_HEIGHT_PX = 2048

FloatArray = npt.NDArray[np.float64]


def band_boxes(picture: Image.Image) -> list[Box]:
    """The boxes of `picture` left when caption bands are cut off, the likeliest first; [] if
    it has none. See the module's docstring for why there may be several."""
    rows, scale = _row_shares_source(picture)
    height = rows.shape[0]
    tops = [end for end in _band_ends(rows) if end >= MIN_BAND_SHARE * height]
    bottoms = [height - end for end in _band_ends(rows[::-1]) if end >= MIN_BAND_SHARE * height]
    top, bottom = (tops or [0])[0], (bottoms or [height])[0]
    pairs = [(top, bottom)]
    pairs += [(other, bottom) for other in tops[1:]] + [(top, other) for other in bottoms[1:]]
    pairs += [(top, height), (0, bottom)]
    boxes: list[Box] = []
    for upper, lower in pairs:
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


def _band_ends(pixels: npt.NDArray[np.int16]) -> list[int]:
    """How many rows from the first one may form a band, the likeliest first ([]: the first
    row is not a band's edge, or no picture follows)."""
    height = pixels.shape[0]
    # JPEG blurs the outermost row or two of a picture (chroma is stored at half size), so the
    # band's colour and its flatness are read on the first EDGE_ROWS rows, the flattest counting,
    # at the letters' looser tolerance: JPEG's ringing around letters near a thin band's edge
    # moves a saturated band's strong channel by 11-14 levels there. Band rows keep the tight one.
    edge = pixels[:EDGE_ROWS]
    colour = np.median(edge.reshape(-1, edge.shape[-1]), axis=0)
    flat = (np.abs(edge - colour).max(axis=2) <= LETTER_TOLERANCE).mean(axis=1)
    if float(flat.max()) < EDGE_ROW_SHARE:
        return []  # most pictures: the edge is not one colour
    limit = round((1.0 - MIN_PICTURE_SHARE) * height)
    distance = np.abs(pixels[:limit] - colour).max(axis=2)
    shares: FloatArray = (distance <= BAND_TOLERANCE).mean(axis=1)
    letters: FloatArray = (distance <= LETTER_TOLERANCE).mean(axis=1)
    max_letters = max(1, round(MAX_LETTER_RUN_SHARE * height))
    end, row, through = 0, 0, 0
    while row < limit:
        if shares[row] >= BAND_ROW_SHARE:
            row += 1
            end = row
            continue
        # A run of busier rows is a line of letters only if band rows follow it soon.
        ahead, stop = row, min(limit, row + max_letters)
        while ahead < stop and letters[ahead] >= LETTER_ROW_SHARE:
            if shares[ahead] >= BAND_ROW_SHARE:
                break
            ahead += 1
        if ahead < limit and shares[ahead] >= BAND_ROW_SHARE:
            row = ahead
            continue
        if row < ahead < stop:
            through = ahead  # letters ran into the photo: it may start after them
        break
    if row >= limit:
        return []  # never met a picture: a plain picture, not a band
    ends = [end] + ([through] if through else [])
    ends += [ruled for ruled in (_after_rule(pixels, end, height) for end in ends) if ruled]
    return list(dict.fromkeys(ends))


def _after_rule(pixels: npt.NDArray[np.int16], start: int, height: int) -> int:
    """The row after a thin rule of one colour beginning at row `start`; 0 if there is none."""
    most = max(MIN_RULE_ROWS, round(MAX_RULE_SHARE * height))
    row = start
    while row < min(start + most + 1, pixels.shape[0]):
        line = pixels[row]
        colour = np.median(line, axis=0)
        if float((np.abs(line - colour).max(axis=1) <= BAND_TOLERANCE).mean()) < EDGE_ROW_SHARE:
            break
        row += 1
    # No flat row, or more than a rule's worth of them (a photo's plain edge): no rule.
    return row if start < row <= start + most else 0
