"""Small rotations: the picture a voter rotated by a few degrees, and its counterpart stored.

Rotating a photo by a few degrees either fills its corners with a colour (black, white) or
crops it to the largest upright rectangle inside, and both move its hash by tens of bits. The
two sides meet on the cropped form:

- index side, `rotated_crops`: the picture rotated by each of `ROTATION_DEGREES` and cropped to
  the largest centred rectangle of its own shape inside (`inner_scale`);
- query side, `fill_cropped`: a picture with four filled corner triangles is a rotated one; the
  triangles give the angle, and the same centred rectangle is cut out of it.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt
from PIL import Image

from matching.image_regions import BACKGROUND_TOLERANCE, Box, WorkingCopy, working_copy

# Index-side angles: whole degrees up to 5 each way. Measured on real photos, a query 0.5 degree
# from a stored angle is a median 3 bits from it (a 1 degree step, 7).
ROTATION_DEGREES = (-5.0, -4.0, -3.0, -2.0, -1.0, 1.0, 2.0, 3.0, 4.0, 5.0)
# Corner triangles: legs of at least this many working-copy pixels (JPEG and antialiasing blur
# the first one or two), at least MIN_CORNERS of them with angles within this many degrees of
# their median, and at most this angle.
MIN_LEG_PX = 3
INSET_PX = 2
ANGLE_AGREEMENT_DEGREES = 0.5
MIN_CORNERS = 2
# A distance more than this many pixels from the fitted line is the photo, not the fill.
OUTLIER_PX = 1.5
MIN_INLIER_SHARE = 0.5
FIT_ROUNDS = 5
MAX_ANGLE_DEGREES = 12.0
# An expanded canvas has picture on at most this share of its edge rows and columns (median of
# the four; measured on the tuning photos: under 0.1 from 1 degree, 0.37 at 0.6; a same-size
# canvas, 0.38 and more). It was 0.1 of the top row: small expanded copies were cut as same-size.
EXPANDED_MAX_EDGE_CONTENT = 0.3

Int16Image = npt.NDArray[np.int16]
BoolArray = npt.NDArray[np.bool_]


def inner_scale(width: int, height: int, degrees: float) -> float:
    """Share of each side kept by the largest centred rectangle of the same shape inside a
    `width` x `height` picture rotated by `degrees` (1.0 when not rotated)."""
    angle = math.radians(abs(degrees))
    ratio = max(width / height, height / width)
    return 1.0 / (math.cos(angle) + ratio * math.sin(angle))


def centred_box(width: int, height: int, scale: float) -> Box:
    """The centred box keeping `scale` of each side of a `width` x `height` picture."""
    kept_width, kept_height = width * scale, height * scale
    left, top = (width - kept_width) / 2, (height - kept_height) / 2
    return Box(round(left), round(top), round(left + kept_width), round(top + kept_height))


def rotated_crops(picture: Image.Image) -> list[Image.Image]:
    """`picture` rotated by each of ROTATION_DEGREES, cropped to the rectangle inside."""
    crops = []
    for degrees in ROTATION_DEGREES:
        rotated = picture.rotate(degrees, resample=Image.Resampling.BICUBIC)
        scale = inner_scale(picture.width, picture.height, degrees)
        crops.append(rotated.crop(centred_box(picture.width, picture.height, scale)))
    return crops


def fill_cropped(picture: Image.Image, working: WorkingCopy | None = None) -> Box | None:
    """The upright picture inside a rotated one whose corners are filled; None if not rotated.

    `working` is `picture`'s `working_copy`, when the caller has it already."""
    pixels, scale = working or working_copy(picture)
    degrees = _fill_angle(pixels)
    if degrees is None:
        return None
    height, width = pixels.shape[:2]
    radians = math.radians(degrees)
    cos, sin = math.cos(radians), math.sin(radians)
    # Expanded canvas (the rotated picture's corners touch its edges: its edge rows and columns
    # are nearly all fill) or cropped one (same size: the picture covers about half of each).
    fill = np.median(pixels[[0, 0, -1, -1], [0, -1, 0, -1]], axis=0)
    edges = (pixels[0], pixels[-1], pixels[:, 0], pixels[:, -1])
    content = float(
        np.median(
            [(np.abs(edge - fill).max(axis=1) > BACKGROUND_TOLERANCE).mean() for edge in edges]
        )
    )
    if content < EXPANDED_MAX_EDGE_CONTENT and cos * cos - sin * sin > 0:
        original_width = (width * cos - height * sin) / (cos * cos - sin * sin)
        original_height = (height * cos - width * sin) / (cos * cos - sin * sin)
    else:
        original_width, original_height = width, height
    if original_width < 1 or original_height < 1:
        return None
    keep = inner_scale(round(original_width), round(original_height), degrees)
    kept_width, kept_height = original_width * keep * scale, original_height * keep * scale
    centre_x, centre_y = picture.width / 2, picture.height / 2
    return Box(
        max(0, round(centre_x - kept_width / 2)),
        max(0, round(centre_y - kept_height / 2)),
        min(picture.width, round(centre_x + kept_width / 2)),
        min(picture.height, round(centre_y + kept_height / 2)),
    )


def _fill_runs(fill_mask: BoolArray) -> npt.NDArray[np.int64]:
    """For each column of `fill_mask`, how many pixels from its top are fill."""
    height = fill_mask.shape[0]
    not_fill = ~fill_mask
    first = np.argmax(not_fill, axis=0)
    runs: npt.NDArray[np.int64] = np.where(not_fill.any(axis=0), first, height).astype(np.int64)
    return runs


def _corner_angle(fill_mask: BoolArray) -> float | None:
    """The angle of the fill triangle at [0, 0] of `fill_mask` (True: fill colour), or None.

    The triangle's long leg runs along one edge; along it, the fill reaches down the other way a
    distance falling by tan(angle) per pixel, to nothing at the triangle's tip: a line fitted to
    those distances over the whole leg gives the angle to about a tenth of a degree. (Fitted
    over part of the leg, the distances fall by a pixel or two and the angle is off by up to a
    degree.) Stretches where the photo itself has the fill's colour lengthen the distances:
    they are left out, and the line fitted again (`_robust_line`).
    """
    if not fill_mask[0, 0]:
        return None
    down, across = _fill_runs(fill_mask), _fill_runs(fill_mask.T)
    # The long leg runs along the edge where the fill reaches farther from the corner.
    runs = down if across[INSET_PX] > down[INSET_PX] else across
    if runs[INSET_PX] < MIN_LEG_PX:
        return None
    # The tip: where the distance is least (0, or a pixel where the rotated picture's corner
    # touches the edge of an expanded canvas), first reached. No fall: a band, not a corner.
    tip = INSET_PX + int(np.argmin(runs[INSET_PX:]))
    if runs[tip] > runs[INSET_PX] - MIN_LEG_PX:
        return None
    samples = np.arange(INSET_PX, tip)
    if samples.size < MIN_LEG_PX:
        return None
    slope, intercept, inliers = _robust_line(samples, runs[samples])
    # A triangle: most distances on the line, and the line down to (nearly) nothing at the tip.
    # Letters in a caption band of the fill's colour cut its runs short: a level line ending in
    # a drop, not a triangle.
    if inliers < MIN_INLIER_SHARE * samples.size or slope * tip + intercept > MIN_LEG_PX:
        return None
    return math.degrees(math.atan(-slope)) if slope < 0 else None


def _robust_line(
    positions: npt.NDArray[np.int64], distances: npt.NDArray[np.int64]
) -> tuple[float, float, int]:
    """(slope, intercept, points within OUTLIER_PX of it) of the line along the lower edge of
    (`positions`, `distances`): fitted, then fitted again without the points more than
    OUTLIER_PX above it, a few times. The photo can only lengthen a fill run (where it has the
    fill's colour), so the runs above the line are the photo's, those below it are not."""
    keep = np.ones(positions.size, dtype=np.bool_)
    slope, intercept = 0.0, 0.0
    for _ in range(FIT_ROUNDS):
        if int(keep.sum()) < MIN_LEG_PX:
            break
        slope, intercept = (float(v) for v in np.polyfit(positions[keep], distances[keep], 1))
        keep = distances - (slope * positions + intercept) <= OUTLIER_PX
    near = np.abs(distances - (slope * positions + intercept)) <= OUTLIER_PX
    return slope, intercept, int(near.sum())


def _majority(mask: BoolArray) -> BoolArray:
    """`mask` with each pixel set as most of its 3x3 neighbourhood is: a fill pixel that JPEG
    moved past the tolerance would end a fill run early, and an edge shifts by no pixel."""
    padded = np.pad(mask, 1, mode="edge").astype(np.int8)
    height, width = mask.shape
    votes = sum(
        padded[down : down + height, across : across + width]
        for down in range(3)
        for across in range(3)
    )
    majority: BoolArray = np.asarray(votes) >= 5
    return majority


def _fill_angle(pixels: Int16Image) -> float | None:
    """The rotation in degrees shown by four filled corner triangles of one colour, or None."""
    height, width = pixels.shape[:2]
    if min(height, width) <= 4 * INSET_PX:
        return None
    corner_pixels = pixels[[0, 0, -1, -1], [0, -1, 0, -1]]
    # The fill's colour: the corners' median (JPEG moves each corner pixel a little, and a pale
    # or saturated fill a lot).
    fill = np.median(corner_pixels, axis=0)
    if np.abs(corner_pixels - fill).max() > BACKGROUND_TOLERANCE:
        return None  # most pictures: not four corners of one colour
    fill_mask = _majority(np.abs(pixels - fill).max(axis=2) <= BACKGROUND_TOLERANCE)
    corners = (fill_mask, fill_mask[:, ::-1], fill_mask[::-1], fill_mask[::-1, ::-1])
    angles = [angle for corner in corners if (angle := _corner_angle(corner)) is not None]
    if len(angles) < MIN_CORNERS:
        return None

    # A corner where the photo itself is the fill's colour (a dark coat beside a black fill)
    # gives a wrong angle: keep the largest group of corners that agree with one another, and
    # ask for MIN_CORNERS of them. (Agreeing with the median fails when two of four are wrong:
    # the median falls between the right angle and the wrong ones.)
    def agreeing_with(centre: float) -> list[float]:
        return [angle for angle in angles if abs(angle - centre) <= ANGLE_AGREEMENT_DEGREES]

    agreeing = max(
        (agreeing_with(centre) for centre in angles),
        key=lambda group: (len(group), -float(np.ptp(group))),
    )
    if len(agreeing) < MIN_CORNERS:
        return None
    angle = float(np.median(agreeing))
    return angle if angle <= MAX_ANGLE_DEGREES else None
