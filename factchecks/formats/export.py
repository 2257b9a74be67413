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

from factchecks.formats.claimreview import claimreview_object
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


def write_export(records: Iterable[FactCheckRecord], fmt: ExportFormat, out: TextIO) -> int:
    """Write `records` to `out` in `fmt`; returns how many were written."""
    count = 0
    if fmt is ExportFormat.CLAIMREVIEW:
        out.write("[")
        for count, record in enumerate(records, start=1):
            out.write(",\n" if count > 1 else "\n")
            out.write(json.dumps(claimreview_object(record), ensure_ascii=False))
        out.write("\n]\n")
    elif fmt is ExportFormat.JSONL:
        for record in records:
            out.write(json.dumps(flat_values(record), ensure_ascii=False) + "\n")
            count += 1
    else:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(FLAT_FIELDS)
        for record in records:
            values = flat_values(record)
            writer.writerow([_cell(values.get(name)) for name in FLAT_FIELDS])
            count += 1
    return count


def _cell(value: str | list[str] | None) -> str:
    if value is None:
        return ""
    return LIST_SEPARATOR.join(value) if isinstance(value, list) else value
