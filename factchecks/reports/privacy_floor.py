"""The privacy floor: what of a report's exact figures may be published.

- A count backed by fewer than k distinct voters is suppressed (None here, `<k` when shown);
  zero stays zero (it says nothing about anyone).
- A claim's wording is published only if it is a fact-check's, or at least k distinct voters
  sent the claim; published wordings have phone numbers, e-mail addresses, handles and URL query
  strings masked.
- First and last seen are rounded down to the hour, and shown only for claims with k voters.
- Rate-limited tips are never counted (`EXCLUDED_TIP_STATUSES`).
Nothing identifies a voter in the figures to begin with: they only count voters.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from factchecks.reports.desk_record import DeskRecord
from factchecks.reports.figures import (
    ClaimFigures,
    ClaimKind,
    Outcome,
    ReportFigures,
    Volume,
    VolumeRow,
    percentile_minutes,
)
from factchecks.reports.masking import mask_identifiers
from factchecks.reports.period import ReportPeriod

DEFAULT_MIN_VOTERS = 5

Count = int | None  # None: backed by fewer than k voters


@dataclass(frozen=True)
class PublishedVolume:
    """Tips and distinct voters, both suppressed together."""

    tips: Count
    voters: Count


@dataclass(frozen=True)
class PublishedRow:
    """A row of daily.csv or hourly.csv."""

    slot: str
    dimension: str
    value: str
    volume: PublishedVolume


@dataclass(frozen=True)
class PublishedClaim:
    """A row of claims.csv."""

    rank: int
    kind: ClaimKind
    claim_id: int
    text: str | None  # None: withheld (a voter's wording sent by fewer than k voters)
    verdict: str | None
    url: str | None
    status: str
    volume: PublishedVolume
    forwarded: Count
    frequently_forwarded: Count
    languages: tuple[str, ...]  # languages with at least k voters, most voters first
    first_seen: datetime | None  # UTC, whole hour
    last_seen: datetime | None
    previous: PublishedVolume
    growth_percent: float | None  # against the period before; None when unknown or suppressed
    answer_s: int | None


@dataclass(frozen=True)
class PublishedOutcome:
    """A share of the period's tips by what happened to them."""

    outcome: Outcome
    volume: PublishedVolume
    share_percent: float | None


@dataclass(frozen=True)
class PublishedReport:
    """Everything a report may show, after the floor."""

    period: ReportPeriod
    min_voters: int
    total: PublishedVolume
    daily: tuple[PublishedRow, ...]
    hourly: tuple[PublishedRow, ...]
    breakdown: tuple[PublishedRow, ...]
    regions: tuple[tuple[str, PublishedVolume], ...]
    outcomes: tuple[PublishedOutcome, ...]
    answer_median_min: Count
    answer_p90_min: Count
    desk_median_min: Count
    desk_p90_min: Count
    backlog_items: Count
    claim_count: int
    claims: tuple[PublishedClaim, ...]
    scope: str = "all tips"  # an organisation's filter, described
    desk: DeskRecord = field(default_factory=DeskRecord)  # corrections, escalations

    @property
    def empty(self) -> bool:
        """No tip counted in the period."""
        return self.total.tips == 0


def _count(value: int, voters: int, k: int) -> Count:
    return value if voters >= k or voters == 0 else None


def _volume(volume: Volume, k: int) -> PublishedVolume:
    return PublishedVolume(
        _count(volume.tips, volume.voters, k), _count(volume.voters, volume.voters, k)
    )


def _hour(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds - seconds % 3600, UTC)


def _growth(now: PublishedVolume, before: PublishedVolume) -> float | None:
    if now.tips is None or before.tips is None or before.tips == 0:
        return None
    return round((now.tips - before.tips) * 100 / before.tips, 1)


def publish_claim(rank: int, claim: ClaimFigures, k: int) -> PublishedClaim:
    """One claim under the floor."""
    shown = claim.volume.voters >= k
    wording_public = claim.kind is ClaimKind.FACT_CHECK or claim.voters_ever >= k
    volume, previous = _volume(claim.volume, k), _volume(claim.previous, k)
    return PublishedClaim(
        rank=rank,
        kind=claim.kind,
        claim_id=claim.claim_id,
        text=mask_identifiers(claim.text) if wording_public and claim.text else None,
        verdict=claim.verdict,
        url=claim.url,
        status=claim.status,
        volume=volume,
        forwarded=_count(claim.forwarded.tips, claim.forwarded.voters, k),
        frequently_forwarded=_count(
            claim.frequently_forwarded.tips, claim.frequently_forwarded.voters, k
        ),
        languages=tuple(lang for lang, found in claim.languages if found.voters >= k),
        first_seen=_hour(claim.first_seen_s) if shown else None,
        last_seen=_hour(claim.last_seen_s) if shown else None,
        previous=previous,
        growth_percent=_growth(volume, previous),
        answer_s=claim.answer_s if shown else None,
    )


def _rows(rows: tuple[VolumeRow, ...], k: int) -> tuple[PublishedRow, ...]:
    return tuple(
        PublishedRow(row.slot, row.dimension.value, row.value, _volume(row.volume, k))
        for row in rows
    )


def publish(figures: ReportFigures, min_voters: int = DEFAULT_MIN_VOTERS) -> PublishedReport:
    """`figures` under the privacy floor with k = `min_voters`."""
    k = min_voters
    total = _volume(figures.total, k)
    outcomes = []
    for outcome, volume in figures.outcomes:
        shown = _volume(volume, k)
        share = (
            round(shown.tips * 100 / total.tips, 1)
            if shown.tips is not None and total.tips
            else None
        )
        outcomes.append(PublishedOutcome(outcome, shown, share))
    answered = [(minute, n) for _, minute, n in figures.answer_minutes]
    desk = [(minute, n) for outcome, minute, n in figures.answer_minutes if outcome is Outcome.DESK]
    desk_voters = dict(figures.outcomes)[Outcome.DESK].voters
    answered_ok = figures.answered_voters >= k
    return PublishedReport(
        period=figures.period,
        min_voters=k,
        total=total,
        daily=_rows(figures.daily, k),
        hourly=_rows(figures.hourly, k),
        breakdown=_rows(figures.breakdown, k),
        regions=tuple((label, _volume(volume, k)) for label, volume in figures.regions),
        outcomes=tuple(outcomes),
        answer_median_min=percentile_minutes(answered, 0.5) if answered_ok else None,
        answer_p90_min=percentile_minutes(answered, 0.9) if answered_ok else None,
        desk_median_min=percentile_minutes(desk, 0.5) if desk_voters >= k else None,
        desk_p90_min=percentile_minutes(desk, 0.9) if desk_voters >= k else None,
        backlog_items=_count(figures.backlog_items, figures.backlog_voters, k),
        claim_count=figures.claim_count,
        claims=tuple(
            publish_claim(rank, claim, k) for rank, claim in enumerate(figures.claims, start=1)
        ),
        scope=figures.scope.describe(),
    )
