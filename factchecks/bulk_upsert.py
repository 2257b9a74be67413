"""Upserting many fact-checks at once: a few statements per batch instead of a few per record.

For a batch of records: a SELECT per key (URL, then external id) finds the stored fact-checks with
their record digests; records whose digest matches are unchanged and write nothing; new ones are
inserted with one executemany (then one lookup for their ids); changed ones are updated with one
executemany; their texts and fingerprints are added, the ones already stored left alone, and
their links (`fact_check_links`) written anew: the changed ones' deleted, all inserted. The
result is the same as `catalogue.upsert_record` called on each record in order (a test compares
the two on both databases); a record whose URL or id repeats one earlier in the batch starts a
new batch, so "later wins" holds as it does one record at a time.

On PostgreSQL the lookups take their keys as one array parameter (`url = ANY($1)`): the cached
generic plan of a thousand-parameter IN list scanned the whole table (docs/decisions.md, 71).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import Dialect, String, Table, any_, bindparam, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession
from sqlmodel.sql.expression import Select

from factchecks.catalogue import UpsertResult, record_digest, record_texts, text_hash
from factchecks.clock import utc_now
from factchecks.fact_check_links import LinkRow, delete_links_of, link_values, wanted_links
from factchecks.index_changes import note_changes
from factchecks.models import (
    FactCheck,
    FactCheckImage,
    FactCheckLink,
    FactCheckText,
    IndexChangeKind,
)
from factchecks.records import FactCheckRecord

_FACT_CHECK = FactCheck.__table__  # type: ignore[attr-defined]
_TEXT = FactCheckText.__table__  # type: ignore[attr-defined]
_IMAGE = FactCheckImage.__table__  # type: ignore[attr-defined]
_LINK = FactCheckLink.__table__  # type: ignore[attr-defined]


async def upsert_batch(
    session: AsyncSession, records: Sequence[FactCheckRecord]
) -> list[UpsertResult]:
    """Upsert `records` in order; what happened to each, in the same order."""
    results: list[UpsertResult] = []
    start = 0
    seen: set[str] = set()
    for index, record in enumerate(records):
        keys = _keys(record)
        if keys & seen:
            results += await _upsert_distinct(session, records[start:index])
            start, seen = index, set()
        seen |= keys
    results += await _upsert_distinct(session, records[start:])
    return results


def _keys(record: FactCheckRecord) -> set[str]:
    keys = set()
    if record.url:
        keys.add(f"url:{record.url}")
    if record.external_id:
        keys.add(f"id:{record.external_id}")
    return keys


async def _upsert_distinct(
    session: AsyncSession, records: Sequence[FactCheckRecord]
) -> list[UpsertResult]:
    """Upsert records that share no URL or external id."""
    if not records:
        return []
    by_url, by_external_id = await _stored(session, records)
    digests = [record_digest(record) for record in records]
    now = utc_now()
    results: list[UpsertResult] = []
    new_rows: list[dict[str, Any]] = []
    new_records: list[FactCheckRecord] = []
    changed_rows: list[dict[str, Any]] = []
    changed: list[tuple[int, FactCheckRecord]] = []
    changed_links: list[list[LinkRow]] = []
    for record, digest in zip(records, digests, strict=True):
        stored = (by_url.get(record.url) if record.url else None) or (
            by_external_id.get(record.external_id) if record.external_id else None
        )
        if stored is None:
            new_rows.append({**_values(record, digest, now), "created_at": now})
            new_records.append(record)
            results.append(UpsertResult.CREATED)
            continue
        stored_id, stored_url, stored_external_id, stored_digest = stored
        if stored_digest == digest:
            results.append(UpsertResult.UNCHANGED)
            continue
        values = _values(record, digest, now)
        # As one record at a time: a record without a URL (or id) keeps the stored one.
        values["url"] = record.url or stored_url
        values["external_id"] = record.external_id or stored_external_id
        changed_rows.append({"b_id": stored_id, **values})
        changed.append((stored_id, record))
        changed_links.append(wanted_links(values["url"], record.appearances))
        results.append(UpsertResult.UPDATED)
    new_ids: list[int] = []
    if new_rows:
        # A plain executemany, then one SELECT for the new ids: INSERT ... RETURNING in
        # parameter order runs one statement per row on SQLite (see benchmarks/catalogue_import).
        await _insert_many(session, _FACT_CHECK, new_rows)
        by_url, by_external_id = await _stored(session, new_records)
        new_ids = [
            ((by_url.get(r.url) if r.url else None) or by_external_id[r.external_id or ""])[0]
            for r in new_records
        ]
    if changed_rows:
        await session.exec(
            update(_FACT_CHECK)
            .where(_FACT_CHECK.c.id == bindparam("b_id"))
            .execution_options(synchronize_session=False),
            params=changed_rows,
        )
    owned = [*zip(new_ids, new_records, strict=True), *changed]
    note_changes(session, IndexChangeKind.FACT_CHECK, [fc_id for fc_id, _ in owned])
    await _add_texts_and_images(session, owned, {fc_id for fc_id, _ in changed})
    # A changed fact-check's links are written anew, as `catalogue.upsert_record` does.
    await delete_links_of(session, [fc_id for fc_id, _ in changed])
    links = [wanted_links(record.url, record.appearances) for record in new_records]
    link_rows = [
        row
        for fc_id, fc_links in zip(
            [*new_ids, *(i for i, _ in changed)], [*links, *changed_links], strict=True
        )
        for row in link_values(fc_id, fc_links)
    ]
    if link_rows:
        await _insert_many(session, _LINK, link_rows)
    return results


class LookupKey(StrEnum):
    """What a stored fact-check is found by."""

    URL = "url"
    EXTERNAL_ID = "external_id"


def lookup_statement(
    key: LookupKey, keys: Sequence[str], dialect: str
) -> Select[int, str | None, str | None, str | None]:
    """The SELECT of the stored (id, url, external_id, digest) whose `key` is one of `keys`.

    On PostgreSQL the keys are one array parameter, so the statement's cached generic plan is an
    index scan at any table size; on SQLite an IN list, which always searches the index.
    """
    column = col(FactCheck.url if key is LookupKey.URL else FactCheck.external_id)
    if dialect == "postgresql":
        condition = column == any_(bindparam("keys", list(keys), type_=ARRAY(String)))
    else:
        condition = column.in_(keys)
    statement = select(
        FactCheck.id, FactCheck.url, FactCheck.external_id, FactCheck.record_digest
    ).where(condition)
    return cast("Select[int, str | None, str | None, str | None]", statement)


async def _stored(
    session: AsyncSession, records: Sequence[FactCheckRecord]
) -> tuple[dict[str, tuple[Any, ...]], dict[str, tuple[Any, ...]]]:
    """The stored (id, url, external_id, digest) of the records' fact-checks, by URL and by id."""
    urls = [record.url for record in records if record.url]
    external_ids = [record.external_id for record in records if record.external_id]
    rows: list[Any] = []
    dialect = session.get_bind().dialect.name
    for key, keys in ((LookupKey.URL, urls), (LookupKey.EXTERNAL_ID, external_ids)):
        if keys:
            rows += (await session.exec(lookup_statement(key, keys, dialect))).all()
    by_url = {row[1]: tuple(row) for row in rows if row[1]}
    by_external_id = {row[2]: tuple(row) for row in rows if row[2]}
    return by_url, by_external_id


def _values(record: FactCheckRecord, digest: str, now: Any) -> dict[str, Any]:
    return {
        "url": record.url,
        "external_id": record.external_id,
        "claim": record.claim,
        "verdict": record.verdict,
        "rating_text": record.rating_text,
        "title": record.title,
        "summary": record.summary,
        "publisher": record.publisher,
        "language": record.language,
        "language_confidence": record.language_confidence,
        "record_digest": digest,
        "claimant": record.claimant,
        "claim_date": record.claim_date,
        "published_at": record.published_at,
        "updated_at": now,
    }


async def _add_texts_and_images(
    session: AsyncSession, owned: list[tuple[int, FactCheckRecord]], existing_ids: set[int]
) -> None:
    """Insert the texts and fingerprints not already stored; only `existing_ids` can have any."""
    stored_texts: set[tuple[int, str]] = set()
    stored_images: set[tuple[int, str]] = set()
    if existing_ids:
        stored_texts = {
            (row[0], row[1])
            for row in (
                await session.exec(
                    select(FactCheckText.fact_check_id, FactCheckText.text_hash).where(
                        col(FactCheckText.fact_check_id).in_(existing_ids)
                    )
                )
            ).all()
        }
        stored_images = {
            (row[0], row[1])
            for row in (
                await session.exec(
                    select(FactCheckImage.fact_check_id, FactCheckImage.fingerprint).where(
                        col(FactCheckImage.fact_check_id).in_(existing_ids)
                    )
                )
            ).all()
        }
    text_rows: list[dict[str, Any]] = []
    image_rows: list[dict[str, Any]] = []
    for fc_id, record in owned:
        for text, source, language in record_texts(record):
            text = text.strip()
            key = (fc_id, text_hash(text))
            if not text or key in stored_texts:
                continue
            stored_texts.add(key)
            text_rows.append(
                {
                    "fact_check_id": fc_id,
                    "text": text,
                    "text_hash": key[1],
                    "source": source,
                    "language": language,
                }
            )
        for fingerprint in record.image_hashes:
            if (fc_id, fingerprint) in stored_images:
                continue
            stored_images.add((fc_id, fingerprint))
            image_rows.append({"fact_check_id": fc_id, "fingerprint": fingerprint})
    if text_rows:
        await _insert_many(session, _TEXT, text_rows)
    if image_rows:
        await _insert_many(session, _IMAGE, image_rows)


async def _insert_many(session: AsyncSession, table: Table, rows: list[dict[str, Any]]) -> None:
    """INSERT `rows` (dicts with the same keys) with one executemany sent to the driver as is.

    Each value is converted by its column's own SQLAlchemy bind processor, so what is stored is
    what `session.exec(insert(table), params=rows)` stores (the batch-versus-one-at-a-time test
    compares them); what is saved is SQLAlchemy building and processing a parameter dict per row.
    On PostgreSQL the rows go by COPY (asyncpg's binary `copy_records_to_table`), which costs the
    server a fraction of an INSERT per row (docs/decisions.md, 92).
    """
    connection = await session.connection()
    keys = list(rows[0])
    sql, processors = _insert_statement(table, tuple(keys), connection.dialect)
    converted = [
        tuple(
            value if process is None or value is None else process(value)
            for value, process in zip((row[key] for key in keys), processors, strict=True)
        )
        for row in rows
    ]
    if connection.dialect.name == "postgresql":
        driver = (await connection.get_raw_connection()).driver_connection
        # COPY needs the transaction begun (our batches always read first): else the rows would
        # be committed on their own, outside the import's one transaction.
        if driver is not None and driver.is_in_transaction():
            await driver.copy_records_to_table(table.name, records=converted, columns=keys)
            return
    await connection.exec_driver_sql(sql, converted)


_STATEMENTS: dict[tuple[str, tuple[str, ...], str], tuple[str, list[Any]]] = {}


def _insert_statement(
    table: Table, keys: tuple[str, ...], dialect: Dialect
) -> tuple[str, list[Any]]:
    """The INSERT text in the driver's parameter style, and each column's bind processor."""
    cache_key = (table.name, keys, dialect.name)
    if cache_key not in _STATEMENTS:
        if dialect.paramstyle == "numeric_dollar":
            marks = [f"${number}" for number in range(1, len(keys) + 1)]
        elif dialect.paramstyle == "qmark":
            marks = ["?"] * len(keys)
        else:
            raise NotImplementedError(f"parameter style {dialect.paramstyle}")
        sql = f"INSERT INTO {table.name} ({', '.join(keys)}) VALUES ({', '.join(marks)})"
        processors = [
            table.c[key].type.dialect_impl(dialect).bind_processor(dialect) for key in keys
        ]
        _STATEMENTS[cache_key] = (sql, processors)
    return _STATEMENTS[cache_key]
