"""`tipline import`: load fact-check files into the catalogue.

Each file is parsed completely first (bad records are reported with their position and reason,
and skipped), then its good records are upserted in one transaction: a file is imported whole
or, if the database fails, not at all. Images named by a record are fingerprinted from local
files next to the import file; image URLs are never fetched.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from factchecks.catalogue import UpsertResult, upsert_record
from factchecks.database import Database
from factchecks.formats import parse_file
from factchecks.records import RecordError
from matching import ImageError, index_fingerprints

MAX_IMAGE_FILE_BYTES = 20_000_000


def fingerprint_file(path: Path) -> list[str] | None:
    """The hex fingerprints of a local image file (the whole picture first, then the crops,
    mirror and inner picture the matcher also indexes); None when it is missing or unusable."""
    try:
        if path.stat().st_size > MAX_IMAGE_FILE_BYTES:
            return None
        return [fingerprint.hex() for fingerprint in index_fingerprints(path.read_bytes())]
    except (OSError, ImageError):
        return None


@dataclass(frozen=True)
class ImportReport:
    """What one file did to the catalogue."""

    path: Path
    created: int
    updated: int
    errors: tuple[RecordError, ...]

    def summary(self) -> str:
        """One line for the terminal."""
        return (
            f"{self.path}: {self.created} created, {self.updated} updated, "
            f"{len(self.errors)} skipped"
        )


async def import_file(db: Database, path: Path) -> ImportReport:
    """Parse `path` and upsert its good records in one transaction."""
    parsed = parse_file(path, fingerprint_file)
    counts: Counter[UpsertResult] = Counter()
    async with db.transaction() as session:
        for record in parsed.records:
            _, result = await upsert_record(session, record)
            counts[result] += 1
    return ImportReport(
        path=path,
        created=counts[UpsertResult.CREATED],
        updated=counts[UpsertResult.UPDATED],
        errors=parsed.errors,
    )
