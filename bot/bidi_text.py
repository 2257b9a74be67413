"""Keeping right-to-left replies readable: inserted values are wrapped in Unicode isolates.

A reply is a translated sentence with values put into it (a URL, a date, a publisher's name, a
count, the voter's own claim). In an Arabic, Urdu or Persian sentence a Latin name, a URL or a
number is a left-to-right run, and the Unicode Bidirectional Algorithm lets neutral characters
next to it (the URL's final "/", a full stop, quotes, "#") join the wrong run, so a line reads
"المزيد: /https://example.org" or moves the full stop to the wrong end. Wrapping each value in
FIRST STRONG ISOLATE (U+2068) ... POP DIRECTIONAL ISOLATE (U+2069) makes it one neutral unit for
the sentence around it, laid out inside by its own first strong character: an Arabic claim stays
right-to-left, a URL left-to-right. Telegram's link detection ends a URL at U+2069 (characters
U+2000-U+206F end a link), so the isolate never becomes part of the link, unlike a trailing
U+200E LEFT-TO-RIGHT MARK after it.

Pure functions on text, no Babel: `bot.i18n` decides which locale is right-to-left.
"""

from __future__ import annotations

import unicodedata

FSI = "\u2068"  # FIRST STRONG ISOLATE
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE
LRM = "\u200e"  # LEFT-TO-RIGHT MARK
RLM = "\u200f"  # RIGHT-TO-LEFT MARK

# Bidi classes of characters that are right-to-left (Hebrew, Arabic and other RTL scripts).
_RIGHT_TO_LEFT = frozenset({"R", "AL"})


def has_right_to_left(text: str) -> bool:
    """True when `text` holds a character of a right-to-left script."""
    return any(unicodedata.bidirectional(char) in _RIGHT_TO_LEFT for char in text)


def isolate(value: str) -> str:
    """`value` with each non-blank line wrapped in FSI ... PDI.

    Line by line because a line break ends every isolate (it is a paragraph separator to the
    bidirectional algorithm): a multi-line summary gets one isolate per line. Already isolated
    lines are left as they are, so isolating twice changes nothing.
    """
    return "\n".join(_isolate_line(line) for line in value.split("\n"))


def _isolate_line(line: str) -> str:
    if not line.strip() or (line.startswith(FSI) and line.endswith(PDI)):
        return line
    return FSI + line + PDI


def isolate_value(value: str, *, right_to_left: bool) -> str:
    """`value` ready to be put into a sentence written right-to-left or left-to-right.

    In a right-to-left sentence every value is isolated (a URL, a number or a Latin name would
    otherwise pull the punctuation around it into its run). In a left-to-right sentence only a
    value holding right-to-left text is (an Arabic publisher in a French reply), so English,
    French or Hindi replies with Latin values stay byte for byte what they were.
    """
    if right_to_left or has_right_to_left(value):
        return isolate(value)
    return value


def strip_isolates(text: str) -> str:
    """`text` without isolates and directional marks: what a reader sees, for comparisons."""
    return text.translate({ord(mark): None for mark in (FSI, PDI, LRM, RLM)})
