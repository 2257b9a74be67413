"""`/escalate` end to end: voters send a claim on Telegram, a fact-checker escalates it to a
platform (a signed webhook) and to an electoral body (its Telegram chat, through the bot), the
packets carry the claim's evidence and nothing that identifies a voter, `/escalations` shows
their status, `/escalation` records the platform's answer, and the report lists both.
"""

from __future__ import annotations

import asyncio
import csv
import hashlib
import hmac
import io
import json
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from sqlmodel import select

from bot.reports.folder import write_report
from bot.reports.recipients import DeliveryKind, ReportRecipient
from factchecks.clock import utc_now
from factchecks.escalations import Escalation, EscalationStatus, find_escalation
from factchecks.models import Requester
from factchecks.reports.period import range_period
from tests.bot.conftest import FACTCHECKER_ID, StartTipline
from tests.fakes.telegram_api import FakeTelegramAPI

SECRET = "liaison-secret"
BODY_CHAT = -3001
CLAIM = "The army will seize all ballot boxes in the capital tonight, share with 0803 555 0199"
VOTERS = [7_300_001 + n for n in range(6)]


class _Platform:
    """A platform's trust-and-safety webhook: keeps what it receives, and says when; and a
    broken one that answers 503."""

    def __init__(self) -> None:
        self.received: list[tuple[bytes, str]] = []
        self.arrived = asyncio.Event()
        self.refused = asyncio.Event()


@pytest.fixture
async def platform(aiohttp_server: Any) -> AsyncIterator[tuple[_Platform, str]]:
    found = _Platform()

    async def receive(request: web.Request) -> web.Response:
        found.received.append((await request.read(), request.headers["X-Tipline-Signature"]))
        found.arrived.set()
        return web.Response(text="received")

    async def broken(_request: web.Request) -> web.Response:
        found.refused.set()
        return web.Response(status=503)

    app = web.Application()
    app.router.add_post("/escalations", receive)
    app.router.add_post("/broken", broken)
    server = await aiohttp_server(app)
    yield found, str(server.make_url("/escalations"))


async def _status_becomes(tipline: Any, escalation_id: int, status: EscalationStatus) -> None:
    """Wait until the worker has recorded the delivery (it does so right after sending)."""
    deadline = time.monotonic() + 15
    while True:
        found = await find_escalation(tipline.db, escalation_id)
        if found is not None and found.status is status:
            return
        assert time.monotonic() < deadline, f"escalation {escalation_id} never became {status}"
        await asyncio.sleep(0.02)  # waiting on the condition


async def _attempts(tipline: Any, escalation_id: int) -> tuple[int, str | None]:
    async with tipline.db.session() as session:
        row = await session.get(Escalation, escalation_id)
        return (0, None) if row is None else (row.attempts, row.last_error)


async def test_an_escalated_claim_reaches_the_platform_and_the_report_shows_its_answer(
    start_tipline: StartTipline,
    telegram_api: FakeTelegramAPI,
    platform: tuple[_Platform, str],
    tmp_path: Path,
) -> None:
    received, hook_url = platform
    telegram_api.group(BODY_CHAT, "Electoral body")
    tipline = await start_tipline(
        escalation_recipients=(
            ReportRecipient("Platform liaison", DeliveryKind.WEBHOOK, hook_url, secret=SECRET),
            ReportRecipient("Electoral body", DeliveryKind.TELEGRAM, str(BODY_CHAT)),
            ReportRecipient(
                "Down", DeliveryKind.WEBHOOK, hook_url.replace("escalations", "broken"), secret="s"
            ),
        ),
        report_min_voters=5,
    )
    for user_id in VOTERS:
        telegram_api.text_message(telegram_api.user(user_id, first_name="Zuleika"), CLAIM)
        await telegram_api.wait_for_messages(user_id)
    checker = telegram_api.user(FACTCHECKER_ID, language_code="en")

    async def desk(*words: str) -> str:
        before = len(telegram_api.messages_to(FACTCHECKER_ID))
        telegram_api.command(checker, *words)
        sent = await telegram_api.wait_for_messages(FACTCHECKER_ID, count=before + 1)
        return sent[-1].text

    usage = await desk("/escalate", "1", "nobody")
    assert "Recipients: down, electoral-body, platform-liaison" in usage
    assert "There is no queue item #99" in await desk("/escalate", "99", "platform-liaison")
    queued = await desk("/escalate", "1", "platform-liaison", "Seen", "in", "three", "states")
    assert queued.startswith("Escalation #1: the evidence on queue item #1 is on its way")
    await asyncio.wait_for(received.arrived.wait(), 15)

    [(body, signature)] = received.received
    assert signature == "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    packet = json.loads(body)
    assert (packet["queue_item"], packet["tips"], packet["voters"]) == (1, 6, 6)
    assert packet["recipient"] == "Platform liaison" and packet["note"] == "Seen in three states"
    assert packet["claim"] == CLAIM.replace("0803 555 0199", "[phone]")
    assert packet["wordings"] == [{"text": packet["claim"], "tips": 6}]
    assert packet["by_channel"] == {"telegram": {"tips": 6, "voters": 6}}
    assert packet["first_seen"] and packet["fact_check"] is None

    await desk("/escalate", "1", "Electoral-Body")
    summary, *documents = await telegram_api.wait_for_messages(BODY_CHAT, count=3)
    assert summary.text.startswith("Escalation #2 from Fact-checking desk: claim #1")
    assert [sent.method for sent in documents] == ["sendDocument", "sendDocument"]
    assert [name for chat, name, _ in telegram_api.documents if chat == BODY_CHAT] == [
        "packet.html",
        "packet.json",
    ]
    page = telegram_api.documents[0][2].decode()
    assert "[phone]" in page and "0803" not in page

    await _status_becomes(tipline, 1, EscalationStatus.SENT)
    await _status_becomes(tipline, 2, EscalationStatus.SENT)
    # A recipient that fails: kept pending for a retry with backoff, and no answer is taken.
    await desk("/escalate", "1", "down")
    await asyncio.wait_for(received.refused.wait(), 15)
    deadline = time.monotonic() + 15
    while (await _attempts(tipline, 3)) != (1, "webhook answered HTTP 503"):
        assert time.monotonic() < deadline, "the failed attempt was never recorded"
        await asyncio.sleep(0.02)  # waiting on the condition
    assert "has not reached its recipient (pending)" in await desk("/escalation", "3", "actioned")
    listed = await desk("/escalations")
    assert "#3 · queue item #1 → Down · pending" in listed
    assert "#2 · queue item #1 → Electoral body · sent" in listed
    assert "#1 · queue item #1 → Platform liaison · sent" in listed
    assert "Usage: /escalation" in await desk("/escalation", "1", "ignored")
    assert "There is no escalation #9" in await desk("/escalation", "9", "declined")
    answered = await desk("/escalation", "1", "acknowledged", "40", "posts", "removed")
    assert answered == "Escalation #1 is now marked acknowledged."
    assert tipline.reports is not None
    await tipline.reports.run_pass()  # nothing pending: no packet goes twice
    assert len(received.received) == 1 and len(telegram_api.messages_to(BODY_CHAT)) == 3

    today = utc_now().date().isoformat()
    written = await write_report(
        tipline.db, range_period(today, today, "UTC"), tmp_path / "report", min_voters=5
    )
    files = {path.name: path.read_bytes() for path in written.folder.iterdir()}
    rows = list(csv.DictReader(io.StringIO(files["escalations.csv"].decode())))
    assert [(r["escalation_id"], r["recipient"], r["status"], r["outcome_note"]) for r in rows] == [
        ("1", "Platform liaison", "acknowledged", "40 posts removed"),
        ("2", "Electoral body", "sent", ""),
        ("3", "Down", "pending", ""),
    ]
    assert len(json.loads(files["summary.json"])["escalations"]) == 3
    assert "Escalations" in files["report.html"].decode()

    # An item merged into another is escalated as the one it joined, with all its tips.
    other = telegram_api.user(7_300_099)
    telegram_api.text_message(other, "Soldiers are taking the ballot boxes away from schools")
    await telegram_api.wait_for_messages(7_300_099)
    assert (await desk("/merge", "1", "2")).startswith("Queue item #2 merged into #1")
    received.arrived.clear()
    assert "evidence on queue item #1 is on its way" in await desk(
        "/escalate", "2", "platform-liaison"
    )
    await asyncio.wait_for(received.arrived.wait(), 15)
    merged = json.loads(received.received[-1][0])
    assert (merged["queue_item"], merged["tips"], merged["voters"]) == (1, 7, 7)

    async with tipline.db.session() as session:
        voters = list((await session.exec(select(Requester))).all())
    identifiers = [str(n) for n in VOTERS] + ["Zuleika", "0803", "555 0199"]
    identifiers += [voter.address for voter in voters] + [voter.pseudonym for voter in voters]
    outputs = {"webhook": body, **{name: data for _, name, data in telegram_api.documents}}
    outputs |= files
    outputs["chat summary"] = summary.text.encode()
    for name, data in outputs.items():
        for identifier in identifiers:
            assert identifier.encode() not in data, (identifier, name)
