"""The outbox's fair page, claims and crash recovery, on SQLite and PostgreSQL.

`due_per_chat` (one SQL statement) is compared with `slow_due_per_chat`, plain Python over every
row, on seeded random outboxes; claims and "maybe sent" recovery are checked as a voter would
notice them (a reply sent once, a chat written to no faster than its gap).
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from factchecks import delivery_records, outbox, outbox_claims
from factchecks.database import Database
from factchecks.models import OutboxMessage, OutboxStatus

NOW = datetime(2026, 11, 3, 12, 0, tzinfo=UTC)
GAP_S = 6.0


def slow_due_per_chat(
    rows: list[OutboxMessage], channel: str, gap_s: float, now: datetime, limit: int
) -> list[int]:
    """The obvious twin: for each chat, skip it if it was written to within the gap or has a
    message in flight, else take its oldest due message; longest-waiting chat first."""
    chats: dict[str, list[OutboxMessage]] = {}
    for row in rows:
        if row.channel == channel:
            chats.setdefault(row.address, []).append(row)
    chosen = []
    for chat_rows in chats.values():
        busy = any(
            row.status == OutboxStatus.SENDING
            or (
                row.attempted_at is not None
                and _aware(row.attempted_at) > now - timedelta(seconds=gap_s)
            )
            for row in chat_rows
        )
        due = [
            row.id or 0
            for row in chat_rows
            if row.status == OutboxStatus.PENDING and _aware(row.next_attempt_at) <= now
        ]
        if due and not busy:
            chosen.append(min(due))
    return sorted(chosen)[:limit]


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


async def _add(db: Database, rows: list[OutboxMessage]) -> None:
    async with db.transaction() as session:
        session.add_all(rows)


async def _all_rows(db: Database) -> list[OutboxMessage]:
    async with db.session() as session:
        return list((await session.exec(select(OutboxMessage))).all())


def _row(
    address: str,
    *,
    channel: str = "whatsapp",
    status: OutboxStatus = OutboxStatus.PENDING,
    due_in_s: float = -1.0,
    attempted_s_ago: float | None = None,
) -> OutboxMessage:
    return OutboxMessage(
        channel=channel,
        address=address,
        reply="{}",
        status=status,
        next_attempt_at=NOW + timedelta(seconds=due_in_s),
        attempted_at=None if attempted_s_ago is None else NOW - timedelta(seconds=attempted_s_ago),
    )


async def test_a_flooders_backlog_takes_one_place_on_the_page(db: Database) -> None:
    await _add(db, [_row("flooder") for _ in range(300)])
    await _add(db, [_row(f"voter{n}") for n in range(30)])
    page = await outbox_claims.due_per_chat(db, "whatsapp", GAP_S, limit=100, now=NOW)
    # The old page (the 100 oldest rows) held only the flooder's messages.
    assert len(page) == 31
    assert [m.address for m in page] == ["flooder"] + [f"voter{n}" for n in range(30)]


async def test_the_page_agrees_with_its_slow_twin_on_random_outboxes(db: Database) -> None:
    rng = random.Random(20261103)
    for round_ in range(4):
        rows = []
        for _ in range(rng.randint(20, 120)):
            status = rng.choice(list(OutboxStatus))
            rows.append(
                _row(
                    f"chat{rng.randint(0, 25)}",
                    channel=rng.choice(["whatsapp", "telegram"]),
                    status=status,
                    due_in_s=rng.uniform(-60, 60),
                    attempted_s_ago=rng.choice([None, rng.uniform(0, 20)]),
                )
            )
        await _add(db, rows)
        stored = await _all_rows(db)
        for channel in ("whatsapp", "telegram"):
            for gap_s in (0.0, 1.0, GAP_S):
                for limit in (3, 100):
                    fast = await outbox_claims.due_per_chat(
                        db, channel, gap_s, limit=limit, now=NOW
                    )
                    slow = slow_due_per_chat(stored, channel, gap_s, NOW, limit)
                    assert [m.id for m in fast] == slow, (round_, channel, gap_s, limit)


async def test_next_due_time_is_the_first_retry_or_the_first_chat_free_again(
    db: Database,
) -> None:
    assert await outbox_claims.next_due_at(db, "whatsapp", GAP_S, now=NOW) is None
    await _add(db, [_row("a", due_in_s=300)])
    assert await outbox_claims.next_due_at(db, "whatsapp", GAP_S, now=NOW) == NOW + timedelta(
        seconds=300
    )
    # A due message whose chat was written to 2 s ago: free again in 4 s.
    await _add(db, [_row("b", status=OutboxStatus.SENT, attempted_s_ago=2), _row("b")])
    assert await outbox_claims.next_due_at(db, "whatsapp", GAP_S, now=NOW) == NOW + timedelta(
        seconds=4
    )
    # A due message to a chat never written to: now.
    await _add(db, [_row("c")])
    assert await outbox_claims.next_due_at(db, "whatsapp", GAP_S, now=NOW) == NOW


async def test_a_message_is_claimed_once_and_its_chat_keeps_its_gap(db: Database) -> None:
    await _add(db, [_row("a"), _row("a"), _row("b")])
    first_a, b = await outbox_claims.due_per_chat(db, "whatsapp", GAP_S, now=NOW)
    assert await outbox_claims.claim(db, first_a, GAP_S, now=NOW)
    assert not await outbox_claims.claim(db, first_a, GAP_S, now=NOW)  # a second worker loses
    assert await outbox_claims.claim(db, b, GAP_S, now=NOW)  # another chat is not held up
    await delivery_records.mark_sent(db, first_a.id, "wamid.1", channel=first_a.channel)
    # The chat's second message: not within the gap, whoever asks; once the gap has passed, yes.
    later = NOW + timedelta(seconds=GAP_S - 0.5)
    assert [
        m.address for m in await outbox_claims.due_per_chat(db, "whatsapp", GAP_S, now=later)
    ] == []
    [second_a] = [
        outbox.pending(row)
        for row in await _all_rows(db)
        if row.address == "a" and row.status == OutboxStatus.PENDING
    ]
    assert not await outbox_claims.claim(db, second_a, GAP_S, now=later)
    after_gap = NOW + timedelta(seconds=GAP_S + 0.5)
    assert await outbox_claims.claim(db, second_a, GAP_S, now=after_gap)


@pytest.mark.parametrize("minutes_later", [0.5, 2.0])
async def test_a_message_left_sending_by_a_dead_worker_is_sent_again_after_the_lease(
    db: Database, minutes_later: float
) -> None:
    await _add(db, [_row("a")])
    [message] = await outbox_claims.due_per_chat(db, "whatsapp", GAP_S, now=NOW)
    assert await outbox_claims.claim(db, message, GAP_S, now=NOW)
    # The worker dies here: no record of what the platform did.
    now = NOW + timedelta(minutes=minutes_later)
    recovered = await outbox_claims.recover_stale_sends(db, now=now)
    [row] = await _all_rows(db)
    if timedelta(minutes=minutes_later) <= outbox_claims.SENDING_LEASE:
        assert recovered == 0 and row.status == OutboxStatus.SENDING  # maybe still under way
        assert await outbox_claims.due_per_chat(db, "whatsapp", GAP_S, now=now) == []
    else:
        assert recovered == 1 and row.status == OutboxStatus.PENDING
        assert row.last_error == outbox_claims.MAYBE_SENT and row.attempts == 1
        [again] = await outbox_claims.due_per_chat(db, "whatsapp", GAP_S, now=now)
        assert again.id == message.id


async def test_a_message_that_keeps_stopping_its_worker_is_given_up_on(db: Database) -> None:
    poison = _row("a", status=OutboxStatus.SENDING, attempted_s_ago=120)
    poison.attempts = 24
    survivor = _row("b", status=OutboxStatus.SENDING, attempted_s_ago=120)
    await _add(db, [poison, survivor])
    assert await outbox_claims.recover_stale_sends(db, now=NOW, max_attempts=25) == 1
    statuses = {row.address: (row.status, row.attempts) for row in await _all_rows(db)}
    assert statuses == {"a": (OutboxStatus.FAILED, 25), "b": (OutboxStatus.PENDING, 1)}


async def test_the_backlog_counts_waiting_messages_and_the_oldest_ones_age(db: Database) -> None:
    assert await outbox.outbox_backlog(db, now=NOW) == (0, 0.0)
    old = _row("a", status=OutboxStatus.SENDING)
    old.created_at = NOW - timedelta(seconds=90)
    done = _row("b", status=OutboxStatus.SENT)
    done.created_at = NOW - timedelta(hours=5)
    fresh = _row("c")
    fresh.created_at = NOW - timedelta(seconds=3)
    await _add(db, [old, done, fresh, _row("d", status=OutboxStatus.HELD)])
    assert await outbox.outbox_backlog(db, now=NOW) == (2, 90.0)


def slow_claims(
    rows: list[OutboxMessage], asked: list[tuple[outbox.PendingMessage, float]], now: datetime
) -> list[bool]:
    """The obvious twin of `claim_all_in`: each message in the order asked, claimed when it is
    still pending and its chat is neither in flight nor written to within its gap (a claim
    made earlier in the list counts)."""
    state = {row.id: (row.channel, row.address, row.status, row.attempted_at) for row in rows}
    claimed = []
    for message, gap_s in asked:
        channel, address, status, _ = state[message.id]
        busy = any(
            (c, a) == (channel, address)
            and (
                s == OutboxStatus.SENDING
                or (t is not None and _aware(t) > now - timedelta(seconds=gap_s))
            )
            for c, a, s, t in state.values()
        )
        ok = status == OutboxStatus.PENDING and not busy
        if ok:
            state[message.id] = (channel, address, OutboxStatus.SENDING, now)
        claimed.append(ok)
    return claimed


async def test_claims_asked_together_agree_with_their_slow_twin(db: Database) -> None:
    """One statement claims the first message asked of each chat: messages of one chat asked
    together, messages already taken, chats in flight or written to within their gap, two
    gaps in one batch: every outcome is the one of claiming them one by one."""
    rng = random.Random(20261207)
    for round_ in range(6):
        rows = [
            _row(
                f"chat{rng.randint(0, 12)}",
                status=rng.choice([OutboxStatus.PENDING] * 3 + list(OutboxStatus)),
                attempted_s_ago=rng.choice([None, None, rng.uniform(0, 20)]),
            )
            for _ in range(rng.randint(10, 40))
        ]
        await _add(db, rows)
        stored = [row for row in await _all_rows(db) if row.id in {r.id for r in rows}]
        asked = [
            (outbox.pending(row), rng.choice([GAP_S, 1.0]))
            for row in rng.sample(stored, rng.randint(1, len(stored)))
        ]
        expected = slow_claims(stored, asked, NOW)
        async with db.transaction() as session:
            assert await outbox_claims.claim_all_in(session, asked, NOW) == expected, round_
        assert any(expected) and not all(expected)
        async with db.transaction() as session:  # next round: a fresh outbox
            for row in await session.exec(select(OutboxMessage)):
                await session.delete(row)
