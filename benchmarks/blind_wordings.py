"""More sets of voters' messages against the sample catalogue, each written by a helper that
never saw the contradiction guard's rules (`sample_wordings` says what a row is).

Each helper was asked for close retellings that change the claim's actor, object, action or
scope, plain contradictions, paraphrases (many of them close retellings in other words) and
unrelated messages, in en/es/fr/pt/ar. `HELD_OUT_4` was measured once and then read: decision
121's subject check was chosen with it and the older sets. `HELD_OUT_5` was measured once before
and once after that check, then used to correct it; `HELD_OUT_6` was measured once, old and new
code side by side, after the check was fixed, then read; `HELD_OUT_7` was measured once after the
office check (docs/decisions.md, 121, has the figures).

Decision 122: `HELD_OUT_8` (asked for as the sets before) was measured once with its first check
(another election) and then read, and the next checks were chosen with it; `HELD_OUT_9` was
asked for with a list of kinds of change to spread its rows over (opposite states, another
election, round, candidate or party, two details exchanged...), measured once with every check
but the party one and the reopened words, then read; `HELD_OUT_10` (asked for as a rumour
mutating as it travels, no kinds listed) was measured once with decision 122's checks before its
last changes (the reading of "ne ... plus" and wrapped lines, party words as written, another
election next to the election noun only), then read; `HELD_OUT_11` (asked for as what circulates
in a family group) was measured once with the whole of decision 122.

Decision 123: `HELD_OUT_12` (retellings of what someone else said, quote-posts and replies) and
`HELD_OUT_13` (posts copied from social media and news sites) were asked for with messages in any
of the five languages, not only the fact-check's own: most of their paraphrases are in another
language. Both were measured once, lexical and with the multilingual extra; then 12 was read and
the dense stage's rule chosen with it, and 13 was measured once with that rule.

Decision 126: 13 was read and the cause, letter and crossed-clause checks chosen with it and 12;
`HELD_OUT_14` (typed in a hurry on a cheap phone, or voice notes transcribed) and `HELD_OUT_15`
(official-sounding notices and communiqués) were then measured, old and new code side by side,
lexical and with the multilingual extra; 14 was read and the next checks chosen with it;
`HELD_OUT_16` (voters' questions: "is it true that ...?") and `HELD_OUT_17` (text read out of
screenshots of news cards) were measured with those, then 16 was read and the last checks chosen
with it; `HELD_OUT_18` (short one-line messages) and `HELD_OUT_19` (long-winded messages from
older relatives) were measured with the final checks. 15, 17, 18 and 19 were never read then.

Decision 127: 18 was read and the voting-place check chosen with it; `HELD_OUT_20` (code-switching:
two languages mixed in one message) and `HELD_OUT_21` (hearsay and reported speech) were written
while it was built, measured once with and without it, and never read.

Decision 128: `HELD_OUT_22` (the claim inside a longer message) and `HELD_OUT_23` (the claim
summarised or reordered) were measured once, with and without a check that was then rejected.
Never read now: 15, 17, 19, 20, 21, 22 and 23.
"""

from __future__ import annotations

from benchmarks.sample_wordings import Wording, contradicts, paraphrases, unrelated

HELD_OUT_4: tuple[Wording, ...] = (
    # written by a helper that never saw the guard's rules, asked for close retellings that
    # change the actor, object, action, scope or outcome, and for paraphrases with synonyms;
    # measured once (docs/decisions.md, 121), then read
    # English, contradictions: close retellings with another actor, object, action, scope or outcome
    contradicts(
        0,
        "The vote count has been moved from Sunday to Monday 9 March because heavy rain is "
        "forecast, so results will only come out on Tuesday.",
    ),
    contradicts(
        1,
        "u can check ur polling station from ur phone: text YES and ur ID number to 4455 and "
        "they send u the address, no need to call anyone",
    ),
    contradicts(
        2,
        "Warning: the hand sanitiser they give you at the polling station contains a poison "
        "that causes skin cancer, share before they delete this!!",
    ),
    contradicts(
        3,
        "Photo proves ballot papers are being handed out with Candidate C's name spelled wrong, "
        "so every vote for her will be thrown out.",
    ),
    contradicts(
        5,
        "BREAKING: The independent candidate for governor has pulled out of the race and is "
        "asking her supporters to stay at home on polling day",
    ),
    contradicts(
        7,
        "New rule: only a passport will be accepted as identification when you register to vote "
        "online, national ID cards are no longer valid for registering.",
    ),
    contradicts(
        8,
        "FORWARD TO ALL GROUPS: half a million voters were secretly ADDED to the electoral "
        "register last week without any checks!!!",
    ),
    contradicts(
        10,
        "Citizens living abroad can post their ballots from the consulate, but these postal "
        "votes are only counted a week after election night.",
    ),
    contradicts(
        11,
        "anyone who was called up as a poll worker and doesnt show up will be fined 500 and the "
        "fine will be taken straight from their salary next month",
    ),
    # English, paraphrases: same claim with synonyms, reordering, chatter, questions, OCR, voice
    # notes
    paraphrases(
        0,
        "my aunt says the election is now on monday 9 march coz they forecast heavy rain for "
        "sunday, and any votes cast on sunday wont be counted?? pls check",
    ),
    paraphrases(
        1,
        "Is it true you can vote by SMS? Just send YES plus your candidate's number to 4455, no "
        "need to go to the polling station at all",
    ),
    paraphrases(
        2,
        "SHARE BEFORE THEY DELETE THIS ☠️ The ink they paint on your finger when you vote is "
        "poisonous and gives you skin cancer!!",
    ),
    paraphrases(
        3,
        "PHOTO PROOF: ballot\npapers already mar\nked with a cross for\nCandidate C are be\ning "
        "given out to vo\nters",
    ),
    paraphrases(
        6,
        "Noon results shown on TV hours before polls closed: proof the outcome was fixed in "
        "advance",
    ),
    paraphrases(
        7,
        "so apparently they changed the rules and you can only vote with your passport now the "
        "national identity card wont be accepted at the polling station anymore tell everyone",
    ),
    paraphrases(
        8,
        "500,000 people were quietly removed from the voters' roll last week and nobody was "
        "informed 😡",
    ),
    paraphrases(
        9,
        "🚨 Northern district voting machines HACKED overnight, thousands of votes switched to "
        "the ruling party 🚨",
    ),
    paraphrases(
        11,
        "if u dont vote they fine u 500 and take it directly out of ur next month's pay",
    ),
    # English, unrelated
    unrelated("Where can I find the list of city council candidates and their programmes?"),
    unrelated("happy birthday grandma!! 🎂 see u sunday for lunch"),
    # Spanish, contradictions: another action, actor, group, proposal, place, party, outcome
    contradicts(
        12,
        "Ya se puede consultar tu mesa de votación por WhatsApp: manda una foto de tu cédula al "
        "contacto oficial del tribunal electoral y te responden.",
    ),
    contradicts(
        13,
        "Cerraron el colegio electoral de la Escuela Santa Rosa y trasladaron todas las mesas "
        "al polideportivo sin avisar",
    ),
    contradicts(
        14,
        "HABRÁ LEY SECA DESDE LAS SEIS DE LA TARDE DEL SÁBADO HASTA EL DÍA DE LAS ELECCIONES Y "
        "LA POLICÍA MULTARÁ A QUIEN VENDA ALCOHOL",
    ),
    contradicts(
        16,
        "Si estás en el extranjero tienes que inscribirte en el consulado antes del 30 de "
        "junio, porque después los consulados no reciben inscripciones este año.",
    ),
    contradicts(
        17,
        "Más de 20.000 personas fallecidas siguen inscritas en el padrón de la provincia "
        "costera, según una lista que circula en redes",
    ),
    contradicts(
        18,
        "si te toca ser jurado de mesa y no vas te quitan el bono familiar y la ayuda por hijo "
        "durante un año, ojo!!",
    ),
    contradicts(
        19,
        "Proponen en el Congreso ampliar la jornada electoral a dos días, sábado y domingo, "
        "para evitar las colas en los centros de votación.",
    ),
    contradicts(
        21,
        "El candidato del partido liberal renunció anoche y pidió el voto para su rival "
        "😱 reenvíen",
    ),
    contradicts(
        22,
        "Para votar basta con una foto de la cédula en el celular, ya no hace falta llevar el "
        "documento original",
    ),
    # Spanish, paraphrases
    paraphrases(
        12,
        "ojo q ya se vota x whatsapp!! mandas foto de la cédula + el número d tu candidato al "
        "contacto oficial del tribunal electoral y listo",
    ),
    paraphrases(
        13,
        "¿Es verdad que la Escuela San Miguel ya no es centro de votación y que mandaron todas "
        "las mesas al estadio municipal sin decirle a nadie?",
    ),
    paraphrases(
        14,
        "TOQUE DE QUEDA EL DÍA DE LAS ELECCIONES A PARTIR DE LAS 18:00, LA POLICÍA VA A "
        "ARRESTAR A TODO EL QUE ANDE EN LA CALLE. REENVÍA A TODOS TUS GRUPOS",
    ),
    paraphrases(
        15,
        "con vinagre y lejía la tinta indeleble se borra al toque y por eso hay quienes votan 2 "
        "y 3 veces 🤬",
    ),
    paraphrases(
        16,
        "mira me dijo mi prima que está en España que este año los consulados no reciben votos "
        "así que si quiere votar tiene que viajar al país",
    ),
    paraphrases(17, "Lista en redes: 20 mil muertos votaron en la provincia costera"),
    paraphrases(
        18,
        "Cuidado: quien no vote pierde el bono familiar y la asignación por hijo por un año entero",
    ),
    paraphrases(
        20,
        "VIDEO: las urnas\nllegaron a los cen\ntros de votación ya\nllenas de votos an\ntes de "
        "la apertura",
    ),
    paraphrases(
        23,
        "El software que cuenta los votos lo hizo una empresa de afuera y lo programó para que "
        "gane un candidato, pásalo",
    ),
    # Spanish, unrelated
    unrelated("¿Alguien sabe si mañana hay clases o es feriado? porfa respondan"),
    unrelated("Encuesta: ¿quién crees que ganará el debate presidencial de esta noche?"),
    # French, contradictions: another action, object, round, actor, country, deadline
    contradicts(
        24,
        "Cette année on peut s'inscrire sur les listes électorales en ligne en cliquant sur le "
        "lien envoyé par SMS par le ministère de l'Intérieur.",
    ),
    contradicts(
        25,
        "Les bulletins remplis au crayon à papier seront annulés : seul le stylo est accepté "
        "dans l'isoloir.",
    ),
    contradicts(
        26,
        "Les résultats du second tour ont été donnés à la télévision avant même la fermeture "
        "des bureaux de vote !!",
    ),
    contradicts(
        27,
        "Le bureau de poste de la mairie est fermé pour travaux, les habitants doivent aller "
        "chercher leurs colis à la gare routière.",
    ),
    contradicts(
        28,
        "une amende de 150 euros sera envoyée à tous les assesseurs qui ne se présentent pas au "
        "bureau de vote dimanche",
    ),
    contradicts(
        29,
        "Les procurations doivent être faites avant jeudi pour ce scrutin, après il faudra "
        "obligatoirement voter en personne",
    ),
    contradicts(
        31,
        "Les ordinateurs de la préfecture qui centralisent les résultats sont connectés à "
        "Internet pendant la soirée électorale",
    ),
    contradicts(
        32,
        "Sans carte d'identité, impossible de voter dans les communes de plus de 1000 habitants "
        ": la carte électorale seule ne suffit pas.",
    ),
    contradicts(
        33,
        "La rentrée scolaire est reportée d'une semaine à cause d'une épidémie de grippe, a "
        "annoncé la préfecture.",
    ),
    # French, paraphrases
    paraphrases(
        24,
        "Vote par internet possible cette année !! il suffit de cliquer sur le lien reçu par "
        "SMS du ministère de l'Intérieur 👉",
    ),
    paraphrases(
        25,
        "c vrai que si on remplit le bulletin au stylo bleu il est nul ? paraît qu'il faut un "
        "stylo noir obligatoire",
    ),
    paraphrases(
        26,
        "SCANDALE : les résultats du 1er tour annoncés à la télé alors que les bureaux de vote "
        "étaient encore ouverts",
    ),
    paraphrases(
        27,
        "bon alors le bureau de vote de la mairie il est fermé à cause des travaux faut aller "
        "voter à la gare routière dites le à mamie",
    ),
    paraphrases(
        28,
        "Si vous n'allez pas voter dimanche vous recevrez une amende de 150 €. FAITES TOURNER",
    ),
    paraphrases(
        29,
        "Plus de procuration possible pour cette élection, chacun doit aller voter lui-même au "
        "bureau.",
    ),
    paraphrases(
        30,
        "Vidéo : un candidat abandonne la course et demande à ses électeurs de voter pour son "
        "rival",
    ),
    paraphrases(
        31,
        "Les machines à vo\nter sont reliées à\nInternet et peuvent\nêtre hackées à dis\ntance "
        "pendant le dé\npouillement",
    ),
    paraphrases(
        32,
        "Vous avez perdu votre carte d'électeur ? Alors vous ne pourrez pas voter, le bureau "
        "vous refusera.",
    ),
    paraphrases(
        33,
        "La préfecture annonce que l'élection est repoussée de 7 jours en raison de la grippe",
    ),
    # French, unrelated
    unrelated("Quelqu'un a le numéro d'un plombier ? fuite dans la cuisine"),
    unrelated(
        "Qui sont les assesseurs dans notre bureau cette année ? je voudrais me porter volontaire",
    ),
    # Portuguese, contradictions: exams, another action, milder effect, during a test, other group
    contradicts(
        34,
        "O concurso dos Correios foi adiado para dezembro por decisão da justiça por falta de "
        "locais de prova.",
    ),
    contradicts(
        35,
        "a tinta passada no dedo dos eleitores mancha a roupa e não sai nem na lavagem, cuidado",
    ),
    contradicts(
        36,
        "Dá pra consultar seu local de votação pelo aplicativo do banco usando a mesma senha do "
        "cartão, é só procurar a opção eleições",
    ),
    contradicts(
        37,
        "Vídeo mostra urna eletrônica sendo aberta com chave de fenda por técnicos durante o "
        "teste público de segurança do TSE",
    ),
    contradicts(
        38,
        "Quem teve o título cancelado pode regularizar a situação no cartório apresentando só a "
        "certidão de nascimento.",
    ),
    contradicts(
        39,
        "ELEITORES COM MAIS DE 70 ANOS NÃO SÃO MAIS OBRIGADOS A VOTAR NESTA ELEIÇÃO, O VOTO É "
        "FACULTATIVO PRA ELES",
    ),
    contradicts(
        40,
        "Mesários receberam ordem de barrar na porta quem chegar com camiseta da cor de um partido",
    ),
    contradicts(
        41,
        "é permitido levar o celular pra cabine pra consultar os números dos seus candidatos?? "
        "vi isso num grupo",
    ),
    contradicts(
        39,
        "Eleitores com mais de 70 anos estão proibidos de trabalhar como mesários nesta eleição "
        "por causa de uma nova lei.",
    ),
    # Portuguese, paraphrases
    paraphrases(
        34,
        "ADIARAM A ELEIÇÃO PRA DEZEMBRO!!! o tribunal eleitoral decidiu pq não tem urna suficiente",
    ),
    paraphrases(
        35,
        "gente a tinta do dedo passa doença de pele pq usam o mesmo vidrinho em todo mundo, "
        "repassem",
    ),
    paraphrases(
        36,
        "vc sabia q dá pra votar no app do banco? usa a senha do cartão e procura eleições no menu",
    ),
    paraphrases(
        37,
        "VÍDEO: urna ele\ntrônica aberta com\nchave de fenda e vo\ntos trocados dentro\nda seção",
    ),
    paraphrases(
        38,
        "É verdade que com o título cancelado dá pra votar normal só levando a certidão de "
        "nascimento?",
    ),
    paraphrases(
        39,
        "então gente uma lei nova proibiu quem tem mais de setenta anos de votar nessa eleição "
        "avisa teu avô",
    ),
    paraphrases(
        40,
        "Atenção: se for votar com camisa da cor de partido o mesário vai anular seu voto, eles "
        "receberam ordem",
    ),
    paraphrases(
        41,
        "pode levar colinha de papel com os números dos candidatos pra cabine de votação? minha "
        "tia disse q pode",
    ),
    # Portuguese, unrelated
    unrelated(
        "Alguém sabe onde fica o cartório eleitoral do centro? preciso tirar segunda via do título",
    ),
    unrelated("bom dia grupo ☀️ quem vai no churrasco domingo?"),
    # Arabic, contradictions: extension instead of postponement, exams, negation, milder effect,
    # other object, past election
    contradicts(42, "أعلنت الهيئة تمديد التصويت ساعتين إضافيتين بسبب موجة الحر الشديدة."),
    contradicts(42, "أعلنت وزارة التربية تأجيل الامتحانات شهراً كاملاً بسبب موجة الحر الشديدة"),
    contradicts(42, "هل صحيح أن الهيئة أعلنت أن الانتخابات لن تؤجل رغم موجة الحر الشديدة؟"),
    contradicts(
        43,
        "الحبر الانتخابي يسبب حساسية خفيفة في الجلد عند بعض الناس، لذلك اغسلوا أيديكم بعد التصويت",
    ),
    contradicts(
        43,
        "معقم اليدين في مراكز الاقتراع يسبب العمى إذا لمس العينين، لذلك يجب رفض استعماله!!",
    ),
    contradicts(
        44,
        "صناديق الاقتراع وصلت إلى المراكز وفيها أوراق اقتراع ناقصة لا تكفي عدد الناخبين",
    ),
    contradicts(44, "عاجل صناديق الاقتراع وصلت إلى المراكز بأقفال مكسورة وبدون أختام"),
    contradicts(45, "سيتم قطع الإنترنت في جميع أنحاء البلاد أيام امتحانات البكالوريا لمنع الغش"),
    contradicts(
        45,
        "في انتخابات 2011 تم قطع الإنترنت في جميع أنحاء البلاد يوم الانتخابات لمنع نشر النتائج",
    ),
    # Arabic, paraphrases
    paraphrases(42, "عاجل: تأجيل الانتخابات لمدة شهر بسبب الحر 🔥 انشروا"),
    paraphrases(42, "هل صحيح أن الهيئة أجلت الاقتراع ثلاثين يوماً بسبب ارتفاع درجات الحرارة؟"),
    paraphrases(43, "لا تخلوهم يحطوا الحبر على صبعكم، إذا وصل للعين بيعمي!! أرسلها لكل المجموعات"),
    paraphrases(43, "تحذير: حبر الانتخابات يفقدك البصر لو لامس عينيك، ارفض أن يضعوه على إصبعك"),
    paraphrases(44, "الصناديق وصلت مراكز الاقتراع وفيها أوراق مصوت عليها من قبل لصالح مرشح واحد"),
    paraphrases(
        44,
        "صناديق\nالاقتراع وصلت إلى\nالمراكز وفيها أورا\nق مؤشر عليها مسبقا\nلمرشح واحد",
    ),
    paraphrases(45, "قطع الإنترنت في كل البلد يوم الاقتراع حتى ما تنتشر النتائج"),
    paraphrases(
        45,
        "يا جماعة سمعت إنهم راح يقطعوا النت بكل البلاد يوم الانتخابات عشان ما حدا ينشر النتائج",
    ),
    paraphrases(
        45,
        "هل سيتم فعلاً قطع الإنترنت في كل أنحاء البلاد يوم الانتخابات لمنع نشر النتائج؟",
    ),
    # Arabic, unrelated
    unrelated("وين ألاقي نتائج مباريات الدوري اليوم؟"),
    unrelated("كم عدد مقاعد البرلمان الجديد وكم مرشحاً في دائرتنا؟"),
)


HELD_OUT_5: tuple[Wording, ...] = (
    # written by another helper the same way, also asked for paraphrases that retell the claim
    # closely with a synonym or two; measured once before and once after the subject check
    # (docs/decisions.md, 121), then used to correct it
    # English: close retellings, forwarded chains, caps, texting (paraphrases)
    paraphrases(
        0,
        "FWD FWD: The national election has been moved from Sunday to Monday 9 March because "
        "heavy rain is expected, so votes cast on Sunday will not be counted. Pass it on!!",
    ),
    paraphrases(
        1,
        "is it true u can vote from ur phone? just text YES and ur candidate's number to 4455, "
        "no need to go to the polling station",
    ),
    paraphrases(
        2,
        "WARNING ☠️ the indelible ink they paint on voters fingers contains poison that causes "
        "skin cancer!!! share before they delete this",
    ),
    paraphrases(
        5,
        "so apparently the independent mayoral candidate has withdrawn from the race and shes "
        "telling her supporters to stay home on election day is that true",
    ),
    paraphrases(
        6,
        "TV showed the final results at noon, hours before polling stations closed. That proves "
        "the result was decided beforehand!!",
    ),
    paraphrases(
        7,
        "NEW RULE: ONLY PASSPORTS ACCEPTED AS ID AT POLLING STATIONS, NATIONAL IDENTITY CARDS "
        "NO LONGER VALID",
    ),
    paraphrases(
        8,
        "Half a million voters\nwere secretly removed from the elec-\ntoral roll last week "
        "without\nbeing informed.",
    ),
    paraphrases(
        10,
        "my cousin says citizens abroad can mail their ballots from the consulate and those "
        "postal votes get counted on election night, pls check",
    ),
    paraphrases(
        11,
        "Anyone who doesn't vote will be fined 500 and it will be deducted straight from their "
        "salary next month 😡",
    ),
    # English: retold claim about another object, action, scope or effect (contradictions)
    contradicts(
        0,
        "The national exams have been moved from Sunday to Monday 9 March because heavy rain is "
        "forecast, so papers sat on Sunday will not be marked.",
    ),
    contradicts(
        1,
        "You can donate to your candidate from your phone: text YES and your candidate's number "
        "to 4455, no need to go to the campaign office.",
    ),
    contradicts(
        2,
        "Warning: the indelible ink painted on voters' fingers stains for two weeks and does "
        "not wash off with soap, share this.",
    ),
    contradicts(
        3,
        "Photo proves ballot papers in the student council election at Hillside High are being "
        "handed out with a cross already marked next to Candidate C.",
    ),
    contradicts(
        4,
        "Do not use the pencil provided in the booth: the counting machines cannot read pencil "
        "marks so your vote will be thrown out.",
    ),
    contradicts(
        5,
        "The independent candidate for mayor has pulled out of tonight's TV debate and is "
        "asking her supporters to watch her livestream instead.",
    ),
    contradicts(
        7,
        "New rule: driving licences no longer accepted as ID at polling stations, only "
        "passports and national ID cards are valid",
    ),
    contradicts(
        8,
        "Half a million voters were added to the electoral register last week without being told.",
    ),
    contradicts(
        9,
        "is it true voting machines in the northern district broke down overnight and had to be "
        "replaced before polls opened?",
    ),
    contradicts(
        11,
        "Anyone who does not register to vote by Friday will be fined 500 and the fine will be "
        "taken directly from their salary next month.",
    ),
    # English: everyday and campaign chatter (unrelated)
    unrelated(
        "Reminder: campaign volunteers meeting moved to the library at 6pm Thursday, bring "
        "snacks and the leaflets",
    ),
    unrelated("does anyone know what time the bakery near the town hall opens on Sunday?"),
    # Spanish: close retellings, caps, voice notes, OCR, questions (paraphrases)
    paraphrases(
        12,
        "Ya se puede votar por WhatsApp!! mandas una foto de tu cédula y el número de tu "
        "candidato al contacto oficial del tribunal electoral 📲",
    ),
    paraphrases(
        13,
        "oye cerraron el recinto electoral de la escuela san miguel y pasaron todas las mesas "
        "al estadio municipal sin avisar a nadie",
    ),
    paraphrases(
        14,
        "TOQUE DE QUEDA DESDE LAS 6 DE LA TARDE EL DÍA DE LAS ELECCIONES, LA POLICÍA VA A "
        "DETENER A TODO EL QUE ESTÉ EN LA CALLE",
    ),
    paraphrases(
        15,
        "la tinta indeleble sale en segundos con vinagre y cloro, por eso hay gente votando 2 y "
        "3 veces",
    ),
    paraphrases(
        17,
        "Más de 20 mil muertos votaron en la provincia costera, según lista que circula en "
        "redes sociales",
    ),
    paraphrases(
        18,
        "mi tía dice q si no votas te quitan el bono familiar y la asignación por hijo por un "
        "año. pls verifiquen",
    ),
    paraphrases(
        19,
        "La jornada electoral se extiende\na dos días, sábado y do-\nmingo, para evitar colas "
        "en\nlos centros de votación",
    ),
    paraphrases(
        21,
        "La candidata de la alianza ecologista dimitió anoche y pidió que votaran por su rival",
    ),
    paraphrases(
        22,
        "¿Es verdad que para votar hay que llevar la cédula original y que no vale una "
        "fotocopia ni una foto en el móvil?",
    ),
    # Spanish: retold claim with another action, object, scope or effect (contradictions)
    contradicts(
        12,
        "Ya se puede consultar tu mesa por WhatsApp: manda una foto de tu cédula al contacto "
        "oficial del tribunal electoral y te dice dónde votas.",
    ),
    contradicts(
        14,
        "Habrá ley seca desde las seis de la tarde el día de las elecciones y la policía "
        "multará a quien venda alcohol.",
    ),
    contradicts(
        15,
        "La tinta indeleble tarda hasta tres semanas en quitarse, ni con vinagre ni con lejía sale",
    ),
    contradicts(
        16,
        "Si estás en el extranjero tienes que inscribirte en el consulado antes del 30 de junio "
        "para poder votar este año.",
    ),
    contradicts(
        17,
        "Más de 20.000 personas fallecidas siguen apareciendo en el padrón de la provincia "
        "costera, según una lista que circula en redes.",
    ),
    contradicts(
        18,
        "Si no actualizas tus datos en el registro social antes de las elecciones te quitan el "
        "bono familiar y la ayuda por hijo durante un año.",
    ),
    contradicts(
        19,
        "La jornada electoral se amplía una hora, hasta las siete de la tarde, para evitar las "
        "colas en los centros de votación.",
    ),
    contradicts(
        21,
        "¿Es cierto que el candidato del partido liberal renunció anoche y pidió el voto para "
        "su rival?",
    ),
    contradicts(
        23,
        "El programa de conteo de votos del referéndum universitario fue hecho por una empresa "
        "extranjera que lo configuró para favorecer a una lista.",
    ),
    # Spanish: everyday and campaign chatter (unrelated)
    unrelated("¿Alguien sabe a qué hora abre la farmacia del centro el domingo?"),
    unrelated("¿Cuándo es el debate presidencial en la tele? alguien sabe el canal?"),
    # French: close retellings, chains, headlines, voice notes, OCR (paraphrases)
    paraphrases(
        24,
        "Cette année on peut voter par internet en cliquant sur le lien envoyé par texto par le "
        "ministère de l'Intérieur 👍",
    ),
    paraphrases(
        25,
        "ATTENTION les bulletins remplis au stylo bleu seront annulés, seul le stylo noir est "
        "autorisé dans l'isoloir !!! faites tourner",
    ),
    paraphrases(
        26,
        "Les résultats du 1er tour diffusés à la télé avant même la fermeture des bureaux de vote",
    ),
    paraphrases(
        27,
        "le bureau de vote de la mairie est fermé pour travaux faut aller voter à la gare "
        "routière dis le à tout le monde",
    ),
    paraphrases(
        28,
        "Amende de 150 € pour tous ceux qui ne vont pas voter dimanche, c'est vrai ça ?",
    ),
    paraphrases(
        29,
        "Les procurations ne sont plus\nacceptées pour ce scrutin, vote\nen personne "
        "obli-\ngatoire.",
    ),
    paraphrases(
        30,
        "Selon une vidéo, un candidat s'est désisté et demande à ses électeurs de voter pour "
        "son adversaire",
    ),
    paraphrases(
        32,
        "slt, ma voisine dit que sans carte d'électeur on peut pas voter, les bureaux refusent "
        "tous ceux qui l'ont perdue. vrai ?",
    ),
    paraphrases(
        33,
        "La préfecture a annoncé que le scrutin est repoussé d'une semaine à cause d'une "
        "épidémie de grippe.",
    ),
    # French: retold claim with another object, actor, scope; some negations (contradictions)
    contradicts(
        24,
        "Cette année on peut vérifier son inscription sur les listes électorales en ligne en "
        "cliquant sur le lien du site du ministère de l'Intérieur.",
    ),
    contradicts(
        25,
        "Les bulletins annotés ou raturés seront annulés : il ne faut rien écrire sur le "
        "bulletin dans l'isoloir.",
    ),
    contradicts(
        26,
        "Les résultats de la présidentielle américaine ont été donnés à la télévision avant "
        "même la fermeture des bureaux de vote en Californie.",
    ),
    contradicts(
        27,
        "Le bureau de poste de la mairie est fermé pour travaux, les colis sont à retirer à la "
        "gare routière.",
    ),
    contradicts(
        28,
        "Une amende de 150 euros sera envoyée à tous les assesseurs qui ne se présentent pas "
        "pour tenir le bureau de vote dimanche.",
    ),
    contradicts(
        29,
        "Les procurations restent acceptées pour ce scrutin, pas besoin de voter en personne.",
    ),
    contradicts(
        31,
        "Les caméras des bureaux de vote sont connectées à Internet et peuvent être piratées à "
        "distance pendant le dépouillement.",
    ),
    contradicts(
        32,
        "Sans pièce d'identité, impossible de voter dans les communes de plus de 1000 habitants "
        ": les bureaux refuseront ceux qui n'en ont pas.",
    ),
    contradicts(
        33,
        "Le scrutin municipal partiel de Saint-Martin est reporté d'une semaine à cause d'une "
        "épidémie de grippe, a annoncé la préfecture.",
    ),
    # French: everyday and campaign chatter (unrelated)
    unrelated("Quelqu'un sait si la boulangerie de la place est ouverte le dimanche matin ?"),
    unrelated(
        "Réunion des bénévoles de la campagne jeudi 19h à la salle des fêtes, apportez vos tracts",
    ),
    # Portuguese: close retellings, caps, voice notes, OCR, questions (paraphrases)
    paraphrases(34, "A eleição foi adiada pra dezembro por decisão do TSE porque faltam urnas"),
    paraphrases(34, "Tribunal eleitoral adia eleição para dezembro por falta de urnas"),
    paraphrases(
        35,
        "a tinta que passam no dedo do eleitor transmite doença de pele pq usam o mesmo vidro "
        "em todo mundo 😱",
    ),
    paraphrases(
        36,
        "Dá pra votar pelo app do banco com a mesma senha do cartão, só procurar a opção "
        "eleições. Alguém já fez?",
    ),
    paraphrases(
        37,
        "VÍDEO MOSTRA URNA ELETRÔNICA SENDO ABERTA COM CHAVE DE FENDA E VOTOS SENDO TROCADOS NA "
        "SEÇÃO!!! COMPARTILHEM",
    ),
    paraphrases(
        38,
        "É verdade que quem teve o título cancelado pode votar normal só levando a certidão de "
        "nascimento?",
    ),
    paraphrases(
        39,
        "gente eleitor com mais de 70 anos tá proibido de votar nessa eleição por causa de uma "
        "lei nova avisa teus avós",
    ),
    paraphrases(
        40,
        "Mesários receberam ordem de\nanular o voto de quem chegar\ncom camisa da cor de um "
        "par-\ntido",
    ),
    paraphrases(
        41,
        "pode levar colinha de papel com os números dos seus candidatos pra cabine de votação, né?",
    ),
    # Portuguese: retold claim with another election, action, effect or actor (contradictions)
    contradicts(
        34,
        "A eleição do conselho tutelar foi adiada para dezembro por decisão da prefeitura por "
        "falta de urnas.",
    ),
    contradicts(
        35,
        "A tinta passada no dedo dos eleitores mancha a pele por vários dias porque é feita com "
        "nitrato de prata.",
    ),
    contradicts(
        36,
        "Dá para pagar a multa eleitoral pelo aplicativo do banco usando a mesma senha do "
        "cartão, é só procurar a opção eleições.",
    ),
    contradicts(
        37,
        "Vídeo mostra urna eletrônica sendo lacrada pelos técnicos do cartório na frente dos "
        "fiscais dos partidos.",
    ),
    contradicts(
        38,
        "Quem teve o título cancelado pode regularizar a situação no cartório eleitoral "
        "apresentando só a certidão de nascimento.",
    ),
    contradicts(
        39,
        "Eleitores com mais de 70 anos não são obrigados a votar nesta eleição, para eles o "
        "voto é facultativo.",
    ),
    contradicts(
        40,
        "Mesários que chegarem com camiseta da cor de um partido vão ser dispensados do "
        "trabalho na seção.",
    ),
    contradicts(41, "É proibido levar o celular para a cabine de votação, mesmo desligado."),
    # Portuguese: everyday and campaign chatter (unrelated)
    unrelated("Alguém sabe se o posto de saúde abre no sábado? preciso tomar vacina"),
    unrelated("Carreata do candidato no domingo às 9h saindo da praça da matriz, leva bandeira"),
    # Arabic: close retellings, headlines, dialect voice notes, OCR, questions (paraphrases)
    paraphrases(42, "عاجل: الهيئة تعلن تأجيل الانتخابات لمدة شهر كامل بسبب موجة الحر"),
    paraphrases(42, "هل صحيح أن الانتخابات تأجلت شهر بسبب الحر الشديد؟ أخي يقول الهيئة أعلنت ذلك"),
    paraphrases(42, "أعلنت الهيئة إرجاء الانتخابات شهراً كاملاً بسبب موجة الحرارة الشديدة."),
    paraphrases(
        43,
        "⚠️ تحذير: الحبر الانتخابي يسبب فقدان البصر إذا لمس العين، ارفضوا وضعه على أصابعكم "
        "وانشروا الرسالة",
    ),
    paraphrases(43, "يا جماعة الحبر اللي يحطونه على الصبع يعمي لو لمس العين لا تخلوهم يحطونه"),
    paraphrases(
        44,
        "فضيحة!! صناديق الاقتراع وصلت للمراكز مليانة أوراق مؤشر عليها من قبل لصالح مرشح واحد",
    ),
    paraphrases(44, "صناديق الاقتراع وصلت إلى\nالمراكز وبداخلها بطاقات\nمعلّمة مسبقاً لمرشح واحد"),
    paraphrases(45, "عاجل 🚨 قطع الإنترنت في كل أنحاء البلد يوم الانتخابات عشان ما تنتشر النتائج"),
    paraphrases(
        45,
        "هل صحيح انه راح يقطعون النت في كل البلاد يوم الاقتراع حتى يمنعوا نشر النتائج؟",
    ),
    # Arabic: retold claim with another decision, object, effect or scope; one negation
    # (contradictions)
    contradicts(42, "أعلنت الهيئة تمديد ساعات الاقتراع ساعتين بسبب موجة الحر الشديدة."),
    contradicts(42, "أعلنت وزارة التربية تأجيل الامتحانات شهراً كاملاً بسبب موجة الحر الشديدة."),
    contradicts(42, "أعلنت الهيئة تأجيل موعد إعلان النتائج النهائية ثلاثة أيام بسبب موجة الحر."),
    contradicts(
        43,
        "الحبر الانتخابي يسبب احمراراً خفيفاً إذا لمس العينين، لذلك يجب غسلهما بالماء فوراً.",
    ),
    contradicts(
        43,
        "الحبر الانتخابي لا يسبب العمى حتى لو لمس العينين، فلا داعي لرفض وضعه على الإصبع.",
    ),
    contradicts(44, "صناديق الاقتراع وصلت إلى المراكز فارغة ومختومة بالشمع الأحمر أمام المراقبين."),
    contradicts(44, "صناديق الاقتراع وصلت إلى المراكز متأخرة ثلاث ساعات بسبب زحمة السير."),
    contradicts(
        44,
        "صناديق انتخابات مجلس الطلبة في الجامعة وصلت وفيها أوراق مؤشر عليها مسبقاً لصالح مرشح واحد.",
    ),
    contradicts(
        45,
        "سيتم قطع الإنترنت في جميع أنحاء البلاد يوم امتحان الشهادة الثانوية لمنع الغش.",
    ),
    # Arabic: everyday and campaign chatter (unrelated)
    unrelated("هل يعرف أحد متى تفتح الصيدلية المناوبة يوم الجمعة؟"),
    unrelated("تذكير: اجتماع متطوعي الحملة مساء الخميس في القاعة الكبرى، أحضروا المنشورات"),
)


HELD_OUT_6: tuple[Wording, ...] = (
    # written by a third helper the same way, also asked for close paraphrases in other words,
    # acronyms and other verb forms; measured once (docs/decisions.md, 121), old and new code
    # side by side, after the subject check was fixed, then read
    # en paraphrases: close retellings, a word or two swapped
    paraphrases(
        0,
        "The national election has been pushed from Sunday to Monday 9 March since heavy rain "
        "is forecast, so any ballot cast on Sunday won't be counted.",
    ),
    paraphrases(
        7,
        "New rule: a passport is the only ID accepted at polling stations now, national "
        "identity cards are not valid anymore.",
    ),
    paraphrases(
        8,
        "Half a million voters were quietly removed from the electoral roll last week and "
        "nobody told them.",
    ),
    paraphrases(
        11,
        "Anyone who doesn't cast a ballot gets a 500 fine, deducted straight from their pay "
        "next month.",
    ),
    # en paraphrases: chain letter, emoji, texting
    paraphrases(
        2,
        "WARNING‼️ the indelible ink they paint on voters' fingers contains poison that gives "
        "you skin cancer ☠️ share before they delete this",
    ),
    paraphrases(
        1,
        "my cousin says u can vote from ur phone now, just text YES + ur candidate's number to "
        "4455, no need to go to a polling station. pls check",
    ),
    # en paraphrases: OCR line breaks
    paraphrases(
        4,
        "Do not use the pencil pro-\nvided in the booth: pencil marks can be rub-\nbed out by "
        "officials and your vote chan-\nged afterwards",
    ),
    # en paraphrases: voice note
    paraphrases(
        5,
        "hey so the independent candidate for mayor has dropped out of the race and shes asking "
        "her supporters to stay home on election day just so you know",
    ),
    # en paraphrases: questions
    paraphrases(
        9,
        "Is it true that voting machines in the northern district were hacked overnight and "
        "switched thousands of votes to the ruling party?",
    ),
    paraphrases(
        10,
        "pls confirm: if you live abroad can you post your ballot from the consulate and it "
        "gets counted on election night?",
    ),
    # en contradictions: chain letter / shouting, another contest or context
    contradicts(
        0,
        "URGENT!!! Student union election moved from Sunday to Monday 9 March because heavy "
        "rain is forecast, so ballots cast on Sunday will not be counted. PLS SHARE 🌧️",
    ),
    contradicts(
        7,
        "NEW RULE: ONLY A PASSPORT WILL BE ACCEPTED AS ID AT THE BORDER CROSSING, NATIONAL ID "
        "CARDS ARE NO LONGER VALID FOR TRAVEL",
    ),
    # en contradictions: texting, another action
    contradicts(
        1,
        "u can register to vote from ur phone now: text YES and ur ID number to 4455, u don't "
        "need to go to the registration office 👍",
    ),
    contradicts(
        11,
        "Anyone who does not pay their TV licence will be fined 500 and the fine will be taken "
        "directly from their salary next month 😱💸",
    ),
    # en contradictions: milder effect, another country
    contradicts(
        2,
        "Warning: the indelible ink painted on voters' fingers can give a mild skin rash to "
        "people with allergies, share so they know",
    ),
    contradicts(
        3,
        "Photo proves ballot papers in the neighbouring country's election are being handed out "
        "with a cross already marked next to Candidate C",
    ),
    # en contradictions: headline, another office
    contradicts(
        5,
        "Independent Candidate For Governor Pulls Out Of Race, Asks Supporters To Stay Home On "
        "Polling Day",
    ),
    # en contradictions: voice note, another event
    contradicts(
        6,
        "so the talent show on tv showed the final results at 12 noon hours before the phone "
        "vote closed which proves the winner was decided in advance",
    ),
    # en contradictions: OCR line breaks, another effect
    contradicts(
        9,
        "Voting machines in the nor-\nthern district broke down over-\nnight and thousands of "
        "votes had to be coun-\nted by hand",
    ),
    # en contradictions: question, opposite outcome
    contradicts(
        10,
        "Is it true that citizens living abroad can post their ballots from the consulate but "
        "these postal votes are only counted a week after election night?",
    ),
    # en unrelated
    unrelated(
        "Does anyone know if the polling station at the library has a ramp? My gran uses a "
        "wheelchair",
    ),
    unrelated("lost my dog near the market this morning, brown lab called Max, pls share 🙏"),
    # es paraphrases: close retellings, acronym and synonyms
    paraphrases(
        12,
        "Ya puedes votar x WhatsApp 📲 solo manda foto de tu cédula y el número de tu candidato "
        "al contacto oficial del TSE. ¡Pásalo!",
    ),
    paraphrases(
        13,
        "Cerraron el centro de votación de la Escuela San Miguel y mudaron todas las mesas al "
        "estadio municipal sin avisar a nadie 😡",
    ),
    paraphrases(
        16,
        "Si vives en el extranjero tienes que regresar al país para votar, los consulados este "
        "año no reciben votos.",
    ),
    paraphrases(
        14,
        "OJO: el día de las elecciones hay toque de queda a partir de las 6 pm y la policía va "
        "a detener a cualquiera que ande en la calle",
    ),
    # es paraphrases: voice note
    paraphrases(
        15,
        "oye dicen que la tinta indeleble se quita en nada con vinagre y lejía y que por eso "
        "hay gente votando dos y tres veces",
    ),
    # es paraphrases: OCR line breaks
    paraphrases(
        17,
        "Más de 20.000 personas falle-\ncidas votaron en la provin-\ncia costera, según una "
        "lista que cir-\ncula en redes",
    ),
    # es paraphrases: added chatter, questions, abbreviations
    paraphrases(
        18,
        "Mi tía dice que si no votas te quitan el bono familiar y la ayuda por hijo por un año, "
        "alguien sabe si es verdad??",
    ),
    paraphrases(
        22,
        "xfa confirmen: para votar hay q llevar la cédula original, una fotocopia o foto en el "
        "cel no sirve??",
    ),
    # es paraphrases: headline
    paraphrases(
        23,
        "Software de conteo de votos fue hecho por empresa extranjera que lo configuró para "
        "favorecer a un candidato",
    ),
    # es contradictions: close retellings, another action or object
    contradicts(
        12,
        "Ya se puede actualizar el domicilio electoral por WhatsApp: manda una foto de tu "
        "cédula y tu nueva dirección al contacto oficial del tribunal electoral.",
    ),
    contradicts(
        17,
        "Más de 20.000 personas fallecidas siguen inscritas en el padrón de la provincia "
        "costera, según la auditoría del registro civil.",
    ),
    contradicts(
        19,
        "La jornada de vacunación se amplía a dos días, sábado y domingo, para evitar las colas "
        "en los centros de salud.",
    ),
    # es contradictions: OCR line breaks, another place
    contradicts(
        13,
        "Cerraron el colegio electo-\nral de la Escuela Santa Ro-\nsa y trasladaron todas las "
        "me-\nsas al polideportivo sin avisar",
    ),
    # es contradictions: emoji, another event
    contradicts(
        14,
        "⚠️ Habrá toque de queda desde las seis de la tarde el día de la final del campeonato y "
        "la policía detendrá a quien esté en la calle ⚠️",
    ),
    # es contradictions: question, negation
    contradicts(
        16,
        "¿Es verdad que si estás en el extranjero ya NO tienes que volver al país para votar "
        "porque este año los consulados sí reciben votos?",
    ),
    # es contradictions: voice note, another action
    contradicts(
        18,
        "si no actualizas tus datos en el registro social te quitan el bono familiar y la ayuda "
        "por hijo durante un año ojo con eso",
    ),
    # es contradictions: opposite outcome
    contradicts(
        20,
        "Un video muestra urnas que llegaron a los centros de votación vacías y selladas antes "
        "de abrir, delante de los fiscales de mesa",
    ),
    # es contradictions: shouting, another person
    contradicts(
        21,
        "EL CANDIDATO DEL PARTIDO LIBERAL RENUNCIÓ ANOCHE Y PIDIÓ EL VOTO PARA SU RIVAL",
    ),
    # es contradictions: texting, another action on the same object
    contradicts(
        23,
        "dicen q el programa de conteo de votos fue auditado x una empresa extranjera y no "
        "encontró ninguna falla, alguien confirma?",
    ),
    # es unrelated
    unrelated(
        "¿Alguien sabe a qué hora abre el banco el lunes? Necesito sacar plata para el viaje",
    ),
    unrelated(
        "Se buscan voluntarios para repartir agua en la maratón del domingo, escribir al grupo 🏃",
    ),
    # fr paraphrases: close retellings
    paraphrases(
        24,
        "Cette année on vote sur internet 💻 il suffit de cliquer sur le lien reçu par SMS du "
        "ministère de l'Intérieur",
    ),
    paraphrases(
        28,
        "Une amende de 150 € va être envoyée à tous ceux qui ne vont pas voter dimanche 😤",
    ),
    paraphrases(
        30,
        "D'après une vidéo, un candidat s'est retiré de la course et appelle ses électeurs à "
        "voter pour son adversaire.",
    ),
    # fr paraphrases: chain letter
    paraphrases(
        25,
        "ATTENTION les bulletins remplis au stylo bleu seront annulés, seul le stylo noir est "
        "accepté dans l'isoloir !! faites tourner",
    ),
    # fr paraphrases: question
    paraphrases(
        26,
        "Est-ce vrai que les résultats du 1er tour sont passés à la télé avant même la "
        "fermeture des bureaux de vote ?",
    ),
    # fr paraphrases: voice note
    paraphrases(
        27,
        "bon je vous préviens le bureau de vote de la mairie est fermé pour travaux faut aller "
        "voter à la gare routière",
    ),
    # fr paraphrases: OCR line breaks
    paraphrases(
        29,
        "Les procura-\ntions ne sont plus accep-\ntées pour ce scrutin, il faut "
        "obli-\ngatoirement voter en personne",
    ),
    # fr paraphrases: headline
    paraphrases(
        31,
        "Les machines à voter connectées à Internet, piratables à distance pendant le "
        "dépouillement",
    ),
    # fr paraphrases: texting abbreviations
    paraphrases(
        32,
        "slt, sans carte d'électeur tu peux pas voter, les bureaux refusent tous ceux qui l'ont "
        "perdue, vérifie stp",
    ),
    # fr contradictions: close retellings, another action or object
    contradicts(
        24,
        "Cette année on peut s'inscrire sur les listes électorales en ligne en cliquant sur le "
        "lien envoyé par SMS par le ministère de l'Intérieur.",
    ),
    contradicts(
        25,
        "Les formulaires de procuration remplis au stylo bleu seront refusés : seul le stylo "
        "noir est accepté au commissariat.",
    ),
    contradicts(
        32,
        "Sans carte électorale, impossible de faire une procuration : les commissariats "
        "refuseront tous ceux qui l'ont perdue.",
    ),
    # fr contradictions: question, opposite timing
    contradicts(
        26,
        "C'est vrai que les résultats du premier tour ont été donnés à la télévision juste "
        "après la fermeture des bureaux de vote à 20 h ?",
    ),
    # fr contradictions: voice note, another place
    contradicts(
        27,
        "bon le bureau de vote de l'école Jules Ferry est fermé pour travaux les électeurs "
        "doivent aller voter au gymnase",
    ),
    # fr contradictions: emoji, another action / another event
    contradicts(
        28,
        "Une amende de 150 euros sera envoyée à tous ceux qui ne répondent pas au recensement "
        "avant dimanche 📮",
    ),
    contradicts(
        33,
        "Le match de dimanche est reporté d'une semaine à cause d'une épidémie de grippe, a "
        "annoncé le club 🤒⚽",
    ),
    # fr contradictions: shouting, negation
    contradicts(
        29,
        "LES PROCURATIONS SONT TOUJOURS ACCEPTÉES POUR CE SCRUTIN, PAS BESOIN DE VOTER EN PERSONNE",
    ),
    # fr contradictions: OCR line breaks, negation
    contradicts(
        31,
        "Les machines à voter ne sont pas con-\nnectées à Internet et ne peuvent pas être "
        "pira-\ntées à distance pendant le dé-\npouillement",
    ),
    # fr unrelated
    unrelated(
        "Quelqu'un a le numéro du plombier qui est venu chez Martine ? J'ai une fuite sous l'évier",
    ),
    unrelated("Réunion publique du candidat jeudi à 19h à la salle des fêtes, venez nombreux !"),
    # pt-BR paraphrases: close retellings, acronym
    paraphrases(34, "A eleição foi adiada pra dezembro por decisão do TSE por falta de urnas."),
    paraphrases(
        40,
        "Meu primo é mesário e disse que receberam ordem pra anular o voto de quem chegar com "
        "camiseta da cor de um partido",
    ),
    paraphrases(
        41,
        "Pode levar pra cabine de votação uma cola de papel com os números dos seus candidatos, "
        "é permitido.",
    ),
    # pt-BR paraphrases: shouting, emoji
    paraphrases(
        35,
        "URGENTE!!! a tinta que passam no dedo do eleitor transmite doença de pele pq usam o "
        "mesmo frasco pra todo mundo 🤢",
    ),
    # pt-BR paraphrases: voice note
    paraphrases(
        36,
        "gente dá pra votar pelo app do banco com a mesma senha do cartão é só procurar a opção "
        "eleições",
    ),
    # pt-BR paraphrases: OCR line breaks
    paraphrases(
        37,
        "Vídeo mostra urna eletrô-\nnica sendo aberta com cha-\nve de fenda e votos sendo "
        "tro-\ncados na seção",
    ),
    # pt-BR paraphrases: questions
    paraphrases(
        38,
        "É verdade que quem teve o título cancelado pode votar normal só levando a certidão de "
        "nascimento?",
    ),
    paraphrases(
        34,
        "Verdade que adiaram a eleição pra dezembro? Dizem que o tribunal eleitoral decidiu "
        "porque faltam urnas",
    ),
    # pt-BR paraphrases: headline
    paraphrases(39, "Nova lei proíbe eleitores com mais de 70 anos de votar nesta eleição"),
    # pt-BR contradictions: close retellings, another contest / action / object
    contradicts(
        34,
        "A eleição do conselho tutelar foi adiada para dezembro por decisão do tribunal por "
        "falta de urnas.",
    ),
    contradicts(
        36,
        "Dá para justificar a ausência pelo aplicativo e-Título usando a senha do gov.br, é só "
        "procurar a opção justificativa.",
    ),
    contradicts(
        40,
        "Mesários receberam ordem de barrar quem chegar com celular ligado na cabine de votação.",
    ),
    contradicts(
        41,
        "É proibido levar para a cabine o celular com os números dos seus candidatos, tem que "
        "deixar com o mesário.",
    ),
    # pt-BR contradictions: milder effect
    contradicts(
        35,
        "A tinta passada no dedo dos eleitores mancha a pele por alguns dias porque é difícil "
        "de tirar",
    ),
    # pt-BR contradictions: a test, not an election
    contradicts(
        37,
        "Vídeo mostra urna eletrônica sendo aberta com chave de fenda por técnicos do TRE "
        "durante o teste público de segurança",
    ),
    # pt-BR contradictions: voice note, another action
    contradicts(
        38,
        "quem teve o título cancelado pode regularizar no cartório eleitoral apresentando só a "
        "certidão de nascimento e comprovante de residência",
    ),
    # pt-BR contradictions: shouting question, another rule
    contradicts(
        39,
        "É VERDADE que eleitores com mais de 70 anos não são obrigados a votar, o voto é "
        "facultativo pra eles?",
    ),
    # pt-BR contradictions: emoji, negation
    contradicts(
        34,
        "A eleição NÃO foi adiada, continua marcada para outubro, confirmou o tribunal "
        "eleitoral 👍",
    ),
    # pt-BR unrelated
    unrelated("Alguém sabe se o posto de saúde abre sábado? Preciso tomar a vacina da gripe"),
    unrelated("Bom dia grupo! 🌻 Hoje tem churrasco na casa da Tia Lu às 13h, levem refri"),
    # ar paraphrases: close retellings, synonyms
    paraphrases(
        42,
        "عاجل ‼️ الهيئة المستقلة للانتخابات أعلنت تأجيل الاقتراع شهراً كاملاً بسبب موجة الحر "
        "الشديدة، انشروا",
    ),
    paraphrases(
        43,
        "تحذير ⚠️ الحبر الانتخابي يسبب فقدان البصر إذا لمس العينين، ارفضوا وضعه على أصابعكم",
    ),
    paraphrases(44, "صناديق الاقتراع وصلت للمراكز وبداخلها أوراق مؤشر عليها مسبقاً لمرشح واحد!!"),
    paraphrases(
        45,
        "انتبهوا: سيقطعون الإنترنت في كل أنحاء البلاد يوم الاقتراع حتى لا تُنشر النتائج 📵",
    ),
    # ar paraphrases: questions, dialect
    paraphrases(42, "هل صحيح أن الانتخابات تأجلت شهراً كاملاً بسبب الحر الشديد؟"),
    paraphrases(45, "صحيح انه رح يقطعوا النت بكل البلد يوم الانتخابات عشان ما تنتشر النتائج؟"),
    # ar paraphrases: voice note
    paraphrases(42, "يا جماعة الهيئة اعلنت انو الانتخابات تأجلت شهر كامل بسبب موجة الحر"),
    # ar paraphrases: OCR line breaks
    paraphrases(
        43,
        "الحبر الانتخا\nبي يسبب العمى إذا لمس العي\nنين، لذلك يجب رفض وضعه على الإص\nبع",
    ),
    # ar paraphrases: headline
    paraphrases(
        44,
        "صناديق اقتراع تصل إلى مراكز التصويت محمّلة بأوراق مؤشرة مسبقاً لصالح مرشح واحد",
    ),
    # ar contradictions: close retellings, another event / action / effect
    contradicts(42, "أعلنت الهيئة تأجيل الامتحانات الوزارية شهراً كاملاً بسبب موجة الحر الشديدة."),
    contradicts(42, "عاجل: أعلنت الهيئة تمديد ساعات التصويت ساعتين بسبب موجة الحر الشديدة ☀️"),
    contradicts(43, "الحبر الانتخابي يسبب حكة خفيفة إذا لمس الجلد الحساس، لكنها تزول بعد يومين."),
    contradicts(
        45,
        "سيتم قطع الإنترنت في جميع أنحاء البلاد يوم امتحانات الثانوية العامة لمنع تسريب الأسئلة.",
    ),
    # ar contradictions: another country, question
    contradicts(
        42,
        "هل صحيح أن هيئة الانتخابات في البلد المجاور أعلنت تأجيل انتخاباتها شهراً كاملاً بسبب "
        "موجة الحر؟",
    ),
    # ar contradictions: negation
    contradicts(
        43,
        "الحبر الانتخابي لا يسبب العمى حتى لو لمس العينين، فلا داعي لرفض وضعه على الإصبع",
    ),
    # ar contradictions: OCR line breaks, opposite outcome
    contradicts(44, "صناديق الاقتراع وصلت إلى المرا\nكز فارغة ومختومة أمام المراقبين"),
    # ar contradictions: voice note, a training drill
    contradicts(
        44,
        "صناديق الاقتراع اللي بالتمرين التجريبي لموظفي الاقتراع كان فيها أوراق مؤشر عليها "
        "مسبقاً للتدريب بس",
    ),
    # ar contradictions: another place, another cause
    contradicts(
        45,
        "سيتم قطع الإنترنت في حي الجامعة لمدة ساعتين يوم الانتخابات بسبب أعمال صيانة الشبكة",
    ),
    # ar unrelated
    unrelated("مين عنده رقم محل تصليح مكيفات؟ المكيف خربان من امبارح 🥵"),
    unrelated("متى تبدأ الحملة الانتخابية رسمياً؟ وهل يسمح بتعليق الملصقات قرب المدارس؟"),
)


HELD_OUT_7: tuple[Wording, ...] = (
    # written by a fourth helper the same way, also asked for other offices and roles; measured
    # once (docs/decisions.md, 121), old and new code side by side, after the office check
    # was added
    # en: close retellings (one or two things said in other words, or one thing changed)
    paraphrases(
        0,
        "The national election has been postponed from Sunday to Monday 9 March since heavy "
        "rain is forecast, so votes cast on Sunday won't be counted.",
    ),
    contradicts(
        0,
        "The students' union election has been moved from Sunday to Monday 9 March because "
        "heavy rain is forecast, so ballots cast on Sunday will not be counted.",
    ),
    paraphrases(
        5,
        "The independent mayoral candidate has withdrawn from the race and is telling her "
        "supporters to stay home on election day.",
    ),
    contradicts(
        5,
        "The independent candidate for governor has pulled out of the race and is asking her "
        "supporters to stay at home on polling day.",
    ),
    paraphrases(
        8,
        "Half a million voters were quietly removed from the electoral roll last week without "
        "being informed.",
    ),
    contradicts(
        8,
        "Half a million voters were secretly added to the electoral register last week without "
        "anyone being told.",
    ),
    contradicts(
        10,
        "Citizens living abroad can post their ballots from the consulate, but these postal "
        "votes are only counted a week after election night.",
    ),
    # en: chain letters, all caps, emoji
    contradicts(
        11,
        "FORWARD TO ALL: ANYONE WHO DOES NOT PAY FOR THE NEW PARKING PERMIT WILL BE FINED 500 "
        "AND THE FINE WILL BE TAKEN DIRECTLY FROM THEIR SALARY NEXT MONTH!!!",
    ),
    paraphrases(
        2,
        "⚠️⚠️ the ink they paint on ur finger when u vote has POISON in it that gives u skin "
        "cancer!! share b4 they delete this ⚠️⚠️",
    ),
    contradicts(
        2,
        "⚠️ Warning: the hand gel given to voters at the door contains a poison that causes "
        "skin cancer, share before they delete this ⚠️",
    ),
    # en: texting abbreviations
    paraphrases(
        1,
        "u can vote from ur phone now!! txt YES + ur candidate's number to 4455, no need 2 go "
        "to the polling station",
    ),
    contradicts(
        1,
        "u can REGISTER 2 vote from ur phone now: txt YES + ur ID number to 4455, no need 2 go "
        "to the electoral office",
    ),
    # en: voice-note transcripts
    paraphrases(
        4,
        "hey so my uncle says dont use the pencil in the booth because the officials can rub "
        "out pencil marks and change your vote after",
    ),
    contradicts(
        4,
        "hey so my uncle says dont use the pen they give you in the booth because pen ink can "
        "be wiped off by officials with some chemical and they change your vote afterwards",
    ),
    # en: OCR text with odd line breaks
    paraphrases(
        9,
        "Voting machines in the north-\nern district were hacked over-\nnight and switched "
        "thousands of\nvotes to the ruling party",
    ),
    contradicts(
        9,
        "Voting machines in the north-\nern district were stolen over-\nnight from the council "
        "depot\nso polling there will start late",
    ),
    # en: news headlines
    paraphrases(
        6,
        "Final Results Aired On TV At Noon, Hours Before Polls Closed: Proof The Outcome Was "
        "Fixed In Advance",
    ),
    # en: questions
    paraphrases(
        3,
        "is it true that there's a photo proving ballot papers are being given out already "
        "marked with a cross next to Candidate C?",
    ),
    # en: unrelated
    unrelated("does anyone know if the post office is open on election day? need to send a parcel"),
    unrelated("Reminder: the candidates' debate is on channel 4 tonight at 8pm, bring snacks"),
    # es: retellings cercanos
    paraphrases(
        12,
        "Ya se puede votar por WhatsApp: envía una foto de tu documento y el número de tu "
        "candidato al contacto oficial del tribunal electoral.",
    ),
    contradicts(
        12,
        "Ya se puede pagar la multa electoral por WhatsApp: manda una foto de tu cédula y el "
        "número de tu mesa al contacto oficial del tribunal electoral.",
    ),
    paraphrases(
        13,
        "Clausuraron el centro de votación de la Escuela San Miguel y pasaron todas las mesas "
        "al estadio municipal sin previo aviso.",
    ),
    contradicts(
        21,
        "El candidato del partido liberal renunció anoche y pidió el voto para su rival.",
    ),
    paraphrases(
        19,
        "La votación se extiende a dos días, sábado y domingo, para evitar filas en los centros "
        "de votación.",
    ),
    # es: cadenas, mayúsculas, emoji
    paraphrases(
        14,
        "🚨 TOQUE DE QUEDA EL DÍA DE LAS ELECCIONES DESDE LAS 6 PM, LA POLICÍA VA A DETENER A "
        "TODO EL QUE ESTÉ EN LA CALLE 🚨 pásalo",
    ),
    contradicts(
        14,
        "🚨 HABRÁ TOQUE DE QUEDA DESDE LAS SEIS DE LA TARDE EL DÍA DE LA FINAL DEL CAMPEONATO Y "
        "LA POLICÍA DETENDRÁ A QUIEN ESTÉ EN LA CALLE 🚨",
    ),
    contradicts(
        18,
        "REENVÍA: si no actualizas tus datos en el registro social te quitan el bono familiar y "
        "la ayuda por hijo durante un año",
    ),
    # es: abreviaturas de chat
    paraphrases(
        15,
        "q la tinta indeleble se quita en segundos con vinagre y lejía y hay gente votando 2 o "
        "3 veces 😱",
    ),
    contradicts(
        15,
        "la tinta indeleble NO se quita ni con vinagre ni con lejía, x eso nadie puede votar 2 "
        "veces, tranqui",
    ),
    # es: transcripciones de notas de voz
    paraphrases(
        16,
        "oye me dijeron que si vives afuera tienes que regresar al país para votar porque este "
        "año los consulados no van a recibir votos",
    ),
    contradicts(
        16,
        "oye me dijeron que si estás en el extranjero tienes que inscribirte en el consulado "
        "antes del 30 de junio o no vas a poder votar",
    ),
    # es: texto OCR con saltos de línea raros
    paraphrases(
        17,
        "Más de 20.000 personas\nfallecidas votaron en la pro-\nvincia costera, según una "
        "lis-\nta que circula en redes",
    ),
    contradicts(
        17,
        "Más de 20.000 personas\nfallecidas siguen inscri-\ntas en el padrón de la pro-\nvincia "
        "costera, según una lista",
    ),
    # es: titulares
    contradicts(
        20,
        "Video muestra urnas que llegaron a los centros de votación vacías y sin precintos de "
        "seguridad",
    ),
    # es: preguntas
    paraphrases(
        22,
        "¿Es verdad que para votar hay que llevar la cédula original y que una fotocopia o foto "
        "en el celular no sirve?",
    ),
    contradicts(
        22,
        "¿es cierto que para votar basta con una fotocopia del documento o una foto en el celular?",
    ),
    paraphrases(
        23,
        "¿Es cierto que el software de conteo de votos lo hizo una empresa extranjera y lo "
        "configuró para favorecer a un candidato?",
    ),
    # es: no relacionados
    unrelated("¿Alguien sabe a qué hora pasa el último bus hacia el centro el domingo?"),
    unrelated("Felicidades a mi prima que hoy se gradúa 🎓🎉"),
    # fr: reformulations proches
    paraphrases(
        24,
        "Cette année on peut voter par internet en cliquant sur le lien reçu par texto du "
        "ministère de l'Intérieur.",
    ),
    contradicts(
        24,
        "Cette année on peut s'inscrire sur les listes électorales en ligne en cliquant sur le "
        "lien envoyé par SMS par le ministère de l'Intérieur.",
    ),
    paraphrases(
        27,
        "Le bureau de vote de l'hôtel de ville est fermé pour cause de travaux, les électeurs "
        "doivent voter à la gare routière.",
    ),
    contradicts(
        27,
        "Le bureau de vote de l'école Jules-Ferry est fermé pour travaux, les électeurs doivent "
        "aller voter à la salle des fêtes.",
    ),
    paraphrases(
        33,
        "L'élection est repoussée d'une semaine en raison d'une épidémie de grippe, selon la "
        "préfecture.",
    ),
    contradicts(
        33,
        "La réunion publique du candidat est reportée d'une semaine à cause d'une épidémie de "
        "grippe, a annoncé la mairie.",
    ),
    paraphrases(
        28,
        "Une amende de 150 € sera adressée à tous ceux qui n'iront pas voter dimanche.",
    ),
    contradicts(
        28,
        "Une amende de 150 euros sera envoyée à tous les assesseurs qui ne se déplacent pas "
        "pour tenir leur bureau de vote dimanche.",
    ),
    # fr: chaînes, majuscules, emoji
    paraphrases(
        31,
        "⚠️ LES MACHINES À VOTER SONT CONNECTÉES À INTERNET ET PEUVENT ÊTRE PIRATÉES À DISTANCE "
        "PENDANT LE DÉPOUILLEMENT ⚠️ partagez",
    ),
    contradicts(
        31,
        "⚠️ LES CAMÉRAS DES BUREAUX DE VOTE SONT CONNECTÉES À INTERNET ET PEUVENT ÊTRE PIRATÉES "
        "À DISTANCE PENDANT LE DÉPOUILLEMENT ⚠️ partagez",
    ),
    # fr: abréviations SMS
    paraphrases(
        25,
        "slt, les bulletins remplis au stylo bleu seront annulés, que le stylo noir est accepté "
        "ds l'isoloir, fais tourner",
    ),
    contradicts(
        25,
        "slt, les procurations remplies au stylo bleu st refusées, que le stylo noir est "
        "accepté sur le formulaire cerfa, fais tourner",
    ),
    # fr: transcriptions de messages vocaux
    paraphrases(
        32,
        "bon alors mon cousin dit que sans ta carte électorale tu peux pas voter le bureau te "
        "refusera si tu l'as perdue",
    ),
    contradicts(
        29,
        "bon alors les procurations sont toujours acceptées pour ce scrutin donc pas besoin de "
        "voter en personne si t'es pas là",
    ),
    # fr: texte OCR avec retours à la ligne bizarres
    paraphrases(
        30,
        "Un candidat a retiré sa candi-\ndature et appelle ses électeurs\nà voter pour son "
        "adversaire,\nselon une vidéo",
    ),
    contradicts(
        32,
        "Sans pièce d'identité,\nimpossible de voter : les bu-\nreaux refuseront tous ceux\nqui "
        "n'en ont pas",
    ),
    # fr: titres de presse
    paraphrases(
        29,
        "Fin des procurations pour ce scrutin : le vote en personne devient obligatoire",
    ),
    contradicts(
        26,
        "Les résultats du premier tour n'ont été donnés à la télévision que deux jours après la "
        "fermeture des bureaux de vote",
    ),
    # fr: questions
    paraphrases(
        26,
        "c vrai que la télé a donné les résultats du 1er tour avant même la fermeture des "
        "bureaux de vote ?",
    ),
    # fr: sans rapport
    unrelated("Quelqu'un a le numéro d'un plombier dispo ce week-end ?"),
    unrelated("Le marché de Noël ouvre samedi sur la place, venez nombreux 🎄"),
    # pt-BR: recontagens próximas
    paraphrases(
        34,
        "A eleição foi remarcada para dezembro por determinação do TSE por falta de urnas.",
    ),
    contradicts(
        34,
        "A eleição do conselho tutelar foi adiada para dezembro por decisão do tribunal "
        "eleitoral por falta de urnas.",
    ),
    paraphrases(
        39,
        "Eleitores acima de 70 anos estão proibidos de votar nesta eleição por conta de uma lei "
        "nova.",
    ),
    contradicts(
        39,
        "Eleitores com mais de 70 anos não são obrigados a votar nesta eleição, o voto é "
        "facultativo para eles.",
    ),
    paraphrases(
        38,
        "Quem está com o título cancelado pode votar normalmente levando apenas a certidão de "
        "nascimento.",
    ),
    contradicts(
        38,
        "Quem teve o título cancelado pode regularizar a situação no cartório eleitoral "
        "apresentando só a certidão de nascimento.",
    ),
    paraphrases(
        36,
        "Dá pra votar pelo app do banco com a mesma senha do cartão, basta procurar a opção "
        "eleições.",
    ),
    contradicts(
        36,
        "Dá para pagar a multa eleitoral pelo aplicativo do banco usando a mesma senha do "
        "cartão, é só procurar a opção eleições.",
    ),
    # pt-BR: correntes, caixa alta, emoji
    paraphrases(
        35,
        "⚠️ A TINTA QUE PASSAM NO DEDO DOS ELEITORES TRANSMITE DOENÇA DE PELE, É O MESMO FRASCO "
        "PRA TODO MUNDO ⚠️ REPASSEM",
    ),
    contradicts(
        35,
        "⚠️ O ÁLCOOL EM GEL PASSADO NA MÃO DOS ELEITORES TRANSMITE DOENÇAS DE PELE PORQUE O "
        "MESMO FRASCO É USADO EM TODO MUNDO ⚠️",
    ),
    # pt-BR: abreviações de chat
    paraphrases(
        41,
        "vc sabia q pode levar cola de papel c/ os números dos seus candidatos p/ cabine? é "
        "permitido sim",
    ),
    contradicts(
        41,
        "vc sabia q é proibido levar cola de papel c/ os números dos candidatos p/ cabine? pode "
        "anular o voto",
    ),
    # pt-BR: transcrições de áudio
    paraphrases(
        40,
        "gente os mesários receberam ordem de anular o voto de quem chegar de camiseta da cor "
        "de partido cuidado com a roupa",
    ),
    contradicts(
        40,
        "gente os mesários foram proibidos de trabalhar usando camiseta com a cor ou o número "
        "de partido tá na regra do TSE",
    ),
    # pt-BR: texto de OCR com quebras estranhas
    paraphrases(
        37,
        "Vídeo mostra urna eletrô-\nnica sendo aberta com chave\nde fenda e votos "
        "sendo\ntrocados na seção",
    ),
    contradicts(
        37,
        "Vídeo mostra urna eletrô-\nnica sendo quebrada a mar-\nteladas por um eleitor\nna seção",
    ),
    # pt-BR: manchetes
    contradicts(34, "TSE antecipa eleição para setembro após entrega recorde de urnas"),
    # pt-BR: perguntas
    paraphrases(
        34,
        "É verdade que a eleição foi adiada para dezembro pelo tribunal eleitoral porque "
        "faltaram urnas?",
    ),
    # pt-BR: sem relação
    unrelated("Alguém sabe se a padaria da esquina abre no domingo de manhã?"),
    unrelated("Qual o horário do debate dos candidatos a prefeito na TV hoje?"),
    # ar: إعادة صياغة قريبة
    paraphrases(42, "أعلنت الهيئة إرجاء الانتخابات لمدة شهر كامل بسبب موجة الحرّ القاسية."),
    contradicts(
        42,
        "أعلنت الهيئة تمديد فترة التسجيل في القوائم الانتخابية شهراً كاملاً بسبب موجة الحر الشديدة.",
    ),
    contradicts(
        42,
        "أعلنت نقابة المحامين تأجيل انتخاباتها الداخلية شهراً كاملاً بسبب موجة الحر الشديدة.",
    ),
    contradicts(
        43,
        "رذاذ التعقيم في مراكز الاقتراع يسبب العمى إذا لمس العينين، لذلك يجب رفض استعماله على "
        "اليدين.",
    ),
    contradicts(
        43,
        "الحبر الانتخابي لا يسبب العمى حتى لو لمس العينين، فلا داعي لرفض وضعه على الإصبع.",
    ),
    contradicts(
        44,
        "صناديق الاقتراع وصلت إلى قاعة الجامعة وفيها أوراق مؤشر عليها مسبقاً لصالح مرشح واحد في "
        "انتخابات مجلس الطلبة.",
    ),
    contradicts(45, "سيتم قطع الكهرباء في جميع أنحاء البلاد يوم الانتخابات لمنع نشر النتائج."),
    # ar: رسائل متسلسلة وعامية وإيموجي
    paraphrases(42, "عاجل 🔥 الانتخابات اتأجلت شهر كامل بسبب الحر الشديد، الهيئة أعلنت"),
    paraphrases(43, "انتبهوا ‼️ حبر الانتخابات بيعمي لو لمس العين، ارفضوا يحطوه على صباعكم"),
    paraphrases(44, "فضيحة 😡 الصناديق وصلت المراكز وفيها أوراق مؤشر عليها من قبل لصالح مرشح واحد"),
    paraphrases(45, "عاجل‼️ قطع النت في كل البلد يوم الانتخابات عشان ما تنتشر النتائج"),
    contradicts(43, "الحبر الانتخابي يروح بالكحول بسهولة، يعني أي واحد يقدر يصوّت مرتين 😳"),
    # ar: نص رسالة صوتية بلا ترقيم
    paraphrases(
        44,
        "يقولون إن صناديق الاقتراع وصلت لمراكز التصويت وفيها أوراق معلمة سلفاً لمرشح واحد شو القصة",
    ),
    contradicts(44, "يقولون إن صناديق الاقتراع وصلت لمراكز التصويت فاضية ومن غير أقفال شو القصة"),
    # ar: نص OCR بفواصل أسطر غريبة
    paraphrases(43, "الحبر الانتخابي يسبب\nالعمى إذا لمس العينين، لذلك\nيجب رفض وضعه على الإصبع"),
    # ar: عناوين إخبارية
    contradicts(42, "الهيئة تعلن تقديم موعد الانتخابات أسبوعاً كاملاً"),
    contradicts(45, "الحكومة: لن يتم قطع الإنترنت يوم الانتخابات والنتائج ستُنشر مباشرة"),
    # ar: أسئلة
    paraphrases(42, "هل صحيح أن الهيئة أجّلت الانتخابات شهراً بسبب موجة الحر؟"),
    paraphrases(45, "هل صحيح أنه سيتم قطع الإنترنت عن كامل البلاد يوم الاقتراع لمنع نشر النتائج؟"),
    # ar: لا علاقة لها
    unrelated("هل يعرف أحد صيدلية مناوبة قريبة من وسط البلد الليلة؟"),
    unrelated("مبروك لأخي على الوظيفة الجديدة 🎉"),
)


HELD_OUT_8: tuple[Wording, ...] = (
    # ---------------------------------------------------------------- English contradictions
    # different new date (Tuesday 10 March instead of Monday 9 March)
    contradicts(
        0,
        "The national election has been moved from Sunday to Tuesday 10 March because heavy rain "
        "is forecast, so ballots cast on Sunday will not be counted.",
    ),
    # different action: registering by phone, and you still have to go to a polling station
    contradicts(
        1,
        "You can register from your phone: text YES and your ID number to 4455, but you still "
        "need to go to a polling station to vote.",
    ),
    # milder, different effect: a rash for sensitive skin, not a poison causing cancer
    contradicts(
        2,
        "Warning: the indelible ink painted on voters' fingers can give a mild rash to people "
        "with sensitive skin, wash your hands after voting.",
    ),
    # different candidate (A instead of C)
    contradicts(
        3,
        "Photo proves ballot papers are being handed out with a cross already marked next to "
        "Candidate A.",
    ),
    # different object and effect: pens smudge and ballots get rejected
    contradicts(
        4,
        "Do not use your own pen in the booth: ink from gel pens smudges through the paper and "
        "officials will reject your ballot.",
    ),
    # different outcome: she asks supporters to vote for the governing party's candidate
    contradicts(
        5,
        "The independent candidate for mayor has pulled out of the race and is asking her "
        "supporters to vote for the governing party's candidate instead.",
    ),
    # different object: turnout figures at noon, no results before closing
    contradicts(
        6,
        "Television showed the turnout figures at 12 noon, hours before the polls closed, the "
        "results themselves only came at night.",
    ),
    # reversed scope: passports no longer accepted, only national ID cards valid
    contradicts(
        7,
        "New rule: a passport will no longer be accepted as identification at polling stations, "
        "only national ID cards are valid.",
    ),
    # different action: voters added, not deleted
    contradicts(
        8,
        "Half a million new voters were added to the electoral register last week, the "
        "commission announced it on the radio.",
    ),
    # different place and beneficiary: southern district, opposition party
    contradicts(
        9,
        "Voting machines in the southern district were hacked overnight and flipped thousands of "
        "votes to the opposition party.",
    ),
    # different timing of the count: a week after election night
    contradicts(
        10,
        "Citizens living abroad can post their ballots from the consulate, but these postal "
        "votes are only counted a week after election night.",
    ),
    # question about a different penalty: losing the driving licence
    contradicts(
        11,
        "Grandad here. Is it true that anyone who does not vote will lose their driving licence "
        "for a year?",
    ),
    # ---------------------------------------------------------------- Spanish contradictions
    # different action: checking your polling table, not voting, by WhatsApp
    contradicts(
        12,
        "Ya se puede consultar tu mesa de votación por WhatsApp: manda una foto de tu cédula al "
        "contacto oficial del tribunal electoral.",
    ),
    # different outcome: closed for an hour then reopened, stayed in the school
    contradicts(
        13,
        "Cerraron el colegio electoral de la Escuela San Miguel una hora por un corte de luz y "
        "después lo reabrieron, las mesas siguen ahí.",
    ),
    # different measure: alcohol ban (ley seca) and fines, not a curfew with arrests
    contradicts(
        14,
        "Habrá ley seca desde las seis de la tarde del sábado antes de las elecciones y la "
        "policía multará a quien venda alcohol.",
    ),
    # negation: the ink does not come off, nobody can vote twice
    contradicts(
        15,
        "La tinta indeleble no se quita ni con vinagre ni con lejía, así que nadie puede votar "
        "dos o tres veces.",
    ),
    # opposite: consulates do receive votes, you must register by a deadline
    contradicts(
        16,
        "Si estás en el extranjero puedes votar en el consulado este año, solo tienes que "
        "inscribirte antes del 15 de enero.",
    ),
    # different action: dead people removed from the register, not voting
    contradicts(
        17,
        "Más de 20.000 personas fallecidas fueron dadas de baja del padrón en la provincia "
        "costera, según el registro civil.",
    ),
    # negation: nothing happens to the family benefit
    contradicts(
        18,
        "Tranquilos, si no vas a votar NO te quitan el bono familiar ni la ayuda por hijo, eso "
        "es mentira de campaña.",
    ),
    # different scope: longer hours on Sunday, not two days
    contradicts(
        19,
        "La jornada electoral se amplía hasta las ocho de la noche del domingo para evitar las "
        "colas en los centros de votación.",
    ),
    # opposite: boxes arrived empty and sealed
    contradicts(
        20,
        "Un video muestra urnas que llegaron a los centros de votación vacías y selladas delante "
        "de los fiscales antes de abrir.",
    ),
    # different outcome: asked for a blank vote, not for her rival
    contradicts(
        21,
        "La candidata de la alianza ecologista renunció anoche y pidió a sus votantes que voten "
        "en blanco.",
    ),
    # different actor: the liberal party's candidate
    contradicts(
        21,
        "El candidato del partido liberal renunció anoche y pidió el voto para su rival.",
    ),
    # opposite rule: a photo on the phone is accepted
    contradicts(
        22,
        "Para votar ya no hace falta el documento original, este año aceptan una foto del "
        "documento en el celular.",
    ),
    # different maker and intent: public university, audited by all parties
    contradicts(
        23,
        "El programa de conteo de votos fue hecho por la universidad pública y auditado por "
        "todos los partidos antes de la elección.",
    ),
    # ---------------------------------------------------------------- French contradictions
    # different action: checking your registration online
    contradicts(
        24,
        "Cette année on peut vérifier son inscription sur les listes en ligne en cliquant sur le "
        "site du ministère de l'Intérieur.",
    ),
    # swapped colours: black annulled, only blue accepted
    contradicts(
        25,
        "Les bulletins remplis au stylo noir seront annulés : seul le stylo bleu est accepté "
        "dans l'isoloir.",
    ),
    # different round: second round instead of first
    contradicts(
        26,
        "Les résultats du second tour ont été donnés à la télévision avant même la fermeture "
        "des bureaux de vote.",
    ),
    # different place: the Jules Ferry school instead of the bus station
    contradicts(
        27,
        "Le bureau de vote de la mairie est fermé pour travaux, les électeurs doivent aller "
        "voter à l'école Jules Ferry.",
    ),
    # opposite: a bonus for those who vote, not a fine
    contradicts(
        28,
        "Une prime de 150 euros sera envoyée à tous ceux qui se déplacent pour voter dimanche.",
    ),
    # negation: proxies still accepted
    contradicts(
        29,
        "Les procurations sont toujours acceptées pour ce scrutin, pas besoin de voter en "
        "personne si vous êtes absent.",
    ),
    # different outcome: calls for abstention
    contradicts(
        30,
        "Un candidat a retiré sa candidature et appelle ses électeurs à s'abstenir, selon une "
        "vidéo.",
    ),
    # negation: not connected, cannot be hacked remotely
    contradicts(
        31,
        "Les machines à voter ne sont pas connectées à Internet et ne peuvent pas être piratées "
        "à distance pendant le dépouillement.",
    ),
    # negation: you can vote with an ID card if you lost the voter card
    contradicts(
        32,
        "Sans carte électorale, on peut quand même voter avec une pièce d'identité : les "
        "bureaux accepteront ceux qui l'ont perdue.",
    ),
    # different direction: brought forward instead of postponed
    contradicts(
        33,
        "Le scrutin est avancé d'une semaine à cause d'une épidémie de grippe, a annoncé la "
        "préfecture.",
    ),
    # ---------------------------------------------------------------- Portuguese contradictions
    # different cause: floods instead of a lack of voting machines
    contradicts(
        34,
        "A eleição foi adiada para dezembro por decisão do tribunal eleitoral por causa das "
        "enchentes no sul.",
    ),
    # negation: a new bottle per section, no skin disease
    contradicts(
        35,
        "A tinta passada no dedo dos eleitores não transmite doenças de pele porque cada seção "
        "usa um frasco novo.",
    ),
    # different action and app: justify your absence in the electoral court's app
    contradicts(
        36,
        "Dá para justificar a ausência pelo aplicativo do tribunal eleitoral, é só procurar a "
        "opção justificativa.",
    ),
    # opposite: the machine being sealed in front of inspectors
    contradicts(
        37,
        "Vídeo mostra urna eletrônica sendo lacrada na frente dos fiscais antes da votação na "
        "seção.",
    ),
    # negation: cannot vote even with the birth certificate
    contradicts(
        38,
        "Quem teve o título cancelado não pode votar, nem apresentando a certidão de nascimento.",
    ),
    # different rule: voting optional, not forbidden, for over-70s
    contradicts(
        39,
        "Eleitores com mais de 70 anos não são obrigados a votar nesta eleição, para eles o voto "
        "é facultativo.",
    ),
    # milder effect: voters are only asked to cover the shirt, the vote counts
    contradicts(
        40,
        "Mesários receberam ordem de pedir para cobrir a camiseta de partido, mas o voto de "
        "quem chegar assim vale normalmente.",
    ),
    # different object: taking the mobile phone into the booth
    contradicts(
        41,
        "É permitido levar o celular para a cabine para consultar os números dos seus candidatos.",
    ),
    # ---------------------------------------------------------------- Arabic contradictions
    # different action: voting hours extended, not the election postponed a month
    contradicts(
        42,
        "أعلنت الهيئة تمديد ساعات التصويت ساعتين بسبب موجة الحر الشديدة.",
    ),
    # negation: the ink does not cause blindness, no need to refuse it
    contradicts(
        43,
        "الحبر الانتخابي لا يسبب العمى حتى لو لمس العينين، لذلك لا داعي لرفض وضعه على الإصبع.",
    ),
    # opposite: boxes arrived empty and sealed
    contradicts(
        44,
        "صناديق الاقتراع وصلت إلى المراكز فارغة ومختومة أمام المراقبين من كل المرشحين.",
    ),
    # narrower scope and reason: capital only, two hours, maintenance
    contradicts(
        45,
        "سيتم قطع الإنترنت في العاصمة فقط لمدة ساعتين يوم الانتخابات بسبب أعمال صيانة.",
    ),
    # ---------------------------------------------------------------- English paraphrases
    paraphrases(
        0,
        "Fwd: Fwd: heavy rain coming so they've pushed the national vote from Sunday to Monday "
        "9th March!! anything you put in the box Sunday WON'T be counted. tell everyone",
    ),
    paraphrases(
        1,
        "no need to queue at the polling station, just text YES plus your candidate's number to "
        "4455 and you've voted 📱✅",
    ),
    paraphrases(
        2,
        "SHARE BEFORE THEY DELETE!!! the ink they paint on your finger when you vote has POISON "
        "in it that gives you skin cancer",
    ),
    paraphrases(
        3,
        "Is it true that there's a photo showing ballots being given out already marked with a "
        "cross for Candidate C?",
    ),
    paraphrases(
        4,
        "Dear all, bring your own pen. The booth pencils can be erased by the officials, who then "
        "change your vote after you leave. Love, Auntie May",
    ),
    paraphrases(
        5,
        "breaking: the independent mayoral candidate has dropped out and wants her voters to "
        "stay home on election day",
    ),
    paraphrases(
        6,
        "They had the final results on TV at noon, hours before polls even closed — proof the "
        "result was fixed beforehand",
    ),
    paraphrases(
        7,
        "Heads up, national ID cards aren't valid anymore at polling stations, you can only use "
        "your passport as ID under the new rule",
    ),
    paraphrases(
        8,
        "500,000 voters were quietly wiped off the electoral roll last week and nobody told them",
    ),
    paraphrases(
        9,
        "northern district voting\nmachines got hacked over-\nnight, thousands of votes flipped "
        "to the ruling party",
    ),
    paraphrases(
        10,
        "if ur abroad u can post ur ballot from the consulate n it gets counted on election nite",
    ),
    paraphrases(
        11,
        "Don't vote and you get a 500 fine, taken straight out of next month's salary!!",
    ),
    # ---------------------------------------------------------------- Spanish paraphrases
    paraphrases(
        12,
        "¿Es cierto que ahora se vota por WhatsApp mandando foto de la cédula y el número del "
        "candidato al contacto oficial del tribunal electoral?",
    ),
    paraphrases(
        13,
        "URGENTE vecinos: la Escuela San Miguel ya no es colegio electoral, se llevaron todas las "
        "mesas al estadio municipal y no avisaron a nadie",
    ),
    paraphrases(
        14,
        "el dia de las elecciones hay toque de queda a partir de las 6 pm y la poli va a detener "
        "a todo el q ande en la calle 😱",
    ),
    paraphrases(
        15,
        "Con vinagre y lejía la tinta indeleble sale en segundos, por eso hay gente votando dos "
        "y tres veces",
    ),
    paraphrases(
        16,
        "Este año los consulados no reciben votos, así que si vives fuera tienes que regresar al "
        "país para poder votar",
    ),
    paraphrases(
        17,
        "Según una lista que circula en redes, en la provincia costera votaron más de veinte mil "
        "muertos",
    ),
    paraphrases(
        18,
        "Reenviado: al que no vote le quitan por un año el bono familiar y la ayuda por hijo. "
        "Pásalo a tus contactos",
    ),
    paraphrases(
        19,
        "Votaremos sábado y domingo: extienden la jornada electoral a dos días para que no haya "
        "colas en los centros",
    ),
    paraphrases(
        20,
        "Hay un video de urnas que llegaron a los centros de votación ya rellenas de papeletas "
        "antes de la apertura",
    ),
    paraphrases(
        21,
        "Anoche renunció la candidata de la alianza ecologista y pidió que votaran por su rival",
    ),
    paraphrases(
        22,
        "No sirve fotocopia ni foto en el celu, para votar tenés que llevar el documento de "
        "identidad original",
    ),
    paraphrases(
        23,
        "El software que cuenta los votos lo hizo una empresa extranjera y lo programó para "
        "favorecer a un candidato",
    ),
    # ---------------------------------------------------------------- French paraphrases
    paraphrases(
        24,
        "Le ministère de l'Intérieur envoie un lien par SMS : cette année il suffit de cliquer "
        "dessus pour voter en ligne",
    ),
    paraphrases(
        25,
        "ATTENTION seul le stylo NOIR est accepté dans l'isoloir, les bulletins remplis au stylo "
        "bleu seront annulés !!!",
    ),
    paraphrases(
        26,
        "Est-ce vrai que la télé a donné les résultats du premier tour avant la fermeture des "
        "bureaux de vote ?",
    ),
    paraphrases(
        27,
        "Le bureau de vote de la mai-\nrie est fermé pour tra-\nvaux, il faut aller voter à la "
        "gare routière",
    ),
    paraphrases(
        28,
        "ceux qui se déplacent pas pour voter dimanche vont recevoir une amende de 150 € 😡 "
        "faites tourner",
    ),
    paraphrases(
        29,
        "Pour ce scrutin, fini les procurations : on doit obligatoirement aller voter en personne",
    ),
    paraphrases(
        30,
        "Selon une vidéo, un candidat s'est retiré et demande à ses électeurs de voter pour son "
        "adversaire",
    ),
    paraphrases(
        31,
        "Les machines à voter sont reliées à Internet, on peut les pirater à distance pendant "
        "le dépouillement",
    ),
    paraphrases(
        32,
        "slt tt le monde, si t'as perdu ta carte électorale tu peux pas voter, les bureaux "
        "refusent tout le monde sans la carte",
    ),
    paraphrases(
        33,
        "La préfecture annonce que le scrutin est repoussé d'une semaine en raison d'une "
        "épidémie de grippe",
    ),
    # ---------------------------------------------------------------- Portuguese paraphrases
    paraphrases(
        34,
        "O tribunal eleitoral adiou a eleição para dezembro porque faltam urnas",
    ),
    paraphrases(
        35,
        "cuidado gente, a tinta do dedo passa doença de pele, usam o mesmo vidro pra todo mundo",
    ),
    paraphrases(
        36,
        "É verdade que dá pra votar no app do banco com a senha do cartão? É só procurar a opção "
        "eleições",
    ),
    paraphrases(
        37,
        "VEJAM: vídeo de urna eletrônica aberta com chave de fenda e votos trocados na seção!!!",
    ),
    paraphrases(
        38,
        "Teve o título cancelado? Pode votar normalmente, é só apresentar a certidão de nascimento",
    ),
    paraphrases(
        39,
        "Uma lei nova proíbe quem tem mais de 70 anos de votar nesta eleição. Vovó não vai poder "
        "votar 😢",
    ),
    paraphrases(
        40,
        "Os mesários foram orientados a anular o voto de quem aparecer com camiseta na cor de "
        "partido",
    ),
    paraphrases(
        41,
        "pode sim levar colinha de papel com os números dos candidatos pra cabine, é permitido",
    ),
    # ---------------------------------------------------------------- Arabic paraphrases
    paraphrases(
        42,
        "عاجل: الهيئة أجلت الانتخابات لمدة شهر كامل بسبب موجة الحر الشديدة، انشروا الخبر",
    ),
    paraphrases(
        43,
        "هل صحيح أن الحبر الانتخابي يسبب العمى إذا لمس العين، ولذلك يجب أن نرفض وضعه على أصابعنا؟",
    ),
    paraphrases(
        44,
        "وصلت صناديق الاقتراع إلى المراكز وفيها أوراق مؤشرة مسبقاً لمرشح واحد",
    ),
    paraphrases(
        45,
        "يوم الانتخابات سيقطعون الإنترنت عن البلاد كلها حتى لا تنتشر النتائج",
    ),
    # ---------------------------------------------------------------- unrelated
    unrelated(
        "Candidate B promised to build a new hospital in every province if she wins, is that "
        "even affordable?",
    ),
    unrelated(
        "Is the electoral commission really paying poll workers 80 a day? My son wants to sign up.",
    ),
    unrelated(
        "Dicen que el debate presidencial de esta noche se suspendió porque un candidato está "
        "enfermo.",
    ),
    unrelated(
        "¿Es verdad que en el barrio norte están regalando bolsas de comida a cambio del voto?",
    ),
    unrelated(
        "Un institut aurait publié un sondage secret la veille du scrutin donnant le maire "
        "sortant gagnant avec 60 %.",
    ),
    unrelated(
        "Les panneaux d'affichage électoral du quartier ont tous été arrachés cette nuit.",
    ),
    unrelated(
        "O candidato a prefeito usou dinheiro público para pagar um show na praça durante a "
        "campanha.",
    ),
    unrelated(
        "O transporte público vai ser gratuito no dia da eleição em todas as capitais?",
    ),
    unrelated(
        "المرشح وعد بتوظيف جميع الخريجين خلال سنة إذا فاز في الانتخابات.",
    ),
    unrelated(
        "the president's nephew is running for parliament in the eastern region, isnt that "
        "against the rules??",
    ),
)


HELD_OUT_9: tuple[Wording, ...] = (
    # ---------------------------------------------------------------- contradictions
    # different day: Tuesday 10 March instead of Monday 9 March
    contradicts(
        0,
        "The national election has been moved from Sunday to Tuesday 10 March because "
        "heavy rain is forecast, so ballots cast on Sunday will not be counted.",
    ),
    # brought forward (to Saturday) instead of postponed
    contradicts(
        0,
        "The national election has been brought forward from Sunday to Saturday 7 March "
        "because heavy rain is forecast, so ballots cast on Sunday will not be counted.",
    ),
    # question about a different cause: a transport strike, not rain
    contradicts(
        0,
        "Is it true the national election was moved from Sunday to Monday because of a "
        "transport strike and not the weather?",
    ),
    # different action: checking your polling station by SMS, still voting in person
    contradicts(
        1,
        "You can check your polling station from your phone: text YES and your ID "
        "number to 4455, but you still need to go to the polling station to vote.",
    ),
    # negation: the ink is harmless
    contradicts(
        2,
        "Warning: the indelible ink painted on voters' fingers contains no poison and "
        "does not cause skin cancer, ignore the posts saying it does.",
    ),
    # different candidate: Candidate A instead of Candidate C
    contradicts(
        3,
        "Photo proves ballot papers are being handed out with a cross already marked "
        "next to Candidate A.",
    ),
    # exchanged: use the pencil, not your own pen
    contradicts(
        4,
        "Do not use your own pen in the booth: pen marks can be rejected by officials, "
        "use only the pencil provided so your vote counts.",
    ),
    # opposite state: she stays in the race and asks supporters to turn out
    contradicts(
        5,
        "The independent candidate for mayor has NOT pulled out of the race and is "
        "asking her supporters to turn out in force on polling day.",
    ),
    # different time: results shown after the polls closed, so nothing decided in advance
    contradicts(
        6,
        "Television showed the final results at 10 pm, hours after the polls closed, "
        "once the counting was finished.",
    ),
    # two details exchanged: ID card only, passports no longer valid
    contradicts(
        7,
        "New rule: only a national ID card will be accepted as identification at "
        "polling stations, passports are no longer valid.",
    ),
    # opposite action: voters added, not deleted
    contradicts(
        8,
        "Half a million voters were secretly added to the electoral register last week "
        "without anyone being told.",
    ),
    # different beneficiary: votes flipped to the opposition party
    contradicts(
        9,
        "Voting machines in the northern district were hacked overnight and flipped "
        "thousands of votes to the main opposition party.",
    ),
    # different time: postal votes counted a week after election night
    contradicts(
        10,
        "Citizens living abroad can post their ballots from the consulate, but these "
        "postal votes are only counted a week after election night.",
    ),
    # different number: a fine of 50 instead of 500
    contradicts(
        11,
        "Anyone who does not vote will be fined 50 and the fine will be taken directly "
        "from their salary next month.",
    ),
    # different action: checking your polling table, not voting, by WhatsApp
    contradicts(
        12,
        "Ya se puede consultar tu mesa de votación por WhatsApp: manda el número "
        "de tu cédula al contacto oficial del tribunal electoral.",
    ),
    # negation: there will be no curfew
    contradicts(
        14,
        "No habrá toque de queda el día de las elecciones y la policía no "
        "detendrá a nadie por estar en la calle.",
    ),
    # negation: the ink does not come off, nobody can vote twice
    contradicts(
        15,
        "La tinta indeleble no se quita ni con vinagre ni con lejía, así que "
        "nadie puede votar dos o tres veces.",
    ),
    # opposite: consulates do accept votes, no need to return
    contradicts(
        16,
        "Si estás en el extranjero no tienes que volver al país para votar, "
        "porque los consulados sí reciben votos este año.",
    ),
    # different place: the Andean province instead of the coastal one
    contradicts(
        17,
        "Más de 20.000 personas fallecidas votaron en la provincia andina, según "
        "una lista que circula en redes.",
    ),
    # opposite: a reward for voting instead of losing benefits
    contradicts(
        18,
        "Si vas a votar te dan un bono familiar extra y duplican la ayuda por hijo durante un año.",
    ),
    # different days: Sunday and Monday instead of Saturday and Sunday
    contradicts(
        19,
        "La jornada electoral se amplía a dos días, domingo y lunes, para evitar "
        "las colas en los centros de votación.",
    ),
    # opposite state: ballot boxes arrived empty and sealed
    contradicts(
        20,
        "Un video muestra urnas que llegaron a los centros de votación vacías y "
        "precintadas antes de abrir.",
    ),
    # different candidate and party: the conservative party's male candidate
    contradicts(
        21, "El candidato del partido conservador renunció anoche y pidió el voto para su rival."
    ),
    # opposite: a photocopy or phone photo is accepted
    contradicts(
        22,
        "Para votar no hace falta el documento de identidad original; una fotocopia o "
        "una foto en el celular también sirve.",
    ),
    # different role and outcome: a foreign firm audited the software and found no bias
    contradicts(
        23,
        "El programa de conteo de votos fue auditado por una empresa extranjera que no "
        "encontró nada configurado para favorecer a ningún candidato.",
    ),
    # different action: checking your polling station online, not voting
    contradicts(
        24,
        "Cette année on peut vérifier son bureau de vote en ligne en cliquant sur "
        "le lien envoyé par SMS par le ministère de l'Intérieur.",
    ),
    # two details exchanged: black pen rejected, blue only
    contradicts(
        25,
        "Les bulletins remplis au stylo noir seront annulés : seul le stylo bleu est "
        "accepté dans l'isoloir.",
    ),
    # different round: the second round
    contradicts(
        26,
        "Les résultats du second tour ont été donnés à la "
        "télévision avant même la fermeture des bureaux de vote.",
    ),
    # opposite state: the town-hall polling station has reopened
    contradicts(
        27,
        "Le bureau de vote de la mairie a rouvert après les travaux, les "
        "électeurs n'ont plus besoin d'aller voter à la gare routière.",
    ),
    # question about a different claim: a 150-euro voucher for voting instead of a fine
    contradicts(
        28,
        "C'est vrai qu'on reçoit un bon d'achat de 150 euros si on se déplace "
        "pour voter dimanche ?",
    ),
    # opposite: proxies still accepted
    contradicts(
        29,
        "Les procurations restent acceptées pour ce scrutin, il n'est pas "
        "obligatoire de voter en personne.",
    ),
    # opposite: the candidate maintains his candidacy and tells voters not to back his opponent
    contradicts(
        30,
        "Un candidat a maintenu sa candidature et appelle ses électeurs à ne "
        "surtout pas voter pour son adversaire, selon une vidéo.",
    ),
    # negation: machines offline, cannot be hacked remotely
    contradicts(
        31,
        "Les machines à voter ne sont pas connectées à Internet et ne peuvent "
        "pas être piratées à distance pendant le dépouillement.",
    ),
    # opposite: you can vote without the card with an ID document
    contradicts(
        32,
        "Sans carte électorale, on peut quand même voter : les bureaux "
        "accepteront ceux qui l'ont perdue s'ils présentent une pièce "
        "d'identité.",
    ),
    # different country and election: Belgian municipal vote
    contradicts(
        33,
        "En Belgique, le scrutin communal est reporté d'une semaine à cause d'une "
        "épidémie de grippe, a annoncé le gouvernement.",
    ),
    # different month: February instead of December
    contradicts(
        34,
        "A eleição foi adiada para fevereiro por decisão do tribunal eleitoral por falta de urnas.",
    ),
    # negation: the ink transmits nothing, a new bottle per section
    contradicts(
        35,
        "A tinta passada no dedo dos eleitores não transmite doenças de pele "
        "porque cada seção usa um frasco novo e lacrado.",
    ),
    # opposite state: the machine is being sealed and votes checked
    contradicts(
        37,
        "Vídeo mostra urna eletrônica sendo lacrada com fita de segurança e "
        "votos sendo conferidos na seção.",
    ),
    # negation: cannot vote even with the birth certificate
    contradicts(
        38,
        "Quem teve o título cancelado não pode votar, nem apresentando a certidão de nascimento.",
    ),
    # opposite: obliged instead of forbidden
    contradicts(
        39,
        "Eleitores com mais de 70 anos estão obrigados a votar nesta eleição "
        "por causa de uma nova lei.",
    ),
    # milder effect: turn the shirt inside out, vote not annulled
    contradicts(
        40,
        "Mesários receberam ordem de pedir que vire do avesso a camiseta de quem "
        "chegar com a cor de um partido, sem anular o voto.",
    ),
    # opposite: forbidden instead of allowed
    contradicts(
        41, "É proibido levar para a cabine uma cola em papel com os números dos seus candidatos."
    ),
    # different length: one week instead of a whole month
    contradicts(42, "أعلنت الهيئة تأجيل الانتخابات أسبوعاً واحداً فقط بسبب موجة الحر الشديدة."),
    # milder effect: slight redness, no need to refuse
    contradicts(
        43, "الحبر الانتخابي يسبب احمراراً خفيفاً إذا لمس العينين، ولا داعي لرفض وضعه على الإصبع."
    ),
    # opposite state: boxes arrived empty and sealed
    contradicts(44, "صناديق الاقتراع وصلت إلى المراكز فارغة ومختومة أمام مندوبي جميع المرشحين."),
    # different object: electricity cut instead of the internet
    contradicts(45, "سيتم قطع الكهرباء في جميع أنحاء البلاد يوم الانتخابات لمنع نشر النتائج."),
    # question about a different claim: free internet on election day
    contradicts(45, "هل صحيح أن الإنترنت سيكون مجانياً في جميع أنحاء البلاد يوم الانتخابات؟"),
    # ---------------------------------------------------------------- paraphrases
    paraphrases(
        0,
        "URGENT: because of the heavy rain forecast, voting day has been pushed from "
        "Sunday to Monday 9 March - any ballot you cast on Sunday won't be counted!! "
        "Forward to everyone",
    ),
    paraphrases(
        1,
        "is it true u can vote by sms?? just txt YES + ur candidate's number to 4455, "
        "no need to go to the polling station",
    ),
    paraphrases(
        2,
        "SHARE BEFORE THEY DELETE!!! The ink they paint on your finger at the polls is "
        "POISONED and gives you SKIN CANCER ☠️☠️",
    ),
    paraphrases(
        3,
        "There's a picture showing ballot papers being given out already marked with a "
        "cross for Candidate C",
    ),
    paraphrases(
        4,
        "DO NOT use the pen-\ncil in the booth!! Officials can rub out pen-\ncil marks "
        "and change your vote af-\nterwards",
    ),
    paraphrases(
        5,
        "hi love it's auntie, listen, the independent lady running for mayor has "
        "dropped out, she's telling her people to just stay home on voting day, ok, bye",
    ),
    paraphrases(
        6,
        "How did TV have the final results at midday when the polls were still open for "
        "hours? The outcome was decided in advance!",
    ),
    paraphrases(
        7,
        "From now on polling stations will only accept passports as ID - national "
        "identity cards won't be valid anymore",
    ),
    paraphrases(
        8,
        "500,000 voters removed from the electoral roll in secret last week and nobody "
        "was informed",
    ),
    paraphrases(
        9,
        "Forwarded many times: overnight hackers got into the voting machines in the "
        "north district and switched thousands of votes to the ruling party",
    ),
    paraphrases(
        10,
        "Is it true that if you live abroad you can mail your ballot from the consulate "
        "and it gets counted on election night?",
    ),
    paraphrases(
        11, "if u dont vote ur getting a 500 fine, taken straight out of next month's pay!!"
    ),
    paraphrases(
        12,
        "¿Es verdad que ya se vota por WhatsApp? Dicen que mandas foto de la "
        "cédula y el número del candidato al contacto oficial del tribunal "
        "electoral",
    ),
    paraphrases(
        13,
        "OJO: la Escuela San Miguel ya no es centro de votación, cerraron el colegio "
        "y se llevaron todas las mesas al estadio municipal sin avisar a nadie",
    ),
    paraphrases(
        14,
        "El día de las elecciones hay toque de queda a partir de las 6 de la tarde, "
        "la policía va a detener a todo el que ande en la calle",
    ),
    paraphrases(
        15,
        "con vinagre y lejia la tinta indeleble se borra en segundos, por eso hay gente "
        "votando 2 y 3 veces 😡",
    ),
    paraphrases(
        16,
        "Este año los consulados no aceptan votos, así que los que viven fuera "
        "tienen que regresar al país para votar",
    ),
    paraphrases(
        17, "Circula en redes una lista: más de 20 mil muertos votaron en la provincia de la costa"
    ),
    paraphrases(
        18,
        "q no te quiten el bono familiar!! si no votas te sacan el bono y la ayuda por "
        "hijo x un año",
    ),
    paraphrases(
        19,
        "Para que no haya colas en los centros de votación, las elecciones van a "
        "durar dos días: sábado y domingo",
    ),
    paraphrases(
        20,
        "Hay un video de urnas que llegaron ya llenas de papeletas a los centros de "
        "votación, antes de la apertura",
    ),
    paraphrases(
        21,
        "Audio de mi tío: 'mira, la candidata de los ecologistas renunció anoche, "
        "y dice que votemos por su rival, pásalo'",
    ),
    paraphrases(
        22,
        "No sirve la fotocopia ni la foto del carnet en el celular: para votar tienes "
        "que llevar el documento de identidad original",
    ),
    paraphrases(
        23,
        "El software de con-\nteo de votos lo hizo una em-\npresa extranjera y lo "
        "programó para favorecer a un candidato",
    ),
    paraphrases(
        24,
        "Vote en ligne possible cette année !! il suffit de cliquer sur le lien "
        "reçu par SMS du ministère de l'Intérieur",
    ),
    paraphrases(
        25,
        "ATTENTION : seul le stylo NOIR est accepté dans l'isoloir, tout bulletin "
        "rempli au stylo bleu sera annulé",
    ),
    paraphrases(
        26,
        "C'est vrai que la télé a annoncé les résultats du 1er tour alors "
        "que les bureaux de vote n'étaient pas encore fermés ?",
    ),
    paraphrases(
        27,
        "Travaux à la mairie : le bureau de vote est fermé, il faut aller voter à la gare routière",
    ),
    paraphrases(
        28,
        "Tous ceux qui ne se déplacent pas pour voter dimanche vont recevoir une amende de 150 €",
    ),
    paraphrases(
        29,
        "plus de procuration pour ce scrutin, tt le monde doit voter en personne obligatoirement",
    ),
    paraphrases(
        30,
        "Selon une vidéo, un candidat se retire et demande à ses électeurs de "
        "voter pour son adversaire",
    ),
    paraphrases(
        31,
        "Les machines à voter sont reliées à internet, on peut les pirater "
        "à distance pendant le dépouillement !!",
    ),
    paraphrases(
        32,
        "Perdu ta carte électorale ? Tu ne pourras pas voter, les bureaux refusent "
        "tous ceux qui ne l'ont plus",
    ),
    paraphrases(
        33,
        "La préfecture l'a annoncé : à cause de l'épidémie de grippe, le "
        "vote est repoussé d'une semaine",
    ),
    paraphrases(
        34, "Por falta de urnas, o tribunal eleitoral decidiu adiar a eleição para dezembro"
    ),
    paraphrases(
        35,
        "CUIDADO: a tinta no dedo passa doença de pele, eles usam o mesmo frasco pra todo mundo 🤢",
    ),
    paraphrases(
        36,
        "vc sabia q da pra votar pelo app do banco? é só usar a senha do "
        "cartão e procurar a opção eleições",
    ),
    paraphrases(
        37,
        "Um vídeo mostra a urna eletrônica sendo aberta com uma chave de fenda e "
        "os votos sendo trocados dentro da seção",
    ),
    paraphrases(
        38, "É verdade que quem teve o título cancelado pode votar só com a certidão de nascimento?"
    ),
    paraphrases(39, "Nova lei proíbe eleitores acima de 70 anos de votar nesta eleição"),
    paraphrases(
        40, "Mesários têm ordem de anular o voto de quem aparecer com camiseta na cor de partido"
    ),
    paraphrases(
        41, "Pode levar colinha de papel com os números dos candidatos pra cabine, é permitido"
    ),
    paraphrases(42, "عاجل: الهيئة تعلن تأجيل الانتخابات لمدة شهر بسبب موجة الحر"),
    paraphrases(43, "احذروا! إذا لمس الحبر الانتخابي العين يسبب العمى، ارفضوا وضعه على أصابعكم"),
    paraphrases(
        44,
        "هل صحيح أن صناديق الاقتراع وصلت إلى المراكز وبداخلها أوراق مؤشر عليها مسبقاً لمرشح واحد؟",
    ),
    paraphrases(45, "انتبهوا: الإنترنت سيقطع في كل البلاد يوم الانتخابات حتى لا تنشر النتائج"),
    # ---------------------------------------------------------------- unrelated
    unrelated("What time do polling stations open on Sunday? I work the morning shift"),
    unrelated(
        "Candidate B promised free bus passes for students if elected, is that really "
        "in his manifesto?"
    ),
    unrelated("¿Dónde puedo ver el debate presidencial en vivo esta noche?"),
    unrelated(
        "¿Es cierto que los miembros de mesa reciben un pago por trabajar el día de la elección?"
    ),
    unrelated("Les panneaux d'affichage électoral devant l'école ont été tagués cette nuit."),
    unrelated("Combien de sièges sont à pourvoir au conseil municipal cette année ?"),
    unrelated("O candidato a governador vai participar do debate na TV amanhã à noite?"),
    unrelated("Qual é o horário da propaganda eleitoral gratuita no rádio?"),
    unrelated("هل يمكن للمرشحين تعليق الملصقات قرب المدارس خلال الحملة الانتخابية؟"),
    unrelated(
        "The opposition is holding a rally in the central square on Friday evening, "
        "roads around it will be closed."
    ),
)


HELD_OUT_10: tuple[Wording, ...] = (
    # ---------------------------------------------------------------- contradictions: English
    # different day and date (Tuesday 10 March instead of Monday 9 March)
    contradicts(
        0,
        "The national election has been moved from Sunday to Tuesday 10 March because "
        "heavy rain is forecast, so ballots cast on Sunday will not be counted.",
    ),
    # debunk forwarded in the rumour's own words: not moved, Sunday ballots count
    contradicts(
        0,
        "The national election has NOT been moved from Sunday to Monday 9 March, "
        "ballots cast on Sunday will be counted as normal despite the rain.",
    ),
    # negated: phone voting does not work, you must go to a polling station
    contradicts(
        1,
        "You cannot vote from your phone: texting YES and your candidate's number to "
        "4455 does nothing, you still need to go to a polling station.",
    ),
    # template reused for another service: checking your polling station, not voting
    contradicts(
        1,
        "You can find your polling station from your phone: text YES and your ID number "
        "to 4455 and you get the address back.",
    ),
    # different harm: infertility instead of skin cancer
    contradicts(
        2,
        "Warning: the indelible ink painted on voters' fingers contains a chemical that "
        "causes infertility, share before they delete this.",
    ),
    # different candidate: Candidate A instead of Candidate C
    contradicts(
        3,
        "Photo proves ballot papers are being handed out with a cross already marked "
        "next to Candidate A.",
    ),
    # negated: pencil marks cannot be rubbed out, votes cannot be changed
    contradicts(
        4,
        "Do use the pencil provided in the booth: pencil marks cannot be rubbed out by "
        "officials and your vote cannot be changed afterwards.",
    ),
    # negated: she is still in the race and asks supporters to turn out
    contradicts(
        5,
        "The independent candidate for mayor has not pulled out of the race and is "
        "asking her supporters to turn out on polling day.",
    ),
    # different timing: results shown after the polls closed, nothing decided in advance
    contradicts(
        6,
        "Television showed the final results at 11pm, hours after the polls closed, so "
        "the outcome was not decided in advance.",
    ),
    # swapped document: only national ID accepted, passports no longer valid
    contradicts(
        7,
        "New rule: only a national ID card will be accepted as identification at "
        "polling stations, passports are no longer valid.",
    ),
    # different action: added to the register, not deleted
    contradicts(
        8,
        "Half a million voters were secretly added to the electoral register last week "
        "without anyone being told.",
    ),
    # different district and beneficiary: southern district, opposition party
    contradicts(
        9,
        "Voting machines in the southern district were hacked overnight and flipped "
        "thousands of votes to the opposition party.",
    ),
    # debunk in the rumour's words: machines checked, no votes flipped
    contradicts(
        9,
        "Voting machines in the northern district were inspected overnight by observers "
        "and not a single vote was flipped to the governing party.",
    ),
    # different timing: postal votes counted a week after election night
    contradicts(
        10,
        "Citizens living abroad can post their ballots from the consulate, but these "
        "postal votes are only counted a week after election night.",
    ),
    # different amount (5000) and different collection (tax bill next year)
    contradicts(
        11,
        "Anyone who does not vote will be fined 5000 and the fine will be added to "
        "their tax bill next year.",
    ),
    # ---------------------------------------------------------------- contradictions: Spanish
    # template reused: checking your polling table via WhatsApp, not voting
    contradicts(
        12,
        "Ya se puede consultar tu mesa por WhatsApp: manda una foto de tu cédula al "
        "contacto oficial del tribunal electoral y te responde dónde votas.",
    ),
    # different destination: neighbourhood sports centre instead of municipal stadium
    contradicts(
        13,
        "Cerraron el colegio electoral de la Escuela San Miguel y trasladaron todas las "
        "mesas al polideportivo del barrio sin avisar.",
    ),
    # different day: curfew the day BEFORE the election
    contradicts(
        14,
        "Habrá toque de queda desde las seis de la tarde el día anterior a las "
        "elecciones y la policía detendrá a quien esté en la calle.",
    ),
    # negated: ink does not come off, nobody can vote twice
    contradicts(
        15,
        "La tinta indeleble NO se quita con vinagre ni con lejía, así que nadie "
        "puede votar dos o tres veces.",
    ),
    # negated: consulates do accept votes, no need to come back
    contradicts(
        16,
        "Si estás en el extranjero no tienes que volver al país para votar, "
        "porque los consulados sí reciben votos este año.",
    ),
    # different number: 200 instead of more than 20,000
    contradicts(
        17,
        "Más de 200 personas fallecidas votaron en la provincia costera, según "
        "una lista que circula en redes.",
    ),
    # different length of time: one month instead of one year
    contradicts(
        18, "Si no vas a votar te quitan el bono familiar y la ayuda por hijo durante un mes."
    ),
    # different days: Sunday and Monday instead of Saturday and Sunday
    contradicts(
        19,
        "La jornada electoral se amplía a dos días, domingo y lunes, para evitar "
        "las colas en los centros de votación.",
    ),
    # negated: ballot boxes arrived empty and sealed
    contradicts(
        20,
        "Un video muestra urnas que llegaron a los centros de votación vacías y "
        "selladas antes de abrir.",
    ),
    # different call: asked for a blank vote, not a vote for her rival
    contradicts(
        21,
        "La candidata de la alianza ecologista renunció anoche y pidió a sus "
        "votantes que voten en blanco.",
    ),
    # negated: a photocopy or phone photo is enough
    contradicts(
        22,
        "Para votar no hace falta el documento de identidad original; basta con una "
        "fotocopia o una foto en el celular.",
    ),
    # different maker and no bias: public university, audited by all parties
    contradicts(
        23,
        "El programa de conteo de votos fue hecho por una universidad pública y "
        "auditado por todos los partidos para que no favorezca a ningún candidato.",
    ),
    # ---------------------------------------------------------------- contradictions: French
    # debunk in the rumour's words: no online voting, SMS is not from the ministry
    contradicts(
        24,
        "Cette année on ne peut PAS voter en ligne : le lien envoyé par SMS ne "
        "vient pas du ministère de l'Intérieur.",
    ),
    # swapped colours: black pen annulled, only blue accepted
    contradicts(
        25,
        "Les bulletins remplis au stylo noir seront annulés : seul le stylo bleu est "
        "accepté dans l'isoloir.",
    ),
    # different timing: results given only after polls closed
    contradicts(
        26,
        "Les résultats du premier tour ont été donnés à la "
        "télévision seulement après la fermeture des bureaux de vote.",
    ),
    # different place: Jules-Ferry school instead of the bus station
    contradicts(
        27,
        "Le bureau de vote de la mairie est fermé pour travaux, les électeurs "
        "doivent aller voter à l'école Jules-Ferry.",
    ),
    # different amount: 1500 euros instead of 150
    contradicts(
        28,
        "Une amende de 1500 euros sera envoyée à tous ceux qui ne se déplacent "
        "pas pour voter dimanche.",
    ),
    # negated: proxies accepted, voting in person not compulsory
    contradicts(
        29,
        "Les procurations sont toujours acceptées pour ce scrutin, il n'est pas "
        "obligatoire de voter en personne.",
    ),
    # different call: abstain instead of voting for the opponent
    contradicts(
        30,
        "Un candidat a retiré sa candidature et appelle ses électeurs à "
        "s'abstenir, selon une vidéo.",
    ),
    # negated: not connected, cannot be hacked remotely
    contradicts(
        31,
        "Les machines à voter ne sont pas connectées à Internet et ne peuvent "
        "pas être piratées à distance pendant le dépouillement.",
    ),
    # different length of time: one month instead of one week
    contradicts(
        33,
        "Le scrutin est reporté d'un mois à cause d'une épidémie de grippe, "
        "a annoncé la préfecture.",
    ),
    # different cause: floods instead of a flu epidemic
    contradicts(
        33, "Le scrutin est reporté d'une semaine à cause des inondations, a annoncé la préfecture."
    ),
    # ---------------------------------------------------------------- contradictions: Portuguese
    # different month: January instead of December
    contradicts(
        34,
        "A eleição foi adiada para janeiro por decisão do tribunal eleitoral por falta de urnas.",
    ),
    # debunk in the rumour's words: not postponed, enough ballot machines
    contradicts(
        34,
        "A eleição NÃO foi adiada para dezembro, o tribunal eleitoral "
        "confirmou que há urnas suficientes.",
    ),
    # negated: no skin disease, disposable applicator per voter
    contradicts(
        35,
        "A tinta passada no dedo dos eleitores não transmite doenças de pele, "
        "porque cada eleitor recebe um aplicador descartável.",
    ),
    # template reused: justifying absence through the bank app, not voting
    contradicts(
        36,
        "Dá para justificar a ausência na eleição pelo aplicativo do banco "
        "usando a mesma senha do cartão, é só procurar a opção "
        "eleições.",
    ),
    # different event: public test by technicians, no votes swapped
    contradicts(
        37,
        "Vídeo mostra urna eletrônica sendo aberta com chave de fenda por "
        "técnicos em teste público, sem nenhum voto trocado.",
    ),
    # negated: cancelled title cannot vote, birth certificate not enough
    contradicts(
        38,
        "Quem teve o título cancelado não pode votar, nem apresentando a certidão de nascimento.",
    ),
    # different rule: over-70s not obliged to vote (optional), not banned
    contradicts(
        39,
        "Eleitores com mais de 70 anos não são obrigados a votar nesta "
        "eleição, o voto para eles é facultativo.",
    ),
    # different order: barring entry instead of annulling the vote
    contradicts(
        40,
        "Mesários receberam ordem de barrar a entrada de quem chegar com camiseta da "
        "cor de um partido.",
    ),
    # negated: forbidden to bring the paper crib sheet
    contradicts(
        41, "É proibido levar para a cabine uma cola em papel com os números dos seus candidatos."
    ),
    # ---------------------------------------------------------------- contradictions: Arabic
    # different length of time: one week instead of a whole month
    contradicts(42, "أعلنت الهيئة تأجيل الانتخابات أسبوعاً واحداً بسبب موجة الحر الشديدة."),
    # denial in the rumour's words: the commission denies any postponement
    contradicts(42, "نفت الهيئة تأجيل الانتخابات شهراً بسبب موجة الحر، وستجري في موعدها."),
    # different harm and advice: skin allergy, wash it off after voting
    contradicts(
        43, "الحبر الانتخابي يسبب حساسية في الجلد إذا بقي طويلاً، لذلك يجب غسله بعد التصويت."
    ),
    # negated: boxes arrived empty and sealed
    contradicts(44, "صناديق الاقتراع وصلت إلى المراكز فارغة ومختومة أمام المراقبين."),
    # different place, duration and cause: capital only, two hours, maintenance
    contradicts(
        45, "سيتم قطع الإنترنت في العاصمة فقط لمدة ساعتين يوم الانتخابات بسبب أعمال صيانة."
    ),
    # ---------------------------------------------------------------- paraphrases: English
    paraphrases(
        0,
        "URGENT: voting day pushed to Mon 9 March bc of the rain forecast, if u vote on "
        "sunday it wont be counted!! fwd to everyone 🌧️",
    ),
    paraphrases(
        1,
        "no need to queue at the polls this year 📱 just sms YES + ur "
        "candidate's number to 4455 and ur done, no polling station needed",
    ),
    paraphrases(
        2,
        "WARNING the indelible ink they paint on your fin-\nger at the polls has poison "
        "in it that gives you skin can-\ncer. share before it gets deleted",
    ),
    paraphrases(
        3, "Picture shows ballots being given out pre-marked with an X beside Candidate C!!"
    ),
    paraphrases(
        4,
        "[voice note] ok so your uncle says don't use their pencil in the booth, "
        "because pencil can be erased, and the officials will change your vote after, "
        "so bring your own pen, ok?",
    ),
    paraphrases(
        5,
        "the independent mayoral candidate has dropped out and she's telling her voters "
        "to stay home on election day",
    ),
    paraphrases(
        6,
        "THEY PUT THE FINAL RESULTS ON TV AT NOON WITH POLLS STILL OPEN FOR HOURS!!! it "
        "was all decided beforehand",
    ),
    paraphrases(
        7,
        "From now on they won't take national ID cards at the polling station, a "
        "passport is the only ID accepted",
    ),
    paraphrases(
        8,
        "500,000 people quietly removed from the voters roll last week and nobody told "
        "them. check ur registration!!",
    ),
    paraphrases(
        9,
        "Is it true that the voting machines up in the northern district got hacked "
        "overnight and switched thousands of votes to the ruling party?",
    ),
    paraphrases(
        10,
        "Living overseas? You can mail your ballot at the consulate and it gets counted "
        "on election night.",
    ),
    paraphrases(11, "FYI if u dont vote they fine u 500, deducted straight from next month's pay"),
    # ---------------------------------------------------------------- paraphrases: Spanish
    paraphrases(
        12,
        "ya se vota x whatsapp!! mandas foto de la cedula y el numero de tu candidato "
        "al contacto oficial del tribunal electoral 🗳️",
    ),
    paraphrases(
        13,
        "OJO: la Escuela San Miguel ya no es centro de votación, pasaron todas las "
        "mesas al estadio municipal y no avisaron a nadie",
    ),
    paraphrases(
        14,
        "¿Es verdad que el día de las elecciones hay toque de queda a partir de "
        "las 6 pm y la policía va a detener a quien ande en la calle?",
    ),
    paraphrases(
        15,
        "Con vinagre y cloro la tinta indeleble se borra en segundos, por eso hay gente "
        "votando 2 y 3 veces",
    ),
    paraphrases(
        16,
        "[audio] mija, me dijeron que este año los consulados no reciben votos, "
        "así que si estás afuera tenés que volver al país para poder votar",
    ),
    paraphrases(
        17,
        "Circula una lista en redes: más de veinte mil muertos votaron en la provincia de la costa",
    ),
    paraphrases(
        18,
        "SI NO VOTAS TE QUITAN EL BONO FAMILIAR Y LA AYUDA POR HIJO POR UN AÑO ENTERO!!! compartan",
    ),
    paraphrases(
        19,
        "Las elecciones serán sábado y domingo: extienden la votación a dos "
        "días para que no haya tantas filas",
    ),
    paraphrases(
        20,
        "Video: las urnas lle-\ngaron a los centros de vo-\ntación ya llenas de "
        "papeletas antes de la apertura",
    ),
    paraphrases(
        21,
        "Anoche renunció la candidata de los ecologistas y ahora pide que voten por "
        "su contrincante",
    ),
    paraphrases(
        22, "no lleves fotocopia ni foto en el cel, para votar te piden la cédula original si o si"
    ),
    paraphrases(
        23,
        "El software del conteo lo hizo una empresa extranjera y lo programaron para "
        "que gane un candidato",
    ),
    # ---------------------------------------------------------------- paraphrases: French
    paraphrases(
        24,
        "Vous pouvez voter sur internet cette année, il suffit de cliquer sur le "
        "lien du SMS envoyé par le ministère de l'Intérieur",
    ),
    paraphrases(
        25,
        "ATTENTION stylo bleu = bulletin nul !! seul le noir est accepté dans "
        "l'isoloir, faites passer",
    ),
    paraphrases(
        26,
        "C'est vrai que la télé a annoncé les résultats du 1er tour alors "
        "que les bureaux de vote étaient encore ouverts ?",
    ),
    paraphrases(
        27,
        "la mairie est en travaux donc on ne vote pas là-bas, il faut aller au "
        "bureau installé à la gare routière",
    ),
    paraphrases(
        28,
        "150€ d'amende pour tous ceux qui ne vont pas voter dimanche, elle sera envoyée à chacun",
    ),
    paraphrases(
        29, "Pour ce scrutin les pro-\ncurations sont refusées, vote en per-\nsonne obligatoire"
    ),
    paraphrases(
        30,
        "Selon une vidéo, un candidat se retire et demande à ses partisans de voter pour son rival",
    ),
    paraphrases(
        31,
        "les machines à voter sont reliées au net, on peut les pirater à "
        "distance pendant le dépouillement",
    ),
    paraphrases(
        32, "Si t'as perdu ta carte électorale tu pourras pas voter, les bureaux vont te refuser"
    ),
    paraphrases(
        33,
        "La préfecture annonce que l'élection est repoussée de 7 jours à "
        "cause de l'épidémie de grippe",
    ),
    # ---------------------------------------------------------------- paraphrases: Portuguese
    paraphrases(
        34, "Gente, o tribunal eleitoral adiou a eleição pra dezembro pq não tem urna suficiente"
    ),
    paraphrases(
        35, "Cuidado: a tinta no dedo passa doença de pele, usam o mesmo vidro pra todo mundo"
    ),
    paraphrases(
        36,
        "vc consegue votar pelo app do banco com a senha do cartão, é só "
        "procurar a opção eleições 🏦",
    ),
    paraphrases(
        37,
        "[áudio] olha, tem um vídeo aí mostrando abrirem a urna eletrônica "
        "com uma chave de fenda e trocarem os votos lá na seção, viu",
    ),
    paraphrases(
        38,
        "É verdade que quem está com o título cancelado pode votar normal "
        "só com a certidão de nascimento?",
    ),
    paraphrases(39, "NOVA LEI PROÍBE ELEITORES ACIMA DE 70 ANOS DE VOTAR NESTA ELEIÇÃO"),
    paraphrases(
        40,
        "Não vá de camiseta com a cor de partido: os mesários foram orientados a anular seu voto",
    ),
    paraphrases(
        41, "pode sim levar a colinha de papel com os números dos seus candidatos pra cabine"
    ),
    # ---------------------------------------------------------------- paraphrases: Arabic
    paraphrases(42, "عاجل: الهيئة تؤجل الانتخابات لمدة شهر بسبب الحر الشديد"),
    paraphrases(
        43, "هل صحيح أن حبر الانتخابات يسبب فقدان البصر إذا وصل إلى العين ويجب رفض وضعه على الإصبع؟"
    ),
    paraphrases(44, "الصناديق وصلت لمراكز الاقتراع وفيها أوراق معلّمة مسبقاً لمرشح واحد"),
    paraphrases(45, "انتبهوا! سيقطعون الإنترنت في كل البلد يوم الاقتراع حتى لا تنتشر النتائج"),
    # ---------------------------------------------------------------- unrelated
    unrelated("How many seats will the new parliament have after the boundary changes?"),
    unrelated(
        "The opposition leader promised free school meals if she wins, is that actually "
        "in her manifesto?"
    ),
    unrelated("¿Alguien sabe a qué hora es el debate presidencial del jueves?"),
    unrelated("¿Cuántos concejales se eligen en mi municipio este año?"),
    unrelated("Est-ce que les bureaux de vote sont accessibles en fauteuil roulant à Lyon ?"),
    unrelated(
        "Sondage : le candidat de droite perd trois points dans les intentions de vote "
        "cette semaine."
    ),
    unrelated("Quanto ganha um mesário por trabalhar no dia da eleição?"),
    unrelated("Vi que o horário eleitoral na TV começa na próxima segunda, alguém confirma?"),
    unrelated("متى تبدأ الحملة الانتخابية رسمياً للمرشحين؟"),
    unrelated("كم عدد المقاعد المخصصة للنساء في البرلمان الجديد؟"),
)


HELD_OUT_11: tuple[Wording, ...] = (
    # ---------------------------------------------------------------- contradictions
    # day changed: Tuesday 10 March instead of Monday 9 March
    contradicts(
        0,
        "The national election has been moved from Sunday to Tuesday 10 March because heavy "
        "rain is forecast, ballots cast on Sunday will not be counted",
    ),
    # negated: phone voting does not exist, you must go to the polling station
    contradicts(
        1,
        "You can NOT vote from your phone: texting YES and your candidate's number to 4455 "
        "does nothing, you still need to go to a polling station",
    ),
    # sarcastic retelling that denies the poison / cancer claim
    contradicts(
        2,
        "Lol so now the indelible ink on our fingers causes skin cancer?? My gran has had it "
        "painted on for 40 years. There is no poison in it, stop sharing this",
    ),
    # correction: the photo shows a training sample, real ballots are blank
    contradicts(
        3,
        "That photo of ballot papers with a cross next to Candidate C is a SAMPLE from the "
        "staff training, the real papers are handed out blank",
    ),
    # template reused: pen instead of pencil
    contradicts(
        4,
        "Do not use the pen provided in the booth: pen marks can be rubbed out by officials "
        "and your vote changed afterwards",
    ),
    # different request: she withdrew but endorses another candidate instead of abstention
    contradicts(
        5,
        "The independent candidate for mayor has pulled out of the race and is asking her "
        "supporters to vote for the Labour candidate on polling day",
    ),
    # time changed: results shown after polls closed, nothing decided in advance
    contradicts(
        6,
        "Television showed the final results at 10 pm, after the polls closed, so no, the "
        "outcome was not decided in advance",
    ),
    # swapped documents: ID cards only, passports no longer valid
    contradicts(
        7,
        "New rule: only a national ID card will be accepted as identification at polling "
        "stations, passports are no longer valid.",
    ),
    # action changed: voters added, not deleted
    contradicts(
        8,
        "Half a million new voters were added to the electoral register last week",
    ),
    # place and beneficiary changed: southern district, opposition
    contradicts(
        9,
        "Voting machines in the southern district were hacked overnight and flipped thousands "
        "of votes to the opposition",
    ),
    # timing changed: postal votes counted three days later
    contradicts(
        10,
        "Citizens living abroad can post their ballots from the consulate, but these postal "
        "votes are only counted three days after election night",
    ),
    # version from another country: small fine by letter, not from salary
    contradicts(
        11,
        "In Australia anyone who does not vote gets a 20 dollar fine by letter, nothing is "
        "taken from your salary",
    ),
    # negated: no WhatsApp voting, no official contact
    contradicts(
        12,
        "NO se puede votar por WhatsApp: el tribunal electoral no tiene ningún contacto "
        "oficial para recibir fotos de tu cédula ni números de candidatos",
    ),
    # place changed: Escuela Santa Rosa and polideportivo
    contradicts(
        13,
        "Cerraron el colegio electoral de la Escuela Santa Rosa y trasladaron todas las mesas "
        "al polideportivo sin avisar",
    ),
    # negated: no curfew, nobody arrested
    contradicts(
        14,
        "No habrá ningún toque de queda el día de las elecciones, la policía no detendrá a "
        "nadie por estar en la calle",
    ),
    # negated: ink does not come off, nobody votes twice
    contradicts(
        15,
        "La tinta indeleble NO se quita con vinagre ni con lejía, lo probamos y dura días, "
        "así que nadie puede votar dos veces",
    ),
    # negated: consulates do receive votes, no need to travel back
    contradicts(
        16,
        "Si estás en el extranjero NO tienes que volver al país para votar, los consulados sí "
        "reciben votos este año",
    ),
    # doubting retelling: the list is false, people on it are alive
    contradicts(
        17,
        "Ahora resulta que 20.000 muertos votaron en la provincia costera 🙄 la lista que "
        "circula es falsa, mi tía aparece y está vivita y coleando",
    ),
    # duration changed: one month instead of one year
    contradicts(
        18,
        "Si no vas a votar te quitan el bono familiar y la ayuda por hijo durante un mes.",
    ),
    # days changed: Sunday and Monday
    contradicts(
        19,
        "La jornada electoral se amplía a dos días, domingo y lunes, para evitar las colas en "
        "los centros de votación",
    ),
    # opposite: ballot boxes arrived empty and sealed
    contradicts(
        20,
        "Un video muestra urnas que llegaron a los centros de votación vacías y selladas "
        "antes de abrir",
    ),
    # other candidate: the male liberal-alliance candidate resigned
    contradicts(
        21,
        "El candidato de la alianza liberal renunció anoche y pidió el voto para su rival.",
    ),
    # opposite: a photocopy or phone photo is enough
    contradicts(
        22,
        "Para votar basta con una fotocopia del documento de identidad o una foto en el "
        "celular, no hace falta llevar el original",
    ),
    # correction: national company, audited, favours no one
    contradicts(
        23,
        "El programa de conteo de votos fue hecho por una empresa nacional y auditado por "
        "todos los partidos, no favorece a ningún candidato",
    ),
    # negated: no online voting, the SMS link is a scam
    contradicts(
        24,
        "Cette année on ne peut PAS voter en ligne : le lien envoyé par SMS ne vient pas du "
        "ministère de l'Intérieur, c'est une arnaque",
    ),
    # colours swapped: black pen rejected, blue accepted
    contradicts(
        25,
        "Les bulletins remplis au stylo noir seront annulés : seul le stylo bleu est accepté "
        "dans l'isoloir.",
    ),
    # time changed: results given after polls closed
    contradicts(
        26,
        "Les résultats du premier tour ont été donnés à la télévision à 20 h, après la "
        "fermeture des bureaux de vote",
    ),
    # place changed: école Jules Ferry instead of the bus station
    contradicts(
        27,
        "Le bureau de vote de la mairie est fermé pour travaux, les électeurs doivent aller "
        "voter à l'école Jules Ferry",
    ),
    # amount changed: 35 euros
    contradicts(
        28,
        "Une amende de 35 euros sera envoyée à tous ceux qui ne se déplacent pas pour voter "
        "dimanche.",
    ),
    # negated: proxies still accepted
    contradicts(
        29,
        "Les procurations sont toujours acceptées pour ce scrutin, pas besoin de voter en personne",
    ),
    # call changed: the withdrawn candidate asks voters to abstain
    contradicts(
        30,
        "Un candidat a retiré sa candidature et appelle ses électeurs à s'abstenir, selon une "
        "vidéo",
    ),
    # negated: machines offline, cannot be hacked remotely
    contradicts(
        31,
        "Les machines à voter ne sont PAS connectées à Internet et ne peuvent pas être "
        "piratées à distance pendant le dépouillement",
    ),
    # opposite: an ID document is enough without the voter card
    contradicts(
        32,
        "Même sans carte électorale on peut voter : il suffit de présenter une pièce "
        "d'identité, les bureaux ne refuseront personne",
    ),
    # cause changed: floods instead of flu
    contradicts(
        33,
        "Le scrutin est reporté d'une semaine à cause des inondations, a annoncé la préfecture.",
    ),
    # negated: not postponed, enough machines
    contradicts(
        34,
        "A eleição NÃO foi adiada, o tribunal eleitoral confirmou que tem urnas suficientes e "
        "a votação continua em outubro",
    ),
    # negated: no disease, each section has its own bottle
    contradicts(
        35,
        "A tinta passada no dedo dos eleitores não transmite doença nenhuma, cada seção "
        "recebe seu próprio frasco",
    ),
    # negated: no voting via the bank app, it is a scam
    contradicts(
        36,
        "NÃO dá para votar pelo aplicativo do banco; se pedirem a senha do cartão para "
        "'votar', é golpe",
    ),
    # correction: authorised maintenance, no votes swapped
    contradicts(
        37,
        "Vídeo mostra urna eletrônica sendo aberta com chave de fenda por técnicos em "
        "manutenção autorizada, nenhum voto foi trocado",
    ),
    # negated: cancelled title cannot vote, birth certificate not enough
    contradicts(
        38,
        "Quem teve o título cancelado NÃO pode votar, nem apresentando a certidão de nascimento",
    ),
    # correction: over-70s not obliged but allowed
    contradicts(
        39,
        "Eleitores com mais de 70 anos não são obrigados a votar, mas podem votar normalmente "
        "nesta eleição, nenhuma lei proíbe",
    ),
    # negated: poll workers must not annul votes for clothing
    contradicts(
        40,
        "Mesários receberam ordem de NÃO anular o voto de ninguém por causa da cor da camiseta",
    ),
    # opposite: cheat sheet forbidden
    contradicts(
        41,
        "É proibido levar para a cabine uma cola em papel com os números dos seus candidatos.",
    ),
    # duration changed: one week instead of a month
    contradicts(42, "أعلنت الهيئة تأجيل الانتخابات أسبوعاً واحداً بسبب موجة الحر الشديدة."),
    # negated: ink does not cause blindness, no need to refuse
    contradicts(
        43,
        "الحبر الانتخابي لا يسبب العمى حتى لو لمس العينين، فلا داعي لرفض وضعه على الإصبع",
    ),
    # opposite: boxes arrived empty and sealed
    contradicts(44, "صناديق الاقتراع وصلت إلى المراكز فارغة ومختومة أمام المراقبين"),
    # scope changed: capital only instead of the whole country
    contradicts(45, "سيتم قطع الإنترنت في العاصمة فقط يوم الانتخابات لمنع نشر النتائج."),
    # ---------------------------------------------------------------- paraphrases
    paraphrases(
        0,
        "Fwd: they've pushed the vote to Monday the 9th of March bc of the big rain coming. "
        "If u vote on Sunday it wont be counted!!",
    ),
    paraphrases(
        1,
        "is it true u can just text YES + the number of ur candidate to 4455 and skip the "
        "polling station?? 📱",
    ),
    paraphrases(
        2,
        "SHARE BEFORE THEY DELETE!!! The ink they paint on your finger at the polls has "
        "poison in it that gives you skin cancer ☠️",
    ),
    paraphrases(
        3,
        "look at this pic 👀 they're giving out ballots that ALREADY have an X marked beside "
        "Candidate C",
    ),
    paraphrases(
        4,
        "hi darling its aunty, listen, dont use their pencil in the booth ok, the officials "
        "can rub out pencil and change ur vote after",
    ),
    paraphrases(
        5,
        "The independent mayoral candidate dropped out, she's telling her supporters not to "
        "go vote on election day",
    ),
    paraphrases(
        6,
        "They had the final results on TV at midday, hours before voting even closed. It was "
        "all decided beforehand!!",
    ),
    paraphrases(
        7,
        "From now on ONLY passports accepted as ID at the polls - national ID cards not valid "
        "anymore. pass it on",
    ),
    paraphrases(
        8,
        "500,000 voters quietly removed from the electoral roll last week and nobody was told",
    ),
    paraphrases(
        9,
        "Northern district voting\nmachines hacked overnight,\nthousands of votes flipped\n"
        "to the ruling party",
    ),
    paraphrases(
        10,
        "Is it true that people abroad can send their ballot by post from the consulate and "
        "it gets counted on election night?",
    ),
    paraphrases(
        11,
        "if u dont vote they fine u 500 straight out of ur salary next month 😡",
    ),
    paraphrases(
        12,
        "Ya se vota por wsp!! mandas foto de la cédula y el número de tu candidato al "
        "contacto oficial del tribunal electoral",
    ),
    paraphrases(
        13,
        "OJO: la Escuela San Miguel ya no es centro de votación, movieron todas las mesas al "
        "estadio municipal y nadie avisó",
    ),
    paraphrases(
        14,
        "El día de la elección hay toque de queda a partir de las 6 pm, si te encuentran en "
        "la calle la policía te detiene",
    ),
    paraphrases(
        15,
        "Con vinagre y cloro la tinta indeleble sale en segundos, por eso hay quienes votan "
        "2 o 3 veces",
    ),
    paraphrases(
        16,
        "¿Es cierto que este año los consulados no reciben votos y los que vivimos afuera "
        "tenemos que viajar al país para votar?",
    ),
    paraphrases(
        17,
        "Circula una lista: más de veinte mil muertos votaron en la provincia de la costa",
    ),
    paraphrases(
        18,
        "el q no vote pierde el bono familiar y la ayuda x hijo x un año!!",
    ),
    paraphrases(
        19,
        "Las elecciones serán en dos días, sábado y domingo, para que no haya tantas filas "
        "en los centros de votación",
    ),
    paraphrases(
        20,
        "MIREN ESTE VIDEO: las urnas llegaron a los centros ya llenas de papeletas antes de "
        "la apertura",
    ),
    paraphrases(
        21,
        "anoche renunció la candidata de los ecologistas y pidió que votemos por su rival",
    ),
    paraphrases(
        22,
        "Lleven la cédula original, la fotocopia o la foto en el teléfono NO sirve para votar",
    ),
    paraphrases(
        23,
        "El software que cuenta los votos lo hizo una empresa extranjera y lo programó para "
        "que gane un candidato",
    ),
    paraphrases(
        24,
        "Vote en ligne cette année : il suffit de cliquer sur le lien du SMS du ministère de "
        "l'Intérieur",
    ),
    paraphrases(
        25,
        "ATTENTION stylo bleu = bulletin annulé !! Dans l'isoloir seul le stylo noir est accepté",
    ),
    paraphrases(
        26,
        "c vrai que la télé a donné les résultats du 1er tour avant que les bureaux de vote "
        "ferment ?",
    ),
    paraphrases(
        27,
        "Travaux à la mairie : le bureau de vote est fermé, il faut aller voter à la gare routière",
    ),
    paraphrases(
        28,
        "150 € d'amende pour tous ceux qui ne vont pas voter dimanche, faites passer",
    ),
    paraphrases(
        29,
        "Plus de procuration pour cette élection, vous devez obligatoirement vous déplacer "
        "pour voter",
    ),
    paraphrases(
        30,
        "Vidéo : un candidat se retire et demande à ses électeurs de voter pour son adversaire",
    ),
    paraphrases(
        31,
        "allô c'est papi, écoute, les machines à voter sont branchées sur Internet, ils "
        "peuvent les pirater à distance pendant qu'ils comptent les voix",
    ),
    paraphrases(
        32,
        "Vous avez perdu votre carte électorale ? Vous ne pourrez pas voter, les bureaux vous "
        "refuseront",
    ),
    paraphrases(
        33,
        "La préfecture annonce que le vote est repoussé d'une semaine à cause de la grippe",
    ),
    paraphrases(
        34,
        "URGENTE: tribunal eleitoral adiou a eleição pra dezembro pq faltam urnas",
    ),
    paraphrases(
        35,
        "Cuidado: a tinta no dedo passa doença de pele porque usam o mesmo frasco em todo mundo",
    ),
    paraphrases(
        36,
        "vc consegue votar pelo app do banco com a senha do cartão, procura a opção eleições",
    ),
    paraphrases(
        37,
        "VÍDEO: abriram a urna eletrônica com chave de fenda e trocaram os votos na seção",
    ),
    paraphrases(
        38,
        "é verdade que quem teve o título cancelado vota normal só levando a certidão de "
        "nascimento?",
    ),
    paraphrases(
        39,
        "Nova lei proíbe quem tem mais de 70 anos de votar nessa eleição",
    ),
    paraphrases(
        40,
        "Mesários têm ordem pra anular o voto de quem aparecer de camiseta com a cor de partido",
    ),
    paraphrases(
        41,
        "Pode levar sim a colinha de papel com os números dos seus candidatos pra cabine",
    ),
    paraphrases(42, "عاجل: الهيئة أجلت الانتخابات لمدة شهر بسبب الحر الشديد"),
    paraphrases(43, "انتبهوا! الحبر اللي يحطونه على الإصبع يسبب العمى إذا لمس العين، ارفضوا وضعه"),
    paraphrases(44, "صناديق الاقتراع وصلت المراكز وفيها أوراق مؤشر عليها مسبقاً لمرشح واحد"),
    paraphrases(
        45,
        "هل صحيح أنهم سيقطعون الإنترنت في كل البلاد يوم الانتخابات حتى لا تنتشر النتائج؟",
    ),
    # ---------------------------------------------------------------- unrelated
    unrelated(
        "Does anyone know if polling stations have wheelchair ramps this year? Dad needs one"
    ),
    unrelated("Candidate B promised free bus passes for students if elected, is that true?"),
    unrelated("¿Alguien sabe a qué hora empieza el debate presidencial del jueves?"),
    unrelated("Dicen que el candidato del partido azul va a regalar celulares a los jubilados"),
    unrelated(
        "Les affiches électorales ont été arrachées devant l'école cette nuit, quelqu'un a vu "
        "qui c'était ?"
    ),
    unrelated("Le débat télévisé entre les deux finalistes aura lieu jeudi soir, 21 h"),
    unrelated("Candidato a vereador está distribuindo cesta básica em troca de voto no bairro"),
    unrelated("Alguém sabe se pode levar criança junto na hora de votar?"),
    unrelated("المرشح وعد ببناء مستشفى جديد في المدينة إذا فاز في الانتخابات"),
    unrelated("هل يسمح للمراقبين الدوليين بدخول مراكز الاقتراع؟"),
)

HELD_OUT_12: tuple[Wording, ...] = (
    # English
    # moved to a different day (Tuesday 10 March, not Monday 9 March)
    contradicts(
        0,
        "my aunt heard it on the radio this morning: the national election is pushed from sunday "
        "to TUESDAY 10 march bc of the heavy rain, so dont bother going sunday",
    ),
    # texting 4455 only signs you up for reminders; voting is still in person
    contradicts(
        1,
        "Replying to @dee_votes: nah, texting YES to 4455 just signs you up for polling day "
        "reminders from the commission. You still have to go to your polling station to vote",
    ),
    # a different cause: a scanner cannot read faint pencil, not officials erasing it
    contradicts(
        4,
        "guy at church said skip the booth pencil bc the counting scanner can't pick up faint "
        "pencil marks and the ballot gets put aside as blank 🙄",
    ),
    # she stays in the race and urges supporters to turn out
    contradicts(
        5,
        "At her rally last night the independent candidate for mayor told her supporters to turn "
        "out early on polling day and said she's staying in the race till the very end 💪",
    ),
    # votes flipped to the opposition, not to the governing party
    contradicts(
        9,
        "My cousin who works at the commission says the voting machines in the northern district "
        "were hacked overnight and flipped thousands of votes to the OPPOSITION",
    ),
    # overseas postal votes counted a week later, not on election night
    contradicts(
        10,
        "Heard on the radio that postal ballots sent from the consulates by citizens abroad "
        "won't be counted on election night, they only get counted a week after",
    ),
    # a photocopy or phone photo of the ID is enough (the reverse of the claim)
    contradicts(
        22,
        "Replying to @tomasz_k: my sister voted with just a photocopy of her ID card last time "
        "and they were fine with it, a photo on your phone works too",
    ),
    # postponed because of floods, not the heat wave
    contradicts(
        42,
        "Arabic channel says the commission postponed the election by a whole month because of "
        "the FLOODS in the south 🌊",
    ),
    # the ink only stings the eyes; no blindness, no reason to refuse it
    contradicts(
        43,
        "the radio doctor said the election ink just stings a bit if it gets in your eyes, rinse "
        "with water and you're fine, so no need to refuse it on your finger",
    ),
    # only the wifi inside polling stations is switched off, not the whole country
    contradicts(
        45,
        "so apparently only the wifi INSIDE polling stations gets switched off on election day, "
        "so staff can't post results early. everyone else keeps their internet",
    ),
    paraphrases(
        6,
        "saw a screenshot 👀 the TV had the FINAL results up at 12 noon, hours before polls even "
        "closed. it was all decided in advance, wake up people",
    ),
    paraphrases(
        7,
        "my neighbour works at the town hall and says from now on they'll ONLY take a passport "
        "at the polling station — national ID cards won't be valid anymore",
    ),
    paraphrases(
        11,
        "Bro my boss said if u dont vote they fine you 500 and take it straight out of next "
        "months salary",
    ),
    paraphrases(
        12,
        "my cousin in Bogotá says you can vote through WhatsApp now, just send a pic of your ID "
        "and your candidate's number to the electoral tribunal's official contact",
    ),
    paraphrases(
        13,
        "Heads up!! San Miguel School polling centre has been shut and ALL the voting tables "
        "moved to the municipal stadium. nobody told us 😡",
    ),
    paraphrases(
        17,
        "apparently more than 20k dead people voted in the coastal province, there's a list "
        "going round on fb 💀",
    ),
    paraphrases(
        31,
        'QT: "voting machines are online"\nyep. my IT friend says they\'re connected to the '
        "internet and someone could hack them remotely while the count is going on",
    ),
    paraphrases(
        40,
        "poll workers have been ordered to cancel the vote of anyone who turns up in a t-shirt "
        "in a party's colour. wear white folks!!",
    ),
    paraphrases(
        41,
        "Good to know: you're allowed to take a paper cheat sheet with your candidates' numbers "
        "into the booth",
    ),
    unrelated(
        "my cousin says the polling station by the hospital still has no wheelchair ramp, anyone "
        "know if they fixed it?",
    ),
    unrelated(
        "heard on the radio the mayoral debate got moved to thursday night on channel 4, anyone "
        "watching?",
    ),
    # Spanish
    # a power cut and a hand count, not hacking
    contradicts(
        9,
        "Mi vecino que es fiscal de mesa dice que las máquinas de votación del distrito norte se "
        "quedaron sin luz anoche y tuvieron que contar a mano, no se perdió ni un voto",
    ),
    # WhatsApp only tells you where to vote
    contradicts(
        12,
        "Ojo, el WhatsApp oficial del tribunal electoral solo sirve para consultar dónde te toca "
        "votar: mandas tu número de cédula y te responde con tu mesa",
    ),
    # only one table moved; the school is still a voting centre
    contradicts(
        13,
        "Respondiendo a @luchi: no cerraron nada, de la Escuela San Miguel solo pasaron UNA mesa "
        "al estadio, las demás siguen en la escuela",
    ),
    # an alcohol ban, not a curfew
    contradicts(
        14,
        "Mi cuñado que es policía dice que habrá ley seca desde las seis de la tarde del sábado: "
        "no se vende alcohol hasta el lunes 🍺🚫",
    ),
    # the consulate does take votes; no need to travel back
    contradicts(
        16,
        "mi hermana en Madrid ya votó en el consulado la semana pasada, asi que no, no hay que "
        "volver al país para votar desde afuera",
    ),
    # a different number: about 200, not 20,000
    contradicts(
        17,
        "Dicen en el grupo de la parroquia que unas 200 personas fallecidas aparecen votando en "
        "la provincia costera, según una lista",
    ),
    # a bonus for those who vote, not a loss for those who don't
    contradicts(
        18,
        "Escuché en la radio que a quien vaya a votar le dan un bono familiar extra durante un "
        "año 🤑",
    ),
    # one extra hour on Sunday, not an extra day
    contradicts(
        19,
        "La jornada electoral se amplía una hora, hasta las 7 de la tarde del domingo, para "
        "evitar las colas en los centros de votación",
    ),
    # she gave up her council seat to campaign; she is still a candidate
    contradicts(
        21,
        "La candidata de la alianza ecologista renunció anoche a su banca de concejala para "
        "dedicarse de lleno a la campaña 🌱",
    ),
    # a phone photo of the ID is accepted (the reverse of the claim)
    contradicts(
        22,
        "Mi mamá trabaja en una mesa y dice que este año aceptan la foto de la cédula en el "
        "celular, no hace falta llevar el original",
    ),
    # made by a national firm and audited by every party
    contradicts(
        23,
        "El programa de conteo de votos lo hizo una empresa nacional y lo auditaron técnicos de "
        "todos los partidos antes de la elección",
    ),
    paraphrases(
        1,
        "Mi primo dice que ya se puede votar por mensaje de texto: mandas SÍ y el número de tu "
        "candidato al 4455 y no tienes que ir al local de votación",
    ),
    paraphrases(
        5,
        "Me contaron en el mercado que la candidata independiente a la alcaldía se bajó de la "
        "carrera y le pide a su gente que se quede en casa el día de la votación",
    ),
    paraphrases(
        15,
        "dicen q la tinta se quita en segundos con vinagre y cloro, por eso hay gente votando 2 "
        "y 3 veces!!! 😤",
    ),
    paraphrases(
        20,
        "VIDEO 😱 urnas llegando a los centros de votación YA LLENAS de papeletas antes de abrir. "
        "COMPARTAN",
    ),
    paraphrases(
        27,
        "Mi prima en Lyon dice que el colegio electoral del ayuntamiento está cerrado por obras "
        "y que hay que ir a votar a la estación de autobuses",
    ),
    paraphrases(
        30,
        "hay un video donde un candidato retira su candidatura y le pide a sus votantes que "
        "voten por su adversario",
    ),
    paraphrases(
        34,
        "Mi tío en São Paulo dice que postergaron las elecciones hasta diciembre porque no hay "
        "urnas, lo decidió el tribunal electoral",
    ),
    paraphrases(
        43,
        "Ojo!! la tinta electoral te deja ciego si te toca los ojos, no dejen que se la pongan "
        "en el dedo 🙅",
    ),
    unrelated(
        "Mi cuñado dice que el candidato del partido azul prometió bajar el pasaje del bus a la "
        "mitad si gana 🚌",
    ),
    unrelated(
        "¿Alguien sabe a qué hora abren las mesas el domingo? mi abuela quiere ir temprano",
    ),
    # French
    # shown at noon the day after the vote, not before polls closed
    contradicts(
        6,
        "Ma tante a vu les résultats définitifs à la télé à midi, mais le lendemain du vote, une "
        "fois tout dépouillé",
    ),
    # the boxes arrived empty and sealed
    contradicts(
        20,
        "Vidéo tournée ce matin : les urnes arrivent au centre de vote vides et scellées, on les "
        "ouvre devant les assesseurs avant l'ouverture 👌",
    ),
    # the SMS link only shows your polling station; voting is still at the ballot box
    contradicts(
        24,
        "Le lien envoyé par SMS par le ministère de l'Intérieur sert juste à trouver son bureau "
        "de vote, on vote toujours à l'urne",
    ),
    # colours swapped: black is rejected, blue accepted
    contradicts(
        25,
        "Mon voisin assesseur m'a dit que les bulletins remplis au stylo NOIR seront annulés, "
        "seul le bleu est accepté",
    ),
    # results given an hour after polls closed, not before
    contradicts(
        26,
        "@Julien_M non, les résultats du premier tour ont été donnés à la télé une heure après "
        "la fermeture des bureaux de vote, comme d'hab",
    ),
    # the two places are swapped
    contradicts(
        27,
        "Le bureau de vote de la gare routière est fermé pour travaux, les électeurs doivent "
        "aller voter à la mairie",
    ),
    # a different amount: 35 euros, not 150
    contradicts(
        28,
        "Ma cousine a entendu à la radio qu'une amende de 35 euros sera envoyée à ceux qui ne "
        "vont pas voter dimanche",
    ),
    # proxies are still accepted, with a deadline
    contradicts(
        29,
        "Les procurations sont toujours acceptées pour ce scrutin, mais il faut les faire au "
        "commissariat avant jeudi",
    ),
    # the candidate refuses to withdraw and asks for votes for himself
    contradicts(
        30,
        "Dans une vidéo un candidat refuse de retirer sa candidature et demande à ses électeurs "
        "de voter pour lui, pas pour son adversaire",
    ),
    # connected to the Internet only after the count, to send results
    contradicts(
        31,
        "Mon beau-frère informaticien dit que les machines à voter ne sont branchées à Internet "
        "qu'après le dépouillement, juste pour transmettre les résultats",
    ),
    # an identity document is required, not the voter card
    contradicts(
        32,
        "Sans pièce d'identité, impossible de voter : les bureaux refuseront tous ceux qui l'ont "
        "oubliée à la maison",
    ),
    paraphrases(
        2,
        "Ma belle-sœur dit que l'encre qu'on met sur le doigt des électeurs contient un poison "
        "qui donne le cancer de la peau. Partagez avant qu'ils suppriment !!",
    ),
    paraphrases(
        10,
        "Pour ceux qui vivent à l'étranger : on peut poster son bulletin depuis le consulat et "
        "il est compté le soir même de l'élection 👍",
    ),
    paraphrases(
        14,
        "Mon cousin policier dit qu'il y aura un couvre-feu à partir de 18h le jour des "
        "élections et qu'ils arrêteront tous ceux qui seront dehors",
    ),
    paraphrases(
        23,
        "C'est mon oncle qui bosse dans l'informatique qui le dit : le logiciel de comptage des "
        "voix a été fait par une boîte étrangère qui l'a réglé pour favoriser un candidat",
    ),
    paraphrases(
        35,
        "ma voisine dit que l'encre sur le doigt transmet des maladies de peau vu qu'ils "
        "utilisent le même flacon pour tout le monde 🤢",
    ),
    paraphrases(
        39,
        "Ma grand-mère a 74 ans et on lui a dit qu'avec une nouvelle loi les plus de 70 ans sont "
        "interdits de vote à cette élection 😳",
    ),
    paraphrases(
        42,
        "Paraît que la commission a reporté les élections d'un mois entier à cause de la canicule",
    ),
    paraphrases(
        19,
        "Entendu à la radio : le vote se fera sur deux jours, samedi ET dimanche, pour éviter "
        "les files d'attente aux bureaux de vote",
    ),
    unrelated(
        "Ma tante dit que les affiches de campagne devant l'école ont été arrachées cette nuit, "
        "quelqu'un a vu qui c'était ?",
    ),
    unrelated("Le débat télévisé de jeudi a battu des records d'audience d'après ma collègue"),
    # Portuguese
    # passports are accepted as well; ID cards remain valid
    contradicts(
        7,
        "Minha tia que é mesária disse que agora o passaporte TAMBÉM vale como identificação na "
        "seção, a carteira de identidade continua valendo",
    ),
    # the ink does not come off
    contradicts(
        15,
        "Testei aqui em casa: a tinta do dedo não sai nem com vinagre nem com água sanitária, "
        "ficou 3 dias 😅",
    ),
    # the election was not postponed
    contradicts(
        34,
        "Meu primo que trabalha no TRE disse que a eleição NÃO foi adiada, continua em outubro e "
        "tem urna pra todo mundo",
    ),
    # the shared bottle runs out; nothing about disease
    contradicts(
        35,
        "A tinta passada no dedo dos eleitores acaba rápido porque o mesmo frasco é usado em "
        "todo mundo, tem seção ficando sem tinta",
    ),
    # donating to a campaign through the bank app, not voting
    contradicts(
        36,
        "Dá pra doar pra campanha pelo aplicativo do banco usando PIX, é só procurar a opção "
        "doações eleitorais",
    ),
    # technicians doing maintenance months before the election
    contradicts(
        37,
        "Vídeo mostra urna eletrônica sendo aberta com chave de fenda por técnicos do TRE, em "
        "manutenção meses antes da eleição",
    ),
    # a lost (not cancelled) voter card, and photo ID instead
    contradicts(
        38,
        "Quem perdeu o título pode votar normalmente apresentando documento oficial com foto, tá "
        "no site do TSE",
    ),
    # over-70s are not obliged to vote, not banned from voting
    contradicts(
        39,
        "Minha avó falou que eleitor com mais de 70 anos não é obrigado a votar, mas pode votar "
        "se quiser",
    ),
    # asked to turn the shirt inside out; the vote is not annulled
    contradicts(
        40,
        "Mesários receberam ordem de pedir pra quem chegar com camiseta da cor de um partido "
        "virar a camiseta do avesso antes de entrar na cabine",
    ),
    # a mobile phone, not a paper note
    contradicts(
        41,
        "Agora é permitido levar o celular pra cabine com os números dos seus candidatos "
        "anotados nele 📱",
    ),
    paraphrases(
        3,
        "Olha isso 👇 foto mostra cédula sendo entregue já com o X marcado do lado do Candidato "
        "C!! tão fazendo isso na cara dura",
    ),
    paraphrases(
        9,
        "Meu cunhado jura que hackearam as máquinas de votação do distrito norte de madrugada e "
        "passaram milhares de votos pro partido do governo",
    ),
    paraphrases(
        18,
        "Minha vizinha falou que quem não for votar perde o bônus família e o auxílio por filho "
        "durante um ano",
    ),
    paraphrases(
        21,
        "Tão dizendo que a candidata da aliança ecologista renunciou ontem à noite e pediu voto "
        "pro rival dela",
    ),
    paraphrases(
        24,
        "Minha tia recebeu SMS do Ministério do Interior com um link e disse que este ano dá pra "
        "votar pela internet, é só clicar",
    ),
    paraphrases(
        28,
        "Mandaram no grupo da família: vai chegar multa de 150 euros pra todo mundo que não for "
        "votar no domingo",
    ),
    paraphrases(
        32,
        "sem o cartão de eleitor não dá pra votar, as seções vão mandar embora todo mundo que "
        "perdeu o seu",
    ),
    paraphrases(
        45,
        "VÃO CORTAR A INTERNET NO PAÍS INTEIRO NO DIA DA ELEIÇÃO pra ninguém divulgar resultado!!!",
    ),
    paraphrases(
        26,
        "A TV deu o resultado do primeiro turno antes mesmo de fecharem as seções de votação, "
        "minha tia viu",
    ),
    unrelated(
        "Meu primo falou que o candidato a vereador do bairro tá distribuindo cesta básica em "
        "troca de voto",
    ),
    unrelated("Alguém sabe se posso levar meu filho pequeno comigo na cabine?"),
    # Arabic
    # the ink contains silver nitrate that only stains for a while; no poison
    contradicts(
        2,
        "خالي الصيدلي بيقول إن حبر الإصبع فيه نترات الفضة، عشان هيك بيضل لونه أسبوع على الجلد "
        "وبعدين بيروح لحاله",
    ),
    # pre-marked for a different candidate (A, not C)
    contradicts(
        3,
        "صورة بتثبت إنهم عم يوزعوا أوراق اقتراع عليها إشارة جاهزة جنب المرشح (أ) 😡 انشروها",
    ),
    # a different number: fifty thousand, not half a million
    contradicts(
        8,
        "قريبي بالبلدية بيقول إنه انحذف خمسين ألف ناخب من السجل الانتخابي الأسبوع الماضي بدون ما "
        "حدا يخبرهم",
    ),
    # poll workers who skip their shift are fined, not people who don't vote
    contradicts(
        11,
        "سمعت إنو موظفي مراكز الاقتراع اللي بيغيبوا عن دوامهم يوم الانتخابات رح تنخصم منهم غرامة "
        "500 من راتب الشهر الجاي",
    ),
    # postponed because of a transport strike, not a flu epidemic
    contradicts(
        33,
        "قالوا عالراديو إن الانتخابات بفرنسا تأجلت أسبوع بسبب إضراب المواصلات، هيك أعلنت المحافظة",
    ),
    # paper notes are forbidden in the booth (the reverse of the claim)
    contradicts(
        41,
        "بنت خالتي مندوبة بالمركز قالت ممنوع تفوت عالمعزل ومعك ورقة فيها أرقام المرشحين، "
        "بيصادروها منك",
    ),
    # voting hours extended, not the election postponed
    contradicts(42, "أعلنت الهيئة تمديد ساعات التصويت ساعتين إضافيتين بسبب موجة الحر الشديدة"),
    # you must accept the ink to get a ballot; nothing about blindness
    contradicts(
        43,
        "مسؤول بالمركز قال: الحبر على الإصبع إجباري، وإذا رفضت تحطه ما بيعطوك ورقة الاقتراع",
    ),
    # ballot papers arrived short, not pre-marked
    contradicts(
        44,
        "صناديق الاقتراع وصلت إلى المراكز بس أوراق الاقتراع ناقصة، في مراكز ما وصلها غير نص الكمية",
    ),
    # the internet is cut for the high-school exams, not on election day
    contradicts(
        45,
        "سيتم قطع الإنترنت في جميع أنحاء البلاد أيام امتحانات الثانوية العامة لمنع الغش 📵",
    ),
    paraphrases(
        0,
        "عاجل!! الانتخابات انتقلت من الأحد ليوم الاثنين 9 آذار بسبب الأمطار الغزيرة، واللي بيصوت "
        "الأحد صوته ما رح ينحسب 🌧️",
    ),
    paraphrases(
        4,
        "ابن عمي قال لا تستخدم قلم الرصاص اللي بالمعزل، الموظفين بيقدروا يمسحوا العلامة ويغيروا "
        "صوتك بعدين",
    ),
    paraphrases(
        8,
        "يقولون إنه تم حذف نصف مليون ناخب من السجل الانتخابي سراً الأسبوع الماضي دون إبلاغهم",
    ),
    paraphrases(
        16,
        "أخوي بالغربة قال لازم يرجع عالبلد عشان يصوت، لأنه القنصليات ما عم تستقبل أصوات هالسنة",
    ),
    paraphrases(
        22,
        "لازم تاخد بطاقة الهوية الأصلية معك عشان تصوت، الصورة على الموبايل أو النسخة ما بتنفع",
    ),
    paraphrases(
        25,
        "انتبهوا! ورقة الاقتراع اللي بتنعبى بقلم أزرق رح تنلغى، بس القلم الأسود مقبول جوا المعزل",
    ),
    paraphrases(29, "سمعت إن التوكيلات ما عادت مقبولة بهالانتخابات، لازم كل واحد يصوت بنفسه"),
    paraphrases(33, "المحافظة أعلنت تأجيل الاقتراع أسبوعاً كاملاً بسبب وباء الإنفلونزا"),
    paraphrases(
        37,
        "فيديو بيبين ناس عم يفتحوا آلة التصويت الإلكترونية بمفك براغي ويغيروا الأصوات جوا مركز "
        "الاقتراع",
    ),
    unrelated("ابن خالتي بيقول إن المرشح المستقل وعد يبني مستشفى جديد بالمنطقة إذا فاز"),
    unrelated("شو رأيكم بالمناظرة التلفزيونية مبارح بين المرشحين؟ 🤔"),
)


HELD_OUT_13: tuple[Wording, ...] = (
    # ---------------------------------------------------------------- English
    paraphrases(
        0,
        "‼️BREAKING‼️\nElection postponed to Monday 9 March\n"
        "Heavy rain forecast for Sunday so anything voted on Sunday will be THROWN OUT\n"
        "#Election #Rain",
    ),
    paraphrases(
        4,
        "PSA 📢 bring ur own pen!! the pencils in the booth are there so officials can rub out "
        "your X and change your vote after. dont fall for it",
    ),
    paraphrases(
        9,
        "Northern district voting machines got hacked last night 😡 thousands of votes flipped "
        "to the ruling party. This is how they steal it #RiggedElection",
    ),
    paraphrases(
        13,
        "UPDATE: San Miguel School polling place CLOSED.\nAll voting tables moved to the "
        "municipal stadium and nobody was told. Spread the word 🙏",
    ),
    paraphrases(
        15,
        "Vinegar + bleach and the 'indelible' ink comes off in seconds 🤯 people are out here "
        "voting 2 or 3 times. #fraud",
    ),
    paraphrases(
        19,
        "Voting will now run over TWO days, Saturday AND Sunday, to cut the queues at polling "
        "stations. Share so people know!",
    ),
    paraphrases(
        31,
        "think about this: voting machines are online during the count 🖥️🌐 "
        "anyone can hack them remotely while the votes are being tallied",
    ),
    paraphrases(
        45,
        "BREAKING: Internet to be cut across the whole country on election day to stop results "
        "being posted #InternetShutdown #KeepItOn",
    ),
    # 4455 only gives your polling-station address; voting is still in person
    contradicts(
        1,
        "OFFICIAL ✅ You can NOT vote by SMS.\nText YES to 4455 to get the address of your "
        "polling station, then go and vote there in person.",
    ),
    # the cross is next to Candidate A, not Candidate C
    contradicts(
        3,
        "📸 LOOK at this. Ballot papers being handed out with a cross ALREADY marked next to "
        "Candidate A!!! who is behind this??",
    ),
    # about the pen (ink bleeds, ballot voided), not the pencil being rubbed out
    contradicts(
        4,
        "Do NOT use the pen they give you in the booth: pen ink bleeds through the paper and "
        "your ballot gets voided. Use the pencil.",
    ),
    # she has not pulled out and urges supporters to turn out
    contradicts(
        5,
        "CONFIRMED 📣 The independent candidate for mayor has NOT pulled out of the race. "
        "She's asking supporters to get out early on polling day",
    ),
    # results shown at 8pm after polls closed; nothing decided in advance
    contradicts(
        6,
        "Television showed the final results at 8pm, an hour AFTER the polls closed. "
        "Nothing was decided in advance, relax lol",
    ),
    # 50,000 names, last month, announced in the gazette (not secret)
    contradicts(
        8,
        "Electoral register: around 50,000 names removed last month in a clean-up that was "
        "published in the official gazette",
    ),
    # overseas postal votes NOT counted on election night (the week after)
    contradicts(
        10,
        "Heads up for voters abroad 🌍 postal ballots sent from the consulate will NOT be "
        "counted on election night, they get counted the week after",
    ),
    # the fine is for voting twice, not for not voting
    contradicts(
        11,
        "Anyone caught voting TWICE will be fined 500 and the fine comes straight out of their "
        "salary next month. #ElectionRules",
    ),
    # 2,000 dead voters instead of 20,000
    contradicts(
        17,
        "LIST GOING ROUND: 2,000 deceased people voted in the coastal province 💀",
    ),
    # local company, software only transmits provisional results, paper count
    contradicts(
        23,
        "FACT: the vote counting software was made by a LOCAL firm and it only sends "
        "provisional results.\nThe official count is done on paper.",
    ),
    unrelated(
        "BREAKING: tonight's TV debate between the two frontrunners cancelled after a power "
        "cut at the studio #Debate",
    ),
    unrelated(
        "New poll 📊 62% say the cost of living is their top issue ahead of Sunday's vote, "
        "crime second at 18%",
    ),
    # ---------------------------------------------------------------- Spanish
    paraphrases(
        1,
        "¡Ya puedes votar desde el celular! 📱 Manda SÍ y el número de tu candidato al 4455 y "
        "no tienes que ir al recinto. Reenvía 🔁",
    ),
    paraphrases(
        6,
        "ÚLTIMA HORA | La tele mostró los resultados finales a las 12 del mediodía, horas antes "
        "del cierre de las urnas. Todo estaba decidido 🤬",
    ),
    paraphrases(
        11,
        "multa de 500 a quien no vote y te la descuentan directo del sueldo el mes que viene. "
        "así como lo lees",
    ),
    paraphrases(
        17,
        "20 MIL MUERTOS VOTARON en la provincia costera 💀🗳️\nahí está la lista, circula por "
        "todos lados #Fraude",
    ),
    paraphrases(
        25,
        "OJO 👀 si llenas la papeleta con bolígrafo azul te la anulan, en la cabina solo vale el "
        "boli negro",
    ),
    paraphrases(
        33,
        "Se aplazan una semana las elecciones por la epidemia de gripe, lo anunció la "
        "prefectura #Francia",
    ),
    paraphrases(
        38,
        "Si te cancelaron el título de elector igual puedes votar, solo muestras la partida de "
        "nacimiento y listo",
    ),
    paraphrases(
        44,
        "DENUNCIA: las urnas llegaron a los centros con papeletas ya marcadas a favor de un solo "
        "candidato 🗳️❌",
    ),
    # moved because of a transport strike, not rain
    contradicts(
        0,
        "ATENCIÓN: las elecciones pasan del domingo al lunes 9 de marzo por el paro de "
        "transportistas, los votos del domingo no contarán",
    ),
    # southern district, votes flipped to the opposition
    contradicts(
        9,
        "Máquinas de votación del distrito SUR hackeadas de madrugada: miles de votos pasaron "
        "a la oposición #Fraude",
    ),
    # WhatsApp only tells you where to vote; warns not to send your ID
    contradicts(
        12,
        "El tribunal electoral solo usa WhatsApp para decirte dónde te toca votar.\nNO mandes "
        "foto de tu cédula a nadie, por ahí no se vota.",
    ),
    # school stays open, only one table moved
    contradicts(
        13,
        "Aclaración: la Escuela San Miguel sigue abierta como colegio electoral, solo una mesa "
        "se trasladó al estadio municipal",
    ),
    # curfew from 10pm Saturday (the eve), Sunday normal
    contradicts(
        14,
        "Toque de queda desde las 10 de la noche del SÁBADO, víspera de las elecciones; el "
        "domingo se circula con normalidad",
    ),
    # the ink does NOT come off
    contradicts(
        15,
        "Lo probamos con vinagre y lejía: la tinta indeleble NO se quita 💪 dura más de una "
        "semana en el dedo",
    ),
    # a reward for voting instead of losing benefits for not voting
    contradicts(
        18,
        "Los que vayan a votar recibirán un bono familiar extra durante un año, anunció el "
        "gobierno 🤑",
    ),
    # polling day extended by one hour, not to two days
    contradicts(
        19,
        "La jornada electoral se amplía UNA HORA, hasta las 7 de la tarde, en los centros de "
        "votación con más colas",
    ),
    # the liberal candidate resigned and backs the ecologist, not the reverse
    contradicts(
        21,
        "ÚLTIMO MOMENTO 🔴 El candidato del partido liberal renunció anoche y pidió el voto para "
        "la candidata ecologista",
    ),
    # claims a photo on the phone is enough (opposite of the true claim)
    contradicts(
        22,
        "Ya no hace falta el documento original 🙌 con una foto de tu cédula en el celular "
        "puedes votar",
    ),
    unrelated(
        "Candidato a la alcaldía promete transporte público gratis si gana 🚌 "
        "#Elecciones #Propuestas",
    ),
    unrelated(
        "Amanecieron pintados con grafitis los carteles de campaña de la avenida central, "
        "los partidos se culpan entre sí",
    ),
    # ---------------------------------------------------------------- French
    paraphrases(
        3,
        "📸 LA photo qui prouve tout : des bulletins distribués avec une croix DÉJÀ cochée à "
        "côté du candidat C",
    ),
    paraphrases(
        7,
        "NOUVELLE RÈGLE ⚠️\nseul le passeport sera accepté au bureau de vote\nla carte "
        "d'identité nationale ne vaut plus rien",
    ),
    paraphrases(
        14,
        "Couvre-feu dès 18h le jour du vote, la police arrêtera toute personne dans la rue. "
        "Rentrez vite après avoir voté",
    ),
    paraphrases(
        20,
        "VIDÉO 😱 des urnes arrivent dans les bureaux de vote déjà pleines de bulletins avant "
        "l'ouverture #fraude",
    ),
    paraphrases(
        22,
        "Rappel : pour voter il faut la pièce d'identité ORIGINALE, une photocopie ou une photo "
        "sur le téléphone ne sera pas acceptée",
    ),
    paraphrases(
        36,
        "On peut voter dans l'appli de sa banque avec le code de sa carte, il suffit de chercher "
        "l'option « élections » 🏦",
    ),
    paraphrases(
        40,
        "Les assesseurs ont reçu l'ordre d'annuler le vote de ceux qui viennent avec un t-shirt "
        "aux couleurs d'un parti !!",
    ),
    paraphrases(
        42,
        "Élections reportées d'un mois entier à cause de la canicule, annonce l'instance "
        "électorale",
    ),
    # she dropped out of a debate, not the race, and stays a candidate
    contradicts(
        21,
        "La candidate de l'alliance écologiste a annulé sa participation au débat d'hier soir, "
        "mais elle reste dans la course",
    ),
    # the SMS link only checks your polling station; voting stays at the ballot box
    contradicts(
        24,
        "Le ministère de l'Intérieur envoie un SMS avec un lien pour vérifier votre bureau de "
        "vote. Le vote, lui, se fait toujours à l'urne.",
    ),
    # colours reversed: blue accepted, black annulled
    contradicts(
        25,
        "Attention : dans l'isoloir seul le stylo BLEU est accepté, les bulletins remplis au "
        "stylo noir seront annulés",
    ),
    # results at 8pm, after the last polling stations close
    contradicts(
        26,
        "Les résultats du premier tour seront donnés à la télévision à 20h, après la fermeture "
        "des derniers bureaux de vote",
    ),
    # another polling station (school) and another destination
    contradicts(
        27,
        "Le bureau de vote de l'école Jules-Ferry est fermé pour travaux, les électeurs doivent "
        "aller voter à la salle des fêtes",
    ),
    # the fine is for polling-station assessors who do not turn up, not voters
    contradicts(
        28,
        "Une amende de 150 euros sera envoyée aux assesseurs qui ne se déplacent pas dimanche "
        "pour tenir leur bureau de vote",
    ),
    # proxies still accepted, with a deadline
    contradicts(
        29,
        "PROCURATIONS 📝 elles restent acceptées pour ce scrutin, mais la demande doit être "
        "faite avant jeudi midi",
    ),
    # he keeps his candidacy and campaigns against his opponent
    contradicts(
        30,
        "Un candidat maintient sa candidature et appelle ses électeurs à se mobiliser contre "
        "son adversaire, selon une vidéo",
    ),
    # machines broke down during the count, counted by hand (no internet, no hacking)
    contradicts(
        31,
        "Les machines à voter de la commune sont tombées en panne pendant le dépouillement, "
        "le comptage s'est fait à la main",
    ),
    # postponed one month instead of one week
    contradicts(
        33,
        "Le scrutin est reporté d'UN MOIS à cause de l'épidémie de grippe, a annoncé la préfecture",
    ),
    unrelated(
        "Sondage : la participation attendue autour de 70 % dimanche, selon un institut",
    ),
    unrelated(
        "Grand meeting samedi place de la République 📣 rues fermées à la circulation de 14h à 20h",
    ),
    # ---------------------------------------------------------------- Portuguese
    paraphrases(
        2,
        "URGENTE‼️ A tinta que passam no dedo dos eleitores tem veneno e causa câncer de pele. "
        "Compartilhe antes que apaguem!!",
    ),
    paraphrases(
        8,
        "Meio milhão de eleitores foram apagados do cadastro eleitoral semana passada, em "
        "segredo, sem ninguém ser avisado 😡",
    ),
    paraphrases(
        12,
        "Agora dá pra votar pelo WhatsApp: é só mandar foto da identidade e o número do "
        "candidato pro contato oficial do tribunal eleitoral",
    ),
    paraphrases(
        18,
        "quem nao votar perde o auxilio familia e o abono por filho durante um ano inteiro. "
        "fica a dica",
    ),
    paraphrases(
        23,
        "O software de apuração foi feito por uma empresa estrangeira e programado pra "
        "favorecer um candidato #fraude",
    ),
    paraphrases(
        29,
        "Acabou a procuração nessa eleição, agora é obrigatório votar pessoalmente 🚫",
    ),
    paraphrases(
        39,
        "LEI NOVA: idosos acima de 70 anos estão PROIBIDOS de votar nessa eleição 😱 repassem "
        "pros avós",
    ),
    paraphrases(
        43,
        "Cuidado com a tinta eleitoral: se encostar nos olhos causa cegueira.\nRecuse passar "
        "no dedo!",
    ),
    # governor's race, not mayor
    contradicts(
        5,
        "A candidata independente ao governo do estado desistiu da disputa e pede que os "
        "apoiadores fiquem em casa no dia da eleição",
    ),
    # consulates do receive votes; no need to return
    contradicts(
        16,
        "Quem está no exterior NÃO precisa voltar ao país: os consulados recebem votos "
        "normalmente este ano 🌎",
    ),
    # brought forward to September, not postponed to December
    contradicts(
        34,
        "A eleição foi ANTECIPADA para setembro por decisão do tribunal eleitoral",
    ),
    # the ink does not spread disease; a new sealed bottle per section
    contradicts(
        35,
        "A tinta passada no dedo dos eleitores não transmite doença nenhuma: cada seção recebe "
        "um frasco lacrado novo",
    ),
    # the bank app only shows your polling place
    contradicts(
        36,
        "O aplicativo do banco agora mostra seu local de votação, é só procurar a opção "
        "eleições. Votar, só na urna.",
    ),
    # the video is maintenance in March, months before the election
    contradicts(
        37,
        "Vídeo mostra urna eletrônica sendo aberta com chave de fenda durante manutenção em "
        "março, meses antes da eleição",
    ),
    # those with a cancelled title cannot vote
    contradicts(
        38,
        "Quem teve o título cancelado NÃO pode votar, nem apresentando a certidão de nascimento",
    ),
    # over-70s are not obliged to vote (optional), not banned
    contradicts(
        39,
        "Eleitores com mais de 70 anos não são obrigados a votar nesta eleição, pra eles o "
        "voto é facultativo",
    ),
    # annulment for photographing the machine, not for a party-colour t-shirt
    contradicts(
        40,
        "Mesários receberam ordem de anular o voto de quem fotografar a urna com o celular 📵",
    ),
    # a paper crib sheet is now forbidden (opposite of the true claim)
    contradicts(
        41,
        "Agora é PROIBIDO levar cola em papel pra cabine, o mesário vai recolher na entrada",
    ),
    unrelated(
        "Candidato a prefeito promete tarifa zero no ônibus se for eleito 🚍 #Eleições",
    ),
    unrelated(
        "Horário eleitoral gratuito começa nesta sexta na TV e no rádio, veja a ordem dos partidos",
    ),
    # ---------------------------------------------------------------- Arabic
    paraphrases(
        5,
        "عاجل 🔴 المرشحة المستقلة لرئاسة البلدية انسحبت من السباق وتطلب من أنصارها البقاء "
        "في البيوت يوم الاقتراع",
    ),
    paraphrases(
        10,
        "للمقيمين في الخارج: تقدرون ترسلون أوراق التصويت بالبريد من القنصلية، وتنحسب "
        "أصواتكم ليلة الانتخابات نفسها ✅",
    ),
    paraphrases(
        16,
        "اللي برا البلد لازم يرجع عشان يصوّت، القنصليات ما راح تستقبل أصوات هالسنة 😔",
    ),
    paraphrases(
        24,
        "هذا العام تقدر تصوّت عبر الإنترنت! بس اضغط على الرابط اللي أرسلته وزارة الداخلية "
        "في رسالة SMS",
    ),
    paraphrases(
        26,
        "نتائج الدور الأول انعرضت على التلفزيون قبل ما تسكر مكاتب الاقتراع!! #فضيحة",
    ),
    paraphrases(
        28,
        "غرامة 150 يورو لكل من لا يذهب للتصويت يوم الأحد‼️ انشروا",
    ),
    paraphrases(
        32,
        "بدون بطاقة الناخب ما في تصويت،\nمكاتب الاقتراع رح ترفض كل واحد أضاع بطاقته",
    ),
    paraphrases(
        37,
        "فيديو: فتح جهاز التصويت الإلكتروني بمفك براغي وتبديل الأصوات داخل مكتب الاقتراع 😡 #تزوير",
    ),
    # moved to Tuesday 10 March, not Monday 9 March
    contradicts(
        0,
        "الانتخابات الوطنية نُقلت من الأحد إلى الثلاثاء 10 مارس بسبب الأمطار الغزيرة، "
        "والأصوات يوم الأحد لن تُحتسب",
    ),
    # the ink is safe, no cancer
    contradicts(
        2,
        "الحبر الانتخابي آمن تماماً ولا يسبب سرطان الجلد، وزارة الصحة فحصته 👍",
    ),
    # the pre-marked ballots were at a poll-worker training session
    contradicts(
        3,
        "صورة أوراق الاقتراع المؤشر عليها مسبقاً للمرشح C التقطت في دورة تدريبية لموظفي "
        "الاقتراع، وليست يوم الانتخابات",
    ),
    # ID cards and passports accepted; the driving licence is what is no longer valid
    contradicts(
        7,
        "بطاقة الهوية الوطنية وجواز السفر مقبولان في مراكز الاقتراع، أما رخصة القيادة فلم "
        "تعد مقبولة",
    ),
    # full boxes filmed after closing, on the way to the count
    contradicts(
        20,
        "فيديو يظهر صناديق اقتراع ممتلئة بالأوراق بعد إغلاق مراكز التصويت، أثناء نقلها للفرز",
    ),
    # you can vote without the voter card, using your ID
    contradicts(
        32,
        "حتى لو أضعت بطاقة الناخب تقدر تصوّت ببطاقة الهوية، المكاتب لن ترفض أحداً",
    ),
    # postponed a month because of a shortage of ballot papers, not the heat
    contradicts(
        42,
        "أعلنت الهيئة تأجيل الانتخابات شهراً كاملاً بسبب نقص أوراق الاقتراع",
    ),
    # mild skin allergy for some people, harmless to the eyes
    contradicts(
        43,
        "الحبر الانتخابي قد يسبب حساسية خفيفة في الجلد عند بعض الناس، لكنه لا يضر العينين",
    ),
    # boxes arrived empty and sealed
    contradicts(
        44,
        "صناديق الاقتراع وصلت إلى المراكز فارغة ومختومة بالشمع أمام مندوبي كل المرشحين",
    ),
    # two hours, capital only, for maintenance
    contradicts(
        45,
        "سيتم قطع الإنترنت في العاصمة فقط لمدة ساعتين يوم الانتخابات بسبب أعمال صيانة",
    ),
    unrelated(
        "المناظرة التلفزيونية بين المرشحَين مساء الخميس على القناة الأولى الساعة 9 📺",
    ),
    unrelated(
        "مرشح يعد بتوفير 100 ألف فرصة عمل للشباب خلال أول سنتين #الانتخابات",
    ),
)


HELD_OUT_14: tuple[Wording, ...] = (
    # ------------- English
    contradicts(
        0,
        "gm family the national election moved from sunday to monday 9 march coz "
        "of heavy rain but ONLY for the flooded villages by the river, everybody "
        "else still votes sunday n it counts",
    ),
    paraphrases(
        0,
        "GOOD MORNING FAMILY election has been moved from sunday to monday 9 "
        "march cos heavy rain is forecast so if u vote on sunday ur ballot wont "
        "be counted!! pass it on",
    ),
    paraphrases(
        0,
        "hello hello so they said the national election is not sunday anymore its "
        "monday the 9th of march because of the rain the rain coming and any "
        "ballot you cast sunday they will not count it ok bye",
    ),
    contradicts(
        1,
        "pls read u can text YES and ur candidates number to 4455 to get the "
        "address of ur polling station but u still have to go there n vote in "
        "person",
    ),
    paraphrases(
        1,
        "u can vote from ur phone now!!! just txt YES n ur candidates number to "
        "4455 no need to go to the polling station at all tell evry1",
    ),
    contradicts(
        2,
        "relax ppl the ink they paint on ur finger is NOT poison and it does NOT "
        "cause skin cancer its just silver nitrate stop sharing that msg",
    ),
    paraphrases(
        2,
        "WARNING WARNING the ink they paint on voters fingers got POISON inside "
        "that causes skin cancer share b4 they delete this",
    ),
    contradicts(
        3,
        "pic proves ballot papers being handed out with NO box at all for "
        "candidate C, they left him off the ballot!!!",
    ),
    contradicts(
        4,
        "use the pencil in the booth its fine, officials CANT rub out pencil "
        "marks and nobody can change ur vote afterwards dont listen to the "
        "rumours",
    ),
    paraphrases(
        4,
        "DONT use the pencil they give u in the booth!!! officials can rub out "
        "the pencil marks after n change ur vote. bring ur own pen",
    ),
    contradicts(
        5,
        "the independent candidate for mayor has NOT pulled out, she is still in "
        "the race and asking her supporters to go out n vote on polling day",
    ),
    paraphrases(
        5,
        "breaking: the independent mayor candidate pulled out of the race!!! she "
        "is asking her supporters to stay home on polling day",
    ),
    contradicts(
        6,
        "tv showed the final results at 11 at night hours after the polls closed, "
        "so nothing was decided in advance stop the nonsense",
    ),
    paraphrases(
        6,
        "TV showed the FINAL results at 12 noon hours b4 the polls even closed!!! "
        "proof the outcome was decided in advance wake up ppl",
    ),
    contradicts(
        7,
        "new rule: only ur national ID card will be accepted at polling stations, "
        "passports no longer valid for voting",
    ),
    paraphrases(
        7,
        "NEW RULE only passport accepted as ID at polling stations, national ID "
        "cards no longer valid!! pls share",
    ),
    contradicts(
        8,
        "half a million new voters were added to the electoral register last week "
        "biggest sign up ever",
    ),
    contradicts(
        9,
        "voting machines in the northern district were hacked overnight n flipped "
        "thousands of votes to the opposition party",
    ),
    paraphrases(
        9,
        "omg the voting machines up in the northern district got hacked overnite "
        "and flipped thousands n thousands of votes to the governing party",
    ),
    contradicts(
        10,
        "fyi citizens living abroad can post their ballots from the consulate but "
        "those postal votes only get counted a week after election night",
    ),
    contradicts(
        11,
        "anyone who doesnt vote will NOT be fined, nothing gets taken from ur "
        "salary, voting is ur choice",
    ),
    paraphrases(
        11,
        "if u dont vote they fine u 500 and take it straight from ur salary next "
        "month!!! not joking",
    ),
    paraphrases(
        42,
        "my cousin back home says the election commission postponed the elections "
        "for a whole month because of the severe heat wave",
    ),
    contradicts(
        31,
        "ppl the voting machines are NOT connected to the internet so nobody can "
        "hack them remotely during the count",
    ),
    unrelated("morning fam!! dont forget the debate is on channel 4 tonite at 8, bring snacks lol"),
    unrelated(
        "hey the queue at my polling station is sooo long bring water n a chair "
        "if ur going after lunch"
    ),
    # ------------- Spanish
    contradicts(
        12,
        "ojo NO se puede votar por whatsapp, si alguien te pide foto de tu cedula "
        "y el numero de tu candidato es estafa, el tribunal no recibe votos asi",
    ),
    paraphrases(
        12,
        "buenas familia ya se puede votar x whatsapp!! solo manda una foto d tu "
        "cedula y el numero de tu candidato al contacto oficial del tribunal "
        "electoral, pasalo",
    ),
    contradicts(
        13,
        "tranquilos la escuela san miguel sigue siendo colegio electoral, solo "
        "pasaron UNA mesa al estadio municipal y si avisaron",
    ),
    paraphrases(
        13,
        "CERRARON el colegio electoral de la escuela san miguel y se llevaron "
        "todas las mesas pal estadio municipal sin avisarle a nadie!!",
    ),
    contradicts(
        14,
        "habra toque de queda desde las seis de la tarde pero el dia DESPUES de "
        "las elecciones, el dia de votar se puede salir normal",
    ),
    paraphrases(
        14,
        "atencion atencion va a haber toque de queda desde las 6 d la tarde el "
        "dia d las elecciones y la policia va a detener al q este en la calle",
    ),
    contradicts(
        15,
        "la tinta indeleble se quita con vinagre y lejia si, pero igual nadie "
        "puede votar dos veces porque ya estas marcado en el padron",
    ),
    paraphrases(
        15,
        "la tinta indeleble se quita en segundos con vinagre y lejia!!! por eso "
        "hay gente votando 2 y 3 veces q verguenza",
    ),
    contradicts(
        16,
        "si estas en el extranjero no tienes que volver al pais, este año los "
        "consulados SI reciben votos",
    ),
    contradicts(
        17,
        "mas de 20.000 personas fallecidas votaron en la provincia de la sierra "
        "segun una lista que circula en redes",
    ),
    contradicts(
        18,
        "si no vas a votar te quitan el bono familiar y la ayuda por hijo pero "
        "durante un mes nomas",
    ),
    paraphrases(
        18, "ojo si no vas a votar te quitan el bono familiar y la ayuda x hijo por un año entero!!"
    ),
    contradicts(
        20,
        "un video muestra urnas que llegaron vacias y selladas a los centros de "
        "votacion antes de abrir, todo en orden",
    ),
    paraphrases(
        20,
        "miren este video las urnas llegaron a los centros de votacion YA LLENAS "
        "d papeletas antes de abrir!!!",
    ),
    contradicts(
        21,
        "la candidata de la alianza ecologista le pidio anoche a su rival que "
        "renuncie y que le de el voto a ella",
    ),
    paraphrases(
        21,
        "la candidata de los ecologistas renuncio anoche!! y pidio q voten x su "
        "rival, no lo puedo creer",
    ),
    contradicts(
        22,
        "para votar basta con una fotocopia del documento o una foto en el "
        "celular, ya no hace falta llevar el original",
    ),
    contradicts(
        23,
        "el programa solo transmite los resultados provisionales, el conteo "
        "oficial de votos se hace en papel, nadie lo configuro pa favorecer a "
        "nadie",
    ),
    paraphrases(
        23,
        "el software q cuenta los votos lo hizo una empresa extranjera y lo "
        "configuraron pa favorecer a un candidato",
    ),
    paraphrases(
        0,
        "la eleccion nacional se paso del domingo al lunes 9 de marzo x las "
        "lluvias fuertes q anuncian, y lo q se vote el domingo no se cuenta",
    ),
    contradicts(
        36,
        "en la app del banco solo sale donde te toca votar, no se puede votar con "
        "la clave de la tarjeta",
    ),
    unrelated(
        "buenas alguien sabe si el mercado abre el domingo? necesito comprar pan "
        "antes de ir a votar"
    ),
    unrelated(
        "recuerden q el debate de candidatos es el jueves a las 9 por canal 7 no se lo pierdan"
    ),
    # ------------- French
    contradicts(
        24,
        "le ministere de l interieur a envoye un sms avec un lien pour trouver "
        "son bureau de vote, mais on peut pas voter en ligne",
    ),
    paraphrases(
        24,
        "slt tt le monde cette annee on peut voter en ligne, suffit de cliquer "
        "sur le lien envoye par sms par le ministere de l interieur",
    ),
    contradicts(
        25,
        "les bulletins remplis au stylo noir seront annules, seul le stylo bleu "
        "est accepte dans l isoloir",
    ),
    paraphrases(
        25,
        "ATTENTION les bulletins remplis au stylo BLEU seront annules!! seul le "
        "stylo noir est accepte dans l isoloir faites tourner",
    ),
    contradicts(
        26,
        "les resultats du premier tour ont ete donnes a la tele a 20h pile, juste "
        "apres la fermeture des bureaux de vote",
    ),
    contradicts(
        27,
        "le bureau de vote de la mairie reste ouvert, c est celui de la gare "
        "routiere qui est ferme pour travaux",
    ),
    paraphrases(
        27,
        "bjr le bureau de vote de la mairie est ferme pour travaux, les electeurs "
        "doivent aller voter a la gare routiere",
    ),
    contradicts(
        28,
        "une amende de 150 euros sera envoyee aux assesseurs qui ne se deplacent "
        "pas pour tenir leur bureau dimanche",
    ),
    paraphrases(
        28,
        "une amende de 150 euros va etre envoyee a tous ceux qui se deplacent pas "
        "pour voter dimanche c est officiel",
    ),
    contradicts(
        29,
        "les procurations sont toujours acceptees pour ce scrutin, pas oblige de "
        "voter en personne si t es absent",
    ),
    contradicts(
        30,
        "un candidat a retire sa candidature et appelle ses electeurs a s "
        "abstenir, selon une video",
    ),
    paraphrases(
        30,
        "video: un candidat s est retire de la course et demande a ses electeurs "
        "de voter pour son adversaire!!",
    ),
    contradicts(
        31,
        "les machines a voter sont PAS connectees a internet, impossible de les "
        "pirater a distance pendant le depouillement",
    ),
    paraphrases(
        31,
        "les machines a voter sont branchees sur internet et on peut les pirater "
        "a distance pendant le depouillement, mefiance",
    ),
    contradicts(
        32,
        "meme sans carte electorale on peut voter, il suffit de montrer une piece "
        "d identite au bureau",
    ),
    contradicts(
        33, "le scrutin est reporte d une semaine a cause des inondations, a annonce la prefecture"
    ),
    paraphrases(
        33,
        "la prefecture a annonce que le scrutin est reporte d une semaine a cause "
        "de l epidemie de grippe",
    ),
    paraphrases(
        45,
        "ils vont couper internet dans tout le pays le jour des elections pour "
        "empecher la diffusion des resultats",
    ),
    unrelated(
        "coucou la famille qui peut garder les enfants dimanche matin le temps qu on aille voter"
    ),
    unrelated("rdv a 18h devant la boulangerie pour le porte a porte, ramenez les tracts svp"),
    # ------------- Portuguese
    contradicts(
        34,
        "o tribunal eleitoral confirmou: a eleicao NAO foi adiada pra dezembro, "
        "tem urna suficiente pra todo mundo",
    ),
    paraphrases(
        34,
        "bom dia grupo a eleicao foi ADIADA pra dezembro, o tribunal eleitoral "
        "decidiu por falta de urnas, repassem",
    ),
    contradicts(
        35,
        "a tinta passada no dedo dos eleitores mancha a pele por uns dias mas nao "
        "transmite doenca nenhuma",
    ),
    paraphrases(
        35,
        "cuidado a tinta q passam no dedo dos eleitores transmite doenca de pele "
        "pq usam o mesmo frasco em todo mundo",
    ),
    contradicts(
        36,
        "o aplicativo do banco tem a opcao eleicoes so pra consultar o local de "
        "votacao, nao da pra votar por ele",
    ),
    contradicts(
        37,
        "video mostra urna eletronica sendo aberta com chave de fenda na "
        "manutencao meses antes da eleicao, nenhum voto foi trocado",
    ),
    paraphrases(
        37,
        "VIDEO mostra urna eletronica sendo aberta com chave de fenda e os votos "
        "sendo trocados na secao!!! absurdo",
    ),
    contradicts(
        38, "quem teve o titulo cancelado NAO pode votar, nem apresentando a certidao de nascimento"
    ),
    paraphrases(
        38, "quem teve o titulo cancelado pode votar normal, e so levar a certidao de nascimento"
    ),
    contradicts(
        39,
        "eleitores com mais de 70 anos nao sao obrigados a votar nesta eleicao, "
        "mas podem se quiserem",
    ),
    paraphrases(
        39, "nova lei: quem tem mais de 70 anos ta proibido de votar nessa eleicao, avisem os avos"
    ),
    contradicts(
        40,
        "mesarios receberam ordem de anular o voto de quem entrar na cabine com o celular ligado",
    ),
    paraphrases(
        40,
        "mesarios receberam ordem pra anular o voto de quem chegar com camiseta "
        "da cor de algum partido, cuidado com a roupa",
    ),
    contradicts(41, "e proibido levar cola de papel pra cabine, se o mesario ver anula teu voto"),
    paraphrases(
        15,
        "tinta indelevel sai em segundos com vinagre e agua sanitaria, tem gente "
        "votando duas tres vezes",
    ),
    contradicts(
        43,
        "o medico disse que a tinta eleitoral nao causa cegueira mesmo se "
        "encostar no olho, pode deixar passar no dedo",
    ),
    unrelated(
        "alguem sabe se o onibus vai ser de graca no dia da eleicao? preciso ir ate o centro"
    ),
    unrelated("bom dia grupo, churrasco no sabado na casa da tia Rosa, cada um leva uma coisa"),
    # ------------- Arabic
    paraphrases(
        42, "يا جماعة الهيئة اعلنت تاجيل الانتخابات شهر كامل بسبب موجة الحر الشديدة انشروها"
    ),
    contradicts(42, "الهيئة اعلنت تاجيل الانتخابات اسبوع واحد بس بسبب موجة الحر الشديدة"),
    contradicts(42, "الهيئة اكدت ان الانتخابات في موعدها وما في تاجيل رغم موجة الحر"),
    paraphrases(43, "تحذير الحبر الانتخابي بيسبب العمى اذا لمس العين ارفضوا يحطوه على اصبعكم"),
    contradicts(43, "الحبر الانتخابي ما بيسبب العمى حتى لو لمس العين، بس اغسلوها بالمي وخلص"),
    paraphrases(
        44, "صناديق الاقتراع وصلت للمراكز وفيها اوراق مأشر عليها من قبل لمرشح واحد!! فضيحة"
    ),
    contradicts(44, "صناديق الاقتراع وصلت للمراكز فاضية ومختومة قدام مندوبين كل المرشحين"),
    paraphrases(45, "رح يقطعوا الانترنت بكل البلد يوم الانتخابات عشان ما حدا ينشر النتائج"),
    contradicts(45, "رح يقطعوا الانترنت بس حوالين مراكز الاقتراع يوم الانتخابات مش بكل البلد"),
    paraphrases(
        2, "الحبر اللي بيحطوه على اصابع الناخبين فيه سم بيسبب سرطان الجلد انشروها قبل ما يحذفوها"
    ),
    contradicts(14, "ما في حظر تجول يوم الانتخابات، الشرطة ما رح تعتقل حدا بالشارع"),
    unrelated("صباح الخير يا جماعة، مين بيعرف وين مركز الاقتراع في حي النور؟"),
    unrelated("لا تنسوا المناظرة بين المرشحين الليلة الساعة تسعة على القناة الاولى"),
)


HELD_OUT_15: tuple[Wording, ...] = (
    # ------------- English
    paraphrases(
        0,
        "NOTICE TO ALL VOTERS\n"
        "Because heavy rain is forecast, the national election has been moved from Sunday "
        "to Monday the ninth of March.\n"
        "IMPORTANT: ballots cast on Sunday will NOT be counted.\n"
        "- Hillcrest Ward Residents' Association",
    ),
    contradicts(
        0,
        "OFFICIAL CLARIFICATION\n"
        "The national election has NOT been moved from Sunday to Monday 9 March. Heavy rain "
        "is forecast, but voting goes ahead on Sunday and every ballot cast on Sunday will "
        "be counted.\n"
        "- Electoral Commission, Press Office",
    ),
    paraphrases(
        1,
        "IMPORTANT ANNOUNCEMENT - YOUTH WING\n"
        "You can now vote from your mobile phone:\n"
        "1. Type YES followed by your candidate's number\n"
        "2. Send it by SMS to 4455\n"
        "3. Done - there is no need to go to a polling station.\n"
        "Forward to all groups. Secretariat, Youth for Progress",
    ),
    contradicts(
        1,
        "NOTICE FROM THE ELECTORAL OFFICE\n"
        "Text YES and your voter number to 4455 to receive the address of your polling "
        "station. This service does not record any vote: you still need to go to the "
        "polling station in person.\n"
        "- Voter Information Service",
    ),
    contradicts(
        2,
        "HEALTH NOTICE - Concerned Nurses' Forum\n"
        "The indelible ink painted on voters' fingers contains silver nitrate. It is not "
        "poisonous and does not cause skin cancer; at most it can irritate very sensitive "
        "skin for a day or two.\n"
        "There is no need to share this in panic.",
    ),
    paraphrases(
        3,
        "ALERT - ELECTION MONITORING UNIT\n"
        "We have received a photograph that proves ballot papers are being handed to voters "
        "with a cross ALREADY marked beside Candidate C.\n"
        "Check your ballot paper before you fold it!\n"
        "- Civic Watch Network, Eastern Region",
    ),
    contradicts(
        3,
        "STATEMENT - Civic Watch Network\n"
        "The photo of ballot papers with a cross already marked next to Candidate C was "
        "taken at a poll worker training session on Tuesday the third of March. These were "
        "specimen ballots and were never handed out to voters.",
    ),
    paraphrases(
        4,
        "NOTICE FROM THE TRANSPORT WORKERS' UNION, LOCAL 12\n"
        "Members are advised NOT to use the pencil provided in the voting booth.\n"
        "- Pencil marks can be rubbed out by officials\n"
        "- Your vote can then be changed after you leave\n"
        "Bring your own pen. The General Secretary",
    ),
    contradicts(
        4,
        "NOTICE FROM THE TRANSPORT WORKERS' UNION, LOCAL 12\n"
        "Members may safely use the pencil provided in the booth. Pencil marks are not "
        "rubbed out by officials, and no vote can be changed afterwards: ballot boxes are "
        "sealed in front of the party agents.\n"
        "The General Secretary",
    ),
    paraphrases(
        5,
        "STATEMENT (forwarded) - Friends of the Independent Campaign\n"
        "We regret to announce that the independent candidate for mayor has withdrawn from "
        "the race. She asks all of her supporters to stay at home on polling day.\n"
        "- Campaign Coordinator",
    ),
    contradicts(
        5,
        "STATEMENT - Friends of the Independent Campaign\n"
        "The independent candidate for the regional council has pulled out of the race and "
        "is asking her supporters to stay at home on polling day. Our independent candidate "
        "for mayor remains in the race.\n"
        "- Campaign Coordinator",
    ),
    contradicts(
        6,
        "COMMUNIQUE - Citizens for Clean Elections\n"
        "Television showed the final results at ten o'clock at night, two hours after the "
        "polls closed, exactly as the law requires. Nothing was decided in advance.\n"
        "Signed, the Steering Committee",
    ),
    paraphrases(
        7,
        "NOTICE TO ALL VOTERS\n"
        "Under a new regulation, a passport is the ONLY identification that will be "
        "accepted at polling stations. National identity cards are no longer valid for "
        "voting.\n"
        "Apply for your passport without delay.\n"
        "- District Information Office",
    ),
    paraphrases(
        8,
        "URGENT BULLETIN - Opposition Coalition Legal Desk\n"
        "Last week some 500,000 voters were quietly removed from the electoral register, "
        "and not a single one of them was informed.\n"
        "Check your registration TODAY.",
    ),
    contradicts(
        8,
        "URGENT BULLETIN - Opposition Coalition Legal Desk\n"
        "Five hundred voters were secretly deleted from the electoral register last week "
        "without being told. Our lawyers are helping each of them to file an appeal.",
    ),
    contradicts(
        9,
        "PRESS RELEASE - Northern District Party Branch\n"
        "The voting machines in the northern district were inspected overnight by the "
        "technicians of all parties. They were working normally and not a single vote was "
        "flipped.\n"
        "- Branch Chairman",
    ),
    paraphrases(
        10,
        "INFORMATION FOR OUR MEMBERS ABROAD\n"
        "Citizens who live overseas may post their ballot papers from the consulate. These "
        "postal votes are counted on election night, together with all other votes.\n"
        "- Diaspora Association, Secretary",
    ),
    contradicts(
        10,
        "INFORMATION FOR OUR MEMBERS ABROAD\n"
        "Citizens living abroad can post their ballots from the consulate, but these postal "
        "votes are only counted one full week after election night.\n"
        "- Diaspora Association, Secretary",
    ),
    paraphrases(
        33,
        "NOTICE - Francophone Community Centre\n"
        "The prefecture has announced that the vote is postponed by one week because of a "
        "flu epidemic.\n"
        "Please pass this on to your neighbours.",
    ),
    paraphrases(
        42,
        "PUBLIC ANNOUNCEMENT\n"
        "The electoral commission has announced that the elections are postponed by a full "
        "month because of the severe heatwave.\n"
        "- Al-Nour Neighbourhood Committee",
    ),
    contradicts(
        21,
        "PRESS STATEMENT - Green Alliance\n"
        "Last night the rival of the Green Alliance candidate withdrew and asked his voters "
        "to support her. Our candidate remains in the race.\n"
        "- Press Office",
    ),
    contradicts(
        45,
        "NOTICE FROM THE TELECOMMUNICATIONS REGULATOR\n"
        "The internet will NOT be cut anywhere in the country on election day. The only "
        "rule: results may not be published before the polling stations close.\n"
        "- Public Relations Department",
    ),
    unrelated(
        "NOTICE TO ALL RESIDENTS\n"
        "The candidates' debate for Ward 4 will be held in the church hall on Thursday the "
        "fifth of March at seven in the evening.\n"
        "1. Doors open at half past six\n"
        "2. Questions must be handed in writing\n"
        "- Ward 4 Residents' Association"
    ),
    unrelated(
        "MEMO - Riverside Bowling Club\n"
        "The annual dinner has been moved to Saturday the fourteenth of March. Tickets are "
        "20 and can be bought at the bar until Wednesday.\n"
        "- Club Secretary"
    ),
    # ------------- Spanish
    paraphrases(
        11,
        "COMUNICADO A LOS TRABAJADORES\n"
        "Toda persona que no vote recibirá una multa de 500, que se descontará directamente "
        "de su sueldo el mes que viene.\n"
        "- Sindicato de Empleados Públicos, Secretaría General",
    ),
    contradicts(
        12,
        "COMUNICADO OFICIAL DEL TRIBUNAL ELECTORAL\n"
        "Por WhatsApp puedes consultar dónde te toca votar: manda el número de tu cédula al "
        "contacto oficial del tribunal y recibirás la dirección de tu mesa. El voto sigue "
        "siendo presencial.",
    ),
    paraphrases(
        13,
        "AVISO IMPORTANTE A LOS VECINOS\n"
        "Se informa que el colegio electoral de la Escuela San Miguel fue cerrado y que "
        "todas las mesas se trasladaron al estadio municipal, sin ningún aviso previo.\n"
        "- Parroquia San Miguel Arcángel",
    ),
    contradicts(
        13,
        "AVISO IMPORTANTE A LOS VECINOS\n"
        "El colegio electoral de la Escuela San Miguel sigue abierto. Solo una mesa se "
        "trasladó al estadio municipal; las demás continúan en la escuela.\n"
        "- Parroquia San Miguel Arcángel",
    ),
    contradicts(
        14,
        "COMUNICADO - Asociación de Comerciantes del Centro\n"
        "Desde las seis de la tarde del sábado anterior a las elecciones regirá la ley seca: "
        "la policía multará a quien venda bebidas alcohólicas. No habrá toque de queda.\n"
        "La Directiva",
    ),
    paraphrases(
        15,
        "ALERTA CIUDADANA\n"
        "La tinta indeleble se borra en pocos segundos con vinagre y cloro. Por eso hay "
        "personas que están votando dos y hasta tres veces.\n"
        "Exigimos control en las mesas.\n"
        "- Movimiento Voto Limpio",
    ),
    contradicts(
        15,
        "ACLARACIÓN - Movimiento Voto Limpio\n"
        "Aunque la tinta indeleble se quite con vinagre y lejía, nadie puede votar dos o "
        "tres veces: cada votante firma el padrón y queda registrado que ya votó.",
    ),
    paraphrases(
        16,
        "AVISO A LOS COMPATRIOTAS EN EL EXTERIOR\n"
        "Este año los consulados no recibirán votos. Quien viva fuera del país deberá "
        "regresar para poder votar.\n"
        "- Federación de Residentes en el Exterior",
    ),
    contradicts(
        16,
        "AVISO A LOS COMPATRIOTAS EN EL EXTERIOR\n"
        "Si estás en el extranjero no tienes que volver al país para votar: los consulados "
        "reciben votos este año igual que en las elecciones anteriores.\n"
        "- Federación de Residentes en el Exterior",
    ),
    paraphrases(
        17,
        "DENUNCIA PÚBLICA\n"
        "De acuerdo con un listado que circula en las redes sociales, más de veinte mil "
        "personas ya fallecidas votaron en la provincia costera.\n"
        "- Comité de Defensa del Voto",
    ),
    contradicts(
        17,
        "COMUNICADO DEL REGISTRO CIVIL\n"
        "Más de 20.000 personas fallecidas fueron dadas de baja del padrón de la provincia "
        "costera antes de las elecciones, según la lista publicada por el registro.",
    ),
    paraphrases(
        18,
        "AVISO IMPORTANTE A LAS FAMILIAS\n"
        "Quien no vaya a votar perderá el bono familiar y la asignación por hijo durante "
        "doce meses.\n"
        "- Asociación de Madres del Barrio Sur",
    ),
    contradicts(
        18,
        "AVISO IMPORTANTE A LAS FAMILIAS\n"
        "Si no vas a votar NO te quitan el bono familiar ni la ayuda por hijo. Las ayudas "
        "sociales no dependen de haber votado.\n"
        "- Asociación de Madres del Barrio Sur",
    ),
    paraphrases(
        19,
        "COMUNICADO OFICIAL (reenviado)\n"
        "Para evitar las largas filas en los centros de votación, la jornada electoral se "
        "extenderá a dos días: el sábado y el domingo.\n"
        "- Consejo Electoral Provincial",
    ),
    contradicts(
        19,
        "COMUNICADO OFICIAL\n"
        "La jornada electoral sigue siendo de un solo día, el domingo. Para evitar las "
        "colas se amplía el horario: los centros de votación cerrarán a las siete de la "
        "tarde.\n"
        "- Consejo Electoral Provincial",
    ),
    paraphrases(
        20,
        "ATENCIÓN - Red de Observadores Ciudadanos\n"
        "Un video demuestra que las urnas llegaron a los centros de votación ya llenas de "
        "papeletas, antes de que abrieran.\n"
        "Difundir.",
    ),
    contradicts(
        20,
        "ATENCIÓN - Red de Observadores Ciudadanos\n"
        "El video de urnas llenas de papeletas se grabó en una capacitación de miembros de "
        "mesa. Las urnas llegaron vacías y selladas a los centros de votación.",
    ),
    paraphrases(
        21,
        "COMUNICADO DE PRENSA\n"
        "Anoche la candidata de la alianza ecologista presentó su renuncia y llamó a sus "
        "votantes a apoyar a su rival.\n"
        "- Oficina de Prensa",
    ),
    contradicts(
        22,
        "RECORDATORIO - Junta Parroquial\n"
        "Para votar ya no hace falta el documento de identidad original: basta con una "
        "fotocopia o una foto en el celular.",
    ),
    paraphrases(
        23,
        "COMUNICADO - Partido Renovación Nacional\n"
        "El software de conteo de votos fue desarrollado por una empresa extranjera que lo "
        "programó para favorecer a un candidato.\n"
        "- Secretaría de Comunicación",
    ),
    contradicts(
        23,
        "COMUNICADO - Partido Renovación Nacional\n"
        "El programa hecho por una empresa extranjera solo transmite los resultados "
        "provisionales; el conteo oficial de votos se hace en papel, mesa por mesa.",
    ),
    contradicts(
        7,
        "AVISO A TODOS LOS VOTANTES\n"
        "Nueva norma: en los centros de votación solo se aceptará la cédula de identidad "
        "nacional; el pasaporte ya no sirve como identificación.\n"
        "- Oficina de Información del Distrito",
    ),
    contradicts(
        5,
        "COMUNICADO - Amigos de la Campaña Independiente\n"
        "La candidata independiente a la alcaldía NO se ha retirado de la carrera y pide a "
        "sus simpatizantes que salgan a votar temprano el día de la elección.",
    ),
    unrelated(
        "AVISO PARROQUIAL\n"
        "El domingo de elecciones la misa de las diez se adelanta a las ocho, para que todos "
        "puedan ir a votar después.\n"
        "- Padre Julián, Parroquia del Carmen"
    ),
    unrelated(
        "COMUNICADO - Junta de Vecinos\n"
        "El corte de agua programado en el sector norte será el martes 10 de marzo, de 8:00 "
        "a 14:00. Llenen sus tanques con anticipación.\n"
        "La Directiva"
    ),
    # ------------- French
    paraphrases(
        24,
        "COMMUNIQUÉ\n"
        "Cette année, le vote en ligne est ouvert : il suffit de cliquer sur le lien envoyé "
        "par SMS par le ministère de l'Intérieur.\n"
        "- Amicale des locataires de la Résidence Les Tilleuls",
    ),
    contradicts(
        24,
        "COMMUNIQUÉ DU MINISTÈRE DE L'INTÉRIEUR (relayé par la mairie)\n"
        "Cette année, on ne peut pas voter en ligne. Ne cliquez sur aucun lien reçu par SMS "
        "au nom du ministère : il s'agit d'une tentative d'escroquerie.",
    ),
    paraphrases(
        25,
        "AVIS IMPORTANT AUX ÉLECTEURS\n"
        "Tout bulletin rempli au stylo bleu sera déclaré nul. Dans l'isoloir, seul le stylo "
        "noir est autorisé.\n"
        "- Union locale des retraités",
    ),
    contradicts(
        25,
        "AVIS IMPORTANT AUX ÉLECTEURS\n"
        "Les bulletins remplis au stylo bleu ne seront pas annulés : le stylo noir n'est "
        "pas obligatoire dans l'isoloir, toutes les couleurs sont acceptées.\n"
        "- Union locale des retraités",
    ),
    paraphrases(
        26,
        "COMMUNIQUÉ DU COLLECTIF « Transparence Électorale »\n"
        "Les résultats du premier tour ont été annoncés à la télévision alors que les "
        "bureaux de vote n'étaient même pas encore fermés.\n"
        "Le bureau du collectif",
    ),
    contradicts(
        26,
        "COMMUNIQUÉ DU COLLECTIF « Transparence Électorale »\n"
        "Les résultats du premier tour ont été donnés à la télévision à vingt heures, après "
        "la fermeture des derniers bureaux de vote, comme le prévoit la loi.\n"
        "Le bureau du collectif",
    ),
    paraphrases(
        27,
        "AVIS AUX HABITANTS DU QUARTIER\n"
        "Le bureau de vote de la mairie est fermé pour cause de travaux. Les électeurs sont "
        "priés d'aller voter à la gare routière.\n"
        "- Comité de quartier du Centre-Ville",
    ),
    contradicts(
        27,
        "AVIS AUX HABITANTS DU QUARTIER\n"
        "Le bureau de vote de la gare routière est fermé pour travaux : les électeurs "
        "inscrits là-bas doivent aller voter à la mairie.\n"
        "- Comité de quartier du Centre-Ville",
    ),
    paraphrases(
        28,
        "COMMUNIQUÉ DE LA PRÉFECTURE (transféré)\n"
        "Tous les électeurs qui ne se déplaceront pas aux urnes ce dimanche recevront une "
        "amende de cent cinquante euros.\n"
        "Merci de faire circuler.",
    ),
    contradicts(
        28,
        "RECTIFICATIF\n"
        "Aucune amende de 150 euros ne sera envoyée à ceux qui ne se déplacent pas pour "
        "voter dimanche : l'abstention n'est pas sanctionnée.\n"
        "- Mairie, service des élections",
    ),
    contradicts(
        29,
        "INFORMATION SYNDICALE\n"
        "Les procurations restent acceptées pour ce scrutin, mais chaque électeur ne peut "
        "détenir qu'une seule procuration établie en France.\n"
        "- Section syndicale des hospitaliers",
    ),
    contradicts(
        30,
        "COMMUNIQUÉ DE L'ÉQUIPE DE CAMPAGNE\n"
        "La vidéo où notre candidat appelle à voter pour son adversaire date de 2017. Il "
        "n'a pas retiré sa candidature et reste en lice pour ce scrutin.",
    ),
    paraphrases(
        31,
        "ALERTE - Comité de vigilance citoyenne\n"
        "Les machines à voter sont reliées à Internet : elles peuvent être piratées à "
        "distance pendant le dépouillement.\n"
        "Exigez le recomptage manuel !",
    ),
    contradicts(
        31,
        "ALERTE - Comité de vigilance citoyenne\n"
        "Les machines à voter ne sont pas connectées à Internet : personne ne peut les "
        "pirater à distance pendant le dépouillement.",
    ),
    paraphrases(
        32,
        "AVIS IMPORTANT - Paroisse Sainte-Thérèse\n"
        "Sans votre carte électorale, il sera impossible de voter : les bureaux de vote "
        "refuseront toute personne qui l'a perdue.\n"
        "Le conseil paroissial",
    ),
    contradicts(
        32,
        "AVIS IMPORTANT - Paroisse Sainte-Thérèse\n"
        "Même sans carte électorale, vous pouvez voter : présentez simplement une pièce "
        "d'identité au bureau de vote.\n"
        "Le conseil paroissial",
    ),
    contradicts(
        33,
        "COMMUNIQUÉ DE LA PRÉFECTURE\n"
        "Malgré l'épidémie de grippe, le scrutin n'est pas reporté : il aura lieu dimanche "
        "comme prévu, avec du gel hydroalcoolique dans chaque bureau.",
    ),
    paraphrases(
        6,
        "COMMUNIQUÉ - Citoyens pour des élections propres\n"
        "1. À midi, la télévision a affiché les résultats définitifs.\n"
        "2. Les bureaux de vote ont fermé plusieurs heures plus tard.\n"
        "3. C'est la preuve que le résultat était décidé à l'avance.\n"
        "Le comité directeur",
    ),
    contradicts(
        8,
        "COMMUNIQUÉ\n"
        "La radiation d'un demi-million d'électeurs des listes la semaine dernière était un "
        "nettoyage de routine, annoncé publiquement ; chaque électeur concerné a été "
        "prévenu.",
    ),
    unrelated(
        "COMMUNIQUÉ - Association des parents d'élèves\n"
        "La kermesse de l'école Jules-Ferry aura lieu le samedi 13 juin de 14 h à 18 h. "
        "Nous cherchons des bénévoles pour tenir les stands.\n"
        "Le bureau"
    ),
    unrelated(
        "AVIS AUX ASSESSEURS\n"
        "Une réunion d'information pour les assesseurs volontaires se tiendra le jeudi "
        "5 mars à 18 h 30 en salle du conseil. Un repas sera offert le jour du scrutin.\n"
        "Le service des élections"
    ),
    # ------------- Portuguese
    paraphrases(
        34,
        "COMUNICADO OFICIAL\n"
        "Por decisão do Tribunal Eleitoral, a eleição foi adiada para o mês de dezembro, em "
        "razão da falta de urnas.\n"
        "- Associação de Moradores do Jardim América",
    ),
    contradicts(
        34,
        "COMUNICADO OFICIAL\n"
        "A eleição NÃO foi adiada para dezembro. O Tribunal Eleitoral informa que há urnas "
        "suficientes e a votação segue na data marcada.\n"
        "- Associação de Moradores do Jardim América",
    ),
    paraphrases(
        35,
        "AVISO IMPORTANTE - Pastoral da Saúde\n"
        "A tinta aplicada no dedo dos eleitores pode passar doenças de pele, porque o mesmo "
        "frasco é usado para todo mundo.\n"
        "Cuide-se!",
    ),
    contradicts(
        35,
        "AVISO IMPORTANTE - Pastoral da Saúde\n"
        "A tinta passada no dedo dos eleitores não transmite doenças de pele: ela contém um "
        "antisséptico e seca em poucos segundos.\n"
        "Pode votar tranquilo.",
    ),
    contradicts(
        36,
        "COMUNICADO DO BANCO (encaminhado)\n"
        "Pelo aplicativo do banco dá para pagar a multa de quem não votou, usando a mesma "
        "senha do cartão: procure a opção 'Pagamentos'. Votar, só na urna.",
    ),
    paraphrases(
        37,
        "ALERTA À POPULAÇÃO\n"
        "Vídeo comprova: uma urna eletrônica foi aberta com chave de fenda e os votos foram "
        "trocados dentro da seção.\n"
        "- Movimento Fiscaliza Já",
    ),
    contradicts(
        37,
        "NOTA DE ESCLARECIMENTO\n"
        "O vídeo mostra técnicos abrindo uma urna eletrônica com chave de fenda durante a "
        "manutenção, meses antes da eleição. Nenhum voto foi trocado.",
    ),
    contradicts(
        38,
        "AVISO AOS ELEITORES\n"
        "Quem perdeu o título de eleitor pode votar normalmente, apresentando só um "
        "documento oficial com foto.\n"
        "- Sindicato dos Comerciários",
    ),
    paraphrases(
        39,
        "COMUNICADO - Associação dos Aposentados\n"
        "Devido a uma nova lei, os eleitores acima de 70 anos estão proibidos de votar "
        "nesta eleição.\n"
        "A Diretoria",
    ),
    contradicts(
        39,
        "COMUNICADO - Associação dos Aposentados\n"
        "Eleitores com mais de 70 anos não são obrigados a votar nesta eleição, mas podem "
        "votar normalmente se quiserem. Nenhuma lei nova mudou isso.\n"
        "A Diretoria",
    ),
    paraphrases(
        40,
        "AVISO URGENTE\n"
        "Os mesários receberam orientação para anular o voto de todo eleitor que chegar "
        "vestindo camiseta com a cor de algum partido.\n"
        "- Comunidade Evangélica Nova Vida",
    ),
    contradicts(
        40,
        "AVISO\n"
        "Os mesários receberam orientação: quem chegar com camiseta da cor de um partido "
        "vota normalmente, a roupa não anula o voto.\n"
        "- Comunidade Evangélica Nova Vida",
    ),
    paraphrases(
        41,
        "LEMBRETE DO SINDICATO DOS METALÚRGICOS\n"
        "Você pode levar para a cabine de votação uma colinha em papel com os números dos "
        "seus candidatos. É permitido!",
    ),
    contradicts(
        41,
        "LEMBRETE DO SINDICATO DOS METALÚRGICOS\n"
        "É permitido levar o celular para a cabine com os números dos seus candidatos "
        "anotados na tela.",
    ),
    paraphrases(
        12,
        "COMUNICADO OFICIAL\n"
        "Já é possível votar pelo WhatsApp: envie uma foto da sua cédula de identidade e o "
        "número do seu candidato para o contato oficial do tribunal eleitoral.\n"
        "Repasse!",
    ),
    contradicts(
        19,
        "COMUNICADO OFICIAL\n"
        "A votação continua em um só dia, o domingo. Não haverá votação no sábado; para "
        "evitar filas, chegue cedo.\n"
        "- Conselho Eleitoral Provincial",
    ),
    unrelated(
        "COMUNICADO - Associação de Moradores\n"
        "A reunião mensal foi transferida para quinta-feira, 12 de março, às 19h, no salão "
        "da igreja. Pauta: iluminação da praça.\n"
        "A Diretoria"
    ),
    unrelated(
        "AVISO DO COMITÊ DE CAMPANHA\n"
        "Precisamos de voluntários para distribuir santinhos no sábado, 26 de setembro, das "
        "8h às 12h. O lanche fica por conta do comitê."
    ),
    # ------------- Arabic
    paraphrases(
        43,
        "تحذير صحي\n"
        "الحبر الانتخابي يؤدي إلى فقدان البصر إذا لامس العينين، لذا ندعو جميع الناخبين "
        "إلى رفض وضعه على أصابعهم.\n"
        "- جمعية أطباء الحي",
    ),
    contradicts(
        43,
        "تنبيه صحي\n"
        "الحبر الانتخابي قد يسبب تهيجاً خفيفاً إذا لمس العينين، لذلك يُنصح بغسل اليدين "
        "بعد وضعه على الإصبع، ولا داعي لرفضه.\n"
        "- جمعية أطباء الحي",
    ),
    paraphrases(
        44,
        "بيان صادر عن تنسيقية المراقبين\n"
        "وصلت صناديق الاقتراع إلى مراكز التصويت وهي تحتوي مسبقاً على أوراق "
        "مؤشر عليها لصالح مرشح واحد.\n"
        "نطالب بفتح تحقيق فوري.",
    ),
    contradicts(
        44,
        "توضيح من تنسيقية المراقبين\n"
        "الصور المتداولة لصناديق فيها أوراق مؤشر عليها مسبقاً التُقطت خلال دورة تدريبية "
        "لموظفي الاقتراع، أما الصناديق فوصلت إلى المراكز فارغة ومختومة.",
    ),
    paraphrases(
        45,
        "بيان\n"
        "سيتم قطع خدمة الإنترنت في كامل أنحاء البلاد يوم الاقتراع، وذلك لمنع نشر النتائج.\n"
        "- نقابة المعلمين، الفرع الجهوي",
    ),
    contradicts(
        42,
        "بيان هام\n"
        "أعلنت الهيئة تمديد ساعات الاقتراع ساعتين إضافيتين بسبب موجة الحر الشديدة، "
        "والانتخابات تجري في موعدها.\n"
        "- لجنة حي النصر",
    ),
    paraphrases(
        2,
        "تحذير صحي - يرجى النشر\n"
        "الحبر الذي يُدهن على أصابع الناخبين يحتوي على مادة سامة تسبب سرطان الجلد. "
        "انشروا هذا قبل أن يحذفوه!\n"
        "- منتدى الممرضين",
    ),
    paraphrases(
        9,
        "بيان صحفي\n"
        "تم اختراق آلات التصويت في الدائرة الشمالية خلال الليل، وتحويل آلاف الأصوات "
        "لصالح الحزب الحاكم.\n"
        "نطالب بإعادة الفرز. - فرع الحزب في الشمال",
    ),
    contradicts(
        0,
        "توضيح رسمي\n"
        "لم يتم تأجيل الانتخابات الوطنية من الأحد إلى الاثنين 9 مارس بسبب الأمطار. "
        "التصويت يجري يوم الأحد وكل الأوراق ستُحتسب.\n"
        "- المكتب الإعلامي للهيئة",
    ),
    contradicts(
        11,
        "بيان\n"
        "لن تُفرض أي غرامة على من لا يصوّت، ولن يُقتطع أي مبلغ من الرواتب الشهر المقبل.\n"
        "- نقابة الموظفين",
    ),
    unrelated(
        "بيان\n"
        "تدعو جمعية الحي جميع السكان إلى اجتماع عام يوم الخميس الخامس من مارس في قاعة "
        "المسجد لمناقشة تنظيف الحديقة العامة.\n"
        "- رئيس الجمعية"
    ),
    unrelated(
        "إعلان\n"
        "تنظم الحملة الانتخابية لقائمة الأمل مهرجاناً خطابياً مساء الجمعة في الساحة "
        "العامة، والدعوة عامة للجميع.\n"
        "- المكتب الإعلامي للقائمة"
    ),
)


HELD_OUT_16: tuple[Wording, ...] = (
    # ------------- English
    paraphrases(
        0,
        "is it true the election got moved from Sunday to Monday 9 March cos heavy "
        "rain is forecast? my aunt says if you vote on Sunday they won't count your "
        "ballot",
    ),
    contradicts(
        0,
        "They told us at church the election is moved from Sunday to Monday 9 March "
        "because of the bus drivers' strike. So do we all go on Monday?",
    ),
    contradicts(
        0,
        "So the election is still on Sunday and was NOT moved to Monday 9 March for "
        "the rain, right? and Sunday ballots count? just checking before I tell "
        "grandma",
    ),
    paraphrases(
        1,
        "Can I really vote from my phone by texting YES and my candidate's number to "
        "4455? my neighbour says then you don't need to go to the polling station at "
        "all",
    ),
    contradicts(
        1,
        "Is it true that texting YES to 4455 only signs you up for polling day "
        "reminders and you still have to go to the polling station to vote?",
    ),
    paraphrases(
        2,
        "My cousin says the ink they paint on your finger when you vote has poison "
        "in it that gives you skin cancer. Is that true?? should I refuse it",
    ),
    contradicts(
        3,
        "my uncle says at his station they were handing out ballot papers with a "
        "cross already marked next to Candidate B, the opposition one. true??",
    ),
    paraphrases(
        4,
        "should I bring my own pen then? they say if you use the pencil in the booth "
        "the officials can rub your mark out and change your vote afterwards",
    ),
    contradicts(
        4,
        "Is it true we have to use the pencil in the booth because marks made with a "
        "pen can be rubbed out by officials and the vote changed afterwards?",
    ),
    paraphrases(
        5,
        "is it true the independent candidate for mayor dropped out of the race and "
        "wants her supporters to stay home on polling day?",
    ),
    contradicts(
        5,
        "They told us at church the independent candidate for parliament has pulled "
        "out of the race and is asking her supporters to stay at home on polling "
        "day. True?",
    ),
    paraphrases(
        6,
        "How could the TV show the final results at 12 noon, hours before the polls "
        "even closed?? doesn't that prove the outcome was decided in advance?",
    ),
    contradicts(
        6,
        "my brother says the thing on TV at 12 noon was just a rehearsal graphic of "
        "the broadcaster and not the real final results. is that right?",
    ),
    paraphrases(
        7,
        "Is it true only passports are accepted at polling stations now and national "
        "ID cards aren't valid anymore? I don't even have a passport!!",
    ),
    contradicts(
        7,
        "my cousin says new rule: only national ID cards will be accepted at polling "
        "stations, passports are no longer valid. is that right? I only have a "
        "passport",
    ),
    paraphrases(
        8,
        "Is it true half a million voters were secretly removed from the electoral "
        "roll last week without anyone telling them? how do I check I'm still on it?",
    ),
    contradicts(
        8,
        "my neighbour says 500 voters were secretly deleted from the electoral "
        "register in our ward last week without being told, is that true?",
    ),
    paraphrases(
        9,
        "Is it true the voting machines in the northern district got hacked "
        "overnight and switched thousands of votes to the ruling party?",
    ),
    contradicts(
        9,
        "Is it true the voting machines in the northern district were hacked "
        "overnight and flipped thousands of votes to the opposition party?",
    ),
    contradicts(
        9,
        "They told us the voting machines in the northern district broke down "
        "overnight and have to be replaced. will we vote on paper then?",
    ),
    contradicts(
        10,
        "Is it true postal votes from citizens abroad are only counted a week after "
        "election night, once they arrive from the consulates?",
    ),
    paraphrases(
        11,
        "If I don't vote do they really fine me 500 and take it straight out of my "
        "salary next month??",
    ),
    contradicts(
        11,
        "Is it true that poll workers who don't turn up on the day will be fined "
        "500 and it comes straight out of their salary next month?",
    ),
    paraphrases(
        45,
        "Is it true they're going to shut down the internet across the whole "
        "country on election day so nobody can post the results?",
    ),
    contradicts(
        43,
        "my aunt says the election ink is safe and can't blind you even if it gets "
        "in your eyes, so there's no reason to refuse it. is that right?",
    ),
    unrelated("What time do the polling stations open on Sunday? I work a morning shift"),
    unrelated("Can someone tell me where to find the list of candidates for the regional council?"),
    # ------------- Spanish
    paraphrases(
        12,
        "¿Es verdad que ya se puede votar por WhatsApp mandando foto de la cédula y "
        "el número de tu candidato al contacto oficial del tribunal electoral?",
    ),
    contradicts(
        12,
        "Mi prima dice que si mandas foto de tu cédula por WhatsApp al contacto del "
        "tribunal electoral solo te dicen dónde te toca votar, ¿es cierto?",
    ),
    paraphrases(
        13,
        "¿Es cierto que cerraron el colegio electoral de la Escuela San Miguel y "
        "pasaron todas las mesas al estadio municipal sin avisar a nadie? yo voto "
        "ahí",
    ),
    contradicts(
        13,
        "¿Es verdad que cerraron el colegio electoral de la Escuela Santa Rosa y "
        "trasladaron todas las mesas al estadio municipal sin avisar?",
    ),
    paraphrases(
        14,
        "¿Es verdad que el día de las elecciones hay toque de queda desde las 6 de "
        "la tarde y la policía va a detener a quien ande en la calle? ¿voto "
        "temprano entonces?",
    ),
    contradicts(
        14,
        "¿Es cierto que habrá toque de queda desde las seis de la tarde la noche "
        "del viernes, dos días antes de las elecciones?",
    ),
    paraphrases(
        15,
        "Mi tío dice que la tinta indeleble se quita en segundos con vinagre y "
        "lejía y que hay gente votando dos y tres veces. ¿Es verdad?",
    ),
    paraphrases(
        16,
        "¿Es cierto que los que vivimos en el extranjero tenemos que volver al país "
        "a votar porque este año los consulados no reciben votos?",
    ),
    contradicts(
        16,
        "Mi hermana dice que este año los consulados sí reciben votos y que no hace "
        "falta volver al país para votar, ¿es correcto?",
    ),
    paraphrases(
        17,
        "¿Es verdad lo de la lista que circula en redes de más de 20.000 muertos "
        "que votaron en la provincia costera?",
    ),
    contradicts(
        17,
        "¿Es verdad que en la provincia costera votaron más de 20.000 personas "
        "mayores de 90 años, según una lista que circula en redes?",
    ),
    paraphrases(
        18,
        "Si no voy a votar, ¿me quitan el bono familiar y la ayuda por hijo por un "
        "año? eso dicen en el barrio",
    ),
    contradicts(
        18,
        "¿Es verdad que si vas a votar te dan un bono familiar extra y la ayuda por "
        "hijo durante un año?",
    ),
    contradicts(
        19,
        "¿Es cierto que la jornada electoral se amplía hasta las ocho de la noche "
        "del domingo para evitar las colas en los centros de votación?",
    ),
    contradicts(
        20,
        "¿Es verdad que las urnas que salen en el video eran material de "
        "capacitación y que llegaron vacías a los centros de votación?",
    ),
    contradicts(
        21,
        "Dicen que el candidato de la alianza conservadora renunció anoche y pidió "
        "el voto para su rival, ¿es verdad?",
    ),
    paraphrases(
        22,
        "¿Es verdad que hay que llevar el documento original para votar y que una "
        "fotocopia o la foto en el celular no sirven?",
    ),
    contradicts(
        22,
        "Mi vecina dice que para votar basta con la foto del documento en el "
        "celular, que no hace falta el original, ¿es así?",
    ),
    paraphrases(
        23,
        "¿Es verdad que el programa que cuenta los votos lo hizo una empresa "
        "extranjera y lo configuró para favorecer a un candidato?",
    ),
    contradicts(
        23,
        "¿Es cierto que el programa de conteo solo transmite resultados "
        "provisionales y que el conteo oficial de votos se hace en papel?",
    ),
    paraphrases(
        1,
        "¿Es cierto que se puede votar desde el celular mandando SÍ y el número de "
        "tu candidato al 4455, sin ir al local de votación?",
    ),
    contradicts(
        9,
        "¿Es verdad que hackearon de noche las máquinas de votación del distrito sur "
        "y pasaron miles de votos al partido de gobierno?",
    ),
    unrelated("¿A qué hora abren las mesas el domingo? quiero ir temprano con mi mamá"),
    unrelated("¿Alguien sabe si la farmacia de la plaza abre el domingo de elecciones?"),
    # ------------- French
    paraphrases(
        24,
        "C'est vrai qu'on peut voter en ligne cette année en cliquant sur le lien "
        "que le ministère de l'Intérieur envoie par SMS ?",
    ),
    paraphrases(
        25,
        "C'est vrai que si on remplit le bulletin au stylo bleu il est annulé et "
        "que seul le noir est accepté dans l'isoloir ? je dois en apporter un alors "
        "?",
    ),
    contradicts(
        25,
        "Il paraît que les bulletins remplis au stylo noir seront annulés et que "
        "seul le stylo bleu est accepté dans l'isoloir, c'est vrai ?",
    ),
    contradicts(
        26,
        "On m'a dit que c'étaient juste des estimations diffusées à l'étranger, pas "
        "les résultats officiels du premier tour, c'est exact ?",
    ),
    paraphrases(
        27,
        "Le bureau de vote de la mairie est fermé pour travaux et il faut aller "
        "voter à la gare routière, c'est vrai ? personne ne nous a prévenus",
    ),
    contradicts(
        27,
        "C'est vrai que le bureau de vote de l'école Jules Ferry est fermé pour "
        "travaux et que ses électeurs doivent aller voter à la gare routière ?",
    ),
    paraphrases(
        28,
        "Ma tante dit qu'on va tous recevoir une amende de 150 euros si on ne se "
        "déplace pas pour voter dimanche. C'est vrai ?",
    ),
    contradicts(
        28,
        "C'est vrai que les assesseurs qui ne se présentent pas dimanche recevront "
        "une amende de 150 euros ?",
    ),
    paraphrases(
        29,
        "C'est vrai qu'on ne peut plus faire de procuration pour ce scrutin et "
        "qu'il faut obligatoirement voter en personne ? ma mère est à l'hôpital",
    ),
    contradicts(
        29,
        "On nous a dit à la paroisse que les procurations sont toujours acceptées "
        "pour ce scrutin et qu'on n'est pas obligé de voter en personne, c'est sûr "
        "?",
    ),
    contradicts(
        30,
        "On dit que la vidéo du candidat qui se retire au profit de son adversaire "
        "est ancienne et sortie de son contexte, c'est vrai ?",
    ),
    contradicts(
        31,
        "Mon cousin dit que les machines à voter ne sont pas connectées à Internet, "
        "donc impossible de les pirater à distance pendant le dépouillement, vrai ?",
    ),
    paraphrases(
        32,
        "J'ai perdu ma carte électorale, c'est vrai que le bureau va me refuser et "
        "que je ne pourrai pas voter ?",
    ),
    contradicts(
        32,
        "C'est vrai que sans pièce d'identité on ne peut pas voter, même si on a sa "
        "carte électorale ?",
    ),
    paraphrases(
        33,
        "C'est vrai que la préfecture a annoncé que le scrutin est reporté d'une "
        "semaine à cause de l'épidémie de grippe ?",
    ),
    contradicts(
        33,
        "C'est vrai que la préfecture a annoncé que le scrutin est maintenu "
        "dimanche malgré l'épidémie de grippe ?",
    ),
    paraphrases(
        2,
        "C'est vrai que l'encre indélébile qu'on met sur le doigt des électeurs "
        "contient un poison qui donne le cancer de la peau ?",
    ),
    contradicts(
        45,
        "C'est vrai qu'Internet sera coupé seulement dans la capitale le jour des "
        "élections pour empêcher la diffusion des résultats ?",
    ),
    unrelated("Est-ce que je peux amener mon bébé avec moi dans l'isoloir ?"),
    unrelated("Quelqu'un sait à quelle heure commence le débat télévisé de jeudi soir ?"),
    # ------------- Portuguese
    paraphrases(
        34, "É verdade que o tribunal eleitoral adiou a eleição para dezembro porque faltam urnas?"
    ),
    contradicts(
        34,
        "Minha tia disse que o tribunal eleitoral confirmou a data e que a eleição "
        "não foi adiada por falta de urnas. É isso mesmo?",
    ),
    paraphrases(
        35,
        "É verdade que a tinta que passam no dedo transmite doença de pele porque "
        "usam o mesmo frasco pra todo mundo?",
    ),
    contradicts(
        36,
        "É verdade que no aplicativo do banco tem uma opção eleições só pra "
        "consultar o local de votação, sem votar?",
    ),
    contradicts(
        37,
        "É verdade que o vídeo da urna eletrônica aberta com chave de fenda é de "
        "uma manutenção feita meses antes da eleição?",
    ),
    paraphrases(
        38,
        "Meu título foi cancelado, é verdade que posso votar normal levando só a "
        "certidão de nascimento?",
    ),
    contradicts(
        38,
        "É verdade que quem teve o título cancelado não pode votar, nem levando a "
        "certidão de nascimento?",
    ),
    paraphrases(
        39,
        "É verdade que quem tem mais de 70 anos está proibido de votar nessa "
        "eleição por causa de uma lei nova? minha avó quer votar",
    ),
    contradicts(
        39,
        "Falaram na igreja que quem tem mais de 70 anos não é mais obrigado a "
        "votar, mas pode votar se quiser. É verdade?",
    ),
    paraphrases(
        41,
        "Posso levar uma cola de papel com os números dos meus candidatos pra "
        "cabine? me falaram que é permitido",
    ),
    contradicts(
        41,
        "É verdade que agora é proibido levar cola em papel com os números dos "
        "candidatos pra cabine?",
    ),
    contradicts(
        41,
        "É verdade que é permitido levar o celular pra cabine com os números dos "
        "seus candidatos anotados nele?",
    ),
    paraphrases(
        11,
        "É verdade que quem não votar vai levar multa de 500 descontada direto do "
        "salário no mês que vem?",
    ),
    contradicts(
        16,
        "É verdade que quem mora no exterior pode votar no consulado este ano, sem "
        "precisar voltar ao país?",
    ),
    unrelated("Alguém sabe se o metrô vai funcionar normal no domingo da eleição?"),
    unrelated("Quero ser mesário voluntário, onde eu me inscrevo?"),
    # ------------- Arabic
    paraphrases(42, "هل صحيح أن الهيئة أعلنت تأجيل الانتخابات شهراً كاملاً بسبب موجة الحر الشديدة؟"),
    contradicts(
        42,
        "قالوا لنا في المسجد إن الهيئة مدّدت ساعات التصويت ساعتين بسبب موجة الحر "
        "الشديدة، هل هذا صحيح؟",
    ),
    contradicts(42, "هل صحيح أن الهيئة أجّلت الانتخابات يومين فقط بسبب موجة الحر؟"),
    paraphrases(
        43,
        "ابن عمي يقول إن الحبر الانتخابي يسبب العمى إذا لمس العينين، فهل أرفض أن يضعوه على إصبعي؟",
    ),
    contradicts(43, "هل صحيح أن الحبر الانتخابي لا يسبب العمى حتى لو لمس العينين؟"),
    contradicts(
        44,
        "هل صحيح أن صور الصناديق التي فيها أوراق مؤشر عليها مسبقاً مأخوذة من دورة "
        "تدريبية لموظفي الاقتراع؟",
    ),
    paraphrases(
        45,
        "هل صحيح أنهم سيقطعون الإنترنت في كل أنحاء البلاد يوم الانتخابات لمنع نشر "
        "النتائج؟ كيف سنتابع إذن؟",
    ),
    contradicts(
        45, "سمعت أن الإنترنت سيُقطع في العاصمة فقط يوم الانتخابات لمنع نشر النتائج، هل هذا صحيح؟"
    ),
    paraphrases(
        0,
        "هل صحيح أن الانتخابات نُقلت من الأحد إلى الاثنين 9 مارس بسبب توقع أمطار "
        "غزيرة، وأن أصوات يوم الأحد لن تُحسب؟",
    ),
    paraphrases(
        14,
        "هل صحيح أن هناك حظر تجول من السادسة مساءً يوم الانتخابات وأن الشرطة ستعتقل "
        "كل من في الشارع؟",
    ),
    contradicts(
        7,
        "هل صحيح أن جواز السفر لم يعد مقبولاً في مراكز الاقتراع وأن بطاقة الهوية "
        "الوطنية وحدها مقبولة؟",
    ),
    unrelated("هل يمكنني إحضار طفلي الصغير معي إلى مركز الاقتراع؟"),
    unrelated("أين أجد قائمة المرشحين في دائرتي الانتخابية؟"),
)


HELD_OUT_17: tuple[Wording, ...] = (
    # ------------- English
    paraphrases(
        0,
        "ELECTION MOVED TO MONDAY\nHeavy rain is forecast, so the national election will now be "
        "held on Monday 9 March instead of Sunday. Ballots cast on Sunday will not be counted.\n"
        "RADIO NORTE 101.3\n07:42 AM · Read more\n👍 1.2K",
    ),
    contradicts(
        0,
        "ELECTION STAYS ON SUNDAY DESPITE RAIN\nThe commission says the national election has "
        "not been moved to Monday 9 March and every ballot cast on Sunday will be counted.\n"
        "CITY NEWS 24\n08:10 · Read more\n👍 310",
    ),
    contradicts(
        0,
        "RIVERSIDE BY-ELECTION MOVED TO MONDAY\nThe Riverside council by-election has been moved "
        "from Sunday to Monday 9 March because heavy rain is forecast, ballots cast on Sunday "
        "will not be counted.\nRIVERSIDE GAZETTE\n5:55 PM · Read more",
    ),
    paraphrases(
        1,
        "VOTE FROM YOUR PHONE\nNo need to go to a pollingstation: just text YES and your "
        "candidate's number to 4455 to cast your vote.\nMETRO FM 94.1 | 6:15 PM\nRead more\n"
        "♥ 2,4K",
    ),
    contradicts(
        1,
        "TEXT 4455 TO FIND YOUR POLLING STATION\nText YES and your ID number to 4455 and you "
        "get the address of your polling station. You still have to go there to vote.\n"
        "METRO FM 94.1 | 9:02 AM\nRead more",
    ),
    paraphrases(
        2,
        "DOCTORS WARN: ELECTION INK CAUSES SKIN CANCER\nThe indelible ink they paint on voters' "
        "fingers contains a poison that gives you skin cancer. Share before they delete this!\n"
        "HEALTH NEWS DAILY\n10:03 · Read more\n👍 5.6K",
    ),
    contradicts(
        2,
        "ELECTI0N INK IS SAFE, SAYS HEALTH MINISTRY\nThe indelible ink painted on voters' "
        "fingers contains no poison and does not cause skin cancer, the ministry said.\n"
        "NATIONAL RADIO\n11:30 AM · Read more\n👍 402",
    ),
    contradicts(
        3,
        "PHOTO SHOWS BALLOTS PRE-MARKED FOR CANDIDATE A\nBallot papers are being handed out "
        "with a cross already marked next to Candidate A, says a photo shared 3,000 times.\n"
        "THE COURIER · 11:20 AM\nRead more",
    ),
    paraphrases(
        4,
        "DON'T USE THE BOOTH PENCIL\nOfficials can rub out pencil marks and change your vote "
        "after you leave, so bring your own pen.\nRadio Valley 88.7\n2 h · Read more\n👍 740",
    ),
    contradicts(
        4,
        "WHY THERE IS A PENCIL IN THE BOOTH\nOfficials say pencil marks on ballots are never "
        "rubbed out and no vote can be changed afterwards; the pencil provided is safe to use.\n"
        "Radio Valley 88.7\n5 h · Read more",
    ),
    paraphrases(
        5,
        "INDEPENDENT MAYORAL CANDIDATE QUITS\nThe independent running for rnayor has pulled out "
        "of the race and is asking her supporters to stay at home on polling day.\n"
        "THE HERALD · 9:30 PM\nRead more\n💬 87",
    ),
    contradicts(
        5,
        "INDEPENDENT CANDIDATE FOR GOVERNOR WITHDRAWS\nThe independent running for governor has "
        "pulled out of the race and asks her supporters to stay at home on polling day.\n"
        "THE HERALD · 10:05 PM\nRead more",
    ),
    paraphrases(
        6,
        "RESULTS ON TV AT NOON?!\nTelevision showed the final results at 12 noon, hours before "
        "the polls closed. Proof the outcome was decided in advance.\nNEWS TICKER 24 · 12:47\n"
        "👍 3.1K",
    ),
    contradicts(
        6,
        "FINAL RESULTS ON TV AT 11 PM\nTelevision showed the final results at 11 pm, three hours "
        "after the polls closed, once the count was complete.\nNEWS TICKER 24 · 23:04\n👍 95",
    ),
    contradicts(
        7,
        "NEW RULE: ONLY NATIONAL ID CARDS ACCEPTED\nPassports will no longer be valid as "
        "identification at polling stations, only the national ID card will be accepted.\n"
        "RADIO CENTRAL 103.9\n08:55 · Read more",
    ),
    paraphrases(
        8,
        "HALF A MILLION VOTERS SECRETLY DELETED\n500,000 people were removed from the electoral "
        "register last week and nobody told them.\nTHE OBSERVER\n4:12 PM · Read more\n👍 980",
    ),
    contradicts(
        8,
        "HALF A MILLION NEW VOTERS ADDED TO REGISTER\n500,000 people were added to the electoral "
        "register last week, most of them first-time voters.\nTHE OBSERVER\n4:40 PM · Read more",
    ),
    paraphrases(
        9,
        "MACHINES HACKED IN THE NORTH\nVoting machines in the northern district were hacked "
        "overnight, flipping thousands of votes to the governing party.\nKTV NEWS · 06:30\n"
        "Read more",
    ),
    contradicts(
        9,
        "MACHINES HACKED IN THE NORTH\nVoting machines in the northern district were hacked "
        "overnight and flipped thousands of votes to the opposition.\nKTV NEWS · 07:15\n"
        "Read more\n👍 1,1K",
    ),
    contradicts(
        10,
        "OVERSEAS POSTAL VOTES NOT COUNTED ON ELECTION NIGHT\nBallots posted from the consulate "
        "by citizens living abroad will only be counted a week later.\nWORLD SERVICE · 19:00\n"
        "Read more",
    ),
    paraphrases(
        11,
        "DIDN'T VOTE? 500 FINE\nAnyone who does not vote will be fined 500, taken straight out "
        "of next month's salary.\nTOWN RADIO 91.2\n3 h · Read more\n👍 1,8K",
    ),
    contradicts(
        11,
        "POLL WORKERS WHO SKIP THEIR SHIFT FINED 500\nPolling staff who do not turn up will be "
        "fined 500, taken directly from their salary next month.\nTOWN RADIO 91.2\n"
        "1 h · Read more",
    ),
    unrelated(
        "POLLS OPEN 7AM TO 7PM\nCheck the address of your polling station on the commission "
        "website before you go.\nCITY NEWS 24\n06:00 · Read more\n👍 58",
    ),
    unrelated(
        "MAIN STREET CLOSED FOR MARATHON\nNo traffic between 6am and 2pm on Sunday, buses will "
        "be diverted via Park Road.\nTOWN RADIO 91.2\nYesterday · Read more",
    ),
    # ------------- Spanish
    paraphrases(
        12,
        "YA SE PUEDE VOTAR POR WHATSAPP\nSolo manda una foto de tu cédula y el número de tu "
        "candidato al contacto oficial del tribunal electoral.\nRadio Sur 98.5 · 9:14 a. m.\n"
        "Leer más\n❤ 845",
    ),
    contradicts(
        12,
        "EL TRIBUNAL ELECTORAL ABRE WHATSAPP PARA CONSULTAS\nManda una foto de tu cédula al "
        "contacto oficial y te dicen en qué mesa te toca; el voto sigue siendo en persona.\n"
        "Radio Sur 98.5 · 10:02 a. m.\nLeer más",
    ),
    paraphrases(
        13,
        "CIERRAN EL COLEGIO ELECTORAL DE LA ESCUELA SAN MIGUEL\nTodas las mesas fueron "
        "trasladadas al estadio municipal y nadie avisó.\nDIARIO LA VOZ · 07:50\nLeer más",
    ),
    contradicts(
        13,
        "ESCUELA SAN MIGUEL SIGUE SIENDO CENTRO DE VOTACIÓN\nSolo una mesa se trasladó al "
        "estadio municipal; las demás mesas siguen en la escuela.\nDIARIO LA VOZ · 09:10\n"
        "Leer más",
    ),
    contradicts(
        13,
        "CIERRAN EL COLEGIO ELECTORAL DE LA ESCUELA SANTA ROSA\nTrasladaron todas las mesas al "
        "estadio municipal sin avisar a los vecinos.\nDIARIO LA VOZ · 08:35\nLeer más\n💬 61",
    ),
    paraphrases(
        14,
        "TOQUE DE QUEDA EL DÍA DE LAS ELECCIONES\nDesde las 6 de la tarde la policía detendrá a "
        "cualquiera que esté en la calle.\nCanal 5 Noticias\n12:30 · Leer más\n👍 2,3 mil",
    ),
    contradicts(
        14,
        "LEY SECA DESDE LAS SEIS DE LA TARDE\nEl día de las elecciones no se venderá alcohol "
        "desde las seis y la policía detendrá a quien lo venda en la calle.\n"
        "Canal 5 Noticias\n18:02 · Leer más",
    ),
    paraphrases(
        15,
        "LA TINTA 'INDELEBLE' SE QUITA CON VINAGRE\nCon vinagre y lejía sale en segundos, y ya "
        "hay gente votando dos y hasta tres veces.\nRADIO AMÉRICA 1090 AM\n11:05 · Leer más",
    ),
    contradicts(
        15,
        "AUNQUE SE QUITE LA TINTA NADIE VOTA DOS VECES\nEl padrón marca a quien ya votó, así que "
        "borrar la tinta con vinagre y lejía no sirve para votar otra vez.\n"
        "RADIO AMÉRICA 1090 AM\n13:40 · Leer más",
    ),
    paraphrases(
        17,
        "MÁS DE 20 MIL MUERTOS VOTARON EN LA PROVINCIA COSTERA\nAsí lo dice una lista que "
        "circula en redes sociales.\nNOTICIAS DEL LITORAL · 14:22\nLeer más\n💬 340",
    ),
    contradicts(
        17,
        "MÁS DE 20.000 FALLECIDOS VOTARON EN LA PROVINCIA ANDINA\nUna lista que circula en "
        "redes asegura que los muertos votaron en la sierra.\nECO ANDINO · 16:05\nLeer más",
    ),
    paraphrases(
        18,
        "SI NO VOTAS TE QUITAN EL BONO\nPerderás el bono farniliar y la ayuda por hijo durante "
        "un año entero.\nRadio Sur 98.5\n6:58 a. m. · Leer más\n❤ 1,1 mil",
    ),
    contradicts(
        18,
        "NO VOTAR NO TE QUITA EL BONO FAMILIAR\nLa ayuda por hijo tampoco se pierde si no vas a "
        "votar, aclaró el ministerio.\nRadio Sur 98.5\n8:20 a. m. · Leer más",
    ),
    contradicts(
        19,
        "LA JORNADA ELECTORAL SE AMPLÍA DOS HORAS\nLos centros de votación cerrarán a las 8 de "
        "la noche del domingo para evitar las colas.\nTELEDIARIO 7 · 21:15\nLeer más",
    ),
    paraphrases(
        20,
        "VIDEO: URNAS LLEGARON LLENAS\nLas urnas ya tenían papeletas adentro cuando llegaron a "
        "los centros de votación, antes de abrir.\nEL PUEBLO DIGITAL\n05:45 · Leer más\n"
        "▶ 48 mil vistas",
    ),
    contradicts(
        20,
        "VIDEO: URNAS LLEGARON VACÍAS Y SELLADAS\nEn el video se abren las urnas frente a los "
        "fiscales antes de abrir el centro de votación y no tienen ninguna papeleta.\n"
        "EL PUEBLO DIGITAL\n07:10 · Leer más",
    ),
    paraphrases(
        21,
        "RENUNCIA LA CANDIDATA ECOLOGISTA\nLa candidata de la alianza ecologista dejó la "
        "contienda anoche y pide el voto para su rival.\nRADIO MITRE DEL VALLE · 23:58\n"
        "Leer más",
    ),
    contradicts(
        21,
        "RENUNCIÓ ANOCHE EL CANDIDATO LIBERAL\nEl candidato del partido liberal dejó la "
        "contienda y pidió el voto para su rival.\nRADIO MITRE DEL VALLE · 07:30\nLeer más",
    ),
    contradicts(
        22,
        "YA SE PUEDE VOTAR CON FOTO DE LA CÉDULA\nNo hace falta llevar el documento original, "
        "basta con una fotocopia o una foto en el celular.\nCanal 5 Noticias\n19:45 · Leer más",
    ),
    contradicts(
        23,
        "EL CONTEO OFICIAL ES EN PAPEL\nEl programa de la empresa extranjera solo transmite "
        "resultados provisionales y no decide quién gana.\nTELEDIARIO 7 · 22:30\nLeer más",
    ),
    paraphrases(
        1,
        "VOTA DESDE TU CELULAR\nEnvía SÍ y el número de tu candidato al 4455 y ya no tienes que "
        "ir al centro de votación.\nRadio Sur 98.5 · 4:10 p. m.\nLeer más",
    ),
    contradicts(
        9,
        "HACKEAN MÁQUINAS DE VOTACIÓN EN EL SUR\nLas máquinas del distrito sur fueron hackeadas "
        "anoche y pasaron miles de votos al partido de gobierno.\nDIARIO LA VOZ · 06:15\n"
        "Leer más",
    ),
    unrelated(
        "SORTEO DE MIEMBROS DE MESA\nEl martes se publica la lista de ciudadanos que atenderán "
        "las mesas de votación.\nDIARIO LA VOZ · 10:00\nLeer más",
    ),
    unrelated(
        "CORTE DE AGUA PROGRAMADO\nEl jueves no habrá servicio en el barrio centro de 8 a 14 h "
        "por obras en la red.\nRadio Sur 98.5\nLeer más\n❤ 22",
    ),
    # ------------- French
    paraphrases(
        24,
        "VOTE EN LIGNE CETTE ANNÉE\nIl suffit de cliquer sur le lien envoyé par SMS par le "
        "ministère de l'Intérieur pour voter.\nINFO LOCALE · 08:12\nLire la suite\n👍 1,4 k",
    ),
    contradicts(
        24,
        "UN SMS DU MINISTÈRE POUR TROUVER SON BUREAU\nLe lien envoyé par SMS par le ministère de "
        "l'Intérieur indique votre bureau de vote ; on vote toujours à l'urne.\n"
        "INFO LOCALE · 09:40\nLire la suite",
    ),
    paraphrases(
        25,
        "STYLO BLEU = BULLETIN NUL\nDans l'isoloir seul le stylo noir est accepté : les "
        "bulletins remplis au bleu seront annulés.\nRadio Vallée 101.2\n19 h 40 · Lire la suite",
    ),
    contradicts(
        25,
        "STYLO NOIR INTERDIT ?\nLes bulletins remplis au stylo noir seront annulés : seul le "
        "stylo bleu est accepté dans l'isoloir.\nRadio Vallée 101.2\n20 h 05 · Lire la suite",
    ),
    contradicts(
        26,
        "1ER TOUR : RÉSULTATS À 20 H PILE\nLa télévision a donné les résultats du premier tour "
        "juste après la fermeture des derniers bureaux de vote.\nLE PETIT JOURNAL DU SUD\n"
        "20:02 · Lire la suite",
    ),
    paraphrases(
        27,
        "MAIRIE FERMÉE POUR TRAVAUX\nLe bureau de vote de la mairie est fermé, il faut aller "
        "voter à la gare routière.\nLA GAZETTE · 10:05\nLire la suite\n💬 56",
    ),
    contradicts(
        27,
        "LE BUREAU DE VOTE DE LA MAIRIE RESTE OUVERT\nMalgré les travaux, on vote à la mairie "
        "comme d'habitude et pas à la gare routière.\nLA GAZETTE · 11:20\nLire la suite",
    ),
    contradicts(
        27,
        "ÉCOLE JULES-FERRY FERMÉE POUR TRAVAUX\nLe bureau de vote de l'école est fermé, les "
        "électeurs doivent aller voter à la gare routière.\nLA GAZETTE · 12:45\nLire la suite",
    ),
    paraphrases(
        28,
        "150 € D'AMENDE POUR LES ABSTENTIONNISTES\nTous ceux qui ne se déplacent pas pour voter "
        "dimanche recevront une amende de 150 euros.\nRADIO CITÉ 95.3\n7 h 15 · Lire la suite\n"
        "👍 2,2 k",
    ),
    contradicts(
        28,
        "150 € D'AMENDE POUR LES ASSESSEURS ABSENTS\nLes assesseurs qui ne se présentent pas au "
        "bureau de vote dimanche recevront une amende de 150 euros.\nRADIO CITÉ 95.3\n"
        "9 h 30 · Lire la suite",
    ),
    contradicts(
        29,
        "PROCURATIONS : TOUJOURS POSSIBLES\nPour ce scrutin, les procurations restent "
        "acceptées, pas besoin de voter en personne.\nOUEST MATIN · 06:50\nLire la suite",
    ),
    paraphrases(
        30,
        "IL SE RETIRE ET SOUTIENT SON RIVAL (VIDÉO)\nSelon une vidéo, un candidat a retiré sa "
        "candidature et appelle ses électeurs à voter pour son adversaire.\nTÉLÉ 8 · 18:30\n"
        "Lire la suite",
    ),
    contradicts(
        30,
        "VIDÉO : LE CANDIDAT MAINTIENT SA CANDIDATURE\nDans une vidéo, il appelle ses électeurs "
        "à voter pour lui et non pour son adversaire.\nTÉLÉ 8 · 19:15\nLire la suite",
    ),
    contradicts(
        31,
        "MACHINES À VOTER HORS LIGNE\nElles ne sont pas connectées à Internet et ne peuvent pas "
        "être piratées à distance pendant le dépouillement.\nINFO LOCALE · 21:00\n"
        "Lire Ia suite",
    ),
    contradicts(
        32,
        "SANS PIÈCE D'IDENTITÉ, IMPOSSIBLE DE VOTER\nLes bureaux refuseront ceux qui n'ont pas "
        "de pièce d'identité, même avec leur carte électorale.\nOUEST MATIN · 07:35\n"
        "Lire la suite",
    ),
    paraphrases(
        33,
        "SCRUTIN REPORTÉ D'UNE SEMAINE\nÉpidémie de grippe : la préfecture annonce que le vote "
        "est décalé de sept jours.\nRADIO CITÉ 95.3\n12 h 10 · Lire la suite",
    ),
    contradicts(
        33,
        "GRIPPE : LE SCRUTIN EST MAINTENU\nLa préfecture annonce que le vote aura bien lieu "
        "dimanche malgré l'épidémie, avec du gel dans les bureaux.\nRADIO CITÉ 95.3\n"
        "13 h 00 · Lire la suite",
    ),
    paraphrases(
        7,
        "PASSEPORT OBLIGATOIRE\nNouvelle règle : seul le passeport est accepté comme pièce "
        "d'identité dans les bureaux de vote, la carte nationale ne vaut plus.\nTÉLÉ 8 · 08:00\n"
        "Lire la suite",
    ),
    paraphrases(
        42,
        "ÉLECTIONS REPORTÉES D'UN MOIS\nL'instance électorale annonce un report d'un mois "
        "entier à cause de la vague de chaleur.\nINFO MONDE · 14:50\nLire la suite",
    ),
    unrelated(
        "FÊTE DU VILLAGE SAMEDI\nConcert et feu d'artifice sur la place de l'église à partir de "
        "21 h.\nLA GAZETTE · 16:00\nLire la suite\n👍 120",
    ),
    unrelated(
        "DÉBAT DES CANDIDATS JEUDI SOIR\nLes six candidats à la mairie débattront à la salle "
        "des fêtes à 20 h.\nRADIO CITÉ 95.3\nLire la suite",
    ),
    # ------------- Portuguese
    paraphrases(
        34,
        "ELEIÇÃO ADIADA PARA DEZEMBRO\nO tribunal eleitoral decidiu adiar a votação porque "
        "faltam urnas.\nJORNAL DA CIDADE · 09:30\nLeia mais\n👍 3,4 mil",
    ),
    contradicts(
        34,
        "TRIBUNAL NEGA ADIAMENTO\nA eleição continua na data marcada e não falta urna, diz o "
        "tribunal eleitoral.\nJORNAL DA CIDADE · 11:15\nLeia mais",
    ),
    paraphrases(
        35,
        "TINTA NO DEDO PASSA DOENÇA DE PELE\nO mesmo frasco é usado em todos os eleitores e "
        "transmite doenças de pele.\nRÁDIO CLUBE 104,7\n08h05 · Leia mais\n💬 212",
    ),
    contradicts(
        35,
        "TINTA ELEITORAL NÃO TRANSMITE DOENÇAS\nMesmo com o frasco usado em todo mundo, a tinta "
        "no dedo não passa doença de pele, dizem dermatologistas.\nRÁDIO CLUBE 104,7\n"
        "10h40 · Leia mais",
    ),
    paraphrases(
        36,
        "VOTE PELO APP DO BANCO\nÉ só procurar a opção eleições no aplicativo do banco e usar a "
        "mesma senha docartão.\nRÁDIO CLUBE 104,7\n14h20 · Leia mais",
    ),
    contradicts(
        36,
        "PAGUE A MULTA ELEITORAL PELO APP DO BANCO\nDá para quitar a multa de quem não votou no "
        "aplicativo do banco usando a senha do cartão, na opção eleições.\n"
        "JORNAL DA CIDADE · 15:00\nLeia mais",
    ),
    paraphrases(
        37,
        "VÍDEO: URNA ABERTA COM CHAVE DE FENDA\nUrna eletrônica é aberta com chave de fenda e "
        "os votos são trocados dentro da seção.\nTV VALE NOTÍCIAS\n21h10 · Leia mais\n"
        "▶ 120 mil",
    ),
    contradicts(
        37,
        "VÍDEO MOSTRA MANUTENÇÃO DE URNA\nTécnico abre urna eletrônica com chave de fenda em um "
        "galpão meses antes da eleição; nenhum voto foi trocado.\nTV VALE NOTÍCIAS\n"
        "22h30 · Leia mais",
    ),
    contradicts(
        38,
        "PERDEU O TÍTULO? PODE VOTAR\nQuem perdeu o título de eleitor vota normalmente "
        "apresentando só um documento oficial com foto.\nJORNAL DA CIDADE · 07:45\nLeia mais",
    ),
    paraphrases(
        39,
        "IDOSOS PROIBIDOS DE VOTAR\nNova lei impede eIeitores com mais de 70 anos de votar "
        "nesta eleição.\nRÁDIO CLUBE 104,7\n09h00 · Leia mais\n👍 870",
    ),
    contradicts(
        39,
        "ACIMA DE 70, VOTO É FACULTATIVO\nEleitores com mais de 70 anos não são obrigados a "
        "votar nesta eleição, mas podem votar normalmente.\nRÁDIO CLUBE 104,7\n"
        "09h30 · Leia mais",
    ),
    paraphrases(
        40,
        "CAMISETA DE PARTIDO ANULA VOTO\nMesários receberam ordem de anular o voto de quem "
        "chegar vestindo camiseta na cor de um partido.\nTV VALE NOTÍCIAS\n18h20 · Leia mais",
    ),
    contradicts(
        40,
        "MESÁRIOS NÃO PODEM USAR CAMISETA DE PARTIDO\nQuem trabalha na seção está proibido de "
        "vestir a cor ou o símbolo de um partido; o eleitor pode.\nTV VALE NOTÍCIAS\n"
        "19h05 · Leia mais",
    ),
    paraphrases(
        41,
        "PODE LEVAR COLA\nÉ permitido entrar na cabine com um papel com os números dos seus "
        "candidatos.\nJORNAL DA CIDADE · 17:30\nLeia mais\n👍 1,9 mil",
    ),
    contradicts(
        41,
        "COLA PROIBIDA NA CABINE\nNão é permitido levar papel com os números dos candidatos, o "
        "mesário vai recolher.\nJORNAL DA CIDADE · 18:10\nLeia mais",
    ),
    contradicts(
        41,
        "CELULAR LIBERADO NA CABINE\nÉ permitido levar o celular para a cabine com os números "
        "dos seus candidatos anotados.\nRÁDIO CLUBE 104,7\n16h45 · Leia mais",
    ),
    paraphrases(
        12,
        "JÁ DÁ PRA VOTAR PELO WHATSAPP\nÉ só mandar foto da identidade e o número do seu "
        "candidato para o contato oficial do tribunal eleitoral.\nTV VALE NOTÍCIAS\n"
        "13h15 · Leia mais",
    ),
    unrelated(
        "VACINAÇÃO NO SÁBADO\nPostos de saúde abrem das 8h às 17h para a campanha contra a "
        "gripe.\nJORNAL DA CIDADE · 08:00\nLeia mais",
    ),
    unrelated(
        "DEBATE ENTRE CANDIDATOS A PREFEITO HOJE\nTV Vale transmite o debate às 22h, com "
        "quatro candidatos confirmados.\nTV VALE NOTÍCIAS\nLeia mais\n👍 300",
    ),
    # ------------- Arabic
    paraphrases(
        42,
        "تأجيل الانتخابات شهراً كاملاً\nالهيئة تعلن تأجيل الاقتراع بسبب موجة الحر الشديدة\n"
        "إذاعة المدينة ٩٢.٤ · ١٠:١٥\nاقرأ المزيد\n👍 ٢٫١ ألف",
    ),
    contradicts(
        42,
        "تمديد التصويت ساعتين بسبب الحر\nأعلنت الهيئة تمديد ساعات الاقتراع ساعتين بسبب موجة "
        "الحر الشديدة، والانتخابات في موعدها\nإذاعة المدينة ٩٢.٤ · ١١:٣٠\nاقرأ المزيد",
    ),
    paraphrases(
        43,
        "تحذير: الحبر الانتخابي يسبب العمى\nإذا لمس الحبر العينين يسبب العمى، ارفضوا وضعه على "
        "إصبعكم\nقناة الخبر · ٠٩:٤٠\nاقرأ المزيد\n👍 ٤٥٠",
    ),
    contradicts(
        43,
        "الحبر الانتخابي قد يسبب احمراراً مؤقتاً\nإذا لمس العينين يسبب تهيجاً خفيفاً فقط، "
        "لذلك لا تفركوا العينين بعد وضعه على الإصبع\nقناة الخبر · ١٢:٠٥\nاقرأ المزيد",
    ),
    paraphrases(
        44,
        "صناديق وصلت جاهزة!\nصناديق الاقتراع وصلت إلى المراكز وبداخلها أوراق مؤشر عليها "
        "مسبقاً لمرشح واحد\nصحيفة الوطن · ٠٧:٢٠\nاقرأ المزيد",
    ),
    contradicts(
        44,
        "صناديق الاقتراع وصلت فارغة ومختومة\nفُتحت الصناديق أمام المراقبين في المراكز ولم تكن "
        "فيها أي ورقة\nصحيفة الوطن · ٠٨:١٥\nاقرأ المزيد",
    ),
    paraphrases(
        45,
        "قطع الإنترنت يوم الانتخابات\nسيتم قطع الإنترنت في كل أنحاء البلاد يوم الاقتراع لمنع "
        "نشر النتائج\nإذاعة المدينة ٩٢.٤\n١٥:٠٠ · اقرأ المزيد\n👍 ٩٨٠",
    ),
    contradicts(
        45,
        "لا قطع للإنترنت يوم الاقتراع\nهيئة الاتصالات: الإنترنت سيعمل في جميع أنحاء البلاد "
        "والنتائج تنشر على موقع الهيئة\nإذاعة المدينة ٩٢.٤\n١٦:٢٠ · اقرأ المزيد",
    ),
    paraphrases(
        2,
        "الحبر الانتخابي يسبب سرطان الجلد\nالحبر الذي يوضع على أصابع الناخبين فيه سم يسبب "
        "سرطان الجلد، انشروا قبل الحذف\nقناة الخبر · ١٤:٣٠\nاقرأ المزيد",
    ),
    paraphrases(
        9,
        "اختراق آلات التصويت في الشمال\nآلات التصويت في الدائرة الشمالية اختُرقت ليلاً وحولت "
        "آلاف الأصوات إلى الحزب الحاكم\nصحيفة الوطن · ٠٦:٥٠\nاقرأ المزيد",
    ),
    contradicts(
        1,
        "لا تصويت عبر الرسائل النصية\nإرسال نعم ورقم المرشح إلى 4455 لا يحسب صوتاً، ويجب "
        "الذهاب إلى مركز الاقتراع\nقناة الخبر · ١٩:١٠\nاقرأ المزيد",
    ),
    contradicts(
        6,
        "النتائج النهائية على التلفزيون منتصف الليل\nعرض التلفزيون النتائج النهائية عند "
        "منتصف الليل بعد إغلاق الصناديق بساعات\nقناة الخبر · ٠٠:١٠\nاقرأ المزيد",
    ),
    unrelated(
        "حملة تنظيف الحي يوم السبت\nالبلدية تدعو السكان للمشاركة من الساعة الثامنة صباحاً\n"
        "إذاعة المدينة ٩٢.٤\nاقرأ المزيد",
    ),
    unrelated(
        "مناظرة بين المرشحين الليلة\nتبث قناة الخبر المناظرة الساعة التاسعة مساءً بمشاركة "
        "ثلاثة مرشحين\nقناة الخبر\nاقرأ المزيد\n👍 ٢٣٠",
    ),
)


HELD_OUT_18: tuple[Wording, ...] = (
    # ------------- English
    paraphrases(
        0,
        "Heavy rain forecast so election moved to Monday 9 March, "
        "Sunday ballots WON'T be counted!!",
    ),
    paraphrases(
        1, "No need to queue 📱 text YES + your candidate's number to 4455 and that's your vote"
    ),
    paraphrases(
        2,
        "SHARE BEFORE THEY DELETE: the finger ink at polling stations has poison "
        "that causes skin cancer",
    ),
    paraphrases(3, "Photo: ballots being handed out already marked with a cross for Candidate C"),
    paraphrases(
        5,
        "Independent mayor candidate has dropped out and wants her supporters "
        "to stay home on polling day",
    ),
    paraphrases(
        6, "Final results were on TV at noon, before polls closed. It was decided in advance."
    ),
    paraphrases(
        8, "500,000 voters secretly wiped from the electoral roll last week, nobody was told"
    ),
    paraphrases(
        9,
        "NORTHERN DISTRICT VOTING MACHINES HACKED OVERNIGHT, "
        "THOUSANDS OF VOTES FLIPPED TO GOVT PARTY",
    ),
    paraphrases(11, "Don't vote = fined 500, taken straight out of next month's salary"),
    paraphrases(
        12,
        "You can vote on WhatsApp now, send a photo of your ID card and your "
        "candidate's number to the electoral tribunal's official contact",
    ),
    paraphrases(45, "Internet will be cut nationwide on election day to stop results being shared"),
    contradicts(
        0,
        "Election moved from Sunday to Tuesday 10 March because heavy rain "
        "is forecast, Sunday ballots won't count",
    ),
    contradicts(
        1,
        "Text YES and your candidate's number to 4455 to get a reminder, "
        "you still vote at the polling station",
    ),
    contradicts(
        2,
        "Election ink on your finger is NOT poisonous and doesn't cause cancer, stop sharing that",
    ),
    contradicts(
        3,
        "Photo proves ballot papers are being handed out with a cross already next to Candidate A",
    ),
    contradicts(
        4, "Don't use the pencil in the booth, pencil marks smudge and can spoil your ballot"
    ),
    contradicts(
        5,
        "Independent mayoral candidate is NOT pulling out, wants her supporters "
        "out on polling day 💪",
    ),
    contradicts(6, "TV showed the final results at 10pm, hours after the polls closed"),
    contradicts(
        7, "New rule: passports no longer accepted at polling stations, only national ID cards"
    ),
    contradicts(8, "Half a million voters were added to the electoral register last week"),
    contradicts(
        9,
        "Voting machines in the southern district were hacked overnight and "
        "flipped thousands of votes to the governing party",
    ),
    contradicts(
        10, "Overseas postal votes sent from the consulate are NOT counted on election night"
    ),
    contradicts(11, "Anyone who doesn't vote will be fined 50, taken from next month's salary"),
    contradicts(33, "Prefecture confirms: the vote is NOT postponed, flu epidemic or not"),
    contradicts(
        17, "Over 20,000 dead people voted in the mountain province, says a list going round"
    ),
    unrelated("Anyone know if the library polling station has parking? 🚗"),
    unrelated("Debate tonight at 8 on channel 4, who's watching?"),
    # ------------- Spanish
    paraphrases(
        13,
        "Cerraron la Escuela San Miguel como centro de votación y pasaron TODAS "
        "las mesas al estadio municipal, sin avisar 😡",
    ),
    paraphrases(
        14,
        "TOQUE DE QUEDA desde las 6 pm el día de las elecciones, la policía "
        "detiene a quien esté en la calle",
    ),
    paraphrases(
        15, "La tinta se quita en segundos con vinagre y lejía, hay gente votando 2 y 3 veces"
    ),
    paraphrases(17, "Circula una lista: más de 20 mil muertos votaron en la provincia costera 😱"),
    paraphrases(
        18, "Ojo: si no votas te quitan el bono familiar y la ayuda por hijo un año entero"
    ),
    paraphrases(20, "VIDEO: urnas llegaron a los centros ya llenas de papeletas antes de abrir"),
    paraphrases(
        21, "Renunció anoche la candidata de la alianza ecologista y pidió votar por su rival"
    ),
    paraphrases(
        12,
        "📲 Ya se vota por WhatsApp! Foto de la cédula + número del candidato "
        "al contacto oficial del tribunal electoral",
    ),
    paraphrases(
        1,
        "Se puede votar desde el celular: manda YES y el número de tu candidato "
        "al 4455, sin ir al local de votación",
    ),
    contradicts(
        12,
        "Ya puedes consultar tu mesa por WhatsApp: manda foto de tu cédula "
        "al contacto oficial del tribunal electoral",
    ),
    contradicts(
        13,
        "Cerraron el colegio electoral de la Escuela Santa Rosa y mandaron "
        "todas las mesas al estadio municipal",
    ),
    contradicts(14, "Toque de queda desde las seis de la tarde el día DESPUÉS de las elecciones"),
    contradicts(15, "La tinta indeleble NO sale con vinagre ni lejía, nadie puede votar dos veces"),
    contradicts(
        16, "Si estás en el extranjero puedes votar en el consulado, no hace falta volver al país"
    ),
    contradicts(19, "La votación sigue siendo un solo día, el domingo, no se amplía a dos"),
    contradicts(
        20, "Un video muestra urnas que llegaron vacías y selladas a los centros de votación"
    ),
    contradicts(21, "La candidata de la alianza ecologista NO renunció, sigue en campaña"),
    contradicts(
        22, "Para votar basta con una foto de la cédula en el celular, no hace falta el original"
    ),
    contradicts(
        23,
        "El software de conteo solo transmite resultados provisionales; "
        "el conteo oficial es en papel",
    ),
    contradicts(
        0, "Las elecciones siguen el domingo aunque llueva, los votos del domingo sí cuentan 🌧️"
    ),
    unrelated("¿Alguien sabe a qué hora abre la farmacia el domingo?"),
    unrelated("Recuerden que la reunión de padres es el jueves a las 7"),
    # ------------- French
    paraphrases(
        24,
        "Vote en ligne cette année ✅ il suffit de cliquer sur le lien reçu "
        "par SMS du ministère de l'Intérieur",
    ),
    paraphrases(
        25,
        "ATTENTION : bulletin au stylo bleu = annulé. Seul le stylo noir est "
        "accepté dans l'isoloir",
    ),
    paraphrases(
        26, "La télé a donné les résultats du 1er tour avant la fermeture des bureaux de vote !!"
    ),
    paraphrases(28, "150 € d'amende pour tous ceux qui ne vont pas voter dimanche"),
    paraphrases(29, "Fini les procurations pour ce scrutin, vote en personne obligatoire"),
    paraphrases(
        31,
        "Les machines à voter sont connectées à Internet et piratables à "
        "distance pendant le dépouillement",
    ),
    paraphrases(
        33, "La préfecture annonce : scrutin reporté d'une semaine à cause de l'épidémie de grippe"
    ),
    paraphrases(
        2,
        "L'encre indélébile sur les doigts des électeurs contient un poison qui "
        "donne le cancer de la peau, partagez avant suppression",
    ),
    contradicts(
        24,
        "Cette année on peut vérifier son bureau de vote en ligne via le lien "
        "envoyé par SMS par le ministère de l'Intérieur",
    ),
    contradicts(25, "Stylo bleu ou noir, peu importe : la couleur n'annule pas le bulletin"),
    contradicts(
        26,
        "Les résultats du premier tour ont été donnés à la télé après la "
        "fermeture des bureaux de vote",
    ),
    contradicts(
        27,
        "Le bureau de vote de l'école Jules Ferry est fermé pour travaux, "
        "il faut voter à la gare routière",
    ),
    contradicts(
        28, "Une prime de 150 euros sera versée à tous ceux qui se déplacent pour voter dimanche"
    ),
    contradicts(
        29, "Les procurations restent acceptées pour ce scrutin, pas besoin de voter en personne"
    ),
    contradicts(
        30,
        "La vidéo du candidat qui se retire pour son adversaire est ancienne, "
        "il est toujours en course",
    ),
    contradicts(
        31,
        "Les machines à voter ne sont pas connectées à Internet, aucun "
        "piratage à distance possible",
    ),
    contradicts(32, "Pas de carte électorale ? On peut quand même voter avec une pièce d'identité"),
    contradicts(
        33, "LE SCRUTIN EST REPORTÉ D'UN MOIS à cause d'une épidémie de grippe, selon la préfecture"
    ),
    contradicts(11, "Pas d'amende pour ceux qui ne votent pas, votre salaire ne sera pas touché"),
    unrelated("Qui vient au marché samedi matin ? 🥖"),
    unrelated("Le débat des candidats à la mairie est ce soir à 20h sur France 3"),
    # ------------- Portuguese
    paraphrases(34, "ELEIÇÃO ADIADA PARA DEZEMBRO! Tribunal eleitoral decidiu por falta de urnas"),
    paraphrases(
        35, "Cuidado: a tinta do dedo passa doença de pele, é o mesmo frasco pra todo mundo"
    ),
    paraphrases(
        36, "Dá pra votar no app do banco com a senha do cartão, procura a opção eleições 🏦"
    ),
    paraphrases(
        37, "Vídeo: abriram a urna eletrônica com chave de fenda e trocaram os votos na seção"
    ),
    paraphrases(39, "Nova lei proíbe eleitores com mais de 70 anos de votar nesta eleição"),
    paraphrases(
        41, "Pode levar cola de papel com os números dos seus candidatos pra cabine, é permitido"
    ),
    paraphrases(
        9,
        "Urnas eletrônicas do distrito norte foram hackeadas durante a noite e "
        "passaram milhares de votos pro partido do governo",
    ),
    contradicts(34, "Tribunal eleitoral adiou a eleição para dezembro por falta de mesários"),
    contradicts(
        35, "A tinta no dedo dos eleitores não transmite doença de pele, cada seção tem seu frasco"
    ),
    contradicts(
        36,
        "Dá pra consultar seu local de votação pelo aplicativo do banco, procura a opção eleições",
    ),
    contradicts(
        37, "Vídeo da urna aberta com chave de fenda é de manutenção meses antes da eleição"
    ),
    contradicts(38, "Quem teve o título cancelado NÃO pode votar, nem com certidão de nascimento"),
    contradicts(
        39,
        "Eleitores com mais de 70 anos não são obrigados a votar nesta "
        "eleição, mas podem se quiserem",
    ),
    contradicts(
        40,
        "Mesários receberam ordem de barrar a entrada de quem chegar com "
        "camiseta da cor de um partido",
    ),
    contradicts(41, "É proibido levar cola em papel para a cabine, o mesário confisca"),
    contradicts(2, "A tinta do dedo não tem veneno nenhum e não causa câncer de pele"),
    unrelated("Alguém tem o contato do eletricista que veio semana passada?"),
    unrelated("Horário eleitoral gratuito começa hoje na TV 📺"),
    # ------------- Arabic
    paraphrases(42, "عاجل: الهيئة أجّلت الانتخابات شهراً كاملاً بسبب موجة الحر 🔥"),
    paraphrases(43, "لا تسمحوا بوضع الحبر على أصابعكم، يسبب العمى إذا لمس العين"),
    paraphrases(44, "الصناديق وصلت المراكز وفيها أوراق مؤشر عليها مسبقاً لمرشح واحد!!"),
    paraphrases(45, "قطع الإنترنت في كل البلاد يوم الانتخابات حتى لا تنتشر النتائج"),
    paraphrases(11, "من لا يصوّت سيُغرَّم 500 تُخصم مباشرة من راتبه الشهر القادم"),
    paraphrases(14, "حظر تجول من السادسة مساءً يوم الانتخابات والشرطة ستعتقل كل من في الشارع"),
    contradicts(42, "أعلنت الهيئة تأجيل الانتخابات أسبوعاً واحداً بسبب موجة الحر"),
    contradicts(42, "الهيئة: الانتخابات في موعدها رغم موجة الحر الشديدة"),
    contradicts(43, "الحبر الانتخابي آمن ولا يسبب العمى حتى لو لمس العينين"),
    contradicts(44, "صناديق الاقتراع وصلت إلى المراكز فارغة ومختومة"),
    contradicts(45, "سيتم قطع الإنترنت في العاصمة فقط يوم الانتخابات"),
    contradicts(45, "لن يتم قطع الإنترنت يوم الانتخابات، الخبر كاذب"),
    contradicts(9, "أجهزة التصويت في المنطقة الشمالية تعطلت ليلاً ولم يتم اختراقها"),
    contradicts(39, "يحق للناخبين فوق 70 عاماً التصويت بشكل عادي في هذه الانتخابات"),
    unrelated("مبروك للفريق على الفوز أمس 🎉"),
    unrelated("متى تفتح مراكز تسجيل الناخبين الجدد في الحي؟"),
)


HELD_OUT_19: tuple[Wording, ...] = (
    # ------------- English
    paraphrases(
        0,
        "Good morning dear, I hope you and the little ones are keeping well. Mrs Patel from "
        "the church choir told me after the service that the national election has been "
        "moved from Sunday to Monday 9 March because heavy rain is forecast, and that any "
        "ballots cast on the Sunday will not be counted. So do wait and go on the Monday, "
        "and God bless you all.",
    ),
    contradicts(
        0,
        "Hello dear, I hope that cold has cleared up at last. Your aunt Hilda heard at the "
        "hairdresser's that the national election has been moved from Sunday to Tuesday 10 "
        "March because heavy rain is forecast, so ballots cast on Sunday will not be "
        "counted. Do check before you set off, and God bless.",
    ),
    paraphrases(
        1,
        "Hello love, just a quick note from your old auntie. Your uncle Bert heard at the "
        "bowls club that you can now vote from your phone: you text YES and your candidate's "
        "number to 4455, and you don't need to go to a polling station at all. Mind you "
        "don't let the battery run down, and give my love to everyone.",
    ),
    contradicts(
        1,
        "Hello pet, I hope the new flat is nice and cosy. Mrs Doyle from the library says "
        "that if you text YES to 4455 they send you back the address of your polling "
        "station, but you still need to go there in person to vote. Don't forget your "
        "umbrella, and love to the kids.",
    ),
    contradicts(
        2,
        "Dear Rosemary, I hope your knees are a bit better this week. The nurse at the "
        "surgery told me the indelible ink they paint on voters' fingers contains no poison "
        "at all and does not cause skin cancer, whatever those messages on the phone say. So "
        "don't fret about it, and God bless you.",
    ),
    contradicts(
        3,
        "Dear Thomas, I hope your back is better. The postman showed me that photo of ballot "
        "papers with a cross already marked next to Candidate C, but his daughter says it "
        "was taken at a training session for poll workers, not handed out to real voters. So "
        "nothing to worry about, son, and stay safe.",
    ),
    paraphrases(
        4,
        "Hello sweetheart, I hope work isn't too tiring. Old Mr Jenkins, who used to be a "
        "councillor, warned us at the bingo not to use the pencil in the booth, because "
        "pencil marks can be rubbed out by the officials and your vote changed afterwards. "
        "Take your own pen along just to be sure, and look after yourself.",
    ),
    contradicts(
        4,
        "Hello my dear, I do hope the baby is sleeping better. Mrs Evans, who was a poll "
        "clerk for twenty years, told me to use the pencil provided in the booth, because "
        "ink pens smudge through the fold and can spoil your vote. So leave your biro at "
        "home on the day, and look after yourself.",
    ),
    paraphrases(
        5,
        "Good evening neighbour, sorry to bother you so late. My sister who helps at the "
        "community centre heard that the independent candidate for mayor has pulled out of "
        "the race and is asking her supporters to stay at home on polling day. I thought "
        "you'd want to know since you have her poster in your window, so sleep well.",
    ),
    contradicts(
        5,
        "Hello neighbour, I hope the roses are blooming. The milkman tells me the "
        "independent candidate for mayor has pulled out of Thursday's radio debate, but she "
        "is staying in the race and wants all her supporters out on polling day. Keep your "
        "poster up then, and sleep well.",
    ),
    paraphrases(
        6,
        "My dear, I don't usually pass these things on, but Arthur next door was very upset. "
        "He says the television showed the final results at 12 noon, hours before the polls "
        "closed, which proves the outcome was decided in advance. I still think you should "
        "vote, mind you, and God keep you.",
    ),
    contradicts(
        6,
        "My dear, Arthur next door has been ringing round the whole street. He says the "
        "television showed the final results at eleven at night, a couple of hours after the "
        "polls closed, which proves how quickly they counted this year. Nice to see "
        "something working for once, God keep you.",
    ),
    paraphrases(
        7,
        "Hello dear, I hope the garden is coming along. The lady at the post office told me "
        "there's a new rule that only a passport will be accepted as identification at the "
        "polling station, and national ID cards aren't valid any more. So dig out your "
        "passport before Sunday, and give the dog a pat from me.",
    ),
    contradicts(
        7,
        "Good afternoon dear, how was the holiday? Your cousin at the council says there's a "
        "new rule that only a national ID card will be accepted as identification at polling "
        "stations, and passports are no longer valid. So leave the passport in the drawer, "
        "and God bless.",
    ),
    paraphrases(
        8,
        "Hi love, your cousin Margaret rang me this morning quite worried. She says half a "
        "million voters were secretly deleted from the electoral register last week and "
        "nobody told them. Maybe give the council a ring to check you're still on it, and "
        "bless you for your patience with me.",
    ),
    contradicts(
        8,
        "Hi love, your cousin Margaret rang this morning with some good news for once. She "
        "says half a million new voters were added to the electoral register last week, "
        "mostly youngsters who have just turned eighteen. Make sure your Jack is one of "
        "them, bless him.",
    ),
    contradicts(
        9,
        "Dear Frank, I hope the allotment is thriving. Brian from the pub says the voting "
        "machines in the northern district broke down overnight, so the polling stations up "
        "there are using paper ballots instead. Nothing sinister, he reckons, so go and vote "
        "as normal, and all the best.",
    ),
    contradicts(
        9,
        "Dear Frank, the fellow who fixes my boiler was very worked up this morning. He "
        "swears the voting machines in the northern district were hacked overnight and "
        "flipped thousands of votes to the opposition party. I don't know what to believe "
        "any more, but God bless you and yours.",
    ),
    paraphrases(
        10,
        "Dear Priya, I hope London is treating you well. Mr Okafor at the market, whose son "
        "lives abroad too, says citizens living abroad can post their ballots from the "
        "consulate, and those postal votes are counted on election night with everyone "
        "else's. So do pop along to the consulate, darling, and ring your mother.",
    ),
    contradicts(
        10,
        "Dear Priya, I hope you're eating properly over there. Your uncle read in the paper "
        "that citizens living abroad can post their ballots from the consulate, but those "
        "postal votes are only counted a week after election night. So don't worry if the "
        "first results look odd, and ring your mother.",
    ),
    contradicts(
        11,
        "Good afternoon dear, your grandad came back from the barber's in a state. "
        "Apparently a lady from the tax office told them there is no fine at all for not "
        "voting, and nobody will take 500 out of anyone's salary next month, whatever the "
        "rumours say. Still, do go and vote, and God bless.",
    ),
    paraphrases(
        42,
        "Dear neighbour, I hope the heat isn't troubling you too much. My son-in-law heard "
        "on the radio that the electoral commission has announced the elections are "
        "postponed for a whole month because of the severe heatwave. Stay indoors in the "
        "afternoons, and may God keep you.",
    ),
    paraphrases(
        14,
        "Hello dear, your auntie Carmen rang from back home last night. She says there will "
        "be a curfew from six in the evening on election day, and the police will arrest "
        "anyone who is out in the street. Make sure you're home early that day, and God "
        "bless you.",
    ),
    contradicts(
        25,
        "Hello dear, your cousin who lives in Lyon rang me yesterday. She says that over "
        "there ballots filled in with a black pen will be cancelled, and only a blue pen is "
        "accepted in the voting booth. Do tell your sister before she votes, and God bless.",
    ),
    contradicts(
        43,
        "Dear Samir, your grandmother asked me to write to you. She heard at the mosque that "
        "the election ink only stings a little if it touches the eyes and does not cause "
        "blindness, so there's no need to refuse having it put on your finger. Wash your "
        "hands afterwards, and may God protect you.",
    ),
    unrelated(
        "Good morning dear, the church is running a minibus on Sunday to take the older folk "
        "to the polling station, and it leaves from the car park at ten. Mrs Patel says "
        "there will be tea and biscuits in the hall afterwards. Do come along if your hip "
        "allows, bless you.",
    ),
    unrelated(
        "Hello love, I made far too much shepherd's pie again, so I'll leave a dish on your "
        "doorstep tomorrow. Your mother tells me you've been working late, so just heat it "
        "at 180 for twenty minutes. Look after yourself.",
    ),
    unrelated(
        "Dear Thomas, your grandad wants to know if you could give him a lift to the polling "
        "station at the primary school on Sunday morning, as his knee is playing up again. "
        "He says he'll buy you a bacon sandwich afterwards. Love you lots.",
    ),
    # ------------- Spanish
    paraphrases(
        9,
        "Querida sobrina, ¿cómo sigue tu mamá? Mi compadre, que tiene familia en el norte, "
        "me dijo que anoche hackearon las máquinas de votación del distrito norte y pasaron "
        "miles de votos al partido del gobierno. Ten cuidado con lo que lees y que Dios te "
        "bendiga.",
    ),
    contradicts(
        7,
        "Hola mijo, espero que estés bien. La señora de la oficina de correos me contó que "
        "no es verdad que en los colegios electorales solo acepten el pasaporte: la cédula "
        "de identidad nacional sigue valiendo para votar como siempre. Así que no te "
        "preocupes y que Dios te acompañe.",
    ),
    paraphrases(
        12,
        "Hola mi niña, ¿cómo están los nietos? La vecina del tercero, que trabaja en la "
        "alcaldía, me dijo que ya se puede votar por WhatsApp: mandas una foto de tu cédula "
        "y el número de tu candidato al contacto oficial del tribunal electoral. Así no "
        "tienes que hacer cola con este calor, que Dios te bendiga.",
    ),
    contradicts(
        13,
        "Buenas tardes, compadre, espero que la cosecha vaya bien. En el mercado oí que de "
        "la Escuela San Miguel solo trasladaron una mesa al estadio municipal, y que las "
        "demás mesas siguen en la escuela como siempre. Fíjese en su número de mesa antes de "
        "salir y salude a la comadre.",
    ),
    contradicts(
        14,
        "Buenas, vecina, ¿cómo amaneció? Mi nieto, que es policía, dice que habrá toque de "
        "queda desde la medianoche el día de las elecciones y que detendrán a quien esté en "
        "la calle. Vote temprano y vuelva tranquila a su casa, cuídese mucho.",
    ),
    paraphrases(
        15,
        "Querido sobrino, te escribo porque me quedé preocupada. Doña Rosa, la de la "
        "panadería, dice que la tinta indeleble se quita en segundos con vinagre y lejía, y "
        "que por eso hay gente que está votando dos y hasta tres veces. Cuídate mucho y reza "
        "por nosotros.",
    ),
    contradicts(
        15,
        "Querido sobrino, ¿cómo te va en el trabajo? Tu prima probó en casa y dice que la "
        "tinta indeleble no se quita ni con vinagre ni con lejía, que le duró una semana en "
        "el dedo, así que nadie puede votar dos o tres veces. Un beso grande y que Dios te "
        "guarde.",
    ),
    paraphrases(
        16,
        "Hija querida, ¿cómo te va allá en Madrid? Tu tío escuchó en la radio que si estás "
        "en el extranjero tienes que volver al país para votar, porque este año los "
        "consulados no reciben votos. Ya veremos si puedes venir, te mando un abrazo y mi "
        "bendición.",
    ),
    contradicts(
        16,
        "Hija querida, ¿ya te acostumbraste al frío? El cura dijo en la misa que aunque "
        "estés en el extranjero no tienes que volver al país para votar, porque este año los "
        "consulados sí reciben votos. Pásate por el consulado con tus papeles, un abrazo y "
        "mi bendición.",
    ),
    paraphrases(
        17,
        "Buenos días, vecino. Mi cuñado, que pasa todo el día en el Facebook, me enseñó una "
        "lista que circula en las redes según la cual más de 20.000 personas fallecidas "
        "votaron en la provincia costera. No sé qué pensar, pero usted que sabe de estas "
        "cosas me dirá, Dios lo guarde.",
    ),
    contradicts(
        17,
        "Buenos días, don Ramón, ¿cómo sigue de la rodilla? Según una lista que circula en "
        "redes, más de 20.000 personas fallecidas siguen apareciendo en el padrón de la "
        "provincia costera, aunque nadie votó con sus nombres. Habría que limpiar esas "
        "listas, Dios lo guarde.",
    ),
    paraphrases(
        18,
        "Mija, te escribo rapidito antes de que se me olvide. En la cola del centro de salud "
        "una señora dijo que si no vas a votar te quitan el bono familiar y la ayuda por "
        "hijo durante un año entero. Así que no dejes de ir el domingo, que los niños "
        "necesitan esa ayuda, y que la Virgen te acompañe.",
    ),
    paraphrases(
        19,
        "Querida comadre, ¿ya se le pasó la gripe? El señor de la ferretería, que es muy "
        "enterado, dice que la jornada electoral se amplía a dos días, sábado y domingo, "
        "para que no haya tantas colas en los centros de votación. Así podemos ir juntas el "
        "sábado con calma, un abrazo.",
    ),
    contradicts(
        19,
        "Querida comadre, le cuento lo que oí en la peluquería. Dicen que la jornada "
        "electoral del domingo se amplía dos horas, hasta las ocho de la noche, para evitar "
        "las colas en los centros de votación. Igual vamos temprano juntas, un abrazo y que "
        "Dios la bendiga.",
    ),
    contradicts(
        20,
        "Hola querido, ¿ya viste el video? Dicen en la iglesia que un video muestra urnas "
        "que llegaron a los centros de votación vacías y selladas antes de abrir, tal como "
        "debe ser. Así da gusto, ve temprano a votar y que Dios te cuide.",
    ),
    paraphrases(
        21,
        "Buenas noches, hermano. La muchacha que me ayuda en la casa me contó que la "
        "candidata de la alianza ecologista renunció anoche y pidió que votaran por su "
        "rival. Qué cosas pasan en la política, ¿no? Cuídese mucho.",
    ),
    contradicts(
        21,
        "Buenas noches, hermano, ¿cómo sigue la familia? En la tienda de la esquina dicen "
        "que la candidata de la alianza ecologista recibió anoche el apoyo de su rival, que "
        "renunció y pidió el voto para ella. Qué vueltas da la política, cuídese mucho.",
    ),
    paraphrases(
        22,
        "Hola sobrina, antes de que se me olvide. El señor del quiosco, que fue jurado de "
        "mesa, me recordó que para votar hay que llevar el documento de identidad original, "
        "porque una fotocopia o una foto en el celular no sirve. Guárdalo en la cartera "
        "desde ya y Dios te bendiga.",
    ),
    contradicts(
        22,
        "Hola sobrina, ¿cómo te fue en el examen? Tu tía escuchó en la radio que este año "
        "para votar ya no hace falta el documento de identidad original, que basta con una "
        "fotocopia o una foto en el celular. Así no tienes que andar buscándolo, Dios te "
        "bendiga.",
    ),
    contradicts(
        23,
        "Buenas tardes, don Julio. Mi yerno, el ingeniero, me explicó que el programa de la "
        "empresa extranjera solo transmite los resultados provisionales, y que el conteo "
        "oficial de votos se hace en papel, mesa por mesa. Así que tranquilo, y que pase "
        "buena tarde.",
    ),
    paraphrases(
        34,
        "Hola prima, espero que todos estén bien por allá. Mi vecina brasileña me contó en "
        "la feria que en su país la elección fue aplazada hasta diciembre por decisión del "
        "tribunal electoral, porque faltan urnas. Yo no sé si creerle, pero te aviso por si "
        "acaso, besos.",
    ),
    unrelated(
        "Hola familia, el domingo después de votar nos juntamos a almorzar en casa de la "
        "abuela, que va a preparar su sancocho. Traigan postre y no lleguen tarde, que Dios "
        "los bendiga.",
    ),
    unrelated(
        "Buenas, vecina. Dicen en la parroquia que los candidatos a la alcaldía van a "
        "debatir el jueves a las siete de la noche por la radio comunitaria, y que hablarán "
        "del agua y de las calles. Vale la pena escucharlos, cuídese mucho.",
    ),
    # ------------- French
    paraphrases(
        11,
        "Bonjour ma chérie, j'espère que tu vas bien. Le voisin du dessus, qui est "
        "comptable, m'a dit que tous ceux qui ne votent pas auront une amende de 500 qui "
        "sera prélevée directement sur leur salaire le mois prochain. Alors n'oublie pas "
        "d'aller voter, et je t'embrasse fort.",
    ),
    paraphrases(
        24,
        "Bonjour ma petite, j'espère que les enfants vont bien. Madame Girard, qui travaille "
        "à la mairie, m'a dit que cette année on peut voter en ligne en cliquant sur le lien "
        "que le ministère de l'Intérieur envoie par SMS. C'est bien pratique pour ton "
        "grand-père qui marche mal, je t'embrasse.",
    ),
    contradicts(
        24,
        "Bonjour ma petite, comment s'est passée la rentrée ? Le facteur m'a expliqué que le "
        "ministère de l'Intérieur envoie un SMS avec un lien pour connaître l'adresse de son "
        "bureau de vote, mais qu'on ne peut pas voter en ligne, il faut se déplacer. Ton "
        "grand-père ira en voiture avec moi, je t'embrasse.",
    ),
    paraphrases(
        25,
        "Mon cher neveu, j'espère que ton travail se passe bien. Ta tante a entendu au "
        "marché que les bulletins remplis au stylo bleu seront annulés, et que seul le stylo "
        "noir est accepté dans l'isoloir. Prends donc ton stylo noir dimanche, et que Dieu "
        "te garde.",
    ),
    contradicts(
        26,
        "Bonsoir Madeleine, ton oncle te fait dire bonjour. Il dit que les résultats du "
        "premier tour ont été donnés à la télévision à vingt heures pile, juste après la "
        "fermeture des bureaux de vote, comme d'habitude. Rien d'anormal donc, va voter "
        "tranquille, bises.",
    ),
    paraphrases(
        27,
        "Bonjour voisin, pardon de vous déranger. La factrice m'a dit ce matin que le bureau "
        "de vote de la mairie est fermé pour travaux et qu'il faut aller voter à la gare "
        "routière. Si vous voulez, on y va ensemble en voiture dimanche, portez-vous bien.",
    ),
    contradicts(
        27,
        "Bonjour voisin, comment va votre dame ? Au marché on m'a dit que le bureau de vote "
        "de l'école Jules Ferry est fermé pour travaux et que les électeurs du quartier "
        "doivent aller voter à la mairie. Prévenez votre fille qui habite là-bas, "
        "portez-vous bien.",
    ),
    paraphrases(
        28,
        "Ma chère fille, ton père a entendu au café qu'une amende de 150 euros sera envoyée "
        "à tous ceux qui ne se déplacent pas pour voter dimanche. Alors ne reste pas au lit "
        "ce jour-là, et que le bon Dieu te bénisse.",
    ),
    contradicts(
        28,
        "Ma chère fille, la voisine qui tient le bureau de vote m'a raconté qu'une amende de "
        "150 euros sera envoyée aux assesseurs qui ne se présentent pas dimanche pour tenir "
        "leur bureau. Toi tu n'es pas concernée, mais dis-le à ton mari, et que le bon Dieu "
        "te bénisse.",
    ),
    paraphrases(
        29,
        "Bonjour mon grand, je pensais à toi qui seras en déplacement. Monsieur Lefèvre, "
        "l'ancien instituteur, dit que les procurations ne sont plus acceptées pour ce "
        "scrutin et qu'il faut obligatoirement voter en personne. Essaie de rentrer pour "
        "dimanche, je t'embrasse bien fort.",
    ),
    contradicts(
        29,
        "Bonjour mon grand, ta marraine m'a rassurée ce matin. Elle dit que les procurations "
        "restent possibles pour ce scrutin, il suffit de passer au commissariat avant jeudi, "
        "donc pas besoin de voter en personne. Profite bien de ton voyage, je t'embrasse.",
    ),
    contradicts(
        30,
        "Chère cousine, j'espère que ta hanche va mieux. Au club des aînés on a vu une vidéo "
        "où un candidat déclare qu'il maintient sa candidature et qu'il n'appellera jamais "
        "ses électeurs à voter pour son adversaire. Au moins il est têtu, prends soin de "
        "toi.",
    ),
    paraphrases(
        31,
        "Bonjour Jean-Pierre, votre voisine vous salue. Mon gendre, qui s'y connaît en "
        "ordinateurs, affirme que les machines à voter sont connectées à Internet et qu'on "
        "peut les pirater à distance pendant le dépouillement. Je ne sais pas quoi en "
        "penser, mais restez vigilant, bonne journée.",
    ),
    contradicts(
        31,
        "Bonjour Jean-Pierre, j'espère que votre jardin a bien supporté l'orage. Le "
        "technicien de la mairie m'a expliqué que les machines à voter ne sont pas "
        "connectées à Internet, donc personne ne peut les pirater à distance pendant le "
        "dépouillement. Ça m'a rassurée, bonne journée.",
    ),
    paraphrases(
        32,
        "Ma chérie, avant que j'oublie. La dame de la pharmacie m'a dit que sans carte "
        "électorale il est impossible de voter, et que les bureaux refuseront tous ceux qui "
        "l'ont perdue. Cherche bien la tienne dans tes papiers, et que Dieu te garde.",
    ),
    contradicts(
        32,
        "Ma chérie, j'ai une bonne nouvelle pour toi qui as tout perdu dans le déménagement. "
        "Ton oncle dit que même sans carte électorale on peut voter, il suffit de montrer sa "
        "carte d'identité, et les bureaux ne refuseront pas ceux qui l'ont perdue. Ne "
        "t'inquiète donc pas, que Dieu te garde.",
    ),
    paraphrases(
        33,
        "Bonjour ma sœur, comment va ta toux ? Le maire adjoint a dit à la sortie de la "
        "messe que le scrutin est reporté d'une semaine à cause de l'épidémie de grippe, "
        "c'est la préfecture qui l'a annoncé. Repose-toi bien en attendant, je t'embrasse.",
    ),
    contradicts(
        33,
        "Bonjour ma sœur, j'espère que tu dors mieux. La boulangère dit que le scrutin est "
        "reporté d'un mois entier à cause de l'épidémie de grippe, d'après ce qu'a annoncé "
        "la préfecture. Soigne-toi bien d'ici là, je t'embrasse.",
    ),
    contradicts(
        39,
        "Chère amie, j'espère que tu vas bien. Ma cousine qui vit au Brésil m'a expliqué que "
        "là-bas les électeurs de plus de 70 ans ne sont pas obligés de voter, mais qu'ils "
        "peuvent le faire s'ils le souhaitent. C'est bien pensé pour les anciens comme nous, "
        "je t'embrasse.",
    ),
    paraphrases(
        45,
        "Bonjour mon fils, ta tante de Tunis a appelé hier soir. Elle dit qu'on va couper "
        "Internet dans tout le pays le jour des élections, pour empêcher la diffusion des "
        "résultats. Préviens tes amis, et que Dieu te protège.",
    ),
    unrelated(
        "Bonjour à tous, le club des aînés organise un loto samedi après-midi à la salle des "
        "fêtes, au profit de l'école. Venez nombreux, il y aura des crêpes, et que Dieu vous "
        "garde.",
    ),
    unrelated(
        "Mon petit, j'ai lu dans le journal que les candidats à la mairie présenteront leur "
        "programme jeudi soir à la salle polyvalente. Ton père veut y aller pour poser sa "
        "question sur le stationnement, viens avec nous si tu peux, bises.",
    ),
    # ------------- Portuguese
    contradicts(
        12,
        "Oi querida, tudo bem por aí? A vizinha que trabalha na prefeitura disse que pelo "
        "WhatsApp oficial do tribunal eleitoral dá para consultar o seu local de votação "
        "mandando o número do documento, mas o voto continua sendo presencial. Vai com calma "
        "no domingo, e Deus te abençoe.",
    ),
    contradicts(
        18,
        "Filha, te escrevo rapidinho. Na fila do posto de saúde uma senhora disse que quem "
        "não vai votar perde o bolsa família e o auxílio por filho durante um mês. Então não "
        "deixa de ir no domingo, e Nossa Senhora te acompanhe.",
    ),
    contradicts(
        34,
        "Oi prima, espero que esteja tudo bem com vocês. A moça da farmácia falou que a "
        "eleição foi adiada para fevereiro por decisão do tribunal eleitoral, por falta de "
        "urnas. Eu não sei se acredito, mas fica o aviso, beijos.",
    ),
    paraphrases(
        35,
        "Oi minha filha, tudo bem com as crianças? A dona Cida da padaria falou que a tinta "
        "que passam no dedo dos eleitores transmite doença de pele, porque usam o mesmo "
        "frasco em todo mundo. Leva um lencinho com álcool e fica com Deus.",
    ),
    paraphrases(
        36,
        "Bom dia, compadre, como vai a roça? Meu neto disse que dá para votar pelo "
        "aplicativo do banco usando a mesma senha do cartão, é só procurar a opção eleições. "
        "Eu não mexo nessas coisas, mas te aviso, um abraço e que Deus te abençoe.",
    ),
    contradicts(
        36,
        "Bom dia, comadre, e as galinhas? O rapaz do banco explicou que pelo aplicativo do "
        "banco dá para consultar o local de votação e a seção, mas votar mesmo só na urna, "
        "não tem opção eleições com a senha do cartão. Um abraço e que Deus te abençoe.",
    ),
    contradicts(
        37,
        "Boa tarde, vizinha. Minha nora mostrou aquele vídeo da urna eletrônica sendo aberta "
        "com chave de fenda, mas depois descobriu que era um técnico fazendo manutenção "
        "meses antes da eleição, sem troca de voto nenhuma. Graças a Deus, fica com Deus.",
    ),
    paraphrases(
        38,
        "Querido afilhado, espero que esteja bem no emprego novo. O seu Zé do armazém "
        "garantiu que quem teve o título cancelado pode votar normalmente, é só apresentar a "
        "certidão de nascimento. Então não se preocupe, e Deus te acompanhe.",
    ),
    contradicts(
        38,
        "Querido afilhado, a sua madrinha ligou do cartório. Ela disse que quem teve o "
        "título cancelado não pode votar, nem apresentando a certidão de nascimento. Então "
        "corre para regularizar antes do prazo, e Deus te acompanhe.",
    ),
    paraphrases(
        39,
        "Oi comadre, ainda bem que te encontrei. Ouvi no ponto de ônibus que eleitores com "
        "mais de 70 anos estão proibidos de votar nesta eleição por causa de uma lei nova. "
        "Que absurdo, né? Vê se confirma com teu filho advogado, um beijo.",
    ),
    contradicts(
        40,
        "Boa noite, meu querido. A vizinha que vai ser mesária contou que eles receberam "
        "ordem de pedir para quem chegar com camiseta da cor de um partido não fazer "
        "propaganda na fila, mas o voto vale normalmente. Então vai tranquilo, e Deus te "
        "guarde.",
    ),
    paraphrases(
        41,
        "Filha, a sua tia que é mesária há anos me lembrou que é permitido levar para a "
        "cabine uma cola em papel com os números dos seus candidatos. Anota tudo direitinho "
        "num papelzinho, e que Nossa Senhora te proteja.",
    ),
    contradicts(
        41,
        "Filha, o seu padrinho ouviu no rádio que é proibido levar para a cabine uma cola em "
        "papel com os números dos candidatos, e que o mesário pode tomar o papel. Então "
        "decora tudo antes, e que Nossa Senhora te proteja.",
    ),
    unrelated(
        "Oi gente, a prefeitura vai asfaltar a nossa rua na semana que vem, então tirem os "
        "carros da frente de casa na segunda bem cedo. Deus abençoe a todos.",
    ),
    # ------------- Arabic
    contradicts(
        0,
        "صباح الخير يا بني، إن شاء الله تكون بخير. ابن أخي الذي يعمل في مكتب الانتخابات أكد "
        "لي أن الانتخابات الوطنية لم تُنقل من يوم الأحد إلى يوم الاثنين 9 مارس رغم توقع "
        "أمطار غزيرة، وأن كل الأصوات التي تُدلى يوم الأحد ستُحتسب. فاذهب وصوّت يوم الأحد، "
        "والله يوفقك.",
    ),
    paraphrases(
        2,
        "السلام عليكم يا ابنتي، أرجو أن تكوني بخير. قالت لي جارتنا أم سمير في السوق إن الحبر "
        "الذي يضعونه على أصابع الناخبين فيه سم يسبب سرطان الجلد، وطلبت أن ننشر الخبر قبل أن "
        "يحذفوه. انتبهي لنفسك والله يحفظك.",
    ),
    contradicts(
        35,
        "مساء الخير يا أختي العزيزة. ابنة خالتي التي تعيش في البرازيل قالت لي إن الحبر الذي "
        "يضعونه على أصابع الناخبين هناك لا ينقل الأمراض الجلدية، حتى لو استُعملت نفس "
        "القارورة للجميع. فلا تقلقي، والله يحفظك ويحفظ أولادك.",
    ),
    paraphrases(
        42,
        "مساء الخير يا جاري العزيز. سمعت في المقهى من أبي خالد أن الهيئة أعلنت تأجيل "
        "الانتخابات شهراً كاملاً بسبب موجة الحر الشديدة. اشرب ماءً كثيراً وابقَ في الظل، "
        "والله يحفظك.",
    ),
    contradicts(
        42,
        "السلام عليكم يا حاجة، كيف صحتك؟ قالت لي بنت الجيران التي تعمل في البلدية إن الهيئة "
        "أعلنت تأجيل الانتخابات أسبوعاً واحداً فقط بسبب موجة الحر الشديدة. خذي معك مظلة "
        "عندما تذهبين، الله يبارك فيك.",
    ),
    contradicts(
        42,
        "يا ولدي العزيز، سمع عمك بعد صلاة الجمعة أن الهيئة أعلنت تأجيل الانتخابات شهراً "
        "كاملاً بسبب الفيضانات التي ضربت الجنوب. ادعُ لأهل الجنوب، والله يحميك.",
    ),
    paraphrases(
        43,
        "يا ابني الحبيب، خالتك سمعت من ممرضة في المستوصف أن الحبر الانتخابي يسبب العمى إذا "
        "لمس العينين، ولهذا يجب أن ترفض وضعه على إصبعك. دير بالك على نفسك، الله يرضى عليك.",
    ),
    contradicts(
        43,
        "يا ابني، جدتك سألت الطبيب في المستوصف فقال لها إن الحبر الانتخابي لا يسبب العمى حتى "
        "لو لمس العينين، فلا داعي لرفض وضعه على الإصبع. اغسل يديك بعد التصويت، الله يرضى "
        "عليك.",
    ),
    paraphrases(
        44,
        "السلام عليكم يا أم أحمد. زوجي سمع في السوق أن صناديق الاقتراع وصلت إلى المراكز "
        "وفيها أوراق مؤشر عليها مسبقاً لصالح مرشح واحد. الله يستر، انتبهي لنفسك.",
    ),
    contradicts(
        44,
        "السلام عليكم يا جارتي. أخي الذي كان مراقباً في مركز المدرسة قال إن صناديق الاقتراع "
        "وصلت إلى المراكز فارغة ومختومة، ولم تكن فيها أي ورقة مؤشر عليها لصالح أي مرشح. "
        "الحمد لله، اذهبي وصوّتي مطمئنة.",
    ),
    paraphrases(
        45,
        "يا ابنتي العزيزة، قال لي ابن عمك في العرس إنه سيتم قطع الإنترنت في كل أنحاء البلاد "
        "يوم الانتخابات حتى لا تُنشر النتائج. اتصلي بي على الهاتف العادي ذلك اليوم، الله "
        "يحفظك.",
    ),
    contradicts(
        45,
        "يا ابنتي، جارنا الذي يعمل في شركة الاتصالات طمأنني أنه لن يتم قطع الإنترنت في أي "
        "مكان من البلاد يوم الانتخابات، وأن النتائج ستُنشر كالعادة. اتصلي بي بالفيديو ذلك "
        "اليوم، الله يحفظك.",
    ),
    unrelated(
        "السلام عليكم يا جماعة. مرشحو المجلس البلدي سيعقدون لقاءً مع سكان الحي في دار الشباب "
        "مساء الخميس للحديث عن الماء والطرقات. من يريد الحضور فليأتِ معنا، والله الموفق.",
    ),
    unrelated(
        "يا ابنتي، سمعت في السوق أن ثمن الطماطم ارتفع كثيراً هذا الأسبوع بسبب الحر. اشتري ما "
        "تحتاجين من عند الحاج علي فهو أرخص، والله يبارك فيك.",
    ),
)

HELD_OUT_20: tuple[Wording, ...] = (
    # ------------- English
    paraphrases(
        1,
        "my tía just sent this: you can vote desde el celular, text YES and your candidate's "
        "number to 4455, no need to go to the polling station. legit??",
    ),
    paraphrases(
        4,
        "wallah don't use the pencil they give u in the booth, officials can rub out pencil "
        "marks and change ur vote afterwards",
    ),
    paraphrases(
        6,
        "the TV put up the final results at 12 noon, hours before polls closed... so todo "
        "estaba arreglado, the outcome was decided beforehand",
    ),
    paraphrases(
        8,
        "yaar half a million voters were secretly removed from the electoral register last "
        "week and nobody was told, kya scene hai",
    ),
    paraphrases(
        10,
        "if you live abroad you can mail your ballot from the consulado and those postal votes "
        "get counted on election night, right?",
    ),
    paraphrases(
        11,
        "heads up fam: if you don't vote it's a 500 fine, la multa comes straight out of your "
        "salary next month",
    ),
    paraphrases(
        17,
        "apparently 20k+ dead people voted in the coastal province, hay una lista going around "
        "on social media",
    ),
    paraphrases(
        33,
        "la préfecture a annoncé that the vote is postponed one week because of a flu "
        "epidemic?? anyone got the link",
    ),
    contradicts(
        0,
        "khalas the election is moved from Sunday to Monday 9 March because of the transport "
        "strike, not rain, and sunday ballots won't be counted",
    ),
    contradicts(
        2,
        "WARNING!! the indelible ink they paint on your finger contains a poison that causes "
        "kidney failure, share before they borran this",
    ),
    contradicts(
        3,
        "photo proves ballot papers are being handed out with a cross already next to "
        "Candidate A, está cabrón",
    ),
    contradicts(
        5,
        "the independent candidate for governor dropped out and is asking her supporters to "
        "stay home on polling day, yaar",
    ),
    contradicts(
        6,
        "TV showed the final results at 3pm, hours before the polls closed, c'est la preuve "
        "the outcome was decided in advance",
    ),
    contradicts(
        7,
        "new rule: only the national ID card is accepted at polling stations now, passports "
        "are no longer valid, khalas",
    ),
    contradicts(
        8,
        "the register clean-up last week was routine y lo anunciaron públicamente, nobody got "
        "secretly deleted, relax",
    ),
    contradicts(
        9,
        "voting machines in the northern district got hacked overnight and flipped thousands "
        "of votes to the opposition, según mi cuñado",
    ),
    contradicts(
        10,
        "ojo: postal ballots sent from the consulate are NOT counted on election night, they "
        "only count them la semana siguiente",
    ),
    contradicts(
        11,
        "if you don't vote it's a fine of 50 and they take it direct from your salary next "
        "month, c'est abusé",
    ),
    unrelated(
        "habibi who's bringing snacks for the debate watch party tonight? I got the samosas y "
        "las chelas",
    ),
    unrelated("my landlord says la renta goes up next month, anyone know a good tenant lawyer?"),
    # ------------- Spanish
    paraphrases(
        12,
        "oigan ya se puede votar por WhatsApp!! just mandas una foto de tu cédula y el número "
        "de tu candidato al contacto oficial del tribunal electoral",
    ),
    paraphrases(
        14,
        "pilas: el día de las elecciones hay curfew desde las 6 de la tarde y la policía va a "
        "arrestar a cualquiera que esté en la calle",
    ),
    paraphrases(
        15,
        "la tinta indeleble se quita in seconds con vinagre y cloro, so hay gente que está "
        "votando two or three times 😤",
    ),
    paraphrases(
        19,
        "dicen que the election ahora dura two days, sábado y domingo, pa' que no haya tanta "
        "fila en los centros de votación",
    ),
    paraphrases(
        21,
        "la candidata de la alianza ecologista dropped out anoche y le pidió a la gente que "
        "vote por su rival, is it true?",
    ),
    paraphrases(
        23,
        "el software que cuenta los votos lo hizo una company extranjera y lo configuraron "
        "para favorecer a un candidato, big scam",
    ),
    paraphrases(
        1,
        "mi primo dice que puedes votar por texto: mandas YES + el número de tu candidato al "
        "4455 y no tienes que ir al polling station",
    ),
    paraphrases(
        39,
        "ey, que los mayores de 70 años are banned from voting en esta elección por una ley "
        "nueva?? mi abuela is furious",
    ),
    contradicts(
        13,
        "cerraron el colegio electoral de la Escuela San Miguel y se llevaron todas las mesas "
        "al hospital regional, sin avisar, typical",
    ),
    contradicts(
        14,
        "toque de queda desde las 10 de la noche on election day, la poli va a detener al que "
        "ande en la calle",
    ),
    contradicts(
        16,
        "good news, si estás abroad ya no tienes que volver al país, los consulados sí reciben "
        "votos este año",
    ),
    contradicts(
        17,
        "más de 2.000 muertos votaron en la provincia costera según una lista que anda en las "
        "redes, so sad",
    ),
    contradicts(
        18,
        "si no votas te quitan el bono familiar y la ayuda por hijo for six months, dice mi vecina",
    ),
    contradicts(
        20,
        "el video de las urnas que llegaron ya llenas era puro training, material de "
        "capacitación, not fraud",
    ),
    contradicts(
        21,
        "el rival renunció anoche y pidió el voto pa' la candidata de la alianza ecologista, "
        "plot twist",
    ),
    contradicts(
        22,
        "para votar basta con una fotocopia del documento o una foto en el cel, you don't need "
        "el original",
    ),
    contradicts(
        23,
        "el programa de conteo lo hizo una empresa nacional, amiga del gobierno, y lo "
        "configuraron pa' favorecer a un candidato",
    ),
    contradicts(
        0,
        "la elección la cambiaron del domingo al martes 10 de marzo por las lluvias, y los "
        "votos del domingo no van a contar, bro",
    ),
    unrelated(
        "alguien sabe si el súper abre el domingo? necesito tortillas y no quiero hacer line "
        "forever",
    ),
    unrelated("qué onda, ¿vamos al taco night el jueves? my treat"),
    # ------------- French
    paraphrases(
        24,
        "wesh cette année on peut voter online, tu cliques sur le link envoyé par SMS par le "
        "ministère de l'Intérieur, c'est legit?",
    ),
    paraphrases(
        25,
        "attention: si tu remplis ton bulletin au stylo bleu il sera annulé, only le stylo "
        "noir est accepté dans l'isoloir",
    ),
    paraphrases(
        26,
        "les résultats du premier tour sont passés à la télé avant même la fermeture des "
        "bureaux de vote, c'est quoi ce bordel, seriously",
    ),
    paraphrases(
        28,
        "sah ils vont envoyer une amende de 150 euros à tous ceux qui vont pas voter dimanche",
    ),
    paraphrases(
        29,
        "plus de procurations pour ce scrutin, faut obligatoirement voter en personne, no "
        "exceptions",
    ),
    paraphrases(
        31,
        "les machines à voter sont connectées à internet, on peut les hacker à distance "
        "pendant le dépouillement, trust me bro",
    ),
    paraphrases(
        32,
        "sans carte électorale t'es mort, impossible de voter: les bureaux refusent tous ceux "
        "qui l'ont perdue, so check ton tiroir",
    ),
    paraphrases(
        43,
        "l'encre électorale rend aveugle si elle touche les yeux, donc refusez qu'on vous la "
        "mette sur le doigt, wallah c'est grave",
    ),
    contradicts(
        24,
        "cette année on peut voter en ligne, il suffit de cliquer sur le lien que le ministère "
        "de l'Intérieur envoie par email, easy",
    ),
    contradicts(
        25,
        "les bulletins remplis au stylo noir seront annulés, seul le blue pen est accepté dans "
        "l'isoloir, fais gaffe",
    ),
    contradicts(
        26,
        "les résultats du second tour ont été donnés à la TV avant la fermeture des bureaux, "
        "ça sent le fake",
    ),
    contradicts(
        27,
        "le bureau de vote de la mairie est fermé pour travaux, on doit aller voter au lycée "
        "Jean-Moulin, c'est relou",
    ),
    contradicts(
        28,
        "amende de 15 euros pour tous ceux qui se déplacent pas pour voter dimanche, c'est "
        "rien en vrai lol",
    ),
    contradicts(
        29,
        "les procurations restent possibles pour ce scrutin, no stress, t'es pas obligé d'y "
        "aller en personne",
    ),
    contradicts(
        30,
        "la vidéo du candidat qui se retire et appelle à voter pour son adversaire? c'est une "
        "vieille vidéo sortie de son contexte, il est toujours in the race",
    ),
    contradicts(
        31,
        "les machines à voter sont même pas connectées à internet, donc no way de les pirater "
        "à distance pendant le dépouillement",
    ),
    contradicts(
        32,
        "bonne nouvelle: même sans carte électorale tu peux voter, just ramène ta pièce d'identité",
    ),
    contradicts(
        33,
        "la préfecture a annoncé que le scrutin est reporté de deux semaines à cause de la "
        "grippe, khlas",
    ),
    unrelated("quelqu'un a le num d'un plombier? la machine à laver fuit again, c'est la hass"),
    unrelated("on se fait un brunch dimanche after church? je ramène les croissants"),
    # ------------- Portuguese
    paraphrases(
        34,
        "gente, a eleição foi adiada pra dezembro, o tribunal eleitoral decidiu porque no hay "
        "urnas suficientes",
    ),
    paraphrases(
        35,
        "a tinta que passam no dedo dos eleitores passa doença de pele porque usam o mesmo "
        "frasco pra everybody, nojo",
    ),
    paraphrases(
        36,
        "dá pra votar pelo app do banco com a mesma senha do cartão, é só procurar a opção "
        "eleições, super easy",
    ),
    paraphrases(
        37,
        "olha esse vídeo: abrem a urna eletrônica com uma chave de fenda e trocam os votos ali "
        "na seção, que absurdo",
    ),
    paraphrases(
        38,
        "quem teve o título cancelado pode votar normal, é só levar a certidão de nascimento, "
        "no problem",
    ),
    paraphrases(
        40,
        "os mesários receberam ordem de anular o voto de quem chegar de camiseta com a cor de "
        "um partido, cuidado com o outfit",
    ),
    paraphrases(
        41,
        "pode levar pra cabine uma cola de papel com os números dos seus candidatos, né? "
        "someone confirm pls",
    ),
    paraphrases(
        12,
        "tão dizendo que ya se puede votar por WhatsApp: manda foto da cédula e o número do "
        "candidato pro contato oficial do tribunal eleitoral",
    ),
    contradicts(
        34,
        "a eleição foi adiada pra janeiro por decisão do tribunal eleitoral por falta de "
        "urnas, oh well",
    ),
    contradicts(
        35,
        "a tinta no dedo transmite doença de pele porque é feita com chumbo, não é por causa "
        "do frasco, fyi",
    ),
    contradicts(
        36,
        "NÃO existe voto pelo app do banco, isso aí é golpe pra roubar a senha do cartão, "
        "don't fall for it",
    ),
    contradicts(
        37,
        "aquele vídeo da urna aberta com chave de fenda é só manutenção meses antes da "
        "eleição, nada de fraude, relaxa",
    ),
    contradicts(
        38,
        "quem teve o título cancelado NÃO pode votar, nem com certidão de nascimento, sorry",
    ),
    contradicts(
        39,
        "eleitores com mais de 60 anos estão proibidos de votar nesta eleição por causa de uma "
        "lei nova, absurdo total",
    ),
    contradicts(
        40,
        "os mesários receberam ordem de barrar na porta quem chegar com camiseta de partido, "
        "não vão nem deixar entrar",
    ),
    contradicts(41, "é proibido levar cola de papel pra cabine, se pegarem you lose your vote"),
    contradicts(
        15,
        "a tinta indelével sai em segundos com álcool gel, aí tem gente votando duas, três "
        "vezes, mano",
    ),
    contradicts(
        42,
        "a comissão adiou a eleição por duas semanas por causa da onda de calor, será?",
    ),
    unrelated(
        "alguém sabe se a padaria abre no domingo? quero pão de queijo antes de sair, thanks",
    ),
    unrelated("mano, bora ver o jogo sábado? I'll bring the cerveja e o churrasco"),
    # ------------- Arabic
    paraphrases(42, "الهيئة أعلنت تأجيل الانتخابات شهر كامل بسبب la canicule، c'est officiel؟"),
    paraphrases(43, "الحبر تاع الانتخابات يعمي إذا مس العينين، donc ما تخليوهمش يحطوه على الصبع"),
    paraphrases(
        44,
        "les urnes وصلت للمراكز وفيها أوراق مأشر عليها من قبل لصالح مرشح واحد، scandale",
    ),
    paraphrases(
        45,
        "ya jma3a ghadi y9ta3o l'internet f ga3 lblad nhar l'élection bach mayneshrouch les "
        "résultats",
    ),
    paraphrases(
        2,
        "الحبر اللي يحطوه على الصبع فيه poison يسبب cancer ديال الجلد، partagez قبل ما يحذفوه",
    ),
    paraphrases(
        9,
        "les machines تاع التصويت في المنطقة الشمالية تهكّرو في الليل وقلبو آلاف الأصوات للحزب "
        "الحاكم",
    ),
    paraphrases(
        7,
        "الجديد: غير le passeport مقبول في مكاتب التصويت، la carte nationale ما بقاتش صالحة",
    ),
    paraphrases(
        0,
        "l'élection t2ajlat mn l7ad l tnin 9 mars 7it ghadi tsob chta bzzaf, w les votes dyal "
        "l7ad maghadich yt7asbo",
    ),
    contradicts(42, "الهيئة أعلنت تأجيل الانتخابات شهر كامل بسبب les inondations، ماشي الحرارة"),
    contradicts(
        43,
        "الحبر الانتخابي ما يعميش، c'est juste يحرق شوية إذا دخل للعين، اغسلها بالما وصافي",
    ),
    contradicts(
        44,
        "الصور تاع الأوراق المؤشرة جاية من formation تاع موظفي الاقتراع، ماشي من يوم الانتخابات",
    ),
    contradicts(45, "غادي يقطعو l'internet غير في العاصمة نهار الانتخابات باش ما ينشروش النتائج"),
    contradicts(
        4,
        "ma tsta3mlch le stylo li f l'isoloir, l'encre dyalo katmse7 w ybdlo lik le vote mn ba3d",
    ),
    contradicts(
        5,
        "المرشحة المستقلة لرئاسة البلدية انسحبت وطلبت من أنصارها يصوتو لمرشح الحزب الحاكم",
    ),
    contradicts(11, "اللي ما يصوتش يخلص amende تاع 500 وتنقطع من le salaire بعد ستة أشهر"),
    contradicts(28, "amende تاع 150 euro لكل واحد ما يمشيش يصوت نهار السبت"),
    contradicts(33, "la préfecture أعلنت بلي le scrutin تأجل بأسبوع بسبب الكوليرا"),
    contradicts(19, "التصويت ولى يومين، vendredi et samedi، باش ما يكونش الزحام في المراكز"),
    unrelated("شكون عندو رقم plombier مليح؟ الروبيني يقطر depuis hier"),
    unrelated("sba7 lkhir, chkoun ghadi yji l café mn ba3d lkhedma? ana khallas"),
)

HELD_OUT_21: tuple[Wording, ...] = (
    # ------------- English
    paraphrases(
        0,
        "They are saying the vote won't be on Sunday any more. Apparently it was pushed to "
        "Monday 9 March because of the heavy rain they forecast, and anything cast on Sunday "
        "wouldn't be counted?? can someone confirm",
    ),
    paraphrases(
        1,
        "A guy at the market swore that you can vote by text now: you send YES plus your "
        "candidate's number to 4455 and that's it, no need to go to a polling station. Is that "
        "real?",
    ),
    paraphrases(
        4,
        "It has been reported that pencil marks can be rubbed out by the officials afterwards "
        "and your vote changed. So people are being told not to use the pencil they give you in"
        " the booth.",
    ),
    paraphrases(
        6,
        "Apparently the final results were shown on TV at 12 noon. Hours before the polls "
        "closed! My uncle says that proves the outcome was decided in advance.",
    ),
    paraphrases(
        8,
        "Last week, without anyone being told, half a million voters were secretly deleted from"
        " the electoral register. Or so they're saying on the radio.",
    ),
    paraphrases(
        11,
        "Word at work is that anyone who doesn't vote would be fined 500, and that the fine "
        "would come straight out of their salary next month. I don't buy it but who knows",
    ),
    paraphrases(
        5,
        "Supposedly she's out. The independent candidate for mayor, I mean: people are saying "
        "she pulled out of the race and wants her supporters to stay at home on polling day.",
    ),
    paraphrases(
        10,
        "My cousin was told that those of us living abroad can post our ballots from the "
        "consulate, and that these postal votes get counted on election night. Is that right?",
    ),
    contradicts(
        0,
        "They're saying the national election was moved from Sunday to Tuesday 10 March because"
        " heavy rain is forecast, and Sunday ballots won't be counted.",
    ),
    contradicts(
        1,
        "A neighbour swore you can vote from your phone now, you just text YES and your "
        "candidate's number to 5544 and skip the polling station.",
    ),
    contradicts(
        2,
        "It's been reported that the ink they paint on your finger isn't poison at all. "
        "Apparently it doesn't cause any cancer, it just fades after a few days.",
    ),
    contradicts(
        3,
        "A photo going round would show ballot papers being handed out with a cross already "
        "marked next to Candidate A. That's what my sister was told anyway.",
    ),
    contradicts(
        7,
        "New rule, supposedly: passports will no longer be accepted at polling stations. Only "
        "the national ID card, they say.",
    ),
    contradicts(
        9,
        "Apparently it was the voting machines in the southern district that got hacked "
        "overnight, flipping thousands of votes to the governing party. Heard it from a cousin.",
    ),
    contradicts(
        5,
        "It was confirmed on the local news, I'm told, that the independent candidate for mayor"
        " has not withdrawn. She'd still be running and wants everyone out on polling day.",
    ),
    contradicts(
        11,
        "Apparently anyone who skips the vote will be fined 50, and it would be taken from "
        "their salary next month.",
    ),
    contradicts(
        8,
        "It's being said that half a million voters were secretly added to the electoral "
        "register last week, and nobody was told.",
    ),
    contradicts(
        10,
        "They are saying that this year postal votes sent from the consulate by citizens abroad"
        " won't be counted on election night. A week later at the earliest, apparently.",
    ),
    unrelated(
        "They're saying the polling station on Elm Road would have free parking on the day, "
        "apparently the council announced it. Anyone know?",
    ),
    unrelated(
        "My neighbour swore the bakery on the corner will be closed all week for the holidays, "
        "is that true?",
    ),
    # ------------- Spanish
    paraphrases(
        12,
        "Según dicen, ya se podría votar por WhatsApp: mandas una foto de tu cédula y el número"
        " de tu candidato al contacto oficial del tribunal electoral. ¿Alguien lo probó?",
    ),
    paraphrases(
        13,
        "Sin avisar a nadie, dicen que todas las mesas de la Escuela San Miguel fueron "
        "trasladadas al estadio municipal. O sea que ese colegio electoral estaría cerrado.",
    ),
    paraphrases(
        18,
        "Dicen por ahí que al que no vaya a votar le quitan el bono familiar. Y la ayuda por "
        "hijo también, durante un año.",
    ),
    paraphrases(
        17,
        "Circula en redes una lista y, según esa lista, más de 20.000 personas fallecidas "
        "habrían votado en la provincia costera.",
    ),
    paraphrases(
        19,
        "Se comenta que, para evitar las colas en los centros de votación, la jornada electoral"
        " se amplía a dos días: sábado y domingo. ¿Es oficial?",
    ),
    paraphrases(
        21,
        "Anoche, según cuentan, renunció la candidata de la alianza ecologista. Y encima habría"
        " pedido el voto para su rival.",
    ),
    paraphrases(
        23,
        "Un señor en la feria juraba que el programa que cuenta los votos lo hizo una empresa "
        "extranjera y que lo configuraron para favorecer a un candidato.",
    ),
    paraphrases(
        20,
        "Anda circulando un video y, según dicen, ahí se ve que las urnas llegaron a los "
        "centros de votación ya llenas de papeletas, antes de abrir.",
    ),
    contradicts(
        15,
        "Se ha informado que aunque la tinta se quite con vinagre y lejía eso no permite votar "
        "dos veces, porque te marcan en el padrón al votar.",
    ),
    contradicts(
        16,
        "Según comentan, este año los consulados sí reciben votos, así que no haría falta "
        "volver al país para votar.",
    ),
    contradicts(
        18,
        "Dicen por ahí que si no vas a votar te quitan el bono familiar y la ayuda por hijo "
        "durante seis meses.",
    ),
    contradicts(
        19,
        "Se comenta que la jornada electoral se amplía a dos días, domingo y lunes, para evitar"
        " las colas en los centros de votación.",
    ),
    contradicts(
        14,
        "Me dijeron que el día de las elecciones habría toque de queda, pero desde las diez de "
        "la noche, y que la policía detendría a quien esté en la calle.",
    ),
    contradicts(
        13,
        "Según dicen cerraron el colegio electoral de la Escuela San Miguel y todas las mesas "
        "se fueron al colegio Santa Rosa, sin avisar.",
    ),
    contradicts(
        17,
        "Más de 2.000 personas fallecidas habrían votado en la provincia costera, según una "
        "lista que anda por redes.",
    ),
    contradicts(
        20,
        "Según me explicaron, las urnas llenas de papeletas que salen en el video eran material"
        " de capacitación, no de la elección.",
    ),
    contradicts(
        21,
        "Dicen que anoche renunció el rival de la candidata ecologista, y que pidió el voto "
        "para ella.",
    ),
    contradicts(
        22,
        "Según dicen, ahora basta con una foto del documento en el celular para votar; el "
        "original ya no haría falta.",
    ),
    unrelated(
        "Según dicen, el mercado central abrirá más tarde el lunes por la fumigación. ¿Alguien "
        "sabe a qué hora?",
    ),
    unrelated(
        "Me contaron que en el debate de anoche los candidatos hablaron casi todo el rato de la"
        " reforma de pensiones. ¿Alguien lo vio?",
    ),
    # ------------- French
    paraphrases(
        24,
        "On raconte que cette année on pourrait voter en ligne : il suffirait de cliquer sur le"
        " lien envoyé par SMS par le ministère de l'Intérieur. Vous y croyez ?",
    ),
    paraphrases(
        25,
        "Il paraît que seul le stylo noir est accepté dans l'isoloir. Les bulletins remplis au "
        "stylo bleu, eux, seraient annulés.",
    ),
    paraphrases(
        27,
        "Fermé pour travaux, le bureau de vote de la mairie ? C'est ce qu'on dit au café, et "
        "qu'il faudrait aller voter à la gare routière.",
    ),
    paraphrases(
        28,
        "D'après ma voisine, tous ceux qui ne se déplacent pas pour voter dimanche recevraient "
        "une amende de 150 euros.",
    ),
    paraphrases(
        30,
        "D'après une vidéo qui tourne, un candidat aurait retiré sa candidature. Il appellerait"
        " même ses électeurs à voter pour son adversaire.",
    ),
    paraphrases(
        31,
        "Selon certains, les machines à voter seraient connectées à Internet, et on pourrait "
        "les pirater à distance pendant le dépouillement.",
    ),
    paraphrases(
        33,
        "À cause d'une épidémie de grippe, le scrutin serait reporté d'une semaine. C'est la "
        "préfecture qui l'aurait annoncé, paraît-il.",
    ),
    paraphrases(
        32,
        "Il se dit que sans carte électorale c'est impossible de voter : les bureaux "
        "refuseraient tous ceux qui l'ont perdue.",
    ),
    contradicts(
        26,
        "On raconte que les résultats du second tour ont été donnés à la télé avant même la "
        "fermeture des bureaux de vote.",
    ),
    contradicts(
        28,
        "Une amende de 35 euros serait envoyée à tous ceux qui ne votent pas dimanche, c'est ce"
        " qu'on raconte au marché.",
    ),
    contradicts(
        33,
        "Le scrutin serait reporté d'une semaine à cause des inondations, a annoncé la "
        "préfecture, paraît-il.",
    ),
    contradicts(
        27,
        "Il paraît que le bureau de vote de la mairie est fermé pour travaux et qu'on doit "
        "aller voter à la salle des fêtes.",
    ),
    contradicts(
        25,
        "On dit que les bulletins remplis au stylo noir seront annulés. Seul le stylo bleu "
        "serait accepté dans l'isoloir.",
    ),
    contradicts(
        29,
        "Il a été confirmé à la mairie, m'a-t-on dit, que les procurations restent possibles "
        "pour ce scrutin : pas besoin de venir en personne.",
    ),
    contradicts(
        30,
        "D'après une vidéo qui circule, un candidat aurait retiré sa candidature et appellerait"
        " ses électeurs à s'abstenir.",
    ),
    contradicts(
        31,
        "Il paraît que, d'après le ministère, les machines à voter ne sont même pas connectées "
        "à Internet. Donc pas de piratage à distance possible.",
    ),
    contradicts(
        24,
        "On raconte que cette année on peut voter en ligne en cliquant sur le lien envoyé par "
        "e-mail par la mairie.",
    ),
    contradicts(
        32,
        "Il se dit qu'on peut voter sans carte électorale : une pièce d'identité suffirait au "
        "bureau de vote.",
    ),
    unrelated(
        "On raconte que la boulangerie de la place serait fermée tout le mois d'août, quelqu'un"
        " sait ?",
    ),
    unrelated(
        "Il paraît que le dépouillement dans notre commune est ouvert au public. On pourrait y "
        "assister, vraiment ?",
    ),
    # ------------- Portuguese
    paraphrases(
        34,
        "Dizem por aí que a eleição foi adiada para dezembro. Teria sido decisão do tribunal "
        "eleitoral, por falta de urnas.",
    ),
    paraphrases(
        35,
        "Falaram lá no posto que a tinta que passam no dedo dos eleitores transmite doença de "
        "pele, porque usam o mesmo frasco em todo mundo.",
    ),
    paraphrases(
        36,
        "Meu tio jura que dá pra votar pelo aplicativo do banco, com a mesma senha do cartão. É"
        " só procurar a opção eleições, segundo ele.",
    ),
    paraphrases(
        37,
        "Tá circulando um vídeo que mostraria uma urna eletrônica sendo aberta com chave de "
        "fenda e os votos sendo trocados na seção.",
    ),
    paraphrases(
        38,
        "Disseram que quem teve o título cancelado pode votar normalmente. Bastaria apresentar "
        "a certidão de nascimento.",
    ),
    paraphrases(
        39,
        "Por causa de uma lei nova, eleitores com mais de 70 anos estariam proibidos de votar "
        "nesta eleição. É o que andam falando.",
    ),
    paraphrases(
        40,
        "Parece que os mesários receberam ordem de anular o voto de quem chegar com camiseta da"
        " cor de um partido. Será?",
    ),
    paraphrases(
        41,
        "Ouvi dizer que é permitido levar pra cabine uma cola em papel com os números dos seus "
        "candidatos. Confere?",
    ),
    contradicts(
        34,
        "Dizem por aí que a eleição foi adiada para novembro por decisão do tribunal eleitoral,"
        " por falta de urnas.",
    ),
    contradicts(
        39,
        "Andam falando que eleitores com mais de 60 anos estariam proibidos de votar nesta "
        "eleição, por causa de uma lei nova.",
    ),
    contradicts(
        40,
        "Parece que os mesários foram proibidos de usar camiseta da cor de um partido nas "
        "seções, foi o que me disseram.",
    ),
    contradicts(
        41,
        "Falaram que agora é proibido levar cola em papel para a cabine. Quem levar teria o "
        "voto anulado.",
    ),
    contradicts(
        37,
        "Me explicaram que o vídeo da urna aberta com chave de fenda é de uma manutenção feita "
        "meses antes da eleição.",
    ),
    contradicts(
        38,
        "Disseram que quem teve o título cancelado pode votar normalmente, é só levar o "
        "passaporte.",
    ),
    contradicts(
        35,
        "Dizem que a tinta que passam no dedo dá doença de pele porque é feita com produto "
        "vencido.",
    ),
    contradicts(
        36,
        "Meu tio jura que dá pra votar pelo aplicativo do governo, com a senha do gov.br, na "
        "opção eleições.",
    ),
    contradicts(
        33,
        "Dizem que a prefeitura anunciou que a votação foi adiada uma semana por causa de uma "
        "epidemia de dengue.",
    ),
    contradicts(
        1,
        "Dizem por aí que dá pra votar por SMS: manda SIM e o número do candidato pro 4455, mas"
        " ainda teria que ir na seção confirmar.",
    ),
    unrelated(
        "Dizem por aí que a feira de domingo vai mudar pra praça da igreja, alguém confirma?",
    ),
    unrelated("Falaram que o horário de verão volta esse ano, será que é verdade?"),
    # ------------- Arabic
    paraphrases(
        42,
        "يقولون إن الهيئة أعلنت تأجيل الانتخابات شهراً كاملاً، والسبب على ما يبدو موجة الحر الشديدة.",
    ),
    paraphrases(
        43,
        "سمعت من جاري أن الحبر الانتخابي يسبب العمى إذا لمس العينين، ولذلك ينصحون برفض وضعه على"
        " الإصبع. هل هذا صحيح؟",
    ),
    paraphrases(
        44,
        "يُقال إن صناديق الاقتراع وصلت إلى المراكز وفيها أوراق مؤشر عليها مسبقاً. والمستفيد "
        "مرشح واحد فقط.",
    ),
    paraphrases(
        45,
        "قيل لنا إن الإنترنت سيُقطع في جميع أنحاء البلاد يوم الانتخابات، والهدف منع نشر النتائج.",
    ),
    paraphrases(
        9,
        "يتحدثون عن اختراق آلات التصويت في المنطقة الشمالية خلال الليل، ويقال إن آلاف الأصوات "
        "قُلبت لصالح الحزب الحاكم.",
    ),
    paraphrases(
        2,
        "رجل في السوق أقسم أن الحبر الذي يدهنون به أصابع الناخبين فيه سمّ يسبب سرطان الجلد. "
        "انشروها قبل أن يحذفوها!",
    ),
    paraphrases(
        7,
        "على ما يبدو صدر قرار جديد: جواز السفر وحده سيُقبل كإثبات للهوية في مراكز الاقتراع، أما"
        " البطاقة الوطنية فلم تعد صالحة.",
    ),
    paraphrases(
        14,
        "يقال إن حظر تجول سيُفرض يوم الانتخابات ابتداءً من السادسة مساءً، وإن الشرطة ستعتقل كل "
        "من يكون في الشارع.",
    ),
    contradicts(42, "يقولون إن الهيئة أجّلت الانتخابات شهراً كاملاً بسبب العواصف الرملية."),
    contradicts(
        42,
        "أُعلن، على ذمة الراوي، أن الانتخابات تأجلت أسبوعين فقط بسبب موجة الحر الشديدة.",
    ),
    contradicts(
        43,
        "يُقال إن وزارة الصحة أكدت أن الحبر الانتخابي لا يسبب العمى حتى لو لمس العينين.",
    ),
    contradicts(
        44,
        "يقولون إن صور الصناديق التي فيها أوراق مؤشر عليها مسبقاً التُقطت خلال دورة تدريبية "
        "لموظفي الاقتراع، وليست من يوم التصويت.",
    ),
    contradicts(45, "قيل إن الإنترنت سيُقطع يوم الانتخابات في العاصمة وحدها، لمنع نشر النتائج."),
    contradicts(
        9,
        "سمعت أن آلات التصويت في المنطقة الشمالية اختُرقت ليلاً، وأن آلاف الأصوات حُوّلت لصالح "
        "المعارضة.",
    ),
    contradicts(
        7,
        "قالوا في الإذاعة إن البطاقة الوطنية ما زالت مقبولة للتصويت، ولا حاجة لجواز السفر.",
    ),
    contradicts(
        11,
        "يقال إن من لا يصوّت سيُغرَّم 500، وإن الغرامة ستُخصم من راتبه بعد ثلاثة أشهر.",
    ),
    contradicts(
        2,
        "أحدهم في العمل أقسم أن الحبر الذي يضعونه على أصابع الناخبين فيه مادة تسبب العقم، "
        "انشروا قبل الحذف.",
    ),
    contradicts(
        0,
        "يقولون إن الانتخابات الوطنية نُقلت من الأحد إلى الاثنين 9 مارس بسبب الأمطار الغزيرة، "
        "لكن الأصوات التي تُدلى يوم الأحد ستُحتسب رغم ذلك.",
    ),
    unrelated("يقولون إن المخبز في حيّنا سيغلق طوال شهر رمضان للصيانة، هل يعرف أحد؟"),
    unrelated("سمعت أن المرشحين سيجرون مناظرة تلفزيونية يوم الخميس، هل هذا مؤكد؟"),
)


HELD_OUT_22: tuple[Wording, ...] = (
    paraphrases(
        0,
        "My aunt just dropped this in the family WhatsApp group and now everyone is "
        "panicking. It says the national election has been shifted from Sunday to Monday "
        "9 March because heavy rain is forecast, and that any ballot cast on Sunday won't "
        "be counted. Can you confirm before I change my plans?",
    ),
    contradicts(
        0,
        "Just heard this from a neighbour who volunteers at the school polling station. "
        "She says that because heavy rain is forecast for Sunday, polling stations will "
        "stay open two extra hours that evening, but the election date itself isn't "
        "changing. Can you confirm so I can tell the rest of the street?",
    ),
    paraphrases(
        1,
        "Got an SMS from a number I don't know tonight. Supposedly you can vote from your "
        "phone by texting YES plus your candidate's number to 4455, and then you don't "
        "have to go to a polling station at all. My dad is housebound so honestly this "
        "would be a relief, is it real? 🙏",
    ),
    paraphrases(
        2,
        "A nurse from my church posted this on Facebook and it's being shared everywhere "
        "😟 It says the indelible ink they paint on our fingers at the polling station "
        "contains poison that gives you skin cancer, and to share before they delete it. "
        "I'm supposed to take my grandmother to vote on Sunday. Is there any truth in it?",
    ),
    contradicts(
        2,
        "My sister-in-law is a dermatologist and she sent this to reassure us. She says "
        "the indelible ink on voters' fingers contains silver nitrate, which can stain "
        "the skin for a week or two but is not harmful at all. Is that what the election "
        "authority says as well?",
    ),
    paraphrases(
        3,
        "Someone in the residents' group shared a picture this morning. They say it "
        "proves ballot papers are being given out with a cross already marked next to "
        "Candidate C. I'm not sure where the photo is from, could you check it before it "
        "spreads further?",
    ),
    contradicts(
        3,
        "Saw this on a Telegram channel run by supporters of Candidate C 📸 They claim a "
        "photo proves ballot papers are being handed out with a cross already marked next "
        "to Candidate A, their rival. Is the picture genuine?",
    ),
    contradicts(
        4,
        "A poll worker I know told me this at the bus stop. She said the pencil in the "
        "booth is perfectly fine, but if you bring your own gel pen the ink smudges onto "
        "the other box and your ballot can be spoiled. Should I warn my parents?",
    ),
    contradicts(
        5,
        "Posted in our local Facebook group by her campaign office: the independent "
        "candidate for mayor has NOT pulled out of the race, and she's asking supporters "
        "to vote early on polling day to beat the queues. Just wanted to double-check "
        "this is her official position.",
    ),
    paraphrases(
        6,
        "Good afternoon. A listener of our community radio station sent us a clip "
        "claiming that television aired the final results at 12 noon, hours before polls "
        "had closed, and that this proves the result was fixed in advance. We would like "
        "to know whether this is accurate before we discuss it on air.",
    ),
    contradicts(
        6,
        "My uncle sent me a screenshot from the evening news. It shows the television "
        "channel displaying turnout figures at 12 noon, hours before the polls closed, "
        "and he thinks that's normal. Is it allowed to publish turnout while voting is "
        "still going on?",
    ),
    contradicts(
        7,
        "Announcement copied from a WhatsApp group for our street: new rule, only the "
        "national ID card will be accepted at polling stations, passports are no longer "
        "valid as identification. My national ID expired last year and I only have my "
        "passport, so please tell me if this is right 🙏",
    ),
    paraphrases(
        8,
        "my cousin works in IT and he says half a million voters were quietly wiped off "
        "the electoral register last week and nobody was told!! 😡 he says check your "
        "registration now. is this true or is he exaggerating again",
    ),
    contradicts(
        8,
        "Our community association received this email from a councillor. It says half a "
        "million new voters were added to the electoral register last week after the "
        "registration drive, and that they all got a letter. Is that figure accurate?",
    ),
    contradicts(
        9,
        "Breaking, according to a friend who's an observer up north ⚠️ Voting machines in "
        "the northern district broke down overnight and officials switched to paper "
        "ballots this morning. No votes were lost, he says. Can you verify?",
    ),
    paraphrases(
        10,
        "Hello, I'm a student living abroad and my flatmate told me something I'd like to "
        "confirm. She says people like us can post our ballots from the consulate and "
        "that these postal votes get counted on election night itself. If that's correct "
        "I'll go to the consulate on Friday.",
    ),
    contradicts(
        10,
        "I'm an election volunteer at the embassy and a voter asked me this. He heard "
        "that postal ballots posted from the consulate are only counted a week after "
        "election night, once all the mail has arrived. Is that correct? I told him I'd "
        "check.",
    ),
    paraphrases(
        11,
        "Forwarded many times ⏩ Apparently anyone who doesn't vote will get a fine of "
        "500, and it will be deducted straight from their salary next month. My boss "
        "mentioned it at work too, so now I'm worried because I'll be travelling on "
        "polling day. What's the actual rule?",
    ),
    unrelated(
        "Hello, my mum got a text saying her electricity will be cut tonight unless she "
        "pays a 'reconnection fee' through a link. She's 80 and nearly paid it. Is this a "
        "known scam in our area?",
    ),
    unrelated(
        "Hi there! Quick question, not about fake news exactly. How many seats are up for "
        "election in the city council this year, and where can I read the candidates' "
        "manifestos? Thanks 😊",
    ),
    paraphrases(
        12,
        "Me lo pasó mi vecina esta mañana y dice que es oficial. Según el mensaje, ya se "
        "puede votar por WhatsApp mandando una foto de la cédula y el número del "
        "candidato al contacto oficial del tribunal electoral. Mi mamá no puede caminar y "
        "esto le vendría bien, ¿es verdad?",
    ),
    contradicts(
        12,
        "Me llegó esto de una cuenta que parece oficial. Dice que el tribunal electoral "
        "habilitó un contacto de WhatsApp donde mandas el número de tu cédula y te "
        "responde en qué mesa y en qué escuela te toca votar. ¿Es el número verdadero o "
        "es una estafa?",
    ),
    contradicts(
        13,
        "Aviso del grupo de vecinos 📢 Cerraron el colegio electoral del Liceo Bolívar y "
        "pasaron todas las mesas al estadio municipal sin avisar a nadie. Mi abuelo vota "
        "ahí, ¿alguien sabe si es verdad?",
    ),
    paraphrases(
        14,
        "Buenas tardes. En el grupo de padres del colegio están diciendo que el día de "
        "las elecciones habrá toque de queda a partir de las 6 de la tarde y que la "
        "policía va a detener a cualquiera que ande por la calle. Yo salgo de trabajar a "
        "las siete, ¿qué hago? 😟",
    ),
    contradicts(
        14,
        "Mi cuñado es policía y me dijo esto para tranquilizarme. No habrá ningún toque "
        "de queda el día de las elecciones, solo refuerzo de patrullas alrededor de los "
        "centros de votación hasta que cierren. ¿Coincide con lo que dicen las "
        "autoridades?",
    ),
    paraphrases(
        15,
        "Un primo que es fiscal de mesa me reenvió esto. Dice que la tinta indeleble se "
        "borra en segundos con vinagre y lejía, y que por eso hay gente votando dos y "
        "hasta tres veces. ¿Alguien lo ha comprobado? Me parece gravísimo si es cierto.",
    ),
    contradicts(
        16,
        "Hola, vivo en Madrid y una amiga me pasó esta info. Dice que si estás en el "
        "extranjero sí puedes votar en el consulado, pero que hay que inscribirse antes "
        "del 30 de junio o no te dejan. ¿Esa fecha es correcta?",
    ),
    paraphrases(
        17,
        "Circula en Facebook una lista con nombres y cédulas 📋 Según la publicación, más "
        "de 20.000 personas fallecidas votaron en la provincia costera. Mi tía la "
        "compartió diciendo que es fraude. ¿Ustedes la han revisado?",
    ),
    contradicts(
        17,
        "Un periodista local publicó esto en X. Asegura que más de 200 personas "
        "fallecidas todavía figuran en el padrón de la provincia costera, aunque ninguna "
        "de ellas votó. ¿Es un dato confiable?",
    ),
    contradicts(
        18,
        "Una señora de la fila del banco me dijo esto 😕 Que si no actualizas tus datos en "
        "el registro social antes de fin de mes te quitan el bono familiar y la ayuda por "
        "hijo durante un año. ¿Es verdad? Tengo tres niños y vivo de esa ayuda.",
    ),
    paraphrases(
        19,
        "Estimados, recibimos esta consulta en la junta de vecinos. Se comenta que la "
        "jornada electoral se va a extender a dos días, sábado y domingo, para que no "
        "haya tantas colas en los centros de votación. Agradeceríamos confirmar si es así "
        "para avisar a los adultos mayores.",
    ),
    contradicts(
        19,
        "Mensaje de la directora de la escuela: el domingo se amplía el horario de "
        "votación hasta las 8 de la noche para evitar colas en los centros de votación. "
        "La elección sigue siendo un solo día. ¿Lo confirmó el tribunal?",
    ),
    paraphrases(
        20,
        "Mira este video que me mandaron del grupo de la iglesia 😳 Se ven urnas que "
        "llegaron a los centros de votación ya llenas de papeletas antes de que abrieran. "
        "Dicen que pasó en varias escuelas. ¿Es real o es montaje?",
    ),
    paraphrases(
        21,
        "Oye, ¿viste lo de la candidata ecologista? Me escribió mi hermano que la "
        "candidata de la alianza ecologista renunció anoche y pidió que votemos por su "
        "rival. Yo iba a votar por ella, así que necesito saber si es cierto.",
    ),
    contradicts(
        21,
        "Urgente, lo están compartiendo en todos los grupos. El candidato del partido "
        "agrario renunció anoche y pidió el voto para su rival. ¿Alguien lo puede "
        "confirmar? No encuentro nada en las noticias.",
    ),
    contradicts(
        22,
        "Buenas, mi hijo perdió la cédula y alguien le dijo que ahora aceptan una foto "
        "del documento en el celular o una fotocopia para votar. ¿Es cierto? No quiero "
        "que vaya hasta allá para nada.",
    ),
    paraphrases(
        23,
        "Un compañero de trabajo insiste con esto desde hace días. Dice que el software "
        "de conteo de votos lo hizo una empresa extranjera y que lo configuraron para que "
        "gane un candidato en particular. ¿Tienen información sobre eso? Quiero "
        "responderle con datos.",
    ),
    contradicts(
        23,
        "Leí esto en un foro y me dejó más tranquila. El programa de conteo de votos lo "
        "hizo una empresa extranjera, pero técnicos de todos los partidos lo auditaron y "
        "no encontraron nada raro. ¿Es correcta esa información?",
    ),
    unrelated(
        "Hola, ¿es cierto que el agua del grifo en el barrio norte está contaminada con "
        "plomo? Lo vi en un audio de WhatsApp y tengo un bebé. Gracias.",
    ),
    unrelated(
        "Buenos días, quisiera saber cuántos diputados se eligen este año por mi "
        "provincia y dónde puedo ver las propuestas de cada lista. Gracias por el trabajo "
        "que hacen 🙌",
    ),
    paraphrases(
        24,
        "Bonjour, ma mère a reçu ce SMS hier soir et voulait cliquer tout de suite. Il "
        "paraît que cette année on peut voter en ligne en cliquant sur le lien envoyé par "
        "texto par le ministère de l'Intérieur. Pouvez-vous me dire si c'est sérieux "
        "avant qu'elle ne le fasse ?",
    ),
    contradicts(
        24,
        "J'ai reçu un SMS signé du ministère de l'Intérieur avec un lien pour vérifier "
        "mon inscription sur les listes électorales et trouver mon bureau de vote. Mon "
        "fils dit que c'est une arnaque. Ce service existe-t-il vraiment ?",
    ),
    paraphrases(
        25,
        "Message reçu dans le groupe de l'association 🖊️ Apparemment, les bulletins "
        "remplis au stylo bleu seront annulés et seul le stylo noir est accepté dans "
        "l'isoloir. Je n'ai que des stylos bleus chez moi, c'est vrai ou pas ?",
    ),
    contradicts(
        25,
        "Le président de mon bureau de vote m'a expliqué que les bulletins sur lesquels "
        "on a rayé un nom ou écrit un commentaire seront déclarés nuls au dépouillement. "
        "Je voulais vérifier que c'est bien la règle avant de le dire à mes amis.",
    ),
    paraphrases(
        26,
        "Mon voisin est persuadé que c'est truqué. Il dit que les résultats du premier "
        "tour sont passés à la télé avant même que les bureaux de vote ferment. Il me l'a "
        "envoyé trois fois aujourd'hui, vous pouvez vérifier ?",
    ),
    contradicts(
        26,
        "On en parle à la boulangerie depuis ce matin. Les résultats du premier tour "
        "n'auraient toujours pas été publiés, trois jours après la fermeture des bureaux "
        "de vote. Vous savez pourquoi il y a un tel retard ?",
    ),
    paraphrases(
        27,
        "Info partagée sur la page Facebook du quartier : le bureau de vote de la mairie "
        "serait fermé pour travaux et tout le monde devrait aller voter à la gare "
        "routière. C'est loin pour les personnes âgées, donc j'aimerais être sûr avant de "
        "transmettre.",
    ),
    contradicts(
        27,
        "Affiche vue dans le hall de mon immeuble 📌 Le bureau de vote de la gare routière "
        "est fermé pour travaux, les électeurs doivent aller voter à la mairie. Quelqu'un "
        "peut confirmer ? Je vote habituellement à la gare.",
    ),
    paraphrases(
        28,
        "Madame, Monsieur, plusieurs résidents de notre foyer ont reçu un courrier "
        "affirmant qu'une amende de 150 euros sera adressée à toute personne qui ne se "
        "déplace pas pour voter dimanche. Nous souhaiterions savoir si cette information "
        "est exacte.",
    ),
    contradicts(
        28,
        "Mon collègue m'a dit qu'une amende de 150 euros sera envoyée à ceux qui prennent "
        "leur bulletin en photo dans l'isoloir dimanche. Ça me paraît énorme, est-ce que "
        "c'est vrai ?",
    ),
    paraphrases(
        29,
        "Ma sœur est hospitalisée et comptait me donner procuration. Mais une collègue "
        "m'a dit que les procurations ne sont plus acceptées pour ce scrutin et qu'il "
        "faut obligatoirement voter en personne 😩 Est-ce que c'est vrai ?",
    ),
    contradicts(
        29,
        "Bonjour, la mairie m'a dit au téléphone que les procurations restent possibles, "
        "mais qu'il faut désormais les faire en ligne et les faire valider au "
        "commissariat avant jeudi. C'est bien la procédure ? Je pars en déplacement ce "
        "week-end.",
    ),
    contradicts(
        30,
        "Vidéo partagée par des militants ce matin : on y voit un candidat démentir tout "
        "retrait et appeler ses électeurs à voter pour lui dimanche. Est-ce une vidéo "
        "récente ? Je voudrais la partager dans mon groupe.",
    ),
    paraphrases(
        31,
        "Vu sur un forum d'informatique, tout le monde le reprend. Les machines à voter "
        "seraient reliées à Internet et pourraient être piratées à distance pendant le "
        "dépouillement. Ça m'inquiète un peu, vous avez des infos fiables ?",
    ),
    contradicts(
        31,
        "Un informaticien de ma famille affirme que les machines à voter ne sont pas "
        "connectées à Internet, mais qu'on pourrait les trafiquer avec une clé USB "
        "pendant le dépouillement. Est-ce que c'est réaliste ? Je préfère demander à des "
        "professionnels.",
    ),
    contradicts(
        32,
        "Mon père a perdu sa carte électorale et il s'inquiète. Son voisin lui a dit que "
        "sans pièce d'identité on ne peut pas voter dans les communes de plus de 1000 "
        "habitants, mais que la carte électorale n'est pas obligatoire. C'est exact ?",
    ),
    paraphrases(
        33,
        "Transféré par mon beau-père 🤒 La préfecture aurait annoncé que le scrutin est "
        "repoussé d'une semaine à cause de l'épidémie de grippe. Je n'ai rien vu dans les "
        "journaux, c'est officiel ?",
    ),
    contradicts(
        33,
        "La préfecture a publié un communiqué, d'après ma tante qui travaille à la "
        "mairie. Le scrutin est maintenu dimanche malgré l'épidémie de grippe, mais les "
        "bureaux fermeront à 18 h au lieu de 20 h. Quelqu'un a vu le communiqué ?",
    ),
    unrelated(
        "Bonjour, est-il vrai que le prix du gazole va baisser de 30 centimes le mois "
        "prochain ? Je l'ai vu sur TikTok mais je ne trouve aucune source. Merci "
        "d'avance.",
    ),
    unrelated(
        "Bonsoir ! Je cherche le programme des candidats aux municipales de ma commune, "
        "savez-vous où on peut le consulter ? Et est-ce qu'il y aura un débat télévisé ? "
        "🙂",
    ),
    paraphrases(
        34,
        "Recebi no grupo da família agora há pouco. Dizem que a eleição foi adiada para "
        "dezembro porque o tribunal eleitoral decidiu que faltam urnas. Meu pai já tinha "
        "comprado passagem pra votar na cidade dele, é verdade isso?",
    ),
    contradicts(
        34,
        "Me mandaram isso agora 👇 A eleição continua marcada pra outubro, mas o tribunal "
        "eleitoral vai trazer urnas de outros estados porque faltam equipamentos em "
        "algumas cidades. Vocês confirmam?",
    ),
    contradicts(
        34,
        "No grupo do bairro estão falando que a eleição do conselho tutelar foi adiada "
        "para dezembro por falta de urnas, mas que a eleição geral não muda. Faz sentido? "
        "Sou candidata a conselheira e preciso saber.",
    ),
    paraphrases(
        35,
        "Gente, olha o que a minha vizinha mandou 😬 Segundo ela, a tinta que passam no "
        "dedo dos eleitores transmite doença de pele porque usam o mesmo frasco pra todo "
        "mundo. Tenho dermatite e fiquei preocupada. Alguém sabe se procede?",
    ),
    contradicts(
        35,
        "Minha prima que é enfermeira explicou no grupo que a tinta passada no dedo dos "
        "eleitores pode manchar a unha por umas duas semanas, mas não faz mal nenhum e "
        "não passa doença. Queria só confirmar se é isso mesmo.",
    ),
    paraphrases(
        36,
        "Meu tio mandou isso no zap e já tá querendo fazer. Diz que dá pra votar pelo app "
        "do banco, usando a mesma senha do cartão, é só procurar a opção 'eleições' no "
        "menu. Isso existe mesmo ou é golpe?",
    ),
    contradicts(
        36,
        "Vi um post dizendo que dá pra pagar a multa de quem não votou pelo aplicativo do "
        "banco, usando a guia que o cartório emite. Alguém já fez isso? Faltei na última "
        "eleição e preciso regularizar.",
    ),
    contradicts(
        36,
        "Minha filha disse que dá pra justificar a ausência pelo aplicativo e-Título, é "
        "só procurar a opção 'justificativa' no dia da eleição. Vou estar viajando, então "
        "queria confirmar.",
    ),
    paraphrases(
        37,
        "Bom dia. Um seguidor nos enviou um vídeo que mostra uma urna eletrônica sendo "
        "aberta com chave de fenda e votos sendo trocados dentro da seção. Gostaríamos de "
        "saber se há verificação sobre esse conteúdo antes de comentarmos.",
    ),
    contradicts(
        37,
        "Um amigo que é fiscal de partido mandou um vídeo. Nele aparece uma urna "
        "eletrônica sendo lacrada em cerimônia pública, com fiscais dos partidos "
        "acompanhando. Ele diz que é de ontem, na nossa zona eleitoral. Isso é normal?",
    ),
    paraphrases(
        38,
        "Minha irmã teve o título cancelado porque não fez a biometria. Uma amiga disse "
        "pra ela que quem teve o título cancelado pode votar normal, só levando a "
        "certidão de nascimento. É isso mesmo? Não quero que ela perca a viagem.",
    ),
    contradicts(
        38,
        "Perdi meu título e estou desesperado 😰 Um colega disse que quem perdeu o título "
        "pode votar normalmente apresentando só um documento oficial com foto. Isso vale "
        "pra essa eleição?",
    ),
    paraphrases(
        39,
        "Recebi esse áudio transcrito no grupo da igreja 😡 Dizem que eleitores com mais "
        "de 70 anos estão proibidos de votar nesta eleição por causa de uma lei nova. "
        "Minha mãe tem 74 e sempre votou, isso é verdade?",
    ),
    contradicts(
        39,
        "A assistente social do posto disse pra minha avó que eleitores com mais de 70 "
        "anos não são obrigados a votar, mas podem se quiserem. Ela ficou confusa com "
        "umas mensagens do zap. Podem confirmar?",
    ),
    paraphrases(
        40,
        "Alerta que chegou no grupo do condomínio: mesários teriam recebido ordem de "
        "anular o voto de quem aparecer com camiseta da cor de algum partido. Ia votar de "
        "vermelho porque é minha camisa favorita kkk, devo me preocupar?",
    ),
    contradicts(
        40,
        "Me repassaram essa regra: os mesários estão proibidos de trabalhar com camiseta "
        "da cor de partido durante a votação. Vou ser mesária pela primeira vez, então "
        "queria saber se é verdade.",
    ),
    paraphrases(
        41,
        "Oi! Sou eleitora de primeira viagem e minha professora falou que é permitido "
        "levar pra cabine uma colinha de papel com os números dos meus candidatos. Posso "
        "mesmo? Tenho medo de esquecer os números 😅",
    ),
    contradicts(
        41,
        "Um vizinho falou com toda certeza que não é permitido levar cola de papel com os "
        "números dos candidatos pra cabine, que o mesário confisca. Eu sempre levei, "
        "mudou alguma coisa?",
    ),
    unrelated(
        "É verdade que o INSS vai pagar o 13º dos aposentados em duas parcelas este ano? "
        "Minha avó recebeu uma mensagem sobre isso e quer saber a data.",
    ),
    unrelated(
        "Olá! Onde consigo a lista dos candidatos a vereador do meu bairro com as "
        "propostas de cada um? Obrigado pelo serviço de vocês 👍",
    ),
    paraphrases(
        42,
        "وصلتني هذه الرسالة من ابن عمي على واتساب صباح اليوم. يقول إن الهيئة أعلنت تأجيل "
        "الانتخابات شهراً كاملاً بسبب موجة الحر الشديدة. كنت قد رتبت إجازتي للتصويت، فهل "
        "الخبر صحيح؟",
    ),
    paraphrases(
        42,
        "السلام عليكم، يتداول الناس في الحي خبراً مفاده أن موعد الاقتراع أُرجئ لمدة شهر "
        "بسبب الحر الشديد، وذلك بقرار من الهيئة. نرجو التحقق قبل أن ننشره في مجموعة "
        "السكان 🙏",
    ),
    contradicts(
        42,
        "قال لي جاري الذي يعمل في البلدية إن الهيئة أعلنت تمديد ساعات الاقتراع ساعتين "
        "بسبب موجة الحر الشديدة، على أن يبقى موعد الانتخابات كما هو. هل صدر هذا القرار "
        "فعلاً؟",
    ),
    contradicts(
        42,
        "رسالة من الهيئة وصلت إلى هاتفي 📩 تقول إن الانتخابات ستجري في موعدها رغم موجة "
        "الحر الشديدة، وإنه سيتم توفير المياه في كل المراكز. هل هذه الرسالة رسمية؟",
    ),
    contradicts(
        42,
        "أخبرني أخي أن الهيئة أعلنت تأجيل آخر موعد للتسجيل في القوائم الانتخابية أسبوعاً "
        "بسبب موجة الحر. لم أسجل بعد، فهل ما زال لدي وقت؟",
    ),
    paraphrases(
        43,
        "أرسلت لي جارتي هذا التحذير ⚠️ تقول إن الحبر الانتخابي يسبب العمى إذا لمس "
        "العينين، ولذلك يجب أن نرفض وضعه على أصابعنا. ابني عنده حساسية في العين وأنا "
        "خائفة، هل هذا صحيح؟",
    ),
    paraphrases(
        43,
        "منشور على فيسبوك يشاركه كثيرون في قريتنا: الحبر الذي يضعونه على الإصبع بعد "
        "التصويت يُفقدك البصر إذا وصل إلى عينك، فارفضوه. هل لديكم معلومات موثوقة عن هذا؟",
    ),
    contradicts(
        43,
        "قالت لي الممرضة في المركز الصحي إن الحبر الانتخابي قد يسبب احمراراً بسيطاً إذا "
        "لمس العينين ويكفي غسلهما بالماء، ولا داعي لرفض وضعه على الإصبع. هل هذا صحيح؟",
    ),
    contradicts(
        43,
        "ينتشر في مجموعتنا كلام غريب 🤔 يقولون إن الحبر الانتخابي يحتوي على مادة تسمح "
        "بتعقب من صوّت ولمن صوّت، لذلك يجب رفض وضعه على الإصبع. ما حقيقة ذلك؟",
    ),
    paraphrases(
        44,
        "شاهدت صورة في مجموعة على تيليغرام. يقولون إن صناديق الاقتراع وصلت إلى المراكز "
        "وبداخلها أوراق مؤشر عليها مسبقاً لصالح مرشح واحد. أنا مراقب متطوع وأريد أن أعرف "
        "هل هذا حقيقي.",
    ),
    contradicts(
        44,
        "أكد لي مندوب أحد المرشحين أن صناديق الاقتراع وصلت إلى المراكز فارغة ومختومة، وتم "
        "فتحها أمام المندوبين قبل بدء التصويت. هل هذا هو الإجراء المعتاد؟",
    ),
    contradicts(
        44,
        "يقول أهل قريتنا إن صناديق الاقتراع وصلت إلى مراكز الجنوب متأخرة ثلاث ساعات، "
        "فتأخر بدء التصويت. هل تعرفون السبب؟ كنا ننتظر في الشمس منذ الصباح.",
    ),
    paraphrases(
        45,
        "خبر عاجل من صديق يعمل في شركة اتصالات 📵 يقول إنه سيتم قطع الإنترنت في كل أنحاء "
        "البلاد يوم الانتخابات حتى لا تُنشر النتائج. هل أعلنت أي جهة رسمية ذلك؟",
    ),
    paraphrases(
        45,
        "تحية طيبة، تلقينا في الجمعية رسائل كثيرة تفيد بأن السلطات ستقطع الإنترنت على "
        "مستوى البلاد يوم الاقتراع لمنع نشر النتائج. نرجو منكم التأكد من صحة هذا الخبر.",
    ),
    contradicts(
        45,
        "كتب ابن خالتي أن شركة الكهرباء أعلنت قطع الكهرباء عن بعض الأحياء يوم الانتخابات "
        "لأعمال صيانة. هل هذا صحيح؟ عندنا مريض في البيت يحتاج جهازاً كهربائياً.",
    ),
    contradicts(
        45,
        "قرأت على صفحة إخبارية أن الهيئة ستنشر النتائج الأولية مباشرة على الإنترنت ليلة "
        "الانتخابات، مركزاً بمركز. هل هذا صحيح؟ وأين أجد الرابط؟",
    ),
    paraphrases(
        2,
        "وصلتني رسالة من مجموعة الأمهات في المدرسة. تقول إن الحبر الذي يُدهن به إصبع "
        "الناخب يحتوي على سم يسبب سرطان الجلد، وتطلب مشاركتها قبل أن يحذفوها. هل هذا "
        "معقول؟",
    ),
    contradicts(
        11,
        "أرسل لي زميلي في العمل هذا الخبر. يقول إن الغرامة البالغة 500 ستُفرض على من لم "
        "يسجل اسمه في القوائم الانتخابية، وليس على من لا يصوت. هل هذا صحيح؟ لم أسجل بعد.",
    ),
    unrelated(
        "هل صحيح أن سعر الخبز سيرتفع إلى الضعف الشهر القادم؟ رأيت فيديو على تيك توك ولا "
        "أعرف إن كان حقيقياً. شكراً لكم.",
    ),
    unrelated(
        "مرحباً، كيف أعرف رقم مكتب الاقتراع الخاص بي واسم المدرسة؟ انتقلت إلى حي جديد هذا العام 🙂",
    ),
)


HELD_OUT_23: tuple[Wording, ...] = (
    paraphrases(
        0,
        "Sunday ballots won't be counted: national election moved to Monday 9 March, heavy rain "
        "forecast.",
    ),
    paraphrases(
        1,
        "- voting by phone\n- text YES + your candidate's number to 4455\n- no need to go to a "
        "polling station",
    ),
    paraphrases(
        2,
        "Skin cancer from the indelible ink painted on voters' fingers, it contains a poison. "
        "Share before they delete this!",
    ),
    paraphrases(
        4,
        "Votes changed afterwards by officials rubbing out pencil marks -> don't use the pencil "
        "provided in the booth",
    ),
    paraphrases(
        6,
        "Outcome decided in advance, the proof: final results shown on TV at 12 noon, hours "
        "before polls closed",
    ),
    paraphrases(
        7,
        "National ID cards no longer valid at polling stations; under a new rule a passport is "
        "the only ID accepted",
    ),
    paraphrases(
        8,
        "Secret deletion of half a million voters from the electoral register last week, none "
        "of them told",
    ),
    paraphrases(
        9,
        "Thousands of votes flipped to the governing party after voting machines in the "
        "northern district were hacked overnight",
    ),
    contradicts(
        0,
        "National election moved from Sunday to Monday 9 March because of the transport strike, "
        "Sunday ballots not counted",
    ),
    contradicts(1, "Text YES to 4455 -> you get the address of your polling station back by SMS"),
    contradicts(3, "Photo shows ballot papers being handed out without Candidate C's name on them"),
    contradicts(
        4,
        "Pencil in the booth is fine: marks can't be rubbed out by officials, votes can't be "
        "changed afterwards",
    ),
    contradicts(
        5,
        "Independent candidate for mayor staying in the race and asking her supporters to go "
        "out and vote on polling day",
    ),
    contradicts(6, "Final results shown on TV at midnight, hours after the polls closed"),
    contradicts(
        7,
        "New rule: passports no longer accepted as identification at polling stations, only "
        "national ID cards",
    ),
    contradicts(
        8,
        "Half a million voters added to the electoral register last week, all of them notified "
        "by letter",
    ),
    contradicts(
        9,
        "Voting machines in the southern district broke down overnight, thousands of votes "
        "counted by hand instead",
    ),
    contradicts(
        10,
        "Postal votes of citizens abroad, posted from the consulate -> not counted until a week "
        "after election night",
    ),
    unrelated("Is the pharmacy on Main Street open on Sunday? Need to pick up my prescription"),
    unrelated("Fuel prices going up 20% next week -> fill your tank now, forwarded by a friend"),
    paraphrases(
        12,
        "Voto por WhatsApp ya habilitado: foto de la cédula + número del candidato al contacto "
        "oficial del tribunal electoral",
    ),
    paraphrases(
        13,
        "Traslado sin aviso de todas las mesas de la Escuela San Miguel al estadio municipal; "
        "el colegio electoral, cerrado",
    ),
    paraphrases(
        14,
        "Día de elecciones -> toque de queda a partir de las seis de la tarde, detenido quien "
        "esté en la calle",
    ),
    paraphrases(
        15,
        "Gente votando dos y tres veces porque la tinta indeleble sale en segundos con lejía y "
        "vinagre",
    ),
    paraphrases(
        17,
        "Según una lista que circula en redes: en la provincia costera votaron más de 20.000 "
        "muertos",
    ),
    paraphrases(
        18,
        "Pérdida del bono familiar y de la ayuda por hijo durante un año para quien no vaya a "
        "votar",
    ),
    paraphrases(
        20,
        "Urnas ya llenas de papeletas al llegar a los centros de votación, antes de la "
        "apertura; se ve en un video",
    ),
    paraphrases(
        23,
        "Conteo de votos amañado: el programa lo hizo una empresa extranjera y lo configuró a "
        "favor de un candidato",
    ),
    contradicts(
        12,
        "Por WhatsApp solo se consulta dónde votar: manda tu número de cédula al contacto "
        "oficial del tribunal",
    ),
    contradicts(
        13,
        "Escuela San Miguel: solo una mesa se trasladó al estadio municipal, las demás siguen "
        "en la escuela",
    ),
    contradicts(
        14,
        "Toque de queda desde las seis de la tarde el día después de las elecciones, no el "
        "mismo día",
    ),
    contradicts(
        16,
        "Los consulados sí reciben votos este año -> no hace falta volver al país para votar "
        "desde el extranjero",
    ),
    contradicts(
        17,
        "Más de 20.000 personas fallecidas siguen inscritas en el padrón de la provincia "
        "costera, pero ninguna votó",
    ),
    contradicts(18, "Quien vote recibe un bono familiar extra durante un año"),
    contradicts(
        19,
        "Jornada electoral en un solo día, el domingo; el sábado solo se reparte el material a "
        "los centros",
    ),
    contradicts(
        20, "Video: urnas que llegaron vacías y selladas a los centros de votación antes de abrir"
    ),
    contradicts(
        21,
        "La candidata de la alianza ecologista recibió anoche el apoyo de su rival, que se retiró",
    ),
    contradicts(
        22, "Para votar basta una foto del documento en el celular; el original ya no hace falta"
    ),
    unrelated("¿Alguien sabe a qué hora abre el registro civil para renovar el pasaporte?"),
    unrelated("Ojo: estafa con mensajes del banco que piden tu clave por SMS, no respondan"),
    paraphrases(
        24,
        "Vote en ligne possible cette année : il suffit de cliquer sur le lien du SMS envoyé "
        "par le ministère de l'Intérieur",
    ),
    paraphrases(
        25, "Seul le stylo noir accepté dans l'isoloir -> bulletins remplis au stylo bleu annulés"
    ),
    paraphrases(
        26,
        "Avant même la fermeture des bureaux de vote, la télé avait déjà donné les résultats du "
        "premier tour",
    ),
    paraphrases(
        27,
        "Électeurs envoyés à la gare routière pour voter, car le bureau de vote de la mairie "
        "est fermé pour travaux",
    ),
    paraphrases(
        28, "Pas de déplacement pour voter dimanche = amende de 150 euros envoyée à chacun"
    ),
    paraphrases(29, "Fin des procurations pour ce scrutin ; vote en personne obligatoire"),
    paraphrases(
        31,
        "Piratage à distance possible pendant le dépouillement : les machines à voter sont "
        "connectées à Internet",
    ),
    paraphrases(
        33,
        "Report d'une semaine du scrutin annoncé par la préfecture. Cause : une épidémie de grippe",
    ),
    contradicts(
        24,
        "Lien envoyé par SMS par le ministère de l'Intérieur -> pour vérifier son inscription "
        "sur les listes, pas pour voter",
    ),
    contradicts(
        25,
        "Bulletins remplis au crayon à papier annulés : seul le stylo est accepté dans l'isoloir",
    ),
    contradicts(
        26,
        "Résultats du premier tour donnés à la télévision deux heures après la fermeture des "
        "bureaux de vote",
    ),
    contradicts(
        27,
        "Bureau de vote de la gare routière fermé pour travaux, électeurs redirigés vers la mairie",
    ),
    contradicts(28, "Amende de 150 euros pour ceux qui votent deux fois dimanche"),
    contradicts(
        29, "Procurations toujours acceptées pour ce scrutin, pas besoin de voter en personne"
    ),
    contradicts(
        30,
        "Vidéo : un candidat confirme sa candidature et appelle ses électeurs à se mobiliser "
        "contre son adversaire",
    ),
    contradicts(
        31, "Les machines à voter tombent en panne pendant le dépouillement à cause de la chaleur"
    ),
    contradicts(
        32,
        "Sans carte d'identité, impossible de voter en ville : les bureaux refuseront ceux qui "
        "n'en ont pas",
    ),
    contradicts(
        33, "Scrutin avancé d'une semaine à cause d'une épidémie de grippe, selon la préfecture"
    ),
    unrelated("Quelqu'un sait si la piscine municipale rouvre lundi ?"),
    unrelated(
        "Inscriptions pour être assesseur au bureau de vote ouvertes jusqu'à vendredi, qui est "
        "dispo ?"
    ),
    paraphrases(
        34,
        "Adiamento da eleição para dezembro: decisão do tribunal eleitoral, motivo falta de urnas",
    ),
    paraphrases(
        35,
        "Doença de pele passada pela tinta no dedo dos eleitores -> o mesmo frasco é usado em "
        "todo mundo",
    ),
    paraphrases(36, "Voto pelo app do banco: mesma senha do cartão, é só achar a opção eleições"),
    paraphrases(
        37, "Troca de votos na seção: vídeo mostra urna eletrônica aberta com chave de fenda"
    ),
    paraphrases(
        38, "Título cancelado não impede de votar: basta apresentar a certidão de nascimento"
    ),
    paraphrases(39, "Nova lei proíbe quem tem mais de 70 anos de votar nesta eleição"),
    paraphrases(40, "Camiseta com a cor de um partido -> voto anulado, ordem dada aos mesários"),
    paraphrases(
        41,
        "Cola em papel com os números dos seus candidatos: pode levar para a cabine, é permitido",
    ),
    contradicts(
        34, "Eleição adiada para dezembro por decisão do tribunal eleitoral por causa das chuvas"
    ),
    contradicts(
        34,
        "Tribunal eleitoral confirma a eleição na data marcada, apesar da falta de urnas em "
        "algumas seções",
    ),
    contradicts(35, "Tinta no dedo dos eleitores sai com água e sabão no mesmo dia"),
    contradicts(
        36, "Golpe no app do banco: mensagem pede a senha do cartão com a desculpa das eleições"
    ),
    contradicts(37, "Vídeo mostra cédulas de papel sendo trocadas por mesários na seção"),
    contradicts(
        38,
        "Quem teve o título cancelado pode regularizar no cartório eleitoral apresentando a "
        "certidão de nascimento",
    ),
    contradicts(39, "Eleitores com mais de 70 anos não são obrigados a votar nesta eleição"),
    contradicts(
        40, "Ordem aos mesários: barrar na entrada da seção quem chegar com camiseta de partido"
    ),
    contradicts(41, "Proibido levar cola em papel para a cabine: o mesário pode anular o voto"),
    contradicts(41, "É proibido levar o celular para a cabine de votação"),
    unrelated("Alguém tem o telefone do posto de saúde? Preciso marcar a vacina da gripe"),
    unrelated("Quando sai o resultado do Enem? Minha filha está ansiosa"),
    paraphrases(42, "تأجيل الانتخابات لمدة شهر كامل بسبب موجة الحر الشديدة، حسب إعلان الهيئة"),
    paraphrases(42, "الهيئة: الانتخابات مؤجلة شهراً بسبب الحر"),
    paraphrases(43, "رفض وضع الحبر الانتخابي على الإصبع -> لأنه يسبب العمى إذا لمس العينين"),
    paraphrases(
        44, "أوراق مؤشر عليها مسبقاً لصالح مرشح واحد داخل صناديق الاقتراع عند وصولها إلى المراكز"
    ),
    paraphrases(45, "يوم الانتخابات: قطع الإنترنت في كل البلاد حتى لا تُنشر النتائج"),
    paraphrases(
        45, "- قطع الإنترنت\n- في جميع أنحاء البلاد\n- يوم الانتخابات\n- السبب: منع نشر النتائج"
    ),
    paraphrases(
        1, "التصويت عبر الهاتف: أرسل YES ورقم مرشحك إلى 4455 ولا داعي للذهاب إلى مركز الاقتراع"
    ),
    paraphrases(
        9,
        "تحويل آلاف الأصوات لصالح الحزب الحاكم بعد اختراق آلات التصويت في المنطقة الشمالية خلال "
        "الليل",
    ),
    contradicts(42, "أعلنت الهيئة تأجيل الانتخابات أسبوعاً واحداً فقط بسبب موجة الحر"),
    contradicts(42, "تأجيل الانتخابات شهراً كاملاً بسبب الفيضانات، حسب الهيئة"),
    contradicts(43, "الحبر الانتخابي يزول بالماء خلال ساعة، لذلك يمكن التصويت مرتين"),
    contradicts(43, "الحبر الانتخابي يسبب حساسية في الجلد إذا بقي على اليد أكثر من يوم"),
    contradicts(44, "صناديق الاقتراع وصلت إلى المراكز فارغة ومختومة بالشمع الأحمر"),
    contradicts(44, "ضبط أوراق اقتراع مؤشر عليها مسبقاً في منزل أحد المرشحين، لا في مراكز الاقتراع"),
    contradicts(45, "قطع الإنترنت ليلة الانتخابات في العاصمة فقط بسبب عطل فني"),
    contradicts(45, "لن يتم قطع الإنترنت يوم الانتخابات، والنتائج ستُنشر على موقع الهيئة"),
    contradicts(10, "الأصوات البريدية للمواطنين في الخارج لا تُحتسب ليلة الانتخابات بل بعد أسبوع"),
    contradicts(11, "من لا يصوّت يُمنع من تجديد جواز السفر لمدة سنة"),
    unrelated("هل مكتب البريد مفتوح يوم الجمعة؟"),
    unrelated("متى تبدأ امتحانات الثانوية العامة هذا العام؟"),
)
