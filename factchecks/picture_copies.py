"""A copy of a voter's picture that is safe to keep and to show the desk.

Photos carry metadata that can identify whoever took them: GPS position, the camera's serial
number, the owner's name, the time. The desk needs the picture, not that. So what is kept is a
re-encoded copy: turned upright as its EXIF orientation says, then saved with no metadata at all,
PNG for pictures that came as PNG (screenshots stay sharp), JPEG otherwise, at most
`MAX_SIDE_PX` on its longer side and `MAX_PICTURE_BYTES` in all (WhatsApp's limit for an image it
sends; Telegram's is 10 MB).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageOps

MAX_PICTURE_BYTES = 5_000_000
MAX_SIDE_PX = 2048
JPEG_QUALITY = 85


@dataclass(frozen=True)
class PictureCopy:
    """A metadata-free picture and its content type."""

    data: bytes
    content_type: str  # "image/jpeg" or "image/png"


def clean_copy(data: bytes) -> PictureCopy | None:
    """`data` re-encoded without metadata (see the module docstring); None when Pillow cannot
    read it as one still picture, or it cannot be brought under `MAX_PICTURE_BYTES`."""
    try:
        with Image.open(io.BytesIO(data)) as opened:
            as_png = opened.format == "PNG"
            upright = ImageOps.exif_transpose(opened)
            upright.load()
    except (OSError, ValueError, Image.DecompressionBombError):
        return None
    picture = upright.copy()
    picture.info = {}  # EXIF, XMP, ICC, text chunks: nothing rides along
    picture.thumbnail((MAX_SIDE_PX, MAX_SIDE_PX))
    if as_png and picture.mode in ("1", "L", "LA", "P", "RGB", "RGBA"):
        encoded = _encode(picture, "PNG")
        if len(encoded) <= MAX_PICTURE_BYTES:
            return PictureCopy(encoded, "image/png")
    rgb = picture.convert("RGB")
    while True:
        encoded = _encode(rgb, "JPEG", quality=JPEG_QUALITY)
        if len(encoded) <= MAX_PICTURE_BYTES:
            return PictureCopy(encoded, "image/jpeg")
        if min(rgb.size) < 64:
            return None
        rgb = rgb.resize((rgb.width // 2, rgb.height // 2))


def _encode(picture: Image.Image, fmt: str, **options: int) -> bytes:
    buffer = io.BytesIO()
    picture.save(buffer, format=fmt, **options)
    return buffer.getvalue()
