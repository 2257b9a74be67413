"""Corrections: `/correct` changes a verdict, tells every voter who was sent it once (in their
language, with a new answer code), keeps the ledger, and bad input changes nothing."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot import texts
from bot.desk import run_desk_command
from bot.replies import Msg, Reply
from bot.usecases import desk_corrections, desk_queue
from bot.usecases.dependencies import Core
from bot.usecases.receive_tip import receive_tip
from factchecks import catalogue, desk_log
from factchecks.models import DeskActionKind
from factchecks.verdicts import Verdict
from tests.bot.conftest import CHECKER, SEED_URL
from tests.bot.test_usecases import ARMY, SMS, STRANGER, open_item_ids, outbox_to, tip

ARMY_URL = "https://example.org/fc/army"


@pytest.fixture
def named(core: Core) -> Core:
    return replace(core, factchecker_names={(CHECKER.channel, CHECKER.user_id): "Ana"})


async def test_a_correction_reaches_every_earlier_recipient_once(named: Core) -> None:
    core = named
    await receive_tip(core, tip("401", ARMY))
    await receive_tip(core, tip("402", ARMY + "!", language_hint="es"))
    await receive_tip(core, tip("403", SMS))  # answered with another fact-check
    [item_id] = await open_item_ids(core)
    answered = await desk_queue.answer_item(core, CHECKER, item_id, Verdict.FALSE, ARMY_URL, "No.")
    fact_check_id = int(answered.parts[0].params["fact_check_id"])
    before = {voter: len(await outbox_to(core, voter)) for voter in ("401", "402", "403")}

    value = await run_desk_command(
        core,
        CHECKER,
        "correct",
        [str(fact_check_id), "misleading", "The", "army", "guards", "them."],
    )
    assert value == Reply(
        (
            Msg(
                texts.CORRECTED,
                {
                    "fact_check_id": fact_check_id,
                    "verdict": Msg(texts.VERDICT_LABELS[Verdict.MISLEADING]),
                    "count": 2,
                },
            ),
        )
    )
    for voter in ("401", "402"):
        sent = await outbox_to(core, voter)
        assert len(sent) == before[voter] + 1
        correction = sent[-1]
        assert [part.msgid for part in correction.parts] == [
            texts.CORRECTION,
            texts.MATCH,
            texts.ANSWER_CODE,
        ]
        assert correction.parts[1].params["verdict"] == Msg(
            texts.VERDICT_LABELS[Verdict.MISLEADING]
        )
        assert correction.parts[1].params["summary"] == "The army guards them."
    assert len(await outbox_to(core, "403")) == before["403"]

    again = await desk_corrections.correct_fact_check(
        core, CHECKER, str(fact_check_id), Verdict.MISLEADING
    )
    assert again == Reply((Msg(texts.NOTHING_TO_CORRECT, {"fact_check_id": fact_check_id}),))
    for voter in ("401", "402"):
        assert len(await outbox_to(core, voter)) == before[voter] + 1  # told once

    async with core.db.session() as session:
        ledger = await desk_log.fact_check_history(session, fact_check_id)
        stored = await catalogue.get_fact_check(session, fact_check_id)
    assert [entry.action for entry in ledger] == [DeskActionKind.ANSWER, DeskActionKind.CORRECT]
    assert ledger[1].actor == "Ana"
    assert (ledger[1].before["verdict"], ledger[1].after["verdict"]) == ("false", "misleading")
    assert ledger[1].after["notified"] == 2
    assert stored is not None and stored.verdict == Verdict.MISLEADING


async def test_bad_corrections_change_nothing(named: Core) -> None:
    core = named
    async with core.db.session() as session:
        sms = await catalogue.find_fact_check(session, url=SEED_URL + "sms")
        ink = await catalogue.find_fact_check(session, url=SEED_URL + "ink")
    assert sms is not None and ink is not None
    verdicts = ", ".join(v.value for v in Verdict if v is not Verdict.OTHER)
    rows: list[tuple[list[str], Msg]] = [
        ([], Msg(texts.CORRECT_USAGE, {"verdicts": verdicts})),
        ([str(sms.id)], Msg(texts.CORRECT_USAGE, {"verdicts": verdicts})),
        (
            [str(sms.id), "wrongish"],
            Msg(texts.BAD_VERDICT, {"verdict": "wrongish", "verdicts": verdicts}),
        ),
        (["#999", "true"], Msg(texts.FACT_CHECK_NOT_FOUND, {"ref": "#999"})),
        (
            [str(sms.id), "true", SEED_URL + "ink"],
            Msg(texts.CORRECT_URL_TAKEN, {"fact_check_id": ink.id}),
        ),
        ([str(sms.id), "false"], Msg(texts.NOTHING_TO_CORRECT, {"fact_check_id": sms.id})),
    ]
    for args, expected in rows:
        assert await run_desk_command(core, CHECKER, "correct", args) == Reply((expected,)), args
    assert await run_desk_command(core, STRANGER, "correct", [str(sms.id), "true"]) == Reply(
        (Msg(texts.NOT_AUTHORISED),)
    )
    async with core.db.session() as session:
        unchanged = await catalogue.get_fact_check(session, sms.id or 0)
        assert await desk_log.fact_check_history(session, sms.id or 0) == []
    assert unchanged is not None and unchanged.verdict == Verdict.FALSE
