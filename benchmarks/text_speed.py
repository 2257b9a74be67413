"""Text speed and memory at 10^4-10^6 fact-checks, each engine measured in its own process.

The pool is the real CheckThat! claims expanded by word substitution: copy i is real claim
i mod 13,825 with each word replaced, with probability SUBSTITUTION_RATE, by a word drawn from
the pool's vocabulary (seeded, so every engine sees the same texts). Queries are real tweets
(dev, then train). A fresh process per (engine, size) gives honest resident memory: RSS after
building minus RSS before (the texts themselves are loaded before), and the peak (VmHWM).

    python -m benchmarks.text_speed worker tipline 100000 300   # one measurement, JSON out
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from benchmarks.text_baselines import Bm25s, FuzzyScan, bm25s_available
from benchmarks.text_data import load_factchecks, load_split
from matching.text_index import TextIndex

SUBSTITUTION_RATE = 0.3
SEED = 20241014
ENGINES = ("tipline", "bm25s", "rapidfuzz")


@dataclass(frozen=True)
class Speed:
    """One engine at one pool size."""

    engine: str
    size: int
    queries: int
    build_s: float
    p50_ms: float
    p99_ms: float
    index_rss_mb: float
    peak_rss_mb: float


def expanded_pool(size: int) -> list[str]:
    """`size` short claims: the real ones, then copies with words substituted."""
    claims = [factcheck.claim for factcheck in load_factchecks()]
    vocabulary = sorted({word for claim in claims for word in claim.split()})
    rng = np.random.default_rng(SEED)
    pool = claims[:size]
    for position in range(len(pool), size):
        words = claims[position % len(claims)].split()
        replace = rng.random(len(words)) < SUBSTITUTION_RATE
        picks = rng.integers(0, len(vocabulary), len(words))
        pool.append(
            " ".join(
                vocabulary[pick] if swap else word
                for word, swap, pick in zip(words, replace.tolist(), picks.tolist(), strict=True)
            )
        )
    return pool


def query_texts(count: int) -> list[str]:
    """Up to `count` real tweets: dev first, then train."""
    factchecks = load_factchecks()
    tweets = [
        query.text for name in ("dev", "train") for query in load_split(name, factchecks).queries
    ]
    return tweets[:count]


def rss_mb(field: str = "VmRSS") -> float:
    """This process's resident memory (VmRSS) or another /proc/self/status field, in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def measure(engine: str, size: int, query_count: int) -> Speed:
    """Build `engine` over the expanded pool of `size` and time `query_count` searches."""
    texts = expanded_pool(size)
    queries = query_texts(query_count)
    before = rss_mb("VmRSS")
    started = time.perf_counter()
    search = _build(engine, texts)
    build_s = time.perf_counter() - started
    after = rss_mb("VmRSS")
    times = []
    for query in queries:
        started = time.perf_counter()
        search(query)
        times.append(1000 * (time.perf_counter() - started))
    return Speed(
        engine,
        size,
        len(queries),
        build_s,
        statistics.median(times),
        float(np.percentile(times, 99)),
        after - before,
        rss_mb("VmHWM"),
    )


def _build(engine: str, texts: Sequence[str]) -> Callable[[str], object]:
    if engine == "tipline":
        index: TextIndex[int] = TextIndex()
        for position, text in enumerate(texts):
            index.add(position, text)
        # The first search counts 4-grams and merges the pending texts: part of the build.
        index.search("warm up")
        return lambda query: index.search(query, k=5)
    if engine == "bm25s":
        bm25 = Bm25s(texts)
        return lambda query: bm25.top(query, 5)
    if engine == "rapidfuzz":
        scan = FuzzyScan(texts)
        return lambda query: scan.top(query, 5)
    raise ValueError(f"unknown engine {engine!r}; expected one of {ENGINES}")


def measure_in_subprocess(engine: str, size: int, query_count: int) -> Speed:
    """`measure` in a fresh interpreter, so memory figures are not shared between engines."""
    output = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.text_speed",
            "worker",
            engine,
            str(size),
            str(query_count),
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return Speed(**json.loads(output.strip().splitlines()[-1]))


def run(sizes: Sequence[int], queries: int, fuzzy_queries: Callable[[int], int]) -> list[Speed]:
    """Every engine at every size (rapidfuzz on `fuzzy_queries(size)` queries only)."""
    results = []
    for size in sizes:
        for engine in ENGINES:
            if engine == "bm25s" and not bm25s_available():
                continue
            count = fuzzy_queries(size) if engine == "rapidfuzz" else queries
            result = measure_in_subprocess(engine, size, count)
            print(
                f"  {engine:9s} {size:>9,}: build {result.build_s:.1f} s, "
                f"p50 {result.p50_ms:.2f} ms, p99 {result.p99_ms:.2f} ms, "
                f"index {result.index_rss_mb:.0f} MB",
                file=sys.stderr,
            )
            results.append(result)
    return results


def markdown(results: Sequence[Speed]) -> str:
    """The speed section of docs/benchmarks.md, with ratios to our engine at each size."""
    lines = [
        "## Text speed and memory (expanded pool, one process per engine and size)",
        "",
        f"Pool: the real claims, then copies with {SUBSTITUTION_RATE:.0%} of words substituted",
        "from the pool's vocabulary. Queries: real CheckThat! tweets, one at a time, top 5.",
        "*index MB*: resident memory added by building (the texts were loaded before); *peak MB*:",
        "the whole process's high-water mark. rapidfuzz scans are timed on a sample of queries at",
        "large sizes.",
        "",
        "| fact-checks | engine | queries | build s | p50 ms | p99 ms | index MB | peak MB "
        "| p50 vs ours |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    ours = {r.size: r for r in results if r.engine == "tipline"}
    for r in results:
        base = ours.get(r.size)
        ratio = f"{r.p50_ms / base.p50_ms:.1f}×" if base and base.p50_ms > 0 else "–"
        lines.append(
            f"| {r.size:,} | {r.engine} | {r.queries} | {r.build_s:.1f} | {r.p50_ms:.2f} "
            f"| {r.p99_ms:.2f} | {r.index_rss_mb:.0f} | {r.peak_rss_mb:.0f} | {ratio} |"
        )
    return "\n".join(lines) + "\n"


def _worker(arguments: Sequence[str]) -> None:
    engine, size, count = arguments[0], int(arguments[1]), int(arguments[2])
    print(json.dumps(asdict(measure(engine, size, count))))


if __name__ == "__main__":
    if len(sys.argv) >= 5 and sys.argv[1] == "worker":
        _worker(sys.argv[2:])
    else:
        raise SystemExit("usage: python -m benchmarks.text_speed worker ENGINE SIZE QUERIES")
