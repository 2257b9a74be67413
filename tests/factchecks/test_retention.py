"""Retention on SQLite and PostgreSQL: a synthetic week of tips, then the clock jumped past each
retention period. What expired is gone, the trend report's figures are the same to the digit
(fast and slow way, with and without a region filter), and a dry run changes nothing."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import text
from sqlmodel import col, select

from benchmarks.report_data import write_synthetic_period
from factchecks import outbox
from factchecks.database import Database
from factchecks.models import OutboxMessage, OutboxStatus, PurgeRun, Requester, Tip
from factchecks.picture_copies import PictureCopy
from factchecks.reports.figures import TipFilter
from factchecks.reports.period import ReportPeriod, week_period
from factchecks.reports.reference_figures import reference_figures
from factchecks.reports.sql_figures import sql_figures
from factchecks.retention import EXPIRED_TEXT, ExpiryKind, RetentionPolicy, purge
from factchecks.tip_pictures import TipPicture, add_pictures

POLICY = RetentionPolicy(media_days=30, address_days=90, tip_text_days=365)
DESK = "-100"  # the desk's group chat: not a voter, its sent messages expire by age only
REGIONS = TipFilter(regions=frozenset({"NG", "US", "BR"}))


async def _figures(db: Database, period: ReportPeriod) -> list[Any]:
    return [
        await sql_figures(db, period, top=10),
        await reference_figures(db, period, top=10),
        await sql_figures(db, period, top=10, scope=REGIONS),
        await reference_figures(db, period, top=10, scope=REGIONS),
    ]


async def _snapshot(db: Database) -> list[Any]:
    async with db.session() as session:
        return [
            sorted(
                (r.id, r.address, r.calling_code, r.pseudonym)
                for r in (await session.exec(select(Requester))).all()
            ),
            sorted(
                (t.id, t.text, t.image_text, t.text_expired_at)
                for t in (await session.exec(select(Tip))).all()
            ),
            sorted((m.id, m.status) for m in (await session.exec(select(OutboxMessage))).all()),
        ]


async def _week_with_messages(db: Database) -> tuple[ReportPeriod, datetime]:
    """A synthetic week (voters last wrote 30 days before it) with texts in every tip, and
    outbox rows: a pending and a held one to voters, sent ones to a voter and to the desk."""
    period = week_period("2026-W10", "UTC")
    await write_synthetic_period(db, period, tips=600, seed=4)
    async with db.transaction() as session:
        await session.exec(text("UPDATE tip SET text = 'I was told to vote by SMS, tip ' || id"))
        voters = (await session.exec(select(Requester).order_by(col(Requester.id)))).all()
        for voter in voters[:3]:
            assert voter.address is not None
            outbox.enqueue(session, channel=voter.channel, address=voter.address, reply="{}")
        await session.flush()
        rows = (await session.exec(select(OutboxMessage).order_by(col(OutboxMessage.id)))).all()
        rows[1].status = OutboxStatus.HELD
        rows[2].status = OutboxStatus.SENT
        desk = outbox.enqueue(session, channel="telegram", address=DESK, reply="{}")
        desk.status = OutboxStatus.SENT
        desk.created_at = period.start_utc
    return period, period.end_utc


async def test_a_dry_run_counts_what_a_purge_removes_and_changes_nothing(db: Database) -> None:
    period, end = await _week_with_messages(db)
    figures = await _figures(db, period)
    before = await _snapshot(db)

    # Before any period is over, nothing would go.
    soon = await purge(db, POLICY, end + timedelta(days=1), dry_run=True)
    assert set(soon) == set(ExpiryKind) and not any(soon.values())

    later = end + timedelta(days=400)  # past every retention period
    counts = await purge(db, POLICY, later, dry_run=True)
    assert await _snapshot(db) == before  # nothing changed
    async with db.session() as session:
        assert not (await session.exec(select(PurgeRun))).all()  # and no run recorded
        requesters = len((await session.exec(select(Requester))).all())
        tips = (await session.exec(select(Tip))).all()
    assert counts[ExpiryKind.REPLY_ADDRESSES] == requesters
    assert counts[ExpiryKind.MESSAGES_TO_EXPIRED_ADDRESSES] == 3  # pending, held, sent
    assert counts[ExpiryKind.OLD_SENT_MESSAGES] == 1  # the desk's
    attached = [t for t in tips if t.fact_check_id is not None]
    assert 0 < len(attached) < len(tips)
    assert counts[ExpiryKind.TIP_TEXTS] == len(tips) - len(attached)

    assert await purge(db, POLICY, later) == counts  # the real pass does what was announced
    assert await _figures(db, period) == figures
    assert not any((await purge(db, POLICY, later, dry_run=True)).values())


async def test_after_the_retention_periods_addresses_and_texts_are_gone_and_figures_unchanged(
    db: Database,
) -> None:
    period, end = await _week_with_messages(db)
    figures = await _figures(db, period)
    async with db.session() as session:
        whatsapp = {
            r.id: r.address
            for r in (await session.exec(select(Requester))).all()
            if r.channel == "whatsapp"
        }

    # 100 days on: addresses and the messages to them went; tip texts (365 days) stay.
    counts = await purge(db, POLICY, end + timedelta(days=100))
    assert counts[ExpiryKind.REPLY_ADDRESSES] > 0 and counts[ExpiryKind.TIP_TEXTS] == 0
    async with db.session() as session:
        voters = (await session.exec(select(Requester))).all()
        assert all(voter.address is None for voter in voters)  # nobody can be reached
        for voter in voters:  # only the country stays, for the reports' regions
            if voter.channel == "whatsapp":
                number = whatsapp[voter.id]
                assert voter.calling_code and number.startswith(voter.calling_code)
                assert voter.calling_code != number
            else:
                assert voter.calling_code is None
        assert not (await session.exec(select(OutboxMessage))).all()
        tips = (await session.exec(select(Tip))).all()
        assert all(tip.text.startswith("I was told") for tip in tips)
    assert await _figures(db, period) == figures

    # 400 days on: the texts of tips not attached to a published fact-check went too.
    counts = await purge(db, POLICY, end + timedelta(days=400))
    assert counts[ExpiryKind.TIP_TEXTS] > 0
    async with db.session() as session:
        tips = (await session.exec(select(Tip))).all()
        items = {
            row[0]: row[1]
            for row in (await session.exec(text("SELECT id, fact_check_id FROM queue_item"))).all()
        }
    for tip in tips:
        published = tip.fact_check_id is not None or items.get(tip.queue_item_id) is not None
        if published:
            assert tip.text.startswith("I was told") and tip.text_expired_at is None
        else:
            assert tip.text == "" and tip.text_expired_at is not None
            assert tip.image_text in (None, EXPIRED_TEXT)
    assert await _figures(db, period) == figures


async def test_pictures_kept_for_the_desk_go_after_the_media_period(db: Database) -> None:
    period, end = await _week_with_messages(db)
    figures = await _figures(db, period)
    async with db.transaction() as session:
        tip_ids = [t.id or 0 for t in (await session.exec(select(Tip).limit(2))).all()]
        for tip_id in tip_ids:
            add_pictures(session, tip_id, [PictureCopy(b"\x89PNG not really", "image/png")])
        await session.flush()
        for picture in (await session.exec(select(TipPicture))).all():
            picture.created_at = end  # stored at the end of the week
            session.add(picture)

    def pictures_gone(counts: dict[ExpiryKind, int]) -> int:
        return counts[ExpiryKind.MEDIA]

    assert pictures_gone(await purge(db, POLICY, end + timedelta(days=29))) == 0
    assert pictures_gone(await purge(db, POLICY, end + timedelta(days=31), dry_run=True)) == 2
    async with db.session() as session:
        assert len((await session.exec(select(TipPicture))).all()) == 2  # a dry run keeps them
    assert pictures_gone(await purge(db, POLICY, end + timedelta(days=31))) == 2
    async with db.session() as session:
        assert not (await session.exec(select(TipPicture))).all()
    assert await _figures(db, period) == figures  # the tips, their fingerprints, still counted
