"""Voters (requesters): found or created under their pseudonym each time they write."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, bindparam, func, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession
from sqlmodel.sql.expression import SelectOfScalar

from factchecks.clock import utc_now
from factchecks.models import ConversationState, Requester

# Built once: every message looks its voter up (decision 101's reason, decision 119).
_BY_PSEUDONYM = select(Requester).where(col(Requester.pseudonym) == bindparam("pseudonym"))


# A voter who wrote before: address, hints and time refreshed, RETURNING the row as a
# `Requester` (a hint the platform did not send keeps the one stored). Built once: every message
# runs it (decision 101's reason).
_REFRESH = (
    update(Requester)
    .where(col(Requester.pseudonym) == bindparam("for_pseudonym"))
    .values(
        address=bindparam("new_address"),
        language_hint=func.coalesce(
            func.nullif(bindparam("hint", type_=String), ""), col(Requester.language_hint)
        ),
        region_language=func.coalesce(
            func.nullif(bindparam("region", type_=String), ""), col(Requester.region_language)
        ),
        last_inbound_at=bindparam("now"),
    )
    .returning(Requester)
)


def _insert(dialect: type[postgresql.Insert] | type[sqlite.Insert]) -> Any:
    """INSERT a new voter, RETURNING the row as a `Requester`; should another worker have
    created them meanwhile, refresh theirs as `_REFRESH` would."""
    new = dialect(Requester).values(
        pseudonym=bindparam("pseudonym"),
        channel=bindparam("channel"),
        address=bindparam("address"),
        language_hint=bindparam("language_hint"),
        region_language=bindparam("region_language"),
        created_at=bindparam("now"),
        last_inbound_at=bindparam("now"),
        state=ConversationState.NEW,
    )
    kept = new.excluded
    return new.on_conflict_do_update(
        index_elements=[col(Requester.pseudonym)],
        set_={
            "address": kept.address,
            "language_hint": func.coalesce(
                func.nullif(kept.language_hint, ""), col(Requester.language_hint)
            ),
            "region_language": func.coalesce(
                func.nullif(kept.region_language, ""), col(Requester.region_language)
            ),
            "last_inbound_at": kept.last_inbound_at,
        },
    ).returning(Requester)


_INSERT = {"postgresql": _insert(postgresql.Insert), "sqlite": _insert(sqlite.Insert)}
# Rows returned by the statements above replace what the session holds of that voter.
_RETURNED = {"populate_existing": True, "synchronize_session": False}


async def upsert_requester(
    session: AsyncSession,
    *,
    pseudonym: str,
    channel: str,
    address: str,
    language_hint: str | None,
    region_language: str | None = None,
) -> Requester:
    """The requester for `pseudonym`, created on first contact; refreshes address, hints and time.

    `last_inbound_at` is when they last wrote: WhatsApp's 24-hour window is counted from it.
    A voter who wrote before costs one statement (the UPDATE); a new one two. One INSERT ...
    ON CONFLICT DO UPDATE for everyone would be one statement, but on PostgreSQL it takes a
    value of the id sequence even when the voter exists: every message would, and an int4 id
    runs out (decision 139)."""
    now = utc_now()
    refreshed = await session.exec(
        _REFRESH,
        params={
            "for_pseudonym": pseudonym,
            "new_address": address,
            "hint": language_hint,
            "region": region_language,
            "now": now,
        },
        execution_options=_RETURNED,
    )
    found: Requester | None = refreshed.scalars().first()
    if found is not None:
        return found
    inserted = await session.exec(
        _INSERT[session.get_bind().dialect.name],
        params={
            "pseudonym": pseudonym,
            "channel": channel,
            "address": address,
            "language_hint": language_hint,
            "region_language": region_language,
            "now": now,
        },
        execution_options=_RETURNED,
    )
    requester: Requester = inserted.scalars().one()
    return requester


async def find_by_pseudonym(session: AsyncSession, pseudonym: str) -> Requester | None:
    """The voter known by `pseudonym`, if we hold one (never created here)."""
    return (await session.exec(_BY_PSEUDONYM, params={"pseudonym": pseudonym})).first()


async def set_language(session: AsyncSession, requester_id: int, language: str) -> None:
    """Store the voter's explicit language choice; it wins over every guess from then on."""
    requester = await session.get(Requester, requester_id)
    if requester is not None:
        requester.language = language
        session.add(requester)


def is_first_contact(requester: Requester) -> bool:
    """True while handling the message that created `requester`."""
    return requester.created_at == requester.last_inbound_at


# Every reply looks its recipient up (their language now, WhatsApp's window): built once.
_BY_ADDRESS = (
    select(Requester)
    .where(
        col(Requester.channel) == bindparam("channel"),
        col(Requester.address) == bindparam("address"),
    )
    .order_by(col(Requester.last_inbound_at).desc())
    .limit(1)
)


def by_address_query(channel: str, address: str) -> SelectOfScalar[Requester]:
    """The query of `find_by_address` with its values (served by the index
    `ix_requester_channel_address`)."""
    return _BY_ADDRESS.params(channel=channel, address=address)


async def find_by_address(session: AsyncSession, channel: str, address: str) -> Requester | None:
    """The voter who last wrote from `address` on `channel`, if any (for their language)."""
    return (
        await session.exec(_BY_ADDRESS, params={"channel": channel, "address": address})
    ).first()
