"""Run the benchmarks, print the report and write docs/benchmarks.md.

    python -m benchmarks                       # full: quality on dev+train, speed at 10k/100k/1M
    python -m benchmarks --quick               # minutes: dev only, 60 queries, 10k fact-checks
    python -m benchmarks --sizes 10000,100000  # choose the speed sizes
    python -m benchmarks --no-load             # skip the load section (real processes)

Text sections need ../shared/benchdata (or $TIPLINE_BENCHDATA) and say so when it is missing.
The image section comes from `benchmarks.images` when that module is present. bm25s rows need
`pip install -e '.[bench]'`; without it they are left out and the report says so.
"""

from __future__ import annotations

import argparse
import importlib
import platform
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks import (
    catalogue_import,
    cross_lingual,
    language_id,
    load,
    reports,
    semantic_restart,
    sqlite_statements,
    text_contradiction,
    text_quality,
    text_speed,
)
from benchmarks.text_baselines import bm25s_available
from benchmarks.text_data import load_factchecks, load_split, missing_reason

DEFAULT_OUTPUT = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"
FULL_SIZES = (10_000, 100_000, 1_000_000)
QUICK_SIZES = (10_000,)
# A full rapidfuzz scan takes ~6 s a query at 10^6 texts: time it on this many queries there.
FUZZY_QUERIES_BY_SIZE = {10_000: 100, 100_000: 20, 1_000_000: 5}


def _sizes(value: str) -> tuple[int, ...]:
    try:
        sizes = tuple(int(part.replace("_", "")) for part in value.split(",") if part.strip())
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            f"--sizes wants numbers like 10000,100000: {error}"
        ) from error
    if not sizes or min(sizes) <= 0:
        raise argparse.ArgumentTypeError(f"--sizes wants positive numbers, got {value!r}")
    return sizes


def _arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--quick", action="store_true", help="a small run for a smoke check")
    parser.add_argument("--sizes", type=_sizes, help="fact-check counts for the speed section")
    parser.add_argument(
        "--queries", type=int, help="queries per split and per speed measurement (default: all)"
    )
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="markdown to write")
    parser.add_argument("--no-images", action="store_true", help="skip the image section")
    parser.add_argument(
        "--no-load", action="store_true", help="skip the load section (tipline run processes)"
    )
    return parser.parse_args(argv)


def text_sections(
    quick: bool, sizes: Sequence[int], queries: int, quality_queries: int | None
) -> str:
    """The text quality and speed sections, or a note saying why they are missing."""
    reason = missing_reason()
    if reason:
        return f"## Text\n\nNot measured: {reason}.\n"
    factchecks = load_factchecks()
    splits = [load_split("dev", factchecks)]
    if not quick:
        splits.append(load_split("train", factchecks))
    print("text quality ...", file=sys.stderr)
    rankings, safety, semantic_cost = text_quality.run(splits, quality_queries)
    print("text speed ...", file=sys.stderr)
    speeds = text_speed.run(
        sizes, queries, lambda size: min(queries, FUZZY_QUERIES_BY_SIZE.get(size, 5))
    )
    note = ""
    if not bm25s_available():
        note = "\nbm25s is not installed (`pip install -e '.[bench]'`), so its rows are missing.\n"
    quality = text_quality.markdown(rankings, safety, semantic_cost)
    print("contradiction guard, semantic restart ...", file=sys.stderr)
    quality += "\n" + semantic_restart.run(quick, quality_queries)
    guard = text_contradiction.run(quick, quality_queries)
    return quality + "\n" + text_speed.markdown(speeds) + note + "\n" + guard


def image_section(quick: bool) -> str | None:
    """The image helper's section, when `benchmarks.images` exists."""
    try:
        images = importlib.import_module("benchmarks.images")
    except ModuleNotFoundError as error:
        if error.name != "benchmarks.images":
            raise  # the module is there but something it needs is not: say so
        return None
    print("images ...", file=sys.stderr)
    section: str = images.run(quick)
    return section


def main(argv: Sequence[str] | None = None) -> None:
    """Run everything asked for, print the markdown and write it to --output."""
    arguments = _arguments(sys.argv[1:] if argv is None else argv)
    sizes = arguments.sizes or (QUICK_SIZES if arguments.quick else FULL_SIZES)
    queries = arguments.queries or (60 if arguments.quick else 300)
    quality_queries = arguments.queries or (60 if arguments.quick else None)
    started = time.perf_counter()
    parts = [
        "# Benchmarks",
        "",
        f"Generated by `python -m benchmarks{' --quick' if arguments.quick else ''}"
        f"{' --sizes ' + ','.join(map(str, sizes)) if arguments.sizes else ''}` on "
        f"{platform.machine()} Python {platform.python_version()}; every figure is from this run.",
        "",
        text_sections(arguments.quick, sizes, queries, quality_queries),
    ]
    print("language identification ...", file=sys.stderr)
    parts.append(language_id.run())
    print("matching across languages ...", file=sys.stderr)
    parts.append(cross_lingual.run(arguments.quick, pool_size=200 if arguments.quick else None))
    print("catalogue import ...", file=sys.stderr)
    parts.append(catalogue_import.run(arguments.quick))
    print("trend reports ...", file=sys.stderr)
    parts.append(reports.run(arguments.quick))
    if not arguments.no_images:
        images = image_section(arguments.quick)
        if images:
            parts.append(images)
    print("SQLite statement costs ...", file=sys.stderr)
    parts.append(sqlite_statements.run(arguments.quick))
    if not arguments.no_load:
        print("load (real tipline run processes) ...", file=sys.stderr)
        parts.append(load.run(arguments.quick))
    parts.append(f"\n_Run time: {time.perf_counter() - started:.0f} s._\n")
    report = "\n".join(parts)
    print(report)
    arguments.output.parent.mkdir(parents=True, exist_ok=True)
    arguments.output.write_text(report, encoding="utf-8")
    print(f"wrote {arguments.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
