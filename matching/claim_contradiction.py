"""The contradiction guard: does a voter's message say something different from a matched claim?

A message can share almost every word with a fact-checked claim and still say the opposite:
"Citizens abroad can NOT post their ballots" against "Citizens abroad can post their ballots".
Word-overlap and sentence-vector scores cannot see that, so before an automatic answer the
matched text and the message are compared for meaning-changing differences, table-driven
(`contradiction_words`):

- negation: a content word negated in one text ("not", "nunca", "ne ... pas", "لم"...) and
  stated plainly in the other;
- outcome: opposite outcome words (hacked/working, cancelled/confirmed, won/lost, open/closed...),
  a negated outcome word counting as its opposite;
- place: different compass sides (northern/southern district);
- date: different months, weekdays, relative days (today/tomorrow), years or day numbers;
- number: different numbers or times (3pm vs 7pm);
- name: different capitalised names of people, parties or places.

A value only one of the two texts has is extra context, never a conflict: a voter may leave out
a date, or add who sent them the message. Only a value on each side that the other lacks is.
`TextIndex` caps a conflicting hit below the answer threshold and attaches the `Conflict`, so the
desk sees the suggestion with its reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from matching.contradiction_words import (
    CONTRACTION_TAIL,
    DIRECTIONS,
    FUNCTION_WORDS,
    LATIN_SUFFIXES,
    MONTHS,
    NEGATORS,
    NOT_NAMES,
    OUTCOME_OPPOSITES,
    RELATIVE_DAYS,
    WEEKDAYS,
)
from matching.language import detect_language
from matching.text_normalise import normalise

# What a negation applies to: this many content words after it (before it, at a clause's end)...
SCOPE_WORDS = 1
# ...looked for among this many words.
SCOPE_SPAN = 5
# Readings of texts kept (the matched claims come back again and again).
_CACHED_READINGS = 8_192


class ConflictKind(StrEnum):
    """What differs between a message and a matched claim."""

    NEGATION = "negation"
    OUTCOME = "outcome"
    PLACE = "place"
    DATE = "date"
    NUMBER = "number"
    NAME = "name"


@dataclass(frozen=True)
class Conflict:
    """A meaning-changing difference: the message's value and the claim's, as written.

    For a negation, the side without it has an empty value.
    """

    kind: ConflictKind
    message_value: str
    claim_value: str

    @property
    def reason(self) -> str:
        """For the desk: "number differs: 3pm vs 7pm", "negation: 'NOT' in the message only"."""
        if self.kind is ConflictKind.NEGATION:
            if self.message_value:
                return f"negation: '{self.message_value}' in the message only"
            return f"negation: '{self.claim_value}' in the fact-check only"
        return f"{self.kind.value} differs: {self.message_value} vs {self.claim_value}"


def find_conflict(message: str, claim: str) -> Conflict | None:
    """The first meaning-changing difference between `message` and `claim`, or None."""
    ours, theirs = _read(message), _read(claim)
    for check in (_negation, _outcome, _place, _date, _number, _name):
        found = check(ours, theirs)
        if found is not None:
            return found
    return None


def agrees_on_key_words(message: str, claim: str) -> bool:
    """Whether `message` has every number, date, place, outcome and name of `claim`, and no
    conflict: the lexical evidence a meaning-based score needs before it may raise a hit."""
    ours, theirs = _read(message), _read(claim)
    for attribute in ("numbers", "dates", "places", "names"):
        if not getattr(theirs, attribute).keys() <= getattr(ours, attribute).keys():
            return False
    return theirs.outcomes.keys() <= ours.outcomes.keys() and find_conflict(message, claim) is None


# --- reading a text -------------------------------------------------------------------------

_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_HANDLE = re.compile(r"[@#]\w+")
# Clause ends: punctuation followed by a space or the end (not "1,000" or "15:00"), or brackets.
_CLAUSE_END = re.compile(r"[.,;:!?¿¡…]+(?=\s|$)|[;!?¿¡\n()\[\]\"“”«»|]|\s[-–—]\s|[،؛؟]")
_SENTENCE_END = re.compile(r"[.!?…:]+(?=\s|$)|[!?\n]|[؟]")
_WORD = re.compile(r"[^\W_]+")
_TIME = re.compile(
    r"(?<![\d.,:])(\d{1,2})(?:[:.h](\d{2}))?\s*(a\.?m\.?|p\.?m\.?|h(?![a-z])|hs|hrs|uhr)"
    r"|(?<![\d.,:])(\d{1,2}):(\d{2})(?![\d])",
    re.IGNORECASE,
)
_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?(?![\d/])")
_NUMBER = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*")
# "20 mil" is "20.000"; "1.5 million" is "1,500,000".
_SCALES = {
    "k": 1_000,
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
_LATIN_SUFFIXES = tuple(sorted(LATIN_SUFFIXES, key=len, reverse=True))
_ARABIC_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال", "و", "ب", "ل", "ف")


@dataclass(frozen=True)
class _Word:
    raw: str
    folded: str
    stem: str


@dataclass(frozen=True)
class _Reading:
    """What the checks need of one text; values map a comparable form to the text's wording."""

    negated: dict[str, str]  # stem -> the negator as written
    plain: frozenset[str]
    stems: frozenset[str]
    outcomes: dict[str, str]  # outcome group -> the word as written
    places: dict[str, str]
    dates: dict[str, str]
    numbers: dict[str, str]
    names: dict[str, str]
    date_kinds: dict[str, str]  # date value -> which kind of date value it is


@lru_cache(maxsize=_CACHED_READINGS)
def _read(text: str) -> _Reading:
    text = _URL.sub(" ", text)
    portuguese = detect_language(text) == "pt"
    numbers, dates, date_kinds, text_without_numbers = _numbers_and_dates(text)
    clauses = [_words(clause) for clause in _CLAUSE_END.split(_HANDLE.sub(" ", text))]
    negated: dict[str, str] = {}
    plain: set[str] = set()
    stems: set[str] = set()
    outcomes: dict[str, str] = {}
    places: dict[str, str] = {}
    for words in clauses:
        scopes = _negation_scopes(words, portuguese)
        for position, word in enumerate(words):
            stems.add(word.stem)
            negator = scopes.get(position)
            if negator is not None:
                negated.setdefault(word.stem, negator)
            elif word.folded not in _FUNCTION and not _is_negator(words, position, portuguese):
                plain.add(word.stem)
            group = _OUTCOME_OF.get(word.folded) or _prefixed(word.folded, _OUTCOME_PREFIXES)
            if group is not None:
                # "not hacked" says what "working" says.
                outcomes.setdefault(_OPPOSITE[group] if negator else group, word.raw)
        for name, raw in _values(words, _DIRECTION_OF):
            places.setdefault(name, raw)
        for table, kind in ((_MONTH_OF, "month"), (_WEEKDAY_OF, "weekday"), (_DAY_OF, "day")):
            for name, raw in _values(words, table):
                dates.setdefault(name, raw)
                date_kinds[name] = kind
    return _Reading(
        negated,
        frozenset(plain),
        frozenset(stems),
        outcomes,
        places,
        dates,
        numbers,
        _names(text_without_numbers),
        date_kinds,
    )


def _words(clause: str) -> list[_Word]:
    words = []
    for raw in _WORD.findall(clause):
        folded = _fold(raw)
        if folded:
            words.append(_Word(raw, folded, _stem(folded)))
    return words


@lru_cache(maxsize=65_536)
def _fold(word: str) -> str:
    return normalise(word).replace(" ", "")


def _stem(folded: str) -> str:
    """A light, language-blind stem: enough for "posted" and "post" to meet, not more."""
    if folded and "\u0600" <= folded[0] <= "\u06ff":
        for prefix in _ARABIC_PREFIXES:
            if folded.startswith(prefix) and len(folded) - len(prefix) >= 3:
                return folded[len(prefix) :]
        return folded
    for suffix in _LATIN_SUFFIXES:
        if folded.endswith(suffix) and len(folded) - len(suffix) >= 3:
            return folded[: -len(suffix)]
    return folded


def _is_negator(words: list[_Word], position: int, portuguese: bool) -> bool:
    folded = words[position].folded
    if folded == "no" and portuguese:
        return False  # Portuguese "no" is "in the"
    if folded == CONTRACTION_TAIL:
        return position > 0 and words[position - 1].folded.endswith("n")
    return folded in _NEGATORS


def _negation_scopes(words: list[_Word], portuguese: bool) -> dict[int, str]:
    """Position of each content word a negation applies to -> the negator as written.

    Numbers are not negated: "at 5pm, not 8pm" contrasts two values (the number check sees them).
    """
    scopes: dict[int, str] = {}
    for position in range(len(words)):
        if not _is_negator(words, position, portuguese):
            continue
        raw = words[position].raw
        if words[position].folded == CONTRACTION_TAIL:
            raw = words[position - 1].raw + "'" + raw
        after = range(position + 1, min(len(words), position + 1 + SCOPE_SPAN))
        before = range(position - 1, max(-1, position - 1 - SCOPE_SPAN), -1)
        for span in (after, before):
            taken = [
                at
                for at in span
                if words[at].folded not in _FUNCTION
                and not any(char.isdigit() for char in words[at].folded)
                and not _is_negator(words, at, portuguese)
            ][:SCOPE_WORDS]
            if taken:
                for at in taken:
                    scopes.setdefault(at, raw)
                break
    return scopes


def _values(words: list[_Word], table: dict[tuple[str, ...], str]) -> Iterable[tuple[str, str]]:
    """(value name, words as written) for each run of words in `table` (one or two words)."""
    for position in range(len(words)):
        for length in (2, 1):
            run = tuple(word.folded for word in words[position : position + length])
            if len(run) == length and run in table:
                yield table[run], " ".join(word.raw for word in words[position : position + length])
                break


def _numbers_and_dates(text: str) -> tuple[dict[str, str], dict[str, str], dict[str, str], str]:
    """Numbers and times (comparable form -> as written), numeric dates and years, and the text
    with them blanked out (so "3pm" is not read again as the number 3)."""
    numbers: dict[str, str] = {}
    dates: dict[str, str] = {}
    kinds: dict[str, str] = {}

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
            numbers.setdefault(f"{hour:02d}:{minutes:02d}", match.group(0).strip())
        return " "

    def numeric_date(match: re.Match[str]) -> str:
        day, month = int(match.group(1)), int(match.group(2))
        if 1 <= day <= 31 and 1 <= month <= 12:
            value = f"{day}/{month}"
            dates.setdefault(value, match.group(0))
            kinds[value] = "numeric"
            if match.group(3):
                dates.setdefault(_year(match.group(3)), match.group(3))
                kinds[_year(match.group(3))] = "year"
        return " "

    def number(match: re.Match[str]) -> str:
        written = match.group(0)
        value = _number_value(written)
        if _YEAR.match(value):
            dates.setdefault(value, written)
            kinds[value] = "year"
        else:
            numbers.setdefault(value, written)
        return " "

    def scaled(match: re.Match[str]) -> str:
        value = float(_number_value(match.group(1)).replace(",", "."))
        numbers.setdefault(str(round(value * _SCALES[match.group(2).casefold()])), match.group(0))
        return " "

    text = _TIME.sub(time, text)
    text = _SCALED.sub(scaled, text)
    text = _NUMERIC_DATE.sub(numeric_date, text)
    return numbers, dates, kinds, _NUMBER.sub(number, text)


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


def _names(text: str) -> dict[str, str]:
    """Capitalised words not at a sentence's start, in clauses that are not all capitalised."""
    names: dict[str, str] = {}
    for sentence in _SENTENCE_END.split(_HANDLE.sub(" ", text)):
        first = True
        for clause in _CLAUSE_END.split(sentence):
            words = _WORD.findall(clause)
            letters = [word for word in words if word[0].isalpha()]
            capitalised = [word for word in letters if word[0].isupper()]
            shouting = len(letters) >= 3 and len(capitalised) > 0.5 * len(letters)
            for word in words:
                # Title Case or SHOUTING: capitals say nothing about names there.
                if not first and not shouting and word[0].isupper():
                    folded = _fold(word)
                    if folded and folded not in _NOT_NAME_WORDS:
                        names.setdefault(_stem(folded), word)
                first = False
    return names


# --- the checks -----------------------------------------------------------------------------


def _negation(ours: _Reading, theirs: _Reading) -> Conflict | None:
    for stem, negator in ours.negated.items():
        if stem not in ours.plain and stem in theirs.plain and stem not in theirs.negated:
            return Conflict(ConflictKind.NEGATION, negator, "")
    for stem, negator in theirs.negated.items():
        if stem not in theirs.plain and stem in ours.plain and stem not in ours.negated:
            return Conflict(ConflictKind.NEGATION, "", negator)
    return None


def _outcome(ours: _Reading, theirs: _Reading) -> Conflict | None:
    for group, written in ours.outcomes.items():
        opposite = _OPPOSITE[group]
        if (
            opposite in theirs.outcomes
            and group not in theirs.outcomes
            and opposite not in ours.outcomes
        ):
            return Conflict(ConflictKind.OUTCOME, written, theirs.outcomes[opposite])
    return None


def _differs(kind: ConflictKind, ours: dict[str, str], theirs: dict[str, str]) -> Conflict | None:
    """A value on each side that the other side lacks."""
    only_ours = [value for value in ours if value not in theirs]
    only_theirs = [value for value in theirs if value not in ours]
    if only_ours and only_theirs:
        return Conflict(kind, ours[only_ours[0]], theirs[only_theirs[0]])
    return None


def _place(ours: _Reading, theirs: _Reading) -> Conflict | None:
    return _differs(ConflictKind.PLACE, ours.places, theirs.places)


def _date(ours: _Reading, theirs: _Reading) -> Conflict | None:
    for kind in ("month", "weekday", "day", "year", "numeric"):
        found = _differs(
            ConflictKind.DATE,
            {value: raw for value, raw in ours.dates.items() if ours.date_kinds[value] == kind},
            {value: raw for value, raw in theirs.dates.items() if theirs.date_kinds[value] == kind},
        )
        if found is not None:
            return found
    return None


def _number(ours: _Reading, theirs: _Reading) -> Conflict | None:
    return _differs(ConflictKind.NUMBER, ours.numbers, theirs.numbers)


def _name(ours: _Reading, theirs: _Reading) -> Conflict | None:
    # A name the other text has in lower case ("the Green party" / "green") is shared.
    return _differs(
        ConflictKind.NAME,
        {stem: raw for stem, raw in ours.names.items() if stem not in theirs.stems},
        {stem: raw for stem, raw in theirs.names.items() if stem not in ours.stems},
    )


# --- the tables, folded like the texts ------------------------------------------------------


def _run(word: str) -> tuple[str, ...]:
    return tuple(_fold(part) for part in word.split("_"))


_NEGATORS = frozenset(_fold(word) for word in NEGATORS)
_FUNCTION = frozenset(_fold(word) for word in FUNCTION_WORDS)
_NOT_NAME_WORDS = frozenset(_fold(word) for word in NOT_NAMES) | _FUNCTION | _NEGATORS
_OUTCOME_OF: dict[str, str] = {}
_OUTCOME_PREFIXES: list[tuple[str, str]] = []
_OPPOSITE: dict[str, str] = {}
for _first, _first_words, _second, _second_words in OUTCOME_OPPOSITES:
    _OPPOSITE[_first], _OPPOSITE[_second] = _second, _first
    for _group, _group_words in ((_first, _first_words), (_second, _second_words)):
        for _written in _group_words:
            if _written.endswith("*"):
                _OUTCOME_PREFIXES.append((_fold(_written[:-1]), _group))
            else:
                _OUTCOME_OF[_fold(_written)] = _group


def _prefixed(folded: str, prefixes: list[tuple[str, str]]) -> str | None:
    for prefix, group in prefixes:
        if folded.startswith(prefix):
            return group
    return None


def _table(rows: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[tuple[str, ...], str]:
    return {_run(word): name for name, words in rows for word in words}


_DIRECTION_OF = _table(DIRECTIONS) | {("del", "sur"): "south", ("al", "sur"): "south"}
_DIRECTION_OF |= {("l", "est"): "east", ("el", "sur"): "south"}
_MONTH_OF = _table(MONTHS)
_WEEKDAY_OF = _table(WEEKDAYS)
_DAY_OF = _table(RELATIVE_DAYS)
