"""Numbers written in words ("five thousand", "half a million", "dos millones", "vingt mille"),
for the contradiction guard: a voter who writes "Five thousand voters were deleted" says
something else than a claim of "half a million" or "500,000".

Read: cardinal words from two up, the multipliers hundred, thousand, million and billion, and
"one"/"a" or "half" right before a multiplier, in English, Spanish, French, Portuguese, German
and Arabic, joined by spaces, hyphens or "and" ("y", "et", "e", "und", "و"). A run must hold a
multiplier or a cardinal from two up: "a", "one" or "half" alone is not a number ("half the
voters"). Words left out because they mean something else as often: English "once" (Spanish
11), French "sept" (English "Sept."), "neuf" (new), "cent" (a coin), German "elf", Spanish
"medio" alone (medium, "medio ambiente").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

from matching.text_normalise import normalise


def _valued(table: dict[int, str]) -> dict[str, int]:
    """Each word of `table` (value -> words) folded -> its value."""
    return {normalise(word): value for value, words in table.items() for word in words.split()}


_CARDINALS = _valued(
    {
        2: "two dos deux dois duas zwei اثنان اثنين",
        3: "three tres trois três drei ثلاثة",
        4: "four cuatro quatre quatro vier أربعة",
        5: "five cinco cinq fünf خمسة",
        6: "six seis sechs ستة",
        7: "seven siete sete sieben سبعة",
        8: "eight ocho huit oito acht ثمانية",
        9: "nine nueve nove neun تسعة",
        10: "ten diez dix dez zehn عشرة",
        11: "eleven",
        12: "twelve doce douze doze zwölf",
        20: "twenty veinte vingt vinte zwanzig عشرين عشرون",
        30: "thirty treinta trente trinta dreißig ثلاثين",
        40: "forty cuarenta quarante quarenta vierzig أربعين",
        50: "fifty cincuenta cinquante cinquenta fünfzig خمسين",
        60: "sixty sesenta soixante sessenta sechzig",
        70: "seventy setenta siebzig",
        80: "eighty ochenta oitenta achtzig",
        90: "ninety noventa noventa neunzig",
    }
)
_MULTIPLIERS = _valued(
    {
        100: "hundred hundreds cien ciento cientos cem hundert مئة مائة",
        1_000: "thousand thousands mil mille tausend ألف آلاف الاف",
        1_000_000: "million millions millón millones milhão milhões millionen مليون ملايين",
        1_000_000_000: "billion billions milliard milliards bilhão bilhões milliarde مليار",
    }
)


def _folded(words: str) -> frozenset[str]:
    return frozenset(normalise(word) for word in words.split())


_ONES = _folded("a an one un une uno una um uma ein eine einer")
_HALVES = _folded("half medio media demi meio meia halb halbe نصف")
_WEAK = _folded("dos")
_AND = _folded("and y et e und و")
_WORD = re.compile(r"[^\W\d_]+")
_JOINED = re.compile(r"[\s-]*")


class _Kind(Enum):
    CARDINAL = "cardinal"
    MULTIPLIER = "multiplier"
    ONE = "one"
    HALF = "half"
    AND = "and"


@dataclass(frozen=True)
class SpokenNumber:
    """A number in words: where it is in the text, as written, and its value ("500000")."""

    start: int
    end: int
    written: str
    value: str


def spoken_numbers(text: str) -> Iterator[SpokenNumber]:
    """The numbers written in words in `text`, in order."""
    words = [(match, _kind(normalise(match.group(0)))) for match in _WORD.finditer(text)]
    at = 0
    while at < len(words):
        run = _run(text, words, at)
        if run:
            value = _value(run)
            first, last = run[0][0], run[-1][0]
            if value is not None:
                start, end = first.start(), last.end()
                yield SpokenNumber(start, end, text[start:end], value)
            at += len(run)
        else:
            at += 1


Word = tuple[re.Match[str], "_Kind | None"]


def _kind(folded: str) -> _Kind | None:
    if folded in _CARDINALS:
        return _Kind.CARDINAL
    if folded in _MULTIPLIERS:
        return _Kind.MULTIPLIER
    if folded in _ONES:
        return _Kind.ONE
    if folded in _HALVES:
        return _Kind.HALF
    if folded in _AND:
        return _Kind.AND
    return None


def _run(text: str, words: list[Word], at: int) -> list[tuple[re.Match[str], _Kind]]:
    """The longest run of number words starting at `at` (empty when none starts there)."""
    run: list[tuple[re.Match[str], _Kind]] = []
    position = at
    while position < len(words):
        match, kind = words[position]
        if kind is None or (kind is _Kind.AND and not run):
            break
        if run and not _joined(text, run[-1][0], match):
            break
        if _needs_multiplier(match, kind) and not _multiplier_follows(text, words, position):
            break
        run.append((match, kind))
        position += 1
    while run and run[-1][1] is _Kind.AND:
        run.pop()  # "two and": the "and" belongs to the text
    return run


def _needs_multiplier(match: re.Match[str], kind: _Kind) -> bool:
    """ "a", "one", "half" and "dos" (Portuguese "of the") are numbers only before a multiplier."""
    return kind in (_Kind.ONE, _Kind.HALF) or normalise(match.group(0)) in _WEAK


def _multiplier_follows(text: str, words: list[Word], position: int) -> bool:
    """Whether a multiplier comes next, after at most an "a" ("half a million")."""
    previous = words[position][0]
    for match, kind in words[position + 1 : position + 3]:
        if not _joined(text, previous, match):
            return False
        if kind is _Kind.MULTIPLIER:
            return True
        if kind is not _Kind.ONE:
            return False
        previous = match
    return False


def _joined(text: str, before: re.Match[str], after: re.Match[str]) -> bool:
    return _JOINED.fullmatch(text, before.end(), after.start()) is not None


def _value(run: list[tuple[re.Match[str], _Kind]]) -> str | None:
    """The run's value, or None when it is not a number on its own ("a", "half")."""
    if not any(kind in (_Kind.MULTIPLIER, _Kind.CARDINAL) for _, kind in run):
        return None
    total = 0.0
    current = 0.0
    for match, kind in run:
        folded = normalise(match.group(0))
        if kind is _Kind.CARDINAL:
            current += _CARDINALS[folded]
        elif kind is _Kind.ONE:
            current = current or 1  # "half a million": the "a" adds nothing
        elif kind is _Kind.HALF:
            current = 0.5 if current == 1 else current + 0.5  # "a half million" is half
        elif kind is _Kind.MULTIPLIER:
            multiplier = _MULTIPLIERS[folded]
            if multiplier == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * multiplier
                current = 0
    return str(round(total + current))
