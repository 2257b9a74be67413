"""How the guard reads a text (`matching.claim_reading`, `matching.claim_negation`): the
one-pass search for each word's next content word against the obvious search from each word, and
what is said of all or some."""

from __future__ import annotations

import pytest

from matching.claim_function_words import FOLDED_FUNCTION_WORDS
from matching.claim_negation import is_negator, next_contents
from matching.claim_reading import _words, read
from matching.claim_stance import Stance, Stances
from matching.claim_words import Word

TEXTS = (
    "Ballots from abroad will NOT be counted on election night, they get counted later",
    "on peut pas voter en ligne cette année",
    "Não vão contar os votos do exterior no domingo, só na segunda",
    "لن يتم قطع الإنترنت يوم الانتخابات",
    "the of and to 1 2 3 4 5 6 7 8 9 not never a the",
    "",
    "Vote now " + " ".join(str(number) for number in range(300)),
)


def _next_content_naively(words: list[Word], position: int, portuguese: bool) -> str | None:
    for at in range(position + 1, len(words)):
        folded = words[at].folded
        if (
            folded not in FOLDED_FUNCTION_WORDS
            and not any(char.isdigit() for char in folded)
            and not is_negator(words, at, portuguese)
        ):
            return words[at].stem
    return None


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("portuguese", [False, True])
def test_the_one_pass_next_content_word_is_the_naive_one(text: str, portuguese: bool) -> None:
    words = _words(text)
    assert next_contents(words, portuguese) == [
        _next_content_naively(words, position, portuguese) for position in range(len(words))
    ]


def test_what_is_said_of_all_or_of_some() -> None:
    assert read("Trasladaron todas las mesas al estadio").all_of == {"mesa": "todas las mesas"}
    assert read("Solo trasladaron UNA mesa al estadio").some_of == {"mesa": "UNA mesa"}
    assert read("Some polling stations close at noon").some_of == {"polling": "Some polling"}
    # each one of them is all of them; an article and a number say no "some"
    assert read("Each one of the polling stations closes at 6pm").all_of == {
        "polling": "Each one of the polling"
    }
    assert not read("Each one of the polling stations closes at 6pm").some_of
    assert not read("Un votante puede votar en cualquier mesa").some_of
    assert not read("The 500 polling stations close at 7pm").some_of


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("2000 ballots were burned", True),
        ("2000 fake ballots were burned", True),
        ("près de 2000 électeurs", True),
        ("In 2020 voters chose", False),
        ("the 2020 election", False),
        ("في عام 2019 صوت الناخبون", False),
        ("around 2000 protesters were arrested", True),
        ("alrededor de 2000 manifestantes", True),
        ("Around 2000, the law changed", False),
        ("the law changed around 2000", False),
        ("in around 2000 protesters marched", False),
    ],
)
def test_a_bare_four_digit_number_is_a_count_or_a_year(text: str, count: bool) -> None:
    reading = read(text)
    year = next(value for value in ("2000", "2020", "2019") if value in text)
    assert (year in reading.numbers, year in reading.dates) == (count, not count)


@pytest.mark.parametrize(
    ("text", "stances"),
    [
        ("vote against the referendum", {("referendum", Stance.AGAINST): "against"}),
        ("votar a favor de la reforma", {("reform", Stance.FOR): "a favor de"}),
        ("für das Gesetz zu stimmen", {("gesetz", Stance.FOR): "für"}),
        ("the mayor supports the plan", {("plan", Stance.FOR): "supports"}),
        ("voted for the first time", {("first", Stance.FOR): "for"}),
        ("did not vote for the bill", {}),  # no side: they may have stayed at home
        ("supported by the mayor", {}),  # who supports, not what
        ("a prize for the best photo", {}),  # "for" without a vote takes no side
    ],
)
def test_the_side_a_text_takes_and_on_what(text: str, stances: Stances) -> None:
    assert read(text).stances == stances


@pytest.mark.parametrize(
    ("text", "shifted"),
    [
        ("The vote falls on a Tuesday so we will call it Twosday", False),
        ("Polling stations close at 5pm so vote early", False),
        ("Os eleitores só podem votar com o título", True),
        ("SÓ quem tem título pode votar", True),
        ("Only voters with a card can vote", True),
    ],
)
def test_only_the_portuguese_so_with_its_accent_narrows_a_claim(text: str, shifted: bool) -> None:
    """The Portuguese "só" folds to "so": the English "so" was read as "only" (decision 148)."""
    assert any(token.shifter for token in read(text).tokens) == shifted
