"""The language benchmark: its threshold comes from the fit half, and the held-out half shows the
gain over the old guesser without a confident wrong answer."""

from __future__ import annotations

from benchmarks import language_id
from benchmarks.language_baseline import baseline_language
from benchmarks.language_data import FIT, HELD_OUT
from matching.language import MIN_CONFIDENCE, SERVED_LANGUAGES, detect_language


def test_the_threshold_in_use_is_the_one_fitted_on_the_fit_half() -> None:
    fitted = language_id.fit_min_confidence([*FIT, *language_id.FIT_UNSURE])
    assert fitted == MIN_CONFIDENCE


def test_every_served_language_has_messages_in_both_halves() -> None:
    for half in (FIT, HELD_OUT):
        assert {sample.expected for sample in half} == set(SERVED_LANGUAGES)
    assert not {sample.text for sample in FIT} & {sample.text for sample in HELD_OUT}


def test_held_out_messages_are_identified_better_than_before() -> None:
    held_out = [*HELD_OUT, *language_id.HELD_OUT_UNSURE]
    new = language_id.tally(detect_language, held_out)
    old = language_id.tally(baseline_language, held_out)
    assert new.wrong == 0
    assert new.right >= 0.95 * new.total
    assert new.right > old.right


def test_the_section_lists_every_language_for_both_detectors() -> None:
    section = language_id.run()
    for language in SERVED_LANGUAGES:
        assert f"| {language} |" in section
    assert "hand-written guesser" in section and "py3langid" in section
