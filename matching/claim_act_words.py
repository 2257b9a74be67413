"""Word tables of what a text asks of voters (`claim_acts` reads them): taking part in the vote
or staying away from it, the other side of a race, and the election named in other words.
English, Spanish, French, Portuguese, German and Arabic; a final "*" is a prefix, and an Arabic
word is also read after its prefixes ("لمنافسها" is "منافسها"). Apart from `contradiction_words`,
which holds the tables of the other checks.
"""

from __future__ import annotations


def _w(words: str) -> tuple[str, ...]:
    """The words of a table line."""
    return tuple(words.split())


def _p(phrases: str) -> tuple[str, ...]:
    """The phrases of a table line, "|" between them."""
    return tuple(phrases.split("|"))


# The election named in other words: voting words (`VOTING_WORDS`) too, so that "Polls moved to
# Sunday" retells "Election moved to Sunday". English "polls" only in the plural: "a poll" is
# a survey. Left out: "urnas", "urnes" (ballot boxes as often as the vote).
ELECTION_NAMES = _w(
    "polls présidentielle présidentielles législatives presidenciales presidenciais urnengang"
)

# Staying away from the vote, in one word...
ABSTAIN_WORDS = _w(
    "boycott* abstain* abstention* "
    "boicot* abstener* abstengan abstención abstencion* "
    "abstenir abstiens abstenez abstiennent "
    "abster* abstenham abstenção abstencao "
    "boykott* enthaltung* "
    "مقاطع* يقاطع* قاطعوا"
)
# ...or in a phrase: staying at home on election day.
ABSTAIN_PHRASES = _p(
    "stay home|stay at home|stayed home|stayed at home|staying home|staying at home|stay away"
    "|quedarse en casa|quedense en casa|quedarse en sus casas|quedarnos en casa"
    "|rester chez|restez chez|rester a la maison|restez a la maison"
    "|ficar em casa|fiquem em casa|ficarem em casa"
    "|zu hause bleiben|zuhause bleiben|daheim bleiben"
    "|البقاء في المنزل|البقاء في البيت|البقاء في منازلهم|ابقوا في"
)
# Taking part in the vote (besides voting itself, which `VOTING_WORDS` reads).
TAKE_PART_WORDS = _w("particip* teilnehm* teilzunehm* beteilig* مشارك* يشارك* شاركوا")
TAKE_PART_PHRASES = _p(
    "take part|taking part|took part|turn out|go to the polls|tomar parte|prendre part"
    "|aller voter|ir a votar|ir votar"
)
# The other side of a race: "vote for her rival", "votar por su contrincante".
OPPONENT_WORDS = _w(
    "rival* opponent* challenger* adversar* contrincante* oponente* "
    "adversaire* opposant* gegner* gegenkandidat* konkurrent* "
    "منافس* خصم* غريم*"
)
