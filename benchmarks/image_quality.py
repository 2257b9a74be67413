"""How often a travelled copy of a picture finds its fact-check, and how often a distinct picture
finds the wrong one: ours (regions + variants) next to the v1 baseline (one whole-image hash).

A true match: some query fingerprint of the copy is within the distance of some index
fingerprint of its original. A false match: the same, between pictures of different sources.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from PIL import Image

from benchmarks import image_data, image_travels
from matching.errors import ImageError
from matching.image_fingerprint import ImageFingerprint, fingerprint_picture
from matching.image_regions import content_boxes, is_text_layout
from matching.image_variants import (
    MAX_REGION_ASPECT,
    MIN_REGION_SHARE,
    MIN_REGION_SIDE_PX,
    crop_boxes,
    picture_index_fingerprints,
    picture_query_fingerprints,
)

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


def _previous_regions(picture: Image.Image) -> list[Image.Image]:
    area = picture.width * picture.height
    boxes = [
        box
        for box in content_boxes(picture)
        if box.width * box.height >= MIN_REGION_SHARE * area
        and min(box.width, box.height) >= MIN_REGION_SIDE_PX
        and max(box.width, box.height) <= MAX_REGION_ASPECT * min(box.width, box.height)
    ]
    regions = [picture, *(picture.crop(box) for box in boxes)]
    return [region for region in regions if not is_text_layout(region)]


def _fingerprints(pictures: list[Image.Image]) -> list[ImageFingerprint]:
    found: dict[ImageFingerprint, None] = {}
    for picture in pictures:
        with contextlib.suppress(ImageError):
            found.setdefault(fingerprint_picture(picture))
    return list(found)


def _previous_query(picture: Image.Image) -> list[ImageFingerprint]:
    return _fingerprints(_previous_regions(picture))


def _previous_index(picture: Image.Image) -> list[ImageFingerprint]:
    """The engine before issue 8: regions, mirror and the 95%/90% crop grid only."""
    regions = _previous_regions(picture)
    variants = list(regions)
    for region in regions[:1] if len(regions) <= 1 else (regions[0], regions[-1]):
        variants.append(region.transpose(Image.Transpose.FLIP_LEFT_RIGHT))
        variants.extend(region.crop(box) for box in crop_boxes(region.width, region.height))
    return _fingerprints(variants)


OURS = Method(
    "ours: regions, bands, rotations, collages + variants",
    picture_index_fingerprints,
    picture_query_fingerprints,
)
PREVIOUS = Method("previous engine (before issue 8)", _previous_index, _previous_query)
BASELINE = Method("v1 baseline: whole-image hash", _whole, _whole)


def safe(fingerprints: Fingerprints, picture: Image.Image) -> list[ImageFingerprint]:
    """`fingerprints(picture)`, or [] when the picture cannot be fingerprinted (a miss)."""
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
    # The same, for pairs of two real photographs (a copy of one, or a face, against another).
    false_real_distances: npt.NDArray[np.int64]


# Per transformation: (numbers of the sources in the copy, copy). A collage holds several.
Copies = dict[str, list[tuple[tuple[int, ...], Image.Image]]]
COLLAGE = "collage of 2-4 pictures (each part)"


def measure(
    method: Method,
    sources: list[Image.Image],
    queries: Copies,
    distinct: list[Image.Image],
    real: tuple[int, int],
) -> QualityResult:
    """Distances of true pairs (each copy to each of its sources) and false pairs (to every
    other source). `distinct` pictures have no source. Sources numbered below `real[0]` are
    real photographs, and so are the first `real[1]` distinct pictures."""
    real_sources, real_distinct = real
    started = time.perf_counter()
    indexed = [safe(method.index, picture) for picture in sources]
    index_ms = (time.perf_counter() - started) * 1000 / len(sources)
    stored = Stored(indexed)
    true_distances: dict[str, npt.NDArray[np.int64]] = {}
    false_parts: list[npt.NDArray[np.int64]] = []
    real_parts: list[npt.NDArray[np.int64]] = []
    query_seconds, query_count = 0.0, 0
    for name, copies in queries.items():
        found: list[int] = []
        for owners, copy in copies:
            started = time.perf_counter()
            fingerprints = safe(method.query, copy)
            query_seconds += time.perf_counter() - started
            query_count += 1
            nearest = stored.nearest(fingerprints)
            found.extend(int(nearest[source]) for source in owners)
            false_parts.append(np.delete(nearest, list(owners)))
            if len(owners) == 1 and owners[0] < real_sources:
                real_parts.append(np.delete(nearest[:real_sources], owners[0]))
        true_distances[name] = np.array(found, dtype=np.int64)
    for number, picture in enumerate(distinct):
        nearest = stored.nearest(safe(method.query, picture))
        false_parts.append(nearest)
        if number < real_distinct:
            real_parts.append(nearest[:real_sources])
    return QualityResult(
        method=method.name,
        sources=len(sources),
        index_fingerprints_per_picture=float(np.mean([len(fps) for fps in indexed])),
        index_ms_per_picture=index_ms,
        query_ms_per_picture=query_seconds * 1000 / max(1, query_count),
        true_distances=true_distances,
        false_distances=np.concatenate(false_parts),
        false_real_distances=np.concatenate(real_parts),
    )


def split_real_photos(tuning: bool) -> list[Image.Image]:
    """Half of the real photos, by name within each group: the tuning half or the reported
    half (never both)."""
    half: list[Image.Image] = []
    for photos in image_data.real_photo_groups():
        names = sorted(photos)
        half += [photos[name] for number, name in enumerate(names) if (number % 2 == 0) == tuning]
    return half


def build_set(
    quick: bool, tuning: bool = False
) -> tuple[list[Image.Image], Copies, list[Image.Image], dict[str, int]]:
    """(sources, copies per transformation, distinct pictures, counts by origin).

    The tuning set and the reported set share no real photo, no generated photo, no random
    draw and no meme style (fonts, band colours, words): see `image_travels`.
    """
    seed = 20241012 if not tuning else 777
    style = image_travels.REPORTED if not tuning else image_travels.TUNING
    generated_base = 0 if not tuning else 50_000
    rng = np.random.default_rng(seed)
    real = split_real_photos(tuning)
    generated_count = 20 if quick else 40
    # Each real photo travels several times, differently: 6 times make one miss 0.8% of a row
    # (3 made it 1.2%), at about 1.5 times the run time.
    repeats = 1 if quick else 6
    sources = real + [
        image_data.generated_photo(generated_base + n) for n in range(generated_count)
    ]
    travels = [n for n in range(len(real)) for _ in range(repeats)]
    travels += list(range(len(real), len(sources)))
    queries: Copies = {
        name: [((n,), transform(sources[n], rng)) for n in travels]
        for name, transform in image_data.TRANSFORMATIONS.items()
    }
    for name, travel in image_travels.TRAVELS.items():
        queries[name] = [((n,), travel(sources[n], rng, style)) for n in travels]
    collages = []
    for n in travels:
        others = [int(o) for o in rng.choice(len(sources), int(rng.integers(1, 4)), replace=False)]
        owners = (n, *[o for o in others if o != n])
        collages.append((owners, image_travels.collage([sources[o] for o in owners], rng, style)))
    queries[COLLAGE] = collages
    faces = image_data.faces()
    faces = faces[: len(faces) // 2] if tuning else faces[len(faces) // 2 :]
    faces = faces[: 40 if quick else 100]
    texts = [image_data.text_screenshot(rng) for _ in range(10 if quick else 20)]
    unrelated = [
        image_data.generated_photo(generated_base + 10_000 + n) for n in range(20 if quick else 60)
    ]
    chats = [
        image_data.chat_screenshot(image_data.generated_photo(generated_base + 20_000 + n), rng)
        for n in range(10 if quick else 20)
    ]
    distinct = faces + texts + unrelated + chats
    counts = {
        "real photos": len(real),
        "travels of each real photo per transformation": repeats,
        "generated photos (indexed)": generated_count,
        "distinct faces (LFW, scikit-image)": len(faces),
        "text-only screenshots": len(texts),
        "other generated photos": len(unrelated),
        "chat screenshots of other photos": len(chats),
    }
    return sources, queries, distinct, counts
