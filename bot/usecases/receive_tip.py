"""Receiving a tip: match it against the catalogue, then store it and answer it, or queue it.

The message is safe in the inbox from before the platform was acknowledged, so the tip is
matched before anything is written: a confident match is stored, answered and its reply queued
in one transaction. A link in the tip to exactly one fact-check (its own page, or a post its
claim appeared in: `factchecks.fact_check_links`) is the surest match of all and answers it
whatever the text matched; links to several fact-checks leave the tip to the usual matching.
Anything else is stored first, then joins (or opens) a queue item for the fact-checkers and the
voter is told they will hear back. A voter over their tip limit (`factchecks.limits`) has the
tip kept as `rate_limited`, unanswered, and is told once when they can send again. A platform
that says nothing about the voter's language (WhatsApp) gets the language picker on the first
answer, so it never delays it.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from sqlmodel.ext.asyncio.session import AsyncSession

from bot import texts
from bot.inbound import MEDIA_LIMIT_BYTES, InboundMessage
from bot.metrics import Outcome
from bot.rendering import NOTE_CHARS, match_message
from bot.replies import Msg, Reply, WaitUntil, reply
from bot.tip_media import TipMedia, copies_to_keep, examine_media, read_pictures
from bot.usecases.choose_language import picker
from bot.usecases.conversation_table import Event, advance
from bot.usecases.dependencies import Core, Person
from bot.usecases.desk_notices import alert_burst, announce_new_item
from bot.usecases.verify_answer import with_code
from bot.usecases.voters import language_of, other_language_note, reply_to_voter, voter
from factchecks import catalogue, fact_check_links, limits, queue, requesters, tip_pictures, tips
from factchecks.clock import utc_now
from factchecks.database import on_commit
from factchecks.limits import LimitReached
from factchecks.match_index import MatchQuery
from factchecks.models import FactCheck, QueueStatus, Requester, Tip, TipStatus
from factchecks.pseudonyms import keyed_id
from matching import Decision, Hit, decide, detect_language
from matching.link_keys import link_keys

log = logging.getLogger(__name__)

_OUTCOMES = {TipStatus.ANSWERED: Outcome.ANSWERED, TipStatus.UNUSABLE: Outcome.UNUSABLE}
MAX_TIP_CHARS = 20_000  # more than any platform sends; a longer paste is cut, never refused
# The match score stored with a tip answered by its link: the voter named the fact-check's
# claim exactly (its page, or a post it is about), which no text score says more surely.
LINK_MATCH_SCORE = 1.0


def person_of(message: InboundMessage) -> Person:
    """Who sent `message`."""
    return Person(
        message.channel,
        message.user_id,
        message.address,
        message.language_hint,
        message.region_language,
    )


async def receive_tip(core: Core, message: InboundMessage) -> Reply | None:
    """Store and answer one claim (text, pictures, or both); None when it was stored before,
    or when it is over the voter's tip limit and they were told so already.

    The catalogue is searched before anything is written, so that a tip answered at once is
    stored, answered and its reply queued in one transaction (decision 131). Nothing is lost
    if the worker stops before it: the message waits in the inbox until it is handled."""
    text = message.text.strip()[:MAX_TIP_CHARS]
    media = await examine_media(message)
    language = detect_language(text) if text else None
    query = MatchQuery(text=text, fingerprints=media.fingerprints)
    hits = await _search_first(core, query)
    decision = decide(hits, core.thresholds.answer, core.thresholds.suggest)
    keys = link_keys(text)
    async with core.db.transaction(brief=True) as session:
        requester = await voter(session, core, person_of(message))
        # A voter this message created has no tips to count yet.
        over_limit = (
            None
            if requesters.is_first_contact(requester)
            else await limits.check_tip_limit(
                session, requester.id or 0, core.tip_limits, utc_now()
            )
        )
        link_answer = await _linked(session, keys) if over_limit is None else None
        # The fact-check to answer with, read before the tip is stored so that the tip is
        # stored answered; None (the tip goes on to the desk) when it was removed meanwhile.
        fact_check = (
            link_answer
            if link_answer is not None
            else await catalogue.get_fact_check(session, hits[0].key)
            if decision is Decision.ANSWER and over_limit is None
            else None
        )
        answer = (
            (link_answer.id or 0, LINK_MATCH_SCORE)
            if link_answer is not None
            else (hits[0].key, hits[0].score)
            if fact_check is not None
            else None
        )
        tip, created = await tips.store_tip(
            session,
            tips.NewTip(
                channel=message.channel,
                # Keyed: the platform's id ("<chat id>:<message id>" on Telegram) names the chat.
                external_id=keyed_id(core.secret_key, message.channel, "tip", message.external_id),
                requester_id=requester.id or 0,
                text=text,
                fingerprint=media.primary.hex() if media.primary else None,
                media_note=":".join(filter(None, (message.media_kind, media.problem))) or None,
                language=language,
                forwarded=message.forwarded,
                frequently_forwarded=message.frequently_forwarded,
                answer=answer,
            ),
        )
        if created and over_limit is not None:
            return await _over_limit(session, core, requester, tip, over_limit)
        shell = Reply(())  # the reply's choices and prompt, if any: no parts yet
        if created:
            # After the tip's flush, so that with the answer's move the voter's state is
            # written once; a redelivered message moves nothing.
            advance(requester, Event.CLAIM)
            channel = message.channel
            on_commit(session, lambda: core.metrics.tip_received(channel))
            if requesters.is_first_contact(requester) and not message.language_hint:
                shell = Reply((), *picker(core))
            if fact_check is not None:
                return await _answered(session, core, tip, requester, fact_check, shell)
    if not created and tip.status is not TipStatus.RECEIVED:
        log.info("redelivered %s message ignored", message.channel)
        return None
    if not created:
        # Stored, never decided: the worker handling it stopped between storing the tip and
        # answering it (a crash, a kill -9). Answer it now, or the voter would never hear back.
        log.info("resuming a %s tip stored but never answered", message.channel)
    linked_id = link_answer.id if link_answer is not None else None
    return await _answer(core, tip, requester, media, shell, hits, linked_id)


async def _linked(session: AsyncSession, keys: tuple[str, ...]) -> FactCheck | None:
    """The one fact-check the tip's links name (its page, or a post it is about), which
    answers it whatever the text matched; None when they name none, or several (the usual
    matching decides). One statement, and only for a tip with a link."""
    if not keys:
        return None
    linked = await fact_check_links.linked_fact_checks(session, keys)
    return linked[0] if len(linked) == 1 else None


async def _search_first(core: Core, query: MatchQuery) -> list[Hit[int]]:
    """The catalogue's hits for a tip not stored yet; none when the search fails, so that the
    tip is stored all the same and goes to the desk (were the error raised, the inbox would
    retry, then give up on the message, and the tip would never have been stored)."""
    if not query.text and not query.fingerprints:
        return []
    try:
        return await core.index.search_catalogue(query)
    except Exception as error:  # the type only: a message could quote the voter's text
        log.warning("matching a tip failed (%s); it goes to the desk", type(error).__name__)
        return []


async def _over_limit(
    session: AsyncSession, core: Core, requester: Requester, tip: Tip, limit: LimitReached
) -> Reply | None:
    """Keep the tip unanswered; tell the voter once when they can send again."""
    tips.mark_rate_limited(session, tip)
    if limit.told:
        return None
    log.info("a %s voter reached the tip limit", tip.channel)
    value = reply(texts.TIP_LIMIT_REACHED, wait=WaitUntil(limit.until))
    return await reply_to_voter(session, core, requester, value, tip.language)


async def _answered(
    session: AsyncSession,
    core: Core,
    tip: Tip,
    requester: Requester,
    fact_check: FactCheck,
    shell: Reply,
) -> Reply:
    """Tell the voter the verdict of `fact_check`, which `tip` was answered with, inside the
    caller's transaction. `shell`: the reply's choices and prompt (the language picker).

    The state moves first, so the statements below write it once with the claim's move."""
    _settle(session, core, requester, tip, Event.ANSWERED, picker_shown=bool(shell.choices))
    language = language_of(core, requester, tip.language)
    note = await other_language_note(session, fact_check, language)
    body = match_message(catalogue.view(fact_check), utc_now(), reserved=NOTE_CHARS if note else 0)
    coded = await with_code(session, replace(shell, parts=(body,)), fact_check)
    if note is not None:
        coded = replace(coded, parts=(note, *coded.parts))
    return await reply_to_voter(session, core, requester, coded, tip.language)


async def _answer(
    core: Core,
    tip: Tip,
    requester: Requester,
    media: TipMedia,
    shell: Reply,
    hits: list[Hit[int]],
    linked_id: int | None = None,
) -> Reply:
    """Answer a stored tip that its text or fingerprints did not answer at once (or that was
    resumed): from the text in its pictures, or as unusable, or by queueing it for the desk.

    `shell`: the reply's choices and prompt (the language picker on a first contact).
    `linked_id`: the one fact-check a resumed tip's links name, which answers it."""
    if linked_id is not None:
        async with core.db.transaction(brief=True) as session:
            session.add(requester)
            fact_check = await catalogue.get_fact_check(session, linked_id)
            if fact_check is not None:
                tips.mark_answered(session, tip, linked_id, LINK_MATCH_SCORE)
                return await _answered(session, core, tip, requester, fact_check, shell)
    thresholds = core.thresholds
    query = MatchQuery(text=tip.text, fingerprints=media.fingerprints)
    decision = decide(hits, thresholds.answer, thresholds.suggest)
    if decision is not Decision.ANSWER and media.readable:
        # Not answered by what the voter wrote or by the pictures' fingerprints: read the text
        # in the pictures (a screenshot of a post) and match that too.
        language = language_of(core, requester, tip.language).split("_")[0]
        image_text = await read_pictures(core.read_screenshot, media.readable, language)
        if image_text:
            async with core.db.transaction() as session:
                tips.set_image_text(session, tip, image_text)
            query = MatchQuery(text=_joined(tip.text, image_text), fingerprints=query.fingerprints)
            hits = _best_per_key(hits, await core.index.search_catalogue(MatchQuery(image_text)))
            decision = decide(hits, thresholds.answer, thresholds.suggest)

    def answer(body: Msg) -> Reply:
        return replace(shell, parts=(body,))

    async with core.db.transaction(brief=True) as session:
        session.add(requester)
        if not query.text and not query.fingerprints:
            tips.mark_unusable(session, tip)
            problem = media.problem_text or texts.EMPTY
            body = Msg(problem, {"limit_mb": MEDIA_LIMIT_BYTES // 1_000_000})
            return await _settled(session, core, requester, tip, answer(body), Event.ANSWERED)
        if decision is Decision.ANSWER:
            fact_check = await catalogue.get_fact_check(session, hits[0].key)
            if fact_check is not None:
                tips.mark_answered(session, tip, hits[0].key, hits[0].score)
                return await _answered(session, core, tip, requester, fact_check, shell)
    suggested = hits[0] if decision is Decision.SUGGEST else None
    queued = answer(Msg(texts.QUEUED))
    return await _queue(core, tip, requester, queued, query, suggested, media.still)


async def _settled(
    session: AsyncSession, core: Core, requester: Requester, tip: Tip, value: Reply, event: Event
) -> Reply:
    """The claim is settled (answered, unusable or queued): move the state, tell the voter."""
    _settle(session, core, requester, tip, event, picker_shown=bool(value.choices))
    return await reply_to_voter(session, core, requester, value, tip.language)


def _settle(
    session: AsyncSession,
    core: Core,
    requester: Requester,
    tip: Tip,
    event: Event,
    *,
    picker_shown: bool,
) -> None:
    """Move the voter's state for a settled claim (and a language picker shown with its reply);
    count the outcome once the transaction commits."""
    outcome = _OUTCOMES.get(tip.status, Outcome.QUEUED)
    on_commit(session, lambda: core.metrics.tip_settled(tip.channel, outcome))
    advance(requester, event)
    if picker_shown:
        advance(requester, Event.PICKER_SHOWN)


async def _queue(
    core: Core,
    tip: Tip,
    requester: Requester,
    value: Reply,
    query: MatchQuery,
    suggested: Hit[int] | None,
    pictures: tuple[bytes, ...],
) -> Reply:
    """Join the open item of the same claim, or open one with the best suggestion (and, when
    the contradiction guard held that suggestion back, its reason for the desk).

    The tip's pictures are kept (metadata-free copies) for the desk's `/show`, with the tip's
    place in the queue: only pictures the desk has to look at are kept, never those of tips
    answered at once or over the tip limit."""
    copies = await copies_to_keep(pictures, tip_pictures.MAX_PICTURES_PER_TIP)
    same_claim = [
        hit
        for hit in await core.index.search_queue(query)
        if hit.score >= core.thresholds.answer and hit.conflict is None
    ]
    async with core.db.transaction() as session:
        session.add(requester)
        item = await queue.get_item(session, same_claim[0].key) if same_claim else None
        is_new = item is None or item.status != QueueStatus.OPEN
        if item is None or is_new:
            item = await queue.open_item(
                session,
                claim=query.text,
                fingerprint=tip.fingerprint,
                language=tip.language,
                suggested_fact_check_id=suggested.key if suggested else None,
                suggestion_conflict=suggested.conflict if suggested else None,
                suggestion_score=suggested.score if suggested else None,
            )
        await queue.attach_tip(session, item, tip)
        if not await tip_pictures.has_pictures(session, tip.id or 0):  # not if resumed
            tip_pictures.add_pictures(session, tip.id or 0, copies)
        await alert_burst(session, core, item)
        result = await _settled(session, core, requester, tip, value, Event.QUEUED)
        item_id = item.id or 0
        if is_new:
            announce_new_item(session, core, item_id, query.text)
        on_commit(
            session, lambda: core.index.add_to_queue_item(item_id, query.text, tip.fingerprint)
        )
    return result


def _joined(*parts: str) -> str:
    return "\n".join(part for part in parts if part)


def _best_per_key(*hit_lists: list[Hit[int]]) -> list[Hit[int]]:
    """One hit per key (its best), best first."""
    best: dict[int, Hit[int]] = {}
    for hits in hit_lists:
        for hit in hits:
            if hit.key not in best or hit.score > best[hit.key].score:
                best[hit.key] = hit
    return sorted(best.values(), key=lambda hit: hit.score, reverse=True)
