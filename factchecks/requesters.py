"""Voters (requesters): found or created under their pseudonym each time they write."""

from __future__ import annotations

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks.clock import utc_now
from factchecks.models import Requester


async def upsert_requester(
    session: AsyncSession,
    *,
    pseudonym: str,
    channel: str,
    address: str,
    language_hint: str | None,
) -> Requester:
    """The requester for `pseudonym`, created on first contact; refreshes address, hint and time."""
    requester = (
        await session.exec(select(Requester).where(Requester.pseudonym == pseudonym))
    ).first()
    now = utc_now()
    if requester is None:
        requester = Requester(
            pseudonym=pseudonym,
            channel=channel,
            address=address,
            language_hint=language_hint,
            created_at=now,
            last_inbound_at=now,
        )
    else:
        requester.address = address
        requester.language_hint = language_hint or requester.language_hint
        requester.last_inbound_at = now
    session.add(requester)
    await session.flush()
    return requester


async def set_language(session: AsyncSession, requester_id: int, language: str) -> None:
    """Store the voter's explicit language choice; it wins over every guess from then on."""
    requester = await session.get(Requester, requester_id)
    if requester is not None:
        requester.language = language
        session.add(requester)
