"""The fact-checkers' desk: `/queue`, `/answer`, `/link` and `/dismiss`.

Only the fact-checkers named in settings may use these; anyone else gets a polite refusal and
nothing changes. Answering or dismissing an item notifies every voter who sent a tip in it, each
in their own language, through the outbox in the same transaction as the change. An answer also
teaches the matcher: the item's wordings and pictures become part of the fact-check, so the next
voter who sends the same claim is answered at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlmodel.ext.asyncio.session import AsyncSession

from bot import texts
from bot.i18n import Catalogs, Translator
from bot.rendering import excerpt, render_match, render_queue
from factchecks import catalogue, queue
from factchecks.clock import utc_now
from factchecks.database import Database, on_commit
from factchecks.match_index import MatchIndex
from factchecks.models import FactCheck, QueueItem, QueueStatus, Requester, TextSource, Tip
from factchecks.outbox import enqueue
from factchecks.verdicts import Verdict, parse_verdict

log = logging.getLogger(__name__)

DESK_COMMANDS = ("queue", "answer", "link", "dismiss")
QUEUE_LIST_LIMIT = 20


@dataclass(frozen=True)
class DeskCommand:
    """A command someone sent; `user_id` is checked against the fact-checkers' list."""

    channel: str
    user_id: str
    address: str
    name: str
    args: list[str]
    language_hint: str | None = None


@dataclass(frozen=True)
class DeskAddress:
    """Where the desk is told about new queue items (a group chat), if anywhere."""

    channel: str
    address: str


class Desk:
    """Runs fact-checker commands."""

    def __init__(
        self,
        *,
        db: Database,
        index: MatchIndex,
        catalogs: Catalogs,
        factcheckers: frozenset[tuple[str, str]],
        publisher_name: str,
        desk_address: DeskAddress | None,
        voter_translator: Callable[[Requester, str | None], Translator],
    ) -> None:
        self._db = db
        self._index = index
        self._catalogs = catalogs
        self._factcheckers = factcheckers
        self._publisher = publisher_name
        self._desk_address = desk_address
        self._voter_translator = voter_translator

    def announce_new_item(self, session: AsyncSession, item_id: int, claim: str) -> None:
        """Tell the desk's group that a new claim waits (in the default language)."""
        if self._desk_address is None:
            return
        translator = self._catalogs.translator(self._catalogs.default_language)
        enqueue(
            session,
            channel=self._desk_address.channel,
            address=self._desk_address.address,
            text=translator.gettext(texts.DESK_NEW_ITEM).format(
                id=item_id, claim=excerpt(claim, 300) or translator.gettext(texts.QUEUE_IMAGE)
            ),
        )

    async def handle(self, command: DeskCommand) -> None:
        """Run one command and reply to whoever sent it."""
        translator = self._catalogs.translator(self._catalogs.resolve(command.language_hint))
        if command.name not in DESK_COMMANDS:
            reply = translator.gettext(texts.UNKNOWN_COMMAND)
        elif (command.channel, command.user_id) not in self._factcheckers:
            log.info("refused /%s from a non-fact-checker", command.name)
            reply = translator.gettext(texts.NOT_AUTHORISED)
        else:
            handler = {
                "queue": self._queue,
                "answer": self._answer,
                "link": self._link,
                "dismiss": self._dismiss,
            }[command.name]
            reply = await handler(command, translator)
        async with self._db.transaction() as session:
            enqueue(session, channel=command.channel, address=command.address, text=reply)

    async def _queue(self, command: DeskCommand, translator: Translator) -> str:
        async with self._db.session() as session:
            lines = await queue.open_items(session, QUEUE_LIST_LIMIT)
            total = await queue.count_open(session)
        return render_queue(translator, lines, total)

    async def _answer(self, command: DeskCommand, translator: Translator) -> str:
        verdict_names = ", ".join(v.value for v in Verdict if v is not Verdict.OTHER)
        usage = translator.gettext(texts.ANSWER_USAGE).format(verdicts=verdict_names)
        if len(command.args) < 4 or not command.args[0].lstrip("#").isdigit():
            return usage
        item_ref, verdict_word, url, *summary_words = command.args
        verdict = parse_verdict(verdict_word)
        if verdict is None or verdict is Verdict.OTHER:
            return translator.gettext(texts.BAD_VERDICT).format(
                verdict=verdict_word, verdicts=verdict_names
            )
        if not url.startswith(("http://", "https://")):
            return translator.gettext(texts.BAD_URL).format(url=url)
        async with self._db.transaction() as session:
            item = await self._open_item(session, item_ref, translator)
            if isinstance(item, str):
                return item
            fact_check = await catalogue.find_fact_check(session, url=url)
            if fact_check is None:
                fact_check = FactCheck(
                    url=url,
                    claim=item.claim or url,
                    verdict=verdict,
                    summary=" ".join(summary_words),
                    publisher=self._publisher,
                    language=item.language or self._catalogs.default_language,
                    published_at=utc_now(),
                )
                session.add(fact_check)
                await session.flush()
            return await self._close_answered(session, item, fact_check, command, translator)

    async def _link(self, command: DeskCommand, translator: Translator) -> str:
        usage = translator.gettext(texts.LINK_USAGE)
        if len(command.args) != 2 or not command.args[0].lstrip("#").isdigit():
            return usage
        item_ref, fact_check_ref = command.args
        async with self._db.transaction() as session:
            item = await self._open_item(session, item_ref, translator)
            if isinstance(item, str):
                return item
            ref = fact_check_ref.lstrip("#")
            if ref.isdigit():
                fact_check = await catalogue.get_fact_check(session, int(ref))
            else:
                fact_check = await catalogue.find_fact_check(session, url=fact_check_ref)
            if fact_check is None:
                return translator.gettext(texts.FACT_CHECK_NOT_FOUND).format(ref=fact_check_ref)
            return await self._close_answered(session, item, fact_check, command, translator)

    async def _dismiss(self, command: DeskCommand, translator: Translator) -> str:
        if len(command.args) < 2 or not command.args[0].lstrip("#").isdigit():
            return translator.gettext(texts.DISMISS_USAGE)
        reason = " ".join(command.args[1:])
        async with self._db.transaction() as session:
            item = await self._open_item(session, command.args[0], translator)
            if isinstance(item, str):
                return item
            voters = await queue.item_requesters(session, item.id or 0)
            languages = _tip_languages(await queue.item_tips(session, item.id or 0))
            await queue.close_item(
                session,
                item,
                status=QueueStatus.DISMISSED,
                assignee=f"{command.channel}:{command.user_id}",
                reason=reason,
            )
            for voter in voters:
                voter_translator = self._voter_translator(voter, languages.get(voter.id))
                enqueue(
                    session,
                    channel=voter.channel,
                    address=voter.address,
                    text=voter_translator.format(texts.DISMISSED, reason=reason),
                    language=voter_translator.language,
                )
            item_id = item.id or 0
            on_commit(session, lambda: self._index.close_queue_item(item_id))
        return translator.plural(texts.DISMISSED_CONFIRM, len(voters)).format(
            id=item.id, count=len(voters)
        )

    async def _open_item(
        self, session: AsyncSession, item_ref: str, translator: Translator
    ) -> QueueItem | str:
        """The open item `#id`, or the message explaining why there is none."""
        item_id = int(item_ref.lstrip("#"))
        item = await queue.get_item(session, item_id)
        if item is None:
            return translator.gettext(texts.ITEM_NOT_FOUND).format(id=item_id)
        if item.status != QueueStatus.OPEN:
            return translator.gettext(texts.ITEM_CLOSED).format(id=item_id)
        return item

    async def _close_answered(
        self,
        session: AsyncSession,
        item: QueueItem,
        fact_check: FactCheck,
        command: DeskCommand,
        translator: Translator,
    ) -> str:
        """Close `item` with `fact_check`, teach the matcher its wordings, notify its voters."""
        fact_check_id = fact_check.id or 0
        tips_in_item = await queue.item_tips(session, item.id or 0)
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
        voters = await queue.item_requesters(session, item.id or 0)
        await queue.close_item(
            session,
            item,
            status=QueueStatus.ANSWERED,
            assignee=f"{command.channel}:{command.user_id}",
            fact_check_id=fact_check_id,
        )
        shown = catalogue.view(fact_check)
        languages = _tip_languages(tips_in_item)
        for voter in voters:
            voter_translator = self._voter_translator(voter, languages.get(voter.id))
            body = render_match(voter_translator, shown, utc_now())
            enqueue(
                session,
                channel=voter.channel,
                address=voter.address,
                text=voter_translator.gettext(texts.MATCH_UPDATE) + "\n\n" + body,
                language=voter_translator.language,
            )
        item_id = item.id or 0
        on_commit(session, lambda: self._learn(item_id, fact_check_id, new_texts, new_fingerprints))
        return translator.plural(texts.ANSWERED, len(voters)).format(
            id=item.id, fact_check_id=fact_check_id, count=len(voters)
        )

    def _learn(
        self, item_id: int, fact_check_id: int, new_texts: list[str], fingerprints: list[str]
    ) -> None:
        self._index.close_queue_item(item_id)
        self._index.add_fact_check(fact_check_id, new_texts, fingerprints)


def _tip_languages(tips: list[Tip]) -> dict[int | None, str]:
    """The language detected in each voter's (first) tip, by requester id."""
    languages: dict[int | None, str] = {}
    for tip in tips:
        if tip.language:
            languages.setdefault(tip.requester_id, tip.language)
    return languages
