"""The word classes the contradiction guard reads by the tables of `contradiction_words`:
voting and election words, parties, whose election it is, outcome groups and their opposites
(`OPPOSITE`), and how a table of values (places, months, offices...) is folded (`value_table`).

Apart from `claim_reading` so that what a word is by the tables is decided in one place, and
`claim_reading` and the modules it reads with (`claim_negation`, `claim_quantities`, `claim_names`,
`claim_voting_place`) keep to reading clauses, negation, values and names.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from matching.claim_act_words import ELECTION_NAMES
from matching.claim_words import Word, fold, folded_run
from matching.contradiction_words import (
    ELECTION_NOUNS,
    NOT_VOTING_WORDS,
    OTHER_ELECTION_WORDS,
    OUTCOME_OPPOSITES,
    PARTY_WORDS,
    VOTING_WORDS,
)

# How near the election itself (`ELECTION_NOUNS`) a word naming whose election it is must
# stand ("the students' union election": two words; "هيئة الانتخابات في البلد المجاور": three).
ELECTION_QUALIFIER_WORDS = 3


class WordSet:
    """A word table of `contradiction_words`: whole words, and prefixes written with a final "*"
    ("vot*"). A word is in it as written or by its stem (an Arabic one after its prefixes)."""

    def __init__(self, table: Iterable[str]) -> None:
        table = tuple(table)
        self._whole = frozenset(fold(word) for word in table if not word.endswith("*"))
        self._prefixes = tuple(fold(word[:-1]) for word in table if word.endswith("*"))

    def holds(self, folded: str, stem: str) -> bool:
        """`folded` (with its `stem`) is one of the table's words."""
        return (
            folded in self._whole
            or stem in self._whole
            or folded.startswith(self._prefixes)
            or stem.startswith(self._prefixes)
        )


# The election named in other words ("polls") votes too.
_VOTING = WordSet((*VOTING_WORDS, *ELECTION_NAMES))
_NOT_VOTING = frozenset(fold(word) for word in NOT_VOTING_WORDS)
_OTHER_ELECTION = WordSet(OTHER_ELECTION_WORDS)
_ELECTION_NOUNS = WordSet(ELECTION_NOUNS)


def is_voting(folded: str, stem: str) -> bool:
    """A word of voting or of the election (`VOTING_WORDS`); an Arabic one after its prefixes."""
    return folded not in _NOT_VOTING and _VOTING.holds(folded, stem)


_PARTY = frozenset(fold(word) for word in PARTY_WORDS)


def is_party(word: Word) -> bool:
    """A party word as written (`PARTY_WORDS`; "parte" is no "parti"); an Arabic one also after
    its prefixes ("الحزب")."""
    return word.folded in _PARTY or (
        "\u0600" <= word.folded[:1] <= "\u06ff" and word.stem in _PARTY
    )


def is_election_noun(word: Word) -> bool:
    """The election itself (`ELECTION_NOUNS`), not the verb: "la eleição", "الانتخابات"."""
    return _ELECTION_NOUNS.holds(word.folded, word.stem)


def other_elections(words: list[Word], elections: list[bool]) -> dict[str, str]:
    """Words naming whose election it is (`OTHER_ELECTION_WORDS`) within
    `ELECTION_QUALIFIER_WORDS` of the election itself: "the [students'] union election", "la
    eleição do conselho [tutelar]", "hay elecciones en el país [vecino]" (but not "mi vecino
    dice que ahora las elecciones...", nor "university students can vote")."""
    found: dict[str, str] = {}
    for position, word in enumerate(words):
        if not _OTHER_ELECTION.holds(word.folded, word.stem):
            continue
        near = elections[
            max(0, position - ELECTION_QUALIFIER_WORDS) : position + ELECTION_QUALIFIER_WORDS + 1
        ]
        if any(near):
            found.setdefault(word.stem, word.raw)
    return found


_OUTCOME_OF: dict[str, str] = {}
_OUTCOME_PREFIXES: dict[str, str] = {}
OPPOSITE: dict[str, str] = {}
for _first, _first_words, _second, _second_words in OUTCOME_OPPOSITES:
    OPPOSITE[_first], OPPOSITE[_second] = _second, _first
    for _group, _group_words in ((_first, _first_words), (_second, _second_words)):
        for _written in _group_words:
            if _written.endswith("*"):
                _OUTCOME_PREFIXES[fold(_written[:-1])] = _group
            else:
                _OUTCOME_OF[fold(_written)] = _group


@lru_cache(maxsize=65_536)
def outcome_group(folded: str) -> str | None:
    """The outcome group of a folded word: a whole word of the tables, else its longest prefix."""
    group = _OUTCOME_OF.get(folded)
    for length in _PREFIX_LENGTHS:
        if group is not None:
            break
        if len(folded) >= length:
            group = _OUTCOME_PREFIXES.get(folded[:length])
    return group


_PREFIX_LENGTHS = sorted({len(prefix) for prefix in _OUTCOME_PREFIXES}, reverse=True)


def value_table(rows: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[tuple[str, ...], str]:
    """Each word of `rows` folded -> its value; an Arabic word also with the article and the
    feminine ending ("شمالي": "الشماليه")."""
    table = {}
    for name, words in rows:
        for word in words:
            table[folded_run(word)] = name
            if "\u0600" <= word[0] <= "\u06ff" and " " not in word:
                for variant in ("ال" + word, word + "ه", "ال" + word + "ه"):
                    table[folded_run(variant)] = name
    return table
