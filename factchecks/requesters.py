"""Voters (requesters): found or created under their pseudonym each time they write."""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, func
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession
from sqlmodel.sql.expression import SelectOfScalar

from factchecks.clock import utc_now
from factchecks.models import ConversationState, Requester

# Built once: every message looks its voter up (decision 101's reason, decision 119).
_BY_PSEUDONYM = select(Requester).where(col(Requester.pseudonym) == bindparam("pseudonym"))


def _upsert(dialect: type[postgresql.Insert] | type[sqlite.Insert]) -> Any:
    """INSERT the voter, or on their pseudonym refresh address, hints and time; RETURNING the
    row as a `Requester`. One statement either way (a SELECT, then an INSERT or UPDATE, before):
    every message runs it. A hint the platform did not send keeps the one stored."""
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


# Built once per dialect: every message looks its voter up (decision 101's reason).
_UPSERT = {"postgresql": _upsert(postgresql.Insert), "sqlite": _upsert(sqlite.Insert)}


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
    """
    found = await session.exec(
        _UPSERT[session.get_bind().dialect.name],
        params={
            "pseudonym": pseudonym,
            "channel": channel,
            "address": address,
            "language_hint": language_hint,
            "region_language": region_language,
            "now": utc_now(),
        },
        execution_options={"populate_existing": True},
    )
    requester: Requester = found.scalars().one()
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
