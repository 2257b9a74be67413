"""Language identification: py3langid (`matching.language`) against the old hand-written guesser.

    python -m benchmarks.language_id     # prints the markdown section

On `benchmarks.language_data`: short voter messages in every served language. The confidence
threshold is fitted on FIT (and the first half of UNSURE); the table reports HELD_OUT (and the
second half of UNSURE), which the fit never sees. "Wrong" is a confident wrong language, the
failure that shows a voter a fact-check they cannot read; "none" is an honest "not sure".
"""

from __future__ import annotations

import statistics
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from benchmarks.language_baseline import baseline_language
from benchmarks.language_data import FIT, HELD_OUT, UNSURE, Sample
from matching.language import SERVED_LANGUAGES, detect_language, identify_language

Detector = Callable[[str], str | None]

# A confident wrong language costs this many right answers (it misleads; None only defers).
WRONG_COST = 3.0
THRESHOLD_GRID = tuple(round(0.5 + 0.01 * step, 2) for step in range(50))

FIT_UNSURE = UNSURE[: len(UNSURE) // 2]
HELD_OUT_UNSURE = UNSURE[len(UNSURE) // 2 :]


@dataclass(frozen=True)
class Tally:
    """How a detector did on some messages."""

    right: int
    wrong: int
    unsure: int

    @property
    def total(self) -> int:
        """Messages counted."""
        return self.right + self.wrong + self.unsure


def tally(detector: Detector, samples: Sequence[Sample]) -> Tally:
    """Right (including a right None), confidently wrong, and None where a language was due."""
    counts: Counter[str] = Counter()
    for sample in samples:
        found = detector(sample.text)
        if found == sample.expected:
            counts["right"] += 1
        elif found is None:
            counts["unsure"] += 1
        else:
            counts["wrong"] += 1
    return Tally(counts["right"], counts["wrong"], counts["unsure"])


def fit_min_confidence(samples: Sequence[Sample]) -> float:
    """The threshold on the grid that maximises right - WRONG_COST * wrong; ties: the higher."""
    guesses = [(sample, identify_language(sample.text, min_confidence=0.0)) for sample in samples]
    best, best_gain = THRESHOLD_GRID[0], float("-inf")
    for threshold in THRESHOLD_GRID:
        gain = 0.0
        for sample, guess in guesses:
            found = guess.language if guess.confidence >= threshold else None
            if found == sample.expected:
                gain += 1
            elif found is not None:
                gain -= WRONG_COST
        if gain >= best_gain:
            best, best_gain = threshold, gain
    return best


def _per_second(detector: Detector, texts: Sequence[str], repeats: int = 5) -> float:
    detector(texts[0])  # loads a model, if any
    rates = []
    for _ in range(repeats):
        started = time.perf_counter()
        for text in texts:
            detector(text)
        rates.append(len(texts) / (time.perf_counter() - started))
    return statistics.median(rates)


def run() -> str:
    """The markdown section: per-language right/wrong/none on HELD_OUT for both, and speed."""
    fitted = fit_min_confidence([*FIT, *FIT_UNSURE])
    detectors: dict[str, Detector] = {
        "py3langid (served languages)": detect_language,
        "hand-written guesser (before)": baseline_language,
    }
    lines = [
        "## Language identification",
        "",
        f"Short voter messages written for this project ({len(FIT)} to fit the threshold, "
        f"{len(HELD_OUT)} held out, plus {len(UNSURE)} texts nobody could place), "
        f"{len(SERVED_LANGUAGES)} languages. Threshold fitted on the fit half: {fitted:.2f}. "
        "Counts are right / confidently wrong / None on the held-out half.",
        "",
        "| language | " + " | ".join(detectors) + " |",
        "|---|" + "---|" * len(detectors),
    ]
    for language in SERVED_LANGUAGES:
        samples = [sample for sample in HELD_OUT if sample.expected == language]
        cells = []
        for detector in detectors.values():
            result = tally(detector, samples)
            cells.append(f"{result.right} / {result.wrong} / {result.unsure}")
        lines.append(f"| {language} | " + " | ".join(cells) + " |")
    unsure_cells = []
    total_cells = []
    for detector in detectors.values():
        result = tally(detector, HELD_OUT_UNSURE)
        unsure_cells.append(f"{result.right} / {result.wrong} / –")
        overall = tally(detector, [*HELD_OUT, *HELD_OUT_UNSURE])
        total_cells.append(
            f"**{overall.right} / {overall.wrong} / {overall.unsure}** "
            f"({overall.right / overall.total:.0%} right)"
        )
    lines.append("| (should be None) | " + " | ".join(unsure_cells) + " |")
    lines.append("| all | " + " | ".join(total_cells) + " |")
    texts = [sample.text for sample in HELD_OUT]
    speeds = [f"{_per_second(detector, texts):,.0f}" for detector in detectors.values()]
    lines.append("| messages/s (median of 5) | " + " | ".join(speeds) + " |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(run())
