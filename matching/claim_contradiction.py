"""The contradiction guard: does a voter's message say something different from a matched claim?

A message can share almost every word with a fact-checked claim and still say the opposite:
"Citizens abroad can NOT post their ballots" against "Citizens abroad can post their ballots".
Word-overlap and sentence-vector scores cannot see that, so before an automatic answer the
matched text and the message are compared for meaning-changing differences, table-driven
(`contradiction_words`):

- negation: a content word negated in one text ("not", "nunca", "ne ... pas", "لم"...) and
  stated plainly in the other;
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
  union election", "a eleição do conselho tutelar").

A value only one of the two texts has is extra context, never a conflict: a voter may leave out
a date, or add who sent them the message. Only a value on each side that the other lacks is.
`TextIndex` caps a conflicting hit below the answer threshold and attaches the `Conflict`, so the
desk sees the suggestion with its reason.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from rapidfuzz import fuzz

from matching.claim_reading import OPPOSITE, Reading, Token, read
from matching.text_normalise import normalise

# Two spellings at least this alike (rapidfuzz ratio, 0-100) are one name: "Vashem" / "Yashem"
# is 83, "Santa Ana" / "San Miguel" 42.
SAME_NAME_RATIO = 80
# The substitution check reads a message as a retelling of the claim when at least this share of
# the claim's words come in the same order in the message...
RETOLD_SHARE = 0.5
# ...and then a swapped slot of at most this many words on either side...
SLOT_WORDS = 4
# ...with this many shared words right before it (and after it, unless it ends the text) is a
# change of what the claim says, not of how it is said.
ANCHOR_WORDS = 2
# A slot of at most this many words where the claim votes and the message does something else
# is another subject (`_votes_elsewhere`), and one with a party on each side another party
# (`_parties_differ`); no shared words are needed around it.
SUBJECT_SLOT_WORDS = 8
# A slot after a cause word this close before it ("because of the", "por causa de") gives the
# cause: every content word swapped is another cause, named or not.
CAUSE_REACH = 3
# A scope shifter anywhere in a slot this short counts ("the day after"); in a longer one, only
# where it starts or ends it ("only if you live abroad"; "share before they delete it" is no scope).
SHORT_SLOT_WORDS = 3


class ConflictKind(StrEnum):
    """What differs between a message and a matched claim."""

    NEGATION = "negation"
    OUTCOME = "outcome"
    PLACE = "place"
    OFFICE = "office"
    DATE = "date"
    NUMBER = "number"
    NAME = "name"
    DENIAL = "denial"
    WORDING = "wording"
    SCOPE = "scope"
    SUBJECT = "subject"
    ELECTION = "election"
    CAUSE = "cause"
    QUANTITY = "quantity"


@dataclass(frozen=True)
class Conflict:
    """A meaning-changing difference: the message's value and the claim's, as written.

    For a negation, the side without it has an empty value.
    """

    kind: ConflictKind
    message_value: str
    claim_value: str

    @property
    def reason(self) -> str:
        """For the desk: "number differs: 3pm vs 7pm", "negation: 'NOT' in the message only"."""
        if self.kind in (ConflictKind.SCOPE, ConflictKind.DENIAL, ConflictKind.ELECTION):
            if self.message_value:
                return f"{self.kind.value}: '{self.message_value}' in the message only"
            return f"{self.kind.value}: '{self.claim_value}' in the fact-check only"
        if self.kind is ConflictKind.NEGATION:
            if self.message_value:
                return f"negation: '{self.message_value}' in the message only"
            return f"negation: '{self.claim_value}' in the fact-check only"
        return f"{self.kind.value} differs: {self.message_value} vs {self.claim_value}"


def find_conflict(message: str, claim: str) -> Conflict | None:
    """The first meaning-changing difference between `message` and `claim`, or None."""
    ours, theirs = read(message), read(claim)
    checks = (
        _negation,
        _denial,
        _outcome,
        _place,
        _office,
        _ordinal,
        _election,
        _date,
        _number,
        _quantity,
        _name,
        _substituted,
    )
    for check in checks:
        found = check(ours, theirs)
        if found is not None:
            return found
    return None


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
        if _flipped(stem, ours, theirs):
            return Conflict(ConflictKind.NEGATION, negator, "")
    for stem, negator in theirs.negated.items():
        if _flipped(stem, theirs, ours):
            return Conflict(ConflictKind.NEGATION, "", negator)
    for stem, _ in ours.negated_next & theirs.plain_next:
        if not theirs.negated_count.get(stem, 0):
            return Conflict(ConflictKind.NEGATION, ours.negated[stem], "")
    for stem, _ in theirs.negated_next & ours.plain_next:
        if not ours.negated_count.get(stem, 0):
            return Conflict(ConflictKind.NEGATION, "", theirs.negated[stem])
    return None


def _flipped(stem: str, negating: Reading, other: Reading) -> bool:
    """`stem` negated more often in `negating`, and plain more often in `other`, which never
    negates it: a word both texts deny is not flipped, whatever else they say of it ("America
    will never be destroyed from the outside ... we destroyed ourselves" against a fact-check
    whose claim and headline both say "never be destroyed")."""
    if other.negated_count.get(stem, 0):
        return False
    more_negated = negating.negated_count.get(stem, 0) > other.negated_count.get(stem, 0)
    more_plain = other.plain.get(stem, 0) > negating.plain.get(stem, 0)
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


def _substituted(ours: Reading, theirs: Reading) -> Conflict | None:
    """In a message that retells the claim word for word (`RETOLD_SHARE`), a slot of a few words
    between shared ones that differs on both sides with content words (`_swapped`), or that
    starts with a scope shifter on one side only; else a slot where the claim's voting word
    gave way to something else (`_votes_elsewhere`), another party or candidate's letter, or two
    slots that traded places (`_exchanged`), in a retelling or not (`_crossed`)."""
    mine, other = ours.tokens, theirs.tokens  # none for a text too long to be a retelling
    if not mine or not other:
        return None
    aligner = SequenceMatcher(None, [t.stem for t in mine], [t.stem for t in other], False)
    blocks = aligner.get_opcodes()
    shared = sum(i2 - i1 for tag, i1, i2, _, _ in blocks if tag == "equal")
    if shared < RETOLD_SHARE * len(other):
        return _crossed(mine, other)  # the clauses may have traded places too
    for at, (tag, i1, i2, j1, j2) in enumerate(blocks):
        if tag == "equal" or not _shared_before(blocks, at):
            continue
        my_slot, other_slot = mine[i1:i2], other[j1:j2]
        # A shifter qualifies what comes after it: shared words before it are enough. Where
        # the other side of the slot only holds words said elsewhere in this text, the words
        # were moved around ("..., only ballots cast in person are counted" against a claim
        # that asks again "Will postal ballots not be counted?"), nothing was narrowed.
        shifted = (
            None
            if _moved(my_slot, other_slot, ours, theirs)
            else _shifter_on_one_side(
                _edges(my_slot, i2 == len(mine)), _edges(other_slot, j2 == len(other))
            )
        )
        if shifted is not None:
            return shifted
        if (
            tag == "replace"
            and max(len(my_slot), len(other_slot)) <= SLOT_WORDS
            and _shared_after(blocks, at, len(mine), len(other))
            and _swapped(my_slot, other_slot, ours.stems, theirs.stems)
        ):
            return Conflict(ConflictKind.WORDING, _written(my_slot), _written(other_slot))
        if (
            tag == "replace"
            and any(t.cause for t in mine[max(0, i1 - CAUSE_REACH) : i1])
            and max(len(my_slot), len(other_slot)) <= SUBJECT_SLOT_WORDS
            and _shared_after(blocks, at, len(mine), len(other))
            and _swapped(my_slot, other_slot, ours.stems, theirs.stems, marked=False)
        ):
            return Conflict(ConflictKind.CAUSE, _written(my_slot), _written(other_slot))
        for kind, anchor in _ANCHORS:
            if (
                tag == "replace"
                and _next_to(anchor, blocks, at, mine, other)
                and max(len(my_slot), len(other_slot)) <= SLOT_WORDS
                and _swapped(my_slot, other_slot, ours.stems, theirs.stems, marked=False)
            ):
                return Conflict(kind, _written(my_slot), _written(other_slot))
    replaced = [
        (mine[i1:i2], other[j1:j2], i1 > 0 and j1 > 0)
        for tag, i1, i2, j1, j2 in blocks
        if tag == "replace"
    ]
    for my_slot, other_slot, _ in replaced:
        if _votes_elsewhere(my_slot, other_slot, ours.stems):
            return Conflict(ConflictKind.SUBJECT, _written(my_slot), _written(other_slot))
    for my_slot, other_slot, inside in replaced:
        # A letter that starts a text is an article or a pronoun ("A", "O", "I"), no name.
        if inside and _letters_differ(my_slot, other_slot):
            return Conflict(ConflictKind.NAME, my_slot[0].raw, other_slot[0].raw)
        if _parties_differ(my_slot, other_slot):
            return Conflict(ConflictKind.NAME, _written(my_slot), _written(other_slot))
    said_on_both = frozenset(
        t.stem for tag, i1, i2, _, _ in blocks if tag == "equal" for t in mine[i1:i2]
    )
    return _exchanged(
        [(my_slot, other_slot) for my_slot, other_slot, _ in replaced], said_on_both
    ) or _crossed(mine, other)


def _next_to(
    anchor: tuple[Callable[[Token], bool], bool],
    blocks: Sequence[_Block],
    at: int,
    mine: tuple[Token, ...],
    other: tuple[Token, ...],
) -> bool:
    """The slot at `at` names which one of a kind of thing: a place noun right after it ("the
    coastal province"), or an anchor word right before it with shared words after it as for
    any slot ("la provincia costera, según ...", "la alianza ecologista y ...")."""
    is_anchor, also_after = anchor
    _, i1, i2, _, _ = blocks[at]
    if also_after and i2 < len(mine) and is_anchor(mine[i2]):
        return True
    return is_anchor(mine[i1 - 1]) and _shared_after(blocks, at, len(mine), len(other))


def _letters_differ(mine: tuple[Token, ...], other: tuple[Token, ...]) -> bool:
    """One capital letter for another where a slot starts: "Candidate A" / "Candidate C", "la
    lista B" / "la A", "Candidate A!!! who is behind this" / "Candidate C"."""
    return (
        bool(mine)
        and bool(other)
        and all(len(t.raw) == 1 and t.raw.isupper() for t in (mine[0], other[0]))
        and mine[0].raw != other[0].raw
    )


def _parties_differ(mine: tuple[Token, ...], other: tuple[Token, ...]) -> bool:
    """A party on each side of a slot (`PARTY_WORDS`), named by other words that the other side
    lacks: "de la alianza ecologista" / "del partido liberal"."""
    if max(len(mine), len(other)) > SUBJECT_SLOT_WORDS:
        return False
    if not any(t.party for t in mine) or not any(t.party for t in other):
        return False
    my_names = {t.stem for t in mine if t.content and not t.party}
    other_names = {t.stem for t in other if t.content and not t.party}
    return bool(my_names) and bool(other_names) and not my_names & other_names


def _exchanged(
    replaced: Sequence[tuple[tuple[Token, ...], tuple[Token, ...]]], shared: frozenset[str]
) -> Conflict | None:
    """Two details traded places: "au stylo noir ... seul le stylo bleu" against "au stylo bleu
    ... seul le stylo noir" (each word said elsewhere in the other text, so no slot is a swap).
    Words the two texts share outside the slots do not count, so "... seul le bleu" trades
    places with "... seul le stylo noir" as well: "stylo" was said before, on both sides; nor
    do function words ("a passport" / "passports")."""

    def detail(slot: tuple[Token, ...]) -> tuple[str, ...]:
        own = tuple(t.stem for t in slot if t.stem not in shared and t.content)
        return own or tuple(t.stem for t in slot if t.content) or tuple(t.stem for t in slot)

    stems = [(detail(mine), detail(other)) for mine, other in replaced]
    for first, (my_first, other_first) in enumerate(stems):
        for my_second, other_second in stems[first + 1 :]:
            if my_first == other_second and my_second == other_first and my_first != other_first:
                mine, other = replaced[first]
                return Conflict(ConflictKind.WORDING, _written(mine), _written(other))
    return None


def _crossed(mine: tuple[Token, ...], other: tuple[Token, ...]) -> Conflict | None:
    """Two words that traded places along with the clauses around them: "seul le stylo BLEU est
    accepté, les bulletins remplis au stylo noir seront annulés" against "les bulletins remplis
    au stylo bleu seront annulés : seul le stylo noir est accepté"; "only national ID cards ...
    passports are no longer valid" against "only a passport ... national ID cards are no longer
    valid". Each content word said once in each text is placed by the two content words before
    it, or by the two after it (a text's start or end counts as one); two words whose places are
    exchanged between the texts traded places, whatever the order of clauses."""
    my_places, other_places = _places(mine), _places(other)
    for side in (0, 1):
        here = {stem: places[side] for stem, places in my_places.items()}
        there = {stem: places[side] for stem, places in other_places.items()}
        at_place = {place: stem for stem, place in there.items() if place is not None}
        for stem, place in here.items():
            moved_to = there.get(stem)
            if place is None or moved_to is None or moved_to == place:
                continue
            rival = at_place.get(place)  # the other text's word at this word's place...
            # ...stands, in this text, where this word stands in the other one
            if rival is not None and rival != stem and here.get(rival) == moved_to:
                return Conflict(ConflictKind.WORDING, _raw(mine, stem), _raw(mine, rival))
    return None


# The stems of the two content words on one side of a word ("" for a text's start or end).
_Place = tuple[str, str] | None


def _places(tokens: tuple[Token, ...]) -> dict[str, tuple[_Place, _Place]]:
    """Each content word said once: its place before and after it (None where the text starts
    or ends right next to it)."""
    content = ["", *(t.stem for t in tokens if t.content), ""]
    counts: dict[str, int] = {}
    for stem in content:
        counts[stem] = counts.get(stem, 0) + 1

    def place(one: str, two: str) -> _Place:
        return None if one == two == "" else (one, two)

    return {
        stem: (
            place(content[at - 2], content[at - 1]) if at >= 2 else None,
            place(content[at + 1], content[at + 2]) if at + 2 < len(content) else None,
        )
        for at, stem in enumerate(content)
        if stem and counts[stem] == 1
    }


def _raw(tokens: tuple[Token, ...], stem: str) -> str:
    return next(t.raw for t in tokens if t.stem == stem)


_Block = tuple[str, int, int, int, int]
# Words that say what kind of thing the slot next to them names, whether they anchor a slot
# before them too, and the conflict when the slot differs. A party word only anchors what comes
# after it ("la alianza ecologista" / "la alianza conservadora"): before it, English words say
# its role as often as its name ("the ruling party" / "the governing party"), and a capitalised
# name is the name check's.
_ANCHORS: tuple[tuple[ConflictKind, tuple[Callable[[Token], bool], bool]], ...] = (
    (ConflictKind.PLACE, (lambda token: token.place_noun, True)),
    (ConflictKind.NAME, (lambda token: token.party, False)),
)


def _shared_before(blocks: Sequence[_Block], at: int) -> bool:
    """`ANCHOR_WORDS` shared words right before the slot at `at`."""
    return at > 0 and blocks[at - 1][2] - blocks[at - 1][1] >= ANCHOR_WORDS


def _shared_after(blocks: Sequence[_Block], at: int, mine: int, other: int) -> bool:
    """`ANCHOR_WORDS` shared words right after the slot at `at`, unless it ends a text."""
    _, _, i2, _, j2 = blocks[at]
    if i2 == mine or j2 == other:
        return True
    after = blocks[at + 1]
    return after[0] == "equal" and after[2] - after[1] >= ANCHOR_WORDS


def _moved(
    mine: tuple[Token, ...], other: tuple[Token, ...], ours: Reading, theirs: Reading
) -> bool:
    """Both sides of a slot hold words, and one side's, more than a joining word ("and"), are
    all said elsewhere in the text of the other side."""

    def said_elsewhere(slot: tuple[Token, ...], stems: frozenset[str]) -> bool:
        return not all(t.joining for t in slot) and all(t.stem in stems for t in slot)

    if not mine or not other:
        return False
    return said_elsewhere(other, ours.stems) or said_elsewhere(mine, theirs.stems)


def _edges(slot: tuple[Token, ...], ends_text: bool) -> tuple[Token, ...]:
    """The words of a slot that may qualify what is around it: all of a short one ("the day
    after"); else its first, after a joining word ("... to 4455 only if you live abroad",
    "... mas só no segundo turno"), and its last when it ends the text ("... فقط")."""
    if len(slot) <= SHORT_SLOT_WORDS:
        return slot
    first = slot[1:2] if slot[0].joining else slot[:1]
    return (*first, slot[-1]) if ends_text else first


def _shifter_on_one_side(mine: tuple[Token, ...], other: tuple[Token, ...]) -> Conflict | None:
    my_shifters = {t.stem: t.raw for t in mine if t.shifter}
    other_shifters = {t.stem: t.raw for t in other if t.shifter}
    if my_shifters and not other_shifters:
        return Conflict(ConflictKind.SCOPE, next(iter(my_shifters.values())), "")
    if other_shifters and not my_shifters:
        return Conflict(ConflictKind.SCOPE, "", next(iter(other_shifters.values())))
    return None


def _swapped(
    mine: tuple[Token, ...],
    other: tuple[Token, ...],
    my_stems: frozenset[str],
    other_stems: frozenset[str],
    marked: bool = True,
) -> bool:
    """Content words on both sides, a time, place or name among them unless `marked` is False
    (other words swapped are mostly synonyms: "roll" / "register"; not so after a cause word),
    none of them anywhere in the other text (a word said elsewhere is moved, not swapped), and
    not one word spelt two ways."""
    my_content = [t for t in mine if t.content]
    other_content = [t for t in other if t.content]
    if not my_content or not other_content:
        return False
    if marked and not any(t.marker for t in (*my_content, *other_content)):
        return False
    if any(t.stem in other_stems for t in my_content) or any(
        t.stem in my_stems for t in other_content
    ):
        return False
    if any(_inside(a.stem, b.stem) for a in my_content for b in other_content):
        return False  # "north" / "northern", "anoche" / "ayer por la noche"
    return fuzz.ratio(_written(my_content).casefold(), _written(other_content).casefold()) < (
        SAME_NAME_RATIO
    )


def _votes_elsewhere(
    mine: tuple[Token, ...], other: tuple[Token, ...], my_stems: frozenset[str]
) -> bool:
    """The claim's side of a slot votes or holds the election (`VOTING_WORDS`) and the message's
    side, of content words, does neither: its voting words are nowhere in the message, and the
    message's side is not the same word broken across lines (a screenshot's "vo" / "ter") or
    misspelt ("eleciones")."""
    if max(len(mine), len(other)) > SUBJECT_SLOT_WORDS:
        return False
    voting = [t for t in other if t.voting]
    if not voting or any(t.voting for t in mine) or not any(t.content for t in mine):
        return False
    if any(t.stem in my_stems for t in voting):
        return False
    written = [normalise(t.raw) for t in mine]
    joined = "".join(written)
    return not any(
        normalise(t.raw) in joined
        or any(fuzz.ratio(normalise(t.raw), word) >= SAME_NAME_RATIO for word in written)
        for t in voting
    )


def _inside(one: str, other: str) -> bool:
    """One stem (of four letters or more) inside the other."""
    shorter, longer = sorted((one, other), key=len)
    return len(shorter) >= 4 and shorter in longer


def _written(tokens: tuple[Token, ...] | list[Token]) -> str:
    return " ".join(t.raw for t in tokens)
