"""A voter's answer at a vote, as the contradiction guard reads it: "vote yes" / "vote no",
"votar sí" / "votar no", "votar por el no", "voter oui" / "voter pour le non", "votar sim" /
"votar pelo não", "التصويت بنعم" / "بلا".

An answer is the side taken (`claim_stance`: yes is for, no is against), and a "no" that answers
is no negation: "vote no on the referendum" says what "vote against the referendum" says, and
negates nothing in it (`claim_negation`). Read only right after a voting word (or after its
link: "por el", "pour le", "pelo", "ب"), and before nothing, a linking word or a day ("voter
non dimanche"): "vote no later
than 7pm", "votar no domingo" (Portuguese "no" is "in the") and "التصويت بلا بطاقة" (without a
card) hold no answer. German "mit Ja" / "mit Nein" are phrases near a vote (`FOR_NEAR_VOTE`).
The tables are in `claim_act_words`.
"""

from __future__ import annotations

from enum import StrEnum

from matching.claim_act_words import (
    ANSWER_FOLLOWERS,
    ANSWER_LINKS,
    NO_WORDS,
    STANCE_VOTES,
    YES_WORDS,
)
from matching.claim_word_classes import is_voting
from matching.claim_words import Word, fold
from matching.contradiction_words import RELATIVE_DAYS, WEEKDAYS

# At most this many link words between the voting word and its answer ("votar por el no").
ANSWER_LINK_WORDS = 2


class Answer(StrEnum):
    """A voter's answer at a vote."""

    YES = "yes"
    NO = "no"


_ANSWERS = {
    **{fold(word): Answer.YES for word in YES_WORDS},
    **{fold(word): Answer.NO for word in NO_WORDS},
}
ANSWER_WORDS = frozenset(_ANSWERS)  # every answer, folded: a word not in it answers nothing
NO_ANSWERS = frozenset(fold(word) for word in NO_WORDS)
_LINKS = frozenset(fold(word) for word in ANSWER_LINKS)
# A linking word, or the day of the vote ("voter non dimanche", "vote no tomorrow").
_FOLLOWERS = frozenset(fold(word) for word in ANSWER_FOLLOWERS) | frozenset(
    fold(word) for _, written in (*WEEKDAYS, *RELATIVE_DAYS) for word in written if " " not in word
)
STANCE_VOTE_WORDS = frozenset(fold(word) for word in STANCE_VOTES)


def is_stance_vote(word: Word) -> bool:
    """A verb that votes without being a voting word elsewhere in the guard (`STANCE_VOTES`:
    German "stimmen", Arabic "صوت")."""
    return word.folded in STANCE_VOTE_WORDS


def answer_at(words: list[Word], at: int) -> Answer | None:
    """The answer the word at `at` gives at a vote, if it is one (see the module's doc)."""
    answer = _ANSWERS.get(words[at].folded)
    if answer is None:
        return None
    clause = words[at].clause
    after = words[at + 1] if at + 1 < len(words) else None
    if after is not None and after.clause == clause and after.folded not in _FOLLOWERS:
        return None
    before = at - 1
    while before >= 0 and at - before <= ANSWER_LINK_WORDS and words[before].folded in _LINKS:
        before -= 1
    if before < 0 or words[before].clause != clause:
        return None
    vote = words[before]
    return answer if is_voting(vote.folded, vote.stem) or is_stance_vote(vote) else None


def answers_next(words: list[Word], at: int) -> bool:
    """An answer at `at`, or after link words from there ("votar por [el no]", "voter pour [le
    non]"): the words before it only lead to it."""
    for position in range(at, min(len(words), at + ANSWER_LINK_WORDS)):
        if answer_at(words, position) is not None:
            return True
        if words[position].folded not in _LINKS:
            return False
    return False
