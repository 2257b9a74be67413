"""The texts a `TextIndex` holds, and the word and 4-gram statistics its search reads.

`TextStore` is the storage half of `TextIndex` (its base class): texts by key with their
languages, normalised forms and sentence vectors by slot; adding, replacing and removing them;
the word postings (`text_postings`) and the 4-gram document frequencies, kept up to date and
merged when many texts are pending; and the two reads a search makes of them, the BM25
shortlist of CANDIDATES texts and the IDF-weighted word and 4-gram overlap of each. It is apart
so that `text_index` reads as the search itself (scoring, the best-hit raise, the semantic and
multilingual stages, the contradiction guard) and this bookkeeping can be read on its own.
The constructor takes the search settings too, so `TextIndex(...)` keeps its one signature.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic

import numpy as np
import numpy.typing as npt

from matching.cross_lingual import MultilingualEncoder
from matching.hits import K
from matching.text_memory import return_freed_memory
from matching.text_normalise import normalise
from matching.text_postings import WordPostings, idf
from matching.text_score import Overlap
from matching.text_semantic import Encoder
from matching.text_terms import GRAM_BUCKETS, gram_buckets, word_terms

# Hits below this score are noise, not even worth showing a fact-checker.
DEFAULT_MIN_SCORE = 0.3
# Texts re-ranked per query. The shortlist holds the right CheckThat! fact-check for 96% of dev
# and 95% of train tweets; re-ranking is most of a search's time, so more costs milliseconds.
CANDIDATES = 200
# Floor of the IDF weights the overlap features use. Words in every text of a catalogue (many
# wordings of one claim, or a catalogue of five) would weigh nothing, leaving a rare word to
# decide the whole overlap; above this floor IDF still orders the words of a large catalogue.
MIN_FEATURE_IDF = 1.0
# Pending texts searched from a dict before they are merged into the numpy arrays.
MAX_PENDING = 2_048
# Texts whose 4-grams are hashed in one numpy pass (bounds the temporary arrays).
_GRAM_CHUNK = 20_000

FloatArray = npt.NDArray[np.float64]
FloatVector = npt.NDArray[np.float32]


class TextStore(Generic[K]):
    """Texts by key and their statistics; `TextIndex` searches them (see `text_index`)."""

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


def _sums(rows: npt.NDArray[np.int64], weights: FloatArray, count: int) -> FloatArray:
    """The sum of `weights` for each row number below `count`."""
    result: FloatArray = np.bincount(rows, weights, minlength=count).astype(np.float64)
    return result
