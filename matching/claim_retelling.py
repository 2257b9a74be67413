"""The contradiction guard's checks of a message that retells the claim word for word.

These checks need the two texts aligned word by word (`substituted`): a retelling keeps the
claim's words, so a slot between shared words that differs is a change of what the claim says,
not of how it is said (another place, cause, party, candidate's letter, voting word or scope
word; two details that traded places). `claim_contradiction` runs them after its other checks.
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher

from rapidfuzz import fuzz

from matching.claim_acts import Act
from matching.claim_reading import Reading, Token
from matching.claim_roles import roles_swapped
from matching.conflicts import Conflict, ConflictKind
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
# A voting word this close to a slot that names the other side of a race says whom the vote
# goes to ("to vote for her [rival]", "für ihren [Rivalen] zu stimmen").
VOTE_REACH = 3
# A scope shifter anywhere in a slot this short counts ("the day after"); in a longer one, only
# where it starts or ends it ("only if you live abroad"; "share before they delete it" is no scope).
SHORT_SLOT_WORDS = 3


def substituted(ours: Reading, theirs: Reading) -> Conflict | None:
    """In a message that retells the claim word for word (`RETOLD_SHARE`), a slot of a few words
    between shared ones that differs on both sides with content words (`_swapped`): with a
    time, place or name in it, or as the whole of a cause (`_other_cause`), or next to a place
    noun (`_next_to_place`); or that starts with a scope shifter on one side only; else a slot
    where taking part in the vote and staying away from it traded places (`_act_turned`), a
    vote given to the other side of a race (`_vote_for_the_other_side`), a slot where the
    claim's voting word gave way to something else (`_votes_elsewhere`; not to the same side
    taken: `_same_side`), another party
    or candidate's letter, or two slots that traded places (`_exchanged`), in a retelling or not
    (`_crossed`)."""
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
            and _other_cause(blocks, at, mine, other)
            and max(len(my_slot), len(other_slot)) <= SUBJECT_SLOT_WORDS
            and _shared_after(blocks, at, len(mine), len(other))
            and _swapped(my_slot, other_slot, ours.stems, theirs.stems, marked=False)
        ):
            return Conflict(ConflictKind.CAUSE, _written(my_slot), _written(other_slot))
        # After its noun, a slot names the place only where nouns come first ("la provincia
        # costera"); in English it is the next noun ("the district officials / authorities").
        nouns_first = not (ours.english or theirs.english)
        if (
            tag == "replace"
            and _next_to_place(blocks, at, mine, other, nouns_first)
            and max(len(my_slot), len(other_slot)) <= SLOT_WORDS
            and _swapped(my_slot, other_slot, ours.stems, theirs.stems, marked=False)
        ):
            return Conflict(ConflictKind.PLACE, _written(my_slot), _written(other_slot))
    replaced = [
        (mine[i1:i2], other[j1:j2], i1 > 0 and j1 > 0)
        for tag, i1, i2, j1, j2 in blocks
        if tag == "replace"
    ]
    for my_slot, other_slot, _ in replaced:
        if _act_turned(my_slot, other_slot, mine, other):
            return Conflict(ConflictKind.OUTCOME, _written(my_slot), _written(other_slot))
    other_side = _vote_for_the_other_side(blocks, ours, theirs)
    if other_side is not None:
        return other_side
    for my_slot, other_slot, _ in replaced:
        if _votes_elsewhere(my_slot, other_slot, ours.stems) and not _same_side(
            my_slot, ours, theirs
        ):
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


def _other_cause(
    blocks: Sequence[_Block], at: int, mine: tuple[Token, ...], other: tuple[Token, ...]
) -> bool:
    """The slot at `at` is the whole of a cause on both sides: a shared cause word before it
    (within `CAUSE_REACH`) with no content word between ("because of [a shortage of]"), and no
    content word right after it in its clause, where the cause would go on ("because of [a
    shortage of] ballot papers" / "because of [missing] ballot papers" is the same cause
    reworded; "por causa de [uma queda de energia] no cartório" / "[um ataque hacker] no
    cartório" is not)."""
    _, i1, i2, _, j2 = blocks[at]
    before = mine[max(0, i1 - CAUSE_REACH) : i1]
    causes = [position for position, t in enumerate(before) if t.cause]
    if not causes or any(t.content for t in before[causes[-1] + 1 :]):
        return False
    return not _goes_on(mine, i2) and not _goes_on(other, j2)


def _goes_on(tokens: tuple[Token, ...], end: int) -> bool:
    """A content word at `end`, in the clause of the word before it."""
    return (
        0 < end < len(tokens)
        and tokens[end].content
        and tokens[end].clause == tokens[end - 1].clause
    )


def _next_to_place(
    blocks: Sequence[_Block],
    at: int,
    mine: tuple[Token, ...],
    other: tuple[Token, ...],
    nouns_first: bool,
) -> bool:
    """The slot at `at` names which place: a place noun right after it ("the coastal
    province"), or, where `nouns_first`, right before it with shared words after it as for any
    slot ("la provincia costera, según ...")."""
    _, i1, i2, _, _ = blocks[at]
    if i2 < len(mine) and mine[i2].place_noun:
        return True
    return (
        nouns_first and mine[i1 - 1].place_noun and _shared_after(blocks, at, len(mine), len(other))
    )


def _letters_differ(mine: tuple[Token, ...], other: tuple[Token, ...]) -> bool:
    """One capital letter for another where a slot starts: "Candidate A" / "Candidate C", "la
    lista B" / "la A", "Candidate A!!! who is behind this" / "Candidate C"; not a letter that
    starts a sentence ("... at 7pm. A voter" / "... at 7pm. I read"), an article or a pronoun."""
    return (
        bool(mine)
        and bool(other)
        and all(
            len(t.raw) == 1 and t.raw.isupper() and not t.sentence_start
            for t in (mine[0], other[0])
        )
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
    places with "... seul le stylo noir" as well: "stylo" was said before, on both sides."""

    def detail(slot: tuple[Token, ...]) -> tuple[str, ...]:
        own = tuple(t.stem for t in slot if t.stem not in shared)
        return own or tuple(t.stem for t in slot)

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
    exchanged between the texts traded places, whatever the order of clauses. Two sides that
    traded roles are too (`claim_roles`): "Smith beat Jones" / "Jones beat Smith", where a
    text's edge leaves a name no two words on one side, "فاز سميث على جونز" / "فاز جونز على
    سميث"."""
    swapped = roles_swapped(mine, other)
    if swapped is not None:
        return swapped
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


def _same_side(slot: tuple[Token, ...], ours: Reading, theirs: Reading) -> bool:
    """The message's side of a slot takes a side (`claim_stance`) that the claim takes too, on
    the same thing: "to reject the bill" retells "to vote against the bill", "its support for
    the reform" retells "will vote for the reform"; the vote was said as the side it takes, not
    swapped for another subject."""
    written = {t.raw for t in slot}
    return any(
        key in theirs.stances and set(words.split()) <= written
        for key, words in ours.stances.items()
    )


def _act_turned(
    mine: tuple[Token, ...],
    other: tuple[Token, ...],
    my_text: tuple[Token, ...],
    other_text: tuple[Token, ...],
) -> bool:
    """One side of a slot stays away from the vote (`Act.ABSTAIN`: "stay at home", "boycott",
    "s'abstenir") and the other takes part in it (votes, "go to the polls", "take part"), in a
    text that never stays away: "urged voters to go to the polls" / "to stay at home", "told
    voters to boycott the election" / "to take part in the election". Either way round: unlike
    another subject (`_votes_elsewhere`), the message's side names the act too."""
    if max(len(mine), len(other)) > SUBJECT_SLOT_WORDS:
        return False
    for stays, goes, goer in ((mine, other, other_text), (other, mine, my_text)):
        if (
            any(t.act == Act.ABSTAIN for t in stays)
            and any(t.voting or t.act == Act.TAKE_PART for t in goes)
            and not any(t.act == Act.ABSTAIN for t in goer)
        ):
            return True
    return False


def _vote_for_the_other_side(
    blocks: Sequence[_Block], ours: Reading, theirs: Reading
) -> Conflict | None:
    """A slot after shared words that names the other side of a race (`OPPONENT_WORDS`) next to
    a voting word, where the other text names no opponent at all: "told her supporters to vote
    for her" / "to vote for her rival", "pidió el voto para ella" / "para su contrincante". Not
    an opponent negated ("vote for her, not for her rival"). Said as (the shared word before it
    and the slot) on each side."""
    mine, other = ours.tokens, theirs.tokens
    my_rivals, other_rivals = any(t.opponent for t in mine), any(t.opponent for t in other)
    if my_rivals == other_rivals:
        return None
    rivals = ours if my_rivals else theirs
    for tag, i1, i2, j1, j2 in blocks:
        if tag == "equal" or i1 == 0 or j1 == 0 or max(i2 - i1, j2 - j1) > SLOT_WORDS:
            continue
        start, end = (i1, i2) if my_rivals else (j1, j2)
        near = rivals.tokens[max(0, start - VOTE_REACH) : end + VOTE_REACH]
        if any(
            t.opponent and t.stem not in rivals.negated for t in rivals.tokens[start:end]
        ) and any(t.voting for t in near):
            return Conflict(
                ConflictKind.SUBJECT, _written(mine[i1 - 1 : i2]), _written(other[j1 - 1 : j2])
            )
    return None


def _inside(one: str, other: str) -> bool:
    """One stem (of four letters or more) inside the other."""
    shorter, longer = sorted((one, other), key=len)
    return len(shorter) >= 4 and shorter in longer


def _written(tokens: tuple[Token, ...] | list[Token]) -> str:
    return " ".join(t.raw for t in tokens)
