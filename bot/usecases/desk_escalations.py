"""Escalation: `/escalate <id> <recipient> [note...]` sends one claim's evidence packet to a
platform's trust-and-safety contact or an electoral body (`TIPLINE_ESCALATIONS`);
`/escalations` lists them with their status; `/escalation <id> acknowledged|actioned|declined
[note...]` records the recipient's answer. The weekly report lists the period's escalations.

The packet is built now, under the privacy floor (`factchecks.escalation_packet`), stored with
the escalation, and delivered by the report scheduler's worker (which this wakes), so a slow or
failing recipient never holds up the desk, and a failed delivery is retried with backoff.
"""

from __future__ import annotations

import json

from bot import texts
from bot.replies import Msg, Reply, reply
from bot.usecases.dependencies import Core, Person
from bot.usecases.desk_queue import refusal
from bot.usecases.desk_views import lines, when
from factchecks.escalation_packet import build_packet
from factchecks.escalations import (
    OUTCOMES,
    EscalationStatus,
    find_escalation,
    recent_escalations,
    record_escalation,
    record_outcome,
)
from factchecks.reports.masking import mask_identifiers

LISTED = 15  # the newest escalations `/escalations` shows
# An answer can be recorded once the packet went out (or after another answer).
ANSWERABLE = frozenset({EscalationStatus.SENT, *OUTCOMES})


def _recipients(core: Core) -> str:
    return ", ".join(sorted(core.escalation_recipients))


async def escalate(
    core: Core, actor: Person, item_id: int, recipient_word: str, note: str | None
) -> Reply:
    """Build item `item_id`'s packet for the recipient and queue it for delivery."""
    if refused := refusal(core, actor):
        return refused
    if not core.escalation_recipients:
        return reply(texts.NO_ESCALATION_RECIPIENTS)
    recipient = core.escalation_recipients.get(recipient_word.casefold())
    if recipient is None:
        return reply(texts.ESCALATE_USAGE, recipients=_recipients(core))
    note = mask_identifiers(note) if note else None
    packet = await build_packet(
        core.db,
        item_id,
        min_voters=core.report_min_voters,
        timezone=core.report_timezone,
        recipient=recipient,
        note=note,
        publisher=core.publisher_name,
    )
    if packet is None:
        return reply(texts.ITEM_NOT_FOUND, id=item_id)
    escalation = await record_escalation(
        core.db,
        queue_item_id=int(packet["queue_item"]),  # the item it was merged into, if it was
        recipient=recipient,
        created_by=core.display_name(actor),
        note=note,
        packet=json.dumps(packet, ensure_ascii=False),
    )
    core.wake_escalations()
    return reply(
        texts.ESCALATION_QUEUED,
        escalation=escalation.id,
        id=escalation.queue_item_id,
        recipient=recipient,
    )


async def list_escalations(core: Core, actor: Person) -> Reply:
    """The newest escalations and where each stands."""
    if refused := refusal(core, actor):
        return refused
    found = await recent_escalations(core.db, LISTED)
    if not found:
        return reply(texts.NO_ESCALATIONS)
    out = [Msg(texts.ESCALATIONS_HEADER)]
    out.extend(
        Msg(
            texts.ESCALATION_LINE,
            {
                "escalation": escalation.id,
                "id": escalation.queue_item_id,
                "recipient": escalation.recipient,
                "status": escalation.status.value,
                "when": when(escalation.updated_at),
            },
        )
        for escalation in found
    )
    return Reply((lines(out),))


async def answer_escalation(
    core: Core, actor: Person, escalation_id: int, outcome: EscalationStatus, note: str | None
) -> Reply:
    """Record what the recipient did with escalation `escalation_id`."""
    if refused := refusal(core, actor):
        return refused
    found = await find_escalation(core.db, escalation_id)
    if found is None:
        return reply(texts.ESCALATION_NOT_FOUND, escalation=escalation_id)
    if found.status not in ANSWERABLE:
        return reply(texts.ESCALATION_NOT_SENT, escalation=escalation_id, status=found.status.value)
    await record_outcome(core.db, escalation_id, outcome, note)
    return reply(texts.ESCALATION_UPDATED, escalation=escalation_id, status=outcome.value)
