"""The contradiction benchmark's own figures: the pair table through the index, guard on and off."""

from __future__ import annotations

from benchmarks import text_contradiction
from benchmarks.contradiction_pairs import DESIGN, HELD_OUT


def test_no_contradiction_is_answered_with_the_guard_and_no_paraphrase_is_lost() -> None:
    on = text_contradiction.index_figures("design", DESIGN, None, guard=True)
    off = text_contradiction.index_figures("design", DESIGN, None, guard=False)
    assert on.contradictions_answered == 0
    assert off.contradictions_answered > 0  # the set is hard enough to need the guard
    # Never fewer: demoting a contradicting twin can leave the paraphrase's own claim on top.
    assert on.paraphrases_answered >= off.paraphrases_answered


def test_the_report_names_every_miss() -> None:
    tables = [
        text_contradiction.table_figures("design", DESIGN),
        text_contradiction.table_figures("held out", HELD_OUT),
    ]
    report = text_contradiction.markdown(tables, [], [], "no data here")
    assert tables[0].misses == ()
    for table in tables:
        assert f"{table.flagged}/{table.contradictions}" in report
        assert all(miss in report for miss in table.misses)
    assert "Not measured: no data here." in report
