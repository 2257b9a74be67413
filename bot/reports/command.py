"""`tipline report`: the command line around `write_report`, with a progress bar on a terminal."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tqdm import tqdm

from bot.reports.folder import write_report
from bot.settings import Settings
from factchecks.database import Database
from factchecks.reports.period import PeriodError, ReportPeriod, parse_period, range_period
from factchecks.reports.sql_figures import DEFAULT_TOP_CLAIMS, STEPS


def add_report_arguments(parser: argparse.ArgumentParser) -> None:
    """`--week 2026-W48` or `--from 2026-11-23 --to 2026-11-29`, `--out`, `--top`."""
    parser.add_argument("--week", help="an ISO week, e.g. 2026-W48")
    parser.add_argument("--from", dest="first_day", metavar="DATE", help="first day (ISO date)")
    parser.add_argument("--to", dest="last_day", metavar="DATE", help="last day, included")
    parser.add_argument("--out", type=Path, help="the folder to write (default: reports/<period>)")
    parser.add_argument(
        "--top", type=int, default=DEFAULT_TOP_CLAIMS, help="how many claims to list"
    )


def period_of(args: argparse.Namespace, timezone: str) -> ReportPeriod:
    """The period the arguments name; PeriodError with what is wrong."""
    if args.week and (args.first_day or args.last_day):
        raise PeriodError(args.week, "give --week or --from/--to, not both")
    if args.week:
        return parse_period(args.week, timezone)
    if args.first_day and args.last_day:
        return range_period(args.first_day, args.last_day, timezone)
    raise PeriodError("", "give --week 2026-W48, or --from and --to (ISO dates)")


async def run_report(settings: Settings, args: argparse.Namespace) -> int:
    """Write the report folder; 2 with a message for a bad period."""
    try:
        period = period_of(args, settings.timezone)
    except PeriodError as error:
        print(f"tipline report: {error}", file=sys.stderr)
        return 2
    if args.top < 1:
        print("tipline report: --top must be at least 1", file=sys.stderr)
        return 2
    folder = args.out or Path("reports") / period.label.replace("..", "_")
    db = Database(settings.database_url)
    bar = tqdm(total=STEPS + 1, desc=f"report {period.label}", unit="step", disable=None)

    def advance(step: str) -> None:
        bar.set_postfix_str(step)
        bar.update(1)

    try:
        written = await write_report(
            db,
            period,
            folder,
            min_voters=settings.report_min_voters,
            top=args.top,
            progress=advance,
        )
    finally:
        bar.close()
        await db.dispose()
    report = written.report
    headline = "no tips in this period" if report.empty else f"{report.total.tips} tips"
    if report.total.tips is None:
        headline = f"fewer than {report.min_voters} voters"
    print(f"wrote {written.folder} ({period.label}, {period.timezone}): {headline}")
    return 0
