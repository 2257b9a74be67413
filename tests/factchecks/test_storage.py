"""Repositories against a real database (each test runs on SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlmodel import select

from factchecks import (
    catalogue,
    delivery_records,
    inbox,
    outbox,
    outbox_claims,
    queue,
    queue_listing,
    requesters,
    tips,
)
from factchecks.database import Database, on_commit
from factchecks.models import InboxUpdate, OutboxStatus, QueueStatus, Tip, TipStatus
from factchecks.records import FactCheckRecord
from factchecks.verdicts import Verdict
from matching import TextRole

RECORD = FactCheckRecord(
    claim="Polling stations will close at noon on election day",
    verdict=Verdict.FALSE,
    url="https://example.org/fc/noon",
    summary="They close at 8 pm as every year.",
    publisher="Desk",
    language="en",
    published_at=datetime(2026, 3, 1, 12, 0, tzinfo=UTC),
    image_hashes=("0f" * 16,),
)


async def test_upsert_creates_then_updates_by_url(db: Database) -> None:
    async with db.transaction() as session:
        first, created = await catalogue.upsert_record(session, RECORD)
    async with db.transaction() as session:
        changed = FactCheckRecord(**{**RECORD.__dict__, "verdict": Verdict.MISLEADING})
        second, updated = await catalogue.upsert_record(session, changed)
    assert (created, updated) == (catalogue.UpsertResult.CREATED, catalogue.UpsertResult.UPDATED)
    assert first.id == second.id
    async with db.session() as session:
        entries = await catalogue.index_entries(session)
        stored = await catalogue.get_fact_check(session, first.id or 0)
    assert stored is not None and stored.verdict == Verdict.MISLEADING
    # the claim is matchable once, not once per import; the picture too
    assert [(text, role) for text, _, role in entries[0].texts] == [(RECORD.claim, TextRole.CLAIM)]
    assert entries[0].fingerprints == ("0f" * 16,)


async def test_timestamps_come_back_aware_utc(db: Database) -> None:
    async with db.transaction() as session:
        fact_check, _ = await catalogue.upsert_record(session, RECORD)
    async with db.session() as session:
        stored = await catalogue.get_fact_check(session, fact_check.id or 0)
        assert stored is not None
        shown = catalogue.view(stored)
    assert shown.published_at == RECORD.published_at
    assert shown.published_at is not None and shown.published_at.tzinfo is not None


async def test_inbox_records_each_update_once(db: Database) -> None:
    assert await inbox.record_update(db, "telegram", "1:100", "{}")
    assert not await inbox.record_update(db, "telegram", "1:100", "{}")
    assert await inbox.record_update(db, "whatsapp", "1:100", "{}")  # ids are per channel
    await inbox.mark_processed(db, "telegram", "1:100")
    [telegram] = await inbox.rows_of(db, "telegram")
    [whatsapp] = await inbox.rows_of(db, "whatsapp")
    assert telegram.processed_at is not None and whatsapp.processed_at is None


async def _voter(db: Database, name: str) -> int:
    async with db.transaction() as session:
        voter = await requesters.upsert_requester(
            session, pseudonym=name * 8, channel="telegram", address=name, language_hint="es"
        )
    return voter.id or 0


def _tip(external_id: str, voter: int, text: str) -> tips.NewTip:
    return tips.NewTip("telegram", external_id, voter, text, None, None, "en", False)


async def test_tip_is_stored_once_per_channel_message(db: Database) -> None:
    voter = await _voter(db, "a")
    async with db.transaction() as session:
        _, created = await tips.store_tip(session, _tip("1:1", voter, "claim"))
    async with db.transaction() as session:
        _, again = await tips.store_tip(session, _tip("1:1", voter, "claim"))
    assert (created, again) == (True, False)


async def test_a_stored_tip_is_what_the_obvious_insert_stores(db: Database) -> None:
    """The one-statement INSERT ... ON CONFLICT against its twin: an ORM object added and
    flushed. Every column but the keys and the time is the same, answered or not."""
    voter = await _voter(db, "a")
    async with db.transaction() as session:
        fact_check, _ = await catalogue.upsert_record(
            session, FactCheckRecord(claim="A claim", verdict=Verdict.FALSE, language="en")
        )
    for n, answer in enumerate((None, (fact_check.id or 0, 0.93))):
        new = tips.NewTip(
            "whatsapp",
            f"fast-{n}",
            voter,
            "Polls close at 8",
            "ab" * 8,
            "image:blurred",
            "en",
            True,
            frequently_forwarded=True,
            answer=answer,
        )
        async with db.transaction() as session:
            fast, created = await tips.store_tip(session, new)
            fast.media_note = "changed"  # the returned row is the session's own
            slow = Tip(
                channel=new.channel,
                external_id=f"slow-{n}",
                requester_id=voter,
                text=new.text,
                fingerprint=new.fingerprint,
                media_note="changed",
                language=new.language,
                forwarded=True,
                frequently_forwarded=True,
                status=TipStatus.RECEIVED if answer is None else TipStatus.ANSWERED,
                fact_check_id=answer[0] if answer else None,
                match_score=answer[1] if answer else None,
            )
            session.add(slow)
        assert created
        async with db.session() as session:
            rows = {
                tip.external_id: tip.model_dump(exclude={"id", "external_id", "received_at"})
                for tip in (await session.exec(select(Tip))).all()
            }
        assert rows[f"fast-{n}"] == rows[f"slow-{n}"]
        assert rows[f"fast-{n}"]["media_note"] == "changed"


async def test_queue_counts_voters_and_lists_most_requested_first(db: Database) -> None:
    alice, bob, carol = await _voter(db, "a"), await _voter(db, "b"), await _voter(db, "c")
    async with db.transaction() as session:
        quiet = await queue.open_item(
            session, claim="quiet", fingerprint=None, language="en", suggested_fact_check_id=None
        )
        loud = await queue.open_item(
            session, claim="loud", fingerprint=None, language="en", suggested_fact_check_id=None
        )
        for n, (voter, item) in enumerate(
            [(alice, quiet), (alice, loud), (alice, loud), (bob, loud), (carol, loud)]
        ):
            tip, _ = await tips.store_tip(session, _tip(f"1:{n}", voter, item.claim))
            await queue.attach_tip(session, item, tip)
    async with db.session() as session:
        lines = await queue_listing.open_items(session)
        voters = await queue.item_requesters(session, loud.id or 0)
    assert [(line.claim, line.request_count) for line in lines] == [("loud", 3), ("quiet", 1)]
    assert sorted(v.id for v in voters) == sorted([alice, bob, carol])


async def test_closing_an_item_closes_its_tips(db: Database) -> None:
    voter = await _voter(db, "a")
    async with db.transaction() as session:
        item = await queue.open_item(
            session, claim="x", fingerprint=None, language=None, suggested_fact_check_id=None
        )
        tip, _ = await tips.store_tip(session, _tip("1:1", voter, "x"))
        await queue.attach_tip(session, item, tip)
        await queue.close_item(
            session, item, status=QueueStatus.DISMISSED, assignee="telegram:1", reason="spam"
        )
    async with db.session() as session:
        assert await queue_listing.open_items(session) == []
        stored = await tips.find_tip(session, "telegram", "1:1")
    assert stored is not None and stored.status == TipStatus.DISMISSED


async def test_outbox_retries_later_and_gives_up_when_told(db: Database) -> None:
    async with db.transaction() as session:
        first = outbox.enqueue(
            session, channel="telegram", address="1", reply='{"hello": 1}', language="es"
        )
        second = outbox.enqueue(session, channel="telegram", address="2", reply='{"bye": 2}')
    due = await outbox.due_messages(db, "telegram")
    assert [(m.reply, m.language) for m in due] == [('{"hello": 1}', "es"), ('{"bye": 2}', None)]
    await outbox.retry_later(db, first.id or 0, 3600, "429")
    await outbox.mark_failed(db, second.id or 0, "blocked")
    assert await outbox.due_messages(db, "telegram") == []
    next_due = await outbox_claims.next_due_at(db, "telegram")
    assert next_due is not None and next_due > datetime.now(UTC) + timedelta(minutes=59)
    async with db.session() as session:
        rows = (await session.exec(select(outbox.OutboxMessage))).all()
    assert {row.status for row in rows} == {OutboxStatus.PENDING, OutboxStatus.FAILED}


async def test_delivery_statuses_never_go_back_and_may_arrive_before_the_send_is_recorded(
    db: Database,
) -> None:
    async with db.transaction() as session:
        message = outbox.enqueue(session, channel="whatsapp", address="447700900123", reply="{}")
    # Meta's "read" overtakes our record of the send; it is kept and applied when we record it.
    assert await delivery_records.record_delivery_status(db, "whatsapp", "wamid.A", "read") is None
    await delivery_records.mark_sent(db, message.id or 0, "wamid.A", channel=message.channel)
    sent = await delivery_records.record_delivery_status(db, "whatsapp", "wamid.A", "delivered")
    assert sent is not None and sent.delivery_status == "read"  # a late "delivered" is older news
    failed = await delivery_records.record_delivery_status(
        db, "whatsapp", "wamid.A", "failed", "131026: x"
    )
    assert failed is not None and failed.delivery_status == "failed"
    assert failed.last_error == "131026: x"


async def test_sends_recorded_together_match_one_record_each(database_url: str) -> None:
    """The slow twin of `delivery_records.mark_sent_all`: sends recorded in one go, some with
    statuses that overtook them (on two channels, one of them failed with an error), leave the
    same rows as one `mark_sent` each; the statuses kept are marked handled either way."""
    early = [
        ("whatsapp", "wamid.1", "read", None),
        ("whatsapp", "wamid.1", "delivered", None),
        ("whatsapp", "wamid.3", "failed", "131026: x"),
        ("telegram", "wamid.1", "delivered", None),  # the same id on another channel
        ("whatsapp", "wamid.9", "read", None),  # a send never recorded here
        ("whatsapp", "tg.4", "read", None),  # the Telegram send's id, on WhatsApp's statuses
    ]
    outcomes = []
    for together in (False, True):
        db = Database(database_url)
        try:
            async with db.transaction() as session:
                messages = [
                    outbox.enqueue(session, channel=channel, address=f"4477009001{n}", reply="{}")
                    for n, channel in enumerate(["whatsapp", "whatsapp", "whatsapp", "telegram"])
                ]
            for channel, platform_id, status, error in early:
                await delivery_records.record_delivery_status(
                    db, channel, platform_id, status, error
                )
            sent = [
                (message.id or 0, platform_id, message.channel)
                for message, platform_id in zip(
                    messages, ["wamid.1", "wamid.2", "wamid.3", "tg.4"], strict=True
                )
            ]
            if together:
                async with db.transaction() as session:
                    assert await delivery_records.mark_sent_all(session, []) == []
                    await delivery_records.mark_sent_all(session, sent)
            else:
                for message_id, platform_id, channel in sent:
                    await delivery_records.mark_sent(db, message_id, platform_id, channel=channel)
            async with db.session() as session:
                rows = (await session.exec(select(outbox.OutboxMessage))).all()
                kept = (await session.exec(select(InboxUpdate))).all()
            outcomes.append(
                (
                    sorted(
                        (row.address, row.status, row.delivery_status, row.last_error)
                        for row in rows
                    ),
                    sorted((row.external_id, row.processed_at is not None) for row in kept),
                )
            )
            async with db.transaction() as session:
                for row in [*rows, *kept]:
                    await session.delete(row)
        finally:
            await db.dispose()
    assert outcomes[0] == outcomes[1]
    statuses = [delivery for _, _, delivery, _ in outcomes[1][0]]
    assert statuses == ["read", "sent", "failed", "sent"]
    waiting = [key for key, handled in outcomes[1][1] if not handled]
    assert waiting == ["tg.4:read", "wamid.1:delivered", "wamid.9:read"]  # none of theirs


async def test_on_commit_runs_after_commit_only(db: Database) -> None:
    ran: list[str] = []
    async with db.transaction() as session:
        on_commit(session, lambda: ran.append("committed"))
        assert ran == []
    try:
        async with db.transaction() as session:
            on_commit(session, lambda: ran.append("rolled back"))
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    assert ran == ["committed"]
