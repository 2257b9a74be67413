"""An in-memory index of image fingerprints by key: which keys have a picture like this one?

A key (a fact-check id, say) has many fingerprints: the variants of each of its images (see
`image_variants`). Lookups go through `HammingIndex` (exact multi-index hashing), so a search
among millions of fingerprints reads a few thousand of them. Only fingerprints within
`max_distance_bits` are returned, one hit per key, with a calibrated score:

- distance 0 scores 1.0, falling to exactly DEFAULT_ANSWER_THRESHOLD at `answer_distance_bits`:
  the same picture, safe to answer with;
- beyond that, down to exactly DEFAULT_SUGGEST_THRESHOLD at `max_distance_bits`: a possible
  match, for a fact-checker to confirm.

Files are a numpy .npz archive read with allow_pickle=False (codes as uint64, keys as tagged JSON):
loading one never runs code, and anything else raises IndexFileError.
"""

from __future__ import annotations

import io
import json
import os
import zipfile
from collections.abc import Hashable, KeysView, Sequence
from typing import Any, Generic

import numpy as np

from matching.errors import ImageError, IndexFileError
from matching.hamming_index import HammingIndex
from matching.hamming_scan import CODE_BITS
from matching.hits import Hit, K, Signal
from matching.image_fingerprint import ImageFingerprint
from matching.image_variants import index_fingerprints, query_fingerprints
from matching.index_file import decode_key, encode_key
from matching.thresholds import DEFAULT_ANSWER_THRESHOLD, DEFAULT_SUGGEST_THRESHOLD

# Combined pHash+dHash distance (0-128 bits), measured by `benchmarks/images.py` on real photos
# from scikit-image and scikit-learn plus generated photos, memes and chat screenshots, searching
# with query_fingerprints among index_fingerprints: no two distinct images came closer than 28
# bits, while recompressed, resized, bordered, captioned, mirrored and colour-changed copies
# stayed within 10 bits and 10% crops (against the index-side crop grid) within 15.
# Answer: at most 12 bits, less than half the closest distinct pair. Possible match: up to 15,
# which is also where multi-index hashing stops being a handful of probes per chunk (16 bits
# would probe 137 values in one chunk instead of 17).
DEFAULT_ANSWER_DISTANCE_BITS = 12
DEFAULT_MAX_DISTANCE_BITS = 15

_FILE_KIND = "tipline.matching.ImageIndex"
_FILE_VERSION = 2
# Rebuild when removed rows outnumber live ones (and there are this many): a key replaced over
# and over must not grow the index without bound.
_MIN_ROWS_TO_COMPACT = 1024


def distance_score(distance_bits: int, answer_distance_bits: int, max_distance_bits: int) -> float:
    """Score of a match `distance_bits` apart (see the module docstring); 0.0 past the maximum."""
    if distance_bits > max_distance_bits:
        return 0.0
    # Written so that the limits give exactly the thresholds, not a float hair below them.
    if distance_bits <= answer_distance_bits:
        if answer_distance_bits == 0:
            return 1.0
        closeness = 1.0 - distance_bits / answer_distance_bits
        return DEFAULT_ANSWER_THRESHOLD + (1.0 - DEFAULT_ANSWER_THRESHOLD) * closeness
    band = (max_distance_bits - distance_bits) / (max_distance_bits - answer_distance_bits)
    return DEFAULT_SUGGEST_THRESHOLD + (DEFAULT_ANSWER_THRESHOLD - DEFAULT_SUGGEST_THRESHOLD) * band


def _code(fingerprint: ImageFingerprint) -> tuple[int, int]:
    return fingerprint.phash, fingerprint.dhash


class ImageIndex(Generic[K]):
    """Image fingerprints by key (any hashable); search finds the keys of near-identical images.

    A key collects every fingerprint added under it (the variants of one image, more images);
    `remove` forgets them all.
    """

    def __init__(
        self,
        max_distance_bits: int = DEFAULT_MAX_DISTANCE_BITS,
        answer_distance_bits: int | None = None,
    ) -> None:
        if not 0 <= max_distance_bits <= CODE_BITS:
            raise ValueError(
                f"max_distance_bits must be in [0, {CODE_BITS}], got {max_distance_bits!r}"
            )
        if answer_distance_bits is None:
            answer_distance_bits = min(DEFAULT_ANSWER_DISTANCE_BITS, max_distance_bits)
        if not 0 <= answer_distance_bits <= max_distance_bits:
            raise ValueError(
                f"answer_distance_bits must be in [0, max_distance_bits={max_distance_bits}], "
                f"got {answer_distance_bits!r}"
            )
        self.max_distance_bits = max_distance_bits
        self.answer_distance_bits = answer_distance_bits
        self._hamming = HammingIndex(max_distance_bits)
        self._row_keys: list[K | None] = []
        self._key_rows: dict[K, dict[tuple[int, int], int]] = {}

    def add(self, key: K, image_bytes: bytes) -> bool:
        """Index the image's `index_fingerprints` under `key`; False (index unchanged) if the
        image cannot be used (not an image, too large, animated, near-blank or only text)."""
        try:
            fingerprints = index_fingerprints(image_bytes)
        except ImageError:
            return False
        for fingerprint in fingerprints:
            self.add_fingerprint(key, fingerprint)
        return True

    def add_fingerprint(self, key: K, fingerprint: ImageFingerprint) -> None:
        """Also find `key` by pictures like `fingerprint`; the same one twice is kept once."""
        rows = self._key_rows.setdefault(key, {})
        code = _code(fingerprint)
        if code not in rows:
            rows[code] = self._hamming.add(code)
            self._row_keys.append(key)

    def remove(self, key: K) -> None:
        """Forget every fingerprint of `key`; a key that is not indexed is ignored."""
        for row in self._key_rows.pop(key, {}).values():
            self._hamming.remove(row)
            self._row_keys[row] = None
        removed = self._hamming.row_count - len(self._hamming)
        if removed > max(len(self._hamming), _MIN_ROWS_TO_COMPACT):
            self._compact()

    def __len__(self) -> int:
        """How many keys."""
        return len(self._key_rows)

    def __contains__(self, key: object) -> bool:
        return key in self._key_rows

    def keys(self) -> KeysView[K]:
        """The indexed keys."""
        return self._key_rows.keys()

    @property
    def fingerprint_count(self) -> int:
        """How many fingerprints, over all keys."""
        return len(self._hamming)

    def fingerprints(self, key: K) -> list[ImageFingerprint]:
        """The fingerprints of `key`, in the order they were added ([] for an unknown key)."""
        return [ImageFingerprint(*code) for code in self._key_rows.get(key, {})]

    def search(self, image_bytes: bytes, k: int = 5) -> list[Hit[K]]:
        """Up to `k` keys with a picture like the one in `image_bytes` (searched with its
        `query_fingerprints`), best first; [] if the image is unusable."""
        try:
            fingerprints = query_fingerprints(image_bytes)
        except ImageError:
            return []
        return self.search_fingerprints(fingerprints, k)

    def search_fingerprint(self, fingerprint: ImageFingerprint, k: int = 5) -> list[Hit[K]]:
        """Up to `k` keys with a fingerprint within `max_distance_bits`, nearest first."""
        return self.search_fingerprints([fingerprint], k)

    def search_fingerprints(
        self, fingerprints: Sequence[ImageFingerprint], k: int = 5
    ) -> list[Hit[K]]:
        """Up to `k` keys, each by its fingerprint nearest to any of `fingerprints`, nearest
        first; ties go to the fingerprint indexed first."""
        if k <= 0 or not self._key_rows:
            return []
        best: dict[K, tuple[int, int]] = {}
        for fingerprint in fingerprints:
            rows, distances = self._hamming.search(_code(fingerprint))
            for row, distance in zip(rows.tolist(), distances.tolist(), strict=True):
                key = self._row_keys[row]
                if key is not None and (key not in best or (distance, row) < best[key]):
                    best[key] = (distance, row)
        ranked = sorted(best.items(), key=lambda item: item[1])[:k]
        return [
            Hit(
                key,
                distance_score(distance, self.answer_distance_bits, self.max_distance_bits),
                Signal.IMAGE,
                ImageFingerprint(*self._hamming.code(row)).hex(),
            )
            for key, (distance, row) in ranked
        ]

    def _compact(self) -> None:
        """Renumber the live rows from 0, in the same order, dropping removed ones."""
        live = self._hamming.live_rows().tolist()
        keys = [self._row_keys[row] for row in live]
        codes = [self._hamming.code(row) for row in live]
        self._hamming = HammingIndex(self.max_distance_bits)
        self._row_keys = []
        self._key_rows = {}
        for key, code in zip(keys, codes, strict=True):
            if key is not None:
                self.add_fingerprint(key, ImageFingerprint(*code))

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the index to `path` (keys must be int, str, bool, None or tuples of them)."""
        keys = list(self._key_rows)
        key_numbers = {key: number for number, key in enumerate(keys)}
        live = self._hamming.live_rows().tolist()
        codes = np.array([self._hamming.code(row) for row in live], dtype=np.uint64)
        owners = np.array([key_numbers[self._row_keys[row]] for row in live], dtype=np.int64)
        header = {
            "format": _FILE_KIND,
            "version": _FILE_VERSION,
            "max_distance_bits": self.max_distance_bits,
            "answer_distance_bits": self.answer_distance_bits,
            "keys": [encode_key(key) for key in keys],
        }
        encoded = np.frombuffer(json.dumps(header, ensure_ascii=False).encode(), dtype=np.uint8)
        target = os.fspath(path)
        temporary = f"{target}.tmp"
        with open(temporary, "wb") as file:
            np.savez_compressed(
                file, header=encoded, codes=codes.reshape(-1, 2), owners=owners.reshape(-1)
            )
        os.replace(temporary, target)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> ImageIndex[Any]:
        """An index read from a file written by `save`; IndexFileError if it is not one."""
        target = os.fspath(path)
        try:
            with open(target, "rb") as file:
                data = file.read()
            with np.load(io.BytesIO(data), allow_pickle=False) as archive:
                header = json.loads(archive["header"].tobytes().decode())
                codes = np.asarray(archive["codes"])
                owners = np.asarray(archive["owners"])
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as error:
            raise IndexFileError(target, f"not a {_FILE_KIND} file: {error}") from error
        if not isinstance(header, dict) or header.get("format") != _FILE_KIND:
            raise IndexFileError(target, f"not a {_FILE_KIND} file")
        if header.get("version") != _FILE_VERSION:
            raise IndexFileError(target, f"unsupported version {header.get('version')!r}")
        try:
            keys = [decode_key(value) for value in header["keys"]]
            index: ImageIndex[Hashable] = ImageIndex(
                int(header["max_distance_bits"]), int(header["answer_distance_bits"])
            )
            if codes.dtype != np.uint64 or codes.ndim != 2 or codes.shape[1] != 2:
                raise ValueError(f"codes must be n x 2 uint64, got {codes.dtype} {codes.shape}")
            if owners.shape != (len(codes),) or not np.issubdtype(owners.dtype, np.integer):
                raise ValueError(f"owners must be {len(codes)} integers, got {owners.shape}")
            for (first, second), owner in zip(codes.tolist(), owners.tolist(), strict=True):
                if not 0 <= owner < len(keys):
                    raise ValueError(f"key number {owner} out of range")
                index.add_fingerprint(keys[owner], ImageFingerprint(first, second))
        except (KeyError, TypeError, ValueError) as error:
            raise IndexFileError(target, f"malformed entry: {error!r}") from error
        return index
