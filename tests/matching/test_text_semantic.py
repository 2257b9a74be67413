"""Semantic re-ranking in TextIndex (the `semantic` extra) and the rules it applies.

The index tests use the real all-MiniLM-L6-v2 encoder (skipped, or failed under
TIPLINE_REQUIRE_SEMANTIC=1, where the extra is not installed); the rule tests need nothing.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from matching import DEFAULT_ANSWER_THRESHOLD, Matcher, SentenceEncoder, TextIndex
from matching.text_semantic import (
    SEMANTIC_ANSWER_PROBABILITY,
    in_encoder_language,
    semantic_probability,
    semantic_scores,
)

CLAIMS = [
    "The national election has been moved from Sunday to Monday 9 March because heavy rain is "
    "forecast, so ballots cast on Sunday will not count.",
    "You can vote from your phone: text YES and your candidate's number to 4455 and you do not "
    "need to go to a polling station.",
    "Warning: the indelible ink painted on voters' fingers contains a poison that causes skin "
    "cancer, share before it is deleted.",
    "Photo proves ballot papers are being handed out with a cross already marked next to "
    "Candidate C.",
    "Do not use the pencil provided in the booth: pencil marks can be rubbed out by officials and "
    "your vote changed.",
    "The independent candidate for mayor has pulled out of the race and is asking her supporters "
    "to stay at home on election day.",
    "Television showed the final results at 12 noon, hours before the polls closed, which proves "
    "the outcome was decided in advance.",
    "New rule: only a passport will be accepted as identification at polling stations, national "
    "ID cards are no longer valid.",
    "Half a million voters were secretly deleted from the electoral register last week without "
    "being told.",
    "Voting machines in the northern district were hacked overnight and flipped thousands of "
    "votes to the governing party.",
    "Citizens living abroad can post their ballots from the consulate, and these postal votes are "
    "counted on election night.",
    "Anyone who does not vote will be fined 500 and the fine will be taken directly from their "
    "salary next month.",
]
# A voter's wording of CLAIMS[8]: the same claim in other words (a number for "half a million").
PARAPHRASE = "500,000 people were quietly removed from the voter register last week without notice"


def _indexes(encoder: SentenceEncoder) -> tuple[TextIndex[int], TextIndex[int]]:
    plain: TextIndex[int] = TextIndex()
    semantic: TextIndex[int] = TextIndex(encoder=encoder)
    for key, claim in enumerate(CLAIMS):
        plain.add(key, claim, "en")
        semantic.add(key, claim, "en")
    return plain, semantic


def test_a_paraphrase_is_answered_only_with_the_encoder(bundled_encoder: SentenceEncoder) -> None:
    plain, semantic = _indexes(bundled_encoder)
    lexical = plain.search(PARAPHRASE, k=1)
    assert lexical and lexical[0].key == 8
    assert lexical[0].score < DEFAULT_ANSWER_THRESHOLD
    found = semantic.search(PARAPHRASE, k=1)
    assert found[0].key == 8
    assert found[0].score >= DEFAULT_ANSWER_THRESHOLD


def test_unrelated_messages_stay_unanswered(bundled_encoder: SentenceEncoder) -> None:
    _, semantic = _indexes(bundled_encoder)
    for message in (
        "The new bridge over the river opens to traffic in March.",
        "Is it true the football final was moved to Monday because of rain?",
        "My phone number changed, text me on the new one",
    ):
        hits = semantic.search(message, k=1)
        assert not hits or hits[0].score < DEFAULT_ANSWER_THRESHOLD, message


def test_other_languages_are_left_to_the_lexical_score(bundled_encoder: SentenceEncoder) -> None:
    plain: TextIndex[int] = TextIndex()
    semantic: TextIndex[int] = TextIndex(encoder=bundled_encoder)
    spanish = [
        "Si no vas a votar te quitan el bono familiar y la ayuda por hijo durante un año.",
        "La jornada electoral se amplía a dos días, sábado y domingo, para evitar las colas.",
        "Para votar hay que llevar el documento de identidad original; una fotocopia no sirve.",
    ]
    for key, claim in enumerate(spanish):
        plain.add(key, claim, "es")
        semantic.add(key, claim, "es")
    for message in ("si no votas te quitan el bono familiar", "votar dura dos días este año"):
        assert semantic.search(message) == plain.search(message)


def test_search_agrees_with_scan_with_the_encoder(bundled_encoder: SentenceEncoder) -> None:
    """The shortlist (fast path) against scoring every text (slow twin), above CANDIDATES."""
    rng = random.Random(11)
    words = " ".join(CLAIMS).replace(",", "").replace(".", "").replace(":", "").split()
    index: TextIndex[int] = TextIndex(min_score=0.0, encoder=bundled_encoder)
    for key in range(260):
        index.add(key, " ".join(rng.choice(words) for _ in range(rng.randint(6, 18))), "en")
    for key, claim in enumerate(CLAIMS):
        index.add(1000 + key, claim, "en")
    for query in [PARAPHRASE, *CLAIMS[:4], "ink poison cancer fingers", "hacked voting machines"]:
        fast, slow = index.search(query, k=3), index.scan(query, k=3)
        assert [hit.key for hit in fast][:1] == [hit.key for hit in slow][:1]
        assert fast[0].score == pytest.approx(slow[0].score)


def test_removed_and_merged_texts_keep_their_own_vectors(bundled_encoder: SentenceEncoder) -> None:
    """After removals and a merge renumbers the texts, results equal a freshly built index."""
    churned: TextIndex[int] = TextIndex(encoder=bundled_encoder)
    fresh: TextIndex[int] = TextIndex(encoder=bundled_encoder)
    for key, claim in enumerate(CLAIMS):
        churned.add(key, claim, "en")
    for query in (PARAPHRASE, CLAIMS[9]):
        churned.search(query)  # embeds the claims while they are pending
    fillers = [f"notice {n} about road works on street {n}" for n in range(2_100)]
    for key, text in enumerate(fillers):
        churned.add(10_000 + key, text, "en")
    churned.remove(3)
    for key in range(10_000, 10_000 + len(fillers), 2):
        churned.remove(key)
    churned.search("warm up")  # more than MAX_PENDING pending: merged, slots renumbered
    assert churned._postings.pending_count == 0  # the merge this test is about did happen
    for key, claim in enumerate(CLAIMS):
        if key != 3:
            fresh.add(key, claim, "en")
    for key, text in enumerate(fillers):
        if key % 2:
            fresh.add(10_000 + key, text, "en")
    for query in (PARAPHRASE, CLAIMS[9], CLAIMS[4], "ink poison", "notice 7 road works"):
        assert churned.search(query) == fresh.search(query)
    # White-box, because a score can hide a wrong vector: each kept vector is its text's own.
    kept = {slot: vector for slot, vector in churned._vectors.items() if vector is not None}
    assert len(kept) >= len(CLAIMS) - 1
    for slot, vector in kept.items():
        own = bundled_encoder.encode([churned._texts[slot]])[0]
        assert float(vector @ own) > 0.9999, churned._texts[slot]


def test_a_saved_index_loads_with_an_encoder(
    bundled_encoder: SentenceEncoder, tmp_path: Path
) -> None:
    _, semantic = _indexes(bundled_encoder)
    semantic.save(tmp_path / "index.json")
    loaded = TextIndex.load(tmp_path / "index.json", encoder=bundled_encoder)
    assert loaded.encoder is bundled_encoder
    assert loaded.search(PARAPHRASE) == semantic.search(PARAPHRASE)
    assert TextIndex.load(tmp_path / "index.json").search(PARAPHRASE)[0].score < 0.8


def test_the_matcher_passes_the_encoder_on(bundled_encoder: SentenceEncoder) -> None:
    matcher: Matcher[str] = Matcher(encoder=bundled_encoder)
    for key, claim in enumerate(CLAIMS):
        matcher.add_text(f"fc{key}", claim, "en")
    hits = matcher.search(PARAPHRASE, k=1)
    assert hits[0].key == "fc8"
    assert hits[0].score >= DEFAULT_ANSWER_THRESHOLD


# --- the rules, without a model ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected", "why"),
    [
        ("Polling stations close at noon tomorrow", None, True, "English, detected"),
        ("vote now", None, True, "too short to detect, Latin letters"),
        ("Las mesas de votación cerrarán al mediodía", None, False, "Spanish, detected"),
        ("أعلنت الهيئة تأجيل الانتخابات", None, False, "Arabic script"),
        ("Выборы перенесли на понедельник", None, False, "Cyrillic script"),
        ("12345 !!!", None, False, "no letters"),
        ("anything at all", "es", False, "its language is known and not English"),
        ("anything at all", "en", True, "its language is known: English"),
        ("anything at all", "en-US", True, "a regional tag of English"),
        ("anything at all", "pt-BR", False, "a regional tag of another language"),
    ],
)
def test_in_encoder_language(text: str, lang: str | None, expected: bool, why: str) -> None:
    assert in_encoder_language(text, lang) is expected, why


def test_semantic_scores_rise_with_the_cosine_and_respect_the_factor() -> None:
    p = np.full(50, 0.6)
    cosine = np.linspace(0.0, 1.0, 50)
    scores = semantic_scores(p, cosine, np.ones(50))
    assert (np.diff(scores) >= 0).all()
    answered = semantic_probability(p, cosine) >= SEMANTIC_ANSWER_PROBABILITY
    assert ((scores >= DEFAULT_ANSWER_THRESHOLD) == answered).all()
    assert (scores[~answered] == 0).all()
    assert scores[-1] > 0.8
    halved = semantic_scores(p, cosine, np.full(50, 0.5))
    assert (halved <= 0.5).all()


@pytest.mark.parametrize(
    "query",
    [
        pytest.param("", id="empty"),
        pytest.param("   \n\t", id="whitespace"),
        pytest.param("the polling stations will close " * 35_000, id="1 MB of English"),
        pytest.param("\u200b" * 5000, id="zero-width only"),
        pytest.param("vote \u200b\u200f\u202e hacked \u202c machines", id="invisible marks"),
        pytest.param("vote ভোট 投票 голосование تصويت 🗳️ vote", id="mixed scripts"),
        pytest.param("\ud800 voters deleted from the register \udfff", id="lone surrogates"),
        pytest.param("\x00\x07 voters\x1b[31m deleted \x7f", id="control characters"),
    ],
)
def test_hostile_queries_with_the_encoder_do_not_crash(
    bundled_encoder: SentenceEncoder, query: str
) -> None:
    _, semantic = _indexes(bundled_encoder)
    hits = semantic.search(query)
    assert all(0.0 <= hit.score <= 1.0 for hit in hits)
    if not query.strip():
        assert hits == []


def test_hostile_indexed_texts_are_embedded_without_harm(bundled_encoder: SentenceEncoder) -> None:
    index: TextIndex[str] = TextIndex(encoder=bundled_encoder)
    index.add("huge", "voters deleted from the register " * 30_000, "en")
    index.add("surrogates", "\ud800 voters deleted \udfff from the register", None)
    index.add("controls", "\x00voters\x1b deleted\x7f from the register", "en")
    index.add("claim", CLAIMS[8], "en")
    hits = index.search(PARAPHRASE, k=4)
    assert {hit.key for hit in hits} <= {"huge", "surrogates", "controls", "claim"}
    assert hits[0].key == "claim"
