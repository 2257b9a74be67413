"""How the contradiction guard reads the place a voting word names: "bureau de vote", "local de
votação", "voting station" (`voting_place`), told apart from voting itself ("en lugar de votar"
is "instead of voting") by the root of "vote" (`VOTE_ROOT`) and the Romance infinitive
(`is_infinitive`).

Apart from `claim_reading` because a voting place is read from a few words around one voting
word, with tables of its own (`VOTING_PLACE_NOUNS`, `VOTING_PLACE_LINKS`, `VOTING_PLACE_HEADS`);
`claim_contradiction` asks the same of a text's words (`VOTE_ROOT`, `is_infinitive`, and
`claim_reading.links_a_place`) to tell a voting word said as an act from one naming a place.
"""

from __future__ import annotations

from matching.claim_word_classes import WordSet
from matching.claim_words import Word
from matching.contradiction_words import VOTING_PLACE_HEADS, VOTING_PLACE_LINKS, VOTING_PLACE_NOUNS


def voting_place(words: list[Word], at: int) -> str:
    """The place the voting word at `at` names, as written, or "": a noun of the verb "vote"
    after a place noun and "de" ("bureau de vote", "local de votação"; "en lugar de votar" is
    "instead of voting"), or before an English head ("voting station"). Election words stay
    out ("bureau of elections" is an office, "bureau de scrutin" says what "scrutin" says)."""
    if not words[at].folded.startswith(VOTE_ROOT):
        return ""
    first, last = at, at
    before = [words[at - n] for n in (1, 2) if at - n >= 0]
    if (
        not is_infinitive(words[at].folded)
        and len(before) == 2
        and VOTING_PLACE_LINK.holds(before[0].folded, before[0].stem)
        and _VOTING_PLACE_NOUN.holds(before[1].folded, before[1].stem)
    ):
        first = at - 2
    elif at + 1 < len(words) and _VOTING_PLACE_HEAD.holds(words[at + 1].folded, words[at + 1].stem):
        last = at + 1
    else:
        return ""
    return " ".join(word.raw for word in words[first : last + 1])


VOTE_ROOT = "vot"


def is_infinitive(folded: str) -> bool:
    """A Romance infinitive ("voter", "votar"): a verb after "de", where a noun would name."""
    return folded.endswith(("er", "ar", "ir"))


_VOTING_PLACE_NOUN = WordSet(VOTING_PLACE_NOUNS)
VOTING_PLACE_LINK = WordSet(VOTING_PLACE_LINKS)
_VOTING_PLACE_HEAD = WordSet(VOTING_PLACE_HEADS)
