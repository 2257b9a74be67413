"""The election-day desk's operations as tables: taking, releasing, answering an item someone
else holds, confirming a suggestion, `/show`, `/fc`, `/history`, and bad input.

Two fact-checkers with configured display names (Ana on Telegram, Ben on WhatsApp); every row
calls one operation (or the chat command parser) and compares the reply value; afterwards the
database says what changed, and the audit log names people, never platform ids.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlmodel import col, select

from bot import texts
from bot.desk import run_desk_command
from bot.inbound import InboundMessage
from bot.rendering import render
from bot.replies import LanguageName, Msg, Reply
from bot.usecases import desk_history, desk_queue, desk_show, desk_stats, desk_work, forget_voter
from bot.usecases.dependencies import Core, Person
from bot.usecases.receive_tip import receive_tip
from factchecks import catalogue, queue
from factchecks.clock import as_utc, utc_now
from factchecks.models import (
    DeskAction,
    DeskActionKind,
    FactCheck,
    QueueItem,
    QueueStatus,
    Tip,
    TipStatus,
)
from factchecks.verdicts import Verdict
from tests.bot.conftest import CHECKER, SEED_URL, encode, photo_like
from tests.bot.test_usecases import ARMY, SMS, STRANGER, open_item_ids, outbox_to, tip

ANA = CHECKER  # telegram 5001
BEN = Person("whatsapp", "447700900999", "447700900999", "en")


@pytest.fixture
def desk(core: Core) -> Core:
    """The core with two named fact-checkers."""
    return replace(
        core,
        factcheckers=frozenset({(ANA.channel, ANA.user_id), (BEN.channel, BEN.user_id)}),
        factchecker_names={(ANA.channel, ANA.user_id): "Ana", (BEN.channel, BEN.user_id): "Ben"},
    )


async def _item_with_voters(desk: Core, *voters: str) -> int:
    for n, voter in enumerate(voters):
        await receive_tip(desk, tip(voter, ARMY + "!" * n))
    [item_id] = await open_item_ids(desk)
    return item_id


async def _sms_id(desk: Core) -> int:
    async with desk.db.session() as session:
        sms = await catalogue.find_fact_check(session, url=SEED_URL + "sms")
    assert sms is not None and sms.id is not None
    return sms.id


async def _actions(desk: Core) -> list[DeskAction]:
    async with desk.db.session() as session:
        return list((await session.exec(select(DeskAction).order_by(col(DeskAction.id)))).all())


Row = tuple[str, Callable[[], Awaitable[Reply]], Msg]


async def test_take_release_and_answering_an_item_someone_else_holds(desk: Core) -> None:
    item_id = await _item_with_voters(desk, "41", "42")
    sms = await _sms_id(desk)
    army_url = "https://example.org/fc/army"
    rows: list[Row] = [
        (
            "Ana takes",
            lambda: desk_work.take_item(desk, ANA, item_id),
            Msg(texts.TAKEN, {"id": item_id}),
        ),
        (
            "Ana takes again",
            lambda: desk_work.take_item(desk, ANA, item_id),
            Msg(texts.ALREADY_YOURS, {"id": item_id}),
        ),
        (
            "Ben cannot take it without `over`",
            lambda: desk_work.take_item(desk, BEN, item_id),
            Msg(texts.ITEM_TAKEN, {"id": item_id, "name": "Ana"}),
        ),
        (
            "Ben cannot answer it",
            lambda: desk_queue.answer_item(desk, BEN, item_id, Verdict.FALSE, army_url, "No."),
            Msg(texts.ITEM_TAKEN, {"id": item_id, "name": "Ana"}),
        ),
        (
            "Ben cannot link it",
            lambda: desk_queue.link_item(desk, BEN, item_id, str(sms)),
            Msg(texts.ITEM_TAKEN, {"id": item_id, "name": "Ana"}),
        ),
        (
            "Ben cannot dismiss it",
            lambda: desk_queue.dismiss_item(desk, BEN, item_id, "spam"),
            Msg(texts.ITEM_TAKEN, {"id": item_id, "name": "Ana"}),
        ),
        (
            "Ben cannot release it",
            lambda: desk_work.release_item(desk, BEN, item_id),
            Msg(texts.ITEM_TAKEN, {"id": item_id, "name": "Ana"}),
        ),
        (
            "a stranger cannot take it",
            lambda: desk_work.take_item(desk, STRANGER, item_id, over=True),
            Msg(texts.NOT_AUTHORISED),
        ),
        (
            "Ben takes it over",
            lambda: desk_work.take_item(desk, BEN, item_id, over=True),
            Msg(texts.TAKEN_OVER, {"id": item_id, "name": "Ana"}),
        ),
        (
            "now Ana cannot answer it",
            lambda: desk_queue.link_item(desk, ANA, item_id, str(sms)),
            Msg(texts.ITEM_TAKEN, {"id": item_id, "name": "Ben"}),
        ),
        (
            "Ben releases it",
            lambda: desk_work.release_item(desk, BEN, item_id),
            Msg(texts.RELEASED, {"id": item_id}),
        ),
        (
            "released twice",
            lambda: desk_work.release_item(desk, BEN, item_id),
            Msg(texts.NOT_TAKEN, {"id": item_id}),
        ),
        (
            "no such item",
            lambda: desk_work.take_item(desk, ANA, 999),
            Msg(texts.ITEM_NOT_FOUND, {"id": 999}),
        ),
        (
            "no suggestion to confirm",
            lambda: desk_queue.confirm_item(desk, ANA, item_id),
            Msg(texts.NO_SUGGESTION, {"id": item_id}),
        ),
        (
            "answering with an existing fact-check's address asks to link it",
            lambda: desk_queue.answer_item(
                desk, ANA, item_id, Verdict.TRUE, SEED_URL + "sms", "A new summary."
            ),
            Msg(texts.ANSWER_EXISTS, {"id": item_id, "fact_check_id": sms}),
        ),
        (
            "Ana links it",
            lambda: desk_queue.link_item(desk, ANA, item_id, str(sms)),
            Msg.plural_of(texts.ANSWERED, 2, id=item_id, fact_check_id=sms),
        ),
        (
            "a closed item cannot be taken",
            lambda: desk_work.take_item(desk, BEN, item_id),
            Msg(texts.ITEM_CLOSED, {"id": item_id}),
        ),
    ]
    for name, call, expected in rows:
        if name == "Ana links it":
            # Until now only the "queued" reply reached the voters.
            assert [len(await outbox_to(desk, voter)) for voter in ("41", "42")] == [1, 1]
        assert await call() == Reply((expected,)), name
    for voter in ("41", "42"):
        [_queued, update] = await outbox_to(desk, voter)
        assert update.parts[1].params["url"] == SEED_URL + "sms"
    async with desk.db.session() as session:
        sms_row = await session.get(FactCheck, sms)
    assert sms_row is not None and sms_row.summary != "A new summary."

    history = await desk_history.show_history(desk, ANA, item_id)
    lines = list(history.parts[1].params.values())
    assert [line.msgid for line in lines if isinstance(line, Msg)] == [
        texts.HISTORY_OPENED,
        texts.HISTORY_TAKE,
        texts.HISTORY_TAKE_OVER,
        texts.HISTORY_RELEASE,
        texts.HISTORY_LINK,
    ]
    assert [line.params.get("name") for line in lines if isinstance(line, Msg)][1:] == [
        "Ana",
        "Ben",
        "Ben",
        "Ana",
    ]
    actions = await _actions(desk)
    assert [a.action for a in actions] == [
        DeskActionKind.TAKE,
        DeskActionKind.TAKE_OVER,
        DeskActionKind.RELEASE,
        DeskActionKind.LINK,
    ]
    assert json.loads(actions[1].before or "{}") == {"assignee": "Ana"}
    stored = " ".join(f"{a.actor} {a.before} {a.after}" for a in actions)
    assert ANA.user_id not in stored and BEN.user_id not in stored


async def test_two_fact_checkers_taking_at_once_get_one_item_each_way(desk: Core) -> None:
    item_id = await _item_with_voters(desk, "51")
    replies = await asyncio.gather(
        desk_work.take_item(desk, ANA, item_id), desk_work.take_item(desk, BEN, item_id)
    )
    first = {value.parts[0].msgid for value in replies}
    assert first == {texts.TAKEN, texts.ITEM_TAKEN}
    async with desk.db.session() as session:
        item = await session.get(QueueItem, item_id)
    winner = "Ana" if replies[0].parts[0].msgid == texts.TAKEN else "Ben"
    assert item is not None and item.assignee == winner
    assert [a.actor for a in await _actions(desk)] == [winner]


async def test_two_fact_checkers_answering_at_once_notify_each_voter_once(desk: Core) -> None:
    item_id = await _item_with_voters(desk, "61", "62")
    sms = await _sms_id(desk)
    replies = await asyncio.gather(
        desk_queue.link_item(desk, ANA, item_id, str(sms)),
        desk_queue.dismiss_item(desk, BEN, item_id, "duplicate"),
    )
    msgids = sorted(value.parts[0].msgid for value in replies)
    one_wins = [
        sorted([texts.ITEM_CLOSED, done[0]]) for done in (texts.ANSWERED, texts.DISMISSED_CONFIRM)
    ]
    assert msgids in one_wins
    for voter in ("61", "62"):
        assert len(await outbox_to(desk, voter)) == 2  # "queued", then one update
    assert len(await _actions(desk)) == 1


async def test_show_lists_counts_and_the_newest_texts_first_capped(desk: Core) -> None:
    for n in range(7):
        await receive_tip(
            desk,
            tip(
                f"7{n}",
                ARMY + "!" * n,
                forwarded=n < 2,
                channel="whatsapp" if n % 2 else "telegram",
            ),
        )
    [item_id] = await open_item_ids(desk)
    value = await desk_show.show_item(desk, ANA, item_id)
    summary, listing = value.parts
    counts = next(
        m for m in summary.params.values() if isinstance(m, Msg) and m.msgid == texts.SHOW_COUNTS
    )
    assert counts.params == {"tips": 7, "voters": 7, "forwarded": 2, "frequent": 0}
    spread = next(
        m for m in summary.params.values() if isinstance(m, Msg) and m.msgid == texts.SHOW_SPREAD
    )
    assert spread.params["channels"] == "telegram, whatsapp"
    shown = [m for m in listing.params.values() if isinstance(m, Msg)]
    assert shown[0] == Msg(texts.SHOW_TEXTS)
    assert [m.params["text"] for m in shown[1:6]] == [ARMY + "!" * n for n in range(6, 1, -1)]
    assert shown[6] == Msg(texts.SHOW_OLDER, {"count": 2})
    assert await desk_show.show_item(desk, STRANGER, item_id) == Reply((Msg(texts.NOT_AUTHORISED),))
    assert await desk_show.show_item(desk, ANA, 999) == Reply(
        (Msg(texts.ITEM_NOT_FOUND, {"id": 999}),)
    )


async def test_fc_shows_a_fact_check_by_id_or_address(desk: Core) -> None:
    sms = await _sms_id(desk)
    by_id = await desk_show.show_fact_check(desk, ANA, f"#{sms}")
    by_url = await desk_show.show_fact_check(desk, ANA, SEED_URL + "sms")
    assert by_id.parts[0] == Msg(texts.FC_HEADER, {"fact_check_id": sms, "language": "en"})
    assert by_id.parts[1].msgid == texts.MATCH and by_id.parts[1].params["url"] == SEED_URL + "sms"
    assert by_url.parts[0] == by_id.parts[0]
    assert await desk_show.show_fact_check(desk, ANA, "#999") == Reply(
        (Msg(texts.FACT_CHECK_NOT_FOUND, {"ref": "#999"}),)
    )


async def test_a_picture_only_item_is_answered_with_a_claim_in_words(desk: Core) -> None:
    picture = encode(photo_like(123))
    photo = InboundMessage(
        "telegram", "photo-81", "81", "81", images=(picture,), language_hint="en"
    )
    await receive_tip(desk, photo)
    [item_id] = await open_item_ids(desk)
    url = "https://example.org/fc/photo"
    missing = await desk_queue.answer_item(desk, ANA, item_id, Verdict.FALSE, url, "Old photo.")
    assert missing == Reply((Msg(texts.CLAIM_NEEDED, {"id": item_id}),))
    value = await run_desk_command(
        desk,
        ANA,
        "answer",
        [str(item_id), "false", url, "Old", "photo.", "claim:", "Queues", "at", "dawn"],
    )
    assert value.parts[0].msgid == texts.ANSWERED[0]
    update = (await outbox_to(desk, "81"))[-1]
    assert update.parts[1].params["claim"] == "Queues at dawn"
    assert update.parts[1].params["summary"] == "Old photo."


async def test_confirm_links_the_suggested_fact_check(desk: Core) -> None:
    async with desk.db.transaction() as session:
        item = QueueItem(
            status=QueueStatus.OPEN, claim="x", suggested_fact_check_id=await _sms_id(desk)
        )
        session.add(item)
    assert item.id is not None
    value = await desk_queue.confirm_item(desk, BEN, item.id)
    assert value.parts[0] == Msg.plural_of(
        texts.ANSWERED, 0, id=item.id, fact_check_id=await _sms_id(desk)
    )
    [action] = await _actions(desk)
    assert action.action is DeskActionKind.CONFIRM and action.actor == "Ben"


BAD_INPUT = [
    ("take", [], texts.TAKE_USAGE),
    ("take", ["x"], texts.TAKE_USAGE),
    ("take", ["1", "under"], texts.TAKE_USAGE),
    ("release", [], texts.RELEASE_USAGE),
    ("release", ["1", "2"], texts.RELEASE_USAGE),
    ("show", [], texts.SHOW_USAGE),
    ("history", ["one"], texts.HISTORY_USAGE),
    ("confirm", [], texts.CONFIRM_USAGE),
    ("fc", [], texts.FC_USAGE),
    ("fc", ["1", "2"], texts.FC_USAGE),
]


@pytest.mark.parametrize(("name", "args", "usage"), BAD_INPUT)
async def test_bad_input_gets_the_usage_and_changes_nothing(
    desk: Core, name: str, args: list[str], usage: str
) -> None:
    item_id = await _item_with_voters(desk, "91")
    assert await run_desk_command(desk, ANA, name, args) == Reply((Msg(usage),))
    assert await _actions(desk) == []
    async with desk.db.session() as session:
        item = await session.get(QueueItem, item_id)
    assert item is not None and item.assignee is None and item.status is QueueStatus.OPEN


NOON = "Polling stations in the north will close at noon instead of the evening"
ESPANOL = "Las urnas de la capital serán confiscadas por el ejército esta misma noche"


async def _age(desk: Core, item_id: int, *, opened_h: float = 0, tips_h: float = 0) -> None:
    """Make item `item_id` (and its tips) look `opened_h` / `tips_h` hours old."""
    async with desk.db.transaction() as session:
        item = await session.get(QueueItem, item_id)
        assert item is not None
        item.created_at = utc_now() - timedelta(hours=opened_h)
        session.add(item)
        for row in (await session.exec(select(Tip).where(Tip.queue_item_id == item_id))).all():
            row.received_at = utc_now() - timedelta(hours=tips_h)
            session.add(row)


async def _slow_order(desk: Core) -> list[int]:
    """The slow twin of `/queue`'s order: distinct voters, then distinct voters in the last
    hour, then oldest first, computed from every tip in Python."""
    hour_ago = utc_now() - timedelta(hours=1)
    async with desk.db.session() as session:
        tips = (await session.exec(select(Tip))).all()
        open_ids = {i for i in await open_item_ids(desk)}
    voters: dict[int, set[int]] = {i: set() for i in open_ids}
    recent: dict[int, set[int]] = {i: set() for i in open_ids}
    for row in tips:
        if row.queue_item_id in open_ids:
            voters[row.queue_item_id].add(row.requester_id)
            if (as_utc(row.received_at) or utc_now()) >= hour_ago:
                recent[row.queue_item_id].add(row.requester_id)
    return sorted(open_ids, key=lambda i: (-len(voters[i]), -len(recent[i]), i))


async def test_queue_filters_order_and_the_sla_flag(desk: Core) -> None:
    for n, voter in enumerate(("101", "102", "103")):
        await receive_tip(desk, tip(voter, ARMY + "!" * n))
    await receive_tip(desk, tip("104", NOON))
    picture = InboundMessage("telegram", "p-105", "105", "105", images=(encode(photo_like(5)),))
    await receive_tip(desk, picture)
    await receive_tip(desk, tip("106", ESPANOL, language_hint="es"))
    army, noon, photo, espanol = sorted(await open_item_ids(desk))
    await _age(desk, army, opened_h=2)
    await _age(desk, noon, opened_h=2, tips_h=2)  # no voter in the last hour: below the photo
    await _age(desk, espanol, opened_h=3, tips_h=3)
    assert await desk_work.take_item(desk, ANA, noon) == Reply((Msg(texts.TAKEN, {"id": noon}),))

    async def listed(*words: str) -> list[int]:
        value = await run_desk_command(desk, ANA, "queue", list(words))
        if value.parts[0].msgid == texts.QUEUE_EMPTY:
            return []
        rows = [m for m in value.parts[0].params.values() if isinstance(m, Msg)][1:]
        return [int(row.params["id"]) for row in rows]

    assert await listed() == await _slow_order(desk) == [army, photo, noon, espanol]
    rows: list[tuple[tuple[str, ...], list[int]]] = [
        (("mine",), [noon]),
        (("new",), [army, photo, espanol]),
        (("taken",), [noon]),
        (("images",), [photo]),
        (("lang:es",), [espanol]),
        (("new", "images"), [photo]),
        (("mine", "images"), []),
    ]
    for words, expected in rows:
        assert await listed(*words) == expected, words
    assert await run_desk_command(desk, BEN, "queue", ["mine"]) == Reply((Msg(texts.QUEUE_EMPTY),))
    for bad in (["everything"], ["lang:"], ["lang:e1"]):
        assert await run_desk_command(desk, ANA, "queue", bad) == Reply((Msg(texts.QUEUE_USAGE),))

    listing = await desk_queue.list_queue(desk, ANA)
    lines = {
        int(m.params["id"]): m
        for m in listing.parts[0].params.values()
        if isinstance(m, Msg) and "id" in m.params
    }
    overdue = {item_id for item_id, line in lines.items() if texts.QUEUE_OVERDUE in repr(line)}
    assert overdue == {army, noon, espanol}  # waiting 2-3 hours, over the 30-minute SLA
    assert "'minutes': 180" in repr(lines[espanol]) and "'name': 'Ana'" in repr(lines[noon])


async def test_stats_count_what_was_sent_and_how_fast_it_was_answered(desk: Core) -> None:
    await receive_tip(desk, tip("111", SMS))
    await receive_tip(desk, tip("112", SMS + "!", channel="whatsapp"))
    for n, (voter, channel) in enumerate(
        (("113", "telegram"), ("114", "whatsapp"), ("115", "telegram"))
    ):
        await receive_tip(desk, tip(voter, ARMY + "!" * n, channel=channel))
    await receive_tip(desk, tip("116", NOON))
    await receive_tip(desk, tip("117", ""))  # unusable: counted in, neither answered nor queued
    army, noon = sorted(await open_item_ids(desk))
    sms = await _sms_id(desk)
    await desk_queue.link_item(desk, ANA, army, str(sms))
    async with desk.db.transaction() as session:  # it took the desk ten minutes, then six
        item = await session.get(QueueItem, army)
        assert item is not None and item.closed_at is not None
        item.created_at = item.closed_at - timedelta(minutes=10)
        session.add(item)
    await desk_queue.link_item(desk, BEN, noon, str(sms))
    async with desk.db.transaction() as session:
        item = await session.get(QueueItem, noon)
        assert item is not None and item.closed_at is not None
        item.created_at = item.closed_at - timedelta(minutes=6)
        session.add(item)
    await receive_tip(desk, tip("118", ESPANOL, language_hint="es"))  # still waiting

    value = await desk_stats.show_stats(desk, ANA, desk_stats.Period.TODAY)
    shown = {m.msgid: dict(m.params) for m in value.parts[1].params.values() if isinstance(m, Msg)}
    assert shown[texts.STATS_TIPS] == {"tips": 8, "auto": 2, "queued": 5}
    assert shown[texts.STATS_CLOSED] == {"answered": 2, "dismissed": 0}
    assert shown[texts.STATS_BACKLOG] == {"backlog": 1, "minutes": 0}
    # Two answers, 6 and 10 minutes: the median between them, the 90th percentile near 10.
    assert shown[texts.STATS_TIMES] == {"median": "8.0", "p90": "9.6"}
    assert shown[texts.STATS_CHANNELS] == {"channels": "telegram 6, whatsapp 2"}
    assert shown[texts.STATS_LANGUAGES] == {"languages": "en 6, ? 1, es 1"}
    assert shown[texts.STATS_FACTCHECKERS] == {"names": "Ana 1, Ben 1"}

    async with desk.db.transaction() as session:  # one tip was sent two days ago
        old = (await session.exec(select(Tip).where(Tip.text == SMS))).one()
        old.received_at = utc_now() - timedelta(days=2)
        session.add(old)
    today = await desk_stats.show_stats(desk, ANA, desk_stats.Period.TODAY)
    week = await run_desk_command(desk, ANA, "stats", ["week"])
    assert week.parts[0].msgid == texts.STATS_WEEK
    for value, tips in ((today, 7), (week, 8)):
        [line] = [
            m
            for m in value.parts[1].params.values()
            if isinstance(m, Msg) and m.msgid == texts.STATS_TIPS
        ]
        assert line.params["tips"] == tips
    for bad in (["month"], ["today", "week"]):
        assert await run_desk_command(desk, ANA, "stats", bad) == Reply((Msg(texts.STATS_USAGE),))
    assert await desk_stats.show_stats(desk, STRANGER) == Reply((Msg(texts.NOT_AUTHORISED),))


async def test_show_gives_the_suggestions_score_and_an_older_item_without_one(desk: Core) -> None:
    sms = await _sms_id(desk)
    async with desk.db.transaction() as session:
        scored = QueueItem(
            status=QueueStatus.OPEN, claim="x", suggested_fact_check_id=sms, suggestion_score=0.714
        )
        older = QueueItem(status=QueueStatus.OPEN, claim="y", suggested_fact_check_id=sms)
        session.add_all([scored, older])
    shown = await desk_show.show_item(desk, ANA, scored.id or 0)
    shown_older = await desk_show.show_item(desk, ANA, older.id or 0)
    suggestion = {"fact_check_id": sms, "score": "0.71"}
    assert Msg(texts.QUEUE_SUGGESTION_SCORED, suggestion) in shown.parts[0].params.values()
    assert Msg(texts.QUEUE_SUGGESTION, {"fact_check_id": sms}) in (
        shown_older.parts[0].params.values()
    )


async def test_a_desk_answer_in_another_language_carries_the_note_an_automatic_one_has(
    desk: Core,
) -> None:
    """A Spanish-speaking voter told of the desk's (English) answer hears that it is written in
    English, as with an automatic answer; the English-speaking voter of the same item does not."""
    await receive_tip(desk, tip("81", ARMY, language_hint="es"))
    await receive_tip(desk, tip("82", ARMY + "!", language_hint="en"))
    [item_id] = await open_item_ids(desk)
    await desk_queue.link_item(desk, ANA, item_id, str(await _sms_id(desk)))

    def msgids(value: Reply) -> list[str]:
        return [part.msgid for part in value.parts]

    spanish, english = (await outbox_to(desk, "81"))[-1], (await outbox_to(desk, "82"))[-1]
    assert msgids(spanish)[:2] == [texts.MATCH_UPDATE, texts.MATCH_OTHER_LANGUAGE]
    assert str(spanish.parts[1].params["language"]) == str(LanguageName("en"))
    assert msgids(english)[0] == texts.MATCH_UPDATE
    assert texts.MATCH_OTHER_LANGUAGE not in msgids(english)
    assert msgids(spanish)[2:] == msgids(english)[1:]  # the same answer (and code) after it


async def test_show_says_erased_for_words_a_voter_had_erased_not_picture(desk: Core) -> None:
    # Voter 91 sends the claim in words, then with a picture; voter 92 in words. Then 91 asks
    # to be forgotten: their tips stay (counted) but their words are gone.
    await receive_tip(desk, tip("91", ARMY))
    await receive_tip(desk, tip("91", ARMY + "?", images=(encode(photo_like(124)),)))
    await receive_tip(desk, tip("92", ARMY + "!"))
    [item_id] = await open_item_ids(desk)
    async with desk.db.transaction() as session:
        [words, picture, other] = await queue.item_tips(session, item_id)
        # A screenshot of text whose text could not be read: no words and no fingerprint, but
        # nothing was erased, so it is still "[picture]".
        unread = Tip(
            channel="telegram",
            external_id="screenshot:93",
            requester_id=other.requester_id,
            media_note="photo:text_only",
            status=TipStatus.QUEUED,
            queue_item_id=item_id,
        )
        session.add(unread)
    forgetful = Person("telegram", "91", "91", "en")
    await forget_voter.ask(desk, forgetful)
    await forget_voter.press(desk, forgetful, forget_voter.CONFIRM)

    value = await desk_show.show_item(desk, ANA, item_id)
    shown = {
        m.params["tip"]: m.params["text"]
        for m in value.parts[1].params.values()
        if isinstance(m, Msg) and m.msgid == texts.SHOW_TEXT_LINE
    }
    image, erased = Msg(texts.QUEUE_IMAGE), Msg(texts.SHOW_ERASED)
    assert shown == {
        words.id: erased,
        picture.id: Msg("{image} {claim}", {"image": image, "claim": erased}),
        other.id: ARMY + "!",
        unread.id: image,
    }
    french = render(desk.catalogs.translator("fr"), value).body
    assert f"tip {words.id} · [effacé]" not in french  # the line itself is in French too
    assert f"message {words.id} · [effacé]" in french, french
    assert f"message {picture.id} · [image] [effacé]" in french, french
    assert f"message {unread.id} · [image]" in french, french
