"""The matching package stays pure: it imports none of the outer layers or I/O frameworks."""

from __future__ import annotations

import ast
from pathlib import Path

import matching

FORBIDDEN = {
    "telegram",
    "aiohttp",
    "sqlmodel",
    "sqlalchemy",
    "babel",
    "bot",
    "factchecks",
    "asyncio",
}


def _imported_top_level_names(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_matching_imports_no_outer_layer() -> None:
    package = Path(matching.__file__).parent
    offenders = {
        f"{path.name}: {name}"
        for path in sorted(package.glob("*.py"))
        for name in _imported_top_level_names(path) & FORBIDDEN
    }
    assert offenders == set()
