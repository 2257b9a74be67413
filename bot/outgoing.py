"""A message about to be sent: its reply value and the recipient's language at this moment.

Delivery builds one from an outbox row just before sending, so the language is the recipient's
current one (a voter who chose another language since the reply was queued gets the new one),
and hands it to the channel, which renders it its own way.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from bot import texts
from bot.i18n import Catalogs, Translator
from bot.rendering import VERBATIM, Rendered, render
from bot.replies import Msg, Reply, decode
from factchecks import requesters, tip_pictures
from factchecks.clock import as_utc
from factchecks.database import Database
from factchecks.outbox import PendingMessage, Recipient


@dataclass(frozen=True)
class PictureFile:
    """The bytes of a stored tip picture a message shows, read when it is sent."""

    data: bytes
    content_type: str


@dataclass(frozen=True)
class Outgoing:
    """One outbox message, ready for a channel to render and send."""

    id: int
    channel: str
    address: str
    reply: Reply
    translator: Translator
    attempts: int = 0
    picture: PictureFile | None = None  # the picture to send, its rendered text the caption
    # When the recipient last wrote (WhatsApp's 24-hour window); None when never, or unknown.
    last_wrote: datetime | None = None

    @property
    def language(self) -> str:
        """The recipient's language code ("es"): picks a WhatsApp template, for instance."""
        return self.translator.language

    def rendered(self) -> Rendered:
        """The reply in the recipient's language."""
        return render(self.translator, self.reply)


async def prepare(db: Database, catalogs: Catalogs, message: PendingMessage) -> Outgoing:
    """The outbox message with the reply value and its recipient's current language.

    The language: the recipient's explicit choice, else their platform's hint, else what was
    known when it was queued (their message's language), else their number's country, else
    the default: the same order as `bot.voter_locale`, read now rather than at enqueue time.
    """
    recipient = message.recipient or await _recipient(db, message)
    locale = catalogs.resolve(
        recipient.language,
        recipient.language_hint,
        message.language,
        recipient.region_language,
    )
    if message.reply is not None:
        value = decode(message.reply)
    else:  # a row queued before replies were values: its finished text
        value = Reply((Msg(VERBATIM, {"text": message.text or ""}),))
    picture: PictureFile | None = None
    if value.picture is not None:
        async with db.session() as session:
            stored = await tip_pictures.get_picture(session, value.picture)
        if stored is not None:
            picture = PictureFile(stored.data, stored.content_type)
        else:  # deleted since (retention, erasure): the caption goes alone, saying so
            value = replace(value, parts=(*value.parts, Msg(texts.PICTURE_GONE)), picture=None)
    return Outgoing(
        id=message.id,
        channel=message.channel,
        address=message.address,
        reply=value,
        translator=catalogs.translator(locale),
        attempts=message.attempts,
        picture=picture,
        last_wrote=recipient.last_inbound_at,
    )


async def _recipient(db: Database, message: PendingMessage) -> Recipient:
    """The recipient of a message whose page did not read it (the slow twin of the page's read:
    one statement per message)."""
    async with db.read() as session:
        found = await requesters.find_by_address(session, message.channel, message.address)
    if found is None:
        return Recipient(None, None, None, None)
    return Recipient(
        found.language,
        found.language_hint,
        found.region_language,
        as_utc(found.last_inbound_at) if found.last_inbound_at is not None else None,
    )
