"""The inbox end to end: odd bytes, failing messages, whole POSTs, no raw payloads, voter order.

The real python-telegram-bot and our WhatsApp client against the fakes, on SQLite and
PostgreSQL.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections import defaultdict
from typing import Any

import pytest
from sqlalchemy import event, text
from sqlmodel import select

from bot.app import Tipline
from factchecks import inbox
from factchecks.models import InboxStatus, Tip, TipStatus
from tests.bot.conftest import SEED_URL, StartTipline, StartWhatsAppLine, WhatsAppLine
from tests.fakes import graph_api as wa
from tests.fakes.graph_api import FakeGraphAPI
from tests.fakes.telegram_api import FakeTelegramAPI

SMS_CLAIM = "You can vote by SMS this year: text your ID number to 4455 and your vote counts"
UK_VOTER = "447700900123"
EMPTY_REPLY = "Your message was empty"
FAILED_REPLY = "Sorry, something went wrong on our side"

# (what the voter sends, how the reply starts or what it holds, the tip's text as stored)
ODD_TEXTS = [
    pytest.param(SMS_CLAIM.replace("SMS", "SMS\x00"), SEED_URL + "sms", SMS_CLAIM, id="nul"),
    pytest.param(
        SMS_CLAIM + " \ud800", SEED_URL + "sms", SMS_CLAIM + " \ufffd", id="lone-surrogate"
    ),
    pytest.param("\u200b\u2060\u3164 \u200d", EMPTY_REPLY, "", id="only-invisible"),
]


async def _tips(tipline: Tipline) -> list[Tip]:
    async with tipline.db.session() as session:
        return list((await session.exec(select(Tip).order_by(Tip.id))).all())  # type: ignore[arg-type]


@pytest.fixture
async def line(start_whatsapp_line: StartWhatsAppLine) -> WhatsAppLine:
    """WhatsApp's webhook on a free port; failing messages are retried fast."""
    return await start_whatsapp_line(inbox_retry_s=0.01, inbox_max_attempts=2)


@pytest.mark.parametrize(("text", "expected", "stored"), ODD_TEXTS)
async def test_odd_bytes_on_telegram_get_a_reply_and_the_bot_restarts(
    telegram_api: FakeTelegramAPI,
    start_tipline: StartTipline,
    text: str,
    expected: str,
    stored: str,
) -> None:
    first = await start_tipline()
    voter = telegram_api.user(701, language_code="en")
    telegram_api.text_message(voter, text)
    [reply] = await telegram_api.wait_for_messages(701)
    assert expected in reply.text
    [tip] = await _tips(first)
    assert tip.text == stored
    await first.stop()
    second = await start_tipline()  # nothing left behind keeps it from starting
    telegram_api.text_message(voter, SMS_CLAIM)
    replies = await telegram_api.wait_for_messages(701, count=2)
    assert SEED_URL + "sms" in replies[1].text
    rows = await inbox.rows_of(second.db, "telegram")
    assert [row.status for row in rows] == [InboxStatus.DONE, InboxStatus.DONE]


@pytest.mark.parametrize(("text", "expected", "stored"), ODD_TEXTS)
async def test_odd_bytes_on_whatsapp_get_a_reply_and_the_bot_restarts(
    graph: FakeGraphAPI, line: WhatsAppLine, text: str, expected: str, stored: str
) -> None:
    status = await graph.deliver_webhook(
        line.url, graph.webhook_payload([wa.text_message(UK_VOTER, text)])
    )
    assert status == 200
    [reply] = await graph.wait_for_messages(UK_VOTER, timeout=15)
    assert expected in reply.text
    [tip] = await _tips(line.tipline)
    assert tip.text == stored
    await line.stop()
    await line.start()
    await graph.deliver_webhook(
        line.url, graph.webhook_payload([wa.text_message(UK_VOTER, SMS_CLAIM)])
    )
    replies = await graph.wait_for_messages(UK_VOTER, count=2, timeout=15)
    assert SEED_URL + "sms" in replies[1].text


async def test_deeply_nested_json_is_a_bad_request_and_the_webhook_goes_on(
    graph: FakeGraphAPI, line: WhatsAppLine
) -> None:
    depth = 100_000
    body = ("[" * depth + "]" * depth).encode()
    assert await graph.deliver_webhook(line.url, body) == 400
    nested_object = ('{"a":' * depth + "1" + "}" * depth).encode()
    assert await graph.deliver_webhook(line.url, nested_object) == 400
    await graph.deliver_webhook(
        line.url, graph.webhook_payload([wa.text_message(UK_VOTER, SMS_CLAIM)])
    )
    [reply] = await graph.wait_for_messages(UK_VOTER, timeout=15)
    assert SEED_URL + "sms" in reply.text


async def test_a_message_that_always_fails_is_answered_politely_and_marked_failed(
    graph: FakeGraphAPI, line: WhatsAppLine
) -> None:
    await graph.deliver_webhook(
        line.url, graph.webhook_payload([wa.text_message(UK_VOTER, SMS_CLAIM)])
    )
    await graph.wait_for_messages(UK_VOTER, timeout=15)
    # A "More languages" row whose id no menu of ours ever had: handling it raises each time.
    await graph.deliver_webhook(
        line.url, graph.webhook_payload([wa.button_reply(UK_VOTER, "more:oops", "More")])
    )
    replies = await graph.wait_for_messages(UK_VOTER, count=2, timeout=15)
    assert replies[1].text.startswith(FAILED_REPLY)
    rows = await inbox.rows_of(line.tipline.db, "whatsapp")
    assert [row.status for row in rows] == [InboxStatus.DONE, InboxStatus.FAILED]
    assert rows[1].attempts == 2 and rows[1].payload is None
    await line.stop()
    await line.start()  # the failed message is not tried again, and nothing blocks the start
    await graph.deliver_webhook(
        line.url, graph.webhook_payload([wa.text_message(UK_VOTER, SMS_CLAIM + " again")])
    )
    replies = await graph.wait_for_messages(UK_VOTER, count=3, timeout=15)
    assert SEED_URL + "sms" in replies[2].text
    assert len(graph.messages_to(UK_VOTER)) == 3


async def test_a_whole_post_is_stored_in_one_transaction(
    graph: FakeGraphAPI, line: WhatsAppLine
) -> None:
    await line.tipline.inbox.stop()  # only the webhook writes while the POST is in flight
    # Commits of transactions that wrote to the inbox (other loops, such as delivery or the
    # index refresh, may commit their own work meanwhile).
    commits: list[object] = []
    writing: set[int] = set()
    engine = line.tipline.db.engine.sync_engine

    def note_write(connection: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO INBOX_UPDATE"):
            writing.add(id(connection))

    def count(connection: Any) -> None:
        if id(connection) in writing:
            writing.discard(id(connection))
            commits.append(connection)

    event.listen(engine, "before_cursor_execute", note_write)
    event.listen(engine, "commit", count)
    voters = [f"4477009{n:05d}" for n in range(300)]
    burst = [wa.text_message(voter, f"{SMS_CLAIM} ({n})") for n, voter in enumerate(voters)]
    assert await graph.deliver_webhook(line.url, graph.webhook_payload(burst)) == 200
    event.remove(engine, "commit", count)
    event.remove(engine, "before_cursor_execute", note_write)
    assert len(commits) == 1
    assert len(await inbox.rows_of(line.tipline.db, "whatsapp")) == len(voters)
    line.tipline.inbox.start()
    await graph.wait_for_messages(voters[0], timeout=30)


async def test_the_inbox_keeps_no_raw_payload_and_drops_the_parsed_one(
    graph: FakeGraphAPI, telegram_api: FakeTelegramAPI, line: WhatsAppLine
) -> None:
    tipline = line.tipline
    await tipline.inbox.stop()
    voter = telegram_api.user(702, first_name="Zebulon", language_code="en")
    voter["username"] = "zebulon_votes"
    update = telegram_api.text_message(voter, SMS_CLAIM)
    payload = wa.webhook_payload(
        [wa.text_message(UK_VOTER, SMS_CLAIM)],
        phone_number_id=graph.phone_number_id,
        names={UK_VOTER: "Quentin Profile"},
    )
    assert await graph.deliver_webhook(line.url, payload) == 200
    await telegram_api.wait_until_confirmed(update["update_id"])
    rows = await inbox.rows_of(tipline.db, "telegram") + await inbox.rows_of(tipline.db, "whatsapp")
    assert len(rows) == 2
    for row in rows:
        stored = json.dumps(row.model_dump(), default=str)
        for raw in ("Zebulon", "zebulon_votes", "Quentin Profile", "first_name", "username"):
            assert raw in json.dumps(update) + json.dumps(payload)  # it was sent...
            assert raw not in stored  # ...and is not kept
        assert '"wa_id"' not in stored and '"from"' not in stored and "update_id" not in stored
        assert row.external_id != str(update["update_id"]) and len(row.external_id) == 64
        assert row.payload is not None and row.voter is not None
    tipline.inbox.start()
    await telegram_api.wait_for_messages(702)
    await graph.wait_for_messages(UK_VOTER, timeout=15)
    rows = await inbox.rows_of(tipline.db, "telegram") + await inbox.rows_of(tipline.db, "whatsapp")
    assert all(row.status is InboxStatus.DONE for row in rows)
    assert all(row.payload is None and row.voter is None for row in rows)


async def test_each_voters_messages_are_handled_in_order_under_concurrency(
    graph: FakeGraphAPI, line: WhatsAppLine
) -> None:
    voters = [f"4477008{n:05d}" for n in range(4)]
    per_voter = 6
    sent: dict[str, list[str]] = defaultdict(list)
    burst: list[dict[str, Any]] = []
    for seq in range(per_voter):
        for n, voter in enumerate(voters):
            text = f"Rumour {seq} from voter {n}: the mayor owns {seq * 7 + n} polling stations"
            sent[voter].append(text)
            burst.append(wa.text_message(voter, text))
    assert await graph.deliver_webhook(line.url, graph.webhook_payload(burst)) == 200
    for voter in voters:
        await graph.wait_for_messages(voter, count=per_voter, timeout=60)
    tips = await _tips(line.tipline)
    by_requester: dict[int, list[str]] = defaultdict(list)
    for tip in tips:  # in the order they were stored, which is the order they were handled
        by_requester[tip.requester_id].append(tip.text)
    assert sorted(by_requester.values()) == sorted(sent.values())
    assert all(tip.status is not TipStatus.RECEIVED for tip in tips)


class _Signal(logging.Handler):
    """Sets `seen` when a log record contains `words` (a condition the test can wait on)."""

    def __init__(self, words: str) -> None:
        super().__init__()
        self.words = words
        self.seen = asyncio.Event()

    def emit(self, record: logging.LogRecord) -> None:
        if self.words in record.getMessage():
            self.seen.set()


async def test_a_telegram_tip_sent_while_the_database_is_away_is_not_lost(
    telegram_api: FakeTelegramAPI, start_tipline: StartTipline
) -> None:
    tipline = await start_tipline()
    signal = _Signal("they stay unconfirmed")
    channel_log = logging.getLogger("bot.channels.telegram")
    channel_log.addHandler(signal)
    try:
        async with tipline.db.transaction() as session:  # the inbox is away
            await session.exec(text("ALTER TABLE inbox_update RENAME TO inbox_update_away"))
        voter = telegram_api.user(703, language_code="en")
        update = telegram_api.text_message(voter, SMS_CLAIM)
        await asyncio.wait_for(signal.seen.wait(), timeout=10)
        assert telegram_api.confirmed_offset <= update["update_id"]  # Telegram still has it
        async with tipline.db.transaction() as session:
            await session.exec(text("ALTER TABLE inbox_update_away RENAME TO inbox_update"))
    finally:
        channel_log.removeHandler(signal)
    await telegram_api.wait_until_confirmed(update["update_id"])
    [reply] = await telegram_api.wait_for_messages(703, timeout=20)
    assert SEED_URL + "sms" in reply.text


async def test_two_processes_on_one_database_handle_each_message_once(
    graph: FakeGraphAPI, start_whatsapp_line: StartWhatsAppLine
) -> None:
    # Two tip-lines on one database, as two `tipline run` processes would be (the second takes
    # Telegram by webhook: only one may poll). POSTs alternate between them.
    first = await start_whatsapp_line(inbox_concurrency=3)
    second = await start_whatsapp_line(polling=False, inbox_concurrency=3, inbox_poll_s=0.05)
    voters = [f"4477007{n:05d}" for n in range(30)]
    for n, voter in enumerate(voters):
        line = first if n % 2 else second
        message = wa.text_message(voter, f"{SMS_CLAIM} ({n})")
        assert await graph.deliver_webhook(line.url, graph.webhook_payload([message])) == 200
    for voter in voters:
        await graph.wait_for_messages(voter, timeout=60)
    # A reply can go out before its message is marked done: stopping finishes what is in hand.
    await first.tipline.inbox.stop()
    await second.tipline.inbox.stop()
    rows = await inbox.rows_of(first.tipline.db, "whatsapp")
    assert len(rows) == len(voters)
    assert all(row.status is InboxStatus.DONE and row.attempts == 1 for row in rows), [
        (row.id, row.status, row.attempts) for row in rows if row.status is not InboxStatus.DONE
    ]
    assert {row.claimed_by for row in rows} == {first.tipline.inbox.name, second.tipline.inbox.name}
    tips = await _tips(first.tipline)
    assert len(tips) == len(voters) and len({tip.external_id for tip in tips}) == len(voters)
