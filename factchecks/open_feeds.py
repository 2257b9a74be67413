"""Open feeds for other tip-lines: the desk's fact-checks as a ClaimReview DataFeed, and a bank
of the fingerprints of debunked pictures, both in forms `tipline import` reads.

What leaves: a fact-check's own fields. What does not: aliases (voters' wordings a fact-checker
linked), and anything identifying in a claim's wording (masked as in the reports), since a desk's
claim is often a voter's message.
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import datetime
from typing import Any

from factchecks.catalogue import stored_records
from factchecks.database import Database
from factchecks.formats.claimreview_export import claimreview_object
from factchecks.formats.export import ExportFormat, ExportWriter
from factchecks.records import FactCheckRecord
from factchecks.reports.masking import mask_identifiers
from factchecks.verdicts import Verdict

# Verdicts that say a picture misleads: its fingerprint goes into the bank.
DEBUNKED = frozenset(
    {Verdict.FALSE, Verdict.PARTLY_FALSE, Verdict.MISLEADING, Verdict.MISSING_CONTEXT}
)


def shareable(record: FactCheckRecord) -> FactCheckRecord:
    """`record` without voters' wordings, its claim masked."""
    return replace(record, claim=mask_identifiers(record.claim), extra_texts=())


async def claimreview_feed(db: Database, publisher: str, modified: datetime) -> dict[str, Any]:
    """The fact-checks `publisher` (the desk) wrote, as a schema.org DataFeed of ClaimReview."""
    elements: list[dict[str, Any]] = []
    async with db.session() as session:
        async for record in stored_records(session):
            if record.publisher != publisher:
                continue
            review = claimreview_object(shareable(record))
            item: dict[str, Any] = {"@type": "DataFeedItem", "item": [review]}
            if record.published_at is not None:
                item["dateCreated"] = record.published_at.isoformat()
            elements.append(item)
    return {
        "@context": "https://schema.org",
        "@type": "DataFeed",
        "name": f"{publisher}: fact-checks",
        "dateModified": modified.isoformat(timespec="seconds"),
        "dataFeedElement": elements,
    }


async def image_hash_bank(db: Database) -> str:
    """CSV (the `tipline import` flat format) of every debunked fact-check with pictures: its
    fingerprints, verdict and URL, so another tip-line recognises the pictures at once."""
    out = io.StringIO()
    writer = ExportWriter(ExportFormat.CSV, out)
    async with db.session() as session:
        async for record in stored_records(session):
            if record.image_hashes and record.verdict in DEBUNKED:
                writer.write(shareable(record))
    writer.close()
    return out.getvalue()
