"""What a channel is to the rest of the bot: one protocol for Telegram, WhatsApp, the console.

A channel turns its platform's updates into `InboundMessage`/`ButtonPress` values for the
conversation, serves its web routes (webhooks), and sends outbox messages at its own pace,
rendering each reply value its own way (inline keyboard, reply buttons or list menu, numbered
lines). Adding a channel is one module implementing this, with a `build(settings, context)`
function, and one line in `bot.app.CHANNELS`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from aiohttp import web

from bot.delivery import Pace
from bot.i18n import Catalogs
from bot.outgoing import Outgoing
from bot.settings import Settings
from factchecks.database import Database

if TYPE_CHECKING:  # the conversation imports nothing of the channels'
    from bot.conversation import Conversation
    from bot.inbox_worker import InboxWorker


@dataclass(frozen=True)
class ChannelContext:
    """What the composition root gives every channel it builds."""

    db: Database
    catalogs: Catalogs
    conversation: Conversation
    webhook: bool  # Telegram: take updates by webhook rather than polling
    inbox: InboxWorker  # stores what the channel receives, then hands it back to be handled


class Channel(Protocol):
    """A messaging platform the tip-line talks on."""

    @property
    def name(self) -> str:
        """Its name, stored with every voter, tip and outbox message ("telegram")."""

    @property
    def pace(self) -> Pace:
        """Its sending limits."""

    async def start(self) -> None:
        """Start taking updates (and replay what an earlier run stored but did not finish)."""

    async def stop(self) -> None:
        """Stop taking updates and finish what is in hand."""

    def routes(self) -> list[web.RouteDef]:
        """The web routes it serves (its webhook), if any."""

    async def send(self, message: Outgoing) -> str | None:
        """Render and send one outbox message; the platform's id for it, or a SendError."""

    async def send_reengagement(self, message: Outgoing) -> None:
        """Ask the voter to write again so `message` can follow (channels with a window)."""

    async def reachable(self) -> bool:
        """Whether its platform answers now (for `/healthz`); never raises."""


class ChannelBuilder(Protocol):
    """A channel module's `build`: the channel when settings configure it, else None."""

    def __call__(self, settings: Settings, context: ChannelContext) -> Channel | None:
        """Build the channel from settings."""
