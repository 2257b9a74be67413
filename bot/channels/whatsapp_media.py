"""A voter's WhatsApp media as the client sees it: what Graph says about a file, the downloaded
bytes, and the guards used while downloading them.

`WhatsAppClient.download_media` turns a media id into a `MediaInfo` (a URL that expires after
about 5 minutes) and then into a `MediaFile`. The size guard and the expired-URL signal live here
so the download's rules (refuse oversized files early, refetch an expired URL once) read in one
place, apart from the client's HTTP code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from bot.channels.whatsapp_errors import MediaTooLargeError

# The media URL answers these once it has expired (5 minutes) or cannot be read with our token.
EXPIRED_URL_STATUSES: Final = frozenset({401, 403, 404, 410})
SHA256_HEX: Final = re.compile(r"[0-9a-fA-F]{64}")
DOWNLOAD_CHUNK_BYTES: Final = 64 * 1024


# --------------------------------------------------------------------------------------------
# Values


@dataclass(frozen=True)
class MediaInfo:
    """What `GET /{media_id}` says about a file. The URL expires after about 5 minutes."""

    media_id: str
    url: str
    mime_type: str
    sha256: str | None
    file_size: int | None


@dataclass(frozen=True)
class MediaFile:
    """A downloaded file."""

    media_id: str
    mime_type: str
    data: bytes = field(repr=False)

    @property
    def size_bytes(self) -> int:
        return len(self.data)


class ExpiredURL(Exception):
    """The media URL refused us; a fresh one may work (`WhatsAppClient.download_media` retries)."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


def refuse_if_larger(media_id: str, size: int | None, max_bytes: int, how: str) -> None:
    if size is not None and size > max_bytes:
        raise MediaTooLargeError(
            f"media {media_id}: {how} size {size} bytes is over the {max_bytes}-byte limit",
            size_bytes=size,
            max_bytes=max_bytes,
        )


__all__ = [
    "DOWNLOAD_CHUNK_BYTES",
    "EXPIRED_URL_STATUSES",
    "SHA256_HEX",
    "ExpiredURL",
    "MediaFile",
    "MediaInfo",
    "refuse_if_larger",
]
