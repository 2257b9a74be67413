"""Two-person review (TIPLINE_REVIEW=two-person): `/answer`, `/link`, `/confirm` and `/dismiss`
become drafts; another fact-checker `/approve`s one (it then runs as its author's action) or
`/reject`s it with a reason. Nothing reaches voters before approval; nobody approves their own.

These `submit_*` operations are what the chat commands call: with review off they run the
operation at once (`bot.usecases.desk_queue`).
"""

from __future__ import annotations

from collections.abc import Mapping

from bot import texts
from bot.rendering import excerpt
from bot.replies import Msg, Reply, reply
from bot.usecases import desk_macros, desk_queue
from bot.usecases.dependencies import Core, Person
from bot.usecases.desk_queue import Refused, held_refusal, refusal, refusing
from bot.usecases.desk_views import lines
from factchecks import desk_log, drafts, queue_holds
from factchecks.models import DeskActionKind, DeskDraft, DraftStatus
from factchecks.queue_holds import Hold
from factchecks.verdicts import Verdict

DETAILS_CHARS = 300  # a draft's values in `/queue drafts`, cut


async def submit_answer(
    core: Core,
    actor: Person,
    item_id: int,
    verdict: Verdict,
    url: str,
    summary: str,
    claim: str = "",
) -> Reply:
    """`/answer`: at once, or as a draft under review (`summary` may name a macro)."""
    if refused := refusal(core, actor):
        return refused
    expanded = await desk_macros.expand(core, summary)
    if isinstance(expanded, Reply):
        return expanded
    summary = expanded
    if not core.two_person_review:
        return await desk_queue.answer_item(
            core, actor, item_id, verdict, url, summary, claim=claim
        )
    if not url.startswith(("http://", "https://")):
        return reply(texts.BAD_URL, url=url)
    values = {"verdict": verdict.value, "url": url, "summary": summary, "claim": claim}
    return await _draft(core, actor, item_id, DeskActionKind.ANSWER, values)


async def submit_link(core: Core, actor: Person, item_id: int, ref: str) -> Reply:
    """`/link`: at once, or as a draft under review."""
    if not core.two_person_review:
        return await desk_queue.link_item(core, actor, item_id, ref)
    return await _draft(core, actor, item_id, DeskActionKind.LINK, {"ref": ref})


async def submit_confirm(core: Core, actor: Person, item_id: int) -> Reply:
    """`/confirm`: at once, or as a draft under review."""
    if not core.two_person_review:
        return await desk_queue.confirm_item(core, actor, item_id)
    return await _draft(core, actor, item_id, DeskActionKind.CONFIRM, {})


async def submit_dismiss(core: Core, actor: Person, item_id: int, reason: str) -> Reply:
    """`/dismiss`: at once, or as a draft under review."""
    if not core.two_person_review:
        return await desk_queue.dismiss_item(core, actor, item_id, reason)
    return await _draft(core, actor, item_id, DeskActionKind.DISMISS, {"reason": reason})


@refusing
async def _draft(
    core: Core, actor: Person, item_id: int, action: DeskActionKind, values: Mapping[str, str]
) -> Reply:
    if refused := refusal(core, actor):
        return refused
    name = core.display_name(actor)
    async with core.db.transaction() as session:
        held = await queue_holds.hold_for_closing(session, item_id, name)
        if held.hold is not Hold.OK:
            raise Refused(held_refusal(held, item_id))
        waiting = await drafts.pending_for(session, item_id)
        if waiting is not None:
            raise Refused(reply(texts.DRAFT_PENDING, id=item_id, draft=waiting.id or 0))
        draft = await drafts.save(
            session, item_id=item_id, author=name, action=action, payload=values
        )
        desk_log.record(
            session,
            actor=name,
            action=DeskActionKind.DRAFT,
            queue_item_id=item_id,
            after={"draft": draft.id, "action": action.value, **values},
        )
    return reply(texts.DRAFT_SAVED, id=item_id, draft=draft.id or 0)


async def approve(core: Core, actor: Person, draft_id: int) -> Reply:
    """Run draft `draft_id` as its author's action, if `actor` is someone else."""
    if refused := refusal(core, actor):
        return refused
    name = core.display_name(actor)
    async with core.db.session() as session:
        draft = await session.get(DeskDraft, draft_id)
    if draft is None or draft.status is not DraftStatus.PENDING:
        return reply(texts.DRAFT_NOT_FOUND, draft=draft_id)
    if draft.author == name:
        return reply(texts.OWN_DRAFT, draft=draft_id)
    result = await _run(core, actor, draft)
    if result.parts[0].msgid not in (texts.ANSWERED[0], texts.DISMISSED_CONFIRM[0]):
        return result  # the item changed since (closed, taken): the draft stays pending
    async with core.db.transaction() as session:
        await drafts.decide(session, draft_id, DraftStatus.APPROVED, name, None)
        desk_log.record(
            session,
            actor=name,
            action=DeskActionKind.APPROVE,
            queue_item_id=draft.queue_item_id,
            after={"draft": draft_id, "author": draft.author},
        )
    return result


async def _run(core: Core, actor: Person, draft: DeskDraft) -> Reply:
    values = drafts.payload_of(draft)
    item_id, author = draft.queue_item_id, draft.author
    if draft.action is DeskActionKind.ANSWER:
        return await desk_queue.answer_item(
            core,
            actor,
            item_id,
            Verdict(values["verdict"]),
            values["url"],
            values["summary"],
            claim=values.get("claim", ""),
            on_behalf_of=author,
        )
    if draft.action is DeskActionKind.LINK:
        return await desk_queue.link_item(core, actor, item_id, values["ref"], on_behalf_of=author)
    if draft.action is DeskActionKind.CONFIRM:
        return await desk_queue.confirm_item(core, actor, item_id, on_behalf_of=author)
    return await desk_queue.dismiss_item(
        core, actor, item_id, values["reason"], on_behalf_of=author
    )


async def reject(core: Core, actor: Person, draft_id: int, reason: str) -> Reply:
    """Reject draft `draft_id` (someone else's) with `reason`; the item stays open."""
    if refused := refusal(core, actor):
        return refused
    name = core.display_name(actor)
    async with core.db.transaction() as session:
        draft = await session.get(DeskDraft, draft_id)
        if draft is None or draft.status is not DraftStatus.PENDING:
            return reply(texts.DRAFT_NOT_FOUND, draft=draft_id)
        if draft.author == name:
            return reply(texts.OWN_DRAFT, draft=draft_id)
        if not await drafts.decide(session, draft_id, DraftStatus.REJECTED, name, reason):
            return reply(texts.DRAFT_NOT_FOUND, draft=draft_id)
        desk_log.record(
            session,
            actor=name,
            action=DeskActionKind.REJECT,
            queue_item_id=draft.queue_item_id,
            after={"draft": draft_id, "author": draft.author, "reason": reason},
        )
    return reply(texts.DRAFT_REJECTED, draft=draft_id, id=draft.queue_item_id)


async def list_drafts(core: Core, actor: Person) -> Reply:
    """`/queue drafts`: the drafts waiting for review."""
    if refused := refusal(core, actor):
        return refused
    async with core.db.session() as session:
        waiting = await drafts.pending(session)
    if not waiting:
        return reply(texts.NO_DRAFTS)
    out = [Msg(texts.DRAFTS_HEADER)]
    for draft in waiting:
        out.append(
            Msg(
                texts.DRAFT_LINE,
                {
                    "draft": draft.id or 0,
                    "id": draft.queue_item_id,
                    "name": draft.author,
                    "action": draft.action.value,
                    "details": excerpt(_details(drafts.payload_of(draft)), DETAILS_CHARS),
                },
            )
        )
    return Reply((lines(out),))


def _details(values: Mapping[str, str]) -> str:
    """The draft's values as the fact-checker typed them (verdict, address, summary...)."""
    return " ".join(value for value in values.values() if value)
