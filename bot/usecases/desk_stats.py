"""`/stats [today|week]`: the desk's figures for today (since midnight UTC) or the last seven
days, for fact-checkers only."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from bot import texts
from bot.replies import Msg, Reply
from bot.usecases.dependencies import Core, Person
from bot.usecases.desk_queue import refusal
from bot.usecases.desk_views import lines, when
from factchecks.clock import utc_now
from factchecks.desk_stats import DeskFigures, desk_figures


class Period(StrEnum):
    """The periods `/stats` knows."""

    TODAY = "today"
    WEEK = "week"


def period_start(period: Period, now: datetime) -> datetime:
    """Midnight UTC today, or seven days ago."""
    if period is Period.TODAY:
        return now.replace(hour=0, minute=0, second=0, microsecond=0)
    return now - timedelta(days=7)


async def show_stats(
    core: Core, actor: Person, period: Period = Period.TODAY, now: datetime | None = None
) -> Reply:
    """The desk's figures for `period`."""
    if refused := refusal(core, actor):
        return refused
    now = now or utc_now()
    since = period_start(period, now)
    async with core.db.session() as session:
        figures = await desk_figures(session, since, now)
    header = texts.STATS_TODAY if period is Period.TODAY else texts.STATS_WEEK
    return Reply((Msg(header, {"since": when(since)}), lines(stats_lines(figures))))


def stats_lines(figures: DeskFigures) -> list[Msg]:
    """The figures, one message per line."""
    out = [
        Msg(
            texts.STATS_TIPS,
            {
                "tips": figures.tips,
                "auto": figures.answered_automatically,
                "queued": figures.queued,
            },
        ),
        Msg(
            texts.STATS_CLOSED,
            {"answered": figures.answered_by_desk, "dismissed": figures.dismissed},
        ),
    ]
    if figures.backlog and figures.oldest_waiting_s is not None:
        minutes = int(figures.oldest_waiting_s // 60)
        out.append(Msg(texts.STATS_BACKLOG, {"backlog": figures.backlog, "minutes": minutes}))
    else:
        out.append(Msg(texts.STATS_NO_BACKLOG))
    if figures.median_s is not None and figures.p90_s is not None:
        median, p90 = _minutes(figures.median_s), _minutes(figures.p90_s)
        out.append(Msg(texts.STATS_TIMES, {"median": median, "p90": p90}))
    else:
        out.append(Msg(texts.STATS_NO_TIMES))
    out.append(Msg(texts.STATS_CHANNELS, {"channels": _counts(figures.by_channel)}))
    out.append(Msg(texts.STATS_LANGUAGES, {"languages": _counts(figures.by_language)}))
    out.append(Msg(texts.STATS_FACTCHECKERS, {"names": _counts(figures.by_factchecker)}))
    return out


def _minutes(seconds: float) -> str:
    return f"{seconds / 60:.1f}"


def _counts(counts: dict[str, int]) -> str:
    """`telegram 12, whatsapp 8` (most first), or `–` for none."""
    return ", ".join(f"{key} {count}" for key, count in counts.items()) or "–"
