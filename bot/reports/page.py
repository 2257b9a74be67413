"""report.html: one self-contained page (charts inlined), readable on a phone.

Claims may be in Arabic, Urdu or Persian inside an English page: each wording is a block with
its own direction, decided by its first strong character as the FIRST STRONG ISOLATE that
`bot.bidi_text` puts around values in chat replies (`dir="rtl"`, else `dir="auto"`), so it is
laid out and aligned right-to-left, and punctuation and numbers around it stay where a reader
expects them.
"""

from __future__ import annotations

import base64
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import datetime
from html import escape

from bot.bidi_text import has_right_to_left
from bot.reports.tables import cell, correction_rows, escalation_rows, local_time
from factchecks.reports.privacy_floor import Count, PublishedReport

STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic",
sans-serif;margin:0 auto;padding:1rem;max-width:60rem;line-height:1.45;color:#1d1d1f}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem}
.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.6rem}
.figure{border:1px solid #ddd;border-radius:.4rem;padding:.5rem}
.figure b{display:block;font-size:1.3rem}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;font-size:.85rem;min-width:100%}
th,td{border-bottom:1px solid #e3e3e3;padding:.3rem .4rem;text-align:start;vertical-align:top}
td.n{text-align:end;font-variant-numeric:tabular-nums}
img{max-width:100%;height:auto}
.note{color:#555;font-size:.85rem}
"""


def _minutes(value: Count) -> str:
    return "—" if value is None else f"{value} min"


def _table(headers: Iterable[str], rows: Iterable[Iterable[str]], numeric: set[int]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="n">{value}</td>' if n in numeric else f"<td>{value}</td>"
            for n, value in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return f'<div class="scroll"><table><tr>{head}</tr>{body}</table></div>'


def starts_right_to_left(text: str) -> bool:
    """The first strongly directional character is right-to-left (what FSI would decide)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return has_right_to_left(text)


def _wording(text: str | None, k: int) -> str:
    if text is None:
        return f"<i>wording withheld (fewer than {k} voters)</i>"
    # A block of its own direction: laid out (and aligned) right-to-left when its first strong
    # character is, isolated from the cells and punctuation around it either way.
    direction = "rtl" if starts_right_to_left(text) else "auto"
    return f'<div dir="{direction}">{escape(text)}</div>'


def link(url: str | None) -> str:
    if not url:
        return ""
    return f'<a href="{escape(url, quote=True)}" dir="ltr">{escape(url)}</a>'


def render_page(
    report: PublishedReport, charts: Mapping[str, bytes], generated_at: datetime
) -> str:
    """The whole page."""
    k = report.min_voters
    period = report.period
    title = f"Tip-line report {period.label}"
    parts = [
        "<!doctype html>",
        '<html lang="en" dir="ltr"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width,initial-scale=1">',
        f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="note">{period.first_day.isoformat()} to {period.last_day.isoformat()} '
        f"({escape(period.timezone)}); {escape(report.scope)}; "
        f"generated {generated_at.isoformat(timespec='minutes')}. "
        f"Counts backed by fewer than {k} distinct voters are shown as <b>&lt;{k}</b>; "
        "rate-limited and blocked senders are not counted; no voter is identified.</p>",
    ]
    if report.empty:
        parts.append("<p><b>No tips were received in this period.</b></p>")
    outcome = {found.outcome.value: found for found in report.outcomes}

    def share(name: str) -> str:
        found = outcome[name]
        if found.share_percent is None:
            return f"&lt;{k}" if found.volume.tips is None else "—"
        return f"{found.share_percent}%"

    figures = [
        ("Tips", escape(cell(report.total.tips, k))),
        ("Voters", escape(cell(report.total.voters, k))),
        ("Answered at once", share("automatic")),
        ("Answered by the desk", share("desk")),
        ("Dismissed", share("dismissed")),
        ("Still open", share("open")),
        ("Median time to answer", _minutes(report.answer_median_min)),
        ("90% answered within", _minutes(report.answer_p90_min)),
        ("Desk: median", _minutes(report.desk_median_min)),
        ("Backlog at the end", escape(cell(report.backlog_items, k))),
        ("Claims", str(report.claim_count)),
        ("Corrections issued", str(len(report.desk.corrections))),
        ("Escalations", str(len(report.desk.escalations))),
    ]
    parts.append(
        '<div class="figures">'
        + "".join(f'<div class="figure">{name}<b>{value}</b></div>' for name, value in figures)
        + "</div>"
    )
    parts.append(
        '<p class="note">Times to answer count an automatic answer as 0 minutes; "—" means no '
        f"answer, or fewer than {k} voters answered.</p>"
    )
    parts.append("<h2>Top claims</h2>")
    parts.append(
        _table(
            [
                "#",
                "Claim",
                "Requests",
                "Voters",
                "Fwd",
                "Fwd many",
                "Languages",
                "Growth",
                "Verdict",
                "Fact-check",
                "Status",
                "Answered in",
                "First seen",
            ],
            (
                [
                    str(c.rank),
                    _wording(c.text, k),
                    escape(cell(c.volume.tips, k)),
                    escape(cell(c.volume.voters, k)),
                    escape(cell(c.forwarded, k)),
                    escape(cell(c.frequently_forwarded, k)),
                    escape(" ".join(c.languages)),
                    "" if c.growth_percent is None else f"{c.growth_percent:+}%",
                    escape(c.verdict or ""),
                    link(c.url),
                    escape(c.status),
                    "" if c.answer_s is None else f"{c.answer_s // 60} min",
                    escape(local_time(report, c.first_seen)),
                ]
                for c in report.claims
            ),
            numeric={0, 2, 3, 4, 5, 7},
        )
    )
    parts.append("<h2>Corrections issued</h2>")
    if report.desk.corrections:
        parts.append(
            _table(
                ["When", "Fact-check", "Claim", "Link", "Was", "Now", "Voters told"],
                (
                    [
                        escape(row[0]),
                        f"#{escape(row[1])}",
                        _wording(row[2], k),
                        link(row[3]),
                        escape(row[4]),
                        escape(row[5]),
                        escape(row[6]),
                    ]
                    for row in correction_rows(report)
                ),
                numeric={6},
            )
        )
    else:
        parts.append("<p>No verdict was corrected in this period.</p>")
    parts.append("<h2>Escalations</h2>")
    if report.desk.escalations:
        parts.append(
            _table(
                ["#", "Claim", "To", "Status", "Escalated", "Sent", "Answer"],
                (
                    [
                        escape(row[0]),
                        f"#{escape(row[1])}",
                        escape(row[2]),
                        escape(row[3]),
                        escape(row[4]),
                        escape(row[5]),
                        _wording(row[6], k) if row[6] else "",
                    ]
                    for row in escalation_rows(report)
                ),
                numeric={0},
            )
        )
    else:
        parts.append("<p>No claim was escalated in this period.</p>")
    parts.append("<h2>Volumes</h2>")
    for name, data in charts.items():
        encoded = base64.b64encode(data).decode("ascii")
        alt = name.removesuffix(".png")
        parts.append(f'<p><img alt="{alt} chart" src="data:image/png;base64,{encoded}"></p>')
    for dimension, heading in (
        ("channel", "By channel"),
        ("language", "By language"),
        ("media", "By media type"),
    ):
        rows = [row for row in report.breakdown if row.dimension == dimension]
        parts.append(f"<h2>{heading}</h2>")
        parts.append(
            _table(
                [dimension, "tips", "voters"],
                (
                    [
                        escape(r.value),
                        escape(cell(r.volume.tips, k)),
                        escape(cell(r.volume.voters, k)),
                    ]
                    for r in rows
                ),
                numeric={1, 2},
            )
        )
    parts.append("<h2>By day</h2>")
    days = {r.slot: r.volume for r in report.daily if r.dimension == "all"}
    parts.append(
        _table(
            ["date", "tips", "voters"],
            (
                [
                    day.isoformat(),
                    escape(cell(days[day.isoformat()].tips, k)) if day.isoformat() in days else "0",
                    escape(cell(days[day.isoformat()].voters, k))
                    if day.isoformat() in days
                    else "0",
                ]
                for day in period.days
            ),
            numeric={1, 2},
        )
    )
    parts.append("<h2>WhatsApp voters by country (calling code)</h2>")
    parts.append(
        _table(
            ["region", "tips", "voters"],
            (
                [escape(label), escape(cell(v.tips, k)), escape(cell(v.voters, k))]
                for label, v in report.regions
            ),
            numeric={1, 2},
        )
    )
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
