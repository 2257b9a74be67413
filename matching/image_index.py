"""An in-memory Hamming index of image fingerprints by key.

v1 is a linear scan: numpy XOR and popcount over uint64 arrays of every pHash and dHash, which
is exact and quick for ~10^5 images. Only fingerprints within `max_distance_bits` are returned.
"""

from __future__ import annotations

import os
from collections.abc import Hashable
from typing import Any, Generic

import numpy as np
import numpy.typing as npt

from matching.errors import ImageError
from matching.hits import Hit, K, Signal
from matching.image_fingerprint import ImageFingerprint, fingerprint_image
from matching.index_file import (
    decode_key,
    encode_key,
    malformed_index_file,
    read_index_file,
    write_index_file,
)
from matching.thresholds import DEFAULT_ANSWER_THRESHOLD

# Combined pHash+dHash distance (0-128 bits) still called the same picture. Measured on
# generated photos: JPEG quality 30-70 and 50%/200% resizes stay within 4 bits, brightness,
# contrast and aspect tweaks within 10, unrelated photos 37 or more apart. The trap is
# screenshots sharing one layout (same template, different text): those came 8 bits apart
# (5 for two translations of one claim), so the default stays below that.
DEFAULT_MAX_DISTANCE_BITS = 6
MAX_DISTANCE_BITS = 128

_FILE_KIND = "tipline.matching.ImageIndex"

UInt64Array = npt.NDArray[np.uint64]


def distance_score(distance_bits: int, max_distance_bits: int) -> float:
    """Score of a match `distance_bits` apart: 1.0 when identical, falling linearly to exactly
    DEFAULT_ANSWER_THRESHOLD at `max_distance_bits`, so every image hit is answer-worthy."""
    if max_distance_bits == 0:
        return 1.0
    # Written so that distance == max gives exactly the threshold, not a float hair below it.
    closeness = 1.0 - distance_bits / max_distance_bits
    return DEFAULT_ANSWER_THRESHOLD + (1.0 - DEFAULT_ANSWER_THRESHOLD) * closeness


class ImageIndex(Generic[K]):
    """Image fingerprints by key (any hashable); search finds the keys of near-identical images."""

    def __init__(self, max_distance_bits: int = DEFAULT_MAX_DISTANCE_BITS) -> None:
        if not 0 <= max_distance_bits <= MAX_DISTANCE_BITS:
            raise ValueError(
                f"max_distance_bits must be in [0, {MAX_DISTANCE_BITS}], got {max_distance_bits!r}"
            )
        self.max_distance_bits = max_distance_bits
        self._fingerprints: dict[K, ImageFingerprint] = {}
        self._snapshot: tuple[list[K], UInt64Array, UInt64Array] | None = None

    def add(self, key: K, image_bytes: bytes) -> bool:
        """Fingerprint and index the image under `key`; False (index unchanged) if unusable."""
        try:
            fingerprint = fingerprint_image(image_bytes)
        except ImageError:
            return False
        self.add_fingerprint(key, fingerprint)
        return True

    def add_fingerprint(self, key: K, fingerprint: ImageFingerprint) -> None:
        """Index `fingerprint` under `key`, replacing whatever `key` had."""
        self._fingerprints.pop(key, None)
        self._fingerprints[key] = fingerprint
        self._snapshot = None

    def remove(self, key: K) -> None:
        """Forget `key`; a key that is not indexed is ignored."""
        if self._fingerprints.pop(key, None) is not None:
            self._snapshot = None

    def __len__(self) -> int:
        return len(self._fingerprints)

    def __contains__(self, key: object) -> bool:
        return key in self._fingerprints

    def search(self, image_bytes: bytes, k: int = 5) -> list[Hit[K]]:
        """Up to `k` near-identical images, best first; [] if the image is unusable."""
        try:
            fingerprint = fingerprint_image(image_bytes)
        except ImageError:
            return []
        return self.search_fingerprint(fingerprint, k)

    def search_fingerprint(self, fingerprint: ImageFingerprint, k: int = 5) -> list[Hit[K]]:
        """Up to `k` fingerprints within `max_distance_bits`, nearest first (ties: oldest first)."""
        if k <= 0 or not self._fingerprints:
            return []
        keys, phashes, dhashes = self._arrays()
        distances = np.bitwise_count(phashes ^ np.uint64(fingerprint.phash)).astype(np.int64)
        distances += np.bitwise_count(dhashes ^ np.uint64(fingerprint.dhash))
        within = np.flatnonzero(distances <= self.max_distance_bits)
        nearest = within[np.argsort(distances[within], kind="stable")][:k]
        return [
            Hit(
                keys[position],
                distance_score(int(distances[position]), self.max_distance_bits),
                Signal.IMAGE,
                self._fingerprints[keys[position]].hex(),
            )
            for position in nearest.tolist()
        ]

    def _arrays(self) -> tuple[list[K], UInt64Array, UInt64Array]:
        if self._snapshot is None:
            keys = list(self._fingerprints)
            values = [self._fingerprints[key] for key in keys]
            phashes = np.fromiter((v.phash for v in values), dtype=np.uint64, count=len(values))
            dhashes = np.fromiter((v.dhash for v in values), dtype=np.uint64, count=len(values))
            self._snapshot = (keys, phashes, dhashes)
        return self._snapshot

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the index to `path` as JSON (keys must be int, str, bool, None or tuples)."""
        entries = [
            {"key": encode_key(key), "fingerprint": fingerprint.hex()}
            for key, fingerprint in self._fingerprints.items()
        ]
        payload = {"max_distance_bits": self.max_distance_bits, "entries": entries}
        write_index_file(path, _FILE_KIND, payload)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> ImageIndex[Any]:
        """An index read from a file written by `save`; IndexFileError if it is not one."""
        document = read_index_file(path, _FILE_KIND)
        try:
            index: ImageIndex[Hashable] = ImageIndex(int(document["max_distance_bits"]))
            for entry in document["entries"]:
                fingerprint = ImageFingerprint.from_hex(entry["fingerprint"])
                index.add_fingerprint(decode_key(entry["key"]), fingerprint)
        except (KeyError, TypeError, ValueError) as error:
            raise malformed_index_file(path, error) from error
        return index
