"""A synthetic period of tips for the report benchmark and the SQL-versus-reference test.

Voters on Telegram and WhatsApp (numbers from a dozen calling codes), fact-checks, queue items
(open, answered, dismissed, some closed after the period) and tips spread over the period and
the one before it, in eight languages, as text, pictures and screenshots, some forwarded, some
rate-limited. Rows are written with plain multi-row INSERTs. Seeded: the same arguments give the
same rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import numpy as np
from sqlalchemy import Table

from factchecks.database import Database
from factchecks.models import metadata
from factchecks.reports.period import ReportPeriod

TIP: Table = metadata.tables["tip"]
ITEM: Table = metadata.tables["queue_item"]
REQUESTER: Table = metadata.tables["requester"]
FACT_CHECK: Table = metadata.tables["fact_check"]
LANGUAGES = ("en", "es", "fr", "pt", "ar", "hi", "sw", None)
CALLING_CODES = ("234", "52", "1", "44", "91", "7", "55", "254", "20", "880", "33", "998")
BATCH = 5_000


@dataclass(frozen=True)
class SyntheticWeek:
    """How many rows were written, and into which period."""

    period: ReportPeriod
    tips: int
    tips_in_period: int
    voters: int
    fact_checks: int
    items: int


def _batches(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    return [rows[n : n + BATCH] for n in range(0, len(rows), BATCH)]


async def write_synthetic_period(
    db: Database,
    period: ReportPeriod,
    *,
    tips: int,
    seed: int = 12,
    progress: Callable[[int], None] | None = None,
) -> SyntheticWeek:
    """Write `tips` tips (a fifth in the period before `period`) and what they refer to."""
    rng = np.random.default_rng(seed)
    voters = max(10, tips // 4)
    fact_checks = max(5, min(2_000, tips // 200))
    items = max(5, tips // 50)
    start, end = period.start_utc, period.end_utc
    before = period.previous().start_utc
    created = start - timedelta(days=30)

    channels = rng.choice(["telegram", "whatsapp"], size=voters, p=[0.6, 0.4])
    codes = rng.choice(CALLING_CODES, size=voters)
    requesters = [
        {
            "id": n + 1,
            "pseudonym": f"p{seed}-{n}",
            "channel": str(channels[n]),
            "address": (
                f"{codes[n]}{rng.integers(10**8, 10**9)}"
                if channels[n] == "whatsapp"
                else str(7_000_000_000 + n)
            ),
            "created_at": created,
            "last_inbound_at": created,
            "state": "ready",
        }
        for n in range(voters)
    ]
    checks = [
        {
            "id": n + 1,
            "url": f"https://example.org/fc/{seed}/{n}",
            "claim": f"Synthetic claim number {n} about the election",
            "verdict": "false",
            "title": "",
            "summary": "",
            "publisher": "Bench desk",
            "language": "en",
            "claimant": "",
            "created_at": created,
            "updated_at": created,
        }
        for n in range(fact_checks)
    ]

    span_s = (end - before).total_seconds()
    # A fifth of the tips in the period before (for growth), the rest in the period.
    before_s = (start - before).total_seconds()
    offsets = np.where(
        rng.random(tips) < 0.2,
        rng.random(tips) * before_s,
        before_s + rng.random(tips) * (span_s - before_s),
    )
    offsets = np.minimum(offsets, span_s - 1)
    requester_ids = (rng.zipf(1.3, tips) % voters) + 1
    kind = rng.random(tips)  # < .03 rate limited, < .5 automatic, < .9 queued, < .95 unusable
    item_ids = (rng.zipf(1.2, tips) % items) + 1
    fc_ids = (rng.zipf(1.2, tips) % fact_checks) + 1
    item_state = rng.choice(["open", "answered", "dismissed"], size=items, p=[0.4, 0.4, 0.2])
    item_fc = (rng.integers(0, fact_checks, size=items)) + 1
    queued = (kind >= 0.5) & (kind < 0.9)
    first = np.full(items + 1, np.inf)
    last = np.full(items + 1, -np.inf)
    np.minimum.at(first, item_ids[queued], offsets[queued])
    np.maximum.at(last, item_ids[queued], offsets[queued])
    close_after = rng.random(items + 1) * 3 * 86_400  # up to three days after the last tip
    queue_rows = []
    for n in range(1, items + 1):
        opened = before + timedelta(seconds=float(first[n])) if np.isfinite(first[n]) else start
        closes = item_state[n - 1] != "open"
        closed_at = (
            before + timedelta(seconds=float(max(last[n], 0)) + float(close_after[n]) + 1)
            if closes
            else None
        )
        queue_rows.append(
            {
                "id": n,
                "status": str(item_state[n - 1]),
                "claim": f"Voters' wording {n}: polls close early, call 0803 555 0{n % 1000:03d}",
                "language": "en",
                "request_count": 0,
                "fact_check_id": int(item_fc[n - 1]) if item_state[n - 1] == "answered" else None,
                "created_at": opened,
                "updated_at": closed_at or opened,
                "closed_at": closed_at,
            }
        )
    languages = rng.integers(0, len(LANGUAGES), size=tips)
    media = rng.random(tips)
    forwarded = rng.random(tips)
    tip_rows = []
    for n in range(tips):
        status, item_id, fc_id = "received", None, None
        if kind[n] < 0.03:
            status = "rate_limited"
        elif kind[n] < 0.5:
            status, fc_id = "answered", int(fc_ids[n])
        elif kind[n] < 0.9:
            item_id = int(item_ids[n])
            state = item_state[item_id - 1]
            status = {"open": "queued", "answered": "answered", "dismissed": "dismissed"}[state]
            fc_id = int(item_fc[item_id - 1]) if state == "answered" else None
        elif kind[n] < 0.95:
            status = "unusable"
        requester = requesters[int(requester_ids[n]) - 1]
        tip_rows.append(
            {
                "channel": requester["channel"],
                "external_id": f"{seed}-{n}",
                "requester_id": requester["id"],
                "text": "",
                "image_text": "read from a picture" if media[n] < 0.1 else None,
                "fingerprint": "ab" * 8 if media[n] < 0.3 else None,
                "media_note": "voice" if 0.3 <= media[n] < 0.33 else None,
                "language": LANGUAGES[int(languages[n])],
                "forwarded": bool(forwarded[n] < 0.3),
                "frequently_forwarded": bool(forwarded[n] < 0.05),
                "status": status,
                "queue_item_id": item_id,
                "fact_check_id": fc_id,
                "received_at": before + timedelta(seconds=float(offsets[n])),
            }
        )
    # Stored in the order they arrive, as a running tip-line writes them.
    tip_rows.sort(key=lambda row: row["received_at"])
    async with db.engine.begin() as connection:
        for table, rows in (
            (REQUESTER, requesters),
            (FACT_CHECK, checks),
            (ITEM, queue_rows),
        ):
            for batch in _batches(rows):
                await connection.execute(table.insert(), batch)
        for batch in _batches(tip_rows):
            await connection.execute(TIP.insert(), batch)
            if progress is not None:
                progress(len(batch))
    in_period = sum(1 for row in tip_rows if row["received_at"] >= start)
    return SyntheticWeek(period, tips, in_period, voters, fact_checks, items)
