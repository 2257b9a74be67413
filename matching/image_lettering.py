"""Lettering over a photo: the meme's caption written on the picture itself, in white letters
outlined in black (or the other way round) along its top and bottom. The letters are a tenth of
the picture high and cross its coarse shades, which pHash and dHash look at, so a copy with them
is 12-20 bits from its photo and often only a "possible match".

`unlettered(picture)` is the picture in grey with those letters painted over by the shades
around them (a normalised blur of the rest, as `image_stickers` paints stickers): a query
searches it besides the picture itself. Letters are white pixels next to black ones: a photo's
own white next to black (a zebra, a printed page) is painted over too, which adds one
fingerprint of the same photo, smoothed (the image benchmark's distinct pictures still match
nothing, decision 130).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from PIL import Image

from matching.image_stickers import painted_over, reduced_rgb

# Lettering is looked for on a copy no larger than this (as stickers are).
LETTERING_SIDE_PX = 256
# White letters: every channel above LIGHT; their outline: every channel below DARK. Chosen on
# the benchmark's tuning half with a prototype (decision 130): 215 / 50 answered 85 of 90 copies,
# 230 / 40 87, 200 / 60 84; this code answers 85 with 230 / 40.
LIGHT = 230
DARK = 40
# A white pixel is a letter's when a dark one is this close (in pixels of the copy); the letter's
# pixels and one more than this around them are painted over.
REACH_PX = 2
# Lettering covers at least this share of the copy, and at most this share (more is a page of
# text or a black-and-white photo, not a caption).
MIN_SHARE = 0.003
MAX_SHARE = 0.3
# The painting's blur radius, as a share of the copy's longer side.
FILL_RADIUS_SHARE = 0.025

BoolImage = npt.NDArray[np.bool_]


def unlettered(picture: Image.Image) -> Image.Image | None:
    """`picture` in grey (at most LETTERING_SIDE_PX a side) with white lettering outlined in
    black painted over; None when it has none."""
    copy = reduced_rgb(picture, LETTERING_SIDE_PX)
    letters = lettering_mask(copy)
    if not MIN_SHARE <= float(letters.mean()) <= MAX_SHARE:
        return None
    return painted_over(copy, letters, FILL_RADIUS_SHARE)


def lettering_mask(picture: Image.Image) -> BoolImage:
    """The pixels of an RGB `picture` to paint over: white pixels with a dark one within
    REACH_PX, grown by REACH_PX + 1."""
    pixels = np.asarray(picture.convert("RGB"), dtype=np.int16)
    white = pixels.min(axis=2) > LIGHT
    dark = pixels.max(axis=2) < DARK
    return grown(white & grown(dark, REACH_PX), REACH_PX + 1)


def grown(mask: BoolImage, reach: int) -> BoolImage:
    """`mask` with every pixel within `reach` (a square) of a True one set: one view of a
    padded array per offset, the same as Pillow's MaxFilter (a test compares the two) without
    going through an image."""
    height, width = mask.shape
    padded = np.pad(mask, reach)
    side = 2 * reach + 1
    views = [padded[y : y + height, x : x + width] for y in range(side) for x in range(side)]
    return np.asarray(np.logical_or.reduce(views))
