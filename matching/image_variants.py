"""The fingerprints stored for a fact-check's image, and those searched for a voter's picture.

Hashes are global: a 10% crop, a border, a caption band or a screenshot frame moves a copy far
from its original. So robustness comes from both sides, and the two must be used together:

- `index_fingerprints(image_bytes)`: for a fact-check's image, the whole picture, the picture found
  inside it (borders, caption bands, screenshot frames and blurred fills removed), its mirror
  image and a grid of crops of up to 10%. Store all of them (each is one hex string of at most
  64 characters) under the fact-check; the index is rebuilt from them without the image.
- `query_fingerprints(image_bytes)`: for a voter's picture, the whole picture and the pictures
  found inside it, the whole trimmed a little at one edge each way (a copy cut on four sides),
  with its stickers painted over, with a caption lettered over it painted over, and its halves
  and quarters (a collage). Search with all of them; the best hit per fact-check counts.

An image that is only lines of text on a plain background (a screenshot of a tweet or a chat)
raises TextOnlyImage: such images all fingerprint alike, so they are matched by their text (OCR).
"""

from __future__ import annotations

from collections.abc import Iterable

from PIL import Image

from matching.errors import LowDetailImage, TextOnlyImage
from matching.image_bands import band_boxes
from matching.image_blur_fill import blur_fill_boxes
from matching.image_collage import collage_boxes, grid_boxes
from matching.image_decode import DEFAULT_MAX_PIXELS, decode_image
from matching.image_fingerprint import ImageFingerprint, fingerprint_picture
from matching.image_lettering import unlettered
from matching.image_regions import Box, content_boxes, is_text_layout, working_copy
from matching.image_rotation import fill_cropped, rotated_crops
from matching.image_stickers import unstuck

# A region found inside an image must cover at least this share of it (an avatar or an icon in a
# screenshot is not the picture) and be at least this many pixels on each side.
MIN_REGION_SHARE = 0.08
MIN_REGION_SIDE_PX = 32
# ...and be no longer than this many times its width (or wider than its height): a strip is an
# app's header bar or a line of buttons, the same in every screenshot, never the picture.
MAX_REGION_ASPECT = 3.0
# Index-side crops: windows keeping these shares of each side, at 5x5 positions from corner to
# corner. A voter's crop of up to 10% is then within about 1% of a side from one of them, close
# enough for the answer distance even on repetitive textures (3x3 at 95% left 2 in 154 5% crops
# of a brick wall beyond it).
CROP_GRID = ((0.95, (0.0, 0.25, 0.5, 0.75, 1.0)), (0.9, (0.0, 0.25, 0.5, 0.75, 1.0)))
# A copy cut on all four sides (10% of the width and of the height, each split between the two
# opposite edges) is a 90% window anywhere within 10% of a corner: up to 1.25% of a side off
# CROP_GRID's nearest 90% window across AND down, 13-16 bits on a textured photo (gravel) and
# 16-26 on a brick wall. Halving that step costs either a 9x9 grid of 90% windows (63 more
# fingerprints a picture) or, as here, half as many: the index also keeps windows of HALF_STEP_KEEP
# at positions half a step off CROP_GRID's (1.25%, 3.75%... 11.25% from the left and the top), and
# a query also searches itself trimmed by QUERY_TRIM of a side at one edge across and one edge
# down (4 windows). Trimmed at the left, a copy whose left cut is near a multiple of 2.5% lands
# on a stored left edge; trimmed at the right, one whose cut is halfway between; the same down.
# So one of the 4 trims is within 0.625% of a side of a stored window of its own size on both
# axes: at most 6 bits on the tuning set's copies (13-16 before). See decision 103.
HALF_STEP_KEEP = 0.8875
HALF_STEP_LEFTS = (0.0125, 0.0375, 0.0625, 0.0875, 0.1125)
QUERY_TRIM = 0.0125 / 0.9
# Index-side crops from one side: these shares cut off the left, right, top or bottom. A query
# cut between two of them is at most 1.25% of a side from one (median 3-6 bits on real photos).
# Variants (mirror, crops, rotations) are made from a copy no larger than this: hashes are
# computed on 32x32 and 9x8 thumbnails, so a larger source only costs time.
VARIANT_SIDE_PX = 256
SIDE_CUTS = (0.025, 0.05, 0.075, 0.1, 0.125, 0.15, 0.175, 0.2)
# Index-side crops at a corner: these shares cut off across and down, at each of the four
# corners (equal cuts up to 10% are within 1.25% of CROP_GRID's corner windows). Steps of 3.75%:
# a query cut between two is at most 1.9% of a side from one. Steps of 5% left 2 in 170 tuning
# corner crops at 13 bits (steps of 2.5% too, at 132 more fingerprints a picture; these cost 40).
CORNER_CUTS = tuple(
    (across, down)
    for across in (0.05, 0.0875, 0.125, 0.1625, 0.2)
    for down in (0.05, 0.0875, 0.125, 0.1625, 0.2)
    if not across == down <= 0.1
)


def query_fingerprints(
    image_bytes: bytes, *, max_pixels: int = DEFAULT_MAX_PIXELS
) -> list[ImageFingerprint]:
    """Fingerprints of a voter's picture and of the pictures found inside it, to search with.

    Raises NotAnImage, ImageTooLarge, AnimatedImage, or LowDetailImage (TextOnlyImage for a
    screenshot of text) when nothing in it can be matched safely.
    """
    return picture_query_fingerprints(decode_image(image_bytes, max_pixels=max_pixels))


def index_fingerprints(
    image_bytes: bytes, *, max_pixels: int = DEFAULT_MAX_PIXELS
) -> list[ImageFingerprint]:
    """Fingerprints to store for a fact-check's image: its regions, mirror images and crops.

    Raises like `query_fingerprints`. The first fingerprint is that of the picture itself.
    """
    return picture_index_fingerprints(decode_image(image_bytes, max_pixels=max_pixels))


def picture_query_fingerprints(picture: Image.Image) -> list[ImageFingerprint]:
    """`query_fingerprints` of an already decoded picture: its regions, then the whole picture
    trimmed at one edge across and one edge down (`trimmed_boxes`), the whole picture with its
    stickers painted over (`image_stickers.unstuck`) and with its lettering painted over
    (`image_lettering.unlettered`), if it has any, and its halves and quarters
    (`image_collage.grid_boxes`)."""
    regions = _regions(picture, collage=True)
    # `_regions` keeps the whole picture first unless it is a text layout: then trims of it are
    # text layouts too, and not searched.
    extra: list[Image.Image] = []
    if regions[0] is picture:
        # Trims and halves are cut from the grey copy the index's windows are cut from.
        reduced = _reduced(picture)
        extra += [reduced.crop(box) for box in trimmed_boxes(*reduced.size)]
        painted = unstuck(picture)
        if painted is not None:
            extra.append(painted)
        unlabelled = unlettered(picture)
        if unlabelled is not None:
            extra.append(unlabelled)
        extra += [reduced.crop(box) for box in grid_boxes(*reduced.size)]
    return _fingerprints([*regions, *extra])


def picture_index_fingerprints(picture: Image.Image) -> list[ImageFingerprint]:
    """`index_fingerprints` of an already decoded picture."""
    regions = _regions(picture)
    variants = list(regions)
    # Mirror and crops of the whole picture and of the innermost picture found inside it: the
    # copies a voter is likely to crop or flip. Intermediate boxes (a chat bubble) are not.
    for full in regions[:1] if len(regions) == 1 else (regions[0], regions[-1]):
        variants.append(full.transpose(Image.Transpose.FLIP_LEFT_RIGHT))
        region = _reduced(full)
        variants.extend(region.crop(box) for box in crop_boxes(region.width, region.height))
        variants.extend(region.crop(box) for box in half_step_boxes(region.width, region.height))
        variants.extend(region.crop(box) for box in side_crop_boxes(region.width, region.height))
        variants.extend(rotated_crops(region))
    return _fingerprints(variants)


def _reduced(picture: Image.Image) -> Image.Image:
    """`picture` in grey, no larger than VARIANT_SIDE_PX: its variants hash alike (hashes are
    computed in grey on tiny thumbnails), and several times faster."""
    reduced = picture.convert("L")
    if max(picture.size) > VARIANT_SIDE_PX:
        reduced.thumbnail((VARIANT_SIDE_PX, VARIANT_SIDE_PX), Image.Resampling.LANCZOS)
    return reduced


def crop_boxes(width: int, height: int) -> list[Box]:
    """The index-side crop windows of a `width` x `height` picture."""
    boxes: list[Box] = []
    for keep, positions in CROP_GRID:
        crop_width, crop_height = round(width * keep), round(height * keep)
        for across in positions:
            for down in positions:
                left = round((width - crop_width) * across)
                top = round((height - crop_height) * down)
                boxes.append(Box(left, top, left + crop_width, top + crop_height))
    return boxes


def half_step_boxes(width: int, height: int) -> list[Box]:
    """The index-side windows keeping HALF_STEP_KEEP of each side of a `width` x `height`
    picture, at HALF_STEP_LEFTS across and down (25)."""
    crop_width, crop_height = round(width * HALF_STEP_KEEP), round(height * HALF_STEP_KEEP)
    boxes: list[Box] = []
    for across in HALF_STEP_LEFTS:
        for down in HALF_STEP_LEFTS:
            left = min(round(width * across), width - crop_width)
            top = min(round(height * down), height - crop_height)
            boxes.append(Box(left, top, left + crop_width, top + crop_height))
    return boxes


def trimmed_boxes(width: int, height: int) -> list[Box]:
    """A query's windows of a `width` x `height` picture less QUERY_TRIM of a side at one edge
    across (left or right) and one edge down (top or bottom): 4 boxes."""
    across, down = round(width * QUERY_TRIM), round(height * QUERY_TRIM)
    if not (across and down):
        return []
    return [
        Box(left, top, right, bottom)
        for left, right in ((across, width), (0, width - across))
        for top, bottom in ((down, height), (0, height - down))
    ]


def side_crop_boxes(width: int, height: int) -> list[Box]:
    """The index-side windows of a `width` x `height` picture cut at a corner by CORNER_CUTS
    and from one side by SIDE_CUTS."""
    boxes: list[Box] = []
    for across_share, down_share in CORNER_CUTS:
        across, down = round(width * across_share), round(height * down_share)
        boxes += [
            Box(across, down, width, height),
            Box(0, down, width - across, height),
            Box(across, 0, width, height - down),
            Box(0, 0, width - across, height - down),
        ]
    for cut in SIDE_CUTS:
        across, down = round(width * cut), round(height * cut)
        boxes += [
            Box(across, 0, width, height),
            Box(0, 0, width - across, height),
            Box(0, down, width, height),
            Box(0, 0, width, height - down),
        ]
    return boxes


def _found_boxes(picture: Image.Image, *, collage: bool, text_layout: bool) -> list[Box]:
    """Boxes that may hold the picture: borders and screenshot frames, caption bands, the
    upright part of a rotated picture, a photo on a blurred fill of itself, and (for a query) the
    parts of a collage. A screenshot of text (`text_layout`) is never cut into bands, a fill or
    a collage: its header bar and its list of messages would pass for a meme's band and
    picture."""
    working = working_copy(picture)
    boxes = list(content_boxes(picture, working))
    banded = [] if text_layout else band_boxes(picture)
    if banded:
        # The likeliest box last but for what is inside it, as the innermost region (the one
        # whose crops and rotations are indexed). A photo narrower than the meme's canvas is
        # looked for inside that box only: the others differ from it by a few rows.
        likeliest = banded[0]
        boxes += [*banded[1:], likeliest]
        boxes += [
            Box(
                likeliest.left + box.left,
                likeliest.top + box.top,
                likeliest.left + box.right,
                likeliest.top + box.bottom,
            )
            for box in content_boxes(picture.crop(likeliest))
        ]
    rotated = fill_cropped(picture, working)
    if rotated is not None:
        boxes.append(rotated)
    if collage and not text_layout:
        boxes += collage_boxes(picture, working)
    # A blurred fill's boxes come first, and none that another finder found too: the last box
    # is the innermost region (whose crops are indexed), and plain bars of unequal width are
    # read as a fill as well, whose "wider band off both ends" box would cut into the photo.
    filled = [] if text_layout else blur_fill_boxes(working, picture.size)
    return [*(box for box in filled if box not in boxes), *boxes]


def _regions(picture: Image.Image, *, collage: bool = False) -> list[Image.Image]:
    """The whole picture and the pictures inside it, less text layouts; at least one, or raise."""
    whole_is_text = is_text_layout(picture)
    area = picture.width * picture.height
    boxes = [
        box
        for box in dict.fromkeys(_found_boxes(picture, collage=collage, text_layout=whole_is_text))
        if box.width * box.height >= MIN_REGION_SHARE * area
        and min(box.width, box.height) >= MIN_REGION_SIDE_PX
        and max(box.width, box.height) <= MAX_REGION_ASPECT * min(box.width, box.height)
        and box != Box(0, 0, picture.width, picture.height)
    ]
    regions = [picture.crop(box) for box in boxes]
    pictures = [] if whole_is_text else [picture]
    pictures += [region for region in regions if not is_text_layout(region)]
    if not pictures:
        raise TextOnlyImage("image is text on a plain background: match its text, not a hash")
    return pictures


def _fingerprints(pictures: Iterable[Image.Image]) -> list[ImageFingerprint]:
    """Fingerprints of the pictures that have enough detail, without repeats, in order."""
    found: dict[ImageFingerprint, None] = {}
    last_error: LowDetailImage | None = None
    for picture in pictures:
        try:
            found.setdefault(fingerprint_picture(picture))
        except LowDetailImage as error:
            last_error = error
    if not found:
        raise last_error or LowDetailImage("image has too little detail to match safely")
    return list(found)
