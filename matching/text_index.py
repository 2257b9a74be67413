"""An in-memory index of texts by key, searched with the calibrated scorer of `text_score`.

v1 scans every entry: rapidfuzz's cdist gives a cheap upper bound for all of them at once, and
only the best candidates are confirmed with the exact scorer. Exact, and fast enough for ~10^4
entries; a later version swaps the scan for a real index behind the same methods.
"""

from __future__ import annotations

import os
from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any, Generic

import numpy as np

from matching.hits import Hit, K, Signal
from matching.index_file import (
    decode_key,
    encode_key,
    malformed_index_file,
    read_index_file,
    write_index_file,
)
from matching.text_score import PreparedText, prepare, score_prepared, upper_bounds

# Voters paste whole chain letters; past this many characters the rest of a query is ignored so
# one huge message cannot stall the matcher.
MAX_QUERY_CHARS = 10_000
# Hits below this score are noise, not even worth showing a fact-checker.
DEFAULT_MIN_SCORE = 0.3
# Float slack between the vectorised bound and the exact score, so pruning never drops a hit.
_BOUND_SLACK = 1e-9

_FILE_KIND = "tipline.matching.TextIndex"


@dataclass(frozen=True)
class _Entry:
    text: str
    lang: str | None
    prepared: PreparedText


class TextIndex(Generic[K]):
    """Texts by key (any hashable); search returns the best-scoring keys for a voter's text."""

    def __init__(self, min_score: float = DEFAULT_MIN_SCORE) -> None:
        if not 0.0 <= min_score <= 1.0:
            raise ValueError(f"min_score must be in [0, 1], got {min_score!r}")
        self.min_score = min_score
        self._entries: dict[K, _Entry] = {}
        self._snapshot: tuple[list[K], list[str]] | None = None

    def add(self, key: K, text: str, lang: str | None = None) -> None:
        """Index `text` under `key`, replacing whatever `key` had.

        `lang` is stored and saved with the text; v1 scoring does not use it (texts in different
        languages do not match each other anyway).
        """
        self._entries.pop(key, None)
        self._entries[key] = _Entry(text, lang, prepare(text))
        self._snapshot = None

    def remove(self, key: K) -> None:
        """Forget `key`; a key that is not indexed is ignored."""
        if self._entries.pop(key, None) is not None:
            self._snapshot = None

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, key: object) -> bool:
        return key in self._entries

    def search(self, text: str, k: int = 5) -> list[Hit[K]]:
        """Up to `k` hits scoring at least `min_score`, best first (ties: oldest entry first)."""
        if k <= 0 or not self._entries:
            return []
        query = prepare(text[:MAX_QUERY_CHARS])
        if not query.normalised:
            return []
        keys, normalised = self._arrays()
        bounds = upper_bounds(query, normalised)
        # Stable sort: equal bounds keep insertion order, matching the tie rule above.
        order = np.argsort(-bounds, kind="stable")
        found: list[tuple[float, int]] = []
        for position in order.tolist():
            bound = float(bounds[position])
            floor = found[-1][0] if len(found) >= k else self.min_score
            if bound + _BOUND_SLACK < floor:
                break
            score = score_prepared(query, self._entries[keys[position]].prepared)
            if score < self.min_score:
                continue
            found.append((score, position))
            found.sort(key=lambda item: (-item[0], item[1]))
            del found[k:]
        return [
            Hit(keys[position], score, Signal.TEXT, self._entries[keys[position]].text)
            for score, position in found
        ]

    def _arrays(self) -> tuple[list[K], list[str]]:
        if self._snapshot is None:
            keys = list(self._entries)
            self._snapshot = (keys, [self._entries[key].prepared.normalised for key in keys])
        return self._snapshot

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the index to `path` as JSON (keys must be int, str, bool, None or tuples)."""
        entries = [
            {"key": encode_key(key), "text": entry.text, "lang": entry.lang}
            for key, entry in self._entries.items()
        ]
        write_index_file(path, _FILE_KIND, {"min_score": self.min_score, "entries": entries})

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> TextIndex[Any]:
        """An index read from a file written by `save`; IndexFileError if it is not one."""
        document = read_index_file(path, _FILE_KIND)
        try:
            index: TextIndex[Hashable] = TextIndex(float(document["min_score"]))
            for entry in document["entries"]:
                index.add(decode_key(entry["key"]), str(entry["text"]), entry["lang"])
        except (KeyError, TypeError, ValueError) as error:
            raise malformed_index_file(path, error) from error
        return index
