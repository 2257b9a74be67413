"""Errors raised by the matching library, so callers can tell a bad input from a bug.

MatchingError             base of everything raised on purpose here
├── ImageError            an image that cannot be fingerprinted (tell the voter it is unreadable)
│   ├── NotAnImage        bytes Pillow cannot decode: not an image, truncated or corrupt
│   ├── ImageTooLarge     too many pixels (decompression bombs); has .pixels and .max_pixels
│   ├── AnimatedImage     more than one frame (animated GIF/WebP/APNG)
│   └── LowDetailImage    near-blank or tiny: its fingerprint would match unrelated images
│       └── TextOnlyImage lines of text on a plain background (a tweet or chat screenshot):
│                         every such image fingerprints alike, so match its text (OCR) instead
├── IndexFileError        a saved index that is missing, corrupt or not ours; has .path
└── EncoderFileError      a sentence-encoder folder that is missing a file or not a BERT model
"""

from __future__ import annotations


class MatchingError(Exception):
    """Base of every error this package raises on purpose."""


class ImageError(MatchingError):
    """An image that cannot be used for matching."""


class NotAnImage(ImageError):
    """Bytes that Pillow cannot decode: not an image, truncated or corrupt."""


class ImageTooLarge(ImageError):
    """An image with more pixels than allowed, e.g. a decompression bomb."""

    def __init__(self, pixels: int, max_pixels: int) -> None:
        super().__init__(f"image has {pixels} pixels, more than the {max_pixels} allowed")
        self.pixels = pixels
        self.max_pixels = max_pixels


class AnimatedImage(ImageError):
    """An image with more than one frame (animated GIF, WebP or PNG)."""


class LowDetailImage(ImageError):
    """An image with too little detail to fingerprint safely (blank, one colour, tiny)."""


class TextOnlyImage(LowDetailImage):
    """Lines of text or UI on a plain background, with no picture: match its text, not a hash."""


class IndexFileError(MatchingError):
    """A saved index file that cannot be loaded: missing, corrupt, or not a matching index."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"cannot load index from {path!r}: {reason}")
        self.path = path
        self.reason = reason


class EncoderFileError(MatchingError):
    """A sentence-encoder model folder that is missing a file or holds something else."""
