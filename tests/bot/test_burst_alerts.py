"""Burst alerts: five distinct voters sending one unmatched claim within ten minutes raise one
alert in the desk's chat, never two within the hour; older tips and repeat senders do not count.
"""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from bot import texts
from bot.replies import Reply
from bot.usecases.dependencies import Core
from bot.usecases.receive_tip import receive_tip
from factchecks.clock import utc_now
from factchecks.models import QueueItem, Tip
from tests.bot.conftest import DESK_GROUP
from tests.bot.test_usecases import ARMY, open_item_ids, outbox_to, tip


async def _alerts(core: Core) -> list[Reply]:
    return [
        value
        for value in await outbox_to(core, DESK_GROUP.address)
        if value.parts[0].msgid == texts.DESK_BURST
    ]


async def _send(core: Core, *voters: str) -> None:
    for voter in voters:
        await receive_tip(core, tip(voter, f"{ARMY} {'!' * (int(voter) % 7)}"))


async def test_five_voters_in_ten_minutes_raise_exactly_one_alert(core: Core) -> None:
    await _send(core, "201", "202", "203", "204")
    await _send(core, "201")  # the same voter again is not a fifth voter
    assert await _alerts(core) == []
    await _send(core, "205")
    [alert] = await _alerts(core)
    [item_id] = await open_item_ids(core)
    params = alert.parts[0].params
    assert (params["id"], params["voters"], params["minutes"], params["total"]) == (
        item_id,
        5,
        10,
        5,
    )
    await _send(core, "206", "207")
    assert len(await _alerts(core)) == 1  # at most one per item per hour

    async with core.db.transaction() as session:  # an hour later, a second wave
        item = await session.get(QueueItem, item_id)
        assert item is not None and item.alerted_at is not None
        item.alerted_at -= timedelta(minutes=61)
        session.add(item)
        for old in (await session.exec(select(Tip))).all():
            old.received_at = utc_now() - timedelta(minutes=61)
            session.add(old)
    await _send(core, "208", "209", "210", "211")
    assert len(await _alerts(core)) == 1  # the earlier voters are outside the window
    await _send(core, "212")
    second = (await _alerts(core))[1].parts[0].params
    assert (second["voters"], second["total"]) == (5, 12)


async def test_voters_spread_over_more_than_the_window_raise_none(core: Core) -> None:
    await _send(core, "301", "302", "303", "304")
    async with core.db.transaction() as session:
        for old in (await session.exec(select(Tip))).all():
            old.received_at = utc_now() - timedelta(minutes=11)
            session.add(old)
    await _send(core, "305", "306")
    assert await _alerts(core) == []
