"""Telling the fact-checkers' desk that a new claim waits, wherever the desk lives."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from bot import texts
from bot.rendering import excerpt
from bot.replies import Msg, reply
from bot.usecases.dependencies import Core, send

NOTICE_EXCERPT_CHARS = 300


def announce_new_item(session: AsyncSession, core: Core, item_id: int, claim: str) -> None:
    """Queue a "new claim #id" notice for every desk address (group chats, and fact-checkers on
    channels without groups), in the default language unless the recipient chose one."""
    shown: Msg | str = excerpt(claim, NOTICE_EXCERPT_CHARS) or Msg(texts.QUEUE_IMAGE)
    notice = reply(texts.DESK_NEW_ITEM, id=item_id, claim=shown)
    for address in core.desk_addresses:
        send(session, address, notice, core.catalogs.default_language)
