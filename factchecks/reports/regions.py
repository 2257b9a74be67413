"""The coarse region of a WhatsApp voter: the country of their number's calling code, nothing finer.

A WhatsApp address is the voter's number in international form without "+" (`5511...`). The
calling code is its first one, two or three digits (E.164 codes are prefix-free), and it is cut
off inside the database (`calling_code_sql`), so the number itself never leaves it. Codes shared
by several countries (+1, +7, +44) are shown as the code with its main countries, never guessed
further (area codes would be finer than a country).
"""

from __future__ import annotations

import phonenumbers
from sqlalchemy import ColumnElement, case, func

UNKNOWN_REGION = "unknown"

_CODES = {str(code) for code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE}


def _codes_of_length(length: int) -> list[str]:
    return sorted(code for code in _CODES if len(code) == length)


def calling_code_sql(address: ColumnElement[str]) -> ColumnElement[str]:
    """SQL for the calling code at the start of `address` ('' when none is known)."""
    return case(
        *(
            (
                func.substr(address, 1, length).in_(_codes_of_length(length)),
                func.substr(address, 1, length),
            )
            for length in (1, 2, 3)
        ),
        else_="",
    )


def requester_calling_code_sql(
    address: ColumnElement[str | None], kept: ColumnElement[str | None]
) -> ColumnElement[str]:
    """A voter's calling code: from their address, or, once the address expired
    (`factchecks.retention`), the code kept in its place, so regions do not change."""
    return case(
        (address.is_(None), func.coalesce(kept, "")),
        else_=calling_code_sql(address),  # type: ignore[arg-type]
    )


def requester_calling_code(address: str | None, kept: str | None) -> str:
    """The same in Python (the slow twin's way)."""
    return calling_code_of(address) if address is not None else (kept or "")


def calling_code_of(address: str) -> str:
    """The same in Python, read by phonenumbers (the slow twin's way). A bare calling code
    (what an erased WhatsApp voter's address keeps, `factchecks.erasure`) is itself."""
    if address.isdigit() and int(address) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
        return address
    try:
        number = phonenumbers.parse("+" + address.lstrip("+"))
    except phonenumbers.NumberParseException:
        return ""
    return str(number.country_code) if number.country_code else ""


def region_label(calling_code: str) -> str:
    """`"234"` -> "NG"; `"1"` -> "+1 (US, AG, AI, …)"; unknown codes -> "unknown"."""
    if not calling_code.isdigit():
        return UNKNOWN_REGION
    regions = [
        region
        for region in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(int(calling_code), ())
        if region != "001"  # non-geographic numbers (satellite, international services)
    ]
    if not regions:
        return UNKNOWN_REGION
    if len(regions) == 1:
        return regions[0]
    shown = ", ".join(regions[:3])
    return f"+{calling_code} ({shown}, …)" if len(regions) > 3 else f"+{calling_code} ({shown})"


def calling_codes_of_regions(regions: frozenset[str]) -> set[str]:
    """The calling codes of ISO countries (`{"NG", "US"}` -> `{"234", "1"}`); unknown ones none."""
    codes = {phonenumbers.country_code_for_region(region.upper()) for region in regions}
    return {str(code) for code in codes if code}
