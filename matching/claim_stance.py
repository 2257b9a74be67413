"""Which side a text takes on something: for it or against it ("vote for the referendum" /
"vote against the referendum", "supports" / "opposes the reform", "votar a favor de" / "en
contra de", "voter pour" / "contre", "für" / "gegen das Gesetz stimmen", "صوّت لصالح" / "ضد"),
also written as a noun ("support for" / "opposition to", "el apoyo a", "son soutien au": with
its link word, `FOR_NOUNS`; Arabic "تأييد" / "معارضة" without one) or as a voter's answer ("vote
yes" / "vote no", "votar sí" / "no", "mit Ja" / "mit Nein stimmen", "التصويت بنعم" / "بلا":
`claim_vote_answers`).

A voter who turns the side round keeps every other word of the claim, so word overlap scores
the two as one; the guard (`claim_contradiction`) compares, for each thing a side is taken on,
the side each text takes. The tables are in `claim_act_words`.
"""

from __future__ import annotations

from enum import StrEnum

from matching.claim_act_words import (
    AGAINST_NEAR_VOTE,
    AGAINST_NOUNS,
    AGAINST_NOUNS_ARABIC,
    AGAINST_PHRASES,
    AGAINST_WORDS,
    AGENT_WORDS,
    FOR_NEAR_VOTE,
    FOR_NOUNS,
    FOR_NOUNS_ARABIC,
    FOR_PHRASES,
    FOR_WORDS,
    ROLE_AGENT_WORDS,
    STANCE_SKIPPED,
)
from matching.claim_acts import phrases_by_first_word
from matching.claim_function_words import FOLDED_FUNCTION_WORDS, FOLDED_NEGATORS
from matching.claim_vote_answers import (
    ANSWER_WORDS,
    STANCE_VOTE_WORDS,
    Answer,
    answer_at,
    answers_next,
)
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


class _Needs(StrEnum):
    """What a phrase needs around it to take a side."""

    NOTHING = ""  # "supports", "in favour of", "ضد"
    VOTE = "vote"  # a voting word near it: "vote for", "contre", "mit Nein"
    NOT_OWNED = "not owned"  # a noun, not after "of" and an article: "support for"


# Each phrase that takes a side, under its first word: its folded words, its side, and what it
# needs to take one.
_PHRASES: dict[str, list[tuple[tuple[str, ...], Stance, _Needs]]] = {}
for _table, _side, _needs in (
    ((*FOR_WORDS, *FOR_PHRASES), Stance.FOR, _Needs.NOTHING),
    ((*AGAINST_WORDS, *AGAINST_PHRASES), Stance.AGAINST, _Needs.NOTHING),
    (FOR_NEAR_VOTE, Stance.FOR, _Needs.VOTE),
    (AGAINST_NEAR_VOTE, Stance.AGAINST, _Needs.VOTE),
    (FOR_NOUNS, Stance.FOR, _Needs.NOT_OWNED),
    (AGAINST_NOUNS, Stance.AGAINST, _Needs.NOT_OWNED),
):
    for _first, _phrases in phrases_by_first_word(_table).items():
        _PHRASES.setdefault(_first, []).extend((phrase, _side, _needs) for phrase in _phrases)
_AGENTS = frozenset(fold(word) for word in AGENT_WORDS)
_OWNERS = frozenset(fold(word) for word in ROLE_AGENT_WORDS)
_SKIPPED = FOLDED_FUNCTION_WORDS | FOLDED_NEGATORS | frozenset(fold(w) for w in STANCE_SKIPPED)
_ANSWER_SIDES = {Answer.YES: Stance.FOR, Answer.NO: Stance.AGAINST}
# "of" and "de" alone own nothing: "a declaration of support for", "un voto de rechazo a".
_BARE_OWNERS = frozenset(("of", "de", "von"))


def _arabic_forms(nouns: tuple[str, ...]) -> frozenset[str]:
    """Each Arabic noun of a side as written in a text: bare or with a possessive ending
    ("تأييده", "معارضتهم": the final ة turns to ت before it), after "و", "ف", "ب" or "ل" at most."""
    forms = set()
    for noun in nouns:
        folded = fold(noun)
        base = folded[:-1] + "ت" if folded.endswith("ه") else folded
        forms.add(folded)
        forms.update(base + ending for ending in _POSSESSIVE_ENDINGS)
    return frozenset(prefix + form for form in forms for prefix in ("", "و", "ف", "ب", "ل"))


_POSSESSIVE_ENDINGS = ("ه", "ها", "هم", "هما", "هن", "نا", "ك", "كم", "ي")
_ARABIC_NOUNS = {
    **{form: Stance.FOR for form in _arabic_forms(FOR_NOUNS_ARABIC)},
    **{form: Stance.AGAINST for form in _arabic_forms(AGAINST_NOUNS_ARABIC)},
}

# (the stem of what a side is taken on, the side) -> the words that take it, as written
Stances = dict[tuple[str, Stance], str]


def stances(words: list[Word], voting: list[bool]) -> Stances:
    """Each side `words` take, on what: the first content word after the words that take it in
    their clause ("" where none follows: "vote for her" / "vote against her" still meet; see
    `_take` for words that end their clause). `voting`: whether each word is a voting word."""
    votes = [at for at, word in enumerate(words) if voting[at] or word.folded in STANCE_VOTE_WORDS]
    found: Stances = {}
    for at, word in enumerate(words):
        for phrase, side, needs in _PHRASES.get(word.folded, ()):
            end = at + len(phrase)
            if tuple(w.folded for w in words[at:end]) != phrase:
                continue
            if needs is _Needs.VOTE and not any(
                at - VOTE_REACH <= vote < at or end <= vote < end + VOTE_REACH for vote in votes
            ):
                continue
            if needs is _Needs.NOT_OWNED and _owned(words, at):
                continue
            if _negated(words, at) or (end < len(words) and words[end].folded in _AGENTS):
                continue
            # "votar por el no": the answer says the side, not "por".
            if needs is _Needs.VOTE and answers_next(words, end):
                continue
            _take(found, words, (at, end), side)
        noun_side = _ARABIC_NOUNS.get(word.folded)
        if noun_side is not None and not _negated(words, at):
            _take(found, words, (at, at + 1), noun_side)
        answer = answer_at(words, at) if word.folded in ANSWER_WORDS else None
        if answer is not None and not _negated(words, at):
            _take(found, words, (at, at + 1), _ANSWER_SIDES[answer])
    return found


def _take(found: Stances, words: list[Word], span: tuple[int, int], side: Stance) -> None:
    """The side taken by the words of `span`, on the first content word after them. Where they
    end their clause, on nothing ("vote against." / "vote for her") and on the last content word
    before them, as a verb at the end of a German clause ("das Gesetz abzulehnen" / "für das
    Gesetz zu stimmen")."""
    start, end = span
    clause = words[start].clause
    written = " ".join(w.raw for w in words[start:end])
    if end == len(words) or words[end].clause != clause:
        found.setdefault(("", side), written)
        taken_on = _taken_on(list(reversed(words[:start])), 0, clause)
    else:
        taken_on = _taken_on(words, end, clause)
    found.setdefault((taken_on, side), written)


def _owned(words: list[Word], at: int) -> bool:
    """The noun at `at` is whose it is that follows "of" and an article ("el apoyo de la
    oposición a la reforma", "le soutien de l'opposition à"), or a contraction of the two ("du",
    "do", "da"), not a side taken: such a noun names who takes the side (a party)."""
    before = [w.folded for w in words[max(0, at - 2) : at] if w.clause == words[at].clause]
    if before and before[-1] in _OWNERS:
        return before[-1] not in _BARE_OWNERS  # "du", "del", "do", "da", "des"
    return len(before) == 2 and before[0] in _OWNERS and before[1] in FOLDED_FUNCTION_WORDS


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
