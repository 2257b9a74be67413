"""A difference between a voter's message and a matched claim, and its reason for the desk.

`ConflictKind` says what differs, `Conflict` holds the two values as written and gives an
English `reason` for logs and benchmarks (the desk's queue stores the kind and the values and
shows them in the fact-checker's language). Its own module, so that the checks spread over
several modules (`claim_contradiction`, `claim_retelling`) share it without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


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
    ORDER = "order"


# Kinds where one side says something the other does not ("NOT", "only", "denied", a union's
# election): the other side's value is empty.
ONE_SIDED_KINDS = frozenset(
    {ConflictKind.NEGATION, ConflictKind.SCOPE, ConflictKind.DENIAL, ConflictKind.ELECTION}
)


@dataclass(frozen=True)
class Conflict:
    """A meaning-changing difference: the message's value and the claim's, as written.

    For a kind in `ONE_SIDED_KINDS`, the side without it has an empty value.
    """

    kind: ConflictKind
    message_value: str
    claim_value: str

    @property
    def reason(self) -> str:
        """In English, for logs and benchmarks: "number differs: 3pm vs 7pm", "negation: 'NOT'
        in the message only" (the desk reads it in its own language: `bot.rendering`)."""
        if self.kind in ONE_SIDED_KINDS:
            if self.message_value:
                return f"{self.kind.value}: '{self.message_value}' in the message only"
            return f"{self.kind.value}: '{self.claim_value}' in the fact-check only"
        return f"{self.kind.value} differs: {self.message_value} vs {self.claim_value}"
