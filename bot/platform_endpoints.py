"""Where the messaging platforms' APIs are: the default base URLs and the pinned Graph API version.

These are facts about Telegram and Meta, not settings: `bot.settings.Settings` takes them as the
defaults of TELEGRAM_API_BASE_URL, TELEGRAM_API_FILE_URL and WHATSAPP_API_BASE_URL, and the
WhatsApp client (`bot.channels.whatsapp_api`) as the version it is written for. They live apart
so that the client need not import the settings, and the settings import no channel module.
"""

from __future__ import annotations

TELEGRAM_API_BASE_URL = "https://api.telegram.org/bot"
TELEGRAM_API_FILE_URL = "https://api.telegram.org/file/bot"
GRAPH_API_VERSION = "v23.0"  # the Graph API version the WhatsApp client is written for
WHATSAPP_API_BASE_URL = f"https://graph.facebook.com/{GRAPH_API_VERSION}"
