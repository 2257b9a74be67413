"""Semantic re-ranking of a search's best candidates, when a sentence encoder is installed.

With an encoder (`matching.sentence_encoder`), `TextIndex` takes the first SEMANTIC_CANDIDATES of
its lexical order, computes the cosine between the voter's message and each of them, and orders
those by `semantic_order`: the lexical ranking (1 for the best) and the cosine, mixed. The best of
them may then be raised by `semantic_scores`: a logistic model on the lexical model's probability
and the cosine, fitted like the rest of `text_score` (CheckThat! train, each tweet searched with
its fact-check present and removed; `python -m benchmarks.text_semantic` prints these constants).

No runner-up gap here, on purpose: the cosine is evidence on its own, so the rule holds in a
catalogue of any size (the clear-winner rule of `text_score` needs a large one).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np
import numpy.typing as npt

from matching.language import detect_language
from matching.text_score import raised_scores

FloatArray = npt.NDArray[np.float64]

# Candidates (lexical order) that get a cosine. The right CheckThat! fact-check is among the first
# 20 for 95% of dev tweets; each one not yet embedded costs an encoder pass (about 15 ms).
SEMANTIC_CANDIDATES = 20
# Fitted by benchmarks/text_semantic.py on CheckThat! train (dev held out): the share of the
# cosine in the order of those candidates (the rest is the lexical ranking), chosen by MAP@5...
COSINE_SHARE = 0.75
# ...and the answer model on the first candidate, with its threshold chosen out-of-fold.
SEMANTIC_WEIGHTS = (0.4107, 10.0186)  # logit of the lexical probability, cosine
SEMANTIC_BIAS = -4.9015
# Chosen on one text per fact-check. In the bot's shape (claim and title as two texts) it
# answers 98.0% right on train (347 right, 7 wrong) and 96.8% on dev; `python -m
# benchmarks.best_hit_cut --semantic` finds no cut below 0.99 that answers 99% right there, and
# 0.99 answers fewer than the lexical default (281 against 294): the model itself needs fitting
# on that shape (decision 148), not only its cut.
SEMANTIC_ANSWER_PROBABILITY = 0.9352
# The encoder is English (all-MiniLM-L6-v2): texts in other languages get no cosine.
SEMANTIC_LANGUAGES = frozenset({"en"})


class Encoder(Protocol):
    """What `TextIndex` needs of a sentence encoder (`matching.sentence_encoder`)."""

    def encode(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """One unit vector per text."""
        ...


def in_encoder_language(text: str, lang: str | None = None) -> bool:
    """Whether `text` is one the encoder was trained on: its `lang` if known, else detected.

    Mostly Latin letters and not detected as another language the bot speaks; an English text too
    short to detect counts (the lexical score still has to agree for an answer).
    """
    if lang is not None:
        # A tag like "en-US" or "EN" names English too.
        return lang.replace("_", "-").split("-")[0].casefold() in SEMANTIC_LANGUAGES
    letters = [char for char in text if char.isalpha()]
    if not letters or sum(char.isascii() for char in letters) < 0.5 * len(letters):
        return False
    return detect_language(text) in (None, *SEMANTIC_LANGUAGES)


def semantic_order(
    ranking: FloatArray, cosine: FloatArray, share: float = COSINE_SHARE
) -> FloatArray:
    """What orders the re-ranked candidates, higher first (`share`: for the calibration)."""
    result: FloatArray = (1.0 - share) * ranking + share * cosine
    return result


def semantic_probability(
    p: FloatArray,
    cosine: FloatArray,
    weights: tuple[float, ...] = SEMANTIC_WEIGHTS,
    bias: float = SEMANTIC_BIAS,
) -> FloatArray:
    """The model's probability that a best candidate is right, from its lexical p and cosine."""
    clipped = np.clip(p, 1e-6, 1.0 - 1e-6)
    logits = weights[0] * np.log(clipped / (1.0 - clipped)) + weights[1] * cosine + bias
    result: FloatArray = 1.0 / (1.0 + np.exp(-np.clip(logits, -50.0, 50.0)))
    return result


def semantic_scores(
    p: FloatArray,
    cosine: FloatArray,
    factors: FloatArray,
    *,
    weights: tuple[float, ...] = SEMANTIC_WEIGHTS,
    bias: float = SEMANTIC_BIAS,
    answer_probability: float | None = None,
) -> FloatArray:
    """The lowest score each best candidate gets from its cosine (0 below the answer point),
    mapped by `text_score.raised_scores`. A search keeps the higher of this and the hit's own
    score. The keyword arguments are for the calibration benchmarks, which try other constants
    (`answer_probability`: SEMANTIC_ANSWER_PROBABILITY, read at each call, when None).
    """
    cut = SEMANTIC_ANSWER_PROBABILITY if answer_probability is None else answer_probability
    return raised_scores(semantic_probability(p, cosine, weights, bias), cut, factors)
