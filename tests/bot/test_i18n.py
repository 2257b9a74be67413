"""Catalogs: every shipped locale loads, is complete, and keeps every placeholder."""

from __future__ import annotations

import re
import string
from datetime import UTC, datetime

import pytest
from babel.messages.pofile import read_po

from bot import texts
from bot.i18n import Catalogs, parse_language
from locales import LOCALES_DIR

SHIPPED = sorted(path.parent.parent.name for path in LOCALES_DIR.glob("*/LC_MESSAGES/*.po"))
COMPLETE = ["es"]  # catalogs that must translate every message


def _used_messages() -> set[str | tuple[str, str]]:
    """Every message constant in `bot.texts` (UPPER_CASE names)."""
    used: set[str | tuple[str, str]] = set()
    for name, value in vars(texts).items():
        if not name.isupper():
            continue
        if isinstance(value, str | tuple):
            used.add(value)
        elif isinstance(value, dict):
            used.update(value.values())
    return used


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _catalog(locale: str) -> dict[object, object]:
    with (LOCALES_DIR / locale / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return {m.id: m for m in read_po(handle) if m.id}


@pytest.mark.parametrize("locale", SHIPPED)
def test_every_shipped_locale_translates(locale: str) -> None:
    translator = Catalogs().translator(locale)
    assert translator.gettext(texts.QUEUED) != texts.QUEUED


@pytest.mark.parametrize("locale", COMPLETE)
def test_complete_catalogs_have_every_message_with_the_same_placeholders(locale: str) -> None:
    catalog = _catalog(locale)
    for message_id in _used_messages():
        entry = catalog.get(message_id)
        assert entry is not None and entry.string, f"{locale} lacks {message_id!r}"
        assert not entry.fuzzy, f"{locale}: fuzzy {message_id!r}"
        sources = message_id if isinstance(message_id, tuple) else (message_id,)
        translations = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        for translation in translations:
            assert _fields(translation) == _fields(sources[-1]), f"{locale}: {message_id!r}"


@pytest.mark.parametrize("locale", SHIPPED)
def test_no_catalog_entry_breaks_a_placeholder(locale: str) -> None:
    for message_id, entry in _catalog(locale).items():
        sources = message_id if isinstance(message_id, tuple) else (message_id,)
        strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)  # type: ignore[attr-defined]
        for translation in strings:
            if translation:
                assert _fields(translation) == _fields(sources[-1]), f"{locale}: {message_id!r}"


def test_a_language_without_a_catalog_falls_back_to_english_not_to_ids() -> None:
    translator = Catalogs().translator("sw")
    assert translator.gettext(texts.QUEUED).startswith("Thank you.")
    assert translator.format_date(datetime(2026, 11, 3, tzinfo=UTC)) == "3 Novemba 2026"


def test_regional_variant_uses_its_language_catalog() -> None:
    translator = Catalogs().translator("es_MX")
    assert translator.gettext(texts.VERDICT_LABELS[next(iter(texts.VERDICT_LABELS))]) == "Falso"
    assert re.search(r"noviembre", translator.format_date(datetime(2026, 11, 3, tzinfo=UTC)))


def test_plural_forms_follow_the_locale() -> None:
    spanish = Catalogs().translator("es")
    assert spanish.plural(texts.QUEUE_LINE, 1).format(id=1, count=1, claim="x") == (
        "#1 · 1 votante · x"
    )
    assert spanish.plural(texts.QUEUE_LINE, 3).format(id=1, count=3, claim="x") == (
        "#1 · 3 votantes · x"
    )


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        pytest.param("pt-br", "pt_BR", id="telegram sends lowercase regions with a hyphen"),
        pytest.param("EN", "en", id="case does not matter"),
        pytest.param("x-klingon", None, id="unknown tags are ignored"),
        pytest.param("", None, id="empty"),
        pytest.param(None, None, id="absent"),
        pytest.param("iw", "he_IL", id="legacy alias"),
    ],
)
def test_parse_language(tag: str | None, expected: str | None) -> None:
    assert parse_language(tag) == expected
