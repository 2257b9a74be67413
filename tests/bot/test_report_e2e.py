"""`tipline report` end to end: tips through Telegram and WhatsApp, the desk answers one claim
and corrects its verdict, the report's figures equal what was sent (the correction listed with
the voters it reached), and no voter identifier appears in any file.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
from datetime import timedelta
from pathlib import Path

from sqlmodel import select

from bot.cli import main
from bot.settings import Settings
from factchecks.clock import utc_now
from factchecks.models import FactCheck, QueueItem, Requester
from tests.bot.conftest import FACTCHECKER_ID, SEED_CLAIMS, StartWhatsAppLine, WhatsAppLine
from tests.fakes import graph_api as wa
from tests.fakes.graph_api import FakeGraphAPI
from tests.fakes.telegram_api import FakeTelegramAPI

SMS, INK = SEED_CLAIMS[0]["claim"], SEED_CLAIMS[1]["claim"]
ARMY = "The army will seize all ballot boxes in the capital on the night of the count"
RUMOUR = "They say polling station 14 in Kano moves to the market, call 08035559999 to check"
TELEGRAM_VOTERS = [7_100_001 + n for n in range(9)]
WHATSAPP_VOTERS = [f"2348035{n:05d}" for n in range(9)]  # Nigeria (+234)


async def _whatsapp(graph: FakeGraphAPI, line: WhatsAppLine, number: str, text: str) -> None:
    before = len(graph.messages_to(number))
    message = wa.text_message(number, text, forwarded=number == WHATSAPP_VOTERS[0])
    assert await graph.deliver_webhook(line.url, graph.webhook_payload([message])) == 200
    await graph.wait_for_messages(number, count=before + 1)


async def _telegram(telegram_api: FakeTelegramAPI, user_id: int, text: str) -> None:
    before = len(telegram_api.messages_to(user_id))
    telegram_api.text_message(telegram_api.user(user_id, first_name="Zuleika"), text)
    await telegram_api.wait_for_messages(user_id, count=before + 1)


async def test_a_report_counts_what_voters_sent_and_names_none_of_them(
    graph: FakeGraphAPI,
    telegram_api: FakeTelegramAPI,
    start_whatsapp_line: StartWhatsAppLine,
    settings: Settings,
    tmp_path: Path,
) -> None:
    line = await start_whatsapp_line()
    for user_id in TELEGRAM_VOTERS[:5]:  # answered at once, on Telegram
        await _telegram(telegram_api, user_id, INK)
    for number in WHATSAPP_VOTERS[:5]:  # answered at once, on WhatsApp (one forwarded)
        await _whatsapp(graph, line, number, SMS)
    for user_id in TELEGRAM_VOTERS[5:8]:  # a new claim from 6 voters, queued
        await _telegram(telegram_api, user_id, ARMY)
    for number in WHATSAPP_VOTERS[5:8]:
        await _whatsapp(graph, line, number, ARMY)
    await _telegram(telegram_api, TELEGRAM_VOTERS[8], RUMOUR)  # 2 voters: stays open
    await _whatsapp(graph, line, WHATSAPP_VOTERS[8], RUMOUR)
    items = await line.rows(QueueItem)
    [army] = [item for item in items if item.request_count == 6]
    checker = telegram_api.user(FACTCHECKER_ID, language_code="en")
    telegram_api.command(
        checker, "/answer", str(army.id), "false", "https://example.org/fc/army", "No seizure."
    )
    for user_id in TELEGRAM_VOTERS[5:8]:
        await telegram_api.wait_for_messages(user_id, count=2)
    for number in WHATSAPP_VOTERS[5:8]:
        await graph.wait_for_messages(number, count=2)
    [army_check] = [fc for fc in await line.rows(FactCheck) if fc.url.endswith("/fc/army")]
    telegram_api.command(checker, "/correct", str(army_check.id), "misleading")
    for user_id in TELEGRAM_VOTERS[5:8]:  # each of the six hears of the correction once
        [*_, corrected] = await telegram_api.wait_for_messages(user_id, count=3)
        assert corrected.text.startswith("Corregimos una respuesta")  # in their language
    for number in WHATSAPP_VOTERS[5:8]:
        await graph.wait_for_messages(number, count=3)
    voters = await line.rows(Requester)

    config = tmp_path / "tipline.toml"
    config.write_text(
        f'TIPLINE_DATABASE_URL = "{settings.database_url}"\nTIPLINE_REPORT_MIN_VOTERS = "5"\n'
    )
    today = utc_now().date()
    folder = tmp_path / "report"
    assert (
        await asyncio.to_thread(
            main,
            [
                "--config",
                str(config),
                "report",
                "--from",
                (today - timedelta(days=1)).isoformat(),
                "--to",
                (today + timedelta(days=1)).isoformat(),
                "--out",
                str(folder),
            ],
        )
        == 0
    )
    files = {path.name: path.read_bytes() for path in folder.iterdir()}
    assert {"report.html", "claims.csv", "daily.csv", "summary.json", "datapackage.json"} <= set(
        files
    )
    assert any(name.endswith(".png") for name in files)

    summary = json.loads(files["summary.json"])
    assert (summary["tips"], summary["voters"]) == (18, 18)
    outcomes = {name: value["tips"] for name, value in summary["outcomes"].items()}
    assert outcomes == {"automatic": 10, "desk": 6, "dismissed": 0, "unusable": 0, "open": "<5"}
    assert summary["time_to_answer_minutes"]["median"] == 0  # automatic answers are immediate
    assert summary["backlog_items"] == "<5"  # one item, two voters
    assert summary["by"]["channel"] == {
        "telegram": {"tips": 9, "voters": 9},
        "whatsapp": {"tips": 9, "voters": 9},
    }
    assert summary["regions"] == {"NG": {"tips": 9, "voters": 9}}
    claims = list(csv.DictReader(io.StringIO(files["claims.csv"].decode())))
    by_claim = {row["claim"]: row for row in claims}
    assert (by_claim[INK]["requests"], by_claim[INK]["voters"]) == ("5", "5")
    assert by_claim[INK]["fact_check_url"] == "https://example.org/fc/ink"
    assert (by_claim[SMS]["requests"], by_claim[SMS]["forwarded"]) == ("5", "<5")
    [answered] = [row for row in claims if row["fact_check_url"] == "https://example.org/fc/army"]
    assert (answered["requests"], answered["voters"], answered["status"]) == ("6", "6", "answered")
    assert answered["claim"] == ARMY and answered["verdict"] == "misleading"  # as corrected
    [withheld] = [row for row in claims if row["claim_withheld"] == "true"]
    assert withheld["requests"] == "<5" and withheld["status"] == "open"
    assert summary["corrections"] == 1
    [correction] = list(csv.DictReader(io.StringIO(files["corrections.csv"].decode())))
    assert correction["fact_check_id"] == str(army_check.id) and correction["claim"] == ARMY
    assert (correction["verdict_before"], correction["verdict_after"]) == ("false", "misleading")
    assert correction["voters_told"] == "6"
    assert summary["corrections_list"] == [correction]
    assert summary["escalations"] == []
    page = files["report.html"].decode()
    assert "Corrections issued<b>1</b>" in page and "https://example.org/fc/army" in page
    daily = list(csv.DictReader(io.StringIO(files["daily.csv"].decode())))
    assert sum(int(r["tips"]) for r in daily if r["dimension"] == "all") == 18

    identifiers = [str(n) for n in TELEGRAM_VOTERS] + WHATSAPP_VOTERS + ["Zuleika", "Kano"]
    identifiers += [voter.address for voter in voters] + [voter.pseudonym for voter in voters]
    for name, data in files.items():
        for identifier in identifiers:
            assert identifier.encode() not in data, (identifier, name)
    async with line.tipline.db.session() as session:  # the report wrote nothing to the database
        assert len((await session.exec(select(Requester))).all()) == len(voters)
