"""The use cases as tables: plain values in, reply values out (and in the outbox).

No chat, no HTTP: each row calls one operation and compares the reply value (catalog message id
and parameters) with what the design says, on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import pytest
from sqlmodel import col, delete, select

from bot import texts
from bot.inbound import InboundMessage, MediaProblem
from bot.rendering import render
from bot.replies import LanguageName, Msg, Reply, decode
from bot.usecases import choose_language, desk_queue, voters
from bot.usecases.dependencies import Core, Person
from bot.usecases.receive_tip import person_of, receive_tip
from factchecks import catalogue, tips
from factchecks.match_index import MatchQuery
from factchecks.models import (
    ConversationState,
    FactCheck,
    FactCheckText,
    OutboxMessage,
    QueueItem,
    QueueStatus,
    Requester,
    Tip,
    TipStatus,
)
from factchecks.pseudonyms import keyed_id
from factchecks.tip_pictures import TipPicture
from factchecks.verdicts import Verdict
from tests.bot.conftest import CHECKER, DESK_GROUP, SEED_URL, encode, photo_like

STRANGER = Person("telegram", "6001", "6001", "en")
SMS = "You can vote by SMS this year: text your ID number to 4455 and your vote counts"
ARMY = "The army will seize all ballot boxes in the capital on the night of the count"


async def outbox_to(core: Core, address: str) -> list[Reply]:
    """The reply values queued for `address`, oldest first."""
    async with core.db.session() as session:
        rows = await session.exec(
            select(OutboxMessage)
            .where(OutboxMessage.address == address)
            .order_by(col(OutboxMessage.id))
        )
        return [decode(row.reply or "") for row in rows.all()]


async def open_item_ids(core: Core) -> list[int]:
    """The open queue items' ids."""
    async with core.db.session() as session:
        rows = await session.exec(select(QueueItem.id).where(QueueItem.status == QueueStatus.OPEN))
        return [row for row in rows.all() if row is not None]


def tip(user: str, text: str = "", **fields: object) -> InboundMessage:
    channel = str(fields.pop("channel", "telegram"))
    hint = fields.pop("language_hint", "en")
    return InboundMessage(
        channel=channel,
        external_id=f"{user}:{text[:10]}:{sorted(fields.items())}",
        user_id=user,
        address=user,
        text=text,
        language_hint=hint,  # type: ignore[arg-type]
        **fields,  # type: ignore[arg-type]
    )


@dataclass(frozen=True)
class TipRow:
    name: str
    message: InboundMessage
    first_part: str  # the message id of the reply's first paragraph
    params: dict[str, object]  # parameters it must carry (a subset)
    picker: bool = False


TIP_ROWS = [
    TipRow("a known claim is answered", tip("11", SMS), texts.MATCH, {"url": SEED_URL + "sms"}),
    TipRow("an unknown claim is queued", tip("12", ARMY), texts.QUEUED, {}),
    TipRow("an empty message", tip("13", ""), texts.EMPTY, {}),
    TipRow(
        "a sticker",
        tip("14", media_problem=MediaProblem.UNSUPPORTED, media_kind="sticker"),
        texts.UNSUPPORTED,
        {},
    ),
    TipRow(
        "a file over the limit",
        tip("15", media_problem=MediaProblem.TOO_LARGE, media_kind="document"),
        texts.FILE_TOO_LARGE,
        {"limit_mb": 20},
    ),
    TipRow(
        "first contact without a language hint gets the picker on the answer",
        tip("447700900123", SMS, channel="whatsapp", language_hint=None),
        texts.MATCH,
        {"verdict": Msg(texts.VERDICT_LABELS[Verdict.FALSE])},
        picker=True,
    ),
]


@pytest.mark.parametrize("row", TIP_ROWS, ids=[row.name for row in TIP_ROWS])
async def test_receive_tip(core: Core, row: TipRow) -> None:
    value = await receive_tip(core, row.message)
    assert value is not None
    first = value.parts[0]
    assert first.msgid == row.first_part
    assert {key: first.params[key] for key in row.params} == row.params
    assert bool(value.choices) == row.picker
    if row.picker:
        assert [c.data for c in value.choices] == [f"lang:{c}" for c in core.catalogs.languages]
        assert value.prompt == Msg(texts.LANGUAGE_PROMPT)
    assert await outbox_to(core, row.message.address) == [value]
    assert await receive_tip(core, row.message) is None  # the same message again: no reply


async def test_a_tip_answered_at_once_is_stored_with_its_fact_check_and_score(
    core: Core,
) -> None:
    value = await receive_tip(core, tip("17", SMS))
    assert value is not None and value.parts[0].msgid == texts.MATCH
    [hit] = (await core.index.search_catalogue(MatchQuery(text=SMS)))[:1]
    async with core.db.session() as session:
        [stored] = (await session.exec(select(Tip))).all()
    assert stored.status is TipStatus.ANSWERED
    assert (stored.fact_check_id, stored.match_score) == (hit.key, pytest.approx(hit.score))
    assert await outbox_to(core, "17") == [value]


async def test_a_redelivered_message_leaves_the_voters_conversation_where_it_was(
    core: Core,
) -> None:
    message = tip("20", SMS)
    await receive_tip(core, message)
    assert await receive_tip(core, message) is None  # the platform delivered it again
    async with core.db.session() as session:
        [voter] = (await session.exec(select(Requester))).all()
    assert voter.state == ConversationState.ANSWERED


async def test_a_fact_check_gone_since_the_search_sends_the_tip_to_the_desk(core: Core) -> None:
    # Still in this worker's index, already removed from the database (by another worker, a
    # moment ago): the voter must not get an answer built on nothing.
    [hit] = (await core.index.search_catalogue(MatchQuery(text=SMS)))[:1]
    async with core.db.transaction() as session:
        await session.exec(delete(FactCheckText).where(col(FactCheckText.fact_check_id) == hit.key))
        await session.exec(delete(FactCheck).where(col(FactCheck.id) == hit.key))
    value = await receive_tip(core, tip("18", SMS))
    assert value is not None and value.parts[0].msgid == texts.QUEUED
    async with core.db.session() as session:
        [stored] = (await session.exec(select(Tip))).all()
    assert stored.status is TipStatus.QUEUED and stored.fact_check_id is None


async def test_a_search_that_fails_stores_the_tip_and_sends_it_to_the_desk(core: Core) -> None:
    # The search runs before anything is stored: were its error raised, the inbox would give
    # up on the message after its retries and the tip would never have been kept.
    def broken(_elapsed_s: float) -> None:
        raise RuntimeError("the search's observer broke")

    core.index.on_search_s = broken
    value = await receive_tip(core, tip("19", SMS))
    assert value is not None and value.parts[0].msgid == texts.QUEUED
    async with core.db.session() as session:
        [stored] = (await session.exec(select(Tip))).all()
    assert stored.status is TipStatus.QUEUED and stored.text == SMS
    assert len(await open_item_ids(core)) == 1


async def test_a_tip_stored_but_never_answered_is_answered_when_handled_again(core: Core) -> None:
    # A worker stored the tip, then died before deciding it (kill -9 between the two
    # transactions); the inbox hands the message to another worker, which must answer it.
    message = tip("16", SMS)
    async with core.db.transaction() as session:
        requester = await voters.voter(session, core, person_of(message))
        await tips.store_tip(
            session,
            tips.NewTip(
                channel=message.channel,
                external_id=keyed_id(core.secret_key, message.channel, "tip", message.external_id),
                requester_id=requester.id or 0,
                text=message.text,
                fingerprint=None,
                media_note=None,
                language="en",
                forwarded=False,
            ),
        )
    value = await receive_tip(core, message)
    assert value is not None and value.parts[0].msgid == texts.MATCH
    assert await outbox_to(core, message.address) == [value]
    assert await receive_tip(core, message) is None  # answered once: now it is a redelivery


LANGUAGE_ROWS = [
    ("es", Msg(texts.LANGUAGE_SET, {"language": LanguageName("es", capitalised=False)})),
    ("Français", Msg(texts.LANGUAGE_SET, {"language": LanguageName("fr", capitalised=False)})),
    ("pt-BR", Msg(texts.LANGUAGE_SET, {"language": LanguageName("pt", capitalised=False)})),
]


@pytest.mark.parametrize(("choice", "expected"), LANGUAGE_ROWS)
async def test_choose_language(core: Core, choice: str, expected: Msg) -> None:
    assert await choose_language.choose_language(core, STRANGER, choice) == Reply((expected,))


async def test_an_unknown_language_lists_the_choices(core: Core) -> None:
    value = await choose_language.choose_language(core, STRANGER, "klingon")
    [part] = value.parts
    assert part.msgid == texts.LANGUAGE_UNKNOWN and "Español (es)" in str(part.params["choices"])


async def test_help_shows_the_desk_to_fact_checkers_only(core: Core) -> None:
    assert [p.msgid for p in (await voters.show_help(core, STRANGER)).parts] == [texts.HELP]
    assert [p.msgid for p in (await voters.show_help(core, CHECKER)).parts] == [
        texts.HELP,
        texts.DESK_HELP,
        texts.DESK_HELP_MORE,
        texts.DESK_HELP_ESCALATE,
        texts.DESK_HELP_TAG,
        texts.DESK_HELP_PICTURES_MACROS,
        texts.DESK_HELP_VERIFY,
    ]
    # Every desk command, /verify included, in every language the desk may read.
    desk_help = await voters.show_help(core, CHECKER)
    for locale in core.catalogs.languages:
        shown = render(core.catalogs.translator(locale), desk_help).body
        for command in ("/queue", "/show", "/tag", "/macro", "/verify <"):
            assert command in shown, (locale, command)


async def test_desk_operations(core: Core) -> None:
    """One open item (two voters), then a table of operations and the replies they give."""
    await receive_tip(core, tip("21", ARMY))
    await receive_tip(core, tip("22", ARMY + "!", language_hint="es"))
    [item_id] = await open_item_ids(core)
    async with core.db.session() as session:
        sms = await catalogue.find_fact_check(session, url=SEED_URL + "sms")
    assert sms is not None and sms.id is not None
    [listing] = (await desk_queue.list_queue(core, CHECKER)).parts
    assert Msg.plural_of(texts.QUEUE_HEADER, 1) in listing.params.values()
    assert await outbox_to(core, DESK_GROUP.address) == [
        Reply((Msg(texts.DESK_NEW_ITEM, {"id": item_id, "claim": ARMY}),))
    ]
    rows: list[tuple[str, Callable[[], Awaitable[Reply]], Msg]] = [
        (
            "a stranger lists",
            lambda: desk_queue.list_queue(core, STRANGER),
            Msg(texts.NOT_AUTHORISED),
        ),
        (
            "a stranger dismisses",
            lambda: desk_queue.dismiss_item(core, STRANGER, item_id, "spam"),
            Msg(texts.NOT_AUTHORISED),
        ),
        (
            "no such item",
            lambda: desk_queue.link_item(core, CHECKER, 999, "1"),
            Msg(texts.ITEM_NOT_FOUND, {"id": 999}),
        ),
        (
            "not a web address",
            lambda: desk_queue.answer_item(
                core, CHECKER, item_id, Verdict.FALSE, "example.org", "No"
            ),
            Msg(texts.BAD_URL, {"url": "example.org"}),
        ),
        (
            "no such fact-check",
            lambda: desk_queue.link_item(core, CHECKER, item_id, "#999"),
            Msg(texts.FACT_CHECK_NOT_FOUND, {"ref": "#999"}),
        ),
        (
            "linked",
            lambda: desk_queue.link_item(core, CHECKER, item_id, SEED_URL + "sms"),
            Msg.plural_of(texts.ANSWERED, 2, id=item_id, fact_check_id=sms.id),
        ),
        (
            "already closed",
            lambda: desk_queue.dismiss_item(core, CHECKER, item_id, "spam"),
            Msg(texts.ITEM_CLOSED, {"id": item_id}),
        ),
    ]
    for name, call, expected in rows:
        value = await call()
        assert value == Reply((expected,)), name
    for voter, noted in (("21", False), ("22", True)):  # 22 writes Spanish, the answer is English
        update = (await outbox_to(core, voter))[-1]
        assert update.parts[0] == Msg(texts.MATCH_UPDATE)
        assert (update.parts[1].msgid == texts.MATCH_OTHER_LANGUAGE) is noted
        assert update.parts[2 if noted else 1].params["url"] == SEED_URL + "sms"
    async with core.db.session() as session:
        rows_left = (await session.exec(select(OutboxMessage))).all()
    assert len(rows_left) == 2 + 1 + 2  # the two queued replies, the desk notice, two updates


async def test_dismissing_tells_every_voter_why(core: Core) -> None:
    await receive_tip(core, tip("31", ARMY))
    [item_id] = await open_item_ids(core)
    value = await desk_queue.dismiss_item(core, CHECKER, item_id, "satire page")
    assert value == Reply((Msg.plural_of(texts.DISMISSED_CONFIRM, 1, id=item_id),))
    assert (await outbox_to(core, "31"))[-1] == Reply(
        (Msg(texts.DISMISSED, {"reason": "satire page"}),)
    )
    async with core.db.session() as session:
        item = await session.get(QueueItem, item_id)
    assert item is not None and item.status == QueueStatus.DISMISSED


async def test_only_the_pictures_of_queued_tips_are_kept_for_the_desk(core: Core) -> None:
    seeded_picture = encode(photo_like(7), "PNG")  # the seed fact-check's own picture
    new_picture = encode(photo_like(99), "JPEG", quality=90)
    await receive_tip(
        core, InboundMessage("telegram", "pic:1", "301", "301", images=(seeded_picture,))
    )
    await receive_tip(
        core, InboundMessage("telegram", "pic:2", "302", "302", images=(new_picture,))
    )
    async with core.db.session() as session:
        stored = (await session.exec(select(Tip).order_by(col(Tip.id)))).all()
        kept = (await session.exec(select(TipPicture))).all()
    answered, queued = stored
    assert answered.status is TipStatus.ANSWERED and queued.status is TipStatus.QUEUED
    [picture] = kept  # the answered tip's picture is not kept
    assert picture.tip_id == queued.id and picture.content_type == "image/jpeg"
