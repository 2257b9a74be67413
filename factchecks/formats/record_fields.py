"""Validation of the fields every import format shares: texts, URLs, dates, language tags.

Each function takes a raw decoded value and the name the file uses for the field, and returns the
clean value or raises `InvalidRecord` naming the field and the value. Limits follow the database
columns, so an overlong value is refused here rather than truncated or rejected by the database.
"""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

from factchecks.formats.errors import InvalidRecord
from factchecks.verdicts import Verdict, verdict_from_rating

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


# A tag: "<" then a letter, "/" or "!" (so "a < b" and "<3" stay), up to the next ">".
_TAG = re.compile(r"<[A-Za-z/!][^<>]*>")
_BLOCK_TAG = re.compile(r"<(?:br|/p|/div|/li|/h[1-6])\b[^<>]*>", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\u00a0]+")
_NEEDS_CLEANING = re.compile(r"[<&\n\r\t\u00a0]|  ")


def plain_text(value: str) -> str:
    """`value` as a reader sees it: HTML tags removed and entities decoded (twice, for the
    feeds that escape an already escaped `&amp;#039;`), spaces collapsed, line breaks kept."""
    if not _NEEDS_CLEANING.search(value):
        return value  # the usual case, a plain one-line text: nothing to do
    if "<" in value:
        value = _TAG.sub("", _BLOCK_TAG.sub("\n", value))
    for _ in range(2):
        if "&" not in value:
            break
        value = html.unescape(value)
    if "<" in value:  # a tag that was itself escaped ("&lt;b&gt;")
        value = _TAG.sub("", value)
    lines = (_SPACES.sub(" ", line).strip() for line in value.replace("\r", "").split("\n"))
    return "\n".join(line for line in lines if line)


def prose(value: object, field: str, *, max_chars: int) -> str:
    """Text a voter or a fact-checker reads: like `text`, but as `plain_text`."""
    cleaned = text(value, field, max_chars=max_chars * 4)
    if not cleaned:
        return ""
    cleaned = plain_text(cleaned)
    if len(cleaned) > max_chars:
        raise InvalidRecord(
            f"{field} is {len(cleaned):,} characters long; the limit is {max_chars:,}"
        )
    return cleaned


def optional_text(value: object, field: str, *, max_chars: int) -> str | None:
    """Like `text`, but None when absent or blank."""
    return text(value, field, max_chars=max_chars) or None


def web_url(value: object, field: str, base_url: str | None = None) -> str | None:
    """An http(s) URL (voters are sent to it), or None when absent.

    A relative URL ("/fact-check/123", "//example.org/x") is resolved against `base_url`, the
    address of the page the markup came from, when one is known; without one it is an error.
    """
    url = optional_text(value, field, max_chars=MAX_URL_CHARS)
    if url is None:
        return None
    if _PLAIN_WEB_URL.match(url):
        return url  # the usual case, checked without a full parse
    parts = urlsplit(url)
    if not parts.scheme and base_url:
        url = urljoin(base_url, url)
        parts = urlsplit(url)
    elif not parts.scheme:
        raise InvalidRecord(
            f"{field} {shorten(url)!r} is relative and the page URL is unknown "
            "(give it with --base-url)"
        )
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise InvalidRecord(f"{field} {shorten(url)!r} is not an http(s) URL")
    if len(url) > MAX_URL_CHARS:
        raise InvalidRecord(f"{field} is over {MAX_URL_CHARS:,} characters once resolved")
    return url


# An absolute http(s) URL with a host and no spaces or control characters: valid as it is.
_PLAIN_WEB_URL = re.compile(r"https?://[A-Za-z0-9.-]+(?::\d+)?(?:[/?#][^\s\x00-\x1f]*)?\Z")

# Day-month-year forms publishers write besides ISO 8601 (English month names).
_DATE_FORMATS = (
    "%B %d, %Y",  # March 5, 2026
    "%b %d, %Y",  # Mar 5, 2026
    "%d %B %Y",  # 5 March 2026
    "%d %b %Y",  # 5 Mar 2026
    "%B %d %Y",
    "%Y/%m/%d",
    "%d.%m.%Y",  # 05.03.2026 (German, Russian, Turkish...)
)
_NUMERIC_DATE = re.compile(r"(\d{1,2})[/-](\d{1,2})[/-](\d{4})")


def timestamp(value: object, field: str) -> datetime | None:
    """A date or date-time as aware UTC; a date is midnight UTC, a naive time is UTC.

    ISO 8601 in any of its forms, RFC 2822 ("Thu, 05 Mar 2026 10:00:00 GMT"), English month
    names ("March 5, 2026", "5 Mar 2026"), 2026/03/05, 05.03.2026, and 05/03/2026 only when the
    day cannot be the month (a day over 12): 04/03/2026 is a different day in Brazil and in the
    United States, so it is refused rather than guessed.
    """
    raw = optional_text(value, field, max_chars=_MAX_DATE_CHARS)
    if raw is None:
        return None
    parsed = _parse_date(raw.replace("\u00a0", " "))
    if parsed is None:
        raise InvalidRecord(
            f"{field} {shorten(raw)!r} is not a date we can read without guessing, "
            "such as 2026-03-01"
        )
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _parse_date(raw: str) -> datetime | None:
    try:
        return datetime.fromisoformat(raw)
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        pass
    for date_format in _DATE_FORMATS:
        try:
            return datetime.strptime(raw, date_format)
        except ValueError:
            continue
    numeric = _NUMERIC_DATE.fullmatch(raw)
    if numeric is None:
        return None
    first, second, year = (int(part) for part in numeric.groups())
    if first > 12 >= second:
        day, month = first, second
    elif second > 12 >= first:
        day, month = second, first
    else:
        return None
    try:
        return datetime(year, month, day)
    except ValueError:
        return None


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


@lru_cache(maxsize=4096)
def rating_verdict(rating: str | None) -> Verdict:
    """`verdicts.verdict_from_rating`, remembered: a catalogue repeats a few hundred rating words
    over its hundreds of thousands of records (the words are folded and looked up each time)."""
    return verdict_from_rating(rating)
