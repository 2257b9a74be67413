"""Matcher: many texts and pictures per fact-check, one hit per fact-check, best first."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest
from PIL import Image

from matching import (
    DEFAULT_ANSWER_THRESHOLD,
    DEFAULT_SUGGEST_THRESHOLD,
    Decision,
    ImageFingerprint,
    Matcher,
    Signal,
    TextRole,
    decide,
    fingerprint_image,
)
from matching.claim_contradiction import ConflictKind

MakePhoto = Callable[..., Image.Image]
Encode = Callable[..., bytes]

SMS_CLAIM = "You can vote by sending an SMS with your candidate's number to 8080"
SMS_TITLE = "No, you cannot vote by text message in the presidential election"
INK_CLAIM = "Polling stations will use disappearing ink so your ballot will be blank when counted"
POSTPONED_CLAIM = "The presidential elections have been postponed to Monday 14 October"


@pytest.fixture
def matcher() -> Matcher[int]:
    matcher: Matcher[int] = Matcher()
    matcher.add_text(1, SMS_CLAIM, lang="en")
    matcher.add_text(1, SMS_TITLE, lang="en")
    matcher.add_text(1, "Vous pouvez voter par SMS en envoyant le numéro de votre candidat", "fr")
    matcher.add_text(2, INK_CLAIM)
    matcher.add_text(3, POSTPONED_CLAIM)
    return matcher


def test_each_text_of_a_key_finds_it(matcher: Matcher[int]) -> None:
    for text in (
        SMS_CLAIM,
        SMS_TITLE,
        "vous pouvez voter par sms en envoyant le numero de votre candidat",
    ):
        [best, *_] = matcher.search(text)
        assert best.key == 1
        assert best.score >= DEFAULT_ANSWER_THRESHOLD


def test_one_hit_per_key_with_its_best_text(matcher: Matcher[int]) -> None:
    hits = matcher.search(f"{SMS_CLAIM}. {SMS_TITLE}", k=10)
    keys = [hit.key for hit in hits]
    assert keys[0] == 1
    assert len(keys) == len(set(keys))
    assert hits == sorted(hits, key=lambda hit: -hit.score)


def test_k_counts_keys_not_texts() -> None:
    matcher: Matcher[str] = Matcher()
    for number in range(12):
        matcher.add_text("many", f"{POSTPONED_CLAIM} edition {number}")
    matcher.add_text("one", POSTPONED_CLAIM + " says the ministry")
    assert len(matcher) == 2
    assert {hit.key for hit in matcher.search(POSTPONED_CLAIM, k=2)} == {"many", "one"}


def test_text_and_image_hits_of_different_keys_come_together(
    matcher: Matcher[int], photo: MakePhoto, encoded: Encode
) -> None:
    picture = fingerprint_image(encoded(photo(1)))
    matcher.add_fingerprint(4, picture)
    copy = fingerprint_image(encoded(photo(1), "JPEG", quality=50))

    hits = matcher.search(text=INK_CLAIM, image=copy)

    assert {(hit.key, hit.signal) for hit in hits} == {(2, Signal.TEXT), (4, Signal.IMAGE)}
    assert hits == sorted(hits, key=lambda hit: -hit.score)


def test_text_and_image_of_one_key_give_its_better_hit(
    matcher: Matcher[int], photo: MakePhoto, encoded: Encode
) -> None:
    picture = fingerprint_image(encoded(photo(2)))
    matcher.add_fingerprint(3, picture)
    weak_text = "The presidential elections have been postponed"

    [hit] = [hit for hit in matcher.search(text=weak_text, image=picture) if hit.key == 3]

    assert hit.signal is Signal.IMAGE
    assert hit.score == 1.0
    assert hit.matched == picture.hex()


def test_image_only_search(photo: MakePhoto, encoded: Encode) -> None:
    matcher: Matcher[str] = Matcher()
    first, second = (fingerprint_image(encoded(photo(seed))) for seed in (3, 4))
    matcher.add_fingerprint("a", first)
    matcher.add_fingerprint("a", second)
    matcher.add_fingerprint("a", second)
    assert [hit.key for hit in matcher.search(image=second)] == ["a"]
    assert matcher.search(image=ImageFingerprint(0x5555555555555555, 0x3333333333333333)) == []


def test_remove_forgets_every_text_and_picture(
    matcher: Matcher[int], photo: MakePhoto, encoded: Encode
) -> None:
    picture = fingerprint_image(encoded(photo(5)))
    matcher.add_fingerprint(1, picture)

    matcher.remove(1)
    matcher.remove(42)

    assert len(matcher) == 2
    assert all(hit.key != 1 for hit in matcher.search(SMS_TITLE, k=10))
    assert matcher.search(image=picture) == []
    matcher.add_text(1, SMS_TITLE)
    assert matcher.search(SMS_TITLE)[0].key == 1


def test_len_counts_keys(matcher: Matcher[int]) -> None:
    assert len(matcher) == 3
    matcher.add_fingerprint(9, ImageFingerprint(1, 2))
    assert len(matcher) == 4


def test_nothing_to_search_finds_nothing(matcher: Matcher[int]) -> None:
    assert matcher.search() == []
    assert matcher.search(text="") == []
    assert matcher.search(text=SMS_CLAIM, k=0) == []


def test_images_searches_with_every_query_fingerprint(photo: MakePhoto, encoded: Encode) -> None:
    from matching import index_fingerprints, query_fingerprints
    from tests.matching.conftest import cropped, with_caption_bands

    matcher: Matcher[int] = Matcher()
    for key in (1, 2, 3):
        for fingerprint in index_fingerprints(encoded(photo(key, (320, 240)))):
            matcher.add_fingerprint(key, fingerprint)
    meme = with_caption_bands(cropped(photo(2, (320, 240)), 0.08, 0.2, 0.9), "NO WAY", "SHARE")
    voter = query_fingerprints(encoded(meme, "JPEG", quality=70))
    assert len(voter) > 1

    [hit] = matcher.search(images=voter)

    assert (hit.key, hit.signal) == (2, Signal.IMAGE)
    assert hit.score >= DEFAULT_ANSWER_THRESHOLD
    assert matcher.search(image=voter[0]) == []  # the whole meme alone finds nothing
    assert matcher.search(image=voter[0], images=voter[1:]) == [hit]


def test_images_and_text_together(matcher: Matcher[int], photo: MakePhoto, encoded: Encode) -> None:
    picture = fingerprint_image(encoded(photo(6)))
    matcher.add_fingerprint(7, picture)
    hits = matcher.search(text=INK_CLAIM, images=[picture], k=10)
    assert [hit.key for hit in hits][:2] == [7, 2]


# --- a title is checked against the claim it reviews -----------------------------------------

POSTPONED_TITLE = "No, the presidential elections have not been postponed to Monday 14 October"


def _reviewed(title_role: TextRole) -> Matcher[int]:
    matcher: Matcher[int] = Matcher()
    matcher.add_text(1, POSTPONED_CLAIM, lang="en")
    matcher.add_text(1, POSTPONED_TITLE, lang="en", role=title_role)
    matcher.add_text(2, INK_CLAIM, lang="en")
    return matcher


def test_a_message_agreeing_with_the_title_but_denying_the_claim_goes_to_the_desk() -> None:
    """The title states the verdict; answering "False: postponed" to "not postponed" would read
    as "what you sent is false"."""
    message = "The presidential elections have not been postponed to Monday 14 October"
    hits = _reviewed(TextRole.TITLE).search(message)
    assert hits[0].key == 1 and hits[0].matched == POSTPONED_TITLE
    assert decide(hits, DEFAULT_ANSWER_THRESHOLD, DEFAULT_SUGGEST_THRESHOLD) is Decision.SUGGEST
    assert hits[0].conflict is not None and hits[0].conflict.kind is ConflictKind.NEGATION
    assert hits[0].conflict.reason == "negation: 'not' in the message only"


def test_the_same_title_indexed_as_a_claim_would_answer_it() -> None:
    """What the role changes: without it the title's own match decides."""
    message = "The presidential elections have not been postponed to Monday 14 October"
    hits = _reviewed(TextRole.CLAIM).search(message)
    assert hits[0].key == 1 and hits[0].conflict is None
    assert decide(hits, DEFAULT_ANSWER_THRESHOLD, DEFAULT_SUGGEST_THRESHOLD) is Decision.ANSWER


def test_a_desk_alias_is_not_second_guessed() -> None:
    """A wording the desk linked to the fact-check answers like the desk said, even where it
    reads as the claim denied."""
    matcher = _reviewed(TextRole.TITLE)
    matcher.add_text(1, "is it true the elections are not postponed", role=TextRole.ALIAS)
    hits = matcher.search("Is it true the elections are not postponed?")
    assert hits[0].key == 1 and hits[0].conflict is None
    assert decide(hits, DEFAULT_ANSWER_THRESHOLD, DEFAULT_SUGGEST_THRESHOLD) is Decision.ANSWER


def test_a_title_match_that_agrees_with_the_claim_is_answered() -> None:
    matcher: Matcher[int] = Matcher()
    matcher.add_text(1, "Citizens abroad can post their ballots from the consulate", lang="en")
    matcher.add_text(
        1, "Yes, overseas postal votes are counted on election night", role=TextRole.TITLE
    )
    hits = matcher.search("overseas postal votes are counted on election night")
    assert hits[0].key == 1 and hits[0].conflict is None
    assert decide(hits, DEFAULT_ANSWER_THRESHOLD, DEFAULT_SUGGEST_THRESHOLD) is Decision.ANSWER


def test_removing_a_fact_check_forgets_its_roles() -> None:
    matcher = _reviewed(TextRole.TITLE)
    matcher.remove(1)
    matcher.add_text(1, POSTPONED_TITLE, lang="en", role=TextRole.CLAIM)
    hits = matcher.search("The presidential elections have not been postponed to Monday 14 October")
    assert hits[0].key == 1 and hits[0].conflict is None


def test_a_title_stays_a_title_when_its_vector_comes_later() -> None:
    """The bot embeds texts in the background and attaches each vector with `add_text`."""
    matcher = _reviewed(TextRole.TITLE)
    matcher.add_text(1, POSTPONED_TITLE, vector=np.ones(4, dtype=np.float32))
    hits = matcher.search("The presidential elections have not been postponed to Monday 14 October")
    assert hits[0].conflict is not None
