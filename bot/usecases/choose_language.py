"""Choosing a language: the picker, a choice by code or by name, and the picker's buttons."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from bot import texts
from bot.bidi_text import isolate_value
from bot.replies import Choice, LanguageName, Msg, Reply, reply
from bot.usecases.conversation_table import Event, advance
from bot.usecases.dependencies import Core, Person
from bot.usecases.voters import reply_to_voter, voter
from factchecks import requesters
from factchecks.models import Requester

LANGUAGE_CHOICE_PREFIX = "lang:"


def picker(core: Core) -> tuple[tuple[Choice, ...], Msg]:
    """The language picker: one choice per language (named in itself), and its prompt."""
    choices = tuple(
        Choice(LanguageName(code), LANGUAGE_CHOICE_PREFIX + code)
        for code in core.catalogs.languages
    )
    return choices, Msg(texts.LANGUAGE_PROMPT)


async def show_picker(core: Core, person: Person) -> Reply:
    """/language without an argument: ask which language."""
    choices, prompt = picker(core)
    async with core.db.transaction() as session:
        requester = await voter(session, core, person)
        advance(requester, Event.PICKER_SHOWN)
        return await reply_to_voter(session, core, requester, Reply((), choices, prompt))


async def choose_language(core: Core, person: Person, choice: str) -> Reply:
    """/language es, /language Español, or the picker's button: remember the choice."""
    async with core.db.transaction() as session:
        requester = await voter(session, core, person)
        return await _choose(session, core, requester, choice)


async def press_button(core: Core, person: Person, data: str) -> Reply | None:
    """A button was pressed: the picker's choice, or any other (a template's "show me"), which
    only counts as the voter writing again (releasing what was held for them)."""
    async with core.db.transaction() as session:
        requester = await voter(session, core, person)
        if data.startswith(LANGUAGE_CHOICE_PREFIX):
            return await _choose(session, core, requester, data[len(LANGUAGE_CHOICE_PREFIX) :])
    return None


async def _choose(session: AsyncSession, core: Core, requester: Requester, choice: str) -> Reply:
    languages = core.catalogs.languages
    names = {code: core.catalogs.translator(code).language_name(code) for code in languages}
    by_name = {name.casefold(): code for code, name in names.items()}
    code = core.catalogs.choice(choice) or by_name.get(choice.strip().casefold())
    if code is None:
        # A right-to-left name isolated: an Arabic name in a French list must not pull the
        # commas and codes around it into its own direction (the whole list is isolated as one
        # value when the sentence itself is right-to-left).
        listing = ", ".join(
            f"{isolate_value(name, right_to_left=False)} ({code})" for code, name in names.items()
        )
        return await reply_to_voter(
            session, core, requester, reply(texts.LANGUAGE_UNKNOWN, choices=listing)
        )
    await requesters.set_language(session, requester.id or 0, code)
    requester.language = code
    advance(requester, Event.LANGUAGE_CHOSEN)
    confirmation = reply(texts.LANGUAGE_SET, language=LanguageName(code, capitalised=False))
    return await reply_to_voter(session, core, requester, confirmation)
