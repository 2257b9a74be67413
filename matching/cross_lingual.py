"""Matching by meaning across languages, with a multilingual sentence encoder (optional).

With a multilingual encoder (`TextIndex(multilingual=...)`, the `multilingual` extra:
multilingual-e5-small, see bot/multilingual_model.py), every catalogue text has a "passage"
vector and a voter's message gets one "query" vector; the nearest texts by cosine form a first
stage that needs no shared word, so a Hindi message finds an English fact-check. The same cosines
re-rank the lexical candidates of every language.

The model's cosines are squeezed together (right matches around 0.88, the nearest wrong one
around 0.83), so no fixed cosine is a cut-off. What decides is the `evidence` of the nearest
fact-check: its cosine plus its lead over the nearest *other* fact-check. A message is answered
on that evidence alone only in a language with a calibrated threshold (`ANSWER_EVIDENCE`, fitted
per language by `python -m benchmarks.cross_lingual` on a calibration half of translated
CheckThat! tweets, each searched with its fact-check present and removed, so the threshold keeps
at least 98% of answers right); in any other language, or below the threshold, the nearest
fact-check is only suggested to the desk. The contradiction guard still applies (`TextIndex`),
and a message in the matched text's own language is answered only when the words agree too
(`TextIndex._lexically_backed`, decision 123): the lead is calibrated on a pool of a thousand
fact-checks, and a small catalogue's is far larger whatever the message says.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np
import numpy.typing as npt

FloatVectors = npt.NDArray[np.float32]

# Texts the dense first stage returns per message (distinct keys are found among them).
DENSE_CANDIDATES = 20
# Calibrated by benchmarks/cross_lingual.py (calibration half only; the reported half is never
# seen): the lowest evidence (cosine + lead over the next fact-check) answered in each language
# of the voter's message. A language missing here is never answered across languages.
ANSWER_EVIDENCE: dict[str, float] = {
    "en": 0.889,
    "es": 0.875,
    "fr": 0.867,
    "ar": 0.874,
    "hi": 0.907,
    "sw": 0.901,
    "id": 0.878,
}
# The score a calibrated dense answer gets (above the default answer threshold, 0.8) and the
# score of a dense suggestion (between the suggestion and answer thresholds).
DENSE_ANSWER_SCORE = 0.85
DENSE_SUGGEST_SCORE = 0.6
# Below this lead over the next fact-check, the nearest one is not worth the desk's time.
SUGGEST_MIN_LEAD = 0.005
# Catalogue texts without a stored vector embedded during a search (a small catalogue, or the
# few texts a desk just added); more wait for the bot's background job, since each costs a
# search 60 ms or more.
LAZY_EMBED_TEXTS = 32


class MultilingualEncoder(Protocol):
    """What the index needs of a multilingual encoder: E5's two kinds of input."""

    def query(self, texts: Sequence[str]) -> FloatVectors:
        """One unit vector per voter's message."""
        ...

    def passage(self, texts: Sequence[str]) -> FloatVectors:
        """One unit vector per catalogue text."""
        ...


@dataclass(frozen=True)
class DenseHit:
    """The nearest catalogue text of a message by meaning, with its evidence."""

    slot: int
    cosine: float
    lead: float  # over the nearest text of another key (0 when there is none)

    @property
    def evidence(self) -> float:
        """What the calibrated threshold is compared with."""
        return self.cosine + self.lead


def nearest(
    query: FloatVectors, matrix: FloatVectors, slots: Sequence[int], keys: Sequence[object]
) -> DenseHit | None:
    """The nearest row of `matrix` (unit vectors of `slots`, whose keys are `keys`) to `query`,
    and its lead over the nearest row of another key; None for an empty matrix."""
    if not len(slots):
        return None
    cosines = matrix @ query
    order = np.argsort(-cosines, kind="stable")
    best = int(order[0])
    lead = 0.0
    for row in order[1:].tolist():
        if keys[row] != keys[best]:
            lead = float(cosines[best] - cosines[row])
            break
    return DenseHit(slots[best], float(cosines[best]), lead)


def nearest_scan(
    query: FloatVectors,
    vectors: Sequence[FloatVectors],
    slots: Sequence[int],
    keys: Sequence[object],
) -> DenseHit | None:
    """The slow twin of `nearest`: every vector compared in a plain loop."""
    best: tuple[float, int] | None = None
    for row, vector in enumerate(vectors):
        cosine = float(np.dot(vector.astype(np.float64), query.astype(np.float64)))
        if best is None or cosine > best[0]:
            best = (cosine, row)
    if best is None:
        return None
    others = [
        float(np.dot(vector.astype(np.float64), query.astype(np.float64)))
        for row, vector in enumerate(vectors)
        if keys[row] != keys[best[1]]
    ]
    lead = best[0] - max(others) if others else 0.0
    return DenseHit(slots[best[1]], best[0], lead)


# The tag of a text whose language is not known ("und", ISO 639-2): no language to compare.
UNDETERMINED = "und"


def language_of_tag(lang: str | None) -> str | None:
    """ "hi" for "hi", "hi-IN" or "HI_in"; None stays None."""
    if not lang:
        return None
    return lang.replace("_", "-").split("-")[0].casefold()


def answers_across(hit: DenseHit, lang: str | None) -> bool:
    """Whether `hit` is sure enough to answer a message in `lang` (its detected language)."""
    threshold = ANSWER_EVIDENCE.get(language_of_tag(lang) or "")
    return threshold is not None and hit.evidence >= threshold


def dense_score(hit: DenseHit, lang: str | None) -> float:
    """The score the nearest text's key gets from the dense stage: an answer where calibrated
    and sure, a suggestion where it leads at all, else 0."""
    if answers_across(hit, lang):
        return DENSE_ANSWER_SCORE
    if hit.lead >= SUGGEST_MIN_LEAD:
        return DENSE_SUGGEST_SCORE
    return 0.0
