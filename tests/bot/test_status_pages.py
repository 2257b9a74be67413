"""`GET /metrics` and `GET /healthz` (SQLite and PostgreSQL), against the fake platforms."""

from __future__ import annotations

from datetime import timedelta

from aiohttp import web
from aiohttp.test_utils import TestClient
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import insert
from sqlmodel import select

from bot.metrics import Metrics
from bot.status_pages import StatusPages
from factchecks import inbox, outbox
from factchecks.clock import utc_now
from factchecks.database import Database
from factchecks.models import OutboxMessage, Requester, Tip, TipStatus
from tests.bot.conftest import StartWhatsAppLine
from tests.fakes import graph_api as wa
from tests.fakes.graph_api import FakeGraphAPI


def samples(exposition: str) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    """Every sample of a Prometheus exposition, by name and labels."""
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(exposition)
        for sample in family.samples
    }


def value(
    found: dict[tuple[str, frozenset[tuple[str, str]]], float], name: str, **labels: str
) -> float:
    return found.get((name, frozenset(labels.items())), 0.0)


async def test_metrics_count_tips_and_read_the_backlog(
    start_whatsapp_line: StartWhatsAppLine, graph: FakeGraphAPI, aiohttp_client: object
) -> None:
    line = await start_whatsapp_line()
    client: TestClient = await aiohttp_client(line.tipline.web_app())  # type: ignore[operator]
    voter, other = "5511999990001", "5511999990002"
    for wa_id, text in (
        (voter, "You can vote by SMS this year: text your ID number to 4455 and your vote counts"),
        (other, "The ballots in district nine were printed twice by the harbour printer"),
    ):
        payload = graph.webhook_payload([wa.text_message(wa_id, text)])
        assert await graph.deliver_webhook(line.url, payload) == 200
        await graph.wait_for_messages(wa_id)
    forged = graph.webhook_payload([wa.text_message(voter, "not from Meta")])
    assert await graph.deliver_webhook(line.url, forged, signature="wrong") == 403
    handshake = await graph.verify_webhook(line.url, "not-the-verify-token")
    assert handshake.status == 403  # a GET: Meta's handshake is not a call it waits on
    response = await client.get("/metrics")
    assert response.status == 200
    assert response.headers["Content-Type"].startswith("text/plain")
    found = samples(await response.text())
    # Each webhook call is timed to its answer, by status: what the platform waited for.
    assert value(found, "tipline_webhook_seconds_count", channel="whatsapp", status="200") == 2
    assert value(found, "tipline_webhook_seconds_count", channel="whatsapp", status="403") == 1
    assert value(found, "tipline_webhook_seconds_sum", channel="whatsapp", status="200") > 0
    assert value(found, "tipline_tips_received_total", channel="whatsapp") == 2
    assert value(found, "tipline_tips_settled_total", channel="whatsapp", outcome="answered") == 1
    assert value(found, "tipline_tips_settled_total", channel="whatsapp", outcome="queued") == 1
    assert value(found, "tipline_match_seconds_count") >= 2
    assert ("tipline_inbox_backlog", frozenset({("channel", "whatsapp")})) in found

    # A backlog: an update nobody processed yet and a message due for a minute, in the database.
    # (The workers are stopped first, so nothing takes them while we look.)
    await line.tipline.delivery.stop()
    for channel in line.tipline.channels:
        await channel.stop()
    db = line.tipline.db
    assert await inbox.record_update(db, "whatsapp", "wamid.backlog", "{}")
    async with db.transaction() as session:  # a message kept over the tip limit (issue 10)
        [voter_id] = (await session.exec(select(Requester.id).limit(1))).all()
        await session.exec(
            insert(Tip).values(
                channel="whatsapp",
                external_id="wamid.limited",
                requester_id=voter_id,
                text="one more",
                status=TipStatus.RATE_LIMITED,
                received_at=utc_now(),
            )
        )
    async with db.transaction() as session:
        message = outbox.enqueue(session, channel="whatsapp", address=voter, reply="{}")
        message.next_attempt_at = utc_now() - timedelta(seconds=60)
    found = samples(await (await client.get("/metrics")).text())
    assert value(found, "tipline_inbox_backlog", channel="whatsapp") == 1
    assert value(found, "tipline_outbox_backlog", channel="whatsapp") == 1
    assert value(found, "tipline_outbox_oldest_due_age_seconds", channel="whatsapp") >= 60
    assert value(found, "tipline_outbox_backlog", channel="telegram") == 0
    assert value(found, "tipline_rate_limited_voters", channel="whatsapp") == 1
    async with db.session() as session:  # looking sent nothing
        stored = await session.get(OutboxMessage, message.id)
        assert stored is not None and stored.sent_at is None


async def test_healthz_reports_the_database_and_each_channel(
    start_whatsapp_line: StartWhatsAppLine, graph: FakeGraphAPI, aiohttp_client: object
) -> None:
    line = await start_whatsapp_line()
    client: TestClient = await aiohttp_client(line.tipline.web_app())  # type: ignore[operator]
    response = await client.get("/healthz")
    assert response.status == 200
    assert await response.json() == {
        "status": "ok",
        "database": True,
        "channels": {"telegram": True, "whatsapp": True},
        "match_process": "off",  # the tests' settings search in the worker
    }
    graph.access_token = "revoked"  # Graph now refuses our token: WhatsApp is unreachable
    fresh: TestClient = await aiohttp_client(line.tipline.web_app())  # type: ignore[operator]
    response = await fresh.get("/healthz")
    assert response.status == 200  # the worker can still store webhooks
    body = await response.json()
    assert body["status"] == "degraded"
    assert body["channels"] == {"telegram": True, "whatsapp": False}


async def test_healthz_is_503_when_the_database_does_not_answer(aiohttp_client: object) -> None:
    db = Database("postgresql+asyncpg://postgres@127.0.0.1:9/nowhere")  # nothing listens on 9
    try:
        pages = StatusPages(db, Metrics(), [])
        app = web.Application()
        app.router.add_routes(pages.routes())
        client: TestClient = await aiohttp_client(app)  # type: ignore[operator]
        response = await client.get("/healthz")
        assert response.status == 503
        assert (await response.json())["database"] is False
    finally:
        await db.dispose()
