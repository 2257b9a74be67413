"""Writing a report folder: figures counted, the floor applied, every file written, then moved
into place in one rename, so a reader never sees half a report."""

from __future__ import annotations

import asyncio
import json
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from bot.reports.charts import all_charts
from bot.reports.page import render_page
from bot.reports.tables import csv_files, datapackage, summary
from factchecks.clock import utc_now
from factchecks.database import Database
from factchecks.reports.desk_record import desk_record
from factchecks.reports.figures import EVERYTHING, TipFilter
from factchecks.reports.period import ReportPeriod
from factchecks.reports.privacy_floor import PublishedReport, publish
from factchecks.reports.sql_figures import DEFAULT_TOP_CLAIMS, sql_figures


@dataclass(frozen=True)
class WrittenReport:
    """Where the report went, and what it says."""

    folder: Path
    report: PublishedReport
    files: tuple[str, ...]


def render_files(report: PublishedReport, generated_at: datetime) -> dict[str, str | bytes]:
    """Every file of the report folder, by name (CPU work: charts are drawn here)."""
    charts = all_charts(report)
    files: dict[str, str | bytes] = {**csv_files(report), **charts}
    files["summary.json"] = (
        json.dumps(summary(report, generated_at), indent=2, ensure_ascii=False) + "\n"
    )
    files["report.html"] = render_page(report, charts, generated_at)
    files["datapackage.json"] = datapackage(report, list(charts), generated_at)
    return files


def _write_files(report: PublishedReport, folder: Path) -> tuple[str, ...]:
    files = render_files(report, utc_now().astimezone(report.period.zone))
    for name, content in files.items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return tuple(sorted(files))


async def write_report(
    db: Database,
    period: ReportPeriod,
    folder: Path,
    *,
    min_voters: int,
    top: int = DEFAULT_TOP_CLAIMS,
    progress: Callable[[str], None] | None = None,
    scope: TipFilter = EVERYTHING,
) -> WrittenReport:
    """Count `period` (the tips in `scope`), apply the privacy floor, and write the folder
    (replacing an older one)."""
    figures = await sql_figures(
        db, period, top=top, progress=progress or (lambda _s: None), scope=scope
    )
    report = replace(publish(figures, min_voters), desk=await desk_record(db, period, min_voters))
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    try:
        files = await asyncio.to_thread(_write_files, report, staging)  # charts: CPU work
        if progress is not None:
            progress("files")
        if folder.exists():
            retired = folder.with_name(f".{folder.name}.old")
            shutil.rmtree(retired, ignore_errors=True)
            folder.rename(retired)
            staging.rename(folder)
            shutil.rmtree(retired, ignore_errors=True)
        else:
            staging.rename(folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return WrittenReport(folder, report, files)
