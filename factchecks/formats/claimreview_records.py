"""One schema.org ClaimReview object as a draft record, its fields read as publishers fill them.

Wherever schema.org allows a list (authors, names, ratings, dates, URLs), a list is read: names
are joined, other fields take their first usable item. Texts lose their HTML tags and entities. A
rating with only numbers (`ratingValue` between `worstRating` and `bestRating`) is mapped onto
the verdict scale (see `claimreview_rating`). Relative URLs are resolved against `--base-url`,
the context's `@base` or the page's own absolute URL. A bare `{"@id": ...}` stands for the node
of the document's `@graph` it names (`GraphNodes`). Image URLs are never fetched; only local
files next to the import file are fingerprinted (see `local_images`).

Why a module of its own: where a review sits in a document (a list, an `@graph`, a DataFeed,
a streamed file, a JSON Lines line) is `claimreview_documents`'s business, and writing records
back out is `claimreview_export`'s. This module sees one object at a time, so every way of
reading ClaimReview (whole documents, streamed files, JSON Lines, saved web pages) maps a
review's fields to a record the same way.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from factchecks.formats.claimreview_rating import rating_of
from factchecks.formats.drafts import Draft, ReadOptions, record_language
from factchecks.formats.errors import InvalidRecord
from factchecks.formats.jsonld_values import as_list, literal, one
from factchecks.formats.record_fields import (
    MAX_CLAIM_CHARS,
    MAX_EXTERNAL_ID_CHARS,
    MAX_IMAGE_REFERENCE_CHARS,
    MAX_NAME_CHARS,
    MAX_SUMMARY_CHARS,
    MAX_TITLE_CHARS,
    MAX_URL_CHARS,
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
from factchecks.records import FactCheckRecord
from factchecks.verdicts import Verdict

JsonObject = dict[str, Any]


CLAIM_REVIEW = "ClaimReview"
FEED_ITEM = "DataFeedItem"


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
    types = node_types(element)
    if types and CLAIM_REVIEW not in types:
        if FEED_ITEM in types:
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
        appearances=_appearances(claim_node, nodes),
    )
    return Draft(record, tuple(_image_references(element, claim_node, nodes)))


def node_types(node: Mapping[str, object]) -> set[str]:
    """The node's `@type`s without prefixes ("schema:ClaimReview", "https://schema.org/Claim")."""
    raw = node.get("@type")
    names = raw if isinstance(raw, list) else [raw]
    return {re.split(r"[/:#]", name)[-1] for name in names if isinstance(name, str)}


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


def _appearances(claim: Mapping[str, object], nodes: GraphNodes) -> tuple[str, ...]:
    """The addresses where the claim was seen (`firstAppearance`, then `appearance`): URL
    strings, or CreativeWorks by their `url` (else their `@id`). A value that is not an absolute
    http(s) address is left out, not an error: the review is imported without it."""
    urls: list[str] = []
    for key in ("firstAppearance", "appearance"):
        for item in as_list(claim.get(key)):
            item = nodes.resolve(literal(item))
            if isinstance(item, dict):
                item = one(item.get("url")) or item.get("@id")
                if isinstance(item, dict):  # a url given as {"@id": ...}
                    item = item.get("@id")
            if isinstance(item, str) and _is_web_address(item.strip()):
                urls.append(item.strip())
    return unique(urls)


def _is_web_address(value: str) -> bool:
    if len(value) > MAX_URL_CHARS:
        return False
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def _aliases(value: object) -> tuple[str, ...]:
    """The claim's other wordings (`itemReviewed.alternateName`), for the matcher."""
    return unique(
        [
            prose(literal(item), "itemReviewed.alternateName", max_chars=MAX_CLAIM_CHARS)
            for item in as_list(value)
        ]
    )
