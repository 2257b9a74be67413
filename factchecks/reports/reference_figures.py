"""The slow, obvious twin of `sql_figures`: every tip loaded and counted in Python.

For tests only (it reads every tip up to the end of the period): the SQL aggregation must agree
with it figure for figure on both databases. Local times come from `zoneinfo` directly, calling
codes from phonenumbers, so neither shares the SQL path's tricks.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import phonenumbers
from sqlalchemy import String, cast, select

from factchecks.claim_tags import tagged_claims
from factchecks.database import Database
from factchecks.reports.figures import (
    EVERYTHING,
    EXCLUDED_TIP_STATUSES,
    UNKNOWN,
    ClaimFigures,
    ClaimKind,
    Dimension,
    MediaType,
    Outcome,
    ReportFigures,
    TipFilter,
    Volume,
    VolumeRow,
)
from factchecks.reports.period import ReportPeriod
from factchecks.reports.period_tips import FACT_CHECK, ITEM, REQUESTER, TIP
from factchecks.reports.regions import region_label, requester_calling_code
from factchecks.reports.sql_figures import DEFAULT_TOP_CLAIMS


@dataclass(frozen=True)
class _Tip:
    requester_id: int
    channel: str
    language: str
    media: MediaType
    forwarded: bool
    frequently_forwarded: bool
    status: str
    queue_item_id: int | None
    fact_check_id: int | None
    received_at: datetime


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _media(fingerprint: str | None, image_text: str | None, note: str | None) -> MediaType:
    if fingerprint is not None:
        return MediaType.SCREENSHOT if image_text else MediaType.PICTURE
    return MediaType.OTHER if note is not None else MediaType.TEXT


def _volume(tips: list[_Tip]) -> Volume:
    return Volume(len(tips), len({tip.requester_id for tip in tips}))


async def _tag_test(db: Database, tags: frozenset[str]) -> Callable[[_Tip], bool]:
    """Whether a tip is in one of `tags`: its item or fact-check is tagged, or its fact-check
    answered a tagged item (everything when no tags are asked for)."""
    if not tags:
        return lambda _tip: True
    items, checks = await tagged_claims(db, tags)
    async with db.engine.connect() as connection:
        answers = {
            row[0]
            for row in (await connection.execute(select(ITEM.c.fact_check_id, ITEM.c.id))).all()
            if row[1] in items and row[0] is not None
        }

    def test(tip: _Tip) -> bool:
        return tip.queue_item_id in items or tip.fact_check_id in checks | answers

    return test


async def reference_figures(
    db: Database,
    period: ReportPeriod,
    *,
    top: int = DEFAULT_TOP_CLAIMS,
    scope: TipFilter = EVERYTHING,
) -> ReportFigures:
    """The same figures as `sql_figures`, from every row."""
    start, end = period.start_utc, period.end_utc
    async with db.engine.connect() as connection:
        rows: list[Any] = list(
            (
                await connection.execute(
                    select(
                        TIP.c.requester_id,
                        TIP.c.channel,
                        TIP.c.language,
                        TIP.c.fingerprint,
                        TIP.c.image_text,
                        TIP.c.media_note,
                        TIP.c.forwarded,
                        TIP.c.frequently_forwarded,
                        cast(TIP.c.status, String),
                        TIP.c.queue_item_id,
                        TIP.c.fact_check_id,
                        TIP.c.received_at,
                    )
                )
            ).all()
        )
        items = {
            row[0]: (row[1], str(row[2]), None if row[3] is None else _utc(row[3]), _utc(row[4]))
            for row in (
                await connection.execute(
                    select(
                        ITEM.c.id,
                        ITEM.c.claim,
                        cast(ITEM.c.status, String),
                        ITEM.c.closed_at,
                        ITEM.c.created_at,
                    )
                )
            ).all()
        }
        # Each voter's channel and calling code (from the address, or kept once it expired).
        addresses = {
            row[0]: (row[1], requester_calling_code(row[2], row[3]))
            for row in (
                await connection.execute(
                    select(
                        REQUESTER.c.id,
                        REQUESTER.c.channel,
                        REQUESTER.c.address,
                        REQUESTER.c.calling_code,
                    )
                )
            ).all()
        }
        fact_checks = {
            row[0]: (row[1], str(row[2]), row[3])
            for row in (
                await connection.execute(
                    select(
                        FACT_CHECK.c.id,
                        FACT_CHECK.c.claim,
                        cast(FACT_CHECK.c.verdict, String),
                        FACT_CHECK.c.url,
                    )
                )
            ).all()
        }
    tips = [
        _Tip(
            requester_id=row[0],
            channel=row[1],
            language=row[2] or UNKNOWN,
            media=_media(row[3], row[4], row[5]),
            forwarded=bool(row[6]),
            frequently_forwarded=bool(row[7]),
            status=str(row[8]),
            queue_item_id=row[9],
            fact_check_id=row[10],
            received_at=_utc(row[11]),
        )
        for row in rows
        if str(row[8]) not in EXCLUDED_TIP_STATUSES and _utc(row[11]) < end
    ]
    codes = {str(phonenumbers.country_code_for_region(r.upper())) for r in scope.regions}
    in_tags = await _tag_test(db, scope.tags)
    tips = [
        tip
        for tip in tips
        if in_tags(tip)
        and (not scope.languages or tip.language in scope.languages)
        and (
            not scope.regions
            or (
                addresses[tip.requester_id][0] == "whatsapp"
                and addresses[tip.requester_id][1] in codes
            )
        )
    ]
    in_period = [tip for tip in tips if tip.received_at >= start]

    def outcome(tip: _Tip) -> Outcome:
        if tip.status == "answered" and tip.queue_item_id is None:
            return Outcome.AUTOMATIC
        if tip.queue_item_id is not None:
            _, status, closed_at, _ = items[tip.queue_item_id]
            if closed_at is not None and closed_at < end and status in ("answered", "dismissed"):
                return Outcome.DESK if status == "answered" else Outcome.DISMISSED
        return Outcome.UNUSABLE if tip.status == "unusable" else Outcome.OPEN

    def answered_at(tip: _Tip) -> datetime | None:
        found = outcome(tip)
        if found is Outcome.AUTOMATIC:
            return tip.received_at
        if found is Outcome.DESK and tip.queue_item_id is not None:
            return items[tip.queue_item_id][2]
        return None

    daily, hourly, breakdown = _volume_rows(in_period, period)
    regions: dict[str, list[_Tip]] = defaultdict(list)
    for tip in in_period:
        if tip.channel == "whatsapp":
            regions[region_label(addresses[tip.requester_id][1])].append(tip)
    by_outcome: dict[Outcome, list[_Tip]] = defaultdict(list)
    for tip in in_period:
        by_outcome[outcome(tip)].append(tip)
    minutes: Counter[tuple[Outcome, int]] = Counter()
    minutes[(Outcome.AUTOMATIC, 0)] = len(by_outcome[Outcome.AUTOMATIC])
    for tip in by_outcome[Outcome.DESK]:
        closed = answered_at(tip)
        assert closed is not None
        wait_s = int(closed.timestamp()) - int(tip.received_at.timestamp())
        minutes[(Outcome.DESK, wait_s // 60)] += 1

    def open_at_end(item_id: int | None) -> bool:
        if item_id is None:
            return False
        _, _, closed_at, created_at = items[item_id]
        return created_at < end and (closed_at is None or closed_at >= end)

    backlog = [tip for tip in tips if open_at_end(tip.queue_item_id)]

    def key(tip: _Tip) -> tuple[int | None, int | None]:
        return (tip.fact_check_id, tip.queue_item_id if tip.fact_check_id is None else None)

    claims: dict[tuple[int | None, int | None], list[_Tip]] = defaultdict(list)
    for tip in in_period:
        if tip.fact_check_id is not None or tip.queue_item_id is not None:
            claims[key(tip)].append(tip)
    ranked = sorted(
        claims,
        key=lambda k: (-_volume(claims[k]).voters, -len(claims[k]), k[0] or 0, k[1] or 0),
    )[:top]
    previous = period.previous()
    figures = []
    for claim_key in ranked:
        group = claims[claim_key]
        history = [tip for tip in tips if key(tip) == claim_key]
        before = [
            tip for tip in history if previous.start_utc <= tip.received_at < previous.end_utc
        ]
        answers = [at for at in map(answered_at, history) if at is not None]
        first = min(int(tip.received_at.timestamp()) for tip in history)
        languages: dict[str, list[_Tip]] = defaultdict(list)
        for tip in group:
            languages[tip.language].append(tip)
        fc_id, item_id = claim_key
        verdict: str | None
        url: str | None
        if fc_id is not None:
            text, verdict, url = fact_checks[fc_id]
            kind, claim_id, status = ClaimKind.FACT_CHECK, fc_id, "answered"
        else:
            assert item_id is not None
            text, item_status, closed_at, _ = items[item_id]
            verdict = url = None
            kind, claim_id = ClaimKind.QUEUE_ITEM, item_id
            status = item_status if closed_at is not None and closed_at < end else "open"
        seen = [int(tip.received_at.timestamp()) for tip in group]
        figures.append(
            ClaimFigures(
                kind=kind,
                claim_id=claim_id,
                text=text,
                verdict=verdict,
                url=url,
                status=status,
                volume=_volume(group),
                forwarded=_volume([tip for tip in group if tip.forwarded]),
                frequently_forwarded=_volume([tip for tip in group if tip.frequently_forwarded]),
                languages=tuple(
                    sorted(
                        ((lang, _volume(found)) for lang, found in languages.items()),
                        key=lambda pair: (-pair[1].voters, -pair[1].tips, pair[0]),
                    )
                ),
                first_seen_s=min(seen),
                last_seen_s=max(seen),
                previous=_volume(before),
                voters_ever=_volume(history).voters,
                answer_s=int(min(answers).timestamp()) - first if answers else None,
            )
        )
    if not minutes[(Outcome.AUTOMATIC, 0)]:
        del minutes[(Outcome.AUTOMATIC, 0)]
    answered = by_outcome[Outcome.AUTOMATIC] + by_outcome[Outcome.DESK]
    return ReportFigures(
        period=period,
        total=_volume(in_period),
        daily=daily,
        hourly=hourly,
        breakdown=breakdown,
        regions=tuple(
            sorted(
                ((label, _volume(found)) for label, found in regions.items()),
                key=lambda pair: (-pair[1].voters, pair[0]),
            )
        ),
        outcomes=tuple((name, _volume(by_outcome[name])) for name in Outcome),
        answered_voters=_volume(answered).voters,
        answer_minutes=tuple(sorted((o, m, n) for (o, m), n in minutes.items())),
        backlog_items=len({tip.queue_item_id for tip in backlog}),
        backlog_voters=_volume(backlog).voters,
        claim_count=len(claims),
        claims=tuple(figures),
        scope=scope,
    )


def _volume_rows(
    tips: list[_Tip], period: ReportPeriod
) -> tuple[tuple[VolumeRow, ...], tuple[VolumeRow, ...], tuple[VolumeRow, ...]]:
    zone = period.zone
    rows: dict[str, list[VolumeRow]] = {"day": [], "hour": [], "period": []}
    for dimension in Dimension:
        groups: dict[tuple[str, str, str], list[_Tip]] = defaultdict(list)
        for tip in tips:
            local = tip.received_at.astimezone(zone)
            value = {
                Dimension.ALL: "all",
                Dimension.CHANNEL: tip.channel,
                Dimension.LANGUAGE: tip.language,
                Dimension.MEDIA: tip.media.value,
            }[dimension]
            groups[("day", local.date().isoformat(), value)].append(tip)
            groups[("hour", f"{local.hour:02d}", value)].append(tip)
            if dimension is not Dimension.ALL:
                groups[("period", period.label, value)].append(tip)
        for (slot_kind, slot, value), found in sorted(groups.items()):
            rows[slot_kind].append(VolumeRow(slot, dimension, value, _volume(found)))
    return tuple(rows["day"]), tuple(rows["hour"]), tuple(rows["period"])
