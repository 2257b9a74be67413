"""`parse_file`: dispatch by extension, and whole-file failures that import nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factchecks.formats import FormatError, parse_file
from tests.factchecks.formats.fake_image_hasher import RecordingHasher

REVIEW = {
    "@type": "ClaimReview",
    "claimReviewed": "Polls are moved to Monday",
    "url": "https://example.org/checks/monday",
    "reviewRating": {"alternateName": "False"},
}


@pytest.mark.parametrize("name", ["feed.json", "feed.jsonld", "FEED.JSONLD"])
def test_json_extensions_read_claimreview(
    tmp_path: Path, hasher: RecordingHasher, name: str
) -> None:
    path = tmp_path / name
    path.write_text(json.dumps(REVIEW), encoding="utf-8")

    assert [r.claim for r in parse_file(path, hasher).records] == ["Polls are moved to Monday"]


@pytest.mark.parametrize("name", ["tips.jsonl", "tips.ndjson"])
def test_json_lines_extensions_read_lines(
    tmp_path: Path, hasher: RecordingHasher, name: str
) -> None:
    path = tmp_path / name
    path.write_text(json.dumps(REVIEW) + "\n" + json.dumps(REVIEW) + "\n", encoding="utf-8")

    assert len(parse_file(path, hasher).records) == 2


def test_a_json_file_with_a_bom_is_read(tmp_path: Path, hasher: RecordingHasher) -> None:
    path = tmp_path / "feed.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(REVIEW).encode())

    assert len(parse_file(path, hasher).records) == 1


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("feed.xml", b"<feed/>", "unknown file type"),
        ("feed", b"{}", "unknown file type"),
        ("feed.json", b'[{"@type": "ClaimReview", "claimReviewed": "cut off', "not valid JSON"),
        ("feed.jsonld", b"", "not valid JSON"),
        ("feed.json", b'"just a string"', "not ClaimReview"),
        ("feed.json", b'{"@type": "DataFeed"}', "dataFeedElement"),
        ("feed.json", b"\xff\xfe{ }", "UTF-8"),
        ("sheet.csv", b"claim,url\n\xe9t\xe9,https://example.org\n", "UTF-8"),
    ],
)
def test_an_unusable_file_raises_format_error_naming_it(
    tmp_path: Path, hasher: RecordingHasher, name: str, content: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)

    with pytest.raises(FormatError) as raised:
        parse_file(path, hasher)

    assert raised.value.path == str(path)
    assert reason in raised.value.reason
    assert str(path) in str(raised.value)


def test_a_missing_file_raises_format_error(tmp_path: Path, hasher: RecordingHasher) -> None:
    with pytest.raises(FormatError, match="cannot be read"):
        parse_file(tmp_path / "absent.json", hasher)
