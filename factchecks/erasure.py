"""Erasure on request (`/forget`): a voter's reply address, pseudonym link, texts and pictures'
traces go; what they sent stays counted, as anonymous rows.

What `erase_voter` does, in the caller's transaction:
- The `requester` row stays, so every count that reads `tip.requester_id` (a queue item's
  voters, the reports' "voters") is unchanged, but it no longer names anyone: its pseudonym is
  replaced by a random one (the voter's next message, under their real pseudonym, makes a new
  requester), its address goes (NULL, as when it expires: `retention`) and on WhatsApp the
  number's calling code is kept in `calling_code` (the reports' region figures read it; a
  calling code names a country, not a person), its
  language hints are dropped and its state is `FORGOTTEN` (the conversation's end state, set
  here too so that no caller can leave an erased row writable), which nothing ever writes to
  (`factchecks.queue.item_requesters` and `recipients_of` skip it).
- Their tips keep what the reports count (channel, status, language, forwarding, queue item,
  fact-check, time) and lose the rest: the text, the text read from pictures and the pictures'
  fingerprints become `ERASED` (kept non-empty where they were, so the reports' media types do
  not change), the platform's message id becomes `erased:<tip id>`, and their pictures kept
  for the desk (`factchecks.tip_pictures`) are deleted.
- A queue item whose claim is one of those texts gets another voter's wording of it, or
  `ERASED` when nobody else sent it, unless the item was answered with a fact-check: then the
  claim is part of a published fact-check and stays.
- Every outbox row to their address goes (pending answers included), except one being sent at
  this very moment (`delete_sent_before` removes it with the farewell), and so do their
  `/verify` attempts.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import delete
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks import tip_pictures
from factchecks.database import Database
from factchecks.models import (
    ConversationState,
    OutboxMessage,
    OutboxStatus,
    QueueItem,
    Requester,
    Tip,
    VerifyAttempt,
)
from factchecks.reports.regions import calling_code_of

# What an erased text, picture text or fingerprint holds (never a valid fingerprint: the
# matcher skips it).
ERASED = "[erased]"
ERASED_PSEUDONYM_PREFIX = "erased:"
# An erased tip's platform id becomes this and its id: no keyed id (hex) starts so.
ERASED_TIP_PREFIX = "erased:"


@dataclass(frozen=True)
class Erasure:
    """What `erase_voter` erased: figures for the log (no identifier, no text)."""

    tips: int
    queue_items: int
    outbox_messages: int


async def erase_voter(session: AsyncSession, requester: Requester) -> Erasure:
    """Erase `requester` as the module says; the caller commits (with the farewell queued)."""
    requester_id = requester.id or 0
    tips = list((await session.exec(select(Tip).where(Tip.requester_id == requester_id))).all())
    texts = {text for tip in tips for text in (tip.text, tip.image_text) if text}
    texts.discard(ERASED)
    fingerprints = {tip.fingerprint for tip in tips if tip.fingerprint}
    fingerprints.discard(ERASED)
    for tip in tips:
        tip.text = ""
        tip.image_text = ERASED if tip.image_text else tip.image_text
        tip.fingerprint = ERASED if tip.fingerprint else None
        tip.external_id = f"{ERASED_TIP_PREFIX}{tip.id}"
        session.add(tip)
    await session.flush()
    await tip_pictures.delete_pictures_of_tips(session, [tip.id for tip in tips if tip.id])
    item_ids = {tip.queue_item_id for tip in tips if tip.queue_item_id is not None}
    items = await _reword_items(session, item_ids, texts, fingerprints)
    outbox = await session.exec(
        delete(OutboxMessage).where(
            col(OutboxMessage.channel) == requester.channel,
            col(OutboxMessage.address) == requester.address,
            col(OutboxMessage.status) != OutboxStatus.SENDING,
        )
    )
    await session.exec(delete(VerifyAttempt).where(col(VerifyAttempt.requester_id) == requester_id))
    requester.pseudonym = ERASED_PSEUDONYM_PREFIX + secrets.token_hex(16)
    if requester.channel == "whatsapp" and requester.address is not None:
        # The country's calling code, kept as an expired address keeps it (`retention`), so
        # the trend reports' regions do not change.
        requester.calling_code = calling_code_of(requester.address) or None
    requester.address = None
    requester.language = requester.language_hint = requester.region_language = None
    requester.state = ConversationState.FORGOTTEN
    session.add(requester)
    await session.flush()
    return Erasure(len(tips), items, outbox.rowcount or 0)


async def _reword_items(
    session: AsyncSession, item_ids: set[int], texts: set[str], fingerprints: set[str]
) -> int:
    """Items not answered with a fact-check whose claim holds an erased text get another
    voter's wording (their oldest tip with a text), else `ERASED`; the same for an erased
    fingerprint. The words the contradiction guard quoted from such a claim go too (the
    fact-check's side and the kind of difference stay). Returns how many items changed."""
    changed = 0
    for item_id in sorted(item_ids):
        item = await session.get(QueueItem, item_id)
        if item is None or item.fact_check_id is not None:
            continue
        reworded = False
        if any(text in item.claim for text in texts):
            other = (
                await session.exec(
                    select(Tip.text)
                    .where(Tip.queue_item_id == item_id, Tip.text != "")
                    .order_by(col(Tip.id))
                    .limit(1)
                )
            ).first()
            item.claim, reworded = other or ERASED, True
        if item.fingerprint in fingerprints:
            other_fingerprint = (
                await session.exec(
                    select(Tip.fingerprint)
                    .where(Tip.queue_item_id == item_id, Tip.fingerprint != ERASED)
                    .where(col(Tip.fingerprint).is_not(None))
                    .order_by(col(Tip.id))
                    .limit(1)
                )
            ).first()
            item.fingerprint, reworded = other_fingerprint or ERASED, True
        if reworded:
            # The contradiction guard's finding quotes the claim it was read from.
            if item.suggestion_message_value:
                item.suggestion_message_value = ERASED
            if item.suggestion_reason:
                item.suggestion_reason = None if item.suggestion_conflict else ERASED
            session.add(item)
            changed += 1
    return changed


def is_erased(tip: Tip) -> bool:
    """Whether `tip` was erased: its words are gone, not absent (a tip's text is "" too when it
    had only pictures)."""
    return tip.external_id.startswith(ERASED_TIP_PREFIX)


def unerased(value: str | None) -> str | None:
    """`value`, or None when it is what an erased tip holds (never matched nor taught)."""
    return None if value == ERASED else value


async def erase_farewell(db: Database, message_id: int) -> int:
    """The farewell (outbox row `message_id`) went, or failed for good: it and every earlier
    sent or failed row to its address go, so the address is nowhere any more (a row that was
    being sent when the voter was erased is done by now: a chat has one message in flight at a
    time). Later rows (the same person writing again, as someone new) stay. Returns how many
    rows went."""
    async with db.transaction() as session:
        message = await session.get(OutboxMessage, message_id)
        if message is None:
            return 0
        result = await session.exec(
            delete(OutboxMessage).where(
                col(OutboxMessage.channel) == message.channel,
                col(OutboxMessage.address) == message.address,
                col(OutboxMessage.id) <= message_id,
                col(OutboxMessage.status).in_([OutboxStatus.SENT, OutboxStatus.FAILED]),
            )
        )
        return result.rowcount or 0
