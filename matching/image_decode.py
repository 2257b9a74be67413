"""Defensive decoding of untrusted image bytes into an upright RGB picture.

The pixel count is checked from the header before any pixel is decoded (decompression bombs),
animated images are refused, truncated or corrupt files raise NotAnImage, and no Pillow warning
escapes. Decoding is capped near a working size (JPEG draft mode): fingerprints shrink to 32x32.
"""

from __future__ import annotations

import io
import re
import struct
import warnings
import zlib

import numpy as np
from PIL import Image, ImageOps

from matching.errors import AnimatedImage, ImageTooLarge, NotAnImage

DEFAULT_MAX_PIXELS = 40_000_000
# JPEG draft mode decodes at the smallest power-of-two reduction still at least this big.
_DECODE_SIZE_PX = (512, 512)
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
    MemoryError,
    struct.error,
    zlib.error,
)


def decode_image(data: bytes, *, max_pixels: int = DEFAULT_MAX_PIXELS) -> Image.Image:
    """The still image in `data` as upright RGB, transparency flattened onto white.

    Raises NotAnImage, ImageTooLarge or AnimatedImage. Pillow's own limit
    (Image.MAX_IMAGE_PIXELS) applies too, in case `max_pixels` is set above it.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            return _decode(data, max_pixels)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
            found = _PILLOW_BOMB_PIXELS.search(str(error))
            raise ImageTooLarge(int(found.group(1)) if found else 0, max_pixels) from error


def _decode(data: bytes, max_pixels: int) -> Image.Image:
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
