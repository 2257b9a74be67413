"""Negation as the guard reads it (`matching.claim_negation`), through `find_conflict`:
"without" says "with no", but the Arabic "دون" before a number or an age is "under" (decision 148).

Before, "vote without an ID card" against "vote with an ID card" passed as a paraphrase in five
languages, while "with no observers" against "without observers" was flagged as a negation on
one side. CheckThat! train had one such right answer demoted ("with no net neutrality" /
"Without Net Neutrality"); these rows are written anew.
"""

from __future__ import annotations

import pytest

from benchmarks.contradiction_pairs import NEG, QUANTITY, Pair
from matching.claim_contradiction import find_conflict

ROWS: tuple[Pair, ...] = tuple(
    Pair(*row)
    for row in [
        (
            "en",
            "Voters can vote without an ID card this year",
            "Voters can vote with an ID card this year",
            NEG,
            "without / with the card",
        ),
        (
            "en",
            "In Kano, with no observers present, the ballots were counted overnight",
            "In Kano the ballots were counted overnight without observers",
            None,
            "with no observers = without observers",
        ),
        (
            "es",
            "Votantes sin documento podrán votar el domingo",
            "Votantes con documento podrán votar el domingo",
            NEG,
            "sin / con documento",
        ),
        (
            "es",
            "En Lima, sin ningún observador, contaron los votos de noche",
            "En Lima contaron los votos de noche sin observadores",
            None,
            "sin ningún observador = sin observadores",
        ),
        (
            "fr",
            "Les électeurs sans carte pourront voter dimanche",
            "Les électeurs avec carte pourront voter dimanche",
            NEG,
            "sans / avec carte",
        ),
        (
            "fr",
            "À Lyon, les bulletins ont été comptés sans aucun observateur",
            "À Lyon, les bulletins ont été comptés sans observateurs",
            None,
            "sans aucun observateur = sans observateurs",
        ),
        (
            "pt",
            "Eleitores sem título podem votar no domingo",
            "Eleitores com título podem votar no domingo",
            NEG,
            "sem / com título",
        ),
        (
            "de",
            "Wähler ohne Ausweis dürfen am Sonntag wählen",
            "Wähler mit Ausweis dürfen am Sonntag wählen",
            NEG,
            "ohne / mit Ausweis",
        ),
        (
            "de",
            "In Berlin wurden die Stimmen ohne Beobachter gezählt",
            "In Berlin wurden die Stimmen gezählt, es gab keine Beobachter",
            None,
            "ohne Beobachter = keine Beobachter",
        ),
        (
            "ar",
            "لا يحق لمن هم دون 18 عاما التصويت",
            "لا يحق لمن هم أقل من 18 عاما التصويت",
            None,
            "دون 18 = أقل من 18: under, not without",
        ),
        (
            "ar",
            "لا يحق لمن هم دون سن 18 التصويت",
            "لا يحق لمن هم تحت سن 18 التصويت",
            None,
            "دون سن 18 = تحت سن 18",
        ),
        (
            "ar",
            "يحق لمن هم دون 18 عاما التصويت",
            "يحق لمن هم فوق 18 عاما التصويت",
            QUANTITY,
            "دون 18 / فوق 18: a bound turned over",
        ),
    ]
)


@pytest.mark.parametrize("pair", ROWS, ids=[f"{pair.language}-{pair.why[:30]}" for pair in ROWS])
def test_without_reads_as_with_no(pair: Pair) -> None:
    found = find_conflict(pair.message, pair.claim)
    assert (found.kind if found else None) == pair.expected, found
