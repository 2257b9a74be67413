"""CSV import: a header row naming flat-record fields, then one fact-check per row.

UTF-8 with or without a byte order mark (what spreadsheet programs write). The delimiter is a
comma, or a semicolon when the header has more semicolons than commas (spreadsheets in Spanish,
French and Portuguese locales save with ';'). `images` and `aliases` cells hold several values
separated by `|`. Positions are the line of the file where the record starts (1-based, the header
is line 1), which is also its spreadsheet row when no cell spans lines. A bad header (no `claim`
column, an unknown or repeated column) rejects the whole file. The file is read row by row:
memory does not grow with its size.
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import Iterable, Iterator

from factchecks.formats.drafts import Draft, ReadOptions
from factchecks.formats.errors import FormatError, InvalidRecord
from factchecks.formats.flat_records import FLAT_FIELDS, LIST_FIELDS, record_from_flat
from factchecks.records import PositionKind, RecordError

LIST_SEPARATOR = "|"


def read_csv(
    lines: Iterable[str], *, source: str, options: ReadOptions
) -> Iterator[tuple[int, Draft] | RecordError]:
    """Every record in CSV `lines` (each ending with its newline; a BOM is dropped)."""
    lines = iter(lines)
    first = next(lines, "").removeprefix("\ufeff")
    reader = csv.reader(itertools.chain([first], lines), delimiter=_delimiter(first))
    try:
        header = _header(next(reader, None), source)
        while True:
            start = reader.line_num + 1
            row = next(reader, None)
            if row is None:
                break
            if not any(cell.strip() for cell in row):
                continue
            try:
                yield start, record_from_flat(_values(header, row), options)
            except InvalidRecord as error:
                yield RecordError(source, start, error.reason, PositionKind.LINE)
    except csv.Error as error:  # e.g. a cell over the csv module's size limit, a NUL byte
        reason = f"is not readable CSV (line {reader.line_num}: {error})"
        raise FormatError(source, reason) from None


def _delimiter(first_line: str) -> str:
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
