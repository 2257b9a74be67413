"""ClaimReview export: what it writes parses back to the same records (images aside)."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime
from pathlib import Path

from factchecks.formats import export_claimreview, parse_file
from factchecks.records import FactCheckRecord
from factchecks.sample import SAMPLE_PATH
from factchecks.verdicts import Verdict
from tests.factchecks.formats.fake_image_hasher import RecordingHasher

EDGE_RECORDS = [
    FactCheckRecord(claim="No rating at all", verdict=Verdict.OTHER, external_id="edge-1"),
    FactCheckRecord(
        claim="A rating text we cannot read, with a verdict set by a fact-checker",
        verdict=Verdict.MISLEADING,
        url="https://example.org/edge/2",
        rating_text="Zombie claim",
        language="fr",
        claimant="Somebody",
        claim_date=datetime(2026, 1, 31, 23, 59, 30, tzinfo=UTC),
        extra_texts=("another wording", "a third wording"),
    ),
    FactCheckRecord(
        claim="Only an identifier",
        verdict=Verdict.UNPROVEN,
        external_id="edge-3",
        rating_text="Sin pruebas",
        title="A title",
        summary="A summary.",
        publisher="Desk",
        language="es",
        published_at=datetime(2026, 6, 1, tzinfo=UTC),
    ),
]


def write_and_parse(
    tmp_path: Path, objects: list[dict[str, object]]
) -> tuple[FactCheckRecord, ...]:
    path = tmp_path / "export.jsonld"
    path.write_text(json.dumps(objects, ensure_ascii=False), encoding="utf-8")
    parsed = parse_file(path, RecordingHasher())
    assert parsed.errors == ()
    return parsed.records


def test_export_then_parse_gives_back_equal_records(tmp_path: Path) -> None:
    sample = parse_file(SAMPLE_PATH, RecordingHasher()).records
    records = [dataclasses.replace(r, image_hashes=()) for r in sample] + EDGE_RECORDS

    assert write_and_parse(tmp_path, export_claimreview(records)) == tuple(records)


def test_export_writes_schema_org_claimreview(tmp_path: Path) -> None:
    exported = export_claimreview(EDGE_RECORDS[1:2])[0]

    assert exported["@context"] == "https://schema.org"
    assert exported["@type"] == "ClaimReview"
    assert exported["claimReviewed"] == EDGE_RECORDS[1].claim
    assert exported["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "Zombie claim",
        "name": "Misleading",
    }
    assert exported["itemReviewed"]["@type"] == "Claim"


def test_image_fingerprints_are_not_exported(tmp_path: Path) -> None:
    record = FactCheckRecord(
        claim="With an image",
        verdict=Verdict.FALSE,
        external_id="img-1",
        rating_text="False",
        image_hashes=("ab" * 8,),
    )

    (parsed,) = write_and_parse(tmp_path, export_claimreview([record]))

    assert parsed.image_hashes == ()
    assert "ab" * 8 not in json.dumps(export_claimreview([record]))
