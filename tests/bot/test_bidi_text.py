"""Isolating values put into right-to-left (and left-to-right) sentences."""

from __future__ import annotations

import pytest

from bot.bidi_text import (
    FSI,
    LRM,
    PDI,
    RLM,
    has_right_to_left,
    isolate,
    isolate_value,
    strip_isolates,
)

URL = "https://example.org/fact-checks/123/"

CASES = [
    # (value, in a right-to-left sentence, in a left-to-right sentence)
    pytest.param(URL, FSI + URL + PDI, URL, id="URL: isolated in RTL, untouched in LTR"),
    pytest.param("12", FSI + "12" + PDI, "12", id="number"),
    pytest.param("AB-1234", FSI + "AB-1234" + PDI, "AB-1234", id="code"),
    pytest.param("Africa Check", FSI + "Africa Check" + PDI, "Africa Check", id="Latin name"),
    pytest.param("فتبينوا", FSI + "فتبينوا" + PDI, FSI + "فتبينوا" + PDI, id="Arabic name"),
    pytest.param("مرکز", FSI + "مرکز" + PDI, FSI + "مرکز" + PDI, id="Persian in a French reply"),
    pytest.param("", "", "", id="empty: nothing to isolate"),
    pytest.param("   ", "   ", "   ", id="blank: nothing to isolate"),
    pytest.param(
        "first line\n\nسطر ثانٍ",
        FSI + "first line" + PDI + "\n\n" + FSI + "سطر ثانٍ" + PDI,
        FSI + "first line" + PDI + "\n\n" + FSI + "سطر ثانٍ" + PDI,
        id="a line break ends an isolate, so each line gets its own",
    ),
    pytest.param(
        FSI + URL + PDI, FSI + URL + PDI, FSI + URL + PDI, id="isolating twice changes nothing"
    ),
]


@pytest.mark.parametrize(("value", "in_rtl", "in_ltr"), CASES)
def test_isolate_value(value: str, in_rtl: str, in_ltr: str) -> None:
    assert isolate_value(value, right_to_left=True) == in_rtl
    assert isolate_value(value, right_to_left=False) == in_ltr


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hello", False),
        ("12345 https://x.org", False),
        ("مرحبا", True),
        ("שלום", True),
        ("سلام hello", True),
        ("नमस्ते", False),
        ("", False),
    ],
)
def test_has_right_to_left(text: str, expected: bool) -> None:
    assert has_right_to_left(text) is expected


def test_isolating_keeps_the_text_a_reader_sees() -> None:
    value = "Checked by مرکز on 3 May\nsecond line"
    assert strip_isolates(isolate(value)) == value
    assert strip_isolates(LRM + "/help" + RLM) == "/help"
