"""Fact-check import and export formats: pure reading of files into records, and writing back.

    read_file(path, options)          streams a file's records (`ParsedRecord`, pictures not yet
                                      fingerprinted) and errors (`RecordError`), in file order
    parse_file(path, hasher, options) the same, collected, pictures fingerprinted one by one
    estimate_records(path)            about how many records a file holds (progress bars)
    write_export(records, fmt, out)   ClaimReview JSON-LD, JSON Lines or CSV that reads back to
                                      equal records

Types: .json/.jsonld ClaimReview JSON-LD (read whole), .jsonl/.ndjson JSON Lines and .csv (read
line by line, so memory stays flat however large the file). No database and no network here:
image URLs in a file are never fetched; local images next to the file are fingerprinted by the
injected hasher.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from factchecks.formats.claimreview import count_claimreviews, export_claimreview, read_claimreview
from factchecks.formats.csv_rows import read_csv
from factchecks.formats.drafts import Draft, ReadOptions
from factchecks.formats.errors import FormatError
from factchecks.formats.export import ExportFormat, write_export
from factchecks.formats.jsonl import read_jsonl
from factchecks.formats.local_images import ImageHasher, LocalImages
from factchecks.records import (
    FactCheckRecord,
    ParsedFile,
    ParsedRecord,
    PositionKind,
    RecordError,
    RecordWarning,
)

__all__ = [
    "ExportFormat",
    "FormatError",
    "ImageHasher",
    "ReadOptions",
    "estimate_records",
    "export_claimreview",
    "parse_file",
    "read_file",
    "write_export",
]

_Reader = Callable[..., Iterator[tuple[int, Draft] | RecordError]]

_LINE_READERS: dict[str, _Reader] = {".jsonl": read_jsonl, ".ndjson": read_jsonl, ".csv": read_csv}
_DOCUMENT_READERS: dict[str, _Reader] = {".json": read_claimreview, ".jsonld": read_claimreview}
KNOWN_SUFFIXES = (*_DOCUMENT_READERS, *_LINE_READERS)


def read_file(
    path: Path, options: ReadOptions | None = None
) -> Iterator[ParsedRecord | RecordError]:
    """Stream the records of an import file, by its extension.

    Raises FormatError (possibly after some records were yielded) when the whole file is
    unusable: the caller imports a file in one transaction, so nothing of it is kept.
    """
    options = options or ReadOptions()
    suffix = path.suffix.lower()
    if suffix not in KNOWN_SUFFIXES:
        raise FormatError(
            path,
            f"has an unknown file type {path.suffix or '(none)'!r}; "
            f"expected one of {', '.join(KNOWN_SUFFIXES)}",
        )
    source = str(path)
    kind = PositionKind.LINE if suffix in _LINE_READERS else PositionKind.RECORD
    images = LocalImages(path.parent)
    try:
        if suffix in _LINE_READERS:
            with path.open(encoding="utf-8-sig", newline="") as lines:
                yield from _parsed(
                    _LINE_READERS[suffix](lines, source=source, options=options),
                    images,
                    source,
                    kind,
                )
        else:
            document = path.read_bytes().decode("utf-8-sig")
            yield from _parsed(
                _DOCUMENT_READERS[suffix](document, source=source, options=options),
                images,
                source,
                kind,
            )
    except OSError as error:
        raise FormatError(path, f"cannot be read ({error.strerror or error})") from None
    except UnicodeDecodeError as error:
        raise FormatError(path, f"is not UTF-8 text (bad byte at offset {error.start})") from None


def _parsed(
    items: Iterable[tuple[int, Draft] | RecordError],
    images: LocalImages,
    source: str,
    kind: PositionKind,
) -> Iterator[ParsedRecord | RecordError]:
    for item in items:
        if isinstance(item, RecordError):
            yield item
            continue
        position, draft = item
        paths, problems = images.paths(draft.image_references)
        yield ParsedRecord(
            record=draft.record,
            source=source,
            position=position,
            kind=kind,
            image_paths=paths,
            warnings=tuple(RecordWarning(source, position, problem, kind) for problem in problems),
        )


def estimate_records(path: Path) -> int | None:
    """About how many records `path` holds: its lines for JSON Lines and CSV, its candidate
    ClaimReviews for JSON-LD; None when it cannot be read."""
    try:
        if path.suffix.lower() in _LINE_READERS:
            with path.open("rb") as file:
                return sum(chunk.count(b"\n") for chunk in iter(lambda: file.read(1 << 20), b""))
        return count_claimreviews(path.read_bytes().decode("utf-8-sig"), str(path))
    except (OSError, UnicodeDecodeError):
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
