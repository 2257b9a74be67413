"""Why a suggestion was not sent automatically, as the desk reads it: the contradiction guard's
finding in the fact-checker's own language in `/queue` and `/show`, with the voter's and the
fact-check's words as written; an item stored before findings were shows its English reason."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot import texts
from bot.desk import run_desk_command
from bot.i18n import Catalogs
from bot.rendering import CONFLICT_WORDS_CHARS, conflict_message, render, render_message
from bot.replies import Reply
from bot.usecases.dependencies import Core
from bot.usecases.receive_tip import receive_tip
from factchecks import catalogue
from factchecks.models import QueueItem, QueueStatus
from matching.conflicts import Conflict, ConflictKind
from tests.bot.conftest import CHECKER, SEED_URL
from tests.bot.test_usecases import open_item_ids, tip

NEGATED_SMS = "You can NOT vote by SMS this year: text your ID number to 4455 and your vote counts"


@pytest.fixture
def desk(core: Core) -> Core:
    return replace(core, factcheckers=frozenset({(CHECKER.channel, CHECKER.user_id)}))


def _seen(desk: Core, value: Reply, locale: str) -> str:
    """The reply as a fact-checker reading `locale` gets it."""
    return render(desk.catalogs.translator(locale), value).body


async def _held_item(desk: Core) -> int:
    await receive_tip(desk, tip("301", NEGATED_SMS))
    [item_id] = await open_item_ids(desk)
    return item_id


async def test_the_guards_reason_is_stored_as_its_kind_and_the_words_as_written(
    desk: Core,
) -> None:
    item_id = await _held_item(desk)
    async with desk.db.session() as session:
        item = await session.get(QueueItem, item_id)
        sms = await catalogue.find_fact_check(session, url=SEED_URL + "sms")
    assert item is not None and sms is not None
    assert item.suggested_fact_check_id == sms.id
    assert (
        item.suggestion_conflict,
        item.suggestion_message_value,
        item.suggestion_claim_value,
    ) == (ConflictKind.NEGATION, "NOT", "")
    # Still in English too, for code that reads only this column.
    assert item.suggestion_reason == "negation: 'NOT' in the message only"


# (locale, the reason as the desk reads it, the words around it)
READINGS = [
    ("en", "negation: “NOT” in the message only", "not sent automatically"),
    ("fr", "négation : « NOT » dans le message seulement", "non envoyée automatiquement"),
    ("es", "negación: «NOT» solo en el mensaje", "no enviada automáticamente"),
    ("zh_Hans", "否定：“NOT”仅见于消息", "未自动发送"),
]


async def test_queue_and_show_give_the_reason_in_the_fact_checkers_language(desk: Core) -> None:
    item_id = await _held_item(desk)
    listing = await run_desk_command(desk, CHECKER, "queue", [])
    shown = await run_desk_command(desk, CHECKER, "show", [str(item_id)])
    for locale, reason, not_automatic in READINGS:
        for text in (_seen(desk, listing, locale), _seen(desk, shown, locale)):
            assert not_automatic in text and reason in text, (locale, text)
            if locale != "en":
                assert "in the message only" not in text, (locale, text)
    for locale in ("ar", "fa", "ur"):
        text = _seen(desk, shown, locale)
        negation = desk.catalogs.translator(locale).gettext(
            texts.CONFLICT_KINDS[ConflictKind.NEGATION]
        )
        assert negation in text and "in the message only" not in text, (locale, text)
        # The voter's Latin word sits in its own isolate inside the right-to-left sentence.
        assert "\u2068NOT\u2069" in text, (locale, text)


async def test_an_item_stored_before_findings_were_shows_its_english_reason(desk: Core) -> None:
    async with desk.db.transaction() as session:
        sms = await catalogue.find_fact_check(session, url=SEED_URL + "sms")
        assert sms is not None
        older = QueueItem(
            status=QueueStatus.OPEN,
            claim="Vote by SMS at 3pm",
            suggested_fact_check_id=sms.id,
            suggestion_reason="number differs: 3pm vs 7pm",
        )
        session.add(older)
    listing = _seen(desk, await run_desk_command(desk, CHECKER, "queue", []), "fr")
    shown = _seen(desk, await run_desk_command(desk, CHECKER, "show", [str(older.id)]), "fr")
    for text in (listing, shown):
        assert "non envoyée automatiquement : number differs: 3pm vs 7pm" in text, text


@pytest.mark.parametrize(
    ("conflict", "english"),
    [
        (
            Conflict(ConflictKind.NUMBER, "3pm", "7pm"),
            "number: “3pm” in the message, “7pm” in the fact-check",
        ),
        (
            Conflict(ConflictKind.ORDER, "to Abuja", "from Abuja"),
            "direction: “to Abuja” in the message, “from Abuja” in the fact-check",
        ),
        (Conflict(ConflictKind.NEGATION, "", "never"), "negation: “never” in the fact-check only"),
        (Conflict(ConflictKind.SCOPE, "only", ""), "scope: “only” in the message only"),
        (
            Conflict(ConflictKind.ELECTION, "", "Student"),
            "election: “Student” in the fact-check only",
        ),
        (Conflict(ConflictKind.DENIAL, "denied", ""), "denial: “denied” in the message only"),
    ],
)
def test_each_kind_reads_as_what_differs_and_on_which_side(
    conflict: Conflict, english: str
) -> None:
    assert render_message(Catalogs().translator("en"), conflict_message(conflict)) == english


def test_every_kind_has_a_label_and_long_words_are_cut() -> None:
    assert set(texts.CONFLICT_KINDS) == set(ConflictKind)
    long = Conflict(ConflictKind.WORDING, "word " * 100, "other")
    words = conflict_message(long).params["message_words"]
    assert isinstance(words, str) and len(words) <= CONFLICT_WORDS_CHARS + 1
