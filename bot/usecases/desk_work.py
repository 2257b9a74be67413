"""Sharing the desk's work: `/take` an item so nobody else answers it, `/release` it.

An item taken by someone else cannot be answered, linked or dismissed by anyone but them
until it is taken over explicitly (`/take <id> over`), which the audit log records with whom it
was taken from. Taking is a compare-and-set in the database, so two fact-checkers taking at once
never both believe it is theirs.
"""

from __future__ import annotations

from bot import texts
from bot.replies import Reply, reply
from bot.usecases.dependencies import Core, Person
from bot.usecases.desk_queue import held_refusal, refusal
from factchecks import desk_log, queue_holds
from factchecks.models import DeskActionKind
from factchecks.queue_holds import Hold


async def take_item(core: Core, actor: Person, item_id: int, *, over: bool = False) -> Reply:
    """Assign item `item_id` to `actor`; `over` takes it from whoever holds it."""
    if refused := refusal(core, actor):
        return refused
    name = core.display_name(actor)
    async with core.db.transaction() as session:
        held = await queue_holds.take(session, item_id, name, over=over)
        if held.hold is not Hold.OK:
            return held_refusal(held, item_id)
        holder = held.previous
        if holder == name:
            return reply(texts.ALREADY_YOURS, id=item_id)
        desk_log.record(
            session,
            actor=name,
            action=DeskActionKind.TAKE if holder is None else DeskActionKind.TAKE_OVER,
            queue_item_id=item_id,
            before={"assignee": holder},
            after={"assignee": name},
        )
    if holder is None:
        return reply(texts.TAKEN, id=item_id)
    return reply(texts.TAKEN_OVER, id=item_id, name=holder)


async def release_item(core: Core, actor: Person, item_id: int) -> Reply:
    """Give item `item_id` back to the desk (only whoever holds it can)."""
    if refused := refusal(core, actor):
        return refused
    name = core.display_name(actor)
    async with core.db.transaction() as session:
        held = await queue_holds.release(session, item_id, name)
        if held.hold is Hold.TAKEN and held.holder is None:
            return reply(texts.NOT_TAKEN, id=item_id)
        if held.hold is not Hold.OK:
            return held_refusal(held, item_id)
        desk_log.record(
            session,
            actor=name,
            action=DeskActionKind.RELEASE,
            queue_item_id=item_id,
            before={"assignee": name},
            after={"assignee": None},
        )
    return reply(texts.RELEASED, id=item_id)
