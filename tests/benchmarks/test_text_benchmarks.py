"""The text benchmark code: data loading, metrics and the report, on the shared CheckThat! data.

Skipped, with the reason, where ../shared/benchdata is not there.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import text_quality, text_speed
from benchmarks.__main__ import main
from benchmarks.text_data import Split, load_factchecks, load_split, missing_reason
from matching.text_index import TextIndex
from matching.thresholds import DEFAULT_ANSWER_THRESHOLD

# Train tweets (Notre-Dame oaks, Texas voter rolls, an HHS official) left to the desk before
# decision 145.
STOOD_BEHIND_BY_THEIR_TITLE = frozenset({"tweet-sno-137", "tweet-sno-178", "tweet-sno-302"})
REASON = missing_reason()
needs_data = pytest.mark.skipif(REASON is not None, reason=REASON or "")


@needs_data
def test_data_has_the_documented_counts() -> None:
    factchecks = load_factchecks()
    dev = load_split("dev", factchecks)
    assert len(factchecks) == 13_825
    assert len(dev.queries) == 199
    assert all(query.relevant for query in dev.queries)
    ids = {factcheck.id for factcheck in factchecks}
    assert all(query.relevant <= ids for query in dev.queries)


@needs_data
def test_metrics_of_a_perfect_and_a_useless_ranker() -> None:
    split = load_split("dev")
    truth = {query.text: sorted(query.relevant) for query in split.queries}
    perfect = text_quality.rank_metrics("perfect", split, lambda text: truth[text], 20)
    useless = text_quality.rank_metrics("useless", split, lambda text: ["nothing"], 20)
    assert (perfect.map5, perfect.recall1, perfect.recall5) == (1.0, 1.0, 1.0)
    assert (useless.map5, useless.recall1, useless.recall5) == (0.0, 0.0, 0.0)


@needs_data
def test_safety_protocol_puts_removed_fact_checks_back() -> None:
    split = load_split("dev")
    small = Split("dev", split.factchecks, split.queries[:5])
    index = text_quality.engine_index(split.factchecks)
    before = len(index), index.search(small.queries[0].text, k=5)
    safety = text_quality.engine_safety(index, small, None)
    assert (len(index), index.search(small.queries[0].text, k=5)) == before
    assert safety.queries == 5
    assert 0.0 <= safety.wrong_share <= 1.0


@needs_data
def test_expanded_pool_is_seeded_and_keeps_the_real_claims() -> None:
    claims = [factcheck.claim for factcheck in load_factchecks()]
    pool = text_speed.expanded_pool(len(claims) + 50)
    assert pool[: len(claims)] == claims
    assert pool == text_speed.expanded_pool(len(claims) + 50)
    assert pool[len(claims)] != claims[0]
    assert len(pool[len(claims)].split()) == len(claims[0].split())


@needs_data
def test_a_fact_checks_own_title_is_not_the_rival_of_its_claim() -> None:
    """Indexed as the bot indexes them (claim and title apart), tweets whose fact-check's claim
    is the best hit with its own title right behind are answered with it (decision 145): the
    best-hit rule once read the title as a close rival and left them to the desk."""
    split = load_split("train")
    index = text_quality.engine_index(split.factchecks)
    chosen = [query for query in split.queries if query.id in STOOD_BEHIND_BY_THEIR_TITLE]
    assert len(chosen) == len(STOOD_BEHIND_BY_THEIR_TITLE)
    for query in chosen:
        hits = index.search(query.text, k=1)
        assert hits[0].key in query.relevant, query.text
        assert hits[0].score >= DEFAULT_ANSWER_THRESHOLD, query.text


@needs_data
def test_quick_report_is_written(tmp_path: Path) -> None:
    output = tmp_path / "benchmarks.md"
    # The load section has its own test (test_load_benchmark.py).
    arguments = ["--quick", "--sizes", "2000", "--queries", "5", "--no-images", "--no-load"]
    main([*arguments, "--output", str(output)])
    report = output.read_text(encoding="utf-8")
    assert f"| dev | {text_quality.ENGINE} |" in report
    assert "rapidfuzz token_set_ratio" in report
    assert "| 2,000 | tipline |" in report


def test_bad_sizes_are_refused() -> None:
    with pytest.raises(SystemExit):
        main(["--sizes", "ten"])


def test_same_claim_counts_a_reworded_copy_and_not_another_claim() -> None:
    """The duplicate label of the safety table: a second fact-check of the removed claim is one,
    a fact-check of another claim on the same story is not (no benchmark data needed)."""
    index: TextIndex[str] = TextIndex()
    index.add("copy", "Polling stations in Lagos will close at 2pm on Saturday, officials say")
    index.add("other", "Officials in Lagos opened new polling stations on Saturday")
    removed = "Officials say polling stations in Lagos will close at 2pm on Saturday"
    assert text_quality.same_claim(index, removed, "copy")
    assert not text_quality.same_claim(index, removed, "other")
