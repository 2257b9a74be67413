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


def split_csv(
    lines: Iterable[str], source: str
) -> tuple[list[str], Iterator[tuple[int, list[str]]]]:
    """The checked header, and the non-blank rows with the line each starts on.

    A bad header raises FormatError at once; unreadable CSV raises it while rows are read.
    """
    lines = iter(lines)
    first = next(lines, "").removeprefix("\ufeff")
    reader = csv.reader(itertools.chain([first], lines), delimiter=_delimiter(first))
    try:
        header = _header(next(reader, None), source)
    except csv.Error as error:
        raise FormatError(source, f"is not readable CSV (line 1: {error})") from None

    def rows() -> Iterator[tuple[int, list[str]]]:
        try:
            while True:
                start = reader.line_num + 1
                row = next(reader, None)
                if row is None:
                    return
                if any(cell.strip() for cell in row):
                    yield start, row
        except csv.Error as error:  # e.g. a cell over the csv module's size limit, a NUL byte
            reason = f"is not readable CSV (line {reader.line_num}: {error})"
            raise FormatError(source, reason) from None

    return header, rows()


def parse_row(
    header: list[str], start: int, row: list[str], *, source: str, options: ReadOptions
) -> tuple[int, Draft] | RecordError:
    """One data row as a record, or the error it has."""
    try:
        return start, record_from_flat(_values(header, row), options)
    except InvalidRecord as error:
        return RecordError(source, start, error.reason, PositionKind.LINE)


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
