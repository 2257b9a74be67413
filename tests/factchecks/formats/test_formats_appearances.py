"""Appearances (where a claim was seen) in every format: read from JSON Lines and CSV as a list
field, refused naming the field when not a web address, and written back by both exports."""

from __future__ import annotations

import json
from pathlib import Path

from factchecks.formats import ExportFormat, parse_file, write_export
from factchecks.records import FactCheckRecord
from factchecks.verdicts import Verdict
from tests.factchecks.formats.fake_image_hasher import RecordingHasher

POST = "https://www.facebook.com/permalink.php?story_fbid=1001&id=42"
VIDEO = "https://youtu.be/dQw4w9WgXcQ"


def test_jsonl_and_csv_read_appearances(tmp_path: Path, hasher: RecordingHasher) -> None:
    lines = tmp_path / "flat.jsonl"
    line = {"claim": "Ballots burnt", "verdict": "false", "url": "https://example.org/fc/1"}
    lines.write_text(json.dumps({**line, "appearances": [POST, VIDEO, POST]}) + "\n")
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        f"claim,verdict,url,appearances\nBallots burnt,false,https://e.org/1,{POST}|{VIDEO}\n"
    )

    for path in (lines, sheet):
        [record] = parse_file(path, hasher).records
        assert record.appearances == (POST, VIDEO)


def test_an_appearance_that_is_not_a_web_address_is_refused(
    tmp_path: Path, hasher: RecordingHasher
) -> None:
    path = tmp_path / "flat.jsonl"
    line = {"claim": "Ballots burnt", "url": "https://example.org/fc/1", "appearances": ["x y"]}
    path.write_text(json.dumps(line) + "\n")
    [error] = parse_file(path, hasher).errors
    assert "appearances" in error.reason


def test_both_exports_read_back_with_their_appearances(
    tmp_path: Path, hasher: RecordingHasher
) -> None:
    record = FactCheckRecord(
        claim="Ballots were burnt in district 4",
        verdict=Verdict.FALSE,
        rating_text="False",
        url="https://example.org/fc/1",
        appearances=(VIDEO, POST),
    )
    for export_format in ExportFormat:
        path = tmp_path / f"out{export_format.suffix}"
        with path.open("w", encoding="utf-8", newline="") as out:
            write_export([record], export_format, out)
        [read] = parse_file(path, hasher).records
        assert read.appearances == (VIDEO, POST), export_format
