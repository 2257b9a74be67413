"""Google Fact Check Tools API responses (`claims:search`), saved to a file: their fact-checks.

Organisations pull fact-checks from `https://factchecktools.googleapis.com/v1alpha1/claims:search`
and save what it answers. A response page is `{"claims": [claim, ...], "nextPageToken": "..."}`;
a claim is `{"text", "claimant", "claimDate", "claimReview": [review, ...]}`; a review is
`{"publisher": {"name", "site"}, "url", "title", "reviewDate", "textualRating",
"languageCode"}`. Every review of every claim is one record: the claim's `text`, the review's
`url` and `title`, `textualRating` as the rating (the publisher's word kept, its verdict from the
ratings table, as for ClaimReview), `languageCode` as the language (else detected), the
publisher's `name` (else its `site`), `claimant`, `claimDate` and `reviewDate`.

Shapes read, recognised by their content, not by the file's name:

- `.json`: one response page; a list of pages (several saved pages joined in one array, `{}`
  for a page that found nothing, as the API answers then); or a list of claims (the `claims`
  array alone);
- `.jsonl`: one page, or one claim, per line.

A `.json` document is a response when it is an object with a `claims` array whose first element
is a claim (an object with `claimReview` or `text`) and no JSON-LD keyword before it, or an
array whose first non-empty item is such a page or a claim. Only that first element is read to
decide, so a large ClaimReview feed is not read an extra time. A response is streamed a claim at
a time, so memory does not grow with the file.

A review's position is its 1-based place among the file's reviews (in JSON Lines, the line); an
error also says where in the response it is ("page 2, claim 3, review 1: ...").
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeGuard

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
from factchecks.formats.jsonld_values import as_list
from factchecks.formats.record_fields import (
    MAX_CLAIM_CHARS,
    MAX_NAME_CHARS,
    MAX_RATING_CHARS,
    MAX_TITLE_CHARS,
    json_kind,
    language_tag,
    prose,
    text,
    timestamp,
    web_url,
)
from factchecks.records import FactCheckRecord, PositionKind, RecordError

_CLAIMS = "claims"
_REVIEWS = "claimReview"
_CLAIM_TEXT = "text"
# Members that make an object JSON-LD: such a document is ClaimReview markup, never a response.
_JSONLD_KEYS = frozenset(
    {"@context", "@type", "@graph", "@id", "claimReviewed", "itemReviewed", "dataFeedElement"}
)


@dataclass(frozen=True)
class ApiReview:
    """One review of one claim of a response, as a chunk carries it to a parsing worker.

    `claim` is the claim's members without its reviews (so each review does not carry them
    all); `where` names the place in the response for error messages; `problem`, when set, is
    why there is no usable review here (a claim that is not an object, or has no review).
    """

    claim: Mapping[str, object]
    review: object
    where: str
    problem: str | None = None

    def draft(self, options: ReadOptions) -> Draft:
        """The review as a draft record; raises InvalidRecord saying where and what is wrong."""
        try:
            if self.problem is not None:
                raise InvalidRecord(self.problem)
            return Draft(_record(self.claim, self.review, options))
        except InvalidRecord as error:
            raise InvalidRecord(f"{self.where}: {error.reason}") from None


def is_response_page(value: object) -> TypeGuard[dict[str, Any]]:
    """Whether a decoded value is one response page: an object with a `claims` array whose
    first element is a claim, and no JSON-LD keyword."""
    if not isinstance(value, dict) or _JSONLD_KEYS & value.keys():
        return False
    claims = value.get(_CLAIMS)
    return isinstance(claims, list) and (not claims or _is_claim(claims[0]))


def is_claim(value: object) -> bool:
    """Whether a decoded value is one claim of a response, standing alone (a line, an item)."""
    return isinstance(value, dict) and _is_claim(value) and not _JSONLD_KEYS & value.keys()


def _is_claim(value: object) -> bool:
    return isinstance(value, dict) and (_REVIEWS in value or _CLAIM_TEXT in value)


def reviews_of(value: object, where: str = "") -> Iterator[ApiReview]:
    """The reviews of a page or a claim (`where` names it in a list of several)."""
    if is_response_page(value):
        prefix = f"{where}, " if where else ""
        for number, claim in enumerate(value[_CLAIMS], start=1):
            yield from _claim_reviews(claim, f"{prefix}claim {number}")
    elif isinstance(value, dict) and not value:
        return  # an empty page: what the API answers when nothing matched
    elif is_claim(value):
        yield from _claim_reviews(value, where or "claim")
    else:
        yield ApiReview(
            {}, None, where or "item", f"is not a response page or a claim ({json_kind(value)})"
        )


def _claim_reviews(claim: object, where: str) -> Iterator[ApiReview]:
    if not isinstance(claim, dict):
        yield ApiReview({}, None, where, f"must be a claim object, not {json_kind(claim)}")
        return
    fields = {key: value for key, value in claim.items() if key != _REVIEWS}
    reviews = as_list(claim.get(_REVIEWS))
    if not reviews:
        yield ApiReview(fields, None, where, "has no claimReview, so there is no fact-check")
        return
    if len(reviews) == 1:
        yield ApiReview(fields, reviews[0], where)
        return
    for number, review in enumerate(reviews, start=1):
        yield ApiReview(fields, review, f"{where}, review {number}")


@dataclass(frozen=True)
class ResponseDocument:
    """A `.json` file that is a Fact Check Tools response (or a list of its pages or claims),
    read a claim at a time; `count` is how many reviews it holds."""

    path: Path
    count: int

    def reviews(self) -> Iterator[ApiReview]:
        """Every review, in file order."""
        return _read_reviews(self.path)


def response_document(path: Path) -> ResponseDocument | None:
    """`path` as a ResponseDocument when its content is a response, else None.

    Deciding reads only the document's first element. A response is then read once through to
    count its reviews and check it is valid JSON (so a broken file fails before any record is
    stored); raises FormatError when it is not.
    """
    source = str(path)
    try:
        if not _starts_a_response(path):
            return None
        count = sum(1 for _ in _read_reviews(path))
    except JsonStreamError as error:
        raise FormatError(source, f"is not valid JSON ({error.reason})") from None
    return ResponseDocument(path, count)


def _starts_a_response(path: Path) -> bool:
    with path.open(encoding="utf-8-sig") as file:
        stream = JsonStream(file)
        first = stream.peek()
        try:
            if first == "[":
                for item in array_items(stream):
                    if item != {}:
                        return is_response_page(item) or is_claim(item)
                return False
            if first != "{":
                return False
            for key, value in object_members(stream, _CLAIMS):
                if key in _JSONLD_KEYS:
                    return False
                if key == _CLAIMS:
                    if value is not STREAMED:
                        return False
                    for claim in array_items(stream):
                        return _is_claim(claim)
                    return True  # an empty `claims` array: a page without results
        except JsonStreamError:
            return False  # not JSON: the ClaimReview reader says so, as for any .json file
    return False


def _read_reviews(path: Path) -> Iterator[ApiReview]:
    with path.open(encoding="utf-8-sig") as file:
        stream = JsonStream(file)
        if stream.peek() == "[":
            for number, item in enumerate(array_items(stream), start=1):
                yield from reviews_of(item, f"{_item_name(item)} {number}")
        else:
            for key, value in object_members(stream, _CLAIMS):
                if key == _CLAIMS and value is STREAMED:
                    for number, claim in enumerate(array_items(stream), start=1):
                        yield from _claim_reviews(claim, f"claim {number}")
        stream.finish()


def _item_name(item: object) -> str:
    """What an item of a list is called in error messages."""
    if item == {} or is_response_page(item):
        return "page"
    return "claim" if is_claim(item) else "item"


def parse_response_line(
    number: int, line: str, *, source: str, options: ReadOptions
) -> list[tuple[int, Draft] | RecordError] | None:
    """The records of a JSON Lines line that is a response page or a claim; None when the line
    is something else (a ClaimReview, a flat record), for the JSON Lines reader to read.

    Each review is kept or reported on its own, so one bad review does not lose the line's
    others.
    """
    if f'"{_REVIEWS}"' not in line and f'"{_CLAIMS}"' not in line:
        return None  # the usual line: decided without decoding it twice
    try:
        value = json.loads(line)
    except (json.JSONDecodeError, RecursionError):
        return None  # reported by the JSON Lines reader
    if not (is_response_page(value) or is_claim(value)):
        return None
    found: list[tuple[int, Draft] | RecordError] = []
    for review in reviews_of(value):
        try:
            found.append((number, review.draft(options)))
        except InvalidRecord as error:
            found.append(RecordError(source, number, error.reason, PositionKind.LINE))
    return found


def _record(claim: Mapping[str, object], review: object, options: ReadOptions) -> FactCheckRecord:
    if not isinstance(review, dict):
        raise InvalidRecord(f"claimReview must be an object, not {json_kind(review)}")
    claim_text = prose(claim.get(_CLAIM_TEXT), "text", max_chars=MAX_CLAIM_CHARS)
    if not claim_text:
        raise InvalidRecord("text (the claim) is missing or empty")
    url = web_url(review.get("url"), "url", options.base_url)
    if url is None:
        raise InvalidRecord("url is missing, so the fact-check could never be updated")
    rating = prose(review.get("textualRating"), "textualRating", max_chars=MAX_RATING_CHARS)
    rating_text, verdict = rating_of({"alternateName": rating} if rating else {})
    title = prose(review.get("title"), "title", max_chars=MAX_TITLE_CHARS)
    given = text(review.get("languageCode"), "languageCode", max_chars=64)
    language, confidence = record_language(
        language_tag(given, "languageCode") if given else None, (claim_text, title), options
    )
    return FactCheckRecord(
        claim=claim_text,
        verdict=verdict,
        url=url,
        rating_text=rating_text,
        title=title,
        publisher=_publisher(review.get("publisher")),
        language=language,
        language_confidence=confidence,
        claimant=prose(claim.get("claimant"), "claimant", max_chars=MAX_NAME_CHARS),
        claim_date=timestamp(claim.get("claimDate"), "claimDate"),
        published_at=timestamp(review.get("reviewDate"), "reviewDate"),
    )


def _publisher(value: object) -> str:
    """The publisher's name, else its site (a host name such as "factcheck.example")."""
    if value is None:
        return ""
    if not isinstance(value, dict):
        raise InvalidRecord(f"publisher must be an object, not {json_kind(value)}")
    name = prose(value.get("name"), "publisher.name", max_chars=MAX_NAME_CHARS)
    return name or prose(value.get("site"), "publisher.site", max_chars=MAX_NAME_CHARS)
