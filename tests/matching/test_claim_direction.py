"""A span turned round and a bound turned over (`claim_direction`), through the guard's
`find_conflict`: each pair in several languages, and retellings that keep the direction."""

from __future__ import annotations

import pytest

from matching.claim_contradiction import find_conflict
from matching.claim_direction import turned_round
from matching.conflicts import ConflictKind


@pytest.mark.parametrize(
    ("message", "claim"),
    [
        pytest.param(
            "Polls moved from Monday to Sunday 9 March due to rain, Sunday ballots not counted",
            "The election has been moved from Sunday to Monday 9 March because of heavy rain, "
            "so ballots cast on Sunday will not be counted",
            id="en weekdays",
        ),
        pytest.param(
            "la votación pasa del 16 al 9 de marzo por la lluvia",
            "la votación pasa del 9 al 16 de marzo por la lluvia",
            id="es day numbers",
        ),
        pytest.param(
            "le scrutin est déplacé du lundi au dimanche à cause des pluies",
            "le scrutin est déplacé du dimanche au lundi à cause des pluies",
            id="fr weekdays",
        ),
        pytest.param(
            "a apuração foi transferida do domingo para a segunda-feira",
            "a apuração foi transferida da segunda-feira para o domingo",
            id="pt weekdays with articles",
        ),
        pytest.param(
            "die Wahl wird von Sonntag auf Montag verschoben",
            "Die Wahl wird von Montag auf Sonntag verschoben",
            id="de weekdays",
        ),
        pytest.param(
            "نقل موعد الانتخابات من الاثنين إلى الأحد بسبب الأمطار",
            "نقل موعد الانتخابات من الأحد إلى الاثنين بسبب الأمطار",
            id="ar weekdays",
        ),
        pytest.param(
            "votes were moved from the governing party to the opposition overnight",
            "votes were moved from the opposition to the governing party overnight",
            id="en who gains",
        ),
        pytest.param(
            "Polls moved to Sunday from Monday 9 March",
            "The election has been moved from Sunday to Monday 9 March",
            id="en to-phrase first",
        ),
        pytest.param(
            "Early voting runs from Friday until Monday",
            "Early voting runs from Monday to Friday",
            id="en until",
        ),
        pytest.param(
            "le scrutin dure du lundi jusqu'au dimanche",
            "le scrutin dure du dimanche au lundi",
            id="fr jusqu'au",
        ),
        pytest.param(
            "a votação vai de segunda até domingo",
            "a votação vai de domingo a segunda",
            id="pt até",
        ),
        pytest.param(
            "die Wahl dauert von Montag bis zum Sonntag",
            "Die Wahl dauert von Sonntag bis Montag",
            id="de bis zum",
        ),
        pytest.param(
            "التصويت من الاثنين حتى الأحد",
            "التصويت من الأحد إلى الاثنين",
            id="ar حتى",
        ),
    ],
)
def test_a_span_turned_round_is_a_conflict(message: str, claim: str) -> None:
    conflict = find_conflict(message, claim)
    assert conflict is not None and conflict.kind is ConflictKind.ORDER, conflict
    assert turned_round(claim, message) is not None  # either way round


@pytest.mark.parametrize(
    ("message", "claim"),
    [
        pytest.param(
            "Menos de 20.000 personas fallecidas votaron en las elecciones",
            "Más de 20.000 personas fallecidas votaron en las últimas elecciones",
            id="es",
        ),
        pytest.param(
            "fewer than 5,000 ballots were found in the river",
            "more than 5,000 ballots were found in the river",
            id="en",
        ),
        pytest.param(
            "moins de 300 bureaux de vote ouvriront en retard",
            "plus de 300 bureaux de vote ouvriront en retard",
            id="fr",
        ),
        pytest.param(
            "mais de 70 mil eleitores foram retirados do cadastro",
            "menos de 70 mil eleitores foram retirados do cadastro",
            id="pt",
        ),
        pytest.param(
            "أقل من 20 ألف ناخب متوفى صوتوا في الانتخابات",
            "أكثر من 20 ألف ناخب متوفى صوتوا في الانتخابات",
            id="ar",
        ),
        pytest.param(
            "up to 3,000 ballots were found in the river",
            "at least 3,000 ballots were found in the river",
            id="en up to / at least",
        ),
        pytest.param(
            "hasta 20.000 personas fallecidas votaron",
            "al menos 20.000 personas fallecidas votaron",
            id="es hasta / al menos",
        ),
        pytest.param(
            "por debajo de 300 mesas abrirán tarde",
            "por encima de 300 mesas abrirán tarde",
            id="es por debajo / por encima",
        ),
        pytest.param(
            "au plus 300 bureaux de vote ouvriront en retard",
            "au moins 300 bureaux de vote ouvriront en retard",
            id="fr au plus / au moins",
        ),
        pytest.param(
            "jusqu'à 300 bureaux de vote ouvriront en retard",
            "plus de 300 bureaux de vote ouvriront en retard",
            id="fr jusqu'à / plus de",
        ),
        pytest.param(
            "pelo menos 70 mil eleitores foram retirados do cadastro",
            "até 70 mil eleitores foram retirados do cadastro",
            id="pt pelo menos / até",
        ),
        pytest.param(
            "eleitores acima de 70 anos estão proibidos de votar",
            "eleitores abaixo de 70 anos estão proibidos de votar",
            id="pt acima / abaixo",
        ),
        pytest.param(
            "Bis zu 5.000 Stimmzettel wurden gefunden",
            "Mindestens 5.000 Stimmzettel wurden gefunden",
            id="de bis zu / mindestens",
        ),
        pytest.param(
            "ما لا يقل عن 20 ألف ناخب متوفى صوتوا",
            "أقل من 20 ألف ناخب متوفى صوتوا",
            id="ar ما لا يقل عن / أقل من",
        ),
        pytest.param(
            "fewer than twenty thousand dead people voted",
            "more than 20,000 dead people voted",
            id="en a number in words",
        ),
        pytest.param(
            "menos de 20 mil personas fallecidas votaron",
            "más de 20.000 personas fallecidas votaron",
            id="es 20 mil / 20.000",
        ),
        pytest.param(
            "less than 20k dead people voted",
            "more than 20,000 dead people voted",
            id="en 20k / 20,000",
        ),
    ],
)
def test_a_bound_turned_over_is_a_conflict(message: str, claim: str) -> None:
    conflict = find_conflict(message, claim)
    assert conflict is not None and conflict.kind is ConflictKind.QUANTITY, conflict
    assert turned_round(claim, message) is not None  # either way round


@pytest.mark.parametrize(
    ("message", "claim"),
    [
        pytest.param(
            "Election moved from Sunday to Monday 9 March due to rain!!",
            "The election has been moved from Sunday to Monday 9 March because of heavy rain",
            id="same direction",
        ),
        pytest.param(
            "they moved the vote to Monday, not Sunday anymore",
            "The election has been moved from Sunday to Monday because of heavy rain",
            id="a span on one side only",
        ),
        pytest.param(
            "más de 20.000 muertos votaron, dicen",
            "Más de 20.000 personas fallecidas votaron en las últimas elecciones",
            id="same bound",
        ),
        pytest.param(
            "20.000 muertos votaron en las elecciones",
            "Más de 20.000 personas fallecidas votaron en las elecciones",
            id="a bound on one side only",
        ),
        pytest.param(
            "from Monday to Friday the office is open from 8 to 6",
            "the office is open from Monday to Friday, from 8 to 6",
            id="two spans kept",
        ),
        pytest.param(
            "Free buses from Lagos to Abuja and back from Abuja to Lagos on election day",
            "Free buses from Lagos to Abuja on election day",
            id="both ways on one side",
        ),
        pytest.param(
            "moved from Sunday to Monday, not from Monday to Sunday",
            "The election was moved from Sunday to Monday",
            id="the other way denied",
        ),
        pytest.param(
            "Pas moins de 20 000 électeurs inscrits ont disparu",
            "Plus de 20 000 électeurs inscrits ont disparu",
            id="a negated bound",
        ),
        pytest.param(
            "Voters must not be under 18 to register",
            "Voters must be at least 18 to register",
            id="a negated bound, two words before",
        ),
        pytest.param(
            "Ballots under 500 g are rejected, over 500 g accepted",
            "Ballots over 500 g are accepted, under 500 g rejected",
            id="both bounds on both sides",
        ),
        pytest.param(
            "At least 20,000 dead people voted",
            "No fewer than 20,000 dead people voted",
            id="at least / no fewer than",
        ),
        pytest.param(
            "At least 3,000 ballots were found",
            "More than 3,000 ballots were found",
            id="at least / more than: both from above",
        ),
        pytest.param(
            "Up to 5 ballots per voter",
            "A maximum of 5 ballots per voter",
            id="up to / a maximum of",
        ),
        pytest.param(
            "até 2 acompanhantes por eleitor",
            "no máximo 2 acompanhantes por eleitor",
            id="até / no máximo",
        ),
        pytest.param(
            "hasta las 18 horas, más de 18 mesas",
            "más de 18 mesas abren hasta las 18 horas",
            id="hasta before an article is no bound",
        ),
        pytest.param(
            "The election has been moved to Monday from Sunday",
            "The election has been moved from Sunday to Monday",
            id="to-phrase first, the same way",
        ),
        pytest.param(
            "Early voting runs from Monday until Friday",
            "Early voting runs from Monday to Friday",
            id="until / to, the same way",
        ),
        pytest.param(
            "Over 20k dead people voted",
            "More than twenty thousand dead people voted",
            id="20k / twenty thousand, the same bound",
        ),
        pytest.param(
            "fewer than 20 people found more than 20,000 ballots",
            "more than 20,000 ballots were found by fewer than 20 people",
            id="20 and 20 000 are two numbers",
        ),
        pytest.param(
            "the office is open from 8 to 6 from Monday to Friday",
            "the office is open from Monday to Friday, from 8 to 6",
            id="a to-word closing one span is not read to-phrase first",
        ),
        pytest.param(
            "you can register to vote from home",
            "voters can go from home to vote",
            id="to-phrase first, the same way, a verb",
        ),
    ],
)
def test_a_retelling_that_keeps_the_direction_is_left_alone(message: str, claim: str) -> None:
    assert turned_round(message, claim) is None


@pytest.mark.parametrize(
    ("message", "claim", "flipped"),
    [
        pytest.param(
            "لم تعلن الهيئة تأجيل الانتخابات شهراً كاملاً",
            "أعلنت الهيئة تأجيل الانتخابات شهراً كاملاً بسبب الحر",
            True,
            id="negated imperfect, stated perfect",
        ),
        pytest.param(
            "لا أعلم إن كان صحيحا أن الانتخابات ستؤجل",
            "هل تعلم أن الانتخابات ستؤجل",
            False,
            id="I do not know / do you know",
        ),
        pytest.param(
            "سيقطعون الانترنت يوم الانتخابات حتى لا تنشر النتائج",
            "سيتم قطع الإنترنت يوم الانتخابات لمنع نشر النتائج",
            False,
            id="so that it is not published / to prevent publishing",
        ),
    ],
)
def test_an_arabic_verb_negated_in_another_form(message: str, claim: str, flipped: bool) -> None:
    conflict = find_conflict(message, claim)
    assert (conflict is not None and conflict.kind is ConflictKind.NEGATION) is flipped, conflict


@pytest.mark.parametrize(
    ("message", "claim", "bound"),
    [
        pytest.param("voters 18 and over", "voters under 18", "18 and over", id="after / before"),
        pytest.param(
            "no more than 40 observers", "more than 40 observers", "no more than 40", id="negated"
        ),
        pytest.param("40 observers more or less", "40 observers or more", None, id="more or less"),
        pytest.param("18 years or older", "at least 18", None, id="the same side"),
    ],
)
def test_a_bound_after_its_number_or_negated_reads_as_its_side(
    message: str, claim: str, bound: str | None
) -> None:
    conflict = turned_round(message, claim)
    assert (conflict.message_value if conflict else None) == bound


@pytest.mark.parametrize(
    ("message", "claim", "bound"),
    [
        pytest.param("only 18+ can vote", "only under 18 can vote", "18+", id="after"),
        pytest.param("réservé aux +18 ans", "réservé aux moins de 18 ans", "+18", id="before"),
        pytest.param("only 18+ can vote", "only 18 and over can vote", None, id="the same side"),
        pytest.param("5+18 voters", "under 18 voters", None, id="a sum"),
        pytest.param("call +1 202 555 0100", "under 1 voter", None, id="a phone number"),
        pytest.param("18+5 ballots", "under 18 ballots", None, id="a number going on"),
    ],
)
def test_a_plus_sign_bounds_its_number_from_above(
    message: str, claim: str, bound: str | None
) -> None:
    conflict = turned_round(message, claim)
    assert (conflict.message_value if conflict else None) == bound
