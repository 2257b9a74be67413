"""The load benchmark's quick run, end to end: real `tipline run` processes on SQLite and on
PostgreSQL (two workers), signed webhooks, a fake Graph API; every tip answered.

The figures themselves belong to `docs/benchmarks.md`; this checks that the path they come
from works and that nothing is lost on it.
"""

from __future__ import annotations

from benchmarks import load

UNANSWERED_COLUMN = 8  # "unanswered": capacity run + below-capacity run


def _row(section: str, name: str) -> list[str]:
    rows = [line for line in section.splitlines() if line.startswith(f"| {name} |")]
    assert len(rows) == 1, section
    return [cell.strip() for cell in rows[0].strip("|").split("|")]


def test_the_quick_run_answers_every_tip_on_both_databases() -> None:
    section = load.run(quick=True)
    for name in ("SQLite, 1 process", "PostgreSQL, 2 processes"):
        row = _row(section, name)
        assert float(row[1]) > 0, row  # tips/s end to end: tips got through
        assert row[UNANSWERED_COLUMN - 1] == "0 + 0", row
    assert "FAILED" not in section
    assert "PostgreSQL, 1 process" not in section  # the quick run skips the rest
