"""How the contradiction guard reads a text: negated words, outcome words and the values
(places, offices, dates, numbers, names) with the words next to them, and its words in order,
each marked for what the retelling checks look for (content, scope shifter, time/place/name,
joining word, voting, party, cause, place noun, sentence start, clause), and what is said of
all or of some. See `claim_contradiction` and `claim_retelling`.

Texts are read once and kept (`read` is cached): matched claims come back again and again.

The words (`claim_words`), numbers and dates (`claim_numbers`) and the word classes of the
tables (`claim_word_classes`) it reads with are in modules of their own, as are the words it
passes over (`claim_function_words`), negation (`claim_negation`), what is said of all or some
(`claim_quantities`), names (`claim_names`) and the place a voting word names
(`claim_voting_place`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import NamedTuple

from matching.claim_act_words import CANDIDATE_WORDS
from matching.claim_acts import Act, acts, is_opponent
from matching.claim_function_words import FOLDED_FUNCTION_WORDS, FOLDED_NEGATORS
from matching.claim_names import name_runs, names_by_stem
from matching.claim_negation import is_negator, negation_scopes, next_contents
from matching.claim_numbers import Spans, numbers_and_dates
from matching.claim_quantities import quantities
from matching.claim_stance import Stances, stances
from matching.claim_voting_place import VOTING_PLACE_LINK, voting_place
from matching.claim_word_classes import (
    OPPOSITE,
    WordSet,
    is_election_noun,
    is_party,
    is_voting,
    other_elections,
    outcome_group,
    value_table,
)
from matching.claim_words import Word, fold, stem
from matching.contradiction_words import (
    CAUSE_WORDS,
    DENIAL_WORDS,
    DENIED_OBJECTS,
    DIRECTIONS,
    HOAX_WORDS,
    JOINING_WORDS,
    MONTHS,
    OFFICES,
    ORDINALS,
    PERIODS,
    PLACE_NOUNS,
    RELATIVE_DAYS,
    SCOPE_SHIFTERS,
    TIME_WORDS,
    TRUTH_WORDS,
    WEEKDAYS,
)
from matching.language import detect_language

# Readings of texts kept (the matched claims come back again and again).
_CACHED_READINGS = 8_192
# A text of more words than this keeps no `tokens`: a long message is no retelling of a claim
# (the substitution check skips it), and 8,192 cached readings of 20,000-character pastes would
# hold gigabytes of them.
TOKENS_KEPT_MAX = 200


_URL = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S+", re.IGNORECASE)
# A pasted tweet's signature line: "— Name (@handle) March 3, 2021" (who posted it, and when).
# Only the line: a quoted tweet's reply pasted after it ("— A (@a) May 1, 2019 No she didn't...")
# is the poster's own words.
_SIGNATURE = re.compile(
    r"[\u2014\u2013]\s*[^\u2014\u2013\n]{0,80}?\(@\w{1,15}\)"
    r"(?:\s*[^\W\d_]{3,9}\.?\s+\d{1,2},?\s+\d{4})?"
)
_HANDLE = re.compile(r"[@#]\w+")
_NO = re.compile(r"\bno\b", re.IGNORECASE)
# "No. 13", "no 5": a number sign, not a negation.
_NUMBER_SIGN = re.compile(r"\bno\.?\s?(?=\d)", re.IGNORECASE)
# A word a screenshot or a narrow bubble broke across lines with a hyphen: "con-\nnectées".
_WRAPPED = re.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=[a-zß-öø-ÿ])")
# Clause ends: punctuation followed by a space or the end (not "1,000" or "15:00"), brackets, or
# a line break, unless the next line goes on in lower case: a sentence wrapped by a screenshot or
# a narrow chat bubble ("ne sont plus\nacceptées") is one clause.
_CLAUSE_END = re.compile(
    r"[.,;:!?¿¡…]+(?=\s|$)|[;!?¿¡()\[\]\"“”«»|]|\n(?![ \t]*[a-zß-öø-ÿ])|\s[-–—]\s|[،؛؟]"
)
_SENTENCE_END = re.compile(r"[.!?…:]+(?=\s|$)|[!?\n]|[؟]")
_WORD = re.compile(r"[^\W_]+")
# Letters joined by hyphens: one word ("re-elected" is "reelected"), unless a part is a function
# word or a negator ("sont-ils", "mail-in", "non-citizens" stay apart).
_COMPOUND = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")


@dataclass(frozen=True)
class Reading:
    """What the checks need of one text; values map a comparable form to the text's wording."""

    negated: dict[str, str]  # stem -> the negator as written
    plain: dict[str, int]  # stem -> how many times it is stated without a negation
    negated_count: dict[str, int]  # stem -> how many times it is negated
    stems: frozenset[str]
    outcomes: dict[str, str]  # outcome group -> the word as written
    places: dict[str, str]
    dates: dict[str, str]
    numbers: dict[str, str]
    names: dict[str, str]
    date_kinds: dict[str, str]  # date value -> which kind of date value it is
    # (category, value) -> stems of the content words right before and after it
    near: dict[tuple[str, str], frozenset[str]]
    # names of two words or more, as stems and as written ("Escuela San Miguel")
    name_runs: tuple[tuple[tuple[str, ...], str], ...] = ()
    # every word in order (the substitution check aligns the two texts on them)
    tokens: tuple[Token, ...] = ()
    denials: tuple[str, ...] = ()  # the text's denial words as written ("desmiente", "not true")
    offices: dict[str, str] = field(default_factory=dict)  # "mayor" -> "alcalde"
    ordinals: dict[str, str] = field(default_factory=dict)  # "2nd" -> "segunda"
    # whose election it is, next to the election itself: "student" -> "students'"
    other_elections: dict[str, str] = field(default_factory=dict)
    # (stem, the stem of the next content word in its clause), for each mention negated and
    # each stated plainly in a clause without a negation: "NOT be counted on election night" ->
    # ("count", "election")
    negated_next: frozenset[tuple[str, str]] = frozenset()
    plain_next: frozenset[tuple[str, str]] = frozenset()
    # the same for every plain mention, in any clause ("..., in Abuja they are closed on Sunday")
    stated_next: frozenset[tuple[str, str]] = frozenset()
    english: bool = False  # a text with a place noun reads as English (`detect_language`)
    # a noun (as `claim_quantities` keys it: "mesa" for "mesas") -> the words saying all of it
    # ("todas las mesas"), and those saying one or some of it ("solo UNA mesa", "some stations")
    all_of: dict[str, str] = field(default_factory=dict)
    some_of: dict[str, str] = field(default_factory=dict)
    # the side taken on each thing ("vote against the referendum": ("referendum", AGAINST))
    stances: Stances = field(default_factory=dict)


class Token(NamedTuple):
    """One word of a text in order: its stem, as written, and what kind of word it is."""

    stem: str
    raw: str
    content: bool  # not a function word, a negator or a number
    shifter: bool  # narrows or moves what is said ("only", "after": `SCOPE_SHIFTERS`)
    marker: bool  # names a time, a place side or a name ("overnight", "northern", "Lyon")
    joining: bool  # joins a clause to what comes before ("but", "mas": `JOINING_WORDS`)
    voting: bool  # voting or the election itself ("votar", "scrutin": `VOTING_WORDS`)
    party: bool  # a party or an alliance ("partido", "alliance": `PARTY_WORDS`)
    cause: bool = False  # gives a cause ("because", "بسبب": `CAUSE_WORDS`)
    place_noun: bool = False  # names a kind of place ("province", "distrito": `PLACE_NOUNS`)
    sentence_start: bool = False  # starts a sentence ("... at 7pm. A voter in line")
    clause: int = 0  # which clause of the text it stands in
    voting_place: str = ""  # the place a voting word names, as written ("bureau de vote")
    act: Act = Act.NONE  # staying away from the vote or taking part in it (`claim_acts`)
    opponent: bool = False  # the other side of a race ("rival", "adversaire": `claim_acts`)
    # who may act or be acted on: a name, an office, a party, a candidate, a rival ("Smith beat
    # Jones", "the governor endorsed the mayor": `claim_roles`)
    actor: bool = False


@lru_cache(maxsize=_CACHED_READINGS)
def read(text: str) -> Reading:
    """What the checks need of `text` (cached)."""
    text = _WRAPPED.sub("", text)
    # Blanked with spaces of the same length, so offsets stay those of `text`.
    text = _blank(_NUMBER_SIGN, _blank(_HANDLE, _blank(_SIGNATURE, _blank(_URL, text))))
    # Portuguese "no" is "in the": only a text with "no" needs its language.
    portuguese = _NO.search(text) is not None and detect_language(text) == "pt"
    numbers, dates, date_kinds, spans = numbers_and_dates(text)
    words = _english_and(text, _words(text))
    clauses: dict[int, list[Word]] = {}
    for word in words:
        clauses.setdefault(word.clause, []).append(word)
    negated: dict[str, str] = {}
    negated_count: dict[str, int] = {}
    plain: dict[str, int] = {}
    outcomes: dict[str, str] = {}
    places: dict[str, str] = {}
    offices: dict[str, str] = {}
    ordinals: dict[str, str] = {}
    denials: list[str] = []
    negated_next: set[tuple[str, str]] = set()
    plain_next: set[tuple[str, str]] = set()
    stated_next: set[tuple[str, str]] = set()
    for clause in clauses.values():
        scopes = negation_scopes(clause, portuguese)
        next_content = next_contents(clause, portuguese)
        for position, word in enumerate(clause):
            negator = scopes.get(position)
            following = next_content[position]
            if following is not None and word.folded not in FOLDED_FUNCTION_WORDS:
                if negator is not None:
                    negated_next.add((word.stem, following))
                elif not is_negator(clause, position, portuguese):
                    stated_next.add((word.stem, following))
                    if not scopes:  # a clause that denies nothing ("wasn't designed to shoot")
                        plain_next.add((word.stem, following))
            if word.folded in _HOAXES or (
                word.folded in _DENIALS
                and any(later.folded in _DENIED for later in clause[position + 1 : position + 4])
            ):
                denials.append(word.raw)
            if negator is not None:
                if word.folded in _TRUTH:
                    denials.append(f"{negator} {word.raw}")
                negated.setdefault(word.stem, negator)
                negated_count[word.stem] = negated_count.get(word.stem, 0) + 1
            elif word.folded not in FOLDED_FUNCTION_WORDS and not is_negator(
                clause, position, portuguese
            ):
                plain[word.stem] = plain.get(word.stem, 0) + 1
            group = outcome_group(word.folded)
            if group is not None:
                # "not hacked" says what "working" says.
                outcomes.setdefault(OPPOSITE[group] if negator else group, word.raw)
        for name, raw, span in _values(clause, _DIRECTION_OF):
            places.setdefault(name, raw)
            spans.setdefault(("place", name), span)
        for name, raw, span in _values(clause, _OFFICE_OF):
            offices.setdefault(name, raw)
            spans.setdefault(("office", name), span)
        for name, raw, span in _values(clause, _ORDINAL_OF):
            ordinals.setdefault(name, raw)
            spans.setdefault(("ordinal", name), span)
        for table, kind in (
            (_MONTH_OF, "month"),
            (_WEEKDAY_OF, "weekday"),
            (_DAY_OF, "day"),
            (_PERIOD_OF, "period"),
        ):
            for name, raw, span in _values(clause, table):
                dates.setdefault(name, raw)
                date_kinds[name] = kind
                spans.setdefault(("date", name), span)
    names = names_by_stem(clauses, spans)
    runs = tuple(
        (tuple(word.stem for word in run), text[run[0].start : run[-1].end])
        for run in name_runs(clauses)
        if len(run) >= 2
    )
    content = [word for word in words if _is_content(word.folded)]
    voting = [is_voting(word.folded, word.stem) for word in words]
    elections = [is_election_noun(word) for word in words]
    kept = len(words) <= TOKENS_KEPT_MAX
    act_of = acts(words) if kept else []
    parties = [is_party(word) for word in words] if kept else []
    opponents = [is_opponent(word) for word in words] if kept else []
    return Reading(
        negated,
        plain,
        negated_count,
        frozenset(word.stem for word in words),
        outcomes,
        places,
        dates,
        numbers,
        names,
        date_kinds,
        _neighbours(content, spans),
        runs,
        ()
        if not kept
        else tuple(
            Token(
                word.stem,
                word.raw,
                _is_content(word.folded) and not any(char.isdigit() for char in word.folded),
                _is_shifter(words, position),
                word.folded in _MARKERS or word.stem in names,
                word.raw.casefold() in _JOINING,  # as written: "e" (and), not "é" (is)
                voting[position],
                party,
                _CAUSE.holds(word.folded, word.stem),
                _PLACE_NOUN.holds(word.folded, word.stem),
                word.sentence_start,
                word.clause,
                voting_place(words, position) if voting[position] else "",
                act_of[position],
                opponent,
                party
                or opponent
                or word.stem in names
                or word.folded in _OFFICE_WORDS
                or _CANDIDATE.holds(word.folded, word.stem),
            )
            for position, word, party, opponent in zip(
                range(len(words)), words, parties, opponents, strict=True
            )
        ),
        tuple(denials),
        offices,
        ordinals,
        other_elections(words, elections),
        frozenset(negated_next),
        frozenset(plain_next),
        frozenset(stated_next),
        # Only the place-noun check asks, and detecting costs more than the rest of a reading.
        any(_PLACE_NOUN.holds(word.folded, word.stem) for word in words)
        and detect_language(text) == "en",
        *quantities(text, clauses),
        stances=stances(words, voting),
    )


def links_a_place(token: Token) -> bool:
    """ "de", "du", "of"...: the word that joins a noun of voting to the place or thing it names
    ("bureau de vote", "les urnes de vote")."""
    return VOTING_PLACE_LINK.holds(fold(token.raw), token.stem)


def _is_content(folded: str) -> bool:
    """Neither a function word nor a negator."""
    return folded not in FOLDED_FUNCTION_WORDS and folded not in FOLDED_NEGATORS


def _blank(pattern: re.Pattern[str], text: str) -> str:
    return pattern.sub(lambda match: " " * len(match.group(0)), text)


def _words(text: str) -> list[Word]:
    """The words of `text` with their offsets, clause number and whether they start a sentence."""
    clause_ends = [match.start() for match in _CLAUSE_END.finditer(text)]
    sentence_ends = [match.start() for match in _SENTENCE_END.finditer(text)]
    words = []
    last_sentence = -1
    for match in _word_matches(text):
        folded = fold(match.group(0))
        if not folded:
            continue
        sentence = bisect.bisect_right(sentence_ends, match.start())
        words.append(
            Word(
                match.group(0),
                folded,
                stem(folded),
                match.start(),
                match.end(),
                bisect.bisect_right(clause_ends, match.start()),
                sentence != last_sentence,
            )
        )
        last_sentence = sentence
    return words


def _english_and(text: str, words: list[Word]) -> list[Word]:
    """`words`, where an "n" written without an apostrophe in an English text is "and"
    ("thousands n thousands"), not the French "n'" nor the Portuguese texting "n" (não)."""
    bare = [
        at
        for at, word in enumerate(words)
        if word.folded == "n" and text[word.end : word.end + 1] not in _APOSTROPHES
    ]
    if not bare or detect_language(text) != "en":
        return words
    words = list(words)
    for at in bare:
        words[at] = replace(words[at], folded="and", stem="and")
    return words


def _word_matches(text: str) -> list[re.Match[str]]:
    """The words of `text` in order, a hyphenated compound as one word (see `_COMPOUND`)."""
    compounds = [
        match
        for match in _COMPOUND.finditer(text)
        if not any(
            fold(part) in FOLDED_FUNCTION_WORDS or fold(part) in FOLDED_NEGATORS
            for part in match.group(0).split("-")
        )
    ]
    matches: list[re.Match[str]] = []
    at = 0
    for compound in compounds:
        matches += _WORD.finditer(text, at, compound.start())
        matches.append(compound)
        at = compound.end()
    matches += _WORD.finditer(text, at)
    return matches


def _neighbours(content: list[Word], spans: Spans) -> dict[tuple[str, str], frozenset[str]]:
    """For each span: the stems of the content words nearest before and after it (outside)."""
    starts = [word.start for word in content]
    ends = [word.end for word in content]
    near = {}
    for key, (start, end) in spans.items():
        before = bisect.bisect_right(ends, start) - 1
        after = bisect.bisect_left(starts, end)
        found = {content[before].stem} if before >= 0 else set()
        if after < len(content):
            found.add(content[after].stem)
        near[key] = frozenset(found)
    return near


def _is_shifter(words: list[Word], position: int) -> bool:
    """A scope shifter (`SCOPE_SHIFTERS`), but for Portuguese "é só" before a verb ("é só
    procurar a opção": all it takes is to look for it), which narrows nothing, and for "só"
    written without its accent: that is the English "so" ("it falls on a Tuesday so we can
    call it Twosday")."""
    if words[position].folded not in _SHIFTERS:
        return False
    if words[position].folded == "so" and words[position].raw.casefold() != "só":
        return False
    after = words[position + 1].folded if position + 1 < len(words) else ""
    return not (
        words[position].folded == "so"
        and position > 0
        and words[position - 1].raw.casefold() == "é"
        and after.endswith(("ar", "er", "ir"))
    )


def _values(
    words: list[Word], table: dict[tuple[str, ...], str]
) -> Iterable[tuple[str, str, tuple[int, int]]]:
    """(value name, words as written, span) for each run of words in `table` (one or two)."""
    firsts = _FIRST_WORDS[id(table)]
    for position in range(len(words)):
        if words[position].folded not in firsts:
            continue
        for length in (2, 1):
            run = tuple(word.folded for word in words[position : position + length])
            if len(run) == length and run in table:
                last = words[position + length - 1]
                raw = " ".join(word.raw for word in words[position : position + length])
                yield table[run], raw, (words[position].start, last.end)
                break


# --- the tables, folded like the texts ------------------------------------------------------


_SHIFTERS = frozenset(fold(word) for word in SCOPE_SHIFTERS)

_CAUSE = WordSet(CAUSE_WORDS)
_CANDIDATE = WordSet(CANDIDATE_WORDS)
_PLACE_NOUN = WordSet(PLACE_NOUNS)

_DENIALS = frozenset(fold(word) for word in DENIAL_WORDS)
_DENIED = frozenset(fold(word) for word in DENIED_OBJECTS)
_HOAXES = frozenset(fold(word) for word in HOAX_WORDS)
_TRUTH = frozenset(fold(word) for word in TRUTH_WORDS)
_JOINING = frozenset(word.casefold() for word in JOINING_WORDS)
_APOSTROPHES = frozenset("'’`´")
_MARKERS = frozenset(fold(word) for word in TIME_WORDS) | frozenset(
    fold(word) for _, words in DIRECTIONS for word in words
)


_DIRECTION_OF = value_table(DIRECTIONS) | {("del", "sur"): "south", ("al", "sur"): "south"}
_DIRECTION_OF |= {("l", "est"): "east", ("el", "sur"): "south"}
_MONTH_OF = value_table(MONTHS)
_OFFICE_OF = value_table(OFFICES)
_ORDINAL_OF = value_table(ORDINALS)
_WEEKDAY_OF = value_table(WEEKDAYS)
_DAY_OF = value_table(RELATIVE_DAYS)
_PERIOD_OF = value_table(PERIODS)
_OFFICE_WORDS = frozenset(run[0] for run in _OFFICE_OF if len(run) == 1)
_FIRST_WORDS = {
    id(table): frozenset(run[0] for run in table)
    for table in (
        _DIRECTION_OF,
        _MONTH_OF,
        _WEEKDAY_OF,
        _DAY_OF,
        _PERIOD_OF,
        _OFFICE_OF,
        _ORDINAL_OF,
    )
}
