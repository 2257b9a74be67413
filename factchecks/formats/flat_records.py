"""The flat record shape shared by JSON Lines and CSV imports: one field per column.

Fields: claim (required), url and/or external_id (at least one), verdict and/or rating, summary,
title, publisher, language, claimant, claim_date, published_at, images (local files next to the
import file), aliases (other wordings of the claim for the matcher), appearances (http(s)
addresses where the claim was seen: a voter who sends one is answered with the fact-check).
`verdict` is our vocabulary
("false", "missing_context") or a rating we recognise ("Falso"); `rating` is the publisher's own
text, kept verbatim. Unknown fields are refused, so a misspelt column is not silently dropped.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from factchecks.formats.drafts import Draft, ReadOptions, record_language
from factchecks.formats.errors import InvalidRecord
from factchecks.formats.record_fields import (
    MAX_CLAIM_CHARS,
    MAX_EXTERNAL_ID_CHARS,
    MAX_IMAGE_REFERENCE_CHARS,
    MAX_NAME_CHARS,
    MAX_RATING_CHARS,
    MAX_SUMMARY_CHARS,
    MAX_TITLE_CHARS,
    MAX_URL_CHARS,
    json_kind,
    language_tag,
    optional_text,
    prose,
    rating_verdict,
    shorten,
    text,
    timestamp,
    unique,
    web_url,
)
from factchecks.records import FactCheckRecord
from factchecks.verdicts import Verdict, parse_verdict, rating_for_verdict

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
    "fingerprints",
    "appearances",
)
"""Every field a flat record may have, in the order a CSV export would list them."""

_KNOWN_FIELDS = frozenset(FLAT_FIELDS)
LIST_FIELDS = frozenset({"images", "aliases", "fingerprints", "appearances"})
"""Fields that hold several values (a JSON list; `|`-separated in CSV)."""


# A perceptual fingerprint as `tipline export` writes it (see `matching.ImageFingerprint`).
_FINGERPRINT = re.compile(r"[0-9a-f]{16,64}")


def record_from_flat(values: Mapping[str, object], options: ReadOptions) -> Draft:
    """One flat record; list fields are lists (or one string). Raises InvalidRecord."""
    unknown = sorted(set(values) - _KNOWN_FIELDS)
    if unknown:
        raise InvalidRecord(
            f"unknown field(s) {', '.join(map(repr, unknown))}; known: {', '.join(FLAT_FIELDS)}"
        )
    claim = prose(values.get("claim"), "claim", max_chars=MAX_CLAIM_CHARS)
    if not claim:
        raise InvalidRecord("claim is missing or empty")
    url = web_url(values.get("url"), "url", options.base_url)
    external_id = _external_id(values.get("external_id"))
    if url is None and external_id is None:
        raise InvalidRecord("has neither a url nor an external_id, so it could never be updated")
    rating_text, verdict = _verdict(values.get("verdict"), values.get("rating"))
    given = optional_text(values.get("language"), "language", max_chars=64)
    title = prose(values.get("title"), "title", max_chars=MAX_TITLE_CHARS)
    summary = prose(values.get("summary"), "summary", max_chars=MAX_SUMMARY_CHARS)
    language, confidence = record_language(
        language_tag(given, "language") if given else None, (claim, title, summary), options
    )
    fingerprints = _texts(values.get("fingerprints"), "fingerprints", max_chars=64)
    bad = [value for value in fingerprints if not _FINGERPRINT.fullmatch(value)]
    if bad:
        raise InvalidRecord(f"fingerprint {shorten(bad[0])!r} is not a hex image fingerprint")
    record = FactCheckRecord(
        claim=claim,
        verdict=verdict,
        url=url,
        external_id=external_id,
        rating_text=rating_text,
        summary=summary,
        title=title,
        publisher=prose(values.get("publisher"), "publisher", max_chars=MAX_NAME_CHARS),
        language=language,
        language_confidence=confidence,
        claimant=prose(values.get("claimant"), "claimant", max_chars=MAX_NAME_CHARS),
        claim_date=timestamp(values.get("claim_date"), "claim_date"),
        published_at=timestamp(values.get("published_at"), "published_at"),
        image_hashes=unique(fingerprints),
        extra_texts=unique(_texts(values.get("aliases"), "aliases", max_chars=MAX_CLAIM_CHARS)),
        appearances=_appearances(values.get("appearances"), options),
    )
    references = _texts(values.get("images"), "images", max_chars=MAX_IMAGE_REFERENCE_CHARS)
    return Draft(record, tuple(references))


def flat_values(record: FactCheckRecord) -> dict[str, str | list[str]]:
    """A record as a flat record that `record_from_flat` reads back to an equal record.

    The language is left out when it was detected: the reader detects it again, to the same
    value. Fingerprints are written so pictures come back without their files.
    """
    values: dict[str, str | list[str]] = {"claim": record.claim, "verdict": record.verdict.value}
    optional: dict[str, str | list[str] | None] = {
        "rating": record.rating_text,
        "url": record.url,
        "external_id": record.external_id,
        "summary": record.summary,
        "title": record.title,
        "publisher": record.publisher,
        "language": record.language if record.language_confidence is None else None,
        "claimant": record.claimant,
        "claim_date": record.claim_date.isoformat() if record.claim_date else None,
        "published_at": record.published_at.isoformat() if record.published_at else None,
        "aliases": list(record.extra_texts),
        "fingerprints": list(record.image_hashes),
        "appearances": list(record.appearances),
    }
    values.update({key: value for key, value in optional.items() if value})
    return values


def _appearances(value: object, options: ReadOptions) -> tuple[str, ...]:
    """The appearance addresses, each an http(s) URL like `url` (a relative one is resolved
    against the base URL)."""
    urls = [
        web_url(item, "appearances", options.base_url)
        for item in _texts(value, "appearances", max_chars=MAX_URL_CHARS)
    ]
    return unique([url for url in urls if url])


def _external_id(value: object) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    return optional_text(value, "external_id", max_chars=MAX_EXTERNAL_ID_CHARS)


def _verdict(verdict_value: object, rating_value: object) -> tuple[str | None, Verdict]:
    """The rating text and verdict. Parsed records keep one rule: a rating text is set whenever
    the verdict is known, so that an export reads back to the same record."""
    rating = prose(rating_value, "rating", max_chars=MAX_RATING_CHARS) or None
    word = optional_text(verdict_value, "verdict", max_chars=MAX_RATING_CHARS)
    if word is None:
        return rating, rating_verdict(rating)
    verdict = parse_verdict(word)
    if verdict is None:
        raise InvalidRecord(
            f"verdict {shorten(word)!r} is not one of {', '.join(v.value for v in Verdict)}"
        )
    rated = rating_verdict(rating)
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
    if field == "aliases":
        return [prose(item, field, max_chars=max_chars) for item in items]
    return [text(item, field, max_chars=max_chars) for item in items]
