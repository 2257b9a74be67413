"""The inbox worker: every channel's stored messages, claimed and handled, several at a time.

Channels parse what a platform delivers into `Pending` values (`bot.inbound`) and `store` them
before acknowledging the delivery; from then on the message is the worker's. The worker claims
messages from the database (`factchecks.inbox.claim`: leases, and `FOR UPDATE SKIP LOCKED` on
PostgreSQL), so any number of `tipline run` processes can share one database and no message is
handled twice. Up to `concurrency` messages are in hand at once, never two of one voter: only a
voter's oldest unfinished message can be claimed, so their messages are answered in the order
they were sent. Matching is CPU-bound and runs in a thread (`MatchIndex.search_catalogue`), so
the event loop keeps taking webhooks while a message is matched.

A message whose handling raises is released and tried again later, up to `max_attempts` claims
in all (a message that kills the process counts too: each claim is an attempt); then the voter
gets a polite failure reply and the row is marked failed. Nothing a message holds can stop the
worker, nor the bot from starting: the worker starts in the background and meets old messages
like new ones.

The parsed payload is dropped once a message is handled; its keyed id stays, so a platform's
redelivery is still recognised.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Protocol

from bot.channels.albums import merge_album
from bot.conversation import Conversation
from bot.inbound import (
    InboundMessage,
    MediaProblem,
    MediaRef,
    Pending,
    PendingButton,
    PendingMessage,
    PendingPayloadError,
    clean_pending,
    decode_pending,
    encode_pending,
)
from bot.text_cleaning import clean_text
from bot.usecases.dependencies import Person
from bot.usecases.voters import apologise
from factchecks import inbox
from factchecks.database import Database
from factchecks.group_commit import GroupCommit
from factchecks.inbox import Claim, NewMessage
from factchecks.models import InboxStatus
from factchecks.pseudonyms import keyed_id, pseudonym

log = logging.getLogger(__name__)


STORES_PER_TRANSACTION = 16


class InboxChannel(Protocol):
    """What the worker needs from a channel to handle its stored messages."""

    async def fetch_media(self, media: MediaRef) -> tuple[tuple[bytes, ...], MediaProblem | None]:
        """Download the media of a message: its bytes, or why there are none."""

    async def on_button(self, pending: PendingButton) -> None:
        """The platform's chores for a button press before the conversation sees it."""

    def decode_legacy(self, payload: str) -> Pending | None:
        """A payload stored before 0007 (the platform's own), parsed; None if it is not one."""


@dataclass(frozen=True)
class Received:
    """A message a channel took from its platform: the platform's id for it (deduplication)
    and the parsed message."""

    platform_id: str
    pending: Pending


@dataclass(frozen=True)
class InboxLimits:
    """How the worker paces itself (from `Settings`)."""

    concurrency: int = 8  # messages in hand at once, in this process
    max_attempts: int = 5  # claims of one message before it is given up on
    retry_after_s: float = 2.0  # the first retry's delay; doubled at each attempt
    lease_s: float = 120.0  # a claim's lifetime; renewed while the message is in hand
    album_window_s: float = 1.5  # an album is handled once no part came for this long
    poll_s: float = 1.0  # how often to look for messages other processes stored


class _GaveUp(Exception):
    """Internal: the message was claimed `max_attempts` times already."""


class InboxWorker:
    """Stores every channel's messages and handles them; `start()` it, `stop()` it."""

    def __init__(
        self,
        db: Database,
        conversation: Conversation,
        secret_key: str,
        limits: InboxLimits = InboxLimits(),
    ) -> None:
        self._db = db
        self._conversation = conversation
        self._secret_key = secret_key
        self._limits = limits
        self._lease = timedelta(seconds=limits.lease_s)
        self.name = f"worker-{uuid.uuid4().hex[:12]}"  # a claim's owner: unique per worker
        self._channels: dict[str, InboxChannel] = {}
        self._in_hand: dict[asyncio.Task[None], Claim] = {}
        self._wake = asyncio.Event()
        self._stopping = False
        self._task: asyncio.Task[None] | None = None
        self._renewer: asyncio.Task[None] | None = None
        # Deliveries arriving together are stored together, and so are finished messages
        # recorded (`factchecks.group_commit`): one transaction each under load, not one apiece.
        self._stores: GroupCommit[tuple[str, list[NewMessage]], int] = GroupCommit(
            db,
            write_all=inbox.record_all,
            urgent=True,
            brief=True,
            # Deliveries of up to BRIEF_ROWS messages, a bounded number: a brief transaction
            # stays small (on SQLite it runs on the event loop's thread).
            most=STORES_PER_TRANSACTION,
        )
        self._finishes: GroupCommit[tuple[tuple[int, ...], InboxStatus], None] = GroupCommit(
            db, write_all=inbox.finish_all, brief=True, alone=True
        )

    def register(self, channel: str, handler: InboxChannel) -> None:
        """Handle the stored messages of `channel` with `handler` (before `start`)."""
        self._channels[channel] = handler

    async def store(self, channel: str, messages: Sequence[Received]) -> int:
        """Store `messages` (one delivery) in one transaction, under keyed ids; returns how many
        were new. Raises on a database error: the caller must not acknowledge the delivery."""
        rows = [self._row(channel, received) for received in messages]
        if len(rows) <= inbox.BRIEF_ROWS:
            stored = await self._stores((channel, rows))
        else:  # a large delivery goes alone, and not brief
            stored = await inbox.record_messages(self._db, channel, rows)
        if stored:
            self.wake()
        return stored

    def _row(self, channel: str, received: Received) -> NewMessage:
        pending = clean_pending(received.pending)
        person = pending.press if isinstance(pending, PendingButton) else pending.message
        album = pending.album if isinstance(pending, PendingMessage) else None
        return NewMessage(
            external_id=keyed_id(
                self._secret_key, channel, "message", clean_text(received.platform_id)
            ),
            payload=encode_pending(pending),
            voter=pseudonym(self._secret_key, channel, person.user_id),
            album=keyed_id(self._secret_key, channel, "album", album) if album else None,
        )

    def wake(self) -> None:
        """There may be new messages: look now rather than at the next poll."""
        self._wake.set()

    def start(self) -> None:
        """Handle messages in the background, starting with what is waiting."""
        self._stopping = False
        self._wake.set()
        loop = asyncio.get_running_loop()
        self._task = loop.create_task(self._run(), name="inbox")
        self._renewer = loop.create_task(self._renew_leases(), name="inbox-leases")

    async def stop(self) -> None:
        """Finish the messages in hand and stop; the rest waits in the inbox."""
        self._stopping = True
        self._wake.set()
        if self._task is not None:
            await self._task
            self._task = None
        if self._renewer is not None:
            self._renewer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._renewer
            self._renewer = None

    @property
    def in_hand(self) -> int:
        """How many messages this worker is handling now."""
        return len(self._in_hand)

    async def _run(self) -> None:
        limits = self._limits
        while not self._stopping:
            self._wake.clear()
            free = limits.concurrency - len(self._in_hand)
            claims: list[Claim] = []
            if free > 0:
                try:
                    claims = await inbox.claim(
                        self._db,
                        self._channels,
                        self.name,
                        limit=free,
                        lease=self._lease,
                        album_quiet=timedelta(seconds=limits.album_window_s),
                    )
                except Exception as error:  # the database is away: try again later
                    log.warning("inbox: claiming failed (%s)", type(error).__name__)
            for claim in claims:
                task = asyncio.get_running_loop().create_task(self._handle(claim))
                self._in_hand[task] = claim
                task.add_done_callback(self._done)
            if claims and len(claims) == free:
                continue  # perhaps more: the next turn waits if every slot is taken
            timeout = min(limits.poll_s, limits.album_window_s) if free > 0 else None
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=timeout)
        if self._in_hand:
            await asyncio.gather(*self._in_hand, return_exceptions=True)

    def _done(self, task: asyncio.Task[None]) -> None:
        self._in_hand.pop(task, None)
        self._wake.set()  # a slot is free, and the voter's next message may be claimable

    async def _renew_leases(self) -> None:
        while True:
            await asyncio.sleep(self._limits.lease_s / 3)  # a timer, not a wait on a condition
            ids = [row for claim in self._in_hand.values() for row in claim.ids]
            try:
                await inbox.renew(self._db, ids, self.name, self._lease)
            except Exception as error:
                log.warning("inbox: renewing leases failed (%s)", type(error).__name__)

    async def _handle(self, claim: Claim) -> None:
        """Handle one claim; never raises (every outcome is written to the row)."""
        pendings: list[Pending] = []
        try:
            channel = self._channels[claim.channel]
            pendings = [self._decode(channel, payload) for payload in claim.payloads]
            if claim.attempts > self._limits.max_attempts:
                raise _GaveUp
            await self._dispatch(channel, pendings)
        except Exception as error:
            await self._handling_failed(claim, pendings, error)
            return
        await self._finish(claim, InboxStatus.DONE)

    @staticmethod
    def _decode(channel: InboxChannel, payload: str | None) -> Pending:
        if payload is None:
            raise PendingPayloadError("no payload")
        try:
            return decode_pending(payload)
        except PendingPayloadError:
            legacy = channel.decode_legacy(payload)
            if legacy is None:
                raise
            return legacy

    async def _dispatch(self, channel: InboxChannel, pendings: list[Pending]) -> None:
        first = pendings[0]
        if isinstance(first, PendingButton):
            await channel.on_button(first)
            await self._conversation.handle_button(first.press)
            return
        parts = [
            await self._with_media(channel, pending)
            for pending in pendings
            if isinstance(pending, PendingMessage)
        ]
        message = merge_album(first.album, parts) if first.album is not None else parts[0]
        await self._conversation.handle_message(message)

    @staticmethod
    async def _with_media(channel: InboxChannel, pending: PendingMessage) -> InboundMessage:
        if pending.media is None:
            return pending.message
        images, problem = await channel.fetch_media(pending.media)
        return replace(pending.message, images=images, media_problem=problem)

    async def _handling_failed(
        self, claim: Claim, pendings: list[Pending], error: Exception
    ) -> None:
        # The error's type and the row only: its message may quote the voter's text.
        gave_up = isinstance(error, _GaveUp) or claim.attempts >= self._limits.max_attempts
        log.warning(
            "inbox: %s message %s failed at attempt %d (%s)%s",
            claim.channel,
            claim.ids[0],
            claim.attempts,
            type(error).__name__,
            "; giving up" if gave_up else "; will retry",
        )
        if not gave_up:
            delay = self._limits.retry_after_s * 2 ** (claim.attempts - 1)
            try:
                await inbox.retry_later(self._db, claim.ids, timedelta(seconds=delay))
            except Exception as retry_error:  # the lease runs out and the row is claimed again
                log.warning("inbox: releasing failed (%s)", type(retry_error).__name__)
            return
        person = _person(pendings[0]) if pendings else None
        if person is not None:
            try:
                await apologise(self._conversation.core, person)
                self._conversation.core.wake_delivery()
            except Exception as apology_error:
                log.warning("inbox: no failure reply (%s)", type(apology_error).__name__)
        else:
            log.warning("inbox: message %s cannot be read; no reply possible", claim.ids[0])
        await self._finish(claim, InboxStatus.FAILED)

    async def _finish(self, claim: Claim, status: InboxStatus) -> None:
        try:
            await self._finishes((claim.ids, status))
        except Exception as error:  # the lease runs out and it is claimed again: a tip already
            # stored is recognised then (`tips.store_tip`) and not answered twice
            log.warning("inbox: marking %s failed (%s)", status.value, type(error).__name__)


def _person(pending: Pending) -> Person:
    sender = pending.press if isinstance(pending, PendingButton) else pending.message
    return Person(
        sender.channel,
        sender.user_id,
        sender.address,
        sender.language_hint,
        sender.region_language,
    )
