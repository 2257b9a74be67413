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
from bot.screenshot_text import OCR_LANGUAGES
from factchecks.picture_copies import PictureCopy, clean_copy
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

# What to tell a voter when none of their media could be used, by the reason recorded on the tip.
PROBLEM_TEXTS = {
    MediaProblem.TOO_LARGE: texts.FILE_TOO_LARGE,
    MediaProblem.UNSUPPORTED: texts.UNSUPPORTED,
    MediaProblem.ANIMATED: texts.ANIMATED,
    MediaProblem.DOWNLOAD_FAILED: texts.DOWNLOAD_FAILED,
    MediaProblem.LOW_DETAIL: texts.LOW_DETAIL,
    MediaProblem.TEXT_ONLY: texts.SCREENSHOT_UNREADABLE,
    MediaProblem.IMAGE_TOO_LARGE: texts.IMAGE_TOO_LARGE,
    MediaProblem.NOT_AN_IMAGE: texts.NOT_AN_IMAGE,
}


@dataclass(frozen=True)
class TipMedia:
    """The usable part of a tip's pictures."""

    fingerprints: tuple[ImageFingerprint, ...] = ()  # every query fingerprint, all pictures
    primary: ImageFingerprint | None = None  # the first whole picture, kept on the tip
    readable: tuple[bytes, ...] = ()  # pictures whose text is worth reading (OCR)
    still: tuple[bytes, ...] = ()  # every still picture: what the desk's `/show` would send
    problem: MediaProblem | None = None  # why some media could not be used

    @property
    def problem_text(self) -> str | None:
        """What to tell the voter when nothing in the tip could be used."""
        return PROBLEM_TEXTS.get(self.problem) if self.problem else None


async def examine_media(message: InboundMessage) -> TipMedia:
    """Fingerprint every picture of `message` (CPU work, in a thread); note what is unusable."""
    fingerprints: list[ImageFingerprint] = []
    primary: ImageFingerprint | None = None
    readable: list[bytes] = []
    still: list[bytes] = []  # every still picture (what the desk may keep for `/show`)
    problem = message.media_problem
    for data in message.images:
        try:
            found = await asyncio.to_thread(query_fingerprints, data)
        except TextOnlyImage:
            problem = MediaProblem.TEXT_ONLY
            readable.append(data)
            still.append(data)
            continue
        except AnimatedImage:
            problem = MediaProblem.ANIMATED
            continue
        except LowDetailImage:
            problem = MediaProblem.LOW_DETAIL
            readable.append(data)
            still.append(data)
            continue
        except ImageTooLarge:
            problem = MediaProblem.IMAGE_TOO_LARGE
            continue
        except ImageError:
            problem = MediaProblem.NOT_AN_IMAGE
            continue
        primary = primary or found[0]
        fingerprints.extend(found)
        readable.append(data)
        still.append(data)
    return TipMedia(
        tuple(fingerprints), primary, tuple(readable[:MAX_PICTURES_READ]), tuple(still), problem
    )


async def copies_to_keep(pictures: Sequence[bytes], limit: int) -> list[PictureCopy]:
    """Metadata-free copies of the first `limit` pictures (re-encoding is CPU work: in a
    thread), those Pillow can read."""
    copies = [await asyncio.to_thread(clean_copy, data) for data in pictures[:limit]]
    return [copy for copy in copies if copy is not None]


async def read_pictures(reader: ReadText | None, pictures: Sequence[bytes], language: str) -> str:
    """The text in `pictures`, read with the voter's language first; "" without a reader."""
    if reader is None or not pictures:
        return ""
    languages = [OCR_LANGUAGES.get(language, "eng")]
    languages += [code for code in OCR_LANGUAGES.values() if code not in languages]
    parts = [await reader(picture, languages) for picture in pictures]
    return "\n".join(part for part in parts if part.strip())
