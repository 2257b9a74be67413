"""Lookup speed of the Hamming index (multi-index hashing) next to an exhaustive numpy scan.

Codes are uniformly random 128-bit values (real fingerprints are less uniform, which makes some
buckets larger); queries are half near-copies of stored codes, half unrelated codes. Both methods
run on the same codes and queries in the same process, and must return the same rows.
"""

from __future__ import annotations

import gc
import time
from dataclasses import dataclass

import numpy as np

from matching.hamming_index import HammingIndex
from matching.hamming_scan import linear_scan


@dataclass(frozen=True)
class LookupResult:
    codes: int
    radius_bits: int
    build_s: float
    index_mb: float
    mih_p50_ms: float
    mih_p99_ms: float
    scan_p50_ms: float
    scan_p99_ms: float
    queries: int
    scan_queries: int


def _queries(
    rng: np.random.Generator, codes: np.ndarray, count: int, radius: int
) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for number in range(count):
        if number % 2:
            found.append((int(rng.integers(0, 2**63)) * 2, int(rng.integers(0, 2**63)) * 2 + 1))
            continue
        code = codes[int(rng.integers(0, len(codes)))].copy()
        for bit in rng.choice(128, size=int(rng.integers(0, radius + 1)), replace=False):
            code[bit // 64] ^= np.uint64(1) << np.uint64(bit % 64)
        found.append((int(code[0]), int(code[1])))
    return found


def measure(
    count: int, radii: tuple[int, ...], queries: int, scan_queries: int, seed: int = 7
) -> list[LookupResult]:
    """Lookup times at each radius among `count` random codes."""
    rng = np.random.default_rng(seed)
    codes = rng.integers(0, 2**64, size=(count, 2), dtype=np.uint64)
    started = time.perf_counter()
    index = HammingIndex.from_codes(codes, max(radii))
    build_s = time.perf_counter() - started
    index_mb = (count * (16 + 8 * (4 + 16))) / 2**20  # codes, plus per chunk rows and codes
    alive = np.ones(count, dtype=np.bool_)
    results = []
    for radius in radii:
        asked = _queries(rng, codes, queries, radius)
        for query in asked[:50]:  # warm-up: first touches of the tables' pages are not lookups
            index.search(query, radius)
        mih = []
        gc.collect()
        gc.disable()  # a collection pause is the interpreter's, not the index's
        try:
            for query in asked:
                started = time.perf_counter()
                index.search(query, radius)
                mih.append(time.perf_counter() - started)
        finally:
            gc.enable()
        scan = []
        for query in asked[:scan_queries]:
            started = time.perf_counter()
            expected, _ = linear_scan(codes, alive, np.array(query, dtype=np.uint64), radius)
            scan.append(time.perf_counter() - started)
            rows, _ = index.search(query, radius)
            if rows.tolist() != expected.tolist():
                raise AssertionError(f"index and scan disagree at radius {radius} for {query}")
        results.append(
            LookupResult(
                codes=count,
                radius_bits=radius,
                build_s=build_s,
                index_mb=index_mb,
                mih_p50_ms=float(np.median(mih)) * 1000,
                mih_p99_ms=float(np.quantile(mih, 0.99)) * 1000,
                scan_p50_ms=float(np.median(scan)) * 1000,
                scan_p99_ms=float(np.quantile(scan, 0.99)) * 1000,
                queries=len(mih),
                scan_queries=len(scan),
            )
        )
    return results
