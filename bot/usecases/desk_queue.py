"""The fact-checkers' desk: list the queue, answer an item (new or known fact-check), dismiss.

Only fact-checkers (checked on the channel they act from) may; anyone else is refused and
nothing changes. Closing an item notifies every voter who sent a tip in it, each in their own
language at send time, in the same transaction as the change. An answer also teaches the
matcher: the item's wordings and pictures become part of the fact-check.
"""

from __future__ import annotations

import logging

from sqlmodel.ext.asyncio.session import AsyncSession

from bot import texts
from bot.rendering import match_message, queue_reply
from bot.replies import Msg, Reply, reply
from bot.usecases.conversation_table import Event, advance
from bot.usecases.dependencies import Address, Core, Person, send
from bot.usecases.voters import language_of
from factchecks import catalogue, queue
from factchecks.clock import utc_now
from factchecks.database import on_commit
from factchecks.models import FactCheck, QueueItem, QueueStatus, TextSource, Tip
from factchecks.verdicts import Verdict

log = logging.getLogger(__name__)

QUEUE_LIST_LIMIT = 20


def refusal(core: Core, actor: Person) -> Reply | None:
    """The refusal for someone who is not a fact-checker on this channel, else None."""
    if core.is_factchecker(actor):
        return None
    log.info("refused a desk operation from a non-fact-checker on %s", actor.channel)
    return reply(texts.NOT_AUTHORISED)


async def list_queue(core: Core, actor: Person) -> Reply:
    """The open items, most requested first."""
    if refused := refusal(core, actor):
        return refused
    async with core.db.session() as session:
        lines = await queue.open_items(session, QUEUE_LIST_LIMIT)
        total = await queue.count_open(session)
    return queue_reply(lines, total)


async def answer_item(
    core: Core, actor: Person, item_id: int, verdict: Verdict, url: str, summary: str
) -> Reply:
    """Answer item `item_id` with the fact-check at `url` (created with `verdict` and `summary`
    when the catalogue has no fact-check there)."""
    if refused := refusal(core, actor):
        return refused
    if not url.startswith(("http://", "https://")):
        return reply(texts.BAD_URL, url=url)
    async with core.db.transaction() as session:
        item = await _open_item(session, item_id)
        if isinstance(item, Reply):
            return item
        fact_check = await catalogue.find_fact_check(session, url=url)
        if fact_check is None:
            fact_check = FactCheck(
                url=url,
                claim=item.claim or url,
                verdict=verdict,
                summary=summary,
                publisher=core.publisher_name,
                language=item.language or core.catalogs.default_language,
                published_at=utc_now(),
            )
            session.add(fact_check)
            await session.flush()
        return await _close_answered(session, core, actor, item, fact_check)


async def link_item(core: Core, actor: Person, item_id: int, fact_check_ref: str) -> Reply:
    """Answer item `item_id` with a fact-check already in the catalogue (`#id` or its URL)."""
    if refused := refusal(core, actor):
        return refused
    async with core.db.transaction() as session:
        item = await _open_item(session, item_id)
        if isinstance(item, Reply):
            return item
        ref = fact_check_ref.lstrip("#")
        if ref.isdigit():
            fact_check = await catalogue.get_fact_check(session, int(ref))
        else:
            fact_check = await catalogue.find_fact_check(session, url=fact_check_ref)
        if fact_check is None:
            return reply(texts.FACT_CHECK_NOT_FOUND, ref=fact_check_ref)
        return await _close_answered(session, core, actor, item, fact_check)


async def dismiss_item(core: Core, actor: Person, item_id: int, reason: str) -> Reply:
    """Close item `item_id` without a fact-check; its voters are told `reason`."""
    if refused := refusal(core, actor):
        return refused
    async with core.db.transaction() as session:
        item = await _open_item(session, item_id)
        if isinstance(item, Reply):
            return item
        notice = reply(texts.DISMISSED, reason=reason)
        count = await _close_and_notify(
            session, core, actor, item, notice, status=QueueStatus.DISMISSED, reason=reason
        )
        on_commit(session, lambda: core.index.close_queue_item(item_id))
    return Reply((Msg.plural_of(texts.DISMISSED_CONFIRM, count, id=item_id),))


async def _open_item(session: AsyncSession, item_id: int) -> QueueItem | Reply:
    """The open item `#id`, or the reply explaining why there is none."""
    item = await queue.get_item(session, item_id)
    if item is None:
        return reply(texts.ITEM_NOT_FOUND, id=item_id)
    if item.status != QueueStatus.OPEN:
        return reply(texts.ITEM_CLOSED, id=item_id)
    return item


async def _close_answered(
    session: AsyncSession, core: Core, actor: Person, item: QueueItem, fact_check: FactCheck
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
            for wording in (tip.text, tip.image_text)
            if wording
        ],
    )
    new_fingerprints = await catalogue.add_fingerprints(
        session, fact_check_id, [tip.fingerprint for tip in tips_in_item if tip.fingerprint]
    )
    notice = Reply((Msg(texts.MATCH_UPDATE), match_message(catalogue.view(fact_check), utc_now())))
    count = await _close_and_notify(
        session, core, actor, item, notice, status=QueueStatus.ANSWERED, fact_check_id=fact_check_id
    )

    def learn() -> None:
        core.index.close_queue_item(item_id)
        core.index.add_fact_check(fact_check_id, new_texts, new_fingerprints)

    on_commit(session, learn)
    return Reply((Msg.plural_of(texts.ANSWERED, count, id=item_id, fact_check_id=fact_check_id),))


async def _close_and_notify(
    session: AsyncSession,
    core: Core,
    actor: Person,
    item: QueueItem,
    notice: Reply,
    *,
    status: QueueStatus,
    fact_check_id: int | None = None,
    reason: str | None = None,
) -> int:
    """Close `item` and queue `notice` for each of its voters; returns how many."""
    voters = await queue.item_requesters(session, item.id or 0)
    languages = _tip_languages(await queue.item_tips(session, item.id or 0))
    await queue.close_item(
        session,
        item,
        status=status,
        assignee=f"{actor.channel}:{actor.user_id}",
        fact_check_id=fact_check_id,
        reason=reason,
    )
    for voter in voters:
        advance(voter, Event.DESK_REPLIED)
        session.add(voter)
        language = language_of(core, voter, languages.get(voter.id))
        send(session, Address(voter.channel, voter.address), notice, language)
    return len(voters)


def _tip_languages(tips: list[Tip]) -> dict[int | None, str]:
    """The language detected in each voter's (first) tip, by requester id."""
    languages: dict[int | None, str] = {}
    for tip in tips:
        if tip.language:
            languages.setdefault(tip.requester_id, tip.language)
    return languages
