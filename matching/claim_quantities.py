"""How the contradiction guard reads what a text says of all or of some of something: "todas las
mesas" against "solo UNA mesa", "all the polling stations" against "some stations"
(`quantities`), each noun under a key that a plural and its singular share.

Apart from `claim_reading` because a quantity word, the noun it is said of and when an article
means "one" are a reading of their own, with their own tables (`ALL_WORDS`, `SOME_WORDS`,
`ONE_ARTICLES`, `ONLY_WORDS`).
"""

from __future__ import annotations

from matching.claim_function_words import FOLDED_FUNCTION_WORDS
from matching.claim_words import Word, fold
from matching.contradiction_words import ALL_WORDS, ONE_ARTICLES, ONLY_WORDS, SOME_WORDS

# A noun said of all or of some stands within this many words after the quantity ("todas las
# mesas", "all the polling stations"), function words and numbers skipped.
QUANTIFIED_REACH = 3


def quantities(text: str, clauses: dict[int, list[Word]]) -> tuple[dict[str, str], dict[str, str]]:
    """The nouns said of all (`ALL_WORDS`) and of one or some (`SOME_WORDS`; an article that
    also means "one", `ONE_ARTICLES`, only as in "solo UNA mesa": after an "only" word or in
    capitals), each as written ("todas las mesas", "UNA mesa") under its `_noun_key`. "each one
    of the stations" and "cada uno de los votantes" say all of them."""
    all_of: dict[str, str] = {}
    some_of: dict[str, str] = {}
    for clause in clauses.values():
        for position, word in enumerate(clause):
            if word.folded in _ALL:
                found = all_of
            elif _says_some(clause, position):
                found = some_of
            else:
                continue
            noun = _quantified(clause, position, found is all_of)
            if noun is not None:
                found.setdefault(_noun_key(noun), text[word.start : noun.end])
    return all_of, some_of


def _says_some(words: list[Word], position: int) -> bool:
    """One or some (`SOME_WORDS`), or an article that also means "one" said as "only one"
    ("solo UNA mesa", "seulement un bureau"); not the "one" of "each one of"."""
    folded = words[position].folded
    before = words[position - 1].folded if position > 0 else ""
    if before in _ALL:
        return False
    if folded in _SOME:
        return True
    return folded in _ONE_ARTICLES and (
        before in _ONLY or (len(words[position].raw) > 1 and words[position].raw.isupper())
    )


def _quantified(words: list[Word], position: int, said_of_all: bool) -> Word | None:
    """The noun a quantity word says how much of: the first word after it that is no function
    word, number or quantity word, within `QUANTIFIED_REACH` such words. After an all word, a
    some word is passed over ("each one of the stations"); after a some word, an all word ends
    the search."""
    seen = 0
    for word in words[position + 1 :]:
        if word.folded in FOLDED_FUNCTION_WORDS or word.folded.isdigit():
            continue
        seen += 1
        if seen > QUANTIFIED_REACH:
            return None
        if word.folded in _ALL or word.folded in _SOME or word.folded in _ONE_ARTICLES:
            if said_of_all:
                continue
            return None
        return word
    return None


def _noun_key(noun: Word) -> str:
    """What a noun is compared by: as written, without a plural's final "s" or "x" ("mesas",
    "bureaux", "stations"), an Arabic one after its prefixes."""
    if "\u0600" <= noun.folded[:1] <= "\u06ff":
        return noun.stem
    return noun.folded[:-1] if noun.folded.endswith(("s", "x")) else noun.folded


_ALL = frozenset(fold(word) for word in ALL_WORDS)
_SOME = frozenset(fold(word) for word in SOME_WORDS)
_ONE_ARTICLES = frozenset(fold(word) for word in ONE_ARTICLES)
_ONLY = frozenset(fold(word) for word in ONLY_WORDS)
