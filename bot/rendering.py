"""Turning fact-checks and queue lines into text in a voter's (or fact-checker's) language.

Values are put into translated sentences with `Translator.format` / `format_plural`, which
isolate them for right-to-left locales (`bot.bidi_text`) and write quantities and dates in the
locale's digits.
"""

from __future__ import annotations

from datetime import datetime

from bot import texts
from bot.i18n import Translator
from factchecks.catalogue import FactCheckView
from factchecks.queue import QueueLine

QUEUE_EXCERPT_CHARS = 120
# A message on Telegram, and a text body on WhatsApp, holds at most 4096 characters.
MAX_REPLY_CHARS = 4096


def excerpt(text: str, limit: int) -> str:
    """`text` on one line, cut at a word boundary near `limit` characters."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0]
    return cut + "…"


def verdict_label(translator: Translator, fact_check: FactCheckView) -> str:
    """The verdict in the reader's language (the publisher's own rating when it is unknown)."""
    label = translator.gettext(texts.VERDICT_LABELS[fact_check.verdict])
    if fact_check.verdict.value == "other" and fact_check.rating_text:
        return fact_check.rating_text
    return label


def render_match(translator: Translator, fact_check: FactCheckView, fallback: datetime) -> str:
    """The answer a voter gets: verdict, claim, summary, publisher, localised date, link.

    A summary too long for one message (imports allow 20,000 characters) is cut to what fits in
    `MAX_REPLY_CHARS`, so a channel never cuts the message itself and drops the link at its end.
    """
    values = {
        "verdict": verdict_label(translator, fact_check),
        "claim": excerpt(fact_check.claim, 300),
        "publisher": fact_check.publisher,
        "date": translator.format_date(fact_check.published_at or fallback),
        "url": fact_check.url or "",
    }
    summary = fact_check.summary
    room = MAX_REPLY_CHARS - len(translator.format(texts.MATCH, summary="", **values))
    if len(summary) > room:
        # The excerpt adds "…", and right-to-left locales two isolate characters around it.
        summary = excerpt(summary, max(room - 3, 0))
    return translator.format(texts.MATCH, summary=summary, **values)


def render_queue(translator: Translator, lines: list[QueueLine], total: int) -> str:
    """`/queue`: a header, then one line per open item starting `#<id>`."""
    if not lines:
        return translator.gettext(texts.QUEUE_EMPTY)
    out = [translator.format_plural(texts.QUEUE_HEADER, total, count=translator.number(total))]
    for line in lines:
        claim = excerpt(line.claim, QUEUE_EXCERPT_CHARS) if line.claim else ""
        if line.has_image:
            claim = f"{translator.gettext(texts.QUEUE_IMAGE)} {claim}".strip()
        if line.suggested_fact_check_id is not None:
            fact_check_id = line.suggested_fact_check_id
            claim += " " + translator.format(texts.QUEUE_SUGGESTION, fact_check_id=fact_check_id)
        count = translator.number(line.request_count)
        out.append(
            translator.format_plural(
                texts.QUEUE_LINE, line.request_count, id=line.id, count=count, claim=claim
            )
        )
    return "\n".join(out)
