"""The desk's chat commands, parsed into desk operations: `/queue`, `/answer`, `/link`,
`/dismiss`. Parsing and usage messages live here; what the commands do is `bot.usecases`.

A command from someone who is not a fact-checker on that channel is refused before its
arguments are even read, and nothing changes.
"""

from __future__ import annotations

from bot import texts
from bot.replies import Reply, reply
from bot.usecases import desk_queue
from bot.usecases.dependencies import Core, Person
from factchecks.verdicts import Verdict, parse_verdict

DESK_COMMANDS = ("queue", "answer", "link", "dismiss")


def _item_id(word: str) -> int | None:
    ref = word.lstrip("#")
    return int(ref) if ref.isdigit() else None


async def run_desk_command(core: Core, actor: Person, name: str, args: list[str]) -> Reply:
    """Run `/name args...` for `actor` and return the reply for them."""
    if refused := desk_queue.refusal(core, actor):
        return refused
    if name == "queue":
        return await desk_queue.list_queue(core, actor)
    if name == "answer":
        return await _answer(core, actor, args)
    if name == "link":
        item_id = _item_id(args[0]) if len(args) == 2 else None
        if item_id is None:
            return reply(texts.LINK_USAGE)
        return await desk_queue.link_item(core, actor, item_id, args[1])
    item_id = _item_id(args[0]) if len(args) >= 2 else None
    if item_id is None:
        return reply(texts.DISMISS_USAGE)
    return await desk_queue.dismiss_item(core, actor, item_id, " ".join(args[1:]))


async def _answer(core: Core, actor: Person, args: list[str]) -> Reply:
    verdict_names = ", ".join(v.value for v in Verdict if v is not Verdict.OTHER)
    item_id = _item_id(args[0]) if len(args) >= 4 else None
    if item_id is None:
        return reply(texts.ANSWER_USAGE, verdicts=verdict_names)
    _item, verdict_word, url, *summary_words = args
    verdict = parse_verdict(verdict_word)
    if verdict is None or verdict is Verdict.OTHER:
        return reply(texts.BAD_VERDICT, verdict=verdict_word, verdicts=verdict_names)
    return await desk_queue.answer_item(core, actor, item_id, verdict, url, " ".join(summary_words))
