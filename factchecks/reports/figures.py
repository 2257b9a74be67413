"""A report's exact figures, before the privacy floor: what the aggregations compute.

Both the SQL aggregation (`sql_figures`) and its slow twin (`reference_figures`) return these
values, so a test can compare them field by field. Nothing here identifies a voter: voters are
only ever counted. Times are whole seconds since 1970 (UTC), as both databases can compute them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from factchecks.models import TipStatus
from factchecks.reports.period import ReportPeriod

# Tip statuses that never count in a report: extra messages over the per-voter limit. (A sender
# blocked by the desk would join them; there is no blocking yet.)
EXCLUDED_TIP_STATUSES = (TipStatus.RATE_LIMITED.value,)
UNKNOWN = "und"  # a tip whose language was not identified


class Outcome(StrEnum):
    """What had happened to a tip by the end of the period."""

    AUTOMATIC = "automatic"  # answered at once with a fact-check
    DESK = "desk"  # answered by fact-checkers
    DISMISSED = "dismissed"  # fact-checkers closed it without a fact-check
    UNUSABLE = "unusable"  # nothing to check; the voter was told
    OPEN = "open"  # still waiting


class MediaType(StrEnum):
    """What a tip held: text, a picture, a picture with text read from it, or other media."""

    TEXT = "text"
    PICTURE = "picture"
    SCREENSHOT = "screenshot"
    OTHER = "other"  # media that could not be used (a voice note, a sticker)


class Dimension(StrEnum):
    """What a volume row is broken down by."""

    ALL = "all"
    CHANNEL = "channel"
    LANGUAGE = "language"
    MEDIA = "media"


class ClaimKind(StrEnum):
    """A claim is a fact-check (answered) or a queue item (not answered with one)."""

    FACT_CHECK = "fact_check"
    QUEUE_ITEM = "queue_item"


@dataclass(frozen=True)
class TipFilter:
    """Which tips a report is about: all, or those in some languages or WhatsApp countries.

    `regions` are ISO country codes matched by calling code, so a region sharing its code (+1,
    +7, +44) brings the others with it: the filter is never finer than the report's regions.
    """

    languages: frozenset[str] = frozenset()  # empty: every language ("und": unidentified)
    regions: frozenset[str] = frozenset()  # empty: every voter; else WhatsApp voters only
    # empty: every claim; else tips about a claim the desk tagged so (`factchecks.claim_tags`)
    tags: frozenset[str] = frozenset()

    def describe(self) -> str:
        """`languages es, pt; regions NG; tags violence` or `all tips`."""
        parts = []
        if self.languages:
            parts.append("languages " + ", ".join(sorted(self.languages)))
        if self.regions:
            parts.append("regions " + ", ".join(sorted(self.regions)))
        if self.tags:
            parts.append("tags " + ", ".join(sorted(self.tags)))
        return "; ".join(parts) or "all tips"


EVERYTHING = TipFilter()


@dataclass(frozen=True, order=True)
class Volume:
    """How many tips, and from how many distinct voters."""

    tips: int
    voters: int


ZERO = Volume(0, 0)


@dataclass(frozen=True)
class VolumeRow:
    """Tips in one slot (a local date `2026-11-23` or an hour of the day `07`) for one value."""

    slot: str
    dimension: Dimension
    value: str
    volume: Volume


@dataclass(frozen=True)
class ClaimFigures:
    """One claim's figures: for the period, the period before, and its whole history."""

    kind: ClaimKind
    claim_id: int
    text: str  # the fact-check's claim, or the queue item's wording (a voter's text)
    verdict: str | None
    url: str | None
    status: str  # "answered", or a queue item's status at the end of the period
    volume: Volume
    forwarded: Volume
    frequently_forwarded: Volume
    languages: tuple[tuple[str, Volume], ...]  # most voters first
    first_seen_s: int
    last_seen_s: int
    previous: Volume
    voters_ever: int  # distinct voters up to the end of the period
    answer_s: int | None  # first tip ever to the first answer, if answered by the end


@dataclass(frozen=True)
class ReportFigures:
    """Everything a report shows, exact (the privacy floor comes after)."""

    period: ReportPeriod
    total: Volume
    daily: tuple[VolumeRow, ...]
    hourly: tuple[VolumeRow, ...]
    breakdown: tuple[VolumeRow, ...]  # the whole period by channel, language and media
    regions: tuple[tuple[str, Volume], ...]  # WhatsApp voters' calling-code country
    outcomes: tuple[tuple[Outcome, Volume], ...]  # every outcome, in enum order
    answered_voters: int  # distinct voters answered automatically or by the desk
    # (outcome, whole minutes from tip to answer, tips) for AUTOMATIC and DESK answers.
    answer_minutes: tuple[tuple[Outcome, int, int], ...]
    backlog_items: int  # queue items open at the end of the period
    backlog_voters: int
    claim_count: int
    claims: tuple[ClaimFigures, ...]  # the top claims, most voters first
    scope: TipFilter = EVERYTHING


def percentile_minutes(histogram: list[tuple[int, int]], fraction: float) -> int | None:
    """The nearest-rank percentile of (minutes, count) pairs; None when there are none."""
    total = sum(count for _, count in histogram)
    if total == 0:
        return None
    rank = max(1, -(-int(fraction * total * 1000) // 1000))  # ceil, robust to 0.9 * 10
    seen = 0
    for minutes, count in sorted(histogram):
        seen += count
        if seen >= rank:
            return minutes
    return sorted(histogram)[-1][0]
