"""The facade the bot searches: many texts and image fingerprints per key, one hit per key back.

A fact-check is found by its claim, its title, aliases, or the images it debunks; the Matcher
indexes each of them under the fact-check's key and reports only the best hit for each key.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic

from matching.hits import Hit, K
from matching.image_fingerprint import ImageFingerprint
from matching.image_index import DEFAULT_MAX_DISTANCE_BITS, ImageIndex
from matching.text_index import DEFAULT_MIN_SCORE, TextIndex


class Matcher(Generic[K]):
    """Texts and fingerprints accumulated per key (any hashable), searched together."""

    def __init__(
        self,
        *,
        max_distance_bits: int = DEFAULT_MAX_DISTANCE_BITS,
        min_text_score: float = DEFAULT_MIN_SCORE,
    ) -> None:
        self._texts: TextIndex[tuple[K, int]] = TextIndex(min_text_score)
        self._images: ImageIndex[tuple[K, int]] = ImageIndex(max_distance_bits)
        self._text_ids: dict[K, dict[str, int]] = {}
        self._image_ids: dict[K, dict[str, int]] = {}
        self._next_id = 0

    def add_text(self, key: K, text: str, lang: str | None = None) -> None:
        """Also find `key` by `text` (claim, title, alias...); the same text twice is kept once."""
        known = self._text_ids.setdefault(key, {})
        if text not in known:
            known[text] = self._new_id()
            self._texts.add((key, known[text]), text, lang)

    def add_fingerprint(self, key: K, fingerprint: ImageFingerprint) -> None:
        """Also find `key` by images like `fingerprint`; the same fingerprint twice is kept once."""
        known = self._image_ids.setdefault(key, {})
        if fingerprint.hex() not in known:
            known[fingerprint.hex()] = self._new_id()
            self._images.add_fingerprint((key, known[fingerprint.hex()]), fingerprint)

    def remove(self, key: K) -> None:
        """Forget every text and fingerprint of `key`; an unknown key is ignored."""
        for number in self._text_ids.pop(key, {}).values():
            self._texts.remove((key, number))
        for number in self._image_ids.pop(key, {}).values():
            self._images.remove((key, number))

    def __len__(self) -> int:
        return len(self._text_ids.keys() | self._image_ids.keys())

    def __contains__(self, key: object) -> bool:
        return key in self._text_ids or key in self._image_ids

    def search(
        self, text: str | None = None, image: ImageFingerprint | None = None, k: int = 5
    ) -> list[Hit[K]]:
        """Up to `k` keys, best first, each with the best of its text and image hits."""
        if k <= 0:
            return []
        best: dict[K, Hit[K]] = {}
        inner_hits: list[Hit[tuple[K, int]]] = []
        if text is not None:
            inner_hits += _distinct_keys(lambda n: self._texts.search(text, n), k)
        if image is not None:
            inner_hits += _distinct_keys(lambda n: self._images.search_fingerprint(image, n), k)
        for inner in inner_hits:
            key = inner.key[0]
            if key not in best or inner.score > best[key].score:
                best[key] = Hit(key, inner.score, inner.signal, inner.matched)
        return sorted(best.values(), key=lambda hit: -hit.score)[:k]

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
