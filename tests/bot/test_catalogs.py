"""The catalog check CI runs: plural forms follow CLDR, review status is recorded, links carry no
stray marks, and every message fits the platforms' limits once rendered with the longest values
the code lets through. (Completeness and placeholders: tests/bot/test_i18n.py.)"""

from __future__ import annotations

import gettext
import re
import string
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from babel import Locale
from babel.messages.catalog import Catalog
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po

from bot import texts
from bot.bidi_text import isolate
from bot.channels.whatsapp_limits import (
    MAX_BUTTON_BODY_CHARS,
    MAX_BUTTON_TITLE_CHARS,
    MAX_LIST_ROW_TITLE_CHARS,
    MAX_TEXT_CHARS,
)
from bot.i18n import Catalogs, Translator
from bot.inbound import MEDIA_LIMIT_BYTES
from bot.rendering import (
    CONFLICT_WORDS_CHARS,
    MAX_REPLY_CHARS,
    NOTE_CHARS,
    excerpt,
    match_message,
    render,
    render_match,
)
from bot.replies import LanguageName, Msg, Reply
from bot.setting_values import MAX_DISPLAY_NAME_CHARS
from factchecks.catalogue import FactCheckView
from factchecks.formats.record_fields import (
    MAX_CLAIM_CHARS,
    MAX_NAME_CHARS,
    MAX_RATING_CHARS,
    MAX_SUMMARY_CHARS,
    MAX_URL_CHARS,
)
from factchecks.verdicts import Verdict
from locales import LOCALES_DIR

SHIPPED = sorted(path.parent.parent.name for path in LOCALES_DIR.glob("*/LC_MESSAGES/*.po"))
LOCALES = sorted({"en", *SHIPPED})
README = Path(__file__).resolve().parents[2] / "README.md"
TELEGRAM_MAX_MESSAGE_CHARS = 4096  # platforms.md 1.2: MAX_TEXT_LENGTH
# Replies that go out with the language picker under them on a voter's first contact.
PICKER_REPLIES = [
    texts.QUEUED,
    texts.EMPTY,
    texts.FILE_TOO_LARGE,
    texts.NOT_AN_IMAGE,
    texts.DOWNLOAD_FAILED,
    texts.ANIMATED,
    texts.LOW_DETAIL,
    texts.SCREENSHOT_UNREADABLE,
    texts.IMAGE_TOO_LARGE,
    texts.UNSUPPORTED,
]
COUNTS = [0, 1, 2, 3, 4, 5, 11, 12, 21, 22, 25, 100, 101, 102, 111, 1_000_000]


def _read(locale: str) -> Catalog:
    with (LOCALES_DIR / locale / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return read_po(handle)


def _messages() -> list[str | tuple[str, str]]:
    found: list[str | tuple[str, str]] = []
    for name, value in vars(texts).items():
        if name.isupper() and isinstance(value, str | tuple):
            found.append(value)
    found.extend(texts.VERDICT_LABELS.values())
    found.extend(texts.CONFLICT_KINDS.values())
    return found


def test_the_limits_checked_here_are_the_channels_own() -> None:
    assert MAX_REPLY_CHARS == MAX_TEXT_CHARS == TELEGRAM_MAX_MESSAGE_CHARS


@pytest.mark.parametrize("locale", SHIPPED)
def test_plural_forms_header_follows_the_cldr_rule(locale: str) -> None:
    """Each CLDR category of whole numbers gets its own form, always the same one."""
    catalog = _read(locale)
    assert catalog.num_plurals == get_plural(locale).num_plurals
    choose = gettext.c2py(catalog.plural_expr)
    category_of = Locale.parse(locale).plural_form
    form_of: dict[str, int] = {}
    for n in [*range(0, 1201), 10_001, 100_000, 1_000_000, 1_000_001, 3_000_000]:
        form = form_of.setdefault(category_of(n), choose(n))
        assert form == choose(n), f"{locale}: {n} is {category_of(n)!r} but takes form {form}"
    assert sorted(form_of.values()) == list(range(catalog.num_plurals)), form_of


def _review_statuses() -> dict[str, str]:
    """The README's table of catalogs: locale -> review status."""
    section = README.read_text(encoding="utf-8").split("## Translating", 1)[1]
    rows = re.findall(r"^\| `([A-Za-z_]+)` \|[^|\n]*\| ([^|\n]+?) \|$", section, re.MULTILINE)
    return dict(rows)


@pytest.mark.parametrize("locale", SHIPPED)
def test_each_catalog_records_its_review_status_in_its_header_and_in_the_readme(
    locale: str,
) -> None:
    found = re.search(r"^# Review status: (.+?)\.?$", _read(locale).header_comment, re.MULTILINE)
    assert found is not None, f"{locale}: no '# Review status:' line in the header"
    assert _review_statuses().get(locale) == found.group(1)


def test_the_readme_lists_exactly_the_shipped_catalogs() -> None:
    assert sorted(_review_statuses()) == SHIPPED


@pytest.mark.parametrize("locale", SHIPPED)
def test_no_invisible_mark_follows_a_link(locale: str) -> None:
    """A mark after a URL can become part of the link when a client detects it."""
    for message in _read(locale):
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for translation in filter(None, strings):
            assert not re.search(r"(\{url\}|https?://)[\u200e\u200f]", translation), translation


def _longest_date(translator: Translator) -> str:
    days = [datetime(2026, month, 28, tzinfo=UTC) for month in range(1, 13)]
    return max((translator.format_date(day) for day in days), key=len)


def _longest_values(translator: Translator, catalogs: Catalogs) -> dict[str, str]:
    """The longest value each placeholder can take where a voter or fact-checker reads it."""
    names = {code: catalogs.translator(code).language_name(code) for code in catalogs.languages}
    # Echoes of what a fact-checker typed in one command (a verdict, a URL, a reference, a
    # reason) are taken as long as a stored URL; the command itself fits one message.
    echo = "x" * MAX_URL_CHARS
    return {
        "claim": "x" * 301,  # every claim is shown through excerpt(claim, 300)
        "verdict": echo,
        "verdicts": ", ".join(verdict.value for verdict in Verdict),
        "url": echo,
        "ref": echo,
        "reason": echo,
        "limit_mb": translator.number(MEDIA_LIMIT_BYTES // 1_000_000),
        "language": max(names.values(), key=len),
        "choices": ", ".join(f"{isolate(name)} ({code})" for code, name in names.items()),
        "count": translator.number(COUNTS[-1]),
        "id": "9" * 12,
        "fact_check_id": "9" * 12,
        # The tip limit's wait: at most a day, said in the longest unit's words.
        "wait": max(
            (
                translator.format_wait(wait)
                for wait in (timedelta(seconds=59), timedelta(minutes=59), timedelta(hours=23))
            ),
            key=len,
        ),
        # The desk's: display names, times, counts, and a text excerpt or a status word.
        "name": "n" * MAX_DISPLAY_NAME_CHARS,
        "holder": "n" * MAX_DISPLAY_NAME_CHARS,
        "when": "2026-11-03 14:05 UTC",
        "first": "2026-11-03 14:05 UTC",
        "last": "2026-11-03 14:05 UTC",
        "status": "s" * 40,
        "text": "x" * 301,
        "title": "x" * 201,  # a fact-check's title in the voter's language, cut to 200
        "languages": ", ".join(catalogs.languages),
        "channels": "telegram, whatsapp",
        "names": ", ".join(f"{'n' * MAX_DISPLAY_NAME_CHARS} 999" for _ in range(20)),
        "since": "2026-11-03 00:00 UTC",
        "median": "99999.9",
        "code": "x" * 40,  # an answer code as typed, cut to 40 characters
        "example": "V-7KQ2-M9XD",
        "draft": "9" * 12,
        "other": "9" * 12,
        "new": "9" * 12,
        "tip": "9" * 12,
        "action": "dismiss",
        "details": "x" * 3000,  # a draft's values, as long as one command can carry
        "date": _longest_date(translator),
        "p90": "99999.9",
        # Escalations: an organisation's name as stored (128 characters), ten of them listed.
        "escalation": "9" * 12,
        "recipient": "r" * 128,
        "recipients": ", ".join("r" * 128 for _ in range(10)),
        # Tags: a bad one echoed (cut to 60), and a claim's tags (40 characters, twenty of them).
        "tag": "x" * 60,
        "tags": ", ".join("t" * 40 for _ in range(20)),
        "error": "e" * 300,  # a delivery error, cut to 300 characters
        "score": "0.99",  # a suggestion's match score, two decimals
        # The contradiction guard's reason: what differs, and the words on each side, cut.
        "kind": max((translator.gettext(kind) for kind in texts.CONFLICT_KINDS.values()), key=len),
        "words": "x" * (CONFLICT_WORDS_CHARS + 1),
        "message_words": "x" * (CONFLICT_WORDS_CHARS + 1),
        "claim_words": "x" * (CONFLICT_WORDS_CHARS + 1),
        "author": "n" * MAX_DISPLAY_NAME_CHARS,  # who saved a macro
        **{
            key: "9" * 12
            for key in (
                *("tips", "voters", "forwarded", "frequent", "minutes", "auto", "queued"),
                *("answered", "dismissed", "backlog", "total", "shown"),
            )
        },
    }


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("locale", LOCALES)
def test_every_message_fits_one_message_on_both_platforms_once_rendered(locale: str) -> None:
    catalogs = Catalogs()
    translator = catalogs.translator(locale)
    values = _longest_values(translator, catalogs)
    for message in _messages():
        if message == texts.MATCH:
            continue  # rendered with its own cut, below
        if isinstance(message, tuple):
            renders = [
                translator.format_plural(message, n, **{k: values[k] for k in _fields(message[1])})
                for n in COUNTS
            ]
        else:
            renders = [translator.format(message, **{k: values[k] for k in _fields(message)})]
        for text in renders:
            assert len(text) <= MAX_REPLY_CHARS, f"{locale}: {len(text)} chars: {text[:80]!r}"


@pytest.mark.parametrize("locale", LOCALES)
def test_the_longest_answer_is_cut_to_one_message_and_keeps_its_link(locale: str) -> None:
    translator = Catalogs().translator(locale)
    url = "https://example.org/" + "x" * (MAX_URL_CHARS - 20)
    view = FactCheckView(
        id=1,
        claim="claim " * (MAX_CLAIM_CHARS // 6),
        verdict=Verdict.OTHER,
        rating_text="r" * MAX_RATING_CHARS,
        summary="summary " * (MAX_SUMMARY_CHARS // 8),
        publisher="p" * MAX_NAME_CHARS,
        url=url,
        language="en",
        published_at=datetime(2026, 9, 28, tzinfo=UTC),
    )
    answer = render_match(translator, view, datetime(2026, 1, 1, tzinfo=UTC))
    assert len(answer) <= MAX_REPLY_CHARS
    assert url in answer and "summary summary" in answer


@pytest.mark.parametrize("locale", LOCALES)
def test_the_longest_answer_with_the_other_language_note_and_its_code_fits(locale: str) -> None:
    translator = Catalogs().translator(locale)
    url = "https://example.org/" + "x" * (MAX_URL_CHARS - 20)
    view = FactCheckView(
        id=1,
        claim="claim " * (MAX_CLAIM_CHARS // 6),
        verdict=Verdict.OTHER,
        rating_text="r" * MAX_RATING_CHARS,
        summary="summary " * (MAX_SUMMARY_CHARS // 8),
        publisher="p" * MAX_NAME_CHARS,
        url=url,
        language="zh",
        published_at=datetime(2026, 9, 28, tzinfo=UTC),
    )
    note = Msg(
        texts.MATCH_OTHER_LANGUAGE_TITLE,
        {"language": LanguageName("zh"), "title": excerpt("t " * 300, 200)},
    )
    body = match_message(view, datetime(2026, 1, 1, tzinfo=UTC), reserved=NOTE_CHARS)
    code = Msg(texts.ANSWER_CODE, {"code": "V-7KQ2-M9XD"})
    answer = render(translator, Reply((note, body, code))).body
    assert len(answer) <= MAX_REPLY_CHARS
    assert url in answer and "summary summary" in answer


@pytest.mark.parametrize("locale", LOCALES)
def test_the_picker_fits_whatsapp_buttons_and_lists(locale: str) -> None:
    catalogs = Catalogs()
    translator = catalogs.translator(locale)
    assert len(translator.gettext(texts.LANGUAGE_MENU)) <= MAX_BUTTON_TITLE_CHARS
    for code in catalogs.languages:
        name = translator.language_name(code)
        assert len(name) <= min(MAX_BUTTON_TITLE_CHARS, MAX_LIST_ROW_TITLE_CHARS), name
    prompt = translator.gettext(texts.LANGUAGE_PROMPT)
    values = _longest_values(translator, catalogs)
    for message in PICKER_REPLIES:
        body = translator.format(message, **{k: values[k] for k in _fields(message)})
        # The reply and the prompt under it are one interactive message's body.
        assert len(body + "\n\n" + prompt) <= MAX_BUTTON_BODY_CHARS, f"{locale}: {body[:60]!r}"
