"""The report's SQL aggregation agrees with its slow twin, figure for figure, on both databases.

Synthetic periods with rate-limited tips, queue items closed during and after the period, WhatsApp
numbers from a dozen calling codes; in a timezone with a half-hour offset and across a
daylight-saving change, where a local day is not 24 UTC hours.
"""

from __future__ import annotations

import pytest

from benchmarks.report_data import write_synthetic_period
from factchecks.claim_tags import change_tags
from factchecks.database import Database
from factchecks.reports.figures import Dimension, Outcome, TipFilter, percentile_minutes
from factchecks.reports.period import PeriodError, parse_period, range_period, week_period
from factchecks.reports.reference_figures import reference_figures
from factchecks.reports.sql_figures import sql_figures


@pytest.mark.parametrize(
    ("week", "timezone"),
    [
        ("2026-W48", "Asia/Kolkata"),  # +05:30: local hours straddle UTC hours
        ("2026-W43", "Europe/Paris"),  # ends on the Sunday clocks go back (a 25-hour day)
    ],
)
async def test_sql_figures_equal_the_reference_on_a_synthetic_week(
    db: Database, week: str, timezone: str
) -> None:
    period = week_period(week, timezone)
    written = await write_synthetic_period(db, period, tips=1_500, seed=3)
    fast = await sql_figures(db, period, top=15)
    slow = await reference_figures(db, period, top=15)
    assert fast == slow
    # The figures are about this period's tips, and the exclusions bite.
    assert 0 < fast.total.tips < written.tips_in_period
    assert sum(row.volume.tips for row in fast.daily if row.dimension is Dimension.ALL) == (
        fast.total.tips
    )
    assert sum(volume.tips for _, volume in fast.outcomes) == fast.total.tips
    assert len(fast.claims) == 15 and fast.claim_count > 15
    assert any(claim.previous.tips for claim in fast.claims)
    assert dict(fast.outcomes)[Outcome.DESK].tips > 0


@pytest.mark.parametrize(
    "scope",
    [
        TipFilter(languages=frozenset({"es", "pt", "und"})),
        TipFilter(regions=frozenset({"NG", "US"})),
        TipFilter(languages=frozenset({"ar", "fr", "en"}), regions=frozenset({"EG", "BR", "FR"})),
    ],
)
async def test_an_organisations_filter_gives_the_same_figures_both_ways(
    db: Database, scope: TipFilter
) -> None:
    period = week_period("2026-W48", "Africa/Lagos")
    await write_synthetic_period(db, period, tips=1_200, seed=9)
    fast = await sql_figures(db, period, top=10, scope=scope)
    assert fast == await reference_figures(db, period, top=10, scope=scope)
    everything = await sql_figures(db, period, top=10)
    assert 0 < fast.total.tips < everything.total.tips
    languages = {row.value for row in fast.breakdown if row.dimension is Dimension.LANGUAGE}
    assert not scope.languages or languages <= scope.languages
    if scope.regions:
        assert {row.value for row in fast.breakdown if row.dimension is Dimension.CHANNEL} == {
            "whatsapp"
        }


async def test_a_day_when_clocks_go_back_has_25_hours_of_tips(db: Database) -> None:
    period = week_period("2026-W43", "Europe/Paris")
    assert (period.end_utc - period.start_utc).total_seconds() == 7 * 86_400 + 3_600
    await write_synthetic_period(db, period, tips=400, seed=5)
    figures = await sql_figures(db, period)
    days = [row.slot for row in figures.daily if row.dimension is Dimension.ALL]
    assert days == [day.isoformat() for day in period.days]


def test_periods_read_weeks_and_ranges_and_refuse_the_rest() -> None:
    week = week_period("2026-W48", "UTC")
    assert (week.first_day.isoformat(), week.last_day.isoformat()) == ("2026-11-23", "2026-11-29")
    assert week.previous().label == "2026-W47"
    assert parse_period(week.label, "UTC") == week
    days = range_period("2026-11-23", "2026-11-25", "Africa/Lagos")
    assert days.label == "2026-11-23..2026-11-25" and len(days.days) == 3
    assert days.previous().label == "2026-11-20..2026-11-22"
    for bad in ("2026-W54", "2026-48", "W48", ""):
        with pytest.raises(PeriodError):
            week_period(bad, "UTC")
    with pytest.raises(PeriodError):
        range_period("2026-11-25", "2026-11-23", "UTC")
    with pytest.raises(PeriodError):
        range_period("2026-11-23", "tomorrow", "UTC")
    with pytest.raises(PeriodError):
        week_period("2026-W48", "Mars/Olympus")


def test_percentiles_are_nearest_rank() -> None:
    assert percentile_minutes([], 0.5) is None
    assert percentile_minutes([(0, 5), (10, 5)], 0.5) == 0
    assert percentile_minutes([(0, 5), (10, 5)], 0.9) == 10
    assert percentile_minutes([(3, 1)], 0.9) == 3
    assert percentile_minutes([(1, 1), (2, 1), (3, 1), (4, 1), (5, 6)], 0.4) == 4


async def test_a_tag_filter_gives_the_same_figures_both_ways(db: Database) -> None:
    """Tips are in a tag through their queue item, their fact-check, or the fact-check that
    answered a tagged item; the SQL filter and the row-by-row one agree."""
    period = week_period("2026-W48", "Africa/Lagos")
    await write_synthetic_period(db, period, tips=1_200, seed=9)
    for item_id in (1, 2, 3, 5, 8):
        await change_tags(db, add={"violence"}, remove=set(), actor="Ana", queue_item_id=item_id)
    await change_tags(db, add={"violence", "ink"}, remove=set(), actor="Ana", fact_check_id=2)
    await change_tags(db, add={"ink"}, remove=set(), actor="Ana", queue_item_id=13)
    assert await change_tags(db, add=set(), remove={"ink"}, actor="Ana", fact_check_id=2) == [
        "violence"
    ]
    everything = await sql_figures(db, period, top=10)
    for tags in ({"violence"}, {"ink"}, {"violence", "ink"}):
        scope = TipFilter(tags=frozenset(tags))
        fast = await sql_figures(db, period, top=10, scope=scope)
        assert fast == await reference_figures(db, period, top=10, scope=scope)
        assert 0 < fast.total.tips < everything.total.tips, tags
    violence = await sql_figures(db, period, scope=TipFilter(tags=frozenset({"violence"})))
    both = await sql_figures(db, period, scope=TipFilter(tags=frozenset({"violence", "ink"})))
    assert violence.total.tips < both.total.tips
    assert TipFilter(tags=frozenset({"ink"}), languages=frozenset({"es"})).describe() == (
        "languages es; tags ink"
    )
