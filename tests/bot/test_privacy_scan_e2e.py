"""Issue 13's "Done when": after traffic through both channels (bad input and a database error
included), no Telegram user id, chat id, username or first name and no WhatsApp number or
profile name is stored or logged anywhere but the reply-address columns; after `/forget`, none
of that voter's is anywhere at all, and the desk's later answer does not reach them.

The real python-telegram-bot and our WhatsApp client against the fakes, on SQLite and
PostgreSQL. Every table is reflected from the database and every column of every row read;
the logs are captured at DEBUG from every logger, after the entry point's logging setup.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import MetaData, select, text
from sqlmodel import select as sql_select

from bot.app import Tipline
from factchecks.database import Database
from factchecks.models import OutboxMessage, QueueItem, Requester, Tip
from factchecks.reports.figures import ReportFigures
from factchecks.reports.period import range_period
from factchecks.reports.reference_figures import reference_figures
from factchecks.reports.sql_figures import sql_figures
from tests.bot.conftest import (
    FACTCHECKER_ID,
    StartTipline,
    StartWhatsAppLine,
    WhatsAppLine,
    log_text,
)
from tests.fakes import graph_api as wa
from tests.fakes.graph_api import FakeGraphAPI
from tests.fakes.telegram_api import FakeTelegramAPI

# The columns that hold reply addresses (factchecks/models.py): the only place a voter's
# platform id may be.
ADDRESS_COLUMNS = {("requester", "address"), ("outbox_message", "address")}

CLAIM = (
    "The electoral commission will count ballots in secret on the night of 14 December "
    "without observers"
)
SMS_CLAIM = "You can vote by SMS this year: text your ID number to 4455 and your vote counts"
FORGOTTEN_WORDING = "FWD: " + CLAIM + " !!! share with everyone"


@dataclass(frozen=True)
class TelegramVoter:
    user_id: int
    first_name: str
    username: str

    @property
    def identifiers(self) -> tuple[str, ...]:
        return (str(self.user_id), self.first_name, self.username)


@dataclass(frozen=True)
class WhatsAppVoter:
    number: str
    profile_name: str

    @property
    def identifiers(self) -> tuple[str, ...]:
        return (self.number, self.profile_name, *self.profile_name.split())


KEEPER = TelegramVoter(6_193_847_205, "Wenceslava", "wenceslava_k")
FORGETTER = TelegramVoter(6_284_759_316, "Theodorix", "theodorix_f")
WA_KEEPER = WhatsAppVoter("2348031234987", "Olufunmilayo Quistwerth")
WA_FORGETTER = WhatsAppVoter("5511976543218", "Perpetua Xanaduvia")


@dataclass(frozen=True)
class Finding:
    where: str  # "table.column" or "log"
    identifier: str


async def stored_values(db: Database) -> list[tuple[str, str, str]]:
    """(table, column, value as text) for every non-null value of every row of every table."""
    found: list[tuple[str, str, str]] = []
    async with db.engine.connect() as connection:
        metadata = MetaData()
        await connection.run_sync(metadata.reflect)
        for table in metadata.sorted_tables:
            rows = (await connection.execute(select(table))).all()
            for row in rows:
                for column, value in zip(table.columns, row, strict=True):
                    if value is None:
                        continue
                    shown = value.decode("latin-1") if isinstance(value, bytes) else str(value)
                    found.append((table.name, column.name, shown))
    assert {"tip", "requester", "inbox_update", "outbox_message"} <= {t for t, _, _ in found}
    return found


def scan(
    values: list[tuple[str, str, str]], logs: str, identifiers: tuple[str, ...]
) -> list[Finding]:
    """Where each identifier appears: in a stored value, or in the logs."""
    findings = [
        Finding(f"{table}.{column}", identifier)
        for table, column, value in values
        for identifier in identifiers
        if identifier.casefold() in value.casefold()
    ]
    findings += [Finding("log", i) for i in identifiers if i.casefold() in logs.casefold()]
    return findings


def outside_addresses(findings: list[Finding]) -> list[Finding]:
    allowed = {f"{table}.{column}" for table, column in ADDRESS_COLUMNS}
    return [finding for finding in findings if finding.where not in allowed]


class LogSignal(logging.Handler):
    """Set when a record containing `words` is logged."""

    def __init__(self, words: str) -> None:
        super().__init__(logging.DEBUG)
        self.words = words
        self.seen = asyncio.Event()

    def emit(self, record: logging.LogRecord) -> None:
        if self.words in record.getMessage():
            self.seen.set()


async def eventually(check: Callable[[], Awaitable[bool]], timeout: float = 15.0) -> None:
    """Wait until `check()` holds (it reads the database, which tells no one when it changes)."""
    async with asyncio.timeout(timeout):
        while not await check():
            await asyncio.sleep(0.05)


async def rows(db: Database, model: Any) -> list[Any]:
    async with db.session() as session:
        return list((await session.exec(sql_select(model))).all())


async def rename(db: Database, table: str, to: str) -> None:
    async with db.transaction() as session:
        await session.exec(text(f"ALTER TABLE {table} RENAME TO {to}"))  # type: ignore[call-overload]


async def figures_without_claim_texts(db: Database) -> tuple[ReportFigures, ReportFigures]:
    """Today's report figures, by the database and by the slow twin, with the claims' texts
    left out (an erased voter's wording is replaced in an open item: that is the point)."""
    today = datetime.now(UTC).date().isoformat()
    period = range_period(today, today, "UTC")

    def blank(figures: ReportFigures) -> ReportFigures:
        return replace(figures, claims=tuple(replace(c, text="") for c in figures.claims))

    return blank(await sql_figures(db, period)), blank(await reference_figures(db, period))


@pytest.fixture
async def line(start_whatsapp_line: StartWhatsAppLine) -> AsyncIterator[WhatsAppLine]:
    """Both channels in one tip-line; a failing message is retried soon."""
    yield await start_whatsapp_line(inbox_retry_s=0.2, inbox_max_attempts=8)


async def _post(graph: FakeGraphAPI, line: WhatsAppLine, voter: WhatsAppVoter, message: Any) -> int:
    payload = wa.webhook_payload(
        [message],
        names={voter.number: voter.profile_name},
        phone_number_id=graph.phone_number_id,
    )
    return await graph.deliver_webhook(line.url, payload)


async def test_no_identifier_outside_the_address_column_and_forget_erases_the_rest(
    all_logs: pytest.LogCaptureFixture,
    telegram_api: FakeTelegramAPI,
    graph: FakeGraphAPI,
    line: WhatsAppLine,
) -> None:
    tipline: Tipline = line.tipline
    db = tipline.db
    keeper = telegram_api.user(KEEPER.user_id, KEEPER.first_name, "en", username=KEEPER.username)
    forgetter = telegram_api.user(
        FORGETTER.user_id, FORGETTER.first_name, "en", username=FORGETTER.username
    )
    tg_seen = {KEEPER.user_id: 0, FORGETTER.user_id: 0}

    async def outbox_idle() -> bool:
        return all(m.status in ("sent", "failed") for m in await rows(db, OutboxMessage))

    wa_seen = {WA_KEEPER.number: 0, WA_FORGETTER.number: 0}

    async def tg_reply(user_id: int) -> Any:
        tg_seen[user_id] += 1
        return (await telegram_api.wait_for_messages(user_id, count=tg_seen[user_id]))[-1]

    async def wa_reply(number: str) -> Any:
        wa_seen[number] += 1
        return (await graph.wait_for_messages(number, count=wa_seen[number], timeout=15))[-1]

    # The voter who will ask to be forgotten writes first: the queue item has their wording.
    telegram_api.text_message(forgetter, FORGOTTEN_WORDING)
    assert "fact-checkers" in (await tg_reply(FORGETTER.user_id)).text
    telegram_api.text_message(forgetter, SMS_CLAIM)  # answered at once
    assert "Verdict: False" in (await tg_reply(FORGETTER.user_id)).text
    telegram_api.command(keeper, "/start")
    await tg_reply(KEEPER.user_id)
    telegram_api.text_message(keeper, CLAIM)
    await tg_reply(KEEPER.user_id)
    assert await _post(graph, line, WA_KEEPER, wa.text_message(WA_KEEPER.number, CLAIM)) == 200
    await wa_reply(WA_KEEPER.number)
    to_forget = wa.text_message(WA_FORGETTER.number, CLAIM)
    assert await _post(graph, line, WA_FORGETTER, to_forget) == 200
    await wa_reply(WA_FORGETTER.number)
    [item] = await rows(db, QueueItem)
    assert item.request_count == 4 and item.claim == FORGOTTEN_WORDING

    # Bad input on both channels: a NUL byte, an unpaired surrogate, invisible-only text, a sticker.
    telegram_api.text_message(keeper, SMS_CLAIM.replace("SMS", "SMS\x00"))
    await tg_reply(KEEPER.user_id)
    telegram_api.text_message(keeper, SMS_CLAIM + " \ud800")
    await tg_reply(KEEPER.user_id)
    invisible = wa.text_message(WA_KEEPER.number, "\u200b\u2060\u3164 \u200d")
    assert await _post(graph, line, WA_KEEPER, invisible) == 200
    assert (await wa_reply(WA_KEEPER.number)).text.startswith("Your message was empty")
    assert await _post(graph, line, WA_KEEPER, wa.sticker_message(WA_KEEPER.number)) == 200
    await wa_reply(WA_KEEPER.number)

    # A database error while a tip is handled (its INSERT names the voter's text and ids) ...
    failed = LogSignal("failed at attempt")
    logging.getLogger("bot.inbox_worker").addHandler(failed)
    try:
        await rename(db, "tip", "tip_away")
        telegram_api.text_message(keeper, "Polling stations in the north close at noon, army says")
        await asyncio.wait_for(failed.seen.wait(), timeout=15)
        await rename(db, "tip_away", "tip")
    finally:
        logging.getLogger("bot.inbox_worker").removeHandler(failed)
    assert "fact-checkers" in (await tg_reply(KEEPER.user_id)).text
    # ... and while a webhook is stored (Meta sends it again after a 503). Once every reply is
    # recorded: a send recorded while the inbox is away would stay "maybe sent" for a minute.
    await eventually(outbox_idle)
    await rename(db, "inbox_update", "inbox_update_away")
    late = wa.text_message(WA_KEEPER.number, SMS_CLAIM)
    try:
        assert await _post(graph, line, WA_KEEPER, late) == 503
    finally:
        await rename(db, "inbox_update_away", "inbox_update")
    assert await _post(graph, line, WA_KEEPER, late) == 200
    assert "Verdict: False" in (await wa_reply(WA_KEEPER.number)).text

    keepers = (*KEEPER.identifiers, *WA_KEEPER.identifiers)
    forgetters = (*FORGETTER.identifiers, *WA_FORGETTER.identifiers)
    before = scan(await stored_values(db), log_text(all_logs), keepers + forgetters)
    assert outside_addresses(before) == []
    assert any(f.where == "requester.address" for f in before)  # the scan sees the addresses
    figures_before = await figures_without_claim_texts(db)

    # /forget, confirmed with the button, on both channels.
    telegram_api.command(forgetter, "/forget")
    question = await tg_reply(FORGETTER.user_id)
    assert question.text.startswith("Do you want me to forget you?")
    assert question.callback_data == ["forget:yes", "forget:no"]
    telegram_api.callback_query(forgetter, "forget:yes", question.message_id)
    farewell = await tg_reply(FORGETTER.user_id)
    assert farewell.text.startswith("Done: I have forgotten you.")
    forget = wa.text_message(WA_FORGETTER.number, "/forget")
    assert await _post(graph, line, WA_FORGETTER, forget) == 200
    wa_question = await wa_reply(WA_FORGETTER.number)
    assert wa_question.type == "interactive"
    assert wa_question.button_ids == ["forget:yes", "forget:no"]
    press = wa.button_reply(WA_FORGETTER.number, "forget:yes", "Sim, esqueça-me")
    assert await _post(graph, line, WA_FORGETTER, press) == 200
    # In the language of the number's country (Brazil), like the question.
    assert wa_question.text.startswith("Quer que eu esqueça você?")
    assert (await wa_reply(WA_FORGETTER.number)).text.startswith("Pronto: esqueci você.")

    async def farewells_gone() -> bool:
        addresses = {m.address for m in await rows(db, OutboxMessage)}
        return not addresses & {str(FORGETTER.user_id), WA_FORGETTER.number}

    await eventually(farewells_gone)  # the farewell's row goes once it is sent
    [item] = [i for i in await rows(db, QueueItem) if i.id == item.id]
    assert item.request_count == 4  # the erased voters still count, anonymously
    assert item.claim == CLAIM  # another voter's wording replaces the erased one
    assert await figures_without_claim_texts(db) == figures_before
    sql, reference = figures_before
    assert sql == reference

    # The desk answers the item: the two voters who stayed hear of it, the erased ones do not.
    checker = telegram_api.user(FACTCHECKER_ID, language_code="en")
    telegram_api.command(
        checker, "/answer", str(item.id), "false", "https://example.org/fc/secret", "No", "secret"
    )
    [confirmation] = await telegram_api.wait_for_messages(FACTCHECKER_ID)
    assert "2 voters notified" in confirmation.text
    assert "Update on a message" in (await tg_reply(KEEPER.user_id)).text
    assert "Update on a message" in (await wa_reply(WA_KEEPER.number)).text
    assert len(telegram_api.messages_to(FORGETTER.user_id)) == tg_seen[FORGETTER.user_id]
    assert len(graph.messages_to(WA_FORGETTER.number)) == wa_seen[WA_FORGETTER.number]
    assert await farewells_gone()  # nothing queued for them either

    values = await stored_values(db)
    logs = log_text(all_logs)
    assert outside_addresses(scan(values, logs, keepers)) == []
    assert scan(values, "", forgetters) == []
    assert scan([], logs, forgetters) == []
    stored = " ".join(value for _, _, value in values)
    assert FORGOTTEN_WORDING not in stored  # their texts went too
    forgotten = [r for r in await rows(db, Requester) if r.pseudonym.startswith("erased:")]
    assert [r.address for r in forgotten] == [None, None]
    # A calling code, for the reports' regions (a country, not a person).
    assert sorted(r.calling_code or "" for r in forgotten) == ["", "55"]
    for secret in (telegram_api.token, graph.access_token, graph.app_secret):
        assert secret not in logs


async def test_tip_external_ids_name_no_voter(
    all_logs: pytest.LogCaptureFixture, telegram_api: FakeTelegramAPI, start_tipline: StartTipline
) -> None:
    tipline = await start_tipline()
    keeper = telegram_api.user(KEEPER.user_id, KEEPER.first_name, "en", username=KEEPER.username)
    telegram_api.text_message(keeper, CLAIM)
    await telegram_api.wait_for_messages(KEEPER.user_id)
    [tip] = await rows(tipline.db, Tip)
    assert str(KEEPER.user_id) not in tip.external_id
