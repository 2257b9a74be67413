"""Translations and locale formatting for voters and fact-checkers.

Catalogs are read from `locales/<lang>/LC_MESSAGES/messages.po` and compiled with Babel in
memory at start-up, so a missing or stale `.mo` can never silently turn a language into English.
Message ids are the English texts, so any string a catalog lacks falls back to English, never to
an id. Each voter gets a `Translator` object (no process-global `gettext.install`: updates are
handled concurrently for voters in different languages).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

from locales import DOMAIN, LOCALES_DIR

SOURCE_LANGUAGE = "en"


def N_(message: str) -> str:
    """Mark a string for extraction without translating it here."""
    return message


Plural = tuple[str, str]


def N_plural(singular: str, plural: str) -> Plural:
    """Mark a singular/plural pair for extraction; translate it with `Translator.plural`."""
    return (singular, plural)


NO_LANGUAGE_TAGS = frozenset({"C", "POSIX"})  # a system default, not a person's language


def parse_language(tag: str | None) -> str | None:
    """A platform language tag ("pt-br", "es_419", "EN") as a Babel locale name, else None.

    "C" and "POSIX" are None: Babel reads them as en_US_POSIX, but they say nothing about the
    person (a fresh container's LANG=C.UTF-8 must not make every reply English)."""
    if not tag or not isinstance(tag, str):
        return None
    if tag.strip().split(".")[0].upper() in NO_LANGUAGE_TAGS:
        return None
    cleaned = tag.strip().replace("_", "-")
    try:
        return str(Locale.parse(cleaned, sep="-"))
    except (UnknownLocaleError, ValueError, TypeError):
        try:
            return str(Locale.parse(cleaned.split("-")[0]))
        except (UnknownLocaleError, ValueError, TypeError):
            return None


def primary_language(locale_name: str) -> str:
    """ "pt_BR" -> "pt"."""
    return locale_name.split("_")[0]


@dataclass(frozen=True)
class Translator:
    """Translates and formats for one locale."""

    locale: Locale
    translations: NullTranslations

    @property
    def language(self) -> str:
        """The locale's language code, e.g. "es"."""
        return self.locale.language

    def gettext(self, message: str) -> str:
        """The translation of `message`, or `message` itself (English) when there is none."""
        return self.translations.gettext(message)

    def plural(self, forms: Plural, n: int) -> str:
        """The form of a `N_plural` pair for `n` in this locale."""
        return self.translations.ngettext(forms[0], forms[1], n)

    def format_date(self, value: datetime) -> str:
        """A date as people in this locale write it ("3 de noviembre de 2026")."""
        return format_date(value.date(), format="long", locale=self.locale)

    def language_name(self, language: str, *, capitalised: bool = True) -> str:
        """The name of `language` in its own language: "Español" on a button, "español" in a
        sentence."""
        name = Locale.parse(language).get_display_name(Locale.parse(language)) or language
        return name[:1].upper() + name[1:] if capitalised else name


def _compile(po_path: Path, locale: str) -> Translations:
    with po_path.open("rb") as handle:
        catalog = read_po(handle, locale=locale, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)  # fuzzy entries are left out, as pybabel compile does
    buffer.seek(0)
    return Translations(fp=buffer, domain=DOMAIN)


class Catalogs:
    """Every shipped catalog, compiled once; hands out a `Translator` per language."""

    def __init__(self, locales_dir: Path = LOCALES_DIR, default_language: str = "en") -> None:
        self._translations: dict[str, Translations] = {}
        for po_path in sorted(locales_dir.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
            locale = po_path.parent.parent.name
            self._translations[locale] = _compile(po_path, locale)
        self.default_language = parse_language(default_language) or SOURCE_LANGUAGE

    @property
    def languages(self) -> list[str]:
        """Languages a voter can choose: English (the source) and every shipped catalog."""
        return sorted({SOURCE_LANGUAGE, *self._translations})

    def resolve(self, *candidates: str | None) -> str:
        """The first candidate that is a real locale, else the default: the voter's locale."""
        for candidate in candidates:
            parsed = parse_language(candidate)
            if parsed is not None:
                return parsed
        return self.default_language

    def translator(self, locale_name: str) -> Translator:
        """A translator for `locale_name`: its own catalog, else its language's, else English."""
        locale = Locale.parse(parse_language(locale_name) or self.default_language)
        translations: NullTranslations = NullTranslations()
        for name in (str(locale), locale.language):
            if name in self._translations:
                translations = self._translations[name]
                break
        return Translator(locale=locale, translations=translations)
