"""What a tip's pictures give the matcher: fingerprints, text read from screenshots, or a reason.

Pictures are fingerprinted off the event loop (`matching.query_fingerprints`: the whole picture
and the photo found inside borders, caption bands or a chat screenshot). A screenshot that is only
text has no useful fingerprint; its text is read instead (OCR), when a reader is installed. Why a
picture could not be used is kept, so the voter can be told and the tip records it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from bot import texts
from bot.inbound import InboundMessage, MediaProblem
from matching import (
    AnimatedImage,
    ImageError,
    ImageFingerprint,
    ImageTooLarge,
    LowDetailImage,
    TextOnlyImage,
    query_fingerprints,
)

ReadText = Callable[[bytes, Sequence[str]], Awaitable[str]]
"""Reads the text in a picture, given tesseract language codes (best first); "" when it cannot."""

MAX_PICTURES_READ = 3  # an album of screenshots: the first few carry the claim
# Tesseract's names for the languages the bot speaks.
OCR_LANGUAGES = {"en": "eng", "es": "spa", "fr": "fra", "pt": "por", "ar": "ara"}

# What to tell a voter when none of their media could be used, by the reason recorded on the tip.
PROBLEM_TEXTS = {
    MediaProblem.TOO_LARGE.value: texts.FILE_TOO_LARGE,
    MediaProblem.UNSUPPORTED.value: texts.UNSUPPORTED,
    MediaProblem.ANIMATED.value: texts.ANIMATED,
    MediaProblem.DOWNLOAD_FAILED.value: texts.DOWNLOAD_FAILED,
    "low_detail": texts.LOW_DETAIL,
    "text_only": texts.SCREENSHOT_UNREADABLE,
    "image_too_large": texts.IMAGE_TOO_LARGE,
    "not_an_image": texts.NOT_AN_IMAGE,
}


@dataclass(frozen=True)
class TipMedia:
    """The usable part of a tip's pictures."""

    fingerprints: tuple[ImageFingerprint, ...] = ()  # every query fingerprint, all pictures
    primary: ImageFingerprint | None = None  # the first whole picture, kept on the tip
    readable: tuple[bytes, ...] = ()  # pictures whose text is worth reading (OCR)
    problem: str | None = None  # why some media could not be used (a key of PROBLEM_TEXTS)

    @property
    def problem_text(self) -> str | None:
        """What to tell the voter when nothing in the tip could be used."""
        return PROBLEM_TEXTS.get(self.problem) if self.problem else None


async def examine_media(message: InboundMessage) -> TipMedia:
    """Fingerprint every picture of `message` (CPU work, in a thread); note what is unusable."""
    fingerprints: list[ImageFingerprint] = []
    primary: ImageFingerprint | None = None
    readable: list[bytes] = []
    problem = message.media_problem.value if message.media_problem else None
    for data in message.images:
        try:
            found = await asyncio.to_thread(query_fingerprints, data)
        except TextOnlyImage:
            problem = "text_only"
            readable.append(data)
            continue
        except AnimatedImage:
            problem = MediaProblem.ANIMATED.value
            continue
        except LowDetailImage:
            problem = "low_detail"
            readable.append(data)
            continue
        except ImageTooLarge:
            problem = "image_too_large"
            continue
        except ImageError:
            problem = "not_an_image"
            continue
        primary = primary or found[0]
        fingerprints.extend(found)
        readable.append(data)
    return TipMedia(tuple(fingerprints), primary, tuple(readable[:MAX_PICTURES_READ]), problem)


async def read_pictures(reader: ReadText | None, pictures: Sequence[bytes], language: str) -> str:
    """The text in `pictures`, read with the voter's language first; "" without a reader."""
    if reader is None or not pictures:
        return ""
    languages = [OCR_LANGUAGES.get(language, "eng")]
    languages += [code for code in OCR_LANGUAGES.values() if code not in languages]
    parts = [await reader(picture, languages) for picture in pictures]
    return "\n".join(part for part in parts if part.strip())
