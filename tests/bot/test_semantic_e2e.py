"""The `semantic` extra end to end: TIPLINE_SEMANTIC reaches the matcher the voter talks to.

A voter's paraphrase of a fact-checked claim is answered at once with the extra on, and goes to
the fact-checkers with it off (the lexical score alone is not sure enough). Runs on SQLite and
PostgreSQL against the fake Bot API server.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factchecks.database import Database
from factchecks.importer import import_file
from matching import SentenceEncoder
from tests.bot.conftest import SEED_URL, StartTipline
from tests.fakes.telegram_api import FakeTelegramAPI

REGISTER_CLAIM = (
    "Half a million voters were secretly deleted from the electoral register last week without "
    "being told."
)
PARAPHRASE = "500,000 people were quietly removed from the voter register last week without notice"


@pytest.fixture
async def register_fact_check(database_url: str, tmp_path: Path, seeded: None) -> None:
    """One more fact-check next to the seed ones."""
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": SEED_URL + "register",
        "claimReviewed": REGISTER_CLAIM,
        "reviewRating": {"@type": "Rating", "alternateName": "False"},
        "author": {"@type": "Organization", "name": "Test Desk"},
        "datePublished": "2026-11-03",
        "inLanguage": "en",
        "reviewBody": "The register lost 2,113 names last week, all of them deaths notified by "
        "the civil registry.",
    }
    path = tmp_path / "register.jsonld"
    path.write_text(json.dumps([review]))
    db = Database(database_url)
    try:
        report = await import_file(db, path)
        assert report.created == 1 and not report.errors
    finally:
        await db.dispose()


async def test_a_paraphrase_is_answered_with_the_semantic_extra_on(
    telegram_api: FakeTelegramAPI,
    start_tipline: StartTipline,
    register_fact_check: None,
    bundled_encoder: SentenceEncoder,
) -> None:
    await start_tipline(semantic="on")
    voter = telegram_api.user(301, language_code="en")
    telegram_api.text_message(voter, PARAPHRASE)
    [reply] = await telegram_api.wait_for_messages(301)
    assert "Verdict: False" in reply.text
    assert SEED_URL + "register" in reply.text


async def test_the_same_paraphrase_goes_to_fact_checkers_with_it_off(
    telegram_api: FakeTelegramAPI, start_tipline: StartTipline, register_fact_check: None
) -> None:
    await start_tipline(semantic="off")
    voter = telegram_api.user(302, language_code="en")
    telegram_api.text_message(voter, PARAPHRASE)
    [reply] = await telegram_api.wait_for_messages(302)
    assert "sent it to our fact-checkers" in reply.text
