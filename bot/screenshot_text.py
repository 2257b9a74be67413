"""Text in pictures: what a screenshot of a tweet or a chat says, read by tesseract OCR.

Screenshots of text all fingerprint alike (see `matching.TextOnlyImage`), so their words are what
can be matched. This module runs the `tesseract` binary (Debian `tesseract-ocr` plus the language
packs `tesseract-ocr-spa`, `-fra`, `-por`, `-ara`) as a subprocess, never through a shell: the
picture goes in on stdin as a PNG that Pillow has checked and re-encoded (so tesseract never sees
a decompression bomb or a format it would mishandle), under a byte and pixel limit, with a
timeout. Without tesseract, or when it fails, the text is "" and image matching works as before.
"""

from __future__ import annotations

import asyncio
import io
import logging
import shutil
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field

from PIL import Image, ImageOps

from bot.settings import child_environment

log = logging.getLogger(__name__)

TESSERACT = "tesseract"
# Tesseract's names for the languages the bot speaks, tried in this order when none is asked
# for; those not installed are skipped. "osd" and "equ" are not reading languages.
OCR_LANGUAGES = {"en": "eng", "es": "spa", "fr": "fra", "pt": "por", "ar": "ara"}
DEFAULT_LANGUAGES = tuple(OCR_LANGUAGES.values())
# Phone screenshots are a few hundred kB; a forwarded photo a few MB.
MAX_IMAGE_BYTES = 20 * 1024 * 1024
# Decoding more pixels than this costs more than any screenshot needs (a 4K phone screen is 9M).
MAX_IMAGE_PIXELS = 25_000_000
# Text smaller than this (image width in pixels) is upscaled first: tesseract reads best with
# letters about 30 pixels high, and chat apps send reduced copies.
MIN_WIDTH_PX = 1000
DEFAULT_TIMEOUT_S = 20.0
# Tesseract's own threads would fight the bot's event loop and worker threads for two cores.
THREAD_LIMIT = {"OMP_THREAD_LIMIT": "1"}


@dataclass
class ScreenshotReader:
    """Reads the text in pictures with tesseract; "" whenever it cannot."""

    binary: str = TESSERACT
    languages: Sequence[str] = DEFAULT_LANGUAGES
    timeout_s: float = DEFAULT_TIMEOUT_S
    max_image_bytes: int = MAX_IMAGE_BYTES
    _installed: frozenset[str] | None = field(default=None, init=False, repr=False)

    def available(self) -> bool:
        """True when the tesseract binary is on PATH (its languages are checked at first use)."""
        return shutil.which(self.binary) is not None

    async def read(self, image_bytes: bytes, languages: Sequence[str] | None = None) -> str:
        """The text in the picture, lines joined by newlines; "" if there is none or on failure.

        `languages` (tesseract codes, e.g. ("spa", "eng")) puts the voter's languages first;
        the reader's own languages are used otherwise. Never raises for a bad picture.
        """
        if not image_bytes or len(image_bytes) > self.max_image_bytes or not self.available():
            return ""
        png = await asyncio.to_thread(_prepared_png, image_bytes)
        if png is None:
            return ""
        wanted = [code for code in (languages or self.languages) if code in await self._langs()]
        if not wanted:
            return ""
        output = await self._run(
            self.binary, "stdin", "stdout", "-l", "+".join(dict.fromkeys(wanted)), stdin=png
        )
        return _tidy(output.decode("utf-8", errors="replace")) if output else ""

    async def _langs(self) -> frozenset[str]:
        if self._installed is None:
            listing = await self._run(self.binary, "--list-langs")
            lines = listing.decode("utf-8", errors="replace").splitlines() if listing else []
            # The first line is a heading ("List of available languages in ...").
            self._installed = frozenset(line.strip() for line in lines[1:] if line.strip())
        return self._installed

    async def _run(self, *command: str, stdin: bytes = b"") -> bytes | None:
        """Standard output of `command`, or None if it cannot start, fails or times out."""
        try:
            process = await asyncio.create_subprocess_exec(
                *command,
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
                env=child_environment(**THREAD_LIMIT),
            )
        except OSError as error:
            log.warning("cannot run %s: %s", command[0], error)
            return None
        try:
            output, errors = await asyncio.wait_for(process.communicate(stdin), self.timeout_s)
        except TimeoutError:
            process.kill()
            await process.wait()
            log.warning("%s took over %.0f s: stopped", command[0], self.timeout_s)
            return None
        if process.returncode != 0:
            log.warning("%s failed (%s): %s", command[0], process.returncode, errors[:300])
            return None
        return output


_default_reader = ScreenshotReader()


def available() -> bool:
    """True when tesseract is installed, so screenshot text can be read."""
    return _default_reader.available()


async def screenshot_text(image_bytes: bytes, languages: Sequence[str] | None = None) -> str:
    """The text in a picture (see `ScreenshotReader.read`), with the default reader."""
    return await _default_reader.read(image_bytes, languages)


def _prepared_png(image_bytes: bytes) -> bytes | None:
    """The picture as an upright greyscale PNG, upscaled if small; None if it is unusable."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            with Image.open(io.BytesIO(image_bytes)) as image:
                if image.width * image.height > MAX_IMAGE_PIXELS:
                    return None
                image.seek(0)  # an animation: its first frame
                grey = ImageOps.exif_transpose(image).convert("L")
        except (OSError, ValueError, SyntaxError, EOFError, Image.DecompressionBombError) as error:
            log.info("picture cannot be read for OCR: %s", error)
            return None
    if grey.width < MIN_WIDTH_PX:
        scale = MIN_WIDTH_PX / grey.width
        target = (MIN_WIDTH_PX, max(1, round(grey.height * scale)))
        if target[0] * target[1] > MAX_IMAGE_PIXELS:
            return None
        grey = grey.resize(target, Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    grey.save(buffer, "PNG", compress_level=1)
    return buffer.getvalue()


def _tidy(text: str) -> str:
    """Non-empty lines, each with single spaces (tesseract pads with blank lines and spaces)."""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)
