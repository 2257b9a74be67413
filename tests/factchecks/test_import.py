"""`import_file` against a real database (SQLite and PostgreSQL): batched upserts equal to one
record at a time, unchanged re-imports that write nothing, dry runs, pictures, export then
import giving back equal records, and a CSV stray quote reported with the rows around it kept."""

from __future__ import annotations

import asyncio
import io
import json
import pickle
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import func, select

from factchecks import catalogue
from factchecks.bulk_upsert import LookupKey, lookup_statement, upsert_batch
from factchecks.catalogue import UpsertResult, stored_records
from factchecks.database import Database
from factchecks.formats import (
    ExportFormat,
    ReadOptions,
    parse_chunk,
    parse_file,
    split_file,
    write_export,
)
from factchecks.formats.claimreview_documents import read_claimreview
from factchecks.importer import ImportOptions, fingerprint_file, import_file
from factchecks.models import FactCheck, FactCheckImage, FactCheckText
from factchecks.records import FactCheckRecord, RecordError
from factchecks.schema import upgrade
from factchecks.verdicts import Verdict
from tests.bot.conftest import encode, photo_like
from tests.factchecks.formats.test_formats_publishers import ENTITY, SHAPES, TAG


def _record(index: int, **changes: object) -> FactCheckRecord:
    base = FactCheckRecord(
        claim=f"Polling station {index} closes at noon on election day",
        verdict=Verdict.FALSE,
        url=f"https://example.org/fc/{index}" if index % 3 else None,
        external_id=f"desk-{index}" if index % 2 == 0 or index % 3 == 0 else None,
        rating_text="False",
        title=f"Station {index} stays open until 8 pm" if index % 2 else "",
        language="en",
        published_at=datetime(2026, 3, 1, tzinfo=UTC),
        image_hashes=(f"{index:032x}",) if index % 4 == 0 else (),
        extra_texts=(f"station {index} shuts at midday",) if index % 5 == 0 else (),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


async def _state(db: Database) -> list[tuple[object, ...]]:
    """Everything an import writes, without ids and timestamps."""
    async with db.session() as session:
        records = [record async for record in stored_records(session)]
        texts = (
            await session.exec(
                select(FactCheckText.text, FactCheckText.source, FactCheckText.language).order_by(
                    FactCheckText.text
                )
            )
        ).all()
        digests = (
            await session.exec(select(FactCheck.record_digest).order_by(FactCheck.record_digest))
        ).all()
    return [*records, *texts, *digests]


async def _counts(db: Database) -> tuple[int, int, int]:
    async with db.session() as session:
        return (
            (await session.exec(select(func.count()).select_from(FactCheck))).one(),
            (await session.exec(select(func.count()).select_from(FactCheckText))).one(),
            (await session.exec(select(func.count()).select_from(FactCheckImage))).one(),
        )


async def test_a_batch_upsert_does_what_upserting_one_record_at_a_time_does(
    database_url: str, tmp_path: Path
) -> None:
    # A mix: new records, changed ones, unchanged ones, a key repeated within the batch, a
    # record found by its external id that brings a URL.
    first = [_record(i) for i in range(1, 13)]
    second = [
        *first[:4],
        replace(first[4], verdict=Verdict.MISLEADING, rating_text="Misleading"),
        replace(first[5], extra_texts=("a new wording",)),
        _record(20),
        replace(_record(20), summary="repeated in the batch: the later one wins"),
        replace(first[8], url="https://example.org/fc/now-with-url"),
    ]
    slow_url = f"sqlite+aiosqlite:///{tmp_path / 'one-at-a-time.db'}"
    await asyncio.to_thread(upgrade, slow_url)
    fast, slow = Database(database_url), Database(slow_url)
    try:
        results = []
        for records in (first, second):
            async with fast.transaction() as session:
                fast_results = await upsert_batch(session, records)
            async with slow.transaction() as session:
                slow_results = [(await catalogue.upsert_record(session, r))[1] for r in records]
            results.append((fast_results, slow_results))
        assert all(fast_results == slow_results for fast_results, slow_results in results)
        assert results[1][0][:4] == [UpsertResult.UNCHANGED] * 4
        assert await _state(fast) == await _state(slow)
    finally:
        await fast.dispose()
        await slow.dispose()


def _write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    return path


FLAT = [
    {"claim": "Las elecciones se aplazaron al lunes por la lluvia", "rating": "Falso.",
     "url": "https://example.org/a"},
    {"claim": "Manmohan Singh&#039;s <b>speech</b> asks voters to stay home", "rating": "Fake",
     "url": "https://example.org/b", "aliases": ["stay home, says Singh"]},
    {"claim": "", "url": "https://example.org/c"},
    {"claim": "चुनाव सोमवार तक टाल दिए गए हैं, अफवाह फैलाई जा रही है", "rating": "फर्जी",
     "external_id": "vishvas-1"},
]  # fmt: skip


async def test_a_file_imports_then_an_unchanged_reimport_writes_nothing(
    db: Database, tmp_path: Path
) -> None:
    path = _write_jsonl(tmp_path / "feed.jsonl", FLAT)

    first = await import_file(db, path)
    counts = await _counts(db)
    async with db.session() as session:
        stamps = (await session.exec(select(FactCheck.updated_at))).all()
    again = await import_file(db, path)

    assert (first.created, first.updated, first.unchanged, first.skipped) == (3, 0, 0, 1)
    assert [(e.kind, e.position) for e in first.errors] == [("line", 3)]
    assert (again.created, again.updated, again.unchanged, again.skipped) == (0, 0, 3, 1)
    assert await _counts(db) == counts
    async with db.session() as session:
        assert (await session.exec(select(FactCheck.updated_at))).all() == stamps
    async with db.session() as session:
        stored = {r.url or r.external_id: r for r in [r async for r in stored_records(session)]}
    assert stored["https://example.org/a"].language == "es"
    assert stored["vishvas-1"].language == "hi"
    assert (
        stored["https://example.org/b"].claim == "Manmohan Singh's speech asks voters to stay home"
    )


async def test_a_dry_run_counts_but_writes_nothing(db: Database, tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "feed.jsonl", FLAT)

    report = await import_file(db, path, ImportOptions(dry_run=True))

    assert (report.created, report.skipped, report.dry_run) == (3, 1, True)
    assert "dry run" in report.summary()
    assert await _counts(db) == (0, 0, 0)


async def test_a_missing_picture_skips_the_picture_not_the_fact_check(
    db: Database, tmp_path: Path
) -> None:
    (tmp_path / "poster.png").write_bytes(encode(photo_like(3)))
    lines = [
        {"claim": "Poster says the vote moved to Sunday", "verdict": "false",
         "url": "https://example.org/p", "images": ["poster.png", "gone.png"]},
    ]  # fmt: skip
    path = _write_jsonl(tmp_path / "feed.jsonl", lines)

    with ThreadPoolExecutor(2) as pool:
        report = await import_file(db, path, executor=pool)

    assert (report.created, report.skipped) == (1, 0)
    assert ["gone.png" in w.message for w in report.warnings] == [True]
    assert report.warnings[0].describe().startswith(f"{path}: line 1: warning:")
    async with db.session() as session:
        (record,) = [r async for r in stored_records(session)]
    assert record.image_hashes == tuple(fingerprint_file(tmp_path / "poster.png") or ())


async def test_chunks_parsed_by_a_pool_give_what_parsing_here_gives(
    db: Database, tmp_path: Path
) -> None:
    lines = [
        {"claim": f"Claim {i}: the polling station in district {i} moved", "verdict": "false",
         "url": f"https://example.org/{i}"}
        for i in range(2_500)
    ]  # fmt: skip
    path = _write_jsonl(tmp_path / "feed.jsonl", lines)
    expected = parse_file(path, fingerprint_file).records

    with ThreadPoolExecutor(2) as pool:
        report = await import_file(db, path, executor=pool)

    assert report.created == 2_500
    async with db.session() as session:
        assert [r async for r in stored_records(session)] == list(expected)


@pytest.mark.parametrize("fmt", list(ExportFormat))
async def test_export_then_import_gives_back_equal_records(
    db: Database, tmp_path: Path, fmt: ExportFormat
) -> None:
    (tmp_path / "poster.png").write_bytes(encode(photo_like(5)))
    lines = [
        *FLAT,
        {"claim": "Ink comes off with vinegar", "verdict": "false", "rating": "Zombie claim",
         "url": "https://example.org/ink", "language": "en", "images": ["poster.png"],
         "claimant": "A chain message", "claim_date": "2026-02-01",
         "published_at": "2026-02-03T10:00:00+02:00", "title": "Ink stays", "summary": "It stays."},
    ]  # fmt: skip
    await import_file(db, _write_jsonl(tmp_path / "feed.jsonl", lines))
    async with db.session() as session:
        before = [record async for record in stored_records(session)]
    out = io.StringIO()
    write_export(before, fmt, out)
    exported = tmp_path / f"export{fmt.suffix}"
    exported.write_text(out.getvalue(), encoding="utf-8")

    read_back = parse_file(exported, fingerprint_file, ReadOptions()).records
    again = await import_file(db, exported)

    if fmt is ExportFormat.CLAIMREVIEW:  # ClaimReview has no place for fingerprints
        before = [replace(record, image_hashes=()) for record in before]
        assert again.updated == 1  # the record with a picture; the others are unchanged
    else:
        assert again.unchanged == len(before)
    assert list(read_back) == before


async def test_publishers_shapes_import_with_languages_detected_and_no_markup_for_voters(
    db: Database, tmp_path: Path
) -> None:
    # Each publisher's page as `tipline import` gets it: one file each, its page URL as --base-url.
    reports = []
    for name, shape in sorted(SHAPES.items()):
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps(shape.document, ensure_ascii=False), encoding="utf-8")
        options = ImportOptions(read=ReadOptions(base_url=shape.base_url))
        reports.append(await import_file(db, path, options))

    assert [report.skipped for report in reports] == [0] * len(SHAPES)
    async with db.session() as session:
        stored = (await session.exec(select(FactCheck))).all()
        texts = (await session.exec(select(FactCheckText.text))).all()
    assert len(stored) == len(SHAPES)
    for shape in SHAPES.values():
        [fact_check] = [fc for fc in stored if fc.claim.startswith(shape.claim_starts)]
        if shape.language != "und":
            assert fact_check.language == shape.language, shape.claim_starts
        shown = catalogue.view(fact_check)  # what a voter's reply is rendered from
        for seen in (shown.claim, shown.summary, shown.publisher, shown.rating_text or "", *texts):
            assert not ENTITY.search(seen), seen
            assert not TAG.search(seen), seen


async def test_a_streamed_data_feed_stores_what_reading_it_whole_gives(
    db: Database, tmp_path: Path
) -> None:
    items = [
        {"@type": "DataFeedItem", "item": {
            "@type": "ClaimReview", "url": f"checks/{i}", "claimReviewed": text,
            "reviewRating": {"@type": "Rating", "alternateName": "Falso"}}}
        for i, text in enumerate(f"A seção eleitoral {i} vai fechar ao meio-dia" for i in range(40))
    ]  # fmt: skip
    document = {"@type": "DataFeed", "dataFeedElement": items}
    document["@context"] = {"@vocab": "https://schema.org/", "@base": "https://desk.example/"}
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    whole = [
        item[1].record
        for item in read_claimreview(path.read_text(), source=str(path), options=ReadOptions())
        if not isinstance(item, RecordError)
    ]

    report = await import_file(db, path, ImportOptions(batch_size=7))

    assert report.created == 40
    async with db.session() as session:
        assert [r async for r in stored_records(session)] == whole
    assert {record.language for record in whole} == {"pt"}
    assert whole[3].url == "https://desk.example/checks/3"


async def test_the_lookup_of_stored_records_searches_the_index_even_with_a_cached_plan(
    db: Database,
) -> None:
    # Decision 71: PostgreSQL's cached generic plan of a 1,000-parameter IN list was a sequential
    # scan of the whole uncommitted table, so each batch of a large import got slower.
    records = [_record(i, url=f"https://example.org/plan/{i}") for i in range(3_000)]
    async with db.transaction() as session:
        for start in range(0, len(records), 1_000):
            await upsert_batch(session, records[start : start + 1_000])
        dialect = session.get_bind().dialect
        urls = [record.url or "" for record in records[1_000:2_000]]
        statement = lookup_statement(LookupKey.URL, urls, dialect.name)
        if dialect.name == "postgresql":
            compiled = statement.compile(dialect=dialect)
            raw = (await (await session.connection()).get_raw_connection()).driver_connection
            # The plan PostgreSQL keeps for a prepared statement after five executions.
            await raw.execute("SET LOCAL plan_cache_mode = force_generic_plan")
            await raw.execute(f"PREPARE lookup AS {compiled}")
            array = ", ".join("'" + url.replace("'", "''") + "'" for url in urls)
            plan = [row[0] for row in await raw.fetch(f"EXPLAIN EXECUTE lookup(ARRAY[{array}])")]
            assert any("Index" in line for line in plan), plan
            assert not any("Seq Scan" in line for line in plan), plan
        else:
            sql = statement.compile(dialect=dialect, compile_kwargs={"literal_binds": True})
            plan = [row[3] for row in (await session.exec(text(f"EXPLAIN QUERY PLAN {sql}")))]
            assert any("USING" in line and "INDEX" in line for line in plan), plan
            assert not any(line.startswith("SCAN") for line in plan), plan
        found = (await session.exec(statement)).all()
    assert sorted(row[1] for row in found) == sorted(urls)


async def test_a_stray_quote_skips_the_lines_it_swallowed_and_keeps_the_rows_around_it(
    db: Database, tmp_path: Path
) -> None:
    rows = [f"Claim {i}: the polling station moved,false,https://example.org/{i}" for i in range(6)]
    rows[2] = '"' + rows[2]  # line 4 opens a quote; the quoted cell on line 6 closes it
    rows[4] = rows[4].replace("Claim 4: the polling station moved", '"Claim 4", it moved')
    path = tmp_path / "sheet.csv"
    path.write_text("\n".join(["claim,verdict,url", *rows]) + "\n", encoding="utf-8")
    chunks = list(split_file(path, ReadOptions(), 2))

    with ThreadPoolExecutor(2) as pool:
        report = await import_file(db, path, ImportOptions(batch_size=2), executor=pool)

    # As a pool's worker gets them: pickled.
    again = [item for chunk in chunks for item in parse_chunk(pickle.loads(pickle.dumps(chunk)))]
    assert [item.position for item in again] == [2, 3, 4, 7]
    assert (report.created, report.updated, report.unchanged, report.skipped) == (3, 0, 0, 1)
    assert [error.describe() for error in report.errors] == [
        f'{path}: line 4: a quote (") opens a cell on this line and is only closed by the quote '
        "on line 6, which has text after it, so lines 4-6 were read as one cell; none of them is "
        "imported. Close or remove the quote, then import the file again"
    ]
    async with db.session() as session:
        stored = sorted([record.url or "" async for record in stored_records(session)])
    assert stored == [f"https://example.org/{i}" for i in (0, 1, 5)]
