"""Two checks of the contradiction guard on which way a claim points, read from word order:

- a span turned round: "moved from Sunday to Monday" / "from Monday to Sunday", "del 9 al 16 de
  marzo" / "del 16 al 9 de marzo", "من الأحد إلى الاثنين" / "من الاثنين إلى الأحد": the same two
  details on both sides, each where the other stands;
- a bound turned over: "more than 20,000" / "fewer than 20,000", "más de" / "menos de", "plus
  de" / "moins de", "über" / "unter", "أكثر من" / "أقل من": the same number on both sides,
  above on one and below on the other.

A span or a bound only one text has is extra detail, never a conflict (as everywhere in the
guard): only the same values, turned round, are.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from matching.claim_function_words import FOLDED_NEGATORS
from matching.claim_words import fold, stem
from matching.conflicts import Conflict, ConflictKind
from matching.text_normalise import tokens


def _folded(words: str) -> frozenset[str]:
    return frozenset(fold(word) for word in words.split())


# The words that open and close a span, folded as `tokens` folds them (no accents, Arabic
# alif forms merged): English, Spanish, French, Portuguese, German, Arabic.
_FROM = _folded("from de del desde du des do da dos das von vom من")
_TO = _folded("to into a al hasta au aux à para pra ao nach zu zum zur auf bis إلى الى")
# Skipped before a detail: articles, "of", and the word "day" ("from the 9th of March", "del día
# 9", "do dia 16").
_FILLER = _folded(
    "the of el la los las le les l o os as a der die das den dem de del day dia jour tag يوم"
)
_DETAIL_WORDS = 3  # a detail of at most this many words between the span's two words

# Bounds, as folded words: a number bounded from above, or from below.
_ABOVE = "more than|over|above|at least|mas de|mas que|mais de|mais que|plus de|mehr als|uber"
_ABOVE += "|ueber|mindestens|اكثر من|ما يزيد عن"
_BELOW = "less than|fewer than|under|below|at most|menos de|menos que|moins de|weniger als"
_BELOW += "|unter|hochstens|اقل من"
_BOUNDS = tuple(
    (tuple(fold(word) for word in phrase.split()), side)
    for phrases, side in ((_ABOVE, "above"), (_BELOW, "below"))
    for phrase in phrases.split("|")
)


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
    nothing round; nor does a bound said on both sides, or negated ("pas moins de")."""
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
    """Every span of `text` (cached: a message is compared with each candidate, and a claim
    with many messages)."""
    words = tokens(text)
    found = []
    for at, word in enumerate(words):
        if word not in _FROM:
            continue
        start = _detail(words, at + 1)
        if start is None:
            continue
        # A word of the start's detail or two more, then the word that closes the span ("from
        # Sunday to ...", "from the governing party to ...", "da segunda-feira para ...").
        closing = next(
            (
                n
                for n in range(start + 1, start + _DETAIL_WORDS + 1)
                if n < len(words) and words[n] in _TO
            ),
            None,
        )
        if closing is None:
            continue
        end = _detail(words, closing + 1)
        if end is not None and stem(words[start]) != stem(words[end]):
            span = _Span(" ".join(words[at : end + 1]), stem(words[start]), stem(words[end]))
            found.append(span)
    return tuple(found)


def _detail(words: list[str], at: int) -> int | None:
    """Where the detail from `at` stands: its first word that is no filler (None: there is
    none, or the span closes first)."""
    while at < len(words) and words[at] in _FILLER:
        at += 1
    if at >= len(words) or words[at] in _TO or words[at] in _FROM:
        return None
    return at


def _reversed(mine: _Span, other: _Span) -> bool:
    """The two ends of `mine` stand at the opposite ends of `other`."""
    return mine.start == other.end and mine.end == other.start


@lru_cache(maxsize=8_192)
def _bounds(text: str) -> dict[str, dict[str, str]]:
    """Each number with a bound before it: for each side it is bounded from (above, below), the
    words as read. A bound negated just before ("not less than", "pas moins de") says neither."""
    words = tokens(text)
    found: dict[str, dict[str, str]] = {}
    for at in range(len(words)):
        for phrase, side in _BOUNDS:
            after = at + len(phrase)
            if tuple(words[at:after]) != phrase or after >= len(words):
                continue
            if FOLDED_NEGATORS.intersection(words[max(0, at - 2) : at]):
                continue
            digits = []
            while after < len(words) and words[after].isdigit():
                digits.append(words[after])
                after += 1
            if digits:
                found.setdefault("".join(digits), {}).setdefault(side, " ".join(words[at:after]))
    return found
