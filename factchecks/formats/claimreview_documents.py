"""schema.org ClaimReview JSON-LD documents: finding the ClaimReviews publishers publish in them.

Accepted shapes, as publishers really publish them: one ClaimReview object, a list of them, an
object with `@graph`, a Data Commons `DataFeed` (`dataFeedElement` -> `DataFeedItem` -> `item`,
one object or a list) and a bare `DataFeedItem`. A document is read whole, or (a top-level array,
or a DataFeed whose `dataFeedElement` is an array) streamed from its file a ClaimReview at a
time; a JSON Lines line is one such object. The context's `@base` is taken as the base URL when
none was given.

A record's position is its 1-based place among the candidate ClaimReviews in reading order, feed
items counted one by one. Other nodes in an `@graph` (say the Organization an `author` refers to
by `@id`) are context, not records, and are not counted.

Why a module of its own: the shape of a document is a separate question from the fields of each
review in it. This module finds the candidates and their positions, and hands each one to
`claimreview_records.draft_from_claimreview`, which reads it as a record.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from factchecks.formats.claimreview_records import (
    CLAIM_REVIEW,
    FEED_ITEM,
    GraphNodes,
    JsonObject,
    draft_from_claimreview,
    node_types,
)
from factchecks.formats.drafts import Draft, ReadOptions
from factchecks.formats.errors import FormatError, InvalidRecord
from factchecks.formats.json_stream import (
    STREAMED,
    JsonStream,
    JsonStreamError,
    array_items,
    object_members,
)
from factchecks.formats.jsonld_values import as_list
from factchecks.formats.record_fields import json_kind
from factchecks.records import PositionKind, RecordError

_FEED = "DataFeed"
_FEED_ELEMENTS = "dataFeedElement"


def read_claimreview(
    document_text: str, *, source: str, options: ReadOptions
) -> Iterator[tuple[int, Draft] | RecordError]:
    """Every ClaimReview in a JSON-LD document, in order, with its position; a document that is
    not JSON raises FormatError."""
    try:
        document = json.loads(document_text)
    except (json.JSONDecodeError, RecursionError) as error:
        raise FormatError(source, f"is not valid JSON ({error})") from None
    nodes = _graph_nodes(document)
    options = _with_base(options, document)
    for position, element in enumerate(_elements(document, source), start=1):
        try:
            yield position, draft_from_claimreview(element, options, nodes)
        except InvalidRecord as error:
            yield RecordError(source, position, error.reason, PositionKind.RECORD)


@dataclass(frozen=True)
class StreamedDocument:
    """A document whose ClaimReviews can be read one by one: a top-level array, or a DataFeed
    object (without `@graph`) whose `dataFeedElement` is an array. `head` holds the DataFeed's
    other members (its `@context` and `@type`); `count` is how many candidate ClaimReviews it
    holds."""

    path: Path
    head: JsonObject | None
    count: int

    def elements(self) -> Iterator[object]:
        """The candidate ClaimReviews in reading order, read from the file one at a time."""
        with self.path.open(encoding="utf-8-sig") as file:
            stream = JsonStream(file)
            if self.head is None:
                for item in array_items(stream):
                    yield from _expand(item, str(self.path))
                return
            for _key, value in object_members(stream, _FEED_ELEMENTS):
                if value is STREAMED:
                    for feed_element in array_items(stream):
                        yield from _feed_items(feed_element)
                    return

    def options(self, options: ReadOptions) -> ReadOptions:
        """`options` with the feed's `@base`, as for a document read whole."""
        return _with_base(options, self.head)


def streamed_document(path: Path) -> StreamedDocument | None:
    """`path` as a StreamedDocument when its shape allows, else None (read it whole).

    Reads the file once, a value at a time, to learn its shape, count its ClaimReviews and check
    it is valid JSON (so a broken file fails before any record is stored, as when read whole);
    raises FormatError when it is not valid JSON.
    """
    source = str(path)
    try:
        with path.open(encoding="utf-8-sig") as file:
            stream = JsonStream(file)
            first = stream.peek()
            if first == "[":
                count = sum(len(_expand(item, source)) for item in array_items(stream))
                stream.finish()
                return StreamedDocument(path, None, count)
            if first != "{":
                return None
            head: JsonObject = {}
            count, feeds = 0, 0
            for key, value in object_members(stream, _FEED_ELEMENTS):
                if value is STREAMED:
                    feeds += 1
                    count = sum(len(_feed_items(item)) for item in array_items(stream))
                else:
                    head[key] = value
            stream.finish()
    except JsonStreamError as error:
        raise FormatError(source, f"is not valid JSON ({error.reason})") from None
    if feeds != 1 or _FEED_ELEMENTS in head or "@graph" in head or _FEED not in node_types(head):
        return None
    return StreamedDocument(path, head, count)


def count_claimreviews(document_text: str, source: str) -> int:
    """How many candidate ClaimReviews a document holds (for a progress bar's total)."""
    try:
        return len(_elements(json.loads(document_text), source))
    except (json.JSONDecodeError, RecursionError, FormatError):
        return 0


def drafts_from_object(element: object, options: ReadOptions) -> list[Draft]:
    """The records one JSON object stands for: a ClaimReview, or a feed (item) holding several.

    Used by JSON Lines, where each line is one object; raises InvalidRecord.
    """
    if isinstance(element, dict) and node_types(element) & {_FEED, FEED_ITEM}:
        try:
            elements = _expand(element, "")
        except FormatError as error:
            raise InvalidRecord(error.reason) from None
        return [draft_from_claimreview(item, _with_base(options, element)) for item in elements]
    return [draft_from_claimreview(element, _with_base(options, element))]


def _elements(document: object, source: str) -> list[object]:
    if isinstance(document, list):
        return [element for item in document for element in _expand(item, source)]
    if not isinstance(document, dict):
        raise FormatError(source, f"holds {json_kind(document)}, not ClaimReview JSON-LD")
    if "@graph" in document:
        graph = as_list(document["@graph"])
        return [
            element for node in graph if _is_record_node(node) for element in _expand(node, source)
        ]
    return _expand(document, source)


def _expand(element: object, source: str) -> list[object]:
    """A DataFeed's items in order, a bare DataFeedItem's item(s); any other element stands for
    itself."""
    if isinstance(element, dict) and FEED_ITEM in node_types(element) and "item" in element:
        return as_list(element["item"]) or [element]
    if not (isinstance(element, dict) and _FEED in node_types(element)):
        return [element]
    if _FEED_ELEMENTS not in element:
        raise FormatError(source, "has a DataFeed without dataFeedElement")
    return [
        item
        for feed_element in as_list(element[_FEED_ELEMENTS])
        for item in _feed_items(feed_element)
    ]


def _feed_items(feed_element: object) -> list[object]:
    """The ClaimReviews of one element of a DataFeed's `dataFeedElement`."""
    items = []
    if isinstance(feed_element, dict) and FEED_ITEM in node_types(feed_element):
        items = as_list(feed_element.get("item"))
    # An item-less DataFeedItem stays in the list, so it is reported rather than lost.
    return items or [feed_element]


def _is_record_node(node: object) -> bool:
    """Whether a node of an `@graph` is (or holds) fact-checks rather than context for them."""
    if not isinstance(node, dict):
        return True  # reported as an error
    types = node_types(node)
    return not types or bool(types & {CLAIM_REVIEW, _FEED, FEED_ITEM})


def _graph_nodes(document: object) -> GraphNodes:
    if not (isinstance(document, dict) and "@graph" in document):
        return GraphNodes()
    return GraphNodes(
        {
            node["@id"]: node
            for node in as_list(document["@graph"])
            if isinstance(node, dict) and isinstance(node.get("@id"), str)
        }
    )


def _with_base(options: ReadOptions, document: object | None) -> ReadOptions:
    """`options` with the context's `@base` as the base URL when none was given."""
    if options.base_url or not isinstance(document, dict):
        return options
    for context in as_list(document.get("@context")):
        if isinstance(context, dict) and isinstance(context.get("@base"), str):
            return ReadOptions(language=options.language, base_url=context["@base"])
    return options
