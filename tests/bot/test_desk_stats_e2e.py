"""`/stats` end to end, against the fake Bot API and the fake Graph API: every figure equals what
the test sent (tips in, answered at once, queued, answered and dismissed by the desk, the
backlog and its age, the time to answer, by channel, by language, by fact-checker).

The times to answer are compared with a slow twin: numpy's percentiles over the answered items'
own rows (first tip to closing), read from the database after the fact.
"""

from __future__ import annotations

from datetime import timedelta

import numpy as np
from sqlmodel import select

from factchecks.clock import as_utc, utc_now
from factchecks.models import QueueItem, QueueStatus, Tip
from tests.bot.conftest import FACTCHECKER_ID, StartWhatsAppLine, WhatsAppLine
from tests.bot.test_desk_shift_e2e import BEN_NUMBER, NAMES, Ben
from tests.fakes import graph_api as wa
from tests.fakes.graph_api import FakeGraphAPI
from tests.fakes.telegram_api import FakeTelegramAPI

SMS = "You can vote by SMS this year: text your ID number to 4455 and your vote counts"
INK = "La tinta indeleble de las elecciones es venenosa y causa enfermedades de la piel"
ARMY = "The army will seize all ballot boxes in the capital on the night of the count"
NOON = "Polling stations in the north will close at noon instead of the evening"
URNAS = "Las urnas de la capital serán confiscadas por el ejército esta misma noche"
MISSING = "Ballot papers printed in the south are missing the opposition candidate's name"


async def _whatsapp_voter(graph: FakeGraphAPI, line: WhatsAppLine, number: str, text: str) -> None:
    payload = graph.webhook_payload([wa.text_message(number, text)])
    assert await graph.deliver_webhook(line.url, payload) == 200
    await graph.wait_for_messages(number)


async def _age(line: WhatsAppLine, item_id: int, minutes: int) -> None:
    """Item `item_id` (and its tips) came in `minutes` ago."""
    moment = utc_now() - timedelta(minutes=minutes)
    async with line.tipline.db.transaction() as session:
        item = await session.get(QueueItem, item_id)
        assert item is not None
        item.created_at = moment
        session.add(item)
        for tip in (await session.exec(select(Tip).where(Tip.queue_item_id == item_id))).all():
            tip.received_at = moment
            session.add(tip)


async def test_stats_figures_equal_what_was_sent(
    graph: FakeGraphAPI, telegram_api: FakeTelegramAPI, start_whatsapp_line: StartWhatsAppLine
) -> None:
    line = await start_whatsapp_line(
        factcheckers=frozenset({("whatsapp", BEN_NUMBER)}), factchecker_names=NAMES
    )
    ben = Ben(graph, line)
    await ben.says("/help")  # opens Ben's 24-hour window; not a tip

    sent = [  # (channel, voter, text): 8 tips, 5 on Telegram, 3 on WhatsApp
        ("telegram", "971", SMS),  # answered at once
        ("whatsapp", "447700900101", SMS),  # answered at once
        ("telegram", "972", INK),  # answered at once, in Spanish
        ("telegram", "973", ARMY),  # queued: item A
        ("whatsapp", "447700900102", ARMY + "!!"),  # queued: item A
        ("telegram", "974", NOON),  # queued: item B
        ("whatsapp", "447700900103", URNAS),  # queued: item C, in Spanish
        ("telegram", "975", MISSING),  # queued: item D
    ]
    for channel, voter, text in sent:
        if channel == "telegram":
            telegram_api.text_message(telegram_api.user(int(voter), language_code="en"), text)
            await telegram_api.wait_for_messages(int(voter))
        else:
            await _whatsapp_voter(graph, line, voter, text)
    items = {row.claim: row.id or 0 for row in await line.rows(QueueItem)}
    army, noon, urnas, missing = items[ARMY], items[NOON], items[URNAS], items[MISSING]
    assert len(items) == 4
    await _age(line, army, 30)
    await _age(line, urnas, 12)
    await _age(line, missing, 45)

    ana = telegram_api.user(FACTCHECKER_ID, language_code="en")

    async def ana_says(*words: str) -> str:
        before = len(telegram_api.messages_to(FACTCHECKER_ID))
        telegram_api.command(ana, *words)
        return (await telegram_api.wait_for_messages(FACTCHECKER_ID, count=before + 1))[-1].text

    assert "2 voters notified" in await ana_says(
        "/answer", str(army), "false", "https://example.org/fc/army", "No seizure."
    )
    assert "1 voter notified" in (
        await ben.says(f"/answer {urnas} false https://example.org/fc/urnas Falso.")
    )
    assert "dismissed" in await ben.says(f"/dismiss {noon} Not about the election.")

    stats = (await ana_says("/stats", "week")).splitlines()
    async with line.tipline.db.session() as session:
        answered = (
            await session.exec(select(QueueItem).where(QueueItem.status == QueueStatus.ANSWERED))
        ).all()
    # The slow twin: first tip (the item's opening) to closing, for each answered item.
    times = [
        ((as_utc(item.closed_at) or utc_now()) - (as_utc(item.created_at) or utc_now()))
        for item in answered
    ]
    minutes = [time.total_seconds() / 60 for time in times]
    median, p90 = np.percentile(minutes, 50), np.percentile(minutes, 90)
    assert sorted(round(m) for m in minutes) == [12, 30]
    assert stats[0].startswith("Desk figures for the last 7 days (since ")
    assert stats[1:] == [
        "",
        "Tips in: 8 · answered automatically: 3 · queued: 5",
        "Answered by the desk: 2 · dismissed: 1",
        "Open now: 1 · the oldest has waited 45 min",
        f"Time to answer: median {median:.1f} min · 90th percentile {p90:.1f} min",
        "By channel: telegram 5, whatsapp 3",
        "By language: en 6, es 2",
        "Claims closed by each fact-checker: Ben 2, Ana 1",
    ]
    assert [missing] == [
        row.id for row in await line.rows(QueueItem) if row.status == QueueStatus.OPEN
    ]
