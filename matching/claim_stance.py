"""Which side a text takes on something: for it or against it ("vote for the referendum" /
"vote against the referendum", "supports" / "opposes the reform", "votar a favor de" / "en
contra de", "voter pour" / "contre", "für" / "gegen das Gesetz stimmen", "صوّت لصالح" / "ضد").

A voter who turns the side round keeps every other word of the claim, so word overlap scores
the two as one; the guard (`claim_contradiction`) compares, for each thing a side is taken on,
the side each text takes. The tables are in `claim_act_words`.
"""

from __future__ import annotations

from enum import StrEnum

from matching.claim_act_words import (
    AGAINST_NEAR_VOTE,
    AGAINST_PHRASES,
    AGAINST_WORDS,
    AGENT_WORDS,
    FOR_NEAR_VOTE,
    FOR_PHRASES,
    FOR_WORDS,
    STANCE_SKIPPED,
    STANCE_VOTES,
)
from matching.claim_acts import phrases_by_first_word
from matching.claim_function_words import FOLDED_FUNCTION_WORDS, FOLDED_NEGATORS
from matching.claim_words import Word, fold

# A word that takes a side only next to a vote (`FOR_NEAR_VOTE`) does so this many words after
# a voting word ("vote massively for") or before one ("für das neue Wahlgesetz zu stimmen").
VOTE_REACH = 5
# A negator this many words before a side taken turns it into no side ("did not vote for"):
# not the opposite one (who did not vote for it may have stayed at home).
NEGATION_REACH = 3


class Stance(StrEnum):
    """The side a text takes on something."""

    FOR = "for"
    AGAINST = "against"

    @property
    def other(self) -> Stance:
        """The opposite side."""
        return Stance.AGAINST if self is Stance.FOR else Stance.FOR


# Each phrase that takes a side, under its first word: its folded words, its side, and whether
# it takes one only next to a vote.
_PHRASES: dict[str, list[tuple[tuple[str, ...], Stance, bool]]] = {}
for _table, _side, _near_vote in (
    ((*FOR_WORDS, *FOR_PHRASES), Stance.FOR, False),
    ((*AGAINST_WORDS, *AGAINST_PHRASES), Stance.AGAINST, False),
    (FOR_NEAR_VOTE, Stance.FOR, True),
    (AGAINST_NEAR_VOTE, Stance.AGAINST, True),
):
    for _first, _phrases in phrases_by_first_word(_table).items():
        _PHRASES.setdefault(_first, []).extend((phrase, _side, _near_vote) for phrase in _phrases)
_VOTES = frozenset(fold(word) for word in STANCE_VOTES)
_AGENTS = frozenset(fold(word) for word in AGENT_WORDS)
_SKIPPED = FOLDED_FUNCTION_WORDS | FOLDED_NEGATORS | frozenset(fold(w) for w in STANCE_SKIPPED)

# (the stem of what a side is taken on, the side) -> the words that take it, as written
Stances = dict[tuple[str, Stance], str]


def stances(words: list[Word], voting: list[bool]) -> Stances:
    """Each side `words` take, on what: the first content word after the words that take it in
    their clause ("" where none follows: "vote for her" / "vote against her" still meet).
    `voting`: whether each word is a voting word."""
    votes = [at for at, word in enumerate(words) if voting[at] or word.folded in _VOTES]
    found: Stances = {}
    for at, word in enumerate(words):
        for phrase, side, near_vote in _PHRASES.get(word.folded, ()):
            end = at + len(phrase)
            if tuple(w.folded for w in words[at:end]) != phrase:
                continue
            if near_vote and not any(
                at - VOTE_REACH <= vote < at or end <= vote < end + VOTE_REACH for vote in votes
            ):
                continue
            if _negated(words, at) or (end < len(words) and words[end].folded in _AGENTS):
                continue
            taken_on = _taken_on(words, end, word.clause)
            found.setdefault((taken_on, side), " ".join(w.raw for w in words[at:end]))
    return found


def _negated(words: list[Word], at: int) -> bool:
    """A negator within `NEGATION_REACH` words before `at`, in its clause."""
    return any(
        word.folded in FOLDED_NEGATORS and word.clause == words[at].clause
        for word in words[max(0, at - NEGATION_REACH) : at]
    )


def _taken_on(words: list[Word], at: int, clause: int) -> str:
    """The stem of the first content word from `at` in `clause` ("" if none)."""
    for word in words[at:]:
        if word.clause != clause:
            break
        if word.folded not in _SKIPPED and not word.folded.isdigit():
            return word.stem
    return ""
