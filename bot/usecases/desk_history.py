"""`/history <id>`: everything that happened to a queue item, from the audit log.

Each line names the fact-checker by their configured display name and says when (UTC); the
first line is the voter's tip that opened the item.
"""

from __future__ import annotations

from datetime import datetime

from bot import texts
from bot.replies import Msg, Reply, reply
from bot.usecases.dependencies import Core, Person
from bot.usecases.desk_queue import refusal
from bot.usecases.desk_views import lines, when
from factchecks import desk_log, queue
from factchecks.clock import as_utc, utc_now
from factchecks.desk_log import LoggedAction
from factchecks.models import DeskActionKind

HISTORY_LINE = {
    DeskActionKind.TAKE: texts.HISTORY_TAKE,
    DeskActionKind.TAKE_OVER: texts.HISTORY_TAKE_OVER,
    DeskActionKind.RELEASE: texts.HISTORY_RELEASE,
    DeskActionKind.ANSWER: texts.HISTORY_ANSWER,
    DeskActionKind.LINK: texts.HISTORY_LINK,
    DeskActionKind.CONFIRM: texts.HISTORY_CONFIRM,
    DeskActionKind.DISMISS: texts.HISTORY_DISMISS,
    DeskActionKind.DRAFT: texts.HISTORY_DRAFT,
    DeskActionKind.APPROVE: texts.HISTORY_APPROVE,
    DeskActionKind.REJECT: texts.HISTORY_REJECT,
    DeskActionKind.MERGE: texts.HISTORY_MERGE,
    DeskActionKind.SPLIT: texts.HISTORY_SPLIT,
}


async def show_history(core: Core, actor: Person, item_id: int) -> Reply:
    """The item's history, oldest first."""
    if refused := refusal(core, actor):
        return refused
    async with core.db.session() as session:
        item = await queue.get_item(session, item_id)
        if item is None:
            return reply(texts.ITEM_NOT_FOUND, id=item_id)
        actions = await desk_log.item_history(session, item_id)
    opened: datetime = as_utc(item.created_at) or utc_now()
    out = [Msg(texts.HISTORY_OPENED, {"when": when(opened)})]
    out.extend(history_line(action) for action in actions)
    return Reply((Msg(texts.HISTORY_HEADER, {"id": item_id}), lines(out)))


def history_line(action: LoggedAction) -> Msg:
    """One logged action as a line of `/history`."""
    params: dict[str, str | int] = {"when": when(action.at), "name": action.actor}
    if action.action is DeskActionKind.TAKE_OVER:
        params["holder"] = str(action.before.get("assignee") or "")
    if action.fact_check_id is not None:
        params["fact_check_id"] = action.fact_check_id
    if action.action in (DeskActionKind.DISMISS, DeskActionKind.REJECT):
        params["reason"] = str(action.after.get("reason") or "")
    if action.action in (DeskActionKind.DRAFT, DeskActionKind.APPROVE, DeskActionKind.REJECT):
        params["draft"] = int(action.after.get("draft") or 0)
    if action.action is DeskActionKind.DRAFT:
        params["action"] = str(action.after.get("action") or "")
    if action.action is DeskActionKind.APPROVE:
        params["holder"] = str(action.after.get("author") or "")
    if action.action is DeskActionKind.MERGE:
        params["other"] = int(action.after.get("merged") or 0)
    if action.action is DeskActionKind.SPLIT:
        params["tip"] = int(action.after.get("tip") or 0)
        params["new"] = int(action.after.get("into") or 0)
    return Msg(HISTORY_LINE[action.action], params)
