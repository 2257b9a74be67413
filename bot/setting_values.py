"""How each setting's text becomes a value: the parsers `bot.settings.Settings.load` applies.

Each parser takes the raw text of one setting and returns its value or raises `ValueError` with
what is wrong; `Reader` turns that into a `SettingsError` naming the setting. `console_language`
reads the terminal's language from the same mapping of setting texts. Nothing here reads the
environment (`bot.settings` alone does).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


class SettingsError(Exception):
    """A setting is missing or malformed; `name` is the setting to fix."""

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(f"{name}: {problem}")
        self.name = name


@dataclass(frozen=True)
class WhatsAppTemplate:
    """An approved WhatsApp template: its name and the language code it was registered under."""

    name: str
    language_code: str


def parse_templates(raw: str) -> dict[str, WhatsAppTemplate]:
    """`en=tipline_update,pt=tipline_update@pt_BR` -> {language: template}."""
    templates: dict[str, WhatsAppTemplate] = {}
    for part in filter(None, (p.strip() for p in raw.split(","))):
        language, separator, rest = part.partition("=")
        name, _, code = rest.partition("@")
        if not separator or not language.strip() or not name.strip():
            raise ValueError(f"{part!r} is not language=template_name[@language_code]")
        language = language.strip().casefold()
        templates[language] = WhatsAppTemplate(name.strip(), code.strip() or language)
    return templates


def parse_factcheckers(
    raw: str, *, default_channel: str | None = None
) -> frozenset[tuple[str, str]]:
    """`telegram:11111111,whatsapp:5215500000001` -> {(channel, id)}.

    With `default_channel`, a bare id is on that channel (the old TIPLINE_FACTCHECKER_IDS)."""
    found: set[tuple[str, str]] = set()
    for part in filter(None, (p.strip() for p in raw.split(","))):
        channel, separator, user_id = part.partition(":")
        if not separator and default_channel is not None:
            channel, user_id = default_channel, part
        channel, user_id = channel.strip().casefold(), user_id.strip().lstrip("+")
        if not channel or not user_id:
            raise ValueError(f"{part!r} is not channel:id (e.g. telegram:11111111)")
        found.add((channel, user_id))
    return frozenset(found)


def parse_factchecker_names(raw: str) -> dict[tuple[str, str], str]:
    """`telegram:11111111=Ana,whatsapp:5215500000001=Ben` -> {(channel, id): display name}.

    The desk's audit log and statistics show these names, never a platform id."""
    names: dict[tuple[str, str], str] = {}
    for part in filter(None, (p.strip() for p in raw.split(","))):
        who, _, name = part.partition("=")
        if not name.strip() or ":" not in who:
            raise ValueError(f"{part!r} is not channel:id=name (e.g. telegram:11111111=Ana)")
        for key in parse_factcheckers(who):
            names[key] = " ".join(name.split())[:MAX_DISPLAY_NAME_CHARS]
    return names


MAX_DISPLAY_NAME_CHARS = 48


def parse_on_off(raw: str) -> bool:
    """`on`/`off` (also true/false, yes/no, 1/0)."""
    value = raw.strip().lower()
    if value in ("on", "true", "yes", "1"):
        return True
    if value in ("off", "false", "no", "0"):
        return False
    raise ValueError("must be on or off")


def parse_days(raw: str) -> int:
    """A retention period: a whole number of days, at least 1 (0 would erase what is in use)."""
    days = int(raw)
    if days < 1:
        raise ValueError("must be a whole number of days, at least 1")
    return days


def parse_telegram_ids(raw: str) -> frozenset[str]:
    """`11111111,22222222` (TIPLINE_FACTCHECKER_IDS, the older form) -> {"11111111", ...}."""
    return frozenset(part.strip() for part in raw.split(",") if part.strip())


# TIPLINE_REVIEW: with two-person, the desk's answers, links and dismissals are drafts until
# another fact-checker approves them.
REVIEW_TWO_PERSON = "two-person"
REVIEW_MODES = ("off", REVIEW_TWO_PERSON)


def parse_review_mode(raw: str) -> str:
    mode = raw.strip().casefold()
    if mode not in REVIEW_MODES:
        raise ValueError(f"{raw!r} is not one of {', '.join(REVIEW_MODES)}")
    return mode


# TIPLINE_LOG_FORMAT: text (one readable line per record) or json (one JSON object per line).
LOG_FORMATS = ("text", "json")


def parse_log_format(raw: str) -> str:
    value = raw.strip().casefold()
    if value not in LOG_FORMATS:
        raise ValueError(f"{raw!r} is not one of {', '.join(LOG_FORMATS)}")
    return value


# TIPLINE_SEMANTIC: auto uses the sentence encoder when the `semantic` extra is installed; on
# refuses to start without it; off never uses it.
SEMANTIC_MODES = ("auto", "on", "off")


def console_language(environ: Mapping[str, str]) -> str | None:
    """The terminal's language (LANG, LC_ALL, LC_MESSAGES) as a hint, or None.

    "C" and "POSIX" (and an empty or unreadable value) say nothing about the person at the
    terminal: they are "no hint", never English."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "").strip()
        if value:
            tag = value.split(".")[0].split("@")[0]
            return None if tag.upper() in {"C", "POSIX", ""} else tag
    return None


class Reader:
    """Reads settings by name from a mapping, each parsed; a bad value names its setting."""

    def __init__(self, values: Mapping[str, str]) -> None:
        self._values = values

    def optional(self, name: str) -> str | None:
        value = self._values.get(name, "").strip()
        return value or None

    def text(self, name: str, default: str) -> str:
        return self.optional(name) or default

    def parsed(self, name: str, parse: Callable[[str], T], default: T) -> T:
        raw = self.optional(name)
        if raw is None:
            return default
        try:
            return parse(raw)
        except ValueError as error:
            raise SettingsError(name, f"cannot read {raw!r}: {error}") from error
