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

# Taking a side (`claim_stance`): for or against what follows. Words that say so wherever they
# stand (verbs: "supports the reform", "s'oppose au projet"; phrases: "in favour of", "en contra
# de", "لصالح", "ضد")...
FOR_WORDS = _w(
    "support supports supported supporting favour favours favor favors endorse endorses endorsed "
    "approve approves approved approving "
    "apoya apoyan apoyó apoyaron apoyar respalda respaldan respaldó respaldar "
    "aprueba aprueban aprobó aprobaron aprobar "
    "soutient soutiennent soutenir soutenu soutenue approuve approuvent approuver approuvé "
    "apoia apoiam apoiou apoiaram apoiar aprova aprovam aprovou aprovaram aprovar "
    "unterstützt unterstützen unterstützte befürwortet befürworten "
    "يؤيد تؤيد يؤيدون أيد أيدت أيدوا"
)
AGAINST_WORDS = _w(
    "oppose opposes opposed opposing reject rejects rejected rejecting "
    "opone oponen oponerse opuso rechaza rechazan rechazó rechazaron rechazar "
    "opposent opposer rejette rejettent rejeter "
    "opõe opõem opor opôs rejeita rejeitam rejeitou rejeitaram rejeitar "
    "ablehnen abzulehnen lehnt lehnen lehnte abgelehnt "
    "يعارض تعارض يعارضون عارض عارضت عارضوا يرفض ترفض رفض رفضت"
)
# The side taken written as a noun, with the word that links it to what it is taken on
# ("support for the reform", "el apoyo a", "son opposition au projet", "o apoio à"): without
# the link the noun is too often something else ("the opposition won", "la oposición", "the
# support of the mayor"). `claim_stance` also reads none after "of" and an article ("el apoyo
# de la oposición a la reforma": whose support it is, not a side taken on the opposition).
FOR_NOUNS = _p(
    "support for|backing for|apoyo a|apoyo al|respaldo a|respaldo al|soutien à|soutien au"
    "|soutien aux|apoio a|apoio à|apoio ao|apoio aos|Unterstützung für|Zustimmung zu"
    "|Zustimmung zum"
)
AGAINST_NOUNS = _p(
    "opposition to|rejection of|oposición a|oposición al|rechazo a|rechazo al|opposition à"
    "|opposition au|opposition aux|rejet de|rejet du|oposição a|oposição à|oposição ao"
    "|oposição aos|rejeição a|rejeição à|rejeição ao|Widerstand gegen|Ablehnung des"
    "|Ablehnung der"
)
# The Arabic nouns, which need no link word: the noun in construct with what it is taken on
# ("تأييد التعديل", "معارضته للتعديل"), after a one-letter preposition or "و" at most and with a
# possessive ending at most, never with the article ("المعارضة" is the opposition, a party).
FOR_NOUNS_ARABIC = _w("تأييد")
AGAINST_NOUNS_ARABIC = _w("معارضة")
# A voter's answer at a vote: "vote yes" / "vote no", "votar sí" / "no", "voter oui" / "non",
# "votar sim" / "não", "التصويت بنعم" / "بلا" (German "mit Ja" / "mit Nein" is a phrase near a
# vote below). Read as the side taken only right after a voting word or its link ("votar por el
# no", "voter pour le non", "votar pelo não"), and only before nothing or a linking word
# (`ANSWER_FOLLOWERS`): "vote no later than 7pm", "votar no domingo" and "بلا بطاقة" (without
# a card) say no answer.
YES_WORDS = _w("yes si oui sim نعم بنعم")
NO_WORDS = _w("no non nao لا بلا")
ANSWER_LINKS = _w("por el pour le pelo ب بـ")
ANSWER_FOLLOWERS = _w(
    "on to in at for a al en au aux no na nos nas ao em dans sur zu bei beim على في ل"
)
FOR_PHRASES = _p(
    "in favour of|in favor of|a favor de|a favor del|en faveur de|en faveur du|em favor de"
    "|a favor do|a favor da|zugunsten|لصالح"
)
AGAINST_PHRASES = _p("en contra de|en contra del|ضد|vote down|votes down|voted down|voting down")
# ...and words that take a side only next to a vote ("vote for", "votar por", "voter pour",
# "für das Gesetz stimmen", "votar contra"; "for the first time" takes none): within
# `claim_stance.VOTE_REACH` words of a voting word or of `STANCE_VOTES`. Left out: "para" (also
# "in order to"), Portuguese "em", "no", "na" ("votar no candidato", also "in the").
FOR_NEAR_VOTE = _p("for|pour|por|a favor|für|dafür|yes on|sí a|oui à|sim a|mit ja")
AGAINST_NEAR_VOTE = _p(
    "against|contra|en contra|contre|gegen|dagegen|no on|non à|não a|nein zu|mit nein"
)
# Verbs that vote without being voting words elsewhere in the guard: German "stimmen" (also
# "voices", "they are right"), Arabic "صوت" (also "a voice", "a vote" as a count).
STANCE_VOTES = _w("stimmen stimmt stimmte stimmten gestimmt صوت صوتوا صوتت يصوت يصوتوا")
# A word before what a verb of taking a side is done by ("supported by the mayor"): the side
# is then taken by what follows, not towards it.
AGENT_WORDS = _w("by par por pelo pela pelos pelas von vom durch")
# Contractions skipped, as function words are, when looking for what a side is taken on ("s'oppose
# au projet" / "soutient le projet", "se opõe ao voto" / "apoio ao voto").
STANCE_SKIPPED = _w("au aux à ao aos")

# Who does what to whom (`claim_roles`): besides names, offices, parties and the
# other side of a race, the candidates themselves ("the candidate endorsed her rival").
CANDIDATE_WORDS = _w("candidate* candidat* kandidat* مرشح*")
# Verbs that two sides do to each other, so that turning them round says the same: "Smith met
# Jones" / "Jones met Smith". A final "*" is a prefix.
SYMMETRIC_VERBS = _w(
    "meet* met debat* faced face faces tied tie ties marr* allied ally "
    "reuni* enfrent* empat* alia* "
    "rencontr* affront* debatt* allie* "
    "encontr* "
    "traf treffen trifft verbünd* "
    "التقى التقت واجه واجهت تحالف"
)
# A word right before the second side that makes it the one who acts, not the one acted on:
# an agent ("beaten by Smith") or whose act it is ("received the backing of the governor", "el
# apoyo del gobernador", Arabic "على يد" and "من قبل": by). Such a link on one side only is the
# same roles said the other way.
ROLE_AGENT_WORDS = _w("of de del do da dos das du des von vom يد قبل")
# A word right before the second side that links it as a partner, not as the one acted on:
# "Smith met with Jones", "se reunió con", "a débattu avec".
PARTNER_WORDS = _w("with con avec com mit مع")
# Arabic words that may link a verb's subject to its object when the verb comes first ("فاز
# سميث على جونز", "خسر سميث أمام جونز"; `claim_roles`), besides function words.
ROLE_LINKS_ARABIC = _w("على امام")
