"""The `multilingual` extra end to end: a voter's claim in another language finds the English
fact-check, through the real Telegram channel against the fake Bot API server.

Hindi, Swahili, Spanish and Arabic paraphrases of an English sample claim are each answered at
once, with a note in the voter's language that the fact-check is written in English (and its
title in their language where the desk wrote one); with the extra off the same message goes to
the fact-checkers. Runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlmodel import select

from bot.multilingual_model import E5Encoder, model_name
from factchecks import catalogue
from factchecks.database import Database
from factchecks.importer import import_file
from factchecks.models import FactCheck, FactCheckText, QueueItem, TextSource, TextVector
from tests.bot.conftest import SEED_URL, StartTipline
from tests.fakes.telegram_api import FakeTelegramAPI

# The seed's English claim: "You can vote by SMS this year: text your ID number to 4455 and your
# vote counts". Each paraphrase says it in other words, as a voter would.
PARAPHRASES = {
    "hi": "इस बार चुनाव में एसएमएस से वोट दे सकते हैं, बस अपना पहचान नंबर 4455 पर भेज दो और वोट गिना जाएगा",
    "sw": "Mwaka huu unaweza kupiga kura kwa ujumbe mfupi: tuma namba ya kitambulisho chako "
    "kwa 4455 na kura yako inahesabiwa",
    "es": "Este año se puede votar por mensaje de texto: manda tu número de identificación al "
    "4455 y tu voto vale",
    "ar": "هذه السنة يمكنك أن تصوت برسالة نصية: أرسل رقم بطاقتك إلى 4455 وسيُحسب صوتك",
}
# What the voter reads first, in their language: the fact-check is in English.
SPANISH_TITLE = "Toque de queda: los colegios electorales cierran a mediodía"
NOTES = {
    "hi": "यह फ़ैक्ट-चेक English में लिखा गया है।",
    "sw": "Ukaguzi huu umeandikwa kwa English.",
    "es": "Esta verificación está escrita en English.",
    "ar": "هذا التحقق مكتوب باللغة",
}


@pytest.mark.parametrize("language", sorted(PARAPHRASES))
async def test_a_paraphrase_in_another_language_is_answered_with_the_english_fact_check(
    telegram_api: FakeTelegramAPI,
    start_tipline: StartTipline,
    multilingual_encoder: E5Encoder,
    language: str,
) -> None:
    await start_tipline(multilingual="on")
    voter = telegram_api.user(401, language_code=language)
    telegram_api.text_message(voter, PARAPHRASES[language])
    [reply] = await telegram_api.wait_for_messages(401)
    assert SEED_URL + "sms" in reply.text
    assert NOTES[language] in reply.text
    assert reply.text.index(NOTES[language]) < reply.text.index(SEED_URL)


async def test_the_desk_title_in_the_voters_language_is_shown(
    telegram_api: FakeTelegramAPI,
    start_tipline: StartTipline,
    multilingual_encoder: E5Encoder,
    database_url: str,
    tmp_path: Path,
) -> None:
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": SEED_URL + "curfew",
        "claimReviewed": "Polling stations will close at noon because of a curfew",
        "reviewRating": {"@type": "Rating", "alternateName": "False"},
        "author": {"@type": "Organization", "name": "Test Desk"},
        "datePublished": "2026-11-03",
        "inLanguage": "en",
        "reviewBody": "There is no curfew; polling stations stay open until 6 pm.",
    }
    path = tmp_path / "curfew.jsonld"
    path.write_text(json.dumps([review]))
    db = Database(database_url)
    try:
        assert (await import_file(db, path)).created == 1
        # The desk wrote a Spanish title (an alias in Spanish) for the English fact-check.
        async with db.transaction() as session:
            fact_check = (
                await session.exec(select(FactCheck).where(FactCheck.url == SEED_URL + "curfew"))
            ).one()
            await catalogue.add_texts(
                session, fact_check.id or 0, [(SPANISH_TITLE, TextSource.ALIAS, "es")]
            )
    finally:
        await db.dispose()
    await start_tipline(multilingual="on")
    voter = telegram_api.user(402, language_code="es")
    telegram_api.text_message(
        voter, "Dicen que por un toque de queda los colegios electorales cerrarán a mediodía"
    )
    [reply] = await telegram_api.wait_for_messages(402)
    assert SEED_URL + "curfew" in reply.text
    assert f"Su título en tu idioma: «{SPANISH_TITLE}»" in reply.text


async def test_the_same_hindi_message_goes_to_the_fact_checkers_with_it_off(
    telegram_api: FakeTelegramAPI, start_tipline: StartTipline
) -> None:
    tipline = await start_tipline(multilingual="off")
    voter = telegram_api.user(403, language_code="hi")
    telegram_api.text_message(voter, PARAPHRASES["hi"])
    [reply] = await telegram_api.wait_for_messages(403)
    assert SEED_URL not in reply.text
    async with tipline.db.session() as session:
        assert len((await session.exec(select(QueueItem))).all()) == 1


async def test_catalogue_vectors_are_stored_once_under_the_model_name(
    telegram_api: FakeTelegramAPI,
    start_tipline: StartTipline,
    multilingual_encoder: E5Encoder,
) -> None:
    tipline = await start_tipline(multilingual="on")
    await tipline.index.embed_catalogue(tipline.db)  # the start's background job, or this
    async with tipline.db.session() as session:
        stored = (
            await session.exec(select(TextVector).where(TextVector.model == model_name()))
        ).all()
        texts = (await session.exec(select(FactCheckText.text_hash))).all()
    assert {row.text_hash for row in stored} == set(texts)
    assert all(len(row.vector) == 384 * 4 for row in stored)
    assert await tipline.index.embed_catalogue(tipline.db) == 0


async def test_a_fact_check_imported_while_running_is_embedded_in_the_background(
    telegram_api: FakeTelegramAPI,
    start_tipline: StartTipline,
    multilingual_encoder: E5Encoder,
    tmp_path: Path,
) -> None:
    tipline = await start_tipline(multilingual="on")
    await tipline.index.embedded()
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": SEED_URL + "curfew",
        "claimReviewed": "Polling stations will close at noon because of a curfew",
        "reviewRating": {"@type": "Rating", "alternateName": "False"},
        "author": {"@type": "Organization", "name": "Test Desk"},
        "datePublished": "2026-11-03",
        "inLanguage": "en",
        "reviewBody": "There is no curfew; polling stations stay open until 6 pm.",
    }
    path = tmp_path / "curfew.jsonld"
    path.write_text(json.dumps([review]))
    assert (await import_file(tipline.db, path)).created == 1  # as `tipline import` would
    await tipline.index.refresh(tipline.db)
    await tipline.index.embedded()
    async with tipline.db.session() as session:
        stored = set(
            (
                await session.exec(
                    select(TextVector.text_hash).where(TextVector.model == model_name())
                )
            ).all()
        )
        texts = set((await session.exec(select(FactCheckText.text_hash))).all())
    assert texts <= stored
