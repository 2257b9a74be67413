"""Whether a database is the demo's: holds only the sample fact-checks (and desk answers).

`tipline demo` loads the sample into its database; it must never do that to a database with real
fact-checks, which would then sit next to invented ones.
"""

from __future__ import annotations

from sqlmodel import col, select

from factchecks.database import Database
from factchecks.formats import parse_file
from factchecks.importer import fingerprint_file
from factchecks.models import FactCheck
from factchecks.sample import SAMPLE_PATH


def sample_urls() -> frozenset[str]:
    """The URLs of the sample fact-checks."""
    parsed = parse_file(SAMPLE_PATH, fingerprint_file)  # records with pictures need their hashes
    return frozenset(record.url for record in parsed.records if record.url)


async def foreign_fact_checks(db: Database, desk_publisher: str) -> int:
    """How many fact-checks are neither the sample's nor answers written at the desk
    (`desk_publisher`, as a demo user answering queue items makes them)."""
    urls = sample_urls()
    async with db.session() as session:
        rows = await session.exec(
            select(FactCheck.url).where(col(FactCheck.publisher) != desk_publisher)
        )
        return sum(1 for url in rows.all() if url not in urls)
