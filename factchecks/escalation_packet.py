"""An escalation packet: what a platform or an electoral body needs to act on one claim.

What is circulating (the claim's wordings, masked, and the fingerprints of its pictures), where
and when (channels, languages, tips per local day, first and last seen), and what was found (the
fact-check, its verdict and link). Built from a queue item's tips under the reports' privacy
floor (`factchecks.reports.privacy_floor`): a count backed by fewer than k distinct voters is
`<k`; voters' wordings are shown only when at least k distinct voters sent the claim, with phone
numbers, e-mail addresses, handles and URL query strings masked; times are rounded down to the
hour and shown only then too. Rate-limited tips never count. Nothing in it identifies a voter:
tips are only counted, never linked to who sent them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime
from typing import Any

from factchecks.clock import as_utc, utc_now
from factchecks.database import Database
from factchecks.models import FactCheck, QueueStatus, Tip, TipStatus
from factchecks.queue import get_item, item_tips
from factchecks.reports.masking import mask_identifiers
from factchecks.reports.period import timezone_named
from factchecks.verdicts import Verdict

MAX_WORDINGS = 5  # the most sent distinct wordings shown
MAX_FINGERPRINTS = 20
MAX_MERGE_HOPS = 10


def _count(value: int, voters: int, k: int) -> int | str:
    """The privacy floor: a count backed by fewer than k voters is `<k` (zero stays zero)."""
    return value if voters >= k or voters == 0 else f"<{k}"


def _hour(moment: datetime) -> str:
    return moment.replace(minute=0, second=0, microsecond=0).isoformat(timespec="minutes")


def _volume(tips: list[Tip], k: int) -> dict[str, int | str]:
    voters = len({tip.requester_id for tip in tips})
    return {"tips": _count(len(tips), voters, k), "voters": _count(voters, voters, k)}


def _by(tips: list[Tip], key: str, k: int) -> dict[str, dict[str, int | str]]:
    groups: dict[str, list[Tip]] = defaultdict(list)
    for tip in tips:
        groups[str(getattr(tip, key) or "und")].append(tip)
    return {value: _volume(found, k) for value, found in sorted(groups.items())}


async def build_packet(
    db: Database,
    item_id: int,
    *,
    min_voters: int,
    timezone: str,
    recipient: str,
    note: str | None,
    publisher: str,
) -> dict[str, Any] | None:
    """The packet for queue item `item_id` (or the item it was merged into, whose id the packet
    names) as a JSON-ready dict; None when there is no such item.

    `recipient` and `note` are the desk's (where it goes, why); `publisher` names the desk."""
    k = min_voters
    zone = timezone_named(timezone)
    async with db.session() as session:
        item = await get_item(session, item_id)
        for _hop in range(MAX_MERGE_HOPS):  # a merged item's tips are in the one it joined
            if item is None or item.merged_into_id is None:
                break
            item_id = item.merged_into_id
            item = await get_item(session, item_id)
        if item is None:
            return None
        tips = [
            tip for tip in await item_tips(session, item_id) if tip.status != TipStatus.RATE_LIMITED
        ]
        fact_check = (
            await session.get(FactCheck, item.fact_check_id) if item.fact_check_id else None
        )
    voters = len({tip.requester_id for tip in tips})
    public = voters >= k
    wordings = Counter(
        " ".join(text.split())
        for tip in tips
        for text in (tip.text, tip.image_text)
        if text and text.strip()
    )
    seen = sorted(as_utc(tip.received_at) or utc_now() for tip in tips)
    days: dict[str, list[Tip]] = defaultdict(list)
    for tip in tips:
        local = (as_utc(tip.received_at) or utc_now()).astimezone(zone)
        days[local.date().isoformat()].append(tip)
    fingerprints = sorted(
        {tip.fingerprint for tip in tips if tip.fingerprint}
        | ({item.fingerprint} if item.fingerprint else set())
    )
    return {
        "type": "tipline-escalation",
        "generated_at": utc_now().astimezone(zone).isoformat(timespec="seconds"),
        "publisher": publisher,
        "recipient": recipient,
        "timezone": timezone,
        "min_voters": k,
        "suppressed_as": f"<{k}",
        "queue_item": item_id,
        "status": QueueStatus(item.status).value,
        "claim": mask_identifiers(item.claim) if public and item.claim else None,
        "wordings": (
            [
                {"text": mask_identifiers(text), "tips": count}
                for text, count in wordings.most_common(MAX_WORDINGS)
            ]
            if public
            else []
        ),
        "wordings_withheld": not public,
        "picture_fingerprints": fingerprints[:MAX_FINGERPRINTS],
        "tips": _volume(tips, k)["tips"],
        "voters": _count(voters, voters, k),
        "forwarded": _volume([tip for tip in tips if tip.forwarded], k)["tips"],
        "frequently_forwarded": _volume([tip for tip in tips if tip.frequently_forwarded], k)[
            "tips"
        ],
        "first_seen": _hour(seen[0].astimezone(zone)) if public and seen else None,
        "last_seen": _hour(seen[-1].astimezone(zone)) if public and seen else None,
        "by_day": {day: _volume(found, k) for day, found in sorted(days.items())},
        "by_channel": _by(tips, "channel", k),
        "by_language": _by(tips, "language", k),
        "fact_check": (
            None
            if fact_check is None
            else {
                "id": fact_check.id,
                "claim": mask_identifiers(fact_check.claim),
                "verdict": Verdict(fact_check.verdict).value,
                "url": fact_check.url,
                "summary": fact_check.summary,
                "publisher": fact_check.publisher,
            }
        ),
        "note": note,
    }
