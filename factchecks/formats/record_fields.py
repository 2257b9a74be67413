"""Validation of the fields every import format shares: texts, URLs, dates, language tags.

Each function takes a raw decoded value and the name the file uses for the field, and returns the
clean value or raises `InvalidRecord` naming the field and the value. Limits follow the database
columns, so an overlong value is refused here rather than truncated or rejected by the database.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from urllib.parse import urlsplit

from factchecks.formats.errors import InvalidRecord

# Limits in characters. The claim limit is a product decision; the others mirror the
# `fact_check` columns (url 2048, external_id 512, rating_text 256, publisher/claimant 256).
MAX_CLAIM_CHARS = 10_000
MAX_TITLE_CHARS = 2_000
MAX_SUMMARY_CHARS = 20_000
MAX_URL_CHARS = 2_048
MAX_EXTERNAL_ID_CHARS = 512
MAX_RATING_CHARS = 256
MAX_NAME_CHARS = 256
MAX_IMAGE_REFERENCE_CHARS = 4_096

DEFAULT_LANGUAGE = "en"
"""The language of a record that does not say (the `FactCheckRecord` default)."""
_MAX_DATE_CHARS = 64

# A BCP 47 tag: we keep only the primary language subtag ("pt-BR" -> "pt"), which is what the
# bot uses to choose fact-checks a voter can read.
_LANGUAGE_TAG = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*")


def json_kind(value: object) -> str:
    """How a decoded JSON value is called in error messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "an object"


def shorten(value: str, max_chars: int = 60) -> str:
    """`value` cut down for an error message, so a reason stays readable."""
    return value if len(value) <= max_chars else value[: max_chars - 1] + "…"


def text(value: object, field: str, *, max_chars: int) -> str:
    """`value` as stripped text; "" when absent. Non-text and overlong values are errors."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidRecord(f"{field} must be text, not {json_kind(value)}")
    stripped = value.strip()
    if len(stripped) > max_chars:
        raise InvalidRecord(
            f"{field} is {len(stripped):,} characters long; the limit is {max_chars:,}"
        )
    return stripped


def optional_text(value: object, field: str, *, max_chars: int) -> str | None:
    """Like `text`, but None when absent or blank."""
    return text(value, field, max_chars=max_chars) or None


def web_url(value: object, field: str) -> str | None:
    """An http(s) URL (voters are sent to it), or None when absent."""
    url = optional_text(value, field, max_chars=MAX_URL_CHARS)
    if url is None:
        return None
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise InvalidRecord(f"{field} {shorten(url)!r} is not an http(s) URL")
    return url


def timestamp(value: object, field: str) -> datetime | None:
    """An ISO 8601 date or date-time as aware UTC; a date is midnight UTC, a naive time is UTC."""
    raw = optional_text(value, field, max_chars=_MAX_DATE_CHARS)
    if raw is None:
        return None
    try:
        parsed = datetime.fromisoformat(raw)
    except ValueError:
        raise InvalidRecord(
            f"{field} {shorten(raw)!r} is not an ISO 8601 date such as 2026-03-01"
        ) from None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def language_tag(value: str, field: str) -> str:
    """The lowercase primary subtag of a language tag ("pt-BR" -> "pt")."""
    match = _LANGUAGE_TAG.fullmatch(value.strip())
    if match is None:
        raise InvalidRecord(
            f"{field} {shorten(value)!r} is not a language tag such as 'en' or 'pt-BR'"
        )
    return match.group(1).lower()


def is_language_tag(value: str) -> bool:
    """Whether `value` reads as a language tag (so "Spanish" does not, "es-419" does)."""
    return _LANGUAGE_TAG.fullmatch(value.strip()) is not None


def unique(values: list[str]) -> tuple[str, ...]:
    """`values` without blanks and repeats, in their first order."""
    return tuple(dict.fromkeys(v for v in values if v))
