"""The desk from any channel, and replies rendered when sent, end to end against the fakes.

A fact-checker configured as `whatsapp:<number>` works the queue from WhatsApp; voters on
Telegram and WhatsApp are notified, each in their language; a voter who changes language after
their claim was queued (even after the answer was queued for them) reads it in the new one.
"""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from factchecks.clock import utc_now
from factchecks.models import QueueItem, QueueStatus, Requester
from tests.bot.conftest import FACTCHECKER_ID, StartWhatsAppLine, WhatsAppLine
from tests.fakes import graph_api as wa
from tests.fakes.graph_api import FakeGraphAPI
from tests.fakes.telegram_api import FakeTelegramAPI

DESK_NUMBER = "447700900999"  # a fact-checker on WhatsApp (+44: English)
UK_VOTER = "447700900123"
ARMY = "The army will seize all ballot boxes in the capital on the night of the count"


async def _post(graph: FakeGraphAPI, line: WhatsAppLine, message: dict[str, object]) -> None:
    assert await graph.deliver_webhook(line.url, graph.webhook_payload([message])) == 200


async def test_a_whatsapp_factchecker_lists_and_answers_and_both_channels_hear_back(
    graph: FakeGraphAPI, telegram_api: FakeTelegramAPI, start_whatsapp_line: StartWhatsAppLine
) -> None:
    line = await start_whatsapp_line(
        factcheckers=frozenset({("whatsapp", DESK_NUMBER)}),
        factchecker_names={("whatsapp", DESK_NUMBER): "Dana"},
    )
    await _post(graph, line, wa.text_message(DESK_NUMBER, "/help"))
    [help_text] = await graph.wait_for_messages(DESK_NUMBER)
    assert "/queue: list the open claims" in help_text.text
    assert "/dismiss <id> <reason...>: close a claim" in help_text.text

    telegram_voter = telegram_api.user(902, language_code="es")
    telegram_api.text_message(telegram_voter, ARMY + "!!")
    [queued] = await telegram_api.wait_for_messages(902)
    assert "equipo de verificación" in queued.text
    notice = (await graph.wait_for_messages(DESK_NUMBER, count=2))[1]
    assert notice.text.startswith("New claim in the queue, #")
    await _post(graph, line, wa.text_message(UK_VOTER, ARMY))
    await graph.wait_for_messages(UK_VOTER)
    [item] = await line.rows(QueueItem)
    assert item.request_count == 2

    await _post(graph, line, wa.text_message(DESK_NUMBER, "/queue"))
    listing = (await graph.wait_for_messages(DESK_NUMBER, count=3))[2]
    assert f"#{item.id} · 2 voters" in listing.text
    await _post(
        graph,
        line,
        wa.text_message(
            DESK_NUMBER, f"/answer {item.id} false https://example.org/fc/army No seizure."
        ),
    )
    confirmation = (await graph.wait_for_messages(DESK_NUMBER, count=4))[3]
    assert "2 voters notified" in confirmation.text
    update = (await graph.wait_for_messages(UK_VOTER, count=2))[1]
    assert update.text.startswith("Update on a message you sent us")
    assert "example.org/fc/army" in update.text
    telegram_update = (await telegram_api.wait_for_messages(902, count=2))[1]
    assert telegram_update.text.startswith("Actualización") and "Falso" in telegram_update.text
    [closed] = await line.rows(QueueItem)
    # The desk's records name the fact-checker as configured, never by phone number.
    assert closed.status == QueueStatus.ANSWERED and closed.assignee == "Dana"


async def test_a_desk_command_as_a_first_whatsapp_message_is_refused_and_changes_nothing(
    graph: FakeGraphAPI, telegram_api: FakeTelegramAPI, start_whatsapp_line: StartWhatsAppLine
) -> None:
    same_id = "447700900124"  # a Telegram fact-checker's id that is also a WhatsApp number
    line = await start_whatsapp_line(
        factcheckers=frozenset({("whatsapp", DESK_NUMBER), ("telegram", same_id)})
    )
    telegram_voter = telegram_api.user(903, language_code="en")
    telegram_api.text_message(telegram_voter, ARMY)
    await telegram_api.wait_for_messages(903)
    [item] = await line.rows(QueueItem)

    await _post(graph, line, wa.text_message(UK_VOTER, f"/dismiss {item.id} spam"))
    [refusal] = await graph.wait_for_messages(UK_VOTER)
    assert refusal.text == "Sorry, this command is only for the fact-checking team."
    # A Telegram fact-checker id is no fact-checker on WhatsApp either.
    await _post(graph, line, wa.text_message(same_id, "/queue"))
    [refused_too] = await graph.wait_for_messages(same_id)
    assert refused_too.text == refusal.text
    [unchanged] = await line.rows(QueueItem)
    assert unchanged.status == QueueStatus.OPEN
    assert len(telegram_api.messages_to(903)) == 1


async def test_a_telegram_voter_who_switches_language_hears_back_in_the_new_one(
    telegram_api: FakeTelegramAPI, start_whatsapp_line: StartWhatsAppLine
) -> None:
    line = await start_whatsapp_line()
    voter = telegram_api.user(904, language_code="en")
    telegram_api.text_message(voter, ARMY)
    [queued] = await telegram_api.wait_for_messages(904)
    assert "sent it to our fact-checkers" in queued.text
    telegram_api.text_message(voter, "/language es")
    await telegram_api.wait_for_messages(904, count=2)
    [item] = await line.rows(QueueItem)
    checker = telegram_api.user(FACTCHECKER_ID, language_code="en")
    telegram_api.command(checker, "/answer", str(item.id), "false", "https://example.org/x", "No")
    update = (await telegram_api.wait_for_messages(904, count=3))[2]
    assert update.text.startswith("Actualización") and "Veredicto: Falso" in update.text


async def test_an_answer_held_for_the_window_is_read_in_the_language_chosen_since(
    graph: FakeGraphAPI, telegram_api: FakeTelegramAPI, start_whatsapp_line: StartWhatsAppLine
) -> None:
    line = await start_whatsapp_line()
    await _post(graph, line, wa.text_message(UK_VOTER, ARMY))
    await graph.wait_for_messages(UK_VOTER)
    async with line.tipline.db.transaction() as session:  # two days pass
        [voter] = (await session.exec(select(Requester))).all()
        voter.last_inbound_at = utc_now() - timedelta(days=2)
        session.add(voter)
    [item] = await line.rows(QueueItem)
    checker = telegram_api.user(FACTCHECKER_ID, language_code="en")
    telegram_api.command(checker, "/answer", str(item.id), "false", "https://example.org/y", "No")
    template = (await graph.wait_for_messages(UK_VOTER, count=2))[1]
    assert template.type == "template" and template.language == "en_US"  # queued in English

    await _post(graph, line, wa.text_message(UK_VOTER, "/language es"))
    messages = await graph.wait_for_messages(UK_VOTER, count=4)
    texts = [message.text for message in messages[2:]]
    assert "A partir de ahora te escribiré en español." in texts
    [update] = [text for text in texts if "example.org/y" in text]
    assert update.startswith("Actualización")


async def test_a_factcheckers_first_message_releases_the_notices_held_for_them(
    graph: FakeGraphAPI, telegram_api: FakeTelegramAPI, start_whatsapp_line: StartWhatsAppLine
) -> None:
    """A fact-checker on WhatsApp who never wrote to the bot has no open window: the queue's
    notices are held for them (a template goes instead). Their first message, the one that
    makes them known to the bot, releases what waits."""
    line = await start_whatsapp_line(factcheckers=frozenset({("whatsapp", DESK_NUMBER)}))
    voter = telegram_api.user(905, language_code="en")
    telegram_api.text_message(voter, ARMY)
    await telegram_api.wait_for_messages(905)
    [template] = await graph.wait_for_messages(DESK_NUMBER)
    assert template.type == "template"
    assert await line.rows(Requester) != [] and len(await line.rows(Requester)) == 1  # the voter
    await _post(graph, line, wa.text_message(DESK_NUMBER, "/help"))
    messages = await graph.wait_for_messages(DESK_NUMBER, count=3)
    assert any(m.text.startswith("New claim in the queue, #") for m in messages[1:])
