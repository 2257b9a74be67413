"""Seeing before answering: `/show <id>` (a queue item's counts and texts, newest first, then
its newest pictures, each as a message of its own) and `/fc <id or URL>` (a fact-check as voters
would receive it).

Nothing here identifies a voter: counts, languages, channels and times only. A picture is sent
as its stored bytes (`factchecks.tip_pictures`: a metadata-free copy), never forwarded from the
voter's chat, so the desk never sees who sent it, whatever channel either of them is on.
"""

from __future__ import annotations

from bot import texts
from bot.rendering import CLAIM_EXCERPT_CHARS, excerpt, match_message, suggestion_message
from bot.replies import Msg, Reply, reply
from bot.usecases.dependencies import Core, Person
from bot.usecases.desk_queue import find_fact_check_ref, refusal
from bot.usecases.desk_views import lines, when
from factchecks import catalogue, queue, tip_pictures
from factchecks.clock import as_utc, utc_now
from factchecks.erasure import is_erased, unerased
from factchecks.models import QueueItem, QueueStatus, Tip
from factchecks.queue_listing import held_back_by
from factchecks.retention import EXPIRED_TEXT

SHOW_TEXTS_LIMIT = 5  # the newest texts shown; the rest are counted
SHOW_PICTURES_LIMIT = 3  # the newest pictures sent; the rest are counted
STATUS = {
    QueueStatus.OPEN: texts.STATUS_OPEN,
    QueueStatus.ANSWERED: texts.STATUS_ANSWERED,
    QueueStatus.DISMISSED: texts.STATUS_DISMISSED,
    QueueStatus.MERGED: texts.STATUS_MERGED,
}


async def show_item(core: Core, actor: Person, item_id: int) -> Reply:
    """Item `item_id`: status, who has it, counts, suggestion, and its newest texts."""
    if refused := refusal(core, actor):
        return refused
    async with core.db.session() as session:
        item = await queue.get_item(session, item_id)
        if item is None:
            return reply(texts.ITEM_NOT_FOUND, id=item_id)
        tips = await queue.item_tips(session, item_id)
        pictures = await tip_pictures.pictures_of_item(session, item_id, SHOW_PICTURES_LIMIT)
        picture_count = await tip_pictures.count_pictures_of_item(session, item_id)
    parts = [_summary(item, tips), _texts(tips)]
    if picture_count:
        parts.append(Msg(texts.SHOW_PICTURES, {"count": picture_count, "shown": len(pictures)}))
    sent = tuple(
        Reply((Msg(texts.PICTURE_CAPTION, {"tip": tip_id, "id": item_id}),), picture=picture_id)
        for picture_id, tip_id in pictures
    )
    return Reply(tuple(parts), then=sent)


def _summary(item: QueueItem, tips: list[Tip]) -> Msg:
    out = [Msg(texts.SHOW_HEADER, {"id": item.id or 0, "status": Msg(STATUS[item.status])})]
    if item.assignee is not None and item.status is QueueStatus.OPEN:
        out.append(Msg(texts.SHOW_TAKEN, {"name": item.assignee}))
    out.append(
        Msg(
            texts.SHOW_COUNTS,
            {
                "tips": len(tips),
                "voters": len({tip.requester_id for tip in tips}),
                "forwarded": sum(tip.forwarded for tip in tips),
                "frequent": sum(tip.frequently_forwarded for tip in tips),
            },
        )
    )
    out.append(
        Msg(
            texts.SHOW_SPREAD,
            {
                "languages": ", ".join(sorted({tip.language for tip in tips if tip.language}))
                or "?",
                "channels": ", ".join(sorted({tip.channel for tip in tips})) or "?",
            },
        )
    )
    if tips:
        seen = [as_utc(tip.received_at) or utc_now() for tip in tips]
        out.append(Msg(texts.SHOW_SEEN, {"first": when(min(seen)), "last": when(max(seen))}))
    if item.suggested_fact_check_id is not None:
        out.append(
            suggestion_message(
                item.suggested_fact_check_id,
                item.suggestion_score,
                item.suggestion_reason,
                held_back_by(item),
            )
        )
    return lines(out)


def _texts(tips: list[Tip]) -> Msg:
    """The newest `SHOW_TEXTS_LIMIT` tips' words: "[picture]" before those of a tip with a
    picture and in place of none, "[erased]" for words erased or expired."""
    newest = sorted(tips, key=lambda tip: (as_utc(tip.received_at) or utc_now(), tip.id or 0))
    newest.reverse()
    out = [Msg(texts.SHOW_TEXTS)]
    for tip in newest[:SHOW_TEXTS_LIMIT]:
        moment = when(as_utc(tip.received_at) or utc_now())
        out.append(
            Msg(texts.SHOW_TEXT_LINE, {"when": moment, "tip": tip.id or 0, "text": _words(tip)})
        )
    if len(newest) > SHOW_TEXTS_LIMIT:
        out.append(Msg(texts.SHOW_OLDER, {"count": len(newest) - SHOW_TEXTS_LIMIT}))
    return lines(out)


def _words(tip: Tip) -> Msg | str:
    """What `/show` says a tip holds: its words, after "[picture]" when it had one (a
    fingerprint); "[erased]" for words erased (`/forget`) or expired (retention), which leave
    "" behind; "[picture]" alone for a picture whose text could not be read (no fingerprint)."""
    read = tip.image_text if tip.image_text != EXPIRED_TEXT else None
    words = "\n".join(part for part in (tip.text, unerased(read)) if part)
    removed = is_erased(tip) or tip.text_expired_at is not None
    if words:
        shown: Msg | str = excerpt(words, CLAIM_EXCERPT_CHARS)
    elif removed:
        shown = Msg(texts.SHOW_ERASED)
    else:
        return Msg(texts.QUEUE_IMAGE)
    if tip.fingerprint:
        return Msg("{image} {claim}", {"image": Msg(texts.QUEUE_IMAGE), "claim": shown})
    return shown


async def show_fact_check(core: Core, actor: Person, ref: str) -> Reply:
    """The fact-check `#id` (or at a URL) as a voter would get it, under its id."""
    if refused := refusal(core, actor):
        return refused
    async with core.db.session() as session:
        fact_check = await find_fact_check_ref(session, ref)
    if fact_check is None:
        return reply(texts.FACT_CHECK_NOT_FOUND, ref=ref)
    header = Msg(
        texts.FC_HEADER, {"fact_check_id": fact_check.id or 0, "language": fact_check.language}
    )
    return Reply((header, match_message(catalogue.view(fact_check), utc_now())))
