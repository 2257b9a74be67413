"""A queue item's held-back suggestion, as stored: the contradiction guard's kind and words (the
desk reads them in its own language) travel with the suggestion when items are merged or split,
and an item stored before they were keeps its English reason. Each test runs on SQLite and
PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks import catalogue, erasure, queue, queue_listing, requesters, tips
from factchecks.database import Database
from factchecks.models import QueueItem, QueueStatus
from factchecks.records import FactCheckRecord
from factchecks.verdicts import Verdict
from matching.conflicts import Conflict, ConflictKind

NOON = FactCheckRecord(
    claim="Polling stations will close at noon on election day",
    verdict=Verdict.FALSE,
    url="https://example.org/fc/noon",
    summary="They close at 8 pm as every year.",
    publisher="Desk",
    language="en",
    published_at=datetime(2026, 3, 1, 12, 0, tzinfo=UTC),
)
HELD = Conflict(ConflictKind.NUMBER, "3pm", "noon")


async def _fact_check(db: Database) -> int:
    async with db.transaction() as session:
        fact_check, _ = await catalogue.upsert_record(session, NOON)
    return fact_check.id or 0


async def _item_with_tips(
    session: AsyncSession,
    claim: str,
    count: int,
    suggested: int | None = None,
    conflict: Conflict | None = None,
    score: float | None = None,
) -> QueueItem:
    """An open item with `count` tips, each from its own voter."""
    item = await queue.open_item(
        session,
        claim=claim,
        fingerprint=None,
        language="en",
        suggested_fact_check_id=suggested,
        suggestion_conflict=conflict,
        suggestion_score=score,
    )
    for n in range(count):
        name = f"{claim[:6]}{n}"
        voter = await requesters.upsert_requester(
            session, pseudonym=name * 4, channel="telegram", address=name, language_hint="en"
        )
        new = tips.NewTip("telegram", f"{name}:1", voter.id or 0, claim, None, None, "en", False)
        tip, _ = await tips.store_tip(session, new)
        await queue.attach_tip(session, item, tip)
    return item


def _suggestion(item: QueueItem) -> tuple[object, ...]:
    return (
        item.suggested_fact_check_id,
        item.suggestion_score,
        item.suggestion_conflict,
        item.suggestion_message_value,
        item.suggestion_claim_value,
        item.suggestion_reason,
    )


async def test_a_held_suggestion_is_stored_as_its_kind_and_words(db: Database) -> None:
    noon = await _fact_check(db)
    async with db.transaction() as session:
        item = await _item_with_tips(session, "Polling stations close at 3pm", 1, noon, HELD, 0.8)
        unsuggested = await _item_with_tips(session, "other", 1, None, HELD)
    async with db.session() as session:
        stored = await queue.get_item(session, item.id or 0)
        bare = await queue.get_item(session, unsuggested.id or 0)
    assert stored is not None and bare is not None
    assert _suggestion(stored) == (
        noon,
        0.8,
        ConflictKind.NUMBER,
        "3pm",
        "noon",
        "number differs: 3pm vs noon",
    )
    assert queue_listing.held_back_by(stored) == HELD
    # No suggestion, nothing held back: a finding without its fact-check means nothing.
    assert _suggestion(bare) == (None, None, None, None, None, None)


async def test_merging_and_splitting_carry_the_guards_finding_with_the_suggestion(
    db: Database,
) -> None:
    noon = await _fact_check(db)
    async with db.transaction() as session:
        held = await _item_with_tips(session, "Polling stations close at 3pm", 2, noon, HELD, 0.8)
        keep = await _item_with_tips(session, "Polling stations shut at 3pm", 1)
        moved = await queue.merge_into(session, keep, held)
        new = await queue.split_off(session, keep, moved[0])
    async with db.session() as session:
        kept = await queue.get_item(session, keep.id or 0)
        split = await queue.get_item(session, new.id or 0)
        lines = {line.id: line for line in await queue_listing.open_items(session)}
    assert kept is not None and split is not None
    expected = (noon, 0.8, ConflictKind.NUMBER, "3pm", "noon", "number differs: 3pm vs noon")
    assert _suggestion(kept) == expected
    assert _suggestion(split) == expected
    assert lines[kept.id or 0].suggestion_conflict == HELD
    assert lines[split.id or 0].suggestion_conflict == HELD


async def test_an_item_stored_before_findings_were_keeps_its_english_reason(db: Database) -> None:
    noon = await _fact_check(db)
    async with db.transaction() as session:
        older = QueueItem(
            status=QueueStatus.OPEN,
            claim="Polling stations close at 3pm",
            suggested_fact_check_id=noon,
            suggestion_reason="number differs: 3pm vs noon",
        )
        session.add(older)
        await session.flush()
        keep = await _item_with_tips(session, "x", 1)
        await queue.merge_into(session, keep, older)
    async with db.session() as session:
        [line] = await queue_listing.open_items(session)
    assert (line.id, line.suggested_fact_check_id) == (keep.id, noon)
    assert (line.suggestion_conflict, line.suggestion_reason) == (
        None,
        "number differs: 3pm vs noon",
    )


async def test_forgetting_the_voter_erases_the_words_the_guard_quoted(db: Database) -> None:
    """/forget: the item's claim was the voter's text, and so is the finding's message side."""
    noon = await _fact_check(db)
    async with db.transaction() as session:
        item = await _item_with_tips(session, "Polling stations close at 3pm", 1, noon, HELD, 0.8)
        legacy = await _item_with_tips(session, "Polls shut at 3pm sharp", 1, noon)
        legacy.suggestion_reason = "number differs: 3pm vs noon"  # stored before 0017
        session.add(legacy)
    for claim in ("Polling stations close at 3pm", "Polls shut at 3pm sharp"):
        async with db.transaction() as session:
            voter = await requesters.find_by_pseudonym(session, f"{claim[:6]}0" * 4)
            assert voter is not None
            await erasure.erase_voter(session, voter)
    async with db.session() as session:
        kept = await session.get(QueueItem, item.id)
        old = await session.get(QueueItem, legacy.id)
    assert kept is not None and old is not None
    assert kept.claim == erasure.ERASED
    assert _suggestion(kept) == (noon, 0.8, ConflictKind.NUMBER, erasure.ERASED, "noon", None)
    assert old.suggestion_reason == erasure.ERASED
