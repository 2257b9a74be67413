"""Privacy of what is stored, end to end on SQLite and PostgreSQL: real tips through the fake
Telegram and WhatsApp servers, then the checks a seized database would fail.

- a tip's platform id is stored as a keyed hash, never the chat id, message id or number;
- `tipline purge --dry-run` shows what expired and removes nothing; `tipline purge` removes it,
  and a voter whose address expired is not written to when their claim is answered later;
- `tipline rotate-key` keeps each voter (language, pending answers) and recognises them when
  they write again.
"""

from __future__ import annotations

import argparse
import io
from datetime import timedelta
from typing import Any

from bot.privacy_commands import run_purge, run_rotate_key
from factchecks.clock import utc_now
from factchecks.database import Database
from factchecks.models import InboxUpdate, OutboxMessage, QueueItem, Requester, Tip
from factchecks.pseudonyms import keyed_id
from tests.bot.conftest import FACTCHECKER_ID, StartWhatsAppLine, WhatsAppLine
from tests.fakes import graph_api as wa
from tests.fakes.graph_api import FakeGraphAPI
from tests.fakes.telegram_api import FakeTelegramAPI

WA_VOTER = "5215512345678"
TG_VOTER = 880_123_456
UNMATCHED = "Army trucks will take all ballot boxes from the capital to a secret warehouse"
SMS_CLAIM = "You can vote by SMS this year: text your ID number to 4455 and your vote counts"
NEW_KEY = "a-new-key-after-a-suspected-leak"


async def _post(graph: FakeGraphAPI, line: WhatsAppLine, *messages: dict[str, Any]) -> None:
    assert await graph.deliver_webhook(line.url, graph.webhook_payload(messages)) == 200


def _row_values(row: Any) -> str:
    return " ".join(str(value) for value in row.model_dump().values())


async def test_tips_platform_ids_are_stored_as_keyed_hashes_on_both_channels(
    graph: FakeGraphAPI, telegram_api: FakeTelegramAPI, start_whatsapp_line: StartWhatsAppLine
) -> None:
    line = await start_whatsapp_line()
    wa_message = wa.text_message(WA_VOTER, SMS_CLAIM)
    await _post(graph, line, wa_message)
    voter = telegram_api.user(TG_VOTER, language_code="en")
    tg_update = telegram_api.text_message(voter, SMS_CLAIM)
    [answer] = await graph.wait_for_messages(WA_VOTER)
    await telegram_api.wait_for_messages(TG_VOTER)
    # WhatsApp's id of our answer encodes the voter's number; a status names it.
    status = wa.status_update(answer.message_id, "delivered", WA_VOTER)
    assert await graph.deliver_webhook(line.url, graph.webhook_payload((), [status])) == 200
    # A second answer to the same chat goes out only once the first one's send is recorded.
    await _post(graph, line, wa.text_message(WA_VOTER, SMS_CLAIM + "!"))
    await graph.wait_for_messages(WA_VOTER, count=2)

    key = line.tipline.settings.require_secret_key()
    tg_id = f"{TG_VOTER}:{tg_update['message']['message_id']}"
    by_channel = {tip.channel: tip for tip in await line.rows(Tip) if tip.text == SMS_CLAIM}
    assert by_channel["telegram"].external_id == keyed_id(key, "telegram", "tip", tg_id)
    assert by_channel["whatsapp"].external_id == keyed_id(key, "whatsapp", "tip", wa_message["id"])
    # Neither the tips nor the inbox hold the chat id, the number or the platform's message id.
    for row in [*await line.rows(Tip), *await line.rows(InboxUpdate)]:
        values = _row_values(row)
        for raw in (str(TG_VOTER), WA_VOTER, wa_message["id"], answer.message_id):
            assert raw not in values, (type(row).__name__, raw)
    # The outbox keeps the address (to reply) and a keyed hash of the sent message's id.
    sent = [m.external_id for m in await line.rows(OutboxMessage) if m.address == WA_VOTER]
    assert keyed_id(key, "whatsapp", "sent", answer.message_id) in sent


async def test_purge_dry_run_shows_expired_addresses_and_an_expired_voter_is_not_notified(
    graph: FakeGraphAPI, telegram_api: FakeTelegramAPI, start_whatsapp_line: StartWhatsAppLine
) -> None:
    line = await start_whatsapp_line()
    tipline = line.tipline
    await _post(graph, line, wa.text_message(WA_VOTER, UNMATCHED))
    [queued] = await graph.wait_for_messages(WA_VOTER)
    assert "fact-checkers" in queued.text

    later = utc_now() + timedelta(days=tipline.settings.retain_address_days + 1)
    out = io.StringIO()
    dry = argparse.Namespace(dry_run=True)
    assert await run_purge(tipline.settings, tipline.db, dry, out, clock=lambda: later) == 0
    lines = out.getvalue().splitlines()
    assert "  reply_addresses: would remove 1" in lines
    assert "  messages_to_expired_addresses: would remove 1" in lines  # the sent reply
    assert WA_VOTER not in out.getvalue()  # counts, no identifiers
    [voter] = await line.rows(Requester)
    assert voter.address == WA_VOTER and len(await line.rows(OutboxMessage)) == 1

    out = io.StringIO()
    real = argparse.Namespace(dry_run=False)
    assert await run_purge(tipline.settings, tipline.db, real, out, clock=lambda: later) == 0
    assert "  reply_addresses: removed 1" in out.getvalue().splitlines()
    [voter] = await line.rows(Requester)
    assert voter.address is None and voter.calling_code == "52"
    assert not await line.rows(OutboxMessage)

    # The desk answers the claim: the voter cannot be reached, so nothing is queued for them.
    [item] = await line.rows(QueueItem)
    checker = telegram_api.user(FACTCHECKER_ID, language_code="en")
    telegram_api.command(
        checker, "/answer", str(item.id), "false", "https://example.org/fc/trucks", "No", "trucks."
    )
    [confirmation] = await telegram_api.wait_for_messages(FACTCHECKER_ID)
    assert "0 voters notified" in confirmation.text
    assert not [m for m in await line.rows(OutboxMessage) if m.channel == "whatsapp"]
    assert graph.messages_to(WA_VOTER) == [queued]

    # When they write again they are the same voter, reachable again.
    await _post(graph, line, wa.text_message(WA_VOTER, SMS_CLAIM))
    await graph.wait_for_messages(WA_VOTER, count=2)
    [again] = [r for r in await line.rows(Requester) if r.channel == "whatsapp"]
    assert again.id == voter.id and again.address == WA_VOTER


async def test_rotate_key_keeps_each_voters_language_and_pending_answers(
    graph: FakeGraphAPI, telegram_api: FakeTelegramAPI, start_whatsapp_line: StartWhatsAppLine
) -> None:
    line = await start_whatsapp_line()
    old_settings = line.tipline.settings
    # A WhatsApp voter and a Telegram voter each choose Spanish and send a claim the desk has
    # not answered yet.
    await _post(graph, line, wa.text_message(WA_VOTER, UNMATCHED))
    await graph.wait_for_messages(WA_VOTER)
    await _post(graph, line, wa.button_reply(WA_VOTER, "lang:es", "Español"))
    await graph.wait_for_messages(WA_VOTER, count=2)
    voter = telegram_api.user(TG_VOTER, language_code="en")
    telegram_api.command(voter, "/language")
    [picker] = await telegram_api.wait_for_messages(TG_VOTER)
    telegram_api.callback_query(voter, "lang:es", picker.message_id)
    await telegram_api.wait_for_messages(TG_VOTER, count=2)
    telegram_api.text_message(voter, UNMATCHED)
    await telegram_api.wait_for_messages(TG_VOTER, count=3)
    before = {r.id: (r.channel, r.language, r.state) for r in await line.rows(Requester)}
    assert len(before) == 2
    await line.stop()

    rotated = io.StringIO()
    settings = old_settings.__class__(
        **{**old_settings.__dict__, "secret_key": NEW_KEY, "old_secret_key": "test-pseudonym-key"}
    )
    db = Database(settings.database_url)
    try:
        assert await run_rotate_key(settings, db, rotated) == 0
    finally:
        await db.dispose()
    assert "  rekeyed: 2" in rotated.getvalue().splitlines()

    line = await start_whatsapp_line(secret_key=NEW_KEY)
    after = {r.id: (r.channel, r.language, r.state) for r in await line.rows(Requester)}
    assert after == before
    # The desk answers: both voters hear back, in the Spanish they chose.
    [item] = await line.rows(QueueItem)
    checker = telegram_api.user(FACTCHECKER_ID, language_code="en")
    telegram_api.command(
        checker, "/answer", str(item.id), "false", "https://example.org/fc/trucks", "No", "trucks."
    )
    wa_update = (await graph.wait_for_messages(WA_VOTER, count=3))[2]
    tg_update = (await telegram_api.wait_for_messages(TG_VOTER, count=4))[3]
    assert "Veredicto: Falso" in wa_update.text and "Veredicto: Falso" in tg_update.text
    # Their next messages are theirs: no new voter, the answer in Spanish again.
    await _post(graph, line, wa.text_message(WA_VOTER, SMS_CLAIM))
    telegram_api.text_message(voter, SMS_CLAIM)
    assert "Veredicto: Falso" in (await graph.wait_for_messages(WA_VOTER, count=4))[3].text
    assert "Veredicto" in (await telegram_api.wait_for_messages(TG_VOTER, count=5))[4].text
    voters = [r for r in await line.rows(Requester) if r.address != str(FACTCHECKER_ID)]
    assert {r.id for r in voters} == set(before)
