"""What a text asks of voters, as the contradiction guard reads it: to take part in the vote or
to stay away from it, and for whom (an opponent of the one named).

A retelling that keeps a claim's sentence and turns the act round ("urged voters to go to the
polls" / "to stay at home", "to boycott the election" / "to take part in it") or gives the vote
to the other side ("to vote for her" / "for her rival") says the opposite with the claim's
words; `claim_retelling` compares the slots these marks fall in. The tables are in
`claim_act_words`.
"""

from __future__ import annotations

from enum import StrEnum

from matching.claim_act_words import (
    ABSTAIN_PHRASES,
    ABSTAIN_WORDS,
    OPPONENT_WORDS,
    TAKE_PART_PHRASES,
    TAKE_PART_WORDS,
)
from matching.claim_word_classes import WordSet
from matching.claim_words import Word, fold


class Act(StrEnum):
    """What a word asks of voters, if anything."""

    NONE = ""
    ABSTAIN = "abstain"  # stay away from the vote: "stay at home", "boycott"
    TAKE_PART = "take part"  # "go to the polls", "take part", "vote"


_ABSTAIN = WordSet(ABSTAIN_WORDS)
_TAKE_PART = WordSet(TAKE_PART_WORDS)
_OPPONENT = WordSet(OPPONENT_WORDS)


def phrases_by_first_word(table: tuple[str, ...]) -> dict[str, list[tuple[str, ...]]]:
    """Each phrase of `table` as folded words, under its first word (a text's words are looked
    up, not every phrase tried at every word)."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for phrase in table:
        words = tuple(fold(word) for word in phrase.split())
        found.setdefault(words[0], []).append(words)
    return found


_PHRASES = (
    (Act.ABSTAIN, phrases_by_first_word(ABSTAIN_PHRASES)),
    (Act.TAKE_PART, phrases_by_first_word(TAKE_PART_PHRASES)),
)


def acts(words: list[Word]) -> list[Act]:
    """For each word, the act it is part of (`Act.NONE` for most)."""
    found = [
        Act.ABSTAIN
        if _ABSTAIN.holds(word.folded, word.stem)
        else Act.TAKE_PART
        if _TAKE_PART.holds(word.folded, word.stem)
        else Act.NONE
        for word in words
    ]
    for at, word in enumerate(words):
        for act, phrases in _PHRASES:
            for phrase in phrases.get(word.folded, ()):
                if tuple(w.folded for w in words[at : at + len(phrase)]) == phrase:
                    found[at : at + len(phrase)] = [act] * len(phrase)
    return found


def is_opponent(word: Word) -> bool:
    """The other side of a race (`OPPONENT_WORDS`)."""
    return _OPPONENT.holds(word.folded, word.stem)
