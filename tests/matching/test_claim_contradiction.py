"""The contradiction guard: a message that says something else than the matched claim is never
answered automatically, and the desk is told why; paraphrases are still answered."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
import pytest

from benchmarks.contradiction_pairs import (
    DATE,
    DESIGN,
    NUM,
    OUT,
    QUANTITY,
    SUBJECT,
    WORDING,
    Pair,
)
from benchmarks.sample_wordings import sample_matcher
from matching import Decision, TextIndex, decide, load_bundled_encoder
from matching.claim_contradiction import Conflict, ConflictKind, find_conflict
from matching.hits import Hit, Signal
from matching.thresholds import DEFAULT_ANSWER_THRESHOLD, DEFAULT_SUGGEST_THRESHOLD

ENCODER = load_bundled_encoder()


@pytest.mark.parametrize(
    "pair", DESIGN, ids=[f"{pair.language}-{pair.why[:30]}" for pair in DESIGN]
)
def test_the_pair_table(pair: Pair) -> None:
    found = find_conflict(pair.message, pair.claim)
    assert (found.kind if found else None) == pair.expected, found


# Design rows (decision 141, with the brief's four gaps): a bare four-digit count that is no
# year, bounds said after their number, the vote given to the other side or an act turned
# round, and paraphrases the guard flagged (a negated comparative that says "at least", the
# election named "the polls"); then the side taken turned round ("vote for" / "against"),
# "18+" and "+18", two sides that traded roles, and "around" before a count. In the format of
# `contradiction_pairs.DESIGN`: language, message, claim, expected kind (None: must be left
# alone), why.
COUNTS_BOUNDS_AND_ACTS: tuple[Pair, ...] = tuple(
    Pair(*row)
    for row in [
        # --- 1. a bare four-digit count is a count, not a year ---
        (
            "en",
            "2000 ballots were burned in Kano last night",
            "20,000 ballots were burned in Kano last night",
            NUM,
            "a bare 2000 before a counted noun is a count",
        ),
        (
            "en",
            "Officials found nearly 1990 forged voter cards",
            "Officials found nearly 19,900 forged voter cards",
            NUM,
            "a count word before 1990",
        ),
        (
            "fr",
            "On a retrouvé 2000 bulletins déchirés derrière la mairie",
            "On a retrouvé 20 000 bulletins déchirés derrière la mairie",
            NUM,
            "2000 avant un nom compté",
        ),
        (
            "es",
            "Anularon 2000 votos en la mesa 14",
            "Anularon 20.000 votos en la mesa 14",
            NUM,
            "2000 antes de un nombre contado",
        ),
        (
            "pt",
            "Sumiram cerca de 2000 urnas no interior",
            "Sumiram cerca de 12.000 urnas no interior",
            NUM,
            "palavra de contagem antes de 2000",
        ),
        (
            "de",
            "In Köln wurden 2000 Stimmzettel doppelt gedruckt",
            "In Köln wurden 20.000 Stimmzettel doppelt gedruckt",
            NUM,
            "2000 vor einem gezählten Nomen",
        ),
        (
            "ar",
            "تم حرق 2000 ورقة اقتراع في كانو",
            "تم حرق 20000 ورقة اقتراع في كانو",
            NUM,
            "2000 قبل اسم معدود",
        ),
        (
            "en",
            "2000 ballots were burned in Kano",
            "2,000 ballots were burned in Kano",
            None,
            "the same count written with and without a separator",
        ),
        (
            "en",
            "In 2020 voters in Kano burned ballots",
            "Voters in Kano burned ballots in 2020",
            None,
            "a year before a counted noun, after 'in', stays the year",
        ),
        (
            "en",
            "The 2016 election was rigged in Ohio",
            "The 2020 election was rigged in Ohio",
            DATE,
            "years still compared as years",
        ),
        (
            "fr",
            "Depuis 2016 électeurs et élus se méfient du vote en ligne",
            "Les électeurs et les élus se méfient du vote en ligne depuis 2016",
            None,
            "depuis 2016: une année",
        ),
        (
            "es",
            "Casi 2000 mesas abrieron tarde en Lima",
            "Casi 2.000 mesas abrieron tarde en Lima",
            None,
            "el mismo número, con y sin punto",
        ),
        (
            "pt",
            "Em 2018 eleitores de Recife votaram em cédulas de papel",
            "Eleitores de Recife votaram em cédulas de papel em 2018",
            None,
            "em 2018: um ano",
        ),
        (
            "ar",
            "في عام 2019 صوت الناخبون في تونس مرتين",
            "صوت الناخبون في تونس مرتين في عام 2019",
            None,
            "عام 2019: سنة",
        ),
        # --- 2. bounds written after their number ---
        (
            "en",
            "Voters aged 18 and over can vote by post",
            "Only voters under 18 can vote by post",
            QUANTITY,
            "18 and over against under 18",
        ),
        (
            "en",
            "Anyone 65 or older may vote from home",
            "Anyone younger than 65 may vote from home",
            QUANTITY,
            "65 or older against younger than 65",
        ),
        (
            "fr",
            "Les électeurs de 70 ans et plus votent par procuration",
            "Les électeurs de moins de 70 ans votent par procuration",
            QUANTITY,
            "70 ans et plus / moins de 70 ans",
        ),
        (
            "es",
            "Pueden votar desde casa los mayores de 60 años",
            "Pueden votar desde casa quienes tienen 60 años o menos",
            QUANTITY,
            "mayores de 60 / 60 años o menos",
        ),
        (
            "pt",
            "Só podem votar pelo aplicativo os menores de 25 anos",
            "Só podem votar pelo aplicativo os eleitores com 25 anos ou mais",
            QUANTITY,
            "menores de 25 / 25 anos ou mais",
        ),
        (
            "de",
            "Ab 16 darf man bei der Kommunalwahl wählen",
            "Unter 16 darf man bei der Kommunalwahl wählen",
            QUANTITY,
            "ab 16 / unter 16",
        ),
        (
            "ar",
            "يحق التصويت للمواطنين من 18 عاما فما فوق",
            "يحق التصويت للمواطنين أقل من 18 عاما",
            QUANTITY,
            "فما فوق / أقل من",
        ),
        (
            "en",
            "Voters aged 18 and over can vote by post",
            "Voters 18 or older can vote by post",
            None,
            "the same bound in other words",
        ),
        (
            "en",
            "Voters aged 18 and over can vote by post",
            "Voters aged at least 18 can vote by post",
            None,
            "after the number / before it",
        ),
        (
            "fr",
            "Les électeurs de 70 ans et plus votent par procuration",
            "Les électeurs de plus de 70 ans votent par procuration",
            None,
            "et plus / plus de",
        ),
        (
            "es",
            "Pueden votar desde casa los mayores de 60 años",
            "Pueden votar desde casa quienes tienen 60 años o más",
            None,
            "mayores de / o más",
        ),
        (
            "pt",
            "Os maiores de 70 anos não são obrigados a votar",
            "Eleitores com 70 anos ou mais não são obrigados a votar",
            None,
            "maiores de / ou mais",
        ),
        (
            "de",
            "Ab 16 darf man bei der Kommunalwahl wählen",
            "Mit 16 Jahren und älter darf man bei der Kommunalwahl wählen",
            None,
            "ab 16 / 16 Jahren und älter",
        ),
        (
            "ar",
            "يحق التصويت للمواطنين من 18 عاما فما فوق",
            "يحق التصويت للمواطنين فوق 18 عاما",
            None,
            "فما فوق / فوق",
        ),
        # --- 3. who the vote is for; an act turned round ---
        (
            "en",
            "The candidate told her supporters to vote for her rival",
            "The candidate told her supporters to vote for her",
            SUBJECT,
            "the vote given to the other side",
        ),
        (
            "en",
            "The commission urged voters to stay at home on Sunday",
            "The commission urged voters to go to the polls on Sunday",
            OUT,
            "staying at home against going to the polls",
        ),
        (
            "en",
            "The union told its members to take part in the election",
            "The union told its members to boycott the election",
            OUT,
            "taking part against boycotting",
        ),
        (
            "fr",
            "Le maire a demandé aux habitants de voter pour son adversaire",
            "Le maire a demandé aux habitants de voter pour lui",
            SUBJECT,
            "le vote pour l'adversaire",
        ),
        (
            "fr",
            "Le parti appelle ses militants à boycotter le scrutin de dimanche",
            "Le parti appelle ses militants à participer au scrutin de dimanche",
            OUT,
            "boycotter / participer",
        ),
        (
            "es",
            "La alcaldesa pidió a sus votantes que votaran por su contrincante",
            "La alcaldesa pidió a sus votantes que votaran por ella",
            SUBJECT,
            "el voto para el contrincante",
        ),
        (
            "es",
            "El sindicato llamó a sus afiliados a abstenerse en la consulta",
            "El sindicato llamó a sus afiliados a votar en la consulta",
            OUT,
            "abstenerse / votar",
        ),
        (
            "pt",
            "O prefeito pediu aos eleitores que votassem no adversário dele",
            "O prefeito pediu aos eleitores que votassem nele",
            SUBJECT,
            "o voto no adversário",
        ),
        (
            "pt",
            "A igreja pediu aos fiéis para ficar em casa no domingo da eleição",
            "A igreja pediu aos fiéis para ir votar no domingo da eleição",
            OUT,
            "ficar em casa / ir votar",
        ),
        (
            "de",
            "Die Partei ruft ihre Anhänger auf, die Wahl zu boykottieren",
            "Die Partei ruft ihre Anhänger auf, an der Wahl teilzunehmen",
            OUT,
            "boykottieren / teilnehmen",
        ),
        (
            "ar",
            "دعت المرشحة أنصارها إلى التصويت لمنافسها",
            "دعت المرشحة أنصارها إلى التصويت لها",
            SUBJECT,
            "التصويت للمنافس",
        ),
        (
            "ar",
            "دعا الحزب أنصاره إلى مقاطعة الانتخابات البلدية",
            "دعا الحزب أنصاره إلى المشاركة في الانتخابات البلدية",
            OUT,
            "مقاطعة / المشاركة",
        ),
        (
            "en",
            "The candidate asked her supporters to vote for her, not for her rival",
            "The candidate told her supporters to vote for her",
            None,
            "the rival named to be denied the vote",
        ),
        (
            "en",
            "The commission urged voters to go out and vote on Sunday",
            "The commission urged voters to go to the polls on Sunday",
            None,
            "voting said two ways",
        ),
        (
            "fr",
            "Le parti appelle ses militants à aller voter dimanche",
            "Le parti appelle ses militants à participer au scrutin de dimanche",
            None,
            "aller voter / participer au scrutin",
        ),
        (
            "es",
            "La alcaldesa pidió a sus votantes que votaran por ella y no por su contrincante",
            "La alcaldesa pidió a sus votantes que votaran por ella",
            None,
            "el contrincante negado",
        ),
        (
            "pt",
            "A igreja pediu aos fiéis para não ficar em casa e ir votar no domingo",
            "A igreja pediu aos fiéis para ir votar no domingo da eleição",
            None,
            "ficar em casa negado",
        ),
        (
            "ar",
            "دعا الحزب أنصاره إلى المشاركة بقوة في الانتخابات البلدية",
            "دعا الحزب أنصاره إلى المشاركة في الانتخابات البلدية",
            None,
            "المشاركة بقوة",
        ),
        # --- 4. paraphrases that were flagged: a negated comparative, the polls ---
        (
            "fr",
            "Pas moins de 300 bureaux de vote sont restés fermés",
            "Au moins 300 bureaux de vote sont restés fermés",
            None,
            "pas moins de = au moins",
        ),
        (
            "en",
            "No fewer than 300 polling stations stayed closed",
            "At least 300 polling stations stayed closed",
            None,
            "no fewer than = at least",
        ),
        (
            "en",
            "Not less than 40 observers were expelled",
            "More than 40 observers were expelled",
            None,
            "not less than: from above, as more than",
        ),
        (
            "es",
            "Nada menos que 300 mesas no abrieron",
            "Al menos 300 mesas no abrieron",
            None,
            "nada menos que = al menos",
        ),
        (
            "pt",
            "Não menos de 300 seções ficaram fechadas",
            "Pelo menos 300 seções ficaram fechadas",
            None,
            "não menos de = pelo menos",
        ),
        (
            "de",
            "Nicht weniger als 300 Wahllokale blieben geschlossen",
            "Mindestens 300 Wahllokale blieben geschlossen",
            None,
            "nicht weniger als = mindestens",
        ),
        (
            "ar",
            "ما لا يقل عن 300 مركز اقتراع بقيت مغلقة",
            "أكثر من 300 مركز اقتراع بقيت مغلقة",
            None,
            "لا يقل عن = أكثر من",
        ),
        (
            "en",
            "Polls moved to Sunday because of the floods",
            "Election moved to Sunday because of the floods",
            None,
            "polls name the election",
        ),
        (
            "fr",
            "La présidentielle est reportée à dimanche à cause des inondations",
            "L'élection est reportée à dimanche à cause des inondations",
            None,
            "la présidentielle est l'élection",
        ),
        (
            "fr",
            "Pas moins de 300 bureaux de vote sont restés fermés",
            "Moins de 300 bureaux de vote sont restés fermés",
            QUANTITY,
            "pas moins de / moins de: opposite bounds",
        ),
        (
            "en",
            "No more than 40 observers were expelled",
            "More than 40 observers were expelled",
            QUANTITY,
            "no more than / more than",
        ),
        (
            "es",
            "Nada menos que 300 mesas no abrieron",
            "Menos de 300 mesas no abrieron",
            QUANTITY,
            "nada menos que / menos de",
        ),
        (
            "pt",
            "Não menos de 300 seções ficaram fechadas",
            "Menos de 300 seções ficaram fechadas",
            QUANTITY,
            "não menos de / menos de",
        ),
        (
            "de",
            "Nicht weniger als 300 Wahllokale blieben geschlossen",
            "Weniger als 300 Wahllokale blieben geschlossen",
            QUANTITY,
            "nicht weniger als / weniger als",
        ),
        (
            "ar",
            "ما لا يقل عن 300 مركز اقتراع بقيت مغلقة",
            "أقل من 300 مركز اقتراع بقيت مغلقة",
            QUANTITY,
            "لا يقل عن / أقل من",
        ),
        (
            "en",
            "Exams moved to Sunday because of the floods",
            "Polls moved to Sunday because of the floods",
            SUBJECT,
            "the polls swapped for exams",
        ),
        (
            "es",
            "Las presidenciales se aplazan al domingo por las lluvias",
            "Las elecciones se aplazan al domingo por las lluvias",
            None,
            "las presidenciales son las elecciones",
        ),
        # --- 5. the side taken turned round (decision 143) ---
        (
            "en",
            "The party told its members to vote against the referendum",
            "The party told its members to vote for the referendum",
            OUT,
            "vote against / vote for",
        ),
        (
            "en",
            "The mayor opposes the plan to merge rural polling stations",
            "The mayor supports the plan to merge rural polling stations",
            OUT,
            "opposes / supports",
        ),
        (
            "fr",
            "Le maire appelle à voter contre le référendum de dimanche",
            "Le maire appelle à voter pour le référendum de dimanche",
            OUT,
            "voter contre / voter pour",
        ),
        (
            "fr",
            "Le syndicat s'oppose au projet de vote électronique",
            "Le syndicat soutient le projet de vote électronique",
            OUT,
            "s'oppose / soutient",
        ),
        (
            "es",
            "El sindicato pidió votar en contra de la reforma electoral",
            "El sindicato pidió votar a favor de la reforma electoral",
            OUT,
            "en contra de / a favor de",
        ),
        (
            "pt",
            "O partido orientou a bancada a votar contra a proposta de voto impresso",
            "O partido orientou a bancada a votar a favor da proposta de voto impresso",
            OUT,
            "votar contra / votar a favor",
        ),
        (
            "de",
            "Die Partei ruft dazu auf, gegen das neue Wahlgesetz zu stimmen",
            "Die Partei ruft dazu auf, für das neue Wahlgesetz zu stimmen",
            OUT,
            "gegen / für ... stimmen",
        ),
        (
            "ar",
            "دعا الحزب أنصاره إلى التصويت ضد التعديل الدستوري",
            "دعا الحزب أنصاره إلى التصويت لصالح التعديل الدستوري",
            OUT,
            "ضد / لصالح",
        ),
        (
            "en",
            "The union urged its members to vote in favour of the new electoral law",
            "The union urged its members to vote for the new electoral law",
            None,
            "in favour of = for",
        ),
        (
            "fr",
            "Le maire appelle à voter en faveur du référendum de dimanche",
            "Le maire appelle à voter pour le référendum de dimanche",
            None,
            "en faveur du = pour",
        ),
        (
            "es",
            "El sindicato pidió votar por la reforma electoral",
            "El sindicato pidió votar a favor de la reforma electoral",
            None,
            "votar por = votar a favor de",
        ),
        (
            "pt",
            "O partido orientou a bancada a apoiar a proposta de voto impresso",
            "O partido orientou a bancada a votar a favor da proposta de voto impresso",
            None,
            "apoiar = votar a favor",
        ),
        (
            "de",
            "Die Partei ruft dazu auf, das neue Wahlgesetz zu unterstützen",
            "Die Partei ruft dazu auf, für das neue Wahlgesetz zu stimmen",
            None,
            "unterstützen = dafür stimmen",
        ),
        (
            "ar",
            "دعا الحزب أنصاره إلى التصويت بنعم على التعديل الدستوري",
            "دعا الحزب أنصاره إلى التصويت لصالح التعديل الدستوري",
            None,
            "بنعم = لصالح",
        ),
        (
            "en",
            "First-time voters can vote for the first time by app",
            "First-time voters can vote by app",
            None,
            "'for' after a vote that takes no side",
        ),
        # --- 6. "18+" and "+18": a bound from above ---
        (
            "en",
            "Only 18+ can register online this year",
            "Only people under 18 can register online this year",
            QUANTITY,
            "18+ / under 18",
        ),
        (
            "fr",
            "Vote en ligne réservé aux +18 ans",
            "Vote en ligne réservé aux moins de 18 ans",
            QUANTITY,
            "+18 / moins de 18",
        ),
        (
            "es",
            "Solo los 18+ pueden votar por internet",
            "Solo los menores de 18 pueden votar por internet",
            QUANTITY,
            "18+ / menores de 18",
        ),
        (
            "pt",
            "Só 16+ podem tirar o título pela internet",
            "Só menores de 16 podem tirar o título pela internet",
            QUANTITY,
            "16+ / menores de 16",
        ),
        (
            "de",
            "Nur 16+ dürfen online wählen",
            "Nur Jugendliche unter 16 dürfen online wählen",
            QUANTITY,
            "16+ / unter 16",
        ),
        (
            "ar",
            "يحق فقط لمن هم +18 التصويت عبر الإنترنت",
            "يحق فقط لمن هم أقل من 18 عاما التصويت عبر الإنترنت",
            QUANTITY,
            "+18 / أقل من 18",
        ),
        (
            "en",
            "Only 18+ can register online this year",
            "Only people aged 18 and over can register online this year",
            None,
            "18+ = 18 and over",
        ),
        (
            "fr",
            "Vote en ligne réservé aux +18 ans",
            "Vote en ligne réservé aux 18 ans et plus",
            None,
            "+18 = 18 ans et plus",
        ),
        (
            "es",
            "Solo los +18 pueden votar por internet",
            "Solo los mayores de 18 pueden votar por internet",
            None,
            "+18 = mayores de 18",
        ),
        (
            "pt",
            "Só 16+ podem tirar o título pela internet",
            "Só maiores de 16 podem tirar o título pela internet",
            None,
            "16+ = maiores de 16",
        ),
        (
            "de",
            "Nur 16+ dürfen online wählen",
            "Nur Personen ab 16 dürfen online wählen",
            None,
            "16+ = ab 16",
        ),
        (
            "ar",
            "يحق فقط لمن هم +18 التصويت عبر الإنترنت",
            "يحق فقط لمن هم 18 عاما فما فوق التصويت عبر الإنترنت",
            None,
            "+18 = 18 فما فوق",
        ),
        # --- 7. two sides that traded roles ---
        (
            "en",
            "Okafor defeated Mensah in the second round",
            "Mensah defeated Okafor in the second round",
            WORDING,
            "who defeated whom, turned round",
        ),
        (
            "en",
            "The governor endorsed the mayor for re-election",
            "The mayor endorsed the governor for re-election",
            WORDING,
            "who endorsed whom, turned round",
        ),
        (
            "fr",
            "Dupont a battu Martin au second tour",
            "Martin a battu Dupont au second tour",
            WORDING,
            "qui a battu qui",
        ),
        (
            "es",
            "La alcaldesa apoyó al gobernador durante la campaña",
            "El gobernador apoyó a la alcaldesa durante la campaña",
            WORDING,
            "quién apoyó a quién",
        ),
        (
            "es",
            "El rival renunció y pidió el voto para la candidata",
            "La candidata renunció y pidió el voto para su rival",
            WORDING,
            "quién renunció por quién",
        ),
        (
            "pt",
            "Silva derrotou Costa no segundo turno",
            "Costa derrotou Silva no segundo turno",
            WORDING,
            "quem derrotou quem",
        ),
        (
            "de",
            "Müller besiegte Schmidt in der Stichwahl",
            "Schmidt besiegte Müller in der Stichwahl",
            WORDING,
            "wer wen besiegte",
        ),
        (
            "ar",
            "المحافظ دعم العمدة في الحملة الانتخابية",
            "العمدة دعم المحافظ في الحملة الانتخابية",
            WORDING,
            "من دعم من",
        ),
        (
            "en",
            "Mensah was defeated by Okafor in the second round",
            "Okafor defeated Mensah in the second round",
            None,
            "the same roles in the passive",
        ),
        (
            "en",
            "The mayor got the endorsement of the governor for re-election",
            "The governor endorsed the mayor for re-election",
            None,
            "the same roles, 'of' the one who acts",
        ),
        (
            "en",
            "Okafor debated Mensah on national television",
            "Mensah debated Okafor on national television",
            None,
            "a debate goes both ways",
        ),
        (
            "fr",
            "Martin a été battu par Dupont au second tour",
            "Dupont a battu Martin au second tour",
            None,
            "le passif",
        ),
        (
            "es",
            "El gobernador fue apoyado por la alcaldesa durante la campaña",
            "La alcaldesa apoyó al gobernador durante la campaña",
            None,
            "la pasiva",
        ),
        (
            "pt",
            "Costa foi derrotado por Silva no segundo turno",
            "Silva derrotou Costa no segundo turno",
            None,
            "a voz passiva",
        ),
        (
            "de",
            "Schmidt wurde in der Stichwahl von Müller besiegt",
            "Müller besiegte Schmidt in der Stichwahl",
            None,
            "das Passiv",
        ),
        (
            "ar",
            "المحافظ أعلن دعمه للعمدة في الحملة الانتخابية",
            "المحافظ دعم العمدة في الحملة الانتخابية",
            None,
            "دعم معلن",
        ),
        (
            "en",
            "Okafor said Mensah rigged the count in Kano",
            "Mensah said Okafor rigged the count in Kano",
            WORDING,
            "who accused whom, turned round",
        ),
        (
            "en",
            "Okafor voted for the bill and Mensah voted against it",
            "Mensah voted against the bill and Okafor voted for it",
            None,
            "the same sides, clauses reordered",
        ),
        (
            "en",
            "Okafor and Mensah met the electoral commission on Monday",
            "Mensah and Okafor met the electoral commission on Monday",
            None,
            "two sides named together in either order",
        ),
        # --- 8. a time-or-count word before a bare four-digit number ---
        (
            "en",
            "Police arrested around 2000 protesters outside the tally centre",
            "Police arrested around 20,000 protesters outside the tally centre",
            NUM,
            "around 2000 protesters: a count",
        ),
        (
            "fr",
            "Autour de 2000 militants ont envahi le centre de dépouillement",
            "Autour de vingt mille militants ont envahi le centre de dépouillement",
            NUM,
            "autour de 2000: un nombre",
        ),
        (
            "es",
            "Alrededor de 2000 manifestantes rodearon el centro de cómputo",
            "Alrededor de 20.000 manifestantes rodearon el centro de cómputo",
            NUM,
            "alrededor de 2000: un número",
        ),
        (
            "pt",
            "Em torno de 2000 manifestantes cercaram o cartório eleitoral",
            "Em torno de 20 mil manifestantes cercaram o cartório eleitoral",
            NUM,
            "em torno de 2000: um número",
        ),
        (
            "de",
            "Über 2000 Demonstranten blockierten das Wahlamt",
            "Über 20.000 Demonstranten blockierten das Wahlamt",
            NUM,
            "über 2000: eine Zahl",
        ),
        (
            "ar",
            "اعتقلت الشرطة زهاء 2000 متظاهر أمام مركز الفرز",
            "اعتقلت الشرطة زهاء 20000 متظاهر أمام مركز الفرز",
            NUM,
            "زهاء 2000: عدد",
        ),
        (
            "en",
            "Around 2000, the law changed to allow postal voting",
            "The law changed to allow postal voting around 2000",
            None,
            "around 2000 ending its clause: a year",
        ),
        (
            "fr",
            "Aux alentours de 2000, la loi a changé",
            "La loi a changé aux alentours de 2000",
            None,
            "aux alentours de 2000, : une année",
        ),
        (
            "es",
            "Alrededor de 2000 manifestantes rodearon el centro de cómputo",
            "Unos 2.000 manifestantes rodearon el centro de cómputo",
            None,
            "alrededor de 2000 = unos 2.000",
        ),
        (
            "pt",
            "Por volta de 2000, a lei mudou",
            "A lei mudou por volta de 2000",
            None,
            "por volta de 2000, : um ano",
        ),
        (
            "de",
            "Über 2000 Demonstranten blockierten das Wahlamt",
            "Mehr als 2000 Demonstranten blockierten das Wahlamt",
            None,
            "über 2000 = mehr als 2000",
        ),
        (
            "ar",
            "اعتقلت الشرطة زهاء 2000 متظاهر أمام مركز الفرز",
            "اعتقلت الشرطة نحو 2000 متظاهر أمام مركز الفرز",
            None,
            "زهاء = نحو",
        ),
    ]
)


# Round-3 design rows (the gaps decision 143 left): two sides that traded roles in Arabic
# verb-first order, the side taken written as a noun ("support for", "el apoyo a", "تأييد"),
# "vote yes" / "vote no", "-18" as a bound from below, and "reject" against "vote against" (a
# paraphrase, no longer another subject). Each rule with paraphrases it must leave alone. In
# the format of `contradiction_pairs.DESIGN`.
ROLES_SIDES_AND_ANSWERS: tuple[Pair, ...] = tuple(
    Pair(*row)
    for row in [
        # --- a verb with the future prefix is never a side (decision 146's review) ---
        (
            "ar",
            "نتائج الانتخابات ستعلن مساء الأحد",
            "ستعلن نتائج الانتخابات مساء الأحد",
            None,
            "the results will be announced, said verb last or first: a paraphrase",
        ),
        (
            "ar",
            "اللجنة سيعلنها الرئيس يوم الأحد",
            "سيعلن الرئيس اللجنة يوم الأحد",
            None,
            "the president will announce the committee, the verb moved: a paraphrase",
        ),
        (
            "ar",
            "فاز سميث على جونز وستعلن النتائج مساء الأحد",
            "فاز جونز على سميث وستعلن النتائج مساء الأحد",
            WORDING,
            "who beat whom, with a future verb later in the text: still read",
        ),
        # --- 1. two sides that traded roles, verb first (Arabic) ---
        (
            "ar",
            "فاز سميث على جونز في الجولة الثانية",
            "فاز جونز على سميث في الجولة الثانية",
            WORDING,
            "من فاز على من، الفعل أولا",
        ),
        (
            "ar",
            "دعم المحافظ العمدة في الحملة الانتخابية",
            "دعم العمدة المحافظ في الحملة الانتخابية",
            WORDING,
            "من دعم من، الفعل أولا",
        ),
        (
            "ar",
            "المحافظ دعم العمدة في الحملة الانتخابية",
            "دعم العمدة المحافظ في الحملة الانتخابية",
            WORDING,
            "الاسم أولا / الفعل أولا",
        ),
        (
            "ar",
            "اتهم أوكافور منسا بتزوير الفرز في كانو",
            "اتهم منسا أوكافور بتزوير الفرز في كانو",
            WORDING,
            "من اتهم من",
        ),
        (
            "ar",
            "انتقد الوزير المحافظ بسبب تأخر إعلان النتائج",
            "انتقد المحافظ الوزير بسبب تأخر إعلان النتائج",
            WORDING,
            "من انتقد من",
        ),
        (
            "ar",
            "سميث هزم جونز في الجولة الثانية",
            "هزم جونز سميث في الجولة الثانية",
            WORDING,
            "من هزم من، بترتيبين",
        ),
        (
            "ar",
            "بعد أن هاجم المرشح الرئيس في المناظرة ارتفعت شعبيته",
            "بعد أن هاجم الرئيس المرشح في المناظرة ارتفعت شعبيته",
            WORDING,
            "من هاجم من بعد أن",
        ),
        (
            "ar",
            "فاز سميث على جونز في الجولة الثانية",
            "سميث فاز على جونز في الجولة الثانية",
            None,
            "الفعل أولا = الاسم أولا",
        ),
        (
            "ar",
            "دعم المحافظ العمدة في الحملة الانتخابية",
            "المحافظ دعم العمدة في الحملة الانتخابية",
            None,
            "الترتيبان، الأدوار نفسها",
        ),
        (
            "ar",
            "هزم جونز على يد سميث في الجولة الثانية",
            "هزم سميث جونز في الجولة الثانية",
            None,
            "المبني للمجهول: على يد",
        ),
        (
            "ar",
            "التقى سميث جونز في العاصمة",
            "التقى جونز سميث في العاصمة",
            None,
            "اللقاء في الاتجاهين",
        ),
        (
            "ar",
            "تجرى الانتخابات الأحد المقبل",
            "تجرى الأحد المقبل الانتخابات",
            None,
            "الظرف قبل الفاعل",
        ),
        (
            "ar",
            "يحق للمغتربين التصويت عبر الإنترنت",
            "يحق التصويت عبر الإنترنت للمغتربين",
            None,
            "شبه الجملة في آخر الجملة",
        ),
        (
            "ar",
            "فاز سميث وجونز بمقعدين في البرلمان",
            "فاز جونز وسميث بمقعدين في البرلمان",
            None,
            "اسمان معطوفان",
        ),
        (
            "ar",
            "أعلنت اللجنة النتائج مساء الأحد",
            "أعلنت اللجنة مساء الأحد النتائج",
            None,
            "المفعول بعد الظرف",
        ),
        (
            "ar",
            "الهيئة العليا المستقلة أعلنت النتائج",
            "الهيئة المستقلة العليا أعلنت النتائج",
            None,
            "صفتان بترتيب آخر، لا فعل",
        ),
        (
            "ar",
            "دعا الرئيس الناخبين إلى التصويت",
            "دعا الناخبين الرئيس إلى التصويت",
            WORDING,
            "من دعا من",
        ),
        (
            "ar",
            "خسر سميث أمام جونز في الجولة الثانية",
            "خسر جونز أمام سميث في الجولة الثانية",
            WORDING,
            "من خسر أمام من",
        ),
        (
            "ar",
            "أعلنت اللجنة النتائج وفاز سميث على جونز في الجولة الثانية",
            "أعلنت اللجنة النتائج وفاز جونز على سميث في الجولة الثانية",
            WORDING,
            "وفاز في وسط الجملة",
        ),
        (
            "ar",
            "أعلنت اللجنة النتائج وفاز سميث وجونز بمقعدين",
            "أعلنت اللجنة النتائج وفاز جونز وسميث بمقعدين",
            None,
            "وفاز، واسمان معطوفان",
        ),
        # --- 2. the side taken, written as a noun ---
        (
            "en",
            "The union announced its support for the electoral reform",
            "The union announced its opposition to the electoral reform",
            OUT,
            "support for / opposition to",
        ),
        (
            "en",
            "Opposition to the voter ID law is growing among senators",
            "Senators increasingly back the voter ID law",
            None,
            "opposition to / back: no side read on 'back'",
        ),
        (
            "en",
            "Opposition to the voter ID law is growing among senators",
            "More and more senators support the voter ID law",
            OUT,
            "opposition to / support (verb)",
        ),
        (
            "es",
            "El sindicato anunció su apoyo a la reforma electoral",
            "El sindicato anunció su oposición a la reforma electoral",
            OUT,
            "apoyo a / oposición a",
        ),
        (
            "es",
            "La iglesia expresó su rechazo al voto electrónico",
            "La iglesia expresó su respaldo al voto electrónico",
            OUT,
            "rechazo a / respaldo a",
        ),
        (
            "fr",
            "Le syndicat a annoncé son soutien à la réforme électorale",
            "Le syndicat a annoncé son opposition à la réforme électorale",
            OUT,
            "soutien à / opposition à",
        ),
        (
            "fr",
            "Le maire a confirmé son opposition au projet de vote électronique",
            "Le maire soutient le projet de vote électronique",
            OUT,
            "opposition au / soutient",
        ),
        (
            "pt",
            "O sindicato anunciou apoio à reforma eleitoral",
            "O sindicato anunciou oposição à reforma eleitoral",
            OUT,
            "apoio à / oposição à",
        ),
        (
            "pt",
            "A igreja declarou apoio ao voto impresso",
            "A igreja se opõe ao voto impresso",
            OUT,
            "apoio ao / se opõe",
        ),
        (
            "ar",
            "أعلن الحزب تأييده للتعديل الدستوري",
            "أعلن الحزب معارضته للتعديل الدستوري",
            OUT,
            "تأييده / معارضته",
        ),
        (
            "ar",
            "دعا الحزب إلى تأييد التعديل الدستوري",
            "دعا الحزب إلى معارضة التعديل الدستوري",
            OUT,
            "إلى تأييد / إلى معارضة",
        ),
        (
            "ar",
            "أكد النقابيون معارضتهم لقانون الانتخابات الجديد",
            "النقابيون يؤيدون قانون الانتخابات الجديد",
            OUT,
            "معارضتهم / يؤيدون",
        ),
        (
            "de",
            "Die Gewerkschaft erklärte ihre Unterstützung für das neue Wahlgesetz",
            "Die Gewerkschaft erklärte ihren Widerstand gegen das neue Wahlgesetz",
            OUT,
            "Unterstützung für / Widerstand gegen",
        ),
        (
            "en",
            "The union announced its support for the electoral reform",
            "The union will vote for the electoral reform",
            None,
            "support for = vote for",
        ),
        (
            "es",
            "La oposición ganó las elecciones en Jalisco",
            "En Jalisco las elecciones las ganó la oposición",
            None,
            "la oposición: un partido, no un lado",
        ),
        (
            "es",
            "El apoyo de la oposición a la reforma electoral es total",
            "La oposición apoya la reforma electoral",
            None,
            "el apoyo de la oposición a: quién apoya",
        ),
        (
            "fr",
            "Le soutien de l'opposition à la réforme électorale est acquis",
            "L'opposition soutient la réforme électorale",
            None,
            "le soutien de l'opposition à",
        ),
        (
            "pt",
            "A oposição anunciou apoio à reforma eleitoral",
            "A oposição apoia a reforma eleitoral",
            None,
            "a oposição: um partido; apoio à = apoia",
        ),
        (
            "ar",
            "أعلنت المعارضة تأييدها للتعديل الدستوري",
            "المعارضة تؤيد التعديل الدستوري",
            None,
            "المعارضة: حزب، لا موقف",
        ),
        (
            "ar",
            "قاطعت المعارضة الانتخابات البرلمانية",
            "المعارضة قاطعت الانتخابات البرلمانية",
            None,
            "المعارضة فاعل",
        ),
        (
            "de",
            "Die Gewerkschaft erklärte ihre Unterstützung für das neue Wahlgesetz",
            "Die Gewerkschaft unterstützt das neue Wahlgesetz",
            None,
            "Unterstützung für = unterstützt",
        ),
        (
            "ar",
            "أحزاب معارضة تدعو إلى مقاطعة الانتخابات",
            "أحزاب المعارضة تدعو إلى مقاطعة الانتخابات",
            None,
            "أحزاب معارضة = أحزاب المعارضة",
        ),
        (
            "pt",
            "O apoio do prefeito à reforma eleitoral é total",
            "O prefeito apoia a reforma eleitoral",
            None,
            "o apoio do prefeito à: quem apoia",
        ),
        # --- 3. "vote yes" / "vote no" ---
        (
            "en",
            "The party urged members to vote yes on the referendum",
            "The party urged members to vote no on the referendum",
            OUT,
            "vote yes / vote no",
        ),
        (
            "en",
            "Vote NO on Proposition 12, says the mayor",
            "Vote YES on Proposition 12, says the mayor",
            OUT,
            "vote NO / vote YES",
        ),
        (
            "es",
            "El partido pidió votar sí en el referéndum",
            "El partido pidió votar no en el referéndum",
            OUT,
            "votar sí / votar no",
        ),
        (
            "es",
            "La iglesia llama a votar por el no en la consulta",
            "La iglesia llama a votar por el sí en la consulta",
            OUT,
            "votar por el no / por el sí",
        ),
        (
            "fr",
            "Le parti appelle à voter oui au référendum",
            "Le parti appelle à voter non au référendum",
            OUT,
            "voter oui / voter non",
        ),
        (
            "fr",
            "Les syndicats appellent à voter pour le non dimanche",
            "Les syndicats appellent à voter pour le oui dimanche",
            OUT,
            "voter pour le non / pour le oui",
        ),
        (
            "pt",
            "O partido pediu para votar sim no referendo",
            "O partido pediu para votar não no referendo",
            OUT,
            "votar sim / votar não",
        ),
        (
            "pt",
            "A igreja orienta os fiéis a votar pelo não na consulta",
            "A igreja orienta os fiéis a votar pelo sim na consulta",
            OUT,
            "votar pelo não / pelo sim",
        ),
        (
            "de",
            "Die Partei ruft auf, beim Volksentscheid mit Ja zu stimmen",
            "Die Partei ruft auf, beim Volksentscheid mit Nein zu stimmen",
            OUT,
            "mit Ja / mit Nein stimmen",
        ),
        (
            "de",
            "Beim Volksentscheid stimmten die meisten mit Nein",
            "Beim Volksentscheid stimmten die meisten mit Ja",
            OUT,
            "stimmten mit Nein / mit Ja",
        ),
        (
            "ar",
            "دعا الحزب أنصاره إلى التصويت بنعم على التعديل",
            "دعا الحزب أنصاره إلى التصويت بلا على التعديل",
            OUT,
            "بنعم / بلا",
        ),
        (
            "ar",
            "صوتوا بلا في الاستفتاء",
            "صوتوا بنعم في الاستفتاء",
            OUT,
            "صوتوا بلا / بنعم",
        ),
        (
            "en",
            "The party urged members to vote yes on the referendum",
            "The party urged members to vote in favour of the referendum",
            None,
            "vote yes = vote in favour",
        ),
        (
            "en",
            "The party urged members to vote no on the referendum",
            "The party urged members to vote against the referendum",
            None,
            "vote no = vote against",
        ),
        (
            "en",
            "You can vote no later than 7pm on Sunday",
            "You can vote until 7pm on Sunday",
            None,
            "vote no later than: no answer",
        ),
        (
            "es",
            "El partido pidió votar no en el referéndum",
            "El partido pidió votar en contra en el referéndum",
            None,
            "votar no = votar en contra",
        ),
        (
            "es",
            "La iglesia llama a votar por el sí en la consulta",
            "La iglesia llama a votar a favor en la consulta",
            None,
            "votar por el sí = a favor",
        ),
        (
            "fr",
            "Le parti appelle à voter non au référendum",
            "Le parti appelle à voter contre au référendum",
            None,
            "voter non = voter contre",
        ),
        (
            "pt",
            "O partido pediu para votar sim no referendo",
            "O partido pediu para votar a favor no referendo",
            None,
            "votar sim = votar a favor",
        ),
        (
            "pt",
            "Eleitores podem votar no domingo até as 17h",
            "Eleitores podem votar domingo até as 17h",
            None,
            "votar no domingo: 'no' é 'em o'",
        ),
        (
            "de",
            "Die Partei ruft auf, beim Volksentscheid mit Nein zu stimmen",
            "Die Partei ruft auf, beim Volksentscheid dagegen zu stimmen",
            None,
            "mit Nein = dagegen",
        ),
        (
            "ar",
            "دعا الحزب أنصاره إلى التصويت بلا على التعديل",
            "دعا الحزب أنصاره إلى التصويت ضد التعديل",
            None,
            "بلا = ضد",
        ),
        (
            "ar",
            "لا يمكن التصويت بلا بطاقة هوية",
            "لا يمكن التصويت دون بطاقة هوية",
            None,
            "بلا بطاقة: بدون، لا جواب",
        ),
        (
            "en",
            "Vote no on Prop 12!",
            "Reject Prop 12!",
            None,
            "vote no = reject",
        ),
        # --- 4. "-18": a bound from below ---
        (
            "en",
            "Only -18 can vote online this year",
            "Only 18+ can vote online this year",
            QUANTITY,
            "-18 / 18+",
        ),
        (
            "en",
            "Online voting is for -18 only, says the commission",
            "Online voting is for those aged 18 and over only, says the commission",
            QUANTITY,
            "-18 / 18 and over",
        ),
        (
            "fr",
            "Vote en ligne réservé aux -18 ans",
            "Vote en ligne réservé aux +18 ans",
            QUANTITY,
            "-18 ans / +18 ans",
        ),
        (
            "es",
            "Solo los -18 pueden votar por internet",
            "Solo los mayores de 18 pueden votar por internet",
            QUANTITY,
            "-18 / mayores de 18",
        ),
        (
            "pt",
            "Só -16 podem tirar o título pela internet",
            "Só maiores de 16 podem tirar o título pela internet",
            QUANTITY,
            "-16 / maiores de 16",
        ),
        (
            "de",
            "Nur -16 dürfen online wählen",
            "Nur Personen ab 16 dürfen online wählen",
            QUANTITY,
            "-16 / ab 16",
        ),
        (
            "ar",
            "يحق فقط لمن هم -18 التصويت عبر الإنترنت",
            "يحق فقط لمن هم +18 التصويت عبر الإنترنت",
            QUANTITY,
            "-18 / +18",
        ),
        (
            "en",
            "Only -18 can vote online this year",
            "Only people under 18 can vote online this year",
            None,
            "-18 = under 18",
        ),
        (
            "fr",
            "Vote en ligne réservé aux -18 ans",
            "Vote en ligne réservé aux moins de 18 ans",
            None,
            "-18 ans = moins de 18 ans",
        ),
        (
            "es",
            "Solo los -18 pueden votar por internet",
            "Solo los menores de 18 pueden votar por internet",
            None,
            "-18 = menores de 18",
        ),
        (
            "en",
            "Voters aged 16-18 can register online from today",
            "Voters aged 16 to 18 can register online from today",
            None,
            "16-18: a range, no bound",
        ),
        (
            "en",
            "Turnout in Kano: 45%, -18% on the last election, more than 18 stations shut",
            "Turnout in Kano: 45%, down 18% on the last election, more than 18 stations shut",
            None,
            "-18%: a fall, no bound",
        ),
        # --- 5. "reject" and "vote against": one side ---
        (
            "en",
            "The party urged members to reject the bill",
            "The party urged members to vote against the bill",
            None,
            "reject = vote against",
        ),
        (
            "en",
            "Senators are expected to reject the voter ID law on Tuesday",
            "Senators are expected to vote against the voter ID law on Tuesday",
            None,
            "reject = vote against (law)",
        ),
        (
            "es",
            "El partido pidió a sus diputados rechazar la ley",
            "El partido pidió a sus diputados votar en contra de la ley",
            None,
            "rechazar = votar en contra",
        ),
        (
            "fr",
            "Le parti demande aux députés de rejeter la loi",
            "Le parti demande aux députés de voter contre la loi",
            None,
            "rejeter = voter contre",
        ),
        (
            "pt",
            "O partido pediu aos deputados para rejeitar a lei",
            "O partido pediu aos deputados para votar contra a lei",
            None,
            "rejeitar = votar contra",
        ),
        (
            "de",
            "Die Partei fordert die Abgeordneten auf, das Gesetz abzulehnen",
            "Die Partei fordert die Abgeordneten auf, gegen das Gesetz zu stimmen",
            None,
            "ablehnen = dagegen stimmen",
        ),
        (
            "ar",
            "دعا الحزب نوابه إلى رفض القانون",
            "دعا الحزب نوابه إلى التصويت ضد القانون",
            None,
            "رفض = التصويت ضد",
        ),
        (
            "en",
            "The Senate rejected the bill",
            "The Senate voted down the bill",
            None,
            "rejected = voted down",
        ),
        (
            "es",
            "Los diputados rechazaron la reforma",
            "Los diputados votaron en contra de la reforma",
            None,
            "rechazaron = votaron en contra",
        ),
        (
            "en",
            "The party urged members to reject the bill",
            "The party urged members to vote for the bill",
            OUT,
            "reject / vote for",
        ),
        (
            "en",
            "The party urged members to reject the bill",
            "The party urged members to approve the bill",
            OUT,
            "reject / approve",
        ),
        (
            "es",
            "El partido pidió a sus diputados rechazar la ley",
            "El partido pidió a sus diputados aprobar la ley",
            OUT,
            "rechazar / aprobar",
        ),
        (
            "fr",
            "Le parti demande aux députés de rejeter la loi",
            "Le parti demande aux députés de voter pour la loi",
            OUT,
            "rejeter / voter pour",
        ),
        (
            "pt",
            "O partido pediu aos deputados para rejeitar a lei",
            "O partido pediu aos deputados para aprovar a lei",
            OUT,
            "rejeitar / aprovar",
        ),
        (
            "pt",
            "Os deputados rejeitaram a reforma",
            "Os deputados votaram a favor da reforma",
            OUT,
            "rejeitaram / votaram a favor",
        ),
        (
            "de",
            "Die Partei will das Gesetz ablehnen",
            "Die Partei will für das Gesetz stimmen",
            OUT,
            "ablehnen am Satzende / für ... stimmen",
        ),
        (
            "de",
            "Die Partei fordert die Abgeordneten auf, das Gesetz abzulehnen",
            "Die Partei fordert die Abgeordneten auf, für das Gesetz zu stimmen",
            OUT,
            "ablehnen / dafür stimmen",
        ),
        (
            "ar",
            "دعا الحزب نوابه إلى رفض القانون",
            "دعا الحزب نوابه إلى التصويت لصالح القانون",
            OUT,
            "رفض / لصالح",
        ),
    ]
)


LATER_DESIGN_ROWS = COUNTS_BOUNDS_AND_ACTS + ROLES_SIDES_AND_ANSWERS


@pytest.mark.parametrize(
    "pair",
    LATER_DESIGN_ROWS,
    ids=[f"{pair.language}-{pair.why[:30]}" for pair in LATER_DESIGN_ROWS],
)
def test_the_later_design_rows(pair: Pair) -> None:
    """Decisions 141, 143 and 146's rows, read like the first table (`test_the_pair_table`)."""
    found = find_conflict(pair.message, pair.claim)
    assert (found.kind if found else None) == pair.expected, found


def test_reasons_read_as_the_desk_sees_them() -> None:
    assert find_conflict("Polls close at 3pm", "Polls close at 7pm") == Conflict(
        ConflictKind.NUMBER, "3pm", "7pm"
    )
    assert Conflict(ConflictKind.NUMBER, "3pm", "7pm").reason == "number differs: 3pm vs 7pm"
    negation = find_conflict("Citizens abroad can NOT post ballots", "Citizens abroad can post")
    assert negation is not None
    assert negation.reason == "negation: 'NOT' in the message only"
    office = find_conflict("The candidate for governor quit", "The candidate for mayor quit")
    assert office is not None and office.reason == "office differs: governor vs mayor"
    claim_side = find_conflict("Ballots were counted", "Ballots were never counted")
    assert claim_side is not None
    assert claim_side.reason == "negation: 'never' in the fact-check only"


def test_a_retelling_about_something_else_than_voting_says_what_replaced_the_vote() -> None:
    claim = "Le bureau de vote de la mairie est fermé pour travaux, il faut aller voter à la gare."
    found = find_conflict(
        "Le bureau de poste de la mairie est fermé pour travaux, il faut aller à la gare.", claim
    )
    assert found == Conflict(ConflictKind.SUBJECT, "poste", "vote")
    assert found.reason == "subject differs: poste vs vote"
    # Voting said in other words, or broken across lines by a screenshot's reader, is not
    # another subject.
    assert (
        find_conflict("Si no votas te quitan el bono", "Si no vas a votar te quitan el bono")
        is None
    )
    assert find_conflict("Le bureau de vo\nte de la mairie est fermé pour travaux", claim) is None
    # Through the index: the retelling goes to the desk with the reason, the paraphrase is answered.
    index: TextIndex[str] = TextIndex()
    index.add("mairie", claim, "fr")
    demoted = index.search(
        "Le bureau de poste de la mairie est fermé pour travaux, il faut aller à la gare."
    )
    assert (
        decide(demoted, DEFAULT_ANSWER_THRESHOLD, DEFAULT_SUGGEST_THRESHOLD) is not Decision.ANSWER
    )
    assert demoted[0].conflict is not None and demoted[0].conflict.kind is ConflictKind.SUBJECT
    answered = index.search(
        "le bureau de vote de la mairie est fermé à cause des travaux, faut aller voter à la gare"
    )
    assert decide(answered, DEFAULT_ANSWER_THRESHOLD, DEFAULT_SUGGEST_THRESHOLD) is Decision.ANSWER


def test_another_election_round_or_party_is_named_for_the_desk() -> None:
    claim = "La elección se suspende una semana por la lluvia"
    union = find_conflict("La elección del sindicato se suspende una semana por la lluvia", claim)
    assert union == Conflict(ConflictKind.ELECTION, "sindicato", "")
    assert union.reason == "election: 'sindicato' in the message only"
    # A claim about a students' election, against a message about the public one.
    students = find_conflict(
        "Elections postponed by a week", "Student elections postponed by a week"
    )
    assert students is not None and students.reason == "election: 'Student' in the fact-check only"
    # Students voting in the public election are no students' election.
    assert (
        find_conflict(
            "People studying away from home cannot vote where they study",
            "University students cannot vote where they study",
        )
        is None
    )
    # A neighbour who passes the rumour on is not a neighbouring country's election.
    assert (
        find_conflict("Mi vecino dice que ahora la elección se suspende una semana", claim) is None
    )
    round_ = find_conflict(
        "Les résultats du second tour ont fuité", "Les résultats du premier tour ont fuité"
    )
    assert round_ is not None and round_.reason == "number differs: second vs premier"
    party = find_conflict(
        "El candidato del partido liberal renunció anoche y pidió el voto para su rival",
        "La candidata de la alianza ecologista renunció anoche y pidió el voto para su rival",
    )
    assert party is not None and party.reason == (
        "name differs: del partido liberal vs de la alianza ecologista"
    )
    traded = find_conflict(
        "Quem votar com caneta azul tem o voto anulado, só a caneta preta vale na cabine",
        "Quem votar com caneta preta tem o voto anulado, só a caneta azul vale na cabine",
    )
    assert traded == Conflict(ConflictKind.WORDING, "azul", "preta")


def test_a_swapped_time_place_or_name_in_a_retelling_says_what_was_swapped() -> None:
    claim = "Voting machines in the harbour district were hacked overnight by the ruling party"
    found = find_conflict(
        "Voting machines in the harbour district were hacked in 2019 by the ruling party", claim
    )
    assert found is None  # a year only the message has: the date check's business, not a swap
    found = find_conflict(
        "Voting machines in the harbour district were hacked last year by the ruling party", claim
    )
    assert found == Conflict(ConflictKind.WORDING, "last year", "overnight")
    assert found.reason == "wording differs: last year vs overnight"
    # Swapped words with no time, place or name in them are read as the same wording.
    assert (
        find_conflict(
            "Voting machines in the harbour district were compromised overnight by the "
            "ruling party",
            claim,
        )
        is None
    )
    # So is one word said two ways, or a word that only moved.
    assert (
        find_conflict(
            "Voting machines in the harbour district were hacked during the night by the "
            "ruling party",
            claim,
        )
        is None
    )


def test_a_scope_on_one_side_only_is_named_on_its_side() -> None:
    claim = "You can vote by text message on election day"
    message = find_conflict("You can vote by text message on election day only if abroad", claim)
    assert message is not None and message.reason == "scope: 'only' in the message only"
    fact_check = find_conflict(
        "Voters can vote by text message on election day",
        "Voters can vote by text message the day after election day",
    )
    assert fact_check is not None and fact_check.kind is ConflictKind.SCOPE
    assert fact_check.reason == "scope: 'after' in the fact-check only"
    # "Share before they delete it" after the claim narrows nothing.
    assert find_conflict(claim + ", share before they delete it", claim) is None
    # A shifter on both sides is not a change of scope.
    assert find_conflict("Only you can vote by text message", "Only you may vote by text") is None


def test_a_message_denying_the_claim_says_so_and_a_fact_check_calling_it_a_hoax_does_not() -> None:
    claim = "Voting machines in the harbour district were hacked overnight"
    found = find_conflict(
        "The commission denied reports that voting machines in the harbour district were "
        "hacked overnight",
        claim,
    )
    assert found == Conflict(ConflictKind.DENIAL, "denied", "")
    assert found.reason == "denial: 'denied' in the message only"
    truth = find_conflict(
        "No es cierto que las máquinas fueron hackeadas", "Las máquinas fueron hackeadas"
    )
    assert truth is not None and truth.message_value == "No cierto"
    # A verb that denies nothing said ("deny entry") and a fact-check's own "hoax" are no denial.
    assert (
        find_conflict(
            "Guards will deny entry to voters without ID",
            "Guards will deny entry to voters without ID cards",
        )
        is None
    )
    assert (
        find_conflict(claim, "Hoax: voting machines in the harbour district were hacked overnight")
        is None
    )


# A fact-check's claim and its headline often say the same negation twice; a voter's message
# that says it once, and uses the word plainly elsewhere, says what the fact-check says. Its twin
# without the negation still contradicts it. (CheckThat! train, decision 110.)
_TWICE = {
    "en": "Ballots posted from abroad will never be counted. "
    "Will ballots posted from abroad never be counted?",
    "es": "Los votos del extranjero nunca se cuentan. ¿Nunca se cuentan los votos del extranjero?",
    "fr": "Les bulletins de l'étranger ne sont jamais comptés. "
    "Les bulletins de l'étranger ne sont jamais comptés ?",
    "pt": "Os votos do exterior nunca são contados. Os votos do exterior nunca são contados?",
    "de": "Briefwahlstimmen aus dem Ausland werden nie gezählt. "
    "Werden Briefwahlstimmen aus dem Ausland nie gezählt?",
    "ar": "أصوات المغتربين لن تحسب. هل أصوات المغتربين لن تحسب؟",
}
_ONCE_AND_PLAIN = [
    (
        "en",
        "Ballots posted from abroad will never be counted, although they counted them last time",
    ),
    ("es", "Los votos del extranjero nunca se cuentan; en Lima se cuentan los votos del país"),
    ("fr", "Les bulletins de l'étranger ne sont jamais comptés, même si on les a comptés en 2017"),
    ("pt", "Os votos do exterior nunca são contados, mas ontem foram contados em Lisboa"),
    ("de", "Briefwahlstimmen aus dem Ausland werden nie gezählt, obwohl sie 2017 gezählt wurden"),
    ("ar", "أصوات المغتربين لن تحسب، مع أنها تحسب في كل انتخابات"),
]
_TWINS = [
    ("en", "Ballots posted from abroad will be counted, as they counted them last time"),
    ("es", "Los votos del extranjero se cuentan; en Lima se cuentan los votos del país"),
    ("fr", "Les bulletins de l'étranger sont comptés, et on les a comptés en 2017"),
    ("pt", "Os votos do exterior são contados, e ontem foram contados em Lisboa"),
    ("de", "Briefwahlstimmen aus dem Ausland werden gezählt, wie sie 2017 gezählt wurden"),
    ("ar", "أصوات المغتربين تحسب، كما تحسب في كل انتخابات"),
]


@pytest.mark.parametrize(("language", "message"), _ONCE_AND_PLAIN)
def test_a_message_repeating_the_fact_check_s_negation_once_is_not_flagged(
    language: str, message: str
) -> None:
    assert find_conflict(message, _TWICE[language]) is None


@pytest.mark.parametrize(("language", "message"), _TWINS)
def test_its_twin_without_the_negation_still_is(language: str, message: str) -> None:
    found = find_conflict(message, _TWICE[language])
    assert found is not None and found.kind is ConflictKind.NEGATION


def test_a_hyphenated_word_is_the_word_written_without_the_hyphen() -> None:
    claim = (
        "The council changed the law so that the mayor did not get re-elected. "
        "Did the council change the law so the mayor did not get re-elected?"
    )
    said = "The council changed the law so the mayor did not get reelected, after he was "
    assert find_conflict(said + "re-elected twice", claim) is None
    flipped = find_conflict(said.replace("did not", "did") + "re-elected twice", claim)
    assert flipped is not None and flipped.kind is ConflictKind.NEGATION


def test_a_reply_pasted_after_a_tweet_s_signature_is_read() -> None:
    """A quoted tweet and its reply: only the signature lines are blanked, not what follows."""
    claim = "The governor did not vote on the bill. Did the governor not vote on the bill?"
    quoted = "The governor voted for the bill. — Pat Doe (@patdoe) May 3, 2020 "
    denied = "No he didn't. The governor doesn't vote on bills. — Sam Roe (@samroe) May 3, 2020"
    agreed = "Yes he did, the governor votes on bills. — Sam Roe (@samroe) May 3, 2020"
    assert find_conflict(quoted + denied, claim) is None
    found = find_conflict(quoted + agreed, claim)
    assert found is not None and found.kind is ConflictKind.NEGATION


def test_a_release_the_fact_check_speaks_of_is_no_opposite_outcome() -> None:
    message = "Three men were released from the camp in May"
    both = "The government failed to secure the release of three men detained in the camp"
    assert find_conflict(message, both) is None
    found = find_conflict(message, "Three men are still detained in the camp")
    assert found is not None and found.kind is ConflictKind.OUTCOME


@pytest.mark.parametrize("semantic", [False, True], ids=["lexical", "semantic"])
@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("Citizens living abroad can NOT post their ballots", ConflictKind.NEGATION),
        (
            "Voting machines in the southern district were inspected overnight and found to be "
            "working perfectly",
            ConflictKind.OUTCOME,
        ),
    ],
)
def test_the_issue_examples_go_to_the_desk_with_a_reason(
    message: str, kind: ConflictKind, semantic: bool
) -> None:
    if semantic and ENCODER is None:
        pytest.skip("the semantic extra is not installed")
    hits = sample_matcher(ENCODER if semantic else None).search(message)
    assert decide(hits, DEFAULT_ANSWER_THRESHOLD, DEFAULT_SUGGEST_THRESHOLD) is Decision.SUGGEST
    assert hits[0].conflict is not None and hits[0].conflict.kind is kind


def test_a_paraphrase_of_a_sample_claim_is_not_flagged() -> None:
    hits = sample_matcher().search(
        "FORWARDED: citizens abroad can post their ballots from the consulate and these postal "
        "votes are counted on election night!!"
    )
    assert hits[0].conflict is None
    assert decide(hits, DEFAULT_ANSWER_THRESHOLD, DEFAULT_SUGGEST_THRESHOLD) is Decision.ANSWER


@pytest.mark.parametrize("guard", [True, False])
def test_the_guard_is_what_stops_the_answer(guard: bool) -> None:
    index: TextIndex[str] = TextIndex(guard=guard)
    index.add("post", "Citizens living abroad can post their ballots", "en")
    index.add("ink", "The ink on voters' fingers is poisonous", "en")
    hits = index.search("Citizens living abroad can NOT post their ballots")
    answered = decide(hits, DEFAULT_ANSWER_THRESHOLD, DEFAULT_SUGGEST_THRESHOLD)
    assert answered is (Decision.SUGGEST if guard else Decision.ANSWER)
    assert (hits[0].conflict is not None) == guard


def test_a_claim_that_agrees_overtakes_one_that_conflicts() -> None:
    index: TextIndex[str] = TextIndex()
    index.add("can", "Citizens living abroad can post their ballots", "en")
    index.add("cannot", "Citizens living abroad can not post their ballots by mail", "en")
    hits = index.search("Citizens living abroad can NOT post their ballots")
    assert [hit.key for hit in hits] == ["cannot", "can"]
    assert hits[0].conflict is None and hits[1].conflict is not None


def test_decide_never_answers_with_a_flagged_hit_at_any_threshold() -> None:
    conflict = Conflict(ConflictKind.DATE, "Monday", "Sunday")
    flagged = Hit("a", 0.75, Signal.TEXT, "The vote is on Sunday", conflict)
    assert decide([flagged], 0.6, 0.5) is Decision.SUGGEST
    assert decide([flagged], 0.8, 0.8) is Decision.NONE
    clean = Hit("b", 0.75, Signal.TEXT, "The vote is on Monday")
    assert decide([flagged, clean], 0.6, 0.5) is Decision.ANSWER


class OneMeaning:
    """An encoder for which every text means the same (cosine 1): only the guard can stop it."""

    def encode(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        vectors = np.zeros((len(texts), 4), dtype=np.float32)
        vectors[:, 0] = 1.0
        return vectors


@pytest.mark.parametrize("guard", [True, False])
def test_the_semantic_score_raises_a_hit_only_when_the_key_words_agree(guard: bool) -> None:
    index: TextIndex[str] = TextIndex(encoder=OneMeaning(), guard=guard)
    index.add("fc", "Voting machines in Riverton were hacked overnight by foreign agents", "en")
    index.add("other", "The mayor opened a new bridge over the river", "en")
    # The claim names a town the message does not: the cosine alone must not make it an answer.
    disgrace = ", what a disgrace for all of us"
    hits = index.search("spies from abroad hacked the voting machines last night" + disgrace)
    assert (hits[0].score >= DEFAULT_ANSWER_THRESHOLD) is not guard
    hits = index.search(
        "spies from abroad hacked the voting machines in Riverton last night" + disgrace
    )
    assert hits[0].score >= DEFAULT_ANSWER_THRESHOLD


def test_the_semantic_score_may_raise_a_hit_with_half_of_the_claim_s_names() -> None:
    """A headline repeats the claim with more names than a voter retells: one of two names is
    enough for the semantic score to raise the hit; none is not."""
    claim = "Voting machines in Riverton were hacked overnight by agents sent from Moscow"
    disgrace = ", what a disgrace for all of us"
    with_one = "spies from abroad hacked the voting machines in Riverton last night" + disgrace
    with_none = "spies from abroad hacked the voting machines last night" + disgrace
    plain: TextIndex[str] = TextIndex()
    semantic: TextIndex[str] = TextIndex(encoder=OneMeaning())
    for index in (plain, semantic):
        index.add("fc", claim, "en")
        index.add("other", "The mayor opened a new bridge over the river", "en")
    assert plain.search(with_one)[0].score < DEFAULT_ANSWER_THRESHOLD
    assert semantic.search(with_one)[0].score >= DEFAULT_ANSWER_THRESHOLD
    assert semantic.search(with_none)[0].score < DEFAULT_ANSWER_THRESHOLD
