"""How often a travelled copy of a picture finds its fact-check, and how often a distinct picture
finds the wrong one: ours (regions + variants) next to the v1 baseline (one whole-image hash).

A true match: some query fingerprint of the copy is within the distance of some index
fingerprint of its original. A false match: the same, between pictures of different sources.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from PIL import Image

from benchmarks import image_data
from matching.errors import ImageError
from matching.image_fingerprint import ImageFingerprint, fingerprint_picture
from matching.image_variants import picture_index_fingerprints, picture_query_fingerprints

Fingerprints = Callable[[Image.Image], list[ImageFingerprint]]
NO_MATCH = 999


@dataclass(frozen=True)
class Method:
    """A way to fingerprint: what is stored for a fact-check image, what is searched for a tip."""

    name: str
    index: Fingerprints
    query: Fingerprints


def _whole(picture: Image.Image) -> list[ImageFingerprint]:
    return [fingerprint_picture(picture)]


OURS = Method("ours: regions + variants", picture_index_fingerprints, picture_query_fingerprints)
BASELINE = Method("v1 baseline: whole-image hash", _whole, _whole)


def _safe(fingerprints: Fingerprints, picture: Image.Image) -> list[ImageFingerprint]:
    try:
        return fingerprints(picture)
    except ImageError:
        return []


class Stored:
    """Index fingerprints of many pictures, as arrays, for vectorised nearest distances."""

    def __init__(self, per_picture: Sequence[list[ImageFingerprint]]) -> None:
        self.count = len(per_picture)
        owners = [number for number, fps in enumerate(per_picture) for _ in fps]
        self.owners = np.array(owners, dtype=np.int64)
        flat = [fp for fps in per_picture for fp in fps]
        self.phash = np.array([fp.phash for fp in flat], dtype=np.uint64)
        self.dhash = np.array([fp.dhash for fp in flat], dtype=np.uint64)

    def nearest(self, queries: list[ImageFingerprint]) -> npt.NDArray[np.int64]:
        """For each stored picture, the smallest distance to any of `queries` (NO_MATCH: none)."""
        best = np.full(self.count, NO_MATCH, dtype=np.int64)
        for query in queries:
            distance = np.bitwise_count(self.phash ^ np.uint64(query.phash)).astype(np.int64)
            distance += np.bitwise_count(self.dhash ^ np.uint64(query.dhash))
            np.minimum.at(best, self.owners, distance)
        return best


@dataclass(frozen=True)
class QualityResult:
    method: str
    sources: int
    index_fingerprints_per_picture: float
    index_ms_per_picture: float
    query_ms_per_picture: float
    true_distances: dict[str, npt.NDArray[np.int64]]  # per transformation, per copy
    false_distances: npt.NDArray[np.int64]  # per (query picture, other source) pair


Copies = dict[str, list[tuple[int, Image.Image]]]


def measure(
    method: Method, sources: list[Image.Image], queries: Copies, distinct: list[Image.Image]
) -> QualityResult:
    """Distances of true pairs (each copy to its source) and false pairs (to every other source).

    `queries[name]` holds (source number, copy) pairs; `distinct` pictures have no source.
    """
    started = time.perf_counter()
    indexed = [_safe(method.index, picture) for picture in sources]
    index_ms = (time.perf_counter() - started) * 1000 / len(sources)
    stored = Stored(indexed)
    true_distances: dict[str, npt.NDArray[np.int64]] = {}
    false_parts: list[npt.NDArray[np.int64]] = []
    query_seconds, query_count = 0.0, 0
    for name, copies in queries.items():
        found = np.empty(len(copies), dtype=np.int64)
        for number, (source, copy) in enumerate(copies):
            started = time.perf_counter()
            fingerprints = _safe(method.query, copy)
            query_seconds += time.perf_counter() - started
            query_count += 1
            nearest = stored.nearest(fingerprints)
            found[number] = nearest[source]
            false_parts.append(np.delete(nearest, source))
        true_distances[name] = found
    for picture in distinct:
        false_parts.append(stored.nearest(_safe(method.query, picture)))
    return QualityResult(
        method=method.name,
        sources=len(sources),
        index_fingerprints_per_picture=float(np.mean([len(fps) for fps in indexed])),
        index_ms_per_picture=index_ms,
        query_ms_per_picture=query_seconds * 1000 / max(1, query_count),
        true_distances=true_distances,
        false_distances=np.concatenate(false_parts),
    )


def build_set(
    quick: bool, seed: int = 20241012
) -> tuple[list[Image.Image], Copies, list[Image.Image], dict[str, int]]:
    """(sources, copies per transformation, distinct pictures, counts by origin)."""
    rng = np.random.default_rng(seed)
    real = list(image_data.real_photos().values())
    generated_count = 30 if quick else 100
    repeats = 1 if quick else 3  # each real photo travels several times, differently
    sources = real + [image_data.generated_photo(n) for n in range(generated_count)]
    travels = [n for n in range(len(real)) for _ in range(repeats)]
    travels += list(range(len(real), len(sources)))
    queries = {
        name: [(n, transform(sources[n], rng)) for n in travels]
        for name, transform in image_data.TRANSFORMATIONS.items()
    }
    faces = image_data.faces()[: 60 if quick else 200]
    texts = [image_data.text_screenshot(rng) for _ in range(10 if quick else 40)]
    others = [image_data.generated_photo(10_000 + n) for n in range(30 if quick else 150)]
    chats = [
        image_data.chat_screenshot(image_data.generated_photo(20_000 + n), rng)
        for n in range(10 if quick else 40)
    ]
    distinct = faces + texts + others + chats
    counts = {
        "real photos (scikit-image, scikit-learn)": len(real),
        "travels of each real photo per transformation": repeats,
        "generated photos (indexed)": generated_count,
        "distinct faces (LFW, scikit-image)": len(faces),
        "text-only screenshots": len(texts),
        "other generated photos": len(others),
        "chat screenshots of other photos": len(chats),
    }
    return sources, queries, distinct, counts
