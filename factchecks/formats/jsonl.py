"""JSON Lines import: one fact-check per line, as a ClaimReview object or a flat record.

A line is read as ClaimReview when it has `claimReviewed` or a JSON-LD `@type` (a ClaimReview, or
a DataFeed / DataFeedItem holding some), else as the flat shape of `flat_records`. Positions are
1-based line numbers in the file (blank lines are skipped but still counted), so an error points
at the line to fix. The file is read line by line: memory does not grow with its size.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from factchecks.formats.claimreview import drafts_from_object
from factchecks.formats.drafts import Draft, ReadOptions
from factchecks.formats.errors import InvalidRecord
from factchecks.formats.flat_records import record_from_flat
from factchecks.formats.record_fields import json_kind
from factchecks.records import PositionKind, RecordError


def read_jsonl(
    lines: Iterable[str], *, source: str, options: ReadOptions
) -> Iterator[tuple[int, Draft] | RecordError]:
    """Every record in JSON Lines `lines` (split on "\\n" only: `str.splitlines()` would also
    split inside JSON strings at U+2028); a bad line is an error, the others are kept."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            for draft in _drafts(line, options):
                yield number, draft
        except InvalidRecord as error:
            yield RecordError(source, number, error.reason, PositionKind.LINE)


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
