"""Fact-check import and export formats: pure parsing of files into `FactCheckRecord`s.

    parse_file(path, image_hasher)   .json/.jsonld ClaimReview JSON-LD, .jsonl/.ndjson JSON Lines,
                                     .csv; good records and per-record errors in a `ParsedFile`
    export_claimreview(records)      ClaimReview JSON-LD objects that parse back to equal records

No database and no network here: the catalogue stores what these return, and image URLs in a file
are never fetched; local images next to the file are fingerprinted by the injected hasher.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from factchecks.formats.claimreview import export_claimreview, parse_claimreview
from factchecks.formats.csv_rows import parse_csv
from factchecks.formats.errors import FormatError
from factchecks.formats.jsonl import parse_jsonl
from factchecks.formats.local_images import ImageHasher, LocalImages
from factchecks.records import ParsedFile

__all__ = ["FormatError", "ImageHasher", "export_claimreview", "parse_file"]


class _Parser(Protocol):
    def __call__(self, document_text: str, *, source: str, images: LocalImages) -> ParsedFile: ...


_PARSERS: dict[str, _Parser] = {
    ".json": parse_claimreview,
    ".jsonld": parse_claimreview,
    ".jsonl": parse_jsonl,
    ".ndjson": parse_jsonl,
    ".csv": parse_csv,
}


def parse_file(path: Path, image_hasher: ImageHasher) -> ParsedFile:
    """Parse an import file by its extension; raises FormatError when the whole file is unusable.

    Image references are resolved against the file's folder and never leave it.
    """
    parser = _PARSERS.get(path.suffix.lower())
    if parser is None:
        raise FormatError(
            path,
            f"has an unknown file type {path.suffix or '(none)'!r}; "
            f"expected one of {', '.join(_PARSERS)}",
        )
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise FormatError(path, f"cannot be read ({error.strerror or error})") from None
    try:
        document_text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FormatError(path, f"is not UTF-8 text (bad byte at offset {error.start})") from None
    images = LocalImages(path.parent, image_hasher)
    return parser(document_text, source=str(path), images=images)
