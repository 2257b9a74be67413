"""Cleaning texts at the boundary: each rule against a plain character-by-character twin."""

from __future__ import annotations

import unicodedata

import pytest

from bot.inbound import (
    ButtonPress,
    InboundMessage,
    MediaRef,
    PendingButton,
    PendingMessage,
    clean_pending,
    decode_pending,
    encode_pending,
)
from bot.text_cleaning import REPLACEMENT, clean_text, is_invisible, visible_or_empty


def _slow_clean(text: str) -> str:
    """The obvious version: one character at a time."""
    out = []
    for char in text.replace("\r\n", "\n").replace("\r", "\n"):
        code = ord(char)
        if char in "\n\t":
            out.append(char)
        elif code < 0x20 or 0x7F <= code <= 0x9F:
            continue
        elif 0xD800 <= code <= 0xDFFF:
            out.append(REPLACEMENT)
        else:
            out.append(char)
    return "".join(out)


SAMPLES = [
    "plain text",
    "nul\x00byte",
    "bell\x07 and escape\x1b[31m",
    "lone \ud800 high and \udfff low",
    "tabs\tand\nnewlines\r\nand\rreturns",
    "C1 \x85 next-line and \x9f",
    "emoji 👍🏽 and ZWJ family 👨\u200d👩\u200d👧",
    "हिन्दी और اردو",
    "".join(chr(c) for c in range(0, 0x100)),
]


@pytest.mark.parametrize("text", SAMPLES)
def test_clean_text_agrees_with_the_slow_twin(text: str) -> None:
    cleaned = clean_text(text)
    assert cleaned == _slow_clean(text)
    cleaned.encode("utf-8")  # no surrogate left: every database can store it
    assert "\x00" not in cleaned


@pytest.mark.parametrize(
    "text", ["", " ", "\u200b", "\u200b\u2060\ufeff", "\u3164", "\u2800 \u115f", "\u00a0\u202f"]
)
def test_invisible_texts_become_empty(text: str) -> None:
    assert is_invisible(text) and visible_or_empty(text) == ""


@pytest.mark.parametrize("text", ["a", "\u200bx", "👍", "\u0928\u093f", "٠"])
def test_visible_texts_stay(text: str) -> None:
    assert not is_invisible(text) and visible_or_empty(text) == text
    assert any(unicodedata.category(c) not in {"Cf", "Zs"} for c in text)


def test_pending_values_are_cleaned_and_survive_the_inbox_encoding() -> None:
    message = PendingMessage(
        InboundMessage(
            channel="whatsapp",
            external_id="wamid.\x00x",
            user_id="44\ud800",
            address="44\ud800",
            text="\u200b\u200b",
            media_kind="image",
        ),
        MediaRef("media\x01id", 123),
    )
    cleaned = clean_pending(message)
    assert isinstance(cleaned, PendingMessage)
    assert cleaned.message.text == "" and cleaned.message.user_id == "44" + REPLACEMENT
    assert cleaned.media == MediaRef("mediaid", 123)
    assert decode_pending(encode_pending(cleaned)) == cleaned
    button = PendingButton(ButtonPress("telegram", "1", "1", "lang:\x00es"), acknowledge="q1")
    assert decode_pending(encode_pending(clean_pending(button))) == PendingButton(
        ButtonPress("telegram", "1", "1", "lang:es"), acknowledge="q1"
    )
