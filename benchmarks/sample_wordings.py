"""The bundled sample catalogue searched as voters write: forwarded-chain style, shouting, emoji,
texting abbreviations, questions, typos, in English, Spanish, French, Portuguese and Arabic.

Each row is a message and the sample fact-check it is about (key n is the n-th fact-check of
`factchecks/sample`, indexed as the bot indexes it: the claim, and the headline as a title). A
paraphrase should be answered with its fact-check and never with another; a contradiction (the
claim negated, another number, length of time, place, candidate, cause, or the fact-check's own
headline, which often denies the claim) must never be answered automatically with it; an
unrelated message must not be answered at all. Written for this project (decision 115).

`DESIGN` is what decision 115's rules were built on (`tests/matching/test_sample_wordings.py`
runs it; `missed` rows are contradictions still answered, each with why). `HELD_OUT` was written
after those rules were fixed and is only measured (`benchmarks/text_contradiction.py`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from factchecks.sample import SAMPLE_PATH
from matching import (
    DEFAULT_ANSWER_THRESHOLD,
    DEFAULT_SUGGEST_THRESHOLD,
    Decision,
    Encoder,
    Matcher,
    TextRole,
    decide,
)


class WordingKind(StrEnum):
    """What a message is to the fact-check it names."""

    PARAPHRASE = "paraphrase"
    CONTRADICTION = "contradiction"
    UNRELATED = "unrelated"


@dataclass(frozen=True)
class Wording:
    """A voter's message, the sample fact-check it is about (None: none), and what it is."""

    kind: WordingKind
    key: int | None
    message: str
    sure: bool = True  # a paraphrase the matcher answers (else it may go to the desk)
    missed: str | None = None  # a contradiction still answered automatically: why


def sample_matcher(
    encoder: Encoder | None = None, title_role: TextRole = TextRole.TITLE
) -> Matcher[int]:
    """The sample fact-checks as the bot indexes them: key n is the n-th fact-check.
    `title_role=TextRole.CLAIM` indexes headlines as before decision 115 (the baseline)."""
    matcher: Matcher[int] = Matcher(encoder=encoder)
    for number, item in enumerate(json.loads(SAMPLE_PATH.read_text("utf-8"))["@graph"]):
        matcher.add_text(number, item["claimReviewed"], item["inLanguage"])
        matcher.add_text(number, item["headline"], item["inLanguage"], role=title_role)
    return matcher


@dataclass(frozen=True)
class WordingFigures:
    """What the matcher did with one set of rows."""

    name: str
    contradictions: int
    contradictions_answered: int  # automatically, with the claim they contradict
    paraphrases: int
    paraphrases_answered: int  # automatically, with their fact-check
    paraphrases_wrong: int  # automatically, with another fact-check
    unrelated: int
    unrelated_answered: int


def measure(name: str, rows: Sequence[Wording], matcher: Matcher[int]) -> WordingFigures:
    """Each row's message searched once."""
    counts = {kind: [0, 0, 0] for kind in WordingKind}  # rows, answered right key, other key
    for row in rows:
        hits = matcher.search(row.message)
        answered = decide(hits, DEFAULT_ANSWER_THRESHOLD, DEFAULT_SUGGEST_THRESHOLD)
        counts[row.kind][0] += 1
        if answered is Decision.ANSWER:
            counts[row.kind][1 if hits[0].key == row.key else 2] += 1
    return WordingFigures(
        name,
        counts[WordingKind.CONTRADICTION][0],
        counts[WordingKind.CONTRADICTION][1],
        counts[WordingKind.PARAPHRASE][0],
        counts[WordingKind.PARAPHRASE][1],
        counts[WordingKind.PARAPHRASE][2],
        counts[WordingKind.UNRELATED][0],
        counts[WordingKind.UNRELATED][2],
    )


def paraphrases(key: int, message: str, *, sure: bool = True) -> Wording:
    """A paraphrase of fact-check `key`'s claim."""
    return Wording(WordingKind.PARAPHRASE, key, message, sure=sure)


def contradicts(key: int, message: str, *, missed: str | None = None) -> Wording:
    """A message that says something else than fact-check `key`'s claim."""
    return Wording(WordingKind.CONTRADICTION, key, message, missed=missed)


def unrelated(message: str) -> Wording:
    """A message no sample fact-check is about."""
    return Wording(WordingKind.UNRELATED, None, message)


DESIGN: tuple[Wording, ...] = (
    # four sets: the first two built the rules; the third was measured, then used; the fourth
    # built decision 117
    paraphrases(
        0,
        "URGENT!!! Election moved to MONDAY 9 March coz of heavy rain 🌧️🌧️ your ballot on "
        "sunday WONT COUNT. pls share",
    ),
    contradicts(
        0, "The national election has NOT been moved, it stays on Sunday despite the rain forecast"
    ),
    contradicts(
        0,
        "The national election has been moved from Sunday to Tuesday 10 March because heavy "
        "rain is forecast",
    ),
    paraphrases(
        1,
        "u can vote by sms now!! text YES + candidate number to 4455, no need to go to "
        "polling station",
    ),
    contradicts(
        1,
        "You cannot vote from your phone by texting YES to 4455, you must go to a polling station",
    ),
    contradicts(1, "You can vote from your phone: text YES and your candidate's number to 7788"),
    paraphrases(
        2,
        "the ink they put on your finger has poison that gives you skin cancer!!! share b4 "
        "its deleted",
    ),
    contradicts(2, "The ink painted on voters' fingers is safe and does not cause skin cancer"),
    paraphrases(
        4,
        "dont use the pencil in the booth, officials can erase pencil marks and change your "
        "vote. bring a pen",
    ),
    contradicts(
        4, "Use the pencil provided in the booth: pencil marks cannot be rubbed out by officials"
    ),
    paraphrases(
        7,
        "from now only passports accepted at polling stations. national ID cards no longer valid!!",
    ),
    contradicts(
        7,
        "National ID cards are still accepted as identification at polling stations, not only "
        "a passport",
    ),
    paraphrases(
        9,
        "BREAKING: northern district voting machines HACKED overnight, thousands of votes "
        "flipped to the ruling party",
    ),
    contradicts(
        9,
        "Voting machines in the eastern district were hacked overnight and flipped thousands "
        "of votes to the governing party",
    ),
    contradicts(
        9, "Voting machines in the northern district were checked overnight and were not hacked"
    ),
    paraphrases(
        11, "if you dont vote you will be fined 500 taken straight from your salary next month"
    ),
    contradicts(11, "If you don't vote you will be fined 50 taken from your salary next month"),
    contradicts(11, "Anyone who does not vote will not be fined"),
    paraphrases(
        12,
        "Ya se puede votar por whatsapp!!! manden foto de la cédula y el número del candidato "
        "al contacto oficial",
    ),
    contradicts(12, "No se puede votar por WhatsApp mandando una foto de tu cédula"),
    paraphrases(
        14,
        "toque de queda desde las 6 de la tarde el día de las elecciones, la policía va a "
        "detener a quien esté en la calle",
    ),
    contradicts(14, "Habrá toque de queda desde las nueve de la noche el día de las elecciones"),
    contradicts(14, "No habrá toque de queda el día de las elecciones"),
    paraphrases(
        17, "mas de 20.000 muertos votaron en la provincia costera segun una lista en redes"
    ),
    contradicts(17, "Más de 2.000 personas fallecidas votaron en la provincia costera"),
    paraphrases(
        24,
        "On peut voter en ligne cette année en cliquant sur le lien du SMS envoyé par le "
        "ministère de l'Intérieur !!",
    ),
    contradicts(
        24, "On ne peut pas voter en ligne cette année, le lien envoyé par SMS est une arnaque"
    ),
    paraphrases(28, "amende de 150 euros pour tous ceux qui ne vont pas voter dimanche !!!"),
    contradicts(28, "amende de 1500 euros pour tous ceux qui ne vont pas voter dimanche"),
    contradicts(28, "Il n'y aura aucune amende pour ceux qui ne vont pas voter dimanche"),
    paraphrases(
        33,
        "Le scrutin est reporté d'une semaine à cause de l'épidémie de grippe, annonce de la "
        "préfecture",
    ),
    contradicts(
        33,
        "Le scrutin est reporté d'un mois à cause d'une épidémie de grippe, a annoncé la "
        "préfecture",
    ),
    contradicts(
        33, "Le scrutin n'est pas reporté malgré l'épidémie de grippe, a annoncé la préfecture"
    ),
    paraphrases(
        34, "a eleição foi adiada pra dezembro pelo tribunal eleitoral porque faltam urnas"
    ),
    contradicts(
        34, "A eleição foi adiada para janeiro por decisão do tribunal eleitoral por falta de urnas"
    ),
    contradicts(
        34, "A eleição não foi adiada para dezembro, o tribunal eleitoral tem urnas suficientes"
    ),
    paraphrases(
        39, "eleitores com mais de 70 anos proibidos de votar nesta eleição por nova lei!!"
    ),
    contradicts(
        39,
        "Eleitores com mais de 60 anos estão proibidos de votar nesta eleição por causa de "
        "uma nova lei",
    ),
    contradicts(39, "Eleitores com mais de 70 anos não estão proibidos de votar nesta eleição"),
    paraphrases(42, "الهيئة أعلنت تأجيل الانتخابات شهر كامل بسبب موجة الحر"),
    contradicts(42, "الهيئة لم تعلن تأجيل الانتخابات بسبب موجة الحر"),
    contradicts(42, "أعلنت الهيئة تأجيل الانتخابات أسبوعاً بسبب موجة الحر الشديدة"),
    paraphrases(45, "سيقطعون الإنترنت في كل البلاد يوم الانتخابات لمنع نشر النتائج", sure=False),
    contradicts(45, "لن يتم قطع الإنترنت يوم الانتخابات"),
    unrelated("What time do the polls close on Sunday?"),
    unrelated("Is it true that the election is on Sunday?"),
    unrelated("The governor's dog won a prize at the county fair"),
    contradicts(10, "Citizens living abroad can NOT post their ballots from the consulate"),
    contradicts(
        10, "Citizens living abroad can never post their ballots, postal votes are not counted"
    ),
    contradicts(22, "Para votar se puede llevar una fotocopia del documento de identidad"),
    contradicts(
        41, "É proibido levar para a cabine uma cola em papel com os números dos seus candidatos"
    ),
    contradicts(5, "The independent candidate for mayor has NOT pulled out of the race"),
    contradicts(21, "La candidata de la alianza ecologista no renunció anoche"),
    contradicts(
        13, "La Escuela San Miguel sigue abierta como colegio electoral, no trasladaron las mesas"
    ),
    paraphrases(
        0,
        "Fwd: they moved the national election to monday 9 march because of the rain "
        "forecast. sunday ballots won't be counted",
    ),
    contradicts(
        0, "The election is still on Sunday, it was not moved to Monday because of the rain"
    ),
    contradicts(
        0, "National election moved from Sunday to Monday 16 March because heavy rain is forecast"
    ),
    paraphrases(
        2,
        "Indelible ink on fingers contains poison causing skin cancer - please share before "
        "they delete it",
    ),
    contradicts(2, "Doctors confirm the ink on voters' fingers does not contain any poison"),
    paraphrases(
        5,
        "The independent mayoral candidate withdrew from the race and told her supporters to "
        "stay home on election day",
    ),
    contradicts(
        5,
        "The independent candidate for mayor is still in the race and asks her supporters to "
        "go and vote",
        missed="still in the race against pulled out of the race: no table pairs them",
    ),
    paraphrases(
        8,
        "Half a million voters were secretly deleted from the electoral roll last week "
        "without being told!!",
    ),
    contradicts(
        8,
        "Half a million voters were secretly deleted from the electoral register last month "
        "without being told",
    ),
    contradicts(8, "No voters were deleted from the electoral register last week"),
    paraphrases(
        11, "Those who don't vote get a fine of 500 taken from their salary next month", sure=False
    ),
    contradicts(11, "Anyone who does not vote will be fined 500 taken from their salary next year"),
    paraphrases(
        16,
        "Si estás fuera del país tienes que volver para votar porque este año los consulados "
        "no reciben votos",
    ),
    contradicts(
        16, "Si estás en el extranjero puedes votar en el consulado, no tienes que volver al país"
    ),
    paraphrases(19, "la jornada electoral se amplía a dos días sábado y domingo para evitar colas"),
    contradicts(19, "La jornada electoral se amplía a tres días para evitar las colas"),
    contradicts(19, "La jornada electoral no se amplía, sigue siendo solo el domingo"),
    paraphrases(
        25,
        "Attention les bulletins remplis au stylo bleu seront annulés, seul le noir est "
        "accepté dans l'isoloir",
    ),
    contradicts(25, "Les bulletins remplis au stylo bleu ne seront pas annulés"),
    paraphrases(
        29,
        "Les procurations ne sont plus acceptées pour ce scrutin, il faut voter en personne "
        "obligatoirement",
    ),
    contradicts(29, "Les procurations sont toujours acceptées pour ce scrutin"),
    paraphrases(
        31,
        "Les machines à voter sont connectées à internet et peuvent être piratées à distance "
        "pendant le dépouillement !!",
    ),
    contradicts(
        31, "Les machines à voter ne sont pas connectées à Internet et ne peuvent pas être piratées"
    ),
    paraphrases(
        36,
        "dá pra votar pelo app do banco com a senha do cartão, procura a opção eleições",
        sure=False,
    ),
    contradicts(36, "Não dá para votar pelo aplicativo do banco"),
    paraphrases(40, "Mesários vão anular o voto de quem chegar com camiseta da cor de um partido"),
    contradicts(40, "Mesários não vão anular o voto de quem chegar com camiseta de partido"),
    paraphrases(43, "الحبر الانتخابي يسبب العمى اذا لمس العين لذلك ارفضوا وضعه على الاصبع"),
    contradicts(43, "الحبر الانتخابي لا يسبب العمى"),
    paraphrases(44, "الصناديق وصلت للمراكز وفيها أوراق مؤشر عليها مسبقا لصالح مرشح واحد"),
    unrelated("Where is my polling station?"),
    unrelated("How do I register to vote from abroad?"),
    contradicts(3, "Photo shows ballot papers handed out with no marks next to any candidate"),
    contradicts(
        3,
        "Photo proves ballot papers are being handed out with a cross already marked next to "
        "Candidate D.",
    ),
    contradicts(6, "Television showed the final results only after the polls closed"),
    contradicts(20, "Un video muestra urnas que llegaron vacías a los centros de votación"),
    contradicts(23, "El programa de conteo de votos fue hecho por una empresa nacional"),
    contradicts(37, "Vídeo mostra urna eletrônica lacrada que não foi aberta na seção"),
    contradicts(
        26,
        "Les résultats du premier tour ont été donnés à la télévision après la fermeture des "
        "bureaux de vote",
    ),
    paraphrases(
        9,
        "Pls share: in the northern district they hacked the voting machines last night and "
        "thousands of votes went to the governing party",
    ),
    contradicts(
        9,
        "Voting machines in the northern district were hacked overnight and flipped thousands "
        "of votes to the opposition party",
    ),
    contradicts(9, "Is it true the voting machines in the northern district were never hacked?"),
    paraphrases(
        1,
        "Is it true you can vote from your phone by texting YES and the candidate number to 4455?",
    ),
    contradicts(
        1, "You can vote from your phone by texting NO and your candidate's number to 4455"
    ),
    paraphrases(
        6,
        "TV announced the final results at noon hours before the polls closed!! proof it was "
        "decided beforehand",
    ),
    contradicts(
        6, "Television showed the final results at 8 in the evening, after the polls closed"
    ),
    paraphrases(
        8,
        "🚨 500,000 voters secretly DELETED from the electoral register last week without "
        "being told 🚨",
    ),
    contradicts(
        8, "Five thousand voters were secretly deleted from the electoral register last week"
    ),
    paraphrases(
        10,
        "Good news: citizens living abroad can post their ballots from the consulate and the "
        "votes are counted on election night",
    ),
    contradicts(
        10,
        "Citizens living abroad can post their ballots from the consulate but postal votes "
        "are only counted a week later",
    ),
    paraphrases(
        13,
        "Atención: cerraron el colegio electoral de la Escuela San Miguel y pasaron las mesas "
        "al estadio municipal",
    ),
    contradicts(
        13,
        "Cerraron el colegio electoral de la Escuela Santa Ana y trasladaron las mesas al "
        "estadio municipal",
    ),
    paraphrases(
        15,
        "ojo!! la tinta indeleble se quita en segundos con vinagre y lejía, hay gente votando "
        "dos y tres veces",
    ),
    contradicts(15, "La tinta indeleble no se quita con vinagre ni con lejía"),
    paraphrases(18, "Si no votas te quitan el bono familiar y la ayuda por hijo durante un año!!!"),
    contradicts(18, "Si no votas te quitan el bono familiar durante un mes"),
    paraphrases(
        22,
        "Recuerden que para votar hay que llevar el documento de identidad original, la "
        "fotocopia no sirve",
    ),
    paraphrases(
        27,
        "Le bureau de vote de la mairie est fermé pour travaux, il faut aller voter à la gare "
        "routière !!",
    ),
    contradicts(
        27, "Le bureau de vote de la mairie est ouvert, pas besoin d'aller à la gare routière"
    ),
    paraphrases(
        30, "Vidéo : un candidat retire sa candidature et appelle à voter pour son adversaire"
    ),
    paraphrases(
        32, "Sans carte électorale impossible de voter, les bureaux refusent ceux qui l'ont perdue"
    ),
    contradicts(
        32,
        "Même sans carte électorale on peut voter avec une pièce d'identité",
        missed="impossible de voter is a negation no table has",
    ),
    paraphrases(
        35,
        "A tinta que passam no dedo dos eleitores transmite doença de pele porque usam o "
        "mesmo frasco pra todo mundo",
    ),
    contradicts(35, "A tinta passada no dedo dos eleitores não transmite doenças de pele"),
    paraphrases(
        38, "Quem teve o título cancelado pode votar normal só com a certidão de nascimento"
    ),
    contradicts(
        38, "Quem teve o título cancelado não pode votar apresentando só a certidão de nascimento"
    ),
    paraphrases(
        41, "É permitido levar uma cola em papel com os números dos candidatos para a cabine"
    ),
    contradicts(39, "Eleitores com mais de 70 anos podem votar normalmente nesta eleição"),
    contradicts(
        42,
        "أعلنت الهيئة تأجيل الانتخابات شهراً كاملاً بسبب الأمطار الغزيرة",
        missed="another cause (heavy rain, not a heat wave): only meaning tells",
    ),
    paraphrases(45, "سيقطعون الانترنت في جميع انحاء البلاد يوم الانتخابات حتى لا تنشر النتائج"),
    contradicts(45, "لن يقطعوا الإنترنت يوم الانتخابات"),
    contradicts(44, "صناديق الاقتراع وصلت إلى المراكز فارغة ومختومة"),
    unrelated("Who won the last election in the northern district?"),
    unrelated("Can I bring my child to the polling station?"),
    # fourth set (decision 117): a time, place or name swapped in a word-for-word retelling, a
    # scope narrowed or moved ("only if", "sauf", "بعد"); paraphrases that swap synonyms
    contradicts(
        8,
        "Half a million voters were secretly deleted from the electoral register back "
        "in 2015 without being told",
    ),
    contradicts(
        21,
        "La candidata de la alianza ecologista renunció el año pasado y pidió el voto "
        "para su rival",
    ),
    contradicts(
        13,
        "Cerraron el colegio electoral de la Escuela San Miguel y trasladaron todas las"
        " mesas al estadio de Valparaíso sin avisar",
    ),
    contradicts(
        27,
        "Le bureau de vote de la mairie est fermé pour travaux, les électeurs doivent "
        "aller voter à la gare de Lille",
    ),
    contradicts(
        33,
        "Le scrutin est reporté d'une semaine à cause d'une épidémie de grippe, a "
        "annoncé la mairie de Nantes",
    ),
    contradicts(
        37,
        "Vídeo mostra urna eletrônica sendo aberta com chave de fenda e votos sendo "
        "trocados no ano passado",
    ),
    contradicts(
        1,
        "You can vote from your phone: text YES and your candidate's number to 4455 "
        "only if you are registered abroad",
    ),
    contradicts(
        36,
        "Dá para votar pelo aplicativo do banco usando a mesma senha do cartão, apenas "
        "para clientes que moram no exterior",
    ),
    contradicts(
        25,
        "Les bulletins remplis au stylo bleu seront annulés, sauf dans les bureaux de "
        "vote de Paris",
    ),
    contradicts(
        19,
        "La jornada electoral se amplía a dos días, sábado y domingo, solo en la "
        "capital, para evitar las colas en los centros de votación",
    ),
    contradicts(45, "سيتم قطع الإنترنت في جميع أنحاء البلاد بعد يوم الانتخابات لمنع نشر النتائج"),
    contradicts(
        29,
        "Les procurations ne sont plus acceptées depuis l'an dernier, il faut "
        "obligatoirement voter en personne",
    ),
    contradicts(
        16,
        "Si estás en el extranjero tienes que volver al país para votar, porque los "
        "consulados no reciben votos desde 2010",
    ),
    paraphrases(
        9,
        "Voting machines in the north district were hacked during the night and flipped"
        " thousands of votes to the governing party",
    ),
    paraphrases(
        21,
        "La candidata de la alianza ecologista renunció ayer por la noche y pidió votar"
        " por su rival",
    ),
    paraphrases(
        8,
        "Half a million voters were secretly removed from the electoral register last "
        "week without being told",
    ),
    paraphrases(
        13,
        "Cerraron el colegio electoral de la Escuela San Miguel y mudaron todas las "
        "mesas al estadio municipal sin avisar",
    ),
    # Seven days for a week: read as a swapped time, so it goes to the desk.
    paraphrases(
        33,
        "Le scrutin est reporté de 7 jours à cause d'une épidémie de grippe, a annoncé "
        "la préfecture",
        sure=False,
    ),
    paraphrases(45, "سيتم قطع الإنترنت في كل أنحاء البلاد يوم الانتخابات لمنع نشر النتائج"),
    paraphrases(42, "أعلنت الهيئة تأجيل الانتخابات لمدة شهر كامل بسبب موجة الحر الشديدة"),
    paraphrases(
        28,
        "Une amende de 150 euros sera envoyée à tous ceux qui ne se déplacent pas pour "
        "voter ce dimanche",
    ),
    paraphrases(
        14,
        "Habrá toque de queda desde las 6 de la tarde el día de las elecciones y la "
        "policía detendrá a quien ande en la calle",
    ),
    paraphrases(
        34,
        "A eleição foi adiada para dezembro pelo tribunal eleitoral por falta de urnas",
    ),
    paraphrases(
        10,
        "Citizens who live abroad can post their ballots from the consulate and these "
        "postal votes get counted on election night",
    ),
    paraphrases(
        16,
        "Si vives en el extranjero tienes que volver al país para votar, los consulados"
        " no reciben votos este año",
    ),
    paraphrases(
        24,
        "Cette année on peut voter en ligne en cliquant sur le lien reçu par SMS du "
        "ministère de l'Intérieur",
    ),
)

HELD_OUT: tuple[Wording, ...] = (
    # written after the rules were fixed; only measured
    paraphrases(
        0,
        "Heads up: because of the heavy rain forecast the national election is now on Monday "
        "9 March, not Sunday. Ballots cast Sunday will be void",
    ),
    contradicts(
        0,
        "Heads up: the national election is still on Sunday, the electoral body says it will "
        "not move it because of rain",
    ),
    contradicts(
        0, "Because of the heavy rain forecast the national election is moved to Sunday 15 March"
    ),
    paraphrases(
        1,
        "My aunt says you can vote from your phone, just text YES and your candidate's number "
        "to 4455, no need for the polling station??",
    ),
    contradicts(
        1,
        "You can vote from your phone by texting YES and the candidate's number to 4455 only "
        "if you live abroad",
    ),
    paraphrases(
        2, "pls forward: the ink painted on voters fingers contains poison that causes skin cancer"
    ),
    contradicts(
        2, "The ink painted on voters' fingers contains no poison and cannot cause skin cancer"
    ),
    paraphrases(
        3,
        "Photo proves ballot papers are handed out with a cross already marked next to "
        "Candidate C!!",
    ),
    contradicts(
        3,
        "Photo proves ballot papers are handed out with a cross already marked next to Candidate A",
    ),
    paraphrases(
        4,
        "Never use the pencil they give you in the booth, officials rub out pencil marks and "
        "change the vote",
    ),
    contradicts(
        4,
        "It is fine to use the pencil provided in the booth, officials cannot rub out pencil marks",
    ),
    paraphrases(
        5,
        "The independent candidate for mayor pulled out of the race and wants her supporters "
        "to stay home on election day",
    ),
    paraphrases(
        7,
        "Only passports will be accepted as ID at polling stations from now on, national ID "
        "cards are no longer valid",
    ),
    contradicts(
        7,
        "Only passports will be accepted as ID at polling stations in the capital, national "
        "ID cards remain valid elsewhere",
    ),
    paraphrases(
        8,
        "Half a million voters deleted from the electoral register last week and nobody told them",
    ),
    contradicts(
        8, "Fifty voters were deleted from the electoral register last week without being told"
    ),
    paraphrases(
        9,
        "Voting machines hacked overnight in the northern district, thousands of votes "
        "flipped to the governing party",
    ),
    contradicts(
        9,
        "Voting machines in the northern district were hacked last year and flipped thousands "
        "of votes to the governing party",
    ),
    paraphrases(
        11,
        "Anyone who doesn't vote will be fined 500 and the fine will come straight out of "
        "their salary next month",
    ),
    contradicts(
        11,
        "Anyone who does not vote will be fined 500 and the fine will be taken from their "
        "salary in two years",
    ),
    paraphrases(
        12,
        "Confirmado: ya se puede votar por WhatsApp mandando foto de la cédula y el número de "
        "tu candidato",
    ),
    contradicts(12, "Falso que se pueda votar por WhatsApp mandando una foto de la cédula"),
    paraphrases(
        14,
        "Dicen que habrá toque de queda desde las seis de la tarde el día de las elecciones y "
        "detendrán a quien esté en la calle",
    ),
    contradicts(
        14, "Habrá toque de queda desde las seis de la tarde el día después de las elecciones"
    ),
    paraphrases(
        17,
        "Más de 20.000 personas fallecidas votaron en la provincia costera según una lista "
        "que circula",
    ),
    contradicts(
        17,
        "Más de 20.000 personas fallecidas votaron en la provincia del norte según una lista "
        "que circula",
    ),
    paraphrases(
        21, "La candidata de la alianza ecologista renunció anoche y pidió votar por su rival"
    ),
    contradicts(
        21, "La candidata de la alianza ecologista renunció anoche y pidió votar en blanco"
    ),
    paraphrases(
        24, "Le ministère de l'Intérieur a envoyé par SMS un lien pour voter en ligne cette année"
    ),
    contradicts(
        24,
        "Cette année on peut voter en ligne en cliquant sur le lien envoyé par SMS par la "
        "mairie de Lyon",
    ),
    paraphrases(28, "Tous ceux qui ne vont pas voter dimanche recevront une amende de 150 euros"),
    contradicts(
        28,
        "Une amende de 150 euros sera envoyée à tous ceux qui ne se déplacent pas pour voter lundi",
    ),
    paraphrases(
        33,
        "La préfecture a annoncé que le scrutin est reporté d'une semaine à cause d'une "
        "épidémie de grippe",
    ),
    contradicts(33, "La préfecture dément : le scrutin est maintenu malgré l'épidémie de grippe"),
    paraphrases(34, "Tribunal eleitoral adiou a eleição para dezembro por falta de urnas"),
    contradicts(34, "A eleição foi adiada para dezembro de 2030 por decisão do tribunal eleitoral"),
    paraphrases(
        37,
        "Vídeo mostra urna eletrônica sendo aberta com uma chave de fenda e os votos sendo "
        "trocados",
    ),
    paraphrases(39, "Nova lei proíbe eleitores com mais de 70 anos de votar nesta eleição"),
    contradicts(39, "Nova lei proíbe eleitores com mais de 80 anos de votar nesta eleição"),
    paraphrases(42, "الهيئة أعلنت تأجيل الانتخابات شهرا كاملا بسبب موجة الحر"),
    contradicts(43, "الحبر الانتخابي آمن ولا يسبب أي ضرر للعينين"),
    paraphrases(45, "سيتم قطع الإنترنت في البلاد كلها يوم الانتخابات لمنع نشر النتائج"),
    unrelated("How many polling stations are there in the northern district?"),
    unrelated("¿Dónde puedo consultar mi mesa de votación?"),
    unrelated("Quel est le numéro d'urgence de la préfecture ?"),
)
