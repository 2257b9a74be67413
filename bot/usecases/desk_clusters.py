"""Claims, not messages: `/merge <id> <id>` puts two items found to be the same claim together
(the second's tips move into the first, which counts every voter once), and `/split <id> <tip>`
takes a tip that is a different claim out into an item of its own. The in-memory queue index
follows, so later tips join the right item.
"""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from bot import texts
from bot.replies import Reply, reply
from bot.usecases.dependencies import Core, Person
from bot.usecases.desk_queue import Refused, held_refusal, refusal, refusing
from factchecks import desk_log, queue, queue_holds
from factchecks.database import on_commit
from factchecks.erasure import unerased
from factchecks.models import DeskActionKind, QueueItem, Tip
from factchecks.queue_holds import Hold


async def _held(session: AsyncSession, item_id: int, name: str) -> QueueItem:
    held = await queue_holds.hold_for_closing(session, item_id, name)
    if held.hold is not Hold.OK or held.item is None:
        raise Refused(held_refusal(held, item_id))
    return held.item


@refusing
async def merge_items(core: Core, actor: Person, keep_id: int, other_id: int) -> Reply:
    """Move item `other_id`'s tips into item `keep_id`."""
    if refused := refusal(core, actor):
        return refused
    if keep_id == other_id:
        return reply(texts.MERGE_USAGE)
    name = core.display_name(actor)
    async with core.db.transaction() as session:
        keep = await _held(session, keep_id, name)
        other = await _held(session, other_id, name)
        before = {"request_count": keep.request_count}
        moved = await queue.merge_into(session, keep, other)
        desk_log.record(
            session,
            actor=name,
            action=DeskActionKind.MERGE,
            queue_item_id=keep_id,
            before=before,
            after={"merged": other_id, "tips": len(moved), "request_count": keep.request_count},
        )
        keys = [_key(tip) for tip in moved]

        def reindex() -> None:
            core.index.close_queue_item(other_id)
            for text, fingerprint in keys:
                core.index.add_to_queue_item(keep_id, text, fingerprint)

        on_commit(session, reindex)
        count = keep.request_count
    return reply(texts.MERGED, id=keep_id, other=other_id, count=count)


@refusing
async def split_tip(core: Core, actor: Person, item_id: int, tip_id: int) -> Reply:
    """Move tip `tip_id` out of item `item_id` into a new item."""
    if refused := refusal(core, actor):
        return refused
    name = core.display_name(actor)
    async with core.db.transaction() as session:
        item = await _held(session, item_id, name)
        tips = await queue.item_tips(session, item_id)
        tip = next((t for t in tips if t.id == tip_id), None)
        if tip is None:
            raise Refused(reply(texts.TIP_NOT_IN_ITEM, tip=tip_id, id=item_id))
        if len(tips) == 1:
            raise Refused(reply(texts.SPLIT_LAST_TIP, tip=tip_id, id=item_id))
        new = await queue.split_off(session, item, tip)
        new_id = new.id or 0
        desk_log.record(
            session,
            actor=name,
            action=DeskActionKind.SPLIT,
            queue_item_id=item_id,
            after={"tip": tip_id, "into": new_id, "request_count": item.request_count},
        )
        remaining = [_key(t) for t in tips if t.id != tip_id]
        moved = _key(tip)

        def reindex() -> None:
            core.index.close_queue_item(item_id)
            for text, fingerprint in remaining:
                core.index.add_to_queue_item(item_id, text, fingerprint)
            core.index.add_to_queue_item(new_id, *moved)

        on_commit(session, reindex)
    return reply(texts.SPLIT, tip=tip_id, id=item_id, new=new_id)


def _key(tip: Tip) -> tuple[str, str | None]:
    """What the queue index knows a tip by: its words (with text read from its pictures) and
    its picture's fingerprint."""
    words = (tip.text, unerased(tip.image_text))
    return "\n".join(part for part in words if part), unerased(tip.fingerprint)
