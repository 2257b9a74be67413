"""The CheckThat! 2021 Task 2A data (tweets vs Snopes fact-checks) from ../shared/benchdata.

Loaded as plain values; `None` when the data is not there, so callers can skip with the reason.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

DATA_ENV = "TIPLINE_BENCHDATA"
_DEFAULT_ROOT = Path(__file__).resolve().parent.parent.parent / "shared" / "benchdata"
DATASET = "clef2021-checkthat-2a-en"


@dataclass(frozen=True)
class FactCheck:
    """One fact-check of the pool: the checked claim and the article title."""

    id: str
    claim: str
    title: str

    @property
    def text(self) -> str:
        """The claim, then the title, as one text: what `text_calibration` fits on and
        `same_claim` searches (the bot indexes the two apart: decision 145)."""
        return f"{self.claim} {self.title}"


@dataclass(frozen=True)
class Query:
    """A tweet and the ids of the fact-checks that verify it."""

    id: str
    text: str
    relevant: frozenset[str]


@dataclass(frozen=True)
class Split:
    """The fact-check pool with the queries of one split (train or dev)."""

    name: str
    factchecks: tuple[FactCheck, ...]
    queries: tuple[Query, ...]


def data_root() -> Path:
    """Where the shared benchmark data lives ($TIPLINE_BENCHDATA overrides)."""
    return Path(os.environ.get(DATA_ENV, _DEFAULT_ROOT))


def missing_reason() -> str | None:
    """Why the CheckThat! data cannot be loaded, or None when it can."""
    folder = data_root() / DATASET
    for name in ("factchecks.jsonl", "dev/queries.jsonl", "train/queries.jsonl"):
        if not (folder / name).is_file():
            return f"benchmark data not found: {folder / name} (set ${DATA_ENV})"
    return None


def load_factchecks() -> tuple[FactCheck, ...]:
    """The full pool of 13,825 fact-checks."""
    path = data_root() / DATASET / "factchecks.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return tuple(FactCheck(row["id"], row["text"], row["title"]) for row in rows)


def load_split(name: str, factchecks: tuple[FactCheck, ...] | None = None) -> Split:
    """The queries of split `name` ("train" or "dev") with their relevant fact-check ids."""
    folder = data_root() / DATASET / name
    relevant: dict[str, set[str]] = {}
    for line in (folder / "qrels.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip():
            query_id, factcheck_id = line.split("\t")[:2]
            relevant.setdefault(query_id, set()).add(factcheck_id)
    rows = [
        json.loads(line)
        for line in (folder / "queries.jsonl").read_text(encoding="utf-8").splitlines()
        if line
    ]
    queries = tuple(
        Query(row["id"], row["text"], frozenset(relevant[row["id"]]))
        for row in rows
        if row["id"] in relevant
    )
    return Split(name, factchecks or load_factchecks(), queries)
