"""The report benchmark runs end to end at a small size, on both databases."""

from __future__ import annotations

from benchmarks import reports


async def test_the_report_benchmark_times_the_report_next_to_a_plain_count() -> None:
    section = await reports.run_async(2_000, ["sqlite", "postgresql"])
    assert "| sqlite | 2,000 |" in section
    assert "| postgresql | 2,000 |" in section
    assert section.count(" s |") >= 2
