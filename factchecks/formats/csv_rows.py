"""CSV import: a header row naming flat-record fields, then one fact-check per row.

UTF-8 with or without a byte order mark (what spreadsheet programs write). The delimiter is a
comma, or a semicolon when the header has more semicolons than commas (spreadsheets in Spanish,
French and Portuguese locales save with ';'). `images` and `aliases` cells hold several values
separated by `|`. Positions are data-row numbers: 1-based, the header excluded, blank rows counted,
so data row N is spreadsheet row N + 1. A bad header (no `claim` column, an unknown or repeated
column) rejects the whole file.
"""

from __future__ import annotations

import csv
import io

from factchecks.formats.errors import FormatError, InvalidRecord
from factchecks.formats.flat_records import FLAT_FIELDS, LIST_FIELDS, record_from_flat
from factchecks.formats.local_images import LocalImages
from factchecks.records import FactCheckRecord, ParsedFile, RecordError

LIST_SEPARATOR = "|"


def parse_csv(document_text: str, *, source: str, images: LocalImages) -> ParsedFile:
    """Every record in a CSV document (BOM already removed by the caller or not: both work)."""
    document_text = document_text.removeprefix("\ufeff")
    reader = csv.reader(io.StringIO(document_text, newline=""), delimiter=_delimiter(document_text))
    records: list[FactCheckRecord] = []
    errors: list[RecordError] = []
    try:
        header = _header(next(reader, None), source)
        for position, row in enumerate(reader, start=1):
            if not any(cell.strip() for cell in row):
                continue
            try:
                records.append(record_from_flat(_values(header, row), images))
            except InvalidRecord as error:
                errors.append(RecordError(source, position, error.reason))
    except csv.Error as error:  # e.g. a cell over the csv module's size limit, a NUL byte
        reason = f"is not readable CSV (line {reader.line_num}: {error})"
        raise FormatError(source, reason) from None
    return ParsedFile(tuple(records), tuple(errors))


def _delimiter(document_text: str) -> str:
    first_line = document_text.split("\n", 1)[0]
    return ";" if first_line.count(";") > first_line.count(",") else ","


def _header(row: list[str] | None, source: str) -> list[str]:
    if row is None:
        raise FormatError(source, "is empty: a CSV import needs a header row")
    header = [name.strip().lower() for name in row]
    unknown = [name for name in header if name not in FLAT_FIELDS]
    if unknown:
        names = ", ".join(map(repr, unknown))
        raise FormatError(source, f"has unknown column(s) {names}; known: {', '.join(FLAT_FIELDS)}")
    repeated = sorted({name for name in header if header.count(name) > 1})
    if repeated:
        raise FormatError(source, f"repeats column(s) {', '.join(map(repr, repeated))}")
    if "claim" not in header:
        raise FormatError(source, "has no 'claim' column")
    return header


def _values(header: list[str], row: list[str]) -> dict[str, object]:
    extra = [cell for cell in row[len(header) :] if cell.strip()]
    if extra:
        raise InvalidRecord(f"has {len(row) - len(header)} more cell(s) than the header")
    values: dict[str, object] = {}
    for name, cell in zip(header, row, strict=False):
        if not cell.strip():
            continue
        if name in LIST_FIELDS:
            values[name] = [part for part in cell.split(LIST_SEPARATOR) if part.strip()]
        else:
            values[name] = cell
    return values
