"""The cross-lingual benchmark on a few rows: its halves, its threshold fit, and its section.

Skipped, with the reason, where ../shared/benchdata is not there; needs the multilingual extra
(skipped without it, failed under TIPLINE_REQUIRE_MULTILINGUAL=1).
"""

from __future__ import annotations

import pytest

from benchmarks import cross_lingual
from benchmarks.cross_lingual_data import CALIBRATION_COUNT, LANGUAGES, TRANSLATIONS
from benchmarks.text_data import missing_reason
from bot.multilingual_model import E5Encoder

REASON = missing_reason()
needs_data = pytest.mark.skipif(REASON is not None, reason=REASON or "")


def test_every_tweet_has_a_translation_in_each_language() -> None:
    assert len(TRANSLATIONS) == 40 and len(LANGUAGES) >= 6
    for translations in TRANSLATIONS.values():
        assert len(translations) == len(LANGUAGES) and all(text.strip() for text in translations)


@needs_data
def test_the_halves_share_no_tweet_and_cover_every_case() -> None:
    _, found = cross_lingual.cases()
    calibration = cross_lingual.calibration_half(found)
    reported = cross_lingual.reported_half(found)
    assert not {case.tweet_id for case in calibration} & {case.tweet_id for case in reported}
    assert len(calibration) + len(reported) == len(found) == 40 * (1 + len(LANGUAGES))
    assert len({case.tweet_id for case in calibration}) == CALIBRATION_COUNT


def test_a_threshold_sits_above_every_wrong_answer_of_its_language() -> None:
    case = cross_lingual.Case("t", "hi", "x", "fc")
    rows = [
        (case, cross_lingual.Outcome(1, False, False, False, 0.95, 0.90)),
        (case, cross_lingual.Outcome(2, False, False, False, 0.91, 0.85)),
    ]
    fitted = cross_lingual.fit_thresholds(rows, right_first={0})
    # The second search's first hit was wrong at 0.91: the threshold is above it.
    assert fitted == {"hi": round(0.91 + cross_lingual.MARGIN, 3)}
    # No right first hit above the wrong ones: the language stays uncalibrated (never answered).
    assert cross_lingual.fit_thresholds(rows[1:], right_first=set()) == {}


@needs_data
def test_a_quick_run_writes_every_language_and_engine(multilingual_encoder: E5Encoder) -> None:
    section = cross_lingual.run(quick=True, pool_size=60)
    assert section.startswith("## Matching across languages")
    for language in ("en", *LANGUAGES):
        assert f"| {language} |" in section
    for engine in ("lexical", "e5 dense", "the bot"):
        assert engine in section
