"""JSON Lines import: one fact-check per line, as a ClaimReview object or a flat record.

A line is read as ClaimReview when it has `claimReviewed` or `@type` ClaimReview, else as the flat
shape of `flat_records`. Positions are 1-based line numbers in the file (blank lines are skipped
but still counted), so an error points at the line to fix.
"""

from __future__ import annotations

import json

from factchecks.formats.claimreview import record_from_claimreview
from factchecks.formats.errors import InvalidRecord
from factchecks.formats.flat_records import record_from_flat
from factchecks.formats.local_images import LocalImages
from factchecks.formats.record_fields import json_kind
from factchecks.records import FactCheckRecord, ParsedFile, RecordError


def parse_jsonl(document_text: str, *, source: str, images: LocalImages) -> ParsedFile:
    """Every record in a JSON Lines document; a bad line is an error, the others are kept."""
    records: list[FactCheckRecord] = []
    errors: list[RecordError] = []
    # Split on "\n" only: str.splitlines() would also split inside JSON strings at U+2028.
    for number, line in enumerate(document_text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            records.append(_record(line, images))
        except InvalidRecord as error:
            errors.append(RecordError(source, number, error.reason))
    return ParsedFile(tuple(records), tuple(errors))


def _record(line: str, images: LocalImages) -> FactCheckRecord:
    try:
        value = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as error:
        raise InvalidRecord(f"is not valid JSON ({error})") from None
    if not isinstance(value, dict):
        raise InvalidRecord(f"expected a JSON object, found {json_kind(value)}")
    if "claimReviewed" in value or "@type" in value:
        return record_from_claimreview(value, images)
    return record_from_flat(value, images)
