"""Instants as whole seconds since 1970 in SQL, and local days and hours from them.

SQLite stores UTC timestamps as text and has no time zones; PostgreSQL has both. Both can give
whole UTC seconds, and a local time is those plus the offset in force (`ReportPeriod.offsets`),
so one expression serves both databases and the local calendar is decided here, not by a server
setting.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from sqlalchemy import BigInteger, ColumnElement, case, cast, extract, func, literal_column

from factchecks.reports.period import OffsetStretch

DAY_S = 86_400
HOUR_S = 3_600


def epoch_seconds(column: ColumnElement[Any], *, sqlite: bool) -> ColumnElement[int]:
    """Whole seconds since 1970 (UTC) of a timestamp column, rounded down as Python's
    `int(moment.timestamp())` rounds them.

    SQLite reads a timestamp to the millisecond, rounded: "12:00:59.9997" would be 12:01:00, a
    tip in the last half millisecond of a day counted in the next one. Its text is cut to whole
    seconds first ("YYYY-MM-DD HH:MM:SS", as SQLAlchemy writes it).
    """
    if sqlite:
        return cast(func.strftime("%s", func.substr(column, 1, 19)), BigInteger)
    return cast(func.floor(extract("epoch", column)), BigInteger)


def local_from_epoch(
    seconds: ColumnElement[int], stretches: list[OffsetStretch]
) -> ColumnElement[int]:
    """Local seconds from UTC seconds already computed (integer comparisons only)."""
    if len(stretches) == 1:
        return seconds + _number(stretches[0].offset_s)
    offset = case(
        *(
            (seconds < _number(int(later.start_utc.timestamp())), _number(earlier.offset_s))
            for earlier, later in pairwise(stretches)
        ),
        else_=_number(stretches[-1].offset_s),
    )
    return seconds + offset


def local_day(seconds: ColumnElement[int]) -> ColumnElement[int]:
    """Days since 1970-01-01 of a local time in seconds."""
    return seconds // _number(DAY_S)


def local_hour(seconds: ColumnElement[int]) -> ColumnElement[int]:
    """Hour of the day (0-23) of a local time in seconds."""
    return (seconds % _number(DAY_S)) // _number(HOUR_S)


def _number(value: int) -> ColumnElement[int]:
    """An integer written into the SQL itself, so equal expressions compare equal in GROUP BY."""
    return literal_column(str(int(value)), BigInteger)
