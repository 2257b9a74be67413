"""What the desk did about the period's claims, beyond answering: the corrections it issued
(the `/correct` ledger in the audit log) and the claims it escalated (`/escalate`) with what
became of them.

Neither counts tips, so neither is narrowed by an organisation's filter: a correction is about a
published fact-check, an escalation about a claim, and both are the desk's own acts. The number
of voters a correction reached is a count of voters, so it keeps the privacy floor (`<k`).
An escalation shows its status as it stands when the report is made (a packet sent in the week
and acknowledged later shows "acknowledged" in a report made after that), so the week's report
says what came of it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import col, select

from factchecks.clock import as_utc, utc_now
from factchecks.database import Database
from factchecks.escalations import EscalationStatus, escalations_between
from factchecks.models import DeskAction, DeskActionKind, FactCheck
from factchecks.reports.masking import mask_identifiers
from factchecks.reports.period import ReportPeriod


@dataclass(frozen=True)
class PublishedCorrection:
    """One `/correct` in the period."""

    at: datetime  # UTC
    fact_check_id: int
    claim: str  # the fact-check's claim (a published wording), masked
    url: str | None
    verdict_before: str
    verdict_after: str
    notified: int | None  # voters told; None when fewer than k (and more than none)


@dataclass(frozen=True)
class PublishedEscalation:
    """One escalation made, or answered, in the period."""

    id: int
    queue_item_id: int
    recipient: str
    status: EscalationStatus
    created_at: datetime  # UTC
    sent_at: datetime | None
    outcome_note: str | None  # the recipient's answer as the desk noted it, masked


@dataclass(frozen=True)
class DeskRecord:
    """A period's corrections and escalations."""

    corrections: tuple[PublishedCorrection, ...] = ()
    escalations: tuple[PublishedEscalation, ...] = ()


def _state(raw: str | None) -> dict[str, object]:
    try:
        found = json.loads(raw) if raw else {}
    except json.JSONDecodeError:
        return {}
    return found if isinstance(found, dict) else {}


async def desk_record(db: Database, period: ReportPeriod, min_voters: int) -> DeskRecord:
    """The corrections and escalations of `period`, under the privacy floor."""
    start, end = period.start_utc, period.end_utc
    async with db.session() as session:
        rows = (
            await session.exec(
                select(DeskAction, FactCheck)
                .join(FactCheck, col(FactCheck.id) == col(DeskAction.fact_check_id))
                .where(
                    col(DeskAction.action) == DeskActionKind.CORRECT,
                    col(DeskAction.at) >= start,
                    col(DeskAction.at) < end,
                )
                .order_by(col(DeskAction.at), col(DeskAction.id))
            )
        ).all()
    corrections = []
    for action, fact_check in rows:
        before, after = _state(action.before), _state(action.after)
        notified = int(str(after.get("notified", 0)))
        corrections.append(
            PublishedCorrection(
                at=as_utc(action.at) or utc_now(),
                fact_check_id=fact_check.id or 0,
                claim=mask_identifiers(fact_check.claim),
                url=str(after.get("url") or fact_check.url or "") or None,
                verdict_before=str(before.get("verdict", "")),
                verdict_after=str(after.get("verdict", "")),
                notified=notified if notified == 0 or notified >= min_voters else None,
            )
        )
    escalations = tuple(
        PublishedEscalation(
            id=found.id,
            queue_item_id=found.queue_item_id,
            recipient=found.recipient,
            status=found.status,
            created_at=found.created_at,
            sent_at=found.sent_at,
            outcome_note=mask_identifiers(found.outcome_note) if found.outcome_note else None,
        )
        for found in await escalations_between(db, start, end)
    )
    return DeskRecord(tuple(corrections), escalations)
