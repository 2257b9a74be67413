"""Catalogs: every shipped locale loads, is complete, and keeps every placeholder."""

from __future__ import annotations

import re
import string
from datetime import UTC, datetime

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from bot import texts
from bot.i18n import Catalogs, parse_language
from locales import LOCALES_DIR

SHIPPED = sorted(path.parent.parent.name for path in LOCALES_DIR.glob("*/LC_MESSAGES/*.po"))
# Catalogs that must translate every message, in every plural form of their language: all of
# them (tests/bot/test_catalogs.py checks each against its CLDR plural rule and the platforms'
# length limits).
COMPLETE = ["ar", "bn", "es", "fa", "fr", "ha", "hi", "id", "pt", "ru", "sw", "tr", "ur", "zh_Hans"]


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


def _read(locale: str) -> Catalog:
    with (LOCALES_DIR / locale / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return read_po(handle)


def _catalog(locale: str) -> dict[object, object]:
    return {m.id: m for m in _read(locale) if m.id}


def test_complete_catalogs_ship_and_the_language_picker_offers_every_shipped_catalog() -> None:
    assert set(COMPLETE) == set(SHIPPED)
    assert Catalogs().languages == sorted({"en", *SHIPPED})


@pytest.mark.parametrize("locale", SHIPPED)
def test_every_shipped_locale_translates(locale: str) -> None:
    translator = Catalogs().translator(locale)
    assert translator.gettext(texts.QUEUED) != texts.QUEUED


@pytest.mark.parametrize("locale", COMPLETE)
def test_complete_catalogs_have_every_message_with_the_same_placeholders(locale: str) -> None:
    plural_forms = _read(locale).num_plurals
    catalog = _catalog(locale)
    for message_id in _used_messages():
        entry = catalog.get(message_id)
        assert entry is not None and entry.string, f"{locale} lacks {message_id!r}"
        assert not entry.fuzzy, f"{locale}: fuzzy {message_id!r}"
        sources = message_id if isinstance(message_id, tuple) else (message_id,)
        translations = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        if isinstance(message_id, tuple):
            assert len(translations) == plural_forms, f"{locale}: forms of {message_id!r}"
        for translation in translations:
            assert translation, f"{locale}: an empty form of {message_id!r}"
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
    translator = Catalogs().translator("yo")  # Yoruba: no catalog yet
    assert translator.gettext(texts.QUEUED).startswith("Thank you.")
    # ...but dates are still written the Yoruba way, not the English way.
    date = translator.format_date(datetime(2026, 11, 3, tzinfo=UTC))
    assert date != Catalogs().translator("en").format_date(datetime(2026, 11, 3, tzinfo=UTC))
    assert "2026" in date


REGIONAL_CASES = [
    ("es_MX", "Falso", "noviembre"),
    ("pt_BR", "Falso", "novembro"),
    ("fr_CA", "Faux", "novembre"),
    ("ar_EG", "زائف", "نوفمبر"),
    ("hi_IN", "गलत", "नवंबर"),
    ("fa_IR", "نادرست", "نوامبر"),
    ("ur_PK", "غلط", "نومبر"),
    ("id_ID", "Salah", "November"),
    ("sw_KE", "Si kweli", "Novemba"),
    ("ha_NG", "Ƙarya", "Nuwamba"),
    ("ru_RU", "Неправда", "ноября"),
    ("zh_Hans_CN", "错误", "11月"),
    ("zh_Hant_TW", "错误", "11月"),  # no traditional catalog: simplified, not English
]


@pytest.mark.parametrize(
    ("locale", "false", "november"), REGIONAL_CASES, ids=[case[0] for case in REGIONAL_CASES]
)
def test_regional_variant_uses_its_language_catalog(locale: str, false: str, november: str) -> None:
    translator = Catalogs().translator(locale)
    assert translator.gettext(texts.VERDICT_LABELS[next(iter(texts.VERDICT_LABELS))]) == false
    assert re.search(november, translator.format_date(datetime(2026, 11, 3, tzinfo=UTC)))


PLURAL_CASES = [
    ("es", 1, "1 votante"),
    ("es", 3, "3 votantes"),
    ("pt", 1, "1 eleitor"),
    ("pt", 3, "3 eleitores"),
    ("fr", 0, "0 électeur"),  # zero takes the singular in French
    ("fr", 1, "1 électeur"),
    ("fr", 2, "2 électeurs"),
    # Arabic has six forms, in the order of Babel's Plural-Forms for "ar": 0, 1, 2, n%100 in
    # 3-10 (plural), n%100 in 0-2 from 100 on (singular), n%100 in 11-99 (accusative singular).
    ("ar", 1, "1 ناخب"),
    ("ar", 2, "2 ناخبان"),
    ("ar", 3, "3 ناخبين"),
    ("ar", 10, "10 ناخبين"),
    ("ar", 11, "11 ناخبًا"),
    ("ar", 99, "99 ناخبًا"),
    ("ar", 100, "100 ناخب"),
    ("ar", 103, "103 ناخبين"),
    # Russian: one (1, 21, 101), few (2-4, 22-24), many (0, 5-20, 11-14, 25...).
    ("ru", 1, "1 избиратель"),
    ("ru", 21, "21 избиратель"),
    ("ru", 3, "3 избирателя"),
    ("ru", 22, "22 избирателя"),
    ("ru", 5, "5 избирателей"),
    ("ru", 11, "11 избирателей"),
    ("ru", 12, "12 избирателей"),
    ("sw", 1, "mpiga kura 1"),
    ("sw", 2, "wapiga kura 2"),
    ("id", 1, "1 pemilih"),
    ("id", 7, "7 pemilih"),
]


@pytest.mark.parametrize(
    ("locale", "count", "voters"),
    PLURAL_CASES,
    ids=[f"{locale}-{count}" for locale, count, _ in PLURAL_CASES],
)
def test_plural_forms_follow_the_locale(locale: str, count: int, voters: str) -> None:
    translator = Catalogs().translator(locale)
    line = translator.plural(texts.QUEUE_LINE, count).format(id=1, count=count, claim="x")
    assert line == f"#1 · {voters} · x"


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        pytest.param("pt-br", "pt_BR", id="telegram sends lowercase regions with a hyphen"),
        pytest.param("EN", "en", id="case does not matter"),
        pytest.param("x-klingon", None, id="unknown tags are ignored"),
        pytest.param("", None, id="empty"),
        pytest.param(None, None, id="absent"),
        pytest.param("iw", "he_IL", id="legacy alias"),
        pytest.param("C", None, id="the C locale says nothing about the person"),
        pytest.param("C.UTF-8", None, id="nor does C.UTF-8"),
        pytest.param("POSIX", None, id="nor POSIX (Babel 2.19 reads it as en_US_POSIX)"),
    ],
)
def test_parse_language(tag: str | None, expected: str | None) -> None:
    assert parse_language(tag) == expected


@pytest.mark.parametrize(
    ("tag", "catalog"),
    [
        pytest.param("zh-hans", "zh_Hans", id="Telegram's simplified Chinese"),
        pytest.param("zh-cn", "zh_Hans", id="mainland Chinese"),
        pytest.param("zh", "zh_Hans", id="bare Chinese"),
        pytest.param("zh-hant", "zh_Hans", id="traditional Chinese reads the simplified catalog"),
        pytest.param("hi-IN", "hi", id="Hindi in India"),
        pytest.param("id", "id", id="Indonesian"),
        pytest.param("in", "id", id="Indonesian's legacy code"),
        pytest.param("fa-IR", "fa", id="Persian in Iran"),
        pytest.param("ur-PK", "ur", id="Urdu in Pakistan"),
        pytest.param("ha-NG", "ha", id="Hausa in Nigeria"),
        pytest.param("Bn", "bn", id="Bengali, any case"),
        pytest.param("en-GB", "en", id="English is the source, always a choice"),
        pytest.param("de", None, id="a language without a catalog is no choice"),
        pytest.param("x-klingon", None, id="not a language"),
    ],
)
def test_a_platform_tag_chooses_the_catalog_that_serves_it(tag: str, catalog: str | None) -> None:
    assert Catalogs().choice(tag) == catalog
