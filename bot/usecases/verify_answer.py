"""Verifiable answers: every verdict a voter receives carries a code (`V-7KQ2-M9XD`), and
anyone can send `/verify <code>` (or just the code) to learn whether it is ours, with the
verdict, its date and its link. Nothing about the voter it was sent to is revealed.

`/verify` is limited per sender (`VERIFY_LIMIT` in `VERIFY_WINDOW`), counting malformed codes
too, so nobody can walk the code space. `/verify` with no code at all gets the usage, uncounted:
it checks nothing.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from sqlmodel.ext.asyncio.session import AsyncSession

from bot import texts
from bot.rendering import match_message
from bot.replies import LocalDate, Msg, Reply, reply
from bot.usecases.conversation_table import Event, advance
from bot.usecases.dependencies import Core, Person
from bot.usecases.voters import reply_to_voter, voter
from factchecks import answer_codes, catalogue
from factchecks.clock import as_utc, utc_now
from factchecks.models import FactCheck

VERIFY_LIMIT = 10  # codes a sender may check...
VERIFY_WINDOW = timedelta(minutes=10)  # ...in this long
EXAMPLE_CODE = "V-7KQ2-M9XD"


async def with_code(session: AsyncSession, value: Reply, fact_check: FactCheck) -> Reply:
    """`value` (an answer with `fact_check`'s verdict) with a new answer code under it."""
    code = await answer_codes.issue(session, fact_check, utc_now())
    part = Msg(texts.ANSWER_CODE, {"code": answer_codes.shown(code)})
    return replace(value, parts=(*value.parts, part))


async def verify(core: Core, person: Person, typed: str) -> Reply:
    """Answer `/verify <typed>` for `person`."""
    now = utc_now()
    async with core.db.transaction() as session:
        requester = await voter(session, core, person)
        advance(requester, Event.COMMAND)
        if typed.strip():
            recent = await answer_codes.attempt(
                session, requester.id or 0, now, now - VERIFY_WINDOW
            )
            value = await _verdict(session, typed, over_limit=recent > VERIFY_LIMIT)
        else:
            value = reply(texts.VERIFY_USAGE, example=EXAMPLE_CODE)
        return await reply_to_voter(session, core, requester, value)


async def _verdict(session: AsyncSession, typed: str, *, over_limit: bool) -> Reply:
    if over_limit:
        return reply(texts.VERIFY_LIMIT, minutes=int(VERIFY_WINDOW.total_seconds() // 60))
    code = answer_codes.normalise(typed)
    if code is None:
        return reply(texts.VERIFY_MALFORMED, code=typed[:40], example=EXAMPLE_CODE)
    found = await answer_codes.find(session, code)
    if found is None:
        return reply(texts.VERIFY_UNKNOWN, code=answer_codes.shown(code))
    sent, fact_check = found
    sent_on = LocalDate((as_utc(sent.created_at) or utc_now()).date())
    header = Msg(texts.VERIFY_OK, {"code": answer_codes.shown(code), "date": sent_on})
    answer = match_message(catalogue.view(fact_check), utc_now())
    return Reply((header, answer))
