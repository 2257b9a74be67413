"""Reply values for fact-checks and queue lines, and turning any reply value into text.

`render` is the one place where a reply value becomes words: every channel calls it at send
time with the recipient's translator, then shows the text and the choices its own way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot import texts
from bot.i18n import Translator
from bot.replies import Choice, LanguageName, LocalDate, Msg, Reply
from factchecks.catalogue import FactCheckView
from factchecks.queue import QueueLine

QUEUE_EXCERPT_CHARS = 120
VERBATIM = "{text}"  # a message id no catalog translates: shows its `text` parameter as it is


def excerpt(text: str, limit: int) -> str:
    """`text` on one line, cut at a word boundary near `limit` characters."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0]
    return cut + "…"


def verdict_label(fact_check: FactCheckView) -> Msg | str:
    """The verdict, to translate (the publisher's own rating when the verdict is unknown)."""
    if fact_check.verdict.value == "other" and fact_check.rating_text:
        return fact_check.rating_text
    return Msg(texts.VERDICT_LABELS[fact_check.verdict])


def match_message(fact_check: FactCheckView, fallback: datetime) -> Msg:
    """The answer a voter gets: verdict, claim, summary, publisher, localised date, link."""
    return Msg(
        texts.MATCH,
        {
            "verdict": verdict_label(fact_check),
            "claim": excerpt(fact_check.claim, 300),
            "summary": fact_check.summary,
            "publisher": fact_check.publisher,
            "date": LocalDate((fact_check.published_at or fallback).date()),
            "url": fact_check.url or "",
        },
    )


def queue_reply(lines: list[QueueLine], total: int) -> Reply:
    """`/queue`: a header, then one line per open item starting `#<id>`."""
    if not lines:
        return Reply((Msg(texts.QUEUE_EMPTY),))
    out = [Msg.plural_of(texts.QUEUE_HEADER, total)]
    for line in lines:
        claim: Msg | str = excerpt(line.claim, QUEUE_EXCERPT_CHARS) if line.claim else ""
        if line.has_image:
            image = Msg(texts.QUEUE_IMAGE)
            claim = Msg("{image} {claim}", {"image": image, "claim": claim}) if claim else image
        if line.suggested_fact_check_id is not None:
            suggestion = Msg(
                texts.QUEUE_SUGGESTION, {"fact_check_id": line.suggested_fact_check_id}
            )
            claim = Msg("{claim} {suggestion}", {"claim": claim, "suggestion": suggestion})
        out.append(
            Msg.plural_of(texts.QUEUE_LINE, line.request_count, id=line.id or 0, claim=claim)
        )
    return Reply((_lines(out),))


def _lines(messages: list[Msg]) -> Msg:
    """Several messages shown one per line, as one paragraph."""
    return Msg(
        "\n".join(f"{{line{i}}}" for i in range(len(messages))),
        {f"line{i}": message for i, message in enumerate(messages)},
    )


@dataclass(frozen=True)
class RenderedChoice:
    """A button as words: its label and the data it sends back."""

    label: str
    data: str


@dataclass(frozen=True)
class Rendered:
    """A reply in one language: its text, and the choices with their prompt (if any)."""

    body: str
    prompt: str | None
    choices: tuple[RenderedChoice, ...]

    @property
    def text_with_prompt(self) -> str:
        """The body with the prompt under it, for channels that show the choices."""
        return "\n\n".join(part for part in (self.body, self.prompt) if part)


def render_message(translator: Translator, message: Msg | LanguageName) -> str:
    """One message (or a language's name) in `translator`'s language."""
    if isinstance(message, LanguageName):
        return translator.language_name(message.code, capitalised=message.capitalised)
    if message.plural is not None:
        template = translator.plural((message.msgid, message.plural), message.count or 0)
    else:
        template = translator.gettext(message.msgid)
    values: dict[str, object] = {}
    for key, value in message.params.items():
        if isinstance(value, (Msg, LanguageName)):
            values[key] = render_message(translator, value)
        elif isinstance(value, LocalDate):
            values[key] = translator.format_date(
                datetime(value.value.year, value.value.month, value.value.day)
            )
        else:
            values[key] = value
    return template.format(**values) if values else template


def render(translator: Translator, value: Reply) -> Rendered:
    """The reply in `translator`'s language: paragraphs joined by a blank line."""
    return Rendered(
        body="\n\n".join(render_message(translator, part) for part in value.parts),
        prompt=render_message(translator, value.prompt) if value.prompt else None,
        choices=tuple(_choice(translator, choice) for choice in value.choices),
    )


def _choice(translator: Translator, choice: Choice) -> RenderedChoice:
    return RenderedChoice(render_message(translator, choice.label), choice.data)
