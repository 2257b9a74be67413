"""The database tables (SQLModel), one migration history for SQLite and PostgreSQL.

What is stored and why:
- `FactCheck` with its `FactCheckText` (claim, title, aliases learned from fact-checkers) and
  `FactCheckImage` (perceptual fingerprints): the catalogue the matcher is built from.
- `FactCheckLink`: the comparison keys of a fact-check's own address and of where its claim
  appeared, so a voter who sends one of those links is answered with it.
- `TextVector`: the sentence vector of a fact-check text under one encoder model, computed once
  and loaded at start, so no voter waits for the catalogue to be embedded.
- `Requester`: a voter, known only by a keyed pseudonym; `address` is what the channel needs to
  reply (a chat id) and never leaves the database in an export or a log line.
- `Tip`: one message (or album) a voter sent, stored before it is answered.
- `QueueItem`: tips about the same claim, grouped for fact-checkers.
- `InboxUpdate`: every platform update as received, unique per channel, so a redelivery is
  recognised and nothing acknowledged is lost.
- `OutboxMessage`: every reply and notification, rendered, waiting to go out at the platform's
  pace.

Timestamps are `DateTime(timezone=True)` and always UTC; SQLite drops tzinfo, so the repositories
re-attach it (`factchecks.clock.as_utc`).
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import (
    Column,
    DateTime,
    Enum,
    Index,
    LargeBinary,
    MetaData,
    Text,
    UniqueConstraint,
    text,
)
from sqlmodel import Field, SQLModel

from factchecks.clock import utc_now
from factchecks.verdicts import Verdict
from matching.conflicts import ConflictKind

# Named constraints let Alembic's batch mode alter SQLite tables; set before any model exists.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata: MetaData = SQLModel.metadata


class TipStatus(StrEnum):
    """Where a tip stands. Persisted by value."""

    RECEIVED = "received"  # stored, not yet decided
    ANSWERED = "answered"  # the voter got a fact-check
    QUEUED = "queued"  # waiting for fact-checkers in a queue item
    DISMISSED = "dismissed"  # fact-checkers closed its item without a fact-check
    UNUSABLE = "unusable"  # nothing to check (empty, unsupported type); the voter was told
    # Over the voter's tip limit (`factchecks.limits`): kept, never matched, queued or counted.
    RATE_LIMITED = "rate_limited"


class QueueStatus(StrEnum):
    """A queue item's state: open until answered (with a fact-check) or dismissed."""

    OPEN = "open"
    ANSWERED = "answered"
    DISMISSED = "dismissed"
    MERGED = "merged"  # its tips were moved into another item (`merged_into_id`)


class OutboxStatus(StrEnum):
    """A pending message is claimed (sending), then sent, retried later, or given up on (failed)
    with the last error. A row left `sending` by a worker that died is "maybe sent"."""

    PENDING = "pending"
    SENDING = "sending"  # claimed by a worker, the platform call under way (see `attempted_at`)
    SENT = "sent"
    FAILED = "failed"
    HELD = "held"  # WhatsApp: waits for the voter to reopen the 24-hour window


class InboxStatus(StrEnum):
    """Where an inbox row is: waiting (or in a worker's hands), handled, or given up on."""

    PENDING = "pending"
    DONE = "done"
    FAILED = "failed"  # failed every attempt; the voter was told


class DeliveryStatus(StrEnum):
    """What a platform last reported about a sent message (WhatsApp's statuses)."""

    SENT = "sent"
    DELIVERED = "delivered"
    READ = "read"
    FAILED = "failed"


class ConversationState(StrEnum):
    """Where a voter's conversation stands; legal moves: bot/usecases/conversation_table."""

    NEW = "new"  # first contact: nothing answered yet
    CHOOSING_LANGUAGE = "choosing_language"  # the language picker is showing
    READY = "ready"  # nothing pending: a command was answered, a language chosen
    CLAIM_RECEIVED = "claim_received"  # a claim is stored and being matched
    ANSWERED = "answered"  # the last claim was answered (or could not be used)
    QUEUED = "queued"  # the last claim waits for the fact-checkers
    # Asked to be forgotten (`/forget`): an anonymous row kept for counts, never written to.
    FORGOTTEN = "forgotten"


class TextSource(StrEnum):
    """Why a text is attached to a fact-check. The matcher reads it as `matching.TextRole` (same
    values): a title's match is also checked against the claim by the contradiction guard."""

    CLAIM = "claim"
    TITLE = "title"
    ALIAS = "alias"  # a voter's wording, linked by a fact-checker


def _utc_column(*, nullable: bool = False, index: bool = False) -> Column[datetime]:
    return Column(DateTime(timezone=True), nullable=nullable, index=index)


def _enum_column(
    enum: type[StrEnum], *, nullable: bool = False, default: StrEnum | None = None
) -> Column[str]:
    # Stored as the enum's value in a VARCHAR, not a native enum type: adding a member must not
    # need an ALTER TYPE migration on PostgreSQL.
    return Column(
        Enum(enum, native_enum=False, values_callable=lambda e: [m.value for m in e], length=32),
        nullable=nullable,
        default=default,
    )


class FactCheck(SQLModel, table=True):
    """A published fact-check: what was claimed, what was found, and where to read it."""

    __tablename__ = "fact_check"

    id: int | None = Field(default=None, primary_key=True)
    url: str | None = Field(default=None, max_length=2048, unique=True)
    external_id: str | None = Field(default=None, max_length=512, unique=True)
    claim: str = Field(sa_column=Column(Text, nullable=False))
    verdict: Verdict = Field(sa_column=_enum_column(Verdict))
    rating_text: str | None = Field(default=None, max_length=256)
    title: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    summary: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    publisher: str = Field(default="", max_length=256)
    language: str = Field(default="en", max_length=16)
    # The detector's probability for `language`; None when the import file gave the language.
    language_confidence: float | None = None
    # sha256 of everything an import sets (`catalogue.record_digest`): an unchanged re-import
    # is recognised without comparing every field, and writes nothing.
    record_digest: str | None = Field(default=None, max_length=64)
    claimant: str = Field(default="", max_length=256)
    claim_date: datetime | None = Field(default=None, sa_column=_utc_column(nullable=True))
    published_at: datetime | None = Field(default=None, sa_column=_utc_column(nullable=True))
    created_at: datetime = Field(default_factory=utc_now, sa_column=_utc_column())
    updated_at: datetime = Field(default_factory=utc_now, sa_column=_utc_column())


class FactCheckText(SQLModel, table=True):
    """A wording of a fact-check's claim the matcher should recognise."""

    __tablename__ = "fact_check_text"
    __table_args__ = (UniqueConstraint("fact_check_id", "text_hash"),)

    id: int | None = Field(default=None, primary_key=True)
    fact_check_id: int = Field(foreign_key="fact_check.id", index=True, ondelete="CASCADE")
    text: str = Field(sa_column=Column(Text, nullable=False))
    # sha256 of the text: a unique key that works on long texts on both databases.
    text_hash: str = Field(max_length=64)
    source: TextSource = Field(sa_column=_enum_column(TextSource))
    language: str | None = Field(default=None, max_length=16)


class LinkKind(StrEnum):
    """Which address of a fact-check a link key comes from. Persisted by value."""

    OWN = "own"  # the fact-check's own page
    APPEARANCE = "appearance"  # where the claim was seen (ClaimReview's appearance URLs)


class FactCheckLink(SQLModel, table=True):
    """The comparison key (`matching.link_keys`) of an address that names a fact-check's claim:
    a voter who sends that address is answered with the fact-check at once."""

    __tablename__ = "fact_check_link"
    __table_args__ = (
        UniqueConstraint("fact_check_id", "kind", "key"),
        # A tip's links are looked up by key; the id in the index answers without the table.
        Index("ix_fact_check_link_key", "key", "fact_check_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    fact_check_id: int = Field(foreign_key="fact_check.id", ondelete="CASCADE")
    kind: LinkKind = Field(sa_column=_enum_column(LinkKind))
    key: str = Field(max_length=2048)
    # The address as the publisher wrote it: exported back, and keyed again if the rules change.
    url: str = Field(sa_column=Column(Text, nullable=False))


class FactCheckImage(SQLModel, table=True):
    """A perceptual fingerprint (hex, see `matching.ImageFingerprint`) of a fact-check's image."""

    __tablename__ = "fact_check_image"
    __table_args__ = (UniqueConstraint("fact_check_id", "fingerprint"),)

    id: int | None = Field(default=None, primary_key=True)
    fact_check_id: int = Field(foreign_key="fact_check.id", index=True, ondelete="CASCADE")
    fingerprint: str = Field(max_length=64)


class TextVector(SQLModel, table=True):
    """A text's unit sentence vector (float32 bytes) under one model, keyed by the text's sha256.

    Keyed by text, not by fact-check: wordings shared by fact-checks share one vector, and a
    vector stays valid however the text is attached. A new model (name) gets new rows.
    """

    __tablename__ = "text_vector"
    __table_args__ = (UniqueConstraint("text_hash", "model"),)

    id: int | None = Field(default=None, primary_key=True)
    text_hash: str = Field(max_length=64)
    model: str = Field(max_length=128)
    vector: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class Requester(SQLModel, table=True):
    """A voter on one channel, under a keyed pseudonym (HMAC of channel and user id)."""

    __tablename__ = "requester"
    # Replies find their recipient by channel and address (`requesters.find_by_address`).
    __table_args__ = (
        Index("ix_requester_channel_address", "channel", "address", "last_inbound_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    pseudonym: str = Field(max_length=64, unique=True)
    channel: str = Field(max_length=16)
    # Where replies go. None once it expired (`factchecks.retention`): the voter can no longer be
    # reached until they write again, which stores it afresh.
    address: str | None = Field(default=None, max_length=128)
    # WhatsApp: the calling code of the expired address (1-3 digits, a country), kept so the
    # trend reports' regions do not change when addresses expire.
    calling_code: str | None = Field(default=None, max_length=3)
    language: str | None = Field(default=None, max_length=16)  # explicit /language choice
    language_hint: str | None = Field(default=None, max_length=16)  # the platform's guess
    # A weaker guess, after the message's own language: an official language of the country of
    # the voter's phone number (WhatsApp sends no language).
    region_language: str | None = Field(default=None, max_length=16)
    created_at: datetime = Field(default_factory=utc_now, sa_column=_utc_column())
    last_inbound_at: datetime = Field(default_factory=utc_now, sa_column=_utc_column())
    state: ConversationState = Field(
        default=ConversationState.NEW,
        sa_column=_enum_column(ConversationState, nullable=False, default=ConversationState.NEW),
    )


class QueueItem(SQLModel, table=True):
    """Tips about the same claim, waiting for (or closed by) fact-checkers."""

    __tablename__ = "queue_item"
    __table_args__ = (Index("ix_queue_item_status_count", "status", "request_count"),)

    id: int | None = Field(default=None, primary_key=True)
    status: QueueStatus = Field(sa_column=_enum_column(QueueStatus))
    claim: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    fingerprint: str | None = Field(default=None, max_length=64)
    language: str | None = Field(default=None, max_length=16)
    request_count: int = 0
    suggested_fact_check_id: int | None = Field(default=None, foreign_key="fact_check.id")
    # Why the suggestion was not answered automatically, when the contradiction guard said so:
    # what differs and the two values as written (the message's, the fact-check's; "" for the
    # side without it), shown to the desk in its own language. `suggestion_reason` is the same
    # in English ("number differs: 3pm vs 7pm"): all that rows written before 0017 hold.
    suggestion_conflict: ConflictKind | None = Field(
        default=None, sa_column=_enum_column(ConflictKind, nullable=True)
    )
    suggestion_message_value: str | None = Field(
        default=None, sa_column=Column(Text, nullable=True)
    )
    suggestion_claim_value: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    suggestion_reason: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    # The suggestion's match score (0 to 1), shown to the desk with it ("score 0.71").
    suggestion_score: float | None = None
    fact_check_id: int | None = Field(default=None, foreign_key="fact_check.id")
    assignee: str | None = Field(default=None, max_length=64)
    dismiss_reason: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    created_at: datetime = Field(default_factory=utc_now, sa_column=_utc_column())
    updated_at: datetime = Field(default_factory=utc_now, sa_column=_utc_column())
    closed_at: datetime | None = Field(default=None, sa_column=_utc_column(nullable=True))
    # The item a fact-checker merged this one into (`/merge`), when status is merged.
    merged_into_id: int | None = Field(default=None, foreign_key="queue_item.id")
    # When the desk was last alerted that this claim is spreading fast (at most once an hour).
    alerted_at: datetime | None = Field(default=None, sa_column=_utc_column(nullable=True))


class Tip(SQLModel, table=True):
    """One message (or album) a voter sent. Unique per channel and platform message id."""

    __tablename__ = "tip"
    __table_args__ = (
        UniqueConstraint("channel", "external_id"),
        # A voter's recent tips, for the tip limit (`factchecks.limits`).
        Index("ix_tip_requester_received", "requester_id", "received_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(max_length=16)
    # A keyed hash of the platform's message (or album) id (`pseudonyms.keyed_id`, kind "tip"):
    # recognises a redelivery, names no chat. Rows older than 0012 hold "legacy:<id>".
    external_id: str = Field(max_length=128)
    requester_id: int = Field(foreign_key="requester.id", index=True)
    text: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    # Text read from the tip's pictures (OCR of a screenshot), matched like the text itself.
    image_text: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    fingerprint: str | None = Field(default=None, max_length=64)
    media_note: str | None = Field(default=None, max_length=64)  # why media was not usable
    language: str | None = Field(default=None, max_length=16)
    forwarded: bool = False
    frequently_forwarded: bool = False  # WhatsApp: forwarded through many chats
    status: TipStatus = Field(sa_column=_enum_column(TipStatus))
    queue_item_id: int | None = Field(default=None, foreign_key="queue_item.id", index=True)
    # Indexed for reports: a claim's history is looked up by its fact-check.
    fact_check_id: int | None = Field(default=None, foreign_key="fact_check.id", index=True)
    match_score: float | None = None
    received_at: datetime = Field(default_factory=utc_now, sa_column=_utc_column(index=True))
    # When retention blanked `text` and `image_text` (`factchecks.retention`); None while kept.
    text_expired_at: datetime | None = Field(default=None, sa_column=_utc_column(nullable=True))


class InboxUpdate(SQLModel, table=True):
    """A message as received, kept until it is handled (and its key after, so a redelivery is
    recognised).

    Messages from voters hold only what handling needs: `external_id` is a keyed hash of the
    platform's message id, `payload` the parsed message (`bot.inbound.encode_pending`, never the
    platform's own payload), `voter` a keyed hash of the sender that keeps one voter's messages in
    order, `album` a keyed hash of the album a picture belongs to. All three of `payload`, `voter`
    and `album` are cleared once the message is handled. A worker claims a row by setting
    `claimed_by` and `claimed_until` (a lease: when it dies, another worker takes the row over);
    `attempts` counts the claims, and a message that fails `MAX_ATTEMPTS` times is `failed`.
    """

    __tablename__ = "inbox_update"
    __table_args__ = (
        UniqueConstraint("channel", "external_id"),
        Index("ix_inbox_update_status_voter", "status", "voter"),
        # An album is claimed once quiet: its newest part is looked up by album (the claim).
        Index("ix_inbox_update_album", "album", "received_at"),
        # The claim walks pending messages oldest first: without this it walked past every
        # message ever handled (4.0 ms a claim at 20,000 handled on PostgreSQL, 0.09 with it).
        Index(
            "ix_inbox_update_pending",
            "id",
            postgresql_where=text("status = 'pending'"),
            sqlite_where=text("status = 'pending'"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(max_length=16)
    external_id: str = Field(max_length=128)
    payload: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    voter: str | None = Field(default=None, max_length=64)
    album: str | None = Field(default=None, max_length=64)
    status: InboxStatus = Field(
        default=InboxStatus.PENDING,
        sa_column=_enum_column(InboxStatus, default=InboxStatus.PENDING),
    )
    attempts: int = 0
    claimed_by: str | None = Field(default=None, max_length=64)
    claimed_until: datetime | None = Field(default=None, sa_column=_utc_column(nullable=True))
    received_at: datetime = Field(default_factory=utc_now, sa_column=_utc_column())
    processed_at: datetime | None = Field(default=None, sa_column=_utc_column(nullable=True))


class OutboxMessage(SQLModel, table=True):
    """A rendered message waiting to go out; survives restarts, retried with backoff."""

    __tablename__ = "outbox_message"
    __table_args__ = (
        Index("ix_outbox_message_due", "status", "next_attempt_at"),
        # A chat's last attempt, for the per-chat gap every worker keeps (`factchecks.outbox`).
        Index("ix_outbox_message_chat_attempt", "channel", "address", "attempted_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(max_length=16)
    address: str = Field(max_length=128)
    # The reply value (JSON written by `bot.replies`), rendered in the recipient's language when
    # it is sent. `text` and `buttons` are what rows written before 0004 hold instead.
    reply: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    text: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    buttons: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    status: OutboxStatus = Field(sa_column=_enum_column(OutboxStatus))
    attempts: int = 0
    last_error: str | None = Field(default=None, max_length=512)
    language: str | None = Field(default=None, max_length=16)  # the language known at enqueue
    # The platform's id for the sent message and what the platform last reported about it
    # (WhatsApp statuses: sent, delivered, read, failed).
    external_id: str | None = Field(default=None, max_length=128, index=True)
    delivery_status: str | None = Field(default=None, max_length=32)  # a DeliveryStatus
    created_at: datetime = Field(default_factory=utc_now, sa_column=_utc_column())
    next_attempt_at: datetime = Field(default_factory=utc_now, sa_column=_utc_column())
    # When a worker last claimed it to send (status `sending`, then whatever came of it): the
    # per-chat pacing state, shared by every worker, and the start of a "maybe sent" window.
    attempted_at: datetime | None = Field(default=None, sa_column=_utc_column(nullable=True))
    sent_at: datetime | None = Field(default=None, sa_column=_utc_column(nullable=True))


class DeskActionKind(StrEnum):
    """What a fact-checker did, as the desk's audit log records it. Persisted by value."""

    TAKE = "take"
    TAKE_OVER = "take_over"  # took an item someone else held (who is in `before`)
    RELEASE = "release"
    ANSWER = "answer"  # answered with a fact-check the desk created
    LINK = "link"  # answered with a fact-check already in the catalogue
    CONFIRM = "confirm"  # answered with the item's suggested fact-check
    DISMISS = "dismiss"
    CORRECT = "correct"  # changed a fact-check's verdict (the correction ledger)
    DRAFT = "draft"  # two-person review: proposed an answer, link, confirm or dismissal
    APPROVE = "approve"  # approved someone else's draft (which then ran as its author's)
    REJECT = "reject"
    MERGE = "merge"  # moved another item's tips into this one
    SPLIT = "split"  # moved one tip out of this item into a new one
    MACRO_SAVE = "macro_save"  # saved or replaced a canned reply (its text before and after)
    MACRO_DELETE = "macro_delete"  # deleted one (its text before)


class DeskAction(SQLModel, table=True):
    """One desk action, kept for `/history`: who (a display name, never a platform id), what,
    when, on which item or fact-check, and the state before and after (JSON objects)."""

    __tablename__ = "desk_action"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utc_now, sa_column=_utc_column(index=True))
    actor: str = Field(max_length=64)
    action: DeskActionKind = Field(sa_column=_enum_column(DeskActionKind))
    queue_item_id: int | None = Field(default=None, foreign_key="queue_item.id", index=True)
    fact_check_id: int | None = Field(default=None, foreign_key="fact_check.id", index=True)
    before: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    after: str | None = Field(default=None, sa_column=Column(Text, nullable=True))


class AnswerCode(SQLModel, table=True):
    """A short unguessable code sent with every verdict, so a forwarded screenshot of an answer
    can be checked with `/verify`. It names the fact-check and when, never the voter."""

    __tablename__ = "answer_code"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=16, unique=True)  # normalised: 8 Crockford base32 characters
    fact_check_id: int = Field(foreign_key="fact_check.id", index=True, ondelete="CASCADE")
    verdict: Verdict = Field(sa_column=_enum_column(Verdict))  # the verdict as sent
    created_at: datetime = Field(default_factory=utc_now, sa_column=_utc_column())


class VerifyAttempt(SQLModel, table=True):
    """One `/verify` by a sender, kept only to limit how fast anyone can try codes."""

    __tablename__ = "verify_attempt"

    id: int | None = Field(default=None, primary_key=True)
    requester_id: int = Field(foreign_key="requester.id", index=True, ondelete="CASCADE")
    at: datetime = Field(default_factory=utc_now, sa_column=_utc_column(index=True))


class DraftStatus(StrEnum):
    """A two-person review draft: waiting, approved (and run), or rejected."""

    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class DeskDraft(SQLModel, table=True):
    """An answer, link, confirmation or dismissal waiting for a second fact-checker
    (TIPLINE_REVIEW=two-person). Nothing reaches voters until it is approved."""

    __tablename__ = "desk_draft"

    id: int | None = Field(default=None, primary_key=True)
    queue_item_id: int = Field(foreign_key="queue_item.id", index=True)
    author: str = Field(max_length=64)  # display name
    action: DeskActionKind = Field(sa_column=_enum_column(DeskActionKind))
    payload: str = Field(sa_column=Column(Text, nullable=False))  # the command's values, JSON
    status: DraftStatus = Field(sa_column=_enum_column(DraftStatus))
    reviewer: str | None = Field(default=None, max_length=64)
    reason: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    created_at: datetime = Field(default_factory=utc_now, sa_column=_utc_column())
    decided_at: datetime | None = Field(default=None, sa_column=_utc_column(nullable=True))


class DeskMacro(SQLModel, table=True):
    """A canned reply the desk saved (`/macro save <name> <text>`), used as `macro:<name>`."""

    __tablename__ = "desk_macro"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=64, unique=True)  # lower case
    text: str = Field(sa_column=Column(Text, nullable=False))
    author: str = Field(max_length=64)  # display name of whoever saved it last
    updated_at: datetime = Field(default_factory=utc_now, sa_column=_utc_column())


class IndexStream(StrEnum):
    """A part of the in-memory match index that every worker keeps in step with the database."""

    CATALOGUE = "catalogue"  # fact-checks' texts and fingerprints
    QUEUE = "queue"  # open queue items' tips (the grouping of unanswered claims)


class IndexChangeKind(StrEnum):
    """What an index change says to re-read."""

    FACT_CHECK = "fact_check"  # a fact-check was added or got new texts or fingerprints
    TIP_QUEUED = "tip_queued"  # a tip joined (or opened) a queue item
    ITEM_CLOSED = "item_closed"  # a queue item was answered or dismissed
    RELOAD = "reload"  # too many changes in one transaction (an import): re-read the stream whole


class IndexVersion(SQLModel, table=True):
    """One row per `IndexStream`: its version, raised by every transaction that changes it.

    Raised as the last statement before commit (`factchecks.index_changes`): the row lock makes
    versions commit in order, so a worker that has read version v has seen every change <= v.
    """

    __tablename__ = "index_version"

    stream: IndexStream = Field(
        sa_column=Column(
            Enum(
                IndexStream,
                native_enum=False,
                values_callable=lambda e: [m.value for m in e],
                length=32,
            ),
            primary_key=True,
        )
    )
    version: int = Field(default=0)


class IndexChange(SQLModel, table=True):
    """A change to a stream of the match index, stamped with the version that carried it.

    Workers read the changes above the version they have seen and re-read what each names.
    Old rows are pruned (a worker that starts loads the whole index anyway).
    """

    __tablename__ = "index_change"
    __table_args__ = (Index("ix_index_change_stream_version", "stream", "version"),)

    id: int | None = Field(default=None, primary_key=True)
    stream: IndexStream = Field(sa_column=_enum_column(IndexStream))
    version: int
    kind: IndexChangeKind = Field(sa_column=_enum_column(IndexChangeKind))
    key: int  # a fact-check id, a tip id or a queue item id, as `kind` says
    created_at: datetime = Field(default_factory=utc_now, sa_column=_utc_column())


class ApiToken(SQLModel, table=True):
    """An organisation's key to the export API. Only the token's SHA-256 is kept: the token is
    shown once, when it is created, and cannot be read back from the database."""

    __tablename__ = "api_token"

    id: int | None = Field(default=None, primary_key=True)
    organisation: str = Field(max_length=128)
    token_hash: str = Field(max_length=64, unique=True)
    created_at: datetime = Field(default_factory=utc_now, sa_column=_utc_column())
    revoked_at: datetime | None = Field(default=None, sa_column=_utc_column(nullable=True))


class ReportDeliveryStatus(StrEnum):
    """A scheduled report's delivery: waiting (or retrying), done, or given up on."""

    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"


class ReportDelivery(SQLModel, table=True):
    """One organisation's report for one period: unique, so it is made and sent once whatever
    the number of workers; a worker holds it under a lease while delivering."""

    __tablename__ = "report_delivery"
    __table_args__ = (UniqueConstraint("recipient", "period"),)

    id: int | None = Field(default=None, primary_key=True)
    recipient: str = Field(max_length=128)
    period: str = Field(max_length=32)
    status: ReportDeliveryStatus = Field(sa_column=_enum_column(ReportDeliveryStatus))
    attempts: int = 0
    last_error: str | None = Field(default=None, max_length=512)
    created_at: datetime = Field(default_factory=utc_now, sa_column=_utc_column())
    next_attempt_at: datetime = Field(default_factory=utc_now, sa_column=_utc_column())
    lease_until: datetime | None = Field(default=None, sa_column=_utc_column(nullable=True))
    sent_at: datetime | None = Field(default=None, sa_column=_utc_column(nullable=True))


class PurgeRun(SQLModel, table=True):
    """One retention pass (`factchecks.retention`): when, and how many of each kind went (counts
    only). The daily job runs when the last one is a day old, whichever worker gets there."""

    __tablename__ = "purge_run"

    id: int | None = Field(default=None, primary_key=True)
    ran_at: datetime = Field(default_factory=utc_now, sa_column=_utc_column(index=True))
    counts: str = Field(sa_column=Column(Text, nullable=False))  # {kind: count}, JSON


# Tables kept in modules of their own register on the same metadata when the models load.
from factchecks import claim_tags as _claim_tags  # noqa: E402, F401
from factchecks import escalations as _escalations  # noqa: E402, F401
from factchecks import tip_pictures as _tip_pictures  # noqa: E402, F401
