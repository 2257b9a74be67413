"""Translations and locale formatting for voters and fact-checkers.

Catalogs are read from `locales/<lang>/LC_MESSAGES/messages.po` and compiled with Babel in
memory at start-up, so a missing or stale `.mo` can never silently turn a language into English.
Message ids are the English texts, so any string a catalog lacks falls back to English, never to
an id. Each voter gets a `Translator` object (no process-global `gettext.install`: updates are
handled concurrently for voters in different languages).
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.dates import format_date, format_timedelta
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from babel.support import NullTranslations, Translations

from bot.bidi_text import isolate_value
from locales import DOMAIN, LOCALES_DIR

SOURCE_LANGUAGE = "en"


def N_(message: str) -> str:
    """Mark a string for extraction without translating it here."""
    return message


Plural = tuple[str, str]

# The zero of each native digit system a served locale writes numbers in by default (CLDR's
# default numbering system: Persian "arabext", Bengali "beng"...). Babel formats with Latin
# digits whatever the locale, so `native_digits` maps them.
_ZERO_OF_NUMBERING_SYSTEM = {
    "arab": "\u0660",
    "arabext": "\u06f0",
    "beng": "\u09e6",
    "deva": "\u0966",
}


def native_digits(text: str, numbering_system: str) -> str:
    """`text` with its ASCII digits written in `numbering_system` ("arabext": "2026" -> "۲۰۲۶")."""
    zero = _ZERO_OF_NUMBERING_SYSTEM.get(numbering_system)
    if zero is None:
        return text
    return text.translate({ord("0") + digit: ord(zero) + digit for digit in range(10)})


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

    @property
    def right_to_left(self) -> bool:
        """True for locales written right to left (Arabic, Urdu, Persian)."""
        return self.locale.text_direction == "rtl"

    def format_date(self, value: datetime) -> str:
        """A date as people in this locale write it ("3 de noviembre de 2026", "۳ نوامبر ۲۰۲۶")."""
        text = format_date(value.date(), format="long", locale=self.locale)
        return native_digits(text, self.locale.default_numbering_system)

    def format_wait(self, wait: timedelta) -> str:
        """How long until something, as this locale says it ("in 3 minutes", "dans 3 heures").

        Rounded up to the unit shown (seconds under a minute, minutes under an hour, else hours),
        so the time said is never earlier than the real one."""
        seconds = max(1, math.ceil(wait.total_seconds()))
        for unit_s in (3600, 60):
            if seconds >= unit_s:
                seconds = math.ceil(seconds / unit_s) * unit_s
                break
        text = format_timedelta(
            timedelta(seconds=seconds), add_direction=True, format="long", locale=self.locale
        )
        return native_digits(text, self.locale.default_numbering_system)

    def number(self, value: int) -> str:
        """A quantity in this locale's digits and grouping ("1,234", "۱٬۲۳۴", "১,২৩৪")."""
        system = self.locale.default_numbering_system
        text = format_decimal(value, locale=self.locale, numbering_system="default")
        return native_digits(text, system)

    def params(self, **values: str | int) -> dict[str, str]:
        """Values ready to be put into this locale's sentence: each isolated (`bot.bidi_text`)
        where its direction could differ from the sentence's. Integers are kept as typed (ids
        a fact-checker copies); pass quantities through `number` first."""
        return {
            name: isolate_value(str(value), right_to_left=self.right_to_left)
            for name, value in values.items()
        }

    def format(self, message: str, **values: str | int) -> str:
        """`message` translated, with `values` put in through `params`."""
        return self.gettext(message).format(**self.params(**values))

    def format_plural(self, forms: Plural, n: int, **values: str | int) -> str:
        """The form of `forms` for `n`, with `values` put in through `params`."""
        return self.plural(forms, n).format(**self.params(**values))

    def language_name(self, language: str, *, capitalised: bool = True) -> str:
        """The name of `language` in its own language: "Español" on a button, "español" in a
        sentence, "简体中文" for "zh_Hans" (CLDR's own name for the script variant when it has
        one, rather than "中文 (简体)")."""
        own = Locale.parse(language)
        name = own.languages.get(str(own)) or own.get_display_name(own) or language
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

    def picker(self, *preferred: str | None) -> list[str]:
        """Every language a voter can choose, the ones that serve `preferred` tags first (their
        current language, their country's): WhatsApp's list shows only the first ten."""
        first = [code for code in (self.choice(tag) for tag in preferred) if code is not None]
        return list(dict.fromkeys([*first, *self.languages]))

    def choice(self, tag: str | None) -> str | None:
        """The shipped language a tag or code names ("zh-cn" -> "zh_Hans", "fa-IR" -> "fa"),
        else None: what `/language <tag>` and the picker's buttons store."""
        parsed = parse_language(tag)
        if parsed is None:
            return None
        for name in _fallbacks(Locale.parse(parsed)):
            if name == SOURCE_LANGUAGE or name in self._translations:
                return name
        return None

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
        for name in _fallbacks(locale):
            if name in self._translations:
                translations = self._translations[name]
                break
        return Translator(locale=locale, translations=translations)


def _fallbacks(locale: Locale) -> list[str]:
    """Catalog names that can serve `locale`, best first: "zh_Hant_TW" -> zh_Hant_TW, zh_Hant,
    zh, then the language's likely script (zh_Hans): a Chinese reader gets simplified Chinese
    rather than English when there is no traditional catalog."""
    names = [str(locale)]
    if locale.script:
        names.append(f"{locale.language}_{locale.script}")
    names.append(locale.language)
    likely = Locale.parse(get_global("likely_subtags").get(locale.language, locale.language))
    if likely.script:
        names.append(f"{likely.language}_{likely.script}")
    return list(dict.fromkeys(names))
