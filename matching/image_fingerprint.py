"""Perceptual fingerprints of still images: a 64-bit pHash plus a 64-bit dHash (imagehash).

Both survive JPEG recompression, resizing and colour changes within a few bits; crops, borders,
mirroring and screenshots are handled around them, by hashing several regions and variants of a
picture (see `image_variants`). Near-blank or featureless pictures are refused, never hashed.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass

import imagehash
import numpy as np
from PIL import Image

from matching.errors import LowDetailImage
from matching.image_decode import DEFAULT_MAX_PIXELS, decode_image

HASH_BITS = 64
FINGERPRINT_BITS = 2 * HASH_BITS
# Images narrower or lower than this carry too little to fingerprint (icons, 1x1 trackers).
MIN_SIDE_PX = 16
# Grey-level standard deviation (0-255) of a small thumbnail below which an image is blank or
# one colour. Such images hash to near-constant values that would match every other blank image,
# answering a voter's screenshot of a white page with an unrelated fact-check.
MIN_GREY_STDDEV = 6.0
# A hash with fewer than this many bits set (or unset) says the same: no structure to compare.
MIN_BITS_EACH_WAY = 4
_THUMBNAIL_SIZE_PX = (64, 64)
_HEX = re.compile(r"[0-9a-f]{32}")

__all__ = ["DEFAULT_MAX_PIXELS", "ImageFingerprint", "fingerprint_image", "fingerprint_picture"]


@dataclass(frozen=True)
class ImageFingerprint:
    """pHash and dHash of an image, each a 64-bit unsigned integer."""

    phash: int
    dhash: int

    def __post_init__(self) -> None:
        for name, value in (("phash", self.phash), ("dhash", self.dhash)):
            if not 0 <= value < 1 << HASH_BITS:
                raise ValueError(f"{name} must be a 64-bit unsigned integer, got {value!r}")

    def hex(self) -> str:
        """32 lower-case hex digits, pHash then dHash: the stored form."""
        return f"{self.phash:016x}{self.dhash:016x}"

    @classmethod
    def from_hex(cls, s: str) -> ImageFingerprint:
        """The fingerprint whose `hex()` is `s` (upper case accepted)."""
        text = s.strip().lower() if isinstance(s, str) else s
        if not isinstance(text, str) or not _HEX.fullmatch(text):
            raise ValueError(f"not an image fingerprint (expected 32 hex digits): {s!r}")
        return cls(int(text[:16], 16), int(text[16:], 16))

    def distance(self, other: ImageFingerprint) -> int:
        """Combined Hamming distance in bits, 0-128: differing pHash bits plus differing dHash bits.

        Unrelated images sit near 64; recompressed or resized copies within a few bits.
        """
        return (self.phash ^ other.phash).bit_count() + (self.dhash ^ other.dhash).bit_count()


def fingerprint_image(data: bytes, *, max_pixels: int = DEFAULT_MAX_PIXELS) -> ImageFingerprint:
    """The fingerprint of the whole still image in `data`.

    Raises NotAnImage, ImageTooLarge, AnimatedImage or LowDetailImage (all ImageError). For
    matching, prefer `index_fingerprints` and `query_fingerprints`, which also cope with crops,
    borders, caption bands, screenshots and mirroring.
    """
    return fingerprint_picture(decode_image(data, max_pixels=max_pixels))


def fingerprint_picture(picture: Image.Image) -> ImageFingerprint:
    """The fingerprint of an already decoded picture; LowDetailImage if it is near-blank."""
    grey = picture.convert("L")
    _reject_low_detail(grey)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        phash = _hash_int(imagehash.phash(grey))
        dhash = _hash_int(imagehash.dhash(grey))
    for value in (phash, dhash):
        if not MIN_BITS_EACH_WAY <= value.bit_count() <= HASH_BITS - MIN_BITS_EACH_WAY:
            raise LowDetailImage("image hash is near-constant: too little detail to match safely")
    return ImageFingerprint(phash, dhash)


def _reject_low_detail(grey: Image.Image) -> None:
    width, height = grey.size
    if min(width, height) < MIN_SIDE_PX:
        raise LowDetailImage(f"image is {width}x{height} pixels: too small to match safely")
    thumbnail = grey.copy()
    thumbnail.thumbnail(_THUMBNAIL_SIZE_PX)
    spread = float(np.asarray(thumbnail, dtype=np.float64).std())
    if spread < MIN_GREY_STDDEV:
        raise LowDetailImage(f"image is near-blank (grey std-dev {spread:.1f}): nothing to match")


def _hash_int(value: imagehash.ImageHash) -> int:
    return int(str(value), 16)
