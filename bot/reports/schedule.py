"""Scheduled reports: each organisation gets the week just ended, once, at its day and hour.

A pass (every minute, and at start) works out, for each recipient, the latest week whose
delivery time has come (`due_period`), makes sure its delivery row exists, and delivers every
due row whose lease it takes. So a run missed while the bot was down is made up at the next
start, and several workers on one PostgreSQL database send each report once. A failed delivery
is retried with exponential backoff (1 minute doubling up to an hour, 8 attempts), logged, and
never holds back the other recipients.

The same pass delivers escalation packets (`/escalate`): each pending one whose lease this
worker takes goes to its recipient (e-mail, webhook, Telegram chat or folder) as `packet.html`
and `packet.json`, with the same backoff; the desk's command wakes the loop so it goes at once.
"""

from __future__ import annotations

import json
import logging
import tempfile
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot import texts
from bot.background_loop import BackgroundLoop
from bot.replies import reply
from bot.reports.chat_delivery import ReportChat, folder_documents, report_message
from bot.reports.destinations import (
    DeliveryError,
    copy_folder,
    email_files,
    post_signed,
    post_webhook,
    send_email,
    write_files,
)
from bot.reports.folder import write_report
from bot.reports.packet_page import packet_files, packet_summary
from bot.reports.recipients import DeliveryKind, ReportRecipient
from bot.settings import Settings
from bot.usecases.dependencies import Address, send
from factchecks.clock import utc_now
from factchecks.database import Database
from factchecks.escalations import (
    ClaimedEscalation,
    claim_due_escalations,
    mark_escalation_attempt_failed,
    mark_escalation_sent,
)
from factchecks.report_deliveries import (
    ClaimedDelivery,
    claim_due,
    ensure_delivery,
    mark_failed_attempt,
    mark_sent,
)
from factchecks.reports.period import ReportPeriod, week_period

log = logging.getLogger(__name__)

PASS_INTERVAL_S = 60.0
LEASE = timedelta(minutes=10)
MAX_ATTEMPTS = 8
FIRST_RETRY = timedelta(minutes=1)
LONGEST_RETRY = timedelta(hours=1)
MAX_ERROR_SHOWN = 300  # characters of a delivery error shown to the desk


def due_period(recipient: ReportRecipient, timezone: str, now: datetime) -> ReportPeriod:
    """The latest full ISO week whose delivery time (weekday, hour, zone) is not after `now`."""
    zone = ZoneInfo(recipient.timezone or timezone)
    local = now.astimezone(zone)
    monday = local.date() - timedelta(days=local.weekday())
    send_day = monday + timedelta(days=recipient.weekday)
    if datetime.combine(send_day, time(recipient.hour), zone) > local:
        send_day -= timedelta(days=7)
    last_sunday = send_day - timedelta(days=send_day.weekday() + 1)
    return _week_of(last_sunday, recipient.timezone or timezone)


def _week_of(day: date, timezone: str) -> ReportPeriod:
    year, week, _ = day.isocalendar()
    return week_period(f"{year}-W{week:02d}", timezone)


def retry_delay(attempts: int) -> timedelta | None:
    """How long to wait after `attempts` failed attempts; None: give up."""
    if attempts >= MAX_ATTEMPTS:
        return None
    delay: timedelta = FIRST_RETRY * 2 ** (attempts - 1)
    return min(delay, LONGEST_RETRY)


class ReportScheduler:
    """Delivers the recipients' reports; `run_pass` is one round (the loop calls it)."""

    def __init__(
        self,
        db: Database,
        settings: Settings,
        *,
        clock: Callable[[], datetime] = utc_now,
        desk_addresses: tuple[Address, ...] = (),
        wake_delivery: Callable[[], None] = lambda: None,
    ) -> None:
        self._db = db
        # Told when a packet is given up on (through the outbox, like every desk notice).
        self._desk_addresses = desk_addresses
        self._wake_delivery = wake_delivery
        self._settings = settings
        self._clock = clock
        self._recipients = {r.name: r for r in settings.report_recipients}
        self._escalation_recipients = {r.name: r for r in settings.escalation_recipients}
        self._chats: dict[str, ReportChat] = {}
        self._loop = BackgroundLoop("reports", self.run_pass, retry_after_s=PASS_INTERVAL_S)

    def add_chat(self, kind: DeliveryKind, chat: ReportChat) -> None:
        """Deliver to `kind` chats (Telegram) through `chat` (the running bot)."""
        self._chats[kind.value] = chat

    def wake(self) -> None:
        """Run a pass now (an escalation was just recorded)."""
        self._loop.wake()

    def start(self) -> None:
        """Run passes in the background."""
        self._loop.start()

    async def stop(self) -> None:
        """Finish the delivery in hand and stop."""
        await self._loop.stop()

    async def run_pass(self) -> float:
        """Create what is due, deliver what this worker can claim; seconds to the next pass."""
        now = self._clock()
        for recipient in self._recipients.values():
            period = due_period(recipient, self._settings.timezone, now)
            await ensure_delivery(self._db, recipient.name, period.label, now)
        for claimed in await claim_due(self._db, now, LEASE, set(self._recipients)):
            if self._loop.stopping:
                break
            await self._deliver(claimed)
        for escalation in await claim_due_escalations(
            self._db, now, LEASE, set(self._escalation_recipients)
        ):
            if self._loop.stopping:
                break
            await self._escalate(escalation)
        return PASS_INTERVAL_S

    def _chat(self, recipient: ReportRecipient) -> ReportChat:
        chat = self._chats.get(recipient.deliver.value)
        if chat is None:
            raise DeliveryError(f"{recipient.deliver.value} is not running in this process")
        return chat

    async def _tell_desk(
        self,
        claimed: ClaimedEscalation,
        packet: dict[str, Any],
        recipient: ReportRecipient,
        error: str,
    ) -> None:
        notice = reply(
            texts.DESK_ESCALATION_FAILED,
            escalation=claimed.id,
            id=int(packet["queue_item"]),
            recipient=recipient.name,
            error=error[:MAX_ERROR_SHOWN],
        )
        async with self._db.transaction() as session:
            for address in self._desk_addresses:
                send(session, address, notice)
        self._wake_delivery()

    async def _escalate(self, claimed: ClaimedEscalation) -> None:
        recipient = self._escalation_recipients[claimed.recipient]
        packet = json.loads(claimed.packet)
        files = packet_files(packet, claimed.id)
        text = packet_summary(packet, claimed.id)
        try:
            if recipient.deliver is DeliveryKind.EMAIL:
                subject = f"Escalation #{claimed.id}: claim #{packet['queue_item']} (tip-line)"
                await email_files(self._settings, recipient, subject, text + "\n", files)
            elif recipient.deliver is DeliveryKind.WEBHOOK:
                await post_signed(recipient, files["packet.json"])
            elif recipient.deliver is DeliveryKind.TELEGRAM:
                await self._chat(recipient).post(recipient.to, text, list(files.items()))
            else:
                write_files(recipient, f"escalation-{claimed.id}", files)
        except DeliveryError as error:
            delay = retry_delay(claimed.attempts)
            log.warning(
                "escalation %d to %s not delivered (attempt %d, %s): %s",
                claimed.id,
                recipient.name,
                claimed.attempts,
                "giving up" if delay is None else f"retry in {delay}",
                error,
            )
            await mark_escalation_attempt_failed(
                self._db, claimed.id, self._clock(), str(error), retry_in=delay
            )
            if delay is None:
                await self._tell_desk(claimed, packet, recipient, str(error))
            return
        await mark_escalation_sent(self._db, claimed.id, self._clock())
        log.info("escalation %d delivered to %s", claimed.id, recipient.name)

    async def _deliver(self, claimed: ClaimedDelivery) -> None:
        recipient = self._recipients[claimed.recipient]
        period = week_period(claimed.period, recipient.timezone or self._settings.timezone)
        try:
            with tempfile.TemporaryDirectory(prefix="tipline-report-") as scratch:
                folder = Path(scratch) / "report"
                written = await write_report(
                    self._db,
                    period,
                    folder,
                    min_voters=self._settings.report_min_voters,
                    scope=recipient.scope,
                )
                if recipient.deliver is DeliveryKind.EMAIL:
                    await send_email(self._settings, recipient, written.report, folder)
                elif recipient.deliver is DeliveryKind.WEBHOOK:
                    await post_webhook(recipient, folder)
                elif recipient.deliver is DeliveryKind.TELEGRAM:
                    await self._chat(recipient).post(
                        recipient.to,
                        report_message(written.report),
                        folder_documents(folder, period.label),
                    )
                else:
                    copy_folder(recipient, folder, period.label)
        except DeliveryError as error:
            delay = retry_delay(claimed.attempts)
            log.warning(
                "report %s for %s not delivered (attempt %d, %s): %s",
                period.label,
                recipient.name,
                claimed.attempts,
                "giving up" if delay is None else f"retry in {delay}",
                error,
            )
            await mark_failed_attempt(self._db, claimed, self._clock(), str(error), retry_in=delay)
            return
        await mark_sent(self._db, claimed.id, self._clock())
        log.info("report %s delivered to %s", period.label, recipient.name)
