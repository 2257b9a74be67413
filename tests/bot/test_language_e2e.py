"""`/language` end to end, for each of the 15 locales: a voter picks it through the Telegram
channel (the real python-telegram-bot against the fake Bot API) and then gets every kind of
reply in it, right-to-left ones with their links isolated.

One tip-line per database for the whole module (starting one per locale would cost a minute):
each locale's test uses its own voter and its own claims. Runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import asyncio
import string
from collections.abc import AsyncIterator
from datetime import datetime

import pytest
import pytest_asyncio
from sqlmodel import col, select

from bot import texts
from bot.app import Tipline, build_tipline
from bot.bidi_text import FSI, PDI, strip_isolates
from bot.i18n import Catalogs, Translator
from bot.settings import Settings
from factchecks.database import Database
from factchecks.importer import import_file
from factchecks.models import QueueItem
from factchecks.schema import upgrade
from factchecks.verdicts import Verdict
from tests.bot.conftest import FACTCHECKER_ID, SEED_CLAIMS, SEED_URL, write_seed
from tests.conftest import _drop_postgres_database, _postgres_database
from tests.fakes.telegram_api import FakeTelegramAPI, SentMessage

pytestmark = pytest.mark.asyncio(loop_scope="module")

LOCALES = Catalogs().languages
RIGHT_TO_LEFT = {"ar", "fa", "ur"}
MATCHING_CLAIM = "You can vote by SMS this year: text your ID number to 4455 and your vote counts"


class Line:
    """The module's running tip-line and its fake Bot API server."""

    def __init__(self, telegram_api: FakeTelegramAPI, tipline: Tipline) -> None:
        self.api = telegram_api
        self.tipline = tipline
        self.lock = asyncio.Lock()  # the desk's queue is shared: one locale at a time


@pytest_asyncio.fixture(scope="module", loop_scope="module", params=["sqlite", "postgresql"])
async def line(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Line]:
    """One migrated, seeded database and one tip-line polling the fake server."""
    folder = tmp_path_factory.mktemp("language-e2e")
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{folder / 'tipline.db'}"
    else:
        url = await _postgres_database()
    try:
        await asyncio.to_thread(upgrade, url)
        db = Database(url)
        try:
            report = await import_file(db, write_seed(folder))
            assert report.created == len(SEED_CLAIMS)
        finally:
            await db.dispose()
        async with FakeTelegramAPI() as telegram_api:
            settings = Settings(
                database_url=url,
                secret_key="test-pseudonym-key",
                telegram_bot_token=telegram_api.token,
                telegram_api_base_url=telegram_api.base_url,
                telegram_api_file_url=telegram_api.base_file_url,
                factchecker_ids=frozenset({str(FACTCHECKER_ID)}),
                per_chat_interval_s=0.02,
                multilingual="off",
            )
            tipline = await build_tipline(settings)
            await tipline.start()
            try:
                yield Line(telegram_api, tipline)
            finally:
                await tipline.stop()
    finally:
        if request.param != "sqlite":
            await _drop_postgres_database(url)


def _literal_lines(template: str) -> list[str]:
    """The template's own words: its text between placeholders, line by line (what any
    rendering of it shows whatever the values)."""
    pieces = [literal for literal, _, _, _ in string.Formatter().parse(template)]
    lines = [line.strip(" .:،。") for piece in pieces for line in piece.split("\n")]
    return [line for line in lines if len(line) >= 4]


def _assert_in_language(reply: SentMessage, translator: Translator, msgid: str) -> None:
    """`reply` shows `msgid` as `translator` words it (and, outside English, not in English)."""
    shown = strip_isolates(reply.text)
    for line in _literal_lines(strip_isolates(translator.gettext(msgid))):
        assert line in shown, f"{translator.locale}: {line!r} missing from {shown!r}"
    if str(translator.locale) != "en":
        for english in _literal_lines(msgid):
            if len(english) >= 12 and not english.startswith("/"):
                assert english not in shown, f"{translator.locale}: English left: {english!r}"


@pytest.mark.parametrize("locale", LOCALES)
async def test_a_voter_who_picks_a_language_gets_every_reply_in_it(line: Line, locale: str) -> None:
    api = line.api
    number = LOCALES.index(locale)
    voter_id = 9000 + number
    # The phone says another language: only the choice can make the replies this one.
    voter = api.user(voter_id, language_code="es" if locale == "en" else "en")
    translator = Catalogs().translator(locale)
    sent = 0

    async def next_reply() -> SentMessage:
        nonlocal sent
        sent += 1
        return (await api.wait_for_messages(voter_id, count=sent, timeout=20))[sent - 1]

    api.command(voter, "/language", locale)
    confirmation = await next_reply()
    assert strip_isolates(confirmation.text) == strip_isolates(
        translator.format(
            texts.LANGUAGE_SET, language=translator.language_name(locale, capitalised=False)
        )
    )

    api.command(voter, "/start")
    _assert_in_language(await next_reply(), translator, texts.WELCOME)
    api.command(voter, "/help")
    _assert_in_language(await next_reply(), translator, texts.HELP)
    api.command(voter, "/nosuchcommand")
    _assert_in_language(await next_reply(), translator, texts.UNKNOWN_COMMAND)
    api.command(voter, "/verify", "V-N0TA-C0DE")
    _assert_in_language(await next_reply(), translator, texts.VERIFY_UNKNOWN)
    api.command(voter, "/verify", "??")
    _assert_in_language(await next_reply(), translator, texts.VERIFY_MALFORMED)

    api.text_message(voter, MATCHING_CLAIM)
    answer = await next_reply()
    _assert_in_language(answer, translator, texts.MATCH)
    _assert_in_language(answer, translator, texts.ANSWER_CODE)
    assert translator.gettext(texts.VERDICT_LABELS[Verdict.FALSE]) in answer.text
    assert translator.format_date(datetime(2026, 11, 3)) in strip_isolates(answer.text)
    if locale in RIGHT_TO_LEFT:
        assert FSI + SEED_URL + "sms" + PDI in answer.text
    else:
        assert SEED_URL + "sms" in answer.text and FSI not in answer.text

    async with line.lock:
        api.text_message(
            voter,
            f"Observers from {number + 2} embassies will be barred from polling station "
            f"{number * 7 + 101} on election night",
        )
        _assert_in_language(await next_reply(), translator, texts.QUEUED)
        async with line.tipline.db.session() as session:
            item = (
                await session.exec(select(QueueItem).order_by(col(QueueItem.id).desc()))
            ).first()
        assert item is not None
        checker = api.user(FACTCHECKER_ID, language_code="en")
        api.command(checker, "/dismiss", str(item.id), "not", "checkable")
        dismissed = await next_reply()
    _assert_in_language(dismissed, translator, texts.DISMISSED)
    assert "not checkable" in dismissed.text
