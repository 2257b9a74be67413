"""The note before an answer whose fact-check is in another language than the voter's: when it
is given, what it names, and that odd language tags never break an answer."""

from __future__ import annotations

from sqlmodel import select

from bot import texts
from bot.replies import LanguageName
from bot.usecases.dependencies import Core
from bot.usecases.voters import other_language_note
from factchecks import catalogue
from factchecks.models import FactCheck, TextSource
from tests.bot.conftest import SEED_URL


async def _sms(core: Core) -> FactCheck:
    async with core.db.session() as session:
        return (
            await session.exec(select(FactCheck).where(FactCheck.url == SEED_URL + "sms"))
        ).one()


async def test_no_note_in_the_fact_checks_own_language(core: Core) -> None:
    fact_check = await _sms(core)  # English
    async with core.db.session() as session:
        assert await other_language_note(session, fact_check, "en") is None
        assert await other_language_note(session, fact_check, "en_GB") is None


async def test_the_note_names_the_language_and_the_desks_title_in_the_voters(core: Core) -> None:
    fact_check = await _sms(core)
    async with core.db.transaction() as session:
        plain = await other_language_note(session, fact_check, "hi")
        assert plain is not None and plain.msgid == texts.MATCH_OTHER_LANGUAGE
        assert plain.params["language"] == LanguageName("en")
        title = "इस साल एसएमएस से वोट नहीं डाला जा सकता"
        await catalogue.add_texts(session, fact_check.id or 0, [(title, TextSource.TITLE, "hi")])
        titled = await other_language_note(session, fact_check, "hi")
        assert titled is not None and titled.msgid == texts.MATCH_OTHER_LANGUAGE_TITLE
        assert titled.params["title"] == title
        # A Swahili voter gets no Hindi title.
        other = await other_language_note(session, fact_check, "sw")
        assert other is not None and other.msgid == texts.MATCH_OTHER_LANGUAGE


async def test_an_undetermined_or_unknown_language_gets_no_note(core: Core) -> None:
    fact_check = await _sms(core)
    async with core.db.session() as session:
        for tag in ("und", "xx", ""):
            fact_check.language = tag
            assert await other_language_note(session, fact_check, "hi") is None
