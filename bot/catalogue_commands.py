"""`tipline import` and `tipline export`: the catalogue commands, for people at a terminal.

Import shows a progress bar (records, rate, time left) when stderr is a terminal and one summary
line per file either way; every skipped record is reported once with its file, position and
reason, every picture left out once as a warning. The exit status is 1 when a file failed or a
record was skipped (`--allow-skips` makes skips 0), so a script notices what a person would.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from tqdm import tqdm

from factchecks.catalogue import stored_records
from factchecks.database import Database
from factchecks.formats import ExportFormat, ExportWriter, FormatError, ReadOptions
from factchecks.formats.errors import InvalidRecord
from factchecks.importer import ImportOptions, ImportReport, count_records, import_file


def add_import_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `tipline import`."""
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument(
        "--language",
        type=_language,
        help="the language of every record in these files (a tag such as pt-BR), whatever they "
        "say; by default a record's inLanguage, else detected from its texts",
    )
    parser.add_argument(
        "--base-url",
        metavar="URL",
        help="the page the markup was copied from, to resolve relative URLs against",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="read and count everything, write nothing"
    )
    parser.add_argument(
        "--allow-skips",
        action="store_true",
        help="exit 0 even when some records were skipped",
    )


def add_export_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `tipline export`."""
    parser.add_argument(
        "--format",
        type=ExportFormat,
        choices=list(ExportFormat),
        default=ExportFormat.CLAIMREVIEW,
        help="claimreview (JSON-LD, .json), jsonl or csv; each reads back with tipline import",
    )
    parser.add_argument(
        "--output", "-o", type=Path, help="the file to write (default: standard output)"
    )


def _language(value: str) -> str:
    try:
        return ReadOptions(language=value).language or value
    except InvalidRecord as error:
        raise argparse.ArgumentTypeError(error.reason) from None


async def run_import(db: Database, args: argparse.Namespace, err: TextIO = sys.stderr) -> int:
    """Import every file named; the exit status (0, or 1 on a failed file or a skipped record)."""
    options = ImportOptions(
        read=ReadOptions(language=args.language, base_url=args.base_url), dry_run=args.dry_run
    )
    failed = skipped = False
    for path in args.paths:
        try:
            report = await _import_one(db, path, options, err)
        except FormatError as error:
            print(f"{error.path}: not imported: {error.reason}", file=err)
            failed = True
            continue
        except Exception as error:  # the database: one file's failure must not stop the others
            print(f"{path}: not imported: {error}", file=err)
            failed = True
            continue
        for problem in report.errors:
            print(problem.describe(), file=err)
        for warning in report.warnings:
            print(warning.describe(), file=err)
        print(report.summary())
        skipped = skipped or report.skipped > 0
    return 1 if failed or (skipped and not args.allow_skips) else 0


async def _import_one(
    db: Database, path: Path, options: ImportOptions, err: TextIO
) -> ImportReport:
    if not err.isatty():
        return await import_file(db, path, options)
    with tqdm(
        total=count_records(path),
        desc=path.name,
        unit=" records",
        file=err,
        dynamic_ncols=True,
        leave=False,
    ) as bar:

        def advance(records: int) -> None:
            bar.update(records)

        return await import_file(db, path, options, progress=advance)


async def run_export(db: Database, args: argparse.Namespace, out: TextIO = sys.stdout) -> int:
    """Write the whole catalogue in `--format` to `--output` (or `out`), a page of records at a
    time; the exit status."""
    target = args.output.open("w", encoding="utf-8", newline="") if args.output else out
    try:
        writer = ExportWriter(args.format, target)
        async with db.session() as session:
            async for record in stored_records(session):
                writer.write(record)
        count = writer.close()
    finally:
        if args.output:
            target.close()
    where = f" to {args.output}" if args.output else ""
    print(f"exported {count} fact-checks as {args.format}{where}", file=sys.stderr)
    return 0
