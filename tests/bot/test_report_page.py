"""report.html: right-to-left wordings isolated inside the English page, phone-sized layout,
and a withheld wording never shown."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.reports.charts import all_charts
from bot.reports.page import render_page
from factchecks.reports.figures import (
    ClaimFigures,
    ClaimKind,
    Dimension,
    Outcome,
    ReportFigures,
    Volume,
    VolumeRow,
)
from factchecks.reports.period import week_period
from factchecks.reports.privacy_floor import publish

ARABIC = "الحبر الانتخابي يزول بالخل، اتصل على 0501234567"
START = int(datetime(2026, 11, 24, 10, tzinfo=UTC).timestamp())


def _claim(claim_id: int, text: str, voters: int, kind: ClaimKind) -> ClaimFigures:
    return ClaimFigures(
        kind=kind,
        claim_id=claim_id,
        text=text,
        verdict="false" if kind is ClaimKind.FACT_CHECK else None,
        url="https://example.org/fc/ink" if kind is ClaimKind.FACT_CHECK else None,
        status="answered" if kind is ClaimKind.FACT_CHECK else "open",
        volume=Volume(voters * 2, voters),
        forwarded=Volume(0, 0),
        frequently_forwarded=Volume(0, 0),
        languages=(("ar", Volume(voters * 2, voters)),),
        first_seen_s=START,
        last_seen_s=START + 3600,
        previous=Volume(0, 0),
        voters_ever=voters,
        answer_s=0 if kind is ClaimKind.FACT_CHECK else None,
    )


def test_a_latin_wording_keeps_its_direction_and_a_mixed_one_follows_its_first_letter() -> None:
    from bot.reports.page import _wording

    assert _wording("Vote by SMS", 5) == '<div dir="auto">Vote by SMS</div>'
    assert _wording("SMS: صوّت", 5) == '<div dir="auto">SMS: صوّت</div>'
    assert _wording("«صوّت» SMS", 5) == '<div dir="rtl">«صوّت» SMS</div>'


def test_right_to_left_wordings_are_isolated_and_withheld_ones_are_absent() -> None:
    period = week_period("2026-W48", "Asia/Riyadh")
    figures = ReportFigures(
        period=period,
        total=Volume(30, 12),
        daily=(VolumeRow("2026-11-24", Dimension.ALL, "all", Volume(30, 12)),),
        hourly=(VolumeRow("13", Dimension.ALL, "all", Volume(30, 12)),),
        breakdown=(VolumeRow(period.label, Dimension.LANGUAGE, "ar", Volume(30, 12)),),
        regions=(("SA", Volume(30, 12)),),
        outcomes=tuple(
            (o, Volume(30, 12) if o is Outcome.AUTOMATIC else Volume(0, 0)) for o in Outcome
        ),
        answered_voters=12,
        answer_minutes=((Outcome.AUTOMATIC, 0, 30),),
        backlog_items=0,
        backlog_voters=0,
        claim_count=2,
        claims=(
            _claim(1, ARABIC, 8, ClaimKind.QUEUE_ITEM),
            _claim(2, "سر يعرفه ثلاثة ناخبين فقط", 3, ClaimKind.QUEUE_ITEM),
        ),
    )
    report = publish(figures, 5)
    page = render_page(report, all_charts(report), datetime(2026, 12, 1, tzinfo=UTC))
    assert '<meta name="viewport" content="width=device-width,initial-scale=1">' in page
    masked = "الحبر الانتخابي يزول بالخل، اتصل على [phone]"
    assert f'<div dir="rtl">{masked}</div>' in page
    assert "0501234567" not in page and "ثلاثة ناخبين" not in page
    assert "wording withheld (fewer than 5 voters)" in page
    assert page.count("data:image/png;base64,") == 5
