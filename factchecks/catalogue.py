"""The fact-check catalogue: upserting published fact-checks and reading them back.

A fact-check is identified by its URL, else by its external id. Each carries the texts the
matcher should recognise (its claim, its title, and aliases: voters' wordings that fact-checkers
linked to it), the fingerprints of its images, and the keys of its links (its own address and
where its claim appeared, `fact_check_links`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import AsyncIterator, Collection, Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import NamedTuple

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks.clock import as_utc, utc_now
from factchecks.fact_check_links import appearances_of, set_links, wanted_links
from factchecks.index_changes import note_change
from factchecks.models import (
    FactCheck,
    FactCheckImage,
    FactCheckText,
    IndexChangeKind,
    TextSource,
)
from factchecks.records import UNDETERMINED_LANGUAGE, FactCheckRecord
from factchecks.verdicts import Verdict
from matching import TextRole


class UpsertResult(StrEnum):
    """What an upsert did to the catalogue."""

    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"  # the stored fact-check already says exactly this: nothing written


@dataclass(frozen=True)
class FactCheckView:
    """A fact-check as the conversation shows it to a voter."""

    id: int
    claim: str
    verdict: Verdict
    rating_text: str | None
    summary: str
    publisher: str
    url: str | None
    language: str
    published_at: datetime | None


class IndexText(NamedTuple):
    """One text of a fact-check, as the matcher indexes it."""

    text: str
    language: str | None
    role: TextRole  # a title's match is also checked against the claim (`matching.Matcher`)


@dataclass(frozen=True)
class IndexEntry:
    """What the matcher needs of one fact-check: its texts and fingerprints."""

    fact_check_id: int
    texts: tuple[IndexText, ...]
    fingerprints: tuple[str, ...]


def text_hash(text: str) -> str:
    """The key that makes a text unique per fact-check (texts can be too long to index)."""
    return hashlib.sha256(text.encode()).hexdigest()


def record_digest(record: FactCheckRecord) -> str:
    """sha256 of everything an import sets; equal digests mean an upsert would change nothing."""
    fields = {
        "claim": record.claim,
        "verdict": record.verdict.value,
        "url": record.url,
        "external_id": record.external_id,
        "rating_text": record.rating_text,
        "summary": record.summary,
        "title": record.title,
        "publisher": record.publisher,
        "language": record.language,
        "language_confidence": record.language_confidence,
        "claimant": record.claimant,
        "claim_date": record.claim_date.isoformat() if record.claim_date else None,
        "published_at": record.published_at.isoformat() if record.published_at else None,
        "image_hashes": list(record.image_hashes),
        "extra_texts": list(record.extra_texts),
    }
    if record.appearances:  # only when set: the digests of records without any stay as they were
        fields["appearances"] = list(record.appearances)
    encoded = json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(encoded.encode()).hexdigest()


def text_language(record: FactCheckRecord) -> str | None:
    """The language stored with the record's claim and title: None when undetermined, so the
    matcher decides for itself."""
    return None if record.language == UNDETERMINED_LANGUAGE else record.language


def record_texts(record: FactCheckRecord) -> list[tuple[str, TextSource, str | None]]:
    """The texts the matcher should recognise for a record: claim, title, then aliases."""
    language = text_language(record)
    texts: list[tuple[str, TextSource, str | None]] = [(record.claim, TextSource.CLAIM, language)]
    if record.title:
        texts.append((record.title, TextSource.TITLE, language))
    texts.extend((text, TextSource.ALIAS, None) for text in record.extra_texts)
    return texts


def view(fact_check: FactCheck) -> FactCheckView:
    """The display value of a stored fact-check."""
    return FactCheckView(
        id=fact_check.id or 0,
        claim=fact_check.claim,
        verdict=Verdict(fact_check.verdict),
        rating_text=fact_check.rating_text,
        summary=fact_check.summary,
        publisher=fact_check.publisher,
        url=fact_check.url,
        language=fact_check.language,
        published_at=as_utc(fact_check.published_at),
    )


async def find_fact_check(
    session: AsyncSession, *, url: str | None = None, external_id: str | None = None
) -> FactCheck | None:
    """The fact-check with this URL, else with this external id."""
    if url:
        found = (await session.exec(select(FactCheck).where(FactCheck.url == url))).first()
        if found is not None:
            return found
    if external_id:
        return (
            await session.exec(select(FactCheck).where(FactCheck.external_id == external_id))
        ).first()
    return None


async def add_texts(
    session: AsyncSession,
    fact_check_id: int,
    texts: Iterable[tuple[str, TextSource, str | None]],
) -> list[str]:
    """Attach texts the matcher should recognise; returns the ones that were new."""
    existing = set(
        (
            await session.exec(
                select(FactCheckText.text_hash).where(FactCheckText.fact_check_id == fact_check_id)
            )
        ).all()
    )
    added = []
    for text, source, language in texts:
        text = text.strip()
        digest = text_hash(text)
        if not text or digest in existing:
            continue
        existing.add(digest)
        session.add(
            FactCheckText(
                fact_check_id=fact_check_id,
                text=text,
                text_hash=digest,
                source=source,
                language=language,
            )
        )
        added.append(text)
    await session.flush()
    if added:  # every worker's matcher learns them (factchecks.index_changes)
        note_change(session, IndexChangeKind.FACT_CHECK, fact_check_id)
    return added


async def add_fingerprints(
    session: AsyncSession, fact_check_id: int, fingerprints: Iterable[str]
) -> list[str]:
    """Attach image fingerprints; returns the ones that were new."""
    existing = set(
        (
            await session.exec(
                select(FactCheckImage.fingerprint).where(
                    FactCheckImage.fact_check_id == fact_check_id
                )
            )
        ).all()
    )
    added = []
    for fingerprint in fingerprints:
        if fingerprint in existing:
            continue
        existing.add(fingerprint)
        session.add(FactCheckImage(fact_check_id=fact_check_id, fingerprint=fingerprint))
        added.append(fingerprint)
    await session.flush()
    if added:
        note_change(session, IndexChangeKind.FACT_CHECK, fact_check_id)
    return added


async def upsert_record(
    session: AsyncSession, record: FactCheckRecord
) -> tuple[FactCheck, UpsertResult]:
    """Create or update the fact-check `record` describes, with its texts and fingerprints.

    One record at a time through the ORM: the plain twin of `bulk_upsert.upsert_batch`, which
    tests compare it with. A record whose digest matches the stored one writes nothing.
    """
    fact_check = await find_fact_check(session, url=record.url, external_id=record.external_id)
    digest = record_digest(record)
    if fact_check is not None and fact_check.record_digest == digest:
        return fact_check, UpsertResult.UNCHANGED
    result = UpsertResult.UPDATED
    if fact_check is None:
        fact_check = FactCheck(claim=record.claim, verdict=record.verdict)
        result = UpsertResult.CREATED
    fact_check.url = record.url or fact_check.url
    fact_check.external_id = record.external_id or fact_check.external_id
    fact_check.claim = record.claim
    fact_check.verdict = record.verdict
    fact_check.rating_text = record.rating_text
    fact_check.title = record.title
    fact_check.summary = record.summary
    fact_check.publisher = record.publisher
    fact_check.language = record.language
    fact_check.language_confidence = record.language_confidence
    fact_check.record_digest = digest
    fact_check.claimant = record.claimant
    fact_check.claim_date = record.claim_date
    fact_check.published_at = record.published_at
    fact_check.updated_at = utc_now()
    session.add(fact_check)
    await session.flush()
    assert fact_check.id is not None
    await add_texts(session, fact_check.id, record_texts(record))
    await add_fingerprints(session, fact_check.id, record.image_hashes)
    await set_links(session, fact_check.id, wanted_links(fact_check.url, record.appearances))
    return fact_check, result


async def wording_in(session: AsyncSession, fact_check_id: int, language: str) -> str | None:
    """A title or alias of the fact-check written in `language` ("hi", or "hi_IN" for Hindi
    too), oldest first; None when the desk wrote none. Shown to a voter whose fact-check is in
    another language."""
    base = language.replace("-", "_").split("_")[0].casefold()
    rows = await session.exec(
        select(FactCheckText.text, FactCheckText.language)
        .where(
            FactCheckText.fact_check_id == fact_check_id,
            col(FactCheckText.source).in_([TextSource.TITLE, TextSource.ALIAS]),
        )
        .order_by(col(FactCheckText.id))
    )
    for text, text_language in rows.all():
        if text_language and text_language.replace("-", "_").split("_")[0].casefold() == base:
            return str(text)
    return None


async def get_fact_check(session: AsyncSession, fact_check_id: int) -> FactCheck | None:
    """The fact-check with this id."""
    return await session.get(FactCheck, fact_check_id)


async def index_entries(
    session: AsyncSession, fact_check_ids: Collection[int] | None = None
) -> list[IndexEntry]:
    """Every fact-check's texts and fingerprints, for building the in-memory matcher; only
    those of `fact_check_ids` when given (to bring a running matcher up to date)."""
    text_query = select(
        FactCheckText.fact_check_id,
        FactCheckText.text,
        FactCheckText.language,
        FactCheckText.source,
    ).order_by(col(FactCheckText.id))
    image_query = select(FactCheckImage.fact_check_id, FactCheckImage.fingerprint)
    if fact_check_ids is not None:
        text_query = text_query.where(col(FactCheckText.fact_check_id).in_(fact_check_ids))
        image_query = image_query.where(col(FactCheckImage.fact_check_id).in_(fact_check_ids))
    texts: dict[int, list[IndexText]] = {}
    for fc_id, text, language, source in (await session.exec(text_query)).all():
        texts.setdefault(fc_id, []).append(IndexText(text, language, TextRole(source)))
    images: dict[int, list[str]] = {}
    for fc_id, fingerprint in (await session.exec(image_query)).all():
        images.setdefault(fc_id, []).append(fingerprint)
    return [
        IndexEntry(fc_id, tuple(texts.get(fc_id, ())), tuple(images.get(fc_id, ())))
        for fc_id in sorted(texts.keys() | images.keys())
    ]


async def stored_records(
    session: AsyncSession, page: int = 1_000
) -> AsyncIterator[FactCheckRecord]:
    """Every fact-check as an import record (aliases and fingerprints included), by id, read a
    page at a time so memory stays flat; what `tipline export` writes."""
    last_id = 0
    while True:
        rows = (
            await session.exec(
                select(FactCheck)
                .where(col(FactCheck.id) > last_id)
                .order_by(col(FactCheck.id))
                .limit(page)
            )
        ).all()
        if not rows:
            return
        ids = [row.id for row in rows]
        aliases: dict[int, list[str]] = {}
        for fc_id, alias in (
            await session.exec(
                select(FactCheckText.fact_check_id, FactCheckText.text)
                .where(col(FactCheckText.fact_check_id).in_(ids))
                .where(FactCheckText.source == TextSource.ALIAS)
                .order_by(col(FactCheckText.id))
            )
        ).all():
            aliases.setdefault(fc_id, []).append(alias)
        images: dict[int, list[str]] = {}
        for fc_id, fingerprint in (
            await session.exec(
                select(FactCheckImage.fact_check_id, FactCheckImage.fingerprint)
                .where(col(FactCheckImage.fact_check_id).in_(ids))
                .order_by(col(FactCheckImage.id))
            )
        ).all():
            images.setdefault(fc_id, []).append(fingerprint)
        appearances = await appearances_of(session, [row.id or 0 for row in rows])
        for row in rows:
            fc_id = row.id or 0
            yield FactCheckRecord(
                claim=row.claim,
                verdict=Verdict(row.verdict),
                url=row.url,
                external_id=row.external_id,
                rating_text=row.rating_text,
                summary=row.summary,
                title=row.title,
                publisher=row.publisher,
                language=row.language,
                language_confidence=row.language_confidence,
                claimant=row.claimant,
                claim_date=as_utc(row.claim_date),
                published_at=as_utc(row.published_at),
                image_hashes=tuple(images.get(fc_id, ())),
                extra_texts=tuple(aliases.get(fc_id, ())),
                appearances=tuple(appearances.get(fc_id, ())),
            )
        last_id = rows[-1].id or last_id
        session.expunge_all()
