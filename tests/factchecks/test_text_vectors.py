"""Catalogue vectors stored with the catalogue: computed once, loaded at start, so a restarted
index encodes only the voter's message; and the guard's reason stored with a queue item.
Each test runs on SQLite and PostgreSQL."""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from datetime import UTC, datetime

import numpy as np
import numpy.typing as npt

from factchecks import catalogue, queue, queue_listing
from factchecks.database import Database
from factchecks.match_index import MatchIndex, MatchQuery
from factchecks.records import FactCheckRecord
from factchecks.verdicts import Verdict
from matching.conflicts import Conflict, ConflictKind

CLAIMS = (
    ("Half a million voters were secretly deleted from the electoral register", "en"),
    ("Polling stations will close at noon on election day", "en"),
    ("La tinta indeleble de las elecciones es venenosa", "es"),
)


class BagOfWords:
    """A small deterministic encoder (hashed words, unit length) that counts the texts it
    encodes: what the index asks of the real one, without its 90 MB of weights."""

    def __init__(self) -> None:
        self.encoded: list[str] = []

    def encode(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        self.encoded += texts
        result = np.zeros((len(texts), 64), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.casefold().split():
                result[row, zlib.crc32(word.encode()) % 64] += 1.0
            result[row] /= max(float(np.linalg.norm(result[row])), 1e-9)
        return result


async def _catalogue(db: Database) -> None:
    async with db.transaction() as session:
        for number, (claim, language) in enumerate(CLAIMS):
            await catalogue.upsert_record(
                session,
                FactCheckRecord(
                    claim=claim,
                    verdict=Verdict.FALSE,
                    url=f"https://example.org/fc/{number}",
                    summary="",
                    publisher="Desk",
                    language=language,
                    published_at=datetime(2026, 3, 1, tzinfo=UTC),
                ),
            )


async def test_vectors_are_computed_once_and_a_restart_encodes_only_the_message(
    db: Database,
) -> None:
    await _catalogue(db)
    first = MatchIndex(BagOfWords(), vector_model="bag 1")
    await first.load(db)
    assert await first.embed_catalogue(db) == 2  # the English texts
    assert await first.embed_catalogue(db) == 0  # all stored now

    encoder = BagOfWords()
    restarted = MatchIndex(encoder, vector_model="bag 1")
    await restarted.load(db)
    message = MatchQuery("500,000 voters were deleted from the electoral register in secret")
    warm = await restarted.search_catalogue(message)
    assert encoder.encoded == [message.text]

    # The slow twin: nothing stored, every candidate embedded during the search.
    cold_encoder = BagOfWords()
    cold = MatchIndex(cold_encoder)
    await cold.load(db)
    assert await cold.search_catalogue(message) == warm
    assert len(cold_encoder.encoded) > 1


async def test_another_model_gets_its_own_vectors(db: Database) -> None:
    await _catalogue(db)
    for model in ("bag 1", "bag 2"):
        index = MatchIndex(BagOfWords(), vector_model=model)
        await index.load(db)
        assert await index.embed_catalogue(db) == 2


async def test_background_embedding_fills_the_live_index(db: Database) -> None:
    await _catalogue(db)
    encoder = BagOfWords()
    index = MatchIndex(encoder, vector_model="bag 1")
    await index.load(db)
    index.start_embedding(db)
    await index.stop_embedding()  # cancelled before or after its work: both are fine
    await index.embed_catalogue(db)  # whatever is left
    encoder.encoded.clear()
    await index.search_catalogue(MatchQuery("polling stations close at noon on election day"))
    assert encoder.encoded == ["polling stations close at noon on election day"]


async def test_the_guard_reason_is_kept_with_the_suggestion(db: Database) -> None:
    await _catalogue(db)
    async with db.transaction() as session:
        await queue.open_item(
            session,
            claim="Polling stations close at 3pm",
            fingerprint=None,
            language="en",
            suggested_fact_check_id=1,
            suggestion_conflict=Conflict(ConflictKind.NUMBER, "3pm", "noon"),
        )
        await queue.open_item(
            session, claim="other", fingerprint=None, language="en", suggested_fact_check_id=None
        )
    async with db.session() as session:
        lines = await queue_listing.open_items(session)
    # Its kind and words (shown in the desk's language), and in English for older code.
    assert [(line.claim, line.suggestion_conflict, line.suggestion_reason) for line in lines] == [
        (
            "Polling stations close at 3pm",
            Conflict(ConflictKind.NUMBER, "3pm", "noon"),
            "number differs: 3pm vs noon",
        ),
        ("other", None, None),
    ]
