"""`tipline export`: the catalogue as ClaimReview JSON-LD, JSON Lines or CSV.

Each format reads back (`tipline import`) to records equal to the ones written, with one
documented loss: ClaimReview has no place for image fingerprints (it names image files), so its
export leaves pictures out; JSON Lines and CSV carry them in a `fingerprints` field. Records are
written one at a time, so memory stays flat however large the catalogue.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from enum import StrEnum
from typing import TextIO

from factchecks.formats.claimreview_export import claimreview_object
from factchecks.formats.csv_rows import LIST_SEPARATOR
from factchecks.formats.flat_records import FLAT_FIELDS, flat_values
from factchecks.records import FactCheckRecord


class ExportFormat(StrEnum):
    """The formats `tipline export --format` writes."""

    CLAIMREVIEW = "claimreview"
    JSONL = "jsonl"
    CSV = "csv"

    @property
    def suffix(self) -> str:
        """The file extension `tipline import` recognises for this format."""
        return {"claimreview": ".json", "jsonl": ".jsonl", "csv": ".csv"}[self.value]


class ExportWriter:
    """Writes records one at a time in one format; `close()` ends the document."""

    def __init__(self, fmt: ExportFormat, out: TextIO) -> None:
        self.format = fmt
        self.count = 0
        self._out = out
        self._csv = csv.writer(out, lineterminator="\n") if fmt is ExportFormat.CSV else None
        if self._csv is not None:
            self._csv.writerow(FLAT_FIELDS)
        elif fmt is ExportFormat.CLAIMREVIEW:
            out.write("[")

    def write(self, record: FactCheckRecord) -> None:
        """Write one record."""
        self.count += 1
        if self._csv is not None:
            values = flat_values(record)
            self._csv.writerow([_cell(values.get(name)) for name in FLAT_FIELDS])
        elif self.format is ExportFormat.CLAIMREVIEW:
            self._out.write(",\n" if self.count > 1 else "\n")
            self._out.write(json.dumps(claimreview_object(record), ensure_ascii=False))
        else:
            self._out.write(json.dumps(flat_values(record), ensure_ascii=False) + "\n")

    def close(self) -> int:
        """End the document; how many records were written."""
        if self.format is ExportFormat.CLAIMREVIEW:
            self._out.write("\n]\n")
        return self.count


def write_export(records: Iterable[FactCheckRecord], fmt: ExportFormat, out: TextIO) -> int:
    """Write `records` to `out` in `fmt`; returns how many were written."""
    writer = ExportWriter(fmt, out)
    for record in records:
        writer.write(record)
    return writer.close()


def _cell(value: str | list[str] | None) -> str:
    if value is None:
        return ""
    return LIST_SEPARATOR.join(value) if isinstance(value, list) else value
