"""Telling the fact-checkers' desk, wherever it lives, that a new claim waits, or that one is
spreading fast (a burst: many distinct voters sending it within minutes)."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel.ext.asyncio.session import AsyncSession

from bot import texts
from bot.rendering import excerpt
from bot.replies import Msg, reply
from bot.usecases.dependencies import Core, send
from factchecks import queue
from factchecks.clock import utc_now
from factchecks.models import QueueItem

NOTICE_EXCERPT_CHARS = 300
BURST_QUIET = timedelta(hours=1)  # at most one burst alert per item in this long


def announce_new_item(session: AsyncSession, core: Core, item_id: int, claim: str) -> None:
    """Queue a "new claim #id" notice for every desk address (group chats, and fact-checkers on
    channels without groups), in the default language unless the recipient chose one."""
    shown: Msg | str = excerpt(claim, NOTICE_EXCERPT_CHARS) or Msg(texts.QUEUE_IMAGE)
    notice = reply(texts.DESK_NEW_ITEM, id=item_id, claim=shown)
    for address in core.desk_addresses:
        send(session, address, notice, core.catalogs.default_language)


async def alert_burst(session: AsyncSession, core: Core, item: QueueItem) -> bool:
    """After a tip joined `item`: if at least `core.burst_voters` distinct voters sent it within
    the last `core.burst_window_s`, alert the desk (once per item per `BURST_QUIET`). Whether
    an alert was queued."""
    item_id = item.id or 0
    now = utc_now()
    window = timedelta(seconds=core.burst_window_s)
    voters = await queue.recent_voters(session, item_id, now - window)
    if voters < core.burst_voters or not await queue.mark_alerted(
        session, item_id, now, BURST_QUIET
    ):
        return False
    shown: Msg | str = excerpt(item.claim, NOTICE_EXCERPT_CHARS) or Msg(texts.QUEUE_IMAGE)
    alert = reply(
        texts.DESK_BURST,
        id=item_id,
        voters=voters,
        minutes=round(window.total_seconds() / 60),
        total=item.request_count,
        claim=shown,
    )
    for address in core.desk_addresses:
        send(session, address, alert, core.catalogs.default_language)
    return True
