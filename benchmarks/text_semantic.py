"""Experiment: does a static sentence-embedding cosine raise safe answer coverage on CheckThat!?

Standalone, not part of `python -m benchmarks`; needs `pip install wordllama` (its wheel ships
the 256-dim l2_supercat token embeddings and tokenizer, so it runs with no network):

    python -m benchmarks.text_semantic

For every train and dev tweet the TextIndex re-ranks its candidates as `search` does; the first
TOP of them (engine order) get the cosine between the tweet and the fact-check text (claim +
title; fact-check vectors are computed once for the pool, as an index would store them). Each
tweet is searched with its fact-check(s) present and again removed through `remove`/`add`, the
protocol of `text_quality`, so every answer with them removed is wrong.

Reported: MAP@5 when re-ranking by a mix of our score (or ranking) and the cosine, and the share
of tweets answered right at >= 98% right for answer rules that also use the cosine: thresholds
on (score, cosine), and small logistic combinations. Rules are tuned on train (needing
TARGET_PRECISION + SAFETY_MARGIN there, as `text_calibration` does) and reported out-of-fold on
train and held out on dev; the same rule tuned on dev itself (in-sample) is shown beside them
(for logistic rules not an upper bound: the fit maximises likelihood, not coverage).
"""

from __future__ import annotations

import importlib
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from benchmarks.text_data import FactCheck, Split, load_factchecks, load_split, missing_reason
from matching.text_index import Candidates, TextIndex
from matching.thresholds import DEFAULT_ANSWER_THRESHOLD

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]

# Candidates (engine order) that get a cosine.
TOP = 20
TARGET_PRECISION = 0.98
SAFETY_MARGIN = 0.01
FOLDS = 5
L2 = 1e-2
MIX_WEIGHTS = tuple(np.round(np.arange(0.0, 1.0001, 0.05), 2).tolist())
SCORE_GRID = tuple(np.round(np.arange(0.30, 1.0001, 0.01), 2).tolist())
COSINE_GRID = tuple(np.round(np.arange(0.0, 1.0001, 0.01), 2).tolist())


@dataclass(frozen=True)
class Listing:
    """The first TOP candidates of one search, engine order: what the rules see."""

    relevant: BoolArray
    score: FloatArray
    ranking: FloatArray
    cosine: FloatArray


@dataclass(frozen=True)
class QueryData:
    """One tweet searched with its fact-check(s) present and removed."""

    relevant_count: int
    present: Listing
    removed: Listing


@dataclass(frozen=True)
class Costs:
    """What the semantic feature adds: time and memory."""

    load_s: float
    pool_s: float
    model_mb: float
    pool_mb: float
    engine_ms: list[float]
    semantic_ms: list[float]
    semantic_on_the_fly_ms: list[float]


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def load_model() -> Any:
    """WordLlama l2_supercat 256-d, from the files inside the wheel (downloads disabled).

    wordllama 0.4 looks for its bundled tokenizer in `wordllama/tokenizer/` but the wheel has
    `wordllama/tokenizers/`; passing the package folder as cache_dir finds both files there.
    """
    module = importlib.import_module("wordllama")
    folder = Path(module.__file__ or "").parent
    return module.WordLlama.load(cache_dir=folder, disable_download=True)


def _listing(
    index: TextIndex[str], text: str
) -> tuple[Candidates[str], list[int], list[str], FloatArray]:
    """The candidates of `text`, the rows of the first TOP in search's order, their keys."""
    found = index.candidates(text)
    ranking = found.ranking
    order = sorted(range(len(found.slots)), key=lambda row: (-ranking[row], found.slots[row]))
    order = order[:TOP]
    keys = [found.keys[row] for row in order]
    return found, order, keys, ranking


def collect(
    index: TextIndex[str],
    split: Split,
    model: Any,
    vectors: FloatArray,
    row_of: dict[str, int],
    costs: Costs,
) -> list[QueryData]:
    """Both listings of every query of `split`, timing engine and cosine per query."""
    texts = {factcheck.id: factcheck.text for factcheck in split.factchecks}
    result = []
    for position, query in enumerate(split.queries):
        started = time.perf_counter()
        found, order, keys, ranking = _listing(index, query.text)
        costs.engine_ms.append(1000 * (time.perf_counter() - started))
        started = time.perf_counter()
        query_vector = np.asarray(model.embed([query.text], norm=True)[0], dtype=np.float64)
        cosine = vectors[[row_of[key] for key in keys]] @ query_vector
        costs.semantic_ms.append(1000 * (time.perf_counter() - started))
        if position % 10 == 0:
            started = time.perf_counter()
            embedded = np.asarray(model.embed([query.text, *(texts[k] for k in keys)], norm=True))
            _ = embedded[1:] @ embedded[0]
            costs.semantic_on_the_fly_ms.append(1000 * (time.perf_counter() - started))
        present = Listing(
            np.array([key in query.relevant for key in keys], dtype=np.bool_),
            found.scores[order],
            ranking[order],
            cosine,
        )
        for key in query.relevant:
            index.remove(key)
        found, order, keys, ranking = _listing(index, query.text)
        removed = Listing(
            np.array([key in query.relevant for key in keys], dtype=np.bool_),
            found.scores[order],
            ranking[order],
            vectors[[row_of[key] for key in keys]] @ query_vector,
        )
        for key in query.relevant:
            index.add(key, texts[key], "en")
        result.append(QueryData(len(query.relevant), present, removed))
    return result


# --- ranking -------------------------------------------------------------------------------

Order = Callable[[Listing], FloatArray]


def engine_order(listing: Listing) -> FloatArray:
    """Engine order (higher first): TOP is already sorted, so the position decides."""
    return -np.arange(listing.relevant.size, dtype=np.float64)


def mix_ranking(weight: float) -> Order:
    """(1 - weight) * engine ranking (best = 1) + weight * cosine."""
    return lambda listing: (1.0 - weight) * listing.ranking + weight * listing.cosine


def mix_score(weight: float) -> Order:
    """(1 - weight) * calibrated score + weight * cosine."""
    return lambda listing: (1.0 - weight) * listing.score + weight * listing.cosine


def _sorted_rows(listing: Listing, order: Order) -> npt.NDArray[np.int64]:
    # Stable: ties keep the engine order.
    return np.argsort(-order(listing), kind="stable")


def map5(rows: Sequence[QueryData], order: Order) -> float:
    """MAP@5 over the present listings (a relevant fact-check outside TOP counts as missed)."""
    total = 0.0
    for row in rows:
        relevant = row.present.relevant[_sorted_rows(row.present, order)][:5]
        hits = np.cumsum(relevant)
        total += float((hits / np.arange(1, relevant.size + 1))[relevant].sum()) / (
            row.relevant_count
        )
    return total / len(rows)


# --- answer rules --------------------------------------------------------------------------


@dataclass(frozen=True)
class Tops:
    """The first candidate (under some order) of every listing: present then removed rows."""

    score: FloatArray
    cosine: FloatArray
    cosine_gap: FloatArray
    score_gap: FloatArray
    relevant: BoolArray
    present: BoolArray
    query: npt.NDArray[np.int64]


def tops(rows: Sequence[QueryData], order: Order) -> Tops:
    """Features of the top candidate of both listings of every query."""
    values: dict[str, list[float]] = {k: [] for k in ("s", "c", "cg", "sg")}
    relevant, present, query = [], [], []
    for number, row in enumerate(rows):
        for is_present, listing in ((True, row.present), (False, row.removed)):
            if listing.relevant.size == 0:
                continue
            ranked = _sorted_rows(listing, order)
            first = int(ranked[0])
            second = int(ranked[1]) if ranked.size > 1 else None
            values["s"].append(float(listing.score[first]))
            values["c"].append(float(listing.cosine[first]))
            values["cg"].append(
                float(listing.cosine[first] - (listing.cosine[second] if second is not None else 0))
            )
            values["sg"].append(
                float(listing.score[first] - (listing.score[second] if second is not None else 0))
            )
            relevant.append(bool(listing.relevant[first]))
            present.append(is_present)
            query.append(number)
    return Tops(
        np.array(values["s"]),
        np.array(values["c"]),
        np.array(values["cg"]),
        np.array(values["sg"]),
        np.array(relevant, dtype=np.bool_),
        np.array(present, dtype=np.bool_),
        np.array(query, dtype=np.int64),
    )


def _subset(found: Tops, mask: BoolArray) -> Tops:
    return Tops(
        found.score[mask],
        found.cosine[mask],
        found.cosine_gap[mask],
        found.score_gap[mask],
        found.relevant[mask],
        found.present[mask],
        found.query[mask],
    )


def outcome(found: Tops, answered: BoolArray) -> tuple[int, int]:
    """(right, wrong) answers: right only with the fact-check present and on top."""
    right = int((answered & found.relevant).sum())
    return right, int(answered.sum()) - right


@dataclass(frozen=True)
class Result:
    """Held-out figures of one answer rule."""

    rule: str
    train_right: float
    train_wrong: float
    dev_right: float
    dev_wrong: float
    dev_ceiling: float


Rule = Callable[[Tops], Callable[[Tops], BoolArray]]


def _feasible(found: Tops, answered: BoolArray, precision: float) -> int:
    right, wrong = outcome(found, answered)
    return right if right and right / (right + wrong) >= precision else -1


def threshold_rule(use_cosine: bool, precision: float) -> Rule:
    """Fit: the (score, cosine) thresholds answering most right at `precision` on the fit rows."""

    def fit(train: Tops) -> Callable[[Tops], BoolArray]:
        best = (-1, 1.01, 1.01)
        for a in SCORE_GRID:
            by_score = train.score >= a
            for b in COSINE_GRID if use_cosine else (-1.0,):
                right = _feasible(train, by_score & (train.cosine >= b), precision)
                if right > best[0]:
                    best = (right, a, b)
        _, a, b = best
        return lambda rows: (rows.score >= a) & (rows.cosine >= b)

    return fit


def _inputs(found: Tops, names: Sequence[str]) -> FloatArray:
    columns = {
        "logscore": np.log(np.clip(found.score, 1e-3, 1.0)),
        "cosine": found.cosine,
        "cosine_gap": found.cosine_gap,
        "score_gap": found.score_gap,
    }
    return np.column_stack([columns[name] for name in names])


def _logistic(x: FloatArray, y: BoolArray) -> FloatArray:
    x = np.column_stack((x, np.ones(len(x))))
    target = y.astype(np.float64)
    weights = np.zeros(x.shape[1])
    penalty = L2 * np.eye(x.shape[1])
    penalty[-1, -1] = 0.0
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ weights, -50.0, 50.0)))
        step = np.linalg.solve(
            (x * (p * (1.0 - p))[:, None]).T @ x + penalty, x.T @ (p - target) + penalty @ weights
        )
        weights -= step
        if float(np.abs(step).max()) < 1e-9:
            break
    return weights


def logistic_rule(names: Sequence[str], precision: float) -> Rule:
    """Fit: logistic regression on the top rows, then the lowest probability reaching it."""

    def fit(train: Tops) -> Callable[[Tops], BoolArray]:
        weights = _logistic(_inputs(train, names), train.relevant)

        def predict(rows: Tops) -> FloatArray:
            logits = _inputs(rows, names) @ weights[:-1] + weights[-1]
            result: FloatArray = 1.0 / (1.0 + np.exp(-np.clip(logits, -50.0, 50.0)))
            return result

        p = predict(train)
        cut = 1.01
        best = -1
        for candidate in np.unique(p)[::-1].tolist():
            right = _feasible(train, p >= candidate, precision)
            if right > best:
                best, cut = right, candidate
        return lambda rows: predict(rows) >= cut

    return fit


def evaluate(name: str, make: Callable[[float], Rule], train: Tops, dev: Tops) -> Result:
    """Out-of-fold on train, train-fitted on dev, and tuned on dev itself at exactly 98%."""
    queries = int(train.query.max()) + 1
    folds = np.array_split(np.random.default_rng(20241014).permutation(queries), FOLDS)
    answered = np.zeros(train.relevant.size, dtype=np.bool_)
    rule = make(TARGET_PRECISION + SAFETY_MARGIN)
    for fold in folds:
        held = np.isin(train.query, fold)
        decide = rule(_subset(train, ~held))
        answered[held] = decide(_subset(train, held))
    train_right, train_wrong = outcome(train, answered)
    dev_right, dev_wrong = outcome(dev, rule(train)(dev))
    ceiling_right, _ = outcome(dev, make(TARGET_PRECISION)(dev)(dev))
    dev_queries = int(dev.query.max()) + 1
    return Result(
        name,
        train_right / queries,
        train_wrong / max(1, train_right + train_wrong),
        dev_right / dev_queries,
        dev_wrong / max(1, dev_right + dev_wrong),
        ceiling_right / dev_queries,
    )


def main() -> None:
    """Collect both splits, print ranking, coverage and cost tables."""
    reason = missing_reason()
    if reason:
        raise SystemExit(reason)
    factchecks: tuple[FactCheck, ...] = load_factchecks()
    index: TextIndex[str] = TextIndex(min_score=0.0)
    for factcheck in factchecks:
        index.add(factcheck.id, factcheck.text, "en")
    index.search("warm up")
    before = _rss_mb()
    started = time.perf_counter()
    model = load_model()
    load_s = time.perf_counter() - started
    after_model = _rss_mb()
    started = time.perf_counter()
    vectors = np.asarray(
        model.embed([factcheck.text for factcheck in factchecks], norm=True), dtype=np.float64
    )
    pool_s = time.perf_counter() - started
    row_of = {factcheck.id: row for row, factcheck in enumerate(factchecks)}
    costs = Costs(
        load_s, pool_s, after_model - before, vectors.astype(np.float32).nbytes / 2**20, [], [], []
    )
    data = {
        name: collect(index, load_split(name, factchecks), model, vectors, row_of, costs)
        for name in ("train", "dev")
    }

    print("## Ranking (MAP@5, present listings, re-ranking the engine's top", TOP, ")")
    print(
        f"engine order: train {map5(data['train'], engine_order):.3f}, "
        f"dev {map5(data['dev'], engine_order):.3f}"
    )
    print(
        f"cosine only: train {map5(data['train'], mix_ranking(1.0)):.3f}, "
        f"dev {map5(data['dev'], mix_ranking(1.0)):.3f}"
    )
    chosen: dict[str, tuple[float, Order]] = {}
    for label, mix in (("ranking", mix_ranking), ("score", mix_score)):
        scores = [(map5(data["train"], mix(w)), w) for w in MIX_WEIGHTS]
        best_train, best_w = max(scores)
        chosen[label] = (best_w, mix(best_w))
        print(
            f"mix {label}+cosine: w={best_w} (tuned on train) train {best_train:.3f}, "
            f"dev {map5(data['dev'], mix(best_w)):.3f}; dev at each w: "
            + " ".join(f"{w}:{map5(data['dev'], mix(w)):.3f}" for w in MIX_WEIGHTS[::2])
        )

    rules: list[tuple[str, Callable[[float], Rule]]] = [
        (
            "score >= 0.8 (shipped rule)",
            lambda _p: lambda _t: lambda r: r.score >= DEFAULT_ANSWER_THRESHOLD,
        ),
        ("score >= a (a tuned)", lambda p: threshold_rule(False, p)),
        ("score >= a and cosine >= b", lambda p: threshold_rule(True, p)),
        ("logistic(log score, cosine)", lambda p: logistic_rule(("logscore", "cosine"), p)),
        (
            "logistic(log score, score gap) [no cosine]",
            lambda p: logistic_rule(("logscore", "score_gap"), p),
        ),
        (
            "logistic(log score, cosine, cosine gap)",
            lambda p: logistic_rule(("logscore", "cosine", "cosine_gap"), p),
        ),
        (
            "logistic(log score, cosine, both gaps)",
            lambda p: logistic_rule(("logscore", "cosine", "cosine_gap", "score_gap"), p),
        ),
    ]
    orders: list[tuple[str, Order]] = [("engine order", engine_order)]
    orders += [(f"mix {label} w={w}", order) for label, (w, order) in chosen.items()]
    print()
    print(f"## Coverage at >= {TARGET_PRECISION:.0%} right (present + removed)")
    print(
        "| top-1 from | rule | train right (OOF) | train wrong share | dev right (held out) "
        "| dev wrong share | dev, tuned on dev (in-sample) |"
    )
    print("|---|---|---|---|---|---|---|")
    for order_name, order in orders:
        train_tops, dev_tops = tops(data["train"], order), tops(data["dev"], order)
        for rule_name, make in rules:
            result = evaluate(rule_name, make, train_tops, dev_tops)
            print(
                f"| {order_name} | {result.rule} | {result.train_right:.1%} "
                f"| {result.train_wrong:.1%} | {result.dev_right:.1%} | {result.dev_wrong:.1%} "
                f"| {result.dev_ceiling:.1%} |"
            )
    print()
    print("## Cost")
    print(
        f"model load {costs.load_s:.2f} s, +{costs.model_mb:.0f} MB RSS; pool of "
        f"{len(factchecks)} embedded in {costs.pool_s:.2f} s, vectors {costs.pool_mb:.1f} MB "
        "as float32"
    )
    print(f"engine candidates: median {statistics.median(costs.engine_ms):.1f} ms/query")
    print(
        f"cosine (query embed + {TOP} dot products): median "
        f"{statistics.median(costs.semantic_ms):.2f} ms/query; embedding the {TOP} texts too: "
        f"{statistics.median(costs.semantic_on_the_fly_ms):.2f} ms/query"
    )


if __name__ == "__main__":
    main()
