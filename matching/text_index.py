"""An in-memory index of texts by key: BM25 candidates, then a calibrated re-ranking.

A search normalises the message, scores every indexed text by BM25 over word terms (numpy CSR
postings, see `text_postings`), keeps the best CANDIDATES and scores only those with the
calibrated model of `text_score` (4-gram and word overlap, rapidfuzz ratios). An index of at most
CANDIDATES texts scores every text, so small catalogues get the exact answer of `scan`, the slow
twin that scores everything and that the tests hold `search` to. The best hit's score may then be
raised by the best-hit model (`text_score.best_hit_scores`: it stands far above every other
candidate, shares the message's rarest words and has words of the message its rivals lack,
`text_rarity`).

With a sentence encoder (optional: `TextIndex(encoder=...)`), the first candidates are re-ordered
by meaning as well and the best one may be raised by its cosine (`text_semantic`). Texts are
embedded when they first come up as a candidate and kept, so a warm index pays only the query.

With a multilingual encoder (optional: `TextIndex(multilingual=...)`), the text nearest to the
message by meaning, in any language, may be answered or suggested too (`cross_lingual`).

The texts and their statistics (adding, removing, the BM25 shortlist and the overlap sums) are
kept by the base class `text_store.TextStore`; the shortlist's record and the best-hit raise are
`text_candidates.Candidates`. Their names are imported from here as before.
"""

from __future__ import annotations

import os
from collections.abc import Hashable
from typing import Any

import numpy as np
import numpy.typing as npt

from matching.claim_contradiction import agrees_on_key_words, find_conflict, numbers_disagree
from matching.cross_lingual import (
    DENSE_SUGGEST_SCORE,
    LAZY_EMBED_TEXTS,
    SUGGEST_MIN_LEAD,
    UNDETERMINED,
    DenseHit,
    dense_score,
    language_of_tag,
    nearest,
)
from matching.hits import Hit, K, Signal
from matching.index_file import (
    decode_key,
    encode_key,
    malformed_index_file,
    read_index_file,
    write_index_file,
)
from matching.language import detect_language
from matching.text_candidates import Candidates, fact_check_of
from matching.text_normalise import normalise
from matching.text_rarity import RARITY_NAMES, message_body, message_terms_held, rarity_features
from matching.text_score import FEATURE_NAMES, features, probability, product_rules
from matching.text_semantic import (
    SEMANTIC_CANDIDATES,
    Encoder,
    in_encoder_language,
    semantic_order,
    semantic_scores,
)
from matching.text_store import (
    CANDIDATES,
    DEFAULT_MIN_SCORE,
    MAX_PENDING,
    MIN_FEATURE_IDF,
    FloatVector,
    TextStore,
)
from matching.text_terms import word_terms
from matching.thresholds import (
    DEFAULT_ANSWER_THRESHOLD,
    DEFAULT_SUGGEST_THRESHOLD,
    DEMOTED_SCORE_CAP,
)

__all__ = [
    "CANDIDATES",
    "CLEAR_WINNER_MIN_TEXTS",
    "DEFAULT_MIN_SCORE",
    "FIRST_STAGE_TERMS",
    "MAX_PENDING",
    "MAX_QUERY_CHARS",
    "MIN_FEATURE_IDF",
    "Candidates",
    "FloatArray",
    "FloatVector",
    "TextIndex",
    "fact_check_of",
]

# Voters paste whole chain letters; past this many characters the rest of a query is ignored so
# one huge message cannot stall the matcher.
MAX_QUERY_CHARS = 10_000
# Query terms BM25 uses to pick candidates: the rarest ones. A tweet has 20-30 words; the common
# ones add little to which texts come first but most of the postings a search walks.
FIRST_STAGE_TERMS = 12
# The runner-up gap is evidence only where a missing fact-check usually leaves a near neighbour
# behind: a catalogue of thousands (it was fitted on 13,825). In a small one, every hit stands
# alone, so a loosely related best hit would look like a clear winner: no raise there.
CLEAR_WINNER_MIN_TEXTS = 1_000

_FILE_KIND = "tipline.matching.TextIndex"

FloatArray = npt.NDArray[np.float64]


class TextIndex(TextStore[K]):
    """Texts by key (any hashable); search returns the best-scoring keys for a voter's text.

    A tuple key is read as (fact-check, text number), as `Matcher` writes it
    (`fact_check_of`): texts whose keys share their first element are one fact-check, one
    answer, never each other's rivals. Give other keys that are not tuples.
    """

    def search(self, text: str, k: int = 5) -> list[Hit[K]]:
        """Up to `k` hits scoring at least `min_score`, best first (ties: oldest entry first)."""
        return self._best(self.candidates(text), k, text)

    def scan(self, text: str, k: int = 5) -> list[Hit[K]]:
        """The slow twin of `search`: every text scored, no BM25 shortlist; for tests and audit."""
        return self._best(self.candidates(text, exhaustive=True), k, text)

    def candidates(self, text: str, *, exhaustive: bool = False) -> Candidates[K]:
        """The texts `search` re-ranks for `text`, with their features (all texts if exhaustive)."""
        query = normalise(text[:MAX_QUERY_CHARS])
        if not query or not self._slots:
            empty = np.zeros(0)
            return Candidates(
                [],
                [],
                [],
                np.zeros((0, len(FEATURE_NAMES))),
                empty,
                empty,
                empty,
                np.zeros((0, len(RARITY_NAMES))),
                np.zeros((0, 0), dtype=np.bool_),
                empty,
            )
        self._prepare()
        postings = self._postings
        terms = set(word_terms(query))
        term_ids = postings.term_ids(terms)
        slots = self._shortlist(postings.rarest(term_ids, FIRST_STAGE_TERMS), exhaustive)
        texts = [self._normalised[slot] for slot in slots]
        rows, slot_terms, frequency = postings.distinct_terms(slots)
        bm25 = postings.bm25_of(slots, rows, slot_terms, frequency, term_ids)
        overlap = self._overlap(
            query, len(terms) - len(term_ids), term_ids, (rows, slot_terms), texts
        )
        found = features(query, texts, overlap)
        query_terms = np.asarray(term_ids, dtype=np.int64)
        signature_terms = None
        body = message_body(text[:MAX_QUERY_CHARS])
        if body != text[:MAX_QUERY_CHARS]:
            # The rare words that carry the claim are the message's own, not its signature's.
            body_terms = postings.term_ids(set(word_terms(normalise(body))))
            signature_terms = np.setdiff1d(query_terms, np.asarray(body_terms, dtype=np.int64))
            query_terms = np.asarray(body_terms, dtype=np.int64)
        query_idf = postings.idf_of(query_terms)
        rarity = rarity_features(
            rows,
            slot_terms,
            postings.idf_of(slot_terms),
            query_terms,
            query_idf,
            len(slots),
            signature_terms,
        )
        return Candidates(
            [self._keys[slot] for slot in slots],
            slots,
            texts,
            found,
            product_rules(query, texts, found),
            bm25,
            overlap.gram_shared,
            rarity,
            message_terms_held(rows, slot_terms, query_terms, len(slots)),
            query_idf,
        )

    def _best(self, found: Candidates[K], k: int, text: str) -> list[Hit[K]]:
        if k <= 0:
            return []
        text = text[:MAX_QUERY_CHARS]
        dense = self.dense_nearest(text) if self.multilingual is not None else None
        if not found.slots:
            return self._with_dense([], dense, text, k)
        order = lexical = found.order
        semantic = 0.0
        if self.encoder is not None and in_encoder_language(text):
            order, semantic = self._semantic(found, order, text, self.encoder)
        # The best-hit raise reads the runner-up of the *lexical* order, as it was fitted: with
        # the semantic order's runner-up (often lexically weaker) it raised wrong best hits.
        scores = found.top_scores(lexical, raise_clear_winner=len(self) >= CLEAR_WINNER_MIN_TEXTS)
        top = order[0]
        if semantic > scores[top] and (
            not self.guard or agrees_on_key_words(text, self._texts[found.slots[top]])
        ):
            scores[top] = semantic
        hits: list[Hit[K]] = []
        demoted: list[Hit[K]] = []
        ceiling = 1.0
        for row, score in zip(order, scores[order].tolist(), strict=True):
            # A hit never scores above one ranked before it, so "best first" holds for scores.
            ceiling = min(ceiling, score)
            if ceiling < self.min_score:
                continue
            slot = found.slots[row]
            # Below the suggestion threshold nobody acts on a hit: not worth the check's time.
            checked = self.guard and ceiling >= DEFAULT_SUGGEST_THRESHOLD
            conflict = find_conflict(text, self._texts[slot]) if checked else None
            if conflict is None:
                hits.append(Hit(found.keys[row], ceiling, Signal.TEXT, self._texts[slot]))
            else:
                capped = min(ceiling, DEMOTED_SCORE_CAP)
                demoted.append(
                    Hit(found.keys[row], capped, Signal.TEXT, self._texts[slot], conflict)
                )
            if len(hits) == k:
                break
        # Stable: at equal scores a hit without a conflict comes first.
        return self._with_dense(sorted(hits + demoted, key=lambda hit: -hit.score), dense, text, k)

    def _with_dense(
        self, hits: list[Hit[K]], dense: DenseHit | None, text: str, k: int
    ) -> list[Hit[K]]:
        """`hits` with the dense stage's nearest text raised to its score (`cross_lingual`), or
        added, under the contradiction guard."""
        if dense is None:
            return hits[:k]
        language = detect_language(text)
        score = dense_score(dense, language)
        key = self._keys[dense.slot]
        matched = self._texts[dense.slot]
        if (
            self.guard
            and score >= DEFAULT_ANSWER_THRESHOLD
            and not self._lexically_backed(dense, hits, text, language)
        ):
            # What `dense_score` gives a hit it does not answer.
            score = DENSE_SUGGEST_SCORE if dense.lead >= SUGGEST_MIN_LEAD else 0.0
        known = next((hit for hit in hits if hit.key == key), None)
        if score <= (known.score if known is not None else 0.0) or score < self.min_score:
            return hits[:k]
        conflict = (
            find_conflict(text, matched) or numbers_disagree(text, matched) if self.guard else None
        )
        if conflict is not None:
            score = min(score, DEMOTED_SCORE_CAP)
        raised = Hit(key, score, Signal.TEXT, matched, conflict)
        others = [hit for hit in hits if hit.key != key]
        return sorted([raised, *others], key=lambda hit: (-hit.score, hit.conflict is not None))[:k]

    def _lexically_backed(
        self, dense: DenseHit, hits: list[Hit[K]], text: str, language: str | None
    ) -> bool:
        """Whether a dense answer in the message's own language has the word-level evidence
        it needs: the lexical matcher found the same fact-check worth suggesting, and the two
        texts agree on places, outcomes, names and numbers (`agrees_on_key_words`).

        Across languages no word can agree, and the calibrated evidence decides alone. In one
        language it must not: the evidence is calibrated on a pool of a thousand, where
        the nearest wrong fact-check is close; in a small one (a desk's first weeks) every
        message about the election has a far lead over the next, and the model alone
        answered another claim in the same language (decision 123). A text whose language is
        neither tagged nor detected (a short headline) is held to the same rule: when in doubt,
        the desk decides.

        The lexical hits are those the search kept (its `k` best): a fact-check ranked lower
        by words is no backing anyway."""
        matched = self._texts[dense.slot]
        # The stored tag, and what the text reads as: a tag may be missing or "und".
        written_in = {
            language_of_tag(self._langs[dense.slot]),
            language_of_tag(detect_language(matched)),
        } - {None, UNDETERMINED}
        if written_in and language_of_tag(language) not in written_in:
            return True
        group = self._group(dense.slot)
        lexical = max(
            (hit.score for hit in hits if self._group_of(hit.key) == group and not hit.conflict),
            default=0.0,
        )
        return lexical >= DEFAULT_SUGGEST_THRESHOLD and agrees_on_key_words(text, matched)

    @staticmethod
    def _group_of(key: K) -> object:
        return fact_check_of(key)

    def dense_nearest(self, text: str) -> DenseHit | None:
        """The indexed text nearest to `text` by the multilingual encoder (None without one, or
        with no text embedded). Texts lacking a vector are embedded first when few."""
        encoder = self.multilingual
        if encoder is None or not self._slots:
            return None
        missing = [slot for slot in self._slots.values() if slot not in self._dense_vectors]
        if missing and len(missing) <= LAZY_EMBED_TEXTS:
            for slot, vector in zip(
                missing, encoder.passage([self._texts[slot] for slot in missing]), strict=True
            ):
                self._dense_vectors[slot] = vector
            self._dense_matrix = None
        if self._dense_matrix is None:
            slots = sorted(slot for slot in self._slots.values() if slot in self._dense_vectors)
            matrix = (
                np.stack([self._dense_vectors[slot] for slot in slots]).astype(np.float32)
                if slots
                else np.zeros((0, 0), dtype=np.float32)
            )
            self._dense_matrix = (slots, matrix)
        slots, matrix = self._dense_matrix
        if not slots:
            return None
        text = text[:MAX_QUERY_CHARS]
        if self._last_query is None or self._last_query[0] != text:
            # A Matcher may search twice for one message (to find k distinct keys).
            self._last_query = (text, encoder.query([text])[0])
        query = self._last_query[1]
        return nearest(query, matrix, slots, [self._group(slot) for slot in slots])

    def _group(self, slot: int) -> object:
        """What counts as one fact-check for the dense stage's lead: the key's first element
        when keys are tuples (the Matcher's (key, text number)), else the key."""
        return self._group_of(self._keys[slot])

    def _semantic(
        self, found: Candidates[K], order: list[int], text: str, encoder: Encoder
    ) -> tuple[list[int], float]:
        """`order` with its first SEMANTIC_CANDIDATES re-ordered by meaning too, and the new
        first row's semantic score."""
        head = order[:SEMANTIC_CANDIDATES]
        cosine = self._cosines([found.slots[row] for row in head], text, encoder)
        mixed = semantic_order(found.ranking[head], cosine)
        # Stable: ties keep the lexical order.
        positions = sorted(range(len(head)), key=lambda i: -mixed[i])
        top = head[positions[0]]
        score = semantic_scores(
            probability(found.features[top : top + 1]),
            cosine[positions[0] : positions[0] + 1],
            found.factors[top : top + 1],
        )
        return [head[i] for i in positions] + order[SEMANTIC_CANDIDATES:], float(score[0])

    def _cosines(self, slots: list[int], text: str, encoder: Encoder) -> FloatArray:
        """Cosine of `text` with each slot's text; 0 for texts not in the encoder's language."""
        missing = []
        for slot in slots:
            if slot not in self._vectors:
                if in_encoder_language(self._texts[slot], self._langs[slot]):
                    missing.append(slot)
                else:
                    self._vectors[slot] = None
        result = np.zeros(len(slots))
        if not missing and all(self._vectors[slot] is None for slot in slots):
            return result  # nothing to compare with: spare the query's encoding
        vectors = encoder.encode([text] + [self._texts[slot] for slot in missing])
        for slot, vector in zip(missing, vectors[1:], strict=True):
            self._vectors[slot] = vector
        for row, slot in enumerate(slots):
            known = self._vectors[slot]
            if known is not None:
                result[row] = float(known @ vectors[0])
        return result

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the index to `path` as JSON (keys must be int, str, bool, None or tuples).

        Texts, keys and languages are saved; sentence vectors are not (they are computed again
        when needed, and belong to the encoder, not to the index).
        """
        entries = [
            {
                "key": encode_key(self._keys[slot]),
                "text": self._texts[slot],
                "lang": self._langs[slot],
            }
            for slot in sorted(self._slots.values())
        ]
        write_index_file(path, _FILE_KIND, {"min_score": self.min_score, "entries": entries})

    @classmethod
    def load(
        cls, path: str | os.PathLike[str], *, encoder: Encoder | None = None
    ) -> TextIndex[Any]:
        """An index read from a file written by `save`, with `encoder` if given (semantic
        re-ranking); IndexFileError if the file is not one."""
        document = read_index_file(path, _FILE_KIND)
        try:
            index: TextIndex[Hashable] = TextIndex(float(document["min_score"]), encoder=encoder)
            for entry in document["entries"]:
                index.add(decode_key(entry["key"]), str(entry["text"]), entry["lang"])
        except (KeyError, TypeError, ValueError) as error:
            raise malformed_index_file(path, error) from error
        return index
