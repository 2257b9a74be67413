"""Two checks of the contradiction guard on which way a claim points, read from word order:

- a span turned round: "moved from Sunday to Monday" / "from Monday to Sunday", "del 9 al 16 de
  marzo" / "del 16 al 9 de marzo", "من الأحد إلى الاثنين" / "من الاثنين إلى الأحد", "from Friday
  until Monday", "de segunda até domingo", "von Montag bis zum Sonntag", "من الاثنين حتى الأحد",
  and in English the to-phrase first ("moved to Sunday from Monday"): the same two details on
  both sides, each where the other stands;
- a bound turned over: "more than 20,000" / "fewer than 20,000", "at least" / "up to", "más de" /
  "menos de" / "hasta", "au moins" / "jusqu'à", "acima de" / "abaixo de" / "até", "mindestens" /
  "bis zu", "أكثر من" / "أقل من", and after the number: "18 and over" / "under 18", "18 ans et
  plus", "18 años o más", "18 عاما فما فوق", and signs: "18+", "+18" / "-18": the same number on
  both sides (in digits, with a
  scale or in words: "20k", "20 mil", "twenty thousand"), above on one and below on the other.
  "At least", "more than" and "18 and over" are all from above: a voter who writes one for the
  other retells the claim; so is a comparative negated ("pas moins de", "not less than").

A span or a bound only one text has is extra detail, never a conflict (as everywhere in the
guard): only the same values, turned round, are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from matching.claim_function_words import FOLDED_FUNCTION_WORDS, FOLDED_NEGATORS
from matching.claim_numbers import numbers_and_dates
from matching.claim_quantity_words import ABOVE_AFTER, BELOW_AFTER
from matching.claim_words import fold, stem
from matching.conflicts import Conflict, ConflictKind
from matching.text_normalise import tokens


def _folded(words: str) -> frozenset[str]:
    return frozenset(fold(word) for word in words.split())


# The words that open and close a span, folded as `tokens` folds them (no accents, Arabic
# alif forms merged): English, Spanish, French, Portuguese, German, Arabic. "until" and its
# kind close a span as "to" does ("from Monday until Sunday", "du lundi jusqu'au dimanche").
_FROM = _folded("from de del desde du des do da dos das von vom من")
_TO = _folded(
    "to into until till a al hasta au aux à para pra ao ate jusqu nach zu zum zur auf bis"
    " إلى الى حتى"
)
# The words that close a span written the other way round, to-phrase first ("to Sunday from
# Monday"): English only. Elsewhere the same order mostly reads "at/to X of Y" ("a la ciudad
# de Madrid", "au bureau du maire"), no span.
_TO_FIRST = _folded("to into")
_FROM_SECOND = _folded("from")
# Skipped before a detail: articles, "of", and the word "day" ("from the 9th of March", "del día
# 9", "do dia 16").
_FILLER = _folded(
    "the of el la los las le les l o os as a der die das den dem de del day dia jour tag يوم"
)
_DETAIL_WORDS = 3  # a detail of at most this many words between the span's two words

# Bounds before their number, as folded words: a number bounded from above (more than, at
# least, older than, "maiores de", "ab"), or from below (fewer than, at most, up to, younger
# than). Those said after it ("18 and over") are `ABOVE_AFTER` and `BELOW_AFTER`.
_ABOVE = (
    "more than|over|above|at least|a minimum of|upwards of|in excess of|older than"
    "|mas de|mas que|al menos|por lo menos|como minimo|un minimo de|por encima de|mayor de"
    "|mayores de|a partir de"
    "|plus de|au moins|au minimum|un minimum de|au dessus de|au dela de|superieur a"
    "|mais de|mais que|pelo menos|ao menos|no minimo|um minimo de|acima de|superior a|maior de"
    "|maiores de"
    "|mehr als|uber|ueber|mindestens|wenigstens|ab|alter als"
    "|اكثر من|ما يزيد عن|لا يقل عن|لا تقل عن|فوق"
)
_BELOW = (
    "less than|fewer than|under|below|at most|up to|a maximum of|younger than"
    "|menos de|menos que|hasta|como maximo|un maximo de|por debajo de|a lo sumo|menor de"
    "|menores de"
    "|moins de|au plus|au maximum|un maximum de|jusqu a|en dessous de|au dessous de|inferieur a"
    "|ate|no maximo|um maximo de|abaixo de|inferior a|menor de|menores de"
    "|weniger als|unter|hochstens|bis zu|maximal|junger als"
    "|اقل من|لا يزيد عن|لا تزيد عن|تحت|دون"
)
# A plus sign next to an age or a count bounds it from above: "18+", "+18" ("only 18+ can
# vote", "les +18 ans"). The sign is punctuation to `tokens`, so it is read off the text: not
# a sum ("5+18"), a number going on ("18+5") or a phone number ("+1 202 555").
_PLUS = re.compile(
    r"(?<![\w+.,])(\d{1,3})[^\S\n]?\+(?![\w+])"
    r"|(?<![\w+.,])\+[^\S\n]?(\d{1,3})(?![\w.,]|[^\S\n]?\d)"
)
# A minus sign before an age or a count bounds it from below: "-18" ("les -18 ans", "only -18
# can vote"), said as "under 18". Only where the sign starts a word (not a range, "16-18", a
# date, "2024-05-18", or a phone number) and is written against the number (not a list's dash,
# "- 18 stations"), and not before a percentage, a degree or a decimal ("-18%", "-18°C").
_MINUS = re.compile(r"(?<![\w+\-\u2212.,/])[-\u2212](\d{1,3})(?![\w.,%°:/\-]|[^\S\n]?\d)")
_OTHER_SIDE = {"above": "below", "below": "above"}
# A number read backwards from a bound after it spans at most this many words ("twenty thousand").
_NUMBER_WORDS = 4

_Bounds = dict[str, list[tuple[tuple[str, ...], str]]]


def _by_first_word(above: Iterable[str], below: Iterable[str]) -> _Bounds:
    """Each bound's words and side, under its first word (a text's words are looked up, not
    every bound tried at every word)."""
    bounds: _Bounds = {}
    for phrases, side in ((above, "above"), (below, "below")):
        for phrase in phrases:
            words = tuple(fold(word) for word in phrase.split())
            bounds.setdefault(words[0], []).append((words, side))
    return bounds


_BOUNDS = _by_first_word(_ABOVE.split("|"), _BELOW.split("|"))
_BOUNDS_AFTER = _by_first_word(ABOVE_AFTER, BELOW_AFTER)


@dataclass(frozen=True)
class _Span:
    """A span as written, and the first word (stemmed) of the detail at each of its ends."""

    written: str
    start: str
    end: str


def turned_round(message: str, claim: str) -> Conflict | None:
    """A span whose two ends traded places between `message` and `claim`, or a number bounded
    from above on one side and from below on the other.

    A text that says both ways ("from Lagos to Abuja and back from Abuja to Lagos") turns
    nothing round; nor does a bound said both ways on one side. A bound negated ("pas moins
    de") is bounded from the other side."""
    ours, theirs = _spans(message), _spans(claim)
    our_ends = {(span.start, span.end) for span in ours}
    their_ends = {(span.start, span.end) for span in theirs}
    for mine in ours:
        ends = (mine.start, mine.end)
        turned = (mine.end, mine.start)
        if ends in their_ends or turned in our_ends or turned not in their_ends:
            continue
        other = next(span for span in theirs if (span.start, span.end) == turned)
        return Conflict(ConflictKind.ORDER, mine.written, other.written)
    our_bounds, their_bounds = _bounds(message), _bounds(claim)
    for number, sides in our_bounds.items():
        other_sides = their_bounds.get(number)
        if other_sides and not sides.keys() & other_sides.keys():
            return Conflict(
                ConflictKind.QUANTITY, next(iter(sides.values())), next(iter(other_sides.values()))
            )
    return None


@lru_cache(maxsize=8_192)
def _spans(text: str) -> tuple[_Span, ...]:
    """Every span of `text`, from-phrase first or, in English, to-phrase first ("to Sunday from
    Monday"), cached: a message is compared with each candidate, and a claim with many
    messages."""
    words = tokens(text)
    found = []
    opened: set[int] = set()  # where the spans read from-phrase first open and close
    closed: set[int] = set()
    for at, word in enumerate(words):
        if word in _FROM:
            span = _span(words, at, _TO)
            if span is not None:
                found.append(span[0])
                opened.add(at)
                closed.add(span[1])
    for at, word in enumerate(words):
        # A to-word that closes a span, or a from-word that opens one, belongs to that span:
        # "from 9 to 6 from Monday" turns nothing round.
        if word not in _TO_FIRST or at in closed:
            continue
        span = _span(words, at, _FROM_SECOND)
        if span is not None and span[1] not in opened:
            read, _ = span  # read to-phrase first: its first detail is where the span ends
            found.append(_Span(read.written, read.end, read.start))
    return tuple(found)


def _span(words: list[str], at: int, closers: frozenset[str]) -> tuple[_Span, int] | None:
    """The span opened by the word at `at` and closed by one of `closers`, and where its
    closing word stands (None: no detail, or nothing closes it within a detail's words)."""
    first = _detail(words, at + 1)
    if first is None:
        return None
    # A word of the first detail or two more, then the word that closes the span ("from
    # Sunday to ...", "from the governing party to ...", "da segunda-feira para ...").
    closing = next(
        (
            n
            for n in range(first + 1, first + _DETAIL_WORDS + 1)
            if n < len(words) and words[n] in closers
        ),
        None,
    )
    if closing is None:
        return None
    # A closer of two words: "jusqu'au", "bis zum", "até ao", "hasta a".
    after = closing + 1 if closing + 1 < len(words) and words[closing + 1] in _TO else closing
    second = _detail(words, after + 1)
    if second is None or stem(words[first]) == stem(words[second]):
        return None
    return _Span(" ".join(words[at : second + 1]), stem(words[first]), stem(words[second])), closing


def _detail(words: list[str], at: int) -> int | None:
    """Where the detail from `at` stands: its first word that is no filler (None: there is
    none, or the span closes first)."""
    while at < len(words) and words[at] in _FILLER:
        at += 1
    if at >= len(words) or words[at] in _TO or words[at] in _FROM:
        return None
    return at


@lru_cache(maxsize=8_192)
def _bounds(text: str) -> dict[str, dict[str, str]]:
    """Each number with a bound before it ("more than 18") or after it ("18 and over"): for
    each side it is bounded from (above, below), the words as read. A bound negated just before
    is bounded from the other side: "not less than", "pas moins de", "nada menos que" say "at
    least"; "no more than" says "at most". "18+" and "+18" are from above, "-18" from below. A
    number is read as `claim_numbers` reads it, so "twenty thousand", "20k", "20 mil" and
    "20,000" are one number."""
    words = tokens(text)
    found: dict[str, dict[str, str]] = {}
    for plus in _PLUS.finditer(text):
        value = str(int(plus.group(1) or plus.group(2)))
        found.setdefault(value, {}).setdefault("above", plus.group(0))
    for minus in _MINUS.finditer(text):
        found.setdefault(str(int(minus.group(1))), {}).setdefault("below", minus.group(0))
    written: tuple[tuple[tuple[str, ...], str], ...] | None = None
    for at, word in enumerate(words):
        for phrase, side in _BOUNDS.get(word, ()):
            after = at + len(phrase)
            if tuple(words[at:after]) != phrase or after >= len(words):
                continue
            start = next((n for n in range(max(0, at - 2), at) if words[n] in FOLDED_NEGATORS), at)
            if start < at:
                side = _OTHER_SIDE[side]
            if written is None:
                written = _numbers_as_words(text)
            number = _number_at(words, after, written)
            if number is not None:
                value, after = number
                found.setdefault(value, {}).setdefault(side, " ".join(words[start:after]))
        for phrase, side in _BOUNDS_AFTER.get(word, ()):
            if at == 0 or tuple(words[at : at + len(phrase)]) != phrase:
                continue
            if written is None:
                written = _numbers_as_words(text)
            number = _number_before(words, at, written)
            if number is not None:
                value, start = number
                bound = " ".join(words[start : at + len(phrase)])
                found.setdefault(value, {}).setdefault(side, bound)
    return found


def _number_before(
    words: list[str], at: int, written: tuple[tuple[tuple[str, ...], str], ...]
) -> tuple[str, int] | None:
    """The number that a bound at `at` follows, right before it or before one unit word that
    is no function word ("18 years and over"; "more or less" is none): its value and where it
    starts (the earliest start that reads to there, so "20 000" and "twenty thousand" are
    whole)."""
    ends = [at]
    if not words[at - 1].isdigit() and words[at - 1] not in FOLDED_FUNCTION_WORDS:
        ends.append(at - 1)  # a unit between them
    for end in ends:
        for start in range(max(0, end - _NUMBER_WORDS), end):
            number = _number_at(words, start, written)
            if number is not None and number[1] == end:
                return number[0], start
    return None


def _numbers_as_words(text: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """Each number of `text` that `claim_numbers` reads, as its words and its value, the
    longest first (so "20 mil" is read before a bare "20")."""
    numbers = numbers_and_dates(text)[0]
    as_words = {(tuple(tokens(written)), value) for value, written in numbers.items()}
    return tuple(sorted(as_words, key=lambda number: -len(number[0])))


def _number_at(
    words: list[str], at: int, written: tuple[tuple[tuple[str, ...], str], ...]
) -> tuple[str, int] | None:
    """The number whose words start at `at`, its value and where its words end (None: none
    starts there). Digits in a row are one number ("20 000", which `claim_numbers` reads as two)
    unless a reading runs as far ("20,000", "20 mil")."""
    end = at
    while end < len(words) and words[end].isdigit():
        end += 1
    for number_words, value in written:
        reads_to = at + len(number_words)
        if number_words and tuple(words[at:reads_to]) == number_words and reads_to >= end:
            return value, reads_to
    return (str(int("".join(words[at:end]))), end) if end > at else None
