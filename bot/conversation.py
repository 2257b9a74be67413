"""The tip-line conversation, the same on every channel.

A message is a command, or a claim (text, pictures, or both). A claim is stored first, then
matched: a confident match is answered at once; anything else joins (or opens) a queue item for
fact-checkers and the voter is told they will hear back. Replies are rendered in the voter's
language and go through the outbox in the same transaction as the change that caused them.

The voter's language: their explicit /language choice, else the platform's hint (Telegram's
`language_code`), else the language detected in their message, else the default.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlmodel.ext.asyncio.session import AsyncSession

from bot import texts
from bot.bidi_text import isolate
from bot.desk import Desk, DeskCommand
from bot.i18n import Catalogs, Translator
from bot.inbound import MEDIA_LIMIT_BYTES, ButtonPress, InboundMessage
from bot.rendering import render_match
from bot.tip_media import ReadText, TipMedia, examine_media, read_pictures
from bot.voter_locale import voter_translator
from factchecks import catalogue, queue, requesters, tips
from factchecks.clock import utc_now
from factchecks.database import Database, on_commit
from factchecks.match_index import MatchIndex, MatchQuery
from factchecks.models import Requester, Tip
from factchecks.outbox import Button, enqueue, release_held
from factchecks.pseudonyms import pseudonym
from matching import (
    Decision,
    Hit,
    decide,
    detect_language,
)

log = logging.getLogger(__name__)

LANGUAGE_BUTTON_PREFIX = "lang:"
MAX_TIP_CHARS = 20_000  # more than any platform sends; a longer paste is cut, never refused

VOTER_COMMANDS = {"start", "help", "language"}


@dataclass(frozen=True)
class Thresholds:
    """Scores at which a match is answered automatically, or suggested to fact-checkers."""

    answer: float
    suggest: float


class Conversation:
    """Handles inbound messages and button presses from every channel."""

    def __init__(
        self,
        *,
        db: Database,
        index: MatchIndex,
        catalogs: Catalogs,
        secret_key: str,
        thresholds: Thresholds,
        desk: Desk,
        wake_delivery: Callable[[], None],
        read_screenshot: ReadText | None = None,
    ) -> None:
        self._db = db
        self._read_screenshot = read_screenshot  # None: no OCR installed
        self._index = index
        self._catalogs = catalogs
        self._secret_key = secret_key
        self._thresholds = thresholds
        self._desk = desk
        self._wake_delivery = wake_delivery

    async def handle_message(self, message: InboundMessage) -> None:
        """Answer one message (or album); a message stored before is not answered again."""
        text = message.text.strip()[:MAX_TIP_CHARS]
        command = _command(text)
        if command is not None and command[0] not in VOTER_COMMANDS:
            await self._desk.handle(
                DeskCommand(
                    channel=message.channel,
                    user_id=message.user_id,
                    address=message.address,
                    name=command[0],
                    args=command[1],
                    language_hint=message.language_hint,
                )
            )
        elif message.in_group:
            return  # in the desk's group only fact-checker commands are for the bot
        elif command is not None:
            async with self._db.transaction() as session:
                requester = await self._requester_of(session, message)
                await self._voter_command(session, requester, command[0], command[1])
        else:
            await self._handle_claim(message, text)
        self._wake_delivery()

    async def _handle_claim(self, message: InboundMessage, text: str) -> None:
        """Store the claim first, then answer it (from the catalogue, or by queueing it)."""
        media = await examine_media(message)
        async with self._db.transaction() as session:
            requester = await self._requester_of(session, message)
            tip = await self._store_tip(session, requester, message, text, media)
        if tip is None:
            log.info("redelivered %s message ignored", message.channel)
            return
        # A platform that tells us nothing about the voter's language (WhatsApp) gets the
        # language picker on first contact, on the answer itself so it never delays it.
        offer_picker = requesters.is_first_contact(requester) and not message.language_hint
        await self._answer_tip(tip, requester, media, offer_picker=offer_picker)

    async def handle_button(self, press: ButtonPress) -> None:
        """A voter pressed a button: the language picker, or a template's "show me" reply.

        Any press counts as the voter writing (it releases answers held for WhatsApp's window).
        """
        async with self._db.transaction() as session:
            requester = await self._requester(
                session,
                press.channel,
                press.user_id,
                press.address,
                press.language_hint,
                press.region_language,
            )
            if press.data.startswith(LANGUAGE_BUTTON_PREFIX):
                choice = press.data[len(LANGUAGE_BUTTON_PREFIX) :]
                await self._set_language(session, requester, choice)
        self._wake_delivery()

    # -- voters ---------------------------------------------------------------------------

    async def _requester_of(self, session: AsyncSession, message: InboundMessage) -> Requester:
        return await self._requester(
            session,
            message.channel,
            message.user_id,
            message.address,
            message.language_hint,
            message.region_language,
        )

    async def _requester(
        self,
        session: AsyncSession,
        channel: str,
        user_id: str,
        address: str,
        hint: str | None,
        region_language: str | None,
    ) -> Requester:
        """The voter, refreshed; anything held for them (WhatsApp's window) is due again."""
        requester = await requesters.upsert_requester(
            session,
            pseudonym=pseudonym(self._secret_key, channel, user_id),
            channel=channel,
            address=address,
            language_hint=hint,
            region_language=region_language,
        )
        if await release_held(session, channel, address):
            log.info("a voter wrote again: held %s messages released", channel)
        return requester

    def _translator(self, requester: Requester, detected: str | None = None) -> Translator:
        return voter_translator(self._catalogs, requester, detected)

    def _reply(
        self,
        session: AsyncSession,
        requester: Requester,
        text: str,
        buttons: list[list[Button]] | None = None,
        translator: Translator | None = None,
    ) -> None:
        enqueue(
            session,
            channel=requester.channel,
            address=requester.address,
            text=text,
            buttons=buttons or (),
            language=(translator or self._translator(requester)).language,
        )

    async def _voter_command(
        self, session: AsyncSession, requester: Requester, name: str, args: list[str]
    ) -> None:
        translator = self._translator(requester)
        if name == "start":
            self._reply(session, requester, translator.gettext(texts.WELCOME))
        elif name == "help":
            self._reply(session, requester, translator.gettext(texts.HELP))
        elif args:
            await self._set_language(session, requester, args[0])
        else:
            buttons = self._language_buttons(translator, requester)
            self._reply(session, requester, translator.gettext(texts.LANGUAGE_PROMPT), buttons)

    def _language_buttons(self, translator: Translator, requester: Requester) -> list[list[Button]]:
        """One button per language, the voter's likely ones first (WhatsApp shows ten)."""
        likely = (str(translator.locale), requester.region_language, requester.language_hint)
        return [
            [Button(translator.language_name(code), LANGUAGE_BUTTON_PREFIX + code)]
            for code in self._catalogs.picker(*likely)
        ]

    async def _set_language(self, session: AsyncSession, requester: Requester, choice: str) -> None:
        choices = self._catalogs.languages
        names = {code: self._catalogs.translator(code).language_name(code) for code in choices}
        by_name = {name.casefold(): code for code, name in names.items()}
        code = self._catalogs.choice(choice) or by_name.get(choice.strip().casefold())
        if code is None:
            translator = self._translator(requester)
            listing = ", ".join(f"{isolate(name)} ({code})" for code, name in names.items())
            self._reply(
                session,
                requester,
                translator.format(texts.LANGUAGE_UNKNOWN, choices=listing),
            )
            return
        await requesters.set_language(session, requester.id or 0, code)
        requester.language = code
        translator = self._catalogs.translator(code)
        self._reply(
            session,
            requester,
            translator.gettext(texts.LANGUAGE_SET).format(
                language=translator.language_name(code, capitalised=False)
            ),
        )

    async def _store_tip(
        self,
        session: AsyncSession,
        requester: Requester,
        message: InboundMessage,
        text: str,
        media: TipMedia,
    ) -> Tip | None:
        tip, created = await tips.store_tip(
            session,
            tips.NewTip(
                channel=message.channel,
                external_id=message.external_id,
                requester_id=requester.id or 0,
                text=text,
                fingerprint=media.primary.hex() if media.primary else None,
                media_note=":".join(filter(None, (message.media_kind, media.problem))) or None,
                language=detect_language(text) if text else None,
                forwarded=message.forwarded,
                frequently_forwarded=message.frequently_forwarded,
            ),
        )
        return tip if created else None

    async def _answer_tip(
        self, tip: Tip, requester: Requester, media: TipMedia, *, offer_picker: bool = False
    ) -> None:
        translator = self._translator(requester, tip.language)
        buttons = self._language_buttons(translator, requester) if offer_picker else None
        reply = _Reply(translator, buttons)
        query = MatchQuery(text=tip.text, fingerprints=media.fingerprints)
        hits = await self._index.search_catalogue(query) if query.text or query.fingerprints else []
        decision = decide(hits, self._thresholds.answer, self._thresholds.suggest)
        if decision is not Decision.ANSWER and media.readable:
            # Not answered by what the voter wrote or by the pictures' fingerprints: read the
            # text in the pictures (a screenshot of a post) and match that too.
            image_text = await read_pictures(
                self._read_screenshot, media.readable, translator.language
            )
            if image_text:
                async with self._db.transaction() as session:
                    tips.set_image_text(session, tip, image_text)
                query = MatchQuery(
                    text=_joined(tip.text, image_text), fingerprints=query.fingerprints
                )
                hits = _best_per_key(
                    hits, await self._index.search_catalogue(MatchQuery(image_text))
                )
                decision = decide(hits, self._thresholds.answer, self._thresholds.suggest)
        if not query.text and not query.fingerprints:
            async with self._db.transaction() as session:
                tips.mark_unusable(session, tip)
                self._reply(
                    session,
                    requester,
                    reply.text(
                        translator.format(
                            media.problem_text or texts.EMPTY,
                            limit_mb=translator.number(MEDIA_LIMIT_BYTES // 1_000_000),
                        )
                    ),
                    reply.buttons,
                    translator,
                )
            return
        if decision is Decision.ANSWER:
            async with self._db.transaction() as session:
                fact_check = await catalogue.get_fact_check(session, hits[0].key)
                if fact_check is not None:
                    tips.mark_answered(session, tip, hits[0].key, hits[0].score)
                    self._reply(
                        session,
                        requester,
                        reply.text(render_match(translator, catalogue.view(fact_check), utc_now())),
                        reply.buttons,
                        translator,
                    )
                    return
        suggested = hits[0].key if decision is Decision.SUGGEST else None
        await self._queue_tip(tip, requester, reply, query, suggested)

    async def _queue_tip(
        self,
        tip: Tip,
        requester: Requester,
        reply: _Reply,
        query: MatchQuery,
        suggested: int | None,
    ) -> None:
        same_claim = [
            hit
            for hit in await self._index.search_queue(query)
            if hit.score >= self._thresholds.answer
        ]
        async with self._db.transaction() as session:
            item = await queue.get_item(session, same_claim[0].key) if same_claim else None
            is_new = item is None or item.status != "open"
            if item is None or is_new:
                item = await queue.open_item(
                    session,
                    claim=query.text,
                    fingerprint=tip.fingerprint,
                    language=tip.language,
                    suggested_fact_check_id=suggested,
                )
            await queue.attach_tip(session, item, tip)
            self._reply(
                session,
                requester,
                reply.text(reply.translator.gettext(texts.QUEUED)),
                reply.buttons,
                reply.translator,
            )
            if is_new:
                self._desk.announce_new_item(session, item.id or 0, query.text)
            item_id = item.id or 0
            on_commit(
                session, lambda: self._index.add_to_queue_item(item_id, query.text, tip.fingerprint)
            )


@dataclass(frozen=True)
class _Reply:
    """How to answer one tip: in which language, and whether to offer the language picker."""

    translator: Translator
    buttons: list[list[Button]] | None

    def text(self, body: str) -> str:
        """The reply, with the picker's prompt under it when the picker is offered."""
        if not self.buttons:
            return body
        return body + "\n\n" + self.translator.gettext(texts.LANGUAGE_PROMPT)


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


def _command(text: str) -> tuple[str, list[str]] | None:
    """("answer", ["12", "false", ...]) for "/answer@bot 12 false ...", else None."""
    if not text.startswith("/") or len(text) < 2:
        return None
    head, *args = text.split()
    name = head[1:].split("@", 1)[0].casefold()
    if not name.isidentifier():
        return None
    return name, args
