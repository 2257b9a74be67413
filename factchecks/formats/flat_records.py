"""The flat record shape shared by JSON Lines and CSV imports: one field per column.

Fields: claim (required), url and/or external_id (at least one), verdict and/or rating, summary,
title, publisher, language, claimant, claim_date, published_at, images (local files next to the
import file), aliases (other wordings of the claim for the matcher). `verdict` is our vocabulary
("false", "missing_context") or a rating we recognise ("Falso"); `rating` is the publisher's own
text, kept verbatim. Unknown fields are refused, so a misspelt column is not silently dropped.
"""

from __future__ import annotations

from collections.abc import Mapping

from factchecks.formats.errors import InvalidRecord
from factchecks.formats.local_images import LocalImages
from factchecks.formats.record_fields import (
    DEFAULT_LANGUAGE,
    MAX_CLAIM_CHARS,
    MAX_EXTERNAL_ID_CHARS,
    MAX_IMAGE_REFERENCE_CHARS,
    MAX_NAME_CHARS,
    MAX_RATING_CHARS,
    MAX_SUMMARY_CHARS,
    MAX_TITLE_CHARS,
    json_kind,
    language_tag,
    optional_text,
    shorten,
    text,
    timestamp,
    unique,
    web_url,
)
from factchecks.records import FactCheckRecord
from factchecks.verdicts import Verdict, parse_verdict, rating_for_verdict, verdict_from_rating

FLAT_FIELDS: tuple[str, ...] = (
    "claim",
    "verdict",
    "rating",
    "url",
    "external_id",
    "summary",
    "title",
    "publisher",
    "language",
    "claimant",
    "claim_date",
    "published_at",
    "images",
    "aliases",
)
"""Every field a flat record may have, in the order a CSV export would list them."""

LIST_FIELDS = frozenset({"images", "aliases"})
"""Fields that hold several values (a JSON list; `|`-separated in CSV)."""


def record_from_flat(values: Mapping[str, object], images: LocalImages) -> FactCheckRecord:
    """One flat record; list fields are lists (or one string). Raises InvalidRecord."""
    unknown = sorted(set(values) - set(FLAT_FIELDS))
    if unknown:
        raise InvalidRecord(
            f"unknown field(s) {', '.join(map(repr, unknown))}; known: {', '.join(FLAT_FIELDS)}"
        )
    claim = text(values.get("claim"), "claim", max_chars=MAX_CLAIM_CHARS)
    if not claim:
        raise InvalidRecord("claim is missing or empty")
    url = web_url(values.get("url"), "url")
    external_id = _external_id(values.get("external_id"))
    if url is None and external_id is None:
        raise InvalidRecord("has neither a url nor an external_id, so it could never be updated")
    rating_text, verdict = _verdict(values.get("verdict"), values.get("rating"))
    language = optional_text(values.get("language"), "language", max_chars=64)
    return FactCheckRecord(
        claim=claim,
        verdict=verdict,
        url=url,
        external_id=external_id,
        rating_text=rating_text,
        summary=text(values.get("summary"), "summary", max_chars=MAX_SUMMARY_CHARS),
        title=text(values.get("title"), "title", max_chars=MAX_TITLE_CHARS),
        publisher=text(values.get("publisher"), "publisher", max_chars=MAX_NAME_CHARS),
        language=language_tag(language, "language") if language else DEFAULT_LANGUAGE,
        claimant=text(values.get("claimant"), "claimant", max_chars=MAX_NAME_CHARS),
        claim_date=timestamp(values.get("claim_date"), "claim_date"),
        published_at=timestamp(values.get("published_at"), "published_at"),
        image_hashes=images.fingerprints(
            _texts(values.get("images"), "images", max_chars=MAX_IMAGE_REFERENCE_CHARS)
        ),
        extra_texts=unique(_texts(values.get("aliases"), "aliases", max_chars=MAX_CLAIM_CHARS)),
    )


def _external_id(value: object) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    return optional_text(value, "external_id", max_chars=MAX_EXTERNAL_ID_CHARS)


def _verdict(verdict_value: object, rating_value: object) -> tuple[str | None, Verdict]:
    """The rating text and verdict. Parsed records keep one rule: a rating text is set whenever
    the verdict is known, so that an export reads back to the same record."""
    rating = optional_text(rating_value, "rating", max_chars=MAX_RATING_CHARS)
    word = optional_text(verdict_value, "verdict", max_chars=MAX_RATING_CHARS)
    if word is None:
        return rating, verdict_from_rating(rating)
    verdict = parse_verdict(word)
    if verdict is None:
        raise InvalidRecord(
            f"verdict {shorten(word)!r} is not one of {', '.join(v.value for v in Verdict)}"
        )
    rated = verdict_from_rating(rating)
    if rated not in (Verdict.OTHER, verdict):
        raise InvalidRecord(
            f"verdict {shorten(word)!r} contradicts rating {shorten(rating or '')!r}, "
            f"which means {rated}"
        )
    if rating is None and verdict is not Verdict.OTHER:
        # A publisher's word ("Falso") is kept; our own ("false") is shown as its export word.
        is_vocabulary = word.lower().replace("-", "_").replace(" ", "_") == verdict.value
        rating = rating_for_verdict(verdict) if is_vocabulary else word
    return rating, verdict


def _texts(value: object, field: str, *, max_chars: int) -> list[str]:
    """A list field's values: a list of texts, or one text standing for a one-item list."""
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    if not isinstance(value, list | str):
        raise InvalidRecord(f"{field} must be a list of texts, not {json_kind(value)}")
    return [text(item, field, max_chars=max_chars) for item in items]
