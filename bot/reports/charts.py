"""The report's charts as PNG bytes, drawn with matplotlib's Agg renderer.

Figures are built with `matplotlib.figure.Figure` on a `FigureCanvasAgg`, never through pyplot:
no global state, no display needed, safe off the event loop's thread. Charts carry only codes
(channels, languages, media types, outcomes) and counts, never a claim's wording, so there is no
right-to-left text to lay out. A suppressed cell (fewer than k voters) is drawn as nothing.
"""

from __future__ import annotations

import io
from collections import defaultdict

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from factchecks.reports.privacy_floor import PublishedReport

WIDTH_IN, HEIGHT_IN, DPI = 6.4, 3.2, 110
COLOURS = ("#1b6ca8", "#e07b39", "#3a9e6a", "#b94a6c", "#7a6fb0", "#8c8c3c", "#4aa3b9", "#999999")


def _png(figure: Figure) -> bytes:
    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    return buffer.getvalue()


def _figure(title: str) -> Figure:
    figure = Figure(figsize=(WIDTH_IN, HEIGHT_IN), layout="constrained")
    figure.suptitle(title, fontsize=11)
    return figure


def daily_by_channel(report: PublishedReport) -> bytes:
    """Stacked bars: tips per local day, one colour per channel."""
    days = [day.isoformat() for day in report.period.days]
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for row in report.daily:
        if row.dimension == "channel" and row.volume.tips is not None:
            counts[row.value][row.slot] = row.volume.tips
    figure = _figure("Tips per day, by channel")
    axes = figure.add_subplot()
    bottom = [0] * len(days)
    labels = [day[5:] for day in days]
    for colour, channel in zip(COLOURS, sorted(counts), strict=False):
        heights = [counts[channel].get(day, 0) for day in days]
        axes.bar(labels, heights, bottom=bottom, label=channel, color=colour)
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    if counts:
        axes.legend(fontsize=8)
    axes.tick_params(axis="x", labelsize=7, rotation=45 if len(days) > 10 else 0)
    axes.set_ylabel("tips")
    return _png(figure)


def hours(report: PublishedReport) -> bytes:
    """Bars: tips per local hour of the day over the period."""
    counts = {
        int(row.slot): row.volume.tips or 0 for row in report.hourly if row.dimension == "all"
    }
    figure = _figure(f"Tips per hour of the day ({report.period.timezone})")
    axes = figure.add_subplot()
    axes.bar(range(24), [counts.get(hour, 0) for hour in range(24)], color=COLOURS[0])
    axes.set_xticks(range(0, 24, 3))
    axes.set_xlabel("hour")
    axes.set_ylabel("tips")
    return _png(figure)


def breakdown(report: PublishedReport, dimension: str, title: str) -> bytes:
    """Horizontal bars: the period's tips by one dimension (language, media type)."""
    rows = sorted(
        (row for row in report.breakdown if row.dimension == dimension and row.volume.tips),
        key=lambda row: row.volume.tips or 0,
    )
    figure = _figure(title)
    axes = figure.add_subplot()
    axes.barh([row.value for row in rows], [row.volume.tips or 0 for row in rows], color=COLOURS[2])
    axes.set_xlabel("tips")
    return _png(figure)


def outcomes(report: PublishedReport) -> bytes:
    """Horizontal bars: what happened to the period's tips, in percent."""
    shown = [found for found in report.outcomes if found.share_percent is not None]
    figure = _figure("What happened to the tips (% of tips)")
    axes = figure.add_subplot()
    axes.barh(
        [found.outcome.value for found in shown][::-1],
        [found.share_percent or 0.0 for found in shown][::-1],
        color=COLOURS[1],
    )
    axes.set_xlim(0, 100)
    return _png(figure)


def all_charts(report: PublishedReport) -> dict[str, bytes]:
    """File name -> PNG bytes, in the order the page shows them."""
    return {
        "daily.png": daily_by_channel(report),
        "hours.png": hours(report),
        "languages.png": breakdown(report, "language", "Tips by language"),
        "media.png": breakdown(report, "media", "Tips by media type"),
        "outcomes.png": outcomes(report),
    }
