"""The whole loop on WhatsApp: signed webhooks in, the Cloud API out, against a fake Graph API.

The tip-line runs for real (its web server on 127.0.0.1, its own WhatsApp client, the outbox
worker), with Telegram alongside for the fact-checkers' desk. Each test runs on SQLite and
PostgreSQL, and waits for what the fake servers receive, never for a fixed time.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PIL import Image
from sqlmodel import select

from factchecks.clock import utc_now
from factchecks.models import InboxUpdate, OutboxMessage, QueueItem, Requester, Tip, TipStatus
from tests.bot.conftest import (
    FACTCHECKER_ID,
    SEED_URL,
    StartWhatsAppLine,
    WhatsAppLine,
    encode,
    photo_like,
)
from tests.fakes import graph_api as wa
from tests.fakes.graph_api import FakeGraphAPI
from tests.fakes.telegram_api import FakeTelegramAPI

UK_VOTER = "447700900123"  # +44: English is the country's language
BR_VOTER = "5511987654321"  # +55: Portuguese
MX_VOTER = "5215512345678"  # +52: Spanish
SMS_CLAIM = "You can vote by SMS this year: text your ID number to 4455 and your vote counts"


@pytest.fixture
async def line(start_whatsapp_line: StartWhatsAppLine) -> WhatsAppLine:
    """The tip-line serving WhatsApp's webhook on a free port (Telegram polling for the desk)."""
    return await start_whatsapp_line()


async def _post(graph: FakeGraphAPI, line: WhatsAppLine, *messages: dict[str, Any]) -> None:
    status = await graph.deliver_webhook(line.url, graph.webhook_payload(messages))
    assert status == 200


async def test_text_that_matches_is_answered_with_the_language_picker(
    graph: FakeGraphAPI, line: WhatsAppLine
) -> None:
    await _post(graph, line, wa.text_message(UK_VOTER, SMS_CLAIM))
    [reply] = await graph.wait_for_messages(UK_VOTER)
    assert "Verdict: False" in reply.text and SEED_URL + "sms" in reply.text
    # One message: the answer with the picker under it. More than three languages do not fit
    # reply buttons, so the picker is a list menu.
    assert reply.type == "interactive" and reply.payload["interactive"]["type"] == "list"
    assert reply.payload["interactive"]["action"]["button"] == "Languages"
    choices = [f"lang:{code}" for code in line.tipline.catalogs.languages]
    assert {"lang:ar", "lang:en", "lang:es", "lang:fr", "lang:pt"} <= set(choices)
    if len(choices) <= 10:  # a list menu holds ten rows; more languages are paged
        assert reply.button_ids == choices
    else:
        assert reply.button_ids[:9] == choices[:9] and reply.button_ids[9].startswith("more:")

    await _post(graph, line, wa.button_reply(UK_VOTER, "lang:es", "Español"))
    confirmation = (await graph.wait_for_messages(UK_VOTER, count=2))[1]
    assert confirmation.text == "A partir de ahora te escribiré en español."


async def test_language_comes_from_the_message_before_the_phone_numbers_country(
    graph: FakeGraphAPI, line: WhatsAppLine
) -> None:
    ink = "La tinta indeleble de las elecciones es venenosa y causa enfermedades de la piel"
    await _post(graph, line, wa.text_message(BR_VOTER, ink))  # a Brazilian number, in Spanish
    [reply] = await graph.wait_for_messages(BR_VOTER)
    assert "Veredicto: Falso" in reply.text
    [voter] = await line.rows(Requester)
    assert voter.region_language == "pt" and voter.language is None


async def test_forwarded_image_with_caption_matches_and_forwarding_is_counted(
    graph: FakeGraphAPI, line: WhatsAppLine
) -> None:
    picture = photo_like(7).resize((320, 240), Image.Resampling.LANCZOS)
    media_id = graph.add_media(encode(picture, "JPEG", quality=60), "image/jpeg")
    await _post(
        graph,
        line,
        wa.image_message(MX_VOTER, media_id, caption="es verdad??", frequently_forwarded=True),
    )
    [reply] = await graph.wait_for_messages(MX_VOTER)
    assert "Veredicto: Engañoso" in reply.text and SEED_URL + "ballot" in reply.text
    [tip] = await line.rows(Tip)
    assert tip.forwarded and tip.frequently_forwarded and tip.status == TipStatus.ANSWERED
    assert graph.downloads == [media_id]


async def test_several_messages_and_a_status_in_one_post_are_all_handled(
    graph: FakeGraphAPI, line: WhatsAppLine
) -> None:
    await _post(graph, line, wa.text_message(UK_VOTER, SMS_CLAIM))
    [first] = await graph.wait_for_messages(UK_VOTER)
    payload = graph.webhook_payload(
        [
            wa.sticker_message(BR_VOTER),
            wa.text_message(MX_VOTER, "Las urnas llegarán ya marcadas a los centros de votación"),
        ],
        [wa.status_update(first.message_id, "read", UK_VOTER)],
    )
    assert await graph.deliver_webhook(line.url, payload) == 200
    [sticker_reply] = await graph.wait_for_messages(BR_VOTER)
    [queued] = await graph.wait_for_messages(MX_VOTER)
    # Nothing to detect a language from: the phone number's country (Brazil) decides.
    assert sticker_reply.text.startswith("Por enquanto, só consigo verificar textos e imagens")
    assert "equipo de verificación" in queued.text
    # Stored under a keyed hash of WhatsApp's id (which encodes the voter's number).
    assert line.tipline.whatsapp is not None
    sent_id = line.tipline.whatsapp.sent_id(first.message_id)
    assert sent_id != first.message_id and UK_VOTER not in sent_id
    [answer] = [m for m in await line.rows(OutboxMessage) if m.external_id == sent_id]
    assert answer.delivery_status == "read"


async def test_unmatched_claims_from_both_channels_are_answered_from_telegram(
    graph: FakeGraphAPI, line: WhatsAppLine, telegram_api: FakeTelegramAPI
) -> None:
    claim = "The army will seize all ballot boxes in the capital on the night of the count"
    await _post(graph, line, wa.text_message(UK_VOTER, claim))
    await graph.wait_for_messages(UK_VOTER)
    telegram_voter = telegram_api.user(901, language_code="es")
    telegram_api.text_message(telegram_voter, claim + "!!")
    await telegram_api.wait_for_messages(901)
    [item] = await line.rows(QueueItem)
    assert item.request_count == 2

    checker = telegram_api.user(FACTCHECKER_ID, language_code="en")
    telegram_api.command(
        checker, "/answer", str(item.id), "false", "https://example.org/fc/army", "No", "seizure."
    )
    [confirmation] = await telegram_api.wait_for_messages(FACTCHECKER_ID)
    assert "2 voters notified" in confirmation.text
    update = (await graph.wait_for_messages(UK_VOTER, count=2))[1]
    assert update.text.startswith("Update on a message you sent us")
    assert "example.org/fc/army" in update.text
    telegram_update = (await telegram_api.wait_for_messages(901, count=2))[1]
    assert telegram_update.text.startswith("Actualización")


async def test_an_answer_after_the_window_goes_as_a_template_then_in_full(
    graph: FakeGraphAPI, line: WhatsAppLine, telegram_api: FakeTelegramAPI
) -> None:
    claim = "Voters over 70 must register again before the election or lose their vote"
    await _post(graph, line, wa.text_message(MX_VOTER, claim.replace("Voters", "voters")))
    await graph.wait_for_messages(MX_VOTER)
    async with line.tipline.db.transaction() as session:  # two days pass
        [voter] = (await session.exec(select(Requester))).all()
        voter.last_inbound_at = utc_now() - timedelta(days=2)
        session.add(voter)
    [item] = await line.rows(QueueItem)
    checker = telegram_api.user(FACTCHECKER_ID, language_code="en")
    telegram_api.command(
        checker, "/answer", str(item.id), "false", "https://example.org/fc/70", "No."
    )
    template = (await graph.wait_for_messages(MX_VOTER, count=2))[1]
    assert (template.type, template.template, template.language) == (
        "template",
        "tipline_update",
        "en_US",
    )
    await _post(graph, line, wa.template_button_reply(MX_VOTER, "show", "Ver"))
    full = (await graph.wait_for_messages(MX_VOTER, count=3))[2]
    assert full.text.startswith("Update on a message you sent us")
    assert "example.org/fc/70" in full.text


async def test_a_131047_refusal_holds_the_answer_and_sends_the_template(
    graph: FakeGraphAPI, line: WhatsAppLine, telegram_api: FakeTelegramAPI
) -> None:
    claim = "Polling stations in the south will open only on the second day of the election"
    await _post(graph, line, wa.text_message(UK_VOTER, claim))
    await graph.wait_for_messages(UK_VOTER)
    graph.close_window(UK_VOTER)  # Meta counts the window differently from our clock
    [item] = await line.rows(QueueItem)
    checker = telegram_api.user(FACTCHECKER_ID, language_code="en")
    telegram_api.command(
        checker, "/answer", str(item.id), "false", "https://example.org/fc/s", "No"
    )
    template = (await graph.wait_for_messages(UK_VOTER, count=2))[1]
    assert template.type == "template" and template.language == "en_US"
    refused = [r for r in graph.rejected if r.endpoint == "messages"]
    assert len(refused) == 1  # the answer was tried once, refused, and not retried blindly

    graph.open_window(UK_VOTER)
    await _post(graph, line, wa.text_message(UK_VOTER, "ok, show me"))
    messages = await graph.wait_for_messages(UK_VOTER, count=4)
    assert [m.type for m in messages[:2]] == ["interactive", "template"]
    assert sum("example.org/fc/s" in m.text for m in messages) == 1


async def test_handshake_accepts_our_verify_token_only(
    graph: FakeGraphAPI, line: WhatsAppLine
) -> None:
    good = await graph.verify_webhook(line.url, wa.DEFAULT_VERIFY_TOKEN, challenge="1158201444")
    bad = await graph.verify_webhook(line.url, "guess", challenge="1158201444")
    assert (good.status, good.text) == (200, "1158201444")
    assert bad.status == 403


async def test_missing_or_forged_signatures_are_refused_and_nothing_is_stored(
    graph: FakeGraphAPI, line: WhatsAppLine
) -> None:
    payload = graph.webhook_payload([wa.text_message(UK_VOTER, SMS_CLAIM)])
    missing = await graph.deliver_webhook(line.url, payload, signature="missing")
    forged = await graph.deliver_webhook(line.url, payload, signature="wrong")
    malformed = await graph.deliver_webhook(line.url, b"{not json")
    assert (missing, forged, malformed) == (401, 403, 400)
    assert await line.rows(InboxUpdate) == [] and await line.rows(Tip) == []
    assert graph.sent == []


async def test_redelivered_message_is_answered_once(
    graph: FakeGraphAPI, line: WhatsAppLine
) -> None:
    message = wa.text_message(UK_VOTER, SMS_CLAIM)
    await _post(graph, line, message)
    await _post(graph, line, message)  # Meta retries when our 200 was slow or lost
    await graph.wait_for_messages(UK_VOTER)
    await _post(graph, line, wa.text_message(UK_VOTER, "and the ink?"))
    await graph.wait_for_messages(UK_VOTER, count=2)
    assert len(graph.messages_to(UK_VOTER)) == 2
    assert len(await line.rows(Tip)) == 2


async def test_graph_api_500_then_success_delivers_once(
    graph: FakeGraphAPI, line: WhatsAppLine
) -> None:
    graph.fail_next("messages", 500)
    await _post(graph, line, wa.text_message(UK_VOTER, SMS_CLAIM))
    [reply] = await graph.wait_for_messages(UK_VOTER, timeout=15)
    assert SEED_URL + "sms" in reply.text
    assert len(graph.messages_to(UK_VOTER)) == 1
    assert len(graph.requests_to("messages")) == 2


async def test_a_burst_acknowledged_before_a_restart_is_processed_once(
    graph: FakeGraphAPI, line: WhatsAppLine
) -> None:
    voters = [f"4477009{n:05d}" for n in range(12)]
    burst = [wa.text_message(voter, f"{SMS_CLAIM} ({n})") for n, voter in enumerate(voters)]
    assert await graph.deliver_webhook(line.url, graph.webhook_payload(burst)) == 200
    await line.stop()  # stopped right after acknowledging: most of the burst is unhandled
    await line.start()
    for voter in voters:
        await graph.wait_for_messages(voter, timeout=30)
    assert all(len(graph.messages_to(voter)) == 1 for voter in voters)
    tips = await line.rows(Tip)
    assert len(tips) == len(voters) and all(tip.status == TipStatus.ANSWERED for tip in tips)
