"""CSV import: a header row naming flat-record fields, then one fact-check per row.

UTF-8 with or without a byte order mark (what spreadsheet programs write). The delimiter is a
comma, or a semicolon when the header has more semicolons than commas (spreadsheets in Spanish,
French and Portuguese locales save with ';'). `images` and `aliases` cells hold several values
separated by `|`. Positions are the line of the file where the record starts (1-based, the header
is line 1), which is also its spreadsheet row when no cell spans lines. A bad header (no `claim`
column, an unknown or repeated column) rejects the whole file. The file is read row by row:
memory does not grow with its size.

A stray quote (a cell that opens a `"` and never closes it) makes the csv module read every
following line into that cell, to the end of the file or to the next quote. Such a row is
reported, at the line its quote opens, as an error naming the lines it swallowed, like any
other bad row: the rows before it are kept, and so are those after it when the next quote ended
the cell.
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from factchecks.formats.drafts import Draft, ReadOptions
from factchecks.formats.errors import FormatError, InvalidRecord
from factchecks.formats.flat_records import FLAT_FIELDS, LIST_FIELDS, record_from_flat
from factchecks.records import PositionKind, RecordError

LIST_SEPARATOR = "|"


Row = tuple[int, list[str]]
"""A data row and the line it starts on."""


def split_csv(lines: Iterable[str], source: str) -> tuple[list[str], Iterator[Row | RecordError]]:
    """The checked header, and the non-blank rows with the line each starts on; a row that a
    stray quote ran over several lines is a RecordError instead (see the module docstring).

    A bad header raises FormatError at once; unreadable CSV raises it while rows are read.
    """
    lines = iter(lines)
    first = next(lines, "").removeprefix("\ufeff")
    delimiter = _delimiter(first)
    read = _ReadLines(itertools.chain([first], lines))
    reader = csv.reader(read, delimiter=delimiter)
    try:
        header = _header(next(reader, None), source)
    except csv.Error as error:
        raise FormatError(source, f"is not readable CSV (line 1: {error})") from None

    def rows() -> Iterator[Row | RecordError]:
        start = reader.line_num + 1
        try:
            while True:
                start = reader.line_num + 1
                read.row.clear()
                row = next(reader, None)
                if row is None:
                    return
                stray = _stray_quote(read.row, start, delimiter) if len(read.row) > 1 else None
                if stray is not None:
                    reason = stray.reason(start, reader.line_num)
                    yield RecordError(source, stray.opened, reason, PositionKind.LINE)
                elif any(cell.strip() for cell in row):
                    yield start, row
        except csv.Error as error:  # e.g. a cell over the csv module's size limit, a NUL byte
            stray = _stray_quote(read.row, start, delimiter)
            if stray is not None and stray.closed is None and stray.opened < reader.line_num:
                # The cell outgrew the csv module's limit: what follows cannot be read.
                reason = stray.reason_when_stopped(reader.line_num, str(error))
                yield RecordError(source, stray.opened, reason, PositionKind.LINE)
                return
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


class _ReadLines:
    """The lines handed to the csv reader; keeps those of the row being read, so that a row
    read over several lines can be checked for a stray quote."""

    def __init__(self, lines: Iterator[str]) -> None:
        self._lines = lines
        self.row: list[str] = []

    def __iter__(self) -> _ReadLines:
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        self.row.append(line)
        return line


@dataclass(frozen=True)
class _StrayQuote:
    """A quoted cell that ran over lines: the line its quote opens on, and the line a later
    quote closed it on with more text after it (None: never closed)."""

    opened: int
    closed: int | None

    def reason(self, first_line: int, last_line: int) -> str:
        """Why the row is skipped, naming the lines the cell swallowed."""
        lines = f"lines {first_line}-{last_line}"
        if self.closed is None:
            where = f"is never closed, so {lines} (to the end of the file) were read as one cell"
        else:
            where = (
                f"is only closed by the quote on line {self.closed}, which has text after it, "
                f"so {lines} were read as one cell"
            )
        return (
            f'a quote (") opens a cell on this line and {where}; none of them is imported. '
            "Close or remove the quote, then import the file again"
        )

    def reason_when_stopped(self, last_line: int, error: str) -> str:
        """Why the row and the rest of the file are skipped, when the cell grew too large."""
        return (
            f'a quote (") opens a cell on this line and is still open on line {last_line}, '
            f"where the CSV reader stopped ({error}); nothing from this line on is imported. "
            "Close or remove the quote, then import the file again"
        )


def _stray_quote(lines: list[str], first_line: int, delimiter: str) -> _StrayQuote | None:
    """The stray quote in a row read over `lines`, if any; read as the csv module reads them.

    A quote opens a quoted cell only at the start of a cell, and `""` inside one is a quote.
    A quoted cell that spans lines and never closes, or that closes with text after the quote
    (the quote that opened the next row's cell), is a stray quote; a quoted cell that closes
    properly is a cell with line breaks, as spreadsheets write them.
    """
    cell_ends = (delimiter, "\r", "\n")
    opened: int | None = None
    cell_start = True
    for number, line in enumerate(lines, start=first_line):
        index = 0
        while index < len(line):
            char = line[index]
            if opened is None:
                if char == '"' and cell_start:
                    opened = number
                cell_start = char in cell_ends
            elif char == '"':
                after = line[index + 1 : index + 2]
                if after == '"':
                    index += 1  # an escaped quote inside the cell
                elif number > opened and after and after not in cell_ends:
                    return _StrayQuote(opened, number)
                else:
                    opened = None
            index += 1
    return None if opened is None else _StrayQuote(opened, None)


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
