"""How the catalogue's fact-checks become a `matching.Matcher`'s texts and pictures: one way,
shared by the worker's index (`match_index`) and the copy in its matching process
(`match_replica`), so that both copies hold the same texts with the same roles."""

from __future__ import annotations

from collections.abc import Sequence

from factchecks.catalogue import IndexEntry, text_hash
from factchecks.text_vectors import Vector
from matching import ImageFingerprint, Matcher, TextRole


def add_entry(
    matcher: Matcher[int],
    entry: IndexEntry,
    vectors: dict[str, Vector] | None = None,
    dense: dict[str, Vector] | None = None,
) -> None:
    """Make one fact-check's texts (with their stored vectors, by text hash) and pictures
    matchable in `matcher`."""
    for text, language, role in entry.texts:
        hash_ = text_hash(text) if vectors or dense else ""
        vector = vectors.get(hash_) if vectors else None
        dense_vector = dense.get(hash_) if dense else None
        matcher.add_text(entry.fact_check_id, text, language, vector, dense_vector, role)
    for fingerprint in entry.fingerprints:
        matcher.add_fingerprint(entry.fact_check_id, ImageFingerprint.from_hex(fingerprint))


def add_aliases(
    matcher: Matcher[int], fact_check_id: int, texts: Sequence[str], fingerprints: Sequence[str]
) -> None:
    """The desk's new wordings (aliases) and pictures of a fact-check, in `matcher`."""
    for text in texts:
        matcher.add_text(fact_check_id, text, role=TextRole.ALIAS)
    for fingerprint in fingerprints:
        matcher.add_fingerprint(fact_check_id, ImageFingerprint.from_hex(fingerprint))
