"""Rare-word agreement (`text_rarity`) and the best-hit rule that weighs it (`text_score`)."""

from __future__ import annotations

import random

import numpy as np
import pytest

from matching.text_index import CLEAR_WINNER_MIN_TEXTS, TextIndex
from matching.text_rarity import (
    RARE_COUNTS,
    RARITY_NAMES,
    distinct_cover,
    message_terms_held,
    rarity_features,
)
from matching.text_score import BEST_HIT_MIN_PROBABILITY, best_hit_inputs, best_hit_scores
from matching.thresholds import DEFAULT_ANSWER_THRESHOLD


def _top_weights(idf: dict[int, float], k: int) -> dict[int, float]:
    """The obvious way: the k highest weigh 1; terms tied with the k-th share what is left."""
    ranked = sorted(idf.values(), reverse=True)
    if not ranked:
        return {}
    kth = ranked[min(k, len(ranked)) - 1]
    above = [term for term in idf if idf[term] > kth]
    equal = [term for term in idf if idf[term] == kth]
    share = (min(k, len(idf)) - len(above)) / len(equal)
    return {term: 1.0 if term in above else share if term in equal else 0.0 for term in idf}


def _slow_rarity(
    texts: list[dict[int, float]], query: dict[int, float], signature: set[int]
) -> list[list[float]]:
    """The obvious twin: each column from dictionaries of term id -> IDF, one text at a time."""
    result = []
    for text in texts:
        row = []
        for k in RARE_COUNTS:
            weights = _top_weights(query, k)
            total = sum(weights[term] * query[term] for term in query)
            shared = sum(weights[term] * query[term] for term in query if term in text)
            row.append(shared / total if total else 0.0)
        for k in RARE_COUNTS:
            weights = _top_weights(text, k)
            total = sum(weights[term] * text[term] for term in text)
            shared = sum(weights[term] * text[term] for term in text if term in query)
            row.append(shared / total if total else 0.0)
        total = sum(text.values())
        row.append(sum(text[term] for term in text if term in signature) / total if total else 0)
        result.append(row)
    return result


@pytest.mark.parametrize("seed", range(20))
def test_rarity_features_equal_the_slow_twin(seed: int) -> None:
    rng = random.Random(seed)
    vocabulary = {term: round(rng.uniform(0.1, 9.0), 1) for term in range(rng.randint(1, 60))}
    terms = list(vocabulary)
    texts = [
        {term: vocabulary[term] for term in rng.sample(terms, rng.randint(1, min(12, len(terms))))}
        for _ in range(rng.randint(1, 15))
    ]
    query = {
        term: vocabulary[term] for term in rng.sample(terms, rng.randint(0, min(8, len(terms))))
    }
    rows = np.array([row for row, text in enumerate(texts) for _ in text], dtype=np.int64)
    ids = np.array([term for text in texts for term in text], dtype=np.uint32)
    idf = np.array([vocabulary[term] for text in texts for term in text])
    query_ids = np.array(list(query), dtype=np.int64)
    query_idf = np.array([query[t] for t in query])
    signature = set(rng.sample(terms, rng.randint(0, min(3, len(terms))))) - set(query)
    signature_ids = np.array(sorted(signature), dtype=np.int64)
    fast = rarity_features(rows, ids, idf, query_ids, query_idf, len(texts), signature_ids)
    assert fast.shape == (len(texts), len(RARITY_NAMES))
    assert fast == pytest.approx(np.array(_slow_rarity(texts, query, signature)))
    # Renumbering the terms (another index of the same texts) changes nothing: ties are shared.
    renumbered = rarity_features(
        rows, 1000 - ids, idf, 1000 - query_ids, query_idf, len(texts), 1000 - signature_ids
    )
    assert renumbered == pytest.approx(fast)
    # A message without a signature line has no signature cover.
    unsigned = rarity_features(rows, ids, idf, query_ids, query_idf, len(texts))
    assert unsigned[:, -1].tolist() == [0.0] * len(texts)


def test_no_candidates_and_no_query_terms() -> None:
    empty = np.zeros(0, dtype=np.int64)
    assert rarity_features(
        empty, empty.astype(np.uint32), np.zeros(0), empty, np.zeros(0), 0
    ).shape == (
        0,
        len(RARITY_NAMES),
    )
    found = rarity_features(
        np.array([0, 0]), np.array([1, 2], dtype=np.uint32), np.ones(2), empty, np.zeros(0), 1
    )
    assert found.tolist() == [[0.0] * len(RARITY_NAMES)]


def _catalogue(extra: dict[str, str]) -> TextIndex[str]:
    """Thousands of unrelated claims (the best-hit rule applies) plus `extra`."""
    rng = random.Random(11)
    words = [
        "mayor",
        "budget",
        "bridge",
        "hospital",
        "river",
        "festival",
        "tax",
        "football",
        "vaccine",
        "museum",
    ]
    index: TextIndex[str] = TextIndex()
    for number in range(CLEAR_WINNER_MIN_TEXTS):
        index.add(f"filler{number}", f"{' '.join(rng.choices(words, k=6))} story {number}")
    for key, text in extra.items():
        index.add(key, text)
    return index


TWEET = (
    "Candidate Maria Okonkwo plans a protest against the Riverside ballot scanners on Sunday, "
    "says her campaign"
)
RIGHT = "Maria Okonkwo is planning a protest against the Riverside ballot scanners"
SAME_STORY = "Maria Okonkwo's campaign office in Riverside was closed on Sunday by the city"


def test_the_fact_check_with_the_claims_rare_words_is_answered() -> None:
    index = _catalogue({"right": RIGHT, "story": SAME_STORY})
    [best, *_] = index.search(TWEET)
    assert best.key == "right"
    assert best.score >= DEFAULT_ANSWER_THRESHOLD


def _raised(
    best_p: float,
    other_p: float,
    rarity: list[float],
    runner_up: float = 0.5,
    held: tuple[list[bool], list[bool]] = ([True, True, True], [True, False, False]),
) -> float:
    """The best-hit score of the first of two candidates (the message has three terms, IDF 2)."""
    p = np.array([best_p, other_p])
    rows = np.array([rarity, [0.5] * len(RARITY_NAMES)])
    inputs = best_hit_inputs(
        p,
        np.full((2, 6), 0.6),
        rows,
        [0, 1],
        np.array([1.0, runner_up]),
        np.array(held, dtype=np.bool_),
        np.full(3, 2.0),
    )
    return float(best_hit_scores(inputs, np.ones(1))[0])


def test_the_best_hit_rule_prefers_the_message_s_rare_words_and_no_close_rival() -> None:
    """Same overlap, same rival: the hit with the message's rarest words scores higher; a close
    rival (as likely, and ranked as high) lowers the score, and so does a rival holding every
    word of the message the hit has; a hopeless hit is never raised."""
    full = [1.0] * len(RARITY_NAMES)
    lacking = [0.0, 0.0, 0.4, 1.0, 1.0, 1.0, 1.0]
    assert _raised(0.9, 0.1, full) > _raised(0.9, 0.1, lacking)
    assert _raised(0.9, 0.1, full) > _raised(0.9, 0.85, full, runner_up=0.95)
    assert _raised(0.9, 0.1, full) > _raised(0.9, 0.1, full, runner_up=0.95)
    shared = ([True, True, False], [True, True, False])
    assert _raised(0.9, 0.1, full) > _raised(0.9, 0.1, full, held=shared)
    assert _raised(BEST_HIT_MIN_PROBABILITY * 0.9, 0.0, full) == 0.0


def _slow_held(texts: list[set[int]], query: list[int]) -> list[list[bool]]:
    return [[term in text for term in query] for text in texts]


def test_which_message_terms_each_text_has_matches_the_obvious_way() -> None:
    rng = random.Random(7)
    for _ in range(200):
        texts = [set(rng.sample(range(30), rng.randint(0, 8))) for _ in range(rng.randint(0, 6))]
        query = rng.sample(range(30), rng.randint(0, 10))
        pairs = sorted((row, term) for row, text in enumerate(texts) for term in text)
        rows = np.array([row for row, _ in pairs], dtype=np.int64)
        terms = np.array([term for _, term in pairs], dtype=np.uint32)
        held = message_terms_held(rows, terms, np.array(query, dtype=np.int64), len(texts))
        assert held.tolist() == _slow_held(texts, query)


def test_distinct_cover_counts_the_message_words_no_rival_has() -> None:
    held = np.array([[True, True, False], [True, False, False], [False, False, True]])
    idf = np.array([1.0, 3.0, 4.0])
    assert distinct_cover(held, idf, 0, [1, 2]) == pytest.approx(3.0 / 8.0)
    assert distinct_cover(held, idf, 0, []) == pytest.approx(4.0 / 8.0)
    assert distinct_cover(held, idf, 1, [0]) == 0.0
    assert distinct_cover(np.zeros((1, 0), dtype=np.bool_), np.zeros(0), 0, []) == 0.0


def test_a_pasted_tweet_s_signature_is_not_the_claim_s_rare_words() -> None:
    """The poster's name and handle under a pasted tweet say who posted it, not what it claims:
    a fact-check about the poster must not look like it shares the claim's rarest words."""
    index = _catalogue(
        {
            "poster": "Costco removed copies of Dinesh Dsouza's book from its shelves",
            "right": "Pardoned felons are allowed to vote in the state",
        }
    )
    claim = "Felons can't vote. But pardoned ones can!"
    pasted = f"{claim} — Dinesh D'Souza (@DineshDSouza) October 30, 2018"
    signed, plain = index.candidates(pasted), index.candidates(claim)
    poster = signed.keys.index("poster")
    assert signed.rarity[poster, :-1].tolist() == [0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
    # Only the signature has the poster's name: counted apart (who posted it), not as the claim.
    assert RARITY_NAMES[-1] == "signature_cover"
    assert signed.rarity[poster, -1] > 0.0
    assert plain.rarity[:, -1].tolist() == [0.0] * len(plain.keys)
    assert index.search(pasted)[0].key == "right"
    for key in ("right",):
        assert (
            signed.rarity[signed.keys.index(key)].tolist()
            == plain.rarity[plain.keys.index(key)].tolist()
        )
