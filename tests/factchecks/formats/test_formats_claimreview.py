"""ClaimReview JSON-LD import: every accepted shape, the field mapping, and per-record errors."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from factchecks.formats import parse_file
from factchecks.records import FactCheckRecord, ParsedFile
from factchecks.verdicts import Verdict
from tests.factchecks.formats.fake_image_hasher import RecordingHasher

FULL_REVIEW: dict[str, Any] = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    "url": "https://example.org/checks/ink",
    "identifier": "desk-0042",
    "claimReviewed": "  Election ink causes skin cancer.  ",
    "headline": "Election ink is not poisonous",
    "description": "Silver nitrate stains the skin for a few days; it does not cause cancer.",
    "reviewRating": {"@type": "Rating", "alternateName": "Falso", "ratingValue": 1},
    "author": {"@type": "Organization", "name": "Example Desk"},
    "inLanguage": "pt-BR",
    "datePublished": "2026-03-02T10:30:00+02:00",
    "itemReviewed": {
        "@type": "Claim",
        "author": {"@type": "Person", "name": "A viral post"},
        "datePublished": "2026-03-01",
        "alternateName": ["ink gives you cancer"],
        "appearance": [{"@type": "CreativeWork", "url": "https://example.org/post/1"}],
    },
}

FULL_RECORD = FactCheckRecord(
    claim="Election ink causes skin cancer.",
    verdict=Verdict.FALSE,
    url="https://example.org/checks/ink",
    external_id="desk-0042",
    rating_text="Falso",
    summary="Silver nitrate stains the skin for a few days; it does not cause cancer.",
    title="Election ink is not poisonous",
    publisher="Example Desk",
    language="pt",
    claimant="A viral post",
    claim_date=datetime(2026, 3, 1, tzinfo=UTC),
    published_at=datetime(2026, 3, 2, 8, 30, tzinfo=UTC),
    extra_texts=("ink gives you cancer",),
    appearances=("https://example.org/post/1",),
)


def review(number: int, **fields: Any) -> dict[str, Any]:
    """A minimal valid ClaimReview, with `fields` added or replaced (None removes a field)."""
    base: dict[str, Any] = {
        "@type": "ClaimReview",
        "url": f"https://example.org/checks/{number}",
        "claimReviewed": f"Claim number {number}",
        "reviewRating": {"@type": "Rating", "alternateName": "False"},
    }
    base.update(fields)
    return {key: value for key, value in base.items() if value is not None}


def parse(tmp_path: Path, document: object, hasher: RecordingHasher) -> ParsedFile:
    path = tmp_path / "import.jsonld"
    path.write_text(json.dumps(document), encoding="utf-8")
    return parse_file(path, hasher)


def claims(parsed: ParsedFile) -> list[str]:
    return [record.claim for record in parsed.records]


def test_a_single_object_maps_every_field(tmp_path: Path, hasher: RecordingHasher) -> None:
    parsed = parse(tmp_path, FULL_REVIEW, hasher)

    assert parsed.errors == ()
    assert parsed.records == (FULL_RECORD,)


@pytest.mark.parametrize(
    "document",
    [
        pytest.param([review(1), review(2)], id="list"),
        pytest.param(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {"@type": "Organization", "@id": "#desk", "name": "Graph Desk"},
                    review(1, author={"@id": "#desk"}),
                    review(2, author={"@id": "#desk"}),
                ],
            },
            id="graph",
        ),
        pytest.param(
            {
                "@context": "https://schema.org",
                "@type": "DataFeed",
                "dataFeedElement": [
                    {"@type": "DataFeedItem", "item": [review(1)]},
                    {"@type": "DataFeedItem", "item": review(2)},
                ],
            },
            id="data-feed",
        ),
    ],
)
def test_list_graph_and_data_feed_shapes_yield_their_reviews_in_order(
    tmp_path: Path, hasher: RecordingHasher, document: object
) -> None:
    parsed = parse(tmp_path, document, hasher)

    assert parsed.errors == ()
    assert claims(parsed) == ["Claim number 1", "Claim number 2"]


def test_graph_authors_given_by_id_are_resolved(tmp_path: Path, hasher: RecordingHasher) -> None:
    document = {
        "@graph": [
            {"@type": "Organization", "@id": "#desk", "name": "Graph Desk"},
            review(1, author={"@id": "#desk"}),
        ]
    }

    assert parse(tmp_path, document, hasher).records[0].publisher == "Graph Desk"


def test_bad_records_are_reported_with_position_and_reason_and_the_rest_kept(
    tmp_path: Path, hasher: RecordingHasher
) -> None:
    document = [
        review(1),
        review(2, claimReviewed=None),
        review(3, url=None),
        42,
        review(5, datePublished="next Tuesday"),
        review(6, claimReviewed="x" * 10_001),
        review(7, url="javascript:alert(1)"),
        {"@type": "NewsArticle", "headline": "not a fact-check"},
        review(9, itemReviewed={"@type": "Claim", "datePublished": "2026-13-45"}),
        review(10),
    ]

    parsed = parse(tmp_path, document, hasher)

    assert claims(parsed) == ["Claim number 1", "Claim number 10"]
    positions = [error.position for error in parsed.errors]
    assert positions == [2, 3, 4, 5, 6, 7, 8, 9]
    reasons = [error.reason for error in parsed.errors]
    assert "claimReviewed" in reasons[0]
    assert "url" in reasons[1] and "identifier" in reasons[1]
    assert "object" in reasons[2]
    assert "datePublished" in reasons[3] and "next Tuesday" in reasons[3]
    assert "10,000" in reasons[4]
    assert "http" in reasons[5]
    assert "NewsArticle" in reasons[6]
    assert "itemReviewed.datePublished" in reasons[7]
    assert {error.source for error in parsed.errors} == {str(tmp_path / "import.jsonld")}


def test_feed_positions_count_items_across_feed_elements(
    tmp_path: Path, hasher: RecordingHasher
) -> None:
    document = {
        "@type": "DataFeed",
        "dataFeedElement": [
            {"@type": "DataFeedItem", "item": [review(1), review(2)]},
            {"@type": "DataFeedItem", "item": [review(3, claimReviewed="")]},
            {"@type": "DataFeedItem"},
        ],
    }

    parsed = parse(tmp_path, document, hasher)

    assert [(error.position, "claimReviewed" in error.reason) for error in parsed.errors] == [
        (3, True),
        (4, False),
    ]
    assert "DataFeedItem" in parsed.errors[1].reason


def test_a_record_needs_only_an_identifier_when_it_has_no_url(
    tmp_path: Path, hasher: RecordingHasher
) -> None:
    document = [
        review(1, url=None, identifier=["first-id", "second-id"]),
        review(2, url=None, identifier={"@type": "PropertyValue", "value": "pv-2"}),
        review(3, url=None, identifier=3003),
    ]

    parsed = parse(tmp_path, document, hasher)

    assert parsed.errors == ()
    assert [record.external_id for record in parsed.records] == ["first-id", "pv-2", "3003"]
    assert [record.url for record in parsed.records] == [None, None, None]


@pytest.mark.parametrize(
    ("rating", "rating_text", "verdict"),
    [
        ({"alternateName": "Engañoso", "name": "False"}, "Engañoso", Verdict.MISLEADING),
        ({"name": "Trompeur"}, "Trompeur", Verdict.MISLEADING),
        ({"alternateName": "Zombie claim", "name": "False"}, "Zombie claim", Verdict.FALSE),
        ({"alternateName": "Zombie claim"}, "Zombie claim", Verdict.OTHER),
        ({"alternateName": "Falso."}, "Falso.", Verdict.FALSE),
        ({"alternateName": "FALSCH"}, "FALSCH", Verdict.FALSE),
        ({"name": ["Engañoso", "Misleading"]}, "Engañoso", Verdict.MISLEADING),
        ({"ratingValue": 1}, "False", Verdict.FALSE),
        (
            {"ratingValue": "4", "bestRating": "5", "worstRating": "1"},
            "Mostly true",
            Verdict.MOSTLY_TRUE,
        ),
        ({"ratingValue": 0, "bestRating": 10, "worstRating": 0}, "False", Verdict.FALSE),
        ({"ratingValue": 10, "bestRating": 10, "worstRating": 0}, "True", Verdict.TRUE),
        ({"ratingValue": -1, "bestRating": 5, "worstRating": 1}, None, Verdict.OTHER),
        ({"ratingValue": "n/a"}, None, Verdict.OTHER),
    ],
    ids=[
        "alternate-name-wins",
        "name",
        "verdict-from-name",
        "unknown-kept",
        "trailing-full-stop",
        "german-capitals",
        "list-of-names",
        "numeric-only-default-scale",
        "numeric-as-text",
        "numeric-zero-to-ten-worst",
        "numeric-zero-to-ten-best",
        "off-the-scale-not-rated",
        "not-a-number",
    ],
)
def test_ratings_map_onto_verdicts_and_keep_their_text(
    tmp_path: Path,
    hasher: RecordingHasher,
    rating: dict[str, Any],
    rating_text: str | None,
    verdict: Verdict,
) -> None:
    record = parse(tmp_path, review(1, reviewRating=rating), hasher).records[0]

    assert (record.rating_text, record.verdict) == (rating_text, verdict)


@pytest.mark.parametrize(
    ("author", "publisher"),
    [
        ("Desk A", "Desk A"),
        ({"@type": "Organization", "name": "Desk B"}, "Desk B"),
        ([{"name": "Desk C"}, {"name": "Desk D"}], "Desk C, Desk D"),
    ],
)
def test_author_as_text_object_or_list_becomes_the_publisher(
    tmp_path: Path, hasher: RecordingHasher, author: object, publisher: str
) -> None:
    assert parse(tmp_path, review(1, author=author), hasher).records[0].publisher == publisher


@pytest.mark.parametrize(
    ("in_language", "language"),
    [
        ("ES", "es"),
        ("fr-CA", "fr"),
        ({"@type": "Language", "name": "Arabic", "alternateName": "ar"}, "ar"),
        ({"@type": "Language", "name": "pt"}, "pt"),
        (["es", "en"], "es"),
    ],
)
def test_in_language_becomes_a_lowercase_primary_language(
    tmp_path: Path, hasher: RecordingHasher, in_language: object, language: str
) -> None:
    record = parse(tmp_path, review(1, inLanguage=in_language), hasher).records[0]

    assert record.language == language


def test_an_unreadable_language_is_an_error_naming_it(
    tmp_path: Path, hasher: RecordingHasher
) -> None:
    parsed = parse(tmp_path, [review(1, inLanguage={"name": "Klingon!"})], hasher)

    assert parsed.records == ()
    assert "Klingon!" in parsed.errors[0].reason


@pytest.mark.parametrize(
    ("date_published", "expected"),
    [
        ("2026-04-05", datetime(2026, 4, 5, tzinfo=UTC)),
        ("2026-04-05T10:00:00", datetime(2026, 4, 5, 10, tzinfo=UTC)),
        ("2026-04-05T10:00:00Z", datetime(2026, 4, 5, 10, tzinfo=UTC)),
        ("2026-04-05T10:00:00-03:00", datetime(2026, 4, 5, 13, tzinfo=UTC)),
    ],
    ids=["date-only-is-midnight-utc", "naive-is-utc", "zulu", "offset-converted"],
)
def test_dates_become_aware_utc(
    tmp_path: Path, hasher: RecordingHasher, date_published: str, expected: datetime
) -> None:
    record = parse(tmp_path, review(1, datePublished=date_published), hasher).records[0]

    assert record.published_at == expected
    assert record.published_at is not None and record.published_at.utcoffset() is not None


def test_summary_falls_back_to_review_body_and_title_to_name(
    tmp_path: Path, hasher: RecordingHasher
) -> None:
    record = parse(tmp_path, review(1, reviewBody="The body.", name="The name."), hasher).records[0]

    assert (record.summary, record.title) == ("The body.", "The name.")


def make_import_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "import"
    (folder / "images").mkdir(parents=True)
    for name in ("a.png", "b.png", "c.png", "broken.png"):
        (folder / "images" / name).write_bytes(b"png bytes")
    (tmp_path / "secret.png").write_bytes(b"outside the import folder")
    return folder


def test_local_images_are_hashed_and_web_urls_never_reach_the_hasher(
    tmp_path: Path, hasher: RecordingHasher
) -> None:
    folder = make_import_folder(tmp_path)
    document = [
        review(1, image="images/a.png"),
        review(
            2,
            image={"@type": "ImageObject", "contentUrl": "https://example.org/b.png"},
            itemReviewed={
                "@type": "Claim",
                "appearance": [{"@type": "CreativeWork", "image": ["file:images/b.png"]}],
                "firstAppearance": {"image": {"@type": "ImageObject", "url": "images/c.png"}},
            },
        ),
        review(3, image="http://example.org/tracker.png"),
    ]
    path = folder / "feed.json"
    path.write_text(json.dumps(document), encoding="utf-8")

    parsed = parse_file(path, hasher)

    assert parsed.errors == ()
    assert [record.image_hashes for record in parsed.records] == [
        ("fp-a.png",),
        ("fp-b.png", "fp-c.png"),
        (),
    ]
    images = (folder / "images").resolve()
    assert hasher.paths == [images / "a.png", images / "b.png", images / "c.png"]


@pytest.mark.parametrize(
    ("image", "reason"),
    [
        ("../secret.png", "outside"),
        ("images/../../secret.png", "outside"),
        ("SECRET_ABSOLUTE", "outside"),
        ("file:../secret.png", "outside"),
        ("images/missing.png", "not found"),
        ("images/broken.png", "fingerprinted"),
    ],
)
def test_a_bad_local_image_is_left_out_with_a_warning_without_reading_outside_files(
    tmp_path: Path, hasher: RecordingHasher, image: str, reason: str
) -> None:
    folder = make_import_folder(tmp_path)
    hasher.unusable.add("broken.png")
    image = image.replace("SECRET_ABSOLUTE", str(tmp_path / "secret.png"))
    path = folder / "feed.json"
    path.write_text(json.dumps([review(1, image=image), review(2)]), encoding="utf-8")

    parsed = parse_file(path, hasher)

    # The fact-check is imported without its picture; the warning says which and why.
    assert claims(parsed) == ["Claim number 1", "Claim number 2"]
    assert parsed.errors == ()
    assert parsed.records[0].image_hashes == ()
    assert [warning.position for warning in parsed.warnings] == [1]
    assert reason in parsed.warnings[0].message
    assert all(p.name != "secret.png" for p in hasher.paths)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_a_symlink_out_of_the_import_folder_is_refused(
    tmp_path: Path, hasher: RecordingHasher
) -> None:
    folder = make_import_folder(tmp_path)
    (folder / "images" / "link.png").symlink_to(tmp_path / "secret.png")
    path = folder / "feed.json"
    path.write_text(json.dumps([review(1, image="images/link.png")]), encoding="utf-8")

    parsed = parse_file(path, hasher)

    assert parsed.records[0].image_hashes == ()
    assert "outside" in parsed.warnings[0].message
    assert hasher.paths == []
