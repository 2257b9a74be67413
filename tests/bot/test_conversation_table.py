"""The conversation table, read row by row: each row's event is caused by the real operation,
from the row's state, and the state stored afterwards is the row's next state."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest
from sqlmodel import select

from bot.inbound import InboundMessage
from bot.usecases import choose_language, desk_queue, forget_voter, voters
from bot.usecases.conversation_table import TRANSITIONS, Event, advance
from bot.usecases.dependencies import Core, Person
from bot.usecases.receive_tip import receive_tip
from factchecks.models import ConversationState, QueueItem, QueueStatus, Requester
from tests.bot.conftest import CHECKER

SMS = "You can vote by SMS this year: text your ID number to 4455 and your vote counts"
ARMY = "The army will seize all ballot boxes in the capital on the night of the count"
VOTER = Person("telegram", "77", "77", "en")


def _claim(text: str, n: int) -> InboundMessage:
    return InboundMessage("telegram", f"77:{n}", "77", "77", text, language_hint="en")


async def _state(core: Core) -> ConversationState:
    async with core.db.session() as session:
        [voter] = (await session.exec(select(Requester))).all()
        return ConversationState(voter.state)


async def _set_state(core: Core, state: ConversationState) -> None:
    async with core.db.transaction() as session:
        voter = await voters.voter(session, core, VOTER)
        voter.state = state


async def _dismiss_their_item(core: Core) -> None:
    async with core.db.session() as session:
        item_ids = (
            await session.exec(select(QueueItem.id).where(QueueItem.status == QueueStatus.OPEN))
        ).all()
    for item_id in item_ids:
        await desk_queue.dismiss_item(core, CHECKER, item_id or 0, "spam")


# The operation that causes each event (a claim is settled as it arrives: CLAIM, then the
# event that settles it, so those rows are checked through the pair).
CAUSES: dict[Event, Callable[[Core], Awaitable[object]]] = {
    Event.COMMAND: lambda core: voters.welcome(core, VOTER),
    Event.PICKER_SHOWN: lambda core: choose_language.show_picker(core, VOTER),
    Event.LANGUAGE_CHOSEN: lambda core: choose_language.choose_language(core, VOTER, "es"),
    Event.DESK_REPLIED: _dismiss_their_item,
    Event.FORGET: lambda core: forget_voter.press(core, VOTER, forget_voter.CONFIRM),
}
SETTLED_BY = {
    Event.ANSWERED: SMS,
    Event.QUEUED: ARMY,
}


@pytest.mark.parametrize(
    ("start", "event", "end"),
    [(start, event, end) for (start, event), end in TRANSITIONS.items()],
    ids=[f"{start}-{event}" for start, event in TRANSITIONS],
)
async def test_each_row_is_what_the_operations_do(
    core: Core, start: ConversationState, event: Event, end: ConversationState
) -> None:
    await receive_tip(core, _claim(ARMY, 0))  # the voter exists and has a queued claim
    await _set_state(core, start)
    if event in CAUSES:
        await CAUSES[event](core)
        assert await _state(core) == end
    elif event is Event.CLAIM:
        for number, (settling, text) in enumerate(SETTLED_BY.items(), 1):
            await _set_state(core, start)
            await receive_tip(core, _claim(text, number))
            assert await _state(core) == TRANSITIONS[(end, settling)]
    else:  # ANSWERED, QUEUED: only after a claim arrived
        assert start is ConversationState.CLAIM_RECEIVED
        await receive_tip(core, _claim(SETTLED_BY[event], 99_999))
        assert await _state(core) == end


def test_every_state_is_reached_and_a_move_off_the_table_keeps_the_state() -> None:
    reached = {ConversationState.NEW} | set(TRANSITIONS.values())
    assert reached == set(ConversationState)
    voter = Requester(pseudonym="p", channel="telegram", address="1")
    voter.state = ConversationState.NEW
    assert (ConversationState.NEW, Event.DESK_REPLIED) not in TRANSITIONS
    assert advance(voter, Event.DESK_REPLIED) is ConversationState.NEW
