"""The baselines the text engine is measured against, each ranking a whole pool for a query.

* a full rapidfuzz `token_set_ratio` scan (the obvious approach, and the v1 engine's core);
* a plain Okapi BM25 (k1=1.2, b=0.75, `\\w+` tokens, a small English stop-list), as in
  ../shared/benchdata/README.md;
* bm25s, a fast numpy BM25 from PyPI, when installed (`pip install -e '.[bench]'`).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

FloatArray = npt.NDArray[np.float64]

_URL = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S+", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_STOP_WORD_LIST = (
    "a an and are as at be been but by for from has have he her his i if in into is it its "
    "me my no not of on or our she so that the their them they this to was we were what "
    "when which who will with you your"
)
ENGLISH_STOP_WORDS = frozenset(_STOP_WORD_LIST.split())


class Ranker(Protocol):
    """Something that ranks a fixed pool for a query."""

    def top(self, query: str, k: int) -> list[tuple[int, float]]:
        """The best `k` (pool position, score) pairs, best first."""
        ...


def without_urls(text: str) -> str:
    """`text` with links removed (what the README's baselines were given)."""
    return _URL.sub(" ", text)


class FuzzyScan:
    """rapidfuzz token_set_ratio against every text of the pool."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._texts = list(texts)

    def top(self, query: str, k: int) -> list[tuple[int, float]]:
        """The best `k` texts by token_set_ratio (0-100), ties by position."""
        found = process.extract(
            without_urls(query),
            self._texts,
            scorer=fuzz.token_set_ratio,
            processor=_fuzzy_processor,
            limit=k,
        )
        return [(int(position), float(score)) for _, score, position in found]


def _fuzzy_processor(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


class OkapiBM25:
    """Okapi BM25 over `\\w+` tokens without stop words, scoring every text of the pool."""

    def __init__(self, texts: Sequence[str], k1: float = 1.2, b: float = 0.75) -> None:
        self._k1, self._b = k1, b
        documents = [_okapi_tokens(text) for text in texts]
        self._size = len(documents)
        self._average = sum(map(len, documents)) / max(1, self._size)
        frequency: Counter[str] = Counter()
        self._postings: dict[str, list[tuple[int, int]]] = {}
        self._lengths = np.array([len(tokens) for tokens in documents], dtype=np.float64)
        for position, tokens in enumerate(documents):
            for token, count in Counter(tokens).items():
                frequency[token] += 1
                self._postings.setdefault(token, []).append((position, count))
        self._idf = {
            token: math.log1p((self._size - n + 0.5) / (n + 0.5)) for token, n in frequency.items()
        }

    def top(self, query: str, k: int) -> list[tuple[int, float]]:
        """The best `k` texts by BM25."""
        scores = np.zeros(self._size)
        norm = self._k1 * (1 - self._b + self._b * self._lengths / self._average)
        for token in set(_okapi_tokens(without_urls(query))):
            for position, count in self._postings.get(token, ()):
                scores[position] += (
                    self._idf[token] * count * (self._k1 + 1) / (count + norm[position])
                )
        best = np.argsort(-scores, kind="stable")[:k]
        return [(int(position), float(scores[position])) for position in best]


def _okapi_tokens(text: str) -> list[str]:
    return [word for word in _WORD.findall(text.lower()) if word not in ENGLISH_STOP_WORDS]


class Bm25s:
    """bm25s with its own English tokeniser and stop words (queries without URLs)."""

    def __init__(self, texts: Sequence[str]) -> None:
        import bm25s  # type: ignore[import-untyped]

        self._bm25s: Any = bm25s
        self._retriever: Any = bm25s.BM25()
        tokens = bm25s.tokenize(list(texts), stopwords="en", show_progress=False)
        self._retriever.index(tokens, show_progress=False)
        self._size = len(texts)

    def top(self, query: str, k: int) -> list[tuple[int, float]]:
        """The best `k` texts by bm25s's BM25."""
        tokens = self._bm25s.tokenize(
            [without_urls(query)], stopwords="en", show_progress=False, return_ids=False
        )
        if not tokens[0]:
            return []
        documents, scores = self._retriever.retrieve(
            tokens, k=min(k, self._size), show_progress=False, n_threads=1
        )
        return [(int(d), float(s)) for d, s in zip(documents[0], scores[0], strict=True)]


def bm25s_available() -> bool:
    """Whether the optional bm25s package is installed."""
    try:
        import bm25s  # noqa: F401
    except ImportError:
        return False
    return True
