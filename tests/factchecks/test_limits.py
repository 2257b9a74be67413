"""The tip limit against its slow twin (plain Python over every tip), on SQLite and PostgreSQL."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from factchecks import requesters
from factchecks.database import Database
from factchecks.limits import DAY, MINUTE, LimitReached, TipLimits, check_tip_limit
from factchecks.models import Tip, TipStatus

NOW = datetime(2026, 11, 3, 12, 0, tzinfo=UTC)


def slow_tip_limit(
    history: list[tuple[datetime, TipStatus]], limits: TipLimits, now: datetime
) -> LimitReached | None:
    """The obvious twin: count the accepted tips in each window; over a limit, the voter may
    send again once the oldest of the latest `count` leaves it; told when a rate-limited tip
    came at or after their last accepted one."""
    accepted = sorted(
        (at for at, status in history if status != TipStatus.RATE_LIMITED), reverse=True
    )
    until = None
    for count, window in ((limits.per_minute, MINUTE), (limits.per_day, DAY)):
        in_window = [at for at in accepted if at > now - window]
        if count > 0 and len(in_window) >= count:
            free_at = in_window[count - 1] + window
            until = free_at if until is None else max(until, free_at)
    if until is None:
        return None
    told = any(status == TipStatus.RATE_LIMITED and at >= accepted[0] for at, status in history)
    return LimitReached(until=max(until, now), told=told)


async def _voter(db: Database, name: str) -> int:
    async with db.transaction() as session:
        requester = await requesters.upsert_requester(
            session, pseudonym=name, channel="whatsapp", address=name, language_hint=None
        )
        return requester.id or 0


async def test_the_limit_agrees_with_its_slow_twin_on_random_histories(db: Database) -> None:
    rng = random.Random(1103)
    limits = TipLimits(per_minute=5, per_day=12)
    outcomes: set[str] = set()
    for case in range(40):
        requester_id = await _voter(db, f"voter{case}")
        history = []
        for _ in range(rng.randint(0, 25)):
            # Bursts near now and tips spread over the last two days.
            ago = rng.choice([rng.uniform(0, 90), rng.uniform(0, 2 * 86_400)])
            status = rng.choice([TipStatus.ANSWERED, TipStatus.QUEUED, TipStatus.RATE_LIMITED])
            history.append((NOW - timedelta(seconds=ago), status))
        async with db.transaction() as session:
            for n, (at, status) in enumerate(history):
                session.add(
                    Tip(
                        channel="whatsapp",
                        external_id=f"{case}:{n}",
                        requester_id=requester_id,
                        status=status,
                        received_at=at,
                    )
                )
        async with db.session() as session:
            fast = await check_tip_limit(session, requester_id, limits, NOW)
        slow = slow_tip_limit(history, limits, NOW)
        outcomes.add("under" if slow is None else "told" if slow.told else "to tell")
        assert (fast is None) == (slow is None), (case, fast, slow)
        if fast is not None and slow is not None:
            assert fast.told == slow.told, case
            if not fast.told:  # when told already, nobody needs the time
                assert abs((fast.until - slow.until).total_seconds()) < 1e-3, case
    assert outcomes == {"under", "told", "to tell"}  # the histories cover every case


async def test_no_limit_when_set_to_zero(db: Database) -> None:
    requester_id = await _voter(db, "busy")
    async with db.transaction() as session:
        for n in range(30):
            session.add(
                Tip(
                    channel="whatsapp",
                    external_id=f"busy:{n}",
                    requester_id=requester_id,
                    status=TipStatus.QUEUED,
                    received_at=NOW - timedelta(seconds=n),
                )
            )
    async with db.session() as session:
        assert await check_tip_limit(session, requester_id, TipLimits(0, 0), NOW) is None
        over = await check_tip_limit(session, requester_id, TipLimits(20, 0), NOW)
    # The 20th latest tip came 19 s ago: room again in 41 s.
    assert over == LimitReached(until=NOW + timedelta(seconds=41), told=False)
