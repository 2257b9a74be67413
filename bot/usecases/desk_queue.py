"""The fact-checkers' desk: list the queue, answer an item (new or known fact-check), dismiss.

These run the operation at once; `bot.usecases.desk_review` is what the chat commands call, and
turns them into drafts when two-person review is on (`on_behalf_of`: the draft's author, when
another fact-checker approves it).

Only fact-checkers (checked on the channel they act from) may; anyone else is refused and
nothing changes. Closing an item notifies every voter who sent a tip in it, each in their own
language at send time, in the same transaction as the change. An answer also teaches the
matcher: the item's wordings and pictures become part of the fact-check.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import ParamSpec

from sqlmodel.ext.asyncio.session import AsyncSession

from bot import texts
from bot.rendering import NOTE_CHARS, match_message, queue_reply
from bot.replies import Msg, Reply, reply
from bot.usecases.conversation_table import Event, advance
from bot.usecases.dependencies import Core, Person, send_to_voter
from bot.usecases.verify_answer import with_code
from bot.usecases.voters import language_of, other_language_note
from factchecks import catalogue, desk_log, fact_check_links, queue, queue_holds, queue_listing
from factchecks.clock import utc_now
from factchecks.database import on_commit
from factchecks.erasure import unerased
from factchecks.models import (
    DeskActionKind,
    FactCheck,
    LinkKind,
    QueueItem,
    QueueStatus,
    TextSource,
    Tip,
)
from factchecks.queue_holds import Held, Hold
from factchecks.verdicts import Verdict

log = logging.getLogger(__name__)

QUEUE_LIST_LIMIT = 20
P = ParamSpec("P")


class Refused(Exception):
    """A desk operation was refused: its transaction rolls back, `reply` says why."""

    def __init__(self, value: Reply) -> None:
        super().__init__(value.parts[0].msgid)
        self.reply = value


def refusing(operation: Callable[P, Awaitable[Reply]]) -> Callable[P, Awaitable[Reply]]:
    """The operation, answering a `Refused` raised inside it (after its rollback) with the
    refusal's reply: bad input changes nothing."""

    @functools.wraps(operation)
    async def run(*args: P.args, **kwargs: P.kwargs) -> Reply:
        try:
            return await operation(*args, **kwargs)
        except Refused as refused:
            return refused.reply

    return run


def refusal(core: Core, actor: Person) -> Reply | None:
    """The refusal for someone who is not a fact-checker on this channel, else None."""
    if core.is_factchecker(actor):
        return None
    log.info("refused a desk operation from a non-fact-checker on %s", actor.channel)
    return reply(texts.NOT_AUTHORISED)


async def list_queue(
    core: Core, actor: Person, where: queue_listing.QueueFilter | None = None
) -> Reply:
    """The open items (those matching `where`), most requested first, then fastest growing;
    those waiting longer than the desk's SLA are flagged."""
    if refused := refusal(core, actor):
        return refused
    now = utc_now()
    async with core.db.session() as session:
        lines = await queue_listing.open_items(session, QUEUE_LIST_LIMIT, where, now)
        total = await queue_listing.count_open(session, where)
    return queue_reply(lines, total, now=now, sla_s=core.desk_sla_s)


@refusing
async def answer_item(
    core: Core,
    actor: Person,
    item_id: int,
    verdict: Verdict,
    url: str,
    summary: str,
    claim: str = "",
    on_behalf_of: str | None = None,
) -> Reply:
    """Answer item `item_id` with a new fact-check at `url` (`verdict`, `summary`; `claim` in
    the fact-checker's words, needed when the item is a picture without text).

    A `url` that already belongs to a fact-check changes nothing: the fact-checker is asked to
    `/link` it instead, so a typed summary is never silently replaced by the old one.
    """
    if refused := refusal(core, actor):
        return refused
    if not url.startswith(("http://", "https://")):
        return reply(texts.BAD_URL, url=url)
    name = on_behalf_of or core.display_name(actor)
    async with core.db.transaction() as session:
        item = await _held_item(session, item_id, name)
        known = await catalogue.find_fact_check(session, url=url)
        if known is not None:
            raise Refused(reply(texts.ANSWER_EXISTS, id=item_id, fact_check_id=known.id or 0))
        claim_text = claim.strip() or item.claim or await _image_text(session, item_id)
        if not claim_text:
            raise Refused(reply(texts.CLAIM_NEEDED, id=item_id))
        fact_check = FactCheck(
            url=url,
            claim=claim_text,
            verdict=verdict,
            summary=summary,
            publisher=core.publisher_name,
            language=item.language or core.catalogs.default_language,
            published_at=utc_now(),
        )
        session.add(fact_check)
        await session.flush()
        # A voter who sends the new fact-check's address is answered with it.
        await fact_check_links.set_links(
            session, fact_check.id or 0, fact_check_links.wanted_links(url, ()), [LinkKind.OWN]
        )
        after = {"verdict": verdict.value, "url": url, "summary": summary, "claim": claim_text}
        return await _close_answered(
            session, core, name, item, fact_check, DeskActionKind.ANSWER, after
        )


@refusing
async def link_item(
    core: Core,
    actor: Person,
    item_id: int,
    fact_check_ref: str,
    action: DeskActionKind = DeskActionKind.LINK,
    on_behalf_of: str | None = None,
) -> Reply:
    """Answer item `item_id` with a fact-check already in the catalogue (`#id` or its URL)."""
    if refused := refusal(core, actor):
        return refused
    name = on_behalf_of or core.display_name(actor)
    async with core.db.transaction() as session:
        item = await _held_item(session, item_id, name)
        fact_check = await find_fact_check_ref(session, fact_check_ref)
        if fact_check is None:
            raise Refused(reply(texts.FACT_CHECK_NOT_FOUND, ref=fact_check_ref))
        return await _close_answered(session, core, name, item, fact_check, action, {})


async def confirm_item(
    core: Core, actor: Person, item_id: int, on_behalf_of: str | None = None
) -> Reply:
    """Answer item `item_id` with the fact-check it suggests."""
    if refused := refusal(core, actor):
        return refused
    async with core.db.session() as session:
        item = await queue.get_item(session, item_id)
    if item is None:
        return reply(texts.ITEM_NOT_FOUND, id=item_id)
    if item.suggested_fact_check_id is None:
        return reply(texts.NO_SUGGESTION, id=item_id)
    return await link_item(
        core,
        actor,
        item_id,
        str(item.suggested_fact_check_id),
        DeskActionKind.CONFIRM,
        on_behalf_of=on_behalf_of,
    )


async def find_fact_check_ref(session: AsyncSession, ref: str) -> FactCheck | None:
    """The fact-check a fact-checker named: `#12`, `12`, or its URL."""
    number = ref.lstrip("#")
    if number.isdigit():
        return await catalogue.get_fact_check(session, int(number))
    return await catalogue.find_fact_check(session, url=ref)


async def _image_text(session: AsyncSession, item_id: int) -> str:
    """The text read from the item's pictures (its newest tip's), if any was."""
    for tip in reversed(await queue.item_tips(session, item_id)):
        if tip.image_text:
            return tip.image_text
    return ""


@refusing
async def dismiss_item(
    core: Core, actor: Person, item_id: int, reason: str, on_behalf_of: str | None = None
) -> Reply:
    """Close item `item_id` without a fact-check; its voters are told `reason`."""
    if refused := refusal(core, actor):
        return refused
    name = on_behalf_of or core.display_name(actor)
    async with core.db.transaction() as session:
        item = await _held_item(session, item_id, name)
        notice = reply(texts.DISMISSED, reason=reason)
        before = _state(item)
        count = await _close_and_notify(
            session, core, name, item, notice, status=QueueStatus.DISMISSED, reason=reason
        )
        desk_log.record(
            session,
            actor=name,
            action=DeskActionKind.DISMISS,
            queue_item_id=item_id,
            before=before,
            after={**_state(item), "reason": reason},
        )
        on_commit(session, lambda: core.index.close_queue_item(item_id))
    return Reply((Msg.plural_of(texts.DISMISSED_CONFIRM, count, id=item_id),))


async def _held_item(session: AsyncSession, item_id: int, name: str) -> QueueItem:
    """The open item `#id`, locked for `name` to close; else `Refused` with the reason."""
    held = await queue_holds.hold_for_closing(session, item_id, name)
    if held.hold is Hold.OK and held.item is not None:
        return held.item
    raise Refused(held_refusal(held, item_id))


def held_refusal(held: Held, item_id: int) -> Reply:
    """Why a fact-checker cannot work on item `item_id` now."""
    if held.hold is Hold.NOT_FOUND:
        return reply(texts.ITEM_NOT_FOUND, id=item_id)
    if held.hold is Hold.CLOSED:
        return reply(texts.ITEM_CLOSED, id=item_id)
    return reply(texts.ITEM_TAKEN, id=item_id, name=held.holder or "")


def _state(item: QueueItem) -> dict[str, str | int | None]:
    """What the audit log keeps of an item, before and after an action."""
    return {
        "status": item.status.value,
        "assignee": item.assignee,
        "fact_check_id": item.fact_check_id,
    }


async def _close_answered(
    session: AsyncSession,
    core: Core,
    name: str,
    item: QueueItem,
    fact_check: FactCheck,
    action: DeskActionKind,
    after: dict[str, str],
) -> Reply:
    """Close `item` with `fact_check`, teach the matcher its wordings, notify its voters."""
    fact_check_id = fact_check.id or 0
    item_id = item.id or 0
    tips_in_item = await queue.item_tips(session, item_id)
    new_texts = await catalogue.add_texts(
        session,
        fact_check_id,
        [
            (wording, TextSource.ALIAS, tip.language)
            for tip in tips_in_item
            for wording in (tip.text, unerased(tip.image_text))
            if wording
        ],
    )
    new_fingerprints = await catalogue.add_fingerprints(
        session, fact_check_id, [fp for tip in tips_in_item if (fp := unerased(tip.fingerprint))]
    )
    notice = Reply((Msg(texts.MATCH_UPDATE), match_message(catalogue.view(fact_check), utc_now())))
    before = _state(item)
    count = await _close_and_notify(
        session, core, name, item, notice, status=QueueStatus.ANSWERED, fact_check=fact_check
    )
    desk_log.record(
        session,
        actor=name,
        action=action,
        queue_item_id=item_id,
        fact_check_id=fact_check_id,
        before=before,
        after={**_state(item), **after},
    )

    def learn() -> None:
        core.index.close_queue_item(item_id)
        core.index.add_fact_check(fact_check_id, new_texts, new_fingerprints)

    on_commit(session, learn)
    return Reply((Msg.plural_of(texts.ANSWERED, count, id=item_id, fact_check_id=fact_check_id),))


async def _close_and_notify(
    session: AsyncSession,
    core: Core,
    name: str,
    item: QueueItem,
    notice: Reply,
    *,
    status: QueueStatus,
    fact_check: FactCheck | None = None,
    reason: str | None = None,
) -> int:
    """Close `item` and queue `notice` for each of its voters (an answer with `fact_check`
    gets each voter's own answer code); returns how many were reachable and got it."""
    voters = await queue.item_requesters(session, item.id or 0)
    languages = _tip_languages(await queue.item_tips(session, item.id or 0))
    await queue.close_item(
        session,
        item,
        status=status,
        assignee=name,
        fact_check_id=fact_check.id if fact_check is not None else None,
        reason=reason,
    )
    notified = 0
    for voter in voters:
        advance(voter, Event.DESK_REPLIED)
        session.add(voter)
        if voter.address is None:
            continue  # their reply address expired: they cannot be reached
        language = language_of(core, voter, languages.get(voter.id))
        value = notice
        if fact_check is not None:
            value = await with_code(
                session, await _noted(session, notice, fact_check, language), fact_check
            )
        notified += send_to_voter(session, voter, value, language)
    return notified


async def _noted(
    session: AsyncSession, notice: Reply, fact_check: FactCheck, language: str
) -> Reply:
    """`notice` (the update line, then the answer) with the other-language note between them
    when `fact_check` is not written in the voter's `language`, as an automatic answer has it;
    the answer is then shortened to leave the note its room."""
    note = await other_language_note(session, fact_check, language)
    if note is None:
        return notice
    roomy = match_message(catalogue.view(fact_check), utc_now(), reserved=NOTE_CHARS)
    return replace(notice, parts=(notice.parts[0], note, roomy))


def _tip_languages(tips: list[Tip]) -> dict[int | None, str]:
    """The language detected in each voter's (first) tip, by requester id."""
    languages: dict[int | None, str] = {}
    for tip in tips:
        if tip.language:
            languages.setdefault(tip.requester_id, tip.language)
    return languages
