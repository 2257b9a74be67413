"""Message/claim pairs for the contradiction guard: contradictions that must go to the desk, and
paraphrases that must still be answered. Written for this project (invented election claims).

`DESIGN` is what the guard's rules and word tables were built and corrected on;
`HELD_OUT` was written afterwards and only measured (benchmarks/text_contradiction.py): the
rules were not changed after looking at it. Each row says why it is what it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from matching.claim_contradiction import ConflictKind

NEG = ConflictKind.NEGATION
OUT = ConflictKind.OUTCOME
PLACE = ConflictKind.PLACE
DATE = ConflictKind.DATE
NUM = ConflictKind.NUMBER
NAME = ConflictKind.NAME
WORDING = ConflictKind.WORDING
SCOPE = ConflictKind.SCOPE
SUBJECT = ConflictKind.SUBJECT
OFFICE = ConflictKind.OFFICE


@dataclass(frozen=True)
class Pair:
    """A voter's message, the fact-checked claim it is compared with, and the expected outcome:
    the kind of conflict, or None for a paraphrase that must not be flagged."""

    language: str
    message: str
    claim: str
    expected: ConflictKind | None
    why: str


def _rows(rows: list[tuple[str, str, str, ConflictKind | None, str]]) -> tuple[Pair, ...]:
    return tuple(Pair(*row) for row in rows)


DESIGN: tuple[Pair, ...] = _rows(
    [
        # --- the two cases of issue 8 (the sample catalogue's claims) ---
        (
            "en",
            "Citizens living abroad can NOT post their ballots",
            "Citizens living abroad can post their ballots from the consulate, and these postal "
            "votes are counted on election night.",
            NEG,
            "negation of the claim's verb",
        ),
        (
            "en",
            "Voting machines in the southern district were inspected overnight and found to "
            "be working perfectly",
            "Voting machines in the northern district were hacked overnight and flipped thousands "
            "of votes to the governing party.",
            OUT,
            "opposite event and place",
        ),
        # --- English contradictions ---
        ("en", "Polls close at 3pm on Sunday", "Polls close at 7pm on Sunday", NUM, "time differs"),
        (
            "en",
            "The election has been postponed to 12 November",
            "The election has been postponed to 21 November",
            NUM,
            "day number differs",
        ),
        (
            "en",
            "The vote was moved from Sunday to Monday",
            "The vote was moved from Sunday to Tuesday",
            DATE,
            "weekday differs",
        ),
        (
            "en",
            "Ballots from the eastern provinces were never counted",
            "Ballots from the eastern provinces were counted twice",
            NEG,
            "never vs counted",
        ),
        (
            "en",
            "Officials say Garcia won the runoff by a wide margin",
            "Officials say Moreno won the runoff by a wide margin",
            NAME,
            "winner's name differs",
        ),
        (
            "en",
            "The referendum was cancelled because of the storm",
            "The referendum was confirmed despite the storm",
            OUT,
            "cancelled vs confirmed",
        ),
        (
            "en",
            "Polling stations in the capital stayed closed all day",
            "Polling stations in the capital stayed open all day",
            OUT,
            "closed vs open",
        ),
        (
            "en",
            "Students are banned from voting with their university card",
            "Students are allowed to vote with their university card",
            OUT,
            "banned vs allowed",
        ),
        (
            "en",
            "Turnout rose to 71% this year",
            "Turnout rose to 17% this year",
            NUM,
            "percentage differs",
        ),
        (
            "en",
            "Nobody can vote without an ID card",
            "Everybody can vote without an ID card",
            NEG,
            "nobody vs everybody",
        ),
        (
            "en",
            "The count in the northern region is finished",
            "The count in the western region is finished",
            PLACE,
            "region differs",
        ),
        (
            "en",
            "The ruling party lost the election in 2019",
            "The ruling party won the election in 2019",
            OUT,
            "lost vs won",
        ),
        (
            "en",
            "The results will be announced tomorrow",
            "The results were announced yesterday",
            DATE,
            "tomorrow vs yesterday",
        ),
        (
            "en",
            "Voters don't need to register before election day",
            "Voters need to register before election day",
            NEG,
            "don't in the message only",
        ),
        (
            "en",
            "Postal votes were counted in the 2020 election",
            "Postal votes were counted in the 2016 election",
            DATE,
            "year differs",
        ),
        # --- English paraphrases ---
        (
            "en",
            "citizens abroad CAN post their ballots from the consulate!!",
            "Citizens living abroad can post their ballots from the consulate, and these postal "
            "votes are counted on election night.",
            None,
            "shortened, shouting, punctuation",
        ),
        (
            "en",
            "Polls close at 7pm on Sunday, share with everyone",
            "Polls close at 7pm on Sunday",
            None,
            "boilerplate added",
        ),
        (
            "en",
            "On Sunday the polls close at 7pm",
            "Polls close at 7pm on Sunday",
            None,
            "word order",
        ),
        (
            "en",
            "My cousin says voting machines in the northern district were hacked overnight",
            "Voting machines in the northern district were hacked overnight and flipped thousands "
            "of votes to the governing party.",
            None,
            "extra context, claim has more",
        ),
        (
            "en",
            "Polls close at 19:00 on Sunday",
            "Polls close at 7pm on Sunday",
            None,
            "same time, other notation",
        ),
        (
            "en",
            "Half a million voters were deleted from the register, don't let them silence you",
            "Half a million voters were secretly deleted from the electoral register last week",
            None,
            "negation about something the claim does not say",
        ),
        (
            "en",
            "Garcia won the runoff, officials say",
            "Officials say Garcia won the runoff by a wide margin",
            None,
            "name shared, extra words in the claim",
        ),
        (
            "en",
            "Ballots cast on Sunday will not be counted because the vote moved to Monday",
            "The national election has been moved from Sunday to Monday 9 March because heavy rain "
            "is forecast, so ballots cast on Sunday will not be counted.",
            None,
            "both negated, date omitted",
        ),
        (
            "en",
            "You don't have to go to a polling station, you can vote by text to 4455",
            "You can vote from your phone: text YES and your candidate's number to 4455 and you do "
            "not need to go to a polling station.",
            None,
            "negation on both sides",
        ),
        (
            "en",
            "The election was NOT moved to Monday",
            "No, the election has not been moved to Monday because of rain",
            None,
            "both negated (a debunking title)",
        ),
        # --- Spanish ---
        (
            "es",
            "Los ciudadanos en el extranjero no pueden votar por correo",
            "Los ciudadanos en el extranjero pueden votar por correo",
            NEG,
            "no",
        ),
        (
            "es",
            "Las mesas cierran a las 18:00 horas",
            "Las mesas cierran a las 20:00 horas",
            NUM,
            "hora distinta",
        ),
        (
            "es",
            "El partido de gobierno perdió en la provincia costera",
            "El partido de gobierno ganó en la provincia costera",
            OUT,
            "perdió vs ganó",
        ),
        (
            "es",
            "Las elecciones se suspendieron en la zona del sur",
            "Las elecciones se suspendieron en la zona del norte",
            PLACE,
            "sur vs norte",
        ),
        (
            "es",
            "Nunca se contaron los votos del exterior",
            "Se contaron los votos del exterior",
            NEG,
            "nunca",
        ),
        (
            "es",
            "Ya se puede votar por WhatsApp mandando una foto de tu cédula",
            "Ya se puede votar por WhatsApp: manda una foto de tu cédula y el número de tu "
            "candidato al contacto oficial del tribunal electoral.",
            None,
            "acortado",
        ),
        (
            "es",
            "URGENTE!!! habrá toque de queda desde las seis de la tarde el día de las elecciones",
            "Habrá toque de queda desde las seis de la tarde el día de las elecciones "
            "y la policía detendrá a quien esté en la calle.",
            None,
            "ruido y parte del texto",
        ),
        (
            "es",
            "Más de 20 mil personas fallecidas votaron en la provincia costera",
            "Más de 20.000 personas fallecidas votaron en la provincia costera, según una lista "
            "que circula en redes.",
            None,
            "20 mil y 20.000",
        ),
        # --- French ---
        (
            "fr",
            "Les bureaux de vote ne seront pas ouverts dimanche",
            "Les bureaux de vote seront ouverts dimanche",
            NEG,
            "ne ... pas",
        ),
        (
            "fr",
            "Le scrutin a été reporté au lundi 14 juin",
            "Le scrutin a été reporté au lundi 14 juillet",
            DATE,
            "mois différent",
        ),
        (
            "fr",
            "Le candidat Dupont a gagné au premier tour",
            "Le candidat Martin a gagné au premier tour",
            NAME,
            "nom différent",
        ),
        (
            "fr",
            "Les machines à voter ont été piratées dans le nord",
            "Les machines à voter fonctionnent normalement dans le nord",
            OUT,
            "piratées vs fonctionnent",
        ),
        (
            "fr",
            "Les bureaux de vote ferment à 20h ce dimanche",
            "Ce dimanche, les bureaux de vote ferment à 20h",
            None,
            "ordre des mots",
        ),
        (
            "fr",
            "On ne peut jamais voter deux fois avec la même carte",
            "On ne peut pas voter deux fois avec la même carte",
            None,
            "jamais et pas: les deux nient",
        ),
        # --- Portuguese ---
        (
            "pt",
            "Os eleitores no exterior não podem votar no consulado",
            "Os eleitores no exterior podem votar no consulado",
            NEG,
            "não",
        ),
        (
            "pt",
            "A votação foi adiada para 15 de novembro",
            "A votação foi adiada para 5 de novembro",
            NUM,
            "dia diferente",
        ),
        (
            "pt",
            "As urnas eletrônicas foram hackeadas no sul do estado",
            "As urnas eletrônicas foram hackeadas no norte do estado",
            PLACE,
            "sul vs norte",
        ),
        (
            "pt",
            "Quem não votar perde o Bolsa Família, repassem",
            "Quem não votar perde o Bolsa Família",
            None,
            "repasse e 'não' nos dois",
        ),
        (
            "pt",
            "as urnas no domingo fecham às 17h",
            "As urnas fecham às 17h no domingo",
            None,
            "'no' é preposição, não negação",
        ),
        # --- German ---
        (
            "de",
            "Die Briefwahlstimmen werden nicht gezählt",
            "Die Briefwahlstimmen werden gezählt",
            NEG,
            "nicht",
        ),
        (
            "de",
            "Die Wahllokale schließen um 18 Uhr",
            "Die Wahllokale schließen um 20 Uhr",
            NUM,
            "Uhrzeit",
        ),
        ("de", "Die Wahl wurde abgesagt", "Die Wahl wurde bestätigt", OUT, "abgesagt vs bestätigt"),
        (
            "de",
            "Am Sonntag schließen die Wahllokale um 18 Uhr",
            "Die Wahllokale schließen um 18 Uhr am Sonntag",
            None,
            "Wortstellung",
        ),
        # --- Arabic ---
        (
            "ar",
            "لا يمكن للمواطنين في الخارج التصويت",
            "يمكن للمواطنين في الخارج التصويت",
            NEG,
            "لا",
        ),
        (
            "ar",
            "تم تأجيل الانتخابات إلى يوم الاثنين",
            "تم تأجيل الانتخابات إلى يوم الثلاثاء",
            DATE,
            "يوم مختلف",
        ),
        (
            "ar",
            "فاز الحزب الحاكم في الانتخابات",
            "خسر الحزب الحاكم في الانتخابات",
            OUT,
            "فاز مقابل خسر",
        ),
        (
            "ar",
            "عاجل: تم تأجيل الانتخابات إلى يوم الاثنين بسبب الأمطار",
            "تم تأجيل الانتخابات إلى يوم الاثنين بسبب الأمطار الغزيرة",
            None,
            "عاجل وكلمة ناقصة",
        ),
        # --- first held-out round: missed, then fixed (so now design rows) ---
        (
            "en",
            "Nobody checked the signatures on postal ballots in Maricopa",
            "No one checked signatures on postal ballots in Maricopa",
            None,
            "nobody = no one",
        ),
        (
            "ar",
            "لم يتم فرز الأصوات في الدائرة الشمالية",
            "تم فرز الأصوات في الدائرة الشمالية",
            NEG,
            "لم",
        ),
        (
            "ar",
            "تم فرز الأصوات في الدائرة الجنوبية",
            "تم فرز الأصوات في الدائرة الشمالية",
            PLACE,
            "جنوب مقابل شمال",
        ),
        # --- quantifier negation (after the second held-out round missed "Nenhum voto"): the
        # quantifier denies its noun and what is said of it; the held-out row itself stays there ---
        (
            "es",
            "Ningún voto fue anulado en Lima",
            "Los votos fueron anulados en Lima",
            NEG,
            "ningún niega el voto y lo anulado",
        ),
        (
            "es",
            "Nadie votó dos veces en Sevilla",
            "Muchos votaron dos veces en Sevilla",
            NEG,
            "nadie",
        ),
        (
            "fr",
            "Aucun bureau de vote fermé à Lyon dimanche",
            "Des bureaux de vote fermés à Lyon dimanche",
            NEG,
            "aucun",
        ),
        (
            "de",
            "Keine Stimme wurde in Köln doppelt gezählt",
            "Stimmen wurden in Köln doppelt gezählt",
            NEG,
            "keine",
        ),
        (
            "de",
            "Niemand hat in Bremen zweimal gewählt",
            "Viele Wähler haben in Bremen zweimal gewählt",
            NEG,
            "niemand",
        ),
        (
            "en",
            "None of the ballots were destroyed in Ohio",
            "The ballots were destroyed in Ohio",
            NEG,
            "none of",
        ),
        (
            "ar",
            "لا أحد صوت مرتين في القاهرة",
            "ناخبون صوت مرتين في القاهرة",
            NEG,
            "لا أحد",
        ),
        (
            "pt",
            "Ninguém votou duas vezes em Belém",
            "Eleitores votaram duas vezes em Belém",
            NEG,
            "ninguém",
        ),
        (
            "pt",
            "Nenhum voto foi anulado em Recife",
            "Nenhum voto foi anulado na cidade de Recife",
            None,
            "the same quantifier on both sides",
        ),
        (
            "de",
            "Keine Stimme wurde in Köln doppelt gezählt",
            "In Köln wurde keine Stimme doppelt gezählt",
            None,
            "word order; Köln is not what keine denies",
        ),
        (
            "en",
            "No ballots were destroyed in Ohio",
            "None of the ballots were destroyed in Ohio",
            None,
            "no = none of",
        ),
        (
            "es",
            "No votaron dos veces en Sevilla",
            "En Sevilla no votaron dos veces",
            None,
            "word order",
        ),
        (
            "en",
            "Candidate No. 7 was removed from the ballot in Leeds",
            "Candidate 7 was removed from the ballot in Leeds",
            None,
            "No. 7 is a number sign, not a negation",
        ),
        # --- lengths of time, before/after, lettered names (decision 115) ---
        (
            "fr",
            "Le scrutin est reporté d'un mois à cause de la grippe",
            "Le scrutin est reporté d'une semaine à cause de la grippe",
            DATE,
            "a month against a week",
        ),
        (
            "ar",
            "أعلنت الهيئة تأجيل الانتخابات أسبوعاً بسبب الحر",
            "أعلنت الهيئة تأجيل الانتخابات شهراً كاملاً بسبب الحر",
            DATE,
            "a week against a month",
        ),
        (
            "es",
            "Si no votas te quitan el bono durante un mes",
            "Si no votas te quitan el bono durante un año",
            DATE,
            "a month against a year",
        ),
        (
            "en",
            "Voters were deleted from the register last month",
            "Voters were deleted from the register last week",
            DATE,
            "last month against last week",
        ),
        (
            "de",
            "Die Wahl wird um eine Woche verschoben",
            "Die Wahl wird um einen Monat verschoben",
            DATE,
            "a week against a month",
        ),
        (
            "pt",
            "A eleição foi adiada por um ano",
            "A eleição foi adiada por uma semana",
            DATE,
            "a year against a week",
        ),
        (
            "en",
            "The vote was postponed by a week because of the flu",
            "The vote was postponed by one week because of the flu",
            None,
            "the same length of time",
        ),
        (
            "es",
            "Este año los consulados no reciben votos, hay que volver al país",
            "Los consulados no reciben votos este año: hay que volver al país para votar",
            None,
            "the same year, elsewhere in the sentence",
        ),
        (
            "fr",
            "Les résultats ont été donnés à la télévision après la fermeture des bureaux",
            "Les résultats ont été donnés à la télévision avant la fermeture des bureaux",
            OUT,
            "after against before",
        ),
        (
            "en",
            "TV showed the results after the polls closed",
            "TV showed the results before the polls closed",
            OUT,
            "after against before",
        ),
        (
            "pt",
            "Os resultados saíram depois do fechamento das urnas",
            "Os resultados saíram antes do fechamento das urnas",
            OUT,
            "depois against antes",
        ),
        (
            "en",
            "Share before it is deleted: the ink on fingers is poisonous",
            "The ink on voters' fingers is poisonous, share before they delete it",
            None,
            "before on both sides",
        ),
        (
            "en",
            "Ballot papers are handed out already marked next to Candidate D",
            "Ballot papers are handed out already marked next to Candidate C",
            NAME,
            "another lettered candidate",
        ),
        (
            "es",
            "La Lista B pidió anular la elección en la provincia",
            "La Lista A pidió anular la elección en la provincia",
            NAME,
            "another lettered list",
        ),
        (
            "en",
            "Photo: ballots already marked for Candidate C are being handed out",
            "Ballot papers are handed out already marked next to Candidate C",
            None,
            "the same lettered candidate",
        ),
        # --- decision 117: a time, place or name swapped in a retelling; a scope narrowed ---
        (
            "en",
            "The county clerk destroyed two boxes of mail-in ballots last spring and told nobody",
            "The county clerk destroyed two boxes of mail-in ballots on election night and told "
            "nobody",
            WORDING,
            "another time, said in words no table holds",
        ),
        (
            "es",
            "El alcalde repartió dinero a los votantes en el mercado de Cochabamba esta mañana",
            "El alcalde repartió dinero a los votantes en el mercado central esta mañana",
            WORDING,
            "another market, named",
        ),
        (
            "fr",
            "Les urnes du canton ont été ouvertes la veille du scrutin par le maire de Rennes",
            "Les urnes du canton ont été ouvertes la veille du scrutin par le préfet",
            WORDING,
            "another official, with a city's name",
        ),
        (
            "pt",
            "Os votos em branco vão para o partido que está na frente, mas só no segundo turno",
            "Os votos em branco vão para o partido que está na frente",
            SCOPE,
            "only in the run-off: the message narrows the claim",
        ),
        (
            "en",
            "Students can register to vote on polling day, except at the university campus",
            "Students can register to vote on polling day at any station",
            SCOPE,
            "an exception the claim does not make",
        ),
        (
            "ar",
            "سيتم إغلاق مراكز الاقتراع في العاصمة بعد الساعة الخامسة بسبب الأمطار",
            "سيتم إغلاق مراكز الاقتراع في العاصمة الساعة الخامسة بسبب الأمطار",
            SCOPE,
            "after five against at five",
        ),
        (
            "en",
            "The county clerk destroyed 2 boxes of postal ballots on election night and told "
            "no one",
            "The county clerk destroyed two boxes of mail-in ballots on election night and told "
            "nobody",
            None,
            "synonyms swapped (postal / mail-in): no time, place or name in the swap",
        ),
        (
            "es",
            "El alcalde repartió plata a los votantes en el mercado central esta mañana",
            "El alcalde repartió dinero a los votantes en el mercado central esta mañana",
            None,
            "plata / dinero: a synonym",
        ),
        (
            "fr",
            "Les urnes du canton nord ont été ouvertes la veille du scrutin par le préfet",
            "Les urnes du canton du nord ont été ouvertes la veille du scrutin par le préfet",
            None,
            "nord / du nord: the same place",
        ),
        (
            "pt",
            "Os votos em branco vão todos para o partido que está na frente, passa adiante",
            "Os votos em branco vão para o partido que está na frente",
            None,
            "a call to share after the claim is no scope",
        ),
        (
            "en",
            "Ballots from the islands will not be counted this week, only ballots from the "
            "mainland are counted",
            "Ballots from the islands will not be counted this week. Will ballots from the "
            "islands not be counted?",
            None,
            "the claim said twice; 'only' opens a contrast whose words the claim has: moved",
        ),
        (
            "en",
            "Forty thousand students were added to the voter roll of the capital this month",
            "Forty thousand students were deleted from the voter roll of the capital this month",
            OUT,
            "added against deleted: who is on the list",
        ),
        (
            "es",
            "Agregaron a 3.000 presos al padrón electoral de la provincia",
            "Eliminaron a 3.000 presos del padrón electoral de la provincia",
            OUT,
            "agregados / eliminados",
        ),
        (
            "en",
            "Forty thousand students were removed from the capital's voter roll this month",
            "Forty thousand students were deleted from the voter roll of the capital this month",
            None,
            "removed / deleted: one outcome",
        ),
        (
            "fr",
            "Les bulletins des îles ne seront pas comptés cette semaine, sauf ceux du bureau "
            "de la préfecture",
            "Les bulletins des îles ne seront pas comptés cette semaine",
            SCOPE,
            "an exception the claim does not make",
        ),
        # --- decision 121: the claim's voting swapped for something else in a retelling ---
        (
            "en",
            "You can renew your passport by text message: send YES and your date of birth to 3030",
            "You can vote by text message: send YES and your date of birth to 3030",
            SUBJECT,
            "renewing a passport, not voting",
        ),
        (
            "es",
            "Los exámenes se suspenden en la provincia por la ola de frío en la sierra",
            "Las elecciones se suspenden en la provincia por la ola de frío en la sierra",
            SUBJECT,
            "exams, not the election",
        ),
        (
            "fr",
            "Les habitants du quartier devront s'inscrire à la cantine scolaire à la salle des "
            "fêtes",
            "Les habitants du quartier devront voter à la salle des fêtes",
            SUBJECT,
            "a school canteen, not a vote",
        ),
        (
            "pt",
            "Quem mora no exterior pode tirar o passaporte no consulado com o título de eleitor",
            "Quem mora no exterior pode votar no consulado com o título de eleitor",
            SUBJECT,
            "a passport, not a vote",
        ),
        (
            "ar",
            "تأجيل المباراة النهائية في العاصمة أسبوعاً بسبب العاصفة",
            "تأجيل الانتخابات في العاصمة أسبوعاً بسبب العاصفة",
            SUBJECT,
            "a football final, not the election",
        ),
        (
            "de",
            "In Bayern darf man ab sofort den Führerschein per App verlängern",
            "In Bayern darf man ab sofort per App wählen",
            SUBJECT,
            "a driving licence, not voting",
        ),
        (
            "es",
            "Si no votas en la consulta te quitan el subsidio de vivienda",
            "Si no vas a votar en la consulta te quitan el subsidio de vivienda",
            None,
            "votas / vas a votar: the same act",
        ),
        (
            "fr",
            "Dimanche il faudra voter avec un\nstylo noir dans tous les bureaux de vo\nte",
            "Dimanche il faudra voter avec un stylo noir dans tous les bureaux de vote",
            None,
            "a word broken across lines by a screenshot's reader",
        ),
        (
            "en",
            "Ballots posted from abroad will only reach the counting centre after the election",
            "Ballots posted from abroad will only reach the counting centre after the vote",
            None,
            "the vote / the election: both voting words",
        ),
        (
            "es",
            "El candidato a gobernador de Morena se retiró de la contienda anoche",
            "El candidato a alcalde de Morena se retiró de la contienda anoche",
            OFFICE,
            "another office, another race",
        ),
        (
            "fr",
            "La sénatrice sortante a appelé à voter blanc au second tour",
            "La députée sortante a appelé à voter blanc au second tour",
            OFFICE,
            "a senator, not a member of parliament",
        ),
        (
            "pt",
            "O prefeito e o governador anunciaram feriado no dia da eleição",
            "O governador anunciou feriado no dia da eleição",
            None,
            "one office more, the claim's still there",
        ),
    ]
)

HELD_OUT: tuple[Pair, ...] = _rows(
    [
        # --- English ---
        (
            "en",
            "Early voting does not start until Thursday",
            "Early voting starts on Thursday in every county",
            NEG,
            "does not start until",
        ),
        (
            "en",
            "Mail-in ballots postmarked after election day will be rejected",
            "Mail-in ballots postmarked after election day will be accepted",
            OUT,
            "rejected vs accepted",
        ),
        (
            "en",
            "Over 40,000 dead people voted in Clark County",
            "Over 4,000 dead people voted in Clark County",
            NUM,
            "40,000 vs 4,000",
        ),
        (
            "en",
            "Senator Whitfield conceded the race on Friday night",
            "Senator Okafor conceded the race on Friday night",
            NAME,
            "who conceded",
        ),
        (
            "en",
            "The recount in the eastern precincts showed no irregularities",
            "The recount in the western precincts showed no irregularities",
            PLACE,
            "east vs west",
        ),
        (
            "en",
            "Polling booths will stay open until 10pm tonight",
            "Polling booths will stay open until 10pm tomorrow",
            DATE,
            "tonight vs tomorrow",
        ),
        (
            "en",
            "Vote counting machines never malfunctioned in Pima",
            "Vote counting machines malfunctioned in Pima",
            NEG,
            "never",
        ),
        (
            "en",
            "The electoral commission confirmed the vote will go ahead in May",
            "The electoral commission cancelled the vote in May",
            OUT,
            "confirmed vs cancelled",
        ),
        (
            "en",
            "Voter ID is required at polling stations from January",
            "Voter ID is required at polling stations from March",
            DATE,
            "month differs",
        ),
        (
            "en",
            "Voter ID will not be required at polling stations from March",
            "Voter ID is required at polling stations from March",
            NEG,
            "will not be required",
        ),
        (
            "en",
            "Ballot boxes were stuffed in precinct 12 😡😡 #StopTheSteal",
            "Ballot boxes were stuffed in precinct 12",
            None,
            "emoji and hashtag",
        ),
        (
            "en",
            "They say over 40 thousand dead people voted in Clark County!",
            "Over 40,000 dead people voted in Clark County",
            None,
            "40 thousand = 40,000",
        ),
        (
            "en",
            "In Pima the vote counting machines malfunctioned",
            "Vote counting machines malfunctioned in Pima",
            None,
            "word order",
        ),
        (
            "en",
            "senator okafor conceded the race friday night apparently",
            "Senator Okafor conceded the race on Friday night",
            None,
            "lower case, extra word",
        ),
        (
            "en",
            "Early voting starts Thursday",
            "Early voting starts on Thursday in every county",
            None,
            "claim has more words",
        ),
        (
            "en",
            "Polling booths stay open till 10 pm tonight",
            "Polling booths will stay open until 10pm tonight",
            None,
            "10 pm = 10pm, till",
        ),
        # --- Spanish ---
        (
            "es",
            "El conteo de votos no terminó el domingo",
            "El conteo de votos terminó el domingo",
            NEG,
            "no terminó",
        ),
        (
            "es",
            "Las urnas del norte del país fueron robadas",
            "Las urnas del sur del país fueron robadas",
            PLACE,
            "norte vs sur",
        ),
        (
            "es",
            "El candidato Pérez ganó las elecciones en Lima",
            "El candidato Pérez perdió las elecciones en Lima",
            OUT,
            "ganó vs perdió",
        ),
        (
            "es",
            "La votación será el 7 de junio",
            "La votación será el 7 de julio",
            DATE,
            "junio vs julio",
        ),
        (
            "es",
            "Hay 300 mesas sin boletas en Jalisco",
            "Hay 30 mesas sin boletas en Jalisco",
            NUM,
            "300 vs 30",
        ),
        (
            "es",
            "🚨 Las urnas del norte del país fueron robadas!! compartan",
            "Las urnas del norte del país fueron robadas",
            None,
            "ruido",
        ),
        (
            "es",
            "La votacion sera el 7 de junio",
            "La votación será el 7 de junio",
            None,
            "sin tildes",
        ),
        (
            "es",
            "En Jalisco hay 300 mesas sin boletas",
            "Hay 300 mesas sin boletas en Jalisco",
            None,
            "orden",
        ),
        # --- French ---
        (
            "fr",
            "Le vote par procuration n'est pas autorisé cette année",
            "Le vote par procuration est autorisé cette année",
            NEG,
            "n'est pas",
        ),
        (
            "fr",
            "Les bureaux de vote fermeront à 18h",
            "Les bureaux de vote fermeront à 20h",
            NUM,
            "18h vs 20h",
        ),
        (
            "fr",
            "Le second tour est annulé à Marseille",
            "Le second tour est confirmé à Marseille",
            OUT,
            "annulé vs confirmé",
        ),
        (
            "fr",
            "Le second tour aura lieu mardi",
            "Le second tour aura lieu jeudi",
            DATE,
            "mardi vs jeudi",
        ),
        (
            "fr",
            "A Marseille, le second tour est annule",
            "Le second tour est annulé à Marseille",
            None,
            "ordre et accents",
        ),
        (
            "fr",
            "Les bureaux de vote fermeront à 18h00 partagez",
            "Les bureaux de vote fermeront à 18h",
            None,
            "18h00 = 18h",
        ),
        # --- Portuguese ---
        (
            "pt",
            "As urnas eletrônicas não foram auditadas",
            "As urnas eletrônicas foram auditadas pelo tribunal",
            NEG,
            "não",
        ),
        (
            "pt",
            "O candidato Silva venceu no Rio",
            "O candidato Souza venceu no Rio",
            NAME,
            "nome diferente",
        ),
        (
            "pt",
            "A eleição foi adiada para sábado",
            "A eleição foi confirmada para sábado",
            OUT,
            "adiada vs confirmada",
        ),
        (
            "pt",
            "Mais de 2 milhões de votos foram anulados",
            "Mais de 3 milhões de votos foram anulados",
            NUM,
            "2 vs 3 milhões",
        ),
        (
            "pt",
            "Encaminhado: as urnas eletronicas foram auditadas pelo tribunal",
            "As urnas eletrônicas foram auditadas pelo tribunal",
            None,
            "encaminhado, sem acento",
        ),
        (
            "pt",
            "No Rio o candidato Silva venceu",
            "O candidato Silva venceu no Rio",
            None,
            "ordem; 'no' preposição",
        ),
        # --- German ---
        (
            "de",
            "Die Briefwahl ist in diesem Jahr verboten",
            "Die Briefwahl ist in diesem Jahr erlaubt",
            OUT,
            "verboten vs erlaubt",
        ),
        (
            "de",
            "Keine Stimmen aus dem Ausland wurden gezählt",
            "Stimmen aus dem Ausland wurden gezählt",
            NEG,
            "keine",
        ),
        (
            "de",
            "Die Wahl findet am 14. März statt",
            "Die Wahl findet am 24. März statt",
            NUM,
            "14 vs 24",
        ),
        (
            "de",
            "In diesem Jahr ist die Briefwahl erlaubt",
            "Die Briefwahl ist in diesem Jahr erlaubt",
            None,
            "Wortstellung",
        ),
        # --- Arabic ---
        ("ar", "ستغلق مراكز الاقتراع الساعة 7", "ستغلق مراكز الاقتراع الساعة 9", NUM, "7 مقابل 9"),
        (
            "ar",
            "منقول: تم فرز الأصوات في الدائرة الشمالية",
            "تم فرز الأصوات في الدائرة الشمالية",
            None,
            "منقول",
        ),
        (
            "ar",
            "مراكز الاقتراع ستغلق الساعة 7",
            "ستغلق مراكز الاقتراع الساعة 7",
            None,
            "ترتيب الكلمات",
        ),
        # --- second held-out round (written after the first round's fixes) ---
        (
            "en",
            "Turnout in the southern counties was 48 percent",
            "Turnout in the southern counties was 84 percent",
            NUM,
            "48 vs 84",
        ),
        (
            "en",
            "The governor did not sign the new voter ID law",
            "The governor signed the new voter ID law",
            NEG,
            "did not sign",
        ),
        (
            "en",
            "The runoff between Alvarez and Chen is scheduled for Saturday",
            "The runoff between Alvarez and Chen was cancelled",
            OUT,
            "scheduled vs cancelled",
        ),
        (
            "en",
            "Observers from the EU were allowed into every polling station",
            "Observers from the EU were banned from every polling station",
            OUT,
            "allowed vs banned",
        ),
        (
            "en",
            "Votes in the western suburbs were counted twice",
            "Votes in the eastern suburbs were counted twice",
            PLACE,
            "west vs east",
        ),
        (
            "en",
            "Hundreds of ballots were found dumped in a river near Kano!!! RT",
            "Hundreds of ballots were found dumped in a river near Kano",
            None,
            "RT, shouting",
        ),
        (
            "en",
            "The governor signed the voter ID law yesterday, it's real",
            "The governor signed the new voter ID law",
            None,
            "extra words, 'it's'",
        ),
        (
            "en",
            "Saturday: runoff between Chen and Alvarez",
            "The runoff between Alvarez and Chen is scheduled for Saturday",
            None,
            "names swapped in order",
        ),
        (
            "es",
            "Los observadores no fueron autorizados a entrar",
            "Los observadores fueron autorizados a entrar",
            NEG,
            "no fueron",
        ),
        (
            "es",
            "La participación fue del 48% en el sur",
            "La participación fue del 48% en el norte",
            PLACE,
            "sur vs norte",
        ),
        (
            "es",
            "Mañana cierran los colegios electorales a las 8",
            "Cierran los colegios electorales a las 8 mañana",
            None,
            "orden",
        ),
        (
            "fr",
            "Les observateurs de l'UE ont été interdits dans les bureaux de vote",
            "Les observateurs de l'UE ont été autorisés dans les bureaux de vote",
            OUT,
            "interdits vs autorisés",
        ),
        (
            "fr",
            "Il n'y aura aucun second tour à Lyon",
            "Il y aura un second tour à Lyon",
            NEG,
            "aucun",
        ),
        (
            "fr",
            "Le dépouillement a commencé à 20 heures à Lyon",
            "À Lyon, le dépouillement a commencé à 20 heures",
            None,
            "ordre",
        ),
        (
            "pt",
            "O segundo turno será em 30 de outubro",
            "O segundo turno será em 30 de novembro",
            DATE,
            "outubro vs novembro",
        ),
        (
            "pt",
            "Nenhum voto foi contado duas vezes em Recife",
            "Votos foram contados duas vezes em Recife",
            NEG,
            "nenhum",
        ),
        (
            "pt",
            "Em Recife votos foram contados duas vezes!!",
            "Votos foram contados duas vezes em Recife",
            None,
            "ordem",
        ),
        (
            "de",
            "Die Wahlbeteiligung ist auf 60 Prozent gestiegen",
            "Die Wahlbeteiligung ist auf 60 Prozent gesunken",
            OUT,
            "gestiegen vs gesunken",
        ),
        (
            "de",
            "Die Wahl in Hamburg wurde nicht verschoben",
            "Die Wahl in Hamburg wurde verschoben",
            NEG,
            "nicht verschoben",
        ),
        (
            "ar",
            "فاز المرشح المستقل بالانتخابات",
            "خسر المرشح المستقل الانتخابات",
            OUT,
            "فاز مقابل خسر",
        ),
        (
            "ar",
            "أغلقت مراكز الاقتراع في الساعة 8 مساء",
            "أغلقت مراكز الاقتراع في الساعة 6 مساء",
            NUM,
            "8 مقابل 6",
        ),
        (
            "ar",
            "عاجل!! أغلقت مراكز الاقتراع في الساعة 8 مساء",
            "أغلقت مراكز الاقتراع في الساعة 8 مساء",
            None,
            "عاجل",
        ),
        # --- third held-out round (decision 110; written after its rules, only measured): a
        # claim followed by a headline that repeats it, as catalogues index them ---
        (
            "en",
            "Postal ballots will not be counted this year, only ballots cast in person are counted",
            "Postal ballots will not be counted this year. Will postal ballots not be counted?",
            None,
            "the claim's negation said once; 'counted' said plainly of other ballots",
        ),
        (
            "en",
            "Postal ballots will be counted this year, as ballots cast in person are counted",
            "Postal ballots will not be counted this year. Will postal ballots not be counted?",
            NEG,
            "negation dropped that claim and headline both say",
        ),
        (
            "fr",
            "Le bureau de vote de Lille n'ouvrira pas dimanche ; le bureau voisin ouvrira à 8h",
            "Le bureau de vote de Lille n'ouvrira pas dimanche. "
            "Le bureau de vote de Lille n'ouvrira-t-il pas dimanche ?",
            None,
            "n'ouvrira pas une fois, ouvrira pour un autre bureau",
        ),
        (
            "fr",
            "Le bureau de vote de Lille ouvrira dimanche, comme le bureau voisin ouvrira à 8h",
            "Le bureau de vote de Lille n'ouvrira pas dimanche. "
            "Le bureau de vote de Lille n'ouvrira-t-il pas dimanche ?",
            NEG,
            "ne ... pas supprimé",
        ),
        (
            "pt",
            "A urna de Recife nunca foi auditada, embora a urna de Olinda tenha sido auditada",
            "A urna de Recife nunca foi auditada. A urna de Recife nunca foi auditada?",
            None,
            "nunca uma vez; auditada dita de outra urna",
        ),
        (
            "pt",
            "A urna de Recife foi auditada, assim como a urna de Olinda foi auditada",
            "A urna de Recife nunca foi auditada. A urna de Recife nunca foi auditada?",
            NEG,
            "nunca omitido",
        ),
        (
            "de",
            "Die Stimmen aus Köln wurden nicht gezählt, nur die Stimmen aus Bonn wurden gezählt",
            "Die Stimmen aus Köln wurden nicht gezählt. Wurden die Stimmen aus Köln nicht gezählt?",
            None,
            "nicht einmal gesagt; gezählt für Bonn",
        ),
        (
            "de",
            "Die Stimmen aus Köln wurden gezählt, wie die Stimmen aus Bonn gezählt wurden",
            "Die Stimmen aus Köln wurden nicht gezählt. Wurden die Stimmen aus Köln nicht gezählt?",
            NEG,
            "nicht weggelassen",
        ),
        (
            "es",
            "El voto por correo no llegó a tiempo; el voto presencial llegó antes",
            "El voto por correo no llegó a tiempo. ¿No llegó a tiempo el voto por correo?",
            None,
            "no una vez; llegó dicho del voto presencial",
        ),
        (
            "es",
            "El voto por correo llegó a tiempo, igual que el voto presencial llegó antes",
            "El voto por correo no llegó a tiempo. ¿No llegó a tiempo el voto por correo?",
            NEG,
            "no omitido",
        ),
    ]
)
