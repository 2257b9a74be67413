"""Claims, not messages: `/merge` puts two items about one claim together (each voter counted
once), later tips of either wording join it, and `/split` takes a tip out into its own item."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from sqlmodel import col, select

from bot import texts
from bot.desk import run_desk_command
from bot.replies import Msg, Reply
from bot.usecases import desk_work
from bot.usecases.dependencies import Core, Person
from bot.usecases.receive_tip import receive_tip
from factchecks import queue
from factchecks.claim_tags import ClaimTag, tagged_claims
from factchecks.models import DeskAction, DeskActionKind, FactCheck, QueueItem, QueueStatus, Tip
from tests.bot.conftest import CHECKER
from tests.bot.test_usecases import ARMY, open_item_ids, tip

BEN = Person("whatsapp", "447700900999", "447700900999", "en")
NOON = "Polling stations in the north will close at noon instead of the evening"


@pytest.fixture
def desk(core: Core) -> Core:
    return replace(
        core,
        factcheckers=frozenset({(CHECKER.channel, CHECKER.user_id), (BEN.channel, BEN.user_id)}),
        factchecker_names={
            (CHECKER.channel, CHECKER.user_id): "Ana",
            (BEN.channel, BEN.user_id): "Ben",
        },
    )


async def _item(desk: Core, item_id: int) -> QueueItem:
    async with desk.db.session() as session:
        item = await session.get(QueueItem, item_id)
        assert item is not None
        assert item.request_count == await queue.count_distinct_voters(session, item_id)
        return item


async def test_merge_counts_each_voter_once_and_split_takes_a_tip_out(desk: Core) -> None:
    await receive_tip(desk, tip("601", ARMY))
    await receive_tip(desk, tip("602", ARMY + "!"))
    await receive_tip(desk, tip("601", NOON))  # the same voter sent both wordings
    await receive_tip(desk, tip("603", NOON + "!"))
    army, noon = sorted(await open_item_ids(desk))
    await run_desk_command(desk, BEN, "tag", [str(noon), "closing-times", "rumour"])
    await run_desk_command(desk, CHECKER, "tag", [str(army), "rumour"])

    merged = await run_desk_command(desk, CHECKER, "merge", [str(army), f"#{noon}"])
    assert merged == Reply((Msg(texts.MERGED, {"id": army, "other": noon, "count": 3}),))
    closed = await _item(desk, noon)
    assert closed.status is QueueStatus.MERGED and closed.merged_into_id == army
    # The merged item's tags follow its tips (an organisation following a tag keeps them).
    items, _ = await tagged_claims(desk.db, frozenset({"closing-times", "rumour"}))
    assert items == {army}
    async with desk.db.session() as session:
        tags = (
            await session.exec(select(ClaimTag.tag).where(ClaimTag.queue_item_id == army))
        ).all()
    assert sorted(tags) == ["closing-times", "rumour"]  # each once
    await receive_tip(desk, tip("604", NOON + "!!"))  # a later tip joins the merged item
    assert await open_item_ids(desk) == [army]
    assert (await _item(desk, army)).request_count == 4

    async with desk.db.session() as session:
        [moved] = (await session.exec(select(Tip).where(Tip.text == NOON + "!"))).all()
    split = await run_desk_command(desk, BEN, "split", [str(army), str(moved.id)])
    [new] = [i for i in await open_item_ids(desk) if i != army]
    assert split == Reply((Msg(texts.SPLIT, {"tip": moved.id, "id": army, "new": new}),))
    assert (await _item(desk, army)).request_count == 3
    assert (await _item(desk, new)).request_count == 1

    history = await run_desk_command(desk, CHECKER, "history", [str(army)])
    lines = [m for m in history.parts[1].params.values() if isinstance(m, Msg)]
    assert [m.msgid for m in lines] == [
        texts.HISTORY_OPENED,
        texts.HISTORY_MERGE,
        texts.HISTORY_SPLIT,
    ]
    assert lines[1].params["other"] == noon and lines[2].params["new"] == new

    assert await desk_work.take_item(desk, BEN, new) == Reply((Msg(texts.TAKEN, {"id": new}),))
    rows: list[tuple[str, list[str], Msg]] = [
        ("merge", [str(army)], Msg(texts.MERGE_USAGE)),
        ("merge", [str(army), str(army)], Msg(texts.MERGE_USAGE)),
        ("merge", [str(army), str(noon)], Msg(texts.ITEM_CLOSED, {"id": noon})),
        ("merge", [str(army), str(new)], Msg(texts.ITEM_TAKEN, {"id": new, "name": "Ben"})),
        ("merge", [str(army), "999"], Msg(texts.ITEM_NOT_FOUND, {"id": 999})),
        ("split", [str(army)], Msg(texts.SPLIT_USAGE)),
        (
            "split",
            [str(army), str(moved.id)],
            Msg(texts.TIP_NOT_IN_ITEM, {"tip": moved.id, "id": army}),
        ),
    ]
    for command, args, expected in rows:
        assert await run_desk_command(desk, CHECKER, command, args) == Reply((expected,)), args
    [only] = [t for t in await _tips(desk, new)]
    assert await run_desk_command(desk, BEN, "split", [str(new), str(only.id)]) == Reply(
        (Msg(texts.SPLIT_LAST_TIP, {"tip": only.id, "id": new}),)
    )
    assert (await _item(desk, army)).request_count == 3  # nothing changed


async def _tips(desk: Core, item_id: int) -> list[Tip]:
    async with desk.db.session() as session:
        return await queue.item_tips(session, item_id)


MACRO_USAGE = Reply((Msg(texts.MACRO_USAGE), Msg(texts.MACRO_MORE_USAGE)))


async def test_macros_are_listed_and_deleted_and_a_deleted_one_is_no_summary(desk: Core) -> None:
    assert await run_desk_command(desk, CHECKER, "macro", ["list"]) == Reply(
        (Msg(texts.NO_MACROS),)
    )
    await run_desk_command(desk, BEN, "macro", ["save", "army", "No", "seizure", "is", "planned."])
    await run_desk_command(desk, CHECKER, "macro", ["save", "Ink", "The", "ink", "is", "safe."])
    listed = await run_desk_command(desk, CHECKER, "macro", ["list"])
    [paragraph] = listed.parts
    assert [line for line in paragraph.params.values()] == [
        Msg(texts.MACROS_HEADER),
        Msg(texts.MACRO_LINE, {"name": "army", "author": "Ben", "text": "No seizure is planned."}),
        Msg(texts.MACRO_LINE, {"name": "ink", "author": "Ana", "text": "The ink is safe."}),
    ]
    for bad in (["list", "all"], ["delete"], ["delete", "a", "b"], ["delete", "no spaces!"]):
        assert await run_desk_command(desk, CHECKER, "macro", bad) == MACRO_USAGE
    assert await run_desk_command(desk, CHECKER, "macro", ["delete", "nothing"]) == Reply(
        (Msg(texts.MACRO_NOT_FOUND, {"name": "nothing"}),)
    )
    assert await run_desk_command(desk, CHECKER, "macro", ["delete", "ARMY"]) == Reply(
        (Msg(texts.MACRO_DELETED, {"name": "army"}),)
    )
    after = await run_desk_command(desk, CHECKER, "macro", ["list"])
    assert [m.params.get("name") for m in after.parts[0].params.values()] == [None, "ink"]

    await receive_tip(desk, tip("702", ARMY))
    [item_id] = await open_item_ids(desk)
    url = "https://example.org/fc/army"
    refused = await run_desk_command(
        desk, CHECKER, "answer", [str(item_id), "false", url, "macro:army"]
    )
    assert refused == Reply((Msg(texts.MACRO_NOT_FOUND, {"name": "army"}),))
    assert await open_item_ids(desk) == [item_id]  # nothing was answered


async def test_saving_replacing_and_deleting_a_macro_is_in_the_audit_log(desk: Core) -> None:
    """A macro speaks for the desk to every voter: who saved, replaced or deleted which text."""
    await run_desk_command(desk, BEN, "macro", ["save", "ink", "The", "ink", "is", "safe."])
    await run_desk_command(
        desk, CHECKER, "macro", ["save", "INK", "Indelible", "ink", "is", "safe."]
    )
    await run_desk_command(desk, CHECKER, "macro", ["delete", "ink"])
    await run_desk_command(desk, CHECKER, "macro", ["delete", "ink"])  # gone: nothing to log
    async with desk.db.session() as session:
        logged = (await session.exec(select(DeskAction).order_by(col(DeskAction.id)))).all()
    assert [
        (a.actor, a.action, json.loads(a.before or "{}"), json.loads(a.after or "{}"))
        for a in logged
    ] == [
        (
            "Ben",
            DeskActionKind.MACRO_SAVE,
            {"macro": "ink", "text": None},
            {"macro": "ink", "text": "The ink is safe."},
        ),
        (
            "Ana",
            DeskActionKind.MACRO_SAVE,
            {"macro": "ink", "text": "The ink is safe."},
            {"macro": "ink", "text": "Indelible ink is safe."},
        ),
        (
            "Ana",
            DeskActionKind.MACRO_DELETE,
            {"macro": "ink", "text": "Indelible ink is safe."},
            {"macro": "ink", "text": None},
        ),
    ]
    assert all(a.queue_item_id is None and a.fact_check_id is None for a in logged)


async def test_a_saved_macro_is_an_answers_summary_and_an_unknown_one_changes_nothing(
    desk: Core,
) -> None:
    await receive_tip(desk, tip("701", ARMY))
    [item_id] = await open_item_ids(desk)
    url = "https://example.org/fc/army"
    missing = await run_desk_command(
        desk, CHECKER, "answer", [str(item_id), "false", url, "macro:army"]
    )
    assert missing == Reply((Msg(texts.MACRO_NOT_FOUND, {"name": "army"}),))
    assert await open_item_ids(desk) == [item_id]
    for bad in (["save", "army"], ["keep", "army", "x"], ["save", "no spaces!", "x"]):
        assert await run_desk_command(desk, CHECKER, "macro", bad) == MACRO_USAGE
    saved = await run_desk_command(
        desk, BEN, "macro", ["save", "Army", "No", "seizure", "is", "planned."]
    )
    assert saved == Reply((Msg(texts.MACRO_SAVED, {"name": "army"}),))
    answered = await run_desk_command(
        desk, CHECKER, "answer", [str(item_id), "false", url, "macro:army"]
    )
    assert answered.parts[0].msgid == texts.ANSWERED[0]
    async with desk.db.session() as session:
        [answered_tip] = (await session.exec(select(Tip))).all()
        fact_check = await session.get(FactCheck, answered_tip.fact_check_id)
    assert fact_check is not None and fact_check.summary == "No seizure is planned."
