"""`python -m benchmarks.sqlite_statements` runs every engine on every shape and reports them."""

from __future__ import annotations

from benchmarks import sqlite_statements


async def test_the_section_has_every_engine_and_shape() -> None:
    medians = await sqlite_statements.measure(rounds=1, per_round=20)
    assert set(medians) == {
        (engine, shape)
        for engine in sqlite_statements.ENGINES
        for shape in sqlite_statements.SHAPES
    }
    assert all(value > 0 for value in medians.values())
    section = sqlite_statements.markdown(medians, rounds=1)
    assert all(shape in section for shape in sqlite_statements.SHAPES)
