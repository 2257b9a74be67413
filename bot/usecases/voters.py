"""Voters: who wrote (refreshed on every message), which language to write to them in, and
the commands every voter has (/start, /help; fact-checkers' /help lists the desk's too)."""

from __future__ import annotations

import logging

from babel import Locale, UnknownLocaleError
from sqlmodel.ext.asyncio.session import AsyncSession

from bot import texts
from bot.rendering import excerpt
from bot.replies import LanguageName, Msg, Reply, reply
from bot.usecases.conversation_table import Event, advance
from bot.usecases.dependencies import Core, Person, send, send_to_voter
from bot.voter_locale import voter_translator
from factchecks import catalogue, requesters
from factchecks.models import FactCheck, Requester
from factchecks.outbox_holds import release_held
from factchecks.pseudonyms import pseudonym
from factchecks.records import UNDETERMINED_LANGUAGE

log = logging.getLogger(__name__)


async def voter(session: AsyncSession, core: Core, person: Person) -> Requester:
    """The voter, found or created and refreshed; anything held for them (WhatsApp's window)
    is due again, since they just wrote.

    A voter this message created has nothing held, so the release (a round trip to the
    database) is skipped: nothing is sent to an address nobody wrote from, except the desk's
    notices to fact-checkers (held for them until their first message), and erasure and
    retention take every outbox row to an address with its voter."""
    requester = await requesters.upsert_requester(
        session,
        pseudonym=pseudonym(core.secret_key, person.channel, person.user_id),
        channel=person.channel,
        address=person.address,
        language_hint=person.language_hint,
        region_language=person.region_language,
    )
    if requesters.is_first_contact(requester) and not core.is_factchecker(person):
        return requester
    if await release_held(session, person.channel, person.address):
        log.info("a voter wrote again: held %s messages released", person.channel)
    return requester


def language_of(core: Core, requester: Requester, detected: str | None = None) -> str:
    """The locale to write to `requester` in now (`detected`: their message's language)."""
    return str(voter_translator(core.catalogs, requester, detected).locale)


async def other_language_note(
    session: AsyncSession, fact_check: FactCheck, language: str
) -> Msg | None:
    """What to say before an answer whose fact-check is not in the voter's `language` (its
    language named, and its title in theirs where the desk wrote one); None when it is."""
    ours = language.replace("-", "_").split("_")[0].casefold()
    theirs = fact_check.language.replace("-", "_").split("_")[0].casefold()
    if not theirs or ours == theirs or theirs == UNDETERMINED_LANGUAGE:
        return None
    try:
        Locale.parse(theirs)  # a tag nobody can name ("xx") gets no note, never a crash
    except (ValueError, UnknownLocaleError):
        return None
    name = LanguageName(theirs)
    title = await catalogue.wording_in(session, fact_check.id or 0, ours)
    if title is None:
        return Msg(texts.MATCH_OTHER_LANGUAGE, {"language": name})
    return Msg(texts.MATCH_OTHER_LANGUAGE_TITLE, {"language": name, "title": excerpt(title, 200)})


async def reply_to_voter(
    session: AsyncSession,
    core: Core,
    requester: Requester,
    value: Reply,
    detected: str | None = None,
) -> Reply:
    """Queue `value` for `requester` and return it."""
    send_to_voter(session, requester, value, language_of(core, requester, detected))
    return value


async def welcome(core: Core, person: Person) -> Reply:
    """/start."""
    return await _simple(core, person, reply(texts.WELCOME))


async def show_help(core: Core, person: Person) -> Reply:
    """/help: what a voter can do, and for a fact-checker the desk's commands too."""
    value = reply(texts.HELP)
    if core.is_factchecker(person):
        value = Reply(
            (
                *value.parts,
                Msg(texts.DESK_HELP),
                Msg(texts.DESK_HELP_MORE),
                Msg(texts.DESK_HELP_ESCALATE),
                Msg(texts.DESK_HELP_TAG),
                Msg(texts.DESK_HELP_PICTURES_MACROS),
                Msg(texts.DESK_HELP_VERIFY),
            )
        )
    return await _simple(core, person, value)


async def unknown_command(core: Core, person: Person) -> Reply:
    """A command nobody has."""
    return await _simple(core, person, reply(texts.UNKNOWN_COMMAND))


async def _simple(core: Core, person: Person, value: Reply) -> Reply:
    async with core.db.transaction() as session:
        requester = await voter(session, core, person)
        advance(requester, Event.COMMAND)
        return await reply_to_voter(session, core, requester, value)


async def apologise(core: Core, person: Person) -> Reply:
    """A message of `person` could not be handled, however often it was tried: say so politely,
    in their language when they are known (else the platform's hint), and ask them to send it
    again. Only reads the voter: whatever failed must not stop this reply."""
    value = reply(texts.HANDLING_FAILED)
    async with core.db.transaction() as session:
        requester = await requesters.find_by_address(session, person.channel, person.address)
        language = (
            language_of(core, requester)
            if requester is not None
            else core.catalogs.resolve(person.language_hint, person.region_language)
        )
        send(session, person.reply_to, value, language)
    return value
