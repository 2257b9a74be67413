"""The first searches after a restart with the semantic extra: cold, from stored vectors, warm.

    python -m benchmarks.semantic_restart

A cold index embeds each candidate the first time a search meets it (about 15 ms a text), so the
first voters after a restart wait. With the catalogue's vectors stored (`factchecks.text_vectors`)
and given to `TextIndex.add`, a restarted index only encodes the message. Measured on CheckThat!
(13,825 fact-checks) with dev tweets, each figure a median over the same queries in this run:
- cold: a fresh index without vectors, each query searched for the first time;
- stored: a fresh index given the vectors of every text these queries reach (their first
  SEMANTIC_CANDIDATES candidates: the rest of the catalogue is never touched by them), each query
  searched for the first time;
- warm: the stored index again, each query searched a second time;
- lexical: no encoder.
The background embedding's pace (texts a second, one core) says how long a catalogue takes.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

from benchmarks.text_data import FactCheck, load_factchecks, load_split, missing_reason
from benchmarks.text_quality import median_search_ms
from matching.sentence_encoder import SentenceEncoder, load_bundled_encoder
from matching.text_index import FloatVector, TextIndex
from matching.text_semantic import SEMANTIC_CANDIDATES


@dataclass(frozen=True)
class RestartFigures:
    """Median milliseconds per search in each state, and the embedding pace."""

    queries: int
    cold_ms: float
    stored_ms: float
    warm_ms: float
    lexical_ms: float
    texts_per_s: float


def _index(
    factchecks: Sequence[FactCheck],
    encoder: SentenceEncoder | None,
    vectors: dict[str, FloatVector] | None = None,
) -> TextIndex[str]:
    index: TextIndex[str] = TextIndex(min_score=0.0, encoder=encoder)
    for factcheck in factchecks:
        vector = vectors.get(factcheck.id) if vectors else None
        index.add(factcheck.id, factcheck.text, "en", vector)
    index.candidates("prepare the index")  # counts 4-grams: not part of a search after start
    return index


def measure(encoder: SentenceEncoder, queries: Sequence[str]) -> RestartFigures:
    """The four medians on `queries` and the embedding pace."""
    factchecks = load_factchecks()
    lexical = _index(factchecks, None)
    reached: set[str] = set()
    for text in queries:
        found = lexical.candidates(text)
        reached.update(found.keys[row] for row in found.order[:SEMANTIC_CANDIDATES])
    texts = {factcheck.id: factcheck.text for factcheck in factchecks}
    ids = sorted(reached)
    started = time.perf_counter()
    vectors = encoder.encode([texts[key] for key in ids])
    pace = len(ids) / (time.perf_counter() - started)
    lexical_ms = median_search_ms(lexical, queries)
    cold_ms = median_search_ms(_index(factchecks, encoder), queries)
    stored = _index(factchecks, encoder, dict(zip(ids, vectors, strict=True)))
    stored_ms = median_search_ms(stored, queries)
    warm_ms = median_search_ms(stored, queries)
    return RestartFigures(len(queries), cold_ms, stored_ms, warm_ms, lexical_ms, pace)


def run(quick: bool, max_queries: int | None = None) -> str:
    """The markdown section (a note when the data or the extra is missing)."""
    lines = ["### First searches after a restart, semantic extra", ""]
    reason = missing_reason()
    encoder = load_bundled_encoder()
    if reason is not None or encoder is None:
        lines.append(f"Not measured: {reason or 'the semantic extra is not installed'}.")
        return "\n".join(lines) + "\n"
    count = max_queries or (30 if quick else 100)
    queries = [query.text for query in load_split("dev").queries[:count]]
    f = measure(encoder, queries)
    lines += [
        f"Median ms per search over the same {f.queries} dev tweets, each searched for the first "
        "time after a restart unless said (one core):",
        "",
        "| index | median ms/search |",
        "|---|---|",
        f"| cold (vectors computed during searches, before this change) | {f.cold_ms:.1f} |",
        f"| vectors stored with the catalogue, first search | {f.stored_ms:.1f} |",
        f"| warm (same index, second search) | {f.warm_ms:.1f} |",
        f"| lexical only | {f.lexical_ms:.1f} |",
        "",
        f"Background embedding: {f.texts_per_s:.0f} texts/s "
        f"({13_825 / f.texts_per_s / 60:.0f} min for the 13,825 CheckThat! fact-checks).",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(run(quick=False))
