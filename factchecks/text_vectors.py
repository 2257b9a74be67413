"""Sentence vectors of the catalogue's texts, stored with the catalogue.

With the semantic extra, a fact-check text is embedded the first time it is a search candidate:
about 15 ms each, so the first voters after a restart waited while the index warmed up. Vectors
are stored instead (`TextVector`: text sha256 + model name), loaded with the index at start, and
the missing ones (new fact-checks, a new model) are computed in the background
(`MatchIndex.start_embedding`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks.catalogue import text_hash
from factchecks.models import FactCheckText, TextVector
from matching.text_semantic import in_encoder_language

Vector = npt.NDArray[np.float32]


@dataclass(frozen=True)
class CatalogueText:
    """A fact-check text the encoder should embed."""

    fact_check_id: int
    text: str
    text_hash: str


def to_bytes(vector: Vector) -> bytes:
    """A vector as stored: little-endian float32."""
    return np.asarray(vector, dtype="<f4").tobytes()


def from_bytes(data: bytes) -> Vector:
    """A stored vector back as float32."""
    return np.frombuffer(data, dtype="<f4").astype(np.float32)


async def stored_vectors(
    session: AsyncSession, model: str, hashes: Collection[str] | None = None
) -> dict[str, Vector]:
    """Every stored vector of `model` (only those of the text sha256s `hashes` when given), by
    text sha256."""
    query = select(TextVector.text_hash, TextVector.vector).where(TextVector.model == model)
    if hashes is not None:
        query = query.where(col(TextVector.text_hash).in_(hashes))
    rows = await session.exec(query)
    return {hash_: from_bytes(data) for hash_, data in rows.all()}


async def texts_without_vectors(
    session: AsyncSession, model: str, *, any_language: bool = False
) -> list[CatalogueText]:
    """Catalogue texts in the encoder's language (every text if `any_language`: the
    multilingual encoder) with no vector of `model` stored, oldest first (each distinct text
    once)."""
    known = set(
        (await session.exec(select(TextVector.text_hash).where(TextVector.model == model))).all()
    )
    rows = await session.exec(
        select(
            FactCheckText.fact_check_id,
            FactCheckText.text,
            FactCheckText.text_hash,
            FactCheckText.language,
        ).order_by(col(FactCheckText.id))
    )
    missing: dict[str, CatalogueText] = {}
    for fact_check_id, text, hash_, language in rows.all():
        if (
            hash_ not in known
            and hash_ not in missing
            and (any_language or in_encoder_language(text, language))
        ):
            missing[hash_] = CatalogueText(fact_check_id, text, hash_)
    return list(missing.values())


async def store_vectors(
    session: AsyncSession, model: str, texts: Sequence[str], vectors: Vector
) -> None:
    """Store one vector per text (a text already stored for `model` is left as it is)."""
    known = set(
        (
            await session.exec(
                select(TextVector.text_hash).where(
                    TextVector.model == model,
                    col(TextVector.text_hash).in_([text_hash(text) for text in texts]),
                )
            )
        ).all()
    )
    for text, vector in zip(texts, vectors, strict=True):
        hash_ = text_hash(text)
        if hash_ not in known:
            known.add(hash_)
            session.add(TextVector(text_hash=hash_, model=model, vector=to_bytes(vector)))
    await session.flush()
