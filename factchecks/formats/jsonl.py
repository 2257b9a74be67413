"""JSON Lines import: one fact-check per line, as a ClaimReview object or a flat record.

A line is read as ClaimReview when it has `claimReviewed` or a JSON-LD `@type` (a ClaimReview, or
a DataFeed / DataFeedItem holding some), else as the flat shape of `flat_records`. Positions are
1-based line numbers in the file (blank lines are skipped but still counted), so an error points
at the line to fix. The file is read line by line: memory does not grow with its size.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from factchecks.formats.claimreview_documents import drafts_from_object
from factchecks.formats.drafts import Draft, ReadOptions
from factchecks.formats.errors import InvalidRecord
from factchecks.formats.flat_records import record_from_flat
from factchecks.formats.record_fields import json_kind
from factchecks.records import PositionKind, RecordError


def numbered_lines(lines: Iterable[str]) -> Iterator[tuple[int, str]]:
    """The non-blank lines with their 1-based line numbers."""
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield number, line


def parse_line(
    number: int, line: str, *, source: str, options: ReadOptions
) -> list[tuple[int, Draft] | RecordError]:
    """The records of one line (a feed line can hold several), or the error that line has."""
    try:
        return [(number, draft) for draft in _drafts(line, options)]
    except InvalidRecord as error:
        return [RecordError(source, number, error.reason, PositionKind.LINE)]


def _drafts(line: str, options: ReadOptions) -> list[Draft]:
    try:
        value = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as error:
        raise InvalidRecord(f"is not valid JSON ({error})") from None
    if not isinstance(value, dict):
        raise InvalidRecord(f"expected a JSON object, found {json_kind(value)}")
    if "claimReviewed" in value or "@type" in value:
        return drafts_from_object(value, options)
    return [record_from_flat(value, options)]
