"""What is masked in a published claim wording, and what is left alone."""

from __future__ import annotations

import pytest

from factchecks.reports.masking import mask_identifiers
from factchecks.reports.regions import UNKNOWN_REGION, calling_code_of, region_label


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("call +52 55 1234 5678 now", "call [phone] now"),
        ("ring 0803-555-0199!", "ring [phone]!"),
        ("write ana.perez@example.com", "write [e-mail]"),
        ("@juan_perez said it", "[@…] said it"),
        ("https://ex.org/a/1234567?id=99&u=x#top ok", "https://ex.org/a/1234567?[…] ok"),
        ("https://ex.org/page#voter-7", "https://ex.org/page?[…]"),
        # Left alone: dates, short numbers, a link without a query, plain words.
        ("polls on 2026-11-23 and 23.11.2026", "polls on 2026-11-23 and 23.11.2026"),
        ("text YES to 4455, 1,000,000 votes", "text YES to 4455, 1,000,000 votes"),
        ("see https://ex.org/fc/2026/11/1234567", "see https://ex.org/fc/2026/11/1234567"),
        ("الحبر يزول بالخل", "الحبر يزول بالخل"),
    ],
)
def test_identifiers_are_masked_and_the_rest_is_kept(text: str, masked: str) -> None:
    assert mask_identifiers(text) == masked


@pytest.mark.parametrize(
    ("address", "region"),
    [
        ("2348035550000", "NG"),
        ("5511987654321", "BR"),
        ("14155550100", "+1 (US, AG, AI, …)"),
        ("79161234567", "+7 (RU, KZ)"),
        ("447700900123", "+44 (GB, GG, IM, …)"),
        ("", UNKNOWN_REGION),
    ],
)
def test_a_region_is_never_finer_than_the_calling_code(address: str, region: str) -> None:
    assert region_label(calling_code_of(address)) == region
