"""The tip limit in the receive-tip use case: extra tips kept as `rate_limited`, never queued, and
the voter told once, in their language, when they can send again (SQLite and PostgreSQL)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from sqlmodel import col, select, update

from bot import texts
from bot.inbound import InboundMessage
from bot.outgoing import prepare
from bot.replies import WaitUntil
from bot.usecases.dependencies import Core
from bot.usecases.receive_tip import receive_tip
from factchecks import outbox
from factchecks.clock import utc_now
from factchecks.limits import TipLimits
from factchecks.models import AnswerCode, OutboxMessage, QueueItem, Tip, TipStatus
from tests.bot.test_usecases import ARMY, SMS, outbox_to

VOTER = "7001"


def _tip(n: int, language: str = "es") -> InboundMessage:
    return InboundMessage(
        channel="telegram",
        external_id=f"{VOTER}:{n}",
        user_id=VOTER,
        address=VOTER,
        text=f"{ARMY} ({n})",
        language_hint=language,
    )


async def _statuses(core: Core) -> list[TipStatus]:
    async with core.db.session() as session:
        rows = await session.exec(select(Tip.status).order_by(col(Tip.id)))
        return list(rows.all())


async def test_over_the_limit_tips_are_kept_unanswered_and_the_voter_is_told_once(
    core: Core,
) -> None:
    core = replace(core, tip_limits=TipLimits(per_minute=3, per_day=200))
    for n in range(8):
        await receive_tip(core, _tip(n))
    replies = await outbox_to(core, VOTER)
    assert [r.parts[0].msgid for r in replies] == [texts.QUEUED] * 3 + [texts.TIP_LIMIT_REACHED]
    wait = replies[-1].parts[0].params["wait"]
    assert isinstance(wait, WaitUntil)
    assert timedelta(seconds=55) < wait.value - utc_now() <= timedelta(seconds=60)
    assert await _statuses(core) == [TipStatus.QUEUED] * 3 + [TipStatus.RATE_LIMITED] * 5
    async with core.db.session() as session:
        items = (await session.exec(select(QueueItem.id))).all()
        queued = (await session.exec(select(Tip).where(col(Tip.queue_item_id).in_(items)))).all()
    assert len(queued) == 3  # the desk sees the voter's three tips, none of the rest

    # The notice, as the voter reads it: in Spanish, with the wait in Spanish words.
    [pending] = [
        m
        for m in await outbox.due_messages(core.db, "telegram")
        if m.reply and texts.TIP_LIMIT_REACHED[:20] in m.reply
    ]
    text = (await prepare(core.db, core.catalogs, pending)).rendered().body
    assert text.startswith("Has enviado muchos mensajes") and "dentro de 1 minuto" in text


async def test_once_the_minute_has_passed_the_voter_is_answered_and_told_again_next_time(
    core: Core,
) -> None:
    core = replace(core, tip_limits=TipLimits(per_minute=2, per_day=200))
    for n in range(4):
        await receive_tip(core, _tip(n, "en"))
    # A minute later (moved back in time rather than waited for).
    async with core.db.transaction() as session:
        await session.exec(
            update(Tip).values(received_at=utc_now() - timedelta(seconds=61))  # type: ignore[call-overload]
        )
    for n in range(4, 8):
        await receive_tip(core, _tip(n, "en"))
    ids = [r.parts[0].msgid for r in await outbox_to(core, VOTER)]
    stretch = [texts.QUEUED, texts.QUEUED, texts.TIP_LIMIT_REACHED]
    assert ids == stretch + stretch
    assert await _statuses(core) == 2 * (2 * [TipStatus.QUEUED] + 2 * [TipStatus.RATE_LIMITED])


async def test_a_redelivered_tip_is_not_counted_twice(core: Core) -> None:
    core = replace(core, tip_limits=TipLimits(per_minute=2, per_day=200))
    first = _tip(0, "en")
    for _ in range(3):
        await receive_tip(core, first)  # the platform delivered the same message three times
    await receive_tip(core, _tip(1, "en"))
    async with core.db.session() as session:
        rows = (await session.exec(select(OutboxMessage.reply))).all()
    assert not any(texts.TIP_LIMIT_REACHED[:20] in (row or "") for row in rows)
    assert await _statuses(core) == [TipStatus.QUEUED, TipStatus.QUEUED]


async def test_a_known_claim_over_the_limit_is_kept_unanswered_with_no_fact_check(
    core: Core,
) -> None:
    # The catalogue is searched before the limit is counted: a match must still not answer a
    # voter over the limit, nor mark their kept tip with the fact-check.
    core = replace(core, tip_limits=TipLimits(per_minute=2, per_day=200))
    for n in range(2):
        await receive_tip(core, _tip(n, "en"))
    known = replace(_tip(2, "en"), text=SMS)
    assert (await receive_tip(core, known)) is not None  # the limit notice
    assert (await receive_tip(core, replace(known, external_id=f"{VOTER}:3"))) is None
    replies = await outbox_to(core, VOTER)
    assert [r.parts[0].msgid for r in replies] == [texts.QUEUED] * 2 + [texts.TIP_LIMIT_REACHED]
    async with core.db.session() as session:
        kept = (await session.exec(select(Tip).where(Tip.text == SMS))).all()
        codes = (await session.exec(select(AnswerCode))).all()
    assert [(t.status, t.fact_check_id, t.match_score) for t in kept] == [
        (TipStatus.RATE_LIMITED, None, None)
    ] * 2
    assert codes == []
