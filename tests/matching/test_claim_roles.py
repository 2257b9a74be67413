"""Two sides that traded roles (`matching.claim_roles`), through the guard's `find_conflict`:
what stands between the sides must be told alike in both texts (decision 148).

A tweet often fronts a clause the fact-check's claim puts last ("To silence WikiLeaks, Clinton
proposed a drone strike on Julian Assange" / "Clinton proposed a drone strike on Julian Assange
to silence WikiLeaks"): the two names then come in the other order around shared words, but
what is said between them differs, and nothing was turned round. On CheckThat! train this
demoted 14 right answers of the bot; these rows are that pattern written anew, in four
languages, with the role swaps that must still be flagged, a word added between the sides.
"""

from __future__ import annotations

import pytest

from benchmarks.contradiction_pairs import WORDING, Pair
from matching.claim_contradiction import find_conflict

ROWS: tuple[Pair, ...] = tuple(
    Pair(*row)
    for row in [
        (
            "en",
            "To silence Radio Kano, Governor Okafor ordered a police raid on Mensah",
            "Governor Okafor ordered Mensah arrested in a police raid to silence Radio Kano",
            None,
            "the purpose fronted, the raid told otherwise: a paraphrase",
        ),
        (
            "es",
            "Para silenciar a Radio Sol, el gobernador Pérez ordenó una redada policial contra "
            "Gómez",
            "El gobernador Pérez ordenó detener a Gómez en una redada policial para silenciar a "
            "Radio Sol",
            None,
            "para silenciar... delante: una paráfrasis",
        ),
        (
            "fr",
            "Pour faire taire Radio Lyon, le préfet Dupont a ordonné une descente de police chez "
            "Martin",
            "Le préfet Dupont a ordonné l'arrestation de Martin lors d'une descente de police "
            "pour faire taire Radio Lyon",
            None,
            "pour faire taire... en tête : une paraphrase",
        ),
        (
            "pt",
            "Para calar a Rádio Sol, o governador Silva ordenou uma operação policial contra Costa",
            "O governador Silva mandou prender Costa numa operação policial para calar a Rádio Sol",
            None,
            "para calar... à frente: uma paráfrase",
        ),
        (
            "en",
            "Okafor narrowly defeated Mensah in the second round",
            "Mensah defeated Okafor in the second round",
            WORDING,
            "the winner turned round, one word added between the sides",
        ),
        (
            "es",
            "El alcalde apoyó abiertamente al gobernador en la campaña",
            "El gobernador apoyó al alcalde en la campaña",
            WORDING,
            "quién apoya a quién, con un adverbio añadido",
        ),
        (
            "en",
            "In the runoff, the Green Party beat the Labour Party by a wide margin, officials said",
            "Officials said the Labour Party beat the Green Party in the runoff",
            WORDING,
            "the winner turned round inside a sentence told in another order",
        ),
    ]
)


@pytest.mark.parametrize("pair", ROWS, ids=[f"{pair.language}-{pair.why[:30]}" for pair in ROWS])
def test_roles_are_compared_only_where_the_sides_flank_the_same_words(pair: Pair) -> None:
    found = find_conflict(pair.message, pair.claim)
    assert (found.kind if found else None) == pair.expected, found
