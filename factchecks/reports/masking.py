"""Masking what could identify someone in a claim's published wording.

A voter's wording may carry a phone number, an e-mail address, a handle or a personal link (a
URL's query string often holds ids and tracking tokens): each is replaced by a marker. Dates are
not phone numbers: "2026-11-23" and "23.11.2026" stay.
"""

from __future__ import annotations

import re

PHONE_MARK = "[phone]"
EMAIL_MARK = "[e-mail]"
HANDLE_MARK = "[@…]"
QUERY_MARK = "?[…]"
MIN_PHONE_DIGITS = 7

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_URL_TAIL = re.compile(r"(https?://[^\s?#]+)[?#]\S*", re.IGNORECASE)
_HANDLE = re.compile(r"(?<![\w@])@\w{3,}")
_PHONE = re.compile(r"\+?\d[\d\s().\-]{4,}\d")
_URL = re.compile(r"(https?://\S+)", re.IGNORECASE)
_DATE = re.compile(r"^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})$")


def _phone(found: re.Match[str]) -> str:
    text = found.group(0)
    digits = sum(char.isdigit() for char in text)
    if digits < MIN_PHONE_DIGITS or _DATE.match(text.strip()):
        return text
    return PHONE_MARK


def mask_identifiers(text: str) -> str:
    """`text` with e-mail addresses, URL query strings, @handles and phone numbers masked."""
    text = _EMAIL.sub(EMAIL_MARK, text)
    text = _URL_TAIL.sub(lambda found: found.group(1) + QUERY_MARK, text)
    text = _HANDLE.sub(HANDLE_MARK, text)
    # Digits inside a link's path are the page's, not a phone number: only the rest is read.
    parts = _URL.split(text)
    return "".join(part if n % 2 else _PHONE.sub(_phone, part) for n, part in enumerate(parts))
