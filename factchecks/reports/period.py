"""A report's period: an ISO week or a range of days, read in the deployment's timezone.

The period is whole local days, so "Monday" is the voters' Monday. The database keeps UTC; the
aggregations turn a UTC instant into a local one with the offsets this module lists (one per
stretch between daylight-saving changes), so no database needs timezone support.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# Every real UTC offset is a multiple of 15 minutes, and changes happen on such a boundary.
_OFFSET_STEP = timedelta(minutes=15)
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
MAX_PERIOD_DAYS = 366


class PeriodError(ValueError):
    """A period that cannot be read (`text` is what was given)."""

    def __init__(self, text: str, problem: str) -> None:
        super().__init__(f"{text!r}: {problem}")
        self.text = text


def timezone_named(name: str) -> ZoneInfo:
    """The IANA timezone `name` ("Europe/Paris"); PeriodError when unknown."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise PeriodError(name, "not a timezone name (e.g. UTC, Africa/Lagos)") from error


@dataclass(frozen=True)
class OffsetStretch:
    """From `start_utc` (inclusive) on, local time is UTC plus `offset_s` seconds."""

    start_utc: datetime
    offset_s: int


@dataclass(frozen=True)
class ReportPeriod:
    """Whole local days `first_day`..`last_day` (inclusive) in `timezone`."""

    label: str
    first_day: date
    last_day: date
    timezone: str

    @property
    def zone(self) -> ZoneInfo:
        """The timezone as a `ZoneInfo`."""
        return ZoneInfo(self.timezone)

    @property
    def start_utc(self) -> datetime:
        """The first instant of the period."""
        return datetime.combine(self.first_day, time(), self.zone).astimezone(UTC)

    @property
    def end_utc(self) -> datetime:
        """The first instant after the period."""
        after = self.last_day + timedelta(days=1)
        return datetime.combine(after, time(), self.zone).astimezone(UTC)

    @property
    def days(self) -> list[date]:
        """Every local day of the period, in order."""
        count = (self.last_day - self.first_day).days + 1
        return [self.first_day + timedelta(days=n) for n in range(count)]

    def previous(self) -> ReportPeriod:
        """The period of the same length just before this one (for growth figures)."""
        length = timedelta(days=len(self.days))
        first, last = self.first_day - length, self.last_day - length
        label = _week_label(first) if _WEEK.match(self.label) else _range_label(first, last)
        return ReportPeriod(label, first, last, self.timezone)

    def offsets(self, start_utc: datetime, end_utc: datetime) -> list[OffsetStretch]:
        """The local offsets in force between two instants, each from where it starts."""
        zone = self.zone
        stretches: list[OffsetStretch] = []
        moment = start_utc
        while moment < end_utc:
            offset = moment.astimezone(zone).utcoffset() or timedelta()
            offset_s = int(offset.total_seconds())
            if not stretches or stretches[-1].offset_s != offset_s:
                stretches.append(OffsetStretch(moment, offset_s))
            moment += _OFFSET_STEP
        return stretches or [OffsetStretch(start_utc, 0)]


def _week_label(monday: date) -> str:
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


def _range_label(first: date, last: date) -> str:
    return f"{first.isoformat()}..{last.isoformat()}"


def week_period(text: str, timezone: str) -> ReportPeriod:
    """`2026-W48` -> Monday to Sunday of that ISO week, in `timezone`."""
    timezone_named(timezone)
    found = _WEEK.match(text.strip())
    if found is None:
        raise PeriodError(text, "not an ISO week (e.g. 2026-W48)")
    try:
        monday = date.fromisocalendar(int(found[1]), int(found[2]), 1)
    except ValueError as error:
        raise PeriodError(text, f"no such week: {error}") from error
    return ReportPeriod(_week_label(monday), monday, monday + timedelta(days=6), timezone)


def range_period(first: str, last: str, timezone: str) -> ReportPeriod:
    """`--from 2026-11-23 --to 2026-11-29` (both days included), in `timezone`."""
    timezone_named(timezone)
    days = []
    for text in (first, last):
        try:
            days.append(date.fromisoformat(text.strip()))
        except ValueError as error:
            raise PeriodError(text, "not an ISO date (e.g. 2026-11-23)") from error
    start, end = days
    if end < start:
        raise PeriodError(f"{first}..{last}", "the end comes before the start")
    if (end - start).days + 1 > MAX_PERIOD_DAYS:
        raise PeriodError(f"{first}..{last}", f"longer than {MAX_PERIOD_DAYS} days")
    return ReportPeriod(_range_label(start, end), start, end, timezone)


def parse_period(text: str, timezone: str) -> ReportPeriod:
    """A week (`2026-W48`) or a range (`2026-11-23..2026-11-29`), as printed in report labels."""
    if ".." in text:
        first, _, last = text.partition("..")
        return range_period(first, last, timezone)
    return week_period(text, timezone)
