"""Streamed JSON-LD: a large array or DataFeed is read a ClaimReview at a time, and gives exactly
what reading the whole document gives (its slow, obvious twin: `json.loads` then the reader)."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from factchecks.formats import FormatError, ReadOptions, estimate_records, read_file
from factchecks.formats.claimreview_documents import read_claimreview, streamed_document
from factchecks.formats.json_stream import (
    STREAMED,
    JsonStream,
    JsonStreamError,
    array_items,
    object_members,
)
from factchecks.records import ParsedRecord, RecordError
from tests.factchecks.formats.test_formats_claimreview import review

AWKWARD_VALUES: list[object] = [
    12345678901234567890,
    -0.000125,
    1e-7,
    'quote " backslash \\ and \u00e9 \U0001f600 escaped \\u0041',
    {"nested": [1, [2, [3, {"deep": None}]]], "empty": {}, "list": []},
    True,
    False,
    None,
    "",
    "ends in a number",
    7,
]


@pytest.mark.parametrize("read_chars", [1, 2, 3, 7, 64, 1 << 20])
def test_array_items_decode_as_json_loads_whatever_the_read_size(read_chars: int) -> None:
    # Numbers, escapes and surrogate pairs cut at every possible place by a tiny read size.
    text = json.dumps(AWKWARD_VALUES, indent=1, ensure_ascii=False)
    stream = JsonStream(io.StringIO(text), read_chars=read_chars)

    assert list(array_items(stream)) == json.loads(text)
    stream.finish()


@pytest.mark.parametrize("read_chars", [1, 5, 1 << 20])
def test_object_members_hand_over_the_streamed_array(read_chars: int) -> None:
    document = {"@context": {"@base": "https://x.example/"}, "feed": [1, 22, 333], "after": 4.5}
    stream = JsonStream(io.StringIO(json.dumps(document)), read_chars=read_chars)
    seen: dict[str, object] = {}

    for key, value in object_members(stream, "feed"):
        seen[key] = list(array_items(stream)) if value is STREAMED else value
    stream.finish()

    assert seen == document


@pytest.mark.parametrize(
    "text", ["[1, 2", "[1 2]", '{"a": 1,}', "[1] [2]", '{"a" 1}', "[01]", "[tru]"]
)
def test_broken_json_is_an_error_as_json_loads_finds_it(text: str) -> None:
    with pytest.raises(json.JSONDecodeError):
        json.loads(text)
    stream = JsonStream(io.StringIO(text), read_chars=2)
    with pytest.raises(JsonStreamError):
        if stream.peek() == "[":
            list(array_items(stream))
        else:
            list(object_members(stream, "feed"))
        stream.finish()


def feed(elements: list[object], *, context_last: bool = False) -> dict[str, Any]:
    """A Data Commons DataFeed; with `context_last` its `@context` (and `@base`) comes after the
    array, as some generators write it."""
    context = {"@context": ["https://schema.org", {"@base": "https://desk.example/checks/"}]}
    body = {"@type": "DataFeed", "dataFeedElement": elements, "dateModified": "2026-03-01"}
    return {**body, **context} if context_last else {**context, **body}


def feed_item(*reviews: dict[str, Any]) -> dict[str, Any]:
    return {"@type": "DataFeedItem", "item": list(reviews) if len(reviews) > 1 else reviews[0]}


def documents() -> list[object]:
    relative = review(3, url="relative-3")
    broken = review(4, claimReviewed=None)
    elements: list[object] = [feed_item(review(1), review(2)), feed_item(relative), broken]
    elements += [{"@type": "DataFeedItem"}, feed_item(review(5, inLanguage="pt"))]
    return [
        [review(1), {"@type": "DataFeed", "dataFeedElement": [feed_item(review(2))]}, "x"],
        feed(elements),
        feed(elements, context_last=True),
    ]


def whole(path: Path, options: ReadOptions) -> list[object]:
    """The slow twin: the document read whole, then parsed."""
    text = path.read_text(encoding="utf-8")
    return [
        item if isinstance(item, RecordError) else (item[0], item[1].record)
        for item in read_claimreview(text, source=str(path), options=options)
    ]


def streamed(path: Path, options: ReadOptions) -> list[object]:
    return [
        item if isinstance(item, RecordError) else (item.position, item.record)
        for item in read_file(path, options)
    ]


@pytest.mark.parametrize("index", range(3))
def test_a_streamed_document_gives_what_reading_it_whole_gives(tmp_path: Path, index: int) -> None:
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(documents()[index]), encoding="utf-8")
    options = ReadOptions()

    assert streamed_document(path) is not None, "this shape is streamed"
    assert streamed(path, options) == whole(path, options)
    assert estimate_records(path) == len(whole(path, options))
    assert any(isinstance(item, RecordError) for item in streamed(path, options))


def test_a_feed_with_its_context_after_the_array_still_resolves_relative_urls(
    tmp_path: Path,
) -> None:
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(feed([feed_item(review(3, url="r-3"))], context_last=True)))

    [item] = list(read_file(path))

    assert isinstance(item, ParsedRecord)
    assert item.record.url == "https://desk.example/checks/r-3"


@pytest.mark.parametrize(
    "document",
    [
        {"@graph": [review(1)]},
        review(1),
        {"@type": "DataFeed", "dataFeedElement": feed_item(review(1))},
        {"@type": "DataFeed", "dataFeedElement": [feed_item(review(1))], "@graph": []},
    ],
    ids=["graph", "one review", "feed of one object", "feed with a graph"],
)
def test_other_shapes_are_read_whole_as_before(tmp_path: Path, document: object) -> None:
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(document))

    assert streamed_document(path) is None
    assert streamed(path, ReadOptions()) == whole(path, ReadOptions())


def test_a_broken_streamed_file_fails_before_any_record_is_read(tmp_path: Path) -> None:
    path = tmp_path / "feed.json"
    text = json.dumps(feed([feed_item(review(n)) for n in range(1, 50)]))
    path.write_text(text[: len(text) * 3 // 4])
    records = read_file(path)

    with pytest.raises(FormatError, match="is not valid JSON"):
        next(records)
