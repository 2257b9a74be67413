"""Tips: what voters sent, stored before or with their answer, never after it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks.clock import utc_now
from factchecks.models import Tip, TipStatus

# Built once: a redelivered tip is looked up (decision 119).
_BY_EXTERNAL_ID = select(Tip).where(
    col(Tip.channel) == bindparam("channel"), col(Tip.external_id) == bindparam("external_id")
)


@dataclass(frozen=True)
class NewTip:
    """The channel-neutral content of a tip, as the conversation stores it."""

    channel: str
    external_id: str
    requester_id: int
    text: str
    fingerprint: str | None
    media_note: str | None
    language: str | None
    forwarded: bool
    frequently_forwarded: bool = False
    # The fact-check (its id and the match's score) the tip is answered with at once, if it
    # is: the tip is then stored answered, with no second write (decision 131).
    answer: tuple[int, float] | None = None


async def find_tip(session: AsyncSession, channel: str, external_id: str) -> Tip | None:
    """The tip this channel delivered under this id, if it was stored already."""
    found = await session.exec(
        _BY_EXTERNAL_ID, params={"channel": channel, "external_id": external_id}
    )
    return found.first()


def _insert_unless_stored(dialect: type[postgresql.Insert] | type[sqlite.Insert]) -> Any:
    """INSERT a tip unless its channel delivered it before, RETURNING it as a `Tip` (no row:
    a redelivery). One statement where a lookup and an INSERT were two; two workers storing
    the same message at once no longer fail on the unique key: the second finds the first's."""
    return (
        dialect(Tip)
        .values(
            channel=bindparam("channel"),
            external_id=bindparam("external_id"),
            requester_id=bindparam("requester_id"),
            text=bindparam("text"),
            fingerprint=bindparam("fingerprint"),
            media_note=bindparam("media_note"),
            language=bindparam("language"),
            forwarded=bindparam("forwarded"),
            frequently_forwarded=bindparam("frequently_forwarded"),
            status=bindparam("status"),
            fact_check_id=bindparam("fact_check_id"),
            match_score=bindparam("match_score"),
            received_at=bindparam("received_at"),
        )
        .on_conflict_do_nothing(index_elements=["channel", "external_id"])
        .returning(Tip)
    )


# Built once per dialect: every tip is stored through it (decision 101's reason).
_INSERT = {
    "postgresql": _insert_unless_stored(postgresql.Insert),
    "sqlite": _insert_unless_stored(sqlite.Insert),
}


async def store_tip(session: AsyncSession, new: NewTip) -> tuple[Tip, bool]:
    """Store a tip; returns it and False when it had been stored already (a redelivery)."""
    fact_check_id, match_score = new.answer if new.answer is not None else (None, None)
    inserted = await session.exec(
        _INSERT[session.get_bind().dialect.name],
        params={
            "channel": new.channel,
            "external_id": new.external_id,
            "requester_id": new.requester_id,
            "text": new.text,
            "fingerprint": new.fingerprint,
            "media_note": new.media_note,
            "language": new.language,
            "forwarded": new.forwarded,
            "frequently_forwarded": new.frequently_forwarded,
            "status": TipStatus.RECEIVED if fact_check_id is None else TipStatus.ANSWERED,
            "fact_check_id": fact_check_id,
            "match_score": match_score,
            "received_at": utc_now(),
        },
        execution_options={"populate_existing": True},
    )
    tip: Tip | None = inserted.scalars().first()
    if tip is not None:
        return tip, True
    existing = await find_tip(session, new.channel, new.external_id)
    if existing is None:  # cannot happen: the key conflicted with a stored row
        raise LookupError("a tip's key conflicted but no tip holds it")
    return existing, False


def mark_answered(session: AsyncSession, tip: Tip, fact_check_id: int, score: float) -> None:
    """The voter was answered with a fact-check straight away."""
    tip.status = TipStatus.ANSWERED
    tip.fact_check_id = fact_check_id
    tip.match_score = score
    session.add(tip)


def mark_unusable(session: AsyncSession, tip: Tip) -> None:
    """Nothing in the tip could be checked; the voter was told why."""
    tip.status = TipStatus.UNUSABLE
    session.add(tip)


def mark_rate_limited(session: AsyncSession, tip: Tip) -> None:
    """The voter was over their tip limit: the tip is kept, never matched, queued or counted."""
    tip.status = TipStatus.RATE_LIMITED
    session.add(tip)


def set_image_text(session: AsyncSession, tip: Tip, image_text: str) -> None:
    """Keep the text read from the tip's pictures (it is matched, queued and learnt from)."""
    tip.image_text = image_text
    session.add(tip)
