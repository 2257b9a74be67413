"""`/correct` end to end, for voters the bot answered by itself: a voter who was sent the old
verdict twice (on Telegram, in Spanish) and one on WhatsApp (in English) each receive the
correction once, in their language; a voter answered with another fact-check receives none."""

from __future__ import annotations

from factchecks.models import FactCheck, OutboxMessage
from tests.bot.conftest import SEED_URL, StartWhatsAppLine
from tests.bot.test_desk_shift_e2e import BEN_NUMBER, Ben
from tests.fakes import graph_api as wa
from tests.fakes.graph_api import FakeGraphAPI
from tests.fakes.telegram_api import FakeTelegramAPI

SMS = "You can vote by SMS this year: text your ID number to 4455 and your vote counts"
INK = "La tinta indeleble de las elecciones es venenosa y causa enfermedades de la piel"
UK_VOTER = "447700900321"


async def test_a_correction_reaches_voters_answered_automatically_once_in_their_language(
    graph: FakeGraphAPI, telegram_api: FakeTelegramAPI, start_whatsapp_line: StartWhatsAppLine
) -> None:
    line = await start_whatsapp_line(factcheckers=frozenset({("whatsapp", BEN_NUMBER)}))
    ben = Ben(graph, line)
    spanish = telegram_api.user(981, language_code="es")
    telegram_api.text_message(spanish, SMS)
    telegram_api.text_message(spanish, SMS + "!!")  # the same claim again: answered again
    first, second = await telegram_api.wait_for_messages(981, count=2)
    assert "Veredicto: Falso" in first.text and "Veredicto: Falso" in second.text
    payload = graph.webhook_payload([wa.text_message(UK_VOTER, SMS)])
    assert await graph.deliver_webhook(line.url, payload) == 200
    [english] = await graph.wait_for_messages(UK_VOTER)
    assert "Verdict: False" in english.text
    other = telegram_api.user(982, language_code="es")
    telegram_api.text_message(other, INK)  # answered with the ink fact-check
    await telegram_api.wait_for_messages(982)
    [sms] = [row for row in await line.rows(FactCheck) if row.url == SEED_URL + "sms"]

    corrected = await ben.says(f"/correct {sms.id} misleading SMS votes exist only in drills.")
    assert corrected == (
        f"Fact-check #{sms.id} corrected to Misleading. Voters who had received it and were told: 2"
    )
    correction_es = (await telegram_api.wait_for_messages(981, count=3))[2].text
    assert correction_es.startswith("Corregimos una respuesta que te enviamos.")
    assert "Engañoso" in correction_es and "SMS votes exist only in drills." in correction_es
    correction_en = (await graph.wait_for_messages(UK_VOTER, count=2))[1].text
    assert correction_en.startswith("We corrected an answer we sent you.")
    assert "Verdict: Misleading" in correction_en
    queued_for = {
        address: len([row for row in await line.rows(OutboxMessage) if row.address == address])
        for address in ("981", UK_VOTER, "982")
    }
    assert queued_for == {"981": 3, UK_VOTER: 2, "982": 1}  # once each; the ink voter never
