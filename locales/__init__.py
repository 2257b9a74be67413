"""Gettext catalogs: `<lang>/LC_MESSAGES/messages.po`, compiled with Babel when the bot starts."""

from pathlib import Path

LOCALES_DIR = Path(__file__).resolve().parent
DOMAIN = "messages"
