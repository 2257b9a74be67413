"""How the contradiction guard reads negation in a clause: which words are negators
(`is_negator`), which content words a negation applies to (`negation_scopes`), and each word's
next content word (`next_contents`), so that "NOT be counted on election night" and "counted
later" can be told apart.

Apart from `claim_reading` because what a negation applies to is a reading of its own, with its
own reach (`SCOPE_WORDS`, `SCOPE_SPAN`) and exceptions ("en nada", Portuguese "no", a voter's
"no": `claim_vote_answers`).
"""

from __future__ import annotations

from matching.claim_function_words import FOLDED_FUNCTION_WORDS, FOLDED_NEGATORS
from matching.claim_quantity_words import NEGATED_COMPARATIVES
from matching.claim_vote_answers import NO_ANSWERS, answer_at
from matching.claim_words import Word, fold
from matching.contradiction_words import CONTRACTION_TAIL, QUANTIFIER_NEGATORS

# What a negation applies to: this many content words after it (before it, at a clause's end)...
SCOPE_WORDS = 1
# ...looked for among this many words.
SCOPE_SPAN = 5


def is_negator(words: list[Word], position: int, portuguese: bool) -> bool:
    """The word at `position` negates (`NEGATORS`, or the "t" of "can't" after an "n")."""
    folded = words[position].folded
    if folded == "no" and portuguese:
        return False  # Portuguese "no" is "in the"
    if folded == "nada" and position > 0 and words[position - 1].folded == "en":
        return False  # Spanish "en nada" is "in no time" ("se quita en nada con vinagre")
    if folded == CONTRACTION_TAIL:
        return position > 0 and words[position - 1].folded.endswith("n")
    if folded in NO_ANSWERS and answer_at(words, position) is not None:
        return False  # a voter's answer ("vote no on the referendum"), no negation
    if folded == _UNDER and position + 1 < len(words):
        after = words[position + 1].folded
        if after[:1].isdigit() or after == _AGE:
            return False  # Arabic "دون 18", "دون سن 18": under, a bound, not "without"
    return folded in FOLDED_NEGATORS


def next_contents(words: list[Word], portuguese: bool) -> list[str | None]:
    """For each position, the stem of the first content word after it in its clause (no
    function word, number or negator), or None; one pass from the end."""
    following: list[str | None] = [None] * len(words)
    after: str | None = None
    for at in range(len(words) - 1, -1, -1):
        following[at] = after
        folded = words[at].folded
        if (
            folded not in FOLDED_FUNCTION_WORDS
            and not any(char.isdigit() for char in folded)
            and not is_negator(words, at, portuguese)
        ):
            after = words[at].stem
    return following


def negation_scopes(words: list[Word], portuguese: bool) -> dict[int, str]:
    """Position of each content word a negation applies to -> the negator as written.

    Numbers are not negated: "at 5pm, not 8pm" contrasts two values (the number check sees them),
    nor is anything by a negation that makes a bound ("pas moins de 300" says "au moins 300":
    `claim_direction` reads it).
    """
    scopes: dict[int, str] = {}
    for position in range(len(words)):
        if not is_negator(words, position, portuguese) or _bounds(words, position):
            continue
        raw = words[position].raw
        if words[position].folded == CONTRACTION_TAIL:
            raw = words[position - 1].raw + "'" + raw
        after = range(position + 1, min(len(words), position + 1 + SCOPE_SPAN))
        # "Nenhum voto foi contado": the quantified noun and what is said of it.
        after_words = SCOPE_WORDS + (words[position].folded in _QUANTIFIER_NEGATORS)
        before = range(position - 1, max(-1, position - 1 - SCOPE_SPAN), -1)
        for span, wanted in ((after, after_words), (before, SCOPE_WORDS)):
            taken = [
                at
                for at in span
                if words[at].folded not in FOLDED_FUNCTION_WORDS
                and not any(char.isdigit() for char in words[at].folded)
                and not is_negator(words, at, portuguese)
            ]
            # The quantifier's extra word is what is said of the noun, never a capitalised word
            # (a name, or a German noun): "keine Stimme in Köln doppelt" denies "doppelt".
            taken = (
                taken[:SCOPE_WORDS]
                + [at for at in taken[SCOPE_WORDS:] if not words[at].raw[:1].isupper()][
                    : wanted - SCOPE_WORDS
                ]
            )
            if taken:
                for at in taken:
                    scopes.setdefault(at, raw)
                break
    return scopes


def _bounds(words: list[Word], position: int) -> bool:
    """The negator at `position` makes a bound: a comparative and the word joining it to a
    number come before any content word after it ("not less than", "no more than", "pas moins
    de", "il n'y a pas moins de", "nada menos que")."""
    for at in range(position + 1, min(len(words), position + 1 + SCOPE_SPAN)):
        if tuple(word.folded for word in words[at : at + 2]) in _NEGATED_COMPARATIVES:
            return True
        if (
            words[at].folded not in FOLDED_FUNCTION_WORDS
            and words[at].folded not in FOLDED_NEGATORS
        ):
            return False
    return False


_QUANTIFIER_NEGATORS = frozenset(fold(word) for word in QUANTIFIER_NEGATORS)
# Arabic "دون" is "without", but before a number or "سن" (age) it is "under" (decision 148).
_UNDER = fold("دون")
_AGE = fold("سن")
_NEGATED_COMPARATIVES = frozenset(
    tuple(fold(word) for word in phrase.split()) for phrase in NEGATED_COMPARATIVES
)
