"""An import file cut into chunks of records that can be parsed anywhere, a process pool included.

The file is split in the importer's process (lines of JSON Lines, rows of CSV: cheap, and the
only part that must be sequential); each `Chunk` carries everything needed to parse it, so the
importer can hand chunks to worker processes while it writes earlier ones to the database.
A JSON-LD document that is an array, or a DataFeed whose `dataFeedElement` is an array, is
streamed: its ClaimReviews are cut into chunks like lines. Other documents (an `@graph`, whose
nodes refer to each other by `@id`; a single object) are read whole and parsed in the splitting
process, so their chunks come already parsed. A Google Fact Check Tools response (`.json`, or
a page or claim per `.jsonl` line; see `factcheck_tools`) is recognised by its content and
streamed a claim at a time, its reviews parsed like ClaimReviews. A saved web page (`.html`,
`.htm`; see `html_pages`) is read whole and parsed in the splitting process.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from factchecks.formats.claimreview_documents import read_claimreview, streamed_document
from factchecks.formats.claimreview_records import draft_from_claimreview
from factchecks.formats.csv_rows import Row, parse_row, split_csv
from factchecks.formats.drafts import Draft, ReadOptions
from factchecks.formats.errors import FormatError, InvalidRecord
from factchecks.formats.factcheck_tools import ApiReview, parse_response_line, response_document
from factchecks.formats.html_pages import read_html_page
from factchecks.formats.jsonl import numbered_lines, parse_line
from factchecks.formats.local_images import LocalImages
from factchecks.records import ParsedRecord, PositionKind, RecordError, RecordWarning

JSON_LINES = (".jsonl", ".ndjson")
CSV = (".csv",)
DOCUMENTS = (".json", ".jsonld")
PAGES = (".html", ".htm")
KNOWN_SUFFIXES = (*DOCUMENTS, *JSON_LINES, *CSV, *PAGES)

Parsed = ParsedRecord | RecordError
_T = TypeVar("_T")


@dataclass(frozen=True)
class Chunk:
    """Consecutive records of one file: raw (`lines`, `rows`, or JSON-LD `elements` with their
    positions) or already `parsed`. A CSV row the splitter could not read is its RecordError."""

    source: str
    folder: Path
    options: ReadOptions
    lines: tuple[tuple[int, str], ...] = ()
    header: tuple[str, ...] = ()
    rows: tuple[Row | RecordError, ...] = ()
    elements: tuple[tuple[int, object], ...] = ()
    parsed: tuple[Parsed, ...] | None = None

    def __len__(self) -> int:
        if self.parsed is not None:
            return len(self.parsed)
        return len(self.lines) + len(self.rows) + len(self.elements)


def parse_chunk(chunk: Chunk) -> list[Parsed]:
    """The records and errors of a chunk, in file order (a top-level function: picklable)."""
    if chunk.parsed is not None:
        return list(chunk.parsed)
    options, source = chunk.options, chunk.source
    images = LocalImages(chunk.folder)
    found: list[tuple[int, Draft] | RecordError] = []
    for number, line in chunk.lines:
        response = parse_response_line(number, line, source=source, options=options)
        found.extend(
            response
            if response is not None
            else parse_line(number, line, source=source, options=options)
        )
    header = list(chunk.header)
    for row in chunk.rows:
        if isinstance(row, RecordError):
            found.append(row)
        else:
            found.append(parse_row(header, *row, source=source, options=options))
    for position, element in chunk.elements:
        try:
            if isinstance(element, ApiReview):
                found.append((position, element.draft(options)))
            else:
                found.append((position, draft_from_claimreview(element, options)))
        except InvalidRecord as error:
            found.append(RecordError(source, position, error.reason, PositionKind.RECORD))
    kind = PositionKind.RECORD if chunk.elements else PositionKind.LINE
    return list(_with_image_paths(found, images, source, kind))


def split_file(path: Path, options: ReadOptions, size: int) -> Iterator[Chunk]:
    """`path` as chunks of about `size` records, in order.

    Raises FormatError (possibly after some chunks) when the whole file is unusable.
    """
    suffix = path.suffix.lower()
    if suffix not in KNOWN_SUFFIXES:
        raise FormatError(
            path,
            f"has an unknown file type {path.suffix or '(none)'!r}; "
            f"expected one of {', '.join(KNOWN_SUFFIXES)}",
        )
    source, folder = str(path), path.parent
    try:
        if suffix in DOCUMENTS:
            yield from _document_chunks(path, options, size)
            return
        if suffix in PAGES:
            page = path.read_bytes().decode("utf-8-sig")
            items = read_html_page(page, source=source, options=options)
            yield from _parsed_chunks(path, items, options, size)
            return
        with path.open(encoding="utf-8-sig", newline="") as lines:
            if suffix in JSON_LINES:
                for numbered in _batches(numbered_lines(lines), size):
                    yield Chunk(source, folder, options, lines=tuple(numbered))
            else:
                header, rows = split_csv(lines, source)
                for data in _batches(rows, size):
                    yield Chunk(source, folder, options, header=tuple(header), rows=tuple(data))
    except OSError as error:
        raise FormatError(path, f"cannot be read ({error.strerror or error})") from None
    except UnicodeDecodeError as error:
        raise FormatError(path, f"is not UTF-8 text (bad byte at offset {error.start})") from None


def _document_chunks(path: Path, options: ReadOptions, size: int) -> Iterator[Chunk]:
    source, folder = str(path), path.parent
    response = response_document(path)
    if response is not None:
        reviews: Iterable[tuple[int, object]] = enumerate(response.reviews(), start=1)
        for batch in _batches(reviews, size):
            yield Chunk(source, folder, options, elements=tuple(batch))
        return
    streamed = streamed_document(path)
    if streamed is not None:
        options = streamed.options(options)
        elements = enumerate(streamed.elements(), start=1)
        for batch in _batches(elements, size):
            yield Chunk(source, folder, options, elements=tuple(batch))
        return
    document = path.read_bytes().decode("utf-8-sig")
    items = read_claimreview(document, source=source, options=options)
    yield from _parsed_chunks(path, items, options, size)


def _parsed_chunks(
    path: Path, items: Iterable[tuple[int, Draft] | RecordError], options: ReadOptions, size: int
) -> Iterator[Chunk]:
    """Records parsed in this process, as chunks of `size`."""
    source, folder = str(path), path.parent
    parsed = list(_with_image_paths(items, LocalImages(folder), source, PositionKind.RECORD))
    for start in range(0, len(parsed), size):
        yield Chunk(source, folder, options, parsed=tuple(parsed[start : start + size]))


def _batches(items: Iterable[_T], size: int) -> Iterator[list[_T]]:
    batch: list[_T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _with_image_paths(
    items: Iterable[tuple[int, Draft] | RecordError],
    images: LocalImages,
    source: str,
    kind: PositionKind,
) -> Iterator[Parsed]:
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
