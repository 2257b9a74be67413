"""`RecentVectors` gives what its encoder gives, and encodes a text it saw lately only once."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
import pytest

from matching.encoder_cache import RecentVectors
from matching.sentence_encoder import load_bundled_encoder


class CountingEncoder:
    """A tiny deterministic encoder (a text's letters counted, normalised) that records what
    it was asked to encode."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def encode(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        self.asked.extend(texts)
        rows = np.zeros((len(texts), 26), dtype=np.float32)
        for row, text in enumerate(texts):
            for char in text.lower():
                if "a" <= char <= "z":
                    rows[row, ord(char) - ord("a")] += 1
        return rows / np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-9)


def test_a_message_searched_twice_is_encoded_once() -> None:
    counting = CountingEncoder()
    cached = RecentVectors(counting, size=3)
    first = cached.encode(["polling stations close at noon", "ballots are counted"])
    again = cached.encode(["polling stations close at noon", "vote by sms"])
    assert counting.asked == [
        "polling stations close at noon",
        "ballots are counted",
        "vote by sms",
    ]
    assert np.array_equal(first[0], again[0])
    # Held: ballots (oldest), polling (used again), sms. Two new texts push out the two oldest.
    cached.encode(["the army guards the boxes", "the results are final"])
    cached.encode(["polling stations close at noon"])
    assert counting.asked[-1] == "polling stations close at noon"
    assert cached.encode([]).shape[0] == 0


def test_the_vectors_are_the_encoders_own_row_for_row() -> None:
    """The slow twin: the bundled model itself, without the cache."""
    model = load_bundled_encoder()
    if model is None:
        pytest.skip("the semantic extra is not installed")
    texts = [
        "Voting machines in the northern district were hacked overnight",
        "You can vote by SMS this year",
        "Voting machines in the northern district were hacked overnight",
        "Polling stations will close at noon",
    ]
    cached = RecentVectors(model, size=2)
    cached.encode(texts[1:2])
    assert np.allclose(cached.encode(texts), model.encode(texts), atol=1e-6)
    assert np.allclose(cached.encode(texts[::-1]), model.encode(texts[::-1]), atol=1e-6)
