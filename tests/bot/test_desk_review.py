"""Two-person review: with it on, answers, links and dismissals are drafts; nothing reaches
voters before another fact-checker approves; nobody approves (or rejects) their own draft."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlmodel import col, select

from bot import texts
from bot.desk import run_desk_command
from bot.replies import Msg, Reply
from bot.usecases.dependencies import Core, Person
from bot.usecases.receive_tip import receive_tip
from factchecks.models import DeskAction, DeskActionKind, QueueItem, QueueStatus
from tests.bot.conftest import CHECKER
from tests.bot.test_usecases import ARMY, open_item_ids, outbox_to, tip

ANA = CHECKER
BEN = Person("whatsapp", "447700900999", "447700900999", "en")
NOON = "Polling stations in the north will close at noon instead of the evening"
URL = "https://example.org/fc/army"


@pytest.fixture
def desk(core: Core) -> Core:
    return replace(
        core,
        factcheckers=frozenset({(ANA.channel, ANA.user_id), (BEN.channel, BEN.user_id)}),
        factchecker_names={(ANA.channel, ANA.user_id): "Ana", (BEN.channel, BEN.user_id): "Ben"},
        two_person_review=True,
    )


async def test_nothing_reaches_voters_before_another_fact_checker_approves(desk: Core) -> None:
    await receive_tip(desk, tip("501", ARMY))
    await receive_tip(desk, tip("502", ARMY + "!"))
    await receive_tip(desk, tip("503", NOON))
    army, noon = sorted(await open_item_ids(desk))

    async def says(who: Person, command: str, *args: str) -> Reply:
        return await run_desk_command(desk, who, command, list(args))

    rows: list[tuple[Person, str, tuple[str, ...], Msg]] = [
        (
            ANA,
            "answer",
            (str(army), "false", URL, "No seizure."),
            Msg(texts.DRAFT_SAVED, {"id": army, "draft": 1}),
        ),
        (BEN, "link", (str(army), "1"), Msg(texts.DRAFT_PENDING, {"id": army, "draft": 1})),
        (ANA, "approve", ("1",), Msg(texts.OWN_DRAFT, {"draft": 1})),
        (ANA, "reject", ("1", "typo"), Msg(texts.OWN_DRAFT, {"draft": 1})),
        (BEN, "approve", ("999",), Msg(texts.DRAFT_NOT_FOUND, {"draft": 999})),
        (BEN, "approve", (), Msg(texts.APPROVE_USAGE)),
        (BEN, "reject", ("1",), Msg(texts.REJECT_USAGE)),
        (ANA, "dismiss", (str(noon), "satire"), Msg(texts.DRAFT_SAVED, {"id": noon, "draft": 2})),
        (
            BEN,
            "reject",
            ("2", "it", "is", "real"),
            Msg(texts.DRAFT_REJECTED, {"draft": 2, "id": noon}),
        ),
        (BEN, "reject", ("2", "again"), Msg(texts.DRAFT_NOT_FOUND, {"draft": 2})),
    ]
    for who, command, args, expected in rows:
        assert await says(who, command, *args) == Reply((expected,)), (command, args)
    for voter in ("501", "502", "503"):
        assert len(await outbox_to(desk, voter)) == 1  # only "we have sent it to our team"
    assert set(await open_item_ids(desk)) == {army, noon}

    listing = await says(BEN, "queue", "drafts")
    [line] = [
        m
        for m in listing.parts[0].params.values()
        if isinstance(m, Msg) and m.msgid == texts.DRAFT_LINE
    ]
    assert line.params == {
        "draft": 1,
        "id": army,
        "name": "Ana",
        "action": "answer",
        "details": f"false {URL} No seizure.",
    }

    approved = await says(BEN, "approve", "1")
    assert approved.parts[0].msgid == texts.ANSWERED[0] and approved.parts[0].params["count"] == 2
    for voter in ("501", "502"):
        update = (await outbox_to(desk, voter))[-1]
        assert (
            update.parts[1].params["url"] == URL
            and update.parts[1].params["summary"] == "No seizure."
        )
    assert len(await outbox_to(desk, "503")) == 1  # the rejected dismissal told nobody
    assert await says(BEN, "approve", "1") == Reply((Msg(texts.DRAFT_NOT_FOUND, {"draft": 1}),))
    assert await says(BEN, "queue", "drafts") == Reply((Msg(texts.NO_DRAFTS),))

    async with desk.db.session() as session:
        item = await session.get(QueueItem, army)
        actions = (await session.exec(select(DeskAction).order_by(col(DeskAction.id)))).all()
    assert item is not None and item.status is QueueStatus.ANSWERED and item.assignee == "Ana"
    assert [(a.actor, a.action) for a in actions] == [
        ("Ana", DeskActionKind.DRAFT),
        ("Ana", DeskActionKind.DRAFT),
        ("Ben", DeskActionKind.REJECT),
        ("Ana", DeskActionKind.ANSWER),
        ("Ben", DeskActionKind.APPROVE),
    ]
    history = await says(ANA, "history", str(army))
    assert [m.msgid for m in history.parts[1].params.values() if isinstance(m, Msg)] == [
        texts.HISTORY_OPENED,
        texts.HISTORY_DRAFT,
        texts.HISTORY_ANSWER,
        texts.HISTORY_APPROVE,
    ]
