"""`/tag` end to end: the desk labels a queue item and a fact-check on Telegram, and an
organisation whose report settings name a tag gets only the tips about those claims."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from bot.reports.folder import write_report
from factchecks.clock import utc_now
from factchecks.models import FactCheck
from factchecks.reports.figures import TipFilter
from factchecks.reports.period import range_period
from tests.bot.conftest import FACTCHECKER_ID, SEED_CLAIMS, StartTipline
from tests.fakes.telegram_api import FakeTelegramAPI

SMS = SEED_CLAIMS[0]["claim"]
ARMY = "The army will seize all ballot boxes in the capital on the night of the count"
RUMOUR = "Polling station 14 moves to the market on Saturday morning"


async def test_tagged_claims_make_an_organisations_report(
    start_tipline: StartTipline, telegram_api: FakeTelegramAPI, tmp_path: Path
) -> None:
    tipline = await start_tipline()
    sent = {SMS: range(7_400_001, 7_400_004), ARMY: range(7_400_011, 7_400_016)}
    sent[RUMOUR] = range(7_400_021, 7_400_023)
    for text, voters in sent.items():
        for user_id in voters:
            telegram_api.text_message(telegram_api.user(user_id), text)
            await telegram_api.wait_for_messages(user_id)
    checker = telegram_api.user(FACTCHECKER_ID, language_code="en")

    async def desk(*words: str) -> str:
        before = len(telegram_api.messages_to(FACTCHECKER_ID))
        telegram_api.command(checker, *words)
        replies = await telegram_api.wait_for_messages(FACTCHECKER_ID, count=before + 1)
        return replies[-1].text

    async with tipline.db.session() as session:
        [sms_check] = (await session.exec(select(FactCheck).where(FactCheck.claim == SMS))).all()
    assert await desk("/tag", "1", "Violence", "army") == "Queue item #1 tags: army, violence"
    assert await desk("/tag", "#1", "-army") == "Queue item #1 tags: violence"
    assert await desk("/tag", f"fc:{sms_check.id}", "violence") == (
        f"Fact-check #{sms_check.id} tags: violence"
    )
    assert "is not a tag" in await desk("/tag", "2", "no/slash")
    assert "There is no queue item #77" in await desk("/tag", "77", "violence")
    assert (await desk("/tag", "2")).startswith("Usage: /tag <id> <tag>")

    today = utc_now().date().isoformat()
    period = range_period(today, today, "UTC")
    tagged = await write_report(
        tipline.db,
        period,
        tmp_path / "tagged",
        min_voters=1,
        scope=TipFilter(tags=frozenset({"violence"})),
    )
    assert tagged.report.scope == "tags violence"
    assert (tagged.report.total.tips, tagged.report.total.voters) == (8, 8)  # army 5 + SMS 3
    claims = {claim.text: claim.volume.tips for claim in tagged.report.claims}
    assert claims == {ARMY: 5, SMS: 3}
    untagged = await write_report(
        tipline.db, period, tmp_path / "all", min_voters=1, scope=TipFilter()
    )
    assert untagged.report.total.tips == 10
