"""Which language to write to a voter in: one rule for every channel and every message.

The voter's explicit choice (/language or the picker), else the platform's hint (Telegram's
`language_code`), else the language detected in what they sent, else an official language of
the country of their phone number (WhatsApp, which sends no language), else the default.
"""

from __future__ import annotations

from bot.i18n import Catalogs, Translator
from factchecks.models import Requester


def voter_translator(
    catalogs: Catalogs, requester: Requester, detected: str | None = None
) -> Translator:
    """The translator for messages to `requester`; `detected` is their message's language."""
    locale = catalogs.resolve(
        requester.language, requester.language_hint, detected, requester.region_language
    )
    return catalogs.translator(locale)
