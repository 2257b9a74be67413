"""Choose the best-hit rule's answer cut on the shape the bot indexes, on CheckThat! train.

`text_calibration` fits the text scorer on one text per fact-check (claim and title as one);
the bot's `Matcher` indexes a fact-check's claim and title as two texts (decision 145). The
fitted weights carry over (the same features; the best hit's own other texts set aside as
twins), but how often a raised best hit is right does not: in the
bot's shape the cut fitted on one text answered 98.2% right on train, short of
TARGET_PRECISION + SAFETY_MARGIN. So the cut is chosen again here, on the bot's shape: every
train tweet searched with its fact-check present and removed (`text_quality.engine_safety`)
for each cut of a grid, and the lowest cut from which every higher cut tried reaches the
target, with one wrong answer more than it gave (`reaches_target`), is printed. In-sample: the
weights were fitted on these tweets too (in the other shape). Dev is never used here.

    python -m benchmarks.best_hit_cut [--cuts 0.95,0.955,0.96]
    python -m benchmarks.best_hit_cut --semantic   # the semantic extra's answer cut

With `--semantic` (the semantic extra installed), the same is done for the semantic extra's
answer cut (`text_semantic.SEMANTIC_ANSWER_PROBABILITY`), on the bot's Matcher with the
encoder: `benchmarks.text_semantic` fitted it on one text per fact-check too (decision 148).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import matching.text_score as text_score
import matching.text_semantic as text_semantic
from benchmarks import text_quality
from benchmarks.text_calibration import SAFETY_MARGIN, TARGET_PRECISION
from benchmarks.text_data import load_factchecks, load_split, missing_reason
from matching.sentence_encoder import SentenceEncoder, bundled_model_folder

DEFAULT_CUTS: tuple[float, ...] = (0.9415, 0.945, 0.95, 0.9525, 0.955, 0.9575, 0.96, 0.965, 0.97)
SEMANTIC_CUTS: tuple[float, ...] = (0.9352, 0.94, 0.95, 0.96, 0.97, 0.98, 0.99)


def main(argv: Sequence[str] | None = None) -> None:
    """Print each cut's right and wrong answers on train and the cut to use."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.best_hit_cut", description=__doc__)
    parser.add_argument("--cuts", help="comma-separated cuts to try (default: a grid)")
    parser.add_argument(
        "--semantic", action="store_true", help="the semantic extra's cut, not the best-hit rule's"
    )
    arguments = parser.parse_args(sys.argv[1:] if argv is None else argv)
    reason = missing_reason()
    if reason:
        raise SystemExit(f"no benchmark data: {reason}")
    module, name = (
        (text_semantic, "SEMANTIC_ANSWER_PROBABILITY")
        if arguments.semantic
        else (text_score, "BEST_HIT_ANSWER_PROBABILITY")
    )
    cuts = SEMANTIC_CUTS if arguments.semantic else DEFAULT_CUTS
    if arguments.cuts:
        cuts = tuple(sorted(float(cut) for cut in arguments.cuts.split(",")))
    encoder = None
    if arguments.semantic:
        folder = bundled_model_folder()
        if folder is None:
            raise SystemExit("the semantic extra is not installed")
        encoder = SentenceEncoder.load(folder)
    factchecks = load_factchecks()
    train = load_split("train", factchecks)
    index = text_quality.engine_index(factchecks, encoder)
    in_use = getattr(module, name)
    precise: dict[float, bool] = {}
    print(
        "| cut | right | wrong (present / removed) | right share of answers | "
        "reaches the target with one more wrong |"
    )
    print("|---|---|---|---|---|")
    try:
        for cut in cuts:
            # The module constant is read at each search; set back below.
            setattr(module, name, cut)
            safety = text_quality.engine_safety(index, train, None)
            right_share = 1.0 - safety.wrong_share
            precise[cut] = reaches_target(
                safety.right_present, safety.wrong_present + safety.wrong_removed
            )
            print(
                f"| {cut} | {safety.right_present} | {safety.wrong_present} / "
                f"{safety.wrong_removed} | {100 * right_share:.3f}% | "
                f"{'yes' if precise[cut] else 'no'} |",
                flush=True,
            )
    finally:
        setattr(module, name, in_use)
    print(f"\n{name} = {steady_cut(precise)} (in use: {in_use})")


def reaches_target(right: int, wrong: int) -> bool:
    """Whether `right` answers of `right + wrong` would still be TARGET_PRECISION +
    SAFETY_MARGIN right with one more wrong answer. A cut that reaches the target by a single
    tweet reaches it by chance: decision 148's 0.9575 answered 312 right and 3 wrong on train
    (99.05%), and 97.5% right on dev."""
    return right / (right + wrong + 1) >= TARGET_PRECISION + SAFETY_MARGIN


def steady_cut(precise: dict[float, bool]) -> float | None:
    """The lowest cut from which every higher cut tried reaches the target too: a cut that
    passes alone between two that fail passes by a tweet or two, not by the rule's merit."""
    chosen = None
    for cut in sorted(precise, reverse=True):
        if not precise[cut]:
            break
        chosen = cut
    return chosen


if __name__ == "__main__":
    main()
