"""The word tables of the contradiction guard (`claim_contradiction`), one place to extend them.

Words are written naturally (accents, case) and folded like every indexed text (`normalise`) when
the guard reads them. A word ending in "*" stands for every word starting with it ("hack*":
hacked, hacking, hacker); the others must match a whole word. Languages: English, Spanish,
French, Portuguese, German and Arabic.

Words left out on purpose, because they mean something else as often: French "est" (is, not
east), "personne" (person), "plus" (more); Spanish "este" (this), "mañana" (morning); German
"morgen" (morning); Arabic "ما" (what); English "no" is kept (a determiner of negation).
"""

from __future__ import annotations


def _w(words: str) -> tuple[str, ...]:
    """The words of a table line."""
    return tuple(words.split())


# Word endings the guard's light stemmer strips (folded: no accents), so that "posted" meets
# "post" and "votaron" meets "votar"; the longest that leaves three letters goes.
LATIN_SUFFIXES = _w(
    "ations ation ments ment ings ing edly ed es s ly "
    "aron eron ieron ando iendo aram eram iram ou ados adas idos idas ado ada ido ida "
    "ees ee ions ons ent "
    "ungen ung en er e a o ar ir"
)

# Words that negate what follows them (or, at the end of a clause, what precedes them).
NEGATORS = _w(
    # English (contractions: the folded "can't" is "can t"; "cant", "dont"... typed without it)
    "not never no none nobody nothing neither nor cannot nowhere impossible "
    "cant dont doesnt didnt isnt arent wasnt werent wont wouldnt couldnt shouldnt "
    "hasnt havent hadnt aint mustnt "
    # Spanish
    "nunca jamás ni nadie nada ningún ninguno ninguna tampoco imposible "
    # French ("n" is the folded "n'")
    "ne n pas jamais rien aucun aucune nul nulle impossible "
    # Portuguese
    "não nao nem ninguém nenhum nenhuma impossível "
    # German
    "nicht kein keine keinen keinem keiner keines nie niemals niemand nichts unmöglich "
    # Arabic: not (present, future, past), is not, without forms with "and"/"so" attached
    "لا لن لم ليس ليست ليسوا ولا ولن ولم وليس فلا فلن فلم غير "
    # "without", which says "with no" ("with no net neutrality" / "without net neutrality")
    "without sin sans sem ohne بدون دون بلا"
)

# Negators that quantify a noun ("nenhum voto", "ningún voto", "aucun bureau", "keine Stimme"):
# what they deny is the noun *and* what is said of it, so their scope after them is one content
# word more ("Nenhum voto foi contado" denies "contado" as well, which the claim "Votos foram
# contados" states; "voto" alone does not meet the claim's plural "votos"). The extra word is never
# a capitalised one (a name, or a German noun): "keine Stimme in Köln" denies no Köln. Pronouns
# ("nobody", "nadie", "niemand", "ninguém") need nothing more: the word after them is what they
# deny. English "no" and "none" neither: as a plain "not" ("no longer considers") or before a name
# ("No Lackin Challenge") a wider scope took words the other text states plainly, on CheckThat!
# train. Every word here is also in NEGATORS.
QUANTIFIER_NEGATORS = _w(
    "ningún ninguno ninguna aucun aucune nul nulle nenhum nenhuma "
    "kein keine keinen keinem keiner keines"
)

# The English "t" of a folded contraction ("can t") negates when the word before ends in "n".
CONTRACTION_TAIL = "t"

# Words skipped when finding what a negation applies to: articles, pronouns, auxiliaries and
# modals, prepositions. Not exhaustive; a word missing here only widens the scope a little.
FUNCTION_WORDS = frozenset(
    _w(
        # English
        "a an the this that these those it its they them their there he she his her we our "
        "you your i my me be is are was were been being am do does did done have has had "
        "can could may might must shall should will would to of in on at by for from with "
        "as and or but if so than then also just even still yet any all some more most very "
        "really actually ever again here into out up about over after before s t because since "
        "need needs needed going got get one whole entire "
        # Spanish
        "el la los las un una unos unas lo le les se su sus es son fue fueron ser estar está "
        "están estaba ha han había hay de del en con por para a al que y o pero como muy "
        "puede pueden podrá podrán va van ya porque necesita necesitan más entero entera "
        # French
        "le la les un une des du de d l se sa son ses leur leurs ce cette ces il elle ils elles "
        "on est sont était été être a ont avait peut peuvent pourra doit doivent va vont en "
        "dans sur par pour avec et ou mais que qui y sera seront serait parce car besoin faut "
        "entier entière "
        # "plus" as "more", as English "more" above, and as the second half of "ne ... plus" (no
        # longer), whose negation applies to the word after it: "ne sont plus acceptées"
        "plus "
        # Portuguese
        "o a os as um uma uns umas do da dos das no na nos nas em de com por para pelo pela "
        "e ou mas que se seu sua seus suas é são foi foram ser estar está estão tem têm há "
        "pode podem vai vão já porque será serão precisa precisam inteiro inteira "
        # German
        "der die das den dem des ein eine einen einem einer es sie er wir ihr ist sind war "
        "waren wird werden wurde wurden hat haben kann können darf dürfen soll sollen muss "
        "müssen in im an am auf aus bei mit von zu zum zur für und oder aber auch noch mehr "
        "weil braucht brauchen "
        # Arabic
        "في من على الى إلى عن مع هذا هذه ذلك تلك التي الذي هو هي هم و او أو ان أن إن قد كان "
        "كانت يمكن سوف تم يتم "
        # "لا أحد" (no one): the negation applies to what no one did, not to "one"
        "أحد"
    )
)

# Words that narrow or move what a sentence says: a condition or an exception ("only", "except",
# "unless"), or a time shifted from the one named ("the day after the election"). One of them in
# a text's retelling of the other, where the other has none, changes the claim
# (`claim_retelling`): "You can vote by text message only if you live abroad".
SCOPE_SHIFTERS = _w(
    # English
    "only except unless excluding after before b4 "
    # Spanish
    "solo sólo solamente únicamente excepto salvo después antes "
    # French
    "seulement uniquement sauf excepté après avant "
    # Portuguese
    "só somente apenas exceto salvo depois antes "
    # German ("vor", "nach" and Arabic "قبل", also "accepted", mean other things as often)
    "nur außer ausser nachdem bevor "
    # Arabic
    "فقط إلا الا باستثناء بعد"
)

# Words that deny what follows them: a voter forwarding a correction ("the commission denied
# that ...", "desmienten que ...") says the opposite of the claim with all of its words. A
# truth word under a negation denies too ("no es cierto que", "it is not true that", "غير
# صحيح"). Left out: "fake", "false", "falso" (voters ask "true or fake?"), "rumour" (voters
# forward rumours as such).
DENIAL_WORDS = _w(
    # English
    "deny denies denied denying debunk debunks debunked debunking "
    # Spanish
    "desmiente desmienten desmintió desmintieron niega niegan negó negaron "
    # French
    "dément démentent démenti nie nient nié "
    # Portuguese
    "desmente desmentem desmentiu desmentiram nega negam negou negaram "
    # German
    "dementiert dementieren bestreitet bestreiten widerlegt "
    # Arabic
    "نفت نفى ينفي تنفي ينفون"
)
# ...a verb among them only with what is denied after it: "denied that", "desmiente los
# rumores", "نفت الأنباء" ("allowed to deny birth certificates", "se niega a votar" deny nothing
# said before).
DENIED_OBJECTS = _w(
    "that reports report claims claim rumours rumors rumour rumor news allegations "
    "que rumores informaciones versiones noticias "
    "qu rumeurs informations "
    "boatos notícias informações "
    "dass berichte gerüchte "
    "أن ان الأنباء الانباء الشائعات الأخبار الاخبار ما"
)
# Nouns that deny by themselves: "it's a hoax", "es un bulo", "c'est une intox", "é boato".
HOAX_WORDS = _w("hoax bulo intox boato شائعة")
TRUTH_WORDS = _w("true cierto verdad vrai verdade wahr صحيح")

# Words that join a clause to what comes before ("..., but only in the capital"): a scope
# shifter right after one of them still starts the slot it stands in.
JOINING_WORDS = _w("and but or yet y pero o sino e et mais ou donc mas und aber oder و لكن")

# Words that give a cause ("because of", "por causa de", "à cause de", "بسبب"). In a retelling
# of a claim, a slot right after one where every content word differs gives another cause
# ("because of the heat wave" / "because of a shortage of ballot papers"), whether or not it
# names a time, place or name (`claim_retelling`); "cause" as a verb gives another effect
# ("can cause skin cancer" / "can cause blindness", "causar"). Arabic words count after their
# prefixes.
CAUSE_WORDS = _w(
    "because caus* due owing "
    "porque debido motivo culpa "
    "raison parce "
    "devido razão "
    "wegen weil "
    "بسبب سبب لأن جراء"
)

# Nouns of a place ("province", "distrito", "quartier", "محافظة"). In a retelling of a claim,
# a slot right next to one, where every content word differs, names another place ("in the
# coastal province" / "in the mountain province", "la provincia costera" / "la provincia de la
# sierra"), whether or not a compass side names it (`claim_retelling`).
PLACE_NOUNS = _w(
    "province provinces district districts region regions state county town city "
    "neighbourhood neighborhood village "
    "provincia provincias distrito distritos región regiones departamento ciudad barrio "
    "comuna municipio pueblo "
    "région département ville quartier commune village "
    "província região cidade bairro município "
    "محافظة منطقة مدينة ولاية قرية حي"
)

# Where one votes, named with the voting word ("bureau de vote", "local de votação", "voting
# station"): the voting word there names a place, not the act. A claim about voting told with
# the voting word only in such a place ("on peut voter en ligne" / "on peut vérifier son bureau de
# vote en ligne") is about something else (`claim_contradiction`). The nouns come before "de",
# the English heads after the voting word. Left out: Arabic, where a voting word after any noun
# is its complement ("صناديق الاقتراع", ballot boxes, beside "مراكز الاقتراع", polling centres)
# and nothing in the tables tells a noun from the verb of "يمكنك التصويت" (you can vote).
VOTING_PLACE_NOUNS = _w(
    "bureau bureaux local locales locais lugar lugares centro centros centre centres "
    "mesa mesas cabina cabinas cabine cabines recinto recintos sección secciones seção seções"
)
VOTING_PLACE_LINKS = _w("de du des da do del of")
VOTING_PLACE_HEADS = _w(
    "station stations booth booths place places centre centres center centers site sites "
    "location locations"
)

# Words that say all of something, and words that say one or some of it: "todas las mesas" /
# "some polling stations". The same noun with an all word on one side and a some word on the
# other is another scope (`claim_contradiction`). Numbers say how many, not "not all" ("the 500
# polling stations"): the number check compares them. An article that also means "one" ("una",
# "un", "uma") counts only said as "only one" (after an `ONLY_WORDS` word, or in capitals:
# "solo UNA mesa"): "un votante puede votar en cualquier mesa" speaks of every voter.
ALL_WORDS = _w("all every each todos todas cada tous toutes chaque كل جميع")
SOME_WORDS = _w(
    "some several few one "
    "algunas algunos alguna alguno unas unos pocas pocos varias varios "
    "quelques plusieurs seule seul "
    "alguns algumas poucas poucos várias vários "
    "بعض عدة"
)
ONE_ARTICLES = _w("una uno un une uma um")
ONLY_WORDS = _w("only just solo sólo solamente únicamente seulement juste só somente apenas")

# Voting and the election itself: what nearly every claim of an election tip-line is about. In a
# retelling of a claim, a slot where the claim votes ("votar", "le scrutin", "الانتخابات") and the
# message does something else with content words ("consultar tu mesa", "la rentrée scolaire",
# "الامتحانات") is a claim about something else, whatever the other words share
# (`claim_retelling`). Every form of the verb counts ("vot*": "votaran", "voterons"); an
# Arabic word counts with its article or a prefix ("والانتخابات"). Left out: voters themselves
# (`NOT_VOTING_WORDS`), polling stations and ballot boxes (who and where, which a message may name
# in other words: "voters" / "citizens"), and "electoral", which qualifies something else (the
# electoral court, roll or fine: "el tribunal electoral" / "el TSE" is the same court).
VOTING_WORDS = _w(
    # English, Spanish, French, Portuguese: the verb in every form, and the election
    "vot* ballot* election* eleccion* comicio* sufragi* suffrag* scrutin* eleic* pleito "
    # German
    "wahl wahlen wählen wählt gewählt abstimm* "
    # Arabic
    "انتخاب* اقتراع تصويت يصوت يصوتون"
)
NOT_VOTING_WORDS = _w("voters votante votantes electorate wähler")

# Words that name a party or an alliance of them. In a retelling, a slot with one on each side
# and other words around it is another party ("la alianza ecologista" / "el partido liberal"),
# lower case as voters write them, where the name check only sees capitals. Left out: "front" and
# "frente" (also "in front of": "na frente dos fiscais").
PARTY_WORDS = _w(
    "party parties partido partidos parti partis partei parteien "
    "alliance alliances alianza alianzas aliança alianças "
    "coalition coalitions coalición coaliciones coalizão coalizões coligação coligações "
    "movimiento movimientos mouvement mouvements movimento movimentos "
    "حزب ائتلاف تحالف"
)

# Whose election it is, where that is not the public one the catalogue's claims are about: a
# students' or a trade union's, a university's, a club's, a neighbouring country's. Such a word
# next to the election itself (`ELECTION_NOUNS`, within
# `claim_word_classes.ELECTION_QUALIFIER_WORDS`) on one side only moves the claim to another
# election: "the students' union election has been moved", "a eleição do conselho tutelar foi
# adiada". Next to the verb it says who votes in the
# public one ("university students can vote where they study"), which is no other election.
# Arabic words are written without their prefixes ("الطلبة" is read "طلبة"). Left out: "union"
# (the European Union votes in public elections), "internal", "municipal" (which public election
# a claim is about is often unsaid), "school" and "colegio" (a polling station is often one).
OTHER_ELECTION_WORDS = _w(
    # English, Spanish, French, Portuguese: students, universities, unions, clubs, neighbours
    "student* universit* estudiant* étudiant* estudant* grêmio "
    "sindica* syndica* gewerkschaft* club* clube* tutelar "
    "neighbouring neighboring vecino vecina voisin voisine vizinho vizinha nachbar* "
    # Arabic
    "طلبة طلاب جامعة جامعات نقابة نقابات مجاور مجاورة"
)
ELECTION_NOUNS = _w("election* eleccion* eleic* scrutin* comicio* pleito* referend* wahl* انتخاب*")

# Words that place a claim in time. In a retelling of a claim, a few words swapped for others
# count as a change of what it says only where one side names a time, a place or a name
# (`claim_retelling`): "hacked overnight" / "hacked last year" is another event, "deleted
# from the roll" / "from the register" the same one. Left out: "pasado", "passada" (also "passed").
TIME_WORDS = _w(
    # English
    "overnight night tonight morning evening afternoon yesterday today tomorrow last next ago "
    "past coming week weeks month months year years decade "
    # Spanish
    "anoche noche mañana tarde ayer hoy próximo próxima semana semanas meses año años "
    # French
    "nuit soir matin hier aujourd demain dernier dernière prochain prochaine semaine semaines "
    "mois année années ans "
    # Portuguese
    "noite manhã ontem hoje amanhã próximo próxima semana semanas mês ano anos "
    # German
    "nacht gestern heute morgen letzte letzten nächste nächsten woche monat jahr "
    # Arabic
    "ليلة الليلة أمس امس اليوم غدا الماضي الماضية المقبل المقبلة القادم القادمة أسبوع شهر"
)

# Words that name an outcome, in opposite pairs: a message with one side and a claim with the
# other (and not both) say different things. A group may hold words of several languages.
OUTCOME_OPPOSITES: tuple[tuple[str, tuple[str, ...], str, tuple[str, ...]], ...] = (
    (
        "hacked",
        _w(
            "hack* compromised tampered manipulated infiltrat* breached "
            "hackead* manipulad* pirat* "
            "manipulé* piraté* "
            "hackead* invadid* "
            "gehackt manipuliert "
            "اختراق مخترق مخترقه اخترق اخترقت تلاعب"
        ),
        "working",
        _w(
            "working worked functioning secure intact fine "
            "funcionan funcionaban funcionando funciona seguras seguros "
            "fonctionnent fonctionnaient fonctionne sécurisé* intactes "
            "funcionavam funcionam funcionando "
            "funktionieren funktionierten sicher "
            "تعمل سليمه امنه"
        ),
    ),
    (
        "cancelled",
        _w(
            "cancel* postpone* suspend* delay* "
            "cancelad* suspendid* aplazad* pospuest* "
            "annulé* reporté* suspendu* "
            "cancelad* adiad* suspens* "
            "abgesagt verschoben "
            "الغاء الغيت ألغيت تاجيل تأجيل تاجلت"
        ),
        "confirmed",
        _w(
            "confirm* scheduled "
            "confirmad* "
            "confirmé* maintenu* "
            "confirmad* mantid* "
            "bestätigt "
            "تاكيد تأكيد مؤكد"
        ),
    ),
    (
        "won",
        _w(
            "won win wins winning winner victory victorious "
            "ganó gana ganado ganador victoria "
            "gagné gagne vainqueur victoire "
            "venceu ganhou vencedor vitória "
            "gewonnen gewinnt sieg sieger "
            "فاز فوز يفوز"
        ),
        "lost",
        _w(
            "lost lose loses losing loser defeat defeated "
            "perdió pierde perdido perdedor derrota derrotado "
            "perdu perd perdant défaite "
            "perdeu perde perdedor derrota "
            "verloren verliert niederlage "
            "خسر خسارة يخسر هزيمه"
        ),
    ),
    (
        "open",
        _w(
            "open opened opens reopen* "
            "abierto abierta abiertos abiertas abren abrió "
            "ouvert ouverte ouverts ouvertes ouvrent "
            "aberto aberta abertos abertas abrem abriu "
            "rouvert rouverte rouverts rouvertes reabierto reabierta reabrió reaberto reaberta "
            "reabriu "
            "geöffnet offen "
            "مفتوح مفتوحه فتح فتحت"
        ),
        "closed",
        _w(
            "closed closes shut "
            "cerrado cerrada cerrados cerradas cierran cerró cerraron "
            "fermé fermée fermés fermées ferment "
            "fechado fechada fechados fechadas fecham fechou "
            "geschlossen "
            "مغلق مغلقه اغلق أغلق اغلقت أغلقت "
            # a sealed ballot box is a closed one: "urna lacrada" / "urna sendo aberta"
            "sealed sellad* scellé* lacrad* versiegelt مختوم مختومه"
        ),
    ),
    (
        # Ballot boxes that arrive full or empty. Left out: French "plein" ("plein de gens": a lot
        # of people), Portuguese "cheio de" (also "fed up"), German "leer" (Spanish "to read").
        "full",
        _w(
            "full stuffed filled prefilled "
            "llena llenas lleno llenos rellenas rellenos "
            "remplie remplies bourrée bourrées "
            "cheia cheias preenchida preenchidas "
            "voll "
            "ممتلئه مليئه محشوه"
        ),
        "empty",
        _w("empty vacía vacías vacío vacíos vide vides vazia vazias vazio vazios فارغه فارغ"),
    ),
    (
        "rigged",
        _w(
            "rigged fraud fraudulent stolen steal "
            "fraude fraudulent* amañad* robad* "
            "truqué* volé* "
            "fraudad* roubad* "
            "gefälscht betrug "
            "مزور مزوره تزوير"
        ),
        "fair",
        _w(
            "fair clean legitimate transparent "
            "limpia limpias limpio legítim* transparente* "
            "régulier régulière régulières légitime* "
            "limpa limpas limpo legítim* "
            "sauber "
            "نزيه نزيهه شفافه"
        ),
    ),
    (
        "allowed",
        _w(
            "allowed allow permitted legal authorised authorized "
            "permitid* permiten autorizad* "
            "autorisé* permis "
            "permitid* permitem autorizad* "
            "erlaubt "
            "مسموح يسمح"
        ),
        "banned",
        _w(
            "banned ban bans forbidden prohibited illegal "
            "prohibid* prohíbe* ilegal "
            "interdit* illégal* "
            "proibid* proíbe* ilegal "
            "verboten "
            "ممنوع يمنع حظر محظور"
        ),
    ),
    (
        "increase",
        _w(
            "increase* increasing rise rises rising risen raised "
            "aument* sube subió "
            "augment* hausse "
            "aument* subiu "
            "erhöht gestiegen "
            "زياده ارتفاع ارتفع"
        ),
        "decrease",
        _w(
            "decrease* decreasing fall falls falling fell drop* reduc* cut cuts "
            "disminu* baja bajó reducid* "
            "baiss* diminu* réduit* "
            "diminu* caiu reduzid* "
            "gesenkt gesunken "
            "انخفاض انخفض تخفيض"
        ),
    ),
    (
        "accepted",
        _w(
            "accepted valid counted "
            "aceptad* válid* contad* "
            "accepté* valable* valide* comptés "
            "aceit* válid* contad* "
            "akzeptiert gültig gezählt "
            "مقبول مقبوله صالح"
        ),
        "rejected",
        _w(
            "rejected invalid discarded destroyed "
            "rechazad* inválid* descartad* destruid* "
            "rejeté* invalide* détruit* "
            "rejeitad* inválid* descartad* destruíd* "
            "abgelehnt ungültig vernichtet "
            "مرفوض مرفوضه باطل"
        ),
    ),
    (
        "true",
        _w("true real genuine verdadero verdadera vrai vraie verdadeiro verdadeira wahr صحيح"),
        "false",
        _w("false fake falso falsa faux fausse falsch مزيف كاذب"),
    ),
    (
        "governing",
        _w(
            "governing ruling incumbent oficialista oficialismo gobernante governista "
            "regierend Regierungspartei الحاكم"
        ),
        "opposition",
        _w("opposition oposición opositor* opposant* oppositionnel* oposição Opposition المعارضه"),
    ),
    (
        # When something happened: "results shown before the polls closed" / "after". German
        # "vor"/"nach" and Arabic "قبل" (also "accepted") mean other things as often.
        "before",
        _w("before antes avant bevor"),
        "after",
        _w("after después despues après depois nachdem"),
    ),
    (
        # Who is on a list: "half a million voters deleted from the register" / "added to".
        # Not "included" ("the list included ..." says nothing of anyone added).
        "added",
        _w(
            "added incorporated "
            "añad* agreg* incorporad* incorporaron "
            "ajout* "
            "adicion* acrescent* "
            "hinzugefügt aufgenommen "
            "أضيف أضيفت اضافة إضافة"
        ),
        "removed",
        _w(
            "deleted removed purged excluded "
            "elimin* borrad* borraron excluid* excluyeron purgad* "
            "supprim* radié* exclu exclus exclue effacé* "
            "removid* removeram removeu apagad* apagaram excluíd* excluíram expurgad* "
            "gelöscht entfernt gestrichen "
            "حذف حذفت شطب"
        ),
    ),
    (
        "arrested",
        _w("arrested detained detenid* arrêté* preso presa presos verhaftet اعتقال اعتقل"),
        "released",
        # The noun too: "failed to secure the release of three men being detained" speaks of both.
        _w(
            "released freed release liberad* liberación libéré* libération libertad* libertação "
            "solto freigelassen Freilassung افراج"
        ),
    ),
)

# Places that exclude each other: compass sides. A value may be written in any language.
DIRECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("north", (_w("north northern norte norteño norteña nord nördlich شمال شمالي"))),
    ("south", (_w("south southern sureño sureña sud sul sulista süd südlich جنوب جنوبي"))),
    ("east", (_w("east eastern oriente oriental orientale leste ost östlich شرق شرقي"))),
    ("west", (_w("west western oeste occidental occidentale ouest westlich غرب غربي"))),
)

# Which round or which time: "les résultats du premier tour" / "du second tour", "la segunda
# vuelta" / "la primera". Like an office, an ordinal counts only where each side has one the other
# lacks, next to a word both share ("tour"), so "a second" (of time) next to nothing shared is
# left alone.
ORDINALS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("1st", _w("first premier première primer primera primero primeiro primeira erste ersten 1er")),
    (
        "2nd",
        _w(
            "second seconde deuxième segundo segunda zweite zweiten 2e 2º 2ª "
            "runoff ballottage balotaje"
        ),
    ),
    ("3rd", _w("third troisième tercer tercera tercero terceiro terceira dritte dritten")),
)

# Offices ("the candidate for mayor" / "for governor"): another office is another person and
# another race. Like a place, an office counts only where each side has one the other lacks, next
# to a word both share. Left out: Arabic "رئيس" (also any head of anything), French "préfet"
# (an official, not an elected office).
OFFICES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("mayor", _w("mayor alcalde alcaldesa maire mairesse prefeito prefeita bürgermeister عمدة")),
    (
        "governor",
        _w("governor gobernador gobernadora gouverneur governador governadora محافظ"),
    ),
    ("president", _w("president presidente presidenta président présidente präsident")),
    ("senator", _w("senator senador senadora sénateur sénatrice سيناتور")),
    (
        "deputy",
        _w(
            "congressman congresswoman diputado diputada député députée deputado deputada "
            "parliament parlamento parlement parlamentar برلمان"
        ),
    ),
    (
        "councillor",
        _w("councillor councilor concejal concejala conseiller conseillère vereador vereadora"),
    ),
)

# Days relative to today.
RELATIVE_DAYS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("today", (_w("today tonight hoy aujourd hoje heute اليوم"))),
    ("tomorrow", (_w("tomorrow demain amanhã amanha غدا"))),
    ("yesterday", (_w("yesterday ayer hier ontem gestern امس"))),
)

# Lengths of time ("postponed by a week" / "by a month"). Left out: days and hours ("election
# day" is in every text), Spanish "mes" alone (French "my"), French "an" (English "an"), Arabic
# "سنة" and "عام" (also "Sunni" and "general").
PERIODS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("week", _w("week weeks semana semanas semaine semaines woche wochen أسبوع أسبوعا أسابيع")),
    (
        "month",
        _w(
            "month months meses mois mês monat monate شهر شهرا أشهر شهور "
            "un_mes el_mes este_mes próximo_mes del_mes al_mes"
        ),
    ),
    ("year", _w("year years año años année années ans ano anos jahr jahre")),
)


def _named(line: str) -> tuple[str, tuple[str, ...]]:
    """("may", ("mayo", ...)) for "may: mayo ..." (the name is not a word to match: English
    "may" is a modal); ("june", ("june", "jun", ...)) for "june jun ..."."""
    if ":" in line:
        name, words = line.split(":")
        return name.strip(), tuple(words.split())
    return line.split()[0], tuple(line.split())


MONTHS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    _named(names)
    for names in (
        "january jan enero janvier janeiro januar يناير",
        "february feb febrero février fevereiro februar فبراير",
        "march marzo mars março märz مارس",
        "april apr abril avril أبريل",
        "may: mayo mai maio مايو",
        "june jun junio juin junho juni يونيو",
        "july jul julio juillet julho juli يوليو",
        "august aug agosto août august اغسطس",
        "september sep sept septiembre septembre setembro سبتمبر",
        "october oct octubre octobre outubro oktober اكتوبر",
        "november nov noviembre novembre novembro نوفمبر",
        "december dec diciembre décembre dezembro dezember ديسمبر",
    )
)

WEEKDAYS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    _named(names)
    for names in (
        "monday lunes lundi segunda montag الاثنين",
        "tuesday martes mardi terça dienstag الثلاثاء",
        "wednesday miércoles mercredi quarta mittwoch الاربعاء",
        "thursday jueves jeudi quinta donnerstag الخميس",
        "friday viernes vendredi sexta freitag الجمعه",
        "saturday sábado samedi sabado samstag السبت",
        "sunday domingo dimanche sonntag الاحد",
    )
)

# Capitalised words that are not names: titles and words capitalised for emphasis or style.
NOT_NAMES = frozenset(
    _w(
        "president presidente président präsident minister ministro ministre governor "
        "gobernador gouverneur governador senator senador sénateur mayor alcalde maire prefeito "
        "candidate candidato candidat kandidat party partido parti partei "
        "breaking urgent news update fact check photo video watch read share "
        "mr mrs ms dr sr sra "
        "election elections elección elecciones élection élections eleição eleições wahl "
        "wahlen vote voting voto vota votar "
        # a voter's answer, often capitalised ("Vote YES on 12", "mit Nein stimmen")
        "yes oui sí sim ja nein "
    )
)

# Words after which a single capital letter is a name: "Candidate C", "Partido B", "Liste A".
LETTERED_TITLES = _w(
    "candidate candidato candidata candidat kandidat party partido parti partei "
    "list lista liste option opción opção"
)
