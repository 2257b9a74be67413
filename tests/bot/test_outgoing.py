"""Outbox rows become messages in the recipient's language of the moment they are sent."""

from __future__ import annotations

from dataclasses import replace

from sqlmodel import select

from bot import texts
from bot.i18n import Catalogs
from bot.outgoing import prepare
from bot.replies import Msg, Reply, decode, encode, reply
from bot.usecases.dependencies import Address, send
from factchecks import outbox, outbox_claims, requesters, tip_pictures, tips
from factchecks.database import Database
from factchecks.picture_copies import PictureCopy
from factchecks.tip_pictures import TipPicture

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


async def test_a_picture_is_read_when_sent_and_a_deleted_one_is_said_to_be_gone(
    database_url: str,
) -> None:
    db = Database(database_url)
    async with db.transaction() as session:
        voter = await requesters.upsert_requester(
            session, pseudonym="p", channel="telegram", address="5", language_hint="en"
        )
        tip, _ = await tips.store_tip(
            session, tips.NewTip("telegram", "5:1", voter.id or 0, "", None, None, "en", False)
        )
        tip_pictures.add_pictures(session, tip.id or 0, [PictureCopy(b"\x89PNG..", "image/png")])
    async with db.session() as session:
        picture_id = (await session.exec(select(TipPicture.id))).one() or 0
    caption = Msg(texts.PICTURE_CAPTION, {"tip": tip.id or 0, "id": 3})
    value = Reply((caption,), picture=picture_id)
    assert decode(encode(value)) == value  # the picture's id travels through the outbox
    async with db.transaction() as session:
        send(session, Address("telegram", "5"), Reply((Msg(texts.SHOW_TEXTS),), then=(value,)))
    first, second = await outbox.due_messages(db, "telegram")
    assert (await prepare(db, Catalogs(), first)).picture is None
    shown = await prepare(db, Catalogs(), second)
    assert shown.picture is not None and shown.picture.data == b"\x89PNG.."
    assert shown.rendered().body == f"Picture from tip {tip.id} in queue item #3"

    async with db.transaction() as session:  # the retention job deletes it before it goes
        await tip_pictures.delete_pictures_of_tips(session, [tip.id or 0])
    gone = await prepare(db, Catalogs(), second)
    await db.dispose()
    assert gone.picture is None
    assert gone.rendered().body == (
        f"Picture from tip {tip.id} in queue item #3\n\nThis picture is no longer stored."
    )


async def test_the_recipient_read_with_the_page_is_the_one_looked_up_alone(
    database_url: str,
) -> None:
    """`due_per_chat` reads each message's recipient in its own statement; `prepare` then
    needs no lookup. Its slow twin, one lookup per message, must give the same language and
    window for every kind of recipient: a chosen language, a platform hint, a region only,
    a newer row for the same address, another channel's voter, nobody at all."""
    db = Database(database_url)
    catalogs = Catalogs()
    async with db.transaction() as session:
        chose = await requesters.upsert_requester(
            session, pseudonym="a", channel="whatsapp", address="1", language_hint=None
        )
        await requesters.set_language(session, chose.id or 0, "fr")
        await requesters.upsert_requester(
            session, pseudonym="b", channel="whatsapp", address="2", language_hint="pt"
        )
        await requesters.upsert_requester(
            session,
            pseudonym="c",
            channel="whatsapp",
            address="3",
            language_hint=None,
            region_language="ar",
        )
        await requesters.upsert_requester(
            session, pseudonym="d-old", channel="whatsapp", address="4", language_hint="es"
        )
        await requesters.upsert_requester(
            session, pseudonym="d-new", channel="whatsapp", address="4", language_hint="fr"
        )
        await requesters.upsert_requester(
            session, pseudonym="e", channel="telegram", address="5", language_hint="es"
        )
        for address in ("1", "2", "3", "4", "5", "6"):
            outbox.enqueue(
                session,
                channel="whatsapp",
                address=address,
                reply=encode(reply(texts.QUEUED)),
                language=None,  # so that a region only, or nothing, decides
            )
    page = await outbox_claims.due_per_chat(db, "whatsapp", 0.0)
    assert len(page) == 6 and all(message.recipient is not None for message in page)
    read_with_page = [await prepare(db, catalogs, message) for message in page]
    looked_up = [await prepare(db, catalogs, replace(m, recipient=None)) for m in page]
    await db.dispose()
    assert [(m.language, m.last_wrote) for m in read_with_page] == [
        (m.language, m.last_wrote) for m in looked_up
    ]
    assert [m.language for m in read_with_page] == ["fr", "pt", "ar", "fr", "en", "en"]
    assert [m.last_wrote is None for m in read_with_page] == [False] * 4 + [True] * 2
