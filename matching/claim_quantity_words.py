"""Word tables the contradiction guard reads quantities with, beyond the number itself: what
makes a bare four-digit number a count rather than a year, bounds written after their number,
and the comparatives a negation turns into a bound instead of negating what follows.

English, Spanish, French, Portuguese, German and Arabic, written as voters write them; each
table is folded by its reader (`claim_numbers`, `claim_direction`, `claim_negation`). Apart
from `contradiction_words`, which holds the tables of the other checks.
"""

from __future__ import annotations


def _w(words: str) -> tuple[str, ...]:
    """The words of a table line."""
    return tuple(words.split())


def _p(phrases: str) -> tuple[str, ...]:
    """The phrases of a table line, "|" between them."""
    return tuple(phrases.split("|"))


# Nouns that are counted: a bare four-digit number right before one (or before one word and
# then one) is a count, not a year ("2000 ballots", "2000 fake ballots", "2000 votos nulos"),
# so that "2000 ballots" meets "20,000 ballots" as a number. A final "*" is a prefix. Left
# out: "election", "vote" as the event ("the 2020 vote"): the year names which one.
COUNTED_NOUNS = _w(
    # English
    "ballot* votes voter* people persons citizen* resident* polling stations booths "
    "box boxes papers cards signatures names dead deaths corpses machines observers "
    "officials envelopes forms soldiers police officers workers members "
    # Spanish
    "boleta* papeleta* votos votante* elector* personas ciudadan* mesas urnas cédula* "
    "firma* muerto* fallecid* actas sobres tarjeta* "
    # French
    "bulletin* voix électeur* électrice* personnes citoyen* bureaux urnes procuration* "
    "enveloppe* cartes morts "
    # Portuguese
    "boletim boletins cédula* eleitor* pessoa* cidadão* cidadãos seções secções urna* "
    "assinatura* mortos títulos "
    # German
    "stimmen stimmzettel wähler* menschen personen bürger* wahllokal* urnen unterschrift* "
    "tote* "
    # Arabic (after its prefixes: "الأصوات" is read "اصوات")
    "صوت اصوات ناخب* بطاق* ورق* شخص اشخاص مواطن* مركز مراكز صندوق صناديق"
)

# Words right before a bare four-digit number that make it a count ("more than 2000", "près
# de 2000", "حوالي 2000"), as folded phrases. Left out: bounds that also close a time ("until",
# "hasta", "jusqu'à"), and the words that also place a year (`TIME_OR_COUNT_WORDS`).
COUNT_WORDS = _p(
    "more than|fewer than|less than|at least|at most|nearly|almost|approximately|roughly|some"
    "|about|a total of"
    "|más de|menos de|al menos|casi|cerca de|unos|unas|aproximadamente|un total de"
    "|plus de|moins de|au moins|près de|presque|environ|quelque|quelques|un total de"
    "|mais de|menos de|pelo menos|quase|cerca de|um total de"
    "|mehr als|weniger als|mindestens|fast|knapp|rund|etwa|insgesamt"
    "|اكثر من|اقل من|حوالي|حوالى|نحو|قرابة|زهاء|ما يقارب"
)

# Words that say "about" of a count as often as of a year: "around 2000 protesters", "around
# 2000, the law changed". Before a bare four-digit number they make it a count unless the
# number ends its clause (a comma, a full stop, the end: the year a sentence opens with) or a
# year word comes before them ("in around 2000").
TIME_OR_COUNT_WORDS = _p(
    "around"
    "|alrededor de|en torno a"
    "|autour de|aux alentours de"
    "|em torno de|por volta de|ao redor de"
    "|über|ueber|um die|an die"
)

# Words right before a four-digit number that keep it a year even before a counted noun: "in
# 2020 voters chose", "since 2016 ballots have", "بعد 2020 الناخبون".
YEAR_WORDS = _w(
    "in since by after before until year "
    "en desde tras antes año "
    "depuis après avant année "
    "em desde após antes ano "
    "im seit nach vor bis jahr "
    "في منذ بعد قبل عام سنة"
)

# Bounds said after their number (and at most one word, its unit: "18 years and over", "18
# ans et plus", "18 años o más", "18 عاما فما فوق"), from above and from below, as folded
# phrases. Left out: a lone "plus" ("3 jours plus tard").
ABOVE_AFTER = _p(
    "and over|or over|and above|or above|and older|or older|or more|and more|and up|or higher"
    "|o mas|y mas|o mayores|en adelante|para arriba"
    "|et plus|ou plus|et au dela|et au dessus|ou davantage"
    "|ou mais|e mais|para cima|ou acima"
    "|und mehr|oder mehr|und alter|oder alter|und daruber"
    "|فما فوق|وما فوق|فاكثر|او اكثر|واكثر"
)
BELOW_AFTER = _p(
    "or younger|and younger|or under|and under|or less|or fewer|and below|or below|or lower"
    "|o menos|y menos|o menores|para abajo"
    "|ou moins|et moins|et en dessous"
    "|ou menos|e menos|para baixo"
    "|oder weniger|und weniger|und junger|oder junger|und darunter"
    "|فما دون|وما دون|فاقل|او اقل"
)

# Comparatives that a negation right before them turns into a bound, not a denial: "pas moins
# de 300" is "au moins 300", "not less than" "at least", "nada menos que", "nicht weniger
# als", "não menos de"; "no more than" is "at most". Each with the words that join it to its
# number: only then is the negation read as the bound's.
NEGATED_COMPARATIVES = _p(
    "less than|fewer than|more than"
    "|menos de|menos que|mas de|mas que"
    "|moins de|moins que|plus de|plus que"
    "|mais de|mais que"
    "|weniger als|mehr als"
)
