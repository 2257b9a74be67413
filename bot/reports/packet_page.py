"""An escalation packet as one self-contained HTML page (`packet.html`), next to `packet.json`.

The page shows exactly what the JSON holds (already under the privacy floor): the claim and its
most sent wordings (masked), where and when it circulated, picture fingerprints, the fact-check
and the desk's note. Right-to-left wordings are laid out right to left, as in the report page.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from html import escape
from typing import Any

from bot.reports.page import STYLE, link, starts_right_to_left


def _text(value: str) -> str:
    direction = "rtl" if starts_right_to_left(value) else "auto"
    return f'<div dir="{direction}">{escape(value)}</div>'


def _rows(table: Mapping[str, Mapping[str, Any]], heading: str) -> str:
    body = "".join(
        f'<tr><td>{escape(name)}</td><td class="n">{escape(str(v["tips"]))}</td>'
        f'<td class="n">{escape(str(v["voters"]))}</td></tr>'
        for name, v in table.items()
    )
    return (
        f'<h2>{escape(heading)}</h2><div class="scroll"><table><tr><th></th><th>tips</th>'
        f"<th>voters</th></tr>{body}</table></div>"
    )


def packet_files(packet: Mapping[str, Any], escalation_id: int) -> dict[str, bytes]:
    """`packet.html` and `packet.json` of escalation `escalation_id`, as bytes."""
    return {
        "packet.html": render_packet(packet, escalation_id).encode(),
        "packet.json": (json.dumps(packet, indent=2, ensure_ascii=False) + "\n").encode(),
    }


def packet_summary(packet: Mapping[str, Any], escalation_id: int) -> str:
    """A few lines saying what the packet is about (an e-mail's body, a chat message)."""
    fact_check = packet.get("fact_check") or {}
    claim = packet.get("claim") or "(wording withheld: fewer than k voters)"
    lines = [
        f"Escalation #{escalation_id} from {packet['publisher']}: claim #{packet['queue_item']}",
        f"“{claim}”",
        f"Tips: {packet['tips']} · voters: {packet['voters']} · first seen "
        f"{packet['first_seen'] or '—'} · last seen {packet['last_seen'] or '—'} "
        f"({packet['timezone']})",
    ]
    if fact_check:
        lines.append(f"Verdict: {fact_check['verdict']} · {fact_check['url'] or ''}".rstrip(" ·"))
    if packet.get("note"):
        lines.append(f"Note from the desk: {packet['note']}")
    lines.append("The evidence is attached (packet.html, packet.json). No voter is identified.")
    return "\n".join(lines)


def render_packet(packet: Mapping[str, Any], escalation_id: int) -> str:
    """The whole page."""
    k = packet["min_voters"]
    title = f"Escalation #{escalation_id}: claim #{packet['queue_item']}"
    parts = [
        "<!doctype html>",
        '<html lang="en" dir="ltr"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width,initial-scale=1">',
        f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="note">From {escape(packet["publisher"])} to {escape(packet["recipient"])}, '
        f"{escape(packet['generated_at'])}. Counts backed by fewer than {k} distinct voters are "
        f"shown as <b>&lt;{k}</b>; no voter is identified.</p>",
        "<h2>What is circulating</h2>",
    ]
    if packet["claim"]:
        parts.append(_text(packet["claim"]))
    else:
        parts.append(f"<p><i>Voters' wordings withheld (fewer than {k} voters).</i></p>")
    if packet["wordings"]:
        parts.append("<h2>Most sent wordings</h2><ol>")
        parts.extend(
            f"<li>{_text(w['text'])} ({escape(str(w['tips']))} tips)</li>"
            for w in packet["wordings"]
        )
        parts.append("</ol>")
    figures = [
        ("Tips", packet["tips"]),
        ("Voters", packet["voters"]),
        ("Forwarded", packet["forwarded"]),
        ("Forwarded many times", packet["frequently_forwarded"]),
        ("First seen", packet["first_seen"] or "—"),
        ("Last seen", packet["last_seen"] or "—"),
        ("Status", packet["status"]),
    ]
    parts.append(
        '<div class="figures">'
        + "".join(
            f'<div class="figure">{escape(name)}<b>{escape(str(value))}</b></div>'
            for name, value in figures
        )
        + "</div>"
    )
    parts.append(_rows(packet["by_day"], f"Per day ({packet['timezone']})"))
    parts.append(_rows(packet["by_channel"], "By channel"))
    parts.append(_rows(packet["by_language"], "By language"))
    fact_check = packet.get("fact_check")
    parts.append("<h2>What fact-checkers found</h2>")
    if fact_check:
        parts.append(
            f"<p>Verdict: <b>{escape(fact_check['verdict'])}</b> · {link(fact_check['url'])}</p>"
            f"{_text(fact_check['summary'] or '')}"
        )
    else:
        parts.append("<p>No fact-check yet.</p>")
    if packet["picture_fingerprints"]:
        parts.append("<h2>Picture fingerprints</h2><ul>")
        parts.extend(
            f'<li><code dir="ltr">{escape(value)}</code></li>'
            for value in packet["picture_fingerprints"]
        )
        parts.append("</ul>")
    if packet.get("note"):
        parts.append(f"<h2>Note from the desk</h2>{_text(packet['note'])}")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
