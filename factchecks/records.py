"""Channel- and storage-neutral values for fact-checks as they are imported and exported.

Import formats (ClaimReview JSON-LD, JSON Lines, CSV) parse into `FactCheckRecord`; the catalogue
upserts records into the database. Keeping this a plain frozen value means the parsers are pure
and testable without a database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from factchecks.verdicts import Verdict


@dataclass(frozen=True)
class FactCheckRecord:
    """One published fact-check, validated.

    `url` or `external_id` identifies the record for upserts (at least one is set).
    `image_hashes` are hex perceptual fingerprints from `matching.index_fingerprints(...)`,
    computed by the importer from local image files; image URLs are never fetched.
    All datetimes are timezone-aware UTC.
    """

    claim: str
    verdict: Verdict
    url: str | None = None
    external_id: str | None = None
    rating_text: str | None = None
    summary: str = ""
    title: str = ""
    publisher: str = ""
    language: str = "en"
    claimant: str = ""
    claim_date: datetime | None = None
    published_at: datetime | None = None
    image_hashes: tuple[str, ...] = ()
    extra_texts: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class RecordError:
    """A record that could not be imported: where it was (file and 1-based position) and why."""

    source: str
    position: int
    reason: str


@dataclass(frozen=True)
class ParsedFile:
    """Everything one import file yielded: good records and the rejected ones, in order."""

    records: tuple[FactCheckRecord, ...]
    errors: tuple[RecordError, ...]
