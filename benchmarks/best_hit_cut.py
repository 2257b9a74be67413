"""Choose the best-hit rule's answer cut on the shape the bot indexes, on CheckThat! train.

`text_calibration` fits the text scorer on one text per fact-check (claim and title as one);
the bot's `Matcher` indexes a fact-check's claim and title as two texts (decision 145). Fitted
weights carry over (the same features, the same best-hit inputs, a fact-check's own texts set
aside as twins), but how often a raised best hit is right does not: in the bot's shape the cut
fitted on one text answered 98.2% right on train, short of TARGET_PRECISION + SAFETY_MARGIN. So
the cut is chosen again here, on the bot's shape: every train tweet searched with its
fact-check present and removed (`text_quality.engine_safety`), for each candidate cut, and the
lowest cut whose answers reach the target is printed. Dev is never used here.

    python -m benchmarks.best_hit_cut [--cuts 0.95,0.955,0.96]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import matching.text_score as text_score
from benchmarks import text_quality
from benchmarks.text_calibration import SAFETY_MARGIN, TARGET_PRECISION
from benchmarks.text_data import load_factchecks, load_split, missing_reason

DEFAULT_CUTS = (0.9415, 0.945, 0.95, 0.9525, 0.955, 0.9575, 0.96, 0.965, 0.97)


def main(argv: Sequence[str] | None = None) -> None:
    """Print each cut's right and wrong answers on train and the cut to use."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.best_hit_cut", description=__doc__)
    parser.add_argument("--cuts", help="comma-separated cuts to try (default: a grid)")
    arguments = parser.parse_args(sys.argv[1:] if argv is None else argv)
    reason = missing_reason()
    if reason:
        raise SystemExit(f"no benchmark data: {reason}")
    cuts = DEFAULT_CUTS
    if arguments.cuts:
        cuts = tuple(sorted(float(cut) for cut in arguments.cuts.split(",")))
    factchecks = load_factchecks()
    train = load_split("train", factchecks)
    index = text_quality.engine_index(factchecks)
    in_use = text_score.BEST_HIT_ANSWER_PROBABILITY
    chosen = None
    print("| cut | right | wrong (present / removed) | right share of answers |")
    print("|---|---|---|---|")
    try:
        for cut in cuts:
            # The module constant is read at each search; set back below.
            text_score.BEST_HIT_ANSWER_PROBABILITY = cut
            safety = text_quality.engine_safety(index, train, None)
            precise = 1.0 - safety.wrong_share
            print(
                f"| {cut} | {safety.right_present} | {safety.wrong_present} / "
                f"{safety.wrong_removed} | {100 * precise:.2f}% |",
                flush=True,
            )
            if chosen is None and precise >= TARGET_PRECISION + SAFETY_MARGIN:
                chosen = cut
    finally:
        text_score.BEST_HIT_ANSWER_PROBABILITY = in_use
    print(f"\nBEST_HIT_ANSWER_PROBABILITY = {chosen} (in use: {in_use})")


if __name__ == "__main__":
    main()
