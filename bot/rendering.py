"""Reply values for fact-checks and queue lines, and turning any reply value into text.

`render` is the one place where a reply value becomes words: every channel calls it at send
time with the recipient's translator, then shows the text and the choices its own way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from bot import texts
from bot.i18n import Translator
from bot.replies import Choice, LanguageName, LocalDate, Msg, Reply, WaitUntil
from factchecks.catalogue import FactCheckView
from factchecks.clock import utc_now
from factchecks.queue_listing import QueueLine
from matching.conflicts import ONE_SIDED_KINDS, Conflict

QUEUE_EXCERPT_CHARS = 120
CLAIM_EXCERPT_CHARS = 300
# A message on Telegram, and a text body on WhatsApp, holds at most 4096 characters.
MAX_REPLY_CHARS = 4096
# The answer's words around its values in the longest catalog, its verdict, date and claim
# excerpt, and the isolates a right-to-left locale adds: what the summary must leave room for.
MATCH_FRAME_CHARS = 1000
# What a note before the answer may take (`match_message(reserved=...)`): the other-language note
# with a 200-character title, in the longest catalog, with its isolates.
NOTE_CHARS = 400
# The contradiction guard's values are words as written (a figure, "NOT", a name): a phrase, but
# nothing bounds them, so the desk's line keeps its size.
CONFLICT_WORDS_CHARS = 60
VERBATIM = "{text}"  # a message id no catalog translates: shows its `text` parameter as it is
COUNT = "count"  # the parameter that chooses a plural form: a quantity, written in local digits
_PLACEHOLDER = re.compile(r"\{\w+\}")


def _is_layout(msgid: str) -> bool:
    """True for ids made only of placeholders ("{text}", "{claim} {suggestion}", lines): they
    arrange messages already rendered (and isolated), so nothing is isolated again."""
    return not _PLACEHOLDER.sub("", msgid).strip()


def excerpt(text: str, limit: int) -> str:
    """`text` on one line, cut at a word boundary near `limit` characters."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0]
    return cut + "…"


def excerpt_lines(text: str, limit: int) -> str:
    """`text` with its line breaks kept, cut at a word boundary near `limit` characters."""
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 1, 0)].rsplit(" ", 1)[0]
    return cut + "…"


def verdict_label(fact_check: FactCheckView) -> Msg | str:
    """The verdict, to translate (the publisher's own rating when the verdict is unknown)."""
    if fact_check.verdict.value == "other" and fact_check.rating_text:
        return fact_check.rating_text
    return Msg(texts.VERDICT_LABELS[fact_check.verdict])


def match_message(fact_check: FactCheckView, fallback: datetime, *, reserved: int = 0) -> Msg:
    """The answer a voter gets: verdict, claim, summary, publisher, localised date, link.

    A summary too long for one message (imports allow 20,000 characters) is cut so that the
    whole answer fits in `MAX_REPLY_CHARS` in any language: a channel never cuts the message
    itself and drops the link at its end.
    """
    url = fact_check.url or ""
    room = MAX_REPLY_CHARS - MATCH_FRAME_CHARS - reserved - len(url) - len(fact_check.publisher)
    return Msg(
        texts.MATCH,
        {
            "verdict": verdict_label(fact_check),
            "claim": excerpt(fact_check.claim, CLAIM_EXCERPT_CHARS),
            "summary": excerpt_lines(fact_check.summary, max(room, 0)),
            "publisher": fact_check.publisher,
            "date": LocalDate((fact_check.published_at or fallback).date()),
            "url": url,
        },
    )


def conflict_message(conflict: Conflict) -> Msg:
    """Why the contradiction guard held a suggestion back, to be read in the desk's language:
    what differs, then the words as written on each side (or on the one side that has them)."""
    kind = Msg(texts.CONFLICT_KINDS[conflict.kind])
    ours = excerpt(conflict.message_value, CONFLICT_WORDS_CHARS)
    theirs = excerpt(conflict.claim_value, CONFLICT_WORDS_CHARS)
    if conflict.kind in ONE_SIDED_KINDS and ours:
        return Msg(texts.CONFLICT_MESSAGE_ONLY, {"kind": kind, "words": ours})
    if conflict.kind in ONE_SIDED_KINDS:
        return Msg(texts.CONFLICT_FACT_CHECK_ONLY, {"kind": kind, "words": theirs})
    return Msg(texts.CONFLICT_DIFFERS, {"kind": kind, "message_words": ours, "claim_words": theirs})


def suggestion_message(
    fact_check_id: int,
    score: float | None,
    reason: str | None,
    conflict: Conflict | None = None,
) -> Msg:
    """ "(maybe fact-check #12, score 0.71)", with why the contradiction guard held the
    suggestion back (its `conflict`, or for an item stored before conflicts were, its English
    `reason` as stored); without the score for an item stored before scores were kept."""
    params: dict[str, Msg | str | int] = {"fact_check_id": fact_check_id}
    held: Msg | str | None = conflict_message(conflict) if conflict else reason
    if held:
        params["reason"] = held
    if score is None:
        return Msg(texts.QUEUE_SUGGESTION_HELD if held else texts.QUEUE_SUGGESTION, params)
    params["score"] = f"{score:.2f}"
    scored = texts.QUEUE_SUGGESTION_HELD_SCORED if held else texts.QUEUE_SUGGESTION_SCORED
    return Msg(scored, params)


def queue_reply(
    lines: list[QueueLine], total: int, *, now: datetime | None = None, sla_s: float | None = None
) -> Reply:
    """`/queue`: a header, then one line per open item starting `#<id>`: its claim, who has
    taken it, its suggestion, and a flag when it has waited longer than `sla_s`."""
    if not lines:
        return Reply((Msg(texts.QUEUE_EMPTY),))
    out = [Msg.plural_of(texts.QUEUE_HEADER, total)]
    for line in lines:
        claim: Msg | str = excerpt(line.claim, QUEUE_EXCERPT_CHARS) if line.claim else ""
        if line.has_image:
            image = Msg(texts.QUEUE_IMAGE)
            claim = Msg("{image} {claim}", {"image": image, "claim": claim}) if claim else image
        if line.suggested_fact_check_id is not None:
            suggestion = suggestion_message(
                line.suggested_fact_check_id,
                line.suggestion_score,
                line.suggestion_reason,
                line.suggestion_conflict,
            )
            claim = Msg("{claim} {suggestion}", {"claim": claim, "suggestion": suggestion})
        if line.assignee is not None:
            taken = Msg(texts.QUEUE_TAKEN_BY, {"name": line.assignee})
            claim = Msg("{claim} {suggestion}", {"claim": claim, "suggestion": taken})
        waited_s = ((now or line.created_at) - line.created_at).total_seconds()
        if sla_s is not None and waited_s > sla_s:
            overdue = Msg(texts.QUEUE_OVERDUE, {"minutes": int(waited_s // 60)})
            claim = Msg("{suggestion} {claim}", {"claim": claim, "suggestion": overdue})
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
    values: dict[str, str | int] = {}
    for key, value in message.params.items():
        if isinstance(value, (Msg, LanguageName)):
            values[key] = render_message(translator, value)
        elif isinstance(value, LocalDate):
            values[key] = translator.format_date(
                datetime(value.value.year, value.value.month, value.value.day)
            )
        elif isinstance(value, WaitUntil):
            values[key] = translator.format_wait(value.value - utc_now())
        elif key == COUNT and isinstance(value, int):
            values[key] = translator.number(value)  # a quantity, in the locale's digits
        else:
            values[key] = value  # ids stay ASCII digits: fact-checkers type them back
    if not values:
        return template
    if _is_layout(message.msgid):
        return template.format(**values)  # lines of already rendered messages, nothing inserted
    # Each inserted value isolated where its direction may differ from the sentence's.
    return template.format(**translator.params(**values))


def render(translator: Translator, value: Reply) -> Rendered:
    """The reply in `translator`'s language: paragraphs joined by a blank line."""
    return Rendered(
        body="\n\n".join(render_message(translator, part) for part in value.parts),
        prompt=render_message(translator, value.prompt) if value.prompt else None,
        choices=tuple(_choice(translator, choice) for choice in value.choices),
    )


def _choice(translator: Translator, choice: Choice) -> RenderedChoice:
    return RenderedChoice(render_message(translator, choice.label), choice.data)


def render_match(translator: Translator, fact_check: FactCheckView, fallback: datetime) -> str:
    """The answer to a voter as text in `translator`'s language (what every channel sends)."""
    return render_message(translator, match_message(fact_check, fallback))
