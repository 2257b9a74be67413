"""Matching across languages: the dense stage's rules, its fast path against its slow twin, and
`TextIndex` with the real multilingual encoder (skipped without the `multilingual` extra, failed
under TIPLINE_REQUIRE_MULTILINGUAL=1)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
import pytest

from bot.multilingual_model import E5Encoder
from matching.claim_contradiction import numbers_disagree
from matching.cross_lingual import (
    ANSWER_EVIDENCE,
    DENSE_ANSWER_SCORE,
    DENSE_SUGGEST_SCORE,
    DenseHit,
    dense_score,
    nearest,
    nearest_scan,
)
from matching.text_index import TextIndex
from matching.thresholds import DEFAULT_ANSWER_THRESHOLD, DEFAULT_SUGGEST_THRESHOLD

CLAIMS = {
    "sms": "You can vote by SMS this year: text your ID number to 4455 and your vote counts",
    "ink": "The indelible ink used at polling stations is poisonous and causes skin disease",
    "noon": "Polling stations will close at noon because of a curfew",
    "abroad": "Citizens living abroad cannot vote in this election",
}


def test_the_fast_nearest_agrees_with_its_slow_twin() -> None:
    rng = np.random.default_rng(14)
    for _ in range(50):
        vectors = rng.normal(size=(30, 8)).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        query = vectors[rng.integers(30)] + rng.normal(scale=0.3, size=8).astype(np.float32)
        query /= np.linalg.norm(query)
        keys = [int(k) for k in rng.integers(0, 10, size=30)]
        slots = list(range(100, 130))
        fast = nearest(query, vectors, slots, keys)
        slow = nearest_scan(query, list(vectors), slots, keys)
        assert fast is not None and slow is not None
        assert fast.slot == slow.slot
        assert fast.cosine == pytest.approx(slow.cosine, abs=1e-5)
        assert fast.lead == pytest.approx(slow.lead, abs=1e-5)


def test_a_language_without_calibration_is_never_answered_only_suggested() -> None:
    sure = DenseHit(slot=0, cosine=0.99, lead=0.2)
    assert "bn" not in ANSWER_EVIDENCE
    assert dense_score(sure, "bn") == DENSE_SUGGEST_SCORE
    assert dense_score(sure, None) == DENSE_SUGGEST_SCORE  # language unknown: the desk decides
    assert dense_score(sure, "hi") == DENSE_ANSWER_SCORE
    assert DEFAULT_SUGGEST_THRESHOLD <= DENSE_SUGGEST_SCORE < DEFAULT_ANSWER_THRESHOLD
    assert DENSE_ANSWER_SCORE >= DEFAULT_ANSWER_THRESHOLD


def test_below_the_calibrated_evidence_a_hit_is_only_suggested() -> None:
    threshold = ANSWER_EVIDENCE["hi"]
    assert dense_score(DenseHit(0, threshold - 0.01, 0.005), "hi") == DENSE_SUGGEST_SCORE
    assert dense_score(DenseHit(0, threshold - 0.2, 0.0), "hi") == 0.0  # no lead: not suggested


@pytest.fixture
def index(multilingual_encoder: E5Encoder) -> TextIndex[str]:
    found: TextIndex[str] = TextIndex(multilingual=multilingual_encoder)
    for key, claim in CLAIMS.items():
        found.add(key, claim, "en")
    return found


def test_a_hindi_message_finds_and_answers_the_english_fact_check(index: TextIndex[str]) -> None:
    [best, *_] = index.search("इस साल आप एसएमएस से वोट दे सकते हैं: अपना पहचान नंबर 4455 पर भेजें")
    assert best.key == "sms"
    assert best.score >= DEFAULT_ANSWER_THRESHOLD and best.conflict is None


def test_a_bengali_message_is_only_suggested(index: TextIndex[str]) -> None:
    # Bengali has no calibration: the nearest fact-check goes to the desk, never to the voter.
    [best, *_] = index.search("এই বছর আপনি এসএমএস দিয়ে ভোট দিতে পারবেন: আপনার আইডি নম্বর 4455-এ পাঠান")
    assert best.key == "sms"
    assert DEFAULT_SUGGEST_THRESHOLD <= best.score < DEFAULT_ANSWER_THRESHOLD


def test_the_contradiction_guard_holds_back_a_cross_lingual_hit(index: TextIndex[str]) -> None:
    # The same claim in Spanish, with another number: the guard sees 4455 against 9911.
    [best, *_] = index.search(
        "Este año se puede votar por SMS: manda tu número de identidad al 9911 y tu voto cuenta"
    )
    assert best.key == "sms"
    assert best.conflict is not None and best.score < DEFAULT_ANSWER_THRESHOLD


def test_the_number_guard_reads_digits_of_any_script() -> None:
    assert numbers_disagree("أرسل رقمك إلى ٤٤٥٥", CLAIMS["sms"]) is None
    conflict = numbers_disagree("أرسل رقمك إلى ٩٩١١", CLAIMS["sms"])
    assert conflict is not None and conflict.claim_value == "4455"
    assert numbers_disagree("वोट एसएमएस से", CLAIMS["sms"]) is None  # no number: nothing differs


def test_without_the_encoder_the_hindi_message_finds_nothing_sure() -> None:
    lexical: TextIndex[str] = TextIndex()
    for key, claim in CLAIMS.items():
        lexical.add(key, claim, "en")
    hits = lexical.search("इस साल आप एसएमएस से वोट दे सकते हैं: अपना पहचान नंबर 4455 पर भेजें")
    assert all(hit.score < DEFAULT_ANSWER_THRESHOLD for hit in hits)


def test_the_encoder_gives_unit_vectors_that_match_across_languages(
    multilingual_encoder: E5Encoder,
) -> None:
    passages = multilingual_encoder.passage(list(CLAIMS.values()))
    query = multilingual_encoder.query(["La tinta de las elecciones es venenosa"])[0]
    assert passages.shape == (4, 384) and passages.dtype == np.float32
    assert np.allclose(np.linalg.norm(passages, axis=1), 1.0, atol=1e-4)
    assert int(np.argmax(passages @ query)) == list(CLAIMS).index("ink")
    assert multilingual_encoder.query([]).shape == (0, 384)
    assert multilingual_encoder.query([""]).shape == (1, 384)  # an empty message: no crash


# A desk's first weeks: a few fact-checks per language. Here the nearest fact-check of any
# message about the election leads the next one by far, whatever it says.
SMALL_CATALOGUE = {
    "two-days": (
        "La jornada electoral se amplía a dos días, sábado y domingo, para evitar las colas en "
        "los centros de votación.",
        "es",
    ),
    "original-id": (
        "Para votar hay que llevar el documento de identidad original; una fotocopia o una foto "
        "en el celular no sirve.",
        "es",
    ),
    "online": (
        "Cette année on peut voter en ligne en cliquant sur le lien envoyé par SMS par le "
        "ministère de l'Intérieur.",
        "fr",
    ),
    "ink": (CLAIMS["ink"], "en"),
}


@pytest.fixture(params=["tagged", "untagged"])
def small(multilingual_encoder: E5Encoder, request: pytest.FixtureRequest) -> TextIndex[str]:
    # Untagged: an import without languages stores none (or "und"); the text's own is read.
    found: TextIndex[str] = TextIndex(multilingual=multilingual_encoder)
    for key, (claim, language) in SMALL_CATALOGUE.items():
        found.add(key, claim, language if request.param == "tagged" else "und")
    return found


@pytest.mark.parametrize(
    "message",
    [
        "¿Es verdad que este año los miembros de mesa cobran el doble por trabajar el domingo?",
        "On raconte que les électeurs devront payer une taxe pour voter cette année",
    ],
)
def test_another_claim_in_the_fact_checks_language_is_never_answered_by_meaning_alone(
    small: TextIndex[str], message: str
) -> None:
    # Nothing in the catalogue says either; the model alone would answer the nearest claim of
    # the same language (decision 123). Its words share nothing that matters: the desk decides.
    assert all(hit.score < DEFAULT_ANSWER_THRESHOLD for hit in small.search(message))


def test_the_same_claim_in_another_language_is_still_answered(small: TextIndex[str]) -> None:
    [best, *_] = small.search(
        "Voting is being extended to two days, Saturday and Sunday, to avoid queues at the "
        "polling stations"
    )
    assert best.key == "two-days" and best.score >= DEFAULT_ANSWER_THRESHOLD


def test_the_same_claim_retold_in_its_own_language_is_still_answered(
    small: TextIndex[str],
) -> None:
    # The words agree (the lexical matcher would suggest it): the model may raise it.
    [best, *_] = small.search(
        "Ojo: para ir a votar tienen que llevar el DNI original, con una fotocopia no te dejan"
    )
    assert best.key == "original-id" and best.score >= DEFAULT_ANSWER_THRESHOLD


class _FixedVectors:
    """A stand-in for the model where the geometry must be exact: each text's unit vector is
    given, so a test sets the cosine and the lead it needs."""

    def __init__(self, vectors: dict[str, list[float]]) -> None:
        self._vectors = {
            text: np.asarray(vector, dtype=np.float32) / np.linalg.norm(vector)
            for text, vector in vectors.items()
        }

    def query(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        return np.stack([self._vectors[text] for text in texts])

    def passage(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        return self.query(texts)


HEADLINE = "No se vota online"  # too short for its language to be detected
UNRELATED = "¿Es cierto que mañana cierran todas las escuelas del país?"  # Spanish, no shared word


def test_an_undetected_untagged_text_is_held_to_the_same_language_rule() -> None:
    # The message is nearest the headline (cosine 0.99) and far from the rest: across languages
    # that would be an answer. The headline's language is unknown, so the desk decides.
    encoder = _FixedVectors(
        {HEADLINE: [1, 0, 0], "Ink is poison": [0, 1, 0], UNRELATED: [0.99, 0.141, 0]}
    )
    index: TextIndex[str] = TextIndex(multilingual=encoder)
    index.add("online", HEADLINE, "und")
    index.add("ink", "Ink is poison", "en")
    [best] = index.search(UNRELATED)
    assert best.key == "online" and best.score == DENSE_SUGGEST_SCORE


def test_a_refused_raise_without_a_lead_is_not_even_suggested() -> None:
    # Two fact-checks with one text: no lead, so the nearest is no better than the other.
    encoder = _FixedVectors({HEADLINE: [1, 0], UNRELATED: [1, 0]})
    index: TextIndex[str] = TextIndex(multilingual=encoder)
    index.add("first", HEADLINE, "es")
    index.add("second", HEADLINE, "es")
    assert index.search(UNRELATED) == []
