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
"""

from __future__ import annotations

import os
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Generic

import numpy as np
import numpy.typing as npt

from matching.claim_contradiction import agrees_on_key_words, find_conflict, numbers_disagree
from matching.cross_lingual import (
    DENSE_SUGGEST_SCORE,
    LAZY_EMBED_TEXTS,
    SUGGEST_MIN_LEAD,
    UNDETERMINED,
    DenseHit,
    MultilingualEncoder,
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
from matching.text_memory import return_freed_memory
from matching.text_normalise import normalise
from matching.text_postings import WordPostings, idf
from matching.text_rarity import (
    RARITY_NAMES,
    message_body,
    message_terms_held,
    rarity_features,
)
from matching.text_score import (
    FEATURE_NAMES,
    Overlap,
    best_hit_inputs,
    best_hit_scores,
    features,
    final_scores,
    probability,
    product_rules,
    ranking_scores,
)
from matching.text_semantic import (
    SEMANTIC_CANDIDATES,
    Encoder,
    in_encoder_language,
    semantic_order,
    semantic_scores,
)
from matching.text_terms import GRAM_BUCKETS, gram_buckets, word_terms
from matching.text_twins import twin_rows
from matching.thresholds import (
    DEFAULT_ANSWER_THRESHOLD,
    DEFAULT_SUGGEST_THRESHOLD,
    DEMOTED_SCORE_CAP,
)

# Voters paste whole chain letters; past this many characters the rest of a query is ignored so
# one huge message cannot stall the matcher.
MAX_QUERY_CHARS = 10_000
# Hits below this score are noise, not even worth showing a fact-checker.
DEFAULT_MIN_SCORE = 0.3
# Texts re-ranked per query. The shortlist holds the right CheckThat! fact-check for 96% of dev
# and 95% of train tweets; re-ranking is most of a search's time, so more costs milliseconds.
CANDIDATES = 200
# Floor of the IDF weights the overlap features use. Words in every text of a catalogue (many
# wordings of one claim, or a catalogue of five) would weigh nothing, leaving a rare word to
# decide the whole overlap; above this floor IDF still orders the words of a large catalogue.
MIN_FEATURE_IDF = 1.0
# Query terms BM25 uses to pick candidates: the rarest ones. A tweet has 20-30 words; the common
# ones add little to which texts come first but most of the postings a search walks.
FIRST_STAGE_TERMS = 12
# Pending texts searched from a dict before they are merged into the numpy arrays.
MAX_PENDING = 2_048
# The runner-up gap is evidence only where a missing fact-check usually leaves a near neighbour
# behind: a catalogue of thousands (it was fitted on 13,825). In a small one, every hit stands
# alone, so a loosely related best hit would look like a clear winner: no raise there.
CLEAR_WINNER_MIN_TEXTS = 1_000
# Texts whose 4-grams are hashed in one numpy pass (bounds the temporary arrays).
_GRAM_CHUNK = 20_000

_FILE_KIND = "tipline.matching.TextIndex"

FloatArray = npt.NDArray[np.float64]
FloatVector = npt.NDArray[np.float32]


@dataclass(frozen=True)
class Candidates(Generic[K]):
    """The texts re-ranked for one query, with what the model saw; for search and calibration."""

    keys: list[K]
    slots: list[int]
    texts: list[str]
    features: FloatArray
    factors: FloatArray
    bm25: FloatArray
    gram_shared: FloatArray
    rarity: FloatArray
    # Which of the message's word terms each text has (`text_rarity.message_terms_held`), and
    # those terms' IDF: what the best-hit model compares between the best hit and its rivals.
    held: npt.NDArray[np.bool_]
    query_idf: FloatArray

    @property
    def ranking(self) -> FloatArray:
        """What orders the candidates (see `text_score.ranking_scores`)."""
        return ranking_scores(self.bm25, self.gram_shared)

    @property
    def scores(self) -> FloatArray:
        """The calibrated score of each candidate, on its own (before the running minimum)."""
        return final_scores(self.features, self.factors)

    @property
    def order(self) -> list[int]:
        """The rows best first, as `search` lists them (ties: oldest entry first)."""
        ranking = self.ranking
        return sorted(range(len(self.slots)), key=lambda row: (-ranking[row], self.slots[row]))

    def top_scores(self, order: Sequence[int], *, raise_clear_winner: bool = True) -> FloatArray:
        """`scores`, with the first row of `order` raised by the best-hit model if it stands out."""
        scores = self.scores
        if not order or not raise_clear_winner:
            return scores
        top = order[0]
        inputs = best_hit_inputs(
            probability(self.features),
            self.features,
            self.rarity,
            order,
            self.ranking,
            self.held,
            self.query_idf,
            twin_rows(self.texts, order) | self._same_fact_check(order),
        )
        raised = best_hit_scores(inputs, self.factors[top : top + 1])
        scores[top] = max(float(scores[top]), float(raised[0]))
        return scores

    def _same_fact_check(self, order: Sequence[int]) -> frozenset[int]:
        """The rows after the best whose text is another of the best hit's own fact-check (its
        title when its claim is best, a desk's alias): one answer with it, like a twin, never
        its rival (decision 145)."""
        best = fact_check_of(self.keys[order[0]])
        return frozenset(row for row in order[1:] if fact_check_of(self.keys[row]) == best)


def fact_check_of(key: Hashable) -> object:
    """The fact-check an index key stands for: the first element of a tuple key (the Matcher's
    (fact-check, text number)), else the key itself."""
    return key[0] if isinstance(key, tuple) else key


class TextIndex(Generic[K]):
    """Texts by key (any hashable); search returns the best-scoring keys for a voter's text.

    A tuple key is read as (fact-check, text number), as `Matcher` writes it
    (`fact_check_of`): texts whose keys share their first element are one fact-check, one
    answer, never each other's rivals. Give other keys that are not tuples.
    """

    def __init__(
        self,
        min_score: float = DEFAULT_MIN_SCORE,
        *,
        encoder: Encoder | None = None,
        multilingual: MultilingualEncoder | None = None,
        guard: bool = True,
    ) -> None:
        """`guard` (on unless measuring without it): the contradiction guard caps a hit whose
        text says something else than the message (`claim_contradiction`), and the semantic
        score raises a hit only when the two agree on numbers, dates, places, outcomes, names."""
        if not 0.0 <= min_score <= 1.0:
            raise ValueError(f"min_score must be in [0, 1], got {min_score!r}")
        self.min_score = min_score
        self.encoder = encoder
        self.multilingual = multilingual
        self.guard = guard
        # Multilingual "passage" vectors by slot, and their matrix (rebuilt after a change).
        self._dense_vectors: dict[int, FloatVector] = {}
        self._dense_matrix: tuple[list[int], FloatVector] | None = None
        self._last_query: tuple[str, FloatVector] | None = None
        # Unit vectors of the texts embedded so far by slot; None: not in the encoder's language.
        self._vectors: dict[int, npt.NDArray[np.float32] | None] = {}
        self._postings = WordPostings()
        self._slots: dict[K, int] = {}
        self._keys: list[K] = []
        self._texts: list[str] = []
        self._langs: list[str | None] = []
        self._normalised: list[str] = []
        self._gram_frequency: npt.NDArray[np.int32] | None = None
        self._grams_counted = 0

    def add(
        self,
        key: K,
        text: str,
        lang: str | None = None,
        vector: FloatVector | None = None,
        dense_vector: FloatVector | None = None,
    ) -> None:
        """Index `text` under `key`, replacing whatever `key` had.

        `lang` is stored and saved with the text; the lexical scores do not use it (texts in
        different languages share too little to match each other anyway), the multilingual
        stage does (an answer in the text's own language needs the words' agreement).
        `vector` is the text's unit vector from this index's encoder, computed earlier (stored
        with the catalogue): with it the text is never embedded during a search, so a restarted
        index is warm at once.
        `dense_vector` is the same for the multilingual encoder (its "passage" vector).
        """
        self.remove(key)
        normalised = normalise(text)
        slot = self._postings.add(word_terms(normalised))
        self._slots[key] = slot
        self._keys.append(key)
        self._texts.append(text)
        self._langs.append(lang)
        self._normalised.append(normalised)
        if vector is not None:
            self._vectors[slot] = np.asarray(vector, dtype=np.float32)
        if dense_vector is not None:
            self._dense_vectors[slot] = np.asarray(dense_vector, dtype=np.float32)
        self._dense_matrix = None

    def set_vector(
        self, key: K, vector: FloatVector | None = None, dense_vector: FloatVector | None = None
    ) -> None:
        """Attach precomputed vectors to `key`'s text (see `add`); an unknown key is ignored."""
        slot = self._slots.get(key)
        if slot is None:
            return
        if vector is not None:
            self._vectors[slot] = np.asarray(vector, dtype=np.float32)
        if dense_vector is not None:
            self._dense_vectors[slot] = np.asarray(dense_vector, dtype=np.float32)
            self._dense_matrix = None

    def remove(self, key: K) -> None:
        """Forget `key`; a key that is not indexed is ignored."""
        slot = self._slots.pop(key, None)
        if slot is None:
            return
        self._postings.remove(slot)
        self._vectors.pop(slot, None)
        if self._dense_vectors.pop(slot, None) is not None:
            self._dense_matrix = None
        if slot < self._grams_counted and self._gram_frequency is not None:
            buckets, _ = gram_buckets([self._normalised[slot]])
            np.subtract.at(self._gram_frequency, buckets, 1)

    def __len__(self) -> int:
        return len(self._slots)

    def __contains__(self, key: object) -> bool:
        return key in self._slots

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

    def _shortlist(self, term_ids: list[int], exhaustive: bool) -> list[int]:
        """The slots to re-rank: the best CANDIDATES by BM25 over `term_ids` (all, if few)."""
        if exhaustive or len(self._slots) <= CANDIDATES:
            return sorted(self._slots.values())
        bm25 = self._postings.bm25(term_ids)
        slots = np.flatnonzero(bm25 > 0.0)
        if slots.size > CANDIDATES:
            slots = np.sort(slots[np.argpartition(-bm25[slots], CANDIDATES - 1)[:CANDIDATES]])
        return [int(slot) for slot in slots.tolist()]

    def _overlap(
        self,
        query: str,
        unknown_terms: int,
        term_ids: list[int],
        slot_terms: tuple[npt.NDArray[np.int64], npt.NDArray[np.uint32]],
        texts: Sequence[str],
    ) -> Overlap:
        postings = self._postings
        rows, terms = slot_terms
        term_weight = np.maximum(postings.idf_of(terms), MIN_FEATURE_IDF)
        in_query = np.isin(terms, np.asarray(term_ids, dtype=np.uint32))
        word_query = float(
            np.maximum(postings.idf_of(np.asarray(term_ids, dtype=np.int64)), MIN_FEATURE_IDF).sum()
        )
        word_query += unknown_terms * postings.unseen_idf()

        gram_table = self._gram_table()
        live = postings.live_count
        query_grams, _ = gram_buckets([query])
        text_grams, owners = gram_buckets(texts)
        gram_weight = np.maximum(
            idf(gram_table[text_grams].astype(np.float64), live), MIN_FEATURE_IDF
        )
        gram_in_query = np.isin(text_grams, query_grams)
        count = len(texts)
        return Overlap(
            word_shared=_sums(rows, term_weight * in_query, count),
            word_text=_sums(rows, term_weight, count),
            word_query=word_query,
            gram_shared=_sums(owners, gram_weight * gram_in_query, count),
            gram_text=_sums(owners, gram_weight, count),
            gram_query=float(
                np.maximum(
                    idf(gram_table[query_grams].astype(np.float64), live), MIN_FEATURE_IDF
                ).sum()
            ),
        )

    def _gram_table(self) -> npt.NDArray[np.int32]:
        if self._gram_frequency is None:
            # np.zeros maps untouched pages lazily, so a small index does not pay for 16 MB.
            self._gram_frequency = np.zeros(GRAM_BUCKETS, dtype=np.int32)
        return self._gram_frequency

    def _prepare(self) -> None:
        """Count new texts' 4-grams; merge pending texts into the arrays when there are many."""
        postings = self._postings
        table = self._gram_table()
        first = self._grams_counted
        for start in range(first, postings.slot_count, _GRAM_CHUNK):
            chunk = [
                slot
                for slot in range(start, min(start + _GRAM_CHUNK, postings.slot_count))
                if postings.is_alive(slot)
            ]
            buckets, _ = gram_buckets([self._normalised[slot] for slot in chunk])
            if buckets.size > _GRAM_CHUNK:
                table += np.bincount(buckets, minlength=GRAM_BUCKETS).astype(np.int32)
            else:
                np.add.at(table, buckets, 1)
        self._grams_counted = postings.slot_count
        if postings.slot_count - first > _GRAM_CHUNK:
            return_freed_memory()
        if postings.pending_count > MAX_PENDING or postings.dead_count > max(
            MAX_PENDING, postings.live_count // 4
        ):
            self._merge()

    def _merge(self) -> None:
        survivors = self._postings.merge().tolist()
        self._vectors = {
            new: self._vectors[old] for new, old in enumerate(survivors) if old in self._vectors
        }
        self._dense_vectors = {
            new: self._dense_vectors[old]
            for new, old in enumerate(survivors)
            if old in self._dense_vectors
        }
        self._dense_matrix = None
        self._keys = [self._keys[slot] for slot in survivors]
        self._texts = [self._texts[slot] for slot in survivors]
        self._langs = [self._langs[slot] for slot in survivors]
        self._normalised = [self._normalised[slot] for slot in survivors]
        self._slots = {key: slot for slot, key in enumerate(self._keys)}
        self._grams_counted = len(survivors)
        return_freed_memory()

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


def _sums(rows: npt.NDArray[np.int64], weights: FloatArray, count: int) -> FloatArray:
    """The sum of `weights` for each row number below `count`."""
    result: FloatArray = np.bincount(rows, weights, minlength=count).astype(np.float64)
    return result
