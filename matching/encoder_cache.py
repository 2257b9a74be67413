"""Recent sentence vectors kept, so one message is encoded once however many indexes search it.

A voter's message is searched in the catalogue and, when nothing answers it, in the open queue
(its grouping uses the same model): both ask the encoder for the message's vector. Encoding is
the costly part of a semantic search (a 6-layer transformer, tens of milliseconds a text), so
`RecentVectors` wraps an encoder and remembers the vectors of the last `size` texts it saw. The
answer is the wrapped encoder's, row for row (a test compares the two).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from matching.text_semantic import Encoder

FloatArray = npt.NDArray[np.float32]


class RecentVectors:
    """An `Encoder` that encodes only the texts it has not seen lately; thread-safe."""

    def __init__(self, encoder: Encoder, size: int = 512) -> None:
        self._encoder = encoder
        self._size = size
        self._vectors: OrderedDict[str, FloatArray] = OrderedDict()
        self._lock = threading.Lock()

    def encode(self, texts: Sequence[str]) -> FloatArray:
        """One unit vector per text, as the wrapped encoder gives it."""
        if not texts:
            return self._encoder.encode(texts)
        with self._lock:
            known = {text: self._vectors[text] for text in texts if text in self._vectors}
            for text in known:
                self._vectors.move_to_end(text)
        missing = list(dict.fromkeys(text for text in texts if text not in known))
        if missing:
            # Encoded outside the lock: another thread's search need not wait for this one.
            fresh = self._encoder.encode(missing)
            found = dict(zip(missing, fresh, strict=True))
            with self._lock:
                for text, vector in found.items():
                    self._vectors[text] = vector
                    self._vectors.move_to_end(text)
                while len(self._vectors) > self._size:
                    self._vectors.popitem(last=False)
            known.update(found)
        return np.stack([known[text] for text in texts])
