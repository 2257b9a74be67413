"""The tuning set's misses, one by one: which copy of which picture was not answered, how far it
was, and the copy itself to look at. Only the tuning set: the reported set is never looked into.

    python -m benchmarks.image_misses [--repeats 6] [--only band,rotation] [--save DIR]

Each real tuning photo travels `--repeats` times per travel (each generated photo a third as
often), with the tuning style; a miss is a copy farther than the answer distance from its own
picture. A copy closer than the possible-match distance to another picture is printed as FALSE.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from benchmarks import image_data, image_quality, image_travels
from benchmarks.image_data import Rng, Transformation
from benchmarks.image_travels import Style, Travel
from matching.image_index import DEFAULT_ANSWER_DISTANCE_BITS, DEFAULT_MAX_DISTANCE_BITS
from matching.image_variants import picture_index_fingerprints, picture_query_fingerprints

GENERATED = 40


@dataclass(frozen=True)
class Miss:
    travel: str
    source: str
    attempt: int
    distance: int
    copy: Image.Image


def tuning_sources() -> list[tuple[str, Image.Image]]:
    """The tuning half of the real photos, by name, then the tuning set's generated photos."""
    named: list[tuple[str, Image.Image]] = []
    for photos in image_data.real_photo_groups():
        names = sorted(photos)
        named += [(name, photos[name]) for number, name in enumerate(names) if number % 2 == 0]
    named += [(f"generated {n}", image_data.generated_photo(50_000 + n)) for n in range(GENERATED)]
    return named


def _travel(transformation: Transformation) -> Travel:
    def travelled(picture: Image.Image, rng: Rng, style: Style) -> Image.Image:
        return transformation(picture, rng)

    return travelled


def all_travels() -> dict[str, Travel]:
    """The benchmark's transformations (recompression, borders, crops...) and its travels."""
    travels = {name: _travel(step) for name, step in image_data.TRANSFORMATIONS.items()}
    return travels | image_travels.TRAVELS


def find_misses(repeats: int, only: list[str]) -> list[Miss]:
    """Send every tuning source through every travel (those whose name holds one of `only`, if
    given), print the rates per travel, and return the misses."""
    rng = np.random.default_rng(4242)
    sources = tuning_sources()
    real = len(sources) - GENERATED
    indexed = [image_quality.safe(picture_index_fingerprints, picture) for _, picture in sources]
    stored = image_quality.Stored(indexed)
    misses: list[Miss] = []
    seconds, count = 0.0, 0
    for travel_name, travel in all_travels().items():
        if only and not any(word in travel_name for word in only):
            continue
        distances = []
        for number, (name, picture) in enumerate(sources):
            for attempt in range(repeats if number < real else max(1, repeats // 3)):
                copy = travel(picture, rng, image_travels.TUNING)
                started = time.perf_counter()
                fingerprints = image_quality.safe(picture_query_fingerprints, copy)
                seconds += time.perf_counter() - started
                count += 1
                nearest = stored.nearest(fingerprints)
                distance = int(nearest[number])
                distances.append(distance)
                if distance > DEFAULT_ANSWER_DISTANCE_BITS:
                    misses.append(Miss(travel_name, name, attempt, distance, copy))
                closest_other = int(np.delete(nearest, number).min())
                if closest_other <= DEFAULT_MAX_DISTANCE_BITS:
                    print(f"FALSE {travel_name} {name} #{attempt}: {closest_other} bits")
        found = np.array(distances)
        print(
            f"{travel_name}: {len(found)} copies, "
            f"answered {np.mean(found <= DEFAULT_ANSWER_DISTANCE_BITS):.1%}, "
            f"found {np.mean(found <= DEFAULT_MAX_DISTANCE_BITS):.1%}",
            flush=True,
        )
    print(f"query {1000 * seconds / max(1, count):.0f} ms a copy")
    return misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=6)
    parser.add_argument("--only", default="", help="comma-separated words of travel names")
    parser.add_argument("--save", type=Path, help="folder to write each missed copy to (PNG)")
    arguments = parser.parse_args()
    only = [word for word in arguments.only.split(",") if word]
    misses = find_misses(arguments.repeats, only)
    if arguments.save:
        arguments.save.mkdir(parents=True, exist_ok=True)
    for number, miss in enumerate(misses):
        print(f"MISS {number}: {miss.travel} | {miss.source} #{miss.attempt}: {miss.distance} bits")
        if arguments.save:
            miss.copy.save(arguments.save / f"miss{number}.png")


if __name__ == "__main__":
    main()
