"""Voters found or created under their pseudonym (SQLite and PostgreSQL): the one-statement
upsert against the obvious twin, a SELECT followed by an INSERT or an UPDATE."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks import requesters
from factchecks.clock import utc_now
from factchecks.database import Database
from factchecks.models import ConversationState, Requester


@dataclass(frozen=True)
class Visit:
    """One message: who wrote, from where, with which hints."""

    who: str
    address: str
    language_hint: str | None
    region_language: str | None = None


VISITS = (
    Visit("ana", "+5511", "pt"),
    Visit("ben", "42", None, "es"),
    Visit("ana", "+5511", None),  # no hint this time: the stored one stays
    Visit("ana", "+5522", "", ""),  # a new number, empty hints: both stay
    Visit("ben", "42", "fr", None),  # a hint now; the region stays
    Visit("ana", "+5522", "es", "pt"),
    Visit("cat", "7", "", None),  # first contact with an empty hint: stored as sent
)


async def _twin(session: AsyncSession, pseudonym: str, visit: Visit) -> Requester:
    """The obvious way: look the voter up, then create or refresh the row."""
    found = (
        await session.exec(select(Requester).where(col(Requester.pseudonym) == pseudonym))
    ).first()
    now = utc_now()
    if found is None:
        found = Requester(
            pseudonym=pseudonym,
            channel="whatsapp",
            address=visit.address,
            language_hint=visit.language_hint,
            region_language=visit.region_language,
            created_at=now,
            last_inbound_at=now,
        )
    else:
        found.address = visit.address
        found.language_hint = visit.language_hint or found.language_hint
        found.region_language = visit.region_language or found.region_language
        found.last_inbound_at = now
    session.add(found)
    await session.flush()
    return found


def _seen(requester: Requester) -> tuple[object, ...]:
    return (
        requester.channel,
        requester.address,
        requester.language_hint,
        requester.region_language,
        requester.state,
        requesters.is_first_contact(requester),
    )


async def test_the_upsert_does_what_a_lookup_then_a_write_does(db: Database) -> None:
    ids: dict[str, int] = {}
    for visit in VISITS:
        async with db.transaction() as session:
            fast = await requesters.upsert_requester(
                session,
                pseudonym=f"fast-{visit.who}",
                channel="whatsapp",
                address=visit.address,
                language_hint=visit.language_hint,
                region_language=visit.region_language,
            )
            slow = await _twin(session, f"slow-{visit.who}", visit)
            assert _seen(fast) == _seen(slow), visit
            assert fast.id is not None and ids.setdefault(visit.who, fast.id) == fast.id
            # The row is the session's own: a change made through it is written.
            fast.state = ConversationState.ANSWERED
            slow.state = ConversationState.ANSWERED
    async with db.session() as session:
        stored = {r.pseudonym: _seen(r) for r in (await session.exec(select(Requester))).all()}
    for who in ("ana", "ben", "cat"):
        assert stored[f"fast-{who}"] == stored[f"slow-{who}"]
    assert stored["fast-ana"][1:4] == ("+5522", "es", "pt")
    assert stored["fast-cat"][4] is ConversationState.ANSWERED


async def test_a_returning_voter_takes_no_new_id(db: Database) -> None:
    """On PostgreSQL an INSERT ... ON CONFLICT takes a value of the id sequence even when the
    row exists: a voter's every message would, until the int4 ids ran out."""

    async def visit(who: str) -> int:
        async with db.transaction() as session:
            found = await requesters.upsert_requester(
                session, pseudonym=who * 8, channel="telegram", address=who, language_hint=None
            )
        return found.id or 0

    first = await visit("a")
    for _ in range(5):
        assert await visit("a") == first
    assert await visit("b") == first + 1
