"""Image matching benchmark: true-match rate per transformation, false-match rate among distinct
pictures, and Hamming lookup speed, each next to its baseline measured in the same run.

`run(quick)` returns a markdown section (the `python -m benchmarks` runner puts it into
docs/benchmarks.md) and prints the figures as it goes. Alone:
`python -c 'from benchmarks.images import run; print(run(quick=True))'`.
"""

from __future__ import annotations

import platform
import time

import numpy as np
import numpy.typing as npt

from benchmarks import image_data, image_lookup, image_quality
from matching.image_index import DEFAULT_ANSWER_DISTANCE_BITS, DEFAULT_MAX_DISTANCE_BITS

ANSWER = DEFAULT_ANSWER_DISTANCE_BITS
FOUND = DEFAULT_MAX_DISTANCE_BITS


def _rate(distances: npt.NDArray[np.int64], limit: int) -> str:
    return f"{100 * float(np.mean(distances <= limit)):.1f}%"


def _false_rate(distances: npt.NDArray[np.int64], limit: int) -> str:
    return f"{100 * float(np.mean(distances <= limit)):.3f}%"


def _quality_section(quick: bool) -> list[str]:
    sources, queries, distinct, counts = image_quality.build_set(quick)
    ours = image_quality.measure(image_quality.OURS, sources, queries, distinct)
    base = image_quality.measure(image_quality.BASELINE, sources, queries, distinct)
    real = counts["real photos (scikit-image, scikit-learn)"]
    lines = [
        "### Quality: does a travelled copy find its picture, and only it?",
        "",
        f"{len(sources)} indexed pictures ({real} real photographs from scikit-image and "
        f"scikit-learn, each sent {counts['travels of each real photo per transformation']} "
        f"time(s) per transformation with different random settings, plus "
        f"{counts['generated photos (indexed)']} generated photos). Distinct pictures searched "
        f"besides the other sources' copies: {counts['distinct faces (LFW, scikit-image)']} "
        f"face photos, {counts['other generated photos']} other generated photos, "
        f"{counts['text-only screenshots']} text-only screenshots, "
        f"{counts['chat screenshots of other photos']} chat screenshots of other photos.",
        "",
        f"A copy is *answered* when its distance is at most {ANSWER} bits (score >= 0.8) and "
        f"*found* at most {FOUND} (score >= 0.5, the fact-checkers' possible-match band). Ours "
        "searches every query fingerprint among every index fingerprint; the baseline (v1) "
        "compares one whole-image fingerprint with one.",
        "",
        f"| transformation | ours answered (<= {ANSWER}) | ours found (<= {FOUND}) "
        f"| baseline answered (<= {ANSWER}) | baseline found (<= {FOUND}) "
        "| median distance ours / baseline |",
        "|---|---|---|---|---|---|",
    ]
    for name in image_data.TRANSFORMATIONS:
        mine, theirs = ours.true_distances[name], base.true_distances[name]
        target = " (target)" if name in image_data.TARGETED else ""
        lines.append(
            f"| {name}{target} | {_rate(mine, ANSWER)} | {_rate(mine, FOUND)} "
            f"| {_rate(theirs, ANSWER)} | {_rate(theirs, FOUND)} "
            f"| {np.median(mine):.0f} / {np.median(theirs):.0f} |"
        )
    targeted = np.concatenate([ours.true_distances[name] for name in image_data.TARGETED])
    targeted_base = np.concatenate([base.true_distances[name] for name in image_data.TARGETED])
    lines += [
        f"| **all targeted** | {_rate(targeted, ANSWER)} | {_rate(targeted, FOUND)} "
        f"| {_rate(targeted_base, ANSWER)} | {_rate(targeted_base, FOUND)} "
        f"| {np.median(targeted):.0f} / {np.median(targeted_base):.0f} |",
        "",
        "| false matches among distinct pictures | pairs | <= "
        f"{ANSWER} bits | <= {FOUND} bits | closest distinct pair (bits) |",
        "|---|---|---|---|---|",
    ]
    for result in (ours, base):
        false = result.false_distances
        lines.append(
            f"| {result.method} | {len(false):,} | {_false_rate(false, ANSWER)} "
            f"| {_false_rate(false, FOUND)} | {int(false.min())} |"
        )
    lines += [
        "",
        "| cost | fingerprints stored per picture | index ms per picture | query ms per picture |",
        "|---|---|---|---|",
    ]
    for result in (ours, base):
        lines.append(
            f"| {result.method} | {result.index_fingerprints_per_picture:.1f} "
            f"| {result.index_ms_per_picture:.1f} | {result.query_ms_per_picture:.1f} |"
        )
    if real == 0:
        lines += ["", "**scikit-image and scikit-learn are not installed: generated photos only.**"]
    return lines


def _lookup_section(quick: bool) -> list[str]:
    sizes = (1_000_000,) if quick else (1_000_000, 10_000_000)
    lines = [
        "### Lookup: multi-index hashing next to an exhaustive numpy scan",
        "",
        "Uniformly random 128-bit codes; queries are half near-copies of stored codes, half "
        "unrelated; the index and the scan return the same rows (checked on every timed scan).",
        "",
        "| codes | radius (bits) | index p50 | index p99 | scan p50 | scan p99 "
        "| p50 speed-up | build | index memory |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for count in sizes:
        results = image_lookup.measure(
            count, (ANSWER, FOUND), queries=300 if quick else 1000, scan_queries=20
        )
        for result in results:
            lines.append(
                f"| {count:,} | {result.radius_bits} | {result.mih_p50_ms:.3f} ms "
                f"| {result.mih_p99_ms:.3f} ms | {result.scan_p50_ms:.1f} ms "
                f"| {result.scan_p99_ms:.1f} ms | {result.scan_p50_ms / result.mih_p50_ms:.0f}x "
                f"| {result.build_s:.1f} s | {result.index_mb:,.0f} MB |"
            )
            print(lines[-1], flush=True)
    return lines


def run(quick: bool) -> str:
    """The images section of docs/benchmarks.md, as markdown; also printed."""
    started = time.perf_counter()
    lines = [
        "## Images",
        "",
        f"Python {platform.python_version()}, numpy {np.__version__}, "
        f"{'quick' if quick else 'full'} run.",
        "",
    ]
    quality = _quality_section(quick)
    print("\n".join(quality), flush=True)
    lines += [*quality, "", *_lookup_section(quick)]
    lines += ["", f"(images section: {time.perf_counter() - started:.0f} s)"]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    import sys

    print(run(quick="--quick" in sys.argv))
