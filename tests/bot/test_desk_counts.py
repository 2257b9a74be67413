"""Queue items count every voter, even when tips join at the same moment from two channels.

The count is computed in the database (issue 10): reading it, adding one and writing it back
lost voters when a Telegram and a WhatsApp tip joined one item together.
"""

from __future__ import annotations

import asyncio

from sqlmodel import select

from bot.usecases.dependencies import Core
from bot.usecases.receive_tip import receive_tip
from factchecks import queue
from factchecks.models import QueueItem
from tests.bot.test_usecases import ARMY, tip

JOINERS = 12  # half on Telegram, half on WhatsApp


async def test_concurrent_joins_from_two_channels_count_every_voter(core: Core) -> None:
    await receive_tip(core, tip("100", ARMY))  # opens the item
    messages = [
        tip(f"{200 + n}", ARMY + "!" * (n % 3), channel="whatsapp" if n % 2 else "telegram")
        for n in range(JOINERS)
    ]
    # The same voter twice at once still counts once.
    messages.append(tip("100", ARMY + "?"))
    await asyncio.gather(*(receive_tip(core, message) for message in messages))
    async with core.db.session() as session:
        [item] = (await session.exec(select(QueueItem))).all()
        counted = await queue.count_distinct_voters(session, item.id or 0)
    assert item.request_count == counted == 1 + JOINERS
