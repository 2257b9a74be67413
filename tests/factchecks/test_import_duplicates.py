"""`import_file` of a file in which two records share a URL (or an external id), on SQLite and
PostgreSQL, in every format it reads: the later record wins, a warning names both positions and
the key, and the counts add up to the records read with each fact-check counted once."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlmodel import select

from factchecks.catalogue import stored_records
from factchecks.database import Database
from factchecks.importer import ImportOptions, ImportReport, import_file
from factchecks.models import FactCheckText

EIGHT = ("Polls close at 8 pm on election day", "https://example.org/fc/close")
TEXT = ("You can vote by sending a text message", "https://example.org/fc/text")
NINE = ("Polls close at 9 pm on election day", "https://example.org/fc/close")
CLAIMS = [EIGHT, TEXT, NINE]
"""The first and third share a URL with different claims: the third replaces the first."""


def _csv(claims: list[tuple[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["claim", "verdict", "url"])
    writer.writerows([claim, "false", url] for claim, url in claims)
    return out.getvalue()


def _jsonl(claims: list[tuple[str, str]]) -> str:
    return "".join(
        json.dumps({"claim": claim, "verdict": "false", "url": url}) + "\n" for claim, url in claims
    )


def _review(claim: str, url: str) -> dict[str, object]:
    return {
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": claim,
        "reviewRating": {"@type": "Rating", "alternateName": "False"},
    }


def _claimreview_lines(claims: list[tuple[str, str]]) -> str:
    return "".join(json.dumps(_review(*claim)) + "\n" for claim in claims)


def _claimreview_list(claims: list[tuple[str, str]]) -> str:
    return json.dumps([{"@context": "https://schema.org", **_review(*c)} for c in claims])


def _data_feed(claims: list[tuple[str, str]]) -> str:
    items = [{"@type": "DataFeedItem", "item": _review(*claim)} for claim in claims]
    return json.dumps(
        {"@context": "https://schema.org", "@type": "DataFeed", "dataFeedElement": items}
    )


def _graph(claims: list[tuple[str, str]]) -> str:
    return json.dumps({"@context": "https://schema.org", "@graph": [_review(*c) for c in claims]})


def _api_review(url: str) -> dict[str, object]:
    return {"publisher": {"name": "Desk"}, "url": url, "textualRating": "False"}


def _api_response(claims: list[tuple[str, str]]) -> str:
    entries = [{"text": claim, "claimReview": [_api_review(url)]} for claim, url in claims]
    return json.dumps({"claims": entries})


def _api_lines(claims: list[tuple[str, str]]) -> str:
    return "".join(
        json.dumps({"text": claim, "claimReview": [_api_review(url)]}) + "\n"
        for claim, url in claims
    )


def _page(claims: list[tuple[str, str]]) -> str:
    blocks = "".join(
        f'<script type="application/ld+json">{json.dumps(_review(*claim))}</script>\n'
        for claim in claims
    )
    return f'<!DOCTYPE html>\n<html lang="en"><head>\n{blocks}</head><body></body></html>\n'


@dataclass(frozen=True)
class Shape:
    """One format the importer reads, and where its three records are."""

    name: str
    write: Callable[[list[tuple[str, str]]], str]
    first: str
    third: str


SHAPES = [
    Shape("sheet.csv", _csv, "line 2", "line 4"),
    Shape("flat.jsonl", _jsonl, "line 1", "line 3"),
    Shape("claimreviews.jsonl", _claimreview_lines, "line 1", "line 3"),
    Shape("list.json", _claimreview_list, "record 1", "record 3"),
    Shape("feed.json", _data_feed, "record 1", "record 3"),
    Shape("graph.jsonld", _graph, "record 1", "record 3"),
    Shape("claims-search.json", _api_response, "record 1", "record 3"),
    Shape("claims-search.jsonl", _api_lines, "line 1", "line 3"),
    Shape("article.html", _page, "record 1", "record 3"),
]


def _counts(report: ImportReport) -> tuple[int, int, int, int, int]:
    return report.created, report.updated, report.unchanged, report.skipped, report.replaced


async def _stored_claims(db: Database) -> dict[str | None, str]:
    async with db.session() as session:
        return {record.url: record.claim async for record in stored_records(session)}


@pytest.mark.parametrize("shape", SHAPES, ids=[shape.name for shape in SHAPES])
async def test_a_url_twice_in_a_file_is_reported_and_the_later_record_wins(
    db: Database, tmp_path: Path, shape: Shape
) -> None:
    path = tmp_path / shape.name
    path.write_text(shape.write(CLAIMS), encoding="utf-8")

    report = await import_file(db, path)

    assert _counts(report) == (2, 0, 0, 0, 1)
    assert report.records == 3
    assert [warning.describe() for warning in report.warnings] == [
        f"{path}: {shape.third}: warning: has the same URL as {shape.first} "
        "(https://example.org/fc/close) and replaces it: the later record in a file wins. The "
        "earlier record's claim stays attached to it only as another wording to match; if the "
        "two are different fact-checks, give each its own URL"
    ]
    assert report.summary().startswith(f"{path}: 2 created, 0 updated, 0 unchanged, 0 skipped in ")
    assert report.summary().endswith(
        "; 1 replaced by a later record with the same URL or external_id (see the warnings)"
    )
    assert await _stored_claims(db) == {EIGHT[1]: NINE[0], TEXT[1]: TEXT[0]}


async def test_counts_stay_true_when_the_repeat_is_in_a_later_batch_and_on_a_reimport(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text(_csv(CLAIMS), encoding="utf-8")
    options = ImportOptions(batch_size=1)  # each record its own batch

    first = await import_file(db, path, options)
    again = await import_file(db, path, options)
    dry = await import_file(db, path, ImportOptions(batch_size=1, dry_run=True))

    assert _counts(first) == (2, 0, 0, 0, 1)
    # Again: line 2 changes the stored fact-check back and line 4 changes it once more, so that
    # fact-check counts as updated, once; line 3 is unchanged.
    assert _counts(again) == (0, 1, 1, 0, 1)
    assert _counts(dry) == (0, 1, 1, 0, 1)
    assert [warning.position for warning in again.warnings] == [4]
    assert await _stored_claims(db) == {EIGHT[1]: NINE[0], TEXT[1]: TEXT[0]}


async def test_an_exact_repeat_is_stored_once_and_said_to_be_a_repeat(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "flat.jsonl"
    path.write_text(_jsonl([EIGHT, TEXT, EIGHT]), encoding="utf-8")

    report = await import_file(db, path)

    assert _counts(report) == (2, 0, 0, 0, 1)
    assert [warning.describe() for warning in report.warnings] == [
        f"{path}: line 3: warning: repeats line 1 (same URL https://example.org/fc/close, "
        "same content): stored once"
    ]


async def test_an_unchanged_fact_check_a_repeat_changes_counts_as_updated(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "flat.jsonl"
    path.write_text(_jsonl([EIGHT, TEXT]), encoding="utf-8")
    await import_file(db, path)
    path.write_text(_jsonl([EIGHT, TEXT, NINE]), encoding="utf-8")

    report = await import_file(db, path)

    assert _counts(report) == (0, 1, 1, 0, 1)
    assert [(warning.position, "line 1" in warning.message) for warning in report.warnings] == [
        (3, True)
    ]


async def test_a_repeated_external_id_is_reported_with_the_id(db: Database, tmp_path: Path) -> None:
    lines = [
        {"claim": EIGHT[0], "verdict": "false", "external_id": "desk-8"},
        {"claim": NINE[0], "verdict": "false", "external_id": "desk-8"},
    ]
    path = tmp_path / "flat.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")

    report = await import_file(db, path)

    assert _counts(report) == (1, 0, 0, 0, 1)
    assert [warning.message.split(" and replaces")[0] for warning in report.warnings] == [
        "has the same external_id as line 1 (desk-8)"
    ]
    async with db.session() as session:
        texts = sorted((await session.exec(select(FactCheckText.text))).all())
    # The earlier claim is still one of the fact-check's wordings, as the warning says.
    assert texts == sorted([EIGHT[0], NINE[0]])


async def test_two_reviews_of_one_claim_line_with_one_url_name_the_same_line(
    db: Database, tmp_path: Path
) -> None:
    line = {
        "text": EIGHT[0],
        "claimReview": [_api_review(EIGHT[1]), {**_api_review(EIGHT[1]), "textualRating": "True"}],
    }
    path = tmp_path / "claims-search.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")

    report = await import_file(db, path)

    assert _counts(report) == (1, 0, 0, 0, 1)
    assert [warning.describe().split(" (")[0] for warning in report.warnings] == [
        f"{path}: line 1: warning: has the same URL as an earlier record on the same line"
    ]
