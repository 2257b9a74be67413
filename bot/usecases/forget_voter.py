"""/forget: a voter asks to be erased, confirms with a button, and hears from us one last time.

The erasure itself is `factchecks.erasure.erase_voter` (what goes and what stays counted). The
confirmation is a button, not a typed word, so nobody erases themselves by accident, and it is
the same two buttons on every channel (Telegram's inline keyboard, WhatsApp's reply buttons).
The farewell is a `Reply` marked `last`: once it is sent, delivery deletes its outbox row, the
last place that held the voter's address.
"""

from __future__ import annotations

import logging

from bot import texts
from bot.replies import Choice, Msg, Reply, reply
from bot.usecases.conversation_table import Event, advance
from bot.usecases.dependencies import Core, Person, send
from bot.usecases.voters import language_of, reply_to_voter, voter
from factchecks import requesters
from factchecks.erasure import erase_voter
from factchecks.pseudonyms import pseudonym

log = logging.getLogger(__name__)

FORGET_CHOICE_PREFIX = "forget:"
CONFIRM = FORGET_CHOICE_PREFIX + "yes"
CANCEL = FORGET_CHOICE_PREFIX + "no"


def question() -> Reply:
    """What /forget asks, with its two buttons."""
    return Reply(
        (Msg(texts.FORGET_ASK),),
        choices=(
            Choice(Msg(texts.FORGET_CONFIRM), CONFIRM),
            Choice(Msg(texts.FORGET_CANCEL), CANCEL),
        ),
    )


async def ask(core: Core, person: Person) -> Reply:
    """/forget: ask first; nothing is erased until the voter presses "Yes"."""
    async with core.db.transaction() as session:
        requester = await voter(session, core, person)
        advance(requester, Event.COMMAND)
        return await reply_to_voter(session, core, requester, question())


async def press(core: Core, person: Person, data: str) -> Reply | None:
    """The question's button: erase (and say goodbye), or say that nothing was deleted.

    "Yes" from a voter we hold nothing of (pressed a second time, after the erasure) changes
    nothing and says nothing: no second farewell, and no new voter row for the press."""
    if data != CONFIRM:
        async with core.db.transaction() as session:
            requester = await voter(session, core, person)
            advance(requester, Event.COMMAND)
            return await reply_to_voter(session, core, requester, reply(texts.FORGET_CANCELLED))
    farewell = Reply((Msg(texts.FORGET_DONE),), last=True)
    async with core.db.transaction() as session:
        known = pseudonym(core.secret_key, person.channel, person.user_id)
        if await requesters.find_by_pseudonym(session, known) is None:
            log.info("a %s voter confirmed /forget again: nothing is held", person.channel)
            return None
        requester = await voter(session, core, person)
        language = language_of(core, requester)
        advance(requester, Event.FORGET)
        erased = await erase_voter(session, requester)
        # After the erasure, which deleted every outbox row to this address: the farewell stays.
        send(session, person.reply_to, farewell, language)
    log.info(
        "a %s voter was forgotten: %d tips made anonymous, %d queue items reworded, "
        "%d outbox messages deleted",
        person.channel,
        erased.tips,
        erased.queue_items,
        erased.outbox_messages,
    )
    return farewell
