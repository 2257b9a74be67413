"""Image matching benchmark: true-match rate per transformation, false-match rate among distinct
pictures, and Hamming lookup speed, each next to its baseline measured in the same run.

`run(quick)` returns a markdown section (the `python -m benchmarks` runner puts it into
docs/benchmarks.md) and prints the figures as it goes. Alone:
`python -c 'from benchmarks.images import run; print(run(quick=True))'`.
"""

from __future__ import annotations

import os
import platform
import time

import numpy as np
import numpy.typing as npt

from benchmarks import image_data, image_lookup, image_quality, image_travels
from matching.image_index import DEFAULT_ANSWER_DISTANCE_BITS, DEFAULT_MAX_DISTANCE_BITS

ANSWER = DEFAULT_ANSWER_DISTANCE_BITS
FOUND = DEFAULT_MAX_DISTANCE_BITS


def _rate(distances: npt.NDArray[np.int64], limit: int) -> str:
    return f"{100 * float(np.mean(distances <= limit)):.1f}%"


def _false_rate(distances: npt.NDArray[np.int64], limit: int) -> str:
    return f"{100 * float(np.mean(distances <= limit)):.3f}%"


def _targeted() -> tuple[str, ...]:
    return image_data.TARGETED + image_travels.TARGETED_TRAVELS


def _quality_section(quick: bool, tuning: bool = False) -> list[str]:
    sources, queries, distinct, counts = image_quality.build_set(quick, tuning)
    real = counts["real photos"]
    real_faces = counts["distinct faces (LFW, scikit-image)"]
    methods = (image_quality.OURS, image_quality.PREVIOUS, image_quality.BASELINE)
    results = []
    for method in methods:
        started = time.perf_counter()
        results.append(
            image_quality.measure(method, sources, queries, distinct, (real, real_faces))
        )
        print(f"  {method.name}: {time.perf_counter() - started:.0f} s", flush=True)
    which = "TUNING set (not reported)" if tuning else "reported set (held out from tuning)"
    lines = [
        f"### Quality: does a travelled copy find its picture, and only it? ({which})",
        "",
        f"{len(sources)} indexed pictures: {real} real photographs (half of those shipped in "
        "scikit-image, scikit-learn, matplotlib, PyWavelets, mahotas and Kivy's examples; the "
        "other half is the tuning set), each sent "
        f"{counts['travels of each real photo per transformation']} "
        f"time(s) per transformation with different random settings, plus "
        f"{counts['generated photos (indexed)']} generated photos. Meme styles (fonts, band "
        "colours, words) differ from the tuning set's; in both, caption bands are drawn in varied "
        "styles (centred or left-aligned captions, outlined letters, a thin rule above the photo, "
        "a logo, an app's resize and harsher JPEG). Distinct pictures searched besides the "
        f"other sources' copies: {real_faces} real face photos, "
        f"{counts['other generated photos']} other generated photos, "
        f"{counts['text-only screenshots']} text-only screenshots, "
        f"{counts['chat screenshots of other photos']} chat screenshots of other photos.",
        "",
        f"A copy is *answered* when its distance is at most {ANSWER} bits (score >= 0.8) and "
        f"*found* at most {FOUND} (score >= 0.5, the fact-checkers' possible-match band). A "
        "collage counts once per picture in it. Ours and the previous engine search every query "
        "fingerprint among every index fingerprint; the v1 baseline compares one whole-image "
        "fingerprint with one.",
        "",
        "| transformation | ours answered | ours found | previous answered | previous found "
        "| v1 answered | v1 found | median bits ours / previous / v1 |",
        "|---|---|---|---|---|---|---|---|",
    ]
    names = list(queries)
    for name in names:
        mine, old, theirs = (r.true_distances[name] for r in results)
        target = " (target)" if name in _targeted() else ""
        lines.append(
            f"| {name}{target} | {_rate(mine, ANSWER)} | {_rate(mine, FOUND)} "
            f"| {_rate(old, ANSWER)} | {_rate(old, FOUND)} "
            f"| {_rate(theirs, ANSWER)} | {_rate(theirs, FOUND)} "
            f"| {np.median(mine):.0f} / {np.median(old):.0f} / {np.median(theirs):.0f} |"
        )
    joined = [np.concatenate([r.true_distances[n] for n in _targeted()]) for r in results]
    lines += [
        f"| **all targeted** | {_rate(joined[0], ANSWER)} | {_rate(joined[0], FOUND)} "
        f"| {_rate(joined[1], ANSWER)} | {_rate(joined[1], FOUND)} "
        f"| {_rate(joined[2], ANSWER)} | {_rate(joined[2], FOUND)} "
        f"| {np.median(joined[0]):.0f} / {np.median(joined[1]):.0f} / "
        f"{np.median(joined[2]):.0f} |",
        "",
        f"| false matches among distinct pictures | pairs | <= {ANSWER} bits | <= {FOUND} bits "
        "| closest pair | real-photo pairs | real <= "
        f"{FOUND} bits | closest real pair |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for result in results:
        false, real_false = result.false_distances, result.false_real_distances
        lines.append(
            f"| {result.method} | {len(false):,} | {_false_rate(false, ANSWER)} "
            f"| {_false_rate(false, FOUND)} | {int(false.min())} | {len(real_false):,} "
            f"| {_false_rate(real_false, FOUND)} | {int(real_false.min())} |"
        )
    lines += [
        "",
        "| cost | fingerprints stored per picture | bytes stored per picture (hex) "
        "| index ms per picture | query ms per picture |",
        "|---|---|---|---|---|",
    ]
    for result in results:
        lines.append(
            f"| {result.method} | {result.index_fingerprints_per_picture:.1f} "
            f"| {32 * result.index_fingerprints_per_picture:,.0f} "
            f"| {result.index_ms_per_picture:.1f} | {result.query_ms_per_picture:.1f} |"
        )
    if real == 0:
        lines += ["", "**No package with real photographs is installed: generated photos only.**"]
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


def run(quick: bool, tuning: bool = False) -> str:
    """The images section of docs/benchmarks.md, as markdown; also printed. `tuning` measures
    the tuning set instead (to fit parameters on; never the one reported)."""
    started = time.perf_counter()
    lines = [
        "## Images",
        "",
        f"Python {platform.python_version()}, numpy {np.__version__}, "
        f"{'quick' if quick else 'full'} run.",
        "",
    ]
    quality = _quality_section(quick, tuning)
    print("\n".join(quality), flush=True)
    lines += [*quality, "", *_lookup_section(quick)]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    lines += [
        "",
        f"(images section: {time.perf_counter() - started:.0f} s; load average {load:.1f} on "
        f"{os.cpu_count()} cores at its end: the ms figures grow with it, compare within a run)",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    import sys

    print(run(quick="--quick" in sys.argv, tuning="--tuning" in sys.argv))
