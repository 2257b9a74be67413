"""The voter's conversation as one table: (state, event) -> next state.

The state is stored on the voter (`Requester.state`) and moved only through `advance`. A pair
missing from the table is a move the design does not expect: it is logged and the state is left
as it is (bookkeeping never stops a voter's reply). Held answers (WhatsApp's 24-hour window) are
the outbox's business, not the conversation's: a held answer is still "answered" here.
docs/conversation.md draws this table.
"""

from __future__ import annotations

import logging
from enum import StrEnum

from factchecks.models import ConversationState as S
from factchecks.models import Requester

log = logging.getLogger(__name__)


class Event(StrEnum):
    """What happens in a conversation."""

    CLAIM = "claim"  # the voter sent something to check
    ANSWERED = "answered"  # their claim got a fact-check at once (or could not be used)
    QUEUED = "queued"  # their claim went to the fact-checkers
    PICKER_SHOWN = "picker_shown"  # they were asked to choose a language
    LANGUAGE_CHOSEN = "language_chosen"
    COMMAND = "command"  # /start, /help, or a refused or unknown command
    DESK_REPLIED = "desk_replied"  # the fact-checkers answered or dismissed their queued claim
    FORGET = "forget"  # they confirmed /forget: erased, never written to again


TRANSITIONS: dict[tuple[S, Event], S] = {
    (S.NEW, Event.CLAIM): S.CLAIM_RECEIVED,
    (S.NEW, Event.COMMAND): S.READY,
    (S.NEW, Event.PICKER_SHOWN): S.CHOOSING_LANGUAGE,
    (S.NEW, Event.LANGUAGE_CHOSEN): S.READY,
    (S.CHOOSING_LANGUAGE, Event.LANGUAGE_CHOSEN): S.READY,
    (S.CHOOSING_LANGUAGE, Event.CLAIM): S.CLAIM_RECEIVED,
    (S.CHOOSING_LANGUAGE, Event.COMMAND): S.READY,
    (S.CHOOSING_LANGUAGE, Event.PICKER_SHOWN): S.CHOOSING_LANGUAGE,
    (S.CHOOSING_LANGUAGE, Event.DESK_REPLIED): S.CHOOSING_LANGUAGE,
    (S.READY, Event.CLAIM): S.CLAIM_RECEIVED,
    (S.READY, Event.COMMAND): S.READY,
    (S.READY, Event.PICKER_SHOWN): S.CHOOSING_LANGUAGE,
    (S.READY, Event.LANGUAGE_CHOSEN): S.READY,
    (S.READY, Event.DESK_REPLIED): S.READY,
    (S.CLAIM_RECEIVED, Event.ANSWERED): S.ANSWERED,
    (S.CLAIM_RECEIVED, Event.QUEUED): S.QUEUED,
    (S.CLAIM_RECEIVED, Event.CLAIM): S.CLAIM_RECEIVED,  # a second message while matching
    (S.CLAIM_RECEIVED, Event.DESK_REPLIED): S.CLAIM_RECEIVED,
    (S.ANSWERED, Event.CLAIM): S.CLAIM_RECEIVED,
    (S.ANSWERED, Event.PICKER_SHOWN): S.CHOOSING_LANGUAGE,  # first contact: picker on the answer
    (S.ANSWERED, Event.COMMAND): S.READY,
    (S.ANSWERED, Event.LANGUAGE_CHOSEN): S.READY,
    (S.ANSWERED, Event.DESK_REPLIED): S.ANSWERED,
    (S.QUEUED, Event.CLAIM): S.CLAIM_RECEIVED,
    (S.QUEUED, Event.PICKER_SHOWN): S.CHOOSING_LANGUAGE,
    (S.QUEUED, Event.COMMAND): S.READY,
    (S.QUEUED, Event.LANGUAGE_CHOSEN): S.READY,
    (S.QUEUED, Event.DESK_REPLIED): S.ANSWERED,
    # /forget, confirmed, from wherever they are; nothing leaves `forgotten` (a voter who writes
    # again is a new row, `new`).
    **{
        (state, Event.FORGET): S.FORGOTTEN
        for state in (S.NEW, S.CHOOSING_LANGUAGE, S.READY, S.CLAIM_RECEIVED, S.ANSWERED, S.QUEUED)
    },
}


def advance(requester: Requester, event: Event) -> S:
    """Move `requester` along the table (the caller's session saves it); returns the new state."""
    current = S(requester.state)
    following = TRANSITIONS.get((current, event))
    if following is None:
        log.warning("conversation: no move from %s on %s; state kept", current, event)
        return current
    requester.state = following
    return following
