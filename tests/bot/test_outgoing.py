"""Outbox rows become messages in the recipient's language of the moment they are sent."""

from __future__ import annotations

from bot import texts
from bot.i18n import Catalogs
from bot.outgoing import prepare
from bot.replies import encode, reply
from factchecks import outbox, requesters
from factchecks.database import Database

VOTER = "447700900123"


async def test_the_language_is_the_recipients_when_sent_not_when_queued(
    database_url: str,
) -> None:
    db = Database(database_url)
    catalogs = Catalogs()
    value = reply(texts.QUEUED)
    async with db.transaction() as session:
        voter = await requesters.upsert_requester(
            session, pseudonym="p", channel="whatsapp", address=VOTER, language_hint=None
        )
        outbox.enqueue(
            session, channel="whatsapp", address=VOTER, reply=encode(value), language="en"
        )
    [queued] = await outbox.due_messages(db, "whatsapp")
    assert (await prepare(db, catalogs, queued)).rendered().body == texts.QUEUED
    async with db.transaction() as session:
        await requesters.set_language(session, voter.id or 0, "fr")
    later = await prepare(db, catalogs, queued)
    await db.dispose()
    assert later.language == "fr"
    french = catalogs.translator("fr").gettext(texts.QUEUED)
    assert later.rendered().body == french and french != texts.QUEUED


async def test_a_row_queued_before_reply_values_is_sent_as_it_was_written(
    database_url: str,
) -> None:
    db = Database(database_url)
    async with db.transaction() as session:
        session.add(
            outbox.OutboxMessage(
                channel="telegram", address="1", text="Old {text} with braces", status="pending"
            )
        )
    [old] = await outbox.due_messages(db, "telegram")
    message = await prepare(db, Catalogs(), old)
    await db.dispose()
    assert message.rendered().body == "Old {text} with braces"
