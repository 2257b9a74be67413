"""Fixtures for end-to-end tests: a fake Bot API server, seeded fact-checks, a running tip-line."""

from __future__ import annotations

import io
import json
import logging
import socket
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from aiohttp import web
from PIL import Image, ImageDraw
from sqlmodel import select

from bot.app import Tipline, build_tipline
from bot.i18n import Catalogs
from bot.log_setup import QUIET_LOGGERS, hold_quiet_loggers
from bot.setting_values import WhatsAppTemplate
from bot.settings import Settings
from bot.usecases.dependencies import Address, Core, Person, Thresholds
from factchecks.database import Database
from factchecks.importer import import_file
from factchecks.match_index import MatchIndex
from matching import DEFAULT_ANSWER_THRESHOLD, DEFAULT_SUGGEST_THRESHOLD
from tests.fakes import graph_api as wa
from tests.fakes.graph_api import FakeGraphAPI
from tests.fakes.telegram_api import FakeTelegramAPI

FACTCHECKER_ID = 5001
SEED_URL = "https://example.org/fc/"


def photo_like(seed: int, size: tuple[int, int] = (640, 480)) -> Image.Image:
    """A detailed picture (gradients, shapes, noise) that stands in for a photograph."""
    rng = np.random.default_rng(seed)
    w, h = size
    y, x = np.mgrid[0:h, 0:w]
    base = np.stack(
        [
            (x * rng.uniform(0.1, 0.5) + y * rng.uniform(0.1, 0.5)) % 256,
            (x * rng.uniform(0.2, 0.6)) % 256,
            (y * rng.uniform(0.2, 0.6) + 60) % 256,
        ],
        axis=-1,
    )
    noise = rng.normal(0, 12, base.shape)
    image = Image.fromarray(np.clip(base + noise, 0, 255).astype("uint8"))
    draw = ImageDraw.Draw(image)
    for _ in range(12):
        x0, y0 = int(rng.integers(0, w - 60)), int(rng.integers(0, h - 60))
        colour = tuple(int(c) for c in rng.integers(0, 256, 3))
        draw.ellipse(
            (x0, y0, x0 + int(rng.integers(20, 160)), y0 + int(rng.integers(20, 160))), fill=colour
        )
    return image


def encode(image: Image.Image, fmt: str = "PNG", **options: Any) -> bytes:
    """The image as file bytes."""
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **options)
    return buffer.getvalue()


SEED_CLAIMS = [
    {
        "id": "sms",
        "claim": "You can vote by SMS this year: text your ID number to 4455 and your vote counts",
        # A headline that states the verdict: the claim denied.
        "title": "No, you cannot vote by SMS: votes are cast only at polling stations",
        "rating": "False",
        "summary": "Votes are only cast in person at polling stations; no SMS vote exists.",
        "lang": "en",
    },
    {
        "id": "ink",
        "claim": "La tinta indeleble de las elecciones es venenosa y causa enfermedades de la piel",
        "rating": "Falso",
        "summary": "La tinta usada es nitrato de plata en baja concentración y no es venenosa.",
        "lang": "es",
    },
    {
        "id": "ballot",
        "claim": "Photo shows ballots already marked for one candidate before polls opened",
        "rating": "Misleading",
        "summary": "The photo shows specimen ballots from a training session in 2019.",
        "lang": "en",
        "image": "ballot.png",
    },
]


def write_seed(folder: Path) -> Path:
    """A ClaimReview file with the seed fact-checks and one local picture."""
    encode_path = folder / "ballot.png"
    encode_path.write_bytes(encode(photo_like(7)))
    reviews = []
    for seed in SEED_CLAIMS:
        review: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": SEED_URL + seed["id"],
            "claimReviewed": seed["claim"],
            "reviewRating": {"@type": "Rating", "alternateName": seed["rating"]},
            "author": {"@type": "Organization", "name": "Test Desk"},
            "datePublished": "2026-11-03",
            "inLanguage": seed["lang"],
            "reviewBody": seed["summary"],
        }
        if "image" in seed:
            review["image"] = seed["image"]
        if "title" in seed:
            review["headline"] = seed["title"]
        reviews.append(review)
    path = folder / "seed.jsonld"
    path.write_text(json.dumps(reviews))
    return path


@pytest.fixture
async def telegram_api() -> AsyncIterator[FakeTelegramAPI]:
    """A fake Bot API server on 127.0.0.1."""
    async with FakeTelegramAPI() as fake:
        yield fake


@pytest.fixture
def settings(database_url: str, telegram_api: FakeTelegramAPI) -> Settings:
    """Settings pointing at the fake server and the test database."""
    return Settings(
        database_url=database_url,
        secret_key="test-pseudonym-key",
        telegram_bot_token=telegram_api.token,
        telegram_api_base_url=telegram_api.base_url,
        telegram_api_file_url=telegram_api.base_file_url,
        telegram_webhook_secret="s3cret-token",
        factchecker_ids=frozenset({str(FACTCHECKER_ID)}),
        album_window_s=0.3,
        per_chat_interval_s=0.05,
        # Off unless a test turns it on (tests/bot/test_multilingual_e2e.py): the other tests'
        # replies were written for the lexical and English matchers.
        multilingual="off",
        # In the worker's process: a child per started tip-line would cost each test a Python
        # start. The workers' tests (`tipline run`) and tests/factchecks/test_match_replica.py
        # search in the child.
        match_process="off",
    )


@pytest.fixture
async def seeded(database_url: str, tmp_path: Path) -> None:
    """The seed fact-checks imported into the test database."""
    db = Database(database_url)
    try:
        report = await import_file(db, write_seed(tmp_path))
        assert report.created == len(SEED_CLAIMS) and not report.errors
    finally:
        await db.dispose()


CHECKER = Person("telegram", str(FACTCHECKER_ID), str(FACTCHECKER_ID), "en")
DESK_GROUP = Address("telegram", "-100")


@pytest.fixture
async def core(database_url: str, seeded: None) -> AsyncIterator[Core]:
    """The operations' dependencies on the seeded test database (no channel, no network)."""
    db = Database(database_url)
    index = MatchIndex(None)
    await index.load(db)
    yield Core(
        db=db,
        index=index,
        catalogs=Catalogs(),
        secret_key="k",
        thresholds=Thresholds(DEFAULT_ANSWER_THRESHOLD, DEFAULT_SUGGEST_THRESHOLD),
        factcheckers=frozenset({(CHECKER.channel, CHECKER.user_id)}),
        desk_addresses=(DESK_GROUP,),
    )
    await db.dispose()


StartTipline = Callable[..., Awaitable[Tipline]]


@pytest.fixture
async def start_tipline(settings: Settings, seeded: None) -> AsyncIterator[StartTipline]:
    """Starts tip-lines (polling unless told otherwise); stops every one after the test."""
    running: list[Tipline] = []

    async def start(*, polling: bool = True, **overrides: Any) -> Tipline:
        """A started tip-line; `polling=False` takes Telegram's updates by webhook instead."""
        tipline = await build_tipline(replace(settings, **overrides), webhook=not polling)
        await tipline.start()
        running.append(tipline)
        return tipline

    yield start
    for tipline in running:
        await tipline.stop()


@pytest.fixture
async def tipline(start_tipline: StartTipline) -> Tipline:
    """A tip-line polling the fake server."""
    return await start_tipline()


class WhatsAppLine:
    """A running tip-line with WhatsApp, its webhook URL, and a way to restart it."""

    def __init__(self, start: Callable[[], Awaitable[tuple[Tipline, str, web.AppRunner]]]) -> None:
        self._start = start
        self.tipline: Tipline
        self.url = ""
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        self.tipline, self.url, self._runner = await self._start()

    async def stop(self) -> None:
        """Stop the web server (requests in flight finish), then the tip-line."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
            await self.tipline.stop()

    async def rows(self, model: Any) -> list[Any]:
        async with self.tipline.db.session() as session:
            return list((await session.exec(select(model))).all())


@pytest.fixture
async def graph() -> AsyncIterator[FakeGraphAPI]:
    """A fake Graph API on 127.0.0.1 with approved templates in English and Spanish."""
    async with FakeGraphAPI() as fake:
        fake.register_template("tipline_update", "en_US")
        fake.register_template("tipline_update", "es")
        yield fake


StartWhatsAppLine = Callable[..., Awaitable[WhatsAppLine]]


@pytest.fixture
async def start_whatsapp_line(
    graph: FakeGraphAPI, start_tipline: StartTipline, telegram_api: FakeTelegramAPI
) -> AsyncIterator[StartWhatsAppLine]:
    """Starts tip-lines serving WhatsApp's webhook on a free port (Telegram polling alongside);
    keyword arguments override settings."""
    lines: list[WhatsAppLine] = []

    async def start_line(**overrides: Any) -> WhatsAppLine:
        async def start() -> tuple[Tipline, str, web.AppRunner]:
            tipline = await start_tipline(
                whatsapp_access_token=graph.access_token,
                whatsapp_phone_number_id=graph.phone_number_id,
                whatsapp_app_secret=graph.app_secret,
                whatsapp_verify_token=wa.DEFAULT_VERIFY_TOKEN,
                whatsapp_api_base_url=graph.base_url,
                whatsapp_templates={
                    "en": WhatsAppTemplate("tipline_update", "en_US"),
                    "es": WhatsAppTemplate("tipline_update", "es"),
                },
                **{"whatsapp_per_chat_interval_s": 0.05, **overrides},
            )
            runner = web.AppRunner(tipline.web_app())
            await runner.setup()
            sock = socket.socket()
            sock.bind(("127.0.0.1", 0))  # a free port, known before the server starts
            await web.SockSite(runner, sock).start()
            port = sock.getsockname()[1]
            return tipline, f"http://127.0.0.1:{port}/webhooks/whatsapp", runner

        whatsapp_line = WhatsAppLine(start)
        await whatsapp_line.start()
        lines.append(whatsapp_line)
        return whatsapp_line

    yield start_line
    for whatsapp_line in lines:
        await whatsapp_line.stop()


@pytest.fixture
def all_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Every record of every logger at DEBUG, after the entry point's setup (which holds the
    libraries that log secrets or voters' data at WARNING); levels restored after."""
    levels = {name: logging.getLogger(name).level for name in QUIET_LOGGERS}
    hold_quiet_loggers()
    caplog.set_level(logging.DEBUG)
    yield caplog
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


def log_text(caplog: pytest.LogCaptureFixture) -> str:
    """Everything logged while the tip-line started and ran, formatted (tracebacks included),
    with each record's raw message and arguments."""
    formatter = logging.Formatter("%(levelname)s %(name)s: %(message)s")
    records = [*caplog.get_records("setup"), *caplog.get_records("call")]
    return "\n".join(f"{formatter.format(r)} {r.msg!r} {r.args!r}" for r in records)
