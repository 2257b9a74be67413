"""Channel- and storage-neutral values for fact-checks as they are imported and exported.

Import formats (ClaimReview JSON-LD, JSON Lines, CSV) parse into `FactCheckRecord`; the catalogue
upserts records into the database. Keeping this a plain frozen value means the parsers are pure
and testable without a database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from factchecks.verdicts import Verdict


@dataclass(frozen=True)
class FactCheckRecord:
    """One published fact-check, validated.

    `url` or `external_id` identifies the record for upserts (at least one is set).
    `image_hashes` are hex perceptual fingerprints from `matching.index_fingerprints(...)`,
    computed by the importer from local image files; image URLs are never fetched.
    All datetimes are timezone-aware UTC. `language_confidence` is None when the language was
    given (by `inLanguage`, a `language` column or `tipline import --language`), else the
    detector's probability for it; UNDETERMINED_LANGUAGE when the detector could not tell.
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
    language_confidence: float | None = None
    appearances: tuple[str, ...] = ()
    """Addresses where the claim appeared (ClaimReview's `appearance`, `firstAppearance`): a
    voter who sends one is answered with this fact-check (`factchecks.fact_check_links`)."""


UNDETERMINED_LANGUAGE = "und"
"""BCP 47's tag for "undetermined": the language of a record the detector could not tell."""


class PositionKind(StrEnum):
    """What a position counts: lines of a JSON Lines or CSV file, or records of a JSON file."""

    LINE = "line"
    RECORD = "record"


@dataclass(frozen=True)
class RecordError:
    """A record that could not be imported: where it was (file and 1-based position) and why."""

    source: str
    position: int
    reason: str
    kind: PositionKind = PositionKind.RECORD

    def describe(self) -> str:
        """One line a person can act on: `file: line 12: reason`."""
        return f"{self.source}: {self.kind} {self.position}: {self.reason}"


@dataclass(frozen=True)
class RecordWarning:
    """Something left out of a record that was imported anyway (a picture that is missing)."""

    source: str
    position: int
    message: str
    kind: PositionKind = PositionKind.RECORD

    def describe(self) -> str:
        """One line a person can act on: `file: record 3: warning: message`."""
        return f"{self.source}: {self.kind} {self.position}: warning: {self.message}"


@dataclass(frozen=True)
class ParsedRecord:
    """A record as read from its file, before its pictures are fingerprinted.

    `image_paths` are the local picture files it names (checked to exist inside the import
    folder); `warnings` name the pictures left out.
    """

    record: FactCheckRecord
    source: str
    position: int
    kind: PositionKind
    image_paths: tuple[Path, ...] = ()
    warnings: tuple[RecordWarning, ...] = ()


@dataclass(frozen=True)
class ParsedFile:
    """Everything one import file yielded: good records, the rejected ones, and the warnings."""

    records: tuple[FactCheckRecord, ...]
    errors: tuple[RecordError, ...]
    warnings: tuple[RecordWarning, ...] = ()
