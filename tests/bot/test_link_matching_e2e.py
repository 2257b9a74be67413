"""A voter's link is matched by its address, through the real bot on Telegram's fake server:
the link of a post a fact-check is about (with a share's tracking parameters) is answered with
its verdict at once, whatever the text says; a link that names no fact-check, or names several,
goes the usual way. Also the desk's side: a new fact-check's address and a corrected one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlmodel import col, select

from bot.app import Tipline
from bot.usecases import desk_corrections, desk_queue
from bot.usecases.dependencies import Core
from bot.usecases.receive_tip import LINK_MATCH_SCORE, receive_tip
from factchecks.database import Database
from factchecks.importer import import_file
from factchecks.models import FactCheck, Tip, TipStatus
from factchecks.verdicts import Verdict
from tests.bot.conftest import CHECKER, SEED_URL, StartTipline
from tests.bot.test_usecases import ARMY, open_item_ids, tip
from tests.fakes.telegram_api import FakeTelegramAPI

TURNOUT_URL = "https://factcheck.example/turnout-video"
VIDEO_POST = "https://www.facebook.com/permalink.php?story_fbid=pfbid0Tx9&id=100064"
SHARED_POST = "https://www.instagram.com/p/C4xYz12AbCd/"
NOVEL = "The electoral commission will count ballots in secret on 14 December without observers"


async def _import_linked_fact_checks(database_url: str, folder: Path) -> None:
    """A fact-check whose claim appeared in a Facebook post, and two that share a post."""

    def review(url: str, claim: str, rating: str, appearances: list[str]) -> dict[str, object]:
        return {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": url,
            "claimReviewed": claim,
            "reviewRating": {"@type": "Rating", "alternateName": rating},
            "author": {"@type": "Organization", "name": "Test Desk"},
            "datePublished": "2026-11-03",
            "inLanguage": "en",
            "itemReviewed": {
                "@type": "Claim",
                "appearance": [{"@type": "SocialMediaPosting", "url": u} for u in appearances],
            },
        }

    path = folder / "linked.jsonld"
    path.write_text(
        json.dumps(
            [
                review(
                    TURNOUT_URL,
                    "Video shows turnout of 140 percent in the northern district",
                    "Altered",
                    [VIDEO_POST],
                ),
                review(
                    "https://factcheck.example/queue-photo",
                    "Photo shows voters queueing for 12 hours in the capital",
                    "Misleading",
                    [SHARED_POST],
                ),
                review(
                    "https://factcheck.example/queue-photo-2",
                    "The same photo shows a queue at a stadium concert",
                    "False",
                    [SHARED_POST],
                ),
            ]
        )
    )
    db = Database(database_url)
    try:
        assert (await import_file(db, path)).created == 3
    finally:
        await db.dispose()


async def _tips(tipline: Tipline) -> list[Tip]:
    async with tipline.db.session() as session:
        return list((await session.exec(select(Tip).order_by(col(Tip.id)))).all())


async def test_a_voter_who_sends_the_link_of_a_fact_checked_post_gets_its_verdict_at_once(
    telegram_api: FakeTelegramAPI, start_tipline: StartTipline, database_url: str, tmp_path: Path
) -> None:
    await _import_linked_fact_checks(database_url, tmp_path)
    tipline = await start_tipline()
    voter = telegram_api.user(301, language_code="en")
    shared = (
        "https://m.facebook.com/permalink.php?id=100064&story_fbid=pfbid0Tx9"
        "&utm_source=whatsapp&utm_medium=share&fbclid=IwAR3abc#comments"
    )
    telegram_api.text_message(voter, f"is this true? {shared}")
    [reply] = await telegram_api.wait_for_messages(301)
    assert TURNOUT_URL in reply.text
    [answered] = await _tips(tipline)
    assert answered.status == TipStatus.ANSWERED and answered.match_score == LINK_MATCH_SCORE

    # A link that names no fact-check: the text goes the usual way (here, to the desk).
    telegram_api.text_message(voter, f"{NOVEL} https://news.example/story/991?utm_source=x")
    [_, queued] = await telegram_api.wait_for_messages(301, count=2)
    assert "sent it to our fact-checkers" in queued.text
    assert (await _tips(tipline))[1].status == TipStatus.QUEUED


async def test_a_link_wins_over_the_text_and_a_link_to_two_fact_checks_does_not_decide(
    telegram_api: FakeTelegramAPI, start_tipline: StartTipline, database_url: str, tmp_path: Path
) -> None:
    await _import_linked_fact_checks(database_url, tmp_path)
    tipline = await start_tipline()
    voter = telegram_api.user(302, language_code="en")
    # The words are another fact-checked claim's (the SMS vote); the link, the post of the
    # turnout video, names what the voter asks about exactly.
    telegram_api.text_message(
        voter,
        "You can vote by SMS this year: text your ID number to 4455 and your vote counts "
        + VIDEO_POST.replace("www.", "")
        + "&mibextid=Nif5oz",
    )
    [first] = await telegram_api.wait_for_messages(302)
    assert TURNOUT_URL in first.text and SEED_URL + "sms" not in first.text
    # The shared post names two fact-checks: the desk decides.
    telegram_api.text_message(voter, f"{NOVEL} {SHARED_POST}?igsh=MWQ1ZGUx")
    [_, second] = await telegram_api.wait_for_messages(302, count=2)
    assert "sent it to our fact-checkers" in second.text
    assert [t.status for t in await _tips(tipline)] == [TipStatus.ANSWERED, TipStatus.QUEUED]


async def _last_tip(core: Core) -> Tip:
    async with core.db.session() as session:
        return (await session.exec(select(Tip).order_by(col(Tip.id).desc()))).first() or Tip()


async def test_a_new_fact_checks_address_and_a_corrected_one_answer_their_links(
    core: Core,
) -> None:
    await receive_tip(core, tip("501", ARMY))
    [item_id] = await open_item_ids(core)
    army_url = "https://example.org/fc/army"
    await desk_queue.answer_item(core, CHECKER, item_id, Verdict.FALSE, army_url, "No.")
    async with core.db.session() as session:
        [fact_check] = (
            await session.exec(select(FactCheck).where(FactCheck.url == army_url))
        ).all()
    await receive_tip(core, tip("502", "what about https://www.example.org/fc/army/?ref=wa"))
    answered = await _last_tip(core)
    assert answered.status == TipStatus.ANSWERED and answered.fact_check_id == fact_check.id

    moved = "https://example.org/fc/army-corrected"
    await desk_corrections.correct_fact_check(
        core, CHECKER, str(fact_check.id), Verdict.MISLEADING, moved
    )
    await receive_tip(core, tip("503", f"and this? {moved}"))
    answered = await _last_tip(core)
    assert answered.status == TipStatus.ANSWERED and answered.fact_check_id == fact_check.id
    await receive_tip(core, tip("504", f"{NOVEL} {army_url}"))  # the old address names nothing
    assert (await _last_tip(core)).status == TipStatus.QUEUED


async def test_only_a_tip_with_a_link_asks_for_links_and_in_one_statement(core: Core) -> None:
    statements: list[str] = []

    def note(connection: Any, cursor: Any, statement: str, *args: Any) -> None:
        statements.append(statement)

    engine = core.db.engine.sync_engine
    event.listen(engine, "before_cursor_execute", note)
    try:
        await receive_tip(core, tip("601", ARMY))
        without_link = list(statements)
        statements.clear()
        await receive_tip(core, tip("602", f"{ARMY} https://example.org/not-a-fact-check"))
        with_link = list(statements)
    finally:
        event.remove(engine, "before_cursor_execute", note)
    assert not [s for s in without_link if "fact_check_link" in s]
    assert len([s for s in with_link if "fact_check_link" in s]) == 1
