"""The composition root: the one place where settings become a running tip-line.

`build_tipline(settings)` is what tests call; `bot.cli.main()` is what the `tipline` command
calls. The tip-line holds a list of channels (`bot.channel.Channel`): adding one is a module
and a line in `CHANNELS`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from aiohttp import web

from bot.background_loop import BackgroundLoop
from bot.channel import Channel, ChannelBuilder, ChannelContext
from bot.channels import telegram, whatsapp
from bot.channels.telegram import CHANNEL as TELEGRAM
from bot.channels.telegram import TelegramChannel
from bot.channels.whatsapp import CHANNEL as WHATSAPP
from bot.channels.whatsapp import WhatsAppChannel
from bot.conversation import Conversation
from bot.delivery import Delivery
from bot.i18n import Catalogs
from bot.inbox_worker import InboxLimits, InboxWorker
from bot.metrics import Metrics
from bot.multilingual_model import model_name as multilingual_model_name
from bot.reports.api import api_routes
from bot.reports.chat_delivery import TelegramReportChat
from bot.reports.recipients import DeliveryKind
from bot.reports.schedule import ReportScheduler
from bot.retention_job import RetentionJob
from bot.screenshot_text import ScreenshotReader
from bot.setting_values import REVIEW_TWO_PERSON
from bot.settings import Settings, configure_libraries
from bot.status_pages import StatusPages
from bot.usecases.dependencies import Address, Core, Thresholds
from bot.web import create_web_app
from factchecks.database import Database
from factchecks.match_index import MatchIndex
from factchecks.match_replica import CatalogueReplica
from factchecks.schema import upgrade
from matching.encoder_cache import RecentVectors
from matching.language import load_language_model
from matching.sentence_encoder import bundled_model_name

log = logging.getLogger(__name__)

# The channels a tip-line can run, in start order; each builds itself from settings when they
# configure it.
CHANNELS: tuple[ChannelBuilder, ...] = (telegram.build, whatsapp.build)
# Channels without group chats: their fact-checkers get the desk's notices in their own chat.
DIRECT_NOTICE_CHANNELS = frozenset({whatsapp.CHANNEL})


@dataclass
class Tipline:
    """Every long-lived part of a running tip-line."""

    settings: Settings
    db: Database
    index: MatchIndex
    catalogs: Catalogs
    core: Core
    conversation: Conversation
    delivery: Delivery
    inbox: InboxWorker
    channels: list[Channel]
    index_refresh: BackgroundLoop | None = None  # reads back other workers' index changes
    # Scheduled reports and escalation packets, when TIPLINE_REPORTS or TIPLINE_ESCALATIONS
    # names recipients.
    reports: ReportScheduler | None = None
    retention: RetentionJob | None = None  # the daily retention pass (one worker runs it)

    def channel(self, name: str) -> Channel | None:
        """The running channel called `name`, if configured."""
        return next((channel for channel in self.channels if channel.name == name), None)

    @property
    def telegram(self) -> TelegramChannel | None:
        """The Telegram channel, if configured."""
        channel = self.channel(TELEGRAM)
        return channel if isinstance(channel, TelegramChannel) else None

    @property
    def whatsapp(self) -> WhatsAppChannel | None:
        """The WhatsApp channel, if configured."""
        channel = self.channel(WHATSAPP)
        return channel if isinstance(channel, WhatsAppChannel) else None

    def add_channel(self, channel: Channel) -> None:
        """Add a channel before `start` (the console, in `tipline demo`)."""
        self.channels.append(channel)
        self.delivery.add_sender(channel.name, channel, channel.pace)

    async def start(self) -> None:
        """Start delivering, handling the inbox, and taking each configured channel's messages.

        The inbox worker starts in the background: whatever waits in the inbox cannot keep the
        bot from starting."""
        self.delivery.start()
        self.index.start_embedding(self.db)
        self.inbox.start()
        if self.index_refresh is not None:
            self.index_refresh.start()
        if self.reports is not None:
            self.reports.start()
        self.retention = RetentionJob(self.db, self.settings.retention)
        self.retention.start()
        for channel in self.channels:
            await channel.start()

    async def stop(self) -> None:
        """Stop taking updates, finish what is in hand, close the database."""
        # The worker finishes the messages in hand first: they may still need their channel
        # (media downloads); what channels take meanwhile waits in the inbox.
        await self.inbox.stop()
        for channel in reversed(self.channels):
            await channel.stop()
        if self.index_refresh is not None:
            await self.index_refresh.stop()
        await self.index.stop_embedding()
        await asyncio.to_thread(self.index.close)
        if self.reports is not None:
            await self.reports.stop()
        if self.retention is not None:
            await self.retention.stop()
        await self.delivery.stop()
        await self.db.dispose()

    def web_app(self) -> web.Application:
        """The web server: the status pages, every channel's routes (webhooks), the export API
        and open feeds."""
        status = StatusPages(self.db, self.core.metrics, self.channels, self.index)
        channel_routes = [route for channel in self.channels for route in channel.routes()]
        return create_web_app(
            [*status.routes(), *channel_routes, *api_routes(self.db, self.settings)],
            self.core.metrics,
        )


def _index_refresh(settings: Settings, db: Database, index: MatchIndex) -> BackgroundLoop:
    """The loop that keeps this process's match index in step with every other worker's
    changes (and `tipline import`'s), every TIPLINE_INDEX_REFRESH_S."""

    async def refresh() -> float:
        await index.refresh(db)
        return settings.index_refresh_s

    return BackgroundLoop("index-refresh", refresh, retry_after_s=settings.index_refresh_s)


def _desk_addresses(settings: Settings) -> tuple[Address, ...]:
    group = (
        [Address(TELEGRAM, str(settings.factchecker_chat_id))]
        if settings.factchecker_chat_id is not None
        else []
    )
    direct = [
        Address(channel, user_id)
        for channel, user_id in sorted(settings.all_factcheckers)
        if channel in DIRECT_NOTICE_CHANNELS
    ]
    return tuple(group + direct)


async def build_tipline(
    settings: Settings,
    *,
    webhook: bool = False,
    extra_factcheckers: frozenset[tuple[str, str]] = frozenset(),
    extra_channels: Sequence[Channel] = (),
) -> Tipline:
    """Migrate the database, load the match index, and wire every part together."""
    configure_libraries()
    secret_key = settings.require_secret_key()
    await asyncio.to_thread(upgrade, settings.database_url)
    # The language identifier's model loads in about 3 s: now, not on the first voter's message.
    await asyncio.to_thread(load_language_model)
    db = Database(settings.database_url)
    encoder = await asyncio.to_thread(settings.load_encoder)
    if encoder is not None:
        log.info("semantic re-ranking on (all-MiniLM-L6-v2, %d dimensions)", encoder.dimensions)
    metrics = Metrics()
    multilingual = await asyncio.to_thread(settings.load_multilingual)
    if multilingual is not None:
        log.info("matching across languages on (%s)", multilingual_model_name())
    index = MatchIndex(
        # A message searched in the catalogue and then in the queue is encoded once.
        RecentVectors(encoder) if encoder is not None else None,
        bundled_model_name() if encoder is not None else None,
        multilingual=multilingual,
        multilingual_model=multilingual_model_name() if multilingual is not None else None,
        replica=(
            CatalogueReplica()
            if settings.uses_match_process() and encoder is None and multilingual is None
            else None
        ),
    )
    index.on_search_s = metrics.observe_match_s
    await index.load(db)
    catalogs = Catalogs(default_language=settings.default_language)
    delivery = Delivery(
        db,
        catalogs,
        per_chat_interval_s=settings.per_chat_interval_s,
        max_per_s=settings.max_messages_per_s,
        metrics=metrics,
    )
    screenshot_reader = ScreenshotReader()  # OCR, when tesseract is installed
    scheduler = (
        ReportScheduler(
            db,
            settings,
            desk_addresses=_desk_addresses(settings),
            wake_delivery=delivery.wake,
        )
        if settings.report_recipients or settings.escalation_recipients
        else None
    )
    core = Core(
        db=db,
        index=index,
        catalogs=catalogs,
        secret_key=secret_key,
        thresholds=Thresholds(settings.answer_threshold, settings.suggest_threshold),
        factcheckers=settings.all_factcheckers | extra_factcheckers,
        desk_addresses=_desk_addresses(settings),
        publisher_name=settings.publisher_name,
        read_screenshot=screenshot_reader.read if screenshot_reader.available() else None,
        wake_delivery=delivery.wake,
        tip_limits=settings.tip_limits,
        factchecker_names=settings.factchecker_names,
        desk_sla_s=settings.desk_sla_minutes * 60,
        burst_voters=settings.burst_voters,
        burst_window_s=settings.burst_minutes * 60,
        two_person_review=settings.review == REVIEW_TWO_PERSON,
        metrics=metrics,
        escalation_recipients={r.command_name: r.name for r in settings.escalation_recipients},
        report_min_voters=settings.report_min_voters,
        report_timezone=settings.timezone,
        wake_escalations=scheduler.wake if scheduler is not None else lambda: None,
    )
    conversation = Conversation(core)
    inbox = InboxWorker(
        db,
        conversation,
        secret_key,
        InboxLimits(
            concurrency=settings.inbox_concurrency,
            max_attempts=settings.inbox_max_attempts,
            retry_after_s=settings.inbox_retry_s,
            lease_s=settings.inbox_lease_s,
            album_window_s=settings.album_window_s,
            poll_s=settings.inbox_poll_s,
        ),
    )
    tipline = Tipline(settings, db, index, catalogs, core, conversation, delivery, inbox, [])
    tipline.index_refresh = _index_refresh(settings, db, index)
    context = ChannelContext(db, catalogs, conversation, webhook, inbox)
    built = [build(settings, context) for build in CHANNELS]
    for channel in [*(channel for channel in built if channel is not None), *extra_channels]:
        tipline.add_channel(channel)
    tipline.reports = scheduler
    if scheduler is not None and tipline.telegram is not None:
        # Organisations' Telegram chats get reports and packets from the bot itself.
        scheduler.add_chat(
            DeliveryKind.TELEGRAM, TelegramReportChat(tipline.telegram.application.bot)
        )
    log.info("tip-line ready with %d fact-checks", index.fact_check_count)
    return tipline
