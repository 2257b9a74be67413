"""The export API's token rules and answers, and the open feeds read back by a second tip-line.

Tokens are made with the real command (`tipline tokens ...`), requests go through the real
aiohttp app of a running tip-line, and the feeds of one deployment, imported into a second
(another database), make it answer the same text and picture at once.
"""

from __future__ import annotations

import asyncio
import csv
import hashlib
import io
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient
from sqlalchemy import select

from bot.cli import main
from bot.reports.api import RateWindow
from bot.reports.recipients import DeliveryKind, ReportRecipient
from bot.settings import Settings
from factchecks.database import Database
from factchecks.importer import import_file
from factchecks.models import metadata
from factchecks.reports.figures import TipFilter
from factchecks.schema import upgrade
from tests.bot.conftest import (
    FACTCHECKER_ID,
    SEED_URL,
    StartTipline,
    encode,
    photo_like,
)
from tests.conftest import _drop_postgres_database, _postgres_database
from tests.fakes.telegram_api import FakeTelegramAPI

ARMY = "The army will seize all ballot boxes in the capital on the night of the count"
SECRET = {"X-Telegram-Bot-Api-Secret-Token": "s3cret-token"}


async def _tokens(config: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert await asyncio.to_thread(main, ["--config", str(config), "tokens", *args]) == 0
    return capsys.readouterr().out


@pytest.fixture
def config(settings: Settings, tmp_path: Path) -> Path:
    path = tmp_path / "tipline.toml"
    path.write_text(f'TIPLINE_DATABASE_URL = "{settings.database_url}"\n')
    return path


async def test_tokens_open_the_api_until_revoked_and_are_rate_limited(
    start_tipline: StartTipline,
    aiohttp_client: Any,
    config: Path,
    settings: Settings,
    capsys: pytest.CaptureFixture[str],
) -> None:
    created = await _tokens(config, "create", "Electoral Commission", capsys=capsys)
    token = created.splitlines()[1]
    assert token.startswith("tl_") and len(token) > 40
    other = (await _tokens(config, "create", "Platform liaison", capsys=capsys)).splitlines()[1]
    listing = await _tokens(config, "list", capsys=capsys)
    assert "1\tElectoral Commission" in listing and "active" in listing and token not in listing
    db = Database(settings.database_url)
    async with db.engine.connect() as connection:
        rows = (await connection.execute(select(metadata.tables["api_token"]))).all()
    await db.dispose()
    stored = " ".join(str(value) for row in rows for value in row)
    assert token not in stored and hashlib.sha256(token.encode()).hexdigest() in stored

    commission = ReportRecipient(
        "Electoral Commission",
        DeliveryKind.DIRECTORY,
        "/unused",
        scope=TipFilter(languages=frozenset({"ha"})),
    )
    tipline = await start_tipline(api_requests_per_minute=3, report_recipients=(commission,))
    client: TestClient = await aiohttp_client(tipline.web_app())
    bearer = {"Authorization": f"Bearer {token}"}
    assert (await client.get("/api/v1/stats")).status == 401
    unknown = await client.get("/api/v1/stats", headers={"Authorization": "Bearer tl_guess"})
    assert unknown.status == 401 and unknown.headers["WWW-Authenticate"] == "Bearer"
    assert (await client.get("/api/v1/stats", headers={"Authorization": token})).status == 401

    stats = await client.get("/api/v1/stats", headers=bearer)
    assert stats.status == 200
    body = await stats.json()
    assert body["tips"] == 0 and "top_claims" not in body
    week = await client.get("/api/v1/reports/2026-W48.json", headers=bearer)
    assert week.status == 200 and (await week.json())["period"]["first_day"] == "2026-11-23"
    assert (await week.json())["scope"] == "languages ha"  # the organisation's filter
    bad = await client.get("/api/v1/reports/2026-W99.json", headers=bearer)
    assert bad.status == 400 and "no such week" in (await bad.json())["error"]
    limited = await client.get("/api/v1/reports/2026-W48.csv", headers=bearer)
    assert limited.status == 429 and int(limited.headers["Retry-After"]) >= 1
    # Another organisation's token has its own allowance.
    other_bearer = {"Authorization": f"Bearer {other}"}
    page = await client.get("/api/v1/reports/2026-11-23..2026-11-25.html", headers=other_bearer)
    assert page.status == 200 and "Tip-line report 2026-11-23..2026-11-25" in await page.text()
    assert "all tips" in await page.text()
    table = await client.get("/api/v1/reports/2026-W48.csv?table=daily", headers=other_bearer)
    assert (await table.text()).startswith("date,dimension,value,tips,voters")
    assert (await client.get("/api/v1/reports/2026-W48.xml", headers=other_bearer)).status == 404
    third = (await _tokens(config, "create", "Civil society", capsys=capsys)).splitlines()[1]
    third_bearer = {"Authorization": f"Bearer {third}"}
    since = await client.get("/api/v1/claims?since=2026-11-01", headers=third_bearer)
    assert since.status == 200
    body = await since.json()
    assert body["period"]["first_day"] == "2026-11-01" and body["claims"] == []
    bad_since = await client.get("/api/v1/claims?since=soon", headers=third_bearer)
    assert bad_since.status == 400 and "since" in (await bad_since.json())["error"]

    assert "is revoked" in await _tokens(config, "revoke", "1", capsys=capsys)
    assert (await client.get("/api/v1/stats", headers=bearer)).status == 403
    assert "revoked" in await _tokens(config, "list", capsys=capsys)
    assert await asyncio.to_thread(main, ["--config", str(config), "tokens", "revoke", "99"]) == 1


def test_the_rate_window_frees_a_request_when_the_oldest_leaves_it() -> None:
    now = [100.0]
    window = RateWindow(2, clock=lambda: now[0])
    assert window.retry_after_s(1) is None and window.retry_after_s(1) is None
    assert window.retry_after_s(1) == 60
    assert window.retry_after_s(2) is None  # per token
    now[0] = 159.5
    assert window.retry_after_s(1) == 1
    now[0] = 160.0
    assert window.retry_after_s(1) is None


def test_every_route_is_in_the_openapi_file() -> None:
    spec = json.loads((Path(__file__).parents[2] / "docs" / "openapi.json").read_text())
    from bot.reports import api

    served = {
        api.REPORT_PATH,
        api.STATS_PATH,
        api.CLAIMS_PATH,
        api.CLAIMREVIEW_FEED_PATH,
        api.IMAGE_HASHES_PATH,
    }
    assert set(spec["paths"]) == served


@pytest.fixture
async def second_database(database_url: str, tmp_path: Path) -> AsyncIterator[str]:
    """Another empty database of the same kind: the second deployment's."""
    if database_url.startswith("sqlite"):
        url = f"sqlite+aiosqlite:///{tmp_path / 'second.db'}"
        await asyncio.to_thread(upgrade, url)
        yield url
        return
    url = await _postgres_database()
    try:
        await asyncio.to_thread(upgrade, url)
        yield url
    finally:
        await _drop_postgres_database(url)


async def test_the_feeds_make_a_second_tipline_answer_at_once(
    start_tipline: StartTipline,
    telegram_api: FakeTelegramAPI,
    aiohttp_client: Any,
    second_database: str,
    tmp_path: Path,
) -> None:
    first = await start_tipline()
    voter = telegram_api.user(7201, language_code="en")
    telegram_api.text_message(voter, ARMY + ", share with 0803 555 0199")
    await telegram_api.wait_for_messages(7201)
    checker = telegram_api.user(FACTCHECKER_ID, language_code="en")
    telegram_api.command(
        checker, "/answer", "1", "false", "https://example.org/fc/army", "No seizure."
    )
    await telegram_api.wait_for_messages(7201, count=2)

    feeds: TestClient = await aiohttp_client(first.web_app())
    feed_response = await feeds.get("/feeds/claimreview.json")
    assert feed_response.status == 200
    feed = await feed_response.json(content_type=None)
    assert feed["@type"] == "DataFeed"
    [element] = feed["dataFeedElement"]  # only the desk's own fact-check, not the seed's
    [review] = element["item"]
    assert review["url"] == "https://example.org/fc/army"
    assert "0803" not in review["claimReviewed"] and "[phone]" in review["claimReviewed"]
    bank = await (await feeds.get("/feeds/image-hashes.csv")).text()
    rows = list(csv.DictReader(io.StringIO(bank)))
    assert [row["url"] for row in rows] == [SEED_URL + "ballot"] and rows[0]["fingerprints"]
    assert rows[0]["verdict"] == "misleading"

    (tmp_path / "feed.json").write_text(json.dumps(feed))
    (tmp_path / "image-hashes.csv").write_text(bank)
    second_db = Database(second_database)
    try:
        for name in ("feed.json", "image-hashes.csv"):
            report = await import_file(second_db, tmp_path / name)
            assert report.created == 1 and not report.errors, report.summary()
    finally:
        await second_db.dispose()

    second = await start_tipline(polling=False, database_url=second_database)
    client: TestClient = await aiohttp_client(second.web_app())
    other = telegram_api.user(7202, language_code="en")
    for update in (
        telegram_api.text_message(other, ARMY, push=False),
        telegram_api.photo_message(other, encode(photo_like(7), "JPEG", quality=80), push=False),
    ):
        response = await client.post("/webhooks/telegram", json=update, headers=SECRET)
        assert response.status == 200
    text_answer, picture_answer = await telegram_api.wait_for_messages(7202, count=2)
    assert "https://example.org/fc/army" in text_answer.text
    assert SEED_URL + "ballot" in picture_answer.text
