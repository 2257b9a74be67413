"""Corrections: `/correct <fact-check id> <verdict> [url] [summary...]` changes a published
verdict, and every voter who was sent the fact-check gets "We corrected an answer we sent you"
with the new verdict, once, in their language, with a new answer code.

The audit log is the correction ledger: each correction is a `correct` action on the fact-check
with the verdict, address and summary before and after, and how many voters were told.
"""

from __future__ import annotations

from bot import texts
from bot.rendering import match_message, verdict_label
from bot.replies import Msg, Reply, reply
from bot.usecases.dependencies import Core, Person, send_to_voter
from bot.usecases.desk_queue import find_fact_check_ref, refusal
from bot.usecases.verify_answer import with_code
from bot.usecases.voters import language_of
from factchecks import catalogue, desk_log, fact_check_links, queue
from factchecks.clock import utc_now
from factchecks.models import DeskActionKind, FactCheck, LinkKind
from factchecks.verdicts import Verdict


async def correct_fact_check(
    core: Core,
    actor: Person,
    ref: str,
    verdict: Verdict,
    url: str | None = None,
    summary: str | None = None,
) -> Reply:
    """Change fact-check `ref`'s verdict (and, if given, its address and summary) and tell
    every voter who received it."""
    if refused := refusal(core, actor):
        return refused
    if url is not None and not url.startswith(("http://", "https://")):
        return reply(texts.BAD_URL, url=url)
    name = core.display_name(actor)
    async with core.db.transaction() as session:
        fact_check = await find_fact_check_ref(session, ref)
        if fact_check is None:
            return reply(texts.FACT_CHECK_NOT_FOUND, ref=ref)
        fact_check_id = fact_check.id or 0
        if url is not None and url != fact_check.url:
            other = await catalogue.find_fact_check(session, url=url)
            if other is not None:
                return reply(texts.CORRECT_URL_TAKEN, fact_check_id=other.id or 0)
        before = _state(fact_check)
        after = {
            "verdict": verdict.value,
            "url": url if url is not None else fact_check.url,
            "summary": summary if summary else fact_check.summary,
        }
        if after == before:
            return reply(texts.NOTHING_TO_CORRECT, fact_check_id=fact_check_id)
        fact_check.verdict = verdict
        fact_check.url = after["url"]
        fact_check.summary = after["summary"] or ""
        fact_check.updated_at = utc_now()
        session.add(fact_check)
        await session.flush()
        if after["url"] != before["url"]:  # its link key follows the address
            own = fact_check_links.wanted_links(fact_check.url, ())
            await fact_check_links.set_links(session, fact_check_id, own, [LinkKind.OWN])
        notice = Reply(
            (Msg(texts.CORRECTION), match_message(catalogue.view(fact_check), utc_now()))
        )
        # Only voters whose reply address has not expired can be told.
        recipients = [
            (voter, detected)
            for voter, detected in await queue.recipients_of(session, fact_check_id)
            if voter.address is not None
        ]
        for voter, detected in recipients:
            value = await with_code(session, notice, fact_check)
            language = language_of(core, voter, detected)
            send_to_voter(session, voter, value, language)
        desk_log.record(
            session,
            actor=name,
            action=DeskActionKind.CORRECT,
            fact_check_id=fact_check_id,
            before=before,
            after={**after, "notified": len(recipients)},
        )
        label = verdict_label(catalogue.view(fact_check))
    return reply(texts.CORRECTED, fact_check_id=fact_check_id, verdict=label, count=len(recipients))


def _state(fact_check: FactCheck) -> dict[str, str | None]:
    return {
        "verdict": Verdict(fact_check.verdict).value,
        "url": fact_check.url,
        "summary": fact_check.summary,
    }
