"""Fact-checks of one claim are one answer (`text_twins`), and tweets as they are pasted."""

from __future__ import annotations

import random

import pytest

from matching import text_twins
from matching.text_index import CLEAR_WINNER_MIN_TEXTS, TextIndex
from matching.text_normalise import normalise
from matching.text_twins import twin_rows
from matching.thresholds import DEFAULT_ANSWER_THRESHOLD

CLAIM = "Clowns are planning a purge night on Halloween"
TWIN = "Police warn that clowns are planning a purge night on Halloween"
SAME_STORY = "A killer clown left a note at a school threatening to cancel Halloween"
TWEET = "heard the clowns gonna purge on halloween night lol stay inside"


def _catalogue(extra: dict[str, str]) -> TextIndex[str]:
    """Thousands of unrelated claims (so the best-hit rule applies) plus `extra`."""
    rng = random.Random(5)
    words = ["mayor", "budget", "bridge", "hospital", "river", "festival", "tax", "museum"]
    index: TextIndex[str] = TextIndex()
    for number in range(CLEAR_WINNER_MIN_TEXTS):
        index.add(f"filler{number}", f"{' '.join(rng.choices(words, k=6))} story {number}")
    for key, text in extra.items():
        index.add(key, text)
    return index


def test_a_reworded_check_of_the_same_claim_is_a_twin_another_claim_is_not() -> None:
    texts = [normalise(text) for text in (CLAIM, SAME_STORY, TWIN)]
    assert twin_rows(texts, [0, 1, 2]) == frozenset({2})
    assert twin_rows(texts, [1, 0, 2]) == frozenset()
    assert twin_rows(texts, [0]) == frozenset()
    # Only the candidates next to the best are compared.
    far = [0, *range(3, 3 + text_twins.TWIN_WINDOW), 2]
    assert twin_rows(texts + [f"story {n}" for n in range(text_twins.TWIN_WINDOW)], far) == (
        frozenset()
    )


def test_a_claim_checked_twice_is_answered_as_if_it_were_checked_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Two fact-checks of one claim must not make each other look doubtful: the voter gets the
    same automatic answer as from a catalogue that has only one of them."""
    once = _catalogue({"claim": CLAIM}).search(TWEET)[0]
    twice = _catalogue({"claim": CLAIM, "twin": TWIN})
    best = twice.search(TWEET)[0]
    assert once.score >= DEFAULT_ANSWER_THRESHOLD
    assert best.key == "claim"
    assert best.score == pytest.approx(once.score)
    # Without the twin rule the second check read as a close rival and the voter got no answer.
    monkeypatch.setattr(text_twins, "TWIN_RATIO", 1.01)
    assert twice.search(TWEET)[0].score < DEFAULT_ANSWER_THRESHOLD


def test_a_pasted_tweet_with_handles_hashtags_and_a_glued_link_is_answered() -> None:
    """What a voter pastes from Twitter: a reply handle, CamelCase hashtags, a picture link stuck
    to the last hashtag, the embed signature. It is answered with the fact-check of its claim."""
    index = _catalogue(
        {
            "right": "Polling stations in Riverside will close at 5pm on election day",
            "story": "Riverside's mayor opened two new polling stations downtown",
        }
    )
    tweet = (
        "@CountyNews Riverside #PollingStations close at 5pm on #ElectionDay"
        "pic.twitter.com/Ab12Cd — Jo (@jo_votes) November 2, 2024"
    )
    [best, *_] = index.search(tweet)
    assert best.key == "right"
    assert best.score >= DEFAULT_ANSWER_THRESHOLD
