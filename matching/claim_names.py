"""How the contradiction guard reads the names in a text: capitalised words that are not at a
sentence's start, nor in a clause written all in capitals (`names_by_stem`), grouped into runs
("Escuela San Miguel": `name_runs`), and a single capital letter after a title ("Candidate C").

Apart from `claim_reading` because telling a name from a capitalised word takes tables of its own
(`NOT_NAMES`, `LETTERED_TITLES`, and every value table's words, which are values, not names).
"""

from __future__ import annotations

from matching.claim_function_words import FOLDED_FUNCTION_WORDS, FOLDED_NEGATORS
from matching.claim_numbers import Spans
from matching.claim_words import Word, fold, folded_run
from matching.contradiction_words import (
    DIRECTIONS,
    LETTERED_TITLES,
    MONTHS,
    NOT_NAMES,
    OFFICES,
    ORDINALS,
    PERIODS,
    RELATIVE_DAYS,
    WEEKDAYS,
)


def names_by_stem(clauses: dict[int, list[Word]], spans: Spans) -> dict[str, str]:
    """Capitalised words not at a sentence's start, in clauses that are not all capitalised
    (Title Case or SHOUTING says nothing about names), by stem; their spans go to `spans`."""
    names: dict[str, str] = {}
    for run in name_runs(clauses):
        for word in run:
            names.setdefault(word.stem, word.raw)
            spans.setdefault(("name", word.stem), (word.start, word.end))
    return names


def name_runs(clauses: dict[int, list[Word]]) -> list[list[Word]]:
    """The name words of each clause (see `names_by_stem`), grouped where they follow each other:
    "Escuela San Miguel" is one run."""
    runs: list[list[Word]] = []
    for words in clauses.values():
        letters = [word for word in words if word.raw[0].isalpha()]
        capitalised = [word for word in letters if word.raw[0].isupper()]
        if len(letters) >= 3 and len(capitalised) > 0.5 * len(letters):
            continue
        previous = -2
        for at, word in enumerate(words):
            if not word.raw[0].isupper():
                continue
            # "U" of "U.S.", "Sec." are too short to be sure of; acronyms ("EU", "PT") are not.
            long_enough = len(word.raw) >= 3 or (len(word.raw) == 2 and word.raw.isupper())
            if (
                long_enough and not word.sentence_start and word.folded not in _NOT_NAME_WORDS
            ) or _lettered(words, word):
                if at == previous + 1:
                    runs[-1].append(word)
                else:
                    runs.append([word])
                previous = at
    return runs


def _lettered(words: list[Word], word: Word) -> bool:
    """A single capital letter right after a title: "Candidate C", "Party B", "Lista A"."""
    if len(word.raw) != 1:
        return False
    at = words.index(word)
    return at > 0 and words[at - 1].folded in _TITLES


# --- the tables, folded like the texts ------------------------------------------------------


_NOT_NAME_WORDS = (
    frozenset(fold(word) for word in NOT_NAMES) | FOLDED_FUNCTION_WORDS | FOLDED_NEGATORS
)
_TITLES = frozenset(fold(word) for word in LETTERED_TITLES)
_NOT_NAME_WORDS |= frozenset(
    run[0]
    for rows in (DIRECTIONS, MONTHS, WEEKDAYS, RELATIVE_DAYS, PERIODS, OFFICES, ORDINALS)
    for _value, written in rows
    for run in (folded_run(word) for word in written)
)
