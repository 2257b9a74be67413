"""The sample fact-checks shipped in the package: complete, varied, clearly marked as demo data."""

from __future__ import annotations

import json
from collections import Counter

from factchecks.formats import parse_file
from factchecks.sample import SAMPLE_IMAGES_DIR, SAMPLE_PATH
from factchecks.verdicts import Verdict
from tests.factchecks.formats.fake_image_hasher import RecordingHasher


def test_sample_parses_without_errors_in_many_languages() -> None:
    parsed = parse_file(SAMPLE_PATH, RecordingHasher())

    assert parsed.errors == ()
    assert len(parsed.records) >= 40
    languages = Counter(record.language for record in parsed.records)
    assert len(languages) >= 4
    assert {"en", "es", "fr", "pt", "ar"} <= set(languages)


def test_every_sample_verdict_is_known() -> None:
    records = parse_file(SAMPLE_PATH, RecordingHasher()).records

    assert [r.claim for r in records if r.verdict is Verdict.OTHER] == []


def test_sample_records_are_unique_and_marked_as_demo_data() -> None:
    records = parse_file(SAMPLE_PATH, RecordingHasher()).records

    assert len({r.url for r in records}) == len(records)
    assert len({r.claim for r in records}) == len(records)
    assert {r.publisher for r in records} == {"Sample Fact Desk (demo data)"}
    assert all((r.url or "").startswith("https://example.org/sample-factchecks/") for r in records)
    document = json.loads(SAMPLE_PATH.read_text(encoding="utf-8"))
    assert document["description"].startswith("SAMPLE DATA")


def test_sample_images_are_shipped_and_fingerprinted() -> None:
    hasher = RecordingHasher()

    records = parse_file(SAMPLE_PATH, hasher).records

    assert sum(1 for record in records if record.image_hashes) >= 4
    assert all(path.parent == SAMPLE_IMAGES_DIR.resolve() for path in hasher.paths)
    assert len(set(hasher.paths)) >= 4
