"""Scheduled reports: e-mail (a local SMTP server), a signed webhook and a folder receive each
week's report exactly once with two workers; a failing recipient is retried with backoff while
the others are served; a week missed while the bot was down is made up at the next start."""

from __future__ import annotations

import asyncio
import email
import hashlib
import hmac
import io
import json
import socket
import zipfile
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from email.message import Message
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiosmtpd.controller import Controller
from sqlmodel import select
from telegram import Bot

from benchmarks.report_data import write_synthetic_period
from bot import texts
from bot.replies import decode
from bot.reports.chat_delivery import TelegramReportChat
from bot.reports.recipients import DeliveryKind, ReportRecipient, parse_recipients
from bot.reports.schedule import (
    LONGEST_RETRY,
    MAX_ATTEMPTS,
    ReportScheduler,
    due_period,
    retry_delay,
)
from bot.setting_values import SettingsError
from bot.settings import Settings
from bot.usecases.dependencies import Address
from factchecks.clock import utc_now
from factchecks.database import Database
from factchecks.escalation_packet import build_packet
from factchecks.escalations import EscalationStatus, find_escalation, record_escalation
from factchecks.models import OutboxMessage
from factchecks.report_deliveries import delivery_rows
from factchecks.reports.figures import TipFilter
from factchecks.reports.period import week_period
from tests.fakes.telegram_api import FakeTelegramAPI

MONDAY_MORNING = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)  # after W48, past 08:00 in Lagos
SECRET = "hook-secret"


class _Mailbox:
    """An aiosmtpd handler that keeps every message it accepts."""

    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, _server: Any, _session: Any, envelope: Any) -> str:
        self.messages.append(email.message_from_bytes(envelope.content))
        return "250 OK"


@pytest.fixture
def mailbox() -> Iterator[tuple[_Mailbox, int]]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    box = _Mailbox()
    controller = Controller(box, hostname="127.0.0.1", port=port)
    controller.start()
    yield box, port
    controller.stop()


class _Hooks:
    def __init__(self) -> None:
        self.received: list[tuple[bytes, str]] = []
        self.failures = 0


@pytest.fixture
async def hooks(aiohttp_server: Any) -> AsyncIterator[tuple[_Hooks, str]]:
    found = _Hooks()

    async def ok(request: web.Request) -> web.Response:
        found.received.append(
            (await request.read(), request.headers.get("X-Tipline-Signature", ""))
        )
        return web.Response(text="thanks")

    async def broken(_request: web.Request) -> web.Response:
        found.failures += 1
        return web.Response(status=503)

    app = web.Application()
    app.router.add_post("/ok", ok)
    app.router.add_post("/broken", broken)
    server = await aiohttp_server(app)
    yield found, str(server.make_url(""))


def _settings(database_url: str, port: int, base: str, folder: Path) -> Settings:
    recipients = (
        ReportRecipient("Commission", DeliveryKind.EMAIL, "desk@commission.example"),
        ReportRecipient(
            "Platform",
            DeliveryKind.WEBHOOK,
            base + "/ok",
            secret=SECRET,
            scope=TipFilter(languages=frozenset({"es"})),
        ),
        ReportRecipient("Archive", DeliveryKind.DIRECTORY, str(folder)),
        ReportRecipient("Flaky", DeliveryKind.WEBHOOK, base + "/broken", secret=SECRET),
    )
    return Settings(
        database_url=database_url,
        timezone="Africa/Lagos",
        report_recipients=recipients,
        smtp_host="127.0.0.1",
        smtp_port=port,
        smtp_from="tipline@desk.example",
        smtp_starttls=False,
    )


async def test_each_recipient_gets_the_week_once_with_two_workers(
    database_url: str,
    mailbox: tuple[_Mailbox, int],
    hooks: tuple[_Hooks, str],
    tmp_path: Path,
) -> None:
    box, port = mailbox
    received, base = hooks
    settings = _settings(database_url, port, base, tmp_path / "archive")
    first, second = Database(database_url), Database(database_url)
    try:
        await write_synthetic_period(first, week_period("2026-W48", "Africa/Lagos"), tips=600)
        now = [MONDAY_MORNING]
        workers = [ReportScheduler(db, settings, clock=lambda: now[0]) for db in (first, second)]
        await asyncio.gather(*(worker.run_pass() for worker in workers))
        await asyncio.gather(*(worker.run_pass() for worker in workers))

        [mail] = box.messages
        assert mail["To"] == "desk@commission.example"
        assert mail["Subject"] == "Tip-line report 2026-W48 (Africa/Lagos)"
        attached = {part.get_filename() for part in mail.walk() if part.get_filename()}
        assert {"report.html", "claims.csv", "summary.json", "datapackage.json"} <= attached
        [(body, signature)] = received.received
        expected = hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
        assert signature == "sha256=" + expected
        summary = json.loads(body)
        assert summary["period"]["label"] == "2026-W48" and summary["scope"] == "languages es"
        assert set(summary["by"]["language"]) == {"es"}
        assert (tmp_path / "archive" / "2026-W48" / "report.html").exists()
        assert received.failures == 1  # tried once, then waits for its backoff
        rows = {row[0]: row[2:] for row in await delivery_rows(first)}
        assert rows == {
            "Commission": ("sent", 1),
            "Platform": ("sent", 1),
            "Archive": ("sent", 1),
            "Flaky": ("pending", 1),
        }

        now[0] += timedelta(seconds=30)  # before the retry is due: nothing
        await workers[0].run_pass()
        assert received.failures == 1
        now[0] += timedelta(minutes=1)
        await asyncio.gather(*(worker.run_pass() for worker in workers))
        assert received.failures == 2 and len(box.messages) == 1

        # Down for a week: the next start sends W49 (once), and W48 is not sent again.
        now[0] = datetime(2026, 12, 8, 15, 0, tzinfo=UTC)
        restarted = ReportScheduler(second, settings, clock=lambda: now[0])
        await restarted.run_pass()
        await restarted.run_pass()
        assert [m["Subject"] for m in box.messages] == [
            "Tip-line report 2026-W48 (Africa/Lagos)",
            "Tip-line report 2026-W49 (Africa/Lagos)",
        ]
        assert len(received.received) == 2
    finally:
        await first.dispose()
        await second.dispose()


def test_the_due_week_is_the_last_full_week_once_its_hour_has_come() -> None:
    monday_8 = ReportRecipient("a", DeliveryKind.DIRECTORY, "/x")
    before = datetime(2026, 11, 30, 6, 59, tzinfo=UTC)  # 07:59 in Lagos
    assert due_period(monday_8, "Africa/Lagos", before).label == "2026-W47"
    assert due_period(monday_8, "Africa/Lagos", before + timedelta(minutes=1)).label == "2026-W48"
    wednesday = ReportRecipient("b", DeliveryKind.DIRECTORY, "/x", weekday=2, hour=17)
    assert due_period(wednesday, "UTC", datetime(2026, 12, 2, 17, tzinfo=UTC)).label == "2026-W48"
    assert due_period(wednesday, "UTC", datetime(2026, 12, 1, 23, tzinfo=UTC)).label == "2026-W47"
    assert [retry_delay(n) for n in (1, 2, 7)] == [
        timedelta(minutes=1),
        timedelta(minutes=2),
        timedelta(hours=1),
    ]
    assert retry_delay(8) is None


def test_recipients_are_read_from_json_and_from_a_toml_table(tmp_path: Path) -> None:
    [one] = parse_recipients(
        '[{"name": "EC", "deliver": "email", "to": "a@b.example", "weekday": "friday",'
        ' "hour": 17, "languages": ["ha"], "regions": ["ng"], "tags": ["Violence"]}]'
    )
    assert (one.weekday, one.hour, one.scope.regions) == (4, 17, frozenset({"NG"}))
    assert one.scope.tags == frozenset({"violence"}) and one.command_name == "ec"
    config = tmp_path / "tipline.toml"
    config.write_text(
        'TIPLINE_SMTP_HOST = "127.0.0.1"\nTIPLINE_SMTP_FROM = "t@d.example"\n'
        '[[TIPLINE_REPORTS]]\nname = "EC"\ndeliver = "email"\nto = "a@b.example"\n'
        '[[TIPLINE_REPORTS]]\nname = "Hook"\ndeliver = "webhook"\nto = "https://h.example/"\n'
        'secret = "s"\n'
    )
    settings = Settings.load({}, config)
    assert [r.name for r in settings.report_recipients] == ["EC", "Hook"]
    for bad, problem in [
        ('[{"name": "x", "deliver": "fax", "to": "1"}]', "deliver is email, webhook"),
        ('[{"name": "x", "deliver": "telegram", "to": "@org"}]', "chat id"),
        ('[{"name": "x", "deliver": "directory", "to": "/r", "tags": ["a b"]}]', "not a tag"),
        ('[{"name": "x", "deliver": "webhook", "to": "https://h/"}]', "needs a secret"),
        ('[{"name": "x", "deliver": "directory", "to": "/r", "hour": 25}]', "hour is 0-23"),
        ('[{"name": "x", "deliver": "directory", "to": "/r", "colour": 1}]', "unknown key"),
        ("{", "not JSON"),
    ]:
        with pytest.raises(SettingsError, match=problem):
            Settings.load({"TIPLINE_REPORTS": bad})
    with pytest.raises(SettingsError, match="TELEGRAM_BOT_TOKEN"):
        Settings.load({"TIPLINE_ESCALATIONS": '[{"name": "x", "deliver": "telegram", "to": "-5"}]'})
    with pytest.raises(SettingsError, match="TIPLINE_SMTP_HOST"):
        Settings.load({"TIPLINE_REPORTS": '[{"name": "x", "deliver": "email", "to": "a@b.c"}]'})


async def test_an_organisations_telegram_chat_gets_the_week_once_with_two_workers(
    database_url: str, telegram_api: FakeTelegramAPI
) -> None:
    """Through the real python-telegram-bot against the fake Bot API: a summary message, then
    report.html and the whole folder zipped, once, however many workers try."""
    chat_id = -1002001
    telegram_api.group(chat_id, "Electoral Commission")
    settings = Settings(
        database_url=database_url,
        timezone="Africa/Lagos",
        telegram_bot_token=telegram_api.token,
        report_recipients=(
            ReportRecipient("Commission chat", DeliveryKind.TELEGRAM, str(chat_id)),
        ),
    )
    first, second = Database(database_url), Database(database_url)
    bots = [Bot(telegram_api.token, base_url=telegram_api.base_url) for _ in range(2)]
    try:
        for bot in bots:
            await bot.initialize()
        await write_synthetic_period(first, week_period("2026-W48", "Africa/Lagos"), tips=600)
        now = [MONDAY_MORNING]
        workers = []
        for db, bot in zip((first, second), bots, strict=True):
            worker = ReportScheduler(db, settings, clock=lambda: now[0])
            worker.add_chat(DeliveryKind.TELEGRAM, TelegramReportChat(bot))
            workers.append(worker)
        await asyncio.gather(*(worker.run_pass() for worker in workers))
        await asyncio.gather(*(worker.run_pass() for worker in workers))

        summary, *documents = telegram_api.messages_to(chat_id)
        assert summary.method == "sendMessage"
        assert summary.text.startswith("Tip-line report 2026-W48 (2026-11-23 to 2026-11-29")
        assert "Corrections issued: 0" in summary.text
        assert [d.method for d in documents] == ["sendDocument", "sendDocument"]
        names = [name for chat, name, _data in telegram_api.documents if chat == chat_id]
        assert names == ["report.html", "tipline-report-2026-W48.zip"]
        page, archive = (data for _chat, _name, data in telegram_api.documents)
        assert page.startswith(b"<!doctype html>")
        with zipfile.ZipFile(io.BytesIO(archive)) as folder:
            assert {"report.html", "claims.csv", "summary.json", "datapackage.json"} <= set(
                folder.namelist()
            )
            assert json.loads(folder.read("summary.json"))["period"]["label"] == "2026-W48"
        assert [row[2:] for row in await delivery_rows(first)] == [("sent", 1)]

        # The chat is gone (the bot was removed): retried with backoff, never sent twice.
        now[0] = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
        telegram_api.fail_next("sendMessage", 403)
        await workers[0].run_pass()
        assert len(telegram_api.messages_to(chat_id)) == 3
        rows = {row[1]: row[2:] for row in await delivery_rows(first)}
        assert rows == {"2026-W48": ("sent", 1), "2026-W49": ("pending", 1)}
        now[0] += timedelta(minutes=1)
        await asyncio.gather(*(worker.run_pass() for worker in workers))
        assert len(telegram_api.messages_to(chat_id)) == 6
        assert {row[1]: row[2] for row in await delivery_rows(first)}["2026-W49"] == "sent"
    finally:
        for bot in bots:
            await bot.shutdown()
        await first.dispose()
        await second.dispose()


async def test_a_packet_given_up_on_is_failed_and_the_desk_is_told_once(
    database_url: str, hooks: tuple[_Hooks, str]
) -> None:
    received, base = hooks
    desk = Address("telegram", "-100")
    down = ReportRecipient("Down", DeliveryKind.WEBHOOK, base + "/broken", secret=SECRET)
    settings = Settings(database_url=database_url, escalation_recipients=(down,))
    db = Database(database_url)
    try:
        await write_synthetic_period(db, week_period("2026-W48", "UTC"), tips=200)
        packet = await build_packet(
            db, 1, min_voters=5, timezone="UTC", recipient="Down", note=None, publisher="Desk"
        )
        assert packet is not None
        stored = await record_escalation(
            db,
            queue_item_id=1,
            recipient="Down",
            created_by="Ana",
            note=None,
            packet=json.dumps(packet),
        )
        now = [utc_now()]
        worker = ReportScheduler(db, settings, clock=lambda: now[0], desk_addresses=(desk,))
        for _attempt in range(MAX_ATTEMPTS):
            await worker.run_pass()
            now[0] += LONGEST_RETRY
        assert received.failures == MAX_ATTEMPTS
        found = await find_escalation(db, stored.id)
        assert found is not None and found.status is EscalationStatus.FAILED
        await worker.run_pass()  # given up: never tried again
        assert received.failures == MAX_ATTEMPTS
        async with db.session() as session:
            notices = list((await session.exec(select(OutboxMessage))).all())
        [notice] = notices
        assert (notice.channel, notice.address) == ("telegram", "-100")
        [message] = decode(notice.reply).parts
        assert message.msgid == texts.DESK_ESCALATION_FAILED
        assert message.params["error"] == "webhook answered HTTP 503"
    finally:
        await db.dispose()
