"""Canned replies: `/macro save <name> <text>` keeps a summary the desk sends often, and
`/answer <id> <verdict> <url> macro:<name>` uses it as the answer's summary; `/macro list`
shows them and `/macro delete <name>` removes one. Saving and deleting are in the desk's audit
log (who, and the text before and after), since a macro speaks for the desk to every voter."""

from __future__ import annotations

import re

from bot import texts
from bot.rendering import excerpt
from bot.replies import Msg, Reply, reply
from bot.usecases.dependencies import Core, Person
from bot.usecases.desk_queue import refusal
from bot.usecases.desk_views import lines
from factchecks import desk_log, macros
from factchecks.models import DeskActionKind

MACRO_PREFIX = "macro:"
LISTED_TEXT_CHARS = 200  # `/macro list` shows the start of each text
NAME = re.compile(r"^[a-z0-9_-]{1,64}$")


def macro_name(word: str) -> str | None:
    """The macro's name in `macro:<name>` or a bare name, lower-cased; None if it is not one."""
    name = word.removeprefix(MACRO_PREFIX).casefold()
    return name if NAME.match(name) else None


async def save_macro(core: Core, actor: Person, name: str, text: str) -> Reply:
    """Save (or replace) macro `name`."""
    if refused := refusal(core, actor):
        return refused
    key = macro_name(name)
    if key is None or not text.strip():
        return _usage()
    author = core.display_name(actor)
    async with core.db.transaction() as session:
        before = await macros.save(session, key, text.strip(), author)
        desk_log.record(
            session,
            actor=author,
            action=DeskActionKind.MACRO_SAVE,
            before={"macro": key, "text": before},
            after={"macro": key, "text": text.strip()},
        )
    return reply(texts.MACRO_SAVED, name=key)


async def list_macros(core: Core, actor: Person) -> Reply:
    """Every saved macro: its name, who saved it last, and the start of its text."""
    if refused := refusal(core, actor):
        return refused
    async with core.db.session() as session:
        saved = await macros.all_macros(session)
    if not saved:
        return reply(texts.NO_MACROS)
    found = [
        Msg(
            texts.MACRO_LINE,
            {"name": m.name, "author": m.author, "text": excerpt(m.text, LISTED_TEXT_CHARS)},
        )
        for m in saved
    ]
    return Reply((lines([Msg(texts.MACROS_HEADER), *found]),))


async def delete_macro(core: Core, actor: Person, name: str) -> Reply:
    """Delete macro `name` (any fact-checker may: macros are the desk's, not one person's)."""
    if refused := refusal(core, actor):
        return refused
    key = macro_name(name)
    if key is None:
        return _usage()
    async with core.db.transaction() as session:
        deleted = await macros.delete(session, key)
        if deleted is not None:
            desk_log.record(
                session,
                actor=core.display_name(actor),
                action=DeskActionKind.MACRO_DELETE,
                before={"macro": key, "text": deleted},
                after={"macro": key, "text": None},
            )
    if deleted is None:
        return reply(texts.MACRO_NOT_FOUND, name=key)
    return reply(texts.MACRO_DELETED, name=key)


def _usage() -> Reply:
    return Reply((Msg(texts.MACRO_USAGE), Msg(texts.MACRO_MORE_USAGE)))


async def expand(core: Core, summary: str) -> str | Reply:
    """`summary`, or the text of the macro it names (`macro:<name>`), or the refusal naming a
    macro that does not exist."""
    if not summary.startswith(MACRO_PREFIX):
        return summary
    key = macro_name(summary.split()[0])
    async with core.db.session() as session:
        text = await macros.text_of(session, key) if key else None
    if text is None:
        return reply(texts.MACRO_NOT_FOUND, name=summary.split()[0].removeprefix(MACRO_PREFIX))
    return text
