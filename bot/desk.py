"""The desk's chat commands, parsed into desk operations (`bot.usecases.desk_*`).

Parsing and usage messages live here; what the commands do is the use cases'. A command from
someone who is not a fact-checker on that channel is refused before its arguments are even
read, and nothing changes. Bad arguments get the command's usage, and nothing changes either.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace

from bot import texts
from bot.replies import Msg, Reply, reply
from bot.usecases import (
    desk_clusters,
    desk_corrections,
    desk_escalations,
    desk_history,
    desk_macros,
    desk_queue,
    desk_review,
    desk_show,
    desk_stats,
    desk_tags,
    desk_work,
)
from bot.usecases.dependencies import Core, Person
from bot.usecases.desk_stats import Period
from factchecks.escalations import OUTCOMES
from factchecks.queue_listing import QueueFilter
from factchecks.verdicts import Verdict, parse_verdict

# `/answer ... claim: <words>`: the claim in the fact-checker's words (a picture without text).
CLAIM_MARKER = "claim:"

Command = Callable[[Core, Person, list[str]], Awaitable[Reply]]


def _item_id(word: str) -> int | None:
    ref = word.lstrip("#")
    return int(ref) if ref.isdigit() else None


def _one_item(usage: str, operation: Callable[[Core, Person, int], Awaitable[Reply]]) -> Command:
    """A command taking exactly one item id."""

    async def run(core: Core, actor: Person, args: list[str]) -> Reply:
        item_id = _item_id(args[0]) if len(args) == 1 else None
        if item_id is None:
            return reply(usage)
        return await operation(core, actor, item_id)

    return run


async def _queue(core: Core, actor: Person, args: list[str]) -> Reply:
    if [arg.casefold() for arg in args] == ["drafts"]:
        return await desk_review.list_drafts(core, actor)
    where = QueueFilter()
    for word in (arg.casefold() for arg in args):
        if word == "mine":
            where = replace(where, assignee=core.display_name(actor))
        elif word in ("new", "taken"):
            where = replace(where, taken=word == "taken")
        elif word == "images":
            where = replace(where, images=True)
        elif word.startswith("lang:") and word[5:].replace("_", "").isalpha():
            where = replace(where, language=word[5:])
        else:
            return reply(texts.QUEUE_USAGE)
    return await desk_queue.list_queue(core, actor, where)


async def _answer(core: Core, actor: Person, args: list[str]) -> Reply:
    verdict_names = ", ".join(v.value for v in Verdict if v is not Verdict.OTHER)
    item_id = _item_id(args[0]) if len(args) >= 4 else None
    if item_id is None:
        return reply(texts.ANSWER_USAGE, verdicts=verdict_names)
    _item, verdict_word, url, *words = args
    verdict = parse_verdict(verdict_word)
    if verdict is None or verdict is Verdict.OTHER:
        return reply(texts.BAD_VERDICT, verdict=verdict_word, verdicts=verdict_names)
    summary, _, claim = " ".join(words).partition(CLAIM_MARKER)
    return await desk_review.submit_answer(
        core, actor, item_id, verdict, url, summary.strip(), claim=claim.strip()
    )


async def _link(core: Core, actor: Person, args: list[str]) -> Reply:
    item_id = _item_id(args[0]) if len(args) == 2 else None
    if item_id is None:
        return reply(texts.LINK_USAGE)
    return await desk_review.submit_link(core, actor, item_id, args[1])


async def _dismiss(core: Core, actor: Person, args: list[str]) -> Reply:
    item_id = _item_id(args[0]) if len(args) >= 2 else None
    if item_id is None:
        return reply(texts.DISMISS_USAGE)
    return await desk_review.submit_dismiss(core, actor, item_id, " ".join(args[1:]))


async def _take(core: Core, actor: Person, args: list[str]) -> Reply:
    over = len(args) == 2 and args[1].casefold() == "over"
    item_id = _item_id(args[0]) if len(args) == 1 or over else None
    if item_id is None:
        return reply(texts.TAKE_USAGE)
    return await desk_work.take_item(core, actor, item_id, over=over)


async def _reject(core: Core, actor: Person, args: list[str]) -> Reply:
    draft_id = _item_id(args[0]) if len(args) >= 2 else None
    if draft_id is None:
        return reply(texts.REJECT_USAGE)
    return await desk_review.reject(core, actor, draft_id, " ".join(args[1:]))


async def _merge(core: Core, actor: Person, args: list[str]) -> Reply:
    ids = [_item_id(arg) for arg in args]
    if len(ids) != 2 or None in ids or ids[0] == ids[1]:
        return reply(texts.MERGE_USAGE)
    return await desk_clusters.merge_items(core, actor, ids[0] or 0, ids[1] or 0)


async def _split(core: Core, actor: Person, args: list[str]) -> Reply:
    ids = [_item_id(arg) for arg in args]
    if len(ids) != 2 or None in ids:
        return reply(texts.SPLIT_USAGE)
    return await desk_clusters.split_tip(core, actor, ids[0] or 0, ids[1] or 0)


async def _macro(core: Core, actor: Person, args: list[str]) -> Reply:
    verb = args[0].casefold() if args else ""
    if verb == "save" and len(args) >= 3:
        return await desk_macros.save_macro(core, actor, args[1], " ".join(args[2:]))
    if verb == "list" and len(args) == 1:
        return await desk_macros.list_macros(core, actor)
    if verb == "delete" and len(args) == 2:
        return await desk_macros.delete_macro(core, actor, args[1])
    return Reply((Msg(texts.MACRO_USAGE), Msg(texts.MACRO_MORE_USAGE)))


async def _fc(core: Core, actor: Person, args: list[str]) -> Reply:
    if len(args) != 1:
        return reply(texts.FC_USAGE)
    return await desk_show.show_fact_check(core, actor, args[0])


async def _stats(core: Core, actor: Person, args: list[str]) -> Reply:
    periods = {period.value: period for period in Period}
    if len(args) > 1 or (args and args[0].casefold() not in periods):
        return reply(texts.STATS_USAGE)
    period = periods[args[0].casefold()] if args else Period.TODAY
    return await desk_stats.show_stats(core, actor, period)


async def _correct(core: Core, actor: Person, args: list[str]) -> Reply:
    verdict_names = ", ".join(v.value for v in Verdict if v is not Verdict.OTHER)
    if len(args) < 2:
        return reply(texts.CORRECT_USAGE, verdicts=verdict_names)
    ref, verdict_word, *rest = args
    verdict = parse_verdict(verdict_word)
    if verdict is None or verdict is Verdict.OTHER:
        return reply(texts.BAD_VERDICT, verdict=verdict_word, verdicts=verdict_names)
    url = rest.pop(0) if rest and rest[0].startswith(("http://", "https://")) else None
    summary = " ".join(rest) or None
    return await desk_corrections.correct_fact_check(core, actor, ref, verdict, url, summary)


async def _escalate(core: Core, actor: Person, args: list[str]) -> Reply:
    if not core.escalation_recipients:
        return reply(texts.NO_ESCALATION_RECIPIENTS)
    item_id = _item_id(args[0]) if len(args) >= 2 else None
    if item_id is None:
        return reply(texts.ESCALATE_USAGE, recipients=", ".join(sorted(core.escalation_recipients)))
    note = " ".join(args[2:]) or None
    return await desk_escalations.escalate(core, actor, item_id, args[1], note)


async def _escalations(core: Core, actor: Person, args: list[str]) -> Reply:
    if args:
        return reply(texts.ESCALATION_USAGE)
    return await desk_escalations.list_escalations(core, actor)


async def _escalation(core: Core, actor: Person, args: list[str]) -> Reply:
    outcomes = {outcome.value: outcome for outcome in OUTCOMES}
    escalation_id = _item_id(args[0]) if len(args) >= 2 else None
    if escalation_id is None or args[1].casefold() not in outcomes:
        return reply(texts.ESCALATION_USAGE)
    note = " ".join(args[2:]) or None
    return await desk_escalations.answer_escalation(
        core, actor, escalation_id, outcomes[args[1].casefold()], note
    )


async def _tag(core: Core, actor: Person, args: list[str]) -> Reply:
    if len(args) < 2:
        return reply(texts.TAG_USAGE)
    return await desk_tags.tag_claim(core, actor, args[0], args[1:])


COMMANDS: dict[str, Command] = {
    "queue": _queue,
    "answer": _answer,
    "link": _link,
    "dismiss": _dismiss,
    "confirm": _one_item(texts.CONFIRM_USAGE, desk_review.submit_confirm),
    "take": _take,
    "release": _one_item(texts.RELEASE_USAGE, desk_work.release_item),
    "show": _one_item(texts.SHOW_USAGE, desk_show.show_item),
    "fc": _fc,
    "history": _one_item(texts.HISTORY_USAGE, desk_history.show_history),
    "stats": _stats,
    "correct": _correct,
    "approve": _one_item(texts.APPROVE_USAGE, desk_review.approve),
    "reject": _reject,
    "merge": _merge,
    "split": _split,
    "macro": _macro,
    "escalate": _escalate,
    "escalations": _escalations,
    "escalation": _escalation,
    "tag": _tag,
}
DESK_COMMANDS = tuple(COMMANDS)


async def run_desk_command(core: Core, actor: Person, name: str, args: list[str]) -> Reply:
    """Run `/name args...` for `actor` and return the reply for them."""
    if refused := desk_queue.refusal(core, actor):
        return refused
    return await COMMANDS[name](core, actor, args)
