"""schema.org ClaimReview JSON-LD: reading published fact-checks in, and writing them out.

Accepted shapes, as publishers really publish them: one ClaimReview object, a list of them, an
object with `@graph`, a Data Commons `DataFeed` (`dataFeedElement` -> `DataFeedItem` -> `item`,
one object or a list) and a bare `DataFeedItem`. Wherever schema.org allows a list (authors,
names, ratings, dates, URLs), a list is read: names are joined, other fields take their first
usable item. Texts lose their HTML tags and entities. A rating with only numbers
(`ratingValue` between `worstRating` and `bestRating`) is mapped onto the verdict scale. Relative
URLs are resolved against `--base-url`, the context's `@base` or the page's own absolute URL.

A record's position is its 1-based place among the candidate ClaimReviews in reading order, feed
items counted one by one. Other nodes in an `@graph` (say the Organization an `author` refers to
by `@id`) are context, not records, and are not counted. Image URLs are never fetched; only local
files next to the import file are fingerprinted (see `local_images`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factchecks.formats.claimreview_rating import rating_of
from factchecks.formats.drafts import Draft, ReadOptions, record_language
from factchecks.formats.errors import FormatError, InvalidRecord
from factchecks.formats.json_stream import (
    STREAMED,
    JsonStream,
    JsonStreamError,
    array_items,
    object_members,
)
from factchecks.formats.jsonld_values import as_list, literal, one
from factchecks.formats.record_fields import (
    MAX_CLAIM_CHARS,
    MAX_EXTERNAL_ID_CHARS,
    MAX_IMAGE_REFERENCE_CHARS,
    MAX_NAME_CHARS,
    MAX_SUMMARY_CHARS,
    MAX_TITLE_CHARS,
    is_language_tag,
    json_kind,
    language_tag,
    optional_text,
    prose,
    shorten,
    text,
    timestamp,
    unique,
    web_url,
)
from factchecks.records import FactCheckRecord, PositionKind, RecordError
from factchecks.verdicts import Verdict, rating_for_verdict, verdict_from_rating

JsonObject = dict[str, Any]

_CLAIM_REVIEW = "ClaimReview"
_FEED = "DataFeed"
_FEED_ITEM = "DataFeedItem"
_FEED_ELEMENTS = "dataFeedElement"


@dataclass(frozen=True)
class GraphNodes:
    """The nodes of an `@graph` by `@id`, so `{"@id": "#desk"}` can stand for the node itself."""

    by_id: Mapping[str, JsonObject] = field(default_factory=dict)

    def resolve(self, value: object) -> object:
        """The node a bare `{"@id": ...}` reference names; any other value unchanged."""
        if isinstance(value, dict) and set(value) == {"@id"}:
            node_id = value["@id"]
            if isinstance(node_id, str) and node_id in self.by_id:
                return self.by_id[node_id]
        return value


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
    if feeds != 1 or _FEED_ELEMENTS in head or "@graph" in head or _FEED not in _types(head):
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
    if isinstance(element, dict) and _types(element) & {_FEED, _FEED_ITEM}:
        try:
            elements = _expand(element, "")
        except FormatError as error:
            raise InvalidRecord(error.reason) from None
        return [draft_from_claimreview(item, _with_base(options, element)) for item in elements]
    return [draft_from_claimreview(element, _with_base(options, element))]


def record_from_claimreview(element: object, options: ReadOptions | None = None) -> FactCheckRecord:
    """One ClaimReview object as a record (its pictures not read); raises InvalidRecord."""
    return draft_from_claimreview(element, options or ReadOptions()).record


def draft_from_claimreview(
    element: object, options: ReadOptions, nodes: GraphNodes | None = None
) -> Draft:
    """One ClaimReview object as a draft record; raises InvalidRecord naming what is wrong."""
    nodes = nodes or GraphNodes()
    if not isinstance(element, dict):
        raise InvalidRecord(f"expected a ClaimReview object, found {json_kind(element)}")
    types = _types(element)
    if types and _CLAIM_REVIEW not in types:
        if _FEED_ITEM in types:
            raise InvalidRecord("DataFeedItem has no ClaimReview item")
        raise InvalidRecord(f"expected a ClaimReview, found a {' / '.join(sorted(types))}")
    claim_node = _claim_node(element.get("itemReviewed"), nodes)
    claim = prose(one(element.get("claimReviewed")), "claimReviewed", max_chars=MAX_CLAIM_CHARS)
    if not claim:  # some publishers put the claim only on the Claim node
        claim = _first_text(claim_node, ("name", "text"), max_chars=MAX_CLAIM_CHARS)
    if not claim:
        raise InvalidRecord("claimReviewed is missing or empty")
    url = web_url(one(element.get("url")), "url", _page_url(element, options))
    external_id = _identifier(element.get("identifier"), nodes)
    if url is None and external_id is None:
        raise InvalidRecord("has neither a url nor an identifier, so it could never be updated")
    rating_text, verdict = _rating(element.get("reviewRating"), nodes)
    title = _first_text(element, ("headline", "name"), max_chars=MAX_TITLE_CHARS)
    summary = _first_text(element, ("description", "reviewBody"), max_chars=MAX_SUMMARY_CHARS)
    language, confidence = record_language(
        _language(element.get("inLanguage")), (claim, title, summary), options
    )
    record = FactCheckRecord(
        claim=claim,
        verdict=verdict,
        url=url,
        external_id=external_id,
        rating_text=rating_text,
        summary=summary,
        title=title,
        publisher=(
            _names(element.get("author"), "author", nodes)
            or _names(element.get("publisher"), "publisher", nodes)
        ),
        language=language,
        language_confidence=confidence,
        claimant=_names(claim_node.get("author"), "itemReviewed.author", nodes),
        claim_date=timestamp(one(claim_node.get("datePublished")), "itemReviewed.datePublished"),
        published_at=timestamp(one(element.get("datePublished")), "datePublished"),
        extra_texts=_aliases(claim_node.get("alternateName")),
    )
    return Draft(record, tuple(_image_references(element, claim_node, nodes)))


def export_claimreview(records: Iterable[FactCheckRecord]) -> list[JsonObject]:
    """ClaimReview JSON-LD objects that `parse_claimreview` reads back to equal records.

    Image fingerprints are not exported (ClaimReview names image files, not hashes). A record
    whose verdict is not OTHER but has no rating text comes back with the English verdict word
    as its rating text; every record the parsers produce round-trips exactly.
    """
    return [claimreview_object(record) for record in records]


def claimreview_object(record: FactCheckRecord) -> JsonObject:
    """One record as a ClaimReview object with its own `@context`."""
    claim: JsonObject = {"@type": "Claim"}
    if record.claimant:
        # Person or Organization is unknown here; an untyped author with a name is valid JSON-LD.
        claim["author"] = {"name": record.claimant}
    if record.claim_date is not None:
        claim["datePublished"] = record.claim_date.isoformat()
    if record.extra_texts:
        claim["alternateName"] = list(record.extra_texts)
    review: JsonObject = {"@context": "https://schema.org", "@type": _CLAIM_REVIEW}
    if record.url:
        review["url"] = record.url
    if record.external_id:
        review["identifier"] = record.external_id
    review["claimReviewed"] = record.claim
    rating = _exported_rating(record)
    if rating:
        review["reviewRating"] = {"@type": "Rating", **rating}
    if record.title:
        review["headline"] = record.title
    if record.summary:
        review["description"] = record.summary
    if record.publisher:
        review["author"] = {"@type": "Organization", "name": record.publisher}
    if record.language_confidence is None:
        # A detected language is left out: the reader detects it again, to the same value.
        review["inLanguage"] = record.language
    if record.published_at is not None:
        review["datePublished"] = record.published_at.isoformat()
    review["itemReviewed"] = claim
    return review


def _exported_rating(record: FactCheckRecord) -> dict[str, str]:
    # The reader takes the verdict from `alternateName`, else from `name`: so `name` carries the
    # verdict only when the rating text alone would not give it back ("Zombie claim").
    rating: dict[str, str] = {}
    if record.rating_text:
        rating["alternateName"] = record.rating_text
    if record.verdict is not Verdict.OTHER and (
        verdict_from_rating(record.rating_text) is not record.verdict
    ):
        rating["name"] = rating_for_verdict(record.verdict)
    return rating


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
    if isinstance(element, dict) and _FEED_ITEM in _types(element) and "item" in element:
        return as_list(element["item"]) or [element]
    if not (isinstance(element, dict) and _FEED in _types(element)):
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
    if isinstance(feed_element, dict) and _FEED_ITEM in _types(feed_element):
        items = as_list(feed_element.get("item"))
    # An item-less DataFeedItem stays in the list, so it is reported rather than lost.
    return items or [feed_element]


def _is_record_node(node: object) -> bool:
    """Whether a node of an `@graph` is (or holds) fact-checks rather than context for them."""
    if not isinstance(node, dict):
        return True  # reported as an error
    types = _types(node)
    return not types or bool(types & {_CLAIM_REVIEW, _FEED, _FEED_ITEM})


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


def _types(node: Mapping[str, object]) -> set[str]:
    """The node's `@type`s without prefixes ("schema:ClaimReview", "https://schema.org/Claim")."""
    raw = node.get("@type")
    names = raw if isinstance(raw, list) else [raw]
    return {re.split(r"[/:#]", name)[-1] for name in names if isinstance(name, str)}


def _with_base(options: ReadOptions, document: object | None) -> ReadOptions:
    """`options` with the context's `@base` as the base URL when none was given."""
    if options.base_url or not isinstance(document, dict):
        return options
    for context in as_list(document.get("@context")):
        if isinstance(context, dict) and isinstance(context.get("@base"), str):
            return ReadOptions(language=options.language, base_url=context["@base"])
    return options


def _page_url(element: Mapping[str, object], options: ReadOptions) -> str | None:
    """What a relative `url` is resolved against: the given base, else the page's own address
    (`mainEntityOfPage` or `@id`) when that is absolute."""
    if options.base_url:
        return options.base_url
    for key in ("mainEntityOfPage", "@id"):
        value = one(element.get(key))
        if isinstance(value, dict):
            value = one(value.get("@id") or value.get("url"))
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            return value
    return None


def _first_text(element: Mapping[str, object], keys: tuple[str, ...], *, max_chars: int) -> str:
    for key in keys:
        value = prose(one(element.get(key)), key, max_chars=max_chars)
        if value:
            return value
    return ""


def _identifier(value: object, nodes: GraphNodes) -> str | None:
    for item in as_list(value):
        item = nodes.resolve(literal(item))
        if isinstance(item, dict):  # a PropertyValue
            item = literal(item.get("value"))
        if isinstance(item, int) and not isinstance(item, bool):
            item = str(item)
        identifier = optional_text(item, "identifier", max_chars=MAX_EXTERNAL_ID_CHARS)
        if identifier:
            return identifier
    return None


def _rating(value: object, nodes: GraphNodes) -> tuple[str | None, Verdict]:
    ratings = as_list(value)
    if not ratings:
        return None, Verdict.OTHER
    rating = nodes.resolve(ratings[0])
    if isinstance(rating, str):  # a bare word where a Rating object belongs
        rating = {"alternateName": rating}
    if not isinstance(rating, dict):
        raise InvalidRecord(f"reviewRating must be a Rating object, not {json_kind(rating)}")
    return rating_of(rating)


def _claim_node(value: object, nodes: GraphNodes) -> Mapping[str, object]:
    """The reviewed Claim (or, in older markup, CreativeWork); empty when absent."""
    for item in as_list(value):
        claim = nodes.resolve(item)
        if isinstance(claim, dict):
            return claim
        if not isinstance(claim, str):
            raise InvalidRecord(f"itemReviewed must be a Claim object, not {json_kind(claim)}")
    return {}  # absent, or only the URL of the claim's page: nothing more to read


def _names(value: object, field_name: str, nodes: GraphNodes) -> str:
    """An author as text: a name, an object with a `name`, or a list of either (joined)."""
    names: list[str] = []
    for item in as_list(value):
        item = nodes.resolve(literal(item))
        if isinstance(item, dict):
            # A Person or Organization: its name, or names; one with only a url has none.
            names.extend(
                prose(literal(name), f"{field_name}.name", max_chars=MAX_NAME_CHARS)
                for name in as_list(item.get("name"))
            )
        else:
            names.append(prose(item, field_name, max_chars=MAX_NAME_CHARS))
    joined = ", ".join(unique(names))
    if len(joined) > MAX_NAME_CHARS:
        raise InvalidRecord(f"{field_name} names are {len(joined):,} characters long together")
    return joined


def _language(value: object) -> str | None:
    language = one(value)
    if language is None:
        return None
    if not isinstance(language, dict):
        tag = text(language, "inLanguage", max_chars=64)
        return language_tag(tag, "inLanguage") if tag else None
    # A Language object: its alternateName is usually the code, its name the English name.
    candidates = [
        optional_text(literal(language.get(key)), f"inLanguage.{key}", max_chars=64)
        for key in ("alternateName", "name")
    ]
    present = [candidate for candidate in candidates if candidate]
    for candidate in present:
        if is_language_tag(candidate):
            return language_tag(candidate, "inLanguage")
    if present:
        raise InvalidRecord(
            f"inLanguage {shorten(present[0])!r} is not a language tag such as 'en' or 'pt-BR'"
        )
    return None


def _image_references(
    review: Mapping[str, object], claim: Mapping[str, object], nodes: GraphNodes
) -> list[str]:
    """Image references on the review, the claim, and the claim's (first) appearances."""
    references = _images(review.get("image"), "image", nodes)
    references += _images(claim.get("image"), "itemReviewed.image", nodes)
    for key in ("appearance", "firstAppearance"):
        for appearance in as_list(claim.get(key)):
            appearance = nodes.resolve(appearance)
            if isinstance(appearance, dict):  # a bare URL string names a page, not an image
                references += _images(appearance.get("image"), f"itemReviewed.{key}.image", nodes)
    return references


def _images(value: object, field_name: str, nodes: GraphNodes) -> list[str]:
    """References from a URL string, an ImageObject (`contentUrl` or `url`), or a list of them."""
    references: list[str] = []
    for item in as_list(value):
        item = nodes.resolve(literal(item))
        if isinstance(item, dict):
            item = one(item.get("contentUrl") or item.get("url"))
        reference = text(item, field_name, max_chars=MAX_IMAGE_REFERENCE_CHARS)
        if reference:
            references.append(reference)
    return references


def _aliases(value: object) -> tuple[str, ...]:
    """The claim's other wordings (`itemReviewed.alternateName`), for the matcher."""
    return unique(
        [
            prose(literal(item), "itemReviewed.alternateName", max_chars=MAX_CLAIM_CHARS)
            for item in as_list(value)
        ]
    )
