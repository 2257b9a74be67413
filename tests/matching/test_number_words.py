"""Numbers written in words, as the contradiction guard reads them."""

from __future__ import annotations

import pytest

from matching.claim_contradiction import ConflictKind, find_conflict
from matching.number_words import spoken_numbers


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Five thousand voters were deleted", [("Five thousand", "5000")]),
        ("Half a million voters were deleted", [("Half a million", "500000")]),
        ("a million people", [("a million", "1000000")]),
        ("one hundred and twenty people", [("one hundred and twenty", "120")]),
        ("treinta y cinco mil personas", [("treinta y cinco mil", "35000")]),
        ("dos millones de votos", [("dos millones", "2000000")]),
        ("medio millón de votos", [("medio millón", "500000")]),
        ("vingt mille électeurs", [("vingt mille", "20000")]),
        ("fünf Millionen Wähler", [("fünf Millionen", "5000000")]),
        ("خمسة آلاف ناخب", [("خمسة آلاف", "5000")]),
        ("share this with ten friends", [("ten", "10")]),
        # Not numbers: articles, "half" alone, Portuguese "dos" (of the), a week
        ("a week later", []),
        ("half the voters stayed home", []),
        ("os votos dos eleitores", []),
        ("medio ambiente", []),
    ],
)
def test_numbers_in_words(text: str, numbers: list[tuple[str, str]]) -> None:
    assert [(found.written, found.value) for found in spoken_numbers(text)] == numbers


def test_a_number_in_words_against_one_in_digits() -> None:
    claim = "Half a million voters were deleted from the register last week"
    found = find_conflict("Five thousand voters were deleted from the register last week", claim)
    assert found is not None and found.kind is ConflictKind.NUMBER
    assert found.reason == "number differs: Five thousand vs Half a million"
    assert find_conflict("500,000 voters were deleted from the register last week", claim) is None
    assert find_conflict("20 mil personas votaron", "veinte mil personas votaron") is None
