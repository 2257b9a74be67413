"""A voter gets every reply in each of the 15 languages, none of it in English, and right-to-left
replies keep links, names and numbers in place (rendering level: the channels' end-to-end tests
cover sending)."""

from __future__ import annotations

import dataclasses
import re
import string
from datetime import UTC, datetime

import pytest

from bot import texts
from bot.bidi_text import FSI, LRM, PDI, RLM, strip_isolates
from bot.i18n import Catalogs, Translator
from bot.rendering import render_match
from bot.voter_locale import voter_translator
from factchecks.catalogue import FactCheckView
from factchecks.models import Requester
from factchecks.verdicts import Verdict

# Each served language as a voter's platform reports it (Telegram's language_code, a phone's
# locale): what must reach the catalog.
PLATFORM_TAGS = {
    "ar": "ar-EG",
    "bn": "bn-BD",
    "en": "en-GB",
    "es": "es-419",
    "fa": "fa-IR",
    "fr": "fr-SN",
    "ha": "ha-NG",
    "hi": "hi-IN",
    "id": "id",
    "pt": "pt-br",
    "ru": "ru",
    "sw": "sw-KE",
    "tr": "tr-TR",
    "ur": "ur-PK",
    "zh_Hans": "zh-hans",
}
RIGHT_TO_LEFT = {"ar", "fa", "ur"}
URL = "https://example.org/fact-checks/ballots-in-pencil/"
PUBLISHER = "Example Fact Desk"
CLAIM = "Ballots marked in pencil are thrown away"
PUBLISHED = datetime(2026, 11, 3, tzinfo=UTC)
FACT_CHECK = FactCheckView(
    id=7,
    claim=CLAIM,
    verdict=Verdict.FALSE,
    rating_text=None,
    summary="Pencil marks are valid; the electoral law says so.",
    publisher=PUBLISHER,
    url=URL,
    language="en",
    published_at=PUBLISHED,
)


def test_every_served_language_is_a_choice_and_has_a_platform_tag_here() -> None:
    assert sorted(PLATFORM_TAGS) == Catalogs().languages
    assert len(PLATFORM_TAGS) == 15


def _voter(tag: str) -> Translator:
    requester = Requester(pseudonym="p", channel="telegram", address="1", language_hint=tag)
    return voter_translator(Catalogs(), requester)


def _english_phrases(message: str) -> list[str]:
    """The English message's own words: its text between placeholders and line breaks."""
    pieces = [literal for literal, _, _, _ in string.Formatter().parse(message)]
    phrases = [line.strip() for piece in pieces for line in piece.split("\n")]
    # Commands ("/help: ") are the same in every language; what follows them is not.
    return [phrase for phrase in phrases if len(phrase) >= 12 and not phrase.startswith("/")]


def _assert_not_english(text: str, *messages: str) -> None:
    for message in messages:
        for phrase in _english_phrases(message):
            assert phrase not in text, f"English left in: {phrase!r}"


def _replies(translator: Translator) -> dict[str, str]:
    """Every kind of reply a voter can get, rendered for them."""
    catalogs = Catalogs()
    names = [translator.language_name(code) for code in catalogs.languages]
    own = catalogs.choice(str(translator.locale)) or "en"
    return {
        "answer": translator.gettext(texts.MATCH_UPDATE)
        + "\n\n"
        + render_match(translator, FACT_CHECK, PUBLISHED),
        "queued": translator.gettext(texts.QUEUED),
        "welcome": translator.gettext(texts.WELCOME),
        "help": translator.gettext(texts.HELP),
        "picker": "\n".join(
            [
                translator.gettext(texts.LANGUAGE_PROMPT),
                translator.gettext(texts.LANGUAGE_MENU),
                *names,
            ]
        ),
        "language set": translator.format(
            texts.LANGUAGE_SET, language=translator.language_name(own, capitalised=False)
        ),
        "dismissed": translator.format(texts.DISMISSED, reason="duplicate of #12"),
        "too large": translator.format(texts.FILE_TOO_LARGE, limit_mb=translator.number(20)),
    }


@pytest.mark.parametrize("locale", sorted(PLATFORM_TAGS))
def test_a_voter_gets_every_reply_in_their_language(locale: str) -> None:
    translator = _voter(PLATFORM_TAGS[locale])
    assert Catalogs().choice(str(translator.locale)) == locale
    replies = _replies(translator)
    english = _replies(_voter("en"))
    date = translator.format_date(PUBLISHED)
    verdict = translator.gettext(texts.VERDICT_LABELS[Verdict.FALSE])
    answer = replies["answer"]
    for value in (URL, PUBLISHER, CLAIM, date, verdict):
        assert value in answer
    if locale == "en":
        return
    for kind, text in replies.items():
        assert text != english[kind], f"{locale}: the {kind} reply is in English"
    assert verdict != "False"
    _assert_not_english(answer, texts.MATCH, texts.MATCH_UPDATE)
    _assert_not_english(replies["queued"], texts.QUEUED)
    _assert_not_english(replies["welcome"], texts.WELCOME)
    _assert_not_english(replies["help"], texts.HELP)
    _assert_not_english(replies["picker"], texts.LANGUAGE_PROMPT)
    _assert_not_english(replies["dismissed"], texts.DISMISSED)
    _assert_not_english(replies["too large"], texts.FILE_TOO_LARGE)


@pytest.mark.parametrize("locale", sorted(PLATFORM_TAGS))
def test_a_date_that_ends_with_a_full_stop_gets_no_second_one(locale: str) -> None:
    """Russian writes "3 ноября 2026 г.": the sentence around the date must not add a "."."""
    translator = _voter(PLATFORM_TAGS[locale])
    for month in range(1, 13):
        view = dataclasses.replace(FACT_CHECK, published_at=datetime(2026, month, 3, tzinfo=UTC))
        answer = strip_isolates(render_match(translator, view, PUBLISHED))
        assert not re.search(r"(?<!\.)\.\.(?!\.)", answer), answer


def test_the_picker_names_each_language_in_itself() -> None:
    catalogs = Catalogs()
    names = {code: catalogs.translator("en").language_name(code) for code in catalogs.languages}
    assert names["zh_Hans"] == "简体中文"
    assert names["fa"] == "فارسی" and names["ur"] == "اردو" and names["hi"] == "हिन्दी"
    assert names["ha"] == "Hausa" and names["sw"] == "Kiswahili" and names["ru"] == "Русский"
    assert len(set(names.values())) == len(names)


@pytest.mark.parametrize("locale", sorted(RIGHT_TO_LEFT))
def test_right_to_left_answers_isolate_links_names_and_dates(locale: str) -> None:
    translator = _voter(PLATFORM_TAGS[locale])
    assert translator.right_to_left
    answer = render_match(translator, FACT_CHECK, PUBLISHED)
    date = translator.format_date(PUBLISHED)
    for value in (URL, PUBLISHER, CLAIM, date):
        assert FSI + value + PDI in answer, f"{locale}: {value!r} not isolated"
    # The link's line ends with the isolate's closing mark: no stray mark after the link.
    [link_line] = [line for line in answer.splitlines() if URL in line]
    assert link_line.endswith(URL + PDI)
    assert not re.search(re.escape(URL) + f"{PDI}?[{LRM}{RLM}]", answer)
    # Nothing is lost: without the invisible marks the reader sees the values as given.
    assert URL in strip_isolates(answer) and PUBLISHER in strip_isolates(answer)


@pytest.mark.parametrize("locale", sorted(set(PLATFORM_TAGS) - RIGHT_TO_LEFT))
def test_left_to_right_answers_with_latin_values_carry_no_invisible_marks(locale: str) -> None:
    answer = render_match(_voter(PLATFORM_TAGS[locale]), FACT_CHECK, PUBLISHED)
    assert not re.search(f"[{FSI}{PDI}{LRM}{RLM}]", answer)


def test_an_arabic_publisher_in_a_left_to_right_answer_is_isolated() -> None:
    arabic = dataclasses.replace(FACT_CHECK, publisher="مسبار")
    answer = render_match(_voter("fr"), arabic, PUBLISHED)
    assert FSI + "مسبار" + PDI in answer


@pytest.mark.parametrize(
    ("locale", "digits"),
    [("fa", "۳ نوامبر ۲۰۲۶"), ("bn", "৩ নভেম্বর, ২০২৬"), ("ar", "3 نوفمبر 2026")],
)
def test_dates_use_the_locales_own_digits(locale: str, digits: str) -> None:
    assert _voter(locale).format_date(PUBLISHED) == digits


def test_counts_use_the_locales_own_digits() -> None:
    assert _voter("fa").number(1234) == "۱٬۲۳۴"
    assert _voter("bn").number(1234) == "১,২৩৪"
    assert _voter("hi").number(1234) == "1,234"
