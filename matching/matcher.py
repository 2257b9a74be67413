"""The facade the bot searches: many texts and image fingerprints per key, one hit per key back.

A fact-check is found by its claim, its title, aliases, or the images it debunks; the Matcher
indexes each of them under the fact-check's key and reports only the best hit for each key.

Images: store the `index_fingerprints` of each fact-check image with `add_fingerprint` (they are
what the storage layer keeps, as hex), and search with all the `query_fingerprints` of a voter's
picture (`search(images=...)`); a fact-check's best fingerprint against any of them counts.

Texts have a role (`TextRole`). A fact-check's title often states its verdict ("No, the vote is
not postponed"), the opposite of the claim it reviews ("The vote is postponed"): a message that
matches the title best but contradicts the claim would be answered "False" about what it says.
So the contradiction guard compares a title's match with the claim too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from enum import StrEnum
from typing import Generic

from matching.claim_contradiction import find_conflict
from matching.cross_lingual import MultilingualEncoder
from matching.hits import Hit, K
from matching.image_fingerprint import ImageFingerprint
from matching.image_index import (
    DEFAULT_ANSWER_DISTANCE_BITS,
    DEFAULT_MAX_DISTANCE_BITS,
    ImageIndex,
)
from matching.text_index import DEFAULT_MIN_SCORE, FloatVector, TextIndex
from matching.text_semantic import Encoder
from matching.thresholds import DEFAULT_SUGGEST_THRESHOLD, DEMOTED_SCORE_CAP


class TextRole(StrEnum):
    """What an indexed text is to its fact-check (the guard treats a title's match differently)."""

    CLAIM = "claim"  # the statement the verdict is about
    TITLE = "title"  # the publisher's headline: often the verdict in words, the claim negated
    ALIAS = "alias"  # a wording the desk linked to the fact-check: their judgement stands


class Matcher(Generic[K]):
    """Texts and fingerprints accumulated per key (any hashable), searched together."""

    def __init__(
        self,
        *,
        max_distance_bits: int = DEFAULT_MAX_DISTANCE_BITS,
        answer_distance_bits: int = DEFAULT_ANSWER_DISTANCE_BITS,
        min_text_score: float = DEFAULT_MIN_SCORE,
        encoder: Encoder | None = None,
        multilingual: MultilingualEncoder | None = None,
    ) -> None:
        """`encoder` (optional) adds semantic re-ranking to text searches, `multilingual`
        (optional) matching by meaning across languages (see TextIndex)."""
        self._texts: TextIndex[tuple[K, int]] = TextIndex(
            min_text_score, encoder=encoder, multilingual=multilingual
        )
        self._images: ImageIndex[K] = ImageIndex(
            max_distance_bits, min(answer_distance_bits, max_distance_bits)
        )
        self._text_ids: dict[K, dict[str, int]] = {}
        self._claims: dict[K, list[str]] = {}
        self._titles: dict[K, set[str]] = {}
        self._next_id = 0

    def add_text(
        self,
        key: K,
        text: str,
        lang: str | None = None,
        vector: FloatVector | None = None,
        dense_vector: FloatVector | None = None,
        role: TextRole = TextRole.CLAIM,
    ) -> None:
        """Also find `key` by `text` (claim, title, alias...); the same text twice is kept once.

        `role`: a `TITLE` match is also checked against the key's claims (module docstring);
        a text keeps the role it was first added with.
        `vector`: the text's sentence vector computed earlier (see `TextIndex.add`); given for a
        text already there, it is attached to it. `dense_vector`: the same for the multilingual
        encoder.
        """
        known = self._text_ids.setdefault(key, {})
        if text not in known:
            # The first role a text comes with stays (adding a vector later passes none).
            if role is TextRole.CLAIM:
                self._claims.setdefault(key, []).append(text)
            elif role is TextRole.TITLE:
                self._titles.setdefault(key, set()).add(text)
            known[text] = self._new_id()
            self._texts.add((key, known[text]), text, lang, vector, dense_vector)
        elif vector is not None or dense_vector is not None:
            self._texts.set_vector((key, known[text]), vector, dense_vector)

    def add_fingerprint(self, key: K, fingerprint: ImageFingerprint) -> None:
        """Also find `key` by images like `fingerprint`; the same fingerprint twice is kept once."""
        self._images.add_fingerprint(key, fingerprint)

    def remove(self, key: K) -> None:
        """Forget every text and fingerprint of `key`; an unknown key is ignored."""
        self._claims.pop(key, None)
        self._titles.pop(key, None)
        for number in self._text_ids.pop(key, {}).values():
            self._texts.remove((key, number))
        self._images.remove(key)

    @property
    def guard(self) -> bool:
        """Whether the contradiction guard is on (it is, unless measuring without it)."""
        return self._texts.guard

    @guard.setter
    def guard(self, on: bool) -> None:
        self._texts.guard = on

    def __len__(self) -> int:
        return len(self._text_ids.keys() | self._images.keys())

    def __contains__(self, key: object) -> bool:
        return key in self._text_ids or key in self._images

    def search(
        self,
        text: str | None = None,
        image: ImageFingerprint | None = None,
        k: int = 5,
        *,
        images: Sequence[ImageFingerprint] = (),
    ) -> list[Hit[K]]:
        """Up to `k` keys, best first, each with the best of its text and image hits.

        `images` are the `query_fingerprints` of the voter's picture (or pictures); `image` is
        one more fingerprint, kept for callers that have a single one.
        """
        if k <= 0:
            return []
        best: dict[K, Hit[K]] = {}
        hits: list[Hit[K]] = []
        if text is not None:
            for inner in _distinct_keys(lambda n: self._texts.search(text, n), k):
                hit = Hit(inner.key[0], inner.score, inner.signal, inner.matched, inner.conflict)
                hits.append(self._checked_against_claim(hit, text))
        fingerprints = [*images, *([image] if image is not None else [])]
        if fingerprints:
            hits += self._images.search_fingerprints(fingerprints, k)
        for hit in hits:
            if hit.key not in best or hit.score > best[hit.key].score:
                best[hit.key] = hit
        return sorted(best.values(), key=lambda hit: (-hit.score, hit.conflict is not None))[:k]

    def _checked_against_claim(self, hit: Hit[K], text: str) -> Hit[K]:
        """`hit`, demoted like any conflicting hit when it matched a title only and `text`
        contradicts the key's claim."""
        claims = self._claims.get(hit.key, [])
        if (
            not self._texts.guard
            or hit.conflict is not None
            or hit.score < DEFAULT_SUGGEST_THRESHOLD  # nobody acts on it: as in `TextIndex`
            or hit.matched not in self._titles.get(hit.key, ())
            or hit.matched in claims
        ):
            return hit
        for claim in claims:
            conflict = find_conflict(text, claim)
            if conflict is not None:
                return replace(hit, score=min(hit.score, DEMOTED_SCORE_CAP), conflict=conflict)
        return hit

    def _new_id(self) -> int:
        self._next_id += 1
        return self._next_id


def _distinct_keys(
    search: Callable[[int], list[Hit[tuple[K, int]]]], k: int
) -> list[Hit[tuple[K, int]]]:
    """Inner hits covering `k` distinct keys when there are that many (a key has many entries)."""
    wanted = k
    while True:
        hits = search(wanted)
        if len(hits) < wanted or len({hit.key[0] for hit in hits}) >= k:
            return hits
        wanted *= 2
