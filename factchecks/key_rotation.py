"""Re-keying voters' pseudonyms from an old TIPLINE_SECRET_KEY to a new one, keeping each voter.

A pseudonym is HMAC(key, channel, platform user id), and the user id is stored nowhere. What is
stored is the reply address, which is the user id itself on the channels the tip-line runs: a
Telegram private chat's id is its user's id, a WhatsApp voter is written to at their wa_id, the
console's one user is its own address. So a voter is re-keyed when HMAC(old key, channel,
address) is exactly their stored pseudonym: that check proves the address is their user id, and
then HMAC(new key, channel, address) is what their next message will be looked up by. The row
keeps its id, so their tips, language, conversation state and pending answers stay theirs.

Who cannot be re-keyed (counted, never guessed): voters whose address expired
(`factchecks.retention`), and voters whose user id is not their address (a WhatsApp voter known
by a business-scoped user id, a Telegram group chat). Their row keeps the old pseudonym, which
nothing can match once the old key is gone: if they write again they start as a new voter
(their old tips stay counted, anonymously).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks.models import Requester
from factchecks.pseudonyms import pseudonym


@dataclass
class RequesterRotation:
    """What became of each voter in a rotation."""

    rekeyed: int = 0  # now under the new key
    already: int = 0  # under the new key already (a second run, or a voter who wrote since)
    expired: int = 0  # no address left to derive the user id from
    unverifiable: int = 0  # the address is not their user id (old pseudonym does not match)
    conflicts: int = 0  # the new pseudonym is taken by another row (wrote after the switch)


async def rotate_requesters(session: AsyncSession, old_key: str, new_key: str) -> RequesterRotation:
    """Re-key every voter that can be (see the module docstring), in the caller's transaction."""
    if not old_key or not new_key or old_key == new_key:
        raise ValueError("the old and the new key must both be set, and differ")
    result = RequesterRotation()
    requesters = list((await session.exec(select(Requester).order_by(col(Requester.id)))).all())
    taken = {requester.pseudonym for requester in requesters}
    for requester in requesters:
        if requester.address is None:
            result.expired += 1
            continue
        new = pseudonym(new_key, requester.channel, requester.address)
        if requester.pseudonym == new:
            result.already += 1
        elif requester.pseudonym != pseudonym(old_key, requester.channel, requester.address):
            result.unverifiable += 1
        elif new in taken:
            result.conflicts += 1
        else:
            taken.discard(requester.pseudonym)
            taken.add(new)
            requester.pseudonym = new
            session.add(requester)
            result.rekeyed += 1
    await session.flush()
    return result
