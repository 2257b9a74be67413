"""Fact-check import and export formats: pure reading of files into records, and writing back.

    read_file(path, options)          streams a file's records (`ParsedRecord`, pictures not yet
                                      fingerprinted) and errors (`RecordError`), in file order
    split_file / parse_chunk          the same in chunks a process pool can parse
    parse_file(path, hasher, options) the same, collected, pictures fingerprinted one by one
    estimate_records(path)            about how many records a file holds (progress bars)
    write_export(records, fmt, out)   ClaimReview JSON-LD, JSON Lines or CSV that reads back to
                                      equal records

Types: .json/.jsonld ClaimReview JSON-LD (streamed a ClaimReview at a time when the document is
an array or a DataFeed, else read whole) or a Google Fact Check Tools API response (streamed a
claim at a time), .jsonl/.ndjson JSON Lines and .csv (read line by line), .html/.htm saved pages
(their JSON-LD script blocks, read whole): memory stays flat however large a streamed file is.
No database and no network here: image URLs in a file are never fetched; local images next to
the file are fingerprinted by the injected hasher.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from factchecks.formats.chunks import CSV, JSON_LINES, PAGES, Chunk, parse_chunk, split_file
from factchecks.formats.claimreview_documents import count_claimreviews, streamed_document
from factchecks.formats.claimreview_export import export_claimreview
from factchecks.formats.drafts import ReadOptions
from factchecks.formats.errors import FormatError
from factchecks.formats.export import ExportFormat, ExportWriter, write_export
from factchecks.formats.factcheck_tools import response_document
from factchecks.formats.html_pages import count_page_records
from factchecks.formats.local_images import ImageHasher
from factchecks.records import (
    FactCheckRecord,
    ParsedFile,
    ParsedRecord,
    RecordError,
    RecordWarning,
)

__all__ = [
    "Chunk",
    "ExportFormat",
    "ExportWriter",
    "FormatError",
    "ImageHasher",
    "ReadOptions",
    "estimate_records",
    "export_claimreview",
    "parse_chunk",
    "parse_file",
    "read_file",
    "split_file",
    "write_export",
]

CHUNK_RECORDS = 1_000
"""Records per chunk: what one worker parses at a time."""


def read_file(
    path: Path, options: ReadOptions | None = None
) -> Iterator[ParsedRecord | RecordError]:
    """Stream the records of an import file, by its extension, parsed in this process.

    Raises FormatError (possibly after some records were yielded) when the whole file is
    unusable: the caller imports a file in one transaction, so nothing of it is kept.
    """
    for chunk in split_file(path, options or ReadOptions(), CHUNK_RECORDS):
        yield from parse_chunk(chunk)


def estimate_records(path: Path) -> int | None:
    """About how many records `path` holds: its lines for JSON Lines and CSV, its candidate
    ClaimReviews for JSON-LD and web pages, its reviews for a Fact Check Tools response; None
    when it cannot be read."""
    try:
        if path.suffix.lower() in (*JSON_LINES, *CSV):
            with path.open("rb") as file:
                return sum(chunk.count(b"\n") for chunk in iter(lambda: file.read(1 << 20), b""))
        if path.suffix.lower() in PAGES:
            return count_page_records(path.read_bytes().decode("utf-8-sig"))
        response = response_document(path)
        if response is not None:
            return response.count
        streamed = streamed_document(path)
        if streamed is not None:
            return streamed.count
        return count_claimreviews(path.read_bytes().decode("utf-8-sig"), str(path))
    except (OSError, UnicodeDecodeError, FormatError):
        return None


def with_fingerprints(
    parsed: ParsedRecord, fingerprints: Iterable[tuple[Path, list[str] | None]]
) -> tuple[FactCheckRecord, tuple[RecordWarning, ...]]:
    """`parsed.record` with its pictures' fingerprints added, and a warning per unusable one."""
    hashes = list(parsed.record.image_hashes)
    warnings = list(parsed.warnings)
    for path, found in fingerprints:
        if not found:
            warnings.append(
                RecordWarning(
                    parsed.source,
                    parsed.position,
                    f"image {path.name!r} could not be fingerprinted; the picture is left out",
                    parsed.kind,
                )
            )
            continue
        hashes.extend(fingerprint for fingerprint in found if fingerprint not in hashes)
    record = parsed.record
    if hashes != list(record.image_hashes):
        record = replace(record, image_hashes=tuple(hashes))
    return record, tuple(warnings)


def parse_file(
    path: Path, image_hasher: ImageHasher, options: ReadOptions | None = None
) -> ParsedFile:
    """Every record of `path`, its pictures fingerprinted one by one with `image_hasher`.

    The plain twin of the importer's pipeline (which fingerprints in a process pool).
    """
    records: list[FactCheckRecord] = []
    errors: list[RecordError] = []
    warnings: list[RecordWarning] = []
    for item in read_file(path, options):
        if isinstance(item, RecordError):
            errors.append(item)
            continue
        hashed = [(image, _as_list(image_hasher(image))) for image in item.image_paths]
        record, record_warnings = with_fingerprints(item, hashed)
        records.append(record)
        warnings.extend(record_warnings)
    return ParsedFile(tuple(records), tuple(errors), tuple(warnings))


def _as_list(found: object) -> list[str] | None:
    return list(found) if isinstance(found, list | tuple) else None
