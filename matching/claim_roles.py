"""Two sides that traded roles, as the contradiction guard reads them (`roles_swapped`): who did
what to whom, turned round with the same words. "Smith beat Jones" / "Jones beat Smith", "the
governor endorsed the mayor" / "the mayor endorsed the governor" (the sides on either side of
the same word, `_around_a_word`), and in Arabic, where the verb often comes first, "فاز سميث على
جونز" / "فاز جونز على سميث", "دعم المحافظ العمدة" / "المحافظ دعم العمدة" said the other way
round ("دعم العمدة المحافظ": `_verb_first`).

Apart from `claim_retelling`, which runs it on the words of two texts, because reading roles
takes rules of its own: the link before a side (an agent, a partner, a joining word), verbs
that go both ways (`SYMMETRIC_VERBS`), and Arabic word order.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from matching.claim_act_words import (
    AGENT_WORDS,
    PARTNER_WORDS,
    ROLE_AGENT_WORDS,
    ROLE_LINKS_ARABIC,
    SYMMETRIC_VERBS,
)
from matching.claim_reading import Token
from matching.claim_word_classes import WordSet
from matching.claim_words import fold
from matching.conflicts import Conflict, ConflictKind

# Content words between the two sides, in either text, that the other text does not say between
# them, beyond which the texts say different things there and no roles are compared: a word
# added ("Okafor narrowly defeated Mensah") still reads as the same sentence turned round.
# In the design rows nothing else stands between the sides; on CheckThat! train, 14 of the 17
# tweets this rule flagged against their own fact-check (told in another order) have two words
# or more there (decision 148).
OTHER_WORDS_BETWEEN = 1


def roles_swapped(mine: tuple[Token, ...], other: tuple[Token, ...]) -> Conflict | None:
    """Two sides that traded roles between the words of two texts: around the same word
    (`_around_a_word`), or after an Arabic verb said first in either text (`_verb_first`)."""
    return _around_a_word(mine, other) or _verb_first(mine, other)


def _around_a_word(mine: tuple[Token, ...], other: tuple[Token, ...]) -> Conflict | None:
    """Two sides (`Token.actor`: names, offices, parties, candidates, rivals), each said once in
    each text, on either side of the same shared word in the opposite order: "Smith beat Jones
    in the runoff" / "Jones beat Smith in the runoff", "the governor endorsed the mayor" / "the
    mayor endorsed the governor", "El rival renunció y pidió el voto para la candidata" / "La
    candidata renunció y pidió el voto para su rival". Not where the texts say different things
    between the sides (`_told_apart`: a tweet told in another order), nor where one text says
    it the other way (an agent word before the second side on one side only: "Jones was beaten
    by Smith", "the mayor got the backing of the governor"), nor for partners ("met with
    Jones"), a side that starts a clause of its own ("Okafor voted for the bill and Mensah
    against it"), or a verb both sides do to each other (`SYMMETRIC_VERBS`: "Smith debated
    Jones")."""
    actors = {t.stem for t in (*mine, *other) if t.actor}
    my_at, other_at = _said_once(mine), _said_once(other)
    cast = [stem for stem in my_at if stem in actors and stem in other_at]
    for first, one in enumerate(cast):
        for two in cast[first + 1 :]:
            if (my_at[one] < my_at[two]) == (other_at[one] < other_at[two]):
                continue
            # `before` comes first in this text and last in the other.
            before, after = (one, two) if my_at[one] < my_at[two] else (two, one)
            between = [
                mine[my_at[stem]]
                for stem in my_at
                if stem in other_at
                and stem not in actors
                and my_at[before] < my_at[stem] < my_at[after]
                and other_at[after] < other_at[stem] < other_at[before]
            ]
            links = (_link(mine, my_at[after]), _link(other, other_at[before]))
            flanked = {t.stem for t in between}
            if (
                not between
                or _told_apart(mine[my_at[before] + 1 : my_at[after]], flanked, actors)
                or _told_apart(other[other_at[after] + 1 : other_at[before]], flanked, actors)
                or any(_SYMMETRIC.holds(fold(t.raw), t.stem) for t in between)
                or _Link.PARTNER in links
                or _Link.JOINED in links
                or links[0] != links[1]
            ):
                continue
            return Conflict(
                ConflictKind.WORDING,
                _written(mine[my_at[before] : my_at[after] + 1]),
                _written(other[other_at[after] : other_at[before] + 1]),
            )
    return None


def _told_apart(span: tuple[Token, ...], flanked: set[str], actors: set[str]) -> bool:
    """More than `OTHER_WORDS_BETWEEN` content words between the two sides in `span` that the
    other text does not say between them: the two texts tell different things around the sides
    (a tweet's "To silence WikiLeaks, Clinton proposed a drone strike on Julian Assange"
    against "Clinton proposed a drone strike on Julian Assange to silence WikiLeaks"), not the
    same thing with the roles turned round."""
    other_words = {
        t.stem for t in span if t.content and t.stem not in flanked and t.stem not in actors
    }
    return len(other_words) > OTHER_WORDS_BETWEEN


class _Link(StrEnum):
    """How a side is linked to the word before it."""

    NONE = ""
    AGENT = "agent"  # "by Smith", "the backing of Smith": the one who acts
    PARTNER = "partner"  # "with Smith": the one acted with
    JOINED = "joined"  # "and Smith": who starts a clause of their own


def _link(tokens: tuple[Token, ...], at: int) -> _Link:
    """How the side at `at` is linked: an agent, partner or joining word among the function
    words right before it ("by the mayor", "con el alcalde", "and Mensah voted against it")."""
    for token in reversed(tokens[max(0, at - 2) : at]):
        folded = fold(token.raw)
        if folded in _AGENTS:
            return _Link.AGENT
        if folded in _PARTNERS:
            return _Link.PARTNER
        if token.joining:
            return _Link.JOINED
        if token.content:
            break
    return _Link.NONE


def _said_once(tokens: tuple[Token, ...]) -> dict[str, int]:
    """Each content word said once in `tokens`, and where."""
    counts: dict[str, int] = {}
    for token in tokens:
        counts[token.stem] = counts.get(token.stem, 0) + 1
    return {
        token.stem: at
        for at, token in enumerate(tokens)
        if token.content and counts[token.stem] == 1
    }


_SYMMETRIC = WordSet(SYMMETRIC_VERBS)
_AGENTS = frozenset(fold(word) for word in (*AGENT_WORDS, *ROLE_AGENT_WORDS))
_PARTNERS = frozenset(fold(word) for word in PARTNER_WORDS)


class _Roles(NamedTuple):
    """Who does what to whom after an Arabic verb: the stems of its two sides, the word that
    links them ("" for none), whether the verb came first, and where the three stand."""

    subject: str
    acted_on: str
    link: str
    verb_first: bool
    start: int
    end: int


def _verb_first(mine: tuple[Token, ...], other: tuple[Token, ...]) -> Conflict | None:
    """The same Arabic verb, said once in each text, with the same two sides in the opposite
    roles, the verb first in at least one text: "فاز سميث على جونز" / "فاز جونز على سميث",
    "دعم المحافظ العمدة" / "دعم العمدة المحافظ", "المحافظ دعم العمدة" / "دعم العمدة المحافظ"
    (subject, verb, object is the same roles as verb, subject, object). Without capital letters an
    Arabic name is no `Token.actor`, so any content word may be a side, only where the three
    words stand together (`_roles`): not a side with a preposition attached ("للمغتربين"), an
    agent ("على يد سميث"), a time or place word, two sides joined by "و", a verb that goes
    both ways ("التقى"), or two different links ("هزم جونز أمام سميث", a passive, against "هزم
    سميث جونز")."""
    theirs = _roles(other)
    if not theirs:
        return None
    for verb, roles in _roles(mine).items():
        turned = theirs.get(verb)
        if (
            turned is not None
            and (roles.verb_first or turned.verb_first)
            and (roles.subject, roles.acted_on) == (turned.acted_on, turned.subject)
            and roles.link == turned.link
        ):
            return Conflict(
                ConflictKind.WORDING,
                _written(mine[roles.start : roles.end]),
                _written(other[turned.start : turned.end]),
            )
    return None


def _roles(tokens: tuple[Token, ...]) -> dict[str, _Roles]:
    """Each Arabic content word said once that is read as a verb with its two sides: right
    before both, where it starts its clause or follows a function word ("فاز سميث على جونز",
    "بعد أن هاجم المرشح الرئيس"), or between them, where the first starts its clause or follows a
    function word ("المحافظ دعم العمدة"); the two sides one after the other, or with a function
    word or `ROLE_LINKS_ARABIC` between."""
    if not any(_is_arabic(token) for token in tokens):
        return {}
    once = _said_once(tokens)
    found: dict[str, _Roles] = {}
    for verb, at in once.items():
        token = tokens[at]
        if not _is_verb(token) or _SYMMETRIC.holds(fold(token.raw), token.stem):
            continue
        if _opens(tokens, at) and _side(tokens, at + 1, once):
            after = _second_side(tokens, at + 2, once)
            if after is not None:
                link, second = after
                found[verb] = _Roles(
                    tokens[at + 1].stem, tokens[second].stem, link, True, at, second + 1
                )
                continue
        if (
            at > 0
            and _opens(tokens, at - 1)
            and _side(tokens, at - 1, once)
            and tokens[at - 1].clause == token.clause
        ):
            after = _second_side(tokens, at + 1, once)
            if after is not None:
                link, second = after
                found[verb] = _Roles(
                    tokens[at - 1].stem, tokens[second].stem, link, False, at - 1, second + 1
                )
    return found


def _is_verb(token: Token) -> bool:
    """An Arabic content word that may be a verb: no side (`Token.actor`), and nothing attached
    but "و" or "ف" (a verb never takes the article: "الهيئة العليا المستقلة" is a noun and two
    adjectives, whose order is free)."""
    folded = fold(token.raw)
    return (
        _is_arabic(token)
        and not token.actor
        and folded in (token.stem, "و" + token.stem, "ف" + token.stem)
    )


def _opens(tokens: tuple[Token, ...], at: int) -> bool:
    """The word at `at` starts its clause, follows a function word, or has "و" or "ف" attached
    ("... وفاز سميث على جونز": "and" opens a clause of its own)."""
    token = tokens[at]
    folded = fold(token.raw)
    return (
        at == 0
        or tokens[at - 1].clause != token.clause
        or not tokens[at - 1].content
        or (folded != token.stem and folded[:1] in ("و", "ف"))
    )


def _side(tokens: tuple[Token, ...], at: int, once: dict[str, int]) -> bool:
    """The word at `at` may be a side of a verb: an Arabic content word said once, in the clause
    of the word before it (if any), with nothing attached but the article ("المحافظ", not
    "للمغتربين" nor "وجونز"), and no time or place word, agent ("على يد") or link word."""
    if at >= len(tokens) or (at > 0 and tokens[at].clause != tokens[at - 1].clause):
        return False
    token = tokens[at]
    folded = fold(token.raw)
    return (
        _is_arabic(token)
        and once.get(token.stem) == at
        and folded in (token.stem, "ال" + token.stem)
        and (token.actor or not token.marker)
        and folded not in _AGENTS
        and folded not in _ARABIC_LINKS
        and not _future_verb(folded)
    )


def _future_verb(folded: str) -> bool:
    """A word with the future prefix ("ستغلق", "سيعلن": will close, will announce) is a verb,
    never a side: without this, a noun and the definite noun it governs ("مراكز الاقتراع",
    polling centres) read as a verb and its side took the real verb for a side, and "مراكز
    الاقتراع ستغلق" / "ستغلق مراكز الاقتراع" (the same sentence, verb last or first) read as
    roles turned round."""
    return len(folded) >= 4 and folded[0] == "س" and folded[1] in _FUTURE_PERSONS


# What follows the future prefix "س": the person of an imperfect verb (ت, ي, ن, أ/ا).
_FUTURE_PERSONS = frozenset("تينأا")


def _second_side(
    tokens: tuple[Token, ...], at: int, once: dict[str, int]
) -> tuple[str, int] | None:
    """The second side of a verb, at `at` or after one link word there (a function word or
    `ROLE_LINKS_ARABIC`): the link as folded ("" for none) and where the side stands."""
    if _side(tokens, at, once):
        return "", at
    linked = at < len(tokens) and tokens[at].clause == tokens[at - 1].clause
    if (
        linked
        and (not tokens[at].content or fold(tokens[at].raw) in _ARABIC_LINKS)
        and _side(tokens, at + 1, once)
    ):
        return fold(tokens[at].raw), at + 1
    return None


def _is_arabic(token: Token) -> bool:
    return "\u0600" <= token.raw[:1] <= "\u06ff"


_ARABIC_LINKS = frozenset(fold(word) for word in ROLE_LINKS_ARABIC)


def _written(tokens: tuple[Token, ...]) -> str:
    return " ".join(t.raw for t in tokens)
