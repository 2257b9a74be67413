"""Text from a platform, made safe to store and to match: the one cleaning at the boundary.

Platforms pass through bytes no database wants: PostgreSQL refuses NUL in a text column, and
neither database can encode an unpaired UTF-16 surrogate (`"\\ud800"`, which JSON can carry) as
UTF-8. Either made a tip fail after its 200 and stay unprocessed. Every text a channel takes
from a platform goes through `clean_text` before it is stored or handled, so nothing past the
channel ever sees such characters.

A message made only of invisible characters (zero-width spaces, a Hangul filler, a Braille
blank...) is no claim at all: `visible_or_empty` turns it into "" so the voter gets the reply
for an empty message.
"""

from __future__ import annotations

import re
import unicodedata

REPLACEMENT = "\ufffd"

# C0 and C1 control characters and DEL, except tab and newline (kept: texts are laid out with
# them). A carriage return becomes a newline first (`_NEWLINES`), so "\r\n" stays one line break.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_NEWLINES = re.compile("\r\n?")
_SURROGATES = re.compile("[\ud800-\udfff]")

# Characters that show nothing but are not Unicode whitespace or format characters: fillers that
# chat apps render blank. Together with categories Cc, Cf, Zs, Zl, Zp and Mn, a text made only of
# these is invisible.
_BLANK_LOOKING = frozenset("\u115f\u1160\u3164\uffa0\u2800\u180e\ufe0f\ufe0e\u034f")
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp", "Mn", "Me"})


def clean_text(text: str) -> str:
    """`text` without NUL and other control characters (tab and newline kept), CR/CRLF as a
    newline, and every unpaired surrogate replaced by U+FFFD.

    A str holds no surrogate pairs (they are decoded into one code point), so any code point in
    U+D800..U+DFFF left in a str is unpaired.
    """
    text = _NEWLINES.sub("\n", text)
    text = _CONTROLS.sub("", text)
    return _SURROGATES.sub(REPLACEMENT, text)


def is_invisible(text: str) -> bool:
    """True when `text` would show nothing at all: empty, or only spaces, format characters
    (zero-width spaces and joiners), combining marks with nothing to combine with, and fillers."""
    return all(
        char in _BLANK_LOOKING or unicodedata.category(char) in _INVISIBLE_CATEGORIES
        for char in text
    )


def visible_or_empty(text: str) -> str:
    """`clean_text(text)`, or "" when nothing of it would show."""
    cleaned = clean_text(text)
    return "" if is_invisible(cleaned) else cleaned


def clean_optional(text: str | None) -> str | None:
    """`clean_text` for a value that may be missing."""
    return None if text is None else clean_text(text)
