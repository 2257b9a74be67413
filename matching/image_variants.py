"""The fingerprints stored for a fact-check's image, and those searched for a voter's picture.

Hashes are global: a 10% crop, a border, a caption band or a screenshot frame moves a copy far
from its original. So robustness comes from both sides, and the two must be used together:

- `index_fingerprints(image_bytes)`: for a fact-check's image, the whole picture, the picture found
  inside it (borders, caption bands and screenshot frames removed), its mirror image and a grid of
  crops of up to 10%. Store all of them (each is one hex string of at most 64 characters) under
  the fact-check; the index is rebuilt from them without the image.
- `query_fingerprints(image_bytes)`: for a voter's picture, the whole picture and the pictures
  found inside it. Search with all of them; the best hit per fact-check counts.

An image that is only lines of text on a plain background (a screenshot of a tweet or a chat)
raises TextOnlyImage: such images all fingerprint alike, so they are matched by their text (OCR).
"""

from __future__ import annotations

from collections.abc import Iterable

from PIL import Image

from matching.errors import LowDetailImage, TextOnlyImage
from matching.image_decode import DEFAULT_MAX_PIXELS, decode_image
from matching.image_fingerprint import ImageFingerprint, fingerprint_picture
from matching.image_regions import Box, content_boxes, is_text_layout

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
    """`query_fingerprints` of an already decoded picture."""
    return _fingerprints(_regions(picture))


def picture_index_fingerprints(picture: Image.Image) -> list[ImageFingerprint]:
    """`index_fingerprints` of an already decoded picture."""
    regions = _regions(picture)
    variants = list(regions)
    # Mirror and crops of the whole picture and of the innermost picture found inside it: the
    # copies a voter is likely to crop or flip. Intermediate boxes (a chat bubble) are not.
    for region in regions[:1] if len(regions) == 1 else (regions[0], regions[-1]):
        variants.append(region.transpose(Image.Transpose.FLIP_LEFT_RIGHT))
        variants.extend(region.crop(box) for box in crop_boxes(region.width, region.height))
    return _fingerprints(variants)


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


def _regions(picture: Image.Image) -> list[Image.Image]:
    """The whole picture and the pictures inside it, less text layouts; at least one, or raise."""
    boxes = [Box(0, 0, picture.width, picture.height)]
    area = picture.width * picture.height
    boxes += [
        box
        for box in content_boxes(picture)
        if box.width * box.height >= MIN_REGION_SHARE * area
        and min(box.width, box.height) >= MIN_REGION_SIDE_PX
        and max(box.width, box.height) <= MAX_REGION_ASPECT * min(box.width, box.height)
    ]
    regions = [picture.crop(box) if index else picture for index, box in enumerate(boxes)]
    pictures = [region for region in regions if not is_text_layout(region)]
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
