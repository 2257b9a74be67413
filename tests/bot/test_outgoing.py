"""Outbox rows become messages in the recipient's language of the moment they are sent."""

from __future__ import annotations

from sqlmodel import select

from bot import texts
from bot.i18n import Catalogs
from bot.outgoing import prepare
from bot.replies import Msg, Reply, decode, encode, reply
from bot.usecases.dependencies import Address, send
from factchecks import outbox, requesters, tip_pictures, tips
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
