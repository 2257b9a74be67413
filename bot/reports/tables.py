"""The report's tables (claims.csv, daily.csv, hourly.csv, regions.csv), summary.json and the
Frictionless Data Package (datapackage.json) that describes every column.

A suppressed count is written as `<k` (`<5`), which the Data Package declares a missing value, so
the count columns stay integers for any Frictionless reader.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from factchecks.reports.privacy_floor import Count, PublishedClaim, PublishedReport, PublishedRow


@dataclass(frozen=True)
class Column:
    """A CSV column: its name, Frictionless type and what it holds."""

    name: str
    type: str
    description: str


CLAIM_COLUMNS = (
    Column("rank", "integer", "Position in the period's top claims, by distinct voters"),
    Column(
        "kind", "string", "fact_check (answered with one) or queue_item (not answered with one)"
    ),
    Column("claim_id", "integer", "The fact-check's or the queue item's id in this tip-line"),
    Column(
        "claim",
        "string",
        "The claim's wording: a fact-check's, or voters' when at least k distinct voters sent it "
        "(phone numbers, e-mail addresses, handles and URL query strings masked); "
        "empty if withheld",
    ),
    Column("claim_withheld", "boolean", "True when the wording is withheld (fewer than k voters)"),
    Column("requests", "integer", "Tips about the claim in the period"),
    Column("voters", "integer", "Distinct voters who sent those tips"),
    Column("forwarded", "integer", "Of those tips, how many were forwarded messages"),
    Column("frequently_forwarded", "integer", "Tips WhatsApp marked forwarded many times"),
    Column(
        "languages", "string", "Languages sent by at least k voters, most first (space-separated)"
    ),
    Column(
        "first_seen", "datetime", "First tip in the period, local time, rounded down to the hour"
    ),
    Column("last_seen", "datetime", "Last tip in the period, local time, rounded down to the hour"),
    Column("previous_requests", "integer", "Tips about the claim in the period before"),
    Column("growth_percent", "number", "Change in requests against the period before, in percent"),
    Column("verdict", "string", "The fact-check's verdict"),
    Column("fact_check_url", "string", "Where the fact-check is published"),
    Column("status", "string", "answered, open or dismissed at the end of the period"),
    Column(
        "time_to_answer_s", "integer", "Seconds from the claim's first tip ever to its first answer"
    ),
)
VOLUME_COLUMNS = (
    Column("dimension", "string", "all, channel, language (ISO 639; und: unknown) or media"),
    Column(
        "value", "string", "The channel, language or media type (text, picture, screenshot, other)"
    ),
    Column("tips", "integer", "Tips received (rate-limited and blocked senders never count)"),
    Column("voters", "integer", "Distinct voters who sent them"),
)
DAILY_COLUMNS = (Column("date", "date", "Local date"), *VOLUME_COLUMNS)
HOURLY_COLUMNS = (
    Column("hour", "integer", "Local hour of the day (0-23), over the period"),
    *VOLUME_COLUMNS,
)
REGION_COLUMNS = (
    Column(
        "region",
        "string",
        "Country of a WhatsApp number's calling code (ISO 3166), or +code for shared codes",
    ),
    Column("tips", "integer", "Tips from WhatsApp numbers with that calling code"),
    Column("voters", "integer", "Distinct voters among them"),
)
CORRECTION_COLUMNS = (
    Column("corrected_at", "datetime", "When the desk corrected the verdict, local time"),
    Column("fact_check_id", "integer", "The fact-check's id in this tip-line"),
    Column("claim", "string", "The fact-check's claim (identifiers masked)"),
    Column("fact_check_url", "string", "Where the fact-check is published"),
    Column("verdict_before", "string", "The verdict voters had been sent"),
    Column("verdict_after", "string", "The corrected verdict"),
    Column("voters_told", "integer", "Voters who had received it and were sent the correction"),
)
ESCALATION_COLUMNS = (
    Column("escalation_id", "integer", "The escalation's id in this tip-line"),
    Column("queue_item_id", "integer", "The claim (queue item) escalated"),
    Column("recipient", "string", "The platform or electoral body it was sent to"),
    Column(
        "status",
        "string",
        "pending, sent, failed, acknowledged, actioned or declined, when the report was made",
    ),
    Column("escalated_at", "datetime", "When the desk escalated it, local time"),
    Column("sent_at", "datetime", "When it reached the recipient, local time"),
    Column("outcome_note", "string", "The recipient's answer as the desk noted it (masked)"),
)
TABLES: dict[str, tuple[Column, ...]] = {
    "claims": CLAIM_COLUMNS,
    "daily": DAILY_COLUMNS,
    "hourly": HOURLY_COLUMNS,
    "regions": REGION_COLUMNS,
    "corrections": CORRECTION_COLUMNS,
    "escalations": ESCALATION_COLUMNS,
}


def cell(value: Count, k: int) -> str:
    """A count as written: the number, or `<k` when suppressed."""
    return f"<{k}" if value is None else str(value)


def local_time(report: PublishedReport, value: datetime | None) -> str:
    """An instant as local ISO time in the report's timezone, or ''."""
    if value is None:
        return ""
    return value.astimezone(report.period.zone).replace(tzinfo=None).isoformat(timespec="minutes")


def claim_row(report: PublishedReport, claim: PublishedClaim) -> list[str]:
    """A claims.csv row."""
    k = report.min_voters
    return [
        str(claim.rank),
        claim.kind.value,
        str(claim.claim_id),
        claim.text or "",
        "true" if claim.text is None else "false",
        cell(claim.volume.tips, k),
        cell(claim.volume.voters, k),
        cell(claim.forwarded, k),
        cell(claim.frequently_forwarded, k),
        " ".join(claim.languages),
        local_time(report, claim.first_seen),
        local_time(report, claim.last_seen),
        cell(claim.previous.tips, k),
        "" if claim.growth_percent is None else str(claim.growth_percent),
        claim.verdict or "",
        claim.url or "",
        claim.status,
        "" if claim.answer_s is None else str(claim.answer_s),
    ]


def correction_rows(report: PublishedReport) -> list[list[str]]:
    """corrections.csv rows, oldest first."""
    return [
        [
            local_time(report, found.at),
            str(found.fact_check_id),
            found.claim,
            found.url or "",
            found.verdict_before,
            found.verdict_after,
            cell(found.notified, report.min_voters),
        ]
        for found in report.desk.corrections
    ]


def escalation_rows(report: PublishedReport) -> list[list[str]]:
    """escalations.csv rows, oldest first."""
    return [
        [
            str(found.id),
            str(found.queue_item_id),
            found.recipient,
            found.status.value,
            local_time(report, found.created_at),
            local_time(report, found.sent_at),
            found.outcome_note or "",
        ]
        for found in report.desk.escalations
    ]


def _volume_rows(rows: Sequence[PublishedRow], k: int, *, hour: bool) -> list[list[str]]:
    return [
        [
            str(int(row.slot)) if hour else row.slot,
            row.dimension,
            row.value,
            cell(row.volume.tips, k),
            cell(row.volume.voters, k),
        ]
        for row in rows
    ]


def _csv(columns: Sequence[Column], rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([column.name for column in columns])
    writer.writerows(rows)
    return buffer.getvalue()


def csv_files(report: PublishedReport) -> dict[str, str]:
    """File name -> CSV text."""
    k = report.min_voters
    return {
        "claims.csv": _csv(CLAIM_COLUMNS, [claim_row(report, c) for c in report.claims]),
        "daily.csv": _csv(DAILY_COLUMNS, _volume_rows(report.daily, k, hour=False)),
        "hourly.csv": _csv(HOURLY_COLUMNS, _volume_rows(report.hourly, k, hour=True)),
        "regions.csv": _csv(
            REGION_COLUMNS,
            [
                [label, cell(volume.tips, k), cell(volume.voters, k)]
                for label, volume in report.regions
            ],
        ),
        "corrections.csv": _csv(CORRECTION_COLUMNS, correction_rows(report)),
        "escalations.csv": _csv(ESCALATION_COLUMNS, escalation_rows(report)),
    }


def _json_count(value: Count, k: int) -> int | str:
    return f"<{k}" if value is None else value


def summary(report: PublishedReport, generated_at: datetime) -> dict[str, Any]:
    """summary.json: the headline figures."""
    k = report.min_voters
    period = report.period
    return {
        "period": {
            "label": period.label,
            "first_day": period.first_day.isoformat(),
            "last_day": period.last_day.isoformat(),
            "timezone": period.timezone,
        },
        "generated_at": generated_at.isoformat(timespec="seconds"),
        "scope": report.scope,
        "min_voters": k,
        "suppressed_as": f"<{k}",
        "empty": report.empty,
        "tips": _json_count(report.total.tips, k),
        "voters": _json_count(report.total.voters, k),
        "outcomes": {
            found.outcome.value: {
                "tips": _json_count(found.volume.tips, k),
                "voters": _json_count(found.volume.voters, k),
                "share_percent": found.share_percent,
            }
            for found in report.outcomes
        },
        "time_to_answer_minutes": {
            "median": report.answer_median_min,
            "p90": report.answer_p90_min,
            "desk_median": report.desk_median_min,
            "desk_p90": report.desk_p90_min,
        },
        "backlog_items": _json_count(report.backlog_items, k),
        "claims": report.claim_count,
        "by": {
            dimension: {
                row.value: {
                    "tips": _json_count(row.volume.tips, k),
                    "voters": _json_count(row.volume.voters, k),
                }
                for row in report.breakdown
                if row.dimension == dimension
            }
            for dimension in ("channel", "language", "media")
        },
        "regions": {
            label: {"tips": _json_count(v.tips, k), "voters": _json_count(v.voters, k)}
            for label, v in report.regions
        },
        "top_claims": [
            dict(zip([c.name for c in CLAIM_COLUMNS], claim_row(report, claim), strict=True))
            for claim in report.claims
        ],
        "corrections": len(report.desk.corrections),
        "corrections_list": [
            dict(zip([c.name for c in CORRECTION_COLUMNS], row, strict=True))
            for row in correction_rows(report)
        ],
        "escalations": [
            dict(zip([c.name for c in ESCALATION_COLUMNS], row, strict=True))
            for row in escalation_rows(report)
        ],
    }


def datapackage(report: PublishedReport, charts: Sequence[str], generated_at: datetime) -> str:
    """datapackage.json: a Frictionless Tabular Data Package describing every file and column."""
    k = report.min_voters
    resources: list[dict[str, Any]] = [
        {
            "name": name,
            "path": f"{name}.csv",
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "schema": {
                "fields": [
                    {"name": c.name, "type": c.type, "description": c.description} for c in columns
                ],
                "missingValues": ["", f"<{k}"],
            },
        }
        for name, columns in TABLES.items()
    ]
    resources.append(
        {
            "name": "summary",
            "path": "summary.json",
            "format": "json",
            "mediatype": "application/json",
            "description": (
                f"Headline figures; a count under the privacy floor is the string '<{k}'"
            ),
        }
    )
    resources.append(
        {
            "name": "report",
            "path": "report.html",
            "format": "html",
            "mediatype": "text/html",
            "description": "The report as one self-contained page",
        }
    )
    resources.extend(
        {
            "name": chart.removesuffix(".png"),
            "path": chart,
            "format": "png",
            "mediatype": "image/png",
        }
        for chart in charts
    )
    descriptor = {
        "profile": "tabular-data-package",
        "name": f"tipline-report-{report.period.label.lower().replace('..', '-to-')}",
        "title": f"Tip-line report {report.period.label} ({report.period.timezone})",
        "description": (
            "What voters sent the tip-line and what was done about it. Counts backed by fewer than "
            f"{k} distinct voters are shown as '<{k}'; no voter is identified."
        ),
        "created": generated_at.isoformat(timespec="seconds"),
        "resources": resources,
    }
    return json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n"
