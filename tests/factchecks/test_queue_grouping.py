"""The queue's grouping scores a reworded claim by meaning too when the sentence encoder is
installed (issue 11: "text, lexical plus the semantic model when installed"), with the same
answer bar and contradiction guard as the catalogue."""

from __future__ import annotations

from factchecks.match_index import MatchIndex, MatchQuery
from matching import DEFAULT_ANSWER_THRESHOLD
from matching.sentence_encoder import SentenceEncoder

ARMY = "The army will seize all ballot boxes in the capital on the night of the count"
TROOPS = "Troops plan to confiscate the capital's ballot boxes the night votes are counted"
SOLDIERS = "Soldiers are going to take every ballot box in the capital on counting night"
NEGATED = "The army will not seize any ballot boxes in the capital on the night of the count"


async def _score(index: MatchIndex, text: str) -> tuple[float, bool]:
    [hit] = await index.search_queue(MatchQuery(text=text))
    return hit.score, hit.conflict is not None


async def test_the_model_raises_a_reworded_claims_queue_score(
    bundled_encoder: SentenceEncoder,
) -> None:
    lexical, semantic = MatchIndex(), MatchIndex(bundled_encoder)
    for index in (lexical, semantic):
        index.add_to_queue_item(1, ARMY, None)
    for text in (TROOPS, SOLDIERS):
        by_words, _ = await _score(lexical, text)
        by_meaning, _ = await _score(semantic, text)
        assert by_meaning > by_words + 0.05, text
    # The same bar as answering: the closer rewording joins, the looser one stays apart.
    assert (await _score(semantic, TROOPS))[0] >= DEFAULT_ANSWER_THRESHOLD
    assert (await _score(semantic, SOLDIERS))[0] < DEFAULT_ANSWER_THRESHOLD
    assert (await _score(semantic, NEGATED))[1]  # the guard still flags a negated copy
