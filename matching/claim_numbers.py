"""How the contradiction guard reads numbers, times and dates written in digits or words
("3pm", "15:00", "20 mil", "1/11/2020", "2020", "veinte"): each in a comparable form, with how it
is written and where it stands in the text.

Apart from `claim_reading` because it reads the raw text with patterns of its own (each match
blanked before the next runs), before the text is cut into words.
"""

from __future__ import annotations

import re

from matching.claim_function_words import FOLDED_FUNCTION_WORDS, FOLDED_NEGATORS
from matching.claim_quantity_words import (
    COUNT_WORDS,
    COUNTED_NOUNS,
    TIME_OR_COUNT_WORDS,
    YEAR_WORDS,
)
from matching.claim_word_classes import WordSet
from matching.claim_words import fold, stem
from matching.number_words import spoken_numbers

_TIME = re.compile(
    r"(?<![\d.,:])(\d{1,2})(?:[:.h](\d{2}))?\s*(a\.?m\.?|p\.?m\.?|h|hs|hrs|uhr)(?![^\W\d_])"
    r"|(?<![\d.,:])(\d{1,2}):(\d{2})(?![\d])",
    re.IGNORECASE,
)
_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?(?![\d/])")
_NUMBER = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*")
# Thousands grouped by a space, as French, Portuguese and SI write them: one number, as "20.000"
# and "20,000" are. Only where the grouping cannot be a number followed by a count: a no-break,
# narrow no-break or thin space ("20\u202f000", typeset text), or two groups and more ("1 500
# 000"). A plain "12 300" stays two numbers: "na seção 12 300 votos" is section 12, 300 votes.
_SPACED = re.compile(
    r"(?<![\d.,])\d{1,3}(?:(?:[\u00a0\u202f\u2009]\d{3})+|(?: \d{3}){2,})(?![\d]|[.,]\d)"
)
# "20 mil" is "20.000"; "1.5 million" is "1,500,000".
_SCALES = {
    "k": 1_000,
    "m": 1_000_000,
    "bn": 1_000_000_000,
    "thousand": 1_000,
    "mil": 1_000,
    "mille": 1_000,
    "tausend": 1_000,
    "million": 1_000_000,
    "millions": 1_000_000,
    "millón": 1_000_000,
    "millones": 1_000_000,
    "milhão": 1_000_000,
    "milhões": 1_000_000,
    "millionen": 1_000_000,
    "mio": 1_000_000,
    "billion": 1_000_000_000,
    "billions": 1_000_000_000,
}
_SCALED = re.compile(
    r"(?<![\d.,])(\d+(?:[.,]\d+)?)\s*(" + "|".join(sorted(_SCALES, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# The two words after a number and the three before it, as far as the next or last word.
_WORDS_AFTER = re.compile(r"[^\S\n]*([^\W\d_]+)(?:[^\S\n]+([^\W\d_]+))?")
_WORD = re.compile(r"[^\W\d_]+")
_BEFORE_CHARS = 40  # enough for three words before a number
_COUNTED = WordSet(COUNTED_NOUNS)
_COUNT_WORDS = frozenset(tuple(fold(word) for word in phrase.split()) for phrase in COUNT_WORDS)
_TIME_OR_COUNT_WORDS = frozenset(
    tuple(fold(word) for word in phrase.split()) for phrase in TIME_OR_COUNT_WORDS
)
# What follows a number that ends its clause: punctuation, or nothing but spaces.
_CLAUSE_ENDS = re.compile(r"[^\S\n]*(?:[,;:.!?…]|$)", re.MULTILINE)
_YEAR_WORDS = frozenset(fold(word) for word in YEAR_WORDS)


Spans = dict[tuple[str, str], tuple[int, int]]


def numbers_and_dates(text: str) -> tuple[dict[str, str], dict[str, str], dict[str, str], Spans]:
    """Numbers (in digits or words: `number_words`) and times (comparable form -> as written),
    numeric dates and years, their kinds, and where each first is. Each match is blanked before
    the next pattern runs, so "3pm" is not read again as the number 3."""
    numbers: dict[str, str] = {}
    dates: dict[str, str] = {}
    kinds: dict[str, str] = {}
    spans: Spans = {}

    def found(match: re.Match[str], category: str, value: str, values: dict[str, str]) -> str:
        values.setdefault(value, match.group(0).strip())
        spans.setdefault((category, value), match.span())
        return " " * len(match.group(0))

    def time(match: re.Match[str]) -> str:
        if match.group(1) is not None:
            hour, minutes, marker = int(match.group(1)), int(match.group(2) or 0), match.group(3)
            marker = marker.casefold().replace(".", "")
            if marker == "pm" and hour < 12:
                hour += 12
            elif marker == "am" and hour == 12:
                hour = 0
        else:
            hour, minutes = int(match.group(4)), int(match.group(5))
        if hour < 24 and minutes < 60:
            return found(match, "number", f"{hour:02d}:{minutes:02d}", numbers)
        return match.group(0)

    def numeric_date(match: re.Match[str]) -> str:
        day, month = int(match.group(1)), int(match.group(2))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return match.group(0)
        kinds[f"{day}/{month}"] = "numeric"
        if match.group(3):
            kinds[_year(match.group(3))] = "year"
            dates.setdefault(_year(match.group(3)), match.group(3))
            spans.setdefault(("date", _year(match.group(3))), match.span())
        return found(match, "date", f"{day}/{month}", dates)

    def number(match: re.Match[str]) -> str:
        value = _number_value(match.group(0))
        # "2,000 ballots" is no year, nor "2000 ballots" or "about 2000": a count.
        if _YEAR.match(value) and match.group(0).isdigit() and not _counts(match):
            kinds[value] = "year"
            return found(match, "date", value, dates)
        return found(match, "number", value, numbers)

    def spaced(match: re.Match[str]) -> str:
        return found(match, "number", str(int(re.sub(r"\D", "", match.group(0)))), numbers)

    def scaled(match: re.Match[str]) -> str:
        value = float(_number_value(match.group(1)).replace(",", "."))
        scale = _SCALES[match.group(2).casefold()]
        return found(match, "number", str(round(value * scale)), numbers)

    text = _TIME.sub(time, text)
    text = _SCALED.sub(scaled, text)
    for spoken in list(spoken_numbers(text)):  # after "20 mil", which has its digits
        numbers.setdefault(spoken.value, spoken.written)
        spans.setdefault(("number", spoken.value), (spoken.start, spoken.end))
        text = text[: spoken.start] + " " * (spoken.end - spoken.start) + text[spoken.end :]
    text = _SPACED.sub(spaced, text)
    text = _NUMERIC_DATE.sub(numeric_date, text)
    _NUMBER.sub(number, text)
    return numbers, dates, kinds, spans


def _counts(match: re.Match[str]) -> bool:
    """A bare four-digit number that counts something rather than names a year: a count word
    before it ("more than 2000", "près de 2000"), a word that says "about" of a count or a year
    where the number does not end its clause ("around 2000 protesters", not "around 2000, the
    law changed"), or a counted noun right after it, or after one word that is no function word
    ("2000 ballots", "2000 fake ballots", "2000 votos nulos"), unless a year word comes right
    before it ("in 2020 voters chose")."""
    text, start = match.string, match.start()
    before = tuple(fold(word) for word in _WORD.findall(text, max(0, start - _BEFORE_CHARS), start))
    if before and before[-1] in _YEAR_WORDS:
        return False
    if any(before[-length:] in _COUNT_WORDS for length in (1, 2, 3) if len(before) >= length):
        return True
    if _approximated(before) and not _CLAUSE_ENDS.match(text, match.end()):
        return True
    after = _WORDS_AFTER.match(text, match.end())
    if after is None:
        return False
    first = fold(after.group(1))
    if _COUNTED.holds(first, stem(first)):
        return True
    second = fold(after.group(2) or "")
    return (
        bool(second)
        and first not in FOLDED_FUNCTION_WORDS
        and first not in FOLDED_NEGATORS
        and _COUNTED.holds(second, stem(second))
    )


def _approximated(before: tuple[str, ...]) -> bool:
    """The words before a number end with a word that says "about" of a count or of a year
    (`TIME_OR_COUNT_WORDS`: "around", "über", "alrededor de"), with no year word before it ("in
    around 2000")."""
    for length in (1, 2, 3):
        if len(before) >= length and before[-length:] in _TIME_OR_COUNT_WORDS:
            return len(before) == length or before[-length - 1] not in _YEAR_WORDS
    return False


def _year(written: str) -> str:
    return written if len(written) == 4 else "20" + written


def _number_value(written: str) -> str:
    """ "20.000", "20,000" and "20000" alike; "1,5" and "1.5" alike."""
    parts = re.split(r"[.,]", written)
    if len(parts) > 1 and all(len(part) == 3 for part in parts[1:]):
        return str(int("".join(parts)))
    if len(parts) == 2:
        return f"{int(parts[0])}.{parts[1]}"
    return written
