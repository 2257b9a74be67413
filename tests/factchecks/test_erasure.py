"""Erasing a voter (`/forget`): what goes, what stays counted, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from sqlmodel import select

from factchecks import erasure, queue, queue_listing
from factchecks.database import Database
from factchecks.erasure import ERASED, erase_farewell, erase_voter
from factchecks.models import (
    ConversationState,
    FactCheck,
    OutboxMessage,
    OutboxStatus,
    QueueItem,
    QueueStatus,
    Requester,
    Tip,
    TipStatus,
    VerifyAttempt,
)
from factchecks.reports.figures import ReportFigures
from factchecks.reports.period import range_period
from factchecks.reports.reference_figures import reference_figures
from factchecks.reports.sql_figures import sql_figures
from factchecks.verdicts import Verdict

NUMBER = "2348031234987"  # +234: Nigeria
OTHER = "447700900123"
FINGERPRINT = "f0e1d2c3b4a59687"


async def _voter(db: Database, pseudonym: str, address: str) -> int:
    async with db.transaction() as session:
        requester = Requester(
            pseudonym=pseudonym, channel="whatsapp", address=address, language="ha"
        )
        session.add(requester)
        await session.flush()
        return requester.id or 0


async def _scene(db: Database) -> dict[str, int]:
    """A voter with a screenshot in an open item, a text answered by a fact-check, a picture in
    an item the desk answered, messages in every outbox state and a /verify attempt; another
    voter in the open item."""
    voter = await _voter(db, "p-voter", NUMBER)
    other = await _voter(db, "p-other", OTHER)
    async with db.transaction() as session:
        fact_check = FactCheck(claim="Ink is poison", verdict=Verdict.FALSE)
        session.add(fact_check)
        await session.flush()
        open_item = QueueItem(
            status=QueueStatus.OPEN, claim="Ballots burnt in Kano", fingerprint=FINGERPRINT
        )
        published = QueueItem(
            status=QueueStatus.ANSWERED,
            claim="Soldiers at polling stations",
            fact_check_id=fact_check.id,
        )
        session.add_all([open_item, published])
        await session.flush()
        tips = [
            Tip(
                channel="whatsapp",
                external_id="wamid.1",
                requester_id=voter,
                text="Ballots burnt in Kano",
                image_text="BREAKING ballots burnt",
                fingerprint=FINGERPRINT,
                status=TipStatus.QUEUED,
                queue_item_id=open_item.id,
                language="en",
            ),
            Tip(
                channel="whatsapp",
                external_id="wamid.2",
                requester_id=voter,
                text="Ink is poison!!",
                status=TipStatus.ANSWERED,
                fact_check_id=fact_check.id,
                language="en",
            ),
            Tip(
                channel="whatsapp",
                external_id="wamid.3",
                requester_id=voter,
                text="Soldiers at polling stations",
                fingerprint="00ff00ff00ff00ff",
                status=TipStatus.QUEUED,
                queue_item_id=published.id,
                fact_check_id=fact_check.id,
            ),
            Tip(
                channel="whatsapp",
                external_id="wamid.4",
                requester_id=other,
                text="ballots were burnt in kano today",
                status=TipStatus.QUEUED,
                queue_item_id=open_item.id,
                language="en",
            ),
        ]
        session.add_all(tips)
        for status in OutboxStatus:
            session.add(
                OutboxMessage(channel="whatsapp", address=NUMBER, reply="{}", status=status)
            )
        session.add(OutboxMessage(channel="whatsapp", address=OTHER, reply="{}", status="pending"))
        session.add(VerifyAttempt(requester_id=voter))
        await session.flush()
        return {
            "voter": voter,
            "other": other,
            "open": open_item.id or 0,
            "published": published.id or 0,
        }


def _blank(figures: ReportFigures) -> ReportFigures:
    return replace(figures, claims=tuple(replace(c, text="") for c in figures.claims))


async def _figures(db: Database) -> tuple[ReportFigures, ReportFigures]:
    today = datetime.now(UTC).date().isoformat()
    period = range_period(today, today, "UTC")
    return _blank(await sql_figures(db, period)), _blank(await reference_figures(db, period))


async def test_erasure_keeps_every_count_and_drops_what_names_or_quotes_the_voter(
    db: Database,
) -> None:
    ids = await _scene(db)
    before = await _figures(db)
    async with db.transaction() as session:
        requester = await session.get(Requester, ids["voter"])
        assert requester is not None
        erased = await erase_voter(session, requester)
    assert erased.tips == 3 and erased.queue_items == 1
    assert erased.outbox_messages == len(OutboxStatus) - 1  # not the one being sent now

    after = await _figures(db)
    assert after == before  # media types, regions, voters, outcomes: all unchanged
    assert after[0] == after[1]  # the database's figures are the slow twin's
    async with db.session() as session:
        voter = await session.get(Requester, ids["voter"])
        assert voter is not None
        assert voter.pseudonym.startswith("erased:") and voter.address is None
        assert voter.calling_code == "234"  # the region, not the number
        assert voter.language is None and voter.state == ConversationState.FORGOTTEN
        tips = (await session.exec(select(Tip).where(Tip.requester_id == ids["voter"]))).all()
        assert {tip.text for tip in tips} == {""}
        assert [tip.image_text for tip in tips] == [ERASED, None, None]
        assert [tip.fingerprint for tip in tips] == [ERASED, None, ERASED]
        assert all(tip.external_id == f"erased:{tip.id}" for tip in tips)
        open_item = await session.get(QueueItem, ids["open"])
        published = await session.get(QueueItem, ids["published"])
        assert open_item is not None and published is not None
        assert open_item.claim == "ballots were burnt in kano today"  # the other voter's
        assert open_item.fingerprint == ERASED  # nobody else sent the picture
        assert published.claim == "Soldiers at polling stations"  # part of a fact-check
        outbox = (await session.exec(select(OutboxMessage))).all()
        assert sorted((m.address, m.status) for m in outbox) == [
            (NUMBER, OutboxStatus.SENDING),
            (OTHER, OutboxStatus.PENDING),
        ]
        assert (await session.exec(select(VerifyAttempt))).all() == []
        # Never notified again, never matched on an erased fingerprint.
        assert [r.id for r in await queue.item_requesters(session, ids["open"])] == [ids["other"]]
        keys = await queue_listing.open_item_keys(session)
        assert (ids["open"], "", None) in keys


async def test_the_farewell_takes_the_rows_before_it_and_leaves_later_ones(db: Database) -> None:
    async with db.transaction() as session:
        rows = [
            OutboxMessage(channel="telegram", address="61", reply="{}", status=status)
            for status in (OutboxStatus.SENT, OutboxStatus.SENT, OutboxStatus.PENDING)
        ]
        session.add_all(rows)
        await session.flush()
        farewell_id, later_id = rows[1].id or 0, rows[2].id or 0
    assert await erase_farewell(db, farewell_id) == 2
    async with db.session() as session:
        assert [m.id for m in (await session.exec(select(OutboxMessage))).all()] == [later_id]
    assert await erase_farewell(db, farewell_id) == 0  # gone already


def test_an_erased_value_is_never_matched_nor_taught() -> None:
    assert erasure.unerased(ERASED) is None and erasure.unerased(FINGERPRINT) == FINGERPRINT
