"""What every operation needs: storage, the match index, catalogs, and who may do what."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from sqlmodel.ext.asyncio.session import AsyncSession

from bot.i18n import Catalogs
from bot.metrics import Metrics
from bot.replies import Reply, encode
from bot.tip_media import ReadText
from factchecks.database import Database
from factchecks.limits import TipLimits
from factchecks.match_index import MatchIndex
from factchecks.models import Requester
from factchecks.outbox import enqueue
from factchecks.pseudonyms import pseudonym


@dataclass(frozen=True)
class Thresholds:
    """Scores at which a match is answered automatically, or suggested to fact-checkers."""

    answer: float
    suggest: float


@dataclass(frozen=True)
class Address:
    """Somewhere a reply can go: a chat on a channel."""

    channel: str
    address: str


@dataclass(frozen=True)
class Person:
    """Someone writing to the bot: their platform id (for pseudonyms and rights, never stored
    as such), where replies go, and the platform's hints about their language."""

    channel: str
    user_id: str
    address: str
    language_hint: str | None = None
    region_language: str | None = None

    @property
    def reply_to(self) -> Address:
        """Where replies to this person go."""
        return Address(self.channel, self.address)


@dataclass(frozen=True)
class Core:
    """The long-lived parts the operations use."""

    db: Database
    index: MatchIndex
    catalogs: Catalogs
    secret_key: str
    thresholds: Thresholds
    factcheckers: frozenset[tuple[str, str]] = frozenset()  # (channel, user id)
    desk_addresses: tuple[Address, ...] = ()  # where new queue items are announced
    publisher_name: str = "Fact-checking desk"
    read_screenshot: ReadText | None = None  # None: no OCR installed
    wake_delivery: Callable[[], None] = field(default=lambda: None)
    tip_limits: TipLimits = field(default_factory=TipLimits)  # tips a voter may send
    # Fact-checkers' display names by (channel, platform id): what the desk's log shows.
    factchecker_names: Mapping[tuple[str, str], str] = field(default_factory=dict)
    desk_sla_s: float = 30 * 60.0  # an open item waiting longer is flagged in `/queue`
    # A burst alert: this many distinct voters sending one unmatched claim within the window.
    burst_voters: int = 5
    burst_window_s: float = 10 * 60.0
    two_person_review: bool = False  # answers, links and dismissals need a second fact-checker
    metrics: Metrics = field(default_factory=Metrics)
    # `/escalate`: the recipients' names by the word a command names them with, the privacy
    # floor and timezone of their packets, and how to have the packet delivered at once.
    escalation_recipients: Mapping[str, str] = field(default_factory=dict)
    report_min_voters: int = 5
    report_timezone: str = "UTC"
    wake_escalations: Callable[[], None] = field(default=lambda: None)

    def is_factchecker(self, person: Person) -> bool:
        """Whether `person` may run desk operations (checked on the channel they wrote on).

        Their platform id or their address counts: a WhatsApp fact-checker is configured by
        phone number, which is their address when WhatsApp also gives a business-scoped id."""
        return bool(
            {(person.channel, person.user_id), (person.channel, person.address)} & self.factcheckers
        )

    def display_name(self, person: Person) -> str:
        """How the desk's log, its statistics and other fact-checkers name `person`: their
        configured name, else "fact-checker" and a short keyed pseudonym (never a platform id,
        which would identify them to anyone reading the log)."""
        for key in ((person.channel, person.user_id), (person.channel, person.address)):
            if key in self.factchecker_names:
                return self.factchecker_names[key]
        return f"fact-checker {pseudonym(self.secret_key, person.channel, person.user_id)[:6]}"


def send_to_voter(
    session: AsyncSession, voter: Requester, value: Reply, language: str | None = None
) -> bool:
    """`send` to a voter, unless their reply address expired (`factchecks.retention`): they
    cannot be reached then, and nothing is queued for them. True when queued."""
    if voter.address is None:
        return False
    send(session, Address(voter.channel, voter.address), value, language)
    return True


def send(session: AsyncSession, to: Address, value: Reply, language: str | None = None) -> None:
    """Put `value` in the outbox for `to`, inside the caller's transaction.

    `language` is what is known now of the recipient's language (their message's); the channel
    renders the reply when it sends it, in their language at that moment. The messages in
    `value.then` follow, each its own outbox message, in order.
    """
    enqueue(session, channel=to.channel, address=to.address, reply=encode(value), language=language)
    for following in value.then:
        send(session, to, following, language)
