"""Perceptual fingerprints of still images, robust to recompression and resizing.

A fingerprint is a 64-bit pHash plus a 64-bit dHash (imagehash). Untrusted bytes are decoded
defensively: the pixel count is checked from the header before any decoding, animated and
near-blank images are refused, and no Pillow warning escapes.
"""

from __future__ import annotations

import io
import re
import struct
import warnings
import zlib
from dataclasses import dataclass

import imagehash
import numpy as np
from PIL import Image, ImageOps

from matching.errors import AnimatedImage, ImageTooLarge, LowDetailImage, NotAnImage

HASH_BITS = 64
DEFAULT_MAX_PIXELS = 40_000_000
# Images narrower or lower than this carry too little to fingerprint (icons, 1x1 trackers).
MIN_SIDE_PX = 16
# Grey-level standard deviation (0-255) of a small thumbnail below which an image is blank or
# one colour. Such images hash to near-constant values that would match every other blank image,
# answering a voter's screenshot of a white page with an unrelated fact-check.
MIN_GREY_STDDEV = 6.0
# A hash with fewer than this many bits set (or unset) says the same: no structure to compare.
MIN_BITS_EACH_WAY = 4
# Decoding is capped near this size (JPEG draft mode): hashes shrink to 32x32 anyway.
_DECODE_SIZE_PX = (512, 512)
_THUMBNAIL_SIZE_PX = (64, 64)
_HEX = re.compile(r"[0-9a-f]{32}")
_PILLOW_BOMB_PIXELS = re.compile(r"\((\d+) pixels\)")

# What Pillow raises on corrupt or hostile input besides OSError (its decoders are not uniform).
_DECODE_ERRORS = (
    OSError,
    SyntaxError,
    ValueError,
    EOFError,
    IndexError,
    KeyError,
    TypeError,
    ZeroDivisionError,
    struct.error,
    zlib.error,
)


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
    """The fingerprint of the still image in `data`.

    Raises NotAnImage, ImageTooLarge, AnimatedImage or LowDetailImage (all ImageError). Pillow's
    own limit (Image.MAX_IMAGE_PIXELS) applies too, in case `max_pixels` is set above it.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = _decode(data, max_pixels)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
            found = _PILLOW_BOMB_PIXELS.search(str(error))
            raise ImageTooLarge(int(found.group(1)) if found else 0, max_pixels) from error
        _reject_low_detail(image)
        phash = _hash_int(imagehash.phash(image))
        dhash = _hash_int(imagehash.dhash(image))
    for value in (phash, dhash):
        if not MIN_BITS_EACH_WAY <= value.bit_count() <= HASH_BITS - MIN_BITS_EACH_WAY:
            raise LowDetailImage("image hash is near-constant: too little detail to match safely")
    return ImageFingerprint(phash, dhash)


def _decode(data: bytes, max_pixels: int) -> Image.Image:
    """Open, check and fully decode `data` into an upright RGB image."""
    try:
        image = Image.open(io.BytesIO(data))
    except _DECODE_ERRORS as error:
        raise NotAnImage(f"not a readable image: {error}") from error
    width, height = image.size
    # Image.open only read the header: refuse bombs before a single pixel is decoded.
    if width * height > max_pixels:
        raise ImageTooLarge(width * height, max_pixels)
    try:
        # Phone cameras write MPO (a JPEG plus previews, several "frames"): those are still
        # photos. is_animated stops at the second frame, where n_frames would walk them all.
        if getattr(image, "is_animated", False) and image.format != "MPO":
            raise AnimatedImage("image is animated (more than one frame): only stills are matched")
        image.draft("RGB", _DECODE_SIZE_PX)
        # Trap: with PIL.ImageFile.LOAD_TRUNCATED_IMAGES set (a process-wide switch this package
        # never sets) a truncated file would load grey-padded here instead of raising.
        image.load()
        upright = ImageOps.exif_transpose(image)
        return _to_rgb(upright)
    except _DECODE_ERRORS as error:
        raise NotAnImage(f"corrupt or truncated image: {error}") from error


def _to_rgb(image: Image.Image) -> Image.Image:
    """RGB with any transparency flattened onto white (how chat apps display it)."""
    if image.mode.startswith("I"):
        # 16-bit greyscale (scans, some PNG exports): convert("RGB") would clip it all to white.
        grey = np.asarray(image, dtype=np.float64)
        if image.mode != "I" or grey.max() > 255:
            grey = grey / 257.0
        return Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8)).convert("RGB")
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("RGB")
    return image.convert("RGB")


def _reject_low_detail(image: Image.Image) -> None:
    width, height = image.size
    if min(width, height) < MIN_SIDE_PX:
        raise LowDetailImage(f"image is {width}x{height} pixels: too small to match safely")
    thumbnail = image.convert("L")
    thumbnail.thumbnail(_THUMBNAIL_SIZE_PX)
    spread = float(np.asarray(thumbnail, dtype=np.float64).std())
    if spread < MIN_GREY_STDDEV:
        raise LowDetailImage(f"image is near-blank (grey std-dev {spread:.1f}): nothing to match")


def _hash_int(value: imagehash.ImageHash) -> int:
    return int(str(value), 16)
