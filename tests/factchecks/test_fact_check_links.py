"""Fact-check links on both databases: a ClaimReview import stores the keys of its own address
and of its claim's appearances; an update, one record at a time or in a batch, rewrites them; a
deleted fact-check takes them along; the indexed lookup agrees with a plain scan of every link."""

from __future__ import annotations

import asyncio
import json
import random
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlmodel import col, delete, select

from factchecks import catalogue
from factchecks.bulk_upsert import upsert_batch
from factchecks.catalogue import UpsertResult, stored_records
from factchecks.database import Database
from factchecks.fact_check_links import linked_fact_checks
from factchecks.formats import ReadOptions
from factchecks.formats.claimreview_records import record_from_claimreview
from factchecks.importer import import_file
from factchecks.models import FactCheck, FactCheckLink, LinkKind
from factchecks.records import FactCheckRecord
from factchecks.schema import upgrade
from factchecks.verdicts import Verdict
from matching.link_keys import link_key

POST = "https://www.facebook.com/permalink.php?story_fbid=1001&id=42&utm_source=wa"
VIDEO = "https://youtu.be/dQw4w9WgXcQ?si=share123"
TWEET = "https://twitter.com/ElectionsBoard/status/1765432109876543210?s=20"


def _review(url: str, claim: str, appearances: list[Any]) -> dict[str, Any]:
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": claim,
        "reviewRating": {"@type": "Rating", "alternateName": "False"},
        "inLanguage": "en",
        "itemReviewed": {
            "@type": "Claim",
            "firstAppearance": appearances[:1],
            "appearance": appearances[1:],
        },
    }


async def _links(db: Database) -> set[tuple[str | None, LinkKind, str]]:
    """Every stored link as (its fact-check's URL, kind, key)."""
    async with db.session() as session:
        rows = await session.exec(
            select(FactCheck.url, FactCheckLink.kind, FactCheckLink.key).join(
                FactCheck, col(FactCheck.id) == col(FactCheckLink.fact_check_id)
            )
        )
        return {(url, LinkKind(kind), key) for url, kind, key in rows.all()}


def test_claimreview_appearances_are_read_as_urls_or_creative_works() -> None:
    review = _review(
        "https://example.org/fc/1",
        "Ballots were burnt in district 4",
        [
            {"@type": "SocialMediaPosting", "url": POST},
            VIDEO,
            {"@type": "CreativeWork", "@id": TWEET},
            {"@type": "ImageObject", "contentUrl": "ballots.jpg"},  # no address: left out
            "not a link",
        ],
    )
    record = record_from_claimreview(review, ReadOptions())
    assert record.appearances == (POST, VIDEO, TWEET)


async def test_import_update_and_delete_keep_the_links_in_step(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "reviews.jsonld"
    fc_url = "https://example.org/fc/ballots-burnt"
    path.write_text(
        json.dumps([_review(fc_url, "Ballots were burnt in district 4", [POST, VIDEO])])
    )
    assert (await import_file(db, path)).created == 1
    assert await _links(db) == {
        (fc_url, LinkKind.OWN, "example.org/fc/ballots-burnt"),
        (fc_url, LinkKind.APPEARANCE, "facebook.com/permalink.php?id=42&story_fbid=1001"),
        (fc_url, LinkKind.APPEARANCE, "youtube.com/watch?v=dQw4w9WgXcQ"),
    }

    # The publisher drops the video and adds the tweet: the links follow.
    path.write_text(
        json.dumps([_review(fc_url, "Ballots were burnt in district 4", [TWEET, POST])])
    )
    assert (await import_file(db, path)).updated == 1
    assert await _links(db) == {
        (fc_url, LinkKind.OWN, "example.org/fc/ballots-burnt"),
        (fc_url, LinkKind.APPEARANCE, "x.com/i/status/1765432109876543210"),
        (fc_url, LinkKind.APPEARANCE, "facebook.com/permalink.php?id=42&story_fbid=1001"),
    }
    async with db.session() as session:
        [exported] = [record async for record in stored_records(session)]
    assert exported.appearances == (TWEET, POST)  # as written, for `tipline export`
    assert (await import_file(db, path)).unchanged == 1

    async with db.transaction() as session:
        await session.exec(delete(FactCheck))
    assert await _links(db) == set()


async def test_one_record_at_a_time_stores_the_links_a_batch_stores(
    database_url: str, tmp_path: Path
) -> None:
    first = [
        FactCheckRecord(
            claim=f"claim {n}",
            verdict=Verdict.FALSE,
            url=f"https://example.org/fc/{n}" if n % 3 else None,
            external_id=f"desk-{n}",
            appearances=tuple(f"https://example.com/post/{n}?fbclid=x{k}" for k in range(n % 3)),
        )
        for n in range(1, 10)
    ]
    second = [
        replace(first[0], appearances=(VIDEO,)),
        replace(first[1], appearances=()),
        replace(first[2], url="https://example.org/fc/3-moved", appearances=(POST, POST + "&x")),
        *first[3:],
    ]
    slow_url = f"sqlite+aiosqlite:///{tmp_path / 'slow.db'}"
    await asyncio.to_thread(upgrade, slow_url)
    slow, fast = Database(slow_url), Database(database_url)
    try:
        for records in (first, second):
            async with fast.transaction() as session:
                fast_results = await upsert_batch(session, records)
            async with slow.transaction() as session:
                slow_results = [(await catalogue.upsert_record(session, r))[1] for r in records]
            assert fast_results == slow_results
        assert slow_results[3:] == [UpsertResult.UNCHANGED] * 6
        assert await _links(fast) == await _links(slow)
        assert (
            "https://example.org/fc/1",
            LinkKind.APPEARANCE,
            "youtube.com/watch?v=dQw4w9WgXcQ",
        ) in (await _links(fast))
        moved = {
            key for url, _, key in await _links(fast) if url == "https://example.org/fc/3-moved"
        }
        assert moved == {
            "example.org/fc/3-moved",
            "facebook.com/permalink.php?id=42&story_fbid=1001",
            "facebook.com/permalink.php?id=42&story_fbid=1001&x=",
        }
    finally:
        await fast.dispose()
        await slow.dispose()


async def test_the_indexed_lookup_finds_what_a_scan_of_every_link_finds(db: Database) -> None:
    # Seeded random catalogue: posts shared by several fact-checks, fact-checks with none.
    rng = random.Random(20261207)
    posts = [f"https://social.example/p/{n}" for n in range(60)]
    records = [
        FactCheckRecord(
            claim=f"claim {n}",
            verdict=Verdict.FALSE,
            url=f"https://example.org/fc/{n}",
            appearances=tuple(rng.sample(posts, rng.randint(0, 3))),
        )
        for n in range(120)
    ]
    async with db.transaction() as session:
        await upsert_batch(session, records)
    async with db.session() as session:
        stored = (await session.exec(select(FactCheckLink.key, FactCheckLink.fact_check_id))).all()
        addresses = [*posts, *(record.url or "" for record in records)]
        unknown = "https://unknown.example/x"
        queries = [
            tuple(
                key
                for key in map(link_key, [*rng.sample(addresses, rng.randint(1, 4)), unknown])
                if key
            )
            for _ in range(80)
        ]
        for keys in queries:
            # The plain twin: every stored link looked at, in Python.
            expected = sorted({fc_id for key, fc_id in stored if key in keys})
            found = await linked_fact_checks(session, keys, limit=1_000)
            assert [fc.id for fc in found] == expected, keys
            some = [fc.id for fc in await linked_fact_checks(session, keys)]
            assert len(some) == min(2, len(expected)) and set(some) <= set(expected)
        assert await linked_fact_checks(session, ()) == []
