"""The contradiction guard: does a voter's message say something different from a matched claim?

A message can share almost every word with a fact-checked claim and still say the opposite:
"Citizens abroad can NOT post their ballots" against "Citizens abroad can post their ballots".
Word-overlap and sentence-vector scores cannot see that, so before an automatic answer the
matched text and the message are compared for meaning-changing differences, table-driven
(`contradiction_words`):

- negation: a content word negated in one text ("not", "nunca", "ne ... pas", "لم", "without"
  ...) and stated plainly in the other;
- outcome: opposite outcome words (hacked/working, cancelled/confirmed, won/lost, open/closed...),
  a negated outcome word counting as its opposite;
- place: different compass sides (northern/southern district);
- office: different offices (the candidate for mayor / for governor);
- date: different months, weekdays, relative days (today/tomorrow), years, day numbers or
  lengths of time (a week / a month);
- number: different numbers or times (3pm vs 7pm);
- name: different capitalised names of people, parties or places;
- wording: in a message that retells the claim word for word, a few words swapped for others
  between shared ones ("in the coastal province" / "in the northern province", "overnight" /
  "last year", "vote for her rival" / "vote blank");
- scope: in such a retelling, a word that narrows or moves the claim on one side only ("only if
  you live abroad", "the day after the election");
- subject: in such a retelling, the claim's voting or election word swapped for something else
  ("the polling station" / "the post office", "votar" / "consultar tu mesa", "الانتخابات" /
  "الامتحانات"): a claim about another thing, told in the claim's words;
- name, in such a retelling, also: another party named in lower case ("la alianza ecologista" /
  "el partido liberal"), one capital letter for another ("Candidate A" / "Candidate C"); and
  wording: two details that traded places ("stylo noir ... stylo bleu" / the other way round);
- number, also: another round ("premier tour" / "second tour");
- quantity: all of something on one side, one or some of it on the other ("todas las mesas" /
  "UNA mesa");
- cause: in a retelling, another cause after a cause word ("because of the heat wave" / "because
  of a shortage of ballot papers"); place, also: another place next to a place noun ("the
  coastal province" / "the mountain province");
- election: whose election it is, on one side only, next to the election itself ("the students'
  union election", "a eleição do conselho tutelar");
- order: a span turned round ("from Sunday to Monday" / "from Monday to Sunday"); quantity,
  also: a bound turned over ("more than 20,000" / "fewer than 20,000", "18 and over" / "under
  18"; "pas moins de" is "au moins"), in `claim_direction`;
- outcome, in a retelling: taking part in the vote and staying away from it traded places
  ("go to the polls" / "stay at home", "boycott" / "take part"); subject: the vote given to the
  other side ("vote for her" / "for her rival"), in `claim_retelling` with `claim_acts`;
- outcome, also: the other side taken on the same thing ("vote for the referendum" / "vote
  against the referendum", "supports" / "opposes", "a favor de" / "en contra de", "support for"
  / "opposition to", "تأييد" / "معارضة", "vote yes" / "vote no": `claim_stance`, with
  `claim_vote_answers`); a vote said as the side it takes ("reject" / "vote against") is no
  other subject;
- wording, also: two sides that traded roles around the same word ("Smith beat Jones" / "Jones
  beat Smith", "the governor endorsed the mayor" / "the mayor endorsed the governor") or after
  an Arabic verb said first ("فاز سميث على جونز" / "فاز جونز على سميث"), in `claim_roles`.

A bare four-digit number before a counted noun or after a count word ("around 2000
protesters") is a count, not a year ("2000 ballots" against "20,000 ballots": `claim_numbers`);
"18+" is "18 and over", "-18" is "under 18" (`claim_direction`).

A value only one of the two texts has is extra context, never a conflict: a voter may leave out
a date, or add who sent them the message. Only a value on each side that the other lacks is.
`TextIndex` caps a conflicting hit below the answer threshold and attaches the `Conflict`, so the
desk sees the suggestion with its reason.
The retelling checks (wording, scope, subject, cause...) are in `claim_retelling`.
"""

from __future__ import annotations

import unicodedata

from rapidfuzz import fuzz

from matching.claim_direction import turned_round
from matching.claim_reading import Reading, links_a_place, read
from matching.claim_retelling import SAME_NAME_RATIO, substituted
from matching.claim_voting_place import VOTE_ROOT, is_infinitive
from matching.claim_word_classes import OPPOSITE
from matching.claim_words import fold, verb_forms
from matching.conflicts import Conflict, ConflictKind
from matching.text_normalise import normalise

__all__ = ["Conflict", "ConflictKind", "agrees_on_key_words", "find_conflict", "numbers_disagree"]


def find_conflict(message: str, claim: str) -> Conflict | None:
    """The first meaning-changing difference between `message` and `claim`, or None."""
    ours, theirs = read(message), read(claim)
    checks = (
        _negation,
        _denial,
        _outcome,
        _stance,
        _place,
        _office,
        _ordinal,
        _election,
        _date,
        _number,
        _quantity,
        _name,
        _voting_place,
        substituted,
    )
    for check in checks:
        found = check(ours, theirs)
        if found is not None:
            return found
    return turned_round(message, claim)


def numbers_disagree(message: str, claim: str) -> Conflict | None:
    """A number on each side that the other lacks, wherever it stands: the guard for a message
    matched by meaning across languages (`cross_lingual`), where no shared word places a value
    next to another and `find_conflict` sees nothing. Digits in any script count as the same
    number ("٤٤٥٥" is 4455). Stricter than `find_conflict` on purpose: such a hit then goes to
    the desk, never wrongly to the voter."""
    ours = {_ascii_digits(value): raw for value, raw in read(message).numbers.items()}
    theirs = {_ascii_digits(value): raw for value, raw in read(claim).numbers.items()}
    only_ours = [value for value in ours if value not in theirs]
    only_theirs = [value for value in theirs if value not in ours]
    if only_ours and only_theirs:
        return Conflict(ConflictKind.NUMBER, ours[only_ours[0]], theirs[only_theirs[0]])
    return None


def _ascii_digits(value: str) -> str:
    return "".join(
        str(unicodedata.digit(char)) if char.isdigit() and not char.isascii() else char
        for char in value
    )


def agrees_on_key_words(message: str, claim: str) -> bool:
    """Whether `message` has every place and outcome word of `claim`, at least half of its names
    and of its numbers, and no conflict: the lexical evidence a meaning-based score needs before
    it may raise a hit.

    Half, not all, of the names and numbers: an indexed text is often a claim and a headline
    that repeats it with more names, and a voter's message retells it with fewer; a changed name
    or number is still a conflict. A name counts in any form (lower case, inside a handle such as
    "@realDonaldTrump"). Dates may be missing (a message seldom repeats the year).
    Chosen on CheckThat! train (docs/decisions.md, 70): every value required kept the fewest
    answers, and with half of them no answer was wrong."""
    ours, theirs = read(message), read(claim)
    if not theirs.places.keys() <= ours.places.keys():
        return False
    if not theirs.outcomes.keys() <= ours.outcomes.keys():
        return False
    if 2 * len(theirs.numbers.keys() - ours.numbers.keys()) > len(theirs.numbers):
        return False
    # A name is there in any form: lower case, or inside a handle ("@realDonaldTrump").
    folded = f" {normalise(message)} "
    missing = [
        stem
        for stem, raw in theirs.names.items()
        if stem not in ours.stems and f" {normalise(raw)} " not in folded
    ]
    if 2 * len(missing) > len(theirs.names):
        return False
    return find_conflict(message, claim) is None


# --- the checks -----------------------------------------------------------------------------


def _negation(ours: Reading, theirs: Reading) -> Conflict | None:
    """A word negated more often on one side, and stated plainly more often on the other: one
    of its mentions flipped ("can NOT vote ... your vote counts" / "can vote ... your vote
    counts"). Counting mentions, not just presence, catches a flip of one of several. Else a
    mention negated on one side, followed by the word that follows a plain mention on the other,
    where the other side never negates it: "will NOT be counted on election night, they get
    counted the week after" / "are counted on election night" (the same phrase, flipped)."""
    for stem, negator in ours.negated.items():
        if any(_flipped(form, ours, theirs, stem) for form in verb_forms(stem, theirs.plain)):
            return Conflict(ConflictKind.NEGATION, negator, "")
    for stem, negator in theirs.negated.items():
        if any(_flipped(form, theirs, ours, stem) for form in verb_forms(stem, ours.plain)):
            return Conflict(ConflictKind.NEGATION, "", negator)
    # A phrase the negating side also states plainly is a contrast, not a flip: "not closed on
    # Sunday in Lagos, ... in Abuja they are closed on Sunday".
    for phrase in (ours.negated_next & theirs.plain_next) - ours.stated_next:
        if not theirs.negated_count.get(phrase[0], 0):
            return Conflict(ConflictKind.NEGATION, ours.negated[phrase[0]], "")
    for phrase in (theirs.negated_next & ours.plain_next) - theirs.stated_next:
        if not ours.negated_count.get(phrase[0], 0):
            return Conflict(ConflictKind.NEGATION, "", theirs.negated[phrase[0]])
    return None


def _flipped(form: str, negating: Reading, other: Reading, stem: str) -> bool:
    """`stem` negated more often in `negating`, and stated plainly (as `form`: the stem itself,
    or the same Arabic verb in another form) more often in `other`, which never negates it: a
    word both texts deny is not flipped, whatever else they say of it ("America will never be
    destroyed from the outside ... we destroyed ourselves" against a fact-check whose claim and
    headline both say "never be destroyed")."""
    if other.negated_count.get(form, 0) or other.negated_count.get(stem, 0):
        return False
    more_negated = negating.negated_count.get(stem, 0) > other.negated_count.get(stem, 0)
    more_plain = other.plain.get(form, 0) > negating.plain.get(form, 0)
    return more_negated and more_plain


def _denial(ours: Reading, theirs: Reading) -> Conflict | None:
    """A message that denies what the claim says: "the commission denied that ...", "no es
    cierto que ...". Only the message's: a fact-check's own text often calls its claim a hoax."""
    if ours.denials and not theirs.denials:
        return Conflict(ConflictKind.DENIAL, ours.denials[0], "")
    return None


def _outcome(ours: Reading, theirs: Reading) -> Conflict | None:
    for group, written in ours.outcomes.items():
        opposite = OPPOSITE[group]
        if (
            opposite in theirs.outcomes
            and group not in theirs.outcomes
            and opposite not in ours.outcomes
        ):
            return Conflict(ConflictKind.OUTCOME, written, theirs.outcomes[opposite])
    return None


def _stance(ours: Reading, theirs: Reading) -> Conflict | None:
    """The two texts take opposite sides on the same thing ("vote for the referendum" / "vote
    against the referendum", "apoya la reforma" / "rechaza la reforma": `claim_stance`), and
    neither takes the other side on anything: "X voted for the bill and Y against it" / "Y voted
    against the bill and X for it" tells who took which side, and "it" names no thing."""
    my_sides = {side for _, side in ours.stances}
    their_sides = {side for _, side in theirs.stances}
    if len(my_sides) != 1 or len(their_sides) != 1 or my_sides == their_sides:
        return None
    for (taken_on, side), written in ours.stances.items():
        other = theirs.stances.get((taken_on, side.other))
        if other is not None:
            return Conflict(ConflictKind.OUTCOME, written, other)
    return None


def _differs(
    kind: ConflictKind,
    category: str,
    readings: tuple[Reading, Reading],
    values: tuple[dict[str, str], dict[str, str]],
    *,
    same_both_sides: bool = False,
) -> Conflict | None:
    """A value on each side that the other side lacks, in the same place: next to a word both
    sides have ("close at 3pm" / "close at 7pm"). Two values in different places are two
    different details, not one detail changed (a tweet's date line against a claim's year).
    `same_both_sides`: the words on both sides must be the same (names: "say Garcia won" /
    "say Moreno won"), since a name next to one shared word is often another name for the same
    thing ("Trump Tower" / "the Trump Organization")."""
    ours, theirs = values
    only_ours = [value for value in ours if value not in theirs]
    only_theirs = [value for value in theirs if value not in ours]
    for mine in only_ours:
        near = readings[0].near.get((category, mine), frozenset())
        for other in only_theirs:
            theirs_near = readings[1].near.get((category, other), frozenset())
            same = near == theirs_near if same_both_sides else bool(near & theirs_near)
            if near and same:
                return Conflict(kind, ours[mine], theirs[other])
    return None


def _place(ours: Reading, theirs: Reading) -> Conflict | None:
    return _differs(ConflictKind.PLACE, "place", (ours, theirs), (ours.places, theirs.places))


def _office(ours: Reading, theirs: Reading) -> Conflict | None:
    return _differs(ConflictKind.OFFICE, "office", (ours, theirs), (ours.offices, theirs.offices))


def _ordinal(ours: Reading, theirs: Reading) -> Conflict | None:
    return _differs(
        ConflictKind.NUMBER, "ordinal", (ours, theirs), (ours.ordinals, theirs.ordinals)
    )


def _election(ours: Reading, theirs: Reading) -> Conflict | None:
    """One side says whose election it is (a students' union's, a neighbouring country's:
    `OTHER_ELECTION_WORDS`, next to the election itself) and the other side nowhere uses that
    word."""
    for stem, raw in ours.other_elections.items():
        if stem not in theirs.stems:
            return Conflict(ConflictKind.ELECTION, raw, "")
    for stem, raw in theirs.other_elections.items():
        if stem not in ours.stems:
            return Conflict(ConflictKind.ELECTION, "", raw)
    return None


def _date(ours: Reading, theirs: Reading) -> Conflict | None:
    for kind in ("month", "weekday", "day", "year", "numeric", "period"):
        found = _differs(
            ConflictKind.DATE,
            "date",
            (ours, theirs),
            (
                {value: raw for value, raw in ours.dates.items() if ours.date_kinds[value] == kind},
                {
                    value: raw
                    for value, raw in theirs.dates.items()
                    if theirs.date_kinds[value] == kind
                },
            ),
        )
        if found is not None:
            return found
    return None


def _number(ours: Reading, theirs: Reading) -> Conflict | None:
    return _differs(ConflictKind.NUMBER, "number", (ours, theirs), (ours.numbers, theirs.numbers))


def _quantity(ours: Reading, theirs: Reading) -> Conflict | None:
    """All of something on one side, one or some of it on the other, and neither side saying
    both: "solo pasaron UNA mesa" / "trasladaron todas las mesas"."""
    for mine, other in ((ours, theirs), (theirs, ours)):
        for noun, written in mine.some_of.items():
            if noun in other.all_of and noun not in mine.all_of and noun not in other.some_of:
                if mine is ours:
                    return Conflict(ConflictKind.QUANTITY, written, other.all_of[noun])
                return Conflict(ConflictKind.QUANTITY, other.all_of[noun], written)
    return None


def _voting_place(ours: Reading, theirs: Reading) -> Conflict | None:
    """The claim votes and the message says the voting word only as where one votes: "on peut
    voter en ligne" / "on peut vérifier son bureau de vote en ligne", "dá para votar pelo
    aplicativo" / "consultar seu local de votação pelo aplicativo". Not the other way round: a
    message's "la votación" is as often the vote itself (the day, the event) as the act."""
    said = _only_as_place(ours, theirs)
    return None if said is None else Conflict(ConflictKind.SUBJECT, *said)


def _only_as_place(placed: Reading, voted: Reading) -> tuple[str, str] | None:
    """The place `placed` names with the voting word and the act `voted` says instead, when
    `placed` never votes with that word and `voted` never names the place. A noun of voting
    after "de" or "of" is no act: it qualifies a thing ("les urnes de vote")."""
    acts = [t.stem for t in placed.tokens if t.voting and not t.voting_place]
    places = [t.stem for t in voted.tokens if t.voting_place]
    for at, act in enumerate(voted.tokens):
        written = fold(act.raw)
        if (
            not act.voting
            or act.voting_place
            or not written.startswith(VOTE_ROOT)
            or (at > 0 and links_a_place(voted.tokens[at - 1]) and not is_infinitive(written))
            or any(_same_root(act.stem, stem) for stem in acts + places)
        ):
            continue
        for place in placed.tokens:
            if place.voting_place and _same_root(act.stem, place.stem):
                return place.voting_place, act.raw
    return None


def _same_root(one: str, other: str) -> bool:
    """One stem starts the other ("vot" / "votaca")."""
    return one.startswith(other) or other.startswith(one)


def _name(ours: Reading, theirs: Reading) -> Conflict | None:
    return _names_differ(ours, theirs) or _named_runs_differ(ours, theirs)


def _named_runs_differ(ours: Reading, theirs: Reading) -> Conflict | None:
    """Two names of several words that start alike and end apart: "Escuela Santa Ana" /
    "Escuela San Miguel", "Joe Biden" / "Joe Manchin". Neither end may appear anywhere in the
    other text ("Supreme Court" / "Supreme Court Justice" is one name said at more length)."""
    for mine, my_raw in ours.name_runs:
        for other, other_raw in theirs.name_runs:
            if mine[0] != other[0]:
                continue
            my_rest, other_rest = set(mine[1:]), set(other[1:])
            if my_rest & theirs.stems or other_rest & ours.stems:
                continue
            if _same_name(_tail(my_raw), _tail(other_raw)):
                continue
            return Conflict(ConflictKind.NAME, my_raw, other_raw)
    return None


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split()).casefold()


def _tail(name: str) -> str:
    """A name without its first word."""
    return name.split(maxsplit=1)[1] if " " in name else ""


def _same_name(one: str, other: str) -> bool:
    """The same name spelt another way: initials ("WH" / "White House") or a slip of one letter
    or two ("Yad Vashem" / "Yad Yashem")."""
    if other.casefold() == _initials(one) or one.casefold() == _initials(other):
        return True
    return fuzz.ratio(one.casefold(), other.casefold()) >= SAME_NAME_RATIO


def _names_differ(ours: Reading, theirs: Reading) -> Conflict | None:
    # A name the other text has in lower case ("the Green party" / "green") is shared.
    return _differs(
        ConflictKind.NAME,
        "name",
        (ours, theirs),
        (
            {stem: raw for stem, raw in ours.names.items() if stem not in theirs.stems},
            {stem: raw for stem, raw in theirs.names.items() if stem not in ours.stems},
        ),
        same_both_sides=True,
    )
