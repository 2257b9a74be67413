"""Delivery: sends what the outbox holds, paced to each platform's limits, retried on failure.

One worker per process for all channels, each with its own pace: per chat at least
`per_chat_interval_s` between messages (Telegram: about one per second; WhatsApp: about one per
6 s to the same user), kept in the database so every process keeps it, and overall at most
`max_per_s` per process (Telegram: about 30 per second; WhatsApp: 80). Each pass takes one
message per chat, so voters are served round robin and a flooder's backlog holds back nobody;
the page's sends overlap (`SEND_CONCURRENCY`, each chat once), started at the channel's pace.
Each message is claimed (`sending`) before the platform call and recorded after it, so two
processes never send one message, and a crash in between leaves it "maybe sent" (see
`factchecks.outbox_claims` and docs/delivery.md). A transient
failure (429, 5xx, network) is retried later, after the platform's `retry_after` when it gives
one, else with exponential backoff; a permanent one (the voter blocked the bot, a malformed
request) is recorded and not retried. Messages live in the
database, so a restart resumes where it stopped.

A channel with a messaging window (WhatsApp: 24 hours after the voter last wrote) raises
`OutsideWindowError`; the message is then held, the voter gets one approved template message
("we have an answer, reply to see it"), and held messages are released when they write again.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Protocol

from sqlmodel.ext.asyncio.session import AsyncSession

from bot.background_loop import BackgroundLoop
from bot.i18n import Catalogs
from bot.metrics import Metrics, SendFailure
from bot.outgoing import Outgoing, prepare
from factchecks import delivery_records, outbox, outbox_claims, outbox_holds
from factchecks.clock import utc_now
from factchecks.database import Database
from factchecks.erasure import erase_farewell
from factchecks.group_commit import GroupCommit
from factchecks.outbox import PendingMessage

log = logging.getLogger(__name__)

IDLE_POLL_S = 5.0  # also picks up messages another process put in the outbox
MAX_BACKOFF_S = 600.0
MAX_ATTEMPTS = 25  # with backoff capped at 10 minutes: keeps trying for about three hours
PAGE_SIZE = 100  # chats read per channel and pass (one message each)
# Sends in flight at once per channel, each to another chat: a send waits on the platform for a
# round trip, and one at a time a process could not reach WhatsApp's 80 a second.
SEND_CONCURRENCY = 8
RECOVERY_INTERVAL_S = 30.0  # how often to look for messages a dead worker left `sending`
# A recipient read with the page (their language, when they last wrote) is used for a send that
# starts within this long of the read; a later one reads them again (a page paced out over many
# seconds would render in a language chosen since, or hold a message for a window just opened).
RECIPIENT_FRESH_S = 1.0


class SendError(Exception):
    """A message could not be sent."""


class TransientSendError(SendError):
    """Worth retrying: flood control, a server error, a network problem."""

    def __init__(self, reason: str, retry_after_s: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after_s = retry_after_s


class PermanentSendError(SendError):
    """Retrying cannot help (blocked by the user, chat gone, request rejected)."""


class OutsideWindowError(SendError):
    """The platform only lets a template reach this voter now (WhatsApp's 24-hour window).

    The one such error: the WhatsApp client's 131047 error is a subclass."""


class Sender(Protocol):
    """A channel's way of sending one outbox message, rendered its own way."""

    async def send(self, message: Outgoing) -> str | None:
        """Send and return the platform's message id (if it gives one), or raise a SendError."""

    async def send_reengagement(self, message: Outgoing) -> None:
        """Ask the voter to write again so `message` can follow (for channels with a window)."""


@dataclass(frozen=True)
class Pace:
    """A platform's sending limits."""

    per_chat_interval_s: float = 1.0
    max_per_s: float = 30.0

    @property
    def min_gap_s(self) -> float:
        """The least time between two sends on the channel."""
        return 1.0 / self.max_per_s if self.max_per_s > 0 else 0.0


def backoff_s(attempts: int) -> float:
    """1 s, 2 s, 4 s ... after each failed attempt, at most MAX_BACKOFF_S."""
    return float(min(MAX_BACKOFF_S, 2 ** max(0, attempts)))


def rotated(page: list[PendingMessage], start: float) -> list[PendingMessage]:
    """`page` walked from the message at `start` (a share of its length) round to the one
    before it: every message once, one round of the round robin whatever the start."""
    first = int(start * len(page))
    return page[first:] + page[:first]


class Delivery:
    """The outbox worker. `start()` it, `wake()` it when something was enqueued, `stop()` it."""

    def __init__(
        self,
        db: Database,
        catalogs: Catalogs,
        senders: Mapping[str, Sender] | None = None,
        *,
        per_chat_interval_s: float = 1.0,
        max_per_s: float = 30.0,
        metrics: Metrics | None = None,
    ) -> None:
        self._db = db
        self._metrics = metrics or Metrics()
        self._catalogs = catalogs
        self._senders = dict(senders or {})
        self._default_pace = Pace(per_chat_interval_s, max_per_s)
        self._paces: dict[str, Pace] = {}
        self._next_recovery = 0.0  # monotonic time of the next look for stale claims
        self._sent = 0  # messages claimed and tried by this worker
        # The page's sends in flight together record their claims, and then their sends, in
        # shared transactions (`factchecks.group_commit`), each before its platform call and
        # after it as before.
        self._claims = GroupCommit(db, write_all=_claim_together, brief=True, order=_chat_of)
        self._sends_recorded: GroupCommit[tuple[int, str | None, str], None] = GroupCommit(
            db, write_all=delivery_records.mark_sent_all, brief=True
        )
        self._next_start: dict[str, float] = {}  # per channel: the earliest next send start
        self._paused_until: dict[str, float] = {}
        # Where this worker starts walking a page (a share of its length): workers sharing one
        # database read the same page, and walking it from the same end they would each try
        # (and prepare) most messages the other just claimed.
        self._page_start = random.random()
        self._loop = BackgroundLoop("delivery", self.deliver_due, retry_after_s=IDLE_POLL_S)

    def add_sender(self, channel: str, sender: Sender, pace: Pace | None = None) -> None:
        """Register a channel (before `start`), with its own limits or the default ones."""
        self._senders[channel] = sender
        if pace is not None:
            self._paces[channel] = pace

    def _pace(self, channel: str) -> Pace:
        return self._paces.get(channel, self._default_pace)

    def wake(self) -> None:
        """Something was enqueued: look at the outbox now rather than at the next poll."""
        self._loop.wake()

    def start(self) -> None:
        """Run the worker in the background."""
        self._loop.start()

    async def stop(self) -> None:
        """Finish the message in hand and stop; what is left stays in the outbox."""
        await self._loop.stop()

    async def deliver_due(self) -> float:
        """Send every message that is due and allowed now; seconds until worth looking again.

        Each channel's page holds one message per chat (`outbox_claims.due_per_chat`), so a pass
        is a round of a round robin over the voters waiting, whoever has the longest backlog."""
        await self._recover_stale_sends()
        wait_s = IDLE_POLL_S
        # Which channels have anything pending: with one channel, its own page says as much.
        waiting = (
            await outbox.pending_channels(self._db)
            if len(self._senders) > 1
            else set(self._senders)
        )
        for channel, sender in self._senders.items():
            if channel not in waiting:
                continue
            paused = self._paused_until.get(channel, 0.0) - time.monotonic()
            if paused > 0:
                wait_s = min(wait_s, paused)
                continue
            gap_s = self._pace(channel).per_chat_interval_s
            due = await outbox_claims.due_per_chat(self._db, channel, gap_s, PAGE_SIZE)
            if not await self._send_page(channel, sender, due):
                return 0.0  # stopping
            if len(due) == PAGE_SIZE and self._paused_until.get(channel, 0.0) <= time.monotonic():
                wait_s = 0.0  # more chats wait than one page holds
            next_due = await outbox_claims.next_due_at(self._db, channel, gap_s)
            if next_due is not None:
                wait_s = min(wait_s, max(0.0, (next_due - utc_now()).total_seconds()))
        return max(wait_s, 0.01)

    async def drain(self) -> None:
        """Passes until one sends nothing: everything due now goes out (a pass sends one
        message per chat, so a chat with three due takes three). The console prints what is due
        this way before its next prompt."""
        while True:
            sent_before = self._sent
            await self.deliver_due()
            if self._sent == sent_before:
                return

    async def _recover_stale_sends(self) -> None:
        """Now and then: messages a dead worker left `sending` are due again (maybe sent)."""
        now = time.monotonic()
        if now < self._next_recovery:
            return
        self._next_recovery = now + RECOVERY_INTERVAL_S
        recovered = await outbox_claims.recover_stale_sends(self._db, max_attempts=MAX_ATTEMPTS)
        if recovered:
            log.warning(
                "%d outbox message(s) were being sent by a worker that stopped: sending again",
                recovered,
            )

    async def _send_page(self, channel: str, sender: Sender, due: list[PendingMessage]) -> bool:
        """Send a page (one message per chat), `SEND_CONCURRENCY` at a time, started in the
        page's order; the rest of the page waits when flood control pauses the channel. False
        when the worker is stopping (the sends started are finished first).

        A send that fails on the database does not cancel the others (a cancelled platform call
        would leave its message "maybe sent"): the first such error is raised once all are done."""
        slots = asyncio.Semaphore(SEND_CONCURRENCY)
        stopped = False
        read_at = time.monotonic()

        async def one(message: PendingMessage) -> None:
            nonlocal stopped
            async with slots:  # taken in the order asked (asyncio's semaphore is fair)
                stopped = stopped or self._loop.stopping
                if stopped or self._paused_until.get(channel, 0.0) > time.monotonic():
                    return
                if time.monotonic() - read_at > RECIPIENT_FRESH_S:
                    message = replace(message, recipient=None)  # `prepare` reads them now
                await self._send_one(channel, sender, message)

        outcomes = await asyncio.gather(
            *(one(message) for message in rotated(due, self._page_start)), return_exceptions=True
        )
        for outcome in outcomes:
            if isinstance(outcome, BaseException):
                raise outcome
        return not stopped

    async def _send_one(self, channel: str, sender: Sender, pending: PendingMessage) -> bool:
        """Claim, send and record one message; False when flood control paused the channel."""
        # Rendered now, in the recipient's language now (see bot.outgoing), and before the claim:
        # the claim's time stands for the send's, so nothing slow may come between them (a
        # slow render after one claim and a quick one after the next would shrink the chat's gap).
        message = await prepare(self._db, self._catalogs, pending)
        # The next start slot of the channel's overall pace is taken before waiting for it, so
        # sends in flight together still go out `min_gap_s` apart on average (each a moment
        # after its slot: the claim's time).
        now = time.monotonic()
        start = max(now, self._next_start.get(channel, 0.0))
        self._next_start[channel] = start + self._pace(channel).min_gap_s
        if start > now:
            await asyncio.sleep(start - now)  # pacing to the overall rate, not waiting for an event
        if not await self._claims((pending, self._pace(channel).per_chat_interval_s)):
            return True  # another worker has it, or wrote to this chat a moment ago
        self._sent += 1  # an attempt, whatever comes of it
        try:
            external_id = await sender.send(message)
        except OutsideWindowError:
            self._metrics.send_failed(channel, SendFailure.OUTSIDE_WINDOW)
            if message.reply.last:  # no template, no holding, for someone erased: it goes
                await outbox.mark_failed(self._db, message.id, "outside the 24-hour window")
                await self._after_last(message)
                return True
            return await self._hold(channel, sender, message)
        except TransientSendError as error:
            self._metrics.send_failed(channel, SendFailure.TRANSIENT)
            delay = (
                error.retry_after_s
                if error.retry_after_s is not None
                else backoff_s(message.attempts)
            )
            log.warning("outbox message %s: %s; retrying in %.1f s", message.id, error, delay)
            if message.attempts + 1 >= MAX_ATTEMPTS:
                self._metrics.send_failed(channel, SendFailure.GAVE_UP)
                await outbox.mark_failed(self._db, message.id, f"gave up: {error}")
                await self._after_last(message)
                return True
            await outbox.retry_later(self._db, message.id, delay, str(error))
            if error.retry_after_s is not None:
                self._paused_until[channel] = time.monotonic() + error.retry_after_s
                return False
            return True
        except PermanentSendError as error:
            self._metrics.send_failed(channel, SendFailure.PERMANENT)
            log.warning("outbox message %s failed for good: %s", message.id, error)
            await outbox.mark_failed(self._db, message.id, str(error))
            await self._after_last(message)
            return True
        await self._sends_recorded((message.id, external_id, message.channel))
        await self._after_last(message)
        return True

    async def _after_last(self, message: Outgoing) -> None:
        """The last message to an erased voter is done: its row (and the address) goes."""
        if message.reply.last:
            await erase_farewell(self._db, message.id)

    async def _hold(self, channel: str, sender: Sender, message: Outgoing) -> bool:
        """Outside the window: hold the message for the voter's reply (template retried later)."""
        try:
            await hold_for_reply(self._db, sender, message)
        except TransientSendError as error:
            delay = error.retry_after_s or backoff_s(message.attempts)
            await outbox.retry_later(self._db, message.id, delay, str(error))
        return True


async def _claim_together(
    session: AsyncSession, asked: list[tuple[PendingMessage, float]]
) -> list[bool]:
    return await outbox_claims.claim_all_in(session, asked)


def _chat_of(asked: tuple[PendingMessage, float]) -> tuple[str, str]:
    """Claims in one order by every worker: on PostgreSQL each takes its chat's lock."""
    return asked[0].channel, asked[0].address


async def hold_for_reply(db: Database, sender: Sender, message: Outgoing) -> None:
    """Hold `message` until the voter writes again, sending them one template unless one is
    already waiting. Raises TransientSendError (the message due again later, not held) when the
    template is worth trying again; any other failure to send it is logged, the message held.

    The message is held before the template goes: a voter who replies to the template at once
    must find it held, or their reply would release nothing and the answer would wait."""
    template_waiting = await outbox_holds.has_held(db, message.channel, message.address)
    await outbox_holds.hold(db, message.id)
    if template_waiting:
        return
    try:
        await sender.send_reengagement(message)
    except TransientSendError:
        raise
    except SendError as error:
        log.warning("outbox message %s: no template reached the voter: %s", message.id, error)
