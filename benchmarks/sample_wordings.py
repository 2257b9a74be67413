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
`HELD_OUT_2` and `HELD_OUT_3` were written by helpers that never saw the guard's rules, in other
styles (retellings, headlines, voice-note transcripts, OCR line breaks); each was measured once
(decision 117 has the figures) and then used to correct the rules, so they are reported, not
held out any more. Later helpers' sets are in `blind_wordings`.
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
from matching.cross_lingual import MultilingualEncoder


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
    encoder: Encoder | None = None,
    title_role: TextRole = TextRole.TITLE,
    multilingual: MultilingualEncoder | None = None,
) -> Matcher[int]:
    """The sample fact-checks as the bot indexes them: key n is the n-th fact-check.
    `title_role=TextRole.CLAIM` indexes headlines as before decision 115 (the baseline).
    `multilingual`: with the multilingual extra, each text's passage vector computed first, as
    the bot's background job stores them."""
    matcher: Matcher[int] = Matcher(encoder=encoder, multilingual=multilingual)
    texts = [
        (number, text, item["inLanguage"], role)
        for number, item in enumerate(json.loads(SAMPLE_PATH.read_text("utf-8"))["@graph"])
        for text, role in ((item["claimReviewed"], TextRole.CLAIM), (item["headline"], title_role))
    ]
    vectors = (
        list(multilingual.passage([text for _, text, _, _ in texts]))
        if multilingual is not None
        else [None] * len(texts)
    )
    for (number, text, language, role), vector in zip(texts, vectors, strict=True):
        matcher.add_text(number, text, language, dense_vector=vector, role=role)
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
    contradictions_elsewhere: int = 0  # automatically, with another fact-check


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
        counts[WordingKind.CONTRADICTION][2],
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
    contradicts(32, "Même sans carte électorale on peut voter avec une pièce d'identité"),
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
    contradicts(42, "أعلنت الهيئة تأجيل الانتخابات شهراً كاملاً بسبب الأمطار الغزيرة"),
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
    # a correction forwarded: it denies what the claim says (the denial check)
    contradicts(
        31,
        "Le ministère dément que les machines à voter soient connectées à Internet pendant "
        "le dépouillement",
    ),
    contradicts(
        39,
        "TSE desmente que eleitores com mais de 70 anos estejam proibidos de votar nesta eleição",
    ),
    contradicts(
        4,
        "Officials denied reports that pencil marks can be rubbed out and your vote changed",
    ),
    contradicts(15, "No es cierto que la tinta indeleble se quite en segundos con vinagre y lejía"),
    paraphrases(
        11,
        "they deny it but anyone who does not vote will be fined 500 taken from their salary "
        "next month",
        sure=False,
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

HELD_OUT_2: tuple[Wording, ...] = (
    # written by a helper that never saw the guard's rules; measured once with decision 117's
    # first rules, then used to correct them (docs/decisions.md, 117)
    # PARAPHRASES (same claim as item n's claimReviewed)
    # --- English ---
    paraphrases(
        0,
        "FWD: ELECTION MOVED TO MONDAY 9 MARCH!!! 🌧️🌧️ they say huge rain on sunday "
        "so if u vote sunday ur ballot WONT be counted. tell everyone!!",
    ),
    paraphrases(
        1,
        "my aunt sent this: no need to go to the polling station this year, just sms "
        "YES + ur candidate's number to 4455 and ur vote is done 📱 is this legit??",
    ),
    paraphrases(
        2,
        "⚠️⚠️ DONT LET THEM PUT THE INK ON UR FINGER, there is poison in it that "
        "gives u skin cancer. share b4 they delete this!!",
    ),
    paraphrases(
        3,
        "look at this pic 👀 the ballot papers they give u already have an X next to "
        "Candidate C. RIGGED!!",
    ),
    paraphrases(
        5,
        "is it true that the independent woman running for mayor quit the race and "
        "told her people to stay home on election day?",
    ),
    paraphrases(
        7,
        "pls read: from now on polling stations ONLY take passports, ur national ID "
        "card wont be accepted anymore!! tell ur family",
    ),
    paraphrases(
        9,
        "BREAKING 🚨 the voting machines up in the north district got hacked last "
        "night and thousands of votes were switched to the ruling party",
    ),
    paraphrases(
        10,
        "my cousin abroad says u can mail ur ballot through the consulate and those "
        "postal votes get counted on the night of the election. true?",
    ),
    paraphrases(
        11,
        "Forwarded many times: if u dont vote they fine u 500 and take it straight "
        "out of ur paycheck next month 😡😡",
    ),
    # --- Spanish ---
    paraphrases(
        12,
        "Ya no hace falta ir a la mesa 😱 mandas una foto de tu cédula + el número de "
        "tu candidato al WhatsApp oficial del tribunal electoral y listo. ¿es verdad?",
    ),
    paraphrases(
        14,
        "OJO 🚨 el día de la votación hay toque de queda a partir de las 6 pm y a "
        "quien encuentren en la calle se lo lleva la policía. Reenvía!!",
    ),
    paraphrases(
        15,
        "dicen q la tinta del dedo se borra al toque con vinagre y cloro y x eso hay "
        "gente votando 2 y 3 veces 🤬",
    ),
    paraphrases(
        16,
        "mi prima q vive afuera dice q este año los consulados no aceptan votos y hay"
        " q viajar al país si uno quiere votar. ¿es así?",
    ),
    paraphrases(
        17,
        "Circula una lista: más de 20 mil muertos votaron en la provincia de la "
        "costa!!! 💀💀 compartan",
    ),
    paraphrases(
        18,
        "ATENCIÓN MAMÁS: si no votas te sacan el bono familiar y la ayuda por hijo "
        "por un año entero. pásalo",
    ),
    paraphrases(
        20,
        "Miren este video 📹 las urnas llegan a los locales de votación YA LLENAS de "
        "papeletas antes de que abran!!",
    ),
    paraphrases(
        22,
        "pregunta: es cierto q hay q llevar la cédula original pa votar? q si llevas "
        "fotocopia o la foto en el cel no vale?",
    ),
    # --- French ---
    paraphrases(
        24,
        "Reçu ce SMS soi-disant du ministère de l'Intérieur : cette année vous pouvez"
        " voter par Internet en cliquant sur le lien 🔗 c vrai ??",
    ),
    paraphrases(
        25,
        "ATTENTION !!! si vous votez au stylo bleu votre bulletin sera annulé, dans "
        "l'isoloir seul le stylo noir est accepté. Faites tourner",
    ),
    paraphrases(
        27,
        "Ma voisine dit que le bureau de vote de la mairie est fermé à cause des "
        "travaux et qu'il faut aller voter à la gare routière, qqn confirme ?",
    ),
    paraphrases(
        28,
        "si tu vas pas voter dimanche tu reçois une amende de 150€ 😤 partagez à tout le monde",
    ),
    paraphrases(
        29,
        "Plus de procuration pour cette élection !! tout le monde doit se déplacer et"
        " voter en personne, c'est obligatoire",
    ),
    paraphrases(
        31,
        "Les machines à voter sont branchées sur le net, n'importe quel hacker peut "
        "les pirater à distance pendant qu'on compte les votes !!!",
    ),
    paraphrases(
        33,
        "🚨 URGENT la préfecture annonce : l'élection est repoussée de 7 jours à cause"
        " de l'épidémie de grippe",
    ),
    # --- Portuguese ---
    paraphrases(
        34,
        "URGENTE: o tribunal eleitoral adiou a eleição pra dezembro pq não tem urna "
        "suficiente!! repassem",
    ),
    paraphrases(
        35,
        "vcs sabiam q a tinta q passam no dedo pega doença de pele? usam o mesmo "
        "vidro pra todo mundo 🤢",
    ),
    paraphrases(
        36,
        "gente dá pra votar pelo app do banco, usa a senha do cartão mesmo e procura "
        "a opção eleições. é vdd??",
    ),
    paraphrases(
        39,
        "É verdade q idoso com mais de 70 anos não pode mais votar por causa de uma "
        "lei nova? minha vó ficou preocupada",
    ),
    paraphrases(
        41,
        "pode levar um papelzinho com os números dos candidatos pra cabine? meu primo"
        " disse q é permitido",
    ),
    # --- Arabic ---
    paraphrases(42, "عاجل 🚨 الهيئة قررت تأجيل الانتخابات لمدة شهر بسبب الحر الشديد، انشروا"),
    paraphrases(43, "انتبهوا!! لا تسمحوا لهم بوضع الحبر على أصابعكم، إذا لمس العين يسبب العمى 😱"),
    paraphrases(45, "هل صحيح أنهم سيقطعون الإنترنت في كل البلد يوم التصويت حتى لا تنتشر النتائج؟"),
    # CONTRADICTIONS (about item n, but a different claim)
    # --- English ---
    # negation/denial: the commission denied the move (message says vote Sunday as normal) vs claim
    contradicts(
        0,
        "FWD: the electoral commission denied that the national election was moved "
        "from Sunday to Monday 9 March because of rain, so vote on Sunday as normal, "
        "Sunday ballots WILL be counted 👍",
    ),
    # object: checking your polling station by text vs voting by text
    contradicts(
        1,
        "u can check which polling station is yours from ur phone: text YES and ur ID"
        " number to 4455 and they reply with the address",
    ),
    # consequence: ink only stains the skin for a few days vs ink is poison causing skin cancer
    contradicts(
        2,
        "Heads up: the indelible ink painted on voters' fingers stains the skin for a"
        " few days, so dont panic if it doesnt wash off straight away",
    ),
    # person: Green party candidate for governor (he) vs independent candidate for mayor (she)
    contradicts(
        5,
        "The Green party candidate for governor has pulled out of the race and is "
        "asking his supporters to stay at home on polling day.",
    ),
    # time: results shown at 8 pm, after polls closed, vs at 12 noon before polls closed
    contradicts(
        6,
        "Television showed the final results at 8 pm, two hours after the polls "
        "closed, which proves the count went fast this time.",
    ),
    # opposite outcome: voters added to the register vs deleted from it
    contradicts(
        8,
        "Half a million new voters were added to the electoral register last week, "
        "most of them first-time 18 year olds.",
    ),
    # time: postal votes from abroad counted a week later vs counted on election night
    contradicts(
        10,
        "Citizens living abroad can post their ballots from the consulate, but these "
        "postal votes are only counted a week after election night.",
    ),
    # person: poll workers who skip their shift vs anyone who does not vote
    contradicts(
        11,
        "Poll workers who don't turn up for their shift will be fined 500 and the "
        "fine will be taken directly from their salary next month.",
    ),
    # --- Spanish ---
    # object: consulting your assigned table by WhatsApp vs voting by WhatsApp
    contradicts(
        12,
        "Ya se puede consultar tu mesa por WhatsApp: manda el número de tu cédula al "
        "contacto oficial del tribunal electoral y te dice dónde votas.",
    ),
    # number: only one table (mesa 12) moved, to the school's own gym, vs whole school closed and a
    contradicts(
        13,
        "En la Escuela San Miguel solo movieron una mesa, la 12, al gimnasio de la "
        "misma escuela; las demás siguen en su lugar.",
    ),
    # place: Liceo Bolívar vs Escuela San Miguel
    contradicts(
        13,
        "Cerraron el colegio electoral del Liceo Bolívar y trasladaron todas las "
        "mesas al estadio municipal sin avisar.",
    ),
    # time: the day after the elections vs election day
    contradicts(
        14,
        "Habrá toque de queda desde las seis de la tarde el día después de las "
        "elecciones y la policía detendrá a quien esté en la calle.",
    ),
    # condition: only those NOT registered at the consulate before the deadline vs everyone abroad
    contradicts(
        16,
        "Si estás en el extranjero y no te inscribiste en el consulado antes de la "
        "fecha límite, tienes que volver al país para votar.",
    ),
    # object: dead people removed from the register vs dead people voted
    contradicts(
        17,
        "Más de 20.000 personas fallecidas fueron dadas de baja del padrón en la "
        "provincia costera, informó el tribunal electoral.",
    ),
    # negation: not true that voting is extended to two days vs it is extended
    contradicts(
        19,
        "No es cierto que la jornada electoral se amplía a dos días, sábado y "
        "domingo: se vota solo el domingo como siempre.",
    ),
    # person: liberal party candidate (he) vs ecologist alliance candidate (she)
    contradicts(
        21,
        "El candidato del partido liberal renunció anoche y pidió el voto para su rival.",
    ),
    # exception: over-70s can use a photocopy vs original always required
    contradicts(
        22,
        "Para votar hay que llevar el documento de identidad original, excepto los "
        "mayores de 70 años, a quienes les sirve una fotocopia.",
    ),
    # --- French ---
    # object: requesting a proxy online vs voting online
    contradicts(
        24,
        "Cette année on peut faire sa demande de procuration en ligne sur le site du "
        "ministère de l'Intérieur, plus besoin d'aller au commissariat.",
    ),
    # object: ballots bearing the voter's name/signature annulled vs ballots filled in blue pen ann
    contradicts(
        25,
        "Les bulletins sur lesquels l'électeur a écrit son nom ou signé seront "
        "annulés : aucun signe distinctif n'est accepté dans l'isoloir.",
    ),
    # time: results one hour after polls closed vs before polls closed
    contradicts(
        26,
        "Les résultats du premier tour ont été donnés à la télévision une heure après"
        " la fermeture des bureaux de vote.",
    ),
    # place: école Jules-Ferry moved to the municipal gym vs mairie moved to the bus station
    contradicts(
        27,
        "Le bureau de vote de l'école Jules-Ferry est fermé pour travaux, les "
        "électeurs doivent aller voter au gymnase municipal.",
    ),
    # person: designated polling-station assessors who don't show up vs everyone who doesn't vote
    contradicts(
        28,
        "Une amende de 150 euros sera envoyée aux assesseurs désignés qui ne se "
        "déplacent pas dimanche pour tenir le bureau de vote.",
    ),
    # time/condition: proxies no longer accepted only after Thursday's deadline vs no longer accept
    contradicts(
        29,
        "Les procurations ne sont plus acceptées après jeudi : il faut la faire au "
        "plus tard le jeudi qui précède le scrutin.",
    ),
    # time: previous election, second round vs this election (current video)
    contradicts(
        30,
        "Lors de l'élection précédente, un candidat avait retiré sa candidature au "
        "second tour et appelé ses électeurs à voter pour son adversaire.",
    ),
    # negation: machines are NOT connected and cannot be hacked remotely vs they are connected and
    contradicts(
        31,
        "Rassurez-vous : les machines à voter ne sont pas connectées à Internet et ne"
        " peuvent pas être piratées à distance pendant le dépouillement.",
    ),
    # --- Portuguese ---
    # negation/denial: court confirmed the election is NOT postponed vs postponed to December
    contradicts(
        34,
        "O tribunal eleitoral confirmou que a eleição NÃO foi adiada para dezembro e "
        "que não falta urna nenhuma, já foram todas distribuídas.",
    ),
    # consequence: ink only stains the finger for a few days vs transmits skin disease
    contradicts(
        35,
        "A tinta passada no dedo dos eleitores deixa a pele manchada por alguns dias,"
        " mas sai sozinha, não precisa esfregar.",
    ),
    # object: paying the electoral fine via the bank app vs voting via the bank app
    contradicts(
        36,
        "Dá para pagar a multa de quem não votou pelo aplicativo do banco usando a "
        "mesma senha do cartão, é só procurar a opção boletos.",
    ),
    # condition: can vote only if the title is regularised within the deadline vs can vote with jus
    contradicts(
        38,
        "Quem teve o título cancelado só pode votar se regularizar a situação dentro "
        "do prazo; a certidão de nascimento não basta.",
    ),
    # number: under 16 vs over 70
    contradicts(39, "Eleitores com menos de 16 anos estão proibidos de votar nesta eleição."),
    # object: remove group propaganda near the section vs annul the vote of party-coloured shirts
    contradicts(
        40,
        "Mesários receberam ordem de retirar quem fizer propaganda em grupo com "
        "camiseta da cor de um partido perto da seção.",
    ),
    # negation: paper notes forbidden vs permitted
    contradicts(
        41,
        "É proibido levar para a cabine uma cola em papel com os números dos seus "
        "candidatos, o mesário tira de você.",
    ),
    # --- Arabic ---
    # object/institution: ministry of education postpones exams vs commission postpones elections
    contradicts(42, "أعلنت وزارة التربية تأجيل الامتحانات شهراً كاملاً بسبب موجة الحر الشديدة."),
    # negation/denial: the commission denied postponing vs announced postponing
    contradicts(
        42,
        "نفت الهيئة ما يُتداول عن تأجيل الانتخابات شهراً كاملاً بسبب موجة الحر، والاقتراع في موعده.",
    ),
    # consequence: slight irritation vs blindness (and no call to refuse the ink)
    contradicts(
        43,
        "الحبر الانتخابي قد يسبب تهيجاً بسيطاً إذا لمس العينين، لذلك اغسلها بالماء ولا داعي للقلق.",
    ),
    # opposite outcome: boxes arrived empty and were opened before observers vs arrived pre-filled
    contradicts(
        44,
        "صناديق الاقتراع وصلت إلى المراكز فارغة وفُتحت أمام المراقبين قبل بدء التصويت.",
    ),
    # object/time: baccalaureate exam days to stop question leaks vs election day to stop results s
    contradicts(
        45,
        "سيتم قطع الإنترنت في جميع أنحاء البلاد أيام امتحانات البكالوريا لمنع تسريب الأسئلة.",
    ),
    # UNRELATED (no catalogue item)
    unrelated(
        "is it true the TV debate between the two main candidates got cancelled?? pls answer",
    ),
    unrelated(
        "my cousin says all campaign posters have to be taken down 2 days before "
        "voting day, is that the rule?",
    ),
    unrelated(
        "¿Es verdad que los partidos pequeños van a tener más minutos de propaganda "
        "gratis en la tele este año?",
    ),
    unrelated(
        "C'est vrai que tous les bureaux de vote auront une rampe pour les fauteuils "
        "roulants cette fois ?",
    ),
    unrelated(
        "É verdade q os debates na TV vão ter intérprete de Libras obrigatório a partir desse ano?",
    ),
    unrelated("هل صحيح أن عدد مقاعد البرلمان سيرتفع إلى 250 مقعداً في هذه الدورة؟"),
)

HELD_OUT_3: tuple[Wording, ...] = (
    # written by another helper the same way; measured once with decision 117's rules before the
    # denial check, which it then helped to shape (docs/decisions.md, 117)
    paraphrases(
        0,
        "My cousin who works at the council says they've pushed the national vote "
        "back to Monday 9 March because of all the rain they're forecasting, and "
        "anything you cast on Sunday simply won't get counted.",
    ),
    paraphrases(
        1,
        "u dont even need to go to the polling station this time just text YES and "
        "the number of ur candidate to 4455 and thats ur vote done",
    ),
    paraphrases(
        2,
        "WARNING: the indelible ink they paint on voters' fingers contains a poison "
        "that gives you skin cancer, share before they delete it!!",
    ),
    paraphrases(
        4,
        "Don't use the pencils provided in the booths. Officials can rub pencil marks"
        " out and change your vote afterwards.",
    ),
    paraphrases(
        5,
        "BREAKING: INDEPENDENT MAYORAL HOPEFUL QUITS RACE, TELLS BACKERS TO STAY HOME"
        " ON ELECTION DAY",
    ),
    paraphrases(
        7,
        "fyi new rule, ID cards wont be valid at the polls anymore, only passports "
        "accepted!! pls pass it on",
    ),
    paraphrases(
        8,
        "According to sources, some 500,000 people were quietly struck off the "
        "voters' roll last week, and none of them were notified.",
    ),
    paraphrases(
        9,
        "Voting machines in the north district were hacked during the\nnight and "
        "switched thousands of votes over to the ruling party",
    ),
    paraphrases(
        10,
        "Good news for those of us living overseas: you can mail your ballot from the"
        " consulate and it gets counted on election night along with everyone else's.",
    ),
    paraphrases(
        11,
        "so my neighbour was telling me if you skip voting theyll fine you 500 and "
        "just take it straight out of your pay packet next month can they even do "
        "that",
    ),
    paraphrases(
        12,
        "ya se puede votar x whatsapp!! mandas foto de tu cédula y el número de tu "
        "candidato al contacto oficial del tribunal electoral y listo",
    ),
    paraphrases(
        14,
        "Según fuentes policiales, el día de los comicios regirá un toque de queda a "
        "partir de las 18:00 horas y será arrestada cualquier persona que permanezca "
        "en la vía pública.",
    ),
    paraphrases(
        15,
        "oye que la tinta esa indeleble sale en nada con vinagre y lejía y hay gente "
        "que está votando dos y hasta tres veces eh ojo",
    ),
    paraphrases(17, "REVELAN LISTA: MÁS DE 20 MIL MUERTOS VOTARON EN LA PROVINCIA COSTERA"),
    paraphrases(
        18,
        "Me contó la vecina que al que no vaya a votar le quitan el bono familiar y "
        "la ayuda por hijo durante todo un año.",
    ),
    paraphrases(
        19,
        "Las elecciones van a durar dos días, sábado y domingo, para que no se formen"
        " colas en los centros de votación.",
    ),
    paraphrases(
        21,
        "ÚLTIMA HORA: renunció anoche la candidata de la alianza\necologista y llamó a"
        " votar por su rival",
    ),
    paraphrases(
        22,
        "Ojo: la fotocopia del DNI o la foto en el móvil no te sirven, para votar "
        "tienes que llevar el documento original sí o sí.",
    ),
    paraphrases(
        23,
        "El software con el que cuentan los votos lo hizo una empresa de afuera y lo "
        "programaron para que gane un candidato en particular.",
    ),
    paraphrases(
        24,
        "cette année on peut voter sur internet, suffit de cliquer sur le lien que le"
        " ministère de l'Intérieur envoie par sms",
    ),
    paraphrases(
        25,
        "Attention : tout bulletin rempli au stylo bleu sera annulé, dans l'isoloir "
        "seul le stylo noir est accepté.",
    ),
    paraphrases(
        27,
        "Bureau de vote de la mairie fermé pour travaux : les électeurs\nsont priés "
        "d'aller voter à la gare routière",
    ),
    paraphrases(
        28,
        "Selon nos informations, tous les électeurs qui ne se rendront pas aux urnes "
        "dimanche recevront une amende de 150 €.",
    ),
    paraphrases(
        29,
        "bon alors apparemment les procurations c'est fini pour cette élection faut "
        "obligatoirement aller voter soi-même sinon rien",
    ),
    paraphrases(
        31,
        "MACHINES À VOTER RELIÉES À INTERNET : ELLES PEUVENT ÊTRE PIRATÉES À DISTANCE"
        " PENDANT LE DÉPOUILLEMENT",
    ),
    paraphrases(
        33,
        "La préfecture a annoncé que l'élection est repoussée d'une semaine en raison"
        " d'une épidémie de grippe.",
    ),
    paraphrases(34, "Tribunal eleitoral adia eleição para dezembro por falta de urnas"),
    paraphrases(
        35,
        "A tinta que passam no dedo dos eleitores transmite doença de pele, porque "
        "usam o mesmo frasco em todo mundo.",
    ),
    paraphrases(
        36,
        "gente da pra votar pelo app do banco com a mesma senha do cartão é só "
        "procurar a opção eleições lá no menu",
    ),
    paraphrases(
        39,
        "Segundo fontes, uma nova lei proíbe quem tem mais de 70 anos de votar nesta eleição.",
    ),
    paraphrases(
        40,
        "Os mesários foram orientados a anular o voto de\nquem aparecer de camiseta "
        "com a cor de algum partido",
    ),
    paraphrases(
        41,
        "pode sim levar uma colinha de papel com os números dos seus candidatos pra "
        "cabine, é permitido",
    ),
    paraphrases(42, "الهيئة أعلنت تأجيل الانتخابات لمدة شهر كامل بسبب موجة الحر الشديدة"),
    paraphrases(
        43,
        "انتبهوا الحبر اللي يحطوه على الاصبع يسبب العمى لو لمس العين فلا تخلوهم يحطوه",
    ),
    paraphrases(
        44,
        "بحسب مصادر، وصلت صناديق الاقتراع إلى المراكز وبداخلها أوراق مؤشّر عليها "
        "سلفاً لمصلحة مرشح واحد.",
    ),
    paraphrases(45, "عاجل: قطع الإنترنت في كل أنحاء البلاد يوم الاقتراع\nلمنع نشر النتائج"),
    # condition: only flooded polling stations move to Monday, and those ballots ARE counted
    contradicts(
        0,
        "If heavy rain floods a polling station on Sunday, voting at that station "
        "alone will be moved to Monday 9 March, and those ballots will be counted "
        "with the rest.",
    ),
    # what: the 4455 text service tells you WHERE to vote, it does not cast a vote
    contradicts(
        1,
        "you can check where to vote from your phone now, text YES and your ID number"
        " to 4455 and they send you the address of your polling station",
    ),
    # weaker consequence: mild redness instead of poison / skin cancer
    contradicts(
        2,
        "The electoral commission says the indelible ink painted on voters' fingers "
        "may cause mild redness or itching on very sensitive skin, and advises "
        "washing with soap afterwards.",
    ),
    # who: another candidate (Labour) withdraws and backs the independent
    contradicts(
        5,
        "The Labour candidate for mayor has pulled out of the race and is asking his "
        "supporters to vote for the independent candidate on polling day.",
    ),
    # when: results shown at midnight, after polls closed (nothing suspicious)
    contradicts(
        6,
        "Television showed the final results at 12 midnight, several hours after the "
        "polls closed, and the losing candidate conceded soon afterwards.",
    ),
    # how much: 500 voters removed after a court order, not half a million secretly
    contradicts(
        8,
        "Around 500 voters were deleted from the electoral register in the northern "
        "district last week after a court order, and each of them received a letter.",
    ),
    # denial: the commission denies the hacking claim
    contradicts(
        9,
        "The election commission has denied reports that voting machines in the "
        "northern district were hacked overnight, saying the machine totals match the"
        " paper ballots.",
    ),
    # condition: only overseas postal votes arriving before Friday are counted on election night
    contradicts(
        10,
        "Citizens living abroad can post their ballots from the consulate, but only "
        "the postal votes that arrive before Friday are counted on election night; "
        "the rest are counted a week later.",
    ),
    # who: the fine applies to poll workers who skip their shift, not to non-voters
    contradicts(
        11,
        "Poll workers who do not turn up for their shift will be fined 500, and the "
        "fine will be taken directly from their salary next month.",
    ),
    # what: WhatsApp only tells you your polling table, no voting
    contradicts(
        12,
        "Ya se puede consultar la mesa por WhatsApp: manda una foto de tu cédula al "
        "contacto oficial del tribunal electoral y te dicen dónde te toca votar.",
    ),
    # where: another school (Escuela Santa Rosa) and another destination
    contradicts(
        13,
        "Cerraron el colegio electoral de la Escuela Santa Rosa por una inundación y "
        "trasladaron todas las mesas al polideportivo del barrio.",
    ),
    # what: alcohol ban (ley seca) instead of a curfew, no arrests
    contradicts(
        14,
        "Habrá ley seca desde las seis de la tarde del sábado hasta el lunes por las "
        "elecciones: no se podrá vender alcohol, pero la gente puede circular con "
        "normalidad.",
    ),
    # condition: only those abroad who did not register at the consulate must come back
    contradicts(
        16,
        "si estás en el extranjero y no te inscribiste en el consulado antes de marzo"
        " tienes que volver al país para votar, los que se inscribieron votan allá "
        "normal",
    ),
    # how much: 20 deceased people still on the roll, not 20,000 who voted
    contradicts(
        17,
        "Más de 20 personas fallecidas siguen apareciendo en el padrón de la "
        "provincia costera, reconoció el registro civil, que prometió depurarlo.",
    ),
    # denial: ministry clarifies benefits are NOT removed
    contradicts(
        18,
        "El ministerio desmiente que si no vas a votar te quiten el bono familiar y "
        "la ayuda por hijo: las ayudas sociales no dependen del voto.",
    ),
    # when: a bill for future 2027 municipal elections, not this election
    contradicts(
        19,
        "Un proyecto de ley presentado ayer propone que en las municipales de 2027 la"
        " jornada electoral se amplíe a dos días, sábado y domingo, para evitar las "
        "colas.",
    ),
    # who: a different candidate (liberal) withdrew and backed the ecologist
    contradicts(
        21,
        "EL CANDIDATO DEL PARTIDO LIBERAL RENUNCIÓ ANOCHE Y PIDIÓ EL VOTO PARA LA "
        "CANDIDATA DE LA ALIANZA ECOLOGISTA",
    ),
    # opposite: says a photocopy or phone photo IS enough (item is True that original is required)
    contradicts(
        22,
        "Para votar ya basta con llevar una fotocopia del documento de identidad o "
        "una foto en el celular; el original dejó de ser obligatorio.",
    ),
    # what: online voter registration, not online voting
    contradicts(
        24,
        "Cette année on peut s'inscrire sur les listes électorales en ligne en "
        "cliquant sur le lien du site officiel service-public.fr, jusqu'au 6e "
        "vendredi avant le scrutin.",
    ),
    # condition/exception: blue and black both accepted; only signed ballots annulled
    contradicts(
        25,
        "Les bulletins remplis au stylo bleu ou au stylo noir sont acceptés ; seuls "
        "ceux qui portent une signature ou un signe distinctif seront annulés.",
    ),
    # when: results given at 20h, after polls closed
    contradicts(
        26,
        "Les résultats du premier tour ont été donnés à la télévision à 20 heures, "
        "juste après la fermeture des derniers bureaux de vote.",
    ),
    # where: another polling station (école Jules-Ferry) and another destination
    contradicts(
        27,
        "le bureau de vote de l'école Jules-Ferry est fermé pour travaux, les "
        "électeurs doivent aller voter au gymnase municipal juste à côté",
    ),
    # where: Belgium, where voting is compulsory (fine is real there)
    contradicts(
        28,
        "En Belgique, où le vote est obligatoire, une amende peut être envoyée à ceux"
        " qui ne se déplacent pas pour voter dimanche.",
    ),
    # denial: the prefecture denies the machines are online
    contradicts(
        31,
        "La préfecture dément que les machines à voter soient connectées à Internet "
        "et puissent être piratées à distance pendant le dépouillement.",
    ),
    # condition: without the card you can still vote with an ID document
    contradicts(
        32,
        "Sans carte électorale, il faudra présenter une pièce d'identité pour voter :"
        " les bureaux refuseront seulement ceux qui n'ont ni l'une ni l'autre.",
    ),
    # when: the 2020 second round, postponed because of Covid, not this election
    contradicts(
        33,
        "Pour rappel, le second tour des municipales de 2020 avait été reporté de "
        "trois mois à cause de l'épidémie de Covid-19.",
    ),
    # how much: one-hour delay in two sections, not the whole election to December
    contradicts(
        34,
        "A votação foi atrasada em uma hora em duas seções por falta de urnas, "
        "informou o tribunal eleitoral.",
    ),
    # what/object: the shared pen for signing, and flu, not the finger ink
    contradicts(
        35,
        "a caneta que usam pra assinar o caderno de votação pode passar gripe porque "
        "é a mesma caneta pra todo mundo, leva a sua",
    ),
    # what: justifying absence in the official e-Título app, not voting in a bank app
    contradicts(
        36,
        "Dá para justificar a ausência pelo aplicativo e-Título usando o seu login "
        "gov.br, é só procurar a opção justificativa.",
    ),
    # when: video is of a public security test, months before the election
    contradicts(
        37,
        "Vídeo mostra urna eletrônica sendo aberta com chave de fenda durante o teste"
        " público de segurança do TSE, meses antes da eleição, na frente de técnicos "
        "dos partidos.",
    ),
    # opposite: cancelled registration means you CANNOT vote
    contradicts(
        38,
        "Quem teve o título cancelado não pode votar, nem apresentando a certidão de "
        "nascimento: é preciso regularizar no cartório eleitoral antes do prazo.",
    ),
    # different consequence: voting is optional over 70, not forbidden
    contradicts(
        39,
        "Segundo fontes, eleitores com mais de 70 anos não são obrigados a votar "
        "nesta eleição, mas podem votar normalmente se quiserem.",
    ),
    # who: poll workers themselves can't wear party colours; voters' votes are not annulled
    contradicts(
        40,
        "Mesários receberam ordem de não usar camiseta da cor de um partido durante o"
        " trabalho na seção eleitoral.",
    ),
    # condition: only handwritten notes allowed, printed ones banned (item is True that paper notes
    contradicts(
        41,
        "SÓ É PERMITIDO LEVAR PARA A CABINE COLA ESCRITA À MÃO, COLA IMPRESSA É "
        "PROIBIDA E O MESÁRIO RECOLHE",
    ),
    # denial: the commission denies the postponement
    contradicts(
        42,
        "نفت الهيئة الأنباء المتداولة عن تأجيل الانتخابات شهراً كاملاً بسبب موجة الحر"
        " الشديدة، وأكدت أن الاقتراع سيجري في موعده.",
    ),
    # how much/what: voting hours extended by two hours, not the election postponed a month
    contradicts(42, "أعلنت الهيئة تمديد ساعات الاقتراع ساعتين إضافيتين بسبب موجة الحر الشديدة"),
    # weaker consequence: mild redness, not blindness
    contradicts(
        43,
        "الحبر الانتخابي قد يسبب احمراراً خفيفاً إذا لمس العينين، لذلك يُنصح بغسلهما بالماء فوراً",
    ),
    # opposite outcome: boxes arrived empty and sealed in front of all candidates' agents
    contradicts(44, "صناديق الاقتراع وصلت إلى المراكز فارغة ومختومة بحضور مندوبي جميع المرشحين"),
    # what/when: internet cut on national exam day to stop cheating, not on election day
    contradicts(
        45,
        "سيتم قطع الإنترنت في جميع أنحاء البلاد يوم امتحانات الثانوية العامة لمنع الغش",
    ),
    unrelated(
        "Is the electoral commission still hiring temporary staff to help with the "
        "count? Does anyone know how to apply?",
    ),
    unrelated(
        "can i bring my toddler into the voting booth with me or do i need to find a sitter",
    ),
    unrelated(
        "¿Alguien sabe hasta qué fecha hay plazo para cambiar el domicilio en el padrón electoral?",
    ),
    unrelated(
        "¿Es verdad que suspendieron el debate presidencial del jueves porque uno de "
        "los candidatos no confirmó?",
    ),
    unrelated("Quelqu'un sait si on a le droit de prendre en photo son bulletin dans l'isoloir ?"),
    unrelated("alguém sabe se pode levar cachorro na seção eleitoral? não tenho com quem deixar"),
    unrelated("هل يحق لطلاب الجامعات التصويت في مدينة دراستهم بدلاً من مدينتهم الأصلية؟"),
)
